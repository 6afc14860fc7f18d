import Testing

@testable import Parley

/// The scorer numbers clauses only from the first cue's start to the last's;
/// rules compare the clauses of cue starts for equality, and those
/// comparisons must come out as with every token of the sentence numbered.
@Suite struct ClauseSpanTests {
  /// Clause numbers of every token of `sentence`, as the scorer wrote them
  /// before it numbered only the cues' span.
  static func wholeSentenceClauses(_ s: SentenceState, _ document: Document) -> [Int32] {
    var openers: [Int32] = []
    for c in s.cues where c.category == .contrast || c.category == .concessive || c.category == .hedgeConditional { openers.append(c.start) }
    var out: [Int32] = []
    var id: Int32 = 0
    var next = 0
    for k in s.tokens {
      while next < openers.count, Int(openers[next]) < k { next += 1 }
      let t = document.tokens[k]
      if t.kind == .punctuation {
        let b = document.text[Int(t.start)]
        if [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"), 0xE2].contains(b) { id += 1 }
      } else if next < openers.count, Int(openers[next]) == k {
        id += 1
      }
      out.append(id)
    }
    return out
  }

  @Test func cueClausesCompareAsWithWholeSentence() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    var pairs = 0
    var different = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let ids = engine.matcher.tokenIDs(document)
      // Every rule ungated: clauses are numbered for every sentence with a cue.
      var scorer = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: UngatedRuleModel(), parameters: engine.parameters)
      for sentence in document.sentences {
        let (_, state) = scorer.score(sentence.tokens, keepCues: true)
        guard let s = state, !s.cues.isEmpty else { continue }
        let whole = Self.wholeSentenceClauses(s, document)
        for a in s.cues {
          for b in s.cues {
            let expected = whole[Int(a.start) - s.tokens.lowerBound] == whole[Int(b.start) - s.tokens.lowerBound]
            #expect((s.clauseOf(a.start) == s.clauseOf(b.start)) == expected, "\(origin): \(document.string(sentence.span))")
            pairs += 1
            if !expected { different += 1 }
          }
        }
      }
    }
    // Both outcomes were compared, many times.
    #expect(pairs > 1000)
    #expect(different > 100)
  }
}
