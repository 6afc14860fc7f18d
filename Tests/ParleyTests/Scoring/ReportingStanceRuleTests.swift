import Testing

@testable import Parley

@Suite struct ReportingStanceRuleTests {
  @Test func assertingVerbLowersHedging() {
    let said = RuleLexicon.evidence("Officials said the talks may resume.").score.stance.hedging
    let insisted = RuleLexicon.evidence("Officials insisted the talks may resume.").score.stance.hedging
    let claimed = RuleLexicon.evidence("Officials claimed the talks may resume.").score.stance.hedging
    #expect(insisted < said)
    #expect(claimed > said)
  }

  @Test func neutralVerbDoesNothing() {
    let (_, evidence) = RuleLexicon.evidence("Officials said the talks were productive.")
    let said = evidence.first { $0.text == "said" }
    #expect(said?.value == 0)
    #expect(said?.rules == [])
  }
}
