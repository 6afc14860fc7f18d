/// What a token is, as the tokenizer sees it.
public enum TokenKind: UInt8, Sendable, Codable {
  /// Letters, possibly with inner hyphens or apostrophes, or an initialism
  /// such as `U.S.`.
  case word
  /// Digits, possibly with decimal point or thousands separators: `20.5`, `1,000`.
  case number
  /// A split-off clitic: `n't`, `'s`, `'re`, `'ll`, `'ve`, `'d`, `'m`.
  case clitic
  /// An opening, closing or ambiguous quotation mark: `“ ” ‘ " '`
  /// (`’` only when it is not an apostrophe inside a word).
  case quote
  /// Sentence-ending punctuation: `.`, `?`, `!`, `…`, `...`.
  case terminal
  /// Any other punctuation or symbol: `, ; : ( ) — – - $ %`.
  case punctuation
}

/// One token: a byte range of the document's text. Tokens plus the
/// whitespace between them rebuild the text exactly.
public struct Token: Sendable, Hashable {
  /// First byte, inclusive.
  public var start: Int32
  /// Last byte, exclusive.
  public var end: Int32
  public var kind: TokenKind
  /// The first character is an ASCII upper-case letter.
  public var isCapitalized: Bool
  /// Whitespace precedes the token (or it starts the text).
  public var spaceBefore: Bool

  public init(start: Int32, end: Int32, kind: TokenKind, isCapitalized: Bool, spaceBefore: Bool) {
    self.start = start
    self.end = end
    self.kind = kind
    self.isCapitalized = isCapitalized
    self.spaceBefore = spaceBefore
  }

  public var span: Span { Span(start: Int(start), end: Int(end)) }
  public var length: Int { Int(end - start) }
}
