import Foundation
import Parley

/// The `parley` command: picks the subcommand and maps its outcome to an
/// exit code. All real work is in the Parley library.
let version = "0.1.0"

let usage = """
  parley \(version) — stance of news language: optimism and hedging, per
  sentence, paragraph and article, with the evidence behind every score.

  USAGE: parley <command> [options]

  COMMANDS:
    score [INPUT…]          score articles (.txt, .jsonl, a folder, or - for stdin)
    explain TEXT|-          show every cue, rule and contribution for one text
    speakers [INPUT…]       per-speaker stance table across all inputs
    merge PARTIAL…          add up aggregates of shards (score --aggregates)
    eval [SUITE]            run an evaluation suite; exit 1 if a gate fails
    lexicon lint [DIR]      validate lexicon files (default: the built-in ones)
    lexicon stats [DIR]     entries per category and file, multiword share
    lexicon entries [DIR]   every entry as TSV with its file:line
    parameters [FILE]       print the model constants (defaults, or FILE's) as
                            JSON, the format of --parameters FILE

  OPTIONS:
    -h, --help              help (also: parley <command> --help)
    --version               print the version

  EXIT CODES: 0 success, 1 evaluation gate failed, 2 usage or input error.
  """

func run(_ argv: [String]) -> ExitCode {
  guard let command = argv.first else {
    printError(usage)
    return .usage
  }
  let rest = Array(argv.dropFirst())
  do {
    switch command {
    case "-h", "--help", "help":
      StandardOutput.shared.write(usage + "\n")
      return .success
    case "--version", "version":
      StandardOutput.shared.write("parley \(version)\n")
      return .success
    case "score": return try ScoreCommand.run(rest)
    case "explain": return try ExplainCommand.run(rest)
    case "lexicon": return try LexiconCommand.run(rest)
    case "eval": return try EvalCommand.run(rest)
    case "speakers": return try SpeakersCommand.run(rest)
    case "merge": return try MergeCommand.run(rest)
    case "parameters": return try ParametersCommand.run(rest)
    default:
      throw UsageError(message: "unknown command '\(command)'")
    }
  } catch let error as UsageError {
    printError("parley: \(error.message)\nRun 'parley --help' for usage.")
    return .usage
  } catch let error as DiagnosticError {
    printError(error.description)
    return .usage
  } catch let error as Diagnostic {
    printError(error.description)
    return .usage
  } catch {
    printError("parley: \(error)")
    return .usage
  }
}

let code = run(Array(CommandLine.arguments.dropFirst()))
StandardOutput.shared.flush()
exit(code.rawValue)
