/// What the library's rules read and change of one unit's cues. Each rule
/// of `Rules/` has one body (`run`), generic over this, that its
/// `StanceRule.apply` runs over a `SentenceState` and the scorer runs over
/// its scratch (`RuleRows`) when the model has only the library's rules;
/// specialized for each, so the public path and the fast path run the
/// same code.
protocol RuleCues {
  /// How many cues the unit has (rules never add or remove one).
  var count: Int { get }
  /// Cue `i`, in token order.
  subscript(i: Int) -> Cue { get }
  /// The unit's tokens in the document.
  var tokens: Range<Int> { get }
  /// The unit ends in a question mark.
  var isQuestion: Bool { get }
  /// The unit is the content of reported speech
  /// (`SentenceState.isReportedSpeech`).
  var isReportedSpeech: Bool { get }
  /// The clause number of cue `i`'s start (only equal or different
  /// numbers mean anything).
  func clause(ofCue i: Int) -> Int32
  /// The trigger of the first `negation` record on cue `i` (with
  /// `orBooster`, of the first `negation` or `negated-booster` record);
  /// nil when there is none.
  func negatedBy(_ i: Int, orBooster: Bool) -> Int?
  /// Multiplies cue `index`'s value by `factor` and records it.
  mutating func apply(_ rule: RuleName, to index: Int, factor: Double, trigger: Int)
  /// Records that `rule` changed cue `index` (its value already set).
  mutating func record(_ rule: RuleName, on index: Int, factor: Double, trigger: Int)
  /// Sets cue `i`'s value and axis (before recording it).
  mutating func setValue(_ value: Double, axis: Cue.Axis?, of i: Int)
  /// Makes cue `i` a valence term of `value` on the optimism axis, which
  /// the rules after read as one (`StandardHedgeRule`'s expectation).
  mutating func makeValence(_ value: Double, of i: Int)
  /// Adds hedge mass tied to no cue (`QuestionRule`), at `token`.
  mutating func addHedge(_ rule: String, mass: Double, token: Int32)
}

extension RuleCues {
  /// The first cue index `j >= from` after cue `i` that starts within
  /// `window` tokens of its end, in the same clause, and satisfies
  /// `predicate`; nil when there is none. The cues `i` governs are
  /// `governed(by: i, from: i + 1, ...)`, then from the last one found plus
  /// one, and so on (no array per call; rules change only values, never
  /// what the scan reads).
  @inline(__always)
  func governed(by i: Int, from: Int, window: Int, aside: Aside? = nil, where predicate: (Cue) -> Bool) -> Int? {
    let trigger = self[i]
    let clauseID = clause(ofCue: i)
    var j = from
    while j < count {
      let c = self[j]
      if let aside, c.start > aside.close {
        // Past an aside: its tokens do not count, and the clause it
        // resumes is the trigger's.
        if Int(c.start - trigger.end - aside.skipped) > window { return nil }
        if clause(ofCue: j) == aside.clause, predicate(c) { return j }
        j += 1
        continue
      }
      if Int(c.start - trigger.end) > window { return nil }
      if c.start >= trigger.end, clause(ofCue: j) == clauseID, predicate(c) { return j }
      j += 1
    }
    return nil
  }

  /// Zeroes, as `rule`, the negative valence terms on cue `i`'s own words
  /// that no rule has touched yet: a shifter that is a loss by itself
  /// (`plunged`), a negator of failure (`failed` of `failed to`). Cues
  /// are in order of their starts, so only the neighbours of `i` are read.
  mutating func dropOwnLoss(of i: Int, as rule: RuleName) {
    let start = self[i].start, end = self[i].end
    var k = i
    while k > 0, self[k - 1].start >= start { k -= 1 }
    while k < count, self[k].start < end {
      let c = self[k]
      if k != i, c.category == .valence, c.value < 0, c.end <= end, c.appliedCount == 0 { apply(rule, to: k, factor: 0, trigger: i) }
      k += 1
    }
  }

  /// Every cue index `governed(by:from:window:aside:where:)` finds after cue `i`,
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

extension SentenceState: RuleCues {
  @inline(__always)
  var count: Int { cues.count }

  @inline(__always)
  subscript(i: Int) -> Cue { cues[i] }

  @inline(__always)
  func clause(ofCue i: Int) -> Int32 { clauseOf(cues[i].start) }

  @inline(__always)
  func negatedBy(_ i: Int, orBooster: Bool) -> Int? {
    firstApplied(on: i, .negation, orBooster ? .negatedBooster : nil).map { Int($0.trigger) }
  }

  @inline(__always)
  mutating func setValue(_ value: Double, axis: Cue.Axis?, of i: Int) {
    cues[i].value = value
    cues[i].axis = axis
  }

  @inline(__always)
  mutating func makeValence(_ value: Double, of i: Int) {
    cues[i].category = .valence
    setValue(value, axis: .optimism, of: i)
  }

  @inline(__always)
  mutating func addHedge(_ rule: String, mass: Double, token: Int32) {
    extraHedge.append((rule, mass, token))
  }
}

/// An aside between commas that interrupts a trigger's clause and after
/// which the clause goes on: "did not, in the end, fully restore power".
/// Cues after `close` (the aside's closing comma) in clause `clause` are
/// read as the trigger's, `skipped` tokens nearer than they stand (the
/// aside's, with its commas). `NegationRule.aside(after:_:_:)` finds one.
struct Aside: Equatable {
  /// The token of the aside's closing comma.
  var close: Int32
  /// The clause number of the cues after it (`RuleCues.clause(ofCue:)`).
  var clause: Int32
  /// The tokens from the trigger's end through the closing comma.
  var skipped: Int32
}
