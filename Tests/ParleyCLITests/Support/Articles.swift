import Foundation
import Parley

/// Team-written news text for the CLI tests. Sentences are plain and end in
/// a full stop, with no abbreviations, so where each sentence starts and ends
/// is not in doubt; a few carry non-ASCII letters so byte offsets and
/// character offsets differ.
enum Articles {
  /// One article: paragraphs of sentences. Paragraph 3 holds a comma and
  /// straight quotes, which a CSV writer must quote.
  static let talks: [[String]] = [
    [
      "Negotiators in Zürich said the talks were productive.",
      "Officials could perhaps meet again in early June, according to people familiar with the plan.",
    ],
    [
      "The ceasefire has not held, and aid convoys remain stuck at the border.",
      "“We are cautiously hopeful,” the envoy told reporters — though she would not say more.",
    ],
    [
      "Trade ministers welcomed the deal, which cuts tariffs on the so-called \"green\" technologies.",
    ],
  ]

  /// The article as a .txt file: paragraphs separated by blank lines.
  static func text(_ paragraphs: [[String]]) -> String {
    paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n") + "\n"
  }

  /// A pool to build generated articles from.
  static let sentences: [String] = [
    "The two delegations met for six hours on Tuesday.",
    "Officials said the talks were constructive.",
    "Negotiators may resume the discussions next week.",
    "The agreement could collapse if either side walks away.",
    "Diplomats described the meeting as a step forward.",
    "There was no sign of progress on the border question.",
    "The minister insisted that the deal would hold.",
    "Analysts say a breakthrough appears unlikely before the summit.",
    "Both governments welcomed the prisoner exchange.",
    "The ceasefire was violated twice overnight, the monitors reported.",
    "It is unclear whether the sanctions will be lifted.",
    "Aid agencies warned of a worsening crisis in the north.",
    "The president praised the negotiators for their patience.",
    "Some observers suggested the timetable was unrealistic.",
    "Talks broke down after the opposition rejected the proposal.",
    "The envoy was cautiously optimistic about a second round.",
    "Perhaps the most difficult issue is the future of the port.",
    "Trade between the neighbours rose by roughly a fifth last year.",
    "The foreign ministry did not comment on the report.",
    "A joint statement promised closer cooperation on energy.",
    "Protesters gathered outside the parliament in São Paulo.",
    "The mediator said the gap between the two sides had narrowed.",
    "Critics claimed the accord was a victory for neither side.",
    "Officials in Zürich expect a final text by the end of the month.",
  ]

  /// `count` articles built deterministically from `sentences`: 1–4
  /// paragraphs of 1–4 sentences each.
  static func generated(count: Int, seed: UInt64) -> [(id: String, paragraphs: [[String]])] {
    var rng = SplitMix64(seed: seed)
    return (0..<count).map { n in
      let paragraphs = (0..<(1 + rng.next(below: 4))).map { _ in
        (0..<(1 + rng.next(below: 4))).map { _ in sentences[rng.next(below: sentences.count)] }
      }
      return (id: "gen-\(n + 1)", paragraphs: paragraphs)
    }
  }
}

/// The library's seeded generator (SplitMix64), so generated inputs are the
/// same on every run and platform.
typealias SplitMix64 = SeededRandom

extension SeededRandom {
  mutating func next(below n: Int) -> Int { nextIndex(below: n) }
}

/// A JSON string literal for `s` (quotes, backslashes and control
/// characters escaped), for writing JSONL inputs by hand.
func jsonString(_ s: String) -> String {
  var out = "\""
  for u in s.unicodeScalars {
    switch u {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
    default: out.unicodeScalars.append(u)
    }
  }
  return out + "\""
}
