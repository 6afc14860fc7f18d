/// What a lexicon entry does. The raw value is the name used in lexicon
/// files; `lexicons/README.md` documents each one.
public enum LexiconCategory: String, Sendable, Codable, CaseIterable {
  case valence
  case hedgeModal = "hedge.modal"
  case hedgeEpistemic = "hedge.epistemic"
  case hedgeApproximator = "hedge.approximator"
  case hedgeShield = "hedge.shield"
  case hedgeConditional = "hedge.conditional"
  case booster
  case negator
  case intensifier
  case dampener
  case contrast
  case concessive
  /// A verb that reverses the evaluation of its object: "ending the war",
  /// "lifted sanctions", "suspend offensive operations", "ended the truce".
  case shifter
  case report
  /// Not a stance cue: a word whose period does not end a sentence (weight
  /// 1: always, 0.5: only before a number).
  case abbreviation
  /// Speaker vocabulary for attribution (not stance cues; weight 1 unless
  /// the file says otherwise): titles before a name ("mr.", "president",
  /// "foreign minister"), role nouns that stand for a person ("envoy",
  /// "spokeswoman"), group nouns ("analysts", "officials"), organizations
  /// ("ministry", "kremlin"), media ("news agency", "tass"), pronouns.
  case speakerTitle = "speaker.title"
  case speakerRole = "speaker.role"
  case speakerGroup = "speaker.group"
  case speakerOrganization = "speaker.organization"
  case speakerMedia = "speaker.media"
  case speakerPronoun = "speaker.pronoun"
  /// A given name that tells a person's gender (note `person-m` or
  /// `person-f`), read only as the first word of a capitalized name.
  case speakerGivenName = "speaker.given-name"
  /// Closed-class grammar words attribution reads to find clause and
  /// phrase boundaries (`lexicons/grammar.tsv`; weight 1). Not stance cues,
  /// never matched as phrases.
  case grammarDeterminer = "grammar.determiner"
  case grammarQuantifier = "grammar.quantifier"
  case grammarThat = "grammar.that"
  case grammarRelative = "grammar.relative"
  case grammarWh = "grammar.wh"
  case grammarAnd = "grammar.and"
  case grammarOr = "grammar.or"
  case grammarBut = "grammar.but"
  case grammarSubordinator = "grammar.subordinator"
  case grammarAs = "grammar.as"
  case grammarTo = "grammar.to"
  case grammarObjectPreposition = "grammar.object-preposition"
  case grammarNameConnector = "grammar.name-connector"
  case grammarNameParticle = "grammar.name-particle"
  case grammarPreposition = "grammar.preposition"
  /// `after`, `before`, `since`, `until`: prepositions that also open a
  /// clause, so a subject is not read back across them.
  case grammarTimePreposition = "grammar.time-preposition"
  /// Days and words for a day (`Tuesday`, `yesterday`): after a
  /// preposition they say when, and end a noun phrase (`A Lisbon court on
  /// Tuesday suspended …`).
  case grammarTimeNoun = "grammar.time-noun"
  case grammarBe = "grammar.be"
  case grammarHave = "grammar.have"
  case grammarDo = "grammar.do"
  case grammarModal = "grammar.modal"
  case grammarNegation = "grammar.negation"
  case grammarAdverb = "grammar.adverb"
  /// Past forms of irregular verbs (`took`, `fell`, `met`): a finite verb,
  /// as a word in -ed is.
  case grammarVerb = "grammar.verb"
  /// Adjectives that describe a source before its noun (`senior`,
  /// `former`): never the noun a phrase ends in.
  case grammarAdjective = "grammar.adjective"
  /// Nouns that a scoring rule reads by a `mark:` (`meeting`: `talks`,
  /// `session`); for attribution a plain noun, as any word not in the grammar.
  case grammarNoun = "grammar.noun"

  /// Allowed weights, inclusive.
  public var range: ClosedRange<Double> {
    switch self {
    case .valence: -3...3
    case .report: -1...1
    case .abbreviation: 0.5...1
    default: 0...1
    }
  }

  /// Whether a weight of exactly zero is an error (it would do nothing).
  /// A valence of 0 is allowed: a neutral phrase that masks the evaluative
  /// words inside it ("prisoners of war", "Great Britain"); so is a shifter,
  /// hedge or booster of 0, a phrase where the word does not do its job
  /// ("ended in", "could not" of inability, "appeared before" a committee).
  var forbidsZero: Bool { !(self == .report || self == .valence || self == .shifter || self == .booster || isHedge) }

  /// Overlaps are resolved within a layer, not across layers, so a
  /// valence phrase ("tentative agreement") and a hedge inside it
  /// ("tentative") both count, while "no doubt" still beats "doubt" among
  /// the hedges and boosters.
  public var layer: Int {
    switch self {
    case .valence: 0
    case .booster, .hedgeModal, .hedgeEpistemic, .hedgeApproximator, .hedgeShield, .hedgeConditional: 1
    case .negator, .intensifier, .dampener, .contrast, .concessive, .shifter: 2
    case .report: 3
    case .speakerTitle, .speakerRole, .speakerGroup, .speakerOrganization, .speakerMedia, .speakerPronoun, .speakerGivenName: 4
    case .abbreviation, .grammarDeterminer, .grammarQuantifier, .grammarThat, .grammarRelative, .grammarWh, .grammarAnd, .grammarOr, .grammarBut, .grammarSubordinator, .grammarAs, .grammarTo, .grammarObjectPreposition, .grammarNameConnector, .grammarNameParticle, .grammarPreposition, .grammarTimePreposition, .grammarTimeNoun, .grammarBe, .grammarHave, .grammarDo, .grammarModal, .grammarNegation, .grammarAdverb, .grammarVerb, .grammarAdjective, .grammarNoun: 5
    }
  }
  /// Layers the matcher builds tries for (abbreviations go to the segmenter).
  static let layerCount = 5

  /// A cue the scoring models may read (not speaker or text vocabulary).
  public var isStance: Bool { layer < 4 }

  /// A grammar word class (`grammar.*`): layer 5 but an abbreviation
  /// (a switch, not a look at the name: the matcher asks for every entry
  /// at start-up).
  public var isGrammar: Bool { layer == 5 && self != .abbreviation }

  public var isHedge: Bool {
    switch self {
    case .hedgeModal, .hedgeEpistemic, .hedgeApproximator, .hedgeShield, .hedgeConditional: true
    default: false
    }
  }
}
