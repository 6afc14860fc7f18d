import Testing

@testable import Parley

/// The news report the project started from (`../shared/seeds`, read at run
/// time, never copied): the speakers the issue names must be found.
@Suite("Attribution on the seed article")
struct SeedArticleAttributionTests {
  static let seed = "../shared/seeds/000_416c2584fb1375ad.txt"

  @Test("finds the envoy, the chief of staff, analysts, Tass and the negotiators", .enabled(if: TestSupport.exists(seed)))
  func speakers() throws {
    let text = String(decoding: try TestSupport.readBytes(Self.seed), as: UTF8.self)
    let (document, a) = try AttributionTestSupport.attribute(text)
    func speaker(_ name: String) -> Speaker? { a.speakers.first { $0.isCalled(name) } }
    func statements(_ speaker: Speaker?) -> [Statement] {
      guard let speaker, let i = a.speakers.firstIndex(of: speaker) else { return [] }
      return a.statements.filter { $0.speaker == i }
    }

    let witkoff = try #require(speaker("Steve Witkoff"), "\(AttributionTestSupport.describe(document, a))")
    #expect(witkoff.kind == .person)
    #expect(witkoff.isCalled("Mr. Witkoff"))
    #expect(statements(witkoff).count >= 3)
    #expect(statements(witkoff).contains { $0.form == .quote })

    // The chief of staff: a partial quote, then a sentence that opens with
    // "He" and carries a quote of its own.
    let budanov = try #require(speaker("Kyrylo Budanov"))
    let his = statements(budanov)
    #expect(his.count >= 2)
    #expect(his.contains { $0.form == .partialQuote })
    #expect(his.contains { $0.source.map { document.string($0) } == "He" })

    let analysts = try #require(speaker("analysts"))
    #expect(analysts.kind == .group)
    #expect(statements(analysts).count >= 2)

    let tass = try #require(speaker("Tass"))
    #expect(tass.kind == .media)
    #expect(!statements(tass).isEmpty)

    let negotiators = try #require(speaker("negotiators") ?? speaker("Russian delegation"))
    #expect(statements(negotiators).contains { $0.form == .object && $0.cue.map { document.string($0) } == "insisted" })

    #expect(a.warnings.isEmpty, "\(a.warnings)")
  }
}
