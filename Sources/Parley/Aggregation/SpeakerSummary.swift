/// A statement with its scores.
public struct StatementScore: Sendable {
  public var statement: Statement
  /// The statement's words (the content, without quotation marks), made
  /// from the document's bytes when asked (reports write them straight
  /// from `source`).
  public var text: String {
    String(decoding: source[statement.content.start..<statement.content.end], as: UTF8.self)
  }
  /// The document's bytes (`Document.text`, shared, not copied).
  let source: [UInt8]
  /// The reporting cue as written (`said`, `according to`), or "".
  public var cue: String
  /// The cue's own stance from the lexicon (-1 distancing … +1 asserting).
  public var cueStance: Double
  public var speaker: String
  /// Optimism read in the statement's paragraph (`statementContextWeight`)
  /// and hedging, with their labels.
  public var stance: Stance
  /// The optimism of the statement's words alone.
  public var ownOptimism: Double
  public var words: Int
  /// Evidence, when asked for; offsets are document offsets.
  public var evidence: [Evidence]
}

/// A sum of scores in fixed point (millionths), so that adding in any
/// order, on any shard, gives the same result to the last digit.
public struct ExactSum: Sendable, Hashable {
  public static let scale = 1_000_000.0
  /// Sum of the values, in millionths.
  public private(set) var units: Int64 = 0
  /// Sum of the squared values, in millionths squared.
  public private(set) var squares: Int64 = 0

  public init() {}
  public init(units: Int64, squares: Int64) {
    self.units = units
    self.squares = squares
  }

  public mutating func add(_ x: Double) {
    let y = x * Self.scale
    // `y.rounded()` (half away from zero) in integers below 2^50, where
    // `y - Double(t)` is exact for the truncated `t` (no call to `round`).
    let q: Int64
    if abs(y) < 0x1p50 {
      let t = Int64(y)
      let rest = y - Double(t)
      q = rest >= 0.5 ? t + 1 : rest <= -0.5 ? t - 1 : t
    } else {
      q = Int64(y.rounded())
    }
    units += q
    squares += q * q
  }

  public mutating func merge(_ other: ExactSum) {
    units += other.units
    squares += other.squares
  }

  public func mean(_ n: Int) -> Double { n > 0 ? Double(units) / Self.scale / Double(n) : 0 }

  /// Population standard deviation of `n` values.
  public func spread(_ n: Int) -> Double {
    guard n > 1 else { return 0 }
    let mean = Double(units) / Double(n)
    let variance = Double(squares) / Double(n) - mean * mean
    return max(0, variance).squareRoot() / Self.scale
  }
}

/// The stance of one speaker, as counts and exact sums, so summaries of
/// shards merge into the summary of the whole (`merge`), to the last digit.
public struct SpeakerSummary: Sendable, Hashable {
  /// `narrator` for the article's own voice.
  public static let narratorName = "narrator"

  public var name: String
  /// `person`, `organization`, `group`, `media` or `narrator`.
  public var kind: String
  public var aliases: [String]
  public var documents = 0
  /// Scored units: statements, or for the narrator the unattributed parts
  /// of sentences.
  public var statements = 0
  public var words = 0
  public var optimismSum = ExactSum()
  public var hedgingSum = ExactSum()
  /// How often each reporting cue introduced this speaker's statements.
  public var cues: [String: Int] {
    get { cueCounts.dictionary }
    set { cueCounts = CueCounts(newValue) }
  }
  /// `cues`, with the first cue held inline: most speakers have one, and a
  /// table per speaker cost a hash, an allocation and its teardown.
  var cueCounts = CueCounts()

  public init(name: String, kind: String, aliases: [String] = []) {
    self.name = name
    self.kind = kind
    self.aliases = aliases
  }

  public mutating func add(optimism: Double, hedging: Double, words: Int, cue: String?) {
    statements += 1
    self.words += words
    optimismSum.add(optimism)
    hedgingSum.add(hedging)
    guard let cue else { return }
    addCue(cue)
  }

  /// Counts `cue` (lower-cased) for this speaker, as `add` does; an empty
  /// cue (a statement without one) counts for nothing.
  mutating func addCue(_ cue: String) {
    guard !cue.isEmpty else { return }
    cueCounts.add(cue.asciiFastLowercased(), 1)
  }

  /// The cue when this speaker has exactly one (then it is the top cue).
  /// (Inlined: a call through `UnsafePointer.pointee` copied the summary.)
  @inline(__always)
  var onlyCue: String? { cueCounts.only }

  /// Adds `other` (the same speaker in another article or shard). Aliases
  /// keep their first-seen order; the kind of the first summary wins.
  public mutating func merge(_ other: SpeakerSummary) {
    var known = Set(aliases.map { $0.asciiFastLowercased() })
    known.insert(name.asciiFastLowercased())
    var spelled: Set<String> = []
    merge(other, known: &known, spelled: &spelled)
  }

  /// `merge(_:)` with `known`, the lower-cased name and aliases of `self`,
  /// and `spelled`, names already merged as written, both kept by the
  /// caller from merge to merge (`SpeakerTable`): a name seen before as
  /// written has its lower-cased form in `known` already, so only new
  /// spellings are lower-cased.
  mutating func merge(_ other: SpeakerSummary, known: inout Set<String>, spelled: inout Set<String>) {
    documents += other.documents
    statements += other.statements
    words += other.words
    optimismSum.merge(other.optimismSum)
    hedgingSum.merge(other.hedgingSum)
    cueCounts.merge(other.cueCounts)
    func add(_ a: String) {
      guard spelled.insert(a).inserted else { return }
      if known.insert(a.asciiFastLowercased()).inserted { aliases.append(a) }
    }
    add(other.name)
    for a in other.aliases { add(a) }
  }

  public var optimism: Double { optimismSum.mean(statements) }
  public var hedging: Double { hedgingSum.mean(statements) }
  public var optimismSpread: Double { optimismSum.spread(statements) }
  public var hedgingSpread: Double { hedgingSum.spread(statements) }

  public func stance(_ parameters: ModelParameters) -> Stance {
    Stance.speaker(optimism: optimism, hedging: hedging, parameters: parameters)
  }

  /// The most frequent cues, most frequent first (ties by name).
  public func topCues(_ n: Int = 3) -> [String] {
    var top: [String] = []
    let count = cueCounts.count
    if count == 0 || n <= 0 { return top }
    top.reserveCapacity(min(n, count))
    forEachTopCue(n) { top.append($0) }
    return top
  }

  /// Calls `body` with each of `topCues(n)` in order, without the array
  /// (the report encoder writes them straight out).
  func forEachTopCue(_ n: Int = 3, _ body: (String) -> Void) {
    cueCounts.forEachTop(n, body)
  }
}

/// How often each cue occurs: a `[String: Int]` whose first key is held
/// inline, so that a speaker with one cue (most) allocates and hashes
/// nothing. Equal and hashed as the dictionary it stands for.
struct CueCounts: Sendable, Hashable {
  /// The first key added, and its count.
  private var first: String? = nil
  private var firstCount = 0
  /// Every other key (none of them `first`).
  private var more: [String: Int] = [:]

  init() {}

  init(_ dictionary: [String: Int]) {
    more = dictionary
  }

  var count: Int { (first == nil ? 0 : 1) + more.count }

  /// The key when there is exactly one.
  @inline(__always)
  var only: String? {
    if let first { return more.isEmpty ? first : nil }
    return more.count == 1 ? more.first?.key : nil
  }

  /// Adds `n` to the count of `key` (a new key starts at `n`).
  mutating func add(_ key: String, _ n: Int) {
    if let f = first {
      if f == key { firstCount += n } else { more[key, default: 0] += n }
    } else if more.isEmpty {
      first = key
      firstCount = n
    } else {
      more[key, default: 0] += n
    }
  }

  mutating func merge(_ other: CueCounts) {
    other.forEach { k, v in add(k, v) }
  }

  /// Calls `body` with every key and its count, in no particular order.
  func forEach(_ body: (String, Int) -> Void) {
    if let first { body(first, firstCount) }
    for (k, v) in more { body(k, v) }
  }

  /// Calls `body` with the `n` most frequent keys, most frequent first
  /// (ties by key).
  func forEachTop(_ n: Int, _ body: (String) -> Void) {
    // Picked one at a time (a speaker has a few cues and this runs for
    // every speaker of every article): the same order as sorting the whole
    // table by count, then name.
    let count = self.count
    if count == 0 || n <= 0 { return }
    var last: (value: Int, key: String)? = nil
    for _ in 0..<min(n, count) {
      var best: (value: Int, key: String)? = nil
      forEach { k, v in
        if let l = last, !((l.value, k) > (v, l.key)) { return }  // not after `last`
        if let b = best, !((v, b.key) > (b.value, k)) { return }  // not before `best`
        best = (v, k)
      }
      guard let b = best else { break }
      body(b.key)
      last = b
    }
  }

  var dictionary: [String: Int] {
    guard let first else { return more }
    var d = more
    d[first] = firstCount
    return d
  }

  static func == (a: CueCounts, b: CueCounts) -> Bool { a.dictionary == b.dictionary }
  func hash(into hasher: inout Hasher) { hasher.combine(dictionary) }
}

/// Per-speaker tables across articles: speakers group by canonical name,
/// case-insensitively; aliases merge.
public struct SpeakerTable: Sendable {
  public private(set) var rows: [SpeakerSummary] = []
  private var index: [String: Int] = [:]
  /// For every row, its lower-cased name and aliases: a row's aliases only
  /// grow here, so they are lower-cased once, not at every merge (a
  /// speaker of many articles has many aliases).
  private var known: [Set<String>] = []
  /// For every row, the names and aliases merged into it as written.
  private var spelled: [Set<String>] = []
  /// Rows by name as written (`index` is by lower-cased name): most
  /// speakers come back spelled the same way.
  private var exactIndex: [String: Int] = [:]

  public init() {}

  public mutating func add(_ s: SpeakerSummary) {
    if let i = exactIndex[s.name] {
      rows[i].merge(s, known: &known[i], spelled: &spelled[i])
      return
    }
    let key = s.name.asciiFastLowercased()
    if let i = index[key] {
      exactIndex[s.name] = i
      rows[i].merge(s, known: &known[i], spelled: &spelled[i])
    } else {
      index[key] = rows.count
      exactIndex[s.name] = rows.count
      rows.append(s)
      var names = Set(s.aliases.map { $0.asciiFastLowercased() })
      names.insert(key)
      known.append(names)
      spelled.append(Set(s.aliases + [s.name]))
    }
  }

  public mutating func merge(_ other: SpeakerTable) {
    for r in other.rows { add(r) }
  }

  /// Rows by statements (most first), then name.
  public var sorted: [SpeakerSummary] {
    rows.sorted { ($0.statements, $1.name.asciiFastLowercased()) > ($1.statements, $0.name.asciiFastLowercased()) }
  }
}
