/// A small count is a shortfall: `only`, `just` or `merely` (dampeners
/// whose word the grammar marks `scarce`, `MarkedEntries.scarce`) right
/// before a count — a number, a number word (marked `count`), `a few`,
/// `a handful`, after `about` or `around` too ("only about half of the
/// villages") — says there is less of it than there should be. In news
/// that is most often bad news:
/// - what is counted (`counted`: the predicate's term, else the head of
///   the counted noun phrase, in its clause): a good one is reversed by
///   `shortfallScale` ("only eleven of the forty hostages were freed",
///   "just a fraction of the reconstruction money"), a bad one by half
///   of it, since few harms are a relief ("only two minor injuries were
///   reported");
/// - with no such term the shortfall is bad news of its own,
///   `-shortfallValence`, on the dampener ("only 42 percent of households
///   entitled to the payment had applied").
/// Not a count of time (`just two days after`, `only 18 months ago`: a
/// span or a word of time after the number), nor the exclusive `the only`
/// or a denied `not only`.
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
      if start > s.tokens.lowerBound {
        let before = context.wordClass(start - 1)
        if before == .determiner || before == .negation { continue }
      }
      guard let count = Self.count(after: Int(s[i].end), before: s.tokens.upperBound, context),
        !context.opensPhraseOfTime(at: count, before: s.tokens.upperBound)
      else { continue }
      if let j = counted(by: i, count: count, s, context) {
        s.apply(.shortfall, to: j, factor: s[j].value > 0 ? -p.shortfallScale : -p.shortfallScale / 2, trigger: i)
      } else if p.shortfallValence > 0 {
        s.setValue(-p.shortfallValence, axis: .optimism, of: i)
        s.record(.shortfall, on: i, factor: s[i].value, trigger: i)
      }
    }
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
  private func counted<Cues: RuleCues>(by i: Int, count: Int, _ s: Cues, _ context: RuleContext) -> Int? {
    let limit = min(s.tokens.upperBound, Int(s[i].end) + Self.window)
    var predicate: Int?
    var k = count + 1
    while k < limit {
      let t = context.document.tokens[k]
      if t.kind != .word && t.kind != .number { break }
      switch context.wordClass(k) {
      case .be, .have, .do, .modal, .negation, .pastVerb: predicate = k
      case .none where context.endsED(k) && k > count + 1 && context.wordClass(k - 1) == .none: predicate = k
      default: break
      }
      if predicate != nil { break }
      k += 1
    }
    var head: Int?
    // A bad attribute names the harm counted ("only two shooting
    // incidents"), unless it is a participle, the plight of those counted
    // ("the displaced families"); a good one is short with its noun
    // ("just a fraction of the reconstruction money").
    var harm: Int?
    var attribute: Int?
    var j = i + 1
    while j < s.count, Int(s[j].start) < limit {
      let c = s[j]
      defer { j += 1 }
      guard c.category == .valence, c.value != 0, Int(c.start) > count, s.clause(ofCue: j) == s.clause(ofCue: i) else { continue }
      guard let v = predicate else { return j }
      // (A term may hold the predicate: "hostages were freed".)
      if Int(c.end) > v { return Int(c.start) - v <= Self.predicateReach ? j : head }
      if head == nil, Int(c.end) == v || context.wordClass(Int(c.end)).isPreposition { head = j }
      if harm == nil, c.value < 0, !context.endsED(Int(c.end) - 1) { harm = j }
      if attribute == nil, c.value > 0 { attribute = j }
    }
    return head ?? harm ?? attribute
  }

  /// How many tokens after the dampener the counted term may start.
  static let window = 12
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
