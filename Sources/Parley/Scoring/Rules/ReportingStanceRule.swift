/// Reporting verbs carry their own stance: "insisted" (s > 0) asserts and
/// removes `s × reportAssertWeight` hedge mass; "claimed" (s < 0) distances
/// and adds `|s| × reportDistanceWeight`; "said" (s = 0) does nothing.
public struct ReportingStanceRule: StanceRule {
  public let name = "report-stance"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.report.bit }
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let p = context.parameters
    for i in 0..<s.count where s[i].category == .report && s[i].weight != 0 {
      let w = s[i].weight
      s.setValue(w > 0 ? -w * p.reportAssertWeight : -w * p.reportDistanceWeight, axis: s[i].axis, of: i)
      s.record(w > 0 ? .reportAssert : .reportDistance, on: i, factor: 1, trigger: i)
    }
  }
}
