import Foundation
import Testing

@testable import Parley

/// The one-pass JSONL record reader (`JSONLRecord`, `StringScan`) against
/// the full reader (`JSONReader`), on seeded valid and broken input: the
/// same strings, the same articles and the same diagnostics.
@Suite("JSONL records in one pass")
struct JSONLRecordTests {
  /// A piece of a string's body: plain text, escapes good and bad, UTF-8
  /// good and bad, runs long enough for the word steps.
  private static func piece(_ random: inout SeededRandom, clean: Bool = false) -> [UInt8] {
    // A clean piece is one of those that are valid anywhere.
    let valid: [UInt64] = [0, 1, 2, 3, 4, 5, 11, 17, 18]
    switch clean ? valid[Int(random.next() % UInt64(valid.count))] : random.next() % 24 {
    case 0: return Array("\\n".utf8)
    case 1: return Array("\\\"".utf8)
    case 2: return Array("\\\\".utf8)
    case 3: return Array("\\/\\b\\f\\r\\t".utf8)
    case 4: return Array("\\u00e9".utf8)
    case 5: return Array("\\ud83d\\ude00".utf8)  // a surrogate pair
    case 6: return Array("\\uD83D".utf8)  // unpaired, or paired by what follows
    case 7: return Array("\\udc00".utf8)  // a lone low surrogate
    case 8: return Array("\\u12".utf8)  // too few digits
    case 9: return Array("\\x".utf8)  // no such escape
    case 10: return [UInt8(truncatingIfNeeded: random.next() % 0x20)]  // a control byte
    case 11: return Array("“é—😀”".utf8)
    case 12: return [UInt8(truncatingIfNeeded: 0x80 + random.next() % 0x80)]  // a stray byte
    case 13: return [0xE0, 0x80, 0x80]  // overlong
    case 14: return [0xED, 0xA0, 0x80]  // a surrogate in UTF-8
    case 15: return [0xF4, 0x90, 0x80, 0x80]  // above U+10FFFF
    case 16: return [0xE2, 0x80]  // cut short
    case 17: return Array("\\u0000\\u001f\\u007F\\u0800\\uFFFF".utf8)
    default:
      // Plain ASCII, up to 70 bytes (quotes and backslashes left out).
      let n = Int(random.next() % 70)
      return (0..<n).map { _ in
        let b = UInt8(truncatingIfNeeded: 0x20 + random.next() % 0x5F)
        return b == 0x22 || b == 0x5C ? 0x61 : b
      }
    }
  }

  private static func body(_ random: inout SeededRandom, pieces: Int, clean: Bool = false) -> [UInt8] {
    var out: [UInt8] = []
    for _ in 0..<Int(random.next() % UInt64(pieces + 1)) { out += piece(&random, clean: clean) }
    return out
  }

  @Test func stringsAreThoseOfTheFullReader() {
    var random = SeededRandom(seed: 91)
    var accepted = 0
    var rejected = 0
    for round in 0..<20_000 {
      var input: [UInt8] = [0x22] + Self.body(&random, pieces: 8)
      if round % 7 != 0 { input.append(0x22) }  // now and then unterminated
      let expected: [UInt8]?
      if case .string(let s)? = try? JSONReader.parse(input) { expected = Array(s.utf8) } else { expected = nil }
      let fast = input.withUnsafeBufferPointer { p -> [UInt8]? in
        var out = [UInt8](repeating: 0, count: p.count)
        var i = 1
        let count = out.withUnsafeMutableBufferPointer { StringScan.unescape(p, from: &i, into: $0.baseAddress!) }
        guard let count, i == p.count else { return nil }
        return Array(out[0..<count])
      }
      #expect(fast == expected, "input \(input)")
      if expected != nil { accepted += 1 } else { rejected += 1 }
    }
    #expect(accepted > 3_000 && rejected > 3_000)
  }

  /// A member's value: strings, numbers, literals, nested values.
  private static func value(_ random: inout SeededRandom, clean: Bool) -> [UInt8] {
    switch random.next() % 10 {
    case 0: return Array("42".utf8)
    case 1: return Array("-1.5e3".utf8)
    case 2: return Array("null".utf8)
    case 3: return Array("true".utf8)
    case 4: return Array("[1, \"a\\n\", {\"b\": [null]}]".utf8)
    case 5: return Array("{\"x\": {\"y\": \"z\"}, \"text\": 1}".utf8)
    default: return [0x22] + body(&random, pieces: 4, clean: clean) + [0x22]
    }
  }

  /// A JSONL line: mostly well-formed records in varied shapes (member
  /// order, spacing, repeated or missing `id` and `text`, ids of every
  /// type, keys with escapes or beyond ASCII), some with broken strings.
  private static func line(_ random: inout SeededRandom) -> [UInt8] {
    // Most lines have only valid strings.
    let clean = random.next() % 4 != 0
    let keys = ["id", "text", "source", "title", "t\\u0065xt", "caf\u{e9}", "n", "text", "id"]
    // Now and then a repeated `id` or `text`.
    let repeats = random.next() % 8 == 0
    var members: [[UInt8]] = []
    var hasText = false
    var used: Set<String> = []
    for _ in 0..<Int(1 + random.next() % 5) {
      let key = keys[Int(random.next() % UInt64(keys.count))]
      if !repeats, !used.insert(key).inserted || (key == "text" && hasText) { continue }
      var value: [UInt8]
      if key == "text" || (!hasText && random.next() % 2 == 0) {
        value = random.next() % 12 == 0 ? Self.value(&random, clean: clean) : [0x22] + body(&random, pieces: 12, clean: clean) + [0x22]
        members.append(Array("\"text\"".utf8) + [0x3A] + value)
        hasText = true
        continue
      }
      value = Self.value(&random, clean: clean)
      let space: [UInt8] = random.next() % 4 == 0 ? [0x20, 0x09] : []
      members.append([0x22] + Array(key.utf8) + [0x22] + space + [0x3A] + space + value)
    }
    var line: [UInt8] = random.next() % 5 == 0 ? [0x20] : []
    line += [0x7B]
    for (k, m) in members.enumerated() {
      if k > 0 { line += random.next() % 3 == 0 ? [0x2C, 0x20] : [0x2C] }
      line += m
    }
    line += [0x7D]
    if random.next() % 5 == 0 { line += [0x20, 0x0D] }
    return line
  }

  /// Every line read with and without the one-pass reader: the same
  /// articles and diagnostics.
  private static func assertSameReading(_ lines: [[UInt8]], in dir: String, name: String) throws {
    var file: [UInt8] = []
    for l in lines { file += l + [0x0A] }
    let path = try TestSupport.write(file, to: dir, name)
    let fast = ArticleReader(inputs: [path])
    let full = ArticleReader(inputs: [path])
    full.readsRecordsFast = false
    while true {
      let a = fast.next()
      let b = full.next()
      #expect(a?.id == b?.id)
      #expect(a?.bytes == b?.bytes)
      #expect(a?.source == b?.source)
      #expect(a?.isValidUTF8 == b?.isValidUTF8)
      #expect(a?.metadata.map(\.key) == b?.metadata.map(\.key))
      #expect(a?.metadata.map(\.json) == b?.metadata.map(\.json))
      if a == nil || b == nil { break }
    }
    #expect(fast.diagnostics == full.diagnostics)
  }

  @Test func recordsAreThoseOfTheFullReader() throws {
    var random = SeededRandom(seed: 92)
    var lines: [[UInt8]] = []
    for _ in 0..<3_000 { lines.append(Self.line(&random)) }
    // A blank line and one that is no object.
    lines += [[], Array("  \t".utf8), Array("[1, 2]".utf8), Array("\"text\"".utf8)]
    // The one-pass reader takes most of them.
    var taken = 0
    var keys = KeyStrings()
    var members: [(key: String, raw: Range<Int>)] = []
    var scratch = [UInt8](repeating: 0, count: 1 << 16)
    for l in lines {
      let record = l.withUnsafeBufferPointer { p in
        scratch.withUnsafeMutableBufferPointer { JSONLRecord.read(p, scratch: $0.baseAddress!, keys: &keys, metadata: &members) }
      }
      if record != nil { taken += 1 }
    }
    #expect(taken > 800 && taken < lines.count - 800, "\(taken) of \(lines.count) in one pass")
    try TestSupport.withTemporaryDirectory { dir in
      try Self.assertSameReading(lines, in: dir, name: "seeded.jsonl")
    }
  }

  @Test func aRecordCutAtEveryByteReadsTheSame() throws {
    var random = SeededRandom(seed: 93)
    var lines: [[UInt8]] = []
    for _ in 0..<6 {
      var line = Self.line(&random)
      while line.count < 60 { line = Self.line(&random) }
      for cut in 0...line.count { lines.append(Array(line[0..<cut])) }
      // And each byte replaced by a quote, a backslash or a brace.
      for k in line.indices { lines.append(line[0..<k] + [[0x22, 0x5C, 0x7D][k % 3]] + line[(k + 1)...]) }
    }
    try TestSupport.withTemporaryDirectory { dir in
      try Self.assertSameReading(lines, in: dir, name: "cut.jsonl")
    }
  }

  /// Good and bad UTF-8 at every offset of a text long enough for the
  /// sixteen-byte steps, alone and next to an escape (before or after it):
  /// the one-pass reader takes exactly the valid lines, and every line reads
  /// as the full reader reads it, with the same diagnostic.
  @Test func utf8AtEveryOffsetReadsTheSame() throws {
    let good: [[UInt8]] = [Array("“".utf8), Array("é".utf8), Array("😀".utf8)]
    let bad: [[UInt8]] = [[0xE2, 0x80], [0xFF], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98]]
    let escapes: [[UInt8]] = [[], Array("\\n".utf8), Array("\\u00e9".utf8)]
    var lines: [[UInt8]] = []
    var valid: [Bool] = []
    for (sequence, isGood) in good.map({ ($0, true) }) + bad.map({ ($0, false) }) {
      for escape in escapes {
        for escapeFirst in [false, true] where !(escape.isEmpty && escapeFirst) {
          for offset in 0..<40 {
            var text = [UInt8](repeating: UInt8(ascii: "a"), count: 40)
            text.insert(contentsOf: escapeFirst ? escape + sequence : sequence + escape, at: offset)
            lines.append(Array("{\"id\":\"x\",\"text\":\"".utf8) + text + Array("\"}".utf8))
            valid.append(isGood)
          }
        }
      }
    }
    var keys = KeyStrings()
    var members: [(key: String, raw: Range<Int>)] = []
    var scratch = [UInt8](repeating: 0, count: 256)
    for (line, isGood) in zip(lines, valid) {
      let record = line.withUnsafeBufferPointer { p in
        scratch.withUnsafeMutableBufferPointer { JSONLRecord.read(p, scratch: $0.baseAddress!, keys: &keys, metadata: &members) }
      }
      #expect((record != nil) == isGood, "line \(line)")
    }
    try TestSupport.withTemporaryDirectory { dir in
      try Self.assertSameReading(lines, in: dir, name: "utf8.jsonl")
    }
  }

  @Test func theBenchShapeIsTakenInOnePass() {
    let line = Array("{\"id\":\"bench-1\",\"source\":\"s\",\"title\":\"A \\\"title\\\"\",\"text\":\"“Talks,” she said.\\n\\nMore.\"}".utf8)
    var keys = KeyStrings()
    var members: [(key: String, raw: Range<Int>)] = []
    var scratch = [UInt8](repeating: 0, count: line.count)
    let record = line.withUnsafeBufferPointer { p in
      scratch.withUnsafeMutableBufferPointer { JSONLRecord.read(p, scratch: $0.baseAddress!, keys: &keys, metadata: &members) }
    }
    #expect(record?.id == "bench-1")
    #expect(record?.text == Array("“Talks,” she said.\n\nMore.".utf8))
    #expect(members.map(\.key) == ["source", "title"])
  }

  /// Words of bytes drawn near the edges: the specials, their neighbours,
  /// bytes above 0x7F.
  private static func word(_ random: inout SeededRandom) -> UInt64 {
    let edges: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0x81, 0x9F, 0xA0, 0xA2, 0xDC, 0xFF, 0x41, 0x61]
    var w: UInt64 = 0
    for k in 0..<8 {
      let b = random.next() % 3 == 0 ? edges[Int(random.next() % UInt64(edges.count))] : UInt8(truncatingIfNeeded: 0x20 + random.next() % 0x5F)
      w |= UInt64(b) << UInt64(8 * k)
    }
    return w
  }

  @Test func wordScansEqualTheByteLoop() {
    var random = SeededRandom(seed: 94)
    var flagged = 0
    for _ in 0..<200_000 {
      let w = Self.word(&random)
      let bytes = (0..<8).map { UInt8(truncatingIfNeeded: w >> UInt64(8 * $0)) }
      let special = { (b: UInt8, delete: Bool) in b < 0x20 || b == 0x22 || b == 0x5C || (delete && b == 0x7F) }
      #expect(ByteScan.hasJSONSpecial(w, delete: false) == bytes.contains { special($0, false) })
      #expect(ByteScan.hasJSONSpecial(w, delete: true) == bytes.contains { special($0, true) })
      let v = Self.word(&random)
      #expect(ByteScan.hasJSONSpecial(w, v) == (ByteScan.hasJSONSpecial(w, delete: false) || ByteScan.hasJSONSpecial(v, delete: false)))
      #expect(ByteScan.hasJSONSpecial(w, v, delete: true) == (ByteScan.hasJSONSpecial(w, delete: true) || ByteScan.hasJSONSpecial(v, delete: true)))
      // The reader's scan: its lowest flag is the first byte to look at.
      let first = bytes.firstIndex { special($0, false) || $0 >= 0x80 }
      let hits = StringScan.specials(w)
      #expect((hits == 0 ? nil : hits.trailingZeroBitCount / 8) == first)
      if first != nil { flagged += 1 }
    }
    #expect(flagged > 50_000)
  }

  /// The reader's vector scan (`StringScan.stops`) flags exactly the bytes
  /// its word scan stops at (quote, backslash, control, not ASCII), and the
  /// writer's (`ByteScan.hasJSONSpecial(_:)`) finds what its word test
  /// finds, on sixteen bytes drawn near the edges.
  @Test func vectorScanFlagsTheStops() {
    var random = SeededRandom(seed: 95)
    var flagged = 0
    for _ in 0..<100_000 {
      let (w, v) = (Self.word(&random), Self.word(&random))
      let bytes = (0..<16).map { UInt8(truncatingIfNeeded: ($0 < 8 ? w : v) >> UInt64(8 * ($0 % 8))) }
      let vector = bytes.withUnsafeBytes { $0.loadUnaligned(as: SIMD16<UInt8>.self) }
      let mask = StringScan.stops(vector)
      let expected = bytes.map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= 0x80 }
      #expect((0..<16).map { mask[$0] } == expected)
      // The writer's vector test: the same as its word test on both halves.
      #expect(ByteScan.hasJSONSpecial(vector) == ByteScan.hasJSONSpecial(w, v, delete: true))
      let other = unsafeBitCast(SIMD2<UInt64>(Self.word(&random), Self.word(&random)), to: SIMD16<UInt8>.self)
      #expect(ByteScan.hasJSONSpecial(vector, other) == (ByteScan.hasJSONSpecial(vector) || ByteScan.hasJSONSpecial(other)))
      if expected.contains(true) { flagged += 1 }
    }
    #expect(flagged > 50_000)
  }
}
