import Testing

@testable import Parley

private func parse(_ text: String) throws(JSONReader.ParseError) -> JSONValue {
  try JSONReader.parse(Array(text.utf8))
}

/// The value without the `raw` byte ranges of its members, to compare
/// values read from different texts.
func withoutRaw(_ v: JSONValue) -> JSONValue {
  switch v {
  case .array(let items): .array(items.map(withoutRaw))
  case .object(let members): .object(members.map { JSONMember(key: $0.key, value: withoutRaw($0.value), raw: 0..<0) })
  default: v
  }
}

/// A text that must not parse, and the byte offset of the problem.
struct BadJSONCase: Sendable, CustomTestStringConvertible {
  var text: String
  var offset: Int
  var mentions: String
  init(_ text: String, at offset: Int, _ mentions: String) {
    self.text = text
    self.offset = offset
    self.mentions = mentions
  }
  var testDescription: String { text.debugDescription }
}

@Suite("JSON reader")
struct JSONReaderTests {
  @Test func valuesOfEveryType() throws {
    #expect(try parse("null") == .null)
    #expect(try parse("true") == .bool(true))
    #expect(try parse("false") == .bool(false))
    #expect(try parse("0") == .number(0))
    #expect(try parse("-12") == .number(-12))
    #expect(try parse("20.5") == .number(20.5))
    #expect(try parse("1e3") == .number(1000))
    #expect(try parse("-2.5E-2") == .number(-0.025))
    #expect(try parse("\"text\"") == .string("text"))
    #expect(try parse("[]") == .array([]))
    #expect(try parse("[1, \"a\", null, [true]]") == .array([.number(1), .string("a"), .null, .array([.bool(true)])]))
    #expect(try parse("{}") == .object([]))
    #expect(try parse(" \n\t\r 7 \n") == .number(7))
  }

  @Test func accessors() throws {
    let v = try parse(#"{"id": "a", "n": 3, "list": [1], "none": null}"#)
    #expect(v["id"]?.string == "a")
    #expect(v["n"]?.number == 3)
    #expect(v["list"]?.array == [.number(1)])
    #expect(v["none"]?.isNull == true)
    #expect(v["missing"] == nil)
    #expect(v["id"]?.number == nil)
    #expect(v.typeName == "object")
    #expect(JSONValue.array([]).typeName == "array")
    #expect(JSONValue.string("").members == nil)
  }

  @Test func escapes() throws {
    #expect(try parse(#""a\"b\\c\/d""#) == .string("a\"b\\c/d"))
    #expect(try parse(#""\b\f\n\r\t""#) == .string("\u{08}\u{0C}\n\r\t"))
    #expect(try parse(#""\u0041\u00e9\u201C\u0000""#) == .string("Aé“\u{0}"))
    #expect(try parse(#""\u00E9""#) == .string("é"))
  }

  @Test func surrogatePairs() throws {
    #expect(try parse(#""\uD83D\uDE00""#) == .string("😀"))
    #expect(try parse(#""x\ud834\udd1ey""#) == .string("x𝄞y"))
  }

  @Test func rawUTF8IsKept() throws {
    #expect(try parse("\"Zürich “talks” 東京 😀\"") == .string("Zürich “talks” 東京 😀"))
  }

  @Test func keyOrderIsKept() throws {
    let v = try parse(#"{"z": 1, "a": 2, "m": 3, "a2": 4}"#)
    #expect(v.members?.map(\.key) == ["z", "a", "m", "a2"])
  }

  @Test func duplicateKeysAreKeptInOrderAndTheFirstIsFound() throws {
    let v = try parse(#"{"k": 1, "k": 2}"#)
    #expect(v.members?.count == 2)
    #expect(v["k"] == .number(1))
  }

  @Test func rawRangesOfMembers() throws {
    let text = #"{ "id" : "a-1", "meta": {"x": [1, 2]} ,"n":-2.50e1,"s":"q\"uote", "b": true }"#
    let bytes = Array(text.utf8)
    let members = try #require(try JSONReader.parse(bytes).members)
    let raws = members.map { String(decoding: bytes[$0.raw], as: UTF8.self) }
    #expect(raws == [#""a-1""#, #"{"x": [1, 2]}"#, "-2.50e1", #""q\"uote""#, "true"])
    // A raw range parses back to the same value.
    for m in members {
      #expect(try withoutRaw(JSONReader.parse(Array(bytes[m.raw]))) == withoutRaw(m.value))
    }
  }

  static let badCases: [BadJSONCase] = [
    BadJSONCase("", at: 0, "end of input"),
    BadJSONCase("   ", at: 3, "end of input"),
    BadJSONCase("[1, 2", at: 5, "end of input"),
    BadJSONCase("{\"a\": 1", at: 7, "end of input"),
    BadJSONCase("{\"a\"", at: 4, "':'"),
    BadJSONCase("\"open", at: 5, "unterminated"),
    BadJSONCase("[1,]", at: 3, "expected a value"),
    BadJSONCase("{\"a\": 1,}", at: 8, "key"),
    BadJSONCase("[1 2]", at: 3, "','"),
    BadJSONCase("{\"a\" 1}", at: 5, "':'"),
    BadJSONCase("{a: 1}", at: 1, "key"),
    BadJSONCase("\"bad \\x escape\"", at: 7, "escape"),
    BadJSONCase("\"\\u12G4\"", at: 5, "hex"),
    BadJSONCase("\"\\u12\"", at: 3, "\\u"),
    BadJSONCase("\"\\uD800\"", at: 7, "surrogate"),
    BadJSONCase("\"\\uD800\\u0041\"", at: 13, "surrogate"),
    BadJSONCase("\"\\uDC00\"", at: 7, "surrogate"),
    BadJSONCase("\"tab\there\"", at: 4, "control"),
    BadJSONCase("\"line\nbreak\"", at: 5, "control"),
    BadJSONCase("tru", at: 0, "literal"),
    BadJSONCase("nul!", at: 0, "literal"),
    BadJSONCase("01", at: 1, "after"),
    BadJSONCase("-", at: 1, "number"),
    BadJSONCase("1.", at: 2, "digit"),
    BadJSONCase("1e", at: 2, "digit"),
    BadJSONCase(".5", at: 0, "expected a value"),
    BadJSONCase("+1", at: 0, "expected a value"),
    BadJSONCase("NaN", at: 0, "expected a value"),
    BadJSONCase("{} {}", at: 3, "after"),
    BadJSONCase("[1] x", at: 4, "after"),
  ]

  @Test("errors with offsets", arguments: badCases)
  func errors(_ c: BadJSONCase) {
    let error = #expect(throws: JSONReader.ParseError.self) { try parse(c.text) }
    #expect(error?.offset == c.offset, "\(error?.message ?? "")")
    #expect(error?.message.contains(c.mentions) == true, "\(error?.message ?? "")")
  }

  @Test func invalidUTF8InAStringIsAnError() {
    let error = #expect(throws: JSONReader.ParseError.self) { try JSONReader.parse([0x22, 0x61, 0xFF, 0x22]) }
    #expect(error?.message.contains("UTF-8") == true)
  }

  @Test func deepNestingErrorsInsteadOfCrashing() {
    let arrays = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
    let error = #expect(throws: JSONReader.ParseError.self) { try parse(arrays) }
    #expect(error?.message.contains("nesting") == true)
    let objects = String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600)
    #expect(throws: JSONReader.ParseError.self) { try parse(objects) }
    let unclosed = String(repeating: "[", count: 100_000)
    #expect(throws: JSONReader.ParseError.self) { try parse(unclosed) }
  }

  @Test func moderateNestingParses() throws {
    var v = try parse(String(repeating: "[", count: 100) + "7" + String(repeating: "]", count: 100))
    var depth = 0
    while case .array(let items) = v, let first = items.first {
      v = first
      depth += 1
    }
    #expect(depth == 100)
    #expect(v == .number(7))
  }
}
