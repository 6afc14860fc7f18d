import Foundation
import Testing

@testable import Parley

/// Seeded fuzzing: the team's own texts, mutated in the ways news copy
/// breaks (cut quotes, stray bytes, cut UTF-8, runs of punctuation, huge
/// tokens), go through the whole pipeline. Nothing may crash, and what
/// comes out must still hold together: spans inside the text, scores in
/// range, statement text equal to its span, evidence adding up, JSON that
/// parses. Reproducible: a failure names its seed.
@Suite struct FuzzTests {
  /// Pieces spliced into texts: quotation marks of every kind, dashes,
  /// reporting words, bytes that are not UTF-8, combining marks, emoji.
  static let splices: [[UInt8]] = [
    "“", "”", "\"", "'", "‘", "’", "«", "»", " — ", "...", "…", "\n", "\n\n", " said ", ", he said.", "Mr. ",
    "according to ", "“We", ".”", ":", ";", "(", ")", "not ", "very ", "but ", "e\u{301}", "👍🏽", "\u{200B}", "\t",
    "U.S.", "No.", "3.5", "!!!", "???",
  ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0x00], [0x0D], [0x0D, 0x0A]]

  static func corpus() throws -> [[UInt8]] {
    var texts: [[UInt8]] = []
    for name in TestSupport.files(in: "evaluation/fixtures", ext: "json") {
      let fixture = try Fixture.load(TestSupport.path("evaluation/fixtures/\(name)"))
      texts.append(Array(fixture.text.utf8))
    }
    texts.append(try TestSupport.readBytes("evaluation/examples/lakeside-talks.txt"))
    return texts
  }

  static func mutate(_ text: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
    var t = text
    for _ in 0..<Int.random(in: 1...8, using: &random) {
      let at = t.isEmpty ? 0 : Int.random(in: 0..<t.count, using: &random)
      switch Int.random(in: 0..<6, using: &random) {
      case 0: t.insert(contentsOf: splices.randomElement(using: &random)!, at: at)
      case 1: t.removeSubrange(at..<min(t.count, at + Int.random(in: 1...40, using: &random)))
      case 2:  // duplicate a stretch
        let end = min(t.count, at + Int.random(in: 1...200, using: &random))
        t.insert(contentsOf: t[at..<end], at: end)
      case 3: t = Array(t.prefix(at))  // cut anywhere, even inside a character
      case 4: t.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "a"), count: Int.random(in: 100...5000, using: &random)), at: at)
      default: t.insert(contentsOf: [UInt8](repeating: splices.randomElement(using: &random)!.first ?? 0x22, count: Int.random(in: 2...50, using: &random)), at: at)
      }
    }
    return t
  }

  @Test(arguments: 0..<6)
  func pipelineHoldsTogether(batch: Int) throws {
    let engine = try TestSupport.engine()
    let texts = try Self.corpus()
    var random = SeededRandom(seed: UInt64(1000 + batch))
    for round in 0..<40 {
      let bytes = Self.mutate(texts.randomElement(using: &random)!, &random)
      let label = "batch \(batch), round \(round)"
      let document = engine.read(id: "fuzz", bytes: bytes)
      let analysis = engine.analyze(document, model: RuleModel(), evidence: true)
      check(analysis, document, label)
      var w = JSONWriter()
      ReportEncoder(evidence: true, text: true).record(analysis, document: document, parameters: engine.parameters, into: &w)
      #expect((try? JSONSerialization.jsonObject(with: Data(w.bytes))) != nil, "JSON does not parse: \(label)")
    }
  }

  func check(_ a: Analysis, _ document: Document, _ label: String) {
    let n = document.text.count
    let score = a.score
    var last = 0
    for p in score.paragraphs {
      #expect(p.span.start >= last && p.span.end <= n, "paragraph span: \(label)")
      last = p.span.end
      #expect(p.stance.optimism.isFinite && abs(p.stance.optimism) <= 1, "paragraph optimism: \(label)")
      #expect(abs(p.ownOptimism) <= 1, "paragraph own optimism: \(label)")
      #expect(p.stance.hedging >= 0 && p.stance.hedging <= 1, "paragraph hedging: \(label)")
    }
    for s in score.sentences {
      #expect(s.span.start >= 0 && s.span.end <= n, "sentence span: \(label)")
      // The deltas of a sentence on the optimism axis add up to its score.
      let sum = s.evidence.filter { $0.axis == "optimism" }.reduce(0) { $0 + $1.delta }
      #expect(abs(sum - s.stance.optimism) < 1e-9, "evidence sum \(sum) vs \(s.stance.optimism): \(label)")
      for e in s.evidence { #expect(e.span.start >= s.span.start && e.span.end <= s.span.end, "evidence span: \(label)") }
    }
    for st in a.statements {
      let p = document.paragraphs[st.statement.paragraph].span
      #expect(st.statement.content.start >= p.start && st.statement.content.end <= p.end, "statement outside its paragraph: \(label)")
      #expect(st.text == document.string(st.statement.content), "statement text: \(label)")
      #expect(abs(st.stance.optimism) <= 1 && st.stance.hedging >= 0 && st.stance.hedging <= 1, "statement stance: \(label)")
    }
    for sp in a.speakers {
      #expect(sp.optimism.isFinite && sp.hedging.isFinite, "speaker stance: \(label)")
    }
  }

  /// Corrupted JSONL lines: every line gives an article or a diagnostic
  /// naming that line, never a crash or a silent skip.
  @Test func jsonlReaderAccountsForEveryLine() throws {
    var random = SeededRandom(seed: 7)
    let good = #"{"id": "a\u00e9", "text": "The talks were “productive,” she said.\n\nNext.", "source": {"x": [1, 2.5e3, null, true]}}"#
    var lines: [[UInt8]] = []
    for _ in 0..<400 {
      var line = Array(good.utf8)
      for _ in 0..<Int.random(in: 0...3, using: &random) where !line.isEmpty {
        let at = Int.random(in: 0..<line.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: line.remove(at: at)
        case 1: line.insert(Self.splices.randomElement(using: &random)!.first ?? 0x22, at: at)
        default: line = Array(line.prefix(at))
        }
      }
      // Newlines would split the line; a NUL makes the whole file binary (IN005).
      line.removeAll { $0 == 0x0A || $0 == 0x0D || $0 == 0x00 }
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { line = Array("{}".utf8) }
      lines.append(line)
    }
    try TestSupport.withTemporaryDirectory { dir in
      let path = try TestSupport.write(Array(lines.joined(separator: [0x0A])) + [0x0A], to: dir, "fuzz.jsonl")
      let reader = ArticleReader(inputs: [path])
      var articles = 0
      while let article = reader.next() {
        articles += 1
        #expect(article.source.hasPrefix(path + ":"))
      }
      let lineErrors = Set(reader.diagnostics.filter { $0.severity == .error }.compactMap(\.line))
      #expect(articles + lineErrors.count == lines.count, "\(articles) articles, \(lineErrors.count) lines with errors, \(lines.count) lines")
      #expect(articles > 0 && !lineErrors.isEmpty)
    }
  }
}
