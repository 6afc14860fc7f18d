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
    out.reserveCapacity(state.cues.count + state.extraHedge.count)
    for (index, cue) in state.cues.enumerated() {
      let entry = matcher.entries[Int(cue.entry)]
      let span = Span(start: Int(document.tokens[Int(cue.start)].start), end: Int(document.tokens[Int(cue.end) - 1].end))
      let scale = cue.axis == .optimism ? optimismScale : cue.axis == .hedging ? hedgingScale : 0
      let rules = state.applied(on: index).map { a -> String in
        // "rule(trigger) ×factor", put together as bytes: an interpolation
        // costs about a thousand instructions, and a unit can have many.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(a.rule.text.utf8.count + 48)
        bytes.append(contentsOf: a.rule.text.utf8)
        if a.trigger >= 0 && Int(a.trigger) < state.cues.count {
          let trigger = state.cues[Int(a.trigger)]
          bytes.append(UInt8(ascii: "("))
          bytes.append(contentsOf: document.text[Int(document.tokens[Int(trigger.start)].start)..<Int(document.tokens[Int(trigger.end) - 1].end)])
          bytes.append(UInt8(ascii: ")"))
        }
        bytes.append(contentsOf: " ×".utf8)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxNumberLength(2)) { buffer in
          let n = writeNumber(a.factor, digits: 2, to: buffer.baseAddress!)
          bytes.append(contentsOf: buffer[..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
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
/// on every platform (reports and golden files depend on it): the bytes of
/// the JSON writer's `writeNumber`, made into a `String`.
public func formatNumber(_ x: Double, digits: Int = 4) -> String {
  withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxNumberLength(digits)) { buffer in
    let n = writeNumber(x, digits: digits, to: buffer.baseAddress!)
    return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self)
  }
}
