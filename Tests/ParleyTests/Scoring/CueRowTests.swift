import Testing

@testable import Parley

/// A cue row (`CueRow`) keeps a cue in 32 bytes, its category and axis
/// told by its bits: every category a row can hold, of every sign of
/// weight, with or without the flags, gives back the cue it was made
/// from and sums as that cue.
@Suite struct CueRowTests {
  @Test func rowIsThirtyTwoBytes() {
    #expect(MemoryLayout<CueRow>.size == 32)
    #expect(MemoryLayout<CueRow>.stride == 32)
  }

  @Test func rowGivesBackItsCue() {
    let categories = LexiconCategory.allCases.filter { $0.bit != 0 }
    #expect(categories.count == 21)
    for category in categories {
      for weight in [-1.5, 0, 2] {
        let cue = SentenceScorer.cue(PhraseMatch(start: 3, end: 5, node: 0), entry: 7, category: category, weight: weight, boosterOffset: 0.5)
        for maybeName in [false, true] {
          let bits = CueRows.bits(cue, categoryBit: category.bit, maybeName: maybeName)
          for extra in [0, NodeRows.last] {
            let row = CueRow(cue: cue, bits: bits | extra)
            #expect(row.cue == cue, "\(category) \(weight)")
            var a = CueSum()
            a.add(cue)
            var b = CueSum()
            b.add(row)
            #expect(a.result == b.result, "\(category) \(weight)")
          }
        }
      }
    }
  }

  /// Only a reporting cue of weight 0 has no category bit: the rules it
  /// would trigger change only weighted ones.
  @Test func silentReportHasNoCategoryBit() {
    let said = SentenceScorer.cue(PhraseMatch(start: 0, end: 1, node: 0), entry: 0, category: .report, weight: 0, boosterOffset: 0.5)
    let bits = CueRows.bits(said, categoryBit: LexiconCategory.report.bit, maybeName: false)
    #expect(bits & CueRows.categories == 0)
    #expect(CueRow(cue: said, bits: bits).category == .report)
  }
}
