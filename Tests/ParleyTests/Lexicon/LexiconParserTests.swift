import Foundation
import Testing

@testable import Parley

private func parse(_ text: String, file: String = "test.tsv") -> (entries: [LexiconEntry], diagnostics: [Diagnostic]) {
  LexiconParser.parse(Array(text.utf8), file: file)
}

/// One bad line: the file text, and the code, line and column expected.
struct LexiconErrorCase: Sendable, CustomTestStringConvertible {
  var text: String
  var code: String
  var line: Int
  var column: Int
  var mentions: String?
  init(_ text: String, _ code: String, line: Int, column: Int, mentions: String? = nil) {
    self.text = text
    self.code = code
    self.line = line
    self.column = column
    self.mentions = mentions
  }
  var testDescription: String { "\(code) \(text.debugDescription)" }
}

@Suite("Lexicon parser")
struct LexiconParserTests {
  static let errorCases: [LexiconErrorCase] = [
    LexiconErrorCase("hope\tvalence\n", "LEX001", line: 1, column: 1, mentions: "found 2"),
    LexiconErrorCase("# header\nhope valence 1\n", "LEX001", line: 2, column: 1, mentions: "found 1"),
    LexiconErrorCase("hope\tvalence\t1\tnote\textra\n", "LEX001", line: 1, column: 1, mentions: "found 5"),
    LexiconErrorCase("\tvalence\t1\n", "LEX002", line: 1, column: 1),
    LexiconErrorCase("calm\tvalence\t1\n   \tvalence\t1\n", "LEX002", line: 2, column: 1),
    // The column is the byte where the category column starts.
    LexiconErrorCase("hope\tvalance\t1\n", "LEX003", line: 1, column: 6, mentions: "'valance'"),
    LexiconErrorCase("step forward\tValence\t1\n", "LEX003", line: 1, column: 14, mentions: "'Valence'"),
    LexiconErrorCase("hope\tvalence\tlots\n", "LEX004", line: 1, column: 14, mentions: "'lots'"),
    LexiconErrorCase("hope\tvalence\t\n", "LEX004", line: 1, column: 14),
    LexiconErrorCase("hope\tvalence\tnan\n", "LEX004", line: 1, column: 14),
    LexiconErrorCase("hope\tvalence\t4\n", "LEX005", line: 1, column: 14, mentions: "valence"),
    LexiconErrorCase("hope\tvalence\t-3.5\n", "LEX005", line: 1, column: 14),
    LexiconErrorCase("really\tintensifier\t0\n", "LEX005", line: 1, column: 20),
    LexiconErrorCase("not\tnegator\t0\n", "LEX005", line: 1, column: 13),
    LexiconErrorCase("may\thedge.modal\t1.5\n", "LEX005", line: 1, column: 17),
    LexiconErrorCase("said\treport\t-2\n", "LEX005", line: 1, column: 13),
    LexiconErrorCase("mr.\tabbreviation\t0.2\n", "LEX005", line: 1, column: 18),
    LexiconErrorCase("optimis*tic\tvalence\t1\n", "LEX008", line: 1, column: 1, mentions: "end"),
    LexiconErrorCase("op*\tvalence\t1\n", "LEX008", line: 1, column: 1, mentions: "3 characters"),
    LexiconErrorCase("cautiously op*\tvalence\t1\n", "LEX008", line: 1, column: 1),
    LexiconErrorCase("*\tvalence\t1\n", "LEX008", line: 1, column: 1),
    // The '*' must be part of the last token, not a token of its own.
    LexiconErrorCase("cautiously *\tvalence\t1\n", "LEX008", line: 1, column: 1),
    LexiconErrorCase("[unclosed\nhope\tvalence\t1\n", "LEX009", line: 1, column: 1),
    LexiconErrorCase("hope\tvalence\t1\n[]\n", "LEX009", line: 2, column: 1),
    LexiconErrorCase("[  ]\nhope\tvalence\t1\n", "LEX009", line: 1, column: 1),
    LexiconErrorCase("[name] trailing\n", "LEX009", line: 1, column: 1),
    // Alternation: the column is the byte of the bad mark (or of the
    // group's '(' when the group as a whole is wrong).
    LexiconErrorCase("hope\tvalence\t1\ntalks (could|may be held\tvalence\t1\n", "LEX014", line: 2, column: 7, mentions: "never closed"),
    LexiconErrorCase("talks could|may resume\tvalence\t1\n", "LEX014", line: 1, column: 12, mentions: "outside a group"),
    LexiconErrorCase("talks could) resume\tvalence\t1\n", "LEX014", line: 1, column: 12, mentions: "without '('"),
    LexiconErrorCase("  talks (could) resume\tvalence\t1\n", "LEX014", line: 1, column: 9, mentions: "two or more"),
    LexiconErrorCase("(a|(b|c)) talks\tvalence\t1\n", "LEX014", line: 1, column: 4, mentions: "nest"),
    LexiconErrorCase("(a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b|c|d|e|f|g|h|i|j) (a|b)\tvalence\t1\n", "LEX014", line: 1, column: 71, mentions: "1000 terms"),
    LexiconErrorCase("(|)\tvalence\t1\n", "LEX002", line: 1, column: 1, mentions: "every alternative"),
    LexiconErrorCase("(very|most) op*\tvalence\t1\n", "LEX008", line: 1, column: 1),
  ]

  @Test("each error code with line and column", arguments: errorCases)
  func errors(_ c: LexiconErrorCase) throws {
    let result = LexiconParser.parse(Array(c.text.utf8), file: "test.tsv")
    let d = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
    #expect(d.code == c.code)
    #expect(d.severity == .error)
    #expect(d.file == "test.tsv")
    #expect(d.line == c.line)
    #expect(d.column == c.column)
    if let m = c.mentions { #expect(d.message.contains(m), "\(d.message)") }
    // A bad line is never turned into an entry.
    #expect(!result.entries.contains { $0.line == c.line })
  }

  @Test func invalidUTF8IsLEX007AtItsByte() throws {
    // Columns count bytes of the line as written: 0xFF is the third byte.
    let bytes = Array("calm\tvalence\t1\nca".utf8) + [0xFF] + Array("lm\tvalence\t1\n\u{FEFF}ok\tvalence\t1\n".utf8)
    let result = LexiconParser.parse(bytes, file: "test.tsv")
    let d = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1)
    #expect(d.code == "LEX007")
    #expect(d.line == 2)
    #expect(d.column == 3)
    #expect(result.entries.map(\.line) == [1, 3])
  }

  @Test func reportsEveryErrorAtOnce() {
    let text = """
      # several problems
      hope\tvalence\t1
      fear\tvalence
      calm\tvalance\tmuch
      [broken
      dread\tvalence\t9
      relief\tvalence\t2
      """
    let result = parse(text)
    #expect(result.diagnostics.map(\.code) == ["LEX001", "LEX003", "LEX004", "LEX009", "LEX005"])
    #expect(result.diagnostics.map(\.line) == [3, 4, 4, 5, 6])
    #expect(result.diagnostics.map(\.column) == [1, 6, 14, 1, 15])
    #expect(result.entries.map(\.term) == ["hope", "relief"])
    #expect(result.entries.map(\.line) == [2, 7])
  }

  @Test func rendersFileLineColumnCodeAndMessage() throws {
    let result = parse("hope\tvalence\t1\nfear\tvalance\t-1\n", file: "lexicons/custom.tsv")
    let d = try #require(result.diagnostics.first)
    #expect(d.description.hasPrefix("lexicons/custom.tsv:2:6: error: [LEX003] unknown category 'valance'"))
    #expect(Diagnostic.error("LEX010", "no lexicon files", file: "dir").description == "dir: error: [LEX010] no lexicon files")
    #expect(Diagnostic.warning("TXT001", "bad", file: "a.txt", line: 3).description == "a.txt:3: warning: [TXT001] bad")
    #expect(Diagnostic.error("X", "m").description == "error: [X] m")
  }

  @Test func readsEntriesWithTheirOrigin() throws {
    let result = parse("hope\tvalence\t1.5\nmay\thedge.modal\t0.6\tleans possible\nsaid\treport\t0\n", file: "lexicons/mine.tsv")
    #expect(result.diagnostics.isEmpty)
    let entries = result.entries
    #expect(entries.count == 3)
    #expect(entries[0] == LexiconEntry(term: "hope", category: .valence, weight: 1.5, file: "lexicons/mine.tsv", line: 1))
    #expect(entries[1].category == .hedgeModal)
    #expect(entries[1].note == "leans possible")
    #expect(entries[1].origin == "lexicons/mine.tsv:2")
    #expect(entries[2].weight == 0)
  }

  @Test func alternationStandsForEachChoiceInReadingOrder() {
    // One line, six entries: the first group slowest, each with the line's
    // category, weight, note and line number, as the written-out lines.
    let result = parse("# six\nTalks (could|may|might) (be held|take place)\tvalence\t1\tscheduled\n", file: "lexicons/mine.tsv")
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries.map(\.term) == [
      "talks could be held", "talks could take place", "talks may be held", "talks may take place", "talks might be held", "talks might take place",
    ])
    #expect(result.entries.allSatisfy { $0.line == 2 && $0.weight == 1 && $0.category == .valence && $0.note == "scheduled" && !$0.isPrefix })
    #expect(result.entries.map(\.origin) == Array(repeating: "lexicons/mine.tsv:2", count: 6))
  }

  @Test func anEmptyAlternativeLeavesTheSlotOut() {
    let result = parse("make (a|a real|) difference\tvalence\t1\n(very |)optimis*\tvalence\t1.5\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries.map(\.term) == ["make a difference", "make a real difference", "make difference", "very optimis", "optimis"])
    #expect(result.entries.map(\.isPrefix) == [false, false, false, true, true])
    // The same entries as the lines written out, in the same order.
    let written = parse("make a difference\tvalence\t1\nmake a real difference\tvalence\t1\nmake difference\tvalence\t1\nvery optimis*\tvalence\t1.5\noptimis*\tvalence\t1.5\n")
    #expect(result.entries.map { [$0.term, "\($0.weight)", "\($0.isPrefix)"] } == written.entries.map { [$0.term, "\($0.weight)", "\($0.isPrefix)"] })
  }

  @Test func anAlternationLineIsReadAsTheGeneralReaderReadsIt() {
    // The byte-level reader hands every line with '(', '|' or ')' in its
    // term to the general one; a note may hold them freely.
    let text = "(a|b) c\tvalence\t1\nplain\tvalence\t1\t(a note | with marks)\n"
    let fast = LexiconParser.parse(Array(text.utf8), file: "t.tsv")
    var general: [LexiconEntry] = []
    var diagnostics: [Diagnostic] = []
    LexiconParser.parse(Array(text.utf8), file: "t.tsv", into: &general, diagnostics: &diagnostics, generalOnly: true)
    #expect(fast.diagnostics.isEmpty && diagnostics.isEmpty)
    #expect(fast.entries == general)
    #expect(fast.entries.map(\.term) == ["a c", "b c", "plain"])
    #expect(fast.entries[2].note == "(a note | with marks)")
  }

  @Test func zeroIsAllowedOnlyWhereItMeansSomething() {
    // A zero valence, hedge, booster or shifter is a mask over the words
    // inside a phrase; a neutral reporting verb is the common case ("said").
    let result = parse("prisoners of war\tvalence\t0\nsaid\treport\t0\ncould not\thedge.modal\t0\nin no doubt\tbooster\t0\nended in\tshifter\t0\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries.map(\.weight) == [0, 0, 0, 0, 0])
    #expect(parse("not\tnegator\t0\n").diagnostics.map(\.code) == ["LEX005"])
    #expect(parse("very\tintensifier\t0\n").diagnostics.map(\.code) == ["LEX005"])
  }

  @Test func commentsAndBlankLines() {
    let text = "# a comment\n\n   # an indented comment\n\t\nhope\tvalence\t1\tnote # with a hash\n"
    let result = parse(text)
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries.map(\.term) == ["hope"])
    #expect(result.entries.first?.line == 5)
    #expect(result.entries.first?.note == "note # with a hash")
  }

  @Test func sections() {
    let text = "hope\tvalence\t1\n[ progress ]\nstep forward\tvalence\t1\n[setbacks]\nsetback\tvalence\t-1\n"
    let result = parse(text)
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries.map(\.section) == [nil, "progress", "setbacks"])
  }

  @Test func notes() {
    let result = parse("a1\tvalence\t1\nb2\tvalence\t1\t\nc3\tvalence\t1\t  spaced note  \n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries.map(\.note) == [nil, nil, "spaced note"])
  }

  @Test func prefixTermsAndCaseFolding() {
    let result = parse("Optimis*\tvalence\t2\ncautiously optimis*\tvalence\t1\nBreakthrough\tvalence\t3\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries.map(\.term) == ["optimis", "cautiously optimis", "breakthrough"])
    #expect(result.entries.map(\.isPrefix) == [true, true, false])
    #expect(result.entries.map(\.tokenCount) == [1, 2, 1])
  }

  @Test func fieldsAreTrimmedOfSpaces() {
    let result = parse(" hope \t valence \t 1 \n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries.map(\.term) == ["hope"])
    #expect(result.entries.map(\.weight) == [1])
  }

  @Test func crlfLineEnds() {
    let result = parse("# comment\r\nhope\tvalence\t1\r\nmay\thedge.modal\t0.6\tnote\r\n\r\n[sec]\r\ncalm\tvalence\t1")
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries.map(\.term) == ["hope", "may", "calm"])
    #expect(result.entries.map(\.note) == [nil, "note", nil])
    #expect(result.entries.map(\.line) == [2, 3, 6])
    #expect(result.entries.last?.section == "sec")
  }

  @Test func byteOrderMark() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("hope\tvalence\t1\nfear\tvalence\t-1\n".utf8)
    let result = LexiconParser.parse(bytes, file: "bom.tsv")
    #expect(result.diagnostics.isEmpty)
    #expect(result.entries.map(\.term) == ["hope", "fear"])
    #expect(result.entries.map(\.line) == [1, 2])
  }

  @Test func emptyFile() {
    #expect(parse("").entries.isEmpty)
    #expect(parse("").diagnostics.isEmpty)
    #expect(parse("\n\n# only comments\n").diagnostics.isEmpty)
  }

  @Test func lastLineWithoutNewline() {
    let result = parse("hope\tvalence\t1\nfear\tvalence\t-1")
    #expect(result.entries.map(\.line) == [1, 2])
  }
}

@Suite("Lexicon set")
struct LexiconSetTests {
  private func file(_ name: String, _ text: String) -> (name: String, bytes: [UInt8]) { (name, Array(text.utf8)) }

  @Test func duplicatesAcrossFilesNameTheFirstLine() throws {
    let files = [
      file("a.tsv", "# a\nhope\tvalence\t1\ncan't agree\tvalence\t-1\n"),
      file("b.tsv", "calm\tvalence\t1\n\n\n\nHope\tvalence\t2\ncan’t  agree\tvalence\t-1.5\n"),
    ]
    let error = try #require(throws: DiagnosticError.self) { try LexiconSet.parse(files: files) }
    #expect(error.diagnostics.map(\.code) == ["LEX006", "LEX006"])
    #expect(error.diagnostics.map(\.file) == ["b.tsv", "b.tsv"])
    #expect(error.diagnostics.map(\.line) == [5, 6])
    #expect(error.diagnostics.map(\.column) == [1, 1])
    #expect(error.diagnostics[0].message.contains("'hope'"))
    #expect(error.diagnostics[0].message.contains("first at a.tsv:2"))
    #expect(error.diagnostics[1].message.contains("first at a.tsv:3"))
  }

  @Test func aDuplicateFromAnAlternationNamesItsLine() throws {
    // Two choices of one line, or a choice and a written-out line, are
    // duplicates as two lines would be.
    let error = try #require(throws: DiagnosticError.self) {
      try LexiconSet.parse(files: [file("a.tsv", "talks may resume\tvalence\t1\ntalks (may|might|may) resume\tvalence\t1\n")])
    }
    #expect(error.diagnostics.map(\.description) == [
      "a.tsv:2:1: error: [LEX006] duplicate term 'talks may resume' in valence (first at a.tsv:1)",
      "a.tsv:2:1: error: [LEX006] duplicate term 'talks may resume' in valence (first at a.tsv:1)",
    ])
  }

  @Test func duplicateInOneFile() throws {
    let error = try #require(throws: DiagnosticError.self) {
      try LexiconSet.parse(files: [file("a.tsv", "hope\tvalence\t1\ncalm\tvalence\t1\nhope\tvalence\t2\n")])
    }
    #expect(error.diagnostics.map(\.description) == ["a.tsv:3:1: error: [LEX006] duplicate term 'hope' in valence (first at a.tsv:1)"])
  }

  @Test func sameAsMustNameASpeakerTerm() throws {
    let error = try #require(throws: DiagnosticError.self) {
      try LexiconSet.parse(files: [file("s.tsv", "head\tspeaker.role\t1\nchief\tspeaker.role\t1\tSame as  HEAD \npremier\tspeaker.role\t1\tsame as  prime minister \n")])
    }
    #expect(error.diagnostics.map(\.description) == ["s.tsv:3:1: error: [LEX011] 'same as' names 'prime minister', which is no speaker term"])
    // An add-on file may name a term of the lexicon it is added to; the
    // merged set is checked.
    let base = try LexiconSet.parse(files: [file("base.tsv", "prime minister\tspeaker.role\t1\nhope\tvalence\t1\n")])
    let addOn = try LexiconSet.parse(files: [file("add.tsv", "premier\tspeaker.role\t1\tsame as prime minister\nboss\tspeaker.role\t1\tsame as hope\n")], complete: false)
    let merged = base.overridden(by: addOn)
    let mergedError = try #require(throws: DiagnosticError.self) { try merged.checkReferences() }
    #expect(mergedError.diagnostics.map(\.description) == ["add.tsv:2:1: error: [LEX011] 'same as' names 'hope', which is no speaker term"])
  }

  @Test func sameAsMayFollowAGender() throws {
    #expect(SameAsTargets.target(ofNote: "person-m; same as Head") == LexiconTerm.key("head"))
    #expect(SameAsTargets.target(ofNote: "same as chief executive") == LexiconTerm.key("chief executive"))
    #expect(SameAsTargets.target(ofNote: "person-f") == nil)
    let error = try #require(throws: DiagnosticError.self) {
      try LexiconSet.parse(files: [file("s.tsv", "head\tspeaker.role\t1\nchairman\tspeaker.role\t1\tperson-m; same as chair\n")])
    }
    #expect(error.diagnostics.map(\.description) == ["s.tsv:2:1: error: [LEX011] 'same as' names 'chair', which is no speaker term"])
  }

  @Test func aTitleWordWithAPeriodMustBeAnAbbreviation() throws {
    let error = try #require(throws: DiagnosticError.self) {
      try LexiconSet.parse(files: [file("s.tsv", "gen.\tspeaker.title\t1\nbrig. gen.\tspeaker.title\t1\n"), file("a.tsv", "Gen.\tabbreviation\t1\n")])
    }
    #expect(error.diagnostics.map(\.description) == ["s.tsv:2:1: error: [LEX012] 'brig.' in 'brig. gen.' ends in a period but is no abbreviation entry, so it would end a sentence"])
    // Listed (in any case), it passes; an add-on file is not checked alone.
    _ = try LexiconSet.parse(files: [file("s.tsv", "brig. gen.\tspeaker.title\t1\n"), file("a.tsv", "gen.\tabbreviation\t1\nBrig.\tabbreviation\t1\n")])
    _ = try LexiconSet.parse(files: [file("s.tsv", "brig. gen.\tspeaker.title\t1\n")], complete: false)
  }

  @Test func aMarkNoteMustNameAMark() throws {
    let error = try #require(throws: DiagnosticError.self) {
      try LexiconSet.parse(files: [file("g.tsv", "by\tgrammar.preposition\t1\tmark: agent\nfrom\tgrammar.preposition\t1\t Mark:  Source \n")])
    }
    #expect(error.diagnostics.map(\.description) == ["g.tsv:2:1: error: [LEX013] 'mark: source' names no mark (one of: agent, origin, container, what, concession, person, possessor, backshift, prompt, question, refusal, value, approximation, excess, standard, fall, topic, count, meeting, scheduled, belief, past, object, leader, beyond, short, quantity, rise, drop, pair, event, month, span, scarce, undertaking, renewal, place)"])
    // A hedge entry's mark is checked too (`belief`, session 63).
    let hedge = try #require(throws: DiagnosticError.self) {
      try LexiconSet.parse(files: [file("h.tsv", "think\thedge.epistemic\t0.5\tmark: belief\nsuppose\thedge.epistemic\t0.6\tmark: beleif\n")])
    }
    #expect(hedge.diagnostics.map(\.code) == ["LEX013"])
    #expect(hedge.diagnostics.first?.line == 2)
  }

  /// A note may give several marks, separated by commas; each must be one.
  @Test func everyMarkOfANoteIsOne() throws {
    let marks = WordMarks([LexiconEntry(term: "about", category: .grammarPreposition, weight: 1, note: "mark: approximation,  Topic ", file: "g.tsv", line: 1)])
    #expect(marks.has(.approximation, term: "about"))
    #expect(marks.has(.topic, term: "about"))
    #expect(!marks.has(.agent, term: "about"))
    let error = try #require(throws: DiagnosticError.self) {
      try LexiconSet.parse(files: [file("g.tsv", "about\tgrammar.preposition\t1\tmark: approximation, subject\n")])
    }
    #expect(error.diagnostics.map(\.description).count == 1)
    #expect(error.diagnostics.first?.description.hasPrefix("g.tsv:1:1: error: [LEX013] 'mark: subject' names no mark") == true)
  }

  @Test func sameTermInAnotherCategoryOrAsPrefixIsNoDuplicate() throws {
    let set = try LexiconSet.parse(files: [file("a.tsv", "doubt\tvalence\t-0.5\ndoubt\thedge.epistemic\t0.6\ndoubt*\tvalence\t-0.5\n")])
    #expect(set.entries.count == 3)
    #expect(set.files == ["a.tsv"])
  }

  @Test func errorsOfEveryFileAreReportedTogether() throws {
    let error = try #require(throws: DiagnosticError.self) {
      try LexiconSet.parse(files: [file("b.tsv", "x\tvalence\t9\n"), file("a.tsv", "y\tnope\t1\n")])
    }
    #expect(error.diagnostics.map(\.code).sorted() == ["LEX003", "LEX005"])
    #expect(Set(error.diagnostics.compactMap(\.file)) == ["a.tsv", "b.tsv"])
  }

  @Test func overriddenReplacesSameTermAndCategoryAndAddsNewOnes() throws {
    let base = try LexiconSet.parse(files: [file("base.tsv", "hope\tvalence\t1\nfear\tvalence\t-1\nhope\thedge.epistemic\t0.3\n")])
    let extra = try LexiconSet.parse(files: [file("extra.tsv", "Hope\tvalence\t2\ncalm\tvalence\t1\n")])
    let merged = base.overridden(by: extra)
    #expect(merged.files == ["base.tsv", "extra.tsv"])
    #expect(merged.entries.count == 4)
    let hopes = merged.entries.filter { $0.term == "hope" && $0.category == .valence }
    #expect(hopes.map(\.weight) == [2])
    #expect(hopes.map(\.file) == ["extra.tsv"])
    #expect(merged.entries.contains { $0.term == "hope" && $0.category == .hedgeEpistemic && $0.file == "base.tsv" })
    #expect(merged.entries.contains { $0.term == "fear" })
    #expect(merged.entries.contains { $0.term == "calm" })
  }

  @Test func loadsEveryTSVOfAFolderInNameOrder() throws {
    try TestSupport.withTemporaryDirectory { dir in
      try TestSupport.write("fear\tvalence\t-1\n", to: dir, "b.tsv")
      try TestSupport.write("hope\tvalence\t1\n", to: dir, "a.tsv")
      try TestSupport.write("not a lexicon", to: dir, "README.md")
      let set = try LexiconSet.load(directory: dir)
      #expect(set.entries.map(\.term) == ["hope", "fear"])
      #expect(set.files.map { ($0 as NSString).lastPathComponent } == ["a.tsv", "b.tsv"])
    }
  }

  @Test func emptyFolderIsLEX010() throws {
    try TestSupport.withTemporaryDirectory { dir in
      try TestSupport.write("# no tsv here", to: dir, "notes.txt")
      let error = try #require(throws: DiagnosticError.self) { try LexiconSet.load(directory: dir) }
      #expect(error.diagnostics.map(\.code) == ["LEX010"])
      #expect(error.diagnostics.first?.file == dir)
    }
  }

  @Test func missingFolderIsLEX010() throws {
    let error = try #require(throws: DiagnosticError.self) { try LexiconSet.load(directory: "/nonexistent/parley-lexicons") }
    #expect(error.diagnostics.map(\.code) == ["LEX010"])
  }

  @Test func missingFileIsIN001() throws {
    let error = try #require(throws: DiagnosticError.self) { try LexiconSet.load(file: "/nonexistent/parley.tsv") }
    #expect(error.diagnostics.map(\.code) == ["IN001"])
  }

  @Test func folderErrorsCarryTheFilePath() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let path = try TestSupport.write("hope\tvalence\t5\n", to: dir, "bad.tsv")
      let error = try #require(throws: DiagnosticError.self) { try LexiconSet.load(directory: dir) }
      #expect(error.diagnostics.count == 1)
      #expect(error.diagnostics.first?.description.hasPrefix("\(path):1:14: error: [LEX005] weight 5 out of range for valence") == true)
    }
  }
}
