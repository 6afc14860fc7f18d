import Testing

@testable import Parley

/// Helpers for the attribution tests: run the attributor with the built-in
/// lexicons and describe what it found.
enum AttributionTestSupport {
  /// The token facts of `document` under the engine's matcher and
  /// vocabulary, as the attributor makes them.
  static func facts(_ document: Document, _ engine: Engine) -> TokenFacts {
    TokenFacts(document: document, matcher: engine.matcher, ids: engine.matcher.tokenIDs(document), vocabulary: engine.attributor.vocabulary)
  }

  /// Calls `body` with a pass over each of `texts` and the tokens of each
  /// paragraph, the paragraph read first (its quotes and `quoteAt` set, as
  /// for its units), and the text.
  static func forEachReadParagraph(_ texts: [String], _ engine: Engine, _ body: (inout AttributionPass, Range<Int>, String) -> Void) {
    for text in texts {
      let document = engine.read(id: "t", text: text)
      var pass = AttributionPass(document: document, facts: facts(document, engine), vocabulary: engine.attributor.vocabulary)
      for p in document.paragraphs.indices {
        pass.attribute(paragraph: p)
        body(&pass, document.paragraphs[p].tokens, text)
      }
    }
  }

  /// Every snapshot text (`AttributionSnapshotTests.texts`) read, with its
  /// token facts and a pass that has attributed every paragraph.
  static func attributedSnapshotTexts(_ engine: Engine) throws -> [(text: String, document: Document, facts: TokenFacts, pass: AttributionPass)] {
    try AttributionSnapshotTests.texts(engine).map { (_, text) in
      let document = engine.read(id: "t", text: text)
      let facts = facts(document, engine)
      var pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      for p in document.paragraphs.indices { pass.attribute(paragraph: p) }
      return (text, document, facts, pass)
    }
  }

  /// The document read from `text` and its attribution.
  static func attribute(_ text: String) throws -> (Document, Attribution) {
    let engine = try TestSupport.engine()
    let document = engine.read(id: "test", text: text)
    let attribution = Attributor(matcher: engine.matcher).attribute(document, ids: engine.matcher.tokenIDs(document))
    return (document, attribution)
  }

  /// `«content» → speaker` for every statement, for failure messages.
  static func describe(_ document: Document, _ attribution: Attribution) -> String {
    attribution.statements.map { "«\(document.string($0.content))» → \(attribution.speakers[$0.speaker].name)" }
      .joined(separator: "; ")
  }

  /// The speaker of the statement whose content contains `fragment`.
  static func speaker(of fragment: String, _ document: Document, _ attribution: Attribution) -> Speaker? {
    attribution.statements.first { document.string($0.content).contains(fragment) }.map { attribution.speakers[$0.speaker] }
  }
}
