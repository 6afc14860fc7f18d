/// A span of text that the article attributes to a source: a direct quote
/// or the content of reported speech. Everything outside statements is the
/// article's own voice (the narrator).
///
/// All offsets are byte offsets into `Document.text`; `tokens` indexes
/// `Document.tokens`.
public struct Statement: Sendable, Hashable {
  /// How the words reach the reader.
  public enum Form: String, Sendable, Hashable, Codable {
    /// Words inside quotation marks with their own attribution
    /// (`“We are not there yet,” she said.`).
    case quote
    /// A quotation inside reported speech (`said the talks were “really
    /// constructive.”`): the statement is the quoted words.
    case partialQuote
    /// The content clause of a reporting verb (`Officials said the talks
    /// would resume`), before or after the verb.
    case reported
    /// The content of `according to X` (or another source-first phrase).
    case accordingTo
    /// The object of a reporting verb rather than a clause (`insisted on a
    /// verifiable freeze`, `described the outcome as a disaster`).
    case object
  }

  /// Index of the paragraph (`Document.paragraphs`) it sits in.
  public var paragraph: Int
  /// The attributed words: for a quote, without its quotation marks and
  /// without the comma or period that closes it; for reported speech, the
  /// content clause without `that` and without the final period.
  public var content: Span
  /// The tokens of `content`.
  public var tokens: Range<Int>
  /// The reporting verb or phrase (`said`, `according to`), if any.
  public var cue: Span?
  /// Index of the cue's entry in `PhraseMatcher.entries` (category
  /// `report`; its weight is the cue's stance), if any.
  public var cueEntry: Int?
  /// The mention of the speaker this statement hangs on (`Ms. Moreau`,
  /// `he`, `analysts`), if the text names one near the statement.
  public var source: Span?
  /// Index into `Attribution.speakers`.
  public var speaker: Int
  public var form: Form

  public init(paragraph: Int, content: Span, tokens: Range<Int>, cue: Span?, cueEntry: Int?, source: Span?, speaker: Int, form: Form) {
    self.paragraph = paragraph
    self.content = content
    self.tokens = tokens
    self.cue = cue
    self.cueEntry = cueEntry
    self.source = source
    self.speaker = speaker
    self.form = form
  }
}
