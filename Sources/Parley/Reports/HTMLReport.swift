/// `report.html` of a report folder: one self-contained page (no scripts,
/// no external files) to read what Parley found. Each article shows its
/// paragraphs with a bar colored by optimism, every cue marked in the text
/// (hover for its category, value and lexicon line), every statement
/// underlined with its speaker, and a speaker table; the page ends with the
/// speakers across all articles.
///
/// Built as documents stream in: only the first `detailedDocuments` get a
/// full section, so the page stays readable and its memory bounded on a
/// corpus; the CSV files and report.json hold everything.
struct HTMLReport {
  static let detailedDocuments = 500
  private(set) var documents = 0

  static func header(model: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <title>Parley report</title>
    <style>
    body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
    h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2.5rem;border-top:1px solid #ccc;padding-top:1rem}
    .stance{color:#555}.para{border-left:6px solid #bbb;padding:.2rem .8rem;margin:.8rem 0}
    .meta{font-size:.8rem;color:#666}
    mark{background:none;border-bottom:2px solid #999;padding:0 1px}
    mark.pos{background:#dff3e0;border-color:#2e7d32}mark.neg{background:#fbe0df;border-color:#c62828}
    mark.hedge{background:#fff4d6;border-color:#b58900;font-style:italic}mark.assert{background:#e3ecfa;border-color:#1e5bb8}
    mark.mod{background:#eee;border-color:#777}
    .stmt{text-decoration:underline dotted #555;text-underline-offset:3px}
    .who{font-size:.75rem;color:#1e5bb8;vertical-align:super;margin-left:2px}
    table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
    td.n{text-align:right;font-variant-numeric:tabular-nums}
    .key span{margin-right:1rem}
    </style></head><body>
    <h1>Parley report <span class="stance">(\(escapeMarkup(model)) model)</span></h1>
    <p class="key"><mark class="pos">positive</mark> <mark class="neg">negative</mark> <mark class="hedge">hedge</mark> <mark class="assert">booster</mark> <mark class="mod">modifier</mark> <span class="stmt">statement</span><span class="who">speaker</span> · bar: paragraph optimism, red to green · hover a mark for its evidence</p>

    """
  }

  /// The section of one article, or nothing past `detailedDocuments`.
  mutating func section(_ analysis: Analysis, document: Document, parameters: ModelParameters) -> String {
    documents += 1
    guard documents <= Self.detailedDocuments else { return "" }
    let score = analysis.score
    var out = "<section><h2>\(escapeMarkup(score.id))</h2>\n"
    out += "<p class=\"stance\">\(stanceText(score.stance)) · \(score.words) words</p>\n"
    for p in score.paragraphs {
      let own = p.ownOptimism == p.stance.optimism ? "" : " (own words \(formatNumber(p.ownOptimism, digits: 2)))"
      out += "<div class=\"para\" style=\"border-left-color:\(color(p.stance.optimism))\">"
      out += "<div class=\"meta\">¶\(p.index + 1) · optimism \(formatNumber(p.stance.optimism, digits: 2))\(own) · hedging \(formatNumber(p.stance.hedging, digits: 2))</div><p>"
      let cues = score.sentences[p.sentences].flatMap(\.evidence)
      let statements = analysis.statements.filter { $0.statement.paragraph == p.index }
      out += markedText(document, span: p.span, cues: cues, statements: statements)
      out += "</p></div>\n"
    }
    let speakers = analysis.speakers.filter { $0.statements > 0 }
    if !speakers.isEmpty { out += speakerTable(speakers, parameters: parameters) }
    out += "</section>\n"
    return out
  }

  /// The closing part: the corpus speaker table and the end of the page.
  func footer(_ table: [SpeakerSummary], parameters: ModelParameters) -> String {
    var out = ""
    if documents > Self.detailedDocuments {
      out += "<p class=\"stance\">\(documents - Self.detailedDocuments) more articles are in report.json and the CSV files.</p>\n"
    }
    out += "<h2>Speakers across \(documents) article\(documents == 1 ? "" : "s")</h2>\n"
    out += speakerTable(table, parameters: parameters)
    return out + "</body></html>\n"
  }

  // MARK: Pieces

  /// The paragraph's text with cue marks inside statement spans. Marks
  /// never cross a statement boundary; a cue inside a longer cue is listed
  /// in the longer one's tooltip.
  private func markedText(_ document: Document, span: Span, cues: [Evidence], statements: [StatementScore]) -> String {
    struct Mark { var span: Span; var kind: String; var notes: [String] }
    var marks: [Mark] = []
    let sorted = cues.sorted { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
    for e in sorted {
      let note = "\(e.text): \(e.rule) \(formatNumber(e.value, digits: 3))\(e.rules.isEmpty ? "" : " [" + e.rules.joined(separator: "; ") + "]")\(e.origin.map { " " + $0 } ?? "")"
      if let last = marks.last, e.span.start < last.span.end {
        marks[marks.count - 1].notes.append(note)
        if marks[marks.count - 1].kind == "mod" { marks[marks.count - 1].kind = kind(e) }
        continue
      }
      marks.append(Mark(span: e.span, kind: kind(e), notes: [note]))
    }
    // A mark that crosses a statement boundary is left out.
    marks.removeAll { m in
      statements.contains { s in
        let c = s.statement.content
        return (m.span.start < c.start && m.span.end > c.start) || (m.span.start < c.end && m.span.end > c.end)
      }
    }
    var out = ""
    var at = span.start
    var m = 0
    func text(_ from: Int, _ to: Int) {
      guard from < to else { return }
      out += escapeMarkup(document.string(Span(start: from, end: to)))
    }
    func marksUpTo(_ end: Int) {
      while m < marks.count, marks[m].span.end <= end {
        text(at, marks[m].span.start)
        out += "<mark class=\"\(marks[m].kind)\" title=\"\(escapeMarkup(marks[m].notes.joined(separator: "\n")))\">"
        text(marks[m].span.start, marks[m].span.end)
        out += "</mark>"
        at = marks[m].span.end
        m += 1
      }
    }
    for s in statements.sorted(by: { $0.statement.content.start < $1.statement.content.start }) {
      let c = s.statement.content
      guard c.start >= at, c.end <= span.end else { continue }
      marksUpTo(c.start)
      text(at, c.start)
      out += "<span class=\"stmt\" title=\"\(escapeMarkup(s.speaker)) · \(stanceText(s.stance))\">"
      at = c.start
      marksUpTo(c.end)
      text(at, c.end)
      out += "</span><span class=\"who\">\(escapeMarkup(s.speaker))</span>"
      at = c.end
    }
    marksUpTo(span.end)
    text(at, span.end)
    return out
  }

  private func kind(_ e: Evidence) -> String {
    switch e.axis {
    case "optimism": e.value > 0 ? "pos" : e.value < 0 ? "neg" : "mod"
    case "hedging": e.value > 0 ? "hedge" : e.value < 0 ? "assert" : "mod"
    default: "mod"
    }
  }

  private func speakerTable(_ rows: [SpeakerSummary], parameters: ModelParameters) -> String {
    var out = "<table><tr><th>speaker</th><th>kind</th><th>statements</th><th>optimism</th><th>hedging</th><th>top cues</th></tr>\n"
    for r in rows {
      let s = r.stance(parameters)
      out += "<tr><td>\(escapeMarkup(r.name))</td><td>\(escapeMarkup(r.kind))</td><td class=\"n\">\(r.statements)</td>"
      out += "<td class=\"n\" style=\"background:\(color(s.optimism, light: true))\">\(formatNumber(s.optimism, digits: 2)) \(s.optimismLabel.rawValue)</td>"
      out += "<td class=\"n\">\(formatNumber(s.hedging, digits: 2)) \(s.hedgingLabel.rawValue)</td><td>\(escapeMarkup(r.topCues().joined(separator: ", ")))</td></tr>\n"
    }
    return out + "</table>\n"
  }

  private func stanceText(_ s: Stance) -> String {
    "optimism \(formatNumber(s.optimism, digits: 2)) (\(s.optimismLabel.rawValue)) · hedging \(formatNumber(s.hedging, digits: 2)) (\(s.hedgingLabel.rawValue))"
  }

  /// Red (negative) through grey to green (positive).
  private func color(_ optimism: Double, light: Bool = false) -> String {
    let x = max(-1, min(1, optimism))
    let hue = x >= 0 ? 130 : 0
    let saturation = Int((abs(x) * 70).rounded())
    return "hsl(\(hue),\(saturation)%,\(light ? 90 : 50)%)"
  }
}

/// Text for XML (junit.xml) and HTML (report.html): the five special
/// characters escaped, and the control characters XML 1.0 forbids even
/// escaped turned into spaces.
func escapeMarkup(_ s: String) -> String {
  var out = ""
  out.reserveCapacity(s.utf8.count)
  for ch in s.unicodeScalars {
    switch ch {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "'": out += "&apos;"
    default:
      if ch.value < 0x20 && ch != "\n" && ch != "\t" && ch != "\r" { out += " " } else { out.unicodeScalars.append(ch) }
    }
  }
  return out
}
