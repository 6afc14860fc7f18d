// The tokenizer and byte classes as they were before the table-driven
// tokenizer (speed round 4), kept verbatim as the reference that the fast
// tokenizer is checked against (`TokenizerEquivalenceTests`).

@testable import Parley

/// Splits UTF-8 text into tokens for news English.
///
/// - Words keep inner hyphens (`well-known`, `24-hour`) and non-clitic
///   apostrophes (`O'Brien`); initialisms stay whole (`U.S.`, `e.g.`).
/// - Numbers keep decimals and thousands separators (`20.5`, `1,000`).
/// - Contractions and possessives split off their clitic: `don't` → `do`
///   `n't`, `Ukraine’s` → `Ukraine` `’s`.
/// - `...` and `…` are one terminal token; runs of `?`/`!` are one token.
///
/// It never allocates per token and never fails: any byte sequence yields
/// tokens that, with the whitespace between them, rebuild the input.
enum ReferenceTokenizer {
  /// Appends the tokens of `p[range]` to `tokens`.
  static func tokenize(_ p: UnsafeBufferPointer<UInt8>, range: Range<Int>, into tokens: inout [Token]) {
    var i = range.lowerBound
    let end = range.upperBound
    var spaceBefore = true
    while i < end {
      let (cls, len) = ReferenceByteClass.at(p, i, end)
      if cls == .space {
        spaceBefore = true
        i += len
        continue
      }
      let start = i
      var kind: TokenKind
      switch cls {
      case .letter, .upper, .digit:
        kind = cls == .digit ? .number : .word
        i = scanWord(p, from: i, end: end)
      case .apostrophe:
        // A clitic after a word (`Ukraine’s`) was split off by scanWord and
        // starts here; elsewhere an apostrophe is a quotation mark.
        if let cliticEnd = clitic(p, at: i, end: end, afterLetter: !spaceBefore && start > range.lowerBound) {
          kind = .clitic
          i = cliticEnd
        } else {
          kind = .quote
          i += len
        }
      case .quote:
        kind = .quote
        i += len
      case .terminal, .period:
        kind = .terminal
        if cls == .period {
          var j = i
          while j < end, p[j] == UInt8(ascii: ".") { j += 1 }
          // "." or "..." (an ellipsis); a pair ".." is read as one terminal too.
          i = j
        } else {
          i += len
          while i < end {
            let (c2, l2) = ReferenceByteClass.at(p, i, end)
            if c2 == .terminal && p[i] < 0x80 { i += l2 } else { break }
          }
        }
      case .hyphen:
        kind = .punctuation
        i += len
        while i < end, p[i] == UInt8(ascii: "-") { i += 1 }  // "--" as a dash
      default:
        kind = .punctuation
        i += len
      }
      if kind == .word, p[start] == UInt8(ascii: "n") || p[start] == UInt8(ascii: "N"),
        let e = clitic(p, at: start, end: end, afterLetter: !spaceBefore), e == i
      {
        kind = .clitic
      }
      let upper = p[start] &- 65 < 26
      tokens.append(Token(start: Int32(start), end: Int32(i), kind: kind, isCapitalized: upper, spaceBefore: spaceBefore))
      spaceBefore = false
    }
  }

  /// Scans a word or number starting at `i`; returns its end.
  static func scanWord(_ p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
    // Initialisms: letter, period, letter, period, ...  (U.S., e.g., a.m.)
    // (An initialism has a period second: most words are not looked at.)
    var i = start
    var lastWordChar = start
    if start + 1 < end, p[start + 1] == UInt8(ascii: "."), let e = initialismEnd(p, from: start, end: end) {
      // (Added in session 44: an initialism joined by a hyphen to a word
      // runs on as a word, `U.N.-backed`.)
      guard e + 1 < end, p[e] == UInt8(ascii: "-"), ReferenceByteClass.at(p, e + 1, end).0.isWordChar else { return e }
      i = e
      lastWordChar = e - 1
    }
    while i < end {
      let (cls, len) = ReferenceByteClass.at(p, i, end)
      if cls.isWordChar {
        lastWordChar = i
        i += len
        continue
      }
      let prevDigit = i > start && p[lastWordChar] &- 48 < 10
      switch cls {
      case .hyphen:
        if i + len < end, ReferenceByteClass.at(p, i + len, end).0.isWordChar { i += len; continue }
      case .period:
        if prevDigit, i + 1 < end, p[i + 1] &- 48 < 10 { i += 1; continue }
        // (Added in session 34 with the tokenizer's rule: a web address's
        // ending, two to four lower-case ASCII letters that end the word,
        // after a word of two bytes or more: `Booking.com`.)
        if !prevDigit, i - start >= 2 {
          var j = i + 1
          while j < end, j - i <= 4, p[j] >= UInt8(ascii: "a"), p[j] <= UInt8(ascii: "z") { j += 1 }
          let letters = j - i - 1
          let ends = j >= end || (p[j] < 0x80 && !ReferenceByteClass.at(p, j, end).0.isWordChar)
          if letters >= 2, letters <= 4, ends {
            i = j
            lastWordChar = j - 1
            continue
          }
        }
      case .comma:
        // Thousands separator: exactly three digits follow, then no digit.
        if prevDigit, isThousandsGroup(p, at: i + 1, end: end) { i += 1; continue }
      case .apostrophe:
        if i + len < end, ReferenceByteClass.at(p, i + len, end).0.isLetter {
          // Stop before a clitic: `'s`, `'re`, `n't` ...
          if clitic(p, at: i, end: end, afterLetter: true) != nil { return i }
          if i - 1 >= start, p[i - 1] | 0x20 == UInt8(ascii: "n"), i - 1 > start,
            clitic(p, at: i - 1, end: end, afterLetter: true) != nil
          {
            return i - 1
          }
          i += len
          continue
        }
      default:
        break
      }
      break
    }
    return i
  }

  static func isThousandsGroup(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
    guard i + 3 <= end else { return false }
    for k in 0..<3 where p[i + k] &- 48 >= 10 { return false }
    return i + 3 == end || p[i + 3] &- 48 >= 10
  }

  static func initialismEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
    var i = start
    var pairs = 0
    while i + 1 < end, p[i] < 0x80, ReferenceByteClass.ascii(p[i]).isLetter, p[i + 1] == UInt8(ascii: ".") {
      pairs += 1
      i += 2
    }
    guard pairs >= 2 else { return nil }
    // "U.S.A" without the final period still counts; do not swallow a
    // following letter that starts a new word.
    if i < end, p[i] < 0x80, ReferenceByteClass.ascii(p[i]).isWordChar { return nil }
    return i
  }

  /// If a clitic (`'s 're 've 'll 'd 'm` or `n't`) starts at `i` and is
  /// followed by a non-letter, returns its end.
  static func clitic(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, afterLetter: Bool) -> Int? {
    guard afterLetter else { return nil }
    var j = i
    var sawN = false
    if p[j] | 0x20 == UInt8(ascii: "n") {
      sawN = true
      j += 1
      guard j < end else { return nil }
    }
    let (cls, len) = ReferenceByteClass.at(p, j, end)
    guard cls == .apostrophe else { return nil }
    j += len
    // Up to three following letters, lower-cased, packed into one word.
    var letters: UInt32 = 0
    var count = 0
    while j < end, p[j] < 0x80, ReferenceByteClass.ascii(p[j]).isLetter, count < 3 {
      letters = letters << 8 | UInt32(p[j] | 0x20)
      count += 1
      j += 1
    }
    if j < end, ReferenceByteClass.at(p, j, end).0.isWordChar { return nil }
    if sawN { return letters == 0x74 ? j : nil }  // n't
    switch letters {
    case 0x73, 0x64, 0x6D, 0x7265, 0x7665, 0x6C6C: return j  // s d m re ve ll
    default: return nil
    }
  }
}

/// Byte-level character classes for news English. Works on raw UTF-8; the
/// few non-ASCII characters that matter (curly quotes, dashes, ellipsis,
/// non-breaking spaces) are recognised by their encoded bytes.
enum ReferenceByteClass: UInt8 {
  case space, letter, digit, upper, apostrophe, quote, terminal, hyphen, period, comma, other

  /// Class and encoded length of the character starting at `i`. `upper` is
  /// reported for ASCII capitals only (its `isLetter` is true).
  @inline(__always)
  static func at(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (ReferenceByteClass, Int) {
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

  static func classify(_ s: UInt32) -> ReferenceByteClass {
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
  static func ascii(_ c: UInt8) -> ReferenceByteClass {
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

  var isWordChar: Bool { self == .letter || self == .upper || self == .digit }
  var isLetter: Bool { self == .letter || self == .upper }
}

