import Testing

@testable import Parley

/// `NarratorRuns` finds the narrator's parts of each sentence from the
/// statements' merged token ranges; they must be the maximal runs of
/// tokens that no statement covers, as a scan of a per-token flag finds
/// them (the engine's loop before), on seeded random documents with
/// overlapping, nested, touching, empty and sentence-crossing statements.
@Suite struct NarratorRunsTests {
  /// The runs of `sentence` outside every statement, token by token.
  static func reference(_ statements: [Range<Int>], tokens: Int, sentence: Range<Int>) -> [Range<Int>] {
    var covered = [Bool](repeating: false, count: tokens)
    for st in statements { for k in st { covered[k] = true } }
    guard sentence.contains(where: { covered[$0] }) else { return [sentence] }
    var runs: [Range<Int>] = []
    var start: Int? = nil
    for k in sentence.lowerBound...sentence.upperBound {
      if k < sentence.upperBound, !covered[k] {
        if start == nil { start = k }
        continue
      }
      guard let s = start else { continue }
      start = nil
      runs.append(s..<k)
    }
    return runs
  }

  @Test func sameAsTokenByTokenOnSeededDocuments() {
    var rng = SplitMix(seed: 0x9A11)
    var touched = 0
    for _ in 0..<3_000 {
      let tokens = Int(rng.next() % 60)
      // Sentences partition the tokens (some empty).
      var sentences: [Range<Int>] = []
      var k = 0
      while k < tokens {
        let n = min(tokens - k, Int(rng.next() % 15))
        sentences.append(k..<(k + n))
        k += n
      }
      var statements: [Range<Int>] = []
      for _ in 0..<Int(rng.next() % 6) where tokens > 0 {
        let a = Int(rng.next() % UInt64(tokens))
        let b = min(tokens, a + Int(rng.next() % 20))
        statements.append(a..<b)
      }
      var covered = statements.filter { !$0.isEmpty }
      NarratorRuns.merge(&covered)
      // Merged: disjoint, in order, not touching.
      for i in covered.indices.dropFirst() { #expect(covered[i - 1].upperBound < covered[i].lowerBound) }
      var next = 0
      for sentence in sentences {
        var runs: [Range<Int>] = [sentence]
        if NarratorRuns.touches(covered, sentence, from: &next) {
          touched += 1
          runs = []
          NarratorRuns.each(outside: covered, in: sentence, from: next) { runs.append($0) }
        }
        #expect(runs == Self.reference(statements, tokens: tokens, sentence: sentence), "\(statements) \(sentence)")
      }
    }
    #expect(touched > 1_000)
  }
}
