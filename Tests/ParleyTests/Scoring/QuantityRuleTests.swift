import Testing

@testable import Parley

/// `about` and `around` hedge a quantity only (`QuantityRule`): before a
/// number, a symbol and a number, or a quantifier they hedge; before a
/// topic, a place or nothing they are prepositions and hedge nothing, and
/// so damp no valence after them.
@Suite struct QuantityRuleTests {
  @Test func aQuantityIsHedged() throws {
    let engine = try TestSupport.engine()
    for (text, word) in [
      ("About 40 monitors will arrive on Monday.", "About"),
      ("The repairs will cost around $5 billion.", "around"),
      ("About forty monitors will arrive on Monday.", "About"),
      ("About sixty monitors will arrive on Monday.", "About"),
      ("About half of the monitors will arrive on Monday.", "About"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.value > 0, "\(text)")
      #expect(!cue.rules.contains { $0.hasPrefix("no-quantity") }, "\(text)")
      #expect(s.stance.hedging > 0, "\(text)")
    }
  }

  @Test func aTopicOrAPlaceIsNot() throws {
    let engine = try TestSupport.engine()
    for (text, word) in [
      ("The envoys will talk about Lebanon on Monday.", "about"),
      ("Patrol boats sailed around Taiwan for a week.", "around"),
      ("The dispute is about water, not land.", "about"),
      ("Nobody knew what the meeting was about.", "about"),
      ("The rainy season is about to cut the roads.", "about"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.value == 0, "\(text)")
      #expect(cue.rules.contains { $0.hasPrefix("no-quantity") }, "\(text)")
    }
    // With no other hedge, the sentence is assertive.
    #expect(TestSupport.firstSentence("The envoys will talk about Lebanon on Monday.", engine).stance.hedging == 0)
  }

  @Test func noQuantityDampsNoClaim() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("The ministers talked about peace for an hour.", engine)
    #expect(try !TestSupport.evidence("peace", in: s).rules.contains { $0.hasPrefix("hedged-claim") })
    let counted = TestSupport.firstSentence("About 40 ministers backed peace for an hour.", engine)
    #expect(try TestSupport.evidence("peace", in: counted).rules.contains { $0.hasPrefix("hedged-claim") })
  }

  @Test func aQuantityAfterAnArticleIsAPhraseOfItsOwn() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("About a third of the convoys were turned back.", engine)
    #expect(try TestSupport.evidence("About a third", in: s).value > 0)
  }
}
