import Testing

@testable import Parley

/// Mentions of one speaker resolve to one `Speaker`: names, titles,
/// surnames, role nouns bound by apposition, organizations and pronouns.
@Suite("Attribution: speaker resolution")
struct SpeakerResolutionTests {
  typealias Support = AttributionTestSupport

  @Test("full name, title and surname, and surname alone are one person")
  func namesAndTitles() throws {
    let text = """
      Ines Araya, the chief negotiator, said the first round had been useful.

      Later, Ms. Araya said a second round was planned. Araya added that no date had been set.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 3, "\(Support.describe(document, a))")
    #expect(a.speakers.count == 1)
    let speaker = try #require(a.speakers.first)
    #expect(speaker.name == "Ines Araya")
    #expect(speaker.kind == .person)
    #expect(speaker.aliases.contains("Ms. Araya"))
    #expect(speaker.aliases.contains("Araya"))
    #expect(speaker.aliases.contains("the chief negotiator"))
  }

  @Test("the name is the fullest form even when it comes later")
  func fullestName() throws {
    let (document, a) = try Support.attribute("Mr. Dunn said the plan was ready. Walter Dunn, the mayor, said work would start in May.")
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Walter Dunn"])
    #expect(a.speakers.first?.aliases.contains("Mr. Dunn") == true)
  }

  @Test("a role noun bound by an appositive refers back to that person")
  func roleNoun() throws {
    let text = """
      Henrik Sand, the UN envoy, said both sides had agreed to a pause.

      “There is still a long way to go,” the envoy said.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.count == 1)
    #expect(a.speakers.first?.name == "Henrik Sand")
    #expect(a.speakers.first?.isCalled("the UN envoy") == true)
  }

  @Test("a role that speaks first is the person whose name the text later sets beside that role")
  func roleNamedAfterwards() throws {
    let text = """
      The housing minister insisted on Monday that the pipeline of new homes was strong.

      Critics said the figures were misleading.

      Ciarán Moynihan, who has been housing minister since 2022, conceded that rents would keep rising.

      Farid Haddad, the finance minister, said the budget would hold.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 4, "\(Support.describe(document, a))")
    #expect(a.speakers.count == 3)
    let minister = try #require(a.speakers.first { $0.name == "Ciarán Moynihan" })
    #expect(minister.isCalled("The housing minister"))
    #expect(a.statements.filter { a.speakers[$0.speaker].name == "Ciarán Moynihan" }.count == 2)
    // Another office's holder is not the housing minister.
    #expect(a.statements.filter { a.speakers[$0.speaker].name == "Farid Haddad" }.count == 1)
  }

  @Test("a body called by its noun before the text names it takes the name set after a later `the NOUN,`")
  func bodyNamedAfterwards() throws {
    let text = """
      When the regulator fined a messaging company last year, the company said it might leave the country.

      On Tuesday a tribunal upheld the penalty against the company, Chatterly, and the fine stands.

      Chatterly said it was studying the decision.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Chatterly"])
    #expect(a.speakers.first?.kind == .organization)
  }

  @Test("a name after a speaker noun's object is not the object's: the council is not its opposition leader")
  func nameAfterObjectOfSpeakerNoun() throws {
    let text = """
      The city council voted on Thursday to freeze rents. The council said the freeze would cost the city 11 million euros.

      The opposition leader on the council, Duarte Vasconcelos, argued that the freeze would leave no money for repairs.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    let leader = try #require(a.speakers.first { $0.name == "Duarte Vasconcelos" })
    #expect(leader.kind == .person)
    #expect(!leader.isCalled("The council"))
    #expect(a.speakers.count == 2)
  }

  @Test("a role of several words refers back only to a mention with those words")
  func otherOfficeIsAnotherPerson() throws {
    let text = "Ciarán Moynihan, the housing minister, said rents would fall. The foreign minister said the visit had gone well. The minister added that a second visit was planned."
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 3, "\(Support.describe(document, a))")
    #expect(a.speakers.count == 2)
    let foreign = try #require(a.speakers.firstIndex { $0.isCalled("The foreign minister") })
    #expect(a.speakers[foreign].name != "Ciarán Moynihan")
    #expect(a.statements.filter { $0.speaker == foreign }.count == 2)  // and `The minister` after it
  }

  @Test("a name given in apposition names the described speaker")
  func appositiveName() throws {
    let (document, a) = try Support.attribute("The head of the Chilean delegation, Rosa Pinto, told reporters the talks would go on.")
    #expect(a.statements.count == 1, "\(Support.describe(document, a))")
    #expect(a.speakers.first?.name == "Rosa Pinto")
    #expect(a.speakers.first?.isCalled("The head of the Chilean delegation") == true)
  }

  @Test("an organization and its bare head noun are one speaker")
  func organization() throws {
    let text = """
      The Foreign Ministry said the ambassador had been summoned.

      The ministry said later that a formal protest had been delivered.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.count == 1)
    #expect(a.speakers.first?.name == "Foreign Ministry")
    #expect(a.speakers.first?.kind == .organization)
    #expect(a.speakers.first?.isCalled("the ministry") == true)
  }

  @Test("a body's term of the form NOUN of … has its first noun as head: the bare noun later is the body", arguments: [
    ("The Ministry of Defence said the convoy had been delayed. The ministry added that it would publish the route.", "Ministry of Defence"),
    ("Peru's Ministry of Foreign Affairs said the ambassador had been recalled. The ministry added that talks would resume.", "Peru's Ministry of Foreign Affairs"),
  ])
  func headBeforeConnector(text: String, name: String) throws {
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.count == 1, "\(Support.describe(document, a))")
    #expect(a.speakers.first?.name == name)
    #expect(a.speakers.first?.isCalled("the ministry") == true)
  }

  @Test("the head read before `of` is the term's, not any later ministry's: two ministries stay two")
  func headBeforeConnectorKeepsBodiesApart() throws {
    let text = "The Ministry of Defence said the convoy had been delayed. The Foreign Ministry said the ambassador would return."
    let (document, a) = try Support.attribute(text)
    #expect(a.speakers.map(\.name) == ["Ministry of Defence", "Foreign Ministry"], "\(Support.describe(document, a))")
  }

  @Test("headBack: the words before the end that a speaker term's head stands, from the first name connector")
  func headBacks() throws {
    let engine = try TestSupport.engine()
    let lexicon = engine.matcher.entries
    let vocabulary = AttributionVocabulary(lexicon, grammar: engine.matcher.grammarWords)
    func back(_ term: String) -> UInt8? {
      lexicon.indices.first { lexicon[$0].term == term && !SpeakerCategories(lexicon[$0].category).isEmpty }.map { vocabulary.headBack[$0] }
    }
    #expect(back("ministry of foreign affairs") == 3)
    #expect(back("ministry of defence") == 2)
    #expect(back("chief of staff") == 2)
    #expect(back("foreign ministry") == 0)
    #expect(back("ministry") == 0)
  }

  @Test("an outlet named after its description is media")
  func media() throws {
    let (document, a) = try Support.attribute("The state news agency Ostra said the convoy had been stopped.")
    #expect(a.statements.count == 1, "\(Support.describe(document, a))")
    #expect(a.speakers.first?.name == "Ostra")
    #expect(a.speakers.first?.kind == .media)
  }

  struct PronounCase: Sendable, CustomTestStringConvertible {
    var text: String
    /// Fragment of the statement whose speaker is checked, and that speaker.
    var fragment: String
    var speaker: String
    var testDescription: String { text }
  }

  static let pronounCases: [PronounCase] = [
    // he/she: the most recent person, of that gender once known.
    PronounCase(text: "Marta Silva said the deal was close. Mr. Osei said it was not. She added that talks would go on.", fragment: "talks would go on", speaker: "Marta Silva"),
    PronounCase(text: "Marta Silva said the deal was close. Mr. Osei said it was not. He added that talks had stalled.", fragment: "talks had stalled", speaker: "Osei"),
    // A person introduced as the subject of an earlier sentence.
    PronounCase(text: "Jonas Weber, who leads the delegation, arrived late. “We are not in a hurry,” he said.", fragment: "not in a hurry", speaker: "Jonas Weber"),
    // it: an organization or outlet.
    PronounCase(text: "The Kremlin said the proposal was unacceptable. It added that talks could resume later.", fragment: "talks could resume", speaker: "Kremlin"),
    // they: a group, not a noun inside their own statement.
    PronounCase(text: "Economists said exports would fall, though they cautioned that the data were thin.", fragment: "the data were thin", speaker: "economists"),
    PronounCase(text: "Security analysts said the attack was planned. Such attacks can take months to prepare, they noted.", fragment: "take months", speaker: "security analysts"),
    // one: a member of the group just named.
    PronounCase(text: "Diplomats said the meeting was tense. One described the mood as “grim.”", fragment: "grim", speaker: "diplomats"),
    // A pronoun in the sentence after a quote still finds its speaker.
    PronounCase(text: "Lea Voss said the border would open. She spent the day, however, praising the “patient work of the mediators.”", fragment: "patient work", speaker: "Lea Voss"),
  ]

  @Test("pronouns resolve to the most recent compatible speaker", arguments: pronounCases)
  func pronouns(_ c: PronounCase) throws {
    let (document, a) = try Support.attribute(c.text)
    let speaker = try #require(Support.speaker(of: c.fragment, document, a), "no statement with '\(c.fragment)': \(Support.describe(document, a))")
    #expect(speaker.isCalled(c.speaker), "\(speaker.name) \(speaker.aliases), expected \(c.speaker)")
  }

  @Test("pronouns are never aliases, and no alias repeats the name")
  func aliasesClean() throws {
    let text = "Paula Grant said the vote would be close. She said it would come in June. Ms. Grant declined to say more."
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    let speaker = try #require(a.speakers.first)
    #expect(a.speakers.count == 1)
    for alias in speaker.aliases {
      #expect(!["she", "her", "he", "it", "they"].contains(alias.lowercased()))
      #expect(alias.lowercased() != speaker.name.lowercased())
    }
    // Every mention is recorded, the pronoun included.
    #expect(speaker.mentions.map { document.string($0) }.contains("She"))
  }

  @Test("different people with the same surname stay apart")
  func sameSurname() throws {
    let (document, a) = try Support.attribute("Anna Kovac said the plan was sound. Peter Kovac said it was too expensive.")
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Anna Kovac", "Peter Kovac"])
  }

  @Test("a group keeps the article's wording; kinds follow the lexicon")
  func kinds() throws {
    let text = """
      Officials in Quito said the road would reopen. The national oil company said output was stable. \
      Radio Tierra reported that the strike was over. A ship captain said the port was calm.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 4, "\(Support.describe(document, a))")
    let kinds = a.speakers.map(\.kind)
    #expect(kinds == [.group, .organization, .media, .person], "\(a.speakers.map { "\($0.name): \($0.kind)" })")
    #expect(a.speakers.first?.name.lowercased() == "officials in quito")
  }

  @Test("one capitalized word before plain nouns is no name: the description is the speaker")
  func nationalityBeforeNouns() throws {
    let text = """
      Aid deliveries resumed on Monday, a British charity said. “The trucks are moving,” the charity said. \
      A Turkish patrol boat captain said the sea was rough. Doctors Without Borders said the clinic was full.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 4, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["British charity", "Turkish patrol boat captain", "Doctors Without Borders"], "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.kind) == [.organization, .person, .organization])
  }

  @Test("a surname alone takes the full name seen earlier outside any mention")
  func surnameFromAnObject() throws {
    let (document, a) = try Support.attribute("Lena Varga met Tomas Ek in Geneva on Monday. Ek said the meeting had been short.")
    #expect(a.statements.count == 1, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Tomas Ek"])
    #expect(a.speakers.first?.kind == .person)
  }

  @Test("in a long text the surname still takes the full name seen thousands of words before (the resolver's indexes)")
  func surnameFromFarBack() throws {
    // About 5,400 tokens of narration between the name and the surname:
    // past `fullNameIndexFrom`, inside `reach`.
    let filler = String(repeating: "The river was calm and the weather stayed mild all week. ", count: 450)
    let text = "Lena Varga met Tomas Ek in Geneva, where Park Ji-hoon has lived for years. \(filler)Ek said the meeting had been short. Park said the city was quiet."
    let (document, a) = try Support.attribute(text)
    #expect(document.tokens.count > 5_000)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Tomas Ek", "Park Ji-hoon"])
  }

  @Test("a surname alone takes the full name seen earlier, without its title")
  func surnameFromATitledObject() throws {
    let (document, a) = try Support.attribute("President Ilse Brandt of Norland met the envoy on Monday. Later, Brandt said the meeting had been short.")
    #expect(a.statements.count == 1, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Ilse Brandt"])
  }

  @Test("a titled person's name ends before `of`; an organization's does not")
  func countryAfterAName() throws {
    let text = """
      Foreign Minister Lena Markovic of Serbia said she was ready to sign.

      Rear Adm. John Keller said the navy would escort the convoys.

      The Bank of Norland said rates would stay on hold.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 3, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Lena Markovic", "John Keller", "Bank of Norland"])
  }

  @Test("a name's verb in -ed ends the antecedent a pronoun takes")
  func antecedentEndsAtTheVerb() throws {
    let (document, a) = try Support.attribute("Secretary of State Marco Ruiz arrived in Riyadh on Monday.\n\nHe said the talks would focus on a ceasefire.")
    #expect(a.statements.count == 1, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Marco Ruiz"])
    #expect(a.speakers.first?.aliases.contains { $0.contains("arrived") } == false, "\(a.speakers.first?.aliases ?? [])")
  }

  @Test("a definite role takes the earlier mention that ends in the same words")
  func roleWithoutItsOwner() throws {
    let (document, a) = try Support.attribute("Kaja Lindqvist, the bloc’s foreign policy chief, said the bloc would help. The foreign policy chief added that new sanctions were being drafted.")
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Kaja Lindqvist"])
  }

  @Test("an office heads a mention without a name, and a later bare office is the latest one")
  func officeAsRole() throws {
    let (document, a) = try Support.attribute("Russia’s foreign minister said the plan was dead. Ukraine’s defense minister said the front was stable. The minister added that more shells were needed.")
    #expect(a.statements.count == 3, "\(Support.describe(document, a))")
    let speakers = a.statements.map { a.speakers[$0.speaker].name }
    #expect(speakers == ["Russia’s foreign minister", "Ukraine’s defense minister", "Ukraine’s defense minister"])
  }

  @Test("`the group` refers back to the latest named organization, unless it has a mention of its own")
  func groupRefersBack() throws {
    let (document, a) = try Support.attribute("Hamas said in a statement that the proposal was acceptable. The group added that it wanted guarantees.")
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Hamas"])
    let (document2, b) = try Support.attribute("A group of farmers said prices were too low. Hamas said the talks had failed. The group added that they would protest.")
    #expect(b.statements.count == 3, "\(Support.describe(document2, b))")
    #expect(b.statements.map { b.speakers[$0.speaker].name } == ["group of farmers", "Hamas", "group of farmers"])
  }

  @Test("a lower-case word ends a name; name particles do not")
  func particlesAndVerbs() throws {
    let (document, a) = try Support.attribute("Maria da Silva met Omar bin Saleh in Doha. Bin Saleh said the talks were useful. Da Silva said a deal was close.")
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    // Particles open a sentence's subject (`Bin Saleh said`); `met` is no
    // particle, so no name runs across it. `Da Silva` ends the subject's
    // full name and takes it.
    #expect(a.speakers.map(\.name) == ["Bin Saleh", "Maria da Silva"])
  }

  @Test("`do` between capitals is a Portuguese name's particle; elsewhere it stays the auxiliary")
  func portugueseDo() throws {
    let (document, a) = try Support.attribute(
      "The daily Gazeta do Vale reported that the mayor would resign. Banco do Interior said its branches would stay open. Lucia do Amaral Reis said the vote was fair.")
    #expect(a.statements.count == 3, "\(Support.describe(document, a))")
    #expect(a.statements.map { a.speakers[$0.speaker].name } == ["Gazeta do Vale", "Banco do Interior", "Lucia do Amaral Reis"])
    // A question word before it, or a lower-case word after it: the verb.
    let (document2, b) = try Support.attribute("How do Brazilians vote? Voters do not know, Paulo Mendes said.")
    #expect(b.statements.map { b.speakers[$0.speaker].name } == ["Paulo Mendes"], "\(Support.describe(document2, b))")
  }

  @Test("a comma after the verb introduces a quote")
  func commaBeforeQuote() throws {
    let text = """
      Karim Nasser, the spokesman, said the team was tired.

      Mr. Nasser said, “We will be back on Monday.”
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Karim Nasser"])
    #expect(a.statements.last.map { document.string($0.content) } == "We will be back on Monday")
  }

  /// A text and the names of its statements' speakers, in text order.
  struct NameCase: Sendable, CustomTestStringConvertible {
    var text: String
    var names: [String]
    var testDescription: String { text }
    init(_ text: String, _ names: [String]) {
      self.text = text
      self.names = names
    }
  }

  static let nameCases: [NameCase] = [
    // A name that ends a description after lower-case words and phrase
    // adjectives is the person's name.
    NameCase(
      "The party’s former leader Tomas Vidal said he would vote against the bill.\n\nPeru’s former federation chief Hernán Quispe Loayza said the vote was rigged. He said he would appeal.",
      ["Tomas Vidal", "Hernán Quispe Loayza", "Hernán Quispe Loayza"]),
    // A reporting verb in -ed with `that` after a short phrase is the
    // verb, so its subject is the role the appositive later names.
    NameCase(
      "The carmaker’s chief financial officer acknowledged on Thursday that the company would miss its target.\n\nThe finance chief, Katharina Oberländer, told analysts that battery costs had cut margins.",
      ["Katharina Oberländer", "Katharina Oberländer"]),
    // A body's name read from the text keeps capitalized adjectives and
    // runs on over `of`.
    NameCase(
      "Importers queued outside the Central Bank of Nigeria’s office in Lagos. The bank said it would sell dollars.\n\nThe case went to the state’s Independent Police Review Board. The board said it would interview the officers.",
      ["Central Bank of Nigeria", "Independent Police Review Board"]),
    // A body's kind noun refers back to the name after it (`of` too, for
    // a body's noun); a title of local office is dropped from the name.
    NameCase(
      "A ransomware attack has shut down the computer systems of the Finnish city of Kuusijärvi, the city said.\n\nThe Tropenhuis Museum will return 31 ornaments to Ghana, the museum said. Councillor Doug Fennimore said the plan was late.",
      ["Kuusijärvi", "Tropenhuis Museum", "Doug Fennimore"]),
    // A two-word name the text gives after a body's noun is that body's.
    NameCase(
      "The agency opened an inquiry into ticket sales for concerts by the rock band Harbour Lights.\n\nThe ticket seller, TixNow, said the system had been disclosed. Harbour Lights wrote that the band had not been told. “We are as angry as you are,” the band said.",
      ["TixNow", "Harbour Lights", "Harbour Lights"]),
    // A name between lower-case modifiers and an outlet's noun names the
    // outlet; a nationality does not.
    NameCase(
      "Turkey’s state-run Anadolu news agency reported that officials would meet. The agency said talks would focus on boundaries.\n\nThe official Xinhua news agency said sales would rise. Iranian state media said the talks had failed.",
      ["Anadolu", "Anadolu", "Xinhua", "Iranian state media"]),
    // A body's name holds `and`, and its noun refers back to all of it.
    NameCase(
      "The Competition and Markets Authority said the deal could harm advertisers. The companies have until March 3 to offer remedies, the authority said.",
      ["Competition and Markets Authority", "Competition and Markets Authority"]),
    // An official name holds a list after a comma (`of A, B and C`), as
    // subject, after `according to`, and in the text a noun refers to.
    NameCase(
      "In a statement, the Ministry of Agriculture, Forestry and Fisheries said the harvest fell.\n\nExports rose, according to the Ministry of Economy, Trade and Industry.",
      ["Ministry of Agriculture, Forestry and Fisheries", "Ministry of Economy, Trade and Industry"]),
    // A body's first words name it by the fuller name the text gave after
    // a body's noun; `the company` after `the mining company X` is X.
    NameCase(
      "Families sued the mining company Serra Dourada Mineração over the dam.\n\nSerra Dourada said in a statement that it would appeal. The company said it had paid aid.",
      ["Serra Dourada Mineração", "Serra Dourada Mineração"]),
    // A body described first and named later by its noun in apposition is
    // one speaker, even when the name alone would read as a person's.
    NameCase(
      "A rating agency warned that debt would rise.\n\nThe agency, Meridian Ratings, said debt would reach 140 percent.",
      ["Meridian Ratings", "Meridian Ratings"]),
    // `after`, `before`, `since` open a clause: the subject starts after them.
    NameCase(
      "Shares in the German machine maker Haldenwerk fell 8 percent after the company said it would leave Russia.",
      ["Haldenwerk"]),
    // A body's name runs on over `of the` when it holds a body's noun; a
    // quoted title ends a modifier of the subject.
    NameCase(
      "The Office of the Plenipotentiary of the Government for Roma Communities said the form came late.\n\nA report by the Bank of Italy, titled “Lessons from Montello” and published in March, said savers lost money. A report by the Centre for Retail Studies, titled “The Empty High Street,” said one in seven shops stood empty.",
      ["Office of the Plenipotentiary of the Government for Roma Communities", "Bank of Italy", "Centre for Retail Studies"]),
    // A title names an office: `Father` is a priest, `Justice` a judge.
    NameCase(
      "Its director, Father Xosé Outeiriño, said fewer pilgrims were religious.\n\nJustice Wanjiru Kamau ruled that the board had failed. The priest said a counter would open. The judge said the law was clear.",
      ["Xosé Outeiriño", "Wanjiru Kamau", "Xosé Outeiriño", "Wanjiru Kamau"]),
    // Religious forms of address are titles, and `Ven.` ends no sentence.
    NameCase(
      "The monastery’s chief monk, the Ven. Medagama Sumanasara, told the newspaper Vanni Times that the records were old. Fr. Tomás Iriarte said the parish agreed.",
      ["Medagama Sumanasara", "Tomás Iriarte"]),
    // `the company` takes a body whose name alone read as a person's.
    NameCase(
      "Nordvik Shipping said on Monday that it had suspended voyages. The company said its ships would sail around the Cape.",
      ["Nordvik Shipping", "Nordvik Shipping"]),
    // A listed adverb, capitalized inside the sentence, is a name's word;
    // at the sentence's start it is still the adverb.
    NameCase(
      "Farmers First said the subsidy had come too late. Also, the Grain Council said the harvest was poor.",
      ["Farmers First", "Grain Council"]),
    // `the company` takes the name the text gave after a noun for a kind
    // of company (`marketplace`, `platform`).
    NameCase(
      "The regulator fined the app marketplace Korvio 900 million euros on Wednesday for blocking developers.\n\nThe company said it would appeal.",
      ["Korvio"]),
    // `it` takes a body whose long name alone read as a person's.
    NameCase(
      "Veterans Affairs Canada said in a statement that it had hired 400 staff. It said the backlog had fallen.",
      ["Veterans Affairs Canada", "Veterans Affairs Canada"]),
    // So does a two-word one that spoke in the sentence just before,
    // ahead of a body named further back; two sentences back, the body
    // named before stays `it`.
    NameCase(
      "The Danish Maritime Authority fined Kattegat Ferries on Monday. Kattegat Ferries said it would study the ruling. In a statement, it argued that the timetables were public.\n\nThe Danish Maritime Authority said the fine was final. Jonas Lindqvist said the ferries were late. The crews were tired. It added that inspections would continue.",
      ["Kattegat Ferries", "Kattegat Ferries", "Danish Maritime Authority", "Jonas Lindqvist", "Danish Maritime Authority"]),
    // `and` inside the complement of a role after `of` or `for` keeps the
    // phrase whole, after a quote too.
    NameCase(
      "“We are closing the gaps,” the minister of industry and trade told reporters.\n\n“It will take years,” the under secretary of commerce for industry and security, Rebecca Thornquist, told reporters.",
      ["minister of industry and trade", "Rebecca Thornquist"]),
    // A body's abbreviation by its initials, and its name by its last
    // words, are the body.
    NameCase(
      "The Rapid Support Forces said the road was open. The R.S.F. said convoys could pass.\n\nThe European Commission said the pipeline was needed. The Commission said talks would resume.",
      ["Rapid Support Forces", "Rapid Support Forces", "European Commission", "European Commission"]),
    // A phrase of time before the subject is not in the name.
    NameCase(
      "The Kremlin said strikes would stop, but hours later the Ukrainian air force said drones had hit a plant.",
      ["Kremlin", "Ukrainian air force"]),
    // So is a phrase of time of a day, week, month or year, opening the
    // sentence or after the subject.
    NameCase(
      "Last week the ministry said talks would resume. Earlier this year the company said profits had risen.\n\nOfficials last week said the plan was dead. On Monday the central bank said rates would hold.",
      ["ministry", "company", "officials", "central bank"]),
    // `the statement` is the body that issued it, named after it in its
    // sentence.
    NameCase(
      "In a statement read on state television, the Intelligence Ministry said the suspects had confessed. “The network was under our eyes,” the statement said.",
      ["Intelligence Ministry", "Intelligence Ministry"]),
    // An acronym takes the name it stands for from text where no one
    // spoke; a title with no name after it ends a body's name after `of`.
    NameCase(
      "The committee met at the World Health Organization’s headquarters in Geneva. The W.H.O. said in a statement that it would meet again.\n\nThe case went to the International Court of Justice in March. The court said it would rule within weeks.",
      ["World Health Organization", "International Court of Justice"]),
    // A dateline of a city in capitals, a country and an agency does not
    // hide the body that opens the sentence after it.
    NameCase(
      "KINSHASA, Congo (AP) — The Africa Centres for Disease Control declared an emergency on Tuesday. Cases have tripled since January, the agency said.",
      ["Africa Centres for Disease Control"]),
    // A person named where no one spoke, then `she`, then the surname:
    // one speaker with the full name.
    NameCase(
      "Among them was Elvira Castañeda Ruiz, 81, a retired schoolteacher. “I taught their children,” she said.\n\nMs. Castañeda Ruiz said she would be back on Wednesday.",
      ["Elvira Castañeda Ruiz", "Elvira Castañeda Ruiz"]),
    // A full name after a word that opens the sentence (`Then`) is still
    // the full name of the surname said later.
    NameCase(
      "Then Oksana Melnychuk-Hrytsenko lowered her saber.\n\nMs. Melnychuk-Hrytsenko, 26, said she would not shake hands.",
      ["Oksana Melnychuk-Hrytsenko"]),
    // An outlet named by its first word, or a body by its first two,
    // takes the full name the text gave it before its noun.
    NameCase(
      "The finance minister told the state-run Anadolu Agency that there was no plan. Anadolu later reported that banks had sold about $5 billion.\n\nShares of Kestrel Mining Group fell. Kestrel Mining said its mines were open.",
      ["finance minister", "Anadolu Agency", "Kestrel Mining Group"]),
    // So is it after a preposition that opens the sentence.
    NameCase(
      "For Sana Iftikhar, a lawyer who lost her seat by 4,000 votes, the tribunal is the last resort. “I have 212 forms,” Ms. Iftikhar said.",
      ["Sana Iftikhar"]),
    // A kind noun that refers back takes a name the text gave before an
    // appositive with a noun of that kind, or after `start-up`; `the news
    // agency` refers back to the agency that reported.
    NameCase(
      "Files were stolen from Tarvik Telecom, Estonia’s second-largest mobile carrier, on Monday. The company said the breach went unnoticed for weeks.",
      ["Tarvik Telecom"]),
    // A body's first word names it by the fuller name set off before an
    // appositive of its kind.
    NameCase(
      "Routers made by Tolvane Systems, a Finnish manufacturer, remained unpatched. Tolvane said in a post on X that it had released a fix.",
      ["Tolvane Systems"]),
    NameCase(
      "The probe, built by the start-up Halden Orbital, failed in orbit. The company said in a statement that a valve had stuck.",
      ["Halden Orbital"]),
    NameCase(
      "Xinhua reported that the data had been traced to a contractor. The news agency said the files included payrolls.",
      ["Xinhua", "Xinhua"]),
    // Not a spokesman for the company: the appositive's noun must be its
    // head, with no preposition before it.
    NameCase(
      "Piotr Zelensky, a spokesman for the company, said the plant was safe. The company said later that it would reopen.",
      ["Piotr Zelensky", "company"]),
    // A verb in -ed before an infinitive ends the subject a pronoun refers
    // to (`declined to comment`), and a place after the body that made a
    // document is not part of its name.
    NameCase(
      "Shares of Orlen Vask fell. The company declined to comment on the payment. In a statement on Friday, it said the incident had been contained.",
      ["company"]),
    // A title right before a body's noun is part of the body's name; before
    // a person's name it is a title.
    NameCase(
      "The Justice Department said two men were indicted. According to the indictment filed by the department in federal court in Newark, the men moved the money through Dubai.\n\nJustice Ruth Okafor said the appeal had failed. The General Assembly said the vote would be held on Friday.",
      ["Justice Department", "Justice Department", "Ruth Okafor", "General Assembly"]),
    NameCase(
      "The Interior Ministry charged two men on Tuesday. According to the indictment filed by the ministry in a district court in Riga, the men moved the money through Dubai.",
      ["Interior Ministry"]),
    // A name after an appositive that ends in a body's noun names that
    // body, not the person; a body's noun after a person's role of a body
    // describes the body, so the role stays a person's and `he` is hers.
    NameCase(
      "Marta Kruk, the chief executive of the company, Baltyk Atom Energia, said in an interview that the schedule had slack.\n\nMs. Kruk conceded that costs had risen.",
      ["Marta Kruk", "Marta Kruk"]),
    NameCase(
      "The head of the Federal Network Agency, the regulator that oversees the grid, said costs had reached €4 billion. “Every euro we spend on redispatch is a euro we did not spend on cables,” he said.",
      ["head of the Federal Network Agency", "head of the Federal Network Agency"]),
    // Not a name after a role of a body: that is the person's.
    NameCase(
      "A spokeswoman for the ministry, Zhou Yanping, said the tariffs were unfair.",
      ["Zhou Yanping"]),
    // A kind noun that refers back skips a body the text has called by
    // another such noun.
    NameCase(
      "A drug maker is recalling 600,000 bottles, the Food and Drug Administration said on Friday. The company, Arlington Generics, said the lots had been shipped in March. The agency said patients should not stop taking the pills.",
      ["Food and Drug Administration", "Arlington Generics", "Food and Drug Administration"]),
    // A place after `of` and a name with no body's noun is where the body
    // is; a body's noun or a plural keeps the name whole.
    NameCase(
      "The operator of one of the ships, Meridian Orient Shipping of Hong Kong, said it was cooperating. The Maritime and Port Authority of Singapore said the spill was contained. The National Jury of Elections said it had rejected all 140 requests.",
      ["Meridian Orient Shipping", "Maritime and Port Authority of Singapore", "National Jury of Elections"]),
    // A descriptive word in lower case before a name with `of` in it is
    // no part of the name.
    NameCase(
      "The state-run Associated Press of Pakistan reported that power had been restored.",
      ["Associated Press of Pakistan"]),
    // A kind noun that refers back, with no body before it, takes the name
    // of no body's noun that opens its sentence or the one before; one
    // word alone only when it is set off or has a capital inside, so
    // `Sales` is no company; nor is a person already named.
    NameCase(
      "Tarvana Mills, which employs 900 people in the valley, will close its paper plant in May, the company said on Friday.",
      ["Tarvana Mills"]),
    NameCase(
      "OSLO — Brekke Foods has asked its lenders for more time, according to two bankers. The company said in a statement that talks were constructive.",
      ["bankers", "Brekke Foods"]),
    NameCase(
      "Sales fell 4 percent in the third quarter, the company said.\n\nLarsen told the board the plant would stay open. The company said it would add a shift.",
      ["company", "Larsen", "company"]),
    // A name of three words before a body's noun, said later without it,
    // is the body.
    NameCase(
      "The regulator sued Kestrel Bay Mutual Bank on Tuesday. Kestrel Bay Mutual said it would repay the fees.",
      ["Kestrel Bay Mutual Bank"]),
    // Clergy in the plural are a group with a place before them, not a
    // name of their capitalized words.
    NameCase(
      "Chile’s Roman Catholic bishops said the bill would hurt the poorest families.",
      ["Chile’s Roman Catholic bishops"]),
  ]

  @Test("each statement's speaker has the name the text gives, read from descriptions, appositives and earlier text", arguments: nameCases)
  func namesFromText(_ c: NameCase) throws {
    let (document, a) = try Support.attribute(c.text)
    #expect(a.statements.map { a.speakers[$0.speaker].name } == c.names, "\(Support.describe(document, a))")
  }

  @Test("a name that `who` follows stays a person's when a body's appositive closes the relative clause")
  func whoKeepsAPerson() throws {
    let (document, a) = try Support.attribute(
      "A senior diplomat said the embassies had urged calm.\n\nTemitope Okonkwo-Adebayo, who heads the Lagos Monitoring Network, a coalition of civic groups, said her observers had found no fraud. They had seen long delays in two districts, she added.")
    #expect(a.statements.count == 3, "\(Support.describe(document, a))")
    let speaker = a.speakers.first { $0.name == "Temitope Okonkwo-Adebayo" }
    #expect(speaker?.kind == .person)
    #expect(a.statements.suffix(2).map { a.speakers[$0.speaker].name } == ["Temitope Okonkwo-Adebayo", "Temitope Okonkwo-Adebayo"])
  }

  @Test("a name that begins a body's longer name given before an appositive, over `of`, takes the longer name")
  func nameExtendedOverOf() throws {
    let (document, a) = try Support.attribute(
      "Shares rose after Banco Popular of Tarvana, a regional lender, cut its rates on Monday. Banco Popular said the cut would help exporters.")
    #expect(a.statements.count == 1, "\(Support.describe(document, a))")
    #expect(a.speakers.first?.name == "Banco Popular of Tarvana")
    #expect(a.speakers.first?.kind == .organization)
  }

  @Test("an outlet the lexicon knows by its first word is the outlet already speaking under its full name")
  func outletByFirstWord() throws {
    let (document, a) = try Support.attribute(
      "Talks on the border would resume in May, the official Xinhua News Agency reported. Xinhua said both sides had agreed on a map.")
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.count == 1)
    #expect(a.speakers.first?.name == "Xinhua News Agency")
    #expect(a.speakers.first?.kind == .media)
  }

  @Test("an abbreviation whose initials stop before `of` and a place, or that the text set after a name, is the body already speaking, not a second one")
  func initialsBeforePlace() throws {
    let (document, a) = try Support.attribute(
      "The harbour was closed, the Coastal and Marine Authority of Belize said. The CMA said on Sunday that the leak had been contained.")
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.count == 1)
    #expect(a.speakers.first?.name == "Coastal and Marine Authority of Belize")
    #expect(a.speakers.first?.isCalled("CMA") == true)
    // So is an acronym the text set after the body's name, whatever its
    // letters.
    let (document2, b) = try Support.attribute(
      "The river would stay closed, the Inland Navigation Board, known as the RVB, said on Monday. The RVB said dredging would start in May.")
    #expect(b.statements.count == 2, "\(Support.describe(document2, b))")
    #expect(b.speakers.count == 1)
    #expect(b.speakers.first?.name == "Inland Navigation Board")
  }

  @Test("a description is also known by its words before a place or a participle, and a phrase of time is no alias")
  func descriptionAliases() throws {
    let (d1, a) = try Support.attribute("Diplomats in Algiers said they expected a low turnout. A senior official involved in the talks said the vote was calm. The head of the mission said the count was slow.")
    #expect(a.speakers.map(\.name) == ["diplomats in Algiers", "senior official involved in the talks", "head of the mission"], "\(Support.describe(d1, a))")
    #expect(a.speakers[0].aliases.contains { $0.lowercased() == "diplomats" })
    #expect(a.speakers[1].aliases.contains { $0.lowercased() == "senior official" })
    // `of` is no place: `head` alone names no one.
    #expect(!a.speakers[2].aliases.contains { $0.lowercased() == "head" })
    let (_, b) = try Support.attribute("But hours later the Ukrainian air force said drones had hit a plant.")
    #expect(b.speakers.first?.aliases.allSatisfy { !$0.contains("hours") } == true, "\(b.speakers.first?.aliases ?? [])")
    // A surname with a particle ends its phrase as a capital does: the
    // verb in -ed after it is no participle (`declined to` is not
    // `briefed on`).
    let (d3, c) = try Support.attribute("Khalid al-Mansouri, a spokesman for the ministry, said talks would resume. Mr. al-Mansouri declined to give a date. He said both sides were serious.")
    #expect(c.speakers.count == 1, "\(Support.describe(d3, c))")
    #expect(c.speakers.first?.aliases.contains("Mr. al-Mansouri") == true, "\(c.speakers.first?.aliases ?? [])")
    #expect(c.speakers.first?.aliases.allSatisfy { !$0.contains("declined") } == true, "\(c.speakers.first?.aliases ?? [])")
  }

  @Test("the names read from text keep their kinds, and their rules stop where they should")
  func namesFromTextLimits() throws {
    let (_, people) = try Support.attribute(Self.nameCases[0].text)
    #expect(people.speakers.allSatisfy { $0.kind == .person })
    let (_, cfo) = try Support.attribute(Self.nameCases[1].text)
    #expect(cfo.speakers.first?.aliases.contains { $0.contains("acknowledged") } == false)
    let (_, band) = try Support.attribute(Self.nameCases[4].text)
    #expect(band.speakers.first { $0.name == "Harbour Lights" }?.kind == .organization)
    let (_, outlets) = try Support.attribute(Self.nameCases[5].text)
    #expect(outlets.speakers.allSatisfy { $0.kind == .media })
    // A description with a preposition is no such name.
    let (document1, spokesman) = try Support.attribute("A spokesman for the opposition National Unity Government said the vote was a sham.")
    #expect(spokesman.statements.count == 1, "\(Support.describe(document1, spokesman))")
    #expect(spokesman.speakers.first?.name != "National Unity Government")
    // `of` names only a body's noun: the president of Brazil is no Brazil.
    let (document2, president) = try Support.attribute("Talks with the president of Brazil ended. The president said the deal was close.")
    #expect(president.statements.count == 1, "\(Support.describe(document2, president))")
    #expect(president.speakers.first?.name != "Brazil")
    // A body's name keeps its owner as an alias; a person's does not.
    let (_, court) = try Support.attribute("Sri Lanka’s Court of Appeal on Wednesday ordered a halt. The court ruled that neither side could build.")
    #expect(court.speakers.first?.isCalled("Sri Lanka’s Court of Appeal") == true)
    // An outlet's noun does not lend its name: `China` is not `China Daily`.
    let (document4, outlet) = try Support.attribute("The newspaper China Daily reported on the talks. China said the talks were useful.")
    #expect(outlet.speakers.contains { $0.name == "China" }, "\(Support.describe(document4, outlet))")
    // `it` does not take a person whose name has a given name or a role.
    let (document5, person) = try Support.attribute("Ruth Achterberg, a scientist at a Dutch university, said the data were clear. It insisted the plan would fail.")
    #expect(person.speakers.allSatisfy { $0.kind == .person }, "\(Support.describe(document5, person))")
    // `the company` is not a person with a title.
    let (document6, titled) = try Support.attribute("Dr. Lena Varga said the trial was over. The company said it would appeal.")
    #expect(titled.speakers.contains { $0.name == "Lena Varga" && $0.kind == .person }, "\(Support.describe(document6, titled))")
    #expect(titled.speakers.count == 2)
    // Two people's names joined by `and` are still each a name.
    let (document3, pair) = try Support.attribute("Farida Noorzai and Kamran Durrani met in Kabul. Durrani said the talks were useful.")
    #expect(pair.statements.count == 1, "\(Support.describe(document3, pair))")
    #expect(pair.speakers.first?.name == "Kamran Durrani")
  }

  @Test("an age joined to its number before a name is no part of it, and says a person is meant")
  func anAgeBeforeAName() throws {
    let text = """
      The 81-year-old Hertha Gruber-Steindl said the village had been forgotten.

      Gruber-Steindl added that the road had not been repaired.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Hertha Gruber-Steindl"])
    #expect(a.speakers.first?.kind == .person)
    // A measure before a body's name keeps the body.
    let (document1, b) = try Support.attribute("The 20-member Ministerial Committee said the talks would resume.")
    #expect(b.speakers.map(\.name) == ["Ministerial Committee"], "\(Support.describe(document1, b))")
    #expect(b.speakers.first?.kind == .organization)
  }

  @Test("a person's name ends before `of` and where the person works; a body's name keeps its `of`")
  func personNameBeforeOf() throws {
    let (document, a) = try Support.attribute("Judge Marta Ilves-Rand of the Harju County Court wrote that the permit was unlawful.")
    #expect(a.statements.count == 1, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Marta Ilves-Rand"])
    #expect(a.speakers.first?.kind == .person)
    let (document1, b) = try Support.attribute("Tomas Berglund of Nordvik Capital said the yen would keep falling.")
    #expect(b.speakers.map(\.name) == ["Tomas Berglund"], "\(Support.describe(document1, b))")
    let (document3, d) = try Support.attribute("Ines Wald for the Harbour Workers Union said the strike would go on.")
    #expect(d.speakers.map(\.name) == ["Ines Wald"], "\(Support.describe(document3, d))")
    // No given name first: a body's name, which runs on over `of`.
    let (document2, c) = try Support.attribute("The Federation of Kelso Growers said prices would fall.")
    #expect(c.speakers.map(\.name) == ["Federation of Kelso Growers"], "\(Support.describe(document2, c))")
  }

  @Test("a bare full name right after a role quoted with no name is that role's holder; one with its own description is not")
  func bareNameAfterUnnamedRole() throws {
    let text = """
      The chief of the ceasefire monitors, a former Danish colonel, said no shots had been fired since Sunday. \
      “The line is quiet for now,” Henrik Aagaard-Lund told reporters.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Henrik Aagaard-Lund"])
    #expect(a.speakers.first?.isCalled("the chief of the ceasefire monitors") == true)
    // A name with a description of its own is a new voice.
    let (document1, b) = try Support.attribute("The minister said the talks would resume. “We are close,” said Ana Varela, an economist at a bank in Lima.")
    #expect(b.speakers.count == 2, "\(Support.describe(document1, b))")
    // So is one in the next paragraph.
    let (document2, c) = try Support.attribute("The minister said the talks would resume.\n\n“We are close,” Ana Varela said.")
    #expect(c.speakers.count == 2, "\(Support.describe(document2, c))")
    // And a woman's name does not take a role that a man's pronoun took.
    let (document3, d) = try Support.attribute("The envoy said the border would reopen. He added that talks would resume. “We are close,” Ana Varela said.")
    #expect(d.speakers.count == 2, "\(Support.describe(document3, d))")
  }

  @Test("`the report` a source spoke in is that source's, not a body named in what it said")
  func reportOfTheSourceItWasSaidIn() throws {
    let text = """
      The deficit will be wider than the government forecast, the budget officer, Lena Holm, said in a report on Monday. \
      Pension spending accounts for most of the gap, the report said.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Lena Holm"])
    #expect(a.speakers.first?.isCalled("the report") == true)
    // A thing in what was said is still read back to who made it.
    let (document1, b) = try Support.attribute("The tribunal said on Monday that it had issued a warrant for the general. He faces four charges, according to the warrant.")
    #expect(b.speakers.count == 1, "\(Support.describe(document1, b))")
    #expect(b.speakers.first?.name == "tribunal")
  }

  @Test("bodies of one name with different owners are two speakers, named with their owners")
  func bodiesToldApartByTheirOwners() throws {
    let text = """
      Armenia’s Ministry of Defence said Azerbaijani units had fired at its positions. \
      Azerbaijan’s Ministry of Defence said its soldiers had not returned fire.

      Armenia’s Ministry of Defence later said a house had been hit.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 3, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Armenia’s Ministry of Defence", "Azerbaijan’s Ministry of Defence"])
    #expect(a.statements.map(\.speaker) == [0, 1, 0])
    // With one owner, the name keeps it too, the plain name an alias, so
    // that two articles' ministries stay two speakers in a corpus's table.
    let (document1, b) = try Support.attribute("Kenya’s Ministry of Health said the clinic was open. The Ministry of Health said later that it had closed.")
    #expect(b.speakers.map(\.name) == ["Kenya’s Ministry of Health"], "\(Support.describe(document1, b))")
    #expect(b.speakers.first?.isCalled("Ministry of Health") == true)
    #expect(b.statements.map(\.speaker) == [0, 0])
    // A person's name takes no owner.
    let (document2, c) = try Support.attribute("Kenya’s Amina Odhiambo said the clinic was open.")
    #expect(c.speakers.map(\.name) == ["Amina Odhiambo"], "\(Support.describe(document2, c))")
  }

  @Test("a title whose complement runs into a name names the person, not the title")
  func nameAfterATitlesComplement() throws {
    let text = """
      Minister for Foreign Affairs Penny Wong said the talks were useful.

      Deputy Minister for Energy Hiroki Tanaka said the plant would close. \
      Vice Finance Minister for International Affairs Hiroki Ishiwata said the yen had fallen too far. \
      Mr. Ishiwata would not say more.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 3, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Penny Wong", "Hiroki Tanaka", "Hiroki Ishiwata"])
    #expect(a.speakers.last?.isCalled("Mr. Ishiwata") == true)
    // A title with a complement and no name after it stays the title.
    let (document1, b) = try Support.attribute("The Minister for the Environment said the plan would work.")
    #expect(b.speakers.map(\.name) == ["Minister for the Environment"], "\(Support.describe(document1, b))")
  }

  @Test("a one-word name takes no fuller name that a determiner opens (a place), but does take a person's")
  func noFullNameAfterADeterminer() throws {
    let (document, a) = try Support.attribute("The reef lies in the South China Sea. China said the reef was Chinese.")
    #expect(a.speakers.map(\.name) == ["China"], "\(Support.describe(document, a))")
    let (document1, b) = try Support.attribute("The appeal was filed by Rafael Montemayor.\n\nMontemayor said the reef was Chinese.")
    #expect(b.speakers.map(\.name) == ["Rafael Montemayor"], "\(Support.describe(document1, b))")
  }

  @Test("a statement's speaker is no phrase that runs over a verb or into a pronoun")
  func subjectsThatEndInAPronounOrFollowAThing() throws {
    let text = """
      Ms. Khumalo spoke last. In her closing remarks she said the conference had found common ground.

      The two delegations issued a joint statement saying they would meet again in May.

      Ms. Qasimo set out her terms, a condition she described as “the minimum guarantee.”
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 3, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Khumalo", "delegations", "Qasimo"], "\(Support.describe(document, a))")
  }

  @Test("a name that only says whose an outlet is neither names it nor is an alias")
  func ownerOfAnOutletIsNoName() throws {
    let text = """
      Granma, the Communist Party newspaper, said the offer was selective.

      The Communist Party newspaper, Granma, said the talks would go on.

      Pravda, the Kremlin daily, said the visit was a success.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 3, "\(Support.describe(document, a))")
    #expect(a.speakers.map(\.name) == ["Granma", "Pravda"], "\(Support.describe(document, a))")
    #expect(!a.speakers.contains { $0.aliases.contains("Communist Party") || $0.aliases.contains("Kremlin") }, "\(Support.describe(document, a))")
  }

  @Test("a plural pronoun as a source is the group that spoke in the sentence before, not a plural inside what it said")
  func pluralPronounTakesThePreviousSpeaker() throws {
    let text = """
      Officials close to the mediation said the map had been withdrawn, after a first version was rejected by both delegations within a day. They said a new map could be ready by June.
      """
    let (document, a) = try Support.attribute(text)
    #expect(a.statements.count == 2, "\(Support.describe(document, a))")
    #expect(a.statements.map { a.speakers[$0.speaker].name } == ["officials close to the mediation", "officials close to the mediation"], "\(Support.describe(document, a))")
  }
}
