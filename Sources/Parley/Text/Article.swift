/// One article as it arrives from an input: its id, raw bytes and, for a
/// JSONL line, the other fields kept as metadata.
public struct Article: Sendable {
  public var id: String
  public var bytes: [UInt8]
  /// Fields of the JSONL record other than `id` and `text`, each with its
  /// value's JSON text as it was written.
  public var metadata: [(key: String, json: [UInt8])]
  /// Where it came from: a path, `path:line` for JSONL, or `stdin`.
  public var source: String
  /// `bytes` are known to be valid UTF-8 (the JSONL reader checked them),
  /// so reading the article does not check them again.
  var isValidUTF8 = false

  public init(id: String, bytes: [UInt8], metadata: [(key: String, json: [UInt8])] = [], source: String) {
    self.id = id
    self.bytes = bytes
    self.metadata = metadata
    self.source = source
  }
}
