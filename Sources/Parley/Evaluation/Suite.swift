import Foundation

/// An evaluation suite (evaluation/suite.json): datasets, models, gates and
/// the committed baseline. Paths are relative to the suite file's folder.
public struct Suite: Sendable {
  public enum DatasetKind: String, Sendable { case fixtures, sentences, behaviour }

  public struct Dataset: Sendable {
    public var name: String
    public var kind: DatasetKind
    /// Absolute or suite-relative path, resolved.
    public var path: String
    /// For sentence sets: which axis the gold labels, its scale, and the
    /// binning rule: optimism `[negativeMax, positiveMin]`, hedging `[hedgedMin]`.
    public var axis: String?
    public var scale: ClosedRange<Double>?
    public var bins: [Double]
    /// A dataset outside the repository (e.g. ../shared): skipped with a
    /// note when absent instead of failing.
    public var optional: Bool
  }

  /// A minimum a metric must reach.
  public struct Gate: Sendable {
    public var dataset: String
    public var model: String
    public var level: String
    public var metric: String
    public var min: Double
    public var key: String { "\(dataset)/\(model)/\(level)/\(metric)" }
  }

  public var file: String
  public var models: [String]
  public var datasets: [Dataset]
  public var gates: [Gate]
  /// Path of the baseline file (resolved).
  public var baseline: String?
  /// Allowed drop below the baseline, per metric name, with a default.
  public var tolerance: [String: Double]
  public var defaultTolerance: Double
  public var bootstrapResamples: Int
  public var bootstrapSeed: UInt64

  public func tolerance(for metric: String) -> Double { tolerance[metric] ?? defaultTolerance }

  public static func load(_ path: String) throws(DiagnosticError) -> Suite {
    let root = try JSONFile.load(path, code: "SUI001")
    var problems: [Diagnostic] = []
    func problem(_ p: String, _ m: String) { problems.append(.error("SUI002", "\(p): \(m)", file: path)) }
    let base = (path as NSString).deletingLastPathComponent
    func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : ((base.isEmpty ? "." : base) as NSString).appendingPathComponent(p) }
    if root["format"]?.string != "parley-suite/1" { problem("$.format", "must be \"parley-suite/1\"") }
    let models = (root["models"]?.array ?? []).compactMap(\.string)
    if models.isEmpty { problem("$.models", "name at least one model") }
    for (i, m) in models.enumerated() where Models.named(m) == nil { problem("$.models[\(i)]", "unknown model '\(m)'") }
    var datasets: [Dataset] = []
    for (i, d) in (root["datasets"]?.array ?? []).enumerated() {
      let p = "$.datasets[\(i)]"
      guard let name = d["name"]?.string, let kindName = d["kind"]?.string, let kind = DatasetKind(rawValue: kindName), let rel = d["path"]?.string else {
        problem(p, "needs name, kind (fixtures, sentences, behaviour) and path")
        continue
      }
      var scale: ClosedRange<Double>? = nil
      if let s = d["scale"]?.array?.compactMap(\.number), s.count == 2, s[0] < s[1] { scale = s[0]...s[1] }
      let axis = d["axis"]?.string
      let bins = (d["bins"]?.array ?? []).compactMap(\.number)
      if kind == .sentences {
        if axis != "optimism" && axis != "hedging" { problem("\(p).axis", "must be optimism or hedging") }
        if scale == nil { problem("\(p).scale", "must be [low, high]") }
        if (axis == "optimism" && bins.count != 2) || (axis == "hedging" && bins.count != 1) {
          problem("\(p).bins", "optimism needs [negativeMax, positiveMin], hedging [hedgedMin]")
        }
      }
      datasets.append(Dataset(name: name, kind: kind, path: resolve(rel), axis: axis, scale: scale, bins: bins, optional: d["optional"] == .bool(true)))
    }
    if datasets.isEmpty { problem("$.datasets", "name at least one dataset") }
    var gates: [Gate] = []
    for (i, g) in (root["gates"]?.array ?? []).enumerated() {
      guard let dataset = g["dataset"]?.string, let model = g["model"]?.string, let level = g["level"]?.string, let metric = g["metric"]?.string, let min = g["min"]?.number else {
        problem("$.gates[\(i)]", "needs dataset, model, level, metric and min")
        continue
      }
      gates.append(Gate(dataset: dataset, model: model, level: level, metric: metric, min: min))
    }
    var tolerance: [String: Double] = [:]
    for m in root["tolerance"]?.members ?? [] { if let x = m.value.number { tolerance[m.key] = x } }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return Suite(
      file: path, models: models, datasets: datasets, gates: gates,
      baseline: root["baseline"]?.string.map(resolve), tolerance: tolerance, defaultTolerance: tolerance["default"] ?? 0.02,
      bootstrapResamples: Int(root["bootstrap"]?["resamples"]?.number ?? 1000), bootstrapSeed: UInt64(root["bootstrap"]?["seed"]?.number ?? 42))
  }

  /// A suite for `parley eval --fixtures DIR`: that folder, both models, no gates.
  public static func forFixtures(_ directory: String) -> Suite {
    Suite(file: "(command line)", models: Models.all.map(\.name),
      datasets: [Dataset(name: (directory as NSString).lastPathComponent, kind: .fixtures, path: directory, axis: nil, scale: nil, bins: [], optional: false)],
      gates: [], baseline: nil, tolerance: [:], defaultTolerance: 0.02, bootstrapResamples: 1000, bootstrapSeed: 42)
  }
}
