import Foundation

/// A sentence: a run of tokens inside one paragraph.
public struct Sentence: Sendable, Hashable {
  /// Byte span from its first to its last token.
  public var span: Span
  /// Indices into `Document.tokens`.
  public var tokens: Range<Int>
  /// Index of the paragraph it belongs to.
  public var paragraph: Int
}

/// A paragraph: a block of text between blank lines, or one line of such a
/// block when its lines are not hard-wrapped prose (scraped pages put one
/// paragraph on each line).
public struct Paragraph: Sendable, Hashable {
  /// Byte span of the paragraph, without surrounding whitespace.
  public var span: Span
  /// Indices into `Document.sentences`.
  public var sentences: Range<Int>
  /// Indices into `Document.tokens`.
  public var tokens: Range<Int>
}

/// An article as Parley reads it: its UTF-8 text, owned once, and the
/// paragraphs, sentences and tokens that index into it by byte offset.
public struct Document: Sendable {
  /// Identifier: the file name without extension, a JSONL `id`, or `stdin`.
  public var id: String
  /// The text as valid UTF-8 (invalid input is repaired with U+FFFD and a
  /// warning).
  public let text: [UInt8]
  public private(set) var tokens: [Token] = []
  public private(set) var sentences: [Sentence] = []
  public private(set) var paragraphs: [Paragraph] = []
  /// Problems found while reading the text (never fatal).
  public var warnings: [Diagnostic] = []

  /// Reads `bytes` as an article: repairs invalid UTF-8, splits paragraphs,
  /// tokenizes and segments sentences.
  public init(id: String, bytes: [UInt8], segmenter: Segmenter = Segmenter(), source: String? = nil) {
    self.init(id: id, bytes: bytes, segmenter: segmenter, source: source, knownValidUTF8: false)
  }

  /// `init(id:bytes:segmenter:source:)`; with `knownValidUTF8` the bytes
  /// were already checked (`Article.isValidUTF8`) and are not checked again.
  init(id: String, bytes: [UInt8], segmenter: Segmenter, source: String?, knownValidUTF8: Bool) {
    var buffers = DocumentBuffers(keepsRoom: false)
    self.init(id: id, bytes: bytes, segmenter: segmenter, source: source, knownValidUTF8: knownValidUTF8, buffers: &buffers)
  }

  /// `init(id:bytes:segmenter:source:knownValidUTF8:)` with a worker's
  /// `buffers` (kept from document to document) for the lists that reading
  /// fills on the way. The same document, byte for byte; it takes nothing
  /// of the buffers. `source` is read only for a warning (an article's is
  /// put together when read, `Article.source`).
  init(id: String, bytes: [UInt8], segmenter: Segmenter, source: @autoclosure () -> String?, knownValidUTF8: Bool, buffers: inout DocumentBuffers) {
    self.id = id
    if !knownValidUTF8, let bad = Self.firstInvalidUTF8(bytes) {
      let (line, column) = lineAndColumn(of: bad, in: bytes)
      self.warnings = [.warning("TXT001", "invalid UTF-8 at byte offset \(bad); replaced with U+FFFD", file: source() ?? id, line: line, column: column)]
      self.text = Array(String(decoding: bytes, as: UTF8.self).utf8)
    } else {
      self.text = bytes
    }
    analyze(segmenter, buffers: &buffers)
  }

  public init(id: String, text: String, segmenter: Segmenter = Segmenter()) {
    self.init(id: id, bytes: Array(text.utf8), segmenter: segmenter)
  }

  /// Texts up to this many bytes are tokenized in place, into an array with
  /// room for a token per `inPlaceBytesPerToken` bytes; longer ones through
  /// a chunk, into an array grown as needed.
  static let inPlaceLimit = 1 << 16

  /// The in-place array's room: a token per this many bytes of text (and
  /// 64 more). News prose takes about six bytes a token, so the array is
  /// kept as made (at most twice the tokens' size); a paragraph is written
  /// in place while the room left holds a token for each of its bytes,
  /// and from the first that it does not, through a chunk.
  static let inPlaceBytesPerToken = 3

  /// Tokenizes and segments the text; the sentence-end list, paragraph
  /// blocks and lines are `buffers`'s (their capacity kept for the next
  /// document). `buffers.plainText` is left holding the text when no
  /// paragraph has a byte that a JSON string escapes, else nil.
  private mutating func analyze(_ segmenter: Segmenter, buffers: inout DocumentBuffers) {
    var tokens: [Token] = []
    if text.count > Self.inPlaceLimit { tokens.reserveCapacity(text.count / 5) }
    // News sentences average some 40 bytes: room for most articles' at
    // once, instead of growing the array (and copying it) five times
    // (the last document's array when it has the room).
    var sentences = DocumentBuffers.reuse(&buffers.spareSentences, for: text.count / 32 + 4)
    var paragraphs: [Paragraph] = []
    // The tokens that may end a sentence, paragraph after paragraph (one
    // for most sentences, and words ending in a period): written by the
    // tokenizer into this array's memory, with room for a token a byte
    // (`SentenceEndList`), when the text is tokenized in place.
    var sentenceEnds: [Int32] = []
    var blocks: [Span] = []
    var room: [Token] = []
    swap(&sentenceEnds, &buffers.sentenceEnds)
    swap(&blocks, &buffers.blocks)
    swap(&room, &buffers.room)
    defer {
      swap(&sentenceEnds, &buffers.sentenceEnds)
      swap(&blocks, &buffers.blocks)
      swap(&room, &buffers.room)
    }
    // (Fetched once: a global's every read checks that it is made.)
    let table = ByteClass.table
    // Set by the tokenizer, in place, for a byte a JSON string escapes.
    var escapes = false
    defer { buffers.plainText = escapes ? nil : text }
    text.withUnsafeBufferPointer { p in
      Self.paragraphSpans(p, into: &blocks, lines: &buffers.lines)
      paragraphs = DocumentBuffers.reuse(&buffers.spareParagraphs, for: blocks.count)
      // The blocks from here on go through a chunk.
      var chunked = 0
      // (`escapes` is known only when every block went in place.)
      defer { if chunked != blocks.count { escapes = true } }
      // Room for a sentence end a byte (a worker's grows, and is kept).
      if p.count <= Self.inPlaceLimit && sentenceEnds.count < p.count + 16 {
        sentenceEnds = buffers.keepsRoom ? DocumentBuffers.endRoom(for: p.count) : [Int32](repeating: 0, count: p.count + 16)
      }
      if p.count <= Self.inPlaceLimit && buffers.keepsRoom {
        // A worker's room has a token for every byte: every block fits,
        // and the tokens are then copied into an array of their size.
        if room.count < p.count + 64 { room = DocumentBuffers.room(for: p.count) }
        room.withUnsafeMutableBufferPointer { buffer in
          var count = 0
          table.withUnsafeBufferPointer { table in
            sentenceEnds.withUnsafeMutableBufferPointer { store in
              var ends = SentenceEndList(base: store.baseAddress.unsafelyUnwrapped, room: store.count)
              chunked = Self.tokenizeInPlace(p, blocks: blocks, table: table, segmenter: segmenter, buffer: buffer, count: &count, sentences: &sentences, paragraphs: &paragraphs, ends: &ends, escapes: &escapes)
            }
          }
          tokens = Array(UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
        return
      }
      if p.count <= Self.inPlaceLimit {
        tokens = [Token](unsafeUninitializedCapacity: p.count / Self.inPlaceBytesPerToken + 64) { buffer, count in
          table.withUnsafeBufferPointer { table in
            sentenceEnds.withUnsafeMutableBufferPointer { store in
              var ends = SentenceEndList(base: store.baseAddress.unsafelyUnwrapped, room: store.count)
              chunked = Self.tokenizeInPlace(p, blocks: blocks, table: table, segmenter: segmenter, buffer: buffer, count: &count, sentences: &sentences, paragraphs: &paragraphs, ends: &ends, escapes: &escapes)
            }
          }
        }
        if chunked == blocks.count { return }
      }
      // One chunk buffer for the tokenizer, for every paragraph left, and
      // each paragraph's sentence ends in an array.
      var blockEnds: [Int32] = []
      withUnsafeTemporaryAllocation(of: Token.self, capacity: max(1, min(p.count, Tokenizer.chunkSize))) { chunk in
        for block in blocks[chunked...] {
          let firstToken = tokens.count
          blockEnds.removeAll(keepingCapacity: true)
          Tokenizer.tokenize(p, range: block.start..<block.end, chunk: chunk, into: &tokens, sentenceEnds: &blockEnds)
          let tokenRange = firstToken..<tokens.count
          if tokenRange.isEmpty { continue }
          let firstSentence = sentences.count
          segmenter.sentences(p, tokens: tokens, range: tokenRange, sentenceEnds: blockEnds, paragraph: paragraphs.count, into: &sentences)
          paragraphs.append(Paragraph(span: block, sentences: firstSentence..<sentences.count, tokens: tokenRange))
        }
      }
    }
    // A document that is kept (by a library caller, a report folder) holds
    // its tokens at about their size: an array with much more room (text
    // of long words, or an array grown through the chunk) is copied.
    if tokens.capacity > 2 * tokens.count + 64 {
      tokens = tokens.withUnsafeBufferPointer { written in
        [Token](unsafeUninitializedCapacity: written.count) { buffer, count in
          _ = buffer.initialize(fromContentsOf: written)
          count = written.count
        }
      }
    }
    self.tokens = tokens
    self.sentences = sentences
    self.paragraphs = paragraphs
  }

  /// Tokenizes and segments `blocks` in order into `buffer` from
  /// `buffer[count]` on, while the room left holds a token for each of a
  /// block's bytes; returns the index of the first block that it does not
  /// hold (or `blocks.count`). `ends` is kept across blocks (with room for
  /// an end a byte of the text); `escapes` is set when a block tokenized
  /// holds a byte that a JSON string escapes.
  private static func tokenizeInPlace(
    _ p: UnsafeBufferPointer<UInt8>, blocks: [Span], table: UnsafeBufferPointer<UInt8>, segmenter: Segmenter,
    buffer: UnsafeMutableBufferPointer<Token>, count: inout Int,
    sentences: inout [Sentence], paragraphs: inout [Paragraph], ends: inout SentenceEndList, escapes: inout Bool
  ) -> Int {
    // (The tokenizer's flush array: never written here, one for all blocks.)
    var unused: [Token] = []
    for (index, block) in blocks.enumerated() {
      // The tokenizer writes in place where it has room for a token a byte.
      if buffer.count - count <= block.length { return index }
      let firstToken = count
      let firstEnd = ends.count
      count += Tokenizer.tokenize(p, range: block.start..<block.end, table: table, buffer: buffer, first: count, ends: &ends, unused: &unused, escapes: &escapes)
      let tokenRange = firstToken..<count
      if tokenRange.isEmpty { continue }
      let firstSentence = sentences.count
      let written = UnsafeBufferPointer(rebasing: buffer[..<count])
      segmenter.sentences(p, tokens: written, range: tokenRange, sentenceEnds: UnsafeBufferPointer(start: ends.base + firstEnd, count: ends.count &- firstEnd), paragraph: paragraphs.count, into: &sentences)
      paragraphs.append(Paragraph(span: block, sentences: firstSentence..<sentences.count, tokens: tokenRange))
    }
    return blocks.count
  }

  /// Hands this document's sentence and paragraph arrays to a worker's
  /// `buffers` (`DocumentBuffers.spareSentences`, `spareParagraphs`), for
  /// the next document read with them: called where the worker lets go of
  /// the document (`Workspace.prepareScorer`). Where someone still holds a
  /// copy of the document, the arrays are shared and the next document
  /// writes copies of them. (Not the tokens: a document keeps a token
  /// array of its tokens' size, copied out of the worker's room.)
  consuming func giveBack(to buffers: inout DocumentBuffers) {
    guard buffers.keepsRoom else { return }
    buffers.spareSentences = sentences
    buffers.spareParagraphs = paragraphs
  }

  /// The text of `span` as a `String` (for reports and evidence, never the
  /// hot path).
  public func string(_ span: Span) -> String {
    String(decoding: text[span.start..<span.end], as: UTF8.self)
  }

  public func string(token index: Int) -> String { string(tokens[index].span) }

  /// Paragraph blocks. Blank lines always separate paragraphs. Inside a
  /// block, every line is a paragraph of its own (the layout of scraped
  /// articles: one paragraph a line), unless the block is hard-wrapped prose:
  /// most of its lines are short and do not end a sentence, in which case
  /// the block is one paragraph. Spans exclude surrounding whitespace.
  static func paragraphSpans(_ p: UnsafeBufferPointer<UInt8>) -> [Span] {
    var out: [Span] = []
    var lines: [Span] = []
    paragraphSpans(p, into: &out, lines: &lines)
    return out
  }

  /// `paragraphSpans(_:)` written into `out` (emptied first), with `lines`
  /// for a block's lines (a worker's buffer: what it holds is scratch).
  static func paragraphSpans(_ p: UnsafeBufferPointer<UInt8>, into out: inout [Span], lines: inout [Span]) {
    // Each block is handed on when it ends (a blank line or the end), so
    // one buffer of lines serves every block.
    out.removeAll(keepingCapacity: true)
    // The block's first line, and all its lines in `lines[..<lineCount]`
    // once it has two: most blocks are one line, and `lines` is then never
    // made. A block is emptied by its count alone (emptying the array calls
    // a generic `replaceSubrange`, some 90 instructions a block).
    var firstLine = Span(start: 0, end: 0)
    var lineCount = 0
    // Paragraphs average a few hundred bytes: room for most articles' at
    // once.
    if out.capacity < p.count / 128 + 4 { out.reserveCapacity(p.count / 128 + 4) }
    func endBlock() {
      if lineCount == 0 { return }
      if lineCount == 1 {
        if !firstLine.isEmpty { out.append(firstLine) }
      } else {
        let block = lines[..<lineCount]
        if isHardWrapped(block, p) {
          let span = Span(start: block[0].start, end: block[lineCount - 1].end)
          if !span.isEmpty { out.append(span) }
        } else {
          for line in block where !line.isEmpty { out.append(line) }
        }
      }
      lineCount = 0
    }
    func keep(_ line: Span, at k: Int) {
      if k < lines.count { lines[k] = line } else { lines.append(line) }
    }
    var lineStart = 0
    var blank = true
    func endLine(_ end: Int) {
      if blank {
        endBlock()
      } else {
        let line = trim(Span(start: lineStart, end: end), p)
        if lineCount == 0 {
          firstLine = line
        } else {
          if lineCount == 1 { keep(firstLine, at: 0) }
          keep(line, at: lineCount)
        }
        lineCount += 1
      }
    }
    // Line by line: a line is blank until its first byte that is not;
    // after that byte the rest of the line is skipped to its newline.
    var i = 0
    let n = p.count
    while i < n {
      if p[i] == 0x0A {
        endLine(i)
        lineStart = i + 1
        blank = true
        i += 1
      } else if blank {
        if !Self.isBlankByte(p, i) { blank = false }
        i += 1
      } else if let base = p.baseAddress, let hit = memchr(base + i, 0x0A, n - i) {
        i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      } else {
        i = n
      }
    }
    endLine(p.count)
    endBlock()
  }

  /// Hard-wrapped prose: at least two thirds of the lines before the last
  /// are at most 100 bytes long and run on (do not end in . ? ! : or a
  /// closing quote).
  static func isHardWrapped(_ lines: [Span], _ p: UnsafeBufferPointer<UInt8>) -> Bool {
    isHardWrapped(lines[...], p)
  }

  /// `isHardWrapped(_:_:)` for lines in a slice.
  static func isHardWrapped(_ lines: ArraySlice<Span>, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
    var runOn = 0
    for l in lines.dropLast() where l.length <= 100 {
      var e = l.end - 1
      // Step back over a closing quote (ASCII or the last byte of a curly one).
      while e > l.start, p[e] == UInt8(ascii: "\"") || p[e] == UInt8(ascii: "'") || (p[e] >= 0x80 && p[e] & 0xC0 == 0x80 && e - 2 > l.start && p[e - 2] == 0xE2) {
        e -= p[e] < 0x80 ? 1 : 3
      }
      let b = p[e]
      let ends = b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") || b == UInt8(ascii: ":")
      if !ends { runOn += 1 }
    }
    return runOn * 3 >= (lines.count - 1) * 2
  }

  /// ASCII whitespace and the UTF-8 bytes of non-breaking and other Unicode
  /// spaces and of a byte-order mark count as blank.
  static func isBlankByte(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = p[i]
    if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C { return true }
    if b >= 0x80 {
      // Continuation bytes of a space character were already judged by its
      // lead byte; treat them as blank so a line of NBSPs is blank.
      if b & 0xC0 == 0x80 { return true }
      return ByteClass.at(p, i, p.count).0 == .space
    }
    return false
  }

  static func trim(_ s: Span, _ p: UnsafeBufferPointer<UInt8>) -> Span {
    var a = s.start
    var b = s.end
    while a < b {
      let (cls, len) = ByteClass.at(p, a, b)
      if cls != .space { break }
      a += len
    }
    while b > a {
      // Step back to the lead byte of the last character, so trailing
      // multi-byte spaces (NBSP, em space, ideographic space) go too.
      var lead = b - 1
      while lead > a, p[lead] & 0xC0 == 0x80 { lead -= 1 }
      let (cls, len) = ByteClass.at(p, lead, b)
      if cls != .space || lead + len != b { break }
      b = lead
    }
    return Span(start: a, end: b)
  }

  /// Offset of the first byte that is not part of valid UTF-8, if any.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
  }

  /// Offset of the first byte that is not part of valid UTF-8, if any. ASCII
  /// is skipped eight bytes at a time.
  static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        if let base = bytes.baseAddress {
          // 32 bytes a step while all are ASCII, then 8.
          while i + 32 <= n {
            let w = UnsafeRawPointer(base + i)
            let any = w.loadUnaligned(as: UInt64.self) | w.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
              | w.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | w.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            if any & 0x8080_8080_8080_8080 != 0 { break }
            i += 32
          }
          while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
        }
        continue
      }
      guard let (need, bits, minScalar) = Self.utf8Lead(b), i + need < n else { return i }
      var scalar = bits
      for k in 1...need {
        let c = bytes[i + k]
        if c & 0xC0 != 0x80 { return i }
        scalar = scalar << 6 | UInt32(c & 0x3F)
      }
      if scalar < minScalar || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF { return i }
      i += need + 1
    }
    return nil
  }

  /// For a UTF-8 lead byte of a multi-byte sequence: how many continuation
  /// bytes follow, the scalar's bits it holds, and the least scalar the
  /// sequence may encode (anything less is overlong); nil for any other
  /// byte (ASCII, a continuation, or a lead byte no valid text has).
  @inline(__always)
  static func utf8Lead(_ b: UInt8) -> (need: Int, bits: UInt32, least: UInt32)? {
    switch b {
    case 0xC2...0xDF: return (1, UInt32(b & 0x1F), 0x80)
    case 0xE0...0xEF: return (2, UInt32(b & 0x0F), 0x800)
    case 0xF0...0xF4: return (3, UInt32(b & 0x07), 0x10000)
    default: return nil
    }
  }
}

extension Document {
  /// Whether `tokens` open right after a quotation mark: a quote's words,
  /// not a clause that holds one.
  func opensAfterQuoteMark(_ tokens: Range<Int>) -> Bool {
    tokens.lowerBound > 0 && self.tokens[tokens.lowerBound - 1].kind == .quote
  }

  /// Whether token `i`'s bytes, ASCII lower-cased, are `lowered`.
  @inline(__always)
  func token(_ i: Int, isLowered lowered: ArraySlice<UInt8>) -> Bool {
    let t = tokens[i]
    guard t.length == lowered.count else { return false }
    var k = Int(t.start)
    for b in lowered {
      if asciiLower(text[k]) != b { return false }
      k += 1
    }
    return true
  }
}
