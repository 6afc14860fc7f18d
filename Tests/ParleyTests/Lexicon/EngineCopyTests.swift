import Foundation
import Testing

@testable import Parley

/// A worker thread scores with `Engine.deepCopy()` (`CorpusRunner`), made
/// from the built tables instead of the lexicons: it must score as the
/// engine it copies and as a freshly built one, share none of the
/// matcher's buffers with it, and its folded tables (`FoldedIDTable`) must
/// answer as `FoldedTable` does.
@Suite struct EngineCopyTests {
  /// The record of every fixture article and of every sixty-fourth other
  /// repository text, with and without evidence, from the engine, its
  /// copy, a copy of the copy and an engine built anew from the same
  /// lexicons and parameters. (Every fourth text took five minutes of a
  /// debug run, most of CI's test time, and the articles hold nearly every
  /// kind of cue the others do.)
  @Test func copyScoresAsTheEngine() throws {
    var engine = try TestSupport.engine()
    engine.parameters.valenceAlpha *= 1.5
    let copies = [engine.deepCopy(), engine.deepCopy().deepCopy(), Engine(lexicons: engine.lexicons, parameters: engine.parameters)]
    func record(_ e: Engine, _ text: String, _ evidence: Bool) -> [UInt8] {
      let document = e.read(id: "t", text: text)
      var w = JSONWriter()
      ReportEncoder(evidence: evidence).record(e.analyze(document, evidence: evidence), document: document, parameters: e.parameters, into: &w)
      return w.bytes
    }
    let all = try TextInvariantTests.repositoryTexts()
    let articles = all.filter { $0.origin.hasSuffix(".json") }
    let texts = articles + all.enumerated().filter { $0.offset % 64 == 0 && !$0.element.origin.hasSuffix(".json") }.map(\.element)
    #expect(articles.count >= 30 && texts.count > 250)
    for (origin, text) in texts {
      for evidence in [false, true] {
        let expected = record(engine, text, evidence)
        for (n, copy) in copies.enumerated() {
          #expect(record(copy, text, evidence) == expected, "\(origin), copy \(n), evidence \(evidence)")
        }
      }
    }
  }

  /// The copy's matcher holds its own arrays and tables.
  @Test func copySharesNoMatcherBuffer() throws {
    let engine = try TestSupport.engine()
    let a = engine.matcher
    let b = engine.deepCopy().matcher
    func address<T>(_ x: [T]) -> UnsafeRawPointer? { x.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
    #expect(address(a.entries) != address(b.entries))
    #expect(address(a.grammarWords) != address(b.grammarWords))
    #expect(address(a.categories) != address(b.categories))
    #expect(address(a.weights) != address(b.weights))
    #expect(address(a.tables.nodeEntryIDs) != address(b.tables.nodeEntryIDs))
    #expect(a.tables !== b.tables)
    #expect(a.tables.records != b.tables.records && a.tables.edges != b.tables.edges)
    #expect(a.entries.count == b.entries.count && a.grammarWords.count == b.grammarWords.count)
    // The raw tables hold the same values.
    let t = a.tables
    let u = b.tables
    #expect(t.idCount == u.idCount && t.layers == u.layers && t.edgeMask == u.edgeMask && t.maxNodeEntries == u.maxNodeEntries)
    let ids = max(1, t.idCount)
    // (With the empty record before the first id's.)
    #expect(memcmp(t.records - 1, u.records - 1, (ids + 1) * MemoryLayout<StartRecord>.stride) == 0)
    #expect(Array(UnsafeBufferPointer(start: t.soloStarts, count: ids)) == Array(UnsafeBufferPointer(start: u.soloStarts, count: ids)))
    #expect(memcmp(t.edges, u.edges, (t.edgeMask + 1) * MemoryLayout<EdgeSlot>.stride) == 0)
    #expect(Array(UnsafeBufferPointer(start: t.entryWeights, count: a.weights.count)) == Array(UnsafeBufferPointer(start: u.entryWeights, count: a.weights.count)))
    for word in ["Mr", "Gen", "No", "Jan", "the"] {
      Array(word.utf8).withUnsafeBufferPointer { p in #expect(b.abbreviations.kind(p, 0..<p.count) == a.abbreviations.kind(p, 0..<p.count), "\(word)") }
    }
  }

  /// The copy's attribution vocabulary holds its own arrays with the same
  /// values, and its attributor reads the copy's matcher.
  @Test func copySharesNoVocabularyBuffer() throws {
    let engine = try TestSupport.engine()
    let copy = engine.deepCopy()
    let a = engine.attributor.vocabulary
    let b = copy.attributor.vocabulary
    func address<T>(_ x: [T]) -> UnsafeRawPointer? { x.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
    #expect(address(a.entries) != address(b.entries))
    #expect(address(a.weight) != address(b.weight))
    #expect(address(a.endsWithPreposition) != address(b.endsWithPreposition))
    #expect(address(a.cueNotes) != address(b.cueNotes))
    #expect(a.cueNotes.map(\.rawValue) == b.cueNotes.map(\.rawValue))
    #expect(a.entries.map { "\($0)" } == b.entries.map { "\($0)" })
    #expect(a.weight == b.weight && a.endsWithPreposition == b.endsWithPreposition)
    #expect(copy.attributor.matcher.tables === copy.matcher.tables)
    let rebuilt = AttributionVocabulary(copy.matcher.entries, grammar: copy.matcher.grammarWords)
    #expect(rebuilt.entries.map { "\($0)" } == b.entries.map { "\($0)" })
    let words = engine.matcher.grammarWords.map(\.term) + ["said", "the", "of", "xyzzy", "According", "THE"]
    for word in words {
      Array(word.utf8).withUnsafeBufferPointer { p in
        #expect(b.words.lookup(p, 0..<p.count) == a.words.lookup(p, 0..<p.count), "\(word)")
        #expect(rebuilt.words.lookup(p, 0..<p.count) == a.words.lookup(p, 0..<p.count), "\(word)")
      }
    }
  }

  /// Seeded random keys (ASCII letters of both cases, apostrophes straight
  /// and curly, bytes above ASCII), repeated with other values, inserted
  /// into a `FoldedTable` and a `FoldedIDTable.Builder` from a small
  /// capacity (so both grow): every key, its case variants and random
  /// non-keys look up the same in both, in the built table and its copy.
  @Test func foldedIDTableAnswersAsFoldedTable() {
    var rng = SplitMix(seed: 11)
    let alphabet: [[UInt8]] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-.".utf8).map { [$0] } + [[0xE2, 0x80, 0x99], [0xE2, 0x80, 0x98], [0xC3, 0xA9]]
    func randomKey() -> [UInt8] {
      var key: [UInt8] = []
      for _ in 0..<(1 + Int(rng.next() % 12)) { key += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
      return key
    }
    var keys: [[UInt8]] = []
    for _ in 0..<3_000 { keys.append(rng.next() % 4 == 0 && !keys.isEmpty ? keys[Int(rng.next() % UInt64(keys.count))] : randomKey()) }
    let (reference, table, copy) = Self.tables(keys)
    #expect(table.count == reference.count && copy.count == reference.count)
    var probes = keys + keys.map { Array(String(decoding: $0, as: UTF8.self).uppercased().utf8) }
    for _ in 0..<3_000 { probes.append(randomKey()) }
    for probe in probes {
      // Looked up inside a longer buffer, as tokens are.
      let text = [UInt8(ascii: " ")] + probe + [UInt8(ascii: "x")]
      text.withUnsafeBufferPointer { p in
        let range = 1..<(1 + probe.count)
        let expected = reference.lookup(p, range)
        #expect(table.lookup(p, range) == expected)
        #expect(copy.lookup(p, range) == expected)
      }
    }
  }

  /// The lookup's fast path (`FoldedIDTable.lookup` of 1 to 16 ASCII
  /// bytes with 16 readable from the start: folded, hashed and compared
  /// from registers) answers as `FoldedTable` does: seeded random keys of
  /// 1 to 18 bytes (both cases, digits, apostrophes straight and curly,
  /// bytes above ASCII), looked up with random bytes after them, and the
  /// packed hash equals the byte-by-byte one on every ASCII probe.
  @Test func foldedIDTableFastPathAnswersAsFoldedTable() {
    var rng = SplitMix(seed: 29)
    let alphabet: [[UInt8]] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{0123456789'-.".utf8).map { [$0] } + [[0xE2, 0x80, 0x99], [0xE2, 0x80, 0x98], [0xC3, 0xA9]]
    func randomKey() -> [UInt8] {
      var key: [UInt8] = []
      let length = 1 + Int(rng.next() % 18)
      while key.count < length { key += alphabet[Int(rng.next() % UInt64(rng.next() % 4 == 0 ? alphabet.count : 56))] }
      return key
    }
    var keys: [[UInt8]] = []
    for _ in 0..<2_000 { keys.append(randomKey()) }
    let (reference, table, copy) = Self.tables(keys)
    var probes = keys + keys.map { Array(String(decoding: $0, as: UTF8.self).uppercased().utf8) }
    // Keys with their last byte changed or cut: same length or hash, other bytes.
    probes += keys.map { $0.dropLast() + [UInt8(ascii: "q")] } + keys.map { Array($0.dropLast()) }.filter { !$0.isEmpty }
    for _ in 0..<3_000 { probes.append(randomKey()) }
    for probe in probes {
      // Inside a longer buffer, with 16 random bytes after the probe (so
      // the fast path reads them and must mask them off).
      var text = [UInt8(ascii: " ")] + probe
      for _ in 0..<16 { text.append(UInt8(truncatingIfNeeded: rng.next())) }
      text.withUnsafeBufferPointer { p in
        let range = 1..<(1 + probe.count)
        let expected = reference.lookup(p, range)
        #expect(table.lookup(p, range) == expected)
        #expect(copy.lookup(p, range) == expected)
        if probe.count <= 16, let (low, high) = FoldedTable.foldedASCII(UnsafeRawPointer(p.baseAddress! + 1), probe.count) {
          #expect(FoldedTable.hashPacked(low, high, probe.count) == FoldedTable.hash(p, range))
          #expect(probe.allSatisfy { $0 < 0x80 })
        } else if probe.count <= 16 {
          #expect(probe.contains { $0 >= 0x80 })
        }
      }
    }
  }

  /// The builder's path for keys that folding leaves as they are
  /// (`FoldedIDTable.unfoldedHash`: ASCII without capitals) hashes as
  /// `FoldedTable.hash` does, and is taken for exactly those keys: seeded
  /// random keys of 0 to 20 bytes (both cases, digits, the bytes next to
  /// the capitals, apostrophes straight and curly, bytes above ASCII),
  /// folded or not, inside a longer buffer.
  @Test func unfoldedHashAgreesWithFoldedHash() {
    var rng = SplitMix(seed: 47)
    let alphabet: [[UInt8]] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{0123456789'- .".utf8).map { [$0] } + [[0xE2, 0x80, 0x99], [0xE2, 0x80, 0x98], [0xC3, 0xA9], [0x7F], [0x80]]
    var taken = 0
    for round in 0..<6_000 {
      var key: [UInt8] = []
      let length = Int(rng.next() % 21)
      while key.count < length { key += alphabet[Int(rng.next() % UInt64(rng.next() % 4 == 0 ? alphabet.count : 61))] }
      if round % 2 == 0 { key = FoldedTable.fold(key) }
      let text = [UInt8(ascii: "X")] + key + [UInt8(ascii: "Y")]
      text.withUnsafeBufferPointer { p in
        let range = 1..<(1 + key.count)
        let unchanged = key.allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }
        let fast = FoldedIDTable.unfoldedHash(p, range)
        #expect((fast != nil) == unchanged, "\(key)")
        if let fast {
          #expect(fast == FoldedTable.hash(p, range), "\(key)")
          #expect(FoldedTable.fold(key) == key)
          taken += 1
        }
      }
    }
    // Both paths were tried.
    #expect(taken > 1_000 && taken < 5_000)
  }

  /// `keys` (values 0, 1, …) in a `FoldedTable` and a `FoldedIDTable`,
  /// each insert answered alike by both, and the built table's deep copy.
  static func tables(_ keys: [[UInt8]]) -> (FoldedTable, FoldedIDTable, FoldedIDTable) {
    var reference = FoldedTable(capacity: 4)
    var builder = FoldedIDTable.Builder(capacity: 4)
    for (value, key) in keys.enumerated() {
      let folded = FoldedTable.fold(key)
      let a = folded.withUnsafeBufferPointer { reference.insert(folded: $0, 0..<$0.count, value: Int32(value)) }
      let b = folded.withUnsafeBufferPointer { builder.insert(folded: $0, 0..<$0.count, value: Int32(value)) }
      #expect(a == b)
    }
    let table = builder.build()
    return (reference, table, table.deepCopy())
  }
}
