/// A role that a few rare readers of attribution look for in one grammar
/// word, beyond its class: named in `lexicons/grammar.tsv` by the entry's
/// note `mark: NAME` (`by	grammar.preposition	1	mark: agent`), so that
/// the words stay data.
enum WordMark: String, CaseIterable, Sendable {
  /// The agent of a passive (`was quoted by Interfax`) or the maker of a
  /// thing (`a report by Harvest Rights Asia`): `by`.
  case agent
  /// Where a thing comes from (`figures from the central bank`): `from`.
  case origin
  /// What holds a report (`an article in the Financial Times`, `in its
  /// annual report`): `in`.
  case container
  /// The object of a reporting verb standing for its content (`what the
  /// minister said`): `what`.
  case what
  /// A concession the writer adds after a comma (`…, though talks
  /// continue`): `though`, `although`.
  case concession
  /// A relative pronoun that stands for a person (`…, a student at the
  /// University of Indonesia, who said`): `who`, `whom`.
  case person
  /// Whose a report is, after its noun (`the latest report of the
  /// Observatory on Price Formation`): `of`.
  case possessor
  /// The past of a modal that reported speech puts a plain future into
  /// (`said the talks would resume`): `would`. Read by scoring
  /// (`ReportingStanceRule`), not attribution.
  case backshift
  /// An adjective before `to` that says the act was done (`Critics were
  /// quick to point out that …`): `quick`, `eager`, `careful`. The cue
  /// after it reports, where other infinitives do not.
  case prompt
  /// A word that opens a clause which asks or supposes rather than states
  /// (`asked whether he feared a ban`, `if the minister said so`): a
  /// reporting verb whose subject follows it reports nothing. `whether`,
  /// `if`.
  case question
  /// A verb that, before `to`, refuses to speak (`declined to comment`,
  /// `refused to say`): `declined`, `refused`. A clause it opens after a
  /// conjunction reports nothing.
  case refusal
  /// A preposition before a number that gives the value of a reporting
  /// verb's object (`estimated the cost at about $5.4 billion`): `at`.
  case value
  /// A preposition before a number that makes it approximate (`About
  /// 2,300 Syrians left Lebanon`): `about`, `around`. The phrase it opens
  /// is a quantity, a subject, not an opening phrase of time or place.
  case approximation
  /// An adverb of excess before an infinitive that denies it (`too vague
  /// to be trusted`): `too`. Read by scoring (`ExcessRule`).
  case excess
  /// The word that opens a comparison's standard (`better than the
  /// collapse many had feared`): `than`. Read by scoring
  /// (`ComparisonRule`).
  case standard
  /// A verb of falling that is a loss by itself (`plunged`, `slumped`):
  /// as a shifter after a bad subject (`casualties plunged`) its own loss
  /// is the subject's reversal, not a second one. Read by scoring
  /// (`ShifterRule`).
  case fall
  /// A preposition that, after a noun, opens what it is about (`talks on
  /// the border`, `concern over the crisis`): `on`, `over`, `about`. Read
  /// by scoring (`TopicRule`).
  case topic
  /// A number word (`two`, `half`, `dozen`): a comparison's standard it
  /// opens is a quantity (`more than half the staff`), the sentence's
  /// own subject, not a clause of expectation. Read by scoring
  /// (`StandardHedgeRule`).
  case count
  /// A noun of a meeting (`talks`, `session`, `meeting`): as the head of
  /// its subject it makes a step set to come hopeful (`talks on the
  /// border could resume`). On `grammar.noun` entries; read by scoring
  /// (`ScheduleRule`).
  case meeting
  /// A valence entry of a step set to come (`could resume`, `is expected
  /// to take place`) that counts only after a subject headed by a
  /// `meeting` noun (fighting may resume too). Unlike the others, a mark
  /// of a stance entry, not a grammar word; read by scoring
  /// (`ScheduleRule`).
  case scheduled
  /// An epistemic hedge entry of a verb of belief (`think`, `believe`,
  /// `expect`): denied in the present it keeps its hedge, and the denial
  /// passes to the clause under it ("I do not think the talks will
  /// succeed" is "I think they will not"). A mark of a stance entry, as
  /// `scheduled`; read by scoring (`NegationRule`).
  case belief
  /// The past of `do` (`did`): a belief denied after it was given up,
  /// which asserts ("we did not expect to solve everything"). Read by
  /// scoring (`NegationRule`).
  case past
  /// A pronoun in the object form (`them`, `him`, `us`): after `to` it is
  /// the preposition's object, not an infinitive's verb ("too low to
  /// them"). On `grammar.noun` entries (no class for attribution); read
  /// by scoring (`ExcessRule`).
  case object
  /// A word before a name that makes it the leader of the body before it
  /// (`led`, `headed`, `chaired` before `by`; `under`): in `The
  /// delegation, headed by Dmitry Sorokin, a senior official, said` the
  /// name is the subject. Not `backed by`, `owned by`. Read by
  /// attribution (`AttributionPass.nameAfterPreposition`).
  case leader
  /// A comparative that goes beyond an expectation set after it (`more`,
  /// `further`, `closer`, `sooner`: "moved further than anyone
  /// expected"): a result better than expected. Read by scoring
  /// (`StandardHedgeRule`).
  case beyond
  /// A comparative that falls short of an expectation set after it
  /// (`less`, `fewer`, `thinner`, `later`: "thinner than anyone hoped"): a
  /// result worse than expected. Read by scoring (`StandardHedgeRule`).
  case short
  /// A valence entry of a quantity that is news only when it moves
  /// (`exports`, `emissions`, `premiums`), whose weight is the value of a
  /// rise: it counts only when a word of rising or dropping, or a shifter,
  /// moves it. A mark of a stance entry, as `scheduled`; read by scoring
  /// (`QuantityChangeRule`).
  case quantity
  /// A word of rising (`rose`, `doubled`, `higher`, `a rise in`): the
  /// quantity it moves is up. On `grammar.noun` entries unless the word
  /// has a class; read by scoring (`QuantityChangeRule`).
  case rise
  /// A word of dropping that is no shifter (`fall`, `falling`, `a drop
  /// in`): the quantity it moves is down. Read by scoring
  /// (`QuantityChangeRule`).
  case drop
  /// A preposition that takes a pair (`between`): the phrase it opens
  /// after a noun (`between the army and the rebels`) belongs to that
  /// noun, so a verb after the phrase still has the noun for its subject
  /// (`tensions between the two neighbours eased`). Read by scoring
  /// (`ShifterRule`).
  case pair
  /// A verb of an event's coming about (`happen`, `occur`, `materialize`,
  /// `arrive`): denied, it denies its subject (`the threatened strike did
  /// not happen`, `the promised aid never arrived`). Read by scoring
  /// (`NegationRule`).
  case event
  /// A month (`March`, `October`; not `may`, a modal, which a capital
  /// after a preposition makes one: `in May`): after a preposition it
  /// opens a phrase of time (`RuleContext.opensPhraseOfTime`). On
  /// `grammar.noun` entries; read by scoring (`ShifterRule`).
  case month
  /// A span of time (`day`, `hours`, `weeks`, `years`): after a
  /// preposition, alone or after a number, a determiner or an adjective,
  /// it opens a phrase of time (`after three days`, `within hours`:
  /// `RuleContext.opensPhraseOfTime`). On `grammar.noun` entries; read by
  /// scoring (`ShifterRule`).
  case span
  /// An adverb that makes a count small (`only`, `just`, `merely`: "only
  /// two of the forty hostages"), a shortfall. Read by scoring
  /// (`ShortfallRule`, through the dampener entry of its word; a
  /// dampener phrase carries it in its note: `fewer than`, `a mere`).
  case scarce
  /// A noun of an undertaking that ends on its own terms (`search`,
  /// `investigation`, `trial`): as the head of a shifter's subject it is
  /// what ends, not the terms of what it was about ("the search for
  /// survivors of the disaster ended"), as a `meeting` is. On
  /// `grammar.noun` entries; read by scoring (`ShifterRule`).
  case undertaking
  /// A verb of a thing's coming back (`resumed`, `restarted`, `revived`):
  /// good news for what is wanted back ("talks resumed"), bad for what is
  /// not ("fighting has resumed"). A mark of a valence entry, as
  /// `scheduled`: after a subject of the other sign the verb takes its
  /// subject's sign (`PredicateRule`).
  case renewal
  /// A mask of a verb and its preposition (`ended in`, `stopped at`,
  /// weight-0 shifters) that yields to the verb before a plain place:
  /// "the curfew ended in Ulmar on Friday", "the fire stopped at the edge
  /// of the reserve" (not `settled in`, where a place makes the verb mean
  /// living there). A mark in the entry's note; read by scoring
  /// (`ShifterRule`).
  case place

  static let notePrefix = "mark:"

  /// Whether `note` may be a mark: its first byte after spaces is `m` or
  /// `M` (a test that costs a byte or two, before the full reading of
  /// `name(inNote:)`, for the many notes of the valence files).
  @inline(__always)
  static func mayBeMark(_ note: String?) -> Bool {
    guard let note else { return false }
    for b in note.utf8 where b != 0x20 && b != 0x09 { return b | 0x20 == UInt8(ascii: "m") }
    return false
  }

  /// The name a note gives after `mark:` (any case and spacing, lowered),
  /// or nil for a note that is no mark.
  static func name(inNote note: String?) -> String? {
    guard let note else { return nil }
    // An ASCII note (every one of the lexicons') is read as bytes: the
    // `Character` reading below made the runtime build the metadata of
    // its generic views at start-up (about 2.5 M instructions for 36
    // notes).
    if let read = note.utf8.withContiguousStorageIfAvailable(asciiName), read.ascii { return read.name }
    return characterName(note)
  }

  /// The names a note gives after `mark:`, separated by commas
  /// (`mark: approximation, topic`); empty for a note that is no mark.
  static func names(inNote note: String?) -> [String] {
    guard let name = name(inNote: note) else { return [] }
    guard name.utf8.contains(UInt8(ascii: ",")) else { return [name] }
    // Split as bytes: the generic `split` and `reversed` views made the
    // runtime build their metadata at start-up (about 2.5 M instructions).
    var names: [String] = []
    var part: [UInt8] = []
    for b in Array(name.utf8) + [UInt8(ascii: ",")] {
      guard b == UInt8(ascii: ",") else { part.append(b); continue }
      while let last = part.last, isSpace(last) { part.removeLast() }
      let first = part.firstIndex { !isSpace($0) } ?? part.count
      names.append(String(decoding: part[first...], as: UTF8.self))
      part.removeAll(keepingCapacity: true)
    }
    return names
  }

  /// `name(inNote:)` read by `Character`s (any note; the reference the
  /// byte reading must agree with).
  static func characterName(_ note: String) -> String? {
    let trimmed = note.drop(while: \.isWhitespace)
    guard trimmed.lowercased().hasPrefix(notePrefix) else { return nil }
    let rest = trimmed.dropFirst(notePrefix.count).drop(while: \.isWhitespace)
    return String(rest.reversed().drop(while: \.isWhitespace).reversed()).lowercased()
  }

  /// ASCII white space: 0x09...0x0D and 0x20, the Unicode white space of
  /// ASCII.
  @inline(__always)
  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b &- 0x09 < 5 }

  /// `name(inNote:)` of a note's bytes if they are ASCII (`ascii` false
  /// otherwise): its white space is 0x09...0x0D and 0x20, the Unicode
  /// white space of ASCII, and its lower case that of A...Z.
  private static func asciiName(_ p: UnsafeBufferPointer<UInt8>) -> (ascii: Bool, name: String?) {
    for b in p where b >= 0x80 { return (false, nil) }
    var s = 0
    while s < p.count, isSpace(p[s]) { s += 1 }
    let prefix = notePrefix.utf8
    guard p.count - s >= prefix.count else { return (true, nil) }
    for (k, c) in prefix.enumerated() where asciiLower(p[s + k]) != c { return (true, nil) }
    s += prefix.count
    while s < p.count, isSpace(p[s]) { s += 1 }
    var e = p.count
    while e > s, isSpace(p[e - 1]) { e -= 1 }
    return (true, String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]).map(asciiLower), as: UTF8.self))
  }

  /// Appends a `LEX013` error for each grammar, valence or hedge entry
  /// whose `mark:` note names no mark.
  static func check(_ entries: [LexiconEntry], into diagnostics: inout [Diagnostic]) {
    // (Grammar, valence and hedge entries with a note only, read in place by
    // index: binding each entry copied its strings, and the speakers' and
    // given names' many notes are no marks.)
    for i in entries.indices where WordMark.mayBeMark(entries[i].note) && (entries[i].category == .valence || entries[i].category == .dampener || entries[i].category == .shifter || entries[i].category.isHedge || WordClass(entries[i].category) != nil) {
      for name in names(inNote: entries[i].note) where WordMark(rawValue: name) == nil {
        let known = allCases.map(\.rawValue).joined(separator: ", ")
        diagnostics.append(.error("LEX013", "'mark: \(name)' names no mark (one of: \(known))", file: entries[i].file, line: entries[i].line, column: 1))
      }
    }
  }
}

/// The marked words of the grammar lexicon (`WordMark`): a handful, kept
/// lower-cased in one byte array, so a token is compared byte by byte with
/// those of the mark asked for, after its length (rare readers only; plain
/// values throughout, so a lookup retains nothing).
struct WordMarks: Sendable {
  /// First a filter of `filterBytes` bytes for each mark (by
  /// `WordMark.ordinal`): bit `signature` of a word set for each of its
  /// words, so most tokens are turned away by one bit, not compared with
  /// each word of the mark (some marks have dozens: `rise`). Then the
  /// marked words' bytes, lower-cased, one after another.
  private var bytes: [UInt8] = []
  /// First a header of `WordMark.allCases.count + 1` entries whose `start`
  /// is the index in `words` of each mark's first word (by
  /// `WordMark.ordinal`) and, last, of the end of the last mark's (their
  /// `count` is -1, so they match no word); then the words, in the order of
  /// their marks, each mark's in lexicon order. A lookup reads only the
  /// words of its mark, not every marked word (about 135 instructions a
  /// lookup, some 6,000 lookups a MB). (The header is kept here, not in an
  /// array of its own: a third array made every copy of the token facts
  /// larger, and some of them went through `memcpy`.)
  private var words: [(start: Int, count: Int, mark: WordMark)] = []

  /// No marked words.
  init() {}

  /// The words whose grammar entries carry a `mark:` note.
  init(_ grammar: [LexiconEntry]) {
    let marks = WordMark.allCases
    var found: [(term: String, mark: WordMark)] = []
    for i in grammar.indices where grammar[i].note != nil {
      for name in WordMark.names(inNote: grammar[i].note) {
        if let mark = WordMark(rawValue: name) { found.append((grammar[i].term, mark)) }
      }
    }
    words = marks.map { (start: 0, count: -1, mark: $0) }
    words.append((start: 0, count: -1, mark: marks[0]))
    bytes = [UInt8](repeating: 0, count: marks.count * Self.filterBytes)
    for mark in marks {
      words[mark.ordinal].start = words.count
      for (term, m) in found where m == mark {
        let start = bytes.count
        bytes += term.utf8.map(asciiLower)
        let count = bytes.count - start
        words.append((start, count, mark))
        guard count > 0 else { continue }
        let bit = Self.signature(count: count, first: bytes[start], last: bytes[start + count - 1])
        bytes[mark.ordinal * Self.filterBytes + bit >> 3] |= 1 << UInt8(bit & 7)
      }
    }
    words[marks.count].start = words.count
  }

  /// Whether `term` (a lexicon term: one word, or several separated by
  /// spaces, which no mark is) is a word with `mark` (ASCII, any case).
  func has(_ mark: WordMark, term: String) -> Bool {
    guard !words.isEmpty else { return false }
    let lowered = term.utf8.map(asciiLower)
    for w in words[mark.ordinal].start..<words[mark.ordinal + 1].start where words[w].count == lowered.count {
      if bytes[words[w].start..<(words[w].start + words[w].count)].elementsEqual(lowered) { return true }
    }
    return false
  }

  /// Whether some word has `mark`.
  func hasAny(_ mark: WordMark) -> Bool {
    !words.isEmpty && words[mark.ordinal].start < words[mark.ordinal + 1].start
  }

  /// Whether token `i` of `document` is a word with `mark` (ASCII, any
  /// case).
  func has(_ mark: WordMark, _ i: Int, in document: Document) -> Bool {
    guard !words.isEmpty else { return false }
    let t = document.tokens[i]
    let length = t.length
    let o = mark.ordinal
    guard length > 0 else { return false }
    let bit = Self.signature(count: length, first: document.text[Int(t.start)], last: document.text[Int(t.end) - 1])
    guard bytes[o * Self.filterBytes + bit >> 3] & (1 << UInt8(bit & 7)) != 0 else { return false }
    var w = words[o].start
    let end = words[o + 1].start
    while w < end {
      let (start, count) = (words[w].start, words[w].count)
      if count == length, document.token(i, isLowered: bytes[start..<(start + count)]) { return true }
      w += 1
    }
    return false
  }

  /// Bytes of each mark's filter (1,024 bits: the `rise` words fill under
  /// a tenth of it).
  private static let filterBytes = 128

  /// The filter bit of a word of `count` bytes from `first` to `last`,
  /// alike for a word and a token that `Document.token(_:isLowered:)`
  /// finds equal (`| 0x20` maps an ASCII letter and its lower case alike,
  /// and any other byte to one value).
  @inline(__always)
  private static func signature(count: Int, first: UInt8, last: UInt8) -> Int {
    (count &* 131 &+ Int(first | 0x20) &* 37 &+ Int(last | 0x20) &* 5) & 1023
  }
}

extension WordMark {
  /// The mark's place in `allCases` (the header of `WordMarks.words`).
  var ordinal: Int {
    switch self {
    case .agent: 0
    case .origin: 1
    case .container: 2
    case .what: 3
    case .concession: 4
    case .person: 5
    case .possessor: 6
    case .backshift: 7
    case .prompt: 8
    case .question: 9
    case .refusal: 10
    case .value: 11
    case .approximation: 12
    case .excess: 13
    case .standard: 14
    case .fall: 15
    case .topic: 16
    case .count: 17
    case .meeting: 18
    case .scheduled: 19
    case .belief: 20
    case .past: 21
    case .object: 22
    case .leader: 23
    case .beyond: 24
    case .short: 25
    case .quantity: 26
    case .rise: 27
    case .drop: 28
    case .pair: 29
    case .event: 30
    case .month: 31
    case .span: 32
    case .scarce: 33
    case .undertaking: 34
    case .renewal: 35
    case .place: 36
    }
  }
}
