import Testing

@testable import Parley

/// A quantity is news only when it moves (`QuantityChangeRule`): a
/// valence entry marked `quantity` counts by the word of rising or
/// dropping, or the shifter, that moves it, and nothing where nothing
/// does.
@Suite struct QuantityChangeRuleTests {
  /// A word of rising or dropping as the predicate, the verb, the
  /// attribute or the noun of a change: `quantityChange` times the
  /// quantity's weight, the negative for a drop.
  @Test func aWordOfRisingOrDroppingMovesTheQuantity() throws {
    let engine = try TestSupport.engine()
    for (text, word, rule, good) in [
      // Predicate, across a phrase, an auxiliary and an adverb.
      ("Grain exports through the corridor doubled in the first month.", "exports", "rise ×1", true),
      ("Emissions from the plants have risen steadily.", "Emissions", "rise ×1", false),
      ("Premiums for the lane might fall by half.", "Premiums", "drop ×-1", true),
      ("The economy contracted for a third straight quarter.", "economy", "drop ×-1", false),
      // Verb and attribute before it.
      ("The ministry doubled its funding for the clinics.", "funding", "rise ×1", true),
      ("Higher fuel prices hurt the fishermen.", "fuel prices", "rise ×1", false),
      ("Consumer prices jumped sharply in May.", "Consumer prices", "rise ×1", false),
      // The noun of a change before `in`.
      ("A rise in emissions alarmed the scientists.", "emissions", "rise ×1", false),
      // `lift` is a shifter of rising here, no reversal.
      ("The accord is expected to lift farm exports.", "exports", "rise ×1", true),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.rules.first == rule, "\(text): \(cue.rules)")
      #expect(good ? cue.value > 0 : cue.value < 0, "\(text): \(cue.value)")
      #expect(good ? s.stance.optimism > 0 : s.stance.optimism < 0, "\(text): \(s.stance.optimism)")
    }
    // The factor is `quantityChange`: a rise counts the weight itself.
    let doubled = TestSupport.firstSentence("Grain exports through the corridor doubled in the first month.", engine)
    #expect(try TestSupport.evidence("exports", in: doubled).value == ModelParameters().quantityChange)
  }

  /// A shifter reverses the quantity by its own factor, as its object,
  /// its subject, or as a predicate beyond the shifter's own reach.
  @Test func aShifterDropsTheQuantity() throws {
    let engine = try TestSupport.engine()
    for (text, word, good) in [
      ("They cut exports to the region.", "exports", false),
      ("The spawning biomass has fallen by a third.", "biomass", false),
      ("Insurance premiums for ships calling at the port have fallen by half.", "premiums", true),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.rules.contains { $0.hasPrefix("shifter") }, "\(text): \(cue.rules)")
      #expect(good ? cue.value > 0 : cue.value < 0, "\(text): \(cue.value)")
    }
  }

  /// Where nothing moves it a quantity counts nothing; a quantity that a
  /// negation governs counts as negated.
  @Test func anUnmovedQuantityCountsNothing() throws {
    let engine = try TestSupport.engine()
    for (text, word) in [
      ("Exports to the bloc are worth about $4 billion a year.", "Exports"),
      ("Officials discussed emissions targets for the next decade.", "emissions"),
      ("The report tracks the catch of every vessel in the fleet.", "catch"),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.value == 0, "\(text): \(cue.value)")
      #expect(cue.rules.contains { $0.hasPrefix("unmoved-quantity") }, "\(text): \(cue.rules)")
    }
    let denied = TestSupport.firstSentence("The plan offers no funding for the clinics.", engine)
    let funding = try TestSupport.evidence("funding", in: denied)
    #expect(funding.value < 0)
    #expect(!funding.rules.contains { $0.hasPrefix("unmoved-quantity") })
  }

  /// A move denied ("fuel prices did not rise", "emissions have not
  /// fallen") is news the other way round, weaker: the moved value is
  /// negated as a valence term is, and the negation counts no bare
  /// denial of its own (session 68).
  @Test func aDeniedMoveIsNewsTheOtherWayRound() throws {
    let engine = try TestSupport.engine()
    for (text, word, rule, good) in [
      ("Emissions from the plants have not risen.", "Emissions", "rise ×", true),
      ("Fuel prices did not rise this winter.", "Fuel prices", "rise ×", true),
      ("Emissions have not fallen in a decade.", "Emissions", "shifter(fallen) ×", false),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(word, in: s)
      #expect(cue.rules.first?.hasPrefix(rule) == true, "\(text): \(cue.rules)")
      #expect(good ? cue.value > 0 : cue.value < 0, "\(text): \(cue.value)")
      #expect(try TestSupport.evidence("not", in: s).value == 0, "\(text)")
      #expect(good ? s.stance.optimism > 0 : s.stance.optimism < 0, "\(text): \(s.stance.optimism)")
    }
    // Weaker than the move itself.
    let fell = try TestSupport.evidence("Emissions", in: TestSupport.firstSentence("Emissions have fallen in a decade.", engine))
    let notFell = try TestSupport.evidence("Emissions", in: TestSupport.firstSentence("Emissions have not fallen in a decade.", engine))
    #expect(abs(notFell.value) < abs(fell.value))
  }

  /// A quantity before the noun it modifies is no shifter's object: the
  /// noun is ("eased fuel prices controls" would ease the controls).
  @Test func aQuantityThatModifiesANounIsNoShiftersObject() throws {
    let engine = try TestSupport.engine()
    let s = TestSupport.firstSentence("The government eased export quotas and emissions caps.", engine)
    #expect(!s.evidence.contains { $0.text == "emissions" && $0.rules.contains { $0.hasPrefix("shifter") } })
  }

  /// With the parameter at 0 a word of rising or dropping moves nothing.
  @Test func theParameterScalesTheChange() throws {
    let off = try TestSupport.engine { $0.quantityChange = 0 }
    let s = TestSupport.firstSentence("Grain exports through the corridor doubled in the first month.", off)
    #expect(s.stance.optimism == 0)
  }
}
