/// The check that every `same as TERM` note of a speaker entry names a
/// speaker term (`LEX011`): `premier	speaker.role	1	same as prime
/// minister` needs a `prime minister` among the speaker entries, or the
/// two would silently stop being one office.
enum SameAsTargets {
  /// The note prefix (lower-cased) that names the same office.
  static let prefix = "same as "

  static func isSpeaker(_ c: LexiconCategory) -> Bool {
    switch c {
    case .speakerTitle, .speakerRole, .speakerGroup, .speakerOrganization, .speakerMedia: return true
    default: return false
    }
  }

  /// Appends a `LEX011` error for each speaker entry whose `same as` note
  /// names no speaker term. Most lexicons have no such note: then nothing
  /// is built.
  static func check(_ entries: [LexiconEntry], into diagnostics: inout [Diagnostic]) {
    var notes: [Int] = []
    for i in entries.indices where isSpeaker(entries[i].category) {
      if let note = entries[i].note, note.lowercased().hasPrefix(prefix) { notes.append(i) }
    }
    guard !notes.isEmpty else { return }
    var terms = Set<String>()
    for e in entries where isSpeaker(e.category) { terms.insert(e.term.lowercased()) }
    for i in notes {
      let target = Self.target(of: entries[i].note ?? "")
      if !terms.contains(target) {
        diagnostics.append(.error("LEX011", "'same as' names '\(target)', which is no speaker term", file: entries[i].file, line: entries[i].line, column: 1))
      }
    }
  }

  /// The term a `same as` note names, lower-cased, without the spaces
  /// around it.
  static func target(of note: String) -> String {
    let rest = note.lowercased().dropFirst(prefix.count)
    return String(rest.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
