import Testing

@testable import Parley

/// The attribution's binary searches (over buffers, with unchecked
/// arithmetic) answer as the plain walks, for every token of the
/// snapshot's texts and past either end: `firstCue(atOrAfter:)`,
/// `paragraphStart(of:)` and `TokenFacts.quoteTokens(in:)`.
@Suite struct AttributionSearchTests {
  @Test func searchesEqualThePlainWalks() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var withCues = 0
    var withQuotes = 0
    for (_, text) in try AttributionSnapshotTests.texts(engine).prefix(300) {
      let document = engine.read(id: "t", text: text)
      let facts = TokenFacts(document: document, matcher: engine.matcher, ids: engine.matcher.tokenIDs(document), vocabulary: engine.attributor.vocabulary)
      let pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      if !facts.cues.isEmpty { withCues += 1 }
      if !facts.quoteTokens.isEmpty { withQuotes += 1 }
      let n = document.tokens.count
      for t in -1...(n + 1) {
        let plain = facts.cues.firstIndex { $0.start >= t } ?? facts.cues.count
        #expect(pass.firstCue(atOrAfter: t) == plain, "token \(t)")
        if t >= 0, t < n, !document.sentences.isEmpty {
          let sentence = document.sentences.lastIndex { $0.tokens.lowerBound <= t } ?? 0
          #expect(pass.paragraphStart(of: t) == document.paragraphs[document.sentences[sentence].paragraph].tokens.lowerBound, "token \(t)")
        }
        for length in [0, 1, 5, 40] where t >= 0 {
          let range = t..<(t + length)
          #expect(Array(facts.quoteTokens(in: range)) == facts.quoteTokens.filter { range.contains(Int($0)) }, "\(range)")
        }
        compared += 1
      }
    }
    #expect(compared > 10_000)
    #expect(withCues > 50)
    #expect(withQuotes > 50)
  }
}
