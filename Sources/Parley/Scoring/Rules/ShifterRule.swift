/// Verbs of ending, removing or preventing reverse the evaluation of what
/// they act on: "ending a dispute", "lifted the sanctions", "averted a
/// collapse" are good news; "ended the ceasefire", "destroyed any hope" are
/// bad news. A shifter of weight w turns the valence `v` of its object into
/// `-shifterScale × w × v`:
/// - the object is the first valence term after it in the same clause,
///   with at most `shifterWindow` content words between ("lifted [the]
///   sanctions", "ending [three weeks of] clashes": determiners,
///   quantifiers and `of` do not count), and no other preposition
///   between (the massacre of "suspended after the massacre" is not the
///   object: the subject is);
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
      if let j = object(of: i, s, context) {
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
      // A noun phrase right after the shifter is its object, even with
      // nothing evaluative in it: "the accord ended the fighting season"
      // does not end the accord.
      if context.opensNounPhrase(at: Int(s.cues[i].end), before: s.tokens.upperBound) { continue }
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

  /// The shifter's object: the first valence term after cue `i` in its
  /// clause, within `shifterObjectSpan` tokens, with no preposition,
  /// conjunction or verb group between, and either at most
  /// `shifterWindow` content words between (`RuleContext.contentWords`) or
  /// a noun phrase opening right after the shifter, which the term ends:
  /// "ending [nearly three years of sporadic border] clashes".
  private func object(of i: Int, _ s: SentenceState, _ context: RuleContext) -> Int? {
    let p = context.parameters
    let trigger = s.cues[i]
    let clauseID = s.clauseOf(trigger.start)
    var j = i + 1
    while j < s.cues.count {
      let c = s.cues[j]
      let gap = Int(c.start - trigger.end)
      if gap > max(p.shifterWindow, p.shifterObjectSpan) { return nil }
      if c.start >= trigger.end, s.clauseOf(c.start) == clauseID, c.category == .valence {
        let between = Int(trigger.end)..<Int(c.start)
        // A term behind a preposition is not the object: in "suspended
        // indefinitely after the massacre" the massacre was not suspended.
        if context.breaksNounPhrase(in: between) { return nil }
        if gap <= p.shifterWindow || context.contentWords(in: between) <= p.shifterWindow || context.opensNounPhrase(at: Int(trigger.end), before: Int(c.start)) { return j }
        return nil
      }
      j += 1
    }
    return nil
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
