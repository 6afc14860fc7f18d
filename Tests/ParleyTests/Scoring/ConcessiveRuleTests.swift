import Testing

@testable import Parley

@Suite struct ConcessiveRuleTests {
  @Test(arguments: [
    "Despite the ⟦impasse⟧, the talks were productive.",
    "The talks went on despite ⟦tensions⟧.",
    // The conceded clause ends at the comma.
    "Despite the ⟦war⟧, there was progress.",
  ])
  func concededClause(_ marked: String) {
    assertRule("concessive", marked)
  }

  @Test func concededEvaluationCountsLess() throws {
    let v = try #require(value(of: "impasse", in: "Despite the impasse, the talks were productive."))
    #expect(abs(v - -2 * 0.4) < 1e-12)
    #expect(RuleLexicon.evidence("Despite the impasse, the talks were productive.").score.stance.optimismLabel == .positive)
  }
}
