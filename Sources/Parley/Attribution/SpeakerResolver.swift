/// Merges the mentions of one article into speakers.
///
/// In text order, each mention joins an earlier speaker or starts a new one:
/// - a person's name joins the speaker with the same surname (and first
///   name, when both are given): `Lina Moreau` ↔ `Ms. Moreau` ↔
///   `Moreau`; a single name joins a speaker whose name contains it;
/// - appositives join the phrase they describe (`Lina Moreau, the
///   government’s trade envoy`), and bring their head noun with them;
/// - a definite bare head noun (`the envoy`, `the ministry`, `the agency`)
///   joins the most recent speaker with that head noun;
/// - other phrases join a speaker with the same wording (`analysts`);
/// - pronouns join the most recent compatible speaker: `he`/`she` a person
///   (of that gender once known), `it` an organization or outlet, `they` a
///   group or organization, `one` a group.
/// The name is the fullest form: the longest personal name, else a proper
/// name, else the longest wording; aliases are the other mentions as
/// written, pronouns excepted.
/// What speaker resolution keeps from document to document in a worker's
/// `AttributionBuffers` (nothing in it outlives a document's result).
struct ResolverBuffers {
  /// The resolver of the last document, holding no document between
  /// documents (`SpeakerResolver.take`, `handBack`): kept, with its
  /// arrays, so that a resolver is not made and torn down per document
  /// (a copy of the document and of the mention lists, and a teardown
  /// that released some 25 references, most of them empty arrays, about
  /// 1,000 instructions a document).
  var resolver: SpeakerResolver? = nil
  /// `resolve(into:)`'s result, and `AttributionPass.finish`'s numbering
  /// of the entities with statements.
  var entityOf: [Int32] = []
  /// Room for `resolve`'s lists of appositives.
  var appositives: [Int32] = []
  var number: [Int32] = []
  var order: [Int] = []
  /// The last document's `Attribution.statements`, for its storage: handed
  /// back by the engine once it has read them (`Engine.analyze`).
  var statements: [Statement] = []
}

struct SpeakerResolver {
  /// A speaker being built. Its mentions are a list linked through
  /// `nextMention`, in the order attached (no array per entity, so an
  /// entity is a plain value); its head nouns are those of its mentions
  /// that are not pronouns.
  struct Entity {
    var kind: Speaker.Kind
    /// Tokens of the best proper name so far (set only by
    /// `setName(_:keys:)`, with its `nameKeys`: a name written alone would
    /// leave `find`'s filter stale).
    fileprivate(set) var name: Range<Int>?
    /// `SpeakerResolver.tokenKeys(_:_:_:)` of `name`, 0 for none: `find`
    /// skips an entity whose name shares no key with the mention's name
    /// (no word in common, so no match), without reading it.
    fileprivate(set) var nameKeys: UInt64 = 0
    /// The `coreKey(_:)` bits of the cores of its mentions that are not
    /// pronouns: `latestEntity(withCore:)` walks the mentions of an
    /// entity only where the core's bit is set.
    var coreKeys: UInt64 = 0
    var gender: Gender
    /// The gender was read from the text (a title, a given name, a role
    /// noun), not inferred from a pronoun that was resolved to it.
    var genderIsWritten = false
    /// The gender comes from a form of address or a gendered title
    /// (`Mention.genderIsTitled`): only another such may change it.
    var genderIsTitled = false
    /// First and last mention attached, or -1.
    var firstMention: Int32 = -1
    var lastMention: Int32 = -1
    /// Token index of the latest mention.
    var last: Int
    /// The kind is a guess from a single unknown name (`Putin said`); a
    /// pronoun may settle it.
    var kindIsGuess = false
    /// Made a person only because the name that started it has several
    /// capitalized words, with no title, role or known given name
    /// (`Veterans Affairs Canada`); `he` or `she` clears it. `it` or `the
    /// company` may still refer to it (`isGuessedBody`, which also asks
    /// that no other mention says person).
    var personIsGuess = false

    /// Makes mention `i`, starting at token `start`, the latest attached:
    /// its first too when it has none. (One write of the entity in
    /// `attach`, so one check of the entities' storage for sharing.)
    @inline(__always)
    mutating func add(mention i: Int32, at start: Int) {
      if lastMention < 0 { firstMention = i }
      lastMention = i
      last = max(last, start)
    }

    /// Makes `name` the entity's name; `keys` are its `tokenKeys`.
    mutating func setName(_ name: Range<Int>, keys: UInt64) {
      self.name = name
      nameKeys = keys
    }
  }

  /// How far, in tokens, the resolver's searches of the text reach from
  /// the mention they serve: a pronoun's antecedent, a fuller name, a
  /// body's noun or a title before a name. Longer than any news article,
  /// so it bounds only book-length texts, where every mention would
  /// otherwise search all the text before it and the time would grow
  /// with the square of the length.
  static let reach = 8_192

  /// (Variables, as the mention lists are, only so that a kept resolver
  /// can take them in and hand them back by moves: `take`, `handBack`.)
  private(set) var document: Document
  private(set) var facts: TokenFacts
  /// The tokens before a capitalized word with a lower-case part after
  /// its hyphen (`Park` of `Park Ji-hoon`), in text order: found once,
  /// when `surnameFirstName` first asks (most documents have none).
  private var beforeHyphenatedGivenNames: [Int32]? = nil
  /// For a one-word name's full name in long texts (`fullNameFromIndex`):
  /// each token after a capitalized token as the low half of a key whose
  /// high half is 32 bits of its `tokenHash`, sorted (so a token's
  /// namesakes are a run in text order).
  /// Built when a search would scan more than `fullNameIndexFrom` tokens;
  /// it finds the same names as the scan, which reads the tokens of the
  /// same length.
  private var afterCapitals: [UInt64]? = nil
  static let fullNameIndexFrom = 4_096
  private(set) var mentions: [Mention]
  /// Contents of pronoun sources' statements (`Mention.lastStatement`).
  private(set) var pronounStatements: [PronounStatement]
  private(set) var entities: [Entity] = []
  /// For every mention, the next mention of its entity, or -1.
  private(set) var nextMention: [Int32]
  /// For every mention, the one attached to its entity before it, or -1:
  /// the searches bounded by `reach` walk back from an entity's latest
  /// mention and stop at `mentionFloor`.
  private var previousMention: [Int32] = []
  /// While `resolve` runs, `reach` tokens before the mention it resolves:
  /// `forEachMention` reads no mention that starts earlier (mentions are
  /// attached in text order, so it stops at the first). `Int32.min`
  /// after. (Kept in 32 bits, next to `liveFloor`'s: token positions fit,
  /// and the resolver stays 256 bytes, the size its many copies are
  /// cheapest at.)
  private var mentionFloor: Int {
    get { Int(storedMentionFloor) }
    set { storedMentionFloor = Int32(clamping: newValue) }
  }
  /// Room for the alias ranges of one speaker, kept from speaker to speaker.
  private var aliasRanges: [Range<Int>] = []
  /// The entities whose latest mention is at or after `liveFloor`, in
  /// ascending order: the searches bounded by `reach` walk these, not
  /// every entity, so a book-length text costs in proportion to its
  /// length. In a text shorter than `reach` it holds every entity.
  private var live: [Int32] = []
  /// The token floor of the last pruning of `live` (`pruneLive(at:)`).
  private var liveFloor: Int {
    get { Int(storedLiveFloor) }
    set { storedLiveFloor = Int32(clamping: newValue) }
  }
  private var storedMentionFloor = Int32.min
  private var storedLiveFloor = Int32.min
  /// The union of the entities' `coreKeys`: a core whose bit is not here
  /// is no entity's (`latestEntity(withCore:before:)` answers at once).
  private var coreKeysOfAll: UInt64 = 0
  /// The union of the `nameKeys` every entity has had: a name sharing no
  /// bit with it shares no word with any entity's name, so
  /// `latestNamed(sharingWordsWith:keys:_:)` answers at once (most names
  /// are new ones).
  private(set) var nameKeysOfAll: UInt64 = 0
  /// Entities with a name, under the `tokenHash` of each word of every
  /// name they have had (`indexName(of:)`): built once a text has
  /// `nameIndexFrom` entities, so that the search for an earlier holder
  /// of a name (which reaches the whole text: a name is a name anywhere)
  /// reads only the entities sharing a word with it. Nil in shorter texts,
  /// where the walk over every entity is cheaper than any table.
  private var nameIndex: [UInt64: [Int32]]? = nil
  static let nameIndexFrom = 256
  /// A bit for the `tokenHash` of the token after each body's or outlet's
  /// noun that ends in a lower-case word (`the rock band Harbour Lights`),
  /// and of the one after that when the first is a comma or `of` (`its
  /// maker, Hoshizora`), and of the words of a name
  /// set off before such a noun (`Korvane Systems, a Finnish
  /// manufacturer,`), in 256 bits (`HashBits`): a name that `bodyNounBefore` or
  /// `bodyNameExtending` finds starts at one of them, so a name whose first
  /// token sets no bit here is found by neither (most are not). (64 bits,
  /// as `tokenKeys` has, fill up in a long article.)
  /// Not built (`HashBits.isBuilt`) until the first name asks
  /// (`mayFollowBodyNoun`). (Not an optional: its tag byte made the
  /// resolver 257 bytes, and each copy of it a longer `memcpy` than one of
  /// 256.)
  private var afterBodyNouns = HashBits()

  init(document: Document, facts: TokenFacts, mentions: [Mention], pronounStatements: [PronounStatement] = []) {
    self.document = document
    self.facts = facts
    self.mentions = mentions
    self.pronounStatements = pronounStatements
    self.nextMention = []
    nextMention.refillPrefix(with: -1, count: mentions.count)
    previousMention.refillPrefix(with: -1, count: mentions.count)
  }

  /// A resolver with no document, for `take` (`ResolverBuffers.resolver`).
  init() {
    self.init(document: Self.noDocument, facts: TokenFacts(), mentions: [])
  }

  /// An empty document, what a kept resolver holds between documents.
  private static let noDocument = Document(id: "", bytes: [], segmenter: Segmenter())

  /// Takes in `document`, its `facts` and the pass's mention lists by
  /// moves (each parameter is left with what the resolver held: a kept
  /// resolver's placeholders, see `handBack`), and turns the resolver to
  /// them: the same resolver as `init(document:facts:mentions:
  /// pronounStatements:)` makes, its arrays' storage kept.
  mutating func take(document: inout Document, facts: inout TokenFacts, mentions: inout [Mention], pronounStatements: inout [PronounStatement]) {
    swap(&self.document, &document)
    swap(&self.facts, &facts)
    swap(&self.mentions, &mentions)
    swap(&self.pronounStatements, &pronounStatements)
    // (Every other stored property as `init` leaves it; the optionals,
    // mostly nil already, tested first: an assignment released the old.)
    if beforeHyphenatedGivenNames != nil { beforeHyphenatedGivenNames = nil }
    if afterCapitals != nil { afterCapitals = nil }
    if !entities.isEmpty { entities.removeAll(keepingCapacity: true) }
    nextMention.refillPrefix(with: -1, count: self.mentions.count)
    previousMention.refillPrefix(with: -1, count: self.mentions.count)
    if !live.isEmpty { live.removeAll(keepingCapacity: true) }
    storedMentionFloor = .min
    storedLiveFloor = .min
    coreKeysOfAll = 0
    nameKeysOfAll = 0
    if nameIndex != nil { nameIndex = nil }
    afterBodyNouns = HashBits()
  }

  /// Hands back what `take` took in, the same arguments, by moves: the
  /// resolver holds its placeholders again, no document.
  mutating func handBack(document: inout Document, facts: inout TokenFacts, mentions: inout [Mention], pronounStatements: inout [PronounStatement]) {
    swap(&self.document, &document)
    swap(&self.facts, &facts)
    swap(&self.mentions, &mentions)
    swap(&self.pronounStatements, &pronounStatements)
  }

  /// A set of `tokenHash` values kept as 256 bits (a hash sets the bit of
  /// its low eight bits): a filter with no false "no".
  struct HashBits: Sendable {
    private var words = SIMD4<UInt64>(repeating: 0)

    mutating func insert(_ h: UInt64) { words[Int(h >> 6 & 3)] |= 1 &<< (h & 63) }
    func contains(_ h: UInt64) -> Bool { words[Int(h >> 6 & 3)] & (1 &<< (h & 63)) != 0 }

    /// Whether `markBuilt()` was called: the top bit of the last word,
    /// which a hash may set too (the bits are a filter, so a hash that
    /// reads it finds a false "yes", never a false "no").
    var isBuilt: Bool { words[3] >> 63 != 0 }
    mutating func markBuilt() { words[3] |= 1 &<< 63 }
  }

  /// `afterBodyNouns` of a document.
  static func keysAfterBodyNouns(_ document: Document, _ facts: TokenFacts) -> HashBits {
    document.tokens.withUnsafeBufferPointer { tokens in
      document.text.withUnsafeBufferPointer { text in
        facts.withView { view in
          var keys = HashBits()
          for s in view.speakerMatches where s.categories.isBody && s.end < tokens.count && !view.isCapitalized(s.end - 1) {
            // The token after the noun starts a name there (`the rock band
            // Harbour Lights`); the one after that only past a comma or
            // `of` (`nameRight(after:before:maxWords:)`: `the state
            // utility, Energía Austral`).
            let second = s.end + 1 < tokens.count && s.end < view.flags.count && (view.isComma(s.end) || view.word(s.end) == .nameConnector)
            forEachWordHash(of: s.end..<(second ? s.end + 2 : s.end + 1), tokens, text) { keys.insert($0) }
            // And each capitalized word of up to five before an appositive
            // ending in the noun (`Korvane Systems, a Finnish
            // manufacturer,`): `nameBefore(appositive:)` starts its name at
            // one of them.
            // (Most nouns are followed by none of what closes an
            // appositive, told by the row after them before the call:
            // `appositiveComma`'s first test asks for one of these.)
            guard s.end < view.flags.count else { continue }
            let next = view.flags[s.end]
            guard next.contains(.comma) || next.contains(.terminal) || next.word == .relative || next.word == .that || next.contains(.endsED),
              let k = facts.appositiveComma(before: s)
            else { continue }
            // (Over `of` or `for` between capitals too, as that reader
            // steps: `Bank of Korvane, a lender,` may start at `Bank`.)
            var b = k
            while b > 0, k - b < 5,
              view.isCapitalized(b - 1) && view.has(b - 1, .word)
                || (b >= 2 && b < k && view.word(b - 1) == .nameConnector && view.isCapitalized(b - 2) && view.has(b - 2, .word))
            {
              b -= 1
              forEachWordHash(of: b..<(b + 1), tokens, text) { keys.insert($0) }
            }
          }
          keys.markBuilt()
          return keys
        }
      }
    }
  }

  /// Whether the first token of `name` may start a name right after a
  /// body's noun (`afterBodyNouns`): false when neither `bodyNounBefore`
  /// nor `bodyNameExtending` can find one (1,812 calls a MB, none found).
  mutating func mayFollowBodyNoun(_ name: Range<Int>) -> Bool {
    if !afterBodyNouns.isBuilt { afterBodyNouns = Self.keysAfterBodyNouns(document, facts) }
    let keys = afterBodyNouns
    var found = false
    document.tokens.withUnsafeBufferPointer { tokens in
      document.text.withUnsafeBufferPointer { text in
        Self.forEachWordHash(of: name.lowerBound..<(name.lowerBound + 1), tokens, text) { h in
          if keys.contains(h) { found = true }
        }
      }
    }
    return found
  }

  /// Calls `body` with each mention of entity `e`, latest attached first,
  /// until it returns false or the mentions start before `mentionFloor`
  /// (never in a text shorter than `reach`: the walk is bounded only in
  /// book-length texts, where an entity may have thousands of mentions).
  @inline(__always)
  func forEachMention(of e: Int, _ body: (Int) -> Bool) {
    var i = Int(entities[e].lastMention)
    // (The floor is below 0 in a text shorter than `reach`: no mention is
    // read for it.)
    let bounded = mentionFloor > 0
    while i >= 0 {
      if bounded, mentions[i].tokens.lowerBound < mentionFloor { return }
      if !body(i) { return }
      i = Int(previousMention[i])
    }
  }

  /// Whether a mention of entity `e` satisfies `test`.
  @inline(__always)
  func anyMention(of e: Int, _ test: (Int) -> Bool) -> Bool {
    var found = false
    forEachMention(of: e) { i in
      if test(i) { found = true; return false }
      return true
    }
    return found
  }

  /// The entity of every mention (by mention index), -1 where none.
  mutating func resolve() -> [Int32] {
    var entityOf: [Int32] = []
    resolve(into: &entityOf)
    return entityOf
  }

  /// `resolve()` in the first `mentions.count` elements of `entityOf`
  /// (refilled, grown when shorter; a longer array, kept from a longer
  /// document, keeps its tail, which no reader of this document's
  /// mentions reaches).
  mutating func resolve(into entityOf: inout [Int32]) {
    var appositives: [Int32] = []
    resolve(into: &entityOf, appositives: &appositives)
  }

  /// `resolve(into:)` with `appositives` as room for its lists of
  /// appositives (kept by the caller from document to document, not in
  /// the resolver: the resolver stays 256 bytes, the size its copies into
  /// its readers are cheapest at).
  mutating func resolve(into entityOf: inout [Int32], appositives: inout [Int32]) {
    entityOf.refillPrefix(with: -1, count: mentions.count)
    defer { mentionFloor = .min }
    entities.reserveCapacity(mentions.count)  // at most one per mention
    // Appositives of each main mention, as linked lists: for mention i,
    // `appositives[2 * i]` is its first, `appositives[2 * i + 1]` the next
    // of its main's (one array for both), linked back to front in text
    // order.
    appositives.refillPrefix(with: -1, count: 2 * mentions.count)
    // Text order. Mentions are usually made in it already (strictly, so
    // that any sort would leave them as they are): then no array of it.
    // (Read in the same pass as the appositives, on the guess that the
    // mentions are in order; a pass that finds them out of order starts
    // again on their sorted order.)
    var inOrder = true
    for i in mentions.indices.reversed() {
      if i > 0, mentions[i - 1].tokens.lowerBound >= mentions[i].tokens.lowerBound {
        inOrder = false
        break
      }
      if let main = mentions[i].boundTo {
        appositives[2 * i + 1] = appositives[2 * main]
        appositives[2 * main] = Int32(i)
      }
    }
    let sorted = inOrder ? [] : mentions.indices.sorted { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }
    if !inOrder {
      appositives.refillPrefix(with: -1, count: 2 * mentions.count)
      for i in sorted.reversed() {
        if let main = mentions[i].boundTo {
          appositives[2 * i + 1] = appositives[2 * main]
          appositives[2 * main] = Int32(i)
        }
      }
    }
    for k in mentions.indices {
      let i = inOrder ? k : sorted[k]
      guard mentions[i].boundTo == nil else { continue }
      let m = mentions[i]
      pruneLive(at: m.tokens.lowerBound)
      mentionFloor = m.tokens.lowerBound - Self.reach
      if nameIndex == nil, entities.count >= Self.nameIndexFrom { buildNameIndex() }
      if m.pronoun != .none {
        var found = antecedent(of: i)
        // `The mandate passes to Desislava Mineva-Ivanova, whose party came
        // second. She told …`: a person of the pronoun's gender named in the
        // text after the latest mention of a speaker whose gender is not
        // known outranks that speaker, unless the pronoun's own statement
        // mentions that person (`Henry Moreno-Blake met Alan Whitcombe.
        // Whitcombe, he said, …`).
        if let a = found, entities[a].gender == .unknown, let latest = latestMention(of: a, before: m.tokens.lowerBound),
          let e = personFromText(i, after: latest.upperBound), !anyMention(of: e, { isInStatement(mentions[$0].tokens.lowerBound, of: m) })
        {
          found = e
        }
        if let e = found ?? personFromText(i) {
          entityOf[i] = Int32(e)
          attach(i, to: e)
          if entities[e].gender == .unknown, m.gender != .unknown { entities[e].gender = m.gender }
          if entities[e].kindIsGuess || (entities[e].personIsGuess && m.pronoun == .nonperson) {
            entities[e].kind = m.kind
            entities[e].kindIsGuess = false
          }
          entities[e].personIsGuess = false
        }
        continue
      }
      // The group: the mention, then its appositives (a linked list, no
      // array per mention). The member that names the referent decides.
      // (A name that ends its phrase names it before one that only says
      // whose a noun after it is: `Granma, the Communist Party newspaper,`
      // is Granma.)
      var named: Int? = nil
      var namedEndsPhrase = false
      var person: Int? = nil
      var g = i
      while g >= 0 {
        if mentions[g].name != nil {
          let endsPhrase = mentions[g].nameEndsPhrase
          if named == nil || (endsPhrase && !namedEndsPhrase) {
            named = g
            namedEndsPhrase = endsPhrase
          }
          if person == nil, mentions[g].kind == .person { person = g }
        }
        g = g == i ? Int(appositives[2 * i]) : Int(appositives[2 * g + 1])
      }
      let anchor = person ?? named ?? i
      let e: Int
      switch place(i, anchor: anchor) {
      case .existing(let x): e = x
      case .guessedBody(let x):
        entities[x].kind = .organization
        entities[x].personIsGuess = false
        e = x
      case .named(let name, let kind): e = newEntity(named: name, kind: kind, for: anchor)
      case .new(let keys): e = create(anchor, nameKeys: keys)
      }
      // `Eastbridge Rovers, a club in the second tier,`: a name read as a
      // person's only by its two capitalized words (no title, no given
      // name) is a body's when an appositive names a body.
      // (Not after a person's role: in `Devika Raman, the head of Ontario
      // Power, the utility,` the body is the role's.)
      var bodyAppositive = false
      var roleAppositive = false
      g = i
      while g >= 0 {
        entityOf[g] = Int32(e)
        attach(g, to: e)
        let a = mentions[g]
        if g != anchor, a.name == nil, a.head >= 0, a.kind == .person { roleAppositive = true }
        if g != anchor, !roleAppositive, a.name == nil, a.head >= 0, a.kind == .organization || a.kind == .media,
          !a.core.contains(where: { facts.speaker($0).map { !$0.categories.intersection([.role, .title]).isEmpty } ?? false })
        {
          bodyAppositive = true  // (not `the governor of Chile's central bank`)
        }
        g = g == i ? Int(appositives[2 * i]) : Int(appositives[2 * g + 1])
      }
      // So is one the text gives after a body's noun elsewhere (`the rock
      // band Harbour Lights`).
      if !bodyAppositive, entities[e].kind == .person, let name = mentions[anchor].name, name.count >= 2, !mentions[anchor].isTitled,
        mentions[anchor].gender == .unknown, !entities[e].genderIsWritten, mayFollowBodyNoun(name), bodyNounBefore(name)
      {
        bodyAppositive = true
      }
      // (Not a name that `who` follows: in `Mercy Chikoko-Phiri, who heads
      // the Election Support Network, a coalition of civic groups,` the
      // body is the one she heads.)
      if bodyAppositive, entities[e].kind == .person, !mentions[anchor].isTitled, mentions[anchor].gender == .unknown, !entities[e].genderIsWritten,
        !(mentions[anchor].name.map { isFollowedByWho($0) } ?? false)
      {
        entities[e].kind = .organization
      }
      // `The Indian airline said` after `Skyvista Airlines said`: a body's
      // noun that refers back settles a name read as a person's only by
      // its capitals.
      let a = mentions[anchor]
      if entities[e].kind == .person, entities[e].personIsGuess, !entities[e].genderIsWritten, a.name == nil, a.head >= 0, a.refersBack, a.kind == .organization {
        entities[e].kind = .organization
        entities[e].personIsGuess = false
      }
    }
  }

  // MARK: Matching

  /// Where `resolve` puts a group of mentions (main mention `i`, its
  /// appositives) whose anchor is mention `anchor`.
  private enum Placement {
    case existing(Int)
    /// An existing entity, a person only by guess, that a body's noun
    /// makes a body (`guessedBody`).
    case guessedBody(Int)
    /// A new entity with the name at a range of the text, of a kind.
    case named(Range<Int>, Speaker.Kind)
    /// A new entity; `nameKeys` are those of the anchor's name (0 for
    /// none), read for `find` and kept for `create`.
    case new(nameKeys: UInt64)
  }

  /// The readers in their order: an earlier speaker (`find`,
  /// `namedLater`, `roleNamedBefore`), a name in the text for a definite
  /// description (`documentMaker`, `textAntecedent`), a
  /// body guessed as a person (`guessedBody`), the person just before
  /// (`namedJustBefore`), else a new speaker. Non-mutating, so that the
  /// readers it calls take the resolver as it is, not each a copy of it
  /// (a call from a mutating method copied all of it, 257 bytes).
  private func place(_ i: Int, anchor: Int) -> Placement {
    // (The anchor's name keys, read once for `find` and `create`.)
    let keys = mentions[anchor].name.map { nameKeys($0) } ?? 0
    if let e = find(anchor, nameKeys: keys) ?? namedLater(i, name: anchor) ?? roleNamedBefore(anchor) ?? unnamedJustBefore(anchor) { return .existing(e) }
    if mentions[anchor].isDefinite, mentions[anchor].name == nil {
      if let e = documentMaker(of: anchor) { return .existing(e) }
      if let (name, kind) = textAntecedent(of: anchor) {
        if let e = latestEntity(named: name, kind: kind) { return .existing(e) }
        return .named(name, kind)
      }
    }
    if let e = guessedBody(anchor) { return .guessedBody(e) }
    if let e = namedJustBefore(anchor) { return .existing(e) }
    return .new(nameKeys: keys)
  }

  /// `nameKeys`: `nameKeys(_:)` of the mention's name, if it has one.
  private func find(_ i: Int, nameKeys: UInt64) -> Int? {
    let m = mentions[i]
    if let name = m.name {
      let personLike = m.kind == .person || (name.count == 1 && !facts.has(name.lowerBound, .allCaps) && m.head < 0)
      // The tokens and text through buffers taken once for all entities.
      // (The test reads the entity it is given, not `entities`: a closure
      // that captured the resolver copied it at every call.)
      let isBody = m.head >= 0
      let knownOutlet = m.kind == .media && name.count <= 2 && facts.speaker(name.lowerBound)?.start == name.lowerBound
      // `Azerbaijan’s Ministry of Defence` is not `Armenia’s Ministry of
      // Defence` before it: a body's name the text gives with another
      // owner is another body. (Nil when the name has no owner written.)
      let owner = isBody ? possessiveOwner(before: name, within: m.tokens) : nil
      let named = latestNamed(sharingWordsWith: name, keys: nameKeys) { entity, en, tokens, text, flags in
        if let owner, let other = Self.possessiveOwner(before: en.lowerBound, floor: 0, flags: flags), !Self.sameText(owner, other, tokens, text) { return false }
        if personLike, entity.kind == .person || en.count == 1, Self.samePerson(name, en, tokens, text) { return true }
        if Self.sameText(name, en, tokens, text) { return true }
        // `Hollister` after `Hollister Motors`, `Serra Dourada` after
        // `Serra Dourada Mineração`: a body's name by its first words
        // (not an outlet's: `China` is not `China Daily`; but `Xinhua`
        // after `the Xinhua News Agency` is, when the lexicon knows the
        // outlet by that word, as `create` names it).
        guard name.count < en.count, entity.kind == .organization || (knownOutlet && entity.kind == .media) else { return false }
        if Self.sameText(name, en.lowerBound..<(en.lowerBound + name.count), tokens, text) { return true }
        // `the Commission` after `the European Commission`, `the Home
        // Office` after `the British Home Office`: by its last words, when
        // they hold the body's noun.
        return isBody && Self.sameSuffix(name, of: en, tokens, text)
      }
      if let named { return named }
      if personLike { return nil }
      // `the R.S.F.` after `the Rapid Support Forces`: an abbreviation
      // spelled by the initials of a body's name.
      if name.count == 1, let e = bodyAbbreviated(by: name.lowerBound) { return e }
      // `The WSV said` after `the Federal Waterways and Shipping
      // Administration, known as the WSV, said`: the body the text set the
      // acronym after, when it has spoken (its letters need not be the
      // initials: `DSI` for `State Hydraulic Works`).
      if name.count == 1, m.head < 0, !m.isTitled, facts.has(name.lowerBound, .allCaps),
        let full = introducedAcronym(name.lowerBound, before: m.tokens.lowerBound),
        let e = latestEntity(named: full, kind: .organization), entities[e].kind != .person
      {
        return e
      }
    }
    // (A noun of several words keeps them: `the foreign minister` is not
    // `the housing minister` before it.)
    if m.isDefinite, m.isBareHead, m.head >= 0,
      let e = mostRecent(before: i, { e in anyMention(of: e) { j in mentions[j].pronoun == .none && mentions[j].head == m.head && hasWords(of: m.core.dropLast(), in: mentions[j].core) } })
    {
      return e
    }
    if let e = latestEntity(withCore: m.core, before: m.tokens.lowerBound) { return e }
    // `the former skier` after `a former alpine skier who won …`: a
    // definite noun phrase refers back to a longer mention whose noun
    // (before any relative clause or preposition) is the same and that
    // holds its other words (`the foreign minister` is not `the housing
    // minister`).
    if m.isDefinite, m.name == nil, m.pronoun == .none, (2...3).contains(m.core.count),
      let e = mostRecent(before: i, { e in
        anyMention(of: e) { j in
          guard mentions[j].pronoun == .none else { return false }
          var c = mentions[j].core
          // (Its noun comes before a preposition: `a spokeswoman for the
          // Peruvian army` is no army.)
          if let r = c.dropFirst().first(where: { facts.word($0) == .relative || facts.word($0) == .that || facts.word($0).isPreposition }) { c = c.lowerBound..<r }
          return c.count > m.core.count && sameToken(c.upperBound - 1, m.core.upperBound - 1) && hasWords(of: m.core.dropLast(), in: c)
        }
      })
    {
      return e
    }
    // `the group`, `the movement` with no earlier mention of its own: the
    // latest named organization (`Hamas said …; the group added …`).
    // (An outlet's noun refers back to an outlet; a body's to a body
    // first, to an outlet only when no body has spoken: `the utility` is
    // not the newspaper that reported on it, `the agency` may be Tass.)
    // (The modifiers are read only for such a noun: most mentions are not.)
    let refersBack = m.isDefinite && m.refersBack && m.head >= 0
    let described = refersBack && !m.isBareHead && hasDescriptiveModifiersOnly(m)
    if refersBack, m.isBareHead || described || hasPlainModifiersOnly(m) {
      // (With modifiers, one of them must be a word of the body's name:
      // `the federal housing agency` after `the Canada Mortgage and
      // Housing Corporation`; `the paramilitary group` is no ministry.
      // Or the name ends in the noun itself: `the Indian airline` after
      // `Skyvista Airlines`, `the private museum` after `Harrowgate
      // Museum`, where the modifiers describe the body named. Capitalized
      // modifiers alone say where the body is from, as the bare noun
      // would refer back: `the Swiss drugmaker` after `Novartis said`.)
      let headToken = m.core.upperBound - 1
      let modified = !m.isBareHead && !(described && m.core.dropLast().allSatisfy { facts.isCapitalized($0) })
      let named: (Int, Speaker.Kind) -> Bool = { e, kind in
        entities[e].kind == kind && isProper(e) && anyMention(of: e) { mentions[$0].isSource }
          && (!modified
            || entities[e].name.map { name in
              m.core.dropLast().contains { w in name.contains { sameToken(w, $0) } } || (name.count >= 2 && isNounOrPlural(name.upperBound - 1, of: headToken))
            } ?? false)
      }
      // A body the text has already called by another such noun is not
      // this one while another body fits: `the agency` after `the Food
      // and Drug Administration said …; The company, Arlington Generics,
      // said …` is the administration.
      let calledOtherwise: (Int) -> Bool = { e in
        anyMention(of: e) { mentions[$0].refersBack && mentions[$0].head >= 0 && mentions[$0].head != m.head }
      }
      if m.kind != .media,
        let e = mostRecent(before: i, { named($0, .organization) && !calledOtherwise($0) }) ?? mostRecent(before: i, { named($0, .organization) })
      {
        return e
      }
      if let e = mostRecent(before: i, { named($0, .media) }) { return e }
    }
    // `the chamber’s president` after `Itzel Carrillo, the president of the
    // Panamanian Chamber of Maritime Commerce`: a role whose owner is a
    // lower-case noun refers back to a mention with the same noun that
    // names the owner.
    if m.isDefinite, m.head >= 0, m.kind == .person, m.name == nil, let e = ownedRoleAntecedent(i) { return e }
    // `the general` after `Gen. Théo Kabuya`: a definite role noun that the
    // title of a named person abbreviates (or spells out).
    // (Several words, each a word of the title: `the deputy inspector
    // general` after `Deputy Inspector General Ruwan Jayasekara`.)
    if m.isDefinite, m.head >= 0, m.kind == .person, m.name == nil, m.isBareHead || m.core.count <= 4,
      let e = mostRecent(before: i, { e in
        entities[e].kind == .person && entities[e].name != nil
          && anyMention(of: e) { j in
            m.isBareHead ? hasTitle(mentions[j], abbreviating: m.core.lowerBound) : hasTitle(mentions[j], abbreviatingEach: m.core)
          }
      })
    {
      return e
    }
    // `the commander` after `Gen. Karolina Nowak, who commands the
    // battle group,`: the verb of a relative clause right after a named
    // person's mention opens the role noun (`commands`, `leads`, `heads`,
    // `directs`, `presides`).
    if m.isDefinite, m.head >= 0, m.kind == .person, m.name == nil,
      let e = mostRecent(before: i, { e in
        entities[e].kind == .person && entities[e].name != nil
          && anyMention(of: e) { j in mentions[j].pronoun == .none && relativeVerb(after: mentions[j], opens: m.core.upperBound - 1) }
      })
    {
      return e
    }
    // `the premier` after `Prime Minister Domingos Cabral`, `the electoral
    // chief` after `the head of the electoral tribunal`: a role that
    // speakers.tsv gives as the same office (`same as`).
    if m.isDefinite, m.office >= 0, m.kind == .person, m.name == nil,
      let e = mostRecent(before: i, { e in
        entities[e].kind == .person && anyMention(of: e) { j in mentions[j].pronoun == .none && (mentions[j].office == m.office || hasTitle(mentions[j], office: m.office)) }
      })
    {
      return e
    }
    // A definite role without its owner takes an earlier mention that ends
    // in the same words: `the bloc's foreign policy chief`, then `the
    // foreign policy chief`. Its head must be the same noun: `a
    // spokeswoman for the Peruvian army` ends in `Peruvian army` but is
    // not the army.
    if m.isDefinite, m.name == nil, m.head >= 0 {
      let floor = m.tokens.lowerBound - Self.reach
      for k in live.indices.reversed() {
        let e = Int(live[k])
        guard entities[e].last >= floor else { continue }
        if anyMention(of: e, { mentions[$0].pronoun == .none && mentions[$0].head == m.head && endsWithText(mentions[$0].core, m.core) }) { return e }
      }
    }
    return nil
  }

  /// For `find`: the latest person with a mention (no pronoun) of the
  /// same noun as mention `i` (`the chamber’s president`: its core a
  /// lower-case owner, the possessive and the noun) whose core holds the
  /// owner's word (`the president of the Panamanian Chamber …`).
  private func ownedRoleAntecedent(_ i: Int) -> Int? {
    let m = mentions[i]
    let noun = m.core.upperBound - 1
    guard m.core.count >= 3, facts.has(noun - 1, .possessive), !facts.has(noun - 1, .word) else { return nil }
    let owners = m.core.lowerBound..<(noun - 1)
    guard owners.allSatisfy({ facts.has($0, .word) && !facts.isCapitalized($0) && facts.word($0) == .none }) else { return nil }
    return mostRecent(before: i) { e in
      entities[e].kind == .person
        && anyMention(of: e) { j in
          mentions[j].pronoun == .none && mentions[j].head == m.head && j != i
            && owners.allSatisfy { w in mentions[j].core.contains { $0 != w && sameToken($0, w) } }
        }
    }
  }

  /// Whether the words before the noun of mention `m` are one or two
  /// plain modifiers or capitalized words that describe a body without
  /// naming it (`the Indian airline`, `the South Korean carmaker`, `the
  /// Swiss low-cost airline`): no possessive, no word that opens the
  /// sentence, no name of a speaker, and the noun in lower case (`the
  /// World Health Organization` is a name).
  func hasDescriptiveModifiersOnly(_ m: Mention) -> Bool {
    let noun = m.core.upperBound - 1
    guard m.name == nil, m.core.count >= 2, m.core.count <= 3, !facts.isCapitalized(noun), facts.speaker(noun) != nil else { return false }
    return m.core.dropLast().allSatisfy { w in
      guard facts.has(w, .word), !facts.has(w, .possessive), facts.speaker(w) == nil else { return false }
      if facts.isPlainModifier(w) { return true }
      return facts.isCapitalized(w) && !facts.has(w, .sentenceStart) && facts.word(w) == .none
    }
  }

  /// `the federal housing agency`: a mention whose core is its noun after
  /// at most three plain lower-case words (no name, no owner, no other
  /// speaker noun), so it refers back as the bare noun does.
  private func hasPlainModifiersOnly(_ m: Mention) -> Bool {
    guard m.core.count >= 2, m.core.count <= 4, facts.speaker(m.core.upperBound - 1) != nil else { return false }
    return m.core.dropLast().allSatisfy { facts.isPlainModifier($0) && !facts.has($0, .possessive) }
  }

  /// The latest entity whose name shares a word with `name` (by
  /// `tokenKeys`: every test of two names here needs a word in common, so
  /// most entities fail on their keys alone) and passes `test` (the
  /// entity, its name, the document's tokens, text and token flags).
  @inline(__always)
  func latestNamed(
    sharingWordsWith name: Range<Int>,
    _ test: (Entity, Range<Int>, UnsafeBufferPointer<Token>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<TokenFacts.Flags>) -> Bool
  ) -> Int? {
    latestNamed(sharingWordsWith: name, keys: nameKeys(name), test)
  }

  /// `latestNamed(sharingWordsWith:_:)` given `keys`, the name's
  /// `nameKeys(_:)`.
  @inline(__always)
  func latestNamed(
    sharingWordsWith name: Range<Int>,
    keys: UInt64,
    _ test: (Entity, Range<Int>, UnsafeBufferPointer<Token>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<TokenFacts.Flags>) -> Bool
  ) -> Int? {
    // (No entity's name has a word of this one: most names are new.)
    guard nameKeysOfAll & keys != 0 else { return nil }
    return document.tokens.withUnsafeBufferPointer { tokens in
      document.text.withUnsafeBufferPointer { text -> Int? in
        facts.flags.withUnsafeBufferPointer { flags -> Int? in
          func check(_ e: Int) -> Bool {
            guard entities[e].nameKeys & keys != 0, let en = entities[e].name else { return false }
            return test(entities[e], en, tokens, text, flags)
          }
          guard let nameIndex else {
            for e in entities.indices.reversed() where check(e) { return e }
            return nil
          }
          // The entities under the name's words, latest first, each once.
          var candidates: [Int32] = []
          Self.forEachWordHash(of: name, tokens, text) { candidates += nameIndex[$0] ?? [] }
          candidates.sort(by: >)
          var previous: Int32 = -1
          for e in candidates where e != previous {
            previous = e
            if check(Int(e)) { return Int(e) }
          }
          return nil
        }
      }
    }
  }

  /// Builds `nameIndex` from the entities so far.
  private mutating func buildNameIndex() {
    nameIndex = [:]
    for e in entities.indices { indexName(of: e) }
  }

  /// Files entity `e` in `nameIndex` (when built) under the words of its
  /// current name. (A name replaced by a longer one stays filed under its
  /// old words too: candidates are checked against the current name.)
  @inline(__always)
  private mutating func indexName(of e: Int) {
    guard nameIndex != nil else { return }
    fileName(of: e)
  }

  /// `indexName(of:)` once the index is built.
  @inline(never)
  private mutating func fileName(of e: Int) {
    guard let name = entities[e].name else { return }
    document.tokens.withUnsafeBufferPointer { tokens in
      document.text.withUnsafeBufferPointer { text in
        Self.forEachWordHash(of: name, tokens, text) { h in
          if nameIndex![h, default: []].last != Int32(e) { nameIndex![h, default: []].append(Int32(e)) }
        }
      }
    }
  }

  /// Calls `body` with the `tokenHash` of each token of `r`, and of its
  /// surname after a particle (`tokenKeys` sets a bit for each).
  static func forEachWordHash(of r: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ text: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
    for t in r {
      let x = tokens[t]
      body(tokenHash(x, text))
      if let tail = particleTail(of: x, text) {
        body(tokenHash(tail, text))
      }
    }
  }

  /// The latest body or group whose name of two words or more has the
  /// letters of token `t` as its initials (`R.S.F.` or `RSF` for `Rapid
  /// Support Forces`; lower-case words such as `of` and `and` skipped;
  /// `MPA` for the `Maritime and Port Authority of Singapore`: the
  /// initials the text's own readers take, `initials(from:through:spell:)`).
  private func bodyAbbreviated(by t: Int) -> Int? {
    let letters = document.tokens.withUnsafeBufferPointer { tokens in
      document.text.withUnsafeBufferPointer { text in Self.abbreviationLetters(tokens[t], text) }
    }
    guard let letters else { return nil }
    for e in entities.indices.reversed() where entities[e].kind != .person {
      guard let en = entities[e].name, en.count >= 2 else { continue }
      if initials(from: en.lowerBound, through: en.upperBound - 1, spell: letters) != nil { return e }
    }
    return nil
  }

  /// The capital letters of a token that is an abbreviation of two to six
  /// letters, all capitals, with or without periods (`RSF`, `R.S.F.`), or
  /// nil.
  /// (The bytes are read first with no array: most tokens asked about are
  /// names, not abbreviations, and an array made for them cost an
  /// allocation and its release.)
  static func abbreviationLetters(_ x: Token, _ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var count = 0
    for p in Int(x.start)..<Int(x.end) {
      let b = text[p]
      if b &- 65 < 26 {
        count += 1
      } else if b != UInt8(ascii: ".") {
        return nil
      }
    }
    guard (2...6).contains(count) else { return nil }
    return text[Int(x.start)..<Int(x.end)].filter { $0 != UInt8(ascii: ".") }
  }

  /// `The company said` after `Nordvik Shipping said`, when no body is
  /// named before: the latest speaker read as a person only because its
  /// name has several capitalized words (`isGuessedBody`) is that body
  /// (`resolve` makes it one).
  /// (Inlined: the test of the mention, which most fail, runs without a
  /// call.)
  @inline(__always)
  private func guessedBody(_ i: Int) -> Int? {
    let m = mentions[i]
    guard m.isDefinite, m.isBareHead, m.refersBack, m.head >= 0, m.kind == .organization else { return nil }
    return guessedBody(bodyNoun: i)
  }

  /// `guessedBody` for a definite bare body's noun that refers back.
  @inline(never)
  private func guessedBody(bodyNoun i: Int) -> Int? {
    mostRecent(before: i, { isGuessedBody($0, minWords: 2) })
  }

  /// Whether entity `e` is a person only by the guess from its name of at
  /// least `minWords` words: it has spoken, and no mention of it has a
  /// title, a role noun or a given name.
  private func isGuessedBody(_ e: Int, minWords: Int) -> Bool {
    entities[e].personIsGuess && (entities[e].name?.count ?? 0) >= minWords && anyMention(of: e) { mentions[$0].isSource }
      && !anyMention(of: e) { j in mentions[j].pronoun == .none && (mentions[j].isTitled || mentions[j].head >= 0 || mentions[j].gender != .unknown) }
  }

  /// `The official, Thabo Mokgatle, said` after `A senior official in the
  /// treasury said`, `The association, Romano Drom, said` after `A Roma
  /// community association said`: a definite role or body noun whose
  /// appositive `name` names it (and matches no one so far) names the
  /// latest unnamed person, or body, with that noun.
  /// (Inlined: the test of the mention, which most fail, runs without a
  /// call.)
  @inline(__always)
  private func namedLater(_ i: Int, name: Int) -> Int? {
    let m = mentions[i]
    guard name != i, m.isDefinite, m.head >= 0, m.name == nil else { return nil }
    return namedLater(unnamedHead: i, name: name)
  }

  /// `namedLater` for a definite unnamed mention with a head noun.
  @inline(never)
  private func namedLater(unnamedHead i: Int, name: Int) -> Int? {
    let m = mentions[i]
    let isBody: (Speaker.Kind) -> Bool = { $0 == .organization || $0 == .media }
    let person = m.kind == .person
    // (A name of two capitalized words with no title and no given name,
    // `Meridian Ratings`, reads as a person's only by that guess.)
    let n = mentions[name]
    let nameMayBeBody = isBody(n.kind) || (n.kind == .person && !n.isTitled && n.gender == .unknown)
    guard person ? n.kind == .person : isBody(m.kind) && nameMayBeBody else { return nil }
    // (The same head noun, and the same words when there are more:
    // `UEFA's general secretary`, then `The general secretary, Mathieu
    // Ravoisier`.)
    return mostRecent(before: i) { e in
      (person ? entities[e].kind == .person : isBody(entities[e].kind)) && entities[e].name == nil && anyMention(of: e) { j in
        mentions[j].pronoun == .none
          && ((mentions[j].head == m.head && (m.isBareHead || sameText(mentions[j].core, m.core) || endsWithText(mentions[j].core, m.core) || ownerNamedIn(m, mentions[j].core)))
            || (m.office >= 0 && mentions[j].office == m.office))
      }
    }
  }

  /// `Ciarán Moynihan, who has been housing minister since 2022,` (or `,
  /// the housing minister,`) after `The housing minister insisted …`: a
  /// new person's name with its role set right after it (`roleAfter`)
  /// names the latest person the text has called by that role with no
  /// name (the same head noun or office, each of whose other words is in
  /// the role's phrase: not `the foreign minister` for `the housing
  /// minister`). News introduces an official by role and names them later.
  /// (Inlined: the test of the mention, which most fail, runs without a
  /// call.)
  @inline(__always)
  private func roleNamedBefore(_ a: Int) -> Int? {
    guard mentions[a].kind == .person, mentions[a].name != nil else { return nil }
    return roleNamedBefore(namedPerson: a)
  }

  /// `roleNamedBefore` for a person's name.
  @inline(never)
  private func roleNamedBefore(namedPerson a: Int) -> Int? {
    let n = mentions[a]
    // (Only a live person with no name can be found: with none, the role
    // after the name is not read. Most texts have none at most names.)
    guard n.kind == .person, let name = n.name, hasUnnamedPerson(), let (role, phrase) = roleAfter(name: name) else { return nil }
    return mostRecent(before: a) { e in
      entities[e].kind == .person && entities[e].name == nil && anyMention(of: e) { j in
        let m = mentions[j]
        guard m.pronoun == .none, m.head >= 0, m.head == role.head || (role.office >= 0 && m.office == role.office) else { return false }
        // (Its other words: `housing` of `The housing minister`.)
        return hasWords(of: m.core.dropLast(), in: phrase)
      }
    }
  }

  /// `The head of the body overseeing the handover, a retired Norwegian
  /// general, said … “The will is there,” Lars-Erik Haugland Moen told
  /// reporters`: a person's full name that a source brings in with no
  /// role, title of office or description of its own names the person
  /// the same paragraph has just quoted by role alone. News introduces
  /// a new voice with who they are; a bare name is someone already met.
  /// The role must be the latest person or group met, with no name, of a
  /// gender the name allows.
  /// (Inlined: the test of the mention, which most fail, runs without a
  /// call.)
  @inline(__always)
  private func unnamedJustBefore(_ a: Int) -> Int? {
    let n = mentions[a]
    guard n.isSource, n.kind == .person, n.head < 0, let name = n.name, name.count >= 2, n.pronoun == .none else { return nil }
    return unnamedJustBefore(barePerson: a)
  }

  /// `unnamedJustBefore` for a person's bare full name as a source.
  @inline(never)
  private func unnamedJustBefore(barePerson a: Int) -> Int? {
    let n = mentions[a]
    guard hasUnnamedPerson(), let name = n.name, !isFollowedByWho(name), !mentions.contains(where: { $0.boundTo == a }),
      let e = mostRecent(before: a, { entities[$0].kind == .person || entities[$0].kind == .group }),
      entities[e].kind == .person, entities[e].name == nil, n.gender == .unknown || entities[e].gender == .unknown || n.gender == entities[e].gender,
      anyMention(of: e, { mentions[$0].isSource && mentions[$0].head >= 0 }),
      let at = latestMention(of: e, before: n.tokens.lowerBound)
    else { return nil }
    return paragraph(of: at.lowerBound) == paragraph(of: n.tokens.lowerBound) ? e : nil
  }

  /// Whether some entity in `live` is a person with no name: the only
  /// ones `roleNamedBefore` can return (`mostRecent` reads no other).
  @inline(__always)
  private func hasUnnamedPerson() -> Bool {
    for k in live.indices {
      let e = Int(live[k])
      if entities[e].kind == .person, entities[e].name == nil { return true }
    }
    return false
  }

  /// Whether each token of `words` reads as some token of `range`.
  func hasWords(of words: Range<Int>, in range: Range<Int>) -> Bool {
    words.allSatisfy { w in range.contains { sameToken($0, w) } }
  }

  /// `The unit’s head, Mats Lindqvist-Öberg,` after `the head of the
  /// regional police’s serious crime unit`: the word before the possessive
  /// of mention `m` (its owner's noun, lower-case) is a word of `core`.
  func ownerNamedIn(_ m: Mention, _ core: Range<Int>) -> Bool {
    guard let p = m.tokens.first(where: { facts.has($0, .possessive) }), p > m.tokens.lowerBound else { return false }
    let owner = facts.has(p - 1, .word) ? p - 1 : p
    guard facts.has(owner, .word), !facts.isCapitalized(owner) else { return false }
    return core.contains { $0 != owner && sameToken($0, owner) }
  }

  /// Whether entity `e` is a body with a proper name: a name, an outlet
  /// the lexicon knows by its name alone (`Tass`: a capitalized one-word
  /// entry that opens a mention), or a generic noun that refers back
  /// (speakers.tsv `anaphor`) named by the capitalized word before it
  /// (`the Houthi movement`, `the Wagner group`). A capitalized modifier of
  /// another noun is not enough: `Switzerland's foreign ministry` or
  /// `Russian state television` is not what a later `the group` or `the
  /// agency` refers to.
  func isProper(_ e: Int) -> Bool {
    if entities[e].name != nil { return true }
    return anyMention(of: e) { i in
      let m = mentions[i]
      let first = m.core.lowerBound
      guard m.pronoun == .none, !m.core.isEmpty else { return false }
      if m.refersBack, m.core.count == 2, facts.isCapitalized(first), !facts.has(first, .possessive), !facts.has(first, .sentenceStart) || first > m.tokens.lowerBound {
        return true
      }
      guard entities[e].kind == .media, let s = facts.speaker(first) else { return false }
      return s.start == first && s.end == first + 1 && s.categories.contains(.media) && facts.isCapitalized(first)
    }
  }

  /// The latest entity with a mention, not a pronoun, whose core reads as
  /// `core`, among those met within `reach` of token `position`. The
  /// mentions are read in place through a buffer (a closure reading
  /// `mentions[i]` copied the whole mention each time), and their texts
  /// compared only for the same token count.
  /// (Inlined, the walk not: most cores' bits are no entity's, answered
  /// with no call.)
  @inline(__always)
  func latestEntity(withCore core: Range<Int>, before position: Int) -> Int? {
    guard !core.isEmpty else { return nil }
    let key = coreKey(core)
    // (Most cores' bits are no entity's: no walk then.)
    guard coreKeysOfAll & key != 0 else { return nil }
    return latestEntity(withCore: core, key: key, before: position)
  }

  /// `latestEntity(withCore:before:)` past its filter: `key` is the
  /// core's `coreKey`.
  @inline(never)
  private func latestEntity(withCore core: Range<Int>, key: UInt64, before position: Int) -> Int? {
    let floor = position - Self.reach
    return mentions.withUnsafeBufferPointer { ms -> Int? in
      nextMention.withUnsafeBufferPointer { next -> Int? in
        for k in live.indices.reversed() {
          let e = Int(live[k])
          guard entities[e].coreKeys & key != 0, entities[e].last >= floor else { continue }
          var j = Int(entities[e].firstMention)
          while j >= 0 {
            if ms[j].core.count == core.count, ms[j].pronoun == .none, sameText(ms[j].core, core) { return e }
            j = Int(next[j])
          }
        }
        return nil
      }
    }
  }

  /// The last `b.count` tokens of `a`, a longer range, read as `b`.
  /// Whether mention `m` has a title before its name that is, or
  /// abbreviates, the word at token `word` (`Gen.` for `general`, `Sen.`
  /// for `senator`, `Dr.` for `doctor`).
  func hasTitle(_ m: Mention, abbreviating word: Int) -> Bool {
    guard m.isTitled, let name = m.name else { return false }
    var t = m.core.lowerBound
    while t < name.lowerBound {
      // (A form of address tells a gender and abbreviates no office:
      // `Mr.` is not `minister`.)
      // (Any word of a title: `Gen.` in `Lt. Gen.`, `Adm.` in `Vice Adm.`.)
      if let s = facts.speaker(t), s.categories.contains(.title), abbreviates(t, word), s.gender == .unknown || sameToken(t, word) { return true }
      t += 1
    }
    return false
  }

  /// Whether mention `m` has a title word for every word of `words`
  /// (`hasTitle(_:abbreviating:)`). (A loop: `allSatisfy` with a closure
  /// copied the whole resolver for each call.)
  func hasTitle(_ m: Mention, abbreviatingEach words: Range<Int>) -> Bool {
    for w in words where !hasTitle(m, abbreviating: w) { return false }
    return true
  }

  /// Whether `, who VERB` follows mention `m` and the verb's stem (without
  /// its `s`, and a final `e`) of four letters or more opens token
  /// `role`: `commands` → `commander`, `presides` → `president`.
  func relativeVerb(after m: Mention, opens role: Int) -> Bool {
    let u = m.tokens.upperBound
    guard u + 2 < document.tokens.count, facts.isComma(u), facts.word(u + 1) == .relative, !facts.isCapitalized(u + 2) else { return false }
    let verb = document.tokens[u + 2]
    let text = document.text
    var end = Int(verb.end)
    guard end - Int(verb.start) >= 5, text[end - 1] == UInt8(ascii: "s") else { return false }
    end -= 1
    if text[end - 1] == UInt8(ascii: "e") { end -= 1 }
    let stem = end - Int(verb.start)
    let r = document.tokens[role]
    guard stem >= 4, r.length >= stem else { return false }
    for k in 0..<stem where asciiLower(text[Int(verb.start) + k]) != asciiLower(text[Int(r.start) + k]) { return false }
    return true
  }

  /// Whether mention `m` has a title before its name that names office
  /// `office` (`Prime Minister` for `the premier`).
  func hasTitle(_ m: Mention, office: Int32) -> Bool {
    guard m.isTitled, let name = m.name else { return false }
    for t in m.core.lowerBound..<name.lowerBound {
      if let s = facts.speaker(t), s.start == t, s.categories.contains(.title), s.office == office { return true }
    }
    return false
  }

  /// Whether the letters of token `short` (without a final period) are
  /// those of token `word` in order, starting with its first letter,
  /// ignoring case.
  func abbreviates(_ short: Int, _ word: Int) -> Bool {
    let a = document.tokens[short]
    let b = document.tokens[word]
    let text = document.text
    var aEnd = Int(a.end)
    if aEnd > Int(a.start), text[aEnd - 1] == UInt8(ascii: ".") { aEnd -= 1 }
    guard aEnd - Int(a.start) >= 2, asciiLower(text[Int(a.start)]) == asciiLower(text[Int(b.start)]) else { return false }
    var q = Int(b.start)
    for p in Int(a.start)..<aEnd {
      let c = asciiLower(text[p])
      while q < Int(b.end), asciiLower(text[q]) != c { q += 1 }
      guard q < Int(b.end) else { return false }
      q += 1
    }
    return true
  }

  func endsWithText(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    guard a.count > b.count, !b.isEmpty else { return false }
    return sameText((a.upperBound - b.count)..<a.upperBound, b)
  }

  /// The latest entity with the name at `name` in the text (a person's
  /// read by `samePerson`, a body's by its text), or a new one of `kind`
  /// named by it, made for mention `i`.
  private mutating func entity(named name: Range<Int>, kind: Speaker.Kind, for i: Int) -> Int {
    latestEntity(named: name, kind: kind) ?? newEntity(named: name, kind: kind, for: i)
  }

  /// The latest entity with the name at `name` in the text, a person's
  /// read by `samePerson` when `kind` is a person, a body's by its text.
  private func latestEntity(named name: Range<Int>, kind: Speaker.Kind) -> Int? {
    latestNamed(sharingWordsWith: name) { entity, en, tokens, text, _ in
      kind == .person ? entity.kind == .person && Self.samePerson(name, en, tokens, text) : Self.sameText(name, en, tokens, text)
    }
  }

  /// A new entity of `kind` named by the name at `name` in the text, made
  /// for mention `i`.
  private mutating func newEntity(named name: Range<Int>, kind: Speaker.Kind, for i: Int) -> Int {
    let e = create(i)
    let keys = nameKeys(name)
    entities[e].setName(name, keys: keys)
    nameKeysOfAll |= keys
    indexName(of: e)
    entities[e].kind = kind
    entities[e].kindIsGuess = false
    return e
  }

  /// A person the text names before pronoun mention `i` (`he`, `she`) when
  /// no speaker came before it (`textPerson`): one already made with that
  /// name, or a new one.
  private mutating func personFromText(_ i: Int, after low: Int = 0) -> Int? {
    let m = mentions[i]
    guard m.pronoun == .male || m.pronoun == .female else { return nil }
    let p = paragraph(of: m.tokens.lowerBound)
    let floor = max(low, document.paragraphs[max(0, p - 1)].tokens.lowerBound)
    let g: Gender = m.pronoun == .male ? .male : .female
    guard let name = textPerson(before: m.tokens.lowerBound, gender: g, floor: floor) else { return nil }
    // (Not a speaker of the other gender: the pronoun found none before.
    // A new entity takes the pronoun's gender.)
    let e = entity(named: name, kind: .person, for: i)
    return entities[e].gender == .unknown || entities[e].gender == g ? e : nil
  }

  /// A new entity for mention `i`; `knownKeys`, when given, are
  /// `nameKeys(_:)` of its name (read already by `find`).
  private mutating func create(_ i: Int, nameKeys knownKeys: UInt64? = nil) -> Int {
    let m = mentions[i]
    var entity = Entity(kind: m.kind, name: nil, gender: m.gender, genderIsWritten: m.gender != .unknown, last: m.tokens.lowerBound, kindIsGuess: m.kindIsGuess)
    entity.genderIsTitled = m.genderIsTitled
    entity.personIsGuess = m.kind == .person && m.name != nil && m.head < 0 && !m.isTitled && m.gender == .unknown
    var name = m.name
    // (`nameStarting`'s token, for the step below that reads it: found by
    // the same scan.)
    var nameStart: Int? = nil
    if let n = name, n.count == 1, m.head < 0, !facts.has(n.lowerBound, .allCaps) {
      let readings = oneWordReadings(n.lowerBound, before: m.tokens.lowerBound)
      if let full = readings.fullName ?? readings.surnameFirst {
        name = full
        entity.kind = .person
        entity.kindIsGuess = false
      }
      nameStart = readings.nameStart
    }
    // `Hoshizora said` after `its maker, Hoshizora Pharmaceutical,`: the
    // body's full name from the text.
    if let n = name, n == m.name, n.count <= 3, m.head < 0, !m.isTitled, m.gender == .unknown, !facts.has(n.lowerBound, .allCaps),
      mayFollowBodyNoun(n), let full = bodyNameExtending(n, before: m.tokens.lowerBound)
    {
      name = full
      entity.kind = .organization
      entity.kindIsGuess = false
    }
    // `Anadolu reported` after `the state-run Anadolu Agency`, `Huaxia
    // Shipbuilding said` after `Huaxia Shipbuilding Group`: the full name
    // the text gave it before its noun. Only for an outlet the lexicon
    // knows by its first word, or a name of two or three words (`Southern
    // Cross Mutual said` after `Southern Cross Mutual Bank`): `China said`
    // after `China Daily` or `China Development Bank` is the country.
    let knownOutlet = m.kind == .media && name.map { facts.speaker($0.lowerBound)?.start == $0.lowerBound } == true
    if let n = name, n == m.name, knownOutlet ? n.count <= 2 : ((2...3).contains(n.count) && m.head < 0 && m.gender == .unknown),
      !m.isTitled, !facts.has(n.lowerBound, .allCaps), let full = bodyNameEndingInNoun(n, before: m.tokens.lowerBound, outlet: knownOutlet)
    {
      name = full
      if !knownOutlet {
        entity.kind = .organization
        entity.kindIsGuess = false
      }
    }
    // `Ms. Tigist said` after `Her name is Tigist Alemayehu`, `Huaxin
    // said` after `… by Huaxin Microelectronics`: a word that starts a
    // longer name the text gave where no mention was taken. With a title
    // or a given name it is the person's name (a given name with a title:
    // Ethiopian and Burmese names); otherwise a body's, when the word
    // appears there first and the name does not end in a body's noun
    // (`China said` after `China Development Bank` is the country, as it
    // is wherever `China` came alone before).
    if let n = name, n == m.name, n.count == 1, m.head < 0, !facts.has(n.lowerBound, .allCaps), let j = nameStart,
      let (full, firstUse) = nameStarting(at: j, with: n.lowerBound, before: m.tokens.lowerBound)
    {
      let person = m.isTitled || m.gender != .unknown
      if person || (firstUse && !facts.isBodyNoun(full.upperBound - 1)) {
        name = full
        entity.kind = person ? .person : .organization
        entity.kindIsGuess = false
      }
    }
    // `the W.H.O. said` after `the World Health Organization’s
    // headquarters`, `RUSADA ruled` after `the Russian Anti-Doping Agency,
    // known as RUSADA,`: the name the acronym stands for.
    if let n = name, n == m.name, n.count == 1, m.head < 0, !m.isTitled, facts.has(n.lowerBound, .allCaps),
      let full = spelledOut(acronym: n.lowerBound, before: m.tokens.lowerBound) ?? introducedAcronym(n.lowerBound, before: m.tokens.lowerBound)
    {
      name = full
      entity.kind = .organization
      entity.kindIsGuess = false
    }
    // `Europe’s drug regulator said` in the lead, `The European Medicines
    // Agency said` opening the next paragraph: the name given after.
    if name == nil, m.pronoun == .none, m.head >= 0, m.kind == .organization || m.kind == .media || m.kindIsGuess,
      let full = delayedName(of: m.core)
    {
      name = full
      entity.kind = m.kind == .media ? .media : .organization
      entity.kindIsGuess = false
    }
    // `the head of the regional arbitration board said` in the lead,
    // `Wanjiru Kamau-Otieno, a retired judge who chairs the board, said`
    // opening the next paragraph: the person named after.
    if name == nil, m.pronoun == .none, m.head >= 0, m.kind == .person, let full = delayedPersonName(of: m.core) {
      name = full
      entity.kindIsGuess = false
    }
    if let name {
      entity.setName(name, keys: name == m.name ? knownKeys ?? nameKeys(name) : nameKeys(name))
      nameKeysOfAll |= entity.nameKeys
    }
    entities.append(entity)
    live.append(Int32(entities.count - 1))
    indexName(of: entities.count - 1)
    return entities.count - 1
  }

  /// `tokenKeys(_:_:_:)` of `name`, a range of the document's tokens.
  /// (Inlined: a call from a mutating method copied the resolver.)
  @inline(__always)
  func nameKeys(_ name: Range<Int>) -> UInt64 {
    document.tokens.withUnsafeBufferPointer { tokens in
      document.text.withUnsafeBufferPointer { Self.tokenKeys(name, tokens, $0) }
    }
  }

  /// A bit for each token of `r`, chosen by its `tokenHash`: tokens that
  /// `sameToken` finds the same set the same bit, so ranges with a token
  /// in common share a bit. All bits for an empty range (it is never told
  /// apart).
  static func tokenKeys(_ r: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard !r.isEmpty else { return .max }
    var keys: UInt64 = 0
    // (`samePerson` also reads `Khatib` as `al-Khatib`: its tail sets a bit.)
    forEachWordHash(of: r, tokens, text) { keys |= 1 &<< ($0 & 63) }
    return keys
  }

  /// The surname after a lower-case particle and a hyphen (`Khatib` of
  /// `al-Khatib`, `Sisi` of `el-Sisi`): a surname alone may drop its
  /// particle. Nil for other words, double-barrelled names included
  /// (`Mokoena-Pillay`).
  @inline(__always)
  static func particleTail(of x: Token, _ text: UnsafeBufferPointer<UInt8>) -> Token? {
    var p = Int(x.start)
    let end = Int(x.end)
    // Most tokens have no hyphen as their second, third or fourth byte:
    // told in one test of those bytes, not a walk over the letters first.
    guard end - p >= 4, text[p + 1] == UInt8(ascii: "-") || text[p + 2] == UInt8(ascii: "-") || text[p + 3] == UInt8(ascii: "-") else { return nil }
    // One to three lower-case ASCII letters, a hyphen, a capital.
    while p < end, p - Int(x.start) < 4, text[p] &- 97 < 26 { p += 1 }
    guard p > Int(x.start), p - Int(x.start) <= 3, p + 2 < end, text[p] == UInt8(ascii: "-"), text[p + 1] &- 65 < 26 else { return nil }
    var tail = x
    tail.start = Int32(p + 1)
    return tail
  }

  /// A hash of a token that `sameToken` keeps: of its length and its first
  /// and last bytes, lowered.
  @inline(__always)
  static func tokenHash(length: Int32, first: UInt8, last: UInt8) -> UInt64 {
    (UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9 ^ UInt64(asciiLower(first)) &* 0x85EB_CA6B ^ UInt64(asciiLower(last)) &* 0xC2B2_AE35) &>> 7
  }
  /// `tokenHash(length:first:last:)` of token `x` of `text`.
  @inline(__always)
  static func tokenHash(_ x: Token, _ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    tokenHash(length: x.end &- x.start, first: text[Int(x.start)], last: text[Int(x.end) - 1])
  }

  /// The bit of core `r` (not empty) among `Entity.coreKeys`: from its
  /// token count and the lengths of its first and last tokens (no loop,
  /// no byte read), so that cores that `sameText` finds the same have the
  /// same bit.
  @inline(__always)
  func coreKey(_ r: Range<Int>) -> UInt64 {
    let first = UInt64(truncatingIfNeeded: document.tokens[r.lowerBound].length)
    let last = UInt64(truncatingIfNeeded: document.tokens[r.upperBound - 1].length)
    let h = (first &* 0x9E37_79B9 ^ last &* 0x85EB_CA6B ^ UInt64(r.count) &* 0xC2B2_AE35) &>> 11
    return 1 &<< (h & 63)
  }

  /// What `create` reads in the text before token `limit` for a one-word
  /// name at token `t`: its full name, else
  /// `surnameFirstName(startingWith:before:)`, else the token where
  /// `nameStarting(at:with:before:)` reads a name (`nameStartToken`).
  ///
  /// The full name: a surname alone (`Ek said`) whose full name appeared
  /// earlier where no mention was taken, such as the object of a verb
  /// (`Lena Varga met Tomas Ek`): the latest run of two or three
  /// capitalized words before `limit` that ends in the same word and does
  /// not start a sentence (`nameRun`).
  struct OneWordReadings {
    var fullName: Range<Int>? = nil
    var surnameFirst: Range<Int>? = nil
    var nameStart: Int? = nil
  }

  /// `OneWordReadings` of the name at token `t` before `limit`: in one
  /// scan of the tokens as long as `t` (each reader scanned them itself,
  /// about 2,000 instructions a name), or, past `fullNameIndexFrom`
  /// tokens, each reader by itself.
  mutating func oneWordReadings(_ t: Int, before limit: Int) -> OneWordReadings {
    guard fullNameWindow(before: limit).count > Self.fullNameIndexFrom else { return oneWordReadingsByScan(t, before: limit) }
    if let full = fullNameFromIndex(endingWith: t, before: limit) { return OneWordReadings(fullName: full) }
    if let name = surnameFirstName(startingWith: t, before: limit) { return OneWordReadings(surnameFirst: name) }
    return OneWordReadings(nameStart: nameStartToken(t, before: limit))
  }

  /// `oneWordReadings` by a scan of the tokens back from `limit` (as far
  /// as `reach`), the latest first: each token as long as `t` is read as
  /// the three readers read it, and the first full name ends the scan
  /// (the other two are not read then).
  func oneWordReadingsByScan(_ t: Int, before limit: Int) -> OneWordReadings {
    let length = Int32(truncatingIfNeeded: document.tokens[t].length)
    return document.tokens.withUnsafeBufferPointer { tokens -> OneWordReadings in
      facts.flags.withUnsafeBufferPointer { flags -> OneWordReadings in
        var found = OneWordReadings()
        // `fullName`'s tokens (from 1: `fullNameWindow`), the others' from 0
        // and up to two before the end (a name's second word follows).
        let high = fullNameWindow(before: limit).upperBound
        let floor = max(0, limit &- Self.reach)
        let pairHigh = min(limit, flags.count) &- 2
        let words = Self.tokenWordsAreVectorable ? UnsafeRawPointer(tokens.baseAddress) : nil
        let lengths = SIMD8<Int32>(repeating: length)
        var top = high
        while top > floor {
          let low = max(floor, top &- 64)
          // Bit j - low: `j` as long as `t` (a few tokens in a hundred).
          var candidates: UInt64 = 0
          var x = low
          // (Eight tokens a step, as vectors, `sameLengths`: about four
          // instructions a token where a loop over the tokens took eight.)
          if let words {
            while x &+ 8 <= top {
              candidates |= Self.sameLengths(words, x, lengths) &<< UInt64(x &- low)
              x &+= 8
            }
          }
          while x < top {
            if tokens[x].end &- tokens[x].start == length { candidates |= 1 &<< UInt64(x &- low) }
            x &+= 1
          }
          while candidates != 0 {
            let bit = 63 &- candidates.leadingZeroBitCount
            candidates &= ~(1 &<< UInt64(bit))
            let j = low &+ bit
            if j >= 1, flags[j &- 1].contains(.capitalized), let name = nameRun(endingWith: j, before: limit, same: t, tokens: tokens, flags: flags) {
              return OneWordReadings(fullName: name)
            }
            guard j <= pairHigh else { continue }
            if found.surnameFirst == nil, flags[j + 1].contains(.hyphenated), flags[j + 1].contains(.capitalized), isGivenNameWithHyphen(j + 1), sameToken(j, t) {
              found.surnameFirst = j..<(j + 2)
            }
            if found.nameStart == nil, flags[j].contains(.capitalized), isNameStart(j, same: t) { found.nameStart = j }
          }
          top = low
        }
        return found
      }
    }
  }

  /// Whether a token is three 32-bit words, its `start` the first and its
  /// `end` the second (`sameLengths` reads them so).
  static let tokenWordsAreVectorable = MemoryLayout<Token>.stride == 12 && MemoryLayout<Token>.offset(of: \Token.start) == 0
    && MemoryLayout<Token>.offset(of: \Token.end) == 4

  /// Bit `k` (of 0 to 7) set where token `x + k` of the tokens at `words`
  /// is as long as `lengths` says (each lane the same): the eight tokens'
  /// 96 bytes read as three vectors, their starts and ends gathered from
  /// them (`tokenWordsAreVectorable`), and the lanes' results gathered
  /// into a byte by a multiplication.
  @inline(__always)
  static func sameLengths(_ words: UnsafeRawPointer, _ x: Int, _ lengths: SIMD8<Int32>) -> UInt64 {
    let p = words + x &* 12
    let a = p.loadUnaligned(as: SIMD8<Int32>.self)
    let b = (p + 32).loadUnaligned(as: SIMD8<Int32>.self)
    let c = (p + 64).loadUnaligned(as: SIMD8<Int32>.self)
    let starts = SIMD8(a[0], a[3], a[6], b[1], b[4], b[7], c[2], c[5])
    let ends = SIMD8(a[1], a[4], a[7], b[2], b[5], c[0], c[3], c[6])
    // Each lane's byte 0xFF where the lengths agree, else 0; then bit k of
    // byte k kept, and the eight bytes summed into the top one.
    let same = SIMD8<Int8>(truncatingIfNeeded: SIMD8<Int32>(repeating: 0).replacing(with: -1, where: ends &- starts .== lengths))
    let bytes = unsafeBitCast(same, to: UInt64.self) & 0x8040_2010_0804_0201
    return (bytes &* 0x0101_0101_0101_0101) &>> 56
  }

  /// The tokens read for a surname's full name before `limit`: back to
  /// `reach` before it, never token 0 (a name run needs a capital before).
  func fullNameWindow(before limit: Int) -> Range<Int> {
    let high = min(limit, document.tokens.count, facts.flags.count)
    let floor = max(1, limit &- Self.reach)
    return floor < high ? floor..<high : high..<high
  }

  /// `OneWordReadings.fullName` read from `afterCapitals`: the same
  /// tokens, latest first, each tried as `oneWordReadingsByScan` tries it.
  @inline(never)
  mutating func fullNameFromIndex(endingWith t: Int, before limit: Int) -> Range<Int>? {
    if afterCapitals == nil { afterCapitals = Self.tokensAfterCapitals(document, facts) }
    return document.tokens.withUnsafeBufferPointer { tokens -> Range<Int>? in
      facts.flags.withUnsafeBufferPointer { flags -> Range<Int>? in
        afterCapitals!.withUnsafeBufferPointer { keys -> Range<Int>? in
          let x = tokens[t]
          let h = document.text.withUnsafeBufferPointer { Self.tokenHash(x, $0) } & 0xFFFF_FFFF
          let window = fullNameWindow(before: limit)
          let high = window.upperBound
          let floor = window.lowerBound
          // (The first key at or past `high` of this hash, found by halving.)
          let bound = h << 32 | UInt64(high)
          var lo = 0
          var hi = keys.count
          while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < bound { lo = mid + 1 } else { hi = mid }
          }
          var k = lo - 1
          while k >= 0, keys[k] >> 32 == h, Int(keys[k] & 0xFFFF_FFFF) >= floor {
            if let name = nameRun(endingWith: Int(keys[k] & 0xFFFF_FFFF), before: limit, same: t, tokens: tokens, flags: flags) { return name }
            k -= 1
          }
          return nil
        }
      }
    }
  }

  /// `afterCapitals` of a document.
  static func tokensAfterCapitals(_ document: Document, _ facts: TokenFacts) -> [UInt64] {
    document.tokens.withUnsafeBufferPointer { tokens in
      document.text.withUnsafeBufferPointer { text in
        facts.flags.withUnsafeBufferPointer { flags in
          var keys: [UInt64] = []
          let count = min(tokens.count, flags.count)
          var j = 1
          while j < count {
            if flags[j - 1].contains(.capitalized) {
              let x = tokens[j]
              keys.append((tokenHash(x, text) & 0xFFFF_FFFF) << 32 | UInt64(j))
            }
            j += 1
          }
          keys.sort()
          return keys
        }
      }
    }
  }

  /// A surname alone (`Park said`) whose full name appeared earlier in the
  /// order that puts the surname first, before a hyphenated given name
  /// (`where Park Ji-hoon has lived`): the latest such pair before `limit`
  /// (within `reach`). The given name's second part in lower case (`Ji-hoon`,
  /// `Seo-yeon`) tells it from a double surname (`Mokoena-Pillay`).
  mutating func surnameFirstName(startingWith t: Int, before limit: Int) -> Range<Int>? {
    // Most documents have no such given name: looked for once, and the
    // tokens before them listed.
    if beforeHyphenatedGivenNames == nil {
      // (Most tokens fail on the hyphen, read from the rows' buffer.)
      beforeHyphenatedGivenNames = facts.flags.withUnsafeBufferPointer { flags in
        flags.indices.dropFirst().compactMap { flags[$0].contains(.hyphenated) && flags[$0].contains(.capitalized) && isGivenNameWithHyphen($0) ? Int32($0 - 1) : nil }
      }
    }
    guard let list = beforeHyphenatedGivenNames, !list.isEmpty else { return nil }
    let floor = max(0, limit - Self.reach)
    let high = min(limit, facts.flags.count) - 2
    guard let k = list.lastIndex(where: { Int($0) <= high }) else { return nil }
    for j in list[...k].reversed() {
      guard Int(j) >= floor else { break }
      if sameToken(Int(j), t) { return Int(j)..<(Int(j) + 2) }
    }
    return nil
  }

  /// A capitalized word whose part after its hyphen starts in lower case
  /// (`Ji-hoon`).
  private func isGivenNameWithHyphen(_ i: Int) -> Bool {
    let t = document.tokens[i]
    var p = Int(t.start)
    while p < Int(t.end), document.text[p] != UInt8(ascii: "-") { p += 1 }
    return p + 1 < Int(t.end) && document.text[p + 1] &- 97 < 26
  }

  /// `fullName`'s name ending at token `j` (after a capitalized word, as
  /// long as `t`), if `j` reads as `t` and the run does not start a
  /// sentence.
  @inline(__always)
  private func nameRun(endingWith j: Int, before limit: Int, same t: Int, tokens: UnsafeBufferPointer<Token>, flags: UnsafeBufferPointer<TokenFacts.Flags>) -> Range<Int>? {
    guard sameToken(j, t) else { return nil }
    var k = j - 1
    while k > 0, j - k < 2, flags[k - 1].contains(.capitalized) { k -= 1 }
    // A person's name takes no determiner: `China said` after `in the South
    // China Sea` is not named by the sea.
    if k > 0, facts.word(k - 1) == .determiner { return nil }
    // A title is not part of the name: `President Vladimir Putin`, nor
    // the end of one the run starts inside (`Prime Minister Gustavo
    // Alarcón`, read back two words from `Alarcón`).
    while k < j, let title = facts.speaker(k), title.start <= k, title.categories.contains(.title), title.end <= j, title.end > k { k = title.end }
    // Nor is an adverb, conjunction or preposition that opens the
    // sentence: `Then Oksana Petrenko lowered her saber`, `For Sana
    // Iftikhar, a lawyer, …`.
    let named = k
    while k < j, Self.opensSentenceOnly(facts.word(k)) { k += 1 }
    if k == j, named < j { return nil }
    let startsSentence = k == 0 || flags[k - 1].contains(.terminal) || flags[k - 1].contains(.quote)
    guard !startsSentence else { return nil }
    // A second surname after it belongs to the name too: `Quispe` after
    // `Wilber Quispe Mamani,` (up to four words, the word after not
    // capitalized).
    var e = j + 1
    while e < limit, e < flags.count, e - k < 4, flags[e].contains(.capitalized), flags[e].contains(.word), facts.speaker(e) == nil { e += 1 }
    if e > j + 1, e < flags.count, flags[e].contains(.capitalized) { e = j + 1 }
    return k..<e
  }

  /// A word class that can open a sentence before a name but is never
  /// part of one: adverbs (`Then`), conjunctions, subordinators and
  /// prepositions (`For`).
  static func opensSentenceOnly(_ w: WordClass) -> Bool {
    w == .adverb || w == .and || w == .but || w == .or || w == .subordinator || w.isPreposition
  }

  private mutating func attach(_ i: Int, to e: Int) {
    let m = mentions[i]
    // (A mention is attached once: its `previousMention`, -1 from `take`,
    // is written only when the entity has a mention before it. Most
    // attachments in a news text are an entity's first, with no link.)
    let latest = entities[e].lastMention
    if latest >= 0 {
      previousMention[i] = latest
      nextMention[Int(latest)] = Int32(i)
    }
    if entities[e].last < liveFloor, m.tokens.lowerBound >= liveFloor {
      // Pruned from `live` and met again: back in its place.
      var lo = 0
      var hi = live.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if Int(live[mid]) < e { lo = mid + 1 } else { hi = mid }
      }
      live.insert(Int32(e), at: lo)
    }
    entities[e].add(mention: Int32(i), at: m.tokens.lowerBound)
    guard m.pronoun == .none else { return }
    if !m.core.isEmpty {
      let key = coreKey(m.core)
      entities[e].coreKeys |= key
      coreKeysOfAll |= key
    }
    // (A form of address outweighs a given name or a pronoun read before:
    // `Almaz Tokonbaev`, then `Mr. Tokonbaev`.)
    if m.gender != .unknown, entities[e].gender == .unknown || (m.genderIsTitled && !entities[e].genderIsTitled) {
      entities[e].gender = m.gender
      entities[e].genderIsWritten = true
      entities[e].genderIsTitled = m.genderIsTitled
    }
    if let n = m.name {
      if let old = entities[e].name {
        // (A body's longer name replaces a shorter one only where it ends
        // its phrase: in `Granma, the Communist Party newspaper,` the party
        // only says whose the newspaper is.)
        if m.kind == .person || entities[e].kind != .person, n.count > old.count, m.kind == .person || m.nameEndsPhrase {
          let keys = nameKeys(n)
          entities[e].setName(n, keys: keys)
          nameKeysOfAll |= keys
          indexName(of: e)
        }
      } else if m.kind == entities[e].kind || m.kind == .person {
        let keys = nameKeys(n)
        entities[e].setName(n, keys: keys)
        nameKeysOfAll |= keys
        indexName(of: e)
      }
    }
    // A title or a role makes a person of a bare name (`Putin`, then `Mr. Putin`).
    if m.kind == .person, m.isTitled || m.name == nil || (m.name?.count ?? 0) > 1, entities[e].kindIsGuess || entities[e].kind == .organization && (entities[e].name.map({ $0.count == 1 }) ?? false) {
      entities[e].kind = .person
      entities[e].kindIsGuess = false
    }
    if m.kind == .media, entities[e].kind == .organization { entities[e].kind = .media }
  }

  /// Pronoun resolution: the most recent compatible entity.
  private func antecedent(of i: Int) -> Int? {
    let m = mentions[i]
    switch m.pronoun {
    case .male, .female:
      let g: Gender = m.pronoun == .male ? .male : .female
      // A single unknown name qualifies only once it has spoken (`Putin
      // said …. He added …`), not as a mere subject (`Norway had …`).
      let candidate: (Int) -> Bool = { e in
        let x = entities[e]
        return x.kind == .person || (x.kindIsGuess && anyMention(of: e) { mentions[$0].isSource })
      }
      // `One of the two diplomats said …. “…,” she said.`: one of a group,
      // the source met last and in the same paragraph, is who the pronoun
      // stands for, ahead of a person further back.
      // (Looked for only when the document has such a mention: most have
      // none, and the walk over every entity cost every pronoun. Any
      // mention, not the few made just before: mentions need not come in
      // text order.)
      if mentions.contains(where: { $0.isOneMember }), let r = mostRecent(before: i, { _ in true }), entities[r].kind == .group, spokeAsOneMember(r, before: i) { return r }
      let recent = mostRecent(before: i) { candidate($0) && (entities[$0].gender == .unknown || entities[$0].gender == g) }
      // A single name read as a person only by guess yields to a person
      // the text makes one (a title, a role, a given name) met in the same
      // paragraph: `Dr. Armindo Machava said Mozambique had asked …. ¶ “…,”
      // he said.`
      if let r = recent, entities[r].kindIsGuess || entities[r].kind != .person,
        let e = mostRecent(before: i, { $0 != r && entities[$0].kind == .person && !entities[$0].kindIsGuess && (entities[$0].gender == .unknown || entities[$0].gender == g) }),
        paragraph(of: entities[e].last) == paragraph(of: entities[r].last)
      {
        return e
      }
      // Two people named in the same earlier paragraph: one of unknown
      // gender yields to one whose gender the text gives (a title, a given
      // name): `Maryam Tehrani …; the envoy, Douglas Whitcombe, … ¶ She
      // said …`. Otherwise the latest person stands. (Not a gender inferred
      // from an earlier pronoun: that is only as sure as its guess.)
      if let r = recent, entities[r].gender == .unknown {
        let rp = paragraph(of: entities[r].last)
        if rp != paragraph(of: m.tokens.lowerBound),
          let e = mostRecent(before: i, { candidate($0) && entities[$0].genderIsWritten && entities[$0].gender == g }),
          paragraph(of: entities[e].last) == rp
        {
          return e
        }
      }
      return recent
    case .nonperson:
      // `Fjordline Ferries said it would study the ruling. In a statement,
      // it argued …`: a name read as a person's only by its two capitals
      // (no title, role or gender anywhere) that spoke in the sentence
      // just before is the body `it` stands for, ahead of a body named
      // further back. (Two sentences back or more, a person's name stays
      // a person's: `it` after `Ruth Achterberg said …` is the body.)
      if m.isSource, let r = mostRecent(before: i, { _ in true }), isGuessedBody(r, minWords: 2),
        let at = latestMention(of: r, before: m.tokens.lowerBound), sentence(of: m.tokens.lowerBound) - sentence(of: at.lowerBound) <= 1,
        paragraph(of: at.lowerBound) == paragraph(of: m.tokens.lowerBound)
      {
        return r
      }
      return mostRecent(before: i) { entities[$0].kind == .organization || entities[$0].kind == .media || entities[$0].kindIsGuess }
        // (A name of three words or more: `it` after `Veterans Affairs
        // Canada said`, but not after `Ruth Achterberg said`.)
        ?? mostRecent(before: i) { isGuessedBody($0, minWords: 3) }
    case .plural:
      // `People familiar with the talks said the draft was rejected by
      // both delegations. They said …`: as a report's source, `they` is
      // the body or group that spoke in the sentence just before, in the
      // same paragraph, ahead of a plural named inside what it said.
      if m.isSource, let e = spokeInSentenceBefore(i, { entities[$0].kind != .person }) { return e }
      return mostRecent(before: i) { entities[$0].kind != .person }
    case .member:
      return mostRecent(before: i) { entities[$0].kind == .group }
    case .none:
      return nil
    }
  }

  /// `Ms. Dhaliwal said she would give the plan a year. “…,” the
  /// shopkeeper said.`: a definite role noun alone, as a statement's
  /// source, that nothing before refers to (every other reading failed) is
  /// the writer's other word for the person met just before it, when that
  /// person is named, in the same paragraph, with no other person between.
  /// (Inlined: the test of the mention, which most fail, runs without a
  /// call.)
  @inline(__always)
  private func namedJustBefore(_ i: Int) -> Int? {
    let m = mentions[i]
    guard m.isSource, m.isDefinite, m.isBareHead, m.head >= 0, m.kind == .person, m.name == nil, m.pronoun == .none else { return nil }
    return namedJustBefore(bareRole: i)
  }

  /// `namedJustBefore` for a definite bare role noun alone as a source.
  @inline(never)
  private func namedJustBefore(bareRole i: Int) -> Int? {
    let m = mentions[i]
    // (`the`, not an owner: `its chief executive` is someone else's role.)
    let first = m.tokens.lowerBound
    guard m.isSource, m.isDefinite, m.isBareHead, m.head >= 0, m.kind == .person, m.name == nil, m.pronoun == .none,
      facts.word(first) == .determiner, facts.pronoun(first) == .none, !facts.has(first, .possessive),
      let e = mostRecent(before: i, { entities[$0].kind == .person || entities[$0].kind == .group }),
      entities[e].kind == .person, entities[e].name != nil, !entities[e].kindIsGuess, !entities[e].personIsGuess
    else { return nil }
    guard let at = latestMention(of: e, before: m.tokens.lowerBound) else { return nil }
    guard paragraph(of: at.lowerBound) == paragraph(of: m.tokens.lowerBound) else { return nil }
    // The same noun between names someone else, whom this one refers
    // back to: in `Ms. Ortega met the envoy on Monday. The envoy said …`
    // the envoy is not Ms. Ortega.
    var x = at.upperBound
    while x < first {
      if let s = facts.speaker(x), s.start == x {
        if s.head == m.head { return nil }
        x = max(s.end, x + 1)
      } else {
        x += 1
      }
    }
    return e
  }

  /// The latest entity passing `ok` with a source mention in the
  /// sentence just before mention `i`'s, in its paragraph.
  @inline(never)
  private func spokeInSentenceBefore(_ i: Int, _ ok: (Int) -> Bool) -> Int? {
    let start = mentions[i].tokens.lowerBound
    let s = sentence(of: start)
    guard s > 0 else { return nil }
    let before = document.sentences[s - 1].tokens
    guard paragraph(of: before.lowerBound) == paragraph(of: start) else { return nil }
    var best: (e: Int, at: Int)? = nil
    for k in live.indices {
      let e = Int(live[k])
      guard entities[e].last >= before.lowerBound, ok(e) else { continue }
      forEachMention(of: e) { j in
        let at = mentions[j].tokens.lowerBound
        if mentions[j].isSource, before.contains(at), at > best?.at ?? -1 { best = (e, at) }
        return at >= before.lowerBound
      }
    }
    return best?.e
  }

  /// Whether group `e`'s latest mention before mention `i` is one member
  /// of it (`Mention.isOneMember`) in `i`'s paragraph, that mention or the
  /// group's own phrase inside it (`the diplomats who chaired the
  /// sessions` in `One of the diplomats who …`) being a statement's
  /// source: no other mention of `e` before `i` starts after it.
  private func spokeAsOneMember(_ e: Int, before i: Int) -> Bool {
    let start = mentions[i].tokens.lowerBound
    var member = -1
    var latestStart = -1
    forEachMention(of: e) { j in
      let x = mentions[j].tokens
      guard x.lowerBound < start else { return true }
      latestStart = max(latestStart, x.lowerBound)
      if mentions[j].isOneMember, member < 0 || x.lowerBound > mentions[member].tokens.lowerBound { member = j }
      return true
    }
    guard member >= 0 else { return false }
    let phrase = mentions[member].tokens
    return latestStart < phrase.upperBound && paragraph(of: phrase.lowerBound) == paragraph(of: start)
      && anyMention(of: e, { mentions[$0].isSource && phrase.contains(mentions[$0].tokens.lowerBound) })
  }

  /// The tokens of the latest mention of entity `e` that starts before
  /// token `limit`, if any.
  private func latestMention(of e: Int, before limit: Int) -> Range<Int>? {
    var latest: Range<Int>? = nil
    forEachMention(of: e) { j in
      let x = mentions[j].tokens
      if x.lowerBound < limit, x.lowerBound > latest?.lowerBound ?? -1 { latest = x }
      return true
    }
    return latest
  }

  /// Whether a comma and a relative pronoun that stands for a person
  /// (`who`, `whom`) follow the name at `name`.
  private func isFollowedByWho(_ name: Range<Int>) -> Bool {
    let c = name.upperBound
    return c + 1 < facts.flags.count && facts.isComma(c) && facts.isMarked(c + 1, .person, in: document)
  }

  /// Index of the sentence holding token `t`.
  private func sentence(of t: Int) -> Int {
    Self.last(of: document.sentences.count, startingAtOrBefore: t) { document.sentences[$0].tokens.lowerBound }
  }

  /// Index of the paragraph holding token `t`.
  private func paragraph(of t: Int) -> Int {
    Self.last(of: document.paragraphs.count, startingAtOrBefore: t) { document.paragraphs[$0].tokens.lowerBound }
  }

  /// The last of `count` spans, in order by `start`, that starts at or
  /// before token `t` (0 when none does): a binary search.
  @inline(__always)
  private static func last(of count: Int, startingAtOrBefore t: Int, start: (Int) -> Int) -> Int {
    var lo = 0
    var hi = count
    while lo + 1 < hi {
      let mid = (lo + hi) / 2
      if start(mid) <= t { lo = mid } else { hi = mid }
    }
    return lo
  }

  /// The entity whose latest mention before mention `mi` is the latest. A
  /// mention inside the pronoun's own statement does not count: in `Such
  /// negotiations take months, they noted`, `they` are not the negotiations.
  private func mostRecent(before mi: Int, _ ok: (Int) -> Bool) -> Int? {
    let m = mentions[mi]
    var best: Int? = nil
    var bestAt = -1
    // (An entity last met out of reach is not read: `last` is its latest
    // mention's start.)
    let floor = m.tokens.lowerBound - Self.reach
    for k in live.indices {
      let e = Int(live[k])
      guard entities[e].last >= floor, ok(e) else { continue }
      let at = latestMentionStart(of: e, before: m)
      if at > bestAt {
        best = e
        bestAt = at
      }
    }
    return best
  }

  /// The start of the latest mention of entity `e` that starts before
  /// mention `m` and lies in no statement of `m` (`isInStatement`), or -1.
  /// An entity met only before `m` (most are: mentions are resolved in
  /// text order) has its latest mention at `last`, the largest start of
  /// its mentions once one is attached: read there, with no walk over its
  /// mentions, unless that one lies in `m`'s statement. (Not in a
  /// book-length text, where `forEachMention` stops at `mentionFloor`.)
  @inline(__always)
  func latestMentionStart(of e: Int, before m: Mention) -> Int {
    let last = entities[e].last
    if mentionFloor <= 0, entities[e].lastMention >= 0, last < m.tokens.lowerBound, !isInStatement(last, of: m) { return last }
    return latestMentionStartByWalk(of: e, before: m)
  }

  /// `latestMentionStart(of:before:)` by a walk over the entity's
  /// mentions.
  func latestMentionStartByWalk(of e: Int, before m: Mention) -> Int {
    var at = -1
    forEachMention(of: e) { i in
      let x = mentions[i].tokens.lowerBound
      if x < m.tokens.lowerBound, !isInStatement(x, of: m), x > at { at = x }
      return true
    }
    return at
  }

  /// Drops from `live` the entities last met more than `reach` tokens
  /// before `position` (which only grows: mentions are resolved in text
  /// order), once the floor has moved a quarter of `reach` since the last
  /// pruning, so each entity is dropped at most once per return.
  private mutating func pruneLive(at position: Int) {
    let floor = position - Self.reach
    guard floor > 0, floor - Self.reach / 4 > liveFloor else { return }
    liveFloor = floor
    live.removeAll { entities[Int($0)].last < floor }
  }

  /// Whether token `t` lies in the content of a statement of mention `m`.
  private func isInStatement(_ t: Int, of m: Mention) -> Bool {
    var s = Int(m.lastStatement)
    while s >= 0 {
      if pronounStatements[s].tokens.contains(t) { return true }
      s = Int(pronounStatements[s].next)
    }
    return false
  }

  /// Two personal names are one person: same last word, and same first word
  /// when both have two words or more; a single word matches any word of a
  /// longer name (`Farid` ↔ `Farid Hamzah`, `Khatib` ↔ `Abdulrahman
  /// al-Khatib`). Both ranges are of the document's tokens, read through
  /// buffers of its tokens and text.
  static func samePerson(_ a: Range<Int>, _ b: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    // Two words or more that end a longer name are its end: a surname with
    // particles (`van der Wiel` in `Joost van der Wiel`), or the last two of
    // three names.
    if a.count != b.count, a.count >= 2, b.count >= 2 {
      let (short, long) = a.count < b.count ? (a, b) : (b, a)
      if sameSuffix(short, of: long, tokens, text) { return true }
    }
    if a.count >= 2, b.count >= 2 {
      return sameToken(tokens[a.upperBound - 1], tokens[b.upperBound - 1], text) && sameToken(tokens[a.lowerBound], tokens[b.lowerBound], text)
    }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    if short.count == 1 {
      let s = tokens[short.lowerBound]
      for x in long where sameToken(tokens[x], s, text) || particleTail(of: tokens[x], text).map({ sameToken($0, s, text) }) == true { return true }
      return false
    }
    return sameSuffix(short, of: long, tokens, text)
  }

  /// Whether the words of `short` end `long`.
  static func sameSuffix(_ short: Range<Int>, of long: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard long.count >= short.count else { return false }
    let offset = long.upperBound - short.count - short.lowerBound
    for x in short where !sameToken(tokens[x + offset], tokens[x], text) { return false }
    return true
  }

  /// `sameText(_:_:)` over buffers of the document's tokens and text.
  static func sameText(_ a: Range<Int>, _ b: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count, !a.isEmpty else { return false }
    if a == b { return true }
    for k in 0..<a.count where !sameToken(tokens[a.lowerBound + k], tokens[b.lowerBound + k], text) { return false }
    return true
  }

  // MARK: Text comparison (bytes, no strings)

  func sameText(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    guard a.count == b.count, !a.isEmpty else { return false }
    if a == b { return true }
    return document.tokens.withUnsafeBufferPointer { tokens in
      document.text.withUnsafeBufferPointer { text in
        for k in 0..<a.count where !Self.sameToken(tokens[a.lowerBound + k], tokens[b.lowerBound + k], text) { return false }
        return true
      }
    }
  }

  func sameToken(_ i: Int, _ j: Int) -> Bool {
    guard document.tokens[i].length == document.tokens[j].length else { return false }
    return document.tokens.withUnsafeBufferPointer { tokens in
      document.text.withUnsafeBufferPointer { Self.sameToken(tokens[i], tokens[j], $0) }
    }
  }

  /// Whether token `name` is noun `noun` or its plural in `s` or `es`,
  /// ASCII case ignored: `Airlines` for `airline`, `Museum` for `museum`.
  func isNounOrPlural(_ name: Int, of noun: Int) -> Bool {
    document.tokens.withUnsafeBufferPointer { tokens in
      document.text.withUnsafeBufferPointer { text in
        let x = tokens[name]
        let y = tokens[noun]
        let extra = Int(x.length) - Int(y.length)
        guard (0...2).contains(extra), y.length > 0 else { return false }
        for k in 0..<Int(y.length) where asciiLower(text[Int(x.start) + k]) != asciiLower(text[Int(y.start) + k]) { return false }
        switch extra {
        case 0: return true
        case 1: return asciiLower(text[Int(x.end) - 1]) == UInt8(ascii: "s")
        default: return asciiLower(text[Int(x.end) - 2]) == UInt8(ascii: "e") && asciiLower(text[Int(x.end) - 1]) == UInt8(ascii: "s")
        }
      }
    }
  }

  /// Same bytes, ASCII case ignored.
  @inline(__always)
  static func sameToken(_ x: Token, _ y: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard x.length == y.length else { return false }
    var p = Int(x.start)
    var q = Int(y.start)
    while p < Int(x.end) {
      if asciiLower(text[p]) != asciiLower(text[q]) { return false }
      p += 1
      q += 1
    }
    return true
  }

  // MARK: Output

  /// The public speaker of entity `e`; its `mentions` left empty unless
  /// `mentions`. Its name and aliases are `appendSpeaker(_:to:)`'s bytes.
  mutating func speaker(_ e: Int, mentions withMentions: Bool = true) -> Speaker {
    var names = SpeakerNames()
    appendSpeaker(e, to: &names)
    var speaker = names.speaker(0, text: document.text)
    guard withMentions else { return speaker }
    var spans: [Span] = []
    var i = Int(entities[e].firstMention)
    while i >= 0 {
      let r = mentions[i].tokens
      spans.append(Span(start: Int(document.tokens[r.lowerBound].start), end: Int(document.tokens[r.upperBound - 1].end)))
      i = Int(nextMention[i])
    }
    // Attached in text order, as a rule: then there is nothing to sort.
    if spans.indices.dropFirst().contains(where: { spans[$0 - 1] > spans[$0] }) { spans.sort() }
    speaker.mentions = spans
    return speaker
  }

  /// Appends entity `e` to `names`: its kind, its name and its aliases as
  /// bytes of the text (or, for a name lowered at its first letter, of
  /// `names.extra`), no strings.
  mutating func appendSpeaker(_ e: Int, to names: inout SpeakerNames) {
    appendSpeakers(CollectionOfOne(e), to: &names)
  }

  /// `appendSpeaker(_:to:)` for each entity in `speakers`, in turn, in one
  /// call: the alias room is taken once for all of them (a call per
  /// speaker cost its set-up each time).
  mutating func appendSpeakers(_ speakers: some Sequence<Int>, to names: inout SpeakerNames) {
    var ranges: [Range<Int>] = []
    swap(&ranges, &aliasRanges)
    defer { swap(&ranges, &aliasRanges) }
    for e in speakers {
      let entity = entities[e]
      let firstMention = Int(entity.firstMention)
      // The named mentions are those that are not pronouns; the fullest is
      // the first with the longest core (no array of them is made).
      var fullestNamed: Int? = nil
      var i = firstMention
      while i >= 0 {
        if mentions[i].pronoun == .none {
          if let f = fullestNamed {
            if mentions[f].core.count < mentions[i].core.count { fullestNamed = i }
          } else {
            fullestNamed = i
          }
        }
        i = Int(nextMention[i])
      }
      var name: SpeakerNames.Bytes
      // `diplomats` for `Diplomats in Algiers said` (`descriptionHeadEnd`),
      // lowered as the name is.
      var headAlias: SpeakerNames.Bytes? = nil
      // (The name with its owner, when the text writes one.)
      var ownedName: Range<Int>? = nil
      if let n = entity.name {
        name = bytes(n)
        // A body whose name holds a body's noun is named with the owner the
        // text writes before it (`Nepal’s Foreign Ministry`, `Armenia’s
        // Ministry of Defence`): without it, two countries' ministries in
        // two articles are one speaker in a corpus's table, and two in one
        // article one name. (`Russia’s Gazprom` names itself.)
        if entity.kind == .organization || entity.kind == .media, n.lowerBound > 0, facts.has(n.lowerBound - 1, .possessive), n.contains(where: { facts.isBodyNoun($0) }),
          let owner = possessiveOwner(before: n, within: 0..<n.upperBound), facts.isCapitalized(owner.lowerBound)
        {
          ownedName = owner.lowerBound..<n.upperBound
          name = bytes(owner.lowerBound..<n.upperBound)
        }
      } else {
        let fullest = fullestNamed ?? firstMention
        let core = mentions[fullest].core
        let headEnd = descriptionHeadEnd(core)
        // `Analysts said`: a common noun is capitalized only because it
        // starts the sentence. (Not a title before a name: `Ms. Ortega’s
        // office said`.)
        if let first = core.first, facts.has(first, .sentenceStart), let s = facts.speaker(first), !s.categories.isEmpty,
          !(s.categories.contains(.title) && s.end < core.upperBound && facts.isCapitalized(s.end))
        {
          if let lowered = lowercasedInitial(core, into: &names.extra) {
            name = SpeakerNames.Bytes(start: lowered.lowerBound, end: lowered.upperBound, inExtra: true)
            if let headEnd, let head = lowercasedInitial(core.lowerBound..<headEnd, into: &names.extra) {
              headAlias = SpeakerNames.Bytes(start: head.lowerBound, end: head.upperBound, inExtra: true)
            }
          } else {
            name = bytes(core)
          }
        } else {
          name = bytes(core)
        }
        if headAlias == nil, let headEnd { headAlias = bytes(core.lowerBound..<headEnd) }
      }
      if name.count == 0 { name = bytes(mentions[firstMention].tokens) }
      // Aliases: every other wording, compared on the bytes (plain loops: a
      // nested function capturing the list would cost an access check per
      // call).
      ranges.removeAllKeepingStorage()
      let nameRange = ownedName ?? entity.name ?? fullestNamed.map { mentions[$0].core }
      // (A body's name keeps its owner, `Sri Lanka’s Court of Appeal`; a
      // person's does not.)
      let isBody = entity.kind == .organization || entity.kind == .media
      // The texts compared through buffers taken once for the speaker.
      document.tokens.withUnsafeBufferPointer { tokens in
        document.text.withUnsafeBufferPointer { text in
          // (A name given its owner is known by the name alone too.)
          if ownedName != nil, let n = entity.name { Self.addAlias(n, unless: nameRange, to: &ranges, tokens, text) }
          var i = firstMention
          while i >= 0 {
            let m = mentions[i]
            i = Int(nextMention[i])
            guard m.pronoun == .none else { continue }
            // Its wording, its name, its core, one after the other (a loop
            // over the three mispredicted at its tests of which it read). A
            // range read already for this mention (its name or core is often
            // the whole phrase) was kept or skipped then, and would be
            // skipped now: not compared again.
            // (Not with a phrase of time before the core: `hours later the
            // Ukrainian air force`.)
            if !(m.tokens.lowerBound..<m.core.lowerBound).contains(where: { facts.word($0) == .adverb }) {
              Self.addAlias(m.tokens, unless: nameRange, to: &ranges, tokens, text)
            }
            let name = m.name ?? m.tokens
            // (Not a name that only says whose the phrase's noun is, when
            // the speaker has a name of its own: `Communist Party` in
            // `Granma, the Communist Party newspaper`.)
            if name != m.tokens, nameRange == nil || m.kind == .person || m.nameEndsPhrase {
              Self.addAlias(name, unless: nameRange, to: &ranges, tokens, text)
            }
            if m.core != m.tokens, m.core != name { Self.addAlias(m.core, unless: nameRange, to: &ranges, tokens, text) }
            if isBody, let n = m.name, let owner = possessiveOwner(before: n, within: m.core), owner.lowerBound..<n.upperBound != m.tokens {
              Self.addAlias(owner.lowerBound..<n.upperBound, unless: nameRange, to: &ranges, tokens, text)
            }
          }
        }
      }
      let firstAlias = names.aliases.count
      for r in ranges { names.aliases.append(bytes(r)) }
      // An unnamed description is also known by its words before the place
      // or the participle that follows its noun: `diplomats` for `diplomats
      // in Algiers`, `senior German official` for `senior German official
      // involved in the talks`.
      if let headAlias {
        let seen = document.text.withUnsafeBufferPointer { text in
          names.extra.withUnsafeBufferPointer { extra in
            let head = SpeakerNames.bytes(headAlias, text: text, extra: extra)
            return names.aliases[firstAlias...].contains { $0.count == head.count && SpeakerNames.bytes($0, text: text, extra: extra).elementsEqual(head) }
          }
        }
        if !seen { names.aliases.append(headAlias) }
      }
      names.people.append(SpeakerNames.Person(kind: entity.kind, name: name, firstAlias: firstAlias, endAlias: names.aliases.count))
    }
  }

  /// The end of the words of description `core` up to its speaker noun,
  /// when a preposition other than `of`/`for` follows the noun (`officials
  /// in Erbil`, `diplomats from two countries`), or a word in -ed and then
  /// a preposition (`an official briefed on the talks`, `involved in`);
  /// nil otherwise (`head of the mission` is no head alone).
  /// (Inlined, as `possessiveOwner`: a call from the mutating
  /// `appendSpeaker` copied the resolver.)
  @inline(__always)
  func descriptionHeadEnd(_ core: Range<Int>) -> Int? {
    var k = core.lowerBound + 1
    while k < core.upperBound - 1 {
      if facts.speaker(k - 1).map({ $0.end == k }) == true {
        let w = facts.word(k)
        if w.isPreposition, w != .nameConnector { return k }
        if w == .none, facts.has(k, .endsED), facts.word(k + 1).isPreposition { return k }
      }
      k += 1
    }
    return nil
  }

  /// `Sri Lanka’s` before `Court of Appeal`, `St. Brendan’s General` before
  /// `Hospital`: the capitalized words right before name `n` in `core`
  /// that end in a possessive (with the capitalized words after it), so
  /// that the name as the text writes it (`Sri Lanka’s Court of Appeal`,
  /// not `… on Wednesday`) is an alias.
  @inline(__always)
  func possessiveOwner(before n: Range<Int>, within core: Range<Int>) -> Range<Int>? {
    facts.flags.withUnsafeBufferPointer { Self.possessiveOwner(before: n.lowerBound, floor: core.lowerBound, flags: $0) }
  }

  /// `possessiveOwner(before:within:)` over the token flags, for the name
  /// starting at token `n`, no token before `floor` (for tests over the
  /// document's buffers, `latestNamed`).
  @inline(__always)
  static func possessiveOwner(before n: Int, floor: Int, flags: UnsafeBufferPointer<TokenFacts.Flags>) -> Range<Int>? {
    var s = n
    var possessive = false
    // (The possessive is a token of its own, `’s`, after a capitalized one.)
    while s > floor, n - s < 5, flags[s - 1].contains(.capitalized) || (flags[s - 1].contains(.possessive) && s - 1 > floor) {
      s -= 1
      if flags[s].contains(.possessive) { possessive = true }
    }
    return possessive ? s..<n : nil
  }

  /// Appends `r` to the aliases `ranges` unless it is empty or reads as
  /// `name` or as one of them.
  @inline(__always)
  private static func addAlias(_ r: Range<Int>, unless name: Range<Int>?, to ranges: inout [Range<Int>], _ tokens: UnsafeBufferPointer<Token>, _ text: UnsafeBufferPointer<UInt8>) {
    if r.isEmpty { return }
    if let name, sameText(r, name, tokens, text) { return }
    if ranges.contains(where: { sameText($0, r, tokens, text) }) { return }
    ranges.append(r)
  }

  /// The text of `r` (not empty) with its first character lower-cased if
  /// it is an upper-case one.
  func lowercasedInitial(_ r: Range<Int>) -> String {
    var extra: [UInt8] = []
    guard let lowered = lowercasedInitial(r, into: &extra) else { return text(r) }
    return String(decoding: extra[lowered], as: UTF8.self)
  }

  /// The bytes of `lowercasedInitial(_:)` appended to `extra`, and their
  /// range there; nil when they are the text's own (the first character
  /// is not an upper-case one). An ASCII first character (one whose next
  /// byte is ASCII too, so that it is a whole character) is lowered on the
  /// bytes, with no string.
  func lowercasedInitial(_ r: Range<Int>, into extra: inout [UInt8]) -> Range<Int>? {
    let start = Int(document.tokens[r.lowerBound].start)
    let end = Int(document.tokens[r.upperBound - 1].end)
    let b0 = document.text[start]
    let at = extra.count
    if b0 < 0x80, start + 1 >= end || document.text[start + 1] < 0x80 {
      guard b0 &- UInt8(ascii: "A") < 26 else { return nil }
      document.text.withUnsafeBufferPointer { extra.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
      extra[at] = b0 | 0x20
      return at..<extra.count
    }
    let name = text(r)
    guard let c = name.first, c.isUppercase else { return nil }
    extra.append(contentsOf: (c.lowercased() + name.dropFirst()).utf8)
    return at..<extra.count
  }

  /// The bytes of tokens `r` (`text(_:)`), as a range of the text.
  @inline(__always)
  func bytes(_ r: Range<Int>) -> SpeakerNames.Bytes {
    guard !r.isEmpty else { return .empty }
    return SpeakerNames.Bytes(start: Int(document.tokens[r.lowerBound].start), end: Int(document.tokens[r.upperBound - 1].end), inExtra: false)
  }

  /// The text of tokens `r` (`Document.string`), decoded from a buffer
  /// of the bytes: the generic decoding of an array slice costs a third
  /// more per name.
  func text(_ r: Range<Int>) -> String {
    guard !r.isEmpty else { return "" }
    let start = Int(document.tokens[r.lowerBound].start)
    let end = Int(document.tokens[r.upperBound - 1].end)
    return document.text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
  }
}
