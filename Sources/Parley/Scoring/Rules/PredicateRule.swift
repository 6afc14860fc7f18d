/// A predicate after `be` evaluates its subject: in "the agreement would be
/// a death sentence for family farms", "the ceasefire was violated" or
/// "the sanctions were a success" the sentence says what the predicate
/// says, and the subject only names what is judged. When the subject's
/// term and the predicate's term have opposite signs, the subject's value
/// is multiplied by `predicateSubjectScale`; when they agree ("the talks
/// were productive") nothing changes.
///
/// The subject's term is the nearest valence term before a form of `be`
/// (`grammar.be`) in the same clause, at most `predicateWindow` tokens
/// before it, and untouched by other rules; the predicate's term is the
/// first valence term after `be` in the clause, at most `predicateWindow`
/// tokens after it ("is [a serious] blow", "were [widely] criticized").
public struct PredicateRule: StanceRule {
  public let name = "predicate"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.valence.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) {
    guard context.words != nil, hasBothSigns(s) else { return }
    let p = context.parameters
    var i = 0
    while i + 1 < s.cues.count {
      defer { i += 1 }
      let subject = s.cues[i]
      guard subject.category == .valence, subject.value != 0, subject.appliedCount == 0 else { continue }
      // The predicate: the next valence term, in the same clause.
      // A negated predicate is NegatedPredicateRule's.
      guard let j = s.cues.indices[(i + 1)...].first(where: { s.cues[$0].category == .valence && s.cues[$0].value != 0 }),
        (s.cues[j].value > 0) != (subject.value > 0),
        s.firstApplied(on: j, .negation) == nil,
        s.clauseOf(s.cues[j].start) == s.clauseOf(subject.start),
        let be = firstBe(in: Int(subject.end)..<min(Int(subject.end) + p.predicateWindow + 1, Int(s.cues[j].start)), context),
        Int(s.cues[j].start) - (be + 1) <= p.predicateWindow,
        !opensClause(Int(subject.end)..<be, context),
        isPredicateLead(be + 1..<Int(s.cues[j].start), s, context)
      else { continue }
      s.apply(.predicate, to: i, factor: p.predicateSubjectScale, trigger: j)
    }
  }

  /// Some valence term is positive and another negative: the rule cannot
  /// apply otherwise, and the check costs no word lookups.
  private func hasBothSigns(_ s: SentenceState) -> Bool {
    var positive = false
    var negative = false
    for c in s.cues where c.category == .valence {
      if c.value > 0 { positive = true } else if c.value < 0 { negative = true }
    }
    return positive && negative
  }

  /// A conjunction, subordinator, `that`, relative or question word, or a
  /// quote between the subject's term and `be`: the term is in another
  /// clause ("absurd extremes [as] sauerkraut was renamed").
  private func opensClause(_ range: Range<Int>, _ context: RuleContext) -> Bool {
    range.contains { k in
      if context.document.tokens[k].kind == .quote { return true }
      switch context.wordClass(k) {
      case .and, .or, .but, .subordinator, .as, .that, .relative, .wh: return true
      default: return false
      }
    }
  }

  /// What may stand between `be` and the predicate's term: determiners,
  /// quantifiers, adverbs and modifier cues ("is [a very] serious blow",
  /// "has [been] fragile"), not a verb or noun of its own ("was [renamed]
  /// liberty cabbage").
  private func isPredicateLead(_ range: Range<Int>, _ s: SentenceState, _ context: RuleContext) -> Bool {
    range.allSatisfy { k in
      let t = context.document.tokens[k]
      guard t.kind == .word else { return false }
      switch context.wordClass(k) {
      case .determiner, .quantifier, .adverb, .be: return true
      default: return context.isAdverb(k) || s.cues.contains { $0.start <= k && k < $0.end && ($0.category.layer == 1 || $0.category.layer == 2) }
      }
    }
  }

  private func firstBe(in range: Range<Int>, _ context: RuleContext) -> Int? {
    range.first { context.wordClass($0) == .be }
  }
}
