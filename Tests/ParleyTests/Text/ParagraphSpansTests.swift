import Testing

@testable import Parley

/// `Document.paragraphSpans` hands each block on as it ends, with one
/// buffer of lines; it finds what collecting every block first found
/// (the reference below, the code before), on every repository text and on
/// seeded random mixes of lines, blank lines and wrapped prose.
@Suite struct ParagraphSpansTests {
  /// The blocks collected first, then split or joined.
  static func reference(_ p: UnsafeBufferPointer<UInt8>) -> [Span] {
    var blocks: [[Span]] = [[]]
    var lineStart = 0
    var blank = true
    func endLine(_ end: Int) {
      if blank {
        if !(blocks.last!.isEmpty) { blocks.append([]) }
      } else {
        blocks[blocks.count - 1].append(Document.trim(Span(start: lineStart, end: end), p))
      }
    }
    var i = 0
    while i < p.count {
      if p[i] == 0x0A {
        endLine(i)
        lineStart = i + 1
        blank = true
      } else if blank, !Document.isBlankByte(p, i) {
        blank = false
      }
      i += 1
    }
    endLine(p.count)
    var out: [Span] = []
    for lines in blocks where !lines.isEmpty {
      if lines.count > 1 && Document.isHardWrapped(lines, p) {
        out.append(Span(start: lines.first!.start, end: lines.last!.end))
      } else {
        out += lines
      }
    }
    return out.filter { !$0.isEmpty }
  }

  func check(_ bytes: [UInt8], _ label: String) {
    bytes.withUnsafeBufferPointer { p in
      #expect(Document.paragraphSpans(p) == Self.reference(p), "\(label)")
    }
  }

  @Test func sameAsCollectingBlocksOnRepositoryTexts() throws {
    let texts = try TextInvariantTests.repositoryTexts()
    #expect(texts.count > 100)
    for (origin, text) in texts { check(Array(text.utf8), origin) }
  }

  @Test func sameAsCollectingBlocksOnRandomLayouts() {
    let pieces = [
      "The talks resumed on Monday in Geneva.", "Officials said progress was slow", "and that no date was set",
      "for a further round,", "", "  ", "\t", "\u{00A0}\u{00A0}", "short", "Another paragraph ends here.",
      "“A quote,” she said.", "\r", "x",
    ]
    var rng = SplitMix(seed: 0xB10C)
    for round in 0..<2000 {
      var lines: [String] = []
      for _ in 0..<Int(rng.next() % 12) { lines.append(pieces[Int(rng.next() % UInt64(pieces.count))]) }
      let text = lines.joined(separator: "\n") + (rng.next() % 2 == 0 ? "\n" : "")
      check(Array(text.utf8), "round \(round): \(lines)")
    }
  }
}
