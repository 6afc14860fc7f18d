/// Parley's pipeline in one value: lexicons compiled once, then any number
/// of documents read and scored, from any thread.
///
/// ```swift
/// let engine = try Engine.builtin()
/// let document = engine.read(id: "a", text: "The talks were really constructive.")
/// let score = engine.score(document)
/// print(score.stance.optimism)
/// ```
public struct Engine: Sendable {
  public let lexicons: LexiconSet
  public let matcher: PhraseMatcher
  public let segmenter: Segmenter
  public var parameters: ModelParameters

  public init(lexicons: LexiconSet, parameters: ModelParameters = ModelParameters()) {
    self.lexicons = lexicons
    self.matcher = PhraseMatcher(lexicons)
    self.segmenter = Segmenter(abbreviations: matcher.abbreviations)
    self.parameters = parameters
  }

  /// The engine with the lexicons built into the binary.
  public static func builtin() throws(DiagnosticError) -> Engine {
    Engine(lexicons: try LexiconSet.builtin())
  }

  /// Reads an article: paragraphs, sentences, tokens.
  public func read(id: String, bytes: [UInt8], source: String? = nil) -> Document {
    Document(id: id, bytes: bytes, segmenter: segmenter, source: source)
  }

  public func read(id: String, text: String) -> Document {
    read(id: id, bytes: Array(text.utf8))
  }

  /// Scores every sentence, paragraph and the whole document with `model`.
  /// With `evidence`, every sentence carries its evidence.
  public func score(_ document: Document, model: any StanceModel = RuleModel(), evidence: Bool = false) -> DocumentScore {
    let ids = matcher.tokenIDs(document)
    var scorer = SentenceScorer(document: document, matcher: matcher, ids: ids, model: model, parameters: parameters)
    var sentences: [SentenceScore] = []
    sentences.reserveCapacity(document.sentences.count)
    var paragraphs: [ParagraphScore] = []
    var documentMean = StanceMean()
    var words = 0
    for (pi, paragraph) in document.paragraphs.enumerated() {
      var mean = StanceMean()
      var paragraphWords = 0
      for si in paragraph.sentences {
        let sentence = document.sentences[si]
        let (unit, state) = scorer.score(sentence.tokens, keepCues: evidence)
        let ev = state.map { Evidence.make(from: $0, unit: unit, document: document, matcher: matcher) } ?? []
        sentences.append(SentenceScore(index: si, paragraph: pi, span: sentence.span, stance: Stance(optimism: unit.optimism, hedging: unit.hedging, parameters: parameters), unit: unit, evidence: ev))
        mean.add(optimism: unit.optimism, hedging: unit.hedging, optimismEvidence: unit.hasOptimismEvidence, hedgingEvidence: unit.hasHedgingEvidence, evidenceWeight: parameters.evidenceWeight)
        paragraphWords += unit.words
      }
      words += paragraphWords
      let stance = mean.stance(parameters)
      paragraphs.append(ParagraphScore(index: pi, span: paragraph.span, stance: stance, sentences: paragraph.sentences, words: paragraphWords))
      documentMean.add(optimism: stance.optimism, hedging: stance.hedging, optimismEvidence: mean.optimismWeight > Double(mean.count), hedgingEvidence: mean.hedgingWeight > Double(mean.count), evidenceWeight: parameters.evidenceWeight)
    }
    return DocumentScore(id: document.id, model: model.name, stance: documentMean.stance(parameters), paragraphs: paragraphs, sentences: sentences, words: words, warnings: document.warnings)
  }
}

/// Everything Parley finds in one article: the scores and, where the
/// pipeline attributes speech, its statements and speakers.
public struct Analysis: Sendable {
  public var score: DocumentScore

  /// Statements as behavioural checks see them; nil when attribution is
  /// not part of the pipeline.
  public var statementsForChecks: [(text: String, speaker: String, aliases: [String])]? { nil }
  /// Speakers other than the narrator; nil without attribution.
  public var speakerCount: Int? { nil }
}

extension Engine {
  /// Scores `document` and attributes its statements.
  public func analyze(_ document: Document, model: any StanceModel = RuleModel(), evidence: Bool = false) -> Analysis {
    Analysis(score: score(document, model: model, evidence: evidence))
  }
}
