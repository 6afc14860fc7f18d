/// A role that a few rare readers of attribution look for in one grammar
/// word, beyond its class: named in `lexicons/grammar.tsv` by the entry's
/// note `mark: NAME` (`by	grammar.preposition	1	mark: agent`), so that
/// the words stay data.
enum WordMark: String, CaseIterable, Sendable {
  /// The agent of a passive (`was quoted by Interfax`) or the maker of a
  /// thing (`a report by Harvest Rights Asia`): `by`.
  case agent
  /// Where a thing comes from (`figures from the central bank`): `from`.
  case origin
  /// What holds a report (`an article in the Financial Times`, `in its
  /// annual report`): `in`.
  case container
  /// The object of a reporting verb standing for its content (`what the
  /// minister said`): `what`.
  case what
  /// A concession the writer adds after a comma (`…, though talks
  /// continue`): `though`, `although`.
  case concession

  static let notePrefix = "mark:"

  /// The mark a note names (`mark: agent`, any case and spacing), nil for
  /// a note that is no mark; `.failure` for one naming no mark.
  static func parse(note: String?) -> Result<WordMark, MarkError>? {
    guard let note else { return nil }
    let trimmed = note.drop(while: \.isWhitespace)
    guard trimmed.lowercased().hasPrefix(notePrefix) else { return nil }
    let rest = trimmed.dropFirst(notePrefix.count).drop(while: \.isWhitespace)
    let name = String(rest.reversed().drop(while: \.isWhitespace).reversed()).lowercased()
    return WordMark(rawValue: name).map { .success($0) } ?? .failure(MarkError(name: name))
  }

  /// A `mark:` note that names no mark.
  struct MarkError: Error {
    var name: String
  }

  /// Appends a `LEX013` error for each grammar entry whose `mark:` note
  /// names no mark.
  static func check(_ entries: [LexiconEntry], into diagnostics: inout [Diagnostic]) {
    for e in entries where e.note != nil {
      guard case .failure(let error) = parse(note: e.note) else { continue }
      let known = allCases.map(\.rawValue).joined(separator: ", ")
      diagnostics.append(.error("LEX013", "'mark: \(error.name)' names no mark (one of: \(known))", file: e.file, line: e.line, column: 1))
    }
  }
}

/// The marked words of the grammar lexicon (`WordMark`): a handful, so a
/// token is folded and compared with each (rare readers only).
struct WordMarks: Sendable {
  private var words: [(word: PackedWord, mark: WordMark)] = []

  /// No marked words.
  init() {}

  /// The words whose grammar entries carry a `mark:` note.
  init(_ grammar: [LexiconEntry]) {
    for e in grammar {
      guard case .success(let mark) = WordMark.parse(note: e.note),
        let word = Array(e.term.utf8).withUnsafeBufferPointer({ PackedWord.pack($0, 0..<$0.count) })
      else { continue }
      words.append((word, mark))
    }
  }

  /// Whether token `i` of `document` is a word with `mark`.
  func has(_ mark: WordMark, _ i: Int, in document: Document) -> Bool {
    let t = document.tokens[i]
    guard let key = document.text.withUnsafeBufferPointer({ PackedWord.pack($0, Int(t.start)..<Int(t.end)) }) else { return false }
    return words.contains { $0.mark == mark && $0.word == key }
  }
}
