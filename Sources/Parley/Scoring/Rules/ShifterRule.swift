/// Verbs of ending, removing or preventing reverse the evaluation of what
/// they act on: "ending a dispute", "lifted the sanctions", "averted a
/// collapse" are good news; "ended the ceasefire", "destroyed any hope" are
/// bad news. A shifter of weight w turns the valence `v` of its object into
/// `-shifterScale × w × v`:
/// - the object is the first valence term within `shifterWindow` tokens
///   after it, in the same clause ("lifted [the] sanctions");
/// - with no such term, it is the nearest valence term before it in the
///   clause, at most `shifterSubjectWindow` tokens away: the subject of an
///   intransitive or passive use ("shelling eased", "the dispute was
///   resolved", "hopes faded"), with the terms of its sign before it in
///   the subject ("hopes for an early agreement have faded");
/// - in both cases the terms of the same sign that follow in the clause
///   describe the object and go with it, within `shifterObjectSpan`.
/// A negator between the shifter and its object takes over ("ended
/// without an agreement"). A shifter entry of weight 0 masks a phrase
/// where the verb does not shift ("ended in", "ended with"). Unlike negation the flip is symmetric.
public struct ShifterRule: StanceRule {
  public let name = "shifter"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.shifter.bit }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) {
    let p = context.parameters
    for i in s.cues.indices where s.cues[i].category == .shifter && s.cues[i].weight > 0 {
      if s.firstApplied(on: i, .negation) != nil { continue }
      let factor = -p.shifterScale * s.cues[i].weight
      if let j = s.governed(by: i, from: i + 1, window: p.shifterWindow, where: { $0.category == .valence }) {
        // A negator in between governs the term instead: "ended without an
        // agreement" is a failure, not the end of an agreement.
        let blocked = s.cues[(i + 1)..<j].contains { $0.category == .negator }
        if blocked { continue }
        s.apply(.shifter, to: j, factor: factor, trigger: i)
        // What describes the object goes with it: "ending a dispute that
        // has dragged on", "ending three weeks of clashes and the suffering
        // they caused".
        reversePhrase(of: j, step: 1, &s, factor: factor, trigger: i, span: p.shifterObjectSpan)
        continue
      }
      let clauseID = s.clauseOf(s.cues[i].start)
      if let j = s.cues.indices.last(where: { $0 < i && s.cues[$0].category == .valence && s.cues[$0].end <= s.cues[i].start && s.clauseOf(s.cues[$0].start) == clauseID }),
        Int(s.cues[i].start - s.cues[j].end) <= p.shifterSubjectWindow
      {
        s.apply(.shifter, to: j, factor: factor, trigger: i)
        // The whole subject goes: in "hopes for an early agreement have
        // faded" the head is "hopes".
        reversePhrase(of: j, step: -1, &s, factor: factor, trigger: i, span: p.shifterObjectSpan)
      }
    }
  }

  /// Reverses, with the term `j` the shifter took, the terms of the same
  /// sign beside it in its clause (`step` 1: after it, -1: before it)
  /// within `span` tokens, up to the first modifier: the rest of the phrase
  /// that term belongs to.
  private func reversePhrase(of j: Int, step: Int, _ s: inout SentenceState, factor: Double, trigger i: Int, span: Int) {
    let clauseID = s.clauseOf(s.cues[j].start)
    let sign = s.cues[j].weight > 0
    var k = j + step
    while k >= 0, k < s.cues.count, s.clauseOf(s.cues[k].start) == clauseID {
      let c = s.cues[k]
      let gap = step > 0 ? Int(c.start - s.cues[j].end) : Int(s.cues[j].start - c.end)
      if gap > span || (c.category != .valence && c.axis == nil) { break }
      if c.category == .valence && c.weight != 0 && (c.weight > 0) == sign && c.appliedCount == 0 {
        s.apply(.shifter, to: k, factor: factor, trigger: i)
      }
      k += step
    }
  }
}
