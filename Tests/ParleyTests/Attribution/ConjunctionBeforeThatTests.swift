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
    let engine = try TestSupport.engine()
    var compared = 0
    var splits = 0
    let texts = Self.sentences + (try AttributionSnapshotTests.texts(engine).map(\.text))
    for text in texts {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      var pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      for p in document.paragraphs.indices {
        // (Sets the paragraph's quotes and `quoteAt`, as for its units.)
        pass.attribute(paragraph: p)
        let tokens = document.paragraphs[p].tokens
        for start in tokens {
          for length in [1, 2, 3, 4, 5, 7, 10, 16, 25, 40, 80] where start + length <= tokens.upperBound {
            let r = start..<(start + length)
            var fast: [Int] = []
            var walked: [Int] = []
            pass.forEachSplit(of: r, byWalk: false) { fast.append($0) }
            pass.forEachSplit(of: r, byWalk: true) { walked.append($0) }
            #expect(fast == walked, "\(r) in \(text.prefix(60))")
            compared += 1
            splits += walked.count
          }
        }
      }
    }
    // Ranges are compared, and splits are among them.
    #expect(compared > 100_000)
    #expect(splits > 200)
  }

  @Test func readingsPastTheHorizonAreAlike() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var clauses = 0
    let texts = Self.sentences + (try AttributionSnapshotTests.texts(engine).map(\.text))
    for text in texts {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      var pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      for p in document.paragraphs.indices {
        pass.attribute(paragraph: p)
        let tokens = document.paragraphs[p].tokens
        for start in tokens {
          for length in [1, 2, 3, 4, 6, 9, 13, 20, 30] where start + length <= tokens.upperBound {
            let r = start..<(start + length)
            var horizon = 0
            let reads = pass.looksLikeClause(r, horizon: &horizon)
            let known = KnownClause(range: r, horizon: horizon)
            for other in [length - 2, length - 1, length + 1, length + 3, length + 12, 45] where other >= 0 && start + other <= tokens.upperBound {
              let s = start..<(start + other)
              guard horizon < r.upperBound, horizon < s.upperBound else { continue }
              #expect(known.covers(s))
              #expect(pass.looksLikeClause(s) == reads, "\(r) \(s) in \(text.prefix(60))")
              compared += 1
              if reads { clauses += 1 }
            }
          }
        }
      }
    }
    #expect(compared > 100_000)
    #expect(clauses > 20_000)
  }
}
