/// A reporting cue read in its clause: where its source is and on which
/// side its content lies.
struct Frame: Sendable {
  var cue: CueMatch
  /// Mention index of the source; nil for a silent frame.
  var source: Int?
  /// First token of the attribution: the subject, or the comma or
  /// conjunction before it.
  var boundary: Int
  /// The attribution starts a new clause (after a comma or a conjunction),
  /// so the content of an earlier cue ends before it. A cue inside a
  /// content clause (`said Russia believes …`) does not.
  var isCoordinate: Bool
  /// End of the attribution: after the cue, or after the source that
  /// follows it (`…, said Oleksandr Hrytsenko, the secretary …`).
  var regionEnd: Int
  /// The content may precede the attribution (`…, officials said.`).
  var trailing: Bool
  /// `according to X`: the source follows the cue.
  var sourceAfter: Bool
  /// The content follows `according to X,` rather than preceding it.
  var contentAfterSource = false
  /// Where the content after the cue starts, and what shape it has.
  var forward: Int? = nil
  var forwardShape: ContentShape = .clause
  /// A negated, infinitive or passive cue: it reports nothing, but its
  /// clause still ends the content of an earlier cue.
  var silent: Bool
}

/// What follows a cue.
enum ContentShape: Sendable {
  /// A clause after `that`, a colon, or `according to X,`.
  case clause
  /// A clause with no `that`: kept only if it looks like one.
  case bareClause
  /// The object after `insisted on`, `cautioned against`, `described … as`.
  case object
  /// A quotation right after the cue or its colon.
  case quote
  /// The rest of a clause split by a parenthetical attribution
  /// (`…, they noted, and often stall …`).
  case continuation
  /// The clause before a trailing attribution (`CLAUSE, officials said.`):
  /// kept if it is a quote, looks like a clause, or is long.
  case before
}

/// Finds reported speech and the quotes attributed by reporting cues, one
/// unit (a sentence, or sentences joined by a quote) at a time.
///
/// Patterns read: `X said (that) CLAUSE`, `CLAUSE, X said.`, `“…,” said X,
/// the envoy.`, `X told Y (that) CLAUSE`, `X said: “…”`, `according to X,
/// CLAUSE` and `CLAUSE, according to X`, `X insisted on OBJECT`, `X
/// described Y as OBJECT`, `X said …, adding that …`, `… and said …` (the
/// subject carries over), `analysts say …` (the source inside the cue),
/// `Negotiators, it reported, also insisted …` (a parenthetical cue).
/// Partial quotes inside reported speech become the statement; the
/// paraphrase around them counts only where a conjunction sets it apart.
/// Not read: negated cues (`did not say`), infinitives (`declined to
/// comment`), passives (`is believed to`), cues inside quotes.
extension AttributionPass {
  mutating func readUnit(_ unit: Range<Int>, paragraph: Int) {
    let subject = unitSubject(unit, paragraph: paragraph)
    unitSubjects.append((unit, subject))
    var frames: [Frame] = []
    var absorbedUntil = unit.lowerBound
    var c = firstCue(atOrAfter: unit.lowerBound)
    while c < facts.cues.count, facts.cues[c].start < unit.upperBound {
      let cue = facts.cues[c]
      c += 1
      if cue.start < absorbedUntil || quoteAt[cue.start] >= 0 { continue }
      guard var frame = makeFrame(cue, unit: unit, paragraph: paragraph, previous: frames, unitSubject: subject) else { continue }
      if !frame.silent, !frame.sourceAfter {
        if let (start, shape) = forwardStart(frame, unit: unit) {
          frame.forward = start
          frame.forwardShape = shape
          absorbedUntil = max(absorbedUntil, start)
        }
      }
      frames.append(frame)
    }
    var lastEnd = unit.lowerBound
    for (fi, f) in frames.enumerated() where !f.silent {
      guard let source = f.source else { continue }
      let cut = frames[(fi + 1)...].first { $0.isCoordinate && $0.boundary >= f.regionEnd }?.boundary ?? unit.upperBound
      if f.sourceAfter {
        if f.contentAfterSource {
          var s = f.regionEnd
          while s < cut, facts.isComma(s) { s += 1 }
          if s < cut { emit(s..<cut, frame: f, source: source, shape: .clause, paragraph: paragraph) }
          lastEnd = max(lastEnd, cut)
        } else {
          if lastEnd < f.boundary { emit(lastEnd..<f.boundary, frame: f, source: source, shape: .clause, paragraph: paragraph) }
          lastEnd = max(lastEnd, f.regionEnd)
        }
        continue
      }
      var forwardRange: Range<Int>? = nil
      if let start = f.forward, start < cut {
        let end = contentEnd(from: start, to: cut)
        // A bare phrase after a trailing cue is a listener or a place
        // (`“…,” he told a news conference in Prague`), not content.
        if start < end, f.forwardShape != .bareClause || looksLikeClause(start..<end) || containsRealQuote(start..<end) {
          forwardRange = start..<end
        }
      }
      let splitQuote = f.forwardShape == .quote || f.forwardShape == .continuation
      if f.trailing, forwardRange == nil || splitQuote, lastEnd < f.boundary {
        emit(lastEnd..<f.boundary, frame: f, source: source, shape: .before, paragraph: paragraph)
      }
      var forwardEnd = f.regionEnd
      if let fr = forwardRange {
        emit(fr, frame: f, source: source, shape: f.forwardShape, paragraph: paragraph)
        forwardEnd = fr.upperBound
      }
      lastEnd = max(lastEnd, forwardEnd)
    }
  }

  /// Index of the first cue starting at or after token `t`.
  func firstCue(atOrAfter t: Int) -> Int {
    var lo = 0
    var hi = facts.cues.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if facts.cues[mid].start < t { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  // MARK: Frames

  /// Reads the cue in its clause: filters, source and direction.
  mutating func makeFrame(_ cue: CueMatch, unit: Range<Int>, paragraph: Int, previous: [Frame], unitSubject: Int?) -> Frame? {
    let vocabulary = facts
    // A speaker noun at the start of the cue (`analysts say`) is its source.
    var verbStart = cue.start
    if let s = vocabulary.speaker(cue.start), s.start == cue.start, s.end < cue.end, !s.categories.subtracting([.title, .pronoun]).isEmpty {
      verbStart = s.end
    }
    var frame = Frame(cue: cue, source: nil, boundary: cue.start, isCoordinate: false, regionEnd: cue.end, trailing: false, sourceAfter: false, silent: false)
    var b = cue.start - 1
    if verbStart == cue.start {
      var silent = false
      while b >= unit.lowerBound, facts.isAdverb(b) || facts.word[b].isAuxiliary || facts.word[b] == .negation {
        if facts.word[b] == .negation { silent = true }
        if facts.word[b] == .be, cue.end - cue.start == 1, !facts.has(cue.start, .endsING) { silent = true }
        b -= 1
      }
      if b >= unit.lowerBound, facts.word[b] == .to { silent = true }
      if silent {
        frame.silent = true
        setBoundary(&frame, before: b + 1, unit: unit)
        return frame
      }
    }
    let subjectEnd = verbStart == cue.start ? b + 1 : verbStart
    // `according to X`, `in the words of X`: the source follows.
    if entryEndsWithPreposition(cue.entry) {
      let before = subjectEnd - 1
      let atStart = subjectEnd == unit.lowerBound || (before >= unit.lowerBound && (facts.word[before] == .and || facts.word[before] == .but))
      let afterComma = before >= unit.lowerBound && (facts.isComma(before) || facts.has(before, .clausePunct))
      guard atStart || afterComma, let np = sourceAfterCue(from: cue.end, end: unit.upperBound) else {
        frame.silent = true
        return frame
      }
      frame.source = mention(for: np, paragraph: paragraph, isSource: true)
      frame.sourceAfter = true
      frame.contentAfterSource = atStart
      frame.boundary = atStart ? max(unit.lowerBound, before) : before
      frame.isCoordinate = !atStart || subjectEnd > unit.lowerBound
      frame.regionEnd = phraseEnd(np)
      return frame
    }
    let prev = subjectEnd - 1
    let prevIsComma = prev >= unit.lowerBound && facts.isComma(prev)
    let prevClosesQuote = prev >= unit.lowerBound && isClosingMark(prev)
    // A participle after a comma or conjunction: `…, saying that …`.
    if verbStart == cue.start, facts.has(cue.start, .endsING), prev >= unit.lowerBound,
      prevIsComma || facts.word[prev] == .and || facts.word[prev] == .but || facts.word[prev] == .subordinator
    {
      frame.source = inheritedSource(previous, unitSubject: unitSubject)
      frame.silent = frame.source == nil
      setBoundary(&frame, before: subjectEnd, unit: unit)
      return frame
    }
    // Inversion: `“…,” said X.` / `…, said X, who …`.
    if verbStart == cue.start, prevIsComma || prevClosesQuote, let np = forwardNP(from: cue.end, end: unit.upperBound), isMentionLike(np) {
      let after = phraseEnd(np)
      let next = after < unit.upperBound ? after : unit.upperBound - 1
      if after >= unit.upperBound || facts.isComma(next) || facts.isTerminal(next) || facts.word[next] == .relative || facts.has(next, .clausePunct) {
        frame.source = mention(for: np, paragraph: paragraph, isSource: true)
        frame.trailing = true
        frame.boundary = prevIsComma ? prev : cue.start
        frame.isCoordinate = true
        frame.regionEnd = after
        return frame
      }
    }
    // A second verb of the same subject: `… and said …`, `… but warned …`.
    if verbStart == cue.start, prev >= unit.lowerBound, facts.word[prev] == .and || facts.word[prev] == .but {
      frame.source = inheritedSource(previous, unitSubject: unitSubject)
      frame.silent = frame.source == nil
      setBoundary(&frame, before: subjectEnd, unit: unit)
      return frame
    }
    // A relative clause: `Caroline Ashby, a deputy special envoy, who insisted`.
    if verbStart == cue.start, prev >= unit.lowerBound, facts.word[prev] == .relative {
      guard let np = nounPhraseBefore(prev, floor: unit.lowerBound), isMentionLike(np) else {
        frame.silent = true
        return frame
      }
      frame.source = mention(for: np, paragraph: paragraph, isSource: true)
      frame.boundary = prev
      return frame
    }
    guard let np = subjectBefore(subjectEnd, floor: unit.lowerBound), isMentionLike(np) else {
      frame.silent = true
      setBoundary(&frame, before: subjectEnd, unit: unit)
      return frame
    }
    frame.source = mention(for: np, paragraph: paragraph, isSource: true)
    setBoundary(&frame, before: np.range.lowerBound, unit: unit)
    let lead = np.range.lowerBound - 1
    frame.trailing = lead >= unit.lowerBound && (facts.isComma(lead) || isClosingMark(lead))
    return frame
  }

  /// Sets the frame's boundary to the attribution start at `start`, moved
  /// back over a comma and conjunction that open its clause.
  func setBoundary(_ frame: inout Frame, before start: Int, unit: Range<Int>) {
    var s = start
    var coordinate = false
    for _ in 0..<2 {
      let p = s - 1
      guard p >= unit.lowerBound else { break }
      let w = facts.word[p]
      if facts.isComma(p) || facts.has(p, .clausePunct) || w == .and || w == .but || w == .subordinator || isClosingMark(p) {
        coordinate = true
        s = p
        if isClosingMark(p) { s = start; break }
      } else {
        break
      }
    }
    frame.boundary = s
    frame.isCoordinate = coordinate
  }

  /// The source of an earlier cue of the unit, or the unit's subject.
  func inheritedSource(_ previous: [Frame], unitSubject: Int?) -> Int? {
    previous.last(where: { !$0.silent && $0.source != nil })?.source ?? unitSubject
  }

  func entryEndsWithPreposition(_ entry: Int) -> Bool {
    vocabulary.endsWithPreposition[entry]
  }

  /// A clause before a trailing cue with no sign of a verb is still taken
  /// from this many tokens on (`About 70 percent of the crude now moves …,
  /// estimated X`).
  static let minimumBareClause = 6

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

  /// The source after `according to`: a noun phrase, or the `by X` inside
  /// it (`a summary released by the Swiss foreign ministry`).
  func sourceAfterCue(from start: Int, end: Int) -> NounPhrase? {
    guard var np = forwardNP(from: start, end: end), isMentionLike(np) else { return nil }
    let r = np.range
    if let by = r.dropFirst().first(where: { facts.word[$0] == .preposition && isWordBy($0) }), by + 1 < r.upperBound,
      facts.isCapitalized(by + 1) || (facts.word[by + 1] == .determiner && by + 2 < r.upperBound && facts.isCapitalized(by + 2))
    {
      np.range = (by + 1)..<r.upperBound
    }
    return np
  }

  func isWordBy(_ i: Int) -> Bool {
    let t = document.tokens[i]
    return t.length == 2 && document.text[Int(t.start)] | 0x20 == UInt8(ascii: "b") && document.text[Int(t.start) + 1] | 0x20 == UInt8(ascii: "y")
  }

  /// Whether token `i` is the closing mark of a quote of this paragraph.
  func isClosingMark(_ i: Int) -> Bool {
    let q = quoteAt[i]
    return q >= 0 && !quotes[Int(q)].continues && quotes[Int(q)].close == i
  }

  /// Whether token `i` opens a quote of this paragraph.
  func isOpeningMark(_ i: Int) -> Bool {
    let q = quoteAt[i]
    return q >= 0 && quotes[Int(q)].open == i
  }

  // MARK: Content after the cue

  /// Where the content after a cue starts: after `that` or a colon, at an
  /// opening quote, after a listener (`told reporters`) or a phrase of
  /// place and time (`said in a statement on Sunday that`).
  func forwardStart(_ f: Frame, unit: Range<Int>) -> (Int, ContentShape)? {
    let end = unit.upperBound
    var k = f.regionEnd
    while k < end, facts.isAdverb(k) { k += 1 }
    guard k < end, !facts.isTerminal(k) else { return nil }
    if facts.has(k, .colon) {
      guard k + 1 < end else { return nil }
      return (k + 1, isOpeningMark(k + 1) ? .quote : .clause)
    }
    if isOpeningMark(k) { return (k, .quote) }
    if facts.isComma(k) {
      guard f.trailing, k + 1 < end else { return nil }
      if isOpeningMark(k + 1) { return (k + 1, .quote) }
      if facts.word[k + 1] == .and, k + 2 < end, facts.cueAt[k + 2] < 0 { return (k + 2, .continuation) }
      return nil
    }
    if facts.word[k] == .that { return (k + 1, .clause) }
    if facts.word[k] == .objectPreposition, cueWeight(f.cue) != 0 { return (k + 1, .object) }
    if facts.word[k] == .to { return nil }
    // A listener or an adverbial before `that` or a colon.
    var j = k
    while j < end, j < k + 16 {
      if facts.isTerminal(j) { break }
      if facts.cueAt[j] >= 0, !facts.has(j, .endsED) { break }
      let w = facts.word[j]
      if w.isAuxiliary || w == .negation || w == .wh || w == .relative { break }
      if facts.has(j, .endsED), facts.cueAt[j] < 0, !facts.isCapitalized(j) { break }
      if isOpeningMark(j) { break }
      if w == .that {
        if j + 1 < end, facts.word[j + 1].isAuxiliary || facts.has(j + 1, .endsED) { break }  // `the deal that was signed`
        return (j + 1, .clause)
      }
      if facts.has(j, .colon) {
        guard j + 1 < end else { return nil }
        return (j + 1, isOpeningMark(j + 1) ? .quote : .clause)
      }
      j += 1
    }
    // `described the outcome as …`, `called the agreement “…”`: the
    // object's description is the content.
    var a = k + 1
    while a < end, a < k + 7, !facts.isComma(a), !facts.isTerminal(a), !isOpeningMark(a), facts.cueAt[a] < 0 {
      if facts.word[a] == .as {
        if a + 1 < end { return (a + 1, .object) }
        break
      }
      if facts.word[a].isAuxiliary { break }
      a += 1
    }
    if let listener = listenerEnd(from: k, end: end) { k = listener }
    if facts.word[k].isPreposition { return nil }  // `said in Bern.`
    return (k, .bareClause)
  }

  /// After `told`: the end of a listener phrase (`reporters`, `the Interfax
  /// news agency`) followed by the start of a clause (`she`, `the`), if any.
  func listenerEnd(from k: Int, end: Int) -> Int? {
    var j = k
    while j < end, j < k + 6 {
      let w = facts.word[j]
      if facts.isComma(j) || facts.isTerminal(j) || facts.isQuote(j) || w.isAuxiliary || w == .that || w.isPreposition { return nil }
      j += 1
      guard j < end else { return nil }
      let next = facts.word[j]
      let pronounNext = facts.pronoun(j) != .none && next != .determiner
      if pronounNext || next == .determiner {
        // The listener must look like one: a speaker noun or a name.
        let listener = NounPhrase(range: k..<j)
        return isMentionLike(listener) ? j : nil
      }
    }
    return nil
  }

  /// The stance weight of a cue's entry.
  func cueWeight(_ cue: CueMatch) -> Double { vocabulary.weight[cue.entry] }

  /// End of a content clause starting at `start` and cut at `cut`: at a
  /// writer's concession (`, though the figure is unclear`) or at the end.
  func contentEnd(from start: Int, to cut: Int) -> Int {
    var j = start
    while j < cut {
      let q = quoteAt[j]
      if q >= 0 {
        j = quotes[Int(q)].marks.upperBound
        continue
      }
      if facts.isComma(j), j + 1 < cut, facts.word[j + 1] == .subordinator, isConcession(j + 1) { return j }
      j += 1
    }
    return cut
  }

  /// `though`, `although`: a concession added by the writer.
  func isConcession(_ i: Int) -> Bool {
    let t = document.tokens[i]
    guard t.length >= 6 else { return false }
    let p = Int(t.end)
    let text = document.text
    return text[p - 6] | 0x20 == UInt8(ascii: "t") && text[p - 5] | 0x20 == UInt8(ascii: "h") && text[p - 4] | 0x20 == UInt8(ascii: "o") && text[p - 1] | 0x20 == UInt8(ascii: "h")
  }

  // MARK: Emitting statements

  /// Turns content tokens into statement drafts: split at `and that`,
  /// quotes inside taken out as partial quotes.
  mutating func emit(_ range: Range<Int>, frame: Frame, source: Int, shape: ContentShape, paragraph: Int) {
    guard let r = trimContent(range) else { return }
    // `… and that …`: one cue, two contents.
    var pieceStart = r.lowerBound
    var j = r.lowerBound
    while j < r.upperBound {
      let q = quoteAt[j]
      if q >= 0 {
        j = quotes[Int(q)].marks.upperBound
        continue
      }
      let w = facts.word[j]
      if w == .and || w == .but, j + 1 < r.upperBound, facts.word[j + 1] == .that, j > pieceStart {
        emitPiece(pieceStart..<j, frame: frame, source: source, shape: shape, governStart: pieceStart == r.lowerBound ? r.lowerBound : nil, paragraph: paragraph)
        pieceStart = j + 2
        j += 2
        continue
      }
      j += 1
    }
    emitPiece(pieceStart..<r.upperBound, frame: frame, source: source, shape: pieceStart == r.lowerBound ? shape : .clause, governStart: pieceStart == r.lowerBound ? r.lowerBound : nil, paragraph: paragraph)
  }

  /// One content piece: a reported clause, or the real quotes inside it
  /// and the paraphrase a conjunction sets apart.
  mutating func emitPiece(_ range: Range<Int>, frame: Frame, source: Int, shape: ContentShape, governStart: Int?, paragraph: Int) {
    guard let r = trimContent(range) else { return }
    var real: [QuoteSpan] = []
    var j = r.lowerBound
    while j < r.upperBound {
      let q = quoteAt[j]
      if q >= 0, quotes[Int(q)].open == j {
        let span = quotes[Int(q)]
        if span.marks.upperBound <= r.upperBound, !isScare(span, governStart: governStart) { real.append(span) }
        j = span.marks.upperBound
        continue
      }
      j += 1
    }
    let form: Statement.Form = frame.sourceAfter ? .accordingTo : shape == .object ? .object : .reported
    guard let first = real.first, let last = real.last else {
      if shape == .bareClause, !looksLikeClause(r) { return }
      if shape == .before, !looksLikeClause(r), r.count < Self.minimumBareClause { return }
      if r.count < 2 { return }
      addDraft(r, frame: frame, source: source, form: form, paragraph: paragraph)
      return
    }
    for q in real {
      guard let inner = quoteContent(q) else { continue }
      let whole = q.marks.lowerBound <= r.lowerBound && q.marks.upperBound >= r.upperBound
      addDraft(inner, frame: frame, source: source, form: whole ? .quote : .partialQuote, paragraph: paragraph)
    }
    // Paraphrase before the first quote, set apart by a conjunction:
    // `said it remained in contact … and would “spare no effort”`.
    if first.open > r.lowerBound + 2 {
      var x = r.lowerBound + 2
      while x < first.open {
        let w = facts.word[x]
        if w == .and || w == .but || w == .subordinator {
          if let pre = trimContent(r.lowerBound..<x), pre.count >= 3, shape != .bareClause || looksLikeClause(pre) || shape == .object {
            addDraft(pre, frame: frame, source: source, form: form, paragraph: paragraph)
          }
          break
        }
        x += 1
      }
    }
    // Paraphrase after the last quote that a conjunction adds: `… “reviewing
    // its options” and remained committed to pressure`.
    var after = last.marks.upperBound
    while after < r.upperBound, facts.isComma(after) { after += 1 }
    if after < r.upperBound, facts.word[after] == .and || facts.word[after] == .but {
      var s = after + 1
      if s < r.upperBound, facts.word[s] == .that { s += 1 }
      if let post = trimContent(s..<r.upperBound), post.count >= 2, !(post.contains { quoteAt[$0] >= 0 }) {
        addDraft(post, frame: frame, source: source, form: .reported, paragraph: paragraph)
      }
    }
  }

  mutating func addDraft(_ tokens: Range<Int>, frame: Frame?, source: Int, form: Statement.Form, paragraph: Int) {
    drafts.append(StatementDraft(paragraph: paragraph, tokens: tokens, cue: frame?.cue, mention: source, form: form))
  }

  /// Content without leading `that`, conjunctions and commas, and without
  /// trailing punctuation; nil when nothing is left.
  func trimContent(_ range: Range<Int>) -> Range<Int>? {
    var s = range.lowerBound
    var e = range.upperBound
    while s < e {
      let w = facts.word[s]
      if facts.isComma(s) || facts.has(s, .colon) || facts.has(s, .clausePunct) || w == .that || w == .and || w == .but {
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
    facts.isTerminal(i) && document.tokens[i].length == 1 && document.text[Int(document.tokens[i].start)] == UInt8(ascii: ".")
  }

  func isClosingParen(_ i: Int) -> Bool {
    document.text[Int(document.tokens[i].start)] == UInt8(ascii: ")")
  }

  /// Whether tokens read as a clause: a subject pronoun first, or a sign of
  /// a finite verb (auxiliary, modal, a verb in `-ed`).
  func looksLikeClause(_ r: Range<Int>) -> Bool {
    guard r.count >= 2 else { return false }
    if facts.pronoun(r.lowerBound) != .none, facts.word[r.lowerBound] != .determiner { return true }
    var j = r.lowerBound
    while j < r.upperBound {
      let q = quoteAt[j]
      if q >= 0 {
        j = quotes[Int(q)].marks.upperBound
        continue
      }
      if facts.isVerbSignal(j) { return true }
      // A present-tense verb after a noun: `the document contains claims`.
      if j > r.lowerBound, j + 1 < r.upperBound, facts.has(j, .endsS), !facts.isCapitalized(j), facts.word[j] == .none,
        facts.has(j - 1, .word), facts.word[j - 1] == .none, facts.has(j + 1, .word) || facts.has(j + 1, .number)
      {
        return true
      }
      j += 1
    }
    return false
  }

  // MARK: Scare quotes and names in quotes

  /// Quotation marks that draw attention to a word or name a thing rather
  /// than report speech: `the “Safe Passage Mechanism”`, `the so-called
  /// “reset”`, `“condemn” or merely “note”`. `governStart` is where the
  /// content of a cue starts: `called its “persistent … work”` is governed.
  func isScare(_ q: QuoteSpan, governStart: Int?) -> Bool {
    if isNameLike(q) { return true }
    let p = q.open - 1
    let floor = document.paragraphs[document.sentences[sentenceIndex(of: q.open)].paragraph].tokens.lowerBound
    guard p >= floor else { return false }
    if isDeterminerLike(p) {
      if let g = governStart, p == g { return false }
      return true
    }
    if facts.has(p, .hyphenated), !facts.isCapitalized(p), p - 1 >= floor, isDeterminerLike(p - 1) { return true }
    if wordCount(q) <= 2 {
      // Two quoted terms set against each other.
      var n = q.marks.upperBound
      while n < q.marks.upperBound + 6, n < document.tokens.count, quoteAt[n] < 0 || quotes[Int(quoteAt[n])].open != n { n += 1 }
      var back = p
      while back >= floor, facts.isAdverb(back) { back -= 1 }
      let orBefore = back >= floor && facts.word[back] == .and && back - 1 >= floor && quoteAt[back - 1] >= 0
      let orAfter = n < q.marks.upperBound + 6 && n < document.tokens.count && facts.word[n - 1] == .and
      if orBefore || (orAfter && q.marks.upperBound < n) { return true }
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
        let w = facts.word[k]
        if !facts.isCapitalized(k), !(w == .preposition || w == .determiner || w == .and || w == .to) { return false }
      } else if facts.isComma(k) || facts.isTerminal(k) || facts.has(k, .colon) {
        return false
      }
    }
    return words >= 1 && words <= 6 && facts.isCapitalized(inner.lowerBound)
  }

  func isDeterminerLike(_ i: Int) -> Bool {
    facts.word[i] == .determiner || facts.has(i, .possessive)
  }

  func wordCount(_ q: QuoteSpan) -> Int {
    q.inner.filter { facts.has($0, .word) || facts.has($0, .number) }.count
  }

  func sentenceIndex(of token: Int) -> Int {
    var lo = 0
    var hi = document.sentences.count
    while lo + 1 < hi {
      let mid = (lo + hi) / 2
      if document.sentences[mid].tokens.lowerBound <= token { lo = mid } else { hi = mid }
    }
    return lo
  }

  // MARK: Unit subjects and loose quotes

  /// The subject of a unit (after a leading adverbial: `In Kyiv, officials
  /// …`), kept as an antecedent for pronouns and for a second verb.
  mutating func unitSubject(_ unit: Range<Int>, paragraph: Int) -> Int? {
    var k = unit.lowerBound
    if quoteAt[k] >= 0 { return nil }
    let w = facts.word[k]
    if w.isPreposition || w == .wh || w == .subordinator || facts.isAdverb(k) || (facts.has(k, .endsED) && facts.isCapitalized(k)) || facts.has(k, .endsING) {
      var c = k + 1
      while c < unit.upperBound, c < k + 12, !facts.isComma(c), facts.cueAt[c] < 0, !isHardBoundary(c) { c += 1 }
      guard c < unit.upperBound, facts.isComma(c) else { return nil }
      k = c + 1
    }
    guard k < unit.upperBound, let np = forwardNP(from: k, end: unit.upperBound) else { return nil }
    let r = np.range
    let named = r.contains { facts.isCapitalized($0) && facts.word[$0] == .none && facts.has($0, .word) } || np.appositives.contains { a in a.contains { facts.isCapitalized($0) && facts.word[$0] == .none } }
    let headed = r.contains { facts.speaker($0).map { !$0.categories.subtracting(.title).isEmpty } ?? false }
    guard named || headed else { return nil }
    return mention(for: np, paragraph: paragraph, isSource: false)
  }

  /// Quotes no cue attributed: a quote that is a whole sentence belongs to
  /// the nearest quoted speaker of the paragraph (or the previous quote it
  /// continues); a longer quote in a sentence whose subject is `he` or `she`
  /// belongs to that subject. Others are the writer's.
  mutating func attributeLooseQuotes(paragraph: Int, firstDraft: Int) {
    for q in quotes {
      let covered = drafts[firstDraft...].contains { $0.tokens.overlaps(q.inner) }
      guard !covered, let inner = quoteContent(q), !isScare(q, governStart: nil) else { continue }
      guard let unit = unitSubjects.last(where: { $0.unit.contains(q.open) }) else { continue }
      let outside = unit.unit.filter { !q.marks.contains($0) }
      let whole = outside.allSatisfy { facts.isTerminal($0) || facts.isComma($0) || facts.isQuote($0) }
      var source: Int? = nil
      if whole {
        let before = drafts[firstDraft...].last { $0.isQuote && $0.tokens.upperBound <= q.open }
        let after = drafts[firstDraft...].first { $0.isQuote && $0.tokens.lowerBound >= q.marks.upperBound }
        source = before?.mention ?? after?.mention
        if source == nil, q.open == document.paragraphs[paragraph].tokens.lowerBound {
          source = continuedQuoteMention ?? previousParagraphQuoteMention
        }
      } else if wordCount(q) >= 3, let s = unit.subject, mentions[s].pronoun == .male || mentions[s].pronoun == .female {
        source = s
        mentions[s].isSource = true
      }
      if let source {
        drafts.append(StatementDraft(paragraph: paragraph, tokens: inner, cue: nil, mention: source, form: .quote))
      }
    }
  }
}
