/// A scoring model: which lexicon cues it reads and which rules it runs.
/// Both axes are then computed the same way for every model
/// (`SentenceScorer`), so models differ only in what they look at.
public protocol StanceModel: Sendable {
  /// `lexicon` or `rules`.
  var name: String { get }
  /// Whether cues of `category` take part.
  func reads(_ category: LexiconCategory) -> Bool
  /// Rules in the order they run.
  var rules: [any StanceRule] { get }
}

/// The baseline: matched valence and hedge weights only, summed and
/// normalized; no negation, no modifiers, no boosters.
public struct LexiconModel: StanceModel {
  public let name = "lexicon"
  public init() {}
  public func reads(_ category: LexiconCategory) -> Bool { category == .valence || category.isHedge }
  public var rules: [any StanceRule] { [] }
}

/// The default model: the lexicon plus negation, intensifiers and
/// dampeners, contrast and concession, background, hedges governing
/// claims, conditionals, questions, boosters and reporting-verb stance.
public struct RuleModel: StanceModel {
  public let name = "rules"
  public init() {}
  public func reads(_ category: LexiconCategory) -> Bool { category.isStance }
  public var rules: [any StanceRule] { Self.standardRules }

  /// Modifiers first (they multiply), then the rules that read whole
  /// clauses, then stance carried by reporting verbs.
  static let standardRules: [any StanceRule] = [
    IntensifierRule(), NegationRule(), ExcessRule(), ShortfallRule(), NegatedPredicateRule(), ShifterRule(), QuantityChangeRule(), ComparisonRule(), PredicateRule(), QuantityRule(), TopicRule(), ScheduleRule(), IndirectQuestionRule(), StandardHedgeRule(), HedgedClaimRule(), ConditionalRule(),
    ContrastRule(), ConcessiveRule(), BackgroundRule(), QuestionRule(), ReportingStanceRule(),
  ]
}

/// The models by name, for the command line and suites.
public enum Models {
  public static let all: [any StanceModel] = [RuleModel(), LexiconModel()]
  public static func named(_ name: String) -> (any StanceModel)? { all.first { $0.name == name } }
}
