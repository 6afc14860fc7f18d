import Testing

@testable import Parley

/// A token's exact and prefix ids live side by side in one 8-byte row
/// (`TokenIDs.Row`), the layout the word memo keeps them in, so the id
/// pass copies both at once; `TokenIDs.exact` and `TokenIDs.prefix` read
/// them back by token index.
@Suite struct TokenRowTests {
  /// The row is two 32-bit ids, and the memo entry keeps one at byte 16
  /// of its 32 (two entries to a cache line).
  @Test func rowLayoutMatchesTheMemoEntry() {
    #expect(MemoryLayout<TokenIDs.Row>.size == 8)
    #expect(MemoryLayout<TokenIDs.Row>.stride == 8)
    #expect(MemoryLayout<TokenIDs.Row>.offset(of: \.exact) == 0)
    #expect(MemoryLayout<TokenIDs.Row>.offset(of: \.prefix) == 4)
    #expect(MemoryLayout<WordMemo.Entry>.offset(of: \.ids) == 16)
    #expect(MemoryLayout<WordMemo.Entry>.stride == 32)
    var e = WordMemo.Entry()
    #expect(e.ids == TokenIDs.Row(exact: -1, prefix: -1))
    e.exact = 7
    e.prefix = 9
    #expect(e.ids == TokenIDs.Row(exact: 7, prefix: 9))
  }

  /// Columns built from two arrays read back as those arrays, empty ones
  /// included, and compare token by token.
  @Test func columnsReadBackTheIds() {
    var random = SeededRandom(seed: 14)
    for n in [0, 1, 2, 7, 300] {
      let exact = (0..<n).map { _ in Int32(truncatingIfNeeded: random.next() % 50) - 10 }
      let prefix = (0..<n).map { _ in Int32(truncatingIfNeeded: random.next() % 50) - 40 }
      let ids = TokenIDs(exact: exact, prefix: prefix)
      #expect(ids.rows.count == n)
      #expect(Array(ids.exact) == exact)
      #expect(Array(ids.prefix) == prefix)
      #expect(ids.exact.count == n && ids.prefix.count == n)
      for i in 0..<n {
        #expect(ids.exact[i] == ids.rows[i].exact && ids.prefix[i] == ids.rows[i].prefix)
      }
      // Same ids, same columns; the two columns of one document differ.
      #expect(TokenIDs(exact: exact, prefix: prefix).exact == ids.exact)
      if n > 0, exact != prefix { #expect(ids.exact != ids.prefix) }
    }
  }

  /// The memo's ids equal those looked up without it on every repository
  /// text, read in one workspace's arrays after a longer document (rows
  /// are sized, not reset: every one must be written).
  @Test func keptRowsAfterALongerDocumentAreWrittenAnew() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.repositoryTexts()
    var memo = WordMemo()
    var kept = TokenIDs()
    // The longest text first, so every later one reuses longer arrays.
    let longest = texts.max { $0.1.utf8.count < $1.1.utf8.count }!
    engine.tokenIDs(engine.read(id: "t", text: longest.1), memo: &memo, into: &kept)
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      engine.tokenIDs(document, memo: &memo, into: &kept)
      let plain = engine.matcher.tokenIDs(document)
      #expect(kept.rows == plain.rows, "\(origin)")
      #expect(kept.starts == plain.starts, "\(origin)")
    }
  }
}
