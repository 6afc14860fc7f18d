/// Scores of one unit of text (a sentence, or a statement's part of one).
public struct UnitScore: Sendable, Hashable {
  /// In [-1, 1].
  public var optimism = 0.0
  /// In [0, 1].
  public var hedging = 0.0
  /// Sum of valence values before normalization.
  public var rawOptimism = 0.0
  /// Net hedge mass (hedges minus boosters, may be negative).
  public var hedgeMass = 0.0
  /// Some cue counted on the optimism axis.
  public var hasOptimismEvidence = false
  /// Some cue counted on the hedging axis.
  public var hasHedgingEvidence = false
  /// Words in the unit.
  public var words = 0
}

extension UnitScore {
  /// Sets the sums `raw` and `mass` and the scores they make: optimism
  /// `raw / sqrt(raw² + valenceAlpha)`, hedging `h / (h + hedgeHalf)` for
  /// `h = max(0, mass)`. (Computed even for a zero sum: a branch to skip
  /// the root and the division was mispredicted more than they cost.)
  @inline(__always)
  mutating func setScores(raw: Double, mass: Double, _ parameters: ModelParameters) {
    rawOptimism = raw
    hedgeMass = mass
    optimism = raw / (raw * raw + parameters.valenceAlpha).squareRoot()
    let h = max(0, mass)
    hedging = h / (h + parameters.hedgeHalf)
  }
}

/// Runs a model over token ranges of one document: finds the cues, marks
/// clauses, applies the model's rules and turns cue values into the two
/// scores. Holds reusable buffers, so make one per document (or per thread).
public struct SentenceScorer {
  /// The document scored: the rules' context's (`RuleContext.document`),
  /// the one copy the scorer holds (a second, stored here, was copied
  /// and released for every document a worker scores).
  public var document: Document { context.document }
  public let matcher: PhraseMatcher
  public let model: any StanceModel
  /// The model's parameters: the rules' context's (`RuleContext.parameters`),
  /// not a second copy (272 bytes more in every move of the scorer).
  public var parameters: ModelParameters { context.parameters }
  private(set) var ids: TokenIDs
  /// The model holds nothing but its rules (the library's models), so a
  /// scorer made for it serves every later model of its type
  /// (`fits(tables:model:parameters:)`).
  private let modelIsStateless: Bool
  /// The matches of the last unit scored, every layer (attribution reads
  /// those of whole sentences: `Engine.analyze`).
  private(set) var matches: [PhraseMatch] = []
  /// The state the rules work on, reused from unit to unit; after a unit
  /// scored with `keepCues`, its cues and what the rules did (evidence).
  private(set) var state = SentenceState(tokens: 0..<0)
  /// The cues of the sentences scored so far, for their parts.
  private(set) var cueRows = CueRows()
  /// The rows of the trie nodes met so far (`NodeRows`): made for the
  /// scorer's matcher, model and parameters, which never change.
  private(set) var nodeRows = NodeRows()
  /// The rows of `state.cues` after the name check dropped some.
  private var stateRows: [CueRow] = []
  /// The scratch the library's rules run in when nothing else needs
  /// `state` (`RuleRows`), grown to the most cues of a unit yet.
  private var ruleCues: [RuleCue] = []
  /// Words and numbers before each token of the document, and clause-
  /// breaking punctuation up to each, packed (`count(_:into:)`).
  private var counts: [UInt64] = []
  /// Bit `c` set: the model reads cues of category `c` (`categoryBits`).
  private let readable: UInt32
  /// The model's rules and their context, fetched once.
  /// (Each in a box: a rule called through an existential held in an
  /// array was copied, and its strings retained, for every unit; from a
  /// class's constant it is called in place.)
  private let rules: RulePlan
  /// What the rules read besides the sentence. (`Engine` passes it to
  /// `score` from a local copy: read from the scorer at each call, it is
  /// copied, with its references, for every unit.)
  private(set) var context: RuleContext
  /// The closed-class words the rules read (`RuleContext.words`); the
  /// engine sets them from its attribution vocabulary.
  var functionWords: FunctionWords? {
    get { context.words }
    set { context.words = newValue }
  }
  /// The units scored next are the content of reported speech
  /// (`SentenceState.isReportedSpeech`): the engine sets it around a
  /// `reported` statement's scoring.
  var reportedSpeech = false
  /// The marked entries the rules read (`RuleContext.marked`); the
  /// engine sets them.
  var markedEntries: MarkedEntries {
    get { context.marked }
    set {
      context.marked = newValue
      // The node rows flag the backshifted modals (`CueRows.backshiftModal`).
      nodeRows = NodeRows()
    }
  }

  /// A scorer for one document. `Engine` also hands it the grammar words
  /// the rules read (`functionWords`); without them the rules that read a
  /// little syntax (a shifter's object, `be` before a predicate) treat
  /// every word as a content word, so score through `Engine` for the
  /// model's full behaviour.
  public init(document: Document, matcher: PhraseMatcher, ids: TokenIDs, model: any StanceModel, parameters: ModelParameters) {
    self.init(document: document, matcher: matcher, ids: ids, model: model, parameters: parameters, buffers: ScorerBuffers())
  }

  /// A scorer that reuses `buffers` (`takeBuffers()` hands them back).
  init(document: Document, matcher: PhraseMatcher, ids: TokenIDs, model: any StanceModel, parameters: ModelParameters, buffers: ScorerBuffers) {
    self.matches = buffers.matches
    self.state = buffers.state
    self.counts = buffers.counts
    self.cueRows = buffers.cueRows
    self.ruleCues = buffers.ruleCues
    self.cueRows.reset(sentences: document.sentences.count, tokens: document.tokens.count)
    Self.count(document, into: &self.counts)
    self.matcher = matcher
    self.ids = ids
    self.model = model
    // The standard rules' plan and categories are made once (a scorer is
    // made per document).
    if model is RuleModel {
      self.readable = RulePlan.standardReadable
      self.rules = RulePlan.standard
    } else {
      self.readable = Self.readable(model)
      self.rules = RulePlan(model.rules)
    }
    self.modelIsStateless = model is RuleModel || model is LexiconModel
    self.context = RuleContext(parameters: parameters, document: document)
  }

  /// This scorer turned to `document` (token ids `ids`), keeping the
  /// engine's parts, the model's rules and the buffers: a worker keeps one
  /// scorer (`Workspace.prepareScorer`), so nothing reference-counted of them
  /// is copied or freed per document. Scores as a new scorer would when
  /// it `fits` the engine and model. Returns the document it was turned
  /// to before, let go of here (for the worker to hand its arrays on,
  /// `Document.giveBack(to:)`).
  @discardableResult
  mutating func reuse(for document: Document, ids: TokenIDs) -> Document {
    self.ids = ids
    var previous = document
    swap(&previous, &context.document)
    cueRows.reset(sentences: document.sentences.count, tokens: document.tokens.count)
    Self.count(document, into: &counts)
    return previous
  }

  /// Copies the bytes of `context` into `slot` (uninitialized) without
  /// retaining what it refers to: `slot[0]` is then an alias of this
  /// scorer's context, for the `context` arguments of the scoring calls
  /// (`Engine.analyze`), valid while this context is neither changed nor
  /// freed; it must never be deinitialized (that would release what it
  /// never retained). Only `reuse`, `readWordFacts`, `releaseIDs` and the
  /// `functionWords` and `markedEntries` setters change the context.
  @inline(__always)
  mutating func aliasContext(into slot: UnsafeMutableBufferPointer<RuleContext>) {
    withUnsafeMutableBytes(of: &context) { bytes in
      UnsafeMutableRawPointer(slot.baseAddress!).copyMemory(from: bytes.baseAddress!, byteCount: MemoryLayout<RuleContext>.size)
    }
  }

  /// Lets go of the document's token ids (their arrays are refilled for
  /// the next document, which needs them unique).
  mutating func releaseIDs() {
    ids = TokenIDs()
    context.wordFacts = []
  }

  /// Lets the rules read the words' classes from the token ids' word
  /// facts (`RuleContext.wordFacts`) instead of looking each word up: for
  /// ids made with the facts of `functionWords` (`Engine.tokenIDs`).
  mutating func readWordFacts() {
    context.wordFacts = ids.wordFacts.count == document.tokens.count ? ids.wordFacts : []
  }

  /// A scorer made for the matcher of `tables`, `model` and `parameters`
  /// would be this one (turned to its document): the same matcher tables,
  /// parameters and a model of the same type that holds nothing but its
  /// rules.
  func fits(tables: MatcherTables, model: any StanceModel, parameters: ModelParameters) -> Bool {
    modelIsStateless && tables === matcher.tables && ObjectIdentifier(type(of: model)) == ObjectIdentifier(type(of: self.model)) && parameters == self.parameters
  }

  /// Bit `c` set: `model` reads cues of category `c`.
  static func readable(_ model: any StanceModel) -> UInt32 {
    var readable: UInt32 = 0
    for c in LexiconCategory.allCases where model.reads(c) { readable |= c.bit }
    return readable
  }

  /// The buffers, for the next document's scorer (`Workspace`); this
  /// scorer is left with empty ones. `score` empties what it reuses, so
  /// nothing of one document reaches the next.
  mutating func takeBuffers() -> ScorerBuffers {
    var buffers = ScorerBuffers()
    swap(&buffers.matches, &matches)
    swap(&buffers.state, &state)
    swap(&buffers.counts, &counts)
    swap(&buffers.cueRows, &cueRows)
    swap(&buffers.ruleCues, &ruleCues)
    return buffers
  }

  /// Scores `tokens`; with `keepCues`, also returns the state (cues and
  /// what the rules did) for evidence.
  public mutating func score(_ tokens: Range<Int>, keepCues: Bool = false) -> (UnitScore, SentenceState?) {
    let context = self.context
    matches.clearKeepingCapacity()
    PhraseMatcher.matches(in: tokens, ids: ids, tables: matcher.tables, into: &matches)
    // The unit's rows go after the sentences' and are taken back.
    let first = cueRows.count
    matches.withUnsafeBufferPointer { appendRows($0, marking: false) }
    let unit = scoreRows(tokens, first..<cueRows.count, keepCues: keepCues, context: context)
    cueRows.count = first
    return (unit, keepCues ? state : nil)
  }

  /// Scores sentence `index`, tokens `tokens`: matches it in every layer
  /// (`matches`, which attribution reads), keeps its cue rows for its
  /// parts (`scorePart`) and scores them. With `keepCues`, `state` then
  /// holds its cues and what the rules did. (`context` is this scorer's
  /// `context`, copied once by the caller.)
  mutating func scoreSentence(_ index: Int, _ tokens: Range<Int>, keepCues: Bool, context: RuleContext) -> UnitScore {
    var matches: [PhraseMatch] = []
    swap(&matches, &self.matches)
    matches.clearKeepingCapacity()
    let unit = scoreSentence(index, tokens, keepCues: keepCues, context: context, matchingInto: &matches)
    swap(&matches, &self.matches)
    return unit
  }

  /// `scoreSentence(_:_:keepCues:context:)` with the sentence's matches
  /// appended to `sentences` (`Engine.analyze`: attribution reads them
  /// there), not kept in `matches`.
  mutating func scoreSentence(_ index: Int, _ tokens: Range<Int>, keepCues: Bool, context: RuleContext, appendingMatchesTo sentences: inout SentenceMatches) -> UnitScore {
    let unit = scoreSentence(index, tokens, keepCues: keepCues, context: context, matchingInto: &sentences.matches)
    sentences.ends.append(sentences.matches.count)
    return unit
  }

  /// Matches sentence `index` into the end of `out`, keeps its cue rows
  /// and scores them.
  private mutating func scoreSentence(_ index: Int, _ tokens: Range<Int>, keepCues: Bool, context: RuleContext, matchingInto out: inout [PhraseMatch]) -> UnitScore {
    let firstMatch = out.count
    PhraseMatcher.matches(in: tokens, ids: ids, tables: matcher.tables, into: &out)
    return out.withUnsafeBufferPointer { scoreSentence(index, tokens, matches: UnsafeBufferPointer(rebasing: $0[firstMatch...]), keepCues: keepCues, context: context) }
  }

  /// Scores sentence `index`, tokens `tokens`, whose matches (every layer,
  /// `PhraseMatcher.sentenceMatches`) are `matches`: keeps its cue rows
  /// for its parts (`scorePart`) and scores them.
  mutating func scoreSentence(_ index: Int, _ tokens: Range<Int>, matches: UnsafeBufferPointer<PhraseMatch>, keepCues: Bool, context: RuleContext) -> UnitScore {
    let first = cueRows.count
    let kept = index >= 0 && index < cueRows.sentences
    appendRows(matches, marking: kept)
    let end = cueRows.count
    if kept {
      cueRows.first[index] = Int32(first)
      cueRows.end[index] = Int32(end)
    }
    return scoreRows(tokens, first..<end, keepCues: keepCues, context: context)
  }

  /// Keeps the cue rows of every sentence of the document at once, from
  /// their matches (`PhraseMatcher.sentenceMatches`: sentence `s`'s are
  /// `matches[ends[s - 1] ..< ends[s]]`), as `scoreSentence(_:_:matches:
  /// keepCues:context:)` keeps each: one pass writing the rows in place,
  /// no append per row. Then `scoreKept` scores each sentence.
  mutating func keepRows(_ matches: UnsafeBufferPointer<PhraseMatch>, ends: [Int]) {
    precondition(cueRows.count == 0 && ends.count <= cueRows.sentences)
    // Room for every entry of every match (each match's node has at most
    // `maxNodeEntries`) in the storage, which the worker's scorer keeps
    // from document to document, so that `write` needs no append.
    cueRows.reserve(rows: matches.count * matcher.tables.maxNodeEntries)
    let entries = entryRows
    // Where the pass stands: sentence `s`, its first row written or not,
    // match `next`, rows `n`. The pass stops at the first match whose
    // node has no rows yet (`NodeRows`), and goes on once they are made:
    // the nodes a worker meets are soon nearly all met, so the rows are
    // looked for from there rather than in a pass of their own over all
    // the matches first.
    var s = 0
    var opened = false
    var next = 0
    var n = 0
    while true {
      let unmet: Int = document.tokens.withUnsafeBufferPointer { all in
        nodeRows.slots.withUnsafeBufferPointer { slots in
          nodeRows.rows.withUnsafeBufferPointer { made in
            cueRows.rows.withUnsafeMutableBufferPointer { rows in
              cueRows.inside.withUnsafeMutableBufferPointer { inside in
                cueRows.first.withUnsafeMutableBufferPointer { first in
                  cueRows.end.withUnsafeMutableBufferPointer { end in
                    while s < ends.count {
                      if !opened {
                        first[s] = Int32(truncatingIfNeeded: n)
                        opened = true
                      }
                      let m1 = ends[s]
                      while next < m1 {
                        let m = matches[next]
                        let node = Int(m.node)
                        if node >= slots.count || slots[node] < 0 { return node }
                        EntryRows.write(m, tokens: all, slots: slots, made: made, rows: rows, count: &n, inside: inside)
                        next &+= 1
                      }
                      end[s] = Int32(truncatingIfNeeded: n)
                      opened = false
                      s &+= 1
                    }
                    return -1
                  }
                }
              }
            }
          }
        }
      }
      if unmet < 0 { break }
      // The rows of every node not met yet from here on, made at once:
      // the pass then goes to the end (each stop costs a retain and a
      // uniqueness check of every array it writes through).
      entries.meet(UnsafeBufferPointer(rebasing: matches[next...]), &nodeRows)
    }
    cueRows.count = n
  }

  /// Scores sentence `index`, tokens `tokens`, whose rows `keepRows` kept;
  /// with `keepCues`, `state` then holds its cues and what the rules did.
  mutating func scoreKept(_ index: Int, _ tokens: Range<Int>, keepCues: Bool, context: RuleContext) -> UnitScore {
    scoreRows(tokens, Int(cueRows.first[index])..<Int(cueRows.end[index]), keepCues: keepCues, context: context)
  }

  /// Scores `tokens`, a part of sentence `index` (already scored by
  /// `scoreSentence`): the same as `score(_:keepCues:)` of the part. Its
  /// cues are the sentence's rows that start inside it unless a match of
  /// the sentence crosses an end of the part; then the part is matched and
  /// read anew (`referenceScore`).
  mutating func scorePart(_ tokens: Range<Int>, sentence index: Int, keepCues: Bool, context: RuleContext) -> UnitScore {
    guard let rows = cueRows.range(index), !cueRows.crosses(tokens) else {
      return referenceScore(tokens, keepCues: keepCues, sentenceMatches: nil, context: context).0
    }
    return scoreRows(tokens, cueRows.rows(startingIn: tokens, of: rows), keepCues: keepCues, context: context)
  }

  /// Appends the cue rows of `matches`: every entry the model reads, in
  /// match order, each with its value and axis before the rules; with
  /// `marking` (a sentence's matches), marks the tokens its matches of two
  /// tokens or more cross (`CueRows.inside`).
  private mutating func appendRows(_ matches: UnsafeBufferPointer<PhraseMatch>, marking: Bool) {
    cueRows.reserve(rows: cueRows.count + matches.count * matcher.tables.maxNodeEntries)
    entryRows.meet(matches, &nodeRows)
    var n = cueRows.count
    document.tokens.withUnsafeBufferPointer { all in
      nodeRows.slots.withUnsafeBufferPointer { slots in
        nodeRows.rows.withUnsafeBufferPointer { made in
          cueRows.rows.withUnsafeMutableBufferPointer { rows in
            cueRows.inside.withUnsafeMutableBufferPointer { inside in
              for m in matches { EntryRows.write(m, tokens: all, slots: slots, made: made, rows: rows, count: &n, inside: marking ? inside : nil) }
            }
          }
        }
      }
    }
    cueRows.count = n
  }

  /// What turns a match into cue rows for this scorer (`EntryRows`).
  private var entryRows: EntryRows {
    EntryRows(tables: matcher.tables, readable: readable, boosterOffset: parameters.boosterOffset, backshift: context.marked.backshift, conditional: context.marked.conditional, excess: context.marked.excess, verbMasks: context.marked.masks, scarce: context.marked.scarce)
  }

  /// What turns a match into cue rows: the matcher's entry tables in raw
  /// memory (written once, alive as long as the scorer's matcher; read
  /// through the arrays, each would be retained and bounds-checked), the
  /// categories the model reads and the booster offset.
  private struct EntryRows {
    let entryStart: UnsafeMutablePointer<Int32>
    let entryIDs: UnsafeMutablePointer<Int32>
    let entryCategories: UnsafeMutablePointer<LexiconCategory>
    let entryBits: UnsafeMutablePointer<UInt32>
    let entryWeights: UnsafeMutablePointer<Double>
    let readable: UInt32
    let boosterOffset: Double
    let backshift: [Int32]
    /// `MarkedEntries.conditional`.
    let conditional: [Bool]
    /// `MarkedEntries.excess`.
    let excess: [Int32]
    /// `MarkedEntries.masks`.
    let verbMasks: [Int32]
    /// `MarkedEntries.scarce`.
    let scarce: [Int32]

    /// (Made from the scorer's parts, not the scorer: passed whole, the
    /// scorer was copied, with a retain of every array it holds.)
    init(tables t: MatcherTables, readable: UInt32, boosterOffset: Double, backshift: [Int32], conditional: [Bool], excess: [Int32], verbMasks: [Int32], scarce: [Int32]) {
      entryStart = t.nodeEntryStart
      entryIDs = t.entryIDs
      entryCategories = t.entryCategories
      entryBits = t.entryBits
      entryWeights = t.entryWeights
      self.readable = readable
      self.boosterOffset = boosterOffset
      self.backshift = backshift
      self.conditional = conditional
      self.excess = excess
      self.verbMasks = verbMasks
      self.scarce = scarce
    }

    /// Makes the rows of the nodes of `matches` not met yet in `nodes`.
    func meet(_ matches: UnsafeBufferPointer<PhraseMatch>, _ nodes: inout NodeRows) {
      nodes.meet(matches, entryStart: entryStart, entryIDs: entryIDs) { row($0) }
    }


    /// Writes the rows of every entry of `m` the model reads at
    /// `rows[count...]`, advancing `count`, and when `m` is two tokens or
    /// more marks the tokens it crosses in `inside` (if given); the rows
    /// are those of its node (`slots`, `made`: `NodeRows`, where the node
    /// was met). The caller made room: `maxNodeEntries` rows. A node the
    /// model does not read (its slot is the unread run, row 0) writes
    /// nothing: a test on the slot costs less than writing the unread row
    /// for most matches.
    @inline(__always)
    static func write(_ m: PhraseMatch, tokens all: UnsafeBufferPointer<Token>, slots: UnsafeBufferPointer<Int32>, made: UnsafeBufferPointer<CueRow>, rows: UnsafeMutableBufferPointer<CueRow>, count n: inout Int, inside: UnsafeMutableBufferPointer<UInt8>?) {
      let long = m.end &- m.start >= 2
      if long, let inside {
        // The first token inside on its own: most long matches are two
        // tokens, and the loop alone was made a `memset` call.
        inside[Int(m.start &+ 1)] = 1
        var k = Int(m.start &+ 2)
        while k < Int(m.end) {
          inside[k] = 1
          k &+= 1
        }
      }
      // A node the model does not read (grammar words, names: most
      // matches) has no rows to write.
      var i = Int(slots[Int(m.node)])
      if i == 0 { return }
      let flags = NodeRows.unread | NodeRows.last
      let keep: UInt32 = long ? ~flags : ~(flags | CueRows.container)
      // The match's first or last token is capitalized: both read, with no
      // branch (the last is the first for a match of one token; which
      // matches open with a capital was mispredicted).
      let capitals = UInt32(truncatingIfNeeded: Int(bitPattern: UInt(all[Int(m.start)].isCapitalized ? 1 : 0) | UInt(all[Int(m.end) &- 1].isCapitalized ? 1 : 0)))
      let name: UInt32 = capitals &* CueRows.maybeName
      while true {
        var row = made[i]
        let b = row.bits
        row.start = m.start
        row.end = m.end
        row.bits = (b & keep) | name
        rows[n] = row
        n &+= Int(truncatingIfNeeded: ~b &>> 31)
        if b & NodeRows.last != 0 { break }
        i &+= 1
      }
    }

    /// The row of entry `e` for a match of two tokens or more that is no
    /// name, nil when the model does not read it.
    func row(_ e: Int32) -> CueRow? {
      let bit = entryBits[Int(e)]
      guard readable & bit != 0 else { return nil }
      let category = entryCategories[Int(e)]
      let weight = entryWeights[Int(e)]
      let cue = SentenceScorer.cue(PhraseMatch(start: 0, end: 2, node: 0), entry: e, category: category, weight: weight, boosterOffset: boosterOffset)
      return CueRow(cue: cue, bits: CueRows.bits(cue, categoryBit: bit, maybeName: false, backshift: backshift.contains(e), conditional: Int(e) < conditional.count && conditional[Int(e)], excess: excess.contains(e), verbMask: verbMasks.contains(e), scarce: scarce.contains(e)))
    }
  }

  /// The cue of entry `e` matched at `m`, with its value and axis before
  /// any rule.
  @inline(__always)
  static func cue(_ m: PhraseMatch, entry e: Int32, category: LexiconCategory, weight: Double, boosterOffset: Double) -> Cue {
    var cue = Cue(start: m.start, end: m.end, entry: e, category: category, weight: weight, value: 0, axis: nil)
    switch category {
    case .valence: cue.value = weight; cue.axis = .optimism
    case .booster: cue.value = -weight * boosterOffset; cue.axis = .hedging
    case .report: cue.axis = .hedging
    case _ where category.isHedge: cue.value = weight; cue.axis = .hedging
    default: break
    }
    return cue
  }

  /// Scores the unit `tokens` whose cues before the name check are
  /// `cueRows.rows[rows]`. Rules run over the cues, not the tokens: a unit
  /// without cues costs a word count and a look at its last tokens; the
  /// cues are copied into `state` only when a rule runs on them (its
  /// gate is open: `RuleGate`), the name check or a modifier inside a
  /// longer cue drops some, or `keepCues` asks for them. Otherwise the
  /// values are summed where they are.
  private mutating func scoreRows(_ tokens: Range<Int>, _ rows: Range<Int>, keepCues: Bool, context: RuleContext) -> UnitScore {
    var unit = UnitScore()
    unit.words = words(in: tokens)
    let question = endsInQuestion(tokens)
    let gated = self.rules.gated
    let reported = reportedSpeech
    var scan = cueRows.rows.withUnsafeBufferPointer { CueScan(UnsafeBufferPointer(rebasing: $0[rows]), gates: gated, reportedSpeech: reported) }
    // The library's rules run over a copy of the rows when no evidence is
    // asked for (`runRules`); only other paths load `state`.
    let fast = rules.libraryOnly && !keepCues
    // Rows whose match is part of a name are left out (rare: most
    // capitalized matches open a sentence before a lower-case word); the
    // others are then in `stateRows`, and in `state` unless `fast`.
    var loaded = false
    if scan.maybeName, let first = firstDroppedName(tokens, rows) {
      keepUnnamed(tokens, rows, from: first)
      if !fast { loadStateRows(tokens) }
      loaded = true
      scan = stateRows.withUnsafeBufferPointer { CueScan($0, gates: gated, reportedSpeech: reported) }
    }
    let count = loaded ? stateRows.count : rows.count
    if count == 0 && !question {
      if keepCues && !loaded { load(tokens, rows) }
      return unit
    }
    var present = scan.present
    if rules.readsTopics && present & LexiconCategory.valence.bit != 0 {
      let topic = loaded
        ? stateRows.withUnsafeBufferPointer { hasTopicTerm($0, tokens, context) }
        : cueRows.rows.withUnsafeBufferPointer { hasTopicTerm(UnsafeBufferPointer(rebasing: $0[rows]), tokens, context) }
      if topic { present |= SentenceState.topicTrigger }
    }
    let clauses = rules.alwaysClauses || present & rules.gatedClauseTriggers != 0
    if question { present |= SentenceState.questionTrigger }
    present |= SentenceState.alwaysTrigger
    let runs = present & rules.gatedAny != 0
    var sum: Sum
    if !runs && !keepCues && !scan.mayDropModifiers {
      // No rule runs and nothing is dropped: the values are the entries' own.
      sum = loaded
        ? stateRows.withUnsafeBufferPointer { Self.sum($0) }
        : cueRows.rows.withUnsafeBufferPointer { Self.sum(UnsafeBufferPointer(rebasing: $0[rows])) }
    } else if fast {
      // The library's rules over a copy of the rows: no state to load.
      sum = runRules(tokens, loaded ? nil : rows, question: question, present: present, runs: runs, clauses: clauses, dropModifiers: scan.mayDropModifiers, context: context)
    } else {
      sum = runRulesOnState(tokens, rows, loaded: loaded, question: question, present: present, runs: runs || keepCues, clauses: clauses, dropModifiers: scan.mayDropModifiers, context: context)
    }
    unit.hasOptimismEvidence = sum.optimismEvidence
    unit.hasHedgingEvidence = sum.hedgingEvidence
    unit.setScores(raw: sum.raw, mass: sum.mass, parameters)
    return unit
  }

  /// Some valence row of `rows` (a unit `tokens`'s) may be in what a
  /// noun is about (`TopicRule.mayOpenTopic`). (Out of line, so that
  /// `scoreRows` keeps the rule runs inlined.)
  @inline(never)
  private func hasTopicTerm(_ rows: UnsafeBufferPointer<CueRow>, _ tokens: Range<Int>, _ context: RuleContext) -> Bool {
    let reach = parameters.topicReach
    return context.wordFacts.withUnsafeBufferPointer { facts in
      for r in rows where r.bits & LexiconCategory.valence.bit != 0 && r.value != 0 {
        if TopicRule.mayOpenTopic(before: Int(r.start), unit: tokens.lowerBound, reach: reach, facts: facts, context) { return true }
      }
      return false
    }
  }

  /// The sums over a unit's cues that make its scores (`sum(_:)`).
  typealias Sum = (raw: Double, mass: Double, optimismEvidence: Bool, hedgingEvidence: Bool)

  /// `scoreRows` for evidence or a model with rules of its own: the cues
  /// (`cueRows.rows[rows]`, already in `state` when `loaded`) loaded
  /// into `state`, the modifiers inside longer cues dropped
  /// (`dropModifiers`), and when `runs`, the clauses numbered
  /// (`clauses`) and the rules whose triggers meet `present` run over it;
  /// then the cues summed. (Out of line: the usual units take the paths
  /// above, which keep their registers.)
  @inline(never)
  private mutating func runRulesOnState(_ tokens: Range<Int>, _ rows: Range<Int>, loaded: Bool, question: Bool, present: UInt32, runs: Bool, clauses: Bool, dropModifiers: Bool, context: RuleContext) -> Sum {
    if !loaded { load(tokens, rows) }
    if dropModifiers { dropModifiersInsideLongerCues() }
    guard runs else { return state.cues.withUnsafeBufferPointer { Self.sum($0) } }
    if clauses { markClauses(context) }
    state.isQuestion = question
    applyRules(present: present, triggers: rules.gatedTriggers, context: context)
    var sum = state.cues.withUnsafeBufferPointer { Self.sum($0) }
    for extra in state.extraHedge {
      sum.mass += extra.mass
      sum.hedgingEvidence = true
    }
    return sum
  }

  /// `scoreRows` for a model of the library's rules only
  /// (`RulePlan.libraryOnly`), without evidence: copies the unit's cues
  /// (`cueRows.rows[rows]`, or `stateRows` after the name check when
  /// `rows` is nil) into the scratch, drops the modifiers inside longer
  /// cues (`dropModifiers`), and when `runs`, numbers the clauses
  /// (`clauses`) and runs the rules whose gates meet `present` there
  /// (`RuleRows`); then sums the cues.
  private mutating func runRules(_ tokens: Range<Int>, _ rows: Range<Int>?, question: Bool, present: UInt32, runs: Bool, clauses: Bool, dropModifiers: Bool, context: RuleContext) -> Sum {
    var scratch: [RuleCue] = []
    swap(&scratch, &ruleCues)
    RuleRows.grow(&scratch, to: rows?.count ?? stateRows.count)
    // The copy and the clause marks in one access to the scratch's buffer
    // (an access each cost a uniqueness check and a call), taken inside
    // the other arrays' (the other way round, they were retained and
    // released for every unit); the rules and the sum in a second (with
    // the rules' calls inside, the arrays around were retained again).
    let n = document.tokens.withUnsafeBufferPointer { tokenBuffer in
      counts.withUnsafeBufferPointer { breakCounts in
        cueRows.rows.withUnsafeBufferPointer { allRows in
          stateRows.withUnsafeBufferPointer { keptRows in
            scratch.withUnsafeMutableBufferPointer { all in
              let source = if let rows { UnsafeBufferPointer(rebasing: allRows[rows]) } else { keptRows }
              let n = RuleRows.fill(all, from: source, dropModifiers: dropModifiers)
              if runs && clauses && n > 0 {
                RuleRows.markClauses(UnsafeMutableBufferPointer(rebasing: all[0..<n]), tokens: tokenBuffer, counts: breakCounts, unit: tokens, context: context)
              }
              return n
            }
          }
        }
      }
    }
    let sum: Sum = scratch.withUnsafeMutableBufferPointer { all in
      var unit = RuleRows(cues: all, count: n, tokens: tokens, isQuestion: question, isReportedSpeech: reportedSpeech)
      if runs {
        if rules.stepsOfBit.isEmpty {
          for i in rules.steps.indices where rules.steps[i].trigger & present != 0 {
            Self.run(rules.steps[i].kind, &unit, context)
          }
        } else {
          // Only the steps to run, in order: those of each bit of `present`
          // that some trigger has.
          var todo: UInt64 = 0
          var bits = present & rules.gatedAny
          while bits != 0 {
            todo |= rules.stepsOfBit[bits.trailingZeroBitCount]
            bits &= bits &- 1
          }
          while todo != 0 {
            Self.run(rules.steps[todo.trailingZeroBitCount].kind, &unit, context)
            todo &= todo &- 1
          }
        }
      }
      var sum = CueSum()
      for i in 0..<n { sum.add(all[i].cue) }
      var result = sum.result
      for _ in 0..<unit.hedges {
        result.mass += unit.hedgeMass
        result.hedgingEvidence = true
      }
      return result
    }
    swap(&scratch, &ruleCues)
    return sum
  }

  /// Runs the library's rule `kind` over `unit`.
  @inline(__always)
  private static func run(_ kind: StandardRule, _ unit: inout RuleRows, _ context: RuleContext) {
    switch kind {
    case .intensifier: IntensifierRule().run(&unit, context)
    case .negation: NegationRule().run(&unit, context)
    case .excess: ExcessRule().run(&unit, context)
    case .negatedPredicate: NegatedPredicateRule().run(&unit, context)
    case .shifter: ShifterRule().run(&unit, context)
    case .comparison: ComparisonRule().run(&unit, context)
    case .predicate: PredicateRule().run(&unit, context)
    case .indirectQuestion: IndirectQuestionRule().run(&unit, context)
    case .comparisonStandard: StandardHedgeRule().run(&unit, context)
    case .noQuantity: QuantityRule().run(&unit, context)
    case .topic: TopicRule().run(&unit, context)
    case .scheduledStep: ScheduleRule().run(&unit, context)
    case .unmovedQuantity: QuantityChangeRule().run(&unit, context)
    case .hedgedClaim: HedgedClaimRule().run(&unit, context)
    case .conditional: ConditionalRule().run(&unit, context)
    case .contrast: ContrastRule().run(&unit, context)
    case .concessive: ConcessiveRule().run(&unit, context)
    case .question: QuestionRule().run(&unit, context)
    case .reportingStance: ReportingStanceRule().run(&unit, context)
    case .background: BackgroundRule().run(&unit, context)
    case .shortfall: ShortfallRule().run(&unit, context)
    case .other: preconditionFailure("a plan of the library's rules only")
    }
  }

  /// The first row of `rows` the name check drops from the unit
  /// `tokens`: a match of capitalized words inside the unit, or one that
  /// runs into a name (`isCapitalizedMidSentence`, `runsIntoName`), when
  /// the unit is not in title case; nil when it drops none.
  private func firstDroppedName(_ tokens: Range<Int>, _ rows: Range<Int>) -> Int? {
    let first: Int? = document.tokens.withUnsafeBufferPointer { all in
      document.text.withUnsafeBufferPointer { text in
        cueRows.rows.withUnsafeBufferPointer { cues in
          let check = NameCheck(tokens: all, text: text, unit: tokens)
          for r in rows where cues[r].bits & CueRows.maybeName != 0 && check.drops(cues[r].start, cues[r].end) { return r }
          return nil
        }
      }
    }
    guard let first, !isTitleCase(tokens) else { return nil }
    return first
  }

  /// Sets `stateRows` to the rows of `rows` the name check keeps, `first`
  /// being the first it drops (`firstDroppedName`: the unit is not in
  /// title case, and the rows before it are kept).
  private mutating func keepUnnamed(_ tokens: Range<Int>, _ rows: Range<Int>, from first: Int) {
    var kept: [CueRow] = []
    swap(&kept, &stateRows)
    kept.clearKeepingCapacity()
    document.tokens.withUnsafeBufferPointer { all in
      document.text.withUnsafeBufferPointer { text in
        cueRows.rows.withUnsafeBufferPointer { cues in
          kept.append(contentsOf: UnsafeBufferPointer(rebasing: cues[rows.lowerBound..<first]))
          let check = NameCheck(tokens: all, text: text, unit: tokens)
          for r in (first + 1)..<rows.upperBound {
            let row = cues[r]
            if row.bits & CueRows.maybeName != 0 && check.drops(row.start, row.end) { continue }
            kept.append(row)
          }
        }
      }
    }
    swap(&kept, &stateRows)
  }

  /// Empties `state` for the unit `tokens` (its cues left to the caller).
  private mutating func reset(_ tokens: Range<Int>) {
    state.tokens = tokens
    state.clausesMarked = false
    state.isQuestion = false
    state.isReportedSpeech = reportedSpeech
    state.applied.clearKeepingCapacity()
    if !state.extraHedge.isEmpty { state.extraHedge.removeAll(keepingCapacity: true) }
  }

  /// Empties `state` for the unit `tokens` and copies into it the cues of
  /// `cueRows.rows[rows]`.
  private mutating func load(_ tokens: Range<Int>, _ rows: Range<Int>) {
    reset(tokens)
    cueRows.rows.withUnsafeBufferPointer { state.cues.assign(UnsafeBufferPointer(rebasing: $0[rows])) { $0.cue } }
  }

  /// Empties `state` for the unit `tokens` and copies into it the cues of
  /// `stateRows` (after the name check).
  private mutating func loadStateRows(_ tokens: Range<Int>) {
    reset(tokens)
    stateRows.withUnsafeBufferPointer { state.cues.assign($0) { $0.cue } }
  }

  /// Runs the rules whose triggers (`triggers`, one per rule) meet
  /// `present` over `state`, in the model's order.
  @inline(__always)
  private mutating func applyRules(present: UInt32, triggers: [UInt32], context: RuleContext) {
    for i in rules.kinds.indices where triggers[i] & present != 0 {
      // The library's own rules are called directly (they hold nothing but
      // their name); others through their box.
      switch rules.kinds[i] {
      case .intensifier: IntensifierRule().apply(&state, context)
      case .negation: NegationRule().apply(&state, context)
      case .excess: ExcessRule().apply(&state, context)
      case .negatedPredicate: NegatedPredicateRule().apply(&state, context)
      case .shifter: ShifterRule().apply(&state, context)
      case .comparison: ComparisonRule().apply(&state, context)
      case .predicate: PredicateRule().apply(&state, context)
      case .indirectQuestion: IndirectQuestionRule().apply(&state, context)
      case .comparisonStandard: StandardHedgeRule().apply(&state, context)
      case .noQuantity: QuantityRule().apply(&state, context)
      case .topic: TopicRule().apply(&state, context)
      case .scheduledStep: ScheduleRule().apply(&state, context)
      case .unmovedQuantity: QuantityChangeRule().apply(&state, context)
      case .hedgedClaim: HedgedClaimRule().apply(&state, context)
      case .conditional: ConditionalRule().apply(&state, context)
      case .contrast: ContrastRule().apply(&state, context)
      case .concessive: ConcessiveRule().apply(&state, context)
      case .question: QuestionRule().apply(&state, context)
      case .reportingStance: ReportingStanceRule().apply(&state, context)
      case .background: BackgroundRule().apply(&state, context)
      case .shortfall: ShortfallRule().apply(&state, context)
      case .other: rules.boxes[i].rule.apply(&state, context)
      }
    }
  }

  /// The sums over `cues` that make a unit's scores, in cue order.
  @inline(__always)
  static func sum(_ cues: UnsafeBufferPointer<Cue>) -> Sum {
    var sum = CueSum()
    for c in cues { sum.add(c) }
    return sum.result
  }

  /// `sum(_:)` of the cues of `rows`.
  @inline(__always)
  static func sum(_ rows: UnsafeBufferPointer<CueRow>) -> Sum {
    var sum = CueSum()
    for r in rows { sum.add(r) }
    return sum.result
  }

  /// The scorer as it was before cue rows (one pass from the matches to
  /// the rules for every unit): the reference the tests compare
  /// `score(_:keepCues:)`, `scoreSentence` and `scorePart` with, and the
  /// path of a part that a match crosses. A part of a sentence whose
  /// matches are `sentenceMatches` (`PhraseMatcher.matches(in:sentence:
  /// ids:into:)`) takes its matches from them; `context` is this scorer's
  /// `context`.
  mutating func referenceScore(_ tokens: Range<Int>, keepCues: Bool = false, sentenceMatches: ArraySlice<PhraseMatch>?, context: RuleContext) -> (UnitScore, SentenceState?) {
    state.tokens = tokens
    // (Emptied only when not empty: `removeAll(keepingCapacity:)` costs
    // some 75 instructions even on an empty array.)
    state.cues.clearKeepingCapacity()
    // (`state.clause` is kept: only the units that mark clauses write and
    // read it, and emptying it made the next marking grow it again.)
    state.clausesMarked = false
    state.isQuestion = false
    state.isReportedSpeech = reportedSpeech
    state.applied.clearKeepingCapacity()
    if !state.extraHedge.isEmpty { state.extraHedge.removeAll(keepingCapacity: true) }
    matches.clearKeepingCapacity()
    // Bits of the categories of the cues found (a superset once modifiers
    // inside longer cues are dropped): rules without a trigger among them
    // are not called.
    var present: UInt32 = 0
    let tables = matcher.tables
    if let sentenceMatches {
      PhraseMatcher.matches(in: tokens, sentence: sentenceMatches, ids: ids, tables: tables, into: &matches)
    } else {
      PhraseMatcher.matches(in: tokens, ids: ids, tables: tables, into: &matches)
    }
    var titleCase: Bool? = nil
    let entries = entryRows
    document.tokens.withUnsafeBufferPointer { all in
      for m in matches {
        // (Most matches start with a lower-case word and are one word long:
        // then neither check can hold, and neither is called.)
        let maybeName = all[Int(m.start)].isCapitalized || (m.end - m.start >= 2 && all[Int(m.end) - 1].isCapitalized)
        if maybeName && (isCapitalizedMidSentence(m.start, m.end, in: tokens) || runsIntoName(m.start, m.end, in: tokens)) {
          if titleCase == nil { titleCase = isTitleCase(tokens) }
          if titleCase == false { continue }
        }
        for i in Int(entries.entryStart[Int(m.node)])..<Int(entries.entryStart[Int(m.node) + 1]) {
          let e = entries.entryIDs[i]
          let bit = entries.entryBits[Int(e)]
          guard entries.readable & bit != 0 else { continue }
          let category = entries.entryCategories[Int(e)]
          let weight = entries.entryWeights[Int(e)]
          state.cues.append(Self.cue(m, entry: e, category: category, weight: weight, boosterOffset: entries.boosterOffset))
          // A reporting cue of weight 0 ("said") is left out: the one rule
          // it triggers (ReportingStanceRule) changes only weighted ones,
          // and it neither opens a clause nor holds a modifier.
          if category != .report || weight != 0 { present |= bit }
        }
      }
    }
    // Only a modifier (layer 2) inside a cue of another layer is dropped.
    if present & LexiconCategory.layer2Bits != 0 && present & ~LexiconCategory.layer2Bits != 0 {
      dropModifiersInsideLongerCues()
    }
    var unit = UnitScore()
    unit.words = words(in: tokens)
    let question = endsInQuestion(tokens)
    if state.cues.isEmpty && !question {
      return (unit, keepCues ? state : nil)
    }
    if rules.readsTopics && present & LexiconCategory.valence.bit != 0 {
      let first = tokens.lowerBound
      let reach = parameters.topicReach
      let topic = context.wordFacts.withUnsafeBufferPointer { facts in
        state.cues.contains { $0.category == .valence && $0.value != 0 && TopicRule.mayOpenTopic(before: Int($0.start), unit: first, reach: reach, facts: facts, context) }
      }
      if topic { present |= SentenceState.topicTrigger }
    }
    if rules.alwaysClauses || present & rules.clauseTriggers != 0 {
      markClauses(context)
    }
    state.isQuestion = question
    if question { present |= SentenceState.questionTrigger }
    // (A rule with every trigger bit, the default, always runs: the bit
    // of no category or question is always present.)
    present |= SentenceState.alwaysTrigger
    applyRules(present: present, triggers: rules.triggers, context: context)
    var raw = 0.0
    var mass = 0.0
    for i in state.cues.indices {
      let value = state.cues[i].value
      switch state.cues[i].axis {
      case .optimism?: raw += value; if state.cues[i].weight != 0 { unit.hasOptimismEvidence = true }
      case .hedging?: mass += value; if value != 0 { unit.hasHedgingEvidence = true }
      case nil: break
      }
    }
    for extra in state.extraHedge {
      mass += extra.mass
      unit.hasHedgingEvidence = true
    }
    unit.setScores(raw: raw, mass: mass, parameters)
    return (unit, keepCues ? state : nil)
  }

  /// A match whose every token is capitalized, inside a sentence and not
  /// right after an opening quote, colon or dash, is part of a name ("the
  /// Good Friday Agreement", "Hope Mwangi", "May 12", "the Board of Peace"):
  /// it is not an evaluation.
  /// At the start of a sentence, a capitalized match followed by another
  /// capitalized word is a name too ("Hope Adeyemi said ...").
  private func isCapitalizedMidSentence(_ start: Int32, _ end: Int32, in sentence: Range<Int>) -> Bool {
    for k in Int(start)..<Int(end) where !document.tokens[k].isCapitalized { return false }
    var k = Int(start) - 1
    while k >= sentence.lowerBound {
      let t = document.tokens[k]
      switch t.kind {
      case .word, .number, .clitic: return true
      case .quote, .terminal: return nextIsCapitalizedWord(end, in: sentence)
      case .punctuation:
        let b = document.text[Int(t.start)]
        if b == UInt8(ascii: ":") || b == UInt8(ascii: "-") || b == 0xE2 || b == UInt8(ascii: "(") { return nextIsCapitalizedWord(end, in: sentence) }
        k -= 1
      }
    }
    return nextIsCapitalizedWord(end, in: sentence)
  }

  /// A phrase whose last word starts a name: "in the Black" of "in the
  /// Black Sea" is not "in the black" (profitable). Its last word and the
  /// next are capitalized, its first word is not (or only because it opens
  /// the sentence).
  private func runsIntoName(_ start: Int32, _ end: Int32, in sentence: Range<Int>) -> Bool {
    guard end - start >= 2 else { return false }
    let last = document.tokens[Int(end) - 1]
    let opens = Int(start) == sentence.lowerBound || !document.tokens[Int(start)].isCapitalized
    return last.kind == .word && last.isCapitalized && opens && nextIsCapitalizedWord(end, in: sentence)
  }

  /// The token after `end` is a capitalized word of two letters or more:
  /// a name may go on there. (Not a lone capital, the pronoun in "Perhaps
  /// I'm being gloomy".)
  private func nextIsCapitalizedWord(_ end: Int32, in sentence: Range<Int>) -> Bool {
    let next = Int(end)
    guard next < sentence.upperBound else { return false }
    let t = document.tokens[next]
    return t.kind == .word && t.isCapitalized && t.spaceBefore && t.end - t.start >= 2
  }

  /// A headline in title case ("Talks End With Little Progress"): at least
  /// three words of four letters or more, nine in ten of them capitalized.
  /// There, capitals say nothing about names.
  private func isTitleCase(_ tokens: Range<Int>) -> Bool {
    document.tokens.withUnsafeBufferPointer { all in
      // Counted with no branch on the tokens (long words and capitals
      // alternate unpredictably), eight tokens a block.
      var long = 0
      var capitalized = 0
      var k = tokens.lowerBound
      let end = tokens.upperBound
      while k < end {
        let blockEnd = min(k &+ 8, end)
        while k < blockEnd {
          let t = all[k]
          let isLong = (t.kind == .word ? 1 : 0) & (t.end &- t.start >= 4 ? 1 : 0)
          long &+= isLong
          capitalized &+= isLong & (t.isCapitalized ? 1 : 0)
          k &+= 1
        }
        // Not title case whatever the rest holds: even were each token
        // left a long capitalized word (adding r to both counts), nine in
        // ten would not be reached (10 (long - capitalized) > long + r).
        // Most units leave here after a block or two.
        if (long &- capitalized) &* 10 > long &+ (end &- k) { return false }
      }
      return long >= 3 && capitalized * 10 >= long * 9
    }
  }

  /// A modifier inside a longer cue of another layer is part of that cue,
  /// not a modifier of its own: the "no" of "no doubt", the "not" of "not
  /// clear", the "never" of "never been closer". A hedge or booster mask
  /// (weight 0: "could not" of inability) keeps its modifier; a valence
  /// mask does not: "asked not to be named" and "not only" deny nothing.
  private mutating func dropModifiersInsideLongerCues() {
    guard state.cues.count > 1 else { return }
    // A modifier is dropped only inside a longer cue of another layer:
    // with no such cue of two tokens or more (most units), none is.
    guard state.cues.contains(where: { $0.end - $0.start >= 2 && $0.category.layer != 2 && ($0.weight != 0 || $0.category == .valence) }) else { return }
    var i = 0
    while i < state.cues.count {
      let c = state.cues[i]
      if c.category.layer == 2, state.cues.contains(where: { $0.category.layer != 2 && ($0.weight != 0 || $0.category == .valence) && $0.start <= c.start && c.end <= $0.end && $0.end - $0.start > c.end - c.start }) {
        state.cues.remove(at: i)
      } else {
        i += 1
      }
    }
  }

  /// The words and numbers among `tokens` (`UnitScore.words` of the range).
  @inline(__always)
  func words(in tokens: Range<Int>) -> Int {
    Int(UInt32(truncatingIfNeeded: counts[tokens.upperBound]) &- UInt32(truncatingIfNeeded: counts[tokens.lowerBound]))
  }

  /// Fills the per-document counts for `document` (`counts`): entry `k`
  /// holds in its low 32 bits the words and numbers among tokens `0..<k`,
  /// so a unit's count is one subtraction (units overlap: sentences, then
  /// statements and the narrator's parts), and in its high 32 bits the
  /// tokens of clause-breaking punctuation (, ; : ( ) and dashes) among
  /// them, so those up to and with token `k` are `counts[k + 1] >> 32`
  /// (`breaks(through:_:)`). One store a token.
  private static func count(_ document: Document, into counts: inout [UInt64]) {
    let n = document.tokens.count
    // (Only grown: entries past the document are stale and never read.
    // Shrinking the array to each document cost more than the loop saves.)
    if counts.count < n + 1 {
      counts.append(contentsOf: repeatElement(0, count: n + 1 - counts.count))
    }
    Self.clauseBreakBytes.withUnsafeBufferPointer { breaks in
      document.tokens.withUnsafeBufferPointer { all in
        document.text.withUnsafeBufferPointer { text in
          counts.withUnsafeMutableBufferPointer { counts in
            // Words and numbers are counted without a branch (they
            // alternate unpredictably with the rest); only punctuation, a
            // token in ten, takes one to read its byte, and a table says
            // whether it breaks a clause.
            var c: UInt64 = 0
            counts[0] = 0
            // Four tokens a step: the loop's own count, test and branch
            // were a quarter of its instructions at two a step.
            var k = 0
            while k &+ 3 < n {
              Self.tally(all[k], text, breaks, into: &c)
              counts[k &+ 1] = c
              Self.tally(all[k &+ 1], text, breaks, into: &c)
              counts[k &+ 2] = c
              Self.tally(all[k &+ 2], text, breaks, into: &c)
              counts[k &+ 3] = c
              Self.tally(all[k &+ 3], text, breaks, into: &c)
              counts[k &+ 4] = c
              k &+= 4
            }
            while k < n {
              Self.tally(all[k], text, breaks, into: &c)
              counts[k &+ 1] = c
              k &+= 1
            }
          }
        }
      }
    }
  }

  /// Adds token `t` to `count`'s running count `c`: 1 for a word or a
  /// number, 1 << 32 for clause-breaking punctuation (`breaks`, the table
  /// `clauseBreakBytes`, read at its first byte). (Added in place: a
  /// returned sum was made without the branch, its byte read for every
  /// token.)
  @inline(__always)
  private static func tally(_ t: Token, _ text: UnsafeBufferPointer<UInt8>, _ breaks: UnsafeBufferPointer<UInt8>, into c: inout UInt64) {
    c &+= (wordKinds &>> UInt64(t.kind.rawValue)) & 1
    if t.kind == .punctuation { c &+= UInt64(breaks[Int(text[Int(t.start)])]) &<< 32 }
  }

  /// 1 at each first byte of a punctuation token that breaks a clause
  /// (`isClauseBreak`), else 0: one load, not the tests (256 entries).
  private static let clauseBreakBytes: [UInt8] = (0..<256).map { UInt8(truncatingIfNeeded: isClauseBreak(UInt64($0))) }

  /// Bit `k` set for the token kinds counted as words (`TokenKind` raw
  /// values of `word` and `number`).
  private static var wordKinds: UInt64 { 1 << UInt64(TokenKind.word.rawValue) | 1 << UInt64(TokenKind.number.rawValue) }

  /// 1 when `b`, the first byte of a punctuation token, breaks a clause:
  /// , ; : ( ) - or the lead byte of a dash (0xE2), else 0. (The ASCII
  /// ones are all below 64: one bit mask.)
  @inline(__always)
  private static func isClauseBreak(_ b: UInt64) -> UInt64 {
    let ascii: UInt64 = 1 << UInt64(UInt8(ascii: ",")) | 1 << UInt64(UInt8(ascii: ";")) | 1 << UInt64(UInt8(ascii: ":")) | 1 << UInt64(UInt8(ascii: "(")) | 1 << UInt64(UInt8(ascii: ")")) | 1 << UInt64(UInt8(ascii: "-"))
    return (b < 64 ? (ascii &>> b) & 1 : 0) | (b == 0xE2 ? 1 : 0)
  }

  /// The clause-breaking punctuation among tokens `0...k`, from the
  /// packed counts (`count(_:into:)`).
  @inline(__always)
  static func breaks(through k: Int, _ counts: UnsafeBufferPointer<UInt64>) -> Int32 {
    Int32(truncatingIfNeeded: counts[k &+ 1] >> 32)
  }

  /// The clause-breaking punctuation among tokens `0...k` of the
  /// document (`breaks(through:_:)` of the scorer's counts; for tests).
  func clauseBreaks(through k: Int) -> Int32 {
    counts.withUnsafeBufferPointer { Self.breaks(through: k, $0) }
  }

  @inline(__always)
  private func endsInQuestion(_ tokens: Range<Int>) -> Bool {
    // (Through the buffers: the arrays read one by one were retained and
    // released on every unit.)
    document.tokens.withUnsafeBufferPointer { all in
      document.text.withUnsafeBufferPointer { text in
        var k = tokens.upperBound - 1
        while k >= tokens.lowerBound {
          let t = all[k]
          if t.kind == .terminal { return text[Int(t.start)] == UInt8(ascii: "?") }
          if t.kind == .quote || (t.kind == .punctuation && text[Int(t.start)] == UInt8(ascii: ")")) {
            k -= 1
            continue
          }
          return false
        }
        return false
      }
    }
  }

  /// Clause numbers: a new clause starts at , ; : ( ) and dashes, and at
  /// every concessive or conditional cue and every contrast cue that
  /// contrasts (`ContrastRule.opensClause(_:in:_:)`).
  ///
  /// Rules compare the clauses of cue starts only, and only for equality,
  /// so only the entries of cue starts are written (index `k - clauseBase`,
  /// from the first cue's start): the breaking punctuation up to and with
  /// the token (`breaks(through:_:)`, counted once per document) plus the
  /// clause-opening cues that start on a word up to and with it.
  private mutating func markClauses(_ context: RuleContext) {
    guard let firstCue = state.cues.first, let lastCue = state.cues.last else { return }
    state.clausesMarked = true
    // Cues are in token order, so their starts are too.
    let lo = Int(firstCue.start)
    let hi = Int(lastCue.start)
    state.clauseBase = lo
    // The array only grows (to the longest span yet); entries of tokens
    // that start no cue are stale and never read.
    let n = hi - lo + 1
    if state.clause.count < n {
      state.clause.append(contentsOf: repeatElement(0, count: n - state.clause.count))
    }
    state.cues.withUnsafeBufferPointer { cues in
      document.tokens.withUnsafeBufferPointer { tokens in
        counts.withUnsafeBufferPointer { counts in
          state.clause.withUnsafeMutableBufferPointer { clause in
            var openers: Int32 = 0
            var lastOpener = -1
            for c in cues {
              let k = Int(c.start)
              // Openers starting at the same token count once; on
              // punctuation they add nothing (the punctuation decides).
              if c.category.opensClause, k != lastOpener, tokens[k].kind != .punctuation, ContrastRule.opensClause(c, in: state.tokens, context) {
                openers += 1
                lastOpener = k
              }
              // A later cue at the same token writes the same entry again,
              // with every opener at that token counted.
              clause[k - lo] = Self.breaks(through: k, counts) + openers
            }
          }
        }
      }
    }
  }
}

/// The scorer's name check of a unit's rows (`firstDroppedName`,
/// `keepUnnamed`) over the document's buffers: the reading of
/// `isCapitalizedMidSentence` and `runsIntoName`, which the reference path
/// keeps (and tests compare), with no bounds check or call for each row.
struct NameCheck {
  let tokens: UnsafeBufferPointer<Token>
  let text: UnsafeBufferPointer<UInt8>
  /// The unit's tokens.
  let unit: Range<Int>

  /// The match `start ..< end` is part of a name: all capitalized inside
  /// the unit, or running into a name.
  @inline(__always)
  func drops(_ start: Int32, _ end: Int32) -> Bool {
    isCapitalizedMidSentence(start, end) || runsIntoName(start, end)
  }

  /// `SentenceScorer.isCapitalizedMidSentence`.
  private func isCapitalizedMidSentence(_ start: Int32, _ end: Int32) -> Bool {
    for k in Int(start)..<Int(end) where !tokens[k].isCapitalized { return false }
    var k = Int(start) - 1
    while k >= unit.lowerBound {
      let t = tokens[k]
      switch t.kind {
      case .word, .number, .clitic: return true
      case .quote, .terminal: return nextIsCapitalizedWord(end)
      case .punctuation:
        let b = text[Int(t.start)]
        if b == UInt8(ascii: ":") || b == UInt8(ascii: "-") || b == 0xE2 || b == UInt8(ascii: "(") { return nextIsCapitalizedWord(end) }
        k -= 1
      }
    }
    return nextIsCapitalizedWord(end)
  }

  /// `SentenceScorer.runsIntoName`.
  @inline(__always)
  private func runsIntoName(_ start: Int32, _ end: Int32) -> Bool {
    guard end - start >= 2 else { return false }
    let last = tokens[Int(end) - 1]
    let opens = Int(start) == unit.lowerBound || !tokens[Int(start)].isCapitalized
    return last.kind == .word && last.isCapitalized && opens && nextIsCapitalizedWord(end)
  }

  /// `SentenceScorer.nextIsCapitalizedWord`.
  @inline(__always)
  private func nextIsCapitalizedWord(_ end: Int32) -> Bool {
    let next = Int(end)
    guard next < unit.upperBound else { return false }
    let t = tokens[next]
    return t.kind == .word && t.isCapitalized && t.spaceBefore && t.end - t.start >= 2
  }
}

/// The sums over a unit's cues that make its scores (`SentenceScorer.Sum`),
/// added up without a branch on each cue's axis (which varies from cue to
/// cue, and was mispredicted): the value goes to both sums, masked to +0
/// on the other axis, and the evidence flags are or-ed bits. Adding +0
/// changes no sum: a sum that starts at +0 is never -0 (only -0 + -0 is).
struct CueSum {
  var raw = 0.0
  var mass = 0.0
  /// The bits of the weights of the cues on the optimism axis, and of the
  /// values of those on the hedging axis, or-ed under the same masks as
  /// the sums: some such number is not ±0 exactly when these bits are not
  /// 0 but for the sign (`result`). (Two ands and two ors a cue; the
  /// comparisons of doubles with 0 took some 13 instructions.)
  var optimismWeights: UInt64 = 0
  var hedgingValues: UInt64 = 0

  @inline(__always)
  mutating func add(_ c: Cue) {
    add(value: c.value, weight: c.weight, optimism: c.axis == .optimism ? 1 : 0, hedging: c.axis == .hedging ? 1 : 0)
  }

  /// Adds a cue of value `value` and weight `weight`, on the optimism
  /// axis when `optimism` is 1, on the hedging axis when `hedging` is 1.
  @inline(__always)
  private mutating func add(value v: Double, weight: Double, optimism: UInt8, hedging: UInt8) {
    let value = v.bitPattern
    let onOptimism = 0 &- UInt64(optimism)
    let onHedging = 0 &- UInt64(hedging)
    raw += Double(bitPattern: value & onOptimism)
    mass += Double(bitPattern: value & onHedging)
    optimismWeights |= weight.bitPattern & onOptimism
    hedgingValues |= value & onHedging
  }

  /// `add(_:)` of the row's cue, its axis read from its bits.
  @inline(__always)
  mutating func add(_ r: CueRow) {
    let optimism = UInt8(truncatingIfNeeded: r.bits & LexiconCategory.valence.bit)
    let hedging: UInt8 = r.bits & CueRows.hedgingBits != 0 ? 1 : 0
    add(value: r.value, weight: r.weight, optimism: optimism, hedging: hedging)
  }

  /// The sums; a weight or value is not ±0 when some bit of it but the
  /// sign is set (a NaN too, as `!= 0` tells it).
  var result: SentenceScorer.Sum { (raw, mass, optimismWeights &<< 1 != 0, hedgingValues &<< 1 != 0) }
}

/// A scorer's reusable buffers: the matches of a unit, the rules' state and
/// the per-document counts. A worker hands them from document to document
/// (`Workspace`), so that each document's scorer does not grow its own.
struct ScorerBuffers {
  var matches: [PhraseMatch] = []
  var state = SentenceState(tokens: 0..<0)
  var counts: [UInt64] = []
  var cueRows = CueRows()
  var ruleCues: [RuleCue] = []
}

extension Array {
  /// Makes the array `element` of each of `source`, in its own storage:
  /// the kept elements overwritten, the rest appended or removed one by
  /// one (cheaper than emptying and appending for the few cues of a unit).
  @inline(__always)
  mutating func assign<Source>(_ source: UnsafeBufferPointer<Source>, _ element: (Source) -> Element) {
    let n = source.count
    while count > n { removeLast() }
    let kept = count
    if kept > 0 {
      withUnsafeMutableBufferPointer { p in
        for i in 0..<kept { p[i] = element(source[i]) }
      }
    }
    for i in kept..<n { append(element(source[i])) }
  }

  /// `removeAll(keepingCapacity: true)`, cheaper for a few elements: one
  /// `removeLast()` each costs less than the general range replacement.
  @inline(__always)
  mutating func clearKeepingCapacity() {
    if count > 4 {
      removeAll(keepingCapacity: true)
    } else {
      while !isEmpty { removeLast() }
    }
  }
}

/// A model's rules, each in a box, with what decides when they run.
struct RulePlan: Sendable {
  let boxes: [RuleBox]
  /// For every box, which of the library's rules it holds, and its
  /// triggers (`.max` stays all bits), as plain values for the scorer's loop.
  let kinds: [StandardRule]
  let triggers: [UInt32]
  /// Categories whose presence makes a rule that reads clauses run
  /// (`StanceRule.triggers`), and whether one such rule always runs.
  let clauseTriggers: UInt32
  let alwaysClauses: Bool
  /// The plan's rules are `RuleModel`'s, in its order, so the narrower
  /// gates of `RuleGate` hold (`CueScan` sets them only then).
  let gated: Bool
  /// The triggers the scorer reads (`scoreRows`): each rule's `RuleGate`
  /// when `gated`, else `triggers`; the clause triggers among them; and
  /// all of them or-ed (no bit of `present` among them: no rule runs).
  let gatedTriggers: [UInt32]
  let gatedClauseTriggers: UInt32
  let gatedAny: UInt32
  /// Every rule is one of the library's (`StandardRule`, none `.other`):
  /// the scorer may run them over its scratch (`SentenceScorer.runRules`).
  let libraryOnly: Bool
  /// Each rule's kind with its trigger of `gatedTriggers`, side by side
  /// (one array read a rule in the scorer's loop, `runRules`).
  let steps: [RuleStep]
  /// For each of the 32 trigger bits, the steps whose trigger has it (bit
  /// `i` for `steps[i]`), so that `runRules` visits only the steps that
  /// run: step `i` runs when some bit of `present` is in its trigger.
  /// Empty for a plan of more than 64 rules (then every step is tested).
  let stepsOfBit: [UInt64]
  /// Some rule's trigger (not all bits) is `SentenceState.topicTrigger`,
  /// which the scorer then sets where it holds.
  let readsTopics: Bool

  init(_ rules: [any StanceRule], gated: Bool = false) {
    boxes = rules.map(RuleBox.init)
    kinds = rules.map(StandardRule.init)
    triggers = boxes.map(\.triggers)
    var clauseTriggers: UInt32 = 0
    var alwaysClauses = false
    for box in boxes where box.readsClauses {
      if box.triggers == .max { alwaysClauses = true } else { clauseTriggers |= box.triggers }
    }
    self.clauseTriggers = clauseTriggers
    self.alwaysClauses = alwaysClauses
    self.gated = gated
    let gatedTriggers = gated ? zip(kinds, triggers).map { RuleGate.of($0) ?? $1 } : triggers
    var gatedClauseTriggers: UInt32 = 0
    for (box, t) in zip(boxes, gatedTriggers) where box.readsClauses && t != .max { gatedClauseTriggers |= t }
    self.gatedTriggers = gatedTriggers
    self.gatedClauseTriggers = gatedClauseTriggers
    self.gatedAny = gatedTriggers.reduce(0, |)
    self.libraryOnly = !kinds.contains(.other)
    self.steps = zip(kinds, gatedTriggers).map { RuleStep(kind: $0, trigger: $1) }
    var stepsOfBit: [UInt64] = []
    if gatedTriggers.count <= 64 {
      stepsOfBit = (0..<32).map { b in
        var steps: UInt64 = 0
        for (i, t) in gatedTriggers.enumerated() where t & (1 << UInt32(b)) != 0 { steps |= 1 << UInt64(i) }
        return steps
      }
    }
    self.stepsOfBit = stepsOfBit
    readsTopics = triggers.contains { $0 != .max && $0 & SentenceState.topicTrigger != 0 }
  }

  /// `RuleModel`'s rules, with their gates.
  static let standard = RulePlan(RuleModel.standardRules, gated: true)
  /// The categories `RuleModel` reads (`SentenceScorer.readable`).
  static let standardReadable = SentenceScorer.readable(RuleModel())
}

/// One rule of a plan as `SentenceScorer.runRules` reads it: which of the
/// library's rules, and the trigger bits that make it run.
struct RuleStep: Sendable {
  let kind: StandardRule
  let trigger: UInt32
}

/// Which of the library's rules a rule is (`.other` for any other type).
/// The library's rules are stateless values, so the scorer calls a new
/// one directly instead of the boxed one through its existential.
enum StandardRule: UInt8, Sendable {
  case intensifier, negation, excess, negatedPredicate, shifter, comparison, predicate, noQuantity, topic, scheduledStep, indirectQuestion, comparisonStandard, hedgedClaim, conditional, contrast, concessive, question, reportingStance, unmovedQuantity, background, shortfall, other

  init(_ rule: any StanceRule) {
    switch rule {
    case is IntensifierRule: self = .intensifier
    case is NegationRule: self = .negation
    case is ExcessRule: self = .excess
    case is NegatedPredicateRule: self = .negatedPredicate
    case is ShifterRule: self = .shifter
    case is ComparisonRule: self = .comparison
    case is PredicateRule: self = .predicate
    case is QuantityRule: self = .noQuantity
    case is TopicRule: self = .topic
    case is ScheduleRule: self = .scheduledStep
    case is QuantityChangeRule: self = .unmovedQuantity
    case is IndirectQuestionRule: self = .indirectQuestion
    case is StandardHedgeRule: self = .comparisonStandard
    case is HedgedClaimRule: self = .hedgedClaim
    case is ConditionalRule: self = .conditional
    case is ContrastRule: self = .contrast
    case is ConcessiveRule: self = .concessive
    case is QuestionRule: self = .question
    case is ReportingStanceRule: self = .reportingStance
    case is BackgroundRule: self = .background
    case is ShortfallRule: self = .shortfall
    default: self = .other
    }
  }
}

/// A rule behind a reference, so that calling it does not copy it.
/// (Its triggers are read once, here.)
final class RuleBox: Sendable {
  let rule: any StanceRule
  let triggers: UInt32
  let readsClauses: Bool
  init(_ rule: any StanceRule) {
    self.rule = rule
    self.triggers = rule.triggers
    self.readsClauses = rule.readsClauses
  }
}

extension LexiconCategory {
  /// The bits of the categories of layer 2, the modifiers
  /// (`dropModifiersInsideLongerCues`).
  /// (A constant, not a `static let`: its lazy initialization was checked
  /// on every unit.)
  @inline(__always)
  static var layer2Bits: UInt32 {
    LexiconCategory.negator.bit | LexiconCategory.intensifier.bit | LexiconCategory.dampener.bit | LexiconCategory.contrast.bit | LexiconCategory.concessive.bit | LexiconCategory.shifter.bit
  }

  /// A cue of this category starts a new clause (`markClauses`).
  @inline(__always)
  var opensClause: Bool { self == .contrast || self == .concessive || self == .hedgeConditional }

  /// The category whose `bit` is `1 << index` (`index < 21`: the
  /// categories with a bit come first, in order), as `CueRow` tells it.
  @inline(__always)
  init(bitIndex index: Int) {
    switch index {
    case 0: self = .valence
    case 1: self = .hedgeModal
    case 2: self = .hedgeEpistemic
    case 3: self = .hedgeApproximator
    case 4: self = .hedgeShield
    case 5: self = .hedgeConditional
    case 6: self = .booster
    case 7: self = .negator
    case 8: self = .intensifier
    case 9: self = .dampener
    case 10: self = .contrast
    case 11: self = .concessive
    case 12: self = .shifter
    case 13: self = .report
    case 14: self = .abbreviation
    case 15: self = .speakerTitle
    case 16: self = .speakerRole
    case 17: self = .speakerGroup
    case 18: self = .speakerOrganization
    case 19: self = .speakerMedia
    default: self = .speakerPronoun
    }
  }

  /// A bit of its own, for sets of categories in a `UInt32`.
  var bit: UInt32 {
    switch self {
    case .valence: 1 << 0
    case .hedgeModal: 1 << 1
    case .hedgeEpistemic: 1 << 2
    case .hedgeApproximator: 1 << 3
    case .hedgeShield: 1 << 4
    case .hedgeConditional: 1 << 5
    case .booster: 1 << 6
    case .negator: 1 << 7
    case .intensifier: 1 << 8
    case .dampener: 1 << 9
    case .contrast: 1 << 10
    case .concessive: 1 << 11
    case .shifter: 1 << 12
    case .report: 1 << 13
    case .abbreviation: 1 << 14
    case .speakerTitle: 1 << 15
    case .speakerRole: 1 << 16
    case .speakerGroup: 1 << 17
    case .speakerOrganization: 1 << 18
    case .speakerMedia: 1 << 19
    case .speakerPronoun: 1 << 20
    case .speakerGivenName: 0
    case .grammarDeterminer, .grammarQuantifier, .grammarThat, .grammarRelative, .grammarWh, .grammarAnd, .grammarOr, .grammarBut, .grammarSubordinator, .grammarAs, .grammarTo, .grammarObjectPreposition, .grammarNameConnector, .grammarNameParticle, .grammarPreposition, .grammarTimePreposition, .grammarTimeNoun, .grammarBe, .grammarHave, .grammarDo, .grammarModal, .grammarNegation, .grammarAdverb, .grammarVerb, .grammarAdjective, .grammarNoun: 0
    }
  }
}
