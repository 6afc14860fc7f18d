import Testing

@testable import Parley

/// The attribution's binary searches (over buffers, with unchecked
/// arithmetic and no branch on the keys) answer as the plain walks, for
/// every token of the snapshot's texts and past either end:
/// `firstCue(atOrAfter:)` (and with a hint, right or wrong),
/// `paragraphStart(of:)` and `TokenFacts.quoteTokens(in:)`; and the walk
/// over buffers for a content's conjunctions (`nextConjunction`) as the
/// one over the arrays; `SpeakerResolver.fullName`'s walk, which passes
/// two tokens at a time, as the one that reads every token; the one scan
/// for a one-word name's readers as the readers, and its vector filter
/// of token lengths as a test of each token; and the drafts'
/// paragraph order that `addDraft` relies on.
@Suite struct AttributionSearchTests {
  @Test func searchesEqualThePlainWalks() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var withCues = 0
    var withQuotes = 0
    for (_, text) in try AttributionSnapshotTests.texts(engine).prefix(300) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      let pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      if !facts.cues.isEmpty { withCues += 1 }
      if !facts.quoteTokens.isEmpty { withQuotes += 1 }
      let n = document.tokens.count
      for t in -1...(n + 1) {
        let plain = facts.cues.firstIndex { $0.start >= t } ?? facts.cues.count
        #expect(pass.firstCue(atOrAfter: t) == plain, "token \(t)")
        // With the right hint, or a wrong one (a unit read out of order).
        for hint in [plain, 0, plain - 1, plain + 1, facts.cues.count, -1, facts.cues.count + 3] {
          #expect(pass.firstCue(atOrAfter: t, hint: hint) == plain, "token \(t), hint \(hint)")
        }
        if t >= 0, t < n, !document.sentences.isEmpty {
          let sentence = document.sentences.lastIndex { $0.tokens.lowerBound <= t } ?? 0
          #expect(pass.paragraphStart(of: t) == document.paragraphs[document.sentences[sentence].paragraph].tokens.lowerBound, "token \(t)")
        }
        for length in [0, 1, 5, 40] where t >= 0 {
          let range = t..<(t + length)
          #expect(Array(facts.quoteTokens(in: range)) == facts.quoteTokens.filter { range.contains(Int($0)) }, "\(range)")
        }
        compared += 1
      }
    }
    #expect(compared > 10_000)
    #expect(withCues > 50)
    #expect(withQuotes > 50)
  }

  /// `branchFreeLowerBound` as a walk to the first key not below the
  /// target, for every length up to 40, with repeated keys and targets
  /// below, among and above them.
  @Test func branchFreeLowerBoundEqualsTheWalk() {
    for count in 0...40 {
      let keys = (0..<count).map { 3 * ($0 / 2) }  // 0, 0, 3, 3, 6, …
      for t in -2...(3 * count / 2 + 2) {
        let walk = keys.firstIndex { $0 >= t } ?? count
        #expect(branchFreeLowerBound(count: count, t) { keys[$0] } == walk, "count \(count), target \(t)")
      }
    }
  }

  @Test func nextConjunctionEqualsThePlainWalk() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var found = 0
    let texts = try AttributionSnapshotTests.texts(engine).prefix(300).map(\.text)
    AttributionTestSupport.forEachReadParagraph(texts, engine) { pass, tokens, _ in
      let facts = pass.facts
      for start in tokens {
        for end in [start, min(tokens.upperBound, start + 3), min(tokens.upperBound, start + 12), tokens.upperBound] {
          var plain: Int? = nil
          var j = start
          while j < end {
            let q = pass.quoteAt[j]
            if q >= 0 {
              j = pass.quotes[Int(q)].marks.upperBound
              continue
            }
            if facts.word(j) == .and || facts.word(j) == .but {
              plain = j
              break
            }
            j += 1
          }
          #expect(pass.nextConjunction(from: start, before: end) == plain, "\(start)..<\(end)")
          compared += 1
          if plain != nil { found += 1 }
        }
      }
    }
    #expect(compared > 10_000)
    #expect(found > 1_000)
  }

  /// A one-word name's full name (`oneWordReadings`: a mask of 64 tokens'
  /// tests at a time, its bits visited latest first, or the index in long
  /// texts) equals the walk over every token, for every capitalized word
  /// as the name and a limit right after it and at the end of the text.
  @Test func fullNameEqualsThePlainWalk() throws {
    var compared = 0
    var found = 0
    try Self.eachCapitalizedWord { resolver, document, facts, t, limit in
      let plain = Self.plainFullName(t, limit, document, facts, resolver)
      #expect(resolver.oneWordReadings(t, before: limit).fullName == plain, "\(t) before \(limit)")
      compared += 1
      if plain != nil { found += 1 }
    }
    #expect(compared > 10_000)
    #expect(found > 500)
  }

  /// Calls `body` for every capitalized word `t` of every snapshot text,
  /// with a limit at it, right after it and at the end of the text, and a
  /// resolver of the text with no mentions.
  static func eachCapitalizedWord(_ body: (inout SpeakerResolver, Document, TokenFacts, Int, Int) -> Void) throws {
    let engine = try TestSupport.engine()
    for (_, text) in try AttributionSnapshotTests.texts(engine) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      var resolver = SpeakerResolver(document: document, facts: facts, mentions: [])
      let n = document.tokens.count
      for t in 0..<n where facts.isCapitalized(t) && facts.has(t, .word) {
        for limit in [t, t + 1, n] where limit <= n {
          body(&resolver, document, facts, t, limit)
        }
      }
    }
  }

  /// The walk as it was: every token before `limit`, latest first; a run
  /// of capitalized words (no speaker noun) after the name's last word, up
  /// to four words in all and not followed by another, is a second surname.
  static func plainFullName(_ t: Int, _ limit: Int, _ document: Document, _ facts: TokenFacts, _ resolver: SpeakerResolver) -> Range<Int>? {
    var j = min(limit, document.tokens.count) - 1
    while j >= 1 {
      if facts.isCapitalized(j - 1), document.tokens[j].length == document.tokens[t].length, resolver.sameToken(j, t) {
        var k = j - 1
        while k > 0, j - k < 2, facts.isCapitalized(k - 1) { k -= 1 }
        let afterDeterminer = k > 0 && facts.word(k - 1) == .determiner
        while k < j, let title = facts.speaker(k), title.start <= k, title.categories.contains(.title), title.end <= j, title.end > k { k = title.end }
        let named = k
        while k < j, SpeakerResolver.opensSentenceOnly(facts.word(k)) { k += 1 }
        let startsSentence = k == 0 || facts.isTerminal(k - 1) || facts.isQuote(k - 1)
        if !afterDeterminer, !startsSentence, !(k == j && named < j) {
          var e = j + 1
          while e < limit, e - k < 4, facts.isCapitalized(e), facts.has(e, .word), facts.speaker(e) == nil { e += 1 }
          let n = document.tokens.count
          return e > j + 1 && e < n && facts.isCapitalized(e) ? k..<(j + 1) : k..<e
        }
      }
      j -= 1
    }
    return nil
  }

  /// `oneWordReadingsByScan`, one scan for the three readings of a
  /// one-word name, reads what each reads by itself: the full name (the
  /// plain walk), else the surname-first name and the token where
  /// `nameStarting` starts (their own readers).
  @Test func oneWordReadingsEqualTheReaders() throws {
    var compared = 0
    var found = 0
    try Self.eachCapitalizedWord { resolver, document, facts, t, limit in
      let readings = resolver.oneWordReadingsByScan(t, before: limit)
      if let full = Self.plainFullName(t, limit, document, facts, resolver) {
        #expect(readings.fullName == full && readings.surnameFirst == nil && readings.nameStart == nil, "\(t) before \(limit)")
      } else {
        #expect(readings.fullName == nil, "\(t) before \(limit)")
        #expect(readings.surnameFirst == resolver.surnameFirstName(startingWith: t, before: limit), "\(t) before \(limit)")
        #expect(readings.nameStart == resolver.nameStartToken(t, before: limit), "\(t) before \(limit)")
        if readings.nameStart != nil { found += 1 }
      }
      compared += 1
    }
    #expect(compared > 10_000)
    #expect(found > 10)
  }

  /// `SpeakerResolver.sameLengths`, eight tokens' lengths compared as
  /// vectors (`oneWordReadingsByScan`'s filter), sets the bits that a test
  /// of each token sets: at every token of the snapshot's texts, for each
  /// length among the eight and two that none has.
  @Test func sameLengthsEqualTheTokenTests() throws {
    let engine = try TestSupport.engine()
    #expect(SpeakerResolver.tokenWordsAreVectorable)
    var compared = 0
    var set = 0
    for (_, text) in try AttributionSnapshotTests.texts(engine).prefix(100) {
      let tokens = engine.read(id: "t", text: text).tokens
      guard tokens.count >= 8 else { continue }
      tokens.withUnsafeBufferPointer { buffer in
        let words = UnsafeRawPointer(buffer.baseAddress!)
        for x in 0...(tokens.count - 8) {
          for length in Set((x..<(x + 8)).map { tokens[$0].length }).union([0, 99]) {
            var plain: UInt64 = 0
            for k in 0..<8 where tokens[x + k].length == length { plain |= 1 << UInt64(k) }
            #expect(SpeakerResolver.sameLengths(words, x, SIMD8(repeating: Int32(length))) == plain, "\(x), length \(length)")
            compared += 1
            if plain.nonzeroBitCount > 1 { set += 1 }
          }
        }
      }
    }
    #expect(compared > 10_000)
    #expect(set > 1_000)
  }

  /// Every draft's tokens lie in its paragraph and the drafts are in
  /// paragraph order, so the same tokens can only come from the same
  /// paragraph (`addDraft` looks no further back).
  @Test func draftsStayInTheirParagraphs() throws {
    let engine = try TestSupport.engine()
    var drafts = 0
    for (_, text) in try AttributionSnapshotTests.texts(engine) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      var pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      for p in document.paragraphs.indices { pass.attribute(paragraph: p) }
      var last = 0
      for d in pass.drafts {
        let paragraph = document.paragraphs[d.paragraph].tokens
        #expect(d.tokens.lowerBound >= paragraph.lowerBound && d.tokens.upperBound <= paragraph.upperBound, "\(text.prefix(80))")
        #expect(d.paragraph >= last, "\(text.prefix(80))")
        last = d.paragraph
        drafts += 1
      }
    }
    #expect(drafts > 1_000)
  }
}
