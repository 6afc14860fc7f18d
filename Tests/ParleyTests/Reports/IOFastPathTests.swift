import Foundation
import Testing

@testable import Parley

/// The reading and writing fast paths against the simple ones: strings
/// checked once and made with `String(decoding:)`, texts the JSONL reader
/// checked not checked again, and standard output that keeps large writes
/// whole instead of copying them.
@Suite("I/O fast paths")
struct IOFastPathTests {
  /// Random bytes weighted towards what strings hold: ASCII, two-, three-
  /// and four-byte sequences, and now and then a byte that breaks UTF-8.
  private static func randomStringBytes(_ random: inout SeededRandom) -> [UInt8] {
    var out: [UInt8] = []
    let pieces = Int(random.next() % 12)
    for _ in 0..<pieces {
      switch random.next() % 10 {
      case 0: out += Array("é".utf8)
      case 1: out += Array("—".utf8)
      case 2: out += Array("😀".utf8)
      case 3: out.append(UInt8(truncatingIfNeeded: 0x80 + random.next() % 0x80))  // stray byte
      case 4: out += [0xE0, 0x80, 0x80]  // overlong
      case 5: out += [0xED, 0xA0, 0x80]  // surrogate
      default:
        let n = Int(random.next() % 20)
        for _ in 0..<n { out.append(UInt8(truncatingIfNeeded: 0x20 + random.next() % 0x5F)) }
      }
    }
    // No quotes or backslashes: the string's bytes are its value.
    return out.map { $0 == 0x22 || $0 == 0x5C ? 0x41 : $0 }
  }

  @Test func stringsAreThoseOfValidating() {
    var random = SeededRandom(seed: 11)
    var valid = 0
    var invalid = 0
    for _ in 0..<5_000 {
      let bytes = Self.randomStringBytes(&random)
      let expected = String(validating: bytes, as: UTF8.self)
      let asValue = try? JSONReader.parse([0x22] + bytes + [0x22])
      let asKey = try? JSONReader.parse([0x7B, 0x22] + bytes + Array("\":1}".utf8))
      // With an escape, through the escaped path.
      let escaped = try? JSONReader.parse(Array("\"\\n".utf8) + bytes + [0x22])
      if let expected {
        valid += 1
        #expect(asValue == .string(expected))
        #expect(asKey?.members?.first?.key == expected)
        #expect(escaped == .string("\n" + expected))
      } else {
        invalid += 1
        #expect(asValue == nil)
        #expect(asKey == nil)
        #expect(escaped == nil)
      }
    }
    #expect(valid > 500 && invalid > 500)
  }

  @Test func aTextTheReaderCheckedReadsTheSame() throws {
    let engine = try TestSupport.engine()
    var random = SeededRandom(seed: 12)
    for _ in 0..<300 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(random.next() % 8) { bytes += Self.randomStringBytes(&random) + Array(". ".utf8) }
      guard String(validating: bytes, as: UTF8.self) != nil else { continue }
      let checked = Document(id: "a", bytes: bytes, segmenter: engine.segmenter)
      let trusted = Document(id: "a", bytes: bytes, segmenter: engine.segmenter, source: nil, knownValidUTF8: true)
      #expect(checked.text == trusted.text)
      #expect(checked.tokens == trusted.tokens)
      #expect(checked.sentences == trusted.sentences)
      #expect(checked.paragraphs == trusted.paragraphs)
      #expect(checked.warnings.isEmpty && trusted.warnings.isEmpty)
    }
  }

  @Test func theJSONLReaderMarksItsTextsChecked() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let path = try TestSupport.write(Array("{\"id\":\"a\",\"text\":\"Caf\\u00e9 talks.\"}\n".utf8), to: dir, "a.jsonl")
      let text = try TestSupport.write(Array("Plain text.".utf8), to: dir, "b.txt")
      let reader = ArticleReader(inputs: [path, text])
      let first = try #require(reader.next())
      #expect(first.isValidUTF8)
      #expect(first.bytes == Array("Café talks.".utf8))
      let second = try #require(reader.next())
      #expect(!second.isValidUTF8)
    }
  }

  @Test func standardOutputWritesEveryByteInOrder() throws {
    try TestSupport.expectOutputFile { output in
      var random = SeededRandom(seed: 13)
      var expected: [UInt8] = []
      for k in 0..<2_000 {
        // Small writes, writes around the size kept whole, large ones.
        let sizes = [0, 1, 2, 40, StandardOutput.keptWhole - 1, StandardOutput.keptWhole, 9_000, 70_000]
        let n = sizes[Int(random.next() % UInt64(sizes.count))]
        let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &+ k) }
        expected += bytes
        output.write(bytes)
        if random.next() % 50 == 0 { output.flush() }
      }
      output.write("the end\n")
      expected += Array("the end\n".utf8)
      return expected
    }
  }
}

extension IOFastPathTests {
  /// JSON written in place into the output's buffer (`writeJSON`, the
  /// JSONL records of one job) among writes of arrays of every size: every
  /// byte in order, that of the same JSON made by `JSONWriter.bytes`; also
  /// a value that outgrows the room left (sent whole, after what came
  /// before it) and one that outgrows the whole buffer.
  @Test func standardOutputWritesJSONInPlaceInOrder() throws {
    try TestSupport.expectOutputFile { output in
      var random = SeededRandom(seed: 31)
      var expected: [UInt8] = []
      for k in 0..<400 {
        let sizes = [0, 1, 40, StandardOutput.keptWhole - 1, StandardOutput.keptWhole, 9_000, 70_000, 200_000]
        let n = sizes[Int(random.next() % UInt64(sizes.count))]
        if random.next() % 2 == 0 {
          let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &+ k) }
          expected += bytes
          output.write(bytes)
        } else {
          let text = String(repeating: "a\"é\n", count: n / 6)
          let body = TestSupport.sampleRecord(k, text)
          expected += JSONWriter.bytes(reserve: 64, body)
          output.writeJSON(reserve: [64, 16_384][Int(random.next() % 2)], body)
        }
        if random.next() % 50 == 0 { output.flush() }
      }
      return expected
    }
  }
}

/// The scanning and unescaping fast paths against plain byte loops.
@Suite("JSON reader scans")
struct JSONReaderScanTests {
  /// Bytes of a JSON string body: plain runs of varied length with quotes,
  /// backslashes, control bytes, non-ASCII and escapes at random places.
  private static func body(_ random: inout SeededRandom) -> [UInt8] {
    var out: [UInt8] = []
    for _ in 0..<Int(random.next() % 10) {
      let run = Int(random.next() % 40)
      for _ in 0..<run {
        // No raw quote or backslash: those come only from the escapes below.
        let b = UInt8(truncatingIfNeeded: 0x20 + random.next() % 0x5E)
        out.append(b == 0x22 || b == 0x5C ? 0x41 : b)
      }
      switch random.next() % 12 {
      case 0: out += Array("\\n".utf8)
      case 1: out += Array("\\\"".utf8)
      case 2: out += Array("\\u00e9".utf8)
      case 3: out += Array("\\ud83d\\ude00".utf8)
      case 4: out += Array("\\\\".utf8)
      case 5: out += Array("’".utf8)
      case 6: out.append(UInt8(truncatingIfNeeded: random.next() % 0x20))  // control byte
      case 7: out += Array("\\x".utf8)  // invalid escape
      case 8: out += Array("\\ud83d".utf8)  // unpaired
      case 9: out.append(0xFF)
      default: break
      }
    }
    return out
  }

  /// The first quote, backslash or control byte from `start`, byte by byte.
  private static func plainEndSlowly(_ p: [UInt8], from start: Int) -> Int {
    var i = start
    while i < p.count, p[i] != 0x22, p[i] != 0x5C, p[i] >= 0x20 { i += 1 }
    return i
  }

  @Test func plainEndEqualsTheByteLoop() {
    var random = SeededRandom(seed: 21)
    for _ in 0..<3_000 {
      let bytes = Self.body(&random)
      bytes.withUnsafeBufferPointer { p in
        let reader = JSONReader(p: p, i: 0, depth: 0)
        for start in stride(from: 0, through: bytes.count, by: max(1, bytes.count / 7)) {
          #expect(reader.plainEnd(from: start) == Self.plainEndSlowly(bytes, from: start))
        }
      }
    }
  }

  /// The string body at `start` (just after its opening quote) unescaped
  /// byte by byte, as the reader did before it wrote into one buffer:
  /// the bytes, or the offset and message of the error.
  private static func unescapeSlowly(_ p: [UInt8], from start: Int) -> Result<[UInt8], JSONReader.ParseError> {
    var out: [UInt8] = []
    var i = start
    func fail(_ m: String) -> Result<[UInt8], JSONReader.ParseError> { .failure(JSONReader.ParseError(offset: i, message: m)) }
    func hex4() -> UInt32? {
      guard i + 4 <= p.count else { return nil }
      var v: UInt32 = 0
      for _ in 0..<4 {
        guard let d = UInt32(String(UnicodeScalar(p[i])), radix: 16) else { return nil }
        v = v << 4 | d
        i += 1
      }
      return v
    }
    while true {
      guard i < p.count else { return fail("unterminated string") }
      let b = p[i]
      if b == 0x22 { break }
      if b < 0x20 { return fail("control character in string") }
      if b != 0x5C { out.append(b); i += 1; continue }
      i += 1
      guard i < p.count else { return fail("unterminated escape") }
      let e = p[i]
      i += 1
      switch e {
      case 0x22: out.append(0x22)
      case 0x5C: out.append(0x5C)
      case 0x2F: out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        let at = i
        guard var scalar = hex4() else {
          // The reader reports a short escape at its start, a bad digit where it is.
          if at + 4 > p.count { i = at; return fail("truncated \\u escape") }
          return fail("invalid hex digit in \\u escape")
        }
        if (0xD800...0xDBFF).contains(scalar) {
          guard i + 1 < p.count, p[i] == 0x5C, p[i + 1] == UInt8(ascii: "u") else { return fail("unpaired surrogate") }
          i += 2
          let at2 = i
          guard let low = hex4() else {
            if at2 + 4 > p.count { i = at2; return fail("truncated \\u escape") }
            return fail("invalid hex digit in \\u escape")
          }
          guard (0xDC00...0xDFFF).contains(low) else { return fail("invalid surrogate pair") }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
          return fail("unpaired surrogate")
        }
        out += Array(String(Character(Unicode.Scalar(scalar)!)).utf8)
      default: return fail("invalid escape '\\\(Character(Unicode.Scalar(e)))'")
      }
    }
    if String(validating: out, as: UTF8.self) == nil { return .failure(JSONReader.ParseError(offset: start, message: "invalid UTF-8 in string")) }
    return .success(out)
  }

  /// A record's text as bytes equals the byte-by-byte unescaping, and a
  /// bad one fails at the same offset with the same message.
  @Test func textBytesEqualTheByteLoop() {
    var random = SeededRandom(seed: 24)
    var good = 0
    var bad = 0
    for _ in 0..<5_000 {
      let record = Array("{\"text\":\"".utf8) + Self.body(&random) + Array("\"}".utf8)
      let expected = Self.unescapeSlowly(record, from: 9)
      let got = Result { () throws(JSONReader.ParseError) in try JSONReader.parseRecord(record) }
      switch (expected, got) {
      case (.success(let e), .success(let g)):
        good += 1
        #expect(g.text == e)
      case (.failure(let e), .failure(let g)):
        bad += 1
        #expect(g.offset == e.offset, "\(g.message) / \(e.message)")
        #expect(g.message == e.message)
      case (.success, .failure(let g)):
        // Only a failure after the string (none here) may differ.
        Issue.record("unexpected failure \(g.message) at \(g.offset)")
      case (.failure(let e), .success):
        Issue.record("expected \(e.message) at \(e.offset)")
      }
    }
    #expect(good > 500 && bad > 500)
  }

  /// A record's text as bytes equals the string `parse` gives for it, and
  /// a bad one fails at the same offset with the same message.
  @Test func textBytesEqualTheParsedString() {
    var random = SeededRandom(seed: 22)
    var good = 0
    var bad = 0
    for _ in 0..<5_000 {
      let record = Array("{\"text\":\"".utf8) + Self.body(&random) + Array("\"}".utf8)
      let asRecord = Result { () throws(JSONReader.ParseError) in try JSONReader.parseRecord(record) }
      let asValue = Result { () throws(JSONReader.ParseError) in try JSONReader.parse(record) }
      switch (asRecord, asValue) {
      case (.success(let r), .success(let v)):
        good += 1
        #expect(r.text.map { String(decoding: $0, as: UTF8.self) } == v["text"]?.string)
      case (.failure(let a), .failure(let b)):
        bad += 1
        #expect(a.offset == b.offset)
        #expect(a.message == b.message)
      default:
        Issue.record("record and value disagree on \(record)")
      }
    }
    #expect(good > 500 && bad > 500)
  }

  /// Other members' strings are checked, not made: a record with a bad
  /// one fails as `parse` does, and a good one keeps its id, keys and raw
  /// ranges.
  @Test func otherMembersFailAndPassAsParseDoes() {
    var random = SeededRandom(seed: 25)
    var good = 0
    var bad = 0
    for _ in 0..<5_000 {
      let record = Array("{\"id\":\"a\",\"title\":\"".utf8) + Self.body(&random) + Array("\",\"text\":\"x\",\"n\":[\"".utf8) + Self.body(&random) + Array("\"]}".utf8)
      let asRecord = Result { () throws(JSONReader.ParseError) in try JSONReader.parseRecord(record) }
      let asValue = Result { () throws(JSONReader.ParseError) in try JSONReader.parse(record) }
      switch (asRecord, asValue) {
      case (.success(let r), .success(let v)):
        good += 1
        #expect(r.text == Array("x".utf8))
        #expect(r.value["id"] == .string("a"))
        #expect(r.value.members?.map(\.key) == v.members?.map(\.key))
        #expect(r.value.members?.map(\.raw) == v.members?.map(\.raw))
        #expect(r.value["n"] == v["n"])
      case (.failure(let a), .failure(let b)):
        bad += 1
        #expect(a.offset == b.offset)
        #expect(a.message == b.message)
      default:
        Issue.record("record and value disagree on \(record)")
      }
    }
    #expect(good > 300 && bad > 300)
  }

  @Test func utf8CheckEqualsValidating() {
    var random = SeededRandom(seed: 23)
    for _ in 0..<3_000 {
      // Long ASCII runs (the 32-byte steps) with a multi-byte or broken
      // sequence now and then.
      var bytes: [UInt8] = []
      for _ in 0..<Int(random.next() % 6) {
        for _ in 0..<Int(random.next() % 70) { bytes.append(UInt8(truncatingIfNeeded: 0x20 + random.next() % 0x5F)) }
        switch random.next() % 5 {
        case 0: bytes += Array("—".utf8)
        case 1: bytes.append(UInt8(truncatingIfNeeded: 0x80 + random.next() % 0x80))
        case 2: bytes += [0xF0, 0x9F, 0x98]  // cut short
        default: break
        }
      }
      let valid = String(validating: bytes, as: UTF8.self) != nil
      #expect((Document.firstInvalidUTF8(bytes) == nil) == valid)
      if let bad = Document.firstInvalidUTF8(bytes) {
        // Everything before the reported byte is valid.
        #expect(String(validating: bytes[..<bad], as: UTF8.self) != nil)
      }
    }
  }
}

/// JSON written in place into the returned array (`JSONWriter.bytes`)
/// equals JSON written into the writer's own buffer, whether it fits the
/// room given or outgrows it, compact and pretty.
@Suite("JSON written in place")
struct JSONInPlaceTests {
  @Test func inPlaceEqualsOwnBuffer() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts().prefix(60)
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let analysis = engine.analyze(document, evidence: true)
      for evidence in [false, true] {
        let encoder = ReportEncoder(evidence: evidence)
        for pretty in [false, true] {
          var own = JSONWriter(pretty: pretty)
          encoder.record(analysis, document: document, parameters: engine.parameters, into: &own)
          own.endLine()
          let expected = own.bytes
          // Too small (moves to its own buffer at once or midway) and large enough.
          for reserve in [0, 64, expected.count / 2, expected.count - 1, expected.count, expected.count + 100] {
            let made = JSONWriter.bytes(pretty: pretty, reserve: reserve) { w in
              encoder.record(analysis, document: document, parameters: engine.parameters, into: &w)
              w.endLine()
            }
            #expect(made == expected, "\(origin) reserve \(reserve)")
          }
        }
      }
    }
  }
}
