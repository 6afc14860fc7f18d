/// A rule of the `rules` model: reads the cues of one sentence and changes
/// their values, recording what it did on each cue it touched. Rules never
/// print and never look at strings; they run in `RuleModel.rules` order.
public protocol StanceRule: Sendable {
  /// Stable name, used in evidence (`negation`, `intensifier`, ...).
  var name: String { get }
  func apply(_ sentence: inout SentenceState, _ context: RuleContext)
  /// Bits (`LexiconCategory.bit`) of the cue categories the rule acts on:
  /// in a sentence with none of them, it does nothing and is not called.
  /// All bits (the default): always called.
  var triggers: UInt32 { get }
  /// The rule reads clause numbers (`SentenceState.clause`), which the
  /// scorer marks only when a rule that reads them is called.
  var readsClauses: Bool { get }
}

extension StanceRule {
  public var triggers: UInt32 { .max }
  public var readsClauses: Bool { true }
}

/// What a rule may read besides the sentence.
public struct RuleContext: Sendable {
  public var parameters: ModelParameters
  /// Byte of the first character of each token (punctuation tests).
  public var document: Document
  /// The closed-class words of `lexicons/grammar.tsv` (set by the engine):
  /// the little syntax rules read. Without them every word is a content word.
  var words: FunctionWords?
  /// The entries (`Cue.entry`) the rules treat by their word's grammar
  /// mark (`MarkedEntries`: `would`, `too`), set by the engine; without
  /// them none is.
  var marked = MarkedEntries()
  /// The word tokens' facts as the engine's token ids hold them
  /// (`TokenIDs.wordFacts`, made with the same `words`: the class in the
  /// high byte), one per token of `document`; empty when not given (then
  /// every word is looked up). Set by the engine (`Workspace.prepareScorer`).
  var wordFacts: [UInt32] = []

  public init(parameters: ModelParameters, document: Document) {
    self.parameters = parameters
    self.document = document
  }

  /// The function-word class of token `k` (`.none` for content words,
  /// numbers and punctuation). Looked up from the bytes when a rule asks,
  /// which is rare, so the scorer's loop pays nothing for it.
  func wordClass(_ k: Int) -> WordClass {
    let t = document.tokens[k]
    guard t.kind == .word || t.kind == .clitic else { return .none }
    // A word's class from its facts, looked up once per distinct word by
    // the id pass (made with `words`, so none without them). They hold the
    // class of the word's ASCII bytes lower-cased, as `lookup` finds it,
    // but give none to a word with other bytes, which `lookup` may still
    // find (a curly apostrophe reads as `'`): such a word is looked up.
    // (The facts first: most words asked about have a class there, and
    // `words` is read only for the rest.)
    if t.kind == .word && k < wordFacts.count {
      let c = TokenFacts.Flags.row(wordFacts[k]).word
      if c != .none { return c }
    }
    guard let words else { return .none }
    return document.text.withUnsafeBufferPointer { text in
      if t.kind == .word && k < wordFacts.count && Self.isASCII(text, Int(t.start), Int(t.end)) { return .none }
      return words.lookup(text, Int(t.start)..<Int(t.end))
    }
  }

  /// Every byte of `text[start..<end]` is ASCII. (Byte by byte: the
  /// words are short, and an or of all of them was vectorized, with more
  /// set-up than a word has bytes.)
  @inline(__always)
  private static func isASCII(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var i = start
    while i < end {
      if text[i] >= 0x80 { return false }
      i &+= 1
    }
    return true
  }

  /// Some token in `range` cannot be inside a noun phrase: a preposition
  /// other than `of`/`for` (`after`, `in`, `on`, `to`), a conjunction,
  /// `that`, a relative or question word, or an auxiliary. What follows it
  /// is not the object of a verb before it.
  func breaksNounPhrase(in range: Range<Int>) -> Bool {
    for k in range {
      switch wordClass(k) {
      case .preposition, .timePreposition, .objectPreposition, .to, .and, .or, .but, .that, .relative, .wh, .subordinator, .as, .be, .have, .do, .modal, .negation: return true
      default: continue
      }
    }
    return false
  }

  /// A noun phrase opens at token `k`: after any adverbs (grammar adverbs
  /// or words in -ly), a determiner, a quantifier (number words are
  /// quantifiers), a number, or a word with no class before `of`, before
  /// token `limit`.
  func opensNounPhrase(at k: Int, before limit: Int) -> Bool {
    var k = k
    while k < limit {
      let t = document.tokens[k]
      if t.kind == .number { return true }
      guard t.kind == .word else { return false }
      switch wordClass(k) {
      // A phrase of time says when, and is no object: "dwindled this week".
      case .determiner, .quantifier: return !(k + 1 < limit && wordClass(k + 1) == .timeNoun)
      case .adverb: k += 1
      case .none where isAdverb(k): k += 1
      case .none:
        // A bare noun before `of` (the `possessor` mark) heads one too:
        // "ends months of secret bargaining".
        return k + 1 < limit && document.tokens[k + 1].kind == .word && marked.words.has(.possessor, k + 1, in: document)
      default: return false
      }
    }
    return false
  }

  /// A phrase of time opens at token `k`, before token `limit`: a word of
  /// time (`Tuesday`, `spring`: `grammar.time-noun`), a month (marked
  /// `month`, or a capitalized modal, which after a preposition is one:
  /// `in May`), a year (four digits, from 1000 to 2999) or a span (marked
  /// `span`: `after years of fighting`); or one of these after a
  /// determiner, a quantifier or an adjective (`on a Tuesday`, `in the
  /// spring`, `after three days`), a span after a number (`after 18
  /// months`), or a month or a year after a plain lower-case word (`in
  /// early March`, `in late 2019`); any of these after an adverb (`after
  /// only six weeks`).
  func opensPhraseOfTime(at k: Int, before limit: Int) -> Bool {
    guard k < limit else { return false }
    // After an adverb: "after only six weeks", "in nearly two years".
    if k + 1 < limit, document.tokens[k].kind == .word, wordClass(k) == .adverb || (wordClass(k) == .none && isAdverb(k)) {
      return timePhraseOpens(at: k + 1, before: limit)
    }
    return timePhraseOpens(at: k, before: limit)
  }

  /// `opensPhraseOfTime` at token `k`, with no adverb first.
  private func timePhraseOpens(at k: Int, before limit: Int) -> Bool {
    if isTimeWord(k) { return true }
    guard k + 1 < limit else { return false }
    let t = document.tokens[k]
    if t.kind == .number { return isSpan(k + 1) }
    guard t.kind == .word else { return false }
    switch wordClass(k) {
    case .determiner, .quantifier, .adjective: return isTimeWord(k + 1)
    case .none: return !t.isCapitalized && isDate(k + 1)
    default: return false
    }
  }

  /// Token `k` is a word marked `span` (`opensPhraseOfTime`).
  private func isSpan(_ k: Int) -> Bool {
    document.tokens[k].kind == .word && marked.words.has(.span, k, in: document)
  }

  /// Token `k` is a word of time, a month, a year or a span
  /// (`opensPhraseOfTime`).
  private func isTimeWord(_ k: Int) -> Bool {
    wordClass(k) == .timeNoun || isDate(k) || isSpan(k)
  }

  /// Token `k` is a month or a year (`opensPhraseOfTime`).
  private func isDate(_ k: Int) -> Bool {
    let t = document.tokens[k]
    switch t.kind {
    case .number:
      guard t.end - t.start == 4 else { return false }
      let first = document.text[Int(t.start)]
      return (first == UInt8(ascii: "1") || first == UInt8(ascii: "2")) && (Int(t.start)..<Int(t.end)).allSatisfy { document.text[$0] &- 0x30 < 10 }
    case .word:
      return marked.words.has(.month, k, in: document) || (t.isCapitalized && wordClass(k) == .modal)
    default: return false
    }
  }

  /// The first token of `tokens` after any opening quotation marks (the
  /// unit's first word, where a cleft's question word stands);
  /// `tokens.upperBound` when there is none.
  func firstAfterQuotes(_ tokens: Range<Int>) -> Int {
    var k = tokens.lowerBound
    while k < tokens.upperBound && document.tokens[k].kind == .quote { k += 1 }
    return k
  }

  /// Token `k` is a comma.
  func isComma(_ k: Int) -> Bool {
    let t = document.tokens[k]
    return t.kind == .punctuation && document.text[Int(t.start)] == UInt8(ascii: ",")
  }

  /// Token `k` is a comma or a dash (`-`, or `—`/`–` read at their lead
  /// byte, as the scorer's clause breaks are).
  func isCommaOrDash(_ k: Int) -> Bool {
    let t = document.tokens[k]
    guard t.kind == .punctuation else { return false }
    let b = document.text[Int(t.start)]
    return b == UInt8(ascii: ",") || b == UInt8(ascii: "-") || b == 0xE2
  }

  /// A word of five letters or more ending in -ly (`nearly`, `formally`):
  /// read as an adverb, as attribution does.
  func isAdverb(_ k: Int) -> Bool { Self.endsInLY(document.tokens[k], document.text) }

  /// Token `t` of `text` (the document's bytes, an array or a buffer) is
  /// a word of five letters or more in -ly: `isAdverb`'s test.
  @inline(__always)
  static func endsInLY<Text: RandomAccessCollection>(_ t: Token, _ text: Text) -> Bool where Text.Element == UInt8, Text.Index == Int {
    let end = Int(t.end)
    guard end - Int(t.start) >= 5 else { return false }
    return text[end - 2] | 0x20 == UInt8(ascii: "l") && text[end - 1] | 0x20 == UInt8(ascii: "y")
  }

  /// Token `k` is a word of five letters or more in -ing (`TokenFacts`'s
  /// shape flag `endsING`, from the word's facts when given).
  func endsING(_ k: Int) -> Bool { hasShape(.endsING, k) }

  /// Token `k` is a word in -ed (`TokenFacts`'s shape flag `endsED`).
  func endsED(_ k: Int) -> Bool { hasShape(.endsED, k) }

  /// Token `k` is a word with the shape flag `flag`, from the word's facts
  /// when given.
  private func hasShape(_ flag: TokenFacts.Flags, _ k: Int) -> Bool {
    let t = document.tokens[k]
    guard t.kind == .word else { return false }
    if k < wordFacts.count { return TokenFacts.Flags.row(wordFacts[k]).contains(flag) }
    return document.text.withUnsafeBufferPointer { TokenFacts.shape($0, Int(t.start)..<Int(t.end)).0.contains(flag) }
  }

  /// The words in tokens `range` that carry content: words and numbers
  /// other than determiners, quantifiers (number words are quantifiers in
  /// `grammar.tsv`), digits and `of`/`for`. A measure or determiner phrase
  /// between a verb and its object does not put the object out of reach:
  /// "ending [three weeks of] clashes", "lifted [all of the] sanctions".
  func contentWords(in range: Range<Int>) -> Int {
    var n = 0
    for k in range {
      let t = document.tokens[k]
      guard t.kind == .word || t.kind == .clitic else { continue }
      switch wordClass(k) {
      case .determiner, .quantifier, .nameConnector, .adverb: continue
      case .none where isAdverb(k): continue
      default: n += 1
      }
    }
    return n
  }
}
