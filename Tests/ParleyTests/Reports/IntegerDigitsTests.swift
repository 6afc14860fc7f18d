import Testing

@testable import Parley

/// `writeInteger` (through `writeDigits`, with its table path below
/// 10,000) writes `String(n)`: every value up to 20,000, the powers of ten
/// and their neighbours, negatives, the extremes and seeded random values.
@Suite struct IntegerDigitsTests {
  static func written(_ n: Int) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      let count = writeInteger(n, to: buffer.baseAddress!)
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
    }
  }

  @Test func equalsStringOfTheInteger() {
    for n in -20_000...20_000 { #expect(Self.written(n) == String(n), "\(n)") }
    var power = 1
    for _ in 0..<18 {
      power *= 10
      for n in [power - 1, power, power + 1, -power - 1, -power, -power + 1] { #expect(Self.written(n) == String(n), "\(n)") }
    }
    for n in [Int.max, Int.min, Int.max - 1, Int.min + 1] { #expect(Self.written(n) == String(n), "\(n)") }
    var generator = SeededGenerator(seed: 47)
    for _ in 0..<50_000 {
      let n = Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0..<63, using: &generator)
      #expect(Self.written(n) == String(n), "\(n)")
    }
  }
}

/// `ExactSum.add` rounds in integers below 2^50 (no call to `round`): the
/// same millionths as `(x * scale).rounded()` on halves, near-halves,
/// scores in [-1, 1] and larger values.
@Suite struct ExactSumRoundingTests {
  static func reference(_ x: Double) -> Int64 { Int64((x * ExactSum.scale).rounded()) }

  @Test func sameUnitsAsRounded() {
    var values: [Double] = [0, -0.0, 0.5e-6, -0.5e-6, 1.5e-6, -2.5e-6, 1, -1, 0.123456789, 2_000, -2_000, 1_234.5678905]
    for k in -2_000...2_000 {
      let half = (Double(k) + 0.5) / ExactSum.scale
      values += [half, half.nextUp, half.nextDown]
    }
    var generator = SeededGenerator(seed: 53)
    for _ in 0..<100_000 { values.append(Double.random(in: -1...1, using: &generator)) }
    // Larger values, while the square of the millionths still fits.
    for _ in 0..<10_000 { values.append(Double.random(in: -3_000...3_000, using: &generator)) }
    for x in values {
      var sum = ExactSum()
      sum.add(x)
      let q = Self.reference(x)
      #expect(sum.units == q && sum.squares == q &* q, "\(x)")
    }
  }
}
