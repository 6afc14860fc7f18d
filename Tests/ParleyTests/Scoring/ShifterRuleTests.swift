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
    // What describes the object goes with it, up to the clause's end...
    "The accord ended the ⟦war⟧ and the ⟦tensions⟧ it caused.",
    "The accord ended the ⟦war⟧, but tensions stayed.",
    // ...but only terms of the object's sign: hope is not what ended.
    "The accord ended the ⟦war⟧ and brought hope.",
    // The whole subject of an intransitive use goes, not just its last term.
    "⟦Hope⟧ for a ⟦ceasefire⟧ faded on Friday.",
    // ...but only terms of the sign of the nearest one: "hope" stays.
    "Hope amid ⟦tensions⟧ faded.",
    // Determiners, quantifiers (number words among them) and "of" between
    // the verb and its object do not count against the window...
    "The accord ended three weeks of ⟦tensions⟧.",
    "The accord ended all of the ⟦tensions⟧.",
    // ...content words do: "persistent" and "bitter" are two, "regional"
    // a third, so "war" is out of reach and the subject is taken.
    "The ⟦ceasefire⟧ ended persistent bitter regional war.",
    // A term behind a preposition is not the object: the ceasefire ended,
    // not the war.
    "The ⟦ceasefire⟧ ended after the war.",
    // A noun phrase opened by a determiner, quantifier or number (after
    // any -ly adverb) reaches to its head, however many words it has...
    "The accord ended nearly three years of sporadic border ⟦tensions⟧.",
    // ...and makes the verb transitive: with nothing evaluative in the
    // object, the subject is not what ended.
    "The ceasefire ended the fighting season.",
    // So does a bare noun before `of` (marked `possessor`): the bargaining
    // ended, not the ceasefire.
    "The ceasefire ended months of secret bargaining.",
    // A shifter that ends in a preposition takes its object after it...
    "A deal came after months of ⟦tensions⟧.",
    // ...and never a subject: the months ended, not the brokering.
    "The swap was brokered after months of quiet talks.",
    // A relative clause on the object says what is avoided: its verb
    // group's terms go, past an aside between commas...
    "Both sides will avoid any action that could ⟦escalate⟧ ⟦tensions⟧.",
    "Both sides will avoid any action, military or otherwise, that could ⟦escalate⟧ ⟦tensions⟧.",
    // ...but not a term after the clause's own verb: the talks broke down.
    "Talks on ending subsidies that drive overfishing broke down.",
    // An adverb in -ly in the shifter's verb group says how it was done,
    // not what ended: the subject before it is taken...
    "The ⟦dispute⟧ was amicably resolved.",
    "The ⟦ceasefire⟧ was dangerously ended.",
    // ...and with no subject, nothing is.
    "The meeting was “dangerously” ended.",
    // A noun in -ly after a determiner is the subject.
    "The ⟦rally⟧ faded.",
    // A subject may stand further off with only its own `of` phrase and
    // the verb group between (one word besides function words)...
    "⟦Hope⟧ of a deal has faded.",
    // ...and across a longer phrase when its noun phrase opens the
    // sentence (session 70: `openingHead`)...
    "⟦Hope⟧ in the north and south has faded.",
    // ...but not from inside a clause: there prepositions and `and`
    // count.
    "Officials were told that hope in the north and south has faded.",
    // The head of the subject, not the noun of its prepositional phrase,
    // is what eases: a term of the other sign just before, joined by a
    // preposition.
    "⟦Tensions⟧ after the ceasefire eased.",
    // A phrase of time after the verb says when, and is no object.
    "The ⟦rally⟧ faded this week.",
    // No subject across `as` or a subordinator, which open another
    // clause.
    "There was hope as prices eased.",
    "There was hope because prices eased.",
    // A participial clause after a comma tells what the main clause ended:
    // every term of the object's sign in it goes, past `shifterObjectSpan`
    // (session 53)...
    "The sides signed, ending a ⟦dispute⟧ that has dragged on for years in the north and south and left ⟦casualties⟧ in every town.",
    // ...not in a clause of the verb's own: there only the span goes.
    "The sides signed and ended a ⟦dispute⟧ that has dragged on for years in the north and south and left casualties in every town.",
    // ...up to a contrast, which opens a clause of its own.
    "The sides signed, ending a ⟦dispute⟧ that has dragged on for years in the north and south, but casualties rose in every town.",
    // After the object, a verb group no relative word opens is the main
    // clause's predicate, not the object's phrase (session 56)...
    "Whether it stops ⟦tensions⟧ is another question.",
    "Whether it stops ⟦tensions⟧ and ⟦war⟧ is another question.",
    // ...while a relative clause still describes the object.
    "Talks ended the ⟦war⟧ that has been a ⟦dispute⟧ for years.",
    // With a plain object, what its relative clause says of it goes...
    "The sides signed, ending years of talks that at one point reached an ⟦impasse⟧.",
    // ...only in such a clause.
    "The sides met ending years of talks that at one point reached an impasse.",
  ])
  func object(_ marked: String) {
    assertRule("shifter", marked)
  }

  @Test func endingSomethingBadIsGood() {
    #expect(RuleLexicon.evidence("The accord ended the war.").score.stance.optimismLabel == .positive)
    #expect(RuleLexicon.evidence("The attack ended the ceasefire.").score.stance.optimismLabel == .negative)
  }

  /// A verb of falling that is a loss by itself (`plunged`, marked
  /// `fall`) loses its own loss after a bad subject, which it reverses:
  /// the fall of casualties is good news, once.
  @Test func aFallOfSomethingBadIsNoSecondLoss() {
    #expect(value(of: "plunged", in: "Casualties plunged.") == 0)
    #expect(value(of: "Casualties", in: "Casualties plunged.")! > 0)
    #expect(RuleLexicon.evidence("Casualties plunged.").score.stance.optimismLabel == .positive)
    // With a neutral or good subject the fall is the loss.
    #expect(value(of: "plunged", in: "Exports plunged.") == -1.5)
    #expect(value(of: "plunged", in: "Hope plunged.") == -1.5)
    // Only a word marked `fall` loses it: `slid` is a shifter and a loss
    // with no mark.
    #expect(value(of: "slid", in: "Casualties slid.") == -1)
  }
}

@Suite struct ShifterObjectSpanTests {
  @Test func spanZeroStillTakesAdjacentTermsAndNoMore() {
    var parameters = ModelParameters()
    parameters.shifterObjectSpan = 0
    let engine = Engine(lexicons: RuleLexicon.engine.lexicons, parameters: parameters)
    let document = engine.read(id: "t", text: "The accord ended the war and the tensions it caused.")
    let evidence = engine.score(document, model: RuleModel(), evidence: true).sentences.flatMap(\.evidence)
    let shifted = evidence.filter { $0.rules.contains { $0.hasPrefix("shifter(") } }.map(\.text)
    #expect(shifted == ["war"])
  }
}

/// The built-in lexicons: a shifter's subject across a `between` phrase,
/// and its object after a concessive aside (session 66).
@Suite struct ShifterPhraseTests {
  /// A phrase opened by `between` (marked `pair`) belongs to the noun
  /// before it, so the verb after it reverses that noun, however long the
  /// pair, and so does a place after `in`; a phrase with a clause of its
  /// own does not carry it.
  @Test func theSubjectReachesAcrossABetweenPhrase() throws {
    let engine = try TestSupport.engine()
    for (text, word) in [
      ("Tensions between India and China eased after the meeting.", "Tensions"),
      ("Armed clashes between the army and the ELN have fallen by half.", "clashes"),
      ("Fighting between rebels and government forces has subsided.", "Fighting"),
      // A name in -ly is a word of the pair, no adverb.
      ("Tensions between Italy and Albania have eased.", "Tensions"),
      // A place after `in` (marked `container`) too, after the subject's
      // head when the term modifies it (session 67).
      ("Cholera cases in the river town of Marsel fell by half.", "Cholera"),
      ("Violence in the capital has declined since the truce.", "Violence"),
      ("Measles cases in the northern province fell sharply this spring.", "Measles"),
      // A group after `among` (marked `pair`, session 68).
      ("Tensions among the coalition partners eased after the vote.", "Tensions"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.rules.contains { $0.hasPrefix("shifter(") }, "\(text): \(cue.rules)")
      #expect(cue.value > 0 && s.stance.optimism > 0, "\(text): \(cue.value), \(s.stance.optimism)")
    }
    // A relative clause in the phrase is a clause of its own: the verb
    // after it is out of reach.
    let far = TestSupport.firstSentence("Clashes between the army and the armed groups that control the northern hills eased.", engine)
    #expect(try TestSupport.evidence("Clashes", in: far).rules.isEmpty)
  }

  /// A concessive aside after the shifter (`, if not halted,`, `, but
  /// did not end,`) leaves the object after it, and its negation does not
  /// take the object over.
  @Test func theObjectFollowsAConcessiveAside() throws {
    let engine = try TestSupport.engine()
    try TestSupport.expectRuleTurns("shifter", [
      ("The checkpoints curbed, if not ended, the smuggling of rifles.", "smuggling", true),
      ("The drought cut, though it did not wipe out, the maize harvest.", "harvest", false),
      ("The draft deal could ease, if not settle, the long-running quarrel.", "quarrel", true),
    ], engine)
    // (The aside's own shifter is negated and reverses nothing.)
    let curbed = TestSupport.firstSentence("The checkpoints curbed, if not ended, the smuggling of rifles.", engine)
    let shifts = try TestSupport.evidence("smuggling", in: curbed).rules.filter { $0.hasPrefix("shifter(") }
    #expect(shifts.count == 1 && shifts[0].hasPrefix("shifter(curbed)"), "\(shifts)")
    // An aside that denies nothing, or that no subordinator or `but`
    // opens, is no concession: the object search stops at its comma.
    for text in [
      "The checkpoints curbed, though slowly, the smuggling of rifles.",
      "The checkpoints curbed, as planned, the smuggling of rifles.",
    ] {
      let plain = TestSupport.firstSentence(text, engine)
      #expect(!(try TestSupport.evidence("smuggling", in: plain).rules.contains { $0.hasPrefix("shifter(") }), "\(text)")
    }
  }
}

/// A shifter whose object is a hedge of doubt settles it (session 67):
/// "ended weeks of speculation" is assertive.
@Suite struct SettledDoubtTests {
  @Test func aShifterEndsTheHedgeItActsOn() throws {
    let engine = try TestSupport.engine()
    for text in [
      "The announcement ended weeks of speculation about the summit.",
      "The palace put an end to the speculation on Monday.",
      "The treaty rules out any possibility of new bases.",
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(s.stance.hedging == 0, "\(text): \(s.stance.hedging)")
      #expect(s.evidence.contains { $0.axis == "hedging" && $0.rules.contains { $0.hasPrefix("shifter(") } }, "\(text)")
    }
    // Its subject is not what it rules out: the treaty stays good news.
    let treaty = TestSupport.firstSentence("The treaty rules out any possibility of new bases.", engine)
    #expect(try TestSupport.evidence("treaty", in: treaty).rules.isEmpty)
  }

  /// A hedge in another clause, or behind a preposition, is no object.
  @Test func aHedgeOutOfReachStands() throws {
    let engine = try TestSupport.engine()
    for text in [
      "The talks ended, and the uncertainty remains.",
      "The talks ended amid speculation about a new round.",
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(s.stance.hedging > 0, "\(text)")
    }
  }
}

/// What a shifter of prevention stops is the act after `from` (session
/// 66): the act's terms are reversed, and an agent of the act's sign
/// with them; an agent of the other sign is reversed alone. (With them,
/// the verb a shifter's infinitive depends on, which is no subject.)
@Suite struct PreventedActTests {
  @Test func theActAfterFromIsReversed() throws {
    let engine = try TestSupport.engine()
    for (text, reversed, kept) in [
      ("The hotline may prevent minor incidents from escalating into open confrontation.", ["escalating", "confrontation"], [String]()),
      ("The new rules will stop rebels from attacking convoys.", ["attacking"], []),
      // An agent of the act's sign goes with it.
      ("The court stopped violent groups from attacking the camp.", ["violent", "attacking"], []),
      // An agent of the other sign is what the shifter reverses.
      ("The patrols prevented militants from rebuilding their camps.", ["militants"], ["rebuilding"]),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      for word in reversed {
        #expect(try TestSupport.evidence(word, in: s).rules.contains { $0.hasPrefix("shifter(") }, "\(text): \(word)")
      }
      for word in kept {
        #expect(!(try TestSupport.evidence(word, in: s).rules.contains { $0.hasPrefix("shifter(") }), "\(text): \(word)")
      }
      #expect(s.stance.optimism > 0, "\(text): \(s.stance.optimism)")
    }
    // A term that ends at the shifter's infinitive `to` governs it and is
    // no subject: the agreement is not stopped.
    let agreed = TestSupport.firstSentence("The coast guards agreed to stop boarding each other's boats.", engine)
    #expect(try TestSupport.evidence("agreed to", in: agreed).rules.isEmpty)
    #expect(agreed.stance.optimism > 0)
    let expected = TestSupport.firstSentence("The fighting is expected to end soon.", engine)
    #expect(try TestSupport.evidence("fighting", in: expected).rules.contains { $0.hasPrefix("shifter(") })
    // A negated shifter prevents nothing: the act took place.
    let failed = TestSupport.firstSentence("Hardliners failed to prevent the two leaders from signing the agreement.", engine)
    #expect(!(try TestSupport.evidence("signing", in: failed).rules.contains { $0.hasPrefix("shifter(") }))
  }
}

/// A subject described by a relative clause or an aside before the
/// shifter's verb group is the shifter's subject, not a term of its
/// description, and the description ends with it (session 68).
@Suite struct DescribedSubjectTests {
  @Test func theSubjectIsTheNounPhraseBeforeItsDescription() throws {
    let engine = try TestSupport.engine()
    let text = "A quarrel over fishing rights that had threatened to wreck the truce was resolved on Monday."
    let s = TestSupport.firstSentence(text, engine)
    #expect(try TestSupport.evidence("quarrel", in: s).rules == ["shifter(resolved) ×-0.75"])
    for word in ["threatened", "wreck", "truce"] {
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.value == 0 && cue.rules.first == "shifter(resolved) ×0", "\(word): \(cue.rules)")
    }
    #expect(s.stance.optimism > 0)
    // Across an aside too, and a shifter that ends in a preposition with
    // nothing after it has a subject: "declared over".
    for text in [
      "The cholera outbreak that overwhelmed the valley's clinics has been declared over.",
      "The outbreak, which closed every school in the district, has been declared over.",
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(try TestSupport.evidence("outbreak", in: s).rules.contains { $0.hasPrefix("shifter(declared over)") }, "\(text)")
      #expect(s.stance.optimism > 0, "\(text): \(s.stance.optimism)")
    }
  }

  /// A subject a shifter of its own description reversed already is not
  /// reversed twice; a subject with no valence gives the shifter none.
  @Test func whatTheShifterLeaves() throws {
    let engine = try TestSupport.engine()
    let dropped = TestSupport.firstSentence("A joint statement that officials had hoped to release was quietly dropped.", engine)
    let statement = try TestSupport.evidence("joint statement", in: dropped)
    #expect(statement.rules.filter { $0.hasPrefix("shifter(") }.count == 1, "\(statement.rules)")
    #expect(statement.value < 0)
    let plain = TestSupport.firstSentence("The panel that had praised the truce was scrapped.", engine)
    #expect(try TestSupport.evidence("truce", in: plain).rules.allSatisfy { !$0.hasPrefix("shifter(") })
  }
}

/// A mask of a verb and its preposition (`ended in`, `stopped on`) before
/// a phrase of time yields to the verb: the preposition says when.
@Suite struct MaskBeforeTimeTests {
  @Test func theVerbShiftsItsSubjectBeforeAPhraseOfTime() throws {
    let engine = try TestSupport.engine()
    for (text, term, trigger, good) in [
      ("The war ended in 2019.", "war", "ended in", true),
      ("The shelling ended on Tuesday.", "shelling", "ended on", true),
      ("The siege of the port ended in the spring.", "siege", "ended in", true),
      ("The fighting stopped in May, residents said.", "fighting", "stopped in", true),
      ("The blockade ended in early March.", "blockade", "ended in", true),
      ("The dispute was settled on a Tuesday.", "dispute", "settled on", true),
      ("The ceasefire ended on Friday.", "ceasefire", "ended on", false),
      ("A decade of relative calm ended in 1998.", "relative calm", "ended in", false),
      // A span: alone, after a number or a number word.
      ("The siege ended after 18 months.", "siege", "ended after", true),
      ("The curfew ended after three days.", "curfew", "ended after", true),
      ("The ceasefire ended after only six weeks.", "ceasefire", "ended after", false),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(try TestSupport.evidence(term, in: s).rules.contains { $0.hasPrefix("shifter(\(trigger))") }, "\(text)")
      #expect((s.stance.optimism > 0) == good, "\(text): \(s.stance.optimism)")
    }
  }

  /// What the preposition opens is no time: the mask holds ("ended in a
  /// stalemate", "ended in violent clashes"); nor a span a participle
  /// dates, nor a denied end.
  @Test func theMaskHoldsOtherwise() throws {
    let engine = try TestSupport.engine()
    for (text, term) in [
      ("The war ended in a bloody stalemate.", "war"),
      ("The war ended in 1,500 deaths.", "war"),
      ("Violence rose in the year ending in March.", "Violence"),
      ("The war did not end in 2019.", "war"),
      ("The march ended in violent clashes with police.", "clashes"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(term, in: s)
      #expect(cue.rules.allSatisfy { !$0.hasPrefix("shifter(") }, "\(text): \(cue.rules)")
      #expect(cue.value < 0, "\(text): \(cue.value)")
    }
  }
}

/// A noun of a meeting or an undertaking that heads a shifter's subject is
/// what ends or stalls: the terms of what it was about are not reversed.
@Suite struct MeetingSubjectTests {
  @Test func aMeetingEndsNotItsTopic() throws {
    let engine = try TestSupport.engine()
    for (text, term) in [
      ("The crisis talks ended on Tuesday.", "crisis"),
      ("The latest round of talks on the aftermath of the war ended on Wednesday.", "war"),
      ("A meeting meant to address the standoff ended abruptly.", "standoff"),
      // An undertaking, as a meeting.
      ("The search for survivors of the ferry disaster ended after eleven days.", "disaster"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(term, in: s)
      #expect(cue.rules.allSatisfy { !$0.hasPrefix("shifter(") }, "\(text): \(cue.rules)")
    }
    // Not a meeting in a phrase after the term, nor one before a comma,
    // nor one whose relative clause the term opens.
    for (text, term) in [
      ("Violence after the talks eased.", "Violence"),
      ("After the talks, violence eased.", "violence"),
      ("Delegates at the talks said violence in the north had eased.", "violence"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(try TestSupport.evidence(term, in: s).rules.contains { $0.hasPrefix("shifter(") }, "\(text)")
    }
  }
}

/// A shifter's subject across the term's own `of` or `for` phrase of a
/// few words.
@Suite struct OwnPhraseSubjectTests {
  @Test func theSubjectReachesAcrossItsOwnOfPhrase() throws {
    let engine = try TestSupport.engine()
    for (text, term, good) in [
      ("Hopes of an early reopening of the coal mines have faded.", "Hopes", false),
      ("The blockade of the port of Ostra ended in March.", "blockade", true),
      ("Fears for the safety of the crew have eased.", "Fears", true),
      // The head before its own phrase goes with the term in it.
      ("Hopes of an early return of the displaced families have faded.", "Hopes", false),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(try TestSupport.evidence(term, in: s).rules.contains { $0.hasPrefix("shifter(") }, "\(text)")
      #expect((s.stance.optimism > 0) == good, "\(text): \(s.stance.optimism)")
    }
  }
}

@Suite struct OpeningSubjectTests {
  @Test func theHeadOfAnOpeningNounPhraseIsTheSubjectAcrossItsPhrases() throws {
    let engine = try TestSupport.engine()
    for (text, term, good) in [
      ("Looting of shops in the commercial district of Hallor subsided.", "Looting", true),
      ("Tensions on the Dorran peninsula have eased.", "Tensions", true),
      ("Hopes of a breakthrough at the summit on border demarcation receded.", "Hopes", false),
      ("Attacks on aid convoys travelling the southern highway stopped entirely.", "Attacks", true),
      ("Funding for the school meals programme in the south of Kelvar ended in June.", "Funding", false),
      // The head's attribute when its noun has no valence.
      ("Forced deportations from the camps halted in late July.", "Forced", true),
      // An attribute of the head's sign goes with it.
      ("Forced evictions from the old quarter halted in June.", "Forced", true),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(try TestSupport.evidence(term, in: s).rules.contains { $0.hasPrefix("shifter(") }, "\(text)")
      #expect((s.stance.optimism > 0) == good, "\(text): \(s.stance.optimism)")
    }
  }

  @Test func aTermOfTheOtherSignInThePhraseIsNotReversed() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("Attacks on aid convoys travelling the southern highway stopped entirely.", engine)
    #expect(try !TestSupport.evidence("aid convoys", in: s).rules.contains { $0.hasPrefix("shifter(") })
  }

  @Test func aVerbInThePhraseEndsTheSubject() throws {
    let engine = try TestSupport.engine()
    // `worried` is the clause's verb: the shelling is what stopped, not
    // the looting that opens the sentence.
    let s = TestSupport.firstSentence("Looting of shops near the market worried traders until the shelling of the port stopped.", engine)
    #expect(try !TestSupport.evidence("Looting", in: s).rules.contains { $0.hasPrefix("shifter(") })
  }

  @Test func aPhraseOfManyPlainWordsIsAClause() throws {
    let engine = try TestSupport.engine()
    // `the hill towns leave shops shut`: four plain words in a row are a
    // clause, not a noun phrase; the shelling is what stopped.
    let s = TestSupport.firstSentence("Fierce clashes in the hill towns leave shops shut after the shelling stopped.", engine)
    #expect(try !TestSupport.evidence("clashes", in: s).rules.contains { $0.hasPrefix("shifter(") })
  }

  @Test func aThingThatIsOverHasEnded() throws {
    let engine = try TestSupport.engine()
    for text in ["The currency crisis may be over.", "The outbreak has run its course."] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(s.stance.optimism > 0, "\(text): \(s.stance.optimism)")
    }
    // Before a noun phrase `over` is a preposition.
    let s = TestSupport.firstSentence("The dispute is over the border.", engine)
    #expect(try !TestSupport.evidence("dispute", in: s).rules.contains { $0.hasPrefix("shifter(") })
  }

  @Test func aVerbOfSeemingAndToBelongToTheVerbGroup() throws {
    let engine = try TestSupport.engine()
    for (text, term, good) in [
      ("Tensions in the capital appear to have eased.", "Tensions", true),
      ("Progress on the water pipeline to the settlements appears to have stopped.", "Progress", false),
      ("The embargo on medical supplies is expected to be lifted next week.", "embargo", true),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(try TestSupport.evidence(term, in: s).rules.contains { $0.hasPrefix("shifter(") }, "\(text)")
      #expect((s.stance.optimism > 0) == good, "\(text): \(s.stance.optimism)")
    }
  }
}

/// A mask marked `place` (`ended in`, `stopped at`) yields to the verb
/// before a plain place; an adverb of manner right after a shifter is no
/// object (session 70).
@Suite struct MaskBeforePlaceTests {
  @Test func theVerbShiftsBeforeAPlainPlace() throws {
    let engine = try TestSupport.engine()
    for (text, term) in [
      ("The curfew ended in Ulmar on Friday.", "curfew"),
      ("The wildfire stopped at the edge of the forest reserve.", "wildfire"),
      ("The shelling stopped in the old town.", "shelling"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(try TestSupport.evidence(term, in: s).rules.contains { $0.hasPrefix("shifter(") }, "\(text)")
      #expect(s.stance.optimism > 0, "\(text): \(s.stance.optimism)")
    }
  }

  @Test func theMaskHoldsBeforeAResultOrWhereThePlaceIsAHome() throws {
    let engine = try TestSupport.engine()
    for (text, term) in [
      ("The war ended in a stalemate.", "war"),
      ("The offensive ended in the collapse of the front.", "offensive"),
      ("The displaced families settled in the valley.", "displaced"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(try !TestSupport.evidence(term, in: s).rules.contains { $0.hasPrefix("shifter(") }, "\(text)")
    }
  }

  @Test func anAdverbOfMannerIsNoObject() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("The protests ended peacefully.", engine)
    #expect(try !TestSupport.evidence("peacefully", in: s).rules.contains { $0.hasPrefix("shifter(") })
    #expect(try TestSupport.evidence("protests", in: s).rules.contains { $0.hasPrefix("shifter(") })
    #expect(s.stance.optimism > 0)
  }
}

/// A doubt that is a shifter's subject is settled by as much as the
/// verb's weight (session 70).
@Suite struct HedgeSubjectTests {
  @Test func aDoubtThatEndsIsSettled() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("Months of speculation ended on Monday.", engine)
    let e = try TestSupport.evidence("speculation", in: s)
    #expect(e.value == 0 && e.rules.contains { $0.hasPrefix("shifter(") })
    #expect(s.stance.hedgingLabel == .assertive)
  }

  @Test func aVerbOfSeemingIsNoSubject() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("The floodwaters appear to be receding.", engine)
    #expect(try !TestSupport.evidence("appear", in: s).rules.contains { $0.hasPrefix("shifter(") })
    #expect(s.stance.hedgingLabel == .hedged)
  }
}
