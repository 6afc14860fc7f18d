import Foundation
import Testing

import Parley

// Where the expected numbers come from:
// - "hand": worked out on paper; the arithmetic is in the comment beside it.
// - "scipy"/"numpy": a throwaway Python script (SciPy 1.17.1, NumPy 2.4.6),
//   run once, its output pasted here as literals. Weighted kappa and macro-F1
//   were computed in NumPy from the textbook formulas (scikit-learn was not
//   available): kappa = 1 - Σ w·O / Σ w·E with w = |i - j| and
//   E = outer(row sums, column sums) / n; per-class F1 = 2pr / (p + r) with
//   an undefined p or r counted as 0, averaged over labels present in gold or
//   predictions. The bootstrap and the generator were re-implemented in
//   Python from their published algorithms (SplitMix64, Lemire's bounded
//   integers, NumPy's linear quantile).

/// Tests of `Metrics`, `SeededRandom` and `ConfusionMatrix`, one nested suite each.
@Suite enum MetricsTests {}

// MARK: - Data shared by several tests (generated once by the script from
// numpy.random.default_rng(2024); stored here as literals)

/// 30 gold optimism labels on -2...2.
private let gold30: [Double] = [-1, 1, -2, -1, -1, -1, 2, 1, 2, 2, -2, -2, 2, -2, -2, -2, 2, -1, -1, -2, 0, 0, 2, 1, 2, -2, 0, 0, 1, -2]
/// 30 model optimism scores on -1...1 for the same items.
private let model30: [Double] = [
  -0.06, -0.11, -0.73, -0.69, -0.53, -0.03, 0.16, 0.14, 0.65, 0.4, -0.68, -0.67, 0.73, -0.73, -0.52,
  -0.58, 0.73, -0.23, 0.2, -0.8, 0.36, -0.12, 0.31, 0.66, 0.47, -0.72, -0.42, -0.63, 0.49, -0.95,
]
/// 20 hedging scores on a coarse grid (many ties) and 20 more with ties of their own.
private let hedgeA: [Double] = [0.0, 0.5, 0.5, 0.25, 0.75, 0.0, 1.0, 0.5, 0.25, 0.0, 0.75, 0.5, 0.0, 0.25, 1.0, 0.5, 0.0, 0.75, 0.25, 0.5]
private let hedgeB: [Double] = [0.7, 0.2, 0.0, 0.7, 0.3, 0.3, 0.3, 0.3, 0.6, 0.3, 0.4, 0.2, 0.5, 0.6, 0.4, 0.4, 0.9, 0.0, 0.3, 0.5]
/// 40 gold and predicted labels on -2...2; class 2 is never predicted.
private let gold40 = [-2, 0, -2, -2, -2, -1, 2, -2, 1, -2, -2, -1, -2, 0, -2, 2, 0, -2, -2, 1, -1, 0, 1, 0, 1, -2, 1, 2, 0, -1, -1, 0, 1, 0, -2, -1, -2, 0, -1, -2]
private let predicted40 = [-2, 0, -2, -2, -2, -1, 1, -2, -1, -2, -1, -1, -2, -1, -2, 1, 1, -2, -2, 1, 0, 0, 1, -2, 1, -2, 0, 1, 0, -1, -1, -1, 1, 0, -2, -1, -2, 0, -1, -2]
/// 24 gold labels on -1...1 and predictions that never say -1; the classes
/// declared are -2...2, so -2 and 2 occur nowhere.
private let gold24 = [1, 1, 0, -1, 0, 0, 0, -1, 1, 0, -1, 1, -1, -1, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0]
private let predicted24 = [0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0]

private let fiveClasses = [-2, -1, 0, 1, 2]

// MARK: - Helpers

private func expectClose(
  _ actual: Double?, _ expected: Double, within tolerance: Double = 1e-9,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let actual else {
    Issue.record("expected \(expected), got nil", sourceLocation: sourceLocation)
    return
  }
  #expect(abs(actual - expected) <= tolerance, "\(actual) is not within \(tolerance) of \(expected)", sourceLocation: sourceLocation)
}

private func expectClose(
  _ actual: [Double], _ expected: [Double], within tolerance: Double = 1e-9,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, "count \(actual.count) ≠ \(expected.count)", sourceLocation: sourceLocation)
  for (i, (a, e)) in zip(actual, expected).enumerated() {
    #expect(abs(a - e) <= tolerance, "[\(i)]: \(a) is not within \(tolerance) of \(e)", sourceLocation: sourceLocation)
  }
}

/// Random values for property tests: drawn from a small grid so ties are common.
private func gridValues(_ count: Int, _ random: inout SeededRandom, levels: Int = 7) -> [Double] {
  (0..<count).map { _ in Double(random.nextIndex(below: levels)) / 2 - 1.5 }
}

// MARK: - SeededRandom

extension MetricsTests {
  @Suite struct SeededRandomTests {
    // Reference values: Vigna's splitmix64.c (x += 0x9E3779B97F4A7C15; z = x;
    // z = (z ^ z>>30) * 0xBF58476D1CE4E5B9; z = (z ^ z>>27) * 0x94D049BB133111EB;
    // return z ^ z>>31), transcribed into Python with 64-bit masking. The seed-0
    // values are the ones published with the algorithm.
    @Test func seedZeroMatchesSplitMix64Reference() {
      var random = SeededRandom(seed: 0)
      let first = (0..<5).map { _ in random.next() }
      #expect(first == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC, 0x1B39_896A_51A8_749B])
    }

    @Test func otherSeedsMatchPythonReference() {
      var a = SeededRandom(seed: 1_234_567)
      #expect((0..<5).map { _ in a.next() } == [0x599E_D017_FB08_FC85, 0x2C73_F084_5854_0FA5, 0x883E_BCE5_A3F2_7C77, 0x3FBE_F740_E917_7B3F, 0xE3B8_3467_08CB_5ECD])
      var b = SeededRandom(seed: 42)
      #expect((0..<3).map { _ in b.next() } == [0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52])
    }

    @Test func copiesContinueIdentically() {
      var original = SeededRandom(seed: 99)
      _ = original.next()
      var copy = original
      #expect((0..<10).map { _ in original.next() } == (0..<10).map { _ in copy.next() })
    }

    // Python replica of Lemire's method (high 64 bits of x·n, redraw while the
    // low 64 bits < (2^64 - n) mod n) over the seed-42 stream.
    @Test func nextIndexMatchesLemireReference() {
      var random = SeededRandom(seed: 42)
      #expect((0..<12).map { _ in random.nextIndex(below: 12) } == [8, 1, 3, 4, 0, 10, 2, 9, 4, 7, 2, 5])
    }

    @Test func nextIndexStaysInRangeAndIsRoughlyUniform() {
      var random = SeededRandom(seed: 7)
      var histogram = [Int](repeating: 0, count: 6)
      for _ in 0..<60_000 {
        let i = random.nextIndex(below: 6)
        #expect((0..<6).contains(i))
        if (0..<6).contains(i) { histogram[i] += 1 }
      }
      // Expected 10 000 each, standard deviation ≈ 91: ±500 is over 5 sigma.
      for (face, count) in histogram.enumerated() {
        #expect(abs(count - 10_000) < 500, "face \(face) drawn \(count) times")
      }
      var one = SeededRandom(seed: 3)
      #expect((0..<20).allSatisfy { _ in one.nextIndex(below: 1) == 0 })
    }

    @Test func usableWithStandardLibraryRandomAPIs() {
      var a = SeededRandom(seed: 5)
      var b = SeededRandom(seed: 5)
      #expect([1, 2, 3, 4, 5, 6].shuffled(using: &a) == [1, 2, 3, 4, 5, 6].shuffled(using: &b))
    }
  }
}

// MARK: - Ranks

extension MetricsTests {
  @Suite struct RanksTests {
    // Hand: sort, number from 1, average the numbers over each run of equals.
    @Test(arguments: [
      ([10, 20, 20, 30], [1, 2.5, 2.5, 4]),
      ([3, 1, 2], [3, 1, 2]),
      ([5, 5, 5], [2, 2, 2]),  // ranks 1, 2, 3 averaged
      ([7], [1]),
      ([], []),
      ([0.0, -0.0, 1], [1.5, 1.5, 3]),  // -0.0 == 0.0: a tie
      ([-Double.infinity, 0, .infinity], [1, 2, 3]),
      ([2, .nan, 1, .nan], [2, 3.5, 1, 3.5]),  // NaNs last, tied with each other
      ([4, 4, 1, 1, 1, 9], [4.5, 4.5, 2, 2, 2, 6]),
    ] as [([Double], [Double])])
    func handCases(values: [Double], expected: [Double]) {
      #expect(Metrics.ranks(values) == expected)
    }

    // scipy.stats.rankdata(x) (method "average").
    @Test func realisticCasesMatchScipy() {
      expectClose(Metrics.ranks(gold30), [12.5, 21.5, 5.0, 12.5, 12.5, 12.5, 27.0, 21.5, 27.0, 27.0, 5.0, 5.0, 27.0, 5.0, 5.0, 5.0, 27.0, 12.5, 12.5, 5.0, 17.5, 17.5, 27.0, 21.5, 27.0, 5.0, 17.5, 17.5, 21.5, 5.0])
      expectClose(Metrics.ranks(model30), [17.0, 16.0, 3.5, 6.0, 11.0, 18.0, 20.0, 19.0, 27.0, 24.0, 7.0, 8.0, 29.5, 3.5, 12.0, 10.0, 29.5, 14.0, 21.0, 2.0, 23.0, 15.0, 22.0, 28.0, 25.0, 5.0, 13.0, 9.0, 26.0, 1.0])
      expectClose(Metrics.ranks(hedgeA), [3.0, 12.5, 12.5, 7.5, 17.0, 3.0, 19.5, 12.5, 7.5, 3.0, 17.0, 12.5, 3.0, 7.5, 19.5, 12.5, 3.0, 17.0, 7.5, 12.5])
      expectClose(Metrics.ranks(hedgeB), [18.5, 3.5, 1.5, 18.5, 7.5, 7.5, 7.5, 7.5, 16.5, 7.5, 12.0, 3.5, 14.5, 16.5, 12.0, 12.0, 20.0, 1.5, 7.5, 14.5])
    }

    // Invariants of average ranks, on seeded random inputs full of ties: the
    // ranks sum to n(n+1)/2, follow the order of the values, and tie exactly
    // where the values do.
    @Test func invariantsOnRandomInputs() {
      var random = SeededRandom(seed: 2024)
      trial: for trial in 0..<200 {
        let values = gridValues(1 + random.nextIndex(below: 40), &random)
        let ranks = Metrics.ranks(values)
        let n = Double(values.count)
        guard ranks.count == values.count else {
          Issue.record("trial \(trial): \(ranks.count) ranks for \(values.count) values")
          continue trial
        }
        #expect(ranks.reduce(0, +) == n * (n + 1) / 2, "trial \(trial): \(values)")
        for i in values.indices {
          for j in values.indices {
            if values[i] < values[j] { #expect(ranks[i] < ranks[j], "trial \(trial)") }
            if values[i] == values[j] { #expect(ranks[i] == ranks[j], "trial \(trial)") }
          }
        }
      }
    }
  }
}

// MARK: - Pearson

extension MetricsTests {
  @Suite struct PearsonTests {
    // Hand: x = 1,2,3,4 and y = 1,3,2,4 both have mean 2.5; deviations
    // (-1.5,-.5,.5,1.5) and (-1.5,.5,-.5,1.5); Σdxdy = 2.25-.25-.25+2.25 = 4,
    // Σdx² = Σdy² = 5, so r = 4/5.
    @Test func smallHandCase() {
      expectClose(Metrics.pearson([1, 2, 3, 4], [1, 3, 2, 4]), 0.8, within: 1e-12)
    }

    @Test func perfectAndInverseCorrelation() throws {
      let x: [Double] = [1, 2, 3, 4, 5, 6, 7]
      let up = try #require(Metrics.pearson(x, x.map { 2 * $0 + 3 }))
      let down = try #require(Metrics.pearson(x, x.map { -0.5 * $0 + 1 }))
      expectClose(up, 1, within: 1e-12)
      expectClose(down, -1, within: 1e-12)
      // Clamped: rounding never pushes |r| past 1.
      #expect(up <= 1 && down >= -1)
    }

    @Test(arguments: [
      ([1, 1, 1, 1], [1, 2, 3, 4]),  // zero variance in x
      ([1, 2, 3, 4], [5, 5, 5, 5]),  // zero variance in y
      ([0.1, 0.1, 0.1], [1, 2, 3]),  // constant, though its float mean is not exactly 0.1
      ([1], [2]),  // one pair
      ([], []),
      ([1, 2, 3], [1, 2]),  // lengths differ
      ([1, .nan, 3], [1, 2, 3]),
      ([1, .infinity, 3], [1, 2, 3]),
    ] as [([Double], [Double])])
    func undefinedIsNil(x: [Double], y: [Double]) {
      #expect(Metrics.pearson(x, y) == nil)
    }

    // scipy.stats.pearsonr(x, y).statistic
    @Test func realisticCasesMatchScipy() {
      expectClose(Metrics.pearson(gold30, model30), 0.8649816563693344)
      expectClose(Metrics.pearson(hedgeA, hedgeB), -0.48191887342998163)
    }

    // Properties of r on seeded random pairs: symmetric, within [-1, 1],
    // unchanged by a positive affine map of one side, negated by a negative one.
    @Test func invariantsOnRandomInputs() {
      var random = SeededRandom(seed: 11)
      for trial in 0..<200 {
        let count = 2 + random.nextIndex(below: 30)
        let x = gridValues(count, &random, levels: 21)
        let y = gridValues(count, &random, levels: 21)
        guard let r = Metrics.pearson(x, y) else {
          // Only a constant side may give nil.
          #expect(Set(x).count == 1 || Set(y).count == 1, "trial \(trial): nil for \(x), \(y)")
          continue
        }
        #expect((-1...1).contains(r), "trial \(trial)")
        expectClose(Metrics.pearson(y, x), r, within: 1e-12)
        expectClose(Metrics.pearson(x.map { 3 * $0 - 7 }, y), r, within: 1e-9)
        expectClose(Metrics.pearson(x.map { -0.25 * $0 + 2 }, y), -r, within: 1e-9)
      }
    }
  }
}

// MARK: - Spearman

extension MetricsTests {
  @Suite struct SpearmanTests {
    // Hand: ranks of [1,2,2,3] are [1,2.5,2.5,4], of [1,2,3,4] themselves;
    // deviations from 2.5 are (-1.5,0,0,1.5) and (-1.5,-.5,.5,1.5);
    // Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5, so rho = 4.5/√22.5 = 3/√10.
    @Test func tiesTakeTheMeanRank() {
      expectClose(Metrics.spearman([1, 2, 2, 3], [1, 2, 3, 4]), 3 / 10.0.squareRoot(), within: 1e-12)
    }

    @Test func monotoneButNonlinearIsPerfect() throws {
      let x: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
      expectClose(Metrics.spearman(x, x.map { $0 * $0 * $0 }), 1, within: 1e-12)
      expectClose(Metrics.spearman(x, x.map { -exp($0) }), -1, within: 1e-12)
      // Pearson sees the curvature that Spearman ignores.
      let r = try #require(Metrics.pearson(x, x.map { $0 * $0 * $0 }))
      #expect(r < 0.99)
    }

    @Test(arguments: [
      ([2, 2, 2], [1, 2, 3]),  // zero variance
      ([1, 2, 3], [0, 0, 0]),
      ([1], [1]),
      ([1, 2], [1, 2, 3]),
      ([1, .nan, 3], [1, 2, 3]),  // NaN has no rank
    ] as [([Double], [Double])])
    func undefinedIsNil(x: [Double], y: [Double]) {
      #expect(Metrics.spearman(x, y) == nil)
    }

    // scipy.stats.spearmanr(x, y).statistic; both sides have ties.
    @Test func realisticCasesMatchScipy() {
      expectClose(Metrics.spearman(gold30, model30), 0.8601776879130294)
      expectClose(Metrics.spearman(hedgeA, hedgeB), -0.4556404128644062)
    }
  }
}

// MARK: - Weighted kappa

extension MetricsTests {
  @Suite struct LinearWeightedKappaTests {
    // Artstein and Poesio (2008), Table 1, as in scikit-learn's
    // test_cohen_kappa (published: 0.348). Hand: po = 0.7,
    // pe = 0.4·0.3 + 0.6·0.7 = 0.54, kappa = 0.16/0.46 = 8/23. With two
    // classes linear weights give unweighted kappa.
    @Test func artsteinPoesioTableOne() {
      let gold = Array(repeating: 0, count: 40) + Array(repeating: 1, count: 60)
      let predicted = Array(repeating: 0, count: 20) + Array(repeating: 1, count: 20) + Array(repeating: 0, count: 10) + Array(repeating: 1, count: 50)
      let kappa = Metrics.linearWeightedKappa(gold: gold, predicted: predicted, classes: [0, 1])
      expectClose(kappa, 8.0 / 23, within: 1e-12)
      expectClose(kappa, 0.348, within: 5e-4)
    }

    // The Wikipedia "Cohen's kappa" worked example: 20 yes/yes, 5 yes/no,
    // 10 no/yes, 15 no/no → po = 0.7, pe = 0.5·0.6 + 0.5·0.4 = 0.5, kappa = 0.4.
    @Test func wikipediaTwoByTwo() {
      let gold = Array(repeating: 1, count: 25) + Array(repeating: 0, count: 25)
      let predicted = Array(repeating: 1, count: 20) + Array(repeating: 0, count: 5) + Array(repeating: 1, count: 10) + Array(repeating: 0, count: 15)
      expectClose(Metrics.linearWeightedKappa(gold: gold, predicted: predicted, classes: [0, 1]), 0.4, within: 1e-12)
    }

    // scikit-learn's weighting example (test_cohen_kappa, published linear:
    // 0.9412). Hand: 4 items one step apart, observed Σw·O = 4; marginals
    // gold (46, 44, 10), predicted (50, 40, 10), Σ|i-j|·r_i·c_j = 6800, so
    // Σw·E = 68 and kappa = 1 - 4/68 = 16/17.
    @Test func scikitLearnThreeClassWeightingExample() {
      let gold = Array(repeating: 0, count: 46) + Array(repeating: 1, count: 44) + Array(repeating: 2, count: 10)
      let predicted = Array(repeating: 0, count: 50) + Array(repeating: 1, count: 40) + Array(repeating: 2, count: 10)
      let kappa = Metrics.linearWeightedKappa(gold: gold, predicted: predicted, classes: [0, 1, 2])
      expectClose(kappa, 16.0 / 17, within: 1e-12)
      expectClose(kappa, 0.9412, within: 5e-5)
    }

    // NumPy, textbook formula (see top of file).
    @Test func realisticCasesMatchNumpy() {
      expectClose(Metrics.linearWeightedKappa(gold: gold40, predicted: predicted40, classes: fiveClasses), 0.7621225983531565)
      expectClose(Metrics.linearWeightedKappa(gold: gold24, predicted: predicted24, classes: [-1, 0, 1]), -0.33333333333333326)
    }

    @Test func distanceBetweenClassesCounts() throws {
      // Same marginals, same number of misses; only how far the misses land
      // differs. Hand: gold and predicted both have one item of each class.
      // Near: 0↔1 swapped, Σw·O = 2; far: 0↔2 swapped, Σw·O = 4; Σw·E =
      // (Σ|i-j| over 3×3) / 3 = 8/3. Kappa 1 - 2/(8/3) = 0.25 and 1 - 4/(8/3) = -0.5.
      let near = try #require(Metrics.linearWeightedKappa(gold: [0, 1, 2], predicted: [1, 0, 2], classes: [0, 1, 2]))
      let far = try #require(Metrics.linearWeightedKappa(gold: [0, 1, 2], predicted: [2, 1, 0], classes: [0, 1, 2]))
      expectClose(near, 0.25, within: 1e-12)
      expectClose(far, -0.5, within: 1e-12)
    }

    @Test func orderOfClassesMattersButNotItsDirection() throws {
      let forward = try #require(Metrics.linearWeightedKappa(gold: gold40, predicted: predicted40, classes: fiveClasses))
      let reversed = try #require(Metrics.linearWeightedKappa(gold: gold40, predicted: predicted40, classes: fiveClasses.reversed()))
      let shuffled = try #require(Metrics.linearWeightedKappa(gold: gold40, predicted: predicted40, classes: [0, -2, 2, -1, 1]))
      expectClose(reversed, forward, within: 1e-12)
      #expect(abs(shuffled - forward) > 1e-3)
    }

    @Test func symmetricInTheTwoRaters() {
      expectClose(Metrics.linearWeightedKappa(gold: predicted40, predicted: gold40, classes: fiveClasses), 0.7621225983531565)
    }

    @Test func perfectAgreementIsOne() {
      expectClose(Metrics.linearWeightedKappa(gold: gold40, predicted: gold40, classes: fiveClasses), 1, within: 1e-12)
    }

    @Test func agreesWithConfusionMatrix() {
      let matrix = ConfusionMatrix(gold: gold40, predicted: predicted40, classes: fiveClasses)
      #expect(matrix.linearWeightedKappa == Metrics.linearWeightedKappa(gold: gold40, predicted: predicted40, classes: fiveClasses))
    }

    @Test(arguments: [
      ([1, 1, 1], [1, 1, 1], [0, 1, 2]),  // one shared class: expected disagreement 0
      ([], [], [0, 1]),  // empty
      ([0, 1], [0], [0, 1]),  // lengths differ
      ([0, 1, 3], [0, 1, 1], [0, 1, 2]),  // label outside classes
      ([0, 0], [0, 0], [0]),  // one class
      ([0, 1], [1, 0], [0, 1, 1]),  // repeated class
    ] as [([Int], [Int], [Int])])
    func undefinedIsNil(gold: [Int], predicted: [Int], classes: [Int]) {
      #expect(Metrics.linearWeightedKappa(gold: gold, predicted: predicted, classes: classes) == nil)
    }
  }
}

// MARK: - Mean absolute error and rescaling

extension MetricsTests {
  @Suite struct ErrorAndScaleTests {
    // Hand: |1-2| + |2-2| + |3-5| = 3, over 3 items.
    @Test func meanAbsoluteErrorHandCase() {
      expectClose(Metrics.meanAbsoluteError([1, 2, 3], [2, 2, 5]), 1, within: 1e-12)
      #expect(Metrics.meanAbsoluteError([0.5], [0.5]) == 0)
    }

    // numpy: np.mean(np.abs(gold / 2 - model)) — gold rescaled from -2...2.
    @Test func meanAbsoluteErrorMatchesNumpy() {
      let rescaled = gold30.map { Metrics.rescale($0, from: -2...2, to: -1...1) }
      expectClose(Metrics.meanAbsoluteError(rescaled, model30), 0.36466666666666664)
      expectClose(Metrics.meanAbsoluteError(hedgeA, hedgeB), 0.40750000000000003)
    }

    @Test func meanAbsoluteErrorUndefinedIsNil() {
      #expect(Metrics.meanAbsoluteError([], []) == nil)
      #expect(Metrics.meanAbsoluteError([1, 2], [1]) == nil)
    }

    // Hand: -2...2 onto -1...1 halves the value; outside the range it extrapolates.
    @Test(arguments: [(-2.0, -1.0), (-1, -0.5), (0, 0), (1, 0.5), (2, 1), (3, 1.5), (-4, -2)])
    func goldScaleOntoModelScale(value: Double, expected: Double) {
      #expect(Metrics.rescale(value, from: -2...2, to: -1...1) == expected)
    }

    @Test func otherRanges() {
      expectClose(Metrics.rescale(1, from: 0...4, to: 0...1), 0.25, within: 1e-15)  // hand: 1/4
      expectClose(Metrics.rescale(0.5, from: -1...1, to: 0...100), 75, within: 1e-12)  // hand: 0.75 of 100
      expectClose(Metrics.rescale(0.2, from: 0...1, to: -2...2), -1.2, within: 1e-12)  // hand: -2 + 0.2·4
      // Awkward binary fractions still map bound onto bound exactly.
      // (In binary, 0.2 + (0.9 - 0.2) is 0.8999999999999999, so the naive
      // `lower + width × t` misses the upper bound.)
      #expect(Metrics.rescale(0.3, from: 0.3...0.7, to: 0.2...0.9) == 0.2)
      #expect(Metrics.rescale(0.7, from: 0.3...0.7, to: 0.2...0.9) == 0.9)
      #expect(Metrics.rescale(2, from: -2...2, to: -0.3...0.1) == 0.1)
    }

    @Test func degenerateSourceMapsToTheMiddle() {
      #expect(Metrics.rescale(3, from: 3...3, to: 0...10) == 5)
      #expect(Metrics.rescale(-8, from: 3...3, to: -1...1) == 0)
    }

    @Test func roundTripsAndKeepsOrder() {
      var random = SeededRandom(seed: 17)
      var previous = -Double.infinity
      for step in 0..<500 {
        let x = -2 + 4 * Double(step) / 499 + Double(random.nextIndex(below: 3)) * 1e-6
        let y = Metrics.rescale(x, from: -2...2, to: -1...1)
        expectClose(Metrics.rescale(y, from: -1...1, to: -2...2), x, within: 1e-12)
        #expect(y >= previous, "step \(step)")
        previous = y
      }
    }
  }
}

// MARK: - F1

extension MetricsTests {
  @Suite struct F1Tests {
    // Hand: 2pr/(p+r).
    @Test(arguments: [
      (0.5, 1.0, 2.0 / 3),
      (1, 1, 1),
      (0, 0, 0),  // both 0: defined as 0
      (0, 1, 0),
      (0.25, 0.75, 0.375),  // 2·0.1875/1
      (0.6, 6.0 / 7, 12.0 / 17),  // 2·(18/35)/(51/35)
    ] as [(Double, Double, Double)])
    func harmonicMean(precision: Double, recall: Double, expected: Double) {
      expectClose(Metrics.f1(precision: precision, recall: recall), expected, within: 1e-12)
      expectClose(Metrics.f1(precision: recall, recall: precision), expected, within: 1e-12)
    }
  }
}

// MARK: - Confusion matrix

extension MetricsTests {
  @Suite struct ConfusionMatrixTests {
    // Hand: gold 0,0,1,1,2 predicted 0,1,1,1,0.
    //        pred 0  1  2
    //  gold 0    1  1  0
    //  gold 1    0  2  0
    //  gold 2    1  0  0
    // accuracy 3/5; precision 1/2, 2/3, undefined; recall 1/2, 1, 0;
    // F1 1/2, 4/5, 0 (class 2 never predicted); macro (0.5 + 0.8 + 0)/3.
    @Test func smallHandCase() {
      let m = ConfusionMatrix(gold: [0, 0, 1, 1, 2], predicted: [0, 1, 1, 1, 0], classes: [0, 1, 2])
      #expect(m.counts == [[1, 1, 0], [0, 2, 0], [1, 0, 0]])
      #expect(m.total == 5)
      expectClose(m.accuracy, 0.6, within: 1e-15)
      expectClose(m.precision(0), 0.5, within: 1e-15)
      expectClose(m.precision(1), 2.0 / 3, within: 1e-15)
      #expect(m.precision(2) == nil)
      expectClose(m.recall(0), 0.5, within: 1e-15)
      expectClose(m.recall(1), 1, within: 1e-15)
      expectClose(m.recall(2), 0, within: 1e-15)
      expectClose(m.f1(0), 0.5, within: 1e-15)
      expectClose(m.f1(1), 0.8, within: 1e-15)
      expectClose(m.f1(2), 0, within: 1e-15)
      expectClose(m.macroF1, 1.3 / 3, within: 1e-12)
      #expect(m.goldCount(0) == 2 && m.predictedCount(0) == 2)
      #expect(m.count(gold: 2, predicted: 0) == 1)
    }

    // A class predicted but never in gold: recall undefined, precision 0,
    // F1 0 (zero_division=0). Hand: gold 0,0 predicted 0,1 → class 1 F1 0,
    // class 0 precision 1, recall 1/2, F1 2/3; macro 1/3.
    @Test func classPredictedButNeverInGold() {
      let m = ConfusionMatrix(gold: [0, 0], predicted: [0, 1], classes: [0, 1])
      #expect(m.recall(1) == nil)
      expectClose(m.precision(1), 0, within: 1e-15)
      expectClose(m.f1(1), 0, within: 1e-15)
      expectClose(m.macroF1, 1.0 / 3, within: 1e-12)
    }

    // numpy, textbook formulas (see top of file); class 2 is never predicted.
    @Test func fiveClassesWithOneNeverPredicted() {
      let m = ConfusionMatrix(gold: gold40, predicted: predicted40, classes: fiveClasses)
      #expect(m.counts == [
        [14, 1, 0, 0, 0],
        [0, 6, 1, 0, 0],
        [1, 2, 5, 1, 0],
        [0, 1, 1, 4, 0],
        [0, 0, 0, 3, 0],
      ])
      expectClose(m.accuracy, 0.725)
      expectClose(m.macroF1, 0.5671288515406163)
      let expected: [(Int, Double?, Double?, Double)] = [
        (-2, 0.9333333333333333, 0.9333333333333333, 0.9333333333333333),
        (-1, 0.6, 0.8571428571428571, 0.7058823529411764),
        (0, 0.7142857142857143, 0.5555555555555556, 0.6250000000000001),
        (1, 0.5, 0.6666666666666666, 0.5714285714285715),
        (2, nil, 0.0, 0.0),
      ]
      for (c, precision, recall, f1) in expected {
        if let precision { expectClose(m.precision(c), precision) } else { #expect(m.precision(c) == nil, "class \(c)") }
        if let recall { expectClose(m.recall(c), recall) } else { #expect(m.recall(c) == nil, "class \(c)") }
        expectClose(m.f1(c), f1)
      }
    }

    // numpy: macro over the labels present (-1, 0, 1); -2 and 2 are declared
    // but occur nowhere and must not drag the mean down with zeros.
    @Test func declaredClassesAbsentEverywhereAreLeftOut() {
      let m = ConfusionMatrix(gold: gold24, predicted: predicted24, classes: fiveClasses)
      expectClose(m.macroF1, 0.20175438596491227)
      expectClose(m.accuracy, 0.2916666666666667)
      #expect(m.f1(-2) == nil && m.f1(2) == nil)
      #expect(m.precision(-1) == nil)
      expectClose(m.recall(-1), 0)
      expectClose(m.f1(-1), 0)
      expectClose(m.f1(0), 0.5)
      expectClose(m.f1(1), 0.10526315789473685)
      // Declaring only the classes present gives the same macro-F1.
      let tight = ConfusionMatrix(gold: gold24, predicted: predicted24, classes: [-1, 0, 1])
      expectClose(tight.macroF1, 0.20175438596491227)
    }

    @Test func emptyMatrixHasNoRates() {
      let m = ConfusionMatrix(classes: [0, 1, 2])
      #expect(m.total == 0)
      #expect(m.counts == [[0, 0, 0], [0, 0, 0], [0, 0, 0]])
      #expect(m.accuracy == nil)
      #expect(m.macroF1 == nil)
      #expect(m.precision(0) == nil && m.recall(0) == nil && m.f1(0) == nil)
      #expect(m.linearWeightedKappa == nil)
    }

    @Test func classesOutsideTheMatrixAreUndefinedNotErrors() {
      let m = ConfusionMatrix(gold: [0, 1], predicted: [0, 1], classes: [0, 1])
      #expect(m.precision(7) == nil && m.recall(7) == nil && m.f1(7) == nil)
      #expect(m.count(gold: 7, predicted: 0) == 0)
      #expect(m.goldCount(7) == 0 && m.predictedCount(7) == 0)
      #expect(m.index(of: 7) == nil && m.index(of: 1) == 1)
    }

    @Test func addingOneByOneEqualsBuildingAtOnce() {
      var m = ConfusionMatrix(classes: fiveClasses)
      for (g, p) in zip(gold40, predicted40) {
        m.add(gold: g, predicted: p)
      }
      #expect(m == ConfusionMatrix(gold: gold40, predicted: predicted40, classes: fiveClasses))
      #expect(m.total == 40)
    }

    // The documented equivalence: per-class F1 = harmonic mean of precision
    // and recall, an undefined side counted as 0; checked on seeded random
    // label sets.
    @Test func perClassF1IsTheHarmonicMeanWithZeroDivisionZero() {
      var random = SeededRandom(seed: 31)
      for trial in 0..<100 {
        let count = 1 + random.nextIndex(below: 30)
        let gold = (0..<count).map { _ in random.nextIndex(below: 4) }
        let predicted = (0..<count).map { _ in random.nextIndex(below: 4) }
        let m = ConfusionMatrix(gold: gold, predicted: predicted, classes: [0, 1, 2, 3])
        for c in m.classes {
          let p = m.precision(c)
          let r = m.recall(c)
          if p == nil && r == nil {
            #expect(m.f1(c) == nil, "trial \(trial) class \(c)")
          } else {
            expectClose(m.f1(c), Metrics.f1(precision: p ?? 0, recall: r ?? 0), within: 1e-12)
          }
        }
        #expect(m.goldCount(0) + m.goldCount(1) + m.goldCount(2) + m.goldCount(3) == count)
      }
    }

    @Test func codableRoundTrip() throws {
      let m = ConfusionMatrix(gold: gold40, predicted: predicted40, classes: fiveClasses)
      let data = try JSONEncoder().encode(m)
      #expect(try JSONDecoder().decode(ConfusionMatrix.self, from: data) == m)
    }

    @Test(arguments: [
      #"{"classes":[0,0],"counts":[[1,0],[0,1]]}"#,  // repeated class
      #"{"classes":[0,1],"counts":[[1,0]]}"#,  // too few rows
      #"{"classes":[0,1],"counts":[[1,0],[0]]}"#,  // ragged row
      #"{"classes":[0,1],"counts":[[1,-1],[0,1]]}"#,  // negative count
    ])
    func malformedJSONIsRejected(json: String) {
      #expect(throws: DecodingError.self) {
        try JSONDecoder().decode(ConfusionMatrix.self, from: Data(json.utf8))
      }
    }

    @Test func labelOutsideClassesTraps() async {
      await #expect(processExitsWith: .failure) {
        var m = ConfusionMatrix(classes: [0, 1])
        m.add(gold: 2, predicted: 0)
      }
    }

    @Test func repeatedClassTraps() async {
      await #expect(processExitsWith: .failure) {
        _ = ConfusionMatrix(classes: [0, 1, 0])
      }
    }

    @Test func mismatchedLengthsTrap() async {
      await #expect(processExitsWith: .failure) {
        _ = ConfusionMatrix(gold: [0, 1], predicted: [0], classes: [0, 1])
      }
    }
  }
}

// MARK: - Bootstrap

extension MetricsTests {
  @Suite struct BootstrapTests {
    private static let values: [Double] = [0.12, -0.4, 0.33, 0.9, -0.05, 0.27, 0.61, -0.72, 0.08, 0.45, 0.0, 0.19]

    private static func mean(_ indices: [Int]) -> Double? {
      indices.reduce(0) { $0 + values[$1] } / Double(indices.count)
    }

    private static func pearson30(_ indices: [Int]) -> Double? {
      Metrics.pearson(indices.map { gold30[$0] }, indices.map { model30[$0] })
    }

    // Python replica of the documented procedure: SplitMix64(seed), Lemire
    // indices drawn sample after sample, statistic per sample (None skipped),
    // np.quantile(values, (1 - level) / 2) and np.quantile(values, 1 - (1 - level) / 2).
    @Test func meanIntervalMatchesPythonReplica() throws {
      let a = try #require(Metrics.bootstrap(count: 12, resamples: 200, seed: 42, level: 0.95, statistic: Self.mean))
      expectClose(a.low, -0.13256249999999997)
      expectClose(a.high, 0.36933333333333335)
      let b = try #require(Metrics.bootstrap(count: 12, resamples: 500, seed: 7, level: 0.90, statistic: Self.mean))
      expectClose(b.low, -0.055833333333333325)
      expectClose(b.high, 0.3526666666666665)
    }

    // Same replica, the statistic being Pearson's r (numpy.corrcoef; None on a
    // constant side). The point estimate, 0.8649816563693344 (scipy), lies inside.
    @Test func correlationIntervalContainsThePointEstimate() throws {
      let point = try #require(Metrics.pearson(gold30, model30))
      let interval = try #require(Metrics.bootstrap(count: 30, resamples: 1000, seed: 42, statistic: Self.pearson30))
      expectClose(interval.low, 0.7490954373130854)
      expectClose(interval.high, 0.9333522305169306)
      #expect(interval.low < point && point < interval.high)
    }

    // x = 0,0,0,1,1 and y = .1,.3,.2,.8,.6: resamples drawing only from one
    // x-group have zero variance and are skipped (28 of 300 in the replica).
    @Test func undefinedResamplesAreSkipped() throws {
      let x: [Double] = [0, 0, 0, 1, 1]
      let y = [0.1, 0.3, 0.2, 0.8, 0.6]
      var calls = 0
      var undefined = 0
      let interval = try #require(Metrics.bootstrap(count: 5, resamples: 300, seed: 9) { indices in
        calls += 1
        let r = Metrics.pearson(indices.map { x[$0] }, indices.map { y[$0] })
        if r == nil { undefined += 1 }
        return r
      })
      #expect(calls == 300)
      #expect(undefined == 28)
      expectClose(interval.low, 0.8728715609439694)
      expectClose(interval.high, 1.0)
    }

    @Test func sameSeedGivesTheSameInterval() throws {
      let a = try #require(Metrics.bootstrap(count: 30, resamples: 300, seed: 123, statistic: Self.pearson30))
      let b = try #require(Metrics.bootstrap(count: 30, resamples: 300, seed: 123, statistic: Self.pearson30))
      #expect(a.low == b.low && a.high == b.high)
    }

    @Test func defaultsAreThousandResamplesSeed42NinetyFivePercent() throws {
      let implicit = try #require(Metrics.bootstrap(count: 12, statistic: Self.mean))
      let explicit = try #require(Metrics.bootstrap(count: 12, resamples: 1000, seed: 42, level: 0.95, statistic: Self.mean))
      #expect(implicit.low == explicit.low && implicit.high == explicit.high)
    }

    // Different seeds draw different resamples; with 12 distinct values and
    // 200 resamples, equal bounds across three seeds would be a coincidence
    // of probability far below 1e-6.
    @Test func differentSeedsGiveDifferentBounds() throws {
      let intervals = try [1, 2, 3].map { (seed: UInt64) in
        try #require(Metrics.bootstrap(count: 12, resamples: 200, seed: seed, statistic: Self.mean))
      }
      #expect(Set(intervals.map(\.low)).count == 3)
      #expect(Set(intervals.map(\.high)).count == 3)
    }

    // Same seed, same resample values: a 50% interval is quantiles nested
    // inside the 95% one.
    @Test func narrowerLevelNestsInside() throws {
      let wide = try #require(Metrics.bootstrap(count: 30, resamples: 500, seed: 5, level: 0.95, statistic: Self.pearson30))
      let narrow = try #require(Metrics.bootstrap(count: 30, resamples: 500, seed: 5, level: 0.5, statistic: Self.pearson30))
      #expect(wide.low <= narrow.low && narrow.low <= narrow.high && narrow.high <= wide.high)
      #expect(wide.low < narrow.low && narrow.high < wide.high)
    }

    @Test func everyResampleHasCountIndicesInRange() {
      var calls = 0
      var seen = Set<Int>()
      _ = Metrics.bootstrap(count: 7, resamples: 50, seed: 1) { indices in
        calls += 1
        #expect(indices.count == 7)
        #expect(indices.allSatisfy { (0..<7).contains($0) })
        seen.formUnion(indices)
        return Double(indices[0])
      }
      #expect(calls == 50)
      #expect(seen == Set(0..<7))
    }

    @Test func constantStatisticGivesADegenerateInterval() throws {
      let interval = try #require(Metrics.bootstrap(count: 10, resamples: 20) { _ in 0.5 })
      #expect(interval.low == 0.5 && interval.high == 0.5)
    }

    @Test(arguments: [
      (0, 100, 0.95),  // no items
      (1, 100, 0.95),  // one item: every resample is the same
      (10, 0, 0.95),  // no resamples
      (10, 100, 0.0),  // level outside (0, 1)
      (10, 100, 1.0),
      (10, 100, 1.5),
    ] as [(Int, Int, Double)])
    func undefinedIsNil(count: Int, resamples: Int, level: Double) {
      #expect(Metrics.bootstrap(count: count, resamples: resamples, level: level) { _ in 1 } == nil)
    }

    @Test func noDefinedResampleIsNil() {
      #expect(Metrics.bootstrap(count: 10, resamples: 50) { _ in nil } == nil)
      #expect(Metrics.bootstrap(count: 10, resamples: 50) { _ in .nan } == nil)
    }
  }
}
