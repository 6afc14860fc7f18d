/// A quantity is news only when it moves: `exports`, `the catch`, `wages`
/// are good news when they rise and bad news when they drop; `emissions`,
/// `premiums`, `fuel prices` the other way round. A valence entry whose
/// note marks it `quantity` carries the value of a rise as its weight and
/// counts only where something moves it:
/// - a shifter reversed it before this rule (`ShifterRule`: "the spawning
///   biomass has fallen", "cut exports", "premiums eased"), or is its
///   predicate beyond the shifter's own reach of a subject ("insurance
///   premiums for ships calling at the port have fallen"): the shifter's
///   factor stands;
/// - a word the grammar marks `rise` or `drop` moves it (`quantityChange`
///   times its weight for a rise, the negative for a drop), as
///   - its predicate: "exports doubled", "premiums for the lane might
///     rise", "funding for the camps has grown steadily" (after the
///     quantity, across a phrase that opens with a preposition or a
///     determiner, auxiliaries and adverbs, but no other verb, conjunction
///     or punctuation);
///   - its verb or attribute before it: "doubled its climate spending",
///     "to grow the fund", "rising premiums", "higher exports" (across a
///     determiner, adjectives, numbers and at most `maxModifierWords`
///     plain words);
///   - the noun of a change before `in` or `of`: "a rise in emissions",
///     "a drop in exports".
/// A quantity that a negation governs counts as negated ("no exports",
/// "little funding" are bad news, "do little for the economy" too); a
/// negation before the word that would move it denies the move, whose
/// value is then negated as a valence term's is: news the other way
/// round, weaker ("fuel prices did not rise" is mildly good news,
/// "emissions have not fallen" mildly bad), with no bare denial of the
/// negator's own. A quantity before a plain noun may modify
/// it: `ShifterRule` takes no such quantity for its object ("eased trade
/// restrictions"), but a rise before both is read as the quantity's
/// ("higher fuel prices hurt": a verb after a subject looks the same). An
/// unmoved quantity counts nothing (recorded as `unmoved-quantity`):
/// "exports to China" and "the catch of every vessel" say nothing good or
/// bad.
public struct QuantityChangeRule: StanceRule {
  public let name = "unmoved-quantity"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.valence.bit }
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let marked = context.marked
    guard !marked.quantity.isEmpty else { return }
    for j in 0..<s.count where s[j].category == .valence && s[j].value != 0 && marked.isQuantity(s[j].entry) {
      // A quantity denied is one that fails to come ("no exports",
      // "little funding", "do little for the economy"): the negation's
      // value stands. Of the other rules before this one only shifters
      // change a term's sign: a sign the other way round is a shifter's
      // ("emissions have fallen").
      if s.negatedBy(j, orBooster: false) != nil || (s[j].value > 0) != (s[j].weight > 0) { continue }
      if let m = move(of: j, s, context) {
        s.apply(m.rule, to: j, factor: m.factor, trigger: m.trigger)
        // The negation of a denied move is read here, not as a bare one.
        if m.denier >= 0, s[m.denier].value < 0, s[m.denier].axis == .optimism {
          s.apply(m.rule, to: m.denier, factor: 0, trigger: j)
        }
      } else {
        s.apply(.unmovedQuantity, to: j, factor: 0, trigger: -1)
      }
    }
  }

  /// What moves a quantity: the rule name to record, the factor, and the
  /// shifter cue that moved it (-1 for a word of rising or dropping, which
  /// is no cue).
  /// `denier` is the negator cue of a move denied (-1 for none).
  typealias Move = (rule: RuleName, factor: Double, trigger: Int, denier: Int)

  /// What moves cue `j`'s quantity, after it or before it; nil when
  /// nothing does.
  private func move<Cues: RuleCues>(of j: Int, _ s: Cues, _ context: RuleContext) -> Move? {
    predicate(of: j, after: Int(s[j].end), s, context)
      ?? modifier(before: Int(s[j].start), floor: s.tokens.lowerBound, context)
  }

  /// Whether a word of class `word` may be one of rising or dropping: they
  /// have no class (`grammar.noun`) but the past forms (`rose`, `sank`)
  /// and adjectives (`rising`) of the grammar. (Asked first: the class is
  /// at hand, a mark is looked up.)
  @inline(__always)
  private static func mayMove(_ word: WordClass) -> Bool {
    word == .none || word == .pastVerb || word == .adjective
  }

  /// Whether token `k` is a word of rising (`quantityChange`) or dropping
  /// (its negative).
  private func direction(_ k: Int, _ context: RuleContext) -> Move? {
    let words = context.marked.words
    let change = context.parameters.quantityChange
    if words.has(.rise, k, in: context.document) { return (.rise, change, -1, -1) }
    if words.has(.drop, k, in: context.document) { return (.drop, -change, -1, -1) }
    return nil
  }

  /// A word of rising or dropping that is the predicate of the quantity
  /// that ends before token `end`: a marked word, or a shifter of the unit
  /// beyond the shifter's own reach of its subject ("insurance premiums
  /// for ships calling at the port have fallen"), which drops the
  /// quantity by its own factor.
  private func predicate<Cues: RuleCues>(of j: Int, after end: Int, _ s: Cues, _ context: RuleContext) -> Move? {
    let tokens = context.document.tokens
    let limit = s.tokens.upperBound
    // The next shifter of positive weight at or after `end` (cues are in
    // token order).
    var shifter = 0
    func shifterMove(at k: Int) -> Move? {
      while shifter < s.count && (Int(s[shifter].start) < k || s[shifter].category != .shifter || s[shifter].weight <= 0) { shifter += 1 }
      guard shifter < s.count, Int(s[shifter].start) == k else { return nil }
      let move: Move = (.shifter, -context.parameters.shifterScale * s[shifter].weight, shifter, -1)
      guard let n = s.negatedBy(shifter, orBooster: false) else { return move }
      return denied(move, by: n, of: j, s, context)
    }
    // A negation word between the quantity and its move ("fuel prices did
    // not rise"): its negator cue (-1 for a word that is none).
    var negator: Int?
    func moved(_ d: Move) -> Move {
      guard let n = negator else { return d }
      return denied(d, by: n, of: j, s, context)
    }
    // Inside a phrase after the quantity ("for the lane", "this season"),
    // where plain words are its nouns; elsewhere a plain word is a verb of
    // the quantity's own ("exports helped").
    var inPhrase = false
    var plain = 0
    var k = end
    while k < limit, k - end < Self.maxPredicateTokens {
      switch tokens[k].kind {
      case .word:
        let word = context.wordClass(k)
        if Self.mayMove(word), let d = direction(k, context) { return moved(d) }
        if let m = shifterMove(at: k) { return m }
        switch word {
        case .negation:
          negator = Self.negator(at: k, s) ?? -1
          inPhrase = false
        case .preposition, .objectPreposition, .nameConnector, .to, .determiner, .quantifier:
          inPhrase = true
        case .that where k == end, .relative where k == end:
          // "premiums that have doubled"
          inPhrase = false
        case .be, .have, .do, .modal:
          inPhrase = false
        case .adverb, .adjective, .timeNoun:
          break
        case .none where context.isAdverb(k):
          break
        case .none:
          guard inPhrase, plain < Self.maxPhraseWords else { return nil }
          plain += 1
        default:
          return nil
        }
      case .number, .clitic:
        break
      default:
        return nil
      }
      k += 1
    }
    return nil
  }

  /// A move denied ("exports did not rise", "emissions have barely
  /// fallen"): the quantity's value after the move is negated as a
  /// valence term is (`NegationRule`), by negator cue `n` (-1: a
  /// negation word that is no cue, of full weight). A change that fails
  /// to come is news the other way round, weaker.
  private func denied<Cues: RuleCues>(_ m: Move, by n: Int, of j: Int, _ s: Cues, _ context: RuleContext) -> Move {
    let p = context.parameters
    let w = n >= 0 ? s[n].weight : 1
    let scale = s[j].weight * m.factor >= 0 ? p.negatedValenceScale : p.negatedNegativeScale
    return (m.rule, m.factor * (1 - w * (1 + scale)), m.trigger, n)
  }

  /// The negator cue that starts at token `k`, if any.
  private static func negator<Cues: RuleCues>(at k: Int, _ s: Cues) -> Int? {
    for c in 0..<s.count where Int(s[c].start) == k && s[c].category == .negator { return c }
    return nil
  }

  /// A word of rising or dropping before the quantity that starts at
  /// token `start`: its verb or attribute ("doubled its climate
  /// spending", "rising premiums"), or the noun of a change before `in`
  /// or `of` ("a rise in emissions").
  private func modifier(before start: Int, floor: Int, _ context: RuleContext) -> Move? {
    let tokens = context.document.tokens
    var plain = 0
    var k = start - 1
    while k >= floor, start - k <= Self.maxModifierTokens {
      switch tokens[k].kind {
      case .word:
        let word = context.wordClass(k)
        if Self.mayMove(word), let d = direction(k, context) { return d }
        switch word {
        case .determiner, .quantifier, .adjective:
          break
        case .preposition, .objectPreposition, .nameConnector:
          // Only right after the noun of a change: "a rise in emissions",
          // not "concern about emissions".
          guard k - 1 >= floor, tokens[k - 1].kind == .word else { return nil }
          return direction(k - 1, context)
        case .none:
          // (A word in -ed is a verb that is no change: "reported
          // exports".)
          guard plain < Self.maxModifierWords, !context.endsED(k) else { return nil }
          plain += 1
        default:
          return nil
        }
      case .number, .clitic:
        break
      default:
        return nil
      }
      k -= 1
    }
    return nil
  }

  /// Most tokens read after the quantity for its predicate: `premiums
  /// for the lane might fall`, `catch this season had fallen`.
  static let maxPredicateTokens = 9
  /// Most plain words of a phrase after the quantity: `funding [for the
  /// camps in Cox's Bazar] was shrinking`.
  static let maxPhraseWords = 4
  /// Most tokens read before the quantity for its verb or attribute:
  /// `doubled its climate spending`.
  static let maxModifierTokens = 4
  /// Most plain words before the quantity (modifiers of its noun:
  /// `climate spending`, `China's exports`).
  static let maxModifierWords = 2
}
