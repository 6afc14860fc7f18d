extension String {
  /// `lowercased()`, with a fast path for the characters of names and cues:
  /// the standard library lower-cases scalar by scalar through the Unicode
  /// tables (thousands of instructions for a name), and speaker names,
  /// aliases and cues are lower-cased for every speaker of every article.
  /// The fast path maps bytes: ASCII capitals, Latin-1 capitals (`É`:
  /// U+00C0–U+00DE but ×, one scalar up by 0x20) and keeps everything else
  /// of ASCII, Latin-1 (U+0080–U+00FF) and General Punctuation (U+2000–
  /// U+206F: `’`, `“`, `—`), none of which changes case. A string with any
  /// other character goes to `lowercased()`, so the result is the same for
  /// every string.
  func asciiFastLowercased() -> String {
    var copy = self
    let lowered: String?? = copy.withUTF8 { bytes -> String?? in
      var changes = false
      var i = 0
      let n = bytes.count
      while i < n {
        let b = bytes[i]
        if b < 0x80 {
          if b &- 65 < 26 { changes = true }
          i += 1
        } else if b == 0xC2 || b == 0xC3, i + 1 < n {
          if b == 0xC3, bytes[i + 1] <= 0x9E, bytes[i + 1] != 0x97 { changes = true }
          i += 2
        } else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
          i += 3
        } else {
          return .some(nil)
        }
      }
      if !changes { return .none }
      return String(unsafeUninitializedCapacity: n) { out in
        var i = 0
        while i < n {
          let b = bytes[i]
          if b &- 65 < 26 {
            out[i] = b | 0x20
          } else if b == 0xC3, i + 1 < n, bytes[i + 1] <= 0x9E, bytes[i + 1] != 0x97 {
            out[i] = b
            out[i + 1] = bytes[i + 1] + 0x20
            i += 1
          } else {
            out[i] = b
          }
          i += 1
        }
        return n
      }
    }
    switch lowered {
    case .none: return copy  // nothing to change
    case .some(nil): return lowercased()  // characters outside the fast path
    case .some(let s?): return s
    }
  }
}
