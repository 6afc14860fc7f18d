/// Pairs predicted statements with gold ones by the rule of the fixture
/// guide: same paragraph, and the spans overlap by at least half of the
/// gold span. Each statement pairs at most once; larger overlaps pair first.
public enum StatementMatcher {
  public struct Pair: Sendable, Hashable {
    /// Indices into the fixture's statements and the analysis' statements.
    public var gold: Int
    public var predicted: Int
    /// The predicted speaker is the gold speaker (by name or alias,
    /// case-insensitively, on either side).
    public var attributed: Bool
  }

  public static func match(gold fixture: Fixture, predicted analysis: Analysis, document: Document) -> [Pair] {
    var candidates: [(overlap: Int, gold: Int, predicted: Int)] = []
    for (gi, g) in fixture.statements.enumerated() {
      let goldSpan = Span(start: g.start, end: g.end)
      for (pi, p) in analysis.statements.enumerated() where p.statement.paragraph == g.paragraph {
        let base = document.paragraphs[p.statement.paragraph].span.start
        let predicted = Span(start: p.statement.content.start - base, end: p.statement.content.end - base)
        let overlap = goldSpan.overlapLength(predicted)
        if overlap * 2 >= goldSpan.length && overlap > 0 { candidates.append((overlap, gi, pi)) }
      }
    }
    candidates.sort { ($0.overlap, -$0.gold, -$0.predicted) > ($1.overlap, -$1.gold, -$1.predicted) }
    var usedGold = Set<Int>()
    var usedPredicted = Set<Int>()
    var pairs: [Pair] = []
    for c in candidates where !usedGold.contains(c.gold) && !usedPredicted.contains(c.predicted) {
      usedGold.insert(c.gold)
      usedPredicted.insert(c.predicted)
      let g = fixture.statements[c.gold]
      let goldNames = Set(([g.speaker] + (fixture.speakers.first { $0.name == g.speaker }?.aliases ?? [])).map { $0.lowercased() })
      let p = analysis.statements[c.predicted]
      let predictedNames = [p.speaker] + (analysis.speakers.first { $0.name == p.speaker }?.aliases ?? [])
      pairs.append(Pair(gold: c.gold, predicted: c.predicted, attributed: predictedNames.contains { goldNames.contains($0.lowercased()) }))
    }
    return pairs.sorted { $0.gold < $1.gold }
  }
}

/// Counts behind statement detection precision, recall and F1 and
/// attribution accuracy; they add up across articles.
public struct StatementMatchCounts: Sendable {
  public var gold = 0
  public var predicted = 0
  public var matched = 0
  public var attributed = 0

  public init() {}

  public mutating func add(_ pairs: [StatementMatcher.Pair], gold: Int, predicted: Int) {
    self.gold += gold
    self.predicted += predicted
    matched += pairs.count
    attributed += pairs.filter(\.attributed).count
  }

  public mutating func merge(_ o: StatementMatchCounts) {
    gold += o.gold
    predicted += o.predicted
    matched += o.matched
    attributed += o.attributed
  }

  public var precision: Double? { predicted > 0 ? Double(matched) / Double(predicted) : nil }
  public var recall: Double? { gold > 0 ? Double(matched) / Double(gold) : nil }
  public var f1: Double? {
    guard let p = precision, let r = recall else { return nil }
    return Metrics.f1(precision: p, recall: r)
  }
}
