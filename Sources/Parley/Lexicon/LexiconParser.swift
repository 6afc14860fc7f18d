/// Reads one lexicon file (format: `lexicons/README.md`). Reports every
/// problem in the file, each with line, column and a stable code; never
/// stops at the first.
public enum LexiconParser {
  /// Entries and diagnostics of the file `name` with contents `bytes`.
  public static func parse(_ bytes: [UInt8], file name: String) -> (entries: [LexiconEntry], diagnostics: [Diagnostic]) {
    var entries: [LexiconEntry] = []
    var diagnostics: [Diagnostic] = []
    func error(_ code: String, _ message: String, _ line: Int, _ column: Int) {
      diagnostics.append(.error(code, message, file: name, line: line, column: column))
    }
    var section: String? = nil
    var lineNumber = 0
    var lineStart = 0
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      lineNumber += 1
      defer { lineStart = lineEnd + 1 }
      if lineEnd == bytes.count, lineStart == bytes.count { break }
      var raw = Array(bytes[lineStart..<lineEnd])
      if raw.last == 0x0D { raw.removeLast() }
      if lineNumber == 1, raw.starts(with: [0xEF, 0xBB, 0xBF]) { raw.removeFirst(3) }
      guard let line = String(validating: raw, as: UTF8.self) else {
        let bad = Document.firstInvalidUTF8(raw) ?? 0
        error("LEX007", "invalid UTF-8", lineNumber, bad + 1)
        continue
      }
      let trimmed = line.trimming(" \t")
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if trimmed.hasPrefix("[") {
        let name = trimmed.hasSuffix("]") ? String(trimmed.dropFirst().dropLast()).trimming(" ") : ""
        if !name.isEmpty {
          section = name
        } else {
          error("LEX009", "malformed section line; write [section name]", lineNumber, 1)
        }
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3 || fields.count == 4 else {
        error("LEX001", "expected 3 or 4 TAB-separated columns (term, category, weight[, note]), found \(fields.count)", lineNumber, 1)
        continue
      }
      var columns: [Int] = [1]
      for f in fields.dropLast() { columns.append(columns.last! + f.utf8.count + 1) }
      var term = fields[0].trimming(" ").lowercased()
      var ok = true
      if term.isEmpty {
        error("LEX002", "empty term", lineNumber, 1)
        ok = false
      }
      var isPrefix = false
      if term.hasSuffix("*") {
        term.removeLast()
        isPrefix = true
        // Keep empty pieces: in "cautiously *" the prefix token is empty.
        let last = term.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        if last.count < 3 || term.contains("*") {
          error("LEX008", "a prefix needs at least 3 characters before its final '*'", lineNumber, 1)
          ok = false
        }
      } else if term.contains("*") {
        error("LEX008", "'*' is allowed only at the end of the term", lineNumber, 1)
        ok = false
      }
      let categoryName = fields[1].trimming(" ")
      let category = LexiconCategory(rawValue: categoryName)
      if category == nil {
        let known = LexiconCategory.allCases.map(\.rawValue).joined(separator: ", ")
        error("LEX003", "unknown category '\(categoryName)' (known: \(known))", lineNumber, columns[1])
        ok = false
      }
      let weightText = fields[2].trimming(" ")
      let weight = Double(weightText)
      if weight == nil || !(weight!.isFinite) {
        error("LEX004", "weight '\(weightText)' is not a number", lineNumber, columns[2])
        ok = false
      } else if let category, let weight {
        if !category.range.contains(weight) || (category.forbidsZero && weight == 0) {
          let zero = category.forbidsZero ? ", not 0" : ""
          error("LEX005", "weight \(weightText) out of range for \(category.rawValue) (\(category.range.lowerBound) … \(category.range.upperBound)\(zero))", lineNumber, columns[2])
          ok = false
        }
      }
      guard ok, let category, let weight else { continue }
      let note = fields.count == 4 ? String(fields[3]).trimming(" ") : nil
      entries.append(LexiconEntry(term: term, category: category, weight: weight, note: note?.isEmpty == true ? nil : note, isPrefix: isPrefix, file: name, line: lineNumber, section: section))
    }
    return (entries, diagnostics)
  }
}

extension StringProtocol {
  func trimming(_ set: String) -> String {
    let chars = Set(set)
    var s = Substring(self)
    while let f = s.first, chars.contains(f) { s.removeFirst() }
    while let l = s.last, chars.contains(l) { s.removeLast() }
    return String(s)
  }
}
