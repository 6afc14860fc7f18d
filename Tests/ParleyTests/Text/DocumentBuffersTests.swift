import Testing

@testable import Parley

/// A worker reads every document with one `DocumentBuffers`
/// (`Document.init(...buffers:)`): the documents must equal those read
/// alone, whatever the buffers held before; none may share storage with
/// the buffers (a document the caller keeps holds nothing of the worker's,
/// and later documents never change it), and its token array is no larger
/// than its tokens (however large the worker's room has grown). The same
/// holds when the sentence and paragraph arrays of each document are
/// handed back to the buffers for the next (`Document.giveBack(to:)`).
@Suite struct DocumentBuffersTests {
  static func same(_ a: Document, _ b: Document) -> Bool {
    a.text == b.text && a.tokens == b.tokens && a.sentences == b.sentences && a.paragraphs == b.paragraphs
      && a.warnings.map(\.message) == b.warnings.map(\.message)
  }

  /// Seeded sequences of repository texts, dense punctuation, texts over
  /// the in-place limit, empty and blank texts and invalid UTF-8 through
  /// one set of buffers; every third document kept and checked again at
  /// the end, and its arrays no larger than a document read alone.
  @Test func bufferedEqualsAlone() throws {
    let engine = try TestSupport.engine()
    let prose = try TextInvariantTests.repositoryTexts().map { Array($0.text.utf8) }
    let dense = ["1,2;(x)", "...", "?!", "“”", "a-b", "U.S.", "x’s", "\n", "\n\n", "é", "don't"].map { Array($0.utf8) }
    var long: [UInt8] = []
    var k = 0
    while long.count <= Document.inPlaceLimit + 1_000 {
      long += prose[k % prose.count] + Array("\n\n".utf8)
      k += 1
    }
    var rng = SplitMix(seed: 0xB0FF)
    var buffers = DocumentBuffers()
    var kept: [(Document, [UInt8])] = []
    for round in 0..<400 {
      var text: [UInt8] = []
      switch rng.next() % 8 {
      case 0:
        for _ in 0..<Int(1 + rng.next() % 200) { text += dense[Int(rng.next() % UInt64(dense.count))] }
      case 1:
        text = rng.next() % 2 == 0 ? [] : Array("  \n\n \t ".utf8)
      case 2:
        text = Array(long.prefix(Int(rng.next() % UInt64(long.count + 1))))
      case 3:
        text = prose[Int(rng.next() % UInt64(prose.count))] + [0xFF, 0x41]
      default:
        for _ in 0..<Int(1 + rng.next() % 5) { text += prose[Int(rng.next() % UInt64(prose.count))] + Array("\n\n".utf8) }
      }
      let known = Document.firstInvalidUTF8(text) == nil && rng.next() % 2 == 0
      let buffered = Document(id: "t", bytes: text, segmenter: engine.segmenter, source: nil, knownValidUTF8: known, buffers: &buffers)
      let alone = Document(id: "t", bytes: text, segmenter: engine.segmenter)
      #expect(Self.same(buffered, alone), "round \(round): \(text.count) bytes")
      // The tokens copied out of the worker's room at their count, give or
      // take malloc's rounding (an array's capacity is the usable size of
      // the block it got, which may be a few bytes over the request).
      if text.count <= Document.inPlaceLimit {
        #expect(buffered.tokens.capacity <= buffered.tokens.count + 8, "round \(round)")
      }
      #expect(buffered.tokens.capacity <= alone.tokens.capacity + 8, "round \(round)")
      if round % 3 == 0 { kept.append((buffered, text)) }
    }
    for (document, text) in kept {
      #expect(Self.same(document, Document(id: "t", bytes: text, segmenter: engine.segmenter)))
    }
  }

  /// Each document's sentence and paragraph arrays handed back to the
  /// buffers once read (`Document.giveBack(to:)`, as `Workspace.prepareScorer`
  /// does with the last document): the next documents, which fill those
  /// arrays again, still equal the documents read alone, with no more
  /// room than twice what a document read alone reserves (and 64); every
  /// third document is kept while its arrays are handed back (a caller
  /// holding on to it) and is unchanged at the end.
  @Test func handedBackEqualsAlone() throws {
    let engine = try TestSupport.engine()
    let prose = try TextInvariantTests.repositoryTexts().map { Array($0.text.utf8) }
    let dense = ["1,2;(x)", "...", "?!", "“”", "a-b", "U.S.", "x’s", "\n", "\n\n", "é", "don't"].map { Array($0.utf8) }
    var rng = SplitMix(seed: 0xB0FFBAC)
    var buffers = DocumentBuffers()
    var kept: [(Document, [UInt8])] = []
    for round in 0..<400 {
      var text: [UInt8] = []
      switch rng.next() % 6 {
      case 0:
        for _ in 0..<Int(1 + rng.next() % 200) { text += dense[Int(rng.next() % UInt64(dense.count))] }
      case 1:
        text = rng.next() % 2 == 0 ? [] : Array("  \n\n \t ".utf8)
      case 2:
        // One long paragraph, then many short ones: arrays of every size
        // handed on.
        text = prose[Int(rng.next() % UInt64(prose.count))]
      default:
        for _ in 0..<Int(1 + rng.next() % 12) { text += prose[Int(rng.next() % UInt64(prose.count))] + Array("\n\n".utf8) }
      }
      let buffered = Document(id: "t", bytes: text, segmenter: engine.segmenter, source: nil, knownValidUTF8: false, buffers: &buffers)
      let alone = Document(id: "t", bytes: text, segmenter: engine.segmenter)
      #expect(Self.same(buffered, alone), "round \(round): \(text.count) bytes")
      #expect(buffered.sentences.capacity <= 2 * max(alone.sentences.capacity, text.count / 32 + 4) + 72, "round \(round)")
      #expect(buffered.paragraphs.capacity <= 2 * max(alone.paragraphs.capacity, buffered.paragraphs.count) + 72, "round \(round)")
      if round % 3 == 0 { kept.append((buffered, text)) }
      buffered.giveBack(to: &buffers)
    }
    for (document, text) in kept {
      #expect(Self.same(document, Document(id: "t", bytes: text, segmenter: engine.segmenter)))
    }
  }
}
