import Foundation
import Parley

/// `parley lexicon lint|stats|entries [DIR]`.
enum LexiconCommand {
  static let help = """
    USAGE: parley lexicon lint [DIR]
           parley lexicon stats [DIR]
           parley lexicon entries [DIR]

    lint     validates every *.tsv lexicon file in DIR (default: the
             lexicons built into parley) and reports every problem as
             file:line:col: error: [CODE] message; exit 2 if there is any.
    stats    entries per category and per file, multiword and prefix counts.
    entries  every entry as a TSV row (term, category, weight, origin,
             note), in file and line order: a line with alternation,
             `talks (could|may) resume`, shows as the entries it stands for.
    """

  static func run(_ argv: [String]) throws -> ExitCode {
    let args = try Arguments(argv, valued: [], boolean: ["--help", "-h"])
    if args.has("--help") || args.has("-h") {
      StandardOutput.shared.write(help + "\n")
      return .success
    }
    guard let action = args.positional.first, ["lint", "stats", "entries"].contains(action), args.positional.count <= 2 else {
      throw UsageError(message: "usage: parley lexicon lint|stats|entries [DIR]")
    }
    let dir = args.positional.count == 2 ? args.positional[1] : nil
    let set = try dir.map { try LexiconSet.load(directory: $0) } ?? LexiconSet.builtin()
    if action == "lint" {
      StandardOutput.shared.write("\(set.entries.count) entries in \(set.files.count) files: no problems\n")
      return .success
    }
    if action == "entries" {
      StandardOutput.shared.write(entriesTable(set.entries))
      return .success
    }
    let stats = LexiconStats(set)
    var out = "\(stats.total) entries, \(stats.multiword) multiword (\(percent(stats.multiword, stats.total)))\n\n"
    out += table(["category", "entries", "multiword", "prefixes"], stats.categories.map { [$0.name, "\($0.entries)", "\($0.multiword)", "\($0.prefixes)"] })
    out += "\n"
    out += table(["file", "entries", "multiword", "prefixes"], stats.files.map { [$0.name, "\($0.entries)", "\($0.multiword)", "\($0.prefixes)"] })
    StandardOutput.shared.write(out)
    return .success
  }

  /// The entries as TSV with a header: the term (a prefix with its `*`),
  /// category, weight as written (`1`, `-0.5`), `file:line` and note.
  static func entriesTable(_ entries: [LexiconEntry]) -> String {
    var out = "term\tcategory\tweight\torigin\tnote\n"
    for e in entries {
      let weight = e.weight == e.weight.rounded() && abs(e.weight) < 1e9 ? String(Int(e.weight)) : String(e.weight)
      out += "\(e.term)\(e.isPrefix ? "*" : "")\t\(e.category.rawValue)\t\(weight)\t\(e.origin)\t\(e.note ?? "")\n"
    }
    return out
  }

  static func percent(_ a: Int, _ b: Int) -> String { b == 0 ? "0%" : "\(Int((Double(a) * 100 / Double(b)).rounded()))%" }
}

/// A plain text table: columns whose cells are all numbers (or `-`) are
/// right-aligned, the others left-aligned; no trailing spaces.
func table(_ header: [String], _ rows: [[String]]) -> String {
  let all = [header] + rows
  var widths = Array(repeating: 0, count: header.count)
  for r in all { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
  let numeric = header.indices.map { i in
    !rows.isEmpty && rows.allSatisfy { r in i < r.count && (Double(r[i].split(separator: " ").first ?? "") != nil || r[i] == "-" || r[i].hasSuffix("%")) }
  }
  var out = ""
  for r in all {
    var cells: [String] = []
    for (i, c) in r.enumerated() {
      let pad = String(repeating: " ", count: widths[i] - c.count)
      cells.append(numeric[i] ? pad + c : c + pad)
    }
    var line = cells.joined(separator: "  ")
    while line.hasSuffix(" ") { line.removeLast() }
    out += line + "\n"
  }
  return out
}
