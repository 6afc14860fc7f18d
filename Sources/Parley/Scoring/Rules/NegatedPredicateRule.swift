/// A positive subject whose positive predicate is negated is not good news:
/// in "the ceasefire never took hold" or "the agreement was not
/// implemented" the sentence says that the good thing failed, so the
/// subject's own valence ("ceasefire", "agreement") stops counting and the
/// negated predicate carries the sentence. A negated booster predicate
/// does the same: "recovery was not guaranteed" doubts the recovery.
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
      guard let n = s.negatedBy(j, orBooster: true) else { continue }
      let clauseID = s.clause(ofCue: n)
      // The nearest positive term before the negator is the subject's head.
      var subject: Int? = nil
      var k = n - 1
      while k >= 0 {
        if s[k].category == .valence && s[k].end <= s[n].start {
          subject = k
          break
        }
        k -= 1
      }
      guard
        let i = subject,
        s[i].weight > 0, s[i].value > 0, s[i].appliedCount == 0,
        s.clause(ofCue: i) == clauseID,
        Int(s[n].start - s[i].end) <= p.negatedSubjectWindow
      else { continue }
      s.apply(.negatedPredicate, to: i, factor: p.negatedSubjectScale, trigger: n)
    }
  }
}
