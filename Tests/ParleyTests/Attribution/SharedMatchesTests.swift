import Testing

@testable import Parley

/// `Engine.analyze` hands the scorer's matches (every layer, per sentence)
/// to attribution instead of matching attribution's layers again; the
/// result must be the same on every text we have.
@Suite struct SharedMatchesTests {
  @Test func attributionWithTheScorersMatchesIsTheSame() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    #expect(texts.count > 100)
    var statements = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let ids = engine.matcher.tokenIDs(document)
      var shared = SentenceMatches(sentences: document.sentences.count)
      var buffer: [PhraseMatch] = []
      for sentence in document.sentences {
        buffer.removeAll()
        engine.matcher.matches(in: sentence.tokens, ids: ids, into: &buffer)
        shared.append(buffer)
      }
      let alone = engine.attributor.attribute(document, ids: ids)
      let given = engine.attributor.attribute(document, ids: ids, matches: shared)
      #expect(given.statements == alone.statements, "\(origin)")
      #expect(given.speakers == alone.speakers, "\(origin)")
      #expect(given.warnings.map(\.description) == alone.warnings.map(\.description), "\(origin)")
      statements += alone.statements.count
    }
    // The texts have statements: the comparison is not of empty lists.
    #expect(statements > 100)
  }

  @Test func rangesFollowTheSentences() {
    var shared = SentenceMatches(sentences: 3)
    let m = PhraseMatch(start: 0, end: 1, node: 0)
    shared.append([m, m])
    shared.append([])
    shared.append([m])
    #expect(shared.range(0) == 0..<2)
    #expect(shared.range(1) == 2..<2)
    #expect(shared.range(2) == 2..<3)
  }
}
