/// A modal inside an indirect question asks; it does not hedge the
/// writer's claim: "ended without a deal on how many diplomats each
/// country may station", "left unresolved whether Niger would return",
/// "talks on what role the bloc could play". A modal hedge with a question
/// word (`how`, `what`, `whether`, … in `grammar.tsv`) before it in its
/// clause, at most `indirectQuestionWindow` tokens back, counts for nothing.
/// The words that say the matter is open carry the hedge themselves
/// ("unclear how", "whether"). Not in a sentence that is itself a question
/// (`QuestionRule` reads those).
///
/// So does a modal in a clause of time, which says when, not how likely:
/// "would need repairs before it could reopen", "rewrote its text three
/// times before it could be put to a vote". The clause's word (`before`,
/// `until`, `after`, `since`: `time-preposition` in `grammar.tsv`) stands
/// before the modal with only its subject between, a few words with no
/// verb, preposition or conjunction ("before any broader peace treaty
/// could be signed", not "since the war began can be cut", "before the
/// end of the month could").
///
/// A modal in a clause that describes a noun (a relative clause or the
/// noun's complement) hedges it by `relativeClauseFactor` only: "a
/// sentence that everybody could sign", "a pause that Moscow could use to
/// rearm" say what the thing is for, not that the writer's claim is
/// uncertain. The noun is a plain lower-case word before `that`, `which`
/// or `who` that opens a phrase (`describedNoun`); after a verb in -ed, a
/// cue of reporting or hedging, or a verb's base form ("shown that",
/// "said that", "possible that", "does not mean that") the clause is a
/// claim and keeps its modal. So is the clause of a phrase set off after a
/// comma or a dash, which sums up the event before it ("…, a step that
/// could take months": `isAppositive`).
public struct IndirectQuestionRule: StanceRule {
  public let name = "indirect-question"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.hedgeModal.bit }
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    guard !s.isQuestion else { return }
    let window = context.parameters.indirectQuestionWindow
    for j in 0..<s.count where s[j].category == .hedgeModal && s[j].value > 0 {
      // (The trigger is a word, no cue: -1.)
      switch opener(before: Int(s[j].start), floor: s.tokens.lowerBound, window: window, s, context) {
      case .question: s.apply(.indirectQuestion, to: j, factor: 0, trigger: -1)
      case .time: s.apply(.timeClause, to: j, factor: 0, trigger: -1)
      case .relative: s.apply(.relativeClause, to: j, factor: context.parameters.relativeClauseFactor, trigger: -1)
      case nil: break
      }
    }
  }

  /// What opens a modal's clause when it asks, says when or describes a
  /// noun.
  enum Opener { case question, time, relative }

  /// The word that opens the clause of the modal at `start`, read in one
  /// walk back:
  /// - a question word within `window` tokens in the same clause (the walk
  ///   stops at punctuation and at `that`);
  /// - else, past the clause's subject (at most `maxClauseSubject` plain
  ///   words: no verb, auxiliary, preposition or conjunction), a word of
  ///   time (with a subject), or `that`, `which` or `who` after a plain
  ///   noun.
  private func opener<Cues: RuleCues>(before start: Int, floor: Int, window: Int, _ s: Cues, _ context: RuleContext) -> Opener? {
    var k = start - 1
    // The subject's opener, once its words end (`decided`).
    var found: Opener? = nil
    var decided = false
    let reach = max(window, Self.maxClauseSubject + 1)
    while k >= floor, start - k <= reach {
      if context.document.tokens[k].kind == .punctuation { break }
      let w = context.wordClass(k)
      if w == .wh && start - k <= window { return opensCleft(k, modal: start, s, context) ? nil : .question }
      if w == .that {
        if !decided { found = describedNoun(k - 1, floor: floor, s, context) ? .relative : nil }
        break
      }
      if !decided {
        if start - k > Self.maxClauseSubject + 1 {
          decided = true
        } else if w == .timePreposition {
          (found, decided) = (k < start - 1 ? .time : nil, true)
        } else if w == .relative {
          (found, decided) = (describedNoun(k - 1, floor: floor, s, context) ? .relative : nil, true)
        } else if w.isAuxiliary || w.isPreposition || w.isCoordinator || w == .pastVerb || w == .wh || endsInED(k, context) {
          decided = true
        }
      }
      // (Past the window, only the subject's walk goes on.)
      if decided && start - k >= window { break }
      k -= 1
    }
    return found
  }

  /// Whether the question word at `k` opens the unit as the subject of a
  /// cleft whose modal at `modal` is the claim's own: "What might change
  /// the calculation is pressure", "What may have changed is their
  /// sense …" (pressure might change it). The word is the unit's first
  /// (after any opening quotation mark), and a form of `be` follows the
  /// modal's verb group within `cleftReach` tokens, with words only
  /// between, and no hedge right after it: in "What might happen next is
  /// unclear" the question stays one.
  private func opensCleft<Cues: RuleCues>(_ k: Int, modal: Int, _ s: Cues, _ context: RuleContext) -> Bool {
    guard k == context.firstAfterQuotes(s.tokens) else { return false }
    let all = context.document.tokens
    // Past the modal's own auxiliaries (`may have`, `might be`).
    var b = modal + 1
    while b < s.tokens.upperBound, all[b].kind == .word, context.wordClass(b).isAuxiliary { b += 1 }
    while b < s.tokens.upperBound, b <= modal + Self.cleftReach {
      guard all[b].kind == .word || all[b].kind == .clitic else { return false }
      if context.wordClass(b) == .be {
        guard b + 1 < s.tokens.upperBound else { return false }
        for c in 0..<s.count where Int(s[c].start) == b + 1 && s[c].category.isHedge { return false }
        return true
      }
      b += 1
    }
    return false
  }

  /// Most tokens from a cleft's modal to its `be`.
  static let cleftReach = 6

  /// The noun a clause after it describes: a plain lower-case word (no
  /// verb in -ed, no cue of reporting or hedging) that a determiner,
  /// quantifier or number opens, perhaps with one modifier between (`a
  /// sentence`, `a partial text`), or a plural after a plain word or a
  /// preposition (`public statements`, `on steps`). Not a verb's base
  /// form after a negation, an auxiliary or `to` (`did not say that`,
  /// `does not mean that`).
  private func describedNoun<Cues: RuleCues>(_ k: Int, floor: Int, _ s: Cues, _ context: RuleContext) -> Bool {
    guard k > floor, isPlainLowerWord(k, context), !endsInED(k, context) else { return false }
    for c in 0..<s.count where Int(s[c].start) <= k && k < Int(s[c].end) && (s[c].category == .report || s[c].category.isHedge) {
      return false
    }
    if opensPhrase(k - 1, context) { return !isAppositive(k - 1, floor: floor, context) }
    if k - 1 > floor, isPlainLowerWord(k - 1, context), opensPhrase(k - 2, context) { return !isAppositive(k - 2, floor: floor, context) }
    let t = context.document.tokens[k]
    let plural = context.document.text[Int(t.end) - 1] == UInt8(ascii: "s")
    return plural && (isPlainLowerWord(k - 1, context) || context.wordClass(k - 1).isPreposition)
  }

  /// Whether the noun phrase opened at `opener` is set off after a comma
  /// or a dash: an appositive that sums up the clause before it (`…, a
  /// step that could take months`, `…, a choice that could split its
  /// ranks`). Its clause is the writer's forecast of what the event leads
  /// to, not a description of a thing, and keeps its modal: 16 of the 17
  /// dev paragraphs with such a clause are labelled hedged.
  private func isAppositive(_ opener: Int, floor: Int, _ context: RuleContext) -> Bool {
    opener - 1 >= floor && context.isCommaOrDash(opener - 1)
  }

  /// A word of no grammar class in lower case.
  private func isPlainLowerWord(_ k: Int, _ context: RuleContext) -> Bool {
    let t = context.document.tokens[k]
    return t.kind == .word && context.document.text[Int(t.start)] &- UInt8(ascii: "a") < 26 && context.wordClass(k) == .none
  }

  /// A determiner, quantifier, adjective of the grammar or number: the
  /// start of a noun phrase.
  private func opensPhrase(_ k: Int, _ context: RuleContext) -> Bool {
    let w = context.wordClass(k)
    return w == .determiner || w == .quantifier || w == .adjective || context.document.tokens[k].kind == .number
  }

  /// A word in -ed (longer than three letters): a verb's form. ("since
  /// the war began" ends in an irregular one, `pastVerb`.)
  private func endsInED(_ k: Int, _ context: RuleContext) -> Bool {
    let t = context.document.tokens[k]
    return t.end - t.start > 3 && context.document.text[Int(t.end) - 1] == UInt8(ascii: "d")
      && context.document.text[Int(t.end) - 2] == UInt8(ascii: "e")
  }

  /// Most words between a clause's opening word and its modal: the
  /// subject (`it`, `any broader peace treaty`, `everybody`).
  static let maxClauseSubject = 4
}
