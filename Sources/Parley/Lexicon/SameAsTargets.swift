/// The `same as TERM` notes of speaker entries (`premier	speaker.role	1
/// same as prime minister`): the two terms name one office. `check` reports
/// a note that names no speaker term (`LEX011`), or the two would silently
/// stop being one office. Read by bytes: this runs at every start, and
/// most lexicons hold a handful of such notes among thousands of entries.
enum SameAsTargets {
  static let prefix = Array("same as ".utf8)

  static func isSpeaker(_ c: LexiconCategory) -> Bool {
    switch c {
    case .speakerTitle, .speakerRole, .speakerGroup, .speakerOrganization, .speakerMedia: return true
    default: return false
    }
  }

  /// The term a note names, when it is a `same as` note (ASCII case
  /// ignored, spaces around the term dropped), or nil.
  static func target(ofNote note: String?) -> String? {
    guard let note else { return nil }
    var u = Array(note.utf8)
    guard u.count > prefix.count, zip(prefix, u).allSatisfy({ $0 == asciiLower($1) }) else { return nil }
    u.removeFirst(prefix.count)
    while u.first == UInt8(ascii: " ") { u.removeFirst() }
    while u.last == UInt8(ascii: " ") { u.removeLast() }
    return String(decoding: u.map(asciiLower), as: UTF8.self)
  }

  /// Whether `term` reads as `target` (already lower-case), ASCII case
  /// ignored; most terms differ in length and cost one comparison.
  static func names(_ term: String, _ target: String) -> Bool {
    guard term.utf8.count == target.utf8.count else { return false }
    return zip(term.utf8, target.utf8).allSatisfy { asciiLower($0) == $1 }
  }

  /// The speaker entries with a `same as` note and the term each names.
  static func notes(_ entries: [LexiconEntry]) -> [(entry: Int, target: String)] {
    var out: [(entry: Int, target: String)] = []
    for i in entries.indices where entries[i].note != nil && isSpeaker(entries[i].category) {
      if let t = target(ofNote: entries[i].note) { out.append((i, t)) }
    }
    return out
  }

  /// Appends a `LEX011` error for each speaker entry whose `same as` note
  /// names no speaker term.
  static func check(_ entries: [LexiconEntry], into diagnostics: inout [Diagnostic]) {
    let notes = notes(entries)
    guard !notes.isEmpty else { return }
    let speakers = entries.indices.filter { isSpeaker(entries[$0].category) }
    for (i, target) in notes where !speakers.contains(where: { names(entries[$0].term, target) }) {
      diagnostics.append(.error("LEX011", "'same as' names '\(target)', which is no speaker term", file: entries[i].file, line: entries[i].line, column: 1))
    }
  }
}
