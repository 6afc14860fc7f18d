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
      // (An expectation set against a comparative counts on the optimism
      // axis instead: `expectationCountsByItsComparative` below.)
      #expect(cue.value == 0 || cue.axis == "optimism", "\(text)")
      #expect(cue.rules.contains { $0.hasPrefix("comparison-standard") }, "\(text)")
      #expect(s.stance.hedging == 0, "\(text)")
    }
  }

  /// An expectation in the standard counts `expectationValence` by the
  /// comparative before `than`: beyond it is good news, short of it bad;
  /// the valence terms of the standard are its yardstick.
  @Test func expectationCountsByItsComparative() throws {
    let engine = try TestSupport.engine()
    let valence = ModelParameters().expectationValence
    for (text, word, sign) in [
      ("The negotiators moved further than anyone had expected.", "expected", 1.0),
      ("The ministers agreed on far more than their aides thought possible.", "thought", 1.0),
      ("The two sides came closer than expected to a pause.", "than expected", 1.0),
      ("Today we can tell them that the deal will come sooner than they think.", "think", 1.0),
      ("The fund turned out thinner than anyone hoped.", "hoped", -1.0),
      ("The talks were harder than it seemed.", "seemed", -1.0),
      ("The handover came later than expected.", "than expected", -1.0),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      // (The hedge's evidence: a valence term of the standard records the
      // rule too, at 0.)
      let cue = try #require(s.evidence.first { $0.text == word && $0.rule.hasPrefix("hedge") && $0.rules.contains { $0.hasPrefix("expectation") } }, "\(text)")
      #expect(cue.value == sign * valence, "\(text)")
      #expect(cue.axis == "optimism", "\(text)")
      #expect(s.stance.hedging == 0, "\(text)")
      #expect(sign > 0 ? s.stance.optimism > 0 : s.stance.optimism < 0, "\(text)")
    }
    // The hope is a yardstick: its own good tone counts nothing.
    let hoped = TestSupport.firstSentence("The fund turned out thinner than anyone hoped.", engine)
    #expect(hoped.evidence.filter { $0.text == "hoped" && $0.rule == "valence" }.allSatisfy { $0.value == 0 })
  }

  /// No expectation counts where the comparative judges by itself, a
  /// negation meets the expectation, or a modal sets the standard.
  @Test func noExpectationWithoutAPlainComparative() throws {
    let engine = try TestSupport.engine()
    for text in [
      "The talks went better than most observers had expected.",
      "Aid reached the town no faster than expected.",
      "It was more than the state could afford.",
      "More than 30 people may have died in the strike.",
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(!s.evidence.contains { $0.rules.contains { $0.hasPrefix("expectation") } }, "\(text)")
    }
    // With the parameter at 0 the rule counts nothing.
    let off = try TestSupport.engine { $0.expectationValence = 0 }
    let s = TestSupport.firstSentence("The negotiators moved further than anyone had expected.", off)
    #expect(s.stance.optimism == 0)
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
