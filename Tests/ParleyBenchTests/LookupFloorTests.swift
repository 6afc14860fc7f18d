import Foundation
import Testing

import ParleyBenchKit

/// The floor counts what a plain reference counts: words are maximal runs
/// of letters, digits, apostrophes, hyphens and non-ASCII bytes; a hit is
/// a word whose ASCII-lowercased bytes are one of the one-word terms.
@Suite struct LookupFloorTests {
  static let terms = ["talks", "constructive", "impasse", "stalled", "ex-minister", "o'neill", "café", "two words", "", "Progress", "talks"]

  /// The plain reference: split, lowercase, look up in a `Set`.
  static func reference(_ bytes: [UInt8], terms: [String]) -> (words: Int, hits: Int) {
    func isWord(_ b: UInt8) -> Bool {
      (b | 0x20) &- 97 < 26 || b &- 48 < 10 || b == 39 || b == 45 || b >= 0x80
    }
    func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
    let set = Set(terms.map { Array($0.utf8).map(lower) }.filter { !$0.isEmpty && $0.allSatisfy(isWord) })
    var words = 0
    var hits = 0
    var word: [UInt8] = []
    for b in bytes + [0x20] {
      if isWord(b) {
        word.append(lower(b))
        continue
      }
      if word.isEmpty { continue }
      words += 1
      if set.contains(word) { hits += 1 }
      word.removeAll()
    }
    return (words, hits)
  }

  /// Writes `bytes` to a fresh temporary file and returns its path.
  static func file(_ bytes: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "parley-floor-\(UUID().uuidString).txt"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func termsAreTheDistinctOneWordTermsLowercased() {
    // "two words" and "" are not one word; "talks" is listed twice.
    #expect(LookupFloor(terms: Self.terms).count == 8)
  }

  @Test func countsWordsAndHitsOfAShortText() throws {
    let text = "The TALKS were constructive, said the Ex-Minister; O'Neill saw an impasse at the Café. Progress? 42 talks-stalled"
    let path = try Self.file(Array(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let got = try LookupFloor(terms: Self.terms).scan(path: path)
    // "talks-stalled" is one word, and no term; "42" is a word.
    #expect(got.words == 17)
    // TALKS, constructive, Ex-Minister, O'Neill, impasse, Café, Progress.
    #expect(got.hits == 7)
    #expect(got == Self.reference(Array(text.utf8), terms: Self.terms))
  }

  /// Seeded random texts read through small buffers, so that words are cut
  /// at every buffer edge and carried over to the next read.
  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8]) func equalsTheReferenceAcrossBufferEdges(seed: UInt64) throws {
    var state = seed &* 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    let pieces = Self.terms + ["TALKS", "Impasse", "x", "-", "'", " ", "  ", "\n", ", ", ". ", "é", "ünd", "2026", "talk", "talksx"]
    var bytes: [UInt8] = []
    while bytes.count < 2_000 + next(3_000) {
      bytes += Array(pieces[next(pieces.count)].utf8)
      if next(3) > 0 { bytes.append(0x20) }
    }
    let path = try Self.file(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let floor = LookupFloor(terms: Self.terms)
    let expected = Self.reference(bytes, terms: Self.terms)
    for size in [64, 97, 256, 1 << 20] {
      let got = try floor.scan(path: path, bufferSize: size)
      #expect(got == expected, "buffer \(size)")
    }
  }

  @Test func aMissingFileIsAnError() {
    #expect(throws: FloorError.self) { try LookupFloor(terms: Self.terms).scan(path: "/nonexistent/parley-floor.txt") }
  }
}
