import Testing

@testable import Parley

/// The resolver in texts longer than `SpeakerResolver.reach` or with more
/// entities than `SpeakerResolver.nameIndexFrom`: names still join across
/// the whole text (through the name index), the searches bounded by
/// `reach` walk only the entities met within it, and an entity met again
/// after it was pruned is searched again.
@Suite struct LongTextResolverTests {
  private typealias Support = AttributionTestSupport

  /// A paragraph of the article's own voice with no mention in it, about
  /// ten tokens.
  static let filler = "The river ran cold and grey under the old stone bridge."

  /// `count` distinct invented names of two capitalized words (distinct
  /// surnames for `count` up to 576: each index is spelled in mixed radix).
  static func names(_ count: Int) -> [(given: String, surname: String)] {
    let a = ["Kor", "Vel", "Tam", "Bri", "Osk", "Lun", "Dar", "Fen", "Mir", "Zal", "Ubr", "Hes"]
    let b = ["avin", "enko", "usta", "orel", "imar", "essa", "ondi", "ulak"]
    let c = ["dottir", "vicz", "anu", "berg", "ström", "opoulos"]
    return (0..<count).map { k in
      let given = a[(k * 5 + 1) % a.count] + b[(k + k / a.count) % b.count]
      let surname = a[k % a.count] + b[(k / a.count) % b.count] + c[(k / (a.count * b.count)) % c.count]
      return (given, surname)
    }
  }

  @Test("with hundreds of speakers, a surname alone still takes the full name given far earlier")
  func surnamesJoinAcrossALongText() throws {
    let people = Self.names(300)
    #expect(Set(people.map(\.surname)).count == 300)
    var paragraphs = people.map { "\($0.given) \($0.surname) said the plan was sound." }
    paragraphs += Array(repeating: Self.filler, count: 900)
    let later = [0, 7, 150, 299]
    paragraphs += later.map { "\(people[$0].surname) said the vote number \($0) had failed." }
    let (document, a) = try Support.attribute(paragraphs.joined(separator: "\n\n"))
    #expect(document.tokens.count > SpeakerResolver.reach + 2_400)
    #expect(a.statements.count == 304)
    #expect(a.speakers.count == 300, "\(a.speakers.count) speakers")
    for k in later {
      let speaker = Support.speaker(of: "vote number \(k) had", document, a)
      #expect(speaker?.name == "\(people[k].given) \(people[k].surname)", "\(k): \(speaker?.name ?? "none")")
    }
  }

  @Test("a pronoun reaches back `reach` tokens, and again once its person is named again")
  func prunedEntitiesComeBack() throws {
    let gap = Array(repeating: Self.filler, count: 900).joined(separator: "\n\n")
    let named = "Maria Lindqvist said the talks went well."
    // Met again by surname after the gap: `she` takes her.
    let (d1, back) = try Support.attribute("\(named)\n\n\(gap)\n\nLindqvist said the deal was close. She said the vote was next.")
    #expect(d1.tokens.count > SpeakerResolver.reach)
    #expect(back.statements.map { back.speakers[$0.speaker].name } == ["Maria Lindqvist", "Maria Lindqvist", "Maria Lindqvist"], "\(Support.describe(d1, back))")
    // Not met again: `she`, more than `reach` tokens later, takes no one.
    let (d2, gone) = try Support.attribute("\(named)\n\n\(gap)\n\nShe said the vote was next.")
    #expect(Support.speaker(of: "the vote was next", d2, gone)?.name != "Maria Lindqvist", "\(Support.describe(d2, gone))")
    // Within `reach` she does.
    let (d3, near) = try Support.attribute("\(named)\n\n\(Self.filler)\n\nShe said the vote was next.")
    #expect(Support.speaker(of: "the vote was next", d3, near)?.name == "Maria Lindqvist", "\(Support.describe(d3, near))")
  }
}
