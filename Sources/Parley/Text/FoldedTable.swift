/// An open-addressing hash table from case-folded byte strings to `Int32`
/// values. Folding lower-cases ASCII and reads the curly apostrophes `’ ‘`
/// as `'`, so `Ukraine’s` and `ukraine's` are one key. Lookups hash the
/// bytes in place: no `String`, no allocation.
public struct FoldedTable: Sendable {
  private var slots: [Int32]  // index into `entries`, -1 = empty
  private var keyStarts: [Int32] = [0]
  private var keyBytes: [UInt8] = []
  private var values: [Int32] = []
  private var hashes: [UInt64] = []
  private var mask: Int

  public init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
    mask = size - 1
  }

  public var count: Int { values.count }

  /// Inserts `key` (folded here) with `value`; an existing key keeps its value,
  /// which is returned.
  @discardableResult
  public mutating func insert(_ key: some Collection<UInt8>, value: Int32) -> Int32 {
    let folded = Self.fold(Array(key))
    return folded.withUnsafeBufferPointer { insert(folded: $0, 0..<$0.count, value: value) }
  }

  /// `insert(_:value:)` for a key `p[range]` that is already folded.
  @discardableResult
  mutating func insert(folded p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, value: Int32) -> Int32 {
    let h = Self.hash(p, range)
    if let existing = lookup(p, range, hash: h) { return existing }
    if (values.count + 1) * 2 > slots.count { grow() }
    keyBytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[range]))
    keyStarts.append(Int32(keyBytes.count))
    values.append(value)
    hashes.append(h)
    place(Int32(values.count - 1), hash: h)
    return value
  }

  /// The value stored for the folded form of `p[range]`, if any.
  @inline(__always)
  public func lookup(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32? {
    lookup(p, range, hash: Self.hash(p, range))
  }

  /// `lookup(_:_:)` with the key's hash already computed.
  @inline(__always)
  private func lookup(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash h: UInt64) -> Int32? {
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let e = slots[slot]
      if e < 0 { return nil }
      if hashes[Int(e)] == h, equals(Int(e), p, range) { return values[Int(e)] }
      slot = (slot + 1) & mask
    }
  }

  public func lookup(_ string: String) -> Int32? {
    var s = string
    return s.withUTF8 { lookup($0, 0..<$0.count) }
  }

  private func equals(_ e: Int, _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var k = Int(keyStarts[e])
    let kEnd = Int(keyStarts[e + 1])
    var i = range.lowerBound
    while i < range.upperBound {
      let (b, width) = Self.foldedByte(p, i, range.upperBound)
      if k >= kEnd || keyBytes[k] != b { return false }
      k += 1
      i += width
    }
    return k == kEnd
  }

  private mutating func place(_ entry: Int32, hash: UInt64) {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = entry
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    mask = slots.count - 1
    for e in 0..<values.count { place(Int32(e), hash: hashes[e]) }
  }

  /// The folded byte at `i` and how many input bytes it consumed.
  @inline(__always)
  static func foldedByte(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt8, Int) {
    let b = p[i]
    if b == 0xE2, i + 2 < end, p[i + 1] == 0x80, p[i + 2] == 0x98 || p[i + 2] == 0x99 {
      return (UInt8(ascii: "'"), 3)
    }
    return (asciiLower(b), 1)
  }

  /// The folded bytes (`foldedByte`) of the `n` (1...16) bytes at `raw`
  /// (16 readable), little-endian in two words, zero past the key; nil
  /// when one of them is not ASCII (a curly apostrophe folds to `'`: those
  /// keys go byte by byte). Capitals are found in all eight lanes at once (bit 7 of a lane
  /// set where the byte is 0x41...0x5A) and folded by setting their bit 5,
  /// as `asciiLower` does.
  @inline(__always)
  static func foldedASCII(_ raw: UnsafeRawPointer, _ n: Int) -> (UInt64, UInt64)? {
    let l = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    let h = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    // (`n` is 1...16: no shift reaches 64.)
    let low = n >= 8 ? l : l & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* n))
    let high = n <= 8 ? 0 : h & (UInt64.max &>> UInt64(truncatingIfNeeded: 128 &- 8 &* n))
    let highs: UInt64 = 0x8080_8080_8080_8080
    if (low | high) & highs != 0 { return nil }
    let ones: UInt64 = 0x0101_0101_0101_0101
    // (Every lane is below 0x80: a sum stays in its lane.)
    let upperLow = (low &+ 0x3F &* ones) & ~(low &+ 0x25 &* ones) & highs
    let upperHigh = (high &+ 0x3F &* ones) & ~(high &+ 0x25 &* ones) & highs
    return (low | upperLow &>> 2, high | upperHigh &>> 2)
  }

  /// FNV-1a over the `n` (1...16) folded bytes held in `low` and `high`
  /// (`foldedASCII`): `hash`'s value for the key, from registers.
  @inline(__always)
  static func hashPacked(_ low: UInt64, _ high: UInt64, _ n: Int) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var w = low
    var k = min(n, 8)
    while k > 0 {
      h = (h ^ (w & 0xFF)) &* 0x100_0000_01b3
      w &>>= 8
      k &-= 1
    }
    w = high
    k = n &- 8
    while k > 0 {
      h = (h ^ (w & 0xFF)) &* 0x100_0000_01b3
      w &>>= 8
      k &-= 1
    }
    return h
  }

  /// FNV-1a over the folded bytes.
  @inline(__always)
  static func hash(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var i = range.lowerBound
    while i < range.upperBound {
      let (b, width) = foldedByte(p, i, range.upperBound)
      h = (h ^ UInt64(b)) &* 0x100_0000_01b3
      i += width
    }
    return h
  }

  /// The folded form of `bytes`.
  public static func fold(_ bytes: [UInt8]) -> [UInt8] {
    bytes.withUnsafeBufferPointer { p in
      var out: [UInt8] = []
      out.reserveCapacity(p.count)
      var i = 0
      while i < p.count {
        let (b, width) = foldedByte(p, i, p.count)
        out.append(b)
        i += width
      }
      return out
    }
  }
}
