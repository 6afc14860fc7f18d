import Testing

@testable import Parley

/// Shortcuts of the attribution pass give what the general code gives: the
/// word-class table, a name's initial lowered on the bytes, and the token
/// facts recorded with the matcher's plain nodes skipped.
@Suite struct AttributionShortcutTests {
  @Test func wordClassTableEqualsRawValueInit() {
    #expect(WordClass.byRawValue.count == 256)
    for raw in 0...255 {
      #expect(WordClass.byRawValue[raw] == (WordClass(rawValue: UInt8(raw)) ?? .none))
    }
  }

  /// The general path: the first character, lower-cased if upper-case.
  static func lowercasedInitialByCharacters(_ name: String) -> String {
    guard let c = name.first, c.isUppercase else { return name }
    return c.lowercased() + name.dropFirst()
  }

  @Test func lowercasedInitialEqualsCharacterPathOnSeededTexts() throws {
    let engine = try TestSupport.engine()
    let pieces = [
      "Analysts", "analysts", "A", "É", "Éric", "Ωmega", "1st", "“Q”", "A\u{301}b", "Zz", "ß", "İstanbul", "-x", "Mr.", "Ü", "x",
    ]
    var random = SeededRandom(seed: 20_261_130)
    var compared = 0
    for _ in 0..<500 {
      var text = ""
      for _ in 0..<Int.random(in: 1...8, using: &random) {
        text += pieces[Int.random(in: 0..<pieces.count, using: &random)] + " "
      }
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      let resolver = SpeakerResolver(document: document, facts: facts, mentions: [])
      let n = document.tokens.count
      for a in 0..<n {
        for b in (a + 1)...min(n, a + 3) {
          let r = a..<b
          #expect(resolver.lowercasedInitial(r) == Self.lowercasedInitialByCharacters(resolver.text(r)), "\(text.debugDescription) \(r)")
          compared += 1
        }
      }
    }
    #expect(compared > 1_000)
  }
}
