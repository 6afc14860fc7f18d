import Testing

@testable import Parley

/// The reporting verb's own stance is part of the statement's score and
/// evidence: "insisted" asserts, "claimed" distances, "said" is neutral.
@Suite struct StatementStanceTests {
  func statement(_ text: String) throws -> StatementScore {
    let engine = try TestSupport.engine()
    let analysis = engine.analyze(engine.read(id: "t", text: text), evidence: true)
    return try #require(analysis.statements.first, "no statement in: \(text)")
  }

  @Test func cueStanceMovesHedging() throws {
    let said = try statement("Officials said the talks may resume next week.")
    let claimed = try statement("Officials claimed the talks may resume next week.")
    let insisted = try statement("Officials insisted the talks may resume next week.")
    #expect(said.text == "the talks may resume next week")
    #expect(claimed.stance.hedging > said.stance.hedging)
    #expect(insisted.stance.hedging < said.stance.hedging)
    #expect(said.stance.optimism == claimed.stance.optimism)
  }

  @Test func cueIsEvidenceAndDeltasStillAddUp() throws {
    let s = try statement("Officials claimed the talks may resume next week.")
    let report = try #require(s.evidence.first { $0.rule == "report" })
    #expect(report.text == "claimed")
    #expect(report.origin?.hasPrefix("lexicons/reporting.tsv:") == true)
    let hedging = s.evidence.filter { $0.axis == "hedging" }.map(\.delta).reduce(0, +)
    #expect(abs(hedging - s.stance.hedging) < 1e-9)
  }

  @Test func neutralCueAddsNothing() throws {
    let s = try statement("Officials said the talks may resume next week.")
    #expect(!s.evidence.contains { $0.rule == "report" })
  }
}
