import Foundation

/// A sentence-level labeled set: `id<TAB>gold<TAB>text` lines, `#` comments,
/// no header. The gold scale and binning are declared by the suite.
public struct SentenceSet: Sendable {
  public struct Item: Sendable {
    public var id: String
    public var gold: Double
    public var text: String
  }
  public var file: String
  public var items: [Item]

  /// Reads `path`; every malformed line is reported with its line number.
  public static func load(_ path: String, scale: ClosedRange<Double>) throws(DiagnosticError) -> SentenceSet {
    let bytes: [UInt8]
    do { bytes = try readBytes(path) } catch { throw DiagnosticError([error]) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = Document.firstInvalidUTF8(bytes) ?? 0
      let (line, column) = lineAndColumn(of: offset, in: bytes)
      throw DiagnosticError([.error("SET001", "invalid UTF-8", file: path, line: line, column: column)])
    }
    var items: [Item] = []
    var problems: [Diagnostic] = []
    for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.trimming(" \t").isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count == 3 else {
        problems.append(.error("SET002", "expected id<TAB>gold<TAB>text", file: path, line: n + 1, column: 1))
        continue
      }
      guard let gold = Double(fields[1].trimming(" ")), scale.contains(gold) else {
        problems.append(.error("SET003", "gold '\(fields[1])' is not a number in \(formatNumber(scale.lowerBound))…\(formatNumber(scale.upperBound))", file: path, line: n + 1, column: fields[0].utf8.count + 2))
        continue
      }
      items.append(Item(id: String(fields[0]), gold: gold, text: String(fields[2])))
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    if items.isEmpty { throw DiagnosticError([.error("SET004", "no items", file: path)]) }
    return SentenceSet(file: path, items: items)
  }
}
