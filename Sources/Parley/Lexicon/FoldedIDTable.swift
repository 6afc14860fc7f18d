/// Folded keys and their ids in raw memory, written once (`Builder`) and
/// only read after: what `FoldedTable` holds, in a form that a copy for
/// another thread (`PhraseMatcher.deepCopy`) makes with a few `memcpy`s.
/// Keys are folded, hashed and compared as `FoldedTable` does
/// (`FoldedTable.hash`, `FoldedTable.foldedByte`), so for the same keys
/// and values a lookup answers as `FoldedTable.lookup` would.
final class FoldedIDTable: @unchecked Sendable {
  /// Index into the key arrays, -1 = empty; `mask + 1` of them.
  private let slots: UnsafeMutablePointer<Int32>
  private let mask: Int
  /// Key `e` is `keyBytes[keyStarts[e]..<keyStarts[e + 1]]`, its value
  /// `values[e]`, its hash `hashes[e]`. The key bytes are followed by
  /// `keySlack` zero bytes, so that 16 bytes can be read from any key's
  /// start (`packedEquals`).
  private let keyStarts: UnsafeMutablePointer<Int32>
  private let keyBytes: UnsafeMutablePointer<UInt8>
  private let values: UnsafeMutablePointer<Int32>
  private let hashes: UnsafeMutablePointer<UInt64>
  /// The number of keys.
  let count: Int
  private let byteCount: Int

  /// Takes over memory that a `Builder` (or `deepCopy`) allocated.
  fileprivate init(slots: UnsafeMutablePointer<Int32>, mask: Int, keyStarts: UnsafeMutablePointer<Int32>, keyBytes: UnsafeMutablePointer<UInt8>, values: UnsafeMutablePointer<Int32>, hashes: UnsafeMutablePointer<UInt64>, count: Int, byteCount: Int) {
    (self.slots, self.mask, self.keyStarts, self.keyBytes) = (slots, mask, keyStarts, keyBytes)
    (self.values, self.hashes, self.count, self.byteCount) = (values, hashes, count, byteCount)
  }

  /// The same table in memory of its own.
  func deepCopy() -> FoldedIDTable {
    FoldedIDTable(
      slots: .copied(slots, mask + 1), mask: mask, keyStarts: .copied(keyStarts, count + 1), keyBytes: .copied(keyBytes, byteCount + Self.keySlack),
      values: .copied(values, count), hashes: .copied(hashes, count), count: count, byteCount: byteCount)
  }

  deinit {
    slots.deallocate()
    keyStarts.deallocate()
    keyBytes.deallocate()
    values.deallocate()
    hashes.deallocate()
  }

  /// Zero bytes after the last key's (see `keyBytes`).
  static let keySlack = 16

  /// The value of the folded form of `p[range]`, if it is a key. A key of
  /// 1 to 16 ASCII bytes with 16 bytes from its start in `p` (most words)
  /// is folded, hashed and compared from two registers
  /// (`FoldedTable.foldedASCII`): the same answer as byte by byte.
  @inline(__always)
  func lookup(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32? {
    let n = range.count
    if UInt(bitPattern: n &- 1) < 16, let base = p.baseAddress, range.lowerBound &+ 16 <= p.count,
      let (low, high) = FoldedTable.foldedASCII(UnsafeRawPointer(base + range.lowerBound), n)
    {
      let h = FoldedTable.hashPacked(low, high, n)
      var slot = Int(truncatingIfNeeded: h) & mask
      while true {
        let e = Int(slots[slot])
        if e < 0 { return nil }
        if hashes[e] == h, Self.packedEquals(keyStarts, keyBytes, e, low, high, n) { return values[e] }
        slot = (slot &+ 1) & mask
      }
    }
    let h = FoldedTable.hash(p, range)
    let (_, e) = Self.probe(h, slots, mask, hashes, keyStarts, keyBytes, p, range)
    return e >= 0 ? values[e] : nil
  }

  /// Whether key `e` is the `n` (1...16) folded bytes in `low` and `high`
  /// (zero past the key): its length, then its bytes by two loads (the
  /// slack after the keys makes them safe), masked to the key.
  @inline(__always)
  private static func packedEquals(_ keyStarts: UnsafeMutablePointer<Int32>, _ keyBytes: UnsafeMutablePointer<UInt8>, _ e: Int, _ low: UInt64, _ high: UInt64, _ n: Int) -> Bool {
    let k = Int(keyStarts[e])
    guard Int(keyStarts[e &+ 1]) &- k == n else { return false }
    let raw = UnsafeRawPointer(keyBytes + k)
    let l = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    if n <= 8 { return l & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* n)) == low }
    let h = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    return l == low && h & (UInt64.max &>> UInt64(truncatingIfNeeded: 128 &- 8 &* n)) == high
  }

  /// The slot of the key `p[range]` (hash `h`) and its index, or the empty
  /// slot where it would go and -1.
  @inline(__always)
  fileprivate static func probe(
    _ h: UInt64, _ slots: UnsafeMutablePointer<Int32>, _ mask: Int, _ hashes: UnsafeMutablePointer<UInt64>, _ keyStarts: UnsafeMutablePointer<Int32>,
    _ keyBytes: UnsafeMutablePointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> (slot: Int, index: Int) {
    probe(h, slots, mask, hashes) { equals(keyStarts, keyBytes, $0, p, range) }
  }

  /// The linear probe both lookups share: the first slot from `h` that is
  /// empty (index -1) or holds a key of hash `h` that `isKey` accepts.
  @inline(__always)
  fileprivate static func probe(_ h: UInt64, _ slots: UnsafeMutablePointer<Int32>, _ mask: Int, _ hashes: UnsafeMutablePointer<UInt64>, isKey: (Int) -> Bool) -> (slot: Int, index: Int) {
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let e = Int(slots[slot])
      if e < 0 { return (slot, -1) }
      if hashes[e] == h, isKey(e) { return (slot, e) }
      slot = (slot &+ 1) & mask
    }
  }

  /// `FoldedTable.hash(p, range)` when folding changes no byte of
  /// `p[range]` (every one ASCII and no capital: `FoldedTable.foldedByte`
  /// then gives each byte as it is, one at a time); nil for any other key.
  @inline(__always)
  static func unfoldedHash(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64? {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var i = range.lowerBound
    while i < range.upperBound {
      let b = p[i]
      if b >= 0x80 || b &- 65 < 26 { return nil }
      h = (h ^ UInt64(b)) &* 0x100_0000_01b3
      i &+= 1
    }
    return h
  }

  /// `probe` for a key that folding leaves as it is (`unfoldedHash`): the
  /// keys compared byte for byte, as `equals` compares them then.
  @inline(__always)
  fileprivate static func probeUnfolded(
    _ h: UInt64, _ slots: UnsafeMutablePointer<Int32>, _ mask: Int, _ hashes: UnsafeMutablePointer<UInt64>, _ keyStarts: UnsafeMutablePointer<Int32>,
    _ keyBytes: UnsafeMutablePointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> (slot: Int, index: Int) {
    probe(h, slots, mask, hashes) { sameBytes(keyStarts, keyBytes, $0, p, range) }
  }

  /// Whether key `e` is the bytes of `p[range]` as they are.
  @inline(__always)
  fileprivate static func sameBytes(_ keyStarts: UnsafeMutablePointer<Int32>, _ keyBytes: UnsafeMutablePointer<UInt8>, _ e: Int, _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let k = Int(keyStarts[e])
    let n = range.count
    guard Int(keyStarts[e &+ 1]) &- k == n else { return false }
    var i = 0
    while i < n {
      if keyBytes[k &+ i] != p[range.lowerBound &+ i] { return false }
      i &+= 1
    }
    return true
  }

  /// Whether key `e` is the folded form of `p[range]`.
  fileprivate static func equals(_ keyStarts: UnsafeMutablePointer<Int32>, _ keyBytes: UnsafeMutablePointer<UInt8>, _ e: Int, _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var k = Int(keyStarts[e])
    let kEnd = Int(keyStarts[e + 1])
    var i = range.lowerBound
    while i < range.upperBound {
      let (b, width) = FoldedTable.foldedByte(p, i, range.upperBound)
      if k >= kEnd || keyBytes[k] != b { return false }
      k += 1
      i += width
    }
    return k == kEnd
  }

  /// Collects distinct keys and their values in raw memory (the first
  /// value given for a key stays, as in `FoldedTable.insert`); `build()`
  /// hands the memory to the table.
  struct Builder: ~Copyable {
    private var slots: UnsafeMutablePointer<Int32>
    private var mask: Int
    private var keyStarts: UnsafeMutablePointer<Int32>
    private var keyBytes: UnsafeMutablePointer<UInt8>
    private var values: UnsafeMutablePointer<Int32>
    private var hashes: UnsafeMutablePointer<UInt64>
    private var count = 0
    private var keyCapacity: Int
    private var byteCount = 0
    private var byteCapacity: Int

    /// Room for `capacity` keys before the slots grow.
    init(capacity: Int) {
      var size = 16
      while size < capacity * 2 { size <<= 1 }
      mask = size - 1
      slots = .allocate(capacity: size)
      slots.initialize(repeating: -1, count: size)
      keyCapacity = max(1, capacity)
      keyStarts = .allocate(capacity: keyCapacity + 1)
      keyStarts[0] = 0
      values = .allocate(capacity: keyCapacity)
      hashes = .allocate(capacity: keyCapacity)
      byteCapacity = keyCapacity * 8
      // (The slack is zeroed by `build()`, after the last key.)
      keyBytes = .allocate(capacity: byteCapacity + FoldedIDTable.keySlack)
    }

    /// Adds the key `p[range]` (already folded) with `value`, unless it is
    /// there; returns the key's value.
    mutating func insert(folded p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, value: Int32) -> Int32 {
      // A key of ASCII bytes without capitals (most terms' words) folds to
      // itself: hashed and compared byte for byte, nothing folded.
      let h: UInt64
      let found: (slot: Int, index: Int)
      if let unfolded = FoldedIDTable.unfoldedHash(p, range) {
        h = unfolded
        found = FoldedIDTable.probeUnfolded(h, slots, mask, hashes, keyStarts, keyBytes, p, range)
      } else {
        h = FoldedTable.hash(p, range)
        found = FoldedIDTable.probe(h, slots, mask, hashes, keyStarts, keyBytes, p, range)
      }
      if found.index >= 0 { return values[found.index] }
      var slot = found.slot
      if (count + 1) * 2 > mask + 1 {
        growSlots()
        slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
      }
      if count == keyCapacity { growKeys() }
      let length = range.count
      if byteCount + length > byteCapacity { growBytes(byteCount + length) }
      let to = keyBytes + byteCount
      var i = 0
      while i < length {
        to[i] = p[range.lowerBound &+ i]
        i &+= 1
      }
      byteCount += length
      keyStarts[count + 1] = Int32(byteCount)
      values[count] = value
      hashes[count] = h
      slots[slot] = Int32(count)
      count += 1
      return value
    }

    private mutating func growSlots() {
      let size = (mask + 1) * 2
      slots.deallocate()
      slots = .allocate(capacity: size)
      slots.initialize(repeating: -1, count: size)
      mask = size - 1
      for e in 0..<count {
        var slot = Int(truncatingIfNeeded: hashes[e]) & mask
        while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
        slots[slot] = Int32(e)
      }
    }

    private mutating func growKeys() {
      let capacity = keyCapacity * 2
      keyStarts = .moved(keyStarts, count + 1, capacity + 1)
      values = .moved(values, count, capacity)
      hashes = .moved(hashes, count, capacity)
      keyCapacity = capacity
    }

    // (Out of line: it runs a few times a build, and inlined it grew the
    // matcher's build past what the optimizer inlines into it.)
    @inline(never)
    private mutating func growBytes(_ needed: Int) {
      var capacity = byteCapacity * 2
      while capacity < needed { capacity *= 2 }
      keyBytes = .moved(keyBytes, byteCount, capacity + FoldedIDTable.keySlack)
      byteCapacity = capacity
    }

    /// The table of the keys inserted.
    consuming func build() -> FoldedIDTable {
      (keyBytes + byteCount).initialize(repeating: 0, count: FoldedIDTable.keySlack)
      let table = FoldedIDTable(slots: slots, mask: mask, keyStarts: keyStarts, keyBytes: keyBytes, values: values, hashes: hashes, count: count, byteCount: byteCount)
      discard self
      return table
    }

    deinit {
      slots.deallocate()
      keyStarts.deallocate()
      keyBytes.deallocate()
      values.deallocate()
      hashes.deallocate()
    }
  }
}

extension UnsafeMutablePointer {
  /// New memory holding `count` elements copied from `source` (room for
  /// one at least).
  static func copied(_ source: UnsafeMutablePointer<Pointee>, _ count: Int) -> UnsafeMutablePointer<Pointee> {
    let p = UnsafeMutablePointer<Pointee>.allocate(capacity: Swift.max(1, count))
    p.initialize(from: source, count: count)
    return p
  }

  /// New memory of `capacity` elements with the first `count` of
  /// `source` moved in; `source` freed.
  fileprivate static func moved(_ source: UnsafeMutablePointer<Pointee>, _ count: Int, _ capacity: Int) -> UnsafeMutablePointer<Pointee> {
    let p = UnsafeMutablePointer<Pointee>.allocate(capacity: capacity)
    p.moveInitialize(from: source, count: count)
    source.deallocate()
    return p
  }
}
