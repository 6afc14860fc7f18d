/// The check for entries that repeat the term and category of an earlier
/// one (`LEX006`), by an open-addressing table over one byte array of the
/// entries' keys: no `Dictionary`, no array per key (this runs at every
/// start).
enum DuplicateTerms {
  /// Appends a `LEX006` error to `diagnostics` for each entry whose folded
  /// term, prefix flag and category equal an earlier entry's, naming the
  /// first one, in entry order.
  static func check(_ entries: [LexiconEntry], into diagnostics: inout [Diagnostic]) {
    var keys = KeyTable(capacity: entries.count)
    var scratch: [UInt8] = []
    var ranges: [Range<Int>] = []
    entries.withUnsafeBufferPointer { all in
      for index in all.indices {
        let first = keys.insert(term: all[index].term, category: all[index].category, isPrefix: all[index].isPrefix, value: Int32(index), scratch: &scratch, ranges: &ranges)
        if first != Int32(index) {
          let entry = all[index]
          diagnostics.append(.error("LEX006", "duplicate term '\(entry.term)\(entry.isPrefix ? "*" : "")' in \(entry.category.rawValue) (first at \(all[Int(first)].origin))", file: entry.file, line: entry.line, column: 1))
        }
      }
    }
  }

  /// Keys (a folded term, a category and a prefix flag) with the terms in
  /// one byte array, found by an open-addressing table of their hashes;
  /// the first value given for a key stays.
  struct KeyTable {
    private var bytes: [UInt8] = []
    /// Key `e` is `bytes[starts[e]..<starts[e + 1]]`, `categories[e]`,
    /// `prefixes[e]`.
    private var starts: [Int32] = [0]
    private var categories: [LexiconCategory] = []
    private var prefixes: [Bool] = []
    private var hashes: [UInt64] = []
    private var values: [Int32] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int) {
      var size = 16
      while size < capacity * 2 { size <<= 1 }
      slots = Array(repeating: -1, count: size)
      mask = size - 1
      bytes.reserveCapacity(capacity * 40)
      starts.reserveCapacity(capacity + 1)
      categories.reserveCapacity(capacity)
      prefixes.reserveCapacity(capacity)
      hashes.reserveCapacity(capacity)
      values.reserveCapacity(capacity)
    }

    /// Adds the key of `term`, `category`, `isPrefix` with `value` unless
    /// it is there; returns the key's value. `scratch` and `ranges` are
    /// buffers for folding a term that is not plain.
    mutating func insert(term: String, category: LexiconCategory, isPrefix: Bool, value: Int32, scratch: inout [UInt8], ranges: inout [Range<Int>]) -> Int32 {
      let from = bytes.count
      let plain: Bool? = term.utf8.withContiguousStorageIfAvailable { p in
        guard LexiconTerm.isPlain(p) else { return false }
        bytes.append(contentsOf: p)
        return true
      }
      if plain != true {
        LexiconTerm.folded(term, key: &scratch, ranges: &ranges)
        bytes.append(contentsOf: scratch)
      }
      let to = bytes.count
      // The category's layer and the flag in the hash; the category
      // itself is compared (a term in several categories of one layer
      // shares a hash).
      let h = bytes.withUnsafeBytes { Self.hash(UnsafeRawBufferPointer(rebasing: $0[from..<to])) } ^ UInt64(category.layer << 1 | (isPrefix ? 1 : 0))
      var slot = Int(truncatingIfNeeded: h) & mask
      while true {
        let e = Int(slots[slot])
        if e < 0 { break }
        if hashes[e] == h, categories[e] == category, prefixes[e] == isPrefix, bytes[Int(starts[e])..<Int(starts[e + 1])].elementsEqual(bytes[from..<to]) {
          bytes.removeSubrange(from..<to)
          return values[e]
        }
        slot = (slot &+ 1) & mask
      }
      if (values.count + 1) * 2 > slots.count {
        grow()
        slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
      }
      slots[slot] = Int32(values.count)
      starts.append(Int32(to))
      categories.append(category)
      prefixes.append(isPrefix)
      hashes.append(h)
      values.append(value)
      return value
    }

    private mutating func grow() {
      slots = Array(repeating: -1, count: slots.count * 2)
      mask = slots.count - 1
      for e in values.indices {
        var slot = Int(truncatingIfNeeded: hashes[e]) & mask
        while slots[slot] >= 0 { slot = (slot &+ 1) & mask }
        slots[slot] = Int32(e)
      }
    }

    /// A multiplicative hash of the bytes, eight at a time.
    private static func hash(_ p: UnsafeRawBufferPointer) -> UInt64 {
      var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(p.count)
      var i = 0
      while i + 8 <= p.count {
        h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        i += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while i < p.count {
        tail |= UInt64(p[i]) << shift
        shift += 8
        i += 1
      }
      h = (h ^ tail) &* 0x9E37_79B9_7F4A_7C15
      return h ^ (h >> 32)
    }
  }
}
