/// A lexicon compiled for matching: every term's tokens become integer ids,
/// and terms become paths in a trie over those ids. Matching a document
/// looks each token up once (a hash of its folded bytes), then walks the trie
/// from each token; overlapping matches are resolved in one place,
/// `resolveOverlaps`: longest first, then earliest.
public struct PhraseMatcher: Sendable {
  /// The entries, indexed by the ids that matches refer to.
  public let entries: [LexiconEntry]
  private var vocabulary = FoldedTable(capacity: 8192)
  private var prefixes = FoldedTable(capacity: 256)
  /// Lengths (in bytes) of the prefix terms, longest first.
  private var prefixLengths: [Int] = []
  /// One trie per layer (`LexiconCategory.layer`); node ids are global.
  private var edges: [EdgeTable] = Array(repeating: EdgeTable(), count: LexiconCategory.layerCount)
  /// For node n, entry ids `nodeEntryIDs[nodeEntryStart[n]..<nodeEntryStart[n+1]]`.
  private var nodeEntryStart: [Int32] = []
  private var nodeEntryIDs: [Int32] = []
  /// Abbreviations found in the entries, for the segmenter.
  public private(set) var abbreviations = Abbreviations()

  public init(_ set: LexiconSet) {
    var stance: [LexiconEntry] = []
    var abbreviations = Abbreviations()
    for e in set.entries {
      if e.category == .abbreviation {
        abbreviations.add(e.term, kind: e.weight >= 1 ? .always : .beforeNumber)
      } else {
        stance.append(e)
      }
    }
    self.entries = stance
    self.abbreviations = abbreviations
    // Node 0 is the root of every layer's trie.
    var nodeCount = 1
    var payload: [[Int32]] = [[]]
    var nextID: Int32 = 0
    for (index, entry) in stance.enumerated() {
      let tokens = LexiconTerm.tokens(of: entry.term)
      if tokens.isEmpty { continue }
      var node: Int32 = 0
      let layer = entry.category.layer
      for (k, token) in tokens.enumerated() {
        let id: Int32
        if entry.isPrefix && k == tokens.count - 1 {
          id = prefixes.insert(token, value: nextID)
          if !prefixLengths.contains(token.count) { prefixLengths.append(token.count) }
        } else {
          id = vocabulary.insert(token, value: nextID)
        }
        if id == nextID { nextID += 1 }
        if let child = edges[layer].get(node, id) {
          node = child
        } else {
          edges[layer].set(node, id, Int32(nodeCount))
          node = Int32(nodeCount)
          nodeCount += 1
          payload.append([])
        }
      }
      payload[Int(node)].append(Int32(index))
    }
    prefixLengths.sort(by: >)
    nodeEntryStart.reserveCapacity(nodeCount + 1)
    for ids in payload {
      nodeEntryStart.append(Int32(nodeEntryIDs.count))
      nodeEntryIDs += ids
    }
    nodeEntryStart.append(Int32(nodeEntryIDs.count))
  }

  /// Token ids of every token: the exact id and the id of the longest
  /// matching prefix term, -1 where there is none.
  public func tokenIDs(_ document: Document) -> TokenIDs {
    var ids = TokenIDs(exact: [], prefix: [])
    ids.exact.reserveCapacity(document.tokens.count)
    ids.prefix.reserveCapacity(document.tokens.count)
    document.text.withUnsafeBufferPointer { p in
      for t in document.tokens {
        let r = Int(t.start)..<Int(t.end)
        ids.exact.append(vocabulary.lookup(p, r) ?? -1)
        var pid: Int32 = -1
        if t.kind == .word {
          for length in prefixLengths where length <= r.count {
            // Prefixes are ASCII-folded bytes; a token whose first bytes are
            // not ASCII simply does not match.
            if let id = prefixes.lookup(p, r.lowerBound..<(r.lowerBound + length)) { pid = id; break }
          }
        }
        ids.prefix.append(pid)
      }
    }
    return ids
  }

  /// Matches inside `tokens` (a sentence), overlaps resolved within each
  /// layer, appended to `out` ordered by start token.
  public func matches(in tokens: Range<Int>, ids: TokenIDs, into out: inout [PhraseMatch]) {
    let first = out.count
    for layer in edges.indices {
      let layerFirst = out.count
      for start in tokens {
        // Every term that starts here is a candidate, not only the longest:
        // when the longest loses to an overlapping winner, a shorter one
        // may still fit ("peace" in "Peace talks broke down").
        var node: Int32 = 0
        var k = start
        while k < tokens.upperBound {
          var next: Int32? = nil
          if ids.exact[k] >= 0 { next = edges[layer].get(node, ids.exact[k]) }
          if next == nil, ids.prefix[k] >= 0 { next = edges[layer].get(node, ids.prefix[k]) }
          guard let n = next else { break }
          node = n
          k += 1
          if nodeEntryStart[Int(n)] < nodeEntryStart[Int(n) + 1] {
            out.append(PhraseMatch(start: Int32(start), end: Int32(k), node: n))
          }
        }
      }
      Self.resolveOverlaps(&out, from: layerFirst)
    }
    if out.count - first > 1 {
      out[first...].sort { ($0.start, $0.end) < ($1.start, $1.end) }
    }
  }

  /// Keeps non-overlapping matches: longest first, then earliest; the
  /// survivors are left in token order. The single place where overlaps are
  /// decided.
  static func resolveOverlaps(_ matches: inout [PhraseMatch], from first: Int) {
    let count = matches.count - first
    if count < 2 { return }
    var candidates = Array(matches[first...])
    candidates.sort { ($0.length, -$0.start) > ($1.length, -$1.start) }
    let base = Int(candidates.map(\.start).min()!)
    var taken = [Bool](repeating: false, count: Int(candidates.map(\.end).max()!) - base)
    var kept: [PhraseMatch] = []
    for c in candidates {
      let r = (Int(c.start) - base)..<(Int(c.end) - base)
      if r.contains(where: { taken[$0] }) { continue }
      for i in r { taken[i] = true }
      kept.append(c)
    }
    kept.sort { $0.start < $1.start }
    matches.removeSubrange(first...)
    matches += kept
  }

  /// Entry ids attached to a match.
  @inline(__always)
  public func entryIDs(_ match: PhraseMatch) -> ArraySlice<Int32> {
    nodeEntryIDs[Int(nodeEntryStart[Int(match.node)])..<Int(nodeEntryStart[Int(match.node) + 1])]
  }
}

/// Per-token lexicon ids of one document.
public struct TokenIDs: Sendable {
  public var exact: [Int32]
  public var prefix: [Int32]
}

/// A lexicon term found in the text: tokens `start..<end` of the document.
public struct PhraseMatch: Sendable, Hashable {
  public var start: Int32
  public var end: Int32
  /// The trie node; its entries are `PhraseMatcher.entryIDs(_:)`.
  var node: Int32
  public var length: Int32 { end - start }
}

/// Open-addressing map from (node, token id) to child node.
struct EdgeTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var count = 0
  private var mask: Int
  private static let empty = UInt64.max

  init() {
    keys = Array(repeating: Self.empty, count: 1024)
    values = Array(repeating: -1, count: 1024)
    mask = 1023
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    var h = key &* 0x9E37_79B9_7F4A_7C15
    h ^= h >> 29
    return Int(truncatingIfNeeded: h) & mask
  }

  @inline(__always)
  func get(_ node: Int32, _ id: Int32) -> Int32? {
    let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    var s = Self.slot(key, mask)
    while true {
      let k = keys[s]
      if k == key { return values[s] }
      if k == Self.empty { return nil }
      s = (s + 1) & mask
    }
  }

  mutating func set(_ node: Int32, _ id: Int32, _ child: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    var s = Self.slot(key, mask)
    while keys[s] != Self.empty && keys[s] != key { s = (s + 1) & mask }
    if keys[s] == Self.empty { count += 1 }
    keys[s] = key
    values[s] = child
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
    values = Array(repeating: -1, count: oldKeys.count * 2)
    mask = keys.count - 1
    count = 0
    for (i, k) in oldKeys.enumerated() where k != Self.empty {
      set(Int32(bitPattern: UInt32(k >> 32)), Int32(bitPattern: UInt32(k & 0xFFFF_FFFF)), oldValues[i])
    }
  }
}
