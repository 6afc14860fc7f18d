/// The check for entries that repeat the term and category of an earlier
/// one (`LEX006`), by an open-addressing table of entry indices keyed by a
/// hash of the folded term: a plain term (`LexiconTerm.isPlain`, most of
/// them) is hashed in place, so no key is copied or kept; terms are
/// compared only when their hashes, categories and prefix flags are
/// equal (this runs at every start).
enum DuplicateTerms {
  /// Appends a `LEX006` error to `diagnostics` for each entry whose folded
  /// term, prefix flag and category equal an earlier entry's, naming the
  /// first one, in entry order. Returns, for each entry, whether its term
  /// is plain (`LexiconTerm.isPlain`), found on the way.
  @discardableResult
  static func check(_ entries: [LexiconEntry], into diagnostics: inout [Diagnostic]) -> [Bool] {
    var plain = [Bool](repeating: false, count: entries.count)
    var size = 16
    while size < entries.count * 2 { size <<= 1 }
    let mask = size - 1
    var slots = [Int32](repeating: -1, count: size)
    var hashes = [UInt64](repeating: 0, count: entries.count)
    var scratch = FoldScratch()
    var other = FoldScratch()
    entries.withUnsafeBufferPointer { all in
      slots.withUnsafeMutableBufferPointer { table in
        hashes.withUnsafeMutableBufferPointer { hashOf in
          for index in all.indices {
            let category = all[index].category
            let isPrefix = all[index].isPrefix
            // The layer and the flag in the hash; the category itself is
            // compared (a term in two categories of a layer shares a hash).
            let h = scratch.withKey(all[index].term) { Self.hash($0) } ^ UInt64(truncatingIfNeeded: category.layer << 1 | (isPrefix ? 1 : 0))
            hashOf[index] = h
            plain[index] = scratch.lastWasPlain
            var slot = Int(truncatingIfNeeded: h) & mask
            var first = -1
            while true {
              let e = Int(table[slot])
              if e < 0 { break }
              if hashOf[e] == h, all[e].category == category, all[e].isPrefix == isPrefix,
                scratch.withKey(all[index].term, { a in other.withKey(all[e].term) { b in a.elementsEqual(b) } })
              {
                first = e
                break
              }
              slot = (slot &+ 1) & mask
            }
            if first < 0 {
              table[slot] = Int32(index)
            } else {
              let entry = all[index]
              diagnostics.append(.error("LEX006", "duplicate term '\(entry.term)\(entry.isPrefix ? "*" : "")' in \(entry.category.rawValue) (first at \(all[first].origin))", file: entry.file, line: entry.line, column: 1))
            }
          }
        }
      }
    }
    return plain
  }

  /// Buffers for folding a term that is not plain.
  struct FoldScratch {
    private var key: [UInt8] = []
    private var ranges: [Range<Int>] = []
    /// Whether the term of the last `withKey` was plain.
    private(set) var lastWasPlain = false

    /// `body` of the folded key of `term` (`LexiconTerm.key`): a plain
    /// term's own bytes, else the key folded into these buffers.
    mutating func withKey<R>(_ term: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
      if let r = term.utf8.withContiguousStorageIfAvailable({ LexiconTerm.isPlain($0) ? body($0) : nil }), let r {
        lastWasPlain = true
        return r
      }
      lastWasPlain = false
      LexiconTerm.folded(term, key: &key, ranges: &ranges, notPlain: true)
      return key.withUnsafeBufferPointer(body)
    }
  }

  /// A multiplicative hash of the bytes, eight at a time.
  private static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let raw = UnsafeRawBufferPointer(p)
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
    var i = 0
    while i + 8 <= raw.count {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
      h ^= h >> 29
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < raw.count {
      tail |= UInt64(raw[i]) << shift
      shift += 8
      i += 1
    }
    h = (h ^ tail) &* 0x9E37_79B9_7F4A_7C15
    return h ^ (h >> 32)
  }
}
