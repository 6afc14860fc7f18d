import Parley

/// The text `parley explain` prints.
enum ExplainTable {
  static func render(_ score: DocumentScore, document: Document) -> String {
    var out = ""
    for paragraph in score.paragraphs {
      for s in score.sentences[paragraph.sentences] {
        out += "sentence \(s.index + 1) (paragraph \(paragraph.index + 1)): \(document.string(s.span))\n"
        if s.evidence.isEmpty {
          out += "  (no cues)\n"
        } else {
          out += indent(table(
            ["cue", "category", "weight", "value", "delta", "axis", "rules", "origin"],
            s.evidence.map { e in
              [e.text, e.rule, formatNumber(e.weight, digits: 2), formatNumber(e.value, digits: 3), formatNumber(e.delta, digits: 3), e.axis, e.rules.isEmpty ? "-" : e.rules.joined(separator: "; "), e.origin ?? "-"]
            }))
        }
        out += "  = optimism \(formatNumber(s.stance.optimism, digits: 3)) (\(s.stance.optimismLabel.rawValue)), hedging \(formatNumber(s.stance.hedging, digits: 3)) (\(s.stance.hedgingLabel.rawValue))\n\n"
      }
      if score.paragraphs.count > 1 {
        let context = paragraph.ownOptimism == paragraph.stance.optimism ? "" : " in its article; its own words \(formatNumber(paragraph.ownOptimism, digits: 3))"
        out += "paragraph \(paragraph.index + 1): optimism \(formatNumber(paragraph.stance.optimism, digits: 3)) (\(paragraph.stance.optimismLabel.rawValue))\(context), hedging \(formatNumber(paragraph.stance.hedging, digits: 3)) (\(paragraph.stance.hedgingLabel.rawValue))\n\n"
      }
    }
    out += "document (\(score.model) model): optimism \(formatNumber(score.stance.optimism, digits: 3)) (\(score.stance.optimismLabel.rawValue)), hedging \(formatNumber(score.stance.hedging, digits: 3)) (\(score.stance.hedgingLabel.rawValue))\n"
    return out
  }

  static func indent(_ s: String) -> String {
    s.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
  }
}
