import Testing

@testable import Parley

/// A minimal RFC 4180 reader, written for the tests: rows end with CRLF,
/// quoted fields may hold commas, quotes (doubled), CR and LF.
private func readCSV(_ bytes: [UInt8]) -> [[String]]? {
  var rows: [[String]] = []
  var row: [String] = []
  var field: [UInt8] = []
  var i = 0
  var quoted = false
  func endField() { row.append(String(decoding: field, as: UTF8.self)); field = [] }
  while i < bytes.count {
    let b = bytes[i]
    if quoted {
      if b == 0x22 {
        if i + 1 < bytes.count, bytes[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
        quoted = false
      } else {
        field.append(b)
      }
      i += 1
      continue
    }
    switch b {
    case 0x22:
      guard field.isEmpty else { return nil }  // a quote inside an unquoted field
      quoted = true
    case 0x2C: endField()
    case 0x0D:
      guard i + 1 < bytes.count, bytes[i + 1] == 0x0A else { return nil }  // bare CR
      endField()
      rows.append(row)
      row = []
      i += 1
    case 0x0A: return nil  // bare LF
    default: field.append(b)
    }
    i += 1
  }
  if quoted || !field.isEmpty || !row.isEmpty { return nil }  // the last row must end with CRLF
  return rows
}

@Suite("CSV writer")
struct CSVWriterTests {
  @Test func headerAndRowsEndWithCRLF() {
    var csv = CSVWriter(header: ["id", "score"])
    csv.row(["a", "1"])
    csv.field("b")
    csv.field(0.5)
    csv.endRow()
    csv.field(3)
    csv.field("")
    csv.endRow()
    #expect(String(decoding: csv.bytes, as: UTF8.self) == "id,score\r\na,1\r\nb,0.5\r\n3,\r\n")
  }

  /// A field and how it must be written.
  struct FieldCase: Sendable, CustomTestStringConvertible {
    var field: String
    var written: String
    var testDescription: String { field.debugDescription }
  }

  static let fieldCases: [FieldCase] = [
    FieldCase(field: "plain", written: "plain"),
    FieldCase(field: "", written: ""),
    FieldCase(field: "with space", written: "with space"),
    FieldCase(field: "a,b", written: "\"a,b\""),
    FieldCase(field: "say \"no\"", written: "\"say \"\"no\"\"\""),
    FieldCase(field: "\"", written: "\"\"\"\""),
    FieldCase(field: "line\nbreak", written: "\"line\nbreak\""),
    FieldCase(field: "carriage\rreturn", written: "\"carriage\rreturn\""),
    FieldCase(field: "crlf\r\n", written: "\"crlf\r\n\""),
    FieldCase(field: "“curly” é; tab\t", written: "“curly” é; tab\t"),
  ]

  @Test("RFC 4180 quoting", arguments: fieldCases)
  func quoting(_ c: FieldCase) {
    var csv = CSVWriter()
    csv.row([c.field, "next"])
    #expect(String(decoding: csv.bytes, as: UTF8.self) == c.written + ",next\r\n")
    #expect(readCSV(csv.bytes) == [[c.field, "next"]])
  }

  @Test func takeHandsOutTheBytesAndStartsEmpty() {
    var csv = CSVWriter(header: ["h"])
    let first = csv.take()
    #expect(first == Array("h\r\n".utf8))
    #expect(csv.bytes.isEmpty)
    csv.row(["x", "y"])
    #expect(csv.take() == Array("x,y\r\n".utf8))
  }

  @Test func randomRowsReadBack() {
    var rng = SeededGenerator(seed: 4180)
    let alphabet: [String] = ["a", "Z", " ", ",", "\"", "\r", "\n", "\r\n", "é", "“", "😀", "\t", ";"]
    var rows: [[String]] = []
    var csv = CSVWriter()
    for _ in 0..<300 {
      let row = (0..<Int.random(in: 1...5, using: &rng)).map { _ in
        (0..<Int.random(in: 0...8, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
      }
      rows.append(row)
      csv.row(row)
    }
    #expect(readCSV(csv.bytes) == rows)
  }
}
