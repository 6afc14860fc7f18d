import Testing

@testable import Parley

/// `PhraseMatcher.matches` walks each layer only from the tokens where
/// that layer has a term start, and skips child lookups that the node's
/// filter of child ids rules out. It finds what the walk before it found
/// (every layer from every start token, every child looked up in the hash
/// table; `referenceMatches` below), on every sentence of every repository
/// text, for all layers and for each single layer, and on seeded random
/// sequences of lexicon words. It also walks from every token, so the
/// start layers that `dropDeadStarts` clears are checked to find nothing.
@Suite struct MatcherWalkTests {
  /// The walk before the per-layer start lists and the child filter.
  static func referenceMatches(_ matcher: PhraseMatcher, in tokens: Range<Int>, ids: TokenIDs, layers only: Range<Int>? = nil) -> [PhraseMatch] {
    var out: [PhraseMatch] = []
    if tokens.isEmpty { return out }
    let t = matcher.tables
    let layers = t.layers
    let wanted = (only ?? 0..<layers).clamped(to: 0..<layers)
    // Every layer with a root edge for the token's ids, not the start
    // layers of `TokenIDs.starts` (`PhraseMatcher.dropDeadStarts` clears the
    // starts whose walk would find nothing: this checks that it does not
    // clear others).
    let mask = ids.exact.indices.map { i in t.startLayers(ids.exact[i]) | t.startLayers(ids.prefix[i]) }
    for layer in wanted {
      let bit = UInt8(1) << UInt8(layer)
      let layerFirst = out.count
      for start in tokens where mask[start] & bit != 0 {
        walk(t, from: start, layer: layer, in: tokens, ids: ids, into: &out)
      }
      PhraseMatcher.resolveOverlaps(&out, from: layerFirst)
    }
    if out.count > 1 { PhraseMatcher.insertionSort(&out, from: 0) { ($0.start, $0.end) < ($1.start, $1.end) } }
    return out
  }

  func check(_ matcher: PhraseMatcher, _ document: Document, _ label: String) -> Int {
    let ids = matcher.tokenIDs(document)
    var found = 0
    for sentence in document.sentences {
      for only in [nil] + (0..<LexiconCategory.layerCount).map({ Optional($0..<$0 + 1) }) {
        var fast: [PhraseMatch] = []
        matcher.matches(in: sentence.tokens, ids: ids, layers: only, into: &fast)
        let reference = Self.referenceMatches(matcher, in: sentence.tokens, ids: ids, layers: only)
        #expect(fast == reference, "\(label) sentence \(sentence.tokens) layers \(String(describing: only))")
        if only == nil { found += fast.count }
      }
    }
    return found
  }

  @Test func sameAsReferenceWalkOnRepositoryTexts() throws {
    let engine = try TestSupport.engine()
    var found = 0
    for (origin, text) in try TextInvariantTests.repositoryTexts() {
      found += check(engine.matcher, engine.read(id: "t", text: text), origin)
    }
    #expect(found > 1_000)
  }

  @Test func sameAsReferenceWalkOnRandomLexiconWords() throws {
    // Sentences made of the words of multi-word terms, so that walks go
    // deep, branch and overlap.
    let engine = try TestSupport.engine()
    let matcher = engine.matcher
    var words: [String] = []
    for e in matcher.entries where e.term.contains(" ") {
      words += e.term.split(separator: " ").map { $0.hasSuffix("*") ? String($0.dropLast()) + "ing" : String($0) }
    }
    words += ["the", "talks", ",", ".", "not", "said"]
    #expect(words.count > 100)
    var rng = SplitMix(seed: 0x3A7C)
    var found = 0
    for round in 0..<1_500 {
      let text = (0..<Int(2 + rng.next() % 30)).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
      found += check(matcher, engine.read(id: "r", text: text), "round \(round): \(text)")
    }
    #expect(found > 5_000)
  }
}
