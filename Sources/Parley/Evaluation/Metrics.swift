/// The numbers the evaluation harness reports: correlation with gold scores,
/// agreement on ordered labels, classification quality, and bootstrap
/// confidence intervals around any of them.
///
/// Conventions shared by every function here:
/// - A metric that is undefined for its input (too few items, zero variance,
///   mismatched lengths, an empty denominator) returns `nil`, never `NaN`,
///   so a report can print "n/a" instead of a number that poisons a mean.
/// - Results match the reference implementations named in each doc comment
///   (SciPy, NumPy, scikit-learn) up to floating-point rounding.

// MARK: - Random numbers

/// Seeded SplitMix64, for reproducible bootstrap resampling.
///
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014; the reference C is Vigna's `splitmix64.c`) adds
/// the golden-ratio increment `0x9E3779B97F4A7C15` to a 64-bit state and
/// mixes the result. The same seed gives the same sequence on every platform
/// and Swift version, which the standard library's generator does not.
/// `SeededRandom(seed: 0)` starts `0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4,
/// 0x06C45D188009454F`.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator whose first step starts from `seed` (any value, 0 included).
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniformly distributed integer in `0..<bound`, drawn without modulo
  /// bias by Lemire's method ("Fast random integer generation in an
  /// interval", 2019): the high 64 bits of `next() × bound`, drawing again
  /// while the low 64 bits fall below `(2⁶⁴ − bound) mod bound`.
  ///
  /// Spelled out here (rather than `Int.random(in:using:)`) so that a
  /// bootstrap interval depends only on the seed, never on how a given
  /// standard library maps random bits into a range.
  /// - Precondition: `bound > 0`.
  public mutating func nextIndex(below bound: Int) -> Int {
    precondition(bound > 0, "nextIndex(below:) needs a positive bound, got \(bound)")
    let n = UInt64(bound)
    var product = next().multipliedFullWidth(by: n)
    if product.low < n {
      let threshold = (0 &- n) % n
      while product.low < threshold {
        product = next().multipliedFullWidth(by: n)
      }
    }
    return Int(product.high)
  }
}

// MARK: - Metrics

/// Correlation, agreement, error and interval statistics for the evaluation
/// harness. Every function is pure.
public enum Metrics {
  // MARK: Correlation

  /// Pearson's product-moment correlation r of paired values, as
  /// `scipy.stats.pearsonr` computes it (centred sums, two passes).
  ///
  /// Returns `nil` when the arrays differ in length, hold fewer than 2 pairs,
  /// either side has zero variance (all its values equal), or the result is
  /// not finite (a `NaN` or infinite input). The result is clamped to
  /// [-1, 1] so rounding never reports a correlation above 1.
  public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
    guard x.count == y.count, x.count >= 2 else { return nil }
    // Zero variance is decided on the values, not on the centred sum: the
    // mean of [0.1, 0.1, 0.1] is not exactly 0.1 in binary, so the sum of
    // squared deviations of a constant can come out tiny but positive.
    guard !isConstant(x), !isConstant(y) else { return nil }
    let n = Double(x.count)
    let meanX = x.reduce(0, +) / n
    let meanY = y.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    var syy = 0.0
    for (a, b) in zip(x, y) {
      let dx = a - meanX
      let dy = b - meanY
      sxy += dx * dy
      sxx += dx * dx
      syy += dy * dy
    }
    guard sxx > 0, syy > 0 else { return nil }
    let r = sxy / (sxx.squareRoot() * syy.squareRoot())
    guard r.isFinite else { return nil }
    return min(max(r, -1), 1)
  }

  /// Spearman's rank correlation rho: Pearson's r on the average ranks of
  /// each side (ties get the mean of the ranks they span), as
  /// `scipy.stats.spearmanr` computes it.
  ///
  /// Returns `nil` when the arrays differ in length, hold fewer than 2 pairs,
  /// either side has all values equal, or any value is `NaN` (which has no
  /// rank). Infinite values rank like any other.
  public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
    guard x.count == y.count, x.count >= 2 else { return nil }
    guard !x.contains(where: \.isNaN), !y.contains(where: \.isNaN) else { return nil }
    return pearson(ranks(x), ranks(y))
  }

  /// Average ranks, 1-based, ties averaged: the smallest value gets rank 1,
  /// and values that are equal share the mean of the ranks they would take
  /// (`[10, 20, 20, 30]` → `[1, 2.5, 2.5, 4]`), as
  /// `scipy.stats.rankdata(method: "average")`.
  ///
  /// `-0.0` and `0.0` are equal and tie. `NaN` values rank after every
  /// number and tie with each other, so the result is always defined; the
  /// correlations refuse `NaN` before ranking.
  public static func ranks(_ x: [Double]) -> [Double] {
    let order = x.indices.sorted { rankedBefore(x[$0], x[$1]) }
    var result = [Double](repeating: 0, count: x.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count, rankTies(x[order[end + 1]], x[order[start]]) {
        end += 1
      }
      // Positions start...end (0-based) hold ranks start+1...end+1.
      let rank = Double(start + end + 2) / 2
      for position in start...end {
        result[order[position]] = rank
      }
      start = end + 1
    }
    return result
  }

  // MARK: Agreement and error

  /// Cohen's kappa with linear weights over the ordered `classes` (Cohen
  /// 1968), as scikit-learn's `cohen_kappa_score(weights: "linear")`.
  ///
  /// Classes are placed at positions 0, 1, …, k-1 in the order given, and a
  /// disagreement between positions i and j weighs |i - j|; kappa is
  /// `1 - observed weighted disagreement / disagreement expected from the
  /// two marginal distributions`. 1 is perfect agreement, 0 chance level,
  /// negative worse than chance. With two classes it equals unweighted kappa.
  ///
  /// Returns `nil` when it is undefined: the arrays differ in length or are
  /// empty, `classes` has fewer than 2 entries or repeats one, a label is not
  /// in `classes`, or the expected disagreement is 0 (both raters used a
  /// single, shared class, so chance already explains everything).
  public static func linearWeightedKappa(gold: [Int], predicted: [Int], classes: [Int]) -> Double? {
    guard gold.count == predicted.count, !gold.isEmpty, classes.count >= 2 else { return nil }
    guard Set(classes).count == classes.count else { return nil }
    let known = Set(classes)
    guard gold.allSatisfy(known.contains), predicted.allSatisfy(known.contains) else { return nil }
    return ConfusionMatrix(gold: gold, predicted: predicted, classes: classes).linearWeightedKappa
  }

  /// Mean absolute error, `Σ|xᵢ - yᵢ| / n`.
  ///
  /// Returns `nil` when the arrays differ in length or are empty.
  public static func meanAbsoluteError(_ x: [Double], _ y: [Double]) -> Double? {
    guard x.count == y.count, !x.isEmpty else { return nil }
    var sum = 0.0
    for (a, b) in zip(x, y) {
      sum += abs(a - b)
    }
    return sum / Double(x.count)
  }

  /// Rescales `x` linearly from `from` to `to`, e.g. a gold label on
  /// -2...2 onto the model's -1...1 (`rescale(1, from: -2...2, to: -1...1)`
  /// is 0.5).
  ///
  /// The bounds map exactly onto the bounds. Values outside `from` are
  /// extrapolated, not clamped (`3` on -2...2 becomes 1.5 on -1...1). A
  /// degenerate `from` (a single point) has no scale; every value then maps
  /// to the middle of `to`.
  public static func rescale(_ x: Double, from: ClosedRange<Double>, to: ClosedRange<Double>) -> Double {
    let width = from.upperBound - from.lowerBound
    guard width > 0 else { return to.lowerBound + (to.upperBound - to.lowerBound) / 2 }
    let t = (x - from.lowerBound) / width
    return interpolate(to.lowerBound, to.upperBound, t)
  }

  // MARK: Intervals

  /// Percentile bootstrap confidence interval (Efron and Tibshirani 1993,
  /// ch. 13).
  ///
  /// Draws `resamples` samples of `count` indices from `0..<count` with
  /// replacement, using `SeededRandom(seed:)` and `SeededRandom.nextIndex(below:)`
  /// in that order, one sample after another. `statistic` is computed on
  /// each sample; samples where it returns `nil` (or a non-finite value) are
  /// skipped, as a correlation is skipped on a resample with zero variance.
  /// The interval is the `(1 - level) / 2` and `1 - (1 - level) / 2`
  /// quantiles of the values kept, interpolated linearly between order
  /// statistics (NumPy's default `quantile` method, "linear").
  ///
  /// The same arguments always give the same interval.
  ///
  /// Returns `nil` when `count < 2`, `resamples < 1`, `level` is not strictly
  /// between 0 and 1, or no resample gave a value.
  public static func bootstrap(
    count: Int,
    resamples: Int = 1000,
    seed: UInt64 = 42,
    level: Double = 0.95,
    statistic: ([Int]) -> Double?
  ) -> (low: Double, high: Double)? {
    guard count >= 2, resamples >= 1, level > 0, level < 1 else { return nil }
    var random = SeededRandom(seed: seed)
    var values: [Double] = []
    values.reserveCapacity(resamples)
    var sample = [Int](repeating: 0, count: count)
    for _ in 0..<resamples {
      for position in 0..<count {
        sample[position] = random.nextIndex(below: count)
      }
      if let value = statistic(sample), value.isFinite {
        values.append(value)
      }
    }
    guard !values.isEmpty else { return nil }
    values.sort()
    let tail = (1 - level) / 2
    return (quantile(sorted: values, tail), quantile(sorted: values, 1 - tail))
  }

  // MARK: Classification

  /// Harmonic mean of precision and recall, `2pr / (p + r)`; 0 when both are
  /// 0. Both are expected in 0...1.
  public static func f1(precision: Double, recall: Double) -> Double {
    let sum = precision + recall
    guard sum > 0 else { return 0 }
    return 2 * precision * recall / sum
  }

  // MARK: Helpers

  /// Whether every value equals the first (no spread at all).
  private static func isConstant(_ x: [Double]) -> Bool {
    guard let first = x.first else { return true }
    return x.allSatisfy { $0 == first }
  }

  /// The ranking order: numbers ascending, then every `NaN`. A strict weak
  /// order, which `sorted(by:)` needs and `<` alone is not once `NaN` appears.
  private static func rankedBefore(_ a: Double, _ b: Double) -> Bool {
    if a.isNaN { return false }
    if b.isNaN { return true }
    return a < b
  }

  /// Ties under `rankedBefore`: equal numbers, or two `NaN`s.
  private static func rankTies(_ a: Double, _ b: Double) -> Bool {
    a == b || (a.isNaN && b.isNaN)
  }

  /// `a + (b - a) t`, written from the nearer end so that t = 0 gives `a`
  /// and t = 1 gives `b` exactly (NumPy's `_lerp`).
  static func interpolate(_ a: Double, _ b: Double, _ t: Double) -> Double {
    let difference = b - a
    return t >= 0.5 ? b - difference * (1 - t) : a + difference * t
  }

  /// The `p` quantile of ascending `values` (non-empty), interpolating
  /// linearly between the order statistics around position `(n - 1) p`.
  static func quantile(sorted values: [Double], _ p: Double) -> Double {
    let position = Double(values.count - 1) * p
    let below = min(max(Int(position.rounded(.down)), 0), values.count - 1)
    let above = min(below + 1, values.count - 1)
    return interpolate(values[below], values[above], position - Double(below))
  }
}

// MARK: - Confusion matrix

/// A confusion matrix over ordered integer classes, e.g. optimism labels
/// -2...2 or the three label values the models output.
///
/// Per-class precision, recall and F1 follow scikit-learn with
/// `zero_division=0`: a ratio with an empty denominator is undefined
/// (`nil`), and an undefined precision or recall counts as 0 inside F1 when
/// the other one is defined. Classes listed in `classes` but absent from
/// both gold and predictions take no part in `macroF1`, as scikit-learn
/// averages only over the labels present in either.
public struct ConfusionMatrix: Sendable, Hashable, Codable {
  /// The classes in their order; row and column `i` belong to `classes[i]`.
  public let classes: [Int]
  /// counts[g][p]: items with gold class classes[g] predicted as classes[p].
  public private(set) var counts: [[Int]]

  /// An empty matrix over `classes`.
  /// - Precondition: no class is listed twice.
  public init(classes: [Int]) {
    precondition(Set(classes).count == classes.count, "ConfusionMatrix classes must be distinct: \(classes)")
    self.classes = classes
    counts = Array(repeating: Array(repeating: 0, count: classes.count), count: classes.count)
  }

  /// A matrix counting each pair `(gold[i], predicted[i])`.
  /// - Precondition: the arrays have the same length and every label is in
  ///   `classes` (see `add(gold:predicted:)`).
  public init(gold: [Int], predicted: [Int], classes: [Int]) {
    precondition(gold.count == predicted.count, "gold has \(gold.count) labels but predicted has \(predicted.count)")
    self.init(classes: classes)
    for (g, p) in zip(gold, predicted) {
      add(gold: g, predicted: p)
    }
  }

  /// Counts one item.
  /// - Precondition: both labels are in `classes`. A label outside the
  ///   declared classes means the caller's label set is wrong, and silently
  ///   dropping the item would bias every number computed from the matrix.
  public mutating func add(gold: Int, predicted: Int) {
    guard let g = index(of: gold), let p = index(of: predicted) else {
      preconditionFailure("label outside ConfusionMatrix classes \(classes): gold \(gold), predicted \(predicted)")
    }
    counts[g][p] += 1
  }

  /// The row and column of class `c`, or `nil` when it is not one of `classes`.
  public func index(of c: Int) -> Int? {
    classes.firstIndex(of: c)
  }

  /// How many items of gold class `gold` were predicted as `predicted`; 0
  /// for a class not in `classes`.
  public func count(gold: Int, predicted: Int) -> Int {
    guard let g = index(of: gold), let p = index(of: predicted) else { return 0 }
    return counts[g][p]
  }

  /// How many items have gold class `c` (the row sum, "support").
  public func goldCount(_ c: Int) -> Int {
    guard let i = index(of: c) else { return 0 }
    return counts[i].reduce(0, +)
  }

  /// How many items were predicted as `c` (the column sum).
  public func predictedCount(_ c: Int) -> Int {
    guard let j = index(of: c) else { return 0 }
    return counts.reduce(0) { $0 + $1[j] }
  }

  /// Number of items counted.
  public var total: Int {
    counts.reduce(0) { $0 + $1.reduce(0, +) }
  }

  /// Share of items predicted as their gold class; `nil` when empty.
  public var accuracy: Double? {
    let total = total
    guard total > 0 else { return nil }
    let correct = counts.indices.reduce(0) { $0 + counts[$1][$1] }
    return Double(correct) / Double(total)
  }

  /// Of the items predicted as `c`, the share whose gold class is `c`;
  /// `nil` when nothing was predicted as `c` (or `c` is not a class).
  public func precision(_ c: Int) -> Double? {
    let predicted = predictedCount(c)
    guard predicted > 0 else { return nil }
    return Double(count(gold: c, predicted: c)) / Double(predicted)
  }

  /// Of the items with gold class `c`, the share predicted as `c`; `nil`
  /// when no item has gold class `c` (or `c` is not a class).
  public func recall(_ c: Int) -> Double? {
    let gold = goldCount(c)
    guard gold > 0 else { return nil }
    return Double(count(gold: c, predicted: c)) / Double(gold)
  }

  /// F1 of class `c`: `nil` when precision and recall are both undefined
  /// (`c` occurs in neither gold nor predictions); otherwise the harmonic
  /// mean with an undefined side counted as 0, which makes it 0 (a class
  /// never predicted, or predicted but never in gold, scores 0).
  ///
  /// Computed as `2 TP / (2 TP + FP + FN)`, which equals
  /// `Metrics.f1(precision:recall:)` wherever both are defined.
  public func f1(_ c: Int) -> Double? {
    let gold = goldCount(c)
    let predicted = predictedCount(c)
    guard gold + predicted > 0 else { return nil }
    let truePositives = count(gold: c, predicted: c)
    // 2TP + FP + FN = gold + predicted.
    return Double(2 * truePositives) / Double(gold + predicted)
  }

  /// Mean of per-class F1 over classes that occur in gold or predictions
  /// (scikit-learn's `f1_score(average: "macro", zero_division: 0)` with
  /// its default labels); `nil` when the matrix is empty.
  public var macroF1: Double? {
    let scores = classes.compactMap { f1($0) }
    guard !scores.isEmpty else { return nil }
    return scores.reduce(0, +) / Double(scores.count)
  }

  /// Cohen's kappa with linear weights over `classes` in their order; see
  /// `Metrics.linearWeightedKappa(gold:predicted:classes:)`. `nil` when the
  /// matrix is empty, has fewer than 2 classes, or the expected
  /// disagreement is 0.
  public var linearWeightedKappa: Double? {
    let k = classes.count
    let n = total
    guard k >= 2, n > 0 else { return nil }
    let rows = counts.map { Double($0.reduce(0, +)) }
    let columns = (0..<k).map { j in Double(counts.reduce(0) { $0 + $1[j] }) }
    // Sums of integer products stay exact in Double far beyond any corpus
    // size, so a zero expected disagreement is detected exactly.
    var observed = 0.0
    var expected = 0.0
    for i in 0..<k {
      for j in 0..<k where i != j {
        let weight = Double(abs(i - j))
        observed += weight * Double(counts[i][j])
        expected += weight * rows[i] * columns[j]
      }
    }
    guard expected > 0 else { return nil }
    // Expected counts are rows[i] × columns[j] / n; multiply through by n.
    return 1 - Double(n) * observed / expected
  }

  // MARK: Codable

  private enum CodingKeys: String, CodingKey {
    case classes, counts
  }

  /// Decodes and checks the shape: distinct classes, a k × k table of
  /// non-negative counts. A malformed matrix throws `DecodingError`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let classes = try container.decode([Int].self, forKey: .classes)
    let counts = try container.decode([[Int]].self, forKey: .counts)
    guard Set(classes).count == classes.count else {
      throw DecodingError.dataCorruptedError(forKey: .classes, in: container, debugDescription: "classes must be distinct: \(classes)")
    }
    guard counts.count == classes.count, counts.allSatisfy({ $0.count == classes.count }) else {
      throw DecodingError.dataCorruptedError(forKey: .counts, in: container, debugDescription: "counts must be \(classes.count) × \(classes.count)")
    }
    guard counts.allSatisfy({ $0.allSatisfy { $0 >= 0 } }) else {
      throw DecodingError.dataCorruptedError(forKey: .counts, in: container, debugDescription: "counts must be non-negative")
    }
    self.classes = classes
    self.counts = counts
  }
}
