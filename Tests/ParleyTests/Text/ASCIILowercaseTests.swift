import Testing

@testable import Parley

@Suite struct ASCIILowercaseTests {
  @Test(arguments: ["", "said", "Said", "SAID", "Mr. Ek", "the U.N.", "Lena Varga-Kis", "Éva Kis", "ÉVA", "ÀÞßÿ×÷", "İstanbul", "STRASSE", "ΑΘΗΝΑ ΟΔΟΣ", "Ms. O’Brien", "“Quoted” — Dash", "42 Talks", "a\u{0}B", "@[`{Z", "Ŀudmila", "I\u{307}", "É\u{301}", "ǅ"])
  func sameAsLowercased(_ s: String) {
    #expect(s.asciiFastLowercased() == s.lowercased())
    #expect(Array(s.asciiFastLowercased().utf8) == Array(s.lowercased().utf8))
  }

  /// Every scalar the fast path handles, and the neighbours it does not,
  /// between other characters.
  @Test func everyScalarOfTheFastPathMapsAsLowercasedDoes() {
    let ranges: [ClosedRange<UInt32>] = [0...0x17F, 0x1FF0...0x2100]
    for r in ranges {
      for v in r {
        guard let u = UnicodeScalar(v) else { continue }
        for s in ["x" + String(u) + "Y", String(u), "Ab" + String(u)] {
          #expect(Array(s.asciiFastLowercased().utf8) == Array(s.lowercased().utf8), "U+\(String(v, radix: 16))")
        }
      }
    }
  }
}
