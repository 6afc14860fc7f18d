/// One source of statements in an article, after its mentions are resolved:
/// `Lina Moreau`, `Ms. Moreau`, `the envoy` and `she` are one speaker.
public struct Speaker: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An individual, named or not (`Lina Moreau`, `a Western diplomat`).
    case person
    /// A government, ministry, agency, company or alliance (`the Kremlin`).
    case organization
    /// A collective without one voice (`analysts`, `both sides`).
    case group
    /// A news outlet reported as saying something itself (`Xinhua`).
    case media
  }

  /// The fullest form the article gives: the full name of a person
  /// (`Lina Moreau`, without a title), the article's own wording for
  /// others (`Russian Defense Ministry`, `analysts`).
  public var name: String
  public var kind: Kind
  /// The other ways the article refers to this speaker, as written
  /// (`Ms. Moreau`, `Moreau`, `the government’s trade envoy`). No
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
