import Foundation
import Testing

@testable import Parley

// TEMPORARY: prints the attribution of $PARLEY_ATTR_TEXT (removed before hand-off).
@Test(.enabled(if: ProcessInfo.processInfo.environment["PARLEY_ATTR_TEXT"] != nil))
func zzDebugAttribution() throws {
  let engine = try TestSupport.engine()
  var text = ProcessInfo.processInfo.environment["PARLEY_ATTR_TEXT"] ?? ""
  if text.hasPrefix("@") { text = try String(contentsOfFile: String(text.dropFirst()), encoding: .utf8) }
  let document = engine.read(id: "debug", text: text)
  let ids = engine.matcher.tokenIDs(document)
  let a = Attributor(matcher: engine.matcher).attribute(document, ids: ids)
  for s in a.statements {
    print("STMT [\(s.paragraph)] \(s.form) «\(document.string(s.content))» — \(a.speakers[s.speaker].name) (source: \(s.source.map { document.string($0) } ?? "-"), cue: \(s.cue.map { document.string($0) } ?? "-"))")
  }
  for sp in a.speakers { print("SPEAKER \(sp.name) [\(sp.kind)] aliases \(sp.aliases)") }
  for w in a.warnings { print("WARN \(w)") }
  let facts = TokenFacts(document: document, matcher: engine.matcher, ids: ids, vocabulary: AttributionVocabulary(engine.matcher.entries))
  print("CUES", facts.cues.map { document.string(Span(start: Int(document.tokens[$0.start].start), end: Int(document.tokens[$0.end - 1].end))) })
  print("UNITS/SENTENCES", document.sentences.map { document.string($0.span).prefix(40) })
}
