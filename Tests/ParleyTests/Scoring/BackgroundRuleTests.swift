import Testing

@testable import Parley

/// What a sentence says in passing before it says what happened counts
/// `backgroundScale` times (`BackgroundRule`, session 68).
@Suite struct BackgroundRuleTests {
  /// A fronted phrase of time or a participle, an aside on the subject and
  /// a relative clause on it: their valence is scaled, the main clause's
  /// is not, and the main clause decides the sentence.
  @Test func backgroundCountsLess() throws {
    let engine = try TestSupport.engine()
    let scale = ModelParameters().backgroundScale
    for (text, background, main, good) in [
      ("Just days after the accord was hailed as a breakthrough, the shelling resumed.", "breakthrough", "shelling resumed", false),
      ("Having endured months of siege, the town held its first market in peace.", "siege", "peace", true),
      ("The port, which rebels shelled for months, reopened to grain ships this week.", "shelled", "reopened", true),
      ("The governor who won praise for the last truce resigned in frustration.", "praise", "frustration", false),
    ] {
      let s = TestSupport.firstSentence(text, engine)
      let cue = try TestSupport.evidence(background, in: s)
      #expect(cue.rules.count == 1 && cue.rules[0].hasPrefix("background ×"), "\(text): \(cue.rules)")
      #expect(abs(cue.value - cue.weight * scale) < 1e-9, "\(text): \(cue.value)")
      #expect(try TestSupport.evidence(main, in: s).rules.allSatisfy { !$0.hasPrefix("background") }, "\(text)")
      #expect(good ? s.stance.optimism > 0 : s.stance.optimism < 0, "\(text): \(s.stance.optimism)")
    }
  }

  /// No background: a clause after the event, a report's frame before
  /// `that`, a phrase of time that ends before its clause, an aside with
  /// no predicate after it, a question, and a first participle that is
  /// the subject or its attribute (a finite verb follows it before the
  /// comma).
  @Test func whatIsNoBackground() throws {
    let engine = try TestSupport.engine()
    for text in [
      "Rebels seized the town, killing dozens of civilians.",
      "Officials say that the talks have stalled and the ceasefire has collapsed.",
      "Since then there has been little progress, officials acknowledge.",
      "The talks collapsed, which alarmed the markets.",
      "Was the bridge, which survived the war, destroyed by the flood?",
      // A participle or a word in -ing that is the subject or its
      // attribute opens the main clause, not a phrase before it.
      "Retreating forces blew up the bridge, cutting the hospital off.",
      "Voting went ahead peacefully, and observers praised the count.",
      "Everything else could have been solved in an afternoon, the diplomat said.",
    ] {
      let s = TestSupport.firstSentence(text, engine)
      #expect(s.evidence.allSatisfy { e in !e.rules.contains { $0.hasPrefix("background") } }, "\(text)")
    }
  }

  /// The parameter scales the background; at 1 the rule changes nothing.
  @Test func theParameterScalesTheBackground() throws {
    let engine = try TestSupport.engine { $0.backgroundScale = 1 }
    let s = TestSupport.firstSentence("The port, which rebels shelled for months, reopened to grain ships this week.", engine)
    #expect(try TestSupport.evidence("shelled", in: s).rules.isEmpty)
  }
}
