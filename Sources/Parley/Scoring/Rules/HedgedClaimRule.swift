/// A hedge lowers the commitment of the claim it governs, so evaluative
/// terms after it in the same clause count `1 − hedgedValenceDamping × w`
/// times ("the talks may prove productive"). Conditionals have their own
/// rule; a negated hedge (already a booster) does not damp. A booster
/// right after an epistemic hedge is the attitude the hedge reports, not
/// the writer's certainty, and removes no hedge mass ("each side appears
/// convinced that …", "seemed certain").
public struct HedgedClaimRule: StanceRule {
  public let name = "hedged-claim"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.hedgeModal.bit | LexiconCategory.hedgeEpistemic.bit | LexiconCategory.hedgeApproximator.bit | LexiconCategory.hedgeShield.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let damping = context.parameters.hedgedValenceDamping
    for i in 0..<s.count where s[i].category.isHedge && s[i].category != .hedgeConditional && s[i].value > 0 {
      let w = s[i].weight
      if s[i].category == .hedgeEpistemic, let b = s.governed(by: i, from: i + 1, window: 1, where: { $0.category == .booster }) {
        s.apply(.hedgedClaim, to: b, factor: 0, trigger: i)
      }
      var next = s.governed(by: i, from: i + 1, window: Int.max, where: { $0.category == .valence })
      while let j = next {
        s.apply(.hedgedClaim, to: j, factor: 1 - damping * w, trigger: i)
        next = s.governed(by: i, from: j + 1, window: Int.max, where: { $0.category == .valence })
      }
    }
  }
}
