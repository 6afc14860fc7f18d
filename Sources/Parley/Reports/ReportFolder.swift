import Foundation

/// The report folder of `parley score --out DIR`: `report.json` (every
/// document with evidence and text), `paragraphs.csv`, `sentences.csv` and
/// `evidence.csv`. Documents stream in one at a time; every file is written
/// under a temporary name and renamed into place only by `finish()`.
public final class ReportFolder {
  public let directory: String
  private let json: OutputFile
  private let paragraphs: OutputFile
  private let sentences: OutputFile
  private let evidence: OutputFile
  private var documents = 0
  private let encoder = ReportEncoder(evidence: true, text: true)

  public init(directory: String, model: String) throws(Diagnostic) {
    self.directory = directory
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw .error("OUT001", "cannot create the report folder: \((error as NSError).localizedDescription)", file: directory)
    }
    func file(_ name: String) throws(Diagnostic) -> OutputFile {
      try OutputFile(path: (directory as NSString).appendingPathComponent(name))
    }
    json = try file("report.json")
    paragraphs = try file("paragraphs.csv")
    sentences = try file("sentences.csv")
    evidence = try file("evidence.csv")
    json.write("{\"format\":\"\(ReportEncoder.format)\",\"model\":\"\(model)\",\"documents\":[\n")
    paragraphs.write(CSVWriter(header: ReportEncoder.paragraphHeader).bytes)
    sentences.write(CSVWriter(header: ReportEncoder.sentenceHeader).bytes)
    evidence.write(CSVWriter(header: ReportEncoder.evidenceHeader).bytes)
  }

  /// Adds one scored document (scored with evidence).
  public func add(_ score: DocumentScore, document: Document, metadata: [(key: String, json: [UInt8])]) {
    var w = JSONWriter()
    encoder.record(score, document: document, metadata: metadata, into: &w)
    if documents > 0 { json.write([UInt8(ascii: ","), 0x0A]) }
    json.write(w.bytes)
    var csv = CSVWriter()
    encoder.paragraphRows(score, document: document, into: &csv)
    paragraphs.write(csv.take())
    encoder.sentenceRows(score, document: document, into: &csv)
    sentences.write(csv.take())
    encoder.evidenceRows(score, into: &csv)
    evidence.write(csv.take())
    documents += 1
  }

  /// Closes every file and renames them into place.
  public func finish() throws(Diagnostic) {
    json.write("\n]}\n")
    for f in [json, paragraphs, sentences, evidence] { try f.commit() }
  }

  /// Drops everything written.
  public func abandon() {
    for f in [json, paragraphs, sentences, evidence] { f.abandon() }
  }
}
