import Testing

@testable import Parley

/// Attribution in a worker's kept arrays (`AttributionBuffers`, refilled
/// from document to document) gives what fresh arrays give.
@Suite struct AttributionBuffersTests {
  @Test func keptBuffersGiveWhatFreshOnesGiveOnEveryText() throws {
    let engine = try TestSupport.engine()
    var texts = try TextInvariantTests.repositoryTexts().map(\.text)
    // Longer, then shorter, then empty documents: the kept arrays shrink
    // and grow between them.
    texts += ["", "“Yes,” she said.", texts.joined(separator: "\n\n"), "One."]
    var random = SeededRandom(seed: 20_261_130)
    texts.shuffle(using: &random)
    var buffers = AttributionBuffers()
    var statements = 0
    var reused = 0
    var keptResolvers = 0
    for text in texts {
      let document = engine.read(id: "t", text: text)
      let ids = engine.matcher.tokenIDs(document)
      let fresh = TokenFacts(document: document, matcher: engine.matcher, ids: ids, vocabulary: engine.attributor.vocabulary)
      var kept = buffers.facts
      buffers.facts = TokenFacts()
      // With the node facts read for the earlier documents (`MatcherNodes`).
      kept.fill(document: document, matcher: engine.matcher, ids: ids, vocabulary: engine.attributor.vocabulary, matches: nil, nodes: &buffers.matcherNodes)
      Self.expectSame(kept, fresh, text)
      buffers.facts = kept
      let expected = engine.attributor.attribute(document, ids: ids)
      let got = engine.attributor.attribute(document, ids: ids, matches: nil, buffers: &buffers)
      #expect(got.statements == expected.statements, "\(text.prefix(80))")
      #expect(got.speakers == expected.speakers, "\(text.prefix(80))")
      #expect(got.warnings == expected.warnings, "\(text.prefix(80))")
      statements += got.statements.count
      // A text with a cue or a quote leaves its pass in the buffers, for
      // the next one to reuse (`AttributionPass.reuse`), without its
      // document.
      if let pass = buffers.pass {
        reused += 1
        #expect(pass.document.tokens.isEmpty && pass.warnings.isEmpty)
      }
      // A text with statements leaves its resolver there too
      // (`SpeakerResolver.take`, `handBack`), without its document, facts
      // or mentions.
      if let resolver = buffers.resolver.resolver {
        keptResolvers += 1
        #expect(resolver.document.tokens.isEmpty && resolver.facts.flags.isEmpty && resolver.mentions.isEmpty && resolver.pronounStatements.isEmpty)
      }
    }
    #expect(statements > 100)
    #expect(reused > 10)
    #expect(keptResolvers > 10)
  }

  /// With every slot of `MatcherNodes` taken (never so with the built-in
  /// lexicons), the node facts are read at every match and recorded as
  /// they are with slots.
  @Test func matcherNodesWithoutSlotsGiveTheSameFacts() throws {
    let engine = try TestSupport.engine()
    var nodes = MatcherNodes()
    nodes.tables = engine.matcher.tables
    nodes.facts = Array(repeating: NodeFacts(), count: MatcherNodes.maxSlots)
    var checked = 0
    for text in try TextInvariantTests.repositoryTexts().map(\.text).prefix(40) {
      let document = engine.read(id: "t", text: text)
      let ids = engine.matcher.tokenIDs(document)
      let fresh = TokenFacts(document: document, matcher: engine.matcher, ids: ids, vocabulary: engine.attributor.vocabulary)
      var full = TokenFacts()
      full.fill(document: document, matcher: engine.matcher, ids: ids, vocabulary: engine.attributor.vocabulary, matches: nil, nodes: &nodes)
      Self.expectSame(full, fresh, text)
      checked += fresh.cues.count + fresh.speakerMatches.count
    }
    #expect(nodes.facts.count == MatcherNodes.maxSlots)
    #expect(checked > 100)
  }

  /// `AttributionPass.sameStorage` (which lets a kept pass skip the
  /// vocabulary's arrays it holds already) says true only for arrays with
  /// the same elements: a copy, not an equal array made apart, nor a copy
  /// changed after (its own storage then), on seeded arrays.
  @Test func sameStorageMeansSameElements() {
    var random = SeededRandom(seed: 20_261_204)
    for round in 0..<500 {
      let a = (0..<Int.random(in: 0...40, using: &random)).map { _ in Bool.random(using: &random) }
      let copy = a
      #expect(AttributionPass.sameStorage(a, copy), "round \(round)")
      var changed = a
      if !changed.isEmpty {
        changed[Int.random(in: 0..<changed.count, using: &random)].toggle()
        #expect(!AttributionPass.sameStorage(a, changed), "round \(round)")
      }
      let apart = a.map { $0 }
      #expect(!AttributionPass.sameStorage(a, apart) || a.isEmpty, "round \(round)")
      let other = (0..<Int.random(in: 0...40, using: &random)).map { _ in Bool.random(using: &random) }
      #expect(!AttributionPass.sameStorage(a, other) || a == other, "round \(round)")
    }
  }

  /// `refillPrefix` (the per-token and per-mention tables, which never
  /// shrink) makes the first `count` elements `count` copies of the value,
  /// on seeded counts that grow and shrink, and never shortens the array.
  @Test func refillPrefixFillsBelowCountAndNeverShrinks() {
    var random = SeededRandom(seed: 20_261_131)
    var kept: [Int32] = []
    for round in 0..<2_000 {
      let count = Int.random(in: 0...300, using: &random)
      let value = Int32.random(in: -2...2, using: &random)
      // Something else written first, as a document writes its table.
      if !kept.isEmpty { kept[Int.random(in: 0..<kept.count, using: &random)] = 7 }
      let before = kept.count
      kept.refillPrefix(with: value, count: count)
      #expect(kept.count == max(before, count), "round \(round)")
      #expect(Array(kept[..<count]) == Array(repeating: value, count: count), "round \(round)")
    }
  }

  /// Without speaker mentions (the engine's path) attribution gives the
  /// same statements, warnings and speakers, each speaker's `mentions`
  /// left empty; in kept buffers, document after document.
  @Test func speakersWithoutMentionsEqualTheFullOnesOnEveryText() throws {
    let engine = try TestSupport.engine()
    var buffers = AttributionBuffers()
    var speakers = 0
    for (_, text) in try TextInvariantTests.repositoryTexts() {
      let document = engine.read(id: "t", text: text)
      let ids = engine.matcher.tokenIDs(document)
      let full = engine.attributor.attribute(document, ids: ids)
      let lean = engine.attributor.attribute(document, ids: ids, matches: nil, buffers: &buffers, speakerMentions: false)
      #expect(lean.statements == full.statements, "\(text.prefix(80))")
      #expect(lean.warnings == full.warnings, "\(text.prefix(80))")
      var stripped = full.speakers
      for i in stripped.indices { stripped[i].mentions = [] }
      #expect(lean.speakers == stripped, "\(text.prefix(80))")
      speakers += full.speakers.count
    }
    #expect(speakers > 50)
  }

  /// Word tokens classified from the memo's word facts (the engine's
  /// path) get what classifying their bytes gives (ids without facts).
  @Test func factsFromTheWordMemoEqualFactsFromTheBytes() throws {
    let engine = try TestSupport.engine()
    var memo = WordMemo(initialSlots: 16)
    var words = 0
    for (_, text) in try TextInvariantTests.repositoryTexts() {
      let document = engine.read(id: "t", text: text)
      let memoIDs = engine.tokenIDs(document, memo: &memo)
      #expect(memoIDs.wordFacts.count == document.tokens.count)
      let fromMemo = TokenFacts(document: document, matcher: engine.matcher, ids: memoIDs, vocabulary: engine.attributor.vocabulary)
      let fromBytes = AttributionTestSupport.facts(document, engine)
      Self.expectSame(fromMemo, fromBytes, text)
      words += document.tokens.filter { $0.kind == .word }.count
    }
    #expect(words > 10_000)
  }

  static func expectSame(_ a: TokenFacts, _ b: TokenFacts, _ text: String) {
    let origin = "\(text.prefix(80))"
    #expect(a.flags.indices.map(a.word) == b.flags.indices.map(b.word), "\(origin)")
    #expect(a.flags == b.flags, "\(origin)")
    // The match indices are read only where a token's row says a match
    // covers it (kept arrays are not refilled): compared there.
    #expect(a.flags.indices.map { a.has($0, .inSpeaker) ? a.speakerAt[$0] : -1 } == b.flags.indices.map { b.has($0, .inSpeaker) ? b.speakerAt[$0] : -1 }, "\(origin)")
    #expect(a.flags.indices.map { a.has($0, .inCue) ? a.cueAt[$0] : -1 } == b.flags.indices.map { b.has($0, .inCue) ? b.cueAt[$0] : -1 }, "\(origin)")
    // (Kept arrays are not cut either: a token's entry at least.)
    #expect(a.speakerAt.count >= a.flags.count && a.cueAt.count >= a.flags.count && b.speakerAt.count >= b.flags.count && b.cueAt.count >= b.flags.count, "\(origin)")
    // Every token a match covers, and no other, is flagged.
    for f in [a, b] {
      var inSpeaker = Array(repeating: false, count: f.flags.count)
      var inCue = inSpeaker
      for m in f.speakerMatches { for k in m.start..<m.end { inSpeaker[k] = true } }
      for c in f.cues { for k in c.start..<c.end { inCue[k] = true } }
      #expect(f.flags.indices.allSatisfy { f.has($0, .inSpeaker) == inSpeaker[$0] && f.has($0, .inCue) == inCue[$0] }, "\(origin)")
      // The pronoun bit marks exactly the tokens whose speaker match is a
      // pronoun of that token alone, with a class.
      let pronouns = f.flags.indices.map { i in
        f.speaker(i).map { $0.categories.contains(.pronoun) && $0.start == i && $0.end == i + 1 && $0.pronoun != .none } ?? false
      }
      #expect(f.flags.indices.map { f.has($0, .pronoun) } == pronouns, "\(origin)")
      #expect(f.flags.indices.allSatisfy { f.pronoun($0) == (pronouns[$0] ? f.speaker($0)!.pronoun : .none) }, "\(origin)")
    }
    #expect(a.quoteTokens == b.quoteTokens, "\(origin)")
    #expect(a.cues.map { [$0.start, $0.end, $0.entry] } == b.cues.map { [$0.start, $0.end, $0.entry] }, "\(origin)")
    #expect(
      a.speakerMatches.map { [$0.start, $0.end, Int($0.categories.rawValue), Int($0.gender.rawValue), Int($0.pronoun.rawValue), Int($0.head)] }
        == b.speakerMatches.map { [$0.start, $0.end, Int($0.categories.rawValue), Int($0.gender.rawValue), Int($0.pronoun.rawValue), Int($0.head)] }, "\(origin)")
  }
}
