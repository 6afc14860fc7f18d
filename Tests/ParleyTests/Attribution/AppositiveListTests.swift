import Testing

@testable import Parley

/// A noun phrase's appositives are a range of the document's
/// `AppositiveList`, not an array of its own: appending to a phrase's list
/// must give what appending to its own array gives, whether or not its
/// list is the last in the shared one (then it is copied to the end).
@Suite struct AppositiveListTests {
  @Test func appendingEqualsPlainArrays() {
    var random = SeededRandom(seed: 20_261_132)
    var copied = 0
    for round in 0..<500 {
      let list = AppositiveList()
      if round % 2 == 1 { _ = list.appending(0..<1, to: 0..<0); list.removeAll() }
      // Several phrases at once, appended to in a random order, as nested
      // reads of a sentence's phrases may.
      var phrases = Array(repeating: 0..<0, count: Int.random(in: 1...4, using: &random))
      var plain = Array(repeating: [Range<Int>](), count: phrases.count)
      for _ in 0..<Int.random(in: 0...12, using: &random) {
        let p = Int.random(in: 0..<phrases.count, using: &random)
        let start = Int.random(in: 0...100, using: &random)
        let segment = start..<(start + Int.random(in: 1...5, using: &random))
        if !phrases[p].isEmpty, phrases[p].upperBound != list.ranges.count { copied += 1 }
        phrases[p] = list.appending(segment, to: phrases[p])
        plain[p].append(segment)
        for q in phrases.indices {
          #expect(Array(list.ranges[phrases[q]]) == plain[q], "round \(round), phrase \(q)")
        }
      }
    }
    // The copy path ran.
    #expect(copied > 100)
  }
}
