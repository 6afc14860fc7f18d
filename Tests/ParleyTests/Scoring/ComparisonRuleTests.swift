import Testing

@testable import Parley

/// A comparison's standard (`ComparisonRule`): after a valence term and
/// `than`, the terms of the other sign in the clause count
/// `comparisonStandardScale` times; terms of the comparative's own sign,
/// terms past the clause, and a `than` after no valence term are left
/// alone.
@Suite struct ComparisonRuleTests {
  static func engine(scale: Double = ModelParameters().comparisonStandardScale) throws -> Engine {
    var parameters = ModelParameters()
    parameters.comparisonStandardScale = scale
    return Engine(lexicons: try TestSupport.engine().lexicons, parameters: parameters)
  }

  static func sentence(_ text: String, _ engine: Engine) -> SentenceScore {
    engine.analyze(engine.read(id: "t", text: text), evidence: true).score.sentences[0]
  }

  static func cue(_ word: String, in sentence: SentenceScore) throws -> Evidence {
    try #require(sentence.evidence.first { $0.text == word })
  }

  @Test func theStandardOfTheOtherSignIsDiscounted() throws {
    let engine = try Self.engine()
    let plain = Self.sentence("The talks ended in collapse.", engine)
    let compared = Self.sentence("The result was better than the collapse many had feared.", engine)
    let collapse = try Self.cue("collapse", in: compared)
    #expect(collapse.rules.contains("comparison(better) ×0.5"))
    #expect(abs(collapse.value) < abs(try Self.cue("collapse", in: plain).value))
    // Against the same sentence read with no discount (scale 1).
    let whole = Self.sentence("The result was better than the collapse many had feared.", try Self.engine(scale: 1))
    #expect(compared.stance.optimism > whole.stance.optimism)
    // With the scale at 0 the standard counts for nothing.
    let none = Self.sentence("The result was better than the collapse many had feared.", try Self.engine(scale: 0))
    #expect(try Self.cue("collapse", in: none).value == 0)
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
      let cue = try Self.cue(word, in: Self.sentence(text, engine))
      #expect(!cue.rules.contains { $0.hasPrefix("comparison") }, "\(text)")
    }
  }
}
