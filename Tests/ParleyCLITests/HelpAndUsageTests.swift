import Foundation
import Testing

/// Help text, version, and usage errors: what a user sees before anything is
/// scored. Help text is compared with golden files in `Golden/`.
@Suite("help, version and usage errors")
struct HelpAndUsageTests {
  @Test(
    "help text matches its golden file",
    arguments: [
      (["--help"], "help.txt"),
      (["score", "--help"], "score-help.txt"),
      (["explain", "--help"], "explain-help.txt"),
      (["lexicon", "--help"], "lexicon-help.txt"),
    ])
  func helpGolden(arguments: [String], golden: String) throws {
    let run = try CLI.run(arguments)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    try Golden.check(run.out, named: golden)
  }

  @Test("-h is the same as --help", arguments: [[String](), ["score"], ["explain"], ["lexicon"]])
  func shortHelp(command: [String]) throws {
    let long = try CLI.run(command + ["--help"])
    let short = try CLI.run(command + ["-h"])
    #expect(short.status == 0)
    #expect(short.out == long.out)
    #expect(!short.out.isEmpty)
  }

  /// Every option line of a help text starts its description in the same
  /// column (this once drifted for --lexicons and --add-lexicon).
  @Test("option descriptions line up", arguments: [["score"], ["explain"]])
  func optionColumns(command: [String]) throws {
    let run = try CLI.run(command + ["--help"])
    let optionLines = run.outLines.filter { $0.hasPrefix("  -") }
    #expect(optionLines.count >= 3)
    var columns: [Int: [String]] = [:]
    for line in optionLines {
      columns[descriptionColumn(line), default: []].append(line)
    }
    #expect(columns.count == 1, "descriptions start in different columns: \(columns)")
  }

  /// Where the description of an option line starts: after the option's own
  /// words (`-h,`, `--flag`, a VALUE in capitals, a `a|b|c` list).
  private func descriptionColumn(_ line: String) -> Int {
    var column = 0
    var wordStart: Int? = nil
    for (i, ch) in (Array(line) + [" "]).enumerated() {
      if ch != " " {
        if wordStart == nil { wordStart = i }
        continue
      }
      guard let start = wordStart else { continue }
      let word = String(Array(line)[start..<i])
      wordStart = nil
      let isOptionWord = word.hasPrefix("-") || word.contains("|") || word == word.uppercased()
      if !isOptionWord { return start }
      column = i
    }
    return column
  }

  @Test("--version prints the version and exits 0")
  func version() throws {
    let run = try CLI.run(["--version"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.out.wholeMatch(of: /parley \d+\.\d+\.\d+\n/) != nil, "got \(run.out.debugDescription)")
    // The version in the help banner is the same one.
    let help = try CLI.run(["--help"])
    let number = run.out.dropFirst("parley ".count).dropLast()
    #expect(help.outLines.first?.hasPrefix("parley \(number) ") == true)
  }

  @Test("no arguments: usage on stderr, exit 2")
  func noArguments() throws {
    let run = try CLI.run([])
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("USAGE: parley <command>"))
  }

  struct UsageCase: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var message: String
    var testDescription: String { "parley " + arguments.joined(separator: " ") }
  }

  /// A usage error exits 2 before reading any input, with one message that
  /// names the problem and a pointer to --help. The input named here does
  /// not exist: a usage error must be reported first.
  @Test(
    "usage errors exit 2 with a message",
    arguments: [
      UsageCase(arguments: ["frobnicate"], message: "unknown command 'frobnicate'"),
      UsageCase(arguments: ["score", "--bogus", "in.txt"], message: "unknown option '--bogus'"),
      UsageCase(arguments: ["score", "in.txt", "--bogus=1"], message: "unknown option '--bogus'"),
      UsageCase(arguments: ["explain", "--frob", "text"], message: "unknown option '--frob'"),
      UsageCase(arguments: ["score", "in.txt", "--out"], message: "--out needs a value"),
      UsageCase(arguments: ["score", "in.txt", "--model"], message: "--model needs a value"),
      UsageCase(arguments: ["explain", "text", "--lexicons"], message: "--lexicons needs a value"),
      UsageCase(arguments: ["score"], message: "score needs at least one INPUT"),
      UsageCase(arguments: ["score", "--evidence"], message: "score needs at least one INPUT"),
      UsageCase(arguments: ["score", "--model", "vibes", "in.txt"], message: "unknown model 'vibes'"),
      UsageCase(arguments: ["score", "--format", "xml", "in.txt"], message: "unknown format 'xml'"),
      UsageCase(arguments: ["score", "--jobs", "0", "in.txt"], message: "--jobs needs a whole number"),
      UsageCase(arguments: ["score", "--jobs", "many", "in.txt"], message: "--jobs needs a whole number"),
      UsageCase(arguments: ["score", "--evidence=yes", "in.txt"], message: "--evidence takes no value"),
      UsageCase(arguments: ["explain"], message: "explain takes exactly one TEXT"),
      UsageCase(arguments: ["explain", "one", "two"], message: "explain takes exactly one TEXT"),
      UsageCase(arguments: ["lexicon"], message: "usage: parley lexicon lint|stats"),
      UsageCase(arguments: ["lexicon", "tidy"], message: "usage: parley lexicon lint|stats"),
      UsageCase(arguments: ["lexicon", "lint", "a", "b"], message: "usage: parley lexicon lint|stats"),
    ])
  func usageError(_ c: UsageCase) throws {
    try withTemporaryDirectory { dir in
      let run = try CLI.run(c.arguments, in: dir.url)
      #expect(run.status == 2)
      #expect(!run.crashed)
      #expect(run.stdout.isEmpty)
      #expect(run.stderr.contains(c.message), "stderr: \(run.stderr)")
      #expect(run.stderr.contains("Run 'parley --help' for usage."))
      #expect(try dir.list().isEmpty, "a usage error wrote files")
    }
  }
}
