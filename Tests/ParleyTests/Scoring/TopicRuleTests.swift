import Testing

@testable import Parley

/// What a noun is about is not the news (`TopicRule`): a valence term in
/// the phrase a topic preposition (`on`, `over`, `about`) opens after a
/// noun counts nothing, and the head before it keeps its tone.
@Suite struct TopicRuleTests {
  @Test func aTopicCountsNothing() throws {
    let engine = try TestSupport.engine()
    for (text, word) in [
      ("Israel and Syria agreed to a framework for talks on their disputed frontier.", "disputed"),
      ("There was progress on the dispute over water rights.", "dispute"),
      ("Concern over the crisis grew.", "crisis"),
      ("The two sides held talks about the war.", "war"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.value == 0, "\(text)")
      #expect(cue.rules.contains { $0.hasPrefix("topic") }, "\(text)")
    }
    // The head keeps its tone: concern is still bad news.
    #expect(TestSupport.firstSentence("Concern over the crisis grew.", engine).stance.optimism < 0)
  }

  @Test func aVerbsObjectAQuantityOrAPhraseIsNoTopic() throws {
    let engine = try TestSupport.engine()
    for (text, word) in [
      // After a verb in -ed the phrase is what was agreed.
      ("The ministers agreed on a ceasefire.", "ceasefire"),
      // A quantity, not a topic.
      ("Over 40 dead were counted.", "dead"),
      // The preposition ends a lexicon phrase, which governs the term.
      ("The ministers closed the chapter on a bitter fishing dispute.", "dispute"),
      // After a function word (`be`), the phrase is no noun's topic.
      ("The talks are about peace.", "peace"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.value != 0, "\(text)")
      #expect(!cue.rules.contains { $0.hasPrefix("topic") }, "\(text)")
    }
  }

  @Test func theScaleIsAParameter() throws {
    let engine = try TestSupport.engine { $0.topicScale = 1 }
    let s = TestSupport.firstSentence("Concern over the crisis grew.", engine)
    let cue = try TestSupport.evidence("crisis", in: s)
    #expect(cue.value < 0)
    #expect(!cue.rules.contains { $0.hasPrefix("topic") })
  }
}
