/// A problem found in input: a lexicon, an article, a corpus line, a fixture.
/// Printed as `file:line:col: severity: [CODE] message`, the format editors
/// and CI systems understand.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible, Error {
  public enum Severity: String, Sendable, Codable { case error, warning }

  /// Stable code, e.g. `LEX005`, `TXT001`, `IN003`.
  public var code: String
  public var severity: Severity
  public var message: String
  /// Path of the file, or another name for the source (`stdin`, `<builtin>`).
  public var file: String?
  /// 1-based line and column (column counts bytes), where they apply.
  public var line: Int?
  public var column: Int?

  public init(_ severity: Severity, _ code: String, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
    self.code = code
    self.severity = severity
    self.message = message
    self.file = file
    self.line = line
    self.column = column
  }

  public static func error(_ code: String, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) -> Diagnostic {
    Diagnostic(.error, code, message, file: file, line: line, column: column)
  }

  public static func warning(_ code: String, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) -> Diagnostic {
    Diagnostic(.warning, code, message, file: file, line: line, column: column)
  }

  public var description: String {
    var location = ""
    if let file {
      location = file
      if let line {
        location += ":\(line)"
        if let column { location += ":\(column)" }
      }
      location += ": "
    }
    return "\(location)\(severity.rawValue): [\(code)] \(message)"
  }
}

/// Several diagnostics thrown at once: a loader reports every problem it
/// finds, not just the first.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Line and column (1-based, column in bytes) of byte `offset` in `bytes`.
public func lineAndColumn(of offset: Int, in bytes: some Collection<UInt8>) -> (line: Int, column: Int) {
  var line = 1
  var lineStart = 0
  var index = 0
  for b in bytes {
    if index >= offset { break }
    if b == 0x0A {
      line += 1
      lineStart = index + 1
    }
    index += 1
  }
  return (line, offset - lineStart + 1)
}

/// Lines and columns of byte offsets met in text order: each is counted on
/// from the one before, not from the start as `lineAndColumn(of:in:)`
/// counts, so a text with a warning in every paragraph costs one scan, not
/// one per warning (the square of a long text's length).
struct LineCursor: Sendable {
  private var offset = 0
  private var line = 1
  private var lineStart = 0

  /// Line and column (1-based, column in bytes) of byte `offset` in
  /// `bytes`; an offset before the last one starts over from the top.
  mutating func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    if offset < self.offset { self = LineCursor() }
    var i = self.offset
    while i < offset, i < bytes.count {
      if bytes[i] == 0x0A {
        line += 1
        lineStart = i + 1
      }
      i += 1
    }
    self.offset = offset
    return (line, offset - lineStart + 1)
  }
}
