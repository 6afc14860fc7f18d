/// The verdict on one gated figure.
public struct GateResult: Sendable {
  public enum Kind: String, Sendable { case minimum, baseline, behaviour }
  public var key: String
  public var kind: Kind
  public var value: Double?
  /// The minimum, or the baseline less its tolerance.
  public var threshold: Double
  public var passed: Bool
  public var message: String
}

/// Checks a run against the suite's minimums and the committed baseline.
/// A gate fails when a metric is missing, below its minimum, or worse than
/// the baseline by more than the metric's tolerance.
public enum GateCheck {
  public static func check(_ result: EvaluationResult, suite: Suite, baseline: [String: Double]) -> [GateResult] {
    var out: [GateResult] = []
    for g in suite.gates {
      let matching = result.rows.filter { $0.dataset == g.dataset && $0.model == g.model && (g.level == "*" ? $0.metric == g.metric : $0.level == g.level && $0.metric == g.metric) }
      if matching.isEmpty {
        let skipped = result.notes.contains { $0.contains("skipped \(g.dataset):") }
        out.append(GateResult(key: g.key, kind: .minimum, value: nil, threshold: g.min, passed: skipped, message: skipped ? "dataset absent (optional)" : "metric missing"))
        continue
      }
      for row in matching {
        let ok = row.value.map { row.lowerIsBetter ? $0 <= g.min : $0 >= g.min } ?? false
        out.append(GateResult(key: row.key, kind: g.level == "*" ? .behaviour : .minimum, value: row.value, threshold: g.min, passed: ok, message: ok ? "ok" : "\(row.lowerIsBetter ? "above" : "below") minimum \(formatNumber(g.min, digits: 3))"))
      }
    }
    for (key, base) in baseline.sorted(by: { $0.key < $1.key }) {
      guard let row = result.rows.first(where: { $0.key == key }) else {
        let dataset = key.split(separator: "/").first.map(String.init) ?? ""
        let skipped = result.notes.contains { $0.contains("skipped \(dataset):") }
        out.append(GateResult(key: key, kind: .baseline, value: nil, threshold: base, passed: skipped, message: skipped ? "dataset absent (optional)" : "metric in baseline but not measured"))
        continue
      }
      let tol = suite.tolerance(for: row.metric)
      let threshold = row.lowerIsBetter ? base + tol : base - tol
      let ok = row.value.map { row.lowerIsBetter ? $0 <= threshold + 1e-12 : $0 >= threshold - 1e-12 } ?? false
      out.append(GateResult(key: key, kind: .baseline, value: row.value, threshold: threshold, passed: ok, message: ok ? "ok" : "regressed from baseline \(formatNumber(base, digits: 4)) (tolerance \(formatNumber(tol, digits: 4)))"))
    }
    return out
  }

  /// Reads a baseline file: `{"format": "parley-baseline/1", "metrics": {key: value}}`.
  public static func loadBaseline(_ path: String) throws(DiagnosticError) -> [String: Double] {
    let root = try JSONFile.load(path, code: "BAS001")
    var out: [String: Double] = [:]
    for m in root["metrics"]?.members ?? [] {
      guard let x = m.value.number else { throw DiagnosticError([.error("BAS002", "$.metrics.\(m.key): expected a number", file: path)]) }
      out[m.key] = x
    }
    return out
  }

  /// The baseline file for `result`: every gated metric and every row of
  /// the gated datasets' main figures.
  public static func baselineJSON(_ result: EvaluationResult, suite: Suite) -> [UInt8] {
    let gatedKeys = Set(check(result, suite: suite, baseline: [:]).map(\.key))
    var w = JSONWriter(pretty: true)
    w.beginObject()
    w.field("format", "parley-baseline/1")
    w.key("metrics")
    w.beginObject()
    for row in result.rows where gatedKeys.contains(row.key) {
      if let v = row.value { w.field(row.key, v) }
    }
    w.endObject()
    w.endObject()
    return w.bytes + [0x0A]
  }
}
