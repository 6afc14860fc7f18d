import Testing

@testable import Parley

/// The walks that the readers of noun phrases skip answer as the full
/// ones, on the snapshot's texts (every repository text and 600 seeded
/// recombinations):
/// - `analyze` skips the name's walks (titles, compounds, the capitalized
///   run, the final name, the outlet's name) for a phrase whose core,
///   after its determiners and possessive, has no capitalized,
///   all-capitals or hyphenated word: every mention is the one
///   `analyzeWalkingAll` makes;
/// - `forwardNP` ends a phrase at a comma whose next word opens neither an
///   appositive nor a strict modifier (`mayOpenAppositiveOrModifier`)
///   before walking to the segment's end: no segment starting there is
///   either, whatever its end.
@Suite struct MentionAnalysisSkipTests {
  @Test func analysisWithSkipsEqualsTheFullWalks() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var plain = 0
    var named = 0
    for (_, text) in try AttributionSnapshotTests.texts(engine) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      let n = document.tokens.count
      // (From token 1: a phrase the pass never reads, a comma or a relative
      // word first, has an empty core, and `analyze` reads the token before
      // it.)
      for start in 1..<max(1, n) {
        for length in [1, 2, 3, 5, 8] where start + length <= n {
          let r = start..<(start + length)
          let skipped = AttributionPass.analyze(r, document: document, facts: facts)
          let full = AttributionPass.analyzeWalkingAll(r, document: document, facts: facts)
          #expect(Self.fields(skipped) == Self.fields(full), "\(r)")
          compared += 1
          if !r.contains(where: { facts.isCapitalized($0) || facts.has($0, .allCaps) || facts.has($0, .hyphenated) }) { plain += 1 }
          if full.name != nil { named += 1 }
        }
      }
    }
    // Both ways are taken, and the full walks find names.
    #expect(compared > 400_000)
    #expect(plain > 100_000)
    #expect(named > 30_000)
  }

  @Test func segmentsThatCannotOpenAnAppositiveAreNone() throws {
    let engine = try TestSupport.engine()
    var rejected = 0
    var accepted = 0
    for (_, text) in try AttributionSnapshotTests.texts(engine) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      let pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      let n = document.tokens.count
      for c in 0..<n where facts.isComma(c) && c + 1 < n {
        let s = c + 1
        let may = pass.mayOpenAppositiveOrModifier(s)
        for e in (s + 1)...min(n, s + 32) {
          let segment = s..<e
          let either = pass.isAppositive(segment) || pass.isModifier(segment, strict: true)
          if !may { #expect(!either, "\(segment)") }
          if either { accepted += 1 }
        }
        if !may { rejected += 1 }
      }
    }
    #expect(rejected > 2_000)
    #expect(accepted > 30_000)
  }

  /// The pass makes each mention in its place in its list (`addMention`):
  /// what it holds there, once the fields that the pass sets later are
  /// put back (source, appositive link, statements), is the mention that
  /// `analyze` returns for its tokens.
  @Test func mentionsMadeInPlaceEqualTheAnalysisByValue() throws {
    let engine = try TestSupport.engine()
    var compared = 0
    var named = 0
    var pronouns = 0
    for (_, document, facts, pass) in try AttributionTestSupport.attributedSnapshotTexts(engine) {
      for made in pass.mentions {
        var m = made
        m.isSource = false
        m.boundTo = nil
        m.lastStatement = -1
        let byValue = AttributionPass.analyze(made.tokens, document: document, facts: facts)
        #expect(Self.fields(m) == Self.fields(byValue), "\(made.tokens)")
        compared += 1
        if made.name != nil { named += 1 }
        if made.pronoun != .none { pronouns += 1 }
      }
    }
    #expect(compared > 5_000)
    #expect(named > 1_000)
    #expect(pronouns > 500)
  }

  /// Every field a mention carries, for comparison.
  static func fields(_ m: Mention) -> String {
    "\(m.tokens) \(m.core) \(String(describing: m.name)) \(String(describing: m.boundTo)) \(m.head) \(m.office) \(m.lastStatement) \(m.kind) "
      + "\(m.isBareHead) \(m.refersBack) \(m.isDefinite) \(m.isTitled) \(m.gender) \(m.pronoun) \(m.isSource) \(m.kindIsGuess)"
  }
}
