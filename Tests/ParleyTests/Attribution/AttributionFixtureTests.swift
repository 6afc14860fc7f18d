import Foundation
import Testing

@testable import Parley

/// Statement detection and attribution measured against the labeled
/// fixtures in `evaluation/fixtures/*.json`, by the rules of
/// `evaluation/FIXTURES.md`: a predicted statement matches a gold one when
/// both are in the same paragraph and share at least half of the gold
/// span; attribution is right when the predicted speaker's name or an alias
/// equals the gold name or an alias, ignoring case.
///
/// Set `PARLEY_ATTRIBUTION_DETAILS=1` to print every miss.
@Suite("Attribution on the labeled fixtures")
struct AttributionFixtureTests {
  static let folder = "evaluation/fixtures"
  static let details = ProcessInfo.processInfo.environment["PARLEY_ATTRIBUTION_DETAILS"] == "1"

  @Test("statement F1 and attribution accuracy reach the gates", .enabled(if: !TestSupport.files(in: folder, ext: "json").isEmpty))
  func fixtureScores() throws {
    let engine = try TestSupport.engine()
    let attributor = Attributor(matcher: engine.matcher)
    var total = AttributionScore()
    for file in TestSupport.files(in: Self.folder, ext: "json") {
      let fixture = try GoldArticle(bytes: TestSupport.readBytes("\(Self.folder)/\(file)"))
      let score = fixture.score(engine: engine, attributor: attributor, report: Self.details ? { print("\(file): \($0)") } : nil)
      total.add(score)
    }
    print(String(format: "attribution on %d gold statements: precision %.3f recall %.3f F1 %.3f, accuracy %.3f (%d of %d matches)", total.gold, total.precision, total.recall, total.f1, total.accuracy, total.correct, total.matched))
    #expect(total.gold > 0)
    #expect(total.f1 >= 0.85)
    #expect(total.accuracy >= 0.90)
  }
}

/// Counts for statement detection and attribution.
struct AttributionScore {
  var gold = 0
  var predicted = 0
  var matched = 0
  var correct = 0

  var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
  var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
  var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
  var accuracy: Double { matched == 0 ? 0 : Double(correct) / Double(matched) }

  mutating func add(_ other: AttributionScore) {
    gold += other.gold
    predicted += other.predicted
    matched += other.matched
    correct += other.correct
  }
}

/// One fixture read with the package's `JSONReader`: paragraphs, gold
/// statements (with byte offsets in their paragraph) and speakers.
struct GoldArticle {
  struct Statement {
    var paragraph: Int
    var start: Int
    var end: Int
    var text: String
    var names: Set<String>
  }

  var id: String
  var paragraphs: [String]
  var statements: [Statement]

  init(bytes: [UInt8]) throws {
    let root = try JSONReader.parse(bytes)
    id = root["id"]?.string ?? "?"
    paragraphs = (root["paragraphs"]?.array ?? []).compactMap { $0["text"]?.string }
    var names: [String: Set<String>] = [:]
    for s in root["speakers"]?.array ?? [] {
      guard let name = s["name"]?.string else { continue }
      names[name] = Set([name.lowercased()] + (s["aliases"]?.array ?? []).compactMap { $0.string?.lowercased() })
    }
    statements = []
    for s in root["statements"]?.array ?? [] {
      guard let p = s["paragraph"]?.number.map(Int.init), p < paragraphs.count, let text = s["text"]?.string,
        let speaker = s["speaker"]?.string
      else { continue }
      let haystack = Array(paragraphs[p].utf8)
      let needle = Array(text.utf8)
      guard let start = Self.find(needle, in: haystack) else { continue }
      statements.append(Statement(paragraph: p, start: start, end: start + needle.count, text: text, names: names[speaker] ?? [speaker.lowercased()]))
    }
  }

  static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
      if Array(haystack[i..<(i + needle.count)]) == needle { return i }
    }
    return nil
  }

  /// The article as Parley reads it, and the byte offset of each paragraph.
  var text: (String, [Int]) {
    var offsets: [Int] = []
    var at = 0
    for p in paragraphs {
      offsets.append(at)
      at += p.utf8.count + 2
    }
    return (paragraphs.joined(separator: "\n\n"), offsets)
  }

  /// Runs the attributor and matches its statements with the gold ones
  /// (one to one, largest overlap first).
  func score(engine: Engine, attributor: Attributor, report: ((String) -> Void)? = nil) -> AttributionScore {
    let (text, offsets) = self.text
    let document = engine.read(id: id, text: text)
    let attribution = attributor.attribute(document, ids: engine.matcher.tokenIDs(document))
    struct Predicted {
      var paragraph: Int
      var start: Int
      var end: Int
      var names: Set<String>
      var label: String
    }
    let predicted: [Predicted] = attribution.statements.map { s in
      let p = offsets.lastIndex { $0 <= s.content.start } ?? 0
      let speaker = attribution.speakers[s.speaker]
      return Predicted(paragraph: p, start: s.content.start - offsets[p], end: s.content.end - offsets[p], names: Set([speaker.name.lowercased()] + speaker.aliases.map { $0.lowercased() }), label: "\(document.string(s.content)) — \(speaker.name) \(speaker.aliases)")
    }
    var score = AttributionScore(gold: statements.count, predicted: predicted.count)
    var pairs: [(overlap: Int, g: Int, p: Int)] = []
    for (gi, g) in statements.enumerated() {
      for (pi, p) in predicted.enumerated() where p.paragraph == g.paragraph {
        let overlap = max(0, min(g.end, p.end) - max(g.start, p.start))
        if overlap * 2 >= g.end - g.start { pairs.append((overlap, gi, pi)) }
      }
    }
    pairs.sort { $0.overlap > $1.overlap }
    var goldUsed = Set<Int>()
    var predUsed = Set<Int>()
    for pair in pairs where !goldUsed.contains(pair.g) && !predUsed.contains(pair.p) {
      goldUsed.insert(pair.g)
      predUsed.insert(pair.p)
      score.matched += 1
      let right = !statements[pair.g].names.isDisjoint(with: predicted[pair.p].names)
      if right {
        score.correct += 1
      } else {
        report?("WRONG SPEAKER [\(statements[pair.g].paragraph)] \(predicted[pair.p].label) — gold \(statements[pair.g].names.sorted())")
      }
    }
    if let report {
      for (gi, g) in statements.enumerated() where !goldUsed.contains(gi) {
        report("MISSED [\(g.paragraph)] \(g.text) — \(g.names.sorted().first ?? "")")
      }
      for (pi, p) in predicted.enumerated() where !predUsed.contains(pi) {
        report("EXTRA [\(p.paragraph)] \(p.label)")
      }
    }
    return score
  }
}
