/// A noun phrase found near a cue, with the appositives bound to it by
/// commas (`Steve Witkoff, President Trump’s special envoy,`).
struct NounPhrase: Sendable {
  var range: Range<Int>
  var appositives: [Range<Int>] = []
}

/// One mention of a possible speaker: a noun phrase or a pronoun, analysed
/// into the parts the resolver compares.
struct Mention: Sendable {
  /// The phrase as written (`A Western diplomat who attended the talks`).
  var tokens: Range<Int>
  /// Without leading determiners and trailing relative clause
  /// (`Western diplomat`).
  var core: Range<Int>
  /// A proper name without its title (`Steve Witkoff`, `Tass`, `Russian
  /// Defense Ministry`), if the phrase has one that names the referent.
  var name: Range<Int>?
  var kind: Speaker.Kind
  /// Token id of the head noun from the speaker lexicon (`ministry`,
  /// `envoy`), or -1.
  var head: Int32 = -1
  /// The core is nothing but its head noun (`the ministry`, `the envoy`).
  var isBareHead = false
  /// Starts with `the` or a possessive: refers back rather than introducing.
  var isDefinite = false
  var isTitled = false
  var gender: Gender = .unknown
  var pronoun: PronounClass = .none
  /// The main mention this one is an appositive of.
  var boundTo: Int? = nil
  /// Mentions that are the source of a statement, as opposed to sentence
  /// subjects kept only as antecedents for pronouns.
  var isSource = false
  var paragraph: Int
}

extension AttributionPass {
  // MARK: Noun phrases before a position

  /// The subject of a verb whose clause runs from a boundary to `end`
  /// (exclusive): `officials in Kyiv said`, `Tass, the Russian state news
  /// agency, reported`, `A diplomat who attended the talks said`. Nil when
  /// the words before are no noun phrase.
  func subjectBefore(_ end: Int, floor: Int) -> NounPhrase? {
    guard end > floor else { return nil }
    let last = end - 1
    if facts.isComma(last) { return skipAppositive(commaAt: last, floor: floor) { subjectBefore($0, floor: floor) } }
    var s = last
    while s >= floor {
      if isBackwardBoundary(s) { break }
      let w = facts.word[s]
      if w == .and || w == .but {
        // `Russia and China`, `Brasília and Buenos Aires`
        if w == .and, s > floor, s + 1 < end, facts.isCapitalized(s - 1), facts.isCapitalized(s + 1) {
          s -= 1
          continue
        }
        break
      }
      s -= 1
    }
    var start = s + 1
    guard start < end else { return nil }
    if s >= floor, facts.word[s] == .relative, !startsNounPhrase(start) {
      // The words after `who` are its clause: the subject is the phrase
      // before it, written with the clause.
      guard let antecedent = nounPhraseBefore(s, floor: floor) else { return nil }
      return NounPhrase(range: antecedent.range.lowerBound..<end, appositives: antecedent.appositives)
    }
    // A leading preposition without a comma: `On Thursday the Kremlin said`.
    if facts.word[start].isPreposition, start == floor {
      guard let det = (start..<end).first(where: { facts.word[$0] == .determiner }) else { return nil }
      start = det
    }
    guard end - start <= Self.maxSubjectTokens else { return nil }
    return NounPhrase(range: start..<end)
  }

  /// A tight noun phrase ending at `end`: a name with its titles and
  /// connectors, or determiner, modifiers and noun. Used for the antecedent
  /// of `who`.
  func nounPhraseBefore(_ end: Int, floor: Int) -> NounPhrase? {
    guard end > floor else { return nil }
    let last = end - 1
    if facts.isComma(last) { return skipAppositive(commaAt: last, floor: floor) { nounPhraseBefore($0, floor: floor) } }
    var s = last
    while s >= floor {
      if isBackwardBoundary(s) { break }
      let w = facts.word[s]
      if w == .determiner || w == .quantifier || facts.pronoun(s) != .none { s -= 1; break }
      if w.isPreposition || w == .and {
        if s > floor, s + 1 < end, facts.isCapitalized(s - 1), facts.isCapitalized(s + 1) { s -= 1; continue }
        break
      }
      if facts.has(s, .endsED) || facts.has(s, .endsING), !facts.isCapitalized(s), facts.speaker(s) == nil { break }
      s -= 1
    }
    let start = s + 1
    guard start < end, end - start <= Self.maxSubjectTokens else { return nil }
    return NounPhrase(range: start..<end)
  }

  /// `X, APPOSITIVE, …`: when the comma at `comma` closes an appositive
  /// noun phrase or a modifier (`who …`, `speaking on …`), the phrase before
  /// it, with the appositive bound.
  private func skipAppositive(commaAt comma: Int, floor: Int, _ before: (Int) -> NounPhrase?) -> NounPhrase? {
    var pc = comma - 1
    while pc >= floor, !facts.isComma(pc), !isHardBoundary(pc) { pc -= 1 }
    guard pc >= floor, facts.isComma(pc) else { return nil }
    let segment = (pc + 1)..<comma
    guard !segment.isEmpty else { return nil }
    let appositive = isAppositive(segment)
    guard appositive || isModifier(segment) else { return nil }
    guard var inner = before(pc) else { return nil }
    if appositive { inner.appositives.append(segment) }
    return inner
  }

  // MARK: Noun phrases after a position

  /// The noun phrase starting at `start`, up to a comma, clause word, verb
  /// or cue, with the appositives that follow it (`Oleksandr Hrytsenko, the
  /// secretary of the headquarters`).
  func forwardNP(from start: Int, end: Int) -> NounPhrase? {
    var k = start
    while k < end {
      if facts.isComma(k) || facts.has(k, .colon) || facts.has(k, .clausePunct) || facts.isTerminal(k) || facts.isQuote(k) { break }
      if facts.cueAt[k] >= 0 { break }
      let w = facts.word[k]
      if w == .that || w == .relative || w == .wh || w == .subordinator || w == .as || w == .but { break }
      if w.isAuxiliary || w == .negation || facts.isAdverb(k) { break }
      if w == .and, !(k > start && k + 1 < end && facts.isCapitalized(k - 1) && facts.isCapitalized(k + 1)) { break }
      // A verb in -ed ends the phrase unless it is a participle modifier
      // followed by a preposition (`people briefed on the talks`).
      if k > start, facts.has(k, .endsED), !facts.isCapitalized(k), facts.speaker(k) == nil,
        !(k + 1 < end && facts.word[k + 1].isPreposition)
      {
        break
      }
      k += 1
    }
    guard k > start, k - start <= Self.maxSubjectTokens else { return nil }
    var np = NounPhrase(range: start..<k)
    // Appositives: `, the secretary of the headquarters,`
    while k < end, facts.isComma(k) {
      var j = k + 1
      while j < end, !facts.isComma(j), !isHardBoundary(j), facts.cueAt[j] < 0 { j += 1 }
      let segment = (k + 1)..<j
      guard !segment.isEmpty, j >= end || facts.isComma(j) || facts.isTerminal(j) else { break }
      if isAppositive(segment) {
        np.appositives.append(segment)
      } else if !isModifier(segment) {
        break
      }
      k = j
    }
    return np
  }

  /// End of a phrase found by `forwardNP`, appositives included.
  func phraseEnd(_ np: NounPhrase) -> Int {
    max(np.range.upperBound, np.appositives.last?.upperBound ?? 0)
  }

  // MARK: Segment tests

  /// Tokens that end a backward scan for a subject: punctuation, quotation
  /// marks, cues, clause words and auxiliaries.
  func isBackwardBoundary(_ i: Int) -> Bool {
    if isHardBoundary(i) || facts.isComma(i) { return true }
    if facts.cueAt[i] >= 0 { return true }
    let w = facts.word[i]
    return w == .that || w == .relative || w == .wh || w == .subordinator || w == .as || w.isAuxiliary || w == .negation
  }

  /// Punctuation that no phrase crosses: `; : — ( )`, terminals, quotation
  /// marks.
  @inline(__always) func isHardBoundary(_ i: Int) -> Bool {
    facts.has(i, .colon) || facts.has(i, .clausePunct) || facts.isTerminal(i) || facts.isQuote(i)
  }

  /// Whether a phrase can start at `i`: a determiner, quantifier, number,
  /// capitalized word, pronoun or speaker noun.
  func startsNounPhrase(_ i: Int) -> Bool {
    let w = facts.word[i]
    return w == .determiner || w == .quantifier || facts.isCapitalized(i) || facts.has(i, .number) || facts.speaker(i) != nil
  }

  /// A noun phrase between commas: starts like one, has no verb, no cue, and
  /// is not too long (`the chief of staff for President Volodymyr Zelensky`).
  func isAppositive(_ r: Range<Int>) -> Bool {
    guard r.count <= 24, startsNounPhrase(r.lowerBound) else { return false }
    if facts.pronoun(r.lowerBound) != .none, r.count > 1, facts.cueAt[r.lowerBound + 1] >= 0 { return false }  // `it reported`
    var k = r.lowerBound
    while k < r.upperBound {
      let w = facts.word[k]
      if w == .relative || w == .that { break }  // `a diplomat who …` keeps its clause
      if w.isAuxiliary || w == .negation || facts.cueAt[k] >= 0 || facts.isQuote(k) { return false }
      k += 1
    }
    return true
  }

  /// A modifier between commas that is not a noun phrase: a relative clause
  /// (`who leads Ukraine’s delegation`), a participle phrase (`led by …`,
  /// `speaking on condition of anonymity`), or a parenthetical attribution
  /// (`it reported`).
  func isModifier(_ r: Range<Int>) -> Bool {
    guard r.count <= 30 else { return false }
    let first = r.lowerBound
    let w = facts.word[first]
    if w == .relative || w == .that { return true }
    if !facts.isCapitalized(first), facts.has(first, .endsED) || facts.has(first, .endsING) { return true }
    if facts.cueAt[first] >= 0 { return true }
    // `it reported`, `they noted`: a pronoun and a cue.
    if r.count <= 3, facts.pronoun(first) != .none, (first + 1 < r.upperBound) && facts.cueAt[first + 1] >= 0 { return true }
    if facts.has(first, .number) && r.count <= 2 { return true }  // an age: `Boubacar Guindo, 38,`
    return false
  }

  /// Whether a phrase can be the source of a statement: a name, a speaker
  /// noun, a pronoun, or a short phrase ending in a plural noun.
  func isMentionLike(_ np: NounPhrase) -> Bool {
    let r = np.range
    for k in r {
      if facts.word[k] == .relative { break }
      if facts.isCapitalized(k), facts.word[k] == .none, facts.has(k, .word) { return true }
      if let m = facts.speaker(k), !m.categories.subtracting(.title).isEmpty { return true }
    }
    if np.appositives.contains(where: { isMentionLike(NounPhrase(range: $0)) }) { return true }
    let last = r.upperBound - 1
    return r.count <= 6 && facts.has(last, .endsS) && facts.word[last] == .none
  }

  static let maxSubjectTokens = 16

  // MARK: Mentions

  /// The index of the mention for `np` (and its appositives), creating it.
  mutating func mention(for np: NounPhrase, paragraph: Int, isSource: Bool) -> Int {
    let main = addMention(np.range, paragraph: paragraph, isSource: isSource)
    for a in np.appositives {
      let m = addMention(a, paragraph: paragraph, isSource: false)
      if m != main, mentions[m].boundTo == nil { mentions[m].boundTo = main }
    }
    return main
  }

  /// The mention of exactly `range`, created on first use.
  mutating func addMention(_ range: Range<Int>, paragraph: Int, isSource: Bool) -> Int {
    if let existing = mentions.lastIndex(where: { $0.tokens == range }) {
      if isSource { mentions[existing].isSource = true }
      return existing
    }
    var m = analyze(range, paragraph: paragraph)
    m.isSource = isSource
    mentions.append(m)
    return mentions.count - 1
  }

  /// Splits a phrase into determiners, possessive modifiers, titles, name
  /// and head noun, and guesses its kind.
  func analyze(_ range: Range<Int>, paragraph: Int) -> Mention {
    var m = Mention(tokens: range, core: range, kind: .organization, paragraph: paragraph)
    if range.count == 1 {
      let p = facts.pronoun(range.lowerBound)
      if p != .none {
        m.pronoun = p
        m.kind = p == .male || p == .female ? .person : p == .plural || p == .member ? .group : .organization
        m.gender = p == .male ? .male : p == .female ? .female : .unknown
        return m
      }
    }
    // The core ends before a relative clause or a comma.
    var coreEnd = range.upperBound
    for k in range where facts.word[k] == .relative || facts.isComma(k) || (facts.word[k] == .that && k > range.lowerBound) {
      coreEnd = k
      break
    }
    var i = range.lowerBound
    while i < coreEnd - 1 {
      let w = facts.word[i]
      if w == .determiner || w == .quantifier || facts.pronoun(i) != .none {
        if w == .determiner || facts.pronoun(i) != .none { m.isDefinite = m.isDefinite || isDefiniteDeterminer(i) }
        i += 1
      } else {
        break
      }
    }
    m.core = i..<coreEnd
    // Possessive modifiers: `President Trump’s special envoy`, `Ukraine’s`.
    if let poss = (i..<coreEnd).last(where: { facts.has($0, .possessive) }), poss + 1 < coreEnd {
      i = poss + 1
      m.isDefinite = true
    }
    // Titles before a name: `Foreign Minister`, `Mr.`, `Maj. Gen.`
    var k = i
    while k < coreEnd, let t = facts.speaker(k), t.start == k, t.categories.contains(.title), facts.isCapitalized(k) || facts.has(k, .allCaps) {
      let next = t.end
      guard next < coreEnd, facts.isCapitalized(next) else { break }
      m.isTitled = true
      if t.gender != .unknown { m.gender = t.gender }
      k = next
    }
    // The name: a run of capitalized words, with connectors inside
    // (`Ministry of Commerce`) and name particles (`al-Sharafi`).
    var j = k
    while j < coreEnd {
      if facts.isCapitalized(j) || (facts.has(j, .allCaps)) {
        j += 1
        continue
      }
      let w = facts.word[j]
      let connector = w == .preposition || w == .determiner || w == .and || (facts.has(j, .hyphenated) && j > k) || (w == .none && facts.has(j, .word) && j > k && isShortParticle(j))
      if connector, j > k, j + 1 < coreEnd, facts.isCapitalized(j + 1) || facts.has(j + 1, .hyphenated) {
        j += 1
        continue
      }
      if facts.has(j, .hyphenated), j > k, facts.has(j, .word), !facts.has(j, .endsED) {
        j += 1  // `Yahya al-Sharafi`
        continue
      }
      break
    }
    // A run ending in a connector is cut back.
    while j > k, !facts.isCapitalized(j - 1), !facts.has(j - 1, .hyphenated) { j -= 1 }
    let hasName = j > k
    // The head: the last speaker noun before the first preposition or
    // clause word after the name.
    var stop = j
    while stop < coreEnd {
      let w = facts.word[stop]
      if w.isPreposition || w == .relative || w == .that || facts.isComma(stop) { break }
      stop += 1
    }
    var head: SpeakerMatch? = nil
    var x = i
    while x < stop {
      if let s = facts.speaker(x), s.start == x, !s.categories.intersection(.heads).isEmpty {
        head = s
        x = s.end
      } else {
        x += 1
      }
    }
    if let head {
      m.head = head.head
      m.isBareHead = head.start == m.core.lowerBound && head.end == m.core.upperBound
      if m.gender == .unknown { m.gender = head.gender }
    }
    let kindOf: (SpeakerMatch) -> Speaker.Kind = { s in
      if s.categories.contains(.media) { return .media }
      if s.categories.contains(.organization) { return .organization }
      if s.categories.contains(.group) { return .group }
      return .person
    }
    if hasName {
      let name = k..<j
      let headAfterName = head.map { $0.start >= j } ?? false
      if let head, headAfterName {
        // `IRNA news agency` names the agency; `Russian delegation`,
        // `Security Council diplomat` do not name anyone.
        m.kind = kindOf(head)
        if m.kind == .media { m.name = name }
      } else if let head {
        m.kind = kindOf(head)
        m.name = name
        if m.kind == .person { m.kind = m.isTitled ? .person : .organization }
      } else if m.isTitled {
        m.kind = .person
        m.name = name
      } else {
        m.name = name
        let hasAnd = name.contains { facts.word[$0] == .and }
        let words = name.filter { facts.has($0, .word) && facts.isCapitalized($0) }.count
        if hasAnd {
          m.kind = .group
        } else if m.isDefinite || facts.has(name.lowerBound, .allCaps) {
          m.kind = .organization
        } else {
          m.kind = words >= 2 ? .person : .organization
        }
      }
    } else if let head {
      m.kind = kindOf(head)
    } else {
      let last = coreEnd - 1
      m.kind = facts.has(last, .endsS) ? .group : .organization
    }
    return m
  }

  /// `the`, `this`, `these`, `those` or a possessive pronoun.
  func isDefiniteDeterminer(_ i: Int) -> Bool {
    if facts.pronoun(i) != .none { return true }
    let t = document.tokens[i]
    guard t.length >= 3 else { return false }
    let b0 = document.text[Int(t.start)] | 0x20
    let b1 = document.text[Int(t.start) + 1] | 0x20
    return b0 == UInt8(ascii: "t") && b1 == UInt8(ascii: "h")
  }

  /// A short lower-case word inside a name (`von`, `de`, `bin`).
  func isShortParticle(_ i: Int) -> Bool {
    document.tokens[i].length <= 3
  }
}
