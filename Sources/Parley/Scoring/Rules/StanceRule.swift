/// A rule of the `rules` model: reads the cues of one sentence and changes
/// their values, recording what it did on each cue it touched. Rules never
/// print and never look at strings; they run in `RuleModel.rules` order.
public protocol StanceRule: Sendable {
  /// Stable name, used in evidence (`negation`, `intensifier`, ...).
  var name: String { get }
  func apply(_ sentence: inout SentenceState, _ context: RuleContext)
}

/// What a rule may read besides the sentence.
public struct RuleContext: Sendable {
  public var parameters: ModelParameters
  /// Byte of the first character of each token (punctuation tests).
  public var document: Document
}

extension SentenceState {
  /// Cue indices `j` after cue `i`, starting within `window` tokens of its end
  /// and in the same clause.
  func governed(by i: Int, window: Int, where predicate: (Cue) -> Bool) -> [Int] {
    let trigger = cues[i]
    let clauseID = clauseOf(trigger.start)
    var out: [Int] = []
    for j in (i + 1)..<cues.count {
      let c = cues[j]
      if Int(c.start - trigger.end) > window { break }
      if c.start >= trigger.end, clauseOf(c.start) == clauseID, predicate(c) { out.append(j) }
    }
    return out
  }
}
