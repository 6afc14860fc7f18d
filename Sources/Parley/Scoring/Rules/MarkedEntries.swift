/// The matcher's entries that rules treat by a grammar mark on their word
/// (`WordMark` in `lexicons/grammar.tsv`), found once when the engine is
/// made. Only one-word entries of the right category count: a phrase such
/// as `would have` has a sense of its own (the counterfactual).
struct MarkedEntries: Sendable {
  /// One-word modal hedges whose word is marked `backshift` (`would`): a
  /// report puts them into the past (`ReportingStanceRule`).
  var backshift: [Int32] = []
  /// One-word intensifiers whose word is marked `excess` (`too`): before
  /// an infinitive they deny it (`ExcessRule`).
  var excess: [Int32] = []
  /// One-word approximators whose word is marked `approximation`
  /// (`about`): they hedge only a quantity (`QuantityRule`).
  var approximation: [Int32] = []
  /// One-word dampeners whose word is marked `scarce` (`only`): before a
  /// count they make it a shortfall (`ShortfallRule`).
  var scarce: [Int32] = []
  /// One-word shifters whose word is marked `fall` (`plunged`): after a
  /// bad subject their own loss counts nothing (`ShifterRule`).
  var fall: [Int32] = []
  /// Valence entries marked `renewal` (`resumed`): after a subject of
  /// the other sign they take its sign (`PredicateRule`).
  var renewal: [Int32] = []
  /// Masks of a verb and its preposition marked `place` in their note
  /// (`ended in`): before a plain place they yield to the verb
  /// (`ShifterRule`).
  var placeMasks: [Int32] = []
  /// The one-word negators (`no`, `never`), lower-cased: a valence term
  /// that opens with one holds its negation (`no deal`), which governs a
  /// predicate after it too (`PredicateRule`: "no deal was signed").
  var negatorWords: [[UInt8]] = []
  /// Whether entry `i` is a valence entry of a step set to come, marked
  /// `scheduled` in its note (`ScheduleRule`): indexed by entry, empty
  /// when there is none.
  var scheduled: [Bool] = []
  /// Whether entry `i` is a valence entry of a quantity, marked
  /// `quantity` in its note (`QuantityChangeRule`): indexed by entry,
  /// empty when there is none.
  var quantity: [Bool] = []
  /// Whether entry `i` is a valence entry that counts only under a
  /// condition its rule reads, `scheduled` or `quantity`: the scorer's
  /// gate of both rules (`RuleGate.conditionalValence`). Empty when there is
  /// none.
  var conditional: [Bool] = []
  /// Epistemic hedge entries marked `belief` in their note (`think`):
  /// denied in the present they keep their hedge (`NegationRule`).
  var belief: [Int32] = []
  /// Negator entries marked `refusal` in their note (`failed to`,
  /// `refused to`): a bad act right after one is averted (`NegationRule`).
  var refusal: [Int32] = []
  /// Masks of a verb and the word after it (shifter entries of weight 0
  /// of two words or more: `ended in`, `stopped on`) whose words but the
  /// last are a shifter of their own (`ended`), in order of entry, with
  /// that shifter's weight in `verbWeights`. Before a phrase of time the
  /// preposition says when, not how, and the verb shifts ("the war ended
  /// in 2019": `ShifterRule`).
  var masks: [Int32] = []
  var verbWeights: [Double] = []
  /// The marked words themselves, for the rules that look for a word
  /// that is no cue (`than`: `ComparisonRule`).
  var words = WordMarks()

  /// None.
  init() {}

  /// The entries of `entries` (a matcher's) that `marks` marks.
  init(_ entries: [LexiconEntry], marks: WordMarks) {
    words = marks
    var shifters: [Int32] = []
    for i in entries.indices {
      if entries[i].category == .shifter {
        shifters.append(Int32(i))
        if WordMark.mayBeMark(entries[i].note), WordMark.names(inNote: entries[i].note).contains(WordMark.place.rawValue) { placeMasks.append(Int32(i)) }
      }
      switch entries[i].category {
      case .hedgeModal where marks.has(.backshift, term: entries[i].term): backshift.append(Int32(i))
      case .intensifier where marks.has(.excess, term: entries[i].term): excess.append(Int32(i))
      case .shifter where marks.has(.fall, term: entries[i].term): fall.append(Int32(i))
      // (A phrase is marked in its note: `fewer than`, `a mere`.)
      case .dampener where marks.has(.scarce, term: entries[i].term)
        || (WordMark.mayBeMark(entries[i].note) && WordMark.names(inNote: entries[i].note).contains(WordMark.scarce.rawValue)):
        scarce.append(Int32(i))
      case .hedgeApproximator where marks.has(.approximation, term: entries[i].term): approximation.append(Int32(i))
      case .negator where !entries[i].term.utf8.contains(0x20): negatorWords.append(entries[i].term.utf8.map(asciiLower))
      case .hedgeEpistemic where WordMark.mayBeMark(entries[i].note) && WordMark.names(inNote: entries[i].note).contains(WordMark.belief.rawValue):
        belief.append(Int32(i))
      case .negator where WordMark.mayBeMark(entries[i].note) && WordMark.names(inNote: entries[i].note).contains(WordMark.refusal.rawValue):
        refusal.append(Int32(i))
      case .valence where WordMark.mayBeMark(entries[i].note):
        let names = WordMark.names(inNote: entries[i].note)
        if names.contains(WordMark.scheduled.rawValue) {
          if scheduled.isEmpty { scheduled = [Bool](repeating: false, count: entries.count) }
          scheduled[i] = true
        }
        if names.contains(WordMark.renewal.rawValue) { renewal.append(Int32(i)) }
        if names.contains(WordMark.quantity.rawValue) {
          if quantity.isEmpty { quantity = [Bool](repeating: false, count: entries.count) }
          quantity[i] = true
        }
      default: continue
      }
    }
    conditional = scheduled.isEmpty ? quantity : quantity.isEmpty ? scheduled : zip(scheduled, quantity).map { $0 || $1 }
    (masks, verbWeights) = Self.masksOfVerbs(entries, shifters: shifters)
  }

  /// `masks` and `verbWeights` of `entries`, whose shifter entries are
  /// `shifters`: the terms of the masks but their last word, looked up
  /// among the shifters of positive weight.
  private static func masksOfVerbs(_ entries: [LexiconEntry], shifters: [Int32]) -> ([Int32], [Double]) {
    var verbs: [String: [Int32]] = [:]
    for i in shifters where entries[Int(i)].weight == 0 {
      let term = Array(entries[Int(i)].term.utf8)
      guard let space = term.lastIndex(of: 0x20) else { continue }
      verbs[String(decoding: term[..<space], as: UTF8.self), default: []].append(i)
    }
    var found: [(mask: Int32, weight: Double)] = []
    if !verbs.isEmpty {
      for i in shifters where entries[Int(i)].weight > 0 {
        for mask in verbs[entries[Int(i)].term] ?? [] { found.append((mask, entries[Int(i)].weight)) }
      }
    }
    found.sort { $0.mask < $1.mask }
    return (found.map(\.mask), found.map(\.weight))
  }
}

extension MarkedEntries {
  /// Whether entry `entry` is marked `scheduled`.
  @inline(__always)
  func isScheduled(_ entry: Int32) -> Bool { entry >= 0 && Int(entry) < scheduled.count && scheduled[Int(entry)] }

  /// Whether entry `entry` is marked `quantity`.
  @inline(__always)
  func isQuantity(_ entry: Int32) -> Bool { entry >= 0 && Int(entry) < quantity.count && quantity[Int(entry)] }

  /// The weight of the verb of mask `entry` (`masks`), nil for an entry
  /// that is no such mask.
  func verbWeight(ofMask entry: Int32) -> Double? {
    guard let i = masks.firstIndex(of: entry) else { return nil }
    return verbWeights[i]
  }

  /// Whether token `k` of `document` is a one-word negator (ASCII case
  /// folded).
  func isNegator(token k: Int, in document: Document) -> Bool {
    negatorWords.contains { document.token(k, isLowered: $0[...]) }
  }
}
