/// A rule of the `rules` model: reads the cues of one sentence and changes
/// their values, recording what it did on each cue it touched. Rules never
/// print and never look at strings; they run in `RuleModel.rules` order.
public protocol StanceRule: Sendable {
  /// Stable name, used in evidence (`negation`, `intensifier`, ...).
  var name: String { get }
  func apply(_ sentence: inout SentenceState, _ context: RuleContext)
  /// Bits (`LexiconCategory.bit`) of the cue categories the rule acts on:
  /// in a sentence with none of them, it does nothing and is not called.
  /// All bits (the default): always called.
  var triggers: UInt32 { get }
  /// The rule reads clause numbers (`SentenceState.clause`), which the
  /// scorer marks only when a rule that reads them is called.
  var readsClauses: Bool { get }
}

extension StanceRule {
  public var triggers: UInt32 { .max }
  public var readsClauses: Bool { true }
}

/// What a rule may read besides the sentence.
public struct RuleContext: Sendable {
  public var parameters: ModelParameters
  /// Byte of the first character of each token (punctuation tests).
  public var document: Document
}

extension SentenceState {
  /// The first cue index `j >= from` after cue `i` that starts within
  /// `window` tokens of its end, in the same clause, and satisfies
  /// `predicate`; nil when there is none. The cues `i` governs are
  /// `governed(by: i, from: i + 1, ...)`, then from the last one found plus
  /// one, and so on (no array per call; rules change only values, never
  /// what the scan reads).
  @inline(__always)
  func governed(by i: Int, from: Int, window: Int, where predicate: (Cue) -> Bool) -> Int? {
    let trigger = cues[i]
    let clauseID = clauseOf(trigger.start)
    var j = from
    while j < cues.count {
      let c = cues[j]
      if Int(c.start - trigger.end) > window { return nil }
      if c.start >= trigger.end, clauseOf(c.start) == clauseID, predicate(c) { return j }
      j += 1
    }
    return nil
  }

  /// Every cue index `governed(by:from:window:where:)` finds after cue `i`,
  /// in order (for tests and tools; rules walk them without an array).
  func governed(by i: Int, window: Int, where predicate: (Cue) -> Bool) -> [Int] {
    var out: [Int] = []
    var next = governed(by: i, from: i + 1, window: window, where: predicate)
    while let j = next {
      out.append(j)
      next = governed(by: i, from: j + 1, window: window, where: predicate)
    }
    return out
  }
}
