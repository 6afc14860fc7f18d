/// A positive subject whose positive predicate is negated is not good news:
/// in "the ceasefire never took hold" or "the agreement was not
/// implemented" the sentence says that the good thing failed, so the
/// subject's own valence ("ceasefire", "agreement") stops counting and the
/// negated predicate carries the sentence. A negated booster predicate
/// does the same: "recovery was not guaranteed" doubts the recovery. So
/// does a negated predicate of no tone: "the ceasefire has not held".
///
/// The subject is a positive valence term in the negator's clause that ends
/// at most `negatedSubjectWindow` tokens before the negator ("the agreement
/// [was] not implemented"); its value is multiplied by
/// `negatedSubjectScale`. A negated negative predicate ("the truce was not
/// violated") leaves the subject alone: nothing good failed.
public struct NegatedPredicateRule: StanceRule {
  public let name = "negated-predicate"
  public init() {}
  /// It reads what negation did, so it needs a negator too.
  public var triggers: UInt32 { LexiconCategory.negator.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let p = context.parameters
    for j in 0..<s.count where (s[j].category == .valence || s[j].category == .booster) && s[j].weight > 0 {
      guard let n = s.negatedBy(j, orBooster: true), let i = Self.subject(before: n, s, p) else { continue }
      s.apply(.negatedPredicate, to: i, factor: p.negatedSubjectScale, trigger: n)
    }
    // A negator of the verb (after an auxiliary, or a modal itself:
    // `cannot`) with nothing evaluative to reverse (`NegationRule`'s bare
    // negation) denies a predicate of no tone of its own: "the ceasefire
    // has not held", "patience is not a policy" say as plainly that the
    // good thing failed. (Not `without` or `than none` after a noun or a
    // comparative: "flexibility without giving away the card".)
    for n in 0..<s.count where s[n].category == .negator && s[n].axis == .optimism && s[n].value < 0 {
      let t = Int(s[n].start)
      guard t > s.tokens.lowerBound, context.wordClass(t - 1).isAuxiliary || context.wordClass(t) == .modal,
        let i = Self.subject(before: n, s, p)
      else { continue }
      s.apply(.negatedPredicate, to: i, factor: p.negatedSubjectScale, trigger: n)
    }
  }

  /// The subject's head of negator `n`: the nearest valence term before
  /// it, if positive, not yet changed by a rule, in its clause and ending
  /// at most `negatedSubjectWindow` tokens before it.
  static func subject<Cues: RuleCues>(before n: Int, _ s: Cues, _ p: ModelParameters) -> Int? {
    var k = n - 1
    while k >= 0 {
      if s[k].category == .valence && s[k].end <= s[n].start { break }
      k -= 1
    }
    guard k >= 0, s[k].weight > 0, s[k].value > 0, s[k].appliedCount == 0,
      s.clause(ofCue: k) == s.clause(ofCue: n),
      Int(s[n].start - s[k].end) <= p.negatedSubjectWindow
    else { return nil }
    return k
  }
}
