import Foundation
import Testing

@testable import Parley

/// The reading and writing fast paths against the simple ones: strings
/// checked once and made with `String(decoding:)`, texts the JSONL reader
/// checked not checked again, and standard output that keeps large writes
/// whole instead of copying them.
@Suite("I/O fast paths")
struct IOFastPathTests {
  /// Random bytes weighted towards what strings hold: ASCII, two-, three-
  /// and four-byte sequences, and now and then a byte that breaks UTF-8.
  private static func randomStringBytes(_ random: inout SeededRandom) -> [UInt8] {
    var out: [UInt8] = []
    let pieces = Int(random.next() % 12)
    for _ in 0..<pieces {
      switch random.next() % 10 {
      case 0: out += Array("é".utf8)
      case 1: out += Array("—".utf8)
      case 2: out += Array("😀".utf8)
      case 3: out.append(UInt8(truncatingIfNeeded: 0x80 + random.next() % 0x80))  // stray byte
      case 4: out += [0xE0, 0x80, 0x80]  // overlong
      case 5: out += [0xED, 0xA0, 0x80]  // surrogate
      default:
        let n = Int(random.next() % 20)
        for _ in 0..<n { out.append(UInt8(truncatingIfNeeded: 0x20 + random.next() % 0x5F)) }
      }
    }
    // No quotes or backslashes: the string's bytes are its value.
    return out.map { $0 == 0x22 || $0 == 0x5C ? 0x41 : $0 }
  }

  @Test func stringsAreThoseOfValidating() {
    var random = SeededRandom(seed: 11)
    var valid = 0
    var invalid = 0
    for _ in 0..<5_000 {
      let bytes = Self.randomStringBytes(&random)
      let expected = String(validating: bytes, as: UTF8.self)
      let asValue = try? JSONReader.parse([0x22] + bytes + [0x22])
      let asKey = try? JSONReader.parse([0x7B, 0x22] + bytes + Array("\":1}".utf8))
      // With an escape, through the escaped path.
      let escaped = try? JSONReader.parse(Array("\"\\n".utf8) + bytes + [0x22])
      if let expected {
        valid += 1
        #expect(asValue == .string(expected))
        #expect(asKey?.members?.first?.key == expected)
        #expect(escaped == .string("\n" + expected))
      } else {
        invalid += 1
        #expect(asValue == nil)
        #expect(asKey == nil)
        #expect(escaped == nil)
      }
    }
    #expect(valid > 500 && invalid > 500)
  }

  @Test func aTextTheReaderCheckedReadsTheSame() throws {
    let engine = try TestSupport.engine()
    var random = SeededRandom(seed: 12)
    for _ in 0..<300 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(random.next() % 8) { bytes += Self.randomStringBytes(&random) + Array(". ".utf8) }
      guard String(validating: bytes, as: UTF8.self) != nil else { continue }
      let checked = Document(id: "a", bytes: bytes, segmenter: engine.segmenter)
      let trusted = Document(id: "a", bytes: bytes, segmenter: engine.segmenter, source: nil, knownValidUTF8: true)
      #expect(checked.text == trusted.text)
      #expect(checked.tokens == trusted.tokens)
      #expect(checked.sentences == trusted.sentences)
      #expect(checked.paragraphs == trusted.paragraphs)
      #expect(checked.warnings.isEmpty && trusted.warnings.isEmpty)
    }
  }

  @Test func theJSONLReaderMarksItsTextsChecked() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let path = try TestSupport.write(Array("{\"id\":\"a\",\"text\":\"Caf\\u00e9 talks.\"}\n".utf8), to: dir, "a.jsonl")
      let text = try TestSupport.write(Array("Plain text.".utf8), to: dir, "b.txt")
      let reader = ArticleReader(inputs: [path, text])
      let first = try #require(reader.next())
      #expect(first.isValidUTF8)
      #expect(first.bytes == Array("Café talks.".utf8))
      let second = try #require(reader.next())
      #expect(!second.isValidUTF8)
    }
  }

  @Test func standardOutputWritesEveryByteInOrder() throws {
    try TestSupport.withTemporaryDirectory { dir in
      let path = dir + "/out"
      let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      try #require(fd >= 0)
      let output = StandardOutput(fileDescriptor: fd)
      var random = SeededRandom(seed: 13)
      var expected: [UInt8] = []
      for k in 0..<2_000 {
        // Small writes, writes around the size kept whole, large ones.
        let sizes = [0, 1, 2, 40, StandardOutput.keptWhole - 1, StandardOutput.keptWhole, 9_000, 70_000]
        let n = sizes[Int(random.next() % UInt64(sizes.count))]
        let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &+ k) }
        expected += bytes
        output.write(bytes)
        if random.next() % 50 == 0 { output.flush() }
      }
      output.write("the end\n")
      expected += Array("the end\n".utf8)
      output.flush()
      close(fd)
      let written = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
      #expect(written.count == expected.count)
      #expect(written == expected)
    }
  }
}
