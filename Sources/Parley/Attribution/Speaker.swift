/// One source of statements in an article, after its mentions are resolved:
/// `Steve Witkoff`, `Mr. Witkoff`, `the envoy` and `he` are one speaker.
public struct Speaker: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An individual, named or not (`Steve Witkoff`, `a Western diplomat`).
    case person
    /// A government, ministry, agency, company or alliance (`the Kremlin`).
    case organization
    /// A collective without one voice (`analysts`, `both sides`).
    case group
    /// A news outlet reported as saying something itself (`Tass`).
    case media
  }

  /// The fullest form the article gives: the full name of a person
  /// (`Steve Witkoff`, without a title), the article's own wording for
  /// others (`Russian Defense Ministry`, `analysts`).
  public var name: String
  public var kind: Kind
  /// The other ways the article refers to this speaker, as written
  /// (`Mr. Witkoff`, `Witkoff`, `President Trump’s special envoy`). No
  /// pronouns; no entry equals `name` ignoring case.
  public var aliases: [String]
  /// Byte spans of every mention, pronouns included, in text order.
  public var mentions: [Span]

  public init(name: String, kind: Kind, aliases: [String], mentions: [Span]) {
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.mentions = mentions
  }

  /// Whether `text` is the name or one of the aliases, ignoring case.
  public func isCalled(_ text: String) -> Bool {
    let t = text.lowercased()
    return name.lowercased() == t || aliases.contains { $0.lowercased() == t }
  }
}
