import Testing

@testable import Parley

/// `would` after a reporting verb is the past of `will` (`said the talks
/// would resume`) and keeps `backshiftHedgeScale` of its hedge; before the
/// verb, in a quotation, as `would have`, or for another modal, it stays a
/// hedge. The word comes from the grammar lexicon's `mark: backshift`.
@Suite struct BackshiftTests {
  static func engine(scale: Double = ModelParameters().backshiftHedgeScale, lexicons: LexiconSet? = nil) throws -> Engine {
    var parameters = ModelParameters()
    parameters.backshiftHedgeScale = scale
    return Engine(lexicons: try lexicons ?? TestSupport.engine().lexicons, parameters: parameters)
  }

  static func analyze(_ text: String, _ engine: Engine) -> Analysis {
    engine.analyze(engine.read(id: "t", text: text), evidence: true)
  }

  /// The evidence items of sentence 0 whose text is `word`.
  static func cues(_ word: String, in a: Analysis) -> [Evidence] {
    a.score.sentences[0].evidence.filter { $0.text == word }
  }

  @Test func wouldAfterAReportingVerbIsNoHedge() throws {
    let engine = try Self.engine()
    let reported = Self.analyze("Officials said the talks would resume next week.", engine)
    let would = try #require(Self.cues("would", in: reported).first)
    #expect(would.value == 0)
    #expect(would.rules == ["backshift(said) ×0"])
    #expect(reported.score.sentences[0].stance.hedging == 0)
    // The same words with no report: the conditional `would` hedges.
    let plain = Self.analyze("The talks would resume next week.", engine)
    #expect(try #require(Self.cues("would", in: plain).first).value > 0)
    #expect(plain.score.sentences[0].stance.hedging > 0)
  }

  @Test func onlyTheMarkedModalAfterTheVerbAndAlone() throws {
    let engine = try Self.engine()
    // Another modal keeps its hedge.
    let could = Self.analyze("Officials said the talks could resume next week.", engine)
    #expect(try #require(Self.cues("could", in: could).first).value > 0)
    // A phrase with a sense of its own (the counterfactual) keeps it.
    let counterfactual = Self.analyze("Officials said the talks would have collapsed without the envoy.", engine)
    #expect(try #require(Self.cues("would have", in: counterfactual).first).value > 0)
    // Before the reporting verb: a quotation, present tense.
    let quoted = Self.analyze("“We would welcome new talks,” the minister said.", engine)
    #expect(try #require(Self.cues("would", in: quoted).first).value > 0)
  }

  /// A reported clause that holds a quote is reported speech: its
  /// `would` is backshifted as in any reported clause. The words of a
  /// quote alone keep their tense.
  @Test func aReportedClauseWithAQuoteInsideIsReportedSpeech() throws {
    let engine = try Self.engine()
    let clause = Self.analyze("The minister said the program would “restore growth over the medium term.”", engine)
    let statement = try #require(clause.statements.first)
    #expect(statement.statement.form == .partialQuote)
    #expect(statement.stance.hedging == 0)
    let quotes = Self.analyze("The minister said the talks had been “useful” and “would continue next month.”", engine)
    let quoted = try #require(quotes.statements.first { $0.text.hasPrefix("would") })
    #expect(quoted.statement.form == .partialQuote)
    #expect(quoted.stance.hedging > 0)
  }

  @Test func theScaleIsAParameter() throws {
    let text = "Officials said the talks would resume next week."
    let full = Self.analyze(text, try Self.engine(scale: 1))
    let half = Self.analyze(text, try Self.engine(scale: 0.5))
    let plain = Self.analyze("Officials said the talks will resume next week.", try Self.engine(scale: 1))
    let w1 = try #require(Self.cues("would", in: full).first)
    let w5 = try #require(Self.cues("would", in: half).first)
    #expect(w1.value == w1.weight)
    #expect(abs(w5.value - 0.5 * w1.value) < 1e-12)
    #expect(full.score.sentences[0].stance.hedging > half.score.sentences[0].stance.hedging)
    #expect(half.score.sentences[0].stance.hedging > plain.score.sentences[0].stance.hedging)
  }

  @Test func reportedContentIsReadAsReportedWhereverTheVerbIs() throws {
    let engine = try Self.engine()
    // The verb after the content: the sentence keeps the hedge (it might
    // be the speaker's own conditional), the reported statement does not.
    let a = Self.analyze("The talks would resume next week, officials said.", engine)
    let statement = try #require(a.statements.first)
    #expect(statement.statement.form == .reported)
    #expect(a.score.sentences[0].stance.hedging > 0)
    #expect(statement.stance.hedging == 0)
    // A quotation keeps its tense.
    let q = Self.analyze("“We would welcome new talks,” the minister said.", engine)
    let quote = try #require(q.statements.first)
    #expect(quote.statement.form == .quote)
    #expect(quote.stance.hedging > 0)
  }

  @Test func theWordComesFromTheGrammarLexicon() throws {
    // The same entry without its note: no word is marked.
    let plainWould = LexiconParser.parse(Array("would\tgrammar.modal\t1\n".utf8), file: "plain.tsv").entries
    let lexicons = try TestSupport.engine().lexicons.overridden(by: LexiconSet(entries: plainWould, files: ["plain.tsv"]))
    let a = Self.analyze("Officials said the talks would resume next week.", try Self.engine(lexicons: lexicons))
    #expect(try #require(Self.cues("would", in: a).first).value > 0)
    #expect(a.score.sentences[0].stance.hedging > 0)
  }
}
