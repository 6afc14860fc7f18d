import Foundation
import Testing

/// `parley speakers`, `score --aggregates` and `parley merge`: the table of
/// a corpus scored in shards equals the table of one run, to the last digit.
@Suite struct MergeAndSpeakersTests {
  /// A corpus of team-written articles with quotes and reported speech.
  static func corpus(_ count: Int) -> [String] {
    (0..<count).map { i in
      let speaker = ["Lena Varga", "Tomas Ek", "Anna Berg"][i % 3]
      let tone = ["productive", "disappointing", "constructive", "stalled"][i % 4]
      let text = "\(speaker), the chief negotiator, said the talks had been \(tone).\\n\\n“We may need another round,” \(speaker.split(separator: " ").last!) said.\\n\\nAnalysts say a deal is unlikely before spring."
      return "{\"id\": \"art\(i)\", \"text\": \"\(text)\"}"
    }
  }

  @Test func shardsMergeToTheWholeToTheLastDigit() throws {
    try withTemporaryDirectory { dir in
      let lines = Self.corpus(23)
      try dir.write("all.jsonl", lines.joined(separator: "\n") + "\n")
      // Three uneven shards, in corpus order.
      try dir.write("s1.jsonl", lines[0..<2].joined(separator: "\n") + "\n")
      try dir.write("s2.jsonl", lines[2..<15].joined(separator: "\n") + "\n")
      try dir.write("s3.jsonl", lines[15...].joined(separator: "\n") + "\n")
      let whole = try CLI.run(["score", dir.file("all.jsonl").path, "--aggregates", dir.file("all.agg").path])
      #expect(whole.status == 0, "\(whole.stderr)")
      for s in ["s1", "s2", "s3"] {
        let r = try CLI.run(["score", dir.file("\(s).jsonl").path, "--aggregates", dir.file("\(s).agg").path])
        #expect(r.status == 0, "\(r.stderr)")
      }
      for format in ["csv", "json", "table"] {
        let one = try CLI.run(["merge", dir.file("all.agg").path, "--format", format])
        let merged = try CLI.run(["merge", dir.file("s1.agg").path, dir.file("s2.agg").path, dir.file("s3.agg").path, "--format", format])
        #expect(one.status == 0 && merged.status == 0, "\(one.stderr) \(merged.stderr)")
        #expect(one.stdout == merged.stdout, "format \(format)")
        #expect(one.out.contains("Lena Varga"))
      }
      // And `parley speakers` over the whole prints the same table.
      let speakers = try CLI.run(["speakers", dir.file("all.jsonl").path, "--format", "csv"])
      let merged = try CLI.run(["merge", dir.file("s1.agg").path, dir.file("s2.agg").path, dir.file("s3.agg").path, "--format", "csv"])
      #expect(speakers.stdout == merged.stdout)
    }
  }

  /// The map step of Spark `RDD.pipe` or Hadoop Streaming: articles on
  /// standard input, one aggregate line on standard output; the partials
  /// concatenated into one file merge like separate files.
  @Test func pipedShardsConcatenatedIntoOneFile() throws {
    try withTemporaryDirectory { dir in
      let lines = Self.corpus(10)
      var partials: [UInt8] = []
      for shard in [lines[0..<3], lines[3..<4], lines[4...]] {
        let r = try CLI.run(["score", "-", "--format", "none", "--aggregates", "-"], stdin: Array((shard.joined(separator: "\n") + "\n").utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.outLines.count == 1)
        partials += r.stdout
      }
      try dir.write("parts.agg", bytes: partials)
      try dir.write("all.jsonl", lines.joined(separator: "\n") + "\n")
      let whole = try CLI.run(["speakers", dir.file("all.jsonl").path, "--format", "csv"])
      let merged = try CLI.run(["merge", dir.file("parts.agg").path, "--format", "csv"])
      #expect(merged.status == 0, "\(merged.stderr)")
      #expect(whole.stdout == merged.stdout)
    }
  }

  @Test func aggregateToStdoutNeedsFormatNone() throws {
    let r = try CLI.run(["score", "-", "--aggregates", "-", "--format", "jsonl"], stdin: Array("{\"id\": \"a\", \"text\": \"Talks.\"}\n".utf8))
    #expect(r.status == 2)
    #expect(r.stderr.contains("add --format none"))
  }

  @Test func speakerTableColumnsAndGrouping() throws {
    try withTemporaryDirectory { dir in
      try dir.write("c.jsonl", Self.corpus(6).joined(separator: "\n") + "\n")
      let r = try CLI.run(["speakers", dir.file("c.jsonl").path, "--format", "csv", "--out", dir.file("out").path])
      #expect(r.status == 0, "\(r.stderr)")
      let rows = try CSV.table(r.stdout, header: ["speaker", "kind", "aliases", "documents", "statements", "words", "optimism", "hedging", "optimism_sd", "hedging_sd", "optimism_label", "hedging_label", "top_cues"])
      // Each negotiator speaks in two of the six articles: grouped by name.
      let varga = try #require(rows.first { $0["speaker"] == "Lena Varga" })
      #expect(varga["documents"] == "2")
      #expect(varga["kind"] == "person")
      #expect(rows.contains { $0["speaker"] == "narrator" && $0["kind"] == "narrator" && $0["documents"] == "6" })
      #expect(try dir.list("out") == ["speakers.csv", "speakers.json"])
    }
  }

  @Test func mergeRejectsBadFiles() throws {
    try withTemporaryDirectory { dir in
      try dir.write("bad.agg", "{\"format\": \"something-else\"}")
      let r = try CLI.run(["merge", dir.file("bad.agg").path, dir.file("missing.agg").path])
      #expect(r.status == 2)
      #expect(r.stderr.contains("bad.agg:1: error: [AGG002] $.format"))
      #expect(r.stderr.contains("missing.agg: error: [IN001]"))
    }
  }
}
