/// Both axes of one unit with their labels.
public struct Stance: Sendable, Hashable, Codable {
  /// In [-1, 1].
  public var optimism: Double
  /// In [0, 1].
  public var hedging: Double
  public var optimismLabel: OptimismLabel
  public var hedgingLabel: HedgingLabel

  public init(optimism: Double, hedging: Double, parameters: ModelParameters) {
    self.optimism = optimism
    self.hedging = hedging
    optimismLabel = parameters.optimismLabel(optimism)
    hedgingLabel = parameters.hedgingLabel(hedging)
  }

  /// A paragraph's stance: its hedging labelled at
  /// `paragraphHedgedThreshold`.
  public static func paragraph(optimism: Double, hedging: Double, parameters: ModelParameters) -> Stance {
    var stance = Stance(optimism: optimism, hedging: hedging, parameters: parameters)
    stance.hedgingLabel = parameters.paragraphHedgingLabel(hedging)
    return stance
  }

  /// A speaker's stance: the mean over their statements (optimism read
  /// at `speakerContextWeight`, hedging the statements'), its hedging
  /// labelled at `speakerHedgedThreshold`.
  public static func speaker(optimism: Double, hedging: Double, parameters: ModelParameters) -> Stance {
    var stance = Stance(optimism: optimism, hedging: hedging, parameters: parameters)
    stance.hedgingLabel = parameters.speakerHedgingLabel(hedging)
    return stance
  }
}

public struct SentenceScore: Sendable {
  public var index: Int
  public var paragraph: Int
  public var span: Span
  public var stance: Stance
  public var unit: UnitScore
  /// Empty unless evidence was asked for.
  public var evidence: [Evidence]
}

public struct ParagraphScore: Sendable {
  public var index: Int
  public var span: Span
  /// The paragraph read in its article: its optimism blended with the
  /// rest of the article's (`paragraphContextWeight`), and its hedging,
  /// the chance that some sentence hedges: `1 − Π(1 − h)` over its
  /// sentences' hedging `h` (a paragraph hedges when any of its claims
  /// does, and more when more do; sentences without a hedge leave it
  /// as it is), labelled at `paragraphHedgedThreshold`.
  public var stance: Stance
  /// Optimism of the paragraph's own words: the evidence-weighted mean of
  /// its sentences.
  public var ownOptimism: Double
  /// Indices into `DocumentScore.sentences`.
  public var sentences: Range<Int>
  public var words: Int
}

/// Everything Parley measured in one article.
public struct DocumentScore: Sendable {
  public var id: String
  public var model: String
  public var stance: Stance
  public var paragraphs: [ParagraphScore]
  public var sentences: [SentenceScore]
  public var words: Int
  public var warnings: [Diagnostic]
}

/// A weighted mean of both axes that can be merged: paragraphs from
/// sentences (their optimism; a paragraph's hedging is the chance that
/// some sentence hedges, `ParagraphScore.stance`), documents from
/// paragraphs. A unit with evidence on an axis
/// weighs `1 + evidenceWeight`, one without weighs 1, so scores stay
/// length-invariant (a mean, never a sum).
public struct StanceMean: Sendable, Hashable, Codable {
  public var optimismSum = 0.0
  public var optimismWeight = 0.0
  public var hedgingSum = 0.0
  public var hedgingWeight = 0.0
  public var count = 0

  public init() {}

  public mutating func add(optimism: Double, hedging: Double, optimismEvidence: Bool, hedgingEvidence: Bool, evidenceWeight: Double) {
    let wo = optimismEvidence ? 1 + evidenceWeight : 1
    let wh = hedgingEvidence ? 1 + evidenceWeight : 1
    optimismSum += wo * optimism
    optimismWeight += wo
    hedgingSum += wh * hedging
    hedgingWeight += wh
    count += 1
  }

  public mutating func merge(_ other: StanceMean) {
    optimismSum += other.optimismSum
    optimismWeight += other.optimismWeight
    hedgingSum += other.hedgingSum
    hedgingWeight += other.hedgingWeight
    count += other.count
  }

  public var optimism: Double { optimismWeight > 0 ? optimismSum / optimismWeight : 0 }
  public var hedging: Double { hedgingWeight > 0 ? hedgingSum / hedgingWeight : 0 }

  public func stance(_ parameters: ModelParameters) -> Stance {
    Stance(optimism: optimism, hedging: hedging, parameters: parameters)
  }
}
