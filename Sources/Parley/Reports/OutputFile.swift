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
public final class StandardOutput: @unchecked Sendable {
  public static let shared = StandardOutput()
  private var buffer: [UInt8] = []
  private let lock = NSLock()

  public func write(_ bytes: [UInt8]) {
    lock.lock()
    buffer += bytes
    let full = buffer.count >= 1 << 16
    lock.unlock()
    if full { flush() }
  }

  public func write(_ string: String) { write(Array(string.utf8)) }

  public func flush() {
    lock.lock()
    defer { lock.unlock() }
    var offset = 0
    while offset < buffer.count {
      let n = buffer.withUnsafeBufferPointer { Foundation.write(1, $0.baseAddress! + offset, $0.count - offset) }
      if n <= 0 { break }
      offset += n
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Writes a line to standard error.
public func printError(_ message: String) {
  StandardOutput.shared.flush()
  FileHandle.standardError.write(Data((message + "\n").utf8))
}
