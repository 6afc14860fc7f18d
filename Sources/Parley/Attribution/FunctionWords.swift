/// The grammatical class of a closed-class English word, as attribution
/// needs it to find clause and phrase boundaries.
///
/// These are grammar words (articles, connectives, auxiliaries,
/// prepositions), a small closed set fixed by the language. Every open-class
/// word Parley knows (reporting verbs, titles, roles, organizations,
/// pronouns) is data in `lexicons/`.
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
  /// `and`, `or`, `nor`.
  case and
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
  /// Other prepositions: `of`, `in`, `by`.
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

  /// An auxiliary or modal: a sign of a finite verb phrase.
  var isAuxiliary: Bool { self == .be || self == .have || self == .do || self == .modal }
  var isPreposition: Bool { self == .preposition || self == .objectPreposition || self == .to }
}

/// Closed-class word table, looked up on folded token bytes without
/// allocating.
struct FunctionWords: Sendable {
  private var table = FoldedTable(capacity: 256)

  init() {
    let groups: [(WordClass, [String])] = [
      (.determiner, ["the", "a", "an", "this", "these", "those", "my", "your", "our", "his", "her", "its", "their"]),
      (.quantifier, ["some", "several", "many", "most", "both", "each", "every", "all", "few", "various", "numerous", "other", "another"]),
      (.that, ["that"]),
      (.relative, ["who", "which", "whom", "whose"]),
      (.wh, ["what", "whether", "when", "where", "why", "how"]),
      (.and, ["and", "or", "nor"]),
      (.but, ["but", "yet"]),
      (.subordinator, ["while", "though", "although", "because", "whereas", "unless", "if", "once"]),
      (.as, ["as"]),
      (.to, ["to"]),
      (.objectPreposition, ["on", "against"]),
      (.preposition, [
        "of", "in", "at", "by", "for", "from", "with", "about", "after", "before", "during", "since",
        "into", "onto", "over", "under", "against", "through", "between", "among", "across", "near",
        "via", "without", "within", "toward", "towards", "despite", "amid", "including", "per", "than", "outside",
        "inside", "behind", "beyond", "upon", "around", "ahead",
      ]),
      (.be, ["is", "are", "was", "were", "be", "been", "being", "am"]),
      (.have, ["has", "have", "had", "having"]),
      (.do, ["do", "does", "did"]),
      (.modal, ["will", "would", "can", "could", "may", "might", "shall", "should", "must", "'ll", "'d", "ca", "wo"]),
      (.negation, ["not", "n't", "never"]),
      (.adverb, [
        "also", "only", "still", "already", "again", "later", "now", "then", "so", "far", "just", "even",
        "ever", "often", "too", "first", "earlier", "however", "meanwhile", "instead", "long",
      ]),
    ]
    for (cls, words) in groups {
      for w in words { table.insert(Array(w.utf8), value: Int32(cls.rawValue)) }
    }
  }

  /// The class of the word in `p[range]`, `.none` if it is not a function word.
  @inline(__always)
  func lookup(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordClass {
    guard let v = table.lookup(p, range) else { return .none }
    return WordClass(rawValue: UInt8(v)) ?? .none
  }
}
