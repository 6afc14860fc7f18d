import Testing

@testable import Parley

/// `too … to` denies the infinitive (`ExcessRule`): the terms after the
/// `to` are reversed as a negator reverses them, the term between keeps
/// its tone, and a `to` that is a preposition, a comma, or a window too
/// short leaves everything as it was.
@Suite struct ExcessRuleTests {
  static func engine(window: Int = ModelParameters().excessWindow) throws -> Engine {
    try TestSupport.engine { $0.excessWindow = window }
  }

  @Test func theInfinitiveIsDenied() throws {
    let engine = try Self.engine()
    let trusted = TestSupport.firstSentence("The promises were too vague to be trusted.", engine)
    let cue = try TestSupport.evidence("trusted", in: trusted)
    #expect(cue.value < 0)
    #expect(cue.rules.contains { $0.hasPrefix("negation(too)") })
    // The term between keeps its tone, strengthened.
    #expect(try TestSupport.evidence("vague", in: trusted).value < -1)
    #expect(trusted.stance.optimism < 0)
    // A bad thing denied is faintly good.
    let hostage = TestSupport.firstSentence("The relationship is too important to be held hostage by one dispute.", engine)
    #expect(try TestSupport.evidence("held hostage", in: hostage).value > 0)
    #expect(hostage.stance.optimism > 0)
  }

  @Test func aDeniedShifterLeavesItsObjectAsItWas() throws {
    let engine = try Self.engine()
    let s = TestSupport.firstSentence("The mission was too small to stop the fighting.", engine)
    #expect(try TestSupport.evidence("fighting", in: s).value < 0)
    #expect(s.stance.optimism < 0)
  }

  @Test func theLastExcessWordGovernsOnce() throws {
    let engine = try Self.engine()
    let s = TestSupport.firstSentence("The bloc has grown too large and too quarrelsome to agree on anything.", engine)
    let agree = try TestSupport.evidence("agree", in: s)
    #expect(agree.value < 0)
    #expect(agree.rules.filter { $0.hasPrefix("negation") }.count == 1)
  }

  @Test func noInfinitiveNoDenial() throws {
    let engine = try Self.engine()
    for text in [
      // A preposition: a noun phrase or a name after `to`.
      "The herds wandered too near to a peaceful valley.",
      "The herds wandered too far to Lachin and its peaceful valley.",
      // A `to` inside a lexicon phrase (`close to`).
      "The herds grazed too close to peaceful pastures.",
      // A comma ends the clause before the `to`.
      "It came too late, to the relief of a peaceful valley.",
      // No `to` at all: the additive `too`.
      "The talks were peaceful too.",
    ] {
      let peaceful = try TestSupport.evidence("peaceful", in: TestSupport.firstSentence(text, engine))
      #expect(peaceful.value > 0, "\(text)")
      #expect(!peaceful.rules.contains { $0.hasPrefix("negation") }, "\(text)")
    }
  }

  @Test func anExcessWithNoInfinitiveIsBadNews() throws {
    let engine = try Self.engine()
    for text in [
      "The pledges announced in Bonn were far too low.",
      "Refugees have waited in the camps for too long.",
      "Far too many checkpoints remain on the road.",
      "The envoy was too accommodating.",
      // A pronoun after `to` is its object (`mark: object` in the
      // grammar), no infinitive (session 63).
      "The offer was too low to them.",
      "The gap stayed too wide to either of them.",
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let too = try TestSupport.evidence("too", in: s)
      #expect(too.value < 0, "\(text)")
      #expect(too.rules.contains { $0.hasPrefix("excess(too)") }, "\(text)")
      #expect(s.stance.optimism < 0, "\(text)")
    }
    // The weight is a parameter: at 0 the excess counts nothing.
    let off = try TestSupport.engine { $0.excessValence = 0 }
    #expect(TestSupport.firstSentence("The pledges announced in Bonn were far too low.", off).stance.optimism == 0)
  }

  @Test func anExcessOfAVirtueReversesIt() throws {
    let s = TestSupport.firstSentence("The mediators were too friendly with the junta.", try Self.engine())
    let friendly = try TestSupport.evidence("friendly", in: s)
    #expect(friendly.value < 0)
    #expect(friendly.rules.contains { $0.hasPrefix("excess(too)") })
    #expect(s.stance.optimism < 0)
  }

  @Test func anAdditiveOrDeniedTooIsNoExcess() throws {
    let engine = try Self.engine()
    for text in [
      // After its subject, a name or a capitalized pronoun.
      "She too attended the signing in Geneva.",
      "Moscow too sent a delegation to the signing.",
      // Before a verb of its own or a punctuation mark.
      "The ministers too were at the signing.",
      "They were invited to the signing, too.",
      // Denied: how it is is left unsaid.
      "The pace was not too slow.",
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(!s.evidence.contains { $0.rules.contains { $0.hasPrefix("excess") } }, "\(text)")
      #expect(s.stance.optimism >= 0, "\(text)")
    }
  }

  @Test func theWindowIsAParameter() throws {
    let text = "They had buried too many young sons to trust a piece of paper."
    #expect(try TestSupport.evidence("trust", in: TestSupport.firstSentence(text, try Self.engine())).value < 0)
    #expect(try TestSupport.evidence("trust", in: TestSupport.firstSentence(text, try Self.engine(window: 1))).value > 0)
  }
}
