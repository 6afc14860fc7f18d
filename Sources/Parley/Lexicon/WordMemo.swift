/// What Parley derives from a word token's bytes alone, remembered from
/// document to document: the matcher's exact and prefix ids, the layers that
/// may start there, and 32 bits of facts of the caller's (attribution keeps
/// its shape flags and function-word class there). A news corpus repeats a
/// few thousand words most of the time, so one lookup here replaces three
/// hash lookups and a byte loop per word.
///
/// Keys are the raw bytes (case matters for the shape) of words of up to
/// 16 bytes, packed into two integers; longer words are not kept. The table
/// is open-addressed, grows from small to `maxCount` entries and is emptied
/// when full, so it stays under about 3 MB; every value is a function of
/// the key, so emptying it never changes a result. One memo per thread:
/// it is a value that each worker owns. The slots lie in memory aligned
/// to a cache line (`Slots`): a probe that finds its entry reads one line.
struct WordMemo: Sendable {
  struct Entry: Sendable {
    /// Bytes 0–7 and 8–15 of the word, little-endian, zero-padded.
    var low: UInt64 = 0
    var high: UInt64 = 0
    /// The exact and prefix ids, copied whole into `TokenIDs.rows`.
    var ids = TokenIDs.Row()
    var facts: UInt32 = 0
    /// The key's length in bytes, with `nonWordTag` set for a token that
    /// is not a word; 0 marks an empty slot. (32 bytes an entry: two to a
    /// cache line.)
    var length: UInt8 = 0
    /// The start layers, flagged `PhraseMatcher.checkNext` where a start
    /// may be dropped (`MatcherTables.flagged`).
    var starts: UInt8 = 0

    init(low: UInt64 = 0, high: UInt64 = 0, length: UInt8 = 0) {
      self.low = low
      self.high = high
      self.length = length
    }

    var exact: Int32 {
      get { ids.exact }
      set { ids.exact = newValue }
    }

    var prefix: Int32 {
      get { ids.prefix }
      set { ids.prefix = newValue }
    }
  }

  /// Longest word kept, in bytes.
  static let maxLength = 16
  /// Set in `Entry.length` for tokens that are not words (numbers,
  /// punctuation, quotes): the same bytes may be a word elsewhere, with
  /// other values.
  static let nonWordTag: UInt8 = 0x80
  /// Entries at most; at that count the table is emptied.
  let maxCount: Int
  private var slots: Slots
  private(set) var count = 0
  private var mask: Int

  init(maxCount: Int = 1 << 15, initialSlots: Int = 1024) {
    var size = 16
    while size < initialSlots { size <<= 1 }
    self.maxCount = max(1, maxCount)
    slots = Slots(count: size)
    mask = size - 1
  }

  /// The packed key of `p[range]` (at most `maxLength` bytes).
  @inline(__always)
  static func key(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64) {
    let n = range.count
    if let base = p.baseAddress, range.lowerBound + 16 <= p.count {
      // Two unaligned loads, the bytes past the word masked off.
      let raw = UnsafeRawPointer(base + range.lowerBound)
      let l = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
      let h = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
      // (Masking shifts: `n` is 1...16 here, so no shift reaches 64.)
      let low = n >= 8 ? l : l & ((1 &<< UInt64(truncatingIfNeeded: 8 &* n)) &- 1)
      let high = n <= 8 ? 0 : (n >= 16 ? h : h & ((1 &<< UInt64(truncatingIfNeeded: 8 &* (n &- 8))) &- 1))
      return (low, high)
    }
    var low: UInt64 = 0
    var high: UInt64 = 0
    var shift: UInt64 = 0
    var i = range.lowerBound
    let mid = min(range.upperBound, i + 8)
    while i < mid {
      low |= UInt64(p[i]) << shift
      shift &+= 8
      i += 1
    }
    shift = 0
    while i < range.upperBound {
      high |= UInt64(p[i]) << shift
      shift &+= 8
      i += 1
    }
    return (low, high)
  }

  /// The home slot of a key in a table of `mask + 1` slots: multiplicative
  /// hashing, the product's bits from 40 up. For a
  /// word of up to eight bytes (`high` is 0) it is one add, one multiply, a
  /// shift by a constant and a mask (`PhraseMatcher.shortIDs`; a shift by
  /// the table's size would need the register that the key's length mask
  /// needs too). Both multiplies use one constant, so that `shortIDs`
  /// keeps one 64-bit constant in a register, not two (the register freed
  /// holds an output base it reloaded for every token). Tables of more
  /// than 2^24 slots use only the first 2^24 as homes: still correct,
  /// with longer probes.
  @inline(__always)
  static func slot(_ low: UInt64, _ high: UInt64, _ length: UInt8, mask: Int) -> Int {
    let h = (low &+ high &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: h &>> 40) & mask
  }

  /// The kept entry of the key `(low, high)` (`key(_:_:)`) and `length`
  /// (with its tag), or nil; `home` is its `slot`, and `slots` and `mask`
  /// are this memo's (`withSlots`). The probe of
  /// `entry(_:_:tag:make:)` for a caller that loads the key itself (and
  /// hashes a short key without its high half), without a copy of the entry.
  @inline(__always)
  static func find(_ low: UInt64, _ high: UInt64, length: UInt8, home: Int, in slots: UnsafePointer<Entry>, mask: Int) -> UnsafePointer<Entry>? {
    var s = home
    while true {
      let e = slots + s
      if e.pointee.low == low && e.pointee.high == high && e.pointee.length == length { return e }
      if e.pointee.length == 0 { return nil }
      s = (s &+ 1) & mask
    }
  }

  /// Calls `body` with the slots and their mask, for `find`.
  @inline(__always)
  func withSlots<R>(_ body: (UnsafePointer<Entry>, Int) -> R) -> R {
    withExtendedLifetime(slots) { body(UnsafePointer(slots.base), mask) }
  }

  /// The entry of `p[range]` (with `tag` in its length: 0 for a word,
  /// `nonWordTag` for another token): found, or made by `make` (which
  /// fills `exact`, `prefix`, `starts` and `facts`) and kept. Tokens longer
  /// than `maxLength` are made and not kept. With `absent`, the caller
  /// knows the memo does not hold the token (`PhraseMatcher.shortIDs`
  /// stopped at it): it is made and kept without a probe for it first.
  @inline(__always)
  mutating func entry(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, tag: UInt8 = 0, absent: Bool = false, make: (inout Entry) -> Void) -> Entry {
    let length = range.count
    if length == 0 || length > Self.maxLength {
      var e = Entry()
      make(&e)
      return e
    }
    let (low, high) = Self.key(p, range)
    let n = UInt8(length) | tag
    let home = Self.slot(low, high, n, mask: mask)
    if !absent, let hit = withSlots({ Self.find(low, high, length: n, home: home, in: $0, mask: $1)?.pointee }) { return hit }
    var e = Entry(low: low, high: high, length: n)
    make(&e)
    if count >= maxCount {
      // Full: start again (every value is recomputed the same way).
      if isKnownUniquelyReferenced(&slots) {
        slots.base.update(repeating: Entry(), count: slots.count)
      } else {
        slots = Slots(count: slots.count)
      }
      count = 0
    } else if (count + 1) * 2 > slots.count {
      grow()
    } else if !isKnownUniquelyReferenced(&slots) {
      // (A copy of this memo shares the slots: they are copied first.)
      slots = Slots(copying: slots)
    }
    slots.insert(e, home: Self.slot(low, high, n, mask: mask), mask: mask)
    count += 1
    return e
  }

  private mutating func grow() {
    let old = slots
    slots = Slots(count: old.count * 2)
    mask = slots.count - 1
    for i in 0..<old.count where old.base[i].length != 0 {
      let e = old.base[i]
      slots.insert(e, home: Self.slot(e.low, e.high, e.length, mask: mask), mask: mask)
    }
  }

  /// The slots, in memory of their own aligned to a cache line (64 bytes):
  /// an entry (32 bytes) then never straddles two lines, as half of them
  /// did in an array (whose elements start 32 bytes into a block that
  /// `malloc` aligns to 16), so that a probe read two lines. Shared by
  /// copies of a memo until one changes them (`entry` copies them first).
  final class Slots: @unchecked Sendable {
    // (Sendable: written only through a memo that holds the only
    // reference, `isKnownUniquelyReferenced`.)
    let base: UnsafeMutablePointer<Entry>
    let count: Int

    /// `count` empty slots.
    init(count: Int) {
      self.count = count
      base = .allocateAligned(count)
      base.initialize(repeating: Entry(), count: count)
    }

    /// A copy of `other`'s slots.
    init(copying other: Slots) {
      count = other.count
      base = .allocateAligned(count)
      base.initialize(from: other.base, count: count)
    }

    deinit { base.deallocate() }

    /// Puts `e` in the first empty slot from `home` on.
    func insert(_ e: Entry, home: Int, mask: Int) {
      var s = home
      while base[s].length != 0 { s = (s &+ 1) & mask }
      base[s] = e
    }
  }
}
