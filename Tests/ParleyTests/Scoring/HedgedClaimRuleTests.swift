import Testing

@testable import Parley

@Suite struct HedgedClaimRuleTests {
  @Test(arguments: [
    "The talks may prove ⟦productive⟧.",
    "The talks appeared ⟦constructive⟧ and ⟦productive⟧.",
    // A hedge after the evaluation does not govern it.
    "The talks were productive, officials may say.",
    // Nor across a clause boundary.
    "It may rain; the talks were productive.",
    // A booster right after an epistemic hedge is the attitude it reports.
    "The envoy appeared ⟦clearly⟧ tired.",
  ])
  func governs(_ marked: String) {
    assertRule("hedged-claim", marked)
  }

  @Test func boosterInsideAnEpistemicHedgeRemovesNoHedge() {
    let inside = RuleLexicon.evidence("The envoy appeared clearly tired.").score.stance.hedging
    let alone = RuleLexicon.evidence("The envoy appeared tired.").score.stance.hedging
    let apart = RuleLexicon.evidence("Clearly, the envoy appeared tired.").score.stance.hedging
    #expect(inside == alone)
    #expect(alone > 0)
    #expect(apart < alone)
  }

  @Test func hedgeRaisesHedgingAndLowersOptimism() {
    let plain = RuleLexicon.evidence("The talks were productive.").score.stance
    let hedged = RuleLexicon.evidence("The talks may be productive.").score.stance
    #expect(hedged.hedging > plain.hedging)
    #expect(hedged.optimism < plain.optimism)
    #expect(hedged.optimism > 0)
  }
}
