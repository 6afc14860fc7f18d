/// A negator reverses what it governs: cues that start within
/// `negationWindow` tokens after it, in the same clause (the scope ends at a
/// comma, semicolon, colon, dash, bracket, or a contrast or concessive
/// marker); a negator ending in `that` governs the whole clause it opens; a
/// negative subject at the head of its clause ("neither side", "no
/// government", "nobody") reaches the valence of its whole predicate, up to
/// the next clause word; a correction ("days, not weeks", "“technical, not
/// political”") only its phrase.
/// - valence `v` becomes `v × (1 − w(1 + s))`: with a full negator (w = 1),
///   `−s v`, where s is `negatedValenceScale` (0.75) for positive terms ("not
///   productive", "no sign of progress", "scant progress") and
///   `negatedNegativeScale` (0.25) for negative ones ("not bad"); a bad
///   term after a good one reversed first is the denied act's object and
///   keeps its sign ("would not repair the damage");
/// - a negated booster becomes a hedge ("not clear", "not certain");
/// - a negated hedge becomes a booster ("not possible" asserts), unless a
///   clause the negated verb embeds holds it: after `that` it still hedges
///   ("did not think that the plan could work"); in an embedded question it
///   counts for nothing ("declined to say when they might meet"); a raising
///   verb keeps its hedge ("neither side appeared to give ground").
/// - a negated shifter does not shift, and the negation ends with it: "did
///   not halt the fighting", "has not abandoned hope" leave the fighting as
///   bad and the hope as good as they were;
/// - a one-word modal after the denied predicate heads a verb phrase of its
///   own, and the negation ends before it: "a G20 unable to agree on
///   anything would probably be worse" keeps both hedges (not after a
///   negative subject: "no progress could be made" still denies);
/// - a negator that is a preposition (`without`) denies only the words
///   that open its object ("without clear evidence"); at a hedge or
///   booster past them the sentence's verb phrase begins and the negation
///   ends: "a deal without the armed groups could collapse", "agreements
///   signed without the armed groups tend to unravel";
/// - an aside between commas right after the negation word does not end
///   its clause: the clause after it is the negator's ("did not, in the
///   end, fully restore power");
/// - a verb of an event's coming about (mark `event`: `happen`,
///   `materialise`, `arrive`) denied denies its subject, and nothing after
///   it: "the threatened strike did not happen" is good news;
/// - a bad act right after a negator of failure or refusal (`mark:
///   refusal`: `failed to`, `refused to`) is averted, reversed as a good
///   act is, and the failure's own loss counts nothing ("the storm failed
///   to damage the harbour").
/// Fixed phrases such as "no doubt" are lexicon entries of their own and win
/// over their parts, so they are never seen here as negator plus hedge.
public struct NegationRule: StanceRule {
  public let name = "negation"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.negator.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let p = context.parameters
    for i in 0..<s.count where s[i].category == .negator {
      let w = s[i].weight
      // A negator that ends in `that` ("skeptical that", "doubted that")
      // governs the clause it opens, however long: "skeptical that the new
      // round would produce a breakthrough".
      // A correction ("technical, not political") governs its phrase only:
      // in "“technical, not political” and could probably be resolved" the
      // hedges stand.
      let correction = correctedPhraseEnd(s[i], context)
      let window = Self.opensClause(s[i], context) ? Int(s.tokens.count) : correction.map { $0 - Int(s[i].end) } ?? p.negationWindow
      // A negative subject at the head of its clause denies the whole
      // predicate: "neither side appears to be under enough pressure to
      // give ground". Past the window it reaches valence only; hedges and
      // boosters there keep their sense ("nobody was expecting a possibly
      // historic breakthrough").
      // A negator in the subject of a cleft denies its focus, however
      // long: "What we do not yet have is a shared idea of what fairness
      // looks like" (no fairness).
      // A verb of belief denied in the present passes the denial to the
      // clause under it, however long: "I don't think the talks will
      // produce a breakthrough" (no breakthrough).
      let valenceWindow = window < Int(s.tokens.count) && (Self.isInCleftSubject(s[i], in: s.tokens, context) || Self.deniesBeliefInPresent(s, i, context))
        ? Int(s.tokens.count)
        : window < Int(s.tokens.count) && Self.isClauseSubject(s[i], in: s.tokens, context) ? max(window, Self.predicateSpan(after: s[i], in: s.tokens, context)) : window
      let trigger = s[i]
      // "the threatened strike did not happen", "the promised aid never
      // arrived": a denied event denies its subject, and nothing after it
      // (where it did not happen is no object).
      if let subject = Self.deniedEventSubject(of: i, s, context) {
        for k in subject where s[k].category == .valence && s[k].value != 0 {
          let scale = s[k].value >= 0 ? p.negatedValenceScale : p.negatedNegativeScale
          s.apply(.negation, to: k, factor: 1 - w * (1 + scale), trigger: i)
        }
        continue
      }
      // "did not, in the end, fully restore power": the clause goes on
      // after the aside.
      let aside = Self.aside(after: i, s, context)
      let first = s.governed(by: i, from: i + 1, window: valenceWindow, aside: aside, where: { Self.reaches($0, from: trigger, window: window, aside: aside, valenceOnly: false) })
      if first == nil && p.bareNegationValence > 0 && w >= p.bareNegationMinWeight && correction == nil {
        // Nothing evaluative to reverse: in news, a denied action is itself
        // mildly bad news ("inspectors were unable to visit", "no partner
        // ready to discuss them", "the delegation did not attend"). Only
        // negators of `bareNegationMinWeight` or more count (the full and
        // near-full ones): "a long way from the airport" is a distance,
        // weighted below it.
        s.setValue(-p.bareNegationValence * w, axis: .optimism, of: i)
        s.record(.bareNegation, on: i, factor: s[i].value, trigger: i)
      }
      Self.reverse(&s, by: i, weight: w, first: first, window: window, valenceWindow: valenceWindow, aside: aside, context)
    }
  }

  /// A negator `trigger` reaches cue `c`: a shifter or valence, or within
  /// `window` tokens any cue with an axis (unless `valenceOnly`), not
  /// counting the tokens of an `aside` before it.
  @inline(__always)
  static func reaches(_ c: Cue, from trigger: Cue, window: Int, aside: Aside? = nil, valenceOnly: Bool) -> Bool {
    guard c.category != .shifter && c.category != .valence else { return true }
    guard !valenceOnly && c.axis != nil else { return false }
    var distance = c.start - trigger.end
    if let aside, c.start > aside.close { distance -= aside.skipped }
    return Int(distance) <= window
  }

  /// Reverses the cues `governed(by: i, …)` finds, from `first` on, as a
  /// negator of weight `w` (cue `i`, or a word acting as one: `ExcessRule`)
  /// within `window` tokens: valence, boosters and hedges as above, and
  /// a shifter ends it; up to `valenceWindow` tokens (when longer), valence
  /// and shifters only. `valenceOnly` leaves boosters and hedges alone. An
  /// `aside` after the negator is skipped (`aside(after:_:_:)`).
  static func reverse<Cues: RuleCues>(_ s: inout Cues, by i: Int, weight w: Double, first: Int?, window: Int, valenceWindow: Int? = nil, aside: Aside? = nil, valenceOnly: Bool = false, _ context: RuleContext) {
    let p = context.parameters
    var next = first
    // Where a negated shifter ends: the negation is spent on it.
    var spentAt: Int32? = nil
    // The sign of the first valence term reversed (positive: true).
    var firstSign: Bool? = nil
    // Where that first term starts and ends.
    var firstStart: Int32? = nil
    var firstEnd: Int32? = nil
    let trigger = s[i]
    let searched = max(window, valenceWindow ?? window)
    while let j = next {
      next = s.governed(by: i, from: j + 1, window: searched, aside: aside, where: { reaches($0, from: trigger, window: window, aside: aside, valenceOnly: valenceOnly) })
      let c = s[j]
      // "did not halt the fighting": the fighting goes on, as bad as it
      // was. Only cues on the shifter's own words ("abandoned" is also a
      // valence term) are still negated.
      if let end = spentAt, c.start >= end { break }
      if c.category == .shifter {
        s.record(.negation, on: j, factor: 0, trigger: i)
        if c.weight > 0 { spentAt = c.end }
        continue
      }
      if c.category == .valence {
        // A bad term after a good one reversed first is its object, which
        // the denial leaves as bad as it was: "would not repair the
        // damage", "did not solve the problems". (After a bad term first
        // the good one can be what is denied: "no one should mistake the
        // meeting for a breakthrough".)
        if c.value != 0 {
          if firstSign == true, c.value < 0 { continue }
          // A good term right after the bad one reversed first, with only
          // determiners between, is that act's object and keeps its sign
          // too: "had not given up on the agreement", "did not reject the
          // plan". (Further off it can be what is denied: "no one should
          // mistake the meeting for a breakthrough".)
          if firstSign == false, c.value > 0, let bad = firstEnd, isObject(c, after: bad, context) { continue }
          if firstSign == nil {
            firstEnd = c.end
            firstStart = c.start
            // A bad act right after a negator of failure or refusal
            // (`mark: refusal`) is averted: good news, as a good act
            // denied is bad ("failed to damage the harbour", "refused to
            // fire on the marchers").
            if c.value < 0, c.start == trigger.end, context.marked.refusal.contains(trigger.entry) {
              firstSign = false
              s.apply(.negation, to: j, factor: -p.negatedValenceScale, trigger: i)
              continue
            }
          }
          firstSign = firstSign ?? (c.value > 0)
        }
        let scale = c.value >= 0 ? p.negatedValenceScale : p.negatedNegativeScale
        s.apply(.negation, to: j, factor: 1 - w * (1 + scale), trigger: i)
      } else if c.category.isHedge || c.category == .booster, context.wordClass(Int(trigger.start)).isPreposition, !isObject(c, after: trigger.end, context) {
        // A negator that is a preposition (`without`) denies its object's
        // own words only ("without clear evidence"); a hedge or booster
        // past the object's head belongs to the sentence's verb phrase,
        // where the negation ends: "agreements signed without the armed
        // groups tend to unravel", "a deal without the armed groups could
        // collapse".
        next = nil
        continue
      } else if c.category == .booster {
        // A modal (class `modal` in grammar.tsv) denied denies the event,
        // not the certainty: "will not change", "nobody will be left
        // outside" are as firm as "will change"; it keeps its booster.
        if c.end == c.start + 1, context.wordClass(Int(c.start)) == .modal { continue }
        // value was −weight (booster mass); now it is hedge mass.
        s.apply(.negatedBooster, to: j, factor: -w * p.negatedBoosterHedge, trigger: i)
      } else if c.category.isHedge {
        // A raising verb (`appear`, `seem`: class `be` in grammar.tsv)
        // keeps its hedge; the negation is of the clause under it:
        // "neither side appeared to give ground" is "it appeared that
        // neither side gave ground".
        if c.end == c.start + 1, context.wordClass(Int(c.start)) == .be { continue }
        // So does a verb of belief denied in the present (`belief` in its
        // note): "I do not think the talks will succeed" is "I think they
        // will not", and the denial goes on to the clause under it.
        if Self.deniesBeliefInPresent(trigger, c, context) { continue }
        // (A negator that ends in `that` opens the clause itself: in
        // "skeptical that the round would …" the modal still hedges.)
        let from = opensClause(trigger, context) ? trigger.end - 1 : trigger.end
        switch embeddingWord(between: from, and: c.start, context) {
        case .that: break
        case .wh: s.apply(.negatedHedge, to: j, factor: 0, trigger: i)
        default:
          // A modal after the denied predicate heads a verb phrase of its
          // own: in "a G20 unable to agree on anything would probably be
          // worse" only the agreeing is denied. (Not after a negative
          // subject, whose predicate the modal is: "no progress could be
          // made".)
          if firstSign != nil, c.end == c.start + 1, context.wordClass(Int(c.start)) == .modal, !isClauseSubject(trigger, in: s.tokens, context) {
            next = nil
            continue
          }
          s.apply(.negatedHedge, to: j, factor: -w * p.negatedHedgeBoost, trigger: i)
        }
      }
    }
    // A failure or refusal of a bad act is no loss: in "the storm failed
    // to damage the harbour", "soldiers refused to fire on the crowd" the
    // negator's own words (`failed`, `refused`, bad news of their own in
    // the valence files) count nothing. Only for the act itself, right
    // after the negator: a bad term further on is as often the object of
    // a good act refused ("refused to release the jailed journalists").
    if firstSign == false, firstStart == trigger.end { s.dropOwnLoss(of: i, as: .negation) }
  }

  /// Negator `i` denies a verb of belief in the present: a cue after it
  /// (`deniesBeliefInPresent(_:_:_:)`).
  private static func deniesBeliefInPresent<Cues: RuleCues>(_ s: Cues, _ i: Int, _ context: RuleContext) -> Bool {
    guard !context.marked.belief.isEmpty else { return false }
    var j = i + 1
    while j < s.count, s[j].start <= s[i].end + 1 {
      if s[j].category.isHedge, deniesBeliefInPresent(s[i], s[j], context) { return true }
      j += 1
    }
    return false
  }

  /// Negator `trigger` denies a verb of belief `c` in the present: `c` is
  /// a hedge entry marked `belief`, at most one word after the negator,
  /// which is one word after a form of `do` other than its past (`did`,
  /// mark `past`: "we did not expect to solve everything" is a belief
  /// given up, which asserts).
  private static func deniesBeliefInPresent(_ trigger: Cue, _ c: Cue, _ context: RuleContext) -> Bool {
    let belief = context.marked.belief
    guard !belief.isEmpty, trigger.end == trigger.start + 1, trigger.start >= 1, c.start >= trigger.end, c.start - trigger.end <= 1, belief.contains(c.entry) else { return false }
    let auxiliary = Int(trigger.start) - 1
    return context.wordClass(auxiliary) == .do && !context.marked.words.has(.past, auxiliary, in: context.document)
  }

  /// The aside that interrupts negator `i`'s clause right after it, when
  /// there is one: a comma after the negation word (`not`, `never`; or
  /// after one raising verb, `does not appear,`), at most `asideTokens`
  /// tokens with no other punctuation, quotation mark or end, and a comma
  /// before the next cue: "did not, in the end, fully restore power", "has
  /// not, contrary to earlier warnings, slowed the flow". The clause after
  /// the aside is the negator's, nearer by the aside's tokens. (Not after
  /// `no`, which answers: "said no, citing costs, and left".)
  static func aside<Cues: RuleCues>(after i: Int, _ s: Cues, _ context: RuleContext) -> Aside? {
    let c = s[i]
    let upper = s.tokens.upperBound
    var comma = Int(c.end)
    // (The comma first, a byte or two: most negators have a word after
    // them, and only then are word classes looked up.)
    guard comma + 3 < upper else { return nil }
    if !context.isComma(comma) {
      guard context.isComma(comma + 1), context.wordClass(comma) == .be else { return nil }
      comma += 1
    }
    guard comma + 2 < upper, context.wordClass(Int(c.end) - 1) == .negation else { return nil }
    let all = context.document.tokens
    var close = comma + 1
    while true {
      guard close < upper, close - comma <= asideTokens + 1 else { return nil }
      let kind = all[close].kind
      if kind == .punctuation {
        guard context.isComma(close), close > comma + 1 else { return nil }
        break
      }
      guard kind == .word || kind == .number || kind == .clitic else { return nil }
      close += 1
    }
    // The clause it resumes: that of the first cue after it, with no
    // punctuation between (else the aside's clause is not the one that
    // follows it).
    var j = i + 1
    while j < s.count, Int(s[j].start) <= close { j += 1 }
    guard j < s.count else { return nil }
    for k in close + 1..<Int(s[j].start) where all[k].kind != .word && all[k].kind != .number && all[k].kind != .clitic { return nil }
    return Aside(close: Int32(close), clause: s.clause(ofCue: j), skipped: Int32(close + 1) - c.end)
  }

  /// The most tokens between the commas of a negator's aside ("at least
  /// in their current form and with the current mediators" is eleven).
  static let asideTokens = 12

  /// The cues of the subject of the event negator `i` denies, when it
  /// denies one: it holds a negation word (`not`, `never`, `not yet`) and
  /// is followed, past at most two adverbs, by a verb of an event's coming
  /// about (mark `event` in grammar.tsv: `happen`, `occur`, `materialize`,
  /// `arrive`); the subject's cues are those before the negator in its
  /// clause that start at most `eventSubjectReach` tokens before it, with
  /// no word that opens a clause between ("the feared second wave of
  /// infections has not arrived"). Nil when there is no such verb, or no
  /// valence term in the subject.
  static func deniedEventSubject<Cues: RuleCues>(of i: Int, _ s: Cues, _ context: RuleContext) -> Range<Int>? {
    let c = s[i]
    let upper = s.tokens.upperBound
    // The subject's cues: those before the negator in its clause, within
    // reach. (Found first, from the cues alone: most negators have no
    // valence term just before them, and no word is looked up for them.)
    let clause = s.clause(ofCue: i)
    var lo = i
    while lo > 0, s[lo - 1].end <= c.start, Int(c.start - s[lo - 1].start) <= eventSubjectReach, s.clause(ofCue: lo - 1) == clause { lo -= 1 }
    guard (lo..<i).contains(where: { s[$0].category == .valence && s[$0].value != 0 }) else { return nil }
    let words = context.marked.words, document = context.document
    var k = Int(c.end)
    while k < upper, k < Int(c.end) + 2, context.wordClass(k) == .adverb || (context.wordClass(k) == .none && context.isAdverb(k)) { k += 1 }
    guard k < upper, words.has(.event, k, in: document) else { return nil }
    // (`not yet`: the negation word need not be the last.)
    guard (Int(c.start)..<Int(c.end)).contains(where: { context.wordClass($0) == .negation }) else { return nil }
    // No clause opens between the subject's first cue and the negator:
    // "officials said that …", "families who fled …".
    var first = lo
    for t in Int(s[lo].start)..<Int(c.start) {
      switch context.wordClass(t) {
      case .that, .relative, .wh, .subordinator, .as, .but, .timePreposition:
        while first < i, s[first].start <= Int32(t) { first += 1 }
      default: continue
      }
    }
    // (A subject with no valence leaves the denial bare: "the money might
    // not arrive until late in the year".)
    guard (first..<i).contains(where: { s[$0].category == .valence && s[$0].value != 0 }) else { return nil }
    return first..<i
  }

  /// How far before a denied event's negator its subject may start ("A
  /// feared collapse of the truce apparently did not occur": nine
  /// tokens).
  static let eventSubjectReach = 10

  /// Cue `c` follows the token before `end` with only determiners and
  /// quantifiers between: the object of the term that ends there.
  private static func isObject(_ c: Cue, after end: Int32, _ context: RuleContext) -> Bool {
    guard c.start >= end, c.start - end <= 2 else { return false }
    for k in Int(end)..<Int(c.start) {
      switch context.wordClass(k) {
      case .determiner, .quantifier: continue
      default: return false
      }
    }
    return true
  }

  /// `within days, not weeks`, `a pause, not a peace`, `“technical, not
  /// political” and …`: a negator right after a comma before a short
  /// phrase with no verb word, ending its clause or its quotation,
  /// corrects a word; it denies no action. The token where the phrase
  /// ends, or nil when `c` is no correction. (A list read as one, as in
  /// `“no date, no agenda and, frankly, not much appetite”`, loses the
  /// bare negation of its last item.)
  private func correctedPhraseEnd(_ c: Cue, _ context: RuleContext) -> Int? {
    let tokens = context.document.tokens
    let text = context.document.text
    let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";")
    let start = Int(c.start)
    guard start > 0, context.isComma(start - 1) else { return nil }
    var k = Int(c.end)
    while k < tokens.count, k - Int(c.end) <= 4 {
      switch tokens[k].kind {
      case .terminal: return k > Int(c.end) ? k : nil
      case .punctuation:
        let b = text[Int(tokens[k].start)]
        return k > Int(c.end) && (b == comma || b == semicolon) ? k : nil
      case .quote where k > Int(c.end) && !tokens[k].spaceBefore:
        // A closing mark (no space before it) ends the quoted phrase.
        return k
      default:
        switch context.wordClass(k) {
        case .be, .have, .do, .modal, .to, .that, .relative, .wh, .subordinator, .pastVerb: return nil
        default: k += 1
        }
      }
    }
    return nil
  }

  /// The first `that` or wh-word between the negator and a cue (`.none`
  /// when there is neither): the cue is then in a clause the negated verb
  /// embeds. A relative word counts as `that` (`did not back a plan which
  /// could …`), and as a wh-word after a preposition, where it asks
  /// (`could not agree on who would decide`).
  private static func embeddingWord(between end: Int32, and start: Int32, _ context: RuleContext) -> WordClass {
    var k = Int(end)
    while k < Int(start) {
      let w = context.wordClass(k)
      if w == .that || w == .wh { return w }
      if w == .relative { return k > Int(end) && context.wordClass(k - 1).isPreposition ? .wh : .that }
      k += 1
    }
    return .none
  }

  /// Negator `c` is the subject of its clause, or its determiner: it
  /// stands at the clause's head (the unit's start, or after punctuation,
  /// `that`, a coordinator or a subordinator) and is no preposition
  /// ("without a deal the fighting will go on" keeps its short scope), and
  /// what follows it is a word that is no determiner ("no deal was
  /// reached", "nobody expects", but not "not the end").
  static func isClauseSubject(_ c: Cue, in tokens: Range<Int>, _ context: RuleContext) -> Bool {
    let k = Int(c.start), end = Int(c.end)
    let all = context.document.tokens
    guard end < tokens.upperBound, all[end].kind == .word else { return false }
    // The clause's head first: most negators (`did not`) fail there.
    var before = k - 1
    while before >= tokens.lowerBound && all[before].kind == .quote { before -= 1 }
    if before >= tokens.lowerBound && all[before].kind != .punctuation {
      switch context.wordClass(before) {
      case .that, .and, .or, .but, .subordinator: break
      default: return false
      }
    }
    // (`instead of`, `far from`, `lack of`: a preposition's object, not a
    // subject.)
    let first = context.wordClass(k), last = context.wordClass(end - 1)
    if first.isPreposition || first == .adverb || last.isPreposition { return false }
    switch context.wordClass(end) {
    case .determiner, .quantifier: return false
    default: return true
    }
  }

  /// Whether negator `c` is in the subject of a cleft that opens the unit:
  /// a question word first (after any opening quotation mark), the
  /// negator on it (`what is missing`, a negator of its own) or at most
  /// `cleftSubjectReach` tokens after it, and a form of `be` at most
  /// `cleftReach` tokens after the negator's last word, with words only
  /// between: "What we do not have is …", "What is missing is …". (Not
  /// "Whether they do not …": the clause must be a subject, which its
  /// `be` shows.)
  static func isInCleftSubject(_ c: Cue, in tokens: Range<Int>, _ context: RuleContext) -> Bool {
    let all = context.document.tokens
    let first = context.firstAfterQuotes(tokens)
    guard first <= Int(c.start), Int(c.start) - first <= cleftSubjectReach, context.wordClass(first) == .wh else { return false }
    var w = first + 1
    while w < Int(c.start) {
      guard all[w].kind == .word || all[w].kind == .clitic else { return false }
      w += 1
    }
    var k = Int(c.end) - 1
    while k < tokens.upperBound, k < Int(c.end) + cleftReach {
      guard all[k].kind == .word || all[k].kind == .clitic else { return false }
      if context.wordClass(k) == .be { return k + 1 < tokens.upperBound }
      k += 1
    }
    return false
  }

  /// Most tokens between a cleft's question word and its negator ("What
  /// the two delegations do not have"), and between the negator and the
  /// cleft's `be` ("not yet have is").
  static let cleftSubjectReach = 6
  static let cleftReach = 4

  /// How many tokens after negator `c` its clause's predicate runs: up to
  /// the first word that opens another clause (`that`, a relative or
  /// question word, a coordinator, a subordinator, a preposition of time)
  /// or the unit's end. "No one asked our permission before they signed
  /// their own agreements" leaves the agreements alone. (Punctuation ends
  /// the scope by the clause numbers.)
  static func predicateSpan(after c: Cue, in tokens: Range<Int>, _ context: RuleContext) -> Int {
    var k = Int(c.end)
    while k < tokens.upperBound {
      switch context.wordClass(k) {
      case .that, .relative, .wh, .and, .or, .but, .subordinator, .timePreposition: return k - Int(c.end)
      default: k += 1
      }
    }
    return k - Int(c.end)
  }

  /// The negator's last word is `that`: it opens a clause.
  private static func opensClause(_ c: Cue, _ context: RuleContext) -> Bool {
    c.end - c.start >= 2 && context.wordClass(Int(c.end) - 1) == .that
  }
}
