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

  /// A negator right before an asserting verb denies it: the verb asserts
  /// nothing; a negator further back does not.
  @Test func aDeniedAssertionAssertsNothing() {
    let denied = RuleLexicon.evidence("Officials have not insisted the talks may resume.")
    let insisted = denied.evidence.first { $0.text == "insisted" }
    #expect(insisted?.value == 0)
    #expect(insisted?.rules == [])
    let far = RuleLexicon.evidence("No officials in the capital insisted the talks may resume.").evidence.first { $0.text == "insisted" }
    #expect(far?.rules == ["report-assert(insisted) ×1"])
  }

  /// A negator further back that reaches the booster the same words are
  /// denies the report too: the negated booster hedges, the report
  /// asserts nothing.
  @Test func aNegatedBoosterIsADeniedAssertion() {
    let evidence = RuleLexicon.evidence("No part of it is guaranteed.").evidence
    let report = evidence.first { $0.text == "guaranteed" && $0.rule == "report" }
    #expect(report?.value == 0)
    #expect(report?.rules == [])
    let booster = evidence.first { $0.text == "guaranteed" && $0.rule == "booster" }
    #expect(booster?.rules.first?.hasPrefix("negated-booster(No)") == true)
    #expect(RuleLexicon.evidence("No part of it is guaranteed.").score.stance.hedging > 0)
  }

  @Test func neutralVerbDoesNothing() {
    let (_, evidence) = RuleLexicon.evidence("Officials said the talks were productive.")
    let said = evidence.first { $0.text == "said" }
    #expect(said?.value == 0)
    #expect(said?.rules == [])
  }
}
