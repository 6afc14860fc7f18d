/// The grammatical class of a closed-class English word, as attribution
/// needs it to find clause and phrase boundaries.
///
/// The words themselves are data: `lexicons/grammar.tsv`, one category per
/// class (`grammar.determiner`, `grammar.modal`, ...).
enum WordClass: UInt8, Sendable {
  case none = 0
  /// Articles, demonstratives and possessive determiners: `the`, `a`,
  /// `this`, `its`.
  case determiner
  /// Quantifiers that may open a noun phrase: `several`, `some`, `both`.
  case quantifier
  /// `that` (complementizer, relative pronoun or demonstrative).
  case that
  /// Relative pronouns: `who`, `which`, `whom`, `whose`.
  case relative
  /// Question words that open an embedded clause: `what`, `whether`.
  case wh
  /// `and`.
  case and
  /// `or`, `nor`.
  case or
  /// `but`, `yet`.
  case but
  /// Subordinators that open a clause: `while`, `though`, `because`.
  case subordinator
  /// `as` (`described the talks as useful`).
  case `as`
  /// `to` (preposition or infinitive marker).
  case to
  /// `on` and `against`, which introduce the object of `insisted on`,
  /// `cautioned against`.
  case objectPreposition
  /// `of` and `for`, which also join the words of a name (`Ministry of
  /// Commerce`, `Committee for the Treatment of Prisoners`).
  case nameConnector
  /// A particle inside a personal name (`da`, `bin`, `van`): never a
  /// preposition, so `Bin Saleh said` still has a subject.
  case nameParticle
  /// Other prepositions: `in`, `by`, `at`.
  case preposition
  /// Forms of `be`.
  case be
  /// Forms of `have`.
  case have
  /// Forms of `do`.
  case `do`
  /// Modal verbs: `will`, `would`, `could`.
  case modal
  /// `not`, `n't`, `never`.
  case negation
  /// Adverbs that sit between a subject and its verb or between a verb and
  /// its complement (`also`, `only`, `separately`); words ending in `-ly`
  /// are treated the same way without being listed.
  case adverb
  /// Past forms of irregular verbs (`took`, `fell`, `met`): a sign of a
  /// finite verb, as a word in `-ed` is.
  case pastVerb
  /// Adjectives that describe a source before its noun (`senior`,
  /// `former`, `top`): part of a noun phrase, never its head.
  case adjective
  /// `after`, `before`, `since`, `until`: a preposition that may open a
  /// clause (`after the company said`).
  case timePreposition
  /// Days and words for a day (`Tuesday`, `yesterday`): after a
  /// preposition, a phrase of time that ends a noun phrase.
  case timeNoun

  /// The case with the highest raw value (raw values run from 0 to it).
  static let last = WordClass.timeNoun

  /// The class of a `grammar.*` lexicon category.
  init?(_ category: LexiconCategory) {
    switch category {
    case .grammarDeterminer: self = .determiner
    case .grammarQuantifier: self = .quantifier
    case .grammarThat: self = .that
    case .grammarRelative: self = .relative
    case .grammarWh: self = .wh
    case .grammarAnd: self = .and
    case .grammarOr: self = .or
    case .grammarBut: self = .but
    case .grammarSubordinator: self = .subordinator
    case .grammarAs: self = .as
    case .grammarTo: self = .to
    case .grammarObjectPreposition: self = .objectPreposition
    case .grammarNameConnector: self = .nameConnector
    case .grammarNameParticle: self = .nameParticle
    case .grammarPreposition: self = .preposition
    case .grammarTimePreposition: self = .timePreposition
    case .grammarTimeNoun: self = .timeNoun
    case .grammarBe: self = .be
    case .grammarHave: self = .have
    case .grammarDo: self = .do
    case .grammarModal: self = .modal
    case .grammarNegation: self = .negation
    case .grammarAdverb: self = .adverb
    case .grammarVerb: self = .pastVerb
    case .grammarAdjective: self = .adjective
    // (A plain word: only its marks are read, `WordMarks`.)
    case .grammarNoun: self = WordClass.none
    default: return nil
    }
  }

  /// The class of every byte value (`none` where there is no such case):
  /// a table read instead of `init(rawValue:)`, a switch called per token.
  static let byRawValue: [WordClass] = (0...255).map { WordClass(rawValue: UInt8($0)) ?? .none }

  /// An auxiliary or modal: a sign of a finite verb phrase.
  @inline(__always) var isAuxiliary: Bool { self == .be || self == .have || self == .do || self == .modal }
  /// `and`, `or`, `but`: joins two clauses or phrases.
  @inline(__always) var isCoordinator: Bool { self == .and || self == .or || self == .but }
  @inline(__always) var isPreposition: Bool { self == .preposition || self == .timePreposition || self == .objectPreposition || self == .to || self == .nameConnector }
}

/// A word of up to 16 bytes packed into two integers, lower-cased, with
/// curly apostrophes read as `'`: the key of `FunctionWords`.
struct PackedWord: Hashable, Sendable {
  var low: UInt64 = 0
  var high: UInt64 = 0
  var length: Int = 0
  static let capacity = 16

  /// Appends one folded byte; false when the word grows too long.
  @inline(__always)
  mutating func append(_ b: UInt8) -> Bool {
    guard length < Self.capacity else { return false }
    if length < 8 { low |= UInt64(b) << (8 * UInt64(length)) } else { high |= UInt64(b) << (8 * UInt64(length - 8)) }
    length += 1
    return true
  }

  /// The packed form of `p[range]`, or nil when it is too long or holds
  /// a non-ASCII character other than a curly apostrophe.
  static func pack(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> PackedWord? {
    guard range.count <= capacity + 2 else { return nil }
    var w = PackedWord()
    var i = range.lowerBound
    while i < range.upperBound {
      let b = p[i]
      if b < 0x80 {
        guard w.append(asciiLower(b)) else { return nil }
        i += 1
      } else if b == 0xE2, i + 2 < range.upperBound, p[i + 1] == 0x80, p[i + 2] == 0x98 || p[i + 2] == 0x99 {
        guard w.append(UInt8(ascii: "'")) else { return nil }
        i += 3
      } else {
        return nil
      }
    }
    return w
  }
}

/// Closed-class word table: an open-addressing table of packed words, so a
/// lookup is one pass over the token's bytes and no allocation.
struct FunctionWords: Sendable {
  private var keys: [PackedWord]
  private var classes: [WordClass]
  private let mask: Int

  /// The table of the `grammar.*` entries (`lexicons/grammar.tsv`); a word
  /// listed under two classes keeps the first.
  init(_ entries: [LexiconEntry]) {
    let size = 1024
    keys = Array(repeating: PackedWord(), count: size)
    classes = Array(repeating: .none, count: size)
    mask = size - 1
    var stored = 0
    for e in entries {
      // (A noun of the grammar is a plain word: not in the table.)
      guard let cls = WordClass(e.category), cls != WordClass.none, stored < size / 2,
        let key = Array(e.term.utf8).withUnsafeBufferPointer({ PackedWord.pack($0, 0..<$0.count) })
      else { continue }
      var slot = Self.slot(key, mask)
      while classes[slot] != .none, keys[slot] != key { slot = (slot + 1) & mask }
      if classes[slot] == .none {
        keys[slot] = key
        classes[slot] = cls
        stored += 1
      }
    }
  }

  /// The same table in buffers of its own (`Engine.deepCopy`).
  func deepCopy() -> FunctionWords {
    FunctionWords(keys: keys.freshCopy(), classes: classes.freshCopy(), mask: mask)
  }

  private init(keys: [PackedWord], classes: [WordClass], mask: Int) {
    (self.keys, self.classes, self.mask) = (keys, classes, mask)
  }

  @inline(__always)
  private static func slot(_ key: PackedWord, _ mask: Int) -> Int {
    var h = key.low &* 0x9E37_79B9_7F4A_7C15 ^ key.high &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(key.length)
    h ^= h >> 29
    return Int(truncatingIfNeeded: h) & mask
  }

  /// The class of a packed word, `.none` if it is not a function word.
  @inline(__always)
  func lookup(_ key: PackedWord) -> WordClass {
    var slot = Self.slot(key, mask)
    while true {
      let c = classes[slot]
      if c == .none { return .none }
      if keys[slot] == key { return c }
      slot = (slot + 1) & mask
    }
  }

  /// The class of the word in `p[range]`, `.none` if it is not a function word.
  func lookup(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordClass {
    guard let key = PackedWord.pack(p, range) else { return .none }
    return lookup(key)
  }
}
