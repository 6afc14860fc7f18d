/// One line of a lexicon file.
public struct LexiconEntry: Sendable, Hashable, Codable {
  /// The term as written, case-folded, without a prefix `*`.
  public var term: String
  public var category: LexiconCategory
  public var weight: Double
  public var note: String?
  /// The last token matches any token that starts with it (`optimis*`).
  public var isPrefix: Bool
  /// Where it came from: file name (relative, e.g. `lexicons/hedges.tsv`) and
  /// 1-based line.
  public var file: String
  public var line: Int
  /// The `[section]` it sits in, if any.
  public var section: String?

  public init(term: String, category: LexiconCategory, weight: Double, note: String? = nil, isPrefix: Bool = false, file: String, line: Int, section: String? = nil) {
    self.term = term
    self.category = category
    self.weight = weight
    self.note = note
    self.isPrefix = isPrefix
    self.file = file
    self.line = line
    self.section = section
  }

  /// `file:line`, the entry's origin in evidence.
  public var origin: String { "\(file):\(line)" }

  /// Number of tokens in the term.
  public var tokenCount: Int { LexiconTerm.tokens(of: term).count }
}

/// Splits lexicon terms into tokens exactly as article text is split, so a
/// term written `can't` matches the text's `ca` `n't`.
enum LexiconTerm {
  static func tokens(of term: String) -> [[UInt8]] {
    let bytes = Array(term.utf8)
    var tokens: [Token] = []
    bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, range: 0..<$0.count, into: &tokens) }
    return tokens.map { FoldedTable.fold(Array(bytes[Int($0.start)..<Int($0.end)])) }
  }
}
