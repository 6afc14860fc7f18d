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
      if hasQuestionWord(before: Int(s[j].start), floor: s.tokens.lowerBound, window: window, context) {
        s.apply(.indirectQuestion, to: j, factor: 0, trigger: -1)
      } else if opensTimeClause(before: Int(s[j].start), floor: s.tokens.lowerBound, context) {
        s.apply(.timeClause, to: j, factor: 0, trigger: -1)
      }
    }
  }

  /// Whether a word of time opens the clause of the modal at `start`, its
  /// subject (at most `maxTimeClauseSubject` plain words: no verb,
  /// auxiliary, preposition, conjunction or punctuation) between.
  private func opensTimeClause(before start: Int, floor: Int, _ context: RuleContext) -> Bool {
    var k = start - 1
    while k >= floor, start - k <= Self.maxTimeClauseSubject + 1 {
      let t = context.document.tokens[k]
      if t.kind == .punctuation { return false }
      let w = context.wordClass(k)
      if w == .timePreposition { return k < start - 1 }
      if w.isAuxiliary || w.isPreposition || w.isCoordinator || w == .pastVerb || w == .that || w == .relative || w == .wh { return false }
      // (A word in -ed is a verb's: "since the war began" ends in one only
      // when irregular, `pastVerb`.)
      if context.document.text[Int(t.end) - 1] == UInt8(ascii: "d"), t.end - t.start > 3,
        context.document.text[Int(t.end) - 2] == UInt8(ascii: "e")
      {
        return false
      }
      k -= 1
    }
    return false
  }

  /// Most words between a clause's word of time and its modal: the
  /// subject (`it`, `any broader peace treaty`).
  static let maxTimeClauseSubject = 4

  /// Whether a question word stands within `window` tokens before token
  /// `start` (none before `floor`) in the same clause: the walk stops at
  /// punctuation and at `that`.
  private func hasQuestionWord(before start: Int, floor: Int, window: Int, _ context: RuleContext) -> Bool {
    var k = start - 1
    while k >= floor, start - k <= window {
      if context.document.tokens[k].kind == .punctuation { return false }
      let w = context.wordClass(k)
      if w == .wh { return true }
      if w == .that { return false }
      k -= 1
    }
    return false
  }
}
