import Testing

@testable import Parley

/// A match as the tests see it: the text it covers and its entries as
/// `category:term`.
private struct FoundMatch: Equatable, CustomStringConvertible {
  var span: Span
  var text: String
  var entries: [String]
  var description: String { "\(text) \(entries)" }
}

private func findMatches(_ lexicon: String, in text: String) throws -> [FoundMatch] {
  let set = try LexiconSet.parse(files: [("test.tsv", Array(lexicon.utf8))])
  let matcher = PhraseMatcher(set)
  let document = Document(id: "m", text: text, segmenter: Segmenter(abbreviations: matcher.abbreviations))
  let ids = matcher.tokenIDs(document)
  var found: [PhraseMatch] = []
  for sentence in document.sentences {
    matcher.matches(in: sentence.tokens, ids: ids, into: &found)
  }
  return found.map { m in
    let span = Span(start: Int(document.tokens[Int(m.start)].start), end: Int(document.tokens[Int(m.end) - 1].end))
    let entries = matcher.entryIDs(m).map { id in
      let e = matcher.entries[Int(id)]
      return "\(e.category.rawValue):\(e.term)\(e.isPrefix ? "*" : "")"
    }
    return FoundMatch(span: span, text: document.string(span), entries: entries.sorted())
  }
}

/// Checks that the matches of `lexicon` in the text are exactly the marked
/// spans (`⟦…⟧`; marks nest when layers overlap).
private func expectMatches(_ lexicon: String, _ marked: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let m = MarkedText(marked)
  let found = try findMatches(lexicon, in: m.text)
  #expect(found.map(\.span).sorted() == m.spans, "found \(found)", sourceLocation: sourceLocation)
}

@Suite("Phrase matcher")
struct PhraseMatcherTests {
  static let valence = """
    sticking points\tvalence\t-1
    points\tvalence\t0.5
    peace talks\tvalence\t0.5
    talks collapsed\tvalence\t-2
    collapsed\tvalence\t-1.5
    talks broke down\tvalence\t-2
    breakthrough\tvalence\t3
    optimis*\tvalence\t2
    cautiously optimis*\tvalence\t1
    won't budge\tvalence\t-1
    can’t agree\tvalence\t-1.5
    """

  @Test func multiwordBeatsItsParts() throws {
    try expectMatches(Self.valence, "The ⟦sticking points⟧ remain.")
    try expectMatches(Self.valence, "Both ⟦points⟧ stand.")
    try expectMatches(Self.valence, "The ⟦talks collapsed⟧.")
  }

  @Test func longestThenEarliest() throws {
    // Equal length: the earlier phrase wins, and what it leaves still counts.
    try expectMatches(Self.valence, "⟦Peace talks⟧ ⟦collapsed⟧ today.")
    // Longer beats earlier.
    try expectMatches(Self.valence, "Peace ⟦talks broke down⟧ today.")
  }

  @Test func shorterMatchOutsideTheWinnerStillCounts() throws {
    let lexicon = "peace\tvalence\t1\npeace talks\tvalence\t0.5\ntalks broke down\tvalence\t-2\n"
    // "talks broke down" (3 tokens) beats "peace talks" (2); "peace" does
    // not overlap the winner and, by longest-then-earliest, still counts.
    try expectMatches(lexicon, "⟦Peace⟧ ⟦talks broke down⟧ today.")
  }

  @Test func prefixEntries() throws {
    try expectMatches(Self.valence, "⟦Optimistic⟧ envoys spoke of ⟦optimism⟧ among ⟦optimists⟧.")
    try expectMatches(Self.valence, "Officials were ⟦cautiously optimistic⟧.")
    try expectMatches(Self.valence, "An optimi, a pessimistic view, an opti.")
    // The prefix alone is a match too.
    try expectMatches("optimis*\tvalence\t1\n", "The ⟦optimis⟧ spelling.")
    let found = try findMatches(Self.valence, in: "They felt optimistic.")
    #expect(found.map(\.entries) == [["valence:optimis*"]])
  }

  @Test func curlyAndStraightApostrophesMatchTheSameEntry() throws {
    try expectMatches(Self.valence, "They ⟦won't budge⟧.")
    try expectMatches(Self.valence, "They ⟦won’t budge⟧.")
    try expectMatches(Self.valence, "They ⟦can't agree⟧.")
    try expectMatches(Self.valence, "They ⟦can’t agree⟧.")
    let straight = try findMatches(Self.valence, in: "They won't budge.")
    let curly = try findMatches(Self.valence, in: "They won’t budge.")
    #expect(straight.map(\.entries) == curly.map(\.entries))
  }

  @Test func caseInsensitive() throws {
    try expectMatches(Self.valence, "⟦BREAKTHROUGH⟧ or ⟦Breakthrough⟧ or ⟦breakthrough⟧.")
    try expectMatches("Breakthrough\tvalence\t3\n", "a ⟦breakthrough⟧")
    try expectMatches(Self.valence, "The ⟦Sticking Points⟧ remain.")
  }

  @Test func matchesDoNotCrossSentences() throws {
    try expectMatches(Self.valence, "They held talks. Broke down, he left.")
    try expectMatches(Self.valence, "No match here at all.")
  }

  static let layered = """
    tentative agreement\tvalence\t1
    tentative\thedge.epistemic\t0.5
    no doubt\tbooster\t0.8
    doubt\thedge.epistemic\t0.6
    doubt\tvalence\t-0.5
    no\tnegator\t1
    may\thedge.modal\t0.6
    may\thedge.epistemic\t0.3
    """

  @Test func valencePhraseAndHedgeInsideBothMatch() throws {
    try expectMatches(Self.layered, "They reached a ⟦⟦tentative⟧ agreement⟧.")
    let found = try findMatches(Self.layered, in: "a tentative agreement")
    #expect(found.map(\.entries) == [["hedge.epistemic:tentative"], ["valence:tentative agreement"]])
  }

  @Test func noDoubtBeatsDoubtAmongHedgesAndBoosters() throws {
    try expectMatches(Self.layered, "There is ⟦⟦no⟧ ⟦doubt⟧⟧.")
    let found = try findMatches(Self.layered, in: "There is no doubt.")
    #expect(found.map(\.text) == ["no", "no doubt", "doubt"])
    #expect(found.map(\.entries) == [["negator:no"], ["booster:no doubt"], ["valence:doubt"]])
    // Without "no", the hedge applies.
    let plain = try findMatches(Self.layered, in: "Some doubt remains.")
    #expect(plain.map(\.text) == ["doubt", "doubt"])
    #expect(Set(plain.flatMap(\.entries)) == ["hedge.epistemic:doubt", "valence:doubt"])
  }

  @Test func everyEntryOfTheWinningSpanApplies() throws {
    let found = try findMatches(Self.layered, in: "Talks may resume.")
    #expect(found.map(\.entries) == [["hedge.epistemic:may", "hedge.modal:may"]])
  }

  @Test func abbreviationsAreForTheSegmenterOnly() throws {
    let lexicon = "mr.\tabbreviation\t1\nsmith\tvalence\t1\n"
    let set = try LexiconSet.parse(files: [("a.tsv", Array(lexicon.utf8))])
    let matcher = PhraseMatcher(set)
    #expect(matcher.entries.map(\.term) == ["smith"])
    try expectMatches(lexicon, "Mr. ⟦Smith⟧ came.")
    let document = Document(id: "a", text: "Mr. Smith came.", segmenter: Segmenter(abbreviations: matcher.abbreviations))
    #expect(document.sentences.count == 1)
  }

  @Test func matchesAreInTokenOrder() throws {
    let found = try findMatches(Self.valence + "\n" + "talks\thedge.modal\t0.1\n", in: "Breakthrough, then peace talks collapsed.")
    let starts = found.map(\.span.start)
    #expect(starts == starts.sorted())
    #expect(found.map(\.text) == ["Breakthrough", "peace talks", "talks", "collapsed"])
  }

  /// A matcher built from a parsed set (whose duplicate check hands on which
  /// terms are plain) equals one built from the same entries in a set that
  /// does not know (every term tested again): same entries, token ids and
  /// matches on every evaluation text.
  @Test func knownPlainTermsBuildTheSameMatcher() throws {
    let parsed = try LexiconSet.builtin()
    #expect(parsed.plainTerms.count == parsed.entries.count)
    #expect(parsed.plainTerms.contains(true) && parsed.plainTerms.contains(false))
    let bare = LexiconSet(entries: parsed.entries, files: parsed.files)
    #expect(bare.plainTerms.isEmpty)
    let known = PhraseMatcher(parsed)
    let tested = PhraseMatcher(bare)
    #expect(known.entries == tested.entries)
    let texts = try TextInvariantTests.repositoryTexts()
    #expect(texts.count >= 10)
    for (origin, text) in texts {
      let document = Document(id: "k", text: text, segmenter: Segmenter(abbreviations: known.abbreviations))
      let ids = known.tokenIDs(document)
      #expect(ids.rows == tested.tokenIDs(document).rows, "\(origin)")
      var a: [PhraseMatch] = []
      var b: [PhraseMatch] = []
      for sentence in document.sentences {
        known.matches(in: sentence.tokens, ids: ids, into: &a)
        tested.matches(in: sentence.tokens, ids: ids, into: &b)
      }
      #expect(a == b, "\(origin)")
    }
  }

  /// A part of a sentence matched from the sentence's matches gives the
  /// same matches as matching the part itself: every sub-range of every
  /// sentence of the evaluation texts (parts crossing a kept match fall
  /// back to matching, the others filter).
  @Test func partsFromTheSentencesMatchesEqualMatchingTheParts() throws {
    let engine = try TestSupport.engine()
    let matcher = engine.matcher
    let texts = try TextInvariantTests.repositoryTexts().filter { $0.origin.hasPrefix("evaluation/fixtures/") && !$0.origin.contains("paragraph") && !$0.origin.contains("statement") }
    #expect(texts.count >= 10)
    var parts = 0
    var filtered = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let ids = matcher.tokenIDs(document)
      for sentence in document.sentences {
        var whole: [PhraseMatch] = []
        matcher.matches(in: sentence.tokens, ids: ids, into: &whole)
        let r = sentence.tokens
        for a in r.lowerBound...r.upperBound {
          for b in a...r.upperBound where b - a <= 12 || b == r.upperBound {
            var direct: [PhraseMatch] = []
            matcher.matches(in: a..<b, ids: ids, into: &direct)
            // Appended after what the array holds (every other part starts
            // with a match of its own in it).
            let held = (a + b) % 2 == 0 ? [PhraseMatch(start: 0, end: 1, node: 0)] : []
            var fromSentence = held
            matcher.matches(in: a..<b, sentence: whole[...], ids: ids, into: &fromSentence)
            #expect(fromSentence == held + direct, "\(origin) tokens \(a)..<\(b)")
            parts += 1
            if !whole.contains(where: { ($0.start < Int32(a) && Int32(a) < $0.end) || ($0.start < Int32(b) && Int32(b) < $0.end) }) { filtered += 1 }
          }
        }
      }
    }
    // Both paths are exercised.
    #expect(parts > 10_000)
    #expect(filtered > parts / 2 && filtered < parts)
  }
}
