extension PhraseMatcher {
  /// The matches of every sentence of `sentences`, every layer, appended to
  /// `out` sentence by sentence (`SentenceMatches.ends`): for each sentence
  /// the same as `matches(in: sentence.tokens, ids: ids, into:)`.
  ///
  /// One pass over the document's tokens: the start layers of each token
  /// (`TokenIDs.starts`) are walked token by token, layer by layer, and the
  /// candidates written into raw memory (`MatchScratch`). Within a layer
  /// they come in token order, so when no two of a layer overlap (the
  /// usual case) all stay (`resolveOverlaps` keeps them all) and only their
  /// order may need fixing: by start, then end, then layer. In a layer
  /// where two overlap, the layer's candidates are resolved in place as
  /// `resolveOverlaps` resolves them (longest, then earliest).
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
                used = walk.sentence(sentence, into: scratch, from: used)
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

    /// Writes the matches of `tokens` into `scratch` from `first` on (its
    /// `layers` hold each candidate's layer meanwhile); returns where they
    /// end.
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
      var l = scratch.layers
      var capacity = scratch.capacity
      var used = first
      // Bit L: two candidates of layer L overlap.
      var overlaps: UInt32 = 0
      var ordered = true
      var previous: UInt64 = 0
      let upper = tokens.upperBound
      // Most tokens start nothing: the start layers are read eight at a
      // time, and a word of zeros is skipped whole.
      let maskBytes = UnsafeRawPointer(mask.baseAddress!)
      var next = tokens.lowerBound
      while next < upper {
        if next &+ 8 <= upper {
          let word = UInt64(littleEndian: maskBytes.loadUnaligned(fromByteOffset: next, as: UInt64.self))
          if word == 0 {
            next &+= 8
            continue
          }
          next &+= word.trailingZeroBitCount >> 3
        } else if mask[next] == 0 {
          next &+= 1
          continue
        }
        let start = next
        next &+= 1
        var bits = mask[start]
        let e0 = exact[start]
        let p0 = prefix[start]
        while bits != 0 {
          let layer = bits.trailingZeroBitCount
          bits &= bits &- 1
          var node: Int32 = -1
          if e0 >= 0 { node = rootChild[Int(e0) &* layers &+ layer] }
          if node < 0, p0 >= 0 { node = rootChild[Int(p0) &* layers &+ layer] }
          if node < 0 { continue }
          var k = start &+ 1
          while true {
            if nodeEntryStart[Int(node)] < nodeEntryStart[Int(node) + 1] {
              if used == capacity {
                scratch.grow()
                (m, l, capacity) = (scratch.matches, scratch.layers, scratch.capacity)
              }
              let match = PhraseMatch(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: k), node: node)
              m[used] = match
              l[used] = UInt8(truncatingIfNeeded: layer)
              used &+= 1
              if match.start < lastEnd[layer] { overlaps |= 1 << UInt32(truncatingIfNeeded: layer) }
              lastEnd[layer] = match.end
              let key = match.spanKey
              if key < previous { ordered = false }
              previous = key
            }
            // A node without children ends the walk; the node's filter
            // of child ids skips most lookups that would fail.
            guard k < upper else { break }
            let filter = childFilter[Int(node)]
            if filter == 0 { break }
            var next: Int32 = -1
            let ek = exact[k]
            if ek >= 0, MatcherTables.mayHave(filter, ek) { next = t.child(node, ek) }
            let pk = prefix[k]
            if next < 0, pk >= 0, MatcherTables.mayHave(filter, pk) { next = t.child(node, pk) }
            if next < 0 { break }
            node = next
            k &+= 1
          }
        }
      }
      if used - first < 2 || (ordered && overlaps == 0) { return used }
      return Self.settle(m, l, first: first, used: used, overlaps: overlaps)
    }

    /// The candidates `m[first..<used]` (their layers in `l`) of a
    /// sentence where some are out of order or two of one layer overlap
    /// (bit L of `overlaps`): put in order and resolved as
    /// `sentence(_:into:from:)` says; returns where the kept ones end. Out
    /// of line: the walks' loop then has the registers to itself.
    @inline(never)
    static func settle(_ m: UnsafeMutablePointer<PhraseMatch>, _ l: UnsafeMutablePointer<UInt8>, first: Int, used: Int, overlaps: UInt32) -> Int {
      if overlaps == 0 {
        // Every candidate stays; by start, then end, then layer (the
        // candidates of one span come in layer order: the sort is stable).
        UnsafeMutableBufferPointer(start: m + first, count: used - first).insertionSort { $0.spanKey < $1.spanKey }
        return used
      }
      // The layers with overlaps resolved in place, as `resolveOverlaps`
      // resolves them: the layer's candidates longest first, then
      // earliest, each kept unless it overlaps one kept before; the
      // dropped ones marked `dropped` in `l`.
      let dropped: UInt8 = 0xFF
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: used - first) { order in
        var pending = overlaps
        while pending != 0 {
          let layer = UInt8(truncatingIfNeeded: pending.trailingZeroBitCount)
          pending &= pending &- 1
          var n = 0
          for i in first..<used where l[i] == layer {
            order[n] = Int32(truncatingIfNeeded: i)
            n += 1
          }
          // Longest, then earliest (length and start are unique within a
          // layer: the order is total). Written out, not `insertionSort`:
          // here the moving candidate stays in registers, where the
          // closure reloads it for every comparison (+0.5 M on bench1).
          var i = 1
          while i < n {
            let x = order[i]
            let mx = m[Int(x)]
            var j = i
            while j > 0 {
              let my = m[Int(order[j - 1])]
              guard mx.length > my.length || (mx.length == my.length && mx.start < my.start) else { break }
              order[j] = order[j - 1]
              j -= 1
            }
            order[j] = x
            i += 1
          }
          // The kept ones gather at the front of `order`.
          var kept = 0
          for j in 0..<n {
            let c = m[Int(order[j])]
            var free = true
            for q in 0..<kept {
              let o = m[Int(order[q])]
              if o.start < c.end && c.start < o.end {
                free = false
                break
              }
            }
            if free {
              order[kept] = order[j]
              kept += 1
            } else {
              l[Int(order[j])] = dropped
            }
          }
        }
      }
      var w = first
      for i in first..<used where l[i] != dropped {
        m[w] = m[i]
        w += 1
      }
      UnsafeMutableBufferPointer(start: m + first, count: w - first).insertionSort { $0.spanKey < $1.spanKey }
      return w
    }
  }
}

/// Raw memory for one document's matches and the layer of each while
/// `PhraseMatcher.sentenceMatches` writes them; grown as needed, kept by a
/// worker from document to document (`Workspace`). Not shared between
/// threads.
final class MatchScratch {
  private(set) var matches: UnsafeMutablePointer<PhraseMatch>
  private(set) var layers: UnsafeMutablePointer<UInt8>
  private(set) var capacity: Int

  init(capacity: Int = 256) {
    self.capacity = capacity
    matches = .allocate(capacity: capacity)
    layers = .allocate(capacity: capacity)
  }

  /// Twice the room, the elements kept.
  func grow() {
    let bigger = capacity * 2
    let m = UnsafeMutablePointer<PhraseMatch>.allocate(capacity: bigger)
    m.moveInitialize(from: matches, count: capacity)
    matches.deallocate()
    matches = m
    let l = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
    l.moveInitialize(from: layers, count: capacity)
    layers.deallocate()
    layers = l
    capacity = bigger
  }

  deinit {
    matches.deallocate()
    layers.deallocate()
  }
}
