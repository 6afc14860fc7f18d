/// Turns the content found after or before a cue into statement drafts:
/// trims it, splits `… and that …`, takes quotes inside it out as partial
/// quotes, and checks that a content without `that` reads as a clause.
/// A range read as a clause (`looksLikeClause`) and the horizon of that
/// reading: every range from the same start that ends past the horizon and
/// the range's end reads as a clause too (its reading compares alike).
struct KnownClause {
  var range: Range<Int>
  var horizon: Int

  /// Whether `r` is known to read as a clause: it is the range, or it
  /// starts there and ends past the horizon, which is inside the range.
  func covers(_ r: Range<Int>) -> Bool {
    r == range || (r.lowerBound == range.lowerBound && horizon < range.upperBound && horizon < r.upperBound)
  }
}

extension AttributionPass {
  /// Turns content tokens into statement drafts (in `sink`): split at
  /// `and that`, quotes inside taken out as partial quotes.
  /// `clause`: a range known to read as a clause (`looksLikeClause`).
  func emit(_ range: Range<Int>, frame: Frame, source: Int, shape: ContentShape, paragraph: Int, clause: KnownClause? = nil, into sink: inout DraftSink) {
    guard let r = trimContent(range) else { return }
    // `… and that …`: one cue, two contents.
    var pieceStart = r.lowerBound
    forEachSplit(of: r, byWalk: false) { j in
      emitPiece(pieceStart..<j, frame: frame, source: source, shape: shape, governStart: pieceStart == r.lowerBound ? r.lowerBound : nil, paragraph: paragraph, into: &sink)
      pieceStart = j + 2
    }
    let first = pieceStart == r.lowerBound
    // Unsplit, the piece is `r`, trimmed already (trimming twice gives
    // what trimming once does).
    emitPiece(pieceStart..<r.upperBound, frame: frame, source: source, shape: first ? shape : .clause, governStart: first ? r.lowerBound : nil, paragraph: paragraph, trimmed: first, clause: first ? clause : nil, into: &sink)
  }

  /// Calls `split` with each `and` or `but` (in order) where `emit` splits
  /// content `r` (trimmed): one before `that` outside quotes, with a piece
  /// of two tokens or more before it since the last split (`… and that
  /// …`: one cue, two contents).
  /// Only an `and` or `but` before `that` can split, so only those are
  /// looked for (`nextConjunctionBeforeThat`): the walk over every token
  /// outside quotes (`nextConjunction`) met them in the same order, and
  /// every other conjunction only moved it on by a token. `byWalk` takes
  /// that walk, what the search must agree with
  /// (`ConjunctionBeforeThatTests`).
  @inline(__always)
  func forEachSplit(of r: Range<Int>, byWalk: Bool, _ split: (Int) -> Void) {
    var pieceStart = r.lowerBound
    var j = r.lowerBound
    // After `said that A`, `and that` opens a second clause like the
    // first, even before a noun and a verb: `said that residents had
    // refused to leave and that police had carried them out`.
    let parallel = r.lowerBound > 0 && facts.word(r.lowerBound - 1) == .that
    while let c = byWalk ? nextConjunction(from: j, before: r.upperBound) : nextConjunctionBeforeThat(from: j, before: r.upperBound) {
      j = c
      // (`but that would require …` has `that` as its subject: no split.)
      if j + 2 < r.upperBound, facts.word(j + 1) == .that, parallel || !isDeterminerThat(j + 1), !facts.word(j + 2).isAuxiliary, j > pieceStart + 1 {
        split(j)
        pieceStart = j + 2
        j += 2
        continue
      }
      j += 1
    }
  }

  /// The first `and` or `but` in `start..<end` outside quotes that a
  /// `that` follows inside `start..<end`, or nil. Found from the `that`s:
  /// a walk over the rows' classes alone (a byte each), which reads a
  /// token's quote and the class before it only at a `that` (rarer than
  /// `and` and `but` together, and most contents have none).
  /// (A conjunction at `end - 1`, with the `that` past the content, is
  /// left out: `emit` splits at none there.)
  func nextConjunctionBeforeThat(from start: Int, before end: Int) -> Int? {
    precondition(start >= 0 && end <= quoteAt.count && end <= facts.flags.count, "content outside the document")
    return facts.flags.withUnsafeBufferPointer { flags -> Int? in
      var t = start + 1
      while t < end {
        // Four rows a step while none is a `that`: each 64-bit load holds
        // two rows, whose class bytes, made 0 for `that` (xor) and moved
        // to the lanes' low bytes, carry into bit 8 of their lane when
        // 0xFF is added unless they are 0.
        if MemoryLayout<TokenFacts.Flags>.stride == 4, let base = flags.baseAddress {
          let raw = UnsafeRawPointer(base)
          let that = UInt64(WordClass.that.rawValue) << 24 | UInt64(WordClass.that.rawValue) << 56
          let classes: UInt64 = 0xFF00_0000_FF00_0000
          let low: UInt64 = 0xFF_0000_00FF
          let carry: UInt64 = 0x100_0000_0100
          while t &+ 4 <= end {
            let a = ((raw.loadUnaligned(fromByteOffset: t &* 4, as: UInt64.self) ^ that) & classes) &>> 24
            let b = ((raw.loadUnaligned(fromByteOffset: t &* 4 &+ 8, as: UInt64.self) ^ that) & classes) &>> 24
            if (a &+ low) & (b &+ low) & carry != carry { break }
            t &+= 4
          }
        }
        // (Then row by row through the step that holds a `that`, or the
        // last rows.)
        let stop = min(end, t + 4)
        while t < stop {
          if flags[t].word == .that {
            let w = flags[t - 1].word
            if w == .and || w == .but, quoteAt[t - 1] < 0 { return t - 1 }
          }
          t += 1
        }
      }
      return nil
    }
  }

  /// The first `and` or `but` in `start..<end` outside quotes (where
  /// `emit` may split a content), or nil (about 20 instructions a token
  /// through the arrays, 10 through the buffers).
  func nextConjunction(from start: Int, before end: Int) -> Int? {
    firstOutsideQuotes(from: start, before: end) { _, f in f.word == .and || f.word == .but }
  }

  /// The first token of `start..<end` outside the document's quotes that
  /// `found` accepts (given its index and flags), or nil: a walk over the
  /// marks' and flags' buffers, checked once (it reads only tokens
  /// `start..<end`).
  @inline(__always)
  func firstOutsideQuotes(from start: Int, before end: Int, where found: (Int, TokenFacts.Flags) -> Bool) -> Int? {
    precondition(start >= 0 && end <= quoteAt.count && end <= facts.flags.count, "content outside the document")
    return quoteAt.withUnsafeBufferPointer { quoteAt in
      facts.flags.withUnsafeBufferPointer { flags in
        var j = start
        while j < end {
          let q = quoteAt[j]
          if q >= 0 {
            j = quotes[Int(q)].marks.upperBound
            continue
          }
          if found(j, flags[j]) { return j }
          j += 1
        }
        return nil
      }
    }
  }

  /// One content piece: a reported clause, or the real quotes inside it
  /// and the paraphrase a conjunction sets apart.
  /// (`trimmed`: `range` is `trimContent`'s result already; `clause`: a
  /// range known to read as a clause, with those that read as it does.)
  func emitPiece(_ range: Range<Int>, frame: Frame, source: Int, shape: ContentShape, governStart: Int?, paragraph: Int, trimmed: Bool = false, clause: KnownClause? = nil, into sink: inout DraftSink) {
    guard let r = trimmed ? range : trimContent(range) else { return }
    // Text after an unbalanced quotation mark is not guessed at (ATT001/2),
    // and a piece never cuts through a quote.
    // (Only quote tokens can be marks: those of `r` are read from the list.)
    if paragraphHasUnpairedMark {
      for t in facts.quoteTokens(in: r) where facts.has(Int(t), .doubleMark) && quoteAt[Int(t)] < 0 { return }
    }
    if cutsThroughQuote(r) { return }
    // The quotes of the paragraph are disjoint and in order: those opening
    // inside `r` are the ones a walk over its tokens would meet. (In a
    // buffer kept from piece to piece.)
    var real: [QuoteSpan] = []
    swap(&real, &sink.realQuotes)
    real.removeAllKeepingStorage()
    defer { swap(&real, &sink.realQuotes) }
    for span in quotes where r.contains(span.open) {
      if endsWithin(span, r), !isScare(span, governStart: governStart) || isQuotedReply(span, piece: r, shape: shape) { real.append(span) }
    }
    let form: Statement.Form = frame.sourceAfter ? .accordingTo : shape == .object ? .object : .reported
    guard let first = real.first, let last = real.last else {
      // (Most often the clause read by `readContents`, trimmed of its
      // period: not read again when its reading did not reach its end.)
      if shape == .bareClause, clause?.covers(r) != true, !looksLikeClause(r) { return }
      if shape == .before, r.count < Self.minimumBareClause, !looksLikeClause(r) { return }
      if shape == .before, isOpeningPhrase(r) { return }
      if r.count < 2 && shape != .object { return }
      if shape == .object {
        guard var piece = objectBeforePredicate(r) else { return }
        // An object that is one quote, marks and all, is its words:
        // `which the envoy described as “productive,” will resume …`.
        let q = quoteAt[piece.lowerBound]
        if q >= 0, quotes[Int(q)].marks == piece, let inner = quoteContent(quotes[Int(q)]) { piece = inner }
        sink.addDraft(piece, frame: frame, source: source, form: form, paragraph: paragraph)
        return
      }
      sink.addDraft(r, frame: frame, source: source, form: form, paragraph: paragraph)
      return
    }
    // Paraphrase before the first quote, set apart by a conjunction that
    // opens a second predicate: `said it remained in contact … and would
    // “spare no effort”`.
    var pre: Range<Int>? = nil
    var x = r.lowerBound + 2
    while x < first.open {
      // (Over a scare quote before the first real one: its words are no
      // conjunction of the clause, `a “balanced and development-friendly”
      // outcome and would “continue …”`.)
      let q = quoteAt[x]
      if q >= 0 {
        x = quotes[Int(q)].marks.upperBound
        continue
      }
      let w = facts.word(x)
      let opensPredicate = x + 1 < first.open && (facts.isVerbSignal(x + 1) || facts.isAdverb(x + 1) || facts.word(x + 1) == .that || facts.isComma(x + 1))
      // (`because of`, `ahead of`: a preposition, no clause.)
      let clause = w != .subordinator || !(x + 1 < first.open && facts.word(x + 1) == .nameConnector)
      // (`yet` after a negation or an auxiliary is an adverb: `had not yet
      // received`.)
      let adverbialYet = w == .but && (facts.word(x - 1) == .negation || facts.word(x - 1).isAuxiliary)
      if (w == .subordinator && clause) || ((w == .and || w == .but) && opensPredicate && !adverbialYet) {
        if let piece = trimContent(r.lowerBound..<x), piece.count >= 3, shape == .object || looksLikeClause(piece) { pre = piece }
        break
      }
      x += 1
    }
    // Paraphrase after the last quote that a conjunction adds: `… “reviewing
    // its options” and remained committed to pressure`; after words that
    // end the quote's phrase, when the conjunction opens a predicate: `had
    // used “excessive force” against peaceful protesters and should be
    // investigated`.
    var post: Range<Int>? = nil
    var after = last.marks.upperBound
    while after < r.upperBound, facts.isComma(after) { after += 1 }
    // (Not when the quote is the subject of a verb after it: in `after
    // “criminal elements” infiltrated the demonstrations and attacked police
    // stations` the predicates are theirs; nor for a quote of one word,
    // the source's term inside one clause: `said Britain “regretted” the
    // decision … and was considering its response`.)
    if after < r.upperBound, facts.word(after) != .and, facts.word(after) != .but, !facts.isVerbSignal(after), last.inner.count >= 2,
      let c = nextConjunction(from: after, before: r.upperBound), c + 1 < r.upperBound,
      facts.isVerbSignal(c + 1) || (facts.isAdverb(c + 1) && c + 2 < r.upperBound && facts.isVerbSignal(c + 2))
    {
      after = c
    }
    // (Not after the quote in which the cue describes its object: the
    // verb that names or describes governs no predicate after it, which
    // is the source's own act, `described the meeting as “…” and made no
    // mention of …`, `called the talks “useful” but offered no sign of a
    // deal`. A quote after a subject that opens a predicate is the
    // clause's, `said the framework “could hold …,” and that …`; a verb
    // before the quote makes the content a clause, whose subject the
    // predicate after it may have, `reported that the delegation had
    // rejected the offer as “unworkable” and accused …`.)
    let describesObject = shape == .object
      || (first.marks.lowerBound > r.lowerBound && !opensPredicate(first) && isCalledObject(before: first.marks.lowerBound)
        && !facts.hasVerbSignal(in: r.lowerBound..<first.marks.lowerBound))
    if !describesObject, after < r.upperBound, facts.word(after) == .and || facts.word(after) == .but {
      var s = after + 1
      if s < r.upperBound, facts.word(s) == .that { s += 1 }
      if let piece = trimContent(s..<r.upperBound), piece.count >= 2, !piece.contains(where: { quoteAt[$0] >= 0 }),
        facts.hasVerbSignal(in: piece)
      {
        // A refusal to speak is no paraphrase of its own (`… “in close
        // contact with the authorities” and declined to comment on the
        // exchange rate`, `… but could not say who had fired first`): the
        // clause stays one statement.
        if !refusesToSpeak(piece) { post = piece }
      }
    }
    // One reported clause with one quote inside, nothing set apart: the
    // statement is the whole clause, quote and all (`told reporters that
    // the talks were “really constructive”`, `maintained that its soldiers
    // had only returned fire after “a provocation” by Armenian forces`),
    // the content of the verb in one contiguous span. Several quotes stay
    // statements of their own.
    if real.count == 1, first.marks.lowerBound > r.lowerBound, pre == nil, post == nil, shape != .object {
      // (The words before the quote must hold a verb: in `called the offer
      // “a serious step”` they are the object the quote describes.)
      if facts.hasVerbSignal(in: r.lowerBound..<first.marks.lowerBound) {
        // A quote that ends the clause with an adjunct of its own says
        // something the paraphrase does not: two statements (`said the
        // question would return to the table “when the temperature comes
        // down”`; FIXTURES.md, a short quote inside reported speech).
        // (Not around the cue itself: in `It was, she told a news
        // conference, “not a small thing”` the words before the quote are
        // no paraphrase.)
        // (Not one the words before leave waiting, after `that` or a form
        // of `be`: in `said the energy deal showed that “when there is
        // political will, this room can deliver”` the quote is the
        // clause's complement.)
        let awaited = facts.word(first.marks.lowerBound - 1) == .that || facts.word(first.marks.lowerBound - 1) == .be
        if !awaited, !r.contains(frame.cue.start), isAdjunctQuote(first, endingAt: r.upperBound), let paraphrase = trimContent(r.lowerBound..<first.marks.lowerBound), paraphrase.count >= 3,
          let inner = quoteContent(first)
        {
          sink.addDraft(paraphrase, frame: frame, source: source, form: form, paragraph: paragraph)
          sink.addDraft(inner, frame: frame, source: source, form: .partialQuote, paragraph: paragraph)
          return
        }
        sink.addDraft(r, frame: frame, source: source, form: .partialQuote, paragraph: paragraph)
        return
      }
      // Or the quote is the clause's predicate after its subject: `argued
      // that the cull “breaks Norwegian law”`. A comma that closes the
      // quote, inside or after its marks, then ends the clause: what
      // follows describes the quote's words (`“breaks the Bern
      // Convention,” a European treaty that …`). (No other quote in the
      // clause, scare quotes included: `“welcomes any step” and thanked …
      // for what she called its “steady support”` holds two statements.)
      if opensPredicate(first), !quotes.contains(where: { r.contains($0.open) && $0.open != first.open }) {
        let end = first.marks.upperBound
        let closed = end < r.upperBound && (facts.isComma(end) || (first.inner.count > 0 && facts.isComma(first.inner.upperBound - 1)))
        sink.addDraft(closed ? r.lowerBound..<end : r, frame: frame, source: source, form: .partialQuote, paragraph: paragraph)
        return
      }
    }
    for q in real {
      guard let inner = quoteContent(q) else { continue }
      let whole = q.marks.lowerBound <= r.lowerBound && q.marks.upperBound >= r.upperBound
      sink.addDraft(inner, frame: frame, source: source, form: whole ? .quote : .partialQuote, paragraph: paragraph)
    }
    if let pre { sink.addDraft(pre, frame: frame, source: source, form: form, paragraph: paragraph) }
    if let post { sink.addDraft(post, frame: frame, source: source, form: .reported, paragraph: paragraph) }
  }

  /// Whether quote `q`, the last words of a content ending at `end`, is an
  /// adjunct the speaker adds to the clause before it rather than a part
  /// of that clause: it opens with a subordinator (`“if conditions
  /// allow”`, not `“once again”`), `when` or `where`, or `as` without a
  /// determiner (`“as planned”`, `“as long as the other side does”`; not
  /// `“as a weapon”`), or it follows a comma and opens with a negation or
  /// a conjunction or a relative word, or an adverb before a subordinator
  /// (`…, “not one meter less”`, `…, “but only if …”`, `…, “which is how
  /// the last promise failed”`, `…, “even if the rest must wait”`). A
  /// quote opened by a preposition is left in the clause: the labels
  /// split `“within weeks”` from its clause as often as they keep it.
  func isAdjunctQuote(_ q: QuoteSpan, endingAt end: Int) -> Bool {
    // Only punctuation after the closing mark.
    var k = q.marks.upperBound
    while k < end {
      if facts.has(k, .word) { return false }
      k += 1
    }
    let t = q.inner.lowerBound
    guard t + 1 < q.inner.upperBound, facts.has(t, .word) else { return false }
    let next = facts.word(t + 1)
    let open = q.marks.lowerBound
    let afterComma = open > 0 && facts.isComma(open - 1)
    switch facts.word(t) {
    case .subordinator: return next != .adverb
    case .wh: return !isMarked(t, .what) && !isMarked(t, .question)
    case .as: return next != .determiner
    case .negation, .but, .relative: return afterComma
    // `…, “even if the bigger questions have to wait”`.
    case .adverb: return afterComma && (next == .subordinator || next == .wh || next == .as)
    default: return false
    }
  }

  /// Object `r` up to where a conjunction opens the subject's next
  /// predicate: `recognized the regions as independent after the war and
  /// stationed troops in both` (not at a participle that a preposition
  /// follows, which describes as the words before it do: `described as
  /// tentative and based on incomplete data`); nil when nothing is left.
  /// (Out of line: objects are few, and inlined into the hot caller it
  /// cost every content.)
  @inline(never)
  func objectBeforePredicate(_ r: Range<Int>) -> Range<Int>? {
    var from = r.lowerBound + 1
    while let c = nextConjunction(from: from, before: r.upperBound), c + 1 < r.upperBound {
      if facts.isVerbSignal(c + 1), facts.word(c + 1).isAuxiliary || !(c + 2 < r.upperBound && facts.word(c + 2).isPreposition) {
        return trimContent(r.lowerBound..<c)
      }
      from = c + 1
    }
    return r
  }

  /// Whether `piece`, a predicate after a conjunction, refuses to speak
  /// after its adverbs and auxiliaries, a verb of refusal before `to`
  /// (`declined to comment`, `refused to discuss`) or a negation before a
  /// reporting cue (`would not say how far`, `did not say whether`).
  func refusesToSpeak(_ piece: Range<Int>) -> Bool {
    var k = piece.lowerBound
    while k < piece.upperBound, facts.isAdverb(k) || facts.word(k).isAuxiliary { k += 1 }
    guard k + 1 < piece.upperBound else { return false }
    if facts.word(k + 1) == .to { return isMarked(k, .refusal) }
    return facts.word(k) == .negation && facts.has(k + 1, .inCue)
  }

  /// Whether quote `q` opens with a verb in lower case, not after a
  /// determiner: an auxiliary, a past the grammar knows or a present in -s
  /// (`“breaks Norwegian law”`, `“would fail”`; not `a “stranded asset”`,
  /// whose -ed may be an adjective's).
  func opensPredicate(_ q: QuoteSpan) -> Bool {
    let t = q.inner.lowerBound
    guard t < q.inner.upperBound, q.open > 0, facts.word(q.open - 1) != .determiner, facts.has(t, .word), !facts.isCapitalized(t) else { return false }
    let w = facts.word(t)
    return w.isAuxiliary || w == .pastVerb || (facts.has(t, .endsS) && w == .none && facts.speaker(t) == nil)
  }

  /// Whether a quote of the paragraph starts inside `r` and ends after it,
  /// or starts before it and ends inside.
  func cutsThroughQuote(_ r: Range<Int>) -> Bool {
    let first = quoteAt[r.lowerBound]
    if first >= 0, quotes[Int(first)].open < r.lowerBound { return true }
    let last = quoteAt[r.upperBound - 1]
    if last >= 0, !endsWithin(quotes[Int(last)], r) { return true }
    return false
  }

  /// Whether quote `q` ends inside `r`; a quote that runs on into the next
  /// paragraph ends where the paragraph does, so only a period or comma
  /// after `r`, which trimming dropped, may lie between (`she said, “and
  /// this is only the first one.`).
  func endsWithin(_ q: QuoteSpan, _ r: Range<Int>) -> Bool {
    q.marks.upperBound <= r.upperBound || (q.continues && (r.upperBound..<q.close).allSatisfy { isPeriod($0) || facts.isComma($0) })
  }

  /// Whether content `r` before a trailing cue is a sentence's opening
  /// phrase, not a clause: a preposition first (not `to`), no comma, and
  /// no verb but participles in -ed before a preposition (`In a classroom
  /// ringed by razor wire at the prison, twenty men are arguing about
  /// Aristotle`; not `In May the talks failed, officials said`, nor a
  /// quantity: `About 2,300 Syrians left Lebanon, the agency said`).
  func isOpeningPhrase(_ r: Range<Int>) -> Bool {
    let w = facts.word(r.lowerBound)
    guard w.isPreposition, w != .to, !opensQuantity(r.lowerBound) else { return false }
    return !r.contains { k in
      facts.isComma(k) || facts.has(k, .inCue) || quoteAt[k] >= 0 || facts.word(k).isAuxiliary || facts.word(k) == .negation || facts.word(k) == .pastVerb
        || (facts.isVerbSignal(k) && !(facts.has(k, .endsED) && k + 1 < r.upperBound && facts.word(k + 1).isPreposition))
    }
  }

  /// Content without leading `that`, conjunctions and commas, and without
  /// trailing punctuation; nil when nothing is left.
  func trimContent(_ range: Range<Int>) -> Range<Int>? {
    var s = range.lowerBound
    var e = range.upperBound
    while s < e {
      let w = facts.word(s)
      // (Not a `that` with an auxiliary after it, a demonstrative
      // subject: `That was the offer, the mediator said`.)
      let complementizer = w == .that && !(s + 1 < e && facts.word(s + 1).isAuxiliary)
      if facts.isComma(s) || facts.has(s, .colon) || facts.has(s, .clausePunct) || complementizer || w.isCoordinator {
        s += 1
      } else {
        break
      }
    }
    while e > s {
      let t = e - 1
      if facts.isComma(t) || facts.has(t, .colon) || (facts.has(t, .clausePunct) && !isClosingParen(t)) || isPeriod(t) {
        e -= 1
      } else {
        break
      }
    }
    // A lone preposition is no content: in `what they asked for` the verb
    // asks for something, it reports nothing.
    if e - s == 1, facts.word(s).isPreposition { return nil }
    return s < e ? s..<e : nil
  }

  /// The words of a quote: between its marks, without the comma or period
  /// that closes it.
  func quoteContent(_ q: QuoteSpan) -> Range<Int>? {
    var e = q.inner.upperBound
    let s = q.inner.lowerBound
    while e > s, facts.isComma(e - 1) || isPeriod(e - 1) || facts.has(e - 1, .colon) { e -= 1 }
    return s < e ? s..<e : nil
  }

  func isPeriod(_ i: Int) -> Bool {
    let t = document.tokens[i]
    return t.kind == .terminal && t.length == 1 && document.text[Int(t.start)] == UInt8(ascii: ".")
  }

  func isClosingParen(_ i: Int) -> Bool {
    document.text[Int(document.tokens[i].start)] == UInt8(ascii: ")")
  }

  /// A clause with no `that` is kept only if a sign of its verb comes
  /// within this many tokens (a subject is short).
  static let clauseVerbWindow = 16

  /// A clause before a trailing cue with no sign of a verb is still taken
  /// from this many tokens on (`About 70 percent of the crude now moves …,
  /// estimated X`).
  static let minimumBareClause = 6

  /// Whether tokens read as a clause: a subject pronoun first, or a sign of
  /// a finite verb (auxiliary, modal, a verb in `-ed`, a present-tense verb
  /// right after a short subject) within the first tokens.
  func looksLikeClause(_ r: Range<Int>) -> Bool {
    var horizon = 0
    return looksLikeClause(r, horizon: &horizon)
  }

  /// `looksLikeClause(_:)`, and in `horizon` a token index at least as
  /// large as every index the reading compared with `r`'s end
  /// (`KnownClause`). A reading of the same start and an end past both
  /// the horizon and `r`'s makes every comparison alike, so it gives the
  /// same answer (`ConjunctionBeforeThatTests`). (Taken wide: two tokens
  /// past each step, and the whole reach of a comma's search.)
  @inline(__always)
  func looksLikeClause(_ r: Range<Int>, horizon: inout Int) -> Bool {
    horizon = r.lowerBound + 1
    guard r.count >= 2 else { return false }
    if facts.pronoun(r.lowerBound) != .none, facts.word(r.lowerBound) != .determiner { return true }
    // A determiner with an auxiliary right after it stands alone, a
    // demonstrative subject: `This is the plan, the envoy said`, `Those
    // were the terms`.
    if facts.word(r.lowerBound) == .determiner, facts.word(r.lowerBound + 1).isAuxiliary { return true }
    var j = r.lowerBound
    var seen = 0
    var sawPreposition = false
    while true {
      horizon = max(horizon, j + 2)
      guard j < r.upperBound, seen < Self.clauseVerbWindow else { break }
      let q = quoteAt[j]
      if q >= 0 {
        j = quotes[Int(q)].marks.upperBound
        continue
      }
      // A comma before an adverbial ends the subject's chance of a verb:
      // `more than 100 tankers to a blacklist, after Slovakia dropped …`;
      // not a phrase or clause set off by two commas before the verb: `the
      // full cost, about $10 billion, was more than …`, `children in South
      // Kivu, where the virus spreads fastest, would be …`, `the return
      // plan, if carried out, could ease …`.
      if facts.isComma(j), j + 1 < r.upperBound, facts.word(j + 1).isPreposition || facts.word(j + 1) == .subordinator || facts.word(j + 1) == .wh {
        // (A clause is longer than a phrase: `the economy, where the currency
        // has lost much of its value and many civil servants have gone
        // months without pay, might …`; `the first session, on responding
        // to oil spills in the Barents Sea, would …`.)
        let reach = facts.word(j + 1) == .wh ? 24 : 12
        horizon = max(horizon, j + reach + 4)  // (and adverbs after the closing comma)
        guard j + 2 < r.upperBound else { return false }
        // The comma that closes it may follow a list: `several governments,
        // including Germany, Ireland and Denmark, were likely to …`.
        let limit = min(r.upperBound, j + reach)
        var close = facts.firstComma(in: (j + 2)..<limit)
        while let c = close, c + 1 < limit, !isVerbSignal(afterAdverbs: c + 1, end: r.upperBound) { close = facts.firstComma(in: (c + 1)..<limit) }
        guard let c = close, c + 1 < r.upperBound, isVerbSignal(afterAdverbs: c + 1, end: r.upperBound) else { return false }
        j = c + 1
        continue
      }
      if facts.isVerbSignal(j) { return true }
      // (`About 2,300 Syrians left Lebanon`: a quantity, no phrase.)
      if facts.word(j).isPreposition, !opensQuantity(j) { sawPreposition = true }
      if !sawPreposition, seen >= 1, j + 1 < r.upperBound, isLikelyVerb(j) { return true }
      // After a phrase with a preposition, only before a determiner or a
      // number: `each hour without the internet cost the economy …`.
      if sawPreposition, seen >= 3, j + 1 < r.upperBound, facts.word(j + 1) == .determiner || facts.has(j + 1, .number), isLikelyVerb(j) { return true }
      // Or a word in -s before a plain word, after a plain noun: `the round
      // of talks offers scant sign of progress`.
      if sawPreposition, seen >= 3, j + 1 < r.upperBound, facts.has(j, .endsS), facts.has(j + 1, .word), !facts.isCapitalized(j + 1),
        facts.word(j + 1) == .none || facts.word(j + 1) == .adjective, isLikelyVerb(j)
      {
        return true
      }
      seen += 1
      j += 1
    }
    return false
  }

  /// Whether a verb signal (`TokenFacts.isVerbSignal`) stands at `k` or
  /// after adverbs there, before `end`: `the share, about $300 million,
  /// still needed …`.
  func isVerbSignal(afterAdverbs k: Int, end: Int) -> Bool {
    var v = k
    while v < end, v < k + 3, facts.isAdverb(v) { v += 1 }
    return v < end && facts.isVerbSignal(v)
  }

  /// A plain word between a subject and what follows it, read as a verb:
  /// in `-s` after a short subject (`the document contains claims`, `Russia
  /// now controls`), or any plain word between a noun and a new noun phrase
  /// (`the strike hit a fuel depot`).
  func isLikelyVerb(_ j: Int) -> Bool {
    guard facts.has(j, .word), facts.word(j) == .none, !facts.isCapitalized(j), facts.speaker(j) == nil, j > 0 else { return false }
    let before = j - 1
    let after = j + 1
    let nounBefore = facts.has(before, .word) && !facts.isCapitalized(before) && facts.word(before) == .none && facts.speaker(before) == nil
    let nameBefore = facts.isCapitalized(before) && facts.word(before) == .none && !facts.has(before, .sentenceStart)
    let wordAfter = facts.has(after, .word) || facts.has(after, .number)
    if facts.has(j, .endsS), nounBefore || nameBefore || facts.word(before) == .adverb, wordAfter, !facts.isCapitalized(after) || facts.word(after) == .none {
      return !facts.isCapitalized(before) || facts.word(before) == .adverb || nameBefore
    }
    let phraseAfter = facts.word(after) == .determiner || facts.word(after) == .quantifier || facts.has(after, .number) || (facts.isCapitalized(after) && facts.word(after) == .none)
    if agreesWithPlural(j) { return true }
    // `Exports fell sharply`: a word between a noun and an adverb in -ly.
    let adverbAfter = facts.has(after, .endsLY) && !facts.isCapitalized(after)
    let subjectStart = facts.has(before, .sentenceStart) && facts.isCapitalized(before) && facts.word(before) == .none
    // `a packet now cost 230 shillings`: an adverb between the noun and
    // the word.
    let adverbAfterNoun = facts.word(before) == .adverb && before > 0 && facts.has(before - 1, .word) && !facts.isCapitalized(before - 1)
      && facts.word(before - 1) == .none && facts.speaker(before - 1) == nil
    return (nounBefore || nameBefore || subjectStart || adverbAfterNoun) && (phraseAfter || adverbAfter)
  }

  /// `both parties stand ready`, `member states face fines`: a plain word
  /// in its base form after a plain plural noun agrees with it, a verb
  /// before a word (a noun after a noun in -s leads to a preposition: `a
  /// news conference in Prague`). The plural may name a source: `farmers
  /// face ruin`.
  func agreesWithPlural(_ j: Int) -> Bool {
    guard j > 0, j + 1 < document.tokens.count, facts.has(j, .word), facts.word(j) == .none, !facts.isCapitalized(j), facts.speaker(j) == nil else { return false }
    let before = j - 1
    let after = j + 1
    guard facts.has(before, .word), !facts.isCapitalized(before), facts.word(before) == .none, facts.has(before, .endsS) else { return false }
    return !facts.has(j, .endsS) && !facts.has(j, .endsING) && !facts.has(j, .endsLY)
      && (facts.has(after, .word) || facts.has(after, .number))
      && !facts.word(after).isPreposition && facts.word(after) != .to && facts.word(after) != .nameConnector
  }

  /// A quote that is all the content before a trailing attribution and
  /// ends in speech punctuation inside its marks is speech, however short
  /// or capitalized: `“Yes,” the minister said`, `“Never,” said Ms. Ruiz`.
  func isQuotedReply(_ q: QuoteSpan, piece r: Range<Int>, shape: ContentShape) -> Bool {
    guard shape == .before, r == q.marks, !q.continues, q.close > q.open + 1 else { return false }
    let last = q.close - 1
    return facts.isComma(last) || facts.isTerminal(last)
  }

  /// Whether `r` holds a quote that is not a scare quote.
  func containsRealQuote(_ r: Range<Int>) -> Bool {
    var j = r.lowerBound
    while j < r.upperBound {
      let q = quoteAt[j]
      if q >= 0, quotes[Int(q)].open == j {
        if !isScare(quotes[Int(q)], governStart: r.lowerBound) { return true }
        j = quotes[Int(q)].marks.upperBound
        continue
      }
      j += 1
    }
    return false
  }
}

/// What reading a unit's contents gives: its drafts in the order found
/// (`AttributionPass.addDraft(_:lists:)` adds them to the lists after), with a
/// buffer for a piece's quotes. Kept apart from the pass while the
/// contents are read, so that the readers are non-mutating methods of the
/// pass: a mutating method copies the whole pass for every helper it calls.
struct DraftSink {
  var drafts: [StatementDraft] = []
  var realQuotes: [QuoteSpan] = []
  /// The subjects that parenthetical cues interrupt (`Shelters, it said,
  /// were holding …`), by source mention: a pronoun source cannot refer
  /// to them.
  var interrupted: [(mention: Int, tokens: Range<Int>)] = []

  /// Records a draft (`AttributionPass.addDraft(_:lists:)` decides on it).
  mutating func addDraft(_ tokens: Range<Int>, frame: Frame?, source: Int, form: Statement.Form, paragraph: Int) {
    drafts.append(StatementDraft(paragraph: paragraph, tokens: tokens, cue: frame?.cue, mention: source, form: form))
  }
}

extension AttributionPass {
  /// Adds a draft unless an earlier cue already gave the same tokens (the
  /// outer cue wins: `said the United States welcomed “any step …”`).
  func addDraft(_ draft: StatementDraft, lists: inout PassLists) {
    // Only a draft of the same paragraph can have the same tokens (a
    // draft's tokens lie in its paragraph), and the drafts are in
    // paragraph order: the walk goes back over the paragraph's own, not
    // over every draft of the document.
    var k = lists.drafts.count - 1
    while k >= 0, lists.drafts[k].paragraph == draft.paragraph {
      if lists.drafts[k].tokens == draft.tokens { return }
      k -= 1
    }
    lists.drafts.append(draft)
    let source = draft.mention
    lists.mentions[source].isSource = true
    if lists.mentions[source].pronoun != .none {
      lists.pronounStatements.append(PronounStatement(tokens: draft.tokens, next: lists.mentions[source].lastStatement))
      lists.mentions[source].lastStatement = Int32(lists.pronounStatements.count - 1)
    }
  }
}
