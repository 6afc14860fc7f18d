import Foundation

/// A behavioural test case (CheckList style): minimum functionality,
/// invariance or directional, with an expectation about Parley's output.
/// Format: evaluation/behaviour/README.md.
public struct BehaviourCase: Sendable {
  public enum Kind: String, Sendable { case mft, dir, inv }

  public var id: String
  public var capability: String
  public var kind: Kind
  public var expectations: [Expectation]
  public var text: String
  public var text2: String?
  public var file: String
  public var line: Int

  /// One clause of the `expect` column.
  public enum Expectation: Sendable, Hashable, CustomStringConvertible {
    case optimismLabel(OptimismLabel)
    case hedgingLabel(HedgingLabel)
    case optimismMoves(up: Bool)
    case hedgingMoves(up: Bool)
    case same
    case statementCount(Int)
    case speaker(String)
    case speakerOf(fragment: String, name: String)
    case speakerCount(Int)

    public var description: String {
      switch self {
      case .optimismLabel(let l): "optimism=\(l.rawValue)"
      case .hedgingLabel(let l): "hedging=\(l.rawValue)"
      case .optimismMoves(let up): "optimism:\(up ? "up" : "down")"
      case .hedgingMoves(let up): "hedging:\(up ? "up" : "down")"
      case .same: "same"
      case .statementCount(let n): "statements=\(n)"
      case .speaker(let s): "speaker=\(s)"
      case .speakerOf(let f, let s): "speaker[\(f)]=\(s)"
      case .speakerCount(let n): "speakers=\(n)"
      }
    }

    static func parse(_ s: String) -> Expectation? {
      switch s {
      case "same": return .same
      case "optimism:up": return .optimismMoves(up: true)
      case "optimism:down": return .optimismMoves(up: false)
      case "hedging:up": return .hedgingMoves(up: true)
      case "hedging:down": return .hedgingMoves(up: false)
      default: break
      }
      guard let eq = s.firstIndex(of: "=") else { return nil }
      let key = String(s[..<eq])
      let value = String(s[s.index(after: eq)...])
      switch key {
      case "optimism": return OptimismLabel(rawValue: value).map { .optimismLabel($0) }
      case "hedging": return HedgingLabel(rawValue: value).map { .hedgingLabel($0) }
      case "statements": return Int(value).map { .statementCount($0) }
      case "speakers": return Int(value).map { .speakerCount($0) }
      case "speaker": return value.isEmpty ? nil : .speaker(value)
      default:
        if key.hasPrefix("speaker["), key.hasSuffix("]"), !value.isEmpty {
          return .speakerOf(fragment: String(key.dropFirst(8).dropLast()), name: value)
        }
        return nil
      }
    }
  }

  /// Paragraph breaks are written ` ¶ ` in the files.
  static func articleText(_ s: String) -> String { s.replacingOccurrences(of: " ¶ ", with: "\n\n") }

  /// Every `*.tsv` file of `directory`; the capability is the file name.
  public static func loadAll(directory: String) throws(DiagnosticError) -> [BehaviourCase] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
    if names.isEmpty { throw DiagnosticError([.error("BEH001", "no behaviour files (*.tsv) in the folder", file: directory)]) }
    var cases: [BehaviourCase] = []
    var problems: [Diagnostic] = []
    var ids: [String: String] = [:]
    for name in names {
      let path = (directory as NSString).appendingPathComponent(name)
      let capability = (name as NSString).deletingPathExtension
      guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        problems.append(.error("BEH002", "cannot read as UTF-8 text", file: path))
        continue
      }
      for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
        if line.trimming(" \t").isEmpty || line.hasPrefix("#") { continue }
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        func bad(_ message: String) { problems.append(.error("BEH003", message, file: path, line: n + 1, column: 1)) }
        guard f.count == 4 || f.count == 5 else { bad("expected id, type, expect, text[, text2] separated by TABs"); continue }
        guard let kind = Kind(rawValue: f[1]) else { bad("unknown type '\(f[1])' (mft, dir, inv)"); continue }
        let clauses = f[2].components(separatedBy: " & ")
        let expectations = clauses.compactMap(Expectation.parse)
        guard expectations.count == clauses.count else { bad("cannot read expectation '\(f[2])'"); continue }
        if kind != .mft && f.count != 5 { bad("\(kind.rawValue) needs a second text"); continue }
        if let first = ids[f[0]] { bad("duplicate id '\(f[0])' (first in \(first))"); continue }
        ids[f[0]] = "\(path):\(n + 1)"
        cases.append(BehaviourCase(id: f[0], capability: capability, kind: kind, expectations: expectations, text: articleText(f[3]), text2: f.count == 5 ? articleText(f[4]) : nil, file: path, line: n + 1))
      }
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return cases
  }
}

/// What a behavioural expectation can look at in Parley's output for one text.
public struct BehaviourObservation: Sendable {
  public var stance: Stance
  /// Statements with their speaker's name and aliases; nil when the
  /// pipeline has no attribution.
  public var statements: [(text: String, speaker: String, aliases: [String])]?
  /// Speakers other than the narrator.
  public var speakerCount: Int?

  public init(stance: Stance, statements: [(text: String, speaker: String, aliases: [String])]?, speakerCount: Int?) {
    self.stance = stance
    self.statements = statements
    self.speakerCount = speakerCount
  }
}

/// The outcome of one case.
public struct BehaviourResult: Sendable {
  public var testCase: BehaviourCase
  public var passed: Bool
  /// Why it failed (empty when it passed).
  public var failures: [String]
}

extension BehaviourCase {
  /// Tolerance for `same` on each axis.
  public static let invarianceTolerance = 0.01

  /// Checks every expectation against the observations of `text` (and `text2`).
  public func check(_ a: BehaviourObservation, _ b: BehaviourObservation?) -> BehaviourResult {
    var failures: [String] = []
    func names(_ s: (text: String, speaker: String, aliases: [String])) -> [String] { [s.speaker] + s.aliases }
    func matches(_ s: (text: String, speaker: String, aliases: [String]), _ name: String) -> Bool {
      names(s).contains { $0.caseInsensitiveCompare(name) == .orderedSame }
    }
    for e in expectations {
      switch e {
      case .optimismLabel(let l):
        if a.stance.optimismLabel != l { failures.append("\(e): got \(a.stance.optimismLabel.rawValue) (\(formatNumber(a.stance.optimism, digits: 3)))") }
      case .hedgingLabel(let l):
        if a.stance.hedgingLabel != l { failures.append("\(e): got \(a.stance.hedgingLabel.rawValue) (\(formatNumber(a.stance.hedging, digits: 3)))") }
      case .optimismMoves(let up):
        guard let b else { failures.append("\(e): needs a second text"); continue }
        let ok = up ? b.stance.optimism > a.stance.optimism : b.stance.optimism < a.stance.optimism
        if !ok { failures.append("\(e): \(formatNumber(a.stance.optimism, digits: 3)) → \(formatNumber(b.stance.optimism, digits: 3))") }
      case .hedgingMoves(let up):
        guard let b else { failures.append("\(e): needs a second text"); continue }
        let ok = up ? b.stance.hedging > a.stance.hedging : b.stance.hedging < a.stance.hedging
        if !ok { failures.append("\(e): \(formatNumber(a.stance.hedging, digits: 3)) → \(formatNumber(b.stance.hedging, digits: 3))") }
      case .same:
        guard let b else { failures.append("\(e): needs a second text"); continue }
        let t = Self.invarianceTolerance
        if abs(a.stance.optimism - b.stance.optimism) > t || abs(a.stance.hedging - b.stance.hedging) > t
          || a.stance.optimismLabel != b.stance.optimismLabel || a.stance.hedgingLabel != b.stance.hedgingLabel
        {
          failures.append("same: optimism \(formatNumber(a.stance.optimism, digits: 3)) vs \(formatNumber(b.stance.optimism, digits: 3)), hedging \(formatNumber(a.stance.hedging, digits: 3)) vs \(formatNumber(b.stance.hedging, digits: 3))")
        }
        if let sa = a.statements, let sb = b.statements, sa.count != sb.count {
          failures.append("same: \(sa.count) vs \(sb.count) statements")
        }
        if let ca = a.speakerCount, let cb = b.speakerCount, ca != cb {
          failures.append("same: \(ca) vs \(cb) speakers")
        }
      case .statementCount(let n):
        guard let s = a.statements else { failures.append("\(e): attribution not available"); continue }
        if s.count != n { failures.append("\(e): got \(s.count)") }
      case .speaker(let name):
        guard let s = a.statements else { failures.append("\(e): attribution not available"); continue }
        if !s.contains(where: { matches($0, name) }) { failures.append("\(e): speakers found: \(s.map(\.speaker).joined(separator: ", "))") }
      case .speakerOf(let fragment, let name):
        guard let s = a.statements else { failures.append("\(e): attribution not available"); continue }
        guard let st = s.first(where: { $0.text.contains(fragment) }) else {
          failures.append("\(e): no statement contains '\(fragment)'")
          continue
        }
        if !matches(st, name) { failures.append("\(e): attributed to \(st.speaker)") }
      case .speakerCount(let n):
        guard let c = a.speakerCount else { failures.append("\(e): attribution not available"); continue }
        if c != n { failures.append("\(e): got \(c)") }
      }
    }
    return BehaviourResult(testCase: self, passed: failures.isEmpty, failures: failures)
  }
}
