import Foundation
import Parley

/// The benchmark corpus: articles built deterministically from the team's
/// own texts (`evaluation/fixtures/*.json`, `evaluation/examples/*.txt`),
/// never third-party text. Each article is a window of at least three
/// consecutive paragraphs of one source text, so quotes, speakers and
/// pronouns keep their context; a seeded generator picks the source and the
/// window, so the same size gives the same bytes on every run.
struct CorpusSource {
  /// Paragraphs of every source text, and the title of each.
  var texts: [(name: String, title: String, paragraphs: [String])] = []

  /// Reads the fixtures and examples under `root` (the package folder).
  init(root: String) throws {
    let fm = FileManager.default
    let fixtures = root + "/evaluation/fixtures"
    for name in try fm.contentsOfDirectory(atPath: fixtures).filter({ $0.hasSuffix(".json") }).sorted() {
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + name)))
      let value = try JSONReader.parse(bytes)
      let paragraphs = (value["paragraphs"]?.array ?? []).compactMap { $0["text"]?.string }
      if paragraphs.isEmpty { continue }
      texts.append((value["id"]?.string ?? name, value["title"]?.string ?? "", paragraphs))
    }
    let examples = root + "/evaluation/examples"
    for name in ((try? fm.contentsOfDirectory(atPath: examples)) ?? []).filter({ $0.hasSuffix(".txt") }).sorted() {
      let text = try String(contentsOfFile: examples + "/" + name, encoding: .utf8)
      var paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
      let title = paragraphs.removeFirst()
      texts.append(((name as NSString).deletingPathExtension, title, paragraphs))
    }
    if texts.isEmpty { throw BenchError("no fixtures under \(fixtures)") }
  }

  /// Writes JSONL articles to `path` until it holds at least `bytes` bytes.
  /// Returns the number of articles.
  func write(to path: String, bytes target: Int, seed: UInt64 = 2024) throws -> Int {
    guard let out = FileHandle(forWritingAtPath: path) ?? (FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil) else {
      throw BenchError("cannot write \(path)")
    }
    defer { try? out.close() }
    try out.truncate(atOffset: 0)
    var rng = SplitMix64(seed: seed)
    var written = 0
    var articles = 0
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 20)
    while written < target {
      let text = texts[rng.next(below: texts.count)]
      let length = min(text.paragraphs.count, 3 + rng.next(below: 8))
      let first = rng.next(below: text.paragraphs.count - length + 1)
      articles += 1
      var w = JSONWriter()
      w.beginObject()
      w.field("id", "bench-\(articles)")
      w.field("source", text.name)
      w.field("title", text.title)
      w.field("text", text.paragraphs[first..<(first + length)].joined(separator: "\n\n"))
      w.endObject()
      buffer += w.bytes
      buffer.append(0x0A)
      written += w.bytes.count + 1
      if buffer.count >= 1 << 20 {
        try out.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    try out.write(contentsOf: buffer)
    return articles
  }
}

/// Converts a TSV file (`id<TAB>…<TAB>text`, no header; the first column is
/// the id, the last the text, columns between become metadata `c2`, `c3`…)
/// to JSONL. Returns the number of articles.
func convertTSV(_ path: String, to output: String) throws -> Int {
  let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  var out: [UInt8] = []
  out.reserveCapacity(bytes.count + bytes.count / 4)
  var count = 0
  for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
    var fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    if fields.last?.hasSuffix("\r") == true { fields[fields.count - 1].removeLast() }
    guard let text = fields.last, !text.isEmpty else { continue }
    count += 1
    var w = JSONWriter()
    w.beginObject()
    w.field("id", fields.count > 1 ? fields[0] : "line-\(count)")
    if fields.count > 2 {
      for (i, f) in fields[1..<(fields.count - 1)].enumerated() { w.field("c\(i + 2)", f) }
    }
    w.field("text", text)
    w.endObject()
    out += w.bytes
    out.append(0x0A)
  }
  try Data(out).write(to: URL(fileURLWithPath: output))
  return count
}

/// Every sentence of a JSONL corpus, one a line (newlines inside a sentence
/// become spaces), as Parley segments them: the input for VADER, which
/// scores sentence by sentence. Returns (articles, sentences).
func writeSentences(of corpus: String, to output: String) throws -> (articles: Int, sentences: Int) {
  let engine = try Engine.builtin()
  let reader = ArticleReader(inputs: [corpus])
  var out: [UInt8] = []
  var articles = 0
  var sentences = 0
  while let article = reader.next() {
    articles += 1
    let document = engine.read(id: article.id, bytes: article.bytes)
    for s in document.sentences {
      for b in document.text[s.span.start..<s.span.end] { out.append(b == 0x0A || b == 0x0D ? 0x20 : b) }
      out.append(0x0A)
      sentences += 1
    }
  }
  try Data(out).write(to: URL(fileURLWithPath: output))
  return (articles, sentences)
}

/// The library's seeded generator (SplitMix64): the same corpus on every
/// platform.
typealias SplitMix64 = SeededRandom

extension SeededRandom {
  mutating func next(below n: Int) -> Int { nextIndex(below: n) }
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ d: String) { description = d }
}
