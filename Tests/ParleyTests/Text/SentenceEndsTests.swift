import Testing

@testable import Parley

/// The segmenter reads only the tokens that the tokenizer lists as possible
/// sentence ends (`Tokenizer.tokenize(_:range:chunk:into:sentenceEnds:)`).
/// The list must hold every terminal and every word ending in a period, in
/// order, inside the paragraph; the sentences found from it must be those
/// the segmenter finds reading every token (`sentences(_:tokens:range:)`).
@Suite struct SentenceEndsTests {
  /// Checks the list and the sentences for every paragraph of `text`;
  /// returns a description of each difference.
  static func differences(_ text: [UInt8], _ segmenter: Segmenter) -> [String] {
    var problems: [String] = []
    let document = Document(id: "t", bytes: text, segmenter: segmenter)
    text.withUnsafeBufferPointer { p in
      for (index, paragraph) in document.paragraphs.enumerated() {
        // The paragraph's tokens anew, with the list.
        var tokens: [Token] = []
        var ends: [Int32] = []
        withUnsafeTemporaryAllocation(of: Token.self, capacity: 3) { chunk in
          Tokenizer.tokenize(p, range: paragraph.span.start..<paragraph.span.end, chunk: chunk, into: &tokens, sentenceEnds: &ends)
        }
        if tokens != Array(document.tokens[paragraph.tokens]) { problems.append("paragraph \(index): other tokens") }
        if ends != ends.sorted() || Set(ends).count != ends.count { problems.append("paragraph \(index): list not increasing") }
        let listed = Set(ends.map(Int.init))
        for (k, t) in tokens.enumerated() {
          let periodWord = t.kind == .word && p[Int(t.end) - 1] == UInt8(ascii: ".")
          if (t.kind == .terminal || periodWord) && !listed.contains(k) { problems.append("paragraph \(index): token \(k) not listed") }
        }
        if listed.contains(where: { $0 < 0 || $0 >= tokens.count }) { problems.append("paragraph \(index): index outside") }
        // The sentences: every token read, against the document's.
        let full = segmenter.sentences(p, tokens: document.tokens, range: paragraph.tokens)
        let found = document.sentences[paragraph.sentences].map(\.tokens)
        if full != found { problems.append("paragraph \(index): sentences \(found) != \(full)") }
      }
    }
    return problems
  }

  @Test func sameSentencesOnRepositoryTexts() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.repositoryTexts()
    #expect(texts.count > 100)
    for (origin, text) in texts {
      let problems = Self.differences(Array(text.utf8), engine.segmenter)
      #expect(problems.isEmpty, "\(origin): \(problems.prefix(3))")
    }
  }

  /// Seeded mixes of the pieces where sentences end or do not: terminals,
  /// ellipses, abbreviations, initialisms, numbers, closing quotes and
  /// brackets, lower- and upper-case words, line breaks.
  @Test func sameSentencesOnRandomMixes() throws {
    let engine = try TestSupport.engine()
    var rng = SplitMix(seed: 0x5E67)
    let pieces = TokenizerEquivalenceTests.pieces + [
      "Mr.", "Jan.", "No.", "Art.", "Gen.", "D.C.", "U.K.", "etc.", "the", "The", "it", "It", "5", "(", ")", "]", "?”", ".”", "!)",
      "…", "...", "A.", "x.y.", "3.5.", "1,000.", "word.", "Word.", "\n\n", "\n",
    ]
    for round in 0..<4_000 {
      var text = ""
      for _ in 0..<Int(1 + rng.next() % 16) {
        text += pieces[Int(rng.next() % UInt64(pieces.count))]
        if rng.next() % 3 != 0 { text += " " }
      }
      let problems = Self.differences(Array(text.utf8), engine.segmenter)
      #expect(problems.isEmpty, "round \(round): \(text.debugDescription) \(problems.prefix(3))")
    }
  }

  /// Texts up to `Document.inPlaceLimit` bytes are tokenized in place,
  /// longer ones through a chunk: both give the paragraphs' own tokens and
  /// the full reading's sentences, just under and over the limit.
  @Test func sameAroundTheInPlaceLimit() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.repositoryTexts().map { Array($0.text.utf8) }
    var all: [UInt8] = []
    var k = 0
    while all.count <= Document.inPlaceLimit + 4_096 {
      all += texts[k % texts.count] + Array("\n\n".utf8)
      k += 1
    }
    for length in [Document.inPlaceLimit - 1, Document.inPlaceLimit, Document.inPlaceLimit + 1, all.count] {
      // Cut after a line break at or before `length`, so the cut does not
      // split a character, padded with spaces back to `length`.
      var cut = length
      while all[cut - 1] != 0x0A { cut -= 1 }
      let text = Array(all[..<cut]) + Array(repeating: UInt8(ascii: " "), count: length - cut)
      #expect(text.count == length)
      let problems = Self.differences(text, engine.segmenter)
      #expect(problems.isEmpty, "\(text.count) bytes: \(problems.prefix(3))")
      let document = Document(id: "t", bytes: text, segmenter: engine.segmenter)
      #expect(invariantViolations(document, input: text).isEmpty, "\(text.count) bytes")
    }
  }

  /// A document holds its tokens at about their size whichever way they
  /// were made: the in-place array (room for a token a byte) is not kept.
  @Test func tokensKeptAtTheirSize() throws {
    let engine = try TestSupport.engine()
    let prose = try TextInvariantTests.repositoryTexts().map(\.text).joined(separator: "\n\n")
    // Prose of about 5 bytes a token, and punctuation of 1 to 2 bytes a
    // token, each just under and over the in-place limit.
    let dense = String(repeating: "1,2;(x)", count: Document.inPlaceLimit / 7 + 10)
    for source in [prose, dense] {
      let bytes = Array(source.utf8)
      for length in [300, Document.inPlaceLimit - 1, Document.inPlaceLimit + 1] where length <= bytes.count {
        var cut = length
        while cut > 0, bytes[cut - 1] & 0xC0 == 0x80 { cut -= 1 }
        let document = Document(id: "t", bytes: Array(bytes[..<cut]), segmenter: engine.segmenter)
        #expect(!document.tokens.isEmpty)
        #expect(document.tokens.capacity <= 2 * document.tokens.count + 64, "\(cut) bytes: \(document.tokens.count) tokens in room for \(document.tokens.capacity)")
      }
    }
  }

  /// Paragraphs go in place while the array's room left holds a token for
  /// each of their bytes (`Document.inPlaceBytesPerToken`); from the first
  /// that it does not (dense punctuation, a token a byte), through a chunk.
  /// Mixes of prose and dense paragraphs: the paragraphs' own tokens, the
  /// full reading's sentences, the tokens kept at about their size.
  @Test func sameWhenTheInPlaceRoomRunsOut() throws {
    let engine = try TestSupport.engine()
    var rng = SplitMix(seed: 0x9_00F)
    let prose = try TextInvariantTests.repositoryTexts().prefix(60).map(\.text)
    let dense = ["1,2;(x)", "...", "?!", "“”", "a-b", "U.S.", "x’s"]
    for round in 0..<300 {
      var paragraphs: [String] = []
      for _ in 0..<Int(1 + rng.next() % 6) {
        if rng.next() % 2 == 0 {
          paragraphs.append(prose[Int(rng.next() % UInt64(prose.count))])
        } else {
          paragraphs.append(String(repeating: dense[Int(rng.next() % UInt64(dense.count))] + (rng.next() % 2 == 0 ? " " : ""), count: Int(1 + rng.next() % 300)))
        }
      }
      let text = Array(paragraphs.joined(separator: "\n\n").utf8)
      let problems = Self.differences(text, engine.segmenter)
      #expect(problems.isEmpty, "round \(round): \(problems.prefix(3))")
      let document = Document(id: "t", bytes: text, segmenter: engine.segmenter)
      #expect(document.tokens.capacity <= 2 * document.tokens.count + 64, "round \(round): \(document.tokens.count) tokens in room for \(document.tokens.capacity)")
    }
  }
}
