import Foundation

/// Reads articles from the inputs of `parley score`: `.txt` files (one
/// article each), `.jsonl` files (one article a line: `{"id": …, "text": …}`),
/// directories of those (sorted, not recursive), or `-` for standard input
/// (JSONL when the first non-blank byte is `{`, else one text article).
///
/// JSONL is streamed line by line in bounded memory. Problems are reported
/// as diagnostics with file and line, and reading goes on with the next line
/// or file: nothing that can be read is lost.
///
/// Ids pass through as read: a repeated id stays repeated, and nothing is
/// remembered from one article to the next, so memory does not grow with
/// the number of articles. With `uniqueIDs`, every id is remembered (about
/// 36 bytes per article) and a repeat is renamed `id#2`, `id#3`, … with a
/// warning (`IN014`).
public final class ArticleReader {
  private var pending: [String]
  private var current: LineReader? = nil
  private var currentPath = ""
  /// The JSONL file being read, as its articles and diagnostics name it.
  private var currentFile = JSONLFile(name: "")
  private var currentLine = 0
  /// Non-blank lines of the current JSONL file (read in pieces, 1 once one
  /// is seen): none means an empty file.
  private var currentRecords = 0
  private var seenIDs = SeenIDs()
  /// Whether repeated ids are renamed (`init(inputs:uniqueIDs:)`).
  private let uniqueIDs: Bool
  /// Names of the files read so far (`SeenIDs` keeps a number into this).
  private var sourceNames: [String] = []
  /// Reads the lines of `next()`.
  private var parser = JSONLLineParser()
  /// Lines are read by `JSONLRecord` first; off, every line goes through
  /// `JSONReader.parseRecord` (the reference the tests compare with).
  var readsRecordsFast: Bool {
    get { parser.readsRecordsFast }
    set { parser.readsRecordsFast = newValue }
  }
  /// Problems found so far.
  public private(set) var diagnostics: [Diagnostic] = []
  /// Problems of lines parsed elsewhere put into `diagnostics` so far
  /// (`insertLineProblems(_:at:)`).
  private var insertedProblems = 0

  /// Resolves directories; missing or unusable paths become diagnostics.
  /// With `uniqueIDs`, ids stay unique in the run: every id is remembered
  /// and a repeat is renamed with a warning (`IN014`); without it (the
  /// default) ids pass through unchanged and memory stays flat.
  public init(inputs: [String], uniqueIDs: Bool = false) {
    self.uniqueIDs = uniqueIDs
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
        // Each line is parsed where it lies in the reader's buffer.
        while let parsed = reader.withNextLine({ line -> Article? in
          currentLine += 1
          return parseJSONLine(line)
        }) {
          if let article = parsed { return article }
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

  /// The next piece of input and the count of the reader's own
  /// diagnostics so far, for `CorpusRunner.run(reading:…)`: a text file's
  /// article, or the next whole lines of a JSONL file (about `chunkBytes`
  /// of them, or one longer line), unparsed. The caller parses the lines
  /// (`JSONLLineParser`, in any thread) and hands their problems back in
  /// input order (`insertLineProblems(_:at:)`), so that `diagnostics` ends
  /// as `next()` leaves it. With `uniqueIDs` every piece is one article
  /// read by `next()` (renaming repeats needs every id before it).
  func nextPiece(chunkBytes: Int) -> (piece: InputPiece, mark: Int)? {
    if uniqueIDs { return next().map { (.article($0), diagnostics.count) } }
    while true {
      if let reader = current {
        if let chunk = reader.withNextLines(upTo: chunkBytes, { lines in takeLines(lines) }) {
          return (.lines(chunk), diagnostics.count - insertedProblems)
        }
        if let error = reader.error {
          diagnostics.append(.error("IN003", "read failed: \(error)", file: currentPath, line: currentLine + 1))
        }
        if currentRecords == 0 { diagnostics.append(.error("IN004", "empty file", file: currentPath)) }
        current = nil
      }
      guard let path = pending.popLast() else { return nil }
      if let article = open(path) { return (.article(article), diagnostics.count - insertedProblems) }
    }
  }

  /// Puts the problems found in the lines of a piece from `nextPiece`
  /// where `next()` would have put them; `mark` is the piece's. Pieces
  /// must come back in the order they were read.
  func insertLineProblems(_ problems: [Diagnostic], at mark: Int) {
    guard !problems.isEmpty else { return }
    diagnostics.insert(contentsOf: problems, at: mark + insertedProblems)
    insertedProblems += problems.count
  }

  /// The chunk of `lines`, the next of the current file: counts its lines
  /// and, until one is found, looks for a record (a line that is not blank).
  private func takeLines(_ lines: UnsafeBufferPointer<UInt8>) -> LineChunk {
    let first = currentLine + 1
    var count = 0
    if let base = lines.baseAddress {
      var at = 0
      while at < lines.count, let hit = memchr(base + at, 0x0A, lines.count - at) {
        count += 1
        at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
      }
      if at < lines.count { count += 1 }
    }
    currentLine += count
    if currentRecords == 0 {
      // What `parseJSONLine` counts: a line with a byte other than a space,
      // tab or carriage return, after the first line's byte-order mark.
      let skip = first == 1 && lines.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      if lines.dropFirst(skip).contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 && $0 != 0x0A }) { currentRecords = 1 }
    }
    return LineChunk(bytes: Array(lines), firstLine: first, file: currentFile)
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
      currentFile = JSONLFile(name: name)
      sourceNames.append(name)
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
    sourceNames.append(name)
    return Article(id: uniqueID(id, file: sourceNames.count - 1, line: 0, source: name), bytes: bytes, source: name)
  }

  private func parseJSONLine(_ raw: UnsafeBufferPointer<UInt8>) -> Article? {
    switch parser.parse(raw, line: currentLine, of: currentFile) {
    case .blank: return nil
    case .problem(let problem):
      currentRecords += 1
      diagnostics.append(problem)
      return nil
    case .article(let article):
      currentRecords += 1
      // (Renamed in a copy only with `uniqueIDs`: returned as bound, the
      // article is not copied out of the case.)
      guard uniqueIDs else { return article }
      var renamed = article
      renamed.id = uniqueID(article.id, file: sourceNames.count - 1, line: currentLine, source: article.source)
      return renamed
    }
  }

  /// With `uniqueIDs`, ids stay unique in a run: a repeated id gets a
  /// warning and a suffix; without, `id` as it is. `source` is where it is
  /// now: file number `file` (into `sourceNames`) and `line` (0 for a whole
  /// file).
  private func uniqueID(_ id: String, file: Int, line: Int, source: String) -> String {
    guard uniqueIDs else { return id }
    guard let first = seenIDs.insert(id, file: file, line: line) else { return id }
    var n = 2
    while seenIDs.contains("\(id)#\(n)") { n += 1 }
    let unique = "\(id)#\(n)"
    _ = seenIDs.insert(unique, file: file, line: line)
    let firstSource = first.line == 0 ? sourceNames[first.file] : "\(sourceNames[first.file]):\(first.line)"
    diagnostics.append(.warning("IN014", "duplicate id '\(id)' (first at \(firstSource)); renamed '\(unique)'", file: source))
    return unique
  }
}

/// The ids seen in a run, each with where it was first seen, in compact
/// form: one record per id (the id's length, its bytes, its file number and
/// line, as variable-length integers) in fixed-size blocks of bytes, and an
/// open-addressing table of record positions. About 25 bytes per article
/// with ids of a dozen bytes, and growing block by block, never by copying
/// everything into a buffer twice the size (a `[String: String]` of ids and
/// "path:line" sources takes about 90). A run must remember every id to
/// rename repeats, so this is the one part of a streamed run that grows with
/// the number of articles; it is used only with `--unique-ids`.
struct SeenIDs {
  private static let blockSize = 1 << 20
  /// Records; a record never spans two blocks.
  private var blocks: [[UInt8]] = []
  /// Record positions, `block << 32 | offset`; -1 for empty. At most three
  /// quarters full.
  private var slots = [Int64](repeating: -1, count: 1024)
  private var count = 0

  /// Adds `id` first seen at `file`, `line`; if it was seen before, returns
  /// where (and adds nothing).
  mutating func insert(_ id: String, file: Int, line: Int) -> (file: Int, line: Int)? {
    var id = id
    return id.withUTF8 { key in
      var slot = Int(truncatingIfNeeded: Self.hash(key)) & (slots.count - 1)
      while slots[slot] >= 0 {
        let position = slots[slot]
        let block = Int(position >> 32)
        if var at = match(block, Int(position & 0xFFFF_FFFF), key) {
          let f = Self.readVarint(blocks[block], &at)
          let l = Self.readVarint(blocks[block], &at)
          return (f, l)
        }
        slot = (slot + 1) & (slots.count - 1)
      }
      var record: [UInt8] = []
      record.reserveCapacity(key.count + 16)
      Self.appendVarint(key.count, to: &record)
      record.append(contentsOf: key)
      Self.appendVarint(file, to: &record)
      Self.appendVarint(line, to: &record)
      if blocks.isEmpty || blocks[blocks.count - 1].count + record.count > max(Self.blockSize, record.count) {
        var block: [UInt8] = []
        block.reserveCapacity(max(Self.blockSize, record.count))
        blocks.append(block)
      }
      let b = blocks.count - 1
      slots[slot] = Int64(b) << 32 | Int64(blocks[b].count)
      blocks[b].append(contentsOf: record)
      count += 1
      if count * 4 > slots.count * 3 { grow() }
      return nil
    }
  }

  func contains(_ id: String) -> Bool {
    var id = id
    return id.withUTF8 { key in
      var slot = Int(truncatingIfNeeded: Self.hash(key)) & (slots.count - 1)
      while slots[slot] >= 0 {
        let position = slots[slot]
        if match(Int(position >> 32), Int(position & 0xFFFF_FFFF), key) != nil { return true }
        slot = (slot + 1) & (slots.count - 1)
      }
      return false
    }
  }

  /// If the record at `offset` of `block` is `key`, where its file number
  /// starts.
  private func match(_ block: Int, _ offset: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int? {
    blocks[block].withUnsafeBufferPointer { a -> Int? in
      var at = offset
      let length = Self.readVarint(a, &at)
      guard length == key.count else { return nil }
      let same = key.isEmpty || memcmp(a.baseAddress! + at, key.baseAddress!, key.count) == 0
      return same ? at + length : nil
    }
  }

  private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in key { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h ^ (h >> 29)
  }

  private static func appendVarint(_ value: Int, to out: inout [UInt8]) {
    var v = UInt64(value)
    while v >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    out.append(UInt8(v))
  }

  private static func readVarint<C: RandomAccessCollection>(_ bytes: C, _ at: inout Int) -> Int where C.Element == UInt8, C.Index == Int {
    var v: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let b = bytes[at]
      at += 1
      v |= UInt64(b & 0x7F) << shift
      if b < 0x80 { return Int(v) }
      shift += 7
    }
  }

  private mutating func grow() {
    let old = slots
    slots = [Int64](repeating: -1, count: old.count * 2)
    let mask = slots.count - 1
    for position in old where position >= 0 {
      let block = Int(position >> 32)
      var at = Int(position & 0xFFFF_FFFF)
      let h = blocks[block].withUnsafeBufferPointer { a -> UInt64 in
        let length = Self.readVarint(a, &at)
        return Self.hash(UnsafeBufferPointer(rebasing: a[at..<(at + length)]))
      }
      var slot = Int(truncatingIfNeeded: h) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = position
    }
  }
}

/// Reads a file or standard input in chunks and hands out lines without
/// holding the whole file: memory is bounded by the longest line.
final class LineReader {
  private let fd: Int32
  private let ownsFD: Bool
  /// The bytes read and not yet handed out are `storage[position..<count]`;
  /// `read` writes straight after them (no scratch block to copy from).
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var count = 0
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
    // Allocated last: a failed init has nothing to free.
    capacity = Self.chunk
    storage = .allocate(capacity: capacity)
  }

  deinit {
    if ownsFD { close(fd) }
    storage.deallocate()
  }

  /// Reads more bytes after those held; false at end of input.
  private func fill() -> Bool {
    if atEOF { return false }
    if position > 0 && position >= count / 2 {
      // What is left moves to the front (the regions may overlap).
      memmove(storage, storage + position, count - position)
      count -= position
      position = 0
    }
    if capacity - count < Self.chunk {
      // Doubling: a very long line is still read in linear time.
      var size = capacity * 2
      while size - count < Self.chunk { size *= 2 }
      let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
      bigger.update(from: storage, count: count)
      storage.deallocate()
      storage = bigger
      capacity = size
    }
    let n = read(fd, storage + count, Self.chunk)
    if n <= 0 {
      if n < 0 { error = String(cString: strerror(errno)) }
      atEOF = true
      return false
    }
    count += n
    return true
  }

  /// Up to `count` bytes from the current position, without consuming them.
  func peek(_ wanted: Int) -> [UInt8] {
    while count - position < wanted, fill() {}
    return Array(UnsafeBufferPointer(start: storage + position, count: min(count - position, wanted)))
  }

  /// The next line without its `\n` (and `\r`), or nil at the end.
  func nextLine() -> [UInt8]? {
    withNextLine { Array($0) }
  }

  /// `body` of the next line without its `\n` (and `\r`), read in place
  /// (the bytes are the reader's, valid during the call), or nil at the end.
  func withNextLine<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
    var scanFrom = position
    while true {
      if let nl = newline(from: scanFrom) {
        let start = position
        position = nl + 1
        return line(start..<nl, body)
      }
      scanFrom = count
      let consumed = position
      if !fill() {
        if position < count {
          let start = position
          position = count
          return line(start..<count, body)
        }
        return nil
      }
      scanFrom -= consumed - position  // the bytes may have moved to the front
    }
  }

  /// `body` of the next whole lines, newlines included, read in place (the
  /// bytes are the reader's, valid during the call), or nil at the end:
  /// the lines that end in the next `wanted` bytes, or, if none does, the
  /// one line that starts there; at the end of the input, all that is left
  /// when it is at most `wanted` bytes.
  func withNextLines<R>(upTo wanted: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
    while count - position < wanted, fill() {}
    if position == count { return nil }
    var end: Int
    if atEOF && count - position <= wanted {
      end = count
    } else {
      end = position + wanted
      while end > position, storage[end - 1] != 0x0A { end -= 1 }
      if end == position {
        // A line longer than `wanted`: through its newline or the end.
        var scanFrom = position + wanted
        while true {
          if let nl = newline(from: scanFrom) {
            end = nl + 1
            break
          }
          scanFrom = count
          let consumed = position
          if !fill() {
            end = count
            break
          }
          scanFrom -= consumed - position  // the bytes may have moved to the front
        }
      }
    }
    let start = position
    position = end
    return body(UnsafeBufferPointer(start: storage + start, count: end - start))
  }

  /// `body` of `storage[range]` without a final `\r`.
  private func line<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var end = range.upperBound
    if end > range.lowerBound, storage[end - 1] == 0x0D { end -= 1 }
    return body(UnsafeBufferPointer(start: storage + range.lowerBound, count: end - range.lowerBound))
  }

  /// Index of the first `\n` at or after `start`, if any.
  private func newline(from start: Int) -> Int? {
    guard start < count, let hit = memchr(storage + start, 0x0A, count - start) else { return nil }
    return storage.distance(to: hit.assumingMemoryBound(to: UInt8.self))
  }

  /// Everything left.
  func readAll() -> [UInt8] {
    while fill() {}
    let rest = Array(UnsafeBufferPointer(start: storage + position, count: count - position))
    position = count
    return rest
  }
}
