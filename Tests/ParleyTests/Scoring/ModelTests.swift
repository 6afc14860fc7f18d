import Testing

@testable import Parley

/// Both models end to end on one text, with exact evidence.
@Suite struct ModelTests {
  @Test func rulesModelEvidenceAddsUpToTheScore() throws {
    let text = "The talks were not productive, but there was really some progress."
    let (score, evidence) = RuleLexicon.evidence(text)
    let sentence = try #require(score.sentences.first)
    let optimism = evidence.filter { $0.axis == "optimism" }
    #expect(optimism.map(\.text) == ["productive", "progress"])
    #expect(optimism.map(\.origin) == ["rules-test.tsv:2", "rules-test.tsv:4"])
    let sum = optimism.map(\.delta).reduce(0, +)
    #expect(abs(sum - sentence.stance.optimism) < 1e-12)
    // productive: 2 × -0.75 (not) × 0.5 (before but); progress: 1.5 × 1.3 (really) × 1.25 (after but).
    #expect(optimism[0].value == 2 * -0.75 * 0.5)
    #expect(abs(optimism[1].value - 1.5 * 1.3 * 1.25) < 1e-12)
  }

  @Test func lexiconModelIgnoresRules() throws {
    let text = "The talks were not productive."
    let (score, evidence) = RuleLexicon.evidence(text, model: LexiconModel())
    #expect(evidence.map(\.rule) == ["valence"])
    #expect(score.stance.optimismLabel == .positive)
    #expect(RuleLexicon.evidence(text).score.stance.optimismLabel == .negative)
  }

  @Test func scoresStayInRange() {
    let text = Array(repeating: "The talks were really very productive and a breakthrough.", count: 50).joined(separator: " ")
    let s = RuleLexicon.evidence(text).score
    #expect(s.stance.optimism > 0 && s.stance.optimism < 1)
    // Length-invariant: fifty copies score like one.
    let one = RuleLexicon.evidence("The talks were really very productive and a breakthrough.").score
    #expect(abs(s.stance.optimism - one.stance.optimism) < 1e-9)
  }

  @Test func neutralPhraseMasksItsWords() {
    #expect(RuleLexicon.evidence("The prisoners of war came home.").score.stance.optimism == 0)
  }

  @Test func capitalizedNamesAreNotEvaluations() {
    #expect(RuleLexicon.evidence("The envoy met Hope Adeyemi in Geneva.").score.stance.optimism == 0)
    #expect(RuleLexicon.evidence("Hope Adeyemi met the envoy.").score.stance.optimism == 0)
    #expect(RuleLexicon.evidence("There is hope for the talks.").score.stance.optimism > 0)
    // A title-case headline keeps its words.
    #expect(RuleLexicon.evidence("Talks End With Scant Progress and Hints of Impasse").score.stance.optimism < 0)
    // The pronoun "I" starts no name: the capitalized word before it at
    // the start of a sentence or a quote keeps its reading (session 68).
    #expect(RuleLexicon.evidence("Hope I did not misread the mood.").score.stance.optimism > 0)
    #expect(RuleLexicon.evidence("\"Hope I am right,\" she said.").score.stance.optimism > 0)
    #expect(RuleLexicon.evidence("Hope Adeyemi said the talks had ended.").evidence.allSatisfy { $0.text != "Hope" })
  }

  @Test func aPhraseThatRunsIntoANameIsNotTheIdiom() throws {
    let set = try LexiconSet.parse(files: [("t.tsv", Array("in the black\tvalence\t1.5\n".utf8))])
    let engine = Engine(lexicons: set)
    func optimism(_ text: String) -> Double { engine.score(engine.read(id: "t", text: text)).stance.optimism }
    #expect(optimism("Ships sailed in the Black Sea on Monday.") == 0)
    #expect(optimism("The airline is in the black again.") > 0)
    // At the start of a sentence a capital says nothing about names.
    #expect(optimism("In the Black Sea ports, trade resumed.") == 0)
    #expect(optimism("In the black for the first time, the airline paid a dividend.") > 0)
  }
}
