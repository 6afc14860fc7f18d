import Parley
import Synchronization

/// Exit codes: a contract with scripts and CI.
enum ExitCode: Int32 {
  case success = 0
  /// An evaluation gate failed.
  case gateFailed = 1
  /// Bad usage or bad input.
  case usage = 2
}

/// A usage error: printed with the command's usage line, exit 2.
struct UsageError: Error {
  var message: String
}

/// Flags and positional arguments of one subcommand. Flags are declared up
/// front so an unknown flag or a missing value is a usage error.
struct Arguments {
  var positional: [String] = []
  var values: [String: [String]] = [:]
  var flags: Set<String> = []

  /// `valued`: flags that take a value (`--out DIR` or `--out=DIR`);
  /// `boolean`: flags that do not.
  init(_ args: [String], valued: Set<String>, boolean: Set<String>) throws(UsageError) {
    var i = 0
    var onlyPositional = false
    while i < args.count {
      let a = args[i]
      i += 1
      if onlyPositional || a == "-" || !a.hasPrefix("-") {
        positional.append(a)
        continue
      }
      if a == "--" { onlyPositional = true; continue }
      var name = a
      var inline: String? = nil
      if let eq = a.firstIndex(of: "=") {
        name = String(a[..<eq])
        inline = String(a[a.index(after: eq)...])
      }
      if boolean.contains(name) {
        if inline != nil { throw UsageError(message: "\(name) takes no value") }
        flags.insert(name)
      } else if valued.contains(name) {
        if let inline {
          values[name, default: []].append(inline)
        } else {
          guard i < args.count else { throw UsageError(message: "\(name) needs a value") }
          values[name, default: []].append(args[i])
          i += 1
        }
      } else {
        throw UsageError(message: "unknown option '\(name)'")
      }
    }
  }

  func value(_ name: String) -> String? { values[name]?.last }
  func all(_ name: String) -> [String] { values[name] ?? [] }
  func has(_ name: String) -> Bool { flags.contains(name) }
}

/// `--lexicons DIR`, `--add-lexicon FILE` and `--parameters FILE`, shared by
/// every command that scores.
enum LexiconOptions {
  static let valued: Set<String> = ["--lexicons", "--add-lexicon", "--parameters"]

  static let help = """
      --lexicons DIR          use the lexicons in DIR instead of the built-in ones
      --add-lexicon FILE      add entries from FILE, replacing built-in entries
                              with the same term and category (repeatable)
      --parameters FILE       model constants from a JSON object, e.g.
                              {"shifterWindow": 3}; unset ones keep their defaults
    """

  /// The engine for these options; lexicon errors are printed, exit 2.
  static func engine(_ args: Arguments) throws(DiagnosticError) -> Engine {
    var set: LexiconSet
    if let dir = args.value("--lexicons") {
      set = try LexiconSet.load(directory: dir)
    } else {
      set = try LexiconSet.builtin()
    }
    let added = args.all("--add-lexicon")
    for file in added {
      set = set.overridden(by: try LexiconSet.load(file: file))
    }
    if !added.isEmpty { try set.checkReferences() }
    let parameters = try args.value("--parameters").map { path throws(DiagnosticError) in try ModelParameters.load(file: path) }
    let engine = Engine(lexicons: set, parameters: parameters ?? ModelParameters())
    KeptUntilExit.keep(engine)
    return engine
  }
}

/// Values the process keeps until it ends. `main` ends it with `exit`,
/// which frees nothing: a value kept here is not torn down first. (The
/// engine's teardown released every lexicon entry's strings one by one,
/// some 4.5 M instructions, for memory that the exit frees anyway.)
enum KeptUntilExit {
  /// (Behind a lock: nothing stops two threads from making engines.)
  private static let engines = Mutex<[Engine]>([])

  static func keep(_ engine: Engine) {
    engines.withLock { $0.append(engine) }
  }
}

/// `--model rules|lexicon`.
func model(named name: String?) throws(UsageError) -> any StanceModel {
  guard let name else { return RuleModel() }
  guard let model = Models.named(name) else {
    throw UsageError(message: "unknown model '\(name)' (choose: \(Models.all.map(\.name).joined(separator: ", ")))")
  }
  return model
}
