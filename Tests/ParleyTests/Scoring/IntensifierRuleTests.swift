import Testing

@testable import Parley

@Suite struct IntensifierRuleTests {
  @Test(arguments: [
    "The talks were really ⟦constructive⟧.",
    "The talks were really very ⟦constructive⟧.",
    "It was a very ⟦productive⟧ round.",
    // Across a comma the intensifier does not reach.
    "It was very, as they say, productive.",
    // Too far away.
    "It was very much a round that was productive.",
  ])
  func reach(_ marked: String) {
    assertRule("intensifier", marked)
  }

  @Test func dampenerReaches() {
    assertRule("dampener", "The talks were somewhat ⟦productive⟧.")
  }

  @Test func factorsMultiply() throws {
    let plain = try #require(value(of: "constructive", in: "The talks were constructive."))
    let really = try #require(value(of: "constructive", in: "The talks were really constructive."))
    let both = try #require(value(of: "constructive", in: "The talks were really very constructive."))
    let somewhat = try #require(value(of: "constructive", in: "The talks were somewhat constructive."))
    #expect(really == plain * 1.3)
    #expect(abs(both - plain * 1.3 * 1.3) < 1e-12)
    #expect(abs(somewhat - plain * 0.6) < 1e-12)
  }

  /// Before `than` and a count the word compares a number and scales no
  /// term (session 70): the subject stays free for the predicate rule.
  @Test func aComparedCountIsNoIntensity() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("More than 800 political prisoners were freed.", engine)
    #expect(try !TestSupport.evidence("political prisoners", in: s).rules.contains { $0.hasPrefix("intensifier(") })
    #expect(s.stance.optimism > 0)
    // Not before anything else after `than`.
    let t = TestSupport.firstSentence("The talks were more productive than before.", engine)
    #expect(try TestSupport.evidence("productive", in: t).rules.contains { $0.hasPrefix("intensifier(") })
  }
}
