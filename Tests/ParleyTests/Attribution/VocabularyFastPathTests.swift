import Testing

@testable import Parley

/// `AttributionVocabulary` reads its notes and reporting terms on the bytes
/// where it can (`note(_:hasPrefix:)`, `endsWithPreposition`) and looks for
/// only the keys that `same as` notes name (`assignOffices`): each must
/// give what the string readings give, and the whole vocabulary what the
/// reading of every entry by strings gave.
@Suite struct VocabularyFastPathTests {
  /// A report's note parts `clause only:` and `charge:` set its cue notes,
  /// in any case and together; the words alone do not (`accused`'s note
  /// speaks of a `firm charge`).
  @Test func cueNotesReadTheirParts() throws {
    #expect(CueNotes(note: "assert; clause only: `recognized Kosovo` is an act") == .clauseOnly)
    #expect(CueNotes(note: "neutral; CHARGE: `accused X of Y`") == .charge)
    #expect(CueNotes(note: "clause only: a; charge: b") == [.clauseOnly, .charge])
    #expect(CueNotes(note: "neutral: an accusation is its speaker's firm charge") == [])
    #expect(CueNotes(note: "clause only") == [])
    #expect(CueNotes(note: "") == [])
    // The built-in lexicon marks the verbs the attribution rules name.
    let engine = try TestSupport.engine()
    let entries = engine.matcher.entries
    let notes = engine.attributor.vocabulary.cueNotes
    func notesOf(_ term: String) -> CueNotes { entries.indices.first { entries[$0].term == term && entries[$0].category == .report }.map { notes[$0] } ?? [] }
    #expect(notesOf("recognized") == .clauseOnly)
    #expect(notesOf("declared") == .clauseOnly)
    #expect(notesOf("accused") == .charge)
    #expect(notesOf("said") == [])
  }

  /// The prefix test on the bytes against lowering the note: ASCII notes in
  /// any case, notes shorter than the prefix, and non-ASCII characters in
  /// the prefix, right after it (a combining mark joins its last letter)
  /// and further on.
  @Test func notePrefixAgreesWithLowering() {
    let prefixes: [StaticString] = ["national", "anaphor", "person-m", "person-f", "plural", "member"]
    var notes = ["", "p", "person", "person-", "person-m", "person-f", "Person-M", "PERSON-F; same as head", "person-mx", "person-m; same as chief",
      "plural", "Plural.", "member", "MEMBER of", "national", "National outlet", "anaphor", "Anaphor", "anaphora", "nationalist",
      "person-m\u{301}", "person-f\u{0327}; x", "person-m é", "persön-m", "\u{130}national", "na\u{130}ional", "\u{212A}member",
      "plural\u{300}", "plur\u{C0}l", "é", "Ñational", "\u{301}national", "Nnational", "mEMBER", "aNAPHOR x", "member\r\n", "person-m\r\n", " person-m", "person-mé", "ANAPHOR\u{301}x", "naTIONAL\u{2019}s"]
    for p in prefixes {
      let s = p.description
      notes += [s, s.uppercased(), s + "é", s + "\u{301}", String(s.dropLast()), s + " ; same as x", "x" + s]
    }
    let sets: [(StaticString, AttributionVocabulary.NotePrefixes)] = [("national", .national), ("anaphor", .anaphor), ("person-m", .personM), ("person-f", .personF), ("plural", .plural), ("member", .member)]
    for note in notes {
      for prefix in prefixes {
        #expect(AttributionVocabulary.note(note, hasPrefix: prefix) == note.lowercased().hasPrefix(prefix.description), "\(note) \(prefix)")
      }
      let found = AttributionVocabulary.prefixes(ofNote: note)
      for (prefix, set) in sets {
        #expect(found.contains(set) == note.lowercased().hasPrefix(prefix.description), "\(note) \(prefix)")
      }
    }
  }

  /// `SameAsTargets.target(ofNote:)`, reading the prefix on the bytes in
  /// place, against the copy of the note it read before.
  @Test func sameAsTargetEqualsTheCopyingReader() throws {
    let engine = try TestSupport.engine()
    var notes = engine.matcher.entries.compactMap(\.note)
    notes += ["same as head", "Same As head", "SAME AS x", "same as ", "same as", "person-m; same as chief", "person-f;same as chief", "x;  same as y",
      "a; b; same as c", "same  as x", "same as é", "é; same as x", "same as\u{301}x", ";same as x", "same as head;", "", ";", "sameas x"]
    var found = 0
    for note in notes {
      let target = SameAsTargets.target(ofNote: note)
      #expect(target == Self.copyingTarget(note), "\(note)")
      if target != nil { found += 1 }
    }
    #expect(found >= 8)
  }

  /// `SameAsTargets.target(ofNote:)` as it was: the note copied to an
  /// array, cut after a semicolon, the prefix compared.
  static func copyingTarget(_ note: String) -> [UInt8]? {
    let prefix = SameAsTargets.prefix
    var u = Array(note.utf8)
    if let semicolon = u.firstIndex(of: UInt8(ascii: ";")) {
      u = Array(u[(semicolon + 1)...].drop { $0 == UInt8(ascii: " ") })
    }
    guard u.count > prefix.count, zip(prefix, u).allSatisfy({ $0 == asciiLower($1) }) else { return nil }
    let key = LexiconTerm.key(String(decoding: u[prefix.count...], as: UTF8.self))
    return key.isEmpty ? nil : key
  }

  /// `endsWithPreposition` against the last of `LexiconTerm.tokens(of:)`,
  /// for every term of the built-in lexicons and a few that are not plain.
  @Test func endsWithPrepositionAgreesWithTokens() throws {
    let engine = try TestSupport.engine()
    let words = engine.attributor.vocabulary.words
    var key: [UInt8] = []
    var ranges: [Range<Int>] = []
    let terms = engine.matcher.entries.map(\.term) + ["according to", "According  to", "in the words of", "called for", "pointed to", "can't", "spoke of’", "said", "to", "of x", "x Of", "talked ’bout"]
    for term in terms {
      let parts = LexiconTerm.tokens(of: term)
      var expected = false
      if parts.count > 1, let last = parts.last {
        expected = last.withUnsafeBufferPointer { words.lookup($0, 0..<$0.count).isPreposition }
      }
      #expect(AttributionVocabulary.endsWithPreposition(term, words: words, key: &key, ranges: &ranges) == expected, "\(term)")
    }
  }

  /// The built-in vocabulary entry by entry (offices included) against the
  /// string readings of every entry and the key of every speaker term.
  @Test func vocabularyAgreesWithStringReadings() throws {
    let engine = try TestSupport.engine()
    let lexicon = engine.matcher.entries
    let built = AttributionVocabulary(lexicon, grammar: engine.matcher.grammarWords)
    let expected = Self.reference(lexicon, words: built.words)
    #expect(built.entries.count == expected.entries.count)
    #expect(built.entries.map { "\($0)" } == expected.entries.map { "\($0)" })
    #expect(built.endsWithPreposition == expected.endsWithPreposition)
    #expect(built.weight == lexicon.map(\.weight))
    #expect(built.entries.contains { $0.office >= 0 })
    // A lexicon whose `same as` notes name plain terms, folded terms, a
    // term named twice and a term that is no speaker's.
    func entry(_ term: String, _ category: LexiconCategory, _ note: String? = nil) -> LexiconEntry {
      LexiconEntry(term: term, category: category, weight: 0.5, note: note, file: "t.tsv", line: 1)
    }
    let small = [
      entry("premier", .speakerRole, "same as prime minister"), entry("prime minister", .speakerRole, "person-m"),
      entry("chief", .speakerRole, "Same As head"), entry("head", .speakerRole), entry("head", .speakerTitle),
      entry("boss", .speakerRole, "person-f; same as head"), entry("ceo’s deputy", .speakerRole, "same as deputy"),
      entry("deputy", .speakerRole), entry("said", .report, "same as deputy"), entry("envoy", .speakerRole, "same as nobody"),
      entry("Ministry", .speakerOrganization, "same as agency"), entry("agency", .speakerOrganization, "anaphor"),
      entry("he", .speakerPronoun, "person-m"), entry("it", .speakerPronoun), entry("Ana", .speakerGivenName, "person-f"),
    ]
    let a = AttributionVocabulary(small, grammar: engine.matcher.grammarWords)
    let b = Self.reference(small, words: a.words)
    #expect(a.entries.map { "\($0)" } == b.entries.map { "\($0)" })
    #expect(a.endsWithPreposition == b.endsWithPreposition)
  }

  /// What `AttributionVocabulary.init` built when it lowered every note and
  /// made the key of every speaker term.
  static func reference(_ entries: [LexiconEntry], words: FunctionWords) -> (entries: [AttributionVocabulary.Entry], endsWithPreposition: [Bool]) {
    var out: [AttributionVocabulary.Entry] = []
    var ends: [Bool] = []
    for e in entries {
      var categories = SpeakerCategories(e.category)
      if !categories.isEmpty, let raw = e.note {
        let note = raw.lowercased()
        if note.hasPrefix("national") { categories.insert(.national) }
        if note.hasPrefix("anaphor") { categories.insert(.anaphor) }
      }
      var g = Gender.unknown
      var p = PronounClass.none
      if let raw = e.note, !categories.isEmpty || e.category == .speakerGivenName {
        let note = raw.lowercased()
        g = note.hasPrefix("person-m") ? .male : note.hasPrefix("person-f") ? .female : .unknown
        if categories == .pronoun {
          switch note {
          case _ where note.hasPrefix("person-m"): p = .male
          case _ where note.hasPrefix("person-f"): p = .female
          case _ where note.hasPrefix("plural"): p = .plural
          case _ where note.hasPrefix("member"): p = .member
          default: p = .nonperson
          }
        }
      } else if categories == .pronoun {
        p = .nonperson
      }
      out.append(AttributionVocabulary.Entry(speaker: categories, gender: g, pronoun: p, isReport: e.category == .report))
      var endsPrep = false
      if e.category == .report {
        let parts = LexiconTerm.tokens(of: e.term)
        if parts.count > 1, let last = parts.last {
          endsPrep = last.withUnsafeBufferPointer { words.lookup($0, 0..<$0.count).isPreposition }
        }
      }
      ends.append(endsPrep)
    }
    let notes = SameAsTargets.notes(entries)
    if !notes.isEmpty {
      let speakers = SameAsTargets.speakerKeys(entries) { !out[$0].speaker.isEmpty }
      for (i, target) in notes {
        guard let t = speakers.first(where: { $0.key == target })?.entry else { continue }
        let own = LexiconTerm.key(entries[i].term)
        for (k, key) in speakers where key == target || key == own {
          out[k].office = Int32(t)
        }
      }
    }
    return (out, ends)
  }
}
