import Testing

@testable import Parley

@Suite struct WordMemoTests {
  /// The ranges of `text`'s words, split at spaces.
  static func words(_ text: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for i in 0...text.count where i == text.count || text[i] == UInt8(ascii: " ") {
      ranges.append(start..<i)
      start = i + 1
    }
    return ranges
  }

  /// The key of a word is the same whether it is read with two wide loads
  /// (far from the end of the text) or byte by byte (near the end), and
  /// holds exactly the word's bytes.
  @Test func keyIsTheWordsBytesOnBothPaths() {
    var generator = SeededGenerator(seed: 5)
    for length in 1...WordMemo.maxLength {
      for _ in 0..<20 {
        let word = (0..<length).map { _ in UInt8.random(in: 1...255, using: &generator) }
        let far = word + Array(repeating: 0xFF, count: 20)
        let near = [0x41, 0x42] + word
        let k1 = far.withUnsafeBufferPointer { WordMemo.key($0, 0..<length) }
        let k2 = near.withUnsafeBufferPointer { WordMemo.key($0, 2..<(2 + length)) }
        #expect(k1 == k2, "length \(length)")
        var bytes: [UInt8] = []
        for i in 0..<length { bytes.append(UInt8(truncatingIfNeeded: (i < 8 ? k1.0 >> (8 * UInt64(i)) : k1.1 >> (8 * UInt64(i - 8))))) }
        #expect(bytes == word)
      }
    }
  }

  /// Each word is made once while the memo holds it; a full memo empties
  /// itself and makes words again, with the same values.
  @Test func makesEachWordOnceAndEmptiesWhenFull() {
    let text = Array("said Said SAID said talks talk talked Talks said a-very-long-hyphenated-word a-very-long-hyphenated-word".utf8)
    let ranges = Self.words(text)
    for maxCount in [1, 3, 100] {
      var memo = WordMemo(maxCount: maxCount, initialSlots: 4)
      var made: [String] = []
      var values: [Int32] = []
      text.withUnsafeBufferPointer { p in
        for r in ranges {
          let word = String(decoding: p[r], as: UTF8.self)
          let e = memo.entry(p, r) { e in
            made.append(word)
            e.exact = Int32(word.hashValue & 0xFFFF)
            e.facts = UInt32(r.count)
          }
          values.append(e.exact)
          #expect(e.facts == UInt32(r.count))
          #expect(memo.count <= maxCount)
        }
      }
      let words = ranges.map { String(decoding: text[$0], as: UTF8.self) }
      #expect(values == words.map { Int32($0.hashValue & 0xFFFF) }, "max \(maxCount)")
      if maxCount == 100 {
        // Case matters; the long word (over 16 bytes) is never kept.
        #expect(made == ["said", "Said", "SAID", "talks", "talk", "talked", "Talks", "a-very-long-hyphenated-word", "a-very-long-hyphenated-word"])
        #expect(memo.count == 7)
      } else {
        #expect(made.count > 9)
      }
    }
  }

  /// The slots start on a cache line, so that no 32-byte entry straddles
  /// two; a copy of a memo keeps the entries it had, and words made in one
  /// copy (growing it, or emptying it when full) are not in the other.
  @Test func slotsAreAlignedAndCopiesAreValues() {
    let text = Array("alpha beta gamma delta epsilon zeta eta theta iota kappa".utf8)
    let ranges = Self.words(text)
    text.withUnsafeBufferPointer { p in
      for maxCount in [4, 100] {
        var memo = WordMemo(maxCount: maxCount, initialSlots: 4)
        #expect(memo.withSlots { slots, _ in Int(bitPattern: slots) % 64 } == 0)
        for r in ranges.prefix(3) { _ = memo.entry(p, r) { $0.exact = Int32(r.lowerBound) } }
        var copy = memo
        var made: [Int] = []
        // Each word in its own memo: the copy grows (or empties), the
        // first keeps its three.
        for r in ranges.dropFirst(3) { _ = copy.entry(p, r) { $0.exact = Int32(r.lowerBound) } }
        for r in ranges.prefix(3) {
          let e = memo.entry(p, r) { _ in made.append(r.lowerBound) }
          #expect(e.exact == Int32(r.lowerBound))
        }
        #expect(made.isEmpty, "max \(maxCount)")
        for r in ranges.dropFirst(3) {
          var madeAgain = false
          let e = memo.entry(p, r) { e in
            madeAgain = true
            e.exact = -2
          }
          #expect(madeAgain && e.exact == -2)
        }
        #expect(copy.withSlots { slots, _ in Int(bitPattern: slots) % 64 } == 0)
      }
    }
  }

  /// Ids through the memo are those of `tokenIDs(_:)`, and the word facts
  /// those attribution computes itself, for every fixture article, with a
  /// shared memo and with one so small that it keeps emptying.
  @Test func idsAndFactsMatchTheDirectComputation() throws {
    let engine = try TestSupport.engine()
    var shared = WordMemo()
    var tiny = WordMemo(maxCount: 5, initialSlots: 4)
    let texts = try TextInvariantTests.evaluationTexts()
    #expect(texts.count > 100)
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let plain = engine.matcher.tokenIDs(document)
      for memo in [0, 1] {
        let ids = memo == 0 ? engine.tokenIDs(document, memo: &shared) : engine.tokenIDs(document, memo: &tiny)
        #expect(ids.exact == plain.exact, "\(origin)")
        #expect(ids.prefix == plain.prefix, "\(origin)")
        #expect(ids.starts == plain.starts, "\(origin)")
        let facts = document.text.withUnsafeBufferPointer { p in
          document.tokens.map { $0.kind == .word ? TokenFacts.wordFacts(p, Int($0.start)..<Int($0.end), engine.attributor.vocabulary.words) : 0 }
        }
        #expect(ids.wordFacts == facts, "\(origin)")
      }
    }
  }

  /// The same on seeded random texts: lexicon terms in any case, the
  /// tokenizer's hard pieces (clitics, curly quotes, initialisms, numbers,
  /// non-ASCII), and words of 7 to 17 bytes around the key's load and
  /// length limits, with a shared memo and one that keeps emptying; words
  /// at the very end of a text take the byte-by-byte key.
  @Test func idsAndFactsMatchOnRandomTexts() throws {
    let engine = try TestSupport.engine()
    var shared = WordMemo()
    var tiny = WordMemo(maxCount: 7, initialSlots: 4)
    var rng = SplitMix(seed: 0x3E30)
    let terms = engine.matcher.entries.map(\.term).filter { !$0.contains("*") }
    let pieces = TokenizerEquivalenceTests.pieces + ["peacekeepers", "counteroffensive", "Breakthroughs", "DE-ESCALATION", "unprecedentedly", "ceasefire’s", "Negotiators'"]
    for round in 0..<3_000 {
      var text = ""
      for _ in 0..<Int(1 + rng.next() % 14) {
        switch rng.next() % 3 {
        case 0:
          var term = terms[Int(rng.next() % UInt64(terms.count))]
          if rng.next() % 4 == 0 { term = term.uppercased() } else if rng.next() % 4 == 0 { term = term.capitalized }
          text += term
        case 1: text += pieces[Int(rng.next() % UInt64(pieces.count))]
        default: text += String(repeating: "ab", count: Int(rng.next() % 9)) + (rng.next() % 2 == 0 ? "x" : "")
        }
        text += rng.next() % 4 == 0 ? "" : " "
      }
      let document = engine.read(id: "r", text: text)
      let plain = engine.matcher.tokenIDs(document)
      let facts = document.text.withUnsafeBufferPointer { p in
        document.tokens.map { $0.kind == .word ? TokenFacts.wordFacts(p, Int($0.start)..<Int($0.end), engine.attributor.vocabulary.words) : 0 }
      }
      for memo in [0, 1] {
        let ids = memo == 0 ? engine.tokenIDs(document, memo: &shared) : engine.tokenIDs(document, memo: &tiny)
        #expect(ids.exact == plain.exact, "round \(round): \(text.debugDescription)")
        #expect(ids.prefix == plain.prefix, "round \(round)")
        #expect(ids.starts == plain.starts, "round \(round)")
        #expect(ids.wordFacts == facts, "round \(round)")
      }
    }
  }

  /// A word's shape read eight bytes a step (`TokenFacts.shapeByWords`)
  /// equals the byte loop's: flags and folded key, for words of 1 to 16
  /// bytes of letters of both cases, hyphens, digits, apostrophes, bytes
  /// next to the letters' ranges and UTF-8 capitals and small letters,
  /// with any bytes after them.
  @Test func shapeByWordsEqualsShapeByBytes() {
    var generator = SeededGenerator(seed: 32)
    let pieces: [[UInt8]] = [
      [0x41], [0x5A], [0x61], [0x7A], [0x40], [0x5B], [0x60], [0x7B], [0x2D], [0x2C], [0x27], [0x30], [0x39], [0x7F], [0x00],
      [0xC3, 0x89], [0xC3, 0xA9], [0xD0, 0x96], [0xC4, 0x80], [0xE2, 0x80, 0x99], [0xC1], [0xC0], [0xE1], [0xDA],
    ]
    for _ in 0..<40_000 {
      var word: [UInt8] = []
      let length = Int.random(in: 1...PackedWord.capacity, using: &generator)
      while word.count < length {
        if Bool.random(using: &generator) {
          word.append(UInt8.random(in: 0x41...0x5A, using: &generator) | (Bool.random(using: &generator) ? 0x20 : 0))
        } else {
          word += pieces.randomElement(using: &generator)!
        }
      }
      word.removeLast(word.count - length)
      let after = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let text = [0x20] + word + after
      text.withUnsafeBufferPointer { p in
        let r = 1..<(1 + length)
        let fast = TokenFacts.shapeByWords(p, r, UnsafeRawPointer(p.baseAddress! + 1))
        let slow = TokenFacts.shapeByBytes(p, r)
        #expect(fast.0.rawValue == slow.0.rawValue, "\(word)")
        #expect(fast.1 == slow.1, "\(word)")
        #expect(TokenFacts.shape(p, r).0.rawValue == slow.0.rawValue)
      }
    }
  }
}
