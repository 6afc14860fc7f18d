import Testing

@testable import Parley

@Suite struct ShifterRuleTests {
  @Test(arguments: [
    "The accord ended the ⟦war⟧.",
    "The ⟦tensions⟧ eased overnight.",
    "⟦Hope⟧ faded on Friday.",
    // "ended in" is a mask: the talks ended in an impasse, not the impasse ended.
    "The talks ended in an impasse.",
    // A negated shifter does not shift.
    "There was no progress toward ending the war.",
  ])
  func object(_ marked: String) {
    assertRule("shifter", marked)
  }

  @Test func endingSomethingBadIsGood() {
    #expect(RuleLexicon.evidence("The accord ended the war.").score.stance.optimismLabel == .positive)
    #expect(RuleLexicon.evidence("The attack ended the ceasefire.").score.stance.optimismLabel == .negative)
  }
}
