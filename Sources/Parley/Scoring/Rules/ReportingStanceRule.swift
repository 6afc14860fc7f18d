/// Reporting verbs carry their own stance: "insisted" (s > 0) asserts and
/// removes `s × reportAssertWeight` hedge mass; "claimed" (s < 0) distances
/// and adds `|s| × reportDistanceWeight`; "said" (s = 0) does nothing. A
/// denied assertion asserts nothing: "recovery was not guaranteed",
/// "nothing is guaranteed" (a negator at most `deniedReportGap` tokens
/// before an asserting cue, or one that negated the booster the same
/// words are: "nothing about this is guaranteed") leave the hedge mass
/// alone.
///
/// They also put what they report into the past: a modal marked
/// `backshift` in the grammar lexicon (`would`) after a reporting cue of
/// any stance in the unit, or anywhere in the content of reported speech
/// (`SentenceState.isReportedSpeech`; the trigger is then -1), is the past
/// of `will` ("said the talks would resume": a plain future), and keeps
/// `backshiftHedgeScale` of its hedge. Before the reporting cue it stays a
/// hedge: "the deal would collapse, he said" may be the speaker's own
/// conditional.
public struct ReportingStanceRule: StanceRule {
  public let name = "report-stance"
  public init() {}
  /// Reporting cues, and modal hedges (a backshifted one is read against a
  /// reporting cue of weight 0, which triggers nothing by itself).
  public var triggers: UInt32 { LexiconCategory.report.bit | LexiconCategory.hedgeModal.bit }
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let p = context.parameters
    var firstReport = s.isReportedSpeech ? -1 : Int.max
    for i in 0..<s.count where s[i].category == .report {
      firstReport = min(firstReport, i)
      let w = s[i].weight
      if w == 0 || (w > 0 && (Self.isDenied(i, s) || Self.deniedAsBooster(i, s))) { continue }
      s.setValue(w > 0 ? -w * p.reportAssertWeight : -w * p.reportDistanceWeight, axis: s[i].axis, of: i)
      s.record(w > 0 ? .reportAssert : .reportDistance, on: i, factor: 1, trigger: i)
    }
    guard firstReport < s.count - 1 else { return }
    for j in (firstReport + 1)..<s.count where s[j].category == .hedgeModal && s[j].value > 0 {
      guard context.marked.backshift.contains(s[j].entry) else { continue }
      s.apply(.backshift, to: j, factor: p.backshiftHedgeScale, trigger: firstReport)
    }
  }

  /// Whether the same words as cue `i` are also a booster that negation
  /// has reached (further off than `deniedReportGap`: in "nothing about
  /// this is guaranteed" the negated booster hedges, and the report it
  /// also is asserts nothing).
  static func deniedAsBooster<Cues: RuleCues>(_ i: Int, _ s: Cues) -> Bool {
    // The cues of the same start stand together (cues are in order).
    var k = i
    while k > 0, s[k - 1].start == s[i].start { k -= 1 }
    while k < s.count, s[k].start == s[i].start {
      if k != i, s[k].category == .booster, s[k].end == s[i].end, s.negatedBy(k, orBooster: true) != nil { return true }
      k += 1
    }
    return false
  }

  /// Most tokens between a negator and the asserting cue it denies (`is`
  /// in "nothing is guaranteed").
  static let deniedReportGap: Int32 = 2

  /// Whether a negator stands right before cue `i` (at most
  /// `deniedReportGap` tokens between).
  static func isDenied<Cues: RuleCues>(_ i: Int, _ s: Cues) -> Bool {
    var k = i - 1
    while k >= 0 {
      if s[k].category == .negator && s[k].end <= s[i].start { return s[i].start - s[k].end <= deniedReportGap }
      if s[i].start - s[k].end > deniedReportGap { return false }
      k -= 1
    }
    return false
  }
}
