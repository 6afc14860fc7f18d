/// A small byte-level JSON writer: appends UTF-8 to a buffer with commas and
/// escaping handled, no `Foundation`, no intermediate objects. Output is
/// deterministic: keys in the order written, numbers by `formatNumber`.
///
/// The buffer is raw memory of its own (copied on write, like an array), so
/// each piece is one bounds check and a copy: strings go in runs of bytes
/// that need no escaping, numbers are formatted in place (`writeNumber`,
/// the same text as `formatNumber`), and the report encoder's field names
/// are static strings (`key(ascii:)`).
public struct JSONWriter: @unchecked Sendable {
  /// The JSON written so far.
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }
  private var storage: ByteStorage
  /// Whether the innermost open object or array already has an item.
  private var hasItems = false
  /// `hasItems` of the enclosing levels.
  private var outer: [Bool] = []
  private let pretty: Bool
  private var depth = 0
  private var pendingKey = false

  public init(pretty: Bool = false, reserve: Int = 1024) {
    self.pretty = pretty
    storage = ByteStorage(capacity: max(64, reserve))
  }

  public mutating func beginObject() { value(); open(UInt8(ascii: "{")) }
  public mutating func endObject() { close(UInt8(ascii: "}")) }
  public mutating func beginArray() { value(); open(UInt8(ascii: "[")) }
  public mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes `"name":`; the next value written belongs to it.
  public mutating func key(_ name: String) {
    separator()
    writeString(name)
    put(UInt8(ascii: ":"))
    if pretty { put(0x20) }
    pendingKey = true
  }

  /// `key(_:)` for a name that needs no escaping (plain ASCII letters,
  /// digits and `_`), as the report encoder's field names are.
  mutating func key(ascii name: StaticString) {
    separator()
    let out = quoted(name, room: 2)
    out[0] = UInt8(ascii: ":")
    storage.count += 1
    if pretty {
      out[1] = 0x20
      storage.count += 1
    }
    pendingKey = true
  }

  /// Writes `"s"` for a static ASCII string with `room` more bytes reserved
  /// after it; returns where they start.
  @inline(__always)
  private mutating func quoted(_ s: StaticString, room: Int) -> UnsafeMutablePointer<UInt8> {
    let n = s.utf8CodeUnitCount
    let out = reserve(n + 2 + room)
    out[0] = UInt8(ascii: "\"")
    (out + 1).update(from: s.utf8Start, count: n)
    out[n + 1] = UInt8(ascii: "\"")
    storage.count += n + 2
    return out + n + 2
  }

  public mutating func string(_ s: String) { value(); writeString(s) }
  public mutating func number(_ x: Double, digits: Int = 4) {
    value()
    let out = reserve(maxNumberLength(digits))
    storage.count += writeNumber(x, digits: digits, to: out)
  }
  public mutating func integer(_ n: Int) {
    value()
    let out = reserve(20)
    storage.count += writeInteger(n, to: out)
  }
  public mutating func bool(_ b: Bool) { value(); appendASCII(b ? "true" : "false") }
  public mutating func null() { value(); appendASCII("null") }

  /// Appends already-encoded JSON (e.g. metadata kept verbatim from input).
  public mutating func raw(_ json: [UInt8]) {
    value()
    json.withUnsafeBufferPointer { append($0) }
  }

  /// A string value given as UTF-8 bytes (escaped like `string(_:)`).
  mutating func string(utf8 p: UnsafeBufferPointer<UInt8>) { value(); writeString(p) }

  /// A string value that needs no escaping (static ASCII, e.g. a label).
  mutating func string(ascii s: StaticString) {
    value()
    _ = quoted(s, room: 0)
  }

  /// Writes members of the open object straight into the buffer after one
  /// bounds check: `body` writes at most `fields` members through the
  /// cursor, each a key of at most 24 bytes and an integer, a number or a
  /// static ASCII string of at most 24 bytes. The bytes are those of
  /// `key(ascii:)` followed by `integer(_:)`, `number(_:digits:)` or
  /// `string(ascii:)`, in compact and pretty output alike; this is for the
  /// report's many small numeric members (every sentence has seven).
  mutating func members(fields: Int, _ body: (inout MemberCursor) -> Void) {
    let perField = 64 + (pretty ? 2 * depth + 2 : 0)
    let start = reserve(fields * perField)
    var cursor = MemberCursor(out: start, end: start + fields * perField, hasItems: hasItems, pretty: pretty, depth: depth)
    body(&cursor)
    storage.count += start.distance(to: cursor.out)
    hasItems = cursor.hasItems
  }

  public mutating func field(_ name: String, _ s: String) { key(name); string(s) }
  public mutating func field(_ name: String, _ x: Double, digits: Int = 4) { key(name); number(x, digits: digits) }
  public mutating func field(_ name: String, _ n: Int) { key(name); integer(n) }
  public mutating func field(_ name: String, _ b: Bool) { key(name); bool(b) }
  public mutating func field(_ name: String, _ s: String?) { key(name); if let s { string(s) } else { null() } }

  mutating func field(ascii name: StaticString, _ s: String) { key(ascii: name); string(s) }
  mutating func field(ascii name: StaticString, _ x: Double, digits: Int = 4) { key(ascii: name); number(x, digits: digits) }
  mutating func field(ascii name: StaticString, _ n: Int) { key(ascii: name); integer(n) }
  mutating func field(ascii name: StaticString, _ s: String?) { key(ascii: name); if let s { string(s) } else { null() } }
  mutating func field(ascii name: StaticString, ascii value: StaticString) { key(ascii: name); string(ascii: value) }

  // MARK: Buffer

  /// Room for `n` more bytes, unshared; returns where they go. The caller
  /// writes them and adds what it wrote to `storage.count`.
  @inline(__always)
  private mutating func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    if storage.count + n > storage.capacity { storage.grow(to: storage.count + n) }
    return storage.base + storage.count
  }

  @inline(__always)
  private mutating func put(_ b: UInt8) {
    reserve(1).pointee = b
    storage.count += 1
  }

  @inline(__always)
  private mutating func append(_ p: UnsafeBufferPointer<UInt8>) {
    guard let src = p.baseAddress, p.count > 0 else { return }
    reserve(p.count).update(from: src, count: p.count)
    storage.count += p.count
  }

  @inline(__always)
  private mutating func appendASCII(_ s: StaticString) {
    append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
  }

  // MARK: Structure

  @inline(__always)
  private mutating func value() {
    if pendingKey { pendingKey = false; return }
    separator()
  }

  @inline(__always)
  private mutating func separator() {
    if hasItems { put(UInt8(ascii: ",")) }
    hasItems = true
    if pretty && depth > 0 { newline() }
  }

  private mutating func open(_ b: UInt8) {
    put(b)
    outer.append(hasItems)
    hasItems = false
    depth += 1
  }

  private mutating func close(_ b: UInt8) {
    let hadItems = hasItems
    hasItems = outer.removeLast()
    depth -= 1
    if pretty && hadItems { newline() }
    put(b)
  }

  private mutating func newline() {
    put(0x0A)
    for _ in 0..<depth { put(0x20); put(0x20) }
  }

  // MARK: Strings

  private static let hex: StaticString = "0123456789abcdef"

  private mutating func writeString(_ s: String) {
    if let done: Void = s.utf8.withContiguousStorageIfAvailable({ writeString($0) }) { return done }
    var copy = s
    copy.withUTF8 { writeString($0) }
  }

  /// Writes `p` as a JSON string: runs of bytes that need no escape are
  /// copied whole; at most 6 bytes come out for each byte in.
  private mutating func writeString(_ p: UnsafeBufferPointer<UInt8>) {
    let n = p.count
    let start = reserve(n * 6 + 2)
    var out = start
    out.pointee = UInt8(ascii: "\"")
    out += 1
    var runStart = 0
    var i = 0
    let base = p.baseAddress
    while i < n {
      // Eight bytes at a time while none needs an escape.
      if let base {
        while i + 8 <= n, !ByteScan.hasJSONSpecial(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), delete: true) {
          i += 8
        }
        if i >= n { break }
      }
      let b = p[i]
      if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != 0x7F {
        i += 1
        continue
      }
      if i > runStart {
        out.update(from: p.baseAddress! + runStart, count: i - runStart)
        out += i - runStart
      }
      out[0] = 0x5C
      switch b {
      case UInt8(ascii: "\""): out[1] = 0x22; out += 2
      case UInt8(ascii: "\\"): out[1] = 0x5C; out += 2
      case 0x0A: out[1] = UInt8(ascii: "n"); out += 2
      case 0x0D: out[1] = UInt8(ascii: "r"); out += 2
      case 0x09: out[1] = UInt8(ascii: "t"); out += 2
      default:
        out[1] = UInt8(ascii: "u")
        out[2] = 0x30
        out[3] = 0x30
        out[4] = Self.hex.utf8Start[Int(b >> 4)]
        out[5] = Self.hex.utf8Start[Int(b & 0xF)]
        out += 6
      }
      i += 1
      runStart = i
    }
    if n > runStart {
      out.update(from: p.baseAddress! + runStart, count: n - runStart)
      out += n - runStart
    }
    out.pointee = UInt8(ascii: "\"")
    out += 1
    storage.count += start.distance(to: out)
  }
}

/// Writes object members into memory reserved by `JSONWriter.members`:
/// the same separators, indentation, keys and values as the writer's own
/// calls, without a bounds check or a call per piece.
struct MemberCursor {
  fileprivate var out: UnsafeMutablePointer<UInt8>
  /// End of the reserved memory (checked in debug builds).
  fileprivate let end: UnsafeMutablePointer<UInt8>
  fileprivate var hasItems: Bool
  fileprivate let pretty: Bool
  fileprivate let depth: Int

  /// `"name":` after a comma (and, pretty, a new line and indentation) as
  /// `JSONWriter.key(ascii:)` writes it.
  @inline(__always)
  mutating func key(_ name: StaticString) {
    assert(name.utf8CodeUnitCount <= 24)
    if hasItems {
      out.pointee = UInt8(ascii: ",")
      out += 1
    }
    hasItems = true
    if pretty && depth > 0 {
      out.pointee = 0x0A
      out += 1
      for _ in 0..<depth {
        out[0] = 0x20
        out[1] = 0x20
        out += 2
      }
    }
    out.pointee = UInt8(ascii: "\"")
    out += 1
    let n = name.utf8CodeUnitCount
    let p = name.utf8Start
    for i in 0..<n { out[i] = p[i] }
    out[n] = UInt8(ascii: "\"")
    out[n + 1] = UInt8(ascii: ":")
    out += n + 2
    if pretty {
      out.pointee = 0x20
      out += 1
    }
  }

  @inline(__always)
  mutating func integer(_ n: Int) {
    out += writeInteger(n, to: out)
    assert(out <= end)
  }

  @inline(__always)
  mutating func number(_ x: Double, digits: Int = 4) {
    assert(digits <= 4)
    out += writeNumber(x, digits: digits, to: out)
    assert(out <= end)
  }

  @inline(__always)
  mutating func string(ascii s: StaticString) {
    let n = s.utf8CodeUnitCount
    assert(n <= 22)
    out[0] = UInt8(ascii: "\"")
    let p = s.utf8Start
    for i in 0..<n { out[1 + i] = p[i] }
    out[n + 1] = UInt8(ascii: "\"")
    out += n + 2
    assert(out <= end)
  }
}

/// The bytes of a `JSONWriter`: raw memory that grows by doubling.
private final class ByteStorage {
  var base: UnsafeMutablePointer<UInt8>
  var count = 0
  var capacity: Int

  init(capacity: Int) {
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  func copy() -> ByteStorage {
    let c = ByteStorage(capacity: capacity)
    c.base.update(from: base, count: count)
    c.count = count
    return c
  }

  func grow(to needed: Int) {
    var size = capacity * 2
    while size < needed { size *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    bigger.update(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity = size
  }
}

/// The most bytes `writeNumber` writes for `digits` decimals.
@inline(__always)
func maxNumberLength(_ digits: Int) -> Int { 24 + max(0, digits) }

/// Writes the decimal digits of `value` at `out`; returns how many.
@inline(__always)
func writeDigits(_ value: UInt64, to out: UnsafeMutablePointer<UInt8>) -> Int {
  var count = 1
  var v = value
  while v >= 10 {
    v /= 10
    count += 1
  }
  var w = value
  var i = count
  repeat {
    i -= 1
    out[i] = UInt8(truncatingIfNeeded: w % 10) &+ 48
    w /= 10
  } while i > 0
  return count
}

/// Writes `String(n)` at `out` (room for 20 bytes); returns its length.
@inline(__always)
func writeInteger(_ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
  if n < 0 {
    out[0] = UInt8(ascii: "-")
    return 1 + writeDigits(UInt64(n.magnitude), to: out + 1)
  }
  return writeDigits(UInt64(n), to: out)
}

/// Writes `formatNumber(x, digits:)` at `out` (room for
/// `maxNumberLength(digits)` bytes) without making a `String`: the same
/// arithmetic, then the digits written directly. Returns the length.
func writeNumber(_ x: Double, digits: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
  if !x.isFinite {
    out[0] = UInt8(ascii: "0")
    return 1
  }
  let scale = decimalScale(digits)
  let y = x * scale
  guard abs(y) < 0x1p50 else { return writeNumberSlowly(x, digits: digits, scale: scale, to: out) }
  // `y.rounded()` (half away from zero) in integers: `y - Double(t)` is
  // exact for a truncated `t`, so the comparison with one half is too.
  let t = Int64(y)
  let rest = y - Double(t)
  let r = rest >= 0.5 ? t + 1 : rest <= -0.5 ? t - 1 : t
  if r == 0 {
    out[0] = UInt8(ascii: "0")
    return 1
  }
  // `formatNumber` divides the rounded value by the scale and multiplies
  // it back before taking its integer; below 2^50 that gives `r` again
  // (both roundings together move it by less than 1/4).
  var k = 0
  if r < 0 {
    out[0] = UInt8(ascii: "-")
    k = 1
  }
  return k + writeFixed(r.magnitude, digits: digits, to: out + k)
}

/// 10^`digits` as `formatNumber` computes it (exact up to 10^22).
@inline(__always)
private func decimalScale(_ digits: Int) -> Double {
  switch digits {
  case 4: return 1e4
  case 2: return 1e2
  default:
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    return scale
  }
}

/// Writes `units / 10^digits` with its decimals, trailing zeros dropped
/// (`units` > 0); returns the length.
@inline(__always)
private func writeFixed(_ units: UInt64, digits: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
  var whole: UInt64
  var fraction: UInt64
  if digits == 4 {
    // The report's numbers: a constant divisor is a multiplication.
    whole = units / 10_000
    fraction = units - whole * 10_000
  } else {
    var scaleUnits: UInt64 = 1
    for _ in 0..<max(0, digits) { scaleUnits *= 10 }
    whole = units / scaleUnits
    fraction = units - whole * scaleUnits
  }
  var k: Int
  if whole < 10 {
    out[0] = UInt8(truncatingIfNeeded: whole) &+ 48
    k = 1
  } else {
    k = writeDigits(whole, to: out)
  }
  if fraction == 0 || digits <= 0 { return k }
  // `digits` decimals, zero-padded on the left, trailing zeros dropped.
  var width = digits
  while fraction % 10 == 0 {
    fraction /= 10
    width -= 1
  }
  out[k] = UInt8(ascii: ".")
  k += 1
  var i = width
  while i > 0 {
    i -= 1
    out[k + i] = UInt8(truncatingIfNeeded: fraction % 10) &+ 48
    fraction /= 10
  }
  return k + width
}

/// `writeNumber` for magnitudes of 2^50 and beyond: `formatNumber`'s own
/// steps, in floating point.
private func writeNumberSlowly(_ x: Double, digits: Int, scale: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
  if abs(x) * scale >= 9.0e18 {
    // As `formatNumber`: too large for fixed point, the shortest form.
    var count = 0
    for b in x.description.utf8 {
      out[count] = b
      count += 1
    }
    return count
  }
  let rounded = (x * scale).rounded() / scale
  if rounded == 0 {
    out[0] = UInt8(ascii: "0")
    return 1
  }
  let units = Int64((abs(rounded) * scale).rounded())
  let scaleUnits = Int64(scale)
  let whole = units / scaleUnits
  var fraction = units % scaleUnits
  var k = 0
  if rounded < 0 {
    out[0] = UInt8(ascii: "-")
    k = 1
  }
  k += writeDigits(UInt64(whole), to: out + k)
  if fraction == 0 || digits <= 0 { return k }
  var width = digits
  while fraction % 10 == 0 {
    fraction /= 10
    width -= 1
  }
  out[k] = UInt8(ascii: ".")
  k += 1
  var i = width
  while i > 0 {
    i -= 1
    out[k + i] = UInt8(truncatingIfNeeded: fraction % 10) &+ 48
    fraction /= 10
  }
  return k + width
}

/// Appends the decimal digits of `n` to `out` (the text of `String(n)`).
func appendInteger(_ n: Int, to out: inout [UInt8]) {
  withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
    let count = writeInteger(n, to: buffer.baseAddress!)
    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
  }
}

/// Appends `formatNumber(x, digits:)` to `out` (see `writeNumber`).
func appendNumber(_ x: Double, digits: Int, to out: inout [UInt8]) {
  withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxNumberLength(digits)) { buffer in
    let count = writeNumber(x, digits: digits, to: buffer.baseAddress!)
    out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
  }
}
