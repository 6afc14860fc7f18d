/// Finds who said what in a document: direct quotes and reported speech
/// (`statements`), the speakers they belong to, and problems with the
/// quotation marks.
///
/// ```swift
/// let engine = try Engine.builtin()
/// let document = engine.read(id: "a", text: "“We are close,” Mr. Lind said.")
/// let attribution = Attributor(matcher: engine.matcher)
///   .attribute(document, ids: engine.matcher.tokenIDs(document))
/// // attribution.statements[0]: "We are close", speaker "Lind"
/// ```
///
/// The work happens once per document over precomputed token facts
/// (`TokenFacts`): quotes per paragraph (`QuoteFinder`), reporting cues and
/// their content (`ReportedSpeechFinder`), the mention of the source near
/// each cue (`SourceMention`), and finally the merging of mentions into
/// speakers (`SpeakerResolver`). Strings are made only for speaker names and
/// aliases, at the end.
public struct Attributor: Sendable {
  let matcher: PhraseMatcher
  let vocabulary: AttributionVocabulary

  public init(matcher: PhraseMatcher) {
    self.matcher = matcher
    self.vocabulary = AttributionVocabulary(matcher.entries, grammar: matcher.grammarWords)
  }

  /// This attributor for `matcher`, a copy of its own matcher
  /// (`Engine.deepCopy`): the vocabulary copied, not built again.
  func deepCopy(matcher: PhraseMatcher) -> Attributor {
    Attributor(matcher: matcher, vocabulary: vocabulary.deepCopy())
  }

  private init(matcher: PhraseMatcher, vocabulary: AttributionVocabulary) {
    self.matcher = matcher
    self.vocabulary = vocabulary
  }

  /// Statements, speakers and warnings of `document`; `ids` are the
  /// matcher's token ids for it (`PhraseMatcher.tokenIDs`).
  public func attribute(_ document: Document, ids: TokenIDs) -> Attribution {
    attribute(document, ids: ids, matches: nil)
  }

  /// `attribute(_:ids:)` with every sentence's matches already found
  /// (`PhraseMatcher.matches` over all layers), if at hand.
  func attribute(_ document: Document, ids: TokenIDs, matches: SentenceMatches?) -> Attribution {
    var buffers = AttributionBuffers()
    return attribute(document, ids: ids, matches: matches, buffers: &buffers)
  }

  /// `attribute(_:ids:matches:)` in a worker's kept arrays (`Workspace`):
  /// the token facts and the pass's lists are refilled in them, not
  /// allocated per document. Without `speakerMentions` every speaker's
  /// `mentions` is left empty: the engine's analysis reads only names,
  /// kinds and aliases, and the spans cost an array and a pass each.
  func attribute(_ document: Document, ids: TokenIDs, matches: SentenceMatches?, buffers: inout AttributionBuffers, speakerMentions: Bool = true) -> Attribution {
    var names = SpeakerNames()
    return attribute(document, ids: ids, matches: matches, buffers: &buffers, speakers: .values(mentions: speakerMentions), names: &names)
  }

  /// `attribute(_:ids:matches:buffers:)` with the speakers appended to
  /// `names` as bytes (`Attribution.speakers` left empty): the engine's
  /// rows write names and aliases from the text, and make strings only
  /// when the public values are asked for.
  func attribute(_ document: Document, ids: TokenIDs, matches: SentenceMatches?, buffers: inout AttributionBuffers, names: inout SpeakerNames) -> Attribution {
    attribute(document, ids: ids, matches: matches, buffers: &buffers, speakers: .names, names: &names)
  }

  private func attribute(_ document: Document, ids: TokenIDs, matches: SentenceMatches?, buffers: inout AttributionBuffers, speakers form: SpeakerForm, names: inout SpeakerNames) -> Attribution {
    // The facts are filled in the buffers' (their arrays kept from the
    // last document), and moved into the pass and back by swaps: a local
    // copy made and tore down an empty `TokenFacts` a document, eight
    // releases.
    buffers.facts.fill(document: document, matcher: matcher, ids: ids, vocabulary: vocabulary, matches: matches, nodes: &buffers.matcherNodes)
    // A statement needs a reporting cue (a frame) or a quotation mark (a
    // quote no cue attributes), and a warning needs a quotation mark:
    // without either the pass would find nothing (many opinion pieces).
    if buffers.facts.cues.isEmpty, buffers.facts.quoteTokens.isEmpty { return Attribution() }
    // The worker's pass of the last document, turned to this one, or a
    // new pass (`AttributionPass.reuse`).
    // (Worked on in place, `buffers.pass!`, beside the buffers' other
    // parts: moved out of the optional and back, all 306 bytes of it were
    // copied some five times a document.)
    if buffers.pass == nil || buffers.pass!.appositiveList !== buffers.appositives {
      var facts = TokenFacts()
      swap(&facts, &buffers.facts)
      let made = AttributionPass(document: document, facts: consume facts, vocabulary: vocabulary, buffers: &buffers)
      buffers.pass = consume made
    } else {
      buffers.pass!.reuse(document: document, facts: &buffers.facts, vocabulary: vocabulary, lists: &buffers.lists, quotes: &buffers.quotes, quoteAt: &buffers.quoteAt, spare: &buffers.spareDocument)
    }
    // The lists stay out of the pass while the paragraphs are read
    // (`PassLists`), in the buffers' place (the pass took theirs, empty):
    // a local list of lists cost its making and freeing, about 300
    // instructions a document.
    swap(&buffers.lists, &buffers.pass!.lists)
    buffers.pass!.attributeParagraphs(lists: &buffers.lists)
    swap(&buffers.lists, &buffers.pass!.lists)
    let result = buffers.pass!.finish(returningFactsTo: &buffers.facts, resolverBuffers: &buffers.resolver, lists: &buffers.lists, quotes: &buffers.quotes, quoteAt: &buffers.quoteAt, speakers: form, names: &names)
    // Kept for the next document, without this one's document.
    buffers.pass!.letGoOfDocument(spare: &buffers.spareDocument)
    return result
  }
}

/// How `AttributionPass.finish` hands out the speakers: as public values
/// (with or without their mentions' spans), or as bytes (`SpeakerNames`).
enum SpeakerForm {
  case values(mentions: Bool)
  case names
}

/// What attribution keeps from document to document in a worker's
/// `Workspace`: the token facts and the pass's lists, emptied and refilled
/// by the next document (capacity kept). Nothing in it changes a result.
struct AttributionBuffers {
  var facts = TokenFacts()
  var matcherNodes = MatcherNodes()
  var lists = PassLists()
  var quotes: [QuoteSpan] = []
  var quoteAt: [Int32] = []
  var resolver = ResolverBuffers()
  var appositives = AppositiveList()
  /// The last document's pass (`AttributionPass.reuse`): kept, its lists
  /// already swapped back here, so that a pass is not made and torn down
  /// per document (its teardown alone released some 30 references, most
  /// of them empty arrays, about 670 instructions a document).
  var pass: AttributionPass? = nil
  /// The empty document the kept pass holds between documents, moved out
  /// while it holds one (`AttributionPass.reuse`, `letGoOfDocument`).
  var spareDocument: Document? = nil
}

/// The result of attribution for one document. Text outside every
/// statement is the article's own voice; it has no `Speaker` here.
public struct Attribution: Sendable {
  /// In text order; content spans never overlap.
  public var statements: [Statement]
  /// Every speaker with at least one statement.
  public var speakers: [Speaker]
  /// Unbalanced quotation marks (`ATT001`, `ATT002`), with line and column.
  public var warnings: [Diagnostic]

  public init(statements: [Statement] = [], speakers: [Speaker] = [], warnings: [Diagnostic] = []) {
    self.statements = statements
    self.speakers = speakers
    self.warnings = warnings
  }
}

/// A statement before its speaker is resolved: content tokens and the
/// mention it hangs on.
struct StatementDraft: Sendable {
  var paragraph: Int
  var tokens: Range<Int>
  var cue: CueMatch?
  var mention: Int
  var form: Statement.Form
  /// Quotes outrank reported clauses when spans overlap.
  var isQuote: Bool { form == .quote || form == .partialQuote }
}

/// The content of a statement whose source is a pronoun, in that mention's
/// list: `next` is the mention's previous one, or -1.
struct PronounStatement: Sendable {
  var tokens: Range<Int>
  var next: Int32
}

/// The lists that reading a unit changes: the mentions (and the lists
/// that find them), the drafts, and the unit's buffers. Moved out of the
/// pass while a paragraph's units are read (`readUnits`), so that the
/// readers are non-mutating methods of the pass and take these lists as
/// an argument: a mutating method copies the whole pass for every helper
/// it calls that is not mutating (makeFrame, forwardStart, forwardNP).
struct PassLists {
  var mentions: [Mention] = []
  /// For every token, the latest mention that starts there, or -1 (the
  /// ones before it are chained through `Mention.earlierAtStart`).
  /// `addMention` finds a phrase's mention through these, not by a walk
  /// over every mention.
  var latestMentionAt: [Int32] = []
  /// The contents of pronoun sources' statements, one list per mention
  /// (`Mention.lastStatement`).
  var pronounStatements: [PronounStatement] = []
  var drafts: [StatementDraft] = []
  /// Room for the frames of a unit, kept from unit to unit (`readUnit`).
  var frames: [Frame] = []
  /// The frame being read (`readUnit`): made in place here, then appended
  /// to `frames`.
  var frame = Frame(cue: CueMatch(start: 0, end: 0, entry: 0))
  /// Room for the drafts and quotes of a unit's contents (`DraftSink`).
  var content = DraftSink()
  /// The units of the paragraph being read, with their subjects' mentions.
  var unitSubjects: [(unit: Range<Int>, subject: Int?)] = []
  /// The first cue after the unit last read: most likely the first of the
  /// next (`firstCue(atOrAfter:hint:)`).
  var nextCue = 0
  /// Lines of the warnings' offsets, counted on from paragraph to
  /// paragraph (`QuoteFinder`).
  var warningLines = LineCursor()
  /// The document's commas that may set off a name after a role noun
  /// (`AttributionPass.findRoleCommas`), in text order.
  var roleCommas: [Int32] = []
}

/// Working state of one run of the attributor over one document.
struct AttributionPass {
  private(set) var document: Document
  private(set) var facts: TokenFacts
  /// The three things read from the vocabulary (`AttributionVocabulary`),
  /// not all of it: a mutating method copies the whole pass for every
  /// call of a helper that is not mutating, so the pass is kept small.
  private(set) var endsWithPreposition: [Bool]
  private(set) var entryWeight: [Double]
  /// `AttributionVocabulary.cueNotes`.
  private(set) var cueNotes: [CueNotes]
  /// The appositives of the document's noun phrases (shared by the pass's
  /// copies).
  let appositiveList: AppositiveList
  /// Mentions, drafts and the unit buffers (`PassLists`); read through
  /// the accessors below outside `readUnits`, and passed to the readers
  /// while the units are read.
  var lists = PassLists()
  var mentions: [Mention] {
    get { lists.mentions }
    _modify { yield &lists.mentions }
  }
  var pronounStatements: [PronounStatement] {
    get { lists.pronounStatements }
    _modify { yield &lists.pronounStatements }
  }
  var drafts: [StatementDraft] {
    get { lists.drafts }
    _modify { yield &lists.drafts }
  }
  var unitSubjects: [(unit: Range<Int>, subject: Int?)] {
    get { lists.unitSubjects }
    _modify { yield &lists.unitSubjects }
  }
  var warnings: [Diagnostic] = []
  /// Quotes of the paragraph being read.
  var quotes: [QuoteSpan] = []
  /// For every token, the index in `quotes` of the quote whose marks cover
  /// it, or -1 (valid for the paragraph being read).
  var quoteAt: [Int32]
  /// The source of the previous paragraph's last quote when that quote runs
  /// on into this paragraph, or -1. (Plain integers, not optionals, which
  /// take twice the room in the pass that every helper call copies.)
  var continuedQuoteMention = -1
  /// The source of the previous paragraph's last statement, if it was a
  /// quote, or -1.
  var previousParagraphQuoteMention = -1
  /// Some token right after an `as` is part of a cue (`quoted X as
  /// saying`): without one, no cue is read that way. (Last, in the
  /// padding after the optional: the pass's size is what every call of a
  /// helper copies.)
  private(set) var hasAsBeforeCue: Bool
  /// The quote finder warned about a mark of the paragraph being read (an
  /// unpaired one): only then can a content piece hold a double mark
  /// outside every quote (`emitPiece`).
  var paragraphHasUnpairedMark = false

  init(document: Document, facts: TokenFacts, vocabulary: AttributionVocabulary) {
    var buffers = AttributionBuffers()
    self.init(document: document, facts: facts, vocabulary: vocabulary, buffers: &buffers)
  }

  /// A pass whose lists are `buffers`' (moved in, emptied, capacity kept;
  /// `finish(returningBuffersTo:)` hands them back).
  /// (The facts are moved in and the vocabulary borrowed: an
  /// initializer's parameters are owned by default, so each was copied
  /// by the caller and destroyed here, a retain and a release of every
  /// array they hold, about 440 instructions a document.)
  init(document: Document, facts: consuming TokenFacts, vocabulary: borrowing AttributionVocabulary, buffers: inout AttributionBuffers) {
    self.document = document
    self.facts = consume facts
    self.endsWithPreposition = vocabulary.endsWithPreposition
    self.entryWeight = vocabulary.weight
    self.cueNotes = vocabulary.cueNotes
    self.appositiveList = buffers.appositives
    appositiveList.removeAll()
    self.quoteAt = []
    self.hasAsBeforeCue = Self.hasAsBeforeCue(self.facts.cues, self.facts.flags)
    prepare(lists: &buffers.lists, quotes: &buffers.quotes, quoteAt: &buffers.quoteAt)
  }

  /// This pass (the last document's, after `finish(returningBuffersTo:)`
  /// and `letGoOfDocument()`) turned to `document`: the same pass as
  /// `init(document:facts:vocabulary:buffers:)` would make. The facts are
  /// swapped in: `facts` is left with the pass's old ones (what `finish`
  /// left it, its callers' kept arrays).
  /// The empty document the pass held is moved into `spare`, for
  /// `letGoOfDocument(spare:)` to move back.
  mutating func reuse(document: Document, facts: inout TokenFacts, vocabulary: borrowing AttributionVocabulary, lists: inout PassLists, quotes: inout [QuoteSpan], quoteAt: inout [Int32], spare: inout Document?) {
    var taken = document
    swap(&self.document, &taken)
    spare = consume taken
    swap(&self.facts, &facts)
    // (Assigned only when they are not the arrays the pass holds already,
    // as they are for a worker's one vocabulary: each assignment retained
    // and released, about 80 instructions.)
    if !Self.sameStorage(endsWithPreposition, vocabulary.endsWithPreposition) { self.endsWithPreposition = vocabulary.endsWithPreposition }
    if !Self.sameStorage(entryWeight, vocabulary.weight) { self.entryWeight = vocabulary.weight }
    if !Self.sameStorage(cueNotes, vocabulary.cueNotes) { self.cueNotes = vocabulary.cueNotes }
    appositiveList.removeAll()
    continuedQuoteMention = -1
    previousParagraphQuoteMention = -1
    paragraphHasUnpairedMark = false
    hasAsBeforeCue = Self.hasAsBeforeCue(self.facts.cues, self.facts.flags)
    prepare(lists: &lists, quotes: &quotes, quoteAt: &quoteAt)
  }

  /// Whether `a` and `b` are one array's storage (so the same elements).
  static func sameStorage<T>(_ a: [T], _ b: [T]) -> Bool {
    a.count == b.count && a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
  }

  /// Lets go of the document (for the worker to reuse its arrays, which
  /// must be unique then) and the warnings (the result's).
  mutating func letGoOfDocument() {
    document = Self.noDocument
    warnings = []
  }

  /// `letGoOfDocument()` with the empty document `reuse` moved into
  /// `spare` (if any) moved back in its place, and `spare` left empty: an
  /// assignment of `noDocument` retained its arrays and released them at
  /// the next `reuse`, some 12 calls a document.
  mutating func letGoOfDocument(spare: inout Document?) {
    guard spare != nil else { return letGoOfDocument() }
    var held: Document? = nil
    swap(&held, &spare)
    swap(&document, &held!)
    warnings = []
  }

  /// An empty document, what a kept pass holds between documents.
  private static let noDocument = Document(id: "", bytes: [], segmenter: Segmenter())

  /// The lists taken from the buffers' (`lists`, `quotes`, `quoteAt`) and
  /// emptied for the document, the role commas found, `quoteAt` refilled
  /// (`init`, `reuse`).
  private mutating func prepare(lists keptLists: inout PassLists, quotes keptQuotes: inout [QuoteSpan], quoteAt keptQuoteAt: inout [Int32]) {
    exchangeLists(&keptLists, &keptQuotes, &keptQuoteAt)
    lists.mentions.removeAll(keepingCapacity: true)
    lists.latestMentionAt.refillPrefix(with: -1, count: document.tokens.count)
    lists.pronounStatements.removeAll(keepingCapacity: true)
    lists.drafts.removeAll(keepingCapacity: true)
    lists.warningLines = LineCursor()
    Self.findRoleCommas(self.facts, into: &lists.roleCommas)
    // (The paragraph's and the unit's buffers, `quotes`, `unitSubjects`,
    // `frames` and the content sink's, are emptied where they are filled,
    // before every paragraph, unit or piece: emptying them here too cost
    // about 85 instructions each a document.)
    quoteAt.refillPrefix(with: -1, count: document.tokens.count)
  }

  /// Whether some token of a cue comes right after an `as`. (Static, over
  /// the two arrays: a closure over the facts copied all their arrays,
  /// six retains and releases a document.)
  static func hasAsBeforeCue(_ cues: [CueMatch], _ flags: [TokenFacts.Flags]) -> Bool {
    for cue in cues {
      for t in cue.start..<cue.end where t > 0 && flags[t - 1].word == .as { return true }
    }
    return false
  }

  /// Reads paragraph `index` (the lists moved out for it: the engine's
  /// attributor moves them out once per document instead).
  mutating func attribute(paragraph index: Int) {
    var lists = PassLists()
    swap(&lists, &self.lists)
    attribute(paragraph: index, lists: &lists)
    swap(&lists, &self.lists)
  }

  /// Reads every paragraph of the document, in order, with the pass's
  /// lists in `lists`. (One call for them all: a call per paragraph
  /// through the buffers' optional pass read its tag each time.)
  mutating func attributeParagraphs(lists: inout PassLists) {
    for index in document.paragraphs.indices { attribute(paragraph: index, lists: &lists) }
  }

  /// Reads paragraph `index` with the pass's lists in `lists`.
  mutating func attribute(paragraph index: Int, lists: inout PassLists) {
    let warned = warnings.count
    QuoteFinder.quotes(in: document, paragraph: index, facts: facts, warnings: &warnings, lines: &lists.warningLines, into: &quotes)
    // Every double mark the finder leaves out of its quotes is one it
    // warned about (`ATT001`, `ATT002`).
    paragraphHasUnpairedMark = warnings.count > warned
    for (q, span) in quotes.enumerated() {
      for t in span.marks { quoteAt[t] = Int32(q) }
    }
    clearApostrophes(in: document.paragraphs[index].tokens)
    let firstDraft = lists.drafts.count
    lists.unitSubjects.removeAllKeepingStorage()
    // One copy of the pass for the call, none per helper.
    readUnits(paragraph: index, lists: &lists)
    attributeLooseQuotes(paragraph: index, firstDraft: firstDraft, lists: &lists)
    // (Tested here, not in the callee: a paragraph with one draft or
    // none, 1,411 of 3,800, does not fetch its code.)
    if lists.drafts.count - firstDraft > 1 { Self.resolveOverlaps(&lists.drafts, from: firstDraft) }
    // A quote that runs on into the next paragraph keeps its speaker there.
    let drafts = lists.drafts
    previousParagraphQuoteMention = drafts.count > firstDraft && drafts[drafts.count - 1].isQuote ? drafts[drafts.count - 1].mention : -1
    continuedQuoteMention = -1
    if let last = quotes.last(where: { $0.continues }),
      let d = drafts[firstDraft...].last(where: { $0.isQuote && $0.tokens.lowerBound > last.open && $0.tokens.upperBound <= last.close })
    {
      continuedQuoteMention = d.mention
    }
  }

  /// A single closing mark glued to the word before it and followed by a
  /// space, which no quote of the paragraph pairs, is an apostrophe: the
  /// glottal stop of `a Q’eqchi’ Maya village`, `K’iche’`. Its quote flag
  /// is taken off, so that phrases read across it as across a letter.
  mutating func clearApostrophes(in range: Range<Int>) {
    let tokens = document.tokens
    for k in facts.quoteTokenIndices(in: range) {
      let t = Int(facts.quoteTokens[k])
      guard quoteAt[t] < 0, !facts.has(t, .doubleMark), !facts.has(t, .opens), t > range.lowerBound, facts.has(t - 1, .word) else { continue }
      guard !tokens[t].spaceBefore, t + 1 < range.upperBound, tokens[t + 1].spaceBefore, tokens[t + 1].kind == .word else { continue }
      facts.clearQuote(t)
    }
  }

  /// Reads the units of paragraph `index`: sentences merged so that no
  /// quote crosses a boundary (a boundary inside a quote is not a
  /// boundary). Read as they are found, with no array: reading a unit
  /// changes neither the quotes nor `quoteAt`.
  func readUnits(paragraph index: Int, lists: inout PassLists) {
    let paragraph = document.paragraphs[index]
    var start = paragraph.tokens.lowerBound
    if index < 2, let end = datelineEnd(paragraph.tokens) { start = end }
    for si in paragraph.sentences {
      let end = document.sentences[si].tokens.upperBound
      if end >= paragraph.tokens.upperBound { break }
      let q = quoteAt[end - 1]
      if q >= 0, quotes[Int(q)].marks.upperBound > end { continue }
      if q >= 0, isExclaimedQuote(quotes[Int(q)], unit: start..<end), si + 1 < document.sentences.count {
        let next = document.sentences[si + 1].tokens
        let c = firstCue(atOrAfter: next.lowerBound)
        if c < facts.cues.count, facts.cues[c].start < next.upperBound { continue }
      }
      readUnit(start..<end, paragraph: index, lists: &lists)
      start = end
    }
    if start < paragraph.tokens.upperBound { readUnit(start..<paragraph.tokens.upperBound, paragraph: index, lists: &lists) }
  }

  /// The end of a dateline that opens an article (`TOKYO —`, `LA PAZ,
  /// Bolivia —`, `WASHINGTON (Reuters) —`): a place in capitals, perhaps a
  /// region after a comma or an agency in brackets, then a dash. Its words
  /// belong to no unit, so a place is never a speaker's subject.
  func datelineEnd(_ tokens: Range<Int>) -> Int? {
    guard let first = tokens.first, facts.has(first, .allCaps) else { return nil }
    var i = first + 1
    while i < tokens.upperBound, i < first + 12 {
      if facts.has(i, .clausePunct) {
        let b = document.text[Int(document.tokens[i].start)]
        if b == UInt8(ascii: "-") || b == 0xE2 { return i + 1 }
        if !facts.has(i, .openParen), b != UInt8(ascii: ")") { return nil }
      } else if !facts.isCapitalized(i), !facts.isComma(i) {
        return nil
      }
      i += 1
    }
    return nil
  }

  /// A unit that is one quote ending in `?` or `!` inside its marks:
  /// the segmenter ends a sentence at `!”` before a capital, so `“What a
  /// night!” Bruno Esteves told supporters.` is two sentences; when the
  /// next holds a reporting cue, the two are read as one unit.
  func isExclaimedQuote(_ q: QuoteSpan, unit: Range<Int>) -> Bool {
    guard q.open == unit.lowerBound, q.marks.upperBound == unit.upperBound, q.close > q.open + 1 else { return false }
    let last = q.close - 1
    return facts.isTerminal(last) && !isPeriod(last)
  }

  /// Keeps non-overlapping drafts of the paragraph: quotes first, then the
  /// longest, then the earliest; the survivors in text order.
  mutating func resolveOverlaps(from first: Int) {
    Self.resolveOverlaps(&lists.drafts, from: first)
  }

  /// `resolveOverlaps(from:)` on `drafts`.
  static func resolveOverlaps(_ drafts: inout [StatementDraft], from first: Int) {
    guard drafts.count - first > 1 else { return }
    // The usual case: already in text order with no overlap, so every
    // draft survives and the order stays (drafts are never empty).
    var inOrder = true
    for k in (first + 1)..<drafts.count where drafts[k - 1].tokens.upperBound > drafts[k].tokens.lowerBound {
      inOrder = false
      break
    }
    if inOrder { return }
    var candidates = Array(drafts[first...])
    candidates.sort {
      if $0.isQuote != $1.isQuote { return $0.isQuote }
      if $0.tokens.count != $1.tokens.count { return $0.tokens.count > $1.tokens.count }
      return $0.tokens.lowerBound < $1.tokens.lowerBound
    }
    var kept: [StatementDraft] = []
    for c in candidates where !kept.contains(where: { $0.tokens.overlaps(c.tokens) }) {
      kept.append(c)
    }
    kept.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    drafts.removeSubrange(first...)
    drafts += kept
  }

  /// Swaps the pass's lists with those kept in the buffers.
  private mutating func exchangeLists(_ lists: inout PassLists, _ quotes: inout [QuoteSpan], _ quoteAt: inout [Int32]) {
    swap(&self.lists, &lists)
    swap(&self.quotes, &quotes)
    swap(&self.quoteAt, &quoteAt)
  }

  /// `finish()`, then the pass's lists and facts moved into `buffers` for
  /// the next document (the pass is left with the buffers' old ones).
  /// Mutating, not consuming: the consuming call copied the whole pass, a
  /// retain and a release of each of its arrays, once per document.
  /// The speakers in the `form` asked for (as bytes: appended to `names`).
  mutating func finish(returningBuffersTo buffers: inout AttributionBuffers, speakers form: SpeakerForm, names: inout SpeakerNames) -> Attribution {
    finish(returningFactsTo: &buffers.facts, resolverBuffers: &buffers.resolver, lists: &buffers.lists, quotes: &buffers.quotes, quoteAt: &buffers.quoteAt, speakers: form, names: &names)
  }

  /// `finish(returningBuffersTo:speakers:names:)` with the buffers' parts
  /// passed one by one (for a pass kept in the same buffers).
  mutating func finish(returningFactsTo buffersFacts: inout TokenFacts, resolverBuffers: inout ResolverBuffers, lists: inout PassLists, quotes: inout [QuoteSpan], quoteAt: inout [Int32], speakers form: SpeakerForm, names: inout SpeakerNames) -> Attribution {
    let result = resolveSpeakers(resolverBuffers: &resolverBuffers, speakers: form, names: &names)
    swap(&facts, &buffersFacts)
    exchangeLists(&lists, &quotes, &quoteAt)
    return result
  }

  /// Resolves speakers and builds the public result, in `resolverBuffers`'
  /// kept resolver (the pass is left as it was). Without `speakerMentions`
  /// the speakers' `mentions` are left empty.
  func finish(resolverBuffers: inout ResolverBuffers, speakerMentions: Bool = true) -> Attribution {
    var names = SpeakerNames()
    return finish(resolverBuffers: &resolverBuffers, speakers: .values(mentions: speakerMentions), names: &names)
  }

  /// `finish(resolverBuffers:speakerMentions:)` with the speakers in the
  /// `form` asked for (as bytes: appended to `names`, and
  /// `Attribution.speakers` left empty).
  func finish(resolverBuffers: inout ResolverBuffers, speakers form: SpeakerForm, names: inout SpeakerNames) -> Attribution {
    var pass = self
    return pass.resolveSpeakers(resolverBuffers: &resolverBuffers, speakers: form, names: &names)
  }

  /// `finish(resolverBuffers:speakers:names:)` in place: the document, the
  /// facts and the mention lists move into the buffers' kept resolver
  /// (made on first use) for the work, and back after (moves, no copies).
  private mutating func resolveSpeakers(resolverBuffers: inout ResolverBuffers, speakers form: SpeakerForm, names: inout SpeakerNames) -> Attribution {
    // Without statements there are no speakers: mentions need no resolving.
    if drafts.isEmpty { return Attribution(statements: [], speakers: [], warnings: warnings) }
    if resolverBuffers.resolver == nil { resolverBuffers.resolver = SpeakerResolver() }
    resolverBuffers.resolver!.take(document: &document, facts: &facts, mentions: &lists.mentions, pronounStatements: &lists.pronounStatements)
    defer { resolverBuffers.resolver!.handBack(document: &document, facts: &facts, mentions: &lists.mentions, pronounStatements: &lists.pronounStatements) }
    // (The entity of each mention, and the numbering below, in the
    // buffers' arrays kept from document to document.)
    return Self.speakers(
      of: lists.drafts, warnings: warnings, resolver: &resolverBuffers.resolver!, entityOf: &resolverBuffers.entityOf, appositives: &resolverBuffers.appositives, number: &resolverBuffers.number,
      order: &resolverBuffers.order, statements: &resolverBuffers.statements, form: form, names: &names)
  }

  /// The result of `resolveSpeakers`: the statements of `drafts` and their
  /// speakers, from `resolver` (turned to the document). `statements`
  /// gives its storage to the result's.
  private static func speakers(
    of drafts: [StatementDraft], warnings: [Diagnostic], resolver: inout SpeakerResolver, entityOf: inout [Int32], appositives: inout [Int32], number: inout [Int32], order: inout [Int],
    statements kept: inout [Statement], form: SpeakerForm, names: inout SpeakerNames
  ) -> Attribution {
    resolver.resolve(into: &entityOf, appositives: &appositives)
    // Speakers with statements only, numbered in order of first statement.
    number.refillPrefix(with: -1, count: resolver.entities.count)
    // (In one call: one by one, a document's dozen cost more.)
    if !order.isEmpty { order.removeAll(keepingCapacity: true) }
    // In the last document's array when it was handed back (else a new one).
    var statements: [Statement] = []
    swap(&statements, &kept)
    // (Emptied in one call: a document's statements are too many to
    // remove one by one, about 25 instructions each.)
    if !statements.isEmpty { statements.removeAll(keepingCapacity: true) }
    statements.reserveCapacity(drafts.count)
    // (The tables read through buffers: a bounds check at each of the
    // six token reads of a statement, and a uniqueness check at each
    // write of `number`, cost about a fifth of the loop.)
    resolver.document.tokens.withUnsafeBufferPointer { tokens in
      resolver.mentions.withUnsafeBufferPointer { mentions in
        entityOf.withUnsafeBufferPointer { entityOf in
          number.withUnsafeMutableBufferPointer { number in
            for d in drafts {
              let entity = Int(entityOf[d.mention])
              guard entity >= 0 else { continue }
              let speaker: Int
              if number[entity] >= 0 {
                speaker = Int(number[entity])
              } else {
                speaker = order.count
                number[entity] = Int32(speaker)
                order.append(entity)
              }
              let content = Span(start: Int(tokens[d.tokens.lowerBound].start), end: Int(tokens[d.tokens.upperBound - 1].end))
              let cue = d.cue.map { Span(start: Int(tokens[$0.start].start), end: Int(tokens[$0.end - 1].end)) }
              let m = mentions[d.mention]
              let source = Span(start: Int(tokens[m.tokens.lowerBound].start), end: Int(tokens[m.tokens.upperBound - 1].end))
              statements.append(Statement(paragraph: d.paragraph, content: content, tokens: d.tokens, cue: cue, cueEntry: d.cue?.entry, source: source, speaker: speaker, form: d.form))
            }
          }
        }
      }
    }
    var speakers: [Speaker] = []
    switch form {
    case .names:
      resolver.appendSpeakers(order, to: &names)
    case .values(let withMentions):
      speakers.reserveCapacity(order.count)
      for e in order { speakers.append(resolver.speaker(e, mentions: withMentions)) }
    }
    return Attribution(statements: statements, speakers: speakers, warnings: warnings)
  }
}
