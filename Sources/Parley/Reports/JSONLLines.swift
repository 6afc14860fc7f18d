import Foundation

/// The JSONL file a line comes from, as its lines' articles and diagnostics
/// name it. (A class: handed to the parser with every line, one reference
/// is retained, not its three strings.)
final class JSONLFile: Sendable {
  /// The path as given (`stdin` for standard input): diagnostics' file.
  let name: String
  /// `name` and a colon: the start of every article's source.
  let sourcePrefix: String
  /// The last path component: a line without an id is `baseName:line`.
  let baseName: String

  init(name: String) {
    self.name = name
    sourcePrefix = name + ":"
    baseName = (name as NSString).lastPathComponent
  }
}

/// What one JSONL line holds.
enum JSONLLine {
  /// Only spaces, tabs and carriage returns: no record, no problem.
  case blank
  case article(Article)
  /// A record that cannot be read (IN010 to IN013).
  case problem(Diagnostic)
}

/// Turns JSONL lines into articles, with the scratch space and key strings
/// kept from line to line: one per thread (the reader's, or a worker's when
/// `CorpusRunner` hands workers whole lines).
///
/// A line is read by `JSONLRecord` first; what it does not take goes
/// through `JSONReader.parseRecord`, which says what is wrong.
struct JSONLLineParser {
  /// Room for one line's strings, unescaped (`JSONLRecord`).
  private var scratch: [UInt8] = []
  /// The JSONL keys made into strings so far.
  private var keys = KeyStrings()
  /// The members of the line read last other than `id` and `text`.
  private var members: [(key: String, raw: Range<Int>)] = []
  /// Lines are read by `JSONLRecord` first; off, every line goes through
  /// `JSONReader.parseRecord` (the reference the tests compare with).
  var readsRecordsFast = true

  /// Line number `line` (from 1) of `file`, without its newline and final
  /// carriage return. The article's id is as written (no renaming of
  /// repeats: that is the reader's).
  mutating func parse(_ raw: UnsafeBufferPointer<UInt8>, line number: Int, of file: JSONLFile) -> JSONLLine {
    // A byte-order mark before the first line is not part of the JSON.
    let line = number == 1 && raw.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: raw.dropFirst(3)) : raw
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return .blank }
    if readsRecordsFast, let record = fastRecord(line) { return .article(article(record, line: line, number: number, of: file)) }
    let value: JSONValue
    let textBytes: [UInt8]?
    do {
      (value, textBytes) = try JSONReader.parseRecord(line)
    } catch {
      return .problem(.error("IN010", "malformed JSON: \(error.message)", file: file.name, line: number, column: error.offset + 1))
    }
    guard let members = value.members else {
      return .problem(.error("IN011", "expected a JSON object per line, found \(value.typeName)", file: file.name, line: number, column: 1))
    }
    guard let text = textBytes else {
      let found = value["text"].map { "'text' is \($0.typeName)" } ?? "no 'text' field"
      return .problem(.error("IN012", "\(found); expected a string", file: file.name, line: number, column: 1))
    }
    let id: String
    switch value["id"] {
    case .string(let s)?: id = s
    case .number(let x)?: id = formatNumber(x, digits: 6)
    case nil, .null?: id = "\(file.baseName):\(number)"
    case let other?:
      return .problem(.error("IN013", "'id' is \(other.typeName); expected a string or number", file: file.name, line: number, column: 1))
    }
    var metadata: [(key: String, json: [UInt8])] = []
    metadata.reserveCapacity(members.count)
    for m in members where m.key != "id" && m.key != "text" { metadata.append((key: m.key, json: Array(UnsafeBufferPointer(rebasing: line[m.raw])))) }
    var article = Article(id: id, bytes: text, metadata: MetadataBytes(metadata), sourcePrefix: file.sourcePrefix, line: number)
    // `JSONReader.stringBytes` checked the text.
    article.isValidUTF8 = true
    return .article(article)
  }

  /// `line` read by `JSONLRecord`, or nil when it takes the full reader.
  private mutating func fastRecord(_ line: UnsafeBufferPointer<UInt8>) -> JSONLRecord? {
    if scratch.count < line.count { scratch = [UInt8](repeating: 0, count: max(line.count, 2 * scratch.count)) }
    return scratch.withUnsafeMutableBufferPointer { JSONLRecord.read(line, scratch: $0.baseAddress!, keys: &keys, metadata: &members) }
  }

  /// The article of a record read by `JSONLRecord`: what the rest of
  /// `parse` makes of the same line.
  private mutating func article(_ record: JSONLRecord, line: UnsafeBufferPointer<UInt8>, number: Int, of file: JSONLFile) -> Article {
    let id = record.id ?? "\(file.baseName):\(number)"
    // (The scratch is free again: the record's strings are copied out.)
    let metadata = MetadataBytes(members: members, line: line, scratch: &scratch)
    var article = Article(id: id, bytes: record.text, metadata: metadata, sourcePrefix: file.sourcePrefix, line: number)
    article.isValidUTF8 = true
    return article
  }
}

/// Whole lines of one JSONL file, handed to a worker to parse
/// (`ArticleReader.nextPiece`): the bytes from the start of line
/// `firstLine` through the newline of the last (or the end of the file).
struct LineChunk: Sendable {
  var bytes: [UInt8]
  var firstLine: Int
  var file: JSONLFile

  /// Calls `body` with each line (without its newline and final carriage
  /// return) and its number, as `LineReader` hands them out.
  func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
    bytes.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return }
      var start = 0
      var number = firstLine
      while start < all.count {
        var end = all.count
        if let hit = memchr(base + start, 0x0A, all.count - start) {
          end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        var stop = end
        if stop > start, base[stop - 1] == 0x0D { stop -= 1 }
        body(UnsafeBufferPointer(start: base + start, count: stop - start), number)
        start = end + 1
        number += 1
      }
    }
  }
}

/// One piece of input: an article read whole (a text file), or whole lines
/// of a JSONL file for a worker to parse.
enum InputPiece: Sendable {
  case article(Article)
  case lines(LineChunk)
}
