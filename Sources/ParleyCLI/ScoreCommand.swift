import Foundation
import Parley

/// `parley score`: score articles, write JSONL/JSON/CSV to standard output
/// and/or a report folder.
enum ScoreCommand {
  static let help = """
    USAGE: parley score [INPUT…] [options]

    Scores every sentence, paragraph and article on two axes: optimism
    (-1 … 1) and hedging (0 … 1).

    INPUT: a .txt article (paragraphs separated by blank lines, or one per
    line), a .jsonl corpus (one {"id": …, "text": …} object a line; other
    fields are kept as metadata), a folder of those, or - for standard input.

    OPTIONS:
      --model rules|lexicon   scoring model (default: rules)
      --format FORMAT         what to write to standard output: jsonl, one
                              JSON record per article (the default without
                              --out); json, one JSON document; csv, the
                              paragraph table; none, nothing
      --out DIR               write a report folder: report.json,
                              paragraphs.csv, sentences.csv, evidence.csv,
                              statements.csv, speakers.csv, corpus-speakers.csv
      --evidence              include evidence on every sentence (jsonl, json)
      --jobs N                threads to score on (default: all cores)
      --aggregates FILE       also write the mergeable per-speaker and corpus
                              aggregate (see parley merge); FILE - writes it
                              to standard output, with --format none
      --unique-ids            rename a repeated id (id#2, id#3, …) with a
                              warning (IN014); remembers every id, about 36
                              bytes per article (default: ids pass through)
    \(LexiconOptions.help)
      -h, --help              this help

    Errors in some inputs are reported with file and line; the rest is still
    scored and written, and the exit code is 2.
    """

  static func run(_ argv: [String]) throws -> ExitCode {
    let args = try Arguments(argv, valued: LexiconOptions.valued.union(["--model", "--format", "--out", "--jobs", "--aggregates"]), boolean: ["--evidence", "--unique-ids", "--help", "-h"])
    if args.has("--help") || args.has("-h") {
      StandardOutput.shared.write(help + "\n")
      return .success
    }
    if args.positional.isEmpty { throw UsageError(message: "score needs at least one INPUT (a file, a folder, or - for standard input)") }
    let chosenModel = try model(named: args.value("--model"))
    let out = args.value("--out")
    let aggregatesPath = args.value("--aggregates")
    var format = args.value("--format") ?? (out == nil && aggregatesPath != "-" ? "jsonl" : nil)
    if let f = format, !["jsonl", "json", "csv", "none"].contains(f) {
      throw UsageError(message: "unknown format '\(f)' (choose: jsonl, json, csv, none)")
    }
    if format == "none" { format = nil }
    if aggregatesPath == "-" && format != nil {
      throw UsageError(message: "--aggregates - writes the aggregate to standard output; add --format none")
    }
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    if let j = args.value("--jobs") {
      guard let n = Int(j), n >= 1 else { throw UsageError(message: "--jobs needs a whole number >= 1") }
      jobs = n
    }
    let engine = try LexiconOptions.engine(args)
    let evidence = args.has("--evidence") || out != nil
    let folder = try out.map { try ReportFolder(directory: $0, model: chosenModel.name, parameters: engine.parameters) }
    let reader = ArticleReader(inputs: args.positional, uniqueIDs: args.has("--unique-ids"))
    let encoder = ReportEncoder(evidence: args.has("--evidence"))
    let runner = CorpusRunner(engine: engine, model: chosenModel, evidence: evidence, jobs: jobs)
    let stdout = StandardOutput.shared
    var scored = 0
    var aggregate = CorpusAggregate(model: chosenModel.name)
    let aggregatesFile = try aggregatesPath.flatMap { $0 == "-" ? nil : try OutputFile(path: $0) }
    if format == "json" { stdout.write("{\"format\":\"\(ReportEncoder.format)\",\"model\":\"\(chosenModel.name)\",\"documents\":[\n") }
    if format == "csv" { stdout.write(CSVWriter(header: ReportEncoder.paragraphHeader).bytes) }
    let formatForThreads = format
    let separator: [UInt8] = [UInt8(ascii: ","), 0x0A]
    // The analysis goes back to the calling thread only when the report
    // folder or the aggregate reads it; otherwise it is freed where it was
    // made.
    let keepsAnalysis = folder != nil || aggregatesPath != nil
    // With one job, `transform` runs on the calling thread, each article's
    // right before its `handle` (`CorpusRunner.run`): a JSONL record is then
    // written straight into the output's buffer, in order, with no array
    // made for it.
    let writesInTransform = jobs == 1 && format == "jsonl"
    let recordRoom = encoder.evidence ? 32_768 : 16_384
    let parameters = engine.parameters
    /// An article's record, with its newline in JSONL.
    @Sendable func writeRecord(_ w: inout JSONWriter, _ article: Article, _ document: Document, _ analysis: Analysis) {
      encoder.record(analysis, document: document, article: article, parameters: parameters, into: &w)
      if formatForThreads == "jsonl" { w.endLine() }
    }
    /// An article's paragraph rows in CSV.
    @Sendable func csvRows(_ document: Document, _ analysis: Analysis) -> [UInt8] {
      var csv = CSVWriter()
      encoder.paragraphRows(analysis.score, document: document, into: &csv)
      return csv.bytes
    }
    if jobs > 1 && !keepsAnalysis && !args.has("--unique-ids") {
      // Several jobs: the workers get raw chunks of JSONL lines and write all
      // the records of a chunk into one buffer, which is written out whole;
      // an article is made, scored and freed on one thread.
      let chunkBytes = CorpusRunner.lineChunkBytes
      // Records run about 4.6 bytes a byte of input, 12 with evidence.
      let pieceRoom = format == nil ? 64 : (encoder.evidence ? 14 : 6) * chunkBytes + recordRoom
      runner.run(
        reading: reader, chunkBytes: chunkBytes, materialize: false,
        makeOutput: { ScoredPiece(records: RecordBuffer(capacity: pieceRoom)) },
        transform: { article, document, analysis, piece in
          switch formatForThreads {
          case "jsonl"?, "json"?:
            // In a JSON document, records after the piece's first are
            // separated here, the first by `handle`.
            if formatForThreads == "json" && piece.articles > 0 { piece.records.append(separator) }
            piece.records.writeJSON(reserve: recordRoom) { writeRecord(&$0, article, document, analysis) }
          case "csv"?: piece.records.append(csvRows(document, analysis))
          default: break
          }
          for w in document.warnings { piece.warnings.append((after: piece.records.count, warning: w)) }
          piece.articles += 1
        },
        handle: { piece in
          if format == "json" && scored > 0 && piece.articles > 0 { stdout.write(separator) }
          // Each warning after its article's record, as one article at a time.
          var written = 0
          for (after, warning) in piece.warnings {
            stdout.write(piece.records, written..<after)
            written = after
            printError(warning.description)
          }
          stdout.write(piece.records, written..<piece.records.count)
          scored += piece.articles
        })
    } else {
      runner.run(
        next: reader.next,
        // The record is written from the analysis's rows; a report folder
        // builds statements and speakers itself.
        materialize: false,
        transform: { article, document, analysis in
          let encoded: [UInt8]
          switch formatForThreads {
          case "jsonl"? where writesInTransform:
            stdout.writeJSON(reserve: recordRoom) { writeRecord(&$0, article, document, analysis) }
            encoded = []
          case "jsonl"?, "json"?:
            // Written in place into the array handed on (the record and its
            // newline in one write); most records fit.
            encoded = JSONWriter.bytes(reserve: recordRoom) { writeRecord(&$0, article, document, analysis) }
          case "csv"?: encoded = csvRows(document, analysis)
          default: encoded = []
          }
          let kept = keepsAnalysis ? CorpusRunner.Result(article: article, document: document, analysis: analysis, encoded: []) : nil
          return Scored(encoded: encoded, warnings: document.warnings, kept: kept)
        },
        handle: { (result: Scored) in
          switch format {
          case "jsonl"?: if !result.encoded.isEmpty { stdout.write(result.encoded) }
          case "json"?:
            if scored > 0 { stdout.write(separator) }
            stdout.write(result.encoded)
          case "csv"?: stdout.write(result.encoded)
          default: break
          }
          if let kept = result.kept {
            folder?.add(kept.analysis, document: kept.document, metadata: kept.article.metadata)
            // Only written with --aggregates: otherwise neither the work nor
            // the growing speaker table.
            if aggregatesPath != nil { aggregate.add(kept.analysis) }
          }
          for w in result.warnings { printError(w.description) }
          scored += 1
        })
    }
    if format == "json" { stdout.write("\n]}\n") }
    if aggregatesPath == "-" {
      stdout.write(aggregate.json())
    } else if let aggregatesFile {
      aggregatesFile.write(aggregate.json())
      try aggregatesFile.commit()
    }
    var failed = reader.diagnostics.contains { $0.severity == .error }
    for d in reader.diagnostics { printError(d.description) }
    if let folder {
      if scored > 0 {
        try folder.finish()
        printError("parley: wrote \(scored) document\(scored == 1 ? "" : "s") to \(folder.directory)/")
      } else {
        folder.abandon()
        if !failed { printError("parley: no articles to score") }
        failed = true
      }
    } else if scored == 0 && !failed {
      printError("parley: no articles to score")
      failed = true
    }
    return failed ? .usage : .success
  }
}

/// What the calling thread needs of one scored article: its encoded record,
/// its warnings, and the whole result only for a report folder or the
/// aggregate.
private struct Scored: Sendable {
  var encoded: [UInt8]
  var warnings: [Diagnostic]
  var kept: CorpusRunner.Result?
}

/// The records of one piece of input (`CorpusRunner.run(reading:…)`), in
/// one buffer, with the warnings of its articles and where they go.
private struct ScoredPiece: Sendable {
  var records: RecordBuffer
  /// Each warning with the length of the records before it.
  var warnings: [(after: Int, warning: Diagnostic)] = []
  var articles = 0
}
