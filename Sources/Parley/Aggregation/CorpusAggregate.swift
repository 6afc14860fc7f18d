/// What one run over a corpus (or a shard of it) adds up: document count,
/// exact sums of document scores, and the per-speaker table. Written by
/// `parley score --aggregates FILE`; `parley merge` adds partials of shards
/// into the aggregate of the whole, identical to one run over all of it.
public struct CorpusAggregate: Sendable {
  public static let format = "parley-aggregates/1"

  public var model: String
  public var documents = 0
  public var words = 0
  public var optimism = ExactSum()
  public var hedging = ExactSum()
  public var speakers = SpeakerTable()

  public init(model: String) { self.model = model }

  public mutating func add(_ analysis: Analysis) {
    documents += 1
    words += analysis.score.words
    optimism.add(analysis.score.stance.optimism)
    hedging.add(analysis.score.stance.hedging)
    let summaries = analysis.speakers
    for i in summaries.indices { speakers.add(summaries[i]) }
  }

  /// Adds a partial aggregate; merge shards in corpus order for the same
  /// alias order as one run.
  public mutating func merge(_ other: CorpusAggregate) {
    documents += other.documents
    words += other.words
    optimism.merge(other.optimism)
    hedging.merge(other.hedging)
    speakers.merge(other.speakers)
  }

  /// Mean document optimism and hedging of the corpus.
  public func stance(_ parameters: ModelParameters) -> Stance {
    Stance(optimism: optimism.mean(documents), hedging: hedging.mean(documents), parameters: parameters)
  }

  // MARK: File format (integers as strings: JSON numbers are not exact past 2^53)

  public func json() -> [UInt8] {
    var w = JSONWriter()
    w.beginObject()
    w.field("format", Self.format)
    w.field("model", model)
    w.field("documents", documents)
    w.field("words", words)
    Self.write(optimism, "optimism", into: &w)
    Self.write(hedging, "hedging", into: &w)
    w.key("speakers")
    w.beginArray()
    for s in speakers.rows {
      w.beginObject()
      w.field("name", s.name)
      w.field("kind", s.kind)
      w.key("aliases"); w.beginArray(); for a in s.aliases { w.string(a) }; w.endArray()
      w.field("documents", s.documents)
      w.field("statements", s.statements)
      w.field("words", s.words)
      Self.write(s.optimismSum, "optimism", into: &w)
      Self.write(s.hedgingSum, "hedging", into: &w)
      w.key("cues"); w.beginObject()
      for (k, v) in s.cues.sorted(by: { $0.key < $1.key }) { w.field(k, v) }
      w.endObject()
      w.endObject()
    }
    w.endArray()
    w.endObject()
    return w.bytes + [0x0A]
  }

  static func write(_ sum: ExactSum, _ name: String, into w: inout JSONWriter) {
    w.field("\(name)_units", String(sum.units))
    w.field("\(name)_squares", String(sum.squares))
  }

  static func read(_ v: JSONValue, _ name: String) -> ExactSum? {
    guard let u = v["\(name)_units"]?.string.flatMap({ Int64($0) }), let q = v["\(name)_squares"]?.string.flatMap({ Int64($0) }) else { return nil }
    return ExactSum(units: u, squares: q)
  }

  /// Reads an aggregate file; problems name the file and JSON path.
  public static func parse(_ bytes: [UInt8], file: String) throws(DiagnosticError) -> CorpusAggregate {
    let root = try JSONFile.parse(bytes, file: file, code: "AGG001")
    func bad(_ path: String, _ m: String) -> DiagnosticError { DiagnosticError([.error("AGG002", "\(path): \(m)", file: file)]) }
    guard root["format"]?.string == format else { throw bad("$.format", "must be \"\(format)\"") }
    guard let model = root["model"]?.string, let documents = root["documents"]?.number, let words = root["words"]?.number,
      let optimism = read(root, "optimism"), let hedging = read(root, "hedging")
    else { throw bad("$", "needs model, documents, words and the optimism/hedging sums") }
    var aggregate = CorpusAggregate(model: model)
    aggregate.documents = Int(documents)
    aggregate.words = Int(words)
    aggregate.optimism = optimism
    aggregate.hedging = hedging
    for (i, s) in (root["speakers"]?.array ?? []).enumerated() {
      guard let name = s["name"]?.string, let kind = s["kind"]?.string, let docs = s["documents"]?.number, let statements = s["statements"]?.number,
        let w = s["words"]?.number, let o = read(s, "optimism"), let h = read(s, "hedging")
      else { throw bad("$.speakers[\(i)]", "needs name, kind, documents, statements, words and the sums") }
      var summary = SpeakerSummary(name: name, kind: kind, aliases: (s["aliases"]?.array ?? []).compactMap(\.string))
      summary.documents = Int(docs)
      summary.statements = Int(statements)
      summary.words = Int(w)
      summary.optimismSum = o
      summary.hedgingSum = h
      for m in s["cues"]?.members ?? [] { summary.cues[m.key] = Int(m.value.number ?? 0) }
      aggregate.speakers.add(summary)
    }
    return aggregate
  }
}
