import Testing

@testable import Parley

@Suite struct ConditionalRuleTests {
  @Test(arguments: [
    "If the ⟦ceasefire⟧ holds, talks resume.",
    "Talks resume if the ⟦ceasefire⟧ holds.",
    "The ceasefire holds.",
  ])
  func conditionalClause(_ marked: String) {
    assertRule("conditional", marked)
  }

  @Test func conditionalHedges() {
    let s = RuleLexicon.evidence("If the ceasefire holds, talks resume.").score.stance
    #expect(s.hedgingLabel == .hedged)
  }
}
