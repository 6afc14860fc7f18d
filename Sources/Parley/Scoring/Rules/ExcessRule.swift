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
/// their own and win over their parts. With no infinitive, an excess is bad
/// news of its own (`excessOfItsOwn`: "far too low", "for too long").
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
      guard let to = infinitive(after: Int(s[i].end), limit: limit, window: p.excessWindow, context) else {
        if p.excessValence > 0 { excessOfItsOwn(&s, i, limit: limit, context) }
        continue
      }
      var first = i + 1
      while first < s.count, Int(s[first].start) <= to { first += 1 }
      // A `to` inside a lexicon phrase ("close to", "due to") is no
      // infinitive's.
      guard first < s.count, first == i + 1 || Int(s[first - 1].end) <= to else { continue }
      let governed = s.governed(by: i, from: first, window: Int(s.tokens.count), where: { $0.category == .valence || $0.category == .shifter })
      NegationRule.reverse(&s, by: i, weight: p.excessNegation, first: governed, window: Int(s.tokens.count), valenceOnly: true, context)
    }
  }

  /// An excess word with no infinitive after it, before a word that it
  /// measures (a content word, an adverb, a quantifier: "far too low",
  /// "too slow", "too often blocked", "for too long", "too many
  /// checkpoints"): more than is good, so bad news of its own,
  /// `-excessValence`. Before a good term right after it, the excess is
  /// of a virtue and reverses it as a negation would, by
  /// `negatedValenceScale` ("too friendly with the junta"); a bad
  /// one it leaves as the intensifier made it ("too weak"). Not after a
  /// negation ("not too low": the denial leaves it unsaid how it is) or
  /// after a capitalized word that no cue covers, where `too` adds ("She
  /// too attended", "Moscow too has"); not before punctuation ("they were
  /// invited, too") or a function word ("too, said", "too would").
  private func excessOfItsOwn<Cues: RuleCues>(_ s: inout Cues, _ i: Int, limit: Int, _ context: RuleContext) {
    let tokens = context.document.tokens
    let next = Int(s[i].end)
    guard next < s.tokens.upperBound, tokens[next].kind == .word else { return }
    switch context.wordClass(next) {
    case .none, .adverb, .quantifier, .adjective: break
    default: return
    }
    // An infinitive further on in the clause is still the excess's, out of
    // the rule's reach: it counts nothing of its own there.
    guard infinitive(after: next, limit: limit, window: Self.farInfinitive, pastPrepositions: true, context) == nil else { return }
    let before = Int(s[i].start) - 1
    if before >= s.tokens.lowerBound {
      let word = context.wordClass(before)
      if word == .negation { return }
      // (A capitalized adverb or quantifier, or a word a cue ends on,
      // modifies the excess: "Far too many", "Much too slow".)
      let modified = word == .adverb || word == .quantifier || (i > 0 && s[i - 1].end == s[i].start)
      if tokens[before].kind == .word, tokens[before].isCapitalized, !modified { return }
    }
    if i + 1 < s.count, Int(s[i + 1].start) == next, s[i + 1].category == .valence {
      if s[i + 1].value > 0 { s.apply(.excess, to: i + 1, factor: -context.parameters.negatedValenceScale, trigger: i) }
      return
    }
    s.setValue(-context.parameters.excessValence, axis: .optimism, of: i)
    s.record(.excess, on: i, factor: s[i].value, trigger: i)
  }

  /// How far (in tokens) an infinitive that still belongs to an excess
  /// may stand: past the rule's window, over prepositional phrases.
  static let farInfinitive = 12

  /// The token of the `to` that opens an infinitive at most `window`
  /// tokens after token `start` and before `limit`, with no punctuation or
  /// clause word between; nil when there is none.
  /// With `pastPrepositions`, a `to` that is a preposition is read past
  /// ("too close to a fair arrangement for anyone to complain").
  private func infinitive(after start: Int, limit: Int, window: Int, pastPrepositions: Bool = false, _ context: RuleContext) -> Int? {
    let tokens = context.document.tokens
    var k = start
    while k < limit, k - start <= window {
      guard tokens[k].kind == .word || tokens[k].kind == .number else { return nil }
      switch context.wordClass(k) {
      case .to:
        let v = k + 1
        guard v < tokens.count, tokens[v].kind == .word else { return nil }
        let opens: Bool
        if tokens[v].isCapitalized || context.marked.words.has(.object, v, in: context.document) {
          // (A name, or a pronoun that is the preposition's object: "too
          // low to them".)
          opens = false
        } else {
          switch context.wordClass(v) {
          case .determiner, .quantifier, .preposition, .nameConnector, .objectPreposition, .that, .wh, .relative: opens = false
          default: opens = true
          }
        }
        if opens { return k }
        guard pastPrepositions else { return nil }
        k += 1
      case .that, .wh, .relative, .subordinator, .but, .modal: return nil
      default: k += 1
      }
    }
    return nil
  }
}
