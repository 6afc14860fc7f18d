import Testing

@testable import Parley

/// The start-up fast paths of lexicon loading against their plain
/// references: the byte-level line reader against the general reader, the
/// raw duplicate table against a `Dictionary` of the same keys.
@Suite("Lexicon loading fast paths")
struct LexiconFastPathTests {
  /// Entries and diagnostic lines of `bytes`, read by the fast path where
  /// it can (`generalOnly: false`) or by the general reader alone.
  private func read(_ bytes: [UInt8], generalOnly: Bool) -> (entries: [LexiconEntry], diagnostics: [String]) {
    var entries: [LexiconEntry] = []
    var diagnostics: [Diagnostic] = []
    LexiconParser.parse(bytes, file: "t.tsv", into: &entries, diagnostics: &diagnostics, generalOnly: generalOnly)
    return (entries, diagnostics.map(\.description))
  }

  @Test func everyBuiltinFileReadsAsTheGeneralReaderReadsIt() {
    for file in LexiconSet.builtinFiles {
      let bytes = Array(file.contents.utf8)
      let fast = read(bytes, generalOnly: false)
      let general = read(bytes, generalOnly: true)
      #expect(fast.entries == general.entries, "\(file.name)")
      #expect(fast.diagnostics == general.diagnostics, "\(file.name)")
      #expect(!fast.entries.isEmpty)
    }
  }

  /// Lines the fast path takes, lines it leaves to the general reader,
  /// and errors, with accented letters, other non-ASCII text, sections
  /// and every kind of spacing.
  static let lines: [String] = [
    "hope\tvalence\t1", "Hope\tvalence\t2", "HOPE \tvalence\t1\tnote", "hope*\tvalence\t1", "hop*\tvalence\t1", "ho*\tvalence\t1",
    "José\tspeaker.given-name\t1\tperson-m", "josé\tspeaker.given-name\t1\tperson-m", "JOSÉ\tspeaker.given-name\t1",
    "ÉLODIE\tspeaker.given-name\t1\tperson-f", "İstanbul\tvalence\t1", "istanbul\tvalence\t1", "élan*\tvalence\t1", "éla*\tvalence\t1",
    "zoë \t speaker.given-name \t 1 \t person-f ", "[ section one ]", "[]", "[", "  [x]  ", "[\tsec\t]\t", "[x] y", "[ é ]", "[sec]]",
    "ca n't\thedge.modal\t0.5", "can't\thedge.modal\t0.5", "can’t\thedge.modal\t0.5", "don't*\tvalence\t1", "a  b\tvalence\t1",
    " a b\tvalence\t1", "a b \tvalence\t1", "x\tvalance\t1", "x\tvalence\t9", "x\thedge.modal\t0", "x\tvalence\tabc", "x\tvalence",
    "x\tvalence\t1\tn\textra", "\tvalence\t1", "*\tvalence\t1", "a*b\tvalence\t1", "ab*c*\tvalence\t1", "# comment é", "# comment — dash",
    "   ", "\t", "naïve\tvalence\t1\tnote—dash", "naïve\tvalence\t1", "ﬁne\tvalence\t1", "ñ\tvalence\t1", "Ñ\tvalence\t1",
    "straße\tvalence\t1", "STRASSE\tvalence\t1", "Ÿ\tvalence\t1", "ÿ\tvalence\t1", "e\u{301}\tvalence\t1", "a\t\u{301}valence\t1",
    "a \u{301}\tvalence\t1", "x\tvalence\t1\t\u{301}note", "good\tvalence\t1.5", "good\tvalence\t1.50", "bad\tvalence\t-1e0",
    "bad\tvalence\t+1", "Ĳ\tvalence\t1", "ĳ\tvalence\t1", "ŉ\tvalence\t1", "Ÿes\tvalence\t1", "Kelvin\tvalence\t1", "Å\tvalence\t1",
    "ok\tvalence\t1\r", "mr.\tabbreviation\t1", "no.\tabbreviation\t0.5", "doubt\thedge.epistemic\t0.6", "said\treport\t-0.5",
    "Łódź\tspeaker.organization\t1", "ŁÓDŹ\tspeaker.organization\t1", "x\tspeaker.given-name\t1\tperson-f ", "\u{FEFF}bom\tvalence\t1",
    // Terms of eight bytes and more (read and lower-cased eight at a
    // time), with the bytes beside A and Z.
    "Prime Minister Of The UK\tvalence\t1", "AZaz@[`{ 09 Mixed CASE words\tvalence\t1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ\tvalence\t1",
    "@@@@@@@@[[[[[[[[\tvalence\t1", "Long Term Optimis*\tvalence\t1", "long term with note\tvalence\t1\ta note of some length",
    // Every letter of U+00C0–U+00FF (lower-cased by bytes), and beside them
    // letters of U+0100–U+017F (lower-cased by `lowercased()`).
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ\tspeaker.given-name\t1", "ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß\tspeaker.given-name\t1", "àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ\tvalence\t1",
    "Zoë Ĳssel\tspeaker.given-name\t1", "ÉMILE Ŀ\tvalence\t1", "ÅSA\tspeaker.given-name\t1\tperson-f",
  ]

  @Test func randomFilesReadAsTheGeneralReaderReadsThem() {
    var rng = SeededRandom(seed: 12)
    for round in 0..<300 {
      let count = Int.random(in: 1...40, using: &rng)
      var text = (0..<count).map { _ in Self.lines.randomElement(using: &rng)! }.joined(separator: "\n")
      if round % 3 == 0 { text += "\n" }
      var bytes = Array(text.utf8)
      // Now and then a byte that is not UTF-8, or a byte order mark.
      if round % 7 == 0, !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = 0xC3 }
      if round % 11 == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
      let fast = read(bytes, generalOnly: false)
      let general = read(bytes, generalOnly: true)
      #expect(fast.entries == general.entries, "\(text.debugDescription)")
      #expect(fast.diagnostics == general.diagnostics, "\(text.debugDescription)")
    }
  }

  /// The duplicate errors a `Dictionary` of `EntryKey` finds.
  private func referenceDuplicates(_ entries: [LexiconEntry]) -> [String] {
    var firstSeen: [LexiconSet.EntryKey: Int] = [:]
    var out: [String] = []
    for (index, entry) in entries.enumerated() {
      let key = LexiconSet.EntryKey(entry)
      if let first = firstSeen[key] {
        out.append(Diagnostic.error("LEX006", "duplicate term '\(entry.term)\(entry.isPrefix ? "*" : "")' in \(entry.category.rawValue) (first at \(entries[first].origin))", file: entry.file, line: entry.line, column: 1).description)
      } else {
        firstSeen[key] = index
      }
    }
    return out
  }

  @Test func duplicateTableFindsWhatADictionaryFinds() {
    var rng = SeededRandom(seed: 5)
    let builtin = (try? LexiconSet.builtin().entries) ?? []
    #expect(!builtin.isEmpty)
    let terms = ["hope", "Hope", "can't", "can’t", "ca n't", "can't agree", "can’t  agree", "josé", "jose", "a b", "a  b", "x", "x y z", "doubt"]
    let categories: [LexiconCategory] = [.valence, .hedgeEpistemic, .booster, .report, .speakerGivenName, .grammarAnd, .abbreviation]
    for round in 0..<200 {
      var entries: [LexiconEntry] = []
      if round % 10 == 0 { entries = Array(builtin.shuffled(using: &rng).prefix(500)) }
      for line in 0..<Int.random(in: 0...60, using: &rng) {
        entries.append(
          LexiconEntry(
            term: terms.randomElement(using: &rng)!, category: categories.randomElement(using: &rng)!, weight: 1,
            isPrefix: Bool.random(using: &rng), file: "r.tsv", line: line + 1))
      }
      if round % 10 == 0, let copy = entries.randomElement(using: &rng) { entries.append(copy) }
      var diagnostics: [Diagnostic] = []
      DuplicateTerms.check(entries, into: &diagnostics)
      #expect(diagnostics.map(\.description) == referenceDuplicates(entries))
    }
    var none: [Diagnostic] = []
    DuplicateTerms.check(builtin, into: &none)
    #expect(none.isEmpty)
  }

  @Test func isGrammarIsTheGrammarPrefix() {
    for category in LexiconCategory.allCases {
      #expect(category.isGrammar == category.rawValue.hasPrefix("grammar."), "\(category)")
    }
  }
}
