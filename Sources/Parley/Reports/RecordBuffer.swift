/// Records written one after another into one growing buffer: what a
/// worker makes of a piece of input (`CorpusRunner.run(reading:…)`), all
/// its records in one allocation, written out whole by the calling thread
/// (`StandardOutput.write(_:_:)`). No array is made per record.
///
/// Owned by one thread at a time: the worker fills it, then hands it over
/// (through the runner's lock) to the thread that writes it.
public final class RecordBuffer: @unchecked Sendable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// Bytes written so far.
  public private(set) var count = 0

  /// An empty buffer with room for `capacity` bytes (it grows as needed).
  public init(capacity: Int = 1 << 16) {
    self.capacity = max(64, capacity)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// Appends the compact JSON that `body` writes (with `endLine()` for a
  /// JSONL record), written in place, with room for `reserve` bytes to
  /// start with.
  public func writeJSON(reserve room: Int, _ body: (inout JSONWriter) -> Void) {
    if capacity - count < max(64, room) { grow(to: count + max(64, room)) }
    let written = JSONWriter.write(into: UnsafeMutableBufferPointer(start: base + count, count: capacity - count), body)
    if let whole = written.outgrown {
      // Rare: a record longer than the room left; copied in after growing.
      grow(to: count + whole.count)
      whole.withUnsafeBufferPointer { (base + count).update(from: $0.baseAddress!, count: $0.count) }
      count += whole.count
    } else {
      count += written.count
    }
  }

  /// Appends `bytes`.
  public func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { p in
      guard let from = p.baseAddress, p.count > 0 else { return }
      if capacity - count < p.count { grow(to: count + p.count) }
      (base + count).update(from: from, count: p.count)
      count += p.count
    }
  }

  /// `body` of the bytes in `range` (within `0..<count`).
  func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "RecordBuffer: range out of bounds")
    return body(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
  }

  /// Doubles the room until `needed` bytes fit.
  private func grow(to needed: Int) {
    var size = capacity * 2
    while size < needed { size *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    bigger.update(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity = size
  }
}

extension StandardOutput {
  /// Writes the bytes of `records` in `range` (all of them by default), in
  /// order after everything written before: a large run straight from the
  /// buffer, with what is pending, in one `writev`.
  public func write(_ records: RecordBuffer, _ range: Range<Int>? = nil) {
    records.withBytes(range ?? 0..<records.count) { write(bytes: $0) }
  }
}
