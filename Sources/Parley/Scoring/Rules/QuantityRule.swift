/// An approximator whose word the grammar marks `approximation` (`about`,
/// `around`: `MarkedEntries.approximation`) hedges a quantity only: before
/// a number (`about 40`, `around $5 billion`: a symbol, then a number) or
/// a quantifier (`about forty`, `around a dozen` is a phrase of its own).
/// Before anything else it is a preposition of topic or place (`talk
/// about Lebanon`, `about the border`, `around the city`, `what it is
/// about`) and hedges nothing: its value is set to 0 and recorded as
/// `no-quantity`.
public struct QuantityRule: StanceRule {
  public let name = "no-quantity"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.hedgeApproximator.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let marked = context.marked.approximation
    guard !marked.isEmpty else { return }
    for i in 0..<s.count where s[i].category == .hedgeApproximator && s[i].value != 0 && marked.contains(s[i].entry) {
      if !Self.quantityFollows(Int(s[i].end), context) {
        s.apply(.noQuantity, to: i, factor: 0, trigger: i)
      }
    }
  }

  /// Whether a number, a symbol and a number, or a quantifier starts at
  /// token `k`.
  static func quantityFollows(_ k: Int, _ context: RuleContext) -> Bool {
    let tokens = context.document.tokens
    guard k < tokens.count else { return false }
    if tokens[k].kind == .word { return context.wordClass(k) == .quantifier }
    return number(at: k, before: tokens.count, tokens) != nil
  }

  /// The token of the number at token `k` (before `limit`): `k` itself,
  /// or the number right after a symbol there (`$5`); nil otherwise.
  static func number(at k: Int, before limit: Int, _ tokens: [Token]) -> Int? {
    switch tokens[k].kind {
    case .number: return k
    case .punctuation: return k + 1 < limit && tokens[k + 1].kind == .number && tokens[k].end == tokens[k + 1].start ? k + 1 : nil
    default: return nil
    }
  }
}
