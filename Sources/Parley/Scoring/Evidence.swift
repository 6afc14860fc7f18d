/// One piece of evidence behind a score: a matched cue, what the rules did
/// to it, and its share of the score. The `delta`s of a unit's evidence on
/// one axis add up to that unit's score on that axis.
public struct Evidence: Sendable, Codable, Hashable {
  /// The lexicon category (`valence`, `hedge.modal`, `negator`, ...) or a
  /// rule that adds evidence of its own (`question`).
  public var rule: String
  /// `optimism`, `hedging`, or `none` for a pure modifier.
  public var axis: String
  /// Byte offsets in the document.
  public var span: Span
  public var text: String
  /// The lexicon weight (0 for rule-made evidence).
  public var weight: Double
  /// The value after every rule, before normalization.
  public var value: Double
  /// Contribution to the unit's score on `axis`.
  public var delta: Double
  /// `lexicons/FILE:LINE` of the entry.
  public var origin: String?
  /// Rules that changed the value, e.g. `negation(not) ×-0.75`.
  public var rules: [String]

  /// Evidence of one scored unit.
  static func make(from state: SentenceState, unit: UnitScore, document: Document, matcher: PhraseMatcher) -> [Evidence] {
    let optimismScale = unit.rawOptimism != 0 ? unit.optimism / unit.rawOptimism : 0
    let hedgingScale = unit.hedgeMass > 0 ? unit.hedging / unit.hedgeMass : 0
    var out: [Evidence] = []
    for (index, cue) in state.cues.enumerated() {
      let entry = matcher.entries[Int(cue.entry)]
      let span = Span(start: Int(document.tokens[Int(cue.start)].start), end: Int(document.tokens[Int(cue.end) - 1].end))
      let scale = cue.axis == .optimism ? optimismScale : cue.axis == .hedging ? hedgingScale : 0
      let rules = state.applied(on: index).map { a -> String in
        let trigger = a.trigger >= 0 && Int(a.trigger) < state.cues.count
          ? "(\(document.string(Span(start: Int(document.tokens[Int(state.cues[Int(a.trigger)].start)].start), end: Int(document.tokens[Int(state.cues[Int(a.trigger)].end) - 1].end)))))" : ""
        return "\(a.rule.text)\(trigger) ×\(formatNumber(a.factor, digits: 2))"
      }
      out.append(Evidence(rule: entry.category.rawValue, axis: cue.axis?.rawValue ?? "none", span: span, text: document.string(span), weight: entry.weight, value: cue.value, delta: cue.value * scale, origin: entry.origin, rules: rules))
    }
    for extra in state.extraHedge {
      let t = document.tokens[Int(extra.token)]
      out.append(Evidence(rule: extra.rule, axis: "hedging", span: t.span, text: document.string(t.span), weight: 0, value: extra.mass, delta: extra.mass * hedgingScale, origin: nil, rules: []))
    }
    return out
  }
}

/// A number with at most `digits` decimals and no trailing zeros, the same
/// on every platform (reports and golden files depend on it).
public func formatNumber(_ x: Double, digits: Int = 4) -> String {
  if !x.isFinite { return "0" }
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  // Beyond what fixed-point digits can hold (a numeric JSONL id of 1e15,
  // say): Swift's shortest round-trip form, the same on every platform.
  if abs(x) * scale >= 9.0e18 { return x.description }
  let rounded = (x * scale).rounded() / scale
  if rounded == 0 { return "0" }
  let negative = rounded < 0
  let units = Int64((abs(rounded) * scale).rounded())
  let whole = units / Int64(scale)
  var fraction = String(units % Int64(scale))
  while fraction.count < digits { fraction = "0" + fraction }
  while fraction.hasSuffix("0") { fraction.removeLast() }
  return (negative ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
}
