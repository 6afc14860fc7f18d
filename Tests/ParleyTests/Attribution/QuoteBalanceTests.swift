import Testing

@testable import Parley

/// Quotation marks are balanced per paragraph; a quote runs on into the
/// next paragraph only when that paragraph opens with a quotation mark;
/// anything else unbalanced is a warning with its location, and no quote is
/// guessed from it.
@Suite("Attribution: quotation marks")
struct QuoteBalanceTests {
  typealias Support = AttributionTestSupport

  @Test("a quote left open at the end of its paragraph is a warning with line and column")
  func unclosed() throws {
    let text = "The talks ended.\n\nThe envoy said: “We will be back in a month.\n\nNo date was set, officials said."
    let (document, a) = try Support.attribute(text)
    let warning = try #require(a.warnings.first)
    #expect(a.warnings.count == 1)
    #expect(warning.code == "ATT001")
    #expect(warning.severity == .warning)
    #expect(warning.line == 3)
    #expect(warning.column == 17)  // the byte column of “ on line 3
    #expect(warning.file == "test")
    // Nothing is guessed from the open quote; the next paragraph is unaffected.
    #expect(!a.statements.contains { document.string($0.content).contains("We will be back") })
    #expect(a.statements.map { document.string($0.content) } == ["No date was set"])
  }

  @Test("a closing mark with nothing open is a warning")
  func strayClosing() throws {
    let (_, a) = try Support.attribute("The ministry said the border was closed.” Trucks waited for hours.")
    #expect(a.warnings.map(\.code) == ["ATT002"])
    #expect(a.warnings.first?.line == 1)
    #expect(a.warnings.first?.column == 41)
  }

  @Test("an opening mark before the previous one closed warns about the first")
  func doubleOpening() throws {
    let (document, a) = try Support.attribute("“We are close, Mr. Lund said. “Very close,” he added.")
    #expect(a.warnings.map(\.code) == ["ATT001"])
    #expect(a.warnings.first?.column == 1)
    // The second, balanced quote is still read.
    #expect(a.statements.map { document.string($0.content) } == ["Very close"])
  }

  @Test("balanced straight and curly quotes give no warning", arguments: [
    "\"We are close,\" Mr. Lund said. \"Very close.\"",
    "“We are close,” Mr. Lund said. “Very close.”",
    "Mr. Lund said the gap was ‘narrow’ and shrinking.",
    "The Houthis’ negotiators said the list was final.",
  ])
  func balanced(_ text: String) throws {
    let (_, a) = try Support.attribute(text)
    #expect(a.warnings.isEmpty, "\(a.warnings)")
  }

  @Test("a quote runs on into the next paragraph when that paragraph opens with a quotation mark")
  func continuation() throws {
    let text = """
      “We have spent three days on one sentence,” said Omar Haidari, the lead mediator. “Nobody wanted to leave without it.

      “Tomorrow we start on the next one.”
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.warnings.isEmpty, "\(a.warnings)")
    let contents = a.statements.map { document.string($0.content) }
    #expect(contents == ["We have spent three days on one sentence", "Nobody wanted to leave without it", "Tomorrow we start on the next one"])
    #expect(a.statements.map(\.paragraph) == [0, 0, 1])
    #expect(Set(a.statements.map(\.speaker)).count == 1)
    #expect(a.speakers.first?.name == "Omar Haidari")
  }

  @Test("without an opening mark in the next paragraph there is no run-on, only a warning")
  func noContinuation() throws {
    let text = """
      “We have spent three days on one sentence,” said Omar Haidari. “Nobody wanted to leave without it.

      The talks resume on Monday.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.warnings.map(\.code) == ["ATT001"])
    #expect(a.warnings.first?.line == 1)
    #expect(a.statements.map { document.string($0.content) } == ["We have spent three days on one sentence"])
  }
}
