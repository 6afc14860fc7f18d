/// A document that speaks is its maker's statement (evaluation/FIXTURES.md:
/// "a report or ruling is the statement of the body that issued it"):
/// `according to an audit published last year by the World Anti-Doping
/// Agency`, `a charge sheet that the agency filed`, `a prospectus it filed`,
/// `a ministry statement`, `the authority’s report to the government`, and
/// `The report said` after `the commission has published a report`.
///
/// A document here is no word list: it is a thing, a phrase whose head is a
/// plain lower-case noun and no speaker's noun (`TokenFacts.isPlainModifier`).
/// The readers before this one (`maker(of:madeThing:)`, `relativeMaker`,
/// `documentOwner`, `possessiveOwner`) take the shapes inside the phrase;
/// these take the ones they leave. What this pass cannot read from the
/// text around the phrase, the resolver may still find once the speakers
/// are known: `SpeakerResolver.documentMaker(of:)` gives a definite
/// document the latest source before its noun's earlier use (`UNICEF said
/// in its annual report … The report said`).
extension AttributionPass {
  /// How far back a definite document (`the report`) looks for the
  /// sentence that made it, in tokens.
  static let documentReach = 160

  /// The range of who made the thing that phrase `r` names, when it is a
  /// thing: read from the phrase and the words after it up to `limit` (the
  /// cue, or the clause's end), then, for a definite thing, from where the
  /// same noun was last met. Nil for a phrase that names a speaker, or a
  /// thing whose maker is not said.
  /// (Inlined: a phrase is a thing only when one of its words can be
  /// `thingHead`'s plain lower-case noun, and the search is not entered
  /// for most sources: a pronoun, a name, a speaker's noun.)
  @inline(__always)
  func documentMaker(of r: Range<Int>, limit: Int) -> Range<Int>? {
    hasThingWord(r) ? documentMaker(ofPhrase: r, limit: limit) : nil
  }

  /// Whether a token of `r` can be a thing's head (what `thingHead` asks
  /// of the head it returns): a word of no grammar class, lower-case or
  /// first in its sentence, and no pronoun, speaker's noun or cue. A walk
  /// over the flags' buffer, checked once.
  @inline(__always)
  func hasThingWord(_ r: Range<Int>) -> Bool {
    precondition(r.lowerBound >= 0 && r.upperBound <= facts.flags.count, "phrase outside the document")
    let none = TokenFacts.Flags.pronoun.rawValue | TokenFacts.Flags.inSpeaker.rawValue | TokenFacts.Flags.inCue.rawValue
    return facts.flags.withUnsafeBufferPointer { flags in
      var t = r.lowerBound
      while t < r.upperBound {
        let f = flags[t]
        if f.contains(.word), f.word == .none, !f.contains(.capitalized) || f.contains(.sentenceStart), f.rawValue & none == 0 { return true }
        t &+= 1
      }
      return false
    }
  }

  /// `documentMaker(of:limit:)` past the test of its words.
  @inline(never)
  private func documentMaker(ofPhrase r: Range<Int>, limit: Int) -> Range<Int>? {
    // (A role noun the lexicon lacks reads as a thing; a name set off
    // after it says it is a person: `The agency’s administrator, Choi
    // Dong-wook, said`, `said the headteacher, Dagmar Schulze-Wendland`.)
    let after = r.upperBound
    if after + 1 < document.tokens.count, facts.isComma(after), facts.isCapitalized(after + 1) { return nil }
    if r.lowerBound >= 2, facts.isComma(r.lowerBound - 1), facts.isCapitalized(r.lowerBound - 2) || facts.has(r.lowerBound - 2, .number) { return nil }
    guard let head = thingHead(r) else { return nil }
    // (A body's noun in the thing names its maker before any `by`: `a
    // confidential agency report seen by reporters`.)
    if let m = modifierMaker(r, head: head) ?? makerAfter(head: head, limit: limit) ?? ownerBefore(r, head: head) ?? pronounOwnerMaker(head: head, limit: limit) { return m }
    // (`The report said`: a definite thing met before.)
    guard facts.word(r.lowerBound) == .determiner, facts.withView({ Self.isDefiniteDeterminer(r.lowerBound, document: document, facts: $0) }) else { return nil }
    return earlierMaker(of: head)
  }

  /// The head of a thing: after determiners, a run of lower-case words of
  /// no grammar class but adjectives (body nouns among them: `a ministry
  /// statement`), whose last is a plain noun. The run is the phrase's, or
  /// stops at a possessive's thing (`the authority’s report`) or at a
  /// preposition (`a summary of the charges`).
  func thingHead(_ r: Range<Int>) -> Int? {
    var k = r.lowerBound
    while k < r.upperBound, facts.word(k) == .determiner || facts.word(k) == .quantifier { k += 1 }
    // (`the panel's report`: the thing starts after the possessive.)
    if let p = (k..<r.upperBound).first(where: { facts.has($0, .possessive) }), p + 1 < r.upperBound { k = p + 1 }
    var head: Int? = nil
    // (A participle or a pronoun ends the run: `a report posted on …`,
    // `a prospectus it filed`.)
    while k < r.upperBound, facts.has(k, .word), !facts.isCapitalized(k) || facts.has(k, .sentenceStart), facts.word(k) == .none || facts.word(k) == .adjective,
      head == nil || !facts.has(k, .endsED), facts.pronoun(k) == .none
    {
      head = k
      k += 1
    }
    guard let h = head, facts.word(h) == .none, facts.speaker(h) == nil, !facts.has(h, .inCue) else { return nil }
    // (`people familiar with the bank’s operations` are people.)
    if (r.lowerBound..<h).contains(where: { facts.speaker($0).map { !$0.categories.intersection(.heads).isEmpty && !$0.categories.isBody } ?? false }) { return nil }
    return h
  }

  /// After the thing's head, up to `limit`: `by X` or `of X` with a
  /// body's noun, right after it (`a report by the group`) or after a
  /// participle (`an audit published last year by the agency`, `a summary
  /// of the charges released by the prosecutors`, `a report posted on the
  /// website of the agency`); or a clause whose subject made it (`a charge
  /// sheet that the agency filed`, `a prospectus it filed`). X names
  /// someone; a medium that only saw the thing is not its maker (`a letter
  /// seen by Reuters`: the thing alone is returned).
  func makerAfter(head: Int, limit: Int) -> Range<Int>? {
    let end = min(limit, head + 14, document.tokens.count)
    var k = head + 1
    if k < end, let m = clauseMaker(at: k, end: end) { return m }
    var participle = false
    while k < end {
      if facts.isComma(k), k == head + 1 { k += 1; continue }
      if isHardBoundary(k) || facts.isComma(k) || facts.isQuote(k) || facts.word(k).isAuxiliary { return nil }
      if facts.has(k, .inCue), !facts.has(k, .endsED) { return nil }
      if !facts.isCapitalized(k), facts.word(k) == .pastVerb || facts.has(k, .endsED) {
        participle = true
      } else if participle || k == head + 1, isMarked(k, .agent) || isMarked(k, .possessor) {
        guard let x = forwardNP(from: k + 1, end: min(limit, document.tokens.count)) else { return nil }
        let byAgent = isMarked(k, .agent)
        let named = x.range.contains { facts.isCapitalized($0) && facts.word($0) == .none }
        let speaks = x.range.contains { facts.speaker($0).map { !$0.categories.intersection(.heads).isEmpty } ?? false }
        let media = x.range.contains { facts.speaker($0)?.categories.contains(.media) ?? false }
        let body = x.range.contains { facts.isBodyNoun($0) }
        // (The thing alone, its maker unsaid: not `letter seen by Reuters`.)
        if media { return (head + 1 < x.range.lowerBound) ? documentStart(before: head)..<(head + 1) : nil }
        if byAgent ? (named || speaks) : body { return x.range }
        if byAgent { return nil }
      } else if ![.none, .determiner, .quantifier, .adjective, .adverb, .timeNoun, .nameConnector].contains(facts.word(k)) && !facts.word(k).isPreposition {
        return nil
      }
      k += 1
    }
    return nil
  }

  /// `according to a summary of its decision`, `a copy of their letter`:
  /// a thing of a thing that `its` or `their` owns is the maker's whom the
  /// pronoun stands for, the body that opens the sentence (`The Ethics
  /// Committee found that …, according to a summary of its decision`).
  /// Nil when no body's name or noun opens the sentence before the thing.
  func pronounOwnerMaker(head: Int, limit: Int) -> Range<Int>? {
    let of = head + 1
    guard of + 2 < min(limit, document.tokens.count), isMarked(of, .possessor), facts.word(of + 1) == .determiner else { return nil }
    let p = facts.pronoun(of + 1)
    guard p == .nonperson || p == .plural else { return nil }
    let start = sentenceStart(of: head)
    guard start < head, let np = forwardNP(from: start, end: head), np.range.upperBound <= head else { return nil }
    let named = np.range.contains { facts.isCapitalized($0) && facts.word($0) == .none && !facts.has($0, .sentenceStart) }
    guard named || np.range.contains(where: { facts.isBodyNoun($0) }), isMentionLike(np), isValidSubject(np) else { return nil }
    return np.range
  }

  /// The first token of the thing whose head is `head`: its determiners
  /// and plain words before it.
  func documentStart(before head: Int) -> Int {
    var k = head
    while k > 0, facts.has(k - 1, .word), !facts.isCapitalized(k - 1) || facts.has(k - 1, .sentenceStart), [.none, .adjective, .determiner, .quantifier].contains(facts.word(k - 1)), facts.speaker(k - 1) == nil || facts.isBodyNoun(k - 1) {
      k -= 1
      if facts.word(k) == .determiner { break }
    }
    return k
  }

  /// `that the agency filed`, `the agency filed`, `it filed`: a clause
  /// right after a thing, with no comma, whose subject (a pronoun for a
  /// thing or people, or a phrase opened by a determiner or a capital) is
  /// followed by a verb in the past: the subject made the thing.
  func clauseMaker(at start: Int, end: Int) -> Range<Int>? {
    var k = start
    if facts.word(k) == .that || (facts.word(k) == .relative && !isMarked(k, .person)) { k += 1 }
    guard k < end else { return nil }
    let isPast: (Int) -> Bool = { [facts] i in !facts.isCapitalized(i) && (facts.word(i) == .pastVerb || facts.has(i, .endsED)) }
    let p = facts.pronoun(k)
    if p == .nonperson || p == .plural { return k + 1 < end && isPast(k + 1) ? k..<(k + 1) : nil }
    guard facts.word(k) == .determiner || facts.isCapitalized(k) else { return nil }
    var v = k + 1
    // (An adverb before the verb ends the subject: `projections that the
    // agency itself described`.)
    var adverb: Int? = nil
    while v < end, v - k <= 6, !isPast(v) {
      if adverb == nil, v > k + 1, facts.word(v) == .adverb {
        adverb = v
        v += 1
        continue
      }
      guard adverb == nil, facts.has(v, .word) || facts.has(v, .possessive), facts.word(v) == .none || facts.word(v) == .adjective || facts.has(v, .possessive) else { return nil }
      v += 1
    }
    guard v < end, v > k + 1 || facts.isCapitalized(k), isPast(v) else { return nil }
    let subject = k..<(adverb ?? v)
    guard subject.contains(where: { facts.isCapitalized($0) && facts.word($0) == .none || (facts.speaker($0).map { !$0.categories.intersection(.heads).isEmpty } ?? false) }) else { return nil }
    return subject
  }

  /// `a ministry statement`, `an internal company presentation`: a body's
  /// noun among the words before the thing's head stands for its maker,
  /// the body of that noun met before (`the ministry`).
  func modifierMaker(_ r: Range<Int>, head: Int) -> Range<Int>? {
    var k = head - 1
    while k >= r.lowerBound, facts.has(k, .word), !facts.isCapitalized(k) {
      if facts.isBodyNoun(k), facts.speaker(k)?.end == k + 1 { return k..<(k + 1) }
      k -= 1
    }
    return nil
  }

  /// `the authority’s report to the federal government`, `The panel's
  /// report said`: an owner before the thing's possessive.
  func ownerBefore(_ r: Range<Int>, head: Int) -> Range<Int>? {
    possessiveOwner(of: r.lowerBound..<(head + 1))
  }

  /// `The report said` after `the commission has published only a short
  /// report`: where the same noun was last met, within `documentReach`
  /// tokens, its maker as above, or else the nearest body named before it
  /// in its sentence (`The court said Tuesday that it had issued an arrest
  /// warrant` … `according to the warrant`).
  func earlierMaker(of head: Int) -> Range<Int>? {
    let floor = max(0, head - Self.documentReach)
    let tokens = document.tokens
    let found = document.text.withUnsafeBufferPointer { text in
      (floor..<head).reversed().first { SpeakerResolver.sameToken(tokens[$0], tokens[head], text) }
    }
    guard let j = found else { return nil }
    let s = sentenceStart(of: j)
    if let m = modifierMaker(s..<(j + 1), head: j) ?? makerAfter(head: j, limit: min(head, j + 14)) ?? possessiveOwner(of: max(s, j - 6)..<(j + 1)) { return m }
    var b = j - 1
    while b >= s {
      // (A reporting cue that the earlier use holds made the thing its
      // source's: `larger than the government projected, the budget
      // officer said in a report … The report said` is the officer's,
      // which the resolver finds once the speakers are known; a body
      // before the cue is in what was said. A thing in the content is
      // still read back: `the court said it had issued a warrant`.)
      if facts.has(b, .inCue), heldByCue(b, thing: j) { return nil }
      if facts.isBodyNoun(b), facts.isCapitalized(b) || (b > 0 && facts.word(b - 1) == .determiner) {
        var first = b
        while first > s, facts.isCapitalized(first - 1), facts.word(first - 1) == .none { first -= 1 }
        if first > s, facts.word(first - 1) == .determiner { first -= 1 }
        return first..<(b + 1)
      }
      b -= 1
    }
    return nil
  }

  /// Whether the thing at `thing` is what the cue at `cue` speaks in: a
  /// container (`in`, `WordMark.container`) between them and no verb
  /// (`said in a report`, `said on Tuesday in its annual report`).
  private func heldByCue(_ cue: Int, thing: Int) -> Bool {
    var container = false
    var k = cue + 1
    while k < thing {
      if facts.has(k, .inCue) { k += 1; continue }
      if facts.isVerbSignal(k) || facts.isComma(k) || facts.word(k) == .that { return false }
      if isMarked(k, .container) { container = true }
      k += 1
    }
    return container
  }

}
