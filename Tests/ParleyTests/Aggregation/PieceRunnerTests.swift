import Foundation
import Testing

@testable import Parley

/// Reading in pieces (`ArticleReader.nextPiece`, lines parsed elsewhere by
/// `JSONLLineParser`) gives the articles and diagnostics of reading article
/// by article (`next()`), for every chunk size; `CorpusRunner.run(reading:…)`
/// gives the records of `run(next:…)` for any job count; `RecordBuffer`
/// holds what `JSONWriter.bytes` makes, record after record.
@Suite struct PieceRunnerTests {
  /// A JSONL line: a record, a broken one, or a blank one.
  private static func line(_ random: inout SeededRandom, _ k: Int) -> [UInt8] {
    let words = ["Talks", "resumed", "\\\"quoted\\\"", "caf\\u00e9", "said", "the", "minister", "hopes", "faded", "é"]
    var text = ""
    for _ in 0..<(1 + Int(random.next() % 30)) { text += words[Int(random.next() % UInt64(words.count))] + " " }
    let choice = random.next() % 20
    var line: String
    switch choice {
    case 0: line = ""
    case 1: line = " \t "
    case 2: line = #"{"id": "x\#(k)", "text": "unterminated"#
    case 3: line = "[1, 2]"
    case 4: line = #"{"id": "n\#(k)"}"#
    case 5: line = #"{"id": [1], "text": "\#(text)"}"#
    case 6: line = #"{"id": \#(k).5, "text": "\#(text)"}"#
    case 7: line = #"{"text": "\#(text)", "source": {"a": [1, null]}}"#
    case 8: line = #"{"id": null, "text": "\#(text)"}"#
    case 9: line = "\u{FEFF}" + #"{"id": "bom\#(k)", "text": "x"}"#
    case 10: line = #"{"id": "dup", "text": "\#(text)"}"#
    default: line = #"{"id": "a\#(k)", "title": "T\#(k)", "text": "\#(text)"}"#
    }
    if random.next() % 6 == 0 { line += "\r" }
    return Array(line.utf8)
  }

  /// A JSONL file of `count` lines; maybe a byte-order mark first, maybe
  /// no newline at the end.
  private static func file(_ random: inout SeededRandom, lines count: Int) -> [UInt8] {
    var bytes: [UInt8] = random.next() % 3 == 0 ? [0xEF, 0xBB, 0xBF] : []
    for k in 0..<count {
      bytes += line(&random, k)
      if k < count - 1 || random.next() % 2 == 0 { bytes.append(0x0A) }
    }
    return bytes
  }

  /// Inputs of every kind: JSONL files, a text file with bad bytes, empty
  /// and blank files, a missing one.
  private static func inputs(in dir: String, seed: UInt64) throws -> [String] {
    var random = SeededRandom(seed: seed)
    var paths: [String] = []
    paths.append(try TestSupport.write(file(&random, lines: 200), to: dir, "a.jsonl"))
    paths.append(try TestSupport.write([0x54, 0x61, 0x6C, 0x6B, 0x73, 0xFF, 0x2E], to: dir, "b.txt"))
    paths.append(try TestSupport.write("", to: dir, "c.jsonl"))
    paths.append(try TestSupport.write("\n \r\n", to: dir, "d.jsonl"))
    paths.append(try TestSupport.write([0xEF, 0xBB, 0xBF, 0x0A], to: dir, "e.jsonl"))
    paths.append(dir + "/missing.jsonl")
    paths.append(try TestSupport.write(file(&random, lines: 3), to: dir, "f.jsonl"))
    paths.append(try TestSupport.write(file(&random, lines: 120), to: dir, "g.jsonl"))
    return paths
  }

  private static func same(_ a: Article, _ b: Article) -> Bool {
    a.id == b.id && a.bytes == b.bytes && a.source == b.source && a.isValidUTF8 == b.isValidUTF8
      && a.metadata.map(\.key) == b.metadata.map(\.key) && a.metadata.map(\.json) == b.metadata.map(\.json)
  }

  /// Every piece's lines parsed here, in order, as a worker would.
  private static func readInPieces(_ inputs: [String], chunkBytes: Int, uniqueIDs: Bool = false) -> (articles: [Article], diagnostics: [Diagnostic]) {
    let reader = ArticleReader(inputs: inputs, uniqueIDs: uniqueIDs)
    var parser = JSONLLineParser()
    var articles: [Article] = []
    while let (piece, mark) = reader.nextPiece(chunkBytes: chunkBytes) {
      switch piece {
      case .article(let a): articles.append(a)
      case .lines(let chunk):
        #expect(chunk.bytes.count <= chunkBytes || !chunk.bytes.dropLast().contains(0x0A), "a chunk is within its size or one line")
        var problems: [Diagnostic] = []
        chunk.forEachLine { line, number in
          switch parser.parse(line, line: number, of: chunk.file) {
          case .blank: break
          case .article(let a): articles.append(a)
          case .problem(let p): problems.append(p)
          }
        }
        reader.insertLineProblems(problems, at: mark)
      }
    }
    return (articles, reader.diagnostics)
  }

  private static func readOneByOne(_ inputs: [String], uniqueIDs: Bool = false) -> (articles: [Article], diagnostics: [Diagnostic]) {
    let reader = ArticleReader(inputs: inputs, uniqueIDs: uniqueIDs)
    var articles: [Article] = []
    while let a = reader.next() { articles.append(a) }
    return (articles, reader.diagnostics)
  }

  @Test(arguments: [1, 7, 100, 4_096, 1 << 16])
  func piecesReadAsArticlesOneByOne(chunkBytes: Int) throws {
    try TestSupport.withTemporaryDirectory { dir in
      for seed: UInt64 in [3, 41, 977] {
        let inputs = try Self.inputs(in: dir, seed: seed)
        for uniqueIDs in [false, true] {
          let expected = Self.readOneByOne(inputs, uniqueIDs: uniqueIDs)
          let pieces = Self.readInPieces(inputs, chunkBytes: chunkBytes, uniqueIDs: uniqueIDs)
          #expect(expected.articles.count > 100)
          #expect(expected.diagnostics.count > 10)
          #expect(pieces.articles.count == expected.articles.count)
          #expect(zip(pieces.articles, expected.articles).allSatisfy(Self.same), "seed \(seed)")
          #expect(pieces.diagnostics == expected.diagnostics, "seed \(seed)")
        }
      }
    }
  }

  /// Chunks of whole lines put back together are the file, and their
  /// lines are those `nextLine()` reads, also around the reader's 1 MiB
  /// chunk and for lines longer than the size asked for.
  @Test(arguments: [1, 5, 300, 1 << 16, 3 << 20])
  func chunksOfLinesAreTheFile(wanted: Int) throws {
    var random = SeededRandom(seed: 5)
    var file: [UInt8] = []
    for (k, length) in [0, 3, 1 << 20, (1 << 20) - 1, 17, 0, 2 << 20, 40, 1].enumerated() {
      file += (0..<length).map { _ in UInt8(0x21 + random.next() % 90) }
      if k < 8 { file += k % 3 == 0 ? [0x0D, 0x0A] : [0x0A] }
    }
    try TestSupport.withTemporaryDirectory { dir in
      let path = try TestSupport.write(file, to: dir, "lines.jsonl")
      let byLine = try #require(LineReader(path: path))
      var lines: [[UInt8]] = []
      while let l = byLine.nextLine() { lines.append(l) }
      let reader = try #require(LineReader(path: path))
      var joined: [UInt8] = []
      var chunked: [[UInt8]] = []
      var first = 1
      while let chunk = reader.withNextLines(upTo: wanted, { Array($0) }) {
        #expect(chunk.last == 0x0A || joined.count + chunk.count == file.count)
        #expect(chunk.count <= wanted || !chunk.dropLast().contains(0x0A))
        joined += chunk
        let piece = LineChunk(bytes: chunk, firstLine: first, file: JSONLFile(name: path))
        piece.forEachLine { line, number in
          #expect(number == chunked.count + 1)
          chunked.append(Array(line))
        }
        first = chunked.count + 1
      }
      #expect(joined == file)
      #expect(chunked == lines)
    }
  }

  /// Records of every job count and chunk size: those of `run(next:…)`,
  /// in order, and the same diagnostics.
  @Test(arguments: [(1, 1 << 16), (2, 1), (2, 3_000), (3, 700), (2, 1 << 16)])
  func runnerReadingEqualsRunnerNext(jobs: Int, chunkBytes: Int) throws {
    let engine = try TestSupport.engine()
    try TestSupport.withTemporaryDirectory { dir in
      let inputs = try Self.inputs(in: dir, seed: 7)
      let encoder = ReportEncoder(evidence: false)
      let reference = ArticleReader(inputs: inputs)
      var expected: [UInt8] = []
      CorpusRunner(engine: engine, model: RuleModel(), evidence: false, jobs: 1).run(next: reference.next, materialize: false, transform: { article, document, analysis in
        JSONWriter.bytes(reserve: 1024) { w in
          encoder.record(analysis, document: document, metadata: article.metadata, parameters: engine.parameters, into: &w)
          w.endLine()
        }
      }) { expected += $0 }
      let reader = ArticleReader(inputs: inputs)
      var written: [UInt8] = []
      var pieces = 0
      CorpusRunner(engine: engine, model: RuleModel(), evidence: false, jobs: jobs).run(
        reading: reader, chunkBytes: chunkBytes, materialize: false,
        makeOutput: { RecordBuffer(capacity: 64) },
        transform: { article, document, analysis, records in
          records.writeJSON(reserve: 64) { w in
            encoder.record(analysis, document: document, metadata: article.metadata, parameters: engine.parameters, into: &w)
            w.endLine()
          }
        },
        handle: { records in
          records.withBytes(0..<records.count) { written += $0 }
          pieces += 1
        })
      #expect(expected.count > 10_000)
      #expect(written == expected)
      #expect(reader.diagnostics == reference.diagnostics)
      #expect(pieces > 1)
    }
  }

  /// Records written into one buffer and out through the standard output
  /// in ranges, among other writes: every byte in order.
  @Test func recordBufferHoldsTheRecordsInOrder() throws {
    try TestSupport.expectOutputFile { output in
      var random = SeededRandom(seed: 17)
      var expected: [UInt8] = []
      for k in 0..<60 {
        let records = RecordBuffer(capacity: [1, 100, 5_000][k % 3])
        var record: [UInt8] = []
        var cuts: [Int] = [0]
        for j in 0..<Int(random.next() % 12) {
          let n = [0, 3, 40, 3_000, 70_000][Int(random.next() % 5)]
          let text = String(repeating: "a\"é\n", count: n)
          let body = TestSupport.sampleRecord(j, text)
          record += JSONWriter.bytes(reserve: 64, body)
          records.writeJSON(reserve: [64, 16_384][Int(random.next() % 2)], body)
          if random.next() % 2 == 0 { cuts.append(records.count) }
          if random.next() % 4 == 0 {
            let extra = [UInt8](repeating: UInt8(0x30 + j % 10), count: Int(random.next() % 50))
            records.append(extra)
            record += extra
          }
        }
        #expect(records.count == record.count)
        cuts.append(records.count)
        for (from, to) in zip(cuts, cuts.dropFirst()) { output.write(records, from..<to) }
        expected += record
        let small = (0..<Int(random.next() % 3_000)).map { UInt8(truncatingIfNeeded: $0 &+ k) }
        output.write(small)
        expected += small
      }
      return expected
    }
  }
}
