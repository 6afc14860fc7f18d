import Foundation
import Testing

@testable import Parley

/// The news report the project started from (third-party text in
/// ../shared/seeds, read at run time, never copied): what issue "Core" and
/// issue "Speakers" say it must show. Runs when the file is there.
@Suite(.enabled(if: SeedArticle.bytes != nil, "../shared/seeds is not beside the repository"))
struct SeedArticleTests {
  let engine: Engine
  let document: Document
  let analysis: Analysis

  init() throws {
    engine = try TestSupport.engine()
    document = engine.read(id: "seed", bytes: try #require(SeedArticle.bytes))
    analysis = engine.analyze(document)
  }

  /// The paragraph whose text contains `phrase`.
  func paragraph(containing phrase: String) throws -> ParagraphScore {
    let i = try #require(document.paragraphs.firstIndex { document.string($0.span).contains(phrase) }, "no paragraph has '\(phrase)'")
    return analysis.score.paragraphs[i]
  }

  @Test func scrapedLayoutGivesOneParagraphPerLine() {
    #expect(document.paragraphs.count > 20)
  }

  @Test func talksCalledProductiveAndConstructiveScorePositive() throws {
    #expect(try paragraph(containing: "talks were productive").stance.optimismLabel == .positive)
    #expect(try paragraph(containing: "really constructive").stance.optimismLabel == .positive)
  }

  @Test func headlineAndScantProgressScoreNegative() throws {
    #expect(analysis.score.paragraphs[0].stance.optimismLabel == .negative)
    #expect(try paragraph(containing: "scant sign of progress").stance.optimismLabel == .negative)
  }

  @Test func analystsSayAndUnclearScoreHedged() throws {
    #expect(try paragraph(containing: "analysts say").stance.hedgingLabel == .hedged)
    #expect(try paragraph(containing: "It was unclear if").stance.hedgingLabel == .hedged)
  }

  @Test func speakersOfTheSeed() throws {
    let names = analysis.speakers.map { $0.name.lowercased() }
    func speaker(_ name: String) -> SpeakerSummary? {
      analysis.speakers.first { s in ([s.name] + s.aliases).contains { $0.lowercased() == name.lowercased() } }
    }
    let witkoff = try #require(speaker("Steve Witkoff"), "speakers: \(names)")
    #expect(witkoff.stance(engine.parameters).optimismLabel == .positive)
    #expect(witkoff.stance(engine.parameters).hedgingLabel == .assertive)
    let budanov = try #require(speaker("Kyrylo Budanov"), "speakers: \(names)")
    #expect(budanov.stance(engine.parameters).optimismLabel == .positive)
    #expect(speaker("narrator") != nil)
  }
}

enum SeedArticle {
  static let bytes: [UInt8]? = {
    let url = TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_416c2584fb1375ad.txt")
    return (try? Data(contentsOf: url)).map { [UInt8]($0) }
  }()
}
