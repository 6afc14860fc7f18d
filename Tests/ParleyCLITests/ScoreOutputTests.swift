import Foundation
import Testing

/// `parley score` on good input: the `parley-report/1` record contract,
/// inputs (.txt, stdin, .jsonl, folders), formats and models.
@Suite("score: outputs")
struct ScoreOutputTests {
  static let optimismLabels: Set<String> = ["positive", "neutral", "negative"]
  static let hedgingLabels: Set<String> = ["hedged", "assertive"]

  /// The fields every record, paragraph and sentence must have, with values
  /// in range and labels that agree with the sign of the score.
  static func checkStance(_ o: JSONObject, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let optimism = o.number("optimism")
    let hedging = o.number("hedging")
    #expect(optimism.map { (-1...1).contains($0) } == true, "\(what): optimism \(String(describing: o["optimism"]))", sourceLocation: sourceLocation)
    #expect(hedging.map { (0...1).contains($0) } == true, "\(what): hedging \(String(describing: o["hedging"]))", sourceLocation: sourceLocation)
    let ol = o.string("optimism_label") ?? "<missing>"
    let hl = o.string("hedging_label") ?? "<missing>"
    #expect(optimismLabels.contains(ol), "\(what): optimism_label \(ol)", sourceLocation: sourceLocation)
    #expect(hedgingLabels.contains(hl), "\(what): hedging_label \(hl)", sourceLocation: sourceLocation)
    if let optimism {
      if ol == "positive" { #expect(optimism > 0, "\(what): positive label on \(optimism)", sourceLocation: sourceLocation) }
      if ol == "negative" { #expect(optimism < 0, "\(what): negative label on \(optimism)", sourceLocation: sourceLocation) }
    }
    if let hedging, hl == "hedged" { #expect(hedging > 0, "\(what): hedged label on \(hedging)", sourceLocation: sourceLocation) }
  }

  /// Checks one record against the article it came from: the contract
  /// fields, paragraph offsets into the text, sentence offsets into the
  /// paragraph, and (with evidence) evidence offsets into the paragraph.
  static func checkRecord(_ record: JSONObject, id: String, text: [UInt8], paragraphs expected: [[String]], evidence: Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(record.string("format") == "parley-report/1", sourceLocation: sourceLocation)
    #expect(record.string("id") == id, sourceLocation: sourceLocation)
    checkStance(record, "document", sourceLocation: sourceLocation)
    let paragraphs = try #require(record.objects("paragraphs"), "no paragraphs array", sourceLocation: sourceLocation)
    #expect(paragraphs.count == expected.count, sourceLocation: sourceLocation)
    for (pi, (p, sentencesExpected)) in zip(paragraphs, expected).enumerated() {
      #expect(p.int("index") == pi, sourceLocation: sourceLocation)
      checkStance(p, "paragraph \(pi)", sourceLocation: sourceLocation)
      let paragraphText = try #require(slice(text, p.int("start"), p.int("end")), "paragraph \(pi) offsets \(String(describing: p["start"]))..<\(String(describing: p["end"])) do not slice the text", sourceLocation: sourceLocation)
      #expect(paragraphText == sentencesExpected.joined(separator: " "), sourceLocation: sourceLocation)
      let paragraphBytes = Array(paragraphText.utf8)
      let sentences = try #require(p.objects("sentences"), "paragraph \(pi) has no sentences array", sourceLocation: sourceLocation)
      #expect(sentences.map { slice(paragraphBytes, $0.int("start"), $0.int("end")) } == sentencesExpected, "sentence offsets of paragraph \(pi)", sourceLocation: sourceLocation)
      for (si, s) in sentences.enumerated() {
        checkStance(s, "paragraph \(pi) sentence \(si)", sourceLocation: sourceLocation)
        if !evidence {
          #expect(s["evidence"] == nil, "evidence without --evidence", sourceLocation: sourceLocation)
          continue
        }
        let items = try #require(s.objects("evidence"), "paragraph \(pi) sentence \(si) has no evidence array", sourceLocation: sourceLocation)
        for e in items {
          #expect(e.string("rule") != nil && e.string("axis") != nil, sourceLocation: sourceLocation)
          let cue = slice(paragraphBytes, e.int("start"), e.int("end"))
          #expect(cue != nil && cue == e.string("text"), "evidence offsets do not slice the paragraph to its text: \(e)", sourceLocation: sourceLocation)
        }
      }
    }
  }

  @Test("a .txt article: one jsonl record with the contract fields and byte offsets")
  func textArticle() throws {
    try withTemporaryDirectory { dir in
      let text = Articles.text(Articles.talks)
      try dir.write("zurich-talks.txt", text)
      let run = try CLI.run(["score", "zurich-talks.txt"], in: dir.url)
      #expect(run.status == 0)
      #expect(run.stderr == "")
      let records = try JSON.lines(run)
      #expect(records.count == 1)
      let record = try #require(records.first)
      try Self.checkRecord(record, id: "zurich-talks", text: Array(text.utf8), paragraphs: Articles.talks, evidence: false)
      #expect(record.string("model") == "rules")
    }
  }

  @Test("--evidence puts evidence on every sentence; offsets slice the paragraph")
  func evidence() throws {
    try withTemporaryDirectory { dir in
      let text = Articles.text(Articles.talks)
      try dir.write("zurich-talks.txt", text)
      let run = try CLI.run(["score", "--evidence", "zurich-talks.txt"], in: dir.url)
      #expect(run.status == 0)
      let record = try #require(try JSON.lines(run).first)
      try Self.checkRecord(record, id: "zurich-talks", text: Array(text.utf8), paragraphs: Articles.talks, evidence: true)
      // The article has cues ("productive", "could", "perhaps", "welcomed"):
      // evidence is not all empty.
      let all = (record.objects("paragraphs") ?? []).flatMap { $0.objects("sentences") ?? [] }.flatMap { $0.objects("evidence") ?? [] }
      #expect(all.contains { $0.string("text") == "productive" })
      #expect(all.contains { $0.string("text") == "could" && $0.string("axis") == "hedging" })
    }
  }

  @Test("the id is the file name without its last extension")
  func idFromFileName() throws {
    try withTemporaryDirectory { dir in
      try dir.write("2024.06.briefing.txt", "Officials said the talks were constructive.\n")
      let run = try CLI.run(["score", "2024.06.briefing.txt"], in: dir.url)
      #expect(run.status == 0)
      #expect(try JSON.lines(run).map { $0.string("id") } == ["2024.06.briefing"])
    }
  }

  @Test("score - reads standard input, id 'stdin'")
  func standardInput() throws {
    let text = Articles.text(Articles.talks)
    let run = try CLI.run(["score", "-"], stdin: Array(text.utf8))
    #expect(run.status == 0)
    #expect(run.stderr == "")
    let records = try JSON.lines(run)
    #expect(records.count == 1)
    try Self.checkRecord(try #require(records.first), id: "stdin", text: Array(text.utf8), paragraphs: Articles.talks, evidence: false)
  }

  @Test("JSONL on standard input is read as a corpus")
  func standardInputJSONL() throws {
    let input = """
      {"id": "w1", "text": "Both governments welcomed the prisoner exchange."}
      {"id": "w2", "text": "Talks broke down after the opposition rejected the proposal."}

      """
    let run = try CLI.run(["score", "-"], stdin: Array(input.utf8))
    #expect(run.status == 0)
    #expect(try JSON.lines(run).map { $0.string("id") } == ["w1", "w2"])
  }

  @Test("a .jsonl corpus: one record per line, extra fields kept as metadata")
  func jsonlMetadata() throws {
    try withTemporaryDirectory { dir in
      let first = Articles.talks[0]
      let second = Articles.talks[1]
      let corpus = """
        {"id": "a-1", "text": \(jsonString(first.joined(separator: " "))), "desk": "Europe", "tags": ["talks", 2], "meta": {"wire": true, "words": null}}
        {"text": \(jsonString(second.joined(separator: " "))), "id": 42}
        {"id": "a-3", "text": "Trade between the neighbours rose by roughly a fifth last year."}

        """
      try dir.write("wire.jsonl", corpus)
      let run = try CLI.run(["score", "wire.jsonl"], in: dir.url)
      #expect(run.status == 0)
      #expect(run.stderr == "")
      let records = try JSON.lines(run)
      #expect(records.map { $0.string("id") } == ["a-1", "42", "a-3"])
      try #require(records.count == 3)
      try Self.checkRecord(records[0], id: "a-1", text: Array(first.joined(separator: " ").utf8), paragraphs: [first], evidence: false)
      let metadata = try #require(records[0]["metadata"] as? JSONObject)
      #expect(Set(metadata.keys) == ["desk", "tags", "meta"])
      #expect(metadata.string("desk") == "Europe")
      #expect((metadata["tags"] as? [Any]).map { NSArray(array: $0).isEqual(to: ["talks", 2]) } == true)
      let meta = try #require(metadata["meta"] as? JSONObject)
      #expect(meta["wire"] as? Bool == true)
      #expect(meta["words"] is NSNull)
      // No extra fields: no metadata key.
      #expect(records[1]["metadata"] == nil)
      #expect(records[2]["metadata"] == nil)
    }
  }

  @Test("a folder is read in sorted order, .txt and .jsonl only, not recursively")
  func folderSorted() throws {
    try withTemporaryDirectory { dir in
      try dir.write("in/b.txt", "The envoy was cautiously optimistic about a second round.\n")
      try dir.write("in/a.txt", "Talks broke down after the opposition rejected the proposal.\n")
      try dir.write("in/10.txt", "The two delegations met for six hours on Tuesday.\n")
      try dir.write("in/c.jsonl", "{\"id\": \"c1\", \"text\": \"Diplomats described the meeting as a step forward.\"}\n{\"id\": \"c2\", \"text\": \"It is unclear whether the sanctions will be lifted.\"}\n")
      try dir.write("in/notes.md", "Not an article.\n")
      try dir.write("in/nested/z.txt", "A joint statement promised closer cooperation on energy.\n")
      let run = try CLI.run(["score", "in"], in: dir.url)
      #expect(run.status == 0)
      #expect(run.stderr == "")
      #expect(try JSON.lines(run).map { $0.string("id") } == ["10", "a", "b", "c1", "c2"])
    }
  }

  @Test("several inputs are read in the order given")
  func inputOrder() throws {
    try withTemporaryDirectory { dir in
      try dir.write("x.txt", "The foreign ministry did not comment on the report.\n")
      try dir.write("y.txt", "Both governments welcomed the prisoner exchange.\n")
      let run = try CLI.run(["score", "y.txt", "x.txt"], in: dir.url)
      #expect(try JSON.lines(run).map { $0.string("id") } == ["y", "x"])
    }
  }

  @Test("--format json is one JSON document holding the jsonl records")
  func formatJSON() throws {
    try withTemporaryDirectory { dir in
      try dir.write("zurich-talks.txt", Articles.text(Articles.talks))
      try dir.write("briefing.txt", "Negotiators may resume the discussions next week.\n")
      let jsonl = try CLI.run(["score", "zurich-talks.txt", "briefing.txt"], in: dir.url)
      let json = try CLI.run(["score", "--format", "json", "zurich-talks.txt", "briefing.txt"], in: dir.url)
      #expect(json.status == 0)
      #expect(json.stderr == "")
      let document = try JSON.object(json.stdout)
      #expect(document.string("format") == "parley-report/1")
      #expect(document.string("model") == "rules")
      let documents = try #require(document.objects("documents"))
      let records = try JSON.lines(jsonl)
      #expect(documents.count == 2)
      #expect(documents.count == records.count)
      for (d, r) in zip(documents, records) {
        #expect(NSDictionary(dictionary: d).isEqual(to: r), "json document differs from the jsonl record \(r.string("id") ?? "")")
      }
      // --format=json (inline value) is the same.
      let inline = try CLI.run(["score", "--format=json", "zurich-talks.txt", "briefing.txt"], in: dir.url)
      #expect(inline.stdout == json.stdout)
    }
  }

  @Test("--format json with --evidence is still one valid document")
  func formatJSONEvidence() throws {
    try withTemporaryDirectory { dir in
      let text = Articles.text(Articles.talks)
      try dir.write("zurich-talks.txt", text)
      let run = try CLI.run(["score", "--format", "json", "--evidence", "zurich-talks.txt"], in: dir.url)
      #expect(run.status == 0)
      let documents = try #require(try JSON.object(run.stdout).objects("documents"))
      try #require(documents.count == 1)
      try Self.checkRecord(documents[0], id: "zurich-talks", text: Array(text.utf8), paragraphs: Articles.talks, evidence: true)
    }
  }

  @Test("--format csv is RFC 4180 with a header row, one row per paragraph")
  func formatCSV() throws {
    try withTemporaryDirectory { dir in
      try dir.write("zurich-talks.txt", Articles.text(Articles.talks))
      try dir.write("briefing.txt", "Negotiators may resume the discussions next week.\n")
      let run = try CLI.run(["score", "--format", "csv", "zurich-talks.txt", "briefing.txt"], in: dir.url)
      #expect(run.status == 0)
      #expect(run.stderr == "")
      let rows = try CSV.table(run.stdout, header: ["document", "paragraph", "start", "end", "words", "optimism", "hedging", "optimism_label", "hedging_label", "optimism_own", "text"])
      #expect(rows.map { $0["document"] } == ["zurich-talks", "zurich-talks", "zurich-talks", "briefing"])
      #expect(rows.map { $0["paragraph"] } == ["0", "1", "2", "0"])
      // Text with commas, straight and curly quotes and newlines-free
      // paragraphs survives quoting.
      #expect(rows.map { $0["text"] } == Articles.talks.map { $0.joined(separator: " ") } + ["Negotiators may resume the discussions next week."])
      // The numbers are the jsonl numbers.
      let record = try #require(try JSON.lines(try CLI.run(["score", "zurich-talks.txt"], in: dir.url)).first)
      let paragraphs = record.objects("paragraphs") ?? []
      for (row, p) in zip(rows, paragraphs) {
        #expect(row["optimism"].flatMap(Double.init) == p.number("optimism"))
        #expect(row["hedging"].flatMap(Double.init) == p.number("hedging"))
        #expect(row["optimism_label"] == p.string("optimism_label"))
        #expect(row["start"].flatMap(Int.init) == p.int("start"))
      }
    }
  }

  /// The baseline lexicon model ignores negation; the rule model flips it.
  @Test("--model lexicon and rules both work and differ on a negated sentence")
  func models() throws {
    try withTemporaryDirectory { dir in
      try dir.write("negated.txt", "The talks were not productive.\n")
      let rules = try CLI.run(["score", "--model", "rules", "negated.txt"], in: dir.url)
      let lexicon = try CLI.run(["score", "--model", "lexicon", "negated.txt"], in: dir.url)
      let byDefault = try CLI.run(["score", "negated.txt"], in: dir.url)
      #expect(rules.status == 0)
      #expect(lexicon.status == 0)
      let r = try #require(try JSON.lines(rules).first)
      let l = try #require(try JSON.lines(lexicon).first)
      #expect(r.string("model") == "rules")
      #expect(l.string("model") == "lexicon")
      #expect(try #require(r.number("optimism")) < 0, "rules: 'not productive' is negative")
      #expect(try #require(l.number("optimism")) > 0, "lexicon: 'productive' counts as written")
      #expect(byDefault.stdout == rules.stdout, "rules is the default model")
    }
  }

  /// With --unique-ids, ids stay unique in a run: a repeated id is renamed
  /// with a warning.
  @Test("with --unique-ids a repeated id is renamed, with a warning naming both places")
  func duplicateIDs() throws {
    try withTemporaryDirectory { dir in
      try dir.write("talks.txt", "Officials said the talks were constructive.\n")
      try dir.write("more.jsonl", "{\"id\": \"talks\", \"text\": \"The envoy was cautiously optimistic.\"}\n")
      let run = try CLI.run(["score", "--unique-ids", "talks.txt", "more.jsonl"], in: dir.url)
      #expect(run.status == 0)
      let ids = try JSON.lines(run).map { $0.string("id") }
      #expect(ids.count == 2)
      #expect(ids.first == "talks")
      #expect(ids.last != "talks")
      #expect(run.stderr.contains("more.jsonl:1: warning: [IN014]"))
      #expect(run.stderr.contains("talks.txt"))
    }
  }

  /// By default ids are not remembered (flat memory): a repeat passes
  /// through unchanged, with no warning.
  @Test("without --unique-ids a repeated id passes through unchanged, with no warning")
  func duplicateIDsPassThrough() throws {
    try withTemporaryDirectory { dir in
      try dir.write("talks.txt", "Officials said the talks were constructive.\n")
      try dir.write("more.jsonl", "{\"id\": \"talks\", \"text\": \"The envoy was cautiously optimistic.\"}\n")
      let run = try CLI.run(["score", "talks.txt", "more.jsonl"], in: dir.url)
      #expect(run.status == 0)
      let ids = try JSON.lines(run).map { $0.string("id") }
      #expect(ids == ["talks", "talks"])
      #expect(!run.stderr.contains("IN014"))
      #expect(!run.stderr.contains("warning"))
    }
  }

  /// Output must not depend on the number of threads: ~300 generated
  /// articles span more than one batch of the corpus runner.
  @Test("--jobs 1 and --jobs 2 give byte-identical jsonl")
  func jobsDeterministic() throws {
    try withTemporaryDirectory { dir in
      let articles = Articles.generated(count: 300, seed: 20_240_611)
      var corpus = ""
      for a in articles {
        corpus += "{\"id\": \(jsonString(a.id)), \"text\": \(jsonString(Articles.text(a.paragraphs))), \"n\": \(a.paragraphs.count)}\n"
      }
      try dir.write("generated.jsonl", corpus)
      let one = try CLI.run(["score", "--jobs", "1", "--evidence", "generated.jsonl"], in: dir.url)
      let two = try CLI.run(["score", "--jobs", "2", "--evidence", "generated.jsonl"], in: dir.url)
      #expect(one.status == 0)
      #expect(two.status == 0)
      #expect(one.stderr == "")
      #expect(one.stdout == two.stdout, "output differs between --jobs 1 and --jobs 2")
      let records = try JSON.lines(two)
      #expect(records.map { $0.string("id") } == articles.map(\.id))
      // Every record is the right article: paragraph and sentence counts
      // follow the generated structure.
      for (record, article) in zip(records, articles) {
        let paragraphs = record.objects("paragraphs") ?? []
        #expect(paragraphs.map { ($0.objects("sentences") ?? []).count } == article.paragraphs.map(\.count), "\(article.id)")
      }
    }
  }
}
