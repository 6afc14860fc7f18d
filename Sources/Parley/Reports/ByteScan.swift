/// Eight bytes at a time for the JSON reader and writer: whether a word
/// holds a byte that a JSON string cannot carry plainly.
enum ByteScan {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Some byte of `w` (eight bytes, any order) is a quote, a backslash or a
  /// control byte below 0x20, or with `delete` also 0x7F. A byte is zero in
  /// `w ^ c` where it equals `c`, and below 0x20 where subtracting 0x20
  /// borrows; a borrow only starts at such a byte, so a clean word is never
  /// flagged. Bytes of 0x80 and above also set the top bit of a difference;
  /// `c` being ASCII, `w ^ c` has the top bit where `w` has it, so one mask
  /// by `~w` at the end clears them all (not one mask a term).
  @inline(__always)
  static func hasJSONSpecial(_ w: UInt64, delete: Bool) -> Bool {
    hits(w, delete: delete) != 0
  }

  /// `hasJSONSpecial(_:delete: false)` of either of two words, in one test.
  @inline(__always)
  static func hasJSONSpecial(_ a: UInt64, _ b: UInt64) -> Bool {
    (hits(a, delete: false) | hits(b, delete: false)) != 0
  }

  /// `hasJSONSpecial(_:delete:)` of either of two words, in one test.
  @inline(__always)
  static func hasJSONSpecial(_ a: UInt64, _ b: UInt64, delete: Bool) -> Bool {
    (hits(a, delete: delete) | hits(b, delete: delete)) != 0
  }

  /// `hasJSONSpecial(_:delete: true)` of sixteen bytes at once, in vector
  /// registers: one compare per kind of byte (about half the instructions
  /// of the test on two words). (The constants' type is spelled out:
  /// inferred, the compares were made lane by lane.)
  @inline(__always)
  static func hasJSONSpecial(_ v: SIMD16<UInt8>) -> Bool {
    let w = unsafeBitCast(jsonSpecials(v), to: SIMD2<UInt64>.self)
    return w[0] | w[1] != 0
  }

  /// `hasJSONSpecial(_:)` of either of two vectors, in one test.
  @inline(__always)
  static func hasJSONSpecial(_ a: SIMD16<UInt8>, _ b: SIMD16<UInt8>) -> Bool {
    let w = unsafeBitCast(jsonSpecials(a) .| jsonSpecials(b), to: SIMD2<UInt64>.self)
    return w[0] | w[1] != 0
  }

  /// The bytes of `v` that `hasJSONSpecial(_:)` looks for, all ones.
  @inline(__always)
  private static func jsonSpecials(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
    (v .== SIMD16<UInt8>(repeating: 0x22)) .| (v .== SIMD16<UInt8>(repeating: 0x5C)) .| (v .== SIMD16<UInt8>(repeating: 0x7F)) .| (v .< SIMD16<UInt8>(repeating: 0x20))
  }

  /// The top bit of every byte that `hasJSONSpecial` looks for (and maybe
  /// of bytes after the first such one, where a borrow runs on).
  @inline(__always)
  private static func hits(_ w: UInt64, delete: Bool) -> UInt64 {
    var h = ((w ^ (ones &* 0x22)) &- ones) | ((w ^ (ones &* 0x5C)) &- ones) | (w &- ones &* 0x20)
    if delete { h |= (w ^ (ones &* 0x7F)) &- ones }
    return h & ~w & highs
  }
}
