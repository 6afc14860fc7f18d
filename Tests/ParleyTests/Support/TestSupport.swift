import Foundation
import Testing

@testable import Parley

/// Shared helpers for the library tests: the package root, the texts the
/// repository holds, a seeded random source, marked text and temp folders.
enum TestSupport {
  /// The package root, found from this file's path
  /// (`Tests/ParleyTests/Support/TestSupport.swift`).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // ParleyTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  static func path(_ relative: String) -> String {
    packageRoot.appendingPathComponent(relative).path
  }

  static func exists(_ relative: String) -> Bool {
    FileManager.default.fileExists(atPath: path(relative))
  }

  static func readBytes(_ relative: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(relative)))
  }

  /// Names of the files in `relative` with the extension `ext`, sorted.
  static func files(in relative: String, ext: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path(relative))) ?? [])
      .filter { $0.hasSuffix("." + ext) }.sorted()
  }

  /// The engine with the built-in lexicons, compiled once for the run.
  private static let builtinEngine: Result<Engine, DiagnosticError> = Result { () throws(DiagnosticError) in try Engine.builtin() }

  static func engine() throws -> Engine { try builtinEngine.get() }

  /// The built-in lexicons with the default parameters changed by
  /// `change` (the tests of a rule's constant).
  static func engine(_ change: (inout ModelParameters) -> Void) throws -> Engine {
    var parameters = ModelParameters()
    change(&parameters)
    return Engine(lexicons: try engine().lexicons, parameters: parameters)
  }

  /// The first sentence of `text` as `engine` scores it, with evidence.
  static func firstSentence(_ text: String, _ engine: Engine) -> SentenceScore {
    engine.analyze(engine.read(id: "t", text: text), evidence: true).score.sentences[0]
  }

  /// For each case, `rule` changed the cue whose text is `word` in the
  /// first sentence of `text`, and the sentence reads positive when
  /// `good`, else negative.
  static func expectRuleTurns(_ rule: String, _ cases: [(text: String, word: String, good: Bool)], _ engine: Engine, sourceLocation: SourceLocation = #_sourceLocation) throws {
    for (text, word, good) in cases {
      let s = firstSentence(text, engine)
      let cue = try evidence(word, in: s)
      #expect(cue.rules.contains { $0.hasPrefix(rule + "(") }, "\(text): \(cue.rules)", sourceLocation: sourceLocation)
      #expect(good ? s.stance.optimism > 0 : s.stance.optimism < 0, "\(text): \(s.stance.optimism)", sourceLocation: sourceLocation)
    }
  }

  /// The evidence of the cue whose text is `word` in `sentence`.
  static func evidence(_ word: String, in sentence: SentenceScore) throws -> Evidence {
    try #require(sentence.evidence.first { $0.text == word })
  }

  /// A segmenter with only the repository's `lexicons/abbreviations.tsv`,
  /// for tests that must not depend on the other lexicon files.
  static let abbreviationSegmenter: Segmenter = {
    let bytes = (try? readBytes("lexicons/abbreviations.tsv")) ?? []
    let entries = LexiconParser.parse(bytes, file: "lexicons/abbreviations.tsv").entries
    return Segmenter(abbreviations: PhraseMatcher(LexiconSet(entries: entries, files: [])).abbreviations)
  }()

  // MARK: Temp files

  /// A fresh empty folder, removed after `body`.
  static func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("parley-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    return try body(dir)
  }

  /// A one-line JSON record `{"k": k, "text": text}`, as the writers'
  /// tests write it in place and as bytes.
  static func sampleRecord(_ k: Int, _ text: String) -> (inout JSONWriter) -> Void {
    { w in
      w.beginObject()
      w.field(ascii: "k", k)
      w.field(ascii: "text", text)
      w.endObject()
      w.endLine()
    }
  }

  /// A `StandardOutput` on a fresh file: `body` writes through it and
  /// returns the bytes it expects; the file, once flushed and closed, must
  /// hold exactly those.
  static func expectOutputFile(sourceLocation: SourceLocation = #_sourceLocation, _ body: (StandardOutput) throws -> [UInt8]) throws {
    try withTemporaryDirectory { dir in
      let path = dir + "/out"
      let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      try #require(fd >= 0, sourceLocation: sourceLocation)
      let output = StandardOutput(fileDescriptor: fd)
      let expected = try body(output)
      output.flush()
      close(fd)
      let written = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      #expect(written.count == expected.count, sourceLocation: sourceLocation)
      #expect(written == expected, sourceLocation: sourceLocation)
    }
  }

  @discardableResult
  static func write(_ bytes: [UInt8], to dir: String, _ name: String) throws -> String {
    let path = (dir as NSString).appendingPathComponent(name)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @discardableResult
  static func write(_ text: String, to dir: String, _ name: String) throws -> String {
    try write(Array(text.utf8), to: dir, name)
  }
}

// MARK: Seeded randomness

/// Seeded randomness for property tests: the library's SplitMix64, so a
/// failure can be reproduced from its seed.
typealias SeededGenerator = SeededRandom

// MARK: Marked text

/// Text with expected spans marked inline as `⟦…⟧` (marks may nest): the
/// plain text and the byte span of every mark, sorted by start, then end.
struct MarkedText {
  var text: String
  var spans: [Span]

  init(_ marked: String) {
    var bytes: [UInt8] = []
    var spans: [Span] = []
    var open: [Int] = []
    for ch in marked {
      switch ch {
      case "⟦": open.append(bytes.count)
      case "⟧":
        if let start = open.popLast() { spans.append(Span(start: start, end: bytes.count)) }
      default: bytes += Array(String(ch).utf8)
      }
    }
    self.text = String(decoding: bytes, as: UTF8.self)
    self.spans = spans.sorted()
  }
}

// MARK: Text helpers

extension Document {
  /// The strings of all tokens, in order.
  var tokenStrings: [String] { tokens.map { string($0.span) } }
  /// The strings of all sentences, in order.
  var sentenceStrings: [String] { sentences.map { string($0.span) } }
  /// The strings of all paragraphs, in order.
  var paragraphStrings: [String] { paragraphs.map { string($0.span) } }
}

/// Whether `bytes` are only whitespace, decided independently of the
/// tokenizer: Unicode White_Space, plus the zero-width space and the
/// byte-order mark, which separate words without showing.
func isWhitespaceOnly(_ bytes: ArraySlice<UInt8>) -> Bool {
  guard let s = String(validating: bytes, as: UTF8.self) else { return false }
  return s.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.value == 0x200B || $0.value == 0xFEFF }
}
