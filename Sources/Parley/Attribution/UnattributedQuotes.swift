/// Quotes that no cue attributes, and the sentence subjects that pronouns
/// and such quotes may refer to.
extension AttributionPass {
  /// The subject of a unit (after a leading adverbial: `In Kyiv, officials
  /// …`), kept as an antecedent for pronouns and for a second verb.
  /// (The mention goes into `lists`.)
  func unitSubject(_ unit: Range<Int>, lists: inout PassLists) -> Int? {
    var k = unit.lowerBound
    if quoteAt[k] >= 0 { return nil }
    let w = facts.word(k)
    // A participle opening the sentence (`Asked whether …,`), not a name in
    // -ed before another capital (`Ahmed Saleh arrived …`).
    let participle = facts.has(k, .endsED) && facts.isCapitalized(k) && !(k + 1 < unit.upperBound && facts.isCapitalized(k + 1))
    if w.isPreposition || w == .wh || w == .subordinator || facts.isAdverb(k) || participle || facts.has(k, .endsING) {
      var c = k + 1
      while c < unit.upperBound, c < k + 12, !facts.isComma(c), !facts.has(c, .inCue), !isHardBoundary(c) { c += 1 }
      guard c < unit.upperBound, facts.isComma(c) else { return nil }
      k = c + 1
    }
    guard k < unit.upperBound else { return nil }
    if facts.pronoun(k) != .none, facts.word(k) != .determiner {
      return mention(for: NounPhrase(range: k..<(k + 1)), isSource: false, lists: &lists)  // `She spent the day …`
    }
    guard let np = forwardNP(from: k, end: unit.upperBound) else { return nil }
    let r = np.range
    let named = r.contains { facts.isCapitalized($0) && facts.word($0) == .none && facts.has($0, .word) } || np.appositives.contains { a in appositiveList.ranges[a].contains { facts.isCapitalized($0) && facts.word($0) == .none } }
    let headed = r.contains { facts.speaker($0).map { !$0.categories.subtracting(.title).isEmpty } ?? false }
    guard named || headed else { return nil }
    return mention(for: np, isSource: false, lists: &lists)
  }

  /// Quotes no cue attributed: a quote that is a whole sentence belongs to
  /// the nearest quoted speaker of the paragraph (or the previous quote it
  /// continues); a longer quote in a sentence whose subject is `he` or `she`
  /// belongs to that subject. Others are the writer's.
  /// (Mutating, though it changes only `lists`: called from a mutating
  /// method, a non-mutating one would copy the pass.)
  mutating func attributeLooseQuotes(paragraph: Int, firstDraft: Int, lists: inout PassLists) {
    for q in quotes {
      let covered = lists.drafts[firstDraft...].contains { $0.tokens.overlaps(q.inner) }
      guard !covered, let inner = quoteContent(q), !isScare(q, governStart: nil) else { continue }
      guard let unit = lists.unitSubjects.last(where: { $0.unit.contains(q.open) }) else { continue }
      let whole = unit.unit.allSatisfy { q.marks.contains($0) || facts.isTerminal($0) || facts.isComma($0) || facts.isQuote($0) || isPeriod($0) }
      var source: Int? = nil
      if whole {
        let before = lists.drafts[firstDraft...].last { $0.isQuote && $0.tokens.upperBound <= q.open }
        let after = lists.drafts[firstDraft...].first { $0.isQuote && $0.tokens.lowerBound >= q.marks.upperBound }
        source = before?.mention ?? after?.mention
        if source == nil, q.open == document.paragraphs[paragraph].tokens.lowerBound {
          let carried = continuedQuoteMention >= 0 ? continuedQuoteMention : previousParagraphQuoteMention
          if carried >= 0 { source = carried }
        }
      } else if wordCount(q) >= 3, let s = unit.subject, lists.mentions[s].pronoun == .male || lists.mentions[s].pronoun == .female {
        source = s
        lists.mentions[s].isSource = true
      }
      if let source {
        lists.drafts.append(StatementDraft(paragraph: paragraph, tokens: inner, cue: nil, mention: source, form: .quote))
      }
    }
  }
}
