import Testing

@testable import Parley

/// `AttributionPass.firstCue(atOrAfter:)` (a binary search over the cues'
/// buffer with unchecked arithmetic) answers as the plain walk over the
/// cues, for every token of the snapshot's texts and past either end.
@Suite struct FirstCueTests {
  @Test func firstCueEqualsThePlainWalk() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var withCues = 0
    for (_, text) in try AttributionSnapshotTests.texts(engine).prefix(300) {
      let document = engine.read(id: "t", text: text)
      let facts = TokenFacts(document: document, matcher: engine.matcher, ids: engine.matcher.tokenIDs(document), vocabulary: engine.attributor.vocabulary)
      let pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      if !facts.cues.isEmpty { withCues += 1 }
      for t in -1...(document.tokens.count + 1) {
        let plain = facts.cues.firstIndex { $0.start >= t } ?? facts.cues.count
        #expect(pass.firstCue(atOrAfter: t) == plain, "token \(t)")
        compared += 1
      }
    }
    #expect(compared > 10_000)
    #expect(withCues > 50)
  }
}
