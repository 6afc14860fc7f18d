extension PhraseMatcher {
  /// The matches of every sentence of `sentences`, every layer, appended to
  /// `out` sentence by sentence (`SentenceMatches.ends`): for each sentence
  /// the same as `matches(in: sentence.tokens, ids: ids, into:)`.
  ///
  /// One pass over the document's tokens: the start layers of each token
  /// (`TokenIDs.starts`) are walked token by token, layer by layer, and
  /// each walk's longest candidate written into raw memory
  /// (`MatchScratch`), unless it lies inside the last one kept in its
  /// layer (`Walk.sentence` says why that is what `resolveOverlaps`
  /// keeps). Only their order may then need fixing: by start, then end,
  /// then layer. A sentence where a candidate crosses the end of an
  /// earlier one of its layer (a few in a thousand) is matched by
  /// `matches(in:ids:tables:into:)` instead.
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
    if ids.starts.count != ids.exact.count {
      var computed = ids
      computed.starts = startLayers(ids, t)
      sentenceMatches(sentences, ids: computed, tables: t, scratch: scratch, into: &out)
      return
    }
    let base = out.matches.count
    var used = 0
    // The matches of a sentence whose candidates overlap, found by the
    // per-sentence matcher (`matches(in:ids:tables:into:)`).
    var overlapping: [PhraseMatch] = []
    ids.exact.withUnsafeBufferPointer { exact in
      ids.prefix.withUnsafeBufferPointer { prefix in
        ids.starts.withUnsafeBufferPointer { mask in
          withUnsafeTemporaryAllocation(of: Int32.self, capacity: t.layers) { lastEnd in
            let walk = Walk(exact: exact, prefix: prefix, mask: mask, tables: t, lastEnd: lastEnd)
            lastEnd.update(repeating: 0)
            // The end of the sentences walked so far.
            var reached = 0
            // Each sentence's end in `out.matches`, appended at once (no
            // uniqueness and capacity check per sentence).
            withUnsafeTemporaryAllocation(of: Int.self, capacity: sentences.count) { ends in
              for s in sentences.indices {
                let sentence = sentences[s].tokens
                // (The walks read the token arrays up to the sentence's end.)
                precondition(sentence.upperBound <= mask.count && mask.count == exact.count && exact.count == prefix.count)
                // An earlier sentence's candidates end by its end: in a later
                // sentence they mark no overlap, and are not cleared (only
                // when the sentences go back).
                if sentence.lowerBound < reached { lastEnd.update(repeating: 0) }
                reached = sentence.upperBound
                let end = walk.sentence(sentence, into: scratch, from: used)
                if end >= 0 {
                  used = end
                } else {
                  overlapping.removeAll(keepingCapacity: true)
                  matches(in: sentence, ids: ids, tables: t, into: &overlapping)
                  used = scratch.append(overlapping, at: used)
                }
                ends[s] = base + used
              }
              out.ends.append(contentsOf: ends)
            }
          }
        }
      }
    }
    out.matches.append(contentsOf: UnsafeBufferPointer(start: scratch.matches, count: used))
  }

  /// The walks of one sentence over raw memory.
  private struct Walk {
    let exact: UnsafeBufferPointer<Int32>
    let prefix: UnsafeBufferPointer<Int32>
    let mask: UnsafeBufferPointer<UInt8>
    let tables: MatcherTables
    /// Per layer, the end of the last candidate of that layer, in this
    /// sentence or one before it (then no later than this one's start).
    let lastEnd: UnsafeMutableBufferPointer<Int32>

    /// Writes the matches of `tokens` into `scratch` from `first` on and
    /// returns where they end; or returns -1 when a candidate crosses the
    /// end of an earlier one of its layer (then the caller matches the
    /// sentence otherwise).
    ///
    /// Each walk (a start token and a layer) keeps only its longest
    /// candidate, and drops it when it lies inside the last one kept in
    /// its layer. What is kept is what `resolveOverlaps` keeps when no
    /// candidate crosses another's end: the kept ones of a layer are
    /// disjoint, and every other candidate lies inside one of them (a
    /// shorter one from the same start is its prefix; a later one is inside
    /// it), so each kept one is the longest candidate overlapping it and
    /// wins, and the others lose to it. So only the order may need fixing:
    /// by start, then end, then layer.
    @inline(__always)
    func sentence(_ tokens: Range<Int>, into scratch: MatchScratch, from first: Int) -> Int {
      if tokens.isEmpty { return first }
      let t = tables
      let layers = t.layers
      // The tables' and the scratch's addresses in registers (stores to
      // the scratch could alias the classes' fields).
      let rootChild = t.rootChild
      let nodeEntryStart = t.nodeEntryStart
      let childFilter = t.childFilter
      var m = scratch.matches
      var capacity = scratch.capacity
      var used = first
      let upper = tokens.upperBound
      // Most tokens start nothing: the start layers are read eight at a
      // time (past the sentence's end only inside the document, those
      // bytes masked off), and a word of zeros is skipped whole.
      let maskBytes = UnsafeRawPointer(mask.baseAddress!)
      let count = mask.count
      var next = tokens.lowerBound
      while next < upper {
        var word: UInt64
        if next &+ 8 <= count {
          word = UInt64(littleEndian: maskBytes.loadUnaligned(fromByteOffset: next, as: UInt64.self))
        } else {
          // The document's last few tokens.
          word = 0
          for i in 0..<(count &- next) { word |= UInt64(mask[next &+ i]) << UInt64(truncatingIfNeeded: 8 &* i) }
        }
        if next &+ 8 > upper { word &= UInt64.max &>> UInt64(truncatingIfNeeded: 8 &* (next &+ 8 &- upper)) }
        if word == 0 {
          next &+= 8
          continue
        }
        let shift = word.trailingZeroBitCount & ~7
        var bits = UInt8(truncatingIfNeeded: word &>> UInt64(truncatingIfNeeded: shift))
        let start = next &+ shift &>> 3
        next = start &+ 1
        do {
          let e0 = exact[start]
          let p0 = prefix[start]
          while bits != 0 {
            let layer = bits.trailingZeroBitCount
            bits &= bits &- 1
            var node: Int32 = -1
            if e0 >= 0 { node = rootChild[Int(e0) &* layers &+ layer] }
            if node < 0, p0 >= 0 { node = rootChild[Int(p0) &* layers &+ layer] }
            if node < 0 { continue }
            // The deepest node with entries on the walk, and its end.
            var found: Int32 = -1
            var foundEnd = 0
            var k = start &+ 1
            while true {
              if nodeEntryStart[Int(node)] < nodeEntryStart[Int(node) + 1] {
                found = node
                foundEnd = k
              }
              // A node without children ends the walk; the node's filter
              // of child ids skips most lookups that would fail.
              guard k < upper else { break }
              let filter = childFilter[Int(node)]
              if filter == 0 { break }
              let next = t.step(node, filter: filter, exact: exact[k], prefix: prefix[k])
              if next < 0 { break }
              node = next
              k &+= 1
            }
            if found < 0 { continue }
            let held = lastEnd[layer]
            if Int32(truncatingIfNeeded: start) < held {
              // Inside the last one kept in its layer: dropped. Crossing its
              // end: resolved by the caller.
              if Int32(truncatingIfNeeded: foundEnd) <= held { continue }
              return -1
            }
            if used == capacity {
              scratch.grow()
              (m, capacity) = (scratch.matches, scratch.capacity)
            }
            let match = PhraseMatch(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: foundEnd), node: found)
            m[used] = match
            used &+= 1
            lastEnd[layer] = match.end
          }
        }
      }
      // By start, then end, then layer (the candidates of one span come in
      // layer order: the sort is stable). Rarely out of order: a start
      // whose longest term in one layer is longer than in a later one.
      var i = first &+ 1
      while i < used {
        if m[i].spanKey < m[i &- 1].spanKey {
          Self.order(m + first, count: used - first)
          break
        }
        i &+= 1
      }
      return used
    }

    /// Sorts `count` candidates at `m` by span, stably. Out of line: the
    /// walks' loop then has the registers to itself.
    @inline(never)
    static func order(_ m: UnsafeMutablePointer<PhraseMatch>, count: Int) {
      UnsafeMutableBufferPointer(start: m, count: count).insertionSort { $0.spanKey < $1.spanKey }
    }
  }
}

/// Raw memory for one document's matches while
/// `PhraseMatcher.sentenceMatches` writes them; grown as needed, kept by a
/// worker from document to document (`Workspace`). Not shared between
/// threads.
final class MatchScratch {
  private(set) var matches: UnsafeMutablePointer<PhraseMatch>
  private(set) var capacity: Int

  init(capacity: Int = 256) {
    self.capacity = max(1, capacity)
    matches = .allocate(capacity: self.capacity)
  }

  /// Twice the room, the elements kept.
  func grow() {
    let bigger = capacity * 2
    let m = UnsafeMutablePointer<PhraseMatch>.allocate(capacity: bigger)
    m.moveInitialize(from: matches, count: capacity)
    matches.deallocate()
    matches = m
    capacity = bigger
  }

  /// Writes `found` from `first` on (growing as needed); returns where
  /// they end.
  func append(_ found: [PhraseMatch], at first: Int) -> Int {
    while capacity < first + found.count { grow() }
    found.withUnsafeBufferPointer { if let b = $0.baseAddress { (matches + first).update(from: b, count: $0.count) } }
    return first + found.count
  }

  deinit {
    matches.deallocate()
  }
}
