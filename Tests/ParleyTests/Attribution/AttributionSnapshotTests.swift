import Foundation
import Testing

@testable import Parley

/// Every field of the attribution (statements with their spans, cue entry,
/// source, speaker and form; speakers with names, kinds, aliases and
/// mention spans; warnings) on every repository text and example and on
/// seeded recombinations of fixture sentences, against a snapshot kept in
/// `Golden/attribution.txt`: one block per text that has any statement,
/// speaker or warning (a text without a block must have none), so a change
/// names the texts it touches and their first differing line.
///
/// An intended change is re-recorded with `PARLEY_RECORD_GOLDEN=1 swift
/// test --filter AttributionSnapshotTests` and reviewed in the diff. A new
/// repository text with statements fails until it is recorded. The
/// recombinations draw on the fixtures listed in the snapshot's `pool`
/// line, so adding a fixture does not reshuffle them.
@Suite struct AttributionSnapshotTests {
  static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden").appendingPathComponent("attribution.txt")
  static var recording: Bool { ProcessInfo.processInfo.environment["PARLEY_RECORD_GOLDEN"] == "1" }

  /// One text's attribution: where the text came from, a hash of the text
  /// and one line per statement, speaker and warning.
  struct Block: Equatable {
    var origin: String
    var textHash: String
    var lines: [String]
  }

  /// FNV-1a over the text's bytes, in hex: tells a changed text from a
  /// changed attribution.
  static func hash(_ text: String) -> String {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in text.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01B3
    }
    return String(h, radix: 16)
  }

  /// One line per statement, speaker and warning, every field written;
  /// a cue's entry by category and term, not by its index, so that a
  /// lexicon edit elsewhere does not touch the block.
  static func lines(_ a: Attribution, entries: [LexiconEntry]) -> [String] {
    var out: [String] = []
    for s in a.statements {
      let cue = s.cue.map { "\($0.start)-\($0.end)" } ?? "-"
      let source = s.source.map { "\($0.start)-\($0.end)" } ?? "-"
      out.append("S \(s.paragraph) \(s.content.start)-\(s.content.end) \(s.tokens.lowerBound)-\(s.tokens.upperBound) \(cue) \(s.cueEntry.map { "\(entries[$0].category.rawValue):\(entries[$0].term.replacingOccurrences(of: " ", with: "_"))" } ?? "-") \(source) \(s.speaker) \(s.form.rawValue)")
    }
    for p in a.speakers {
      out.append("P \(p.name)|\(p.kind.rawValue)|\(p.aliases.joined(separator: "|"))|\(p.mentions.map { "\($0.start)-\($0.end)" }.joined(separator: ","))")
    }
    for w in a.warnings { out.append("W \(w)") }
    return out
  }

  /// The texts: every repository text and example, then 600 seeded
  /// recombinations of one to five paragraphs of one to four sentences
  /// of the `pool` fixtures (by default every fixture).
  static func texts(_ engine: Engine, pool: [String] = TestSupport.files(in: "evaluation/fixtures", ext: "json"), seed: UInt64 = 9_557_623) throws -> [(origin: String, text: String)] {
    var texts = try TextInvariantTests.repositoryTexts()
    for name in TestSupport.files(in: "evaluation/examples", ext: "txt") {
      let origin = "evaluation/examples/\(name)"
      texts.append((origin, String(decoding: try TestSupport.readBytes(origin), as: UTF8.self)))
    }
    var sentences: [String] = []
    for name in pool {
      let root = try JSONReader.parse(TestSupport.readBytes("evaluation/fixtures/\(name)"))
      let article = (root["paragraphs"]?.array ?? []).compactMap { $0["text"]?.string }.joined(separator: "\n\n")
      let document = engine.read(id: "t", text: article)
      let tokens = document.tokens
      for s in document.sentences {
        sentences.append(document.string(Span(start: Int(tokens[s.tokens.lowerBound].start), end: Int(tokens[s.tokens.upperBound - 1].end))))
      }
    }
    var random = SeededRandom(seed: seed)
    for n in 0..<600 where !sentences.isEmpty {
      var paragraphs: [String] = []
      for _ in 0..<Int.random(in: 1...5, using: &random) {
        let count = Int.random(in: 1...4, using: &random)
        paragraphs.append((0..<count).map { _ in sentences[Int.random(in: 0..<sentences.count, using: &random)] }.joined(separator: " "))
      }
      texts.append(("recombination \(n)", paragraphs.joined(separator: "\n\n")))
    }
    return texts
  }

  /// The snapshot file's text: a header, the pool, then the blocks.
  static func render(pool: [String], blocks: [Block]) -> String {
    var out = "# Attribution snapshot (AttributionSnapshotTests). Re-record an intended change with\n"
    out += "# PARLEY_RECORD_GOLDEN=1 swift test --filter AttributionSnapshotTests, then review the diff.\n"
    out += "pool \(pool.joined(separator: " "))\n"
    for b in blocks where !b.lines.isEmpty {
      out += "= \(b.textHash) \(b.origin)\n"
      for line in b.lines { out += line + "\n" }
    }
    return out
  }

  /// Reads what `render` wrote.
  static func parse(_ text: String) -> (pool: [String], blocks: [Block]) {
    var pool: [String] = []
    var blocks: [Block] = []
    for line in text.split(separator: "\n") {
      if line.hasPrefix("#") { continue }
      if line.hasPrefix("pool ") {
        pool = line.dropFirst(5).split(separator: " ").map(String.init)
      } else if line.hasPrefix("= ") {
        let rest = line.dropFirst(2)
        let space = rest.firstIndex(of: " ") ?? rest.endIndex
        blocks.append(Block(origin: String(rest[space...].dropFirst()), textHash: String(rest[..<space]), lines: []))
      } else if !blocks.isEmpty {
        blocks[blocks.count - 1].lines.append(String(line))
      }
    }
    return (pool, blocks)
  }

  /// The current attribution of every text, one block each; an origin
  /// seen twice gets `#2`, `#3`, … so that every block has its own key.
  static func currentBlocks(_ engine: Engine, pool: [String]) throws -> [Block] {
    var seen: [String: Int] = [:]
    var blocks: [Block] = []
    for (origin, text) in try texts(engine, pool: pool) {
      seen[origin, default: 0] += 1
      let key = seen[origin] == 1 ? origin : "\(origin) #\(seen[origin]!)"
      let document = engine.read(id: "t", text: text)
      let a = engine.attributor.attribute(document, ids: engine.matcher.tokenIDs(document))
      blocks.append(Block(origin: key, textHash: hash(text), lines: lines(a, entries: engine.matcher.entries)))
    }
    return blocks
  }

  /// What differs between a recorded block and the current one, or nil.
  static func difference(_ recorded: Block, _ current: Block) -> String? {
    if recorded.textHash != current.textHash {
      return "\(current.origin): the text changed since the snapshot was recorded"
    }
    let r = recorded.lines
    let c = current.lines
    for i in 0..<max(r.count, c.count) {
      let rl = i < r.count ? r[i] : "<none>"
      let cl = i < c.count ? c[i] : "<none>"
      if rl != cl { return "\(current.origin), line \(i + 1) of its block:\n  snapshot: \(rl)\n  now:      \(cl)" }
    }
    return nil
  }

  @Test func attributionMatchesTheSnapshot() throws {
    let engine = try TestSupport.engine()
    if Self.recording {
      let pool = TestSupport.files(in: "evaluation/fixtures", ext: "json")
      let blocks = try Self.currentBlocks(engine, pool: pool)
      try FileManager.default.createDirectory(at: Self.file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(Self.render(pool: pool, blocks: blocks).utf8).write(to: Self.file)
      return
    }
    let data = try #require(FileManager.default.contents(atPath: Self.file.path), "missing \(Self.file.path); record it with PARLEY_RECORD_GOLDEN=1")
    let recorded = Self.parse(String(decoding: data, as: UTF8.self))
    #expect(recorded.pool.count > 20)
    let missingPool = recorded.pool.filter { !TestSupport.exists("evaluation/fixtures/\($0)") }
    try #require(missingPool.isEmpty, "pool fixtures gone: \(missingPool); re-record with PARLEY_RECORD_GOLDEN=1")
    let current = try Self.currentBlocks(engine, pool: recorded.pool)
    let byOrigin = Dictionary(recorded.blocks.map { ($0.origin, $0) }, uniquingKeysWith: { a, _ in a })
    var problems: [String] = []
    for block in current {
      if let old = byOrigin[block.origin] {
        if let d = Self.difference(old, block) { problems.append(d) }
      } else if !block.lines.isEmpty {
        problems.append("\(block.origin): \(block.lines.count) lines now, no block in the snapshot (a new text? re-record with PARLEY_RECORD_GOLDEN=1)")
      }
    }
    let currentOrigins = Set(current.map(\.origin))
    for block in recorded.blocks where !currentOrigins.contains(block.origin) {
      problems.append("\(block.origin): in the snapshot but no longer a text (re-record with PARLEY_RECORD_GOLDEN=1)")
    }
    if !problems.isEmpty {
      Issue.record("\(problems.count) of \(current.count) texts differ from \(Self.file.lastPathComponent); the first:\n\(problems.prefix(10).joined(separator: "\n"))")
    }
    // The snapshot covers the whole attribution: many statements, speakers.
    #expect(current.reduce(0) { $0 + $1.lines.count { $0.hasPrefix("S ") } } > 4_000)
    #expect(current.reduce(0) { $0 + $1.lines.count { $0.hasPrefix("P ") } } > 3_000)
  }

  /// The snapshot format reads back what it writes, origins with spaces
  /// and `#` suffixes included, and a changed line is reported by number.
  @Test func snapshotFormatRoundTrips() {
    let blocks = [
      Block(origin: "evaluation/fixtures/a.json paragraph 2", textHash: "9f", lines: ["S 0 1-2 0-1 - - - 1 quote", "P Ann Lee|person||3-10"]),
      Block(origin: "recombination 7 #2", textHash: "a0", lines: ["W a warning"]),
    ]
    let empty = Block(origin: "recombination 8", textHash: "b1", lines: [])
    let parsed = Self.parse(Self.render(pool: ["a.json", "b.json"], blocks: [blocks[0], empty, blocks[1]]))
    #expect(parsed.pool == ["a.json", "b.json"])
    // A text with nothing attributed has no block.
    #expect(parsed.blocks == blocks)
    var changed = blocks[0]
    changed.lines[1] = "P Ann Lee|person|Lee|3-10"
    #expect(Self.difference(blocks[0], changed)?.contains("line 2 of its block") == true)
    #expect(Self.difference(blocks[0], blocks[0]) == nil)
    changed.textHash = "00"
    #expect(Self.difference(blocks[0], changed)?.contains("the text changed") == true)
  }
}
