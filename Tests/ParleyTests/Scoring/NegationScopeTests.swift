import Testing

@testable import Parley

/// How far a negator reaches with the built-in grammar words: a negative
/// subject denies its whole predicate (valence only past the usual
/// window), a correction ended by a closing quotation mark only its
/// phrase, and a `yet` inside the verb phrase breaks no clause.
@Suite struct NegationScopeTests {
  static func negated(_ e: Evidence) -> Bool { e.rules.contains { $0.hasPrefix("negation(") } }

  @Test func aNegativeSubjectDeniesItsPredicate() throws {
    let engine = try TestSupport.engine()
    let ground = TestSupport.firstSentence("Neither side appears to be under enough pressure to give ground.", engine)
    let give = try TestSupport.evidence("give ground", in: ground)
    #expect(Self.negated(give))
    #expect(give.value < 0)
    #expect(ground.stance.optimism < 0)
    // After `that`, and with its noun.
    let deal = TestSupport.firstSentence("Officials said that no government in the region was prepared to sign the agreement.", engine)
    #expect(try TestSupport.evidence("agreement", in: deal).value < 0)
  }

  @Test func thePredicateEndsAtTheNextClause() throws {
    let engine = try TestSupport.engine()
    // A subordinator ends it.
    let signed = TestSupport.firstSentence("No one asked our permission before they signed their own agreements.", engine)
    let agreements = try TestSupport.evidence("agreements", in: signed)
    #expect(!Self.negated(agreements))
    #expect(agreements.value > 0)
  }

  @Test func onlySubjectsReachPastTheWindow() throws {
    let engine = try TestSupport.engine()
    for text in [
      // A negator ending in a preposition governs its object, not a clause.
      "Duties will stay put, instead of climbing to the punishing levels both governments threatened.",
      // Not at the head of its clause.
      "The envoy said there was little in the text that both governments threatened to reject.",
      // Before a determiner: the negator modifies a phrase (the verb is
      // past the window, so only the subject's reach would take it).
      "Not the smallest of the delegations at the talks had threatened a walkout.",
    ] {
      let threatened = try TestSupport.evidence("threatened", in: TestSupport.firstSentence(text, engine))
      #expect(!Self.negated(threatened), "\(text)")
      #expect(threatened.value < 0, "\(text)")
    }
  }

  @Test func pastTheWindowHedgesKeepTheirSense() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("Nobody in the room was expecting a possibly historic breakthrough.", engine)
    let possibly = try TestSupport.evidence("possibly", in: s)
    #expect(possibly.value > 0)
    #expect(!possibly.rules.contains { $0.hasPrefix("negated-hedge") })
    // Within the window the negator still reaches hedges; past it, valence.
    #expect(try TestSupport.evidence("expecting", in: s).rules.contains { $0.hasPrefix("negated-hedge(Nobody)") })
    #expect(Self.negated(try TestSupport.evidence("breakthrough", in: s)))
  }

  @Test func aCorrectionEndedByAQuotationMarkLeavesTheRestAlone() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("The minister said the question was “technical, not political” and could probably be settled within months.", engine)
    for hedge in ["could", "probably"] {
      let e = try TestSupport.evidence(hedge, in: s)
      #expect(e.value > 0, "\(hedge)")
    }
    #expect(s.stance.hedging > 0)
    // The negator denies nothing of its own there.
    #expect(try TestSupport.evidence("not", in: s).value == 0)
  }

  @Test func yetInsideTheVerbPhraseIsNoContrast() throws {
    let engine = try TestSupport.engine()
    // After an auxiliary: the negator's scope runs on to the agreement.
    let agreed = TestSupport.firstSentence("Neither capital had yet agreed even to that.", engine)
    let e = try TestSupport.evidence("agreed", in: agreed)
    #expect(Self.negated(e))
    #expect(!e.rules.contains { $0.hasPrefix("contrast") })
    #expect(agreed.stance.optimism < 0)
    // After a modal: the hedges govern the stall, which no contrast weighs.
    let stall = TestSupport.firstSentence("The vote could take years and may yet give one government the power to stall the deal.", engine)
    #expect(!(try TestSupport.evidence("stall", in: stall)).rules.contains { $0.hasPrefix("contrast") })
    // After a comma it still turns.
    let turns = TestSupport.firstSentence("The talks were productive, yet the gaps remain.", engine)
    #expect(try TestSupport.evidence("productive", in: turns).rules.contains { $0.hasPrefix("contrast-before(yet)") })
  }
}
