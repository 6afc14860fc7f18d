/// Turns scored documents into the `parley-report/1` records and CSV rows.
/// Field names are a contract (docs/report-format.md); add, never rename.
///
/// Offsets: a paragraph's `start`/`end` are byte offsets into the document
/// text; a sentence's, and its evidence's, are byte offsets into its
/// paragraph's text.
public struct ReportEncoder: Sendable {
  public static let format = "parley-report/1"

  /// Include evidence on every sentence.
  public var evidence: Bool
  /// Include the text of paragraphs and sentences.
  public var text: Bool

  public init(evidence: Bool = false, text: Bool = false) {
    self.evidence = evidence
    self.text = text
  }

  /// One JSON object for the analysed document (one JSONL line without its
  /// newline): scores, statements and speakers.
  public func record(_ analysis: Analysis, document: Document, metadata: [(key: String, json: [UInt8])] = [], parameters: ModelParameters, into w: inout JSONWriter) {
    record(analysis, document: document, metadata: MetadataBytes(metadata), parameters: parameters, into: &w)
  }

  /// `record(_:document:metadata:parameters:into:)` with `article`'s
  /// metadata, read where the article keeps it (no array of fields made).
  public func record(_ analysis: Analysis, document: Document, article: Article, parameters: ModelParameters, into w: inout JSONWriter) {
    record(analysis, document: document, metadata: article.metadataBytes, parameters: parameters, into: &w)
  }

  /// `record(_:document:metadata:parameters:into:)` with the metadata as
  /// an article keeps it.
  func record(_ analysis: Analysis, document: Document, metadata: MetadataBytes, parameters: ModelParameters, into w: inout JSONWriter) {
    record(analysis.score, document: document, metadata: metadata, into: &w, close: false)
    guard w.isCompact && (analysis.builtStatements == nil || analysis.builtSpeakers == nil) else {
      return attribution(analysis, document: document, parameters: parameters, names: nil, into: &w)
    }
    // Each speaker's name escaped once, where it is first written, and
    // copied from there for every other statement and the speaker list.
    withUnsafeTemporaryAllocation(of: WrittenNames.Slot.self, capacity: max(1, analysis.rows.names.people.count)) { slots in
      slots.initialize(repeating: WrittenNames.Slot())
      analysis.rows.names.extra.withUnsafeBufferPointer { extra in
        attribution(analysis, document: document, parameters: parameters, names: WrittenNames(slots: slots, extra: extra), into: &w)
      }
    }
  }

  /// The record's members after its scores: statements, speakers and
  /// attribution warnings; `names` for compact output from the rows.
  private func attribution(_ analysis: Analysis, document: Document, parameters: ModelParameters, names: WrittenNames?, into w: inout JSONWriter) {
    w.key(ascii: "statements")
    w.beginArray()
    if let names, w.isCompact && analysis.builtStatements == nil {
      // Straight from the rows: no `StatementScore` is built.
      compactStatements(analysis.rows, document: document, plainParagraphs: analysis.paragraphsNeedNoEscape, names: names, into: &w)
    } else {
      // Through a buffer pointer: a statement's strings and arrays are read
      // in place, not copied (and released) for the loop and each field.
      analysis.statements.withUnsafeBufferPointer { statements in
        for i in statements.indices { statement(statements.baseAddress! + i, document: document, into: &w) }
      }
    }
    w.endArray()
    w.key(ascii: "speakers")
    w.beginArray()
    if let names, w.isCompact && analysis.builtSpeakers == nil {
      // Straight from the rows: no `SpeakerSummary` is built.
      compactSpeakers(analysis.rows, parameters: parameters, names: names, into: &w)
    } else {
      // Through a buffer pointer: each summary is read in place, not copied
      // (and its strings, aliases and cue table retained and released).
      analysis.speakers.withUnsafeBufferPointer { speakers in
        for i in speakers.indices { speaker(speakers.baseAddress! + i, parameters: parameters, into: &w) }
      }
    }
    w.endArray()
    diagnosticsField("attribution_warnings", analysis.warnings, into: &w)
    w.endObject()
  }

  /// One statement as JSON, read in place (the pointer is into the
  /// analysis's statements): a copy would retain and release its strings
  /// and arrays.
  private func statement(_ s: UnsafePointer<StatementScore>, document: Document, into w: inout JSONWriter) {
    let paragraph = s.pointee.statement.paragraph
    let content = s.pointee.statement.content
    let base = document.paragraphs[paragraph].span.start
    if w.isCompact { return compactStatement(s, base: base, into: &w) }
    w.beginObject()
    w.members(fields: 3) { c in
      c.key("paragraph"); c.integer(paragraph)
      c.key("start"); c.integer(content.start - base)
      c.key("end"); c.integer(content.end - base)
    }
    w.key(ascii: "text")
    s.pointee.source.withUnsafeBufferPointer { w.string(utf8: UnsafeBufferPointer(rebasing: $0[content.start..<content.end])) }
    w.field(ascii: "cue", s.pointee.cue)
    w.field(ascii: "cue_stance", s.pointee.cueStance)
    w.key(ascii: "form")
    // The raw values, as static strings.
    switch s.pointee.statement.form {
    case .quote: w.string(ascii: "quote")
    case .partialQuote: w.string(ascii: "partialQuote")
    case .reported: w.string(ascii: "reported")
    case .accordingTo: w.string(ascii: "accordingTo")
    case .object: w.string(ascii: "object")
    }
    w.field(ascii: "speaker", s.pointee.speaker)
    let stance = s.pointee.stance
    let own = s.pointee.ownOptimism
    let words = s.pointee.words
    w.members(fields: 6) { c in
      Self.stance(stance, &c)
      c.key("optimism_own"); c.number(own)
      c.key("words"); c.integer(words)
    }
    if evidence { evidenceField(s.pointee.evidence, base: base, into: &w) }
    w.endObject()
  }

  /// `statement` for compact output: the same bytes, written after one
  /// reservation with the constant runs of keys and punctuation as blocks.
  private func compactStatement(_ s: UnsafePointer<StatementScore>, base: Int, into w: inout JSONWriter) {
    let content = s.pointee.statement.content
    // The constant runs (under 220 bytes), eight numbers (at most 28 bytes
    // each) and the three strings.
    let room = 512 + MemberCursor.stringRoom(content.end - content.start) + MemberCursor.stringRoom(s.pointee.cue.utf8.count) + MemberCursor.stringRoom(s.pointee.speaker.utf8.count)
    s.pointee.source.withUnsafeBufferPointer { source in
      if evidence {
        w.beginObject()
        w.members(room: room) { c in
          c.key("paragraph")
          Self.statementMembers(s, base: base, source: source, &c)
        }
      } else {
        // The whole object, braces included.
        w.compactValue(room: room) { c in
          c.literal("{\"paragraph\":")
          Self.statementMembers(s, base: base, source: source, &c)
          c.literal("}")
        }
      }
    }
    if evidence {
      evidenceField(s.pointee.evidence, base: base, into: &w)
      w.endObject()
    }
  }

  /// A statement's `form` member, its raw value as a static string.
  @inline(__always)
  private static func compactForm(_ form: Statement.Form, _ c: inout MemberCursor) {
    switch form {
    case .quote: c.literal(",\"form\":\"quote\"")
    case .partialQuote: c.literal(",\"form\":\"partialQuote\"")
    case .reported: c.literal(",\"form\":\"reported\"")
    case .accordingTo: c.literal(",\"form\":\"accordingTo\"")
    case .object: c.literal(",\"form\":\"object\"")
    }
  }

  /// A statement's members after `"paragraph":`, for compact output.
  @inline(__always)
  private static func statementMembers(_ s: UnsafePointer<StatementScore>, base: Int, source: UnsafeBufferPointer<UInt8>, _ c: inout MemberCursor) {
    members(of: s.pointee.statement, cueStance: s.pointee.cueStance, stance: s.pointee.stance, ownOptimism: s.pointee.ownOptimism, words: s.pointee.words, base: base, source: source, plainText: false, &c,
            cue: { $0.string(s.pointee.cue) }, speaker: { $0.string(s.pointee.speaker) })
  }

  /// The members after `"paragraph":` of a statement, from its public
  /// values (`statementMembers`) or its row (`rowStatementMembers`): the
  /// two differ only in where the cue's text and the speaker's name come
  /// from, which `cue` and `speaker` write. With `plainText`, the text
  /// is known to need no escape (`MemberCursor.plainString`).
  @inline(__always)
  private static func members(of st: Statement, cueStance: Double, stance: Stance, ownOptimism: Double, words: Int, base: Int, source: UnsafeBufferPointer<UInt8>, plainText: Bool, _ c: inout MemberCursor, cue: (inout MemberCursor) -> Void, speaker: (inout MemberCursor) -> Void) {
    let content = st.content
    c.integer(st.paragraph)
    c.literal(",\"start\":"); c.integer(content.start - base)
    c.literal(",\"end\":"); c.integer(content.end - base)
    c.literal(",\"text\":")
    let text = UnsafeBufferPointer(rebasing: source[content.start..<content.end])
    if plainText { c.plainString(utf8: text) } else { c.string(utf8: text) }
    c.literal(",\"cue\":"); cue(&c)
    c.literal(",\"cue_stance\":"); c.mostlyZeroNumber(cueStance)
    compactForm(st.form, &c)
    c.literal(",\"speaker\":"); speaker(&c)
    Self.compactStance(stance, &c)
    c.literal(",\"optimism_own\":"); c.number(ownOptimism)
    c.literal(",\"words\":"); c.integer(words)
  }

  /// The statements of `rows` for compact output: the bytes of
  /// `compactStatement` for the `StatementScore`s the rows stand for, the
  /// cue read from the document's bytes, the speaker's name from the
  /// attribution's speakers (bytes of the text or of the names' side
  /// buffer).
  /// With `plainParagraphs`, the document's paragraphs need no escape
  /// (`Analysis.paragraphsNeedNoEscape`): a statement's text inside its
  /// paragraph is copied with no scan.
  private func compactStatements(_ rows: AttributionRows, document: Document, plainParagraphs: Bool, names: WrittenNames, into w: inout JSONWriter) {
    rows.source.withUnsafeBufferPointer { source in
      // (Only when the rows' text is the document's, whose paragraphs are
      // the ones looked at.)
      let plainParagraphs = plainParagraphs && document.text.withUnsafeBufferPointer { $0.baseAddress == source.baseAddress && $0.count == source.count }
      rows.names.people.withUnsafeBufferPointer { people in
        rows.statements.withUnsafeBufferPointer { statements in
          for i in statements.indices {
            let row = statements.baseAddress! + i
            let st = row.pointee.statement
            let paragraph = document.paragraphs[st.paragraph].span
            let base = paragraph.start
            let plainText = plainParagraphs && st.content.start >= paragraph.start && st.content.end <= paragraph.end
            // The speaker, read in place (`AttributionRows.speakerName`).
            let person: UnsafePointer<SpeakerNames.Person>? = st.speaker >= 0 && st.speaker < people.count ? people.baseAddress! + st.speaker : nil
            let nameRoom = person.map { names.room(st.speaker, $0) } ?? MemberCursor.stringRoom(8)
            let cueLength = st.cue.map { $0.end - $0.start } ?? 0
            // The constant runs (under 220 bytes), eight numbers (at most 28
            // bytes each) and the three strings.
            let room = 512 + MemberCursor.stringRoom(st.content.end - st.content.start) + MemberCursor.stringRoom(cueLength) + nameRoom
            if evidence {
              w.beginObject()
              w.members(room: room) { c in
                c.key("paragraph")
                Self.rowStatementMembers(row, person: person, names: names, base: base, source: source, plainText: plainText, &c)
              }
              evidenceField(rows.evidence[i], base: base, into: &w)
              w.endObject()
            } else {
              // The whole object, braces included.
              w.compactValue(room: room) { c in
                c.literal("{\"paragraph\":")
                Self.rowStatementMembers(row, person: person, names: names, base: base, source: source, plainText: plainText, &c)
                c.literal("}")
              }
            }
          }
        }
      }
    }
  }

  /// A statement row's members after `"paragraph":`, for compact output
  /// (`statementMembers`): the cue from the document's bytes, the speaker's
  /// name from the attribution's speakers.
  @inline(__always)
  private static func rowStatementMembers(_ row: UnsafePointer<StatementRow>, person: UnsafePointer<SpeakerNames.Person>?, names: WrittenNames, base: Int, source: UnsafeBufferPointer<UInt8>, plainText: Bool, _ c: inout MemberCursor) {
    let st = row.pointee.statement
    members(of: st, cueStance: row.pointee.cueStance, stance: row.pointee.stance, ownOptimism: row.pointee.ownOptimism, words: row.pointee.words, base: base, source: source, plainText: plainText, &c,
            cue: { c in
              if let cue = st.cue { c.string(utf8: UnsafeBufferPointer(rebasing: source[cue.start..<cue.end])) } else { c.string(ascii: "") }
            },
            speaker: { c in
              if let person { names.write(st.speaker, person, source: source, &c) } else { c.string(ascii: "narrator") }
            })
  }

  /// The speakers of `rows` for compact output: the bytes of
  /// `compactSpeaker` for the `SpeakerSummary`s the rows stand for, names
  /// and aliases read in place from the attribution's speakers, top cues
  /// from the document's bytes (`AttributionRows.forEachTopCue`).
  private func compactSpeakers(_ rows: AttributionRows, parameters: ModelParameters, names: WrittenNames, into w: inout JSONWriter) {
    // Every array of the rows through a buffer pointer, taken once: a
    // method of the rows called in the loop copied them (five retains and
    // releases a speaker).
    rows.source.withUnsafeBufferPointer { source in
      rows.statements.withUnsafeBufferPointer { statements in
        rows.names.people.withUnsafeBufferPointer { people in
          rows.names.aliases.withUnsafeBufferPointer { aliases in
            rows.speakers.withUnsafeBufferPointer { speakers in
              for i in speakers.indices {
                compactSpeaker(speakers.baseAddress! + i, people: people, aliases: aliases, statements: statements, source: source, parameters: parameters, names: names, into: &w)
              }
            }
          }
        }
      }
    }
  }

  /// One speaker row for compact output (`compactSpeakers`).
  private func compactSpeaker(_ row: UnsafePointer<SpeakerRow>, people: UnsafeBufferPointer<SpeakerNames.Person>, aliases: UnsafeBufferPointer<SpeakerNames.Bytes>, statements: UnsafeBufferPointer<StatementRow>, source: UnsafeBufferPointer<UInt8>, parameters: ModelParameters, names: WrittenNames, into w: inout JSONWriter) {
    let speaker = row.pointee.speaker
    // Name, kind and aliases: bytes of the text (or of the names' side
    // buffer), no strings.
    let person: UnsafePointer<SpeakerNames.Person>? = speaker == SpeakerRow.narrator ? nil : people.baseAddress! + speaker
    // The constant runs (under 200 bytes), seven numbers (at most 28 bytes
    // each) and every string with its comma.
    // (The cue tally read in place when exact, as nearly always: a call
    // took a copy of the row.)
    let cues = row.pointer(to: \.cues)!
    var room = 512
    if cues.pointee.isExact {
      room += cues.pointee.exactRoom
    } else {
      room += AttributionRows.cueRoom(row.pointee, statements: statements)
    }
    if let person {
      room += names.room(speaker, person)
      for j in person.pointee.firstAlias..<person.pointee.endAlias { room += 1 + MemberCursor.stringRoom(aliases[j].count) }
    }
    let (statementCount, optimismSum, hedgingSum) = (row.pointee.statements, row.pointee.optimismSum, row.pointee.hedgingSum)
    let stance = Stance.speaker(optimism: optimismSum.mean(statementCount), hedging: hedgingSum.mean(statementCount), parameters: parameters)
    // The whole object, braces included.
    w.compactValue(room: room) { c in
      if let person {
        c.literal("{\"name\":"); names.write(speaker, person, source: source, &c)
        switch person.pointee.kind {
        case .person: c.literal(",\"kind\":\"person\",\"aliases\":[")
        case .organization: c.literal(",\"kind\":\"organization\",\"aliases\":[")
        case .group: c.literal(",\"kind\":\"group\",\"aliases\":[")
        case .media: c.literal(",\"kind\":\"media\",\"aliases\":[")
        }
        for j in person.pointee.firstAlias..<person.pointee.endAlias {
          if j > person.pointee.firstAlias { c.literal(",") }
          c.string(utf8: names.bytes(aliases[j], source: source))
        }
      } else {
        c.literal("{\"name\":\"narrator\",\"kind\":\"narrator\",\"aliases\":[")
      }
      // A row is one article's: one document.
      Self.compactSpeakerFigures(documents: 1, statements: statementCount, words: row.pointee.words, stance: stance, optimism: optimismSum, hedging: hedgingSum, &c)
      if speaker == SpeakerRow.narrator || (cues.pointee.isExact && cues.pointee.count <= 1) {
        // No cue, or one (most speakers): it is the top one, written here
        // as `forEachTopCue` would give it, without a call that copies the
        // row. (The narrator has no top cues.)
        if speaker != SpeakerRow.narrator && cues.pointee.count == 1 {
          let span = cues.pointee[0].span
          c.lowercasedString(ascii: UnsafeBufferPointer(rebasing: source[span.start..<span.end]))
        }
      } else {
        var firstCue = true
        AttributionRows.forEachTopCue(row.pointee, statements: statements, source: source) { span, text in
          if !firstCue { c.literal(",") }
          firstCue = false
          if let text {
            c.string(text)
          } else {
            c.lowercasedString(ascii: UnsafeBufferPointer(rebasing: source[span.start..<span.end]))
          }
        }
      }
      c.literal("]}")
    }
  }

  /// Where each speaker's name (`Speaker.name`, by index into the
  /// attribution's speakers) was first written in the record, escaped:
  /// the other statements that name the speaker, and the speaker list,
  /// copy those bytes instead of escaping the name again. Valid for one
  /// record (offsets into its writer's output). Names and aliases are read
  /// from the document's text or the names' side buffer (`extra`, taken
  /// for the record).
  private struct WrittenNames {
    struct Slot {
      var offset = 0
      /// 0 until written (a written name has at least its quotes).
      var length = 0
    }
    /// One a speaker.
    let slots: UnsafeMutableBufferPointer<Slot>
    /// `SpeakerNames.extra`.
    let extra: UnsafeBufferPointer<UInt8>

    /// The bytes of a name or alias (`source` is the document's text).
    @inline(__always)
    func bytes(_ b: SpeakerNames.Bytes, source: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
      SpeakerNames.bytes(b, text: source, extra: extra)
    }

    /// The room speaker `index`'s name takes.
    @inline(__always)
    func room(_ index: Int, _ person: UnsafePointer<SpeakerNames.Person>) -> Int {
      let length = slots[index].length
      return length > 0 ? length : MemberCursor.stringRoom(person.pointee.name.count)
    }

    /// Writes speaker `index`'s name: escaped the first time, else a copy
    /// of the bytes written then.
    @inline(__always)
    func write(_ index: Int, _ person: UnsafePointer<SpeakerNames.Person>, source: UnsafeBufferPointer<UInt8>, _ c: inout MemberCursor) {
      let slot = slots[index]
      if slot.length > 0 { return c.repeatWritten(at: slot.offset, count: slot.length) }
      let at = c.offset
      c.string(utf8: bytes(person.pointee.name, source: source))
      slots[index] = Slot(offset: at, length: c.offset - at)
    }
  }

  /// One speaker summary as JSON.
  public func speaker(_ sp: SpeakerSummary, parameters: ModelParameters, into w: inout JSONWriter) {
    withUnsafePointer(to: sp) { speaker($0, parameters: parameters, into: &w) }
  }

  /// One speaker summary as JSON, read in place (see `statement`).
  private func speaker(_ sp: UnsafePointer<SpeakerSummary>, parameters: ModelParameters, into w: inout JSONWriter) {
    if w.isCompact { return compactSpeaker(sp, parameters: parameters, into: &w) }
    w.beginObject()
    w.field(ascii: "name", sp.pointee.name)
    w.field(ascii: "kind", sp.pointee.kind)
    w.key(ascii: "aliases")
    w.beginArray()
    for a in sp.pointee.aliases { w.string(a) }
    w.endArray()
    let (documents, statements, words) = (sp.pointee.documents, sp.pointee.statements, sp.pointee.words)
    let (stance, optimismSpread, hedgingSpread) = (sp.pointee.stance(parameters), sp.pointee.optimismSpread, sp.pointee.hedgingSpread)
    w.members(fields: 9) { c in
      c.key("documents"); c.integer(documents)
      c.key("statements"); c.integer(statements)
      c.key("words"); c.integer(words)
      Self.stance(stance, &c)
      c.key("optimism_sd"); c.number(optimismSpread)
      c.key("hedging_sd"); c.number(hedgingSpread)
    }
    w.key(ascii: "top_cues")
    w.beginArray()
    if let only = sp.pointee.onlyCue {
      // Most speakers have one cue: it is the top one, no list needed.
      w.string(only)
    } else {
      for c in sp.pointee.topCues() { w.string(c) }
    }
    w.endArray()
    w.endObject()
  }

  /// `speaker` for compact output: the same bytes, written after one
  /// reservation with the constant runs of keys and punctuation as blocks.
  private func compactSpeaker(_ sp: UnsafePointer<SpeakerSummary>, parameters: ModelParameters, into w: inout JSONWriter) {
    let only = sp.pointee.onlyCue
    // The constant runs (under 200 bytes), seven numbers (at most 28 bytes
    // each) and every string with its comma.
    var room = 512 + MemberCursor.stringRoom(sp.pointee.name.utf8.count) + MemberCursor.stringRoom(sp.pointee.kind.utf8.count)
    for a in sp.pointee.aliases { room += 1 + MemberCursor.stringRoom(a.utf8.count) }
    if let only { room += MemberCursor.stringRoom(only.utf8.count) }
    // Room for every cue: the top ones are among them.
    if only == nil { sp.pointee.cueCounts.forEach { k, _ in room += 1 + MemberCursor.stringRoom(k.utf8.count) } }
    // The sums read out first: `stance(_:)` and the spreads called
    // through `pointee` copied the summary (retaining and releasing its
    // strings and aliases).
    let (statements, optimismSum, hedgingSum) = (sp.pointee.statements, sp.pointee.optimismSum, sp.pointee.hedgingSum)
    let stance = Stance.speaker(optimism: optimismSum.mean(statements), hedging: hedgingSum.mean(statements), parameters: parameters)
    // The whole object, braces included.
    w.compactValue(room: room) { c in
      c.literal("{\"name\":"); c.string(sp.pointee.name)
      c.literal(",\"kind\":"); c.string(sp.pointee.kind)
      c.literal(",\"aliases\":[")
      var first = true
      for a in sp.pointee.aliases {
        if !first { c.literal(",") }
        first = false
        c.string(a)
      }
      Self.compactSpeakerFigures(documents: sp.pointee.documents, statements: statements, words: sp.pointee.words, stance: stance, optimism: optimismSum, hedging: hedgingSum, &c)
      if let only {
        c.string(only)
      } else {
        var firstCue = true
        sp.pointee.forEachTopCue { cue in
          if !firstCue { c.literal(",") }
          firstCue = false
          c.string(cue)
        }
      }
      c.literal("]}")
    }
  }

  /// A speaker's members from the end of its aliases to the opening of
  /// its top cues (counts, stance, spreads), for rows and public values
  /// alike. (`@inline(always)`, as `compactStance`.)
  @inline(always)
  static func compactSpeakerFigures(documents: Int, statements: Int, words: Int, stance: Stance, optimism: ExactSum, hedging: ExactSum, _ c: inout MemberCursor) {
    c.literal("],\"documents\":"); c.integer(documents)
    c.literal(",\"statements\":"); c.integer(statements)
    c.literal(",\"words\":"); c.integer(words)
    compactStance(stance, &c)
    c.literal(",\"optimism_sd\":"); c.mostlyZeroNumber(optimism.spread(statements))
    c.literal(",\"hedging_sd\":"); c.mostlyZeroNumber(hedging.spread(statements))
    c.literal(",\"top_cues\":[")
  }

  /// `stance(_:_:)` after an item, for compact output: the keys and labels
  /// as blocks, the labels' from a table (`StanceLabelMembers`: a switch
  /// on the pair was a mispredicted branch). (`@inline(always)`: with
  /// `@inline(__always)`, a hint, the optimizer kept it a call, "not
  /// profitable", and each caller's cursor went through memory.)
  @inline(always)
  static func compactStance(_ s: Stance, _ c: inout MemberCursor) {
    c.literal(",\"optimism\":"); c.number(s.optimism)
    c.literal(",\"hedging\":"); c.number(s.hedging)
    StanceLabelMembers.write(s.optimismLabel, s.hedgingLabel, &c)
  }

  /// The scores alone (no attribution).
  public func record(_ score: DocumentScore, document: Document, metadata: [(key: String, json: [UInt8])] = [], into w: inout JSONWriter, close: Bool = true) {
    record(score, document: document, metadata: MetadataBytes(metadata), into: &w, close: close)
  }

  /// `record(_:document:metadata:into:close:)` with the metadata as an
  /// article keeps it.
  func record(_ score: DocumentScore, document: Document, metadata: MetadataBytes, into w: inout JSONWriter, close: Bool = true) {
    w.beginObject()
    if w.isCompact {
      compactHeader(score, metadata: metadata, into: &w)
    } else {
      w.field(ascii: "format", Self.format)
      w.field(ascii: "id", score.id)
      w.field(ascii: "model", score.model)
      w.members(fields: 5) { c in
        Self.stance(score.stance, &c)
        c.key("words"); c.integer(score.words)
      }
      if !metadata.isEmpty {
        w.key(ascii: "metadata")
        w.beginObject()
        for m in metadata.fields { w.key(m.key); w.raw(m.json) }
        w.endObject()
      }
    }
    w.key(ascii: "paragraphs")
    w.beginArray()
    // Sentences through a buffer pointer: read in place, not copied.
    score.sentences.withUnsafeBufferPointer { sentences in
      for paragraph in score.paragraphs {
        if w.isCompact && !text && !evidence {
          compactParagraph(paragraph, sentences: sentences, into: &w)
          continue
        }
        w.beginObject()
        if w.isCompact {
          // The constant runs (about 150 bytes) and six numbers.
          w.members(room: 512) { c in
            c.key("index"); c.integer(paragraph.index)
            c.literal(",\"start\":"); c.integer(paragraph.span.start)
            c.literal(",\"end\":"); c.integer(paragraph.span.end)
            Self.compactStance(paragraph.stance, &c)
            c.literal(",\"optimism_own\":"); c.number(paragraph.ownOptimism)
            c.literal(",\"words\":"); c.integer(paragraph.words)
          }
        } else {
          w.members(fields: 9) { c in
            c.key("index"); c.integer(paragraph.index)
            c.key("start"); c.integer(paragraph.span.start)
            c.key("end"); c.integer(paragraph.span.end)
            Self.stance(paragraph.stance, &c)
            c.key("optimism_own"); c.number(paragraph.ownOptimism)
            c.key("words"); c.integer(paragraph.words)
          }
        }
        if text { w.key(ascii: "text"); string(document, paragraph.span, into: &w) }
        w.key(ascii: "sentences")
        w.beginArray()
        for si in paragraph.sentences { sentence(sentences.baseAddress! + si, base: paragraph.span.start, document: document, into: &w) }
        w.endArray()
        w.endObject()
      }
    }
    w.endArray()
    diagnosticsField("warnings", score.warnings, into: &w)
    if close { w.endObject() }
  }

  /// A record's members before its paragraphs, for compact output: the
  /// bytes of the member-by-member path, as one block after one reservation.
  private func compactHeader(_ score: DocumentScore, metadata: MetadataBytes, into w: inout JSONWriter) {
    // The constant runs (under 150 bytes), three numbers, the strings and
    // the metadata with its keys, quotes, colons and commas: a field of
    // key length k and JSON length j takes at most 2 + stringRoom(k) + j
    // = 12 + 6k + j bytes out, within 6 times its k + j + 8 bytes kept.
    let room = 512 + MemberCursor.stringRoom(Self.format.utf8.count) + MemberCursor.stringRoom(score.id.utf8.count) + MemberCursor.stringRoom(score.model.utf8.count) + 6 * metadata.storage.count
    w.members(room: room) { c in
      c.key("format"); c.string(Self.format)
      c.literal(",\"id\":"); c.string(score.id)
      c.literal(",\"model\":"); c.string(score.model)
      Self.compactStance(score.stance, &c)
      c.literal(",\"words\":"); c.integer(score.words)
      if !metadata.isEmpty {
        c.literal(",\"metadata\":{")
        var first = true
        metadata.forEach { key, json in
          if !first { c.literal(",") }
          first = false
          c.string(utf8: key)
          c.literal(":")
          c.raw(json)
        }
        c.literal("}")
      }
    }
  }

  /// A paragraph with its sentences for compact output without text or
  /// evidence (the JSONL default): the bytes of the member-by-member path,
  /// as one block after one reservation.
  private func compactParagraph(_ paragraph: ParagraphScore, sentences: UnsafeBufferPointer<SentenceScore>, into w: inout JSONWriter) {
    let base = paragraph.span.start
    // The constant runs (about 150 bytes) and six numbers; each sentence's
    // (under 100 bytes) and five numbers (at most 28 bytes each).
    w.compactValue(room: 512 + 320 * paragraph.sentences.count) { cursor in
      // A local copy: through the closure's `inout`, the cursor stayed in
      // memory, stored after every literal.
      var c = cursor
      defer { cursor = c }
      c.literal("{\"index\":"); c.integer(paragraph.index)
      c.literal(",\"start\":"); c.integer(paragraph.span.start)
      c.literal(",\"end\":"); c.integer(paragraph.span.end)
      Self.compactStance(paragraph.stance, &c)
      c.literal(",\"optimism_own\":"); c.number(paragraph.ownOptimism)
      c.literal(",\"words\":"); c.integer(paragraph.words)
      c.literal(",\"sentences\":[")
      for si in paragraph.sentences {
        let s = sentences.baseAddress! + si
        if si != paragraph.sentences.lowerBound { c.literal(",") }
        c.literal("{\"index\":"); c.integer(s.pointee.index)
        c.literal(",\"start\":"); c.integer(s.pointee.span.start - base)
        c.literal(",\"end\":"); c.integer(s.pointee.span.end - base)
        Self.compactStance(s.pointee.stance, &c)
        c.literal("}")
      }
      c.literal("]}")
    }
  }

  /// One sentence as JSON; offsets relative to `base` (its paragraph).
  /// (Read in place, as `statement`: a copy would retain and release its
  /// evidence.)
  private func sentence(_ s: UnsafePointer<SentenceScore>, base: Int, document: Document, into w: inout JSONWriter) {
    let (index, span, stance) = (s.pointee.index, s.pointee.span, s.pointee.stance)
    if w.isCompact && !text && !evidence {
      // The whole object, braces included: the constant runs (under 100
      // bytes) and five numbers.
      w.compactValue(room: 320) { c in
        c.literal("{\"index\":"); c.integer(index)
        c.literal(",\"start\":"); c.integer(span.start - base)
        c.literal(",\"end\":"); c.integer(span.end - base)
        Self.compactStance(stance, &c)
        c.literal("}")
      }
      return
    }
    w.beginObject()
    if w.isCompact {
      w.members(room: 320) { c in
        c.key("index"); c.integer(index)
        c.literal(",\"start\":"); c.integer(span.start - base)
        c.literal(",\"end\":"); c.integer(span.end - base)
        Self.compactStance(stance, &c)
      }
    } else {
      w.members(fields: 7) { c in
        c.key("index"); c.integer(index)
        c.key("start"); c.integer(span.start - base)
        c.key("end"); c.integer(span.end - base)
        Self.stance(stance, &c)
      }
    }
    if text { w.key(ascii: "text"); string(document, span, into: &w) }
    if evidence { evidenceField(s.pointee.evidence, base: base, into: &w) }
    w.endObject()
  }

  func stance(_ s: Stance, into w: inout JSONWriter) {
    w.members(fields: 4) { c in Self.stance(s, &c) }
  }

  /// The four stance members: scores and labels.
  @inline(__always)
  static func stance(_ s: Stance, _ c: inout MemberCursor) {
    c.key("optimism"); c.number(s.optimism)
    c.key("hedging"); c.number(s.hedging)
    c.key("optimism_label")
    switch s.optimismLabel {
    case .negative: c.string(ascii: "negative")
    case .neutral: c.string(ascii: "neutral")
    case .positive: c.string(ascii: "positive")
    }
    c.key("hedging_label")
    switch s.hedgingLabel {
    case .assertive: c.string(ascii: "assertive")
    case .hedged: c.string(ascii: "hedged")
    }
  }

  /// The text of `span` as a JSON string, straight from the document bytes.
  func string(_ document: Document, _ span: Span, into w: inout JSONWriter) {
    document.text.withUnsafeBufferPointer { w.string(utf8: UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
  }

  /// `"NAME": ["file:line:col: warning: …", …]`, left out when empty.
  func diagnosticsField(_ name: StaticString, _ list: [Diagnostic], into w: inout JSONWriter) {
    guard !list.isEmpty else { return }
    w.key(ascii: name)
    w.beginArray()
    for d in list { w.string(d.description) }
    w.endArray()
  }

  /// `"evidence": [...]` with offsets relative to `base` (the paragraph).
  func evidenceField(_ list: [Evidence], base: Int, into w: inout JSONWriter) {
    w.key(ascii: "evidence")
    w.beginArray()
    for e in list { evidence(e, base: base, into: &w) }
    w.endArray()
  }

  func evidence(_ e: Evidence, base: Int, into w: inout JSONWriter) {
    if w.isCompact {
      compactEvidence(e, base: base, into: &w)
      return
    }
    w.beginObject()
    w.field(ascii: "rule", e.rule)
    w.field(ascii: "axis", e.axis)
    w.field(ascii: "start", e.span.start - base)
    w.field(ascii: "end", e.span.end - base)
    w.field(ascii: "text", e.text)
    w.field(ascii: "weight", e.weight)
    w.field(ascii: "value", e.value)
    w.field(ascii: "delta", e.delta)
    w.field(ascii: "origin", e.origin)
    w.key(ascii: "rules")
    w.beginArray()
    for r in e.rules { w.string(r) }
    w.endArray()
    w.endObject()
  }

  /// `evidence(_:base:into:)` of compact output, as one value written
  /// through a cursor (the same bytes; evidence is the bulk of a record
  /// with `--evidence`, and a call per member cost more than the writing).
  private func compactEvidence(_ e: Evidence, base: Int, into w: inout JSONWriter) {
    // Keys and punctuation (94 bytes), three numbers, two integers, the
    // strings escaped.
    var room = 128 + 3 * maxNumberLength(4) + 2 * 20 + MemberCursor.stringRoom(e.rule.utf8.count) + MemberCursor.stringRoom(e.axis.utf8.count)
      + MemberCursor.stringRoom(e.text.utf8.count) + MemberCursor.stringRoom(e.origin?.utf8.count ?? 0)
    for r in e.rules { room += MemberCursor.stringRoom(r.utf8.count) + 1 }
    w.compactValue(room: room) { c in
      c.literal("{\"rule\":"); c.string(e.rule)
      c.literal(",\"axis\":"); c.string(e.axis)
      c.literal(",\"start\":"); c.integer(e.span.start - base)
      c.literal(",\"end\":"); c.integer(e.span.end - base)
      c.literal(",\"text\":"); c.string(e.text)
      c.literal(",\"weight\":"); c.number(e.weight)
      c.literal(",\"value\":"); c.number(e.value)
      c.literal(",\"delta\":"); c.number(e.delta)
      c.literal(",\"origin\":")
      if let origin = e.origin { c.string(origin) } else { c.literal("null") }
      c.literal(",\"rules\":[")
      for (k, r) in e.rules.enumerated() {
        if k > 0 { c.literal(",") }
        c.string(r)
      }
      c.literal("]}")
    }
  }

  // MARK: CSV tables

  public static let paragraphHeader = ["document", "paragraph", "start", "end", "words", "optimism", "hedging", "optimism_label", "hedging_label", "optimism_own", "text"]
  public static let sentenceHeader = ["document", "paragraph", "sentence", "start", "end", "words", "optimism", "hedging", "optimism_label", "hedging_label", "text"]
  public static let statementHeader = ["document", "paragraph", "start", "end", "speaker", "cue", "cue_stance", "form", "words", "optimism", "hedging", "optimism_label", "hedging_label", "optimism_own", "text"]
  public static let speakerHeader = ["document", "speaker", "kind", "aliases", "statements", "words", "optimism", "hedging", "optimism_sd", "hedging_sd", "optimism_label", "hedging_label", "top_cues"]
  public static let corpusSpeakerHeader = ["speaker", "kind", "aliases", "documents", "statements", "words", "optimism", "hedging", "optimism_sd", "hedging_sd", "optimism_label", "hedging_label", "top_cues"]
  public static let evidenceHeader = ["document", "paragraph", "sentence", "start", "end", "text", "rule", "axis", "weight", "value", "delta", "origin", "rules"]

  public func paragraphRows(_ score: DocumentScore, document: Document, into csv: inout CSVWriter) {
    for p in score.paragraphs {
      csv.field(score.id); csv.field(p.index); csv.field(p.span.start); csv.field(p.span.end); csv.field(p.words)
      csv.field(p.stance.optimism); csv.field(p.stance.hedging)
      csv.field(p.stance.optimismLabel.rawValue); csv.field(p.stance.hedgingLabel.rawValue)
      csv.field(p.ownOptimism)
      csv.field(document.string(p.span))
      csv.endRow()
    }
  }

  public func sentenceRows(_ score: DocumentScore, document: Document, into csv: inout CSVWriter) {
    for s in score.sentences {
      let base = score.paragraphs[s.paragraph].span.start
      csv.field(score.id); csv.field(s.paragraph); csv.field(s.index); csv.field(s.span.start - base); csv.field(s.span.end - base)
      csv.field(s.unit.words); csv.field(s.stance.optimism); csv.field(s.stance.hedging)
      csv.field(s.stance.optimismLabel.rawValue); csv.field(s.stance.hedgingLabel.rawValue)
      csv.field(document.string(s.span))
      csv.endRow()
    }
  }

  public func evidenceRows(_ score: DocumentScore, into csv: inout CSVWriter) {
    for s in score.sentences {
      let base = score.paragraphs[s.paragraph].span.start
      for e in s.evidence {
        csv.field(score.id); csv.field(s.paragraph); csv.field(s.index); csv.field(e.span.start - base); csv.field(e.span.end - base)
        csv.field(e.text); csv.field(e.rule); csv.field(e.axis); csv.field(e.weight); csv.field(e.value); csv.field(e.delta)
        csv.field(e.origin ?? ""); csv.field(e.rules.joined(separator: "; "))
        csv.endRow()
      }
    }
  }

  public func statementRows(_ analysis: Analysis, document: Document, into csv: inout CSVWriter) {
    for s in analysis.statements {
      let base = document.paragraphs[s.statement.paragraph].span.start
      csv.field(analysis.score.id); csv.field(s.statement.paragraph); csv.field(s.statement.content.start - base); csv.field(s.statement.content.end - base)
      csv.field(s.speaker); csv.field(s.cue); csv.field(s.cueStance); csv.field(s.statement.form.rawValue); csv.field(s.words)
      csv.field(s.stance.optimism); csv.field(s.stance.hedging); csv.field(s.stance.optimismLabel.rawValue); csv.field(s.stance.hedgingLabel.rawValue)
      csv.field(s.ownOptimism)
      csv.field(s.text)
      csv.endRow()
    }
  }

  /// Speaker rows; with `document` nil, the corpus table (no document column).
  public func speakerRows(_ speakers: [SpeakerSummary], document: String?, parameters: ModelParameters, into csv: inout CSVWriter) {
    for sp in speakers {
      if let document { csv.field(document) }
      let st = sp.stance(parameters)
      csv.field(sp.name); csv.field(sp.kind); csv.field(sp.aliases.joined(separator: "; "))
      if document == nil { csv.field(sp.documents) }
      csv.field(sp.statements); csv.field(sp.words)
      csv.field(st.optimism); csv.field(st.hedging); csv.field(sp.optimismSpread); csv.field(sp.hedgingSpread)
      csv.field(st.optimismLabel.rawValue); csv.field(st.hedgingLabel.rawValue); csv.field(sp.topCues().joined(separator: "; "))
      csv.endRow()
    }
  }
}

/// The members `,"optimism_label":"…","hedging_label":"…"` of every pair
/// of labels, for compact output: one entry a pair, copied whole in one
/// fixed-size block and counted to its length, with no branch on the pair.
enum StanceLabelMembers {
  /// One line a pair (optimism label major, in declaration order), each
  /// padded with dots to 63 bytes and its newline: entry `k` starts at
  /// `64 * k`.
  private static let entries: StaticString = """
    ,"optimism_label":"negative","hedging_label":"assertive".......
    ,"optimism_label":"negative","hedging_label":"hedged"..........
    ,"optimism_label":"neutral","hedging_label":"assertive"........
    ,"optimism_label":"neutral","hedging_label":"hedged"...........
    ,"optimism_label":"positive","hedging_label":"assertive".......
    ,"optimism_label":"positive","hedging_label":"hedged"..........
    """
  /// The entries' lengths, one byte each: 52 to 56 are the ASCII digits
  /// 4 to 8.
  private static let lengths: StaticString = "857485"
  /// The longest entry's length: the bytes copied for every entry (the
  /// cursor's room must hold them).
  static let copied = 56

  /// The pair's number: its entry in `entries`.
  @inline(__always)
  static func index(_ optimism: OptimismLabel, _ hedging: HedgingLabel) -> Int {
    let o: Int
    switch optimism {
    case .negative: o = 0
    case .neutral: o = 1
    case .positive: o = 2
    }
    return 2 &* o &+ (hedging == .hedged ? 1 : 0)
  }

  @inline(__always)
  private static func length(_ k: Int) -> Int { Int(lengths.utf8Start[k]) }

  /// Writes the pair's members at the cursor.
  @inline(__always)
  static func write(_ optimism: OptimismLabel, _ hedging: HedgingLabel, _ c: inout MemberCursor) {
    let k = index(optimism, hedging)
    c.literal(entries.utf8Start + 64 &* k, copying: copied, count: length(k))
  }
}
