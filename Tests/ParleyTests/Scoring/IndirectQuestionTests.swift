import Testing

@testable import Parley

/// A modal inside an indirect question asks and hedges nothing (`on how
/// many diplomats each country may station`); the same modal in a plain
/// clause, after `that`, past a comma, in a question, or with no question
/// word in reach still hedges.
@Suite struct IndirectQuestionTests {
  static func engine(window: Int = ModelParameters().indirectQuestionWindow) throws -> Engine {
    try TestSupport.engine { $0.indirectQuestionWindow = window }
  }

  static func modal(_ word: String, in text: String, _ engine: Engine) throws -> (Evidence, Double) {
    let sentence = TestSupport.firstSentence(text, engine)
    return (try TestSupport.evidence(word, in: sentence), sentence.stance.hedging)
  }

  @Test func aModalInAnIndirectQuestionHedgesNothing() throws {
    let engine = try Self.engine()
    let (may, hedging) = try Self.modal("may", in: "The talks ended without a deal on how many diplomats each country may station.", engine)
    #expect(may.value == 0)
    #expect(may.rules == ["indirect-question ×0"])
    #expect(hedging == 0)
    let (would, _) = try Self.modal("would", in: "The ministers left unresolved whether Niger would return to the force.", engine)
    #expect(would.value == 0)
  }

  @Test func elsewhereTheModalStillHedges() throws {
    let engine = try Self.engine()
    for text in [
      "Each country may station more diplomats.",
      // `that` opens a clause of its own after the question word.
      "It is a question that each country may answer differently.",
      // A comma ends the clause the question word opened.
      "They asked how, and each country may now station more diplomats.",
      // A question is read by `QuestionRule`, not here.
      "How many diplomats may each country station?",
    ] {
      let (may, hedging) = try Self.modal("may", in: text, engine)
      #expect(may.value > 0, "\(text)")
      #expect(hedging > 0, "\(text)")
    }
    // The words that say the matter is open still hedge.
    let (_, unclear) = try Self.modal("could", in: "It was unclear how many diplomats each country could station.", engine)
    #expect(unclear > 0)
  }

  @Test func theWindowIsAParameter() throws {
    let text = "The talks ended without a deal on how many more diplomats each country may station."
    #expect(try Self.modal("may", in: text, try Self.engine()).0.value == 0)
    #expect(try Self.modal("may", in: text, try Self.engine(window: 3)).0.value > 0)
  }
}
