import Foundation
import Testing

/// `parley score` on bad input: each problem is reported as
/// `file[:line[:col]]: error: [CODE] message`, the rest is still scored, the
/// exit code is 2, and nothing crashes.
@Suite("score: bad input")
struct BadInputTests {
  /// Runs `score ARGS` in `dir` and checks the common contract of an input
  /// error: exit 2, no crash, a diagnostic line starting with `prefix`.
  @discardableResult
  func expectInputError(_ arguments: [String], in dir: TemporaryDirectory, prefix: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIRun {
    let run = try CLI.run(["score"] + arguments, in: dir.url)
    #expect(run.status == 2, sourceLocation: sourceLocation)
    #expect(!run.crashed, sourceLocation: sourceLocation)
    #expect(run.errLines.contains { $0.hasPrefix(prefix) }, "expected a line starting \(prefix.debugDescription); stderr: \(run.stderr)", sourceLocation: sourceLocation)
    return run
  }

  @Test("empty file", arguments: ["", "\n\n  \n\t\n"])
  func emptyFile(contents: String) throws {
    try withTemporaryDirectory { dir in
      try dir.write("empty.txt", contents)
      let run = try expectInputError(["empty.txt"], in: dir, prefix: "empty.txt: error: [IN004]")
      #expect(run.stdout.isEmpty)
    }
  }

  @Test("binary file (NUL bytes)")
  func binaryFile() throws {
    try withTemporaryDirectory { dir in
      try dir.write("scan.txt", bytes: Array("%PDF-1.4 ".utf8) + [0x00, 0x01, 0x02, 0xFF, 0x00] + Array("talks were productive".utf8))
      let run = try expectInputError(["scan.txt"], in: dir, prefix: "scan.txt: error: [IN005]")
      #expect(run.stdout.isEmpty)
    }
  }

  @Test("binary .jsonl file (NUL bytes)")
  func binaryJSONL() throws {
    try withTemporaryDirectory { dir in
      try dir.write("dump.jsonl", bytes: [0x7B, 0x00, 0x00, 0x7D, 0x0A])
      let run = try expectInputError(["dump.jsonl"], in: dir, prefix: "dump.jsonl: error: [IN005]")
      #expect(run.stdout.isEmpty)
    }
  }

  /// Invalid UTF-8 is repaired, not refused: the article is scored (exit 0)
  /// with a TXT001 warning naming file, line and column of the first bad
  /// byte, and the same warning inside the record. Offsets in the record
  /// refer to the repaired text (each bad byte becomes U+FFFD, 3 bytes).
  @Test("invalid UTF-8 still scores, with a TXT001 warning")
  func invalidUTF8() throws {
    try withTemporaryDirectory { dir in
      // The stray 0xFF is byte 17 of line 2 ("The ceasefire " is 14 bytes, "é" 2).
      let bytes = Array("Officials said the talks were constructive.\nThe ceasefire \u{00E9}".utf8) + [0xFF] + Array(" is holding well.\n".utf8)
      try dir.write("latin.txt", bytes: bytes)
      let run = try CLI.run(["score", "latin.txt"], in: dir.url)
      #expect(run.status == 0)
      #expect(!run.crashed)
      #expect(run.errLines.count == 1)
      #expect(run.errLines.first?.hasPrefix("latin.txt:2:17: warning: [TXT001]") == true, "stderr: \(run.stderr)")
      let record = try #require(try JSON.lines(run).first)
      let warnings = record["warnings"] as? [String] ?? []
      #expect(warnings.count == 1)
      #expect(warnings.first?.contains("[TXT001]") == true)
      let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
      let paragraphs = record.objects("paragraphs") ?? []
      #expect(paragraphs.map { slice(repaired, $0.int("start"), $0.int("end")) } == [
        "Officials said the talks were constructive.",
        "The ceasefire \u{00E9}\u{FFFD} is holding well.",
      ])
    }
  }

  /// A 50 MB article on one line, no newline anywhere: read, segmented and
  /// scored, with every sentence found and offsets right at the far end.
  /// Each sentence is padded with spaces to 4 KB so the debug build needs
  /// seconds, not a minute (scoring cost is per sentence; reading and
  /// splitting cost is per byte and is what this stresses). No time limit:
  /// the CI machine runs hundreds of tests at once on 2 cores, so a wall
  /// clock limit here measures the neighbours (one run took over 180 s for
  /// 3 s of work); the speed of this case is parley-bench's job.
  @Test("a 50 MB single-line .txt scores")
  func hugeSingleLine() throws {
    try withTemporaryDirectory { dir in
      let sentence = "The talks were productive and officials could perhaps meet again in May."
      let unit = Array(sentence.utf8) + [UInt8](repeating: 0x20, count: 4096 - sentence.utf8.count)
      let units = 50 * 1024 * 1024 / unit.count
      var bytes: [UInt8] = []
      bytes.reserveCapacity(units * unit.count)
      for _ in 0..<units { bytes += unit }
      try dir.write("long.txt", bytes: bytes)
      let run = try CLI.run(["score", "long.txt"], in: dir.url)
      #expect(run.status == 0)
      #expect(!run.crashed)
      #expect(run.stderr == "")
      let records = try JSON.lines(run)
      #expect(records.count == 1)
      let paragraphs = try #require(records.first?.objects("paragraphs"))
      #expect(paragraphs.count == 1)
      let sentences = paragraphs.first?.objects("sentences") ?? []
      #expect(sentences.count == units)
      // Offsets stay right at the far end of the line.
      if let last = sentences.last, let p = paragraphs.first {
        let start = (p.int("start") ?? 0) + (last.int("start") ?? 0)
        let end = (p.int("start") ?? 0) + (last.int("end") ?? 0)
        #expect(slice(bytes, start, end) == sentence)
        #expect(start == (units - 1) * unit.count)
      }
      #expect(Set(sentences.map { $0.number("optimism") }).count == 1, "the same sentence scores the same everywhere")
    }
  }

  @Test("missing path")
  func missingPath() throws {
    try withTemporaryDirectory { dir in
      let run = try expectInputError(["nowhere/none.txt"], in: dir, prefix: "nowhere/none.txt: error: [IN001]")
      #expect(run.stdout.isEmpty)
    }
  }

  @Test("a missing path does not stop the other inputs")
  func missingPathAmongGood() throws {
    try withTemporaryDirectory { dir in
      try dir.write("good.txt", "Both governments welcomed the prisoner exchange.\n")
      let run = try expectInputError(["missing.txt", "good.txt"], in: dir, prefix: "missing.txt: error: [IN001]")
      #expect(try JSON.lines(run).map { $0.string("id") } == ["good"])
    }
  }

  @Test("a directory with nothing to read")
  func emptyDirectory() throws {
    try withTemporaryDirectory { dir in
      try dir.write("inbox/README.md", "Articles go here.\n")
      try dir.write("inbox/old/a.txt", "Talks broke down.\n")
      let run = try expectInputError(["inbox"], in: dir, prefix: "inbox: error: [IN006]")
      #expect(run.stdout.isEmpty)
    }
  }

  @Test("a .jsonl with one malformed line: the good lines are scored, the error names file:line")
  func malformedJSONLLine() throws {
    try withTemporaryDirectory { dir in
      let corpus = """
        {"id": "one", "text": "Officials said the talks were constructive."}
        {"id": "two", "text": "Negotiators may resume the discussions next week."}
        {"id": "three", "text": "The envoy was cautiously optimistic" "about a second round."}
        {"id": "four", "text": "Talks broke down after the opposition rejected the proposal."}

        """
      try dir.write("corpus.jsonl", corpus)
      let run = try expectInputError(["corpus.jsonl"], in: dir, prefix: "corpus.jsonl:3:")
      #expect(run.stderr.contains("error: [IN010]"))
      #expect(run.errLines.count == 1)
      #expect(try JSON.lines(run).map { $0.string("id") } == ["one", "two", "four"])
    }
  }

  @Test("a .jsonl text with bad UTF-8, raw or cut short by an escape: file:line:column of the string")
  func invalidUTF8InJSONLText() throws {
    try withTemporaryDirectory { dir in
      let good = Array("{\"id\": \"ok\", \"text\": \"The talks resumed.\"}\n".utf8)
      // A dash, then a dash cut short by the `\n` escape after it.
      let cut = Array("{\"id\": \"cut\", \"text\": \"A dash \u{2014} and a cut one ".utf8) + [0xE2, 0x80] + Array("\\n by an escape.\"}\n".utf8)
      // A stray byte among good quotation marks, past the first sixteen bytes.
      let stray = Array("{\"id\":\"s\",\"text\":\"Talks \u{201C}resumed\u{201D} on a long enough line ".utf8) + [0xFF] + Array(" here.\"}\n".utf8)
      try dir.write("c.jsonl", bytes: good + cut + stray)
      let run = try expectInputError(["c.jsonl"], in: dir, prefix: "c.jsonl:2:")
      #expect(run.errLines == [
        "c.jsonl:2:24: error: [IN010] malformed JSON: invalid UTF-8 in string",
        "c.jsonl:3:19: error: [IN010] malformed JSON: invalid UTF-8 in string",
      ])
      #expect(try JSON.lines(run).map { $0.string("id") } == ["ok"])
    }
  }

  struct BadLine: Sendable, CustomTestStringConvertible {
    var line: String
    var code: String
    var testDescription: String { line }
  }

  @Test(
    "a JSONL line that is not an article names file:line and its code",
    arguments: [
      BadLine(line: "[\"not\", \"an\", \"object\"]", code: "IN011"),
      BadLine(line: "{\"id\": \"x\"}", code: "IN012"),
      BadLine(line: "{\"id\": \"x\", \"text\": 7}", code: "IN012"),
      BadLine(line: "{\"id\": [1], \"text\": \"The talks resumed.\"}", code: "IN013"),
      BadLine(line: "{\"id\": \"x\", \"text\": \"unterminated}", code: "IN010"),
      BadLine(line: "not json at all", code: "IN010"),
    ])
  func badJSONLLine(_ bad: BadLine) throws {
    try withTemporaryDirectory { dir in
      try dir.write("c.jsonl", "{\"id\": \"ok\", \"text\": \"The talks resumed.\"}\n\(bad.line)\n")
      let run = try expectInputError(["c.jsonl"], in: dir, prefix: "c.jsonl:2:")
      #expect(run.stderr.contains("error: [\(bad.code)]"), "stderr: \(run.stderr)")
      #expect(try JSON.lines(run).map { $0.string("id") } == ["ok"])
    }
  }

  @Test("--lexicons pointing at a folder with broken files lists every error, exit 2")
  func brokenLexicons() throws {
    try withTemporaryDirectory { dir in
      try LexiconCommandTests.writeBrokenLexicons(dir, folder: "lex")
      try dir.write("briefing.txt", "Negotiators may resume the discussions next week.\n")
      let run = try CLI.run(["score", "--lexicons", "lex", "briefing.txt"], in: dir.url)
      #expect(run.status == 2)
      #expect(!run.crashed)
      #expect(run.stdout.isEmpty)
      #expect(LexiconCommandTests.diagnosticPrefixes(run.errLines) == LexiconCommandTests.brokenLexiconErrors(folder: "lex"), "stderr: \(run.stderr)")
    }
  }

  @Test("--lexicons pointing at a missing folder, --add-lexicon at a missing file")
  func missingLexicons() throws {
    try withTemporaryDirectory { dir in
      try dir.write("briefing.txt", "Negotiators may resume the discussions next week.\n")
      let a = try CLI.run(["score", "--lexicons", "nolex", "briefing.txt"], in: dir.url)
      #expect(a.status == 2)
      #expect(a.stdout.isEmpty)
      #expect(a.errLines.first?.hasPrefix("nolex: error: [LEX010]") == true, "stderr: \(a.stderr)")
      let b = try CLI.run(["score", "--add-lexicon", "extra.tsv", "briefing.txt"], in: dir.url)
      #expect(b.status == 2)
      #expect(b.stdout.isEmpty)
      #expect(b.errLines.first?.hasPrefix("extra.tsv: error: [IN001]") == true, "stderr: \(b.stderr)")
    }
  }

  @Test("--format json and csv stay well-formed when some or all inputs fail")
  func formatsWithErrors() throws {
    try withTemporaryDirectory { dir in
      try dir.write("empty.txt", "")
      try dir.write("good.txt", "Both governments welcomed the prisoner exchange.\n")
      let some = try expectInputError(["--format", "json", "empty.txt", "good.txt"], in: dir, prefix: "empty.txt: error: [IN004]")
      #expect(try JSON.object(some.stdout).objects("documents")?.map { $0.string("id") } == ["good"])
      let none = try expectInputError(["--format", "json", "empty.txt"], in: dir, prefix: "empty.txt: error: [IN004]")
      #expect(try JSON.object(none.stdout).objects("documents")?.isEmpty == true)
      let csv = try expectInputError(["--format", "csv", "empty.txt", "good.txt"], in: dir, prefix: "empty.txt: error: [IN004]")
      let records = try CSV.parse(csv.stdout)
      #expect(records.count == 2, "header and one paragraph row")
      #expect(records.last?.first == "good")
    }
  }

  @Test("score - with empty standard input")
  func emptyStandardInput() throws {
    let run = try CLI.run(["score", "-"], stdin: [])
    #expect(run.status == 2)
    #expect(!run.crashed)
    #expect(run.stdout.isEmpty)
    #expect(run.errLines.first?.hasPrefix("stdin: error: [IN004]") == true, "stderr: \(run.stderr)")
  }
}
