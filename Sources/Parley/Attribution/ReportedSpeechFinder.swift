/// A reporting cue read in its clause: where its source is and on which
/// side its content lies.
struct Frame: Sendable {
  var cue: CueMatch
  /// Mention index of the source; nil for a silent frame.
  var source: Int? = nil
  /// First token of the attribution: the subject, or the comma or
  /// conjunction before it.
  var boundary: Int
  /// The attribution starts a new clause (after a comma or a conjunction),
  /// so the content of an earlier cue ends before it. A cue inside a
  /// content clause (`said Russia believes …`) does not.
  var isCoordinate = false
  /// End of the attribution: after the cue, or after the source that
  /// follows it (`…, said Oleksandr Hrytsenko, the secretary …`).
  var regionEnd: Int
  /// The content may precede the attribution (`…, officials said.`).
  var trailing = false
  /// `according to X`: the source follows the cue.
  var sourceAfter = false
  /// The content follows `according to X,` rather than preceding it.
  var contentAfterSource = false
  /// Where the content after the cue starts, and what shape it has.
  var forward: Int? = nil
  var forwardShape: ContentShape = .clause
  /// A negated, infinitive or passive cue: it reports nothing, but its
  /// clause still ends the content of an earlier cue.
  var silent = false
  /// `what X calls NP`: the content is the phrase after the cue.
  var whatObject = false

  init(cue: CueMatch) {
    self.cue = cue
    self.boundary = cue.start
    self.regionEnd = cue.end
  }
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
  /// The second half of a quote split by its attribution (`“…,” he said,
  /// “…”`).
  case splitQuote
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
/// `Delegates, it reported, also demanded …` and `Norway, she said, had
/// accepted …` (parenthetical cues), `was hailed by X as …`.
/// Partial quotes inside reported speech become the statement; the
/// paraphrase around them counts only where a conjunction sets it apart.
/// Not read: negated cues (`did not say`), infinitives (`declined to
/// comment`), passives (`is believed to`), participles (`shortages
/// reported by aid groups`), embedded questions (`said whether`), cues
/// inside quotes.
extension AttributionPass {
  /// Reads one unit: first every cue with its source and direction
  /// (frames), then the content of each frame, cut where the next
  /// coordinate attribution begins.
  /// Non-mutating: what it adds goes into `lists` (`PassLists`).
  func readUnit(_ unit: Range<Int>, paragraph: Int, lists: inout PassLists) {
    let subject = unitSubject(unit, lists: &lists)
    lists.unitSubjects.append((unit, subject))
    // The frames and contents live in buffers of the lists, kept from unit
    // to unit and used in place: moving them out and back cost a release
    // of an empty array for each (about 20,000 a MB).
    lists.frames.removeAllKeepingStorage()
    var absorbedUntil = unit.lowerBound
    let subjectNamesNoOne = subject.map { lists.mentions[$0].namesNoOne } ?? false
    var c = firstCue(atOrAfter: unit.lowerBound, hint: lists.nextCue)
    while c < facts.cues.count, facts.cues[c].start < unit.upperBound {
      let cue = facts.cues[c]
      c += 1
      if cue.start < absorbedUntil || quoteAt[cue.start] >= 0 { continue }
      var phrase: NounPhrase? = nil
      lists.frame = Frame(cue: cue)
      makeFrame(cue, unit: unit, previous: lists.frames, unitSubject: subject, unitSubjectNamesNoOne: subjectNamesNoOne, sourcePhrase: &phrase, into: &lists.frame)
      // (A mention becomes a source with its first statement, in
      // `addDraft`: a cue's subject that says nothing is none, `Washington
      // might respond with tariffs`; one the cue carries over is, `Tass,
      // citing a source, reported`.)
      if var phrase {
        // `A report by Harvest Rights Asia said`: the source is who made it.
        if let maker = maker(of: phrase.range, madeThing: true) {
          phrase.range = maker
        } else if phrase.appositives.isEmpty, let maker = documentMaker(of: phrase.range, limit: cue.start) {
          // `The report, released by the ministry on Monday, said`.
          phrase.range = maker
          phrase.appositives = 0..<0
        }
        let source = mention(for: phrase, isSource: false, lists: &lists)
        lists.frame.source = source
        // `Officials said the data showed that …`, `… with some in the
        // government suggesting that …`: a cue inside an earlier cue's
        // content whose subject names no one (no name, speaker's noun,
        // pronoun or plural, which may be people: `Bosniak-led parties`) is
        // part of that content.
        // So is one in a relative clause on a noun of that content whose
        // subject is a pronoun: `said the two governments would split the
        // cost, which he estimated at about $14 million, and that …` (not
        // `…, a step that diplomats said could weaken …`).
        let last = lists.mentions[source].core.upperBound - 1
        let namesNoOne = lists.mentions[source].namesNoOne && !facts.has(last, .endsS) && !facts.isCapitalized(last)
        let first = phrase.range.lowerBound
        // (Not with a quote after it, the speaker's own words: `…, which
        // she called “a trap.”`.)
        let inRelative = first > unit.lowerBound && phrase.range.count == 1 && lists.mentions[source].pronoun != .none
          && (facts.word(first - 1) == .relative || facts.word(first - 1) == .that) && !isMarked(first - 1, .person)
          && !containsRealQuote(cue.end..<unit.upperBound)
        // So is one whose subject names no one right after a parenthetical
        // attribution and its comma: `Still, Mr. Berisha said, the energy
        // deal showed that …` is what Mr. Berisha said.
        let inside = !lists.frame.trailing ? insideEarlierContent(cue.start, frames: lists.frames) : namesNoOne && continuesParenthetical(at: first, frames: lists.frames)
        if !lists.frame.silent, !lists.frame.sourceAfter, namesNoOne || inRelative, inside {
          lists.frame.silent = true
          lists.frame.source = nil
          lists.frame.boundary = cue.start
          lists.frame.isCoordinate = false
        }
      }
      // A cue with no subject of its own that opens the predicate after a
      // parenthetical attribution is part of what that attribution
      // reports: in `The energy deal, Mr. Berisha said, showed that …`
      // the content runs on through `showed`.
      if lists.frame.silent, lists.frame.isCoordinate {
        var v = cue.start
        while v - 1 > unit.lowerBound, facts.isAdverb(v - 1) || facts.word(v - 1).isAuxiliary || facts.word(v - 1) == .negation { v -= 1 }
        if continuesParenthetical(at: v, frames: lists.frames) {
          lists.frame.isCoordinate = false
          lists.frame.boundary = cue.start
        }
      }
      if !lists.frame.silent, !lists.frame.sourceAfter, lists.frame.forward == nil {
        if let (start, shape) = forwardStart(lists.frame, unit: unit) {
          lists.frame.forward = start
          lists.frame.forwardShape = shape
          absorbedUntil = max(absorbedUntil, start)
        } else if cueNotes[cue.entry].contains(.clauseOnly), !lists.frame.trailing, forwardStartOfAnyShape(lists.frame, unit: unit) != nil {
          // `said …, and that the delegation had rejected a compromise`: a
          // cue that reports only a clause and has an object instead is no
          // attribution, so an earlier content runs on through it. A
          // participle set off by a comma still ends it: `reported that …
          // from Thursday, citing the Defense Ministry`.
          // So does a cue whose own subject opens a main clause after a
          // comma and a conjunction: in `what Czech officials called an
          // attempt to sabotage a depot, and Russia responded hours later
          // by expelling …` the first content ends at the comma.
          let subject = lists.frame.source.map { lists.mentions[$0].tokens.lowerBound } ?? unit.lowerBound
          let opensClause = subject >= unit.lowerBound + 2 && facts.word(subject - 1).isCoordinator && facts.isComma(subject - 2)
          lists.frame.silent = true
          lists.frame.isCoordinate = opensClause || (facts.has(cue.start, .endsING) && cue.start > unit.lowerBound && facts.isComma(cue.start - 1))
        }
      }
      lists.frames.append(lists.frame)
    }
    // The next unit starts where this one ends: its first cue is `c`.
    lists.nextCue = c
    if lists.frames.isEmpty { return }
    // The contents, read into the lists' sink; then added in the order
    // found.
    lists.content.drafts.removeAllKeepingStorage()
    lists.content.interrupted.removeAllKeepingStorage()
    readContents(lists.frames, unit: unit, paragraph: paragraph, into: &lists.content)
    for i in lists.content.drafts.indices { addDraft(lists.content.drafts[i], lists: &lists) }
    for (source, tokens) in lists.content.interrupted where lists.mentions[source].pronoun != .none {
      lists.pronounStatements.append(PronounStatement(tokens: tokens, next: lists.mentions[source].lastStatement))
      lists.mentions[source].lastStatement = Int32(lists.pronounStatements.count - 1)
    }
  }

  /// The content of each frame of a unit, cut where the next coordinate
  /// attribution begins, as drafts in `sink`.
  func readContents(_ frames: [Frame], unit: Range<Int>, paragraph: Int, into sink: inout DraftSink) {
    // Content before a trailing attribution starts after the previous one.
    var beforeFloor = unit.lowerBound
    for fi in frames.indices where !frames[fi].silent {
      let f = frames[fi]
      guard let source = f.source else { continue }
      // (The last frame, most often the only one, has no later attribution
      // to cut at: not asked.)
      let cut = fi + 1 < frames.count ? contentCut(frames, after: fi, unit: unit) : unit.upperBound
      // The parenthetical readings (`parentheticalRest`,
      // `clauseAroundParenthetical`, `parentheticalContinuation`) each
      // need a comma after the attribution's tail first: read once here,
      // and without it they are not asked (most trailing cues end their
      // sentence).
      let tailComma = (f.trailing || f.sourceAfter) && commaAfterTail(f, cut: cut)
      if f.sourceAfter {
        if f.contentAfterSource {
          if f.regionEnd < cut { emit(f.regionEnd..<cut, frame: f, source: source, shape: .clause, paragraph: paragraph, into: &sink) }
        } else {
          if f.regionEnd + 1 < cut, facts.has(f.regionEnd, .colon) {
            // `The slowdown has a simple cause, according to people familiar
            // with the talks: several nations want …`: what the colon opens
            // is what they say; the words before only announce it.
            emit((f.regionEnd + 1)..<cut, frame: f, source: source, shape: .clause, paragraph: paragraph, into: &sink)
          } else if beforeFloor < f.boundary {
            // `The ceasefire, according to the mediators, has been
            // violated …`: the subject and the predicate after it are the
            // content, as around `she said` (the subject alone is not).
            if tailComma, let rest = parentheticalRest(f, before: beforeFloor..<f.boundary, cut: cut) {
              emit(rest, frame: f, source: source, shape: .clause, paragraph: paragraph, into: &sink)
            } else {
              emit(beforeFloor..<f.boundary, frame: f, source: source, shape: .clause, paragraph: paragraph, into: &sink)
            }
          }
          beforeFloor = max(beforeFloor, tailEnd(after: f.regionEnd, unit: unit))
        }
        continue
      }
      var forwardRange: Range<Int>? = nil
      // A bare clause found to read as one: not tested again when it is
      // emitted as it is (`emitPiece`).
      var clause: KnownClause? = nil
      if let start = f.forward, start < cut {
        var end = contentEnd(from: start, to: cut)
        // A cue in a relative clause set off by commas, or inside a phrase
        // set off by them: the clause, and its content, end at the comma
        // before the main clause's verb (`Ms. Ruiz, who said she had lost
        // her savings, joined the protest`; `Ana Ruiz, a retired nurse who
        // said …, joined …`).
        // So with the clause's own subject between (`The talks, which the
        // envoy described as productive, will resume …`).
        if let r = relativeBefore(f.cue.start, floor: unit.lowerBound) ?? objectRelative(before: f.cue.start, floor: unit.lowerBound), setOff(r), let c = clauseCloser(in: start..<end) { end = c }
        // A bare clause does not run on over a comma into another cue:
        // `Tass, citing a diplomatic source, reported …` (what `citing`
        // reads is `a diplomatic source`, no clause).
        if f.forwardShape == .bareClause {
          var from = start
          while let c = facts.firstComma(in: from..<end) {
            // (Not over a participle with its agent, or one in a phrase that
            // a comma and a verb close, which only describes the noun before:
            // `the sanctions, announced by Britain, would …`, `the program,
            // announced with fanfare in 2019, had done little`.)
            if c + 1 < end, let next = facts.cue(c + 1), !isAgentParticiple(c + 1, before: end), !continuesThrough(c + 1, frames: frames),
              !(next.end == c + 2 && facts.has(c + 1, .endsED) && closesBeforeVerb(after: next.end, unit: unit))
            {
              end = c
              break
            }
            from = c + 1
          }
        }
        // A bare phrase after a cue is a listener or a place (`“…,” he
        // told a news conference in Prague`), not content.
        if start < end {
          var horizon = 0
          if f.forwardShape != .bareClause {
            forwardRange = start..<end
          } else if looksLikeClause(start..<end, horizon: &horizon) {
            forwardRange = start..<end
            clause = KnownClause(range: start..<end, horizon: horizon)
          } else if containsRealQuote(start..<end) {
            forwardRange = start..<end
          }
        }
      }
      // `The talks had stalled, Amir Haddad told the Vesti news agency on
      // Sunday`: a clause before a trailing cue outranks a bare phrase after
      // it (unless the clause is an adverbial: `After the talks ended, …`).
      // (So does a quote: `“What a night!” he told supporters after the
      // results came in`.)
      if f.trailing, f.forwardShape == .bareClause, let fr = forwardRange, !containsRealQuote(fr), beforeFloor < f.boundary,
        let b = trimContent(beforeFloor..<f.boundary), isClauseNotAdverbial(b) || containsRealQuote(b)
      {
        forwardRange = nil
      }
      // `A recount, the deputy head told reporters, would begin …`: a
      // subject with no verb before the cue and a predicate after its
      // comma make a parenthetical attribution, not a bare clause
      // (`reporters, would begin …`) after it.
      var rest: Range<Int>? = nil
      if f.trailing, tailComma, forwardRange == nil || f.forwardShape == .bareClause, beforeFloor < f.boundary {
        rest = parentheticalRest(f, before: beforeFloor..<f.boundary, cut: cut)
        if rest != nil { forwardRange = nil }
      }
      let split = f.forwardShape == .splitQuote || f.forwardShape == .continuation
      // `Whitcombe, he said, “has found money …”`: a short phrase with no
      // verb set off before a parenthetical attribution (commas on both
      // sides) is the subject of what follows, so a pronoun that reports
      // it is someone else.
      if rest == nil, beforeFloor < f.boundary, f.boundary - beforeFloor <= 6, facts.isComma(f.boundary) || facts.isComma(f.boundary - 1),
        f.regionEnd < unit.upperBound, facts.isComma(f.regionEnd),
        !(beforeFloor..<f.boundary).contains(where: { facts.isVerbSignal($0) || facts.isQuote($0) })
      {
        sink.interrupted.append((source, beforeFloor..<f.boundary))
      }
      // `It was, she told a news conference, “not a small thing in these
      // waters”`: a clause begun before the parenthetical attribution, with
      // no quote, its verb waiting for the complement that a quote after
      // the listener gives, is one statement (a split quote needs a quote
      // before the attribution; `The talks were useful, she told
      // reporters, “but …”` is two).
      if f.trailing, f.forwardShape == .splitQuote, let fr = forwardRange, beforeFloor < f.boundary, !containsRealQuote(beforeFloor..<f.boundary),
        case let v = facts.isComma(f.boundary - 1) ? f.boundary - 2 : f.boundary - 1, v >= beforeFloor, facts.isVerbSignal(v)
      {
        emit(beforeFloor..<fr.upperBound, frame: f, source: source, shape: .before, paragraph: paragraph, into: &sink)
        beforeFloor = max(beforeFloor, fr.upperBound)
        continue
      }
      // `If the vote slipped, he warned, the freeze could be reinstated`,
      // `It was, he said, “the only way …”`: one clause that the
      // attribution interrupts, its opening clause or its verb before it,
      // is one statement.
      if f.trailing, tailComma, rest == nil, beforeFloor < f.boundary, let whole = clauseAroundParenthetical(f, before: beforeFloor..<f.boundary, cut: cut, unit: unit) {
        emit(whole, frame: f, source: source, shape: .before, paragraph: paragraph, into: &sink)
        beforeFloor = max(beforeFloor, whole.upperBound)
        continue
      }
      if f.trailing, forwardRange == nil || split {
        // (The subject alone is no content: with the predicate after the
        // parenthetical, it is one clause.)
        if let rest {
          emit(rest, frame: f, source: source, shape: .clause, paragraph: paragraph, into: &sink)
          sink.interrupted.append((source, beforeFloor..<f.boundary))
        } else if beforeFloor < f.boundary {
          // `It was, she said, the only way left …`: a clause that runs on
          // after the parenthetical is one statement, the attribution
          // inside it.
          let end = split || !tailComma ? f.boundary : parentheticalContinuation(f, cut: cut, unit: unit) ?? f.boundary
          emit(beforeFloor..<end, frame: f, source: source, shape: .before, paragraph: paragraph, into: &sink)
        }
        beforeFloor = max(beforeFloor, tailEnd(after: forwardRange?.upperBound ?? f.regionEnd, unit: unit))
      }
      if let fr = forwardRange {
        emit(fr, frame: f, source: source, shape: f.forwardShape, paragraph: paragraph, clause: clause, into: &sink)
      }
    }
  }

  /// Whether a comma follows the place and time phrases after frame `f`'s
  /// attribution (`tailEnd`), before `cut`: the first thing that
  /// `parentheticalRest`, `clauseAroundParenthetical` and
  /// `parentheticalContinuation` each read, and need (`…, she said on
  /// Monday, had …`).
  func commaAfterTail(_ f: Frame, cut: Int) -> Bool {
    let k = f.regionEnd < cut ? tailEnd(after: f.regionEnd, unit: f.regionEnd..<cut) : f.regionEnd
    return k < cut && facts.isComma(k)
  }

  /// Whether a comma within a few tokens after `start` (no quote, `that`
  /// or sentence end before it) is followed by a verb group: an auxiliary,
  /// a modal, a negation or a past verb, after any adverbs.
  func closesBeforeVerb(after start: Int, unit: Range<Int>) -> Bool {
    var k = start
    while k < unit.upperBound, k < start + 10 {
      if facts.isTerminal(k) || isOpeningMark(k) || isClosingMark(k) || facts.word(k) == .that { return false }
      if facts.isComma(k) {
        var v = k + 1
        while v < unit.upperBound, facts.isAdverb(v) { v += 1 }
        guard v < unit.upperBound, v > k + 1 || !facts.has(v, .inCue) else { return false }
        return opensVerbGroup(v)
      }
      k += 1
    }
    return false
  }

  /// The noun phrase that opens the clause after the last colon of
  /// `unit` before token `limit`, if it reads as a source (a mention) and
  /// a verb follows it: the subject of that clause.
  @inline(never)
  func subjectAfterColon(before limit: Int, unit: Range<Int>) -> NounPhrase? {
    var c = limit - 1
    while c > unit.lowerBound, !facts.has(c, .colon) { c -= 1 }
    guard c > unit.lowerBound, c + 1 < limit, startsNounPhrase(c + 1), let np = forwardNP(from: c + 1, end: limit), isMentionLike(np),
      np.end < limit, facts.isVerbSignal(np.end)
    else { return nil }
    return np
  }

  /// Token `v` opens a verb group: an auxiliary, a modal, a negation or
  /// a past verb.
  @inline(__always) func opensVerbGroup(_ v: Int) -> Bool {
    let w = facts.word(v)
    return w.isAuxiliary || w == .negation || w == .pastVerb || (facts.has(v, .endsED) && !facts.isCapitalized(v))
  }

  /// The relative pronoun right before a cue at `cue` (adverbs and
  /// auxiliaries between): `who said`, `who also said`, `which has long
  /// described`.
  @inline(__always) func relativeBefore(_ cue: Int, floor: Int) -> Int? {
    var k = cue - 1
    while k > floor, facts.isAdverb(k) || facts.word(k).isAuxiliary { k -= 1 }
    guard k > floor else { return nil }
    if facts.word(k) == .relative { return k }
    return facts.word(k) == .and || facts.word(k) == .or ? relativeOpening(beforeCoordinate: k, floor: floor) : nil
  }

  /// The relative pronoun before the short subject of a cue at `cue`
  /// (at most four words, no comma or verb between): `which the envoy
  /// described`, `which she called`.
  func objectRelative(before cue: Int, floor: Int) -> Int? {
    var k = cue - 1
    while k > floor, cue - k <= 5 {
      if facts.word(k) == .relative { return k < cue - 1 ? k : nil }
      if facts.isComma(k) || isHardBoundary(k) || facts.isVerbSignal(k) || facts.has(k, .inCue) || quoteAt[k] >= 0 { return nil }
      k -= 1
    }
    return nil
  }

  /// The relative pronoun of a clause whose second verb follows the
  /// conjunction at `c` (`China, which claims the waterway and calls the
  /// reef …`): within `maxRelativeReach` tokens before it, with no comma
  /// or hard boundary between.
  func relativeOpening(beforeCoordinate c: Int, floor: Int) -> Int? {
    var k = c - 1
    while k > floor, c - k <= Self.maxRelativeReach {
      if facts.isComma(k) || isHardBoundary(k) { return nil }
      if facts.word(k) == .relative { return k }
      k -= 1
    }
    return nil
  }

  /// Whether a comma comes before relative pronoun `r` within six
  /// tokens, with no verb between: `Ms. Ruiz, who`, `Ana Ruiz, a retired
  /// nurse who`.
  func setOff(_ r: Int) -> Bool {
    var k = r - 1
    while k >= 0, r - k <= 6 {
      if facts.isComma(k) { return true }
      // (A participle after a determiner describes a noun: `a retired
      // nurse who`.)
      if (facts.isVerbSignal(k) && !(k > 0 && facts.word(k - 1) == .determiner)) || facts.has(k, .inCue) || isHardBoundary(k) { return false }
      k -= 1
    }
    return false
  }

  /// The comma in `r` that closes a clause set off by commas: the first
  /// one after an even number of commas (a pair sets off a clause inside)
  /// that a verb group follows, after any adverbs, or a reporting verb
  /// (`The ministry, which described the corridor as a provocation, said
  /// …`: `said` is the main clause's verb).
  func clauseCloser(in r: Range<Int>) -> Int? {
    var commas = 0
    for k in r where facts.isComma(k) {
      defer { commas += 1 }
      guard commas % 2 == 0 else { continue }
      var v = k + 1
      // A quote that ends in its own comma closes the clause after its
      // mark: `Mr. Haddad, who has called the plan “a trap,” told …`.
      let mark = v < r.upperBound && isClosingMark(v)
      if mark { v += 1 }
      while v < r.upperBound, facts.isAdverb(v) { v += 1 }
      if v < r.upperBound, opensVerbGroup(v) || (facts.cue(v)?.start == v && !facts.isCapitalized(v) && !facts.word(v).isPreposition) { return mark ? k + 2 : k }
    }
    return nil
  }

  /// Whether token `t` is a participle in -ed followed by its agent
  /// (`announced by`, `reported by`) before `end`.
  func isAgentParticiple(_ t: Int, before end: Int) -> Bool {
    t + 1 < end && facts.has(t, .endsED) && facts.word(t + 1).isPreposition && isMarked(t + 1, .agent)
  }

  /// Where the content of frame `fi` of a unit ends: at the boundary of
  /// the first later coordinate attribution past its region (not a nested
  /// continuation), else at the unit's end. (Over indices: a slice of the
  /// frames cost a retain and a release of the array for each frame.)
  func contentCut(_ frames: [Frame], after fi: Int, unit: Range<Int>) -> Int {
    let regionEnd = frames[fi].regionEnd
    for k in (fi + 1)..<frames.count where frames[k].isCoordinate && frames[k].boundary >= regionEnd {
      if !isNestedContinuation(frames[k], in: frames, after: fi, unit: unit) { return frames[k].boundary }
    }
    return unit.upperBound
  }

  /// Whether the cue at token `t` is one that an earlier content runs on
  /// through (a silent frame that opens no clause of its own).
  func continuesThrough(_ t: Int, frames: [Frame]) -> Bool {
    for f in frames where f.cue.start == t { return f.silent && !f.isCoordinate && f.boundary == t }
    return false
  }

  /// Whether token `t` comes after the start of the content of an earlier
  /// frame of the unit that speaks (a frame whose content starts after
  /// its cue and before `t`).
  func insideEarlierContent(_ t: Int, frames: [Frame]) -> Bool {
    for f in frames where !f.silent && !f.trailing && f.source != nil {
      if let start = f.forward, start <= t { return true }
    }
    return false
  }

  /// Whether token `t` opens the clause right after the comma that ends
  /// the tail of an earlier parenthetical attribution of the unit that
  /// speaks (`Still, Mr. Berisha said, the energy deal …`), not after a
  /// conjunction there (`…, he said, and the data showed …` is the
  /// writer's).
  func continuesParenthetical(at t: Int, frames: [Frame]) -> Bool {
    guard t > 0, facts.isComma(t - 1) else { return false }
    for f in frames where !f.silent && f.trailing && f.source != nil && f.regionEnd < t {
      if tailEnd(after: f.regionEnd, unit: f.regionEnd..<t) == t - 1 { return true }
    }
    return false
  }

  /// A coordinate cue whose subject is one reported inside an earlier
  /// content and that reports nothing itself: `said the unions welcomed the
  /// wage deal but rejected the reform`. The earlier content runs on
  /// through it. (The frames read are those after frame `first`.)
  func isNestedContinuation(_ g: Frame, in frames: [Frame], after first: Int, unit: Range<Int>) -> Bool {
    guard !g.silent, !g.trailing, !g.sourceAfter, let source = g.source else { return false }
    var reported = false
    for k in (first + 1)..<frames.count where !frames[k].isCoordinate && frames[k].source == source && frames[k].cue.start < g.cue.start {
      reported = true
      break
    }
    guard reported else { return false }
    guard let start = g.forward else { return true }
    // (So is a charge with no quote: `reported that the delegation had
    // rejected the proposal and accused Belmora of stalling`.)
    if g.forwardShape == .object, cueNotes[g.cue.entry].contains(.charge) { return !containsRealQuote(start..<contentEnd(from: start, to: unit.upperBound)) }
    guard g.forwardShape == .bareClause else { return false }
    let r = start..<contentEnd(from: start, to: unit.upperBound)
    return !looksLikeClause(r) && !containsRealQuote(r)
  }

  /// Index of the first cue starting at or after token `t`: `hint` when
  /// it is that (the units are read in text order, and each starts where
  /// the last ended: a test of the two cues around it, not a search whose
  /// steps mispredicted), else found by a search.
  @inline(__always) func firstCue(atOrAfter t: Int, hint: Int) -> Int {
    let isFirst = facts.cues.withUnsafeBufferPointer { cues in
      hint >= 0 && hint <= cues.count && (hint == 0 || cues[hint &- 1].start < t) && (hint == cues.count || cues[hint].start >= t)
    }
    return isFirst ? hint : firstCue(atOrAfter: t)
  }

  /// Index of the first cue starting at or after token `t`.
  func firstCue(atOrAfter t: Int) -> Int {
    facts.cues.withUnsafeBufferPointer { cues in
      branchFreeLowerBound(count: cues.count, t) { cues[$0].start }
    }
  }

  /// A clause that can be reported content, not an adverbial opening the
  /// sentence (`After the talks ended`, `Asked whether …`).
  func isClauseNotAdverbial(_ r: Range<Int>) -> Bool {
    let w = facts.word(r.lowerBound)
    if (w.isPreposition && w != .to) || w == .subordinator || w == .wh || w == .as || facts.isAdverb(r.lowerBound) { return false }
    if facts.has(r.lowerBound, .endsED) || facts.has(r.lowerBound, .endsING) { return false }
    if isNounWithRelativeClause(r) { return false }
    return looksLikeClause(r)
  }

  /// A noun phrase whose only verbs are those of a relative clause on its
  /// noun: `The man who has led the bloc for three years, a former
  /// minister,` before `Seluka Taafaki, said …` is the subject, not a
  /// clause before a trailing attribution. Not when a verb follows the
  /// relative clause's (`The man who led the talks resigned`), or a
  /// one-word verb is followed by an auxiliary (`the patients who died
  /// had arrived …`).
  func isNounWithRelativeClause(_ r: Range<Int>) -> Bool {
    guard let rel = r.dropFirst().first(where: { facts.word($0) == .relative || facts.isVerbSignal($0) }), facts.word(rel) == .relative,
      facts.has(rel - 1, .word), !facts.isComma(rel - 1)
    else { return false }
    var k = rel + 1
    while k < r.upperBound, !facts.isVerbSignal(k) { k += 1 }
    guard k < r.upperBound else { return false }
    if !facts.word(k).isAuxiliary, k + 1 < r.upperBound, facts.word(k + 1).isAuxiliary { return false }
    while k < r.upperBound, facts.isVerbSignal(k) { k += 1 }
    while k < r.upperBound, !facts.isVerbSignal(k) { k += 1 }
    return k == r.upperBound
  }

  /// After a trailing attribution, the end of the place and time phrases
  /// that still belong to it (`said on Sunday`), up to a comma.
  func tailEnd(after start: Int, unit: Range<Int>) -> Int {
    var j = start
    while j < unit.upperBound, j < start + 8 {
      if facts.isComma(j) || isHardBoundary(j) { return j }
      if (facts.isVerbSignal(j) || facts.has(j, .inCue)) && !isParticiple(j, after: start, end: unit.upperBound) || facts.word(j) == .that { return start }
      j += 1
    }
    return j >= unit.upperBound ? j : start
  }

  /// Where a clause interrupted by a parenthetical attribution ends, when
  /// it runs on after it to the end of the unit: a verb left waiting for
  /// its complement (`It was, she said, the only way left`) or a purpose
  /// with `to` (`He goes to its meetings, he said, mostly to feel less
  /// alone`). Nil for a clause complete before it (`…, officials said on
  /// Monday, a split result that …` is the writer's), and when the rest is
  /// a phrase of time (`, he said, before leaving`), a participle (`,
  /// adding …`), a quote or another cue's words.
  func parentheticalContinuation(_ f: Frame, cut: Int, unit: Range<Int>) -> Int? {
    guard cut == unit.upperBound, f.regionEnd < cut, f.boundary > unit.lowerBound else { return nil }
    let k = tailEnd(after: f.regionEnd, unit: f.regionEnd..<cut)
    guard k < cut, facts.isComma(k) else { return nil }
    var v = k + 1
    while v < cut, facts.isAdverb(v) { v += 1 }
    guard v < cut else { return nil }
    let w = facts.word(v)
    // (A condition or cause the writer does not concede: `Juba would
    // return, he said, only if the draft was withdrawn`.)
    let subordinate = w == .subordinator && !isConcession(v) && looksLikeClause((v + 1)..<cut)
    if (w.isPreposition && w != .to) || (w == .subordinator && !subordinate) || w == .wh || w == .relative || w == .and || w == .but || w == .or || w == .as { return nil }
    if facts.has(v, .endsING) || isOpeningMark(v) { return nil }
    // The boundary sits after the clause's last word (and its comma).
    var last = f.boundary - 1
    while last > unit.lowerBound, facts.isComma(last) { last -= 1 }
    guard facts.word(last).isAuxiliary || w == .to || subordinate else { return nil }
    // The rest holds no cue, quote or second parenthetical.
    for t in v..<cut where facts.has(t, .inCue) || facts.isQuote(t) || facts.isComma(t) { return nil }
    return cut
  }

  /// The whole clause around a parenthetical attribution that ends the
  /// unit, when the words before it cannot stand alone: an opening clause
  /// (`If the vote slipped, he warned, the freeze could be reinstated …`:
  /// a subordinator or a wh-word and more, no comma) before a clause, or a
  /// verb left waiting for its complement before a quote that ends the
  /// unit (`It was, he said, “the only way …”`). Nil otherwise, and when
  /// the rest holds a cue or another comma.
  func clauseAroundParenthetical(_ f: Frame, before: Range<Int>, cut: Int, unit: Range<Int>) -> Range<Int>? {
    guard cut == unit.upperBound, f.regionEnd < cut, let b = trimContent(before), b.count <= 16 else { return nil }
    // (Set off by commas, the cue with no object: nothing after it but a
    // phrase a preposition or a word of time opens, `he said on Monday,`;
    // `both sides have reported dozens of violations this week, and …`
    // reports its object.)
    guard f.boundary > unit.lowerBound, facts.isComma(f.boundary) || facts.isComma(f.boundary - 1) else { return nil }
    let k = tailEnd(after: f.regionEnd, unit: f.regionEnd..<cut)
    guard k + 1 < cut, facts.isComma(k), k == f.regionEnd || facts.word(f.regionEnd).isPreposition || facts.word(f.regionEnd) == .timeNoun,
      let rest = trimContent((k + 1)..<cut)
    else { return nil }
    for t in b where facts.isQuote(t) || facts.isComma(t) || facts.has(t, .inCue) { return nil }
    let opener = facts.word(b.lowerBound)
    if opener == .subordinator || opener == .wh {
      guard b.count >= 2, looksLikeClause(rest) else { return nil }
      for t in rest where facts.has(t, .inCue) || facts.isComma(t) { return nil }
      return b.lowerBound..<rest.upperBound
    }
    guard facts.word(b.upperBound - 1).isAuxiliary, isOpeningMark(rest.lowerBound) else { return nil }
    let q = quoteAt[rest.lowerBound]
    guard q >= 0, quotes[Int(q)].marks.upperBound >= rest.upperBound else { return nil }
    return b.lowerBound..<rest.upperBound
  }

  /// A phrase of time or manner, not a subject: it opens with a
  /// preposition or an adverb, or ends with one (`Two years ago`) or with
  /// a word of time (`This year`, `Last week`).
  func isAdverbial(_ r: Range<Int>) -> Bool {
    (facts.word(r.lowerBound).isPreposition && !opensQuantity(r.lowerBound)) || facts.isAdverb(r.lowerBound) || facts.isAdverb(r.upperBound - 1)
      || facts.word(r.upperBound - 1) == .timeNoun
  }

  /// Whether phrase `r` ends in a relative clause with no `that`: its
  /// only verb is its last word, after two noun phrases (two determiners,
  /// or a determiner and a pronoun subject) and no auxiliary: `the
  /// agreement the two men signed`, `the letter she sent`.
  func endsInBareRelative(_ r: Range<Int>) -> Bool {
    let last = r.upperBound - 1
    guard r.count >= 4, facts.isVerbSignal(last), !facts.word(last).isAuxiliary else { return false }
    var openers = 0
    for k in r.lowerBound..<last {
      if facts.isVerbSignal(k) || facts.word(k).isAuxiliary { return false }
      if facts.word(k) == .determiner || (facts.pronoun(k) != .none && facts.word(k) != .determiner) { openers += 1 }
    }
    return openers >= 2
  }

  /// Whether the preposition at `i` makes the number after it approximate
  /// (`About 2,300 Syrians left`, mark `approximation`): it opens a
  /// quantity, not a phrase of time or place.
  func opensQuantity(_ i: Int) -> Bool {
    i + 1 < facts.flags.count && facts.has(i + 1, .number) && isMarked(i, .approximation)
  }

  /// The first token of a short phrase that a preposition opens between
  /// an auxiliary (`have`, `do`, a modal) and the cue at `cue` (`has in
  /// recent weeks said`, `have for years argued`): lower-case words only,
  /// no verb, comma, quote or speaker term. Nil when there is none.
  func phraseAfterAuxiliary(before cue: Int, floor: Int) -> Int? {
    var p = cue - 1
    while p > floor, cue - p <= Self.maxPhraseAfterAuxiliary {
      // (Flags first: the word before most cues is a name or a speaker's
      // noun, and the first test ends the walk.)
      guard facts.has(p, .word), !facts.isCapitalized(p), !facts.has(p, .inCue), facts.speaker(p) == nil, !facts.isVerbSignal(p) else { return nil }
      if facts.word(p).isPreposition {
        // (Not after `be`, where the phrase is the predicate: `those who
        // were in the room said`.)
        let aux = facts.word(p - 1)
        return (aux == .have || aux == .modal || aux == .do) && p < cue - 1 ? p : nil
      }
      p -= 1
    }
    return nil
  }

  /// Longest phrase `phraseAfterAuxiliary` reads, in tokens.
  static let maxPhraseAfterAuxiliary = 4

  /// A short phrase of time or place that opens a sentence (`Last year`,
  /// `In Kabul`, `Two years ago`): adverbial at an edge, no verb, comma,
  /// quote or cue inside.
  func openingAdverbial(_ r: Range<Int>) -> Bool {
    guard !r.isEmpty, r.count <= Self.maxOpeningAdverbial, isAdverbial(r) else { return false }
    return !r.contains { facts.isVerbSignal($0) || facts.isComma($0) || facts.isQuote($0) || facts.has($0, .inCue) }
  }

  /// Longest phrase `openingAdverbial` reads, in tokens.
  static let maxOpeningAdverbial = 6

  /// `Norway, she said, had accepted …`: a parenthetical cue after a
  /// subject with no verb; the statement is the whole clause, from the
  /// subject to the end of the predicate that follows, the attribution
  /// inside it (unless another cue reads the predicate: `Delegates, it
  /// reported, also demanded …`). After an opening phrase of time or place
  /// (`Later, she said, the plan would work`) it is the clause after the
  /// attribution: the phrase is the writer's.
  func parentheticalRest(_ f: Frame, before: Range<Int>, cut: Int) -> Range<Int>? {
    // What follows the attribution is tested first: most trailing cues end
    // their sentence, and the words before them are then not read.
    // (Past a phrase of time or place that still belongs to the cue:
    // `The truce, a spokeswoman said on Saturday, had been broken …`.)
    var k = f.regionEnd < cut ? tailEnd(after: f.regionEnd, unit: f.regionEnd..<cut) : f.regionEnd
    guard k < cut, facts.isComma(k) else { return nil }
    k += 1
    var v = k
    // (Over a negation too: `Many of those patients, a committee has
    // concluded, never existed`.)
    while v < cut, facts.isAdverb(v) || facts.word(v) == .negation { v += 1 }
    // The predicate starts with a verb: `had accepted`, `also poses`.
    guard v < cut else { return nil }
    guard var b = trimContent(before), !b.contains(where: { facts.isQuote($0) }) else { return nil }
    // `The mill had run for years, and in all that time, its owner says,
    // nobody came`: after a clause, a phrase of time set off by commas
    // before the parenthetical; the clause after it is the content.
    var afterClause = false
    // (`The engineers who built the dam, she added, could hardly have
    // known …`: a verb only in a relative clause leaves a subject.)
    // (`Wage increases agreed with the unions last year, it said, would
    // cost …`: in a phrase that opens with no preposition and holds no
    // comma, a word in -ed before a preposition, after a word that is no
    // auxiliary and with no auxiliary after it, opens a reduced relative
    // clause the same way. `On Tuesday, 412 people arrived on nine boats`
    // and `Warmer water linked to El Niño had pushed …` are clauses.)
    let noComma = !b.contains(where: { facts.isComma($0) })
    let reducedOK = !facts.word(b.lowerBound).isPreposition && noComma
    let relative = b.dropFirst().first(where: { t in
      facts.word(t) == .relative || facts.word(t) == .that
        || (reducedOK && facts.has(t, .endsED) && facts.word(t) == .none && t + 1 < b.upperBound && facts.word(t + 1).isPreposition
          && !facts.word(t - 1).isAuxiliary && facts.word(t - 1) != .negation && !((t + 1)..<b.upperBound).contains(where: { facts.word($0).isAuxiliary || facts.isVerbSignal($0) }))
    })
    let verbs = b.lowerBound..<(relative ?? b.upperBound)
    // (A phrase that a preposition opens, with no comma, ending in a
    // relative clause without `that` on its noun is adverbial: `Under the
    // agreement the two men signed, he said, officers will …`.)
    let prepositional = noComma && facts.word(b.lowerBound).isPreposition && !opensQuantity(b.lowerBound) && endsInBareRelative(b)
    if !prepositional, facts.hasVerbSignal(in: verbs) {
      guard let c = b.last(where: { facts.isComma($0) }), let t = trimContent((c + 1)..<b.upperBound),
        !facts.hasVerbSignal(in: t), isAdverbial(t)
      else { return nil }
      b = t
      afterClause = true
    }
    let presentVerb = facts.has(v, .endsS) && facts.word(v) == .none && !facts.isCapitalized(v)
    // `Crews, he said, still ask …`: after a plural subject, a plain
    // lower-case word is its verb in the present.
    let last = b.upperBound - 1
    let pluralSubject = (facts.has(last, .endsS) && !facts.has(last, .possessive)) || facts.pronoun(last) == .plural
    let plainWord = facts.has(v, .word) && facts.word(v) == .none && !facts.isCapitalized(v) && facts.speaker(v) == nil
      && !facts.has(v, .endsS) && !facts.has(v, .endsED) && !facts.has(v, .endsING)
    guard !afterClause, facts.isVerbSignal(v) || presentVerb || (pluralSubject && plainWord) else {
      // `Later, she said, the plan would work`, `Two years ago, she said,
      // a buyer would have …`: after an adverbial, the whole clause that
      // follows is the content. Not a subordinate clause, the writer's
      // (`…, the highest figure this year, the commission said on Monday,
      // as people turned instead to …`).
      let w = facts.word(k)
      guard w != .as, w != .subordinator, w != .wh, w != .relative else { return nil }
      return isAdverbial(b) && looksLikeClause(k..<cut) ? k..<cut : nil
    }
    // `Delegates, it reported, also demanded that …`, `Negotiators, it
    // reported, also insisted on …`: the predicate is a cue of its own,
    // which reads it. Not one that a preposition other than an object's
    // follows, which reports nothing of its own: `India, he said, had
    // asked for consular access`.
    var u = v
    while u < cut, facts.isAdverb(u) || facts.word(u).isAuxiliary { u += 1 }
    guard u < cut else { return nil }
    // Nor a passive with nothing after it to report (`Peacekeepers, the
    // mission said, had been denied access`; `were told that …` reads its
    // own).
    if let cue = facts.cue(u) {
      let after = Int(cue.end)
      let passive = u > v && facts.word(u - 1) == .be && after == u + 1 && !facts.has(u, .endsING) && reportsNothing(after: after, end: cut)
      // Nor a cue whose subject names no one, which no one can say
      // anything through: `The energy deal, Mr. Berisha said, showed that
      // …` is all his.
      guard passive || (after < cut && facts.word(after).isPreposition && facts.word(after) != .to && facts.word(after) != .objectPreposition) || phraseNamesNoOne(b) else { return nil }
    }
    return b.lowerBound..<cut
  }

  /// Whether phrase `r` names no one who could speak: no speaker's word,
  /// pronoun or capitalized word past its first, and no plural at its end
  /// (`the energy deal`, not `Delegates`, `the talks`, `it`).
  func phraseNamesNoOne(_ r: Range<Int>) -> Bool {
    guard !r.isEmpty, !facts.has(r.upperBound - 1, .endsS) else { return false }
    for t in r {
      if facts.speaker(t) != nil || facts.pronoun(t) != .none || (t > r.lowerBound && facts.isCapitalized(t)) { return false }
    }
    return true
  }

  /// Whether token `i` is a closing mark right after a comma (`…,”`),
  /// which then ends the clause as a comma would; none before `floor`.
  func closesAfterComma(_ i: Int, floor: Int) -> Bool {
    i > floor && isClosingMark(i) && facts.isComma(i - 1)
  }

  /// Whether nothing a passive cue could report follows it at `after`
  /// (before `end`): no `that`, `as`, quote or colon.
  func reportsNothing(after: Int, end: Int) -> Bool {
    guard after < end else { return true }
    return facts.word(after) != .that && facts.word(after) != .as && !isOpeningMark(after) && !facts.has(after, .colon)
  }

  // MARK: Frames

  /// Reads the cue in its clause: filters, source and direction. A source
  /// that needs a mention is handed back in `sourcePhrase` for the caller
  /// to make it (`frame.source`): the function itself changes nothing, so
  /// that its many helpers are called without copying the pass.
  func makeFrame(_ cue: CueMatch, unit: Range<Int>, previous: [Frame], unitSubject: Int?, unitSubjectNamesNoOne: Bool = false, sourcePhrase: inout NounPhrase?) -> Frame {
    var frame = Frame(cue: cue)
    makeFrame(cue, unit: unit, previous: previous, unitSubject: unitSubject, unitSubjectNamesNoOne: unitSubjectNamesNoOne, sourcePhrase: &sourcePhrase, into: &frame)
    return frame
  }

  /// `makeFrame(_:unit:previous:unitSubject:sourcePhrase:)` into `frame`,
  /// a new frame of the cue (`Frame(cue: cue)`), read in place (as
  /// `readUnit` reads it, in its lists: a frame returned by value was
  /// copied out and in again). `unitSubjectNamesNoOne`: the unit's
  /// subject has no speaker's noun, name or pronoun (`Talks over the dam`).
  func makeFrame(_ cue: CueMatch, unit: Range<Int>, previous: [Frame], unitSubject: Int?, unitSubjectNamesNoOne: Bool, sourcePhrase: inout NounPhrase?, into frame: inout Frame) {
    // A speaker noun at the start of the cue (`analysts say`) is its source.
    var inner: SpeakerMatch? = nil
    if let s = facts.speaker(cue.start), s.end > cue.start, s.end < cue.end, !s.categories.subtracting([.title, .pronoun]).isEmpty {
      inner = s
    }
    var b = cue.start - 1
    if inner == nil {
      var negated = false
      var passive = false
      // `has in the past called`, `has for months argued that`: a short
      // phrase between an auxiliary and the cue.
      if let p = phraseAfterAuxiliary(before: cue.start, floor: unit.lowerBound) { b = p - 1 }
      // (`had not yet replied`: `yet` after a negation or auxiliary is an
      // adverb, not a conjunction.)
      // (`has since said`: `since` between an auxiliary and the cue is an
      // adverb.)
      while b >= unit.lowerBound,
        facts.isAdverb(b) || facts.word(b).isAuxiliary || facts.word(b) == .negation
          || (facts.word(b) == .but && b > unit.lowerBound && (facts.word(b - 1) == .negation || facts.word(b - 1).isAuxiliary))
          || (facts.word(b) == .timePreposition && b == cue.start - 1 && b > unit.lowerBound && facts.word(b - 1).isAuxiliary)
      {
        if facts.word(b) == .negation { negated = true }
        if facts.word(b) == .be, cue.end - cue.start == 1, !facts.has(cue.start, .endsING) { passive = true }
        b -= 1
      }
      var infinitive = b >= unit.lowerBound && facts.word(b) == .to
      // `Critics were quick to point out that …`: after `be` and an
      // adjective that says the act was done, the cue reports; its
      // subject is the one before `be`.
      if infinitive, b - 2 >= unit.lowerBound, facts.word(b - 2) == .be, isMarked(b - 1, .prompt) {
        infinitive = false
        b -= 2
        while b >= unit.lowerBound, facts.isAdverb(b) || facts.word(b).isAuxiliary || facts.word(b) == .negation {
          if facts.word(b) == .negation { negated = true }
          b -= 1
        }
      }
      // (Prepositions only: most words after a cue are none.)
      // (An agent reads as a noun phrase or names a speaker: `by energy
      // ministers`; `by telephone`, `by email` name a means, and `said by
      // telephone that …` reports.) The phrase's core, before any
      // preposition, decides: `said by telephone from the force’s
      // headquarters in Naqoura that …` names a means and a place.
      var agentBy = false
      if cue.end + 1 < unit.upperBound, facts.word(cue.end).isPreposition, isMarked(cue.end, .agent) {
        if startsNounPhrase(cue.end + 1) {
          agentBy = true
        } else if let np = forwardNP(from: cue.end + 1, end: unit.upperBound) {
          var core = np.range.lowerBound + 1
          while core < np.range.upperBound, !facts.word(core).isPreposition { core += 1 }
          agentBy = isMentionLike(core == np.range.upperBound ? np : NounPhrase(range: np.range.lowerBound..<core))
        }
      }
      // `the plan, announced in May, had been delayed`, `financing,
      // estimated at $4 billion, had yet to be secured`: a participle right
      // after a comma, in a phrase that a comma and a verb close, describes
      // the noun before it; it opens no clause, so a content around it runs
      // on.
      if b == cue.start - 1, b >= unit.lowerBound, facts.isComma(b), facts.has(cue.start, .endsED), closesBeforeVerb(after: cue.end, unit: unit) {
        frame.silent = true
        frame.boundary = cue.start
        frame.isCoordinate = false
        return
      }
      if passive, !negated, agentBy, let np = forwardNP(from: cue.end + 1, end: unit.upperBound), isMentionLike(np) {
        // `was quoted by Interfax as saying …`: the one quoted is the
        // subject; the agent only passes the words on.
        if let quoted = passiveQuote(aux: b + 1, agent: np, unit: unit) {
          if let content = content(after: quoted.participle, unit: unit) {
            sourcePhrase = quoted.np
            frame.regionEnd = content.start
            frame.forward = content.start
            frame.forwardShape = content.shape
            setBoundary(&frame, before: quoted.np.range.lowerBound, unit: unit)
            return
          }
          // `“…,” he was quoted by the newspaper Clarín as saying.`: the
          // quote before is the content, as after `“…,” he said.`
          let p = quoted.np.range.lowerBound - 1
          if p >= unit.lowerBound, facts.isComma(p) || isClosingMark(p) {
            sourcePhrase = quoted.np
            frame.trailing = true
            frame.boundary = facts.isComma(p) ? p : quoted.np.range.lowerBound
            frame.isCoordinate = true
            frame.regionEnd = quoted.participle.end
            return
          }
        }
        // `was hailed by Esther Nyirenda, …, as “…”`
        sourcePhrase = np
        frame.regionEnd = np.end
        var a = frame.regionEnd
        // (Not past a clause of its own: in `has been ruled by the military
        // since 2021, and divisions have grown as …`, `as` opens no object.)
        while a < unit.upperBound, a < frame.regionEnd + 10, !facts.isTerminal(a), !facts.isVerbSignal(a) {
          if facts.word(a) == .as, a + 1 < unit.upperBound {
            frame.forward = a + 1
            frame.forwardShape = .object
            break
          }
          a += 1
        }
        frame.silent = frame.forward == nil
        setBoundary(&frame, before: b + 1, unit: unit)
        return
      }
      if negated || passive || infinitive || agentBy {
        frame.silent = true
        // `Peacekeepers, the mission said, had been denied access`: a
        // passive right after a comma has its subject before it, and with
        // no `that`, `as`, quote or colon after it reports nothing: it
        // opens no clause, so a content around it runs on.
        if passive, !negated, !infinitive, !agentBy, b >= unit.lowerBound, facts.isComma(b), cue.end < unit.upperBound, reportsNothing(after: cue.end, end: unit.upperBound) {
          frame.boundary = cue.start
          frame.isCoordinate = false
          return
        }
        // `the sanctions, announced by Britain on Wednesday, would …`: a
        // participle with its agent right after a comma describes the noun
        // before it; it opens no clause, so a content around it runs on.
        if agentBy, !negated, !passive, !infinitive, b >= unit.lowerBound, b == cue.start - 1, facts.isComma(b), isAgentParticiple(cue.start, before: unit.upperBound) {
          frame.boundary = cue.start
          frame.isCoordinate = false
          return
        }
        // `said a split …, though unlikely, could not be ruled out`: the
        // comma before the auxiliaries closes an aside inside the clause
        // the cue sits in, no boundary of it.
        if b >= unit.lowerBound, closesAsideInClause(comma: b, unit: unit) {
          frame.boundary = b + 1
          frame.isCoordinate = false
          return
        }
        setBoundary(&frame, before: b + 1, unit: unit)
        return
      }
    }
    // `quoted Dmitri Volkov as saying that …`, `cited an official as
    // warning …`: the one quoted is the source, the subject only passes
    // the words on.
    // (`hasAsBeforeCue` tested here too: most documents have no such cue,
    // and the call alone cost more than the test.)
    if inner == nil, hasAsBeforeCue, let quoted = quotedSource(after: cue, unit: unit) {
      sourcePhrase = quoted.np
      frame.regionEnd = quoted.np.end
      frame.forward = quoted.content
      frame.forwardShape = quoted.shape
      setBoundary(&frame, before: b + 1, unit: unit)
      return
    }
    let subjectEnd = inner?.start ?? b + 1
    // `according to X`, `in the words of X`: the source follows. (Not
    // after a finite verb, whose preposition takes its object: `called on
    // both governments to …`, `pointed to the delays`, `stood by`.)
    if endsWithPreposition[cue.entry], inner == nil, !opensWithFiniteVerb(cue) {
      let before = subjectEnd - 1
      // (Also after a comma inside a closing mark: `had been “difficult but
      // not hopeless,” according to …`; the quote is then content. Not
      // after a cue of its own, which the quote is: `X called the clause
      // “…,” according to Tass`.)
      let commaInQuote = closesAfterComma(before, floor: unit.lowerBound)
        && !(unit.lowerBound..<before).contains { facts.has($0, .inCue) }
      let afterComma = before >= unit.lowerBound && (facts.isComma(before) || facts.has(before, .clausePunct) || commaInQuote)
      // (After a phrase of time or place set off by a comma, as at the
      // start: `Last year, according to the ministry, it received …`.)
      let atStart = subjectEnd == unit.lowerBound || (before >= unit.lowerBound && (facts.word(before).isCoordinator))
        || (afterComma && facts.isComma(before) && openingAdverbial(unit.lowerBound..<before))
      guard atStart || afterComma, let np = sourceAfterCue(from: cue.end, end: unit.upperBound, contentFollows: atStart) else {
        frame.silent = true
        return
      }
      sourcePhrase = np
      frame.sourceAfter = true
      frame.contentAfterSource = atStart
      frame.boundary = atStart ? max(unit.lowerBound, before) : commaInQuote ? before + 1 : before
      frame.isCoordinate = !atStart || subjectEnd > unit.lowerBound
      frame.regionEnd = np.end
      return
    }
    let prev = subjectEnd - 1
    let prevIsComma = prev >= unit.lowerBound && facts.isComma(prev)
    let prevClosesQuote = prev >= unit.lowerBound && isClosingMark(prev)
    // The subject before the cue, once read (with its tests) for an
    // inversion after a comma: the same call at the end would give the
    // same phrase, so it is not read twice.
    var subjectRead = false
    var subjectFound: NounPhrase? = nil
    if inner == nil, prev >= unit.lowerBound {
      // A participle after a comma or conjunction: `…, saying that …`;
      // also after a comma inside a closing mark (`open “as long as Chad
      // exists,” adding that …`).
      let commaInQuote = prevClosesQuote && closesAfterComma(prev, floor: unit.lowerBound)
      // So after `by`, `after` or `before`, when `that`, a colon or a
      // quote follows: `opened the meeting by telling the leaders that …`,
      // `ended the call after saying that …` (not `by adding demands on
      // the missile program`).
      let byOrTime = (facts.word(prev) == .timePreposition || (facts.word(prev).isPreposition && isMarked(prev, .agent))) && cue.end < unit.upperBound
        && (thatFollows(cue.end, end: unit.upperBound) || isOpeningMark(cue.end) || facts.has(cue.end, .colon))
      if facts.has(cue.start, .endsING), prevIsComma || commaInQuote || facts.word(prev).isCoordinator || facts.word(prev) == .subordinator || byOrTime {
        frame.source = inheritedSource(previous, unitSubject: unitSubject)
        // `The collapse came when the Unified Socialist Front withdrew its
        // support, saying …`: the subject of the clause the comma closes.
        if prevIsComma || commaInQuote, let np = speakingClauseSubject(before: prevIsComma ? prev : prev - 1, inherited: frame.source, unit: unit, unitSubject: unitSubject, unitSubjectNamesNoOne: unitSubjectNamesNoOne, previous: previous) {
          sourcePhrase = np
          setBoundary(&frame, before: subjectEnd, unit: unit)
          return
        }
        frame.silent = frame.source == nil
        setBoundary(&frame, before: subjectEnd, unit: unit)
        return
      }
      // `The two delegations issued a joint statement saying …`: a
      // participle right after a plain noun, no speaker's, tells what the
      // thing says; it is the unit subject's. So it does after a phrase of
      // time after the noun: `issued a statement on Friday saying …`.
      let thing = facts.has(cue.start, .endsING) ? beforePhraseOfTime(ending: prev, floor: unit.lowerBound) : prev
      if facts.has(cue.start, .endsING), unitSubject != nil, thing >= unit.lowerBound, facts.has(thing, .word), facts.word(thing) == .none, !facts.isCapitalized(thing),
        facts.speaker(thing) == nil, !facts.has(thing, .inCue), !facts.isVerbSignal(thing)
      {
        // (After a colon the clause has a subject of its own: `Others were
        // blunter: a coalition of campaign groups issued a statement
        // calling …`.)
        if let np = subjectAfterColon(before: cue.start, unit: unit) {
          sourcePhrase = np
        } else {
          frame.source = inheritedSource(previous, unitSubject: unitSubject)
        }
        setBoundary(&frame, before: subjectEnd, unit: unit)
        return
      }
      // Inversion: `“…,” said X.`, `…, said X, who …` (unless the comma
      // closes an appositive: `Ostra, the state news agency, reported`).
      // (The subject before the comma is read only when a phrase can
      // follow the cue: most trailing cues end their sentence.)
      if prevIsComma || prevClosesQuote, cue.end < unit.upperBound, startsNounPhrase(cue.end), !facts.word(cue.end).isPreposition {
        let appositiveSubject = prevIsComma ? subjectBefore(subjectEnd, floor: unit.lowerBound).flatMap { isMentionLike($0) && isValidSubject($0) ? $0 : nil } : nil
        if prevIsComma {
          subjectRead = true
          subjectFound = appositiveSubject
        }
        if appositiveSubject == nil, let np = forwardNP(from: cue.end, end: unit.upperBound), isMentionLike(np) {
          let after = np.end
          if after >= unit.upperBound || facts.isComma(after) || facts.isTerminal(after) || facts.word(after) == .relative || isHardBoundary(after) {
            sourcePhrase = np
            frame.trailing = true
            // The content before ends at the comma, or includes the quote.
            frame.boundary = prevIsComma ? prev : cue.start
            frame.isCoordinate = true
            frame.regionEnd = after
            return
          }
        }
      }
      // A second verb of the same subject: `… and said …`, `… but warned …`.
      if facts.word(prev).isCoordinator {
        frame.source = inheritedSource(previous, unitSubject: unitSubject)
        // `Talks … ended without agreement, after the leader of the entity
        // walked out and accused …`: the subject of the clause the
        // conjunction continues.
        if let np = speakingClauseSubject(before: prev, inherited: frame.source, unit: unit, unitSubject: unitSubject, unitSubjectNamesNoOne: unitSubjectNamesNoOne, previous: previous) {
          sourcePhrase = np
          setBoundary(&frame, before: subjectEnd, unit: unit)
          return
        }
        frame.silent = frame.source == nil
        setBoundary(&frame, before: subjectEnd, unit: unit)
        return
      }
      // A relative clause: `Gao Renjie, who told reporters …`.
      if facts.word(prev) == .relative {
        guard let np = antecedent(ofRelativeAt: prev, floor: unit.lowerBound), isMentionLike(np) else {
          frame.silent = true
          return
        }
        sourcePhrase = np
        frame.boundary = prev
        return
      }
    }
    var np: NounPhrase
    if let inner {
      // `European diplomats said`: words before the noun belong to it.
      let before = subjectBefore(inner.start, floor: unit.lowerBound)
      let start = before.flatMap { $0.range.upperBound == inner.start && isValidSubject(NounPhrase(range: $0.range.lowerBound..<inner.end)) ? $0.range.lowerBound : nil } ?? inner.start
      np = NounPhrase(range: start..<inner.end)
    } else {
      if !subjectRead {
        subjectFound = subjectBefore(subjectEnd, floor: unit.lowerBound).flatMap { isMentionLike($0) && isValidSubject($0) ? $0 : nil }
      }
      guard let found = subjectFound else {
        frame.silent = true
        // A verb after a phrase set off inside what someone is reported to
        // say has its subject before that phrase, in the same content:
        // `said the fact that the delegations had stayed, after walking
        // out of earlier rounds, suggested that …`. The content runs on.
        if prevIsComma, let earlier = previous.last(where: { !$0.silent && $0.source != nil }), let start = earlier.forward,
          closesSetOffPhrase(prev, floor: start)
        {
          frame.boundary = cue.start
          frame.isCoordinate = false
          return
        }
        setBoundary(&frame, before: subjectEnd, unit: unit)
        return
      }
      np = found
      // A negative subject says nothing: `Neither government would say
      // who …`, `Nobody said …`.
      let first = np.range.lowerBound
      if facts.word(first) == .negation || (first > unit.lowerBound && facts.word(first - 1) == .negation) {
        frame.silent = true
        setBoundary(&frame, before: subjectEnd, unit: unit)
        return
      }
      // Nor does the standard of a comparison: `far more than organizers
      // had hoped for`, `better than analysts expected` (not a quantity:
      // `a bloc of more than 130 nations`, `more than a dozen officials`).
      // (A loop, not `first(where:)`: a closure that reads `facts` copied
      // the whole pass, once a frame.)
      var standard = false
      for k in np.range where facts.word(k).isPreposition && isMarked(k, .standard) {
        standard = k + 1 < np.range.upperBound && !facts.has(k + 1, .number) && facts.word(k + 1) == .none
        break
      }
      if standard || (first > unit.lowerBound && isMarked(first - 1, .standard)) {
        frame.silent = true
        setBoundary(&frame, before: subjectEnd, unit: unit)
        return
      }
      // Nor does one in a clause that asks or supposes: `Kittipong, asked
      // whether he feared a ban, only smiled`, `If the envoy said so, …`.
      if first > unit.lowerBound, facts.word(first - 1) == .wh || facts.word(first - 1) == .subordinator, isMarked(first - 1, .question) {
        frame.silent = true
        setBoundary(&frame, before: subjectEnd, unit: unit)
        return
      }
      // Right after a quote the words before a capitalized one are the
      // subject's own, not a phrase leading into it: `“…,” a senior
      // Ukrainian official said`.
      // So after a comma when a definite phrase leads into the name and
      // the cue ends its clause: `Prices fell 1.3 percent, the property
      // portal Homeview said on Monday` (not `…, a move Jubaland officials
      // described as illegal`, `…, a charge India rejects`).
      if let lead = np.lead, lead - 1 >= unit.lowerBound,
        isClosingMark(lead - 1)
          || (facts.isComma(lead - 1) && facts.word(lead) == .determiner && facts.withView({ Self.isDefiniteDeterminer(lead, document: document, facts: $0) }) && cueEndsClause(cue, unit: unit))
      {
        np = NounPhrase(range: lead..<np.range.upperBound)
      }
      // A thing inside what someone just said, with no speaker's word in
      // it, shows or finds only in the speaker's words: in `told reporters
      // that the arrangement showed that “…,” but added …` the earlier
      // content runs on through the cue, and `but added` is the speaker's.
      // (Not after `and`, `but` or a subordinator: `“…,” he said, and the
      // data showed that …` is a clause of its own.)
      if let earlier = previous.last(where: { !$0.silent && $0.source != nil }), let start = earlier.forward, start <= np.range.lowerBound,
        np.range.lowerBound - 1 < unit.lowerBound || !(facts.word(np.range.lowerBound - 1).isCoordinator || facts.word(np.range.lowerBound - 1) == .subordinator),
        !hasSpeakerWord(np.range)
      {
        frame.silent = true
        frame.boundary = cue.start
        frame.isCoordinate = false
        return
      }
    }
    sourcePhrase = outlet(of: np) ?? np
    frame.whatObject = np.range.lowerBound - 1 >= unit.lowerBound && facts.word(np.range.lowerBound - 1) == .wh && isMarked(np.range.lowerBound - 1, .what)
    setBoundary(&frame, before: np.range.lowerBound, lead: np.lead, unit: unit)
    let lead = (np.lead ?? np.range.lowerBound) - 1
    frame.trailing = np.lead == nil && lead >= unit.lowerBound && (facts.isComma(lead) || isClosingMark(lead))
    // Right after the source that opens the sentence (`According to two
    // people familiar with the talks,`) the phrase before the comma is
    // that source, never a content: a cue there with no content of its own
    // after it is part of the source's content (`Washington asked to send
    // more officers`, `Washington asked for more time`, `Washington
    // objected`); one with a content reports it (`Washington said it would
    // leave`).
    if frame.trailing, let p = previous.last, p.sourceAfter, p.contentAfterSource, p.regionEnd == lead {
      frame.trailing = false
      if forwardStart(frame, unit: unit) == nil {
        frame.silent = true
        frame.boundary = cue.start
        frame.isCoordinate = false
      }
    }
    return
  }

  /// Whether nothing but a phrase of time comes between cue `cue` and the
  /// end of its clause (a terminal, a comma, a dash or the unit's end):
  /// `… said on Monday.`, `… said,`.
  func cueEndsClause(_ cue: CueMatch, unit: Range<Int>) -> Bool {
    var k = cue.end
    while k < unit.upperBound, k - cue.end < 4 {
      let w = facts.word(k)
      // (A preposition only before a word of time: `on Monday`; `in a
      // statement` is no phrase of time.)
      let before = w.isPreposition && k + 1 < unit.upperBound && facts.word(k + 1) == .timeNoun
      guard w == .timePreposition || w == .timeNoun || w == .determiner || before else { break }
      k += 1
    }
    return k >= unit.upperBound || facts.isTerminal(k) || facts.isComma(k) || facts.has(k, .clausePunct)
  }

  /// Whether what follows the `as` at `a` is what was said (`described
  /// the talks as …`, `hailed as “…”`), not a clause of time that a
  /// pronoun subject opens (`shouted from their seats as he left`).
  func objectAfterAs(_ a: Int, end: Int) -> Bool {
    guard a + 1 < end else { return false }
    return !(facts.pronoun(a + 1) != .none && facts.word(a + 1) != .determiner)
  }

  /// `argued on Tuesday that …`, `insisted on Nov. 3 that …`: the
  /// preposition at `k` opens a date (a capital or a number first, no
  /// determiner, no verb) that `that` follows within a few words; the
  /// clause is the content, not an object of `on` (`insisted on a deal
  /// that …` is one).
  func isDateBeforeThat(_ k: Int, end: Int) -> Bool {
    guard k + 1 < end, facts.isCapitalized(k + 1) || facts.has(k + 1, .number) else { return false }
    var j = k + 1
    while j < end, j <= k + Self.maxLeadingPhrase + 1 {
      let w = facts.word(j)
      if w == .that { return true }
      if w == .determiner || facts.isComma(j) || facts.isTerminal(j) || facts.isVerbSignal(j) || facts.has(j, .inCue) || isOpeningMark(j) { return false }
      j += 1
    }
    return false
  }

  /// After the comma at `comma`, the token past a short aside that a
  /// second comma closes (`, however,`, `, in a statement,`): up to
  /// `maxAside` tokens holding no verb, cue, quote mark or sentence end.
  func asideEnd(afterComma comma: Int, end: Int) -> Int? {
    var j = comma + 1
    while j < end, j <= comma + Self.maxAside {
      if facts.isComma(j) { return j > comma + 1 && j + 1 < end ? j + 1 : nil }
      if facts.isTerminal(j) || isOpeningMark(j) || isClosingMark(j) || facts.has(j, .inCue) || facts.isVerbSignal(j) { return nil }
      j += 1
    }
    return nil
  }

  /// `CUE NP as CUE-ing [that] …`: the noun phrase and where the content
  /// starts, when a second reporting cue in -ing follows the phrase and
  /// `as` (`quoted the minister as saying`).
  func quotedSource(after cue: CueMatch, unit: Range<Int>) -> (np: NounPhrase, content: Int, shape: ContentShape)? {
    // The phrase ends at an `as` right before a cue, after the cue's first
    // word: without one in the unit there is no phrase to read (most cues;
    // most documents have none at all).
    guard hasAsBeforeCue else { return nil }
    var asCue = cue.end + 1
    while asCue + 1 < unit.upperBound, !(facts.word(asCue) == .as && facts.has(asCue + 1, .inCue)) { asCue += 1 }
    guard asCue + 1 < unit.upperBound else { return nil }
    guard cue.end < unit.upperBound, startsNounPhrase(cue.end) || facts.isCapitalized(cue.end),
      let np = forwardNP(from: cue.end, end: unit.upperBound), isMentionLike(np)
    else { return nil }
    // (`quoted Oleg Krasnov, a deputy minister, as saying`: the phrase
    // with its appositive ends at the comma before `as`.)
    var a = np.end
    if a + 1 < unit.upperBound, facts.isComma(a), facts.word(a + 1) == .as { a += 1 }
    guard a + 1 < unit.upperBound, facts.word(a) == .as,
      let second = facts.cue(a + 1), second.start == a + 1, facts.has(second.end - 1, .endsING),
      let content = content(after: second, unit: unit)
    else { return nil }
    return (np, content.start, content.shape)
  }

  /// Where the content after `as saying` starts: a quote, a clause after
  /// `that`, or a bare clause.
  func content(after participle: CueMatch, unit: Range<Int>) -> (start: Int, shape: ContentShape)? {
    var k = participle.end
    guard k < unit.upperBound, !facts.isTerminal(k) else { return nil }
    if isOpeningMark(k) { return (k, .quote) }
    if facts.word(k) == .that {
      k += 1
      guard k < unit.upperBound else { return nil }
      return (k, .clause)
    }
    return (k, .bareClause)
  }

  /// `X was quoted by M as saying …`: the subject before the auxiliary at
  /// `aux` and the reporting cue in -ing after `as`, when they follow the
  /// agent `agent`. What was said comes after the cue (`content(after:)`)
  /// or, when nothing does, is the quote before the subject.
  func passiveQuote(aux: Int, agent: NounPhrase, unit: Range<Int>) -> (np: NounPhrase, participle: CueMatch)? {
    let a = agent.end
    guard a + 1 < unit.upperBound, facts.word(a) == .as, let second = facts.cue(a + 1), second.start == a + 1, facts.has(second.end - 1, .endsING),
      let subject = subjectBefore(aux, floor: unit.lowerBound), isMentionLike(subject), isValidSubject(subject)
    else { return nil }
    return (subject, second)
  }

  /// Sets the frame's boundary to the attribution start at `start`, moved
  /// back over a comma and conjunction that open its clause, or over a
  /// relative word and a short phrase after a comma (`, a charge that …`,
  /// `, which he called`).
  func setBoundary(_ frame: inout Frame, before start: Int, lead: Int? = nil, unit: Range<Int>) {
    var s = lead ?? start
    var coordinate = false
    let p = s - 1
    if p >= unit.lowerBound, facts.word(p) == .relative || facts.word(p) == .that || facts.word(p) == .wh {
      var x = p - 1
      while x >= unit.lowerBound, x >= p - 5, !facts.isComma(x), !isBackwardBoundary(x) { x -= 1 }
      // (Right after a comma, `that` opens a content, not a relative
      // clause: `said, however, that he had asked …`.)
      if x >= unit.lowerBound, x < p - 1 || facts.word(p) != .that, facts.isComma(x) {
        frame.boundary = x
        frame.isCoordinate = true
        return
      }
    }
    // A clause of time set off by a comma, with an attribution of its own,
    // opens a new one: `told delegates that the plan was dead, minutes
    // after Iran's ambassador said …` ends the first content at the comma
    // before the measure of time. (Without the comma the clause is part of
    // what is said: `would not table a draft until capitals signaled …`,
    // `had come back only after the final text guaranteed …`.)
    if p >= unit.lowerBound, facts.word(p) == .timePreposition {
      var x = p - 1
      while x >= unit.lowerBound, x >= p - Self.maxTimeMeasure, !facts.isComma(x), !isBackwardBoundary(x), !facts.isVerbSignal(x) { x -= 1 }
      // (Also a comma inside a closing mark: `was “not within reach,”
      // minutes after …`; the quote stays whole.)
      if x >= unit.lowerBound, facts.isComma(x) || closesAfterComma(x, floor: unit.lowerBound) {
        frame.boundary = facts.isComma(x) ? x : x + 1
        frame.isCoordinate = true
        return
      }
    }
    for _ in 0..<2 {
      let p = s - 1
      guard p >= unit.lowerBound else { break }
      let w = facts.word(p)
      if isClosingMark(p) { coordinate = true; break }
      if facts.isComma(p) || facts.has(p, .clausePunct) || w.isCoordinator || w == .subordinator {
        coordinate = true
        s = p
      } else {
        break
      }
    }
    frame.boundary = s
    frame.isCoordinate = coordinate
  }

  /// Whether the comma at `close` closes an adverbial phrase set off by
  /// commas (`, after walking out of earlier rounds,`): the phrase starts
  /// with a preposition, a subordinator or an adverb, holds no quote, cue,
  /// clause word or auxiliary, and its opening comma lies after `floor`
  /// with words between them. (At most 11 words back.)
  func closesSetOffPhrase(_ close: Int, floor: Int) -> Bool {
    var k = close - 1
    while k > floor, k > close - 12 {
      if facts.isComma(k) {
        let first = k + 1
        guard first < close, k - 1 > floor else { return false }
        let w = facts.word(first)
        return w.isPreposition || w == .timePreposition || w == .subordinator || facts.isAdverb(first)
      }
      if facts.isQuote(k) || facts.has(k, .inCue) || isBackwardBoundary(k) { return false }
      k -= 1
    }
    return false
  }

  /// The subject of the clause that a subordinator opens and `comma`
  /// closes, when it names a speaker and its verb follows (`when the
  /// Unified Socialist Front withdrew its support,`; an appositive set off
  /// by commas may stand in it); nil when a quote or a cue stands between.
  func clauseSubject(before comma: Int, unit: Range<Int>) -> NounPhrase? {
    var k = comma - 1
    while k > unit.lowerBound, k > comma - 40 {
      // (Commas may set off an appositive inside the subject: `when the
      // party, the Unified Socialist Front, withdrew`.)
      if !facts.isComma(k), facts.isQuote(k) || facts.has(k, .inCue) || isHardBoundary(k) { return nil }
      let w = facts.word(k)
      if w == .subordinator || w == .wh || w == .timePreposition { break }
      k -= 1
    }
    let w = facts.word(k)
    guard w == .subordinator || w == .wh || w == .timePreposition, k + 1 < comma,
      let np = forwardNP(from: k + 1, end: comma), np.end < comma, isMentionLike(np), isValidSubject(np)
    else { return nil }
    // (After an appositive, its closing comma.)
    let v = facts.isComma(np.end) ? np.end + 1 : np.end
    guard v < comma, facts.isVerbSignal(v) || (facts.has(v, .word) && facts.word(v) == .none && !facts.isCapitalized(v) && facts.speaker(v) == nil) else { return nil }
    return np
  }

  /// The subject of the clause that ends at `end` (`clauseSubject`) when
  /// it, not the sentence's subject, is the one a participle or a second
  /// verb after `end` belongs to: when nothing is `inherited`; or, when no
  /// earlier cue of the unit has spoken, when the sentence's subject names
  /// no one (`Talks over the dam broke down when Egypt's delegation walked
  /// out, accusing …`) or `end` is a conjunction with no comma before it,
  /// which goes on in that clause whoever the sentence's subject is
  /// (`Talks hosted by the European Union … ended …, after the leader of
  /// the entity walked out and accused …`).
  func speakingClauseSubject(before end: Int, inherited: Int?, unit: Range<Int>, unitSubject: Int?, unitSubjectNamesNoOne: Bool, previous: [Frame]) -> NounPhrase? {
    if inherited != nil {
      let continues = facts.word(end).isCoordinator && end > unit.lowerBound && !facts.isComma(end - 1)
      guard continues || (unitSubjectNamesNoOne && inherited == unitSubject), previous.allSatisfy({ $0.silent || $0.source == nil }) else { return nil }
    }
    return clauseSubject(before: end, unit: unit)
  }

  /// Whether a word of `r` can name a speaker: a speaker's noun, a
  /// pronoun or quantifier (`several`), or a capital that does not only
  /// open the sentence.
  func hasSpeakerWord(_ r: Range<Int>) -> Bool {
    r.contains { facts.speaker($0) != nil || facts.pronoun($0) != .none || facts.word($0) == .quantifier || (facts.isCapitalized($0) && !facts.has($0, .sentenceStart)) }
  }

  /// Whether cue `cue` opens with a finite verb: a word in -ed or -s or
  /// a listed past form (`called on`, `calls on`, `stood by`), no
  /// participle in -ing or preposition (`according to`, `in the words of`).
  func opensWithFiniteVerb(_ cue: CueMatch) -> Bool {
    let w = cue.start
    guard facts.word(w) == .none || facts.word(w) == .pastVerb else { return false }
    return facts.word(w) == .pastVerb || facts.has(w, .endsED) || facts.has(w, .endsS)
  }

  /// The source of an earlier cue of the unit, or the unit's subject.
  func inheritedSource(_ previous: [Frame], unitSubject: Int?) -> Int? {
    previous.last(where: { !$0.silent && $0.source != nil })?.source ?? unitSubject
  }

  /// The token before the phrase of time that ends at `t` (`on Friday`,
  /// `on Tuesday evening`, `last week`, `Friday`): `t` itself when `t`
  /// is no time noun, and also when the phrase runs back to `floor`.
  /// (At most four words: a longer run is no phrase of time.)
  func beforePhraseOfTime(ending t: Int, floor: Int) -> Int {
    guard t >= floor, facts.word(t) == .timeNoun else { return t }
    var k = t - 1
    while k >= floor, k >= t - 4 {
      let w = facts.word(k)
      guard w == .timeNoun || (w.isPreposition && w != .to && w != .nameConnector) || w == .determiner || w == .adjective else { break }
      k -= 1
    }
    return k >= floor ? k : t
  }

  /// The source after `according to`: a noun phrase, or the `by X` or
  /// `from X` inside it that names who made the document (`a summary
  /// released by the Swiss foreign ministry`, `a statement from the
  /// Kremlin`, `figures from the central bank`).
  /// `contentFollows`: the content comes after the phrase (`According to
  /// X, CLAUSE`).
  func sourceAfterCue(from start: Int, end: Int, contentFollows: Bool) -> NounPhrase? {
    guard var np = forwardNP(from: start, end: end, closedByComma: contentFollows), isMentionLike(np) else { return nil }
    if let maker = maker(of: np.range) {
      np.range = maker
    } else if let maker = relativeMaker(of: np.range) {
      np.range = maker
      // The clause's verb and what follows it belong to the phrase:
      // `According to a statement the ministry issued on Monday, …`.
      if contentFollows, let comma = ((np.end)..<min(end, np.end + 8)).first(where: { facts.isComma($0) || isHardBoundary($0) }), facts.isComma(comma) {
        np.end = comma
      }
    } else if let owner = documentOwner(of: np.range) {
      np.range = owner
    } else if let owner = possessiveOwner(of: np.range) {
      np.range = owner
    } else if let printed = outlet(of: np) {
      np = printed
    } else if let maker = documentMaker(of: np.range, limit: end) {
      // (A maker after the phrase takes what lies between with it: `According
      // to an audit published last year by the agency, …`.)
      if maker.upperBound > np.end {
        np.end = maker.upperBound
        if contentFollows, let comma = (np.end..<min(end, np.end + 8)).first(where: { facts.isComma($0) || isHardBoundary($0) }), facts.isComma(comma) { np.end = comma }
      }
      np.range = maker
      np.appositives = 0..<0
    }
    // A participle with its agent between commas describes the document,
    // and the content follows it: `According to an internal estimate by
    // the ministry, seen by The New York Times, the price has risen`.
    if contentFollows, np.end + 2 < end, facts.isComma(np.end), facts.has(np.end + 1, .word), !facts.isCapitalized(np.end + 1), facts.word(np.end + 1) == .none || facts.word(np.end + 1) == .pastVerb, isMarked(np.end + 2, .agent),
      let comma = ((np.end + 3)..<min(end, np.end + 12)).first(where: { facts.isComma($0) || isHardBoundary($0) }), facts.isComma(comma)
    {
      np.end = comma
    }
    // A relative clause on the source belongs to the phrase, and the
    // content follows its comma: `According to a Western diplomat who
    // attended the session, the delegations did not speak`. (Such a
    // clause can be long, `who attended … and spoke on condition of
    // anonymity to describe closed-door discussions`: up to 24 tokens.)
    if contentFollows, np.end < end, facts.word(np.end) == .relative,
      let comma = ((np.end + 1)..<min(end, np.end + 24)).first(where: { facts.isComma($0) || isHardBoundary($0) }), facts.isComma(comma)
    {
      np.end = comma
    }
    return np
  }

  /// The `by X` or `from X` at the end of phrase `r` that names who made
  /// what the phrase names (`a summary released by the Swiss foreign
  /// ministry`, `figures from the central bank`): X when it has a name or
  /// a body's noun. With `madeThing`, only when no speaker noun comes
  /// before `by`: `a report by Harvest Rights Asia` is the group's, but
  /// `officials from the ministry` are the officials.
  /// (Inlined: a phrase of one or two words, most sources, has room for
  /// no `by X`, nor one with no grammar word between its first and last,
  /// and the search is not entered for it: on a MB of news it found a
  /// maker for none of some 2,300 longer phrases.)
  @inline(__always)
  func maker(of r: Range<Int>, madeThing: Bool = false) -> Range<Int>? {
    r.count >= 3 && hasGrammarWord(in: (r.lowerBound + 1)..<(r.upperBound - 1)) ? maker(ofLong: r, madeThing: madeThing) : nil
  }

  /// Whether a token of `r` is a grammar word (a word class other than
  /// none), as a marked word (`isMarked`) is: `maker` and `outlet` look for
  /// one inside the phrase, past its first word and before its last, and
  /// a name (`Foreign Minister Sergei Lavrov`) has none. A walk over the
  /// flags' buffer, checked once: cheaper than the marks' test of each
  /// word, which the readers then need only for a phrase that has one.
  @inline(__always)
  func hasGrammarWord(in r: Range<Int>) -> Bool {
    precondition(r.lowerBound >= 0 && r.upperBound <= facts.flags.count, "phrase outside the document")
    return facts.flags.withUnsafeBufferPointer { flags in
      var t = r.lowerBound
      while t < r.upperBound {
        if flags[t].word != .none { return true }
        t &+= 1
      }
      return false
    }
  }

  /// `maker(of:madeThing:)` for a phrase of three words or more (the
  /// full search: internal for the tests that compare the two).
  @inline(never)
  func maker(ofLong r: Range<Int>, madeThing: Bool) -> Range<Int>? {
    guard let by = r.dropFirst().first(where: { isMarked($0, .agent) || isMarked($0, .origin) }), by + 1 < r.upperBound else { return nil }
    if madeThing, (r.lowerBound..<by).contains(where: { facts.speaker($0).map { !$0.categories.intersection(.heads).isEmpty } ?? false }) { return nil }
    var maker = (by + 1)..<r.upperBound
    // A place or time after a body's noun is the making's, not the
    // maker's: `the indictment filed by the department in federal court
    // in Newark`.
    if let p = maker.dropFirst().first(where: { facts.word($0) == .preposition && facts.isBodyNoun($0 - 1) && !facts.isCapitalized($0 - 1) }) {
      maker = maker.lowerBound..<p
    }
    let named = maker.contains { facts.isCapitalized($0) && facts.word($0) == .none }
    // (A body's noun, or after `from` people's: `a statement from the
    // mediators`, not `a report seen by reporters`.)
    let fromPeople = isMarked(by, .origin) && maker.contains { isPeopleNoun($0) }
    let headed = fromPeople || maker.contains { facts.isBodyNoun($0) }
    // A medium that saw a thing did not make it: `a letter seen by Reuters`,
    // `documents obtained by The Times`.
    if by > r.lowerBound, facts.has(by - 1, .endsED) || facts.word(by - 1) == .pastVerb, maker.contains(where: { facts.speaker($0)?.categories.contains(.media) ?? false }) { return nil }
    return named || headed ? maker : nil
  }

  /// `the latest report of the Observatory on Price Formation`: a thing
  /// (a determiner and one to three plain words, none a speaker's noun),
  /// then `of` (`WordMark.possessor`) and a name: the name is whose the
  /// thing is. Not `a survey of farmers` (no name), `the president of
  /// Brazil` (a speaker's noun: the president speaks).
  func documentOwner(of r: Range<Int>) -> Range<Int>? {
    guard r.count >= 4, facts.word(r.lowerBound) == .determiner else { return nil }
    var k = r.lowerBound + 1
    while k < r.upperBound, k - r.lowerBound <= 3, !isMarked(k, .possessor) {
      guard facts.isPlainModifier(k) else { return nil }
      k += 1
    }
    guard k > r.lowerBound + 1, ownerFollows(k, end: r.upperBound), !((k + 1)..<r.upperBound).contains(where: { facts.has($0, .possessive) }) else { return nil }
    return (k + 1)..<r.upperBound
  }

  /// `the agency’s own figures`, `the ministry’s annual report`,
  /// `according to the mediators’ statement`: an owner with a body's
  /// noun, people's noun (`isPeopleNoun`) or a name, its possessive, and a
  /// thing of one to three plain words (no speaker's noun): the owner is
  /// whose the thing is. Not `the minister’s spokesman` (the spokesman
  /// speaks).
  func possessiveOwner(of r: Range<Int>) -> Range<Int>? {
    guard r.count >= 4, let p = r.dropFirst().firstIndex(where: { facts.has($0, .possessive) }),
      r.upperBound - (p + 1) >= 1, r.upperBound - (p + 1) <= 3,
      ((p + 1)..<r.upperBound).allSatisfy({ facts.isPlainModifier($0) })
    else { return nil }
    let owner = r.lowerBound..<p
    guard owner.contains(where: { facts.isBodyNoun($0) || isPeopleNoun($0) || (facts.isCapitalized($0) && facts.word($0) == .none) }) else { return nil }
    return owner
  }

  /// Token `i` is a speaker's noun for people, a group or a role
  /// (`mediators`, `co-chairs`, `diplomats`): like a body, they make and
  /// own what they publish.
  @inline(__always)
  func isPeopleNoun(_ i: Int) -> Bool {
    guard let s = facts.speaker(i) else { return false }
    return !s.categories.intersection([.group, .role]).isEmpty
  }

  /// `a filing the company made to the exchange`, `a statement the
  /// ministry issued`, `figures the ministry released`: a thing and a
  /// clause about it with no `that`, whose
  /// subject made it. The subject runs from the determiner after the
  /// thing's noun to the verb, which must follow it in or right after `r`.
  /// (Inlined: a phrase of three words or fewer has room for no such
  /// clause.)
  @inline(__always)
  func relativeMaker(of r: Range<Int>) -> Range<Int>? {
    r.count >= 4 ? relativeMaker(ofLong: r) : nil
  }

  /// `relativeMaker(of:)` for a phrase of four words or more.
  @inline(never)
  private func relativeMaker(ofLong r: Range<Int>) -> Range<Int>? {
    // (A plural thing may have no determiner: `figures the ministry
    // released`.)
    let bare = facts.word(r.lowerBound) != .determiner
    guard !bare || facts.isPlainModifier(r.lowerBound) else { return nil }
    var d = r.lowerBound + (bare ? 1 : 2)
    while d < r.upperBound - 1 {
      let before = d - 1
      if facts.word(d) == .determiner, facts.word(before) == .none, !facts.isCapitalized(before), facts.has(before, .word) { break }
      // (Only plain words between: `a filing the company made`.)
      guard facts.word(d) == .none, !facts.has(d, .inCue) else { return nil }
      d += 1
    }
    guard d < r.upperBound - 1 else { return nil }
    let limit = min(r.upperBound + 1, document.tokens.count)
    guard let verb = ((d + 2)..<limit).first(where: { facts.word($0) == .pastVerb || (facts.has($0, .endsED) && !facts.isCapitalized($0)) }),
      ((d + 1)..<verb).allSatisfy({ facts.has($0, .word) && facts.word($0) == .none })
    else { return nil }
    return d..<verb
  }

  /// `a report in the business daily Nikkei`, `an article in the Financial
  /// Times`: the outlet that printed it, when the words before `in` name
  /// no speaker (`officials in Kyiv` stay officials: Kyiv is no outlet;
  /// `a correspondent in …` is the correspondent).
  /// (Inlined: a phrase of one or two words has room for no `in X`, nor
  /// one with no grammar word between its first and last: on a MB of news
  /// none of some 2,200 longer phrases named an outlet.)
  @inline(__always)
  func outlet(of np: NounPhrase) -> NounPhrase? {
    np.range.count >= 3 && hasGrammarWord(in: (np.range.lowerBound + 1)..<(np.range.upperBound - 1)) ? outlet(ofLong: np) : nil
  }

  /// `outlet(of:)` for a phrase of three words or more (the full search:
  /// internal for the tests that compare the two).
  @inline(never)
  func outlet(ofLong np: NounPhrase) -> NounPhrase? {
    let r = np.range
    guard let inside = r.dropFirst().first(where: { isMarked($0, .container) }), inside + 1 < r.upperBound,
      !(r.lowerBound..<inside).contains(where: { facts.speaker($0) != nil }),
      ((inside + 1)..<r.upperBound).contains(where: { facts.speaker($0)?.categories.contains(.media) ?? false })
    else { return nil }
    var printed = np
    printed.range = (inside + 1)..<r.upperBound
    return printed
  }

  /// Whether token `i` is a grammar word with `mark` (`TokenFacts.isMarked`).
  func isMarked(_ i: Int, _ mark: WordMark) -> Bool { facts.isMarked(i, mark, in: document) }


  /// Whether token `i` is the closing mark of a quote of this paragraph.
  func isClosingMark(_ i: Int) -> Bool {
    let q = quoteAt[i]
    return q >= 0 && !quotes[Int(q)].continues && quotes[Int(q)].close == i
  }

  /// Whether token `i` opens a quote of this paragraph.
  /// `said in a report, released on Monday, that …`: after the comma at
  /// `comma`, a participle in -ed and its phrase up to a comma (a quoted
  /// title inside is part of it: `titled “Pathways for the Land,”`), then
  /// `that`: that `that`, within 14 tokens.
  func thatAfterParticiple(afterComma comma: Int, end: Int) -> Int? {
    var m = comma + 1
    guard m < end, facts.has(m, .endsED), !facts.isCapitalized(m), !facts.has(m, .inCue) else { return nil }
    m += 1
    while m < end, m - comma <= 14 {
      if facts.isTerminal(m) || facts.has(m, .inCue) { return nil }
      if isOpeningMark(m) {
        let q = quotes[Int(quoteAt[m])]
        guard isNameLike(q) else { return nil }
        m = q.marks.upperBound
        if m < end, facts.word(m) == .that { return m }
        continue
      }
      if facts.isComma(m) { return m + 1 < end && facts.word(m + 1) == .that ? m + 1 : nil }
      m += 1
    }
    return nil
  }

  func isOpeningMark(_ i: Int) -> Bool {
    let q = quoteAt[i]
    return q >= 0 && quotes[Int(q)].open == i
  }

  /// `that` as a determiner (`but that language was dropped`) rather than
  /// a conjunction: a plain noun and then a verb follow it. (Not a plural
  /// in -s, which a determiner `that` does not take: `and that students
  /// would not have to pay` opens a clause.)
  func isDeterminerThat(_ i: Int) -> Bool {
    guard i + 2 < document.tokens.count else { return false }
    let noun = i + 1
    guard facts.has(noun, .word), facts.word(noun) == .none, !facts.isCapitalized(noun), facts.pronoun(noun) == .none, !facts.has(noun, .endsS) else { return false }
    return facts.isVerbSignal(i + 2)
  }

  // MARK: Content after the cue

  /// Whether the verb in -ed at `t` (after `start`, before `end`), a cue
  /// or not, is a participle that describes the plain noun before it, a
  /// preposition after it: `in a video posted on Instagram`.
  func isParticiple(_ t: Int, after start: Int, end: Int) -> Bool {
    t > start && facts.has(t, .endsED) && !facts.isCapitalized(t) && t + 1 < end && facts.word(t + 1).isPreposition
      && facts.word(t - 1) == .none && facts.has(t - 1, .word)
  }

  /// The comma that ends a short phrase of plain words from `k` (a
  /// listener, with its place or time), when an opening quote follows it;
  /// nil at a verb, a cue, a quote or a clause word first. (Stricter than
  /// `tailEnd`, which lets `and` or `who` through: with it a fixture
  /// statement was lost.)
  func quoteAfterListener(from k: Int, end: Int) -> Int? {
    var t = k
    while t < end, t < k + 10 {
      if facts.isComma(t) { return t > k && t + 1 < end && isOpeningMark(t + 1) ? t : nil }
      let w = facts.word(t)
      if facts.isTerminal(t) || facts.isQuote(t) || (facts.has(t, .inCue) || facts.isVerbSignal(t)) && !isParticiple(t, after: k, end: end) || w == .that || w == .wh || w == .relative || w == .subordinator || w.isCoordinator { return nil }
      t += 1
    }
    return nil
  }

  /// Where the content after a cue starts: after `that` or a colon, at an
  /// opening quote, after a listener (`told reporters`) or a phrase of
  /// place and time (`said in a statement on Sunday that`). A cue that
  /// reports only a clause (`CueNotes.clauseOnly`) takes an object,
  /// description or bare clause only with a quote in it (`declared the
  /// crisis “over”`): `Only Turkey recognizes the breakaway state`
  /// reports nothing.
  func forwardStart(_ f: Frame, unit: Range<Int>) -> (Int, ContentShape)? {
    guard let found = forwardStartOfAnyShape(f, unit: unit) else { return nil }
    guard cueNotes[f.cue.entry].contains(.clauseOnly) else { return found }
    switch found.1 {
    case .clause, .quote, .splitQuote, .continuation: return found
    case .bareClause, .object, .before: return containsRealQuote(found.0..<contentEnd(from: found.0, to: unit.upperBound)) ? found : nil
    }
  }

  /// `forwardStart` before the test of `CueNotes.clauseOnly`.
  private func forwardStartOfAnyShape(_ f: Frame, unit: Range<Int>) -> (Int, ContentShape)? {
    let end = unit.upperBound
    var k = f.regionEnd
    while k < end, facts.isAdverb(k) { k += 1 }
    guard k < end, !facts.isTerminal(k) else { return nil }
    // `“…,” said Tendai Mukwena, who described malnutrition as “…”`: a
    // cue of the source's own relative clause, inside the attribution,
    // takes what follows; this cue keeps the quote before it.
    if f.trailing, f.regionEnd > f.cue.end, (f.cue.end..<f.regionEnd).contains(where: { facts.has($0, .inCue) }) { return nil }
    // (Where the adverbs end: see the bare clause at the end.)
    let afterAdverbs = k
    if facts.has(k, .colon) {
      guard k + 1 < end else { return nil }
      return (k + 1, isOpeningMark(k + 1) ? .quote : .clause)
    }
    if isOpeningMark(k) { return (k, .quote) }
    // `“…,” Governor X said at a news conference, “and …”`: past a phrase
    // of place or time, a comma and a quote go on with the split quote.
    if f.trailing, facts.word(k).isPreposition {
      let t = tailEnd(after: k, unit: k..<end)
      if t > k, t + 1 < end, facts.isComma(t), isOpeningMark(t + 1) { return (t + 1, .splitQuote) }
    }
    // So past a listener: `“…,” the minister told reporters after the
    // meeting, “but …”`.
    if f.trailing, !facts.isComma(k), let t = quoteAfterListener(from: k, end: end) { return (t + 1, .splitQuote) }
    if facts.isComma(k) {
      guard k + 1 < end else { return nil }
      // `Mr. Nasser said, “We will be back”`: a comma may introduce a quote.
      if isOpeningMark(k + 1) { return (k + 1, f.trailing ? .splitQuote : .quote) }
      // `“…,” said X, a spokesman, in a telephone interview, “but …”`: past
      // a phrase of place or time set off by commas, a quote goes on with
      // the split quote.
      if f.trailing, facts.word(k + 1).isPreposition {
        let t = tailEnd(after: k + 1, unit: (k + 1)..<end)
        if t > k + 1, t + 1 < end, facts.isComma(t), isOpeningMark(t + 1) { return (t + 1, .splitQuote) }
      }
      // `said, however, that …`, `said, in a statement, that …`: a short
      // aside between commas, then `that` or a quote.
      if !f.trailing, let after = asideEnd(afterComma: k, end: end) {
        if facts.word(after) == .that, after + 1 < end { return (after + 1, .clause) }
        if isOpeningMark(after) { return (after, .quote) }
      }
      guard f.trailing else { return nil }
      if facts.word(k + 1) == .and, k + 2 < end, !facts.has(k + 2, .inCue), facts.pronoun(k + 2) == .none { return (k + 2, .continuation) }
      return nil
    }
    let w = facts.word(k)
    if w == .that { return (k + 1, .clause) }  // right after a cue, `that` opens its clause
    if w == .wh || w == .subordinator { return nil }  // `said whether …`
    // (`as` before a pronoun subject opens a clause of time, not what was
    // said: `shouted from their seats as he left`, `said as she left`; so
    // does any `as` after a quote the cue attributes: `“…,” the minister
    // said as the meeting opened`.)
    if w == .as { return !f.trailing && objectAfterAs(k, end: end) ? (k + 1, .object) : nil }
    // `pledged to “avoid any action …”`: a quote right after `to` is what
    // was promised or asked for. (A bare infinitive is not read: `pledged
    // on Monday to cut emissions` is mostly an act in the labels, and
    // `urging the council to impose sanctions` was left out of them.)
    if w == .to, k + 1 < end, isOpeningMark(k + 1) { return (k + 1, .quote) }
    if w == .objectPreposition, entryWeight[f.cue.entry] != 0, objectLength(from: k + 1, end: end) >= Self.minimumObject, !isDateBeforeThat(k, end: end) {
      return (k + 1, .object)
    }
    if w == .to { return nil }
    if w == .negation, k + 1 < end, facts.word(k + 1) == .to { return nil }  // `asked not to be named`
    // A listener or an adverbial before `that` or a colon.
    var j = k
    while j < end, j < k + 16 {
      if facts.isTerminal(j) { break }
      // (A cue in -ed is passed over as a participle: with its agent, `told
      // employees in a memo seen by Reuters that …`, or in a phrase that a
      // preposition opens, `said in a statement posted on its website that
      // …`; `said she hoped to pass the bill and that …` has a clause of
      // its own first.)
      if facts.has(j, .inCue), !facts.has(j, .endsED) || !(facts.word(k).isPreposition || (j + 1 < end && isMarked(j + 1, .agent))) { break }
      if facts.isComma(j), facts.word(k).isPreposition {
        // (Over a participle phrase set off by commas before `that`: `said
        // in a report last year, titled “Pathways for the Land,” that …`.)
        if let t = thatAfterParticiple(afterComma: j, end: end) { return (t + 1, .clause) }
        break  // `said on Monday, a result that …`
      }
      // `…, he told reporters, though he acknowledged that …`: a comma
      // then a conjunction or a pronoun subject opens another clause,
      // whose `that` is not the listener's.
      if facts.isComma(j), j + 1 < end, opensClause(afterComma: j + 1) { break }
      let wj = facts.word(j)
      if wj.isAuxiliary || wj == .negation || wj == .wh || wj == .relative { break }
      // (A verb's past form: a bare clause has begun, `said the university
      // spent more than that on …`; not a participle with its agent, which
      // describes the noun before it: `told employees in a memo seen by
      // Reuters that …`.)
      if facts.has(j, .endsED) || wj == .pastVerb, !facts.has(j, .inCue), !facts.isCapitalized(j),
        !(j > k && j + 1 < end && facts.word(j + 1) != .none && isMarked(j + 1, .agent))
      {
        break
      }
      if isOpeningMark(j) { break }
      if wj == .that {
        if j + 1 < end, facts.isVerbSignal(j + 1) { break }  // `the deal that was signed`, `raids that left four dead`
        // `said the agreement put the debt back on a sustainable path and
        // that …`: `and that` opens the second of two clauses, so a first
        // one has begun (its verb need not look like one: `put`, `set`).
        if j > k + 2, facts.word(j - 1) == .and || facts.word(j - 1) == .but, quoteAt[j - 1] < 0 { break }
        if j > k, facts.word(j - 1).isPreposition { break }  // `than that`, `about that`: a pronoun
        return (j + 1, .clause)
      }
      if facts.has(j, .colon) {
        guard j + 1 < end else { return nil }
        return (j + 1, isOpeningMark(j + 1) ? .quote : .clause)
      }
      j += 1
    }
    // `accused the government of refusing to …`: an object, then `of` and
    // a verb in -ing, is the charge.
    if !f.trailing, cueNotes[f.cue.entry].contains(.charge), let charge = chargeStart(from: k, end: end) { return (charge, .object) }
    // `described the outcome as …`: the description is the content.
    var a = k + 1
    // (Not past another verb: `said leaders criticized the budget as …`.)
    while a < end, a < k + 7, !facts.isComma(a), !facts.isTerminal(a), !isOpeningMark(a), !facts.has(a, .inCue), !facts.isVerbSignal(a) {
      // (After a quote it attributes, `as` opens a clause of time: `“…,”
      // the judge told him as the sentence was read`.)
      if facts.word(a) == .as {
        if !f.trailing, objectAfterAs(a, end: end) { return (a + 1, .object) }
        break
      }
      // `estimated the cost at about $5.4 billion`: the object and the
      // value a number gives it are the content (not a clause with a time
      // in it: `said the meeting at 10 a.m. had been cancelled`).
      // (The class tested here first, as `isMarked` does: most words here
      // have none, and the call cost more than the test.)
      if a > k, !f.trailing, facts.word(a) != .none, isMarked(a, .value), ((a + 1)..<min(end, a + 5)).contains(where: { facts.has($0, .number) }) {
        var v = a + 1
        while v < end, !facts.isComma(v), !facts.isTerminal(v), !facts.isVerbSignal(v), !facts.has(v, .inCue) { v += 1 }
        if v == end || facts.isComma(v) || facts.isTerminal(v) { return (k, .object) }
        break
      }
      if facts.word(a).isAuxiliary { break }
      a += 1
    }
    if f.whatObject {
      // `Asked what she tells patients who …`, `what he told them`: a
      // person or people right after the verb heard it; `what` stands for
      // the content, which the sentence never gives. (`what Moscow called
      // a ceasefire` names it.)
      var o = k
      if o + 1 < end, facts.word(o) == .determiner { o += 1 }
      let pronounObject = o == k && facts.pronoun(k) != .none && facts.word(k) != .determiner
      if pronounObject || isPeopleNoun(o) { return nil }
      return (k, .object)
    }
    if let listener = listenerEnd(from: k, end: end) { k = listener }
    // A phrase of place or time up to a comma is not content: `said on
    // Sunday, but …` (`reported at least three people killed` is).
    if facts.word(k).isPreposition {
      var c = k
      while c < end, !facts.isComma(c), !facts.isTerminal(c) { c += 1 }
      // `said at least 40 families had lost …`, `said about 20 percent of
      // the crop …`, `said at least 12 of their classmates …`: a number a
      // word or two on, then a plain noun or `of`, is a quantity that
      // opens the clause, not a phrase of time (`in 2019`).
      // (Not `on Monday 40 people …`, where the phrase of time comes
      // first, nor `in 2019 more than 200 firms …`, where a second number
      // follows the first.)
      // (A quantifier may come between: `at least 30 other detainees`.)
      if let number = ((k + 1)..<min(k + 3, c)).first(where: { facts.has($0, .number) }),
        case let n = number + 1 < c && facts.word(number + 1) == .quantifier ? number + 1 : number, n + 1 < c,
        facts.has(n + 1, .word), facts.word(n + 1) == .none || facts.word(n + 1) == .nameConnector, !facts.isCapitalized(n + 1),
        !((k + 1)..<n).contains(where: { facts.isCapitalized($0) }),
        !((n + 1)..<min(n + 4, c)).contains(where: { facts.has($0, .number) }), looksLikeClause(k..<c)
      {
        return (k, .bareClause)
      }
      // `reported at least three people killed …`: a quantity from the
      // start.
      if opensQuantity(at: k, before: c) { return (k, .bareClause) }
      // `said on Monday it had …`, `said in a statement the plan was …`:
      // the clause starts after the phrase of time or place.
      var s = k + 1
      while s < c, s <= k + Self.maxLeadingPhrase {
        let subject = facts.pronoun(s) != .none && facts.word(s) != .determiner
        // A new phrase after the phrase of time: a determiner (`on Monday
        // the strikes had …`), a name (not the second word of one), or a
        // quantity (`on Monday at least 40 people had …`).
        let newPhrase = s > k + 1 && !facts.word(s - 1).isPreposition && facts.word(s - 1) != .determiner
          && (facts.word(s) == .determiner || (facts.isCapitalized(s) && facts.word(s) == .none && !facts.isCapitalized(s - 1))
            || opensQuantity(at: s, before: c))
        if subject || newPhrase { break }
        if facts.isVerbSignal(s) { s = c; break }
        s += 1
      }
      // (Not a clause that `as`, `when` or `because` opens: `shouted from
      // their seats as he left the chamber` reports nothing.)
      if s < c, s - 1 > k, facts.word(s - 1) == .as || facts.word(s - 1) == .subordinator { return nil }
      if s < c, s <= k + Self.maxLeadingPhrase, looksLikeClause(s..<c) { return (s, .bareClause) }
      if !looksLikeClause(k..<c) { return nil }
      // `said outside powers might …`, `said past agreements had failed`: a
      // preposition that is also an adjective, before a plain plural noun
      // and an auxiliary, opens the clause's subject.
      if k + 2 < c, facts.has(k + 1, .word), facts.word(k + 1) == .none, facts.has(k + 1, .endsS), !facts.isCapitalized(k + 1), facts.word(k + 2).isAuxiliary {
        return (k, .bareClause)
      }
      // `A political agreement announced in 2019 was never ratified`: a
      // phrase of time cannot be a subject, so the cue was a participle.
      if let v = (k..<c).first(where: { facts.isVerbSignal($0) }), facts.word(v).isAuxiliary { return nil }
      // `said in a statement posted on Telegram, …`: a participle between
      // the noun of a determiner phrase and a preposition describes the
      // noun; a phrase whose only verb signs are such participles has no
      // verb of its own (`reported at least three people killed in …` has).
      let finite = (k..<c).contains { v in
        guard facts.isVerbSignal(v) else { return false }
        let describes = v > k + 1 && v + 1 < c && facts.word(v - 1) == .none && facts.word(v + 1).isPreposition && !facts.word(v).isAuxiliary
          && (k + 1..<v).contains { facts.word($0) == .determiner }
        return !describes
      }
      if !finite { return nil }
    }
    // `said only 40 people had …`: adverbs before a number that opens the
    // clause belong to its quantity.
    let quantity = k == afterAdverbs && k > f.regionEnd && facts.has(k, .number)
    return (quantity ? f.regionEnd : k, .bareClause)
  }

  /// `accused the government of refusing to open the draft` (a cue whose
  /// note has `charge:`): after a short object with no verb of its own
  /// (`k` on), a name connector (`of`, `for`: `grammar.name-connector`)
  /// and a lower-case verb in -ing, not hyphenated, that opens what the
  /// subject charged; the verb's token, or nil. (Not after a phrase that
  /// a preposition opens, nor after another preposition: `in keeping
  /// with`, `by expelling`.)
  func chargeStart(from k: Int, end: Int) -> Int? {
    if facts.word(k).isPreposition { return nil }
    var j = k
    while j < end, j < k + 8 {
      if facts.isComma(j) || facts.isTerminal(j) || facts.isQuote(j) || facts.has(j, .inCue) || facts.isVerbSignal(j) { return nil }
      let w = facts.word(j)
      if w == .that || w == .wh || w == .relative || w == .subordinator || w == .timePreposition || w.isCoordinator { return nil }
      if j > k, w == .nameConnector, j + 1 < end, facts.has(j + 1, .endsING), !facts.isCapitalized(j + 1), !facts.has(j + 1, .hyphenated), !facts.has(j + 1, .inCue) {
        return j + 1
      }
      j += 1
    }
    return nil
  }

  /// Whether token `t`, right after a comma, opens a clause of its own: a
  /// conjunction (`and`, `but`), a subordinator (`though`, `while`) or a
  /// pronoun subject.
  func opensClause(afterComma t: Int) -> Bool {
    let w = facts.word(t)
    return w == .and || w == .but || w == .subordinator || (facts.pronoun(t) != .none && w != .determiner)
  }

  /// Whether a quantity that is a clause's subject starts at `s`: a number
  /// or quantifier at most two lower-case words on (`at least 40`, `more
  /// than 200`, `several`), a plain noun, then an auxiliary or a past verb
  /// (`people had`, `firms closed`), or two when the first is no plural
  /// (`1.5 million acre-feet would`, `40 aid workers had`). `the past 10
  /// years prices …` is no such quantity.
  func opensQuantity(at s: Int, before c: Int) -> Bool {
    guard let q = (s..<min(s + 3, c)).first(where: { facts.has($0, .number) || facts.word($0) == .quantifier }) else { return false }
    // (A second quantifier may follow: `at least nine other journalists`.)
    let n = q + 1 < c && facts.word(q + 1) == .quantifier ? q + 1 : q
    guard n + 2 < c else { return false }
    if (s..<q).contains(where: { facts.isCapitalized($0) || facts.word($0) == .determiner }) { return false }
    guard facts.has(n + 1, .word), facts.word(n + 1) == .none else { return false }
    if facts.isVerbSignal(n + 2) { return true }
    return n + 3 < c && !facts.has(n + 1, .endsS) && facts.has(n + 2, .word) && facts.word(n + 2) == .none && !facts.isCapitalized(n + 2)
      && facts.isVerbSignal(n + 3)
  }

  /// Longest phrase of time or place read between a cue and a clause with
  /// no `that` (`said on Monday it had …`).
  static let maxLeadingPhrase = 4

  /// Longest aside read between commas right after a cue (`said, in a
  /// statement on Monday, that …`).
  static let maxAside = 6

  /// Longest measure of time read back from `after` or `before` to the
  /// comma that sets off its clause (`, just two hours after`).
  static let maxTimeMeasure = 3

  /// An object shorter than this before `to` or a comma is a time or place
  /// (`pledged on Monday to cut`), not what someone insisted on.
  static let minimumObject = 3

  func objectLength(from start: Int, end: Int) -> Int {
    var j = start
    while j < end, !facts.isComma(j), !facts.isTerminal(j), facts.word(j) != .to { j += 1 }
    return j - start
  }

  /// After `told`: the end of a listener phrase (`reporters`, `the Interfax
  /// news agency`) followed by the start of a clause (`she`, `the`), if any.
  /// A phrase holding a verb is a clause's start, not a listener: `said
  /// Turkey welcomed the plan`, `said they accepted the offer`.
  func listenerEnd(from k: Int, end: Int) -> Int? {
    var j = k
    while j < end, j < k + 6 {
      let w = facts.word(j)
      if facts.isComma(j) || facts.isTerminal(j) || facts.isQuote(j) || w.isAuxiliary || w == .that || w.isPreposition { return nil }
      if facts.isVerbSignal(j) { return nil }
      // A quantity is the clause's subject, not who heard it: `said the
      // first 185,000 barrels a day would be pumped`.
      if facts.has(j, .number) { return nil }
      // Nor is a plural and the verb that agrees with it: `said farmers
      // face ruin if the border …`.
      if j > k, agreesWithPlural(j) { return nil }
      // A pronoun is a whole listener (`told him the deal …`): one that
      // leads more words is the clause's subject.
      if j > k, facts.pronoun(k) != .none, facts.word(k) != .determiner { return nil }
      j += 1
      guard j < end else { return nil }
      let next = facts.word(j)
      let pronounNext = facts.pronoun(j) != .none && next != .determiner
      if pronounNext || next == .determiner {
        // The listener must look like one: a speaker noun or a name. A
        // phrase of an article, a noun and a verb is the clause's subject
        // and verb: `said the plan covers the town` (not `told foreign
        // reporters the …`).
        if j - k >= 3, facts.word(k) == .determiner, isLikelyVerb(j - 1) { return nil }
        let listener = NounPhrase(range: k..<j)
        return isMentionLike(listener) ? j : nil
      }
    }
    return nil
  }

  /// End of a content clause starting at `start` and cut at `cut`: at a
  /// writer's concession (`, though the figure is unclear`), at a writer's
  /// aside (`opensWritersAside`) after a comma or a quote closed by one, or
  /// at the end.
  func contentEnd(from start: Int, to cut: Int) -> Int {
    // (The walk of `firstOutsideQuotes`, gap by gap between the paragraph's
    // quotes, which are disjoint and in order: inside a gap only a comma
    // can end the content, found by `firstComma`; the aside after a quote
    // only where the walk lands past one, since a closing mark at `j - 1`
    // is in a quote and the walk skips a quote to the token after it.)
    var j = start
    var next = 0  // the paragraph's first quote that may open at or after `j`
    while j < cut {
      let q = quoteAt[j]
      if q >= 0 {
        j = quotes[Int(q)].marks.upperBound
        // `… on the ground,” a phrase that was read in Yerevan as a warning`
        // (`j` is the first word after the quote).
        if j < cut, quoteAt[j] < 0, !facts.isComma(j), j >= start + 2, facts.isComma(j - 2), isClosingMark(j - 1), opensWritersAside(at: j, cut: cut) {
          return j
        }
        continue
      }
      while next < quotes.count, quotes[next].open <= j { next += 1 }
      let gapEnd = next < quotes.count ? min(cut, quotes[next].open) : cut
      var from = j
      while let c = facts.firstComma(in: from..<gapEnd) {
        if c + 1 < cut && ((facts.word(c + 1) == .subordinator && isConcession(c + 1) && !isAsideInClause(comma: c, cut: cut))
          || opensWritersAside(at: c + 1, cut: cut) || opensNarration(at: c + 1, cut: cut))
        {
          return c
        }
        from = c + 1
      }
      j = gapEnd
    }
    return cut
  }

  /// Whether a noun phrase at `k` (after a comma) carries a relative clause
  /// whose verb comes right after the relative word, as the writer's
  /// comment on the whole content does (`…, a claim that could not be
  /// independently verified`, `…, a step that would deepen the split`,
  /// `…, wording that appeared to …`). A complement of the noun (`…, a
  /// guarantee that the truce would hold`) has a subject after `that` and
  /// stays the speaker's; so does a list or a new clause (a verb before
  /// the relative word).
  func opensWritersAside(at k: Int, cut: Int) -> Bool {
    guard k < cut else { return false }
    let first = facts.word(k)
    var j = k + 1
    if first == .determiner || first == .quantifier {
      // (At least a noun after the determiner.)
      guard j < cut, facts.word(j) == .none || facts.word(j) == .adjective else { return false }
    } else {
      // A bare lower-case noun: `wording`, `issues`, `language` (a
      // participle with a clause, `adding that`, is a cue).
      guard first == .none, facts.has(k, .word), !facts.isCapitalized(k), !facts.has(k, .endsED), !facts.has(k, .inCue) else { return false }
    }
    while j < cut, j < k + 6 {
      let w = facts.word(j)
      if w == .that || w == .relative { break }
      guard w == .none || w == .adjective, facts.has(j, .word), !facts.isVerbSignal(j), !facts.has(j, .inCue) else { return false }
      j += 1
    }
    guard j < cut, facts.word(j) == .that || facts.word(j) == .relative else { return false }
    var v = j + 1
    while v < cut, facts.isAdverb(v) { v += 1 }
    return v < cut && (facts.isVerbSignal(v) || facts.word(v) == .negation)
  }

  /// `and` or `but` (after a comma) before `he` or `she` and a verb: the
  /// writer goes on about the speaker in a main clause of their own, which
  /// the reporting verb before does not govern (`said his forces would
  /// protect convoys, but he blamed army airstrikes for …`).
  func opensNarration(at k: Int, cut: Int) -> Bool {
    guard k + 2 < cut, facts.word(k) == .and || facts.word(k) == .but else { return false }
    let p = facts.pronoun(k + 1)
    guard p == .male || p == .female, facts.word(k + 1) != .determiner else { return false }
    let w = facts.word(k + 2)
    return facts.isVerbSignal(k + 2) || w.isAuxiliary || w == .negation || facts.has(k + 2, .inCue)
  }

  /// `though`, `although`: a concession added by the writer.
  func isConcession(_ i: Int) -> Bool {
    isMarked(i, .concession)
  }

  /// Whether the comma at `close` closes a concession aside inside a
  /// clause (`isAsideInClause`): `…, though unlikely, could not be ruled
  /// out`.
  func closesAsideInClause(comma close: Int, unit: Range<Int>) -> Bool {
    guard facts.isComma(close) else { return false }
    var o = close - 2
    while o >= unit.lowerBound, o >= close - 7 {
      // (The first comma back opens the aside, whose close is then `close`.)
      if facts.isComma(o) { return facts.word(o + 1) == .subordinator && isConcession(o + 1) && isAsideInClause(comma: o, cut: unit.upperBound) }
      o -= 1
    }
    return false
  }

  /// Whether the concession after the comma at `comma` is an aside inside
  /// the content's clause: a few words with no verb, closed by a comma
  /// that the clause goes on after, no new clause (`said a split within
  /// the governing party, though unlikely, could not be ruled out`; `said
  /// it had helped reduce, though not end, strikes on ships`; `said the
  /// convoy, though delayed, had reached …`).
  func isAsideInClause(comma c: Int, cut: Int) -> Bool {
    guard let close = facts.firstComma(in: (c + 2)..<min(cut, c + 8)), close > c + 2, close + 1 < cut, !opensClause(afterComma: close + 1),
      !facts.has(close + 1, .inCue), facts.has(close + 1, .word)
    else { return false }
    // (A participle right after the conjunction is no clause's verb:
    // `the convoy, though delayed, had not been attacked`.)
    for j in (c + 2)..<close where facts.isVerbSignal(j) && !(j == c + 2 && facts.has(j, .endsED)) { return false }
    return true
  }
}
