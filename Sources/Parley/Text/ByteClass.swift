/// Byte-level character classes for news English. Works on raw UTF-8; the
/// few non-ASCII characters that matter (curly quotes, dashes, ellipsis,
/// non-breaking spaces) are recognised by their encoded bytes.
enum ByteClass: UInt8 {
  case space, letter, digit, upper, apostrophe, quote, terminal, hyphen, period, comma, other

  /// Class and encoded length of the character starting at `i`. `upper` is
  /// reported for ASCII capitals only (its `isLetter` is true).
  @inline(__always)
  static func at(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (ByteClass, Int) {
    let b = p[i]
    if b < 0x80 { return (ascii(b), 1) }
    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
    if i + length > end { return (.other, 1) }
    let scalar: UInt32
    switch length {
    case 2: scalar = UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
    case 3: scalar = UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
    case 4: scalar = UInt32(b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
    default: return (.other, 1)
    }
    return (classify(scalar), length)
  }

  static func classify(_ s: UInt32) -> ByteClass {
    switch s {
    case 0x2019: return .apostrophe  // ’ right single quote: apostrophe or closing quote
    case 0x2018, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2039, 0x203A: return .quote
    case 0x2026: return .terminal  // …
    case 0x2010, 0x2011: return .hyphen
    case 0x00A0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
    case 0x00A1...0x00BF, 0x00D7, 0x00F7, 0x2012...0x2017, 0x2020...0x2025, 0x2027, 0x2030...0x2BFF, 0x3001...0x303F, 0xFFFD:
      return .other
    default: return .letter
    }
  }

  /// The class of an ASCII byte (`c < 0x80`), computed rather than read
  /// from a table: a global table costs a lazy-initialization check on
  /// every read, and this runs for every byte of every article.
  @inline(__always)
  static func ascii(_ c: UInt8) -> ByteClass {
    if c &- 97 < 26 { return .letter }
    if c == 0x20 { return .space }
    if c &- 65 < 26 { return .upper }
    if c &- 48 < 10 { return .digit }
    switch c {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return .space
    case UInt8(ascii: "'"): return .apostrophe
    case UInt8(ascii: "\""), UInt8(ascii: "`"): return .quote
    case UInt8(ascii: "?"), UInt8(ascii: "!"): return .terminal
    case UInt8(ascii: "-"): return .hyphen
    case UInt8(ascii: "."): return .period
    case UInt8(ascii: ","): return .comma
    default: return .other
    }
  }

  /// The class of every byte as its raw value: `ascii(_:)` for bytes below
  /// 0x80, `multiByte` for the others (a lead or continuation byte, read
  /// with `at(_:_:_:)`). Hot loops fetch the table once per call (a global
  /// costs a once-check per read) and then index it with no branches.
  static let table: [UInt8] = (0..<256).map { $0 < 0x80 ? ascii(UInt8($0)).rawValue : multiByte }

  /// The table's mark for a byte of 0x80 or more.
  static let multiByte: UInt8 = 0xFF

  /// Whether a class raw value (from `table`) is a word character:
  /// `letter`, `digit` or `upper` (raw values 1, 2, 3).
  @inline(__always)
  static func isWordChar(raw c: UInt8) -> Bool { c &- 1 < 3 }

  @inline(__always) var isWordChar: Bool { self == .letter || self == .upper || self == .digit }
  @inline(__always) var isLetter: Bool { self == .letter || self == .upper }
}

@inline(__always)
func asciiLower(_ b: UInt8) -> UInt8 { (b &- 65) < 26 ? b | 0x20 : b }
