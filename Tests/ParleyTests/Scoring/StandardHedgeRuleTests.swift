import Testing

@testable import Parley

/// A hedge inside a comparison's standard hedges nothing
/// (`StandardHedgeRule`): after `than` and the standard's subject, an
/// expectation or a modal measures the result; a quantity after `than`
/// is the sentence's own subject, whose hedge stands.
@Suite struct StandardHedgeRuleTests {
  @Test func anExpectationInTheStandardIsSilenced() throws {
    let engine = try TestSupport.engine()
    for (text, word) in [
      ("The talks went better than most observers had expected.", "expected"),
      ("Turnout was higher than the organizers had believed.", "believed"),
      ("The talks were harder than it seemed.", "seemed"),
      ("It was more than the state could afford.", "could"),
      ("Today we can tell them that the deal will come sooner than they think.", "think"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.value == 0, "\(text)")
      #expect(cue.rules.contains { $0.hasPrefix("comparison-standard") }, "\(text)")
      #expect(s.stance.hedging == 0, "\(text)")
    }
  }

  @Test func theStandardsSubjectAndWhatFollowsGoWithIt() throws {
    let engine = try TestSupport.engine()
    // `some` is no quantity there, and `possible` completes the verb.
    let some = TestSupport.firstSentence("The atmosphere had been better than some expected.", engine)
    #expect(try TestSupport.evidence("some", in: some).value == 0)
    #expect(some.stance.hedging == 0)
    let possible = TestSupport.firstSentence("The ministers agreed on more than their aides thought possible.", engine)
    #expect(try TestSupport.evidence("possible", in: possible).value == 0)
    #expect(possible.stance.hedging == 0)
  }

  @Test func aHedgeOfTheClaimStands() throws {
    let engine = try TestSupport.engine()
    for (text, word) in [
      // A quantity: the sentence's own subject.
      ("More than 30 people may have died in the strike.", "may have"),
      ("More than half the staff could lose their jobs.", "could"),
      ("More than two dozen ships could be turned back.", "could be"),
      ("More than a third of the delegates could walk out.", "could"),
      // A clause of its own.
      ("The war lasted more than a decade and could end this year.", "could"),
      // An adverb right after `than` hedges the number.
      ("Fewer than perhaps 40 monitors came.", "perhaps"),
      // A hedge before `than` is outside the standard.
      ("The talks may last longer than the envoys planned.", "may"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.value > 0, "\(text)")
      #expect(!cue.rules.contains { $0.hasPrefix("comparison-standard") }, "\(text)")
    }
  }

  @Test func aSilencedHedgeDampsNoClaim() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("The envoys achieved more than the critics had expected progress to bring.", engine)
    #expect(try TestSupport.evidence("progress", in: s).rules.allSatisfy { !$0.hasPrefix("hedged-claim") })
  }
}
