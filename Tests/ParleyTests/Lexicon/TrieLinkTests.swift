import Testing

@testable import Parley

/// A walk learns what it needs of a node from the link that leads to it
/// (`TrieLink`: whether the node has entries, a filter of its children's
/// token ids) and a token id's root links, start layers and follow filter
/// from the id's `StartRecord`: on the built-in lexicons, every link and
/// record must agree with the tables they summarize.
@Suite struct TrieLinkTests {
  @Test func linksAndRecordsAgreeWithTheTables() throws {
    let t = try TestSupport.engine().matcher.tables
    #expect(StartRecord.checkLayout())
    #expect(Int(bitPattern: UnsafeRawPointer(t.records)) % 64 == 0)
    // Every edge: its child ids by parent, and every link by its node.
    var children: [Int32: [Int32]] = [:]
    var links: [Int32: TrieLink] = [:]
    var wrong = 0
    for s in 0...t.edgeMask where t.edges[s].key != EdgeTable.empty {
      let key = t.edges[s].key
      let parent = Int32(truncatingIfNeeded: key >> 32)
      let id = Int32(truncatingIfNeeded: key)
      let link = t.edges[s].link
      children[parent, default: []].append(id)
      if !link.exists || t.child(parent, id) != link { wrong += 1 }
      links[link.node] = link
    }
    for id in 0..<Int32(t.idCount) {
      let record = t.records[Int(id)]
      for layer in 0..<t.layers {
        let link = t.rootChild(id, layer: layer)
        let bit = UInt8(1) << UInt8(layer)
        if link.exists != (record.startLayers & bit != 0) { wrong += 1 }
        guard link.exists else { continue }
        if link.hasEntries != (record.entryLayers & bit != 0) { wrong += 1 }
        links[link.node] = link
        // The follow filter passes every child of a first node without
        // entries (else the dead-start drop would drop a live start).
        if !link.hasEntries {
          for child in children[link.node] ?? [] where !MatcherTables.mayHave(record.followFilter, child) { wrong += 1 }
        }
      }
    }
    #expect(links.count > 1_000)
    for (node, link) in links {
      if link.hasEntries != (t.nodeEntryStart[Int(node)] < t.nodeEntryStart[Int(node) + 1]) { wrong += 1 }
      let ids = children[node] ?? []
      if link.hasChildren != !ids.isEmpty { wrong += 1 }
      for id in ids where !link.mayHave(id) { wrong += 1 }
    }
    #expect(wrong == 0)
  }

  /// The record before the first id's (`records[-1]`) is empty, so that a
  /// token without an id (-1) reads as one with no start: no start or
  /// entry layer, no filter bit, every link `none` (in the tables built
  /// and in their copy, `deepCopy`).
  @Test func recordOfNoIDIsEmpty() throws {
    let matcher = try TestSupport.engine().matcher
    for t in [matcher.tables, matcher.tables.deepCopy()] {
      let none = t.records[-1]
      #expect(none.startLayers == 0 && none.entryLayers == 0 && none.followFilter == 0)
      #expect(t.startLayers(-1) == 0)
      for layer in 0..<t.layers { #expect(t.rootChild(-1, layer: layer) == .none) }
      let check = t.deadStartCheck(exact: -1, prefix: -1)
      #expect(check.needsNext == 0xFF && check.filter == 0)
      // A token with only a prefix id reads as that id alone.
      let starting = (0..<Int32(t.idCount)).first { t.startLayers($0) != 0 }!
      #expect(t.deadStartCheck(exact: -1, prefix: starting) == t.deadStartCheck(exact: starting, prefix: -1))
    }
  }

  /// A link keeps its node, flag and filter apart, and `none` is none.
  @Test func linkFields() {
    let link = TrieLink(node: (1 << 30) - 1, hasEntries: true, filter: TrieLink.filterBit(37) | TrieLink.filterBit(2))
    #expect(link.exists && link.node == (1 << 30) - 1 && link.hasEntries && link.hasChildren)
    #expect(link.mayHave(5) && link.mayHave(2) && !link.mayHave(3))
    let leaf = TrieLink(node: 0, hasEntries: false, filter: 0)
    #expect(leaf.exists && leaf.node == 0 && !leaf.hasEntries && !leaf.hasChildren)
    #expect(!TrieLink.none.exists && !TrieLink.none.hasChildren)
  }
}
