/// A half-open range of byte offsets `[start, end)` into a document's UTF-8
/// text. Every token, sentence, paragraph, statement and piece of evidence
/// carries one, so any score can point at the exact text behind it.
public struct Span: Sendable, Hashable, Codable, Comparable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    precondition(start <= end, "span start \(start) after end \(end)")
    self.start = start
    self.end = end
  }

  /// Number of bytes covered.
  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
  public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

  /// Bytes shared with `other`.
  public func overlapLength(_ other: Span) -> Int { max(0, min(end, other.end) - max(start, other.start)) }

  public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}
