import Foundation
import Testing

/// `parley explain`.
@Suite("explain")
struct ExplainCommandTests {
  static let sentence = "The talks were not productive, but they were really constructive."

  /// Changes whenever the lexicons or rules change: review the diff and
  /// re-record with PARLEY_RECORD_GOLDEN=1.
  @Test("explain of a negated, contrasted sentence matches its golden file")
  func golden() throws {
    let run = try CLI.run(["explain", Self.sentence])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    try Golden.check(run.out, named: "explain-not-productive-but-constructive.txt")
  }

  @Test("explain - reads standard input and prints what explain TEXT prints")
  func standardInput() throws {
    let argument = try CLI.run(["explain", Self.sentence])
    let stdin = try CLI.run(["explain", "-"], stdin: Array((Self.sentence + "\n").utf8))
    #expect(stdin.status == 0)
    #expect(stdin.stderr == "")
    #expect(stdin.out == argument.out)
    #expect(stdin.outLines.first == "sentence 1 (paragraph 1): \(Self.sentence)")
  }

  @Test("explain - on a two-paragraph text shows paragraph scores")
  func paragraphs() throws {
    let text = Articles.text(Articles.talks)
    let run = try CLI.run(["explain", "-"], stdin: Array(text.utf8))
    #expect(run.status == 0)
    let headings = run.outLines.filter { $0.hasPrefix("sentence ") }.map { $0.prefix { $0 != ":" } }
    #expect(headings == [
      "sentence 1 (paragraph 1)", "sentence 2 (paragraph 1)", "sentence 3 (paragraph 2)",
      "sentence 4 (paragraph 2)", "sentence 5 (paragraph 3)",
    ])
    #expect(run.outLines.filter { $0.hasPrefix("paragraph ") }.count == 3)
    #expect(run.outLines.last?.hasPrefix("document (rules model): optimism ") == true)
  }

  /// `explain --help` promises that the deltas of a sentence add up to its
  /// score; check it on the printed table (numbers are rounded to 3
  /// decimals, so allow that much per row).
  @Test("the printed deltas add up to the sentence score", arguments: ["rules", "lexicon"])
  func deltasAddUp(model: String) throws {
    let run = try CLI.run(["explain", "--model", model, Self.sentence])
    #expect(run.status == 0)
    let lines = run.outLines
    let headerIndex = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("cue ") })
    let header = Self.columns(lines[headerIndex])
    #expect(header == ["cue", "category", "weight", "value", "delta", "axis", "rules", "origin"])
    let scoreIndex = try #require(lines.firstIndex { $0.hasPrefix("  = optimism ") })
    let rows = lines[(headerIndex + 1)..<scoreIndex].map(Self.columns)
    #expect(!rows.isEmpty)
    var sums = ["optimism": 0.0, "hedging": 0.0]
    for row in rows {
      try #require(row.count == header.count, "row \(row)")
      let delta = try #require(Double(row[4]), "delta \(row[4])")
      if sums[row[5]] != nil { sums[row[5], default: 0] += delta }
    }
    let scoreLine = lines[scoreIndex]
    let match = try #require(scoreLine.firstMatch(of: /optimism (-?[\d.]+) .*hedging (-?[\d.]+)/))
    let optimism = try #require(Double(match.output.1))
    let hedging = try #require(Double(match.output.2))
    let tolerance = 0.0005 * Double(rows.count + 1)
    #expect(abs(sums["optimism"]! - optimism) <= tolerance, "deltas \(sums["optimism"]!) vs optimism \(optimism)")
    #expect(abs(sums["hedging"]! - hedging) <= tolerance, "deltas \(sums["hedging"]!) vs hedging \(hedging)")
  }

  /// Table columns are separated by at least two spaces.
  static func columns(_ line: String) -> [String] {
    line.trimmingCharacters(in: .whitespaces).split(separator: #/ {2,}/#).map(String.init)
  }

  @Test("explain --model lexicon does not negate; rules does")
  func models() throws {
    let text = "The talks were not productive."
    let rules = try CLI.run(["explain", text])
    let lexicon = try CLI.run(["explain", "--model", "lexicon", text])
    #expect(rules.outLines.last?.hasPrefix("document (rules model): optimism -") == true, "\(rules.out)")
    #expect(lexicon.outLines.last?.hasPrefix("document (lexicon model): optimism ") == true)
    #expect(lexicon.outLines.last?.hasPrefix("document (lexicon model): optimism -") == false, "\(lexicon.out)")
  }

  @Test("explain with --add-lexicon shows the added entry and its origin")
  func addLexicon() throws {
    try withTemporaryDirectory { dir in
      try dir.write("extra.tsv", "# team test entry\nrapprochement\tvalence\t2\n")
      let run = try CLI.run(["explain", "--add-lexicon", "extra.tsv", "A rapprochement is under way."], in: dir.url)
      #expect(run.status == 0)
      #expect(run.outLines.contains { $0.contains("rapprochement") && $0.contains("extra.tsv:2") }, "\(run.out)")
    }
  }

  @Test("explain with broken --lexicons lists the errors, exit 2")
  func brokenLexicons() throws {
    try withTemporaryDirectory { dir in
      try LexiconCommandTests.writeBrokenLexicons(dir, folder: "lex")
      let run = try CLI.run(["explain", "--lexicons", "lex", Self.sentence], in: dir.url)
      #expect(run.status == 2)
      #expect(run.stdout.isEmpty)
      #expect(LexiconCommandTests.diagnosticPrefixes(run.errLines) == LexiconCommandTests.brokenLexiconErrors(folder: "lex"))
    }
  }
}

/// `--parameters FILE` and `parley parameters`.
@Suite("parameters")
struct ParametersOptionTests {
  @Test("parley parameters prints defaults that --parameters reads back unchanged")
  func defaultsRoundTrip() throws {
    try withTemporaryDirectory { dir in
      let printed = try CLI.run(["parameters"])
      #expect(printed.status == 0)
      #expect(printed.out.contains("\"shifterWindow\": 2"))
      let file = try dir.write("defaults.json", printed.out)
      let plain = try CLI.run(["explain", ExplainCommandTests.sentence])
      let withFile = try CLI.run(["explain", "--parameters", file.path, ExplainCommandTests.sentence])
      #expect(withFile.status == 0)
      #expect(withFile.out == plain.out)
    }
  }

  @Test("--parameters changes the score it names")
  func changesScores() throws {
    try withTemporaryDirectory { dir in
      // A threshold above the score: "productive" is no longer labeled positive.
      let file = try dir.write("p.json", #"{"positiveThreshold": 0.95}"#)
      let text = "The talks were productive."
      let plain = try CLI.run(["score", "-", "--format", "csv"], stdin: Array(text.utf8))
      let changed = try CLI.run(["score", "-", "--format", "csv", "--parameters", file.path], stdin: Array(text.utf8))
      #expect(plain.status == 0 && changed.status == 0)
      #expect(plain.out.contains(",positive,"))
      #expect(!changed.out.contains(",positive,"))
      #expect(changed.out.contains(",neutral,"))
    }
  }

  @Test("a bad parameters file is an input error with file, line and column")
  func badFile() throws {
    try withTemporaryDirectory { dir in
      let file = try dir.write("p.json", "{\n  \"shifterWindo\": 3\n}\n")
      let run = try CLI.run(["score", "-", "--parameters", file.path], stdin: Array("Fine.".utf8))
      #expect(run.status == 2)
      #expect(run.out == "")
      #expect(run.stderr.contains("p.json:2:19: error: [PAR003] unknown parameter 'shifterWindo'"))
    }
  }
}
