/// One line of a lexicon file.
public struct LexiconEntry: Sendable, Hashable, Codable {
  /// The term as written, case-folded, without a prefix `*`.
  public var term: String
  public var category: LexiconCategory
  public var weight: Double
  public var note: String?
  /// The last token matches any token that starts with it (`optimis*`).
  public var isPrefix: Bool
  /// Where it came from: file name (relative, e.g. `lexicons/hedges.tsv`) and
  /// 1-based line.
  public var file: String
  public var line: Int
  /// The `[section]` it sits in, if any.
  public var section: String?

  public init(term: String, category: LexiconCategory, weight: Double, note: String? = nil, isPrefix: Bool = false, file: String, line: Int, section: String? = nil) {
    self.term = term
    self.category = category
    self.weight = weight
    self.note = note
    self.isPrefix = isPrefix
    self.file = file
    self.line = line
    self.section = section
  }

  /// `file:line`, the entry's origin in evidence. Put together as bytes:
  /// evidence asks for it once a cue, and an interpolation costs about a
  /// thousand instructions.
  public var origin: String {
    let name = file.utf8
    return String(unsafeUninitializedCapacity: name.count + 21) { out in
      var k = 0
      for b in name {
        out[k] = b
        k += 1
      }
      out[k] = UInt8(ascii: ":")
      k += 1
      return k + writeInteger(line, to: out.baseAddress! + k)
    }
  }

  /// Number of tokens in the term.
  public var tokenCount: Int { LexiconTerm.folded(term).ranges.count }
}

/// Splits lexicon terms into tokens exactly as article text is split, so a
/// term written `can't` matches the text's `ca` `n't`.
enum LexiconTerm {
  static func tokens(of term: String) -> [[UInt8]] {
    let (key, ranges) = folded(term)
    return ranges.map { Array(key[$0]) }
  }

  /// The folded tokens of `term` joined by single spaces (tokens never
  /// hold a space), and the range of each token in that key: `tokens(of:)`
  /// in one buffer.
  static func folded(_ term: String) -> (key: [UInt8], ranges: [Range<Int>]) {
    var key: [UInt8] = []
    var ranges: [Range<Int>] = []
    folded(term, key: &key, ranges: &ranges)
    return (key, ranges)
  }

  /// `folded(_:)` written into `key` and `ranges` (emptied first), buffers
  /// that a caller folding many terms reuses. `notPlain`: the caller has
  /// found that `isPlain` is false for the term, so the plain case is not
  /// tried again.
  static func folded(_ term: String, key: inout [UInt8], ranges: inout [Range<Int>], notPlain: Bool = false) {
    key.removeAll(keepingCapacity: true)
    ranges.removeAll(keepingCapacity: true)
    var term = term
    term.withUTF8 { p in
      // Most terms are lower-case letters, digits and single spaces: their
      // tokens are the words, and folding changes nothing. (`simpleKey`
      // holds exactly when `isPlain` does.)
      if !notPlain, simpleKey(p, ranges: &ranges) {
        key.append(contentsOf: p)
        return
      }
      ranges.removeAll(keepingCapacity: true)
      // The term's tokens in a temporary buffer (room for one a byte and
      // more: `Tokenizer.tokenize(_:range:into:)`), not an array made and
      // freed for each term.
      withUnsafeTemporaryAllocation(of: Token.self, capacity: p.count + 1) { tokens in
        let count = Tokenizer.tokenize(p, range: 0..<p.count, into: tokens)
        key.reserveCapacity(p.count)
        ranges.reserveCapacity(count)
        for t in tokens[..<count] {
          if !key.isEmpty { key.append(0x20) }
          let start = key.count
          var i = Int(t.start)
          while i < Int(t.end) {
            let (b, width) = FoldedTable.foldedByte(p, i, Int(t.end))
            key.append(b)
            i += width
          }
          ranges.append(start..<key.count)
        }
      }
    }
  }

  /// The key of `folded(_:)` alone.
  static func key(_ term: String) -> [UInt8] {
    var term = term
    let simple: [UInt8]? = term.withUTF8 { p in isPlain(p) ? Array(p) : nil }
    return simple ?? folded(term).key
  }

  /// Whether `p` is ASCII lower-case letters and digits in words separated
  /// by single spaces (no leading or trailing space): such a term's key is
  /// the term itself.
  /// Eight bytes at a time (every term of the lexicons is read here at
  /// start-up, some twice): in each word, every lane a lower-case letter,
  /// a digit or a space (bit 7 of the lane set in one of three masks), no
  /// two spaces side by side, nor one at the end of a word and the start
  /// of the next; then the last bytes one by one.
  static func isPlain(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = p.baseAddress, !p.isEmpty, p[0] != 0x20, p[p.count - 1] != 0x20 else { return false }
    let n = p.count
    var i = 0
    var previousSpace = false
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs = ones &* 0x80
    while i &+ 8 <= n {
      let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
      if w & highs != 0 { return false }
      // (Every lane is below 0x80: no sum below carries out of its lane.)
      let letter = (w &+ ones &* 0x1F) & ~(w &+ ones &* 0x05) & highs  // 0x61...0x7A
      let digit = (w &+ ones &* 0x50) & ~(w &+ ones &* 0x46) & highs  // 0x30...0x39
      let x = w ^ (ones &* 0x20)
      let space = ~((x &+ ones &* 0x7F) | x) & highs  // 0x20
      if letter | digit | space != highs { return false }
      if space & (space &>> 8) != 0 || (previousSpace && space & 0x80 != 0) { return false }
      previousSpace = space &>> 63 != 0
      i &+= 8
    }
    while i < n {
      let b = p[i]
      i &+= 1
      if b == 0x20 {
        if previousSpace { return false }
        previousSpace = true
      } else if b &- 97 < 26 || b &- 48 < 10 {
        previousSpace = false
      } else {
        return false
      }
    }
    return true
  }

  /// `folded` for a term of ASCII lower-case letters and digits in words
  /// separated by single spaces (no leading or trailing space): appends the
  /// words' ranges to `ranges` and returns true; false for anything else
  /// (`ranges` may then hold some). Such a word is one token (a word or a
  /// number), so the key is the term itself.
  private static func simpleKey(_ p: UnsafeBufferPointer<UInt8>, ranges: inout [Range<Int>]) -> Bool {
    guard !p.isEmpty, p[0] != 0x20, p[p.count - 1] != 0x20 else { return false }
    var start = 0
    var previousSpace = false
    for i in 0..<p.count {
      let b = p[i]
      if b == 0x20 {
        if previousSpace { return false }
        ranges.append(start..<i)
        start = i + 1
        previousSpace = true
      } else if b &- 97 < 26 || b &- 48 < 10 {
        previousSpace = false
      } else {
        return false
      }
    }
    ranges.append(start..<p.count)
    return true
  }

}
