/// A JSON value as read by `JSONReader`. Objects keep their key order and,
/// for every member, the byte range of its value in the input, so unknown
/// fields can be passed through verbatim.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([JSONMember])

  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members.first { $0.key == key }?.value }
    return nil
  }

  public var string: String? { if case .string(let s) = self { s } else { nil } }
  public var number: Double? { if case .number(let x) = self { x } else { nil } }
  public var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
  public var members: [JSONMember]? { if case .object(let m) = self { m } else { nil } }
  public var isNull: Bool { self == .null }

  /// The JSON type name, for error messages.
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "boolean"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }
}

public struct JSONMember: Sendable, Hashable {
  public var key: String
  public var value: JSONValue
  /// Byte range of the value in the parsed input.
  public var raw: Range<Int>
}

/// A strict JSON parser (RFC 8259) over UTF-8 bytes. Errors carry the byte
/// offset, which callers turn into line and column.
public struct JSONReader {
  public struct ParseError: Error, Sendable, CustomStringConvertible {
    public var offset: Int
    public var message: String
    public var description: String { message }
  }

  /// Parses one complete JSON text (surrounding whitespace allowed).
  public static func parse(_ bytes: [UInt8]) throws(ParseError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { p throws(ParseError) -> JSONValue in
      var r = JSONReader(p: p, i: 0, depth: 0)
      r.skipSpace()
      let v = try r.value()
      r.skipSpace()
      if r.i < p.count { throw ParseError(offset: r.i, message: "unexpected data after the JSON value") }
      return v
    }
  }

  /// A JSONL record: `parse` for one line, except that the string value of
  /// the first top-level `text` member comes back as UTF-8 bytes in `text`
  /// (its place in `value` holds an empty string), so an article's text is
  /// never made into a `String`, and the string values of the other
  /// top-level members but `id` are checked and not made either (an empty
  /// string holds their place; the reader keeps their raw bytes). Same
  /// acceptance and errors as `parse`.
  static func parseRecord(_ bytes: [UInt8]) throws(ParseError) -> (value: JSONValue, text: [UInt8]?) {
    try bytes.withUnsafeBufferPointer { p throws(ParseError) -> (JSONValue, [UInt8]?) in try parseRecord(p) }
  }

  /// `parseRecord(_:)` of bytes in place (a line in the reader's buffer).
  static func parseRecord(_ p: UnsafeBufferPointer<UInt8>) throws(ParseError) -> (value: JSONValue, text: [UInt8]?) {
    var r = JSONReader(p: p, i: 0, depth: 0)
    r.captureText = true
    r.skipSpace()
    let v = try r.value()
    r.skipSpace()
    if r.i < p.count { throw ParseError(offset: r.i, message: "unexpected data after the JSON value") }
    return (v, r.text)
  }

  let p: UnsafeBufferPointer<UInt8>
  var i: Int
  var depth: Int
  /// Keep the first top-level `text` string as bytes (`parseRecord`).
  private var captureText = false
  private var sawText = false
  private var text: [UInt8]? = nil

  init(p: UnsafeBufferPointer<UInt8>, i: Int, depth: Int) {
    self.p = p
    self.i = i
    self.depth = depth
  }

  mutating func skipSpace() {
    while i < p.count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 }
  }

  func fail(_ message: String) -> ParseError { ParseError(offset: i, message: message) }

  mutating func value() throws(ParseError) -> JSONValue {
    guard i < p.count else { throw fail("unexpected end of input, expected a value") }
    switch p[i] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
    default: throw fail("unexpected character '\(Character(Unicode.Scalar(p[i])))', expected a value")
    }
  }

  mutating func literal(_ word: StaticString) throws(ParseError) {
    let n = word.utf8CodeUnitCount
    guard i + n <= p.count else { throw fail("invalid literal") }
    for k in 0..<n where p[i + k] != word.utf8Start[k] { throw fail("invalid literal") }
    i += n
  }

  mutating func object() throws(ParseError) -> JSONValue {
    depth += 1
    if depth > 512 { throw fail("nesting deeper than 512") }
    defer { depth -= 1 }
    i += 1
    var members: [JSONMember] = []
    // A JSONL record has a few fields: room for them at once.
    if captureText, depth == 1 { members.reserveCapacity(8) }
    skipSpace()
    if i < p.count, p[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
    while true {
      skipSpace()
      guard i < p.count, p[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
      let key = try string()
      skipSpace()
      guard i < p.count, p[i] == UInt8(ascii: ":") else { throw fail("expected ':' after key") }
      i += 1
      skipSpace()
      let start = i
      let v: JSONValue
      if captureText, depth == 1, !sawText, key == "text" {
        sawText = true
        if i < p.count, p[i] == UInt8(ascii: "\"") {
          text = try stringBytes()
          v = .string("")
        } else {
          v = try value()
        }
      } else if captureText, depth == 1, i < p.count, p[i] == UInt8(ascii: "\""), key != "id" {
        try skipString()
        v = .string("")
      } else {
        v = try value()
      }
      members.append(JSONMember(key: key, value: v, raw: start..<i))
      skipSpace()
      guard i < p.count else { throw fail("unexpected end of input in object") }
      if p[i] == UInt8(ascii: ",") { i += 1; continue }
      if p[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
      throw fail("expected ',' or '}' in object")
    }
  }

  mutating func array() throws(ParseError) -> JSONValue {
    depth += 1
    if depth > 512 { throw fail("nesting deeper than 512") }
    defer { depth -= 1 }
    i += 1
    var items: [JSONValue] = []
    skipSpace()
    if i < p.count, p[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
    while true {
      skipSpace()
      items.append(try value())
      skipSpace()
      guard i < p.count else { throw fail("unexpected end of input in array") }
      if p[i] == UInt8(ascii: ",") { i += 1; continue }
      if p[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
      throw fail("expected ',' or ']' in array")
    }
  }

  mutating func string() throws(ParseError) -> String {
    let start = i + 1
    i = plainEnd(from: start)
    if i < p.count, p[i] == UInt8(ascii: "\"") {
      // Fast path: no escapes.
      let run = UnsafeBufferPointer(rebasing: p[start..<i])
      i += 1
      return try Self.validString(run, offset: start)
    }
    let out = try escapedString(start: start)
    return try out.withUnsafeBufferPointer { run throws(ParseError) in try Self.validString(run, offset: start) }
  }

  /// `run` as a `String` if it is valid UTF-8 (the check skips ASCII eight
  /// bytes at a time); `String(validating:as:)` takes about a thousand
  /// instructions even for a short key.
  @inline(__always)
  private static func validString(_ run: UnsafeBufferPointer<UInt8>, offset: Int) throws(ParseError) -> String {
    guard Document.firstInvalidUTF8(run) == nil else { throw ParseError(offset: offset, message: "invalid UTF-8 in string") }
    return String(decoding: run, as: UTF8.self)
  }

  /// `string()` without making the `String`: the same checks and errors.
  mutating func skipString() throws(ParseError) {
    let start = i + 1
    i = plainEnd(from: start)
    if i < p.count, p[i] == UInt8(ascii: "\"") {
      let run = UnsafeBufferPointer(rebasing: p[start..<i])
      i += 1
      guard Document.firstInvalidUTF8(run) == nil else { throw ParseError(offset: start, message: "invalid UTF-8 in string") }
      return
    }
    let out = try escapedString(start: start)
    guard Document.firstInvalidUTF8(out) == nil else { throw ParseError(offset: start, message: "invalid UTF-8 in string") }
  }

  /// A string value as validated UTF-8 bytes.
  mutating func stringBytes() throws(ParseError) -> [UInt8] {
    let start = i + 1
    i = plainEnd(from: start)
    var out: [UInt8]
    if i < p.count, p[i] == UInt8(ascii: "\"") {
      out = Array(UnsafeBufferPointer(rebasing: p[start..<i]))
      i += 1
    } else {
      out = try escapedString(start: start)
    }
    let valid = out.withUnsafeBufferPointer { Document.firstInvalidUTF8($0) == nil }
    guard valid else { throw ParseError(offset: start, message: "invalid UTF-8 in string") }
    return out
  }

  /// The end of the run of bytes from `start` that need no unescaping: the
  /// first quote, backslash or control byte, or the end. Eight bytes at a
  /// time while none of them is one.
  func plainEnd(from start: Int) -> Int {
    var i = start
    let n = p.count
    if let base = p.baseAddress {
      // Sixteen bytes a step, then eight.
      while i + 16 <= n {
        let w = UnsafeRawPointer(base + i)
        if ByteScan.hasJSONSpecial(w.loadUnaligned(as: UInt64.self), w.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) { break }
        i += 16
      }
      while i + 8 <= n, !ByteScan.hasJSONSpecial(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), delete: false) {
        i += 8
      }
    }
    while i < n, p[i] != UInt8(ascii: "\""), p[i] != UInt8(ascii: "\\"), p[i] >= 0x20 { i += 1 }
    return i
  }

  /// The rest of a string with escapes: `p[start..<i]` needs none; reads
  /// through the closing quote. Unescaping never lengthens the text (an
  /// escape of 2 to 12 bytes gives 1 to 4), so the bytes go into one
  /// buffer of the input's remaining size, runs copied whole.
  mutating func escapedString(start: Int) throws(ParseError) -> [UInt8] {
    var failure: ParseError? = nil
    let out = [UInt8](unsafeUninitializedCapacity: p.count - start) { buffer, initialized in
      initialized = 0
      guard let to = buffer.baseAddress, let from = p.baseAddress else {
        // Nothing left to read (an empty remainder).
        failure = fail("unterminated string")
        return
      }
      var k = 0
      func copy(_ a: Int, _ b: Int) {
        if b > a { (to + k).update(from: from + a, count: b - a) }
        k += b - a
      }
      copy(start, i)
      reading: while true {
        guard i < p.count else { failure = fail("unterminated string"); break }
        let b = p[i]
        if b == UInt8(ascii: "\"") { i += 1; break }
        if b < 0x20 { failure = fail("control character in string"); break }
        if b != UInt8(ascii: "\\") { to[k] = b; k += 1; i += 1; continue }
        i += 1
        guard i < p.count else { failure = fail("unterminated escape"); break }
        let e = p[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""): to[k] = 0x22; k += 1
        case UInt8(ascii: "\\"): to[k] = 0x5C; k += 1
        case UInt8(ascii: "/"): to[k] = 0x2F; k += 1
        case UInt8(ascii: "b"): to[k] = 0x08; k += 1
        case UInt8(ascii: "f"): to[k] = 0x0C; k += 1
        case UInt8(ascii: "n"): to[k] = 0x0A; k += 1
        case UInt8(ascii: "r"): to[k] = 0x0D; k += 1
        case UInt8(ascii: "t"): to[k] = 0x09; k += 1
        case UInt8(ascii: "u"):
          do throws(ParseError) {
            var scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar) {
              guard i + 1 < p.count, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") else { throw fail("unpaired surrogate") }
              i += 2
              let low = try hex4()
              guard (0xDC00...0xDFFF).contains(low) else { throw fail("invalid surrogate pair") }
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
              throw fail("unpaired surrogate")
            }
            UTF8.encode(Unicode.Scalar(scalar)!) { byte in
              to[k] = byte
              k += 1
            }
          } catch {
            failure = error
            break reading
          }
        default:
          failure = fail("invalid escape '\\\(Character(Unicode.Scalar(e)))'")
          break reading
        }
        // The run up to the next quote, backslash or control byte, whole.
        let run = i
        i = plainEnd(from: i)
        copy(run, i)
      }
      initialized = k
    }
    if let failure { throw failure }
    return out
  }

  mutating func hex4() throws(ParseError) -> UInt32 {
    guard i + 4 <= p.count else { throw fail("truncated \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      guard let d = Self.hexDigit(p[i]) else { throw fail("invalid hex digit in \\u escape") }
      v = v << 4 | d
      i += 1
    }
    return v
  }

  /// The value of hex digit `b` (`0-9`, `a-f`, `A-F`), or nil.
  @inline(__always)
  static func hexDigit(_ b: UInt8) -> UInt32? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - 48)
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - 87)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - 55)
    default: return nil
    }
  }

  mutating func number() throws(ParseError) -> Double {
    let start = i
    if p[i] == UInt8(ascii: "-") { i += 1 }
    guard i < p.count, p[i] &- 48 < 10 else { throw fail("invalid number") }
    if p[i] == UInt8(ascii: "0") { i += 1 } else { while i < p.count, p[i] &- 48 < 10 { i += 1 } }
    if i < p.count, p[i] == UInt8(ascii: ".") {
      i += 1
      guard i < p.count, p[i] &- 48 < 10 else { throw fail("invalid number: digit expected after '.'") }
      while i < p.count, p[i] &- 48 < 10 { i += 1 }
    }
    if i < p.count, p[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      if i < p.count, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
      guard i < p.count, p[i] &- 48 < 10 else { throw fail("invalid number: digit expected in exponent") }
      while i < p.count, p[i] &- 48 < 10 { i += 1 }
    }
    let text = String(decoding: p[start..<i], as: UTF8.self)
    guard let x = Double(text) else { throw ParseError(offset: start, message: "invalid number") }
    return x
  }
}
