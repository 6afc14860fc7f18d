import Testing

@testable import Parley

@Suite struct NegationRuleTests {
  @Test(arguments: [
    "The talks were not ⟦productive⟧.",
    "There was no ⟦progress⟧ at all.",
    "There was scant sign of ⟦progress⟧.",
    "They saw no sign of ⟦progress⟧ on Monday.",
    "The envoy did n't call it ⟦constructive⟧.",
    // The scope ends at the clause boundary.
    "There was no deal, but the talks were productive.",
    // Beyond the window of four tokens, nothing is negated.
    "It was not what anyone in the room had called productive.",
    // Nothing to negate.
    "The delegations did not meet on Friday.",
    // A negator ending in `that` governs the whole clause it opens...
    "Analysts doubted that the long new round in the capital would bring ⟦progress⟧.",
    // ...and no further.
    "Analysts doubted that the round would bring ⟦progress⟧, but hope remained.",
    // A bad term after the good one denied first is its object and stays
    // bad; a good one goes with it.
    "There was no ⟦progress⟧ on the war.",
    "There was no ⟦progress⟧ or ⟦hope⟧.",
    // After a bad term first, every term is reversed...
    "The talks were not ⟦bad⟧ for ⟦progress⟧.",
    // ...but a good one right after it, with only determiners between,
    // is that act's object and keeps its sign (session 56): the council
    // did not reject the ceasefire, which stands.
    "The council has not ⟦rejected⟧ the ceasefire.",
    "The council has not ⟦rejected⟧ ceasefire talks.",
    // A negator in the subject of a cleft denies its focus, however far
    // (session 62).
    "What the two delegations do not have is a long and ⟦productive⟧ dialogue.",
    "What we did n't see was a single day of real and lasting ⟦progress⟧.",
    // Without the cleft's `be`, the window holds.
    "What the two delegations do not discuss openly in the capital may decide a productive settlement.",
  ])
  func scope(_ marked: String) {
    assertRule("negation", marked)
  }

  @Test func positiveFlipsFurtherThanNegative() throws {
    let notProductive = try #require(value(of: "productive", in: "The talks were not productive."))
    let notBad = try #require(value(of: "bad", in: "The talks were not bad."))
    #expect(notProductive == -0.75 * 2)
    #expect(notBad == 0.25 * 1.5)
    #expect(notBad > 0)
  }

  @Test func negatedBoosterBecomesHedge() {
    let plain = RuleLexicon.evidence("The outcome was clearly a breakthrough.").score.stance.hedging
    let negated = RuleLexicon.evidence("The outcome was not clearly a breakthrough.").score.stance.hedging
    #expect(plain == 0)
    #expect(negated > 0.3)
  }

  @Test func negatedHedgeBecomesBooster() {
    let hedged = RuleLexicon.evidence("A deal is possible.").score.stance.hedging
    let negated = RuleLexicon.evidence("A deal is not possible.").score.stance.hedging
    #expect(hedged > 0.3)
    #expect(negated == 0)
  }

  /// A modal booster (class `modal` in the built-in grammar: `will`)
  /// denied denies the event, not the certainty: it keeps its booster.
  /// A booster of another class denied is still a hedge.
  @Test func aDeniedModalIsStillFirm() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("Nobody will be left outside.", engine)
    let will = try TestSupport.evidence("will", in: s)
    #expect(will.value < 0)
    #expect(!will.rules.contains { $0.hasPrefix("negated-booster") })
    #expect(s.stance.hedging == 0)
    let certain = TestSupport.firstSentence("Nobody is certain the border will reopen.", engine)
    #expect(try TestSupport.evidence("is certain", in: certain).value > 0)
    #expect(certain.stance.hedging > 0)
  }

  /// A raising verb (class `be` in the built-in grammar: `appeared`,
  /// `seems`) keeps its hedge under a negation; the negation is of the
  /// clause under it. A hedge of another class is still asserted.
  @Test func aRaisingVerbKeepsItsHedge() throws {
    let engine = try TestSupport.engine()
    func hedging(_ text: String) -> Double { engine.score(engine.read(id: "t", text: text)).stance.hedging }
    let plain = hedging("Both sides appeared to give ground.")
    #expect(plain > 0.3)
    #expect(hedging("Neither side appeared to give ground.") == plain)
    #expect(hedging("The talks did not seem to move.") == hedging("The talks seemed to move."))
    #expect(hedging("A deal was not possible.") == 0)
  }

  /// A verb of belief (`mark: belief` in the built-in hedges) denied in
  /// the present keeps its hedge, and the denial passes to the clause
  /// under it, past the window (session 63). After `did` (`mark: past` in
  /// the grammar) the belief was given up: denied as any hedge.
  @Test func aBeliefDeniedInThePresentKeepsItsHedge() throws {
    let engine = try TestSupport.engine()
    let plain = TestSupport.firstSentence("The envoys think the talks will produce a breakthrough.", engine)
    let denied = TestSupport.firstSentence("The envoys do not think the talks will produce a breakthrough.", engine)
    #expect(plain.stance.hedging > 0.3)
    #expect(denied.stance.hedging == plain.stance.hedging)
    #expect(try TestSupport.evidence("think", in: denied).rules.isEmpty)
    #expect(plain.stance.optimism > 0.3)
    #expect(denied.stance.optimism < -0.3)
    #expect(try TestSupport.evidence("breakthrough", in: denied).rules.contains { $0.hasPrefix("negation") })
    let past = TestSupport.firstSentence("We did not think the talks had failed.", engine)
    #expect(try TestSupport.evidence("think", in: past).value < 0)
    #expect(past.stance.hedging == 0)
  }

  @Test func aHedgeInAClauseTheNegatedVerbEmbedsIsNotAsserted() {
    // `that` opens a clause of its own: its modal still hedges.
    let plain = RuleLexicon.evidence("Officials said that a deal could be reached.").score.stance.hedging
    let embedded = RuleLexicon.evidence("Officials did not say that a deal could be reached.").score.stance.hedging
    #expect(plain > 0.3)
    #expect(embedded == plain)
    // A question the negated verb embeds neither hedges nor asserts.
    let e = RuleLexicon.evidence("Officials did not say when a deal could be reached.").evidence
    let could = e.first { $0.text == "could" }
    #expect(could?.value == 0 && could?.rules.isEmpty == false, "\(e)")
    // Right after the negator the hedge is still denied.
    #expect(RuleLexicon.evidence("A deal is not possible.").evidence.first { $0.text == "possible" }?.value ?? 0 < 0)
    // A negator that ends in `that` opens the clause itself, whose modal
    // still hedges (session 56).
    let doubted = RuleLexicon.evidence("Analysts doubted that a deal could be reached.").score.stance.hedging
    #expect(doubted == plain)
  }

  /// A modal after the denied predicate heads a verb phrase of its own:
  /// its hedge stands. After a negative subject the modal is the
  /// predicate, and the negation still reaches it.
  @Test func aModalAfterTheDeniedPredicateStillHedges() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("A council unable to agree on anything would probably collapse within a year.", engine)
    #expect(try TestSupport.evidence("probably", in: s).value > 0)
    #expect(try !TestSupport.evidence("would", in: s).rules.contains { $0.hasPrefix("negated-hedge") })
    #expect(s.stance.hedging > 0.3)
    let subject = TestSupport.firstSentence("No progress could be made on the border.", engine)
    #expect(try TestSupport.evidence("could be", in: subject).rules.contains { $0.hasPrefix("negated-hedge") })
  }

  /// A relative word after a preposition asks (`could not agree on who
  /// would chair`): the modal there counts for nothing, as after a
  /// wh-word. Elsewhere it opens a clause that keeps its hedge.
  @Test func aRelativeWordEmbedsTheModal() throws {
    let engine = try TestSupport.engine()
    let asked = TestSupport.firstSentence("The ministers could not agree on who would chair the commission.", engine)
    let would = try TestSupport.evidence("would", in: asked)
    #expect(would.value == 0 && would.rules.contains { $0.hasPrefix("negated-hedge") })
    let described = TestSupport.firstSentence("The ministers did not back a plan which could collapse.", engine)
    let could = try TestSupport.evidence("could", in: described)
    #expect(could.value > 0 && !could.rules.contains { $0.hasPrefix("negated-hedge") })
  }

  @Test func fixedPhraseIsNotNegated() {
    // "no doubt" is one booster entry; the negator "no" (another layer)
    // starts with it, so it governs nothing and the booster stays a booster.
    let (score, evidence) = RuleLexicon.evidence("There is no doubt about it.")
    let booster = evidence.first { $0.rule == "booster" }
    #expect(booster?.text == "no doubt")
    // (A booster of weight 1 removes `boosterOffset` of hedge mass.)
    #expect(booster?.value == -ModelParameters().boosterOffset)
    #expect(booster?.rules == [])
    #expect(score.stance.hedging == 0)
  }
}

@Suite struct BareNegationTests {
  static let engine: Engine = {
    let text = "not\tnegator\t1\nunable to\tnegator\t0.8\na long way from\tnegator\t0.75\nproductive\tvalence\t2\n"
    return Engine(lexicons: try! LexiconSet.parse(files: [("t.tsv", Array(text.utf8))]))
  }()

  func optimism(_ text: String, _ engine: Engine = Self.engine) -> Double {
    engine.score(engine.read(id: "t", text: text)).stance.optimism
  }

  @Test func aDeniedActionIsMildlyBadNews() {
    let denied = optimism("The delegations did not meet on Friday.")
    #expect(denied < 0)
    // Weaker than a negated evaluation.
    #expect(denied > optimism("The talks were not productive."))
    let evidence = Self.engine.score(Self.engine.read(id: "t", text: "The delegations did not meet."), evidence: true).sentences[0].evidence
    #expect(evidence.first { $0.text == "not" }?.rules == ["bare-negation(not) ×-0.5"])
  }

  @Test func onlyFullNegatorsAndOnlyWithNothingToReverse() {
    // A distance is not a denial.
    #expect(optimism("The centre is a long way from the airport.") == 0)
    // With something to reverse, the negator adds nothing of its own.
    let engine = Self.engine
    let evidence = engine.score(engine.read(id: "t", text: "The talks were not productive."), evidence: true).sentences[0].evidence
    #expect(evidence.first { $0.text == "not" }?.value == 0)
  }

  /// A near-full negator (`unable to`, 0.8: `bareNegationMinWeight`)
  /// denies an act as `not` does, a little more weakly; below the minimum
  /// it does not.
  @Test func aNearFullNegatorDeniesAnAct() {
    let unable = optimism("Inspectors were unable to visit the plant.")
    #expect(unable < 0)
    #expect(unable > optimism("Inspectors did not visit the plant."))
    var parameters = ModelParameters()
    parameters.bareNegationMinWeight = 0.9
    let strict = Engine(lexicons: Self.engine.lexicons, parameters: parameters)
    #expect(optimism("Inspectors were unable to visit the plant.", strict) == 0)
  }

  @Test func aCorrectionAfterACommaDeniesNothing() {
    // `, not weeks`: a short phrase with no verb word that ends the clause.
    #expect(optimism("The inspectors will return within days, not weeks.") == 0)
    #expect(optimism("It was a pause, not a peace deal, officials said.") == 0)
    // Not after a word, nor before a phrase that runs on past four words.
    #expect(optimism("They came back, but did not meet.") < 0)
    #expect(optimism("The envoy left, not one of the seven delegations having signed anything.") < 0)
  }

  @Test func offWhenTheParameterIsZero() {
    var parameters = ModelParameters()
    parameters.bareNegationValence = 0
    let engine = Engine(lexicons: Self.engine.lexicons, parameters: parameters)
    #expect(optimism("The delegations did not meet on Friday.", engine) == 0)
  }
}

@Suite struct MaskedNegatorTests {
  static let engine: Engine = {
    let text = "not\tnegator\t1\nasked not to be named\tvalence\t0\ncould not\thedge.modal\t0\nagree\tvalence\t1\nproductive\tvalence\t2\n"
    return Engine(lexicons: try! LexiconSet.parse(files: [("t.tsv", Array(text.utf8))]))
  }()

  func evidence(_ text: String) -> [Evidence] {
    Self.engine.score(Self.engine.read(id: "t", text: text), evidence: true).sentences[0].evidence
  }

  @Test func aValenceMaskSilencesTheNegatorInside() {
    let e = evidence("An official who asked not to be named said the talks were productive.")
    #expect(!e.contains { $0.text == "not" })
    #expect(e.first { $0.text == "productive" }?.value == 2)
  }

  @Test func aHedgeMaskKeepsIt() {
    // "could not" of inability is no hedge, but its "not" still negates.
    let e = evidence("The sides could not agree.")
    #expect(e.contains { $0.text == "not" && $0.rule == "negator" })
    #expect((e.first { $0.text == "agree" }?.value ?? 0) < 0)
  }
}

@Suite struct NegatedShifterTests {
  static let engine: Engine = {
    let text = """
      not\tnegator\t1
      halt\tshifter\t1
      abandoned\tshifter\t0.8
      abandoned\tvalence\t-1.5
      ended in\tshifter\t0
      fighting\tvalence\t-1
      hope\tvalence\t1.5
      deal\tvalence\t1

      """
    return Engine(lexicons: try! LexiconSet.parse(files: [("t.tsv", Array(text.utf8))]))
  }()

  func value(_ term: String, in text: String) -> Double? {
    Self.engine.score(Self.engine.read(id: "t", text: text), evidence: true).sentences[0].evidence.first { $0.text == term && $0.rule == "valence" }?.value
  }

  @Test func theNegationIsSpentOnTheShifter() {
    // The fighting goes on: as bad as it was, not reversed twice.
    #expect(value("fighting", in: "They did not halt the fighting.") == -1)
    #expect(value("fighting", in: "They halt the fighting.") ?? 0 > 0)
    // The hope is kept; the verb's own tone is negated.
    #expect(value("hope", in: "The government has not abandoned hope.") == 1.5)
    #expect(value("abandoned", in: "The government has not abandoned hope.") ?? 0 > 0)
  }

  @Test func aShifterMaskDoesNotSpendIt() {
    // `ended in` does not shift, so the negation goes on to the deal.
    #expect(value("deal", in: "The talks have not ended in a deal.") ?? 0 < 0)
  }
}

/// A negator interrupted by an aside between commas goes on after it
/// (session 67): "did not, in the end, fully restore power".
@Suite struct NegatorAsideTests {
  @Test func theNegationResumesAfterTheAside() throws {
    let engine = try TestSupport.engine()
    try TestSupport.expectRuleTurns("negation", [
      ("The new pumps did not, in the end, fully restore the water supply to the camp.", "restore", false),
      ("The ceasefire has not, despite the threats, collapsed.", "collapsed", true),
      // After a raising verb: "does not appear, …, to have eased".
      ("The release does not appear, at least for now, to have eased the mistrust.", "eased", false),
    ], engine)
  }

  /// The aside's own terms are not denied, an aside longer than
  /// `asideTokens` ends the negation, and `no` (an answer) opens none.
  @Test func whatTheAsideDoesNotCarry() throws {
    let engine = try TestSupport.engine()
    let own = TestSupport.firstSentence("The storm did not, despite the fears of aid workers, damage the tents.", engine)
    #expect(try TestSupport.evidence("damage", in: own).rules.contains { $0.hasPrefix("negation(") })
    #expect(!(try TestSupport.evidence("fears", in: own).rules.contains { $0.hasPrefix("negation(") }))
    let long = TestSupport.firstSentence("The storm did not, in spite of all the many fears voiced by the aid workers in the camp, damage the tents.", engine)
    #expect(!(try TestSupport.evidence("damage", in: long).rules.contains { $0.hasPrefix("negation(") }))
    let answer = TestSupport.firstSentence("The council said no, citing the cost, and the talks collapsed.", engine)
    #expect(answer.stance.optimism < 0, "\(answer.stance.optimism)")
  }
}

/// A denied event denies its subject (session 67): "the threatened strike
/// did not happen" is good news, "the promised ceasefire did not
/// materialise" bad.
@Suite struct DeniedEventTests {
  @Test func theSubjectOfADeniedEventIsReversed() throws {
    let engine = try TestSupport.engine()
    try TestSupport.expectRuleTurns("negation", [
      ("The feared famine did not happen.", "famine", true),
      ("A feared collapse of the truce apparently did not occur.", "collapse", true),
      ("The expected ceasefire has not arrived.", "ceasefire", false),
      ("Help has not yet arrived in the flooded villages.", "Help", false),
    ], engine)
    // Where it did not happen is no object: the villages stay flooded.
    let help = TestSupport.firstSentence("Help has not yet arrived in the flooded villages.", engine)
    #expect(try TestSupport.evidence("flooded", in: help).rules.isEmpty)
  }

  /// A subject with no valence leaves the denial bare (mildly bad news);
  /// a clause between the subject and the negator keeps it out.
  @Test func whatTheRuleLeaves() throws {
    let engine = try TestSupport.engine()
    let bare = TestSupport.firstSentence("The money might not arrive until next year.", engine)
    #expect(bare.evidence.contains { $0.rules.contains { $0.hasPrefix("bare-negation(") } })
    let relative = TestSupport.firstSentence("They fear the promises that were made may not materialise.", engine)
    for word in ["fear", "promises"] {
      #expect(!(try TestSupport.evidence(word, in: relative).rules.contains { $0.hasPrefix("negation(") }), "\(word)")
    }
  }
}

/// A bad act right after a negator of failure or refusal (`mark: refusal`)
/// is averted, and the failure's own loss counts nothing (session 67).
@Suite struct AvertedActTests {
  @Test func aFailedOrRefusedBadActIsGoodNews() throws {
    let engine = try TestSupport.engine()
    for (text, act) in [
      ("The mortar rounds failed to damage the clinic.", "damage"),
      ("The troops declined to attack the town.", "attack"),
      ("The strike failed to derail the talks.", "derail"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(try TestSupport.evidence(act, in: s).value > 0, "\(text)")
      #expect(s.stance.optimism > 0, "\(text): \(s.stance.optimism)")
    }
    // `failed` is bad news of its own, which the averted act cancels.
    let failed = TestSupport.firstSentence("The mortar rounds failed to damage the clinic.", engine)
    #expect(failed.evidence.first { $0.text == "failed" && $0.axis == "optimism" }?.value == 0)
  }

  /// A good act failed stays bad news, with the failure's loss; a bad term
  /// further on is the object of an act refused, which keeps both.
  @Test func whatIsNoAvertedAct() throws {
    let engine = try TestSupport.engine()
    let good = TestSupport.firstSentence("The talks failed to produce a ceasefire.", engine)
    #expect(good.stance.optimism < 0)
    #expect(try #require(good.evidence.first { $0.text == "failed" && $0.axis == "optimism" }).value < 0)
    let object = TestSupport.firstSentence("The junta refused to free the jailed reporters.", engine)
    #expect(try #require(object.evidence.first { $0.text == "refused" && $0.axis == "optimism" }).value < 0)
    #expect(object.stance.optimism < 0)
  }
}
