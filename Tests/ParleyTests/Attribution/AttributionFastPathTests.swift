import Testing

@testable import Parley

/// The fast paths of attribution give what the simple walks they replaced
/// gave: quotes found from the list of quote tokens, and overlapping
/// statement drafts resolved without sorting when they are already in order.
@Suite struct AttributionFastPathTests {
  // MARK: Quotes from the quote tokens

  @Test func quotesFromQuoteTokensEqualTheTokenWalkOnEveryText() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.repositoryTexts()
    var quotes = 0
    for (origin, text) in texts {
      quotes += try Self.compareQuotes(engine, text, origin)
    }
    // The texts have quotes: the comparison is not of empty lists.
    #expect(quotes > 100)
  }

  @Test func quotesFromQuoteTokensEqualTheTokenWalkOnSeededTexts() throws {
    let engine = try TestSupport.engine()
    // Words, spaces, every kind of mark the finder reads, brackets, and
    // paragraph breaks, in random order.
    let pieces = [
      "word", "Said", "talks", "s", " ", " ", " ", "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "`", "(", ")", ",", ".",
      "\n\n", "\n\n“", "Houthis’ ", "it's", "—",
    ]
    var random = SeededRandom(seed: 20_261_129)
    var quotes = 0
    for round in 0..<2_000 {
      var text = ""
      for _ in 0..<Int.random(in: 1...60, using: &random) {
        text += pieces[Int.random(in: 0..<pieces.count, using: &random)]
      }
      quotes += try Self.compareQuotes(engine, text, "round \(round): \(text.debugDescription)")
    }
    #expect(quotes > 1_000)
  }

  /// Compares the finder with the token walk on every paragraph of `text`;
  /// returns how many quotes were found.
  static func compareQuotes(_ engine: Engine, _ text: String, _ origin: String) throws -> Int {
    let document = engine.read(id: "t", text: text)
    let facts = AttributionTestSupport.facts(document, engine)
    // The list holds exactly the tokens flagged as quotes.
    #expect(facts.quoteTokens.map(Int.init) == document.tokens.indices.filter { facts.isQuote($0) }, "\(origin)")
    var count = 0
    for p in document.paragraphs.indices {
      var fastWarnings: [Diagnostic] = []
      var slowWarnings: [Diagnostic] = []
      let fast = QuoteFinder.quotes(in: document, paragraph: p, facts: facts, warnings: &fastWarnings)
      let slow = tokenWalkQuotes(in: document, paragraph: p, facts: facts, warnings: &slowWarnings)
      #expect(fast == slow, "\(origin), paragraph \(p)")
      #expect(fastWarnings.map(\.description) == slowWarnings.map(\.description), "\(origin), paragraph \(p)")
      count += fast.count
    }
    return count
  }

  /// `QuoteFinder.quotes` as it was: every token of the paragraph visited,
  /// for double marks and then for single ones.
  static func tokenWalkQuotes(in document: Document, paragraph index: Int, facts: TokenFacts, warnings: inout [Diagnostic]) -> [QuoteSpan] {
    let range = document.paragraphs[index].tokens
    var spans: [QuoteSpan] = []
    var openAt = -1
    func warn(_ code: String, _ message: String, _ token: Int) {
      let offset = Int(document.tokens[token].start)
      let (line, column) = lineAndColumn(of: offset, in: document.text)
      warnings.append(.warning(code, message, file: document.id, line: line, column: column))
    }
    for t in range where facts.has(t, .doubleMark) {
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
      if QuoteFinder.opensNextParagraph(document, after: index, facts: facts) {
        spans.append(QuoteSpan(open: openAt, close: range.upperBound, isDouble: true, continues: true))
      } else {
        warn("ATT001", "quotation mark is not closed in its paragraph; no statement is guessed", openAt)
      }
    }
    var pending = -1
    var d = 0
    let doubles = spans
    var t = range.lowerBound
    while t < range.upperBound {
      if d < doubles.count, t >= doubles[d].open {
        pending = -1
        t = doubles[d].marks.upperBound
        d += 1
        continue
      }
      if facts.isQuote(t), !facts.has(t, .doubleMark) {
        let glued = !document.tokens[t].spaceBefore && t > range.lowerBound && !facts.has(t - 1, .openParen)
        let nextGlued = t + 1 < range.upperBound && !document.tokens[t + 1].spaceBefore
        let canOpen = facts.has(t, .opens) || (!facts.has(t, .closes) && !glued && nextGlued)
        let canClose = facts.has(t, .closes) || (!facts.has(t, .opens) && glued)
        if pending >= 0, canClose, t > pending + 1 {
          spans.append(QuoteSpan(open: pending, close: t, isDouble: false, continues: false))
          pending = -1
        } else if canOpen {
          pending = t
        }
      }
      t += 1
    }
    spans.sort { $0.open < $1.open }
    return spans
  }

  // MARK: A content piece's quotes

  /// `emitPiece` takes the quotes opening inside a piece from the
  /// paragraph's quote list, and its stray double marks from the quote
  /// tokens; the walk over every token of the piece found the same, for
  /// every piece of every paragraph of every evaluation text (pieces up to
  /// 40 tokens long).
  @Test func pieceQuotesFromTheListEqualTheTokenWalk() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    var found = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      var pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      for p in document.paragraphs.indices {
        pass.attribute(paragraph: p)  // sets the paragraph's quotes and quoteAt
        let tokens = document.paragraphs[p].tokens
        for start in tokens {
          for end in (start + 1)...min(tokens.upperBound, start + 40) {
            let r = start..<end
            var walked: [QuoteSpan] = []
            var j = r.lowerBound
            while j < r.upperBound {
              let q = pass.quoteAt[j]
              if q >= 0, pass.quotes[Int(q)].open == j {
                walked.append(pass.quotes[Int(q)])
                j = pass.quotes[Int(q)].marks.upperBound
                continue
              }
              j += 1
            }
            let listed = pass.quotes.filter { r.contains($0.open) }
            #expect(listed == walked, "\(origin), paragraph \(p), tokens \(r)")
            let strayWalked = r.contains { facts.has($0, .doubleMark) && pass.quoteAt[$0] < 0 }
            let strayListed = facts.quoteTokens(in: r).contains { facts.has(Int($0), .doubleMark) && pass.quoteAt[Int($0)] < 0 }
            // `emitPiece` looks for such a mark only where the finder warned.
            if strayListed { #expect(pass.paragraphHasUnpairedMark, "\(origin)") }
            #expect(strayListed == strayWalked, "\(origin), paragraph \(p), tokens \(r)")
            found += listed.count
          }
        }
      }
    }
    #expect(found > 1_000)
  }

  // MARK: Overlapping drafts

  @Test func draftsInOrderSkipTheSortAndKeepWhatTheSortKept() throws {
    let engine = try TestSupport.engine()
    let document = engine.read(id: "t", text: String(repeating: "Officials said the talks would resume. ", count: 20))
    let facts = AttributionTestSupport.facts(document, engine)
    var random = SeededRandom(seed: 7)
    var inOrder = 0
    for round in 0..<3_000 {
      var pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      // A few drafts of an earlier paragraph that must stay as they are.
      let first = Int.random(in: 0...2, using: &random)
      for k in 0..<first {
        pass.drafts.append(StatementDraft(paragraph: 0, tokens: (50 - k)..<(52 - k), cue: nil, mention: 0, form: .reported))
      }
      // Drafts either laid out in order without overlap, or anywhere.
      let ordered = random.next() % 2 == 0
      var at = 0
      for _ in 0..<Int.random(in: 0...6, using: &random) {
        let length = Int.random(in: 1...8, using: &random)
        let start = ordered ? at + Int.random(in: 0...3, using: &random) : Int.random(in: 0...40, using: &random)
        at = start + length
        let forms: [Statement.Form] = [.quote, .partialQuote, .reported, .accordingTo, .object]
        let form = forms[Int.random(in: 0..<forms.count, using: &random)]
        pass.drafts.append(StatementDraft(paragraph: 1, tokens: start..<(start + length), cue: nil, mention: Int.random(in: 0...3, using: &random), form: form))
      }
      let expected = Array(pass.drafts[..<first]) + Self.sortedResolution(Array(pass.drafts[first...]))
      if pass.drafts.count - first > 1, zip(pass.drafts[first...], pass.drafts[(first + 1)...]).allSatisfy({ $0.tokens.upperBound <= $1.tokens.lowerBound }) {
        inOrder += 1
      }
      pass.resolveOverlaps(from: first)
      #expect(pass.drafts.map(Self.describe) == expected.map(Self.describe), "round \(round)")
    }
    // Both paths ran.
    #expect(inOrder > 500)
  }

  /// `resolveOverlaps` without its fast path: quotes first, then the
  /// longest, then the earliest; the survivors in text order.
  static func sortedResolution(_ drafts: [StatementDraft]) -> [StatementDraft] {
    guard drafts.count > 1 else { return drafts }
    var candidates = drafts
    candidates.sort {
      if $0.isQuote != $1.isQuote { return $0.isQuote }
      if $0.tokens.count != $1.tokens.count { return $0.tokens.count > $1.tokens.count }
      return $0.tokens.lowerBound < $1.tokens.lowerBound
    }
    var kept: [StatementDraft] = []
    for c in candidates where !kept.contains(where: { $0.tokens.overlaps(c.tokens) }) {
      kept.append(c)
    }
    kept.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    return kept
  }

  static func describe(_ d: StatementDraft) -> String {
    "\(d.paragraph) \(d.tokens) \(d.mention) \(d.form)"
  }
}
