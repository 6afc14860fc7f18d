/// Reading a whole JSON file (fixtures, suites, baselines, aggregates): the
/// bytes, parsed, with a syntax error turned into a diagnostic that names
/// the file, line and column under the caller's code.
enum JSONFile {
  /// Reads and parses `path`.
  static func load(_ path: String, code: String) throws(DiagnosticError) -> JSONValue {
    let bytes: [UInt8]
    do { bytes = try readBytes(path) } catch { throw DiagnosticError([error]) }
    return try parse(bytes, file: path, code: code)
  }

  /// Parses `bytes` read from `file`.
  static func parse(_ bytes: [UInt8], file: String, code: String) throws(DiagnosticError) -> JSONValue {
    do {
      return try JSONReader.parse(bytes)
    } catch {
      let (line, column) = lineAndColumn(of: error.offset, in: bytes)
      throw DiagnosticError([.error(code, "invalid JSON: \(error.message)", file: file, line: line, column: column)])
    }
  }
}
