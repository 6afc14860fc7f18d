import Foundation

/// Writes an evaluation run into a folder: `metrics.json`, `metrics.csv`
/// (tidy: dataset, model, level, metric, value, ci_low, ci_high, n),
/// `errors.csv` (the worst misses with text and evidence), `junit.xml`
/// (one test case per gated figure and per behavioural capability).
public enum EvaluationReport {
  public static func write(_ result: EvaluationResult, gates: [GateResult], suite: Suite, to directory: String) throws(Diagnostic) {
    _ = try makeFolders(directory)
    func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
    let files: [(String, [UInt8])] = [
      ("metrics.json", metricsJSON(result, gates: gates, suite: suite)),
      ("metrics.csv", metricsCSV(result)),
      ("errors.csv", errorsCSV(result)),
      ("junit.xml", junit(result, gates: gates)),
    ]
    var opened: [OutputFile] = []
    for (name, bytes) in files {
      let f = try OutputFile(path: path(name))
      f.write(bytes)
      opened.append(f)
    }
    for f in opened { try f.commit() }
  }

  static func optional(_ w: inout JSONWriter, _ name: String, _ x: Double?) {
    w.key(name)
    if let x { w.number(x) } else { w.null() }
  }

  public static func metricsJSON(_ result: EvaluationResult, gates: [GateResult], suite: Suite) -> [UInt8] {
    var w = JSONWriter(pretty: true)
    w.beginObject()
    w.field("format", "parley-eval/1")
    w.field("suite", suite.file)
    w.key("models"); w.beginArray(); for m in suite.models { w.string(m) }; w.endArray()
    w.field("passed", gates.allSatisfy(\.passed))
    w.key("lexicons")
    w.beginObject()
    w.field("entries", result.lexiconEntries)
    w.field("fingerprint", result.lexiconFingerprint)
    w.endObject()
    w.key("parameters")
    w.beginObject()
    for field in ModelParameters.fields {
      switch field {
      case .real(let name, let path): w.field(name, result.parameters[keyPath: path], digits: 6)
      case .count(let name, let path): w.field(name, result.parameters[keyPath: path])
      }
    }
    w.endObject()
    w.key("metrics")
    w.beginArray()
    for r in result.rows {
      w.beginObject()
      w.field("dataset", r.dataset); w.field("model", r.model); w.field("level", r.level); w.field("metric", r.metric)
      optional(&w, "value", r.value); optional(&w, "ci_low", r.ciLow); optional(&w, "ci_high", r.ciHigh)
      w.field("n", r.count)
      w.endObject()
    }
    w.endArray()
    w.key("confusion")
    w.beginArray()
    for c in result.confusions {
      w.beginObject()
      w.field("dataset", c.dataset); w.field("model", c.model); w.field("level", c.level); w.field("axis", c.axis)
      w.key("classes"); w.beginArray(); for k in c.matrix.classes { w.integer(k) }; w.endArray()
      w.key("counts"); w.beginArray()
      for row in c.matrix.counts { w.beginArray(); for n in row { w.integer(n) }; w.endArray() }
      w.endArray()
      w.endObject()
    }
    w.endArray()
    w.key("gates")
    w.beginArray()
    for g in gates {
      w.beginObject()
      w.field("key", g.key); w.field("kind", g.kind.rawValue); optional(&w, "value", g.value); w.field("threshold", g.threshold)
      w.field("passed", g.passed); w.field("message", g.message)
      w.endObject()
    }
    w.endArray()
    w.key("behaviour_failures")
    w.beginArray()
    for model in result.behaviour.keys.sorted() {
      for r in result.behaviour[model]! where !r.passed {
        w.beginObject()
        w.field("model", model); w.field("id", r.testCase.id); w.field("capability", r.testCase.capability)
        w.field("text", r.testCase.text); w.field("failures", r.failures.joined(separator: "; "))
        w.endObject()
      }
    }
    w.endArray()
    w.key("notes"); w.beginArray(); for n in result.notes { w.string(n) }; w.endArray()
    w.endObject()
    return w.bytes + [0x0A]
  }

  public static func metricsCSV(_ result: EvaluationResult) -> [UInt8] {
    var csv = CSVWriter(header: ["dataset", "model", "level", "metric", "value", "ci_low", "ci_high", "n"])
    for r in result.rows {
      csv.field(r.dataset); csv.field(r.model); csv.field(r.level); csv.field(r.metric)
      csv.field(r.value.map { formatNumber($0) } ?? ""); csv.field(r.ciLow.map { formatNumber($0) } ?? ""); csv.field(r.ciHigh.map { formatNumber($0) } ?? "")
      csv.field(r.count)
      csv.endRow()
    }
    return csv.bytes
  }

  public static func errorsCSV(_ result: EvaluationResult) -> [UInt8] {
    var csv = CSVWriter(header: ["dataset", "model", "level", "item", "axis", "gold_rescaled", "predicted", "error", "text", "evidence"])
    for m in result.misses {
      csv.field(m.dataset); csv.field(m.model); csv.field(m.level); csv.field(m.item); csv.field(m.axis)
      csv.field(m.gold); csv.field(m.predicted); csv.field(m.error); csv.field(m.text); csv.field(m.evidence)
      csv.endRow()
    }
    return csv.bytes
  }

  public static func junit(_ result: EvaluationResult, gates: [GateResult]) -> [UInt8] {
    var cases: [(suite: String, name: String, failure: String?)] = gates.map { g in
      ("gates", "\(g.kind.rawValue) \(g.key)", g.passed ? nil : "\(g.value.map { formatNumber($0, digits: 4) } ?? "missing") vs \(formatNumber(g.threshold, digits: 4)): \(g.message)")
    }
    for model in result.behaviour.keys.sorted() {
      var capabilities: [String] = []
      var failures: [String: [String]] = [:]
      for r in result.behaviour[model]! {
        if failures[r.testCase.capability] == nil { capabilities.append(r.testCase.capability); failures[r.testCase.capability] = [] }
        if !r.passed { failures[r.testCase.capability]!.append("\(r.testCase.id): \(r.failures.joined(separator: "; "))") }
      }
      for c in capabilities {
        let f = failures[c]!
        cases.append(("behaviour.\(model)", c, f.isEmpty ? nil : "\(f.count) case(s) failed:\n" + f.joined(separator: "\n")))
      }
    }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    let failed = cases.filter { $0.failure != nil }.count
    xml += "<testsuites name=\"parley-eval\" tests=\"\(cases.count)\" failures=\"\(failed)\">\n"
    var suites: [String] = []
    for c in cases where !suites.contains(c.suite) { suites.append(c.suite) }
    for s in suites {
      let members = cases.filter { $0.suite == s }
      xml += "  <testsuite name=\"\(escapeMarkup(s))\" tests=\"\(members.count)\" failures=\"\(members.filter { $0.failure != nil }.count)\">\n"
      for c in members {
        if let f = c.failure {
          xml += "    <testcase classname=\"\(escapeMarkup(s))\" name=\"\(escapeMarkup(c.name))\">\n      <failure message=\"\(escapeMarkup(f.split(separator: "\n").first.map(String.init) ?? f))\">\(escapeMarkup(f))</failure>\n    </testcase>\n"
        } else {
          xml += "    <testcase classname=\"\(escapeMarkup(s))\" name=\"\(escapeMarkup(c.name))\"/>\n"
        }
      }
      xml += "  </testsuite>\n"
    }
    xml += "</testsuites>\n"
    return Array(xml.utf8)
  }
}
