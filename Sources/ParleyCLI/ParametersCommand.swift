import Parley

/// `parley parameters [FILE]`: the model constants as JSON, to start a
/// parameters file from or to check what one sets.
enum ParametersCommand {
  static let help = """
    USAGE: parley parameters [FILE]

    Prints every model constant as a JSON object, one per line: the
    defaults, or with FILE, the defaults with FILE's values (checked as
    --parameters FILE checks them). Save the output, change values, and pass
    it to score, explain, speakers or eval with --parameters FILE.
    """

  static func run(_ argv: [String]) throws -> ExitCode {
    let args = try Arguments(argv, valued: [], boolean: ["--help", "-h"])
    if args.has("--help") || args.has("-h") {
      StandardOutput.shared.write(help + "\n")
      return .success
    }
    guard args.positional.count <= 1 else { throw UsageError(message: "parameters takes at most one FILE") }
    let parameters = try args.positional.first.map { path throws(DiagnosticError) in try ModelParameters.load(file: path) } ?? ModelParameters()
    StandardOutput.shared.write(parameters.json)
    return .success
  }
}
