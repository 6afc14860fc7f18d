/// Splits UTF-8 text into tokens for news English.
///
/// - Words keep inner hyphens (`well-known`, `24-hour`) and non-clitic
///   apostrophes (`O'Brien`); initialisms stay whole (`U.S.`, `e.g.`).
/// - Numbers keep decimals and thousands separators (`20.5`, `1,000`).
/// - Contractions and possessives split off their clitic: `don't` → `do`
///   `n't`, `Ukraine’s` → `Ukraine` `’s`.
/// - `...` and `…` are one terminal token; runs of `?`/`!` are one token.
///
/// It never allocates per token and never fails: any byte sequence yields
/// tokens that, with the whitespace between them, rebuild the input.
public enum Tokenizer {
  /// Appends the tokens of `p[range]` to `tokens`.
  public static func tokenize(_ p: UnsafeBufferPointer<UInt8>, range: Range<Int>, into tokens: inout [Token]) {
    if range.isEmpty { return }
    withUnsafeTemporaryAllocation(of: Token.self, capacity: min(range.count, chunkSize)) { chunk in
      tokenize(p, range: range, chunk: chunk, into: &tokens)
    }
  }

  /// The tokens of `p[range]` written at the start of `out`, which has
  /// room for more than one a byte (`range.count + 1`: a token is a byte
  /// or more, so `out` never fills and nothing goes to an array); returns
  /// their number. For short texts tokenized one after another (lexicon
  /// terms): no array is made and freed for each.
  static func tokenize(_ p: UnsafeBufferPointer<UInt8>, range: Range<Int>, into out: UnsafeMutableBufferPointer<Token>) -> Int {
    precondition(out.count > range.count, "token buffer too small")
    if range.isEmpty { return 0 }
    var spilled: [Token] = []
    let n = withUnsafeTemporaryAllocation(of: Int32.self, capacity: range.count + 1) { memory in
      var ends = SentenceEndList(base: memory.baseAddress.unsafelyUnwrapped, room: range.count + 1)
      return ByteClass.table.withUnsafeBufferPointer { table in
        var escapes = false
        return tokenize(p, range: range, table: table, chunk: out, first: 0, into: &spilled, ends: &ends, escapes: &escapes)
      }
    }
    precondition(spilled.isEmpty, "token buffer filled")
    return n
  }

  /// Tokens are written to a chunk buffer and appended to the array a chunk
  /// at a time (no uniqueness check or growth per token).
  static let chunkSize = 1024

  /// `tokenize(_:range:into:)` with a chunk buffer of the caller's (at least
  /// one token), reused from call to call. One pass; a byte's class is read
  /// from `ByteClass.table`, and ASCII letters, digits and spaces take the
  /// short path.
  static func tokenize(_ p: UnsafeBufferPointer<UInt8>, range: Range<Int>, chunk: UnsafeMutableBufferPointer<Token>, into tokens: inout [Token]) {
    precondition(!chunk.isEmpty, "empty token chunk")
    // (The sentence ends written and dropped.)
    let n = withUnsafeTemporaryAllocation(of: Int32.self, capacity: range.count + 1) { memory in
      var ends = SentenceEndList(base: memory.baseAddress.unsafelyUnwrapped, room: range.count + 1)
      return ByteClass.table.withUnsafeBufferPointer { table in
        var escapes = false
        return tokenize(p, range: range, table: table, chunk: chunk, first: 0, into: &tokens, ends: &ends, escapes: &escapes)
      }
    }
    if n > 0 { tokens.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<n])) }
  }

  /// `tokenize(_:range:chunk:into:)` that also appends to `sentenceEnds`
  /// the index in `tokens` of every token that may end a sentence: each
  /// terminal, and each word or number that ends in a period (only the
  /// full word rules, `scanWord`, make those). The segmenter then looks at
  /// these tokens alone (`Segmenter.sentences(_:tokens:range:sentenceEnds:into:)`).
  static func tokenize(_ p: UnsafeBufferPointer<UInt8>, range: Range<Int>, chunk: UnsafeMutableBufferPointer<Token>, into tokens: inout [Token], sentenceEnds: inout [Int32]) {
    precondition(!chunk.isEmpty, "empty token chunk")
    let n = ByteClass.table.withUnsafeBufferPointer { table in
      SentenceEndList.appending(to: &sentenceEnds, room: range.count) { ends in
        var escapes = false
        return tokenize(p, range: range, table: table, chunk: chunk, first: 0, into: &tokens, ends: &ends, escapes: &escapes)
      }
    }
    if n > 0 { tokens.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<n])) }
  }

  /// Writes the tokens of `p[range]` to `buffer` from `buffer[first]` on
  /// and returns how many; `sentenceEnds` as in
  /// `tokenize(_:range:chunk:into:sentenceEnds:)`, indices counted in
  /// `buffer`. The buffer must have room for more tokens than `range` has
  /// bytes (every token is at least one byte): a document's tokens are then
  /// written in place, not through a chunk.
  static func tokenize(_ p: UnsafeBufferPointer<UInt8>, range: Range<Int>, buffer: UnsafeMutableBufferPointer<Token>, first: Int, sentenceEnds: inout [Int32]) -> Int {
    ByteClass.table.withUnsafeBufferPointer { table in
      tokenize(p, range: range, table: table, buffer: buffer, first: first, sentenceEnds: &sentenceEnds)
    }
  }

  /// `tokenize(_:range:buffer:first:sentenceEnds:)` with `ByteClass.table`
  /// fetched by the caller (once per document, not once per paragraph).
  static func tokenize(_ p: UnsafeBufferPointer<UInt8>, range: Range<Int>, table: UnsafeBufferPointer<UInt8>, buffer: UnsafeMutableBufferPointer<Token>, first: Int, sentenceEnds: inout [Int32]) -> Int {
    SentenceEndList.appending(to: &sentenceEnds, room: range.count) { ends in
      tokenize(p, range: range, table: table, buffer: buffer, first: first, ends: &ends)
    }
  }

  /// `tokenize(_:range:table:buffer:first:sentenceEnds:)` with the
  /// sentence ends written into `ends`, which must have room for
  /// `range.count` more (a token a byte at most): a document's paragraphs
  /// one after another into one list, with no array append per end.
  static func tokenize(_ p: UnsafeBufferPointer<UInt8>, range: Range<Int>, table: UnsafeBufferPointer<UInt8>, buffer: UnsafeMutableBufferPointer<Token>, first: Int, ends: inout SentenceEndList) -> Int {
    var unused: [Token] = []
    var escapes = false
    return tokenize(p, range: range, table: table, buffer: buffer, first: first, ends: &ends, unused: &unused, escapes: &escapes)
  }

  /// `tokenize(_:range:table:buffer:first:ends:)` with the caller's empty
  /// array for the tokenizer's flushes, which a buffer with room for every
  /// token never makes (it stays empty): a document's paragraphs share
  /// one, not an array made and released per paragraph. `escapes` is set
  /// when the range holds a byte that a JSON string escapes (a quote, a
  /// backslash, a control byte or DEL), and left as it is otherwise.
  @inline(__always)
  static func tokenize(_ p: UnsafeBufferPointer<UInt8>, range: Range<Int>, table: UnsafeBufferPointer<UInt8>, buffer: UnsafeMutableBufferPointer<Token>, first: Int, ends: inout SentenceEndList, unused: inout [Token], escapes: inout Bool) -> Int {
    precondition(first >= 0 && buffer.count - first > range.count, "token buffer too small")
    precondition(table.count == 256, "not the byte class table")
    precondition(ends.room - ends.count >= range.count, "sentence end list too small")
    precondition(unused.isEmpty, "a flush array that holds tokens")
    let n = tokenize(p, range: range, table: table, chunk: UnsafeMutableBufferPointer(rebasing: buffer[first...]), first: first, into: &unused, ends: &ends, escapes: &escapes)
    assert(unused.isEmpty, "a token buffer with room for them all was flushed")
    return n
  }

  /// Appends token index `index` to `ends`. Out of line: it runs for few
  /// tokens, and inlined it costs the main loop registers. (A store and a
  /// count into raw memory: no uniqueness check, no registers saved.)
  @inline(never)
  static func note(_ index: Int, in ends: inout SentenceEndList) {
    ends.base[ends.count] = Int32(truncatingIfNeeded: index)
    ends.count &+= 1
  }

  /// The tokenizer: tokens are written to `out`, which is appended to
  /// `tokens` whenever it is full; returns how many are left in it. Token
  /// indices (for `sentenceEnds`) count from `first`. `escapes` is set when
  /// a byte of the range is one that a JSON string escapes (`"`, `\`, a
  /// control byte or DEL): such bytes are never in a word, so the paths
  /// that take them one by one (a space other than U+0020, a quote, other
  /// punctuation) look, and the word paths do not.
  private static func tokenize(_ p: UnsafeBufferPointer<UInt8>, range: Range<Int>, table: UnsafeBufferPointer<UInt8>, chunk out: UnsafeMutableBufferPointer<Token>, first: Int, into tokens: inout [Token], ends sentenceEnds: inout SentenceEndList, escapes: inout Bool) -> Int {
    // Offsets are stored as Int32: checked here once, not per token.
    precondition(range.upperBound <= Int(Int32.max), "text longer than 2 GB")
    // (Not empty when the range is not: its address once, not per word.)
    guard let base = p.baseAddress else { return 0 }
    // Words are read sixteen bytes at a time up to here (`spacedWords`).
    let readEnd = p.count &- 16
    var i = range.lowerBound
    let end = range.upperBound
    var spaceBefore = true
    var n = 0
    while i < end {
      var raw = table[Int(p[i])]
      if raw == ByteClass.space.rawValue {
        // (An ASCII space other than U+0020 is a control byte.)
        if p[i] != 0x20 { escapes = true }
        spaceBefore = true
        i += 1
        continue
      }
      var start = i
      var kind: TokenKind
      // A word's run usually ends at a space: it is taken with the word
      // (one trip through the loop less).
      var spaceAfter = false
      if ByteClass.isWordChar(raw: raw) {
        // An ASCII letter or digit starts a word or number (most tokens).
        // Words whose run of ASCII letters and digits ends at an ASCII
        // space or at a comma and a space, one after another (most of a
        // text), are written by `spacedWords`, while sixteen bytes can be
        // read past it and the chunk has room; it stops at the first word
        // whose run ends elsewhere, and `scanWord`'s full rules run only
        // where the byte after that run may continue the word.
        var j: Int
        let fastEnd = min(end, readEnd, i &+ (out.count &- n))
        if i < fastEnd {
          let written = n
          let outBase = out.baseAddress.unsafelyUnwrapped
          let run = spacedWords(base, from: i, end: fastEnd, into: outBase + n)
          n = written &+ tokenCount(from: outBase + written, to: run.out)
          if n > written {
            if !spaceBefore { out[written].spaceBefore = false }
            spaceBefore = true
            flushIfFull(out, &n, into: &tokens)
          }
          i = run.next
          j = run.runEnd
          // The last word was written: on to the byte after its space.
          if j < i { continue }
          // A run cut at the limit, not at the range's end: read on.
          if j == fastEnd { while j < end, isWordByte(p[j]) { j &+= 1 } }
        } else {
          j = i &+ 1
          while j < end, isWordByte(p[j]) { j &+= 1 }
        }
        raw = table[Int(p[i])]
        start = i
        kind = raw == ByteClass.digit.rawValue ? .number : .word
        if j < end {
          // (Not an ASCII space: the loop above took those.)
          let c = table[Int(p[j])]
          if c == ByteClass.space.rawValue {
            spaceAfter = true
            if p[j] != 0x20 { escapes = true }
          } else if c == ByteClass.period.rawValue && j != i &+ 1 && p[j &- 1] &- 48 >= 10 && !(j &+ 2 < end && p[j &+ 1] &- 97 < 26) {
            // A word of two bytes or more, then "." (or an ellipsis) that the
            // word rules leave alone: the word, then the terminal as its own
            // case writes it, and a space after it taken (most sentence
            // ends; one trip through the loop for the three).
            out[n] = Token(start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: j), kind: kind, isCapitalized: raw == ByteClass.upper.rawValue, spaceBefore: spaceBefore)
            n &+= 1
            flushIfFull(out, &n, into: &tokens)
            note(first + tokens.count + n, in: &sentenceEnds)
            var e = j &+ 1
            while e < end, p[e] == UInt8(ascii: ".") { e &+= 1 }
            out[n] = Token(start: Int32(truncatingIfNeeded: j), end: Int32(truncatingIfNeeded: e), kind: .terminal, isCapitalized: false, spaceBefore: false)
            n &+= 1
            flushIfFull(out, &n, into: &tokens)
            spaceBefore = e < end && p[e] == 0x20
            i = spaceBefore ? e &+ 1 : e
            continue
          } else if c == ByteClass.multiByte && j &+ 2 < end && p[j] == 0xE2 && p[j &+ 1] == 0x80 && p[j &+ 2] | 1 == 0x9D {
            // Before “ or ” the word ends (`scanWord` would stop there too,
            // and no clitic or period is in a run of letters and digits).
          } else if c == ByteClass.multiByte || c == ByteClass.hyphen.rawValue || c == ByteClass.apostrophe.rawValue
            || (c == ByteClass.period.rawValue && j == i + 1) || ((c == ByteClass.period.rawValue || c == ByteClass.comma.rawValue) && p[j - 1] &- 48 < 10)
            || c == ByteClass.period.rawValue
          {
            // The full word rules: a hyphen, an apostrophe or a non-ASCII
            // byte may continue the word; a period second may make an
            // initialism; after a digit, a period or comma may continue a
            // number; a period and a lower-case letter with no space may
            // end a web address (`Booking.com`).
            j = j == i + 1 && c == ByteClass.period.rawValue ? scanWord(p, from: i, end: end, table: table) : scanWord(p, from: i, at: j, end: end, table: table)
            if p[j - 1] == UInt8(ascii: ".") { note(first + tokens.count + n, in: &sentenceEnds) }
            // Only these words may be the clitic `n't` (elsewhere the byte
            // after the first is a letter, a digit or no apostrophe).
            if kind == .word, p[start] | 0x20 == UInt8(ascii: "n"), let e = clitic(p, at: start, end: end, afterLetter: !spaceBefore), e == j {
              kind = .clitic
            }
          }
        }
        i = j
      } else if raw == ByteClass.multiByte && i &+ 2 < end && p[i] == 0xE2 && p[i &+ 1] == 0x80 && p[i &+ 2] | 1 == 0x9D {
        // “ and ”, the most common characters past ASCII in news text: a
        // quote, as `ByteClass.at` reads them, without decoding them.
        kind = .quote
        i &+= 3
      } else {
        // An ASCII byte's class is the table's (no second reading of it).
        let (cls, len) = raw != ByteClass.multiByte ? (ByteClass(rawValue: raw) ?? .other, 1) : ByteClass.at(p, i, end)
        switch cls {
        case .space:
          spaceBefore = true
          i += len
          continue
        case .letter, .upper, .digit:
          kind = cls == .digit ? .number : .word
          i = scanWord(p, from: i, end: end, table: table)
          if p[i - 1] == UInt8(ascii: ".") { note(first + tokens.count + n, in: &sentenceEnds) }
        case .apostrophe:
          // A clitic after a word (`Ukraine’s`) was split off by scanWord and
          // starts here; elsewhere an apostrophe is a quotation mark.
          if let cliticEnd = clitic(p, at: i, end: end, afterLetter: !spaceBefore && start > range.lowerBound) {
            kind = .clitic
            i = cliticEnd
          } else {
            kind = .quote
            i += len
          }
        case .quote:
          kind = .quote
          if p[i] == UInt8(ascii: "\"") { escapes = true }
          i += len
        case .terminal, .period:
          kind = .terminal
          note(first + tokens.count + n, in: &sentenceEnds)
          if cls == .period {
            var j = i
            while j < end, p[j] == UInt8(ascii: ".") { j += 1 }
            // "." or "..." (an ellipsis); a pair ".." is read as one terminal too.
            i = j
          } else {
            i += len
            while i < end {
              let (c2, l2) = ByteClass.at(p, i, end)
              if c2 == .terminal && p[i] < 0x80 { i += l2 } else { break }
            }
          }
        case .hyphen:
          kind = .punctuation
          i += len
          while i < end, p[i] == UInt8(ascii: "-") { i += 1 }  // "--" as a dash
        default:
          kind = .punctuation
          // `\`, DEL and control bytes other than spaces are `other`.
          if p[i] < 0x20 || p[i] == UInt8(ascii: "\\") || p[i] == 0x7F { escapes = true }
          i += len
        }
      }
      out[n] = Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: i), kind: kind, isCapitalized: raw == ByteClass.upper.rawValue, spaceBefore: spaceBefore)
      n &+= 1
      flushIfFull(out, &n, into: &tokens)
      spaceBefore = spaceAfter
      if spaceAfter { i &+= 1 }
    }
    return n
  }

  /// Writes the words from `start` (an ASCII letter or digit) on whose
  /// run of ASCII letters and digits ends at an ASCII space, or at a comma
  /// and a space (the word's last byte not a digit: no thousands
  /// separator), one after another, to `out`: each word, and its comma as
  /// punctuation; the spaces are taken. The tokens are those the full
  /// tokenizer writes, each with a space before it (the caller clears the
  /// first's when there is none). Returns where it stopped and the end of
  /// what it wrote: when `runEnd < next`, every token before `next` was
  /// written and a space precedes `next` (`end`, or a byte that starts no
  /// word); else the run of the word at `next` ends at `runEnd` (cut at
  /// `end`), not as above, and that word is not written.
  ///
  /// Sixteen bytes are read from every offset up to `end`, so `base` must
  /// hold `end + 16` bytes; `out` needs room for `end - start` tokens (a
  /// token and its space take two bytes or more, a word, its comma and the
  /// space three; a word is written before its run's end is looked at, at
  /// most one token past what is returned). Out of line: alone, its
  /// loop keeps its values and constants in registers.
  @inline(never)
  static func spacedWords(_ base: UnsafePointer<UInt8>, from start: Int, end: Int, into out: UnsafeMutablePointer<Token>) -> (next: Int, runEnd: Int, out: UnsafeMutablePointer<Token>) {
    var i = start
    var out = out
    // The last four bytes of a word's token with a space before it
    // (`kind`, `isCapitalized`, `spaceBefore`, padding; little-endian) by
    // the top three bits of its first byte, an ASCII letter or digit,
    // masked to two: digits (1) are numbers, 0x40-0x5F (2) upper case,
    // 0x60-0x7F (3) lower case. Relies on `Token`'s layout, which
    // `TokenizerEquivalenceTests.wordTailsMatchTokenLayout` checks. (A
    // local: a static costs a once-check per call.)
    let tails = wordTails
    while true {
      // The run's end, sixteen bytes a step (`nonWordLanes`; the bytes
      // past `end` are read, and a run that reaches `end` is cut there,
      // below). Most words end in the first eight: the second half is
      // taken out of the vector only when they do not.
      var j = i
      while true {
        let stops = nonWordLanes(UnsafeRawPointer(base + j).loadUnaligned(as: SIMD16<UInt8>.self))
        let low = stops[0]
        if low != 0 {
          j &+= low.trailingZeroBitCount &>> 3
          break
        }
        let high = stops[1]
        if high != 0 {
          j &+= 8 &+ high.trailingZeroBitCount &>> 3
          break
        }
        j &+= 16
        if j >= end { break }
      }
      // No word here (after a space), or none the caller lets go by.
      if j == i { return (i, i &- 1, out) }
      if j >= end { return end == i ? (i, i &- 1, out) : (i, end, out) }
      // The word is written before its end is looked at: when the run ends
      // elsewhere, it lies past the returned `out` (there is room for it),
      // for the caller to write over. The comma path then ends as the
      // space path does (written apart, LLVM merged their two ends into one
      // with two constants moved on the space path).
      // Kind, capital and space (and the padding byte) as one 32-bit
      // store, from the first byte's top bits (`tails`).
      let slot = UnsafeMutableRawPointer(out)
      slot.storeBytes(of: Int32(truncatingIfNeeded: i), as: Int32.self)
      slot.storeBytes(of: Int32(truncatingIfNeeded: j), toByteOffset: 4, as: Int32.self)
      slot.storeBytes(of: tails[Int(base[i] &>> 5) & 3], toByteOffset: 8, as: UInt32.self)
      if base[j] != 0x20 {
        // A comma that is no thousands separator (not after a digit), then
        // a space: the word, then the comma.
        guard base[j] == UInt8(ascii: ","), j &+ 1 < end, base[j &+ 1] == 0x20, base[j &- 1] &- 48 >= 10 else { return (i, j, out) }
        out += 1
        out.initialize(to: Token(start: Int32(truncatingIfNeeded: j), end: Int32(truncatingIfNeeded: j &+ 1), kind: .punctuation, isCapitalized: false, spaceBefore: false))
        j &+= 1
      }
      out += 1
      i = j &+ 1
    }
  }

  /// `spacedWords`'s tails (see there), inlined as a constant.
  @inline(__always)
  static var wordTails: SIMD4<UInt32> {
    SIMD4<UInt32>(0x0001_0000, 0x0001_0000 | UInt32(TokenKind.number.rawValue), 0x0001_0100 | UInt32(TokenKind.word.rawValue), 0x0001_0000 | UInt32(TokenKind.word.rawValue))
  }

  /// Moves the chunk's tokens to `tokens` once `n` of them fill it, and
  /// starts it again from 0.
  @inline(__always)
  private static func flushIfFull(_ out: UnsafeMutableBufferPointer<Token>, _ n: inout Int, into tokens: inout [Token]) {
    if n == out.count {
      tokens.append(contentsOf: out)
      n = 0
    }
  }

  /// The tokens from `first` to `last`: their distance in bytes over the
  /// stride, as an exact division (a shift and a multiply by the inverse
  /// of 3 for 12-byte tokens; `distance(to:)` divides with a signed
  /// rounding fix-up).
  @inline(__always)
  static func tokenCount(from first: UnsafeMutablePointer<Token>, to last: UnsafeMutablePointer<Token>) -> Int {
    let bytes = UInt(bitPattern: last) &- UInt(bitPattern: first)
    if MemoryLayout<Token>.stride == 12 { return Int(bitPattern: (bytes &>> 2) &* 0xAAAA_AAAA_AAAA_AAAB) }
    return Int(bitPattern: bytes / UInt(MemoryLayout<Token>.stride))
  }

  /// An ASCII letter or digit (`ByteClass.isWordChar` of its class).
  @inline(__always)
  static func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 || b &- 48 < 10 }

  /// All ones in each byte of `v` that is not an ASCII letter or digit (a
  /// byte `ByteClass.isWordChar` rejects), zero in the others, as two
  /// words (bytes 0 to 7, 8 to 15): the first such byte is the lowest
  /// set bit's, over eight. Lane by lane in vector registers, two signed
  /// compares: a byte's range is moved to the bottom of the signed bytes
  /// (`a`…`z` with `A`…`Z` folded onto them to -128…-103, `0`…`9` to
  /// -128…-119), where one "greater than" tells the bytes past it.
  @inline(__always)
  static func nonWordLanes(_ v: SIMD16<UInt8>) -> SIMD2<UInt64> {
    // (The constants' types spelled out: inferred, the operations were
    // made lane by lane.)
    let letters = unsafeBitCast((v | SIMD16<UInt8>(repeating: 0x20)) &+ SIMD16<UInt8>(repeating: 0x1F), to: SIMD16<Int8>.self)
    let digits = unsafeBitCast(v &+ SIMD16<UInt8>(repeating: 0x50), to: SIMD16<Int8>.self)
    let stops = (letters .> SIMD16<Int8>(repeating: -103)) .& (digits .> SIMD16<Int8>(repeating: -119))
    return unsafeBitCast(stops, to: SIMD2<UInt64>.self)
  }

  /// Scans a word or number starting at `i`; returns its end.
  static func scanWord(_ p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, table: UnsafeBufferPointer<UInt8>) -> Int {
    // Initialisms: letter, period, letter, period, ...  (U.S., e.g., a.m.)
    // (An initialism has a period second: most words are not looked at.)
    if start + 1 < end, p[start + 1] == UInt8(ascii: "."), let e = initialismEnd(p, from: start, end: end) {
      // Joined by a hyphen to a word, it is one word with it, as `UN-backed`
      // is: `the U.N.-backed broadcaster`, `U.S.-led`.
      if e + 1 < end, p[e] == UInt8(ascii: "-"), ByteClass.at(p, e + 1, end).0.isWordChar { return scanWord(p, from: start, at: e, end: end, table: table) }
      return e
    }
    return scanWord(p, from: start, at: start, end: end, table: table)
  }

  /// `scanWord(_:from:end:table:)` past its initialism check, resumed at `i`
  /// after a run `p[start..<i]` of ASCII letters and digits (empty when
  /// `i == start`).
  static func scanWord(_ p: UnsafeBufferPointer<UInt8>, from start: Int, at resume: Int, end: Int, table: UnsafeBufferPointer<UInt8>) -> Int {
    var i = resume
    var lastWordChar = resume > start ? resume - 1 : start
    while i < end {
      // ASCII letters and digits, and the space that usually ends a word,
      // by table; every other byte by its full class.
      let raw = table[Int(p[i])]
      if ByteClass.isWordChar(raw: raw) {
        lastWordChar = i
        i += 1
        continue
      }
      if raw == ByteClass.space.rawValue { break }
      let (cls, len) = raw != ByteClass.multiByte ? (ByteClass(rawValue: raw) ?? .other, 1) : ByteClass.at(p, i, end)
      if cls.isWordChar {
        lastWordChar = i
        i += len
        continue
      }
      let prevDigit = i > start && p[lastWordChar] &- 48 < 10
      switch cls {
      case .hyphen:
        if i + len < end, ByteClass.at(p, i + len, end).0.isWordChar { i += len; continue }
      case .period:
        if prevDigit, i + 1 < end, p[i + 1] &- 48 < 10 { i += 1; continue }
        // A web address's ending after a name, with no space: `Booking.com`,
        // `Koszyk.pl` (two to four lower-case letters, then the word ends).
        // (After two bytes or more: `a.bc` stays a letter and a word.)
        if !prevDigit, i - start >= 2, i + 2 < end, p[i + 1] &- 97 < 26, let e = domainEnd(p, from: i + 1, end: end) { i = e; lastWordChar = e - 1; continue }
      case .comma:
        // Thousands separator: exactly three digits follow, then no digit.
        if prevDigit, isThousandsGroup(p, at: i + 1, end: end) { i += 1; continue }
      case .apostrophe:
        if i + len < end, ByteClass.at(p, i + len, end).0.isLetter {
          // Stop before a clitic: `'s`, `'re`, `n't` ...
          if clitic(p, at: i, end: end, afterLetter: true) != nil { return i }
          if i - 1 >= start, p[i - 1] | 0x20 == UInt8(ascii: "n"), i - 1 > start,
            clitic(p, at: i - 1, end: end, afterLetter: true) != nil
          {
            return i - 1
          }
          i += len
          continue
        }
      default:
        break
      }
      break
    }
    return i
  }

  /// The end of a run of two to four lower-case ASCII letters from `i`
  /// that ends the word (no letter, digit or word byte after it), or nil.
  static func domainEnd(_ p: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int? {
    var j = i
    while j < end, j - i < 5, p[j] &- 97 < 26 { j += 1 }
    guard (2...4).contains(j - i) else { return nil }
    if j < end, p[j] >= 0x80 || ByteClass.ascii(p[j]).isWordChar { return nil }
    return j
  }

  static func isThousandsGroup(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
    guard i + 3 <= end else { return false }
    for k in 0..<3 where p[i + k] &- 48 >= 10 { return false }
    return i + 3 == end || p[i + 3] &- 48 >= 10
  }

  static func initialismEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
    var i = start
    var pairs = 0
    while i + 1 < end, p[i] < 0x80, ByteClass.ascii(p[i]).isLetter, p[i + 1] == UInt8(ascii: ".") {
      pairs += 1
      i += 2
    }
    guard pairs >= 2 else { return nil }
    // "U.S.A" without the final period still counts; do not swallow a
    // following letter that starts a new word.
    if i < end, p[i] < 0x80, ByteClass.ascii(p[i]).isWordChar { return nil }
    return i
  }

  /// If a clitic (`'s 're 've 'll 'd 'm` or `n't`) starts at `i` and is
  /// followed by a non-letter, returns its end.
  static func clitic(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, afterLetter: Bool) -> Int? {
    guard afterLetter else { return nil }
    var j = i
    var sawN = false
    if p[j] | 0x20 == UInt8(ascii: "n") {
      sawN = true
      j += 1
      guard j < end else { return nil }
    }
    // The apostrophe: `'` and `’` (E2 80 99) read from their bytes, any
    // other byte by `ByteClass.at` (which also reads a few malformed
    // sequences as `’`).
    let a = p[j]
    if a == UInt8(ascii: "'") {
      j += 1
    } else if a == 0xE2, j + 3 <= end, p[j + 1] == 0x80, p[j + 2] == 0x99 {
      j += 3
    } else {
      if a < 0x80 { return nil }
      let (cls, len) = ByteClass.at(p, j, end)
      guard cls == .apostrophe else { return nil }
      j += len
    }
    // Up to three following letters, lower-cased, packed into one word.
    var letters: UInt32 = 0
    var count = 0
    while j < end, p[j] < 0x80, ByteClass.ascii(p[j]).isLetter, count < 3 {
      letters = letters << 8 | UInt32(p[j] | 0x20)
      count += 1
      j += 1
    }
    // (An ASCII byte's class without decoding.)
    if j < end, p[j] < 0x80 ? isWordByte(p[j]) : ByteClass.at(p, j, end).0.isWordChar { return nil }
    if sawN { return letters == 0x74 ? j : nil }  // n't
    switch letters {
    case 0x73, 0x64, 0x6D, 0x7265, 0x7665, 0x6C6C: return j  // s d m re ve ll
    default: return nil
    }
  }
}

/// Where the tokenizer writes the tokens that may end a sentence
/// (`Tokenizer.note`): raw memory with room for `room` indices, `count`
/// written. The caller makes sure that a range of n bytes finds room for
/// n more (a token is a byte or more).
struct SentenceEndList {
  let base: UnsafeMutablePointer<Int32>
  let room: Int
  var count = 0

  init(base: UnsafeMutablePointer<Int32>, room: Int, count: Int = 0) {
    self.base = base
    self.room = room
    self.count = count
  }

  /// Runs `body` with a list of room for `room` ends in memory of its
  /// own, then appends what it wrote to `array`; returns what `body`
  /// returns. (For the callers that keep the ends in an array.)
  static func appending<R>(to array: inout [Int32], room: Int, _ body: (inout SentenceEndList) -> R) -> R {
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: room + 1) { memory in
      var list = SentenceEndList(base: memory.baseAddress.unsafelyUnwrapped, room: room + 1)
      let result = body(&list)
      array.append(contentsOf: UnsafeBufferPointer(start: list.base, count: list.count))
      return result
    }
  }
}
