/// A question asks rather than asserts: a sentence ending in `?` gets
/// `questionHedge` hedge mass and its valence counts
/// `questionValenceScale` times. A quoted question inside a statement that
/// ends with a period ("“Why now?” she asked.") is not a question sentence.
public struct QuestionRule: StanceRule {
  public let name = "question"
  public init() {}
  public var readsClauses: Bool { false }
  /// Called only for a question (not for every sentence).
  public var triggers: UInt32 { SentenceState.questionTrigger }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    guard s.isQuestion else { return }
    let p = context.parameters
    s.addHedge(name, mass: p.questionHedge, token: Int32(s.tokens.upperBound - 1))
    for j in 0..<s.count where s[j].category == .valence {
      s.apply(.question, to: j, factor: p.questionValenceScale, trigger: -1)
    }
  }
}
