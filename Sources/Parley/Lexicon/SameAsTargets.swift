/// The `same as TERM` notes of speaker entries (`premier	speaker.role	1
/// same as prime minister`): the two terms name one office. `check` reports
/// a note that names no speaker term (`LEX011`), or the two would silently
/// stop being one office. Terms are compared by their folded keys
/// (`LexiconTerm.key`), as the matcher reads them; the keys are made only
/// when a lexicon has such notes.
enum SameAsTargets {
  static let prefix = Array("same as ".utf8)

  static func isSpeaker(_ c: LexiconCategory) -> Bool {
    switch c {
    case .speakerTitle, .speakerRole, .speakerGroup, .speakerOrganization, .speakerMedia: return true
    default: return false
    }
  }

  /// The key of the term a note names, when it is a `same as` note (the
  /// prefix in any ASCII case) or has one after a gender and a semicolon
  /// (`person-m; same as head`), or nil.
  static func target(ofNote note: String?) -> [UInt8]? {
    guard let note else { return nil }
    // (Read at every start for each speaker note, most of them a gender
    // alone: the prefix is looked for on the bytes in place, and a string
    // is made only for the term after it.)
    let read: [UInt8]?? = note.utf8.withContiguousStorageIfAvailable { termAfterPrefix($0).map { Array($0) } }
    guard let term = read ?? termAfterPrefix(Array(note.utf8)[...]).map({ Array($0) }) else { return nil }
    let key = LexiconTerm.key(String(decoding: term, as: UTF8.self))
    return key.isEmpty ? nil : key
  }

  /// The bytes after `same as ` in `u` (at its start, or after a
  /// semicolon and spaces), or nil when the prefix is not there.
  private static func termAfterPrefix<C: Collection<UInt8>>(_ u: C) -> C.SubSequence? {
    var rest = u[...]
    if let semicolon = u.firstIndex(of: UInt8(ascii: ";")) {
      rest = u[u.index(after: semicolon)...].drop { $0 == UInt8(ascii: " ") }
    }
    guard rest.count > prefix.count, zip(prefix, rest).allSatisfy({ $0 == asciiLower($1) }) else { return nil }
    return rest.dropFirst(prefix.count)
  }

  /// The speaker entries with a `same as` note and the key each names.
  static func notes(_ entries: [LexiconEntry]) -> [(entry: Int, target: [UInt8])] {
    var out: [(entry: Int, target: [UInt8])] = []
    for i in entries.indices where entries[i].note != nil && isSpeaker(entries[i].category) {
      if let t = target(ofNote: entries[i].note) { out.append((i, t)) }
    }
    return out
  }

  /// The speaker entries of `entries` (indices, in order) for which
  /// `isSpeakerEntry` holds, with their terms' keys.
  static func speakerKeys(_ entries: [LexiconEntry], _ isSpeakerEntry: (Int) -> Bool) -> [(entry: Int, key: [UInt8])] {
    entries.indices.filter(isSpeakerEntry).map { ($0, LexiconTerm.key(entries[$0].term)) }
  }

  /// Appends a `LEX011` error for each speaker entry whose `same as` note
  /// names no speaker term.
  static func check(_ entries: [LexiconEntry], into diagnostics: inout [Diagnostic]) {
    let notes = notes(entries)
    guard !notes.isEmpty else { return }
    // Each speaker term's key against the targets not found yet, a plain
    // term's key being its own bytes (no key array made for each speaker
    // term, no scan of them all for each note); stops when every target is
    // found.
    var found = [Bool](repeating: false, count: notes.count)
    var left = notes.count
    var scratch = DuplicateTerms.FoldScratch()
    for i in entries.indices where left > 0 && isSpeaker(entries[i].category) {
      scratch.withKey(entries[i].term) { key in
        for k in notes.indices where !found[k] && notes[k].target.count == key.count && notes[k].target.elementsEqual(key) {
          found[k] = true
          left -= 1
        }
      }
    }
    for (k, (i, target)) in notes.enumerated() where !found[k] {
      let name = String(decoding: target, as: UTF8.self)
      diagnostics.append(.error("LEX011", "'same as' names '\(name)', which is no speaker term", file: entries[i].file, line: entries[i].line, column: 1))
    }
  }
}
