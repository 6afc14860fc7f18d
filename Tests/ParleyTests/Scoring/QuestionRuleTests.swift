import Testing

@testable import Parley

@Suite struct QuestionRuleTests {
  @Test func questionHedgesAndSoftens() {
    let statement = RuleLexicon.evidence("The talks were productive.").score.stance
    let question = RuleLexicon.evidence("Were the talks productive?").score.stance
    #expect(question.hedging > statement.hedging)
    #expect(question.optimism < statement.optimism)
    #expect(question.optimism > 0)
  }

  @Test func questionWithoutCuesIsStillHedged() {
    let (score, evidence) = RuleLexicon.evidence("Will they meet again?")
    #expect(score.stance.hedgingLabel == .hedged)
    #expect(evidence.map(\.rule) == ["question"])
  }

  @Test func quotedQuestionInsideAStatementIsNot() {
    assertRule("question", "“Why now?” she asked, and called the talks productive.")
  }
}
