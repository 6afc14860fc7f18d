import Testing

@testable import Parley

/// One paragraph-splitting case: the text and its paragraphs, written out.
struct ParagraphCase: Sendable, CustomTestStringConvertible {
  var text: String
  var paragraphs: [String]
  init(_ text: String, _ paragraphs: [String]) {
    self.text = text
    self.paragraphs = paragraphs
  }
  var testDescription: String { text.debugDescription }
}

@Suite("Document")
struct DocumentTests {
  static let paragraphCases: [ParagraphCase] = [
    // Blank lines separate paragraphs; hard-wrapped prose stays one.
    ParagraphCase("Talks resumed on\nTuesday in Geneva.\n\nSecond.", ["Talks resumed on\nTuesday in Geneva.", "Second."]),
    ParagraphCase("One.\n\n\n\nTwo.\n\nThree.", ["One.", "Two.", "Three."]),
    // A line of spaces or tabs is blank.
    ParagraphCase("One.\n \t \nTwo.", ["One.", "Two."]),
    ParagraphCase("One.\n\u{00A0}\u{00A0}\nTwo.", ["One.", "Two."]),
    // Without blank lines, every non-empty line is a paragraph.
    ParagraphCase("One.\nTwo.\nThree.", ["One.", "Two.", "Three."]),
    ParagraphCase("Only one line", ["Only one line"]),
    // CRLF line ends.
    ParagraphCase("One.\r\n\r\nTwo.\r\n", ["One.", "Two."]),
    ParagraphCase("One.\r\nTwo.", ["One.", "Two."]),
    ParagraphCase("Talks went\r\non.\r\n\r\nTwo.", ["Talks went\r\non.", "Two."]),
    // Surrounding whitespace is not part of a paragraph.
    ParagraphCase("  \n\n  One.  \n\n\n Two. \n\n", ["One.", "Two."]),
    ParagraphCase("\tIndented.\t", ["Indented."]),
    ParagraphCase("\u{00A0}Spaced\u{00A0}", ["Spaced"]),
    ParagraphCase("\u{FEFF}With a byte-order mark.", ["With a byte-order mark."]),
    // Nothing to read.
    ParagraphCase("", []),
    ParagraphCase("   ", []),
    ParagraphCase("\n\n\t\n\r\n", []),
  ]

  @Test("paragraphs", arguments: paragraphCases)
  func paragraphs(_ c: ParagraphCase) {
    let document = Document(id: "d", text: c.text)
    #expect(document.paragraphStrings == c.paragraphs)
    #expect(document.warnings.isEmpty)
    if c.paragraphs.isEmpty {
      #expect(document.tokens.isEmpty)
      #expect(document.sentences.isEmpty)
    }
  }

  @Test func keepsTheTextAndIdAsGiven() {
    let text = "Talks resumed.\r\n\r\n  “Good,” he said. "
    let document = Document(id: "article-7", text: text)
    #expect(document.id == "article-7")
    #expect(document.text == Array(text.utf8))
  }

  @Test func paragraphsIndexTheirSentencesAndTokens() {
    let document = Document(id: "d", text: "A first. A second.\n\nB only.")
    #expect(document.paragraphs.count == 2)
    #expect(document.paragraphs[0].sentences == 0..<2)
    #expect(document.paragraphs[1].sentences == 2..<3)
    #expect(document.paragraphs[0].tokens == 0..<6)
    #expect(document.paragraphs[1].tokens == 6..<9)
    #expect(document.sentences.map(\.paragraph) == [0, 0, 1])
    #expect(document.string(token: 6) == "B")
  }

  /// Invalid bytes, where they are, and what the text becomes.
  struct InvalidCase: Sendable, CustomTestStringConvertible {
    var bytes: [UInt8]
    var offset: Int
    var line: Int
    var column: Int
    var repaired: String
    var testDescription: String { bytes.map { String($0, radix: 16) }.joined(separator: " ") }
  }

  static let invalidCases: [InvalidCase] = [
    InvalidCase(bytes: [0x41, 0xFF, 0x42], offset: 1, line: 1, column: 2, repaired: "A\u{FFFD}B"),
    // Truncated at the end.
    InvalidCase(bytes: [0x41, 0xC3], offset: 1, line: 1, column: 2, repaired: "A\u{FFFD}"),
    // Second line, truncated three-byte sequence.
    InvalidCase(bytes: [0x0A, 0x41, 0xE2, 0x80], offset: 2, line: 2, column: 2, repaired: "A\u{FFFD}"),
    // Overlong encoding of '/'.
    InvalidCase(bytes: [0x61, 0xC0, 0xAF, 0x62], offset: 1, line: 1, column: 2, repaired: "a\u{FFFD}\u{FFFD}b"),
    // An encoded surrogate.
    InvalidCase(bytes: [0xED, 0xA0, 0x80], offset: 0, line: 1, column: 1, repaired: "\u{FFFD}\u{FFFD}\u{FFFD}"),
    // Beyond U+10FFFF.
    InvalidCase(bytes: [0x20, 0xF4, 0x90, 0x80, 0x80], offset: 1, line: 1, column: 2, repaired: "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),
    // A lone continuation byte after valid multi-byte text.
    InvalidCase(bytes: Array("é “ok”".utf8) + [0x80] + Array("\nnext".utf8), offset: 11, line: 1, column: 12, repaired: "é “ok”\u{FFFD}\nnext"),
  ]

  @Test("invalid UTF-8 is repaired with a TXT001 warning", arguments: invalidCases)
  func invalidUTF8(_ c: InvalidCase) throws {
    let document = Document(id: "bad", bytes: c.bytes, source: "input.txt")
    #expect(String(validating: document.text, as: UTF8.self) != nil)
    #expect(document.text == Array(String(decoding: c.bytes, as: UTF8.self).utf8))
    #expect(document.paragraphStrings.joined(separator: "\n") == c.repaired)
    let warning = try #require(document.warnings.first)
    #expect(document.warnings.count == 1)
    #expect(warning.code == "TXT001")
    #expect(warning.severity == .warning)
    #expect(warning.file == "input.txt")
    #expect(warning.line == c.line)
    #expect(warning.column == c.column)
    #expect(warning.message.contains("byte offset \(c.offset)"))
  }

  /// Regression: a line that is only a closing curly quote, at the very
  /// start of the text, made the hard-wrap check read before the buffer.
  @Test(arguments: ["”\nnext line", "’\nb\nc", "a\n”\nb", "“”\nnext"])
  func lineOfOnlyAClosingQuoteDoesNotCrash(_ text: String) {
    let document = Document(id: "q", text: text)
    #expect(invariantViolations(document, input: Array(text.utf8)).isEmpty)
    #expect(document.paragraphStrings.joined(separator: "\n") == text)
  }

  @Test func warningNamesTheIdWithoutASource() {
    let document = Document(id: "doc-1", bytes: [0x41, 0xFF])
    #expect(document.warnings.map(\.file) == ["doc-1"])
  }

  @Test func validMultibyteTextHasNoWarning() {
    let document = Document(id: "ok", text: "Zürich, 東京 and 😀 — “fine”.")
    #expect(document.warnings.isEmpty)
    #expect(Document.firstInvalidUTF8(document.text) == nil)
  }

  @Test func firstInvalidUTF8AgreesWithTheStandardLibrary() {
    var rng = SeededGenerator(seed: 0xD0C)
    for _ in 0..<2000 {
      let bytes = (0..<Int.random(in: 0...12, using: &rng)).map { _ in
        // Mostly high bytes, so every kind of sequence shows up.
        UInt8.random(in: 0...255, using: &rng) | (Bool.random(using: &rng) ? 0x80 : 0)
      }
      let valid = String(validating: bytes, as: UTF8.self) != nil
      #expect((Document.firstInvalidUTF8(bytes) == nil) == valid, "bytes \(bytes)")
    }
  }
}
