import Foundation

/// Words of speaker terms that end in a period (`brig.` in `brig. gen.`):
/// unless each is an `abbreviation` entry, the segmenter ends a sentence
/// at it, and `Brig. Gen. Krishna Bhandari said` loses its speaker to a
/// sentence of one word. `check` reports such a word (`LEX012`) in a
/// complete lexicon, where the abbreviations live beside the speakers.
enum TitleAbbreviations {
  /// Appends a `LEX012` error for each speaker entry with a word ending in
  /// a period that no abbreviation entry lists (words compared in ASCII
  /// lower case, as the segmenter reads them).
  static func check(_ entries: [LexiconEntry], into diagnostics: inout [Diagnostic]) {
    // (Entries read in place by index: binding each one copied its four
    // strings, a retain and a release each, at every start-up.)
    var abbreviations: Set<String> = []
    for i in entries.indices where entries[i].category == .abbreviation { abbreviations.insert(entries[i].term.lowercased()) }
    for i in entries.indices where SameAsTargets.isSpeaker(entries[i].category) && hasPeriod(entries[i].term) {
      let term = entries[i].term
      for word in term.split(separator: " ") where word.hasSuffix(".") && !abbreviations.contains(word.lowercased()) {
        diagnostics.append(.error("LEX012", "'\(word)' in '\(term)' ends in a period but is no abbreviation entry, so it would end a sentence", file: entries[i].file, line: entries[i].line, column: 1))
      }
    }
  }

  /// Whether `term` holds a period, by `memchr` on its bytes in place (the
  /// generic `contains` of its UTF-8 view cost about 300 instructions a
  /// speaker term).
  private static func hasPeriod(_ term: String) -> Bool {
    term.utf8.withContiguousStorageIfAvailable { p in
      guard let base = p.baseAddress else { return false }
      return memchr(base, 0x2E, p.count) != nil
    } ?? term.utf8.contains(UInt8(ascii: "."))
  }
}
