import Testing

@testable import Parley

/// Token ids written into the last document's arrays (`Workspace`) are
/// those made fresh, whatever the arrays held: longer, shorter or equal
/// documents before.
@Suite("Token ids refilled")
struct TokenIDsReuseTests {
  @Test func refilledIdsEqualFreshOnes() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    #expect(texts.count > 100)
    var memo = WordMemo()
    var fresh = WordMemo()
    var reused = TokenIDs(exact: [], prefix: [])
    // Forward, then backward, so each array both grows and shrinks.
    for (origin, text) in texts + texts.reversed() {
      let document = engine.read(id: "t", text: text)
      engine.tokenIDs(document, memo: &memo, into: &reused)
      let expected = engine.tokenIDs(document, memo: &fresh)
      #expect(reused.exact == expected.exact, "\(origin)")
      #expect(reused.prefix == expected.prefix, "\(origin)")
      #expect(reused.starts == expected.starts, "\(origin)")
      #expect(reused.wordFacts == expected.wordFacts, "\(origin)")
    }
  }

  /// A whole document's analysis through a workspace that keeps its ids
  /// equals one through a fresh workspace, for every text in turn.
  @Test func analysesWithKeptIdsEqualFreshOnes() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    var workspace = Workspace()
    let encoder = ReportEncoder(evidence: true)
    for (origin, text) in texts + texts.reversed() {
      let document = engine.read(id: "t", text: text)
      let kept = engine.analyze(document, model: RuleModel(), evidence: true, workspace: &workspace)
      let alone = engine.analyze(document, model: RuleModel(), evidence: true)
      var a = JSONWriter()
      encoder.record(kept, document: document, parameters: engine.parameters, into: &a)
      var b = JSONWriter()
      encoder.record(alone, document: document, parameters: engine.parameters, into: &b)
      #expect(a.bytes == b.bytes, "\(origin)")
    }
    #expect(workspace.tokenIDs != nil)
  }
}

/// `Array.reset(count:to:)` gives `count` copies of the value from any
/// array: longer, shorter, equal, empty.
@Suite("Array reset")
struct ArrayResetTests {
  @Test func resetEqualsAFreshArray() {
    var random = SeededRandom(seed: 31)
    var ints: [Int32] = []
    var flags: [Bool] = []
    for _ in 0..<2_000 {
      let n = Int(random.next() % 300)
      let v = Int32(truncatingIfNeeded: random.next() % 5) - 2
      ints.reset(count: n, to: v)
      #expect(ints == [Int32](repeating: v, count: n))
      let f = random.next() % 2 == 0
      flags.reset(count: n, to: f)
      #expect(flags == [Bool](repeating: f, count: n))
      // Dirty it, as a document's use does.
      for i in ints.indices where random.next() % 3 == 0 { ints[i] = 7 }
      for i in flags.indices where random.next() % 3 == 0 { flags[i].toggle() }
    }
  }
}
