/// A step set to come is hopeful when what is set to come is a meeting:
/// "talks on a successor treaty would open in Geneva", "another meeting
/// in the same format could take place", "the first session of the
/// renewed talks was expected to take place in Oslo"; not when troops
/// would begin withdrawing or fighting could continue.
///
/// A valence entry whose note marks it `scheduled` (valence-schedule.tsv:
/// `could take place`, `is expected to open`) counts only when its
/// subject holds a noun the grammar marks `meeting` (`talks`, `session`,
/// `consultations`) ahead of any preposition: the phrase's head, not the
/// noun of a modifier ("talks on the border", "the first session of the
/// talks", but not "fighting after the talks"). A noun before `of` or
/// `for` is a measure of the noun after it, a meeting if that is ("a
/// round of talks", "the first day of talks") and none if it is not ("a
/// session of parliament"). The subject is read back
/// from the entry over at most `maxSubjectWords` words of one phrase:
/// plain words, determiners, quantifiers, adjectives, adverbs, numbers,
/// possessives and prepositions. A verb of the grammar, an auxiliary,
/// a conjunction, `that`, a relative or question word, `to`, a
/// negation and punctuation end it, and so does the unit's start; a
/// clause set off by commas right before the entry is stepped over
/// ("the talks, which stalled in March, could open"). A phrase that opens
/// with a preposition is one of time or place before the subject, whose
/// head is then the word nearest the entry ("In March talks would open",
/// not "After the talks fighting could begin"); a relative pronoun right
/// before the entry stands for the noun before it ("a follow-up meeting,
/// which could take place in May"). Otherwise the entry counts for
/// nothing (recorded as `scheduled-step`).
public struct ScheduleRule: StanceRule {
  public let name = "scheduled-step"
  public init() {}
  public var triggers: UInt32 { LexiconCategory.valence.bit }
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`).
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let marked = context.marked
    guard !marked.scheduled.isEmpty else { return }
    for j in 0..<s.count where s[j].category == .valence && s[j].value != 0 && marked.isScheduled(s[j].entry) {
      if !hasMeetingSubject(before: Int(s[j].start), floor: s.tokens.lowerBound, context) {
        s.apply(.scheduledStep, to: j, factor: 0, trigger: -1)
      }
    }
  }

  /// Whether the subject that ends right before token `start` (from token
  /// `floor` on) holds a `meeting` noun before any preposition. For the
  /// `antecedent` of a relative pronoun, the noun phrase right before
  /// `start` (no clause set off by commas is stepped over), a meeting
  /// noun after a preposition is the head too: "agreed on a session that
  /// would open".
  func hasMeetingSubject(before start: Int, floor: Int, antecedent: Bool = false, _ context: RuleContext) -> Bool {
    var end = start
    // A clause set off by commas: the subject is before its first comma.
    if !antecedent, end - 1 >= floor, context.isComma(end - 1) {
      var k = end - 2
      while k >= floor, end - k <= Self.maxAsideWords, !context.isComma(k) { k -= 1 }
      guard k >= floor, context.isComma(k) else { return false }
      end = k
    }
    let tokens = context.document.tokens
    let words = context.marked.words
    // Back to the phrase's first token, segment by segment between
    // prepositions: whether the segment read last (the one nearest the
    // phrase's start, which holds its head) has a meeting noun. A noun
    // before `of` or `for` is a measure of what follows, so it is a
    // meeting if that is ("the first session of the renewed talks", "a
    // round of talks") and none if it is not ("a session of
    // parliament").
    var k = end - 1
    var meeting = false
    // The preposition passed last, whether it joins a measure to its
    // noun, and whether the segment after it had a meeting noun.
    var preposition = -1
    var joinsMeasure = false
    var after = false
    // Whether the plain word nearest the entry is a meeting noun (nil
    // until one is read): the head of a subject after a phrase that opens
    // the clause ("In March talks would open").
    var nearest: Bool? = nil
    // The phrase ends at `k`: a phrase that opens with a preposition is
    // one of time or place before the subject, whose head is the word
    // nearest the entry ("After the holiday the negotiations could
    // begin"; not "After the talks fighting could begin").
    func ended(at k: Int) -> Bool {
      k + 1 == preposition ? nearest ?? false : meeting
    }
    while k >= floor, end - k <= Self.maxSubjectWords {
      switch tokens[k].kind {
      case .word:
        let word = context.wordClass(k)
        switch word {
        case .none:
          // A noun before `of` or `for` measures the noun after it: a
          // meeting if that is ("the first day of talks"), none if it is
          // not ("a session of parliament").
          let isMeeting = words.has(.meeting, k, in: context.document)
          if nearest == nil { nearest = isMeeting }
          if k + 1 == preposition && joinsMeasure {
            meeting = after
          } else if isMeeting {
            meeting = true
          }
        case .determiner, .quantifier, .adjective, .adverb, .timeNoun:
          break
        case .preposition, .objectPreposition, .nameConnector, .timePreposition:
          // A meeting noun after this preposition is a modifier's (or
          // the antecedent's head).
          if antecedent && meeting { return true }
          (preposition, joinsMeasure, after) = (k, word == .nameConnector, meeting)
          meeting = false
        case .relative where k == end - 1, .that where k == end - 1:
          // A relative pronoun right before the entry stands for the
          // noun before it: "a follow-up meeting, which could take place
          // in May", "a session that would open on Monday".
          let before = k - 1 >= floor && context.isComma(k - 1) ? k - 1 : k
          return hasMeetingSubject(before: before, floor: floor, antecedent: true, context)
        default:
          return ended(at: k)
        }
      case .clitic, .number:
        break
      default:
        return ended(at: k)
      }
      k -= 1
    }
    // (The walk ran out of words: too long to be sure of the head.)
    return k < floor && ended(at: k)
  }

  /// Most words read back for the subject: `talks on reopening a rail
  /// freight link across the river`.
  static let maxSubjectWords = 12
  /// Most tokens of a clause set off by commas before the entry.
  static let maxAsideWords = 12
}
