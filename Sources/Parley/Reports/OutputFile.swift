import Foundation

/// A file written whole or not at all: bytes go to `NAME.tmp-PID` and the
/// file is renamed into place by `commit()`. A run that stops early leaves
/// no half-written report under the real name.
public final class OutputFile {
  public let path: String
  private let temporary: String
  private var handle: UnsafeMutablePointer<FILE>?
  private var failed: String? = nil

  /// Creates the temporary file; throws a diagnostic when it cannot.
  public init(path: String) throws(Diagnostic) {
    self.path = path
    self.temporary = "\(path).tmp-\(getpid())"
    guard let h = fopen(temporary, "wb") else {
      throw .error("OUT001", "cannot write: \(String(cString: strerror(errno)))", file: path)
    }
    handle = h
  }

  deinit { abandon() }

  public func write(_ bytes: [UInt8]) {
    guard let handle, failed == nil, !bytes.isEmpty else { return }
    let n = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
    if n != bytes.count { failed = String(cString: strerror(errno)) }
  }

  public func write(_ string: String) { write(Array(string.utf8)) }

  /// Flushes, closes and renames the file into place.
  public func commit() throws(Diagnostic) {
    guard let h = handle else { return }
    handle = nil
    if fflush(h) != 0, failed == nil { failed = String(cString: strerror(errno)) }
    fclose(h)
    if let failed {
      unlink(temporary)
      throw .error("OUT002", "write failed: \(failed)", file: path)
    }
    if rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw .error("OUT003", "cannot move the finished file into place: \(reason)", file: path)
    }
  }

  /// Drops the temporary file.
  public func abandon() {
    if let h = handle {
      fclose(h)
      handle = nil
      unlink(temporary)
    }
  }
}

/// Standard output with a large buffer; JSONL records stream through it.
///
/// Small writes are copied into the buffer; a large one (a record of a few
/// kilobytes) is kept whole, in order after what came before it, and
/// everything pending goes out in one `writev` once 64 KB are pending: a
/// record is not copied once more on its way out. A record written by
/// `writeJSON` goes straight into the buffer: no array is made for it.
public final class StandardOutput: @unchecked Sendable {
  public static let shared = StandardOutput(fileDescriptor: 1)
  /// Writes of at least this many bytes are kept whole, not copied.
  static let keptWhole = 2048
  private static let flushAt = 1 << 16
  /// Most pieces pending (far below `IOV_MAX`).
  private static let maxPieces = 64
  private let fd: Int32
  /// Pending output in order: `pieces`, then the buffer's `count` bytes.
  private var pieces: [[UInt8]] = []
  /// Raw memory, this output's own (room for a record after 64 KB pending).
  private var buffer: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity = 1 << 17
  private var pending = 0
  private let lock = NSLock()

  /// Output to `fileDescriptor` (tests write to a file).
  init(fileDescriptor: Int32) {
    fd = fileDescriptor
    buffer = .allocate(capacity: capacity)
  }

  deinit { buffer.deallocate() }

  public func write(_ bytes: [UInt8]) {
    lock.lock()
    if bytes.count >= Self.keptWhole {
      keepWhole(bytes)
    } else {
      bytes.withUnsafeBufferPointer { p in
        if let base = p.baseAddress, p.count > 0 { copyIn(base, p.count) }
      }
    }
    pending += bytes.count
    unlockFlushingWhenFull()
  }

  /// Copies `n` bytes from `from` to the end of the buffer (under the lock).
  private func copyIn(_ from: UnsafePointer<UInt8>, _ n: Int) {
    reserve(n)
    (buffer + count).update(from: from, count: n)
    count += n
  }

  /// Unlocks, then flushes if enough is pending.
  private func unlockFlushingWhenFull() {
    let full = pending >= Self.flushAt || pieces.count >= Self.maxPieces
    lock.unlock()
    if full { flush() }
  }

  public func write(_ string: String) { write(Array(string.utf8)) }

  /// Writes `bytes` (the caller's, read during the call only): a run of at
  /// least `keptWhole` bytes goes out at once, after what is pending and
  /// with it, straight from the caller's memory; a shorter one is copied
  /// into the buffer as `write` copies.
  func write(bytes p: UnsafeBufferPointer<UInt8>) {
    guard let from = p.baseAddress, p.count > 0 else { return }
    lock.lock()
    if p.count < Self.keptWhole {
      copyIn(from, p.count)
      pending += p.count
      unlockFlushingWhenFull()
      return
    }
    defer { lock.unlock() }
    let total = pieces.count + (count > 0 ? 1 : 0) + 1
    withUnsafeTemporaryAllocation(of: iovec.self, capacity: total) { iov in
      // The pieces, the buffer, then the caller's bytes.
      if count > 0 { iov[pieces.count] = iovec(iov_base: UnsafeMutableRawPointer(buffer), iov_len: count) }
      iov[total - 1] = iovec(iov_base: UnsafeMutableRawPointer(mutating: from), iov_len: p.count)
      gather(0, into: iov)
    }
    pieces.removeAll(keepingCapacity: true)
    count = 0
    pending = 0
  }

  /// Writes the JSON that `body` writes (compact) straight into the
  /// buffer, with room for `reserve` bytes to start with: no array is made
  /// for it (one that outgrows the room goes out as `write` sends an
  /// array). `body` runs under the output's lock: it must not write here.
  public func writeJSON(reserve room: Int, _ body: (inout JSONWriter) -> Void) {
    lock.lock()
    reserve(max(64, room))
    let written = JSONWriter.write(into: UnsafeMutableBufferPointer(start: buffer + count, count: capacity - count), body)
    if let whole = written.outgrown {
      keepWhole(whole)
      pending += whole.count
    } else {
      count += written.count
      pending += written.count
    }
    unlockFlushingWhenFull()
  }

  /// `bytes` as a piece of its own, after the buffer's bytes (a copy of
  /// them, small, goes first). Under the lock.
  private func keepWhole(_ bytes: [UInt8]) {
    if count > 0 {
      pieces.append(Array(UnsafeBufferPointer(start: buffer, count: count)))
      count = 0
    }
    pieces.append(bytes)
  }

  /// Room for `n` more bytes in the buffer. Under the lock.
  private func reserve(_ n: Int) {
    guard count + n > capacity else { return }
    var size = capacity * 2
    while size < count + n { size *= 2 }
    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    bigger.update(from: buffer, count: count)
    buffer.deallocate()
    buffer = bigger
    capacity = size
  }

  public func flush() {
    lock.lock()
    defer { lock.unlock() }
    let total = pieces.count + (count > 0 ? 1 : 0)
    if total > 0 {
      withUnsafeTemporaryAllocation(of: iovec.self, capacity: total) { iov in
        // The buffer last, after the pieces.
        if count > 0 { iov[pieces.count] = iovec(iov_base: UnsafeMutableRawPointer(buffer), iov_len: count) }
        gather(0, into: iov)
      }
    }
    pieces.removeAll(keepingCapacity: true)
    count = 0
    pending = 0
  }

  /// Points `iov[k...]` at `pieces[k...]`, each inside its own
  /// `withUnsafeBufferPointer`, and writes them all (and whatever `iov`
  /// holds after them) from the innermost.
  private func gather(_ k: Int, into iov: UnsafeMutableBufferPointer<iovec>) {
    if k == pieces.count {
      writeAll(iov)
      return
    }
    pieces[k].withUnsafeBufferPointer { p in
      iov[k] = iovec(iov_base: UnsafeMutableRawPointer(mutating: p.baseAddress), iov_len: p.count)
      gather(k + 1, into: iov)
    }
  }

  /// `writev` until every byte is written or a write fails (the rest is
  /// dropped, as `write` did).
  private func writeAll(_ iov: UnsafeMutableBufferPointer<iovec>) {
    guard let base = iov.baseAddress else { return }
    var first = 0
    while first < iov.count {
      if iov[first].iov_len == 0 {
        first += 1
        continue
      }
      var n = writev(fd, base + first, Int32(iov.count - first))
      if n <= 0 { return }
      while first < iov.count, n >= iov[first].iov_len {
        n -= iov[first].iov_len
        first += 1
      }
      if first < iov.count, n > 0 {
        iov[first].iov_base = iov[first].iov_base.map { $0 + n }
        iov[first].iov_len -= n
      }
    }
  }
}

/// Writes a line to standard error.
public func printError(_ message: String) {
  StandardOutput.shared.flush()
  FileHandle.standardError.write(Data((message + "\n").utf8))
}
