import Testing

@testable import Parley

/// A step set to come is hopeful when its subject is a meeting
/// (`ScheduleRule`): an entry marked `scheduled` counts only after a
/// subject headed by a noun the grammar marks `meeting`.
@Suite struct ScheduleRuleTests {
  @Test func aMeetingSetToComeIsHopefulWhereverItsSubjectStarts() throws {
    let engine = try TestSupport.engine()
    for (text, step) in [
      // The head before a prepositional phrase of any length.
      ("Talks on a successor treaty would open in Geneva in the autumn.", "would open"),
      ("Another meeting in the same format could take place in the spring.", "could take place"),
      ("Talks at the technical level would continue.", "would continue"),
      // A measure of a meeting is a meeting.
      ("The first session of the renewed talks was expected to take place in Oslo.", "was expected to take place"),
      ("Another round of talks could begin next week.", "could begin"),
      // A clause set off by commas is stepped over.
      ("The talks, which stalled in March, could begin again in May.", "could begin"),
      // A phrase of time or place before the subject.
      ("In March talks would open in Geneva.", "would open"),
      ("After the holiday the consultations could begin in Oslo.", "could begin"),
      // A relative pronoun for the meeting, after a preposition too.
      ("The envoys discussed a summit, which would take place in the autumn.", "would take place"),
      ("The two sides set a date for a session that could open in Oslo.", "could open"),
      // An adverb inside the step.
      ("A second session would probably take place in Vienna.", "would probably take place"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(step, in: s)
      #expect(cue.value > 0, "\(text)")
      #expect(!cue.rules.contains { $0.hasPrefix("scheduled-step") }, "\(text)")
      #expect(!cue.rules.contains { $0.hasPrefix("topic") }, "\(text): a verb phrase is no topic")
    }
  }

  @Test func aStepOfAnythingElseCountsNothing() throws {
    let engine = try TestSupport.engine()
    for (text, step) in [
      ("The new school year would begin in September.", "would begin"),
      // The meeting is a modifier's noun, or a measure of something else.
      ("Fighting after the talks could continue.", "could continue"),
      // After a phrase of time, the noun nearest the step is the head.
      ("After the talks fighting could begin again.", "could begin"),
      // A relative pronoun for something else.
      ("They called for a session of parliament that would open on Monday.", "would open"),
      ("Another round of strikes could begin next week.", "could begin"),
      ("A session of parliament will be held on Monday.", "will be held"),
      // A pronoun: not known to be a meeting.
      ("They could take place later.", "could take place"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(step, in: s)
      #expect(cue.value == 0, "\(text)")
      #expect(cue.rules.contains { $0.hasPrefix("scheduled-step") }, "\(text)")
    }
    #expect(TestSupport.firstSentence("The new school year would begin in September.", engine).stance.optimism == 0)
  }

  @Test func aMeetingNounIsAPlainWordForAttribution() throws {
    // `grammar.noun` gives no class: the word reads as any noun does, and
    // only its mark is kept.
    let set = try LexiconSet.parse(files: [("g.tsv", Array("talks\tgrammar.noun\t1\tmark: meeting\nof\tgrammar.name-connector\t1\n".utf8))])
    let words = FunctionWords(set.entries)
    let text = Array("talks of".utf8)
    text.withUnsafeBufferPointer { p in
      #expect(words.lookup(p, 0..<5) == WordClass.none)
      #expect(words.lookup(p, 6..<8) == .nameConnector)
    }
    #expect(WordMarks(set.entries).has(.meeting, term: "talks"))
  }

  @Test func aMarkOnAValenceEntryMustBeKnown() throws {
    let error = try #require(throws: DiagnosticError.self) {
      try LexiconSet.parse(files: [("v.tsv", Array("could open\tvalence\t1\tmark: schedule\n".utf8))])
    }
    #expect(error.diagnostics.map(\.code) == ["LEX013"])
    let set = try LexiconSet.parse(files: [("v.tsv", Array("could open\tvalence\t1\tmark: scheduled\n".utf8))])
    #expect(MarkedEntries(set.entries, marks: WordMarks()).isScheduled(0))
  }
}
