import Testing

@testable import Parley

/// `WordMark.name(inNote:)`, which reads an ASCII note as bytes, against
/// its `Character` reading on varied notes: spacing of every ASCII white
/// space kind, any case, near misses, and non-ASCII notes (which take the
/// `Character` reading).
@Suite("Word mark notes")
struct WordMarkNoteTests {
  static let pieces: [String] = [
    "", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "mark:", "MARK:", "Mark:", "mArK:", "mark",
    "mark :", "marks:", "mar:", "k:", ":", "agent", "AGENT", "Origin", "who", "x", "mark:agent", "MARK: Value", "a b", "@", "[", "`", "{",
    "\u{A0}", "\u{2003}", "é", "É", "MAR\u{212A}:", "\u{85}", "ﬁ", "İ",
  ]

  @Test func bytesReadNotesAsCharactersDo() {
    var rng = SeededRandom(seed: 36)
    var notes = Self.pieces
    for _ in 0..<3000 {
      let count = Int.random(in: 1...6, using: &rng)
      notes.append((0..<count).map { _ in Self.pieces.randomElement(using: &rng)! }.joined())
    }
    var marks = 0
    for note in notes {
      let name = WordMark.name(inNote: note)
      #expect(name == WordMark.characterName(note), "\(note.debugDescription)")
      if name != nil { marks += 1 }
    }
    #expect(marks > 100)
    #expect(WordMark.name(inNote: nil) == nil)
    #expect(WordMark.name(inNote: " Mark:\tAgent \n") == "agent")
  }
}
