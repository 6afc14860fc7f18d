import Testing

@testable import Parley

/// `LexiconTerm.isPlain` reads eight bytes at a time; it answers as the
/// byte-by-byte test below (the code it replaced) for every built-in term
/// and for seeded random terms of 0 to 40 bytes: letters of both cases,
/// digits, single and double spaces, the bytes next to the ranges it
/// accepts, punctuation and bytes above ASCII, spaces at the ends and
/// across the eight-byte boundaries.
@Suite struct PlainTermTests {
  /// Whether `p` is ASCII lower-case letters and digits in words separated
  /// by single spaces, no space at either end: byte by byte.
  static func isPlainByBytes(_ p: [UInt8]) -> Bool {
    guard !p.isEmpty, p[0] != 0x20, p[p.count - 1] != 0x20 else { return false }
    var previousSpace = false
    for b in p {
      if b == 0x20 {
        if previousSpace { return false }
        previousSpace = true
      } else if (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) {
        previousSpace = false
      } else {
        return false
      }
    }
    return true
  }

  func expectSame(_ bytes: [UInt8]) {
    let fast = bytes.withUnsafeBufferPointer { LexiconTerm.isPlain($0) }
    #expect(fast == Self.isPlainByBytes(bytes), "\(bytes)")
  }

  @Test func builtinTerms() throws {
    let engine = try TestSupport.engine()
    let terms = engine.lexicons.entries.map(\.term)
    #expect(terms.count > 1_000)
    for term in terms { expectSame(Array(term.utf8)) }
  }

  @Test func randomTerms() {
    var rng = SplitMix(seed: 53)
    // Mostly accepted bytes (so that many terms pass), sometimes any.
    let accepted = Array("abcdefghijklmnopqrstuvwxyz0123456789 ".utf8)
    let other: [UInt8] = Array("`{/:@[AZ`'-.,".utf8) + [0x00, 0x1F, 0x21, 0x7F, 0x80, 0xA0, 0xC3, 0xE2, 0xFF]
    var plain = 0
    for _ in 0..<20_000 {
      let length = Int(rng.next() % 41)
      var bytes: [UInt8] = []
      let noisy = rng.next() % 3 == 0
      while bytes.count < length {
        if noisy && rng.next() % 16 == 0 {
          bytes.append(other[Int(rng.next() % UInt64(other.count))])
        } else {
          bytes.append(accepted[Int(rng.next() % UInt64(accepted.count))])
        }
      }
      if Self.isPlainByBytes(bytes) { plain += 1 }
      expectSame(bytes)
    }
    // Both answers were tried, many times each.
    #expect(plain > 1_000 && plain < 19_000)
  }

  @Test func spacesAcrossWords() {
    for length in 1...24 {
      for a in 0..<length {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        bytes[a] = 0x20
        expectSame(bytes)
        if a + 1 < length {
          bytes[a + 1] = 0x20
          expectSame(bytes)
        }
      }
    }
  }
}
