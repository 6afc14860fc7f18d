import Testing

@testable import Parley

@Suite struct SpeakerSummaryTests {
  @Test func exactSumsMergeInAnyOrder() {
    var generator = SeededGenerator(seed: 7)
    let values = (0..<500).map { _ in Double.random(in: -1...1, using: &generator) }
    var whole = ExactSum()
    for v in values { whole.add(v) }
    for split in [1, 17, 250, 499] {
      var a = ExactSum()
      var b = ExactSum()
      for v in values[..<split] { a.add(v) }
      for v in values[split...] { b.add(v) }
      b.merge(a)  // the other order on purpose
      #expect(b == whole)
    }
  }

  @Test func meanAndSpreadByHand() {
    var s = SpeakerSummary(name: "Lena Varga", kind: "person")
    for (o, h) in [(0.5, 0.0), (-0.25, 0.5), (1.0, 1.0)] { s.add(optimism: o, hedging: h, words: 10, cue: "said") }
    #expect(s.statements == 3)
    #expect(s.words == 30)
    #expect(abs(s.optimism - 1.25 / 3) < 1e-12)
    // Population sd of 0.5, -0.25, 1.0: mean 5/12; deviations 1/12, -2/3, 7/12.
    let expected = ((1.0 / 144 + 4.0 / 9 + 49.0 / 144) / 3).squareRoot()
    #expect(abs(s.optimismSpread - expected) < 1e-9)
    #expect(s.topCues() == ["said"])
  }

  /// A speaker's hedging is a mean over statements, labelled at its own
  /// threshold: one hedged statement and one plain make a hedged speaker,
  /// though the mean (0.25) would be an assertive statement.
  @Test func speakerHedgingHasItsOwnThreshold() {
    var s = SpeakerSummary(name: "Lena Varga", kind: "person")
    s.add(optimism: 0, hedging: 0.5, words: 6, cue: "said")
    s.add(optimism: 0, hedging: 0, words: 6, cue: "said")
    var parameters = ModelParameters()
    #expect(s.hedging == 0.25)
    #expect(parameters.hedgingLabel(s.hedging) == .assertive)
    #expect(s.stance(parameters).hedgingLabel == .hedged)
    parameters.speakerHedgedThreshold = 0.3
    #expect(s.stance(parameters).hedgingLabel == .assertive)
    #expect(Stance.speaker(optimism: 0, hedging: 0.3, parameters: parameters).hedgingLabel == .hedged)
  }

  /// The library's speakers and every report path (the compact JSONL row,
  /// the pretty record, the corpus table) label a speaker the same way.
  @Test(arguments: [0.2, 0.3])
  func reportsUseTheSpeakerThreshold(_ threshold: Double) throws {
    var parameters = ModelParameters()
    parameters.speakerHedgedThreshold = threshold
    let engine = Engine(lexicons: try TestSupport.engine().lexicons, parameters: parameters)
    let text = "Maria Lind, the envoy, said the talks might resume next week.\n\nMs. Lind said the two delegations had signed the agreement."
    let document = engine.read(id: "t", text: text)
    let analysis = engine.analyze(document)
    let lind = try #require(analysis.speakers.first { $0.name == "Maria Lind" })
    #expect(lind.statements == 2)
    // Between the two thresholds: hedged at 0.2, assertive at 0.3.
    #expect(lind.hedging >= 0.2 && lind.hedging < 0.3)
    let expected: HedgingLabel = threshold <= 0.2 ? .hedged : .assertive
    #expect(lind.stance(parameters).hedgingLabel == expected)
    for pretty in [false, true] {
      var w = JSONWriter(pretty: pretty)
      ReportEncoder(evidence: false).record(analysis, document: document, parameters: parameters, into: &w)
      let json = String(decoding: w.bytes, as: UTF8.self)
      // The speakers' table comes after the statements (which name her too).
      let speakers = try #require(json.range(of: "\"speakers\"").map { json[$0.upperBound...] })
      let row = try #require(speakers.range(of: "Maria Lind").map { speakers[$0.upperBound...] })
      let label = try #require(row.range(of: "hedging_label").map { row[$0.upperBound...].prefix(16) })
      #expect(label.contains(expected.rawValue), "\(pretty ? "pretty" : "compact"): \(label)")
    }
  }

  @Test func tableGroupsByNameIgnoringCaseAndMergesAliases() {
    var a = SpeakerSummary(name: "Analysts", kind: "group", aliases: [])
    a.documents = 1
    a.add(optimism: -0.5, hedging: 0.5, words: 8, cue: "say")
    var b = SpeakerSummary(name: "analysts", kind: "group", aliases: ["some analysts"])
    b.documents = 1
    b.add(optimism: -0.1, hedging: 0.7, words: 5, cue: "said")
    b.add(optimism: 0.1, hedging: 0.1, words: 5, cue: "said")
    var c = SpeakerSummary(name: "Tomas Ek", kind: "person", aliases: ["Mr. Ek"])
    c.documents = 1
    c.add(optimism: 0.4, hedging: 0, words: 12, cue: "insisted")
    var table = SpeakerTable()
    for s in [a, b, c] { table.add(s) }
    #expect(table.rows.count == 2)
    let analysts = table.sorted[0]
    #expect(analysts.name == "Analysts")
    #expect(analysts.documents == 2)
    #expect(analysts.statements == 3)
    #expect(analysts.aliases == ["some analysts"])
    #expect(analysts.topCues() == ["said", "say"])
    #expect(table.sorted.map(\.name) == ["Analysts", "Tomas Ek"])
  }

  /// The table keeps each row's lower-cased names between merges; its rows
  /// must equal merging the same summaries one by one with `merge(_:)`.
  @Test func tableAliasesMatchPlainMergesOverRandomNames() {
    var generator = SeededGenerator(seed: 11)
    let names = ["Lena Varga", "lena varga", "Ms. Varga", "MS. VARGA", "the minister", "The Minister", "Varga", "Tomas Ek", "Mr. Ek", "Éva Kis", "ÉVA KIS"]
    for round in 0..<20 {
      var table = SpeakerTable()
      var plain: [String: SpeakerSummary] = [:]
      var order: [String] = []
      for _ in 0..<60 {
        let name = names[Int.random(in: 0..<names.count, using: &generator)]
        let aliases = (0..<Int.random(in: 0...3, using: &generator)).map { _ in names[Int.random(in: 0..<names.count, using: &generator)] }
        var s = SpeakerSummary(name: name, kind: "person", aliases: aliases)
        s.documents = 1
        s.add(optimism: 0.25, hedging: 0.5, words: 3, cue: "said")
        table.add(s)
        let key = name.lowercased()
        if plain[key] == nil {
          plain[key] = s
          order.append(key)
        } else {
          plain[key]!.merge(s)
        }
      }
      #expect(table.rows == order.map { plain[$0]! }, "round \(round)")
    }
  }

  /// `topCues` picks cues one at a time; the order must be that of sorting
  /// the whole table by count (most first), then name.
  @Test func topCuesMatchSortingTheWholeTable() {
    var generator = SeededGenerator(seed: 3)
    let names = ["said", "say", "says", "told", "insisted", "claimed", "according to", "noted", "Said"]
    for round in 0..<300 {
      var s = SpeakerSummary(name: "x", kind: "person")
      for _ in 0..<Int.random(in: 0...12, using: &generator) {
        s.cues[names[Int.random(in: 0..<names.count, using: &generator)], default: 0] += Int.random(in: 1...3, using: &generator)
      }
      for n in [0, 1, 3, 20] {
        let expected = s.cues.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(n).map(\.key)
        #expect(s.topCues(n) == expected, "round \(round), n \(n)")
      }
    }
  }

  @Test func aggregateFileRoundTrips() throws {
    var agg = CorpusAggregate(model: "rules")
    var s = SpeakerSummary(name: "Tass", kind: "media", aliases: ["the agency"])
    s.documents = 1
    s.add(optimism: -0.3333333, hedging: 0.25, words: 9, cue: "reported")
    agg.speakers.add(s)
    agg.documents = 4
    agg.words = 1200
    agg.optimism.add(0.125)
    let bytes = agg.json()
    let back = try CorpusAggregate.parse(bytes, file: "x.agg")
    #expect(back.json() == bytes)
    #expect(back.speakers.rows == agg.speakers.rows)
  }
}
