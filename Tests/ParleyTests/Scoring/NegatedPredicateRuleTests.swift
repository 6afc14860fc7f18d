import Testing

@testable import Parley

@Suite struct NegatedPredicateRuleTests {
  @Test(arguments: [
    "The ⟦ceasefire⟧ was not productive.",
    "The ⟦ceasefire⟧ not productive, the envoys left.",
    // A negated booster doubts its subject.
    "The ⟦ceasefire⟧ was not clearly a success.",
    // A negated negative predicate: nothing good failed.
    "The ceasefire was not bad.",
    // The subject is in another clause.
    "The ceasefire, they said, was not productive.",
    // Too far from the negator to be its subject.
    "The ceasefire that the envoys agreed on Monday was not productive.",
    // A negative subject is left to the other rules.
    "The impasse was not productive.",
    // A negated verb with no tone of its own (a bare negation) after an
    // auxiliary denies its subject's predicate too.
    "The ⟦ceasefire⟧ was not extended.",
    "The ⟦ceasefire⟧ could not last.",
    // Not a negator that follows the noun itself: no verb is denied.
    "The ceasefire not extended, the envoys left.",
  ])
  func subject(_ marked: String) {
    assertRule("negated-predicate", marked)
  }

  @Test func aFailedGoodThingIsBadNews() {
    let failed = RuleLexicon.evidence("The ceasefire was not productive.").score.stance
    #expect(failed.optimismLabel == .negative)
    // Without the rule, the subject's +3 would outweigh the negated -1.5.
    let kept = RuleLexicon.evidence("The breakthrough was not productive.").score.stance
    #expect(kept.optimism < 0)
  }

  @Test func scaleAndWindowAreParameters() {
    var parameters = ModelParameters()
    parameters.negatedSubjectScale = 1
    let engine = Engine(lexicons: RuleLexicon.engine.lexicons, parameters: parameters)
    let document = engine.read(id: "t", text: "The breakthrough was not productive.")
    // With the subject kept at full weight, +3 outweighs the negated -1.5.
    #expect(engine.score(document, model: RuleModel()).stance.optimism > 0)
  }
}
