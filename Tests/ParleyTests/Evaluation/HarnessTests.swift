import Foundation
import Testing

@testable import Parley

@Suite struct FixtureTests {
  @Test func everyRepositoryFixtureLoads() throws {
    let fixtures = try Fixture.loadAll(directory: TestSupport.path("evaluation/fixtures"))
    #expect(fixtures.count >= 30)
    for f in fixtures {
      #expect(f.paragraphs.count >= 6 && f.paragraphs.count <= 14, "\(f.id)")
      #expect(f.speakers.count >= 3, "\(f.id)")
      for s in f.statements {
        let p = Array(f.paragraphs[s.paragraph].text.utf8)
        #expect(String(decoding: p[s.start..<s.end], as: UTF8.self) == s.text)
      }
    }
  }

  @Test func everyProblemIsReportedWithItsJSONPath() {
    let text = """
      {"format": "parley-fixture/2", "id": "", "paragraphs": [{"text": "One.", "optimism": 3, "hedging": -1}],
       "statements": [{"paragraph": 4, "text": "x", "speaker": "A"}, {"paragraph": 0, "text": "Two", "speaker": "B"}],
       "speakers": [{"name": "A", "kind": "robot"}]}
      """
    #expect {
      _ = try Fixture.parse(Array(text.utf8), file: "f.json")
    } throws: { error in
      let messages = (error as! DiagnosticError).diagnostics.map(\.message)
      return messages.contains { $0.hasPrefix("$.format:") }
        && messages.contains { $0.hasPrefix("$.id:") }
        && messages.contains { $0.hasPrefix("$.paragraphs[0].optimism:") }
        && messages.contains { $0.hasPrefix("$.paragraphs[0].hedging:") }
        && messages.contains { $0.hasPrefix("$.statements[0].paragraph:") }
        && messages.contains { $0.hasPrefix("$.statements[1].speaker:") }
        && messages.contains { $0.hasPrefix("$.statements[1].text:") }
        && messages.contains { $0.hasPrefix("$.speakers[0].kind:") }
    }
  }

  @Test func nullLabelsAbstainAndUnknownFieldsAreKept() throws {
    let text = """
      {"format": "parley-fixture/1", "id": "n", "notes": "kept and ignored", "paragraphs": [{"text": "Talks.", "optimism": null}]}
      """
    let f = try Fixture.parse(Array(text.utf8), file: "n.json")
    #expect(f.paragraphs[0].optimism == nil)
    #expect(f.paragraphs[0].hedging == nil)
  }
}

@Suite struct BehaviourCaseTests {
  @Test func everyRepositoryCaseLoads() throws {
    let cases = try BehaviourCase.loadAll(directory: TestSupport.path("evaluation/behaviour"))
    #expect(cases.count >= 200)
    #expect(Set(cases.map(\.capability)).count >= 10)
  }

  @Test(arguments: [
    ("optimism=positive", BehaviourCase.Expectation.optimismLabel(.positive)),
    ("hedging:down", .hedgingMoves(up: false)),
    ("same", .same),
    ("statements=2", .statementCount(2)),
    ("speaker[second round]=Lena Varga", .speakerOf(fragment: "second round", name: "Lena Varga")),
    ("speakers=1", .speakerCount(1)),
  ])
  func parsesExpectations(_ text: String, _ expected: BehaviourCase.Expectation) {
    #expect(BehaviourCase.Expectation.parse(text) == expected)
  }

  @Test(arguments: ["optimism=great", "statements=two", "speaker=", "speakers", "hedging:sideways"])
  func rejectsBadExpectations(_ text: String) {
    #expect(BehaviourCase.Expectation.parse(text) == nil)
  }

  func observation(_ o: Double, _ h: Double, statements: [(String, String, [String])]? = nil) -> BehaviourObservation {
    let p = ModelParameters()
    return BehaviourObservation(stance: Stance(optimism: o, hedging: h, parameters: p), statements: statements?.map { ($0.0, $0.1, $0.2) }, speakerCount: statements.map { Set($0.map(\.1)).count })
  }

  @Test func checksDirectionInvarianceAndSpeakers() {
    let dir = BehaviourCase(id: "d", capability: "x", kind: .dir, expectations: [.optimismMoves(up: true)], text: "a", text2: "b", file: "f", line: 1)
    #expect(dir.check(observation(0.2, 0), observation(0.5, 0)).passed)
    #expect(!dir.check(observation(0.5, 0), observation(0.5, 0)).passed)
    let inv = BehaviourCase(id: "i", capability: "x", kind: .inv, expectations: [.same], text: "a", text2: "b", file: "f", line: 1)
    #expect(inv.check(observation(0.3, 0.1), observation(0.305, 0.1)).passed)
    #expect(!inv.check(observation(0.3, 0.1), observation(0.35, 0.1)).passed)
    let spk = BehaviourCase(id: "s", capability: "x", kind: .mft, expectations: [.speakerOf(fragment: "next week", name: "ms. berg")], text: "a", text2: nil, file: "f", line: 1)
    let statements = [("monitors arrive next week", "Anna Berg", ["Ms. Berg"])]
    #expect(spk.check(observation(0, 0, statements: statements), nil).passed)
    let noAttribution = spk.check(observation(0, 0), nil)
    #expect(!noAttribution.passed)
  }
}

@Suite struct GateTests {
  func result(_ rows: [(String, Double?)], notes: [String] = []) -> EvaluationResult {
    var r = EvaluationResult()
    for (key, v) in rows {
      let p = key.split(separator: "/").map(String.init)
      r.rows.append(MetricRow(dataset: p[0], model: p[1], level: p[2], metric: p[3], value: v, count: 10))
    }
    r.notes = notes
    return r
  }

  func suite(_ gates: [Suite.Gate]) -> Suite {
    Suite(file: "s", models: ["rules"], datasets: [], gates: gates, baseline: nil, tolerance: ["optimism_mae": 0.05], defaultTolerance: 0.02, bootstrapResamples: 10, bootstrapSeed: 1)
  }

  @Test func minimumsAndBaseline() {
    let s = suite([Suite.Gate(dataset: "fx", model: "rules", level: "paragraph", metric: "optimism_spearman", min: 0.5)])
    let r = result([("fx/rules/paragraph/optimism_spearman", 0.6), ("fx/rules/paragraph/optimism_mae", 0.3)])
    #expect(GateCheck.check(r, suite: s, baseline: [:]).allSatisfy { $0.passed })
    // Below the baseline by more than the tolerance: fails.
    let regressed = GateCheck.check(r, suite: s, baseline: ["fx/rules/paragraph/optimism_spearman": 0.63])
    #expect(regressed.contains { !$0.passed && $0.kind == .baseline })
    // Within tolerance: passes.
    #expect(GateCheck.check(r, suite: s, baseline: ["fx/rules/paragraph/optimism_spearman": 0.615]).allSatisfy { $0.passed })
    // Errors are better when lower.
    #expect(GateCheck.check(r, suite: s, baseline: ["fx/rules/paragraph/optimism_mae": 0.26]).allSatisfy { $0.passed })
    #expect(!GateCheck.check(r, suite: s, baseline: ["fx/rules/paragraph/optimism_mae": 0.24]).allSatisfy { $0.passed })
  }

  @Test func missingMetricFailsUnlessItsDatasetWasOptionalAndAbsent() {
    let s = suite([Suite.Gate(dataset: "nyt", model: "rules", level: "sentence", metric: "optimism_pearson", min: 0.5)])
    #expect(!GateCheck.check(result([]), suite: s, baseline: [:]).allSatisfy { $0.passed })
    #expect(GateCheck.check(result([], notes: ["skipped nyt: x is not there (optional dataset)"]), suite: s, baseline: [:]).allSatisfy { $0.passed })
  }

  @Test func junitEscapesAndCountsFailures() {
    let gates = [
      GateResult(key: "a/<b>", kind: .minimum, value: 0.1, threshold: 0.5, passed: false, message: "below \"minimum\" & more"),
      GateResult(key: "c", kind: .baseline, value: 0.9, threshold: 0.5, passed: true, message: "ok"),
    ]
    let xml = String(decoding: EvaluationReport.junit(EvaluationResult(), gates: gates), as: UTF8.self)
    #expect(xml.contains("tests=\"2\" failures=\"1\""))
    #expect(xml.contains("a/&lt;b&gt;"))
    #expect(xml.contains("&quot;minimum&quot; &amp; more"))
  }
}

@Suite struct StatementMatcherTests {
  @Test func overlapOfHalfTheGoldSpanMatches() throws {
    let text = """
      {"format": "parley-fixture/1", "id": "m", "paragraphs": [{"text": "Ilse Marten said the talks had been productive and would go on."}],
       "statements": [{"paragraph": 0, "text": "the talks had been productive and would go on", "speaker": "Ilse Marten"}],
       "speakers": [{"name": "Ilse Marten", "aliases": ["Ms. Marten"], "kind": "person"}]}
      """
    let fixture = try Fixture.parse(Array(text.utf8), file: "m.json")
    let engine = try TestSupport.engine()
    let document = engine.read(id: "m", text: fixture.text)
    let analysis = engine.analyze(document)
    let pairs = StatementMatcher.match(gold: fixture, predicted: analysis, document: document)
    #expect(pairs.count == 1)
    #expect(pairs.first?.attributed == true)
  }
}
