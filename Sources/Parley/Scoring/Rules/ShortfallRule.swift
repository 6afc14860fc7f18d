/// A small count is a shortfall: `only`, `just` or `merely` (dampeners
/// whose word the grammar marks `scarce`, `MarkedEntries.scarce`), or a
/// dampener phrase marked so in its note (`fewer than`, `no more than`,
/// `a mere`), right before a count — a number, a number word (marked
/// `count`), `a few`, `a handful`, after `about` or `around` too ("only
/// about half of the villages") — says there is less of it than there
/// should be. What is counted is reversed by `shortfallScale`:
/// - the verb whose object the count is (`verbBefore`: "the storm
///   destroyed just four fishing boats"), else what is counted
///   (`counted`: the predicate's term, past a relative clause on the
///   counted noun, else the head of the counted noun phrase, in its
///   clause);
/// - a good thing is short ("only eleven of the forty hostages were
///   freed", "just a fraction of the reconstruction money"), a bad one
///   is a relief ("fewer than a dozen homes were damaged");
/// - with no such term the shortfall is bad news of its own,
///   `-shortfallValence`, on the dampener ("only 42 percent of households
///   entitled to the payment had applied"), unless the count is a limit a
///   modal sets (`isCap`: "each side will keep no more than 1,550
///   warheads").
/// Not a count of time (`just two days after`, `only 18 months ago`: a
/// span or a word of time after the number), nor the exclusive `the only`
/// or a denied `not only` (`no fewer than`), nor the end of a change
/// (`fell to fewer than 900`, `from only`).
public struct ShortfallRule: StanceRule {
  public let name = "shortfall"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.dampener.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let scarce = context.marked.scarce
    guard !scarce.isEmpty else { return }
    let p = context.parameters
    for i in 0..<s.count where s[i].category == .dampener && scarce.contains(s[i].entry) {
      let start = Int(s[i].start)
      // A count after a verb is its object: what it counts is the verb,
      // or the counted noun phrase, never a predicate after it ("Haverly
      // now handles fewer than a dozen ships a month and has lost half
      // its population").
      var object = false
      if start > s.tokens.lowerBound {
        let before = context.wordClass(start - 1)
        if before == .determiner || before == .negation { continue }
        // (The end of a change, "fell to fewer than 900", is the
        // quantity's rule's.)
        if before == .to || context.marked.words.has(.origin, start - 1, in: context.document) { continue }
        let word = context.document.tokens[start - 1]
        object = before == .pastVerb || (before == .none && word.kind == .word && !word.isCapitalized && !context.isAdverb(start - 1))
      }
      guard let count = Self.count(after: Int(s[i].end), before: s.tokens.upperBound, context),
        !context.opensPhraseOfTime(at: count, before: s.tokens.upperBound)
      else { continue }
      if let j = verbBefore(i, s, context) ?? counted(by: i, count: count, object: object, s, context) {
        s.apply(.shortfall, to: j, factor: -p.shortfallScale, trigger: i)
      } else if p.shortfallValence > 0, !(object && Self.isCap(before: start - 1, from: s.tokens.lowerBound, context)) {
        s.setValue(-p.shortfallValence, axis: .optimism, of: i)
        s.record(.shortfall, on: i, factor: s[i].value, trigger: i)
      }
    }
  }

  /// Whether the verb at token `verb`, whose object a count is, has a
  /// modal at most three tokens before it (from `lower` on: `will keep`,
  /// `will not keep`, `may yet keep`): the count is a limit set, not an
  /// outcome ("each side will keep no more than 1,550 warheads"), and no
  /// shortfall of its own.
  static func isCap(before verb: Int, from lower: Int, _ context: RuleContext) -> Bool {
    var k = verb - 1
    while k >= max(lower, verb - 3) {
      if context.wordClass(k) == .modal { return true }
      k -= 1
    }
    return false
  }

  /// The verb whose object the count of dampener `i` is, when a valence
  /// term: before the dampener, in its clause, a verb in -ed or of the
  /// grammar's past forms ("the storm destroyed just four boats", "the
  /// militia freed only eleven of the forty hostages"), or with the head
  /// of its object and `of` between ("agreed on the course of fewer than
  /// 15 kilometers": at most three determiners, plain words or `of`).
  private func verbBefore<Cues: RuleCues>(_ i: Int, _ s: Cues, _ context: RuleContext) -> Int? {
    // (The verb's valence cue, before any other cue on its words: a
    // shifter on `destroyed`.)
    var t = i - 1
    while t > 0, s[t].category != .valence, s[t - 1].end == s[t].end { t -= 1 }
    guard t >= 0 else { return nil }
    let c = s[t]
    guard c.category == .valence, c.value != 0, s.clause(ofCue: t) == s.clause(ofCue: i) else { return nil }
    let first = Int(c.start)
    let last = Int(c.end) - 1
    guard context.endsED(first) || context.endsED(last) || context.wordClass(first) == .pastVerb || context.wordClass(last) == .pastVerb else { return nil }
    let between = Int(c.end)..<Int(s[i].start)
    guard between.count <= 3 else { return nil }
    for k in between {
      guard context.document.tokens[k].kind == .word else { return nil }
      switch context.wordClass(k) {
      case .determiner, .nameConnector: continue
      case .none where !context.endsED(k) && !context.isAdverb(k): continue
      default: return nil
      }
    }
    // (An object's head and `of` before the count: "the course of".)
    if !between.isEmpty, context.wordClass(between.upperBound - 1) != .nameConnector { return nil }
    return t
  }

  /// The valence term that says what the count of dampener `i` (whose
  /// count is token `count`) counts, in its clause within `window` tokens:
  /// a term of the predicate, at most `predicateReach` tokens into it
  /// ("only nine of the thirty journalists have been released"), else the
  /// head of the counted noun phrase, a term right before the predicate
  /// or a preposition ("only two minor injuries were reported"), else a
  /// bad attribute that names the harm ("only two shooting incidents"),
  /// else a good attribute ("just a fraction of the reconstruction
  /// money"); not a bad participle, the plight of those counted ("only 15
  /// percent of the displaced families have received tents": none, a
  /// shortfall of its own). With no predicate found, the first term
  /// after the count.
  private func counted<Cues: RuleCues>(by i: Int, count: Int, object: Bool, _ s: Cues, _ context: RuleContext) -> Int? {
    let limit = min(s.tokens.upperBound, Int(s[i].end) + Self.window)
    // The predicate: the first verb group after the count, but past a
    // relative clause on the counted noun ("only a handful of the
    // factories that closed during the crisis have reopened") or a
    // participle after it ("only 40 of the detainees promised release had
    // walked free") when a verb group follows. An object count has none:
    // its noun phrase ends at the first verb or relative word.
    var predicate: Int?
    var relative: Int?
    var settled = false
    var k = count + 1
    while k < limit, !settled {
      let t = context.document.tokens[k]
      if t.kind != .word && t.kind != .number { break }
      switch context.wordClass(k) {
      case .that, .relative: if predicate == nil, relative == nil { relative = k }
      case .be, .have, .do, .modal, .negation, .pastVerb:
        if predicate == nil {
          predicate = k
          settled = relative == nil
        } else if k > predicate! + 1 {
          predicate = k
          settled = true
        }
      case .none where predicate == nil && context.endsED(k) && k > count + 1 && context.wordClass(k - 1) == .none: predicate = k
      default: break
      }
      if object, relative != nil || predicate != nil { break }
      k += 1
    }
    // An object count's phrase ends where the scan stopped.
    let phraseEnd = object ? k : limit
    if object { predicate = nil }
    var head: Int?
    // A bad attribute names the harm counted ("only two shooting
    // incidents"), unless it is a participle, the plight of those counted
    // ("the displaced families"); a good one is short with its noun
    // ("just a fraction of the reconstruction money").
    var harm: Int?
    var attribute: Int?
    var j = i + 1
    while j < s.count, Int(s[j].start) < phraseEnd {
      let c = s[j]
      defer { j += 1 }
      guard c.category == .valence, c.value != 0, Int(c.start) > count, s.clause(ofCue: j) == s.clause(ofCue: i) else { continue }
      // (Not a term of the relative clause: it describes what is counted.)
      if let r = relative, Int(c.start) > r, predicate.map({ Int(c.start) < $0 }) ?? true { continue }
      // (An object count's phrase ends where a predicate would stand.)
      guard let v = predicate ?? (object ? phraseEnd : nil) else { return j }
      // (A term may hold the predicate: "hostages were freed".)
      if predicate != nil, Int(c.end) > v { return Int(c.start) - v <= Self.predicateReach ? j : head }
      if head == nil, Int(c.end) == v || context.wordClass(Int(c.end)).isPreposition { head = j }
      if harm == nil, c.value < 0, !context.endsED(Int(c.end) - 1) { harm = j }
      if attribute == nil, c.value > 0 { attribute = j }
    }
    return head ?? harm ?? attribute
  }

  /// How many tokens after the dampener the counted term may start.
  static let window = 16
  /// How far into the predicate its term may start.
  static let predicateReach = 4

  /// The token of the count that opens at token `k` (before `limit`): a
  /// number (after a currency sign too), a number word, or `few` or a
  /// number word after `a` (`a few`, `a handful`), after `about` or
  /// `around` (marked `approximation`); nil when none opens there.
  static func count(after k: Int, before limit: Int, _ context: RuleContext) -> Int? {
    let tokens = context.document.tokens
    let words = context.marked.words
    var k = k
    if k < limit, tokens[k].kind == .word, words.has(.approximation, k, in: context.document) { k += 1 }
    if k + 1 < limit, tokens[k].kind == .word, context.wordClass(k) == .determiner,
      context.wordClass(k + 1) == .quantifier || words.has(.count, k + 1, in: context.document)
    {
      k += 1
      return k
    }
    guard k < limit else { return nil }
    if tokens[k].kind == .word { return words.has(.count, k, in: context.document) ? k : nil }
    return QuantityRule.number(at: k, before: limit, tokens)
  }
}
