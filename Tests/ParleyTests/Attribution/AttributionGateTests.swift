import Testing

@testable import Parley

/// The cheap tests that keep rare readers from running answer as the
/// readers would: `findRoleCommas` lists exactly the commas that a walk
/// over every comma finds; where `mayNameOtherPeople` says no,
/// `addOtherPeople` adds no mention; where `mayFollowBodyNoun` says no,
/// neither `bodyNounBefore` nor `bodyNameExtending` finds a name; where
/// `commaAfterTail` says no, none of the parenthetical readings
/// (`parentheticalRest`, `clauseAroundParenthetical`,
/// `parentheticalContinuation`) finds anything.
@Suite struct AttributionGateTests {
  /// Texts where the readers find something, then the snapshot corpus.
  static func texts(_ engine: Engine) throws -> [String] {
    [
      "Kenya's foreign minister, Wambui Gathoni, and her Ethiopian counterpart, Dawit Bekele, held talks. She said the talks were useful.",
      "Farida Noorzai and Kamran Durrani met in Kabul. He said the plan would hold.",
      "Gathoni met her counterpart, Bohdan Kravets, in Lublin, and the spokesman, Lars Eklund Berg. He said the deal was close.",
      "The agency opened an inquiry into ticket sales for concerts by the rock band Harbour Lights.\n\nHarbour Lights wrote that the band had not been told.",
      "The drug was made by its maker, Hoshizora Pharmaceutical, in Osaka. Hoshizora said the trial would go on.",
      "The ministers, Ana Lima and Rui Costa, met the company, Nordhav Trucks. Nordhav said jobs would go.",
      "Regulators ordered the state utility, Energia Austral, to cut prices. Energia said it would appeal.",
      "Flooding hit the Finnish city of Kuusijarvi Harbour on Monday. Kuusijarvi said the roads were shut.",
    ] + (try AttributionSnapshotTests.texts(engine).prefix(300).map(\.text))
  }

  @Test func roleCommasEqualTheWalkOverEveryComma() throws {
    let engine = try TestSupport.engine()
    var found = 0
    for text in try Self.texts(engine) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      let n = document.tokens.count
      let nameWord = { (t: Int) in facts.isCapitalized(t) && facts.word(t) == .none && facts.has(t, .word) }
      let plain = (1..<max(1, n - 2)).filter { c in
        facts.isComma(c) && (facts.speaker(c - 1)?.categories.contains(.role) ?? false) && nameWord(c + 1) && nameWord(c + 2)
      }
      var commas: [Int32] = [7]
      AttributionPass.findRoleCommas(facts, into: &commas)
      #expect(commas.map(Int.init) == plain, "\(text.prefix(80).debugDescription)")
      found += plain.count
    }
    #expect(found >= 3)
  }

  @Test func noOtherPeopleWhereTheTestSaysNone() throws {
    let engine = try TestSupport.engine()
    var skipped = 0
    var added = 0
    for text in try Self.texts(engine) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      let pass = AttributionPass(document: document, facts: facts, vocabulary: engine.attributor.vocabulary)
      for sentence in document.sentences {
        let unit = sentence.tokens
        for k in unit {
          guard let np = pass.forwardNP(from: k, end: unit.upperBound) else { continue }
          var lists = pass.lists
          pass.addOtherPeople(after: np, unit: unit, lists: &lists)
          let adds = lists.mentions.count > pass.lists.mentions.count
          if pass.mayNameOtherPeople(after: np, unit: unit, roleCommas: pass.lists.roleCommas) {
            if adds { added += 1 }
          } else {
            #expect(!adds, "\(text.prefix(80).debugDescription) \(np.range)")
            skipped += 1
          }
        }
      }
    }
    #expect(added >= 3)
    #expect(skipped > 1_000)
  }

  @Test func noBodyNameWhereTheTestSaysNone() throws {
    let engine = try TestSupport.engine()
    var skipped = 0
    var found = 0
    for text in try Self.texts(engine) {
      let document = engine.read(id: "t", text: text)
      let facts = AttributionTestSupport.facts(document, engine)
      var resolver = SpeakerResolver(document: document, facts: facts, mentions: [])
      let n = document.tokens.count
      for t in 0..<n where facts.isCapitalized(t) {
        for length in 1...3 where t + length <= n {
          let name = t..<(t + length)
          let finds = resolver.bodyNounBefore(name) || resolver.bodyNameExtending(name, before: n) != nil
          if resolver.mayFollowBodyNoun(name) {
            if finds { found += 1 }
          } else {
            #expect(!finds, "\(text.prefix(80).debugDescription) \(name)")
            skipped += 1
          }
        }
      }
    }
    #expect(found >= 2)
    #expect(skipped > 1_000)
  }

  /// Every cue of the texts read as a frame (trailing or not), cut at each
  /// token from its region's end to its sentence's end, with the words
  /// before it from the sentence's start and from a few tokens back.
  @Test func noParentheticalWhereNoCommaFollowsTheTail() throws {
    let engine = try TestSupport.engine()
    var skipped = 0
    var found = 0
    let texts = try Self.texts(engine) + [
      "The truce, a spokeswoman said on Saturday, had been broken twice.",
      "If the vote slipped, he warned, the freeze could be reinstated.",
      "It was, she said, the only way left to the families.",
      "It was, he said, \u{201C}the only way to go.\u{201D}",
      "The ceasefire, according to the mediators, has been violated.",
      "He goes to its meetings, he said, mostly to feel less alone.",
    ]
    AttributionTestSupport.forEachReadParagraph(texts, engine) { pass, tokens, text in
      let document = pass.document
      for sentence in document.sentences where tokens.contains(sentence.tokens.lowerBound) {
        let unit = sentence.tokens
        for cue in pass.facts.cues where unit.contains(cue.start) {
          var phrase: NounPhrase? = nil
          let read = pass.makeFrame(cue, unit: unit, previous: [], unitSubject: nil, sourcePhrase: &phrase)
          for trailing in [false, true] {
            var f = read
            f.trailing = trailing
            for cut in f.regionEnd...unit.upperBound where cut > unit.lowerBound {
              var any = pass.parentheticalContinuation(f, cut: cut, unit: unit) != nil
              for floor in Set([unit.lowerBound, f.boundary - 1, f.boundary - 3, f.boundary - 6]) where floor >= unit.lowerBound && floor < f.boundary {
                let before = floor..<f.boundary
                any = any || pass.parentheticalRest(f, before: before, cut: cut) != nil
                  || pass.clauseAroundParenthetical(f, before: before, cut: cut, unit: unit) != nil
              }
              if pass.commaAfterTail(f, cut: cut) {
                if any { found += 1 }
              } else {
                #expect(!any, "\(text.prefix(80).debugDescription) cue \(cue.start) cut \(cut)")
                skipped += 1
              }
            }
          }
        }
      }
    }
    #expect(found >= 5)
    #expect(skipped > 1_000)
  }
}
