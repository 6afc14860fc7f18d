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

  public func apply(_ s: inout SentenceState, _ context: RuleContext) {
    let p = context.parameters
    for j in s.cues.indices where (s.cues[j].category == .valence || s.cues[j].category == .booster) && s.cues[j].weight > 0 {
      guard let negation = s.firstApplied(on: j, .negation, .negatedBooster) else { continue }
      let n = Int(negation.trigger)
      let clauseID = s.clauseOf(s.cues[n].start)
      // The nearest positive term before the negator is the subject's head.
      guard
        let i = s.cues.indices.last(where: {
          $0 < n && s.cues[$0].category == .valence && s.cues[$0].end <= s.cues[n].start
        }),
        s.cues[i].weight > 0, s.cues[i].value > 0, s.cues[i].appliedCount == 0,
        s.clauseOf(s.cues[i].start) == clauseID,
        Int(s.cues[n].start - s.cues[i].end) <= p.negatedSubjectWindow
      else { continue }
      s.apply(.negatedPredicate, to: i, factor: p.negatedSubjectScale, trigger: n)
    }
  }
}
