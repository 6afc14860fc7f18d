/// A hedge inside a comparison's standard measures the result against
/// an expectation; it does not hedge the claim: "the talks went better
/// than anyone had expected", "a deal came faster than many of us
/// thought possible", "more than the state could afford". An epistemic
/// or modal hedge whose clause opens with the word the grammar lexicon
/// marks `standard` (`than`) counts for nothing.
///
/// The walk back from the hedge to `than` passes only the standard's
/// subject and auxiliaries, at most `maxStandardWords` words: plain
/// words, determiners, quantifiers, adverbs, adjectives, prepositions
/// (`many of us`, `most diplomats in the region`), forms of `be`, `have`
/// and `do`, and modals. It stops, and the hedge stands, at punctuation,
/// a conjunction, `that`, a question word, a word of time, `to` or a
/// past verb (the hedge is then in a clause of its own: "lasted more
/// than a decade and could end"), and at a number or a word the grammar
/// marks `count` (`two`, `half`, `third`): a standard that is a
/// quantity opens the sentence's own subject, whose verb the hedge is
/// ("more than 30 may have died", "more than half the staff could lose
/// their jobs"). An epistemic hedge needs a word
/// between `than` and itself: right after `than` it is an adverb of the
/// claim ("fewer than perhaps 40"); `than expected` is a mask in the
/// hedge lexicon. A hedge that starts where one the rule silenced ends
/// is part of its standard too ("than anyone thought possible"), and so
/// is a hedge in its subject ("than some expected").
///
/// An expectation so silenced (an epistemic hedge, not a modal: "more
/// than the state could afford" is no expectation), or a mask that is a
/// whole standard (`than expected`), measures a result against what was
/// expected: after a comparative the grammar marks `beyond` ("moved
/// further than anyone expected") it becomes a valence term of
/// `expectationValence`, after one marked `short` ("thinner than anyone
/// hoped") of `-expectationValence` (`expectation`, below).
public struct StandardHedgeRule: StanceRule {
  public let name = "comparison-standard"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.hedgeModal.bit | LexiconCategory.hedgeEpistemic.bit }
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let words = context.marked.words
    guard words.hasAny(.standard) else { return }
    // The end of the last hedge silenced, and the `than` it was in.
    var silencedEnd: Int32 = -1
    var silencedBy = -1
    // The `than` whose expectation was counted (once a standard).
    var counted = -1
    let expecting = context.parameters.expectationValence != 0 && (words.hasAny(.beyond) || words.hasAny(.short))
    for j in 0..<s.count where s[j].category == .hedgeModal || s[j].category == .hedgeEpistemic {
      let start = Int(s[j].start)
      guard s[j].value > 0 else {
        // A mask that is a whole standard of expectation: "than
        // expected", "than hoped".
        if expecting, s[j].weight == 0, s[j].category == .hedgeEpistemic, start != counted, words.has(.standard, start, in: context.document),
           expectation(&s, j, than: start, context) {
          counted = start
        }
        continue
      }
      let standard = s[j].start == silencedEnd ? silencedBy : opener(before: start, floor: s.tokens.lowerBound, epistemic: s[j].category == .hedgeEpistemic, context)
      guard standard >= 0 else { continue }
      // (The trigger is a word, no cue: -1.) A hedge in the standard's
      // subject goes with it (`than some expected`: `some` is no
      // quantity).
      var i = j - 1
      while i >= 0, Int(s[i].start) > standard {
        if s[i].category.isHedge && s[i].value > 0 { s.apply(.comparisonStandard, to: i, factor: 0, trigger: -1) }
        i -= 1
      }
      s.apply(.comparisonStandard, to: j, factor: 0, trigger: -1)
      (silencedEnd, silencedBy) = (s[j].end, standard)
      // (A modal's standard is no expectation: "more than the state could
      // afford".)
      if expecting, s[j].category == .hedgeEpistemic, standard != counted, expectation(&s, j, than: standard, context) {
        counted = standard
      }
    }
  }

  /// Counts the expectation that cue `j` (a hedge silenced in the
  /// standard that `than` at token `than` opens, or a mask of the whole
  /// standard) sets a result against, when the word before `than` is a
  /// comparative the grammar marks `beyond` (`more`, `further`, `closer`,
  /// `sooner`) or `short` (`less`, `thinner`, `later`): cue `j` then
  /// becomes a valence term of `expectationValence` of that sign, and
  /// the valence terms of the standard count nothing ("thinner than anyone
  /// hoped": the hope is the yardstick, not a view). Not where a valence
  /// term covers the comparative (`better`, `worse`, `slower` judge by
  /// themselves, and `ComparisonRule` reads their standard) or a negation
  /// stands before it ("no more than expected" says the result met it).
  /// Whether it counted.
  private func expectation<Cues: RuleCues>(_ s: inout Cues, _ j: Int, than: Int, _ context: RuleContext) -> Bool {
    let comparative = than - 1
    guard comparative >= s.tokens.lowerBound, context.document.tokens[comparative].kind == .word else { return false }
    let words = context.marked.words
    let sign: Double
    if words.has(.beyond, comparative, in: context.document) {
      sign = 1
    } else if words.has(.short, comparative, in: context.document) {
      sign = -1
    } else {
      return false
    }
    let judged = (0..<s.count).contains { s[$0].category == .valence && s[$0].value != 0 && Int(s[$0].start) <= comparative && Int(s[$0].end) > comparative }
    let before = comparative - 1
    let negated = (before >= s.tokens.lowerBound && context.wordClass(before) == .negation)
      || (0..<s.count).contains { s[$0].category == .negator && Int(s[$0].end) == comparative }
    guard !judged, !negated else { return false }
    for i in 0..<s.count where s[i].category == .valence && s[i].value != 0 && Int(s[i].start) >= than && s[i].end <= s[j].end {
      s.apply(.expectation, to: i, factor: 0, trigger: j)
    }
    // (A valence term from here on, which no later rule takes for a hedge:
    // "more than the critics had expected progress to bring" hedges no
    // claim.)
    s.makeValence(sign * context.parameters.expectationValence, of: j)
    s.record(.expectation, on: j, factor: s[j].value, trigger: j)
    return true
  }

  /// The token of the `than` whose standard holds the hedge at `start`,
  /// or -1 when the walk back (above) finds none.
  private func opener(before start: Int, floor: Int, epistemic: Bool, _ context: RuleContext) -> Int {
    let tokens = context.document.tokens
    let words = context.marked.words
    let facts = context.wordFacts
    var k = start - 1
    while k >= floor, start - k <= Self.maxStandardWords + 1 {
      guard tokens[k].kind == .word else { return -1 }
      // (The class from the word facts where there are some: most words
      // walked are plain nouns, which `wordClass` checks byte by byte
      // before it calls them plain; a word of no class there is plain
      // here, as a non-ASCII word of the walk is.)
      let word = k < facts.count ? TokenFacts.Flags.row(facts[k]).word : context.wordClass(k)
      switch word {
      case .preposition:
        if words.has(.standard, k, in: context.document) { return epistemic && k == start - 1 ? -1 : k }
      case .quantifier:
        if words.has(.count, k, in: context.document) { return -1 }
      case .none, .determiner, .adverb, .adjective, .be, .have, .do, .modal, .nameConnector, .objectPreposition:
        break
      default:
        return -1
      }
      k -= 1
    }
    return -1
  }

  /// Most words between `than` and the hedge: `most diplomats in the
  /// region had`.
  static let maxStandardWords = 6
}
