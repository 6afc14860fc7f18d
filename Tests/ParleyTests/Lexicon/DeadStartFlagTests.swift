import Testing

@testable import Parley

/// `PhraseMatcher.dropFlaggedDeadStarts` visits only the tokens whose start
/// layers carry the `checkNext` flag (`MatcherTables.flagged`, kept in the
/// word memo and `soloStarts`) and must leave the starts that
/// `dropDeadStarts` leaves, visiting every token: on seeded random
/// sequences of ids (exact, prefix, both or neither; ids with root edges
/// most of the time) of every length around the eight-token steps, and on
/// every repository text. Where no token has a prefix id, the drop that
/// leaves prefix ids unread (`prefixIDs: false`) leaves the same starts.
@Suite struct DeadStartFlagTests {
  /// The starts of `exact`/`prefix` before any is dropped.
  static func rawStarts(_ t: MatcherTables, exact: [Int32], prefix: [Int32]) -> [UInt8] {
    zip(exact, prefix).map { e, p in t.startLayers(e) | t.startLayers(p) }
  }

  static func check(_ t: MatcherTables, exact: [Int32], prefix: [Int32], _ label: @autoclosure () -> String) {
    let raw = rawStarts(t, exact: exact, prefix: prefix)
    var plain = raw
    var flagged = zip(raw.indices, raw).map { i, m in t.flagged(m, exact: exact[i], prefix: prefix[i]) }
    var unread = flagged
    // The flag is set exactly where a start may go.
    for i in raw.indices {
      let mayGo = raw[i] & t.deadStartCheck(exact: exact[i], prefix: prefix[i]).needsNext != 0
      #expect((flagged[i] & PhraseMatcher.checkNext != 0) == mayGo, "\(label()) token \(i)")
    }
    let ids = TokenIDs(exact: exact, prefix: prefix)
    ids.rows.withUnsafeBufferPointer { rows in
      plain.withUnsafeMutableBufferPointer { PhraseMatcher.dropDeadStarts(rows: rows, starts: $0, t) }
      flagged.withUnsafeMutableBufferPointer { PhraseMatcher.dropFlaggedDeadStarts(rows: rows, starts: $0, t) }
      if prefix.allSatisfy({ $0 < 0 }) {
        unread.withUnsafeMutableBufferPointer { PhraseMatcher.dropFlaggedDeadStarts(rows: rows, starts: $0, t, prefixIDs: false) }
      } else {
        unread = plain
      }
    }
    #expect(flagged == plain, "\(label())")
    #expect(unread == plain, "\(label()) (prefix ids unread)")
  }

  @Test func sameAsPlainDropOnRandomIDs() throws {
    let engine = try TestSupport.engine()
    let t = engine.matcher.tables
    // Ids that start a term in some layer, and the others.
    let starting = (0..<t.idCount).filter { t.startLayers(Int32($0)) != 0 }.map(Int32.init)
    #expect(starting.count > 100)
    var rng = SplitMix(seed: 0xDEAD5)
    func id() -> Int32 {
      switch rng.next() % 8 {
      case 0: return -1
      case 1: return Int32(rng.next() % UInt64(t.idCount))
      default: return starting[Int(rng.next() % UInt64(starting.count))]
      }
    }
    for round in 0..<4_000 {
      let n = Int(rng.next() % 40)
      let exact = (0..<n).map { _ in id() }
      // Every other round without prefix ids (as with lexicons that have
      // no prefix terms).
      let prefix = (0..<n).map { _ in round % 2 == 0 && rng.next() % 4 == 0 ? id() : -1 }
      Self.check(t, exact: exact, prefix: prefix, "round \(round)")
    }
  }

  @Test func sameAsPlainDropOnRepositoryTexts() throws {
    let engine = try TestSupport.engine()
    for (origin, text) in try TextInvariantTests.repositoryTexts() {
      let ids = engine.matcher.tokenIDs(engine.read(id: "t", text: text))
      Self.check(engine.matcher.tables, exact: Array(ids.exact), prefix: Array(ids.prefix), origin)
    }
  }
}
