import Testing

@testable import Parley

/// The walks that stop early answer as the full ones, on the snapshot's
/// texts (every repository text and 600 seeded recombinations):
/// `TokenFacts.firstComma(in:)` (over the flags' buffer) as the first
/// token of the range with a comma; `hasAtMostWords` (which stops counting
/// past its limit) as a count of every word of the quote; `scareWords`
/// (which stops one word past `maxScareWords`) as that count, or nil only
/// for a quote longer than that which `isNameLike` rejects; `maker(of:)`
/// and `outlet(of:)`, which skip a phrase with no grammar word between its
/// first and last token, as their full searches.
@Suite struct AttributionShortWalkTests {
  @Test func makerAndOutletSkipsEqualTheFullSearches() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var skipped = 0
    var makers = 0
    var outlets = 0
    for (_, text) in try AttributionSnapshotTests.texts(engine) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      let pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      let n = document.tokens.count
      // Every phrase of three and of five tokens (`outlet` needs three at
      // least, `in` and a medium's noun after the first word).
      for start in 0..<n {
        for length in [3, 5] where start + length <= n {
          let r = start..<(start + length)
          let inner = (start + 1)..<(start + length - 1)
          #expect(pass.hasGrammarWord(in: inner) == inner.contains { facts.word($0) != .none }, "\(r)")
          if !pass.hasGrammarWord(in: inner) { skipped += 1 }
          for madeThing in [false, true] {
            let full = pass.maker(ofLong: r, madeThing: madeThing)
            #expect(pass.maker(of: r, madeThing: madeThing) == full, "\(r) \(madeThing)")
            if full != nil { makers += 1 }
          }
          let full = pass.outlet(ofLong: NounPhrase(range: r))?.range
          #expect(pass.outlet(of: NounPhrase(range: r))?.range == full, "\(r)")
          if full != nil { outlets += 1 }
          compared += 1
        }
      }
    }
    // Both ways are taken, and the full searches find something.
    #expect(compared > 10_000)
    #expect(skipped > 1_000)
    #expect(makers > 100)
    #expect(outlets > 0)
  }

  @Test func firstCommaEqualsThePlainWalk() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var found = 0
    for (_, text) in try AttributionSnapshotTests.texts(engine).prefix(150) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      let n = document.tokens.count
      for start in 0...n {
        for length in [0, 1, 2, 7, 30, n] {
          let range = start..<min(n, start + length)
          let plain = range.first { facts.isComma($0) }
          #expect(facts.firstComma(in: range) == plain, "\(range)")
          compared += 1
          if plain != nil { found += 1 }
        }
      }
    }
    #expect(compared > 10_000)
    #expect(found > 1_000)
  }

  @Test func hasAtMostWordsEqualsTheFullCount() throws {
    var compared = 0
    var long = 0
    try Self.forEachQuote { pass, q, words in
      for limit in 0...6 {
        #expect(pass.hasAtMostWords(q, limit) == (words <= limit), "\(q.inner) \(limit)")
        compared += 1
      }
      if words > 6 { long += 1 }
    }
    #expect(compared > 1_000)
    #expect(long > 100)
  }

  @Test func scareWordsEqualsTheFullCount() throws {
    var compared = 0
    var settled = 0
    try Self.forEachQuote { pass, q, words in
      if let counted = pass.scareWords(q) {
        #expect(counted == min(words, AttributionPass.maxScareWords + 1), "\(q.inner)")
      } else {
        #expect(words > AttributionPass.maxScareWords && !pass.isNameLike(q) && !pass.isScare(q, governStart: nil), "\(q.inner)")
        settled += 1
      }
      compared += 1
    }
    #expect(compared > 1_000)
    #expect(settled > 500)
  }

  /// Every quote of the snapshot's texts, with the pass that read its
  /// paragraph and its words counted in full (words and numbers).
  static func forEachQuote(_ body: (AttributionPass, QuoteSpan, Int) -> Void) throws {
    let engine = try TestSupport.engine()
    for (_, text) in try AttributionSnapshotTests.texts(engine) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      var pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      for p in document.paragraphs.indices {
        // The paragraph's quotes are the pass's while it is read.
        pass.attribute(paragraph: p)
        for q in pass.quotes {
          body(pass, q, q.inner.filter { facts.has($0, .word) || facts.has($0, .number) }.count)
        }
      }
    }
  }
}
