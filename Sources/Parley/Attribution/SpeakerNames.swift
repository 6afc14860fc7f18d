/// The speakers of one article with their names and aliases as bytes, not
/// strings: each is a range of the document's text or, for a name that is
/// not a plain slice of it (a common noun lowered because it starts a
/// sentence: `Analysts said` → `analysts`), of `extra`, a side buffer. The
/// compact record writes them straight from those bytes; the public
/// `Speaker`, with its strings, is made only when asked for
/// (`speaker(_:text:)`). Making and freeing the strings of every speaker
/// cost about 535 instructions a speaker on the bench corpus.
struct SpeakerNames: Sendable {
  /// The bytes of a name or alias: `start..<end` of the document's text,
  /// or of `extra` when `inExtra`.
  struct Bytes: Sendable, Equatable {
    var start: Int
    var end: Int
    var inExtra: Bool

    static let empty = Bytes(start: 0, end: 0, inExtra: false)

    var count: Int { end - start }
  }

  /// One speaker (`Speaker` without its strings and mentions).
  struct Person: Sendable {
    var kind: Speaker.Kind
    var name: Bytes
    /// Its aliases: `aliases[firstAlias..<endAlias]`, in `Speaker.aliases`
    /// order.
    var firstAlias: Int
    var endAlias: Int
  }

  /// In the attribution's order (`Statement.speaker` indexes them).
  var people: [Person] = []
  var aliases: [Bytes] = []
  /// The bytes of names that are not slices of the text.
  var extra: [UInt8] = []

  /// Empties the lists, keeping their storage (for the next document).
  /// (In one call each: a document's people and aliases, some 25 between
  /// them, cost more removed one by one, `removeAllKeepingStorage`.)
  mutating func removeAll() {
    if !people.isEmpty { people.removeAll(keepingCapacity: true) }
    if !aliases.isEmpty { aliases.removeAll(keepingCapacity: true) }
    if !extra.isEmpty { extra.removeAll(keepingCapacity: true) }
  }

  /// The bytes of `b`, given the document's text and `extra`.
  @inline(__always)
  static func bytes(_ b: Bytes, text: UnsafeBufferPointer<UInt8>, extra: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: (b.inExtra ? extra : text)[b.start..<b.end])
  }

  /// The text of `b` (`text` is the document's).
  func string(_ b: Bytes, text: [UInt8]) -> String {
    guard b.count > 0 else { return "" }
    return (b.inExtra ? extra : text).withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[b.start..<b.end]), as: UTF8.self)
    }
  }

  /// The public speaker `index`, without mentions (`text` is the
  /// document's).
  func speaker(_ index: Int, text: [UInt8]) -> Speaker {
    let p = people[index]
    var aliases: [String] = []
    if p.endAlias > p.firstAlias {
      aliases.reserveCapacity(p.endAlias - p.firstAlias)
      for a in p.firstAlias..<p.endAlias { aliases.append(string(self.aliases[a], text: text)) }
    }
    return Speaker(name: string(p.name, text: text), kind: p.kind, aliases: aliases, mentions: [])
  }

  /// Appends `speaker`, its name and aliases copied into `extra` (for rows
  /// made from public values).
  mutating func append(_ speaker: Speaker) {
    let name = appendExtra(speaker.name)
    let first = aliases.count
    for a in speaker.aliases { aliases.append(appendExtra(a)) }
    people.append(Person(kind: speaker.kind, name: name, firstAlias: first, endAlias: aliases.count))
  }

  /// `s`'s bytes appended to `extra`.
  private mutating func appendExtra(_ s: String) -> Bytes {
    let start = extra.count
    extra.append(contentsOf: s.utf8)
    return Bytes(start: start, end: extra.count, inExtra: true)
  }
}
