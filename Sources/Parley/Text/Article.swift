/// One article as it arrives from an input: its id, raw bytes and, for a
/// JSONL line, the other fields kept as metadata.
public struct Article: Sendable {
  public var id: String
  public var bytes: [UInt8]
  /// Fields of the JSONL record other than `id` and `text`, each with its
  /// value's JSON text as it was written.
  public var metadata: [(key: String, json: [UInt8])] {
    get { metadataBytes.fields }
    set { metadataBytes = MetadataBytes(newValue) }
  }
  /// `metadata` as the article keeps it: one byte buffer, made with one
  /// allocation and freed without a visit to each field (an array of
  /// key and JSON pairs cost two allocations a field, and its teardown
  /// went through the generic tuple destroy: together some 1,500
  /// instructions an article). The report encoder reads it in place.
  var metadataBytes: MetadataBytes
  /// Where it came from: a path, `path:line` for JSONL, or `stdin`.
  /// A JSONL line's is put together when read (only diagnostics read it;
  /// made for every line, it cost some 700 instructions and an allocation).
  public var source: String {
    get { sourceLine == 0 ? origin : Self.joined(origin, sourceLine) }
    set {
      origin = newValue
      sourceLine = 0
    }
  }
  /// `source`, or its part before the line number (`path:`, shared by the
  /// file's articles) when `sourceLine` is not 0.
  private var origin: String
  /// The JSONL line number (from 1) that ends `source`; 0 for none.
  private var sourceLine: Int
  /// `bytes` are known to be valid UTF-8 (the JSONL reader checked them),
  /// so reading the article does not check them again.
  var isValidUTF8 = false

  public init(id: String, bytes: [UInt8], metadata: [(key: String, json: [UInt8])] = [], source: String) {
    self.id = id
    self.bytes = bytes
    self.metadataBytes = MetadataBytes(metadata)
    self.origin = source
    self.sourceLine = 0
  }

  /// An article whose source is `prefix` (a path and a colon) followed by
  /// line number `line` (1 or more).
  init(id: String, bytes: [UInt8], metadata: MetadataBytes, sourcePrefix prefix: String, line: Int) {
    precondition(line > 0, "a source line is numbered from 1")
    self.id = id
    self.bytes = bytes
    self.metadataBytes = metadata
    self.origin = prefix
    self.sourceLine = line
  }

  /// `prefix` and the decimal digits of `number`, put together as bytes
  /// (an append and `String(Int)` cost some 800 instructions).
  private static func joined(_ prefix: String, _ number: Int) -> String {
    var prefix = prefix
    return prefix.withUTF8 { head in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: head.count + 20) { buffer in
        let base = buffer.baseAddress!
        if let from = head.baseAddress { base.update(from: from, count: head.count) }
        // The digits, written backwards from the end.
        var end = buffer.count
        var n = number
        repeat {
          end -= 1
          base[end] = UInt8(truncatingIfNeeded: 48 + n % 10)
          n /= 10
        } while n > 0
        let digits = buffer.count - end
        (base + head.count).update(from: base + end, count: digits)
        return String(decoding: UnsafeBufferPointer(start: base, count: head.count + digits), as: UTF8.self)
      }
    }
  }
}

/// An article's metadata fields (`Article.metadata`) in one byte buffer:
/// for each field in order, its key's length and its JSON's length (four
/// bytes each, little-endian), then the key's UTF-8 and the JSON text.
/// No fields, no buffer.
struct MetadataBytes: Sendable {
  private(set) var storage: [UInt8] = []

  init() {}

  init(_ fields: [(key: String, json: [UInt8])]) {
    var total = 0
    for f in fields { total += 8 + f.key.utf8.count + f.json.count }
    if total == 0 { return }
    storage = [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
      var at = 0
      for f in fields {
        var key = f.key
        key.withUTF8 { k in f.json.withUnsafeBufferPointer { j in at = Self.write(key: k, json: j, into: out, at: at) } }
      }
      initialized = at
    }
  }

  /// The fields `key` = `line[raw]` of `members` (a JSONL line's members
  /// other than `id` and `text`), put together in `scratch` (a parser's,
  /// grown as needed) and copied out at their size: an array made with
  /// room to write into goes through the generic allocation, which costs
  /// more than the copy.
  init(members: [(key: String, raw: Range<Int>)], line: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8]) {
    var total = 0
    for m in members { total += 8 + m.key.utf8.count + m.raw.count }
    if total == 0 { return }
    if scratch.count < total { scratch = [UInt8](repeating: 0, count: max(total, 2 * scratch.count)) }
    storage = scratch.withUnsafeMutableBufferPointer { out in
      var at = 0
      for m in members {
        let json = UnsafeBufferPointer(rebasing: line[m.raw])
        if let next = m.key.utf8.withContiguousStorageIfAvailable({ Self.write(key: $0, json: json, into: out, at: at) }) {
          at = next
        } else {
          var key = m.key
          at = key.withUTF8 { Self.write(key: $0, json: json, into: out, at: at) }
        }
      }
      return Array(UnsafeBufferPointer(rebasing: out[..<at]))
    }
  }

  /// Writes one field at `out[at...]` (room for it); returns where the
  /// next goes.
  private static func write(key: UnsafeBufferPointer<UInt8>, json: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
    let base = UnsafeMutableRawPointer(out.baseAddress! + at)
    base.storeBytes(of: UInt32(key.count).littleEndian, as: UInt32.self)
    (base + 4).storeBytes(of: UInt32(json.count).littleEndian, as: UInt32.self)
    var i = at + 8
    // (Keys and most values are a few bytes: no `memcpy` call.)
    if let k = key.baseAddress { copyBytes(k, count: key.count, to: out.baseAddress! + i) }
    i += key.count
    if let j = json.baseAddress { copyBytes(j, count: json.count, to: out.baseAddress! + i) }
    return i + json.count
  }

  var isEmpty: Bool { storage.isEmpty }

  /// Calls `body` with each field's key (UTF-8) and JSON text, in order.
  @inline(__always)
  func forEach(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
    storage.withUnsafeBufferPointer { p in
      guard let base = p.baseAddress else { return }
      var i = 0
      while i < p.count {
        let raw = UnsafeRawPointer(base + i)
        let keyCount = Int(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
        let jsonCount = Int(UInt32(littleEndian: (raw + 4).loadUnaligned(as: UInt32.self)))
        let key = UnsafeBufferPointer(start: base + i + 8, count: keyCount)
        let json = UnsafeBufferPointer(start: base + i + 8 + keyCount, count: jsonCount)
        body(key, json)
        i += 8 + keyCount + jsonCount
      }
    }
  }

  /// The fields as `Article.metadata` gives them.
  var fields: [(key: String, json: [UInt8])] {
    var out: [(key: String, json: [UInt8])] = []
    forEach { k, j in out.append((key: String(decoding: k, as: UTF8.self), json: Array(j))) }
    return out
  }
}
