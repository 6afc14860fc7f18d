/// What a worker keeps from document to document to read them
/// (`Document.init(...buffers:)`, `Workspace.document`): room for a text's
/// tokens and the lists that reading fills on the way, dropped once the
/// document is made. A document takes none of them: its token array is
/// copied out of the room at its size, its sentence and paragraph arrays
/// are its own, as when it is read alone. So a document that the caller
/// keeps holds nothing of the worker's, and never more room than its own.
struct DocumentBuffers {
  /// Whether texts of up to `Document.inPlaceLimit` bytes are tokenized
  /// into `room` (a worker's buffers) or in place into a new array (a
  /// document read alone, which would use the room once).
  let keepsRoom: Bool
  /// Where a text's tokens are written first: a token for each byte (and
  /// 64 more), so that every paragraph fits (`Tokenizer.tokenize(_:range:table:buffer:first:sentenceEnds:)`).
  var room: [Token] = []
  /// The tokens that may end a sentence (`Tokenizer.tokenize`): memory
  /// for an end a byte of a text tokenized in place (`endRoom(for:)`),
  /// written through a `SentenceEndList`.
  var sentenceEnds: [Int32] = []
  /// Paragraph blocks, and the lines of one block (`Document.paragraphSpans`).
  var blocks: [Span] = []
  var lines: [Span] = []
  /// The sentence and paragraph arrays of the last document that the
  /// worker let go of (`Document.giveBack(to:)`), emptied and filled again
  /// for the next one while their room fits it (no allocation and free of
  /// two arrays a document). A kept document still holds its own: a
  /// shared array is copied before it is written.
  var spareSentences: [Sentence] = []
  var spareParagraphs: [Paragraph] = []

  /// The text of the last document read with these buffers when none of
  /// its paragraphs holds a byte that a JSON string escapes (a quote, a
  /// backslash, a control byte or DEL: the tokenizer looks), else nil.
  /// Held (a reference, not a copy) until `Engine.analyze` takes it for
  /// that document (`takePlainText(of:)`): while held, its storage is not
  /// freed, so no other text can be found at its address.
  var plainText: [UInt8]? = nil

  init(keepsRoom: Bool = true) {
    self.keepsRoom = keepsRoom
  }

  /// Whether `text` is the last text read (the same storage) and its
  /// paragraphs need no JSON escape (`plainText`); lets go of the text.
  mutating func takePlainText(of text: [UInt8]) -> Bool {
    guard let plain = plainText else { return false }
    plainText = nil
    return plain.withUnsafeBufferPointer { a in text.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress && a.count == b.count } }
  }

  /// `spare`, emptied, when its room holds `count` elements and is at
  /// most about twice that (what a document keeps of it when the caller
  /// keeps the document); else an empty array with room for `count`.
  /// `spare` is left empty either way.
  static func reuse<Element>(_ spare: inout [Element], for count: Int) -> [Element] {
    var array: [Element] = []
    swap(&array, &spare)
    let room = array.capacity
    if room >= count && room <= 2 * count + 64 {
      array.removeAll(keepingCapacity: true)
    } else {
      array = []
      array.reserveCapacity(count)
    }
    return array
  }

  /// Room for the sentence ends of a text of `bytes` bytes (at most
  /// `Document.inPlaceLimit`), an end a byte and 16: a power of two, so
  /// that it grows a few times per worker at most.
  static func endRoom(for bytes: Int) -> [Int32] {
    var size = 1024
    while size < bytes + 16 { size <<= 1 }
    return [Int32](repeating: 0, count: size)
  }

  /// A room for a text of `bytes` bytes (at most `Document.inPlaceLimit`):
  /// a power of two, so that it grows a few times per worker at most. Its
  /// tokens are scratch.
  static func room(for bytes: Int) -> [Token] {
    var size = 1024
    while size < bytes + 64 { size <<= 1 }
    return [Token](repeating: Token(start: 0, end: 0, kind: .word, isCapitalized: false, spaceBefore: false), count: size)
  }
}
