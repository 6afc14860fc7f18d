import Testing

@testable import Parley

/// A worker keeps its scorer's buffers from document to document
/// (`Workspace`); nothing of one document may reach the next: every
/// evaluation text analysed with one shared workspace, in order and in
/// reverse, and with evidence (the state handed out with a unit's cues
/// shares the buffers), gives the record of a fresh workspace, byte for byte.
@Suite struct WorkspaceTests {
  @Test(arguments: [false, true])
  func sharedWorkspaceEqualsFreshOne(_ evidence: Bool) throws {
    let engine = try TestSupport.engine()
    let texts = try TextInvariantTests.repositoryTexts().filter { $0.origin.hasPrefix("evaluation/") }
    #expect(texts.count > 100)
    let encoder = ReportEncoder(evidence: evidence)
    func record(_ analysis: Analysis, _ document: Document) -> [UInt8] {
      var w = JSONWriter()
      encoder.record(analysis, document: document, parameters: engine.parameters, into: &w)
      return w.bytes
    }
    var fresh: [[UInt8]] = []
    for (_, text) in texts {
      let document = engine.read(id: "t", text: text)
      fresh.append(record(engine.analyze(document, evidence: evidence), document))
    }
    for order in [Array(texts.indices), texts.indices.reversed()] {
      var workspace = Workspace()
      for i in order {
        let document = engine.read(id: "t", text: texts[i].text)
        let analysis = engine.analyze(document, model: RuleModel(), evidence: evidence, workspace: &workspace)
        #expect(record(analysis, document) == fresh[i], "\(texts[i].origin)")
      }
    }
  }
}
