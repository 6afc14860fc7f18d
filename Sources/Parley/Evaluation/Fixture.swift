import Foundation

/// One labeled article in the `parley-fixture/1` format
/// (evaluation/FIXTURES.md). Labels are optional: nil means the labeler
/// abstained, and the item is skipped for that metric.
public struct Fixture: Sendable {
  public struct Paragraph: Sendable {
    public var text: String
    public var optimism: Int?
    public var hedging: Int?
  }
  public struct Statement: Sendable {
    public var paragraph: Int
    public var text: String
    /// Byte offsets of `text` in its paragraph (first occurrence).
    public var start: Int
    public var end: Int
    public var speaker: String
    public var optimism: Int?
    public var hedging: Int?
  }
  public struct Speaker: Sendable {
    public var name: String
    public var aliases: [String]
    public var kind: String
    public var optimism: Int?
    public var hedging: Int?
  }

  public var id: String
  public var title: String?
  public var file: String
  public var paragraphs: [Paragraph]
  public var statements: [Statement]
  public var speakers: [Speaker]

  public static let format = "parley-fixture/1"
  public static let speakerKinds: Set<String> = ["person", "organization", "group", "media"]

  /// The article text as Parley reads it: paragraphs joined by blank lines.
  public var text: String { paragraphs.map(\.text).joined(separator: "\n\n") }

  /// Reads and validates one fixture file; every problem is reported with
  /// the file and a JSON path (`$.statements[3].text`).
  public static func load(_ path: String) throws(DiagnosticError) -> Fixture {
    let bytes: [UInt8]
    do { bytes = try readBytes(path) } catch { throw DiagnosticError([error]) }
    return try parse(bytes, file: path)
  }

  public static func parse(_ bytes: [UInt8], file: String) throws(DiagnosticError) -> Fixture {
    let root = try JSONFile.parse(bytes, file: file, code: "FIX001")
    var problems: [Diagnostic] = []
    func problem(_ path: String, _ message: String) {
      problems.append(.error("FIX002", "\(path): \(message)", file: file))
    }
    func label(_ v: JSONValue?, _ path: String, _ range: ClosedRange<Int>) -> Int? {
      guard let v, !v.isNull else { return nil }
      guard let x = v.number, x == x.rounded(), range.contains(Int(x)) else {
        problem(path, "label must be an integer in \(range.lowerBound)…\(range.upperBound) or null, found \(v.typeName == "number" ? formatNumber(v.number ?? 0) : v.typeName)")
        return nil
      }
      return Int(x)
    }
    guard root.members != nil else {
      throw DiagnosticError([.error("FIX002", "$: expected an object, found \(root.typeName)", file: file)])
    }
    if root["format"]?.string != format {
      problem("$.format", "must be \"\(format)\"")
    }
    let id = root["id"]?.string ?? ""
    if id.isEmpty { problem("$.id", "a non-empty string is required") }
    var paragraphs: [Paragraph] = []
    if let items = root["paragraphs"]?.array, !items.isEmpty {
      for (i, item) in items.enumerated() {
        let path = "$.paragraphs[\(i)]"
        guard let text = item["text"]?.string, !text.isEmpty else {
          problem("\(path).text", "a non-empty string is required")
          paragraphs.append(Paragraph(text: "", optimism: nil, hedging: nil))
          continue
        }
        if text.contains("\n\n") { problem("\(path).text", "a paragraph must not contain a blank line") }
        paragraphs.append(Paragraph(text: text, optimism: label(item["optimism"], "\(path).optimism", -2...2), hedging: label(item["hedging"], "\(path).hedging", 0...2)))
      }
    } else {
      problem("$.paragraphs", "a non-empty array is required")
    }
    var speakers: [Speaker] = []
    for (i, item) in (root["speakers"]?.array ?? []).enumerated() {
      let path = "$.speakers[\(i)]"
      guard let name = item["name"]?.string, !name.isEmpty else {
        problem("\(path).name", "a non-empty string is required")
        continue
      }
      let kind = item["kind"]?.string ?? ""
      if !speakerKinds.contains(kind) { problem("\(path).kind", "must be one of person, organization, group, media") }
      let aliases = (item["aliases"]?.array ?? []).compactMap(\.string)
      speakers.append(Speaker(name: name, aliases: aliases, kind: kind, optimism: label(item["optimism"], "\(path).optimism", -2...2), hedging: label(item["hedging"], "\(path).hedging", 0...2)))
    }
    let names = Set(speakers.map(\.name))
    var statements: [Statement] = []
    for (i, item) in (root["statements"]?.array ?? []).enumerated() {
      let path = "$.statements[\(i)]"
      guard let p = item["paragraph"]?.number.map(Int.init), p >= 0, p < paragraphs.count else {
        problem("\(path).paragraph", "must be the index of a paragraph (0…\(paragraphs.count - 1))")
        continue
      }
      guard let text = item["text"]?.string, !text.isEmpty else {
        problem("\(path).text", "a non-empty string is required")
        continue
      }
      let speaker = item["speaker"]?.string ?? ""
      if !names.contains(speaker) { problem("\(path).speaker", "'\(speaker)' is not the name of any entry of $.speakers") }
      let paragraphBytes = Array(paragraphs[p].text.utf8)
      guard let start = find(Array(text.utf8), in: paragraphBytes) else {
        problem("\(path).text", "is not a substring of paragraph \(p)")
        continue
      }
      statements.append(Statement(paragraph: p, text: text, start: start, end: start + text.utf8.count, speaker: speaker, optimism: label(item["optimism"], "\(path).optimism", -2...2), hedging: label(item["hedging"], "\(path).hedging", 0...2)))
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return Fixture(id: id, title: root["title"]?.string, file: file, paragraphs: paragraphs, statements: statements, speakers: speakers)
  }

  /// Every `*.json` fixture in `directory`, sorted by file name; all
  /// problems of all files at once, and duplicate ids.
  public static func loadAll(directory: String) throws(DiagnosticError) -> [Fixture] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    if names.isEmpty { throw DiagnosticError([.error("FIX003", "no fixture files (*.json) in the folder", file: directory)]) }
    var fixtures: [Fixture] = []
    var problems: [Diagnostic] = []
    var seen: [String: String] = [:]
    for name in names {
      let path = (directory as NSString).appendingPathComponent(name)
      do {
        let f = try load(path)
        if let first = seen[f.id] {
          problems.append(.error("FIX004", "$.id: duplicate id '\(f.id)' (also in \(first))", file: path))
        }
        seen[f.id] = path
        fixtures.append(f)
      } catch {
        problems += error.diagnostics
      }
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return fixtures
  }
}

/// Byte offset of the first occurrence of `needle` in `haystack`.
func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
  guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
  for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
    if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
  }
  return nil
}
