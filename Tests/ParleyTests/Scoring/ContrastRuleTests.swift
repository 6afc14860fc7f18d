import Testing

@testable import Parley

@Suite struct ContrastRuleTests {
  @Test func beforeIsDiscountedAfterCountsMore() throws {
    let text = "The talks were productive, but they ended in an impasse."
    let p = try #require(value(of: "productive", in: text))
    let i = try #require(value(of: "impasse", in: text))
    #expect(p == 2 * 0.5)
    #expect(i == -2 * 1.25)
    #expect(RuleLexicon.evidence(text).score.stance.optimismLabel == .negative)
  }

  @Test func markedSpans() {
    assertRule("contrast-before", "The talks were ⟦productive⟧, but there was an impasse.")
    assertRule("contrast-after", "The talks were productive, but there was an ⟦impasse⟧.")
  }

  @Test func sentenceInitialMarkerBoostsTheWholeSentence() {
    assertRule("contrast-after", "However, the ⟦impasse⟧ remains.")
    assertRule("contrast-before", "However, the impasse remains.")
  }

  @Test func noMarkerNoChange() {
    assertRule("contrast-before", "The talks were productive and there was progress.")
    assertRule("contrast-after", "The talks were productive and there was progress.")
  }
}
