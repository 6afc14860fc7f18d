/// A noun phrase found near a cue, with the appositives bound to it by
/// commas (`Lina Moreau, the government’s trade envoy,`).
struct NounPhrase: Sendable {
  var range: Range<Int>
  /// Its appositives, in text order: a range of the document's
  /// `AppositiveList` (`AttributionPass.appositiveList`), so that a phrase
  /// is a plain value with no array to allocate, copy and free.
  var appositives: Range<Int> = 0..<0
  /// End of everything read with the phrase: appositives and modifiers
  /// (`…, who studies trade policy`).
  var end: Int
  /// Where a phrase that leads into the subject starts (`a demand` in `a
  /// demand the group dismissed`): the attribution begins there.
  var lead: Int? = nil

  /// A phrase; with appositives, `end` is given (at least the last one's
  /// end).
  init(range: Range<Int>, appositives: Range<Int> = 0..<0, end: Int? = nil, lead: Int? = nil) {
    self.range = range
    self.appositives = appositives
    self.end = end ?? range.upperBound
    self.lead = lead
  }
}

/// The appositives of the noun phrases read in one document, in one list
/// that only grows while the document is read; each phrase keeps the range
/// of its own (`NounPhrase.appositives`). Shared by the copies of the pass
/// that its helpers get, kept by the worker from document to document
/// (`AttributionBuffers`), emptied when a pass starts. An array per phrase
/// cost an allocation and a free for about 2,400 phrases a MB, and a
/// reference count on every copy of every phrase.
final class AppositiveList {
  /// Not checked for exclusive access at run time: a class's stored
  /// property otherwise costs a `swift_beginAccess` (about 80
  /// instructions) on every read and write, 0.6 M a MB; no access to it
  /// overlaps another (each is one array call, and the list never leaves
  /// its worker).
  @exclusivity(unchecked) private(set) var ranges: [Range<Int>] = []

  /// Empties the list, keeping its storage.
  func removeAll() {
    if !ranges.isEmpty { ranges.removeAll(keepingCapacity: true) }
  }

  /// The appositives `list` (a range of this list) followed by `segment`,
  /// as a range of the list: appended in place when `list` is empty or
  /// the list's last, else copied to its end first.
  func appending(_ segment: Range<Int>, to list: Range<Int>) -> Range<Int> {
    var start = list.lowerBound
    if list.isEmpty {
      start = ranges.count
    } else if list.upperBound != ranges.count {
      start = ranges.count
      for k in list { ranges.append(ranges[k]) }
    }
    ranges.append(segment)
    return start..<ranges.count
  }
}

/// One mention of a possible speaker: a noun phrase or a pronoun, analysed
/// into the parts the resolver compares.
///
/// Its token ranges and indices are kept as 32-bit values (a document's
/// token indices fit: its byte offsets are 32-bit), so that a mention is 56
/// bytes rather than 96: the pass and the resolver copy mentions many
/// times a document, and one of 96 bytes was copied by a call to `memcpy`.
struct Mention: Sendable {
  /// The phrase as written (`A Western diplomat who attended the talks`).
  var tokens: Range<Int> {
    get { storedTokens.range }
    set { storedTokens = TokenRange32(newValue) }
  }
  /// Without leading determiners and trailing relative clause
  /// (`Western diplomat`).
  var core: Range<Int> {
    get { storedCore.range }
    set { storedCore = TokenRange32(newValue) }
  }
  /// A proper name without its title (`Lina Moreau`, `Xinhua`, `Russian
  /// Defense Ministry`), if the phrase has one that names the referent.
  var name: Range<Int>? {
    get { storedName.start < 0 ? nil : storedName.range }
    set { storedName = newValue.map(TokenRange32.init) ?? .none }
  }
  /// Whether the name ends the phrase's core, naming what the phrase
  /// names (`Granma`, `Russian Defense Ministry`), not only whose its noun
  /// is (`Communist Party` in `the Communist Party newspaper`).
  var nameEndsPhrase: Bool { storedName.start >= 0 && storedName.range.upperBound == core.upperBound }
  /// No speaker's noun, name or pronoun: `Talks over the dam`, `the
  /// energy deal`.
  var namesNoOne: Bool { head < 0 && name == nil && pronoun == .none }
  /// The main mention this one is an appositive of.
  var boundTo: Int? {
    get { storedBoundTo < 0 ? nil : Int(storedBoundTo) }
    set { storedBoundTo = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
  }
  private var storedTokens: TokenRange32
  private var storedCore: TokenRange32
  /// `TokenRange32.none` for no name.
  private var storedName = TokenRange32.none
  /// Token id of the head noun from the speaker lexicon (`ministry`,
  /// `envoy`), or -1.
  var head: Int32 = -1
  /// The office the head noun names (`SpeakerMatch.office`), or -1.
  var office: Int32 = -1
  /// `boundTo`, or -1.
  private var storedBoundTo: Int32 = -1
  /// For a pronoun source: the last of its statements' contents, which it
  /// cannot refer into (`Such negotiations take months, they noted`), an
  /// index into `AttributionPass.pronounStatements` (linked through `next`),
  /// or -1. A side table, not an array here, so that a mention is a plain
  /// value that copies without reference counting.
  var lastStatement: Int32 = -1
  /// The mention before this one that starts at the same token, or -1:
  /// the chain `addMention` walks from `PassLists.latestMentionAt` (kept
  /// here, not in an array of its own, to save an append per mention).
  var earlierAtStart: Int32 = -1
  var kind: Speaker.Kind
  /// The core is nothing but its head noun (`the ministry`, `the envoy`).
  var isBareHead = false
  /// The head is a generic noun that refers back to a named body
  /// (`the group`, `the movement`: speakers.tsv note `anaphor`).
  var refersBack = false
  /// Starts with `the` or a possessive: refers back rather than introducing.
  var isDefinite = false
  var isTitled = false
  var gender: Gender = .unknown
  /// The gender comes from a form of address or a gendered title (`Mr.`,
  /// `Ms.`, `chairwoman`), which outweighs a given name's (`Almaz` is a
  /// woman's name in Ethiopia and a man's in Kyrgyzstan).
  var genderIsTitled = false
  var pronoun: PronounClass = .none
  /// Mentions that are the source of a statement, as opposed to sentence
  /// subjects kept only as antecedents for pronouns.
  var isSource = false
  /// A single unknown name (`Putin`, `Baku`): its kind is a guess that a
  /// later pronoun may settle (`he` makes a person, `it` an organization).
  var kindIsGuess = false
  /// One person of the group the core names (`one of the two diplomats
  /// who chaired the sessions`): the group speaks, and a later `he` or
  /// `she` may stand for this one of them.
  var isOneMember = false

  init(tokens: Range<Int>, core: Range<Int>, kind: Speaker.Kind) {
    storedTokens = TokenRange32(tokens)
    storedCore = TokenRange32(core)
    self.kind = kind
  }
}

/// Which walks `AttributionPass.analyze` takes: only those a phrase's
/// flags leave open (`SkippingWalks`, the pass's), or every one
/// (`TakingAllWalks`, what tests compare the skips with).
protocol MentionWalks {
  static var all: Bool { get }
}

/// `MentionWalks` for the pass: a walk that cannot find anything is skipped.
enum SkippingWalks: MentionWalks {
  @inline(__always) static var all: Bool { false }
}

/// `MentionWalks` for tests: every walk is taken.
enum TakingAllWalks: MentionWalks {
  @inline(__always) static var all: Bool { true }
}

/// A range of a document's token indices in two 32-bit values (`Mention`).
struct TokenRange32: Sendable, Equatable {
  var start: Int32
  var end: Int32

  /// The range `r` (its bounds are token indices of a document).
  @inline(__always) init(_ r: Range<Int>) {
    start = Int32(truncatingIfNeeded: r.lowerBound)
    end = Int32(truncatingIfNeeded: r.upperBound)
  }

  private init(start: Int32, end: Int32) {
    self.start = start
    self.end = end
  }

  /// No range (a mention without a name).
  static let none = TokenRange32(start: -1, end: -1)

  @inline(__always) var range: Range<Int> { Range(uncheckedBounds: (Int(start), Int(end))) }
}

extension AttributionPass {
  // MARK: Noun phrases before a position

  /// The subject of a verb whose clause runs from a boundary to `end`
  /// (exclusive): `officials in Kyiv said`, `Ostra, the national news
  /// agency, reported`, `A diplomat who attended the talks said`. Nil when
  /// the words before are no noun phrase.
  func subjectBefore(_ end: Int, floor: Int) -> NounPhrase? {
    guard end > floor else { return nil }
    let last = end - 1
    if facts.isComma(last) { return skipAppositive(commaAt: last, floor: floor) }
    // `A report by the centre, titled “The Empty High Street,” said`: a
    // quoted title whose comma sits inside its marks ends a modifier.
    if facts.isQuote(last), titleQuoteOpen(closingAt: last) != nil { return skipAppositive(commaAt: last, floor: floor) }
    // So does a quote that ends in its own comma in a clause set off by
    // commas: `Mr. Haddad, who has called the plan “a trap,” told`.
    if closesAfterComma(last, floor: floor), let np = skipAppositive(commaAt: last, floor: floor) { return np }
    // A parenthetical between dashes or brackets: `Mr. Volkov — who has led
    // the delegation since 2022 — said`.
    if facts.has(last, .clausePunct), let opener = parentheticalOpener(closing: last, floor: floor) {
      return subjectBefore(opener, floor: floor)
    }
    var s = last
    while s >= floor {
      if isBackwardBoundary(s) {
        // `Malawi’s Ministry of Health, Population and Sanitation said`
        if facts.isComma(s), s > floor, facts.withView({ Self.nameListEnd(comma: s, limit: end, facts: $0) }) == end {
          s -= 1
          continue
        }
        // A cue, auxiliary or negation inside a relative clause with no
        // commas is the clause's: `A senior official who asked not to be named
        // said`, `a diplomat who was at the meeting said`.
        if let r = relativeOpening(before: s, floor: floor) { s = r }
        break
      }
      let w = facts.word(s)
      // `Shares fell after the company said`: the subject starts after it.
      if w == .timePreposition { break }
      if w.isCoordinator {
        // `Russia and China`, `Brasília and Buenos Aires`; a body's name
        // with `and the` in it: `the Association of Landlords of Lisbon and
        // the Tagus Valley`.
        if w == .and, s > floor, s + 1 < end, facts.isCapitalized(s - 1),
          facts.isCapitalized(s + 1) || (s + 2 < end && facts.word(s + 1) == .determiner && facts.isCapitalized(s + 2) && bodyNoun(before: s, floor: floor))
        {
          s -= 1
          continue
        }
        if w == .and, andJoinsComplement(s, floor: floor, end: end) || andJoinsModifiers(s, floor: floor, end: end) {
          s -= 1
          continue
        }
        if w == .and, let people = peopleBeforeNameList(and: s, floor: floor, end: end) {
          s = people
          continue
        }
        break
      }
      s -= 1
    }
    var start = s + 1
    guard start < end else { return nil }
    if s >= floor, facts.word(s) == .relative || (facts.word(s) == .that && opensSubjectRelative(s, floor: floor, end: end)), !startsNounPhrase(start) {
      // The words after `who` are its clause: the subject is the phrase
      // before it, written with the clause.
      guard let antecedent = antecedent(ofRelativeAt: s, floor: floor) else { return nil }
      let appositivesEnd = antecedent.appositives.isEmpty ? 0 : appositiveList.ranges[antecedent.appositives.upperBound - 1].upperBound
      return NounPhrase(range: antecedent.range.lowerBound..<end, appositives: antecedent.appositives, end: max(end, appositivesEnd))
    }
    // A leading preposition without a comma: `On Thursday the Kremlin said`.
    if facts.word(start).isPreposition, start == floor {
      guard let det = (start..<end).first(where: { facts.word($0) == .determiner }) else { return nil }
      start = det
    }
    // A phrase without a speaker noun leading into the subject (a relative
    // clause without `that`): `a demand the paramilitary group dismissed`,
    // `a move Jubaland officials described`.
    var lead: Int? = nil
    var x = start + 1
    while x < end {
      if facts.speaker(x - 1).map({ !$0.categories.intersection(.heads).isEmpty }) ?? false { break }
      // (Or a subject pronoun after a phrase that opens with no
      // preposition: `a pace she called`, `In her closing remarks she
      // said` read from `her`; not `of the areas they had asked to see`.)
      let opens = facts.word(x) == .determiner || (facts.isCapitalized(x) && facts.word(x) == .none)
        || (x == end - 1 && facts.pronoun(x) != .none && facts.pronoun(x) != .member && facts.word(x) != .determiner && !facts.word(start).isPreposition)
      // (A hyphenated word before a name describes it: `the state-run
      // National News Agency`, `the Kremlin-backed …`.)
      let plainNoun = facts.word(x - 1) == .none && facts.has(x - 1, .word) && !facts.isCapitalized(x - 1) && !facts.has(x - 1, .possessive)
        && !(facts.has(x - 1, .hyphenated) && facts.word(x) != .determiner)
      if opens, plainNoun, x - 1 > start {
        lead = start
        start = x
        break
      }
      x += 1
    }
    guard end - start <= Self.maxSubjectTokens else { return nil }
    return NounPhrase(range: start..<end, lead: lead)
  }

  /// The relative pronoun that opens a clause holding the cue, auxiliary
  /// or negation at `b`, within `maxRelativeReach` words before
  /// it and after a noun (no comma: the clause is restrictive), with no
  /// comma, hard boundary or other relative between: `who`, or `that` or
  /// `which` right before the clause's verb group
  /// (`opensSubjectRelative`).
  func relativeOpening(before b: Int, floor: Int) -> Int? {
    // (Not `as`: in `a man who identified himself as Jean-Robert Lafortune`
    // the name after it is the subject.)
    guard facts.has(b, .inCue) || facts.word(b).isAuxiliary || facts.word(b) == .negation else { return nil }
    var k = b - 1
    while k > floor, b - k <= Self.maxRelativeReach {
      if isHardBoundary(k) || facts.isComma(k) || facts.word(k) == .subordinator { return nil }
      if facts.word(k) == .relative || facts.word(k) == .that {
        if facts.word(k) == .relative, isMarked(k, .person) { return facts.has(k - 1, .word) && !facts.isComma(k - 1) ? k : nil }
        // `The force that has monitored the Golan for decades said`: `that`
        // or `which` right before the clause's verb group.
        let verb = k + 1 == b || (k + 2 == b && facts.isAdverb(k + 1))
        return verb && opensSubjectRelative(k, floor: floor, end: b) ? k : nil
      }
      k -= 1
    }
    return nil
  }

  /// Whether `that` or `which` at `k` opens a restrictive relative clause
  /// whose subject it is (`the force that monitors the border`, `the
  /// company which built the dam`): a plain noun or a name before it, and a
  /// verb after it, not a noun phrase (`a sign that talks …` opens a
  /// clause of its own; `the deal which analysts …` has its own subject).
  /// A plain word after it is the verb only when no speaker noun follows
  /// it before `end` (`a charge that rights groups say …`).
  func opensSubjectRelative(_ k: Int, floor: Int, end: Int) -> Bool {
    guard k > floor, k + 1 < facts.flags.count else { return false }
    let before = k - 1
    guard facts.has(before, .word), facts.word(before) == .none, !facts.has(before, .inCue), !facts.isVerbSignal(before), !facts.has(before, .possessive) else { return false }
    let next = k + 1
    if facts.word(next).isAuxiliary || facts.word(next) == .negation || facts.isVerbSignal(next) { return true }
    guard facts.has(next, .word), facts.word(next) == .none, !facts.isCapitalized(next), facts.speaker(next) == nil, !facts.has(next, .inCue) else { return false }
    return !(next..<end).contains { facts.speaker($0).map { !$0.categories.intersection(.heads).isEmpty } ?? false }
  }

  /// How far back `relativeOpening` looks for the relative pronoun.
  static let maxRelativeReach = 8

  /// The antecedent of the relative pronoun at `r`: `Gao Renjie, who`, `a
  /// diplomat who`, or a name with its description: `Caroline Ashby, a
  /// deputy special envoy, who`.
  func antecedent(ofRelativeAt r: Int, floor: Int) -> NounPhrase? {
    var e = r
    if e - 1 >= floor, facts.isComma(e - 1) { e -= 1 }
    guard var np = nounPhraseBefore(e, floor: floor) else { return nil }
    // `the Hellenic Dockworkers Union, or HDU, which said`: the name the
    // acronym stands for, not `or HDU`.
    let or = np.range.lowerBound
    if np.range.count == 2, facts.word(or) == .or, facts.has(or + 1, .allCaps), or - 1 > floor, facts.isComma(or - 1),
      let name = nounPhraseBefore(or - 1, floor: floor)
    {
      np = name
    }
    // `Rizky Nugroho, a student at the University of Indonesia, who said`:
    // `who` takes the person a body is the place of, not the body. So
    // after any name there when a person's role holds it: `Rosalind
    // Achterberg, an insurance analyst at AM Best, who cautioned`.
    if isMarked(r, .person), np.range.lowerBound - 1 > floor, facts.word(np.range.lowerBound - 1).isPreposition,
      let holder = nounPhraseBefore(np.range.lowerBound - 1, floor: floor), !holder.range.contains(where: { facts.isBodyNoun($0) }),
      np.range.contains(where: { facts.isBodyNoun($0) })
        || (isName(np.range) && holder.range.contains { facts.speaker($0).map { $0.categories.contains(.role) } ?? false })
        // (`the vice minister of foreign affairs, who called`: a complement
        // of plain words, no name and no speaker's noun, is the role's.)
        || (holder.range.contains { facts.speaker($0).map { $0.categories.contains(.role) } ?? false }
          && !np.range.contains { facts.isCapitalized($0) || facts.speaker($0) != nil })
    {
      np = NounPhrase(range: holder.range.lowerBound..<np.range.upperBound)
    }
    // `A neighbor of one of the suspects in Mulhouse, who gave …`, `a
    // shopkeeper on the square in Tartu, who …`: `who` after a name that
    // is where someone is (`in`) takes that someone: back over phrases
    // joined by prepositions to one with a person's noun.
    if isMarked(r, .person), isName(np.range), np.range.lowerBound - 1 > floor, isMarked(np.range.lowerBound - 1, .container),
      var holder = nounPhraseBefore(np.range.lowerBound - 1, floor: floor), !isName(holder.range)
    {
      var steps = 0
      while steps < 3, !holder.range.contains(where: isPeopleNoun), let outer = phraseJoined(before: holder.range.lowerBound, floor: floor) {
        holder = outer
        steps += 1
      }
      np = NounPhrase(range: holder.range.lowerBound..<np.range.upperBound)
    }
    // `An executive at one of South Korea’s largest chipmakers, who spoke
    // …`: `who` after phrases joined by prepositions, none with a title, a
    // role or a group, takes the first before them with a role or group.
    if isMarked(r, .person), !np.range.contains(where: { facts.speaker($0).map { !$0.categories.intersection([.title, .role, .group]).isEmpty } ?? false }) {
      var start = np.range.lowerBound
      var steps = 0
      while steps < 3, let outer = phraseJoined(before: start, floor: floor) {
        if outer.range.contains(where: isPeopleNoun) {
          np = NounPhrase(range: outer.range.lowerBound..<np.range.upperBound)
          break
        }
        if outer.range.contains(where: { facts.speaker($0)?.categories.contains(.title) ?? false }) { break }
        start = outer.range.lowerBound
        steps += 1
      }
    }
    let first = np.range.lowerBound
    let described = facts.word(first) == .determiner || facts.word(first) == .quantifier
    // (The name may lie before the unit, in its sentence: `Among those
    // outside was Ana Ruiz, a retired nurse who said …`.)
    if described, first - 1 >= floor, facts.isComma(first - 1), let name = nounPhraseBefore(first - 1, floor: sentenceStart(of: first - 1, from: floor, reach: 40)),
      name.range.contains(where: { facts.isCapitalized($0) && facts.word($0) == .none })
    {
      return NounPhrase(range: name.range, appositives: appositiveList.appending(np.range, to: 0..<0), end: np.range.upperBound)
    }
    return np
  }

  /// The noun phrase before `start` that a preposition or a possessor's
  /// `of` right before `start` joins to it (`a shopkeeper on [the square]`,
  /// `an executive at one of [the carmakers]`); the `who` readings walk
  /// back over these.
  func phraseJoined(before start: Int, floor: Int) -> NounPhrase? {
    guard start - 1 > floor, facts.word(start - 1).isPreposition || isMarked(start - 1, .possessor) else { return nil }
    return nounPhraseBefore(start - 1, floor: floor)
  }

  /// The first token of the sentence holding token `k`, looking back at
  /// most `reach` tokens (and never starting after `from`).
  func sentenceStart(of k: Int, from: Int? = nil, reach: Int = .max) -> Int {
    var s = min(k, from ?? k)
    while s > 0, k - s < reach, !facts.has(s, .sentenceStart) { s -= 1 }
    return s
  }

  /// The dash or bracket that opens the parenthetical a dash or closing
  /// bracket at `closing` ends, within 30 tokens of the same sentence;
  /// nil for a semicolon or when there is none.
  func parentheticalOpener(closing: Int, floor: Int) -> Int? {
    let close = document.text[Int(document.tokens[closing].start)]
    let isDash = close == UInt8(ascii: "-") || close == 0xE2
    guard isDash || close == UInt8(ascii: ")") || close == UInt8(ascii: "]") else { return nil }
    var k = closing - 1
    while k >= floor, k >= closing - 30 {
      if facts.isTerminal(k) || facts.isQuote(k) { return nil }
      if facts.has(k, .clausePunct) {
        let open = document.text[Int(document.tokens[k].start)]
        let opensDash = open == UInt8(ascii: "-") || open == 0xE2
        if isDash ? opensDash : facts.has(k, .openParen) { return k > floor ? k : nil }
        return nil
      }
      k -= 1
    }
    return nil
  }

  /// A tight noun phrase ending at `end`: a name with its titles and
  /// connectors, or determiner, modifiers and noun. Used for the antecedent
  /// of `who`; it never crosses a comma.
  func nounPhraseBefore(_ end: Int, floor: Int) -> NounPhrase? {
    guard end > floor else { return nil }
    var s = end - 1
    while s >= floor {
      if isBackwardBoundary(s) { break }
      let w = facts.word(s)
      if w == .determiner || w == .quantifier || facts.pronoun(s) != .none { s -= 1; break }
      if w.isPreposition || w == .and {
        if s > floor, s + 1 < end, facts.isCapitalized(s - 1), facts.isCapitalized(s + 1) { s -= 1; continue }
        break
      }
      if facts.has(s, .endsED) || facts.has(s, .endsING) || facts.isVerbSignal(s), !facts.isCapitalized(s), facts.speaker(s) == nil {
        // (Between a determiner and its noun it describes the noun: `a
        // retired nurse who said`. A verb ends the phrase: `The minister
        // met Ana Ruiz, who said`.)
        if s + 1 < end, s > floor, facts.word(s - 1) == .determiner { s -= 1; continue }
        break
      }
      s -= 1
    }
    let start = s + 1
    guard start < end, end - start <= Self.maxSubjectTokens else { return nil }
    return NounPhrase(range: start..<end)
  }

  /// `X, APPOSITIVE, …`: when the comma at `comma` closes an appositive
  /// noun phrase or a modifier (`who …`, `speaking on …`), the phrase before
  /// it, with the appositive bound. A modifier may hold commas of its own
  /// (`who leads a union local in Gary, Indiana,`). The phrase before is
  /// `subjectBefore`, called directly: a closure here would capture (copy)
  /// the whole pass.
  private func skipAppositive(commaAt comma: Int, floor unitFloor: Int) -> NounPhrase? {
    let floor = pastOpeningAdverbial(unitFloor, before: comma)
    // (At the closing mark of a quoted title, or of a quote that ends in
    // its own comma, the scan starts before the quote: it is part of the
    // phrase set off.)
    var pc = facts.isQuote(comma) ? (quoteOpen(closingAt: comma) ?? comma) - 1 : comma - 1
    for attempt in 0..<3 {
      while pc >= floor, !facts.isComma(pc) {
        // A quoted title is part of the modifier (`titled “Lessons from
        // Montello” and published in March,`).
        if facts.isQuote(pc), let open = titleQuoteOpen(closingAt: pc) {
          pc = open - 1
          continue
        }
        if isHardBoundary(pc) { break }
        pc -= 1
      }
      guard pc >= floor, facts.isComma(pc) else { return nil }
      let segment = (pc + 1)..<comma
      // Names joined by `and` after a name and a comma end a list, not an
      // appositive: `The World Food Programme, which runs convoys between
      // Kassala, Gedaref and Port Sudan, said`. The next comma back opens
      // the modifier.
      if attempt == 0, pc > floor, isName((pc - 1)..<pc), isNameListEnd(segment) {
        pc -= 1
        continue
      }
      if !segment.isEmpty {
        let appositive = isAppositive(segment)
        if appositive || isModifier(segment) {
          // An age between commas belongs to the name: `Lee Bok-soon, 91,`.
          var end = pc
          var a = pc - 1
          while a >= floor, !facts.isComma(a), !isHardBoundary(a) { a -= 1 }
          if a >= floor, facts.isComma(a), isAge((a + 1)..<pc) { end = a }
          // Before a modifier, a phrase and its appositive, one of them a
          // name: `Mehmet Arslan, campaigns director at the group Choice,
          // which first reported the fees, said`; `One worker, Shirin
          // Akter, 27, said`.
          // (One comma between them, and no verb in the phrase.)
          if !appositive, end > floor, let outer = skipAppositive(commaAt: end, floor: floor),
            outer.range.upperBound < end, facts.isComma(outer.range.upperBound),
            !((outer.range.upperBound + 1)..<end).contains(where: { facts.isComma($0) }),
            isName(outer.range) || isName((outer.range.upperBound + 1)..<end),
            !facts.hasVerbSignal(in: outer.range), isMentionLike(outer), isValidSubject(outer)
          {
            return outer
          }
          var inner = subjectBefore(end, floor: floor)
          // A name set off right before the verb, after a description no
          // subject reads from: `The woman who has kept the clinic open, a
          // nurse who grew up in the village and trained in Lima, Rosa
          // Quispe, said`. The name is the subject; the description leads
          // into it, so nothing before the name is reported, and its first
          // phrase is the name's appositive (`The woman who …`: a later
          // `she` or `the woman` is Rosa Quispe).
          if attempt == 0, isName(segment), inner.map({ !isValidSubject($0) || !isMentionLike($0) }) ?? true {
            var named = NounPhrase(range: segment, lead: floor)
            if let firstComma = (floor..<pc).first(where: { facts.isComma($0) }), let opener = descriptionOpening(endingAt: firstComma, floor: floor) {
              named.appositives = appositiveList.appending(opener, to: named.appositives)
            }
            return named
          }
          // `The delegation, headed by Dmitry Sorokin, a senior official,
          // said`: the phrase before the appositive is no subject but a
          // participle's or preposition's, ending in a name after its
          // preposition. After a word of leading (`headed by`, `under`:
          // mark `leader`) the appositive describes that name, which speaks
          // for the body. After another (`backed by President Ana Ruiz, a
          // former judge,`) the phrase is a modifier of the body, read with
          // the next comma back: the body is the subject.
          if attempt == 0, appositive, let phrase = inner, !isValidSubject(phrase) || facts.isAdverb(phrase.range.lowerBound), opensAsModifier(phrase.range) {
            if let named = nameAfterPreposition(ending: phrase) {
              inner = NounPhrase(range: named, appositives: phrase.appositives, end: phrase.end)
            } else {
              pc -= 1
              continue
            }
          }
          // (A verb and its object before the comma end a clause with commas
          // of its own, a list's or an appositive's, and the next comma back
          // may open it: `The Red Cross, which will fly the detainees between
          // Sanaa, Aden and Riyadh, said`.)
          if var inner, attempt > 0 || !opensWithVerbAndObject(inner.range) {
            // `The ousted president, Gerhard Oberleitner-Haas, an Austrian
            // who won the vote, said`: a name set off after a described
            // role, and an appositive after it; the role heads the phrase
            // (as without the last appositive), the rest are its
            // appositives.
            if attempt == 0, appositive, isName(inner.range), inner.appositives.isEmpty, inner.range.lowerBound - 1 > floor, facts.isComma(inner.range.lowerBound - 1),
              facts.word(floor) == .determiner, let outer = subjectBefore(inner.range.lowerBound - 1, floor: floor), outer.range.lowerBound == floor,
              outer.appositives.isEmpty, outer.range.contains(where: { facts.speaker($0)?.categories.contains(.role) ?? false }), isValidSubject(outer)
            {
              var headed = NounPhrase(range: outer.range, end: segment.upperBound)
              headed.appositives = appositiveList.appending(inner.range, to: headed.appositives)
              headed.appositives = appositiveList.appending(segment, to: headed.appositives)
              return headed
            }
            // `“…,” Abílio Nhantumbo, the leader of Podemos, the largest
            // opposition party, told reporters`: a name that opens the
            // clause (after a quote or at its start) heads a role and the
            // role's description, as it heads the role alone.
            if attempt == 0, appositive, inner.appositives.isEmpty, !isName(inner.range), let named = nameOpening(before: inner.range.lowerBound - 1, floor: floor) {
              var headed = NounPhrase(range: named, end: segment.upperBound)
              headed.appositives = appositiveList.appending(inner.range, to: headed.appositives)
              // (Not a description of the role's body: `the chief executive
              // of the company, Baltyk Atom Energia,`.)
              if !describesInnerNoun(segment, before: pc, of: inner), !(isName(segment) && facts.isBodyNoun(pc - 1)) {
                headed.appositives = appositiveList.appending(segment, to: headed.appositives)
              }
              if isMentionLike(headed), isValidSubject(headed) { return headed }
            }
            if appositive, !describesInnerNoun(segment, before: pc, of: inner) {
              inner.appositives = appositiveList.appending(segment, to: inner.appositives)
            }
            // `The man who has led the bloc, a former minister, Seluka
            // Taafaki, said`: the description with its relative clause that
            // opens the chain is one more appositive (a later `he` is
            // Taafaki, not a man of his own).
            if attempt == 0, appositive, isName(segment), let opener = descriptionOpening(endingAt: inner.range.lowerBound - 1, floor: floor) {
              inner.appositives = appositiveList.appending(opener, to: inner.appositives)
            }
            return inner
          }
        }
      }
      pc -= 1
    }
    return nil
  }

  /// `Separately, the ministry, which runs the camps, said`: an adverb or
  /// a word of time that opens the sentence, with its comma, is no part of
  /// the subject whose appositives follow; the token after that comma, when
  /// it is before `limit`, or else `floor`. (One word only: a longer
  /// opening phrase is no valid subject anyway, and `openingAdverbial`'s
  /// reading, which tests only its ends, took the comma of `On Monday its
  /// operator, Danubia Rail, said` for the phrase's.)
  func pastOpeningAdverbial(_ floor: Int, before limit: Int) -> Int {
    guard floor + 2 < limit, facts.has(floor, .sentenceStart), facts.isComma(floor + 1), facts.isAdverb(floor) || facts.word(floor) == .timeNoun else { return floor }
    return floor + 2
  }

  /// The name that ends at the comma at `comma` and opens its clause: it
  /// starts at `floor` or right after a closing quotation mark (`“…,”
  /// Abílio Nhantumbo,`); nil when anything but a name's words stands
  /// there.
  private func nameOpening(before comma: Int, floor: Int) -> Range<Int>? {
    guard comma > floor, facts.isComma(comma) else { return nil }
    var n = comma
    while n > floor, isName((n - 1)..<n) { n -= 1 }
    guard n < comma, n == floor || isClosingMark(n - 1) else { return nil }
    return n..<comma
  }

  /// The phrase from `floor` to the comma at `comma`, when it is a noun
  /// phrase with a determiner, its relative clause and no other comma (`The
  /// man who has led the bloc` before `, a former minister`); nil otherwise.
  private func descriptionOpening(endingAt comma: Int, floor: Int) -> Range<Int>? {
    guard comma > floor, facts.isComma(comma), facts.word(floor) == .determiner else { return nil }
    let phrase = floor..<comma
    guard !phrase.contains(where: { facts.isComma($0) || isHardBoundary($0) }), phrase.contains(where: { facts.word($0) == .relative }) else { return nil }
    return phrase
  }

  /// Whether appositive `segment` (set off by the comma at `comma`)
  /// describes a body named inside phrase `np` rather than the phrase:
  /// - a name after an appositive that ends in a body's noun: `Marta
  ///   Kruk, the chief executive of the company, Polskie Elektrownie
  ///   Jądrowe, said` (the utility is not one of her names; `The company,
  ///   Hanbit Telecom, said` keeps its name: the noun there is the phrase's);
  /// - a body's noun right after a person's role of a body: `The head of
  ///   the Federal Network Agency, the regulator that oversees the grid,
  ///   said` (the head stays a person; a name there is the person's: `A
  ///   spokeswoman for the ministry, Zhou Yanping, said`).
  private func describesInnerNoun(_ segment: Range<Int>, before comma: Int, of np: NounPhrase) -> Bool {
    if let last = np.appositives.last {
      guard facts.isBodyNoun(comma - 1), isName(segment) else { return false }
      let described = appositiveList.ranges[last]
      return described.upperBound == comma && described.lowerBound < comma - 1
    }
    guard facts.word(segment.lowerBound) == .determiner,
      let noun = (segment.lowerBound..<min(segment.upperBound, segment.lowerBound + 4)).first(where: { facts.speaker($0) != nil }),
      let kind = facts.speaker(noun)?.categories, kind.isBody, !kind.contains(.role),
      let of = np.range.first(where: { facts.word($0) == .nameConnector }), of + 1 < np.range.upperBound
    else { return false }
    return (np.range.lowerBound..<of).contains { facts.speaker($0)?.categories.contains(.role) ?? false }
      && ((of + 1)..<np.range.upperBound).contains { facts.isCapitalized($0) || facts.isBodyNoun($0) }
  }

  /// A plain lower-case word right before a determiner is a verb and its
  /// object, no phrase: `fly the detainees between Sanaa` in `which will
  /// fly the detainees between Sanaa, Aden and …`, `chairs the trust`
  /// after `who was born in 1966 and`.
  private func opensWithVerbAndObject(_ r: Range<Int>) -> Bool {
    let first = r.lowerBound
    return r.count > 1 && facts.word(first) == .none && facts.word(first + 1) == .determiner && facts.has(first, .word) && !facts.isCapitalized(first)
      && facts.speaker(first) == nil && !facts.has(first, .possessive) && !facts.has(first, .number)
  }

  /// Names joined by `and` or `or` (`Sanaa and Jeddah`, `Aden, Sanaa or
  /// Jeddah` read from its last comma): the end of a list.
  private func isNameListEnd(_ r: Range<Int>) -> Bool {
    var joined = false
    for t in r {
      let w = facts.word(t)
      if w == .and || w == .or {
        guard t > r.lowerBound else { return false }
        joined = true
      } else if !isName(t..<(t + 1)) {
        return false
      }
    }
    return joined
  }

  /// Every word of `r` is capitalized and no grammar word or adverb in
  /// `-ly`: a name (`Shirin Akter`; not `Separately`, `In Kyiv`).
  private func isName(_ r: Range<Int>) -> Bool {
    !r.isEmpty && r.allSatisfy { facts.isCapitalized($0) && facts.word($0) == .none && !facts.has($0, .endsLY) }
  }

  /// `isName`, or a name with particles inside or at its end that opens
  /// and ends with capitals: `Nasser al-Kuwari`, `Ursula von der Leyen`.
  private func isNameWithParticles(_ r: Range<Int>) -> Bool {
    guard let first = r.first, isName(first..<(first + 1)) else { return false }
    return r.allSatisfy { isName($0..<($0 + 1)) || isNameParticle($0) || ($0 + 1 < r.upperBound && facts.word($0) == .nameParticle) }
  }

  /// The opening mark of the quoted title or name (`isNameLike`) whose
  /// closing mark is token `i`, or nil.
  func titleQuoteOpen(closingAt i: Int) -> Int? {
    guard let open = quoteOpen(closingAt: i), isNameLike(quotes[Int(quoteAt[i])]) else { return nil }
    return open
  }

  /// The opening mark of the quote that token `i` closes, or nil.
  func quoteOpen(closingAt i: Int) -> Int? {
    let q = Int(quoteAt[i])
    guard q >= 0, quotes[q].close == i, !quotes[q].continues else { return nil }
    return quotes[q].open
  }

  /// A number alone between commas: an age (`Boubacar Guindo, 38,`).
  func isAge(_ r: Range<Int>) -> Bool {
    !r.isEmpty && r.count <= 2 && facts.has(r.lowerBound, .number)
  }

  // MARK: Noun phrases after a position

  /// The noun phrase starting at `start`, up to a comma, clause word, verb
  /// or cue, with the appositives that follow it (`Oleksandr Hrytsenko, the
  /// secretary of the headquarters`) and the modifiers (`, who …,`).
  /// `closedByComma`: the phrase opens a sentence and its content follows
  /// (`According to Tass, the sides remain far apart`), so a segment after
  /// a comma joins it only when another comma closes it: a segment that
  /// runs to the end is the content, not an appositive.
  func forwardNP(from start: Int, end: Int, closedByComma: Bool = false) -> NounPhrase? {
    var k = start
    while k < end {
      // (Most tokens of a phrase are plain words that none of the tests
      // below stops at: one test of their row first.)
      if isPlainPhraseWord(k, start: start, end: end) {
        k += 1
        continue
      }
      if facts.isComma(k), k > start, let e = facts.withView({ Self.nameListEnd(comma: k, limit: end, facts: $0) }), e == end || !facts.isCapitalized(e) {
        k = e  // `the Ministry of Agriculture, Forestry and Fisheries`
        continue
      }
      if facts.isComma(k) || facts.has(k, .colon) || facts.has(k, .clausePunct) || facts.isTerminal(k) || facts.isQuote(k) { break }
      let w = facts.word(k)
      // A participle followed by a preposition modifies the phrase
      // (`people briefed on the talks`, `a report released by …`).
      // After a name it is the name's verb: `Marco Ruiz arrived in Riyadh`.
      // (Both tests are read only where they decide: most tokens are no
      // cue and no verb in -ed.)
      let endsED = k > start && facts.has(k, .endsED) && !facts.isCapitalized(k)
      // (`al-Mansouri` ends a name as a capital does.)
      // (A day may stand between: `a report released Thursday by the agency`.)
      let afterTime = endsED && k + 2 < end && facts.word(k + 1) == .timeNoun && isMarked(k + 2, .agent) ? k + 2 : k + 1
      var participle = endsED && afterTime < end && facts.word(afterTime).isPreposition && !facts.isCapitalized(k - 1)
        && !(facts.has(k - 1, .hyphenated) && isNameParticle(k - 1)) && !opensInfinitive(k + 1, end: end)
      if endsED, describesNoun(k, phrase: start..<end) { participle = true }
      // A reporting verb whose `that` follows a short phrase is the verb:
      // `the chief financial officer acknowledged on Thursday that …`.
      if participle, facts.has(k, .inCue), thatFollows(k + 1, end: end) { participle = false }
      // A cue that starts with a speaker noun keeps the noun in the phrase
      // (`Security analysts said`: the phrase is `Security analysts`).
      // (A phrase does not open with its verb: `according to estimates by
      // the bank`, `an estimate by the bank` read `estimate` as a noun.)
      let opens = k == start || (k == start + 1 && facts.word(start) == .determiner)
      if facts.has(k, .inCue), !opens, !participle, !(facts.speaker(k).map { !$0.categories.intersection(.heads).isEmpty } ?? false), !isMadeThing(k, start: start, end: end) { break }
      // (`that` before a word of time is its determiner, no clause: `an
      // editor on duty that night, Marija Ilievska`.)
      if w == .that, k + 1 < end, facts.word(k + 1) == .timeNoun {
        k += 2
        continue
      }
      if w == .that || w == .relative || w == .wh || w == .subordinator || w == .as || w == .but || w == .or { break }
      // (A speaker noun in -ly is no adverb: `the business daily Nikkei`.)
      if w.isAuxiliary || w == .negation || (facts.isAdverb(k) && facts.speaker(k) == nil) { break }
      if w == .and, !(k > start && k + 1 < end && facts.isCapitalized(k - 1) && facts.isCapitalized(k + 1)), !andJoinsComplement(k, floor: start, end: end) { break }
      // A verb in -ed ends the phrase unless it is a participle; so does
      // a listed verb form (`Grace Mutua led the delegation`).
      if endsED, facts.speaker(k) == nil, !participle { break }
      // A plain word after a name or a speaker's noun and before a
      // determiner, a possessive name or a number is its verb, as a listed
      // verb form is: `Fitch Ratings cut Bolivia's rating`, `Orsted put the
      // project on hold`, `Sweden’s central bank cut its main rate`.
      // (What follows is tested first: it rules out most tokens the same
      // way, where the capitals around a word would be guessed wrong.)
      // After a speaker's noun the verb may take a plain noun as well, one
      // that no speaker's noun follows: `Egypt's central bank left interest
      // rates unchanged` (not `the ministry press office`).
      if w == .none, k > start, k + 1 < end, !facts.isCapitalized(k), facts.has(k, .word), !facts.has(k, .endsED), facts.speaker(k) == nil, !facts.has(k, .inCue) {
        let objectFollows = facts.word(k + 1) == .determiner || facts.has(k + 1, .number) || (k + 2 < end && facts.has(k + 2, .possessive) && facts.isCapitalized(k + 1))
        let nounFollows = k + 2 < end && isPlainLowerWord(facts.flags[k + 1]) && !facts.has(k + 2, .inSpeaker)
        // (Not a participle in -ing after a noun: `a doctor treating the boy`.)
        let afterHead = !facts.has(k, .endsING) && (facts.speaker(k - 1).map { $0.end == k && !$0.categories.intersection(.heads).isEmpty } ?? false)
        // (Two plain nouns with a determiner after them are no phrase
        // either: `Officials from both countries cut a ribbon`.)
        let afterPlainNoun = facts.word(k + 1) == .determiner && facts.word(k - 1) == .none && facts.has(k - 1, .word) && facts.has(k - 1, .endsS)
        if (objectFollows && (facts.isCapitalized(k - 1) || afterHead || afterPlainNoun)) || (nounFollows && afterHead) { break }
      }
      // (Not a participle before its agent: `a tally kept by the Centre`.)
      if w == .pastVerb, k > start, !facts.isCapitalized(k), !(k + 1 < end && isMarked(k + 1, .agent)) { break }
      k += 1
    }
    guard k > start, k - start <= Self.maxSubjectTokens else { return nil }
    var np = NounPhrase(range: start..<k)
    // `said the woman who runs the shop in Castlebay, Morag MacNeil`: a
    // name set off after the phrase's relative clause, at the end of the
    // sentence, names the phrase.
    if k < end, facts.word(k) == .relative, isMarked(k, .person), let name = nameAfterRelativeClause(at: k, end: end) {
      np.appositives = appositiveList.appending(name, to: np.appositives)
      np.end = name.upperBound
      return np
    }
    // Appositives and modifiers: `, the secretary of the headquarters,`
    // (An appositive after a participle's phrase describes the phrase's
    // last noun: in `The Russian side, headed by Dmitry Sorokin, a senior
    // official,` the official is Sorokin; in `Lee Bok-soon, 91, a farmer,`
    // the farmer is Lee. Names joined by `and` after a modifier end its
    // list: `The Red Cross, which flies between Aden, Sanaa and Jeddah,`.)
    var afterParticiple = false
    var afterModifier = false
    while k < end, facts.isComma(k) {
      // A segment whose first word opens neither an appositive nor a
      // modifier (`isAppositive`, `isModifier(strict:)`) ends the phrase:
      // tested before the walk to the segment's end, which most often
      // runs over a whole clause (`Officials, however, said …`).
      guard k + 1 < end, mayOpenAppositiveOrModifier(k + 1) else { break }
      var j = k + 1
      while j < end, !facts.isComma(j), !isHardBoundary(j) { j += 1 }
      let segment = (k + 1)..<j
      // `…, adding that …` is a new attribution, not a modifier.
      guard !segment.isEmpty, !facts.has(segment.lowerBound, .inCue) else { break }
      if closedByComma, !(j < end && facts.isComma(j)) { break }
      // (Nor a clause: in `According to the coast guard, a cutter rammed
      // the vessel, shattering windows` the content has begun.)
      // (A modifier reads as one: `, which runs the camps,`.)
      if closedByComma, facts.word(segment.lowerBound) != .relative, facts.word(segment.lowerBound) != .that, looksLikeClause(segment) { break }
      if isAppositive(segment) {
        if !afterParticiple, !(afterModifier && isNameListEnd(segment)), !describesInnerNoun(segment, before: k, of: np) {
          np.appositives = appositiveList.appending(segment, to: np.appositives)
        }
      } else if !isModifier(segment, strict: true) {
        break
      } else {
        afterModifier = true
        if !facts.isCapitalized(segment.lowerBound), facts.has(segment.lowerBound, .endsED) || facts.has(segment.lowerBound, .endsING) {
          afterParticiple = true
        }
      }
      np.end = j
      k = j
    }
    return np
  }

  /// Whether a segment after a comma that starts at token `s` can be an
  /// appositive or a strict modifier: what `isAppositive` and
  /// `isModifier(_:strict: true)` ask of its first token (a phrase's
  /// start, a relative word or `that`, a lower-case participle, a
  /// number). False means both would say no, whatever the segment's end.
  @inline(__always)
  func mayOpenAppositiveOrModifier(_ s: Int) -> Bool {
    let w = facts.word(s)
    if w == .relative || w == .that || startsNounPhrase(s) { return true }
    return !facts.isCapitalized(s) && (facts.has(s, .endsED) || facts.has(s, .endsING))
  }

  /// Whether `forwardNP`'s walk from `start` goes on past token `k` with
  /// none of its tests deciding anything: no punctuation, quote, cue, word
  /// in -ed or -ly, and a grammar class that ends no phrase (none, an
  /// article, a quantifier, a preposition, an adjective, a day); a word of
  /// no class is not followed by what makes it a verb (an article, a
  /// number, a possessive: `Fitch Ratings cut Bolivia's rating`).
  /// Whatever this does not take goes through the full tests.
  @inline(__always)
  func isPlainPhraseWord(_ k: Int, start: Int, end: Int) -> Bool {
    let f = facts.flags[k]
    let stops: TokenFacts.Flags = [.comma, .colon, .clausePunct, .terminal, .quote, .endsED, .endsLY, .inCue]
    guard f.rawValue & stops.rawValue == 0, Self.plainPhraseClasses & (1 << UInt32(f.word.rawValue)) != 0 else { return false }
    guard f.word == .none, k > start, k + 1 < end else { return true }
    let next = facts.flags[k + 1]
    if next.word == .determiner || next.contains(.number) { return false }
    // (After a speaker's noun, before another plain word: `forwardNP`
    // decides whether it is the noun's verb.)
    if facts.flags[k - 1].contains(.inSpeaker), isPlainLowerWord(next) { return false }
    return !(k + 2 < end && facts.has(k + 2, .possessive))
  }

  /// Whether flags `f` are a lower-case word's of no grammar class and no
  /// speaker's noun or reporting cue (`rates` in `left rates unchanged`).
  @inline(__always) func isPlainLowerWord(_ f: TokenFacts.Flags) -> Bool {
    f.word == .none && f.contains(.word) && !f.contains(.capitalized) && !f.contains(.inSpeaker) && !f.contains(.inCue)
  }

  /// The grammar classes `isPlainPhraseWord` takes, as bits by raw value.
  /// (A computed constant: a stored one would be read through a lazy
  /// global's check.)
  @inline(__always) static var plainPhraseClasses: UInt32 {
    func bit(_ w: WordClass) -> UInt32 { 1 << UInt32(w.rawValue) }
    return bit(.none) | bit(.determiner) | bit(.quantifier) | bit(.to) | bit(.objectPreposition) | bit(.nameConnector) | bit(.nameParticle)
      | bit(.preposition) | bit(.adjective) | bit(.timePreposition) | bit(.timeNoun)
  }

  /// The name after the comma that closes the relative clause opening at
  /// `r`, when the name ends the sentence (or only an age follows it:
  /// `…, Ingrid Mattsson, 74.`) or a comma and a verb follow it (`The
  /// Qatari minister who led the mediation, Nasser al-Kuwari, struck a
  /// softer tone`); nil when the clause holds a comma, a quote or a
  /// sentence end, or runs on for more than 30 tokens.
  func nameAfterRelativeClause(at r: Int, end: Int) -> Range<Int>? {
    var j = r + 1
    while j < end, !facts.isComma(j) {
      if j - r > 30 || facts.isTerminal(j) || facts.isQuote(j) || isHardBoundary(j) { return nil }
      j += 1
    }
    guard j < end else { return nil }
    var m = j + 1
    while m < end, !facts.isComma(m), !facts.isTerminal(m), !facts.isQuote(m) { m += 1 }
    let name = (j + 1)..<m
    guard name.count >= 2, isNameWithParticles(name) else { return nil }
    if m == end || facts.isTerminal(m) { return name }
    // (An age, then the end: `…, Ingrid Mattsson, 74.`)
    guard facts.isComma(m) else { return nil }
    if m + 1 < end, facts.isVerbSignal(m + 1) { return name }
    var a = m + 1
    while a < end, !facts.isComma(a), !facts.isTerminal(a), !facts.isQuote(a) { a += 1 }
    return isAge((m + 1)..<a) && (a == end || facts.isTerminal(a)) ? name : nil
  }

  /// `and` at `a` joins two plain nouns in the complement of a role or a
  /// body after `of` or `for`: `the minister of industry and trade`, `the
  /// secretary for culture and sport`, `a member of parliament and former
  /// minister`. Not a second phrase (`the head of the agency and the
  /// minister`: a determiner follows) nor a verb after it.
  func andJoinsComplement(_ a: Int, floor: Int, end: Int) -> Bool {
    guard a + 1 < end, a - 2 >= floor else { return false }
    let next = a + 1
    guard facts.word(next) == .none, !facts.isCapitalized(next), !facts.has(next, .inCue), !facts.has(next, .endsED), !facts.has(next, .number) else { return false }
    // Back over plain words, determiners and `of`/`for` (`under secretary
    // of commerce for industry and security`) to `of` or `for` after a
    // speaker noun, within six tokens.
    var c = a - 1
    while c > floor, a - c <= 6 {
      let w = facts.word(c)
      if w == .nameConnector, facts.speaker(c - 1) != nil { return true }
      guard w == .none || w == .determiner || w == .nameConnector, !facts.isCapitalized(c), !facts.isComma(c) else { return false }
      c -= 1
    }
    return false
  }

  /// `Negotiators for Britain, Spain and the European Union said`: `and`
  /// at `a` ends a list of names that `for` or `of` hangs on a people's
  /// noun (a role or a group). The noun's token, so that the subject reads
  /// on to it; nil when anything but names, plain words, determiners and
  /// commas stands between (within 14 tokens), or when no name follows
  /// `and`.
  func peopleBeforeNameList(and a: Int, floor: Int, end: Int) -> Int? {
    guard a + 1 < end, facts.isCapitalized(a + 1) || (a + 2 < end && facts.word(a + 1) == .determiner && facts.isCapitalized(a + 2)) else { return nil }
    var c = a - 1
    var names = 0
    while c - 1 >= floor, a - c <= 14 {
      let w = facts.word(c)
      if w == .nameConnector, names > 0, isPeopleNoun(c - 1), facts.speaker(c - 1)?.end == c {
        return c - 1
      }
      guard facts.isComma(c) || w == .determiner || (facts.has(c, .word) && w == .none && !facts.has(c, .inCue) && !facts.isVerbSignal(c)) else { return nil }
      if facts.isCapitalized(c) { names += 1 }
      c -= 1
    }
    return nil
  }

  /// `and` at `a` joins two plain nouns before the speaker noun that ends
  /// the phrase, after a determiner or an owner: `the food and drug
  /// commissioner`, `Bangladesh’s refugee relief and repatriation
  /// commissioner`. Not two speakers (`police and army commanders`: a
  /// speaker noun right before `and`) nor a second phrase (`and the …`).
  func andJoinsModifiers(_ a: Int, floor: Int, end: Int) -> Bool {
    guard a - 2 >= floor, a + 2 < end, end - a <= 4, let head = facts.speaker(end - 1), head.start == end - 1, head.end == end,
      !head.categories.intersection(.heads).isEmpty
    else { return false }
    @inline(__always) func plain(_ x: Int) -> Bool {
      facts.has(x, .word) && facts.word(x) == .none && !facts.isCapitalized(x) && facts.speaker(x) == nil && !facts.has(x, .inCue) && !facts.isVerbSignal(x)
    }
    for x in (a + 1)..<(end - 1) where !plain(x) { return false }
    guard plain(a - 1) else { return false }
    // (Farther back a speaker noun can modify too: `refugee relief and
    // repatriation commissioner`.)
    var c = a - 2
    while c >= floor, a - c <= 3, facts.has(c, .word), facts.word(c) == .none, !facts.isCapitalized(c), !facts.has(c, .inCue) { c -= 1 }
    guard c >= floor, c < a - 1 else { return false }
    return facts.word(c) == .determiner || facts.has(c, .possessive)
  }

  /// Whether `that` comes within nine tokens from `start`, before any
  /// comma, hard boundary or cue.
  func thatFollows(_ start: Int, end: Int) -> Bool {
    var j = start
    // (Room for a place and a time: `insisted in a speech to builders
    // last week that …`.)
    while j < min(end, start + 9) {
      if facts.word(j) == .that { return true }
      if facts.isComma(j) || isHardBoundary(j) || facts.has(j, .inCue) { return false }
      j += 1
    }
    return false
  }

  // MARK: Segment tests

  /// Tokens that end a backward scan for a subject: punctuation, quotation
  /// marks, cues, clause words and auxiliaries.
  @inline(__always) func isBackwardBoundary(_ i: Int) -> Bool {
    // (A cue's word after a determiner is a noun, and no cue: `a lawyer
    // for the accused said`; `TokenFacts.add`.)
    if isHardBoundary(i) || facts.isComma(i) || facts.has(i, .inCue) { return true }
    let w = facts.word(i)
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
    let w = facts.word(i)
    return w == .determiner || w == .quantifier || facts.isCapitalized(i) || facts.has(i, .number) || facts.speaker(i) != nil
  }

  /// The name that ends `phrase` right after a preposition of leading
  /// (`under`) or one after a participle of leading (`headed by`): words
  /// the grammar marks `leader`; nil otherwise.
  func nameAfterPreposition(ending phrase: NounPhrase) -> Range<Int>? {
    let r = phrase.range
    guard r.count >= 2 else { return nil }
    var k = r.upperBound - 1
    // (A title with its period before the name: `headed by Mr. Sorokin`.)
    var nameStart = r.upperBound
    while k > r.lowerBound, facts.isCapitalized(k) || isNameParticle(k) || facts.has(k, .innerDot) {
      if facts.has(k, .innerDot), nameStart == r.upperBound { nameStart = k + 1 }
      k -= 1
    }
    if nameStart == r.upperBound { nameStart = k + 1 }
    guard facts.word(k) == .preposition, nameStart < r.upperBound, isNameWithParticles(nameStart..<r.upperBound) else { return nil }
    // (`headed` and `chaired` are words of no class, which `isMarked`
    // does not read: the marks are asked directly.)
    guard facts.marks.has(.leader, k, in: document) || (k > r.lowerBound && facts.marks.has(.leader, k - 1, in: document)) else { return nil }
    return (k + 1)..<r.upperBound
  }

  /// `r` opens as a modifier, not a noun phrase: with a lower-case
  /// participle (`headed by`, `backed by`) or a preposition (`under`),
  /// after an adverb or not (`now under`).
  func opensAsModifier(_ r: Range<Int>) -> Bool {
    var first = r.lowerBound
    if facts.isAdverb(first), !facts.isCapitalized(first), first + 1 < r.upperBound { first += 1 }
    if facts.word(first).isPreposition { return true }
    return !facts.isCapitalized(first) && (facts.has(first, .endsED) || facts.word(first) == .pastVerb) && facts.speaker(first) == nil
  }

  /// `retired judge Mahinda Bandara`: a lower-case word in -ed, a role,
  /// and a name that ends the phrase (the participle describes the role;
  /// `led by Ali Khan` has no role and ends in no such name).
  func isDescribedName(_ r: Range<Int>) -> Bool {
    let first = r.lowerBound
    guard r.count >= 4, facts.has(first, .endsED), !facts.isCapitalized(first), facts.speaker(first) == nil,
      let role = facts.speaker(first + 1), role.start == first + 1, role.categories.contains(.role) || role.categories.contains(.title), !facts.isCapitalized(first + 1)
    else { return false }
    return facts.withView { Self.finalName(after: first, end: r.upperBound, facts: $0) } != nil
  }

  /// A noun phrase between commas: starts like one, has no verb, no cue, and
  /// is not too long (`the chief of staff to President Ana Ruiz`).
  func isAppositive(_ r: Range<Int>) -> Bool {
    guard r.count <= 24, startsNounPhrase(r.lowerBound) || isDescribedName(r), !isAge(r) else { return false }
    if facts.pronoun(r.lowerBound) != .none, r.count > 1, facts.has(r.lowerBound + 1, .inCue) { return false }  // `it reported`
    var k = r.lowerBound
    while k < r.upperBound {
      let w = facts.word(k)
      if w == .relative || w == .that { break }  // `a diplomat who …` keeps its clause
      if w.isAuxiliary || w == .negation || facts.has(k, .inCue) || facts.isQuote(k) { return false }
      k += 1
    }
    return true
  }

  /// A modifier between commas that is not a noun phrase: a relative clause
  /// (`who leads Ukraine’s delegation`), a participle phrase (`led by …`,
  /// `speaking on condition of anonymity`), or a parenthetical attribution
  /// (`it reported`).
  /// `strict` (after a phrase, where a clause may follow the comma) takes
  /// only relative clauses, participles and ages.
  func isModifier(_ r: Range<Int>, strict: Bool = false) -> Bool {
    guard r.count <= 30 else { return false }
    let first = r.lowerBound
    let w = facts.word(first)
    if w == .relative || w == .that { return true }
    if strict {
      let participle = !facts.isCapitalized(first) && (facts.has(first, .endsED) || facts.has(first, .endsING))
      return participle || (facts.has(first, .number) && r.count <= 2)
    }
    if facts.has(first, .inCue) { return true }
    // `it reported`, `they noted`: a pronoun and a cue.
    if r.count <= 3, facts.pronoun(first) != .none, first + 1 < r.upperBound, facts.has(first + 1, .inCue) { return true }
    if facts.has(first, .number) && r.count <= 2 { return true }  // an age: `Boubacar Guindo, 38,`
    // A phrase that does not start like a noun phrase: `led by …`,
    // `speaking on condition of anonymity`, `now in charge of …`.
    return facts.has(first, .word) && !facts.isCapitalized(first) && !startsNounPhrase(first)
  }

  /// Whether a subject found before a cue can be one: it does not end in
  /// a possessive, determiner or preposition, and does not start with a
  /// participle or preposition (`including food shortages reported by …`).
  func isValidSubject(_ np: NounPhrase) -> Bool {
    let first = np.range.lowerBound
    let last = np.range.upperBound - 1
    if facts.word(last) == .determiner || facts.word(last).isPreposition { return false }
    // A possessive needs its noun, so one right before the verb ends a
    // name: `Moody’s said`, `Sotheby’s said` (not `Ukraine’s said`).
    if facts.has(last, .possessive), !(last > first && facts.isCapitalized(last - 1) && isNameEndingInS(last)) { return false }
    if facts.word(first).isPreposition, np.range.count > 1 { return false }
    if !facts.isCapitalized(first), facts.has(first, .endsING) || facts.has(first, .endsED), facts.speaker(first) == nil { return false }
    // A subject pronoun before a lower-case word opens a clause, no
    // phrase: `It came amid growing fears that …`, `and it goes further
    // than a plan announced in 2023` (not `They all said`, `He, too,
    // said`, nor `one` before its noun: `One ferry mechanic said`).
    if first < last, facts.pronoun(first) != .none, facts.pronoun(first) != .member, facts.word(first) != .determiner {
      let next = first + 1
      if facts.has(next, .word), !facts.isCapitalized(next), facts.speaker(next) == nil, !facts.isAdverb(next),
        facts.word(next) == .none || facts.word(next) == .pastVerb || facts.isVerbSignal(next)
      {
        return false
      }
    }
    if opensWithVerbAndObject(np.range) { return false }
    // A lower-case adverb before a verb opens a predicate, no phrase: `now
    // lives on a yacht in Monaco` after `who made his fortune … and`
    // (not `only officials`).
    if first < last, !facts.isCapitalized(first), facts.isAdverb(first) {
      let next = first + 1
      if facts.isVerbSignal(next) || (facts.has(next, .endsS) && facts.word(next) == .none && facts.speaker(next) == nil && !facts.isCapitalized(next)) { return false }
    }
    return true
  }

  /// Whether phrase `r` has a head noun that is no plural before a
  /// preposition (`of`, `in`): its plural at the end then names what the
  /// head belongs to, not people (`The order of the visits suggested`;
  /// not `Residents of the villages`, nor `Some of the protesters`, whose
  /// head is a quantity).
  func singularHeadBeforeOf(_ r: Range<Int>) -> Bool {
    var p = r.lowerBound + 1
    while p < r.upperBound - 1, !facts.word(p).isPreposition { p += 1 }
    guard p < r.upperBound - 1 else { return false }
    let head = p - 1
    return facts.has(head, .word) && facts.word(head) == .none && !facts.has(head, .endsS) && !facts.has(head, .number) && !facts.isCapitalized(head)
  }

  /// Whether a phrase can be the source of a statement: a name, a speaker
  /// noun, a pronoun, or a short phrase ending in a plural noun.
  func isMentionLike(_ np: NounPhrase) -> Bool {
    let r = np.range
    // A quantifier alone before a cue: `several said`, `two said`
    // (`analyze` reads it as a member of a group named before).
    if r.count == 1, facts.withView({ Self.isLoneQuantifier(r.lowerBound, count: document.tokens.count, facts: $0) }) { return true }
    // (The phrase before a relative clause is what is tested: `Refugees
    // who toured the sites last month`.)
    var coreEnd = r.upperBound
    for k in r {
      if facts.word(k) == .relative {
        if k > r.lowerBound, isMarked(k, .person) { coreEnd = k }
        break
      }
      if facts.isCapitalized(k), facts.word(k) == .none, facts.has(k, .word) {
        // A sentence's first word is capitalized anyway (`Shipping data
        // suggest`): it names something when it stands alone or before
        // another capital (`Lukas said`, `Lina Moreau said`).
        if !facts.has(k, .sentenceStart) || r.count == 1 || (k + 1 < r.upperBound && (facts.isCapitalized(k + 1) || isNameParticle(k + 1))) { return true }
        if k + 2 == r.upperBound, facts.has(k + 1, .possessive), isNameEndingInS(k + 1) { return true }  // `Moody’s said`
      }
      if let m = facts.speaker(k), !m.categories.subtracting(.title).isEmpty { return true }
      if facts.has(k, .hyphenated), isNameParticle(k) { return true }  // `Mr. al-Dossary`
    }
    for a in np.appositives where isMentionLike(NounPhrase(range: appositiveList.ranges[a])) { return true }
    if coreEnd < r.upperBound, coreEnd - r.lowerBound <= 6, facts.has(coreEnd - 1, .endsS), facts.word(coreEnd - 1) == .none { return true }
    let last = r.upperBound - 1
    if r.count <= 6, facts.has(last, .endsS), facts.word(last) == .none, !singularHeadBeforeOf(r) { return true }
    // A short phrase with an article: `A ship captain said`, `the woman said`,
    // `a retired schoolteacher said`; or with a quantifier as its article:
    // `Each side said`, `Every country said`.
    let w = facts.word(r.lowerBound)
    return (w == .determiner || w == .quantifier || facts.pronoun(r.lowerBound) == .member) && r.count >= 2 && r.count <= 4
      && !r.contains(where: { (facts.isVerbSignal($0) && !describesNoun($0, phrase: r)) || facts.word($0).isPreposition || facts.has($0, .inCue) })
      && facts.word(last) == .none
  }

  /// A reporting noun after a determiner and a few plain modifiers, with
  /// its maker after it: `an internal estimate by the ministry`, `the
  /// latest figures from the bank` (not `the ministry said`: no `by` or
  /// `from` follows a verb).
  func isMadeThing(_ k: Int, start: Int, end: Int) -> Bool {
    guard k - start >= 2, k - start <= 3, k + 1 < end, facts.word(start) == .determiner,
      isMarked(k + 1, .agent) || isMarked(k + 1, .origin) || ownerFollows(k + 1, end: end)
    else { return false }
    return ((start + 1)..<k).allSatisfy { facts.isPlainModifier($0) && !facts.has($0, .inCue) }
  }

  /// `of` (`WordMark.possessor`) at `t` before a name, perhaps after a
  /// determiner: `the latest report of the Observatory on …`.
  func ownerFollows(_ t: Int, end: Int) -> Bool {
    guard t + 1 < end, isMarked(t, .possessor) else { return false }
    let first = facts.word(t + 1) == .determiner ? t + 2 : t + 1
    return first < end && facts.isCapitalized(first) && facts.word(first) == .none
  }

  /// `to` at `t` before a plain lower-case word: the infinitive of a verb
  /// in -ed (`The company declined to comment`, `officials refused to
  /// say`), not the preposition after a participle (`aid delivered to the
  /// city`, `a letter sent to Kyiv`), which a determiner, a number or a
  /// capital follows.
  func opensInfinitive(_ t: Int, end: Int) -> Bool {
    facts.word(t) == .to && t + 1 < end && facts.has(t + 1, .word) && facts.word(t + 1) == .none && !facts.isCapitalized(t + 1)
  }

  /// A word in -ed right after the article that opens `phrase`, before a
  /// plain noun, describes the noun (`a retired schoolteacher`, `the
  /// injured driver`): no verb.
  func describesNoun(_ k: Int, phrase: Range<Int>) -> Bool {
    k == phrase.lowerBound + 1 && k + 1 < phrase.upperBound && facts.has(k, .endsED) && !facts.isCapitalized(k)
      && facts.word(phrase.lowerBound) == .determiner
      && facts.has(k + 1, .word) && facts.word(k + 1) == .none && !facts.isCapitalized(k + 1)
  }

  /// A quantifier right before a cue (`several said`, `two said`), of a
  /// document of `count` tokens: a member of a group named before, as the
  /// pronoun `one` is.
  static func isLoneQuantifier(_ k: Int, count: Int, facts: TokenFactsView) -> Bool {
    facts.word(k) == .quantifier && k + 1 < count && facts.has(k + 1, .inCue)
  }

  /// `range` without the words around a subject that are not part of it:
  /// - a last quantifier after a pronoun or a plural noun: `They all`, `the
  ///   delegates both` name the pronoun's or the noun's referent, not a
  ///   quantity of it (`several said` alone still does);
  /// - adverbs and words of time before a pronoun: `Later she`, `Today
  ///   they` are the pronoun.
  @inline(__always)
  static func subjectTrimmed(_ range: Range<Int>, facts: TokenFactsView) -> Range<Int> {
    var last = range.upperBound &- 1
    guard last > range.lowerBound else { return range }
    if facts.word(last) == .quantifier {
      let before = last &- 1
      guard facts.pronoun(before) == .plural || (facts.has(before, .endsS) && facts.word(before) == .none && facts.has(before, .word)) else { return range }
      last = before
    }
    if last > range.lowerBound, facts.pronoun(last) != .none, facts.word(last) != .determiner,
      (range.lowerBound..<last).allSatisfy({ facts.word($0) == .adverb || facts.word($0) == .timeNoun })
    {
      return last..<(last &+ 1)
    }
    return range.lowerBound..<(last &+ 1)
  }

  /// Longest subject read, in tokens: `The lead defence lawyer for a
  /// former Sudanese militia commander on trial at the International
  /// Criminal Court argued …` has 17 (session 17: 16 -> 24, nothing else
  /// in the evaluation moved).
  static let maxSubjectTokens = 24

  // MARK: Mentions

  /// The index of the mention for `np` (and its appositives) in `lists`,
  /// creating it.
  func mention(for np: NounPhrase, isSource: Bool, lists: inout PassLists) -> Int {
    var main = addMention(np.range, isSource: isSource, lists: &lists)
    // `One of them, Josaia Tuilau, 22, said`: a member of a group that an
    // appositive names is the named person.
    if lists.mentions[main].pronoun == .member {
      for a in np.appositives {
        let m = addMention(appositiveList.ranges[a], isSource: isSource, lists: &lists)
        guard lists.mentions[m].name != nil else { continue }
        if lists.mentions[main].boundTo == nil { lists.mentions[main].boundTo = m }
        main = m
        break
      }
    }
    for a in np.appositives {
      let m = addMention(appositiveList.ranges[a], isSource: false, lists: &lists)
      if m != main, lists.mentions[m].boundTo == nil { lists.mentions[m].boundTo = main }
    }
    return main
  }

  /// The mention of exactly `range` in `lists`, created on first use.
  func addMention(_ range: Range<Int>, isSource: Bool, lists: inout PassLists) -> Int {
    // The latest mention of exactly `range`: among those starting at its
    // first token, latest first.
    var k = Int(lists.latestMentionAt[range.lowerBound])
    while k >= 0 {
      if lists.mentions[k].tokens == range {
        if isSource { lists.mentions[k].isSource = true }
        return k
      }
      k = Int(lists.mentions[k].earlierAtStart)
    }
    // Analysed in its place in the list: a mention returned by value was
    // written out field by field and copied again into the list.
    let index = lists.mentions.count
    lists.mentions.append(Mention(tokens: range, core: range, kind: .organization))
    Self.analyze(range, document: document, facts: facts, into: &lists.mentions[index])
    lists.mentions[index].isSource = isSource
    lists.mentions[index].earlierAtStart = lists.latestMentionAt[range.lowerBound]
    lists.latestMentionAt[range.lowerBound] = Int32(index)
    return index
  }

  /// Splits a phrase into determiners, possessive modifiers, titles, name
  /// and head noun, and guesses its kind.
  func analyze(_ range: Range<Int>) -> Mention {
    Self.analyze(range, document: document, facts: facts)
  }

  /// (Static, with the document and facts as arguments: called from a
  /// mutating method, an instance method would copy the whole pass.)
  static func analyze(_ range: Range<Int>, document: Document, facts: TokenFacts) -> Mention {
    var m = Mention(tokens: range, core: range, kind: .organization)
    analyze(range, document: document, facts: facts, into: &m)
    return m
  }

  /// `analyze(_:document:facts:)` into `m`, a new mention of `range`
  /// (`Mention(tokens: range, core: range, kind: .organization)`, as
  /// `addMention` appends it).
  static func analyze(_ range: Range<Int>, document: Document, facts: TokenFacts, into m: inout Mention) {
    // Read through buffers, checked once here: the phrase's tokens, and
    // those its loops read, are the document's.
    facts.withView { view in
      precondition(view.contains(range), "mention outside the document")
      analyze(range, document: document, facts: view, marks: facts.marks, walks: SkippingWalks.self, into: &m)
    }
  }

  /// `analyze(_:document:facts:)` with every walk taken, none skipped for
  /// want of a capital or a hyphen in the phrase's core: what the
  /// skips must agree with (`MentionAnalysisSkipTests`).
  static func analyzeWalkingAll(_ range: Range<Int>, document: Document, facts: TokenFacts) -> Mention {
    var m = Mention(tokens: range, core: range, kind: .organization)
    facts.withView { view in
      precondition(view.contains(range), "mention outside the document")
      analyze(range, document: document, facts: view, marks: facts.marks, walks: TakingAllWalks.self, into: &m)
    }
    return m
  }

  /// `analyze(_:document:facts:)` over the facts' buffers (every token
  /// read is inside `range`, or a speaker match's end inside it).
  /// `walks`: whether a walk may be skipped (`MentionWalks`; generic, so
  /// that each way is a copy of its own, with no test of a flag at run
  /// time).
  /// `m` is the new mention of `range` (`Mention(tokens: range, core:
  /// range, kind: .organization)`), analysed in place.
  private static func analyze<Walks: MentionWalks>(_ range: Range<Int>, document: Document, facts: TokenFactsView, marks: WordMarks, walks: Walks.Type, into m: inout Mention) {
    // A quantifier floated after its phrase (`They all said`, `The
    // delegates both said`) leaves the phrase the speaker, and adverbs of
    // time before a pronoun leave the pronoun (`Later she said`).
    let range = subjectTrimmed(range, facts: facts)
    // (The length as a difference: `range.count` was a call here.)
    let length = range.upperBound - range.lowerBound
    // `one of them`: a member of a group named before, read as the
    // pronoun `one`.
    // (So `many of them`, `two of them`: a quantity of the group.)
    let memberOf = length == 3 && (facts.pronoun(range.lowerBound) == .member || facts.word(range.lowerBound) == .quantifier)
      && facts.word(range.lowerBound + 1) == .nameConnector && facts.pronoun(range.lowerBound + 2) != .none && facts.word(range.lowerBound + 2) != .determiner
    if length == 1 || memberOf {
      // A quantifier alone is some of a group named before, as `one` is:
      // `Analysts were less sure, and several said …`.
      // (The word's class first: the document's length, read for the
      // test, was a call.)
      let k = range.lowerBound
      let lone = length == 1 && facts.word(k) == .quantifier && isLoneQuantifier(k, count: document.tokens.count, facts: facts)
      let p = lone || (memberOf && facts.word(k) == .quantifier) ? PronounClass.member : facts.pronoun(k)
      if p != .none {
        m.pronoun = p
        m.kind = p == .male || p == .female ? .person : p == .plural || p == .member ? .group : .organization
        m.gender = p == .male ? .male : p == .female ? .female : .unknown
        return
      }
    }
    // The core ends before a relative clause, a comma or a phrase of time
    // (`A Lisbon administrative court on Tuesday`, and the wire's bare day
    // in `Officials Tuesday said`, though not `The Sunday Times`).
    var coreEnd = range.upperBound
    // (A word of no class ends the core only as a comma: most tokens of a
    // phrase fail the first test.)
    for k in range
    where (facts.word(k) != .none || facts.isComma(k))
      && (facts.word(k) == .relative || facts.isComma(k) || (facts.word(k) == .that && k > range.lowerBound)
        || (k > range.lowerBound && k + 1 < range.upperBound && facts.word(k).isPreposition && facts.word(k + 1) == .timeNoun)
        || (k > range.lowerBound && facts.word(k) == .timeNoun && facts.word(k - 1) != .determiner
          && (k + 1 == range.upperBound || (!facts.isCapitalized(k + 1) && facts.word(k + 1) != .determiner))))
    {
      if facts.isComma(k), let e = nameListEnd(comma: k, limit: range.upperBound, facts: facts), e == range.upperBound || !facts.isCapitalized(e) {
        continue  // `the Ministry of Health, Population and Sanitation`
      }
      // (`Officials last week said`: the phrase of time starts at `last`.)
      coreEnd = facts.word(k) == .timeNoun && k - 1 > range.lowerBound && facts.word(k - 1) == .adjective ? k - 1 : k
      break
    }
    var i = range.lowerBound
    // An adverb or a word of time right before a determiner ends a phrase
    // of time: in `hours later the Ukrainian air force said` the speaker is
    // `the Ukrainian air force`, and so in `Last week the ministry said`.
    // (Wrapping arithmetic: token indices, far from overflowing; the
    // checks cost a third of the loop.)
    var a = i
    while a &+ 2 < coreEnd, a &- i < 4 {
      if facts.word(a) == .adverb || facts.word(a) == .timeNoun, facts.word(a &+ 1) == .determiner {
        i = a &+ 1  // (and on: `Earlier this year the company said`)
      }
      a &+= 1
    }
    while i < coreEnd - 1 {
      let w = facts.word(i)
      // `one of the diplomats`: the group is the core.
      if facts.pronoun(i) == .member, i + 2 < coreEnd, facts.word(i + 1) == .nameConnector {
        if i == range.lowerBound { m.isOneMember = true }
        i += 2
        continue
      }
      // So in `some of the protesters`, `two of the delegates` (`many of
      // them`, with a pronoun, is read as `one of them` is, above).
      if w == .quantifier || facts.has(i, .number), i + 2 < coreEnd, facts.word(i + 1) == .nameConnector,
        facts.word(i + 2) == .determiner || facts.pronoun(i + 2) == .none
      {
        i += 2
        continue
      }
      // A determiner that names a group itself heads the phrase when no
      // noun of a source follows: `those familiar with the talks`, but
      // `those officials`.
      if w == .determiner, facts.speaker(i) != nil, facts.speaker(i + 1) == nil, !facts.isCapitalized(i + 1) { break }
      if w == .determiner || w == .quantifier || facts.pronoun(i) != .none {
        if w == .determiner || facts.pronoun(i) != .none { m.isDefinite = m.isDefinite || isDefiniteDeterminer(i, document: document, facts: facts) }
        i += 1
      } else {
        break
      }
    }
    m.core = i..<coreEnd
    // Possessive modifiers: `the president’s special envoy`, `Ukraine’s`.
    // (Not one inside what follows a speaker's noun and `of`: `the head of
    // the regional police’s serious crime unit` is the head. Nor one after
    // a titled name and `of`: `Senior Capt. Lu Jianhua of the People’s
    // Liberation Army Navy` is Lu Jianhua.)
    if let poss = (i..<coreEnd).last(where: { facts.has($0, .possessive) }), poss + 1 < coreEnd {
      let connector = (i..<poss).first { facts.word($0) == .nameConnector || facts.word($0).isPreposition }
      let headBefore = connector.map { c in
        (i..<c).contains { x in
          let categories = facts.speaker(x)?.categories ?? []
          return (!facts.isCapitalized(x) && !categories.intersection(.heads).isEmpty) || categories.contains(.title)
        }
      } ?? false
      if !headBefore, !pluralPossessiveInName(poss, from: i, to: coreEnd, document: document, facts: facts) { i = poss + 1 }
      m.isDefinite = true
    }
    // The name and the titles before it: where it starts (`k`) and ends
    // (`j`). Every test below that moves `k` or `j` (or sets a title or a
    // gender) needs a capitalized, all-capitals or hyphenated word of the
    // core (after its determiners and possessive), tested first on the
    // core's flags together (`seen`): a phrase without one (`the
    // ministry`, `a senior official`) has no name, and skips the walks.
    var k = i
    var j = i
    // (Where the titles before the name start: a pair of people is named
    // with theirs.)
    let titlesStart = i
    // The name is a person's, cut before `of` and where they work.
    var affiliationFollows = false
    var seen: UInt32 = 0
    for t in i..<coreEnd { seen |= facts.flags[t].rawValue }
    let nameFlags = TokenFacts.Flags.capitalized.rawValue | TokenFacts.Flags.allCaps.rawValue | TokenFacts.Flags.hyphenated.rawValue
    if Walks.all || seen & nameFlags != 0 {
      // Titles before a name: `Foreign Minister`, `Mr.`, `Maj. Gen.`
      while k < coreEnd, let t = facts.speaker(k), t.start == k, t.categories.contains(.title), facts.isCapitalized(k) || facts.has(k, .allCaps) {
        let next = t.end
        // A title before a body's noun that ends the phrase names the body:
        // `the Justice Department`, `the General Assembly`.
        if facts.titleNamesBody(t, end: coreEnd) { break }
        // (`Mr. van der Wiel`: particles may open the name after a title.)
        guard next < coreEnd,
          facts.isCapitalized(next) || particlesEnd(from: next, before: coreEnd, facts: facts) != nil
            || (facts.has(next, .hyphenated) && isNameParticle(next, document: document))
        else { break }
        m.isTitled = true
        if t.gender != .unknown {
          m.gender = t.gender
          m.genderIsTitled = true
        }
        k = next
      }
      // A capitalized compound in `-run`, `-backed` before a name says who
      // stands behind it, not what it is called: `the Houthi-run Saba news
      // agency` is Saba.
      while k + 1 < coreEnd, facts.has(k, .hyphenated), facts.isCapitalized(k), facts.isCapitalized(k + 1), isLowerCompound(k, document: document) { k += 1 }
      // The name: a run of capitalized words, with connectors inside
      // (`Ministry of Commerce`), initials (`J. F.`) and name particles
      // (`al-Sharafi`, `von der`).
      j = k
      while j < coreEnd {
        if facts.isCapitalized(j) || facts.has(j, .allCaps) {
          j += 1
          continue
        }
        if facts.has(j, .innerDot), j > k, document.tokens[j - 1].length == 1 {
          j += 1
          continue
        }
        // The period of a title inside the run: `State Sen. Clayton
        // Boudreaux`, `Police Maj. Gen. Somchai Rattanaphong` (the title is
        // taken out below).
        if j > k, let title = facts.speaker(j), title.start < j, title.categories.contains(.title) {
          j += 1
          continue
        }
        if facts.isComma(j), j > k, let e = nameListEnd(comma: j, limit: coreEnd, facts: facts) {
          j = e
          continue
        }
        let w = facts.word(j)
        let connector = w == .nameConnector || w == .nameParticle || w == .determiner || w == .and
        if connector, j > k, j + 1 < coreEnd, facts.isCapitalized(j + 1) {
          // `Meridian Orient Shipping of Hong Kong`: a place that ends the
          // phrase after `of` and a name of two words or more with no body's
          // noun in it says where the body is; it is no part of the name
          // (`Bank of England`, `Maritime and Port Authority of Singapore`,
          // `Islamic Republic of Iran` keep theirs: each has a body's noun;
          // so does `National Jury of Elections`: a plural is no place).
          if w == .nameConnector, j - k >= 2, marks.has(.possessor, j, in: document), !(k..<j).contains(where: { facts.isBodyNoun($0) }),
            coreEnd - j <= 4, ((j + 1)..<coreEnd).allSatisfy({ facts.isCapitalized($0) }), !facts.has(coreEnd - 1, .endsS)
          {
            break
          }
          // `Judge Rebecca Alvarado-Quinn of Multnomah County Circuit
          // Court`, `Tomas Berglund for Nordvik Capital`: after a person's
          // name, a given name and one more word or more with no speaker's
          // noun, `of` or `for` says where or for whom the person works;
          // it is no part of the name.
          let nounOrTitle = SpeakerCategories.heads.union(.title)
          let isNounOrTitle = { (t: Int) in facts.speaker(t).map { !$0.categories.isDisjoint(with: nounOrTitle) } ?? false }
          if w == .nameConnector, let g = (k..<j).first(where: { !isNounOrTitle($0) }), j - g >= 2,
            givenNameGender(g, facts: facts) != .unknown, !(g..<j).contains(where: { isNounOrTitle($0) || facts.isBodyNoun($0) })
          {
            affiliationFollows = true
            break
          }
          j += 1
          continue
        }
        // (Asked only where the words around allow it.)
        func bodyName() -> Bool {
          (k..<j).contains { facts.isBodyNoun($0) }
        }
        // `Association of Landlords of Lisbon and the Tagus Valley`: a body's
        // name runs on over `and the`.
        if w == .and, j > k, j + 2 < coreEnd, facts.word(j + 1) == .determiner, facts.isCapitalized(j + 2), bodyName() {
          j += 2
          continue
        }
        // `Bank of the Andes`, `Office of the Plenipotentiary of the
        // Government`: an organization's name (one with a body's noun in
        // it) runs on over `of the` (a person's does not: `Ana Ruiz of the
        // Andes Institute`).
        if w == .nameConnector, j > k, j + 2 < coreEnd, facts.word(j + 1) == .determiner, facts.isCapitalized(j + 2), bodyName() {
          j += 2
          continue
        }
        // `Joost van der Wiel`, `Begoña de la Riva`: a run of particles
        // before a capital.
        if let e = particlesEnd(from: j, before: coreEnd, facts: facts), j > k || m.isTitled {
          j = e
          continue
        }
        if facts.has(j, .hyphenated), isNameParticle(j, document: document) {
          j += 1  // `Yahya al-Sharafi`
          continue
        }
        break
      }
      // A run ending in a connector is cut back.
      while j > k, !facts.isCapitalized(j - 1), !facts.has(j - 1, .hyphenated), !facts.has(j - 1, .allCaps) { j -= 1 }
      // A possessive that ends the core ends a name: `Moody’s`.
      if j > k, j + 1 == coreEnd, facts.has(j, .possessive), j + 1 == range.upperBound { j += 1 }
      // A title inside the run: `Unification Minister Han Seo-yeon`.
      var t = k
      while t < j {
        if let title = facts.speaker(t), title.start == t, title.end < j, facts.isCapitalized(title.end), !facts.titleNamesBody(title, end: j),
          title.categories.contains(.title) || isRoleBeforeName(title, end: j, facts: facts)
        {
          // After a person's name and `and`, a title opens a second
          // person: `Mr. Reyes and Ms. Marten`, `Tomas Reyes and Foreign
          // Minister Ilse Marten` speak together, as `Tomas Reyes and
          // Ilse Marten` do (not `Trade and Industry Minister Ana Ruiz`:
          // no person before `and`). A person: a title, a given name, or
          // two capitalized words or more with no speaker's or body's noun.
          if t - 1 > k, facts.word(t - 1) == .and,
            m.isTitled || givenNameGender(k, facts: facts) != .unknown
              || (t - 1 - k >= 2 && (k..<(t - 1)).allSatisfy { facts.isCapitalized($0) && facts.speaker($0) == nil && !facts.isBodyNoun($0) })
          {
            m.kind = .group
            m.name = titlesStart..<j
            m.isTitled = false
            m.gender = .unknown
            m.genderIsTitled = false
            return
          }
          k = title.end
          m.isTitled = true
          if title.gender != .unknown {
            m.gender = title.gender
            m.genderIsTitled = true
          }
          t = title.end
        } else {
          t += 1
        }
      }
      // `Minister for Foreign Affairs Penny Wong`, `Secretary of State for
      // Health Wes Streeting`: a title whose complement runs into the name.
      if let (name, title) = nameAfterTitleComplement(from: k, end: j, facts: facts) {
        k = name
        m.isTitled = true
        let given = givenNameGender(name, facts: facts)
        if given != .unknown {
          m.gender = given
        } else if title.gender != .unknown {
          m.gender = title.gender
          m.genderIsTitled = true
        }
      }
      // `the Finnish paper maker Koskivoima`, `Home Ministry spokesman Bishnu
      // Raj Khatiwada`, `Peru's former federation chief Hernán Quispe
      // Loayza`, `the party's former leader Tomas Vidal`: capitalized words
      // (or none) followed by lower-case ones and then by a name that ends
      // the phrase only say whose, where or what; the name is the last run.
      // (A name may end in a lower-case hyphenated part: `the farmer
      // Jabbar Hamoud al-Saadi`.)
      let hyphenEnd = coreEnd - 1 > j && !facts.isCapitalized(coreEnd - 1) && isNameParticle(coreEnd - 1, document: document)
      if let last = finalName(after: j, end: hyphenEnd ? coreEnd - 1 : coreEnd, facts: facts) {
        k = last.lowerBound
        j = hyphenEnd ? coreEnd : last.upperBound
      } else if j == k, let inner = nameBeforeOutlet(from: k, end: coreEnd, facts: facts) {
        k = inner.lowerBound
        j = inner.upperBound
      }
    }
    // `a teacher named Aline Uwase`: a participle, then a name of two words
    // or more that ends the phrase, names a person.
    if j == k, let x = (k..<coreEnd).first(where: { facts.has($0, .endsED) && !facts.isCapitalized($0) }), coreEnd - x > 2,
      ((x + 1)..<coreEnd).allSatisfy({ facts.isCapitalized($0) || isNameParticle($0, document: document) })
    {
      m.kind = .person
      m.name = (x + 1)..<coreEnd
      if m.gender == .unknown { m.gender = givenNameGender(x + 1, facts: facts) }
      return
    }
    let hasName = j > k
    // The head: the last speaker noun before the first preposition or
    // clause word after the name.
    // (None in where a person works: `Judge … of Multnomah County
    // Circuit Court` is a judge, not a court.)
    var stop = j
    while stop < coreEnd, !affiliationFollows {
      let w = facts.word(stop)
      if w.isPreposition || w == .relative || w == .that || facts.isComma(stop) { break }
      stop += 1
    }
    var head: SpeakerMatch? = nil
    var headBeforeName: SpeakerMatch? = nil
    var x = i
    // A capitalized head before `of` or `for` and a capitalized word heads
    // the whole name: the nouns after the connector are its complement
    // (`Ministry of Agriculture and Farmers Welfare` is a ministry, not
    // farmers; `Union of Concerned Scientists` a union).
    var sealed = false
    while x < stop {
      if let s = facts.speaker(x), s.start == x, !s.categories.intersection(.heads).isEmpty {
        if !sealed { head = s }
        if headBeforeName == nil, s.end < coreEnd, facts.isCapitalized(s.end) { headBeforeName = s }
        if s.end + 1 < stop, facts.isCapitalized(s.start), facts.word(s.end) == .nameConnector, facts.isCapitalized(s.end + 1) { sealed = true }
        x = s.end
      } else {
        x += 1
      }
    }
    // A name after the head noun: `the state news agency Ostra`, `the
    // newspaper Global New Light of Myanmar`. Capitalized words right
    // before the head only say whose it is: `the Swedish firm Vättern
    // Defence`, `Chinese state broadcaster CCTV`.
    if let h = headBeforeName, j == k || h.start == j, h.categories.isBody {
      var e = h.end
      // (Over `of`, `for` and `and` between capitals: `the opposition Rally
      // for Culture and Democracy`.)
      while e < coreEnd, facts.isCapitalized(e) || ((facts.word(e) == .nameConnector || facts.word(e) == .and) && e > h.end && e + 1 < coreEnd && facts.isCapitalized(e + 1)) { e += 1 }
      if e > h.end {
        m.kind = h.categories.contains(.media) ? .media : .organization
        m.name = h.end..<e
        m.head = h.head
        m.office = h.office
        return
      }
    }
    // A noun before a title only says whose rank it is: `Police Maj. Gen.
    // Somchai Rattanaphong`, `Army Gen. …` name a person, and `the police`
    // later is not him.
    if let h = head, hasName, m.isTitled, h.end <= k { head = nil }
    if let head {
      m.head = head.head
      m.office = head.office
      m.isBareHead = head.start == m.core.lowerBound && head.end == m.core.upperBound
      m.refersBack = head.categories.rawValue & SpeakerCategories.anaphor.rawValue != 0  // (`contains` was a call here)
      if m.gender == .unknown { m.gender = head.gender }
    }
    let kindOf: (SpeakerMatch) -> Speaker.Kind = { s in
      if s.categories.contains(.media) { return .media }
      if s.categories.contains(.organization) { return .organization }
      if s.categories.contains(.group) { return .group }
      return .person
    }
    // `Maria Lopez`: a given name that tells a gender (speakers given
    // names) makes a person of that gender.
    if hasName, m.gender == .unknown { m.gender = givenNameGender(k, facts: facts) }
    if hasName {
      let name = k..<j
      if let head, head.start >= j {
        // `IRNA news agency` names the agency; `Russian delegation`,
        // `Security Council diplomat` do not name anyone.
        m.kind = kindOf(head)
        if m.kind == .media, !(head.start == j && head.categories.contains(.national)) { m.name = name }
      } else if let head {
        m.kind = kindOf(head)
        switch m.kind {
        case .group:
          // `Officials in Bamako`: capitalized only at the start. But a
          // group noun that a capital follows opens a body's name:
          // `Doctors Without Borders`, `Veterans Affairs Canada`.
          if head.start == k, head.end < j, facts.isCapitalized(head.end), facts.word(head.end) != .timeNoun {
            m.kind = .organization
            m.name = name
          }
        case .person:
          // `the Prime Minister`, `the Parliamentary Budget Officer`: after
          // `the`, capitalized words that a role noun ends, no given name
          // first and no title, name an office, not a person; an
          // appositive or a later name names its holder.
          if m.isDefinite, head.end == j, !m.isTitled, givenNameGender(k, facts: facts) == .unknown {
            m.name = nil
          } else {
            m.name = personName(name, facts: facts)
          }
        case .organization, .media:
          m.name = name
        }
      } else if m.isTitled {
        m.kind = .person
        m.name = personName(name, facts: facts)
      } else if j < coreEnd, j - k == 1, (j..<coreEnd).allSatisfy({ facts.has($0, .word) && !facts.isCapitalized($0) && (facts.word($0) == .none || facts.word($0) == .adjective) }) {
        // `a Turkish patrol boat`, `the Greek coast guard`: one capitalized
        // word before plain nouns says whose or where; it is no name, and
        // the description is the speaker.
        m.kind = facts.has(coreEnd - 1, .endsS) ? .group : .organization
      } else {
        m.name = name
        let hasAnd = name.contains { facts.word($0) == .and }
        // Counted in a loop: `filter(_:).count` would allocate an array.
        var words = 0
        for x in name where facts.has(x, .word) && (facts.isCapitalized(x) || isNameParticle(x, document: document)) { words += 1 }
        // (`the 81-year-old Hertha Gruber-Steindl`: an age or a measure
        // joined to its number right before a name with no body's noun
        // says how old someone is; `the` there opens no body's name.)
        let measured = name.lowerBound > 0 && facts.has(name.lowerBound - 1, .number) && facts.has(name.lowerBound - 1, .hyphenated)
        if hasAnd {
          m.kind = .group
        } else if (m.isDefinite && !measured) || facts.has(name.lowerBound, .allCaps) {
          m.kind = .organization
        } else if m.gender != .unknown {
          m.kind = .person  // a given name: `Maria said`
        } else {
          m.kind = words >= 2 ? .person : .organization
          m.kindIsGuess = words < 2
        }
      }
    } else if let head {
      m.kind = kindOf(head)
    } else {
      let last = coreEnd - 1
      m.kind = facts.has(last, .endsS) ? .group : .organization
      // A noun the lexicon does not know (`one money changer said`) is a
      // body only by guess: a later `he` or `she` makes it a person.
      m.kindIsGuess = m.kind == .organization
    }
    return
  }

  /// A capitalized role inside a run of capitals, followed by a name of two
  /// words or more that ends the run and has no body's noun: `Shasta County
  /// Sheriff Melanie Trujillo`, `Assistant District Attorney Miriam
  /// Feldstein-Oduya`. The words up to the role say what the person is.
  /// (A role before one word may be a body's name or a surname: `Bishop
  /// Street`.)
  static func isRoleBeforeName(_ role: SpeakerMatch, end: Int, facts: TokenFactsView) -> Bool {
    guard role.categories.contains(.role), !role.categories.isBody, facts.isCapitalized(role.end - 1), end - role.end >= 2 else { return false }
    return (role.end..<end).allSatisfy { facts.isCapitalized($0) && !facts.isBodyNoun($0) && !facts.has($0, .possessive) }
  }

  /// In a run of capitals from `k` to `end`, a capitalized title or role
  /// whose complement (`for` or `of`, maybe `the`, and capitalized words)
  /// runs into a person's name (`Minister for Foreign Affairs Penny Wong`,
  /// `Vice Finance Minister for International Affairs Hiroki Ishiwata`):
  /// where the name starts, and the title. The name is its last words: from
  /// a given name the lexicon knows, else the last two (with any particles
  /// before the last), leaving the complement at least one word; none of
  /// them a speaker's noun or a body's.
  static func nameAfterTitleComplement(from k: Int, end: Int, facts: TokenFactsView) -> (Int, SpeakerMatch)? {
    guard end - k >= 5 else { return nil }
    var t = k
    while t < end - 4 {
      guard let title = facts.speaker(t), title.start == t, !title.categories.isBody, !title.categories.isDisjoint(with: [.title, .role]),
        facts.isCapitalized(title.end - 1), facts.word(title.end) == .nameConnector
      else {
        t += 1
        continue
      }
      var c = title.end + 1
      if facts.word(c) == .determiner { c += 1 }
      guard c < end - 2 else { return nil }
      var s = end - 1
      if let g = ((c + 1)..<(end - 1)).first(where: { givenNameGender($0, facts: facts) != .unknown }) {
        s = g
      } else {
        var p = s - 1
        while p > c, facts.word(p) == .nameParticle { p -= 1 }
        s = p
      }
      guard s > c, facts.isCapitalized(s), facts.isCapitalized(end - 1) else { return nil }
      for x in s..<end where facts.isBodyNoun(x) || (facts.speaker(x).map { !$0.categories.isEmpty } ?? false) { return nil }
      return (s, title)
    }
    return nil
  }

  /// Whether token `x` may stand before a name as a lower-case modifier:
  /// a plain word or a phrase adjective (`former`), or a measure joined to
  /// its number (`81-year-old`, `20-member`), which is no part of the
  /// name: `the 81-year-old Hertha Gruber-Steindl`.
  static func isLowerModifier(_ x: Int, _ facts: TokenFactsView) -> Bool {
    if facts.has(x, .number) { return facts.has(x, .hyphenated) }
    return facts.has(x, .word) && !facts.isCapitalized(x) && (facts.word(x) == .none || facts.word(x) == .adjective)
  }

  /// The capitalized run that ends a phrase at `end` after lower-case
  /// words from `start` on (at least one, none a preposition, a clause word
  /// or punctuation; phrase adjectives such as `former` and measures such
  /// as `81-year-old` may be among them), if there is one: `Koskivoima`
  /// after `paper maker`.
  static func finalName(after start: Int, end: Int, facts: TokenFactsView) -> Range<Int>? {
    var x = start
    while x < end, isLowerModifier(x, facts) { x += 1 }
    guard x > start, x < end, facts.isCapitalized(x) else { return nil }
    var e = x
    // (`of` inside the name too: `the state-run Associated Press of
    // Pakistan`; and a run of particles: `government spokeswoman Pilar
    // Montesinos de la Fuente`.)
    while e < end {
      if facts.isCapitalized(e) {
        e += 1
        continue
      }
      var p = e
      while p < end, p - e < 3, facts.word(p) == .nameParticle || facts.word(p) == .nameConnector { p += 1 }
      guard p > e, p < end, facts.isCapitalized(p) else { break }
      e = p
    }
    return e == end && facts.isCapitalized(end - 1) ? x..<end : nil
  }

  /// `the official Xinhua news agency`, `Turkey's state-run Anadolu news
  /// agency`: after lower-case words from `start` on (at least one, as for
  /// `finalName`), a capitalized run right before an outlet's noun names
  /// the outlet.
  static func nameBeforeOutlet(from start: Int, end: Int, facts: TokenFactsView) -> Range<Int>? {
    var x = start
    while x < end, isLowerModifier(x, facts) { x += 1 }
    guard x > start, x < end, facts.isCapitalized(x) else { return nil }
    var e = x
    while e < end, facts.isCapitalized(e) { e += 1 }
    guard e < end, let s = facts.speaker(e), s.start == e, s.categories.contains(.media) else { return nil }
    return x..<e
  }

  /// Whether one of the eight tokens before `t` (none before `floor`) is a
  /// body's or an outlet's noun: the capitalized run they end in is a
  /// body's name, which may hold `and the` (`Association of Landlords of
  /// Lisbon and the Tagus Valley`).
  func bodyNoun(before t: Int, floor: Int) -> Bool {
    (max(floor, t - 8)..<t).contains { facts.isBodyNoun($0) }
  }

  /// `Ministry of Health, Population and Sanitation`: when the comma at
  /// `comma` continues an official name, the end of the name (exclusive,
  /// at most `limit`): before the comma a capitalized run holding `of` or
  /// `for` between capitals (and perhaps earlier items of the list: the
  /// last comma of `Ministry of Lands, Agriculture, Fisheries, Water and
  /// Rural Development`), after it capitalized words, more of them after
  /// commas, then `and` and the last capitalized words. Without `of` or
  /// `for`, the name must end in a body's noun before a verb, a cue or
  /// punctuation.
  static func nameListEnd(comma: Int, limit: Int, facts: TokenFactsView) -> Int? {
    guard comma >= 3, facts.isCapitalized(comma - 1) else { return nil }
    var b = comma - 1
    var connector = false
    while b > 0, comma - b < 16 {
      let w = facts.word(b - 1)
      if facts.isCapitalized(b - 1) {
        b -= 1
      } else if facts.isComma(b - 1), b >= 2, facts.isCapitalized(b - 2) {
        b -= 1
      } else if w == .nameConnector || w == .determiner, b >= 2, facts.isCapitalized(b - 2) || facts.word(b - 2) == .nameConnector {
        if w == .nameConnector { connector = true }
        b -= 1
      } else if w == .nameConnector, b >= 2, facts.speaker(b - 2) != nil {
        // `the foreign ministers of Egypt, Jordan and Qatar`: a list of
        // names after a speaker noun and `of`.
        connector = true
        break
      } else {
        break
      }
    }
    // (Without `of` or `for`, a name that ends in a body's noun, then
    // stops: `Kenya Medical Practitioners, Pharmacists and Dentists Union,
    // which …`; not `Canada, Mexico and European Union officials`.)
    guard connector || comma - b >= 2 else { return nil }
    var e = comma + 1
    var sawAnd = false
    while e < limit, e - comma < 10 {
      guard facts.has(e, .word), facts.isCapitalized(e) else { return nil }
      while e < limit, facts.has(e, .word), facts.isCapitalized(e) { e += 1 }
      if sawAnd {
        // `and` between capitals inside the last item: `Ministry of
        // Tourism, Handicrafts and Social and Solidarity Economy`.
        while e + 1 < limit, facts.word(e) == .and, facts.has(e + 1, .word), facts.isCapitalized(e + 1) {
          e += 1
          while e < limit, facts.has(e, .word), facts.isCapitalized(e) { e += 1 }
        }
        if connector { return e }
        let stops = e >= limit || !facts.has(e, .word) || facts.has(e, .inCue) || facts.word(e).isAuxiliary || facts.word(e) == .pastVerb
        return stops && facts.isBodyNoun(e - 1) ? e : nil
      }
      guard e + 1 < limit else { return nil }
      if facts.word(e) == .and {
        sawAnd = true
      } else if !facts.isComma(e) {
        return nil
      }
      e += 1
    }
    return nil
  }

  /// A person's name ends before `of`: `President Vladimir Sorin of
  /// Moldavia` is Vladimir Sorin (the country says where he is from).
  static func personName(_ name: Range<Int>, facts: TokenFactsView) -> Range<Int> {
    guard let x = name.dropFirst().first(where: { facts.word($0) == .nameConnector }) else { return name }
    return name.lowerBound..<x
  }

  /// `the`, `this`, `these`, `those` or a possessive pronoun.
  static func isDefiniteDeterminer(_ i: Int, document: Document, facts: TokenFactsView) -> Bool {
    if facts.pronoun(i) != .none { return true }
    let t = document.tokens[i]
    guard t.length >= 3 else { return false }
    let b0 = document.text[Int(t.start)] | 0x20
    let b1 = document.text[Int(t.start) + 1] | 0x20
    return b0 == UInt8(ascii: "t") && b1 == UInt8(ascii: "h")
  }

  /// A short lower-case word inside a name (`von`, `de`, `bin`).
  /// A lower-case hyphenated name (`al-Sharafi`): its part after the
  /// hyphen is capitalized.
  func isNameParticle(_ i: Int) -> Bool {
    Self.isNameParticle(i, document: document)
  }

  /// Whether the possessive token `p` is `’s` or `'s` (a name such as
  /// `Moody’s` may end in it), not the bare apostrophe of a plural.
  func isNameEndingInS(_ p: Int) -> Bool {
    let t = document.tokens[p]
    return t.length > 1 && document.text[Int(t.start) + Int(t.length) - 1] | 0x20 == UInt8(ascii: "s")
  }

  /// The gender that token `i` tells as a capitalized given name
  /// (`speaker.given-name`: a one-token match with no category), or
  /// `.unknown`.
  static func givenNameGender(_ i: Int, facts: TokenFactsView) -> Gender {
    guard facts.isCapitalized(i), let g = facts.speaker(i), g.start == i, g.end == i + 1, g.categories.isEmpty else { return .unknown }
    return g.gender
  }

  /// The capitalized word after a run of name particles starting at `j`
  /// (`van der` in `van der Wiel`), if there is one before `end`.
  static func particlesEnd(from j: Int, before end: Int, facts: TokenFactsView) -> Int? {
    var e = j
    while e < end, facts.word(e) == .nameParticle { e += 1 }
    return e > j && e < end && facts.isCapitalized(e) ? e : nil
  }

  /// Whether the possessive at token `poss` is inside a body's name that
  /// runs from `start` to `end`: a capitalized plural in `’s` (`Seamen’s`,
  /// `People’s`, `Women’s`, `Children’s`) or in `s’` (`Farmers’`), with
  /// capitalized words only before it and after it, the last a body's
  /// noun (`the Panhellenic Seamen’s Federation`, `the Sabah People’s
  /// Alliance`, `the Farmers’ Union`). `Ukraine’s Foreign Ministry` is an
  /// owner and a body.
  static func pluralPossessiveInName(_ poss: Int, from start: Int, to end: Int, document: Document, facts: TokenFactsView) -> Bool {
    let word = possessor(poss, document: document)
    // (The body's noun ends the name, or opens it: `the Ministry of
    // People's Power for Foreign Affairs`.)
    guard word >= start, word < end, facts.isCapitalized(word), end - 1 > poss, facts.isCapitalized(end - 1),
      facts.isBodyNoun(end - 1) || (start..<word).contains(where: { facts.isCapitalized($0) && facts.isBodyNoun($0) })
    else { return false }
    for k in start..<end where k != poss && k != word {
      let between = k > start && k + 1 < end && facts.word(k).isPreposition && facts.isCapitalized(k - 1) && facts.isCapitalized(k + 1)
      // (An owner's possessive before it stays: `Venezuela's Ministry of
      // People's Power …`.)
      guard facts.isCapitalized(k) || facts.word(k) == .determiner && k == start || facts.word(k) == .nameConnector || between || (k < word && facts.has(k, .possessive)) else { return false }
    }
    return isPluralPossessive(poss, document: document)
  }

  /// The word that owns at possessive token `poss`: the token before the
  /// clitic `’s` or before a plural's apostrophe (`Farmers’`), or the
  /// token itself where it holds the word.
  static func possessor(_ poss: Int, document: Document) -> Int {
    let first = document.text[Int(document.tokens[poss].start)]
    return first == UInt8(ascii: "'") || first == 0xE2 ? poss - 1 : poss
  }

  /// Whether possessive token `poss` follows a plural, as in a body's
  /// name: a plural's apostrophe (`Farmers’`), or `’s` after a plural
  /// that does not end in -s (`Seamen’s`, `People’s`, `Children’s`), not
  /// an owner's name (`Ukraine’s`).
  static func isPluralPossessive(_ poss: Int, document: Document) -> Bool {
    let text = document.text
    let token = document.tokens[poss]
    guard token.kind == .clitic else { return true }
    let word = possessor(poss, document: document)
    let w = document.tokens[word]
    var stemEnd = Int(w.end)
    if word == poss {
      // `Seamen’s` as one token: the stem before `’s` (E2 80 99 73) or `'s`.
      stemEnd -= 2
      if stemEnd >= Int(w.start) + 2, text[stemEnd] == 0x99 { stemEnd -= 2 }
    }
    let stem = Int(w.start)..<stemEnd
    return pluralStems.contains { b in
      guard stem.count >= b.count else { return false }
      for (n, c) in b.enumerated() where asciiLower(text[stem.upperBound - b.count + n]) != c { return false }
      return true
    }
  }

  /// The ends of plurals not in -s that take `’s` (`Seamen’s`, `People’s`,
  /// `Children’s`), lower case.
  private static let pluralStems: [[UInt8]] = [Array("men".utf8), Array("people".utf8), Array("children".utf8)]

  /// A hyphenated word whose last part is lower-case: `Houthi-run`,
  /// `Kremlin-backed` (not `Lindqvist-Öberg`, `Al-Ahram`).
  static func isLowerCompound(_ i: Int, document: Document) -> Bool {
    let t = document.tokens[i]
    var p = Int(t.end) - 1
    while p > Int(t.start), document.text[p] != UInt8(ascii: "-") { p -= 1 }
    return p > Int(t.start) && p + 1 < Int(t.end) && document.text[p + 1] &- 97 < 26
  }

  static func isNameParticle(_ i: Int, document: Document) -> Bool {
    let t = document.tokens[i]
    var p = Int(t.start)
    while p < Int(t.end), document.text[p] != UInt8(ascii: "-") { p += 1 }
    return p + 1 < Int(t.end) && document.text[p + 1] &- 65 < 26
  }
}
