import Foundation
import Testing

@testable import Parley

/// Reads every article of `inputs`.
private func readAll(_ inputs: [String], uniqueIDs: Bool = false) -> (articles: [Article], diagnostics: [Diagnostic]) {
  let reader = ArticleReader(inputs: inputs, uniqueIDs: uniqueIDs)
  var articles: [Article] = []
  while let a = reader.next() { articles.append(a) }
  return (articles, reader.diagnostics)
}

private func text(_ a: Article) -> String { String(decoding: a.bytes, as: UTF8.self) }

@Suite("Article reader")
struct ArticleReaderTests {
  @Test func textFileIsOneArticleNamedAfterTheFile() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let path = try TestSupport.write("Talks resumed.\n\nThey ended.\n", to: dir, "geneva-talks.v2.txt")
      let (articles, diagnostics) = readAll([path])
      #expect(diagnostics.isEmpty)
      #expect(articles.map(\.id) == ["geneva-talks.v2"])
      #expect(articles.map(text) == ["Talks resumed.\n\nThey ended.\n"])
      #expect(articles.map(\.source) == [path])
      #expect(articles.first?.metadata.isEmpty == true)
    }
  }

  @Test func textBytesAreKeptAsIsEvenWhenNotUTF8() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let bytes: [UInt8] = [0x41, 0xFF, 0x0D, 0x0A, 0x42]
      let path = try TestSupport.write(bytes, to: dir, "raw.txt")
      let (articles, diagnostics) = readAll([path])
      #expect(diagnostics.isEmpty)
      #expect(articles.map(\.bytes) == [bytes])
    }
  }

  @Test func jsonlKeepsOtherFieldsVerbatim() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let lines = [
        #"{"id": "a1", "text": "First “article”.", "source": "wire", "tags": ["x", 1.50], "meta": {"k": null}}"#,
        #"{"text": "No id here.", "id": 42, "date":"2024-01-02"}"#,
        "",
        #"{"id": "c\u00e9", "text": "Escaped\n\"text\"."}"#,
      ]
      let path = try TestSupport.write(lines.joined(separator: "\n") + "\n", to: dir, "batch.jsonl")
      let (articles, diagnostics) = readAll([path])
      #expect(diagnostics.isEmpty)
      #expect(articles.map(\.id) == ["a1", "42", "cé"])
      #expect(articles.map(text) == ["First “article”.", "No id here.", "Escaped\n\"text\"."])
      #expect(articles.map(\.source) == ["\(path):1", "\(path):2", "\(path):4"])
      let meta = articles[0].metadata.map { "\($0.key)=\(String(decoding: $0.json, as: UTF8.self))" }
      #expect(meta == [#"source="wire""#, #"tags=["x", 1.50]"#, #"meta={"k": null}"#])
      #expect(articles[1].metadata.map(\.key) == ["date"])
      #expect(articles[2].metadata.isEmpty)
    }
  }

  @Test func jsonlWithoutIdIsNamedByFileAndLine() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let path = try TestSupport.write("{\"text\": \"a\"}\r\n{\"text\": \"b\", \"id\": null}\r\n", to: dir, "f.jsonl")
      let (articles, diagnostics) = readAll([path])
      #expect(diagnostics.isEmpty)
      #expect(articles.map(\.id) == ["f.jsonl:1", "f.jsonl:2"])
    }
  }

  @Test func jsonlSourceIsPathAndLineAtEveryWidthAndCanBeSet() throws {
    try TestSupport.withTemporaryDirectory { dir in
      // Lines 1, 9, 10, 99, 100 and 1000 hold records; the rest are blank.
      let numbers = [1, 9, 10, 99, 100, 1000]
      let lines = (1...1000).map { numbers.contains($0) ? #"{"text": "t\#($0)"}"# : "" }
      let path = try TestSupport.write(lines.joined(separator: "\n"), to: dir, "n.jsonl")
      let (articles, diagnostics) = readAll([path])
      #expect(diagnostics.isEmpty)
      #expect(articles.map(\.source) == numbers.map { "\(path):\($0)" })
      var article = try #require(articles.last)
      article.source = "elsewhere"
      #expect(article.source == "elsewhere")
      article.source = ""
      #expect(article.source == "")
    }
  }

  @Test func malformedJSONLineIsIN010AndTheOthersAreRead() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let lines = [
        #"{"id": "a", "text": "one"}"#,
        #"{"id": "b", "text": "two",}"#,
        #"{"id": "c", "text": "three"}"#,
        #"["not", "an", "object"]"#,
        #"{"id": "e"}"#,
        #"{"id": ["f"], "text": "six"}"#,
        #"{"id": "g", "text": "seven"}"#,
      ]
      let path = try TestSupport.write(lines.joined(separator: "\n"), to: dir, "mixed.jsonl")
      let (articles, diagnostics) = readAll([path])
      #expect(articles.map(\.id) == ["a", "c", "g"])
      #expect(diagnostics.map(\.code) == ["IN010", "IN011", "IN012", "IN013"])
      #expect(diagnostics.map(\.line) == [2, 4, 5, 6])
      #expect(diagnostics.allSatisfy { $0.file == path && $0.severity == .error })
      // The column points at the offending byte: the '}' after the comma.
      #expect(diagnostics.first?.column == 27)
      #expect(diagnostics.first?.description.hasPrefix("\(path):2:27: error: [IN010]") == true)
    }
  }

  @Test func missingFileIsIN001() {
    let (articles, diagnostics) = readAll(["/nonexistent/parley/article.txt"])
    #expect(articles.isEmpty)
    #expect(diagnostics.map(\.code) == ["IN001"])
    #expect(diagnostics.first?.file == "/nonexistent/parley/article.txt")
  }

  @Test func emptyFilesAreIN004() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let empty = try TestSupport.write("", to: dir, "empty.txt")
      let blank = try TestSupport.write(" \n\t\r\n", to: dir, "blank.txt")
      let emptyJSONL = try TestSupport.write("", to: dir, "empty.jsonl")
      let blankJSONL = try TestSupport.write("\n  \r\n\t\n", to: dir, "blank.jsonl")
      let (articles, diagnostics) = readAll([empty, blank, emptyJSONL, blankJSONL])
      #expect(articles.isEmpty)
      #expect(diagnostics.map(\.code) == ["IN004", "IN004", "IN004", "IN004"])
      #expect(diagnostics.map(\.file) == [empty, blank, emptyJSONL, blankJSONL])
    }
  }

  @Test func binaryFileIsIN005() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let binary = try TestSupport.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], to: dir, "image.txt")
      let good = try TestSupport.write("Fine.", to: dir, "good.txt")
      let (articles, diagnostics) = readAll([binary, good])
      #expect(articles.map(\.id) == ["good"])
      #expect(diagnostics.map(\.code) == ["IN005"])
      #expect(diagnostics.first?.file == binary)
    }
  }

  @Test func folderIsReadInNameOrderAndNotRecursively() throws {
    try TestSupport.withTemporaryDirectory { dir in
      try TestSupport.write("Second.", to: dir, "b.txt")
      try TestSupport.write("{\"id\": \"c1\", \"text\": \"Third.\"}\n", to: dir, "c.jsonl")
      try TestSupport.write("First.", to: dir, "a.txt")
      try TestSupport.write("ignored", to: dir, "notes.md")
      try FileManager.default.createDirectory(atPath: (dir as NSString).appendingPathComponent("sub"), withIntermediateDirectories: false)
      try TestSupport.write("Nested.", to: (dir as NSString).appendingPathComponent("sub"), "z.txt")
      let (articles, diagnostics) = readAll([dir])
      #expect(diagnostics.isEmpty)
      #expect(articles.map(\.id) == ["a", "b", "c1"])
    }
  }

  @Test func folderWithoutArticlesIsIN006() throws {
    try TestSupport.withTemporaryDirectory { dir in
      try TestSupport.write("not an article", to: dir, "README.md")
      let (articles, diagnostics) = readAll([dir])
      #expect(articles.isEmpty)
      #expect(diagnostics.map(\.code) == ["IN006"])
      #expect(diagnostics.first?.file == dir)
    }
  }

  @Test func duplicateIdsAreRenamedWithAWarningWithUniqueIDs() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let txt = try TestSupport.write("Text.", to: dir, "same.txt")
      let jsonl = try TestSupport.write("{\"id\": \"same\", \"text\": \"A\"}\n{\"id\": \"same\", \"text\": \"B\"}\n", to: dir, "more.jsonl")
      let (articles, diagnostics) = readAll([txt, jsonl], uniqueIDs: true)
      #expect(articles.map(\.id) == ["same", "same#2", "same#3"])
      #expect(articles.map(text) == ["Text.", "A", "B"])
      #expect(diagnostics.map(\.code) == ["IN014", "IN014"])
      #expect(diagnostics.allSatisfy { $0.severity == .warning })
      #expect(diagnostics.map(\.file) == ["\(jsonl):1", "\(jsonl):2"])
      #expect(diagnostics.first?.message.contains("first at \(txt)") == true)
      #expect(diagnostics.first?.message.contains("'same#2'") == true)
    }
  }

  @Test func duplicateIdsPassThroughUnchangedByDefault() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let txt = try TestSupport.write("Text.", to: dir, "same.txt")
      let jsonl = try TestSupport.write("{\"id\": \"same\", \"text\": \"A\"}\n{\"id\": \"same\", \"text\": \"B\"}\n{\"id\": \"same#2\", \"text\": \"C\"}\n", to: dir, "more.jsonl")
      let (articles, diagnostics) = readAll([txt, jsonl])
      #expect(articles.map(\.id) == ["same", "same", "same", "same#2"])
      #expect(articles.map(text) == ["Text.", "A", "B", "C"])
      #expect(diagnostics.isEmpty)
    }
  }

  @Test func aFiftyMegabyteLineReadsWithoutError() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let unit = "Talks went on. "
      let bytes = Array(String(repeating: unit, count: (50 << 20) / unit.utf8.count + 1).utf8)
      let path = try TestSupport.write(bytes, to: dir, "huge.txt")
      let (articles, diagnostics) = readAll([path])
      #expect(diagnostics.isEmpty)
      #expect(articles.count == 1)
      #expect(articles.first?.bytes.count == bytes.count)
      #expect(articles.first?.bytes == bytes)
    }
  }

  @Test func longJSONLLinesAcrossReadChunks() throws {
    try TestSupport.withTemporaryDirectory { dir in
      // Lines longer than the reader's chunk (and first buffer), so lines
      // span fills.
      let long = String(repeating: "word ", count: 300_000)
      let lines = (0..<3).map { #"{"id": "\#($0)", "text": "\#(long)\#($0)"}"# }
      let path = try TestSupport.write(lines.joined(separator: "\n"), to: dir, "long.jsonl")
      let (articles, diagnostics) = readAll([path])
      #expect(diagnostics.isEmpty)
      #expect(articles.map(\.id) == ["0", "1", "2"])
      #expect(articles.map { $0.bytes.count } == [long.utf8.count + 1, long.utf8.count + 1, long.utf8.count + 1])
      #expect(articles.last.map(text)?.hasSuffix(" 2") == true)
    }
  }
}
