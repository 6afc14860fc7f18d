/// The cues of every sentence of a document as the scorer first reads them
/// from the matches: every entry of every match that the model reads, in
/// match order, before the name check and before modifiers inside longer
/// cues are dropped (`SentenceScorer.scoreRows`).
///
/// A statement's or the narrator's part of a sentence takes its cues from
/// here instead of reading the matches and the lexicon entries again: when
/// no match of the sentence crosses an end of the part, the part's matches
/// are the sentence's matches inside it (`PhraseMatcher.matches(in:sentence:
/// ids:into:)`), in the same order, so its rows are the sentence's rows
/// that start inside it, one contiguous run. (A match of one token
/// crosses no end, so only the longer ones mark the tokens they cross:
/// `inside`.)
struct CueRows {
  /// The rows of every sentence scored so far, in sentence order, then
  /// those of the unit being scored, if it is no sentence: the first
  /// `count` of this storage. (The storage only grows, to the most rows of
  /// a document yet, so that the rows are written through a pointer
  /// (`SentenceScorer.keepRows`) with no append per row; what lies past
  /// `count` is stale.)
  var rows: [CueRow] = []
  var count = 0
  /// Per sentence, its rows `first[s] ..< end[s]`; `first[s]` is `-1`
  /// when the sentence was not scored (then `end[s]` means nothing).
  var first: [Int32] = []
  var end: [Int32] = []
  /// Per token of the document (and one past the last), 1 when some
  /// match of a scored sentence, of two tokens or more and of any layer,
  /// starts before it and ends after it: a part of that sentence that
  /// starts or ends there is crossed by that match (`crosses`). A match
  /// lies inside its sentence, so only the matches of a part's own
  /// sentence mark the tokens a part of it can start or end at.
  var inside: [UInt8] = []
  /// The document's sentences: `first` and `end` (and `inside`, of its
  /// tokens) only grow, to the largest document yet, and what lies past
  /// the document in them is stale.
  private(set) var sentences = 0

  /// Row flags, above the category bits (`LexiconCategory.bit`, 0 ..< 21):
  /// the match's first or last token is capitalized (the name check,
  /// `SentenceScorer.firstDroppedName`, may drop it only then);
  static let maybeName: UInt32 = 1 << 21
  /// a cue of two tokens or more, of a layer other than the modifiers',
  /// with a weight or of valence (a modifier inside it is dropped);
  static let container: UInt32 = 1 << 22
  /// a valence or booster cue of positive weight (`RuleGate.negatedPredicate`);
  static let positiveTarget: UInt32 = 1 << 23
  /// a shifter of positive weight, or a mask of a verb that may be one
  /// (`MarkedEntries.masks`) (`RuleGate.shifter`);
  static let positiveShifter: UInt32 = 1 << 24
  /// a valence cue of positive weight, and one of negative weight
  /// (`RuleGate.predicate`).
  static let positiveValence: UInt32 = 1 << 25
  static let negativeValence: UInt32 = 1 << 26
  /// A reporting cue of weight 0: no category bit (no rule reads it), but
  /// its category and axis are still told (`CueRow.category`).
  static let silentReport: UInt32 = 1 << 27
  /// A modal hedge a report backshifts (`MarkedEntries.backshift`:
  /// `RuleGate.backshift`).
  static let backshiftModal: UInt32 = 1 << 28
  /// A valence entry that counts only under a condition its rule reads:
  /// a step set to come, only after a meeting, or a quantity, only when
  /// it moves (`MarkedEntries.conditional`: `RuleGate.conditionalValence`).
  static let conditionalValence: UInt32 = 1 << 29
  /// An excess word (`MarkedEntries.excess`: `RuleGate.excess`). The bit
  /// of `speaker.title`, a category no stance model reads, so no row has
  /// it otherwise (the flags above fill bits 21 to 29; `NodeRows` takes 30
  /// and 31).
  static let excessWord: UInt32 = LexiconCategory.speakerTitle.bit
  /// A dampener of a count (`MarkedEntries.scarce`: `RuleGate.shortfall`),
  /// the bit of `speaker.role`, which no stance model reads either.
  static let scarceWord: UInt32 = LexiconCategory.speakerRole.bit
  /// The rows whose cue counts on the hedging axis (`SentenceScorer.cue`):
  /// the hedges, boosters and reporting cues.
  @inline(__always)
  static var hedgingBits: UInt32 {
    RuleGate.claimHedges | LexiconCategory.hedgeConditional.bit | LexiconCategory.booster.bit | LexiconCategory.report.bit | silentReport
  }
  /// The category bits.
  static let categories: UInt32 = (1 << 21) - 1

  /// The bits of `cue`, of category bit `bit`, whose match may be part
  /// of a name when `maybeName`, whose entry a report backshifts when
  /// `backshift`, and which counts only under a condition (a step set to
  /// come or a quantity) when `conditional`, an excess word when
  /// `excess`, a mask of a verb (`MarkedEntries.masks`) when `verbMask`,
  /// a dampener of a count (`MarkedEntries.scarce`) when `scarce`.
  @inline(__always)
  static func bits(_ cue: Cue, categoryBit bit: UInt32, maybeName: Bool, backshift: Bool = false, conditional: Bool = false, excess: Bool = false, verbMask: Bool = false, scarce: Bool = false) -> UInt32 {
    var b = bit == LexiconCategory.report.bit && cue.weight == 0 ? silentReport : bit
    if maybeName { b |= Self.maybeName }
    if backshift { b |= backshiftModal }
    if conditional { b |= conditionalValence }
    if excess { b |= excessWord }
    if scarce { b |= scarceWord }
    if cue.end - cue.start >= 2 && bit & LexiconCategory.layer2Bits == 0 && (cue.weight != 0 || bit == LexiconCategory.valence.bit) { b |= container }
    // (The gates' flags: `CueScan` reads each from one bit of a row.)
    if cue.weight > 0 && (bit == LexiconCategory.valence.bit || bit == LexiconCategory.booster.bit) { b |= positiveTarget }
    // (A mask of a verb, `ended in`, is a shifter before a phrase of time:
    // `MarkedEntries.masks`.)
    if (cue.weight > 0 || verbMask) && bit == LexiconCategory.shifter.bit { b |= positiveShifter }
    if bit == LexiconCategory.valence.bit { b |= cue.weight > 0 ? positiveValence : cue.weight < 0 ? negativeValence : 0 }
    return b
  }

  /// Empties the rows for a document of `sentences` sentences and
  /// `tokens` tokens.
  mutating func reset(sentences: Int, tokens: Int) {
    count = 0
    self.sentences = sentences
    // (Only grown, and refilled where the document reads: shrinking and
    // growing the arrays to each document's size cost more than that.)
    first.refillPrefix(with: -1, count: sentences)
    // Read only for sentences with `first` set, which set it too: only
    // grown, never refilled.
    Self.grow(&end, to: sentences)
    inside.refillPrefix(with: 0, count: tokens + 1)
  }

  @inline(__always)
  private static func grow(_ array: inout [Int32], to count: Int) {
    if array.count < count { array.append(contentsOf: repeatElement(0, count: count - array.count)) }
  }

  /// Grows the storage to room for `rows` rows in all (at least one, so
  /// that its buffer has an address).
  @inline(__always)
  mutating func reserve(rows: Int) {
    if self.rows.count < max(rows, 1) { grow(rows: max(rows, 1)) }
  }

  private mutating func grow(rows n: Int) {
    rows.append(contentsOf: repeatElement(CueRow(cue: Cue(start: 0, end: 0, entry: 0, category: .valence, weight: 0, value: 0, axis: nil), bits: 0), count: n - rows.count))
  }

  /// Some match of the scored sentence that holds `tokens` starts before
  /// an end of `tokens` and ends after it: the part is matched anew.
  @inline(__always)
  func crosses(_ tokens: Range<Int>) -> Bool {
    inside[tokens.lowerBound] | inside[tokens.upperBound] != 0
  }

  /// 1 when `a < b`, else 0, for token and row indices (far from
  /// overflow): the sign of `a - b`. (As arithmetic, not a comparison:
  /// LLVM turned the two counts' comparisons back into nested branches.)
  @inline(__always)
  static func isBelow(_ a: Int, _ b: Int) -> Int {
    Int(bitPattern: UInt(bitPattern: a &- b) &>> 63)
  }

  /// The rows of sentence `s`, nil when it was not scored.
  @inline(__always)
  func range(_ s: Int) -> Range<Int>? {
    guard s >= 0, s < sentences, first[s] >= 0 else { return nil }
    return Int(first[s])..<Int(end[s])
  }

  /// The rows in `rows` that start inside `tokens` (rows are in token
  /// order of their starts): those before the part and those before its
  /// end counted in one pass with no test on the rows (where a part's rows
  /// begin and end varies, and loops that stopped there were mispredicted).
  @inline(__always)
  func rows(startingIn tokens: Range<Int>, of rows: Range<Int>) -> Range<Int> {
    self.rows.withUnsafeBufferPointer { r in
      var before = 0
      var beforeEnd = 0
      for i in rows {
        let start = Int(r[i].start)
        before &+= Self.isBelow(start, tokens.lowerBound)
        beforeEnd &+= Self.isBelow(start, tokens.upperBound)
      }
      return (rows.lowerBound + before)..<(rows.lowerBound + beforeEnd)
    }
  }
}

/// One cue of `CueRows`, with what `CueScan` reads of it: its
/// category's bit (none for a reporting cue of weight 0, as for
/// `StanceRule.triggers`: `CueRows.silentReport` instead) and the flags
/// of `CueRows`.
///
/// 32 bytes, two rows to a cache line: the cue's fields but its category
/// and axis, which the bits tell (`category`, `axis`), and its
/// `appliedCount`, 0 before any rule.
struct CueRow {
  var start: Int32
  var end: Int32
  var entry: Int32
  var bits: UInt32
  var weight: Double
  /// The cue's value before any rule.
  var value: Double

  /// The row of `cue` (no rule applied to it yet) with the bits `bits`
  /// (`CueRows.bits`).
  @inline(__always)
  init(cue: Cue, bits: UInt32) {
    start = cue.start
    end = cue.end
    entry = cue.entry
    self.bits = bits
    weight = cue.weight
    value = cue.value
  }

  /// The cue's category: the one of its category bit, or `report` for
  /// `CueRows.silentReport` (moved down onto the report bit, no branch).
  @inline(__always)
  var category: LexiconCategory {
    let bit = (bits & CueRows.categories) | (bits & CueRows.silentReport) &>> Self.silentShift
    return LexiconCategory(bitIndex: bit.trailingZeroBitCount)
  }

  /// The cue's axis before any rule (`SentenceScorer.cue`).
  @inline(__always)
  var axis: Cue.Axis? {
    bits & LexiconCategory.valence.bit != 0 ? .optimism : bits & CueRows.hedgingBits != 0 ? .hedging : nil
  }

  /// The cue of the row.
  @inline(__always)
  var cue: Cue {
    Cue(start: start, end: end, entry: entry, category: category, weight: weight, value: value, axis: axis)
  }

  /// How far `CueRows.silentReport` lies above the report bit.
  @inline(__always)
  static var silentShift: UInt32 { UInt32(CueRows.silentReport.trailingZeroBitCount - LexiconCategory.report.bit.trailingZeroBitCount) }
}

/// The cue rows of the matcher's trie nodes as one model reads them
/// (`SentenceScorer.keepRows`), made the first time a node is matched:
/// the rows of its entries that the model reads, side by side, so that a
/// match reads its node's slot and one run of rows (and the nodes met
/// first, the common words, pack together at the front). A row is made
/// for a match of two tokens or more that is no name: its start and end
/// are left to fill, and `CueRows.container` is cleared for a match of one
/// token.
///
/// Each node's run ends with a row flagged `last`. A node whose entries
/// the model does not read (grammar words, names) has the run of row 0,
/// flagged `unread` too, which writes no row (`SentenceScorer.keepRows`
/// tests the slot) and, written as a row, is not counted.
struct NodeRows {
  /// Per trie node: its first row in `rows`, -1 until it is first met
  /// (and past the end for nodes never met so far).
  var slots: [Int32] = []
  /// Row 0, the run of the nodes the model does not read, then the runs
  /// of the nodes met, in the order met.
  var rows: [CueRow] = [CueRow(cue: Cue(start: 0, end: 0, entry: -1, category: .valence, weight: 0, value: 0, axis: nil), bits: unread | last)]

  /// A row bit of no category or flag: the row of no entry the model reads.
  static let unread: UInt32 = 1 << 31
  /// A row bit of no category or flag: the last row of a node's run.
  static let last: UInt32 = 1 << 30

  /// Makes the runs of the nodes of `matches` not met yet; `row(_:)`
  /// makes the row of an entry, nil when the model does not read it.
  @inline(__always)
  mutating func meet(_ matches: UnsafeBufferPointer<PhraseMatch>, entryStart: UnsafeMutablePointer<Int32>, entryIDs: UnsafeMutablePointer<Int32>, row: (Int32) -> CueRow?) {
    // The matches before the first whose node is not met yet, in a loop
    // that makes nothing (a worker soon has met the nodes most of a
    // document's matches reach; the loop below reloads the slots after
    // every match, as `make` may grow them).
    let met = slots.withUnsafeBufferPointer { slots in
      var i = 0
      while i < matches.count {
        let node = Int(matches[i].node)
        if node >= slots.count || slots[node] < 0 { break }
        i &+= 1
      }
      return i
    }
    for m in matches[met...] {
      let node = Int(m.node)
      if node < slots.count && slots[node] >= 0 { continue }
      make(node, entryStart: entryStart, entryIDs: entryIDs, row: row)
    }
  }

  private mutating func make(_ node: Int, entryStart: UnsafeMutablePointer<Int32>, entryIDs: UnsafeMutablePointer<Int32>, row: (Int32) -> CueRow?) {
    if node >= slots.count { slots.append(contentsOf: repeatElement(-1, count: node + 1 - slots.count)) }
    let first = rows.count
    for i in Int(entryStart[node])..<Int(entryStart[node + 1]) {
      if let r = row(entryIDs[i]) { rows.append(r) }
    }
    if rows.count == first {
      slots[node] = 0
    } else {
      rows[rows.count - 1].bits |= Self.last
      slots[node] = Int32(first)
    }
  }
}

/// What one pass over a unit's cue rows (`CueRow.bits`, in cue order)
/// tells the scorer before any rule runs: the categories present, the
/// gates of the standard rules (`RuleGate`), whether a modifier may sit
/// inside a longer cue, and whether the name check may drop a row.
struct CueScan {
  /// Category bits, as `StanceRule.triggers` reads them, plus the gate
  /// bits when asked for.
  var present: UInt32 = 0
  /// A modifier (layer 2) and a `CueRows.container`: only then can a
  /// modifier be dropped (`dropModifiersInsideLongerCues`).
  var mayDropModifiers = false
  /// Some row is `CueRows.maybeName`.
  var maybeName = false

  /// Scans `rows`; with `gates`, also sets the `RuleGate` bits (of a unit
  /// of reported speech when `reportedSpeech`).
  ///
  /// The loop has no branch but its own: what each gate needs is or-ed
  /// through masks (a row's category and sign vary from row to row, and
  /// branches on them were mispredicted), and the gates are read from
  /// the sums once after it.
  @inline(__always)
  init(_ rows: UnsafeBufferPointer<CueRow>, gates: Bool, reportedSpeech: Bool = false) {
    // The bits of every row; of the rows before a valence row (each
    // such gate is a cue of the rule's category before a valence cue);
    // of the rows before a valence or booster row of positive weight (a
    // negator there: `RuleGate.negatedPredicate`).
    var seen: UInt32 = 0
    var beforeValence: UInt32 = 0
    var beforePositive: UInt32 = 0
    var beforeBooster: UInt32 = 0
    // (And the bits of the rows after a positive valence row: a negator
    // there may deny its subject's predicate.)
    var afterPositiveValence: UInt32 = 0
    for row in rows {
      let b = row.bits
      beforeValence |= seen & Self.mask(b, LexiconCategory.valence.bit)
      beforeBooster |= seen & Self.mask(b, LexiconCategory.booster.bit)
      beforePositive |= seen & Self.mask(b, CueRows.positiveTarget)
      afterPositiveValence |= b & Self.any(seen & CueRows.positiveValence)
      seen |= b
    }
    self.present = seen & CueRows.categories
    self.mayDropModifiers = seen & LexiconCategory.layer2Bits != 0 && seen & CueRows.container != 0
    self.maybeName = seen & CueRows.maybeName != 0
    // A modal a report backshifts, with a reporting cue of any weight in
    // the unit or in reported speech (most modals have neither: their
    // units then take no rule for them).
    if gates && seen & CueRows.backshiftModal != 0 && (reportedSpeech || seen & (LexiconCategory.report.bit | CueRows.silentReport) != 0) {
      self.present |= RuleGate.backshift
    }
    // A step set to come or a quantity (most units have neither: they
    // take no rule for them).
    if gates && seen & CueRows.conditionalValence != 0 { self.present |= RuleGate.conditionalValence }
    // A shifter and an epistemic hedge, its object perhaps ("ended weeks
    // of speculation"), open the shifter's gate with no valence cue.
    if gates && seen & CueRows.positiveShifter != 0 && seen & LexiconCategory.hedgeEpistemic.bit != 0 { self.present |= RuleGate.shifter }
    // Every gate needs a valence or a booster cue (a positive target is
    // one of them): without, none opens, and the masks below are skipped.
    guard gates && seen & (LexiconCategory.valence.bit | LexiconCategory.booster.bit) != 0 else { return }
    // Each gate is a mask (`any`) of its condition, with no branch: which
    // gates open varies from unit to unit, and the tests were mispredicted.
    var gate = Self.any(beforeValence & (LexiconCategory.intensifier.bit | LexiconCategory.dampener.bit)) & RuleGate.intensifier
    gate |= Self.any(beforeValence & RuleGate.claimHedges) & RuleGate.hedgedClaim
    gate |= Self.any(beforeValence & LexiconCategory.hedgeConditional.bit) & RuleGate.conditional
    gate |= Self.any(beforeValence & LexiconCategory.concessive.bit) & RuleGate.concessive
    gate |= Self.any(seen & CueRows.positiveShifter) & RuleGate.shifter
    gate |= Self.any(seen & LexiconCategory.contrast.bit) & RuleGate.contrast
    let bothSigns = Self.any(seen & CueRows.positiveValence) & Self.any(seen & CueRows.negativeValence)
    gate |= (bothSigns | Self.any(seen & RuleGate.valenceChangers)) & RuleGate.predicate
    // Those gates need a valence cue in the unit; a negator before a
    // positive booster opens its gate with none.
    gate &= Self.any(seen & LexiconCategory.valence.bit)
    gate |= Self.any((beforePositive | afterPositiveValence) & LexiconCategory.negator.bit) & RuleGate.negatedPredicate
    // (An epistemic hedge before a booster: `appears convinced`.)
    gate |= Self.any(beforeBooster & LexiconCategory.hedgeEpistemic.bit) & RuleGate.hedgedClaim
    self.present |= gate
  }

  /// All ones when `x` is not 0, else 0 (no branch: `x | -x` has its top
  /// bit set exactly when `x` is not 0).
  @inline(__always)
  private static func any(_ x: UInt32) -> UInt32 {
    0 &- ((x | (0 &- x)) &>> 31)
  }

  /// All ones when `b` has the one bit `bit`, else 0 (a shift, no branch).
  @inline(__always)
  private static func mask(_ b: UInt32, _ bit: UInt32) -> UInt32 {
    0 &- ((b &>> UInt32(bit.trailingZeroBitCount)) & 1)
  }
}

/// Narrower triggers for the standard rules (`RulePlan.standard`): bits of
/// no category, set by `CueScan` when a rule can change something. Each
/// is a superset of what the rule needs before it changes a cue, read
/// from the cues in order before any rule runs:
/// - intensifier, hedged claim, conditional, concessive: a cue of the
///   rule's category before a valence cue (each changes only valence
///   cues it governs, which come after it); `ExcessRule` shares the
///   intensifier's (its `too` is an intensifier, and before an
///   infinitive it changes only valence cues after it, or a shifter whose
///   object is one), and has its own, an excess word (`excess`), for the
///   excess that counts on its own;
/// - negated predicate: a negator before a valence or booster cue of
///   positive weight (it changes a subject only for a cue that negation
///   reversed, and negation reverses only cues after the negator), or
///   after a valence cue of positive weight (a bare negation's subject);
/// - shifter: a shifter of positive weight and a valence cue;
/// - contrast: a contrast marker and a valence cue;
/// - predicate: valence cues of both signs, or a rule that runs before it
///   and can change a valence value (intensifier, dampener, negator,
///   shifter), since it needs values of both signs; `ComparisonRule`
///   shares it (it changes only a term of the other sign than its
///   comparative's).
/// - reporting stance: a weighted reporting cue (its category bit), or a
///   modal a report backshifts with a reporting cue of any weight, or in
///   reported speech (`backshift`).
/// - schedule and quantity change: a valence entry that counts only under
///   a condition (`conditionalValence`): a step set to come, only after a
///   meeting, or a quantity, only when it moves; not every valence cue.
/// Negation and questions keep their category triggers.
enum RuleGate {
  static let intensifier: UInt32 = 1 << 21
  static let negatedPredicate: UInt32 = 1 << 22
  static let shifter: UInt32 = 1 << 23
  static let predicate: UInt32 = 1 << 24
  static let hedgedClaim: UInt32 = 1 << 25
  static let conditional: UInt32 = 1 << 26
  static let contrast: UInt32 = 1 << 27
  static let concessive: UInt32 = 1 << 28
  /// With the report bit, `ReportingStanceRule`'s gate: a modal that a
  /// report may backshift (`CueRows.backshiftModal`) and a reporting cue
  /// of any weight, or reported speech. (A weighted reporting cue keeps
  /// its category bit; a modal alone changes nothing.)
  static let backshift: UInt32 = 1 << 29
  /// The gate of `ScheduleRule` and `QuantityChangeRule`: a valence entry
  /// that counts only under a condition (`CueRows.conditionalValence`),
  /// not every valence cue. The bit of
  /// `speaker.pronoun`, which no stance model reads (as the topic
  /// trigger takes `abbreviation`'s: bits 21 to 29 are the gates above,
  /// 30 and 31 `SentenceState`'s always and question triggers).
  static let conditionalValence: UInt32 = LexiconCategory.speakerPronoun.bit
  /// `ExcessRule`'s gate besides the intensifier's: an excess word
  /// (`CueRows.excessWord`, whose bit is also this gate's: a category bit,
  /// so the scan's category bits carry it), which counts on its own.
  static let excess: UInt32 = CueRows.excessWord
  /// `ShortfallRule`'s gate: a dampener of a count (`CueRows.scarceWord`),
  /// which counts on its own.
  static let shortfall: UInt32 = CueRows.scarceWord

  /// Categories whose rules run before `PredicateRule` and may change a
  /// valence value.
  @inline(__always)
  static var valenceChangers: UInt32 {
    LexiconCategory.intensifier.bit | LexiconCategory.dampener.bit | LexiconCategory.negator.bit | LexiconCategory.shifter.bit
  }

  /// Hedges other than conditionals (`HedgedClaimRule`).
  @inline(__always)
  static var claimHedges: UInt32 {
    LexiconCategory.hedgeModal.bit | LexiconCategory.hedgeEpistemic.bit | LexiconCategory.hedgeApproximator.bit | LexiconCategory.hedgeShield.bit
  }

  /// The gate of one of the library's rules in the standard plan, nil for
  /// those that keep their triggers.
  static func of(_ kind: StandardRule) -> UInt32? {
    switch kind {
    case .intensifier: intensifier
    case .excess: intensifier | excess
    case .negatedPredicate: negatedPredicate
    case .shifter: shifter
    case .predicate, .comparison: predicate
    case .hedgedClaim: hedgedClaim
    case .conditional: conditional
    case .contrast: contrast
    case .concessive: concessive
    case .reportingStance: LexiconCategory.report.bit | backshift
    case .scheduledStep, .unmovedQuantity: conditionalValence
    case .shortfall: shortfall
    case .negation, .question, .noQuantity, .topic, .indirectQuestion, .comparisonStandard, .background, .other: nil
    }
  }
}
