import Testing

@testable import Parley

/// The table-driven tokenizer (one class table, a short path for runs of
/// ASCII letters and digits, tokens written a chunk at a time) gives the
/// same tokens as the tokenizer before it (`ReferenceTokenizer`, kept
/// verbatim), on every repository text, on every sub-range of short texts
/// and on seeded random mixes of the pieces where the rules differ:
/// initialisms, numbers, clitics, hyphens, curly quotes, multi-byte letters
/// and spaces, invalid and truncated UTF-8.
@Suite struct TokenizerEquivalenceTests {
  static func fast(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, chunk: Int = Tokenizer.chunkSize) -> [Token] {
    var tokens: [Token] = []
    if range.isEmpty { return tokens }
    withUnsafeTemporaryAllocation(of: Token.self, capacity: chunk) { buffer in
      Tokenizer.tokenize(p, range: range, chunk: buffer, into: &tokens)
    }
    return tokens
  }

  static func reference(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Token] {
    var tokens: [Token] = []
    ReferenceTokenizer.tokenize(p, range: range, into: &tokens)
    return tokens
  }

  func check(_ bytes: [UInt8], _ label: @autoclosure () -> String, allRanges: Bool = false) {
    bytes.withUnsafeBufferPointer { p in
      let whole = 0..<p.count
      #expect(Self.fast(p, whole) == Self.reference(p, whole), "\(label())")
      // A chunk of one token and of three: the flushes give the same tokens.
      #expect(Self.fast(p, whole, chunk: 1) == Self.reference(p, whole), "\(label()) chunk 1")
      #expect(Self.fast(p, whole, chunk: 3) == Self.reference(p, whole), "\(label()) chunk 3")
      var public_: [Token] = []
      Tokenizer.tokenize(p, range: whole, into: &public_)
      #expect(public_ == Self.reference(p, whole), "\(label()) public")
      if allRanges {
        rangeLoop: for a in 0...p.count {
          for b in a...p.count where Self.fast(p, a..<b) != Self.reference(p, a..<b) {
            Issue.record("\(label()) range \(a)..<\(b)")
            break rangeLoop
          }
        }
      }
    }
  }

  @Test func sameAsReferenceOnRepositoryTexts() throws {
    let texts = try TextInvariantTests.repositoryTexts()
    #expect(texts.count > 100)
    for (origin, text) in texts { check(Array(text.utf8), origin) }
  }

  static let pieces: [String] = [
    "word", "Word", "n't", "don't", "Don’t", "can't", "won’t", "O'Brien", "Ukraine’s", "’s", "'s", "'re", "'ll", "'ve", "'d",
    "'m", "n", "N", "'", "’", "‘", "“", "”", "\"", "`", "«", "»", "U.S.", "U.S", "U.N.-backed", "U.S.-", "e.g.", "a.m.", "U.S.A", "J.", "x.", "..",
    "...", "…", ".", ",", "?", "!", "?!", "-", "--", "‐", "‑", "—", "–", "well-known", "24-hour", "-x", "x-", "20.5", "1,000",
    "1,0000", "1,000.50", "3.", ".5", "1,", ",000", "$", "%", "€", "(", ")", ";", ":", "Résumé", "café", "naïve", "日本語",
    "é", "\u{00A0}", "\u{2009}", "\u{3000}", "\u{FEFF}", "\u{200B}", " ", "  ", "\t", "\n", "\r\n", "a", "I", "9", "0",
    "abc123", "123abc", "x'", "n'", "N'T", "ma'am", "rock'n'roll", "'twas", "’90s", "x’", "#", "@", "_", "\u{FFFD}",
  ]

  @Test func sameAsReferenceOnRandomMixes() {
    var rng = SplitMix(seed: 0x70CE)
    for round in 0..<20_000 {
      var text = ""
      for _ in 0..<Int(1 + rng.next() % 10) {
        text += Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
        if rng.next() % 3 == 0 { text += " " }
      }
      check(Array(text.utf8), "round \(round): \(text.debugDescription)", allRanges: round < 2_000)
    }
  }

  @Test func sameAsReferenceOnRandomBytes() {
    // Any bytes, including invalid and truncated UTF-8 (the tokenizer never
    // sees them in a document, but it must not read past the range).
    var rng = SplitMix(seed: 0xB17E5)
    let alphabet: [UInt8] = Array("aZ9 .,'-\n".utf8) + [0x80, 0xBF, 0xC3, 0xA9, 0xE2, 0x80, 0x99, 0x9C, 0xA6, 0xF0, 0x9F, 0xFF]
    for round in 0..<5_000 {
      let bytes = (0..<Int(rng.next() % 24)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
      check(bytes, "round \(round): \(bytes)", allRanges: round < 1_000)
    }
  }

  /// `Tokenizer.nonWordLanes` marks exactly the bytes that the class table
  /// does not call word characters, every byte value in every lane, with
  /// random bytes around it.
  @Test func nonWordLanesMarkEveryNonWordByte() {
    var rng = SplitMix(seed: 0x5_7A12)
    for b in 0..<256 {
      for lane in 0..<16 {
        for _ in 0..<4 {
          var bytes = (0..<16).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
          bytes[lane] = UInt8(b)
          var v = SIMD16<UInt8>()
          for k in 0..<16 { v[k] = bytes[k] }
          let stops = Tokenizer.nonWordLanes(v)
          for k in 0..<16 {
            let marked = stops[k / 8] >> UInt64(k % 8 * 8) & 0xFF
            let expected: UInt64 = ByteClass.isWordChar(raw: ByteClass.table[Int(bytes[k])]) ? 0 : 0xFF
            #expect(marked == expected, "byte \(bytes[k]) lane \(k) in \(bytes)")
          }
        }
      }
    }
  }

  /// `spacedWords` writes a word's kind, capital and space as one 32-bit
  /// store (`Tokenizer.wordTails`): `Token`'s layout must put them at
  /// bytes 8, 9 and 10, and each tail must be the bytes of the token the
  /// plain initializer makes, for every ASCII letter and digit.
  @Test func wordTailsMatchTokenLayout() {
    #expect(MemoryLayout<Token>.size == 11 && MemoryLayout<Token>.stride == 12)
    #expect(MemoryLayout<Token>.offset(of: \Token.kind) == 8)
    #expect(MemoryLayout<Token>.offset(of: \Token.isCapitalized) == 9)
    #expect(MemoryLayout<Token>.offset(of: \Token.spaceBefore) == 10)
    let tails = Tokenizer.wordTails
    for b in Array("0123456789".utf8) + Array("abcdefghijklmnopqrstuvwxyz".utf8) + Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8) {
      let token = Token(start: 0, end: 1, kind: b &- 48 < 10 ? .number : .word, isCapitalized: b &- 65 < 26, spaceBefore: true)
      let bytes = withUnsafeBytes(of: token) { Array($0[8..<11]) }
      let tail = tails[Int(b &>> 5) & 3]
      #expect(bytes == [UInt8(truncatingIfNeeded: tail), UInt8(truncatingIfNeeded: tail >> 8), UInt8(truncatingIfNeeded: tail >> 16)], "byte \(b)")
      #expect(tail >> 24 == 0)
    }
  }

  /// Word runs of 0 to 64 bytes that cross 8- and 16-byte boundaries,
  /// read from every alignment and cut at every end (the sixteen-byte steps
  /// read past a range's end): the same tokens as the reference.
  @Test func sameAsReferenceOnLongRunsAtEveryAlignment() {
    var rng = SplitMix(seed: 0xA11_6E)
    let wordBytes: [UInt8] = Array("abcxyzABCXYZ0189".utf8)
    let enders: [String] = [" ", ".", ",", "-", "'", "’", "é", "\n", "?", "1", "…", "“", "\u{00A0}", ".5", ",000", "n't", "’s"]
    for round in 0..<3_000 {
      var text = ""
      for _ in 0..<Int(1 + rng.next() % 4) {
        let length = Int(rng.next() % 65)
        text += String(decoding: (0..<length).map { _ in wordBytes[Int(rng.next() % UInt64(wordBytes.count))] }, as: UTF8.self)
        text += enders[Int(rng.next() % UInt64(enders.count))]
      }
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { p in
        let a = Int(rng.next() % UInt64(min(9, p.count + 1)))
        for b in a...p.count where Self.fast(p, a..<b) != Self.reference(p, a..<b) {
          Issue.record("round \(round): \(text.debugDescription) range \(a)..<\(b)")
          break
        }
      }
    }
  }

  /// Tokens written in place (`tokenize(_:range:buffer:first:sentenceEnds:)`,
  /// the path of `Document`: runs of words written by `spacedWords` while
  /// sixteen bytes can be read past them) equal the reference's, and the
  /// possible sentence ends the chunk path's, on seeded mixes of words
  /// ending at spaces, commas (after letters and digits, with and without
  /// a space after), periods, curly quotes and long words, for ranges that
  /// end at, and just before, the end of the text.
  @Test func inPlaceSameAsReferenceToTheTextsEnd() {
    var rng = SplitMix(seed: 0x1F_5AC3)
    let pieces = Self.pieces + ["said,", "3,", "1,000,", "a,b", "x, ", ",", ", ", "word.", "talks", "Minister", "negotiations,", "ceasefire’s", "“Yes,”"]
    for round in 0..<4_000 {
      var text = ""
      for _ in 0..<Int(1 + rng.next() % 12) {
        text += pieces[Int(rng.next() % UInt64(pieces.count))]
        if rng.next() % 4 != 0 { text += " " }
      }
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { p in
        let a = Int(rng.next() % UInt64(min(4, p.count + 1)))
        for b in max(a, p.count - 12)...p.count {
          let first = Int(rng.next() % 4)
          var ends: [Int32] = []
          let fast = [Token](unsafeUninitializedCapacity: first + b - a + 1) { buffer, count in
            let n = Tokenizer.tokenize(p, range: a..<b, buffer: buffer, first: first, sentenceEnds: &ends)
            // Only the written tokens are read back.
            for k in 0..<first { buffer.initializeElement(at: k, to: Token(start: 0, end: 0, kind: .word, isCapitalized: false, spaceBefore: false)) }
            count = first + n
          }
          var chunked: [Token] = []
          var chunkEnds: [Int32] = []
          withUnsafeTemporaryAllocation(of: Token.self, capacity: 3) { chunk in
            Tokenizer.tokenize(p, range: a..<b, chunk: chunk, into: &chunked, sentenceEnds: &chunkEnds)
          }
          let reference = Self.reference(p, a..<b)
          if Array(fast[first...]) != reference || chunked != reference || ends != chunkEnds.map({ $0 + Int32(first) }) {
            Issue.record("round \(round): \(text.debugDescription) range \(a)..<\(b)")
            break
          }
        }
      }
    }
  }
}
