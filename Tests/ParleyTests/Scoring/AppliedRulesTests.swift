import Testing

@testable import Parley

/// The side table of applied rules (`SentenceState.applied`, `Cue.appliedCount`)
/// and the array-free walk over governed cues (`governed(by:from:window:where:)`).
@Suite struct AppliedRulesTests {
  /// Scores the only sentence of `text` with the rule model, keeping its state.
  func state(_ text: String) throws -> SentenceState {
    let engine = RuleLexicon.engine
    let document = engine.read(id: "t", text: text)
    var scorer = SentenceScorer(document: document, matcher: engine.matcher, ids: engine.matcher.tokenIDs(document), model: RuleModel(), parameters: engine.parameters)
    return try #require(scorer.score(0..<document.tokens.count, keepCues: true).1)
  }

  @Test(arguments: [
    "The talks were not really productive, but could bring a breakthrough?",
    "Despite the impasse, the ceasefire never ended, if it was productive.",
    "Hope faded and tensions eased, she insisted, but it was somewhat bad.",
    "The agreement was not clearly productive and no sign of progress came.",
  ])
  func countsMatchTheTable(_ text: String) throws {
    let s = try state(text)
    var total = 0
    for i in s.cues.indices {
      let records = s.applied(on: i)
      #expect(records.count == Int(s.cues[i].appliedCount), "cue \(i) of \(text)")
      #expect(records.allSatisfy { Int($0.cue) == i })
      total += records.count
    }
    #expect(total == s.applied.count)
    #expect(!s.applied.isEmpty)
  }

  @Test func recordsKeepTheirOrderPerCue() throws {
    // "productive" is intensified, then negated, then scaled by the question
    // and the contrast: one cue, several records, in the order applied.
    let s = try state("Were the talks not really productive, but a breakthrough?")
    let i = try #require(s.cues.firstIndex { $0.category == .valence && $0.weight == 2 })
    let names = s.applied(on: i).map(\.rule)
    #expect(names.count >= 3)
    #expect(names.contains(.intensifier))
    #expect(names.contains(.negation))
    #expect(names.contains(.question))
    let negation = try #require(s.firstApplied(on: i, .negation))
    #expect(negation.rule == .negation)
    #expect(s.cues[Int(negation.trigger)].category == .negator)
    #expect(s.firstApplied(on: i, .shifter) == nil)
    let order = s.applied.filter { Int($0.cue) == i }.map(\.rule)
    #expect(order == names)
  }

  @Test func namesAreTheRulesOwn() {
    #expect(RuleName.negation.text == NegationRule().name)
    #expect(RuleName.shifter.text == ShifterRule().name)
    #expect(RuleName.negatedPredicate.text == NegatedPredicateRule().name)
    #expect(RuleName.question.text == QuestionRule().name)
    #expect(RuleName.conditional.text == ConditionalRule().name)
    #expect(RuleName.concessive.text == ConcessiveRule().name)
    #expect(RuleName.hedgedClaim.text == HedgedClaimRule().name)
    #expect(Set(RuleName.allCases.map(\.text)).count == RuleName.allCases.count)
  }

  /// The walk finds exactly the cues the old filter did, on seeded random
  /// sentences of cues and clauses.
  @Test func governedWalkEqualsFilter() {
    var rng = SplitMix(seed: 0x5eed)
    for round in 0..<300 {
      let tokens = 1 + Int(rng.next() % 40)
      var s = SentenceState(tokens: 10..<(10 + tokens))
      var clause: Int32 = 0
      for _ in 0..<tokens {
        if rng.next() % 5 == 0 { clause += 1 }
        s.clause.append(clause)
      }
      var start = 10
      while start < 10 + tokens, s.cues.count < 12 {
        let length = 1 + Int(rng.next() % 3)
        let end = min(10 + tokens, start + length)
        let category: LexiconCategory = rng.next() % 2 == 0 ? .valence : .negator
        s.cues.append(Cue(start: Int32(start), end: Int32(end), entry: 0, category: category, weight: 1, value: 1, axis: nil))
        start = end + Int(rng.next() % 3)
      }
      let window = [0, 1, 4, Int.max][Int(rng.next() % 4)]
      for i in s.cues.indices {
        let t = s.cues[i]
        let expected = ((i + 1)..<s.cues.count).prefix { Int(s.cues[$0].start - t.end) <= window }
          .filter { s.cues[$0].start >= t.end && s.clauseOf(s.cues[$0].start) == s.clauseOf(t.start) && s.cues[$0].category == .valence }
        let walked = s.governed(by: i, window: window, where: { $0.category == .valence })
        #expect(walked == Array(expected), "round \(round), cue \(i)")
        #expect(s.governed(by: i, from: i + 1, window: window, where: { $0.category == .valence }) == expected.first)
      }
    }
  }
}

/// A rule with the protocol's default triggers: always called, with clauses.
struct UngatedRule: StanceRule {
  let inner: any StanceRule
  var name: String { inner.name }
  func apply(_ sentence: inout SentenceState, _ context: RuleContext) { inner.apply(&sentence, context) }
}

/// The rule model with every rule ungated.
struct UngatedRuleModel: StanceModel {
  let name = "rules"
  func reads(_ category: LexiconCategory) -> Bool { RuleModel().reads(category) }
  var rules: [any StanceRule] { RuleModel().rules.map { UngatedRule(inner: $0) } }
}

/// Rules are called only when a cue of their trigger categories is in the
/// sentence, and clauses are marked only for rules that read them: the
/// same cues, values and records as calling every rule on every sentence.
@Suite struct RuleTriggerTests {
  @Test func gatedEqualsUngatedOnEveryText() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    #expect(texts.count > 100)
    var changed = 0
    var skippedClauses = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let ids = engine.matcher.tokenIDs(document)
      var gated = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: RuleModel(), parameters: engine.parameters)
      var ungated = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: UngatedRuleModel(), parameters: engine.parameters)
      for sentence in document.sentences {
        let (a, sa) = gated.score(sentence.tokens, keepCues: true)
        let (b, sb) = ungated.score(sentence.tokens, keepCues: true)
        #expect(a == b, "\(origin): \(document.string(sentence.span))")
        guard let sa, let sb else { Issue.record("no state"); continue }
        #expect(sa.cues == sb.cues, "\(origin)")
        #expect(sa.applied == sb.applied, "\(origin)")
        #expect(sa.extraHedge.map(\.mass) == sb.extraHedge.map(\.mass), "\(origin)")
        if !sa.applied.isEmpty { changed += 1 }
        if !sa.clausesMarked && sb.clausesMarked { skippedClauses += 1 }
      }
    }
    // Both paths were exercised: rules fired, and clause marking was skipped.
    #expect(changed > 100)
    #expect(skippedClauses > 100)
  }

  /// The plan made once for `RuleModel` is the one made from its rules; an
  /// ungated rule that reads clauses makes every sentence mark them.
  @Test func rulePlans() {
    let standard = RulePlan.standard
    let made = RulePlan(RuleModel().rules)
    #expect(standard.boxes.map(\.rule.name) == made.boxes.map(\.rule.name))
    #expect(standard.boxes.map(\.triggers) == made.boxes.map(\.triggers))
    #expect(standard.clauseTriggers == made.clauseTriggers)
    #expect(!standard.alwaysClauses)
    // Contrast, reporting and questions read no clauses.
    #expect(standard.clauseTriggers & LexiconCategory.contrast.bit == 0)
    #expect(standard.clauseTriggers & LexiconCategory.report.bit == 0)
    #expect(standard.clauseTriggers & LexiconCategory.negator.bit != 0)
    let ungated = RulePlan(UngatedRuleModel().rules)
    #expect(ungated.alwaysClauses)
    #expect(RulePlan(LexiconModel().rules).boxes.isEmpty)
  }

  @Test func triggersOfTheStandardRules() {
    for rule in RuleModel().rules {
      if rule is QuestionRule { #expect(rule.triggers == SentenceState.questionTrigger) } else { #expect(rule.triggers != .max && rule.triggers != 0, "\(rule.name)") }
    }
    #expect(UngatedRule(inner: NegationRule()).triggers == .max)
    #expect(UngatedRule(inner: ContrastRule()).readsClauses)
    #expect(!ContrastRule().readsClauses)
  }
}

/// A small seeded generator (SplitMix64).
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
