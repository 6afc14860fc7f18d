/// An excess before an infinitive denies the infinitive: "too vague to be
/// trusted" (no trust), "too divided to agree on anything" (no agreement),
/// "too important to be held hostage" (not held hostage). The excess word is
/// an intensifier whose word the grammar lexicon marks `excess` (`too`,
/// `MarkedEntries.excess`); its `to` follows within `excessWindow` tokens
/// in the same clause, with no punctuation and no second excess word
/// between ("too big and too divided to agree": the second one governs),
/// and opens an infinitive: it is part of no lexicon phrase ("close to")
/// and the word after it is a lower-case word and no determiner,
/// quantifier or preposition ("too near to a line" and "too near to
/// Moscow" name a place). The valence terms after the `to`, to the clause
/// end, are then reversed as a negator of weight `excessNegation`
/// reverses them (`NegationRule.reverse`, recorded as
/// negation by the excess word); a shifter there is denied and ends it
/// ("too weak to stop the fighting": the fighting goes on). The term
/// between keeps its tone, which the intensifier already strengthened
/// ("too vague"). Fixed phrases such as "too early to say" are hedges of
/// their own and win over their parts.
public struct ExcessRule: StanceRule {
  public let name = "excess"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.intensifier.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let excess = context.marked.excess
    guard !excess.isEmpty else { return }
    let p = context.parameters
    for i in 0..<s.count where s[i].category == .intensifier && excess.contains(s[i].entry) {
      // A second excess word before the `to` takes it over.
      var next = i + 1
      while next < s.count, !(s[next].category == .intensifier && excess.contains(s[next].entry)) { next += 1 }
      let limit = next < s.count ? Int(s[next].start) : s.tokens.upperBound
      guard let to = infinitive(after: Int(s[i].end), limit: limit, window: p.excessWindow, context) else { continue }
      var first = i + 1
      while first < s.count, Int(s[first].start) <= to { first += 1 }
      // A `to` inside a lexicon phrase ("close to", "due to") is no
      // infinitive's.
      guard first < s.count, first == i + 1 || Int(s[first - 1].end) <= to else { continue }
      let governed = s.governed(by: i, from: first, window: Int(s.tokens.count), where: { $0.category == .valence || $0.category == .shifter })
      NegationRule.reverse(&s, by: i, weight: p.excessNegation, first: governed, window: Int(s.tokens.count), valenceOnly: true, context)
    }
  }

  /// The token of the `to` that opens an infinitive at most `window`
  /// tokens after token `start` and before `limit`, with no punctuation or
  /// clause word between; nil when there is none.
  private func infinitive(after start: Int, limit: Int, window: Int, _ context: RuleContext) -> Int? {
    let tokens = context.document.tokens
    var k = start
    while k < limit, k - start <= window {
      guard tokens[k].kind == .word || tokens[k].kind == .number else { return nil }
      switch context.wordClass(k) {
      case .to:
        let v = k + 1
        guard v < tokens.count, tokens[v].kind == .word, !tokens[v].isCapitalized else { return nil }
        switch context.wordClass(v) {
        case .determiner, .quantifier, .preposition, .nameConnector, .objectPreposition, .that, .wh, .relative: return nil
        default: return k
        }
      case .that, .wh, .relative, .subordinator, .but, .modal: return nil
      default: k += 1
      }
    }
    return nil
  }
}
