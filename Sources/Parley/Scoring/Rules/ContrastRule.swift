/// "but", "yet", "however": the writer leans on what follows. With a contrast
/// marker of weight w inside a sentence, valence before it counts `1 −
/// contrastDiscount × w` times and valence after it `1 + contrastBoost × w` times ("productive,
/// but far apart" is negative). A sentence that opens with the marker ("But
/// this was no breakthrough.") counts `1 + contrastBoost × w` times as a
/// whole; the sentence before it is left alone.
///
/// A marker that is also an adverb contrasts only where it opens a clause
/// (`contrasts(_:in:_:)`): "the sanctions are still in force" and "the
/// most substantial step yet in the talks" weigh nothing down.
public struct ContrastRule: StanceRule {
  public let name = "contrast"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.contrast.bit }
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let boost = context.parameters.contrastBoost
    for i in 0..<s.count where s[i].category == .contrast {
      let marker = s[i]
      let w = marker.weight
      let opensSentence = context.document.tokens[s.tokens.lowerBound..<Int(marker.start)].allSatisfy { $0.kind == .quote || $0.kind == .punctuation }
      if !opensSentence && !Self.contrasts(marker, in: s.tokens, context) { continue }
      for j in 0..<s.count where s[j].category == .valence {
        if opensSentence || s[j].start >= marker.end {
          s.apply(.contrastAfter, to: j, factor: 1 + boost * w, trigger: i)
        } else {
          s.apply(.contrastBefore, to: j, factor: 1 - context.parameters.contrastDiscount * w, trigger: i)
        }
      }
    }
  }

  /// Cue `c` opens a clause, so that the scope of a negator, hedge or
  /// shifter before it ends there (`SentenceScorer.markClauses`,
  /// `RuleRows.markClauses`): every concessive and conditional opener, and
  /// a contrast marker only where it contrasts. "Neither capital had yet
  /// agreed" keeps the agreement in the negator's scope.
  @inline(__always)
  static func opensClause(_ c: Cue, in tokens: Range<Int>, _ context: RuleContext) -> Bool {
    c.category.opensClause && (c.category != .contrast || contrasts(c, in: tokens, context))
  }

  /// Marker `marker`, inside unit `tokens` and not at its start, contrasts
  /// what comes before it. It does after punctuation or a coordinator
  /// (", still", "and yet", "; however,"), and when it is more than one
  /// word. A lone word that `grammar.tsv` calls an adverb (`still`,
  /// `however`, `instead`) inside a clause does not: "the sanctions are
  /// still in force" goes on, it does not turn. Nor does a lone `but`/`yet`
  /// that closes a phrase, before punctuation or a preposition, or at the
  /// unit's end: "the most substantial step yet in the talks", "the best
  /// offer yet." ("Productive but far apart" and "welcome but that …"
  /// still turn.) Nor a lone word right after an auxiliary or a negation
  /// ("had yet agreed"). A marker that does not contrast opens no clause
  /// either (`opensClause(_:in:_:)`).
  static func contrasts(_ marker: Cue, in tokens: Range<Int>, _ context: RuleContext) -> Bool {
    let first = Int(marker.start)
    let end = Int(marker.end)
    let previous = first - 1
    var before = WordClass.none
    if previous >= tokens.lowerBound {
      if context.document.tokens[previous].kind == .punctuation { return true }
      before = context.wordClass(previous)
      switch before {
      case .and, .or, .but: return true
      default: break
      }
    }
    if end - first > 1 { return true }
    // Right after an auxiliary or a negation the word is an adverb of the
    // verb phrase: "neither capital had yet agreed", "is yet another
    // delay" go on, they do not turn.
    if before.isAuxiliary || before == .negation { return false }
    switch context.wordClass(first) {
    case .adverb: return false
    case .but:
      guard end < tokens.upperBound, context.document.tokens[end].kind != .punctuation else { return false }
      // (`but that` goes on contrasting: `welcome but that the valley
      // remained …`.)
      return !context.wordClass(end).isPreposition
    default: return true
    }
  }
}
