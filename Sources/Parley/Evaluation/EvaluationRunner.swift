import Foundation

/// One figure of an evaluation run, in tidy form.
public struct MetricRow: Sendable, Hashable {
  public var dataset: String
  public var model: String
  /// `paragraph`, `sentence`, `statement`, `speaker`, or a behavioural capability.
  public var level: String
  public var metric: String
  /// nil when undefined (e.g. no variance).
  public var value: Double?
  public var ciLow: Double?
  public var ciHigh: Double?
  /// Items the figure is computed over.
  public var count: Int

  public var key: String { "\(dataset)/\(model)/\(level)/\(metric)" }
  /// Lower values are better (errors).
  public var lowerIsBetter: Bool { metric.hasSuffix("_mae") }
}

/// A labeled item the model got most wrong, for errors.csv.
public struct Miss: Sendable {
  public var dataset: String
  public var model: String
  public var level: String
  public var item: String
  public var axis: String
  /// Gold rescaled to the model's range, and the model's score.
  public var gold: Double
  public var predicted: Double
  public var text: String
  /// The cues behind the score, e.g. `productive +0.41; not (negator)`.
  public var evidence: String
  public var error: Double { abs(gold - predicted) }
}

/// A confusion matrix of one dataset, model, level and axis.
public struct LabeledConfusion: Sendable {
  public var dataset: String
  public var model: String
  public var level: String
  public var axis: String
  public var matrix: ConfusionMatrix
}

/// Everything an evaluation run measured.
public struct EvaluationResult: Sendable {
  public var rows: [MetricRow] = []
  public var confusions: [LabeledConfusion] = []
  public var misses: [Miss] = []
  /// Behavioural results per model.
  public var behaviour: [String: [BehaviourResult]] = [:]
  /// Datasets skipped (optional and absent) and similar remarks.
  public var notes: [String] = []
  /// What the run used, so that two runs can be compared: the model
  /// constants, and the lexicon's entry count and fingerprint.
  public var parameters = ModelParameters()
  public var lexiconEntries = 0
  public var lexiconFingerprint = ""

  public func value(_ key: String) -> Double? { rows.first { $0.key == key }?.value }
}

/// Runs a suite: every dataset with every model, through the same pipeline
/// as `parley score`.
public struct EvaluationRunner: Sendable {
  public var engine: Engine
  public var suite: Suite
  /// How many misses per dataset, model and level go to errors.csv.
  public var missesKept = 25

  public init(engine: Engine, suite: Suite) {
    self.engine = engine
    self.suite = suite
  }

  /// Loads every dataset first, so bad data is reported all at once before
  /// anything is scored.
  public func run() throws(DiagnosticError) -> EvaluationResult {
    var result = EvaluationResult()
    result.parameters = engine.parameters
    result.lexiconEntries = engine.lexicons.entries.count
    result.lexiconFingerprint = engine.lexicons.fingerprint
    var problems: [Diagnostic] = []
    var loaded: [(Suite.Dataset, Any)] = []
    for d in suite.datasets {
      if d.optional && !FileManager.default.fileExists(atPath: d.path) {
        result.notes.append("skipped \(d.name): \(d.path) is not there (optional dataset)")
        continue
      }
      do {
        switch d.kind {
        case .fixtures: loaded.append((d, try Fixture.loadAll(directory: d.path)))
        case .sentences: loaded.append((d, try SentenceSet.load(d.path, scale: d.scale ?? -1...1)))
        case .behaviour: loaded.append((d, try BehaviourCase.loadAll(directory: d.path)))
        }
      } catch {
        problems += error.diagnostics
      }
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    for modelName in suite.models {
      guard let model = Models.named(modelName) else { continue }
      for (d, data) in loaded {
        switch data {
        case let fixtures as [Fixture]: evaluate(fixtures, dataset: d, model: model, into: &result)
        case let set as SentenceSet: evaluate(set, dataset: d, model: model, into: &result)
        case let cases as [BehaviourCase]: evaluate(cases, dataset: d, model: model, into: &result)
        default: break
        }
      }
    }
    return result
  }

  // MARK: Fixtures

  func evaluate(_ fixtures: [Fixture], dataset d: Suite.Dataset, model: any StanceModel, into result: inout EvaluationResult) {
    var optimism = AxisSamples()
    var hedging = AxisSamples()
    var statementOptimism = AxisSamples()
    var statementHedging = AxisSamples()
    var speakerOptimism = AxisSamples()
    var speakerHedging = AxisSamples()
    var detection = StatementMatchCounts()
    var misses: [Miss] = []
    for fixture in fixtures {
      let document = engine.read(id: fixture.id, bytes: Array(fixture.text.utf8), source: fixture.file)
      let analysis = engine.analyze(document, model: model, evidence: true)
      let score = analysis.score
      guard score.paragraphs.count == fixture.paragraphs.count else {
        result.notes.append("\(fixture.file): Parley read \(score.paragraphs.count) paragraphs, the fixture has \(fixture.paragraphs.count); article skipped")
        continue
      }
      var articleOptimism = AxisSamples()
      var articleHedging = AxisSamples()
      for (i, gold) in fixture.paragraphs.enumerated() {
        let p = score.paragraphs[i]
        let evidence = Self.evidenceSummary(score.sentences[p.sentences].flatMap(\.evidence))
        if let g = gold.optimism {
          let sample = (gold: Double(g), predicted: p.stance.optimism, goldClass: g <= -1 ? -1 : g >= 1 ? 1 : 0, predictedClass: Self.optimismClass(p.stance.optimismLabel))
          optimism.add(sample)
          articleOptimism.add(sample)
          misses.append(Miss(dataset: d.name, model: model.name, level: "paragraph", item: "\(fixture.id)#\(i)", axis: "optimism", gold: Double(g) / 2, predicted: p.stance.optimism, text: gold.text, evidence: evidence))
        }
        if let g = gold.hedging {
          let sample = (gold: Double(g), predicted: p.stance.hedging, goldClass: g >= 1 ? 1 : 0, predictedClass: p.stance.hedgingLabel == .hedged ? 1 : 0)
          hedging.add(sample)
          articleHedging.add(sample)
          misses.append(Miss(dataset: d.name, model: model.name, level: "paragraph", item: "\(fixture.id)#\(i)", axis: "hedging", gold: Double(g) / 2, predicted: p.stance.hedging, text: gold.text, evidence: evidence))
        }
      }
      for (axis, s) in [("optimism", articleOptimism), ("hedging", articleHedging)] {
        result.rows.append(MetricRow(dataset: "\(d.name):\(fixture.id)", model: model.name, level: "paragraph", metric: "\(axis)_spearman", value: Metrics.spearman(s.predicted, s.gold), count: s.count))
      }
      // Statements: detection, attribution, and their stance.
      let pairs = StatementMatcher.match(gold: fixture, predicted: analysis, document: document)
      var articleCounts = StatementMatchCounts()
      articleCounts.add(pairs, gold: fixture.statements.count, predicted: analysis.statements.count)
      detection.merge(articleCounts)
      result.rows.append(MetricRow(dataset: "\(d.name):\(fixture.id)", model: model.name, level: "statement", metric: "detection_f1", value: articleCounts.f1, count: fixture.statements.count))
      for pair in pairs {
        let g = fixture.statements[pair.gold]
        let p = analysis.statements[pair.predicted]
        if let o = g.optimism {
          statementOptimism.add((gold: Double(o), predicted: p.stance.optimism, goldClass: o <= -1 ? -1 : o >= 1 ? 1 : 0, predictedClass: Self.optimismClass(p.stance.optimismLabel)))
        }
        if let h = g.hedging {
          statementHedging.add((gold: Double(h), predicted: p.stance.hedging, goldClass: h >= 1 ? 1 : 0, predictedClass: p.stance.hedgingLabel == .hedged ? 1 : 0))
        }
      }
      // Speakers: the predicted summary that goes by a gold speaker's name.
      for g in fixture.speakers {
        let names = Set(([g.name] + g.aliases).map { $0.lowercased() })
        guard let p = analysis.speakers.first(where: { s in ([s.name] + s.aliases).contains { names.contains($0.lowercased()) } }) else { continue }
        let stance = p.stance(engine.parameters)
        if let o = g.optimism { speakerOptimism.add((gold: Double(o), predicted: stance.optimism, goldClass: o <= -1 ? -1 : o >= 1 ? 1 : 0, predictedClass: Self.optimismClass(stance.optimismLabel))) }
        if let h = g.hedging { speakerHedging.add((gold: Double(h), predicted: stance.hedging, goldClass: h >= 1 ? 1 : 0, predictedClass: stance.hedgingLabel == .hedged ? 1 : 0)) }
      }
    }
    let n = detection.gold
    result.rows.append(MetricRow(dataset: d.name, model: model.name, level: "statement", metric: "detection_precision", value: detection.precision, count: detection.predicted))
    result.rows.append(MetricRow(dataset: d.name, model: model.name, level: "statement", metric: "detection_recall", value: detection.recall, count: n))
    result.rows.append(MetricRow(dataset: d.name, model: model.name, level: "statement", metric: "detection_f1", value: detection.f1, count: n))
    result.rows.append(MetricRow(dataset: d.name, model: model.name, level: "statement", metric: "attribution_accuracy", value: detection.matched > 0 ? Double(detection.attributed) / Double(detection.matched) : nil, count: detection.matched))
    result.rows.append(MetricRow(dataset: d.name, model: model.name, level: "speaker", metric: "matched_share", value: fixtures.isEmpty ? nil : Double(speakerOptimism.count) / Double(max(1, fixtures.reduce(0) { $0 + $1.speakers.filter { $0.optimism != nil }.count })), count: speakerOptimism.count))
    axisRows(statementOptimism, dataset: d.name, model: model.name, level: "statement", axis: "optimism", scale: -2...2, classes: [-1, 0, 1], into: &result)
    axisRows(statementHedging, dataset: d.name, model: model.name, level: "statement", axis: "hedging", scale: 0...2, classes: [0, 1], into: &result)
    axisRows(speakerOptimism, dataset: d.name, model: model.name, level: "speaker", axis: "optimism", scale: -2...2, classes: [-1, 0, 1], into: &result)
    axisRows(speakerHedging, dataset: d.name, model: model.name, level: "speaker", axis: "hedging", scale: 0...2, classes: [0, 1], into: &result)
    axisRows(optimism, dataset: d.name, model: model.name, level: "paragraph", axis: "optimism", scale: -2...2, classes: [-1, 0, 1], into: &result)
    axisRows(hedging, dataset: d.name, model: model.name, level: "paragraph", axis: "hedging", scale: 0...2, classes: [0, 1], into: &result)
    keepWorst(misses, into: &result)
  }

  // MARK: Sentence sets

  func evaluate(_ set: SentenceSet, dataset d: Suite.Dataset, model: any StanceModel, into result: inout EvaluationResult) {
    let axis = d.axis ?? "optimism"
    let scale = d.scale ?? -1...1
    var samples = AxisSamples()
    var misses: [Miss] = []
    let target: ClosedRange<Double> = axis == "optimism" ? -1...1 : 0...1
    for item in set.items {
      let document = engine.read(id: item.id, bytes: Array(item.text.utf8), source: "\(set.file):\(item.id)")
      let score = engine.score(document, model: model, evidence: true)
      let predicted = axis == "optimism" ? score.stance.optimism : score.stance.hedging
      let goldClass: Int
      let predictedClass: Int
      if axis == "optimism" {
        goldClass = item.gold <= d.bins[0] ? -1 : item.gold >= d.bins[1] ? 1 : 0
        predictedClass = Self.optimismClass(score.stance.optimismLabel)
      } else {
        goldClass = item.gold >= d.bins[0] ? 1 : 0
        predictedClass = score.stance.hedgingLabel == .hedged ? 1 : 0
      }
      samples.add((gold: item.gold, predicted: predicted, goldClass: goldClass, predictedClass: predictedClass))
      misses.append(Miss(dataset: d.name, model: model.name, level: "sentence", item: item.id, axis: axis, gold: Metrics.rescale(item.gold, from: scale, to: target), predicted: predicted, text: item.text, evidence: Self.evidenceSummary(score.sentences.flatMap(\.evidence))))
    }
    axisRows(samples, dataset: d.name, model: model.name, level: "sentence", axis: axis, scale: scale, classes: axis == "optimism" ? [-1, 0, 1] : [0, 1], into: &result)
    keepWorst(misses, into: &result)
  }

  // MARK: Behaviour

  func evaluate(_ cases: [BehaviourCase], dataset d: Suite.Dataset, model: any StanceModel, into result: inout EvaluationResult) {
    var results: [BehaviourResult] = []
    for c in cases {
      let a = observe(c.text, model: model)
      let b = c.text2.map { observe($0, model: model) }
      results.append(c.check(a, b))
    }
    // (Every behaviour dataset adds its results: the reports list the
    // failures of all of them, not only of the last one run.)
    result.behaviour[model.name, default: []] += results
    var order: [String] = []
    var byCapability: [String: [BehaviourResult]] = [:]
    for r in results {
      if byCapability[r.testCase.capability] == nil { order.append(r.testCase.capability) }
      byCapability[r.testCase.capability, default: []].append(r)
    }
    for capability in order {
      let rs = byCapability[capability]!
      result.rows.append(MetricRow(dataset: d.name, model: model.name, level: capability, metric: "pass_rate", value: Double(rs.filter(\.passed).count) / Double(rs.count), count: rs.count))
    }
    result.rows.append(MetricRow(dataset: d.name, model: model.name, level: "all", metric: "pass_rate", value: Double(results.filter(\.passed).count) / Double(max(1, results.count)), count: results.count))
  }

  func observe(_ text: String, model: any StanceModel) -> BehaviourObservation {
    let document = engine.read(id: "case", text: text)
    let analysis = engine.analyze(document, model: model)
    return BehaviourObservation(stance: analysis.score.stance, statements: analysis.statementsForChecks, speakerCount: analysis.speakerCount)
  }

  // MARK: Shared

  /// Gold and predicted values of one axis, and their classes.
  struct AxisSamples {
    var gold: [Double] = []
    var predicted: [Double] = []
    var goldClass: [Int] = []
    var predictedClass: [Int] = []
    var count: Int { gold.count }
    mutating func add(_ s: (gold: Double, predicted: Double, goldClass: Int, predictedClass: Int)) {
      gold.append(s.gold)
      predicted.append(s.predicted)
      goldClass.append(s.goldClass)
      predictedClass.append(s.predictedClass)
    }
  }

  func axisRows(_ s: AxisSamples, dataset: String, model: String, level: String, axis: String, scale: ClosedRange<Double>, classes: [Int], into result: inout EvaluationResult) {
    let n = s.count
    guard n > 0 else { return }
    let resamples = suite.bootstrapResamples
    let seed = suite.bootstrapSeed
    func row(_ metric: String, _ value: Double?, ci statistic: (([Int]) -> Double?)?) {
      let ci = statistic.flatMap { Metrics.bootstrap(count: n, resamples: resamples, seed: seed, statistic: $0) }
      result.rows.append(MetricRow(dataset: dataset, model: model, level: level, metric: "\(axis)_\(metric)", value: value, ciLow: ci?.low, ciHigh: ci?.high, count: n))
    }
    func pick<T>(_ a: [T], _ idx: [Int]) -> [T] { idx.map { a[$0] } }
    row("pearson", Metrics.pearson(s.predicted, s.gold)) { Metrics.pearson(pick(s.predicted, $0), pick(s.gold, $0)) }
    row("spearman", Metrics.spearman(s.predicted, s.gold)) { Metrics.spearman(pick(s.predicted, $0), pick(s.gold, $0)) }
    let matrix = ConfusionMatrix(gold: s.goldClass, predicted: s.predictedClass, classes: classes)
    result.confusions.append(LabeledConfusion(dataset: dataset, model: model, level: level, axis: axis, matrix: matrix))
    if classes.count == 2 {
      row("f1", matrix.f1(1)) { ConfusionMatrix(gold: pick(s.goldClass, $0), predicted: pick(s.predictedClass, $0), classes: classes).f1(1) }
    } else {
      row("macro_f1", matrix.macroF1) { ConfusionMatrix(gold: pick(s.goldClass, $0), predicted: pick(s.predictedClass, $0), classes: classes).macroF1 }
    }
    for c in classes {
      let name = axis == "optimism" ? ["negative", "neutral", "positive"][c + 1] : (c == 1 ? "hedged" : "assertive")
      result.rows.append(MetricRow(dataset: dataset, model: model, level: level, metric: "\(axis)_precision_\(name)", value: matrix.precision(c), count: n))
      result.rows.append(MetricRow(dataset: dataset, model: model, level: level, metric: "\(axis)_recall_\(name)", value: matrix.recall(c), count: n))
      result.rows.append(MetricRow(dataset: dataset, model: model, level: level, metric: "\(axis)_f1_\(name)", value: matrix.f1(c), count: n))
    }
    row("kappa", Metrics.linearWeightedKappa(gold: s.goldClass, predicted: s.predictedClass, classes: classes), ci: nil)
    let target: ClosedRange<Double> = axis == "optimism" ? -1...1 : 0...1
    let rescaled = s.gold.map { Metrics.rescale($0, from: scale, to: target) }
    row("mae", Metrics.meanAbsoluteError(s.predicted, rescaled), ci: nil)
  }

  func keepWorst(_ misses: [Miss], into result: inout EvaluationResult) {
    for axis in ["optimism", "hedging"] {
      let worst = misses.filter { $0.axis == axis }.sorted { ($0.error, $1.item) > ($1.error, $0.item) }.prefix(missesKept)
      result.misses += worst
    }
  }

  static func optimismClass(_ l: OptimismLabel) -> Int { l == .negative ? -1 : l == .positive ? 1 : 0 }

  static func evidenceSummary(_ evidence: [Evidence]) -> String {
    evidence.filter { $0.delta != 0 || $0.axis == "none" }.map { e in
      e.axis == "none" ? "\(e.text) (\(e.rule))" : "\(e.text) \(e.delta >= 0 ? "+" : "")\(formatNumber(e.delta, digits: 2)) \(e.axis)"
    }.joined(separator: "; ")
  }
}
