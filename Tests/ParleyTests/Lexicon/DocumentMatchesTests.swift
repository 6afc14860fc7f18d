import Testing

@testable import Parley

/// `PhraseMatcher.sentenceMatches` matches a whole document in one pass and
/// resolves overlaps in place; it must give, sentence by sentence, what
/// `PhraseMatcher.matches(in:ids:into:)` gives for each sentence alone (the
/// reference): on every repository text and on seeded random sequences of
/// the words of multi-word terms (nested and overlapping terms of every
/// layer, terms cut by sentence ends), with a scratch too small to start
/// with, so that it grows mid-sentence.
@Suite struct DocumentMatchesTests {
  /// The per-sentence reference, as `SentenceMatches`.
  static func reference(_ matcher: PhraseMatcher, _ document: Document, ids: TokenIDs) -> SentenceMatches {
    var out = SentenceMatches(sentences: document.sentences.count)
    var buffer: [PhraseMatch] = []
    for sentence in document.sentences {
      buffer.removeAll()
      matcher.matches(in: sentence.tokens, ids: ids, into: &buffer)
      out.append(buffer)
    }
    return out
  }

  /// Compares the two on `document`; returns the number of matches.
  func check(_ matcher: PhraseMatcher, _ document: Document, scratch: MatchScratch, _ label: String) -> Int {
    let ids = matcher.tokenIDs(document)
    let expected = Self.reference(matcher, document, ids: ids)
    var found = SentenceMatches(sentences: document.sentences.count)
    PhraseMatcher.sentenceMatches(document.sentences, ids: ids, tables: matcher.tables, scratch: scratch, into: &found)
    #expect(found.matches == expected.matches, "\(label)")
    #expect(found.ends == expected.ends, "\(label)")
    // `tokenIDs` says whether a prefix id may be there; ids built from
    // columns say one may: both walks run (`DocumentWalk.run`).
    #expect(ids.hasPrefixIDs || ids.prefix.allSatisfy { $0 < 0 }, "\(label)")
    // Without the start layers of `tokenIDs`, they are computed.
    var bare = SentenceMatches(sentences: document.sentences.count)
    matcher.sentenceMatches(document.sentences, ids: TokenIDs(exact: ids.exact, prefix: ids.prefix), into: &bare)
    #expect(bare.matches == expected.matches, "\(label) (no start layers)")
    return found.matches.count
  }

  @Test func sameAsPerSentenceMatchingOnRepositoryTexts() throws {
    let engine = try TestSupport.engine()
    let scratch = MatchScratch(capacity: 1)
    var found = 0
    var inside = 0
    var crossing = 0
    for (origin, text) in try TextInvariantTests.repositoryTexts() {
      let document = engine.read(id: "t", text: text)
      found += check(engine.matcher, document, scratch: scratch, origin)
      let ids = engine.matcher.tokenIDs(document)
      for sentence in document.sentences {
        let shapes = Self.longestShapes(engine.matcher, sentence.tokens, ids: ids)
        if shapes.inside { inside += 1 }
        if shapes.crossing { crossing += 1 }
      }
    }
    #expect(found > 1_000)
    // Both ways the walk treats a longest candidate that overlaps an
    // earlier one of its layer ran: dropped inside it, and the sentence
    // matched by `matches(in:ids:into:)` when it crosses its end.
    #expect(inside > 100)
    #expect(crossing > 5)
  }

  /// With prefix terms, the id pass says prefix ids may be there, and the
  /// walk and the dead-start drop that read them find what the sentences
  /// matched one by one find.
  @Test func prefixTermsWalkedWithTheirIDs() throws {
    let lexicon = "optimis*\tvalence\t2\ncautiously optimis*\tvalence\t1\npeace talks\tvalence\t0.5\ntalks\tvalence\t0.5\n"
    let set = try LexiconSet.parse(files: [("test.tsv", Array(lexicon.utf8))])
    let matcher = PhraseMatcher(set)
    let text = "Officials were cautiously optimistic. The optimism about peace talks grew; optimists said so, cautiously."
    let document = Document(id: "p", text: text, segmenter: Segmenter(abbreviations: matcher.abbreviations))
    var memo = WordMemo()
    let ids = matcher.tokenIDs(document, memo: &memo) { _, _ in 0 }
    #expect(ids.hasPrefixIDs)
    #expect(ids.prefix.contains { $0 >= 0 })
    #expect(ids.starts == matcher.tokenIDs(document).starts)
    let expected = Self.reference(matcher, document, ids: ids)
    var found = SentenceMatches(sentences: document.sentences.count)
    matcher.sentenceMatches(document.sentences, ids: ids, into: &found)
    #expect(found.matches == expected.matches)
    #expect(found.ends == expected.ends)
    #expect(found.matches.count >= 4)
  }

  @Test func sameAsPerSentenceMatchingOnRandomLexiconWords() throws {
    let engine = try TestSupport.engine()
    let matcher = engine.matcher
    // The words of multi-word terms of every layer, and sentence ends
    // that cut terms.
    var words: [String] = []
    var layers = Set<Int>()
    for e in matcher.entries where e.term.contains(" ") {
      layers.insert(e.category.layer)
      words += e.term.split(separator: " ").map { $0.hasSuffix("*") ? String($0.dropLast()) + "ing" : String($0) }
    }
    #expect(layers.count == LexiconCategory.layerCount)
    words += ["the", "talks", ",", ".", "?", "not", "said", "Peace", "Talks"]
    var rng = SplitMix(seed: 0x5E7A)
    var found = 0
    var overlapping = 0
    var inside = 0
    // 1,500 rounds, and more (up to 6,000) until the shapes below are
    // covered: the words come from the built-in lexicon, so any edit to
    // it draws other sentences, and a fixed count of rounds would cover
    // them by chance.
    var round = 0
    while round < 1_500 || (inside <= 20 || overlapping <= 50) && round < 6_000 {
      defer { round += 1 }
      let text = (0..<Int(2 + rng.next() % 60)).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
      let document = engine.read(id: "r", text: text)
      found += check(matcher, document, scratch: MatchScratch(capacity: 1 + Int(rng.next() % 4)), "round \(round): \(text)")
      // Count the documents whose candidates overlapped within a layer (the
      // in-place resolution ran): the test covers it.
      let ids = matcher.tokenIDs(document)
      for sentence in document.sentences {
        var all: [PhraseMatch] = []
        MatcherWalkTests.referenceCandidates(matcher, in: sentence.tokens, ids: ids, into: &all)
        var kept: [PhraseMatch] = []
        matcher.matches(in: sentence.tokens, ids: ids, into: &kept)
        if kept.count < all.count { overlapping += 1 }
        let shapes = Self.longestShapes(matcher, sentence.tokens, ids: ids)
        if shapes.inside { inside += 1 }
      }
    }
    #expect(found > 10_000)
    #expect(overlapping > 50)
    // Longest candidates inside an earlier one of their layer (dropped
    // by the walk). A candidate crossing another's end (the fallback to
    // the per-sentence matcher) is rare with these words; the repository
    // texts cover it (`crossing > 5` above), and `check` compares both
    // paths whichever runs.
    #expect(inside > 20)
  }

  /// Whether, in some layer of the sentence `tokens`, the longest
  /// candidate from one start token lies inside the last one kept
  /// before it (`inside`) or crosses its end (`crossing`), as
  /// `sentenceMatches`'s walk sees them.
  static func longestShapes(_ matcher: PhraseMatcher, _ tokens: Range<Int>, ids: TokenIDs) -> (inside: Bool, crossing: Bool) {
    var inside = false
    var crossing = false
    for layer in 0..<LexiconCategory.layerCount {
      var held: Int32 = 0
      for start in tokens {
        var walk: [PhraseMatch] = []
        MatcherWalkTests.walk(matcher.tables, from: start, layer: layer, in: tokens, ids: ids, into: &walk)
        guard let longest = walk.last else { continue }
        if longest.start < held {
          if longest.end <= held { inside = true } else { crossing = true }
          if longest.end <= held { continue }
        }
        held = longest.end
      }
    }
    return (inside, crossing)
  }
}

extension DocumentMatchesTests {
  /// Expects `sentenceMatches` over `order` to equal matching each of its
  /// sentences alone; returns the number of matches.
  static func expectSentenceMatches(_ order: [Sentence], ids: TokenIDs, matcher: PhraseMatcher, _ label: String) -> Int {
    var expected = SentenceMatches(sentences: order.count)
    var buffer: [PhraseMatch] = []
    for sentence in order {
      buffer.removeAll()
      matcher.matches(in: sentence.tokens, ids: ids, into: &buffer)
      expected.append(buffer)
    }
    var matches = SentenceMatches(sentences: order.count)
    PhraseMatcher.sentenceMatches(order, ids: ids, tables: matcher.tables, scratch: MatchScratch(capacity: 1), into: &matches)
    #expect(matches.matches == expected.matches, "\(label)")
    #expect(matches.ends == expected.ends, "\(label)")
    return matches.matches.count
  }

  /// Sentences in any order (here reversed, each twice): the per-layer ends
  /// of the last candidates are cleared when the sentences go back, so a
  /// sentence's matches are its own whatever was walked before it.
  @Test func sentencesInAnyOrder() throws {
    let engine = try TestSupport.engine()
    let matcher = engine.matcher
    var found = 0
    for (origin, text) in try TextInvariantTests.repositoryTexts().prefix(80) {
      let document = engine.read(id: "t", text: text)
      let ids = matcher.tokenIDs(document)
      let order = document.sentences.reversed().flatMap { [$0, $0] }
      found += Self.expectSentenceMatches(order, ids: ids, matcher: matcher, "\(origin)")
    }
    #expect(found > 100)
  }
}

extension MatcherWalkTests {
  /// Every candidate of every layer in `tokens`, before overlaps are
  /// resolved.
  static func referenceCandidates(_ matcher: PhraseMatcher, in tokens: Range<Int>, ids: TokenIDs, into out: inout [PhraseMatch]) {
    let t = matcher.tables
    for layer in 0..<LexiconCategory.layerCount {
      for start in tokens {
        walk(t, from: start, layer: layer, in: tokens, ids: ids, into: &out)
      }
    }
  }

  /// Every match of the walk from token `start` in `layer`, in `tokens`,
  /// by the trie's plain lookups.
  static func walk(_ t: MatcherTables, from start: Int, layer: Int, in tokens: Range<Int>, ids: TokenIDs, into out: inout [PhraseMatch]) {
    var link = t.rootChild(ids.exact[start], layer: layer)
    if !link.exists { link = t.rootChild(ids.prefix[start], layer: layer) }
    if !link.exists { return }
    // (The node's entries from the table, and its children by lookups,
    // not the link's flag and filter: the walks that read them are
    // checked against this one.)
    var node = link.node
    var k = start + 1
    while true {
      if t.nodeEntryStart[Int(node)] < t.nodeEntryStart[Int(node) + 1] {
        out.append(PhraseMatch(start: Int32(start), end: Int32(k), node: node))
      }
      guard k < tokens.upperBound else { return }
      var next = TrieLink.none
      if ids.exact[k] >= 0 { next = t.child(node, ids.exact[k]) }
      if !next.exists, ids.prefix[k] >= 0 { next = t.child(node, ids.prefix[k]) }
      if !next.exists { return }
      node = next.node
      k += 1
    }
  }
}

extension DocumentMatchesTests {
  /// Sentences in token order with tokens between them (every other
  /// sentence, and every third): the walk skips the starts between
  /// sentences and bounds each walk by its sentence's end, as matching
  /// each sentence alone does.
  @Test func sentencesWithGapsBetweenThem() throws {
    let engine = try TestSupport.engine()
    let matcher = engine.matcher
    var found = 0
    for (origin, text) in try TextInvariantTests.repositoryTexts() {
      let document = engine.read(id: "t", text: text)
      let ids = matcher.tokenIDs(document)
      for step in [2, 3] {
        let order = stride(from: step - 1, to: document.sentences.count, by: step).map { document.sentences[$0] }
        found += Self.expectSentenceMatches(order, ids: ids, matcher: matcher, "\(origin), every \(step)")
      }
    }
    #expect(found > 1_000)
  }

  /// The start list holds `token << 3 | layer` for every set bit of every
  /// token's start layers, in token then layer order, then the sentinel:
  /// on seeded random start layers (mostly zero, runs of starts, lengths
  /// around the eight-token words and past the list's first capacity, so
  /// that it grows).
  @Test func startListHoldsEveryStart() {
    var rng = SplitMix(seed: 0x57A7)
    let scratch = MatchScratch(capacity: 1)
    for round in 0..<600 {
      let count = round < 500 ? Int(rng.next() % 40) : 1_000 + Int(rng.next() % 3_000)
      let dense = rng.next() % 3 == 0
      let mask: [UInt8] = (0..<count).map { _ in
        let r = rng.next()
        return dense || r % 4 == 0 ? UInt8(truncatingIfNeeded: r >> 8) & 0x1F : 0
      }
      var expected: [Int32] = []
      for (k, bits) in mask.enumerated() {
        for layer in 0..<8 where bits & (1 << layer) != 0 { expected.append(Int32(k << 3 | layer)) }
      }
      let (starts, n) = mask.withUnsafeBufferPointer { PhraseMatcher.DocumentWalk.collectStarts($0, into: scratch) }
      #expect(Array(UnsafeBufferPointer(start: starts, count: n)) == expected, "round \(round)")
      #expect(starts[n] == Int32.max, "round \(round)")
    }
  }
}
