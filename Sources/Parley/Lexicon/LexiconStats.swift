/// What `parley lexicon stats` prints: entries per category, per file and
/// section, and how many are multiword or prefixes.
public struct LexiconStats: Sendable, Codable {
  public struct Row: Sendable, Codable {
    public var name: String
    public var entries: Int
    public var multiword: Int
    public var prefixes: Int
  }
  public var total: Int
  public var multiword: Int
  public var categories: [Row]
  public var files: [Row]

  public init(_ set: LexiconSet) {
    func rows(_ key: (LexiconEntry) -> String) -> [Row] {
      var order: [String] = []
      var table: [String: Row] = [:]
      for e in set.entries {
        let k = key(e)
        if table[k] == nil { order.append(k); table[k] = Row(name: k, entries: 0, multiword: 0, prefixes: 0) }
        table[k]!.entries += 1
        if e.tokenCount > 1 { table[k]!.multiword += 1 }
        if e.isPrefix { table[k]!.prefixes += 1 }
      }
      return order.map { table[$0]! }
    }
    total = set.entries.count
    multiword = set.entries.filter { $0.tokenCount > 1 }.count
    categories = rows { $0.category.rawValue }.sorted { $0.name < $1.name }
    files = rows { $0.file }
  }
}
