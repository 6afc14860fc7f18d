import Foundation
import Testing

/// `parley lexicon lint|stats|entries`.
@Suite("lexicon lint, stats and entries")
struct LexiconCommandTests {
  /// Two lexicon files with one problem on each marked line; the expected
  /// diagnostics are `brokenLexiconErrors`. Columns count bytes from 1.
  static func writeBrokenLexicons(_ dir: TemporaryDirectory, folder: String) throws {
    try dir.write("\(folder)/a.tsv", [
      "# a broken lexicon for the CLI tests",
      "productive\tvalence\t2",
      "productive\tvalence\t1.5",  // 3: duplicate of line 2
      "accord\tfeelings\t1",  // 4: unknown category, column 8
      "rapprochement\tvalence\tlots",  // 5: weight not a number, column 23
      "this line has no tabs",  // 6: wrong column count
      "[unclosed section",  // 7: malformed section
      "might\thedge.modal\t1.5",  // 8: weight out of range, column 19
      "\tvalence\t1",  // 9: empty term
      "talks (could|may be held\tvalence\t1",  // 10: alternation never closed, column 7
    ].joined(separator: "\n") + "\n")
    try dir.write("\(folder)/b.tsv", bytes: Array([
      "[diplomacy]",
      "stable\tvalence\t0.5",
      "ab*\tvalence\t1",  // 3: prefix shorter than 3
      "mid*dle\tvalence\t1",  // 4: '*' not at the end
    ].joined(separator: "\n").utf8) + [0x0A] + Array("caf".utf8) + [0xC3, 0x28] + Array("\tvalence\t1\n".utf8)  // 5: invalid UTF-8 at column 4
      + Array([
        "stable\tvalence\t0.5",  // 6: duplicate of line 2
        "productive\tvalence\t1",  // 7: duplicate of a.tsv:2
      ].joined(separator: "\n").utf8) + [0x0A])
    // Not a lexicon file: ignored.
    try dir.write("\(folder)/README.md", "not\ta\tlexicon\n")
  }

  /// `file:line:col: error: [CODE]` of every problem in the broken folder.
  static func brokenLexiconErrors(folder: String) -> [String] {
    [
      "a.tsv:3:1 LEX006", "a.tsv:4:8 LEX003", "a.tsv:5:23 LEX004", "a.tsv:6:1 LEX001", "a.tsv:7:1 LEX009",
      "a.tsv:8:19 LEX005", "a.tsv:9:1 LEX002", "a.tsv:10:7 LEX014",
      "b.tsv:3:1 LEX008", "b.tsv:4:1 LEX008", "b.tsv:5:4 LEX007", "b.tsv:6:1 LEX006", "b.tsv:7:1 LEX006",
    ].map { spec in
      let parts = spec.split(separator: " ")
      return "\(folder)/\(parts[0]): error: [\(parts[1])]"
    }
  }

  /// The `file:line:col: error: [CODE]` start of each diagnostic line;
  /// fails on a line that is not a diagnostic.
  static func diagnosticPrefixes(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    lines.compactMap { line in
      guard let m = line.prefixMatch(of: /[^ :]+:\d+:\d+: error: \[LEX\d{3}\]/) else {
        Issue.record("not a file:line:col: error: [LEX…] diagnostic: \(line)", sourceLocation: sourceLocation)
        return nil
      }
      #expect(line.count > m.output.count + 2, "diagnostic without a message: \(line)", sourceLocation: sourceLocation)
      return String(m.output)
    }
  }

  @Test("lint of the built-in lexicons: no problems, exit 0")
  func lintBuiltin() throws {
    let run = try CLI.run(["lexicon", "lint"])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    #expect(run.stderr == "")
    #expect(run.out.wholeMatch(of: /[1-9]\d* entries in [1-9]\d* files: no problems\n/) != nil, "got \(run.out)")
  }

  @Test("lint of a folder with errors lists every one as file:line:col: error: [LEX…], exit 2")
  func lintBroken() throws {
    try withTemporaryDirectory { dir in
      try Self.writeBrokenLexicons(dir, folder: "lex")
      let run = try CLI.run(["lexicon", "lint", "lex"], in: dir.url)
      #expect(run.status == 2)
      #expect(!run.crashed)
      #expect(run.stdout.isEmpty)
      #expect(Self.diagnosticPrefixes(run.errLines).sorted() == Self.brokenLexiconErrors(folder: "lex").sorted(), "stderr: \(run.stderr)")
      // Listed in file, then line order.
      #expect(Self.diagnosticPrefixes(run.errLines) == Self.brokenLexiconErrors(folder: "lex"))
      // The duplicate names where the term was first seen.
      #expect(run.errLines.contains { $0.hasPrefix("lex/b.tsv:7:1:") && $0.contains("lex/a.tsv:2") })
    }
  }

  @Test("lint of a good folder, and of folders that are missing or hold no lexicon")
  func lintFolders() throws {
    try withTemporaryDirectory { dir in
      try Self.writeGoodLexicons(dir, folder: "good")
      let good = try CLI.run(["lexicon", "lint", "good"], in: dir.url)
      #expect(good.status == 0)
      #expect(good.out == "8 entries in 2 files: no problems\n")

      try dir.write("notes/readme.txt", "nothing here\n")
      let empty = try CLI.run(["lexicon", "lint", "notes"], in: dir.url)
      #expect(empty.status == 2)
      #expect(empty.errLines.first?.hasPrefix("notes: error: [LEX010]") == true, "stderr: \(empty.stderr)")

      let missing = try CLI.run(["lexicon", "lint", "nowhere"], in: dir.url)
      #expect(missing.status == 2)
      #expect(!missing.crashed)
      #expect(missing.errLines.first?.hasPrefix("nowhere: error: [LEX010]") == true, "stderr: \(missing.stderr)")
    }
  }

  static func writeGoodLexicons(_ dir: TemporaryDirectory, folder: String) throws {
    try dir.write("\(folder)/a.tsv", """
      # progress words
      [progress]
      productive\tvalence\t2
      step forward\tvalence\t1.5\ta small one
      breakthrough\tvalence\t3
      optimis*\tvalence\t1
      could\thedge.modal\t0.5
      might\thedge.modal\t0.6

      """)
    try dir.write("\(folder)/b.tsv", """
      not\tnegator\t1
      no sign of\tnegator\t1

      """)
  }

  /// The rows of a stats table, first column → the numbers after it.
  static func statsRows(_ lines: ArraySlice<String>) -> [String: [Int]] {
    var rows: [String: [Int]] = [:]
    for line in lines {
      let words = line.split(separator: " ")
      guard words.count == 4 else { continue }
      let numbers = words.dropFirst().compactMap { Int($0) }
      if numbers.count == 3 { rows[String(words[0])] = numbers }
    }
    return rows
  }

  @Test("stats on a folder: entries, multiword and prefixes per category and per file")
  func statsFolder() throws {
    try withTemporaryDirectory { dir in
      try Self.writeGoodLexicons(dir, folder: "good")
      let run = try CLI.run(["lexicon", "stats", "good"], in: dir.url)
      #expect(run.status == 0)
      #expect(run.stderr == "")
      let lines = run.outLines
      #expect(lines.first == "8 entries, 2 multiword (25%)")
      let blocks = lines.split(separator: "", omittingEmptySubsequences: true)
      try #require(blocks.count == 3, "expected a summary and two tables:\n\(run.out)")
      #expect(blocks[1].first?.split(separator: " ") == ["category", "entries", "multiword", "prefixes"])
      #expect(Self.statsRows(blocks[1]) == [
        "valence": [4, 1, 1],
        "hedge.modal": [2, 0, 0],
        "negator": [2, 1, 0],
      ])
      #expect(blocks[2].first?.split(separator: " ") == ["file", "entries", "multiword", "prefixes"])
      #expect(Self.statsRows(blocks[2]) == [
        "good/a.tsv": [6, 1, 1],
        "good/b.tsv": [2, 1, 0],
      ])
    }
  }

  @Test("stats on the built-in lexicons: the tables add up to the total lint reports")
  func statsBuiltin() throws {
    let run = try CLI.run(["lexicon", "stats"])
    #expect(run.status == 0)
    let lines = run.outLines
    let total = try #require(lines.first?.split(separator: " ").first.flatMap { Int($0) })
    let blocks = lines.split(separator: "", omittingEmptySubsequences: true)
    try #require(blocks.count == 3)
    let categories = Self.statsRows(blocks[1])
    let files = Self.statsRows(blocks[2])
    #expect(categories.values.map { $0[0] }.reduce(0, +) == total)
    #expect(files.values.map { $0[0] }.reduce(0, +) == total)
    #expect(categories["valence"].map { $0[0] > 0 } == true)
    #expect(categories.keys.contains { $0.hasPrefix("hedge.") })
    let lint = try CLI.run(["lexicon", "lint"])
    #expect(lint.out.hasPrefix("\(total) entries in \(files.count) files"))
  }

  @Test("entries lists what every line stands for, alternation expanded, as TSV with its origin")
  func entriesFolder() throws {
    try withTemporaryDirectory { dir in
      try dir.write("lex/a.tsv", """
        # scheduled steps
        talks (could|may) (resume|be held)\tvalence\t1\ta step to come
        optimis*\tvalence\t1.5

        """)
      try dir.write("lex/b.tsv", "not\tnegator\t0.8\n")
      let run = try CLI.run(["lexicon", "entries", "lex"], in: dir.url)
      #expect(run.status == 0, "stderr: \(run.stderr)")
      #expect(run.outLines == [
        "term\tcategory\tweight\torigin\tnote",
        "talks could resume\tvalence\t1\tlex/a.tsv:2\ta step to come",
        "talks could be held\tvalence\t1\tlex/a.tsv:2\ta step to come",
        "talks may resume\tvalence\t1\tlex/a.tsv:2\ta step to come",
        "talks may be held\tvalence\t1\tlex/a.tsv:2\ta step to come",
        "optimis*\tvalence\t1.5\tlex/a.tsv:3\t",
        "not\tnegator\t0.8\tlex/b.tsv:1\t",
      ])
      // The built-in lexicons: one row an entry, as many as lint counts.
      let builtin = try CLI.run(["lexicon", "entries"])
      let lint = try CLI.run(["lexicon", "lint"])
      #expect(lint.out.hasPrefix("\(builtin.outLines.count - 1) entries in "), "got \(lint.out)")
      #expect(builtin.outLines.contains { $0.hasPrefix("talks could resume\tvalence\t1\tlexicons/valence-schedule.tsv:") })
      // A broken folder: its errors, nothing on standard output.
      try Self.writeBrokenLexicons(dir, folder: "broken")
      let broken = try CLI.run(["lexicon", "entries", "broken"], in: dir.url)
      #expect(broken.status == 2)
      #expect(broken.stdout.isEmpty)
    }
  }

  @Test("stats on a broken folder lists the errors, exit 2")
  func statsBroken() throws {
    try withTemporaryDirectory { dir in
      try Self.writeBrokenLexicons(dir, folder: "lex")
      let run = try CLI.run(["lexicon", "stats", "lex"], in: dir.url)
      #expect(run.status == 2)
      #expect(run.stdout.isEmpty)
      #expect(Self.diagnosticPrefixes(run.errLines).count == Self.brokenLexiconErrors(folder: "lex").count)
    }
  }
}
