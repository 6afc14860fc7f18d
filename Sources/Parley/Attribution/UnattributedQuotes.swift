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
    // Twice at most: a phrase that names no one, set off by a comma, opens
    // the sentence before its subject (`Each summer for two decades, Dr.
    // Fiona McAllister-Tanaka has flown …`, `Last year, she …`).
    for attempt in 0..<2 {
      guard k < unit.upperBound else { return nil }
      if facts.pronoun(k) != .none, facts.word(k) != .determiner {
        return mention(for: NounPhrase(range: k..<(k + 1)), isSource: false, lists: &lists)  // `She spent the day …`
      }
      guard let np = forwardNP(from: k, end: unit.upperBound) else { return nil }
      let r = np.range
      let named = isNamed(np)
      let headed = r.contains { facts.speaker($0).map { !$0.categories.subtracting(.title).isEmpty } ?? false }
      if !named, !headed, attempt == 0, np.end + 1 < unit.upperBound, facts.isComma(np.end) {
        k = np.end + 1
        continue
      }
      guard named || headed else { return nil }
      return subject(np, unit: unit, lists: &lists)
    }
    return nil
  }

  /// Mention `np` as the subject of `unit`, with the other people the
  /// sentence names beside it.
  private func subject(_ np: NounPhrase, unit: Range<Int>, lists: inout PassLists) -> Int {
    let subject = mention(for: np, isSource: false, lists: &lists)
    addOtherPeople(after: np, unit: unit, lists: &lists)
    return subject
  }

  /// Whether the phrase or one of its appositives holds a capitalized
  /// word that is no function word: a name.
  func isNamed(_ np: NounPhrase) -> Bool {
    np.range.contains { facts.isCapitalized($0) && facts.word($0) == .none && facts.has($0, .word) }
      || np.appositives.contains { a in appositiveList.ranges[a].contains { facts.isCapitalized($0) && facts.word($0) == .none } }
  }

  /// People a sentence names besides its subject, kept as antecedents for a
  /// later `he` or `she`: a second subject after `and` (`Kenya's foreign
  /// minister, Wambui Gathoni, and her Ethiopian counterpart, Dawit
  /// Bekele, held …`) and a name set off after a role noun (`met her
  /// counterpart, Bohdan Kravets, in Lublin`).
  func addOtherPeople(after np: NounPhrase, unit: Range<Int>, lists: inout PassLists) {
    // `Farida Noorzai and Kamran Durrani`: each name on its own as well
    // (not one body's name that ends in its noun: `the Competition and
    // Markets Authority`).
    let r = np.range
    let bodyName = facts.speaker(r.upperBound - 1).map { !$0.categories.intersection([.organization, .media]).isEmpty } ?? false
    if !bodyName, let a = r.dropFirst().first(where: { facts.word($0) == .and }), a - r.lowerBound >= 2, r.upperBound - a > 2,
      (r.lowerBound..<a).allSatisfy({ facts.isCapitalized($0) }), ((a + 1)..<r.upperBound).allSatisfy({ facts.isCapitalized($0) })
    {
      _ = addMention(r.lowerBound..<a, isSource: false, lists: &lists)
      _ = addMention((a + 1)..<r.upperBound, isSource: false, lists: &lists)
    }
    var k = np.end
    if k < unit.upperBound, facts.isComma(k) { k += 1 }
    if k + 1 < unit.upperBound, facts.word(k) == .and, let second = forwardNP(from: k + 1, end: unit.upperBound), isNamed(second) {
      _ = mention(for: second, isSource: false, lists: &lists)
      k = second.end
    }
    // Each comma before the unit's last two tokens (found through the
    // flags' buffer: most tokens are none).
    var c = k
    while c + 2 < unit.upperBound, let comma = facts.firstComma(in: c..<(unit.upperBound - 2)) {
      c = comma + 1
      guard let role = facts.speaker(comma - 1), role.categories.contains(.role) else { continue }
      var e = comma + 1
      while e < unit.upperBound, facts.isCapitalized(e), facts.word(e) == .none, facts.has(e, .word) { e += 1 }
      guard e - (comma + 1) >= 2, e == unit.upperBound || facts.isComma(e) || facts.isTerminal(e) || facts.word(e).isPreposition else { continue }
      _ = addMention((comma + 1)..<e, isSource: false, lists: &lists)
    }
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
      } else if !hasAtMostWords(q, 2), let s = unit.subject, lists.mentions[s].pronoun == .male || lists.mentions[s].pronoun == .female {
        source = s
        lists.mentions[s].isSource = true
      }
      if let source {
        lists.drafts.append(StatementDraft(paragraph: paragraph, tokens: inner, cue: nil, mention: source, form: .quote))
      }
    }
  }
}
