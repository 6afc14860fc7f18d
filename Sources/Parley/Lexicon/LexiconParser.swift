import Foundation

/// Reads one lexicon file (format: `lexicons/README.md`). Reports every
/// problem in the file, each with line, column and a stable code; never
/// stops at the first.
///
/// Every line goes through a byte-level reader first (the built-in lexicons
/// are parsed at every start, so this is start-up time); a line it does not
/// fully understand (any problem, a section header, non-ASCII bytes) is read
/// again by the general `String`-based reader, which alone writes
/// diagnostics. Both give the same entry for any line the fast one accepts.
public enum LexiconParser {
  /// Entries and diagnostics of the file `name` with contents `bytes`.
  public static func parse(_ bytes: [UInt8], file name: String) -> (entries: [LexiconEntry], diagnostics: [Diagnostic]) {
    var entries: [LexiconEntry] = []
    var diagnostics: [Diagnostic] = []
    entries.reserveCapacity(bytes.count / 24)
    parse(bytes, file: name, into: &entries, diagnostics: &diagnostics)
    return (entries, diagnostics)
  }

  /// `parse(_:file:)` appending to `entries` and `diagnostics`, so a set
  /// of files fills one array (no copy of each file's entries).
  /// `generalOnly` reads every line with the general reader (for tests
  /// that compare the two).
  static func parse(_ bytes: [UInt8], file name: String, into entries: inout [LexiconEntry], diagnostics: inout [Diagnostic], generalOnly: Bool = false) {
    var section: String? = nil
    var lineNumber = 0
    var lineStart = 0
    var categoryHint = 0
    bytes.withUnsafeBufferPointer { p in
      while lineStart <= p.count {
        // The line end by `memchr` (a vector scan), not byte by byte.
        var lineEnd = p.count
        if lineStart < p.count, let base = p.baseAddress, let nl = memchr(base + lineStart, 0x0A, p.count - lineStart) {
          lineEnd = lineStart + (UnsafeRawPointer(nl) - UnsafeRawPointer(base + lineStart))
        }
        lineNumber += 1
        defer { lineStart = lineEnd + 1 }
        if lineEnd == p.count, lineStart == p.count { break }
        var start = lineStart
        var end = lineEnd
        if end > start, p[end - 1] == 0x0D { end -= 1 }
        if lineNumber == 1, end - start >= 3, p[start] == 0xEF, p[start + 1] == 0xBB, p[start + 2] == 0xBF { start += 3 }
        let fast: FastLine = generalOnly ? .slow : fastLine(p, start, end, lineNumber: lineNumber, file: name, section: section, categoryHint: &categoryHint, entries: &entries)
        switch fast {
        case .done: continue
        case .section(let name): section = name
        case .slow:
          parseLine(Array(p[start..<end]), lineNumber: lineNumber, file: name, section: &section, entries: &entries, diagnostics: &diagnostics)
        }
      }
    }
  }

  private enum FastLine {
    /// Skipped (blank or comment) or its entry appended.
    case done
    /// A section header and its name.
    case section(String)
    case slow
  }

  /// Reads a plain entry, comment, blank line or ASCII section header of
  /// `p[start..<end]`, appending an entry to `entries`; `.slow` for
  /// anything else. `categoryHint` is the index in `categoryNames` of the
  /// last category read, tried first.
  ///
  /// A line is plain if its bytes are ASCII or letters of U+00C0–U+017F
  /// (two bytes, lead byte C3–C5): none of those joins a TAB, space or `*`
  /// into one `Character` or is white space, so the general reader's
  /// `Character`-based splitting and trimming cut where these byte loops
  /// do. Such a term is lower-cased by `String.lowercased()`, as there.
  private static func fastLine(
    _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lineNumber: Int, file: String, section: String?, categoryHint: inout Int,
    entries: inout [LexiconEntry]
  ) -> FastLine {
    // Note where the TAB-separated fields start, and whether any byte is
    // not ASCII.
    var bounds: (Int, Int, Int, Int) = (start, 0, 0, 0)
    var fields = 1
    var ascii = true
    var i = start
    // Eight bytes at a time while none is a TAB or above 0x7F: the lowest
    // lane the mask flags is exact (the borrow of `x - ones` runs only
    // upwards from a true zero lane), and the byte loop below reads it.
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs = ones &* 0x80
    let base = p.baseAddress!
    while i < end {
      if i &+ 8 <= end {
        let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let x = w ^ (ones &* 0x09)
        let flagged = ((x &- ones) & ~x | w) & highs
        if flagged == 0 {
          i &+= 8
          continue
        }
        i &+= flagged.trailingZeroBitCount &>> 3
      }
      let b = p[i]
      if b >= 0x80 {
        guard b &- 0xC3 < 3, i + 1 < end, p[i + 1] & 0xC0 == 0x80 else { return .slow }
        ascii = false
        i += 2
        continue
      }
      i += 1
      if b == 0x09 {
        switch fields {
        case 1: bounds.1 = i
        case 2: bounds.2 = i
        case 3: bounds.3 = i
        default: break
        }
        fields += 1
      }
    }
    // Blank and comment lines (trimmed of spaces and tabs).
    var a = start
    while a < end, p[a] == 0x20 || p[a] == 0x09 { a += 1 }
    if a == end || p[a] == UInt8(ascii: "#") { return .done }
    if p[a] == UInt8(ascii: "[") { return ascii ? sectionName(p, a, end) : .slow }
    guard fields == 3 || fields == 4 else { return .slow }
    @inline(__always) func trimmed(_ s: Int, _ e: Int) -> Range<Int> {
      var s = s
      var e = e
      while s < e, p[s] == 0x20 { s += 1 }
      while e > s, p[e - 1] == 0x20 { e -= 1 }
      return s..<e
    }
    let termRange = trimmed(bounds.0, bounds.1 - 1)
    let categoryRange = trimmed(bounds.1, bounds.2 - 1)
    let weightRange = trimmed(bounds.2, fields == 4 ? bounds.3 - 1 : end)
    if termRange.isEmpty { return .slow }
    // The term, lower-cased; a final `*` makes a prefix.
    var termEnd = termRange.upperBound
    let isPrefix = p[termEnd - 1] == UInt8(ascii: "*")
    if isPrefix { termEnd -= 1 }
    // No other `*` and no alternation (`(`, `|`, `)`: the general reader
    // expands it); a prefix's last word is read only for a prefix.
    if hasMark(p, termRange.lowerBound, termEnd) { return .slow }
    if isPrefix {
      var lastPiece = 0
      for i in termRange.lowerBound..<termEnd { lastPiece = p[i] == 0x20 ? 0 : lastPiece + 1 }
      if lastPiece < 3 || !ascii { return .slow }
    }
    guard let category = category(p, categoryRange, hint: &categoryHint) else { return .slow }
    guard weightRange.count > 0, weightRange.count <= 32,
      let weight = decimal(p, weightRange) ?? Double(String(decoding: UnsafeBufferPointer(rebasing: p[weightRange]), as: UTF8.self)), weight.isFinite,
      category.range.contains(weight), !(category.forbidsZero && weight == 0)
    else { return .slow }
    var note: String? = nil
    if fields == 4 {
      let r = trimmed(bounds.3, end)
      if !r.isEmpty { note = String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self) }
    }
    let term: String
    if ascii || termRange.allSatisfy({ p[$0] < 0x80 }) {
      let n = termEnd - termRange.lowerBound
      term = String(unsafeUninitializedCapacity: n) { out in
        // ASCII lower-cased eight bytes at a time: a lane gets 0x20 where
        // it is 0x41...0x5A (every lane is below 0x80, so no sum carries
        // out of its lane); then the last bytes one by one.
        let from = base + termRange.lowerBound
        let to = out.baseAddress!
        var k = 0
        while k &+ 8 <= n {
          let w = UnsafeRawPointer(from + k).loadUnaligned(as: UInt64.self)
          let upper = (w &+ ones &* 0x3F) & ~(w &+ ones &* 0x25) & highs
          UnsafeMutableRawPointer(to + k).storeBytes(of: w | upper &>> 2, as: UInt64.self)
          k &+= 8
        }
        while k < n {
          to[k] = asciiLower(from[k])
          k &+= 1
        }
        return n
      }
    } else if let lowered = latin1Lower(p, termRange.lowerBound, termEnd) {
      term = lowered
    } else {
      term = String(decoding: UnsafeBufferPointer(rebasing: p[termRange.lowerBound..<termEnd]), as: UTF8.self).lowercased()
    }
    // The entry is appended with empty strings and its strings are then
    // moved into the array's last element: appending a whole entry made a
    // copy of it (four retains) and destroyed the original (four releases).
    entries.append(LexiconEntry(term: "", category: category, weight: weight, isPrefix: isPrefix, file: "", line: lineNumber))
    entries.withUnsafeMutableBufferPointer { all in
      let e = all.baseAddress! + (all.count - 1)
      e.pointee.term = term
      e.pointee.file = file
      if let note { e.pointee.note = note }
      if let section { e.pointee.section = section }
    }
    return .done
  }

  /// Whether `p[start..<end]` holds `(`, `)`, `*` or `|`: eight bytes at a
  /// time, a lane flagged where its byte with the low two bits cleared is
  /// 0x28 (`(`, `)`, `*`, and `+`, which only sends the line to the
  /// general reader) or the byte is 0x7C (`|`); the few last bytes one by
  /// one.
  @inline(__always)
  private static func hasMark(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs = ones &* 0x80
    @inline(__always) func zeroLane(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
    var i = start
    let base = p.baseAddress!
    while i &+ 8 <= end {
      let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      if zeroLane((w & ~(ones &* 0x03)) ^ (ones &* 0x28)) || zeroLane(w ^ (ones &* 0x7C)) { return true }
      i &+= 8
    }
    while i < end {
      let b = p[i]
      if b & 0xFC == 0x28 || b == 0x7C { return true }
      i &+= 1
    }
    return false
  }

  /// `p[start..<end]` lower-cased as `String.lowercased()` does it, if its
  /// letters are ASCII or of U+00C0–U+00FF (lead byte C3; the line reader
  /// has checked that a continuation byte follows each lead byte): those
  /// map one scalar to one, U+00C0–U+00DE but U+00D7 to 0x20 above, the
  /// others to themselves. nil for any other letter (C4, C5), which
  /// `lowercased()` then maps (about 3,000 instructions a term).
  private static func latin1Lower(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String? {
    for i in start..<end where p[i] >= 0x80 && p[i] != 0xC3 && p[i] & 0xC0 != 0x80 { return nil }
    return String(unsafeUninitializedCapacity: end - start) { out in
      var i = start
      var k = 0
      while i < end {
        let b = p[i]
        if b == 0xC3 {
          let c = p[i + 1]
          out[k] = b
          out[k + 1] = c &- 0x80 < 0x1F && c != 0x97 ? c &+ 0x20 : c
          i += 2
          k += 2
        } else {
          out[k] = asciiLower(b)
          i += 1
          k += 1
        }
      }
      return k
    }
  }

  /// A section header `[name]` whose first byte is at `a` (ASCII line):
  /// its name trimmed of spaces, or `.slow` for a malformed header (the
  /// general reader reports it).
  private static func sectionName(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ end: Int) -> FastLine {
    var e = end
    while e > a, p[e - 1] == 0x20 || p[e - 1] == 0x09 { e -= 1 }
    guard e - a >= 2, p[e - 1] == UInt8(ascii: "]") else { return .slow }
    var s = a + 1
    var t = e - 1
    while s < t, p[s] == 0x20 { s += 1 }
    while t > s, p[t - 1] == 0x20 { t -= 1 }
    if s == t { return .slow }
    return .section(String(decoding: UnsafeBufferPointer(rebasing: p[s..<t]), as: UTF8.self))
  }

  /// A weight written `-?D+(.D+)?` with at most 15 digits, exactly as
  /// `Double(_:)` reads it: the digits make an integer below 2^53 and the
  /// power of ten is exact, so one division rounds correctly (the fast path
  /// of every correct decimal reader). nil for anything else.
  private static func decimal(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Double? {
    var i = r.lowerBound
    let negative = p[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    var mantissa: UInt64 = 0
    var digits = 0
    var fraction = 0
    var sawPoint = false
    var digitsBeforePoint = 0
    while i < r.upperBound {
      let b = p[i]
      if b &- 48 < 10 {
        mantissa = mantissa * 10 + UInt64(b &- 48)
        digits += 1
        if sawPoint { fraction += 1 } else { digitsBeforePoint += 1 }
      } else if b == UInt8(ascii: "."), !sawPoint {
        sawPoint = true
      } else {
        return nil
      }
      i += 1
    }
    guard digitsBeforePoint > 0, !sawPoint || fraction > 0, digits <= 15 else { return nil }
    var scale = 1.0
    for _ in 0..<fraction { scale *= 10 }
    let value = Double(mantissa) / scale
    return negative ? -value : value
  }

  /// Category names as bytes, for matching without making a `String`.
  private static let categoryNames: [(name: [UInt8], category: LexiconCategory)] = LexiconCategory.allCases.map { (Array($0.rawValue.utf8), $0) }

  private static func category(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, hint: inout Int) -> LexiconCategory? {
    let names = categoryNames
    if hint < names.count, names[hint].name.count == r.count {
      // (`memcmp`: a byte loop here cost about 46 instructions a line.)
      let same = names[hint].name.withUnsafeBufferPointer { memcmp($0.baseAddress!, p.baseAddress! + r.lowerBound, r.count) == 0 }
      if same { return names[hint].category }
    }
    for (k, (name, category)) in names.enumerated() where name.count == r.count {
      var same = true
      for k in 0..<name.count where name[k] != p[r.lowerBound + k] {
        same = false
        break
      }
      if same {
        hint = k
        return category
      }
    }
    return nil
  }

  /// The general reader for one line (without its line end): every check,
  /// every diagnostic.
  private static func parseLine(_ raw: [UInt8], lineNumber: Int, file name: String, section: inout String?, entries: inout [LexiconEntry], diagnostics: inout [Diagnostic]) {
    func error(_ code: String, _ message: String, _ line: Int, _ column: Int) {
      diagnostics.append(.error(code, message, file: name, line: line, column: column))
    }
    repeat {
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
      // Split at TAB bytes: a TAB is a control, which no `Character` joins
      // with its neighbours, so this cuts where a `Character` split does
      // (at a fraction of its cost on a long alternation line).
      let fields = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map(Substring.init)
      guard fields.count == 3 || fields.count == 4 else {
        error("LEX001", "expected 3 or 4 TAB-separated columns (term, category, weight[, note]), found \(fields.count)", lineNumber, 1)
        continue
      }
      var columns: [Int] = [1]
      for f in fields.dropLast() { columns.append(columns.last! + f.utf8.count + 1) }
      // The terms the line stands for: one, or each choice of its
      // alternation (`TermAlternation`), each checked as its own line.
      let written = fields[0].trimming(" ")
      var terms = [written.lowercased()]
      var ok = true
      if written.isEmpty {
        error("LEX002", "empty term", lineNumber, 1)
        ok = false
      } else if TermAlternation.uses(written) {
        // Expanded lower-cased (one `lowercased()` a line); a failure is
        // placed in the term as written.
        switch TermAlternation.expand(terms[0]) {
        case .success(let expanded):
          terms = expanded
          if terms.contains(where: \.isEmpty) {
            error("LEX002", "empty term (every alternative of a group is empty)", lineNumber, 1)
            ok = false
          }
        case .failure:
          guard case .failure(let failure) = TermAlternation.expand(written) else { break }
          let indent = fields[0].utf8.prefix { $0 == UInt8(ascii: " ") }.count
          error("LEX014", "bad alternation: \(failure.message)", lineNumber, 1 + indent + failure.offset)
          ok = false
        }
      }
      // A final `*` makes a prefix (of each term the line stands for).
      var prefixFlags = [Bool](repeating: false, count: terms.count)
      // (`*` found in the bytes, once a line: `String.contains` of a string
      // went through Foundation, some 7,000 instructions a term.)
      let star = UInt8(ascii: "*")
      let starred = written.utf8.contains(star)
      for k in terms.indices where ok && starred {
        var isPrefix = false
        if terms[k].utf8.last == star {
          terms[k].removeLast()
          isPrefix = true
          // Keep empty pieces: in "cautiously *" the prefix token is empty.
          let last = terms[k].split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
          if last.count < 3 || terms[k].utf8.contains(star) {
            error("LEX008", "a prefix needs at least 3 characters before its final '*'", lineNumber, 1)
            ok = false
          }
        } else if terms[k].utf8.contains(star) {
          error("LEX008", "'*' is allowed only at the end of the term", lineNumber, 1)
          ok = false
        }
        prefixFlags[k] = isPrefix
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
      for (term, isPrefix) in zip(terms, prefixFlags) {
        entries.append(LexiconEntry(term: term, category: category, weight: weight, note: note?.isEmpty == true ? nil : note, isPrefix: isPrefix, file: name, line: lineNumber, section: section))
      }
    } while false
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
