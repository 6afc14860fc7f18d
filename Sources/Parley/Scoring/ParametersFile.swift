/// Reading and writing model parameters as a JSON object, so a researcher
/// can try other constants without rebuilding (`--parameters FILE`):
///
///     { "shifterWindow": 3, "valenceAlpha": 5 }
///
/// Keys are the property names of `ModelParameters`; a file may set any
/// subset, the rest keep their defaults. Unknown keys, values of the wrong
/// type or out of range are errors (PAR001–PAR004) with file, line and
/// column, all reported at once: a typo must not silently leave a default.
extension ModelParameters {
  /// One tunable constant: its name in a parameters file and where it lives.
  public enum Field: Sendable {
    case real(String, WritableKeyPath<ModelParameters, Double> & Sendable)
    case count(String, WritableKeyPath<ModelParameters, Int> & Sendable)

    public var name: String {
      switch self {
      case .real(let name, _), .count(let name, _): name
      }
    }
  }

  /// Every constant, in the order of `ModelParameters`.
  public static var fields: [Field] {
    [
      .real("valenceAlpha", \.valenceAlpha),
      .real("negatedValenceScale", \.negatedValenceScale),
      .real("negatedNegativeScale", \.negatedNegativeScale),
      .count("negationWindow", \.negationWindow),
      .real("bareNegationValence", \.bareNegationValence),
      .real("bareNegationMinWeight", \.bareNegationMinWeight),
      .real("excessNegation", \.excessNegation),
      .count("excessWindow", \.excessWindow),
      .real("excessValence", \.excessValence),
      .real("comparisonStandardScale", \.comparisonStandardScale),
      .real("expectationValence", \.expectationValence),
      .real("quantityChange", \.quantityChange),
      .real("shifterScale", \.shifterScale),
      .count("shifterWindow", \.shifterWindow),
      .count("shifterObjectSpan", \.shifterObjectSpan),
      .count("shifterSubjectWindow", \.shifterSubjectWindow),
      .count("shifterSubjectReach", \.shifterSubjectReach),
      .real("negatedSubjectScale", \.negatedSubjectScale),
      .count("negatedSubjectWindow", \.negatedSubjectWindow),
      .real("predicateSubjectScale", \.predicateSubjectScale),
      .count("predicateWindow", \.predicateWindow),
      .count("intensifierWindow", \.intensifierWindow),
      .real("topicScale", \.topicScale),
      .count("topicReach", \.topicReach),
      .real("contrastBoost", \.contrastBoost),
      .real("contrastDiscount", \.contrastDiscount),
      .real("hedgedValenceDamping", \.hedgedValenceDamping),
      .real("conditionalValenceScale", \.conditionalValenceScale),
      .count("indirectQuestionWindow", \.indirectQuestionWindow),
      .real("relativeClauseFactor", \.relativeClauseFactor),
      .real("backgroundScale", \.backgroundScale),
      .real("shortfallScale", \.shortfallScale),
      .real("shortfallValence", \.shortfallValence),
      .real("questionValenceScale", \.questionValenceScale),
      .real("hedgeHalf", \.hedgeHalf),
      .real("questionHedge", \.questionHedge),
      .real("boosterOffset", \.boosterOffset),
      .real("negatedBoosterHedge", \.negatedBoosterHedge),
      .real("negatedHedgeBoost", \.negatedHedgeBoost),
      .real("reportAssertWeight", \.reportAssertWeight),
      .real("reportDistanceWeight", \.reportDistanceWeight),
      .real("backshiftHedgeScale", \.backshiftHedgeScale),
      .real("evidenceWeight", \.evidenceWeight),
      .real("paragraphContextWeight", \.paragraphContextWeight),
      .real("statementContextWeight", \.statementContextWeight),
      .real("speakerContextWeight", \.speakerContextWeight),
      .real("positiveThreshold", \.positiveThreshold),
      .real("hedgedThreshold", \.hedgedThreshold),
      .real("speakerHedgedThreshold", \.speakerHedgedThreshold),
      .real("paragraphHedgedThreshold", \.paragraphHedgedThreshold),
    ]
  }

  /// The defaults with the values set in the JSON file at `path`.
  public static func load(file path: String) throws(DiagnosticError) -> ModelParameters {
    let bytes: [UInt8]
    do { bytes = try readBytes(path) } catch { throw DiagnosticError([error]) }
    return try parse(bytes, file: path)
  }

  /// The defaults with the values set in `bytes`, read from `file`.
  public static func parse(_ bytes: [UInt8], file: String) throws(DiagnosticError) -> ModelParameters {
    let root = try JSONFile.parse(bytes, file: file, code: "PAR001")
    guard let members = root.members else {
      throw DiagnosticError([.error("PAR002", "expected a JSON object of parameter names and values, found \(root.typeName)", file: file, line: 1, column: 1)])
    }
    let known = fields
    var parameters = ModelParameters()
    var problems: [Diagnostic] = []
    for member in members {
      let (line, column) = lineAndColumn(of: member.raw.lowerBound, in: bytes)
      func problem(_ code: String, _ message: String) {
        problems.append(.error(code, message, file: file, line: line, column: column))
      }
      guard let field = known.first(where: { $0.name == member.key }) else {
        problem("PAR003", "unknown parameter '\(member.key)' (known: \(known.map(\.name).joined(separator: ", ")))")
        continue
      }
      guard let value = member.value.number, value.isFinite else {
        problem("PAR004", "'\(member.key)' is \(member.value.typeName); expected a number")
        continue
      }
      switch field {
      case .real(_, let path):
        guard value >= 0 else { problem("PAR004", "'\(member.key)' is \(formatNumber(value, digits: 6)); expected 0 or more"); continue }
        parameters[keyPath: path] = value
      case .count(_, let path):
        guard value >= 0, value <= 64, value == value.rounded() else {
          problem("PAR004", "'\(member.key)' is \(formatNumber(value, digits: 6)); expected a whole number of tokens from 0 to 64")
          continue
        }
        parameters[keyPath: path] = Int(value)
      }
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return parameters
  }

  /// Every parameter as one JSON object, a line per parameter: the file
  /// `parse` reads back to equal parameters.
  public var json: String {
    let lines = Self.fields.map { field -> String in
      switch field {
      case .real(let name, let path): "  \"\(name)\": \(formatNumber(self[keyPath: path], digits: 6))"
      case .count(let name, let path): "  \"\(name)\": \(self[keyPath: path])"
      }
    }
    return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
  }
}
