import Testing

@testable import Parley

/// A paragraph's hedging is the chance that some sentence hedges, `1 −
/// Π(1 − h)` over its sentences: a hedged claim among plain ones does not
/// fade with the paragraph's length, and more hedged claims hedge more.
@Suite struct ParagraphHedgingTests {
  static func paragraph(_ text: String) throws -> (ParagraphScore, [SentenceScore]) {
    let engine = try TestSupport.engine()
    let score = engine.score(engine.read(id: "t", text: text))
    let p = try #require(score.paragraphs.first)
    return (p, Array(score.sentences[p.sentences]))
  }

  @Test func theChanceThatSomeSentenceHedges() throws {
    let (p, sentences) = try Self.paragraph("The talks may resume next week. A deal could follow by June. The delegations met in Geneva.")
    #expect(sentences.count == 3)
    let unhedged = sentences.reduce(1.0) { $0 * (1 - $1.stance.hedging) }
    #expect(abs(p.stance.hedging - (1 - unhedged)) < 1e-12)
  }

  @Test func plainSentencesLeaveItAsItIs() throws {
    let one = try Self.paragraph("The talks may resume next week.").0.stance.hedging
    let withPlain = try Self.paragraph("The talks may resume next week. The delegations met in Geneva. They spoke for two hours.").0.stance.hedging
    #expect(one > 0)
    #expect(abs(withPlain - one) < 1e-12)
    let two = try Self.paragraph("The talks may resume next week. A deal could follow by June.").0.stance.hedging
    #expect(two > one)
    #expect(two <= 1)
  }
}
