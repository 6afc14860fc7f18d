/// Quotation marks that do not report speech: scare quotes, quoted names
/// and titles, and quoted terms set against each other.
extension AttributionPass {
  /// Quotation marks that draw attention to a word or name a thing rather
  /// than report speech: `the “Safe Passage Mechanism”`, `the so-called
  /// “reset”`, `“condemn” or merely “note”`. `governStart` is where the
  /// content of a cue starts: `called its “persistent … work”` is governed.
  func isScare(_ q: QuoteSpan, governStart: Int?) -> Bool {
    // (Most quotes asked about are whole statements: one walk over their
    // first words settles them, and counts the words of the others for the
    // tests below, where each test walked them again.)
    guard let words = scareWords(q) else { return false }
    if isNameLike(q) { return true }
    let p = q.open - 1
    // Only a short quote (a name or a term) is a scare quote after a
    // determiner: `the “hard core”`, but `the “patient work of the mediators”`.
    // (The paragraph's start is found only for a short quote: most are
    // long.)
    if words <= Self.maxScareWords, case let floor = paragraphStart(of: q.open), p >= floor {
      if isDeterminerLike(p) {
        // `called its “persistent work”` is governed by the cue; `called
        // the “hard core”` names a thing.
        if let g = governStart, p == g, facts.pronoun(p) != .none { return false }
        // `called the project a “climate time bomb”`: after the cue's
        // object, an article opens what the object is called.
        if governStart != nil, facts.word(p) == .determiner, isCalledObject(before: p) { return false }
        return true
      }
      if facts.has(p, .hyphenated), !facts.isCapitalized(p), p - 1 >= floor, isDeterminerLike(p - 1) { return true }
    }
    return isContrastedTerm(q, words: words) || isTermBeforeVerb(q, words: words)
  }

  /// The number of words of quote `q` (numbers count), up to one more
  /// than `maxScareWords`; nil when it has more than that many and, among
  /// its tokens up to the word past that many, one that `isNameLike`
  /// rejects: then it is no scare quote, since every test of `isScare`
  /// needs a name (`isNameLike`) or at most that many words (the
  /// determiner's test; a contrasted term has two at most, a term before
  /// a verb one). A walk over the flags' buffer, checked once.
  /// (Over the quote's inner tokens, not `quoteContent`: the comma, period
  /// or colon it drops is no word or number, and one met before a word is
  /// inside the content.)
  func scareWords(_ q: QuoteSpan) -> Int? {
    let inner = q.inner
    precondition(inner.lowerBound >= 0 && inner.upperBound <= facts.flags.count, "quote outside the document")
    let counted = TokenFacts.Flags.word.rawValue | TokenFacts.Flags.number.rawValue
    let stops = TokenFacts.Flags.comma.rawValue | TokenFacts.Flags.terminal.rawValue | TokenFacts.Flags.colon.rawValue
    return facts.flags.withUnsafeBufferPointer { flags in
      var words = 0
      var nameLike = true
      var k = inner.lowerBound
      while k < inner.upperBound {
        let f = flags[k]
        k &+= 1
        if f.rawValue & counted != 0 {
          if nameLike, !f.contains(.capitalized) {
            let w = f.word
            if !(w.isPreposition || w == .determiner || w == .and) { nameLike = false }
          }
          words &+= 1
          if words > Self.maxScareWords { return nameLike ? words : nil }
        } else if f.rawValue & stops != 0 {
          nameLike = false
        }
      }
      return words
    }
  }

  /// A quote of one word that a verb follows is a noun of the
  /// clause, the source's term for a thing (`reported that “rioters” had
  /// attacked`, `said several “ringleaders” had been arrested`): the
  /// statement is the clause around it, not the word.
  /// (`words`: the quote's words, `scareWords(q)`.)
  func isTermBeforeVerb(_ q: QuoteSpan, words: Int) -> Bool {
    guard !q.continues, words <= 1 else { return false }
    let v = q.close + 1
    guard v < document.tokens.count, facts.has(v, .word), !facts.isCapitalized(v) else { return false }
    let w = facts.word(v)
    return w.isAuxiliary || w == .pastVerb || (facts.has(v, .endsED) && !facts.has(v, .inCue))
  }

  /// Whether a short object with no verb, preposition or punctuation
  /// (`the project`, `the new rules`) stands between a cue and token `p`:
  /// the noun phrase a naming cue describes.
  func isCalledObject(before p: Int) -> Bool {
    var s = p
    while s > 0, p - s < Self.maxCalledObject, facts.has(s - 1, .word), !facts.has(s - 1, .inCue) {
      let w = facts.word(s - 1)
      if facts.isVerbSignal(s - 1) || w.isPreposition || quoteAt[s - 1] >= 0 { return false }
      s -= 1
    }
    return s < p && s > 0 && facts.has(s - 1, .inCue)
  }

  /// Longest object read before a naming cue's quoted description.
  static let maxCalledObject = 5

  /// Longest quote (in words) that a determiner before it can make a name
  /// or a scare quote.
  static let maxScareWords = 4

  /// Two short quoted terms set against each other: `whether to “condemn”
  /// or merely “note”`.
  /// (`words`: the quote's words, `scareWords(q)`.)
  func isContrastedTerm(_ q: QuoteSpan, words: Int) -> Bool {
    guard words <= 2 else { return false }
    for other in quotes where other.open != q.open && hasAtMostWords(other, 2) {
      let (a, b) = other.open < q.open ? (other, q) : (q, other)
      guard a.marks.upperBound <= b.open else { continue }
      let gap = a.marks.upperBound..<b.open
      guard gap.count <= 8 else { continue }
      if gap.contains(where: { facts.word($0) == .or }), !gap.contains(where: { facts.has($0, .inCue) }) { return true }
    }
    return false
  }

  /// Every word of the quote capitalized but small connectors, and no
  /// sentence punctuation: a title or a name (`“Roads to Recovery”`).
  func isNameLike(_ q: QuoteSpan) -> Bool {
    guard let inner = quoteContent(q) else { return false }
    var words = 0
    for k in inner {
      if facts.has(k, .word) || facts.has(k, .number) {
        words += 1
        let w = facts.word(k)
        if !facts.isCapitalized(k), !(w.isPreposition || w == .determiner || w == .and) { return false }
      } else if facts.isComma(k) || facts.isTerminal(k) || facts.has(k, .colon) {
        return false
      }
    }
    return words >= 1 && words <= 6 && facts.isCapitalized(inner.lowerBound)
  }

  func isDeterminerLike(_ i: Int) -> Bool {
    facts.word(i) == .determiner || facts.has(i, .possessive)
  }

  /// Whether the quote holds at most `limit` words (numbers count as
  /// words). The count stops past `limit`: the quotes asked about are
  /// mostly whole statements, tens of words long.
  func hasAtMostWords(_ q: QuoteSpan, _ limit: Int) -> Bool {
    var n = 0
    for k in q.inner where facts.has(k, .word) || facts.has(k, .number) {
      n += 1
      if n > limit { return false }
    }
    return true
  }

  func paragraphStart(of token: Int) -> Int {
    // Over the sentences' buffer, with arithmetic that cannot overflow
    // (0 <= lo < mid < hi <= count): no overflow or bounds checks in the
    // loop.
    let sentence = document.sentences.withUnsafeBufferPointer { sentences in
      var lo = 0
      var hi = sentences.count
      while lo &+ 1 < hi {
        let mid = (lo &+ hi) &>> 1
        if sentences[mid].tokens.lowerBound <= token { lo = mid } else { hi = mid }
      }
      return lo
    }
    return document.paragraphs[document.sentences[sentence].paragraph].tokens.lowerBound
  }
}
