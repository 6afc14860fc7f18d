import Testing

@testable import Parley

/// A mention keeps its ranges and indices as 32-bit values
/// (`TokenRange32`), read back through the properties the pass and the
/// resolver use: a name that is absent stays apart from an empty one or
/// one at token 0, and `boundTo` 0 from none.
@Suite struct MentionLayoutTests {
  @Test func rangesAndIndicesReadBackAsWritten() {
    var m = Mention(tokens: 3..<9, core: 4..<9, kind: .person)
    #expect(m.tokens == 3..<9)
    #expect(m.core == 4..<9)
    #expect(m.name == nil)
    #expect(m.boundTo == nil)
    for name: Range<Int>? in [0..<1, 7..<7, 0..<0, 2_000_000..<2_000_003, nil] {
      m.name = name
      #expect(m.name == name)
    }
    for main: Int? in [0, 1, 1_500_000, nil] {
      m.boundTo = main
      #expect(m.boundTo == main)
    }
    m.tokens = 0..<0
    m.core = 12..<40
    #expect(m.tokens == 0..<0)
    #expect(m.core == 12..<40)
  }

  @Test func aMentionIsCopiedWithoutMemcpy() {
    // 56 bytes: the size that made copies of a mention inline moves.
    #expect(MemoryLayout<Mention>.size <= 56)
  }
}
