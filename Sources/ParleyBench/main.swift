import Foundation
import Parley
import ParleyBenchKit

/// `parley-bench`: whole-process throughput, memory and start-up of the
/// release `parley` binary beside it, side by side with `wc -w` (the floor:
/// reading and splitting words) and VADER (the usual Python baseline) on the
/// same corpus, in the same run. It prints figures and ratios; it never
/// passes or fails on a timing.
let help = """
  USAGE: swift run -c release parley-bench [options]

  Builds a deterministic JSONL corpus from the team's own texts
  (evaluation/fixtures, evaluation/examples), or takes --file, and measures
  whole-process, as the median of N runs after a warm-up:
    parley score --format jsonl            with --jobs 1 and all cores,
    parley score --format jsonl --evidence runs of the two alternating
    wc -w on the same file                 (the floor)
    word lookup on the same file           (the word-lookup floor: bytes
                                           split into words, lowercased and
                                           looked up in a hash set of the
                                           built-in one-word terms, in Swift)
    VADER on the same sentences            (when vaderSentiment imports)
    parley explain "The talks were productive."  (start-up)
  MB/s count the bytes of the JSONL file; cpu is user + system time of all
  threads and peak RSS the child's (both from wait4). Scaling is printed
  both as the ratio of the medians and as the median ratio of the
  alternating pairs. The floors run in the same rounds as Parley without
  evidence; the ratio to the word-lookup floor is printed as the ratio of
  the medians, the median of the same-round ratios, and the ratio of CPU
  times.

  OPTIONS:
    --size MB        corpus size to build (default 20)
    --runs N         measured runs per figure (default 5; VADER: at most 3)
    --file PATH      measure this file instead: .jsonl, or a .tsv
                     (id<TAB>…<TAB>text, e.g. ../shared/benchmarks/
                     nyt-editorials-dev.tsv) converted to JSONL on the fly
    --memory         peak RSS on a 100 MB and a 1 GB corpus (made in /tmp,
                     deleted after): memory must not grow with input size
    --memory-sizes A,B  sizes in MB for --memory (default 100,1000)
    --jobs N         "all cores" (default: every active processor)
    --parley PATH    the binary to measure (default: parley beside this one)
    --keep           keep the temporary folder and print its path
    -h, --help       this help
  """

struct Options {
  var sizeMB = 20.0
  var runs = 5
  var file: String? = nil
  var memory = false
  var memorySizes = [100.0, 1000.0]
  var jobs = ProcessInfo.processInfo.activeProcessorCount
  var parley: String? = nil
  var keep = false

  init(_ argv: [String]) throws {
    var i = 0
    func value() throws -> String {
      i += 1
      guard i < argv.count else { throw BenchError("\(argv[i - 1]) needs a value") }
      return argv[i]
    }
    while i < argv.count {
      switch argv[i] {
      case "--size": guard let v = Double(try value()), v > 0 else { throw BenchError("--size needs a positive number of MB") }; sizeMB = v
      case "--runs": guard let v = Int(try value()), v >= 1 else { throw BenchError("--runs needs a whole number >= 1") }; runs = v
      case "--file": file = try value()
      case "--memory": memory = true
      case "--memory-sizes":
        let parts = try value().split(separator: ",").compactMap { Double($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 > 0 }) else { throw BenchError("--memory-sizes needs sizes in MB, e.g. 100,1000") }
        memorySizes = parts
      case "--jobs": guard let v = Int(try value()), v >= 1 else { throw BenchError("--jobs needs a whole number >= 1") }; jobs = v
      case "--parley": parley = try value()
      case "--keep": keep = true
      case "-h", "--help": print(help); exit(0)
      default: throw BenchError("unknown option '\(argv[i])' (see --help)")
      }
      i += 1
    }
  }
}

/// The package folder: two levels above this source file, or the current
/// folder when the sources are not there.
func packageRoot() -> String {
  let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  if FileManager.default.fileExists(atPath: fromSource + "/evaluation/fixtures") { return fromSource }
  return FileManager.default.currentDirectoryPath
}

func parleyBinary(_ options: Options) throws -> String {
  if let p = options.parley { return p }
  let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
  let sibling = me.deletingLastPathComponent().appendingPathComponent("parley").path
  guard FileManager.default.isExecutableFile(atPath: sibling) else {
    throw BenchError("no parley binary beside \(me.path); run `swift build -c release` first, or pass --parley PATH")
  }
  return sibling
}

func fileSize(_ path: String) -> Int {
  ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}

func machine() -> String {
  var name = utsname()
  uname(&name)
  let sys = withUnsafeBytes(of: &name.sysname) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
  let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
  let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
  let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }.map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown CPU"
  return "\(ProcessInfo.processInfo.activeProcessorCount) cores (\(model)), \(sys) \(release)"
}

func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

struct Row {
  var name: String
  var seconds: Double
  /// Median CPU time (user + system), all threads.
  var cpuSeconds: Double = 0
  var peakRSS: Int
  var atFloor: Bool
  var rss: String { String(format: "%@%5.1f MB", atFloor ? "<=" : "  ", Double(peakRSS) / 1e6) }
}

let vaderScript = """
  import sys
  from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
  analyzer = SentimentIntensityAnalyzer()
  total = 0.0
  with open(sys.argv[1], encoding="utf-8") as f:
      for line in f:
          total += analyzer.polarity_scores(line)["compound"]
  print(total)
  """

/// Heavy preparation (building the corpus, splitting sentences) runs in a
/// child process of the bench itself: on Linux a spawned child inherits its
/// parent's peak RSS as its own starting `ru_maxrss`, so the measuring
/// process must stay small for the children's peaks to be their own.
func prepare(_ argv: [String]) throws {
  switch argv.first {
  case "corpus"?:
    let source = try CorpusSource(root: argv[1])
    let articles = try source.write(to: argv[3], bytes: Int(argv[2])!)
    print(articles, source.texts.count)
  case "tsv"?:
    print(try convertTSV(argv[1], to: argv[2]))
  case "sentences"?:
    let (articles, sentences) = try writeSentences(of: argv[1], to: argv[2])
    print(articles, sentences)
  default:
    throw BenchError("unknown preparation")
  }
}

/// Runs a preparation step in a child process; returns its output words.
func prepared(_ args: [String], temp: String) throws -> [String] {
  let out = temp + "/prepare.out"
  let err = temp + "/prepare.err"
  let m = try measure([selfPath(), "--prepare"] + args, stdout: out, stderr: err)
  let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
  if m.status != 0 { throw BenchError("preparation failed: \((try? String(contentsOfFile: err, encoding: .utf8)) ?? "")") }
  return text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}

func selfPath() -> String {
  URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
}

func run() throws {
  if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "--prepare" {
    try prepare(Array(CommandLine.arguments.dropFirst(2)))
    return
  }
  if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--lookup-floor" {
    try LookupFloor.run(path: CommandLine.arguments[2])
    return
  }
  let options = try Options(Array(CommandLine.arguments.dropFirst()))
  let parley = try parleyBinary(options)
  let floor = ownPeakRSS()
  var template = Array("/tmp/parley-bench-XXXXXX".utf8CString)
  guard let dirPointer = mkdtemp(&template) else { throw BenchError("cannot make a temporary folder") }
  let temp = String(cString: dirPointer)
  defer {
    if options.keep { print("kept \(temp)") } else { try? FileManager.default.removeItem(atPath: temp) }
  }
  print("parley-bench: \(machine())")
  print("binary: \(parley)")
  print(String(format: "peak RSS: a spawned child starts from its parent's peak, so figures cannot go below this process's own (%.1f MB now); such figures are marked <=", Double(floor) / 1e6))
  if options.memory {
    try memoryCheck(options, parley: parley, temp: temp)
    return
  }

  // The corpus.
  var corpus: String
  var label: String
  if let file = options.file {
    guard FileManager.default.fileExists(atPath: file) else { throw BenchError("no such file: \(file)") }
    if file.hasSuffix(".tsv") {
      corpus = temp + "/" + ((file as NSString).lastPathComponent as NSString).deletingPathExtension + ".jsonl"
      _ = try prepared(["tsv", file, corpus], temp: temp)
      label = "\(file) (TSV converted to JSONL)"
    } else {
      corpus = file
      label = file
    }
  } else {
    corpus = temp + "/corpus.jsonl"
    let made = try prepared(["corpus", packageRoot(), String(Int(options.sizeMB * 1e6)), corpus], temp: temp)
    label = "built from \(made.last ?? "?") team texts (evaluation/fixtures, evaluation/examples)"
  }
  let sentencesFile = temp + "/sentences.txt"
  let counts = try prepared(["sentences", corpus, sentencesFile], temp: temp)
  let articles = Int(counts.first ?? "") ?? 0
  let sentences = Int(counts.last ?? "") ?? 0
  let bytes = fileSize(corpus)
  print("corpus: \(mb(bytes)), \(articles) articles, \(sentences) sentences; \(label)")
  print("runs: median of \(options.runs) after a warm-up; all cores = --jobs \(options.jobs)")
  print("")

  var rows: [Row] = []
  func add(_ name: String, _ ms: [Measurement]) {
    let peak = ms.max { $0.peakRSS < $1.peakRSS }!
    rows.append(Row(name: name, seconds: median(ms.map(\.seconds)), cpuSeconds: median(ms.map(\.cpuSeconds)), peakRSS: peak.peakRSS, atFloor: peak.atFloor))
    let r = rows[rows.count - 1]
    print(String(format: "  %-30@ %8.3f s %7.1f MB/s %9.0f articles/s  cpu %7.3f s  peak RSS %@", r.name as NSString, r.seconds, Double(bytes) / 1e6 / r.seconds, Double(articles) / r.seconds, r.cpuSeconds, r.rss as NSString))
    fflush(nil)
  }
  let jobsList = options.jobs > 1 ? [1, options.jobs] : [1]
  /// Per-pair time ratios of 1 job over all jobs (runs alternate, so each
  /// pair saw the same moment of a shared machine).
  var pairRatios: [Double] = []
  // The floors run in the same rounds as Parley without evidence, so a
  // slow stretch of the shared machine slows both sides of a ratio.
  guard let wc = which("wc") else { throw BenchError("wc not found") }
  let floors: [(name: String, args: [String])] = [
    ("wc -w", [wc, "-w", corpus]),
    ("word lookup (Swift, bytes)", [selfPath(), "--lookup-floor", corpus]),
  ]
  /// Per-round time ratios of each job count over the word-lookup floor.
  var floorRatios = Array(repeating: [Double](), count: jobsList.count)
  for evidence in [false, true] {
    var outputs: [String] = []
    var argsByJobs: [[String]] = []
    for jobs in jobsList {
      var args = [parley, "score", corpus, "--format", "jsonl", "--jobs", String(jobs)]
      if evidence { args.append("--evidence") }
      // The warm-up run writes its output, so every job count is checked
      // for byte-identical output in the same run.
      let out = temp + "/out-\(jobs)\(evidence ? "-evidence" : "").jsonl"
      let warm = try measure(args, stdout: out)
      if warm.status != 0 { throw BenchError("\(args.joined(separator: " ")) exited with \(warm.status)") }
      outputs.append(out)
      argsByJobs.append(args)
    }
    // 1 job and all jobs alternate run by run: a burst of other work on
    // the machine then slows both, not one of them.
    let rotation = argsByJobs + (evidence ? [] : floors.map(\.args))
    if !evidence { for f in floors { _ = try measure(f.args) } }
    var measured = Array(repeating: [Measurement](), count: rotation.count)
    for _ in 0..<options.runs {
      for (k, args) in rotation.enumerated() { measured[k] += try repeated(args, runs: 1, warmup: 0) }
      if !evidence, jobsList.count == 2 { pairRatios.append(measured[0].last!.seconds / measured[1].last!.seconds) }
      if !evidence {
        let lookup = measured[rotation.count - 1].last!.seconds
        for k in jobsList.indices { floorRatios[k].append(measured[k].last!.seconds / lookup) }
      }
    }
    for (k, jobs) in jobsList.enumerated() { add("parley\(evidence ? " --evidence" : "") --jobs \(jobs)", measured[k]) }
    if !evidence { for (k, f) in floors.enumerated() { add(f.name, measured[jobsList.count + k]) } }
    if outputs.count > 1 {
      let same = FileManager.default.contentsEqual(atPath: outputs[0], andPath: outputs[1])
      print("    output of --jobs 1 and --jobs \(options.jobs)\(evidence ? " --evidence" : ""): \(same ? "byte-identical" : "DIFFERENT")")
    }
    for o in outputs { try? FileManager.default.removeItem(atPath: o) }
  }
  var vaderRow: Row? = nil
  if let python = which("python3"), try measure([python, "-c", "import vaderSentiment"]).status == 0 {
    let script = temp + "/vader.py"
    try vaderScript.write(toFile: script, atomically: true, encoding: .utf8)
    add("VADER (python3, per sentence)", try repeated([python, script, sentencesFile], runs: min(options.runs, 3), warmup: 0))
    vaderRow = rows.last
  } else {
    print("  VADER: skipped (python3 cannot import vaderSentiment; `pip install vadersentiment` to include it)")
  }
  let startupRuns = max(options.runs, 20)
  let startup = try repeated([parley, "explain", "The talks were productive."], runs: startupRuns, warmup: 2)
  let startupMS = median(startup.map(\.seconds)) * 1000
  let startupPeak = startup.max { $0.peakRSS < $1.peakRSS }!
  let startupRow = Row(name: "", seconds: 0, peakRSS: startupPeak.peakRSS, atFloor: startupPeak.atFloor)
  print(String(format: "  %-30@ %8.1f ms (median of %d)  peak RSS %@", "start-up: parley explain" as NSString, startupMS, startupRuns, startupRow.rss as NSString))

  // Ratios.
  let wcRow = rows.first { $0.name == "wc -w" }!
  let lookupRow = rows.first { $0.name.hasPrefix("word lookup") }!
  print("")
  print("ratios (time; lower is faster for Parley):")
  for r in rows where r.name.hasPrefix("parley") {
    var line = String(format: "  %-30@ %5.1fx the time of wc -w, %5.1fx the word-lookup floor", r.name as NSString, r.seconds / wcRow.seconds, r.seconds / lookupRow.seconds)
    if let k = jobsList.firstIndex(where: { r.name == "parley --jobs \($0)" }) {
      line += String(format: " (%.1fx same-round, %.1fx CPU time)", median(floorRatios[k]), r.cpuSeconds / lookupRow.cpuSeconds)
    }
    if let v = vaderRow { line += String(format: ", %5.1fx faster than VADER", v.seconds / r.seconds) }
    print(line)
  }
  if rows.count >= 2, jobsList.count == 2 {
    let one = rows[0].seconds
    let all = rows[1].seconds
    print(String(format: "  scaling --jobs %d vs 1: %.2fx (medians), %.2fx (median of %d alternating pairs); CPU time %.2fx of 1 job's", options.jobs, one / all, median(pairRatios), pairRatios.count, rows[1].cpuSeconds / rows[0].cpuSeconds))
  }
  if let e1 = rows.first(where: { $0.name == "parley --evidence --jobs 1" }) {
    print(String(format: "  --evidence costs %.0f%% more time (1 job)", (e1.seconds / rows[0].seconds - 1) * 100))
  }
}

/// Peak RSS for corpora of growing size: streaming means it stays flat.
func memoryCheck(_ options: Options, parley: String, temp: String) throws {
  print("memory: peak RSS of `parley score --format jsonl --jobs \(options.jobs)` by corpus size (files in \(temp), deleted after)")
  var peaks: [Int] = []
  for size in options.memorySizes {
    let corpus = temp + "/memory-\(Int(size))MB.jsonl"
    let articles = Int(try prepared(["corpus", packageRoot(), String(Int(size * 1e6)), corpus], temp: temp).first ?? "") ?? 0
    let m = try measure([parley, "score", corpus, "--format", "jsonl", "--jobs", String(options.jobs)])
    try? FileManager.default.removeItem(atPath: corpus)
    if m.status != 0 { throw BenchError("parley exited with \(m.status) on \(corpus)") }
    peaks.append(m.peakRSS)
    let row = Row(name: "", seconds: m.seconds, peakRSS: m.peakRSS, atFloor: m.atFloor)
    print(String(format: "  %7.0f MB, %8d articles: peak RSS %@, %7.2f s (%.1f MB/s)", size, articles, row.rss as NSString, m.seconds, size / m.seconds))
    fflush(nil)
  }
  if let first = peaks.first, let last = peaks.last, peaks.count > 1 {
    print(String(format: "  growth from smallest to largest: %+.1f MB (%.2fx)", Double(last - first) / 1e6, Double(last) / Double(first)))
  }
}

do {
  try run()
} catch {
  FileHandle.standardError.write(Data("parley-bench: \(error)\n".utf8))
  exit(2)
}
