/// Alternation in a lexicon term: `(a|b|c)` stands for each of `a`, `b`
/// and `c` in turn, so one line writes every form of a phrase that varies
/// in a slot or two: `talks (could|may|might) (be held|take place)` is six
/// entries. An alternative may hold several tokens, or none: `make a
/// (real|big|) difference` is three entries, the last `make a difference`
/// (spaces are collapsed after the choice). Groups do not nest.
///
/// A line expands in reading order, the first group slowest: the entries
/// are the ones the written-out lines would be, in the same order, each
/// with the line's category, weight, note and line number.
enum TermAlternation {
  /// At most this many terms from one line: a bigger product is more
  /// likely a slip than a section (and each term costs start-up time).
  static let maximumTerms = 1_000

  /// What is wrong with a term's alternation, and the 0-based byte offset
  /// in the term of the character the problem is at.
  struct Failure: Error, Equatable {
    var message: String
    var offset: Int
  }

  /// Whether `term` uses alternation at all (holds `(`, `)` or `|`).
  static func uses(_ term: String) -> Bool {
    term.utf8.contains { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "|") }
  }

  /// The terms `term` stands for, spaces collapsed and trimmed, in reading
  /// order (first group slowest); duplicates are kept (the duplicate check
  /// reports them as it would written-out lines). Read and built as bytes
  /// (the built-in lexicons are parsed at every start).
  static func expand(_ term: String) -> Result<[String], Failure> {
    // The term as literal pieces and groups (each alternative a range of
    // the term's bytes), in order.
    enum Piece { case text(Range<Int>), group([Range<Int>]) }
    let bytes = Array(term.utf8)
    var pieces: [Piece] = []
    var from = 0
    var alternatives: [Range<Int>]? = nil
    var open = 0
    var product = 1
    // The three marks are ASCII, never part of a longer UTF-8 sequence, so
    // the bytes are read one by one and the text between kept as it is.
    for (offset, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "("):
        if alternatives != nil { return .failure(Failure(message: "groups do not nest: '(' inside a group", offset: offset)) }
        pieces.append(.text(from..<offset))
        alternatives = []
        open = offset
        from = offset + 1
      case UInt8(ascii: "|"):
        guard alternatives != nil else { return .failure(Failure(message: "'|' outside a group; write (a|b)", offset: offset)) }
        alternatives!.append(from..<offset)
        from = offset + 1
      case UInt8(ascii: ")"):
        guard var choices = alternatives else { return .failure(Failure(message: "')' without '('", offset: offset)) }
        choices.append(from..<offset)
        if choices.count < 2 { return .failure(Failure(message: "a group needs two or more alternatives separated by '|'", offset: open)) }
        product *= choices.count
        if product > maximumTerms { return .failure(Failure(message: "the line stands for more than \(maximumTerms) terms", offset: offset)) }
        pieces.append(.group(choices))
        alternatives = nil
        from = offset + 1
      default: break
      }
    }
    if alternatives != nil { return .failure(Failure(message: "'(' is never closed", offset: open)) }
    pieces.append(.text(from..<bytes.count))
    // Every choice of one alternative per group, the last group fastest:
    // the choice of each group counted like the digits of a number.
    let groups = pieces.compactMap { piece -> [Range<Int>]? in if case .group(let g) = piece { g } else { nil } }
    var choice = [Int](repeating: 0, count: groups.count)
    var terms: [String] = []
    terms.reserveCapacity(product)
    var out: [UInt8] = []
    while true {
      out.removeAll(keepingCapacity: true)
      var g = 0
      for piece in pieces {
        switch piece {
        case .text(let r): appendCollapsed(bytes[r], to: &out)
        case .group(let choices):
          appendCollapsed(bytes[choices[choice[g]]], to: &out)
          g += 1
        }
      }
      if out.last == UInt8(ascii: " ") { out.removeLast() }
      terms.append(String(decoding: out, as: UTF8.self))
      // The next choice: the last group fastest.
      var k = groups.count - 1
      while k >= 0 {
        choice[k] += 1
        if choice[k] < groups[k].count { break }
        choice[k] = 0
        k -= 1
      }
      if k < 0 { break }
    }
    return .success(terms)
  }

  /// Appends `piece` to `out` with runs of spaces made one and none at the
  /// start of `out`: what an empty alternative leaves (`make a  difference`)
  /// collapses as the term is built.
  private static func appendCollapsed(_ piece: ArraySlice<UInt8>, to out: inout [UInt8]) {
    for b in piece {
      if b == UInt8(ascii: " ") && (out.isEmpty || out.last == UInt8(ascii: " ")) { continue }
      out.append(b)
    }
  }
}
