/// "although", "despite", "even though": the clause the marker opens is
/// conceded, not asserted. Valence in that clause, after the marker, counts
/// `1 − w` times ("despite its huge losses, Russia ...").
public struct ConcessiveRule: StanceRule {
  public let name = "concessive"
  public init() {}

  public func apply(_ s: inout SentenceState, _ context: RuleContext) {
    for i in s.cues.indices where s.cues[i].category == .concessive {
      let w = s.cues[i].weight
      for j in s.governed(by: i, window: Int.max, where: { $0.category == .valence }) {
        s.apply(name, to: j, factor: 1 - w, trigger: i)
      }
    }
  }
}
