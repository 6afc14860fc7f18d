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

  /// Row flags, above the category bits (`LexiconCategory.bit`, 0 ..< 21):
  /// the match's first or last token is capitalized (the name check,
  /// `SentenceScorer.firstDroppedName`, may drop it only then);
  static let maybeName: UInt32 = 1 << 21
  /// a cue of two tokens or more, of a layer other than the modifiers',
  /// with a weight or of valence (a modifier inside it is dropped);
  static let container: UInt32 = 1 << 22
  /// a weight above zero;
  static let positive: UInt32 = 1 << 23
  /// a weight below zero.
  static let negative: UInt32 = 1 << 24
  /// The category bits.
  static let categories: UInt32 = (1 << 21) - 1

  /// The bits of `cue`, of category bit `bit`, whose match may be part
  /// of a name when `maybeName`.
  @inline(__always)
  static func bits(_ cue: Cue, categoryBit bit: UInt32, maybeName: Bool) -> UInt32 {
    var b = bit == LexiconCategory.report.bit && cue.weight == 0 ? 0 : bit
    if maybeName { b |= Self.maybeName }
    if cue.end - cue.start >= 2 && bit & LexiconCategory.layer2Bits == 0 && (cue.weight != 0 || bit == LexiconCategory.valence.bit) { b |= container }
    if cue.weight > 0 { b |= positive } else if cue.weight < 0 { b |= negative }
    return b
  }

  /// Empties the rows for a document of `sentences` sentences and
  /// `tokens` tokens.
  mutating func reset(sentences: Int, tokens: Int) {
    count = 0
    first.reset(count: sentences, to: -1)
    // Read only for sentences with `first` set, which set it too: only
    // grown, never refilled.
    Self.grow(&end, to: sentences)
    inside.reset(count: tokens + 1, to: 0)
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

  /// The rows of sentence `s`, nil when it was not scored.
  @inline(__always)
  func range(_ s: Int) -> Range<Int>? {
    guard s >= 0, s < first.count, first[s] >= 0 else { return nil }
    return Int(first[s])..<Int(end[s])
  }

  /// The rows in `rows` that start inside `tokens` (rows are in token
  /// order of their starts).
  @inline(__always)
  func rows(startingIn tokens: Range<Int>, of rows: Range<Int>) -> Range<Int> {
    self.rows.withUnsafeBufferPointer { r in
      var lo = rows.lowerBound
      while lo < rows.upperBound && Int(r[lo].cue.start) < tokens.lowerBound { lo += 1 }
      var hi = lo
      while hi < rows.upperBound && Int(r[hi].cue.start) < tokens.upperBound { hi += 1 }
      return lo..<hi
    }
  }
}

/// One cue of `CueRows`, with what `CueScan` reads of it: its
/// category's bit (none for a reporting cue of weight 0, as for
/// `StanceRule.triggers`) and the flags of `CueRows`.
struct CueRow {
  var cue: Cue
  var bits: UInt32
}

/// One slot of the scorer's cache of entry rows (`SentenceScorer.keepRows`):
/// the row of lexicon entry `entry` as the model reads it, for a match of
/// two tokens or more that is no name (its start and end left to fill, the
/// `CueRows.container` flag cleared for a match of one token), or `unread`
/// when the model does not read the entry. A slot is an entry's by its
/// low bits; `entry` is -1 in an empty one.
struct EntrySlot {
  var row: CueRow
  var entry: Int32

  /// A row bit of no category or flag: the model does not read the entry.
  static let unread: UInt32 = 1 << 31
  /// Slots in a cache (a power of two).
  static let count = 4096

  /// An empty cache.
  static func emptyCache() -> [EntrySlot] {
    [EntrySlot](repeating: EntrySlot(row: CueRow(cue: Cue(start: 0, end: 0, entry: -1, category: .valence, weight: 0, value: 0, axis: nil), bits: unread), entry: -1), count: count)
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

  /// Scans `rows`; with `gates`, also sets the `RuleGate` bits.
  @inline(__always)
  init(_ rows: UnsafeBufferPointer<CueRow>, gates: Bool) {
    var seen: UInt32 = 0
    var gate: UInt32 = 0
    var positive = false
    var negative = false
    var shifter = false
    let valence = LexiconCategory.valence.bit
    let booster = LexiconCategory.booster.bit
    let negator = LexiconCategory.negator.bit
    for row in rows {
      let b = row.bits
      if gates {
        if b & valence != 0 {
          if b & CueRows.positive != 0 { positive = true } else if b & CueRows.negative != 0 { negative = true }
          gate |= RuleGate.before(valence: b, seen: seen)
        } else if b & booster != 0 && b & CueRows.positive != 0 && seen & negator != 0 {
          gate |= RuleGate.negatedPredicate
        }
        if b & (LexiconCategory.shifter.bit | CueRows.positive) == LexiconCategory.shifter.bit | CueRows.positive { shifter = true }
      }
      seen |= b
    }
    if gates && seen & valence != 0 {
      if shifter { gate |= RuleGate.shifter }
      if seen & LexiconCategory.contrast.bit != 0 { gate |= RuleGate.contrast }
      if (positive && negative) || seen & RuleGate.valenceChangers != 0 { gate |= RuleGate.predicate }
    }
    self.present = (seen & CueRows.categories) | gate
    self.mayDropModifiers = seen & LexiconCategory.layer2Bits != 0 && seen & CueRows.container != 0
    self.maybeName = seen & CueRows.maybeName != 0
  }
}

/// Narrower triggers for the standard rules (`RulePlan.standard`): bits of
/// no category, set by `CueScan` when a rule can change something. Each
/// is a superset of what the rule needs before it changes a cue, read
/// from the cues in order before any rule runs:
/// - intensifier, hedged claim, conditional, concessive: a cue of the
///   rule's category before a valence cue (each changes only valence
///   cues it governs, which come after it);
/// - negated predicate: a negator before a valence or booster cue of
///   positive weight (it changes a subject only for a cue that negation
///   reversed, and negation reverses only cues after the negator);
/// - shifter: a shifter of positive weight and a valence cue;
/// - contrast: a contrast marker and a valence cue;
/// - predicate: valence cues of both signs, or a rule that runs before it
///   and can change a valence value (intensifier, dampener, negator,
///   shifter), since it needs values of both signs.
/// Negation, questions and reporting verbs keep their category triggers.
enum RuleGate {
  static let intensifier: UInt32 = 1 << 21
  static let negatedPredicate: UInt32 = 1 << 22
  static let shifter: UInt32 = 1 << 23
  static let predicate: UInt32 = 1 << 24
  static let hedgedClaim: UInt32 = 1 << 25
  static let conditional: UInt32 = 1 << 26
  static let contrast: UInt32 = 1 << 27
  static let concessive: UInt32 = 1 << 28

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

  /// The gates a valence cue of bits `b` (`CueRow.bits`) opens, `seen`
  /// holding the bits of the cues before it.
  @inline(__always)
  static func before(valence b: UInt32, seen: UInt32) -> UInt32 {
    var gate: UInt32 = 0
    if seen & (LexiconCategory.intensifier.bit | LexiconCategory.dampener.bit) != 0 { gate |= intensifier }
    if seen & claimHedges != 0 { gate |= hedgedClaim }
    if seen & LexiconCategory.hedgeConditional.bit != 0 { gate |= conditional }
    if seen & LexiconCategory.concessive.bit != 0 { gate |= concessive }
    if b & CueRows.positive != 0 && seen & LexiconCategory.negator.bit != 0 { gate |= negatedPredicate }
    return gate
  }

  /// The gate of one of the library's rules in the standard plan, nil for
  /// those that keep their triggers.
  static func of(_ kind: StandardRule) -> UInt32? {
    switch kind {
    case .intensifier: intensifier
    case .negatedPredicate: negatedPredicate
    case .shifter: shifter
    case .predicate: predicate
    case .hedgedClaim: hedgedClaim
    case .conditional: conditional
    case .contrast: contrast
    case .concessive: concessive
    case .negation, .question, .reportingStance, .other: nil
    }
  }
}
