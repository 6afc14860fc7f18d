/// Quotes that no cue attributes, and the sentence subjects that pronouns
/// and such quotes may refer to.
extension AttributionPass {
  /// The subject of a unit (after a leading adverbial: `In Kyiv, officials
  /// …`), kept as an antecedent for pronouns and for a second verb.
  /// (The mention goes into `lists`.)
  func unitSubject(_ unit: Range<Int>, lists: inout PassLists) -> Int? {
    var k = unit.lowerBound
    if quoteAt[k] >= 0 { return nil }
    // A coordinator before the subject (`But the director is not sure`);
    // `that` before a speaker's noun is its determiner (`That lawmaker,
    // Graham Pettigrew, had voted …`).
    let opener = facts.word(k)
    if k + 1 < unit.upperBound, opener == .but || opener == .and || opener == .or || (opener == .that && facts.speaker(k + 1)?.start == k + 1) { k += 1 }
    let w = facts.word(k)
    // A participle opening the sentence (`Asked whether …,`), not a name in
    // -ed before another capital (`Ahmed Saleh arrived …`).
    let participle = facts.has(k, .endsED) && facts.isCapitalized(k) && !(k + 1 < unit.upperBound && facts.isCapitalized(k + 1))
    if w.isPreposition || w == .wh || w == .subordinator || facts.isAdverb(k) || participle || facts.has(k, .endsING) {
      var c = k + 1
      var inverted: Int? = nil
      while c < unit.upperBound, c < k + 12, !facts.isComma(c), !facts.has(c, .inCue), !isHardBoundary(c) {
        // An inverted sentence names its subject after the verb: `Among
        // those freed was Ales Kavaliou, a journalist who …`, `In the front
        // row sat Carmenza Ochoa, whose son …`.
        let inverts = facts.word(c) == .be || facts.word(c) == .pastVerb
        if w.isPreposition, inverts, c + 1 < unit.upperBound, facts.isCapitalized(c + 1), facts.word(c + 1) == .none {
          inverted = c + 1
          break
        }
        // … or names it last, after a description: `Among the riders is a
        // 23-year-old from Colombia who finished third last year, Julián
        // Rojas Patiño.`
        if w.isPreposition, inverts, let name = nameEnding(unit, after: c + 1) {
          inverted = name
          break
        }
        c += 1
      }
      if let inverted {
        k = inverted
      } else {
        guard c < unit.upperBound, facts.isComma(c) else { return nil }
        // A person named with a title inside the opening phrase, or with
        // an age after it, is kept for a later `she` or `he`: `For Ms.
        // Ferreira-Lane, the politics can wait. She said …`, `For Kang
        // Bok-soon, 91, who …, the news came as a shock. “…,” she said`.
        if w.isPreposition { addNamedPerson(in: (k + 1)..<c, unit: unit, lists: &lists) }
        k = c + 1
      }
    }
    // Twice at most: a phrase that names no one, set off by a comma, opens
    // the sentence before its subject (`Each summer for two decades, Dr.
    // Fiona McAllister-Tanaka has flown …`, `Last year, she …`).
    for attempt in 0..<2 {
      guard k < unit.upperBound else { return nil }
      // (`One of the study’s authors, Henrique Toledo, was blunter`: a
      // phrase, not `one` alone.)
      if facts.pronoun(k) != .none, facts.word(k) != .determiner, !(facts.pronoun(k) == .member && k + 1 < unit.upperBound && isMarked(k + 1, .possessor)) {
        return mention(for: NounPhrase(range: k..<(k + 1)), isSource: false, lists: &lists)  // `She spent the day …`
      }
      guard let np = forwardNP(from: k, end: unit.upperBound) else { return nil }
      let r = np.range
      // (Whether a speaker's noun heads the phrase is asked only when it
      // names no one.)
      if !isNamed(np) {
        // (A speaker's noun after a preposition other than `of` is not the
        // phrase's: `a proposal from the fund’s co-chairs`.)
        let stop = r.first { facts.word($0).isPreposition && !isMarked($0, .possessor) } ?? r.upperBound
        let headed = (r.lowerBound..<stop).contains { facts.speaker($0).map { !$0.categories.subtracting(.title).isEmpty } ?? false }
        if !headed, attempt == 0, np.end + 1 < unit.upperBound, facts.isComma(np.end) {
          k = np.end + 1
          continue
        }
        guard headed else { return nil }
      }
      return subject(np, unit: unit, lists: &lists)
    }
    return nil
  }

  /// The start of a name of two to four capitalized words (particles
  /// between them) that ends `unit` after a comma past token `from` (a
  /// period may close it): `…, Julián Rojas Patiño.`
  func nameEnding(_ unit: Range<Int>, after from: Int) -> Int? {
    var end = unit.upperBound
    if end > from, facts.isTerminal(end - 1) { end -= 1 }
    var start = end
    var words = 0
    while start > from, words < 4 {
      let t = start - 1
      if facts.isCapitalized(t), facts.word(t) == .none, facts.has(t, .word) {
        words += 1
      } else if !(facts.word(t) == .nameParticle && t < end - 1 && t > from && facts.isCapitalized(t - 1)) {
        break  // (a particle only between capitals: `Ochoa de Rincón`)
      }
      start = t
    }
    guard words >= 2, start - 1 > from, facts.isComma(start - 1) else { return nil }
    return start
  }

  /// A mention for the first name after a title of a person's gender in
  /// `r` (`Ms. Ferreira-Lane`), or for `r` itself when it is a name of two
  /// to four capitalized words that an age follows (`Kang Bok-soon, 91,`),
  /// if there is one.
  func addNamedPerson(in r: Range<Int>, unit: Range<Int>, lists: inout PassLists) {
    for t in r {
      guard let title = facts.speaker(t), title.start == t, title.categories.contains(.title), title.gender != .unknown, title.end < r.upperBound, facts.isCapitalized(title.end) else { continue }
      var e = title.end
      while e < r.upperBound, facts.isCapitalized(e), facts.word(e) == .none { e += 1 }
      _ = addMention(t..<e, isSource: false, lists: &lists)
      return
    }
    let c = r.upperBound
    guard (2...4).contains(r.count), c + 2 < unit.upperBound, facts.has(c + 1, .number), facts.isComma(c + 2),
      r.allSatisfy({ facts.isCapitalized($0) && facts.word($0) == .none && facts.has($0, .word) })
    else { return }
    _ = addMention(r, isSource: false, lists: &lists)
  }

  /// Mention `np` as the subject of `unit`, with the other people the
  /// sentence names beside it.
  private func subject(_ np: NounPhrase, unit: Range<Int>, lists: inout PassLists) -> Int {
    let subject = mention(for: np, isSource: false, lists: &lists)
    // (Most subjects name no one else: 106 of 3,758 on a MB of news. The
    // test keeps `addOtherPeople`'s code out of the instruction cache.)
    if mayNameOtherPeople(after: np, unit: unit, roleCommas: lists.roleCommas) { addOtherPeople(after: np, unit: unit, lists: &lists) }
    return subject
  }

  /// Whether `addOtherPeople` can find anyone after subject `np`: an `and`
  /// inside a phrase of five words or more (two names of two words each
  /// at least) or right after it (a comma between), or a role comma
  /// (`findRoleCommas`) in the rest of the unit.
  @inline(__always)
  func mayNameOtherPeople(after np: NounPhrase, unit: Range<Int>, roleCommas: [Int32]) -> Bool {
    var k = np.end
    if k < unit.upperBound, facts.isComma(k) { k += 1 }
    if k + 1 < unit.upperBound, facts.word(k) == .and { return true }
    if np.range.count >= 5, np.range.dropFirst().contains(where: { facts.word($0) == .and }) { return true }
    return !roleCommas.isEmpty && roleCommas.contains { Int($0) >= np.end && Int($0) + 2 < unit.upperBound }
  }

  /// The commas that may set off a name after a role noun (`met her
  /// counterpart, Bohdan Kravets, in Lublin`), into `commas` in text
  /// order: a speaker match with a role covers the token before, and two
  /// capitalized plain words follow. Found from the speaker matches (a
  /// few a document), not by a walk over the tokens.
  static func findRoleCommas(_ facts: TokenFacts, into commas: inout [Int32]) {
    commas.removeAllKeepingStorage()
    var inOrder = true
    facts.withView { view in
      let flags = view.flags
      guard view.contains(0..<flags.count) else { return }
      // (Only matches with a role: the match that `speaker(t)` names for
      // a token `t` covers it, so a role's match is among them.)
      for s in view.speakerMatches where s.categories.contains(.role) {
        // (A comma and two name words after the token, tested together
        // with one branch: a comma after a speaker's noun is common, the
        // name words after it rare.)
        for t in s.start..<max(s.start, min(s.end, flags.count - 3)) where isComma(flags[t + 1]) & isNameWord(flags[t + 2]) & isNameWord(flags[t + 3]) != 0 {
          guard let role = view.speaker(t), role.categories.contains(.role) else { continue }
          if let last = commas.last, last >= Int32(t + 1) { inOrder = false }
          commas.append(Int32(t + 1))
        }
      }
    }
    // (Overlapping matches may give a comma twice or out of order.)
    if !inOrder { commas = Array(Set(commas)).sorted() }
  }

  /// 1 for a comma's flags, else 0.
  @inline(__always)
  static func isComma(_ f: TokenFacts.Flags) -> UInt32 { f.rawValue & TokenFacts.Flags.comma.rawValue != 0 ? 1 : 0 }

  /// 1 for the flags of a capitalized word that is no function word (one
  /// of the words of a name set off after a role noun), else 0.
  @inline(__always)
  static func isNameWord(_ f: TokenFacts.Flags) -> UInt32 {
    let need = TokenFacts.Flags.capitalized.rawValue | TokenFacts.Flags.word.rawValue
    // (The function-word class is the high byte: `.none` is 0.)
    return (f.rawValue & (need | 0xFF00_0000)) == need ? 1 : 0
  }

  /// Whether the phrase or one of its appositives holds a capitalized
  /// word that is no function word: a name.
  func isNamed(_ np: NounPhrase) -> Bool {
    let r = np.range
    // (A sentence's first word is capitalized anyway: it names something
    // alone, as an owner, as a title or before another capital (`Peru’s
    // energy minister`, `Mr. al-Mansouri`), not in `Back at the shelter,`.)
    // (Each row's first test is one mask: most words are no capitalized
    // plain word.)
    for k in r where Self.isNameWord(facts.flags[k]) != 0 {
      let f = facts.flags[k]
      // (`speaker(k) != nil` is the row's `inSpeaker`.)
      if !f.contains(.sentenceStart) || r.count == 1 || f.contains(.possessive) || f.contains(.inSpeaker) { return true }
      if k + 1 < r.upperBound, facts.isCapitalized(k + 1) || facts.has(k + 1, .possessive) { return true }
    }
    return np.appositives.contains { a in appositiveList.ranges[a].contains { facts.isCapitalized($0) && facts.word($0) == .none } }
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
    let bodyName = facts.isBodyNoun(r.upperBound - 1)
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
    // Each role comma (`findRoleCommas`: a role noun before it and at
    // least two name words after) before the unit's last two tokens.
    for ci in lists.roleCommas.indices {
      let comma = Int(lists.roleCommas[ci])
      guard comma >= k, comma + 2 < unit.upperBound else { continue }
      var e = comma + 3
      while e < unit.upperBound, Self.isNameWord(facts.flags[e]) != 0 { e += 1 }
      guard e == unit.upperBound || facts.isComma(e) || facts.isTerminal(e) || facts.word(e).isPreposition else { continue }
      _ = addMention((comma + 1)..<e, isSource: false, lists: &lists)
    }
  }

  /// Quotes no cue attributed: a quote that is a whole sentence belongs to
  /// the nearest quoted speaker of the paragraph (or the previous quote it
  /// continues), else to the speaker of the paragraph's statement before
  /// it; a longer quote in a sentence whose subject is `he` or `she`
  /// belongs to that subject. Others are the writer's.
  /// (Mutating, though it changes only `lists`: called from a mutating
  /// method, a non-mutating one would copy the pass. Inlined: most quotes
  /// are covered by a statement of their unit, 2,839 of 3,520 on a MB of
  /// news, and the reader of a loose one is not entered for them.)
  @inline(__always)
  mutating func attributeLooseQuotes(paragraph: Int, firstDraft: Int, lists: inout PassLists) {
    for q in quotes where !lists.drafts[firstDraft...].contains(where: { $0.tokens.overlaps(q.inner) }) {
      attributeLooseQuote(q, paragraph: paragraph, firstDraft: firstDraft, lists: &lists)
    }
  }

  /// `attributeLooseQuotes` for quote `q`, which no draft covers.
  @inline(never)
  mutating func attributeLooseQuote(_ q: QuoteSpan, paragraph: Int, firstDraft: Int, lists: inout PassLists) {
    guard let inner = quoteContent(q), let unit = lists.unitSubjects.last(where: { $0.unit.contains(q.open) }) else { return }
    let whole = unit.unit.allSatisfy { q.marks.contains($0) || facts.isTerminal($0) || facts.isComma($0) || facts.isQuote($0) || isPeriod($0) }
    // A quote that is a sentence on its own is speech, however short and
    // however like a name its words (`“Not soon,” he said. “Not on
    // this.”`); names, titles and terms stand inside a sentence.
    guard whole || !isScare(q, governStart: nil) else { return }
    var source: Int? = nil
    if whole {
      let before = lists.drafts[firstDraft...].last { $0.isQuote && $0.tokens.upperBound <= q.open }
      let after = lists.drafts[firstDraft...].first { $0.isQuote && $0.tokens.lowerBound >= q.marks.upperBound }
      // Else the speaker of the paragraph's reported statement before it:
      // `Mr. Pillai said the support had grown. “Count per fisherman.”`
      source = before?.mention ?? after?.mention ?? lists.drafts[firstDraft...].last { $0.tokens.upperBound <= q.open }?.mention
      if source == nil, q.open == document.paragraphs[paragraph].tokens.lowerBound {
        let carried = continuedQuoteMention >= 0 ? continuedQuoteMention : previousParagraphQuoteMention
        if carried >= 0 { source = carried }
      }
    } else if !hasAtMostWords(q, 2), let s = unit.subject, lists.mentions[s].pronoun == .male || lists.mentions[s].pronoun == .female {
      source = s
      lists.mentions[s].isSource = true
    } else if q.open > unit.unit.lowerBound, facts.has(q.open - 1, .colon), !hasAtMostWords(q, 2), let s = unit.subject,
      lists.mentions[s].name != nil || lists.mentions[s].head >= 0, lists.mentions[s].tokens.upperBound <= q.open
    {
      // A colon between a named subject and a longer quote gives it the
      // words: `Ms. Harutyunyan, asked for a date, was less precise: “When
      // the commission is ready.”`
      source = s
      lists.mentions[s].isSource = true
    }
    if let source {
      lists.drafts.append(StatementDraft(paragraph: paragraph, tokens: inner, cue: nil, mention: source, form: .quote))
    }
  }
}
