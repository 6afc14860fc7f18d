import Testing

@testable import Parley

/// A token's row keeps its class as the raw value in the high byte, read
/// back without `init(rawValue:)` (`TokenFacts.Flags.word`): the layout
/// that read relies on, and the clamp that keeps every row's byte a class.
@Suite struct WordClassLayoutTests {
  @Test func everyClassIsStoredAsItsRawValue() {
    var raw: UInt8 = 0
    while let c = WordClass(rawValue: raw) {
      #expect(unsafeBitCast(raw, to: WordClass.self) == c)
      #expect(TokenFacts.Flags(rawValue: UInt32(raw) << 24 | TokenFacts.Flags.capitalized.rawValue).word == c)
      raw += 1
    }
    #expect(raw == WordClass.last.rawValue + 1)
  }

  @Test func rowsKeepFlagsAndClassAndClampTheRest() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let v = UInt32(truncatingIfNeeded: state >> 29)
      let row = TokenFacts.Flags.row(v)
      if let c = WordClass(rawValue: UInt8(v >> 24)) {
        #expect(row.rawValue == v)
        #expect(row.word == c)
      } else {
        #expect(row.word == WordClass.last)
      }
      #expect(WordClass(rawValue: UInt8(row.rawValue >> 24)) != nil)
    }
  }

  /// Every word of every repository text: the row's class is what the
  /// function-word table says for the word.
  @Test func rowsHoldTheWordsClasses() throws {
    let engine = try TestSupport.engine()
    var classed = 0
    for (_, text) in try TextInvariantTests.repositoryTexts() {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      document.text.withUnsafeBufferPointer { p in
        for (i, t) in document.tokens.enumerated() where t.kind == .word || t.kind == .clitic {
          let expected = engine.attributor.vocabulary.words.lookup(p, Int(t.start)..<Int(t.end))
          #expect(facts.word(i) == expected)
          if expected != .none { classed += 1 }
        }
      }
    }
    #expect(classed > 1_000)
  }
}
