import Foundation
import Testing

// Readers for what `parley` writes, independent of the Parley library:
// Foundation's JSONSerialization for JSON, a small RFC 4180 reader for CSV.

typealias JSONObject = [String: Any]

enum JSON {
  /// One JSON document (an object).
  static func object(_ bytes: some Sequence<UInt8>, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONObject {
    let value = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
    return try #require(value as? JSONObject, "expected a JSON object", sourceLocation: sourceLocation)
  }

  /// Every line of JSONL output, parsed; fails on a line that is not an object.
  static func lines(_ run: CLIRun, sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONObject] {
    try run.outLines.map { try object(Array($0.utf8), sourceLocation: sourceLocation) }
  }
}

extension Dictionary where Key == String, Value == Any {
  func string(_ key: String) -> String? { self[key] as? String }
  /// A JSON number as a Double (JSONSerialization gives NSNumber, which may
  /// hold an integer).
  func number(_ key: String) -> Double? {
    (self[key] as? NSNumber)?.doubleValue
  }
  func int(_ key: String) -> Int? {
    guard let n = self[key] as? NSNumber else { return nil }
    let d = n.doubleValue
    return d == d.rounded() ? Int(d) : nil
  }
  func objects(_ key: String) -> [JSONObject]? { self[key] as? [JSONObject] }
}

/// Slices `bytes[start..<end]` as UTF-8 text, or nil when the offsets are
/// out of range or cut a character in half.
func slice(_ bytes: [UInt8], _ start: Int?, _ end: Int?) -> String? {
  guard let start, let end, 0 <= start, start <= end, end <= bytes.count else { return nil }
  return String(validating: bytes[start..<end], as: UTF8.self)
}

/// A strict RFC 4180 reader: CRLF record ends, fields quoted with `"` when
/// needed, `""` for a quote inside a quoted field. Fails on anything else
/// (a bare LF, a quote inside an unquoted field, a missing final CRLF).
enum CSV {
  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  static func parse(_ bytes: [UInt8]) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field: [UInt8] = []
    var i = 0
    var atFieldStart = true
    func finishField() {
      record.append(String(decoding: field, as: UTF8.self))
      field = []
    }
    while i < bytes.count {
      let b = bytes[i]
      if atFieldStart && b == UInt8(ascii: "\"") {
        // Quoted field.
        i += 1
        while true {
          guard i < bytes.count else { throw Malformed(description: "unterminated quoted field in record \(records.count + 1)") }
          if bytes[i] == UInt8(ascii: "\"") {
            if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
              field.append(UInt8(ascii: "\""))
              i += 2
              continue
            }
            i += 1
            break
          }
          field.append(bytes[i])
          i += 1
        }
        atFieldStart = false
        guard i < bytes.count, bytes[i] == UInt8(ascii: ",") || bytes[i] == 0x0D else {
          throw Malformed(description: "text after a closing quote in record \(records.count + 1)")
        }
        continue
      }
      switch b {
      case UInt8(ascii: ","):
        finishField()
        atFieldStart = true
        i += 1
      case 0x0D:
        guard i + 1 < bytes.count, bytes[i + 1] == 0x0A else { throw Malformed(description: "CR without LF in record \(records.count + 1)") }
        finishField()
        records.append(record)
        record = []
        atFieldStart = true
        i += 2
      case 0x0A:
        throw Malformed(description: "bare LF (records must end with CRLF) in record \(records.count + 1)")
      case UInt8(ascii: "\""):
        throw Malformed(description: "quote inside an unquoted field in record \(records.count + 1)")
      default:
        field.append(b)
        atFieldStart = false
        i += 1
      }
    }
    guard record.isEmpty, field.isEmpty, atFieldStart else { throw Malformed(description: "the last record does not end with CRLF") }
    return records
  }

  /// The rows of a table with a header: each row as header name → value.
  /// Fails when a row's field count differs from the header's.
  static func table(_ bytes: [UInt8], header expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: String]] {
    let records = try parse(bytes)
    let header = try #require(records.first, "no header row", sourceLocation: sourceLocation)
    #expect(header == expected, sourceLocation: sourceLocation)
    var rows: [[String: String]] = []
    for (n, r) in records.dropFirst().enumerated() {
      #expect(r.count == header.count, "row \(n + 2) has \(r.count) fields, the header \(header.count)", sourceLocation: sourceLocation)
      rows.append(Dictionary(zip(header, r), uniquingKeysWith: { a, _ in a }))
    }
    return rows
  }
}

/// Golden files live in `Golden/` beside this folder's tests. With
/// `PARLEY_RECORD_GOLDEN=1` the actual text is written as the new golden
/// (review it in the diff) and the check passes.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")
  static var recording: Bool { ProcessInfo.processInfo.environment["PARLEY_RECORD_GOLDEN"] == "1" }

  static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = directory.appendingPathComponent(name)
    if recording {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record("missing golden file \(url.path); run the tests with PARLEY_RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if actual != expected {
      Issue.record("output differs from \(name) (re-record with PARLEY_RECORD_GOLDEN=1 if the change is intended):\n\(firstDifference(expected, actual))", sourceLocation: sourceLocation)
    }
  }

  /// The first differing line of two texts, for a readable failure.
  static func firstDifference(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(e.count, a.count) {
      let el = i < e.count ? String(e[i]) : "<end of golden>"
      let al = i < a.count ? String(a[i]) : "<end of output>"
      if el != al { return "line \(i + 1):\n  golden: \(el)\n  actual: \(al)" }
    }
    return "(texts differ only in line endings)"
  }
}
