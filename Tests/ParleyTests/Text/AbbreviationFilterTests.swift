import Testing

@testable import Parley

/// `Abbreviations.kind` looks a plain ASCII word of up to eight bytes up in
/// its packed short keys (folded on one load), and rejects other plain
/// ASCII words by length and first letter before hashing them (ASCII told
/// by one load for short words); it answers what the folded table alone
/// answers, for every key in several spellings, for words near the keys,
/// for non-ASCII words (curly apostrophes fold to `'`) and for seeded
/// random byte strings, with the built-in abbreviations and with keys the
/// filter cannot describe (which turn it off).
@Suite struct AbbreviationFilterTests {
  static func check(_ abbreviations: Abbreviations, _ words: [[UInt8]], _ label: String) {
    for word in words {
      // The word alone, and inside text (bytes before and after it, some
      // not ASCII: the one-load check must not read them as its own).
      for (before, after) in [([], []), ([UInt8(ascii: " ")], [0xE2, 0x80, 0x9D, 0xFF, 0x20, 0x41, 0xC3, 0xA9, 0x80, 0x2E]), ([0xC3, 0xA9], [0x2E] + Array(repeating: 0x80, count: 9))] as [([UInt8], [UInt8])] {
        let text = before + word + after
        text.withUnsafeBufferPointer { p in
          let range = before.count..<(before.count + word.count)
          let fast = abbreviations.kind(p, range)
          let plain = abbreviations.table.lookup(p, range).flatMap(Abbreviations.Kind.init(rawValue:))
          #expect(fast == plain, "\(label): \(String(decoding: word, as: UTF8.self)) after \(before.count) bytes")
          #expect(Abbreviations.isASCII(p, range) == word.allSatisfy { $0 < 0x80 }, "\(label): \(word)")
        }
      }
    }
  }

  static func words(seed: UInt64) -> [[UInt8]] {
    var random = SeededRandom(seed: seed)
    let keys = ["mr", "Mr", "MR", "mrs", "jan", "Jan", "sept", "no", "No", "u.s.", "U.S.", "u.s.a.", "e.g.", "i.e.", "messrs", "approx", "st", "St"]
    var out = keys.map { Array($0.utf8) }
    // Near misses: one letter changed, added or dropped.
    for key in keys {
      var b = Array(key.utf8)
      out.append(b + [UInt8(ascii: "x")])
      out.append(Array(b.dropLast()))
      b[0] = b[0] == UInt8(ascii: "z") ? UInt8(ascii: "a") : b[0] + 1
      out.append(b)
    }
    out += ["", "a", "I", "o’clock", "’s", "don’t", "café", "Zürich", "1", "$", "'s", "o'", "’’", "U.S.A", "a.m.", "p.m."].map { Array($0.utf8) }
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzMNSUJ.'’é1-".utf8)
    for _ in 0..<5_000 {
      let n = Int(random.next() % 9)
      var w: [UInt8] = []
      for _ in 0..<n {
        if random.next() % 10 == 0 {
          w.append(UInt8(truncatingIfNeeded: random.next()))
        } else {
          w.append(alphabet[Int(random.next() % UInt64(alphabet.count))])
        }
      }
      out.append(w)
    }
    return out
  }

  @Test func builtinAbbreviationsAnswerAsTheTable() throws {
    let engine = try TestSupport.engine()
    Self.check(engine.segmenter.abbreviations, Self.words(seed: 11), "builtin")
  }

  @Test func keysOutsideTheFilterTurnItOff() {
    var a = Abbreviations()
    a.add("mr.", kind: .always)
    a.add("no.", kind: .beforeNumber)
    Self.check(a, Self.words(seed: 12), "plain")
    // A key starting with a digit, and one with a curly apostrophe.
    var b = a
    b.add("9th.", kind: .always)
    b.add("o’c.", kind: .always)
    Self.check(b, Self.words(seed: 13) + [Array("9th".utf8), Array("o'c".utf8), Array("O’C".utf8)], "unfiltered")
    #expect(Array("9th".utf8).withUnsafeBufferPointer { b.kind($0, 0..<$0.count) } == .always)
    #expect(Array("O'c".utf8).withUnsafeBufferPointer { b.kind($0, 0..<$0.count) } == .always)
  }

  /// A key given twice keeps its first kind in the short keys too, in
  /// any spelling; many keys grow the short table (all still found).
  @Test func shortKeysKeepTheFirstKindAndGrow() {
    var a = Abbreviations()
    a.add("Art.", kind: .beforeNumber)
    a.add("art.", kind: .always)
    a.add("ART", kind: .always)
    var keys: [String] = []
    for i in 0..<300 {
      let key = String(UnicodeScalar(UInt8(97 + i % 26))) + String(i, radix: 36)
      keys.append(key)
      a.add(key + ".", kind: i % 2 == 0 ? .always : .beforeNumber)
    }
    Self.check(a, Self.words(seed: 14) + keys.map { Array($0.utf8) } + keys.map { Array($0.uppercased().utf8) } + [Array("aRt".utf8)], "short")
    #expect(Array("ARt".utf8).withUnsafeBufferPointer { a.kind($0, 0..<$0.count) } == .beforeNumber)
  }
}
