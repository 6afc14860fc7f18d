/// A negator reverses what it governs: cues that start within
/// `negationWindow` tokens after it, in the same clause (the scope ends at a
/// comma, semicolon, colon, dash, bracket, or a contrast or concessive
/// marker); a negator ending in `that` governs the whole clause it opens.
/// - valence `v` becomes `v × (1 − w(1 + s))`: with a full negator (w = 1),
///   `−s v`, where s is `negatedValenceScale` (0.75) for positive terms ("not
///   productive", "no sign of progress", "scant progress") and
///   `negatedNegativeScale` (0.25) for negative ones ("not bad");
/// - a negated booster becomes a hedge ("not clear", "not certain");
/// - a negated hedge becomes a booster ("not possible" asserts), unless a
///   clause the negated verb embeds holds it: after `that` it still hedges
///   ("did not think that the plan could work"); in an embedded question it
///   counts for nothing ("declined to say when they might meet").
/// - a negated shifter does not shift, and the negation ends with it: "did
///   not halt the fighting", "has not abandoned hope" leave the fighting as
///   bad and the hope as good as they were.
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
      let window = opensClause(s[i], context) ? Int(s.tokens.count) : p.negationWindow
      let first = s.governed(by: i, from: i + 1, window: window, where: { $0.axis != nil || $0.category == .shifter })
      if first == nil && p.bareNegationValence > 0 && w >= p.bareNegationMinWeight && !isCorrection(s[i], context) {
        // Nothing evaluative to reverse: in news, a denied action is itself
        // mildly bad news ("inspectors were unable to visit", "no partner
        // ready to discuss them", "the delegation did not attend"). Only
        // full negators count: "a long way from the airport" is a distance.
        s.setValue(-p.bareNegationValence * w, axis: .optimism, of: i)
        s.record(.bareNegation, on: i, factor: s[i].value, trigger: i)
      }
      Self.reverse(&s, by: i, weight: w, first: first, window: window, context)
    }
  }

  /// Reverses the cues `governed(by: i, …)` finds, from `first` on, as a
  /// negator of weight `w` (cue `i`, or a word acting as one: `ExcessRule`)
  /// within `window` tokens: valence, boosters and hedges as above, and
  /// a shifter ends it. `valenceOnly` leaves boosters and hedges alone.
  static func reverse<Cues: RuleCues>(_ s: inout Cues, by i: Int, weight w: Double, first: Int?, window: Int, valenceOnly: Bool = false, _ context: RuleContext) {
    let p = context.parameters
    var next = first
    // Where a negated shifter ends: the negation is spent on it.
    var spentAt: Int32? = nil
    while let j = next {
      next = s.governed(by: i, from: j + 1, window: window, where: {
        $0.category == .shifter || (valenceOnly ? $0.category == .valence : $0.axis != nil)
      })
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
        let scale = c.value >= 0 ? p.negatedValenceScale : p.negatedNegativeScale
        s.apply(.negation, to: j, factor: 1 - w * (1 + scale), trigger: i)
      } else if c.category == .booster {
        // value was −weight (booster mass); now it is hedge mass.
        s.apply(.negatedBooster, to: j, factor: -w * p.negatedBoosterHedge, trigger: i)
      } else if c.category.isHedge {
        switch embeddingWord(between: s[i].end, and: c.start, context) {
        case .that: break
        case .wh: s.apply(.negatedHedge, to: j, factor: 0, trigger: i)
        default: s.apply(.negatedHedge, to: j, factor: -w * p.negatedHedgeBoost, trigger: i)
        }
      }
    }
  }

  /// `within days, not weeks`, `a pause, not a peace`: a negator right
  /// after a comma before a short phrase with no verb word, ending its
  /// clause, corrects a word; it denies no action.
  private func isCorrection(_ c: Cue, _ context: RuleContext) -> Bool {
    let tokens = context.document.tokens
    let text = context.document.text
    let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";")
    let start = Int(c.start)
    guard start > 0, tokens[start - 1].kind == .punctuation, text[Int(tokens[start - 1].start)] == comma else { return false }
    var k = Int(c.end)
    while k < tokens.count, k - Int(c.end) <= 4 {
      switch tokens[k].kind {
      case .terminal: return k > Int(c.end)
      case .punctuation:
        let b = text[Int(tokens[k].start)]
        return k > Int(c.end) && (b == comma || b == semicolon)
      default:
        switch context.wordClass(k) {
        case .be, .have, .do, .modal, .to, .that, .relative, .wh, .subordinator, .pastVerb: return false
        default: k += 1
        }
      }
    }
    return false
  }

  /// The first `that` or wh-word between the negator and a cue (`.none`
  /// when there is neither): the cue is then in a clause the negated verb
  /// embeds.
  private static func embeddingWord(between end: Int32, and start: Int32, _ context: RuleContext) -> WordClass {
    var k = Int(end)
    while k < Int(start) {
      let w = context.wordClass(k)
      if w == .that || w == .wh { return w }
      k += 1
    }
    return .none
  }

  /// The negator's last word is `that`: it opens a clause.
  private func opensClause(_ c: Cue, _ context: RuleContext) -> Bool {
    c.end - c.start >= 2 && context.wordClass(Int(c.end) - 1) == .that
  }
}
