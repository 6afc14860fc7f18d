import Foundation
import Parley

/// `parley explain`: every cue, rule and contribution behind the scores of
/// one text, as a readable table.
enum ExplainCommand {
  static let help = """
    USAGE: parley explain TEXT|- [options]

    Scores one text and prints, for every sentence, each matched lexicon
    entry (with its file:line), the rules that changed it and its share of
    the score, then the paragraph and document scores. The deltas of a
    sentence add up to its score.

    OPTIONS:
      --model rules|lexicon   scoring model (default: rules)
    \(LexiconOptions.help)
      -h, --help              this help
    """

  static func run(_ argv: [String]) throws -> ExitCode {
    let args = try Arguments(argv, valued: LexiconOptions.valued.union(["--model"]), boolean: ["--help", "-h"])
    if args.has("--help") || args.has("-h") {
      StandardOutput.shared.write(help + "\n")
      return .success
    }
    guard args.positional.count == 1 else { throw UsageError(message: "explain takes exactly one TEXT (quote it) or - for standard input") }
    let chosenModel = try model(named: args.value("--model"))
    let engine = try LexiconOptions.engine(args)
    var bytes = Array(args.positional[0].utf8)
    if args.positional[0] == "-" {
      bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    let document = engine.read(id: "explain", bytes: bytes, source: args.positional[0] == "-" ? "stdin" : "argument")
    let score = engine.score(document, model: chosenModel, evidence: true)
    StandardOutput.shared.write(ExplainTable.render(score, document: document))
    for w in document.warnings { printError(w.description) }
    return .success
  }
}
