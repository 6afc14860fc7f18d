import Testing

@testable import Parley

/// A statement's text is made from the document's bytes when asked; it is
/// the text of its content span, on every evaluation text.
@Suite struct StatementTextTests {
  @Test func textIsTheContentSpan() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    var count = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let analysis = engine.analyze(document)
      for s in analysis.statements {
        #expect(s.text == document.string(s.statement.content), "\(origin)")
        #expect(!s.text.isEmpty, "\(origin)")
        #expect(s.source == document.text)
        count += 1
      }
    }
    #expect(count > 100)
  }

  @Test func nonASCIIText() throws {
    let engine = try TestSupport.engine()
    let document = engine.read(id: "t", text: "“Négociations in Genève are moving — slowly,” said Élodie Marchand, the envoy.")
    let analysis = engine.analyze(document)
    let s = try #require(analysis.statements.first)
    #expect(s.text.hasPrefix("Négociations in Genève"))
    #expect(s.text == document.string(s.statement.content))
  }
}
