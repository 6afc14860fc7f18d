import Foundation

/// One JSONL record read in a single pass over its line, for the common
/// shape: an object whose keys are ASCII, with at most one `id` (a string
/// or null) and one `text` (a string). Every string is unescaped, checked
/// for UTF-8 and copied in the same scan, sixteen bytes a step, and no
/// `JSONValue` is built for the top level.
///
/// Anything else, and every error, gives nil: the reader then parses the
/// line with `JSONReader.parseRecord`, which says what is wrong. So this
/// accepts only lines that `parseRecord` accepts, with the same id, text and
/// metadata (`JSONLRecordTests` compares the two on seeded valid and broken
/// lines).
struct JSONLRecord {
  /// The `id` string; nil when there is no `id` or it is null.
  var id: String?
  /// The first top-level `text` string, unescaped.
  var text: [UInt8]

  /// The record in `line`, or nil (see the type's comment). `scratch` holds
  /// at least `line.count` bytes; `keys` keeps the key strings already made;
  /// `metadata` is emptied and filled (an array kept from line to line, so
  /// that a record's few members do not grow a new one each time).
  static func read(_ line: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutablePointer<UInt8>, keys: inout KeyStrings, metadata: inout [(key: String, raw: Range<Int>)]) -> JSONLRecord? {
    let n = line.count
    var i = 0
    @inline(__always) func skipSpace() {
      while i < n, line[i] == 0x20 || line[i] == 0x0A || line[i] == 0x0D || line[i] == 0x09 { i += 1 }
    }
    skipSpace()
    guard i < n, line[i] == UInt8(ascii: "{") else { return nil }
    i += 1
    var id: String? = nil
    var sawID = false
    var text: [UInt8]? = nil
    // One at a time: `removeAll(keepingCapacity:)` goes through the generic
    // `replaceSubrange` (some 300 instructions for a record's two or three).
    while !metadata.isEmpty { metadata.removeLast() }
    while true {
      skipSpace()
      guard i < n, line[i] == UInt8(ascii: "\"") else { return nil }
      i += 1
      guard let keyCount = StringScan.unescape(line, from: &i, into: scratch) else { return nil }
      let keyBytes = UnsafeBufferPointer(start: scratch, count: keyCount)
      // Keys other than ASCII could compare equal to `id` or `text` as
      // strings while differing in bytes: left to the full reader.
      guard !keyBytes.contains(where: { $0 >= 0x80 }) else { return nil }
      skipSpace()
      guard i < n, line[i] == UInt8(ascii: ":") else { return nil }
      i += 1
      skipSpace()
      guard i < n else { return nil }
      let start = i
      if Self.equals(keyBytes, "text") {
        guard text == nil, line[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        // Unescaped in the scratch space and copied out at its size: making
        // the array with room for the rest of the line
        // (`init(unsafeUninitializedCapacity:)`) goes through the generic
        // array allocation and costs more than the copy.
        guard let count = StringScan.unescape(line, from: &i, into: scratch) else { return nil }
        text = Array(UnsafeBufferPointer(start: scratch, count: count))
      } else if Self.equals(keyBytes, "id") {
        guard !sawID else { return nil }
        sawID = true
        if line[i] == UInt8(ascii: "\"") {
          i += 1
          guard let count = StringScan.unescape(line, from: &i, into: scratch) else { return nil }
          id = String(decoding: UnsafeBufferPointer(start: scratch, count: count), as: UTF8.self)
        } else {
          guard i + 4 <= n, line[i] == UInt8(ascii: "n"), line[i + 1] == UInt8(ascii: "u"),
            line[i + 2] == UInt8(ascii: "l"), line[i + 3] == UInt8(ascii: "l")
          else { return nil }
          i += 4
        }
      } else {
        let key = keys.string(keyBytes)
        if line[i] == UInt8(ascii: "\"") {
          i += 1
          guard StringScan.unescape(line, from: &i, into: scratch) != nil else { return nil }
        } else {
          // A nested value: the full reader, one level down as in `parseRecord`.
          var reader = JSONReader(p: line, i: i, depth: 1)
          do { _ = try reader.value() } catch { return nil }
          i = reader.i
        }
        metadata.append((key: key, raw: start..<i))
      }
      skipSpace()
      guard i < n else { return nil }
      if line[i] == UInt8(ascii: ",") { i += 1; continue }
      guard line[i] == UInt8(ascii: "}") else { return nil }
      i += 1
      break
    }
    skipSpace()
    guard i == n, let text else { return nil }
    return JSONLRecord(id: id, text: text)
  }

  @inline(__always)
  private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard bytes.count == count, let base = bytes.baseAddress else { return false }
    return memcmp(base, word.utf8Start, count) == 0
  }
}

/// The key strings of the records read so far, so that a file's repeated
/// keys (`source`, `title`, …) are made into `String`s once.
struct KeyStrings {
  private var known: [(bytes: [UInt8], string: String)] = []
  /// Beyond this many distinct keys, a key is made afresh each time.
  private static let limit = 32

  mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    for entry in known where entry.bytes.count == bytes.count {
      let same = entry.bytes.withUnsafeBufferPointer { a in
        a.isEmpty || memcmp(a.baseAddress!, bytes.baseAddress!, a.count) == 0
      }
      if same { return entry.string }
    }
    let string = String(decoding: bytes, as: UTF8.self)
    if known.count < Self.limit { known.append((bytes: Array(bytes), string: string)) }
    return string
  }
}

/// Reading a JSON string's body in one scan.
enum StringScan {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The high bit of each byte of `w` that is a quote, a backslash, a
  /// control byte below 0x20 or not ASCII; a byte above the lowest such one
  /// may be flagged too (a borrow runs upwards), never one below it, so the
  /// lowest bit set is the first such byte.
  @inline(__always)
  static func specials(_ w: UInt64) -> UInt64 {
    let quote = (w ^ (ones &* 0x22)) &- ones
    let backslash = (w ^ (ones &* 0x5C)) &- ones
    let control = w &- (ones &* 0x20)
    return (quote | backslash | control | w) & highs
  }

  /// All ones in each byte of `v` that `specials` looks for (a quote, a
  /// backslash, a control byte or one not ASCII), zero in the others: as
  /// signed bytes, those below 0x20 are the control bytes and those from
  /// 0x80 up. Unlike `specials`, exact: no byte after the first is flagged
  /// that is not a stop itself.
  @inline(__always)
  static func stops(_ v: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
    (v .== SIMD16<UInt8>(repeating: 0x22)) .| (v .== SIMD16<UInt8>(repeating: 0x5C)) .| (unsafeBitCast(v, to: SIMD16<Int8>.self) .< SIMD16<Int8>(repeating: 0x20))
  }

  /// Reads a string's body from `p[i]` (just after its opening quote)
  /// through its closing quote, writing the unescaped bytes to `out` and
  /// returning their count; `i` ends after the quote. Nil (with `i`
  /// anywhere) on whatever `JSONReader` rejects in a string: a missing
  /// quote, a control byte, a bad escape or surrogate, or bytes that are not
  /// UTF-8. `out` must have room for `p.count - i` bytes (the word stores
  /// may write up to there; unescaping never lengthens).
  static func unescape(_ p: UnsafeBufferPointer<UInt8>, from start: inout Int, into out: UnsafeMutablePointer<UInt8>) -> Int? {
    // Local positions: `start` and `out` could alias, and the loop would
    // store and reload it at every step. `start` is set where the string
    // ends (a `defer` kept `i` in memory through the loop; on nil it may
    // be anywhere).
    var i = start
    let n = p.count
    guard let base = p.baseAddress else { return nil }
    var k = 0
    scan: while true {
      // Thirty-two bytes a step, then sixteen, in vector registers (one
      // compare per kind of stop, sixteen bytes at once: about half the
      // instructions of the same test on two 8-byte words), then eight,
      // while none needs a look; the bytes are stored whole, also when they
      // hold the stop.
      var hits: UInt64 = 0
      while i &+ 32 <= n {
        let a = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
        let b = UnsafeRawPointer(base + i).loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self)
        UnsafeMutableRawPointer(out + k).storeBytes(of: a, as: SIMD16<UInt8>.self)
        UnsafeMutableRawPointer(out + k).storeBytes(of: b, toByteOffset: 16, as: SIMD16<UInt8>.self)
        let ma = stops(a)
        let mb = stops(b)
        let any = unsafeBitCast(ma .| mb, to: SIMD2<UInt64>.self)
        if any[0] | any[1] == 0 {
          i &+= 32
          k &+= 32
          continue
        }
        let wa = unsafeBitCast(ma, to: SIMD2<UInt64>.self)
        if wa[0] | wa[1] != 0 {
          hits = firstHits(wa[0], wa[1], &i, &k)
        } else {
          i &+= 16
          k &+= 16
          let wb = unsafeBitCast(mb, to: SIMD2<UInt64>.self)
          hits = firstHits(wb[0], wb[1], &i, &k)
        }
        break
      }
      if hits == 0 && i &+ 16 <= n {
        let a = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
        UnsafeMutableRawPointer(out + k).storeBytes(of: a, as: SIMD16<UInt8>.self)
        let wa = unsafeBitCast(stops(a), to: SIMD2<UInt64>.self)
        if wa[0] | wa[1] == 0 {
          i &+= 16
          k &+= 16
        } else {
          hits = firstHits(wa[0], wa[1], &i, &k)
        }
      }
      if hits == 0 && i &+ 8 <= n { (i, k, hits) = eightByteSteps(base, from: i, count: n, into: out, at: k) }
      if hits != 0 {
        let skip = hits.trailingZeroBitCount &>> 3
        i &+= skip
        k &+= skip
      }
      guard i < n else { return nil }
      let b = p[i]
      if b == UInt8(ascii: "\"") {
        start = i + 1
        return k
      }
      if b < 0x20 { return nil }
      // A three-byte character with neither an overlong form (E0) nor a
      // surrogate (ED) possible (curly quotes, dashes): its two continuation
      // bytes are all there is to check.
      if b &- 0xE1 < 15, b != 0xED, i &+ 2 < n {
        let c1 = p[i &+ 1]
        let c2 = p[i &+ 2]
        if c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 {
          out[k] = b
          out[k &+ 1] = c1
          out[k &+ 2] = c2
          i &+= 3
          k &+= 3
          continue
        }
      }
      if b < 0x80 && b != UInt8(ascii: "\\") {
        out[k] = b
        k += 1
        i += 1
        continue
      }
      if b == UInt8(ascii: "\\") {
        // Escapes one after another (a paragraph break is `\n\n`) are
        // read here, without a scan for the next stop in between.
        repeat {
          guard i + 1 < n else { return nil }
          let e = p[i + 1]
          i += 2
          let plain: UInt8
          switch e {
          case UInt8(ascii: "\""): plain = 0x22
          case UInt8(ascii: "\\"): plain = 0x5C
          case UInt8(ascii: "/"): plain = 0x2F
          case UInt8(ascii: "b"): plain = 0x08
          case UInt8(ascii: "f"): plain = 0x0C
          case UInt8(ascii: "n"): plain = 0x0A
          case UInt8(ascii: "r"): plain = 0x0D
          case UInt8(ascii: "t"): plain = 0x09
          case UInt8(ascii: "u"):
            guard let (next, count) = unicodeEscape(p, at: i, into: out + k) else { return nil }
            i = next
            k &+= count
            continue scan
          default: return nil
          }
          out[k] = plain
          k += 1
        } while i < n && p[i] == UInt8(ascii: "\\")
        continue
      }
      // A multi-byte sequence, checked as `Document.firstInvalidUTF8` does.
      guard let (need, bits, least) = Document.utf8Lead(b), i + need < n else { return nil }
      var scalar = bits
      out[k] = b
      for j in 1...need {
        let c = p[i + j]
        guard c & 0xC0 == 0x80 else { return nil }
        scalar = scalar << 6 | UInt32(c & 0x3F)
        out[k + j] = c
      }
      guard scalar >= least, !(0xD800...0xDFFF).contains(scalar), scalar <= 0x10FFFF else { return nil }
      i += need + 1
      k += need + 1
    }
  }

  /// Of two consecutive 8-byte words' `specials`, the first that is not
  /// zero (the second's when both are), with `i` and `k` moved past the
  /// first word when it holds none.
  @inline(__always)
  private static func firstHits(_ first: UInt64, _ second: UInt64, _ i: inout Int, _ k: inout Int) -> UInt64 {
    if first != 0 { return first }
    i &+= 8
    k &+= 8
    return second
  }

  /// `unescape`'s steps of eight bytes (fewer than sixteen are left),
  /// from `p[i]` to `out[k]`: where they stopped and the stop's `specials`
  /// (zero when fewer than eight bytes are left). Out of line: rare (a
  /// string's last bytes), and inlined, its five word constants took the
  /// registers that hold `unescape`'s pointers in its wide loops.
  @inline(never)
  private static func eightByteSteps(_ base: UnsafePointer<UInt8>, from start: Int, count n: Int, into out: UnsafeMutablePointer<UInt8>, at written: Int) -> (i: Int, k: Int, hits: UInt64) {
    var i = start
    var k = written
    while i &+ 8 <= n {
      let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
      UnsafeMutableRawPointer(out + k).storeBytes(of: w.littleEndian, as: UInt64.self)
      let hits = specials(w)
      if hits != 0 { return (i, k, hits) }
      i &+= 8
      k &+= 8
    }
    return (i, k, 0)
  }

  /// The character of a `\u` escape whose four hex digits start at `i`
  /// (and of the low surrogate's escape after a high one), written to `out`
  /// as UTF-8: where the escape ends and how many bytes were written, or
  /// nil when `JSONReader` rejects it. Out of line: rare, and its `inout`
  /// position kept `unescape`'s in memory.
  @inline(never)
  private static func unicodeEscape(_ p: UnsafeBufferPointer<UInt8>, at start: Int, into out: UnsafeMutablePointer<UInt8>) -> (next: Int, count: Int)? {
    let n = p.count
    var i = start
    guard var scalar = hex4(p, &i) else { return nil }
    if (0xD800...0xDBFF).contains(scalar) {
      guard i + 1 < n, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") else { return nil }
      i += 2
      guard let low = hex4(p, &i), (0xDC00...0xDFFF).contains(low) else { return nil }
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(scalar) {
      return nil
    }
    guard let s = Unicode.Scalar(scalar) else { return nil }
    var k = 0
    UTF8.encode(s) { byte in
      out[k] = byte
      k += 1
    }
    return (i, k)
  }

  /// Four hex digits at `i`, or nil.
  @inline(__always)
  private static func hex4(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> UInt32? {
    guard i + 4 <= p.count else { return nil }
    var v: UInt32 = 0
    for _ in 0..<4 {
      guard let d = JSONReader.hexDigit(p[i]) else { return nil }
      v = v << 4 | d
      i += 1
    }
    return v
  }
}
