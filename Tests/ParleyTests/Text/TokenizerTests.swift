import Testing

@testable import Parley

/// One tokenizer case: the text, the tokens expected, and optionally their
/// kinds (w word, n number, c clitic, q quote, t terminal, p punctuation).
struct TokenCase: Sendable, CustomTestStringConvertible {
  var text: String
  var tokens: [String]
  var kinds: String?
  init(_ text: String, _ tokens: [String], _ kinds: String? = nil) {
    self.text = text
    self.tokens = tokens
    self.kinds = kinds
  }
  var testDescription: String { text.debugDescription }
}

private func tokenize(_ text: String) -> (strings: [String], tokens: [Token]) {
  let bytes = Array(text.utf8)
  var tokens: [Token] = []
  bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, range: 0..<$0.count, into: &tokens) }
  return (tokens.map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }, tokens)
}

private func kindCode(_ kind: TokenKind) -> Character {
  switch kind {
  case .word: "w"
  case .number: "n"
  case .clitic: "c"
  case .quote: "q"
  case .terminal: "t"
  case .punctuation: "p"
  }
}

@Suite("Tokenizer")
struct TokenizerTests {
  static let words: [TokenCase] = [
    TokenCase("Talks resumed", ["Talks", "resumed"], "ww"),
    TokenCase("  leading and trailing  ", ["leading", "and", "trailing"], "www"),
    TokenCase("tab\tand\nnewline", ["tab", "and", "newline"], "www"),
    TokenCase("Résumé café naïve", ["Résumé", "café", "naïve"], "www"),
    TokenCase("talks,then", ["talks", ",", "then"], "wpw"),
    TokenCase("(ceasefire)", ["(", "ceasefire", ")"], "pwp"),
    TokenCase("yes; no: maybe", ["yes", ";", "no", ":", "maybe"], "wpwpw"),
    TokenCase("", [], ""),
    TokenCase(" \t\n ", [], ""),
  ]

  static let numbers: [TokenCase] = [
    TokenCase("20.5 percent", ["20.5", "percent"], "nw"),
    TokenCase("$1.2 billion", ["$", "1.2", "billion"], "pnw"),
    TokenCase("1,000 troops", ["1,000", "troops"], "nw"),
    TokenCase("1,000,000", ["1,000,000"], "n"),
    TokenCase("1,000.50", ["1,000.50"], "n"),
    TokenCase("90%", ["90", "%"], "np"),
    TokenCase("€5", ["€", "5"], "pn"),
    // A comma not followed by exactly three digits separates numbers.
    TokenCase("1,0000", ["1", ",", "0000"], "npn"),
    TokenCase("1, 2", ["1", ",", "2"], "npn"),
    TokenCase("10,20", ["10", ",", "20"], "npn"),
    // A period after a number that is not a decimal point ends a sentence.
    TokenCase("rose 3.5.", ["rose", "3.5", "."], "wnt"),
    TokenCase("10:30", ["10", ":", "30"], "npn"),
    TokenCase("-5", ["-", "5"], "pn"),
  ]

  static let apostrophes: [TokenCase] = [
    TokenCase("Ukraine’s", ["Ukraine", "’s"], "wc"),
    TokenCase("Ukraine's", ["Ukraine", "'s"], "wc"),
    TokenCase("don't", ["do", "n't"], "wc"),
    TokenCase("don’t", ["do", "n’t"], "wc"),
    TokenCase("can't", ["ca", "n't"], "wc"),
    TokenCase("can’t", ["ca", "n’t"], "wc"),
    TokenCase("won't", ["wo", "n't"], "wc"),
    TokenCase("isn't.", ["is", "n't", "."], "wct"),
    TokenCase("DON'T", ["DO", "N'T"], "wc"),
    TokenCase("they're", ["they", "'re"], "wc"),
    TokenCase("we've", ["we", "'ve"], "wc"),
    TokenCase("we'll", ["we", "'ll"], "wc"),
    TokenCase("I'd", ["I", "'d"], "wc"),
    TokenCase("I'm", ["I", "'m"], "wc"),
    TokenCase("O'Brien", ["O'Brien"], "w"),
    TokenCase("O’Neill", ["O’Neill"], "w"),
    TokenCase("N'Djamena", ["N'Djamena"], "w"),
    TokenCase("y'all", ["y'all"], "w"),
    TokenCase("rock’n’roll", ["rock’n’roll"], "w"),
    // Not clitics: an apostrophe that does not follow a word is a quote.
    TokenCase("'Twas", ["'", "Twas"], "qw"),
    TokenCase("’90s", ["’", "90s"], "qn"),
    TokenCase("the allies' plan", ["the", "allies", "'", "plan"], "wwqw"),
    TokenCase("cannot", ["cannot"], "w"),
  ]

  static let quotes: [TokenCase] = [
    TokenCase("\"Hi,\" she said.", ["\"", "Hi", ",", "\"", "she", "said", "."], "qwpqwwt"),
    TokenCase("“Hi,” she said.", ["“", "Hi", ",", "”", "she", "said", "."], "qwpqwwt"),
    TokenCase("‘yes’", ["‘", "yes", "’"], "qwq"),
    TokenCase("'quoted'", ["'", "quoted", "'"], "qwq"),
    TokenCase("‘Ukraine’s’", ["‘", "Ukraine", "’s", "’"], "qwcq"),
    TokenCase("«Bonjour»", ["«", "Bonjour", "»"], "qwq"),
    TokenCase("He said: “No.”", ["He", "said", ":", "“", "No", ".", "”"], "wwpqwtq"),
  ]

  static let hyphensAndInitialisms: [TokenCase] = [
    TokenCase("well-known", ["well-known"], "w"),
    TokenCase("co-op", ["co-op"], "w"),
    TokenCase("24-hour", ["24-hour"]),
    TokenCase("pre- and post-war", ["pre", "-", "and", "post-war"], "wpww"),
    TokenCase("U.S. U.N. E.U.", ["U.S.", "U.N.", "E.U."], "www"),
    // Joined by a hyphen to a word, an initialism is one word with it (as
    // `UN-backed` is); a hyphen with a space after it is a dash.
    TokenCase("the U.S.-led plan", ["the", "U.S.-led", "plan"], "www"),
    TokenCase("the U.N.-backed broadcaster", ["the", "U.N.-backed", "broadcaster"], "www"),
    TokenCase("U.S.- and EU-led", ["U.S.", "-", "and", "EU-led"], "wpww"),
    TokenCase("e.g. a.m.", ["e.g.", "a.m."], "ww"),
    TokenCase("J. F. Kennedy", ["J", ".", "F", ".", "Kennedy"], "wtwtw"),
    // A web address's ending keeps the name whole; a longer run, a capital
    // or a space after the period ends the word.
    TokenCase("Booking.com said", ["Booking.com", "said"], "ww"),
    TokenCase("Koszyk.pl.", ["Koszyk.pl", "."], "wt"),
    TokenCase("ended.therefore", ["ended", ".", "therefore"], "wtw"),
    TokenCase("ended.The", ["ended", ".", "The"], "wtw"),
    TokenCase("ended. the", ["ended", ".", "the"], "wtw"),
  ]

  static let punctuation: [TokenCase] = [
    TokenCase("wait... what", ["wait", "...", "what"], "wtw"),
    TokenCase("wait… what", ["wait", "…", "what"], "wtw"),
    TokenCase("end....", ["end", "...."], "wt"),
    TokenCase("what?!", ["what", "?!"], "wt"),
    TokenCase("no!!", ["no", "!!"], "wt"),
    TokenCase("envoy—tired—left", ["envoy", "—", "tired", "—", "left"], "wpwpw"),
    TokenCase("envoy — tired", ["envoy", "—", "tired"], "wpw"),
    TokenCase("2019–2020", ["2019", "–", "2020"], "npn"),
    TokenCase("anti–war", ["anti", "–", "war"], "wpw"),
    TokenCase("a--b", ["a", "--", "b"], "wpw"),
    // Non-breaking, thin and ideographic spaces separate tokens like a space.
    TokenCase("10\u{00A0}percent", ["10", "percent"], "nw"),
    TokenCase("Mr.\u{00A0}Smith", ["Mr", ".", "Smith"], "wtw"),
    TokenCase("a\u{2009}b\u{3000}c", ["a", "b", "c"], "www"),
    TokenCase("\u{FEFF}Talks", ["Talks"], "w"),
  ]

  @Test("words", arguments: words) func wordCases(_ c: TokenCase) { check(c) }
  @Test("numbers", arguments: numbers) func numberCases(_ c: TokenCase) { check(c) }
  @Test("possessives, contractions, names", arguments: apostrophes) func apostropheCases(_ c: TokenCase) { check(c) }
  @Test("quotation marks", arguments: quotes) func quoteCases(_ c: TokenCase) { check(c) }
  @Test("hyphens and initialisms", arguments: hyphensAndInitialisms) func hyphenCases(_ c: TokenCase) { check(c) }
  @Test("ellipses, dashes, spaces", arguments: punctuation) func punctuationCases(_ c: TokenCase) { check(c) }

  private func check(_ c: TokenCase) {
    let (strings, tokens) = tokenize(c.text)
    #expect(strings == c.tokens)
    if let kinds = c.kinds {
      #expect(String(tokens.map { kindCode($0.kind) }) == kinds, "kinds of \(strings)")
    }
  }

  @Test func capitalizationAndSpaceBefore() {
    let (strings, tokens) = tokenize("The envoy’s “plan” failed")
    #expect(strings == ["The", "envoy", "’s", "“", "plan", "”", "failed"])
    #expect(tokens.map(\.isCapitalized) == [true, false, false, false, false, false, false])
    #expect(tokens.map(\.spaceBefore) == [true, true, false, true, false, false, true])
  }

  @Test func tokenizesOnlyTheGivenRange() {
    let bytes = Array("skip THIS part".utf8)
    var tokens: [Token] = []
    bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, range: 5..<9, into: &tokens) }
    #expect(tokens.map { $0.span } == [Span(start: 5, end: 9)])
    #expect(tokens.first?.spaceBefore == true)
  }

  @Test func appendsToExistingTokens() {
    let bytes = Array("one two".utf8)
    var tokens: [Token] = []
    bytes.withUnsafeBufferPointer {
      Tokenizer.tokenize($0, range: 0..<3, into: &tokens)
      Tokenizer.tokenize($0, range: 4..<7, into: &tokens)
    }
    #expect(tokens.map(\.span) == [Span(start: 0, end: 3), Span(start: 4, end: 7)])
  }

  @Test func lexiconTermsSplitLikeText() {
    #expect(LexiconTerm.tokens(of: "can't") == [Array("ca".utf8), Array("n't".utf8)])
    #expect(LexiconTerm.tokens(of: "Can’t Agree") == [Array("ca".utf8), Array("n't".utf8), Array("agree".utf8)])
    #expect(LexiconTerm.tokens(of: "u.s.") == [Array("u.s.".utf8)])
  }
}
