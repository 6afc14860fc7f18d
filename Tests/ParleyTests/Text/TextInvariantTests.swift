import Foundation
import Testing

@testable import Parley

/// What must hold for any document, whatever its text:
/// - tokens are non-empty, in order, do not overlap, and only whitespace
///   lies between them, so tokens plus gaps rebuild the text exactly;
/// - `spaceBefore` and `isCapitalized` say what the bytes say;
/// - paragraphs are in order, do not overlap, start at their first token
///   and end at their last; their token and sentence ranges partition the
///   document's;
/// - the sentences of a paragraph partition its tokens, in order.
/// Returns a description of each violation (empty when all hold).
func invariantViolations(_ d: Document, input: [UInt8]) -> [String] {
  var problems: [String] = []
  func fail(_ s: String) { problems.append(s) }
  let text = d.text

  // The text: the input, or its repair when the input is not UTF-8.
  if String(validating: text, as: UTF8.self) == nil { fail("text is not valid UTF-8") }
  if String(validating: input, as: UTF8.self) != nil {
    if text != input { fail("valid input was changed") }
    if !d.warnings.isEmpty { fail("warnings for valid input: \(d.warnings)") }
  } else {
    if text != Array(String(decoding: input, as: UTF8.self).utf8) { fail("invalid input not repaired with U+FFFD") }
    if d.warnings.map(\.code) != ["TXT001"] { fail("expected one TXT001 warning, got \(d.warnings)") }
  }

  // Tokens, and the gaps between them.
  var rebuilt: [UInt8] = []
  var previousEnd = 0
  for (k, t) in d.tokens.enumerated() {
    let start = Int(t.start)
    let end = Int(t.end)
    guard start >= previousEnd, start < end, end <= text.count else {
      fail("token \(k) \(start)..<\(end) after \(previousEnd) (text \(text.count) bytes)")
      return problems
    }
    let gap = text[previousEnd..<start]
    if !isWhitespaceOnly(gap) { fail("non-whitespace \(Array(gap)) before token \(k)") }
    rebuilt += gap
    rebuilt += text[start..<end]
    if t.isCapitalized != (text[start] >= 0x41 && text[start] <= 0x5A) { fail("isCapitalized of token \(k)") }
    previousEnd = end
  }
  if !isWhitespaceOnly(text[previousEnd...]) { fail("non-whitespace after the last token") }
  rebuilt += text[previousEnd...]
  if rebuilt != text { fail("tokens and gaps do not rebuild the text") }

  // Paragraphs partition the tokens and the sentences.
  var nextToken = 0
  var nextSentence = 0
  var previousParagraphEnd = 0
  for (pi, p) in d.paragraphs.enumerated() {
    if p.span.start < previousParagraphEnd { fail("paragraph \(pi) overlaps the one before") }
    previousParagraphEnd = p.span.end
    if p.tokens.lowerBound != nextToken || p.tokens.isEmpty { fail("paragraph \(pi) tokens \(p.tokens), expected to start at \(nextToken)") }
    if p.sentences.lowerBound != nextSentence || p.sentences.isEmpty { fail("paragraph \(pi) sentences \(p.sentences), expected to start at \(nextSentence)") }
    nextToken = p.tokens.upperBound
    nextSentence = p.sentences.upperBound
    guard p.tokens.upperBound <= d.tokens.count, p.sentences.upperBound <= d.sentences.count else {
      fail("paragraph \(pi) ranges out of bounds")
      return problems
    }
    if let first = p.tokens.first, Int(d.tokens[first].start) != p.span.start {
      fail("paragraph \(pi) \(p.span) does not start at its first token \(d.tokens[first].span)")
    }
    if let last = p.tokens.last, Int(d.tokens[last].end) != p.span.end {
      fail("paragraph \(pi) \(p.span) does not end at its last token \(d.tokens[last].span)")
    }
    for k in p.tokens where k > p.tokens.lowerBound {
      let spaced = d.tokens[k - 1].end < d.tokens[k].start
      if d.tokens[k].spaceBefore != spaced { fail("spaceBefore of token \(k) is \(d.tokens[k].spaceBefore)") }
    }
    if let first = p.tokens.first, !d.tokens[first].spaceBefore { fail("first token of paragraph \(pi) without spaceBefore") }

    // Sentences partition the paragraph's tokens.
    var sentenceStart = p.tokens.lowerBound
    for si in p.sentences {
      let s = d.sentences[si]
      if s.paragraph != pi { fail("sentence \(si) says paragraph \(s.paragraph), is in \(pi)") }
      if s.tokens.lowerBound != sentenceStart || s.tokens.isEmpty { fail("sentence \(si) tokens \(s.tokens), expected to start at \(sentenceStart)") }
      sentenceStart = s.tokens.upperBound
      guard !s.tokens.isEmpty, s.tokens.upperBound <= d.tokens.count else { continue }
      let expected = Span(start: Int(d.tokens[s.tokens.lowerBound].start), end: Int(d.tokens[s.tokens.upperBound - 1].end))
      if s.span != expected { fail("sentence \(si) span \(s.span), tokens cover \(expected)") }
    }
    if sentenceStart != p.tokens.upperBound { fail("sentences of paragraph \(pi) end at token \(sentenceStart), not \(p.tokens.upperBound)") }
  }
  if nextToken != d.tokens.count { fail("paragraphs cover \(nextToken) of \(d.tokens.count) tokens") }
  if nextSentence != d.sentences.count { fail("paragraphs cover \(nextSentence) of \(d.sentences.count) sentences") }
  return problems
}

@Suite("Text invariants")
struct TextInvariantTests {
  /// The texts under `evaluation/` (fixture paragraphs, articles and
  /// statements, sentence-set and behaviour texts), without the lexicon
  /// terms.
  static func evaluationTexts() throws -> [(origin: String, text: String)] {
    try repositoryTexts().filter { $0.origin.hasPrefix("evaluation/") }
  }

  /// Every text in the repository: fixture paragraphs and articles,
  /// behaviour and sentence-set texts, lexicon terms.
  static func repositoryTexts() throws -> [(origin: String, text: String)] {
    var texts: [(String, String)] = []
    for name in TestSupport.files(in: "evaluation/fixtures", ext: "json") {
      let file = "evaluation/fixtures/\(name)"
      let root = try JSONReader.parse(TestSupport.readBytes(file))
      let paragraphs = (root["paragraphs"]?.array ?? []).compactMap { $0["text"]?.string }
      for (i, p) in paragraphs.enumerated() { texts.append(("\(file) paragraph \(i)", p)) }
      texts.append((file, paragraphs.joined(separator: "\n\n")))
      for (i, s) in (root["statements"]?.array ?? []).enumerated() {
        if let t = s["text"]?.string { texts.append(("\(file) statement \(i)", t)) }
      }
    }
    func tsvColumns(_ folder: String, _ columns: [Int]) throws {
      for name in TestSupport.files(in: folder, ext: "tsv") {
        let file = "\(folder)/\(name)"
        let lines = String(decoding: try TestSupport.readBytes(file), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (n, line) in lines.enumerated() where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
          let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
          for c in columns where c < fields.count {
            let t = String(fields[c])
            texts.append(("\(file):\(n + 1)", t))
            if t.contains(" ¶ ") { texts.append(("\(file):\(n + 1) as paragraphs", t.replacingOccurrences(of: " ¶ ", with: "\n\n"))) }
          }
        }
      }
    }
    try tsvColumns("evaluation/behaviour", [3, 4])
    try tsvColumns("evaluation/sentences", [2])
    for name in TestSupport.files(in: "lexicons", ext: "tsv") {
      let file = "lexicons/\(name)"
      let bytes = try TestSupport.readBytes(file)
      for (n, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        guard !line.hasPrefix("#"), !line.hasPrefix("["), let term = line.split(separator: "\t").first else { continue }
        texts.append(("\(file):\(n + 1)", String(term)))
      }
    }
    return texts
  }

  private func check(_ bytes: [UInt8], origin: @autoclosure () -> String, failures: inout Int) {
    let document = Document(id: "t", bytes: bytes, segmenter: TestSupport.abbreviationSegmenter)
    let problems = invariantViolations(document, input: bytes)
    if !problems.isEmpty {
      failures += 1
      // Report the first few in full; the rest would only repeat them.
      if failures <= 5 {
        Issue.record("\(origin()): \(problems.prefix(3).joined(separator: "; "))\n  input: \(bytes)\n  text: \(String(decoding: bytes, as: UTF8.self).debugDescription)")
      }
    }
  }

  @Test func everyTextInTheRepository() throws {
    let texts = try Self.repositoryTexts()
    // The folders exist in the package; an empty list would test nothing.
    #expect(texts.count > 1000)
    #expect(texts.contains { $0.origin.hasPrefix("evaluation/fixtures/") })
    #expect(texts.contains { $0.origin.hasPrefix("evaluation/behaviour/") })
    #expect(texts.contains { $0.origin.hasPrefix("evaluation/sentences/") })
    #expect(texts.contains { $0.origin.hasPrefix("lexicons/") })
    var failures = 0
    for (origin, text) in texts {
      check(Array(text.utf8), origin: origin, failures: &failures)
    }
    #expect(failures == 0)
  }

  @Test(arguments: [1 as UInt64, 2, 3, 4])
  func randomBytes(seed: UInt64) {
    var rng = SeededGenerator(seed: seed)
    var failures = 0
    for i in 0..<500 {
      let length = Int.random(in: 0...80, using: &rng)
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
      check(bytes, origin: "seed \(seed) sample \(i)", failures: &failures)
    }
    #expect(failures == 0)
  }

  /// Pieces that stress the tokenizer and segmenter: quotes of every kind,
  /// clitics, abbreviations, numbers, terminals, Unicode spaces, line ends
  /// and invalid bytes.
  static let pieces: [[UInt8]] = [
    "a", "Talks", "n", "t", "s", "O", "Mr", "Mr.", "U.S.", "e.g.", "J.", "no", "No.", "10", "1,000", "20.5", "3.",
    " ", " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n", "\r", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{200B}", "\u{FEFF}",
    "'", "'", "’", "‘", "“", "”", "\"", "`", "«", "»", "'s", "’s", "n't", "n’t", "'re",
    ".", ".", "..", "...", "…", "?", "!", "?!", ",", ";", ":", "(", ")", "[", "]", "-", "--", "—", "–", "$", "%",
    "é", "東京", "😀", "\u{0301}", "\u{FFFD}",
  ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xF0, 0x9F], [0xC2], [0x00]]

  @Test(arguments: [11 as UInt64, 12, 13, 14])
  func randomMixes(seed: UInt64) {
    var rng = SeededGenerator(seed: seed)
    var failures = 0
    for i in 0..<500 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...30, using: &rng) { bytes += Self.pieces.randomElement(using: &rng)! }
      check(bytes, origin: "seed \(seed) sample \(i)", failures: &failures)
    }
    #expect(failures == 0)
  }

  /// The tokenizer alone, on raw bytes that were never repaired: it must
  /// not crash, and its tokens stay in order, inside the range, non-empty.
  @Test func tokenizerOnRawBytes() {
    var rng = SeededGenerator(seed: 99)
    for i in 0..<2000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...20, using: &rng) {
        bytes += Bool.random(using: &rng) ? Self.pieces.randomElement(using: &rng)! : [UInt8.random(in: 0...255, using: &rng)]
      }
      let lower = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &rng)
      let upper = bytes.isEmpty ? 0 : Int.random(in: lower...bytes.count, using: &rng)
      var tokens: [Token] = []
      bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, range: lower..<upper, into: &tokens) }
      var previous = lower
      for t in tokens {
        if !(Int(t.start) >= previous && t.start < t.end && Int(t.end) <= upper) {
          Issue.record("sample \(i): token \(t.span) after \(previous), range \(lower)..<\(upper), bytes \(bytes)")
          break
        }
        previous = Int(t.end)
      }
    }
  }
}
