/// A quotation inside one paragraph: the marks and the tokens between them.
struct QuoteSpan: Sendable, Hashable {
  /// Token index of the opening mark.
  var open: Int
  /// Token index of the closing mark; for a quote that `continues`, the
  /// paragraph's end (exclusive) instead.
  var close: Int
  /// Double marks (`“ ” " « »`) or single ones (`‘ ’ '`).
  var isDouble: Bool
  /// Opened and not closed in this paragraph, and the next paragraph opens
  /// with a quotation mark: the news convention for a quote that runs on.
  var continues: Bool

  /// The tokens between the marks.
  var inner: Range<Int> { (open + 1)..<close }
  /// The tokens from the opening to the closing mark, both included.
  var marks: Range<Int> { open..<(continues ? close : close + 1) }
}

/// Finds quotation spans, straight and curly, balanced per paragraph.
///
/// Double marks define quotes; single marks count only as a pair outside
/// any double quote (`‘Board of Peace’`), since a lone `’` is usually an
/// apostrophe. A double quote opened and not closed at the end of a
/// paragraph runs on only when the next paragraph opens with a quotation
/// mark; otherwise it is reported as a warning (`ATT001`) and no quote is
/// guessed. A closing mark with nothing open is `ATT002`.
enum QuoteFinder {
  /// Quotes of paragraph `index`, in text order; problems go to `warnings`.
  static func quotes(in document: Document, paragraph index: Int, facts: TokenFacts, warnings: inout [Diagnostic]) -> [QuoteSpan] {
    var spans: [QuoteSpan] = []
    var lines = LineCursor()
    quotes(in: document, paragraph: index, facts: facts, warnings: &warnings, lines: &lines, into: &spans)
    return spans
  }

  /// `quotes(in:paragraph:facts:warnings:)` in `spans` (emptied first,
  /// capacity kept: the pass reuses one array for every paragraph);
  /// `lines` finds the warnings' lines, counting on from the paragraphs
  /// read before.
  static func quotes(in document: Document, paragraph index: Int, facts: TokenFacts, warnings: inout [Diagnostic], lines: inout LineCursor, into spans: inout [QuoteSpan]) {
    spans.removeAllKeepingStorage()
    let range = document.paragraphs[index].tokens
    // (Indices into `facts.quoteTokens`, read in place.)
    let marks = facts.quoteTokenIndices(in: range)
    if marks.isEmpty { return }
    var openAt = -1
    func warn(_ code: String, _ message: String, _ token: Int) {
      let offset = Int(document.tokens[token].start)
      let (line, column) = lines.lineAndColumn(of: offset, in: document.text)
      warnings.append(.warning(code, message, file: document.id, line: line, column: column))
    }
    for k in marks {
      let t = Int(facts.quoteTokens[k])
      guard facts.has(t, .doubleMark) else { continue }
      let opens: Bool
      if facts.has(t, .opens) {
        opens = true
      } else if facts.has(t, .closes) {
        opens = false
      } else {
        opens = openAt < 0
      }
      if opens {
        if openAt >= 0 {
          warn("ATT001", "quotation mark is not closed before the next one opens; no statement is guessed", openAt)
        }
        openAt = t
      } else if openAt < 0 {
        warn("ATT002", "closing quotation mark without an opening one", t)
      } else {
        spans.append(QuoteSpan(open: openAt, close: t, isDouble: true, continues: false))
        openAt = -1
      }
    }
    if openAt >= 0 {
      if opensNextParagraph(document, after: index, facts: facts) {
        spans.append(QuoteSpan(open: openAt, close: range.upperBound, isDouble: true, continues: true))
      } else {
        warn("ATT001", "quotation mark is not closed in its paragraph; no statement is guessed", openAt)
      }
    }
    let singles = singleQuotes(in: range, marks: marks, outside: spans, document: document, facts: facts)
    if !singles.isEmpty {
      spans += singles
      spans.sort { $0.open < $1.open }
    }
  }

  /// Whether the paragraph after `index` starts with an opening double mark.
  static func opensNextParagraph(_ document: Document, after index: Int, facts: TokenFacts) -> Bool {
    guard index + 1 < document.paragraphs.count else { return false }
    let first = document.paragraphs[index + 1].tokens.lowerBound
    guard facts.has(first, .doubleMark), !facts.has(first, .closes) else { return false }
    return true
  }

  /// Pairs of single marks outside the double quotes: an opener (`‘`, or
  /// `'` after a space and before a word) and the next closer (`’`, or `'`
  /// glued to the word before it). `marks` are where the quote tokens of
  /// `range` are in `facts.quoteTokens`, in order (only they can open,
  /// close or reach a double quote).
  static func singleQuotes(in range: Range<Int>, marks: Range<Int>, outside doubles: [QuoteSpan], document: Document, facts: TokenFacts) -> [QuoteSpan] {
    var result: [QuoteSpan] = []
    var pending = -1
    var d = 0
    // Tokens before `skipTo` are inside the last double quote reached.
    var skipTo = range.lowerBound
    for k in marks {
      let t = Int(facts.quoteTokens[k])
      if t < skipTo { continue }
      // A double quote's opening mark is a quote token: it is reached here.
      if d < doubles.count, t >= doubles[d].open {
        pending = -1
        skipTo = doubles[d].marks.upperBound
        d += 1
        continue
      }
      if !facts.has(t, .doubleMark) {
        let glued = !document.tokens[t].spaceBefore && t > range.lowerBound && !facts.has(t - 1, .openParen)
        let nextGlued = t + 1 < range.upperBound && !document.tokens[t + 1].spaceBefore
        let canOpen = facts.has(t, .opens) || (!facts.has(t, .closes) && !glued && nextGlued)
        let canClose = facts.has(t, .closes) || (!facts.has(t, .opens) && glued)
        if pending >= 0, canClose, t > pending + 1 {
          result.append(QuoteSpan(open: pending, close: t, isDouble: false, continues: false))
          pending = -1
        } else if canOpen {
          pending = t
        }
      }
    }
    return result
  }
}
