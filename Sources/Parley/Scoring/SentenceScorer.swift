/// Scores of one unit of text (a sentence, or a statement's part of one).
public struct UnitScore: Sendable, Hashable {
  /// In [-1, 1].
  public var optimism = 0.0
  /// In [0, 1].
  public var hedging = 0.0
  /// Sum of valence values before normalization.
  public var rawOptimism = 0.0
  /// Net hedge mass (hedges minus boosters, may be negative).
  public var hedgeMass = 0.0
  /// Some cue counted on the optimism axis.
  public var hasOptimismEvidence = false
  /// Some cue counted on the hedging axis.
  public var hasHedgingEvidence = false
  /// Words in the unit.
  public var words = 0
}

/// Runs a model over token ranges of one document: finds the cues, marks
/// clauses, applies the model's rules and turns cue values into the two
/// scores. Holds reusable buffers, so make one per document (or per thread).
public struct SentenceScorer {
  public let document: Document
  public let matcher: PhraseMatcher
  public let model: any StanceModel
  public let parameters: ModelParameters
  let ids: TokenIDs
  private var matches: [PhraseMatch] = []

  public init(document: Document, matcher: PhraseMatcher, ids: TokenIDs, model: any StanceModel, parameters: ModelParameters) {
    self.document = document
    self.matcher = matcher
    self.ids = ids
    self.model = model
    self.parameters = parameters
  }

  /// Scores `tokens`; with `keepCues`, also returns the state (cues and
  /// what the rules did) for evidence.
  public mutating func score(_ tokens: Range<Int>, keepCues: Bool = false) -> (UnitScore, SentenceState?) {
    var state = SentenceState(tokens: tokens)
    matches.removeAll(keepingCapacity: true)
    matcher.matches(in: tokens, ids: ids, into: &matches)
    var titleCase: Bool? = nil
    for m in matches {
      if isCapitalizedMidSentence(m, in: tokens) {
        if titleCase == nil { titleCase = isTitleCase(tokens) }
        if titleCase == false { continue }
      }
      for e in matcher.entryIDs(m) {
        let entry = matcher.entries[Int(e)]
        guard model.reads(entry.category) else { continue }
        var cue = Cue(start: m.start, end: m.end, entry: e, category: entry.category, weight: entry.weight, value: 0, axis: nil)
        switch entry.category {
        case .valence: cue.value = entry.weight; cue.axis = .optimism
        case .booster: cue.value = -entry.weight * parameters.boosterOffset; cue.axis = .hedging
        case .report: cue.axis = .hedging
        case _ where entry.category.isHedge: cue.value = entry.weight; cue.axis = .hedging
        default: break
        }
        state.cues.append(cue)
      }
    }
    var unit = UnitScore()
    unit.words = countWords(tokens)
    if state.cues.isEmpty && !endsInQuestion(tokens) {
      return (unit, keepCues ? state : nil)
    }
    markClauses(&state)
    state.isQuestion = endsInQuestion(tokens)
    let context = RuleContext(parameters: parameters, document: document)
    for rule in model.rules { rule.apply(&state, context) }
    var raw = 0.0
    var mass = 0.0
    for c in state.cues {
      switch c.axis {
      case .optimism?: raw += c.value; unit.hasOptimismEvidence = true
      case .hedging?: mass += c.value; if c.value != 0 { unit.hasHedgingEvidence = true }
      case nil: break
      }
    }
    for extra in state.extraHedge {
      mass += extra.mass
      unit.hasHedgingEvidence = true
    }
    unit.rawOptimism = raw
    unit.hedgeMass = mass
    unit.optimism = raw / (raw * raw + parameters.valenceAlpha).squareRoot()
    let h = max(0, mass)
    unit.hedging = h / (h + parameters.hedgeHalf)
    return (unit, keepCues ? state : nil)
  }

  /// A match whose every token is capitalized, inside a sentence and not
  /// right after an opening quote, colon or dash, is part of a name ("the
  /// Good Friday Agreement", "Hope Mwangi", "May 12", "the Board of Peace"):
  /// it is not an evaluation.
  /// At the start of a sentence, a capitalized match followed by another
  /// capitalized word is a name too ("Hope Adeyemi said ...").
  private func isCapitalizedMidSentence(_ m: PhraseMatch, in sentence: Range<Int>) -> Bool {
    for k in Int(m.start)..<Int(m.end) where !document.tokens[k].isCapitalized { return false }
    var k = Int(m.start) - 1
    while k >= sentence.lowerBound {
      let t = document.tokens[k]
      switch t.kind {
      case .word, .number, .clitic: return true
      case .quote, .terminal: return nextIsCapitalizedWord(m, in: sentence)
      case .punctuation:
        let b = document.text[Int(t.start)]
        if b == UInt8(ascii: ":") || b == UInt8(ascii: "-") || b == 0xE2 || b == UInt8(ascii: "(") { return nextIsCapitalizedWord(m, in: sentence) }
        k -= 1
      }
    }
    return nextIsCapitalizedWord(m, in: sentence)
  }

  private func nextIsCapitalizedWord(_ m: PhraseMatch, in sentence: Range<Int>) -> Bool {
    let next = Int(m.end)
    guard next < sentence.upperBound else { return false }
    let t = document.tokens[next]
    return t.kind == .word && t.isCapitalized && t.spaceBefore
  }

  /// A headline in title case ("Talks End With Little Progress"): at least
  /// three words of four letters or more, nine in ten of them capitalized.
  /// There, capitals say nothing about names.
  private func isTitleCase(_ tokens: Range<Int>) -> Bool {
    var long = 0
    var capitalized = 0
    for k in tokens where document.tokens[k].kind == .word && document.tokens[k].length >= 4 {
      long += 1
      if document.tokens[k].isCapitalized { capitalized += 1 }
    }
    return long >= 3 && capitalized * 10 >= long * 9
  }

  private func countWords(_ tokens: Range<Int>) -> Int {
    var n = 0
    for k in tokens where document.tokens[k].kind == .word || document.tokens[k].kind == .number { n += 1 }
    return n
  }

  private func endsInQuestion(_ tokens: Range<Int>) -> Bool {
    var k = tokens.upperBound - 1
    while k >= tokens.lowerBound {
      let t = document.tokens[k]
      if t.kind == .terminal { return document.text[Int(t.start)] == UInt8(ascii: "?") }
      if t.kind == .quote || (t.kind == .punctuation && document.text[Int(t.start)] == UInt8(ascii: ")")) {
        k -= 1
        continue
      }
      return false
    }
    return false
  }

  /// Clause numbers: a new clause starts at , ; : ( ) and dashes, and at
  /// every contrast, concessive or conditional cue.
  private func markClauses(_ s: inout SentenceState) {
    s.clause = Array(repeating: 0, count: s.tokens.count)
    var opensClause = Set<Int>()
    for c in s.cues where c.category == .contrast || c.category == .concessive || c.category == .hedgeConditional {
      opensClause.insert(Int(c.start))
    }
    var id: Int32 = 0
    for k in s.tokens {
      let t = document.tokens[k]
      if t.kind == .punctuation {
        let b = document.text[Int(t.start)]
        let isDash = b == 0xE2 || b == UInt8(ascii: "-")
        if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || isDash {
          id += 1
        }
      } else if opensClause.contains(k) {
        id += 1
      }
      s.clause[k - s.tokens.lowerBound] = id
    }
  }
}
