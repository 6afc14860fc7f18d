import Testing

@testable import Parley

/// The scorer's shortcuts against the plain computations they replace.
@Suite struct ScorerFastPathTests {
  /// A unit's words come from per-document prefix counts: the same as
  /// counting the words and numbers of the range, for seeded ranges of
  /// every evaluation text, in one scorer reused from document to document.
  @Test func wordCountsEqualCountingTheRange() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    var rng = SplitMix(seed: 0xC0DE)
    var buffers = ScorerBuffers()
    var checked = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let n = document.tokens.count
      guard n > 0 else { continue }
      var scorer = SentenceScorer(document: document, matcher: engine.matcher, ids: engine.matcher.tokenIDs(document), model: RuleModel(), parameters: engine.parameters, buffers: buffers)
      for _ in 0..<20 {
        let a = Int(rng.next() % UInt64(n))
        let b = a + Int(rng.next() % UInt64(n - a + 1))
        let expected = document.tokens[a..<b].filter { $0.kind == .word || $0.kind == .number }.count
        #expect(scorer.score(a..<b).0.words == expected, "\(origin) \(a)..<\(b)")
        #expect(scorer.words(in: a..<b) == expected, "\(origin) \(a)..<\(b)")
        checked += 1
      }
      buffers = scorer.takeBuffers()
    }
    #expect(checked > 1000)
  }

  /// The clause-breaking punctuation up to each token comes from the
  /// per-document counts (a table of first bytes, four tokens a step): the
  /// same as testing each punctuation token's first byte (, ; : ( ) - or a
  /// dash's lead byte), at every token of every evaluation text, in one
  /// scorer reused from document to document (stale entries past a shorter
  /// document are never read).
  @Test func clauseBreakCountsEqualTestingEachToken() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    var buffers = ScorerBuffers()
    var checked = 0
    var breaking = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let scorer = SentenceScorer(document: document, matcher: engine.matcher, ids: engine.matcher.tokenIDs(document), model: RuleModel(), parameters: engine.parameters, buffers: buffers)
      var expected: Int32 = 0
      for (k, t) in document.tokens.enumerated() {
        if t.kind == .punctuation, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"), 0xE2].contains(document.text[Int(t.start)]) {
          expected += 1
        }
        #expect(scorer.clauseBreaks(through: k) == expected, "\(origin) token \(k)")
        checked += 1
      }
      breaking += Int(expected)
      var kept = scorer
      buffers = kept.takeBuffers()
    }
    #expect(checked > 10_000)
    #expect(breaking > 500)
  }

  /// No modifier is left inside a longer cue of another layer (with a
  /// weight, or valence), whether or not the scorer's shortcut skipped the
  /// pass; and modifiers were dropped somewhere.
  @Test func noModifierLeftInsideALongerCue() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    var modifiers = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      var scorer = SentenceScorer(document: document, matcher: engine.matcher, ids: engine.matcher.tokenIDs(document), model: RuleModel(), parameters: engine.parameters)
      for sentence in document.sentences {
        guard let s = scorer.score(sentence.tokens, keepCues: true).1 else { continue }
        for c in s.cues where c.category.layer == 2 {
          modifiers += 1
          #expect(!s.cues.contains { $0.category.layer != 2 && ($0.weight != 0 || $0.category == .valence) && $0.start <= c.start && c.end <= $0.end && $0.end - $0.start > c.end - c.start }, "\(origin): \(document.string(sentence.span))")
        }
      }
    }
    #expect(modifiers > 100)
  }

  /// A rule with the default triggers runs on every unit with a cue, also
  /// when the only cue is a reporting verb of weight 0, which sets no
  /// trigger bit.
  @Test func defaultTriggerRuleRunsOnAZeroWeightReportCue() throws {
    let engine = try TestSupport.engine()
    let document = engine.read(id: "t", text: "She said.")
    let counter = CallCounter()
    var scorer = SentenceScorer(document: document, matcher: engine.matcher, ids: engine.matcher.tokenIDs(document), model: CountingModel(counter: counter), parameters: engine.parameters)
    let (_, state) = scorer.score(document.sentences[0].tokens, keepCues: true)
    let cues = try #require(state).cues
    #expect(cues.map(\.category) == [.report] && cues[0].weight == 0)
    #expect(counter.calls == 1)
  }

  @Test func modifierBitsAreTheLayerTwoCategories() {
    var bits: UInt32 = 0
    for c in LexiconCategory.allCases where c.layer == 2 { bits |= c.bit }
    #expect(LexiconCategory.layer2Bits == bits)
    // The question trigger is no category's bit.
    for c in LexiconCategory.allCases { #expect(c.bit & (SentenceState.questionTrigger | SentenceState.alwaysTrigger) == 0) }
    // No library rule has the always bit; a rule with default triggers does.
    for rule in RuleModel.standardRules { #expect(rule.triggers & SentenceState.alwaysTrigger == 0, "\(rule.name)") }
    #expect(UngatedRule(inner: NegationRule()).triggers & SentenceState.alwaysTrigger != 0)
  }

  /// Each of the library's rules is called directly as its own kind (the
  /// same rule as the boxed one: RuleTriggerTests compares the standard
  /// model with every rule called through its box); any other type goes
  /// through its box.
  @Test func standardRuleKinds() {
    let kinds = RulePlan.standard.kinds
    #expect(kinds.count == RuleModel.standardRules.count)
    #expect(!kinds.contains(.other))
    #expect(Set(kinds).count == kinds.count)
    for (rule, kind) in zip(RuleModel.standardRules, kinds) {
      #expect("\(kind)".lowercased() == rule.name.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "reportstance", with: "reportingstance"), "\(rule.name)")
    }
    #expect(RulePlan(UngatedRuleModel().rules).kinds.allSatisfy { $0 == .other })
    #expect(RulePlan.standard.triggers == RulePlan.standard.boxes.map(\.triggers))
  }

  /// The matcher's raw entry tables hold what its arrays do.
  @Test func matcherEntryTablesEqualTheArrays() throws {
    let matcher = try TestSupport.engine().matcher
    let t = matcher.tables
    for e in matcher.categories.indices {
      #expect(t.entryCategories[e] == matcher.categories[e])
      #expect(t.entryBits[e] == matcher.categories[e].bit)
      #expect(t.entryWeights[e] == matcher.weights[e])
    }
    for i in t.nodeEntryIDs.indices { #expect(t.entryIDs[i] == t.nodeEntryIDs[i]) }
  }
}

/// Counts calls (tests only; one thread).
final class CallCounter: @unchecked Sendable {
  var calls = 0
}

/// A rule with the protocol's default triggers that counts its calls.
struct CountingRule: StanceRule {
  let counter: CallCounter
  var name: String { "counting" }
  func apply(_ sentence: inout SentenceState, _ context: RuleContext) { counter.calls += 1 }
}

struct CountingModel: StanceModel {
  let counter: CallCounter
  var name: String { "counting" }
  func reads(_ category: LexiconCategory) -> Bool { RuleModel().reads(category) }
  var rules: [any StanceRule] { [CountingRule(counter: counter)] }
}
