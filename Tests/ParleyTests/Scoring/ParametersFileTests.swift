import Testing

@testable import Parley

@Suite struct ParametersFileTests {
  func parse(_ text: String) throws(DiagnosticError) -> ModelParameters {
    try ModelParameters.parse(Array(text.utf8), file: "p.json")
  }

  @Test func setsOnlyWhatTheFileNames() throws {
    let p = try parse(#"{"shifterWindow": 5, "valenceAlpha": 2.5}"#)
    var expected = ModelParameters()
    expected.shifterWindow = 5
    expected.valenceAlpha = 2.5
    #expect(p == expected)
    #expect(try parse("{}") == ModelParameters())
  }

  @Test func everyFieldRoundTrips() throws {
    var changed = ModelParameters()
    // A value per field that differs from its default.
    for (k, field) in ModelParameters.fields.enumerated() {
      switch field {
      case .real(_, let path): changed[keyPath: path] = Double(k + 1) / 8
      case .count(_, let path): changed[keyPath: path] = k + 1
      }
    }
    #expect(changed != ModelParameters())
    #expect(try parse(changed.json) == changed)
    #expect(try parse(ModelParameters().json) == ModelParameters())
  }

  @Test func fieldsNameEveryStoredProperty() {
    // Mirror lists the stored properties; each must be settable from a file.
    let stored = Mirror(reflecting: ModelParameters()).children.compactMap(\.label)
    #expect(Set(stored) == Set(ModelParameters.fields.map(\.name)))
    #expect(stored.count == ModelParameters.fields.count)
  }

  @Test func reportsEveryProblemWithItsPlace() {
    let text = """
      {
        "shifterWindow": 2.5,
        "valenceAlfa": 3,
        "hedgeHalf": "big",
        "contrastBoost": -1
      }
      """
    #expect {
      _ = try parse(text)
    } throws: { error in
      let d = (error as? DiagnosticError)?.diagnostics ?? []
      return d.map(\.code) == ["PAR004", "PAR003", "PAR004", "PAR004"]
        && d.map { $0.line ?? 0 } == [2, 3, 4, 5]
        && d.allSatisfy { $0.file == "p.json" && $0.column != nil }
        && d[1].message.contains("unknown parameter 'valenceAlfa'")
    }
  }

  @Test(arguments: [("[1, 2]", "PAR002"), ("{\"a\": ", "PAR001"), ("", "PAR001")])
  func rejectsWhatIsNotAnObject(_ text: String, code: String) {
    #expect {
      _ = try parse(text)
    } throws: { error in
      (error as? DiagnosticError)?.diagnostics.map(\.code) == [code]
    }
  }
}
