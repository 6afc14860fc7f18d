import Foundation
import Testing

/// `parley eval`: small suites in temp folders, so each run is quick.
@Suite struct EvalCommandTests {
  static let fixture = """
    {"format": "parley-fixture/1", "id": "tiny", "paragraphs": [
      {"text": "The talks were productive and constructive, Maria Lind said.", "optimism": 2, "hedging": 0},
      {"text": "The talks collapsed in an impasse, and analysts say a deal may be far off.", "optimism": -2, "hedging": 1},
      {"text": "The delegations met in Geneva on Monday.", "optimism": 0, "hedging": 0}],
     "statements": [{"paragraph": 0, "text": "The talks were productive and constructive", "speaker": "Maria Lind", "optimism": 2, "hedging": 0}],
     "speakers": [{"name": "Maria Lind", "aliases": ["Ms. Lind"], "kind": "person", "optimism": 2, "hedging": 0}]}
    """

  static func suite(gateMin: Double) -> String {
    """
    {"format": "parley-suite/1", "models": ["rules", "lexicon"],
     "bootstrap": {"resamples": 50, "seed": 1},
     "datasets": [{"name": "fx", "kind": "fixtures", "path": "fixtures"}],
     "gates": [{"dataset": "fx", "model": "rules", "level": "paragraph", "metric": "optimism_spearman", "min": \(gateMin)}],
     "baseline": "baseline.json"}
    """
  }

  func setUp(_ dir: TemporaryDirectory, gateMin: Double = 0.5) throws {
    try dir.write("suite/fixtures/tiny.json", Self.fixture)
    try dir.write("suite/suite.json", Self.suite(gateMin: gateMin))
    try dir.write("suite/baseline.json", "{\"format\": \"parley-baseline/1\", \"metrics\": {}}")
  }

  @Test func passingSuiteWritesEveryReport() throws {
    try withTemporaryDirectory { dir in
      try setUp(dir)
      let r = try CLI.run(["eval", dir.file("suite/suite.json").path, "--out", dir.file("out").path])
      #expect(r.status == 0, "\(r.out)\(r.stderr)")
      #expect(r.out.contains("gates: 1 of 1 pass"))
      #expect(try dir.list("out") == ["errors.csv", "junit.xml", "metrics.csv", "metrics.json"])
      let csv = try CSV.table(try dir.read("out/metrics.csv"), header: ["dataset", "model", "level", "metric", "value", "ci_low", "ci_high", "n"])
      #expect(csv.contains { $0["model"] == "lexicon" && $0["metric"] == "optimism_spearman" && $0["level"] == "paragraph" })
      let junit = String(decoding: try dir.read("out/junit.xml"), as: UTF8.self)
      #expect(junit.contains("<testcase classname=\"gates\" name=\"minimum fx/rules/paragraph/optimism_spearman\"/>"))
    }
  }

  /// `parley eval` on a suite of two behaviour datasets, `one` (the cases
  /// `speech`, in `speech.tsv`) and `two` (`articles`, in `articles.tsv`),
  /// with reports in `out`.
  func evalTwoBehaviourDatasets(_ dir: TemporaryDirectory, speech: String, articles: String) throws -> CLIRun {
    try dir.write("suite/one/speech.tsv", speech)
    try dir.write("suite/two/articles.tsv", articles)
    try dir.write(
      "suite/suite.json",
      """
      {"format": "parley-suite/1", "models": ["rules"],
       "datasets": [{"name": "one", "kind": "behaviour", "path": "one"}, {"name": "two", "kind": "behaviour", "path": "two"}]}
      """)
    return try CLI.run(["eval", dir.file("suite/suite.json").path, "--out", dir.file("out").path])
  }

  @Test func eachBehaviourDatasetHasItsOwnPassRates() throws {
    try withTemporaryDirectory { dir in
      let r = try evalTwoBehaviourDatasets(
        dir, speech: "s-1\tmft\tstatements=1\tMaria Lind said the talks were useful.\n",
        articles: "a-1\tmft\tstatements=1\tThe talks ended.\na-2\tmft\tstatements=0\tThe talks ended.\n")
      #expect(r.status == 0, "\(r.out)\(r.stderr)")
      let rows = r.out.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
      #expect(rows.contains("one speech 100% of 1"), "\(r.out)")
      #expect(rows.contains("one all 100% of 1"), "\(r.out)")
      #expect(rows.contains("two articles 50% of 2"), "\(r.out)")
      #expect(rows.contains("two all 50% of 2"), "\(r.out)")
    }
  }

  @Test func failuresOfEveryBehaviourDatasetReachTheReports() throws {
    try withTemporaryDirectory { dir in
      let r = try evalTwoBehaviourDatasets(
        dir, speech: "s-1\tmft\tstatements=2\tMaria Lind said the talks were useful.\n", articles: "a-1\tmft\tstatements=1\tThe talks ended.\n")
      #expect(r.status == 0, "\(r.out)\(r.stderr)")
      let junit = String(decoding: try dir.read("out/junit.xml"), as: UTF8.self)
      #expect(junit.contains("name=\"speech\"") && junit.contains("s-1: statements=2: got 1"), "\(junit)")
      #expect(junit.contains("name=\"articles\"") && junit.contains("a-1: statements=1: got 0"), "\(junit)")
      let metrics = try JSON.object(try dir.read("out/metrics.json"))
      let failures = try #require(metrics.objects("behaviour_failures"))
      #expect(Set(failures.compactMap { $0.string("id") }) == ["s-1", "a-1"])
    }
  }

  @Test func metricsRecordTheParametersAndLexiconsUsed() throws {
    try withTemporaryDirectory { dir in
      try setUp(dir)
      let params = try dir.write("p.json", #"{"valenceAlpha": 5}"#)
      let plain = try CLI.run(["eval", dir.file("suite/suite.json").path, "--out", dir.file("a").path])
      let changed = try CLI.run([
        "eval", dir.file("suite/suite.json").path, "--out", dir.file("b").path, "--parameters", params.path,
        "--add-lexicon", try dir.write("extra.tsv", "zorblaxian\tvalence\t2\n").path,
      ])
      #expect(plain.status == 0 && changed.status == 0, "\(plain.stderr)\(changed.stderr)")
      let a = try JSON.object(try dir.read("a/metrics.json"))
      let b = try JSON.object(try dir.read("b/metrics.json"))
      let pa = try #require(a["parameters"] as? JSONObject)
      let pb = try #require(b["parameters"] as? JSONObject)
      #expect(pa.number("valenceAlpha") == 4)
      #expect(pb.number("valenceAlpha") == 5)
      #expect(pa.int("shifterWindow") == 2)
      let la = try #require(a["lexicons"] as? JSONObject)
      let lb = try #require(b["lexicons"] as? JSONObject)
      #expect(lb.int("entries") == la.int("entries").map { $0 + 1 })
      let fa = try #require(la.string("fingerprint"))
      #expect(fa.count == 16 && fa.allSatisfy(\.isHexDigit))
      #expect(lb.string("fingerprint") != fa)
    }
  }

  @Test func failingGateExitsOne() throws {
    try withTemporaryDirectory { dir in
      try setUp(dir, gateMin: 1.01)
      let r = try CLI.run(["eval", dir.file("suite/suite.json").path, "--out", dir.file("out").path])
      #expect(r.status == 1)
      #expect(r.out.contains("FAIL fx/rules/paragraph/optimism_spearman"))
      let junit = String(decoding: try dir.read("out/junit.xml"), as: UTF8.self)
      #expect(junit.contains("<failure"))
    }
  }

  @Test func guttedLexiconFailsTheGate() throws {
    try withTemporaryDirectory { dir in
      try setUp(dir)
      // A lexicon with no evaluative words: every paragraph scores 0.
      try dir.write("gutted/only.tsv", "said\treport\t0\n")
      let r = try CLI.run(["eval", dir.file("suite/suite.json").path, "--out", dir.file("out").path, "--lexicons", dir.file("gutted").path])
      #expect(r.status == 1, "\(r.out)\(r.stderr)")
    }
  }

  @Test func updateBaselineRecordsAndShowsTheChange() throws {
    try withTemporaryDirectory { dir in
      try setUp(dir)
      let r = try CLI.run(["eval", dir.file("suite/suite.json").path, "--out", dir.file("out").path, "--update-baseline"])
      #expect(r.status == 0, "\(r.stderr)")
      #expect(r.out.contains("fx/rules/paragraph/optimism_spearman"))
      let baseline = try JSON.object(try dir.read("suite/baseline.json"))
      let metrics = try #require(baseline["metrics"] as? [String: Any])
      #expect(metrics["fx/rules/paragraph/optimism_spearman"] != nil)
      // A second update changes nothing.
      let again = try CLI.run(["eval", dir.file("suite/suite.json").path, "--out", dir.file("out").path, "--update-baseline"])
      #expect(again.out.hasPrefix("baseline unchanged"))
    }
  }

  @Test func badFixturesAreReportedAllAtOnce() throws {
    try withTemporaryDirectory { dir in
      try dir.write("fx/a.json", """
        {"format": "parley-fixture/1", "id": "a", "paragraphs": [{"text": "Talks went on.", "optimism": 5}],
         "statements": [{"paragraph": 0, "text": "not in the paragraph", "speaker": "Nobody"}], "speakers": []}
        """)
      try dir.write("fx/b.json", "{\"format\": \"parley-fixture/1\", \"id\": ")
      let r = try CLI.run(["eval", "--fixtures", dir.file("fx").path, "--out", dir.file("out").path])
      #expect(r.status == 2)
      #expect(r.stderr.contains("a.json: error: [FIX002] $.paragraphs[0].optimism"))
      #expect(r.stderr.contains("a.json: error: [FIX002] $.statements[0].speaker"))
      #expect(r.stderr.contains("a.json: error: [FIX002] $.statements[0].text"))
      #expect(r.stderr.contains("b.json:1:"))
      #expect(r.stderr.contains("[FIX001]"))
      #expect(!FileManager.default.fileExists(atPath: dir.file("out/metrics.json").path))
    }
  }

  @Test func noSuiteIsAUsageError() throws {
    try withTemporaryDirectory { dir in
      let r = try CLI.run(["eval"], in: dir.url)
      #expect(r.status == 2)
      #expect(r.stderr.contains("no suite at evaluation/suite.json"))
    }
  }
}
