import Testing

@testable import Parley

/// The resolver's search for the latest entity with the same core
/// (`latestEntity(withCore:before:)`: a buffer walk with a token-count
/// check, past entities whose `coreKeys` lack the core's bit) answers as
/// the plain scan over each entity's mentions; the name comparisons over
/// buffers answer as those over the document, and `samePerson` either way
/// round; and names that `find` would join share a bit of their
/// `tokenKeys`.
@Suite struct ResolverScanTests {
  @Test func bufferComparisonsEqualThePlainOnes() throws {
    let engine = try TestSupport.engine()
    var random = SeededRandom(seed: 20_261_130)
    var compared = 0
    var same = 0
    for text in try AttributionSnapshotTests.texts(engine).prefix(300).map(\.text) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      let resolver = SpeakerResolver(document: document, facts: facts, mentions: [])
      let n = document.tokens.count
      guard n > 0 else { continue }
      // Ranges of up to four tokens, most of them capitalized words (the
      // names the resolver compares), some anywhere.
      let capitals = (0..<n).filter { facts.isCapitalized($0) }
      func range() -> Range<Int> {
        let start = capitals.isEmpty || Bool.random(using: &random) && Int.random(in: 0..<4, using: &random) == 0 ? Int.random(in: 0..<n, using: &random) : capitals[Int.random(in: 0..<capitals.count, using: &random)]
        return start..<min(n, start + Int.random(in: 1...4, using: &random))
      }
      for _ in 0..<200 {
        let a = range()
        let b = range()
        let (person, words) = document.tokens.withUnsafeBufferPointer { tokens in
          document.text.withUnsafeBufferPointer { (SpeakerResolver.samePerson(a, b, tokens, $0), SpeakerResolver.sameText(a, b, tokens, $0)) }
        }
        let personBack = document.tokens.withUnsafeBufferPointer { tokens in
          document.text.withUnsafeBufferPointer { SpeakerResolver.samePerson(b, a, tokens, $0) }
        }
        #expect(person == personBack, "\(a) \(b)")
        #expect(words == resolver.sameText(a, b), "\(a) \(b)")
        // `find`'s filter: a pair it may join (same person, same words, or
        // the same first word) is never told apart by the keys; nor are
        // cores that read the same by their `coreKey`.
        if person || words || resolver.sameToken(a.lowerBound, b.lowerBound) {
          let keys = document.tokens.withUnsafeBufferPointer { tokens in
            document.text.withUnsafeBufferPointer { SpeakerResolver.tokenKeys(a, tokens, $0) & SpeakerResolver.tokenKeys(b, tokens, $0) }
          }
          #expect(keys != 0, "\(a) \(b)")
          #expect(resolver.nameKeys(a) & resolver.nameKeys(b) != 0, "\(a) \(b)")
        }
        if words { #expect(resolver.coreKey(a) == resolver.coreKey(b), "\(a) \(b)") }
        compared += 1
        if person { same += 1 }
      }
    }
    #expect(compared > 50_000)
    #expect(same > 1_000)
  }

  @Test func latestEntityEqualsThePlainScan() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var found = 0
    for (text, document, mentions, resolver) in try Self.resolvedSnapshotTexts(engine) {
      // Every mention's core, and a few seeded ranges of the text.
      var cores = mentions.map(\.core)
      let n = document.tokens.count
      for a in stride(from: 0, to: n, by: 7) { cores.append(a..<min(n, a + 1 + a % 3)) }
      for core in cores {
        let plain = resolver.entities.indices.reversed().first { e in
          resolver.anyMention(of: e) { mentions[$0].pronoun == .none && resolver.sameText(mentions[$0].core, core) }
        }
        #expect(resolver.latestEntity(withCore: core, before: n) == plain, "\(text.prefix(80).debugDescription) \(core)")
        compared += 1
        if plain != nil { found += 1 }
      }
    }
    #expect(compared > 10_000)
    #expect(found > 1_000)
  }

  /// `latestNamed(sharingWordsWith:_:)`, which answers at once for a name
  /// that shares no bit with `nameKeysOfAll` (the union of every name
  /// key an entity has had), finds the entity the plain scan over every
  /// entity's name finds: for each mention's name and seeded ranges of the
  /// text, in each snapshot text once resolved.
  @Test func latestNamedEqualsThePlainScan() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var found = 0
    var filtered = 0
    for (text, document, mentions, resolver) in try Self.resolvedSnapshotTexts(engine) {
      for entity in resolver.entities {
        #expect(entity.nameKeys & ~resolver.nameKeysOfAll == 0, "\(text.prefix(80).debugDescription)")
      }
      var names = mentions.compactMap(\.name)
      let n = document.tokens.count
      for a in stride(from: 0, to: n, by: 5) { names.append(a..<min(n, a + 1 + a % 3)) }
      for name in names {
        let plain = resolver.entities.indices.reversed().first { e in resolver.entities[e].name.map { resolver.sameText($0, name) } ?? false }
        let read = resolver.latestNamed(sharingWordsWith: name) { _, en, tokens, text, _ in SpeakerResolver.sameText(name, en, tokens, text) }
        #expect(read == plain, "\(text.prefix(80).debugDescription) \(name)")
        compared += 1
        if plain != nil { found += 1 }
        if resolver.nameKeys(name) & resolver.nameKeysOfAll == 0 { filtered += 1 }
      }
    }
    #expect(compared > 10_000)
    #expect(found > 1_000)
    #expect(filtered > 1_000)
  }

  /// `abbreviationLetters`, which reads a token's bytes before it makes
  /// the array of its letters, answers as the plain reading (the capitals
  /// of a token of capitals and periods, two to six of them): for seeded
  /// tokens of capitals, periods, lower-case letters and digits.
  @Test func abbreviationLettersEqualThePlainReading() {
    var random = SeededRandom(seed: 20_261_205)
    let alphabet = Array("ABCRSFW.....ab1-".utf8)
    var abbreviations = 0
    for _ in 0..<5_000 {
      let bytes = (0..<Int.random(in: 1...9, using: &random)).map { _ in
        Int.random(in: 0..<4, using: &random) == 0 ? alphabet[Int.random(in: 0..<alphabet.count, using: &random)] : alphabet[Int.random(in: 0..<6, using: &random)]
      }
      let plain: [UInt8]? = {
        var letters: [UInt8] = []
        for b in bytes {
          if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") {
            letters.append(b)
          } else if b != UInt8(ascii: ".") {
            return nil
          }
        }
        return (2...6).contains(letters.count) ? letters : nil
      }()
      let read = bytes.withUnsafeBufferPointer { SpeakerResolver.abbreviationLetters(Token(start: 0, end: Int32(bytes.count), kind: .word, isCapitalized: true, spaceBefore: true), $0) }
      #expect(read == plain, "\(String(decoding: bytes, as: UTF8.self))")
      if plain != nil { abbreviations += 1 }
    }
    #expect(abbreviations > 500)
  }

  /// `mostRecent`'s latest mention of an entity before a mention, read at
  /// the entity's `last` when every mention of it starts earlier, answers
  /// as the walk over its mentions: for every mention and every entity of
  /// each snapshot text once resolved.
  @Test func latestMentionStartEqualsTheWalk() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var atLast = 0
    for (text, document, mentions, resolver) in try Self.resolvedSnapshotTexts(engine) {
      for m in mentions {
        for e in resolver.entities.indices {
          let walk = resolver.latestMentionStartByWalk(of: e, before: m)
          #expect(resolver.latestMentionStart(of: e, before: m) == walk, "\(text.prefix(80).debugDescription) \(m.tokens) \(e)")
          compared += 1
          if walk >= 0, walk == resolver.entities[e].last { atLast += 1 }
        }
      }
    }
    #expect(compared > 10_000)
    #expect(atLast > 1_000)
  }

  /// `latestSpeakerMatch` starts its walk by halving, which holds only if
  /// the speaker matches are in text order by start; over every snapshot
  /// text they are, and the walk answers as the plain walk back over all
  /// of them (the texts are far shorter than `reach`).
  @Test func latestSpeakerMatchEqualsThePlainWalk() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var found = 0
    for (_, text) in try AttributionSnapshotTests.texts(engine) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      let matches = facts.speakerMatches
      #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.start <= $1.start }, "\(text.prefix(80).debugDescription)")
      let resolver = SpeakerResolver(document: document, facts: facts, mentions: [])
      let n = document.tokens.count
      #expect(n < SpeakerResolver.reach)
      for limit in stride(from: 0, through: n, by: 3) {
        // The latest match ending by `limit` whose head is a capitalized
        // word, as a body would be looked for.
        let plain = matches.lastIndex { $0.end <= limit && facts.isCapitalized($0.end - 1) }.map { matches[$0].start..<matches[$0].end }
        let walked = resolver.latestSpeakerMatch(before: limit) { s in facts.isCapitalized(s.end - 1) ? s.start..<s.end : nil }
        #expect(walked == plain, "\(text.prefix(80).debugDescription) \(limit)")
        compared += 1
        if plain != nil { found += 1 }
      }
    }
    #expect(compared > 10_000)
    #expect(found > 1_000)
  }

  /// `fullName` in a long text, read from the sorted array of tokens after
  /// capitals, finds what the scan back through the text finds, for every
  /// capitalized word and limits across the text (the snapshot's texts
  /// joined 250 at a time, longer than `fullNameIndexFrom`).
  @Test func fullNameFromTheIndexEqualsTheScan() throws {
    let engine = try TestSupport.engine()
    let texts = try AttributionSnapshotTests.texts(engine).map(\.text)
    var compared = 0
    var found = 0
    var long = 0
    for start in stride(from: 0, to: min(texts.count, 1_000), by: 250) {
      let document = engine.read(id: "t", text: texts[start..<min(texts.count, start + 250)].joined(separator: "\n\n"))
      let facts = AttributionTestSupport.facts(document, engine)
      var resolver = SpeakerResolver(document: document, facts: facts, mentions: [])
      let n = document.tokens.count
      guard n > SpeakerResolver.fullNameIndexFrom else { continue }
      long += 1
      for t in stride(from: 1, to: n, by: 7) where facts.isCapitalized(t) && facts.has(t, .word) {
        for limit in [t, min(n, t + 1), min(n, t + 500)] {
          let scanned = resolver.oneWordReadingsByScan(t, before: limit).fullName
          #expect(resolver.fullNameFromIndex(endingWith: t, before: limit) == scanned, "token \(t) limit \(limit)")
          compared += 1
          if scanned != nil { found += 1 }
        }
      }
    }
    #expect(long >= 2)
    #expect(compared > 1_000)
    #expect(found > 20)
  }

  /// The walk stops `reach` tokens before its limit, or at the floor it
  /// is given: a match that starts earlier is not read.
  @Test func latestSpeakerMatchStopsAtItsFloor() throws {
    let engine = try TestSupport.engine()
    let document = engine.read(id: "t", text: "The ministry said the talks went well. Later, the agency added that the deal was close.")
    let facts = AttributionTestSupport.facts(document, engine)
    let resolver = SpeakerResolver(document: document, facts: facts, mentions: [])
    let starts = facts.speakerMatches.map(\.start)
    try #require(starts.count >= 2)
    let n = document.tokens.count
    #expect(resolver.latestSpeakerMatch(before: n) { $0.start } == starts.last)
    #expect(resolver.latestSpeakerMatch(before: n, from: starts[0]) { $0.start == starts[0] ? $0.start : nil } == starts[0])
    #expect(resolver.latestSpeakerMatch(before: n, from: starts[0] + 1) { $0.start == starts[0] ? $0.start : nil } == nil)
  }

  /// Every snapshot text read, its mentions found and its speakers
  /// resolved: the text, its document, its mentions and the resolver
  /// after `resolve()`.
  /// `resolve` reads the mentions' order in its pass over the
  /// appositives, on the guess that they are in text order, and starts
  /// again on their sorted order when they are not: mentions handed over
  /// shuffled (each appositive's `boundTo` renumbered with them) give each
  /// mention the same entity, and each entity the same speaker, as the
  /// same mentions in text order.
  @Test func shuffledMentionsResolveAsInOrder() throws {
    let engine = try TestSupport.engine()
    var random = SeededRandom(seed: 20_261_204)
    var compared = 0
    var appositives = 0
    for (text, document, facts, pass) in try AttributionTestSupport.attributedSnapshotTexts(engine) {
      let mentions = pass.mentions
      // (Strictly in order, so that the sorted order of the shuffle is
      // this one.)
      guard mentions.count >= 2, mentions.indices.dropFirst().allSatisfy({ mentions[$0 - 1].tokens.lowerBound < mentions[$0].tokens.lowerBound }) else { continue }
      var inOrder = SpeakerResolver(document: document, facts: facts, mentions: mentions, pronounStatements: pass.pronounStatements)
      let expected = inOrder.resolve()
      // `order[k]`: the mention in text order at place `k` of the shuffle.
      var order = Array(mentions.indices)
      order.shuffle(using: &random)
      var place = [Int](repeating: 0, count: mentions.count)
      for (k, i) in order.enumerated() { place[i] = k }
      let shuffled = order.map { i -> Mention in
        var m = mentions[i]
        m.boundTo = m.boundTo.map { place[$0] }
        return m
      }
      var resolver = SpeakerResolver(document: document, facts: facts, mentions: shuffled, pronounStatements: pass.pronounStatements)
      let entityOf = resolver.resolve()
      for (k, i) in order.enumerated() {
        #expect(entityOf[k] == expected[i], "\(text.prefix(80).debugDescription) mention \(i)")
      }
      #expect(resolver.entities.count == inOrder.entities.count, "\(text.prefix(80).debugDescription)")
      if resolver.entities.count == inOrder.entities.count {
        for e in resolver.entities.indices {
          #expect(resolver.speaker(e) == inOrder.speaker(e), "\(text.prefix(80).debugDescription) entity \(e)")
        }
      }
      compared += mentions.count
      appositives += mentions.filter { $0.boundTo != nil }.count
    }
    #expect(compared > 1_000)
    #expect(appositives > 50)
  }

  static func resolvedSnapshotTexts(_ engine: Engine) throws -> [(String, Document, [Mention], SpeakerResolver)] {
    try AttributionTestSupport.attributedSnapshotTexts(engine).map { (text, document, facts, pass) in
      var resolver = SpeakerResolver(document: document, facts: facts, mentions: pass.mentions, pronounStatements: pass.pronounStatements)
      _ = resolver.resolve()
      return (text, document, pass.mentions, resolver)
    }
  }
}

/// `LineCursor` counts on from the offset before and answers as
/// `lineAndColumn(of:in:)`, which counts from the start; an offset before
/// the last starts it over.
@Suite struct LineCursorTests {
  @Test func equalsCountingFromTheStart() {
    var random = SeededRandom(seed: 20_261_201)
    for _ in 0..<50 {
      let bytes = (0..<Int.random(in: 0..<400, using: &random)).map { _ in Bool.random(using: &random) && Int.random(in: 0..<6, using: &random) == 0 ? UInt8(0x0A) : UInt8(ascii: "a") }
      var cursor = LineCursor()
      var offset = 0
      for _ in 0..<40 {
        // Mostly forward, sometimes back, sometimes at the very end.
        offset = Int.random(in: 0..<5, using: &random) == 0 ? Int.random(in: 0...bytes.count, using: &random) : min(bytes.count, offset + Int.random(in: 0..<30, using: &random))
        let counted = cursor.lineAndColumn(of: offset, in: bytes)
        let plain = lineAndColumn(of: offset, in: bytes)
        #expect(counted.line == plain.line && counted.column == plain.column, "\(offset)")
      }
    }
  }
}

/// The marked grammar words (`WordMarks`) are read from the lexicon's
/// notes: each built-in mark has its words, in any case and with a curly
/// apostrophe folded, and a word is found only under its own mark.
@Suite struct WordMarksTests {
  @Test func builtInMarksFindTheirWords() throws {
    let engine = try TestSupport.engine()
    let marks = engine.attributor.vocabulary.marks
    let document = engine.read(id: "t", text: "A report By the agency, from Kyiv, said in its summary what the talks held, though not all.")
    func marked(_ mark: WordMark) -> [String] {
      document.tokens.indices.filter { marks.has(mark, $0, in: document) }.map { document.string(token: $0) }
    }
    #expect(marked(.agent) == ["By"])
    #expect(marked(.origin) == ["from"])
    #expect(marked(.container) == ["in"])
    #expect(marked(.what) == ["what"])
    #expect(marked(.concession) == ["though"])
    #expect(WordMarks().has(.agent, 2, in: document) == false)
  }

  /// A lookup reads only its mark's words, found by the mark's place in
  /// `allCases`: every token of some texts is marked as the plain search
  /// over every marked word would mark it.
  @Test func markOrdinalsFollowAllCases() throws {
    #expect(WordMark.allCases.enumerated().allSatisfy { $0.offset == $0.element.ordinal })
    let engine = try TestSupport.engine()
    let marks = engine.attributor.vocabulary.marks
    let words = engine.attributor.matcher.grammarWords.flatMap { entry in WordMark.names(inNote: entry.note).compactMap(WordMark.init(rawValue:)).map { (entry.term.lowercased(), $0) } }
    for text in try AttributionSnapshotTests.texts(engine).prefix(100).map(\.text) {
      let document = engine.read(id: "t", text: text)
      for t in document.tokens.indices {
        let spelling = document.string(token: t).lowercased()
        for mark in WordMark.allCases {
          #expect(marks.has(mark, t, in: document) == words.contains { $0.0 == spelling && $0.1 == mark })
        }
      }
    }
  }
}
