/// A small byte-level JSON writer: appends UTF-8 to a buffer with commas and
/// escaping handled, no `Foundation`, no intermediate objects. Output is
/// deterministic: keys in the order written, numbers by `formatNumber`.
///
/// The buffer is raw memory the writer alone owns: the writer is
/// non-copyable, so a reservation is one bounds check (no uniqueness check
/// of a shared buffer) and a copy: strings go in runs of bytes that need no
/// escaping, numbers are formatted in place (`writeNumber`, the same text
/// as `formatNumber`), and the report encoder's field names are static
/// strings (`key(ascii:)`), written with their value in one reservation.
public struct JSONWriter: ~Copyable, @unchecked Sendable {
  /// The JSON written so far.
  public var bytes: [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      if count > 0 { buffer.baseAddress!.update(from: base, count: count) }
      initialized = count
    }
  }
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
  /// `base` is the writer's own (freed by it), not the caller's
  /// (`bytes(pretty:reserve:_:)`).
  private var owned = true
  /// Whether the innermost open object or array already has an item.
  private var hasItems = false
  private let pretty: Bool
  private var depth = 0
  private var pendingKey = false

  public init(pretty: Bool = false, reserve: Int = 1024) {
    self.pretty = pretty
    capacity = max(64, reserve)
    base = .allocate(capacity: capacity)
  }

  /// Writes into the caller's `buffer` (never freed here) until it is
  /// full, then into a buffer of its own.
  private init(pretty: Bool, borrowing buffer: UnsafeMutableBufferPointer<UInt8>) {
    self.pretty = pretty
    capacity = buffer.count
    base = buffer.baseAddress!
    owned = false
  }

  deinit { if owned { base.deallocate() } }

  /// The JSON that `body` writes, made in place: the writer writes straight
  /// into the memory of the array it returns (room for `reserve` bytes), so
  /// nothing is copied out at the end unless the JSON outgrew that room.
  public static func bytes(pretty: Bool = false, reserve: Int, _ body: (inout JSONWriter) -> Void) -> [UInt8] {
    var outgrown: [UInt8]? = nil
    let made = [UInt8](unsafeUninitializedCapacity: max(64, reserve)) { buffer, initialized in
      var w = JSONWriter(pretty: pretty, borrowing: buffer)
      body(&w)
      if w.owned {
        // It moved to its own buffer: copied out as `bytes` would.
        outgrown = w.bytes
        initialized = 0
      } else {
        initialized = w.count
      }
    }
    return outgrown ?? made
  }

  /// Writes the compact JSON that `body` writes into `buffer` (the
  /// caller's, never freed here) and returns how many bytes it took; or,
  /// when it outgrew the buffer, all of it as an array (the buffer then
  /// holds only its start, to be ignored).
  static func write(into buffer: UnsafeMutableBufferPointer<UInt8>, _ body: (inout JSONWriter) -> Void) -> (count: Int, outgrown: [UInt8]?) {
    precondition(buffer.count > 0, "JSONWriter: no room to write into")
    var w = JSONWriter(pretty: false, borrowing: buffer)
    body(&w)
    return w.owned ? (0, w.bytes) : (w.count, nil)
  }

  public mutating func beginObject() { open(UInt8(ascii: "{")) }
  public mutating func endObject() { close(UInt8(ascii: "}")) }
  public mutating func beginArray() { open(UInt8(ascii: "[")) }
  public mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes `"name":`; the next value written belongs to it.
  public mutating func key(_ name: String) {
    _ = separator(room: 0)
    writeString(name)
    put(UInt8(ascii: ":"))
    if pretty { put(0x20) }
    pendingKey = true
  }

  /// `key(_:)` for a name that needs no escaping (plain ASCII letters,
  /// digits and `_`), as the report encoder's field names are.
  mutating func key(ascii name: StaticString) {
    if !pretty {
      count += writeCompactKey(name, to: reserve(name.utf8CodeUnitCount + 4))
      pendingKey = true
      return
    }
    // The separator, the quoted name, the colon and its space in one go.
    let out = separator(room: name.utf8CodeUnitCount + 4)
    var k = writeQuoted(name, to: out)
    out[k] = UInt8(ascii: ":")
    k += 1
    if pretty {
      out[k] = 0x20
      k += 1
    }
    count += k
    pendingKey = true
  }

  /// Compact output: a comma after an item, the quoted name and the colon
  /// at `out` (room for the name and four); returns the length.
  @inline(__always)
  private mutating func writeCompactKey(_ name: StaticString, to out: UnsafeMutablePointer<UInt8>) -> Int {
    let n = name.utf8CodeUnitCount
    let k = hasItems ? 1 : 0
    out[0] = UInt8(ascii: ",")  // (overwritten by the quote without an item before)
    hasItems = true
    out[k] = UInt8(ascii: "\"")
    copyBytes(name.utf8Start, count: n, to: out + k + 1)
    out[k + n + 1] = UInt8(ascii: "\"")
    out[k + n + 2] = UInt8(ascii: ":")
    return k + n + 3
  }

  public mutating func string(_ s: String) { value(); writeString(s) }
  public mutating func number(_ x: Double, digits: Int = 4) {
    let out = value(room: maxNumberLength(digits))
    count += digits == 4 ? writeNumber4(x, to: out) : writeNumber(x, digits: digits, to: out)
  }
  public mutating func integer(_ n: Int) {
    let out = value(room: 20)
    count += writeInteger(n, to: out)
  }
  public mutating func bool(_ b: Bool) { value(); appendASCII(b ? "true" : "false") }
  public mutating func null() { value(); appendASCII("null") }

  /// Appends already-encoded JSON (e.g. metadata kept verbatim from input).
  public mutating func raw(_ json: [UInt8]) {
    value()
    json.withUnsafeBufferPointer { append($0) }
  }

  /// Ends a line after a complete value (JSON Lines): a newline outside
  /// the JSON structure.
  public mutating func endLine() { put(0x0A) }

  /// A string value given as UTF-8 bytes (escaped like `string(_:)`).
  mutating func string(utf8 p: UnsafeBufferPointer<UInt8>) { value(); writeString(p) }

  /// A string value that needs no escaping (static ASCII, e.g. a label).
  mutating func string(ascii s: StaticString) {
    let out = value(room: s.utf8CodeUnitCount + 2)
    count += writeQuoted(s, to: out)
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
    var cursor = MemberCursor(out: start, origin: base, end: start + fields * perField, hasItems: hasItems, pretty: pretty, depth: depth)
    body(&cursor)
    count += start.distance(to: cursor.out)
    hasItems = cursor.hasItems
  }

  /// Whether the output is compact (no new lines, no indentation): the
  /// report encoder then writes runs of keys and punctuation as one block
  /// (`MemberCursor.literal`).
  var isCompact: Bool { !pretty }

  /// `members(fields:_:)` for compact output with `room` bytes reserved:
  /// `body` may also write literal runs and escaped strings, and writes at
  /// most `room` bytes (count strings by `MemberCursor.stringRoom`).
  @inline(__always)
  mutating func members(room: Int, _ body: (inout MemberCursor) -> Void) {
    precondition(!pretty, "JSONWriter: literal members are compact only")
    let start = reserve(room)
    var cursor = MemberCursor(out: start, origin: base, end: start + room, hasItems: hasItems, pretty: false, depth: depth)
    body(&cursor)
    count += start.distance(to: cursor.out)
    hasItems = cursor.hasItems
  }

  /// Compact output only: one whole value (an object, braces included)
  /// written through the cursor where a value goes (after a key, or after
  /// a comma when the level has an item), with `room` bytes reserved;
  /// `body` writes at most `room` bytes and leaves nothing open.
  @inline(__always)
  mutating func compactValue(room: Int, _ body: (inout MemberCursor) -> Void) {
    precondition(!pretty, "JSONWriter: literal values are compact only")
    let start = value(room: room)
    var cursor = MemberCursor(out: start, origin: base, end: start + room, hasItems: false, pretty: false, depth: depth + 1)
    body(&cursor)
    count += start.distance(to: cursor.out)
  }

  public mutating func field(_ name: String, _ s: String) { key(name); string(s) }
  public mutating func field(_ name: String, _ x: Double, digits: Int = 4) { key(name); number(x, digits: digits) }
  public mutating func field(_ name: String, _ n: Int) { key(name); integer(n) }
  public mutating func field(_ name: String, _ b: Bool) { key(name); bool(b) }
  public mutating func field(_ name: String, _ s: String?) { key(name); if let s { string(s) } else { null() } }

  /// `key(ascii:)` and `string(_:)`; compact, in one reservation.
  mutating func field(ascii name: StaticString, _ s: String) {
    if !pretty {
      let done: Void? = s.utf8.withContiguousStorageIfAvailable { p in
        let out = reserve(name.utf8CodeUnitCount + 4 + Self.stringRoom(p.count))
        let k = writeCompactKey(name, to: out)
        count += k + Self.writeEscaped(p, to: out + k)
      }
      if done != nil { return }
    }
    key(ascii: name)
    string(s)
  }
  mutating func field(ascii name: StaticString, _ x: Double, digits: Int = 4) { key(ascii: name); number(x, digits: digits) }
  mutating func field(ascii name: StaticString, _ n: Int) { key(ascii: name); integer(n) }
  mutating func field(ascii name: StaticString, _ s: String?) { key(ascii: name); if let s { string(s) } else { null() } }
  mutating func field(ascii name: StaticString, ascii value: StaticString) { key(ascii: name); string(ascii: value) }

  // MARK: Buffer

  /// Room for `n` more bytes; returns where they go. The caller writes
  /// them and adds what it wrote to `count`.
  @inline(__always)
  private mutating func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
    if count + n > capacity { grow(to: count + n) }
    return base + count
  }

  /// Doubles the buffer until `needed` bytes fit.
  @inline(never)
  private mutating func grow(to needed: Int) {
    var size = capacity * 2
    while size < needed { size *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    bigger.update(from: base, count: count)
    if owned { base.deallocate() }
    base = bigger
    capacity = size
    owned = true
  }

  @inline(__always)
  private mutating func put(_ b: UInt8) {
    reserve(1).pointee = b
    count += 1
  }

  @inline(__always)
  private mutating func append(_ p: UnsafeBufferPointer<UInt8>) {
    guard let src = p.baseAddress, p.count > 0 else { return }
    reserve(p.count).update(from: src, count: p.count)
    count += p.count
  }

  @inline(__always)
  private mutating func appendASCII(_ s: StaticString) {
    append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
  }

  // MARK: Structure

  @inline(__always)
  private mutating func value() {
    if pendingKey { pendingKey = false; return }
    _ = separator(room: 0)
  }

  /// What comes before a value (nothing after a key, else a separator),
  /// with `room` more bytes reserved; returns where they go.
  @inline(__always)
  private mutating func value(room: Int) -> UnsafeMutablePointer<UInt8> {
    if pendingKey {
      pendingKey = false
      return reserve(room)
    }
    return separator(room: room)
  }

  /// A comma after an item and, pretty, a new line and indentation, with
  /// `room` more bytes reserved in the same step; returns where they go.
  @inline(__always)
  private mutating func separator(room: Int) -> UnsafeMutablePointer<UInt8> {
    let indent = pretty && depth > 0 ? 1 + 2 * depth : 0
    let out = reserve(1 + indent + room)
    var k = 0
    if hasItems {
      out[0] = UInt8(ascii: ",")
      k = 1
    }
    hasItems = true
    if indent > 0 { k += writeNewline(to: out + k) }
    count += k
    return out + k
  }

  /// A new line and two spaces per level at `out`; returns the length.
  @inline(__always)
  private func writeNewline(to out: UnsafeMutablePointer<UInt8>) -> Int {
    out[0] = 0x0A
    for i in 0..<(2 * depth) { out[1 + i] = 0x20 }
    return 1 + 2 * depth
  }

  private mutating func open(_ b: UInt8) {
    let out = value(room: 1)
    out[0] = b
    count += 1
    hasItems = false
    depth += 1
  }

  private mutating func close(_ b: UInt8) {
    precondition(depth > 0, "JSONWriter: close without open")
    let hadItems = hasItems
    depth -= 1
    // The enclosing level has an item: the one just closed. (No stack of
    // the levels' states is needed: opening is writing a value, after
    // which `hasItems` is always true.)
    hasItems = true
    let out = reserve(2 + 2 * depth)
    var k = 0
    if pretty && hadItems { k = writeNewline(to: out) }
    out[k] = b
    count += k + 1
  }

  // MARK: Strings

  /// Writes `"s"` at `out` for a static ASCII string (room for its length
  /// and two); returns the length.
  @inline(__always)
  private func writeQuoted(_ s: StaticString, to out: UnsafeMutablePointer<UInt8>) -> Int {
    let n = s.utf8CodeUnitCount
    out[0] = UInt8(ascii: "\"")
    copyBytes(s.utf8Start, count: n, to: out + 1)
    out[n + 1] = UInt8(ascii: "\"")
    return n + 2
  }

  private static let hex: StaticString = "0123456789abcdef"

  private mutating func writeString(_ s: String) {
    if let done: Void = s.utf8.withContiguousStorageIfAvailable({ writeString($0) }) { return done }
    var copy = s
    copy.withUTF8 { writeString($0) }
  }

  /// The room `writeEscaped` needs for `n` bytes in: at most six bytes out
  /// for each, the quotes, and a whole word for a short string.
  @inline(__always)
  fileprivate static func stringRoom(_ n: Int) -> Int { n * 6 + 10 }

  /// Writes `p` as a JSON string.
  private mutating func writeString(_ p: UnsafeBufferPointer<UInt8>) {
    let out = reserve(Self.stringRoom(p.count))
    count += Self.writeEscaped(p, to: out)
  }

  /// Writes a string of at most 16 bytes that needs no escape (names,
  /// cues, labels) at `out` in whole words: up to eight bytes gathered
  /// into one word padded with spaces, more as two overlapping words.
  /// Returns the length, or 0, writing nothing, when some byte needs an
  /// escape.
  @inline(__always)
  private static func writeShortString(_ base: UnsafePointer<UInt8>, count n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
    let spaces: UInt64 = 0x2020_2020_2020_2020
    if n < 8 {
      // (Shifts by fewer than 64 bits, of a count below 8: wrapping
      // arithmetic, no checks.)
      let bits = UInt64(truncatingIfNeeded: n &* 8)
      var word = spaces &<< bits
      if n >= 4 {
        // Two four-byte loads, overlapping (the shared bytes are equal).
        let first = UInt64(UnsafeRawPointer(base).loadUnaligned(as: UInt32.self))
        let last = UInt64(UnsafeRawPointer(base + n - 4).loadUnaligned(as: UInt32.self))
        word |= first | last &<< (bits &- 32)
      } else {
        var i = n
        while i > 0 {
          i &-= 1
          word |= UInt64(base[i]) &<< UInt64(truncatingIfNeeded: i &* 8)
        }
      }
      if ByteScan.hasJSONSpecial(word, delete: true) { return 0 }
      // The whole word after the quote (its padding is overwritten or left
      // beyond the count).
      out[0] = UInt8(ascii: "\"")
      UnsafeMutableRawPointer(out + 1).storeBytes(of: word, as: UInt64.self)
      out[n + 1] = UInt8(ascii: "\"")
      return n + 2
    }
    let first = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
    let last = UnsafeRawPointer(base + n - 8).loadUnaligned(as: UInt64.self)
    // (Both words tested at once, in one vector register.)
    if ByteScan.hasJSONSpecial(unsafeBitCast(SIMD2<UInt64>(first, last), to: SIMD16<UInt8>.self)) { return 0 }
    out[0] = UInt8(ascii: "\"")
    UnsafeMutableRawPointer(out + 1).storeBytes(of: first, as: UInt64.self)
    UnsafeMutableRawPointer(out + 1 + n - 8).storeBytes(of: last, as: UInt64.self)
    out[n + 1] = UInt8(ascii: "\"")
    return n + 2
  }

  /// Writes `p` as a JSON string at `start` (room for `stringRoom(p.count)`
  /// bytes): eight bytes at a time while none needs an escape, each word
  /// stored as it is read (one pass, no copy after the scan); at most 6
  /// bytes come out for each byte in. Returns the length. A call from
  /// every string of the report, short ones too: copies of the short path
  /// inlined in the encoder cost more in instruction-cache misses (its code
  /// is cold at each record) than the call.
  fileprivate static func writeEscaped(_ p: UnsafeBufferPointer<UInt8>, to start: UnsafeMutablePointer<UInt8>) -> Int {
    let n = p.count
    guard let base = p.baseAddress, n > 0 else {
      start[0] = UInt8(ascii: "\"")
      start[1] = UInt8(ascii: "\"")
      return 2
    }
    if n <= 16 {
      let k = writeShortString(base, count: n, to: start)
      if k > 0 { return k }
    }
    start[0] = UInt8(ascii: "\"")
    var out = start + 1
    var i = 0
    while i < n {
      // Two clean words a step while sixteen bytes are left: one test and
      // one branch for both (text runs are long).
      // (Sixteen bytes tested at once in vector registers, thirty-two a
      // step while they are there.)
      while i + 32 <= n {
        let a = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
        let b = UnsafeRawPointer(base + i + 16).loadUnaligned(as: SIMD16<UInt8>.self)
        if ByteScan.hasJSONSpecial(a, b) { break }
        UnsafeMutableRawPointer(out).storeBytes(of: a, as: SIMD16<UInt8>.self)
        UnsafeMutableRawPointer(out + 16).storeBytes(of: b, as: SIMD16<UInt8>.self)
        out += 32
        i += 32
      }
      while i + 16 <= n {
        let a = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
        if ByteScan.hasJSONSpecial(a) { break }
        UnsafeMutableRawPointer(out).storeBytes(of: a, as: SIMD16<UInt8>.self)
        out += 16
        i += 16
      }
      if i >= n { break }
      if i + 16 > n, n >= 16 {
        // The last few bytes as the string's last sixteen (one test, not
        // the words below): clean, they also hold the bytes before them,
        // already written as they are, and go back over them.
        let a = UnsafeRawPointer(base + n - 16).loadUnaligned(as: SIMD16<UInt8>.self)
        if !ByteScan.hasJSONSpecial(a) {
          UnsafeMutableRawPointer(out - (16 - (n - i))).storeBytes(of: a, as: SIMD16<UInt8>.self)
          out += n - i
          break
        }
      }
      // (A word lands at most 1 + 6 * i + 8 <= 6 * n + 10 bytes in.)
      while i + 8 <= n {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if ByteScan.hasJSONSpecial(word, delete: true) { break }
        UnsafeMutableRawPointer(out).storeBytes(of: word, as: UInt64.self)
        out += 8
        i += 8
      }
      if i >= n { break }
      if i + 8 > n, n >= 8 {
        // The last few bytes as the string's last eight: clean, it also
        // holds the bytes before them, already written as they are (an
        // escaped one would be in it), so it goes back over them.
        let word = UnsafeRawPointer(base + n - 8).loadUnaligned(as: UInt64.self)
        if !ByteScan.hasJSONSpecial(word, delete: true) {
          UnsafeMutableRawPointer(out - (8 - (n - i))).storeBytes(of: word, as: UInt64.self)
          out += n - i
          break
        }
      }
      let b = p[i]
      i += 1
      if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != 0x7F {
        out[0] = b
        out += 1
        continue
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
    }
    out.pointee = UInt8(ascii: "\"")
    out += 1
    return start.distance(to: out)
  }
}

/// Writes object members into memory reserved by `JSONWriter.members`:
/// the same separators, indentation, keys and values as the writer's own
/// calls, without a bounds check or a call per piece.
struct MemberCursor {
  fileprivate var out: UnsafeMutablePointer<UInt8>
  /// The start of the writer's output (its buffer does not move while a
  /// cursor writes: the room was reserved before).
  fileprivate let origin: UnsafeMutablePointer<UInt8>
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
    copyBytes(p, count: n, to: out)
    out[n] = UInt8(ascii: "\"")
    out[n + 1] = UInt8(ascii: ":")
    out += n + 2
    if pretty {
      out.pointee = 0x20
      out += 1
    }
  }

  /// Compact output only (`JSONWriter.members(room:_:)`): `s` as it is,
  /// a run of punctuation and keys such as `,"cue":`, after which the
  /// object has an item.
  @inline(__always)
  mutating func literal(_ s: StaticString) {
    assert(!pretty)
    let n = s.utf8CodeUnitCount
    copyBytes(s.utf8Start, count: n, to: out)
    out += n
    hasItems = true
    assert(out <= end)
  }

  /// Compact output only: the first `count` bytes at `p`, after which the
  /// object has an item, written as a block of `copied` bytes (at least
  /// `count`; room: `copied`): a run of a length not known in advance,
  /// with no branch on it.
  @inline(__always)
  mutating func literal(_ p: UnsafePointer<UInt8>, copying copied: Int, count: Int) {
    assert(!pretty && count <= copied)
    copyBytes(p, count: copied, to: out)
    out += count
    hasItems = true
    assert(out <= end)
  }

  /// Where the next byte goes, counted from the start of the writer's
  /// output: with `repeatWritten`, a value written once is copied, not
  /// written again.
  @inline(__always)
  var offset: Int { origin.distance(to: out) }

  /// The `count` bytes written earlier at `offset` (`offset`), again
  /// (room: `count`).
  @inline(__always)
  mutating func repeatWritten(at offset: Int, count: Int) {
    assert(offset >= 0 && offset + count <= self.offset)
    copyBytes(origin + offset, count: count, to: out)
    out += count
    assert(out <= end)
  }

  /// The room a string of `n` UTF-8 bytes may take, escaped and quoted.
  @inline(__always)
  static func stringRoom(_ n: Int) -> Int { JSONWriter.stringRoom(n) }

  /// A string value given as UTF-8 bytes, escaped as `JSONWriter.string`
  /// (room: `stringRoom(p.count)`).
  @inline(__always)
  mutating func string(utf8 p: UnsafeBufferPointer<UInt8>) {
    out += JSONWriter.writeEscaped(p, to: out)
    assert(out <= end)
  }

  /// `string(utf8:)` for bytes known to hold none that a JSON string
  /// escapes (no quote, backslash, control byte or DEL): copied between
  /// the quotes sixteen bytes a step, with no scan (room:
  /// `stringRoom(p.count)`). Shorter than sixteen bytes, as `string(utf8:)`.
  @inline(__always)
  mutating func plainString(utf8 p: UnsafeBufferPointer<UInt8>) {
    assert(!p.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x7F }, "a byte that needs an escape")
    let n = p.count
    guard n >= 16, let base = p.baseAddress else { return string(utf8: p) }
    out[0] = UInt8(ascii: "\"")
    let from = UnsafeRawPointer(base)
    let to = UnsafeMutableRawPointer(out + 1)
    var i = 0
    while i &+ 16 < n {
      to.storeBytes(of: from.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self), toByteOffset: i, as: SIMD16<UInt8>.self)
      i &+= 16
    }
    // The last sixteen bytes, over those already copied.
    to.storeBytes(of: from.loadUnaligned(fromByteOffset: n &- 16, as: SIMD16<UInt8>.self), toByteOffset: n &- 16, as: SIMD16<UInt8>.self)
    out[n &+ 1] = UInt8(ascii: "\"")
    out += n &+ 2
    assert(out <= end)
  }

  /// Already-encoded JSON, as it is (`JSONWriter.raw`; room: its count).
  @inline(__always)
  mutating func raw(_ json: UnsafeBufferPointer<UInt8>) {
    if let base = json.baseAddress, json.count > 0 { copyBytes(base, count: json.count, to: out) }
    out += json.count
    hasItems = true
    assert(out <= end)
  }

  /// `p`, ASCII, lower-cased (`asciiFastLowercased`) and escaped, written
  /// without a copy: escaped, then its `A`…`Z` lower-cased in place (an
  /// escape has no capital letter, so this is the escape of the
  /// lower-cased text). Room: `stringRoom(p.count)`.
  @inline(__always)
  mutating func lowercasedString(ascii p: UnsafeBufferPointer<UInt8>) {
    let start = out
    out += JSONWriter.writeEscaped(p, to: out)
    // Eight bytes a step from the opening quote on: the last word may run
    // past the string into the room (at least eight bytes past it, see
    // `stringRoom`), whose bytes are not written out; lower-casing leaves
    // the quotes alone.
    var q = UnsafeMutableRawPointer(start)
    while q < UnsafeMutableRawPointer(out) {
      q.storeBytes(of: Self.lowercased(q.loadUnaligned(as: UInt64.self)), as: UInt64.self)
      q += 8
    }
    assert(out <= end)
  }

  /// `w` with each byte `A`…`Z` lower-cased (0x20 added), the others as
  /// they are. A byte's low seven bits plus 0x3F reach the top bit from
  /// `A` on, plus 0x25 from past `Z` on (neither carries into the next
  /// byte); a byte with the top bit set is no letter.
  @inline(__always)
  static func lowercased(_ w: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low = w & (ones &* 0x7F)
    let upper = (low &+ ones &* 0x3F) & ~(low &+ ones &* 0x25) & ~w & (ones &* 0x80)
    return w | upper >> 2
  }

  /// A string value, escaped (room: `stringRoom(s.utf8.count)`).
  @inline(__always)
  mutating func string(_ s: String) {
    let at = out
    if let k = s.utf8.withContiguousStorageIfAvailable({ JSONWriter.writeEscaped($0, to: at) }) {
      out += k
    } else {
      var copy = s
      out += copy.withUTF8 { JSONWriter.writeEscaped($0, to: at) }
    }
    assert(out <= end)
  }

  @inline(__always)
  mutating func integer(_ n: Int) {
    out += writeInteger(n, to: out)
    assert(out <= end)
  }

  @inline(__always)
  mutating func number(_ x: Double, digits: Int = 4) {
    assert(digits <= 4)
    out += digits == 4 ? writeNumber4(x, to: out) : writeNumber(x, digits: digits, to: out)
    assert(out <= end)
  }

  /// `number(x)` for a member that is nearly always zero (a statement's
  /// `cue_stance`, a speaker's spreads): a zero, ±0 alike, is written
  /// with a test (predictable at such a member) instead of the rounding.
  @inline(__always)
  mutating func mostlyZeroNumber(_ x: Double) {
    if x.bitPattern &<< 1 == 0 {
      out.pointee = UInt8(ascii: "0")
      out += 1
    } else {
      out += writeNumber4(x, to: out)
    }
    assert(out <= end)
  }

  @inline(__always)
  mutating func string(ascii s: StaticString) {
    let n = s.utf8CodeUnitCount
    assert(n <= 22)
    out[0] = UInt8(ascii: "\"")
    let p = s.utf8Start
    copyBytes(p, count: n, to: out + 1)
    out[n + 1] = UInt8(ascii: "\"")
    out += n + 2
    assert(out <= end)
  }
}

/// The most bytes `writeNumber` writes for `digits` decimals.
@inline(__always)
func maxNumberLength(_ digits: Int) -> Int { 24 + max(0, digits) }

/// Writes the decimal digits of `value` at `out` (room for 20 bytes);
/// returns how many. Values below 10,000 (indices, offsets in a paragraph,
/// word counts: nearly all the report's integers) with no branch on their
/// size: all four digits as two pairs from a table in one word, shifted
/// past the leading zeros, stored whole (up to three bytes past the count,
/// in the room).
@inline(__always)
func writeDigits(_ value: UInt64, to out: UnsafeMutablePointer<UInt8>) -> Int {
  if value < 10_000 {
    // (Wrapping arithmetic: every value here is below 10,000, so nothing
    // can overflow, and the checks cost more than the digits.)
    let v = UInt32(truncatingIfNeeded: value)
    let word = fourDigits(v)
    // The leading zeros counted, not tested (how many digits a value has
    // is not predictable from one integer to the next): the word's lowest
    // bytes that are "0", at most three (the last digit's byte is kept
    // non-zero), as a shift of eight bits each.
    let zeros = ((word ^ 0x3030_3030) | 0x0100_0000).trailingZeroBitCount & 24
    UnsafeMutableRawPointer(out).storeBytes(of: (word &>> UInt32(truncatingIfNeeded: zeros)).littleEndian, as: UInt32.self)
    return 4 &- zeros &>> 3
  }
  return writeManyDigits(value, to: out)
}

/// `writeDigits` of 10,000 and more: a call, not inlined (rare, and each
/// inlined copy made the encoder's code longer).
@inline(never)
private func writeManyDigits(_ value: UInt64, to out: UnsafeMutablePointer<UInt8>) -> Int {
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

/// The four decimal digits of `v` (below 10,000), leading zeros
/// included, as the bytes of a little-endian word: two pairs from a
/// table, `v / 100` as `v * 5243 >> 19` in 32 bits (5243 / 2^19 exceeds
/// 1/100 by under 2.3e-7, which adds under 1/100 to `v / 100`, whose
/// fraction is at most 99/100).
@inline(__always)
private func fourDigits(_ v: UInt32) -> UInt32 {
  let high = (v &* 5243) &>> 19
  let low = v &- high &* 100
  let pairs = UnsafeRawPointer(digitPairs.utf8Start)
  return UInt32(UInt16(littleEndian: pairs.loadUnaligned(fromByteOffset: 2 &* Int(high), as: UInt16.self)))
    | UInt32(UInt16(littleEndian: pairs.loadUnaligned(fromByteOffset: 2 &* Int(low), as: UInt16.self))) &<< 16
}

/// 1 when `v` (below 2^31) is not zero, else 0, with no branch.
@inline(__always)
private func nonZero(_ v: UInt32) -> UInt32 { (v | (0 &- v)) &>> 31 }

/// Writes `String(n)` at `out` (room for 20 bytes); returns its length.
/// The sign with no branch: a `-` always written, then kept or written
/// over.
/// Values from 0 to 9,999 (nearly all the report's integers: indices,
/// offsets in a paragraph, word counts) by one unsigned test, which also
/// sends every negative value to the call.
@inline(__always)
func writeInteger(_ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
  if UInt(bitPattern: n) < 10_000 { return writeDigits(UInt64(truncatingIfNeeded: n), to: out) }
  return writeSignedInteger(n, to: out)
}

/// `writeInteger` of a negative value or one of 10,000 and more: a call,
/// not inlined (rare).
@inline(never)
private func writeSignedInteger(_ n: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
  let negative = Int(truncatingIfNeeded: UInt(bitPattern: n) &>> 63)
  out[0] = UInt8(ascii: "-")
  return negative &+ writeDigits(UInt64(n.magnitude), to: out + negative)
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
  let r = roundedHalfAway(y)
  if r == 0 {
    out[0] = UInt8(ascii: "0")
    return 1
  }
  // `formatNumber` divides the rounded value by the scale and multiplies
  // it back before taking its integer; below 2^50 that gives `r` again
  // (both roundings together move it by less than 1/4).
  let k = writeSign(r, to: out)
  return k + writeFixed(r.magnitude, digits: digits, to: out + k)
}

/// `y.rounded()` (half away from zero) for |y| < 2^50, without a call:
/// `y` plus 0.5 - 2^-54 of `y`'s sign, truncated by the conversion (whose
/// range check always passes here). A fraction of one half or more
/// reaches the next integer; a smaller one leaves the sum at least 2^-54
/// below it, which rounds to a double below it (their spacing there is
/// at most 2^-52 of the integer's size). (The sign is put on with bit
/// operations: tests and selects on doubles became branches,
/// mispredicted.)
@inline(__always)
private func roundedHalfAway(_ y: Double) -> Int64 {
  let signBit: UInt64 = 1 &<< 63
  let half = Double(bitPattern: (y.bitPattern & signBit) | (0.5 - 0x1p-54 as Double).bitPattern)
  return Int64(y + half)
}

/// `roundedHalfAway(y).magnitude` for `a` = |y| < 2^50, with no
/// conversion (whose range checks cost a third of a number): the same
/// sum `a` + 0.5 - 2^-54 (the negative sum is this one negated: rounding
/// is symmetric), truncated by adding 2^52, which rounds it to the
/// nearest integer in the mantissa's low bits (the sum is below 2^51),
/// less one when that went up.
@inline(__always)
private func roundedHalfAwayMagnitude(_ a: Double) -> UInt64 {
  let t = a + (0.5 - 0x1p-54)
  let m = t + 0x1p52
  let nearest = m.bitPattern &- (0x1p52 as Double).bitPattern
  return nearest &- (m - 0x1p52 > t ? 1 : 0)
}

/// 1 when `v` (below 2^63) is not zero, else 0, with no branch.
@inline(__always)
private func nonZero64(_ v: UInt64) -> UInt64 { (v | (0 &- v)) &>> 63 }

/// Writes "-" for a negative `r`; returns the bytes written (1 or 0, with
/// no branch: the `-` is always written, then kept or written over).
@inline(__always)
private func writeSign(_ r: Int64, to out: UnsafeMutablePointer<UInt8>) -> Int {
  out[0] = UInt8(ascii: "-")
  return Int(truncatingIfNeeded: UInt64(bitPattern: r) &>> 63)
}

/// `writeNumber(x, digits: 4, to: out)`, the report's numbers, inlined
/// into the encoder: the same rounding, then the four decimals as two
/// pairs of digits from a table. Below one (most of them) with no branch
/// on the value: its sign, a zero and how many decimals stay are counted,
/// not tested (none is predictable from one number to the next).
/// Magnitudes of 2^50 / 10^4 and beyond, infinities and NaN go to
/// `writeNumber`.
@inline(__always)
func writeNumber4(_ x: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
  let a = abs(x * 1e4)
  guard a < 0x1p50 else { return writeNumber(x, digits: 4, to: out) }
  let units = roundedHalfAwayMagnitude(a)
  // Wrapping arithmetic from here: `units` < 2^50 and the lengths are a
  // few bytes, so nothing can overflow (the checks cost more). The sign
  // of a negative `x` that does not round to zero.
  out[0] = UInt8(ascii: "-")
  var k = Int(truncatingIfNeeded: x.bitPattern &>> 63) & Int(truncatingIfNeeded: nonZero64(units))
  var fraction = units
  if units < 10_000 {
    // Below one: no division.
    out[k] = UInt8(ascii: "0")
    k &+= 1
  } else {
    let whole = units / 10_000
    fraction = units &- whole &* 10_000
    k &+= writeDigits(whole, to: out + k)
  }
  // The four decimals in one word, stored whole after the point; the
  // count stops before trailing zeros (the bytes after it lie in the
  // reserved room and are not counted): a trailing "0" is a zero byte of
  // the word less "0000", and they are the word's highest. None, and no
  // point, for a whole number (zero included).
  let decimals = fourDigits(UInt32(truncatingIfNeeded: fraction))
  out[k] = UInt8(ascii: ".")
  UnsafeMutableRawPointer(out + k + 1).storeBytes(of: decimals.littleEndian, as: UInt32.self)
  let kept = 4 &- (decimals ^ 0x3030_3030).leadingZeroBitCount &>> 3
  return k &+ kept &+ Int(nonZero(UInt32(truncatingIfNeeded: kept)))
}

/// "00", "01", … "99": two decimal digits for every value below 100.
private let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

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
  if digits == 4 {
    // All four decimals written, then the count cut before trailing zeros
    // (the bytes after it lie in the reserved room and are not counted).
    let high = fraction / 100
    let low = fraction - high * 100
    out[k] = UInt8(ascii: ".")
    out[k + 1] = UInt8(truncatingIfNeeded: high / 10) &+ 48
    out[k + 2] = UInt8(truncatingIfNeeded: high % 10) &+ 48
    out[k + 3] = UInt8(truncatingIfNeeded: low / 10) &+ 48
    out[k + 4] = UInt8(truncatingIfNeeded: low % 10) &+ 48
    let width = low != 0 ? (low % 10 != 0 ? 4 : 3) : (high % 10 != 0 ? 2 : 1)
    return k + 1 + width
  }
  return k + writeDecimals(fraction, digits: digits, to: out + k)
}

/// Writes `.` and `fraction` (> 0) as `digits` decimals, zero-padded on
/// the left, trailing zeros dropped; returns the length.
private func writeDecimals(_ fraction: UInt64, digits: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
  var fraction = fraction
  var width = digits
  while fraction % 10 == 0 {
    fraction /= 10
    width -= 1
  }
  out[0] = UInt8(ascii: ".")
  var i = width
  while i > 0 {
    out[i] = UInt8(truncatingIfNeeded: fraction % 10) &+ 48
    fraction /= 10
    i -= 1
  }
  return 1 + width
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
  let fraction = units % scaleUnits
  var k = 0
  if rounded < 0 {
    out[0] = UInt8(ascii: "-")
    k = 1
  }
  k += writeDigits(UInt64(whole), to: out + k)
  if fraction == 0 || digits <= 0 { return k }
  return k + writeDecimals(UInt64(fraction), digits: digits, to: out + k)
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

/// Copies `count` bytes from `source` to `out`; short runs eight bytes at
/// a time, with no call: field names, labels and names are a few bytes
/// long, for which `memcpy` costs more than the copy.
@inline(__always)
func copyBytes(_ source: UnsafePointer<UInt8>, count: Int, to out: UnsafeMutablePointer<UInt8>) {
  if count > 64 {
    out.update(from: source, count: count)
    return
  }
  let from = UnsafeRawPointer(source)
  let to = UnsafeMutableRawPointer(out)
  if count >= 8 {
    // Whole words, the last one overlapping what is already copied.
    var i = 0
    while i + 8 <= count {
      (to + i).storeBytes(of: (from + i).loadUnaligned(as: UInt64.self), as: UInt64.self)
      i += 8
    }
    if i < count { (to + count - 8).storeBytes(of: (from + count - 8).loadUnaligned(as: UInt64.self), as: UInt64.self) }
  } else if count >= 4 {
    // Two four-byte words, overlapping.
    to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
    (to + count - 4).storeBytes(of: (from + count - 4).loadUnaligned(as: UInt32.self), as: UInt32.self)
  } else {
    for i in 0..<count { out[i] = source[i] }
  }
}
