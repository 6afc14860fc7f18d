import Testing

@testable import Parley

/// `LineReader` reads each chunk into one scratch block and appends it to
/// its buffer: lines of every length around the 1 MiB chunk, CRLF, blank
/// lines and a last line without a newline come back as written.
@Suite struct LineReaderTests {
  @Test func linesAroundChunkBoundaries() throws {
    let chunk = 1 << 20
    var rng = SplitMix(seed: 0x11E5)
    var lines: [[UInt8]] = []
    for length in [0, 1, chunk - 1, chunk, chunk + 1, 3, 0, 2 * chunk + 5, 17, chunk - 2] {
      lines.append((0..<length).map { _ in UInt8(0x21 + rng.next() % 90) })
    }
    var file: [UInt8] = []
    for (k, line) in lines.enumerated() {
      file += line
      if k == lines.count - 1 { break }  // no newline after the last line
      file += k % 3 == 0 ? [0x0D, 0x0A] : [0x0A]
    }
    try TestSupport.withTemporaryDirectory { dir in
      let path = try TestSupport.write(file, to: dir, "lines.jsonl")
      let reader = try #require(LineReader(path: path))
      var read: [[UInt8]] = []
      while let line = reader.nextLine() { read.append(line) }
      #expect(reader.error == nil)
      #expect(read.count == lines.count)
      #expect(read == lines)
    }
  }

  @Test func missingFileIsNil() {
    #expect(LineReader(path: "/nonexistent/parley/lines.jsonl") == nil)
  }
}
