extension PhraseMatcher {
  /// The matches of every sentence of `sentences`, every layer, appended to
  /// `out` sentence by sentence (`SentenceMatches.ends`): for each sentence
  /// the same as `matches(in: sentence.tokens, ids: ids, into:)`.
  ///
  /// One walk over the document (`DocumentWalk`) when the sentences come
  /// in token order (as a document's do): every start (a token and a layer
  /// of its `TokenIDs.starts`) is listed in one pass over the start layers,
  /// and the list walked once, a sentence's starts at a time, each walk's
  /// longest candidate written into raw memory (`MatchScratch`) unless it
  /// lies inside the last one kept in its layer (`DocumentWalk.run` says
  /// why that is what `resolveOverlaps` keeps). A sentence where a
  /// candidate crosses the end of an earlier one of its layer (a few in a
  /// thousand) is matched by `matches(in:ids:tables:into:)` instead, and
  /// so is every sentence when they are not in token order.
  func sentenceMatches(_ sentences: [Sentence], ids: TokenIDs, into out: inout SentenceMatches) {
    Self.sentenceMatches(sentences, ids: ids, tables: tables, into: &out)
  }

  static func sentenceMatches(_ sentences: [Sentence], ids: TokenIDs, tables t: MatcherTables, into out: inout SentenceMatches) {
    sentenceMatches(sentences, ids: ids, tables: t, scratch: MatchScratch(), into: &out)
  }

  /// `sentenceMatches(_:ids:tables:into:)` with the candidates written in
  /// `scratch` (a worker's, kept from document to document), then copied
  /// to `out` in one piece.
  static func sentenceMatches(_ sentences: [Sentence], ids: TokenIDs, tables t: MatcherTables, scratch: MatchScratch, into out: inout SentenceMatches) {
    if ids.starts.count != ids.rows.count {
      var computed = ids
      computed.starts = startLayers(ids, t)
      sentenceMatches(sentences, ids: computed, tables: t, scratch: scratch, into: &out)
      return
    }
    let base = out.matches.count
    let used: Int? = ids.rows.withUnsafeBufferPointer { rows in
      ids.starts.withUnsafeBufferPointer { mask in
        sentences.withUnsafeBufferPointer { sentences in
          withUnsafeTemporaryAllocation(of: Int32.self, capacity: t.layers) { lastEnd in
            // Each sentence's end in `out.matches`, appended at once (no
            // uniqueness and capacity check per sentence).
            withUnsafeTemporaryAllocation(of: Int.self, capacity: sentences.count) { ends in
              precondition(mask.count == rows.count)
              let walk = DocumentWalk(rows: rows, mask: mask, lastEnd: lastEnd)
              guard let used = walk.run(sentences, ends: ends, base: base, into: scratch, ids: ids, tables: t) else { return nil }
              out.ends.append(contentsOf: ends)
              return used
            }
          }
        }
      }
    }
    guard let used else {
      // Sentences out of token order: each matched alone.
      for sentence in sentences {
        matches(in: sentence.tokens, ids: ids, tables: t, into: &out.matches)
        out.ends.append(out.matches.count)
      }
      return
    }
    out.matches.append(contentsOf: UnsafeBufferPointer(start: scratch.matches, count: used))
  }

  /// One walk over a document's starts, in raw memory. (The token ids
  /// and the tables are the walk's arguments, not fields: a field holding
  /// them retained and released four references a document.)
  struct DocumentWalk {
    /// Every token's ids (`TokenIDs.rows`).
    let rows: UnsafeBufferPointer<TokenIDs.Row>
    let mask: UnsafeBufferPointer<UInt8>
    /// Per layer, the end of the last candidate kept in that layer, in
    /// the sentence walked or one before it (then no later than its start).
    let lastEnd: UnsafeMutableBufferPointer<Int32>

    /// Writes the matches of `sentences` into `scratch` from its start and
    /// each sentence's end (plus `base`) into `ends`, by `tables`; `ids`
    /// are the document's (`rows` and `mask` their buffers), for the
    /// sentences matched by `matches(in:ids:tables:into:)`; returns where the
    /// matches end, or nil when a sentence starts before the end of the
    /// one before it, or the document has 2^28 tokens or more (then what
    /// was written means nothing).
    ///
    /// Each walk (a start token and a layer) keeps only its longest
    /// candidate, and drops it when it lies inside the last one kept in
    /// its layer. What is kept is what `resolveOverlaps` keeps when no
    /// candidate crosses another's end: the kept ones of a layer are
    /// disjoint, and every other candidate lies inside one of them (a
    /// shorter one from the same start is its prefix; a later one is inside
    /// it), so each kept one is the longest candidate overlapping it and
    /// wins, and the others lose to it. Walks go by start token, and a
    /// token's layers in order: the matches come by start, then layer, and
    /// each is put among its token's by end (stably), which is the order
    /// `matches(in:ids:into:)` gives (start, end, then layer). Each start
    /// gives at most one match, so the scratch is sized once.
    func run(_ sentences: UnsafeBufferPointer<Sentence>, ends: UnsafeMutableBufferPointer<Int>, base: Int, into scratch: MatchScratch, ids: TokenIDs, tables: MatcherTables) -> Int? {
      // One walk for each case, the prefix ids' code left out of the
      // second (most lexicons have no prefix terms).
      if ids.hasPrefixIDs {
        return walk(sentences, ends: ends, base: base, into: scratch, ids: ids, tables: tables, WithPrefixIDs.self)
      }
      return walk(sentences, ends: ends, base: base, into: scratch, ids: ids, tables: tables, WithoutPrefixIDs.self)
    }

    /// `run(_:ends:base:into:ids:tables:)`, with or without reading prefix ids
    /// (`PrefixIDs.read`; none is read when every one is -1,
    /// `TokenIDs.hasPrefixIDs`). Generic, so that each case is compiled
    /// on its own with the other's code left out.
    private func walk<Prefixes: PrefixIDs>(_ sentences: UnsafeBufferPointer<Sentence>, ends: UnsafeMutableBufferPointer<Int>, base: Int, into scratch: MatchScratch, ids: TokenIDs, tables t: MatcherTables, _: Prefixes.Type) -> Int? {
      let prefixIDs = Prefixes.read
      let count = mask.count
      // (Starts are `token << 3 | layer` in 32 bits.)
      if count >= 1 << 28 { return nil }
      // Every start of the document (a token and a layer), in order, then
      // a sentinel past every token.
      let (starts, startCount) = Self.collectStarts(mask, into: scratch)
      // Each start gives at most one match (its candidates all overlap),
      // and so does each in `matchAlone`'s: room for all, no check per
      // match.
      scratch.reserve(startCount)
      // The tables' and the scratch's addresses in registers (stores to
      // the scratch could alias the classes' fields).
      let records = t.records
      var m = scratch.matches
      // Where the next match goes.
      var w = m
      // The start of the last match written (matches come by start).
      var lastStart: Int32 = -1
      lastEnd.update(repeating: 0)
      // The next start, and the end of the sentences walked so far.
      var cursor = UnsafePointer(starts)
      var reached = 0
      for s in 0..<sentences.count {
        let lower = sentences[s].tokens.lowerBound
        let upper = sentences[s].tokens.upperBound
        if lower < reached || upper > count { return nil }
        reached = upper
        // (The sentinel stops both.)
        let lowerKey = Int32(truncatingIfNeeded: lower &<< 3)
        let upperKey = Int32(truncatingIfNeeded: upper &<< 3)
        while cursor.pointee < lowerKey { cursor += 1 }
        let sentenceFirst = w
        while true {
          let key = cursor.pointee
          if key >= upperKey { break }
          cursor += 1
          let start = Int(key &>> 3)
          let layer = Int(key & 7)
          // (An exact id of -1 reads the empty record's link, `none`.)
          var link = StartRecord.link(records + Int(rows[start].exact), layer: layer)
          // (Without prefix ids the exact id's link is there: the start
          // came from its layers. A missing one would end the walk below.)
          if prefixIDs && !link.exists {
            let p0 = rows[start].prefix
            if p0 >= 0 { link = StartRecord.link(records + Int(p0), layer: layer) }
            if !link.exists { continue }
          }
          // The deepest node with entries on the walk, and its end.
          var found = TrieLink.none
          var foundEnd = 0
          var k = start &+ 1
          while true {
            if link.hasEntries {
              found = link
              foundEnd = k
            }
            // A node without children ends the walk.
            guard link.hasChildren, k < upper else { break }
            let next = t.step(link, exact: rows[k].exact, prefix: prefixIDs ? rows[k].prefix : -1)
            if !next.exists { break }
            link = next
            k &+= 1
          }
          if !found.exists { continue }
          let end = Int32(truncatingIfNeeded: foundEnd)
          let held = lastEnd[layer]
          if Int32(truncatingIfNeeded: start) < held {
            // Inside the last one kept in its layer: dropped.
            if end <= held { continue }
            // Crossing its end: the sentence is matched otherwise (its
            // candidates end by its end, so mark no overlap later).
            let used = Self.matchAlone(lower..<upper, ids: ids, tables: t, into: scratch, at: sentenceFirst - m)
            while cursor.pointee < upperKey { cursor += 1 }
            // (Room for the starts left, whatever it wrote.)
            scratch.reserve(used &+ startCount &- (cursor - UnsafePointer(starts)))
            m = scratch.matches
            w = m + used
            break
          }
          let match = PhraseMatch(start: Int32(truncatingIfNeeded: start), end: end, node: found.node)
          if match.start == lastStart {
            // After the matches of its start's earlier layers that end by
            // its end (they may end after it).
            var j = w
            while j > sentenceFirst, (j - 1).pointee.spanKey > match.spanKey {
              j.pointee = (j - 1).pointee
              j -= 1
            }
            j.pointee = match
          } else {
            w.pointee = match
            lastStart = match.start
          }
          w += 1
          lastEnd[layer] = end
        }
        ends[s] = base &+ (w - m)
      }
      return w - m
    }

    /// Writes every start of the document, `token << 3 | layer` for each
    /// layer bit of each token's start layers, in order, into the
    /// scratch's start buffer, then `Int32.max`; returns the buffer and the
    /// number of starts. The layers are read eight tokens at a time, a
    /// word's nonzero bytes found by their high bits, and each such token
    /// writes its list of starts with one store (`BitLists`) and moves on
    /// by their number: no branch depends on how many starts a token has.
    @inline(never)
    static func collectStarts(_ mask: UnsafeBufferPointer<UInt8>, into scratch: MatchScratch) -> (UnsafeMutablePointer<Int32>, Int) {
      let count = mask.count
      var starts = scratch.starts
      var room = scratch.startCapacity
      var n = 0
      var k = 0
      let lists = BitLists.lists
      let counts = BitLists.counts
      /// Writes token `k`'s starts (its layers `bits`) at `n`: room for
      /// eight from `n` on.
      @inline(__always)
      func write(_ k: Int, _ bits: Int) {
        let list = SIMD8<Int32>(repeating: Int32(truncatingIfNeeded: k &<< 3)) | lists[bits]
        UnsafeMutableRawPointer(starts + n).storeBytes(of: list, as: SIMD8<Int32>.self)
        n &+= Int(counts[bits])
      }
      if let bytes = mask.baseAddress {
        let raw = UnsafeRawPointer(bytes)
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        while k &+ 8 <= count {
          let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
          // Bit 7 of each byte set where the byte is not zero.
          var nonzero = ((word & low7) &+ low7 | word) & ~low7
          // (Eight tokens of eight layers at most, and the last list's
          // eight slots.)
          if nonzero != 0, room &- n < 72 { (starts, room) = scratch.growStarts(keeping: n) }
          while nonzero != 0 {
            let shift = nonzero.trailingZeroBitCount
            write(k &+ shift &>> 3, Int(truncatingIfNeeded: word &>> UInt64(truncatingIfNeeded: shift &- 7)) & 0xFF)
            nonzero &= nonzero &- 1
          }
          k &+= 8
        }
        while k < count {
          if room &- n < 16 { (starts, room) = scratch.growStarts(keeping: n) }
          write(k, Int(bytes[k]))
          k &+= 1
        }
      }
      if room == n { (starts, room) = scratch.growStarts(keeping: n) }
      starts[n] = Int32.max
      return (starts, n)
    }

    /// Writes the matches of `tokens` (a sentence), by
    /// `matches(in:ids:tables:into:)`, into `scratch` from `first` on;
    /// returns where they end. Out of line: rare.
    @inline(never)
    static func matchAlone(_ tokens: Range<Int>, ids: TokenIDs, tables t: MatcherTables, into scratch: MatchScratch, at first: Int) -> Int {
      var found: [PhraseMatch] = []
      PhraseMatcher.matches(in: tokens, ids: ids, tables: t, into: &found)
      return scratch.append(found, at: first)
    }
  }
}

/// Whether `DocumentWalk` and the dead-start drop read tokens' prefix ids
/// (`TokenIDs.hasPrefixIDs`): a type for each case, so that each loop is
/// compiled for each, the prefix ids' code left out of the second.
protocol PrefixIDs {
  static var read: Bool { get }
}

enum WithPrefixIDs: PrefixIDs {
  static var read: Bool { true }
}

enum WithoutPrefixIDs: PrefixIDs {
  static var read: Bool { false }
}

/// Every byte's set bits as a list, for `DocumentWalk.collectStarts`:
/// `lists[b]` holds the indices of the bits set in `b`, lowest first, then
/// zeros, and `counts[b]` their number. Built once (8 KB), never freed.
private enum BitLists {
  nonisolated(unsafe) static let lists: UnsafePointer<SIMD8<Int32>> = {
    let table = UnsafeMutablePointer<SIMD8<Int32>>.allocate(capacity: 256)
    for b in 0..<256 {
      var list = SIMD8<Int32>()
      var i = 0
      for bit in 0..<8 where b & (1 << bit) != 0 {
        list[i] = Int32(bit)
        i += 1
      }
      table[b] = list
    }
    return UnsafePointer(table)
  }()

  nonisolated(unsafe) static let counts: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for b in 0..<256 { table[b] = UInt8(b.nonzeroBitCount) }
    return UnsafePointer(table)
  }()
}

/// Raw memory for one document's matches while
/// `PhraseMatcher.sentenceMatches` writes them; grown as needed, kept by a
/// worker from document to document (`Workspace`). Not shared between
/// threads.
final class MatchScratch {
  private(set) var matches: UnsafeMutablePointer<PhraseMatch>
  private(set) var capacity: Int

  /// Room for a document's starts (`DocumentWalk.collectStarts`).
  private(set) var starts: UnsafeMutablePointer<Int32>
  private(set) var startCapacity: Int

  init(capacity: Int = 256) {
    self.capacity = max(1, capacity)
    matches = .allocate(capacity: self.capacity)
    startCapacity = 1024
    starts = .allocate(capacity: startCapacity)
  }

  /// Twice the room for starts, the first `count` kept.
  func growStarts(keeping count: Int) -> (UnsafeMutablePointer<Int32>, Int) {
    let bigger = startCapacity * 2
    let s = UnsafeMutablePointer<Int32>.allocate(capacity: bigger)
    s.moveInitialize(from: starts, count: count)
    starts.deallocate()
    starts = s
    startCapacity = bigger
    return (s, bigger)
  }

  /// Twice the room (or more, to hold `needed`), the elements kept.
  func grow(toHold needed: Int = 0) {
    var bigger = capacity * 2
    while bigger < needed { bigger *= 2 }
    let m = UnsafeMutablePointer<PhraseMatch>.allocate(capacity: bigger)
    m.moveInitialize(from: matches, count: capacity)
    matches.deallocate()
    matches = m
    capacity = bigger
  }

  /// Room for `count` matches at least, the elements kept.
  func reserve(_ count: Int) {
    if capacity < count { grow(toHold: count) }
  }

  /// Writes `found` from `first` on (growing as needed); returns where
  /// they end.
  func append(_ found: [PhraseMatch], at first: Int) -> Int {
    if capacity < first + found.count { grow(toHold: first + found.count) }
    found.withUnsafeBufferPointer { if let b = $0.baseAddress { (matches + first).update(from: b, count: $0.count) } }
    return first + found.count
  }

  deinit {
    matches.deallocate()
    starts.deallocate()
  }
}
