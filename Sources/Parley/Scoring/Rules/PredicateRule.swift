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
/// Without `be`, a verb right after the subject's term is the predicate
/// when it is a valence term itself: a past form in -ed or of the
/// grammar, or any form after an auxiliary, with at most two auxiliaries
/// or adverbs between ("the agreement lapsed", "the truce has faltered",
/// "peace efforts stalled").
/// A predicate marked `renewal` (`resumed`) is the subject's return: it
/// takes the subject's sign, and counts nothing itself ("fighting has
/// resumed").
/// A subject's term that opens with a one-word negator of the lexicon
/// (`no deal`: `MarkedEntries.isNegator`) is left alone: "no deal was
/// signed" is no signing, not a judged deal.
public struct PredicateRule: StanceRule {
  public let name = "predicate"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.valence.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    guard context.words != nil, hasBothSigns(s) else { return }
    let p = context.parameters
    var i = 0
    while i + 1 < s.count {
      defer { i += 1 }
      let subject = s[i]
      guard subject.category == .valence, subject.value != 0, subject.appliedCount == 0 else { continue }
      // The predicate: the next valence term, in the same clause.
      // A negated predicate is NegatedPredicateRule's.
      guard let j = nextValence(after: i, s),
        (s[j].value > 0) != (subject.value > 0),
        s.negatedBy(j, orBooster: false) == nil,
        s.clause(ofCue: j) == s.clause(ofCue: i)
      else { continue }
      if let be = firstBe(in: Int(subject.end)..<min(Int(subject.end) + p.predicateWindow + 1, Int(s[j].start)), context) {
        guard Int(s[j].start) - (be + 1) <= p.predicateWindow,
          !opensClause(Int(subject.end)..<be, context),
          isPredicateLead(be + 1..<Int(s[j].start), s, context)
        else { continue }
      } else {
        guard isVerbPredicate(j, s, after: subject, context) else { continue }
      }
      guard
        // A subject whose term holds its negator ("no deal") is no
        // subject the predicate judges: the negation governs the
        // predicate too ("no deal was signed" signed none).
        !(subject.end - subject.start > 1 && context.marked.isNegator(token: Int(subject.start), in: context.document))
      else { continue }
      // A verb of coming back takes its subject's sign: "fighting has
      // resumed" is the fighting's return, bad news; its own value
      // (talks resume) counts nothing.
      if context.marked.renewal.contains(s[j].entry) {
        s.apply(.predicate, to: j, factor: 0, trigger: i)
        continue
      }
      s.apply(.predicate, to: i, factor: p.predicateSubjectScale, trigger: j)
    }
  }

  /// The first valence cue after cue `i` with a value other than 0.
  private func nextValence<Cues: RuleCues>(after i: Int, _ s: Cues) -> Int? {
    var j = i + 1
    while j < s.count {
      if s[j].category == .valence && s[j].value != 0 { return j }
      j += 1
    }
    return nil
  }

  /// Some valence term is positive and another negative: the rule cannot
  /// apply otherwise, and the check costs no word lookups.
  private func hasBothSigns<Cues: RuleCues>(_ s: Cues) -> Bool {
    var positive = false
    var negative = false
    for i in 0..<s.count where s[i].category == .valence {
      let v = s[i].value
      if v > 0 { positive = true } else if v < 0 { negative = true }
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
  /// quantifiers, adverbs, modifier cues and `to be` ("is [a very]
  /// serious blow", "has [been] fragile", "seems [to be] unravelling"),
  /// not a verb or noun of its own ("was [renamed] liberty cabbage").
  private func isPredicateLead<Cues: RuleCues>(_ range: Range<Int>, _ s: Cues, _ context: RuleContext) -> Bool {
    range.allSatisfy { k in
      let t = context.document.tokens[k]
      guard t.kind == .word else { return false }
      switch context.wordClass(k) {
      case .determiner, .quantifier, .adverb, .be: return true
      // `to be` after a copula: "seems [to be] unravelling".
      case .to: return k + 1 < range.upperBound && context.wordClass(k + 1) == .be
      default: return context.isAdverb(k) || isInModifier(k, s, from: range.lowerBound - 1)
      }
    }
  }

  /// Token `k` is inside a cue of layer 1 or 2 (a hedge, booster or
  /// modifier) that starts at `first` or later: at the form of `be` or
  /// after it (`are expected to be`), not one that holds the subject and
  /// its verb (`the danger is that weary negotiators …`, where `that`
  /// opens a clause, not a predicate).
  private func isInModifier<Cues: RuleCues>(_ k: Int, _ s: Cues, from first: Int) -> Bool {
    for i in 0..<s.count {
      let c = s[i]
      if c.start <= k && k < c.end && Int(c.start) >= first && (c.category.layer == 1 || c.category.layer == 2) { return true }
    }
    return false
  }

  /// Whether term `j` is the verb of the subject that `subject` ends:
  /// at most two auxiliaries or adverbs between (`the agreement [quietly]
  /// lapsed`, `the truce [has] crumbled`), and the term a past form in -ed
  /// or of the grammar (`lapsed`, `broke down`), or any form after an
  /// auxiliary.
  private func isVerbPredicate<Cues: RuleCues>(_ j: Int, _ s: Cues, after subject: Cue, _ context: RuleContext) -> Bool {
    let start = Int(s[j].start)
    let between = Int(subject.end)..<start
    guard between.count <= 2 else { return false }
    var auxiliary = false
    for k in between {
      guard context.document.tokens[k].kind == .word else { return false }
      switch context.wordClass(k) {
      case .have, .modal, .do: auxiliary = true
      case .adverb: continue
      case .none where context.isAdverb(k): continue
      default: return false
      }
    }
    return auxiliary || context.endsED(start) || context.wordClass(start) == .pastVerb
  }

  private func firstBe(in range: Range<Int>, _ context: RuleContext) -> Int? {
    range.first { context.wordClass($0) == .be }
  }
}
