/// A lexicon compiled for matching: every term's tokens become integer ids,
/// and terms become paths in a trie over those ids. Matching a document
/// looks each token up once (a hash of its folded bytes), then walks the trie
/// from each token; overlapping matches are resolved in one place,
/// `resolveOverlaps`: longest first, then earliest.
public struct PhraseMatcher: Sendable {
  /// The entries, indexed by the ids that matches refer to.
  public let entries: [LexiconEntry]
  /// Folded token ids of the terms' words, and of their last words where
  /// a term is a prefix (`word*`).
  private let vocabulary: FoldedIDTable
  private let prefixes: FoldedIDTable
  /// Lengths (in bytes) of the prefix terms, longest first.
  private let prefixLengths: [Int]
  /// The tries in raw memory, read by `matches`.
  let tables: MatcherTables
  /// Category and weight of every entry, as plain values for hot loops
  /// (reading `entries` would copy the entry's strings).
  let categories: [LexiconCategory]
  let weights: [Double]
  /// Abbreviations found in the entries, for the segmenter.
  public private(set) var abbreviations = Abbreviations()
  /// The abbreviation entries' terms and kinds, to build `abbreviations`
  /// anew for a copy.
  private let abbreviationTerms: [(term: String, kind: Abbreviations.Kind)]
  /// Grammar words (`grammar.*` entries), for attribution; not matched as
  /// phrases.
  public let grammarWords: [LexiconEntry]

  public init(_ set: LexiconSet) {
    var stance: [LexiconEntry] = []
    stance.reserveCapacity(set.entries.count)
    var abbreviationTerms: [(term: String, kind: Abbreviations.Kind)] = []
    var grammar: [LexiconEntry] = []
    // Entries are read in place by index (a loop variable would copy each
    // entry and its strings once more).
    let all = set.entries
    // Which stance terms are plain, when the set knows (its duplicate
    // check tested every term): not tested again below.
    let knownPlain = set.plainTerms.count == all.count ? set.plainTerms : []
    var stancePlain: [Bool] = []
    stancePlain.reserveCapacity(knownPlain.count)
    for i in all.indices {
      let category = all[i].category
      if category == .abbreviation {
        abbreviationTerms.append((all[i].term, all[i].weight >= 1 ? .always : .beforeNumber))
      } else if category.isGrammar {
        grammar.append(all[i])
      } else {
        stance.append(all[i])
        if !knownPlain.isEmpty { stancePlain.append(knownPlain[i]) }
      }
    }
    self.entries = stance
    self.abbreviationTerms = abbreviationTerms
    self.abbreviations = Self.abbreviations(abbreviationTerms)
    self.grammarWords = grammar
    categories = stance.map(\.category)
    weights = stance.map(\.weight)
    // One trie per layer (`LexiconCategory.layer`); node L is the root of
    // layer L's trie, so the edges of all layers share one table.
    let layers = LexiconCategory.layerCount
    var tries = TrieBuild(layers: layers, terms: stance.count)
    var entryNode = [Int32](repeating: -1, count: stance.count)
    var vocabulary = FoldedIDTable.Builder(capacity: 8192)
    var prefixes = FoldedIDTable.Builder(capacity: 256)
    // One key buffer and one range buffer for the terms that are folded.
    var key: [UInt8] = []
    var ranges: [Range<Int>] = []
    for index in stance.indices {
      let layer = stance[index].category.layer
      let isPrefix = stance[index].isPrefix
      var node = Int32(layer)
      // A plain term (`LexiconTerm.isPlain`) is its own key, its words
      // split at the spaces: walked in the term's own bytes (no copy into
      // the key buffer, no list of ranges).
      let known: Bool? = stancePlain.isEmpty ? nil : stancePlain[index]
      let plain: Bool? = stance[index].term.utf8.withContiguousStorageIfAvailable { p in
        guard known ?? LexiconTerm.isPlain(p) else { return false }
        var start = 0
        var k = 0
        for i in 0..<p.count where p[i] == 0x20 {
          tries.step(p, start..<i, k, prefix: false, layer: layer, &node, &vocabulary, &prefixes)
          start = i + 1
          k += 1
        }
        tries.step(p, start..<p.count, k, prefix: isPrefix, layer: layer, &node, &vocabulary, &prefixes)
        return true
      }
      if plain != true {
        LexiconTerm.folded(stance[index].term, key: &key, ranges: &ranges, notPlain: plain == false)
        if ranges.isEmpty { continue }
        key.withUnsafeBufferPointer { p in
          for (k, range) in ranges.enumerated() {
            tries.step(p, range, k, prefix: isPrefix && k == ranges.count - 1, layer: layer, &node, &vocabulary, &prefixes)
          }
        }
      }
      entryNode[index] = node
    }
    let nodeCount = tries.nodeCount
    let nextID = tries.nextID
    let roots = tries.rootFinder
    let edges = tries.edges
    var prefixLengths = tries.prefixLengths
    prefixLengths.sort(by: >)
    let frozen = vocabulary.build()
    self.vocabulary = frozen
    self.prefixes = prefixes.build()
    self.prefixLengths = prefixLengths
    // Entry ids of every node, in entry order.
    var nodeEntryStart = [Int32](repeating: 0, count: nodeCount + 1)
    for n in entryNode where n >= 0 { nodeEntryStart[Int(n) + 1] += 1 }
    for n in 0..<nodeCount { nodeEntryStart[n + 1] += nodeEntryStart[n] }
    var fill = nodeEntryStart
    var nodeEntryIDs = [Int32](repeating: 0, count: Int(nodeEntryStart[nodeCount]))
    for (index, n) in entryNode.enumerated() where n >= 0 {
      nodeEntryIDs[Int(fill[Int(n)])] = Int32(index)
      fill[Int(n)] += 1
    }
    tables = MatcherTables(idCount: Int(nextID), layers: layers, roots: roots, edges: edges, nodeEntryStart: nodeEntryStart, nodeEntryIDs: nodeEntryIDs, categories: categories, weights: weights)
  }

  /// The abbreviations of `terms`, in their order.
  private static func abbreviations(_ terms: [(term: String, kind: Abbreviations.Kind)]) -> Abbreviations {
    var abbreviations = Abbreviations()
    for (term, kind) in terms { abbreviations.add(term, kind: kind) }
    return abbreviations
  }

  /// The same matcher in memory of its own: every array and table copied
  /// into a new buffer (the entries' strings are shared, as the matchers
  /// built from one `LexiconSet` share them), so that a worker thread's
  /// copy shares no reference-counted buffer with another thread's.
  /// Much cheaper than building the matcher again.
  public func deepCopy() -> PhraseMatcher {
    PhraseMatcher(copying: self)
  }

  private init(copying m: PhraseMatcher) {
    entries = m.entries.freshCopy()
    vocabulary = m.vocabulary.deepCopy()
    prefixes = m.prefixes.deepCopy()
    prefixLengths = m.prefixLengths.freshCopy()
    tables = m.tables.deepCopy()
    categories = m.categories.freshCopy()
    weights = m.weights.freshCopy()
    abbreviationTerms = m.abbreviationTerms.freshCopy()
    // (Its tables are private to the segmenter's file: built again, from
    // a few dozen terms.)
    abbreviations = Self.abbreviations(abbreviationTerms)
    grammarWords = m.grammarWords.freshCopy()
  }

  /// Token ids of every token: the exact id and the id of the longest
  /// matching prefix term, -1 where there is none.
  public func tokenIDs(_ document: Document) -> TokenIDs {
    let n = document.tokens.count
    var ids = TokenIDs(rows: [TokenIDs.Row](repeating: TokenIDs.Row(), count: n))
    document.text.withUnsafeBufferPointer { p in
      document.tokens.withUnsafeBufferPointer { tokens in
        ids.rows.withUnsafeMutableBufferPointer { rows in
          for i in 0..<n {
            let t = tokens[i]
            // Punctuation is never in the vocabulary unless a term holds it.
            rows[i].exact = vocabulary.lookup(p, Int(t.start)..<Int(t.end)) ?? -1
          }
          if prefixLengths.isEmpty { return }
          for i in 0..<n where tokens[i].kind == .word {
            let r = Int(tokens[i].start)..<Int(tokens[i].end)
            for length in prefixLengths where length <= r.count {
              // Prefixes are ASCII-folded bytes; a token whose first bytes are
              // not ASCII simply does not match.
              if let id = prefixes.lookup(p, r.lowerBound..<(r.lowerBound + length)) { rows[i].prefix = id; break }
            }
          }
        }
      }
    }
    ids.starts = startLayers(ids)
    ids.hasPrefixIDs = !prefixLengths.isEmpty
    return ids
  }

  /// `tokenIDs(_:)` with the ids of words looked up in `memo` (and kept
  /// there), and 32 bits of the caller's facts about every word token,
  /// `facts(text, range)`, in `TokenIDs.wordFacts` (0 for other tokens).
  /// The ids are the same as `tokenIDs(_:)`'s.
  func tokenIDs(_ document: Document, memo: inout WordMemo, facts: (UnsafeBufferPointer<UInt8>, Range<Int>) -> UInt32) -> TokenIDs {
    var ids = TokenIDs()
    tokenIDs(document, memo: &memo, into: &ids, facts: facts)
    return ids
  }

  /// `tokenIDs(_:memo:facts:)` written into `ids`, whatever it held before:
  /// a worker refills the last document's arrays (`Workspace`) instead of
  /// allocating three per document.
  func tokenIDs(_ document: Document, memo: inout WordMemo, into ids: inout TokenIDs, facts: (UnsafeBufferPointer<UInt8>, Range<Int>) -> UInt32) {
    let n = document.tokens.count
    // Every row, start layer and fact is written below: sized, not
    // filled (two `memset`s a document fewer).
    ids.rows.resize(count: n, filler: TokenIDs.Row())
    ids.starts.resize(count: n, filler: 0)
    ids.wordFacts.resize(count: n, filler: 0)
    // (Without prefix terms, `prefixID` gives -1 for every word.)
    let hasPrefixIDs = !prefixLengths.isEmpty
    ids.hasPrefixIDs = hasPrefixIDs
    let t = tables
    document.text.withUnsafeBufferPointer { p in
      document.tokens.withUnsafeBufferPointer { tokens in
        ids.rows.withUnsafeMutableBufferPointer { rows in
          ids.starts.withUnsafeMutableBufferPointer { starts in
            ids.wordFacts.withUnsafeMutableBufferPointer { wordFacts in
              // The tokens whose key `shortIDs` can load (16 bytes from
              // their start): all but a few at the text's end.
              var loadable = n
              while loadable > 0, Int(tokens[loadable - 1].start) + 16 > p.count { loadable -= 1 }
              var i = 0
              while i < n {
                // Runs of kept tokens first; the token it stops at (a
                // miss, a token of over 16 bytes, one of the last few)
                // below.
                if i < loadable {
                  i = memo.withSlots { slots, mask in
                    Self.shortIDs(from: i, to: loadable, p: p, tokens: tokens, slots: slots, mask: mask, t, rows: rows, starts: starts, wordFacts: wordFacts)
                  }
                }
                if i == n { break }
                defer { i += 1 }
                let token = tokens[i]
                let r = Int(token.start)..<Int(token.end)
                // Before `loadable`, `shortIDs` stopped here because the
                // memo does not hold the token (or it is too long to keep).
                let absent = i < loadable
                if token.kind == .word {
                  let e = memo.entry(p, r, absent: absent) { e in
                    e.exact = vocabulary.lookup(p, r) ?? -1
                    e.prefix = prefixID(p, r)
                    let m = t.startLayers(e.exact) | t.startLayers(e.prefix)
                    e.starts = t.flagged(m, exact: e.exact, prefix: e.prefix)
                    e.facts = facts(p, r)
                  }
                  rows[i] = e.ids
                  starts[i] = e.starts
                  wordFacts[i] = e.facts
                } else {
                  // Other tokens repeat too (punctuation most of all):
                  // kept, tagged apart from words (prefix -1; facts 0).
                  let e = memo.entry(p, r, tag: WordMemo.nonWordTag, absent: absent) { e in
                    e.exact = vocabulary.lookup(p, r) ?? -1
                    if e.exact >= 0 { e.starts = t.soloStarts[Int(e.exact)] }
                  }
                  rows[i] = e.ids
                  starts[i] = e.starts
                  wordFacts[i] = 0
                }
              }
              Self.dropFlaggedDeadStarts(rows: UnsafeBufferPointer(rows), starts: starts, t, prefixIDs: hasPrefixIDs)
            }
          }
        }
      }
    }
  }

  /// The ids, start layers and facts of `tokens[from..<to]` written while
  /// each token is kept in the memo (its key from two loads, one probe, no
  /// copy of the entry); returns the index of the first token that is not
  /// (or `to`). The same values as the memo's `entry(_:_:tag:make:)`
  /// gives (start layers with their `checkNext` flag). Every kind of token
  /// takes the same path: punctuation too is kept in the memo, so that no
  /// branch asks what kind a token is (it mispredicted on a token in five). A document's
  /// tokens are in text order, so every token before `to` starts 16 bytes
  /// or more before the end of `p` when the last one does (checked): no
  /// check per token. Not inlined: alone, its loop keeps every value in a
  /// register.
  @inline(never)
  private static func shortIDs(
    from first: Int, to last: Int, p: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
    slots: UnsafePointer<WordMemo.Entry>, mask: Int, _ t: MatcherTables,
    rows: UnsafeMutableBufferPointer<TokenIDs.Row>, starts: UnsafeMutableBufferPointer<UInt8>, wordFacts: UnsafeMutableBufferPointer<UInt32>
  ) -> Int {
    guard let base = p.baseAddress else { return first }
    precondition(last <= tokens.count && (last == 0 || Int(tokens[last - 1].start) + 16 <= p.count), "token keys past the text")
    // The tokens by a pointer stepped along with the index (not the
    // index times the stride: a register and an address computation a
    // token fewer, so that no output base is reloaded in the loop).
    var t = tokens.baseAddress.unsafelyUnwrapped + first
    var i = first
    while i < last {
      let token = t.pointee
      let start = Int(token.start)
      let length = Int(token.end &- token.start)
      guard length &- 1 < WordMemo.maxLength else { return i }
      // `nonWordTag` (0x80) for a token that is not a word, by arithmetic:
      // a branch on the kind mispredicts. (`TokenKind.word` is 0, the
      // other kinds 1 to 5: adding 0x7F sets bit 7 for them alone.)
      let tag = (token.kind.rawValue &+ 0x7F) & 0x80
      // The token's bytes, zero-padded: `WordMemo.key`.
      let raw = UnsafeRawPointer(base + start)
      var low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
      var high: UInt64 = 0
      let tagged = UInt8(truncatingIfNeeded: length) | tag
      let home: Int
      if length <= 8 {
        low &= UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* length)
        home = WordMemo.slot(low, 0, tagged, mask: mask)  // (no multiply for the high half)
      } else {
        high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & (UInt64.max &>> UInt64(truncatingIfNeeded: 128 &- 8 &* length))
        home = WordMemo.slot(low, high, tagged, mask: mask)
      }
      guard let e = WordMemo.find(low, high, length: tagged, home: home, in: slots, mask: mask) else { return i }
      rows[i] = e.pointee.ids
      starts[i] = e.pointee.starts
      wordFacts[i] = e.pointee.facts
      i &+= 1
      t += 1
    }
    return i
  }

  /// The id of the longest prefix term that `p[r]` (a word) starts with, or -1.
  @inline(__always)
  private func prefixID(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int32 {
    for length in prefixLengths where length <= r.count {
      if let id = prefixes.lookup(p, r.lowerBound..<(r.lowerBound + length)) { return id }
    }
    return -1
  }

  /// For every token, the layers whose terms may start there (bit L for
  /// layer L), from its exact and prefix ids, without those from which
  /// `matches` can find nothing (`dropDeadStarts`).
  func startLayers(_ ids: TokenIDs) -> [UInt8] {
    Self.startLayers(ids, tables)
  }

  static func startLayers(_ ids: TokenIDs, _ t: MatcherTables) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: ids.rows.count)
    for i in out.indices {
      out[i] = t.startLayers(ids.rows[i].exact) | t.startLayers(ids.rows[i].prefix)
    }
    ids.rows.withUnsafeBufferPointer { rows in
      out.withUnsafeMutableBufferPointer { dropDeadStarts(rows: rows, starts: $0, t) }
    }
    return out
  }

  /// Clears start bits from which `matches` can find nothing: layer L's
  /// bit at token k stays if the node that the walk from k goes to first
  /// has entries, or if some first node at k may have a child along token
  /// k + 1's ids (their child filters together say so). Most starts are
  /// common words that begin only longer terms, and the next word is not
  /// one of them; `matches` then neither lists nor walks them. `rows`
  /// and `starts` are parallel, one element per token of the document.
  static func dropDeadStarts(rows: UnsafeBufferPointer<TokenIDs.Row>, starts: UnsafeMutableBufferPointer<UInt8>, _ t: MatcherTables) {
    let n = starts.count
    precondition(rows.count == n)
    for k in 0..<n where starts[k] != 0 { dropDeadStarts(at: k, rows: rows, starts: starts, t) }
  }

  /// Set in a token's start layers (bit 7: above every layer) while its ids
  /// are written, where some start needs a child along the next token
  /// (`MatcherTables.flagged`): `dropFlaggedDeadStarts` reads these tokens
  /// alone and clears the flag.
  static let checkNext: UInt8 = 0x80

  /// `dropDeadStarts(rows:starts:_:)` for starts flagged
  /// `checkNext` (a token without the flag has no start to drop), the flags
  /// cleared. Most tokens have none: the starts are read eight at a time,
  /// a word without a flag is skipped whole, and the flagged tokens of a
  /// word are visited by its flag bits (no reload per token). With
  /// `prefixIDs` false every prefix id in `rows` must be -1: they are not
  /// read (`TokenIDs.hasPrefixIDs`).
  static func dropFlaggedDeadStarts(rows: UnsafeBufferPointer<TokenIDs.Row>, starts: UnsafeMutableBufferPointer<UInt8>, _ t: MatcherTables, prefixIDs: Bool = true) {
    // One loop for each case, the prefix ids' code left out of the second.
    if prefixIDs {
      dropFlagged(rows: rows, starts: starts, t, WithPrefixIDs.self)
    } else {
      dropFlagged(rows: rows, starts: starts, t, WithoutPrefixIDs.self)
    }
  }

  /// `dropFlaggedDeadStarts(rows:starts:_:prefixIDs:)`, with or without
  /// reading prefix ids (`PrefixIDs.read`). Generic, so that each case is
  /// compiled on its own.
  private static func dropFlagged<Prefixes: PrefixIDs>(rows: UnsafeBufferPointer<TokenIDs.Row>, starts: UnsafeMutableBufferPointer<UInt8>, _ t: MatcherTables, _: Prefixes.Type) {
    let prefixIDs = Prefixes.read
    let n = starts.count
    precondition(rows.count == n)
    guard let base = starts.baseAddress, n > 0 else { return }
    // The tables' addresses in registers (stores to `starts` could alias
    // the class's fields).
    let records = t.records
    // The last token has no next one: its starts that need one are dead.
    // Dropped first and its flag cleared, so that every flagged token
    // below has a next token (no test for one).
    if starts[n &- 1] & checkNext != 0 {
      let last = n &- 1
      let needsNext = MatcherTables.deadStartCheck(exact: rows[last].exact, prefix: prefixIDs ? rows[last].prefix : -1, records).needsNext
      starts[last] &= ~needsNext & ~checkNext
    }
    /// Drops the dead starts of flagged token `k` (not the last) and
    /// clears its flag.
    @inline(__always)
    func drop(_ k: Int) {
      // `deadStartCheck`, with the address above.
      let (needsNext, filter) = MatcherTables.deadStartCheck(exact: rows[k].exact, prefix: prefixIDs ? rows[k].prefix : -1, records)
      // (Flagged: some start needs a child along the next token.)
      let next = k &+ 1
      // Whether either id of the next token may have a child, as 0 or 1
      // without a branch (which way it goes is close to a coin toss).
      let ek = rows[next].exact
      var may = filter &>> UInt64(UInt32(bitPattern: ek) & 63) & UInt64(ek >= 0 ? 1 : 0)
      if prefixIDs {
        let pk = rows[next].prefix
        may |= filter &>> UInt64(UInt32(bitPattern: pk) & 63) & UInt64(pk >= 0 ? 1 : 0)
      }
      starts[k] = starts[k] & ~checkNext & (~needsNext | (0 &- UInt8(truncatingIfNeeded: may)))
    }
    let flags = UInt64(checkNext) &* 0x0101_0101_0101_0101
    var k = 0
    while k &+ 8 <= n {
      // (Dropping a token's starts writes its own byte alone, and reads
      // no start: the flags loaded stay right.)
      var word = UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) & flags
      while word != 0 {
        drop(k &+ (word.trailingZeroBitCount &>> 3))
        word &= word &- 1
      }
      k &+= 8
    }
    while k < n {
      if starts[k] & checkNext != 0 { drop(k) }
      k &+= 1
    }
  }

  /// `dropDeadStarts(rows:starts:_:)` for token `k` alone.
  @inline(__always)
  static func dropDeadStarts(at k: Int, rows: UnsafeBufferPointer<TokenIDs.Row>, starts: UnsafeMutableBufferPointer<UInt8>, _ t: MatcherTables) {
    let (needsNext, filter) = t.deadStartCheck(exact: rows[k].exact, prefix: rows[k].prefix)
    // These layers' walks need a child along the next token.
    let candidates = starts[k] & needsNext
    if candidates == 0 { return }
    if k + 1 < starts.count {
      let ek = rows[k + 1].exact
      let pk = rows[k + 1].prefix
      if ek >= 0, MatcherTables.mayHave(filter, ek) { return }
      if pk >= 0, MatcherTables.mayHave(filter, pk) { return }
    }
    starts[k] &= ~candidates
  }

  /// Matches inside `tokens` (a sentence), overlaps resolved within each
  /// layer, appended to `out` ordered by start token (then end, then layer).
  /// `layers` limits the work to some layers (`LexiconCategory.layer`),
  /// e.g. only reporting verbs and speaker vocabulary for attribution.
  public func matches(in tokens: Range<Int>, ids: TokenIDs, layers only: Range<Int>? = nil, into out: inout [PhraseMatch]) {
    Self.matches(in: tokens, ids: ids, layers: only, tables: tables, into: &out)
  }

  /// `matches(in:ids:layers:into:)` with the matcher's `tables` alone (the
  /// scorer calls it so: a call on the matcher value, from a method that
  /// mutates the scorer holding it, copied the whole matcher).
  static func matches(in tokens: Range<Int>, ids: TokenIDs, layers only: Range<Int>? = nil, tables t: MatcherTables, into out: inout [PhraseMatch]) {
    if tokens.isEmpty { return }
    let first = out.count
    let layers = t.layers
    let wanted = (only ?? 0..<layers).clamped(to: 0..<layers)
    // `TokenIDs` made by `tokenIDs(_:)` carry the start layers; others get
    // them here.
    if ids.starts.count == ids.rows.count {
      ids.starts.withUnsafeBufferPointer { mask in
        matches(in: tokens, ids: ids, mask: mask, layers: wanted, tables: t, into: &out)
      }
    } else {
      startLayers(ids, t).withUnsafeBufferPointer { mask in
        matches(in: tokens, ids: ids, mask: mask, layers: wanted, tables: t, into: &out)
      }
    }
    if out.count - first > 1 {
      // Stable: equal spans of different layers stay in layer order.
      Self.insertionSort(&out, from: first) { $0.spanKey < $1.spanKey }
    }
  }

  /// The walks of `matches(in:ids:layers:tables:into:)` with the start
  /// layers `mask` in place (no copy of the array, no reference counted).
  @inline(__always)
  private static func matches(in tokens: Range<Int>, ids: TokenIDs, mask: UnsafeBufferPointer<UInt8>, layers wanted: Range<Int>, tables t: MatcherTables, into out: inout [PhraseMatch]) {
    let layers = t.layers
    ids.rows.withUnsafeBufferPointer { rows in
      do {
        // At most every token starts a term (counting the starts first
        // would cost a pass over the tokens).
        let count = tokens.count
        // The start tokens of each layer, in token order: layer L's at
        // `starts[L * count ..< L * count + lengths[L]]`, so each layer
        // walks only from its own starts.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count * layers) { starts in
          withUnsafeTemporaryAllocation(of: Int.self, capacity: layers) { lengths in
            lengths.initialize(repeating: 0)
            for k in tokens where mask[k] != 0 {
              var bits = mask[k]
              while bits != 0 {
                let layer = bits.trailingZeroBitCount
                starts[layer &* count &+ lengths[layer]] = Int32(truncatingIfNeeded: k)
                lengths[layer] &+= 1
                bits &= bits &- 1
              }
            }
            for layer in wanted where lengths[layer] > 0 {
              let layerFirst = out.count
              let base = layer &* count
              for s in base..<(base &+ lengths[layer]) {
                let start = Int(starts[s])
                // Every term that starts here is a candidate, not only the
                // longest: when the longest loses to an overlapping winner, a
                // shorter one may still fit ("peace" in "Peace talks broke down").
                let e0 = rows[start].exact
                let p0 = rows[start].prefix
                var link = t.rootChild(e0, layer: layer)
                if !link.exists { link = t.rootChild(p0, layer: layer) }
                if !link.exists { continue }
                var k = start + 1
                while true {
                  if link.hasEntries {
                    out.append(PhraseMatch(start: Int32(start), end: Int32(k), node: link.node))
                  }
                  // A node without children ends the walk.
                  guard link.hasChildren, k < tokens.upperBound else { break }
                  let next = t.step(link, exact: rows[k].exact, prefix: rows[k].prefix)
                  if !next.exists { break }
                  link = next
                  k += 1
                }
              }
              // (One match has no overlap: no call.)
              if out.count - layerFirst > 1 { Self.resolveOverlaps(&out, from: layerFirst) }
            }
          }
        }
      }
    }
  }

  /// The matches inside `tokens`, a part of a sentence whose matches
  /// (`matches(in:ids:into:)` over the whole sentence, every layer) are
  /// `sentence`: the same as `matches(in: tokens, ids: ids, into: &out)`.
  ///
  /// When no match of the sentence crosses an end of the part, the part's
  /// matches are the sentence's matches inside it: overlaps are resolved
  /// greedily in one fixed order (`resolveOverlaps`), a candidate inside the
  /// part can lose only to a match that was kept, and no kept match reaches
  /// across the part's ends. Otherwise the part is matched anew.
  func matches(in tokens: Range<Int>, sentence: ArraySlice<PhraseMatch>, ids: TokenIDs, into out: inout [PhraseMatch]) {
    Self.matches(in: tokens, sentence: sentence, ids: ids, tables: tables, into: &out)
  }

  static func matches(in tokens: Range<Int>, sentence: ArraySlice<PhraseMatch>, ids: TokenIDs, tables: MatcherTables, into out: inout [PhraseMatch]) {
    let a = Int32(tokens.lowerBound)
    let b = Int32(tokens.upperBound)
    // The sentence's matches are ordered by start: none from `b` on can
    // cross the part's ends or lie inside it. One pass copies the matches
    // inside the part and takes them back if one crosses an end.
    let first = out.count
    for m in sentence {
      if m.start >= b { break }
      if (m.start < a && a < m.end) || b < m.end {
        out.removeSubrange(first...)
        matches(in: tokens, ids: ids, tables: tables, into: &out)
        return
      }
      // (Here `m.end <= b`.)
      if m.start >= a { out.append(m) }
    }
  }

  /// Keeps non-overlapping matches: longest first, then earliest; the
  /// survivors are left in token order. The single place where overlaps are
  /// decided.
  static func resolveOverlaps(_ matches: inout [PhraseMatch], from first: Int) {
    let count = matches.count - first
    if count < 2 { return }
    // Already in token order with no overlap (the usual case): all stay.
    var maxEnd = matches[first].end
    var disjoint = true
    for i in (first + 1)..<matches.count {
      if matches[i].start < maxEnd { disjoint = false; break }
      maxEnd = matches[i].end
    }
    if disjoint { return }
    // Candidates by length (longest first), then start (earliest first);
    // the pair is unique per layer, so the order is total.
    insertionSort(&matches, from: first) { ($0.length, -$0.start) > ($1.length, -$1.start) }
    var kept = first
    for i in first..<matches.count {
      let c = matches[i]
      var free = true
      for j in first..<kept where matches[j].start < c.end && c.start < matches[j].end {
        free = false
        break
      }
      if free {
        matches[kept] = c
        kept += 1
      }
    }
    matches.removeSubrange(kept...)
    insertionSort(&matches, from: first) { $0.start < $1.start }
  }

  /// A stable in-place sort of `a[first...]`; the slices sorted here are a
  /// sentence's matches, short and nearly in order.
  @inline(__always)
  static func insertionSort(_ a: inout [PhraseMatch], from first: Int, by less: (PhraseMatch, PhraseMatch) -> Bool) {
    a.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[first...]).insertionSort(by: less) }
  }

  /// Entry ids attached to a match.
  @inline(__always)
  public func entryIDs(_ match: PhraseMatch) -> ArraySlice<Int32> {
    tables.entryIDs(match.node)
  }

  /// Entry ids attached to a match, as raw memory (valid while the matcher
  /// lives).
  @inline(__always)
  func entryRange(_ match: PhraseMatch) -> Range<Int> {
    Int(tables.nodeEntryStart[Int(match.node)])..<Int(tables.nodeEntryStart[Int(match.node) + 1])
  }

  @inline(__always)
  func entryID(at i: Int) -> Int32 { tables.nodeEntryIDs[i] }
}

/// The tries of a `PhraseMatcher` in raw memory, written once at init and
/// only read after: the matching loop reads them with no bounds checks and
/// no reference counting, from any number of threads.
final class MatcherTables: @unchecked Sendable {
  let layers: Int
  let idCount: Int
  /// Everything a walk and the dead-start drop read of each token id, one
  /// cache line per id (`StartRecord`): `records[id]`. `records[-1]` is an
  /// empty record (no start layer, entry layer, filter bit or link), so
  /// that a token without an id (-1) is read like any other, with no test
  /// of its id first.
  let records: UnsafeMutablePointer<StartRecord>
  /// The edges below the roots: open addressing on (node, token id), the
  /// child's link beside its key (`EdgeSlot`), `edgeMask + 1` slots.
  let edges: UnsafeMutablePointer<EdgeSlot>
  let edgeMask: Int
  /// For node n, entry ids `nodeEntryIDs[nodeEntryStart[n]..<nodeEntryStart[n+1]]`.
  let nodeEntryStart: UnsafeMutablePointer<Int32>
  /// The most entries any node has.
  let maxNodeEntries: Int
  /// The start layers of a token whose only id is this one (no prefix
  /// id), flagged `PhraseMatcher.checkNext` where `flagged` flags them.
  let soloStarts: UnsafeMutablePointer<UInt8>
  let nodeEntryIDs: [Int32]
  /// `nodeEntryIDs`, and the category, its bit (`LexiconCategory.bit`) and
  /// the weight of every entry, for the scorer's loop over matches.
  let entryIDs: UnsafeMutablePointer<Int32>
  let entryCategories: UnsafeMutablePointer<LexiconCategory>
  let entryBits: UnsafeMutablePointer<UInt32>
  let entryWeights: UnsafeMutablePointer<Double>
  private let nodeCount: Int
  private let entryCount: Int

  init(idCount: Int, layers: Int, roots: EdgeTable, edges table: EdgeTable, nodeEntryStart: [Int32], nodeEntryIDs: [Int32], categories: [LexiconCategory], weights: [Double]) {
    precondition(categories.count == weights.count)
    precondition(layers <= StartRecord.maxLayers, "too many layers for a start record")
    precondition(StartRecord.checkLayout(), "a start record is one cache line")
    entryCount = categories.count
    entryIDs = .allocate(capacity: max(1, nodeEntryIDs.count))
    entryIDs.initialize(from: nodeEntryIDs, count: nodeEntryIDs.count)
    entryCategories = .allocate(capacity: max(1, categories.count))
    entryCategories.initialize(from: categories, count: categories.count)
    entryBits = .allocate(capacity: max(1, categories.count))
    entryBits.initialize(from: categories.map(\.bit), count: categories.count)
    entryWeights = .allocate(capacity: max(1, weights.count))
    entryWeights.initialize(from: weights, count: weights.count)
    self.layers = layers
    self.idCount = idCount
    let ids = max(1, idCount)
    let (keys, values) = table.storage
    nodeCount = nodeEntryStart.count - 1
    precondition(nodeCount <= TrieLink.maxNodes, "too many trie nodes")
    var most: Int32 = 0
    for n in 0..<nodeCount { most = max(most, nodeEntryStart[n + 1] - nodeEntryStart[n]) }
    maxNodeEntries = Int(most)
    self.nodeEntryStart = .allocate(capacity: nodeEntryStart.count)
    self.nodeEntryStart.initialize(from: nodeEntryStart, count: nodeEntryStart.count)
    self.nodeEntryIDs = nodeEntryIDs
    // Every node's child ids, in two filters: 64 bits for the dead-start
    // drop (`StartRecord.followFilter`), 32 for the link to the node.
    let nodes = nodeCount
    var filters = [UInt64](repeating: 0, count: nodes)
    var shortFilters = [UInt32](repeating: 0, count: nodes)
    for k in keys where k != EdgeTable.empty {
      let parent = Int(UInt32(truncatingIfNeeded: k >> 32))
      let id = Int32(bitPattern: UInt32(truncatingIfNeeded: k))
      if parent < nodes {
        filters[parent] |= Self.filterBit(id)
        shortFilters[parent] |= TrieLink.filterBit(id)
      }
    }
    /// The link to `node`.
    func link(_ node: Int32) -> TrieLink {
      let n = Int(node)
      return TrieLink(node: node, hasEntries: nodeEntryStart[n] < nodeEntryStart[n + 1], filter: shortFilters[n])
    }
    // (One record more, the empty one before the first id's.)
    records = UnsafeMutablePointer<StartRecord>.allocateAligned(ids + 1) + 1
    (records - 1).initialize(repeating: StartRecord(), count: ids + 1)
    // The root edges (`roots`: layer L's root, node L, to its child along
    // each id), in any order: each sets its own record's layer.
    let (rootKeys, rootChildren) = roots.storage
    for s in rootKeys.indices where rootKeys[s] != EdgeTable.empty {
      let layer = Int(UInt32(truncatingIfNeeded: rootKeys[s] >> 32))
      let id = Int(UInt32(truncatingIfNeeded: rootKeys[s]))
      let child = rootChildren[s]
      let node = Int(child)
      let bit = UInt8(1) << UInt8(layer)
      records[id].setLink(link(child), layer: layer)
      records[id].startLayers |= bit
      if nodeEntryStart[node] < nodeEntryStart[node + 1] {
        records[id].entryLayers |= bit
      } else {
        records[id].followFilter |= filters[node]
      }
    }
    edgeMask = keys.count - 1
    edges = .allocateAligned(keys.count)
    for s in keys.indices {
      edges[s] = EdgeSlot(key: keys[s], link: keys[s] == EdgeTable.empty ? .none : link(values[s]))
    }
    soloStarts = .allocate(capacity: ids)
    soloStarts.initialize(repeating: 0, count: ids)
    for id in 0..<idCount { soloStarts[id] = flagged(records[id].startLayers, exact: Int32(id), prefix: -1) }
  }

  /// The same tables in memory of their own (`PhraseMatcher.deepCopy`).
  func deepCopy() -> MatcherTables { MatcherTables(copying: self) }

  private init(copying t: MatcherTables) {
    layers = t.layers
    idCount = t.idCount
    edgeMask = t.edgeMask
    maxNodeEntries = t.maxNodeEntries
    nodeCount = t.nodeCount
    entryCount = t.entryCount
    nodeEntryIDs = t.nodeEntryIDs.freshCopy()
    // The sizes `init` allocated.
    let ids = max(1, t.idCount)
    records = UnsafeMutablePointer<StartRecord>.allocateAligned(ids + 1) + 1
    (records - 1).initialize(from: t.records - 1, count: ids + 1)
    edges = .allocateAligned(t.edgeMask + 1)
    edges.initialize(from: t.edges, count: t.edgeMask + 1)
    soloStarts = .copied(t.soloStarts, ids)
    nodeEntryStart = .copied(t.nodeEntryStart, t.nodeCount + 1)
    entryIDs = .copied(t.entryIDs, t.nodeEntryIDs.count)
    entryCategories = .copied(t.entryCategories, t.entryCount)
    entryBits = .copied(t.entryBits, t.entryCount)
    entryWeights = .copied(t.entryWeights, t.entryCount)
  }

  deinit {
    (records - 1).deallocate()
    edges.deallocate()
    nodeEntryStart.deallocate()
    soloStarts.deallocate()
    entryIDs.deallocate()
    entryCategories.deallocate()
    entryBits.deallocate()
    entryWeights.deallocate()
  }

  /// Bit `id % 64`: a node's children in `StartRecord.followFilter`.
  @inline(__always)
  static func filterBit(_ id: Int32) -> UInt64 { 1 << UInt64(UInt32(bitPattern: id) & 63) }

  /// Whether a node whose 64-bit child filter is `filter` may have a child
  /// along token `id` (false: it has none).
  @inline(__always)
  static func mayHave(_ filter: UInt64, _ id: Int32) -> Bool { filter & filterBit(id) != 0 }

  /// One step of a trie walk: the child of the node that `link` leads to
  /// (one with children) along a token's exact id `ek`, else along its
  /// prefix id `pk` (-1 for none), or `TrieLink.none`. The link's filter
  /// skips most lookups that would fail.
  @inline(__always)
  func step(_ link: TrieLink, exact ek: Int32, prefix pk: Int32) -> TrieLink {
    var next = TrieLink.none
    if ek >= 0, link.mayHave(ek) { next = child(link.node, ek) }
    if !next.exists, pk >= 0, link.mayHave(pk) { next = child(link.node, pk) }
    return next
  }

  /// The link of layer L's root to its child along token `id` (-1 for
  /// none: `TrieLink.none`).
  @inline(__always)
  func rootChild(_ id: Int32, layer: Int) -> TrieLink {
    // (-1 reads the empty record's link: `none`.)
    StartRecord.link(records + Int(id), layer: layer)
  }

  /// What `PhraseMatcher.dropDeadStarts` reads of a token with ids
  /// `exact` and `prefix` (-1 for none): the layers whose first node has
  /// no entries (the exact id's node where it has a root edge, else the
  /// prefix id's), whose walks need a child along the next token, and the
  /// child filters of those first nodes together (`followFilter`).
  @inline(__always)
  func deadStartCheck(exact e0: Int32, prefix p0: Int32) -> (needsNext: UInt8, filter: UInt64) {
    Self.deadStartCheck(exact: e0, prefix: p0, records)
  }

  /// `deadStartCheck(exact:prefix:)` over the records passed in (a
  /// caller's loop keeps their address in a register).
  @inline(__always)
  static func deadStartCheck(exact e0: Int32, prefix p0: Int32, _ records: UnsafeMutablePointer<StartRecord>) -> (needsNext: UInt8, filter: UInt64) {
    // (For -1, the empty record before the first: no test of `e0`.)
    let r = records + Int(e0)
    let eLayers = r.pointee.startLayers
    var full = r.pointee.entryLayers
    var filter = r.pointee.followFilter
    if p0 >= 0 {
      let r = records + Int(p0)
      full |= r.pointee.entryLayers & ~eLayers
      filter |= r.pointee.followFilter
    }
    return (~full, filter)
  }

  /// `starts`, the start layers of a token with ids `exact` and `prefix`,
  /// with `PhraseMatcher.checkNext` set when a walk from one of them needs
  /// a child along the next token (`deadStartCheck`): only then may
  /// `dropDeadStarts` drop one.
  func flagged(_ starts: UInt8, exact e0: Int32, prefix p0: Int32) -> UInt8 {
    starts & deadStartCheck(exact: e0, prefix: p0).needsNext != 0 ? starts | PhraseMatcher.checkNext : starts
  }

  /// The start layers of token id `id` (bit L: layer L's trie has a root
  /// edge for it), 0 for -1.
  @inline(__always)
  func startLayers(_ id: Int32) -> UInt8 { records[Int(id)].startLayers }

  /// The child of a non-root `node` along token `id`, or `TrieLink.none`.
  @inline(__always)
  func child(_ node: Int32, _ id: Int32) -> TrieLink {
    let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    var s = EdgeTable.slot(key, edgeMask)
    while true {
      let k = edges[s].key
      if k == key { return edges[s].link }
      if k == EdgeTable.empty { return .none }
      s = (s &+ 1) & edgeMask
    }
  }

  func entryIDs(_ node: Int32) -> ArraySlice<Int32> {
    nodeEntryIDs[Int(nodeEntryStart[Int(node)])..<Int(nodeEntryStart[Int(node) + 1])]
  }
}

/// A child in the tries as a walk reads it (`StartRecord`'s links, the
/// edge table's slots): the node, whether it has entries, and a filter of
/// its children's token ids, so that a walk reads nothing of the node but
/// the link that leads to it; or `none`.
struct TrieLink: Hashable, BitwiseCopyable {
  /// The node in the low 31 bits of the low half (bit 30: it has
  /// entries), -1 for none; the child filter in the high half.
  let raw: UInt64

  private static let entriesBit: Int32 = 1 << 30
  /// The most nodes the tries may have (checked when they are built).
  static let maxNodes = Int(entriesBit)

  static let none = TrieLink(raw: UInt64(UInt32.max))

  private init(raw: UInt64) { self.raw = raw }

  /// The link to `node`; `filter` has bit `filterBit(id)` set for each of
  /// its children's token ids (0: it has none).
  init(node: Int32, hasEntries: Bool, filter: UInt32) {
    precondition(node >= 0 && Int(node) < Self.maxNodes)
    raw = UInt64(filter) << 32 | UInt64(UInt32(bitPattern: node | (hasEntries ? Self.entriesBit : 0)))
  }

  /// Bit `id % 32`.
  @inline(__always)
  static func filterBit(_ id: Int32) -> UInt32 { 1 << (UInt32(bitPattern: id) & 31) }

  /// Whether there is a child (not `none`).
  @inline(__always) var exists: Bool { Int32(truncatingIfNeeded: raw) >= 0 }
  @inline(__always) var node: Int32 { Int32(truncatingIfNeeded: raw) & (Self.entriesBit &- 1) }
  @inline(__always) var hasEntries: Bool { Int32(truncatingIfNeeded: raw) & Self.entriesBit != 0 }
  @inline(__always) var hasChildren: Bool { raw >> 32 != 0 }
  /// Whether the node may have a child along token `id` (false: it has none).
  @inline(__always) func mayHave(_ id: Int32) -> Bool { raw >> 32 & UInt64(Self.filterBit(id)) != 0 }
}

/// What the matcher reads of a token id where a walk may start, in one
/// cache line (64 bytes, allocated aligned): the dead-start drop reads the
/// layers and the filter while the ids are written, and the walks over the
/// same document a moment later find the links in the same line.
struct StartRecord: BitwiseCopyable {
  /// The 64-bit child filters (`MatcherTables.filterBit`) of the id's root
  /// children without entries (in any layer), or-ed together: only their
  /// walks need a child along the next token (`deadStartCheck`), and
  /// leaving out the others' makes the filter drop more dead starts.
  var followFilter: UInt64 = 0
  /// Bit L set: layer L's trie has a root edge for the id.
  var startLayers: UInt8 = 0
  /// Bit L set: layer L's root edge for the id leads to a node with entries.
  var entryLayers: UInt8 = 0
  /// Layer L's root's child along the id: `link(layer: L)`.
  private var links: (TrieLink, TrieLink, TrieLink, TrieLink, TrieLink, TrieLink) = (.none, .none, .none, .none, .none, .none)

  /// The most layers a record holds links for.
  static let maxLayers = 6
  /// Where the links start in a record (checked by `checkLayout`).
  private static let linksOffset = 16

  /// Whether a record is one cache line, its links where `link` reads them.
  static func checkLayout() -> Bool {
    MemoryLayout<StartRecord>.stride == 64 && MemoryLayout<StartRecord>.offset(of: \.links) == linksOffset
  }

  /// Layer `layer`'s link of the record at `record`, read in place (a
  /// subscript of the tuple would copy all its links first).
  @inline(__always)
  static func link(_ record: UnsafePointer<StartRecord>, layer: Int) -> TrieLink {
    UnsafeRawPointer(record).load(fromByteOffset: linksOffset &+ layer &* MemoryLayout<TrieLink>.stride, as: TrieLink.self)
  }

  mutating func setLink(_ link: TrieLink, layer: Int) {
    precondition(layer >= 0 && layer < Self.maxLayers)
    withUnsafeMutableBytes(of: &links) { $0.storeBytes(of: link, toByteOffset: layer * MemoryLayout<TrieLink>.stride, as: TrieLink.self) }
  }
}

/// The tries while `PhraseMatcher.init` builds them: node L is the root
/// of layer L's trie, so the edges of all layers share one table; the
/// root edges are kept apart (they go to the start records).
private struct TrieBuild {
  var nodeCount: Int
  var edges = EdgeTable()
  /// The root edges: layer L's root (node L) to its child along each id.
  /// Sized for one a term (the most there can be): it never grows, and
  /// only the build reads it.
  var rootFinder: EdgeTable
  /// Lengths (in bytes) of the prefix terms' last words, in order met.
  var prefixLengths: [Int] = []
  /// The next token id to give.
  var nextID: Int32 = 0

  init(layers: Int, terms: Int) {
    nodeCount = layers
    rootFinder = EdgeTable(capacity: terms)
  }

  /// Takes word `k` of a term, `p[range]` (folded), one step down layer
  /// `layer`'s trie from `node`: along its id (a prefix id when `prefix`:
  /// the last word of a prefix term), the child made when missing.
  @inline(__always)
  mutating func step(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ k: Int, prefix: Bool, layer: Int, _ node: inout Int32, _ vocabulary: inout FoldedIDTable.Builder, _ prefixes: inout FoldedIDTable.Builder) {
    let id: Int32
    if prefix {
      id = prefixes.insert(folded: p, range, value: nextID)
      if !prefixLengths.contains(range.count) { prefixLengths.append(range.count) }
    } else {
      id = vocabulary.insert(folded: p, range, value: nextID)
    }
    if id == nextID { nextID += 1 }
    // The child along the id, else a new node (the next number) made it.
    let made = Int32(nodeCount)
    if let child = k == 0 ? rootFinder.child(Int32(layer), id, orAdd: made) : edges.child(node, id, orAdd: made) {
      node = child
    } else {
      node = made
      nodeCount += 1
    }
  }
}

/// One slot of `MatcherTables.edges`: the key (node << 32 | token id,
/// `EdgeTable.empty` for none) and the link to the child, side by side so
/// that a probe that finds its key reads one cache line.
struct EdgeSlot: BitwiseCopyable {
  let key: UInt64
  let link: TrieLink
}

extension UnsafeMutablePointer {
  /// Uninitialized memory for `count` elements (one at least), aligned to
  /// a cache line (64 bytes), so that a 64-byte element never straddles two.
  static func allocateAligned(_ count: Int) -> UnsafeMutablePointer<Pointee> {
    let bytes = Swift.max(1, count) * MemoryLayout<Pointee>.stride
    return UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64).bindMemory(to: Pointee.self, capacity: Swift.max(1, count))
  }
}

/// Per-token lexicon ids of one document.
public struct TokenIDs: Sendable {
  /// One token's ids: its exact id and the id of the longest prefix term
  /// it starts with, -1 where there is none. Kept side by side (8 bytes,
  /// the word memo's layout, `WordMemo.Entry.ids`) so the id pass copies
  /// both with one load and one store, and a walk reads a token's ids from
  /// one base address.
  public struct Row: Sendable, Hashable, BitwiseCopyable {
    public var exact: Int32
    public var prefix: Int32

    public init(exact: Int32 = -1, prefix: Int32 = -1) {
      self.exact = exact
      self.prefix = prefix
    }
  }

  /// One id of every token, read from the rows by token index
  /// (`TokenIDs.exact`, `TokenIDs.prefix`).
  public struct Column: RandomAccessCollection, Equatable, Sendable {
    let rows: [Row]
    let isPrefix: Bool

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }
    public subscript(i: Int) -> Int32 { isPrefix ? rows[i].prefix : rows[i].exact }

    /// Equal ids token by token (whichever id each holds).
    public static func == (a: Column, b: Column) -> Bool { a.elementsEqual(b) }
  }

  /// Every token's ids, by token index.
  public internal(set) var rows: [Row]
  /// The exact id of every token, -1 for none.
  public var exact: Column { Column(rows: rows, isPrefix: false) }
  /// The longest prefix term's id of every token, -1 for none.
  public var prefix: Column { Column(rows: rows, isPrefix: true) }
  /// Layers whose terms may start at each token (`PhraseMatcher.startLayers`,
  /// the starts that cannot match dropped); empty when not computed.
  var starts: [UInt8] = []
  /// Whether a row may hold a prefix id (false: every prefix id is -1, the
  /// matcher having no prefix terms), so that the dead-start drop and the
  /// document walk leave the prefix ids unread when none can be there.
  var hasPrefixIDs = true
  /// The caller's facts about every word token (`tokenIDs(_:memo:facts:)`;
  /// attribution's shape flags and function-word class); empty when not
  /// computed.
  var wordFacts: [UInt32] = []

  init(rows: [Row] = []) {
    self.rows = rows
  }

  /// The ids `exact[i]` and `prefix[i]` for token i (of equal counts).
  init<E: Collection<Int32>, P: Collection<Int32>>(exact: E, prefix: P) {
    precondition(exact.count == prefix.count, "id columns of different lengths")
    rows = zip(exact, prefix).map { Row(exact: $0, prefix: $1) }
  }
}

/// A lexicon term found in the text: tokens `start..<end` of the document.
public struct PhraseMatch: Sendable, Hashable {
  public var start: Int32
  public var end: Int32
  /// The trie node; its entries are `PhraseMatcher.entryIDs(_:)`.
  var node: Int32
  public var length: Int32 { end - start }
  /// Orders as `(start, end)` (both are token indices, never negative),
  /// in one comparison.
  @inline(__always)
  var spanKey: UInt64 { UInt64(UInt32(bitPattern: start)) << 32 | UInt64(UInt32(bitPattern: end)) }
}

/// Open-addressing map from (node, token id) to child node.
struct EdgeTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var count = 0
  private var mask: Int
  static let empty = UInt64.max

  init() {
    self.init(capacity: 0)
  }

  /// Room for `capacity` keys before the table grows (1,024 slots at
  /// least).
  init(capacity: Int) {
    var size = 1024
    while size < capacity * 2 { size <<= 1 }
    keys = Array(repeating: Self.empty, count: size)
    values = Array(repeating: -1, count: size)
    mask = size - 1
  }

  /// The keys and values, for copying into raw memory.
  var storage: ([UInt64], [Int32]) { (keys, values) }

  @inline(__always)
  static func slot(_ key: UInt64, _ mask: Int) -> Int {
    var h = key &* 0x9E37_79B9_7F4A_7C15
    h ^= h >> 29
    return Int(truncatingIfNeeded: h) & mask
  }

  /// The value at (`node`, `id`), or nil after setting it to `child`:
  /// in one probe; the table grows only when a key is added.
  @inline(__always)
  mutating func child(_ node: Int32, _ id: Int32, orAdd child: Int32) -> Int32? {
    let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    var s = Self.slot(key, mask)
    while true {
      let k = keys[s]
      if k == key { return values[s] }
      if k == Self.empty { break }
      s = (s &+ 1) & mask
    }
    add(key, at: s, child)
    return nil
  }

  /// Sets `key`, not in the table, to `child`, in the empty slot `slot`
  /// where its probe ended, after growing the table when it is half full.
  /// (Out of line: the writes' uniqueness checks, inlined, made the
  /// matcher's build longer.)
  @inline(never)
  private mutating func add(_ key: UInt64, at slot: Int, _ child: Int32) {
    var s = slot
    if (count + 1) * 2 > keys.count {
      grow()
      s = Self.slot(key, mask)
      while keys[s] != Self.empty { s = (s &+ 1) & mask }
    }
    count += 1
    // (In the buffers: a subscript's write checked uniqueness and bounds
    // through calls, twice.)
    keys.withUnsafeMutableBufferPointer { $0[s] = key }
    values.withUnsafeMutableBufferPointer { $0[s] = child }
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
    values = Array(repeating: -1, count: oldKeys.count * 2)
    mask = keys.count - 1
    // The keys are distinct: each goes to the first empty slot of its probe
    // sequence, as `child(_:_:orAdd:)` would put it, without its checks.
    for (i, k) in oldKeys.enumerated() where k != Self.empty {
      var s = Self.slot(k, mask)
      while keys[s] != Self.empty { s = (s + 1) & mask }
      keys[s] = k
      values[s] = oldValues[i]
    }
  }
}

extension Array {
  /// The same elements in a buffer of their own (a plain copy of an array
  /// shares its buffer, and its reference count, until one is written).
  func freshCopy() -> [Element] {
    Array(unsafeUninitializedCapacity: count) { buffer, initialized in
      _ = buffer.initialize(from: self)
      initialized = count
    }
  }
}
