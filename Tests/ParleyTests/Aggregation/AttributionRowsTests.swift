import Testing

@testable import Parley

/// `Engine.analyze` keeps statements and speakers as rows
/// (`AttributionRows`) that the compact record writes directly; the public
/// `StatementScore`s and `SpeakerSummary`s are built from them when read.
/// Both must give the same record, and the rows' own cue tally
/// (`CueTally`) the same top cues as the summary's `CueCounts`.
@Suite struct AttributionRowsTests {
  /// Every evaluation text and fixture: the record written from the rows
  /// (`CorpusRunner` without `materialize`: each speaker's name escaped
  /// once and copied for its other statements and the speaker list)
  /// equals the record written from the public values (`materialize()`),
  /// compact, with and without evidence; also when the writer starts
  /// small and moves to a bigger buffer mid-record (the copies read
  /// earlier output by offset), and in place in an array
  /// (`JSONWriter.bytes`). The public `analyze` hands out the built values.
  @Test(arguments: [false, true])
  func rowsRecordEqualsPublicRecord(_ evidence: Bool) throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.evaluationTexts()
    #expect(texts.count > 100)
    let encoder = ReportEncoder(evidence: evidence)
    var workspace = Workspace()
    var statements = 0
    var speakers = 0
    var repeated = 0
    for (origin, text) in texts {
      let document = engine.read(id: "t", text: text)
      let rows = engine.analyze(document, model: RuleModel(), evidence: evidence, workspace: &workspace)
      #expect(rows.builtStatements == nil && rows.builtSpeakers == nil)
      var built = rows
      built.materialize()
      #expect(built.builtStatements != nil && built.builtSpeakers != nil)
      statements += built.statements.count
      speakers += built.speakers.count
      let named = built.statements.map(\.speaker).filter { $0 != SpeakerSummary.narratorName }
      repeated += named.count - Set(named).count
      var fromValues = JSONWriter()
      encoder.record(built, document: document, parameters: engine.parameters, into: &fromValues)
      var fromRows = JSONWriter()
      encoder.record(rows, document: document, parameters: engine.parameters, into: &fromRows)
      #expect(fromRows.bytes == fromValues.bytes, "\(origin)")
      for reserve in [64, 1 << 20] {
        var w = JSONWriter(reserve: reserve)
        encoder.record(rows, document: document, parameters: engine.parameters, into: &w)
        #expect(w.bytes == fromValues.bytes, "\(origin), reserve \(reserve)")
      }
      let inPlace = JSONWriter.bytes(reserve: 64) { encoder.record(rows, document: document, parameters: engine.parameters, into: &$0) }
      #expect(inPlace == fromValues.bytes, "\(origin), in place")
      // The public `analyze` hands out the built values.
      var fromPublic = JSONWriter()
      encoder.record(engine.analyze(document, evidence: evidence), document: document, parameters: engine.parameters, into: &fromPublic)
      #expect(fromPublic.bytes == fromRows.bytes, "\(origin)")
    }
    #expect(statements > 100)
    #expect(speakers > 100)
    // Names written again from their first writing.
    #expect(repeated > 50)
  }

  /// The speakers' names and aliases kept as bytes in the rows
  /// (`SpeakerNames`: ranges of the text, or of the side buffer for a name
  /// lowered at its first letter) read as the public `Speaker`s of
  /// `Attributor.attribute` on every repository text and example and 600
  /// seeded recombinations of fixture sentences, with one workspace kept
  /// from document to document as a worker keeps it; the bytes the record
  /// writes are the public strings' bytes.
  @Test func rowNamesEqualPublicSpeakers() throws {
    let engine = try TestSupport.engine()
    var workspace = Workspace()
    var speakers = 0
    var aliases = 0
    var inExtra = 0
    var aliasesInExtra = 0
    for text in try AttributionSnapshotTests.texts(engine, seed: 20_261_133).map(\.text) {
      let document = engine.read(id: "t", text: text)
      let analysis = engine.analyze(document, model: RuleModel(), evidence: false, workspace: &workspace)
      let names = analysis.rows.names
      let expected = engine.attributor.attribute(document, ids: engine.matcher.tokenIDs(document)).speakers
      #expect(names.people.count == expected.count, "\(text.prefix(80))")
      for (i, speaker) in expected.enumerated() where i < names.people.count {
        var plain = speaker
        plain.mentions = []
        #expect(analysis.rows.person(i) == plain, "\(text.prefix(80))")
        #expect(analysis.rows.speakerName(i) == speaker.name)
        let p = names.people[i]
        document.text.withUnsafeBufferPointer { source in
          names.extra.withUnsafeBufferPointer { extra in
            #expect(Array(SpeakerNames.bytes(p.name, text: source, extra: extra)) == Array(speaker.name.utf8))
            #expect(p.endAlias - p.firstAlias == speaker.aliases.count)
            for (k, alias) in speaker.aliases.enumerated() where p.firstAlias + k < p.endAlias {
              let b = names.aliases[p.firstAlias + k]
              #expect(Array(SpeakerNames.bytes(b, text: source, extra: extra)) == Array(alias.utf8))
              if b.inExtra { aliasesInExtra += 1 }
            }
          }
        }
        speakers += 1
        aliases += speaker.aliases.count
        if p.name.inExtra { inExtra += 1 }
      }
      workspace.keepRows(of: analysis)
    }
    #expect(speakers > 1_000)
    #expect(aliases > 500)
    // Names lowered at their first letter (`Analysts said` → `analysts`)
    // take the side buffer, and so do the short aliases of such
    // descriptions (`Diplomats in Nairobi said` → `diplomats`).
    #expect(inExtra > 10)
    #expect(aliasesInExtra > 0)
  }

  /// `SpeakerNames.append` (rows made from public values) gives the
  /// speakers back as they were, on seeded names and aliases with
  /// non-ASCII and escaped characters, empty ones included.
  @Test func appendedSpeakersReadBack() {
    var generator = SeededGenerator(seed: 47)
    let pieces = ["Lina", "Moreau", "Ms.", "the envoy", "É", "Ünïcode", "\"", "\\", "\u{1}", "", " ", "analysts", "İ"]
    for round in 0..<500 {
      var people: [Speaker] = []
      for _ in 0..<Int.random(in: 0...4, using: &generator) {
        func text() -> String { (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        let aliases = (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() }
        people.append(Speaker(name: text(), kind: Speaker.Kind.allCases.randomElement(using: &generator)!, aliases: aliases, mentions: []))
      }
      let rows = AttributionRows(people: people, source: Array("unrelated text".utf8))
      #expect(rows.names.people.count == people.count, "round \(round)")
      for (i, p) in people.enumerated() { #expect(rows.person(i) == p, "round \(round)") }
    }
  }

  /// Statements and speakers set by a caller replace the rows in every
  /// report.
  @Test func setValuesAreWritten() throws {
    let engine = try TestSupport.engine()
    let document = engine.read(id: "t", text: "“We are close,” the envoy said. Officials said the talks would resume.")
    var workspace = Workspace()
    var analysis = engine.analyze(document, model: RuleModel(), evidence: false, workspace: &workspace)
    #expect(!analysis.statements.isEmpty)
    var renamed = analysis.speakers
    renamed[renamed.count - 1].name = "Someone Else"
    analysis.speakers = renamed
    var statements = analysis.statements
    statements[0].speaker = "Someone Else"
    analysis.statements = statements
    var w = JSONWriter()
    ReportEncoder().record(analysis, document: document, parameters: engine.parameters, into: &w)
    let json = String(decoding: w.bytes, as: UTF8.self)
    #expect(json.contains("\"speaker\":\"Someone Else\""))
    #expect(json.contains("\"name\":\"Someone Else\""))
  }

  /// Random cues, ASCII in mixed case (and sometimes with other bytes or
  /// many distinct ones, where the tally gives up), spread over a few
  /// speakers: the rows' top cues are the summaries' `topCues()`, and the
  /// summaries count the same cues as `SpeakerSummary.add` does.
  @Test func tallyTopCuesEqualSummaryTopCues() {
    var generator = SeededGenerator(seed: 41)
    let words = ["said", "Said", "SAID", "told", "Told", "according to", "According  to", "insisted", "warned", "sa\"id", "dit", "é", "Ünïcode", "x\u{1}", "claimed", "noted"]
    for round in 0..<600 {
      var text: [UInt8] = []
      var people: [Speaker] = []
      for k in 0..<Int.random(in: 1...3, using: &generator) {
        people.append(Speaker(name: "Speaker \(k)", kind: .person, aliases: [], mentions: []))
      }
      var rows = AttributionRows(people: people, source: [])
      var summaries = people.map { SpeakerSummary(name: $0.name, kind: $0.kind.rawValue) }
      var speakerRows = people.indices.map { SpeakerRow(speaker: $0) }
      let ascii = Bool.random(using: &generator)
      var statements: [Statement] = []
      for _ in 0..<Int.random(in: 0...9, using: &generator) {
        let speaker = Int.random(in: 0..<people.count, using: &generator)
        var cue: Span? = nil
        if Int.random(in: 0..<5, using: &generator) > 0 {
          let word = (ascii ? words.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : words).randomElement(using: &generator)!
          cue = Span(start: text.count, end: text.count + word.utf8.count)
          text += Array(word.utf8)
        }
        text.append(0x20)
        statements.append(Statement(paragraph: 0, content: Span(start: 0, end: 0), tokens: 0..<0, cue: cue, cueEntry: nil, source: nil, speaker: speaker, form: .reported))
      }
      rows.source = text
      for st in statements {
        rows.statements.append(StatementRow(statement: st, cueStance: 0, stance: Stance(optimism: 0, hedging: 0, parameters: ModelParameters()), ownOptimism: 0, words: 1))
        speakerRows[st.speaker].add(optimism: 0, hedging: 0, words: 1)
        if let cue = st.cue { text.withUnsafeBufferPointer { speakerRows[st.speaker].cues.add(cue, in: $0) } }
        summaries[st.speaker].add(optimism: 0, hedging: 0, words: 1, cue: st.cue.map { String(decoding: text[$0.start..<$0.end], as: UTF8.self) } ?? "")
      }
      rows.speakers = speakerRows
      let built = rows.speakerSummaries()
      for (k, row) in speakerRows.enumerated() {
        var top: [String] = []
        rows.forEachTopCue(row) { span, cue in
          top.append(cue ?? String(decoding: text[span.start..<span.end], as: UTF8.self).asciiFastLowercased())
        }
        #expect(top == summaries[k].topCues(), "round \(round), speaker \(k)")
        #expect(built[k].cues == summaries[k].cues, "round \(round), speaker \(k)")
        #expect(built[k].topCues() == summaries[k].topCues(), "round \(round), speaker \(k)")
        // Room for what is written.
        let written = top.reduce(0) { $0 + 1 + MemberCursor.stringRoom($1.utf8.count) }
        #expect(rows.cueRoom(row) >= written, "round \(round), speaker \(k)")
      }
    }
  }

  /// `MemberCursor.lowercasedString(ascii:)` (escape, then lower-case the
  /// capitals written) equals the escape of the lower-cased text, on
  /// seeded random ASCII strings with quotes, backslashes, controls and
  /// capitals, at every length up to 40.
  /// `MemberCursor.lowercased(_:)`, eight bytes at once, lower-cases
  /// exactly `A`…`Z`: every byte value at every position of a word, among
  /// neighbours that are letters, their edges (`@`, `[`, `` ` ``, `{`) and
  /// bytes above 0x7F.
  @Test func wordLowercaseEqualsTheByteLoop() {
    let fillers: [UInt8] = [0x41, 0x5A, 0x40, 0x5B, 0x60, 0x7B, 0x61, 0xC1, 0xDA, 0x80, 0xFF, 0x00]
    for position in 0..<8 {
      for filler in fillers {
        for value in 0...255 {
          var bytes = [UInt8](repeating: filler, count: 8)
          bytes[position] = UInt8(value)
          let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
          let lowered = withUnsafeBytes(of: MemberCursor.lowercased(word)) { Array($0) }
          #expect(lowered == bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, "position \(position), byte \(value)")
        }
      }
    }
  }

  @Test func lowercasedStringEqualsEscapedLowercase() {
    var generator = SeededGenerator(seed: 43)
    let alphabet = Array("AZaz09 \"\\\n\t\r\u{1}\u{7F}Mq_-/".utf8)
    for round in 0..<3_000 {
      let bytes = (0..<(round % 41)).map { _ in alphabet.randomElement(using: &generator)! }
      var fast = JSONWriter()
      bytes.withUnsafeBufferPointer { p in
        fast.compactValue(room: MemberCursor.stringRoom(p.count)) { $0.lowercasedString(ascii: p) }
      }
      var plain = JSONWriter()
      plain.string(String(decoding: bytes, as: UTF8.self).asciiFastLowercased())
      #expect(fast.bytes == plain.bytes, "round \(round)")
    }
  }
}
