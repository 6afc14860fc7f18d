import Testing

@testable import Parley

/// Statement texts copied into the record with no escape scan
/// (`MemberCursor.plainString`), when reading the document found none of
/// its paragraphs holding a byte that a JSON string escapes (the tokenizer
/// looks: `DocumentBuffers.plainText`, `Analysis.paragraphsNeedNoEscape`):
/// the flag is exact, and the records are the bytes of the escaping path.
@Suite struct PlainStatementTextTests {
  /// A byte that a JSON string escapes.
  static func needsEscape(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F }

  /// Pieces of news text, and every kind of byte that needs an escape
  /// (quotes, backslashes, DEL, tabs and other control bytes, a carriage
  /// return, a line break inside a hard-wrapped block) next to words,
  /// spaces, commas and punctuation.
  static let pieces: [String] = [
    "The", "minister", "said", "talks", "were", "productive", "and", "that", "officials", "would", "meet", "again",
    ",", ".", "“We are close,” she said.", "’s", "don't", "U.S.", "1,000", "-", "(", ")", ":", "…", "é",
    "\"", "\\", "\u{7F}", "\t", "\u{01}", "\u{1F}", "\r", "\u{0B}", "\u{0C}", "\\n", "#", "`", "'",
  ]

  /// Seeded texts: paragraphs of pieces, some hard-wrapped (short lines
  /// that run on, read as one paragraph with line breaks inside).
  static func texts() -> [String] {
    var rng = SplitMix(seed: 0x9_1A17)
    var out: [String] = []
    for _ in 0..<600 {
      var text = ""
      for p in 0..<Int(1 + rng.next() % 4) {
        if p > 0 { text += "\n\n" }
        let wrapped = rng.next() % 5 == 0
        for w in 0..<Int(4 + rng.next() % 30) {
          // A few pieces only now and then: most texts need no escape.
          var piece = pieces[Int(rng.next() % UInt64(pieces.count))]
          if piece.utf8.contains(where: needsEscape), rng.next() % 8 != 0 { piece = "word" }
          text += piece
          text += wrapped && w % 5 == 4 ? "\n" : " "
        }
      }
      out.append(text)
    }
    return out
  }

  /// `read` then `analyze` as a worker does (one workspace, the document
  /// read with its buffers): the flag is set exactly when no paragraph has
  /// a byte that needs an escape, and the record is the one written with
  /// the flag off (every text escaped), compact and with evidence.
  @Test func plainRecordsEqualEscapedOnes() throws {
    let engine = try TestSupport.engine()
    var workspace = Workspace(memo: WordMemo(initialSlots: 256))
    var plain = 0
    var statements = 0
    let texts = try TextInvariantTests.evaluationTexts().map(\.text) + Self.texts()
    for (k, text) in texts.enumerated() {
      let bytes = Array(text.utf8)
      let document = Document(id: "t", bytes: bytes, segmenter: engine.segmenter, source: nil, knownValidUTF8: false, buffers: &workspace.document)
      // Every other text with evidence (the other encoder's record).
      let evidence = k % 2 == 1
      let analysis = engine.analyze(document, model: RuleModel(), evidence: evidence, workspace: &workspace)
      let expected = !document.paragraphs.contains { p in document.text[p.span.start..<p.span.end].contains(where: Self.needsEscape) }
      #expect(analysis.paragraphsNeedNoEscape == expected, "text \(k): \(text.debugDescription)")
      // Taken: the buffers hold the text no longer.
      #expect(workspace.document.plainText == nil)
      if analysis.paragraphsNeedNoEscape { plain += 1 }
      statements += analysis.rows.statements.count
      let escaped = Analysis(score: analysis.score, rows: analysis.rows, warnings: analysis.warnings)
      do {
        let encoder = ReportEncoder(evidence: evidence)
        var a = JSONWriter()
        encoder.record(analysis, document: document, parameters: engine.parameters, into: &a)
        var b = JSONWriter()
        encoder.record(escaped, document: document, parameters: engine.parameters, into: &b)
        #expect(a.bytes == b.bytes, "text \(k): \(text.debugDescription)")
      }
    }
    #expect(plain > 100 && plain < texts.count && statements > 200)
  }

  /// A document read alone (no worker's buffers) or through a chunk (over
  /// the in-place limit) is never taken as plain; nor is a workspace's
  /// text for another document.
  @Test func unknownIsNotPlain() throws {
    let engine = try TestSupport.engine()
    var workspace = Workspace(memo: WordMemo(initialSlots: 256))
    let alone = engine.read(id: "t", text: "The minister said the talks were productive.")
    #expect(!engine.analyze(alone, model: RuleModel(), evidence: false, workspace: &workspace).paragraphsNeedNoEscape)
    let long = String(repeating: "The minister said the talks were productive.\n\n", count: Document.inPlaceLimit / 40)
    var buffers = DocumentBuffers()
    _ = Document(id: "t", bytes: Array(long.utf8), segmenter: engine.segmenter, source: nil, knownValidUTF8: false, buffers: &buffers)
    #expect(buffers.plainText == nil)
    _ = Document(id: "t", bytes: Array(long.utf8.prefix(1_000)), segmenter: engine.segmenter, source: nil, knownValidUTF8: false, buffers: &buffers)
    #expect(buffers.plainText != nil)
    _ = Document(id: "a", bytes: Array("Officials said the talks would resume.".utf8), segmenter: engine.segmenter, source: nil, knownValidUTF8: false, buffers: &workspace.document)
    #expect(workspace.document.plainText != nil)
    let other = engine.read(id: "b", text: "Officials said the talks would resume.")
    #expect(!engine.analyze(other, model: RuleModel(), evidence: false, workspace: &workspace).paragraphsNeedNoEscape)
    #expect(workspace.document.plainText == nil)
  }

  /// `plainString` writes the bytes of `string(utf8:)` for every length up
  /// to 100 of bytes that need no escape, ASCII and multi-byte.
  @Test func plainStringEqualsEscapedString() {
    var rng = SplitMix(seed: 0x5_7121)
    let alphabet: [[UInt8]] = [Array("a".utf8), Array("Z".utf8), Array(" ".utf8), Array(",".utf8), Array("é".utf8), Array("“".utf8), Array("😀".utf8), [0x7E], [0x20]]
    for length in 0...100 {
      for _ in 0..<20 {
        var bytes: [UInt8] = []
        while bytes.count < length { bytes += alphabet[Int(rng.next() % UInt64(alphabet.count))] }
        bytes = Array(bytes.prefix(length))
        func written(_ plain: Bool) -> [UInt8] {
          JSONWriter.bytes(reserve: 16) { w in
            bytes.withUnsafeBufferPointer { p in
              w.compactValue(room: MemberCursor.stringRoom(p.count)) { c in
                if plain { c.plainString(utf8: p) } else { c.string(utf8: p) }
              }
            }
          }
        }
        #expect(written(true) == written(false), "\(bytes)")
      }
    }
  }
}
