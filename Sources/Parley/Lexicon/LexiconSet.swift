import Foundation

/// A validated set of lexicon entries, from one or more files.
public struct LexiconSet: Sendable {
  public private(set) var entries: [LexiconEntry]
  /// Names of the files read, in order.
  public private(set) var files: [String]
  /// For each entry, whether its term is plain (`LexiconTerm.isPlain`), as
  /// the duplicate check found while hashing it, so the matcher build does
  /// not test every term again; empty when not known (a set made
  /// otherwise than by `parse`).
  private(set) var plainTerms: [Bool] = []

  public init(entries: [LexiconEntry], files: [String]) {
    self.entries = entries
    self.files = files
  }

  /// A 64-bit FNV-1a hash of every entry's term, category and weight, in
  /// order, as 16 hex digits: two runs with the same fingerprint used the
  /// same lexicon content (file names, lines and notes aside).
  public var fingerprint: String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    func mix(_ bytes: some Sequence<UInt8>) {
      for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
      h = (h ^ 0x1F) &* 0x0000_0100_0000_01b3  // field separator
    }
    for e in entries {
      mix(e.term.utf8)
      mix([e.isPrefix ? 1 : 0])
      mix(e.category.rawValue.utf8)
      withUnsafeBytes(of: e.weight.bitPattern.littleEndian) { mix($0) }
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The default lexicons compiled into the binary from `lexicons/`.
  public static func builtin() throws(DiagnosticError) -> LexiconSet {
    try parse(files: BuiltinLexicons.files.map { ("lexicons/\($0.name)", Array($0.contents.utf8)) })
  }

  /// The raw text of the built-in lexicon files, by file name (for the
  /// drift test and `lexicon stats`).
  public static var builtinFiles: [(name: String, contents: String)] { BuiltinLexicons.files }

  /// Every `*.tsv` file of `directory`, sorted by name.
  public static func load(directory: String) throws(DiagnosticError) -> LexiconSet {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tsv") }.sorted()
    } catch {
      throw DiagnosticError([.error("LEX010", "cannot read lexicon folder: \(Self.reason(error))", file: directory)])
    }
    if names.isEmpty {
      throw DiagnosticError([.error("LEX010", "no lexicon files (*.tsv) in the folder", file: directory)])
    }
    var files: [(String, [UInt8])] = []
    var problems: [Diagnostic] = []
    for name in names {
      let path = (directory as NSString).appendingPathComponent(name)
      do { files.append((path, try readBytes(path))) } catch { problems.append(error) }
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return try parse(files: files)
  }

  /// One lexicon file.
  public static func load(file path: String) throws(DiagnosticError) -> LexiconSet {
    let bytes: [UInt8]
    do { bytes = try readBytes(path) } catch { throw DiagnosticError([error]) }
    return try parse(files: [(path, bytes)], complete: false)
  }

  /// Parses and validates `files`, reporting every problem of every file.
  /// `complete`: the files are a whole lexicon, so a `same as` note must
  /// name a term among them (LEX011) and a speaker term's word with a
  /// period must be an abbreviation (LEX012); an add-on file (`load(file:)`) may
  /// name one of the lexicon it is added to (`checkReferences()` on the
  /// merged set).
  public static func parse(files: [(name: String, bytes: [UInt8])], complete: Bool = true) throws(DiagnosticError) -> LexiconSet {
    var entries: [LexiconEntry] = []
    var diagnostics: [Diagnostic] = []
    entries.reserveCapacity(files.reduce(0) { $0 + $1.bytes.count / 24 })
    for file in files {
      LexiconParser.parse(file.bytes, file: file.name, into: &entries, diagnostics: &diagnostics)
    }
    let plainTerms = DuplicateTerms.check(entries, into: &diagnostics)
    WordMark.check(entries, into: &diagnostics)
    if complete {
      SameAsTargets.check(entries, into: &diagnostics)
      TitleAbbreviations.check(entries, into: &diagnostics)
    }
    if !diagnostics.isEmpty {
      throw DiagnosticError(diagnostics.sorted { ($0.file ?? "", $0.line ?? 0) < ($1.file ?? "", $1.line ?? 0) })
    }
    var set = LexiconSet(entries: entries, files: files.map(\.name))
    set.plainTerms = plainTerms
    return set
  }

  /// Checks that every `same as` note names a speaker term of this set
  /// (LEX011): for a set merged from add-on files.
  public func checkReferences() throws(DiagnosticError) {
    var diagnostics: [Diagnostic] = []
    SameAsTargets.check(entries, into: &diagnostics)
    if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
  }

  /// This set with `other` layered on top: an entry of `other` replaces the
  /// entry with the same term and category here; new ones are added.
  public func overridden(by other: LexiconSet) -> LexiconSet {
    let replaced = Set(other.entries.map(EntryKey.init))
    return LexiconSet(entries: entries.filter { !replaced.contains(EntryKey($0)) } + other.entries, files: files + other.files)
  }

  struct EntryKey: Hashable {
    var term: [UInt8]
    var isPrefix: Bool
    var category: LexiconCategory
    init(_ e: LexiconEntry) {
      term = LexiconTerm.key(e.term)
      isPrefix = e.isPrefix
      category = e.category
    }

    /// The term's bytes in one go (an array hashes element by element).
    func hash(into hasher: inout Hasher) {
      term.withUnsafeBytes { hasher.combine(bytes: $0) }
      hasher.combine(isPrefix)
      hasher.combine(category)
    }
  }

  static func reason(_ error: Error) -> String {
    (error as NSError).localizedDescription
  }
}

/// Reads a whole file, or a diagnostic that says why not (missing,
/// unreadable, a directory).
func readBytes(_ path: String) throws(Diagnostic) -> [UInt8] {
  var isDirectory: ObjCBool = false
  guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
    throw .error("IN001", "no such file", file: path)
  }
  if isDirectory.boolValue { throw .error("IN002", "is a directory, expected a file", file: path) }
  guard let handle = FileHandle(forReadingAtPath: path) else {
    throw .error("IN003", "cannot open (permission denied?)", file: path)
  }
  defer { try? handle.close() }
  do {
    let data = try handle.readToEnd() ?? Data()
    return [UInt8](data)
  } catch {
    throw .error("IN003", "cannot read: \(LexiconSet.reason(error))", file: path)
  }
}
