import Foundation

/// Reads articles from the inputs of `parley score`: `.txt` files (one
/// article each), `.jsonl` files (one article a line: `{"id": …, "text": …}`),
/// directories of those (sorted, not recursive), or `-` for standard input
/// (JSONL when the first non-blank byte is `{`, else one text article).
///
/// JSONL is streamed line by line in bounded memory. Problems are reported
/// as diagnostics with file and line, and reading goes on with the next line
/// or file: nothing that can be read is lost.
public final class ArticleReader {
  private var pending: [String]
  private var current: LineReader? = nil
  private var currentPath = ""
  private var currentLine = 0
  /// Non-blank lines of the current JSONL file: none means an empty file.
  private var currentRecords = 0
  private var seenIDs: [String: String] = [:]
  /// Problems found so far.
  public private(set) var diagnostics: [Diagnostic] = []

  /// Resolves directories; missing or unusable paths become diagnostics.
  public init(inputs: [String]) {
    var files: [String] = []
    var problems: [Diagnostic] = []
    for input in inputs {
      if input == "-" { files.append("-"); continue }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
        problems.append(.error("IN001", "no such file or directory", file: input))
        continue
      }
      if isDirectory.boolValue {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? [])
          .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".jsonl") }.sorted()
        if names.isEmpty {
          problems.append(.error("IN006", "directory has no .txt or .jsonl files", file: input))
        }
        files += names.map { (input as NSString).appendingPathComponent($0) }
      } else {
        files.append(input)
      }
    }
    pending = files.reversed()
    diagnostics = problems
  }

  /// The next article, or nil when every input is read.
  public func next() -> Article? {
    while true {
      if let reader = current {
        while let line = reader.nextLine() {
          currentLine += 1
          if let article = parseJSONLine(line) { return article }
        }
        if let error = reader.error {
          diagnostics.append(.error("IN003", "read failed: \(error)", file: currentPath, line: currentLine + 1))
        }
        if currentRecords == 0 { diagnostics.append(.error("IN004", "empty file", file: currentPath)) }
        current = nil
      }
      guard let path = pending.popLast() else { return nil }
      if let article = open(path) { return article }
    }
  }

  /// Opens `path`; returns the article for a text file, or nil after
  /// setting up line reading for JSONL (or after a problem).
  private func open(_ path: String) -> Article? {
    let name = path == "-" ? "stdin" : path
    guard let reader = LineReader(path: path) else {
      diagnostics.append(.error("IN003", "cannot open (permission denied?)", file: name))
      return nil
    }
    let head = reader.peek(8192)
    if head.contains(0) {
      diagnostics.append(.error("IN005", "binary file (contains NUL bytes); expected UTF-8 text", file: name))
      return nil
    }
    let isJSONL = path.hasSuffix(".jsonl") || (path == "-" && head.first(where: { $0 > 0x20 }) == UInt8(ascii: "{"))
    if isJSONL {
      current = reader
      currentPath = name
      currentLine = 0
      currentRecords = 0
      return nil
    }
    let bytes = reader.readAll()
    if let error = reader.error {
      diagnostics.append(.error("IN003", "read failed: \(error)", file: name))
      return nil
    }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      diagnostics.append(.error("IN004", "empty file: no text to score", file: name))
      return nil
    }
    let id = path == "-" ? "stdin" : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    return Article(id: uniqueID(id, source: name), bytes: bytes, source: name)
  }

  private func parseJSONLine(_ raw: [UInt8]) -> Article? {
    // A byte-order mark before the first line is not part of the JSON.
    let line = currentLine == 1 && raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return nil }
    currentRecords += 1
    let value: JSONValue
    do {
      value = try JSONReader.parse(line)
    } catch {
      diagnostics.append(.error("IN010", "malformed JSON: \(error.message)", file: currentPath, line: currentLine, column: error.offset + 1))
      return nil
    }
    guard let members = value.members else {
      diagnostics.append(.error("IN011", "expected a JSON object per line, found \(value.typeName)", file: currentPath, line: currentLine, column: 1))
      return nil
    }
    guard let text = value["text"]?.string else {
      let found = value["text"].map { "'text' is \($0.typeName)" } ?? "no 'text' field"
      diagnostics.append(.error("IN012", "\(found); expected a string", file: currentPath, line: currentLine, column: 1))
      return nil
    }
    var id: String
    switch value["id"] {
    case .string(let s)?: id = s
    case .number(let x)?: id = formatNumber(x, digits: 6)
    case nil, .null?: id = "\((currentPath as NSString).lastPathComponent):\(currentLine)"
    case let other?:
      diagnostics.append(.error("IN013", "'id' is \(other.typeName); expected a string or number", file: currentPath, line: currentLine, column: 1))
      return nil
    }
    let metadata = members.filter { $0.key != "id" && $0.key != "text" }.map { (key: $0.key, json: Array(line[$0.raw])) }
    id = uniqueID(id, source: "\(currentPath):\(currentLine)")
    return Article(id: id, bytes: Array(text.utf8), metadata: metadata, source: "\(currentPath):\(currentLine)")
  }

  /// Ids stay unique in a run: a repeated id gets a warning and a suffix.
  private func uniqueID(_ id: String, source: String) -> String {
    guard let first = seenIDs[id] else {
      seenIDs[id] = source
      return id
    }
    var n = 2
    while seenIDs["\(id)#\(n)"] != nil { n += 1 }
    let unique = "\(id)#\(n)"
    seenIDs[unique] = source
    diagnostics.append(.warning("IN014", "duplicate id '\(id)' (first at \(first)); renamed '\(unique)'", file: source))
    return unique
  }
}

/// Reads a file or standard input in chunks and hands out lines without
/// holding the whole file: memory is bounded by the longest line.
final class LineReader {
  private let fd: Int32
  private let ownsFD: Bool
  private var buffer: [UInt8] = []
  private var position = 0
  private var atEOF = false
  private(set) var error: String? = nil
  private static let chunk = 1 << 20

  init?(path: String) {
    if path == "-" {
      fd = 0
      ownsFD = false
    } else {
      fd = Foundation.open(path, O_RDONLY)
      if fd < 0 { return nil }
      ownsFD = true
    }
  }

  deinit { if ownsFD { close(fd) } }

  /// Reads more bytes into the buffer; false at end of input.
  private func fill() -> Bool {
    if atEOF { return false }
    if position > 0 && position >= buffer.count / 2 {
      buffer.removeFirst(position)
      position = 0
    }
    let old = buffer.count
    // Appending an array (not `repeatElement` after an exact
    // `reserveCapacity`) copies in bulk and grows the buffer geometrically,
    // so a very long line is read in linear time.
    buffer += [UInt8](repeating: 0, count: Self.chunk)
    let n = buffer.withUnsafeMutableBufferPointer { p in read(fd, p.baseAddress! + old, Self.chunk) }
    if n <= 0 {
      buffer.removeLast(Self.chunk)
      if n < 0 { error = String(cString: strerror(errno)) }
      atEOF = true
      return false
    }
    buffer.removeLast(Self.chunk - n)
    return true
  }

  /// Up to `count` bytes from the current position, without consuming them.
  func peek(_ count: Int) -> ArraySlice<UInt8> {
    while buffer.count - position < count, fill() {}
    return buffer[position..<min(buffer.count, position + count)]
  }

  /// The next line without its `\n` (and `\r`), or nil at the end.
  func nextLine() -> [UInt8]? {
    var scanFrom = position
    while true {
      if let nl = buffer[scanFrom...].firstIndex(of: 0x0A) {
        var line = Array(buffer[position..<nl])
        if line.last == 0x0D { line.removeLast() }
        position = nl + 1
        return line
      }
      scanFrom = buffer.count
      let consumed = position
      if !fill() {
        if position < buffer.count {
          var line = Array(buffer[position...])
          if line.last == 0x0D { line.removeLast() }
          position = buffer.count
          return line
        }
        return nil
      }
      scanFrom -= consumed - position  // the buffer may have shifted
    }
  }

  /// Everything left.
  func readAll() -> [UInt8] {
    while fill() {}
    let rest = Array(buffer[position...])
    position = buffer.count
    return rest
  }
}
