/// "but", "yet", "however": the writer leans on what follows. With a contrast
/// marker of weight w inside a sentence, valence before it counts `1 −
/// contrastDiscount × w` times and valence after it `1 + contrastBoost × w` times ("productive,
/// but far apart" is negative). A sentence that opens with the marker ("But
/// this was no breakthrough.") counts `1 + contrastBoost × w` times as a
/// whole; the sentence before it is left alone.
public struct ContrastRule: StanceRule {
  public let name = "contrast"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.contrast.bit }
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let boost = context.parameters.contrastBoost
    for i in 0..<s.count where s[i].category == .contrast {
      let marker = s[i]
      let w = marker.weight
      let opensSentence = context.document.tokens[s.tokens.lowerBound..<Int(marker.start)].allSatisfy { $0.kind == .quote || $0.kind == .punctuation }
      for j in 0..<s.count where s[j].category == .valence {
        if opensSentence || s[j].start >= marker.end {
          s.apply(.contrastAfter, to: j, factor: 1 + boost * w, trigger: i)
        } else {
          s.apply(.contrastBefore, to: j, factor: 1 - context.parameters.contrastDiscount * w, trigger: i)
        }
      }
    }
  }
}
