/// Intensifiers and dampeners scale the evaluative term that follows them
/// within `intensifierWindow` tokens in the same clause: "really
/// constructive" counts 1 + w times, "somewhat productive" 1 − w times.
/// Chains multiply ("really very constructive"). Does not fire across a
/// comma or on a hedge or booster ("very likely" is left to the hedges),
/// nor before `than` and a count ("more than 800 prisoners").
public struct IntensifierRule: StanceRule {
  public let name = "intensifier"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.intensifier.bit | LexiconCategory.dampener.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    for i in 0..<s.count where s[i].category == .intensifier || s[i].category == .dampener {
      // Before `than` and a count the word compares a number ("more than
      // 800 political prisoners"), and scales no term.
      let end = Int(s[i].end)
      if end + 1 < s.tokens.upperBound, context.document.tokens[end].kind == .word, context.marked.words.has(.standard, end, in: context.document),
        ShortfallRule.count(after: end + 1, before: s.tokens.upperBound, context) != nil
      { continue }
      let w = s[i].weight
      let factor = s[i].category == .intensifier ? 1 + w : 1 - w
      let rule: RuleName = s[i].category == .intensifier ? .intensifier : .dampener
      if let j = s.governed(by: i, from: i + 1, window: context.parameters.intensifierWindow, where: { $0.category == .valence }) {
        s.apply(rule, to: j, factor: factor, trigger: i)
      }
    }
  }
}
