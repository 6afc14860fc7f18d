import Foundation
import Testing

@testable import Parley

/// `MetadataBytes`, the one buffer an article keeps its metadata in, gives
/// back the fields it was made from, whichever way it was made, and the
/// report writes them as it wrote the array of fields.
@Suite("Metadata bytes")
struct MetadataBytesTests {
  /// Seeded fields: empty, short and long keys and values, non-ASCII keys.
  private static func fields(seed: UInt64) -> [(key: String, json: [UInt8])] {
    var rng = SplitMix(seed: seed)
    let keys = ["", "a", "desk", "title", "sourceURL", "clé", "日付", String(repeating: "k", count: 40)]
    let values = ["\"\"", "1", "null", "\"Europe\"", "[\"talks\",2]", "{\"a\":{\"b\":[1,2,3]}}", "\"" + String(repeating: "x", count: 300) + "\"", "\"Zürich \\\"quoted\\\"\""]
    return (0..<Int(rng.next() % 6)).map { _ in
      (key: keys[Int(rng.next() % UInt64(keys.count))], json: Array(values[Int(rng.next() % UInt64(values.count))].utf8))
    }
  }

  private static func same(_ a: [(key: String, json: [UInt8])], _ b: [(key: String, json: [UInt8])]) -> Bool {
    a.map(\.key) == b.map(\.key) && a.map(\.json) == b.map(\.json)
  }

  @Test func fieldsComeBackAsMade() {
    for seed in 0..<300 as Range<UInt64> {
      let fields = Self.fields(seed: seed)
      let bytes = MetadataBytes(fields)
      #expect(bytes.isEmpty == fields.isEmpty)
      #expect(Self.same(bytes.fields, fields))
      var article = Article(id: "a", bytes: [], metadata: fields, source: "s")
      #expect(Self.same(article.metadata, fields))
      article.metadata = Self.fields(seed: seed &+ 1000)
      #expect(Self.same(article.metadata, Self.fields(seed: seed &+ 1000)))
    }
  }

  /// Made from a line's members (the JSONL reader's way) as from the
  /// fields, with a scratch too small to start with.
  @Test func membersOfALineMakeTheSameBytes() {
    for seed in 0..<300 as Range<UInt64> {
      let fields = Self.fields(seed: seed)
      var line: [UInt8] = [UInt8(ascii: "{")]
      var members: [(key: String, raw: Range<Int>)] = []
      for f in fields {
        line += Array("\"x\":".utf8)
        members.append((key: f.key, raw: line.count..<(line.count + f.json.count)))
        line += f.json + [UInt8(ascii: ",")]
      }
      var scratch: [UInt8] = Array(repeating: 0, count: Int(seed % 3))
      let made = line.withUnsafeBufferPointer { MetadataBytes(members: members, line: $0, scratch: &scratch) }
      #expect(made.storage == MetadataBytes(fields).storage)
      #expect(Self.same(made.fields, fields))
    }
  }

  /// The compact header writes the fields as the members of one object,
  /// keys escaped as strings, values as written.
  @Test func recordWritesTheFieldsAsBefore() throws {
    let engine = try TestSupport.engine()
    let document = Document(id: "d", text: "Talks resumed, officials said.")
    let analysis = engine.analyze(document)
    for seed in 0..<40 as Range<UInt64> {
      let fields = Self.fields(seed: seed)
      let article = Article(id: "d", bytes: document.text, metadata: fields, source: "s")
      let viaArticle = JSONWriter.bytes(reserve: 64) { ReportEncoder().record(analysis, document: document, article: article, parameters: engine.parameters, into: &$0) }
      let viaFields = JSONWriter.bytes(reserve: 64) { ReportEncoder().record(analysis, document: document, metadata: fields, parameters: engine.parameters, into: &$0) }
      #expect(viaArticle == viaFields)
      // The metadata object as JSON text, member by member.
      let json = try #require(try JSONSerialization.jsonObject(with: Data(viaArticle)) as? [String: Any])
      if fields.isEmpty {
        #expect(json["metadata"] == nil)
      } else {
        let text = String(decoding: viaArticle, as: UTF8.self)
        var expected = ",\"metadata\":{"
        for (k, f) in fields.enumerated() {
          if k > 0 { expected += "," }
          var w = JSONWriter()
          w.string(f.key)
          expected += String(decoding: w.bytes, as: UTF8.self) + ":" + String(decoding: f.json, as: UTF8.self)
        }
        expected += "}"
        #expect(text.contains(expected))
      }
      // The pretty writer reads the same fields.
      var pretty = JSONWriter(pretty: true)
      ReportEncoder().record(analysis, document: document, article: article, parameters: engine.parameters, into: &pretty)
      var prettyFields = JSONWriter(pretty: true)
      ReportEncoder().record(analysis, document: document, metadata: fields, parameters: engine.parameters, into: &prettyFields)
      #expect(pretty.bytes == prettyFields.bytes)
    }
  }
}
