/// Verbs of ending, removing or preventing reverse the evaluation of what
/// they act on: "ending a dispute", "lifted the sanctions", "averted a
/// collapse" are good news; "ended the ceasefire", "destroyed any hope" are
/// bad news. A shifter of weight w turns the valence `v` of its object into
/// `-shifterScale × w × v`:
/// - the object is the first valence term after it in the same clause,
///   with at most `shifterWindow` content words between ("lifted [the]
///   sanctions", "ending [three weeks of] clashes": determiners,
///   quantifiers and `of` do not count), and no other preposition
///   between or opening the term (the massacre of "suspended after the
///   massacre" and the `without a deal` of "ended without a deal" are not
///   objects: the subject is); after a concessive aside that denies a
///   stronger verb the object follows the aside ("slowed, if not halted,
///   the smuggling");
/// - after a noun phrase, `from` and a verb in -ing, the object is that
///   act ("stop rebels from attacking convoys"), with an agent of its
///   sign; an agent of the other sign is reversed alone ("prevented
///   militants from rebuilding");
/// - with no such term, it is the nearest valence term before it in the
///   clause, at most `shifterSubjectWindow` tokens away, or
///   `shifterSubjectReach` across the subject's own `of` phrase, or
///   across its own `of` or `for` phrase of up to four plain words ("the
///   blockade [of the port of Ostra] ended"), or
///   across a `between` phrase or a place after `in` of any length
///   ("tensions between India and China eased", "cholera cases in the
///   river town fell"), and not across `as` or a subordinator, nor a term
///   that ends at the shifter's infinitive `to` ("agreed to stop"): the
///   subject of an intransitive or passive use ("shelling eased", "the
///   dispute was resolved", "hopes [of a deal have] dwindled"), with the
///   terms of its sign before it
///   in the subject ("hopes for an early agreement have faded"), or the
///   head before a prepositional phrase of the other sign ("attacks on
///   aid convoys have declined"); not for a shifter that ends in a
///   preposition ("after months of", "an end to"), whose object can
///   only follow, unless the preposition ends the clause ("the outbreak
///   has been declared over."); where a relative clause or an aside on
///   the unit's subject stands before the shifter's verb group, the
///   subject's own term, and what the clause or aside said of it counts
///   nothing ("a quarrel that had threatened to wreck the truce was
///   resolved"); and not a term of what a meeting or an undertaking that
///   heads the subject was about ("talks on the aftermath of the war
///   ended": `occasionHeads`);
/// - in every case the terms of the same sign that follow in the clause
///   describe the object and go with it, within `shifterObjectSpan`.
/// An epistemic hedge that is the shifter's object is settled, and counts
/// nothing ("ended months of uncertainty", "ruled out any possibility").
/// A negator between the shifter and its object takes over ("ended
/// without an agreement"). A shifter entry of weight 0 masks a phrase
/// where the verb does not shift ("ended in", "ended with"); before a
/// phrase of time a mask of a verb and its preposition yields to the verb,
/// which then reverses its subject ("the war ended in 2019":
/// `verbBeforeTime`). Unlike negation the flip is symmetric.
/// A quantity (`QuantityChangeRule`) that modifies the noun after it is
/// no object ("eased trade restrictions" eases the restrictions), and a
/// shifter of rising before one (`lift`, marked `rise`: "lift farm
/// exports") reverses nothing: the quantity's rule reads it as a rise.
public struct ShifterRule: StanceRule {
  public let name = "shifter"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.shifter.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let p = context.parameters
    for i in 0..<s.count where s[i].category == .shifter {
      if s[i].weight == 0 {
        // A mask of a verb before a phrase of time: "the war ended in
        // 2019", "the shelling stopped in May". Not with a term after the
        // phrase ("ended on Wednesday without agreement": a failure, as
        // `ended without an agreement` below).
        if let w = verbBeforeTime(i, s, context) ?? verbBeforePlace(i, s, context), s.negatedBy(i, orBooster: false) == nil, object(of: i, s, context) == nil {
          reverseSubject(of: i, factor: -p.shifterScale * w, &s, context)
        }
        continue
      }
      if s.negatedBy(i, orBooster: false) != nil { continue }
      // A shifter of rising before a quantity raises it (`lift exports`:
      // `QuantityChangeRule`), and reverses nothing.
      if raisesQuantity(i, s, context) { continue }
      // "ended months of uncertainty", "put an end to weeks of
      // speculation", "ruled out any possibility": what was in doubt is
      // settled.
      let hedge = hedgeObject(of: i, s, context)
      if let h = hedge { s.apply(.shifter, to: h, factor: 0, trigger: i) }
      let factor = -p.shifterScale * s[i].weight
      // "prevent minor incidents from escalating", "stop rebels from
      // attacking convoys": what is stopped is the act after `from`, and
      // an agent of its sign goes with it ("violent groups from
      // attacking"). An agent of the other sign is what the shifter
      // reverses, as before: in "prevented militants from rebuilding
      // their camps" the militants lost, whatever their act is called.
      if let act = preventedAct(of: i, s, context), !hasNegator(between: i, act, s) {
        let agent = object(of: i, s, context).flatMap { $0 < act ? $0 : nil }
        if agent.map({ (s[$0].value > 0) == (s[act].value > 0) }) ?? true {
          if let x = agent { s.apply(.shifter, to: x, factor: factor, trigger: i) }
          s.apply(.shifter, to: act, factor: factor, trigger: i)
          reversePhrase(of: act, step: 1, &s, factor: factor, trigger: i, span: p.shifterObjectSpan, context)
          continue
        }
      }
      if let j = object(of: i, s, context) {
        // A negator in between governs the term instead: "ended without an
        // agreement" is a failure, not the end of an agreement. (Not one
        // in a concessive aside: "slowed, if not halted, the smuggling".)
        let from = Self.asideEnd(after: Int(s[i].end), s.tokens.upperBound, context) ?? Int(s[i].end)
        if hasNegator(between: i, j, s, from: from) { continue }
        s.apply(.shifter, to: j, factor: factor, trigger: i)
        // What describes the object goes with it: "ending a dispute that
        // has dragged on", "ending three weeks of clashes and the suffering
        // they caused".
        reversePhrase(of: j, step: 1, &s, factor: factor, trigger: i, span: p.shifterObjectSpan, context)
        if opensParticipialClause(i, s, context) { reverseClauseRest(after: j, &s, factor: factor, trigger: i) }
        continue
      }
      // A relative clause on the object says what is avoided or ended:
      // "avoid any action, military or otherwise, that could escalate
      // tensions".
      if let j = relativeClauseTerm(after: i, s, context) {
        if !hasNegator(between: i, j, s) {
          s.apply(.shifter, to: j, factor: factor, trigger: i)
          reversePhrase(of: j, step: 1, &s, factor: factor, trigger: i, span: p.shifterObjectSpan, context)
          if opensParticipialClause(i, s, context) { reverseClauseRest(after: j, &s, factor: factor, trigger: i) }
        }
        continue
      }
      // In a participial clause the object may be plain and what the
      // clause says of it in a relative clause: `…, ending years of
      // halting negotiations that had at one point collapsed`, `…, ending
      // talks that had raised hopes of a deal`.
      if opensParticipialClause(i, s, context), let j = termAfterRelative(of: i, s, context) {
        if !hasNegator(between: i, j, s) {
          s.apply(.shifter, to: j, factor: factor, trigger: i)
          reverseClauseRest(after: j, &s, factor: factor, trigger: i)
        }
        continue
      }
      // A noun phrase right after the shifter is its object, even with
      // nothing evaluative in it: "the accord ended the fighting season"
      // does not end the accord.
      if context.opensNounPhrase(at: Int(s[i].end), before: s.tokens.upperBound) { continue }
      // Nor has a shifter that ends in a preposition any subject: "a swap
      // brokered by Oman after months of quiet talks" ends the months, not
      // the brokering. (Unless the preposition ends the clause, an
      // adverb's: "the outbreak has been declared over.")
      if context.wordClass(Int(s[i].end) - 1).isPreposition, Int(s[i].end) < s.tokens.upperBound,
        context.document.tokens[Int(s[i].end)].kind != .punctuation, context.document.tokens[Int(s[i].end)].kind != .terminal
      { continue }
      // Nor one whose object was a hedge: "the treaty rules out any
      // possibility of new bases" does not rule out the treaty.
      if hedge != nil { continue }
      reverseSubject(of: i, factor: factor, &s, context)
    }
  }

  /// Reverses, by `factor`, the subject of shifter cue `i` (a shifter
  /// with no object): the subject's own term where a relative clause or
  /// an aside describes it (what they said of it counts nothing), or the
  /// nearest valence term before the shifter within reach; its head, and
  /// the terms of its phrase.
  private func reverseSubject<Cues: RuleCues>(of i: Int, factor: Double, _ s: inout Cues, _ context: RuleContext) {
    let p = context.parameters
    // A doubt that ends is settled, as one that is ended ("months of
    // speculation ended on Monday"); one that eases, by as much as the
    // verb's weight ("doubts over the count have faded" leaves a tenth).
    if let h = hedgeSubject(of: i, s, context), p.shifterScale > 0 {
      s.apply(.shifter, to: h, factor: max(0, 1 + factor / p.shifterScale), trigger: i)
    }
    // A subject with a relative clause or an aside before the shifter's
    // verb group is its noun phrase, not a term of the clause: "a border
    // dispute that had threatened the ceasefire was settled".
    let described = describedSubject(of: i, s, context)
    if described.found && described.term == nil { return }
    if let nearest = described.term ?? subject(of: i, s, context), described.found || reaches(subject: nearest, of: i, s, context),
      described.found || !Self.occasionHeads(subject: s[nearest], of: s[i], from: s.tokens.lowerBound, context)
    {
      // What the background said of the subject ends with it: in "a
      // quarrel that had threatened to wreck the truce was resolved"
      // the threat is resolved too, and counts nothing.
      for k in 0..<i where s[k].category == .valence && s[k].value != 0 && described.background.contains(Int(s[k].start)) {
        s.apply(.shifter, to: k, factor: 0, trigger: i)
      }
      // The whole subject goes: in "hopes for an early agreement have
      // faded" the head is "hopes".
      reverseHead(head(ofSubject: nearest, s, context) ?? nearest, of: i, factor: factor, phrase: false, &s, context)
    } else if !described.found, let h = openingHead(of: i, s, context),
      !Self.occasionHeads(subject: s[h], of: s[i], from: s.tokens.lowerBound, context)
    {
      // The unit opens with the subject's noun phrase, its head and then
      // prepositional phrases of any length: "looting of shops in the
      // commercial district of Hallor subsided".
      reverseHead(h, of: i, factor: factor, phrase: true, &s, context)
    }
  }

  /// Reverses, by `factor`, the subject's head `j` of shifter cue `i`,
  /// and the terms of its sign before it (its attributes, "forced
  /// evictions"; the subject before its `of` phrase) and, with `phrase`,
  /// after it (the terms of its prepositional phrases).
  private func reverseHead<Cues: RuleCues>(_ j: Int, of i: Int, factor: Double, phrase: Bool, _ s: inout Cues, _ context: RuleContext) {
    let span = context.parameters.shifterObjectSpan
    let badSubject = s[j].value < 0
    s.apply(.shifter, to: j, factor: factor, trigger: i)
    // A verb of falling that is bad news by itself ("exports plunged") is
    // good news when what falls is bad: in "casualties plunged" the fall
    // is the subject's reversal, not a second loss.
    if badSubject, context.marked.fall.contains(s[i].entry) { s.dropOwnLoss(of: i, as: .shifter) }
    reversePhrase(of: j, step: -1, &s, factor: factor, trigger: i, span: span, context)
    if phrase { reversePhrase(of: j, step: 1, &s, factor: factor, trigger: i, span: span, context) }
  }

  /// The head term of the noun phrase that opens the unit and is the
  /// subject of shifter cue `i`: the last valence term of the phrase's
  /// head, at most `openingHeadWords` words (determiners, adjectives,
  /// plain words, names, possessives), then prepositional
  /// phrases of any length up to the shifter's verb group
  /// (`isPhraseChain`): "tensions [on the Dorran peninsula have] eased",
  /// "attacks [on aid convoys travelling the southern highway] stopped",
  /// "hopes [of a breakthrough at the summit on border demarcation]
  /// receded". Nil when a verb, a clause word or punctuation stands
  /// between, or the head holds no term.
  private func openingHead<Cues: RuleCues>(of i: Int, _ s: Cues, _ context: RuleContext) -> Int? {
    let lower = s.tokens.lowerBound
    let shifter = Int(s[i].start)
    let tokens = context.document.tokens
    // The head: words up to the first preposition.
    var p = lower
    while p < shifter, p - lower <= Self.openingHeadWords {
      let t = tokens[p]
      guard t.kind == .word || t.kind == .clitic || t.kind == .number else { return nil }
      let c = context.wordClass(p)
      if c.isPreposition { break }
      switch c {
      case .determiner, .quantifier, .adjective: break
      // (A word in -ed before the noun is its attribute: "forced
      // deportations", "armed clashes".)
      case .none where context.endsED(p): guard p + 1 < shifter, context.wordClass(p + 1) == .none else { return nil }
      case .none where !context.isAdverb(p): break
      default: return nil
      }
      p += 1
    }
    guard p > lower, p < shifter, context.wordClass(p).isPreposition,
      Self.isPhraseChain(p..<shifter, context)
    else { return nil }
    // The last term of the head, untouched, in the shifter's clause: the
    // head noun, or its attribute when the noun has no valence ("forced
    // deportations").
    var h: Int?
    for k in 0..<i where s[k].category == .valence && s[k].value != 0 && Int(s[k].end) <= p && Int(s[k].start) >= lower {
      h = k
    }
    guard let h, s[h].appliedCount == 0, s.clause(ofCue: h) == s.clause(ofCue: i) else { return nil }
    return h
  }

  /// The most words the head of an opening noun phrase may hold
  /// (`openingHead`: "the long standoff").
  private static let openingHeadWords = 4

  /// Tokens `range` are prepositional phrases and then a verb group
  /// (`isVerbGroup`): prepositions, determiners, quantifiers, adjectives,
  /// `and`, names, numbers, possessives and plain words; a word in -ed
  /// only before a preposition ("attached to", "imposed during"), a
  /// participle that describes a noun of the phrase. At most
  /// `phraseChainTokens` tokens before the verb group.
  private static func isPhraseChain(_ range: Range<Int>, _ context: RuleContext) -> Bool {
    let tokens = context.document.tokens
    var k = range.lowerBound
    // Lower-case plain words since the last preposition, determiner or
    // participle: a noun phrase holds a few ("the old harbour estates");
    // more are a clause ("villages describe the looting").
    var plain = 0
    while k < range.upperBound {
      if k > range.lowerBound, isVerbGroup(k..<range.upperBound, context) { return true }
      guard k - range.lowerBound < phraseChainTokens else { return false }
      let t = tokens[k]
      guard t.kind == .word || t.kind == .clitic || t.kind == .number else { return false }
      let c = context.wordClass(k)
      if c.isPreposition || c == .determiner {
        plain = 0
        k += 1
        continue
      }
      switch c {
      case .quantifier, .adjective, .and: break
      case .none where context.endsED(k):
        guard k + 1 < range.upperBound, context.wordClass(k + 1).isPreposition else { return false }
      // (A participle opens a phrase of its own: "the river dividing east
      // and west Dunmar".)
      case .none where context.endsING(k): plain = 0
      case .none:
        if t.kind == .word, !t.isCapitalized {
          plain += 1
          guard plain <= phrasePlainWords else { return false }
        }
      default: return false
      }
      k += 1
    }
    // (The phrases run up to the shifter: "looting of shops subsided".)
    return true
  }

  /// The most tokens of prepositional phrases between an opening head and
  /// the verb group (`isPhraseChain`).
  private static let phraseChainTokens = 16
  /// The most lower-case plain words in a row of such a phrase's noun
  /// phrase (`isPhraseChain`).
  private static let phrasePlainWords = 3

  /// Whether a noun of a meeting (`talks`, `meeting`: marked `meeting`)
  /// or of an undertaking (`search`, `trial`: marked `undertaking`) heads
  /// the subject whose term is `term`, a shifter's `shifter`: right
  /// after the term and its plain words, before the verb group ("the
  /// crisis talks ended"), or before the term in one phrase with it, the
  /// term among its modifiers ("talks on the aftermath of the war ended on
  /// Wednesday", "a meeting meant to break a deadlock ended", "the search
  /// for survivors of the disaster ended"). A meeting or an undertaking
  /// ends or stalls; what it was about does not. Before the term, the
  /// occasion's phrase opens with a preposition or a past form and `to`,
  /// and holds only plain words (none in -ed), determiners, quantifiers,
  /// adjectives, prepositions, numbers and past forms before `to`, from
  /// `lower` on; no relative word stands between the term and the
  /// shifter.
  static func occasionHeads(subject term: Cue, of shifter: Cue, from lower: Int, _ context: RuleContext) -> Bool {
    let words = context.marked.words
    guard words.hasAny(.meeting) || words.hasAny(.undertaking) else { return false }
    /// A meeting or an undertaking at token `k`.
    func isOccasion(_ k: Int) -> Bool { words.has(.meeting, k, in: context.document) || words.has(.undertaking, k, in: context.document) }
    let document = context.document
    /// A past form (`meant`, `designed`) and `to` at token `k`.
    func opensInfinitive(_ k: Int) -> Bool {
      (context.wordClass(k) == .pastVerb || context.endsED(k)) && context.wordClass(k + 1) == .to
    }
    // (A relative clause on the term has it for its subject: "climate
    // negotiations for harm that can no longer be prevented".)
    for k in Int(term.end)..<Int(shifter.start) {
      switch context.wordClass(k) {
      case .that, .relative, .wh: return false
      default: continue
      }
    }
    var k = Int(term.end)
    while k < Int(shifter.start), document.tokens[k].kind == .word, context.wordClass(k) == .none, !context.isAdverb(k) {
      if isOccasion(k) { return true }
      k += 1
    }
    k = Int(term.start) - 1
    while k >= lower {
      let t = document.tokens[k]
      guard t.kind == .word || t.kind == .number else { return false }
      switch context.wordClass(k) {
      case .none where t.kind == .word:
        // The occasion's own phrase opens after it: "talks [on]",
        // "a meeting [meant to]" (not "talks said violence …").
        if isOccasion(k) {
          return context.wordClass(k + 1).isPreposition || (k + 2 < Int(term.start) && opensInfinitive(k + 1))
        }
        if context.endsED(k) && context.wordClass(k + 1) != .to { return false }
      case .none, .determiner, .quantifier, .adjective, .preposition, .objectPreposition, .nameConnector, .to: break
      case .pastVerb where context.wordClass(k + 1) == .to: break
      default: return false
      }
      k -= 1
    }
    return false
  }

  /// The weight of the verb of mask cue `i` (`MarkedEntries.masks`: `ended
  /// in`, `stopped on`) when its last word is a preposition that opens a
  /// phrase of time (`RuleContext.opensPhraseOfTime`): the preposition
  /// says when, not what the verb acts on, and the verb shifts its
  /// subject. Nil otherwise, the mask's case ("ended in a stalemate"),
  /// and for a verb in -ing, which before a phrase of time most often
  /// dates a span ("in the year ending in March").
  private func verbBeforeTime<Cues: RuleCues>(_ i: Int, _ s: Cues, _ context: RuleContext) -> Double? {
    guard let w = context.marked.verbWeight(ofMask: s[i].entry), context.wordClass(Int(s[i].end) - 1).isPreposition, !context.endsING(Int(s[i].start)),
      context.opensPhraseOfTime(at: Int(s[i].end), before: s.tokens.upperBound)
    else { return nil }
    return w
  }

  /// The weight of the verb of mask cue `i` when the mask is marked
  /// `place` (`ended in`, `stopped at`: `MarkedEntries.placeMasks`) and a
  /// plain place follows it: a noun phrase of determiners, adjectives,
  /// names and plain words up to the clause's end or the next
  /// preposition, with no valence term in it ("the curfew ended in Ulmar
  /// on Friday", "the fire stopped at the edge of the reserve"). What
  /// follows names where, not the result ("ended in a stalemate", "ended
  /// in the collapse of the talks"), and the verb shifts its subject. Not
  /// for a verb in -ing (`verbBeforeTime`).
  private func verbBeforePlace<Cues: RuleCues>(_ i: Int, _ s: Cues, _ context: RuleContext) -> Double? {
    guard context.marked.placeMasks.contains(s[i].entry), let w = context.marked.verbWeight(ofMask: s[i].entry),
      !context.endsING(Int(s[i].start))
    else { return nil }
    let start = Int(s[i].end)
    let tokens = context.document.tokens
    var k = start
    phrase: while k < s.tokens.upperBound {
      guard tokens[k].kind == .word || tokens[k].kind == .number || tokens[k].kind == .clitic else { break }
      switch context.wordClass(k) {
      case .determiner, .quantifier, .adjective: break
      case .none where !context.endsED(k) && !context.endsING(k) && !context.isAdverb(k): break
      case let c where c.isPreposition || c == .and || c == .or || c == .but || c == .subordinator || c == .that || c == .relative || c == .as: break phrase
      default: return nil
      }
      k += 1
    }
    guard k > start else { return nil }
    for j in (i + 1)..<s.count where Int(s[j].start) < k && s[j].category == .valence && s[j].value != 0 { return nil }
    return w
  }

  /// Whether shifter cue `i` opens a participial clause set off by a comma
  /// or a dash: `…, ending a dispute that has dragged on for a decade and
  /// left the stock badly overfished`, `— closing a long ordeal that began
  /// when the country defaulted`. Such a clause tells what the main clause
  /// ended, and all it says of that is what was ended.
  private func opensParticipialClause<Cues: RuleCues>(_ i: Int, _ s: Cues, _ context: RuleContext) -> Bool {
    let t = Int(s[i].start)
    guard t > s.tokens.lowerBound, context.isCommaOrDash(t - 1) else { return false }
    return context.endsING(t)
  }

  /// The first valence term after the relative word (`that`, `which`,
  /// `who`) that ends the plain noun phrase after shifter cue `i`: a few
  /// words, with no preposition but `of`/`for`, no verb and no
  /// conjunction (`RuleContext.breaksNounPhrase`).
  private func termAfterRelative<Cues: RuleCues>(of i: Int, _ s: Cues, _ context: RuleContext) -> Int? {
    let start = Int(s[i].end)
    let limit = min(s.tokens.upperBound, start + 8)
    var relative = -1
    var k = start
    while k < limit {
      let w = context.wordClass(k)
      if w == .that || w == .relative {
        relative = k
        break
      }
      if context.document.tokens[k].kind != .word { return nil }
      k += 1
    }
    guard relative > start, !context.breaksNounPhrase(in: start..<relative) else { return nil }
    var j = i + 1
    while j < s.count {
      let c = s[j]
      if Int(c.start) > relative {
        if c.category.opensClause { return nil }
        if c.category == .valence && c.weight != 0 { return j }
      }
      j += 1
    }
    return nil
  }

  /// Reverses, after the object `j` of a participial shifter clause, the
  /// untouched terms of the object's sign up to the end of the unit, a
  /// clause opener (contrast, concessive, condition) or another shifter:
  /// the relative clauses and their coordinates that describe what was
  /// ended (`reversePhrase` stops at the first modifier and within
  /// `shifterObjectSpan`).
  private func reverseClauseRest<Cues: RuleCues>(after j: Int, _ s: inout Cues, factor: Double, trigger i: Int) {
    let sign = s[j].weight > 0
    var k = j + 1
    while k < s.count {
      let c = s[k]
      if c.category.opensClause || (c.category == .shifter && c.weight > 0) { break }
      if c.category == .valence && c.weight != 0 && (c.weight > 0) == sign && c.appliedCount == 0 {
        s.apply(.shifter, to: k, factor: factor, trigger: i)
      }
      k += 1
    }
  }

  /// The words in `range`, between a term and the subject after it, end
  /// the subject's noun phrase: the first word of a clause there is an
  /// auxiliary or opens another clause ("the danger was that …"), not
  /// `that` or a relative word opening the term's own relative clause
  /// ("a bitter row that led to …"). Prepositions do not end it ("hopes
  /// for an early agreement").
  private func endsSubject(in range: Range<Int>, _ context: RuleContext) -> Bool {
    for k in range {
      switch context.wordClass(k) {
      case .that, .relative: return false
      case .be, .have, .do, .modal, .wh, .subordinator: return true
      default: continue
      }
    }
    return false
  }

  /// The first valence term of a relative clause (`that`, `which`) on the
  /// object noun phrase after shifter cue `i`: the phrase is a few words
  /// with no verb, preposition or conjunction of its own, perhaps with an
  /// aside of up to four words between commas ("any action, military or
  /// otherwise, that …"); the term opens the relative clause's verb
  /// group (after at most auxiliaries, modals, negations and adverbs),
  /// within `shifterObjectSpan` tokens of the relative word.
  private func relativeClauseTerm<Cues: RuleCues>(after i: Int, _ s: Cues, _ context: RuleContext) -> Int? {
    let tokens = context.document.tokens
    let end = s.tokens.upperBound
    var k = Int(s[i].end)
    var relative = -1
    while k < end, k < Int(s[i].end) + 12 {
      if context.isComma(k) {
        // An aside set off by commas: up to four words, then a comma.
        var c = k + 1
        while c < end, c <= k + 5, !context.isComma(c) { c += 1 }
        guard c < end, c <= k + 5, c > k + 1 else { return nil }
        k = c + 1
        continue
      }
      guard tokens[k].kind == .word || tokens[k].kind == .number else { return nil }
      let w = context.wordClass(k)
      if w == .that || w == .relative {
        relative = k
        break
      }
      switch w {
      case .none, .determiner, .quantifier, .adjective, .adverb, .nameConnector: k += 1
      default: return nil
      }
    }
    // (At least a word of the object first: `ended that` has none.)
    guard relative > Int(s[i].end) else { return nil }
    var j = i + 1
    while j < s.count {
      let c = s[j]
      if Int(c.start) > relative + context.parameters.shifterObjectSpan { return nil }
      if Int(c.start) > relative, c.category == .valence, c.weight != 0 {
        // The clause's own verb group: only auxiliaries, modals, negations
        // and adverbs between (in "subsidies that drive overfishing broke
        // down" the term is the main clause's).
        return Self.isVerbGroup((relative + 1)..<Int(c.start), context) ? j : nil
      }
      j += 1
    }
    return nil
  }

  /// Some cue strictly between cues `i` and `j` is a negator (starting at
  /// token `from` or later, when given).
  private func hasNegator<Cues: RuleCues>(between i: Int, _ j: Int, _ s: Cues, from: Int = 0) -> Bool {
    var k = i + 1
    while k < j {
      if s[k].category == .negator && Int(s[k].start) >= from { return true }
      k += 1
    }
    return false
  }

  /// When shifter cue `i` heads the predicate of the unit's subject and
  /// a relative clause or an aside on that subject stands between them
  /// (`BackgroundRule.subject`): `found`, the subject's last valence
  /// term, if any, and the background's tokens (empty without a term).
  /// Only auxiliaries, modals, negations and adverbs may stand between
  /// the background and the shifter.
  private func describedSubject<Cues: RuleCues>(of i: Int, _ s: Cues, _ context: RuleContext) -> (found: Bool, term: Int?, background: Range<Int>) {
    let start = Int(s[i].start)
    guard let found = BackgroundRule.subject(of: s, context), found.predicate <= start,
      Self.isVerbGroup(found.predicate..<start, context)
    else { return (false, nil, 0..<0) }
    var term: Int? = nil
    for j in 0..<i where s[j].category == .valence && found.subject.contains(Int(s[j].start)) { term = j }
    // A term a shifter of the clause reversed already is that shifter's
    // ("a joint statement that officials had hoped to release was
    // dropped"): it is not reversed twice.
    if let j = term, s[j].value != 0, (s[j].value > 0) != (s[j].weight > 0) { return (true, nil, 0..<0) }
    return (true, term, term == nil ? 0..<0 : found.background)
  }

  /// The nearest valence cue before cue `i` that ends before it starts, in
  /// its clause, and is no adverb of manner on the shifter's own verb
  /// group.
  private func subject<Cues: RuleCues>(of i: Int, _ s: Cues, _ context: RuleContext) -> Int? {
    let clauseID = s.clause(ofCue: i)
    var k = i - 1
    while k >= 0 {
      if s[k].category == .valence && s[k].end <= s[i].start && s.clause(ofCue: k) == clauseID
        && !isManner(s[k], of: s[i], context)
      {
        return k
      }
      k -= 1
    }
    return nil
  }

  /// Whether the subject `j` is near enough to the shifter `i`: at most
  /// `shifterSubjectWindow` tokens before it ("shelling [in the region]
  /// eased"), or at most `shifterSubjectReach` with only its own `of` or
  /// `for` phrase and the verb group between: one word besides
  /// determiners, quantifiers, `of`/`for`, auxiliaries and adverbs
  /// ("hopes [of a deal have] dwindled"). (A longer phrase opened by
  /// another preposition, "violations [along the northern line had]
  /// fallen", lowered dev optimism in session 49.)
  private func reaches<Cues: RuleCues>(subject j: Int, of i: Int, _ s: Cues, _ context: RuleContext) -> Bool {
    let p = context.parameters
    let gap = Int(s[i].start - s[j].end)
    // A term that ends at the shifter's infinitive `to` governs the
    // shifter, it is no subject: in "the coast guards agreed to stop
    // boarding each other's boats" the agreement is not stopped (while
    // "the fighting is expected to end" ends the fighting).
    if gap <= 1, context.wordClass(Int(s[i].start) - 1) == .to { return false }
    if gap > 1, Self.acrossPair(from: Int(s[j].end), to: Int(s[i].start), context) || Self.acrossOwnPhrase(from: Int(s[j].end), to: Int(s[i].start), context) { return true }
    guard gap <= max(p.shifterSubjectWindow, p.shifterSubjectReach) else { return false }
    var words = 0
    var onlyWords = true
    for k in Int(s[j].end)..<Int(s[i].start) {
      let kind = context.document.tokens[k].kind
      if kind != .word && kind != .clitic { onlyWords = false }
      switch context.wordClass(k) {
      // No term before `as` or a subordinator, which open another
      // clause: in "homes without electricity as temperatures fell" the
      // temperatures fell. (Not `that`, `which` or a question word:
      // stopping at those too lowered dev optimism in session 49.)
      case .as, .subordinator: return false
      case .determiner, .quantifier, .nameConnector, .adverb, .be, .have, .do, .modal: continue
      case .none where context.isAdverb(k): continue
      default: words += 1
      }
    }
    return gap <= p.shifterSubjectWindow || (onlyWords && words <= 1)
  }

  /// Whether the tokens from `start` to the shifter at `end` are a phrase
  /// opened by a preposition that takes a pair (`between`, marked `pair`)
  /// or a place (`in`, marked `container`), after at most the plain noun
  /// the term modifies, and then the verb group: `tensions [between India
  /// and China] eased`, `armed clashes [between the army and the ELN have]
  /// fallen`, `cholera [cases in the river town] fell`. The
  /// phrase is at most `pairPhraseWords` words (names, determiners, plain
  /// words, one `and`), with no punctuation, verb or other preposition
  /// but `of`; the verb group only auxiliaries, negations and adverbs.
  /// Such a phrase belongs to the noun before it, whatever its length:
  /// the reach of any other phrase (`along the northern line`) stays
  /// short.
  private static func acrossPair(from start: Int, to end: Int, _ context: RuleContext) -> Bool {
    var start = start
    // The term may modify the subject's head: "cholera [cases] in the
    // river town fell".
    if start + 1 < end, context.document.tokens[start].kind == .word, context.wordClass(start) == .none, !context.isAdverb(start), !context.endsED(start) { start += 1 }
    guard context.wordClass(start) == .preposition, context.marked.words.has(.pair, start, in: context.document) || context.marked.words.has(.container, start, in: context.document) else { return false }
    let tokens = context.document.tokens
    var k = start + 1
    var words = 0
    var ands = 0
    // The pair: words up to the verb group (or the shifter).
    phrase: while k < end {
      guard tokens[k].kind == .word || tokens[k].kind == .number else { return false }
      switch context.wordClass(k) {
      case .and:
        ands += 1
        guard ands == 1, words > 0 else { return false }
      case .determiner, .quantifier, .nameConnector, .adjective: break
      // (A word in -ly counts as one of the phrase: `between Italy and
      // Albania`; `gradually eased` adds a word.)
      case .none: words += 1
      case .be, .have, .do, .modal, .negation, .adverb: break phrase
      default: return false
      }
      k += 1
    }
    guard words > 0, words <= pairPhraseWords else { return false }
    return isVerbGroup(k..<end, context)
  }

  /// Whether the tokens from `start` to the shifter at `end` are the
  /// term's own `of` or `for` phrase and then the verb group: `hopes [of
  /// an early reopening of the coal mines have] faded`, `the blockade [of
  /// the port of Ostra] ended`. The phrase holds determiners,
  /// quantifiers, adjectives, `of`/`for` and at most `ownPhraseWords`
  /// plain words, adverbs or numbers (no word in -ed), with no
  /// punctuation or other preposition.
  private static func acrossOwnPhrase(from start: Int, to end: Int, _ context: RuleContext) -> Bool {
    var k = start
    // Up to the verb group, the rest of the tokens (an adverb may stand
    // in the phrase: "an early reopening").
    while k < end, !isVerbGroup(k..<end, context) { k += 1 }
    return isOwnPhrase(start..<k, context)
  }

  /// Tokens `range` are an `of` or `for` phrase (`acrossOwnPhrase`).
  private static func isOwnPhrase(_ range: Range<Int>, _ context: RuleContext) -> Bool {
    guard !range.isEmpty, context.wordClass(range.lowerBound) == .nameConnector else { return false }
    let tokens = context.document.tokens
    var words = 0
    for k in range.dropFirst() {
      guard tokens[k].kind == .word || tokens[k].kind == .number else { return false }
      switch context.wordClass(k) {
      case .determiner, .quantifier, .adjective, .nameConnector: break
      case .none, .adverb:
        if context.endsED(k) { return false }
        words += 1
      default: return false
      }
    }
    return words > 0 && words <= ownPhraseWords
  }

  /// The most plain words the term's own `of` phrase may hold
  /// (`acrossOwnPhrase`).
  private static let ownPhraseWords = 4

  /// Tokens `range` hold only a verb group's auxiliaries, modals,
  /// negations and adverbs (grammar adverbs or words in -ly), or nothing.
  /// A verb of seeming or a form of `be` and `to` count too, with a word
  /// between (`appear to have`, `is expected to`, `are likely to`): the
  /// subject is still the shifter's.
  private static func isVerbGroup(_ range: Range<Int>, _ context: RuleContext) -> Bool {
    for k in range {
      switch context.wordClass(k) {
      case .be, .have, .do, .modal, .negation, .adverb: continue
      case .none where context.isAdverb(k): continue
      case .to where k > range.lowerBound && (context.wordClass(k - 1) == .be || (k - 2 >= range.lowerBound && context.wordClass(k - 2) == .be)): continue
      case .none, .adjective:
        guard k > range.lowerBound, k + 1 < range.upperBound, context.wordClass(k - 1) == .be, context.wordClass(k + 1) == .to else { return false }
      default: return false
      }
    }
    return true
  }

  /// The most plain words a `between` phrase may hold (`between the
  /// Ministry of Defence and the National Liberation Army`: six).
  private static let pairPhraseWords = 6

  /// The head of a subject whose last term `j` sits in a prepositional
  /// phrase: the term just before, of the other sign, joined to it by a
  /// preposition and at most two determiners or plain words, or by its
  /// own `of` phrase (`isOwnPhrase`). In "attacks on aid convoys have
  /// declined" the attacks declined, not the convoys.
  private func head<Cues: RuleCues>(ofSubject j: Int, _ s: Cues, _ context: RuleContext) -> Int? {
    // (A reporting cue on the head's word, `hopes`, `fears`, comes after
    // its valence cue.)
    var i = j - 1
    while i > 0, s[i].category == .report, s[i - 1].start == s[i].start { i -= 1 }
    guard i >= 0 else { return nil }
    let h = s[i]
    guard h.category == .valence, h.weight != 0, (h.weight > 0) != (s[j].weight > 0), h.appliedCount == 0,
      h.end < s[j].start, s.clause(ofCue: i) == s.clause(ofCue: j)
    else { return nil }
    let between = Int(h.end)..<Int(s[j].start)
    // (Or the head's own `of` phrase of a few words: "hopes [of an early
    // return of the] displaced families have faded".)
    if between.count > 3, Self.isOwnPhrase(between, context) { return i }
    guard between.count <= 3, context.wordClass(between.lowerBound).isPreposition else { return nil }
    for k in between.dropFirst() {
      guard context.document.tokens[k].kind == .word else { return nil }
      switch context.wordClass(k) {
      case .determiner, .quantifier: continue
      case .none where !context.isAdverb(k): continue
      default: return nil
      }
    }
    return i
  }

  /// Whether `term` is an adverb in `-ly` inside the verb group of
  /// `shifter`: after an auxiliary, another adverb or `and`/`or`, with
  /// only such words (or quotation marks) up to the shifter. It says how
  /// the act was done, not what it ended: "had deliberately and
  /// dangerously cut across the bow", "the dispute was amicably
  /// resolved". (A noun in `-ly` follows a determiner or an adjective:
  /// "the rally faded".)
  private func isManner(_ term: Cue, of shifter: Cue, _ context: RuleContext) -> Bool {
    let k = Int(term.start)
    guard Int(term.end) == k + 1, k > 0, context.isAdverb(k) else { return false }
    func inVerbGroup(_ t: Int) -> Bool {
      // (Quotation marks may set the adverbs off: `had “deliberately and
      // dangerously” cut across`.)
      if context.document.tokens[t].kind == .quote { return true }
      switch context.wordClass(t) {
      case .be, .have, .do, .modal, .adverb, .and, .or, .negation: return true
      case .none: return context.isAdverb(t)
      default: return false
      }
    }
    guard inVerbGroup(k - 1) else { return false }
    for t in Int(term.end)..<Int(shifter.start) where !inVerbGroup(t) { return false }
    return true
  }

  /// The shifter's object: the first valence term after cue `i` in its
  /// clause, within `shifterObjectSpan` tokens, with no preposition,
  /// conjunction or verb group between, and either at most
  /// `shifterWindow` content words between (`RuleContext.contentWords`) or
  /// a noun phrase opening right after the shifter, which the term ends:
  /// "ending [nearly three years of sporadic border] clashes".
  private func object<Cues: RuleCues>(of i: Int, _ s: Cues, _ context: RuleContext) -> Int? {
    let p = context.parameters
    let trigger = s[i]
    let clauseID = s.clause(ofCue: i)
    // After a concessive aside the object follows it, in whatever clause
    // the aside's commas leave it (the window still bounds it).
    let aside = Self.asideEnd(after: Int(trigger.end), s.tokens.upperBound, context)
    let from = aside ?? Int(trigger.end)
    var j = i + 1
    while j < s.count {
      let c = s[j]
      let gap = Int(c.start) - from
      if gap > max(p.shifterWindow, p.shifterObjectSpan) { return nil }
      if Int(c.start) >= from, aside != nil || s.clause(ofCue: j) == clauseID, c.category == .valence {
        // A quantity that modifies the noun after it is not the object:
        // "eased trade restrictions" eases the restrictions.
        if context.marked.isQuantity(c.entry) && Self.modifiesNoun(after: Int(c.end), s.tokens.upperBound, context) {
          j += 1
          continue
        }
        // Nor an adverb of manner right after the verb: "the protests
        // ended peacefully" ended the protests.
        if Int(c.end) == Int(c.start) + 1, context.isAdverb(Int(c.start)), (from..<Int(c.start)).allSatisfy({ context.isAdverb($0) || context.wordClass($0) == .adverb }) {
          j += 1
          continue
        }
        return Self.objectReach(from: from, to: Int(c.start), context) ? j : nil
      }
      j += 1
    }
    return nil
  }

  /// Whether a cue starting at token `start` is reached as the object of
  /// a shifter whose words end at `from`: no preposition between or
  /// opening it (in "suspended indefinitely after the massacre" the
  /// massacre was not suspended; "the talks ended without a deal" is no
  /// end of a failure), and at most `shifterWindow` tokens or content
  /// words between, or a noun phrase opening right after the shifter
  /// ("lifted [all of the] sanctions").
  private static func objectReach(from: Int, to start: Int, _ context: RuleContext) -> Bool {
    let w = context.parameters.shifterWindow
    guard !context.breaksNounPhrase(in: from..<(start + 1)) else { return false }
    return start - from <= w || context.contentWords(in: from..<start) <= w || context.opensNounPhrase(at: from, before: start)
  }

  /// An epistemic hedge that is shifter `i`'s object: the first cue after
  /// it in its clause is a hedge of doubt (`uncertainty`, `speculation`,
  /// `possibility`) in the shifter's reach of an object (`objectReach`:
  /// "ended [months of] uncertainty", "ruled out [any] possibility"). Nil
  /// otherwise.
  private func hedgeObject<Cues: RuleCues>(of i: Int, _ s: Cues, _ context: RuleContext) -> Int? {
    // The first cues after the shifter's words (cues inside them, as
    // `end` of `put an end to`, are not), one of them the hedge: `doubts`
    // is a valence term and a hedge.
    var j = i + 1
    while j < s.count, s[j].start < s[i].end { j += 1 }
    guard j < s.count else { return nil }
    let start = Int(s[j].start)
    while j < s.count, s[j].start == start, s[j].category != .hedgeEpistemic { j += 1 }
    guard j < s.count, s[j].start == start, s[j].category == .hedgeEpistemic, s.clause(ofCue: j) == s.clause(ofCue: i) else { return nil }
    return Self.objectReach(from: Int(s[i].end), to: start, context) ? j : nil
  }

  /// An epistemic hedge that is shifter `i`'s subject: the nearest cue
  /// before the shifter in its clause, with only the verb group between
  /// (`isVerbGroup`) or its own phrase up to it (`isPhraseChain`):
  /// "speculation [had] ended", "doubts [over the count have] faded".
  private func hedgeSubject<Cues: RuleCues>(of i: Int, _ s: Cues, _ context: RuleContext) -> Int? {
    var k = i - 1
    while k >= 0, s[k].end > s[i].start { k -= 1 }
    guard k >= 0 else { return nil }
    // (The hedge among the cues on its word: `doubts` is a valence term,
    // a hedge and a report.)
    let end = s[k].end
    var h: Int?
    while k >= 0, s[k].end == end {
      if s[k].category == .hedgeEpistemic { h = k }
      k -= 1
    }
    // (A noun: not a verb of seeming in the verb group, `appear to be
    // receding`, nor an adverb or a participle.)
    guard let h, s.clause(ofCue: h) == s.clause(ofCue: i) else { return nil }
    let last = Int(s[h].end) - 1
    guard context.wordClass(last) == .none, !context.isAdverb(last), !context.endsED(last) else { return nil }
    let between = Int(s[h].end)..<Int(s[i].start)
    guard Self.isVerbGroup(between, context) || (context.wordClass(between.lowerBound).isPreposition && Self.isPhraseChain(between, context)) else { return nil }
    return h
  }

  /// The first valence term of the act a shifter prevents: after a noun
  /// phrase right after shifter cue `i` (at most `agentTokens` words:
  /// determiners, quantifiers, adjectives, plain words, `of`), `from`
  /// (marked `origin`) and a verb in -ing; the term is that verb or one
  /// of the next `actTokens` tokens, in the clause ("stop rebels from
  /// attacking convoys", "prevent incidents from escalating into a
  /// confrontation").
  private func preventedAct<Cues: RuleCues>(of i: Int, _ s: Cues, _ context: RuleContext) -> Int? {
    let tokens = context.document.tokens
    let start = Int(s[i].end)
    let end = s.tokens.upperBound
    var k = start
    while k < end, k <= start + Self.agentTokens {
      guard tokens[k].kind == .word || tokens[k].kind == .number else { return nil }
      switch context.wordClass(k) {
      case .determiner, .quantifier, .adjective, .nameConnector, .none: k += 1
      case .preposition where k > start && context.marked.words.has(.origin, k, in: context.document):
        let verb = k + 1
        guard verb < end, context.endsING(verb) else { return nil }
        let clauseID = s.clause(ofCue: i)
        var j = i + 1
        while j < s.count, Int(s[j].start) <= verb + Self.actTokens {
          if Int(s[j].start) >= verb, s[j].category == .valence, s[j].value != 0, s.clause(ofCue: j) == clauseID { return j }
          j += 1
        }
        return nil
      default: return nil
      }
    }
    return nil
  }

  /// The most words of the agent between a shifter and `from` ("the new
  /// coast guard units": five).
  private static let agentTokens = 6

  /// How far after the verb in -ing the prevented act's term may start
  /// ("from carrying out attacks": two).
  private static let actTokens = 3

  /// The token after a concessive aside that follows a shifter ending
  /// before token `start`: set off by commas, opened by a subordinator or
  /// `but` and denying a stronger verb, at most `asideTokens` tokens
  /// between its commas: "slowed, if not halted, the smuggling",
  /// "reduced, but did not eliminate, the rations", "cut, though it did
  /// not wipe out, the harvest". The shifter's object follows it.
  private static func asideEnd(after start: Int, _ limit: Int, _ context: RuleContext) -> Int? {
    guard start + 2 < limit, context.isComma(start) else { return nil }
    switch context.wordClass(start + 1) {
    case .subordinator, .but: break
    default: return nil
    }
    var negated = false
    var k = start + 2
    while k < limit, k <= start + 1 + asideTokens {
      if context.isComma(k) { return negated && k + 1 < limit ? k + 1 : nil }
      if context.wordClass(k) == .negation { negated = true }
      k += 1
    }
    return nil
  }

  /// The most tokens between the commas of a concessive aside ("though it
  /// did not wipe out": six).
  private static let asideTokens = 6

  /// Whether shifter `i` is a word of rising (`lift`, marked `rise`) whose
  /// object would be a quantity (`lift farm exports`): a rise of the
  /// quantity, not a reversal of anything.
  private func raisesQuantity<Cues: RuleCues>(_ i: Int, _ s: Cues, _ context: RuleContext) -> Bool {
    // (Most units have no quantity after the shifter: they look up no mark.)
    let marked = context.marked
    guard !marked.quantity.isEmpty, (i + 1..<s.count).contains(where: { s[$0].category == .valence && marked.isQuantity(s[$0].entry) }) else { return false }
    guard marked.words.has(.rise, Int(s[i].start), in: context.document), let j = object(of: i, s, context) else { return false }
    return marked.isQuantity(s[j].entry)
  }

  /// Whether the word at token `k` (before `limit`) is a plain noun that
  /// the word before it modifies: a word with no class, no adverb in -ly,
  /// no verb in -ed and no word of rising or dropping ("trade
  /// restrictions", not "exports sharply", "exports rose", "exports
  /// recovered").
  private static func modifiesNoun(after k: Int, _ limit: Int, _ context: RuleContext) -> Bool {
    guard k < limit, context.document.tokens[k].kind == .word, context.wordClass(k) == .none, !context.isAdverb(k), !context.endsED(k) else { return false }
    let words = context.marked.words
    return !words.has(.rise, k, in: context.document) && !words.has(.drop, k, in: context.document)
  }

  /// Reverses, with the term `j` the shifter took, the terms of the same
  /// sign beside it in its clause (`step` 1: after it, -1: before it)
  /// within `span` tokens, up to the first modifier: the rest of the phrase
  /// that term belongs to. After the object that phrase may run on into a
  /// relative clause ("a dispute that has dragged on"). Before a subject it
  /// is the subject's own noun phrase: a term whose own relative clause
  /// holds the subject goes with it ("a bitter row that led to expulsions
  /// is easing"), but otherwise an auxiliary, `that` or a clause word ends
  /// it: in "the danger was that exhausted ministers would stop", the
  /// danger is not what stops.
  private func reversePhrase<Cues: RuleCues>(of j: Int, step: Int, _ s: inout Cues, factor: Double, trigger i: Int, span: Int, _ context: RuleContext) {
    let clauseID = s.clause(ofCue: j)
    let sign = s[j].weight > 0
    var k = j + step
    var edge = Int(s[j].start)
    var after = Int(s[j].end)
    var related = false
    while k >= 0, k < s.count, s.clause(ofCue: k) == clauseID {
      let c = s[k]
      let gap = step > 0 ? Int(c.start - s[j].end) : Int(s[j].start - c.end)
      if gap > span || (c.category != .valence && c.axis == nil) { break }
      if step < 0 {
        if Int(c.end) < edge, endsSubject(in: Int(c.end)..<edge, context) { break }
        // Only a term moves the edge: the words of a hedge or a booster
        // between two terms are checked with the rest ("the danger is
        // that weary negotiators will stop": `danger is that` holds the
        // verb that ends `danger`'s phrase).
        if c.category == .valence { edge = min(edge, Int(c.start)) }
      } else {
        // After the object, a verb group that no relative word opens is
        // the main clause's predicate: in "whether it stops shooting is
        // another question" the question is not what stops.
        // (The term's own first word counts: "is another question".)
        if !related, Int(c.start) >= after {
          var predicate = false
          for t in after...Int(c.start) {
            switch context.wordClass(t) {
            case .that, .relative, .and, .or: related = true
            case .be, .have, .do, .modal: predicate = true
            default: continue
            }
            if related || predicate { break }
          }
          if predicate { break }
        }
        after = max(after, Int(c.end))
      }
      // (Not a quantity that modifies a noun: "eased export quotas and
      // emissions caps" eases no emissions.)
      if c.category == .valence && c.weight != 0 && (c.weight > 0) == sign && c.appliedCount == 0
        && !(context.marked.isQuantity(c.entry) && Self.modifiesNoun(after: Int(c.end), s.tokens.upperBound, context)) {
        s.apply(.shifter, to: k, factor: factor, trigger: i)
      }
      k += step
    }
  }
}
