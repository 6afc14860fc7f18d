/// One statement's scores as plain values: no strings, no arrays, so a
/// list of them is one allocation that frees without visiting its rows.
/// The cue's and the speaker's text are read when written, from the
/// document's bytes and the attribution's speakers (`AttributionRows`).
struct StatementRow: Sendable {
  var statement: Statement
  /// The cue's own stance from the lexicon (`StatementScore.cueStance`).
  var cueStance: Double
  var stance: Stance
  /// The optimism of the statement's words alone (`StatementScore.ownOptimism`).
  var ownOptimism: Double
  var words: Int
}

/// One speaker's counts and sums as plain values (`SpeakerSummary` without
/// its strings and cue table).
struct SpeakerRow: Sendable {
  /// Index into `AttributionRows.names.people`, or `narrator` (-1).
  var speaker: Int
  var statements = 0
  var words = 0
  var optimismSum = ExactSum()
  var hedgingSum = ExactSum()
  /// The distinct cues of its statements with their counts.
  var cues = CueTally()

  static let narrator = -1

  init(speaker: Int) { self.speaker = speaker }

  /// `SpeakerSummary.add` without the cue: the same sums, in the same
  /// order, so the summary built from the row is the same to the last digit.
  mutating func add(optimism: Double, hedging: Double, words: Int) {
    statements += 1
    self.words += words
    optimismSum.add(optimism)
    hedgingSum.add(hedging)
  }
}

/// The statements and speakers of one analysed article as flat rows: what
/// `Engine.analyze` makes and the compact record writes. The public
/// `StatementScore`s and `SpeakerSummary`s, with their strings and cue
/// tables, are built from them only when asked for (`Analysis.statements`,
/// `Analysis.speakers`): building them (strings, cue tables) and freeing
/// them cost about 10,000 instructions an article on the bench corpus, a
/// third of what writing the record costs.
struct AttributionRows: Sendable {
  /// In text order.
  var statements: [StatementRow] = []
  /// Each statement's evidence, when asked for (else empty: no array per
  /// statement).
  var evidence: [[Evidence]] = []
  /// The narrator first, then every speaker with a statement, in the
  /// attribution's order.
  var speakers: [SpeakerRow] = []
  /// The attribution's speakers (`Statement.speaker` indexes
  /// `names.people`): kinds, and names and aliases as bytes of `source`
  /// (or of `names.extra`).
  var names = SpeakerNames()
  /// The document's text (`Document.text`, shared).
  var source: [UInt8] = []

  init(source: [UInt8] = []) {
    self.source = source
  }

  /// Rows whose speakers are `people` (their names and aliases copied into
  /// `names.extra`).
  init(people: [Speaker], source: [UInt8]) {
    self.source = source
    for p in people { names.append(p) }
  }

  /// The attribution's speaker `index` as a public value (without
  /// mentions).
  func person(_ index: Int) -> Speaker {
    names.speaker(index, text: source)
  }

  /// The name written for a statement's speaker (as `Engine.analyze` named
  /// it before: the narrator when the index is out of range).
  func speakerName(_ index: Int) -> String {
    index >= 0 && index < names.people.count ? names.string(names.people[index].name, text: source) : SpeakerSummary.narratorName
  }

  /// The cue of `statement` as written, or "".
  func cueText(_ statement: Statement) -> String {
    guard let cue = statement.cue else { return "" }
    return String(decoding: source[cue.start..<cue.end], as: UTF8.self)
  }

  /// The public statements, built from the rows.
  func statementScores() -> [StatementScore] {
    var out: [StatementScore] = []
    out.reserveCapacity(statements.count)
    // Each name made once, shared by its statements.
    let written = names.people.map { names.string($0.name, text: source) }
    for (i, row) in statements.enumerated() {
      let st = row.statement
      let speaker = st.speaker >= 0 && st.speaker < written.count ? written[st.speaker] : SpeakerSummary.narratorName
      out.append(StatementScore(statement: st, source: source, cue: cueText(st), cueStance: row.cueStance, speaker: speaker, stance: row.stance, ownOptimism: row.ownOptimism, words: row.words, evidence: evidence.isEmpty ? [] : evidence[i]))
    }
    return out
  }

  /// The public speaker summaries, built from the rows: the same sums, and
  /// each speaker's cues counted in statement order, as `SpeakerSummary.add`
  /// counted them.
  func speakerSummaries() -> [SpeakerSummary] {
    var out: [SpeakerSummary] = []
    out.reserveCapacity(speakers.count)
    for row in speakers {
      var summary: SpeakerSummary
      if row.speaker == SpeakerRow.narrator {
        summary = SpeakerSummary(name: SpeakerSummary.narratorName, kind: SpeakerSummary.narratorName)
      } else {
        let p = person(row.speaker)
        summary = SpeakerSummary(name: p.name, kind: p.kind.rawValue, aliases: p.aliases)
        for s in statements where s.statement.speaker == row.speaker { summary.addCue(cueText(s.statement)) }
      }
      summary.documents = 1
      summary.statements = row.statements
      summary.words = row.words
      summary.optimismSum = row.optimismSum
      summary.hedgingSum = row.hedgingSum
      out.append(summary)
    }
    return out
  }

  /// The bytes `row`'s top cues may take in a record, each with its
  /// comma.
  func cueRoom(_ row: SpeakerRow) -> Int {
    statements.withUnsafeBufferPointer { Self.cueRoom(row, statements: $0) }
  }

  /// `cueRoom(_:)` with the rows' statements at hand (the encoder reads
  /// them through a buffer pointer: a method call inside its loop copied
  /// the rows, retaining and releasing each array).
  static func cueRoom(_ row: SpeakerRow, statements: UnsafeBufferPointer<StatementRow>) -> Int {
    var room = 0
    if !row.cues.isExact {
      // Every cue of its statements, lower-cased: lower-casing may lengthen
      // a non-ASCII cue (`İ` → `i̇`), three times its bytes is more than enough.
      for s in statements where s.statement.speaker == row.speaker {
        if let cue = s.statement.cue { room += 1 + MemberCursor.stringRoom(3 * (cue.end - cue.start)) }
      }
      return room
    }
    return row.cues.exactRoom
  }

  /// Calls `body` with each of `SpeakerSummary.topCues(n)` of `row`, in
  /// order: either the span of the cue's first occurrence in `source` (to
  /// be written lower-cased; `text` nil) or the cue's text. From the row's
  /// tally (no string, nothing allocated) unless the tally gave up (a
  /// non-ASCII cue, or many distinct ones): then counted as the summary
  /// counts them (`CueCounts`).
  func forEachTopCue(_ row: SpeakerRow, _ n: Int = 3, _ body: (_ span: Span, _ text: String?) -> Void) {
    source.withUnsafeBufferPointer { source in
      statements.withUnsafeBufferPointer { statements in
        Self.forEachTopCue(row, n, statements: statements, source: source, body)
      }
    }
  }

  /// `forEachTopCue(_:_:_:)` with the rows' statements and text at hand.
  static func forEachTopCue(_ row: SpeakerRow, _ n: Int = 3, statements: UnsafeBufferPointer<StatementRow>, source: UnsafeBufferPointer<UInt8>, _ body: (_ span: Span, _ text: String?) -> Void) {
    guard row.speaker != SpeakerRow.narrator, n > 0 else { return }
    guard row.cues.isExact else {
      var counts = CueCounts()
      for s in statements where s.statement.speaker == row.speaker {
        guard let cue = s.statement.cue, cue.end > cue.start else { continue }
        counts.add(String(decoding: UnsafeBufferPointer(rebasing: source[cue.start..<cue.end]), as: UTF8.self).asciiFastLowercased(), 1)
      }
      counts.forEachTop(n) { body(Span(start: 0, end: 0), $0) }
      return
    }
    // One cue (most speakers): no picking. (A cue of the tally has a count.)
    if row.cues.count == 1 {
      body(row.cues[0].span, nil)
      return
    }
    var tally = row.cues
    // Picked one at a time, as `CueCounts.forEachTop`: most frequent, then
    // first by lower-cased text; a picked one's count becomes 0.
    for _ in 0..<min(n, tally.count) {
      var best = -1
      for j in 0..<tally.count where tally[j].count > 0 {
        if best < 0 || tally[j].count > tally[best].count
          || (tally[j].count == tally[best].count && CueTally.foldedOrder(source, tally[j].span, tally[best].span) < 0)
        {
          best = j
        }
      }
      body(tally[best].span, nil)
      tally[best].count = 0
    }
  }
}

/// A speaker's distinct cues with their counts, up to `capacity` of them
/// inline (most speakers have one or two): each as the span of its first
/// occurrence, compared with the others as lower-cased ASCII, which is how
/// `String` compares such texts once `asciiFastLowercased`. A non-ASCII
/// cue, or one more than `capacity`, makes it give up (`isExact` false):
/// then the cues are counted from the statements (`CueCounts`).
struct CueTally: Sendable {
  struct Slot: Sendable {
    var start: Int32 = 0
    var end: Int32 = 0
    var count: Int32 = 0
    var span: Span { Span(start: Int(start), end: Int(end)) }
    var length: Int { Int(end - start) }
  }

  static let capacity = 4
  private var slots = (Slot(), Slot(), Slot(), Slot())
  private(set) var count = 0
  private(set) var isExact = true

  /// The bytes the cues take in a record, each with its comma, when the
  /// tally is exact (its cues are ASCII: lower-casing keeps their length).
  @inline(__always)
  var exactRoom: Int {
    var room = 0
    for j in 0..<count { room += 1 + MemberCursor.stringRoom(self[j].length) }
    return room
  }

  subscript(_ j: Int) -> Slot {
    get {
      switch j {
      case 0: return slots.0
      case 1: return slots.1
      case 2: return slots.2
      default: return slots.3
      }
    }
    set {
      switch j {
      case 0: slots.0 = newValue
      case 1: slots.1 = newValue
      case 2: slots.2 = newValue
      default: slots.3 = newValue
      }
    }
  }

  /// Counts the cue at `cue` in `text` (`SpeakerSummary.addCue`: an empty
  /// one counts for nothing).
  mutating func add(_ cue: Span, in text: UnsafeBufferPointer<UInt8>) {
    guard isExact, cue.end > cue.start else { return }
    for k in cue.start..<cue.end where text[k] >= 0x80 {
      isExact = false
      return
    }
    for j in 0..<count where Self.foldedOrder(text, self[j].span, cue) == 0 {
      self[j].count += 1
      return
    }
    guard count < Self.capacity else {
      isExact = false
      return
    }
    self[count] = Slot(start: Int32(truncatingIfNeeded: cue.start), end: Int32(truncatingIfNeeded: cue.end), count: 1)
    count += 1
  }

  @inline(__always)
  private static func lowercased(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }

  /// How the ASCII texts of `a` and `b` compare once lower-cased: -1, 0 or
  /// 1, as `String` compares them (byte by byte, a prefix first).
  static func foldedOrder(_ text: UnsafeBufferPointer<UInt8>, _ a: Span, _ b: Span) -> Int {
    let la = a.end - a.start
    let lb = b.end - b.start
    for k in 0..<min(la, lb) {
      let x = lowercased(text[a.start + k])
      let y = lowercased(text[b.start + k])
      if x != y { return x < y ? -1 : 1 }
    }
    return la == lb ? 0 : (la < lb ? -1 : 1)
  }
}
