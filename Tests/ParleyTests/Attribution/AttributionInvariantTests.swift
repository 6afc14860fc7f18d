import Foundation
import Testing

@testable import Parley

/// Properties every attribution must have, checked over every text the
/// repository holds (fixtures, behavioural cases, examples) and over those
/// texts with quotation marks randomly added and removed.
@Suite("Attribution: invariants")
struct AttributionInvariantTests {
  /// Every article text in `evaluation/`.
  static func texts() throws -> [(name: String, text: String)] {
    var out: [(String, String)] = []
    for file in TestSupport.files(in: "evaluation/fixtures", ext: "json") {
      out.append((file, try GoldArticle(bytes: TestSupport.readBytes("evaluation/fixtures/\(file)")).text.0))
    }
    for file in TestSupport.files(in: "evaluation/examples", ext: "txt") {
      out.append((file, String(decoding: try TestSupport.readBytes("evaluation/examples/\(file)"), as: UTF8.self)))
    }
    for file in TestSupport.files(in: "evaluation/behaviour", ext: "tsv") {
      let lines = String(decoding: try TestSupport.readBytes("evaluation/behaviour/\(file)"), as: UTF8.self).split(separator: "\n")
      for line in lines where !line.hasPrefix("#") {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        for column in columns.dropFirst(3) {
          out.append(("\(file):\(columns[0])", column.replacingOccurrences(of: " ¶ ", with: "\n\n")))
        }
      }
    }
    return out
  }

  /// The checks; returns what is wrong, empty when all hold. `trimmed`
  /// also checks that no content starts or ends with a comma, space or
  /// quotation mark (not expected of text with random marks in it).
  static func problems(_ document: Document, _ a: Attribution, pronouns: Set<String>, trimmed: Bool = true) -> [String] {
    var out: [String] = []
    var previousEnd = 0
    var used = Set<Int>()
    for s in a.statements {
      let text = document.string(s.content)
      if s.content.start < previousEnd { out.append("overlap or order at «\(text)»") }
      previousEnd = s.content.end
      if s.paragraph >= document.paragraphs.count || !document.paragraphs[s.paragraph].span.contains(s.content) {
        out.append("«\(text)» outside paragraph \(s.paragraph)")
      }
      if s.tokens.isEmpty || Int(document.tokens[s.tokens.lowerBound].start) != s.content.start || Int(document.tokens[s.tokens.upperBound - 1].end) != s.content.end {
        out.append("tokens do not match content «\(text)»")
      }
      if s.speaker >= a.speakers.count { out.append("speaker index \(s.speaker) out of range") } else { used.insert(s.speaker) }
      if trimmed, let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
        [" ", ",", "“", "”", "\""].contains(String(first)) || [",", " ", "“"].contains(String(last))
      {
        out.append("untrimmed «\(text)»")
      }
      // (A cue inside the content is its own parenthetical attribution, set
      // off by commas: `The cuts, she said, were deep`.)
      if let cue = s.cue, !(cue.end <= s.content.start || cue.start >= s.content.end) {
        let before = document.string(Span(start: s.content.start, end: cue.start))
        let after = document.string(Span(start: cue.end, end: s.content.end))
        if !before.contains(",") || !after.contains(",") { out.append("cue inside «\(text)»") }
      }
    }
    if used.count != a.speakers.count { out.append("a speaker without statements") }
    for speaker in a.speakers {
      if speaker.name.isEmpty { out.append("empty speaker name") }
      for alias in speaker.aliases {
        if pronouns.contains(alias.lowercased()) { out.append("pronoun alias '\(alias)' of \(speaker.name)") }
        if alias.lowercased() == speaker.name.lowercased() { out.append("alias repeats the name \(speaker.name)") }
      }
    }
    for w in a.warnings where !["ATT001", "ATT002"].contains(w.code) || w.line == nil || w.column == nil {
      out.append("bad warning \(w)")
    }
    return out
  }

  static func pronouns(_ engine: Engine) -> Set<String> {
    Set(engine.matcher.entries.filter { $0.category == .speakerPronoun }.map(\.term))
  }

  @Test("hold on every text the repository holds")
  func onRepositoryTexts() throws {
    let engine = try TestSupport.engine()
    let attributor = Attributor(matcher: engine.matcher)
    let texts = try Self.texts()
    #expect(texts.count > 50)
    var statements = 0
    for (name, text) in texts {
      let document = engine.read(id: name, text: text)
      let a = attributor.attribute(document, ids: engine.matcher.tokenIDs(document))
      statements += a.statements.count
      let problems = Self.problems(document, a, pronouns: Self.pronouns(engine))
      #expect(problems.isEmpty, "\(name): \(problems)")
    }
    #expect(statements > 400)
  }

  @Test("hold when quotation marks are randomly added or removed", arguments: Array(1...8) as [UInt64])
  func onDamagedQuotes(seed: UInt64) throws {
    let engine = try TestSupport.engine()
    let attributor = Attributor(matcher: engine.matcher)
    var rng = SeededGenerator(seed: seed)
    let marks: [Character] = ["“", "”", "\"", "‘", "’", "'"]
    for (name, text) in try Self.texts().prefix(40) {
      var chars = Array(text)
      for _ in 0..<6 where !chars.isEmpty {
        let i = Int.random(in: 0..<chars.count, using: &rng)
        if marks.contains(chars[i]) { chars.remove(at: i) } else { chars.insert(marks.randomElement(using: &rng)!, at: i) }
      }
      let document = engine.read(id: name, text: String(chars))
      let a = attributor.attribute(document, ids: engine.matcher.tokenIDs(document))
      let problems = Self.problems(document, a, pronouns: Self.pronouns(engine), trimmed: false)
      #expect(problems.isEmpty, "seed \(seed), \(name): \(problems)")
    }
  }

  @Test("the result does not depend on anything but the text")
  func deterministic() throws {
    let engine = try TestSupport.engine()
    let text = try Self.texts().first { $0.name.hasSuffix(".json") }?.text ?? ""
    let document = engine.read(id: "a", text: text)
    let ids = engine.matcher.tokenIDs(document)
    let first = Attributor(matcher: engine.matcher).attribute(document, ids: ids)
    let second = Attributor(matcher: engine.matcher).attribute(document, ids: ids)
    #expect(first.statements == second.statements)
    #expect(first.speakers == second.speakers)
  }
}
