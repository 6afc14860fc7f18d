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
    let texts = try TextInvariantTests.evaluationTexts()
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
    // The rows handed back as `CorpusRunner` hands them (moved out of the
    // analysis, `keepRows(taking:)`), every third analysis also held on
    // to, as a result that keeps it: the next documents' records are the
    // fresh ones, and a held analysis still writes its own.
    for order in [Array(texts.indices), texts.indices.reversed()] {
      var workspace = Workspace()
      var held: [(Int, Document, Analysis)] = []
      for (n, i) in order.enumerated() {
        let document = engine.read(id: "t", text: texts[i].text)
        var analysis = engine.analyze(document, model: RuleModel(), evidence: evidence, workspace: &workspace)
        #expect(record(analysis, document) == fresh[i], "\(texts[i].origin)")
        if n % 3 == 0 { held.append((i, document, analysis)) }
        workspace.keepRows(taking: &analysis)
      }
      for (i, document, analysis) in held { #expect(record(analysis, document) == fresh[i], "held \(texts[i].origin)") }
    }
  }

  /// A worker keeps one scorer (`Workspace.prepareScorer`) and reuses it only
  /// for the engine and model it was made for: articles analysed with one
  /// workspace while the model (the library's two, and two models of one
  /// custom type with different rules) and the parameters change from
  /// article to article give the records of fresh workspaces.
  @Test func sharedScorerFollowsModelAndParameters() throws {
    let engine = try TestSupport.engine()
    var other = engine
    other.parameters.valenceAlpha *= 2
    other.parameters.hedgeHalf *= 0.5
    let texts = try TextInvariantTests.evaluationTexts().prefix(60)
    let models: [any StanceModel] = [RuleModel(), LexiconModel(), PickedRulesModel(rules: [NegationRule()]), PickedRulesModel(rules: [QuestionRule(), ContrastRule()]), RuleModel()]
    let encoder = ReportEncoder(evidence: true)
    func record(_ analysis: Analysis, _ document: Document, _ engine: Engine) -> [UInt8] {
      var w = JSONWriter()
      encoder.record(analysis, document: document, parameters: engine.parameters, into: &w)
      return w.bytes
    }
    var workspace = Workspace()
    var step = 0
    for (origin, text) in texts {
      for _ in 0..<2 {
        let model = models[step % models.count]
        let e = step % 3 == 2 ? other : engine
        step += 1
        let document = e.read(id: "t", text: text)
        var fresh = Workspace()
        let expected = record(e.analyze(document, model: model, evidence: true, workspace: &fresh), document, e)
        #expect(record(e.analyze(document, model: model, evidence: true, workspace: &workspace), document, e) == expected, "\(origin) \(model.name)")
      }
    }
  }
}

/// A model of chosen rules: two of them are the same type with different
/// rules, so a scorer made for one must not serve the other.
struct PickedRulesModel: StanceModel {
  let rules: [any StanceRule]
  var name: String { "picked" }
  func reads(_ category: LexiconCategory) -> Bool { category.isStance }
}
