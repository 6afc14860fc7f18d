/// What a worker keeps from document to document to read them
/// (`Document.init(...buffers:)`, `Workspace.document`): the lists that
/// reading fills on the way and drops once the document is made. A
/// document takes none of them (its token, sentence and paragraph arrays
/// are its own, as when it is read alone), so a document that the caller
/// keeps holds nothing of the worker's.
struct DocumentBuffers {
  /// The tokens that may end a sentence (`Tokenizer.tokenize`).
  var sentenceEnds: [Int32] = []
  /// Paragraph blocks, and the lines of one block (`Document.paragraphSpans`).
  var blocks: [Span] = []
  var lines: [Span] = []
}
