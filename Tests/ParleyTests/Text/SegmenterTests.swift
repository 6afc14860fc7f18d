import Testing

@testable import Parley

/// One segmenter case: a paragraph and the sentences expected, written out.
struct SentenceCase: Sendable, CustomTestStringConvertible {
  var text: String
  var sentences: [String]
  init(_ text: String, _ sentences: [String]) {
    self.text = text
    self.sentences = sentences
  }
  var testDescription: String { text }
}

@Suite("Segmenter with the built-in abbreviations")
struct SegmenterTests {
  /// Periods that must not end a sentence.
  static let abbreviations: [SentenceCase] = [
    SentenceCase("Mr. Smith arrived. Mrs. Jones left.", ["Mr. Smith arrived.", "Mrs. Jones left."]),
    SentenceCase("Ms. Lee and Dr. Ray spoke.", ["Ms. Lee and Dr. Ray spoke."]),
    SentenceCase("Gen. Ali met Sen. Ortiz and Rep. Hale. Gov. Kim was absent.", ["Gen. Ali met Sen. Ortiz and Rep. Hale.", "Gov. Kim was absent."]),
    SentenceCase("They met on St. Anne Street.", ["They met on St. Anne Street."]),
    SentenceCase("Talks resume Jan. 5 in Oslo.", ["Talks resume Jan. 5 in Oslo."]),
    SentenceCase("Feb. 2, Mar. 3, Apr. 4, Jun. 5, Jul. 6, Aug. 7, Sept. 8, Oct. 9, Nov. 10 and Dec. 11 are set.", ["Feb. 2, Mar. 3, Apr. 4, Jun. 5, Jul. 6, Aug. 7, Sept. 8, Oct. 9, Nov. 10 and Dec. 11 are set."]),
    SentenceCase("The vote was on Sep. 14. It failed.", ["The vote was on Sep. 14.", "It failed."]),
    SentenceCase("He spoke at No. 10 Downing Street.", ["He spoke at No. 10 Downing Street."]),
    SentenceCase("Art. 5 was invoked.", ["Art. 5 was invoked."]),
    SentenceCase("The U.S. delegation arrived. It was late.", ["The U.S. delegation arrived.", "It was late."]),
    SentenceCase("The U.N. Security Council and the E.U. Commission met.", ["The U.N. Security Council and the E.U. Commission met."]),
    SentenceCase("J. F. Kennedy spoke.", ["J. F. Kennedy spoke."]),
    SentenceCase("He met Lt. Col. Ray. They talked.", ["He met Lt. Col. Ray.", "They talked."]),
    SentenceCase("It rose 20.5 percent. Then it fell.", ["It rose 20.5 percent.", "Then it fell."]),
    SentenceCase("The rate is 3.5. Next year it rises.", ["The rate is 3.5.", "Next year it rises."]),
  ]

  /// Quotes, question and exclamation marks, ellipses, dashes.
  static let punctuation: [SentenceCase] = [
    SentenceCase("“The talks were constructive.” He left.", ["“The talks were constructive.”", "He left."]),
    SentenceCase("“Are we close?” she asked.", ["“Are we close?” she asked."]),
    SentenceCase("\"Are we close?\" she asked.", ["\"Are we close?\" she asked."]),
    SentenceCase("“Yes,” he said. “No.”", ["“Yes,” he said.", "“No.”"]),
    SentenceCase("He left. “We will return,” she said.", ["He left.", "“We will return,” she said."]),
    SentenceCase("Is it over? Yes! Done.", ["Is it over?", "Yes!", "Done."]),
    SentenceCase("Really?! Yes.", ["Really?!", "Yes."]),
    SentenceCase("He asked why? Nobody knew.", ["He asked why?", "Nobody knew."]),
    SentenceCase("(He left.) Then she spoke.", ["(He left.)", "Then she spoke."]),
    SentenceCase("Wait... we are close.", ["Wait... we are close."]),
    SentenceCase("Wait... We are close.", ["Wait...", "We are close."]),
    SentenceCase("He paused… then spoke.", ["He paused… then spoke."]),
    SentenceCase("He paused… Then spoke.", ["He paused…", "Then spoke."]),
    SentenceCase("The envoy — tired — left. Others stayed.", ["The envoy — tired — left.", "Others stayed."]),
    SentenceCase("Talks stalled — Then resumed.", ["Talks stalled — Then resumed."]),
    SentenceCase("He won. 5 others lost.", ["He won.", "5 others lost."]),
    SentenceCase("Talks ended in the N.Z. The next round is due.", ["Talks ended in the N.Z.", "The next round is due."]),
    // A known initialism ends a sentence before a quote that opens one,
    // and only there.
    SentenceCase("It was pushed at 4 a.m. “We rolled it back,” she said.", ["It was pushed at 4 a.m.", "“We rolled it back,” she said."]),
    SentenceCase("They met at 9 a.m. Eastern time.", ["They met at 9 a.m. Eastern time."]),
  ]

  /// Periods that do end a sentence, and periods that look like ends but
  /// are not, around the abbreviations.
  static let negatives: [SentenceCase] = [
    // "no." is an abbreviation only before a number.
    SentenceCase("He said no. Then he left.", ["He said no.", "Then he left."]),
    // "art." likewise.
    SentenceCase("He cited modern art. Nouveau styles followed.", ["He cited modern art.", "Nouveau styles followed."]),
    // A word that is not in the list ends its sentence.
    SentenceCase("She is from Ga. She left.", ["She is from Ga.", "She left."]),
    SentenceCase("Talks ended. Mr. Smith left.", ["Talks ended.", "Mr. Smith left."]),
    // A lower-case word after a period does not start a sentence.
    SentenceCase("It ended in the U.N. and resumed.", ["It ended in the U.N. and resumed."]),
    SentenceCase("Talks ended in the N.Z. and resumed.", ["Talks ended in the N.Z. and resumed."]),
    SentenceCase("the end. and then", ["the end. and then"]),
    SentenceCase("Why? because.", ["Why? because."]),
    // No space before the next sentence.
    SentenceCase("He left.But she stayed.", ["He left.", "But she stayed."]),
    // Initials do not end a sentence; the name after them does.
    SentenceCase("He met A. Smith. B. Jones came too.", ["He met A. Smith.", "B. Jones came too."]),
    SentenceCase("No terminal at all", ["No terminal at all"]),
  ]

  @Test("abbreviations and numbers", arguments: abbreviations) func abbreviationCases(_ c: SentenceCase) throws { try check(c) }
  @Test("quotes, marks, ellipses, dashes", arguments: punctuation) func punctuationCases(_ c: SentenceCase) throws { try check(c) }
  @Test("negatives", arguments: negatives) func negativeCases(_ c: SentenceCase) throws { try check(c) }

  private func check(_ c: SentenceCase) throws {
    let engine = try TestSupport.engine()
    let document = engine.read(id: "case", text: c.text)
    #expect(document.sentenceStrings == c.sentences)
  }

  @Test func withoutAbbreviationsATitleEndsASentence() {
    let document = Document(id: "plain", text: "Mr. Smith arrived.")
    #expect(document.sentenceStrings == ["Mr.", "Smith arrived."])
  }

  @Test func abbreviationsComeFromTheLexicon() throws {
    let set = try LexiconSet.parse(files: [("abbr.tsv", Array("ambas.\tabbreviation\t1\nref.\tabbreviation\t0.5\n".utf8))])
    let engine = Engine(lexicons: set)
    #expect(engine.read(id: "a", text: "Ambas. Ortiz came. He left.").sentenceStrings == ["Ambas. Ortiz came.", "He left."])
    #expect(engine.read(id: "b", text: "See ref. 12 here. Ok.").sentenceStrings == ["See ref. 12 here.", "Ok."])
    #expect(engine.read(id: "c", text: "See the ref. He agreed.").sentenceStrings == ["See the ref.", "He agreed."])
  }

  @Test func sentencesStayInsideTheirParagraph() throws {
    let engine = try TestSupport.engine()
    let document = engine.read(id: "p", text: "Talks went on with Mr.\n\nSmith left early")
    #expect(document.paragraphStrings == ["Talks went on with Mr.", "Smith left early"])
    #expect(document.sentenceStrings == ["Talks went on with Mr.", "Smith left early"])
    #expect(document.sentences.map(\.paragraph) == [0, 1])
  }
}
