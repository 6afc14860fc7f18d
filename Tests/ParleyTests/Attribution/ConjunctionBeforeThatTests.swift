import Testing

@testable import Parley

/// `emit` splits a content at `and that` / `but that` found from the
/// `that`s (`nextConjunctionBeforeThat`); the walk over every token
/// outside quotes (`nextConjunction`) must split at the same tokens, in
/// the same order, on every range of every paragraph (quotes set as the
/// pass sets them for the paragraph). And `emitPiece` takes a clause's
/// reading for a range of the same start that ends past its horizon
/// (`KnownClause`): reading that range must give the same answer.
@Suite struct ConjunctionBeforeThatTests {
  /// Sentences with `and that` and `but that` in and out of quotes, at the
  /// edges of a range, after `that`, before an auxiliary, twice.
  static let sentences = [
    "The minister said that residents had refused to leave and that police had carried them out.",
    "She said the talks were useful and that a deal was close, but that the details were not settled.",
    "He said that “prices will rise and that is final” and that the bank would act.",
    "Officials said the plan would fail, and that was the end of it, but that would require a vote.",
    "“We want peace and that means talks,” he said, adding that the army had withdrawn and that aid would follow.",
    "The court ruled that the law was void and that the state must pay and that the fine stood.",
    "They said and that was all. But that did not stop them. And that, she said, was the point.",
    "The envoy told reporters that the ceasefire held “and that both sides” had agreed, and that monitors would stay.",
    "AND THAT was the headline, but THAT AND that and that but that.",
  ]

  @Test func splitsFromTheThatsEqualTheWalk() throws {
    var compared = 0
    var splits = 0
    try Self.forEachRange(lengths: [1, 2, 3, 4, 5, 7, 10, 16, 25, 40, 80]) { pass, r, _, text in
      var fast: [Int] = []
      var walked: [Int] = []
      pass.forEachSplit(of: r, byWalk: false) { fast.append($0) }
      pass.forEachSplit(of: r, byWalk: true) { walked.append($0) }
      #expect(fast == walked, "\(r) in \(text.prefix(60))")
      compared += 1
      splits += walked.count
    }
    // Ranges are compared, and splits are among them.
    #expect(compared > 100_000)
    #expect(splits > 200)
  }

  @Test func readingsPastTheHorizonAreAlike() throws {
    var compared = 0
    var clauses = 0
    try Self.forEachRange(lengths: [1, 2, 3, 4, 6, 9, 13, 20, 30]) { pass, r, tokens, text in
      var horizon = 0
      let reads = pass.looksLikeClause(r, horizon: &horizon)
      let known = KnownClause(range: r, horizon: horizon)
      let start = r.lowerBound
      for other in [r.count - 2, r.count - 1, r.count + 1, r.count + 3, r.count + 12, 45] where other >= 0 && start + other <= tokens.upperBound {
        let s = start..<(start + other)
        guard horizon < r.upperBound, horizon < s.upperBound else { continue }
        #expect(known.covers(s))
        #expect(pass.looksLikeClause(s) == reads, "\(r) \(s) in \(text.prefix(60))")
        compared += 1
        if reads { clauses += 1 }
      }
    }
    #expect(compared > 100_000)
    #expect(clauses > 20_000)
  }

  /// Calls `body` with a pass over each of the test sentences and snapshot
  /// texts (`AttributionTestSupport.forEachReadParagraph`) and every range
  /// of each paragraph of each of `lengths`, with the paragraph's tokens
  /// and the text.
  static func forEachRange(lengths: [Int], _ body: (inout AttributionPass, Range<Int>, Range<Int>, String) -> Void) throws {
    let engine = try TestSupport.engine()
    let texts = sentences + (try AttributionSnapshotTests.texts(engine).map(\.text))
    AttributionTestSupport.forEachReadParagraph(texts, engine) { pass, tokens, text in
      for start in tokens {
        for length in lengths where start + length <= tokens.upperBound {
          body(&pass, start..<(start + length), tokens, text)
        }
      }
    }
  }
}
