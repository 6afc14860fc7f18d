/// "although", "despite", "even though": the clause the marker opens is
/// conceded, not asserted. Valence in that clause, after the marker, counts
/// `1 − w` times ("despite its huge losses, Russia ...").
public struct ConcessiveRule: StanceRule {
  public let name = "concessive"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.concessive.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    for i in 0..<s.count where s[i].category == .concessive {
      let w = s[i].weight
      var next = s.governed(by: i, from: i + 1, window: Int.max, where: { $0.category == .valence })
      while let j = next {
        s.apply(.concessive, to: j, factor: 1 - w, trigger: i)
        next = s.governed(by: i, from: j + 1, window: Int.max, where: { $0.category == .valence })
      }
    }
  }
}
