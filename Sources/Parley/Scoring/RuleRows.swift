/// One cue of a unit as the library's rules work on it in the scorer's
/// scratch (`RuleRows`): the cue, its clause number and the cue whose
/// negation first changed it.
struct RuleCue {
  var cue: Cue
  /// Clause number of the cue's start, set only when a rule that reads
  /// clauses runs (`RuleRows.markClauses`).
  var clause: Int32 = 0
  /// The trigger of the first `negation` or `negated-booster` record on
  /// the cue, -1 when there is none, and whether that record is a
  /// `negation`.
  var negatedBy: Int32 = -1
  var byNegation = false

  @inline(__always)
  init(_ cue: Cue) {
    self.cue = cue
  }
}

/// The cues of one unit in the scorer's scratch, as the library's rules
/// read and change them (`RuleCues`) when the model has no other rule and
/// no evidence is asked for (`SentenceScorer.runRules`): no
/// `SentenceState` is loaded, and what the rules did is not recorded,
/// only counted on each cue (`Cue.appliedCount`) and, for negation, kept
/// for the rules that ask (`negatedBy`).
///
/// `negatedBy(_:orBooster:)` answers from the first record of either
/// kind: exact for the library's rules, since `NegationRule` records
/// `negation` only on valence cues and shifters and `negated-booster` only
/// on boosters, so no cue gets both.
struct RuleRows: RuleCues {
  /// The unit's cues, in token order (after the name check and the
  /// modifiers dropped inside longer cues): the first `count` of the
  /// scorer's scratch, lent for the unit (`SentenceScorer.runRules`), so
  /// that a rule's reads and writes take no bounds or uniqueness check
  /// and the unit holds no reference. Every index the rules use is below
  /// `count`.
  let cues: UnsafeMutableBufferPointer<RuleCue>
  let count: Int
  let tokens: Range<Int>
  let isQuestion: Bool
  let isReportedSpeech: Bool
  /// Hedges tied to no cue (`QuestionRule`): how many, and the mass of
  /// the last (every one is `questionHedge`).
  var hedges = 0
  var hedgeMass = 0.0

  @inline(__always)
  subscript(i: Int) -> Cue { cues[i].cue }

  @inline(__always)
  func clause(ofCue i: Int) -> Int32 { cues[i].clause }

  @inline(__always)
  func negatedBy(_ i: Int, orBooster: Bool) -> Int? {
    let c = cues[i]
    return c.negatedBy >= 0 && (orBooster || c.byNegation) ? Int(c.negatedBy) : nil
  }

  @inline(__always)
  mutating func apply(_ rule: RuleName, to index: Int, factor: Double, trigger: Int) {
    cues[index].cue.value *= factor
    record(rule, on: index, factor: factor, trigger: trigger)
  }

  @inline(__always)
  mutating func record(_ rule: RuleName, on index: Int, factor: Double, trigger: Int) {
    cues[index].cue.appliedCount += 1
    if (rule == .negation || rule == .negatedBooster) && cues[index].negatedBy < 0 {
      cues[index].negatedBy = Int32(trigger)
      cues[index].byNegation = rule == .negation
    }
  }

  @inline(__always)
  mutating func setValue(_ value: Double, axis: Cue.Axis?, of i: Int) {
    cues[i].cue.value = value
    cues[i].cue.axis = axis
  }

  @inline(__always)
  mutating func makeValence(_ value: Double, of i: Int) {
    cues[i].cue.category = .valence
    setValue(value, axis: .optimism, of: i)
  }

  @inline(__always)
  mutating func addHedge(_ rule: String, mass: Double, token: Int32) {
    hedges += 1
    hedgeMass = mass
  }

  /// Grows `scratch` to `count` cues at least (`fill` writes into its
  /// buffer, which must have room for all of a unit's cues).
  @inline(__always)
  static func grow(_ scratch: inout [RuleCue], to count: Int) {
    if scratch.count < count { scratch.append(contentsOf: repeatElement(RuleCue(Cue(start: 0, end: 0, entry: 0, category: .valence, weight: 0, value: 0, axis: nil)), count: count - scratch.count)) }
  }

  /// Copies the cues of `source` into the start of `scratch` (room for
  /// `source.count` cues: `grow`), without the modifiers inside longer
  /// cues when `dropModifiers`; returns how many cues are copied.
  @inline(__always)
  static func fill(_ scratch: UnsafeMutableBufferPointer<RuleCue>, from source: UnsafeBufferPointer<CueRow>, dropModifiers: Bool) -> Int {
    let n = source.count
    guard dropModifiers else {
      for i in 0..<n { scratch[i] = RuleCue(source[i].cue) }
      return n
    }
    var kept = 0
    for i in 0..<n {
      let row = source[i]
      if row.bits & LexiconCategory.layer2Bits != 0 && isInsideLongerCue(row, of: source) { continue }
      scratch[kept] = RuleCue(row.cue)
      kept += 1
    }
    return kept
  }

  /// A modifier inside a longer cue of another layer is dropped, as
  /// `SentenceScorer.dropModifiersInsideLongerCues` drops it from a state:
  /// `c` (a modifier, layer 2) lies inside a longer row of `rows` flagged
  /// `CueRows.container` (two tokens or more, another layer, a weight or
  /// of valence). (Only modifiers are dropped, and the test reads
  /// containers only, so dropping one changes no later test.)
  @inline(__always)
  static func isInsideLongerCue(_ c: CueRow, of rows: UnsafeBufferPointer<CueRow>) -> Bool {
    for o in rows where o.bits & CueRows.container != 0 {
      if o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start { return true }
    }
    return false
  }

  /// Clause numbers of the cues, as `SentenceScorer.markClauses` numbers
  /// their start tokens: clause-breaking punctuation up to and with the
  /// start (`SentenceScorer.breaks(through:_:)`) plus the clause-opening
  /// cues on a word up to and with it (`ContrastRule.opensClause(_:in:_:)`
  /// in unit `unit`). Cues that share a start share the number of the last
  /// of them (which counts every opener at that token), as the token's
  /// entry is written last by it there.
  static func markClauses(_ cues: UnsafeMutableBufferPointer<RuleCue>, tokens: UnsafeBufferPointer<Token>, counts: UnsafeBufferPointer<UInt64>, unit: Range<Int>, context: RuleContext) {
    var openers: Int32 = 0
    var lastOpener = -1
    // An opener counted after another cue at its token: only then do cues
    // that share a start differ, and need the pass below.
    var openerAfterSameStart = false
    for i in 0..<cues.count {
      let c = cues[i].cue
      let k = Int(c.start)
      // Openers starting at the same token count once; on punctuation
      // they add nothing (the punctuation decides).
      if c.category.opensClause, k != lastOpener, tokens[k].kind != .punctuation, ContrastRule.opensClause(c, in: unit, context) {
        openers += 1
        lastOpener = k
        if i > 0 && cues[i - 1].cue.start == c.start { openerAfterSameStart = true }
      }
      cues[i].clause = SentenceScorer.breaks(through: k, counts) + openers
    }
    guard openerAfterSameStart else { return }
    var i = cues.count - 2
    while i >= 0 {
      if cues[i].cue.start == cues[i + 1].cue.start { cues[i].clause = cues[i + 1].clause }
      i -= 1
    }
  }
}
