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
