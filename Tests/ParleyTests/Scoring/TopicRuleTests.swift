import Testing

@testable import Parley

/// What a noun is about is not the news (`TopicRule`): a valence term in
/// the phrase a topic preposition (`on`, `over`, `about`) opens after a
/// noun counts nothing, and the head before it keeps its tone.
@Suite struct TopicRuleTests {
  /// The value of the cue `word` in the first sentence of `text`, and
  /// whether the topic rule changed it.
  static func reading(_ text: String, _ word: String, _ engine: Engine) throws -> (value: Double, topic: Bool) {
    let cue = try TestSupport.evidence(word, in: TestSupport.firstSentence(text, engine))
    return (cue.value, cue.rules.contains { $0.hasPrefix("topic") })
  }

  @Test func aTopicCountsNothing() throws {
    let engine = try TestSupport.engine()
    for (text, word) in [
      ("Israel and Syria agreed to a framework for talks on their frontier conflict.", "conflict"),
      ("There was progress on the dispute over water rights.", "dispute"),
      ("Concern over the crisis grew.", "crisis"),
      ("The two sides held talks about the war.", "war"),
    ] {
      let r = try Self.reading(text, word, engine)
      #expect(r.value == 0 && r.topic, "\(text)")
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
      // A word in -ed after a plain word is the verb: the phrase ended.
      ("Talks on the disputed border resumed.", "resumed"),
      // So is a past form of the grammar (session 70).
      ("Negotiations on compensating the flood victims broke down.", "broke down"),
    ] {
      let r = try Self.reading(text, word, engine)
      #expect(r.value != 0 && !r.topic, "\(text)")
    }
  }

  @Test func theScaleIsAParameter() throws {
    let engine = try TestSupport.engine { $0.topicScale = 1 }
    let r = try Self.reading("Concern over the crisis grew.", "crisis", engine)
    #expect(r.value < 0 && !r.topic)
  }
}
