import Testing

@testable import Parley

/// `CueCounts` (the first cue inline, the rest in a table) against a plain
/// dictionary doing the same adds, merges and replacements.
@Suite struct CueCountsTests {
  @Test func equalsDictionaryOnSeededOperations() {
    var generator = SeededGenerator(seed: 29)
    let keys = ["said", "told", "insisted", "claimed", "according to", "", "warned"]
    for round in 0..<500 {
      var fast = CueCounts()
      var plain: [String: Int] = [:]
      var other = CueCounts()
      var otherPlain: [String: Int] = [:]
      for _ in 0..<Int.random(in: 0...8, using: &generator) {
        let key = keys.randomElement(using: &generator)!
        let n = Int.random(in: 0...3, using: &generator)
        switch Int.random(in: 0..<10, using: &generator) {
        case 0:
          // Replaced whole (`SpeakerSummary.cues` set, an aggregate loaded).
          fast = CueCounts(plain)
        case 1:
          other.add(key, n)
          otherPlain[key, default: 0] += n
        default:
          fast.add(key, n)
          plain[key, default: 0] += n
        }
      }
      if round % 2 == 0 {
        fast.merge(other)
        for (k, v) in otherPlain { plain[k, default: 0] += v }
      }
      #expect(fast.dictionary == plain, "round \(round)")
      #expect(fast.count == plain.count, "round \(round)")
      #expect(fast.only == (plain.count == 1 ? plain.first?.key : nil), "round \(round)")
      var seen: [String: Int] = [:]
      fast.forEach { k, v in seen[k] = v }
      #expect(seen == plain, "round \(round)")
      // Equal and hashed as the dictionary, whatever the first key.
      let rebuilt = CueCounts(plain)
      #expect(fast == rebuilt, "round \(round)")
      #expect(fast.hashValue == rebuilt.hashValue, "round \(round)")
    }
  }

  @Test func summaryCuesReadAndWriteTheDictionary() {
    var s = SpeakerSummary(name: "Lena Varga", kind: "person")
    #expect(s.cues.isEmpty && s.onlyCue == nil)
    s.add(optimism: 0, hedging: 0, words: 1, cue: "Said")
    #expect(s.cues == ["said": 1] && s.onlyCue == "said")
    s.add(optimism: 0, hedging: 0, words: 1, cue: "told")
    s.add(optimism: 0, hedging: 0, words: 1, cue: "said")
    #expect(s.cues == ["said": 2, "told": 1] && s.onlyCue == nil)
    #expect(s.topCues() == ["said", "told"])
    s.cues["warned"] = 5
    #expect(s.cues == ["said": 2, "told": 1, "warned": 5])
    #expect(s.topCues(2) == ["warned", "said"])
    var t = SpeakerSummary(name: "Lena Varga", kind: "person")
    t.cues = ["warned": 5, "told": 1, "said": 2]
    #expect(s.cueCounts == t.cueCounts)
  }
}
