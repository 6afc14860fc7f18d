/// One lexicon entry found in a sentence, with its value after the rules.
/// Cues are small plain values kept in a reused buffer; the strings of
/// evidence are made only when a report asks for them.
public struct Cue: Sendable, Hashable {
  /// Token range in the document.
  public var start: Int32
  public var end: Int32
  /// Index into `PhraseMatcher.entries`.
  public var entry: Int32
  public var category: LexiconCategory
  /// The entry's weight.
  public var weight: Double
  /// Its contribution before normalization, after every rule: valence for
  /// `valence`, hedge mass (positive) or booster mass (negative) for the
  /// hedging cues, 0 for pure modifiers.
  public var value: Double
  /// The axis the cue counts on, if any.
  public var axis: Axis?
  /// Rules that changed this cue, each with the index of the cue that
  /// triggered it (-1 when no cue did, e.g. a question mark).
  public var applied: [AppliedRule] = []

  public enum Axis: String, Sendable, Codable { case optimism, hedging }
}

/// A rule's effect on one cue: which rule, triggered by which cue, and the
/// factor it multiplied the value by (or the value it set).
public struct AppliedRule: Sendable, Hashable {
  public var rule: String
  public var trigger: Int32
  public var factor: Double
}

/// The state the rules of one sentence work on.
public struct SentenceState: Sendable {
  /// The sentence's tokens in the document.
  public var tokens: Range<Int>
  /// The cues found in it, in token order.
  public var cues: [Cue] = []
  /// Clause number of every token of the sentence (index `k - tokens.lowerBound`).
  /// Clauses break at , ; : ( ) dashes and at contrast or concessive cues.
  public var clause: [Int32] = []
  /// The sentence ends in a question mark.
  public var isQuestion = false
  /// Extra hedge mass not tied to a lexicon cue (questions).
  public var extraHedge: [(rule: String, mass: Double, token: Int32)] = []

  public init(tokens: Range<Int>) { self.tokens = tokens }

  @inline(__always)
  public func clauseOf(_ token: Int32) -> Int32 { clause[Int(token) - tokens.lowerBound] }


  mutating func apply(_ rule: String, to index: Int, factor: Double, trigger: Int) {
    cues[index].value *= factor
    cues[index].applied.append(AppliedRule(rule: rule, trigger: Int32(trigger), factor: factor))
  }
}
