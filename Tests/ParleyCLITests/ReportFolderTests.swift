import Foundation
import Testing

/// `parley score --out DIR`: the report folder.
@Suite("score --out: report folder")
struct ReportFolderTests {
  static let paragraphHeader = ["document", "paragraph", "start", "end", "words", "optimism", "hedging", "optimism_label", "hedging_label", "optimism_own", "text"]
  static let sentenceHeader = ["document", "paragraph", "sentence", "start", "end", "words", "optimism", "hedging", "optimism_label", "hedging_label", "text"]
  static let evidenceHeader = ["document", "paragraph", "sentence", "start", "end", "text", "rule", "axis", "weight", "value", "delta", "origin", "rules"]
  /// The files the report contract names; the folder may hold more.
  static let reportFiles: Set<String> = ["report.json", "report.html", "paragraphs.csv", "sentences.csv", "evidence.csv"]

  /// The report folder holds every contract file, no temporary file, and
  /// every CSV in it is RFC 4180 with a header row.
  static func checkFolder(_ dir: TemporaryDirectory, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let files = try dir.list(name)
    #expect(reportFiles.isSubset(of: files), "missing: \(reportFiles.subtracting(files).sorted())", sourceLocation: sourceLocation)
    #expect(!files.contains { $0.contains(".tmp-") }, "temporary files left behind: \(files)", sourceLocation: sourceLocation)
    for csv in files where csv.hasSuffix(".csv") {
      let records = try CSV.parse(try dir.read("\(name)/\(csv)"))
      let header = try #require(records.first, "\(csv) has no header row", sourceLocation: sourceLocation)
      #expect(records.allSatisfy { $0.count == header.count }, "\(csv): rows and header differ in length", sourceLocation: sourceLocation)
    }
  }

  @Test("--out writes report.json and three CSV tables, every row naming its document")
  func reportFolder() throws {
    try withTemporaryDirectory { dir in
      try dir.write("zurich-talks.txt", Articles.text(Articles.talks))
      try dir.write("briefing.txt", "Negotiators may resume the discussions next week. The minister insisted that the deal would hold.\n")
      let run = try CLI.run(["score", "--out", "report", "zurich-talks.txt", "briefing.txt"], in: dir.url)
      #expect(run.status == 0)
      #expect(run.stdout.isEmpty, "with --out and no --format nothing goes to standard output")
      #expect(run.stderr.contains("wrote 2 documents"))
      try Self.checkFolder(dir, "report")

      let report = try JSON.object(try dir.read("report/report.json"))
      #expect(report.string("format") == "parley-report/1")
      let documents = try #require(report.objects("documents"))
      #expect(documents.map { $0.string("id") } == ["zurich-talks", "briefing"])
      // The report carries evidence and text.
      let firstSentence = try #require(documents.first?.objects("paragraphs")?.first?.objects("sentences")?.first)
      #expect(firstSentence["evidence"] is [Any])
      #expect(firstSentence.string("text") == Articles.talks[0][0])

      let ids: Set<String> = ["zurich-talks", "briefing"]
      let paragraphs = try CSV.table(try dir.read("report/paragraphs.csv"), header: Self.paragraphHeader)
      #expect(paragraphs.map { $0["document"] } == ["zurich-talks", "zurich-talks", "zurich-talks", "briefing"])
      #expect(paragraphs.first?["text"] == Articles.talks[0].joined(separator: " "))

      let sentences = try CSV.table(try dir.read("report/sentences.csv"), header: Self.sentenceHeader)
      #expect(sentences.allSatisfy { ids.contains($0["document"] ?? "") })
      #expect(sentences.filter { $0["document"] == "zurich-talks" }.map { $0["text"] } == Articles.talks.flatMap { $0 })
      #expect(sentences.filter { $0["document"] == "briefing" }.count == 2)
      // Sentence offsets slice the paragraph text of the same row's paragraph.
      for s in sentences {
        let p = try #require(paragraphs.first { $0["document"] == s["document"] && $0["paragraph"] == s["paragraph"] })
        let bytes = Array((p["text"] ?? "").utf8)
        #expect(slice(bytes, s["start"].flatMap(Int.init), s["end"].flatMap(Int.init)) == s["text"])
      }

      let evidence = try CSV.table(try dir.read("report/evidence.csv"), header: Self.evidenceHeader)
      #expect(!evidence.isEmpty)
      for e in evidence {
        #expect(ids.contains(e["document"] ?? ""))
        let p = try #require(paragraphs.first { $0["document"] == e["document"] && $0["paragraph"] == e["paragraph"] })
        #expect(slice(Array((p["text"] ?? "").utf8), e["start"].flatMap(Int.init), e["end"].flatMap(Int.init)) == e["text"])
      }
      #expect(evidence.contains { $0["document"] == "briefing" && $0["text"] == "may" })
    }
  }

  @Test("--out with --format jsonl writes both the folder and standard output")
  func outAndFormat() throws {
    try withTemporaryDirectory { dir in
      try dir.write("briefing.txt", "Negotiators may resume the discussions next week.\n")
      let run = try CLI.run(["score", "--out", "r", "--format", "jsonl", "briefing.txt"], in: dir.url)
      #expect(run.status == 0)
      #expect(try JSON.lines(run).map { $0.string("id") } == ["briefing"])
      try Self.checkFolder(dir, "r")
    }
  }

  @Test("--out into an existing folder replaces the report files")
  func outOverwrites() throws {
    try withTemporaryDirectory { dir in
      try dir.write("first.txt", "Officials said the talks were constructive.\n")
      try dir.write("second.txt", "Talks broke down after the opposition rejected the proposal.\n")
      #expect(try CLI.run(["score", "--out", "r", "first.txt"], in: dir.url).status == 0)
      #expect(try CLI.run(["score", "--out", "r", "second.txt"], in: dir.url).status == 0)
      let documents = try JSON.object(try dir.read("r/report.json")).objects("documents") ?? []
      #expect(documents.map { $0.string("id") } == ["second"])
      let rows = try CSV.table(try dir.read("r/paragraphs.csv"), header: Self.paragraphHeader)
      #expect(rows.map { $0["document"] } == ["second"])
      try Self.checkFolder(dir, "r")
    }
  }

  @Test("--out with a malformed JSONL line: the report is written for the good lines, exit 2")
  func outWithMalformedLine() throws {
    try withTemporaryDirectory { dir in
      let corpus = """
        {"id": "good-1", "text": "Both governments welcomed the prisoner exchange."}
        {"id": "broken", "text": "The envoy was
        {"id": "good-2", "text": "It is unclear whether the sanctions will be lifted."}

        """
      try dir.write("corpus.jsonl", corpus)
      let run = try CLI.run(["score", "--out", "r", "corpus.jsonl"], in: dir.url)
      #expect(run.status == 2)
      #expect(!run.crashed)
      #expect(run.stderr.contains("corpus.jsonl:2:"), "stderr: \(run.stderr)")
      #expect(run.stderr.contains("error: [IN010]"))
      try Self.checkFolder(dir, "r")
      let documents = try JSON.object(try dir.read("r/report.json")).objects("documents") ?? []
      #expect(documents.map { $0.string("id") } == ["good-1", "good-2"])
      let rows = try CSV.table(try dir.read("r/sentences.csv"), header: Self.sentenceHeader)
      #expect(rows.map { $0["document"] } == ["good-1", "good-2"])
    }
  }

  @Test("--out when nothing can be scored leaves no report files behind")
  func outNothingScored() throws {
    try withTemporaryDirectory { dir in
      try dir.write("empty.txt", "")
      let run = try CLI.run(["score", "--out", "r", "empty.txt"], in: dir.url)
      #expect(run.status == 2)
      #expect(run.stderr.contains("empty.txt: error: [IN004]"))
      let left = (try? dir.list("r")) ?? []
      #expect(left.isEmpty, "left behind: \(left)")
    }
  }

  @Test("--out into a path that cannot be created: exit 2, names the path")
  func outCannotCreate() throws {
    try withTemporaryDirectory { dir in
      try dir.write("briefing.txt", "Negotiators may resume the discussions next week.\n")
      try dir.write("blocker", "a file where a folder should go\n")
      let run = try CLI.run(["score", "--out", "blocker/report", "briefing.txt"], in: dir.url)
      #expect(run.status == 2)
      #expect(!run.crashed)
      #expect(run.stdout.isEmpty)
      #expect(run.stderr.contains("blocker/report: error: [OUT001]"), "stderr: \(run.stderr)")
      #expect(try dir.list() == ["blocker", "briefing.txt"])
    }
  }

  /// Start and end tags of `html` balance (void elements aside).
  static func unbalancedTags(_ html: String) -> [String] {
    var stack: [String] = []
    var problems: [String] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else { problems.append("unclosed <"); break }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      if tag.hasPrefix("!") { continue }
      let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
      if ["meta", "br"].contains(name) { continue }
      if tag.hasPrefix("/") {
        if stack.last == name { stack.removeLast() } else { problems.append("</\(name)> after <\(stack.last ?? "")>") }
      } else {
        stack.append(name)
      }
    }
    return problems + stack.map { "<\($0)> not closed" }
  }

  @Test("report.html marks cues and statements, escapes the text and balances its tags")
  func htmlPage() throws {
    try withTemporaryDirectory { dir in
      try dir.write("a.txt", "The talks were productive, Maria Lind said. Profits < costs & “the impasse” is over?\n\nThe envoy said the deal was a failure.\n")
      let run = try CLI.run(["score", "--out", "r", "a.txt"], in: dir.url)
      #expect(run.status == 0, "\(run.stderr)")
      let html = String(decoding: try dir.read("r/report.html"), as: UTF8.self)
      #expect(Self.unbalancedTags(html) == [])
      #expect(html.hasPrefix("<!DOCTYPE html>"))
      #expect(html.contains("<h2>a</h2>"))
      #expect(html.contains(">productive</mark>"))
      #expect(html.contains("<mark class=\"pos\" title=\"productive: valence"))
      #expect(html.contains("<mark class=\"neg\" title=\"failure: valence"))
      #expect(html.contains("Profits &lt; costs &amp;"))
      #expect(html.contains("<span class=\"who\">Maria Lind</span>"))
      #expect(html.contains("Speakers across 1 article"))
      #expect(!html.contains("Profits < costs"))
    }
  }
}
