/// Reporting verbs carry their own stance: "insisted" (s > 0) asserts and
/// removes `s × reportAssertWeight` hedge mass; "claimed" (s < 0) distances
/// and adds `|s| × reportDistanceWeight`; "said" (s = 0) does nothing.
public struct ReportingStanceRule: StanceRule {
  public let name = "report-stance"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.report.bit }
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) {
    let p = context.parameters
    for i in s.cues.indices where s.cues[i].category == .report && s.cues[i].weight != 0 {
      let w = s.cues[i].weight
      s.cues[i].value = w > 0 ? -w * p.reportAssertWeight : -w * p.reportDistanceWeight
      s.record(w > 0 ? .reportAssert : .reportDistance, on: i, factor: 1, trigger: i)
    }
  }
}
