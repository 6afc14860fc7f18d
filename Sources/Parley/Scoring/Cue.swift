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
  /// How many rules changed this cue (their records are in
  /// `SentenceState.applied`, so a cue holds no array and copies freely).
  public var appliedCount: Int32 = 0

  public enum Axis: String, Sendable, Codable { case optimism, hedging }
}

/// A rule's effect on one cue: which rule, on which cue, triggered by which
/// cue (-1 when no cue did, e.g. a question mark), and the factor it
/// multiplied the value by (or the value it set).
public struct AppliedRule: Sendable, Hashable {
  public var rule: RuleName
  /// Index of the changed cue in `SentenceState.cues`.
  public var cue: Int32
  public var trigger: Int32
  public var factor: Double
}

/// The names rules record in evidence (`negation(not) ×-0.75`). A small
/// enum, so that recording a rule copies no string.
public enum RuleName: UInt8, Sendable, Hashable, CaseIterable {
  case negation, bareNegation, negatedBooster, negatedHedge, shifter, negatedPredicate, predicate
  case reportAssert, reportDistance, question, conditional, concessive
  case contrastAfter, contrastBefore, hedgedClaim, intensifier, dampener, backshift, indirectQuestion, comparison
  // (Session 48's, after the others: the raw values of those stay.)
  case timeClause, relativeClause
  // (Session 51's.)
  case noQuantity
  case topic
  // (Session 60's.)
  case comparisonStandard
  // (Session 61's.)
  case scheduledStep
  // (Session 62's.)
  case excess
  // (Session 64's.)
  case expectation
  // (Session 65's.)
  case unmovedQuantity, rise, drop
  // (Session 68's.)
  case background
  // (Session 69's.)
  case shortfall

  /// The name as written in evidence.
  public var text: String {
    switch self {
    case .negation: "negation"
    case .bareNegation: "bare-negation"
    case .negatedBooster: "negated-booster"
    case .negatedHedge: "negated-hedge"
    case .shifter: "shifter"
    case .negatedPredicate: "negated-predicate"
    case .predicate: "predicate"
    case .reportAssert: "report-assert"
    case .reportDistance: "report-distance"
    case .question: "question"
    case .conditional: "conditional"
    case .concessive: "concessive"
    case .contrastAfter: "contrast-after"
    case .contrastBefore: "contrast-before"
    case .hedgedClaim: "hedged-claim"
    case .intensifier: "intensifier"
    case .dampener: "dampener"
    case .backshift: "backshift"
    case .indirectQuestion: "indirect-question"
    case .comparison: "comparison"
    case .timeClause: "time-clause"
    case .relativeClause: "relative-clause"
    case .noQuantity: "no-quantity"
    case .topic: "topic"
    case .comparisonStandard: "comparison-standard"
    case .scheduledStep: "scheduled-step"
    case .excess: "excess"
    case .expectation: "expectation"
    case .unmovedQuantity: "unmoved-quantity"
    case .rise: "rise"
    case .drop: "drop"
    case .background: "background"
    case .shortfall: "shortfall"
    }
  }
}

/// The state the rules of one sentence work on.
public struct SentenceState: Sendable {
  /// The sentence's tokens in the document.
  public var tokens: Range<Int>
  /// The cues found in it, in token order.
  public var cues: [Cue] = []
  /// Clause number of tokens of the sentence, from token `clauseBase` on
  /// (index `k - clauseBase`). Clauses break at , ; : ( ) dashes and at
  /// contrast, concessive or conditional cues. The scorer numbers only the
  /// tokens where a cue starts, the ones rules ask about (other entries are
  /// stale), and only for units whose rules read clauses
  /// (`clausesMarked`); only equal or different numbers mean anything.
  public var clause: [Int32] = []
  /// The token of `clause[0]` (`tokens.lowerBound` unless the scorer set it).
  public var clauseBase: Int
  /// The scorer numbered this unit's clauses (`clause` is otherwise left
  /// as an earlier unit had it: no rule that reads it ran).
  var clausesMarked = false
  /// The sentence ends in a question mark.
  public var isQuestion = false
  /// The unit is the content of reported speech (a `reported` or
  /// `according to` statement): a reporting verb outside it introduced
  /// it, as one inside a sentence introduces what follows it.
  public var isReportedSpeech = false
  /// What the rules did, in the order they did it, for every cue (a side
  /// table: `Cue.appliedCount` says how many records a cue has here).
  public var applied: [AppliedRule] = []
  /// Extra hedge mass not tied to a lexicon cue (questions).
  public var extraHedge: [(rule: String, mass: Double, token: Int32)] = []

  /// A trigger bit (`StanceRule.triggers`) of no cue category: set when
  /// the sentence ends in a question mark (`QuestionRule`).
  public static let questionTrigger: UInt32 = 1 << 31
  /// A bit of no category, set for every unit the rules see, so that a
  /// rule with all trigger bits (the default) is always called.
  static let alwaysTrigger: UInt32 = 1 << 30
  /// Set when a valence term of the unit may be in what a noun is about
  /// (`TopicRule.mayOpenTopic`): the rule runs only there, not in every
  /// unit with a valence term. The bit of `abbreviation`, a category no
  /// stance model reads (`RuleGate`'s bits and the two above are taken).
  static let topicTrigger: UInt32 = LexiconCategory.abbreviation.bit

  public init(tokens: Range<Int>) {
    self.tokens = tokens
    self.clauseBase = tokens.lowerBound
  }

  /// The clause number of `token`, a cue's start.
  @inline(__always)
  public func clauseOf(_ token: Int32) -> Int32 { clause[Int(token) - clauseBase] }


  /// Multiplies cue `index`'s value by `factor` and records it.
  mutating func apply(_ rule: RuleName, to index: Int, factor: Double, trigger: Int) {
    cues[index].value *= factor
    record(rule, on: index, factor: factor, trigger: trigger)
  }

  /// Records that `rule` changed cue `index` (its value already set).
  mutating func record(_ rule: RuleName, on index: Int, factor: Double, trigger: Int) {
    cues[index].appliedCount += 1
    applied.append(AppliedRule(rule: rule, cue: Int32(index), trigger: Int32(trigger), factor: factor))
  }

  /// The first record on cue `index` of one of `rules`, in the order applied.
  func firstApplied(on index: Int, _ a: RuleName, _ b: RuleName? = nil) -> AppliedRule? {
    if cues[index].appliedCount == 0 { return nil }
    for r in applied where Int(r.cue) == index && (r.rule == a || r.rule == b) { return r }
    return nil
  }

  /// The records of cue `index`, in the order applied.
  public func applied(on index: Int) -> [AppliedRule] {
    if cues[index].appliedCount == 0 { return [] }
    return applied.filter { Int($0.cue) == index }
  }
}
