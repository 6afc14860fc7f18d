import Foundation
import Parley

/// `parley eval`: run an evaluation suite, print a table, write
/// notebooks-out/eval/, exit 1 when a gate fails.
enum EvalCommand {
  static let help = """
    USAGE: parley eval [SUITE] [options]

    Runs the evaluation suite (default: evaluation/suite.json): every
    dataset with every model, side by side. Prints the main figures and the
    gates, and writes metrics.json, metrics.csv, errors.csv and junit.xml.

    OPTIONS:
      --fixtures DIR          evaluate a folder of parley-fixture/1 files
                              instead of a suite (both models, no gates)
      --out DIR               where to write (default: notebooks-out/eval)
      --update-baseline       rewrite the suite's baseline from this run and
                              show what changed (gates are not applied)
      --all                   print every metric, not only the main ones
    \(LexiconOptions.help)
      -h, --help              this help

    EXIT CODES: 0 all gates pass, 1 a gate failed, 2 bad suite or data.
    """

  static func run(_ argv: [String]) throws -> ExitCode {
    let args = try Arguments(argv, valued: LexiconOptions.valued.union(["--fixtures", "--out"]), boolean: ["--help", "-h", "--update-baseline", "--all"])
    if args.has("--help") || args.has("-h") {
      StandardOutput.shared.write(help + "\n")
      return .success
    }
    if args.positional.count > 1 { throw UsageError(message: "eval takes at most one SUITE") }
    let suite: Suite
    if let dir = args.value("--fixtures") {
      if !args.positional.isEmpty { throw UsageError(message: "give either a SUITE or --fixtures DIR, not both") }
      suite = Suite.forFixtures(dir)
    } else {
      let path = args.positional.first ?? "evaluation/suite.json"
      if args.positional.isEmpty && !FileManager.default.fileExists(atPath: path) {
        throw UsageError(message: "no suite at \(path); run from the repository root, name a SUITE, or use --fixtures DIR")
      }
      suite = try Suite.load(path)
    }
    let engine = try LexiconOptions.engine(args)
    let result = try EvaluationRunner(engine: engine, suite: suite).run()
    let out = args.value("--out") ?? "notebooks-out/eval"

    if args.has("--update-baseline") {
      guard let baselinePath = suite.baseline else { throw UsageError(message: "the suite names no baseline file") }
      let old = (try? GateCheck.loadBaseline(baselinePath)) ?? [:]
      let bytes = GateCheck.baselineJSON(result, suite: suite)
      let file = try OutputFile(path: baselinePath)
      file.write(bytes)
      try file.commit()
      let new = try GateCheck.loadBaseline(baselinePath)
      var lines: [[String]] = []
      for key in Set(old.keys).union(new.keys).sorted() where old[key] != new[key] {
        lines.append([key, old[key].map { formatNumber($0) } ?? "-", new[key].map { formatNumber($0) } ?? "-"])
      }
      StandardOutput.shared.write(lines.isEmpty ? "baseline unchanged: \(baselinePath)\n" : "updated \(baselinePath):\n" + table(["metric", "was", "now"], lines))
      try EvaluationReport.write(result, gates: [], suite: suite, to: out)
      return .success
    }

    let baseline = try suite.baseline.map { try GateCheck.loadBaseline($0) } ?? [:]
    let gates = GateCheck.check(result, suite: suite, baseline: baseline)
    try EvaluationReport.write(result, gates: gates, suite: suite, to: out)
    StandardOutput.shared.write(EvalTable.render(result, gates: gates, suite: suite, all: args.has("--all")))
    StandardOutput.shared.write("wrote \(out)/metrics.json, metrics.csv, errors.csv, junit.xml\n")
    return gates.allSatisfy(\.passed) ? .success : .gateFailed
  }
}

/// The summary `parley eval` prints.
enum EvalTable {
  static let mainMetrics = ["optimism_spearman", "optimism_pearson", "optimism_macro_f1", "hedging_spearman", "hedging_f1", "detection_f1", "attribution_accuracy"]

  static func render(_ result: EvaluationResult, gates: [GateResult], suite: Suite, all: Bool) -> String {
    var out = ""
    for note in result.notes { out += "note: \(note)\n" }
    // Side by side: one row per dataset/level/metric, one column per model.
    var keys: [String] = []
    var cells: [String: [String: String]] = [:]
    for r in result.rows where !r.dataset.contains(":") && r.metric != "pass_rate" && (all || mainMetrics.contains(r.metric)) {
      let k = "\(r.dataset)\t\(r.level)\t\(r.metric)"
      if cells[k] == nil { keys.append(k); cells[k] = [:] }
      var cell = r.value.map { formatNumber($0, digits: 3) } ?? "n/a"
      if let lo = r.ciLow, let hi = r.ciHigh { cell += " [\(formatNumber(lo, digits: 2)), \(formatNumber(hi, digits: 2))]" }
      cells[k]![r.model] = cell
    }
    out += table(["dataset", "level", "metric"] + suite.models, keys.map { k in k.split(separator: "\t").map(String.init) + suite.models.map { cells[k]![$0] ?? "-" } })
    // Behaviour: pass rates per dataset and capability (each behaviour
    // dataset has its own `all`).
    let behaviourRows = result.rows.filter { $0.metric == "pass_rate" && !$0.dataset.contains(":") }
    if !behaviourRows.isEmpty {
      var caps: [(dataset: String, capability: String)] = []
      for r in behaviourRows where !caps.contains(where: { $0 == (r.dataset, r.level) }) { caps.append((r.dataset, r.level)) }
      out += "\n" + table(["dataset", "capability"] + suite.models, caps.map { c in
        [c.dataset, c.capability] + suite.models.map { m in
          guard let r = behaviourRows.first(where: { $0.dataset == c.dataset && $0.level == c.capability && $0.model == m }), let v = r.value else { return "-" }
          return "\(formatNumber(v * 100, digits: 1))% of \(r.count)"
        }
      })
    }
    let failed = gates.filter { !$0.passed }
    out += "\ngates: \(gates.count - failed.count) of \(gates.count) pass\n"
    for g in failed {
      out += "  FAIL \(g.key): \(g.value.map { formatNumber($0, digits: 4) } ?? "missing") (\(g.message))\n"
    }
    return out
  }
}
