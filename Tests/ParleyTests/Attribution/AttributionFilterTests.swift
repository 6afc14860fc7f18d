import Testing

@testable import Parley

/// The attributor's document filter (no reporting cue and no quotation
/// mark: the pass is not run, the result is empty) gives what the full
/// pass gives: on every repository text and example, and on seeded random
/// recombinations of the fixture articles' sentences.
@Suite struct AttributionFilterTests {
  /// The pass over every paragraph and the resolver, with no filter.
  static func fullPass(_ engine: Engine, _ document: Document) -> Attribution {
    let ids = engine.matcher.tokenIDs(document)
    let facts = TokenFacts(document: document, matcher: engine.matcher, ids: ids, vocabulary: engine.attributor.vocabulary)
    var pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
    for index in document.paragraphs.indices { pass.attribute(paragraph: index) }
    var resolver = ResolverBuffers()
    return pass.finish(resolverBuffers: &resolver)
  }

  /// Whether the filter skips `document` (what `Attributor.attribute` tests).
  static func isFiltered(_ engine: Engine, _ document: Document) -> Bool {
    let facts = AttributionTestSupport.facts(document, engine)
    return facts.cues.isEmpty && facts.quoteTokens.isEmpty
  }

  /// Compares the filtered and the full attribution of `text`; true when
  /// the filter skipped it.
  static func compare(_ engine: Engine, _ text: String, _ origin: String) -> Bool {
    let document = engine.read(id: "t", text: text)
    let full = fullPass(engine, document)
    let got = engine.attributor.attribute(document, ids: engine.matcher.tokenIDs(document))
    #expect(got.statements == full.statements, "\(origin): \(text.prefix(80))")
    #expect(got.speakers == full.speakers, "\(origin): \(text.prefix(80))")
    #expect(got.warnings == full.warnings, "\(origin): \(text.prefix(80))")
    return isFiltered(engine, document)
  }

  @Test func filterEqualsFullPassOnEveryText() throws {
    let engine = try TestSupport.engine()
    var texts = try TextInvariantTests.repositoryTexts()
    for name in TestSupport.files(in: "evaluation/examples", ext: "txt") {
      let file = "evaluation/examples/\(name)"
      texts.append((file, String(decoding: try TestSupport.readBytes(file), as: UTF8.self)))
    }
    var filtered = 0
    var full = 0
    for (origin, text) in texts {
      if Self.compare(engine, text, origin) { filtered += 1 } else { full += 1 }
    }
    // Both paths are taken many times.
    #expect(filtered > 100)
    #expect(full > 100)
  }

  @Test func filterEqualsFullPassOnSeededRecombinations() throws {
    let engine = try TestSupport.engine()
    // Every sentence of every fixture article, as written.
    var sentences: [String] = []
    for name in TestSupport.files(in: "evaluation/fixtures", ext: "json") {
      let root = try JSONReader.parse(TestSupport.readBytes("evaluation/fixtures/\(name)"))
      let article = (root["paragraphs"]?.array ?? []).compactMap { $0["text"]?.string }.joined(separator: "\n\n")
      let document = engine.read(id: "t", text: article)
      for s in document.sentences {
        let tokens = document.tokens
        sentences.append(document.string(Span(start: Int(tokens[s.tokens.lowerBound].start), end: Int(tokens[s.tokens.upperBound - 1].end))))
      }
    }
    #expect(sentences.count > 200)
    var random = SeededRandom(seed: 20_261_130)
    var filtered = 0
    var full = 0
    for round in 0..<1_500 {
      // One to four paragraphs of one to three sentences.
      var paragraphs: [String] = []
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let count = Int.random(in: 1...3, using: &random)
        paragraphs.append((0..<count).map { _ in sentences[Int.random(in: 0..<sentences.count, using: &random)] }.joined(separator: " "))
      }
      if Self.compare(engine, paragraphs.joined(separator: "\n\n"), "recombination \(round)") { filtered += 1 } else { full += 1 }
    }
    #expect(filtered > 20)
    #expect(full > 500)
  }
}
