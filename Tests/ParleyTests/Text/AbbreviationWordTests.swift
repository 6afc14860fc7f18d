import Testing

@testable import Parley

/// `Abbreviations.stored(_:)`, which reads a word of printable ASCII as
/// bytes, against its `Character` reading on varied words: periods
/// anywhere, initialisms and near misses, and words with spaces, controls
/// or non-ASCII text (which take the `Character` reading).
@Suite("Abbreviation words")
struct AbbreviationWordTests {
  static let pieces: [String] = [
    ".", "..", "a", "A", "u", "S", "mr", "Mr", "Jan", "no", "e", "g", "ab", "U.S", "1", "9", "-", "'", "’", " ", "\t", "\r\n",
    "é", "É", "\u{301}", "\u{600}", "ﬁ", "~", "!", "@", "a.", "U.", "S.", "é.",
  ]

  @Test func bytesReadWordsAsCharactersDo() {
    var rng = SeededRandom(seed: 83)
    var words = Self.pieces + ["U.S.", "U.K.", "e.g.", "a.m.", "No.", "Mr.", "ab.c.", "a.bc.", "a..", ".a.", "a.b", "Gov.", "\u{600}."]
    for _ in 0..<4000 {
      let count = Int.random(in: 1...6, using: &rng)
      words.append((0..<count).map { _ in Self.pieces.randomElement(using: &rng)! }.joined())
    }
    var trimmed = 0
    var kept = 0
    for word in words {
      let bytes = Abbreviations.stored(word)
      #expect(bytes == Abbreviations.storedByCharacters(word), "\(word.debugDescription)")
      if word.hasSuffix(".") { if bytes.count < word.utf8.count { trimmed += 1 } else { kept += 1 } }
    }
    #expect(trimmed > 100 && kept > 10)
    #expect(Abbreviations.stored("U.S.") == Array("U.S.".utf8))
    #expect(Abbreviations.stored("Mr.") == Array("Mr".utf8))
  }
}
