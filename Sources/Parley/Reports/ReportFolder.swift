import Foundation

/// The report folder of `parley score --out DIR`: `report.json` (every
/// document with evidence and text), `report.html` (a page to read them:
/// `HTMLReport`), `paragraphs.csv`, `sentences.csv`,
/// `evidence.csv`, `statements.csv`, `speakers.csv` (one row per speaker
/// per document) and `corpus-speakers.csv` (speakers grouped across
/// documents by name). Documents stream in one at a time; every file is written
/// under a temporary name and renamed into place only by `finish()`.
public final class ReportFolder {
  public let directory: String
  private let json: OutputFile
  private let paragraphs: OutputFile
  private let sentences: OutputFile
  private let evidence: OutputFile
  private let statements: OutputFile
  private let speakers: OutputFile
  private let corpusSpeakers: OutputFile
  private let html: OutputFile
  private var page = HTMLReport()
  private var table = SpeakerTable()
  private let parameters: ModelParameters
  private var documents = 0
  private let encoder = ReportEncoder(evidence: true, text: true)
  /// Folders this report created (outermost first): `abandon()` removes
  /// them again when they are empty.
  private let createdFolders: [String]

  public init(directory: String, model: String, parameters: ModelParameters) throws(Diagnostic) {
    self.directory = directory
    self.parameters = parameters
    createdFolders = try makeFolders(directory)
    func file(_ name: String) throws(Diagnostic) -> OutputFile {
      try OutputFile(path: (directory as NSString).appendingPathComponent(name))
    }
    json = try file("report.json")
    paragraphs = try file("paragraphs.csv")
    sentences = try file("sentences.csv")
    evidence = try file("evidence.csv")
    statements = try file("statements.csv")
    speakers = try file("speakers.csv")
    corpusSpeakers = try file("corpus-speakers.csv")
    html = try file("report.html")
    html.write(HTMLReport.header(model: model))
    json.write("{\"format\":\"\(ReportEncoder.format)\",\"model\":\"\(model)\",\"documents\":[\n")
    paragraphs.write(CSVWriter(header: ReportEncoder.paragraphHeader).bytes)
    sentences.write(CSVWriter(header: ReportEncoder.sentenceHeader).bytes)
    evidence.write(CSVWriter(header: ReportEncoder.evidenceHeader).bytes)
    statements.write(CSVWriter(header: ReportEncoder.statementHeader).bytes)
    speakers.write(CSVWriter(header: ReportEncoder.speakerHeader).bytes)
  }

  /// Adds one analysed document (analysed with evidence).
  public func add(_ analysis: Analysis, document: Document, metadata: [(key: String, json: [UInt8])]) {
    // Statements and speakers are read by several tables: built once.
    var analysis = analysis
    analysis.materialize()
    let score = analysis.score
    var w = JSONWriter()
    encoder.record(analysis, document: document, metadata: metadata, parameters: parameters, into: &w)
    if documents > 0 { json.write([UInt8(ascii: ","), 0x0A]) }
    json.write(w.bytes)
    var csv = CSVWriter()
    encoder.paragraphRows(score, document: document, into: &csv)
    paragraphs.write(csv.take())
    encoder.sentenceRows(score, document: document, into: &csv)
    sentences.write(csv.take())
    encoder.evidenceRows(score, into: &csv)
    evidence.write(csv.take())
    encoder.statementRows(analysis, document: document, into: &csv)
    statements.write(csv.take())
    encoder.speakerRows(analysis.speakers, document: score.id, parameters: parameters, into: &csv)
    speakers.write(csv.take())
    for sp in analysis.speakers { table.add(sp) }
    html.write(page.section(analysis, document: document, parameters: parameters))
    documents += 1
  }

  private var files: [OutputFile] { [json, paragraphs, sentences, evidence, statements, speakers, corpusSpeakers, html] }

  /// Closes every file and renames them into place.
  public func finish() throws(Diagnostic) {
    json.write("\n]}\n")
    var csv = CSVWriter(header: ReportEncoder.corpusSpeakerHeader)
    let sorted = table.sorted
    encoder.speakerRows(sorted, document: nil, parameters: parameters, into: &csv)
    corpusSpeakers.write(csv.take())
    html.write(page.footer(sorted, parameters: parameters))
    for f in files { try f.commit() }
  }

  /// Drops everything written.
  public func abandon() {
    for f in files { f.abandon() }
    for folder in createdFolders.reversed() { rmdir(folder) }  // only succeeds when empty
  }
}

/// Creates `path` and any missing parents, like `mkdir -p`; returns the
/// folders it created, outermost first. Errors carry the system's reason.
/// (Plain string work: Foundation's path helpers trap on some short
/// relative paths on Linux.)
func makeFolders(_ path: String) throws(Diagnostic) -> [String] {
  let absolute = path.hasPrefix("/")
  let parts = path.split(separator: "/").map(String.init)
  var created: [String] = []
  var current = absolute ? "" : "."
  for part in parts {
    current += "/" + part
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: current, isDirectory: &isDirectory) {
      if !isDirectory.boolValue {
        for c in created.reversed() { rmdir(c) }
        throw .error("OUT001", "cannot create the report folder: '\(current)' is a file", file: path)
      }
      continue
    }
    if mkdir(current, 0o755) != 0 {
      let reason = String(cString: strerror(errno))
      for c in created.reversed() { rmdir(c) }
      throw .error("OUT001", "cannot create the report folder: \(reason)", file: path)
    }
    created.append(current)
  }
  return created
}
