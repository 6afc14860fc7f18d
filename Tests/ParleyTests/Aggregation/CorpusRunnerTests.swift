import Testing

@testable import Parley

/// `CorpusRunner` scores a stream of articles on any number of threads and
/// hands results back in input order, equal to scoring each article alone.
@Suite struct CorpusRunnerTests {
  /// Articles from the repository's evaluation texts, in a fixed order.
  static func articles() throws -> [Article] {
    let texts = try TextInvariantTests.evaluationTexts()
    return texts.prefix(60).enumerated().map { k, t in Article(id: "a\(k)", bytes: Array(t.text.utf8), source: t.origin) }
  }

  /// The record of `analysis`, compact, for comparing whole results.
  static func record(_ analysis: Analysis, _ document: Document, _ engine: Engine) -> [UInt8] {
    var w = JSONWriter()
    ReportEncoder(evidence: false).record(analysis, document: document, parameters: engine.parameters, into: &w)
    return w.bytes
  }

  /// For 1, 2 and 3 jobs and small batches, results come back in input
  /// order, each equal to `Engine.analyze` on the article alone, with its
  /// statements and speakers built once (materialized).
  @Test(arguments: [(1, 256), (2, 256), (2, 3), (3, 7)])
  func resultsInInputOrderEqualToAnalyzingAlone(jobs: Int, batch: Int) throws {
    let engine = try TestSupport.engine()
    let articles = try Self.articles()
    #expect(articles.count >= 30)
    var iterator = articles.makeIterator()
    var results: [CorpusRunner.Result] = []
    CorpusRunner(engine: engine, model: RuleModel(), evidence: false, jobs: jobs, batchSize: batch).run(next: { iterator.next() }) { results.append($0) }
    #expect(results.map(\.article.id) == articles.map(\.id))
    for (article, result) in zip(articles, results) {
      #expect(result.analysis.builtStatements != nil && result.analysis.builtSpeakers != nil)
      let document = engine.read(id: article.id, bytes: article.bytes)
      let alone = engine.analyze(document)
      #expect(Self.record(result.analysis, result.document, engine) == Self.record(alone, document, engine), "\(article.source)")
    }
  }

  /// A transform's outputs come back in input order; without
  /// `materialize` the analysis it sees holds rows only, and its record is
  /// the same as the materialized one's.
  @Test(arguments: [1, 2])
  func transformOutputsInInputOrder(jobs: Int) throws {
    let engine = try TestSupport.engine()
    let articles = try Self.articles()
    for materialize in [false, true] {
      var iterator = articles.makeIterator()
      var outputs: [(id: String, built: Bool, record: [UInt8])] = []
      CorpusRunner(engine: engine, model: RuleModel(), evidence: false, jobs: jobs, batchSize: 16).run(next: { iterator.next() }, materialize: materialize, transform: { article, document, analysis in
        (article.id, analysis.builtStatements != nil, Self.record(analysis, document, engine))
      }) { outputs.append($0) }
      #expect(outputs.map(\.id) == articles.map(\.id))
      #expect(outputs.allSatisfy { $0.built == materialize })
      for (article, output) in zip(articles, outputs) {
        let document = engine.read(id: article.id, bytes: article.bytes)
        #expect(output.record == Self.record(engine.analyze(document), document, engine), "\(article.source)")
      }
    }
  }
}
