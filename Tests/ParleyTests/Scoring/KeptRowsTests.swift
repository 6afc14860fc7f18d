import Testing

@testable import Parley

/// The engine's path: every sentence matched in one pass
/// (`PhraseMatcher.sentenceMatches`), the cue rows of all sentences kept at
/// once (`SentenceScorer.keepRows`), then each sentence scored from them
/// (`scoreKept`) and its parts from them (`scorePart`). Against the
/// reference scorer (`referenceScore`) on every sentence and on sub-ranges
/// of every sentence of every evaluation text, with each model, with and
/// without cues kept.
@Suite struct KeptRowsTests {
  @Test func keptRowsScoreAsTheReference() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    #expect(texts.count > 100)
    var rng = SplitMix(seed: 0x4EE7)
    var units = 0
    var parts = 0
    for model in CueRowsTests.models {
      for (origin, text) in texts {
        let document = engine.read(id: "t", text: text)
        let ids = engine.matcher.tokenIDs(document)
        var fast = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: model, parameters: engine.parameters)
        fast.functionWords = engine.attributor.vocabulary.words
        var reference = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: model, parameters: engine.parameters)
        reference.functionWords = engine.attributor.vocabulary.words
        let context = fast.context
        var matches = SentenceMatches(sentences: document.sentences.count)
        engine.matcher.sentenceMatches(document.sentences, ids: ids, into: &matches)
        matches.matches.withUnsafeBufferPointer { fast.keepRows($0, ends: matches.ends) }
        for (si, sentence) in document.sentences.enumerated() {
          let keep = rng.next() & 1 == 0
          let unit = fast.scoreKept(si, sentence.tokens, keepCues: keep, context: context)
          let (expected, state) = reference.referenceScore(sentence.tokens, keepCues: true, sentenceMatches: nil, context: context)
          let note = "\(origin) [\(model.name)] sentence \(si)"
          #expect(unit == expected, "\(note)")
          if keep, let state { CueRowsTests.expectSameState(fast.state, state, note) }
          units += 1
        }
        for (si, sentence) in document.sentences.enumerated() where !sentence.tokens.isEmpty {
          let t = sentence.tokens
          for _ in 0..<6 {
            let a = t.lowerBound + Int(rng.next() % UInt64(t.count))
            let b = a + 1 + Int(rng.next() % UInt64(t.upperBound - a))
            let keep = rng.next() & 1 == 0
            let unit = fast.scorePart(a..<b, sentence: si, keepCues: keep, context: context)
            let (expected, state) = reference.referenceScore(a..<b, keepCues: true, sentenceMatches: nil, context: context)
            let note = "\(origin) [\(model.name)] sentence \(si) part \(a)..<\(b)"
            #expect(unit == expected, "\(note)")
            if keep, let state { CueRowsTests.expectSameState(fast.state, state, note) }
            parts += 1
          }
        }
      }
    }
    #expect(units > 1_000)
    #expect(parts > 5_000)
  }

  /// With the backshifted modals set (`MarkedEntries.backshift`, as the engine
  /// sets them) and in reported speech or not, the standard plan's gate
  /// of `ReportingStanceRule` (`RuleGate.backshift`: a modal alone opens
  /// none) scores every sentence and seeded parts of each as the
  /// reference, which runs the rule for every modal; and some units do
  /// backshift, some modals are left alone.
  @Test func backshiftGateScoresAsTheReference() throws {
    let engine = try TestSupport.engine()
    #expect(!engine.markedEntries.backshift.isEmpty)
    let texts = try TextInvariantTests.evaluationTexts()
    var rng = SplitMix(seed: 0xB5F7)
    var backshifted = 0
    var ungatedModals = 0
    var units = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let ids = engine.matcher.tokenIDs(document)
      for reported in [false, true] {
        var fast = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: RuleModel(), parameters: engine.parameters)
        fast.functionWords = engine.attributor.vocabulary.words
        fast.markedEntries = engine.markedEntries
        fast.reportedSpeech = reported
        var reference = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: RuleModel(), parameters: engine.parameters)
        reference.functionWords = engine.attributor.vocabulary.words
        reference.markedEntries = engine.markedEntries
        reference.reportedSpeech = reported
        let context = fast.context
        var matches = SentenceMatches(sentences: document.sentences.count)
        engine.matcher.sentenceMatches(document.sentences, ids: ids, into: &matches)
        matches.matches.withUnsafeBufferPointer { fast.keepRows($0, ends: matches.ends) }
        for (si, sentence) in document.sentences.enumerated() where !sentence.tokens.isEmpty {
          let t = sentence.tokens
          var ranges = [t]
          for _ in 0..<3 {
            let a = t.lowerBound + Int(rng.next() % UInt64(t.count))
            ranges.append(a..<(a + 1 + Int(rng.next() % UInt64(t.upperBound - a))))
          }
          for (k, r) in ranges.enumerated() {
            let keep = rng.next() & 1 == 0
            let unit = k == 0 ? fast.scoreKept(si, r, keepCues: keep, context: context) : fast.scorePart(r, sentence: si, keepCues: keep, context: context)
            let (expected, state) = reference.referenceScore(r, keepCues: true, sentenceMatches: nil, context: context)
            let note = "\(origin) reported \(reported) sentence \(si) part \(r)"
            #expect(unit == expected, "\(note)")
            if keep, let state { CueRowsTests.expectSameState(fast.state, state, note) }
            if let state {
              if state.applied.contains(where: { $0.rule == .backshift }) { backshifted += 1 }
              let modals = state.cues.filter { $0.category == .hedgeModal && engine.markedEntries.backshift.contains($0.entry) }
              if !modals.isEmpty && !reported && !state.cues.contains(where: { $0.category == .report }) { ungatedModals += 1 }
            }
            units += 1
          }
        }
      }
    }
    #expect(units > 5_000)
    #expect(backshifted > 20)
    #expect(ungatedModals > 20)
  }

  /// The tokens marked as crossed (`CueRows.inside`) answer `crosses` for
  /// every part of every sentence as the sentence's matches of two tokens
  /// or more do (one starts before an end of the part and ends after it).
  @Test func crossedTokensEqualTheSentencesMatches() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    var rng = SplitMix(seed: 0xC805)
    var crossing = 0
    var parts = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let ids = engine.matcher.tokenIDs(document)
      var scorer = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: RuleModel(), parameters: engine.parameters)
      var matches = SentenceMatches(sentences: document.sentences.count)
      engine.matcher.sentenceMatches(document.sentences, ids: ids, into: &matches)
      matches.matches.withUnsafeBufferPointer { scorer.keepRows($0, ends: matches.ends) }
      for (si, sentence) in document.sentences.enumerated() where !sentence.tokens.isEmpty {
        let t = sentence.tokens
        let slice = matches.matches[matches.range(si)]
        var ranges: [Range<Int>] = []
        if t.count <= 12 {
          for a in t { for b in (a + 1)...t.upperBound { ranges.append(a..<b) } }
        } else {
          for _ in 0..<24 {
            let a = t.lowerBound + Int(rng.next() % UInt64(t.count))
            ranges.append(a..<(a + 1 + Int(rng.next() % UInt64(t.upperBound - a))))
          }
        }
        for r in ranges {
          let a = Int32(r.lowerBound)
          let b = Int32(r.upperBound)
          let expected = slice.contains { $0.end - $0.start >= 2 && (($0.start < a && a < $0.end) || ($0.start < b && b < $0.end)) }
          #expect(scorer.cueRows.crosses(r) == expected, "\(origin) sentence \(si) part \(r)")
          if expected { crossing += 1 }
          parts += 1
        }
      }
    }
    #expect(parts > 20_000)
    #expect(crossing > 1_000)
  }

  /// The rows of the trie nodes (`NodeRows`) are made the first time a
  /// node is matched and kept for every later document of a scorer: one
  /// scorer turned from text to text (`reuse`) keeps the same rows, and
  /// the same rows for each sentence, as a new scorer for each text, and
  /// each match's run holds the entries of
  /// its node the model reads, in order, the last flagged; a node the
  /// model reads nothing of has the unread run.
  @Test func nodeRowsKeptAcrossDocumentsMatchEachNodesEntries() throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    let tables = engine.matcher.tables
    var reused: SentenceScorer? = nil
    var rows = 0
    var unreadNodes = 0
    for model in [RuleModel(), LexiconModel()] as [any StanceModel] {
      reused = nil
      for (origin, text) in texts {
        let document = engine.read(id: "t", text: text)
        let ids = engine.matcher.tokenIDs(document)
        var fresh = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: model, parameters: engine.parameters)
        if reused == nil {
          reused = SentenceScorer(document: document, matcher: engine.matcher, ids: ids, model: model, parameters: engine.parameters)
        } else {
          reused!.reuse(for: document, ids: ids)
        }
        var matches = SentenceMatches(sentences: document.sentences.count)
        engine.matcher.sentenceMatches(document.sentences, ids: ids, into: &matches)
        matches.matches.withUnsafeBufferPointer { all in
          fresh.keepRows(all, ends: matches.ends)
          reused!.keepRows(all, ends: matches.ends)
        }
        let a = fresh.cueRows
        let b = reused!.cueRows
        #expect(a.count == b.count, "\(origin)")
        for r in 0..<min(a.count, b.count) {
          #expect(a.rows[r].cue == b.rows[r].cue && a.rows[r].bits == b.rows[r].bits, "\(origin) row \(r)")
        }
        // The same rows for each sentence, and the same tokens crossed:
        // the reused scorer's pass stops at its first node not met yet,
        // often inside a sentence, the fresh one's at the first match.
        for si in document.sentences.indices {
          #expect(a.range(si) == b.range(si), "\(origin) sentence \(si)")
        }
        #expect(a.inside[0...document.tokens.count] == b.inside[0...document.tokens.count], "\(origin)")
        rows += a.count
        // Each node's run against its entries.
        let nodes = reused!.nodeRows
        let readable = SentenceScorer.readable(model)
        for m in matches.matches {
          let node = Int(m.node)
          let entries = (Int(tables.nodeEntryStart[node])..<Int(tables.nodeEntryStart[node + 1])).map { tables.entryIDs[$0] }.filter { readable & tables.entryBits[Int($0)] != 0 }
          let first = Int(nodes.slots[node])
          if entries.isEmpty {
            #expect(first == 0 && nodes.rows[0].bits & (NodeRows.unread | NodeRows.last) == NodeRows.unread | NodeRows.last, "\(origin) node \(node)")
            unreadNodes += 1
            continue
          }
          #expect(first > 0, "\(origin) node \(node)")
          for (k, e) in entries.enumerated() {
            let row = nodes.rows[first + k]
            #expect(row.cue.entry == e && row.bits & NodeRows.unread == 0, "\(origin) node \(node)")
            #expect((row.bits & NodeRows.last != 0) == (k == entries.count - 1), "\(origin) node \(node)")
          }
        }
      }
    }
    #expect(rows > 10_000)
    #expect(unreadNodes > 1_000)
  }
}
