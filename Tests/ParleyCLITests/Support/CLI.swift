import Foundation
import Testing

/// What one run of the `parley` binary did.
struct CLIRun {
  var arguments: [String]
  /// The exit status (or the signal number when `crashed`).
  var status: Int32
  /// The process ended on a signal (a trap, a crash), not through `exit`.
  var crashed: Bool
  var stdout: [UInt8]
  var stderr: String

  var out: String { String(decoding: stdout, as: UTF8.self) }
  /// Standard output split into lines, without the empty piece after the
  /// final newline.
  var outLines: [String] { lines(out) }
  var errLines: [String] { lines(stderr) }

  private func lines(_ s: String) -> [String] {
    var l = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if l.last == "" { l.removeLast() }
    return l
  }
}

/// Runs the real `parley` executable built beside the test bundle.
enum CLI {
  /// The `parley` binary. SwiftPM builds the executable product into the
  /// same products directory as the test bundle (`.build/debug/` for
  /// `swift test`), so every place the test process can be seen from is
  /// searched, walking up a few directories: the main bundle and executable
  /// (on Linux the `.xctest` is itself the executable in the products
  /// directory), every loaded `.xctest` bundle (macOS: `…/debug/X.xctest/
  /// Contents/MacOS`), and bundle paths on the command line (the Swift
  /// Testing helper passes `--test-bundle-path`). `PARLEY_BINARY` overrides.
  static let binary: Result<URL, BinaryNotFound> = {
    if let explicit = ProcessInfo.processInfo.environment["PARLEY_BINARY"], !explicit.isEmpty {
      return .success(URL(fileURLWithPath: explicit))
    }
    var seeds: [URL] = []
    if let e = Bundle.main.executableURL { seeds.append(e) }
    seeds.append(Bundle.main.bundleURL)
    seeds += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
    seeds += CommandLine.arguments.filter { $0.hasSuffix(".xctest") || $0.contains(".xctest/") }.map { URL(fileURLWithPath: $0) }
    if let first = CommandLine.arguments.first { seeds.append(URL(fileURLWithPath: first)) }
    var searched: [String] = []
    for seed in seeds {
      var dir = seed.standardizedFileURL
      for _ in 0..<5 {
        let candidate = dir.appendingPathComponent("parley")
        if !searched.contains(dir.path) { searched.append(dir.path) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
          FileManager.default.isExecutableFile(atPath: candidate.path)
        {
          return .success(candidate)
        }
        let parent = dir.deletingLastPathComponent()
        if parent.path == dir.path { break }
        dir = parent
      }
    }
    return .failure(BinaryNotFound(searched: searched))
  }()

  struct BinaryNotFound: Error, CustomStringConvertible {
    var searched: [String]
    var description: String {
      "cannot find the built `parley` binary (set PARLEY_BINARY to its path); searched: \(searched.joined(separator: ", "))"
    }
  }

  /// Runs `parley ARGUMENTS` in `directory` with `stdin` as standard input
  /// (empty when nil) and waits for it. Output goes to files, not pipes, so
  /// a large output cannot fill a pipe and stall the child. A run longer
  /// than `timeout` seconds is killed and recorded as an issue: a guard
  /// against a hang, not a speed check, so it is far above what any run
  /// needs even on a loaded 2-core machine.
  static func run(_ arguments: [String], stdin: [UInt8]? = nil, in directory: URL? = nil, timeout: Double = 600, sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIRun {
    let binary = try CLI.binary.get()
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cli-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    let inURL = scratch.appendingPathComponent("stdin")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    try Data(stdin ?? []).write(to: inURL)
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    let inHandle = try FileHandle(forReadingFrom: inURL)
    defer {
      try? outHandle.close()
      try? errHandle.close()
      try? inHandle.close()
    }

    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = inHandle
    process.standardOutput = outHandle
    process.standardError = errHandle
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      finished.wait()
      Issue.record("parley \(arguments.joined(separator: " ")) ran longer than \(timeout) s and was killed", sourceLocation: sourceLocation)
    }
    process.waitUntilExit()
    return CLIRun(
      arguments: arguments,
      status: process.terminationStatus,
      crashed: process.terminationReason == .uncaughtSignal,
      stdout: [UInt8](try Data(contentsOf: outURL)),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }
}

/// A fresh directory for one test, removed when `body` returns.
struct TemporaryDirectory {
  let url: URL
  var path: String { url.path }

  func file(_ name: String) -> URL { url.appendingPathComponent(name) }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> URL {
    try write(name, bytes: Array(text.utf8))
  }

  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> URL {
    let u = file(name)
    try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: u)
    return u
  }

  func mkdir(_ name: String) throws {
    try FileManager.default.createDirectory(at: file(name), withIntermediateDirectories: true)
  }

  func read(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: file(name))) }

  /// Names of the entries in `name` (the directory itself by default), sorted.
  func list(_ name: String = ".") throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: file(name).path).sorted()
  }
}

func withTemporaryDirectory<T>(_ body: (TemporaryDirectory) throws -> T) throws -> T {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cli-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: url) }
  return try body(TemporaryDirectory(url: url))
}
