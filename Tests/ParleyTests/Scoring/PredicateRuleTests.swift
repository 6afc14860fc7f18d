import Testing

@testable import Parley

@Suite struct PredicateRuleTests {
  @Test(arguments: [
    // The predicate judges the subject: the subject's term stops counting.
    "The ⟦ceasefire⟧ was bad.",
    "The ⟦war⟧ was a breakthrough.",
    "The ⟦ceasefire⟧ has been very bad.",
    "The ⟦ceasefire⟧ clearly was a really bad one.",
    // `to be` after a copula leads to the predicate.
    "The ⟦ceasefire⟧ seems to be bad.",
    // Same signs: nothing to resolve.
    "The progress was productive.",
    "The war was bad.",
    // A negated predicate is the negation rules' business.
    "The ceasefire was not bad.",
    // The term before `be` is in another clause, or the word after `be`
    // is a verb or noun of its own.
    "There was hope that talks were bad.",
    "The ceasefire was renamed bad.",
    // Too far: `be` more than three tokens after the subject's term.
    "The ceasefire in the northern border region was bad.",
    // A subject's term that opens with a negator holds its negation,
    // which the predicate falls under too: no accord was ratified.
    "No accord was ratified.",
    // A verb predicate right after the subject: a past form in -ed, or
    // any form after an auxiliary.
    "The ⟦ceasefire⟧ rejected the plan.",
    "The ⟦war⟧ has brokered calm.",
    // Not a noun after the subject's term, nor a verb past two words.
    "The ceasefire tensions rose.",
    "The ceasefire in the north rejected the plan.",
  ])
  func subject(_ marked: String) {
    assertRule("predicate", marked)
  }

  @Test func thePredicateCarriesTheSentence() {
    #expect(RuleLexicon.evidence("The ceasefire was bad.").score.stance.optimismLabel == .negative)
    #expect(RuleLexicon.evidence("The war was a breakthrough.").score.stance.optimismLabel == .positive)
    #expect(value(of: "ceasefire", in: "The ceasefire was bad.") == 0)
    // "No accord was ratified" ratified none: the subject's term stands.
    #expect(value(of: "No accord", in: "No accord was ratified.") == -1.5)
    #expect(RuleLexicon.evidence("No accord was ratified.").score.stance.optimismLabel == .negative)
  }

  @Test func scaleIsAParameter() {
    var parameters = ModelParameters()
    parameters.predicateSubjectScale = 0.5
    let engine = Engine(lexicons: RuleLexicon.engine.lexicons, parameters: parameters)
    let document = engine.read(id: "t", text: "The ceasefire was bad.")
    let evidence = engine.score(document, model: RuleModel(), evidence: true).sentences.flatMap(\.evidence)
    #expect(evidence.first { $0.text == "ceasefire" }?.value == 0.5)
  }
}

/// A verb of coming back (`resumed`, marked `renewal`) takes its
/// subject's sign.
@Suite struct RenewalPredicateTests {
  @Test func aRenewalTakesItsSubjectsSign() throws {
    let engine = try TestSupport.engine()
    for (text, verb, good) in [
      ("Fighting has resumed along the southern front.", "resumed", false),
      ("Artillery fire resumed near Kessel shortly after midnight.", "resumed", false),
      ("Fears revived after the attack on the convoy.", "revived", false),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let e = try TestSupport.evidence(verb, in: s)
      #expect(e.value == 0 && e.rules.contains { $0.hasPrefix("predicate(") }, "\(text)")
      #expect((s.stance.optimism > 0) == good, "\(text): \(s.stance.optimism)")
    }
  }

  @Test func aWantedThingComesBackAsGoodNews() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("Hopes revived after the ministers met.", engine)
    #expect(try TestSupport.evidence("revived", in: s).value > 0)
    #expect(s.stance.optimism > 0)
  }
}
