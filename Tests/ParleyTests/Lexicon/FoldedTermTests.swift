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

  @Test func termsThatStopBeingSimple() {
    expectSame([
      "peace talks", "peace  talks", "peace talks.", "no doubt", "can't agree", "cautiously optimis", "U.S. envoy",
      "a b c d e f", "a b c D", "", " ", "x", "well-known", "sticking points", "won’t budge", "20.5 percent", "talks ",
    ])
  }
}
