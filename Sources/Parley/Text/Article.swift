/// One article as it arrives from an input: its id, raw bytes and, for a
/// JSONL line, the other fields kept as metadata.
public struct Article: Sendable {
  public var id: String
  public var bytes: [UInt8]
  /// Fields of the JSONL record other than `id` and `text`, each with its
  /// value's JSON text as it was written.
  public var metadata: [(key: String, json: [UInt8])]
  /// Where it came from: a path, `path:line` for JSONL, or `stdin`.
  /// A JSONL line's is put together when read (only diagnostics read it;
  /// made for every line, it cost some 700 instructions and an allocation).
  public var source: String {
    get { sourceLine == 0 ? origin : Self.joined(origin, sourceLine) }
    set {
      origin = newValue
      sourceLine = 0
    }
  }
  /// `source`, or its part before the line number (`path:`, shared by the
  /// file's articles) when `sourceLine` is not 0.
  private var origin: String
  /// The JSONL line number (from 1) that ends `source`; 0 for none.
  private var sourceLine: Int
  /// `bytes` are known to be valid UTF-8 (the JSONL reader checked them),
  /// so reading the article does not check them again.
  var isValidUTF8 = false

  public init(id: String, bytes: [UInt8], metadata: [(key: String, json: [UInt8])] = [], source: String) {
    self.id = id
    self.bytes = bytes
    self.metadata = metadata
    self.origin = source
    self.sourceLine = 0
  }

  /// An article whose source is `prefix` (a path and a colon) followed by
  /// line number `line` (1 or more).
  init(id: String, bytes: [UInt8], metadata: [(key: String, json: [UInt8])], sourcePrefix prefix: String, line: Int) {
    precondition(line > 0, "a source line is numbered from 1")
    self.id = id
    self.bytes = bytes
    self.metadata = metadata
    self.origin = prefix
    self.sourceLine = line
  }

  /// `prefix` and the decimal digits of `number`, put together as bytes
  /// (an append and `String(Int)` cost some 800 instructions).
  private static func joined(_ prefix: String, _ number: Int) -> String {
    var prefix = prefix
    return prefix.withUTF8 { head in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: head.count + 20) { buffer in
        let base = buffer.baseAddress!
        if let from = head.baseAddress { base.update(from: from, count: head.count) }
        // The digits, written backwards from the end.
        var end = buffer.count
        var n = number
        repeat {
          end -= 1
          base[end] = UInt8(truncatingIfNeeded: 48 + n % 10)
          n /= 10
        } while n > 0
        let digits = buffer.count - end
        (base + head.count).update(from: base + end, count: digits)
        return String(decoding: UnsafeBufferPointer(start: base, count: head.count + digits), as: UTF8.self)
      }
    }
  }
}
