/// Antecedents in the text for definite descriptions that match no speaker.
///
/// A news article names a body or a person once, often where no mention is
/// taken (the subject of `imposed`, the object of `brokered by`, the
/// content of someone else's statement), and then speaks of it by a
/// common noun: `The U.S. Treasury Department imposed sanctions … the
/// department said`, `under a ceasefire brokered by the International
/// Atomic Energy Agency, the agency said`, `led by Lt. Gen. Hashim
/// Abdelrahim … The general told`, `Canada's trade minister, Mathieu
/// Desrochers-Blais, met … the Canadian minister said`. When the resolver
/// finds no speaker for such a description, these readers look back
/// through the tokens for the name it stands for.
///
/// Each reader is strict (the head noun's own word, every modifier
/// accounted for), so that a description with no such name in the text
/// still starts a speaker of its own, as before.
extension SpeakerResolver {
  /// The name that definite description `i` (no name of its own) refers
  /// back to in the text before it, and the kind of speaker it names, if
  /// the text has one:
  /// - a body: `the agency`, `the Egyptian federation` after a proper name
  ///   that ends in the same noun and holds every modifier
  ///   (`International Atomic Energy Agency`, `Egyptian Handball
  ///   Federation`); `the utility` after the noun and a name (`the state
  ///   utility, Energía Austral,`);
  /// - a person: `the general` after a title that is or abbreviates the
  ///   role noun, or names the same office, before a name (`Lt. Gen.
  ///   Hashim Abdelrahim`); `the minister` after the role noun and a name
  ///   in apposition, in either order (`Canada's trade minister, Mathieu
  ///   Desrochers-Blais,` or `Mathieu Desrochers-Blais, Canada's trade
  ///   minister,`).
  func textAntecedent(of i: Int) -> (name: Range<Int>, kind: Speaker.Kind)? {
    let m = mentions[i]
    guard m.isDefinite, m.name == nil, m.pronoun == .none, m.boundTo == nil, !m.core.isEmpty else { return nil }
    let headToken = m.core.upperBound - 1
    // The description ends in its noun, a lower-case word (`the agency`,
    // not `the Kremlin`).
    guard facts.has(headToken, .word), !facts.isCapitalized(headToken) else { return nil }
    switch m.kind {
    case .organization, .media:
      if m.head >= 0, let name = bodyName(head: m.head, office: m.office, modifiers: m.core.lowerBound..<headToken, before: m.tokens.lowerBound) { return (name, m.kind) }
      if m.isBareHead, let name = nameAfterNoun(of: m) ?? nameBeforeNoun(of: m) { return (name, m.kind) }
      if m.isBareHead, m.refersBack, m.kind == .organization, let name = subjectBodyName(before: m.tokens.lowerBound, plainNames: true) { return (name, m.kind) }
      if m.head >= 0, let name = nameAfterNounAhead(of: m) { return (name, m.kind) }
      if m.head >= 0, m.isBareHead || hasDescriptiveModifiersOnly(m), let name = nameEndingInNoun(of: m) { return (name, m.kind) }
      return nil
    case .person:
      guard m.head >= 0 else { return nil }
      let modifiers = m.core.lowerBound..<headToken
      if let name = titledName(for: m, headToken: headToken, modifiers: modifiers) { return (name, .person) }
      if let name = appositiveName(for: m, modifiers: modifiers) { return (name, .person) }
      return nil
    case .group:
      return nil
    }
  }

  // MARK: Documents

  /// `The report said` after `a report by Harvest Rights Asia said` or
  /// `UNICEF said in a report`: the speaker whose document source mention
  /// `i` names by its noun (a definite bare noun that is no speaker noun),
  /// read at the noun's latest earlier use: a source named right after
  /// `by` or `from`, or, after `in` and a determiner (`in its annual
  /// report`), the latest source before it in its sentence. Elsewhere the
  /// noun is no document of a speaker's: `the commissions' work`.
  func documentMaker(of i: Int) -> Int? {
    let m = mentions[i]
    // (A noun, or a plain word and a noun: `the charge sheets`.)
    guard m.isSource, m.isDefinite, m.name == nil, m.head < 0, m.pronoun == .none, m.core.count == 1 || m.core.count == 2 else { return nil }
    let noun = m.core.upperBound - 1
    for w in m.core { guard facts.has(w, .word), !facts.isCapitalized(w), facts.word(w) == .none else { return nil } }
    var p = m.tokens.lowerBound - 1
    while p >= 0, !sameToken(p, noun) { p -= 1 }
    guard p >= 0 else { return nil }
    // The maker named after the noun, or after a participle and a few
    // words (`charge sheets filed in court by Singaporean prosecutors`):
    // the entity of the mention there.
    var by = p + 1
    if by < m.tokens.lowerBound, facts.has(by, .endsED) {
      var q = by + 1
      while q < min(by + 5, m.tokens.lowerBound), !facts.isTerminal(q), !facts.isMarked(q, .agent, in: document), !facts.isMarked(q, .origin, in: document) { q += 1 }
      by = q
    }
    if by + 1 < m.tokens.lowerBound, facts.isMarked(by, .agent, in: document) || facts.isMarked(by, .origin, in: document) {
      return entities.indices.last { e in anyMention(of: e) { mentions[$0].isSource && mentions[$0].pronoun == .none && mentions[$0].tokens.lowerBound == by + 1 } }
    }
    // `in a report`, `in its annual report`: `in`, a determiner, at most
    // two more words.
    var d = p - 1
    while d >= 0, p - d <= 3, facts.word(d) != .determiner {
      guard facts.has(d, .word), !facts.isCapitalized(d) else { return nil }
      d -= 1
    }
    guard d >= 1, facts.word(d) == .determiner, facts.isMarked(d - 1, .container, in: document) else { return nil }
    var sentenceStart = p
    while sentenceStart > 0, !facts.isTerminal(sentenceStart - 1) { sentenceStart -= 1 }
    if let e = entities.indices.last(where: { e in
      anyMention(of: e) { j in
        mentions[j].isSource && mentions[j].pronoun == .none && mentions[j].tokens.lowerBound >= sentenceStart && mentions[j].tokens.upperBound <= p
      }
    }) {
      return e
    }
    // `In a statement read on state television, the Intelligence Ministry
    // said …`: the first source after it in its sentence.
    var sentenceEnd = p
    while sentenceEnd < m.tokens.lowerBound, !facts.isTerminal(sentenceEnd) { sentenceEnd += 1 }
    var best: (e: Int, at: Int)? = nil
    for e in entities.indices {
      forEachMention(of: e) { j in
        let at = mentions[j].tokens.lowerBound
        if mentions[j].isSource, mentions[j].pronoun == .none, at > p, at < sentenceEnd, at < best?.at ?? .max { best = (e, at) }
        return true
      }
    }
    return best?.e
  }

  // MARK: Bodies

  /// The latest proper name before token `limit` with a capitalized use
  /// of head noun `head` (a speaker-lexicon token id), or of a noun of the
  /// same `office` (`the force` for `Pennine Valleys Police`: speakers.tsv
  /// `same as`), after at least one word, and every word of `modifiers`
  /// in it (`Egyptian` in `the Egyptian federation`). The name may hold `and` between capitalized
  /// words (`the Competition and Markets Authority`) and run on after the
  /// noun over `of` and capitalized words: `the Central Bank of Nigeria’s
  /// office`.
  func bodyName(head: Int32, office: Int32 = -1, modifiers: Range<Int>, before limit: Int) -> Range<Int>? {
    latestSpeakerMatch(before: limit) { s in
      let j = s.end - 1
      guard s.head == head || (office >= 0 && s.office == office), j >= 1, facts.isCapitalized(j) else { return nil }
      // (One capitalized head word names a body only with the run after
      // its `of`: `Poland’s Ministry of Science`, not `the Ministry`.)
      let runsOn = j + 2 < limit && facts.word(j + 1) == .nameConnector && isRunOnWord(j + 2, before: limit)
      guard runsOn || facts.isCapitalized(j - 1) else { return nil }
      var k = j
      while k > 0 {
        if isNameWord(k - 1, inside: true) {
          k -= 1
        } else if k >= 2, facts.word(k - 1) == .and, isNameWord(k - 2) {
          k -= 2  // `the Competition and Markets Authority`
        } else {
          break
        }
      }
      guard j - k >= 1 || runsOn else { return nil }
      var e = j + 1
      if e + 1 < limit, facts.word(e) == .nameConnector, isRunOnWord(e + 1, before: limit) {
        e += 1
        while e < limit, isRunOnWord(e, before: limit) { e += 1 }
        // `the Swiss Institute of Molecular and Cellular Biology`
        if e + 1 < limit, facts.word(e) == .and, isNameWord(e + 1) {
          e += 1
          while e < limit, isNameWord(e) { e += 1 }
        }
      }
      let run = k..<e
      return modifiers.allSatisfy({ x in run.contains { sameToken($0, x) } }) ? run : nil
    }
  }

  /// `the Indian airline said` after `members of Skyvista Airlines’
  /// frequent-flier program`, `the airline said` after `hackers breached
  /// Skyvista Airlines`: the latest name before mention `m` that ends in
  /// its noun or the noun's plural (a name of at least two words, found
  /// by its tokens where `bodyName` finds it by the speaker matches, which
  /// have no plurals), whatever the modifiers (they describe the body,
  /// `Indian`, `private`, without naming it: `hasDescriptiveModifiersOnly`).
  func nameEndingInNoun(of m: Mention) -> Range<Int>? {
    let noun = m.core.upperBound - 1
    let limit = m.tokens.lowerBound
    var t = limit - 1
    let floor = max(1, limit - Self.reach)
    // (`isNounOrPlural` asks for the noun's length or up to two bytes more:
    // most capitalized tokens fail on that alone, tested here first.)
    let nounLength = document.tokens[noun].length
    while t >= floor {
      // (Most tokens fail on their capital or length: skipped in one walk
      // over the buffers, as `nameStartToken` skips them.)
      t = document.tokens.withUnsafeBufferPointer { tokens in
        facts.flags.withUnsafeBufferPointer { flags in
          var x = min(t, tokens.count - 1, flags.count - 1)
          while x >= floor, !(flags[x].contains(.capitalized) && UInt(bitPattern: tokens[x].length &- nounLength) <= 2) { x -= 1 }
          return x
        }
      }
      guard t >= floor else { break }
      defer { t -= 1 }
      guard isNounOrPlural(t, of: noun), isNameWord(t - 1, inside: true) else { continue }
      var k = t - 1
      while k > 0, isNameWord(k - 1, inside: true) { k -= 1 }
      // `Harrowgate Museum of Asian Art`: the name goes on after `of`.
      var e = t + 1
      if e + 1 < limit, facts.word(e) == .nameConnector, isRunOnWord(e + 1, before: limit) {
        e += 1
        while e < limit, isRunOnWord(e, before: limit) { e += 1 }
      }
      return k..<e
    }
    return nil
  }

  /// The index of the first speaker match that starts at or after token
  /// `t` (the matches are in text order), found by halving.
  func firstSpeakerMatch(startingAtOrAfter t: Int) -> Int {
    let matches = facts.speakerMatches
    var low = 0
    var high = matches.count
    while low < high {
      let mid = (low + high) / 2
      if matches[mid].start < t { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The first non-nil result of `body` over the speaker matches that end
  /// at or before token `limit` and start at or after `floor` (by default
  /// `reach` tokens before `limit`), the latest first. The matches are few
  /// (the speaker vocabulary's, in text order: by start), so a walk back
  /// over them costs far less than one over the tokens; it starts at the
  /// last match that starts before `limit`, found by halving.
  func latestSpeakerMatch<T>(before limit: Int, from floor: Int? = nil, _ body: (SpeakerMatch) -> T?) -> T? {
    let matches = facts.speakerMatches
    let floor = floor ?? limit - Self.reach
    var k = firstSpeakerMatch(startingAtOrAfter: limit) - 1
    while k >= 0 {
      let s = matches[k]
      k -= 1
      if s.start < floor { break }
      guard s.end <= limit else { continue }
      if let found = body(s) { return found }
    }
    return nil
  }

  /// `the union` after `the farmers' union Agri-Union Wallonie`, `the
  /// utility` after `ordered the state utility, Energía Austral, to …`,
  /// `the city` after `the Finnish city of Kuusijärvi`,
  /// `the company` after `The truckmaker Nordhav will cut 900 jobs`: the
  /// name right after (or after a comma after) the latest use before
  /// mention `m` of its noun, or, for a noun that refers back (speakers.tsv
  /// `anaphor`), of any such noun for a kind of body (`truckmaker`).
  func nameAfterNoun(of m: Mention) -> Range<Int>? {
    let limit = min(m.tokens.lowerBound, document.tokens.count)
    return latestSpeakerMatch(before: limit) { s in
      let kindNoun = m.refersBack && s.categories.contains(.anaphor) && s.categories.isBody
      guard s.head == m.head || kindNoun else { return nil }
      return nameRight(after: s, before: limit, maxWords: 4) ?? nameBefore(appositive: s, maxWords: 4)
    }
  }

  /// `the company said it might pull out` before `upheld the penalty
  /// against the company, Chatterly,`: with no name before it, the name
  /// the text sets after a comma right after a later definite use of
  /// mention `m`'s noun (`the company, NAME,`), within `reach`, where the
  /// noun is no speaker noun's object (`the chief executive of the company,
  /// NAME,` may name either). A body is often called by its noun before the
  /// article names it.
  func nameAfterNounAhead(of m: Mention) -> Range<Int>? {
    let matches = facts.speakerMatches
    let from = m.tokens.upperBound
    let limit = min(document.tokens.count, facts.flags.count, from + Self.reach)
    for k in firstSpeakerMatch(startingAtOrAfter: from)..<matches.count {
      let s = matches[k]
      guard s.start < limit else { break }
      // (The same noun, lower-case, after `the`: `the company, Chatterly`.)
      guard s.head == m.head, s.categories.isBody, s.end + 1 < limit, facts.isComma(s.end), s.start > 0,
        facts.word(s.start - 1) == .determiner, facts.withView({ AttributionPass.isDefiniteDeterminer(s.start - 1, document: document, facts: $0) })
      else { continue }
      // Not the object of a speaker's noun: the name after `The opposition
      // leader on the council,` is the leader's.
      let d = s.start - 1
      if d >= 2, facts.word(d - 1) == .nameConnector || facts.word(d - 1).isPreposition, facts.speaker(d - 2) != nil { continue }
      if let name = nameRight(after: s, before: limit, maxWords: 4), facts.isCapitalized(name.lowerBound), name.upperBound < limit,
        facts.isComma(name.upperBound) || facts.isTerminal(name.upperBound)
      {
        return name
      }
    }
    return nil
  }

  /// `The newspaper had reported` after `against the Hunter Courier
  /// newspaper`: the name (one to four capitalized words, after a
  /// determiner) right before the latest earlier use of mention `m`'s noun,
  /// lower-case, that names its kind.
  func nameBeforeNoun(of m: Mention) -> Range<Int>? {
    let limit = min(m.tokens.lowerBound, document.tokens.count)
    return latestSpeakerMatch(before: limit) { s in
      guard s.head == m.head, s.end == s.start + 1, !facts.isCapitalized(s.start), s.start >= 2 else { return nil }
      var b = s.start
      while b > 0, s.start - b < 4, isNameWord(b - 1) { b -= 1 }
      guard b < s.start, b > 0, facts.word(b - 1) == .determiner else { return nil }
      return b..<s.start
    }
  }

  /// `the company` after `customers of Hanbit Telecom, South Korea’s
  /// third-largest mobile carrier, …`: the name (up to `maxWords` name
  /// words) right before the comma that opens an appositive whose noun is
  /// speaker match `s` (`TokenFacts.appositiveComma(before:)`).
  func nameBefore(appositive s: SpeakerMatch, maxWords: Int) -> Range<Int>? {
    guard let k = facts.appositiveComma(before: s) else { return nil }
    var b = k
    // (Over `of` or `for` between capitals: `the Special Court of Peace, the
    // tribunal …`.)
    while b > 0, k - b < maxWords, isNameWord(b - 1) || (b - 2 >= 0 && b < k && facts.word(b - 1) == .nameConnector && isNameWord(b - 2)) { b -= 1 }
    return b < k ? b..<k : nil
  }

  /// `Hoshizora said` after `its maker, Hoshizora Pharmaceutical,`, `Serra
  /// Dourada said` after `the mining company Serra Dourada Mineração`,
  /// `Korvane said` after `Korvane Systems, a Finnish manufacturer,`: the
  /// longer name that `name` (capitalized words, no title) begins, where
  /// the text gives it right after a body's noun (`nameRight(after:)`) or
  /// before an appositive ending in one (`nameBefore(appositive:)`),
  /// before token `limit`. An outlet's noun does not count, so that
  /// `China said` is not `the newspaper China Daily`. (The resolver asks
  /// `mayFollowBodyNoun` first.)
  func bodyNameExtending(_ name: Range<Int>, before limit: Int) -> Range<Int>? {
    latestSpeakerMatch(before: limit) { s in
      guard s.categories.contains(.organization), !s.categories.contains(.media),
        let run = nameRight(after: s, before: limit, maxWords: 5) ?? nameBefore(appositive: s, maxWords: 5).flatMap({ $0.upperBound <= limit ? $0 : nil }),
        run.count > name.count,
        sameText(run.lowerBound..<(run.lowerBound + name.count), name)
      else { return nil }
      return run
    }
  }

  /// The token where `nameStarting(at:with:before:)` reads its name: the
  /// latest capitalized token before `limit` (within `reach`) that
  /// `isNameStart`.
  func nameStartToken(_ t: Int, before limit: Int) -> Int? {
    let floor = max(0, limit - Self.reach)
    let length = document.tokens[t].length
    var j = min(limit, facts.flags.count) - 2
    while j >= floor {
      // (Most tokens fail on their length or capital: skipped in one walk
      // over the buffers.)
      j = document.tokens.withUnsafeBufferPointer { tokens in
        facts.flags.withUnsafeBufferPointer { flags in
          var x = j
          while x >= floor, !(tokens[x].length == length && flags[x].contains(.capitalized)) { x -= 1 }
          return x
        }
      }
      guard j >= floor else { break }
      if isNameStart(j, same: t) { return j }
      j -= 1
    }
    return nil
  }

  /// Whether token `j` reads as `t` and starts a name (`nameStartToken`): a
  /// name word after it, and no capitalized word before it in its sentence.
  func isNameStart(_ j: Int, same t: Int) -> Bool {
    isNameWord(j + 1) && sameToken(j, t) && (j == 0 || !facts.isCapitalized(j - 1) || facts.has(j - 1, .terminal))
  }

  /// `Huaxin said` after `the ownership of the plant by Huaxin
  /// Microelectronics`, `Ms. Tigist said` after `Her name is Tigist
  /// Alemayehu`: the name of two to four capitalized words before token
  /// `limit` that starts at token `j` (`nameStartToken`: the latest whose
  /// first word reads as token `t`, with no capitalized word right before
  /// it), and whether `t`'s word appears there first (nowhere alone before
  /// it). No outlet's name: `China Daily` names no China.
  func nameStarting(at j: Int, with t: Int, before limit: Int) -> (name: Range<Int>, firstUse: Bool)? {
    var e = j + 1
    while e < limit, e - j < 4, isNameWord(e) { e += 1 }
    guard e >= limit || !facts.isCapitalized(e), !(j..<e).contains(where: { facts.speaker($0)?.categories.contains(.media) ?? false }) else { return nil }
    var k = j - 1
    while k >= 0, !(sameToken(k, t) && !(k + 1 < facts.flags.count && facts.isCapitalized(k + 1))) { k -= 1 }
    return (j..<e, k < 0)
  }

  /// `Anadolu reported` after `told the state-run Anadolu Agency`: the
  /// latest name before token `limit` that starts with the words of `name`
  /// and ends in a capitalized body's or outlet's noun (`Agency`, `Group`),
  /// at most three words before the noun; with `outlet` false, a body's
  /// noun only (not `Daily`).
  func bodyNameEndingInNoun(_ name: Range<Int>, before limit: Int, outlet: Bool) -> Range<Int>? {
    latestSpeakerMatch(before: limit) { s in
      guard outlet ? s.categories.isBody : s.categories.contains(.organization) && !s.categories.contains(.media),
        facts.isCapitalized(s.start), s.start - name.count >= 0
      else { return nil }
      var b = s.start
      while b > 0, s.start - b < 3, isNameWord(b - 1) { b -= 1 }
      guard s.start - b >= name.count, sameText(b..<(b + name.count), name) else { return nil }
      return b..<s.end
    }
  }

  /// The name (up to `maxWords` name words) that the text gives right
  /// after speaker match `s`, a lower-case noun, or after a comma after it
  /// (`the state utility, Energía Austral,`), before token `limit`; after
  /// `of` too when the noun is a body's that refers back (`the Finnish
  /// city of Kuusijärvi`; `the president of Brazil` is not Brazil).
  func nameRight(after s: SpeakerMatch, before limit: Int, maxWords: Int) -> Range<Int>? {
    guard !facts.isCapitalized(s.end - 1) else { return nil }
    var start = s.end
    if start < limit, facts.isComma(start) {
      start += 1
    } else if start + 1 < limit, s.categories.contains(.anaphor), facts.word(start) == .nameConnector {
      start += 1
    }
    var e = start
    // (Over a particle between name words: `the energy company
    // Hidrocarburos del Atlántico`.)
    while e < limit, e - start < maxWords, isNameWord(e) || (e > start && e + 1 < limit && facts.word(e) == .nameParticle && !facts.isCapitalized(e) && isNameWord(e + 1)) { e += 1 }
    return e > start ? start..<e : nil
  }

  /// Whether the text puts a body's or an outlet's noun right before a
  /// use of `name` (`the rock band Harbour Lights`): a name of capitalized
  /// words alone (`Harbour Lights wrote …`) then names that body, not a
  /// person. (The resolver asks `mayFollowBodyNoun` first.)
  func bodyNounBefore(_ name: Range<Int>) -> Bool {
    let before = min(document.tokens.count, name.upperBound + Self.reach)
    return latestSpeakerMatch(before: before, from: name.lowerBound - Self.reach) { s in
      guard s.categories.isBody, s.start < name.lowerBound || s.end > name.upperBound,
        !facts.isCapitalized(s.end - 1), s.end + name.count <= document.tokens.count,
        sameText(s.end..<(s.end + name.count), name)
      else { return nil }
      return true
    } ?? false
  }

  /// A word of a body's name after its `of`: a name word, or a title
  /// that no name follows (`the International Court of Justice`, not
  /// `Justice Ruth Okafor`).
  private func isRunOnWord(_ t: Int, before limit: Int) -> Bool {
    if isNameWord(t) { return true }
    guard facts.has(t, .word), facts.isCapitalized(t), facts.word(t) == .none,
      let s = facts.speaker(t), s.categories.contains(.title)
    else { return false }
    return !(t + 1 < limit && facts.isCapitalized(t + 1) && facts.has(t + 1, .word))
  }

  /// `The W.H.O. said` after `the World Health Organization’s
  /// headquarters`: the latest name before token `limit` whose capitalized
  /// words begin with the letters of acronym token `short` (two to eight
  /// capitals, with or without periods), one letter a word, over `of`,
  /// `for` and `and` between them. Nil when the text never spells it out.
  func spelledOut(acronym short: Int, before limit: Int) -> Range<Int>? {
    let text = document.text
    let token = document.tokens[short]
    var letters: [UInt8] = []
    for p in Int(token.start)..<Int(token.end) {
      let c = text[p]
      if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") {
        letters.append(c)
      } else if c != UInt8(ascii: ".") {
        return nil
      }
    }
    guard letters.count >= 2, letters.count <= 8 else { return nil }
    let floor = max(0, limit - Self.reach)
    var t = limit - 1
    while t >= floor {
      // A run of name words ends at `t`: read it forward from its start.
      if isNameWord(t) && !(t + 1 < limit && isNameWord(t + 1)) {
        let start = nameRunStart(from: t, floor: floor)
        if let run = initials(from: start, through: t, spell: letters) { return run }
        t = start - 1
        continue
      }
      t -= 1
    }
    return nil
  }

  /// `RUSADA ruled` after `the Russian Anti-Doping Agency, known as
  /// RUSADA,` (or `, or RUSADA,`), `the BSI said` after `(BSI)`: the name
  /// that the acronym token `short` was first set off after, by a comma
  /// and a short phrase or in brackets, the acronym last before the
  /// closing comma or bracket.
  /// Its letters need not be the name's initials (`KPPU` for the Business
  /// Competition Supervisory Commission). Nil when the acronym first came
  /// otherwise.
  func introducedAcronym(_ short: Int, before limit: Int) -> Range<Int>? {
    let floor = max(0, limit - Self.reach)
    guard let a = (floor..<limit).first(where: { sameToken($0, short) }), a + 1 < limit,
      facts.isComma(a + 1) || document.text[Int(document.tokens[a + 1].start)] == UInt8(ascii: ")")
    else { return nil }
    // Back over the phrase that introduces it (`known as`, `known by its
    // initials`): words, no clause (`which fined WADA`) and no list (`the
    // European Union, Japan and the US,`); a participle only first.
    var o = a
    while o > floor, a - o < Self.maxAcronymPhrase, facts.has(o - 1, .word), !facts.isComma(o - 1) {
      let w = facts.word(o - 1)
      // (`or` alone introduces it: `the Panhellenic Seamen’s Federation, or
      // PNO,`; in a longer phrase it lists.)
      if w == .or, o == a, o - 1 > floor, facts.isComma(o - 2) {
        o -= 1
        break
      }
      if w == .relative || w == .wh || w == .that || w == .and || w == .or || w.isAuxiliary || facts.pronoun(o - 1) != .none && w != .determiner { return nil }
      o -= 1
    }
    guard o > floor, facts.isComma(o - 1) || facts.has(o - 1, .openParen) else { return nil }
    if o + 1 < a, facts.hasVerbSignal(in: (o + 1)..<a) { return nil }
    let end = o - 1
    let start = nameRunStart(from: end, floor: floor)
    return end - start >= 2 ? start..<end : nil
  }

  /// Where a run of name words ending before token `start` begins, over
  /// `of` and `and` between capitals (`Office for Information Security`)
  /// and a plural's possessive inside (`Panhellenic Seamen’s
  /// Federation`, not `Turkey’s State Hydraulic Works`), not before
  /// `floor`.
  private func nameRunStart(from start: Int, floor: Int) -> Int {
    var start = start
    while start > floor {
      if isNameWord(start - 1, inside: true) {
        start -= 1
      } else if start - 2 >= floor, facts.word(start - 1) == .nameConnector || facts.word(start - 1) == .and, isNameWord(start - 2) {
        start -= 2
      } else if start - 2 >= floor, facts.has(start - 1, .possessive), !facts.has(start - 1, .word), AttributionPass.isPluralPossessive(start - 1, document: document),
        isNameWord(start - 2, inside: true)
      {
        start -= 2  // `Panhellenic Seamen’s Federation`
      } else {
        break
      }
    }
    return start
  }

  /// `Europe’s drug regulator said …` in the lead, then `The European
  /// Medicines Agency said …` opening the next paragraph: news names a
  /// body it first described in the paragraph after. The name (two words
  /// or more, with a body's noun in it) must open that paragraph as the
  /// subject of its first sentence (a verb, a cue or a comma after it),
  /// share a word's stem with the description (`Europe`, `European`;
  /// `competition watchdog`, `Business Competition … Commission`), and
  /// not give it another nationality (`Russia’s foreign ministry` is not
  /// `The Ukrainian Foreign Ministry`). `description` is the mention's core.
  func delayedName(of description: Range<Int>) -> Range<Int>? {
    guard let first = description.first, document.paragraphs.count > 1, document.paragraphs[0].tokens.contains(first) else { return nil }
    let next = document.paragraphs[1].tokens
    var s = next.lowerBound
    if s < next.upperBound, facts.word(s) == .determiner { s += 1 }
    var e = s
    while e < next.upperBound {
      if isNameWord(e, inside: true) {
        e += 1
      } else if e > s, e + 1 < next.upperBound, facts.word(e) == .nameConnector || facts.word(e) == .and, isNameWord(e + 1, inside: true) {
        e += 2
      } else {
        break
      }
    }
    guard e - s >= 2, e < next.upperBound, facts.isComma(e) || facts.isVerbSignal(e) || facts.has(e, .inCue),
      (s..<e).contains(where: { facts.isBodyNoun($0) })
    else { return nil }
    let words = description.filter { facts.has($0, .word) && facts.word($0) == .none }
    let shared = (s..<e).contains { n in words.contains { sharesStem($0, n) } }
    guard shared else { return nil }
    // (Another nationality: a capitalized word of the name shaped like one,
    // `Ukrainian`, `Chinese`, that shares no stem with the description.)
    for n in s..<e where facts.isCapitalized(n) && !words.contains(where: { sharesStem($0, n) }) && looksLikeNationality(n) { return nil }
    return s..<e
  }

  /// `the head of the regional arbitration board said …` in the lead, then
  /// `Wanjiru Kamau-Otieno, a retired judge who chairs the board …, said`
  /// opening the next paragraph: news names a person it first described in
  /// the paragraph after (a delayed identification). The name (two
  /// capitalized words or more, perhaps after a title) must open that
  /// paragraph and be set off by a comma; the words after the comma, up
  /// to the first cue of the sentence (which must hold one), describe the
  /// person and must share a word's stem with the description's head
  /// noun or the words after it (`board`; not `senior` of `a senior
  /// official`, which `a senior fellow` shares with a different person).
  /// Or, anywhere in that first sentence, a title that shares such a stem
  /// before a name next to a cue (`titledReporter`: `the city’s mayor
  /// said` … `Mayor Tomé Vaz da Cunha told`). `description` is the
  /// mention's core.
  func delayedPersonName(of description: Range<Int>) -> Range<Int>? {
    guard let first = description.first, document.paragraphs.count > 1, document.paragraphs[0].tokens.contains(first) else { return nil }
    // (The head noun: the end of the description's first speaker term,
    // `head` of `head of the regional arbitration board`.)
    guard let headTerm = description.lazy.compactMap({ self.facts.speaker($0) }).first else { return nil }
    let words = (max(description.lowerBound, headTerm.end - 1)..<description.upperBound).filter { facts.has($0, .word) && facts.word($0) == .none }
    guard !words.isEmpty else { return nil }
    let paragraph = document.paragraphs[1]
    guard let si = paragraph.sentences.first else { return nil }
    let sentence = document.sentences[si].tokens
    if let titled = titledReporter(in: sentence, sharingStemWith: words) { return titled }
    guard let name = personName(startingAt: sentence.lowerBound, before: sentence.upperBound), name.upperBound < sentence.upperBound,
      facts.isComma(name.upperBound)
    else { return nil }
    let e = name.upperBound
    var k = e + 1
    var shared = false
    while k < sentence.upperBound, !facts.has(k, .inCue) {
      if !shared, facts.has(k, .word), facts.word(k) == .none { shared = words.contains { sharesStem($0, k) } }
      k += 1
    }
    return shared && k < sentence.upperBound ? name : nil
  }

  /// The name in `sentence` after a capitalized title that shares a stem
  /// with one of `words` and next to a cue (`Mayor Jordi Puigvert i Casals
  /// told`, `said Mayor …`) — `delayedPersonName` for `the city’s mayor
  /// said` in the lead.
  private func titledReporter(in sentence: Range<Int>, sharingStemWith words: [Int]) -> Range<Int>? {
    var k = sentence.lowerBound
    while k < sentence.upperBound {
      guard let t = facts.speaker(k), t.start == k, t.categories.contains(.title), facts.isCapitalized(k) else {
        k += 1
        continue
      }
      let name = personName(startingAt: t.end, before: sentence.upperBound)
      if let name, (k..<t.end).contains(where: { n in words.contains { sharesStem($0, n) } }),
        (name.upperBound < sentence.upperBound && facts.has(name.upperBound, .inCue)) || (k > sentence.lowerBound && facts.has(k - 1, .inCue))
      {
        return name
      }
      k = max(name?.upperBound ?? t.end, k + 1)
    }
    return nil
  }

  /// Shortest stem two words must share, from their first letters, ASCII
  /// case ignored.
  static let stemLength = 5

  /// Whether tokens `a` and `b` begin with the same `stemLength` letters
  /// (`Europe`, `European`; `health-spending`, `Health`).
  func sharesStem(_ a: Int, _ b: Int) -> Bool {
    let x = document.tokens[a]
    let y = document.tokens[b]
    let n = Self.stemLength
    guard Int(x.length) >= n, Int(y.length) >= n else { return false }
    let text = document.text
    for k in 0..<n {
      let p = text[Int(x.start) + k]
      let q = text[Int(y.start) + k]
      let l = asciiLower(p)
      guard l == asciiLower(q), l >= UInt8(ascii: "a"), l <= UInt8(ascii: "z") else { return false }
    }
    return true
  }

  /// A capitalized word ending as English nationalities do: `-an`,
  /// `-ese`, `-ish`, `-i` (`Ukrainian`, `Chinese`, `British`, `Israeli`).
  func looksLikeNationality(_ t: Int) -> Bool {
    let token = document.tokens[t]
    guard token.length >= 4 else { return false }
    let text = document.text
    let end = Int(token.end)
    func tail(_ s: StaticString) -> Bool {
      let n = s.utf8CodeUnitCount
      guard Int(token.length) > n else { return false }
      return (0..<n).allSatisfy { text[end - n + $0] == s.utf8Start[$0] }
    }
    return tail("an") || tail("ese") || tail("ish") || tail("i")
  }

  /// Longest phrase read between a name and the acronym it introduces.
  static let maxAcronymPhrase = 6

  /// The range from `start` through `last` when the first letters of its
  /// capitalized words are `letters`, in order; connectors have none. The
  /// letters may stop before `of` and a place: `MPA` for the `Maritime and
  /// Port Authority of Singapore`.
  func initials(from start: Int, through last: Int, spell letters: [UInt8]) -> Range<Int>? {
    guard last - start + 1 >= letters.count else { return nil }
    let text = document.text
    var n = 0
    for k in start...last {
      guard facts.isCapitalized(k) else {
        if n == letters.count, n >= 3, facts.word(k) == .nameConnector { return start..<(last + 1) }
        continue
      }
      guard n < letters.count, text[Int(document.tokens[k].start)] == letters[n] else { return nil }
      n += 1
    }
    return n == letters.count ? start..<(last + 1) : nil
  }

  /// A capitalized word that can be part of a body's or a person's name:
  /// not a function word (`The` at the start of a sentence) and not a
  /// title (`President`). `inside`: before more of the name, where a
  /// phrase adjective is part of it (`the state’s Independent Police
  /// Review Board`).
  private func isNameWord(_ t: Int, inside: Bool = false) -> Bool {
    guard facts.has(t, .word), facts.isCapitalized(t), facts.word(t) == .none || (inside && facts.word(t) == .adjective) else { return false }
    // (Inside, a title before a capitalized body's noun is the body's:
    // `the Justice Department`.)
    // (Or before capitalized words and a body's noun: `the General
    // Elections Commission, known as the KPU`.)
    if let s = facts.speaker(t), s.categories.contains(.title), !(inside && facts.bodyNounAfterTitle(s, before: facts.flags.count) != nil) { return false }
    return true
  }

  /// `OPEC+ agreed on Sunday to …, the group said`, `The Africa Centres for
  /// Disease Control declared …. Cases have tripled, the agency said`: with
  /// no named body before it (the resolver asks only then), a body's
  /// generic noun takes the body named as the subject of its own sentence
  /// or of the one before: a capitalized name that opens the sentence
  /// (after a dateline) and holds a body's noun or is a body the lexicon
  /// knows. `Tarvana Mills will close its plant …, the company said`,
  /// `Pennine Water, which supplies …, has asked …. The company said`: any
  /// other such name of a body's kind is taken too (`plainNames`, for the
  /// nouns that refer back), unless a given name, a possessive or a
  /// dateline tells that it is no body, or a determiner before it. Failing
  /// those two sentences, the article's first sentence (its lead).
  func subjectBodyName(before limit: Int, plainNames: Bool = false) -> Range<Int>? {
    let sentences = document.sentences
    guard !sentences.isEmpty else { return nil }
    // (The sentence holding `limit`, found by the segmenter's own spans.)
    var s = min(sentences.withUnsafeBufferPointer { Engine.firstSentence(endingAfter: limit, in: $0) }, sentences.count - 1)
    for _ in 0..<2 where s >= 0 {
      let r = sentences[s].tokens
      if let name = openingBodyName(from: r.lowerBound, before: min(r.upperBound, limit), plainNames: plainNames) { return name }
      s -= 1
    }
    // Or the lead's subject, further back (`OSLO — Nordvik Energy will
    // close two plants …` … `The company said`): the article is about it.
    // (The resolver asks only when no named body came before.)
    if s >= 0, let lead = sentences.first?.tokens, lead.upperBound <= limit {
      return openingBodyName(from: lead.lowerBound, before: lead.upperBound, plainNames: plainNames)
    }
    return nil
  }

  /// The body's name that opens the sentence at `start` (before `end`),
  /// after a determiner and a dateline (`VIENNA —`), or nil.
  private func openingBodyName(from start: Int, before end: Int, plainNames: Bool) -> Range<Int>? {
    var k = start
    // (A dateline has up to three pieces: `KINSHASA, Congo (AP) —`.)
    for _ in 0..<4 {
      if k < end, facts.word(k) == .determiner { k += 1 }
      var j = k
      while j < end {
        if isNameWord(j, inside: j > k) {
          j += 1
        } else if j > k, j + 1 < end, facts.word(j) == .nameConnector || facts.word(j) == .and, isNameWord(j + 1, inside: true) {
          j += 2  // `Centres for Disease Control and Prevention`
        } else {
          break
        }
      }
      guard j > k else { return nil }
      if (k..<j).contains(where: { facts.isBodyNoun($0) }) { return k..<j }
      if plainNames, isPlainBodyName(k..<j, before: end) { return k..<j }
      // A dateline: capitals and a dash before the sentence's subject.
      // (Its city in capitals may end in a comma: `KINSHASA, Congo —`.)
      guard j < end, facts.has(j, .clausePunct) || (facts.isComma(j) && facts.has(k, .allCaps)), j - k <= 4 else { return nil }
      k = j + 1
      while k < end, facts.has(k, .clausePunct) { k += 1 }
    }
    return nil
  }

  /// Whether name `r`, opening a sentence, reads as a body's name with no
  /// body's noun in it: up to four capitalized words, none a given name
  /// or a speaker's word of another kind (`Pennine Water`, not `Ingrid
  /// Solheim`), not in capitals (a dateline's city), not followed by a
  /// possessive (`Germany’s economy`) or a dateline's dash.
  private func isPlainBodyName(_ r: Range<Int>, before end: Int) -> Bool {
    // (Capitalized words only: `Shares of Orlen Vask fell` is no body.)
    guard r.count <= 4, r.upperBound < end, !facts.has(r.lowerBound, .allCaps), r.allSatisfy({ facts.isCapitalized($0) }) else { return false }
    if facts.has(r.upperBound, .possessive) || facts.has(r.upperBound, .clausePunct) { return false }
    // A name after `the` with no body's noun is a place as often as not
    // (`The United States said …. The agency said`).
    if r.lowerBound > 0, facts.word(r.lowerBound - 1) == .determiner { return false }
    // One word alone may be any word that opens a sentence (`Sales fell
    // …, the company said`): it must be set off by a comma, have a capital
    // inside (`BYD`, `McAllister`) or be capitalized elsewhere in the text
    // where no sentence starts.
    if r.count == 1, !facts.isComma(r.upperBound), !hasInnerCapital(r.lowerBound), !isCapitalizedMidSentence(like: r.lowerBound) { return false }
    let bodyWords = r.allSatisfy { t in
      guard let s = facts.speaker(t) else { return true }
      return s.categories.contains(.organization) && !s.categories.contains(.media)
    }
    guard bodyWords else { return false }
    // Nor a person the text has already named as a speaker or by a sign
    // of a person (`Larsen said …. The company said`); a name taken for a
    // person only by guess, where no one spoke, may be the body.
    guard let e = latestNamed(sharingWordsWith: r, { entity, en, tokens, text, _ in entity.kind == .person && Self.samePerson(r, en, tokens, text) }) else { return true }
    return entities[e].personIsGuess && !anyMention(of: e) { mentions[$0].isSource }
  }

  /// Whether token `t` has a capital letter after its first byte.
  private func hasInnerCapital(_ t: Int) -> Bool {
    let x = document.tokens[t]
    return (Int(x.start) + 1..<Int(x.end)).contains { document.text[$0] &- 65 < 26 }
  }

  /// Whether a token other than `t` reads as `t` and is capitalized where
  /// no sentence starts (after a word, not after a full stop or a quote).
  private func isCapitalizedMidSentence(like t: Int) -> Bool {
    (1..<document.tokens.count).contains { j in
      j != t && facts.isCapitalized(j) && facts.has(j - 1, .word) && sameToken(j, t)
    }
  }

  // MARK: People

  /// `the general` after `Lt. Gen. Hashim Abdelrahim`, `the premier` after
  /// `Prime Minister Domingos Cabral`: the name after the latest title
  /// before mention `m` that is, or abbreviates, its role noun (a form of
  /// address such as `Mr.` abbreviates no office), or names its office;
  /// the words before the title hold the modifiers.
  func titledName(for m: Mention, headToken: Int, modifiers: Range<Int>) -> Range<Int>? {
    latestSpeakerMatch(before: m.tokens.lowerBound) { s in
      guard s.categories.contains(.title), facts.isCapitalized(s.start) else { return nil }
      let isRole =
        (m.office >= 0 && s.office == m.office)
        || (s.start..<s.end).contains { t in facts.has(t, .word) && ((s.gender == .unknown && abbreviates(t, headToken)) || sameToken(t, headToken)) }
      guard isRole, let name = personName(startingAt: s.end, before: m.tokens.lowerBound), modifiersMatch(modifiers, before: s.start) else { return nil }
      return name
    }
  }

  /// `the minister` after `Canada's trade minister, Mathieu
  /// Desrochers-Blais,` or `Mathieu Desrochers-Blais, Canada's trade
  /// minister,`: the name in apposition to the latest use of mention `m`'s
  /// role noun (the same head in the speaker lexicon, or the same office)
  /// before it, the words before that noun (its own words included:
  /// `chief` of `chief negotiator`) holding the modifiers.
  func appositiveName(for m: Mention, modifiers: Range<Int>) -> Range<Int>? {
    let limit = min(m.tokens.lowerBound, document.tokens.count)
    return latestSpeakerMatch(before: limit) { s in
      let j = s.end - 1
      guard j >= 1, !facts.isCapitalized(j), s.categories.contains(.role), s.head == m.head || (m.office >= 0 && s.office == m.office) else { return nil }
      // The name after: `minister, Mathieu Desrochers-Blais,`.
      if j + 2 < limit, facts.isComma(j + 1), let name = personName(startingAt: j + 2, before: limit),
        name.upperBound < limit, facts.isComma(name.upperBound) || facts.has(name.upperBound, .word),
        modifiersMatch(modifiers, before: j)
      {
        return name
      }
      // The name right after, no comma between: `When the radio
      // commentator Mourad Benali walked out …`, then `the commentator`.
      if j + 1 < limit, let name = personName(startingAt: j + 1, before: limit), modifiersMatch(modifiers, before: j) {
        return name
      }
      // The name before: `Mathieu Desrochers-Blais, Canada's trade
      // minister,` (the role phrase at most six words, with no comma).
      guard j + 1 < limit else { return nil }
      var c = s.start - 1
      while c >= 0, s.start - c <= 6, !facts.isComma(c), !facts.isTerminal(c) { c -= 1 }
      guard c >= 1, facts.isComma(c), s.start - c <= 6 else { return nil }
      // (Or in a clause that says the name holds the role, which need not
      // end at the role: `Ciarán Moynihan, who has been housing minister
      // since 2022,`.)
      let holds = c + 2 < s.start && facts.isMarked(c + 1, .person, in: document) && ((c + 2)..<s.start).allSatisfy { x in facts.word(x) == .be || facts.word(x) == .have || facts.word(x) == .determiner || modifiers.contains { sameToken($0, x) } }
      guard facts.isComma(j + 1) || facts.isTerminal(j + 1) || holds else { return nil }
      var k = c
      while k > 0, isNameWord(k - 1) || (k - 1 > 0 && facts.word(k - 1) == .nameParticle) { k -= 1 }
      guard c - k >= 2, modifiersMatch(modifiers, in: (c + 1)..<j) else { return nil }
      return k..<c
    }
  }

  /// A person's name of two to four words from token `start`: capitalized
  /// words, or particles before one (`bin`, `van der`); a title before the
  /// name is skipped (`Gen.` after `Lt.`). Nil when the run is shorter.
  func personName(startingAt start: Int, before limit: Int) -> Range<Int>? {
    var k = start
    while k < limit, let s = facts.speaker(k), s.start == k, s.categories.contains(.title), facts.isCapitalized(k) { k = s.end }
    var j = k
    while j < limit, j - k < 4 {
      if isNameWord(j) || (facts.word(j) == .nameParticle && j + 1 < limit && facts.isCapitalized(j + 1)) {
        j += 1
      } else {
        break
      }
    }
    guard j - k >= 2, facts.isCapitalized(j - 1) else { return nil }
    return k..<j
  }

  /// `Among them was Elvira Castañeda Ruiz, 81, a retired schoolteacher. “…,”
  /// she said`: for `he` or `she` with no speaker before it, the latest
  /// person's name in the text of its paragraph or the one before, before
  /// token `limit`: two to four capitalized words that the text makes a
  /// person's (a given name of gender `gender`, a title before them, or an
  /// age after them: `, 81,`), and no given name of the other gender; or
  /// one word after a title of that gender (`Mr. Okafor`).
  func textPerson(before limit: Int, gender: Gender, floor: Int) -> Range<Int>? {
    var t = limit - 1
    while t >= floor {
      guard isNameWord(t), t == floor || !isNameWord(t - 1) else {
        t -= 1
        continue
      }
      if let run = personName(startingAt: t, before: limit) {
        let given = facts.withView { AttributionPass.givenNameGender(t, facts: $0) }
        let titled = t > floor && facts.speaker(t - 1).map { $0.categories.contains(.title) && $0.end == t } == true
        let e = run.upperBound
        let aged = e + 2 < limit && facts.isComma(e) && facts.has(e + 1, .number) && facts.isComma(e + 2)
        // (A role noun right before the name tells a person as a title
        // does: `the radio commentator Mourad Benali walked out …`.)
        // (Or set off after it, with a place or a body after the role:
        // `… the UN secretary-general's personal envoy for Cyprus,
        // Kristiina Vähämäki-Lund, held meetings`.)
        var roleEnd = t
        if t >= floor + 2, facts.isComma(t - 1) {
          roleEnd = t - 1
          var c = t - 2
          while c > floor, t - 2 - c < 3, facts.isCapitalized(c), facts.speaker(c) == nil { c -= 1 }
          if c < t - 2, c > floor, facts.word(c).isPreposition { roleEnd = c }
        }
        // (Not a role of the other gender: `his nephew, Seán Ó Briain,`
        // is no `she`.)
        let roled = roleEnd > floor && facts.speaker(roleEnd - 1).map { r in
          r.categories.contains(.role) && r.end == roleEnd && !facts.isCapitalized(r.start) && (r.gender == .unknown || r.gender == gender)
        } == true
        if given == gender || ((titled || aged || roled) && given == .unknown) { return run }
        // A role of no other gender set after the name: `led by Yanet Leyva
        // Sorí, the Foreign Ministry's deputy director general`.
        if given == .unknown, let after = roleAfter(name: run), after.role.gender == .unknown || after.role.gender == gender { return run }
        // A role of that gender set right before the name: `The favourite
        // is his niece, Gráinne Ní Fhlaithearta,`.
        if given == .unknown, t - 2 >= floor, facts.isComma(t - 1), let role = facts.speaker(t - 2), role.end == t - 1, role.gender == gender { return run }
      } else if t > floor, let title = facts.speaker(t - 1), title.end == t, title.categories.contains(.title), title.gender == gender,
        !(t + 1 < limit && isNameWord(t + 1))
      {
        // `Reporters asked Mr. Okafor about the vote. He said …`: a lone
        // surname after a title of the pronoun's gender.
        return t..<(t + 1)
      }
      t -= 1
    }
    return nil
  }

  /// `Ciarán Moynihan, the housing minister,` or `Ciarán Moynihan, who has
  /// been housing minister since 2022,`: the role noun the text sets right
  /// after `name` (a comma, then `who` with forms of `be` or `have`, then
  /// a definite determiner or none, owners and modifiers), with the tokens
  /// from after the comma to the role's end. Nil when anything else comes
  /// first (a verb: `X, who met the minister,`) or the phrase is indefinite
  /// (`X, a nurse,` may be any nurse).
  func roleAfter(name: Range<Int>) -> (role: SpeakerMatch, phrase: Range<Int>)? {
    let n = min(document.tokens.count, facts.flags.count)
    var k = name.upperBound
    guard k + 1 < n, facts.isComma(k) else { return nil }
    k += 1
    let start = k
    if facts.isMarked(k, .person, in: document) {
      k += 1
      while k < n, facts.word(k) == .be || facts.word(k) == .have { k += 1 }
      guard k > start + 1 else { return nil }
    }
    while k < n, k - start < 10 {
      if let s = facts.speaker(k), s.start == k, s.categories.contains(.role), !facts.isCapitalized(s.end - 1) {
        return (s, start..<s.end)
      }
      // (An owner's `’s` is a token of its own: `the ministry’s deputy
      // director`.)
      guard facts.has(k, .word) || facts.has(k, .possessive) else { return nil }
      if facts.word(k) == .determiner {
        guard facts.withView({ AttributionPass.isDefiniteDeterminer(k, document: document, facts: $0) }) else { return nil }
      } else if !(facts.isPlainModifier(k) || facts.isCapitalized(k) || facts.has(k, .possessive)) {
        return nil
      }
      k += 1
    }
    return nil
  }

  /// Whether every word of `modifiers` is among the six words before token
  /// `end`: the same word, or for a capitalized one a country's name it is
  /// formed from (`Canadian` for `Canada's`).
  func modifiersMatch(_ modifiers: Range<Int>, before end: Int) -> Bool {
    modifiersMatch(modifiers, in: max(0, end - 6)..<end)
  }

  /// Whether every word of `modifiers` is among the tokens of `window`
  /// (see `modifiersMatch(_:before:)`).
  func modifiersMatch(_ modifiers: Range<Int>, in window: Range<Int>) -> Bool {
    modifiers.allSatisfy { x in
      guard facts.has(x, .word) else { return true }
      return window.contains { y in sameToken(x, y) || (facts.isCapitalized(x) && facts.isCapitalized(y) && isFormedFrom(x, y)) }
    }
  }

  /// Whether word `derived` (`Canadian`, `German`, `Iranian`) is formed
  /// from the name at token `base` (`Canada's`, `Germany`, `Iran`): it
  /// repeats the name's letters, all of a four-letter name (`Iraqi` is not
  /// formed from `Iran`), all but the last of a longer one.
  func isFormedFrom(_ derived: Int, _ base: Int) -> Bool {
    let text = document.text
    let d = document.tokens[derived]
    let b = document.tokens[base]
    // The name's letters, without a possessive (`'s`, `’s`).
    var p = Int(b.start)
    while p < Int(b.end), asciiLower(text[p]) >= UInt8(ascii: "a"), asciiLower(text[p]) <= UInt8(ascii: "z") { p += 1 }
    let baseLength = p - Int(b.start)
    guard baseLength >= 4 else { return false }
    let shared = baseLength == 4 ? 4 : baseLength - 1
    guard d.length >= shared else { return false }
    for k in 0..<shared where asciiLower(text[Int(d.start) + k]) != asciiLower(text[Int(b.start) + k]) { return false }
    return true
  }
}
