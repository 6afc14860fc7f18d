import Foundation
import Parley

/// `parley speakers`: the corpus-level per-speaker stance table.
enum SpeakersCommand {
  static let help = """
    USAGE: parley speakers [INPUT…] [options]

    Finds every statement (quotes and reported speech) in the inputs,
    resolves its speaker, and prints one row per speaker across all
    articles (grouped by name, case-insensitively): documents, statements,
    words, mean optimism and hedging with their spread, labels, and the most
    frequent reporting cues. The article's own voice is the `narrator`.

    OPTIONS:
      --model rules|lexicon   scoring model (default: rules)
      --format table|csv|json what to print (default: table)
      --out DIR               also write DIR/speakers.csv and DIR/speakers.json
      --aggregates FILE       also write the mergeable aggregate (parley merge)
      --top N                 print only the N speakers with most statements
      --jobs N                threads to score on (default: all cores)
    \(LexiconOptions.help)
      -h, --help              this help
    """

  static func run(_ argv: [String]) throws -> ExitCode {
    let args = try Arguments(argv, valued: LexiconOptions.valued.union(["--model", "--format", "--out", "--top", "--jobs", "--aggregates"]), boolean: ["--help", "-h"])
    if args.has("--help") || args.has("-h") {
      StandardOutput.shared.write(help + "\n")
      return .success
    }
    if args.positional.isEmpty { throw UsageError(message: "speakers needs at least one INPUT") }
    let chosenModel = try model(named: args.value("--model"))
    let format = try SpeakerOutput.format(args)
    let top = try positiveInt(args, "--top")
    let jobs = try positiveInt(args, "--jobs") ?? ProcessInfo.processInfo.activeProcessorCount
    let engine = try LexiconOptions.engine(args)
    let reader = ArticleReader(inputs: args.positional)
    var aggregate = CorpusAggregate(model: chosenModel.name)
    CorpusRunner(engine: engine, model: chosenModel, evidence: false, jobs: jobs).run(next: reader.next) { result in
      aggregate.add(result.analysis)
      for w in result.document.warnings { printError(w.description) }
    }
    for d in reader.diagnostics { printError(d.description) }
    if aggregate.documents == 0 {
      printError("parley: no articles to read")
      return .usage
    }
    try SpeakerOutput.emit(aggregate, format: format, top: top, out: args.value("--out"), aggregatesFile: args.value("--aggregates"), parameters: engine.parameters)
    return reader.diagnostics.contains { $0.severity == .error } ? .usage : .success
  }
}

/// `parley merge`: add up partial aggregates of shards.
enum MergeCommand {
  static let help = """
    USAGE: parley merge PARTIAL… [options]

    Adds up aggregate files written by `parley score --aggregates FILE` (or
    `parley speakers --aggregates FILE`) on shards of a corpus, in the order
    given (a file may hold several aggregates, one a line), and prints the
    per-speaker table of the whole corpus: the same table one run over the
    whole corpus prints.

    OPTIONS:
      --format table|csv|json what to print (default: table)
      --out DIR               also write DIR/speakers.csv and DIR/speakers.json
      --aggregates FILE       also write the merged aggregate (merge in stages)
      --top N                 print only the N speakers with most statements
      -h, --help              this help
    """

  static func run(_ argv: [String]) throws -> ExitCode {
    let args = try Arguments(argv, valued: ["--format", "--out", "--top", "--aggregates"], boolean: ["--help", "-h"])
    if args.has("--help") || args.has("-h") {
      StandardOutput.shared.write(help + "\n")
      return .success
    }
    if args.positional.isEmpty { throw UsageError(message: "merge needs at least one PARTIAL aggregate file") }
    let format = try SpeakerOutput.format(args)
    let top = try positiveInt(args, "--top")
    var merged: CorpusAggregate? = nil
    var problems: [Diagnostic] = []
    for path in args.positional {
      guard let data = FileManager.default.contents(atPath: path) else {
        problems.append(.error("IN001", "cannot read aggregate file", file: path))
        continue
      }
      // A file holds one aggregate a line (several when shards were
      // concatenated, e.g. by `hdfs dfs -getmerge`).
      for (n, line) in [UInt8](data).split(separator: 0x0A).enumerated() where line.contains(where: { $0 > 0x20 }) {
        let part: CorpusAggregate
        do {
          part = try CorpusAggregate.parse(Array(line), file: path)
        } catch {
          problems += error.diagnostics.map { var d = $0; if d.line == nil || d.line == 1 { d.line = n + 1 }; return d }
          continue
        }
        if let m = merged, m.model != part.model {
          problems.append(.error("AGG003", "model '\(part.model)' differs from '\(m.model)' of the first aggregate", file: path, line: n + 1))
          continue
        }
        if merged == nil { merged = CorpusAggregate(model: part.model) }
        merged!.merge(part)
      }
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    guard let merged else { return .usage }
    try SpeakerOutput.emit(merged, format: format, top: top, out: args.value("--out"), aggregatesFile: args.value("--aggregates"), parameters: ModelParameters())
    return .success
  }
}

func positiveInt(_ args: Arguments, _ name: String) throws(UsageError) -> Int? {
  guard let v = args.value(name) else { return nil }
  guard let n = Int(v), n >= 1 else { throw UsageError(message: "\(name) needs a whole number >= 1") }
  return n
}

/// Printing and writing a corpus speaker table.
enum SpeakerOutput {
  static func format(_ args: Arguments) throws(UsageError) -> String {
    let f = args.value("--format") ?? "table"
    guard ["table", "csv", "json"].contains(f) else { throw UsageError(message: "unknown format '\(f)' (choose: table, csv, json)") }
    return f
  }

  static func csv(_ rows: [SpeakerSummary], parameters: ModelParameters) -> [UInt8] {
    var csv = CSVWriter(header: ReportEncoder.corpusSpeakerHeader)
    ReportEncoder().speakerRows(rows, document: nil, parameters: parameters, into: &csv)
    return csv.bytes
  }

  static func json(_ aggregate: CorpusAggregate, _ rows: [SpeakerSummary], parameters: ModelParameters) -> [UInt8] {
    var w = JSONWriter(pretty: true)
    w.beginObject()
    w.field("format", "parley-speakers/1")
    w.field("model", aggregate.model)
    w.field("documents", aggregate.documents)
    let stance = aggregate.stance(parameters)
    w.field("optimism", stance.optimism)
    w.field("hedging", stance.hedging)
    w.key("speakers")
    w.beginArray()
    for r in rows { ReportEncoder().speaker(r, parameters: parameters, into: &w) }
    w.endArray()
    w.endObject()
    return w.bytes + [0x0A]
  }

  static func text(_ rows: [SpeakerSummary], parameters: ModelParameters) -> String {
    table(["speaker", "kind", "docs", "statements", "words", "optimism", "sd", "hedging", "sd", "tone", "commitment", "top cues"], rows.map { r in
      let s = r.stance(parameters)
      return [r.name, r.kind, "\(r.documents)", "\(r.statements)", "\(r.words)", formatNumber(s.optimism, digits: 3), formatNumber(r.optimismSpread, digits: 3),
        formatNumber(s.hedging, digits: 3), formatNumber(r.hedgingSpread, digits: 3), s.optimismLabel.rawValue, s.hedgingLabel.rawValue, r.topCues().joined(separator: ", ")]
    })
  }

  static func emit(_ aggregate: CorpusAggregate, format: String, top: Int?, out: String?, aggregatesFile: String?, parameters: ModelParameters) throws {
    let all = aggregate.speakers.sorted
    let rows = top.map { Array(all.prefix($0)) } ?? all
    switch format {
    case "csv": StandardOutput.shared.write(csv(rows, parameters: parameters))
    case "json": StandardOutput.shared.write(json(aggregate, rows, parameters: parameters))
    default: StandardOutput.shared.write(text(rows, parameters: parameters))
    }
    if let out {
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      let files = [
        try OutputFile(path: (out as NSString).appendingPathComponent("speakers.csv")),
        try OutputFile(path: (out as NSString).appendingPathComponent("speakers.json")),
      ]
      files[0].write(csv(all, parameters: parameters))
      files[1].write(json(aggregate, all, parameters: parameters))
      for f in files { try f.commit() }
    }
    if let aggregatesFile {
      let f = try OutputFile(path: aggregatesFile)
      f.write(aggregate.json())
      try f.commit()
    }
  }
}
