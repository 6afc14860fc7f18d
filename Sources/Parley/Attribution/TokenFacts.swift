/// Which speaker categories a lexicon match belongs to (one term may be a
/// title and a role: `minister`).
struct SpeakerCategories: OptionSet, Sendable, Hashable {
  let rawValue: UInt8
  static let title = SpeakerCategories(rawValue: 1)
  static let role = SpeakerCategories(rawValue: 2)
  static let group = SpeakerCategories(rawValue: 4)
  static let organization = SpeakerCategories(rawValue: 8)
  static let media = SpeakerCategories(rawValue: 16)
  static let pronoun = SpeakerCategories(rawValue: 32)
  /// A head whose capitalized word before it says whose it is, not what it
  /// is called (note `national`: `Iranian state media`, `Russian state
  /// television`), where `IRNA news agency` is a name.
  static let national = SpeakerCategories(rawValue: 64)
  /// A generic noun that refers back to a named body (note `anaphor`:
  /// `Hamas said …; the group added …`).
  static let anaphor = SpeakerCategories(rawValue: 128)
  /// Nouns that can head a mention (not titles or pronouns).
  static let heads: SpeakerCategories = [.role, .group, .organization, .media]

  /// A body's or an outlet's noun: it speaks as one.
  var isBody: Bool { !intersection([.organization, .media]).isEmpty }
}

extension SpeakerCategories {
  /// The speaker category lexicon category `category` stands for; empty
  /// for every other category.
  @inline(__always)
  init(_ category: LexiconCategory) {
    switch category {
    case .speakerTitle: self = .title
    case .speakerRole: self = .role
    case .speakerGroup: self = .group
    case .speakerOrganization: self = .organization
    case .speakerMedia: self = .media
    case .speakerPronoun: self = .pronoun
    default: self = []
    }
  }
}

/// What a pronoun can refer to, from the note column of `speaker.pronoun`.
enum PronounClass: UInt8, Sendable {
  case none, male, female, plural, nonperson, member
}

/// Grammatical gender a title, role or pronoun tells (`person-m`, `person-f`).
enum Gender: UInt8, Sendable {
  case unknown, male, female
}

/// What attribution needs to know about the lexicon entries, derived once
/// from the matcher: speaker categories, genders and pronoun classes from the
/// note column, and the shape of every reporting term.
struct AttributionVocabulary: Sendable {
  /// What a match of one entry tells attribution, in eight bytes.
  struct Entry: Sendable {
    var speaker: SpeakerCategories = []
    var gender = Gender.unknown
    var pronoun = PronounClass.none
    var isReport = false
    /// The office the entry names, shared by the terms that speakers.tsv
    /// gives as the same (note `same as TERM`: `premier` and `prime
    /// minister`, `chief` and `head`), or -1 for a term in no such set.
    var office: Int32 = -1
  }

  /// One per entry: read together for every match (one load, not four
  /// arrays).
  var entries: [Entry]
  /// The entry's weight (for a report, its stance).
  var weight: [Double]
  /// The term ends with a preposition: `according to`, `in the words of`
  /// (the source follows it) or `called for`, `pointed to` (an object does).
  var endsWithPreposition: [Bool]
  /// What a report entry's note says of the content it takes
  /// (`CueNotes`), one per entry.
  var cueNotes: [CueNotes]
  /// For a speaker term whose head noun is not its last word, how many
  /// words its head stands before the end: the noun before the first name
  /// connector (`ministry of foreign affairs`: 3, `chief of staff`: 2), so
  /// that `the ministry` later names the same head. Empty when no term has
  /// one; else one per entry, 0 for the others.
  var headBack: [UInt8]
  let words: FunctionWords
  /// The grammar words with a `mark:` note (`WordMarks`).
  let marks: WordMarks

  init(_ entries: [LexiconEntry], grammar: [LexiconEntry]) {
    words = FunctionWords(grammar)
    marks = WordMarks(grammar)
    let n = entries.count
    weight = [Double](unsafeUninitializedCapacity: n) { out, count in
      entries.withUnsafeBufferPointer { lexicon in
        for i in 0..<n { (out.baseAddress! + i).initialize(to: lexicon[i].weight) }
      }
      count = n
    }
    // Most entries are the scoring layers': no speaker category, no report,
    // so their rows stay the defaults these arrays start with, and only the
    // others are visited (fields read by index through a buffer, not by
    // binding each entry, which copies its strings).
    var rows = [Entry](repeating: Entry(), count: n)
    var endsPrep = [Bool](repeating: false, count: n)
    var cueNoteRows = [CueNotes](repeating: [], count: n)
    // (Reused for every reporting term of more than a plain word.)
    var key: [UInt8] = []
    var ranges: [Range<Int>] = []
    // The entries with a speaker category, in order (`assignOffices`).
    var speakerEntries: [Int] = []
    let words = self.words
    entries.withUnsafeBufferPointer { lexicon in
      rows.withUnsafeMutableBufferPointer { rows in
        for i in 0..<n {
          let category = lexicon[i].category
          var categories = SpeakerCategories(category)
          if category == .report {
            rows[i].isReport = true
            endsPrep[i] = Self.endsWithPreposition(lexicon[i].term, words: words, key: &key, ranges: &ranges)
            if let note = lexicon[i].note { cueNoteRows[i] = CueNotes(note: note) }
            continue
          }
          guard !categories.isEmpty || category == .speakerGivenName else { continue }
          if !categories.isEmpty { speakerEntries.append(i) }
          // (The note's prefixes, read once: most entries have none.)
          guard let raw = lexicon[i].note else {
            if categories == .pronoun { rows[i] = Entry(speaker: categories, pronoun: .nonperson) }  // no note: as an empty one
            else if !categories.isEmpty { rows[i] = Entry(speaker: categories) }
            continue
          }
          let prefixes = Self.prefixes(ofNote: raw)
          if !categories.isEmpty {
            if prefixes.contains(.national) { categories.insert(.national) }
            if prefixes.contains(.anaphor) { categories.insert(.anaphor) }
          }
          let g: Gender = prefixes.contains(.personM) ? .male : prefixes.contains(.personF) ? .female : .unknown
          var p = PronounClass.none
          if categories == .pronoun {
            if prefixes.contains(.personM) {
              p = .male
            } else if prefixes.contains(.personF) {
              p = .female
            } else if prefixes.contains(.plural) {
              p = .plural
            } else if prefixes.contains(.member) {
              p = .member
            } else {
              p = .nonperson
            }
          }
          rows[i] = Entry(speaker: categories, gender: g, pronoun: p, isReport: false)
        }
      }
    }
    self.entries = rows
    endsWithPreposition = endsPrep
    cueNotes = cueNoteRows
    headBack = Self.headBacks(entries, speakerEntries: speakerEntries, words: words)
    // (Released, so that `assignOffices` writes the one array in place.)
    rows = []
    assignOffices(entries, speakerEntries: speakerEntries)
  }

  /// The prefixes of a note that the vocabulary reads (`note(_:hasPrefix:)`
  /// of each).
  struct NotePrefixes: OptionSet {
    let rawValue: UInt8
    static let national = NotePrefixes(rawValue: 1)
    static let anaphor = NotePrefixes(rawValue: 2)
    static let personM = NotePrefixes(rawValue: 4)
    static let personF = NotePrefixes(rawValue: 8)
    static let plural = NotePrefixes(rawValue: 16)
    static let member = NotePrefixes(rawValue: 32)
  }

  /// `NotePrefixes` of `note`, in one pass over its bytes in place: only
  /// the prefixes that start with its first letter are tested (an ASCII
  /// first byte that starts none of them is a first character that starts
  /// none), each as `note(_:hasPrefix:)` tests it on the bytes; by the
  /// strings when one of those tests cannot tell.
  static func prefixes(ofNote note: String) -> NotePrefixes {
    let fast: NotePrefixes?? = note.utf8.withContiguousStorageIfAvailable { p -> NotePrefixes? in
      @inline(__always)
      func has(_ prefix: StaticString) -> Bool? { Self.asciiPrefix(p, prefix) }
      guard let first = p.first, first < 0x80 else { return nil }
      var found: NotePrefixes = []
      switch asciiLower(first) {
      case UInt8(ascii: "n"):
        guard let national = has("national") else { return nil }
        if national { found.insert(.national) }
      case UInt8(ascii: "a"):
        guard let anaphor = has("anaphor") else { return nil }
        if anaphor { found.insert(.anaphor) }
      case UInt8(ascii: "p"):
        // (`person-m` and `person-f` read together: they part at the
        // eighth byte, after `person-`, which `plural` does not start.)
        guard let person = has("person-") else { return nil }
        if person {
          guard p.count > 7 else { break }
          let sex = asciiLower(p[7])
          guard sex == UInt8(ascii: "m") || sex == UInt8(ascii: "f") else { break }
          guard p.count == 8 || p[8] < 0x80 else { return nil }
          found.insert(sex == UInt8(ascii: "m") ? .personM : .personF)
        } else {
          guard let plural = has("plural") else { return nil }
          if plural { found.insert(.plural) }
        }
      case UInt8(ascii: "m"):
        guard let member = has("member") else { return nil }
        if member { found.insert(.member) }
      default: break
      }
      return found
    }
    if let fast, let found = fast { return found }
    let all: [(StaticString, NotePrefixes)] = [("national", .national), ("anaphor", .anaphor), ("person-m", .personM), ("person-f", .personF), ("plural", .plural), ("member", .member)]
    var found: NotePrefixes = []
    for (prefix, set) in all where Self.note(note, hasPrefix: prefix) { found.insert(set) }
    return found
  }

  /// Whether `note.lowercased().hasPrefix(prefix)` (`prefix` ASCII lower
  /// case): on the bytes when the note's first bytes, through the one
  /// after the prefix, are ASCII (lowering them is the bytes', and each
  /// is a character of its own: none after them can join the last), else
  /// by the strings. (Lowering every note made a string of each, about
  /// 300 instructions a note at start-up.)
  static func note(_ note: String, hasPrefix prefix: StaticString) -> Bool {
    let fast: Bool?? = note.utf8.withContiguousStorageIfAvailable { asciiPrefix($0, prefix) }
    if let fast, let answer = fast { return answer }
    return note.lowercased().hasPrefix(prefix.description)
  }

  /// `note(_:hasPrefix:)`'s test on the bytes `p`: whether they start with
  /// `prefix` (ASCII lower case) in any case, or nil when only the strings
  /// can tell (a byte of 0x80 or more first, or right after the prefix).
  @inline(__always)
  static func asciiPrefix(_ p: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool? {
    let n = prefix.utf8CodeUnitCount
    let q = prefix.utf8Start
    // (An ASCII byte that differs, after ASCII ones, is a character that
    // differs: false whatever follows.)
    for k in 0..<n {
      guard k < p.count else { return false }
      let b = p[k]
      if b >= 0x80 { return nil }
      if asciiLower(b) != q[k] { return false }
    }
    return p.count == n || p[n] < 0x80 ? true : nil
  }

  /// Whether reporting term `term` is more than one token and its last is
  /// a preposition (`according to`): the last of `LexiconTerm.tokens(of:)`,
  /// read in place for a plain term (its tokens are its words) and from
  /// `folded` in the reused `key` and `ranges` otherwise (no array per
  /// token).
  /// `headBack` for `lexicon`, read from the plain terms of more than one
  /// word among `speakerEntries`.
  static func headBacks(_ lexicon: [LexiconEntry], speakerEntries: [Int], words: FunctionWords) -> [UInt8] {
    var backs: [UInt8] = []
    for i in speakerEntries {
      let back = lexicon[i].term.utf8.withContiguousStorageIfAvailable { p -> Int in
        guard LexiconTerm.isPlain(p), p.contains(0x20) else { return 0 }
        var starts = [0]
        for k in p.indices where p[k] == 0x20 { starts.append(k + 1) }
        for w in 1..<(starts.count - 1) {
          let end = starts[w + 1] - 1
          if words.lookup(p, starts[w]..<end) == .nameConnector { return starts.count - w }
        }
        return 0
      } ?? 0
      guard back > 0, back < 256 else { continue }
      if backs.isEmpty { backs = [UInt8](repeating: 0, count: lexicon.count) }
      backs[i] = UInt8(back)
    }
    return backs
  }

  static func endsWithPreposition(_ term: String, words: FunctionWords, key: inout [UInt8], ranges: inout [Range<Int>]) -> Bool {
    // (Nil inside: not a plain term.)
    let plain: Bool?? = term.utf8.withContiguousStorageIfAvailable { p -> Bool? in
      guard LexiconTerm.isPlain(p) else { return nil }
      guard let space = p.lastIndex(of: 0x20) else { return false }  // one token
      return words.lookup(p, (space + 1)..<p.count).isPreposition
    }
    if let plain, let answer = plain { return answer }
    LexiconTerm.folded(term, key: &key, ranges: &ranges, notPlain: plain != nil)
    guard ranges.count > 1, let last = ranges.last else { return false }
    return key.withUnsafeBufferPointer { words.lookup($0, last).isPreposition }
  }

  /// Gives the terms of each `same as` note one office: the index of the
  /// first speaker entry of the term named (a note that names none is
  /// left alone; `LexiconSet` reports it as LEX011), terms compared by
  /// their folded keys.
  /// Only the keys the notes name (their targets and their own terms')
  /// are looked for among the speaker entries: a plain term (its key is
  /// itself, `LexiconTerm.key`) is compared in place, so that the key of
  /// every speaker term is not made (an array each).
  /// `speakerEntries` are the entries with a speaker category, in order.
  private mutating func assignOffices(_ lexicon: [LexiconEntry], speakerEntries: [Int]) {
    // `SameAsTargets.notes(lexicon)`, read among the speaker entries only.
    var notes: [(entry: Int, target: [UInt8])] = []
    for i in speakerEntries where SameAsTargets.isSpeaker(lexicon[i].category) {
      guard let target = SameAsTargets.target(ofNote: lexicon[i].note) else { continue }
      notes.append((i, target))
    }
    guard !notes.isEmpty else { return }
    // The keys named, each once; for each note, its target's and its own.
    var wanted: [[UInt8]] = []
    func index(of key: [UInt8]) -> Int {
      if let w = wanted.firstIndex(of: key) { return w }
      wanted.append(key)
      return wanted.count - 1
    }
    let named = notes.map { note in (target: index(of: note.target), own: index(of: LexiconTerm.key(lexicon[note.entry].term))) }
    // The speaker entries whose key is one named, in order, with its index
    // in `wanted` (the keys there are distinct: a key is at most one).
    // (A bit for the length of each key named, up to 63: a plain term of
    // another length is none of them.)
    let lengths = wanted.reduce(UInt64(0)) { $0 | 1 &<< UInt64(min($1.count, 63)) }
    var speakers: [(entry: Int, key: Int)] = []
    for k in speakerEntries {
      let w = Self.index(of: lexicon[k].term, in: wanted, lengths: lengths)
      if w >= 0 { speakers.append((k, w)) }
    }
    for (target, own) in named {
      guard let t = speakers.first(where: { $0.key == target })?.entry else { continue }
      for (k, key) in speakers where key == target || key == own {
        self.entries[k].office = Int32(t)
      }
    }
  }

  /// The index in `keys` of `LexiconTerm.key(term)`, or -1; `lengths`
  /// has bit `min(count, 63)` of each key.
  private static func index(of term: String, in keys: [[UInt8]], lengths: UInt64) -> Int {
    let plain: Int? = term.utf8.withContiguousStorageIfAvailable { p -> Int in
      guard LexiconTerm.isPlain(p) else { return -2 }
      guard lengths & 1 &<< UInt64(min(p.count, 63)) != 0 else { return -1 }
      return keys.firstIndex { $0.count == p.count && $0.elementsEqual(p) } ?? -1
    }
    if let plain, plain != -2 { return plain }
    return keys.firstIndex(of: LexiconTerm.key(term)) ?? -1
  }

  /// The same vocabulary in buffers of its own, for another thread's
  /// engine (`Engine.deepCopy`): what `init` would build again.
  func deepCopy() -> AttributionVocabulary {
    AttributionVocabulary(copying: self)
  }

  private init(copying v: AttributionVocabulary) {
    entries = v.entries.freshCopy()
    weight = v.weight.freshCopy()
    endsWithPreposition = v.endsWithPreposition.freshCopy()
    cueNotes = v.cueNotes.freshCopy()
    headBack = v.headBack.freshCopy()
    words = v.words.deepCopy()
    marks = v.marks
  }
}

/// What a reporting entry's note says of the content the verb takes
/// (parts after its stance class, in reporting.tsv, each a word or two
/// and a colon):
/// - `clause only:` only a clause after `that` or a colon, or an object
///   with a quote in it; never a bare object (`recognized that the plan
///   had flaws` reports, `recognized Kosovo` is an act of state);
/// - `charge:` an object, then `of` and a verb in -ing, is what the verb
///   charges (`accused the government of refusing to …`).
struct CueNotes: OptionSet, Sendable {
  let rawValue: UInt8
  static let clauseOnly = CueNotes(rawValue: 1)
  static let charge = CueNotes(rawValue: 2)

  /// The words that set each note.
  static let words: [(CueNotes, String)] = [(.clauseOnly, "clause only:"), (.charge, "charge:")]

  init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The notes `note` holds (its words, ASCII case folded), read on the
  /// note's bytes in place: a report's note is read at every start, and
  /// copying each into arrays cost about 1.2 M instructions there.
  init(note: String) {
    var note = note
    self = note.withUTF8 { Self.read($0) }
  }

  /// `init(note:)` over the note's bytes.
  private static func read(_ p: UnsafeBufferPointer<UInt8>) -> CueNotes {
    var found: CueNotes = []
    for (flag, word) in words {
      let hit = word.utf8.withContiguousStorageIfAvailable { key -> Bool in
        guard let first = key.first, key.count <= p.count else { return false }
        var start = 0
        while start + key.count <= p.count {
          if asciiLower(p[start]) == first {
            var k = 1
            while k < key.count, asciiLower(p[start + k]) == key[k] { k += 1 }
            if k == key.count { return true }
          }
          start += 1
        }
        return false
      } ?? false
      if hit { found.insert(flag) }
    }
    return found
  }
}

/// A speaker-vocabulary match in the text: tokens `start..<end`.
struct SpeakerMatch: Sendable {
  var start: Int
  var end: Int
  var categories: SpeakerCategories
  var gender: Gender
  var pronoun: PronounClass
  /// Token id (`TokenIDs.exact`) of the match's head noun, its last token
  /// unless the term says otherwise (`AttributionVocabulary.headBack`):
  /// what later mentions are compared by (`the ministry` ↔ `Defense
  /// Ministry`, `Ministry of Foreign Affairs`).
  var head: Int32
  /// `AttributionVocabulary.Entry.office`: the office the term names, or -1.
  var office: Int32 = -1
}

/// A reporting verb or phrase in the text: tokens `start..<end`.
struct CueMatch: Sendable {
  var start: Int
  var end: Int
  /// Index into `PhraseMatcher.entries`.
  var entry: Int
}

/// The matches of every sentence of a document, in sentence order, as
/// `PhraseMatcher.matches(in:ids:into:)` found them (all layers).
struct SentenceMatches: Sendable {
  var matches: [PhraseMatch] = []
  /// `ends[s]`: where sentence `s`'s matches end in `matches`.
  var ends: [Int] = []

  init(sentences: Int) {
    ends.reserveCapacity(sentences)
  }

  /// Adds the next sentence's matches.
  mutating func append(_ sentence: [PhraseMatch]) {
    matches += sentence
    ends.append(matches.count)
  }

  /// Where sentence `s`'s matches are in `matches`.
  func range(_ s: Int) -> Range<Int> { (s == 0 ? 0 : ends[s - 1])..<ends[s] }
}

/// What the entries of a trie node say for attribution: its first report
/// entry and its speaker facts, as `TokenFacts.fill` reads them from the
/// entries of each match.
struct NodeFacts: Sendable {
  /// Index of the first report entry, or -1.
  var report: Int32 = -1
  var categories: SpeakerCategories = []
  var gender = Gender.unknown
  var pronoun = PronounClass.none
  /// `AttributionVocabulary.headBack` of the speaker entry that has one.
  var headBack: UInt8 = 0
  var office: Int32 = -1
  /// No report and no speaker entry: the match records nothing (about
  /// half the matches: those of the scoring layers).
  var isPlain: Bool { report < 0 && categories.isEmpty && gender == .unknown }
}

/// The `NodeFacts` of the trie nodes of `tables`' matcher met so far: a
/// node's entries are read once, not for every match of it. A worker keeps
/// one from document to document (`AttributionBuffers`); outside the pass,
/// not in `TokenFacts`, which the pass copies for every helper it calls.
///
/// `fill` reads them for every match of every layer, about half of them
/// plain. Three tables, from small to large, so that a match reads only
/// what stays in the cache: a node's state in two bits (`states`), then,
/// for a node that is not plain, its slot (`slots`, two bytes), and the
/// facts in that slot (`facts`, only the nodes not plain, in the order
/// first met). One table of facts by node (16 bytes a node) missed the
/// cache at a match in three, and the test of the facts waited for it.
struct MatcherNodes: Sendable {
  /// Two bits a node, 32 nodes a word: `unread`, `read` (not plain: its
  /// facts are in its slot) or `plain`.
  var states: [UInt64] = []
  /// For every node read and not plain, its index in `facts`; one per node
  /// met so far (the others 0).
  var slots: [UInt16] = []
  var facts: [NodeFacts] = []
  /// The tables the nodes are of (held, so that they cannot be freed and
  /// others take their place).
  var tables: MatcherTables? = nil
  /// Room where `TokenFacts.fill` writes the cues and speaker matches of a
  /// document's matches before it appends them (one of each per match,
  /// grown to the most matches yet). Kept here, with the worker, so that
  /// it is not made per document.
  var addedCues: [CueMatch] = []
  var addedSpeakers: [SpeakerMatch] = []

  static let unread: UInt64 = 0
  static let read: UInt64 = 1
  static let plain: UInt64 = 3
  /// The slots a 16-bit index tells apart. (A node met past them, never
  /// with the built-in lexicons, is left unread: its facts are read at
  /// every match.)
  static let maxSlots = Int(UInt16.max) + 1

  /// Forgets every node (the matcher's tables are others).
  mutating func removeAll() {
    states.removeAll()
    slots.removeAll()
    facts.removeAll()
  }

  /// Keeps `f` as the facts of node `node` (unread, inside the tables):
  /// its state, and for facts that are not plain a slot. False when no
  /// slot is left (the node stays unread).
  mutating func keep(_ f: NodeFacts, of node: Int) -> Bool {
    let shift = UInt64(truncatingIfNeeded: node & 31) &* 2
    if f.isPlain {
      states[node &>> 5] |= Self.plain &<< shift
      return true
    }
    guard facts.count < Self.maxSlots else { return false }
    slots[node] = UInt16(truncatingIfNeeded: facts.count)
    facts.append(f)
    states[node &>> 5] |= Self.read &<< shift
    return true
  }

  /// Makes room for node `node` in `slots` and `states`.
  mutating func grow(to node: Int) {
    slots.append(contentsOf: repeatElement(0, count: node + 1 - slots.count))
    states.append(contentsOf: repeatElement(0, count: (node &>> 5) + 1 - states.count))
  }
}

/// Per-token facts computed once per document: function-word class, shape
/// flags, and the speaker and reporting matches that cover each token. The
/// finders read only these arrays and never the text.
///
/// A token's class and flags are one 32-bit row (`flags`): the flags in the
/// low 24 bits, the class in the high 8, as the word memo keeps them
/// (`wordFacts`), so a word's row is its memo value with two bits added.
struct TokenFacts: Sendable {
  /// A token's row: shape flags, and its `WordClass` in the high byte
  /// (`word(_:)`; an option set's tests ignore it).
  struct Flags: OptionSet, Sendable {
    let rawValue: UInt32
    /// Starts with an upper-case letter (ASCII, Latin, Greek or Cyrillic).
    static let capitalized = Flags(rawValue: 1 << 0)
    /// Two or more letters, all upper case (`NATO`, `U.N.`).
    static let allCaps = Flags(rawValue: 1 << 1)
    static let word = Flags(rawValue: 1 << 2)
    static let number = Flags(rawValue: 1 << 3)
    static let comma = Flags(rawValue: 1 << 4)
    static let colon = Flags(rawValue: 1 << 5)
    /// `;`, a dash, or a bracket: ends a phrase like a comma but stronger.
    static let clausePunct = Flags(rawValue: 1 << 6)
    /// A terminal that ends its sentence (`.` after `Mr` does not).
    static let terminal = Flags(rawValue: 1 << 7)
    /// A quotation mark (not a possessive apostrophe).
    static let quote = Flags(rawValue: 1 << 8)
    static let doubleMark = Flags(rawValue: 1 << 9)
    /// The mark's shape says it opens (`“ ‘ „ «`).
    static let opens = Flags(rawValue: 1 << 10)
    /// The mark's shape says it closes (`” ’ »`).
    static let closes = Flags(rawValue: 1 << 11)
    /// `’s`, `'s`, or the apostrophe of a plural possessive (`Houthis’`).
    static let possessive = Flags(rawValue: 1 << 12)
    static let endsED = Flags(rawValue: 1 << 13)
    static let endsING = Flags(rawValue: 1 << 14)
    static let endsLY = Flags(rawValue: 1 << 15)
    /// Ends in a lower-case `s` (a plural noun or a present-tense verb).
    static let endsS = Flags(rawValue: 1 << 16)
    static let hyphenated = Flags(rawValue: 1 << 17)
    /// The speaker match covering the token (the last recorded) is a
    /// pronoun of this token alone, with a class: `pronoun(_:)` is not
    /// `.none`. Tested for every token of many phrases, most of them not
    /// pronouns: a bit of the row, not the match read through `speakerAt`.
    static let pronoun = Flags(rawValue: 1 << 18)
    static let openParen = Flags(rawValue: 1 << 19)
    /// A period that does not end its sentence: `Mr.`, `Gen.`, `J. F.`
    static let innerDot = Flags(rawValue: 1 << 20)
    /// The first word of a sentence (after any opening quotation mark): its
    /// capital says nothing about being a name.
    static let sentenceStart = Flags(rawValue: 1 << 21)
    /// A reporting cue covers the token (`cueAt` says which).
    static let inCue = Flags(rawValue: 1 << 22)
    /// A speaker match covers the token (`speakerAt` says which).
    static let inSpeaker = Flags(rawValue: 1 << 23)

    /// The token's function-word class, from the high byte. A row's high
    /// byte is always a class's raw value (`classify` writes no other;
    /// every constant leaves it 0), and a class is stored as its raw value
    /// (`WordClassLayoutTests`): the byte is the class, read without the
    /// call to `init(rawValue:)` that checking it again would cost.
    @inline(__always) var word: WordClass { unsafeBitCast(UInt8(truncatingIfNeeded: rawValue >> 24), to: WordClass.self) }

    /// The row of a word's facts `v` (`TokenFacts.wordFacts`: flags in the
    /// low 24 bits, a class's raw value in the high 8). A value whose high
    /// byte is no class (none is ever made) is clamped, so that every row
    /// holds a class: one comparison, where checking the class on every
    /// read costs a call.
    @inline(__always) static func row(_ v: UInt32) -> Flags {
      Flags(rawValue: min(v, UInt32(WordClass.last.rawValue) << 24 | 0xFF_FFFF))
    }
  }

  /// One row per token: flags and class (`word(_:)`).
  var flags: [Flags] = []
  var speakerMatches: [SpeakerMatch] = []
  /// For every token that a speaker match covers (`.inSpeaker`), the
  /// index of that match. (Neither refilled nor cut per document: a
  /// token's entry is read only where its row says a match covers it, so
  /// it may hold more entries than the document has tokens, from a longer
  /// one.)
  var speakerAt: [Int32] = []
  var cues: [CueMatch] = []
  /// For every token that a cue covers (`.inCue`), the index of that cue
  /// (read only there, as `speakerAt`).
  var cueAt: [Int32] = []
  /// The tokens flagged `.quote`, in order: the quote finder reads these
  /// instead of every token of a paragraph.
  var quoteTokens: [Int32] = []
  /// The vocabulary's marked grammar words (`WordMarks`), for the rare
  /// readers that look for one.
  var marks = WordMarks()

  /// Empty facts, to be filled by `fill` (a worker keeps one in its
  /// `Workspace` for the arrays' capacity).
  init() {}

  /// The facts of `document` (`fill`).
  init(document: Document, matcher: PhraseMatcher, ids: TokenIDs, vocabulary: AttributionVocabulary, matches: SentenceMatches? = nil) {
    fill(document: document, matcher: matcher, ids: ids, vocabulary: vocabulary, matches: matches)
  }

  /// Replaces the facts with those of `document`, in the arrays already
  /// held (emptied, capacity kept). `matches`, when given, are every
  /// sentence's matches over all layers (what the scorer found); otherwise
  /// the layers attribution reads are matched here. The result is the
  /// same: overlaps are resolved within each layer, and matches of other
  /// layers carry no report or speaker entry.
  mutating func fill(document: Document, matcher: PhraseMatcher, ids: TokenIDs, vocabulary: AttributionVocabulary, matches: SentenceMatches? = nil) {
    var nodes = MatcherNodes()
    fill(document: document, matcher: matcher, ids: ids, vocabulary: vocabulary, matches: matches, nodes: &nodes)
  }

  /// `fill(document:matcher:ids:vocabulary:matches:)` with the matcher's
  /// node facts read so far (a worker's, kept from document to document).
  mutating func fill(document: Document, matcher: PhraseMatcher, ids: TokenIDs, vocabulary: AttributionVocabulary, matches: SentenceMatches?, nodes: inout MatcherNodes) {
    let n = document.tokens.count
    marks = vocabulary.marks
    // Moved out while filled through raw pointers (one owner, no copy).
    var flags: [Flags] = []
    var quoteTokens: [Int32] = []
    swap(&flags, &self.flags)
    swap(&quoteTokens, &self.quoteTokens)
    // `classify` writes every token's row: the array is only sized, not
    // filled first.
    flags.resize(count: n, filler: [])
    quoteTokens.removeAll(keepingCapacity: true)
    document.text.withUnsafeBufferPointer { p in
      document.tokens.withUnsafeBufferPointer { tokens in
        flags.withUnsafeMutableBufferPointer { flags in
          ids.wordFacts.withUnsafeBufferPointer { wordFacts in
            Self.classify(p, tokens, vocabulary.words, wordFacts: wordFacts.count == n ? wordFacts : nil, flags: flags, quotes: &quoteTokens)
          }
          for sentence in document.sentences { Self.markSentence(sentence.tokens, p, tokens, flags: flags) }
          Self.markNameWords(flags)
        }
      }
    }
    swap(&flags, &self.flags)
    swap(&quoteTokens, &self.quoteTokens)
    // (Grown, never cut: `speakerAt`.)
    if speakerAt.count < n { speakerAt.resize(count: n, filler: -1) }
    if cueAt.count < n { cueAt.resize(count: n, filler: -1) }
    speakerMatches.removeAll(keepingCapacity: true)
    cues.removeAll(keepingCapacity: true)
    if nodes.tables !== matcher.tables {
      nodes.removeAll()
      nodes.tables = matcher.tables
    }
    var buffer: [PhraseMatch] = []
    let given = matches.flatMap { $0.ends.count == document.sentences.count ? $0 : nil }
    if let given {
      // At most one cue and one speaker match per match: one allocation
      // each instead of growing.
      cues.reserveCapacity(given.matches.count)
      speakerMatches.reserveCapacity(given.matches.count)
      // Every sentence's matches, in sentence order: all at once.
      record(given.matches[0..<(given.ends.last ?? 0)], matcher: matcher, entries: vocabulary.entries, headBack: vocabulary.headBack, rows: ids.rows, nodes: &nodes)
    } else {
      for sentence in document.sentences {
        buffer.removeAll(keepingCapacity: true)
        matcher.matches(in: sentence.tokens, ids: ids, layers: Self.layers, into: &buffer)
        record(buffer[...], matcher: matcher, entries: vocabulary.entries, headBack: vocabulary.headBack, rows: ids.rows, nodes: &nodes)
      }
    }
  }

  /// Adds the cues and speaker matches among `found` (in text order);
  /// `rows` are the document's token ids (`TokenIDs.rows`).
  /// `nodes` are the facts of the matcher's nodes read so far
  /// (`MatcherNodes`).
  private mutating func record(_ found: ArraySlice<PhraseMatch>, matcher: PhraseMatcher, entries: [AttributionVocabulary.Entry], headBack: [UInt8], rows: [TokenIDs.Row], nodes: inout MatcherNodes) {
    if found.isEmpty { return }
    // The arrays written are moved out and the per-token ones written
    // through buffers: one owner, so no uniqueness check of `self`'s
    // arrays for every token of every cue. (`fill` sized the three tables
    // to the document's tokens at least; a match's tokens are the
    // document's.)
    var flags: [Flags] = []
    var cueAt: [Int32] = []
    var speakerAt: [Int32] = []
    var cues: [CueMatch] = []
    var speakerMatches: [SpeakerMatch] = []
    swap(&flags, &self.flags)
    swap(&cueAt, &self.cueAt)
    swap(&speakerAt, &self.speakerAt)
    swap(&cues, &self.cues)
    swap(&speakerMatches, &self.speakerMatches)
    defer {
      swap(&flags, &self.flags)
      swap(&cueAt, &self.cueAt)
      swap(&speakerAt, &self.speakerAt)
      swap(&cues, &self.cues)
      swap(&speakerMatches, &self.speakerMatches)
    }
    precondition(cueAt.count >= flags.count && speakerAt.count >= flags.count, "token tables shorter than the document")
    // Each match adds at most one cue and one speaker match: they are
    // written into room for as many as the matches (no uniqueness or
    // capacity check per append), then appended at once.
    // (The room is the worker's, `MatcherNodes.addedCues` and
    // `addedSpeakers`, grown to the most matches yet.)
    var addedCues: [CueMatch] = []
    var addedSpeakers: [SpeakerMatch] = []
    swap(&addedCues, &nodes.addedCues)
    swap(&addedSpeakers, &nodes.addedSpeakers)
    defer {
      swap(&addedCues, &nodes.addedCues)
      swap(&addedSpeakers, &nodes.addedSpeakers)
    }
    if addedCues.count < found.count { addedCues = Array(repeating: CueMatch(start: 0, end: 0, entry: 0), count: found.count) }
    if addedSpeakers.count < found.count { addedSpeakers = Array(repeating: SpeakerMatch(start: 0, end: 0, categories: [], gender: .unknown, pronoun: .none, head: -1), count: found.count) }
    addedCues.withUnsafeMutableBufferPointer { newCues in
      addedSpeakers.withUnsafeMutableBufferPointer { newSpeakers in
        var added = Added(cues: newCues.baseAddress!, cueBase: cues.count, speakers: newSpeakers.baseAddress!, speakerBase: speakerMatches.count)
        flags.withUnsafeMutableBufferPointer { flags in
          cueAt.withUnsafeMutableBufferPointer { cueAt in
            speakerAt.withUnsafeMutableBufferPointer { speakerAt in
              // The matches are read through a buffer (no slice bounds per
              // match): about half are plain (the scoring layers'); all are
              // known after the first documents, and a plain one costs a load
              // and two tests.
              found.withUnsafeBufferPointer { found in
                // The node tables through their buffers, left only for a node
                // not read yet (the first documents): to grow the tables, or
                // to read its facts. (Read through the `inout` arrays, every
                // match reloaded their addresses and counts.)
                var next = 0
                while next < found.count {
                  next = nodes.states.withUnsafeBufferPointer { states -> Int in
                    nodes.slots.withUnsafeBufferPointer { slots -> Int in
                      nodes.facts.withUnsafeBufferPointer { known -> Int in
                        var i = next
                        while i < found.count {
                          let node = Int(found[i].node)
                          guard node < slots.count else { return i }
                          let state = states[node &>> 5] &>> (UInt64(truncatingIfNeeded: node & 31) &* 2) & 3
                          if state == MatcherNodes.plain {
                            i += 1
                            continue
                          }
                          guard state == MatcherNodes.read else { return i }
                          Self.add(found[i], known[Int(slots[node])], flags: flags, cueAt: cueAt, speakerAt: speakerAt, into: &added, rows: rows)
                          i += 1
                        }
                        return i
                      }
                    }
                  }
                  guard next < found.count else { break }
                  // A node past the tables, or not read yet.
                  let m = found[next]
                  let node = Int(m.node)
                  if node >= nodes.slots.count { nodes.grow(to: node) }
                  let f = Self.nodeFacts(m, matcher: matcher, entries: entries, headBack: headBack)
                  if !nodes.keep(f, of: node) {
                    // (No slot left: recorded here, as every time it is met.)
                    Self.add(m, f, flags: flags, cueAt: cueAt, speakerAt: speakerAt, into: &added, rows: rows)
                    next += 1
                  }
                }
              }
            }
          }
        }
        cues.append(contentsOf: UnsafeBufferPointer(start: added.cues, count: added.cueCount))
        speakerMatches.append(contentsOf: UnsafeBufferPointer(start: added.speakers, count: added.speakerCount))
      }
    }
  }

  /// Where `record` writes the cues and speaker matches it adds (room for
  /// one of each per match), and how many are written; their indices in
  /// `cues` and `speakerMatches` start at the counts those held before.
  private struct Added {
    let cues: UnsafeMutablePointer<CueMatch>
    let cueBase: Int
    let speakers: UnsafeMutablePointer<SpeakerMatch>
    let speakerBase: Int
    var cueCount = 0
    var speakerCount = 0

    init(cues: UnsafeMutablePointer<CueMatch>, cueBase: Int, speakers: UnsafeMutablePointer<SpeakerMatch>, speakerBase: Int) {
      self.cues = cues
      self.cueBase = cueBase
      self.speakers = speakers
      self.speakerBase = speakerBase
    }
  }

  /// Whether cue `start..<end` is a noun's or an adjective's use of its
  /// verb: after a determiner, one word or a form in -ing (`a lawyer for
  /// four of the accused`, `a reported 40 deaths`, `in her ruling that`;
  /// not `the diplomats said`); or one word in -ed after a determiner or
  /// an owner and an adverb in -ly, before a plain lower-case word (`Yemen’s
  /// internationally recognized government`; not `have categorically
  /// denied supplying`).
  @inline(__always)
  private static func isNounOrAdjective(_ start: Int, _ end: Int, flags: UnsafeMutableBufferPointer<Flags>) -> Bool {
    guard start > 0 else { return false }
    let before = flags[start - 1]
    if before.word == .determiner { return end == start + 1 || flags[start].contains(.endsING) }
    // A verb's form in -s after a quantifier is a plural noun: a verb
    // there would agree with a plural (`by most estimates`, `some reports`;
    // `many say`, `most believe` are verbs).
    if before.word == .quantifier { return end == start + 1 && flags[start].contains(.endsS) }
    guard start > 1, end == start + 1, end < flags.count, flags[start].contains(.endsED), before.contains(.endsLY), !before.contains(.capitalized) else { return false }
    let owner = flags[start - 2]
    guard owner.word == .determiner || owner.contains(.possessive) else { return false }
    let after = flags[end]
    return after.contains(.word) && !after.contains(.capitalized) && after.word == .none
  }

  /// Whether one-token cue `start` is a word of a name: capitalized inside
  /// a sentence, between two capitalized words that are no all-capitals
  /// (`Captain Amina Said Bwanaheri, said`, `Edward Said Hall`).
  @inline(__always)
  private static func isNamePart(_ start: Int, _ end: Int, flags: UnsafeMutableBufferPointer<Flags>) -> Bool {
    guard end == start + 1, start > 0, end < flags.count else { return false }
    let f = flags[start]
    guard f.contains(.capitalized), !f.contains(.allCaps), !f.contains(.sentenceStart) else { return false }
    let name: Flags = [.word, .capitalized]
    let before = flags[start - 1]
    let after = flags[end]
    return before.isSuperset(of: name) && after.isSuperset(of: name) && !before.contains(.allCaps) && !after.contains(.allCaps)
  }

  /// Records match `m`, whose node's facts are `f` (not plain): a cue, a
  /// speaker match, or both, on its tokens.
  @inline(__always)
  private static func add(_ m: PhraseMatch, _ f: NodeFacts, flags: UnsafeMutableBufferPointer<Flags>, cueAt: UnsafeMutableBufferPointer<Int32>, speakerAt: UnsafeMutableBufferPointer<Int32>, into added: inout Added, rows: [TokenIDs.Row]) {
    let start = Int(m.start)
    let end = Int(m.end)
    precondition(start >= 0 && start < end && end <= flags.count, "match outside the document")
    // A verb's form used as a noun or an adjective, or inside a name, is
    // no cue, so that the phrase around it reads as a noun phrase.
    if f.report >= 0, !isNounOrAdjective(start, end, flags: flags), !isNamePart(start, end, flags: flags) {
      let index = Int32(truncatingIfNeeded: added.cueBase &+ added.cueCount)
      for k in start..<end {
        cueAt[k] = index
        flags[k].insert(.inCue)
      }
      (added.cues + added.cueCount).pointee = CueMatch(start: start, end: end, entry: Int(f.report))
      added.cueCount &+= 1
    }
    // (A given name has no category: only its gender.)
    if !f.categories.isEmpty || f.gender != .unknown {
      let index = Int32(truncatingIfNeeded: added.speakerBase &+ added.speakerCount)
      // (Set or cleared on every token: a match recorded later, which
      // `speakerAt` then names, decides.)
      let pronoun = f.categories.contains(.pronoun) && f.pronoun != .none && end == start + 1 ? Flags.pronoun.rawValue : 0
      // A speaker noun in -ly is no adverb: `the assembly said`, `the
      // family said`.
      let notAdverb = f.categories.intersection(.heads).isEmpty ? 0 : Flags.endsLY.rawValue
      for k in start..<end {
        speakerAt[k] = index
        flags[k] = Flags(rawValue: flags[k].rawValue & ~(Flags.pronoun.rawValue | notAdverb) | Flags.inSpeaker.rawValue | pronoun)
      }
      (added.speakers + added.speakerCount).pointee = SpeakerMatch(start: start, end: end, categories: f.categories, gender: f.gender, pronoun: f.pronoun, head: rows[max(start, end - 1 - Int(f.headBack))].exact, office: f.office)
      added.speakerCount &+= 1
    }
  }

  /// The facts of match `m`'s node, read from its entries: the first
  /// report entry; the union of the speaker categories, and the last
  /// gender and pronoun given.
  static func nodeFacts(_ m: PhraseMatch, matcher: PhraseMatcher, entries: [AttributionVocabulary.Entry], headBack: [UInt8]) -> NodeFacts {
    var f = NodeFacts()
    for i in matcher.entryRange(m) {
      let e = Int(matcher.entryID(at: i))
      let entry = entries[e]
      if entry.isReport {
        if f.report < 0 { f.report = Int32(e) }
        continue
      }
      let c = entry.speaker
      if c.isEmpty, entry.gender == .unknown { continue }
      f.categories.formUnion(c)
      if entry.gender != .unknown { f.gender = entry.gender }
      if entry.pronoun != .none { f.pronoun = entry.pronoun }
      if entry.office >= 0, f.office < 0 { f.office = entry.office }
      if f.headBack == 0, !headBack.isEmpty { f.headBack = headBack[e] }
    }
    return f
  }

  /// The matcher layers attribution reads: reporting cues and speaker
  /// vocabulary.
  static let layers = LexiconCategory.report.layer..<(LexiconCategory.speakerTitle.layer + 1)

  /// The facts of a word token that depend on its bytes alone, in 32 bits
  /// (`TokenIDs.wordFacts`, kept in the engine's `WordMemo`): its shape
  /// flags and `.word` in the low 24 bits, its function-word class in the
  /// high 8. This is the token's whole row (`Flags.row`): `classify`
  /// copies the memo's values as they are.
  static func wordFacts(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ words: FunctionWords) -> UInt32 {
    let (shapeFlags, key) = shape(p, r)
    var v = shapeFlags.rawValue & 0xFF_FFFF | Flags.word.rawValue
    if let key { v |= UInt32(words.lookup(key).rawValue) << 24 }
    return v
  }

  /// The row (class and shape flags) of every token; `wordFacts`, when
  /// given, holds those of the word tokens (`wordFacts(_:_:_:)`, 0 for
  /// the others). The tokens flagged `.quote` are appended to `quotes`.
  private static func classify(_ p: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ words: FunctionWords, wordFacts: UnsafeBufferPointer<UInt32>?, flags: UnsafeMutableBufferPointer<Flags>, quotes: inout [Int32]) {
    let n = tokens.count
    guard let wordFacts, n > 0, let source = wordFacts.baseAddress, let rows = flags.baseAddress else {
      for i in 0..<n { classifyOther(i, p, tokens, words, wordFacts: nil, flags: flags, quotes: &quotes) }
      return
    }
    // Most tokens are words whose facts the memo holds, and a word's row
    // is its memo value as it is (`wordFacts(_:_:_:)`: a word is never a
    // quote or a possessive). So the values are copied whole and only the
    // other tokens are visited (about 5 instructions a token, where a row
    // put together per word cost 14). Every value is one `wordFacts`
    // made, or 0 (the engine's `tokenIDs`): its high byte is a class.
    assert(wordFacts.allSatisfy { $0 == Flags.row($0).rawValue }, "a word's facts that are no row")
    precondition(wordFacts.count == n && flags.count == n, "token tables of different sizes")
    UnsafeMutableRawPointer(rows).copyMemory(from: source, byteCount: n * MemoryLayout<UInt32>.stride)
    // The other tokens are found 64 at a time, as the rows without
    // `.word` (theirs are 0; a word's always has it): a mask of a block's
    // rows made 16 at a time with vector operations, whose set bits are
    // then visited. (A test of every token's kind mispredicted at most
    // tokens between words.) A word visited all the same would be given
    // its memo value again. The common other tokens (numbers, terminals,
    // one-byte punctuation, quotes) are written here; the rest (clitics,
    // longer punctuation) out of line.
    var block = 0
    while block < n {
      let end = min(block &+ 64, n)
      var others = Self.rowsWithoutWord(UnsafePointer(rows + block), count: end &- block)
      while others != 0 {
        let i = block &+ others.trailingZeroBitCount
        others &= others &- 1
        let t = tokens[i]
        if t.kind == .punctuation, t.end &- t.start == 1 {
          flags[i] = punctuation(p[Int(t.start)], spaceBefore: t.spaceBefore)
        } else if t.kind == .terminal {
          flags[i] = t.end &- t.start == 1 && p[Int(t.start)] == UInt8(ascii: ".") ? .innerDot : []
        } else if t.kind == .number {
          flags[i] = Self.numberRow(p, Int(t.start)..<Int(t.end))
        } else if t.kind == .quote {
          // (Here, not out of line: a token in twenty-five is a quote,
          // and the call cost more than its row.)
          let f = quoteRow(i, p, tokens)
          flags[i] = f
          if f.contains(.quote) { quotes.append(Int32(truncatingIfNeeded: i)) }
        } else {
          classifyOther(i, p, tokens, words, wordFacts: wordFacts, flags: flags, quotes: &quotes)
        }
      }
      block = end
    }
  }

  /// Bit k set: row `rows[k]` (k < `count` <= 64) has no `.word`.
  @inline(__always)
  private static func rowsWithoutWord(_ rows: UnsafePointer<Flags>, count: Int) -> UInt64 {
    let raw = UnsafeRawPointer(rows)
    var words: UInt64 = 0
    var k = 0
    // Lane j of 16 rows: 1 << j where the row has `.word`, summed. (A
    // compare and a mask: vector shifts by lane are dear without AVX2.)
    let powers = SIMD16<UInt32>(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768)
    let word = SIMD16<UInt32>(repeating: Flags.word.rawValue)
    let none = SIMD16<UInt32>(repeating: 0)
    while k &+ 16 <= count {
      let v = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD16<UInt32>.self)
      words |= UInt64(none.replacing(with: powers, where: v & word .!= none).wrappedSum()) &<< UInt64(k)
      k &+= 16
    }
    let wordShift = UInt32(Flags.word.rawValue.trailingZeroBitCount)
    while k < count {
      words |= UInt64(rows[k].rawValue &>> wordShift & 1) &<< UInt64(k)
      k &+= 1
    }
    // (Bits at `count` and above stay clear.)
    return ~words & (count == 64 ? UInt64.max : (1 &<< UInt64(count)) &- 1)
  }

  /// The row of a punctuation token that starts with byte `b`: a comma,
  /// colon, clause punctuation (`;`, brackets, a dash set apart by a
  /// space) or nothing.
  @inline(__always)
  private static func punctuation(_ b: UInt8, spaceBefore: Bool) -> Flags {
    switch b {
    case UInt8(ascii: ","): return .comma
    case UInt8(ascii: ":"): return .colon
    case UInt8(ascii: ";"), UInt8(ascii: ")"), UInt8(ascii: "]"): return .clausePunct
    case UInt8(ascii: "("), UInt8(ascii: "["): return [.clausePunct, .openParen]
    case UInt8(ascii: "-"): return spaceBefore ? .clausePunct : []  // " - " or " -- " used as a dash
    default: return []
    }
  }

  /// Whether bytes `before` and `after` an en dash are both parts of
  /// words: a letter or digit, or a byte of a Latin letter's UTF-8 form
  /// (0xC3…0xDF leads it, 0x80…0xBF ends it).
  @inline(__always)
  private static func joinsWords(_ before: UInt8, _ after: UInt8) -> Bool {
    (Tokenizer.isWordByte(before) || before &- 0x80 < 0x40) && (Tokenizer.isWordByte(after) || after &- 0xC3 < 0x1D)
  }

  /// A number's row: `.number`, and `.hyphenated` when a hyphen joins it
  /// to a word (`81-year-old`, `20-member`: a measure, which may stand
  /// before a name as a lower-case word does).
  @inline(__always)
  private static func numberRow(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Flags {
    r.contains { p[$0] == UInt8(ascii: "-") } ? [.number, .hyphenated] : .number
  }

  /// The row of token `i` read from its bytes: a token that is not a word
  /// whose facts the memo holds (`classify`).
  @inline(never)
  private static func classifyOther(_ i: Int, _ p: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ words: FunctionWords, wordFacts: UnsafeBufferPointer<UInt32>?, flags: UnsafeMutableBufferPointer<Flags>, quotes: inout [Int32]) {
    let t = tokens[i]
    let r = Int(t.start)..<Int(t.end)
    var f: Flags = []
    switch t.kind {
    case .word, .clitic:
      if t.kind == .word {
        let v = wordFacts?[i] ?? Self.wordFacts(p, r, words)
        f.formUnion(Flags.row(v))
      } else {
        f.formUnion(Flags(rawValue: UInt32(words.lookup(p, r).rawValue) << 24))
      }
      if t.kind == .clitic, r.count >= 2, p[r.upperBound - 1] | 0x20 == UInt8(ascii: "s"), p[r.upperBound - 2] == UInt8(ascii: "'") || p[r.upperBound - 2] == 0x99 {
        f.insert(.possessive)
      }
    case .number:
      f = numberRow(p, r)
    case .quote:
      f = quoteRow(i, p, tokens)
    case .terminal:
      // Whether it ends its sentence is decided from the sentences.
      if r.count == 1, p[r.lowerBound] == UInt8(ascii: ".") { f.insert(.innerDot) }
    case .punctuation:
      let b = p[r.lowerBound]
      if b == 0xE2, r.count == 3, p[r.lowerBound + 1] == 0x80, p[r.lowerBound + 2] == 0x94 || p[r.lowerBound + 2] == 0x93 {
        // — –, but an en dash between two words with no space joins them,
        // as a hyphen does (`the Lyon–Turin rail link`, `2019–2020`).
        if !(p[r.lowerBound + 2] == 0x93 && r.lowerBound > 0 && r.upperBound < p.count && Self.joinsWords(p[r.lowerBound - 1], p[r.upperBound])) {
          f.insert(.clausePunct)
        }
      } else {
        f = punctuation(b, spaceBefore: t.spaceBefore)
      }
    }
    flags[i] = f
    if f.contains(.quote) { quotes.append(Int32(i)) }
  }

  /// The row of quote token `i`: its mark (`mark`), or `.possessive` for
  /// a closing apostrophe glued to a word in -s and followed by a word or
  /// a number, a plural possessive (`the Houthis’ committee`, `the two
  /// countries’ 54 shared rivers`), not a quote.
  @inline(__always)
  private static func quoteRow(_ i: Int, _ p: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>) -> Flags {
    let t = tokens[i]
    let f = mark(p, Int(t.start)..<Int(t.end))
    if !f.contains(.doubleMark), !t.spaceBefore, i > 0, i + 1 < tokens.count, tokens[i + 1].spaceBefore,
      tokens[i - 1].kind == .word, p[Int(tokens[i - 1].end) - 1] | 0x20 == UInt8(ascii: "s"),
      tokens[i + 1].kind == .word || tokens[i + 1].kind == .number
    {
      return [.possessive]
    }
    return f
  }

  /// Two readings of function words inside names, in one pass:
  /// - `Banco do Brasil`, `Correio do Povo`, `Maria do Carmo`: a
  ///   lower-case `do` between two capitalized words (the first no function
  ///   word: not `How do Americans`) is a Portuguese name's particle, not
  ///   the auxiliary the grammar lexicon lists, so that every reader of
  ///   names runs over it as over `da` and `dos`.
  /// - `The WHO said`, `an analyst at AM Best`, `IS fighters`: a function
  ///   word in capitals, with no word in capitals right before or after
  ///   it, is an acronym, a name's word of no grammar class. (In a run of
  ///   capitals it keeps its class: `THE HAGUE`, a headline.)
  /// (Both are rare: 16 rows at a time are tested, and only a hit is
  /// looked at.)
  private static func markNameWords(_ flags: UnsafeMutableBufferPointer<Flags>) {
    let n = flags.count
    guard n >= 1, let base = flags.baseAddress else { return }
    let raw = UnsafeRawPointer(base)
    let shift = UInt32(24)
    let target = SIMD16<UInt32>(repeating: UInt32(WordClass.do.rawValue) << shift)
    let wordClass = SIMD16<UInt32>(repeating: 0xFF00_0000)
    let capitals = SIMD16<UInt32>(repeating: Flags.allCaps.rawValue)
    let none = SIMD16<UInt32>(repeating: 0)
    func mark(_ j: Int) {
      let f = flags[j]
      if f.contains(.allCaps) {
        guard f.word != .none, f.contains(.word), j == 0 || !flags[j - 1].contains(.allCaps), j + 1 == n || !flags[j + 1].contains(.allCaps) else { return }
        flags[j] = Flags(rawValue: f.rawValue & 0xFF_FFFF)
        return
      }
      guard j >= 1, j + 1 < n, f.word == .do, !f.contains(.capitalized), flags[j - 1].contains(.capitalized), flags[j - 1].word == .none,
        flags[j + 1].contains(.capitalized), flags[j + 1].contains(.word)
      else { return }
      flags[j] = Flags(rawValue: f.rawValue & 0xFF_FFFF | UInt32(WordClass.nameParticle.rawValue) << shift)
    }
    var k = 0
    while k &+ 16 <= n {
      // (A mask, not a shift: vector shifts are dear without AVX2.)
      let v = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD16<UInt32>.self)
      if any((v & wordClass) .== target) || any((v & capitals) .!= none) { for j in k..<(k &+ 16) { mark(j) } }
      k &+= 16
    }
    while k < n {
      mark(k)
      k &+= 1
    }
  }

  /// Marks a sentence's first word and the terminal that ends it (after
  /// any closing quotes and brackets).
  private static func markSentence(_ range: Range<Int>, _ p: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, flags: UnsafeMutableBufferPointer<Flags>) {
    var first = range.lowerBound
    while first + 1 < range.upperBound, tokens[first].kind == .quote { first += 1 }
    flags[first].insert(.sentenceStart)
    var t = range.upperBound - 1
    while t > range.lowerBound, tokens[t].kind == .quote || (tokens[t].kind == .punctuation && tokens[t].length == 1 && (p[Int(tokens[t].start)] == UInt8(ascii: ")") || p[Int(tokens[t].start)] == UInt8(ascii: "]"))) {
      t -= 1
    }
    if tokens[t].kind == .terminal {
      flags[t].insert(.terminal)
      flags[t].remove(.innerDot)
    }
  }

  // MARK: Reading

  @inline(__always) func has(_ i: Int, _ f: Flags) -> Bool { flags[i].contains(f) }
  /// The function-word class of token `i`.
  @inline(__always) func word(_ i: Int) -> WordClass { flags[i].word }
  @inline(__always) func isCapitalized(_ i: Int) -> Bool { flags[i].contains(.capitalized) }
  @inline(__always) func isComma(_ i: Int) -> Bool { flags[i].contains(.comma) }
  @inline(__always) func isTerminal(_ i: Int) -> Bool { flags[i].contains(.terminal) }
  @inline(__always) func isQuote(_ i: Int) -> Bool { flags[i].contains(.quote) }

  /// Takes the quote flag off token `i` (an apostrophe the tokenizer could
  /// not tell from a closing mark: `AttributionPass.clearApostrophes`).
  mutating func clearQuote(_ i: Int) { flags[i].remove(.quote) }

  /// The first comma in `range`, or nil: a walk over the flags' buffer,
  /// checked once, four tokens a step (two 8-byte reads, one test of the
  /// comma's bit in the four rows together) up to the four that hold it,
  /// then token by token.
  func firstComma(in range: Range<Int>) -> Int? {
    precondition(range.lowerBound >= 0 && range.upperBound <= flags.count, "range outside the document")
    return flags.withUnsafeBufferPointer { flags in
      var i = range.lowerBound
      if MemoryLayout<Flags>.stride == 4, let base = flags.baseAddress {
        let raw = UnsafeRawPointer(base)
        let comma = UInt64(Flags.comma.rawValue)
        let mask = comma | comma << 32
        while i &+ 4 <= range.upperBound {
          let a = raw.loadUnaligned(fromByteOffset: i &* 4, as: UInt64.self)
          let b = raw.loadUnaligned(fromByteOffset: i &* 4 &+ 8, as: UInt64.self)
          if (a | b) & mask != 0 { break }
          i &+= 4
        }
      }
      while i < range.upperBound {
        if flags[i].contains(.comma) { return i }
        i &+= 1
      }
      return nil
    }
  }

  /// The quote tokens (`quoteTokens`) inside `range`.
  func quoteTokens(in range: Range<Int>) -> ArraySlice<Int32> {
    quoteTokens[quoteTokenIndices(in: range)]
  }

  /// Where the quote tokens inside `range` are in `quoteTokens`: for a
  /// reader of every paragraph (`QuoteFinder`), which reads them in place
  /// (a slice retained and released the array, about 80 instructions).
  func quoteTokenIndices(in range: Range<Int>) -> Range<Int> {
    quoteTokens.withUnsafeBufferPointer { quotes in
      let lo = branchFreeLowerBound(count: quotes.count, range.lowerBound) { Int(quotes[$0]) }
      var end = lo
      while end < quotes.count, Int(quotes[end]) < range.upperBound { end += 1 }
      return lo..<end
    }
  }

  /// The speaker match covering token `i`, if any.
  @inline(__always) func speaker(_ i: Int) -> SpeakerMatch? {
    flags[i].contains(.inSpeaker) ? speakerMatches[Int(speakerAt[i])] : nil
  }

  /// Token `i` is in a body's or an outlet's noun (`SpeakerCategories.isBody`).
  @inline(__always) func isBodyNoun(_ i: Int) -> Bool { speaker(i)?.categories.isBody ?? false }

  /// Token `i` is a plain lower-case modifier or noun: a word of no
  /// grammar class but an adjective, and no speaker's noun (`an internal
  /// estimate`, `the federal housing agency`, `the latest report`).
  @inline(__always) func isPlainModifier(_ i: Int) -> Bool {
    has(i, .word) && !isCapitalized(i) && (word(i) == .none || word(i) == .adjective) && speaker(i) == nil
  }

  /// Token `i` of `document` is a grammar word with `mark` (`WordMarks`).
  /// (Marked words are grammar words: a word of no class is none, told by
  /// its row before any byte is read.)
  func isMarked(_ i: Int, _ mark: WordMark, in document: Document) -> Bool { word(i) != .none && marks.has(mark, i, in: document) }

  /// The cue covering token `i`, if any.
  @inline(__always) func cue(_ i: Int) -> CueMatch? {
    flags[i].contains(.inCue) ? cues[Int(cueAt[i])] : nil
  }

  /// A pronoun match that is exactly token `i`.
  func pronoun(_ i: Int) -> PronounClass {
    flags[i].contains(.pronoun) ? speakerMatches[Int(speakerAt[i])].pronoun : .none
  }

  /// The comma that opens an appositive whose noun is speaker match `s`, a
  /// lower-case noun that a comma or the sentence's end closes (`Hanbit
  /// Telecom, South Korea’s third-largest mobile carrier,`): up to six
  /// modifiers before the noun (a determiner, adjectives, a possessive
  /// name), no verb, preposition or quote, so `a spokesman for the
  /// company,` opens none. The name it sets off ends at the comma.
  func appositiveComma(before s: SpeakerMatch) -> Int? {
    guard s.end < flags.count, !isCapitalized(s.end - 1), isComma(s.end) || isTerminal(s.end) || opensNounModifier(s.end) else { return nil }
    var k = s.start - 1
    while k >= 0, s.start - k <= 6, !isComma(k) {
      let w = word(k)
      guard has(k, .word) || has(k, .number) || has(k, .possessive), w == .none || w == .determiner || w == .adjective, !isVerbSignal(k) else { return nil }
      k -= 1
    }
    return k >= 1 && isComma(k) ? k : nil
  }

  /// Whether token `i` opens a clause or participle phrase that describes
  /// the noun before it: a relative (`the company that owns the mine`) or
  /// a form in -ed before a preposition (`the tribunal created under the
  /// accord`).
  func opensNounModifier(_ i: Int) -> Bool {
    let w = word(i)
    if w == .relative || w == .that { return true }
    return has(i, .endsED) && !isCapitalized(i) && i + 1 < flags.count && word(i + 1).isPreposition
  }

  /// An adverb that may sit between a subject and its verb or a verb and its
  /// complement: a listed one (lower case, or capitalized only where it
  /// opens its sentence), or a lower-case word in `-ly` (not `only` as an
  /// adjective is rare enough to ignore).
  @inline(__always) func isAdverb(_ i: Int) -> Bool {
    let f = flags[i]
    // (Capitalized inside a sentence, a listed adverb is a name's word:
    // `Human Rights First said`.)
    return (f.word == .adverb && (!f.contains(.capitalized) || f.contains(.sentenceStart))) || (f.contains(.endsLY) && !f.contains(.capitalized))
  }

  /// A sign of a finite verb: an auxiliary or modal, or a lower-case word in
  /// `-ed` or an irregular past form (`grammar.verb`). A copula that is also
  /// a noun is none after a determiner (`A look at the figures`).
  @inline(__always) func isVerbSignal(_ i: Int) -> Bool {
    let f = flags[i]
    let w = f.word
    if w.isAuxiliary { return w != .be || i == 0 || flags[i &- 1].word != .determiner }
    return (f.contains(.endsED) || w == .pastVerb) && !f.contains(.capitalized)
  }

  /// Whether some token of `range` is a verb signal (`isVerbSignal`). (A
  /// loop here, not `contains(where:)` at the caller: a closure that reads
  /// the facts there copied the whole attribution pass.)
  func hasVerbSignal(in range: Range<Int>) -> Bool {
    for i in range where isVerbSignal(i) { return true }
    return false
  }

  /// Calls `body` with the facts read through buffers (`TokenFactsView`):
  /// for a reader of many tokens, one bounds check at its entry instead of
  /// one per read.
  @inline(__always)
  func withView<R>(_ body: (TokenFactsView) -> R) -> R {
    flags.withUnsafeBufferPointer { flags in
      speakerAt.withUnsafeBufferPointer { speakerAt in
        speakerMatches.withUnsafeBufferPointer { speakers in
          body(TokenFactsView(flags: flags, speakerAt: speakerAt, speakerMatches: speakers))
        }
      }
    }
  }

  // MARK: Building

  /// Shape flags of a word token and, when it is short and ASCII, its
  /// packed form for the function-word table. A word of up to 16 bytes
  /// with 16 bytes of text from its start (nearly all) is read as two
  /// 64-bit words, its letters, capitals and hyphens found eight bytes a
  /// step (`shapeByWords`); others byte by byte (`shapeByBytes`). The
  /// two give the same (`WordMemoTests.shapeByWordsEqualsShapeByBytes`).
  static func shape(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> (Flags, PackedWord?) {
    let n = r.count
    if UInt(bitPattern: n &- 1) < UInt(PackedWord.capacity), let base = p.baseAddress, r.lowerBound &+ 16 <= p.count {
      return shapeByWords(p, r, UnsafeRawPointer(base + r.lowerBound))
    }
    return shapeByBytes(p, r)
  }

  /// `shape` of a word of 1 to 16 bytes whose 16 bytes from `raw` (its
  /// start) lie in `p`: the bytes past the word masked off, then per byte
  /// lane (bit 7 of each byte) whether it is an ASCII capital, an ASCII
  /// small letter or a hyphen, by carry-free adds; "two letters or more,
  /// none small" by bit tests on the lanes, the folded key by setting bit
  /// 5 of the capitals.
  @inline(__always)
  static func shapeByWords(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ raw: UnsafeRawPointer) -> (Flags, PackedWord?) {
    let n = r.count
    let l = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    let h = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    // (`n` is 1...16: no shift reaches 64.)
    let low = n >= 8 ? l : l & ((1 &<< UInt64(truncatingIfNeeded: 8 &* n)) &- 1)
    let high = n <= 8 ? 0 : (n >= 16 ? h : h & ((1 &<< UInt64(truncatingIfNeeded: 8 &* (n &- 8))) &- 1))
    let (upperLow, smallLow, hyphenLow) = byteClasses(low)
    let (upperHigh, smallHigh, hyphenHigh) = byteClasses(high)
    // Two letters or more, none small: tested on the lane bits, not
    // counted (the build has no popcount instruction: a count cost about
    // 20 instructions).
    let lettersLow = upperLow | smallLow
    let lettersHigh = upperHigh | smallHigh
    let twoLetters = lettersLow & (lettersLow &- 1) != 0 || lettersHigh & (lettersHigh &- 1) != 0 || (lettersLow != 0 && lettersHigh != 0)
    let allCaps = twoLetters && smallLow | smallHigh == 0
    let hyphen = hyphenLow | hyphenHigh != 0
    var f: Flags = []
    let first = UInt8(truncatingIfNeeded: low)
    if first < 0x80 ? (upperLow & 0x80 != 0) : isUpperInitial(p, r.lowerBound, r.upperBound) { f.insert(.capitalized) }
    // Non-ASCII bytes (bit 7) leave no key; the capitals folded by bit 5
    // (`asciiLower`).
    let key: PackedWord? = (low | high) & 0x8080_8080_8080_8080 == 0 ? PackedWord(low: low | upperLow &>> 2, high: high | upperHigh &>> 2, length: n) : nil
    return (suffixFlags(f, p, r, allCaps: allCaps, hyphen: hyphen), key)
  }

  /// Bit 7 of each byte lane of `v` set where that byte is an ASCII capital,
  /// an ASCII small letter, a hyphen. (Each lane's 7 low bits plus a constant
  /// below 0x80 carries into bit 7 of its own lane only.)
  @inline(__always)
  static func byteClasses(_ v: UInt64) -> (upper: UInt64, small: UInt64, hyphen: UInt64) {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let sevens = ~highs
    let x = v & sevens
    let ascii = ~v & highs
    // Bit 7 set where x >= 0x41 ("A"), >= 0x5B (past "Z"), >= 0x61 ("a"),
    // >= 0x7B (past "z").
    let upper = (x &+ 0x3F &* ones) & ~(x &+ 0x25 &* ones) & ascii
    let small = (x &+ 0x1F &* ones) & ~(x &+ 0x05 &* ones) & ascii
    // A zero lane of `t` is a hyphen of `v`.
    let t = v ^ (0x2D &* ones)
    let hyphen = ~((t & sevens) &+ sevens | t | sevens)
    return (upper, small, hyphen)
  }

  /// `shape`, one byte at a time.
  static func shapeByBytes(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> (Flags, PackedWord?) {
    var f: Flags = []
    if isUpperInitial(p, r.lowerBound, r.upperBound) { f.insert(.capitalized) }
    var letters = 0
    var upper = 0
    var hyphen = false
    var key: PackedWord? = r.count <= PackedWord.capacity ? PackedWord() : nil
    for i in r {
      let b = p[i]
      if b &- 65 < 26 {
        upper += 1
        letters += 1
      } else if b &- 97 < 26 {
        letters += 1
      } else if b == UInt8(ascii: "-") {
        hyphen = true
      }
      if key != nil {
        if b < 0x80 { _ = key!.append(asciiLower(b)) } else { key = nil }
      }
    }
    return (suffixFlags(f, p, r, allCaps: letters >= 2 && upper == letters, hyphen: hyphen), key)
  }

  /// `f` with `.allCaps` (two letters or more, all capitals), `.hyphenated`
  /// and the flags read from a word's last letters.
  @inline(__always)
  private static func suffixFlags(_ f: Flags, _ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, allCaps: Bool, hyphen: Bool) -> Flags {
    var f = f
    if allCaps { f.insert(.allCaps) }
    if hyphen { f.insert(.hyphenated) }
    let n = r.count
    @inline(__always) func lower(_ k: Int) -> UInt8 { p[r.upperBound - k] }
    if n >= 4, !hyphen, lower(2) == UInt8(ascii: "e"), lower(1) == UInt8(ascii: "d") { f.insert(.endsED) }  // not `so-called`
    if n >= 5, lower(3) == UInt8(ascii: "i"), lower(2) == UInt8(ascii: "n"), lower(1) == UInt8(ascii: "g") { f.insert(.endsING) }
    // (Not a noun of five letters in `-ally`: `tally`, `rally`.)
    if n >= 5, lower(2) == UInt8(ascii: "l"), lower(1) == UInt8(ascii: "y"), n > 5 || lower(4) | 0x20 != UInt8(ascii: "a") || lower(3) != UInt8(ascii: "l") {
      f.insert(.endsLY)
    }
    if n >= 3, lower(1) == UInt8(ascii: "s"), lower(2) != UInt8(ascii: "s") { f.insert(.endsS) }
    return f
  }

  /// Whether the character at `i` is an upper-case letter: ASCII, Latin-1,
  /// Latin Extended-A, Greek or Cyrillic capitals.
  static func isUpperInitial(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    let b = p[i]
    if b < 0x80 { return b &- 65 < 26 }
    guard b >= 0xC0, b < 0xE0, i + 1 < end else { return false }
    let s = UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
    switch s {
    case 0xC0...0xDE: return s != 0xD7
    case 0x100...0x137: return s & 1 == 0
    case 0x139...0x148: return s & 1 == 1
    case 0x14A...0x177: return s & 1 == 0
    case 0x178, 0x179, 0x17B, 0x17D: return true
    case 0x391...0x3A9, 0x400...0x42F: return true
    default: return false
    }
  }

  /// Flags of a quotation-mark token: double or single, and whether its
  /// shape opens or closes. Straight marks are neither (decided by context).
  static func mark(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Flags {
    let b = p[r.lowerBound]
    switch b {
    case UInt8(ascii: "\""): return [.quote, .doubleMark]
    case UInt8(ascii: "'"): return [.quote]
    case UInt8(ascii: "`"): return [.quote, .opens]
    default: break
    }
    if r.count == 2, b == 0xC2 {
      if p[r.lowerBound + 1] == 0xAB { return [.quote, .doubleMark, .opens] }  // «
      if p[r.lowerBound + 1] == 0xBB { return [.quote, .doubleMark, .closes] }  // »
    }
    if r.count == 3, b == 0xE2, p[r.lowerBound + 1] == 0x80 {
      switch p[r.lowerBound + 2] {
      case 0x9C, 0x9E, 0x9F: return [.quote, .doubleMark, .opens]  // “ „ ‟
      case 0x9D: return [.quote, .doubleMark, .closes]  // ”
      case 0x98, 0x9A, 0x9B, 0xB9: return [.quote, .opens]  // ‘ ‚ ‛ ‹
      case 0x99, 0xBA: return [.quote, .closes]  // ’ ›
      default: break
      }
    }
    return [.quote]
  }
}

/// `TokenFacts` read through buffers, for the length of a `withView` call:
/// the same readers, without a bounds check on every read. A user checks
/// once that the tokens it reads are the document's (`contains(_:)`); a
/// speaker match index is one that `fill` wrote.
struct TokenFactsView {
  let flags: UnsafeBufferPointer<TokenFacts.Flags>
  let speakerAt: UnsafeBufferPointer<Int32>
  let speakerMatches: UnsafeBufferPointer<SpeakerMatch>

  /// Whether every token of `range` has its facts here (the check a reader
  /// makes once before it reads them).
  @inline(__always) func contains(_ range: Range<Int>) -> Bool {
    range.lowerBound >= 0 && range.upperBound <= flags.count && flags.count <= speakerAt.count
  }

  @inline(__always) func has(_ i: Int, _ f: TokenFacts.Flags) -> Bool { flags[i].contains(f) }
  @inline(__always) func word(_ i: Int) -> WordClass { flags[i].word }
  @inline(__always) func isCapitalized(_ i: Int) -> Bool { flags[i].contains(.capitalized) }
  @inline(__always) func isComma(_ i: Int) -> Bool { flags[i].contains(.comma) }

  /// The speaker match covering token `i`, if any (`TokenFacts.speaker`).
  @inline(__always) func speaker(_ i: Int) -> SpeakerMatch? {
    flags[i].contains(.inSpeaker) ? speakerMatches[Int(speakerAt[i])] : nil
  }

  /// Token `i` is in a body's or an outlet's noun (`TokenFacts.isBodyNoun`).
  @inline(__always) func isBodyNoun(_ i: Int) -> Bool { speaker(i)?.categories.isBody ?? false }

  /// Whether title match `title` opens a body's name that ends at `end`:
  /// a capitalized body's noun right after it and nothing more (`the
  /// Justice Department`, `the General Assembly`), or after one or two
  /// capitalized words that are no speaker's (`the General Elections
  /// Commission`, `the General Water Directorate`), where `Justice Ruth
  /// Okafor` has a name after it.
  func titleNamesBody(_ title: SpeakerMatch, end: Int) -> Bool {
    guard let b = bodyNounAfterTitle(title, before: end) else { return false }
    return b.end == end
  }

  /// A pronoun match that is exactly token `i` (`TokenFacts.pronoun`).
  @inline(__always) func pronoun(_ i: Int) -> PronounClass {
    flags[i].contains(.pronoun) ? speakerMatches[Int(speakerAt[i])].pronoun : .none
  }
}

/// The first index of `0..<count` whose key (`key(i)`, not decreasing in
/// `i`; keys and `t` token indices, far from overflow) is not below `t`.
/// The search's steps add their half under an integer mask, with no
/// branch on the keys: a branch per step mispredicted about half the time
/// (some five a search, one search per paragraph and unit).
@inline(__always)
func branchFreeLowerBound(count: Int, _ t: Int, key: (Int) -> Int) -> Int {
  guard count > 0 else { return 0 }
  // The answer stays in `base...base + length`; every index below `base`
  // has a key below `t`.
  var base = 0
  var length = count
  while length > 1 {
    let half = length &>> 1
    // (All ones when the key is below `t`, else zero.)
    base &+= half & ((key(base &+ half &- 1) &- t) &>> 63)
    length &-= half
  }
  return base &+ (1 & ((key(base) &- t) &>> 63))
}

/// The token facts that readers of names ask of both `TokenFacts` and its
/// unsafe view.
protocol NameFacts {
  func speaker(_ i: Int) -> SpeakerMatch?
  func has(_ i: Int, _ f: TokenFacts.Flags) -> Bool
  func word(_ i: Int) -> WordClass
  func isCapitalized(_ i: Int) -> Bool
}

extension TokenFacts: NameFacts {}
extension TokenFactsView: NameFacts {}

extension NameFacts {
  /// The capitalized body's noun that title match `title` opens a name
  /// for, after at most two capitalized words that are no speaker's (`the
  /// General Assembly`, `the General Elections Commission`), the noun
  /// starting before `end`; nil where a name follows (`General Aung`).
  func bodyNounAfterTitle(_ title: SpeakerMatch, before end: Int) -> SpeakerMatch? {
    guard title.end < end, isCapitalized(title.end) else { return nil }
    var s = title.end
    while s < end, s - title.end < 2, speaker(s) == nil, has(s, .word), isCapitalized(s), word(s) == .none { s += 1 }
    guard s < end, isCapitalized(s), let b = speaker(s), b.start == s, b.categories.isBody else { return nil }
    return b
  }
}
