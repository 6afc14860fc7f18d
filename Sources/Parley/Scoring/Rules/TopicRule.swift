/// What a thing is about is not what happened: in "talks on their disputed
/// border", "a session on responding to oil spills", "a deal on
/// kidnapping", "concern over the crisis", the border is not disputed
/// anew, nothing was spilled, no one was kidnapped, and the crisis is not
/// the news; the head before the preposition is ("talks", "concern").
///
/// A valence term in a noun phrase opened by a topic preposition (a
/// preposition the grammar marks `topic`: `on`, `over`, `about`) right
/// after a noun counts `topicScale` times (recorded as `topic`). The term
/// is at most `topicReach` tokens after the preposition, with only
/// determiners, quantifiers, adjectives, adverbs, plain words and
/// possessives between. Not a topic:
/// - a preposition after a word in -ed ("agreed on a ceasefire",
///   "worried about a collapse"), where it opens the verb's object or
///   cause, or after a function word ("based on", "it is about");
/// - a quantity ("about 40 dead", "over 1,000 homes": `QuantityRule`);
/// - a preposition inside a lexicon phrase ("closed the chapter on a
///   bitter dispute", which ends the dispute);
/// - a term past a word in -ed right after a plain word, the verb that
///   ends the noun phrase ("talks on the border resumed"), or a term that
///   opens with an auxiliary ("talks on a treaty would open").
/// The scorer calls the rule only for units where some valence term's
/// nearest preposition is a topic one (`mayOpenTopic`,
/// `SentenceState.topicTrigger`).
public struct TopicRule: StanceRule {
  public let name = "topic"
  public init() {}
  /// Only units where a valence term may be in a topic (the scorer sets
  /// the bit: `mayOpenTopic`), not every unit with a valence term.
  public var triggers: UInt32 { SentenceState.topicTrigger }
  public var readsClauses: Bool { false }

  public func apply(_ s: inout SentenceState, _ context: RuleContext) { run(&s, context) }

  /// The rule over any unit's cues (`RuleCues`). (Out of line: it runs in
  /// few units.)
  @inline(never)
  func run<Cues: RuleCues>(_ s: inout Cues, _ context: RuleContext) {
    let p = context.parameters
    guard p.topicScale != 1, context.marked.words.hasAny(.topic) else { return }
    let unit = s.tokens.lowerBound
    for j in 0..<s.count {
      let c = s[j]
      guard c.category == .valence, c.value != 0 else { continue }
      let start = Int(c.start)
      // A term that opens with an auxiliary is the clause's verb phrase,
      // which ends the noun phrase ("talks on a treaty would open").
      if context.wordClass(start).isAuxiliary { continue }
      guard let k = topicPreposition(before: start, low: max(unit + 1, start - p.topicReach), context) else { continue }
      if QuantityRule.quantityFollows(k + 1, context) { continue }
      // (A cue of the preposition alone, the approximator `about`, leaves it one.)
      if (0..<j).contains(where: { Int(s[$0].start) <= k && k < Int(s[$0].end) && s[$0].end - s[$0].start > 1 }) { continue }
      s.apply(.topic, to: j, factor: p.topicScale, trigger: -1)
    }
  }

  /// Whether the nearest preposition at most `reach` tokens before token
  /// `start`, and after the first token of the unit from token `unit` on,
  /// is a topic preposition: the test the scorer runs for every valence
  /// term before it calls the rule (most have no such preposition). It
  /// reads the words' facts `facts` (`RuleContext.wordFacts`, where every
  /// preposition, an ASCII word, has its class) when they hold the
  /// tokens, else looks the words up.
  @inline(__always)
  static func mayOpenTopic(before start: Int, unit: Int, reach: Int, facts: UnsafeBufferPointer<UInt32>, _ context: RuleContext) -> Bool {
    var k = start - 1
    let low = max(unit + 1, start - reach)
    let known = start <= facts.count
    while k >= low {
      let c = known ? TokenFacts.Flags.row(facts[k]).word : context.wordClass(k)
      if c == .preposition || c == .objectPreposition { return context.marked.words.has(.topic, k, in: context.document) }
      k -= 1
    }
    return false
  }

  /// The topic preposition whose noun phrase holds the term starting at
  /// token `start`, from token `low` on and after a noun: nil when the
  /// words back to it leave a noun phrase or there is none.
  func topicPreposition(before start: Int, low: Int, _ context: RuleContext) -> Int? {
    let document = context.document
    var k = start - 1
    while k >= low {
      switch document.tokens[k].kind {
      case .word:
        switch context.wordClass(k) {
        case .determiner, .quantifier, .adjective, .adverb: k -= 1
        case .none:
          // A word in -ed right after a plain word is a verb, and the
          // noun phrase ended before it: "talks on the border resumed".
          // (Or a past form of the grammar: "negotiations on compensating
          // the flood victims broke down".)
          if (context.endsED(k + 1) || context.wordClass(k + 1) == .pastVerb) && !context.isAdverb(k) { return nil }
          k -= 1
        // (The class first: a mark is looked up only on a preposition.)
        case .preposition, .objectPreposition:
          guard context.marked.words.has(.topic, k, in: document) else { return nil }
          let head = k - 1
          guard document.tokens[head].kind == .word, context.wordClass(head) == .none, !context.endsED(head) else { return nil }
          return k
        default: return nil
        }
      case .clitic, .number: k -= 1
      default: return nil
      }
    }
    return nil
  }
}
