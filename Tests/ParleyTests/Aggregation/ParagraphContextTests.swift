import Testing

@testable import Parley

/// A paragraph's optimism is read in its article (`paragraphContextWeight`).
@Suite struct ParagraphContextTests {
  static let text = """
    The talks were productive.

    The delegations met again on Tuesday.

    The talks ended in an impasse.
    """

  func score(weight: Double) -> DocumentScore {
    var parameters = ModelParameters()
    parameters.paragraphContextWeight = weight
    let engine = Engine(lexicons: RuleLexicon.engine.lexicons, parameters: parameters)
    return engine.score(engine.read(id: "t", text: Self.text), model: RuleModel())
  }

  @Test func blendsTheOtherParagraphsMean() throws {
    let own = score(weight: 0).paragraphs
    let read = score(weight: 0.3).paragraphs
    try #require(own.count == 3 && read.count == 3)
    #expect(own.map(\.ownOptimism) == own.map(\.stance.optimism))
    #expect(read.map(\.ownOptimism) == own.map(\.ownOptimism))
    for i in 0..<3 {
      let others = own.indices.filter { $0 != i }.map { own[$0].ownOptimism }
      let expected = 0.7 * own[i].ownOptimism + 0.3 * (others.reduce(0, +) / 2)
      #expect(abs(read[i].stance.optimism - expected) < 1e-12)
    }
    // The neutral middle paragraph takes the article's tone: here, the
    // impasse outweighs "productive".
    #expect(own[1].ownOptimism == 0)
    #expect(read[1].stance.optimism == 0.3 * (own[0].ownOptimism + own[2].ownOptimism) / 2)
  }

  @Test func keepsTheOrderWithinAnArticleAndLeavesTheRestAlone() {
    let own = score(weight: 0)
    let read = score(weight: 0.3)
    let byOwn = own.paragraphs.indices.sorted { own.paragraphs[$0].ownOptimism < own.paragraphs[$1].ownOptimism }
    let byRead = read.paragraphs.indices.sorted { read.paragraphs[$0].stance.optimism < read.paragraphs[$1].stance.optimism }
    #expect(byOwn == byRead)
    #expect(read.stance == own.stance)
    #expect(read.paragraphs.map(\.stance.hedging) == own.paragraphs.map(\.stance.hedging))
  }

  @Test func aSingleParagraphIsItsOwnContext() {
    var parameters = ModelParameters()
    parameters.paragraphContextWeight = 0.5
    let engine = Engine(lexicons: RuleLexicon.engine.lexicons, parameters: parameters)
    let score = engine.score(engine.read(id: "t", text: "The talks were productive."), model: RuleModel())
    #expect(score.paragraphs.first?.stance.optimism == score.paragraphs.first?.ownOptimism)
    #expect((score.paragraphs.first?.ownOptimism ?? 0) > 0)
  }
}
