import Testing

@testable import Parley

/// A small lexicon written for the rule tests, so that they do not move
/// when the real lexicons are tuned.
enum RuleLexicon {
  static let text = """
    [valence]
    productive\tvalence\t2
    constructive\tvalence\t1.5
    progress\tvalence\t1.5
    breakthrough\tvalence\t3
    impasse\tvalence\t-2
    bad\tvalence\t-1.5
    war\tvalence\t-1
    ceasefire\tvalence\t1
    tensions\tvalence\t-1
    prisoners of war\tvalence\t0
    hope\tvalence\t1.5
    brokered\tvalence\t1
    escalate\tvalence\t-2
    broke down\tvalence\t-2
    dispute\tvalence\t-1
    rally\tvalence\t1
    amicably\tvalence\t1
    dangerously\tvalence\t-2
    casualties\tvalence\t-2
    no accord\tvalence\t-1.5
    ratified\tvalence\t1
    plunged\tvalence\t-1.5
    slid\tvalence\t-1
    rejected\tvalence\t-1
    is another question\tvalence\t-1
    [hedges and boosters]
    may\thedge.modal\t0.6
    could\thedge.modal\t0.5
    appeared\thedge.epistemic\t0.6
    if\thedge.conditional\t0.5
    clearly\tbooster\t0.8
    no doubt\tbooster\t1
    guaranteed\tbooster\t0.7
    possible\thedge.epistemic\t0.6
    [modifiers]
    not\tnegator\t1
    no\tnegator\t1
    n't\tnegator\t1
    scant\tnegator\t0.9
    no sign of\tnegator\t1
    doubted that\tnegator\t0.6
    really\tintensifier\t0.3
    very\tintensifier\t0.3
    somewhat\tdampener\t0.4
    but\tcontrast\t0.5
    however\tcontrast\t0.5
    despite\tconcessive\t0.6
    ended\tshifter\t1
    stops\tshifter\t0.9
    ending\tshifter\t1
    eased\tshifter\t0.8
    faded\tshifter\t0.9
    ended in\tshifter\t0
    after months of\tshifter\t0.6
    avoid\tshifter\t0.8
    resolved\tshifter\t1
    plunged\tshifter\t0.6
    slid\tshifter\t0.6
    plunged\tgrammar.verb\t1\tmark: fall
    [grammar]
    the\tgrammar.determiner\t1
    a\tgrammar.determiner\t1
    all\tgrammar.quantifier\t1
    three\tgrammar.quantifier\t1
    of\tgrammar.name-connector\t1\tmark: possessor
    after\tgrammar.preposition\t1
    is\tgrammar.be\t1
    was\tgrammar.be\t1
    were\tgrammar.be\t1
    been\tgrammar.be\t1
    seems\tgrammar.be\t1
    be\tgrammar.be\t1
    to\tgrammar.to\t1
    has\tgrammar.have\t1
    as\tgrammar.as\t1
    because\tgrammar.subordinator\t1
    this\tgrammar.determiner\t1
    week\tgrammar.time-noun\t1
    in\tgrammar.preposition\t1
    that\tgrammar.that\t1
    which\tgrammar.relative\t1
    could\tgrammar.modal\t1
    when\tgrammar.wh\t1
    what\tgrammar.wh\t1
    [reporting]
    said\treport\t0
    insisted\treport\t0.9
    claimed\treport\t-0.8
    guaranteed\treport\t0.9
    """

  static let engine: Engine = {
    let set = try! LexiconSet.parse(files: [("rules-test.tsv", Array(text.utf8))])
    return Engine(lexicons: set)
  }()

  /// The evidence of the only sentence of `text`.
  static func evidence(_ text: String, model: any StanceModel = RuleModel()) -> (score: DocumentScore, evidence: [Evidence]) {
    let document = engine.read(id: "t", text: text)
    let score = engine.score(document, model: model, evidence: true)
    return (score, score.sentences.flatMap(\.evidence))
  }

  /// Spans of the cues that `rule` changed.
  static func spans(changedBy rule: String, in evidence: [Evidence]) -> [Span] {
    evidence.filter { e in e.rules.contains { $0.hasPrefix(rule + "(") || $0.hasPrefix(rule + " ") } }.map(\.span).sorted()
  }
}

/// Asserts that exactly the marked spans are changed by `rule`.
func assertRule(_ rule: String, _ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let m = MarkedText(marked)
  let (_, evidence) = RuleLexicon.evidence(m.text)
  #expect(RuleLexicon.spans(changedBy: rule, in: evidence) == m.spans, "\(rule) on: \(m.text)", sourceLocation: sourceLocation)
}

/// The value of the cue whose text is `cue` after all rules.
func value(of cue: String, in text: String) -> Double? {
  RuleLexicon.evidence(text).evidence.first { $0.text == cue && $0.axis != "none" }?.value
}
