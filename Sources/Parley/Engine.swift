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
  public let attributor: Attributor
  public var parameters: ModelParameters
  /// The entries the rules treat by their word's grammar mark
  /// (`MarkedEntries`), for the rules' context.
  let markedEntries: MarkedEntries

  public init(lexicons: LexiconSet, parameters: ModelParameters = ModelParameters()) {
    self.init(lexicons: lexicons, matcher: PhraseMatcher(lexicons), parameters: parameters)
  }

  private init(lexicons: LexiconSet, matcher: PhraseMatcher, attributor: Attributor? = nil, parameters: ModelParameters) {
    self.lexicons = lexicons
    self.matcher = matcher
    self.segmenter = Segmenter(abbreviations: matcher.abbreviations)
    self.attributor = attributor ?? Attributor(matcher: matcher)
    self.parameters = parameters
    self.markedEntries = MarkedEntries(matcher.entries, marks: self.attributor.vocabulary.marks)
  }

  /// The same engine for another thread: the matcher and the
  /// attribution vocabulary copied into memory of their own
  /// (`PhraseMatcher.deepCopy`, `Attributor.deepCopy`), the segmenter made
  /// from the copy, so that no reference-counted buffer they use is shared
  /// with this engine's (the lexicons, which scoring does not read, and
  /// the parameters are shared, as by `init`). The same as
  /// `Engine(lexicons: lexicons, parameters: parameters)`, without building
  /// the matcher and the vocabulary again.
  public func deepCopy() -> Engine {
    let copy = matcher.deepCopy()
    return Engine(lexicons: lexicons, matcher: copy, attributor: attributor.deepCopy(matcher: copy), parameters: parameters)
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
    score(document, ids: matcher.tokenIDs(document), model: model, evidence: evidence)
  }

  func score(_ document: Document, ids: TokenIDs, model: any StanceModel, evidence: Bool) -> DocumentScore {
    var scorer = SentenceScorer(document: document, matcher: matcher, ids: ids, model: model, parameters: parameters)
    scorer.functionWords = attributor.vocabulary.words
    scorer.markedEntries = markedEntries
    var matches = SentenceMatches(sentences: document.sentences.count)
    let context = scorer.context
    var sentences: [SentenceScore] = []
    var paragraphs: [ParagraphScore] = []
    return score(document, scorer: &scorer, context: context, evidence: evidence, matches: &matches, scratch: MatchScratch(), sentences: &sentences, paragraphs: &paragraphs)
  }

  /// Scores every sentence, after matching them all into `matches` (empty;
  /// attribution reads them there). (`context` is the scorer's, copied once
  /// by the caller.) The scores are written in the arrays of `sentences`
  /// and `paragraphs` (a worker's, of the last document), which are left
  /// empty.
  private func score(_ document: Document, scorer: inout SentenceScorer, context: RuleContext, evidence: Bool, matches: inout SentenceMatches, scratch: MatchScratch, sentences: inout [SentenceScore], paragraphs: inout [ParagraphScore]) -> DocumentScore {
    let model = scorer.model
    PhraseMatcher.sentenceMatches(document.sentences, ids: scorer.ids, tables: matcher.tables, scratch: scratch, into: &matches)
    return matches.matches.withUnsafeBufferPointer { all in
      score(document, scorer: &scorer, context: context, evidence: evidence, matches: all, ends: matches.ends, model: model, sentences: &sentences, paragraphs: &paragraphs)
    }
  }

  private func score(_ document: Document, scorer: inout SentenceScorer, context: RuleContext, evidence: Bool, matches all: UnsafeBufferPointer<PhraseMatch>, ends: [Int], model: any StanceModel, sentences outSentences: inout [SentenceScore], paragraphs outParagraphs: inout [ParagraphScore]) -> DocumentScore {
    scorer.keepRows(all, ends: ends)
    var sentences: [SentenceScore] = []
    swap(&sentences, &outSentences)
    if !sentences.isEmpty { sentences.removeAll(keepingCapacity: true) }
    sentences.reserveCapacity(document.sentences.count)
    var paragraphs: [ParagraphScore] = []
    swap(&paragraphs, &outParagraphs)
    if !paragraphs.isEmpty { paragraphs.removeAll(keepingCapacity: true) }
    paragraphs.reserveCapacity(document.paragraphs.count)
    var documentMean = StanceMean()
    var words = 0
    for (pi, paragraph) in document.paragraphs.enumerated() {
      var mean = StanceMean()
      // The chance that no sentence hedges: the paragraph's hedging is
      // the chance that one does (`ParagraphScore.stance`). A mean let
      // one hedged claim among plain ones fade with the paragraph's
      // length (session 51: dev paragraph hedging Spearman 0.782 →
      // 0.802).
      var unhedged = 1.0
      var paragraphWords = 0
      for si in paragraph.sentences {
        let sentence = document.sentences[si]
        let unit = scorer.scoreKept(si, sentence.tokens, keepCues: evidence, context: context)
        let ev = evidence ? Evidence.make(from: scorer.state, unit: unit, document: document, matcher: matcher) : []
        sentences.append(SentenceScore(index: si, paragraph: pi, span: sentence.span, stance: Stance(optimism: unit.optimism, hedging: unit.hedging, parameters: parameters), unit: unit, evidence: ev))
        mean.add(optimism: unit.optimism, hedging: unit.hedging, optimismEvidence: unit.hasOptimismEvidence, hedgingEvidence: unit.hasHedgingEvidence, evidenceWeight: parameters.evidenceWeight)
        unhedged *= 1 - unit.hedging
        paragraphWords += unit.words
      }
      words += paragraphWords
      let stance = Stance.paragraph(optimism: mean.optimism, hedging: 1 - unhedged, parameters: parameters)
      paragraphs.append(ParagraphScore(index: pi, span: paragraph.span, stance: stance, ownOptimism: stance.optimism, sentences: paragraph.sentences, words: paragraphWords))
      documentMean.add(optimism: stance.optimism, hedging: stance.hedging, optimismEvidence: mean.optimismWeight > Double(mean.count), hedgingEvidence: mean.hedgingWeight > Double(mean.count), evidenceWeight: parameters.evidenceWeight)
    }
    readInContext(&paragraphs)
    return DocumentScore(id: document.id, model: model.name, stance: documentMean.stance(parameters), paragraphs: paragraphs, sentences: sentences, words: words, warnings: document.warnings)
  }

  /// Readers take a paragraph's tone from its article as well as its words:
  /// "no date was set for further talks" reads worse after five paragraphs
  /// of failure. Each paragraph's optimism becomes `(1 - λ) × own + λ ×
  /// mean of the other paragraphs' own optimism`, λ =
  /// `paragraphContextWeight`. Hedging is the paragraph's own: it did not
  /// follow the article in the team's labels.
  private func readInContext(_ paragraphs: inout [ParagraphScore]) {
    let lambda = parameters.paragraphContextWeight
    guard lambda > 0, paragraphs.count > 1 else { return }
    let total = paragraphs.reduce(0) { $0 + $1.ownOptimism }
    let others = Double(paragraphs.count - 1)
    for i in paragraphs.indices {
      let own = paragraphs[i].ownOptimism
      let context = (total - own) / others
      paragraphs[i].stance = Stance.paragraph(optimism: (1 - lambda) * own + lambda * context, hedging: paragraphs[i].stance.hedging, parameters: parameters)
    }
  }
}

/// Everything Parley finds in one article: the scores, the statements
/// with their speakers, and one summary per speaker (the narrator first).
///
/// The statements and speakers are kept as plain rows (`AttributionRows`),
/// which the compact record writes directly; `statements` and `speakers`
/// are built from them when read (each read builds them again, unless set
/// or `materialize()`d: read them once into a local).
public struct Analysis: Sendable {
  public var score: DocumentScore
  /// Every statement with its scores, in text order.
  public var statements: [StatementScore] {
    get { builtStatements ?? rows.statementScores() }
    set { builtStatements = newValue }
  }
  /// One summary per speaker, the narrator first.
  public var speakers: [SpeakerSummary] {
    get { builtSpeakers ?? rows.speakerSummaries() }
    set { builtSpeakers = newValue }
  }
  public var warnings: [Diagnostic]
  /// What `analyze` found, as rows.
  var rows: AttributionRows
  /// `statements` and `speakers` once built or set (then they, not the
  /// rows, are what every report writes).
  private(set) var builtStatements: [StatementScore]?
  private(set) var builtSpeakers: [SpeakerSummary]?
  /// No paragraph of the document holds a byte that a JSON string escapes
  /// (`DocumentBuffers.plainText`): a statement's text inside its
  /// paragraph is written as it is (`ReportEncoder`). False when not known.
  var paragraphsNeedNoEscape = false

  init(score: DocumentScore, rows: AttributionRows, warnings: [Diagnostic]) {
    self.score = score
    self.rows = rows
    self.warnings = warnings
  }

  /// Builds `statements` and `speakers` once and keeps them, for a caller
  /// that reads them many times.
  public mutating func materialize() {
    if builtStatements == nil { builtStatements = rows.statementScores() }
    if builtSpeakers == nil { builtSpeakers = rows.speakerSummaries() }
  }

  /// Statements as behavioural checks see them.
  public var statementsForChecks: [(text: String, speaker: String, aliases: [String])]? {
    let speakers = self.speakers
    return statements.map { s in (s.text, s.speaker, speakers.first { $0.name == s.speaker }?.aliases ?? []) }
  }
  /// Speakers other than the narrator.
  public var speakerCount: Int? { speakers.filter { $0.kind != SpeakerSummary.narratorName }.count }
}

extension Engine {
  /// Scores `document`, finds its statements and speakers, scores every
  /// statement with the same model, and summarizes each speaker; what no
  /// statement covers is the narrator's.
  public func analyze(_ document: Document, model: any StanceModel = RuleModel(), evidence: Bool = false) -> Analysis {
    var workspace = Workspace(memo: WordMemo(initialSlots: 256))
    var analysis = analyze(document, model: model, evidence: evidence, workspace: &workspace)
    // Library callers read statements and speakers, often more than once.
    analysis.materialize()
    return analysis
  }

  /// `analyze(_:model:evidence:)` with a worker's workspace: a memo of
  /// word facts and the scorer's buffers, kept from document to document
  /// (one per thread: `CorpusRunner`).
  func analyze(_ document: Document, model: any StanceModel, evidence: Bool, workspace: inout Workspace) -> Analysis {
    // Whether reading the document found its paragraphs plain for JSON
    // (the text the buffers held is let go of).
    let plainParagraphs = workspace.document.takePlainText(of: document.text)
    // The last document's id arrays, refilled (unique again once that
    // document's scorer and attribution are gone).
    var reused = workspace.tokenIDs.take() ?? TokenIDs()
    tokenIDs(document, memo: &workspace.memo, into: &reused)
    let ids = reused
    defer { workspace.tokenIDs = ids }
    // The worker's scorer, turned to this document where it lies.
    workspace.prepareScorer(for: document, ids: ids, engine: self, model: model)
    let slot = workspace.scorerSlot
    // `score` matches every sentence in every layer in one pass over the
    // document; attribution reads the same matches instead of matching its
    // layers again.
    var matches = workspace.takeSentenceMatches(sentences: document.sentences.count)
    defer { workspace.sentenceMatches = matches }
    // The rules' context, lent for the document (see `SentenceScorer.context`):
    // its bytes, not a copy, so that none of its references is retained
    // and released per document (a copy cost about 590 instructions).
    var analysis = withUnsafeTemporaryAllocation(of: RuleContext.self, capacity: 1) { lent in
      slot.scorer!.aliasContext(into: lent)
      // Moved out of the slot and back in: bitwise both ways, so the
      // alias is never retained or released (read from the slot, it was
      // copied, with its references).
      let context = lent.baseAddress!.move()
      let analysis = analyze(document, model: model, evidence: evidence, workspace: &workspace, scorer: &slot.scorer!, ids: ids, matches: &matches, context: context)
      lent.baseAddress!.initialize(to: consume context)
      return analysis
    }
    // Kept for the next document, without this one's token ids.
    slot.scorer!.releaseIDs()
    analysis.paragraphsNeedNoEscape = plainParagraphs
    return analysis
  }

  /// The body of `analyze(_:model:evidence:workspace:)` once the scorer is
  /// turned to `document` and its ids made; `context` is the scorer's
  /// context, lent (`SentenceScorer.aliasContext`).
  private func analyze(_ document: Document, model: any StanceModel, evidence: Bool, workspace: inout Workspace, scorer: inout SentenceScorer, ids: TokenIDs, matches: inout SentenceMatches, context: RuleContext) -> Analysis {
    let score = self.score(document, scorer: &scorer, context: context, evidence: evidence, matches: &matches, scratch: workspace.matchScratch, sentences: &workspace.sentenceScores, paragraphs: &workspace.paragraphScores)
    // Statements and speakers as rows (`AttributionRows`): no strings, no
    // per-speaker tables; the public values are built from them when asked.
    var rows = AttributionRows(source: document.text)
    workspace.takeRows(into: &rows)
    var attribution = attributor.attribute(document, ids: ids, matches: matches, buffers: &workspace.attribution, names: &rows.names)
    let speakerCount = rows.names.people.count
    // The token ranges inside statements, merged (`NarratorRuns`), in the
    // last document's array.
    var covered = workspace.covered
    workspace.covered = []
    covered.removeAll(keepingCapacity: true)
    defer { workspace.covered = covered }
    rows.statements.reserveCapacity(attribution.statements.count)
    if evidence { rows.evidence.reserveCapacity(attribution.statements.count) }
    // The narrator at 0, speaker k at k + 1; those without a statement are
    // dropped at the end.
    rows.speakers.reserveCapacity(speakerCount + 1)
    rows.speakers.append(SpeakerRow(speaker: SpeakerRow.narrator))
    for k in 0..<speakerCount { rows.speakers.append(SpeakerRow(speaker: k)) }
    for st in attribution.statements {
      if !st.tokens.isEmpty { covered.append(st.tokens) }
      // Reported speech is read as reported (`SentenceState.isReportedSpeech`):
      // its `would` is the past of `will`. Quotations keep their own tense;
      // a partial quote that is a whole reported clause, the quote inside
      // it (`said the program would “restore debt sustainability”`), is
      // reported speech: it starts at no quotation mark.
      scorer.reportedSpeech = st.form == .reported || st.form == .accordingTo || (st.form == .partialQuote && !document.opensAfterQuoteMark(st.tokens))
      var (mean, words, ev) = scoreRanges(of: st.tokens, scorer: &scorer, context: context, evidence: evidence, document: document)
      let cueStance = st.cueEntry.map { matcher.entries[$0].weight } ?? 0
      var stance = mean.stance(parameters)
      if cueStance != 0, let cue = st.cue, let entry = st.cueEntry {
        let before = stance.hedging
        stance = Stance(optimism: stance.optimism, hedging: reportedHedging(before, cueStance: cueStance), parameters: parameters)
        if evidence {
          let cueText = document.string(cue)
          ev.append(Evidence(rule: "report", axis: "hedging", span: cue, text: cueText, weight: cueStance, value: cueStance > 0 ? -cueStance * parameters.reportAssertWeight : -cueStance * parameters.reportDistanceWeight, delta: stance.hedging - before, origin: matcher.entries[entry].origin, rules: ["report-stance(\(cueText))"]))
        }
      }
      // Read in its paragraph (`statementContextWeight`); the words alone
      // stay as `ownOptimism`.
      let own = stance.optimism
      let mu = parameters.statementContextWeight
      let paragraph = score.paragraphs[st.paragraph]
      if mu > 0 {
        stance = Stance(optimism: (1 - mu) * own + mu * paragraph.stance.optimism, hedging: stance.hedging, parameters: parameters)
        if evidence {
          // The words' deltas scaled, the paragraph as one more item: the
          // optimism deltas still add up to the statement's optimism.
          for k in ev.indices where ev[k].axis == "optimism" { ev[k].delta *= 1 - mu }
          ev.append(Evidence(rule: "context", axis: "optimism", span: paragraph.span, text: "", weight: mu, value: paragraph.stance.optimism, delta: mu * paragraph.stance.optimism, origin: nil, rules: ["paragraph \(st.paragraph) as read in the article"]))
        }
      }
      rows.statements.append(StatementRow(statement: st, cueStance: cueStance, stance: stance, ownOptimism: own, words: words))
      if evidence { rows.evidence.append(ev) }
      if st.speaker < speakerCount {
        // A speaker is heard in the article more than a single statement
        // is (`speakerContextWeight`): the statement's own words blended
        // with its paragraph at that weight.
        let nu = parameters.speakerContextWeight
        let heard = (1 - nu) * own + nu * paragraph.stance.optimism
        rows.speakers[st.speaker + 1].add(optimism: heard, hedging: stance.hedging, words: words)
        if let cue = st.cue { document.text.withUnsafeBufferPointer { rows.speakers[st.speaker + 1].cues.add(cue, in: $0) } }
      }
    }
    // The statements' array back to the worker, for the next document
    // (an article without drafts left the kept one there).
    if attribution.statements.capacity > 0 { swap(&attribution.statements, &workspace.attribution.resolver.statements) }
    // The narrator: every sentence part outside statements, as one unit each
    // (the article's own voice: no reported speech).
    scorer.reportedSpeech = false
    NarratorRuns.merge(&covered)
    var next = 0
    for (si, sentence) in document.sentences.enumerated() {
      if NarratorRuns.touches(covered, sentence.tokens, from: &next) {
        // Maximal runs of uncovered tokens, each one unit.
        NarratorRuns.each(outside: covered, in: sentence.tokens, from: next) { run in
          // A run without words (a closing quote, a full stop) counts for
          // nothing: not scored at all.
          if scorer.words(in: run) == 0 { return }
          let unit = scorer.scorePart(run, sentence: si, keepCues: false, context: context)
          rows.speakers[0].add(optimism: unit.optimism, hedging: unit.hedging, words: unit.words)
        }
      } else {
        // No statement in the sentence: its narrator unit is the sentence,
        // already scored (`score.sentences` is in sentence order).
        let unit = score.sentences[si].unit
        if unit.words == 0 { continue }
        rows.speakers[0].add(optimism: unit.optimism, hedging: unit.hedging, words: unit.words)
      }
    }
    // The narrator first, then the speakers with statements.
    rows.speakers.removeAll { $0.statements == 0 && $0.speaker != SpeakerRow.narrator }
    return Analysis(score: score, rows: rows, warnings: attribution.warnings)
  }

  /// The matcher's token ids of `document` with attribution's word facts,
  /// words looked up in `memo`.
  func tokenIDs(_ document: Document, memo: inout WordMemo) -> TokenIDs {
    var ids = TokenIDs()
    tokenIDs(document, memo: &memo, into: &ids)
    return ids
  }

  /// `tokenIDs(_:memo:)` written into `ids` (its arrays reused).
  func tokenIDs(_ document: Document, memo: inout WordMemo, into ids: inout TokenIDs) {
    let words = attributor.vocabulary.words
    matcher.tokenIDs(document, memo: &memo, into: &ids) { p, r in TokenFacts.wordFacts(p, r, words) }
  }

  /// A statement's hedging once its reporting verb's stance is counted:
  /// "insisted" (s > 0) removes `s × reportAssertWeight` hedge mass,
  /// "claimed" (s < 0) adds `|s| × reportDistanceWeight`, on the same scale
  /// as `SentenceScorer` (mass `m` ↔ hedging `m / (m + hedgeHalf)`).
  func reportedHedging(_ hedging: Double, cueStance s: Double) -> Double {
    let k = parameters.hedgeHalf
    let mass = hedging < 1 ? hedging * k / (1 - hedging) : 1e9
    let adjusted = max(0, mass + (s > 0 ? -s * parameters.reportAssertWeight : -s * parameters.reportDistanceWeight))
    return adjusted / (adjusted + k)
  }

  /// Scores `tokens` cut at sentence boundaries, one unit per sentence
  /// part, in text order. (Inlined in `analyze`'s statement loop, its one
  /// caller: a call per statement cost more than it saved.)
  @inline(__always)
  private func scoreRanges(of tokens: Range<Int>, scorer: inout SentenceScorer, context: RuleContext, evidence: Bool, document: Document) -> (StanceMean, Int, [Evidence]) {
    var mean = StanceMean()
    var words = 0
    var ev: [Evidence] = []
    // (The sentences through their buffer: no copy of the array per
    // statement.)
    document.sentences.withUnsafeBufferPointer { sentences in
      var si = Self.firstSentence(endingAfter: tokens.lowerBound, in: sentences)
      while si < sentences.count, sentences[si].tokens.lowerBound < tokens.upperBound {
        let index = si
        let s = sentences[si].tokens
        si += 1
        guard s.overlaps(tokens) else { continue }
        let r = max(s.lowerBound, tokens.lowerBound)..<min(s.upperBound, tokens.upperBound)
        // The sentence's cue rows give the part's (`SentenceScorer.scorePart`).
        let unit = scorer.scorePart(r, sentence: index, keepCues: evidence, context: context)
        mean.add(optimism: unit.optimism, hedging: unit.hedging, optimismEvidence: unit.hasOptimismEvidence, hedgingEvidence: unit.hasHedgingEvidence, evidenceWeight: parameters.evidenceWeight)
        words += unit.words
        if evidence { ev += Evidence.make(from: scorer.state, unit: unit, document: document, matcher: matcher) }
      }
    }
    return (mean, words, ev)
  }

  /// The first of `sentences` that ends after token `token` (sentences
  /// partition the tokens in order); `sentences.count` when none does.
  /// A binary search whose steps depend only on the count: each halving
  /// moves the base by a mask, with no branch on the sentences (which way
  /// a step goes is as good as random, and was mispredicted).
  @inline(__always)
  static func firstSentence(endingAfter token: Int, in sentences: UnsafeBufferPointer<Sentence>) -> Int {
    var n = sentences.count
    if n == 0 { return 0 }
    var base = 0
    while n > 1 {
      let half = n >> 1
      // `upperBound <= token` is `upperBound < token + 1` (`isBelow`).
      base &+= half & (0 &- CueRows.isBelow(sentences[base &+ half].tokens.upperBound, token &+ 1))
      n &-= half
    }
    return base &+ CueRows.isBelow(sentences[base].tokens.upperBound, token &+ 1)
  }
}

/// What one worker thread keeps from document to document, so that a
/// document does not build it anew: the memo of word facts and the
/// scorer's buffers. Nothing in it changes a result (`score` empties the
/// buffers it reuses); it only saves allocating and growing them.
struct Workspace {
  var memo: WordMemo
  /// Room and lists for reading each document (`Document.init(...buffers:)`).
  var document = DocumentBuffers()
  /// The last document's scorer (`prepareScorer`), and buffers for a new one.
  let scorerSlot = ScorerSlot()
  var scorerBuffers = ScorerBuffers()
  /// The last document's matches of every sentence, for their capacity.
  var sentenceMatches: SentenceMatches? = nil
  /// Where the matcher writes a document's matches first.
  let matchScratch = MatchScratch()
  /// Attribution's token facts and lists (`Attributor.attribute`).
  var attribution = AttributionBuffers()
  /// The last document's token ids, for their arrays.
  var tokenIDs: TokenIDs? = nil
  /// The last document's token ranges inside statements, for the array.
  var covered: [Range<Int>] = []

  /// The last document's statement and speaker rows, for their arrays
  /// (handed back by `CorpusRunner` once that document's result is made).
  var statementRows: [StatementRow] = []
  var speakerRows: [SpeakerRow] = []
  var speakerNames = SpeakerNames()
  /// The last document's sentence and paragraph scores, for their arrays
  /// (as the rows).
  var sentenceScores: [SentenceScore] = []
  var paragraphScores: [ParagraphScore] = []

  /// A worker's memo starts with room for some 4,000 distinct words, what
  /// a few hundred news articles hold, so that it is not rehashed three
  /// times on the way there (256 KB; it grows past that as before).
  init(memo: WordMemo = WordMemo(initialSlots: 8_192)) {
    self.memo = memo
  }

  /// Empty statement and speaker rows for `rows`, in the last document's
  /// arrays (moved out, emptied, capacity kept; fresh ones when the last
  /// result still holds them).
  mutating func takeRows(into rows: inout AttributionRows) {
    swap(&rows.statements, &statementRows)
    rows.statements.removeAll(keepingCapacity: true)
    swap(&rows.speakers, &speakerRows)
    rows.speakers.removeAll(keepingCapacity: true)
    swap(&rows.names, &speakerNames)
    rows.names.removeAll()
  }

  /// Keeps `analysis`'s row arrays and its score's sentence and paragraph
  /// arrays for the next document: once the analysis is gone they are the
  /// workspace's alone, and `takeRows` and `analyze` refill them without
  /// allocating.
  mutating func keepRows(of analysis: Analysis) {
    statementRows = analysis.rows.statements
    speakerRows = analysis.rows.speakers
    speakerNames = analysis.rows.names
    sentenceScores = analysis.score.sentences
    paragraphScores = analysis.score.paragraphs
  }

  /// `keepRows(of:)` for an analysis about to be dropped: its arrays are
  /// swapped with the workspace's (which `takeRows` left empty), so they
  /// move without a retain here and a release when the analysis goes
  /// (copying them in cost some 480 instructions a document). A result
  /// that holds a copy of the analysis still shares them, as with
  /// `keepRows(of:)`.
  mutating func keepRows(taking analysis: inout Analysis) {
    swap(&statementRows, &analysis.rows.statements)
    swap(&speakerRows, &analysis.rows.speakers)
    swap(&speakerNames, &analysis.rows.names)
    swap(&sentenceScores, &analysis.score.sentences)
    swap(&paragraphScores, &analysis.score.paragraphs)
  }

  /// Turns the worker's scorer (`scorerSlot`) to `document`
  /// (`SentenceScorer.reuse`) when it fits `engine` and `model`; else puts
  /// a new one there, with the buffers of the last. The scorer is worked
  /// on where it lies: moved out and back in, as it was, it was copied
  /// four times a document. (The engine is passed whole, so that reusing
  /// copies none of its parts.)
  mutating func prepareScorer(for document: Document, ids: TokenIDs, engine: Engine, model: any StanceModel) {
    // (Each through a mutating call, in place: read, the scorer was
    // copied, with a retain of every array it holds.)
    let slot = scorerSlot
    if slot.scorer?.turn(to: document, ids: ids, engine: engine, model: model, giving: &self.document) == true { return }
    if let buffers = slot.scorer?.takeBuffers() {
      scorerBuffers = buffers
      slot.scorer = nil
    }
    var made = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: model, parameters: engine.parameters, buffers: takeScorerBuffers())
    made.functionWords = engine.attributor.vocabulary.words
    made.markedEntries = engine.markedEntries
    made.readWordFacts()
    slot.scorer = consume made
  }

  /// The scorer's buffers, moved out (the next document's scorer holds
  /// them, uniquely, until it hands them back).
  mutating func takeScorerBuffers() -> ScorerBuffers {
    var buffers = ScorerBuffers()
    swap(&buffers, &scorerBuffers)
    return buffers
  }

  /// Empty sentence matches for a document of `sentences` sentences, in
  /// the last document's arrays (moved out, emptied, capacity kept).
  mutating func takeSentenceMatches(sentences: Int) -> SentenceMatches {
    guard var reused = sentenceMatches.take() else { return SentenceMatches(sentences: sentences) }
    reused.matches.removeAll(keepingCapacity: true)
    reused.ends.removeAll(keepingCapacity: true)
    reused.ends.reserveCapacity(sentences)
    return reused
  }
}

extension SentenceScorer {
  /// Turns this scorer to `document` (token ids `ids`,
  /// `reuse(for:ids:)`) when it `fits` `engine` and `model`, the document
  /// it was turned to before giving its arrays to `buffers`; false, and
  /// nothing changed, when it does not fit. (The last document's token,
  /// sentence and paragraph arrays, which no one else holds now in a
  /// worker's loop, serve the next document read.)
  mutating func turn(to document: Document, ids: TokenIDs, engine: Engine, model: any StanceModel, giving buffers: inout DocumentBuffers) -> Bool {
    guard fits(tables: engine.matcher.tables, model: model, parameters: engine.parameters) else { return false }
    reuse(for: document, ids: ids).giveBack(to: &buffers)
    readWordFacts()
    return true
  }
}

/// Where a worker's scorer lies from document to document
/// (`Workspace.prepareScorer`): a box, so that the engine works on the
/// scorer in place while it also holds the rest of the workspace.
final class ScorerSlot {
  var scorer: SentenceScorer? = nil
}

/// The narrator's parts of sentences: the maximal runs of tokens outside
/// every statement, found from the statements' token ranges (merged once
/// per document) rather than token by token.
enum NarratorRuns {
  /// Sorts `ranges` (non-empty) by start and merges those that overlap or
  /// touch: what remains covers the same tokens, disjoint and in order.
  static func merge(_ ranges: inout [Range<Int>]) {
    if ranges.count < 2 { return }
    // (In the array's buffer: element by element, every write checked
    // that the array is unique and in bounds.)
    let kept = ranges.withUnsafeMutableBufferPointer { r in
      // Statements come nearly in text order.
      r.insertionSort { $0.lowerBound < $1.lowerBound }
      var kept = 0
      for i in 0..<r.count {
        let x = r[i]
        if kept > 0, x.lowerBound <= r[kept - 1].upperBound {
          r[kept - 1] = r[kept - 1].lowerBound..<max(r[kept - 1].upperBound, x.upperBound)
        } else {
          r[kept] = x
          kept += 1
        }
      }
      return kept
    }
    ranges.removeSubrange(kept...)
  }

  /// Whether some of `covered` (merged) holds a token of `sentence`;
  /// `next` is moved past the ranges that end before it (sentences are
  /// asked in order), and is then the first that may touch it.
  static func touches(_ covered: [Range<Int>], _ sentence: Range<Int>, from next: inout Int) -> Bool {
    while next < covered.count, covered[next].upperBound <= sentence.lowerBound { next += 1 }
    return next < covered.count && covered[next].lowerBound < sentence.upperBound && !sentence.isEmpty
  }

  /// Calls `body` with each maximal run of `sentence`'s tokens outside
  /// `covered` (merged), in order; `next` as `touches` left it.
  static func each(outside covered: [Range<Int>], in sentence: Range<Int>, from next: Int, _ body: (Range<Int>) -> Void) {
    var cursor = sentence.lowerBound
    var i = next
    while i < covered.count, covered[i].lowerBound < sentence.upperBound {
      if covered[i].lowerBound > cursor { body(cursor..<covered[i].lowerBound) }
      cursor = max(cursor, covered[i].upperBound)
      i += 1
    }
    if cursor < sentence.upperBound { body(cursor..<sentence.upperBound) }
  }
}
