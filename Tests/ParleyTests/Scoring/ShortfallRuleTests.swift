import Testing
@testable import Parley

/// A small count (`only`, `just`, `merely` before a number) is a
/// shortfall (`ShortfallRule`).
@Suite struct ShortfallRuleTests {
  /// What is counted: a good thing is short (bad news), a bad thing few
  /// (a relief), and a count of nothing evaluative is bad news of its own.
  @Test func aSmallCountIsAShortfall() throws {
    let engine = try TestSupport.engine()
    for (text, term, positive) in [
      ("Only eleven of the forty hostages were freed.", "hostages were freed", false),
      ("Only nine of the thirty detained journalists have been released.", "have been released", false),
      ("Just a fraction of the promised reconstruction money has been spent.", "reconstruction", false),
      ("Only two minor injuries were reported.", "injuries", true),
      // A bad attribute names the harm counted (a participle would be the
      // plight of those counted: "displaced families", below).
      ("Only two shooting incidents were logged last week.", "shooting", true),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(term, in: s)
      #expect(cue.rules.contains { $0.hasPrefix("shortfall(") }, "\(text): \(cue.rules)")
      #expect((s.stance.optimism > 0) == positive, "\(text): \(s.stance.optimism)")
    }
    for text in ["Merely 15 percent of the displaced families have received tents.", "Only 42 percent of eligible households had applied."] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(try TestSupport.evidence(text.hasPrefix("Merely") ? "Merely" : "Only", in: s).rules.contains { $0.hasPrefix("shortfall(") }, "\(text)")
      #expect(s.stance.optimism < 0, "\(text): \(s.stance.optimism)")
    }
  }

  /// No count, a count of time, the exclusive `the only`, a denied `not
  /// only`: no shortfall.
  @Test func whatIsNoShortfall() throws {
    let engine = try TestSupport.engine()
    for text in [
      "The committee met just two days after the vote.",
      "The talks resumed only 18 months after the war.",
      "The only two hospitals in the region reopened.",
      "Not only two villages were shelled.",
      "The envoy was only trying to help.",
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(s.evidence.allSatisfy { $0.rules.allSatisfy { !$0.hasPrefix("shortfall(") } }, "\(text)")
    }
  }

  /// Session 70: phrases marked `scarce` in their note; the verb whose
  /// object the count is; the predicate past a relative clause or a
  /// participle on the counted noun.
  @Test func phrasesObjectsAndPredicatesPastAClause() throws {
    let engine = try TestSupport.engine()
    for (text, term, positive) in [
      ("Fewer than a dozen homes were damaged by the tremor.", "damaged", true),
      ("Fewer than 200 of the 2,500 families who fled the town have been able to return home.", "return home", false),
      ("A mere handful of shops were looted during the protests.", "looted", true),
      ("The storm destroyed just four fishing boats.", "destroyed", true),
      ("The rebels freed only eleven of the forty hostages.", "freed", false),
      ("The commission agreed on the course of fewer than 15 kilometers of the border.", "agreed on", false),
      ("Only a handful of the 200 factories that closed during the crisis have reopened.", "reopened", false),
      ("Only 40 of the 300 detainees promised release under the accord had walked free.", "walked free", false),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(term, in: s)
      #expect(cue.rules.contains { $0.hasPrefix("shortfall(") }, "\(text): \(cue.rules)")
      #expect((s.stance.optimism > 0) == positive, "\(text): \(s.stance.optimism)")
    }
    // A term of the relative clause on the counted noun is not what is
    // counted.
    let s = TestSupport.firstSentence("Only a handful of the 200 factories that closed during the crisis have reopened.", engine)
    #expect(try !TestSupport.evidence("crisis", in: s).rules.contains { $0.hasPrefix("shortfall(") })
  }

  /// A denied count (`no fewer than`), the end of a change, a limit a
  /// modal sets, and a predicate after an object count's clause: no
  /// shortfall there.
  @Test func whatIsNoShortfallAmongThePhrases() throws {
    let engine = try TestSupport.engine()
    for text in [
      "No fewer than 40 people were killed in the attack.",
      "The number of beds has fallen from 3,100 to fewer than 900.",
      "Each side will keep no more than 1,550 warheads.",
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(s.evidence.allSatisfy { $0.rules.allSatisfy { !$0.hasPrefix("shortfall(") } }, "\(text)")
    }
    let s = TestSupport.firstSentence("The port now handles fewer than a dozen ships a month and has lost half its trade.", engine)
    #expect(try !TestSupport.evidence("lost", in: s).rules.contains { $0.hasPrefix("shortfall(") })
  }

  @Test func theParametersWeighIt() throws {
    let engine = try TestSupport.engine { $0.shortfallValence = 0 }
    let s = TestSupport.firstSentence("Only 42 percent of eligible households had applied.", engine)
    #expect(s.stance.optimism == 0)
  }
}
