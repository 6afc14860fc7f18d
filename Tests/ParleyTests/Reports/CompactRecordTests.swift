import Testing

@testable import Parley

/// The compact record writes statements, speakers and stances through
/// literal runs of keys and punctuation (`MemberCursor.literal`), pretty
/// output through the writer's calls one by one: both must say the same.
/// The pretty record with its new lines, indentation and the space after
/// each colon taken out is the compact one, byte for byte.
@Suite struct CompactRecordTests {
  /// `json` without the whitespace that pretty output adds outside strings.
  static func minified(_ json: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var inString = false
    var escaped = false
    var i = 0
    while i < json.count {
      let b = json[i]
      i += 1
      if inString {
        out.append(b)
        if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 { inString = false }
        continue
      }
      if b == 0x0A || b == 0x20 { continue }
      if b == 0x22 { inString = true }
      out.append(b)
    }
    return out
  }

  @Test(arguments: [false, true])
  func compactRecordIsPrettyRecordMinified(_ evidence: Bool) throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    #expect(texts.count > 100)
    let encoder = ReportEncoder(evidence: evidence)
    var statements = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let analysis = engine.analyze(document, evidence: evidence)
      statements += analysis.statements.count
      var compact = JSONWriter()
      encoder.record(analysis, document: document, parameters: engine.parameters, into: &compact)
      var pretty = JSONWriter(pretty: true)
      encoder.record(analysis, document: document, parameters: engine.parameters, into: &pretty)
      #expect(compact.bytes == Self.minified(pretty.bytes), "\(origin)")
    }
    #expect(statements > 100)
  }

  /// Evidence written through the cursor with the longest numbers and
  /// integers, strings that need escapes, no origin and many rules: the
  /// same bytes as the member-by-member pretty path, minified, and within
  /// the room reserved (the cursor asserts it in debug builds).
  @Test func extremeEvidence() {
    let encoder = ReportEncoder(evidence: true)
    let numbers: [Double] = [-1.234_567_890_123_456_7e300, -9.876_543_210_987_654e17, -0.00005, 0, 123_456_789.987_65, .infinity]
    let texts = ["", "plain", "q\"u\\o\u{1}te\n", String(repeating: "\u{7}", count: 40)]
    for (k, x) in numbers.enumerated() {
      let e = Evidence(rule: texts[k % texts.count], axis: "hedging", span: Span(start: Int.max / 2, end: Int.max / 2 + 1), text: texts[(k + 1) % texts.count], weight: x, value: -x, delta: x / 3, origin: k.isMultiple(of: 2) ? nil : texts[(k + 2) % texts.count], rules: Array(repeating: texts[(k + 3) % texts.count], count: k * 3))
      var compact = JSONWriter(reserve: 64)
      compact.beginArray()
      encoder.evidence(e, base: -(Int.max / 2), into: &compact)
      encoder.evidence(e, base: 0, into: &compact)
      compact.endArray()
      var pretty = JSONWriter(pretty: true, reserve: 64)
      pretty.beginArray()
      encoder.evidence(e, base: -(Int.max / 2), into: &pretty)
      encoder.evidence(e, base: 0, into: &pretty)
      pretty.endArray()
      #expect(compact.bytes == Self.minified(pretty.bytes), "\(x)")
    }
  }

  /// Speakers with names, aliases and cues that need escapes, none, one
  /// or several cues: compact equals pretty minified (no spaces in the
  /// strings, so minifying cannot hide a difference inside them).
  @Test func randomSpeakers() {
    var generator = SeededGenerator(seed: 7)
    let pieces = ["A", "b\"c", "d\\e", "f\ng", "Ünïcode", "x\u{1}", "long_name_of_a_speaker", "", "q"]
    let encoder = ReportEncoder()
    let parameters = ModelParameters()
    for _ in 0..<400 {
      func piece() -> String { (0..<Int.random(in: 1...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
      var sp = SpeakerSummary(name: piece(), kind: piece(), aliases: (0..<Int.random(in: 0...3, using: &generator)).map { _ in piece() })
      for _ in 0..<Int.random(in: 0...6, using: &generator) {
        sp.add(optimism: Double.random(in: -1...1, using: &generator), hedging: Double.random(in: 0...1, using: &generator), words: Int.random(in: 0...40, using: &generator), cue: Bool.random(using: &generator) ? piece() : nil)
      }
      sp.documents = Int.random(in: 0...3, using: &generator)
      func written(pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        w.beginArray()
        encoder.speaker(sp, parameters: parameters, into: &w)
        encoder.speaker(sp, parameters: parameters, into: &w)
        w.endArray()
        return w.bytes
      }
      #expect(written(pretty: false) == Self.minified(written(pretty: true)))
    }
  }
}

/// `writeNumber4`, the encoder's inlined path for four decimals, writes
/// the bytes of `writeNumber(_, digits: 4, …)`: scores in [-1, 1] (most of
/// the report), values on every rounding boundary, large magnitudes and
/// the non-finite ones.
@Suite struct WriteNumber4Tests {
  @Test func sameBytesAsWriteNumber() {
    var rng = SeededGenerator(seed: 44)
    var values: [Double] = [0, -0.0, 1, -1, .nan, .infinity, -.infinity, 0x1p50 / 1e4, -0x1p50 / 1e4, 9e14, 1e300, 0.00005, -0.00005, 0.99995, 12.3456]
    for _ in 0..<50_000 {
      values.append(Double.random(in: -1...1, using: &rng))
      let half = (Double(Int.random(in: -2_000_000...2_000_000, using: &rng)) + 0.5) / 1e4
      // A half and its neighbours: the rounding's edge.
      values += [half, half.nextUp, half.nextDown]
      values.append(Double.random(in: -1e12...1e12, using: &rng))
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * maxNumberLength(4)) { buffer in
      let a = buffer.baseAddress!
      let b = a + maxNumberLength(4)
      for x in values {
        let n = writeNumber4(x, to: a)
        let m = writeNumber(x, digits: 4, to: b)
        #expect(Array(UnsafeBufferPointer(start: a, count: n)) == Array(UnsafeBufferPointer(start: b, count: m)), "x = \(x)")
      }
    }
  }

  /// Every four-decimal fraction, below one and above (each split into
  /// pairs of digits by a multiplication, not a division), both signs.
  @Test func everyFractionSameBytesAsWriteNumber() {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * maxNumberLength(4)) { buffer in
      let a = buffer.baseAddress!
      let b = a + maxNumberLength(4)
      for units in -20_000...20_000 {
        let x = Double(units) / 1e4
        let n = writeNumber4(x, to: a)
        let m = writeNumber(x, digits: 4, to: b)
        #expect(Array(UnsafeBufferPointer(start: a, count: n)) == Array(UnsafeBufferPointer(start: b, count: m)), "x = \(x)")
      }
    }
  }
}

/// `compactStance` writes the labels from a table of padded entries
/// (`StanceLabelMembers`), copied whole and counted to their length:
/// every pair of labels, with scores of every length, reads as the
/// member-by-member path writes it, and nothing after it is lost.
@Suite struct StanceLabelMembersTests {
  @Test func everyPairSameBytesAsMembers() {
    for optimism in OptimismLabel.allCases {
      for hedging in HedgingLabel.allCases {
        for (x, y) in [(0.0, 0.0), (-0.12345, 0.5), (1.0, 0.0001), (-1.0, 1.0)] {
          var s = Stance(optimism: x, hedging: y, parameters: ModelParameters())
          s.optimismLabel = optimism
          s.hedgingLabel = hedging
          // The stance between two plain members, written either way.
          func between(_ stance: (inout JSONWriter) -> Void) -> [UInt8] {
            var w = JSONWriter()
            w.beginObject()
            w.field(ascii: "a", 1)
            stance(&w)
            w.field(ascii: "b", 2)
            w.endObject()
            return w.bytes
          }
          let table = between { $0.members(room: 512) { c in ReportEncoder.compactStance(s, &c) } }
          let members = between { $0.members(fields: 4) { c in ReportEncoder.stance(s, &c) } }
          #expect(table == members, "\(optimism) \(hedging) \(x) \(y)")
        }
      }
    }
  }
}
