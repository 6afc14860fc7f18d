import Testing

@testable import Parley

/// `TokenFactsView` (the facts read through buffers, as `analyze` reads
/// them) answers as `TokenFacts` itself, token by token.
@Suite struct TokenFactsViewTests {
  @Test func viewReadersEqualFactsOnEveryRepositoryText() throws {
    let engine = try TestSupport.engine()
    var texts = try TextInvariantTests.repositoryTexts()
    for name in TestSupport.files(in: "evaluation/examples", ext: "txt") {
      let file = "evaluation/examples/\(name)"
      texts.append((file, String(decoding: try TestSupport.readBytes(file), as: UTF8.self)))
    }
    let flags: [TokenFacts.Flags] = [.capitalized, .allCaps, .word, .comma, .possessive, .hyphenated, .innerDot, .endsS, .sentenceStart]
    var speakers = 0
    var pronouns = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      let n = document.tokens.count
      facts.withView { view in
        #expect(view.contains(0..<n), "\(origin)")
        #expect(!view.contains(0..<(n + 1)), "\(origin)")
        for i in 0..<n {
          #expect(view.word(i) == facts.word(i))
          #expect(view.isCapitalized(i) == facts.isCapitalized(i))
          #expect(view.isComma(i) == facts.isComma(i))
          for f in flags { #expect(view.has(i, f) == facts.has(i, f), "\(origin) token \(i)") }
          let a = view.speaker(i)
          let b = facts.speaker(i)
          #expect(a?.start == b?.start && a?.end == b?.end && a?.categories == b?.categories && a?.head == b?.head, "\(origin) token \(i)")
          #expect(view.pronoun(i) == facts.pronoun(i), "\(origin) token \(i)")
          if b != nil { speakers += 1 }
          if facts.pronoun(i) != .none { pronouns += 1 }
        }
      }
    }
    // Both readers are exercised on real matches.
    #expect(speakers > 1_000)
    #expect(pronouns > 100)
  }
}
