import Testing

@testable import Parley

/// `LexiconTerm.folded(_:key:ranges:)` refills buffers that the matcher's
/// set-up reuses from term to term; it gives what `folded(_:)` gives with
/// fresh arrays, for every built-in term in order, and for terms that start
/// like simple ones and turn out not to be (the ranges found so far are
/// dropped).
@Suite struct FoldedTermTests {
  func expectSame(_ terms: [String]) {
    var key: [UInt8] = [0x78]
    var ranges: [Range<Int>] = [0..<1]
    for term in terms {
      LexiconTerm.folded(term, key: &key, ranges: &ranges)
      let fresh = LexiconTerm.folded(term)
      #expect(key == fresh.key && ranges == fresh.ranges, "\(term.debugDescription)")
    }
  }

  @Test func builtinTermsInOrder() throws {
    let engine = try TestSupport.engine()
    let terms = engine.matcher.entries.map(\.term)
    #expect(terms.count > 1_000)
    expectSame(terms)
  }

  /// The tokens `folded` reads, written into a buffer of one token a
  /// byte and more (`Tokenizer.tokenize(_:range:into:)` with a buffer),
  /// are those the array form gives: every built-in term, and seeded
  /// random texts of 0 to 30 bytes (letters of both cases, digits,
  /// spaces, punctuation, periods, apostrophes straight and curly, quotes,
  /// bytes above ASCII), inside a longer buffer.
  @Test func termTokensInABuffer() throws {
    let engine = try TestSupport.engine()
    var texts = engine.lexicons.entries.map { Array($0.term.utf8) }
    var rng = SplitMix(seed: 61)
    let alphabet: [[UInt8]] = Array("abcXYZ019 .,;:-'\"?!()$%".utf8).map { [$0] } + [[0xE2, 0x80, 0x99], [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D], [0xC3, 0xA9], [0xE2, 0x80, 0x94]]
    for _ in 0..<5_000 {
      var text: [UInt8] = []
      let length = Int(rng.next() % 31)
      while text.count < length { text += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
      texts.append(text)
    }
    for text in texts {
      let padded = [UInt8(ascii: "Q")] + text + [UInt8(ascii: "Q")]
      padded.withUnsafeBufferPointer { p in
        let range = 1..<(1 + text.count)
        var expected: [Token] = []
        Tokenizer.tokenize(p, range: range, into: &expected)
        let got = withUnsafeTemporaryAllocation(of: Token.self, capacity: text.count + 1) { out in
          Array(out[..<Tokenizer.tokenize(p, range: range, into: out)])
        }
        #expect(got == expected, "\(text)")
      }
    }
  }

  @Test func termsThatStopBeingSimple() {
    expectSame([
      "peace talks", "peace  talks", "peace talks.", "no doubt", "can't agree", "cautiously optimis", "U.S. envoy",
      "a b c d e f", "a b c D", "", " ", "x", "well-known", "sticking points", "won’t budge", "20.5 percent", "talks ",
    ])
  }
}
