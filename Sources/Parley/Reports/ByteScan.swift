/// Eight bytes at a time for the JSON reader and writer: whether a word
/// holds a byte that a JSON string cannot carry plainly.
enum ByteScan {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Some byte of `w` (eight bytes, any order) is a quote, a backslash or a
  /// control byte below 0x20, or with `delete` also 0x7F. A byte is zero in
  /// `w ^ c` where it equals `c`, and below 0x20 where subtracting 0x20
  /// borrows; a borrow only starts at such a byte, so a clean word is never
  /// flagged.
  @inline(__always)
  static func hasJSONSpecial(_ w: UInt64, delete: Bool) -> Bool {
    let q = w ^ (ones &* 0x22)
    let b = w ^ (ones &* 0x5C)
    var hits = ((q &- ones) & ~q) | ((b &- ones) & ~b) | ((w &- ones &* 0x20) & ~w)
    if delete {
      let d = w ^ (ones &* 0x7F)
      hits |= (d &- ones) & ~d
    }
    return hits & highs != 0
  }

  /// `hasJSONSpecial(_:delete: false)` of either of two words, in one test.
  @inline(__always)
  static func hasJSONSpecial(_ a: UInt64, _ b: UInt64) -> Bool {
    (hits(a) | hits(b)) & highs != 0
  }

  /// `hasJSONSpecial(_:delete:)` of either of two words, in one test.
  @inline(__always)
  static func hasJSONSpecial(_ a: UInt64, _ b: UInt64, delete: Bool) -> Bool {
    var hits = hits(a) | hits(b)
    if delete {
      let da = a ^ (ones &* 0x7F)
      let db = b ^ (ones &* 0x7F)
      hits |= ((da &- ones) & ~da) | ((db &- ones) & ~db)
    }
    return hits & highs != 0
  }

  /// The flag bits of `hasJSONSpecial` without 0x7F.
  @inline(__always)
  private static func hits(_ w: UInt64) -> UInt64 {
    let q = w ^ (ones &* 0x22)
    let b = w ^ (ones &* 0x5C)
    return ((q &- ones) & ~q) | ((b &- ones) & ~b) | ((w &- ones &* 0x20) & ~w)
  }
}
