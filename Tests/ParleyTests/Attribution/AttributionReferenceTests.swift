import Testing

@testable import Parley

/// Every field of the attribution (statements with their spans, cue entry,
/// source, speaker and form; speakers with names, kinds, aliases and
/// mention spans; warnings) on every repository text and example and on
/// seeded recombinations of the fixture articles' sentences, against a
/// digest of what the attributor gave before its data layout changed
/// (commit 9557623: four fact arrays per token, the pass's lists inside
/// the pass). A change that alters any field changes the digest.
@Suite struct AttributionReferenceTests {
  /// FNV-1a over `text`'s bytes, continuing from `hash`.
  static func fnv(_ hash: inout UInt64, _ text: String) {
    for b in text.utf8 {
      hash ^= UInt64(b)
      hash = hash &* 0x100_0000_01B3
    }
  }

  /// One line per statement, speaker and warning, every field written.
  static func dump(_ a: Attribution) -> String {
    var out = ""
    for s in a.statements {
      let cue = s.cue.map { "\($0.start)-\($0.end)" } ?? "-"
      let source = s.source.map { "\($0.start)-\($0.end)" } ?? "-"
      out += "S \(s.paragraph) \(s.content.start)-\(s.content.end) \(s.tokens.lowerBound)-\(s.tokens.upperBound) \(cue) \(s.cueEntry ?? -1) \(source) \(s.speaker) \(s.form.rawValue)\n"
    }
    for p in a.speakers {
      out += "P \(p.name)|\(p.kind.rawValue)|\(p.aliases.joined(separator: "|"))|\(p.mentions.map { "\($0.start)-\($0.end)" }.joined(separator: ","))\n"
    }
    for w in a.warnings { out += "W \(w)\n" }
    return out
  }

  /// The texts: every repository text and example, then 600 seeded
  /// recombinations of one to five paragraphs of one to four fixture
  /// sentences.
  static func texts(_ engine: Engine) throws -> [String] {
    var texts = try TextInvariantTests.repositoryTexts().map(\.1)
    for name in TestSupport.files(in: "evaluation/examples", ext: "txt") {
      texts.append(String(decoding: try TestSupport.readBytes("evaluation/examples/\(name)"), as: UTF8.self))
    }
    var sentences: [String] = []
    for name in TestSupport.files(in: "evaluation/fixtures", ext: "json") {
      let root = try JSONReader.parse(TestSupport.readBytes("evaluation/fixtures/\(name)"))
      let article = (root["paragraphs"]?.array ?? []).compactMap { $0["text"]?.string }.joined(separator: "\n\n")
      let document = engine.read(id: "t", text: article)
      for s in document.sentences {
        let tokens = document.tokens
        sentences.append(document.string(Span(start: Int(tokens[s.tokens.lowerBound].start), end: Int(tokens[s.tokens.upperBound - 1].end))))
      }
    }
    var random = SeededRandom(seed: 9_557_623)
    for _ in 0..<600 {
      var paragraphs: [String] = []
      for _ in 0..<Int.random(in: 1...5, using: &random) {
        let count = Int.random(in: 1...4, using: &random)
        paragraphs.append((0..<count).map { _ in sentences[Int.random(in: 0..<sentences.count, using: &random)] }.joined(separator: " "))
      }
      texts.append(paragraphs.joined(separator: "\n\n"))
    }
    return texts
  }

  @Test func attributionEqualsTheReference() throws {
    let engine = try TestSupport.engine()
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    var statements = 0
    var speakers = 0
    for text in try Self.texts(engine) {
      let document = engine.read(id: "t", text: text)
      let a = engine.attributor.attribute(document, ids: engine.matcher.tokenIDs(document))
      statements += a.statements.count
      speakers += a.speakers.count
      Self.fnv(&hash, Self.dump(a))
    }
    #expect(statements == Self.referenceStatements)
    #expect(speakers == Self.referenceSpeakers)
    #expect(hash == Self.referenceDigest)
  }

  /// What commit 9557623 gave (this test run there).
  static let referenceStatements = 4_582
  static let referenceSpeakers = 3_267
  static let referenceDigest: UInt64 = 0x1685_8CAB_FE50_6DD1
}
