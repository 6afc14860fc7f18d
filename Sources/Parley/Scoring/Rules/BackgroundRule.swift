/// What a sentence says in passing, before it says what happened, is
/// background: its valence counts `backgroundScale` times. "A border
/// dispute that had threatened to unravel the ceasefire was settled",
/// "Having endured eleven months of shelling, the town marked its first
/// quiet week", "The bridge, which survived the war, was destroyed" report
/// the settlement, the quiet week and the destruction; the threat, the
/// shelling and the survival are what the reader already knew. Background
/// is, in a unit (after any opening quotation marks):
/// - a fronted phrase up to the first comma that opens with a word of time
///   (`after`, `since`, `until`, `before`: `time-preposition` in
///   `grammar.tsv`, after at most a few words that say how long: "only
///   weeks after", "two years after") or with a participle ("having
///   endured", "critically wounded in", "stripped of"), with a clause
///   after the comma; not a first participle that is the subject or its
///   attribute ("Retreating forces blew up the bridge, …": a finite verb
///   of its own before the comma);
/// - an aside between commas right after the subject's noun phrase
///   ("the general, who accepted a peace medal last year, ordered …",
///   "the highway, long notorious for kidnappings, has recorded …"),
///   when a predicate follows it;
/// - a relative clause on that subject up to the subject's own verb ("the
///   cholera outbreak that overwhelmed hospitals in August has been
///   declared over"): the clause's verb group first, then its words up to
///   an auxiliary, a modal or a verb in -ed or of the grammar's past
///   forms, before any punctuation.
/// The subject's noun phrase holds no verb, auxiliary or reporting cue
/// ("officials say that …" is a report, not a subject). A clause that
/// follows the event (", killing 20 people") is no background: only what
/// stands before the subject's verb is. The main clause carries the
/// sentence where the two disagree; where it has no valence of its own,
/// the background still gives the sentence its sign, weaker.
public struct BackgroundRule: StanceRule {
  public let name = "background"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.valence.bit }
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let scale = context.parameters.backgroundScale
    guard scale != 1, !s.isQuestion else { return }
    let spans = Self.read(s, context) { r in
      let fronted = r.frontedPhrase(at: r.first, context)
      let subject = r.subjectBackground(at: fronted.map { $0.upperBound + 1 } ?? r.first, s, context)
      return (fronted ?? 0..<0, subject?.background ?? 0..<0)
    }
    guard !spans.0.isEmpty || !spans.1.isEmpty else { return }
    for j in 0..<s.count where s[j].category == .valence && s[j].value != 0 {
      let k = Int(s[j].start)
      if spans.0.contains(k) || spans.1.contains(k) {
        s.apply(.background, to: j, factor: scale, trigger: -1)
      }
    }
  }

  /// The unit's subject and the background that belongs to it (an aside
  /// or a relative clause), after any fronted phrase, and the token where
  /// the subject's predicate starts: `ShifterRule` reads the subject of a
  /// verb there as the noun phrase, not as a term of its background ("a
  /// border dispute that had threatened the ceasefire was settled" settles
  /// the dispute).
  static func subject<Cues: RuleCues>(of s: Cues, _ context: RuleContext) -> (subject: Range<Int>, background: Range<Int>, predicate: Int)? {
    read(s, context) { r in
      let start = r.frontedPhrase(at: r.first, context).map { $0.upperBound + 1 } ?? r.first
      guard let found = r.subjectBackground(at: start, s, context) else { return nil }
      // An aside ends before its closing comma.
      let aside = found.background.lowerBound > found.subject.upperBound
      return (found.subject, found.background, found.background.upperBound + (aside ? 1 : 0))
    }
  }

  /// `body` over a reader of unit `s`'s tokens.
  private static func read<Cues: RuleCues, T>(_ s: Cues, _ context: RuleContext, _ body: (Reader) -> T) -> T {
    context.document.tokens.withUnsafeBufferPointer { tokens in
      context.document.text.withUnsafeBufferPointer { text in
        context.wordFacts.withUnsafeBufferPointer { facts in
          body(Reader(tokens: tokens, text: text, facts: facts, unit: s.tokens, first: context.firstAfterQuotes(s.tokens)))
        }
      }
    }
  }

  /// Most tokens of a fronted phrase before its comma.
  static let maxFronted = 24
  /// Most words before a fronted word of time ("nearly two decades after").
  static let maxTimeLead = 3
  /// Most tokens of a subject's noun phrase before its aside or relative
  /// clause.
  static let maxSubject = 10
  /// Most tokens of an aside between commas.
  static let maxAside = 24
  /// Most tokens of a relative clause before the subject's verb.
  static let maxRelative = 24
}

/// A unit's tokens as `BackgroundRule` reads them: kinds from the token
/// buffer, classes and shapes from the words' facts when they hold the
/// tokens (every word of the grammar is ASCII and has its class there),
/// else looked up in the context passed along. (The rule reads the first
/// words of every unit with a valence term: through buffers, not the
/// arrays, and with the context borrowed, not copied.)
private struct Reader {
  let tokens: UnsafeBufferPointer<Token>
  let text: UnsafeBufferPointer<UInt8>
  let facts: UnsafeBufferPointer<UInt32>
  let unit: Range<Int>
  /// The unit's first token after any opening quotation marks.
  let first: Int

  @inline(__always) func kind(_ k: Int) -> TokenKind { tokens[k].kind }

  @inline(__always) func word(_ k: Int, _ c: RuleContext) -> WordClass {
    k < facts.count ? TokenFacts.Flags.row(facts[k]).word : c.wordClass(k)
  }

  @inline(__always) func endsED(_ k: Int, _ c: RuleContext) -> Bool {
    k < facts.count ? tokens[k].kind == .word && TokenFacts.Flags.row(facts[k]).contains(.endsED) : c.endsED(k)
  }

  @inline(__always) func endsING(_ k: Int, _ c: RuleContext) -> Bool {
    k < facts.count ? tokens[k].kind == .word && TokenFacts.Flags.row(facts[k]).contains(.endsING) : c.endsING(k)
  }

  @inline(__always) func isComma(_ k: Int) -> Bool {
    tokens[k].kind == .punctuation && text[Int(tokens[k].start)] == UInt8(ascii: ",")
  }

  /// An adverb of the grammar or a word of five letters or more in -ly
  /// (`RuleContext.isAdverb`).
  @inline(__always) func isAdverb(_ k: Int, _ c: RuleContext) -> Bool {
    word(k, c) == .adverb || RuleContext.endsInLY(tokens[k], text)
  }

  /// The fronted phrase that opens at token `k` (its tokens, the comma
  /// after it excluded), or nil.
  func frontedPhrase(at k: Int, _ c: RuleContext) -> Range<Int>? {
    // A determiner opens most units, and no fronted phrase; else the
    // comma first (token kinds only), the other words' classes after.
    guard k < unit.upperBound, kind(k) != .word || word(k, c) != .determiner else { return nil }
    var e = k + 1
    while e < unit.upperBound, e - k <= BackgroundRule.maxFronted {
      switch kind(e) {
      case .word, .number, .clitic: e += 1
      case .punctuation:
        // A clause after the comma: at least a subject and a verb.
        guard isComma(e), unit.upperBound - e > 2, let opener = opensBackground(at: k, c) else { return nil }
        // A participle that is the subject's attribute or the subject
        // itself opens the main clause, not a phrase before it:
        // "Retreating forces blew up the bridge, …", "Voting went ahead
        // peacefully, …".
        if opener == .participle, holdsFiniteVerb(k..<e, c) { return nil }
        return k..<e
      default: return nil
      }
    }
    return nil
  }

  /// What opens a fronted phrase of background.
  enum Opener { case time, participle }

  /// What the unit's first word `k` opens: a phrase of time, with a word
  /// of time after at most `maxTimeLead` words of a span ("weeks after");
  /// a participial phrase, with a word in -ing ("having", "following")
  /// or a participle in -ed or of the grammar's past forms, perhaps after
  /// an adverb ("critically wounded"); nil for neither.
  func opensBackground(at k: Int, _ c: RuleContext) -> Opener? {
    var t = k
    while t < unit.upperBound, t - k <= BackgroundRule.maxTimeLead, kind(t) == .word || kind(t) == .number {
      switch word(t, c) {
      case .timePreposition:
        // "Since then there has been little progress": a phrase of time
        // that ends in an adverb, with the clause right after it, is none.
        let next = t + 1
        return next + 1 < unit.upperBound && word(next, c) == .adverb && kind(next + 1) == .word ? nil : .time
      case .none, .quantifier, .adverb: t += 1
      default: t = unit.upperBound
      }
    }
    guard kind(k) == .word else { return nil }
    // ("Having endured …", "Following the collapse …": any class.)
    if endsING(k, c) { return .participle }
    var v = k
    if isAdverb(v, c) { v += 1 }
    guard v < unit.upperBound, kind(v) == .word else { return nil }
    let w = word(v, c)
    return w == .pastVerb || (w == .none && endsED(v, c)) ? .participle : nil
  }

  /// Some word of `phrase`, outside a clause it embeds (after a question
  /// word, `that`, a relative word, a subordinator or a word of time), is
  /// a finite verb of its own: an auxiliary, a modal, or a past form after
  /// a plain word (the phrase's first word too, unless a form of `have`
  /// or `be`: "having endured" is one participle).
  func holdsFiniteVerb(_ phrase: Range<Int>, _ c: RuleContext) -> Bool {
    var previousPlain = false
    for t in phrase {
      guard kind(t) == .word else {
        previousPlain = false
        continue
      }
      let w = word(t, c)
      switch w {
      case .wh, .that, .relative, .subordinator, .timePreposition:
        return false
      case .be, .have, .do, .modal:
        if t > phrase.lowerBound { return true }
        previousPlain = false
      case .pastVerb:
        if previousPlain { return true }
        previousPlain = false
      case .none:
        if previousPlain && endsED(t, c) { return true }
        previousPlain = !isAdverb(t, c)
      default:
        previousPlain = false
      }
    }
    return false
  }

  /// The background that belongs to the subject whose noun phrase opens at
  /// token `k`: an aside between commas after it, or a relative clause on
  /// it, with the subject's tokens; nil when the phrase holds a verb or
  /// there is neither.
  func subjectBackground<Cues: RuleCues>(at k: Int, _ s: Cues, _ c: RuleContext) -> (subject: Range<Int>, background: Range<Int>)? {
    var t = k
    var words = 0
    while t < unit.upperBound, t - k <= BackgroundRule.maxSubject {
      switch kind(t) {
      case .word:
        switch word(t, c) {
        case .relative, .that:
          guard words > 0, !isReport(before: t, from: k, s) else { return nil }
          return relativeClause(at: t, c).map { (k..<t, $0) }
        case .none:
          // A word in -ed that is not followed by a noun is a verb ("the
          // talks collapsed").
          if endsED(t, c), !(t + 1 < unit.upperBound && kind(t + 1) == .word && word(t + 1, c) == .none) { return nil }
          words += 1
        case .determiner, .quantifier, .adjective, .nameConnector, .nameParticle, .and:
          break
        case .preposition, .objectPreposition:
          // A phrase after the head ("the highway between Vesk and the
          // coast"), not one that opens the unit.
          guard words > 0 else { return nil }
        default:
          return nil
        }
      case .number, .clitic:
        break
      case .punctuation:
        guard isComma(t), words > 0, !isReport(before: t, from: k, s) else { return nil }
        return aside(after: t, c).map { (k..<t, $0) }
      default:
        return nil
      }
      t += 1
    }
    return nil
  }

  /// A reporting cue starts in `from ..< end`: the words are a report's
  /// frame ("officials say that"), not a subject.
  func isReport<Cues: RuleCues>(before end: Int, from: Int, _ s: Cues) -> Bool {
    for c in 0..<s.count where s[c].category == .report {
      let k = Int(s[c].start)
      if k >= from && k < end { return true }
    }
    return false
  }

  /// The aside that opens after the comma at `c` and closes at the next
  /// comma, with a predicate after it (a verb's word, not a coordinator,
  /// determiner or preposition): its tokens.
  func aside(after comma: Int, _ c: RuleContext) -> Range<Int>? {
    var t = comma + 1
    while t < unit.upperBound, t - comma <= BackgroundRule.maxAside {
      switch kind(t) {
      case .word, .number, .clitic:
        t += 1
      case .punctuation:
        guard isComma(t), t > comma + 1, t + 2 < unit.upperBound, opensPredicate(t + 1, c) else { return nil }
        return comma + 1..<t
      default:
        return nil
      }
    }
    return nil
  }

  /// Token `k` may open the subject's predicate: an auxiliary, a modal, a
  /// negation, an adverb, a past form, or a plain word in lower case.
  func opensPredicate(_ k: Int, _ c: RuleContext) -> Bool {
    guard kind(k) == .word else { return false }
    switch word(k, c) {
    case .be, .have, .do, .modal, .negation, .adverb, .pastVerb: return true
    case .none: return !tokens[k].isCapitalized
    default: return false
    }
  }

  /// The relative clause opened by the word at `r` up to the subject's own
  /// verb: once the clause has a verb of its own (a past form, in -ed or
  /// of the grammar, or the verb after `to`), the next auxiliary, modal or
  /// past form not right after `to` is the subject's ("that had
  /// threatened to unravel the ceasefire | was settled", "that won awards
  /// | closed"). Nil when no such verb follows before punctuation, or when
  /// a coordinator opens a clause of its own ("and the ceasefire has …").
  func relativeClause(at r: Int, _ c: RuleContext) -> Range<Int>? {
    var ownVerb = false
    var previous = WordClass.relative
    var t = r + 1
    while t < unit.upperBound, t - r <= BackgroundRule.maxRelative {
      switch kind(t) {
      case .word:
        let w = word(t, c)
        let past = w == .pastVerb || (w == .none && endsED(t, c))
        let afterTo = previous == .to
        if ownVerb && (w.isAuxiliary || past) && !afterTo { return r..<t }
        if past || (afterTo && w == .none) { ownVerb = true }
        if w.isCoordinator, t + 1 < unit.upperBound {
          if kind(t + 1) != .word { return nil }
          let next = word(t + 1, c)
          if next == .determiner || next == .quantifier { return nil }
        }
        previous = w
      case .number, .clitic:
        previous = .none
      default:
        return nil
      }
      t += 1
    }
    return nil
  }
}
