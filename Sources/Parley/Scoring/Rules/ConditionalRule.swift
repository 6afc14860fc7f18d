/// "if", "unless", "provided that": what the conditional clause evaluates is
/// not asserted. Valence after the marker in its clause counts
/// `conditionalValenceScale` times ("if the ceasefire holds"); the marker's
/// own weight counts as hedge mass like any hedge.
public struct ConditionalRule: StanceRule {
  public let name = "conditional"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.hedgeConditional.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let scale = context.parameters.conditionalValenceScale
    for i in 0..<s.count where s[i].category == .hedgeConditional {
      var next = s.governed(by: i, from: i + 1, window: Int.max, where: { $0.category == .valence })
      while let j = next {
        s.apply(.conditional, to: j, factor: scale, trigger: i)
        next = s.governed(by: i, from: j + 1, window: Int.max, where: { $0.category == .valence })
      }
    }
  }
}
