/// Abbreviations that a period after them does not end a sentence. Keys are
/// folded words without their final period (`mr`, `jan`, `gen`) or whole
/// initialisms (`u.s.`). The defaults come from `lexicons/abbreviations.tsv`.
public struct Abbreviations: Sendable {
  /// How an abbreviation behaves before a period.
  public enum Kind: Int32, Sendable {
    /// Never ends a sentence: titles (`Mr.`, `Gen.`), months (`Jan.`).
    case always = 1
    /// An abbreviation only before a number: `No. 10`, `Art. 5`.
    case beforeNumber = 2
  }

  var table = FoldedTable()
  /// Bit `c - a` of `firstLetters[n]` is set when a key of `n` bytes
  /// starts with the ASCII letter `c`: a word of plain ASCII that no key
  /// could fold to is rejected without hashing it (most words before a
  /// period end a sentence). Only while every key is plain ASCII and
  /// starts with a letter (`filtered`).
  private var firstLetters: [UInt32] = []
  private var filtered = true
  /// The keys of one to eight bytes whose folded form is plain ASCII,
  /// packed (`ShortKey`), open-addressed by `ShortKey.slot`: a plain ASCII
  /// word of up to eight bytes (most words before a period) is looked up
  /// here alone, folded and compared eight bytes at once, not hashed byte
  /// by byte through `table` (the same answer: `table` folds byte for
  /// byte, and these are all its keys that such a word can fold to).
  private var shortKeys = [ShortKey](repeating: ShortKey(), count: 64)
  private var shortCount = 0

  /// A key of `shortKeys`: its folded bytes little-endian, zero past the
  /// key, its length (0: an empty slot) and its kind's raw value.
  struct ShortKey: Sendable {
    var bytes: UInt64 = 0
    var length: UInt8 = 0
    var kind: Int32 = 0

    /// The home slot of `bytes` in a table of `mask + 1` slots.
    @inline(__always)
    static func slot(_ bytes: UInt64, mask: Int) -> Int {
      Int(truncatingIfNeeded: (bytes &* 0x9E37_79B9_7F4A_7C15) &>> 40) & mask
    }
  }

  public init() {}

  public mutating func add(_ word: String, kind: Kind) {
    let w = Self.stored(word)
    let key = FoldedTable.fold(w)
    if let first = key.first, first &- 97 < 26, key.allSatisfy({ $0 < 0x80 }) {
      if firstLetters.count <= key.count { firstLetters += repeatElement(0, count: key.count + 1 - firstLetters.count) }
      firstLetters[key.count] |= 1 << UInt32(first - 97)
    } else {
      filtered = false
    }
    // (The first kind given for a key stays, as in `table`.)
    let value = table.insert(w, value: kind.rawValue)
    if (1...8).contains(key.count), key.allSatisfy({ $0 < 0x80 }) {
      var bytes: UInt64 = 0
      for (i, b) in key.enumerated() { bytes |= UInt64(b) << UInt64(8 * i) }
      addShort(ShortKey(bytes: bytes, length: UInt8(key.count), kind: value))
    }
  }

  /// Puts `key` in `shortKeys` unless it is there (grown to keep them at
  /// most a quarter full).
  private mutating func addShort(_ key: ShortKey) {
    if shortKind(key.bytes, Int(key.length)) != nil { return }
    if (shortCount + 1) * 4 > shortKeys.count {
      let old = shortKeys
      shortKeys = [ShortKey](repeating: ShortKey(), count: old.count * 2)
      shortCount = 0
      for k in old where k.length != 0 { addShort(k) }
    }
    let mask = shortKeys.count - 1
    var s = ShortKey.slot(key.bytes, mask: mask)
    while shortKeys[s].length != 0 { s = (s + 1) & mask }
    shortKeys[s] = key
    shortCount += 1
  }

  /// The kind (raw value) of the short key of `n` folded bytes `bytes`,
  /// or nil.
  @inline(__always)
  private func shortKind(_ bytes: UInt64, _ n: Int) -> Int32? {
    shortKeys.withUnsafeBufferPointer { keys in
      let mask = keys.count &- 1
      var s = ShortKey.slot(bytes, mask: mask)
      while true {
        let k = keys[s]
        if k.length == 0 { return nil }
        if k.bytes == bytes && Int(k.length) == n { return k.kind }
        s = (s &+ 1) & mask
      }
    }
  }

  /// (Inlined: most words fail the first-letter filter, `mayHold`, a
  /// few instructions in place of a call.)
  @inline(__always)
  func kind(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind? {
    let n = range.count
    if UInt(bitPattern: n &- 1) < 8, let base = p.baseAddress, range.lowerBound >= 0, range.lowerBound &+ 8 <= p.count {
      // One load, the bytes past the word masked off; plain ASCII is
      // folded in all lanes at once (`FoldedTable.foldedASCII`).
      let word = UInt64(littleEndian: UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self)) & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* n))
      let highs: UInt64 = 0x8080_8080_8080_8080
      if word & highs == 0 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let upper = (word &+ 0x3F &* ones) & ~(word &+ 0x25 &* ones) & highs
        return shortKind(word | upper &>> 2, n).flatMap(Kind.init(rawValue:))
      }
    }
    if filtered, !mayHold(p, range) { return nil }
    return table.lookup(p, range).flatMap(Kind.init(rawValue:))
  }

  /// False when `p[range]` is plain ASCII and no key has its length and
  /// folded first letter (then `table` cannot hold it: ASCII folds byte
  /// for byte). True otherwise.
  @inline(__always)
  private func mayHold(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let n = range.count
    if !Self.isASCII(p, range) { return true }
    if n == 0 || n >= firstLetters.count { return false }
    // (`| 0x20` takes exactly the ASCII letters into a...z.)
    let first = p[range.lowerBound] | 0x20
    guard first &- 97 < 26 else { return false }
    return firstLetters[n] & (1 << UInt32(first &- 97)) != 0
  }

  /// Whether `p[range]` is plain ASCII. A word of up to eight bytes with
  /// eight bytes readable from its start (most words before a period) is
  /// checked on one load, the bytes past it masked off.
  @inline(__always)
  static func isASCII(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let n = range.count
    if let base = p.baseAddress, n <= 8, range.lowerBound >= 0, range.lowerBound + 8 <= p.count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self))
      // (`n` is 0...8: no shift reaches 64.)
      let mask = n == 8 ? UInt64.max : (1 &<< UInt64(truncatingIfNeeded: 8 &* n)) &- 1
      return word & mask & 0x8080_8080_8080_8080 == 0
    }
    for i in range where p[i] >= 0x80 { return false }
    return true
  }

  static func isInitialism(_ w: String) -> Bool {
    let parts = w.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count >= 3 && parts.dropLast().allSatisfy { $0.count == 1 }
  }

  /// The bytes of `word` as kept: without a final period unless it is an
  /// initialism (`U.S.`). A word of printable ASCII (each byte one
  /// `Character`) is read as bytes; the `Character` reading
  /// (`storedByCharacters`) cost about 5,000 instructions a word at
  /// start-up.
  static func stored(_ word: String) -> [UInt8] {
    var bytes = Array(word.utf8)
    guard bytes.allSatisfy({ $0 &- 0x21 < 0x5E }) else { return storedByCharacters(word) }
    guard bytes.last == UInt8(ascii: ".") else { return bytes }
    // An initialism: three parts or more between periods, each but the
    // last one byte long.
    var parts = 1
    var length = 0
    var initialism = true
    for b in bytes {
      if b == UInt8(ascii: ".") {
        if length != 1 { initialism = false }
        parts += 1
        length = 0
      } else {
        length += 1
      }
    }
    if parts < 3 { initialism = false }
    if !initialism { bytes.removeLast() }
    return bytes
  }

  /// `stored(_:)` read by `Character`s (any word; the reference the byte
  /// reading agrees with).
  static func storedByCharacters(_ word: String) -> [UInt8] {
    var w = word
    if w.hasSuffix("."), !isInitialism(w) { w.removeLast() }
    return Array(w.utf8)
  }
}

/// Rule-based sentence splitter for news English, over tokens.
///
/// A sentence ends at `.`, `?`, `!` or an ellipsis, together with the
/// closing quotes and brackets attached to it, when the next token does not
/// start in lower case. A period does not end a sentence after a known
/// abbreviation (`Mr.`, `Jan.`, `No. 5`), after a single capital initial
/// (`J. F. Kennedy`), or inside a number (`20.5`, handled by the tokenizer).
/// An ellipsis ends a sentence only before a capital. Dashes never end one.
public struct Segmenter: Sendable {
  public var abbreviations: Abbreviations

  public init(abbreviations: Abbreviations = Abbreviations()) {
    self.abbreviations = abbreviations
  }

  /// Sentence boundaries of `tokens[range]`: a list of token ranges that
  /// partition it.
  public func sentences(_ p: UnsafeBufferPointer<UInt8>, tokens: [Token], range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    sentences(p, tokens: tokens, range: range, into: &result)
    return result
  }

  /// `sentences(_:tokens:range:)` appended to `result` (a buffer the caller
  /// reuses from paragraph to paragraph).
  func sentences(_ p: UnsafeBufferPointer<UInt8>, tokens: [Token], range: Range<Int>, into result: inout [Range<Int>]) {
    tokens.withUnsafeBufferPointer { sentences(p, tokens: $0, range: range, into: &result) }
  }

  private func sentences(_ p: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, range: Range<Int>, into result: inout [Range<Int>]) {
    precondition(range.lowerBound >= 0 && range.upperBound <= tokens.count, "token range out of bounds")
    var start = range.lowerBound
    var k = range.lowerBound
    while k < range.upperBound {
      if let e = sentenceEnd(p, tokens: tokens, at: k, range: range) {
        result.append(start..<e)
        start = e
        k = e
        continue
      }
      k += 1
    }
    if start < range.upperBound { result.append(start..<range.upperBound) }
  }

  /// `sentences(_:tokens:range:into:)` that reads only the tokens that
  /// `sentenceEnds` lists (indices in increasing order, inside `range`).
  /// Every token that may end a sentence, a terminal or a word ending in a
  /// period, must be listed (others may be): the loop reads no other token
  /// but the closers and lookahead after a listed one. The tokenizer lists
  /// them as it goes (`Tokenizer.tokenize(_:range:chunk:into:sentenceEnds:)`).
  /// The sentences are appended to `sentences` as those of paragraph
  /// `paragraph` (the document's, with no list of ranges in between).
  func sentences(_ p: UnsafeBufferPointer<UInt8>, tokens: [Token], range: Range<Int>, sentenceEnds: [Int32], paragraph: Int, into sentences: inout [Sentence]) {
    tokens.withUnsafeBufferPointer { tokens in
      sentenceEnds.withUnsafeBufferPointer { ends in
        self.sentences(p, tokens: tokens, range: range, sentenceEnds: ends, paragraph: paragraph, into: &sentences)
      }
    }
  }

  @inline(__always)
  func sentences(_ p: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, range: Range<Int>, sentenceEnds: UnsafeBufferPointer<Int32>, paragraph: Int, into result: inout [Sentence]) {
    func add(_ r: Range<Int>) {
      let span = Span(start: Int(tokens[r.lowerBound].start), end: Int(tokens[r.upperBound - 1].end))
      result.append(Sentence(span: span, tokens: r, paragraph: paragraph))
    }
    precondition(range.lowerBound >= 0 && range.upperBound <= tokens.count, "token range out of bounds")
    var start = range.lowerBound
    // Tokens before `k` were read (or passed as a sentence's closers).
    var k = range.lowerBound
    for c in sentenceEnds where Int(c) >= k {
      k = Int(c)
      precondition(k < range.upperBound, "sentence end outside the range")
      if let e = sentenceEnd(p, tokens: tokens, at: k, range: range) {
        add(start..<e)
        start = e
        k = e
        continue
      }
      k += 1
    }
    if start < range.upperBound { add(start..<range.upperBound) }
  }

  /// If a sentence ends at token `k` of `range`, the end of that sentence
  /// with the closing quotes and brackets after `k`; else nil.
  @inline(__always)
  private func sentenceEnd(_ p: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at k: Int, range: Range<Int>) -> Int? {
    let t = tokens[k]
    var endsHere = false
    if t.kind == .terminal {
      endsHere = terminalEnds(p, tokens: tokens, at: k, range: range)
    } else if t.kind == .word, t.length >= 4, p[Int(t.end) - 1] == UInt8(ascii: ".") {
      if abbreviations.kind(p, Int(t.start)..<Int(t.end)) == nil {
        // An unknown initialism at the end of a sentence: "... in the D.C. The ..."
        endsHere = nextStartsSentence(p, tokens: tokens, after: k, range: range, strict: true)
      } else {
        // A known one ends a sentence only before a quote that opens one:
        // "pushed to the network at 4 a.m. “We rolled it back …”".
        endsHere = k + 1 < range.upperBound && tokens[k + 1].kind == .quote && tokens[k + 1].spaceBefore
          && nextStartsSentence(p, tokens: tokens, after: k, range: range, strict: true)
      }
    }
    guard endsHere else { return nil }
    var e = k + 1
    while e < range.upperBound, isCloser(p, tokens[e]) { e += 1 }
    if e >= range.upperBound || nextStartsSentence(p, tokens: tokens, after: e - 1, range: range, strict: false) { return e }
    return nil
  }

  private func terminalEnds(_ p: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at k: Int, range: Range<Int>) -> Bool {
    let t = tokens[k]
    let first = p[Int(t.start)]
    let isPeriod = first == UInt8(ascii: ".") && t.length == 1
    let isEllipsis = (first == UInt8(ascii: ".") && t.length > 1) || first == 0xE2
    if isEllipsis {
      return k + 1 >= range.upperBound || nextStartsSentence(p, tokens: tokens, after: k, range: range, strict: true)
    }
    guard isPeriod, k > range.lowerBound else { return true }
    let prev = tokens[k - 1]
    guard !t.spaceBefore, prev.kind == .word else { return true }
    let prevRange = Int(prev.start)..<Int(prev.end)
    if prev.length == 1, prev.isCapitalized { return false }  // an initial: "J. F. Kennedy"
    switch abbreviations.kind(p, prevRange) {
    case .always?: return false
    case .beforeNumber?:
      return !(k + 1 < range.upperBound && tokens[k + 1].kind == .number)
    case nil: return true
    }
  }

  /// Whether the token after `k` can start a new sentence: anything but a
  /// lower-case word (`strict`: only a capital, a digit or an opening quote).
  private func nextStartsSentence(_ p: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, after k: Int, range: Range<Int>, strict: Bool) -> Bool {
    var n = k + 1
    while n < range.upperBound, tokens[n].kind == .quote || p[Int(tokens[n].start)] == UInt8(ascii: "(") { n += 1 }
    guard n < range.upperBound else { return true }
    let next = tokens[n]
    let b = p[Int(next.start)]
    let lower = b &- 97 < 26
    if strict { return next.isCapitalized || next.kind == .number }
    return !lower && next.kind != .clitic && !(next.kind == .punctuation && (b == UInt8(ascii: ",") || b == UInt8(ascii: ";")))
  }

  /// A closing quote or bracket attached to the terminal before it.
  private func isCloser(_ p: UnsafeBufferPointer<UInt8>, _ t: Token) -> Bool {
    if t.spaceBefore { return false }
    if t.kind == .quote { return true }
    let b = p[Int(t.start)]
    return b == UInt8(ascii: ")") || b == UInt8(ascii: "]")
  }
}
