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

  @Test func theParametersWeighIt() throws {
    let engine = try TestSupport.engine { $0.shortfallValence = 0 }
    let s = TestSupport.firstSentence("Only 42 percent of eligible households had applied.", engine)
    #expect(s.stance.optimism == 0)
  }
}
