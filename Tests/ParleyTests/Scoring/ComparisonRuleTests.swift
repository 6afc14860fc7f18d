import Testing

@testable import Parley

/// A comparison's standard (`ComparisonRule`): after a valence term and
/// `than`, the terms of the other sign up to the next punctuation mark
/// count `comparisonStandardScale` times; terms of the comparative's own
/// sign, terms past a comma, and a `than` after no valence term are left
/// alone.
@Suite struct ComparisonRuleTests {
  static func engine(scale: Double = ModelParameters().comparisonStandardScale) throws -> Engine {
    try TestSupport.engine { $0.comparisonStandardScale = scale }
  }

  @Test func theStandardOfTheOtherSignIsDiscounted() throws {
    let engine = try Self.engine()
    let plain = TestSupport.firstSentence("The talks ended in collapse.", engine)
    let compared = TestSupport.firstSentence("The result was better than the collapse many had feared.", engine)
    let collapse = try TestSupport.evidence("collapse", in: compared)
    #expect(collapse.rules.contains("comparison(better) ×0.5"))
    #expect(abs(collapse.value) < abs(try TestSupport.evidence("collapse", in: plain).value))
    // Against the same sentence read with no discount (scale 1).
    let whole = TestSupport.firstSentence("The result was better than the collapse many had feared.", try Self.engine(scale: 1))
    #expect(compared.stance.optimism > whole.stance.optimism)
    // With the scale at 0 the standard counts for nothing.
    let none = TestSupport.firstSentence("The result was better than the collapse many had feared.", try Self.engine(scale: 0))
    #expect(try TestSupport.evidence("collapse", in: none).value == 0)
    #expect(none.stance.optimism > 0)
  }

  @Test func theOwnSignAndOtherClausesStay() throws {
    let engine = try Self.engine()
    for (text, word) in [
      // The same sign as the comparative.
      ("The blockade was worse than the shelling.", "shelling"),
      // Past a comma: another clause.
      ("The offer was better than before, but the collapse of the talks came anyway.", "collapse"),
      // `than` after no valence term: a quantity.
      ("More than 40 people were killed in the clashes.", "killed"),
    ] {
      let cue = try TestSupport.evidence(word, in: TestSupport.firstSentence(text, engine))
      #expect(!cue.rules.contains { $0.hasPrefix("comparison") }, "\(text)")
    }
  }
}
