import Foundation
import Parley

/// The word-lookup floor of issue #5, measured on the same file in the same
/// run: split the bytes into words, lowercase them, and look each up in an
/// open-addressing hash set of the built-in lexicon's one-word terms. No
/// tokens are kept, no rule runs and nothing is written but the hit count,
/// so no scorer can be faster than this loop; Parley's time over it says how
/// much the rest of the pipeline costs.
public struct LookupFloor: Sendable {
  /// One-word terms, lowercased, packed into one byte pool.
  private var pool: [UInt8] = []
  private var starts: [Int32] = []
  /// Slot → term index + 1 (0 = empty); the table is a power of two at
  /// most half full.
  private var slots: [Int32]
  private var mask: Int

  /// The set of `terms` that are one word (`isWordByte` only), lowercased.
  public init(terms: some Sequence<String>) {
    var seen = Set<[UInt8]>()
    var words: [[UInt8]] = []
    for term in terms {
      let bytes = Array(term.utf8).map(LookupFloor.lower)
      guard !bytes.isEmpty, bytes.allSatisfy(LookupFloor.isWordByte), seen.insert(bytes).inserted else { continue }
      words.append(bytes)
    }
    var size = 16
    while size < words.count * 2 { size *= 2 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
    for word in words {
      starts.append(Int32(pool.count))
      pool.append(contentsOf: word)
      let index = Int32(starts.count)
      var slot = Int(truncatingIfNeeded: LookupFloor.hash(word[...])) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = index
    }
    starts.append(Int32(pool.count))
  }

  /// The number of distinct one-word terms in the set.
  public var count: Int { starts.count - 1 }

  /// ASCII lowercase; other bytes as they are.
  @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }

  /// Letters, digits, apostrophe, hyphen, and every byte of a multi-byte
  /// UTF-8 character.
  @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
    (b | 0x20) &- 97 < 26 || b &- 48 < 10 || b == 39 || b == 45 || b >= 0x80
  }

  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// One FNV-1a step: `h` with the lowercased byte `b` mixed in.
  @inline(__always) static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

  /// FNV-1a over the lowercased bytes.
  static func hash(_ word: ArraySlice<UInt8>) -> UInt64 { word.reduce(seed, mix) }

  /// Reads `path` through a buffer of `bufferSize` bytes (1 MB) and
  /// returns (words, hits). A word cut by the end of the buffer moves to
  /// its front before the next read.
  public func scan(path: String, bufferSize: Int = 1 << 20) throws(FloorError) -> (words: Int, hits: Int) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw FloorError(description: "cannot read \(path)") }
    defer { close(fd) }
    // byte -> its lowercase form, or 0 when it ends a word: one load per
    // byte instead of a chain of range tests.
    var fold = [UInt8](repeating: 0, count: 256)
    for b in 0..<256 where LookupFloor.isWordByte(UInt8(b)) { fold[b] = LookupFloor.lower(UInt8(b)) }
    let capacity = max(64, bufferSize)
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    return try fold.withUnsafeBufferPointer { fold throws(FloorError) in
      try pool.withUnsafeBufferPointer { pool throws(FloorError) in
        try starts.withUnsafeBufferPointer { starts throws(FloorError) in
          try slots.withUnsafeBufferPointer { slots throws(FloorError) in
            let mask = self.mask
            /// Whether the `count` bytes at `word`, lowercased, are a term.
            func contains(_ word: UnsafeMutablePointer<UInt8>, count: Int, hash h: UInt64) -> Bool {
              var slot = Int(truncatingIfNeeded: h) & mask
              while true {
                let index = Int(slots[slot])
                if index == 0 { return false }
                let start = Int(starts[index - 1])
                if Int(starts[index]) - start == count {
                  var k = 0
                  while k < count, pool[start + k] == fold[Int(word[k])] { k += 1 }
                  if k == count { return true }
                }
                slot = (slot + 1) & mask
              }
            }
            var kept = 0
            var words = 0
            var hits = 0
            while true {
              let got = read(fd, buffer + kept, capacity - kept)
              guard got >= 0 else { throw FloorError(description: "cannot read \(path)") }
              let end = kept + got
              let last = got == 0
              kept = 0
              var i = 0
              while i < end {
                while i < end, fold[Int(buffer[i])] == 0 { i += 1 }
                let start = i
                var h = LookupFloor.seed
                while i < end {
                  let c = fold[Int(buffer[i])]
                  if c == 0 { break }
                  h = LookupFloor.mix(h, c)
                  i += 1
                }
                if i == end, !last, start < end, start > 0 {
                  kept = end - start
                  memmove(buffer, buffer + start, kept)
                  break
                }
                if start < i {
                  words += 1
                  if contains(buffer + start, count: i - start, hash: h) { hits += 1 }
                }
              }
              if last { break }
            }
            return (words, hits)
          }
        }
      }
    }
  }

  /// The child-process entry: loads the built-in lexicons, scans `path`
  /// and prints words, hits and the number of terms.
  public static func run(path: String) throws {
    let lexicons = try LexiconSet.builtin()
    let floor = LookupFloor(terms: lexicons.entries.lazy.map(\.term))
    let (words, hits) = try floor.scan(path: path)
    print(words, hits, floor.count)
  }
}

/// A file the floor cannot read.
public struct FloorError: Error, CustomStringConvertible {
  public var description: String
}
