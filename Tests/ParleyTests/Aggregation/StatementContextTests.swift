import Foundation
import Testing

@testable import Parley

/// A statement's optimism is read in its paragraph (`statementContextWeight`);
/// `ownOptimism` keeps its words alone.
@Suite struct StatementContextTests {
  static let text = """
    The talks collapsed in acrimony on Friday, and the envoys left without a word. “We will see what Monday brings,” the mediator, Anna Berg, said.

    Ms. Berg said the delegations had flown home on Saturday.
    """

  func analysis(weight: Double, speakerWeight: Double = ModelParameters().speakerContextWeight, evidence: Bool = false) throws -> Analysis {
    var parameters = ModelParameters()
    parameters.statementContextWeight = weight
    parameters.speakerContextWeight = speakerWeight
    let engine = Engine(lexicons: try TestSupport.engine().lexicons, parameters: parameters)
    return engine.analyze(engine.read(id: "t", text: Self.text), evidence: evidence)
  }

  @Test func blendsTheParagraphAsRead() throws {
    let alone = try analysis(weight: 0)
    let read = try analysis(weight: 0.5)
    try #require(alone.statements.count == 2 && read.statements.count == 2)
    for (a, r) in zip(alone.statements, read.statements) {
      #expect(a.stance.optimism == a.ownOptimism)
      #expect(r.ownOptimism == a.ownOptimism)
      #expect(r.stance.hedging == a.stance.hedging)
      let paragraph = read.score.paragraphs[r.statement.paragraph].stance.optimism
      #expect(abs(r.stance.optimism - (0.5 * r.ownOptimism + 0.5 * paragraph)) < 1e-12)
    }
    // The quote has no word of tone; after a collapse it reads negative.
    let quote = read.statements[0]
    #expect(quote.text == "We will see what Monday brings")
    #expect(quote.ownOptimism == 0)
    #expect(quote.stance.optimism < -0.1)
    #expect(quote.stance.optimismLabel == .negative)
    // A plain report reads the article's tone at one remove.
    #expect(read.statements[1].ownOptimism == 0)
    #expect(read.statements[1].stance.optimism < 0)
    #expect(read.statements[1].stance.optimism > quote.stance.optimism)
  }

  /// A speaker is heard in the article at `speakerContextWeight`: the
  /// mean of their statements' own words, each blended with its
  /// paragraph at that weight; at the statements' weight, the mean of the
  /// statements as read.
  @Test func theSpeakerIsHeardInTheArticle() throws {
    for speakerWeight in [0.5, 0.7] {
      let read = try analysis(weight: 0.5, speakerWeight: speakerWeight)
      let berg = try #require(read.speakers.first { $0.name == "Anna Berg" })
      let statements = read.statements.filter { $0.speaker == "Anna Berg" }
      #expect(berg.statements == 2 && statements.count == 2)
      let heard = statements.map { (1 - speakerWeight) * $0.ownOptimism + speakerWeight * read.score.paragraphs[$0.statement.paragraph].stance.optimism }
      #expect(abs(berg.stance(ModelParameters()).optimism - heard.reduce(0, +) / 2) < 1e-6)
      let asRead = statements.map(\.stance.optimism).reduce(0, +) / 2
      #expect((abs(berg.stance(ModelParameters()).optimism - asRead) < 1e-6) == (speakerWeight == 0.5))
    }
  }

  @Test func evidenceStillAddsUp() throws {
    let read = try analysis(weight: 0.5, evidence: true)
    for s in read.statements {
      let context = try #require(s.evidence.first { $0.rule == "context" })
      #expect(context.span == read.score.paragraphs[s.statement.paragraph].span)
      #expect(context.weight == 0.5)
      let sum = s.evidence.filter { $0.axis == "optimism" }.map(\.delta).reduce(0, +)
      #expect(abs(sum - s.stance.optimism) < 1e-9)
    }
    let alone = try analysis(weight: 0, evidence: true)
    #expect(!alone.statements.contains { $0.evidence.contains { $0.rule == "context" } })
  }

  @Test func reportsWriteBothScores() throws {
    let engine = try TestSupport.engine()
    let document = engine.read(id: "t", text: Self.text)
    let analysis = engine.analyze(document)
    for pretty in [false, true] {
      var w = JSONWriter(pretty: pretty)
      ReportEncoder().record(analysis, document: document, parameters: engine.parameters, into: &w)
      let record = try #require(try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any])
      let statements = try #require(record["statements"] as? [[String: Any]])
      #expect(statements.count == 2)
      for (row, s) in zip(statements, analysis.statements) {
        // Written with four decimals.
        #expect(abs(try #require(row["optimism_own"] as? Double) - s.ownOptimism) < 0.000051)
        #expect(abs(try #require(row["optimism"] as? Double) - s.stance.optimism) < 0.000051)
      }
    }
    #expect(ReportEncoder.statementHeader.contains("optimism_own"))
  }
}
