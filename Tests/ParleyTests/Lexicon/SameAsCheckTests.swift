import Testing

@testable import Parley

/// `SameAsTargets.check`, which compares each speaker term's key in place
/// with the targets not found yet, against the plain reading: every note's
/// target looked for among all speaker keys (`speakerKeys`), on seeded
/// random lexicons with plain and folded terms, notes naming speaker terms,
/// other entries' terms and nothing.
@Suite("Same-as check")
struct SameAsCheckTests {
  static let terms = ["head", "chief", "prime minister", "Prime  Minister", "can't", "ca n't", "hope", "chair", "premier", "boss", "état", "ÉTAT", "u.s. envoy"]
  static let categories: [LexiconCategory] = [.speakerRole, .speakerTitle, .speakerGroup, .speakerOrganization, .speakerMedia, .valence, .speakerGivenName]

  @Test func checkAgreesWithScanningEverySpeakerKey() {
    var rng = SeededRandom(seed: 11)
    var reported = 0
    for round in 0..<400 {
      let count = Int.random(in: 1...12, using: &rng)
      let entries = (0..<count).map { line in
        let note: String? = Bool.random(using: &rng) ? nil : ["same as ", "person-m; same as ", "Same As  ", "person-f"].randomElement(using: &rng)! + Self.terms.randomElement(using: &rng)!
        return LexiconEntry(term: Self.terms.randomElement(using: &rng)!, category: Self.categories.randomElement(using: &rng)!, weight: 1, note: note, file: "r\(round).tsv", line: line + 1)
      }
      var diagnostics: [Diagnostic] = []
      SameAsTargets.check(entries, into: &diagnostics)
      var expected: [Diagnostic] = []
      let speakers = SameAsTargets.speakerKeys(entries) { SameAsTargets.isSpeaker(entries[$0].category) }
      for (i, target) in SameAsTargets.notes(entries) where !speakers.contains(where: { $0.key == target }) {
        expected.append(.error("LEX011", "'same as' names '\(String(decoding: target, as: UTF8.self))', which is no speaker term", file: entries[i].file, line: entries[i].line, column: 1))
      }
      #expect(diagnostics.map(\.description) == expected.map(\.description), "round \(round)")
      reported += expected.count
    }
    #expect(reported > 100)
  }
}
