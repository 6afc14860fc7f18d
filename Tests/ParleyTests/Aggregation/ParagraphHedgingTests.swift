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

  /// A paragraph has a threshold of its own (`paragraphHedgedThreshold`):
  /// one weak hedge does not make a paragraph of an article hedged,
  /// though its sentence, read alone, is; two weak hedges do.
  @Test func aWeakHedgeAloneDoesNotHedgeAParagraph() throws {
    let (one, sentences) = try Self.paragraph("She hoped the ministers would sign the code by June. The delegations met in Geneva.")
    let hoped = try #require(sentences.first)
    #expect(hoped.stance.hedging > 0.3 && hoped.stance.hedging < 0.45)
    #expect(hoped.stance.hedgingLabel == .hedged)
    #expect(one.stance.hedgingLabel == .assertive)
    let (two, _) = try Self.paragraph("She hoped the ministers would sign the code by June. Officials believe the deal will be signed in June.")
    #expect(two.stance.hedging >= 0.45)
    #expect(two.stance.hedgingLabel == .hedged)
  }

  /// A document keeps the sentences' threshold: a text of one sentence
  /// is labelled as that sentence.
  @Test func aDocumentOfOneSentenceIsThatSentence() throws {
    let engine = try TestSupport.engine()
    let score = engine.score(engine.read(id: "t", text: "She hoped the ministers would sign the code by June."))
    #expect(score.stance.hedging < engine.parameters.paragraphHedgedThreshold)
    #expect(score.stance.hedgingLabel == .hedged)
  }
}
