import Foundation

/// One finished child process: wall time, CPU time, peak resident memory,
/// exit status.
struct Measurement {
  var seconds: Double
  /// User plus system time of the child, all its threads (`wait4` rusage).
  var cpuSeconds: Double
  /// Peak resident set size of the child, in bytes (`wait4` rusage).
  var peakRSS: Int
  var status: Int32
  /// The measuring process's own peak RSS when it spawned the child: a
  /// child's figure cannot be lower (Linux carries it over into the child).
  var floor: Int
  /// The figure is the floor, not the child's own peak.
  var atFloor: Bool { peakRSS <= floor + (1 << 20) }
}

/// Runs `arguments[0]` (a path) with the rest as arguments, standard output
/// to `stdout` (a path; `/dev/null` by default), standard error to
/// `/dev/null` unless `stderr` is given, and measures it whole-process: the
/// time from spawn to exit, and the peak RSS the kernel reports for it.
func measure(_ arguments: [String], stdout: String = "/dev/null", stderr: String = "/dev/null") throws -> Measurement {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
  defer { for a in argv { free(a) } }
  var pid: pid_t = 0
  let floor = ownPeakRSS()
  let start = now()
  let rc = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
  if rc != 0 { throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(rc)))") }
  var status: Int32 = 0
  var usage = rusage()
  while wait4(pid, &status, 0, &usage) < 0 {
    if errno != EINTR { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
  }
  let seconds = now() - start
  let exited = status & 0x7F == 0
  let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  return Measurement(seconds: seconds, cpuSeconds: cpu, peakRSS: Int(usage.ru_maxrss) * 1024, status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), floor: floor)
}

/// Runs `arguments` `runs` times after `warmup` unmeasured runs; returns
/// every measurement. Fails on a non-zero exit.
func repeated(_ arguments: [String], runs: Int, warmup: Int = 1, stdout: String = "/dev/null") throws -> [Measurement] {
  for _ in 0..<warmup { _ = try measure(arguments, stdout: stdout) }
  var out: [Measurement] = []
  for _ in 0..<runs {
    let m = try measure(arguments, stdout: stdout)
    if m.status != 0 { throw BenchError("\(arguments.joined(separator: " ")) exited with \(m.status)") }
    out.append(m)
  }
  return out
}

func median(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  if s.isEmpty { return 0 }
  return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func now() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_MONOTONIC, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The first executable called `name` on `PATH`, if any.
func which(_ name: String) -> String? {
  for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
    let path = "\(dir)/\(name)"
    if FileManager.default.isExecutableFile(atPath: path) { return path }
  }
  return nil
}

/// The peak RSS of this process's memory image so far (`VmHWM`), in bytes:
/// what a child spawned now starts from. Not `getrusage`, whose figure also
/// keeps the peak of the program that exec'd this one (`swift run`).
func ownPeakRSS() -> Int {
  if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
    let kB = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
  {
    return kB * 1024
  }
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  return Int(usage.ru_maxrss) * 1024
}
