import Foundation
import Testing

@testable import Parley

private func written(pretty: Bool = false, _ build: (inout JSONWriter) -> Void) -> String {
  var w = JSONWriter(pretty: pretty)
  build(&w)
  return String(decoding: w.bytes, as: UTF8.self)
}

@Suite("JSON writer")
struct JSONWriterTests {
  @Test func compactObject() {
    let json = written { w in
      w.beginObject()
      w.field("id", "a-1")
      w.field("score", 0.25)
      w.field("count", 3)
      w.field("ok", true)
      w.field("speaker", nil as String?)
      w.key("list")
      w.beginArray()
      w.integer(1)
      w.string("two")
      w.null()
      w.bool(false)
      w.endArray()
      w.key("empty")
      w.beginObject()
      w.endObject()
      w.endObject()
    }
    #expect(json == #"{"id":"a-1","score":0.25,"count":3,"ok":true,"speaker":null,"list":[1,"two",null,false],"empty":{}}"#)
  }

  @Test func numbersAreFormattedDeterministically() {
    let json = written { w in
      w.beginArray()
      w.number(1.0)
      w.number(-0.123456)
      w.number(2.5, digits: 0)
      w.number(.nan)
      w.number(.infinity)
      w.endArray()
    }
    // NaN and infinity are not JSON; they are written as 0.
    #expect(json == "[1,-0.1235,3,0,0]")
  }

  @Test func escaping() {
    let json = written { w in w.string("quote \" backslash \\ slash / nl \n cr \r tab \t bell \u{07} nul \u{0} del \u{7F} “curly” é 😀 \u{2028}") }
    #expect(json == #""quote \" backslash \\ slash / nl \n cr \r tab \t bell \u0007 nul \u0000 del \u007f “curly” é 😀 "# + "\u{2028}\"")
  }

  @Test func escapedKeys() {
    let json = written { w in
      w.beginObject()
      w.field("a\"b\n", 1)
      w.endObject()
    }
    #expect(json == #"{"a\"b\n":1}"#)
  }

  @Test func rawJSONIsInsertedAsIs() throws {
    let json = written { w in
      w.beginObject()
      w.field("id", "x")
      w.key("meta")
      w.raw(Array(#"{"source": "wire", "n": [1, 2]}"#.utf8))
      w.endObject()
    }
    #expect(json == #"{"id":"x","meta":{"source": "wire", "n": [1, 2]}}"#)
    #expect(try JSONReader.parse(Array(json.utf8))["meta"]?["source"]?.string == "wire")
  }

  @Test func prettyMode() {
    let json = written(pretty: true) { w in
      w.beginObject()
      w.field("id", "a")
      w.key("list")
      w.beginArray()
      w.integer(1)
      w.beginObject()
      w.field("k", false)
      w.endObject()
      w.endArray()
      w.key("empty")
      w.beginArray()
      w.endArray()
      w.endObject()
    }
    let expected = """
      {
        "id": "a",
        "list": [
          1,
          {
            "k": false
          }
        ],
        "empty": []
      }
      """
    #expect(json == expected)
  }

  @Test func prettyAndCompactReadTheSame() throws {
    func build(_ w: inout JSONWriter) {
      w.beginObject()
      w.field("a", 1)
      w.key("b")
      w.beginArray()
      w.string("x y")
      w.beginArray()
      w.endArray()
      w.endArray()
      w.endObject()
    }
    let compact = written(build)
    let pretty = written(pretty: true, build)
    #expect(compact != pretty)
    #expect(try withoutRaw(JSONReader.parse(Array(compact.utf8))) == withoutRaw(JSONReader.parse(Array(pretty.utf8))))
  }

  /// Random strings: ASCII (controls and quotes included), Latin, curly
  /// quotes, CJK, emoji and the separators U+2028/U+2029.
  static func randomString(_ rng: inout SeededGenerator) -> String {
    let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0x00...0x1F, 0x22...0x22, 0x5C...0x5C, 0xA0...0x2FF, 0x2018...0x2029, 0x4E00...0x4E80, 0x1F600...0x1F64F, 0xFFF0...0xFFFD]
    var s = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 0...24, using: &rng) {
      let range = ranges.randomElement(using: &rng)!
      s.append(Unicode.Scalar(UInt32.random(in: range, using: &rng))!)
    }
    return String(s)
  }

  @Test(arguments: [false, true])
  func roundTripsRandomStringsThroughTheReader(pretty: Bool) throws {
    var rng = SeededGenerator(seed: pretty ? 7 : 8)
    for _ in 0..<300 {
      let pairs = (0..<Int.random(in: 0...5, using: &rng)).map { _ in (Self.randomString(&rng), Self.randomString(&rng)) }
      var w = JSONWriter(pretty: pretty)
      w.beginObject()
      for (k, v) in pairs { w.field(k, v) }
      w.key("all")
      w.beginArray()
      for (_, v) in pairs { w.string(v) }
      w.endArray()
      w.endObject()
      let value = try JSONReader.parse(w.bytes)
      let members = try #require(value.members)
      #expect(members.dropLast().map(\.key) == pairs.map(\.0))
      #expect(members.dropLast().map(\.value) == pairs.map { .string($0.1) })
      #expect(value["all"] == .array(pairs.map { .string($0.1) }))
    }
  }
}

/// The writer formats numbers in place, at the byte level; reports and
/// golden files depend on it writing exactly what `formatNumber` writes.
@Suite struct JSONNumberFormatTests {
  @Test(arguments: [1, 2, 3, 4, 6])
  func bytesMatchFormatNumber(_ digits: Int) {
    var rng = SeededGenerator(seed: UInt64(1000 + digits))
    var values: [Double] = [0, -0.0, 1, -1, 0.5, 0.00005, -0.00005, 0.99995, 123456.78915, 1e-9, -1e-9, 2.5e15]
    for _ in 0..<20_000 {
      let magnitude = Double.random(in: -8...12, using: &rng)
      let sign: Double = Bool.random(using: &rng) ? 1 : -1
      values.append(sign * pow(10, magnitude) * Double.random(in: 1..<10, using: &rng))
      // Values on a rounding boundary of the last digit.
      let step = pow(10, Double(-digits))
      values.append((Double(Int.random(in: -100_000...100_000, using: &rng)) + 0.5) * step)
    }
    for x in values {
      // `formatNumber` is made from the writer's bytes; both must equal the
      // reference of floating-point steps.
      #expect(formatNumber(x, digits: digits) == referenceFormatNumber(x, digits: digits), "x = \(x), digits = \(digits)")
      var w = JSONWriter()
      w.number(x, digits: digits)
      #expect(String(decoding: w.bytes, as: UTF8.self) == referenceFormatNumber(x, digits: digits), "x = \(x), digits = \(digits)")
    }
  }

  /// Below 2^50 (after scaling) `writeNumber` rounds in integers instead of
  /// `formatNumber`'s floating-point steps: values on every rounding
  /// boundary, next to it by one ulp, and around 2^50 itself, where the
  /// slow path takes over.
  @Test(arguments: [0, 2, 4])
  func integerRoundingMatchesFormatNumber(_ digits: Int) {
    var rng = SeededGenerator(seed: UInt64(2000 + digits))
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    var values: [Double] = []
    for _ in 0..<20_000 {
      // A half of the last digit, at magnitudes up to beyond 2^50.
      let units = Double(Int64.random(in: 0...(1 << Int64.random(in: 1...53, using: &rng)), using: &rng))
      let sign: Double = Bool.random(using: &rng) ? 1 : -1
      let half = sign * (units + 0.5) / scale
      values += [half, half.nextUp, half.nextDown, sign * units / scale]
      let edge = sign * 0x1p50 / scale * Double.random(in: 0.999...1.001, using: &rng)
      values += [edge, edge.nextUp, edge.nextDown]
    }
    values += [0x1p50 / scale, -0x1p50 / scale, (0x1p50 - 1) / scale, (0x1p50 - 0.5) / scale, 0.49999999999999994, -0.49999999999999994]
    var buffer = [UInt8](repeating: 0, count: maxNumberLength(digits))
    for x in values {
      let n = buffer.withUnsafeMutableBufferPointer { writeNumber(x, digits: digits, to: $0.baseAddress!) }
      #expect(String(decoding: buffer[0..<n], as: UTF8.self) == referenceFormatNumber(x, digits: digits), "x = \(x), digits = \(digits)")
    }
  }

  /// `copyBytes` copies in whole (overlapping) words: every length up to
  /// beyond the `memcpy` threshold, at every alignment, copies exactly the
  /// bytes asked for and leaves the bytes after them alone.
  @Test func copyBytesCopiesExactly() {
    var rng = SeededGenerator(seed: 41)
    let source = (0..<96).map { _ in UInt8.random(in: 0...255, using: &rng) }
    for count in 0...80 {
      for offset in 0..<8 {
        var out = [UInt8](repeating: 0xAA, count: 100)
        source.withUnsafeBufferPointer { src in
          out.withUnsafeMutableBufferPointer { dst in
            copyBytes(src.baseAddress! + offset, count: count, to: dst.baseAddress! + offset)
          }
        }
        #expect(Array(out[offset..<(offset + count)]) == Array(source[offset..<(offset + count)]), "count \(count), offset \(offset)")
        #expect(out[(offset + count)...].allSatisfy { $0 == 0xAA } && out[..<offset].allSatisfy { $0 == 0xAA }, "count \(count), offset \(offset)")
      }
    }
  }

  /// Members written through the cursor are the bytes of the writer's own
  /// calls, compact and pretty, at any depth, with or without members
  /// before them.
  @Test func membersCursorWritesWhatFieldCallsWrite() {
    var generator = SeededGenerator(seed: 17)
    for pretty in [false, true] {
      for depth in 0..<4 {
        for before in [false, true] {
          for _ in 0..<200 {
            let n = Int.random(in: -100_000...100_000, using: &generator)
            let x = [Double.random(in: -1...1, using: &generator), 0, -0.0, 1e21, -123456.789, .nan][Int.random(in: 0..<6, using: &generator)]
            let label = Bool.random(using: &generator)
            func open(_ w: inout JSONWriter) {
              for _ in 0..<depth { w.beginObject(); w.key("k") }
              w.beginObject()
              if before { w.field("first", "a\"b") }
            }
            func close(_ w: inout JSONWriter) {
              w.field("last", 1)
              w.endObject()
              for _ in 0..<depth { w.endObject() }
            }
            var a = JSONWriter(pretty: pretty)
            open(&a)
            a.field(ascii: "index", n)
            a.field(ascii: "optimism", x)
            if label { a.field(ascii: "optimism_label", ascii: "positive") } else { a.field(ascii: "hedging_label", ascii: "assertive") }
            a.field(ascii: "hedging_sd", x, digits: 2)
            close(&a)
            var b = JSONWriter(pretty: pretty)
            open(&b)
            b.members(fields: 4) { c in
              c.key("index"); c.integer(n)
              c.key("optimism"); c.number(x)
              if label { c.key("optimism_label"); c.string(ascii: "positive") } else { c.key("hedging_label"); c.string(ascii: "assertive") }
              c.key("hedging_sd"); c.number(x, digits: 2)
            }
            close(&b)
            #expect(String(decoding: b.bytes, as: UTF8.self) == String(decoding: a.bytes, as: UTF8.self))
          }
        }
      }
    }
  }

  /// Strings are scanned eight bytes at a time; every byte that needs an
  /// escape must still get it, at any position: random strings of the
  /// bytes that matter, compared with escaping byte by byte.
  @Test func stringEscapesEveryByteAtAnyPosition() {
    func reference(_ bytes: [UInt8]) -> [UInt8] {
      var out: [UInt8] = [0x22]
      let hex = Array("0123456789abcdef".utf8)
      for b in bytes {
        switch b {
        case 0x22: out += [0x5C, 0x22]
        case 0x5C: out += [0x5C, 0x5C]
        case 0x0A: out += [0x5C, UInt8(ascii: "n")]
        case 0x0D: out += [0x5C, UInt8(ascii: "r")]
        case 0x09: out += [0x5C, UInt8(ascii: "t")]
        case _ where b < 0x20 || b == 0x7F: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
        default: out.append(b)
        }
      }
      return out + [0x22]
    }
    var generator = SeededGenerator(seed: 29)
    let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x61, 0x7E, 0x7F, 0x80, 0xA0, 0xC3, 0xE2, 0xFF]
    for _ in 0..<3000 {
      let n = Int.random(in: 0...40, using: &generator)
      // Mostly plain bytes, so that runs of eight clean bytes occur.
      let bytes = (0..<n).map { _ in Int.random(in: 0..<4, using: &generator) == 0 ? alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] : UInt8(ascii: "a") }
      var w = JSONWriter()
      bytes.withUnsafeBufferPointer { w.string(utf8: $0) }
      #expect(w.bytes == reference(bytes), "\(bytes)")
    }
    // Longer runs, sparse escapes: the sixteen-byte steps and their hand-over
    // to eight-byte ones, with the escape in either word.
    for _ in 0..<3000 {
      let n = Int.random(in: 0...120, using: &generator)
      let bytes = (0..<n).map { _ in Int.random(in: 0..<24, using: &generator) == 0 ? alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] : UInt8(ascii: "a") }
      var w = JSONWriter()
      bytes.withUnsafeBufferPointer { w.string(utf8: $0) }
      #expect(w.bytes == reference(bytes), "\(bytes)")
    }
  }

  /// A field with a string value is written in one reservation (compact);
  /// it must give the bytes of its key and its value written apart, first
  /// in an object or after an item, for short and long strings, escapes
  /// and non-ASCII text.
  @Test func stringFieldEqualsKeyThenString() {
    var generator = SeededGenerator(seed: 41)
    let pieces = ["a", "b", "é", "\"", "\\", "\n", "\u{01}", "\u{7F}", " ", "—", "z"]
    for _ in 0..<2000 {
      let n = Int.random(in: 0...30, using: &generator)
      let text = (0..<n).map { _ in Int.random(in: 0..<3, using: &generator) == 0 ? pieces[Int.random(in: 0..<pieces.count, using: &generator)] : "a" }.joined()
      let before = Bool.random(using: &generator)
      for pretty in [false, true] {
        var a = JSONWriter(pretty: pretty, reserve: 1)
        a.beginObject()
        if before { a.field(ascii: "first", 1) }
        a.field(ascii: "speaker", text)
        a.endObject()
        var b = JSONWriter(pretty: pretty, reserve: 1)
        b.beginObject()
        if before { b.field(ascii: "first", 1) }
        b.key(ascii: "speaker")
        b.string(text)
        b.endObject()
        #expect(a.bytes == b.bytes, "\(text)")
      }
    }
  }
}

/// `formatNumber` as it was first written, in floating-point steps and
/// `String` operations: the reference that the byte-level number writers
/// (and `formatNumber`, now made from them) must equal.
func referenceFormatNumber(_ x: Double, digits: Int = 4) -> String {
  if !x.isFinite { return "0" }
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  if abs(x) * scale >= 9.0e18 { return x.description }
  let rounded = (x * scale).rounded() / scale
  if rounded == 0 { return "0" }
  let negative = rounded < 0
  let units = Int64((abs(rounded) * scale).rounded())
  let whole = units / Int64(scale)
  var fraction = String(units % Int64(scale))
  while fraction.count < digits { fraction = "0" + fraction }
  while fraction.hasSuffix("0") { fraction.removeLast() }
  return (negative ? "-" : "") + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
}
