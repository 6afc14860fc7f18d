import Testing

@testable import Parley

/// The scorer's cue rows (`CueRows`, `SentenceScorer.scoreRows`) against
/// the scorer they replaced (`referenceScore`: every unit matched and read
/// from its matches, every rule whose category is present called): the
/// same scores, cues, records and evidence for every sentence, for seeded
/// sub-ranges of every sentence (the statement and narrator parts), and
/// for ranges across sentences, with each model.
@Suite struct CueRowsTests {
  /// The standard plan (gated), the lexicon baseline (no rules), every
  /// rule behind its box with the default triggers (no gates: its rules
  /// are no library rules, so they run over `SentenceState`), and the
  /// library's rules in reverse order (their own triggers, over the
  /// scorer's scratch, `RuleRows`).
  static let models: [any StanceModel] = [RuleModel(), LexiconModel(), UngatedRuleModel(), ReversedRuleModel()]

  /// What a unit's evidence is made from, as comparable values.
  static func expectSameState(_ a: SentenceState, _ b: SentenceState, _ note: @autoclosure () -> String) {
    #expect(a.tokens == b.tokens, "\(note())")
    #expect(a.cues == b.cues, "\(note())")
    #expect(a.applied == b.applied, "\(note())")
    #expect(a.isQuestion == b.isQuestion, "\(note())")
    #expect(a.extraHedge.map(\.rule) == b.extraHedge.map(\.rule), "\(note())")
    #expect(a.extraHedge.map(\.mass) == b.extraHedge.map(\.mass), "\(note())")
    #expect(a.extraHedge.map(\.token) == b.extraHedge.map(\.token), "\(note())")
  }

  /// Counts of what the comparisons went through, so that a path never
  /// taken shows.
  struct Paths {
    var units = 0
    var parts = 0
    var crossing = 0
    var ruled = 0
    var empty = 0
  }

  /// Scores every sentence of `text`, then seeded parts of each, with
  /// the fast scorer and the reference, and compares them.
  static func compare(_ text: String, origin: String, model: any StanceModel, engine: Engine, rng: inout SplitMix, buffers: inout ScorerBuffers, paths: inout Paths) {
    let document = engine.read(id: "t", text: text)
    let ids = engine.matcher.tokenIDs(document)
    var fast = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: model, parameters: engine.parameters, buffers: buffers)
    fast.functionWords = engine.attributor.vocabulary.words
    defer { buffers = fast.takeBuffers() }
    var reference = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: model, parameters: engine.parameters)
    reference.functionWords = engine.attributor.vocabulary.words
    let context = fast.context
    var matches = SentenceMatches(sentences: document.sentences.count)
    for (si, sentence) in document.sentences.enumerated() {
      let keep = rng.next() & 1 == 0
      // The matches kept in the scorer, or appended to the document's.
      let own = rng.next() & 1 == 0
      let unit = own
        ? fast.scoreSentence(si, sentence.tokens, keepCues: keep, context: context)
        : fast.scoreSentence(si, sentence.tokens, keepCues: keep, context: context, appendingMatchesTo: &matches)
      if own { matches.append(fast.matches) }
      let (expected, state) = reference.referenceScore(sentence.tokens, keepCues: true, sentenceMatches: nil, context: context)
      let note = "\(origin) [\(model.name)] sentence \(si): \(document.string(sentence.span))"
      #expect(unit == expected, "\(note)")
      #expect(Array(matches.matches[matches.range(si)]) == reference.matches, "\(note)")
      if keep, let state { expectSameState(fast.state, state, note) }
      if state?.applied.isEmpty == false { paths.ruled += 1 }
      if state?.cues.isEmpty != false { paths.empty += 1 }
      paths.units += 1
    }
    // Parts: every sub-range of a short sentence, seeded ones of a long one.
    for (si, sentence) in document.sentences.enumerated() {
      let t = sentence.tokens
      let slice = matches.matches[matches.range(si)]
      var parts: [Range<Int>] = []
      if t.count <= 10 {
        for a in t { for b in (a + 1)...t.upperBound { parts.append(a..<b) } }
      } else {
        for _ in 0..<16 {
          let a = t.lowerBound + Int(rng.next() % UInt64(t.count))
          let b = a + 1 + Int(rng.next() % UInt64(t.upperBound - a))
          parts.append(a..<b)
        }
        // The sentence without its first or last few tokens (a statement
        // without its attribution, a narrator run before a quote).
        for k in 1...3 { parts.append((t.lowerBound + k)..<t.upperBound); parts.append(t.lowerBound..<(t.upperBound - k)) }
      }
      for r in parts {
        let keep = rng.next() & 1 == 0
        let unit = fast.scorePart(r, sentence: si, keepCues: keep, context: context)
        let (expected, state) = reference.referenceScore(r, keepCues: true, sentenceMatches: slice, context: context)
        let note = "\(origin) [\(model.name)] sentence \(si) part \(r): \(document.string(Span(start: Int(document.tokens[r.lowerBound].start), end: Int(document.tokens[r.upperBound - 1].end))))"
        #expect(unit == expected, "\(note)")
        if keep, let state { expectSameState(fast.state, state, note) }
        if slice.contains(where: { ($0.start < r.lowerBound && r.lowerBound < $0.end) || ($0.start < r.upperBound && r.upperBound < $0.end) }) { paths.crossing += 1 }
        if state?.applied.isEmpty == false { paths.ruled += 1 }
        if state?.cues.isEmpty != false { paths.empty += 1 }
        paths.parts += 1
      }
    }
    // Any range, across sentences, through the public entry point.
    let n = document.tokens.count
    guard n > 0 else { return }
    for _ in 0..<4 {
      let a = Int(rng.next() % UInt64(n))
      let b = a + 1 + Int(rng.next() % UInt64(n - a))
      let keep = rng.next() & 1 == 0
      let (unit, state) = fast.score(a..<b, keepCues: keep)
      let (expected, expectedState) = reference.referenceScore(a..<b, keepCues: true, sentenceMatches: nil, context: context)
      let note = "\(origin) [\(model.name)] range \(a)..<\(b)"
      #expect(unit == expected, "\(note)")
      #expect((state != nil) == keep, "\(note)")
      if let state, let expectedState { expectSameState(state, expectedState, note) }
    }
  }

  @Test(arguments: 0..<4) func sentencesAndPartsEqualTheReference(model index: Int) throws {
    let engine = try TestSupport.engine()
    let model = Self.models[index]
    let texts = try TextInvariantTests.evaluationTexts()
    #expect(texts.count > 100)
    var rng = SplitMix(seed: 0xC0E5 &+ UInt64(index))
    var buffers = ScorerBuffers()
    var paths = Paths()
    for (origin, text) in texts {
      Self.compare(text, origin: origin, model: model, engine: engine, rng: &rng, buffers: &buffers, paths: &paths)
    }
    #expect(paths.units > 2000)
    #expect(paths.parts > 20000)
    #expect(paths.crossing > 100)
    #expect(paths.empty > 100)
    if !(model is LexiconModel) { #expect(paths.ruled > 1000) }
  }

  /// Texts that take the rarer turns: names the check drops or keeps
  /// depending on where a part starts and ends, a headline in title case,
  /// modifiers inside longer cues, questions (also a quoted one), a
  /// contrast that opens a part, a shifter at a part's end.
  @Test func rareTurnsEqualTheReference() throws {
    let engine = try TestSupport.engine()
    let texts = [
      "Officials of the Good Friday Agreement said the talks were productive, but Hope Mwangi was not so sure.",
      "Hope Adeyemi said the ceasefire was a success. Hope remains, the envoy said.",
      "Talks End With Little Progress As Hope Fades",
      "There is no doubt the talks were not very productive, and not only because of the war.",
      "Why would anyone hope for progress? “Why now?” she asked. Is the deal really a breakthrough?",
      "But the talks collapsed. Yet the ceasefire held, despite huge losses, and officials ended the blockade.",
      "The sanctions were lifted in the Black Sea region; the delegation did not attend, and hopes faded.",
      "“We will not accept this,” the minister insisted, adding that talks may resume if the truce holds.",
    ]
    var rng = SplitMix(seed: 0x7A12)
    var buffers = ScorerBuffers()
    var paths = Paths()
    for model in Self.models {
      for text in texts {
        Self.compare(text, origin: "rare", model: model, engine: engine, rng: &rng, buffers: &buffers, paths: &paths)
      }
    }
    #expect(paths.parts > 500)
  }

  /// Cues that share a start token share its clause number, that of the
  /// last of them, also when a clause opener among them comes after
  /// another cue there (the one case where the forward pass alone would
  /// leave them apart), and when none does.
  @Test func clausesOfCuesThatShareAStart() {
    let tokens = (0..<6).map { k in Token(start: Int32(2 * k), end: Int32(2 * k + 1), kind: .word, isCapitalized: false, spaceBefore: true) }
    let counts = [UInt64](repeating: 0, count: tokens.count + 1)
    // The same six one-letter words as a document, for the contrast
    // marker's test (without grammar words every marker contrasts).
    let context = RuleContext(parameters: ModelParameters(), document: Document(id: "t", text: "a b c d e f"))
    func clauses(_ cues: [(start: Int32, category: LexiconCategory)]) -> [Int32] {
      var rows = cues.map { RuleCue(Cue(start: $0.start, end: $0.start + 1, entry: 0, category: $0.category, weight: 1, value: 1, axis: .optimism)) }
      tokens.withUnsafeBufferPointer { t in
        counts.withUnsafeBufferPointer { c in
          rows.withUnsafeMutableBufferPointer { RuleRows.markClauses($0, tokens: t, counts: c, unit: 0..<tokens.count, context: context) }
        }
      }
      return rows.map(\.clause)
    }
    // The opener after a valence cue at token 2: both in clause 1.
    #expect(clauses([(1, .valence), (2, .valence), (2, .contrast), (4, .valence)]) == [0, 1, 1, 1])
    // The opener first at its token: the same numbers, no later fix needed.
    #expect(clauses([(1, .valence), (2, .contrast), (2, .valence), (4, .concessive)]) == [0, 1, 1, 2])
    // Shared starts without an opener keep the count before them.
    #expect(clauses([(2, .valence), (2, .booster), (3, .hedgeConditional), (3, .hedgeConditional)]) == [0, 0, 1, 1])
  }

  /// The sentence of a statement's first token (`Engine.firstSentence`)
  /// is the first that ends after it, for every token and sentence count.
  @Test func firstSentenceEndingAfterAToken() {
    for count in 0..<9 {
      // Sentences of 1, 2, 3, ... tokens, back to back.
      var sentences: [Sentence] = []
      var start = 0
      for s in 0..<count {
        sentences.append(Sentence(span: Span(start: 0, end: 0), tokens: start..<(start + s + 1), paragraph: 0))
        start += s + 1
      }
      for token in 0...(start + 1) {
        let expected = sentences.firstIndex { $0.tokens.upperBound > token } ?? sentences.count
        let found = sentences.withUnsafeBufferPointer { Engine.firstSentence(endingAfter: token, in: $0) }
        #expect(found == expected, "\(count) sentences, token \(token)")
      }
    }
  }

  /// The standard plan runs its rules behind the gates of `RuleGate`; a
  /// plan of other rules keeps their own triggers.
  @Test func gatesOfThePlans() {
    let standard = RulePlan.standard
    #expect(standard.gated)
    for (kind, (trigger, gate)) in zip(standard.kinds, zip(standard.triggers, standard.gatedTriggers)) {
      #expect(gate == (RuleGate.of(kind) ?? trigger), "\(kind)")
    }
    #expect(standard.gatedAny == standard.gatedTriggers.reduce(0, |))
    #expect(standard.gatedClauseTriggers & (RuleGate.contrast | SentenceState.questionTrigger | LexiconCategory.report.bit) == 0)
    #expect(standard.gatedClauseTriggers & (RuleGate.predicate | RuleGate.hedgedClaim | LexiconCategory.negator.bit) != 0)
    let ungated = RulePlan(UngatedRuleModel().rules)
    #expect(!ungated.gated)
    #expect(ungated.gatedTriggers == ungated.triggers)
    #expect(RulePlan(LexiconModel().rules).gatedAny == 0)
    // Gate bits are no category's and no trigger of the library's rules.
    let gates: UInt32 = RuleGate.intensifier | RuleGate.negatedPredicate | RuleGate.shifter | RuleGate.predicate | RuleGate.hedgedClaim | RuleGate.conditional | RuleGate.contrast | RuleGate.concessive | RuleGate.backshift
    for c in LexiconCategory.allCases { #expect(c.bit & gates == 0) }
    for rule in RuleModel.standardRules { #expect(rule.triggers & gates == 0, "\(rule.name)") }
    #expect(gates & (SentenceState.questionTrigger | SentenceState.alwaysTrigger) == 0)
    #expect(gates & CueRows.categories == 0)
    // The library's rules run over the scratch; a plan with rules of
    // other types runs them all over `SentenceState`.
    #expect(standard.libraryOnly)
    #expect(RulePlan(ReversedRuleModel().rules).libraryOnly)
    #expect(RulePlan(LexiconModel().rules).libraryOnly)
    #expect(!ungated.libraryOnly)
  }
}

/// The library's rules in reverse order, with their own triggers: a plan
/// of library rules only (`RulePlan.libraryOnly`) that is not gated.
struct ReversedRuleModel: StanceModel {
  let name = "rules-reversed"
  func reads(_ category: LexiconCategory) -> Bool { RuleModel().reads(category) }
  var rules: [any StanceRule] { RuleModel.standardRules.reversed() }
}
