/// A comparison's standard is a yardstick, not a view: in "the result was
/// better than the collapse many had feared" the collapse did not happen,
/// and in "a hotline that works is better than a silence that can be
/// misread" the silence is what is turned down. After a valence term
/// followed directly by a word the grammar lexicon marks `standard`
/// (`than`), the valence terms of the other sign up to the next
/// punctuation mark count `comparisonStandardScale` times, and so does a
/// negator there that found nothing to reverse ("better than none").
/// Terms of the comparative's own sign keep their tone: "worse than the
/// war" leaves the war as bad as it was, and the comparative carries the
/// judgement either way.
///
/// Runs after the rules that may change a sign (negation, shifters) and
/// under the gate of `PredicateRule` (`RuleGate.predicate`: valence of
/// both signs, or a rule that may change a sign), which is all it needs.
public struct ComparisonRule: StanceRule {
  public let name = "comparison"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.valence.bit }
  /// (It finds the end of a standard itself, only where there is one:
  /// numbering the clauses of every unit under its gate cost more.)
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let words = context.marked.words
    let scale = context.parameters.comparisonStandardScale
    let facts = context.wordFacts
    for i in 0..<s.count where s[i].category == .valence && s[i].value != 0 {
      let t = Int(s[i].end)
      guard t < s.tokens.upperBound else { continue }
      // (The class first, from the word facts where there are some (`than`
      // is ASCII, so they hold its class): a mark is read byte by byte.)
      let preposition = t < facts.count ? TokenFacts.Flags.row(facts[t]).word == .preposition : context.wordClass(t) == .preposition
      guard preposition, words.has(.standard, t, in: context.document) else { continue }
      let end = standardEnd(after: t, in: s.tokens, context)
      let positive = s[i].value > 0
      var j = i + 1
      while j < s.count, Int(s[j].start) < end {
        // (A negator's own value is set only when it governs nothing:
        // `NegationRule`'s bare negation.)
        if s[j].category == .valence || s[j].category == .negator, s[j].value != 0, (s[j].value > 0) != positive {
          s.apply(.comparison, to: j, factor: scale, trigger: i)
        }
        j += 1
      }
    }
  }

  /// Where the standard that `than` at token `t` opens ends: at the first
  /// punctuation mark after it (a comma, a dash, a bracket), or the unit's
  /// end.
  private func standardEnd(after t: Int, in tokens: Range<Int>, _ context: RuleContext) -> Int {
    var k = t + 1
    while k < tokens.upperBound {
      let kind = context.document.tokens[k].kind
      if kind == .punctuation || kind == .terminal { return k }
      k += 1
    }
    return tokens.upperBound
  }
}
