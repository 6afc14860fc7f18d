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

  /// The modal `word` of `text` keeps a hedge, and so does its sentence.
  static func expectHedges(_ word: String, in text: String, _ engine: Engine, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let (modal, hedging) = try Self.modal(word, in: text, engine)
    #expect(modal.value > 0, "\(text)", sourceLocation: sourceLocation)
    #expect(hedging > 0, "\(text)", sourceLocation: sourceLocation)
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
      try Self.expectHedges("may", in: text, engine)
    }
    // The words that say the matter is open still hedge.
    let (_, unclear) = try Self.modal("could", in: "It was unclear how many diplomats each country could station.", engine)
    #expect(unclear > 0)
  }

  /// A question word that opens the unit as a cleft's subject is no
  /// question: its modal is the claim's own ("What might change the
  /// calculation is pressure": pressure might change it). Before a hedge
  /// the question stays one ("What might happen next is unclear").
  @Test func aCleftsModalHedges() throws {
    let engine = try Self.engine()
    try Self.expectHedges("might", in: "What might change the calculation is pressure from the countries arming them.", engine)
    try Self.expectHedges("may have", in: "What may have changed is their sense of the moment.", engine)
    let (might, _) = try Self.modal("might", in: "What might happen next is unclear.", engine)
    #expect(might.value == 0)
    #expect(might.rules == ["indirect-question ×0"])
    // Not at the unit's start: an indirect question.
    let (could, _) = try Self.modal("could", in: "They argued over what role the bloc could play.", engine)
    #expect(could.value == 0)
  }

  /// A modal in a clause of time says when, not how likely; past a verb,
  /// a preposition or more than a subject's few words, the modal is the
  /// main clause's and hedges.
  @Test func aModalInAClauseOfTimeHedgesNothing() throws {
    let engine = try Self.engine()
    for text in [
      "The consulate would need repairs before it could reopen.",
      "Armenia will amend its constitution before any broader peace treaty could take effect.",
      "The talks will continue until both sides can agree.",
    ] {
      let (modal, _) = try Self.modal(text.contains(" can ") ? "can" : "could", in: text, engine)
      #expect(modal.value == 0, "\(text)")
      #expect(modal.rules == ["time-clause ×0"], "\(text)")
    }
    for text in [
      "A pipeline that has been cut twice since the war began can be cut a third time.",
      "A visit before the end of the month could follow.",
      "The envoy left before dawn, and the talks could resume.",
    ] {
      try Self.expectHedges(text.contains(" can ") ? "can" : "could", in: text, engine)
    }
  }

  /// A modal in a clause that describes a noun hedges by
  /// `relativeClauseFactor` only; after a verb in -ed, a reporting or
  /// hedging cue, a name or a verb's base form, the clause is a claim and
  /// the modal hedges.
  @Test func aModalInAClauseDescribingANounHedgesLess() throws {
    let engine = try Self.engine()
    let factor = ModelParameters().relativeClauseFactor
    #expect(factor < 1)
    for text in [
      "We wanted a sentence that everybody could sign.",
      "They agreed on a pause that could last a month.",
      "Observers described a bridge which both banks could cross.",
    ] {
      let (could, _) = try Self.modal("could", in: text, engine)
      #expect(could.rules.count == 1 && could.rules[0].hasPrefix("relative-clause ×"), "\(text): \(could.rules)")
      #expect(abs(could.value - could.weight * factor) < 1e-9, "\(text)")
    }
    try Self.expectFullCould(in: [
      "The envoys concluded that the pause could last a month.",
      "Kenya could host the next round.",
      "They told Ruto that the pause could last a month.",
      // A verb's base form after a negation is no noun.
      "That does not mean that the pause could last a month.",
    ], engine)
    let zero = try TestSupport.engine { $0.relativeClauseFactor = 0 }
    #expect(try Self.modal("could", in: "We wanted a sentence that everybody could sign.", zero).0.value == 0)
  }

  /// A phrase set off after a comma or a dash sums up the event before it,
  /// and its clause forecasts what the event leads to: the modal hedges in
  /// full. Without the comma the clause describes the noun.
  @Test func anAppositiveThatSumsUpTheEventKeepsItsModal() throws {
    let engine = try Self.engine()
    try Self.expectFullCould(in: [
      "The opposition will decide on Monday, a choice that could split its ranks.",
      "The text must be ratified by every member, a process that could take years.",
      "The council will meet again next week — a step that could unlock the deadlock.",
      "The money will be paid in two parts, a modest sum that could disappear by spring.",
    ], engine)
    let (described, _) = try Self.modal("could", in: "The opposition faced a choice that could split its ranks.", engine)
    #expect(described.rules.count == 1 && described.rules[0].hasPrefix("relative-clause ×"))
  }

  /// Expects `could` in each of `texts` to hedge with its full weight.
  static func expectFullCould(in texts: [String], _ engine: Engine) throws {
    for text in texts {
      let (could, _) = try modal("could", in: text, engine)
      #expect(could.value == could.weight, "\(text): \(could.rules)")
    }
  }

  @Test func theWindowIsAParameter() throws {
    let text = "The talks ended without a deal on how many more diplomats each country may station."
    #expect(try Self.modal("may", in: text, try Self.engine()).0.value == 0)
    #expect(try Self.modal("may", in: text, try Self.engine(window: 3)).0.value > 0)
  }
}
