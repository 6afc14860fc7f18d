import Testing

@testable import Parley

/// A table of attribution cases: the expected statement spans are marked
/// inline with `⟦…⟧`, and each span's speaker is given by a name or alias.
/// Every text here was written for these tests.
@Suite("Attribution: statements and their speakers")
struct AttributionCaseTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var marked: String
    /// A name or alias of the speaker of each marked span, in text order.
    var speakers: [String]
    var testDescription: String { marked }

    init(_ marked: String, _ speakers: String...) {
      self.marked = marked
      self.speakers = speakers
    }
  }

  static let cases: [Case] = [
    // Direct quotes: attribution after, before, inverted, split.
    Case("“⟦The bridge will reopen next week⟧,” Mr. Okafor said.", "Okafor"),
    Case("“⟦We are ready to sign⟧,” said Lina Moreau, the trade envoy.", "Lina Moreau"),
    Case("Lina Moreau said: “⟦We are ready to sign⟧.”", "Lina Moreau"),
    Case("\"⟦Nothing has changed⟧,\" the spokeswoman told reporters.", "the spokeswoman"),
    Case("Anna Berg arrived late. “⟦We came to listen⟧,” she said, “⟦but we will not wait forever⟧.”", "Anna Berg", "Anna Berg"),
    Case("“⟦It is a start. It is not the end⟧,” said Tomas Reyes.", "Tomas Reyes"),
    Case("“⟦Why now?⟧” asked Dana Whit.", "Dana Whit"),
    // A second quote with no attribution of its own keeps the speaker.
    Case("“⟦We lost a day⟧,” said Oskar Lind. “⟦We will not lose another⟧.”", "Oskar Lind", "Oskar Lind"),
    // However short, and however like a name its words: a quote that is a
    // sentence on its own is speech.
    Case("Henrik Aaltonen spoke. “⟦Not soon⟧,” he said. “⟦Not on this⟧.”", "Henrik Aaltonen", "Henrik Aaltonen"),
    // A quote after the source's own relative clause with a cue of its
    // own is that cue's: the cue after the first quote keeps it.
    Case("“⟦Every day counts⟧,” said Tendai Mukwena, who described malnutrition as “⟦beyond anything we have recorded⟧.”", "Tendai Mukwena", "Tendai Mukwena"),
    // Reported speech.
    Case("Officials said ⟦the border crossing would reopen on Monday⟧.", "officials"),
    Case("Ruth Ekman said that ⟦the strike hit a fuel depot⟧.", "Ruth Ekman"),
    Case("⟦The convoy reached the city overnight⟧, the aid agency said.", "the aid agency"),
    Case("Karin Holt told reporters ⟦she expected a vote within weeks⟧.", "Karin Holt"),
    Case("The minister told parliament on Tuesday that ⟦the budget would be cut⟧.", "the minister"),
    Case("According to the health ministry, ⟦at least 40 people were injured⟧.", "health ministry"),
    Case("⟦Fuel prices rose by a third in May⟧, according to the statistics office.", "the statistics office"),
    Case("The delegation insisted on ⟦a written guarantee of safe passage⟧.", "the delegation"),
    Case("Observers described the vote as ⟦a turning point for the region⟧.", "observers"),
    Case("Analysts say ⟦the truce is unlikely to hold through the winter⟧.", "analysts"),
    Case("Security experts said ⟦the port remained vulnerable to drones⟧.", "security experts"),
    Case("Everyone said ⟦the meeting had gone well⟧.", "everyone"),
    Case("The state broadcaster reported that ⟦the talks had been postponed⟧.", "the state broadcaster"),
    Case("In Lisbon, the foreign ministry said ⟦the ambassador had been recalled⟧.", "foreign ministry"),
    Case("A senior official, who asked not to be named, said ⟦the plan had been shelved⟧.", "senior official"),
    // A second verb of the same subject, a participle, a parenthetical.
    Case("The ministry confirmed the figures and said ⟦more inspections would follow⟧.", "the ministry"),
    Case("Farah Nasser welcomed the plan, saying ⟦it would protect farmers⟧.", "Farah Nasser"),
    Case("⟦The new rules will take effect in June⟧, officials said, and ⟦will apply to all ports⟧.", "officials", "officials"),
    Case("Mr. Adeyemi said ⟦the committee would meet again⟧, adding that ⟦no vote was planned⟧.", "Adeyemi", "Adeyemi"),
    // A reported clause that ends in a quote is one statement, quote and
    // all: the content of the verb.
    Case("Mr. Adeyemi said ⟦the meeting had been “very frank”⟧ and that ⟦both sides would meet again in May⟧.", "Adeyemi", "Adeyemi"),
    Case("Ms. Duval told a local radio station that ⟦the talks were “really constructive.”⟧", "Ms. Duval"),
    // A pronoun with no speaker before it takes a lone surname after a
    // title of its gender (not one of the other gender).
    Case("Reporters asked Mr. Okafor about the vote. He said ⟦the minister would not resign⟧.", "Okafor"),
    Case("Ms. Adeyemi met Mr. Okafor on Friday. She said ⟦the vote was fair⟧.", "Adeyemi"),
    // After `what`, the phrase a naming verb gives is the content.
    Case("Kyiv rejected what the Kremlin called ⟦a goodwill ceasefire⟧.", "Kremlin"),
    // A chamber of commerce or industry is a body, named with `of the`.
    Case("The Andean Chamber of the Coffee Industry said ⟦exports had fallen⟧.", "Andean Chamber of the Coffee Industry"),
    // So is one with a quote inside it, words after the quote and all.
    Case("The minister said ⟦the talks had stalled because of “sabotage” by the opposition⟧.", "the minister"),
    Case("The ministry maintained that ⟦its soldiers had only returned fire after “a provocation” by the other side⟧.", "the ministry"),
    // Several quotes: the quoted words are the statements.
    Case("The ministry said the talks were “⟦useful⟧” and “⟦frank⟧.”", "the ministry", "the ministry"),
    // A subordinator sets a paraphrase apart from a quote after it (one
    // that is a preposition's first word, `because of`, does not: above).
    Case("The minister said ⟦the talks had stalled⟧ because the opposition wanted “⟦a new vote⟧.”", "the minister", "the minister"),
    // Partial quotes as the object a verb describes: the quoted words.
    Case("Carla Duval called the offer “⟦a serious step⟧.”", "Carla Duval"),
    Case("The ministry dismissed the report as “⟦pure invention⟧.”", "the ministry"),
    // Scare quotes inside reported speech stay part of it.
    Case("Officials said ⟦the so-called “buffer zone” would be widened⟧.", "officials"),
    Case("Diplomats said ⟦the draft would either “welcome” or merely “note” the proposal⟧.", "diplomats"),
    // A number opens the content's subject, not a listener's phrase; a
    // hyphenated word before a name describes it.
    Case("The ministry said ⟦the first 185,000 barrels a day would be pumped to the port⟧.", "the ministry"),
    Case("⟦Strikes killed three people⟧, the state-run National News Agency reported.", "National News Agency"),
    // Wire-service habits: a bare weekday, auxiliaries, ages, datelines,
    // anonymous officials, an outlet as listener.
    Case("The official said Tuesday that ⟦the shipment had been delayed⟧.", "the official"),
    Case("Mr. Kerr has said repeatedly that ⟦the plant will stay open⟧.", "Kerr"),
    Case("“⟦We are not going anywhere⟧,” Ms. Novak, a lawmaker from the coastal district, said in an interview.", "Ms. Novak"),
    Case("People familiar with the matter said ⟦the deal could be signed this week⟧.", "people familiar with the matter"),
    Case("The official, speaking on condition of anonymity because he was not authorized to discuss the matter, said ⟦the talks had stalled⟧.", "the official"),
    Case("Maria Ortiz, 54, told The Associated Press ⟦the factory would reopen⟧.", "Maria Ortiz"),
    Case("KYIV (Reuters) - Ukraine said on Monday ⟦it had shot down 40 drones overnight⟧.", "Ukraine"),
    Case("“⟦Is this the end?⟧” asked one delegate. “⟦I hope not⟧.”", "one delegate", "one delegate"),
    // `quoted X as saying`: the one quoted speaks; the outlet passes it on.
    Case("The news agency quoted Dmitri Volkov as saying that ⟦the talks would resume in March⟧.", "Dmitri Volkov"),
    Case("Interfax quoted a senior diplomat as saying ⟦the deal was “close.”⟧", "senior diplomat"),
    // A nationality before state media says whose they are: the outlet is
    // the whole phrase, where a name before a head is the outlet's name.
    Case("⟦The delegation arrived in Muscat on Sunday⟧, Iranian state media reported.", "Iranian state media"),
    Case("IRNA news agency reported that ⟦the delegation had arrived⟧.", "IRNA"),
    // A bare clause whose verb is an irregular past form (`grammar.verb`).
    Case("The ministry said ⟦exports fell⟧.", "the ministry"),
    Case("The agency said ⟦the ship sank near the port⟧.", "the agency"),
    // A phrase of place after the verb, with a participle that describes
    // its noun, is no content: the quote before is.
    Case("“⟦That is a lie⟧,” the ministry said in a statement posted on Telegram.", "the ministry"),
    Case("The agency reported ⟦at least three people killed in the strike⟧.", "the agency"),
    // A parenthetical between dashes or brackets before the verb.
    Case("Mr. Volkov — who has led the delegation since 2022 — said ⟦the talks were over⟧.", "Volkov"),
    Case("Mr. Volkov (who has led the delegation since 2022) said ⟦the talks were over⟧.", "Volkov"),
    // After a quote, adjectives and a nationality are the subject's own.
    Case("“⟦There is no deal⟧,” a senior Ukrainian official said, speaking on the condition of anonymity.", "senior Ukrainian official"),
    // Two speakers in one sentence.
    Case("⟦Exports fell sharply⟧, the bank said, but traders argued that ⟦demand would recover⟧.", "the bank", "traders"),
    // `According to X,` opening the sentence: what follows the comma is the
    // content, not an appositive of X.
    Case("According to Vesti, ⟦the delegations remain far apart on the border⟧.", "Vesti"),
    Case("According to the envoy, ⟦the two presidents discussed the corridor by phone⟧.", "the envoy"),
    // A parenthetical `according to X`: the subject and the predicate after
    // it are one statement, the attribution inside it.
    Case("⟦The truce, according to the monitors, has been broken at least nine times⟧.", "the monitors"),
    // A clause after `said` whose subject reports in turn is the outer
    // speaker's, and a phrase holding a verb is not a listener.
    Case("Lena Varga said ⟦the farmers welcomed the plan to reopen the port⟧.", "Lena Varga"),
    Case("The ministry said ⟦they accepted the proposal⟧.", "the ministry"),
    Case("Amir Haddad said ⟦the unions welcomed the wage deal but rejected the pension reform⟧.", "Amir Haddad"),
    Case("Petra Holm said ⟦opposition leaders criticized the budget as reckless⟧.", "Petra Holm"),
    // Verbs of the closed list in their present form, and a base form after
    // a plural noun.
    Case("The agency said ⟦the sides remain far apart⟧.", "the agency"),
    Case("Karim Nasser said ⟦both parties stand ready to resume talks⟧.", "Karim Nasser"),
    // Adjectives before a source noun are part of the source.
    Case("⟦The sanctions will stay until summer⟧, a senior Nordic diplomat said.", "senior Nordic diplomat"),
    // A one-word reply before its attribution is speech, and so is the
    // quote that continues it.
    Case("Lena Varga arrived on Monday. “⟦Yes⟧,” the minister said. “⟦We are ready to talk⟧.”", "the minister", "the minister"),
    Case("“⟦Never⟧,” said Amir Haddad.", "Amir Haddad"),
    // `was quoted by M as saying`: the subject speaks, the agent passes the
    // words on.
    Case("Mr. Nasser was quoted by the Vesti agency as saying that ⟦the deal was close⟧.", "Nasser"),
    // A name in -ed opening the sentence is its subject, not a participle,
    // and a listed past form ends the subject: the pronoun finds the name.
    Case("Ahmed Saleh arrived in Amman. He said ⟦both sides had agreed⟧.", "Ahmed Saleh"),
    Case("Grace Achieng led the delegation. She said ⟦the talks went nowhere⟧.", "Grace Achieng"),
    // `one of them`, `one of the X`: a member of the group named before.
    Case("Western diplomats said ⟦the vote would pass⟧, and one of them added that ⟦two members might abstain⟧.", "Western diplomats", "Western diplomats"),
    Case("Analysts said ⟦the deal was fragile⟧. One of the analysts added that ⟦it might not last⟧.", "analysts", "analysts"),
    Case("One of the negotiators said ⟦the talks were close to collapse⟧.", "negotiators"),
    // A later `she` stands for that one of them, even with a relative
    // clause on the group, ahead of a person further back (session 53).
    Case("Ana Ruiz spoke on Monday. One of the diplomats who chaired the sessions said ⟦the text was weak⟧. “⟦We are leaving⟧,” she said.", "diplomats", "diplomats"),
    // Surnames with particles, after a title and at the end of the full
    // name, join the full name.
    Case("Joost van der Wiel said ⟦the plan was dead⟧. Mr. van der Wiel added that ⟦budgets should carry the cost⟧.", "Joost van der Wiel", "Joost van der Wiel"),
    Case("Omar al-Harthi said ⟦prices were stable⟧. Mr. al-Harthi said ⟦there was no reason to panic⟧.", "Omar al-Harthi", "Omar al-Harthi"),
    // A definite role noun that a title abbreviates refers back to the
    // titled person; `the agency`, `the fund` to the latest named body.
    Case("Gen. Theo Kabuya said ⟦his troops had retaken the town⟧. The general said ⟦the rebels had fled⟧.", "Theo Kabuya", "Theo Kabuya"),
    Case("Vesti reported that ⟦the ministers would meet⟧. The agency said ⟦the meeting would focus on transit⟧.", "Vesti", "Vesti"),
    // `Mr.` abbreviates no office: `the minister` is someone else.
    Case("Mr. Lind said ⟦the deal was close⟧. The minister said ⟦it would be signed soon⟧.", "Lind", "the minister"),
    // A given name tells a gender (lexicons/given-names.tsv); a name set
    // off after a role noun and a second subject after `and` are
    // antecedents too.
    Case("Maria Lopez met her counterpart, Karl Brandt, in Geneva. She said ⟦the talks were hard⟧. He said ⟦a deal was near⟧.", "Maria Lopez", "Karl Brandt"),
    Case("Petra Sandvik, the trade minister, and Amir Haddad, her deputy, arrived on Monday. He said ⟦the talks would resume⟧.", "Amir Haddad"),
    Case("Sofia Marin and Karim Nasser met on Friday. Ms. Marin said ⟦the gap was narrow⟧. Mr. Nasser said ⟦it was wide⟧.", "Sofia Marin", "Karim Nasser"),
    // Two people of one earlier paragraph: a person of unknown gender
    // yields to one the text gives a gender; in the pronoun's own paragraph
    // the latest person stands.
    Case("Maria Lopez said ⟦the talks were serious⟧. The envoy, Tomas Oyelaran, said ⟦they were slow⟧.\n\nShe said ⟦no date was set⟧.", "Maria Lopez", "Tomas Oyelaran", "Maria Lopez"),
    Case("Maria Lopez said ⟦the talks were serious⟧.\n\n“⟦We are close⟧,” said Tomas Oyelaran. “⟦It could still fail⟧,” he added.", "Maria Lopez", "Tomas Oyelaran", "Tomas Oyelaran"),
    // A sentence that is one quote ending in `!` or `?` and a next one
    // with a reporting cue are one unit (the sentence ends at `!”`).
    Case("“⟦What a night!⟧” Amir Haddad told supporters in Tunis. “⟦Now we govern⟧.”", "Amir Haddad", "Amir Haddad"),
    Case("“⟦Are we there yet?⟧” Ms. Holm asked.", "Holm"),
    // `a report in OUTLET`: the outlet is the source; a media noun in -ly
    // is no adverb. (`officials in Kyiv` stay officials.)
    Case("⟦The ban is near⟧, according to a report in the business daily Vesti.", "Vesti"),
    Case("⟦The talks will resume⟧, according to officials in Kyiv.", "officials in Kyiv"),
    // `a resident named X`: the name names the speaker.
    Case("A resident named Omar Haddad said ⟦the shelling had stopped⟧. Mr. Haddad said ⟦he would stay⟧.", "Omar Haddad", "Omar Haddad"),
    // A quote before a trailing cue outranks a bare phrase after it.
    Case("“⟦We will win⟧,” Amir Haddad told supporters in Tunis after the results came in.", "Amir Haddad"),
    // A quantity after a preposition opens the clause (`in 2019` does not).
    Case("The mayor said ⟦at least 40 families had lost their homes⟧.", "the mayor"),
    Case("The ministry said ⟦about 20 percent of the crop was lost⟧.", "the ministry"),
    // `yet` after a negation is an adverb: the content runs on.
    Case("Vesti reported that ⟦the army had not yet replied to the offer⟧.", "Vesti"),
    // After a phrase of time, a determiner or a quantity opens the clause;
    // a quantity may open it at once, or run on with `of`.
    Case("The ministry said on Monday ⟦the strikes had killed 40 people⟧.", "the ministry"),
    Case("The ministry said on Monday ⟦at least 40 people had been killed⟧.", "the ministry"),
    Case("The agency said in 2019 ⟦more than 200 firms had closed⟧.", "the agency"),
    Case("Students said ⟦at least 12 of their classmates had been arrested⟧.", "Students"),
    Case("The agency reported ⟦at least three people killed in the strike⟧.", "the agency"),
    // A dateline's place is no speaker: `it` is the bank, not Lima.
    Case("LIMA, Peru — The Bank of the Andes held its rate on Wednesday.\n\nIt said ⟦growth had slowed⟧.", "Bank of the Andes"),
    // `a report in OUTLET` as a subject: the outlet is the source, as
    // after `according to`.
    Case("⟦Two insurers are in talks⟧, a report in the Financial Times said.", "Financial Times"),
    Case("A report in the business daily Vesti said ⟦the firms would merge⟧.", "Vesti"),
    // A negative word inside the content is no negative subject.
    Case("The minister said ⟦neither side had made concessions⟧.", "the minister"),
    // An organization's name runs on over `of the`; a person's does not.
    Case("The Ministry of the Interior said ⟦the roads were closed⟧.", "Ministry of the Interior"),
    Case("Ana Ruiz of the Andes Institute said ⟦the roads were closed⟧. Ms. Ruiz said ⟦they would reopen⟧.", "Ana Ruiz", "Ana Ruiz"),
    // A word that ends a company's name makes it an organization, which a
    // kind of company (`the carmaker`) refers back to.
    Case("Ostrava Motors said on Thursday ⟦it would recall 20,000 cars⟧.\n\nThe carmaker said ⟦no one had been hurt⟧.", "Ostrava Motors", "Ostrava Motors"),
    // Session 29: words before the noun that describe the body without
    // naming it (where it is from, what it is like) refer back as the bare
    // noun does, and so does a noun that ends the name in its plural; the
    // name may stand where no one speaks (an object, an owner).
    Case("Skyvista Airlines said ⟦the breach was contained⟧.\n\nThe Indian airline said ⟦no card data had been taken⟧.", "Skyvista Airlines", "Skyvista Airlines"),
    Case("Hackers breached Skyvista Airlines on Monday.\n\nThe airline said ⟦no card data had been taken⟧.", "Skyvista Airlines"),
    Case("⟦The records of members of Skyvista Airlines’ loyalty program were exposed⟧, the Indian airline said on Friday.", "Skyvista Airlines"),
    Case("Novartis said ⟦sales rose in the quarter⟧.\n\nThe Swiss drugmaker said ⟦margins would improve⟧.", "Novartis", "Novartis"),
    Case("Thieves took a statue from the Harrowgate Museum of Asian Art in 1998.\n\nThe private museum said ⟦it had bought the statue in good faith⟧.", "Harrowgate Museum of Asian Art"),
    // A name is no description: `the World Health Organization` is not
    // the ministry of health before it.
    Case("The Ugandan Ministry of Health said ⟦nine more people had tested positive⟧.\n\nThe World Health Organization said ⟦it had sent a team⟧.", "Ugandan Ministry of Health", "World Health Organization"),
    // Session 29, from news-articles-19: an acronym set off by `, or`;
    // one that spells a name's words up to `of` and a place; a title word
    // inside a body's name; a plural's possessive inside a name; the
    // honorifics of Malaysian and Afghan officials.
    Case("The Catalan Association of Holiday Rental Owners, or ACPT, said ⟦the ban would destroy 40,000 jobs⟧.\n\nThe ACPT added that ⟦it would challenge the measure in court⟧.", "Catalan Association of Holiday Rental Owners", "Catalan Association of Holiday Rental Owners"),
    Case("⟦A tanker spilled oil in the strait⟧, the Maritime and Port Authority of Singapore said.\n\nThe MPA said ⟦the leak had been contained⟧.", "Maritime and Port Authority of Singapore", "Maritime and Port Authority of Singapore"),
    Case("Indonesia’s General Elections Commission, known as the KPU, announced that ⟦eight parties had passed the threshold⟧.\n\nThe KPU said ⟦turnout had reached 81 percent⟧.", "General Elections Commission", "General Elections Commission"),
    Case("The Panhellenic Seamen’s Federation said ⟦crews were too small⟧.", "Panhellenic Seamen’s Federation"),
    Case("The Farmers’ Union said ⟦prices were too low⟧.", "Farmers’ Union"),
    Case("Ukraine’s Foreign Ministry said ⟦the talks would resume⟧.", "Foreign Ministry"),
    Case("“⟦We have made our point⟧,” said Datuk Seri Azlan Hafiz bin Othman, the party’s secretary-general.", "Azlan Hafiz bin Othman"),
    Case("The Taliban’s spokesman, Mawlawi Abdul Rahim Zadran, said ⟦there was not enough water in the river⟧.", "Abdul Rahim Zadran"),
    Case("Chile’s General Water Directorate declared a water-scarcity zone.\n\nThe directorate said ⟦groundwater levels had dropped⟧.", "General Water Directorate"),
    // A role whose owner is a lower-case noun that the earlier mention
    // names; another owner is another role.
    Case("Itzel Carrillo, the president of the Panamanian Chamber of Maritime Commerce, warned that ⟦the cuts would hurt⟧. “⟦It is very hard to bring them back⟧,” said the chamber’s president.", "Itzel Carrillo", "Itzel Carrillo"),
    Case("Itzel Carrillo, the president of Nordvik Shipping, warned that ⟦the cuts would hurt⟧. “⟦It is very hard⟧,” said the union’s president.", "Itzel Carrillo", "union’s president"),
    // Any word of a title abbreviates a role: `Lt. Gen.`, `Vice Adm.`.
    Case("Lt. Gen. Tomas Ferreira said ⟦the troops had arrived⟧.\n\nThe general said ⟦they would stay⟧.", "Tomas Ferreira", "Tomas Ferreira"),
    Case("Vice Adm. Kenta Oshiro said ⟦the ships had left⟧.\n\nThe admiral said ⟦patrols would resume⟧.", "Kenta Oshiro", "Kenta Oshiro"),
    // A short aside between commas, then `that`: the clause after it.
    Case("The envoy said, however, that ⟦the ceasefire was fragile⟧.", "the envoy"),
    Case("The ministry said, in a statement on Tuesday, that ⟦the border would reopen⟧.", "the ministry"),
    // `quoted X, APPOSITIVE, as saying`: X is the source.
    Case("Ria quoted Pavel Lunin, a deputy finance minister, as saying that ⟦the budget would balance⟧.", "Pavel Lunin"),
    // `the agency` refers back to an outlet the lexicon knows by name.
    Case("Xinhua reported ⟦the dam had held⟧.\n\nThe agency said ⟦water levels were falling⟧.", "Xinhua", "Xinhua"),
    // A parenthetical attribution with a phrase of time or a listener:
    // the subject and the predicate after it are the content.
    Case("⟦The harvest, a ministry spokeswoman said on Friday, had been the worst in a decade⟧.", "a ministry spokeswoman"),
    Case("⟦The hearing, Lotte Brandt told reporters, would resume in March⟧.", "Lotte Brandt"),
    // A role named later by its appositive is the same speaker.
    Case("A senior official at the port said ⟦the cranes had stopped⟧.\n\nThe official, Iker Zubiri, said ⟦repairs would take a week⟧.", "Iker Zubiri", "Iker Zubiri"),
    // A subject carried over to a cue after `citing …` is a source, which
    // `the agency` refers back to.
    Case("Tass, citing a diplomatic source, reported ⟦the envoys would meet in Baku⟧.\n\nThe agency said ⟦the date was not set⟧.", "Tass", "Tass"),
    // A date between the cue and `that` is no object of `on`.
    Case("The envoy argued on Tuesday that ⟦the levy was fair⟧.", "the envoy"),
    // A pronoun in a parenthetical cue is not the subject it interrupts.
    Case("The ministry said ⟦ten villages were flooded⟧.\n\n⟦Roads, it said, were closed in the north⟧.", "the ministry", "the ministry"),
    // A role named later, with more words than its head noun.
    Case("FIFA’s general secretary said ⟦the vote would be held in May⟧.\n\nThe general secretary, Anouk Vermeer, said ⟦two bids had been withdrawn⟧.", "Anouk Vermeer", "Anouk Vermeer"),
    // The subject of a cue that reports nothing has not spoken: a pronoun
    // does not take it.
    Case("Mona Lindqvist said ⟦Washington might respond with tariffs⟧. “⟦We are ready⟧,” she said.", "Mona Lindqvist", "Mona Lindqvist"),
    // A role spelled by the words of a title, and a role that a relative
    // clause's verb opens (`who commands` → `the commander`).
    Case("Deputy Police Commissioner Ines Varela said ⟦two men were held⟧.\n\nThe deputy commissioner said ⟦they had confessed⟧.", "Ines Varela", "Ines Varela"),
    Case("Col. Tarik Mansour, who commands the border brigade, said ⟦the crossing was shut⟧.\n\nThe commander said ⟦it would reopen on Friday⟧.", "Tarik Mansour", "Tarik Mansour"),
    Case("Ada Okonjo, who leads the opposition Renewal Party, said ⟦the count was fair⟧.\n\nThe opposition leader said ⟦her party would take its seats⟧.", "Ada Okonjo", "Ada Okonjo"),
    // A quantity of two words after a phrase of time opens the clause.
    Case("The agency said on Tuesday ⟦at least 1.5 million acre-feet would have to be cut⟧.", "the agency"),
    // A role that speakers.tsv gives as the same office (`same as`).
    Case("Prime Minister Aleksi Varho said ⟦the budget was balanced⟧.\n\nThe premier said ⟦taxes would not rise⟧.", "Aleksi Varho", "Aleksi Varho"),
    Case("Nadia Ferhat, the head of the election board, said ⟦turnout was high⟧.\n\nThe election chief said ⟦results would come on Monday⟧.", "Nadia Ferhat", "Nadia Ferhat"),
    // A quote said aloud: `“…!” shouted X`.
    Case("“⟦Bread, not speeches!⟧” shouted Ona Vaitkė, a baker.", "Ona Vaitkė"),
    // `“…,” X was quoted by M as saying.`: the quote before is X's.
    Case("“⟦We will not retreat⟧,” the minister was quoted by Interfax as saying.", "the minister"),
    // `the Chilean navy` is not the spokeswoman for it: a role ending in
    // the same words must have the same head noun.
    Case("Col. Rosa Ibarra, a spokeswoman for the Chilean navy, said ⟦two ships had left⟧. The Chilean navy said ⟦they would return⟧.", "Rosa Ibarra", "Chilean navy"),
    // A description named earlier where no mention was taken (a subject
    // of another verb, an object, a statement's content): a body's name
    // ending in the same noun and holding every modifier, a title that
    // abbreviates the role, a name in apposition to the role noun.
    Case("Exporters signed a deal with the Baltic Grain Authority on Monday.\n\nThe authority said ⟦inspections would resume⟧.", "Baltic Grain Authority"),
    Case("The World Rowing Federation suspended the Latvian Rowing Federation on Friday.\n\nThe Latvian federation said ⟦it would appeal⟧.", "Latvian Rowing Federation"),
    Case("⟦The talks will be chaired by Adm. Petra Lindholm⟧, the navy said.\n\nThe admiral said ⟦the fleet would stay in port⟧.", "the navy", "Petra Lindholm"),
    Case("Kenya's trade minister, Wanjiru Odhiambo, met her Ugandan counterpart on Monday.\n\n“⟦We have a deal on sugar⟧,” the Kenyan minister said.", "Wanjiru Odhiambo"),
    Case("Officials met Tomas Hedlund, Sweden's chief negotiator, in Geneva on Sunday.\n\nThe chief negotiator said ⟦no deal was close⟧.", "Tomas Hedlund"),
    // A kind of company before its name (`The chipmaker Veltrion`), then
    // `the company`; a generic noun named by the word before it (`the
    // Sahel movement`), then `the group`.
    Case("The chipmaker Veltrion will close two plants in Malaysia.\n\nThe company said ⟦demand for older chips had collapsed⟧.", "Veltrion"),
    Case("The Sahel movement said ⟦its fighters had left the town⟧.\n\nThe group said ⟦talks would resume in Niamey⟧.", "Sahel movement", "Sahel movement"),
    // A capitalized word right before a body's noun says whose it is; the
    // name is the one after the noun.
    Case("One of the suppliers, the Danish firm Korvex Marine, said ⟦its ships were safe⟧.", "Korvex Marine"),
    // A document speaks for its maker: `a study by X said`, and then `the
    // study found that`; `X said in a report …`, then `the report said`.
    // Findings with `that` report, as `said` does.
    Case("A study by the Nordic Health Institute said that ⟦flu cases had doubled⟧.\n\nThe study found that ⟦most patients were children⟧.", "Nordic Health Institute", "Nordic Health Institute"),
    Case("The Red Cross said in a report on Tuesday that ⟦food stocks were low⟧. The report said that ⟦two warehouses had burned⟧.", "Red Cross", "Red Cross"),
    Case("Officials from the ministry said ⟦the port would reopen⟧.", "officials from the ministry"),
    // A name after lower-case words ends the phrase and is the name; a
    // body's noun names the name after it (or after a comma); a body's
    // first word alone names it; a second surname belongs to the name; a
    // body noun as appositive makes a body of a two-word name.
    Case("The Finnish paper maker Koskivoima said ⟦it would close a mill⟧.", "Koskivoima"),
    Case("Home Ministry spokesman Bishnu Raj Khatiwada said ⟦the toll would rise⟧.", "Bishnu Raj Khatiwada"),
    Case("The government ordered the state utility, Energía Austral, to close two plants.\n\nThe utility said ⟦it would need new lines⟧.", "Energía Austral"),
    Case("The carmaker Hollister Motors is recalling 4,000 trucks.\n\nHollister said ⟦dealers would replace the parts⟧.", "Hollister Motors"),
    Case("The jury barred Wilber Quispe Mamani, a former mayor, from the race.\n\nQuispe said ⟦the decision was political⟧.", "Wilber Quispe Mamani"),
    Case("Eastbridge Rovers, a club in the second tier, was docked 12 points.\n\nThe club said ⟦the sanction was unfair⟧.", "Eastbridge Rovers"),
    // `according to estimates by X`: a phrase does not open with its verb;
    // a court's ruling reports what it decided.
    Case("According to estimates by the central bank, ⟦Japan spent 5 trillion yen⟧.", "central bank"),
    Case("The Constitutional Court ruled on Thursday that ⟦the search law was unconstitutional⟧.", "Constitutional Court"),
    // A split quote goes on past a phrase of place after the cue; after a
    // quote it attributes, `as` opens a clause of time, not the content.
    Case("“⟦Prices are back where we want them⟧,” Governor Lena Dahl said at a news conference, “⟦and the krona has stopped falling⟧.”", "Lena Dahl", "Lena Dahl"),
    Case("“⟦You kept their savings as your own⟧,” the judge told him as the sentence was read.", "the judge"),
    // After an adverbial, a parenthetical attribution reports the whole
    // clause that follows; a group noun with a relative clause is the
    // subject.
    Case("Ingrid Solheim-Aas arrived. Two years ago, she said, ⟦a streaming service would have bought the film⟧.", "Ingrid Solheim-Aas"),
    Case("Later, Ana Ruiz said, ⟦the plan would work⟧.", "Ana Ruiz"),
    // After a plural subject, a plain word after the parenthetical is a
    // verb in the present.
    Case("⟦Crews, Olusegun Adeyemi-Clarke said, still ask to sign off before a transit⟧.", "Olusegun Adeyemi-Clarke"),
    Case("Parents who packed the meeting said ⟦their children would face longer bus rides⟧.", "Parents who packed the meeting"),
    // Strict: a modifier the earlier name does not hold, a nationality of
    // another country, leave the description a speaker of its own.
    Case("The World Rowing Federation suspended two coaches.\n\nThe Latvian federation said ⟦it would appeal⟧.", "Latvian federation"),
    Case("Kenya's trade minister, Wanjiru Odhiambo, met Uganda's trade minister on Monday.\n\nThe Ugandan minister said ⟦sugar quotas would stay⟧.", "Ugandan minister"),
    // A title after a capitalized word is still a title; its period ends
    // no sentence (`brig.` is an abbreviation, LEX012 checks the rest).
    Case("State Sen. Marisol Quintanar-Vidal said ⟦the bill would pass⟧.", "Marisol Quintanar-Vidal"),
    Case("Army Brig. Gen. Tomasz Wielgosz said ⟦the bridge was safe⟧.", "Tomasz Wielgosz"),
    Case("Comrade Tendai Musarurwa told the rally ⟦the strike would go on⟧.", "Tendai Musarurwa"),
    // Official names: a list of several items, `and the` in a body's name,
    // `and` after the words that follow `of`.
    Case("Ghana's Ministry of Roads, Ports, Railways and Inland Waterways said ⟦the ferry would resume⟧.", "Ministry of Roads, Ports, Railways and Inland Waterways"),
    Case("The Guild of Weavers of Oporto and the Douro Valley, which has 400 members, said ⟦prices would rise⟧.", "Guild of Weavers of Oporto and the Douro Valley"),
    Case("⟦A review at the Baltic Institute of Marine and Coastal Studies found errors⟧, the institute said.", "Baltic Institute of Marine and Coastal Studies"),
    // `the force` for a police force (speakers.tsv `same as police`).
    Case("Two officers of the Harrowgate Valley Police were dismissed.\n\nThe force said ⟦it had apologised⟧.", "Harrowgate Valley Police"),
    // A body's noun before a title says whose rank it is: a person, whom
    // `he` can take up.
    Case("Navy Capt. Oluwaseun Adebayo-Pierce said ⟦the ship was safe⟧. “⟦We lost no one⟧,” he said.", "Oluwaseun Adebayo-Pierce", "Oluwaseun Adebayo-Pierce"),
    // A phrase that names no one, set off by a comma, opens the sentence
    // before its subject, who may then be taken up by a pronoun.
    Case("Every spring for a decade, Dr. Halvard Lindgren-Aas has counted seals on the fjord.\n\n“⟦This year there were none⟧,” he said.", "Halvard Lindgren-Aas"),
    // A phrase set off by two commas between the content's subject and
    // its verb; an adverb between a noun and a plain verb.
    Case("Tomas Ekberg said ⟦the repair, about 40 million kronor, was too costly⟧.", "Tomas Ekberg"),
    Case("The agency said ⟦a ticket now cost 90 kronor⟧.", "agency"),
    // After a phrase with a preposition, a plain word before a determiner
    // or a number is the content's verb.
    Case("Henrik Solvang said ⟦each day without the ferry cost the island about 40,000 kroner⟧.", "Henrik Solvang"),
    // A society, a trust, an observatory, a forum: bodies.
    Case("A report by the Arctic Light Observatory said ⟦the ice had thinned⟧.", "Arctic Light Observatory"),
    // A surname alone takes the full name: without its particle
    // (`al-Khatib`), or where the surname came first before a hyphenated
    // given name (`Choi Min-jun`, first named where no mention is taken).
    Case("Yusuf al-Masri said ⟦the road was closed⟧.\n\nMasri said ⟦the family would wait⟧.", "Yusuf al-Masri", "Yusuf al-Masri"),
    Case("The shop where Choi Min-jun has worked for a decade closed on Friday.\n\nChoi said ⟦he would look for work in Busan⟧.", "Choi Min-jun"),
    // A clause that runs on after a parenthetical attribution is one
    // statement: a verb waiting for its complement, a purpose with `to`.
    Case("Maren Holt applied for a berth. ⟦It was, she said, the last ship of the season⟧.", "Maren Holt"),
    Case("Tomas Brandt joined the club in May. ⟦He goes to its dinners, he said, mostly to hear the news⟧.", "Tomas Brandt"),
    // A phrase of time or manner after it is the writer's.
    Case("⟦The ferry will run on Sunday⟧, officials in both towns said on Monday, a result that pleased the islanders.", "officials in both towns"),
    // A word in -ed right after the article describes the noun.
    Case("“⟦The pier will not last another winter⟧,” said a retired harbourmaster.", "retired harbourmaster"),
    Case("The injured cyclist said ⟦the light had been green⟧.", "injured cyclist"),
    // A phrase of time ends the subject.
    Case("A Porto labour court on Thursday upheld the dismissals.\n\nThe court said ⟦the union had been warned⟧.", "Porto labour court"),
    // (session 16) A name that ends in `’s` is a subject; a participle with
    // its agent inside a content does not end it; a group noun before a
    // capital opens a body's name; a bare day is no part of the subject; a
    // document named earlier with its maker after a participle.
    Case("Moody’s, the ratings agency, warned that ⟦a long drain on reserves could hurt the rating⟧.", "Moody’s"),
    Case("Sotheby’s said ⟦the painting had been sold⟧.", "Sotheby’s"),
    Case("The Kremlin said ⟦the sanctions, announced by Britain on Wednesday, would not hurt the economy⟧.", "Kremlin"),
    Case("Doctors Without Borders said ⟦its clinic had run out of fuel⟧. It said ⟦the clinic would close⟧.", "Doctors Without Borders", "Doctors Without Borders"),
    Case("Officials Tuesday said ⟦the road was open⟧.", "officials"),
    Case("The Greek coast guard said ⟦it had rescued 12 people⟧.", "Greek coast guard"),
    Case("⟦Three men were charged⟧, according to charge sheets filed in court by Singaporean prosecutors. ⟦The men lied to suppliers⟧, the charge sheets say.", "Singaporean prosecutors", "Singaporean prosecutors"),
    // `who` after a place of work takes the person, `which` the body.
    Case("“⟦They live in another country⟧,” said Rizky Nugroho, a student at the University of Indonesia, who said ⟦he had joined the protests⟧.", "Rizky Nugroho", "Rizky Nugroho"),
    Case("The plan was approved by the ministry, which said ⟦it would start in May⟧.", "ministry"),
    // A single name read as a person only by guess yields to a person the
    // text makes one, met in the same paragraph.
    Case("Mozambique’s health minister declared an emergency on Monday, saying ⟦the outbreak had spread to nine of the country’s 11 provinces⟧.\n\nThe minister, Dr. Armindo Tembe Machava, said in an interview that ⟦Mozambique had asked for 2.4 million doses of vaccine from the global stockpile and had received fewer than half⟧.\n\n“⟦We are vaccinating one district and watching the next one burn⟧,” he said.", "Armindo Tembe Machava", "Armindo Tembe Machava", "Armindo Tembe Machava"),
    // A noun in -ly is no adverb (`tally`, `assembly`, `family`); an
    // article, a noun and a verb after `said` are no listener.
    Case("⟦At least 40 people were injured⟧, according to a tally by the Red Cross.", "Red Cross"),
    // A participle of a listed form before its agent, and a thing with a
    // clause whose subject made it: the maker is the source.
    Case("⟦Only 41 percent voted⟧, according to a tally kept by the Centre for Civic Monitoring.", "Centre for Civic Monitoring"),
    Case("⟦Output was normal⟧, according to a filing the company made to the exchange.", "the company"),
    Case("According to a statement the Defense Ministry issued on Monday, ⟦the drills will end⟧.", "Defense Ministry"),
    // A cue, auxiliary or negation inside a relative clause with no commas
    // belongs to the clause, and the verb after it has the whole phrase as
    // its subject; after `as`, a name in the clause is the subject.
    Case("A senior official who asked not to be named said ⟦the talks had stalled⟧.", "senior official"),
    Case("A diplomat who was at the meeting said ⟦both sides had walked out⟧.", "diplomat"),
    Case("In a video, a man who identified himself as Ruslan Edigov, the commander of the unit, said ⟦the road would stay closed⟧.", "Ruslan Edigov"),
    Case("A fire investigator who led the team at the site said ⟦the fire had started in a storage room⟧.", "fire investigator"),
    // A cue's word of one token after a determiner is a noun; a cue of
    // two words after one is still a cue.
    Case("A lawyer for the accused said ⟦the search had been illegal⟧.", "lawyer for the accused"),
    Case("The diplomats said ⟦the dispute was over the command of the army⟧.", "diplomats"),
    // A plural thing needs no determiner; an owner's possessive before a
    // plain thing names its owner, not a speaker's noun after it.
    Case("⟦Fewer than half of clinics have a pharmacist⟧, according to figures the health ministry published in March.", "health ministry"),
    Case("⟦Freight volumes fell 12 percent⟧, according to the port authority’s own annual figures.", "port authority"),
    Case("⟦The talks will resume⟧, according to the minister’s spokesman.", "minister’s spokesman"),
    // A document that speaks is its maker's statement: a maker after a
    // participle (a medium that saw it is none), in a clause, before a
    // possessive, or in the sentence that first named the document.
    Case("According to an audit published last year by the World Anti-Doping Agency, ⟦the program met half of the standards⟧.", "the World Anti-Doping Agency"),
    Case("⟦He was paid 30,000 euros⟧, according to a summary of the charges released by the prosecutors.", "the prosecutors"),
    Case("⟦A drone struck a training center⟧, according to a report posted on the website of the Atomic Energy Agency.", "the Atomic Energy Agency"),
    Case("⟦Executives diverted the money⟧, according to a charge sheet that the anti-graft agency filed on Monday.", "the anti-graft agency"),
    Case("⟦Water use must fall by a fifth⟧, according to the basin authority’s report to the government.", "the basin authority"),
    Case("The panel’s report said ⟦the ban could not be justified⟧.", "The panel"),
    Case("The Trade Commission published a report on Monday. The report said ⟦exports fell by a third⟧.", "The Trade Commission"),
    Case("⟦The board could be suspended⟧, according to a letter seen by Reuters.", "letter"),
    Case("The agency’s administrator, Choi Dong-wook, said ⟦the lander had sent its first pictures⟧.", "Choi Dong-wook"),
    // A plain word between a body's noun and a determiner is its verb;
    // a participle in -ing after a noun is not.
    Case("Sweden’s central bank cut its main interest rate on Thursday and said ⟦further cuts were likely⟧.", "Sweden’s central bank"),
    Case("At the hospital, a doctor treating the boy said ⟦his condition had stabilized⟧.", "doctor treating the boy"),
    // A compound in `-run` or `-backed` before a name says who stands
    // behind it.
    Case("The Houthi-run Saba news agency reported that ⟦the men had confessed to spying⟧.", "Saba"),
    // A noun with a relative clause, an appositive and a name before a
    // cue is the subject, not a clause before a trailing attribution; a
    // verb after the relative clause's makes it a clause.
    Case("The man who has led the bloc for three years, a former fisheries minister, Seluka Taafaki, said ⟦the draft was unfair⟧.", "Seluka Taafaki"),
    Case("⟦The man who led the talks resigned⟧, officials said.", "officials"),
    // A person named with a title in an opening phrase is an antecedent
    // for a later pronoun of the title's gender.
    Case("A senior official said ⟦no relief had been offered⟧. For Ms. Ferreira-Lane, the politics can wait. She said ⟦she would not believe it until she saw her brother⟧.", "senior official", "Ferreira-Lane"),
    // Offices of city and audit bodies are titles before a name.
    Case("Alderwoman Beatriz Quiñones-Marsh said ⟦the budget was a stack of one-time fixes⟧.", "Beatriz Quiñones-Marsh"),
    Case("Auditor-General Nomvula Dlamini-Khoza said ⟦the suppliers did not exist⟧.", "Nomvula Dlamini-Khoza"),
    // A cue's word after a determiner is a noun inside the appositive.
    Case("Priya Venkatesan, a lawyer for four of the accused, said ⟦her clients were junior employees⟧.", "Priya Venkatesan"),
    // `by` before a plain noun names a means, not an agent.
    Case("Marie Estimé said by telephone that ⟦her town had received no fresh supplies⟧.", "Marie Estimé"),
    // A participle in -ed after an adverb in -ly, before a plain noun, is
    // an adjective inside the appositive; a verb's form in -ing after a
    // possessive is a noun (`her ruling`).
    Case("Fuad Maqtari, the information minister in Yemen’s internationally recognized government, said ⟦the Houthis were lying⟧.", "Fuad Maqtari"),
    Case("The judge, Mahmuda Akhter, said in her ruling that ⟦managers had padlocked the exit⟧.", "Mahmuda Akhter"),
    // A participle phrase set off by commas inside a bare reported clause
    // describes its subject; the clause runs on over it.
    Case("Ms. Kowal said ⟦the government’s program, announced with fanfare in 2019, had done little to change the trade⟧.", "Kowal"),
    // A name with an age in an opening phrase is a person a later pronoun
    // may take.
    Case("Choi Min-seok said ⟦the North might be stalling⟧. For Kang Bok-soon, 91, the news came as a shock. “⟦I had stopped putting my name in⟧,” she said.", "Choi Min-seok", "Kang Bok-soon"),
    // `and that` before a plural noun and a verb opens a second reported
    // clause (a determiner `that` takes no plural).
    Case("The board said that ⟦the exam would be held again within a month⟧ and that ⟦students would not have to pay a new fee⟧.", "board", "board"),
    // After `said that`, `and that` opens a clause like the first even
    // before a singular noun and a verb.
    Case("Pavel Novak said that ⟦residents had refused to leave⟧ and that ⟦police had carried them out⟧.", "Pavel Novak", "Pavel Novak"),
    // A predicate that `and` adds after the words that end a quote's
    // phrase is a paraphrase of its own; not when the quote is the subject
    // of the verbs after it.
    Case("Ms. Dewi told Reuters that the police had used “⟦excessive and unnecessary force⟧” against peaceful protesters and ⟦should be investigated by an independent body⟧.", "Dewi", "Dewi"),
    Case("The police service has said ⟦its officers fired only in self-defense, after “criminal elements” infiltrated the demonstrations and attacked police stations⟧.", "police service"),
    // A parenthetical attribution inside one clause that ends the unit:
    // an opening clause before it, or a verb waiting for the quote after
    // it, makes the whole clause one statement (not a fragment and a
    // quote).
    Case("Mr. Moretti spoke to reporters. ⟦If the vote slipped, he warned, the freeze could be reinstated “within a day.”⟧", "Moretti"),
    Case("Mr. Moretti spoke to reporters. ⟦When the talks resume, he said, the sides will meet in Oslo⟧.", "Moretti"),
    Case("Finance Minister Pieter Claes backed the reform. ⟦It was, he said, “the only way to keep the system solvent.”⟧", "Pieter Claes"),
    // The second half of a split quote that runs on into the next
    // paragraph is a statement, up to the paragraph's end.
    Case("Ana Torres spoke in Lima. “⟦We are taking down a wall made of paper⟧,” she said, “⟦and this is only the first one⟧.\n\n“⟦There are nine more crossings where the same should happen⟧.”", "Ana Torres", "Ana Torres", "Ana Torres"),
    // A subject a reduced relative clause follows (a word in -ed before a
    // preposition, no auxiliary after it) is still a subject before a
    // parenthetical attribution: with the predicate after it, the content.
    // A past verb after a phrase of time reads as the clause's.
    Case("The Fiscal Policy Committee published its report. ⟦Wage increases agreed with unions last year, it said, would cost about 900 million euros more⟧.", "Fiscal Policy Committee"),
    Case("The Italian coast guard was busy. ⟦On Tuesday, 412 people arrived on nine boats⟧, the Italian coast guard said, almost all of them from Sfax.", "Italian coast guard"),
    // A reporting verb's object and the value `at` and a number give it
    // are the content; a time in a clause is not such a value.
    Case("Ridgeway Risk estimated ⟦the total at up to $11 billion⟧.", "Ridgeway Risk"),
    Case("The ministry said ⟦the meeting at 10 a.m. had been cancelled⟧.", "ministry"),
    // After `the`, capitalized words that a role noun ends name an office:
    // the appositive's name names its holder. A negation may open the
    // predicate after a parenthetical attribution. A plural group noun is
    // no short form of a body's name.
    Case("⟦The deficit will be larger⟧, the Prime Minister, Ana Ruiz, said on Tuesday.", "Ana Ruiz"),
    Case("⟦The deficit will be larger⟧, the Parliamentary Budget Officer, Geneviève Tremblay-Okafor, said on Tuesday.", "Geneviève Tremblay-Okafor"),
    Case("Dr. Tsuchiya published 63 papers. ⟦Many of those patients, an investigating committee has now concluded, never existed⟧.", "investigating committee"),
    Case("Universities Australia warned of cuts. Universities say ⟦the change will cost them about 2 billion dollars⟧.", "universities"),
    // A country's or place's media speak as one outlet.
    Case("Moroccan media reported that ⟦a second round of talks could be held before the end of the month⟧.", "Moroccan media"),
    // A capitalized head before `of` heads the whole name: the nouns
    // after it are its complement (a ministry, not farmers: `it` takes it).
    Case("The Ministry of Agriculture and Farmers Welfare said ⟦insurers had paid most claims⟧. ⟦Delays, it said, were caused by disputes over yield data⟧.", "Ministry of Agriculture and Farmers Welfare", "Ministry of Agriculture and Farmers Welfare"),
    Case("The Union of Concerned Scientists said ⟦the reactor was unsafe⟧. It said ⟦the plan should be dropped⟧.", "Union of Concerned Scientists", "Union of Concerned Scientists"),
    // A trailing body's noun takes the body named in its content: one
    // capitalized head word with the run after its `of`, or a name ending
    // in the noun (`facility`).
    Case("⟦A deputy minister in Poland’s Ministry of Science and Higher Education has resigned⟧, the ministry said on Friday.", "Ministry of Science and Higher Education"),
    Case("⟦The Caribbean Catastrophe Risk Insurance Facility will pay Dominica $19.6 million⟧, the facility said on Thursday.", "Caribbean Catastrophe Risk Insurance Facility"),
    // A name right after a body's noun runs on over a particle between
    // name words (`del`; Dutch `en`).
    Case("⟦Regulators granted a licence to the energy company Banco del Sur on Monday⟧, the company said.", "Banco del Sur"),
    Case("The pension fund Pensioenfonds Havens en Vervoer said ⟦it would postpone its switch by a year⟧.", "Pensioenfonds Havens en Vervoer"),
    // A predicate after the quote that refuses to speak is no paraphrase
    // of its own (a verb of refusal before `to`, or a negation before a
    // cue, whose silent frame ends the clause before it): the clause is one
    // statement. Another verb before `to` sets a paraphrase apart.
    Case("A spokeswoman, Mei-Lin Ho, said ⟦staff were “in close contact with the authorities” and declined to comment on the exchange rate⟧.", "Mei-Lin Ho"),
    Case("The ministry said ⟦the plan was “a serious step”⟧ but would not say how much it would cost.", "ministry"),
    Case("Mr. Alvarado said the port had been “⟦badly mismanaged⟧” and ⟦planned to cancel the contract⟧.", "Alvarado", "Alvarado"),
    // A player's agent is a person: named later in apposition.
    Case("His agent said ⟦the player had been advised to stay in his apartment⟧. The agent, Marcus Lindgren, conceded that ⟦the contract allowed a suspension⟧.", "Marcus Lindgren", "Marcus Lindgren"),
    // A definite body's noun takes the name written right before an
    // earlier use of the noun.
    Case("A senator lost his case against the Hunter Courier newspaper on Wednesday. The newspaper said ⟦its reports had been accurate⟧.", "Hunter Courier"),
    // A clause with a past verb before a trailing cue is content even after
    // an opening preposition.
    Case("⟦In May the talks failed⟧, officials said.", "officials"),
    // A participle between a determiner and its noun is part of the
    // relative pronoun's antecedent, whose name is the appositive's; the
    // clause set off by commas ends before the main clause's verb.
    Case("Ana Ruiz, a retired nurse who said ⟦she had lost her savings⟧, joined the protest.", "Ana Ruiz"),
    Case("Ms. Ruiz, who said ⟦she had lost her savings⟧, joined the protest.", "Ruiz"),
    Case("The minister, who said ⟦the talks, which began in May, had failed⟧, returned to Geneva.", "the minister"),
    // An inverted sentence names its subject after `was`; a later pronoun
    // is that person, not the appositive's noun.
    Case("Among those freed was Ales Kavaliou, a journalist who had served seven years. “⟦I kept count of the days⟧,” he said.", "Ales Kavaliou"),
    // A relative clause that says a name holds a role: the role later is
    // the name.
    Case("Ciarán Moynihan, who has been housing minister since 2022, said ⟦rents would rise⟧. The housing minister insisted that ⟦the pipeline was strong⟧.", "Ciarán Moynihan", "Ciarán Moynihan"),
    // A role before `of` keeps its head over a possessive after it; named
    // later with the owner's noun, it is the name.
    Case("“⟦We see boys carrying explosives⟧,” said the head of the regional police’s serious crime unit. The unit’s head, Mats Lindqvist-Öberg, has spent 26 years with the police. He said ⟦the networks had grown⟧.", "Mats Lindqvist-Öberg", "Mats Lindqvist-Öberg"),
    // A name, its appositive and a relative clause on the appositive's
    // noun before the verb: the name is the subject.
    Case("Mehmet Arslan, campaigns director at the consumer group Choice, which first reported the fees, said ⟦other platforms were still using the tactic⟧.", "Mehmet Arslan"),
    // A description, then the name and an age: the name is the subject.
    Case("One worker, Shirin Akter, 27, said ⟦she owed her landlord three months' rent⟧.", "Shirin Akter"),
    // A relative clause of place between commas inside a bare reported
    // clause: the clause runs on over it.
    Case("Dr. Jean Kasongo met donors in Kinshasa. He said ⟦children in South Kivu, where a new strain of the virus is spreading fastest, would be vaccinated first⟧.", "Jean Kasongo"),
    // A split quote around a listener and a phrase of time.
    Case("“⟦The door is open⟧,” the foreign minister told reporters after the meeting, “⟦but the key is in Naypyidaw⟧.”", "the foreign minister", "the foreign minister"),
    // `an estimate by X`: a cue word after the determiner is the phrase's
    // noun.
    Case("⟦The shutdown cost $20 billion⟧, according to an estimate by Apikur, an association of oil companies.", "Apikur"),
    // A body's name after its noun runs on over `for` and `and`.
    Case("The opposition Rally for Culture and Democracy, which boycotted the vote, said ⟦its monitors had counted few voters⟧.", "Rally for Culture and Democracy"),
    // A list of names after a speaker noun and `of` is one group.
    Case("The military governments of Mali, Burkina Faso and Niger said ⟦they would issue a joint passport⟧.", "military governments of Mali, Burkina Faso and Niger"),
    // Two people joined by `and` speak together, with their titles (a
    // title after `and` opens the second person's name); `Trade and
    // Industry` before a title names no one.
    Case("Mr. Reyes and Ms. Marten said ⟦the council should wait⟧.", "Mr. Reyes and Ms. Marten"),
    Case("Tomas Reyes and Foreign Minister Ilse Marten said ⟦the council should wait⟧.", "Tomas Reyes and Foreign Minister Ilse Marten"),
    Case("Trade and Industry Minister Ana Ruiz said ⟦the council should wait⟧.", "Ana Ruiz"),
    // A verb after a phrase set off by commas inside a reported clause has
    // its subject before that phrase: the clause runs on through it
    // (session 54). A subject after the comma still opens a clause.
    Case("Some diplomats said ⟦keeping both teams at the table, after a week of walkouts, suggested that fatigue may be setting in⟧.", "diplomats"),
    Case("Ana Ruiz said ⟦the decision to stay, after weeks of boycotts, showed that the talks mattered⟧.", "Ana Ruiz"),
    Case("Ana Ruiz said ⟦the talks had stalled, after a week of boycotts⟧, and Tass reported that ⟦the delegations would leave⟧.", "Ana Ruiz", "Tass"),
    // A quote that ends a reported clause with an adjunct of its own (a
    // subordinator, `when`, `as` without a determiner, or after a comma a
    // negation) is a statement beside the paraphrase (session 53)...
    Case("Ana Ruiz said ⟦the crossing would reopen⟧ “⟦when the shelling stops⟧.”", "Ana Ruiz", "Ana Ruiz"),
    Case("Ana Ruiz said ⟦her government would keep talking⟧ “⟦as long as the other side does⟧.”", "Ana Ruiz", "Ana Ruiz"),
    Case("Ana Ruiz said ⟦the ministry would pay for the repairs⟧, “⟦not one cent more⟧.”", "Ana Ruiz", "Ana Ruiz"),
    Case("Ana Ruiz said ⟦the ministry would keep paying⟧, “⟦even if the budget shrinks⟧.”", "Ana Ruiz", "Ana Ruiz"),
    // ...but a quote that is part of the clause stays in it: a complement
    // (`as` and a determiner), a phrase opened by a preposition, words
    // after `once` that run on as an adverb.
    Case("Ana Ruiz said ⟦the town was using the water “as a weapon.”⟧", "Ana Ruiz"),
    Case("Ana Ruiz said ⟦the crossing would reopen “within weeks.”⟧", "Ana Ruiz"),
    Case("Ana Ruiz said ⟦the talks had “once again shown that nobody is ready.”⟧", "Ana Ruiz"),
    // A plain word between a name and a determiner, a number or a
    // possessive name is the name's verb, not part of the subject.
    Case("Halvorsen Ratings cut Peru's rating by one notch, saying ⟦reserves had fallen⟧. The agency said ⟦a default was possible⟧.", "Halvorsen Ratings", "Halvorsen Ratings"),
    Case("The assembly said ⟦the vote would pass⟧.", "assembly"),
    Case("The family said in a statement that ⟦he had been freed⟧.", "family"),
    Case("The minister said ⟦the plan covers the town⟧.", "minister"),
    Case("Ana Ruiz told foreign reporters ⟦the deal was done⟧.", "Ana Ruiz"),
    // With no named body before it, a body's generic noun takes the body
    // that is the subject of its own sentence or the one before.
    Case("⟦NATO agreed on Sunday to send more troops⟧, the alliance said.", "NATO"),
    Case("The Africa Centres for Disease Control declared an emergency on Tuesday. ⟦Cases have tripled since January⟧, the agency said.", "Africa Centres for Disease Control"),
    // After a trailing attribution's listener, a comma and a conjunction
    // or a subordinator open a clause of their own: its `that` is not the
    // listener's.
    Case("Yerlan Akhmetov spoke on Monday. ⟦Most of the reduction would come from Tengiz⟧, he told reporters, though he acknowledged that ⟦the firms would have to agree⟧.", "Yerlan Akhmetov", "Yerlan Akhmetov"),
    Case("⟦The line would reopen in May⟧, Ms. Osei told reporters, but she added that ⟦the date could slip⟧.", "Osei", "Osei"),
    // An adverb before a number belongs to the quantity that opens the
    // content; before `that` it does not.
    Case("Officials said ⟦only 40 people had been sent back⟧.", "officials"),
    Case("Ana Ruiz spoke on Monday. She said only that ⟦talks would go on⟧.", "Ana Ruiz"),
    // A participle after a comma, in a phrase that a comma and a verb
    // close, describes the noun before it: the content runs on over it.
    Case("Analysts cautioned that ⟦financing for the project, estimated at $4 billion, had yet to be secured⟧.", "analysts"),
    Case("Officials said that ⟦the plan, announced in May, had been delayed⟧.", "officials"),
    Case("Mr. Li, asked about the talks, said ⟦they would resume⟧.", "Li"),
    // A noun phrase after a comma whose relative clause starts with its
    // verb is the writer's comment on the content; a noun with a
    // complement clause (a subject after `that`) is still the speaker's.
    Case("The army said ⟦six drones had been shot down⟧, a claim that could not be independently verified.", "army"),
    Case("Ms. Sato said ⟦the council might name its own cabinet⟧, a step that would deepen the split.", "Sato"),
    Case("Mr. Baraka said ⟦Kigali would honor its commitments “step by step,”⟧ wording that appeared to leave room for delay.", "Baraka"),
    Case("Ms. Sato said ⟦the rebels wanted one thing, a guarantee that the truce would hold⟧.", "Sato"),
    // A quote that is a whole sentence after a reported statement, with
    // no quote before it, is the same speaker's.
    Case("Mr. Pillai said ⟦the fuel support had grown⟧. “⟦Count per fisherman, not per country⟧.”", "Pillai", "Pillai"),
    // After a phrase with a preposition, a word in -s before a plain word
    // is the verb of a bare reported clause.
    Case("Diplomats say ⟦this month’s round of talks offers scant sign of progress⟧.", "diplomats"),
    // A reporting noun after modifiers is the document (its maker after
    // `by`); a participle with its agent after it is no content.
    Case("According to an internal estimate by the Interior Ministry, seen by Reuters, ⟦the cost has doubled⟧.", "Interior Ministry"),
    // A quoted word that a verb follows is the source's term for a thing,
    // inside the reported clause, not the statement.
    Case("The official IRNA news agency reported that ⟦“rioters” had attacked a police station⟧.", "IRNA"),
    Case("Mohsen Rahimpour, the interior minister, spoke on television. He said ⟦several “ringleaders” had been arrested⟧.", "Mohsen Rahimpour"),
    // `he` or `she` with no speaker before it takes a person the text
    // names in its paragraph or the one before (an age, a title or a given
    // name of the pronoun's gender makes the name a person's).
    Case("Among them was Elvira Castañeda Ruiz, 81, a retired schoolteacher.\n\n“⟦I taught the children of those policemen to read⟧,” she said.", "Elvira Castañeda Ruiz"),
    Case("Hundreds of families fled. Priya Mahato fled with her children in 2017. “⟦My husband was taken⟧,” she said.", "Priya Mahato"),
    // A quantifier standing alone is some of a group named before; before
    // a noun it is a quantity, and the noun names the speaker.
    Case("Analysts who follow the talks were less sure, and several said ⟦a weaker deal was now likely⟧.", "analysts"),
    Case("Western diplomats said ⟦talks had stalled⟧. Some diplomats said ⟦a deal was unlikely⟧.", "Western diplomats", "diplomats"),
    // A list set off by commas inside the subject of a reported clause
    // leaves its verb in reach.
    Case("Diplomats said ⟦several governments, including Germany, Ireland and Denmark, were likely to resist the proposal⟧.", "diplomats"),
    // After `according to X` and a colon, what the colon opens is the
    // content; the words before only announce it.
    Case("The slowdown has a simple cause, according to people familiar with the discussions: ⟦several fishing nations want assurances first⟧.", "people familiar with the discussions"),
    // A document's owner after `of`, and its maker after a participle and
    // a day, speak for it.
    Case("According to the latest report of the Observatory of Prices, ⟦the margin has risen by 8 cents⟧.", "Observatory of Prices"),
    Case("⟦Starts fell to their lowest level in 15 years⟧, according to a report released Thursday by the Canada Mortgage and Housing Corporation. The federal housing agency also predicted that ⟦starts would fall further⟧.", "Canada Mortgage and Housing Corporation", "Canada Mortgage and Housing Corporation"),
    // A reporting verb that `that` follows after a place and a time is
    // the verb, not a participle inside the subject.
    Case("The housing minister insisted in a speech to builders last week that ⟦the pipeline was strong⟧. “⟦We are building our way out of this⟧,” the minister said.", "housing minister", "housing minister"),
    // A long subject: a role, its client and the client's court.
    Case("The lead defence lawyer for a former Sudanese militia commander on trial at the International Criminal Court argued on Wednesday that ⟦prosecutors had confused his client with another man⟧.", "lead defence lawyer for a former Sudanese militia commander"),
    // A name set off right before the verb, after descriptions with
    // relative clauses that no subject reads from, is the subject.
    Case("The man who has run the ferry service for decades, a former harbour pilot who trained in Bergen and sailed for twenty years, Torvald Eikrem, said ⟦the new timetable would strand the island⟧.", "Torvald Eikrem"),
    // The description that opens such a chain is the name's too: the
    // later `he` is the named man, not a man of his own.
    Case("The man who has led the bloc for a decade, a former fisheries minister from Samoa, Tavita Leota, said ⟦the draft was weak⟧.\n\n“⟦We will not sign it⟧,” he said.", "Tavita Leota", "Tavita Leota"),
    // A name set off after an inverted subject's relative clause, at the
    // end of the sentence (an age may follow it), names the subject.
    Case("“⟦The bus no longer stops here⟧,” said the man who runs the bakery on the square, Henrik Solvang-Aas.", "Henrik Solvang-Aas"),
    Case("“⟦We cannot wait another winter⟧,” said a retired nurse who drives the school run twice a week, Maren Lysaker, 68.", "Maren Lysaker"),
    // A definite phrase refers back to a longer description with its
    // noun and its other words; a body after a role's preposition is not
    // the role's noun.
    Case("Astrid Bekkelund, a former alpine skier who won two medals, said ⟦the city could host the Games⟧. The former skier said ⟦a referendum was needed⟧.", "Astrid Bekkelund", "Astrid Bekkelund"),
    Case("Sofía Arteaga, a spokeswoman for the Chilean navy, said ⟦two sailors were missing⟧. The Chilean navy said ⟦a search had begun⟧.", "Sofía Arteaga", "Chilean navy"),
    // `i` and `y` join two surnames (Catalan, Spanish).
    Case("“⟦We have money until June⟧,” said the coach, Jordi Casals i Ferrer. Casals i Ferrer said ⟦two sponsors were interested⟧.", "Jordi Casals i Ferrer", "Jordi Casals i Ferrer"),
    // A noun the lexicon does not know is a body only by guess: a later
    // `he` makes it a person.
    Case("One ferry mechanic said ⟦the engines were old⟧. “⟦Nobody pays for new ones⟧,” he said.", "ferry mechanic", "ferry mechanic"),
    // An adverb of place opens the sentence before its subject.
    Case("Mr. Lund said ⟦the boats were ready⟧. Back at the harbour, Ms. Oyelaran counted the boats. “⟦Half of them will not sail⟧,” she said.", "Lund", "Oyelaran"),
    // An inverted sentence that names its subject last, after a
    // description.
    Case("Mr. Dahl, the club's manager, said ⟦the team would fold⟧. Among the riders is a 23-year-old from Bergen who finished third last year, Eirik Lunde. He said ⟦he wanted to stay⟧.", "Dahl", "Eirik Lunde"),
    // A title before the first word of a name given earlier (a given
    // name), and a body's name by its first word: both where the text
    // gave the full name without a mention. Not a name that ends in a
    // body's noun: `Norland` is not `Norland Development Bank`.
    Case("Her name is Mulu Tesfaye, and she inspects the wells. “⟦Every pump here is mine⟧,” Ms. Mulu said.", "Mulu Tesfaye"),
    Case("Regulators blocked the purchase of the plant by Korvex Photonics. Korvex said ⟦it would appeal⟧.", "Korvex Photonics"),
    Case("Loans from Norland Development Bank were cut. Norland said ⟦the cut was unfair⟧.", "Norland"),
    // `who` after a place's name takes the person before it; a verb ends
    // the phrase before `who`.
    Case("A shopkeeper on the main square in Tartu, who gave only his first name, Margus, said ⟦sales had halved⟧.", "Margus"),
    Case("The envoy met Ana Ruiz, who said ⟦the plan was dead⟧.", "Ana Ruiz"),
    // An inverted sentence with a verb of place (`sat`, `stood`) names its
    // subject after the verb.
    Case("Mr. Pabón said ⟦the hearing was a farce⟧. In the front row sat Carmenza Ochoa de Rincón, whose son disappeared in 2008. She said ⟦she had waited 16 years⟧.", "Pabón", "Carmenza Ochoa de Rincón"),
    // A body's noun in an appositive that a relative clause or a
    // participle goes on from; `of` or `for` inside the name before it.
    Case("He appeared before the Special Jurisdiction for Peace, the tribunal created under the accord. The tribunal said ⟦his testimony would be weighed⟧.", "Special Jurisdiction for Peace"),
    Case("Inspectors visited Hollins Mining, the company that owns the mine. The company said ⟦the mine would close⟧.", "Hollins Mining"),
    // A role before a name that ends in a lower-case hyphenated part, and
    // the pilgrim's honorific `Haji`, are no part of the name (session 54).
    Case("In Basra, the farmer Jabbar Hamoud al-Saadi said ⟦he had sold half his buffalo⟧.", "Jabbar Hamoud al-Saadi"),
    Case("“⟦A bull will cost 35 million this year⟧,” said Haji Slamet Riyadi, a cattle dealer in Bekasi.", "Slamet Riyadi"),
    // A cue in a relative clause set off by commas: its content ends at
    // the comma before the main clause's verb, a reporting verb too
    // (session 55).
    Case("The ministry, which described the corridor as ⟦a provocation⟧, said ⟦any ship would be inspected⟧.", "ministry", "ministry"),
    Case("Ms. Ruiz, who has long described the plan as ⟦a trap⟧, told reporters ⟦she would vote against it⟧.", "Ruiz", "Ruiz"),
    // So when the clause ends in a quote with its own comma inside the
    // marks (session 56): the subject of the main verb is before the
    // clause, not the quote.
    Case("Mr. Haddad, who has called the plan “⟦a trap⟧,” told reporters that ⟦the talks would fail⟧.", "Haddad", "Haddad"),
    Case("The ministry, which described the corridor as “⟦a provocation⟧,” said ⟦any ship would be inspected⟧.", "ministry", "ministry"),
    // A relative clause with its own subject before the cue (`which the
    // envoy described as …`) ends at the comma before the main verb too,
    // a comma inside a closing mark included (session 56); an object
    // that is one quote is its words.
    Case("The talks, which the envoy described as ⟦productive⟧, will resume in March.", "envoy"),
    Case("The talks, which the envoy described as “⟦productive⟧,” will resume in March.", "envoy"),
    // After a parenthetical attribution, a cue whose subject names no one
    // is part of what it reports (session 56): the energy deal shows
    // nothing by itself.
    Case("Hana Berisha spoke. Still, Ms. Berisha said, ⟦the energy deal showed that the dialogue can deliver⟧.", "Hana Berisha"),
    Case("Hana Berisha spoke. ⟦The energy deal, Ms. Berisha said, showed that the dialogue can deliver⟧.", "Hana Berisha"),
    // ...not after a conjunction, which opens a clause of the writer's.
    Case("“⟦We will sign⟧,” Ms. Berisha said, and the data showed that ⟦the deal was popular⟧.", "Berisha", "data"),
    // A quote after `that` or `be` is the clause's complement, not an
    // adjunct of its own: one statement.
    Case("Hana Berisha spoke. Ms. Berisha said ⟦the deal showed that “when there is will, this room can deliver.”⟧", "Hana Berisha"),
    // An age or a measure joined to its number before a name is no part
    // of it (session 55): `the 81-year-old Hertha Gruber-Steindl`.
    Case("The 81-year-old Hertha Gruber-Steindl said ⟦the village had been forgotten⟧.", "Hertha Gruber-Steindl"),
    Case("Retired 81-year-old Hertha Gruber-Steindl said ⟦the village had been forgotten⟧.", "Hertha Gruber-Steindl"),
    Case("The 20-member Ministerial Committee said ⟦the talks would resume⟧.", "Ministerial Committee"),
    // A name that ends in `Platinum`, `Semiconductor` or `Airlines` is a
    // company's, which `the company` refers back to (session 54).
    Case("⟦Two workers were hurt when a lift failed at a mine near Rustenburg⟧, the mine’s owner, Cradock Platinum, said on Tuesday. The company said ⟦it had halted work at the shaft⟧.", "Cradock Platinum", "Cradock Platinum"),
    // `that` after a preposition is a pronoun, and a verb's past form
    // means a bare clause has begun: no `that` after it opens the content.
    Case("Henry Moreno-Blake said ⟦the university spent more than that on consultants⟧.", "Henry Moreno-Blake"),
    // A short phrase set off before a parenthetical attribution is the
    // subject of what follows, not the pronoun's antecedent.
    Case("Henry Moreno-Blake met Alan Whitcombe on Monday. Whitcombe, he said, “⟦has found money for everything⟧.”", "Henry Moreno-Blake"),
    // A participle phrase set off by commas (a quoted title inside it)
    // between a cue's phrase of place and `that`.
    Case("The commission said in a report last year, titled “Pathways for the Land,” that ⟦a cut of at least 35 percent was needed⟧.", "commission"),
    Case("The ministry said in a statement, issued late on Tuesday, that ⟦the talks would resume⟧.", "ministry"),
    // A quantity with a quantifier after its number opens the clause; `yet`
    // after a negation is an adverb, not a conjunction.
    Case("The group said ⟦at least 30 other detainees in the same case remained in custody⟧.", "group"),
    Case("The commission said ⟦it had not yet received an application⟧ and would judge any plan “⟦on the evidence⟧.”", "commission", "commission"),
    // `One of NOUN, NAME,` opens a sentence: the subject is the phrase.
    Case("Sen. Marta Lins said ⟦the bill was fair⟧. Political scientists warned in a study that ⟦the districts would favor incumbents⟧. One of the study’s authors, Henrique Sampaio Toledo, was blunter. “⟦The map was drawn by the people it protects⟧,” he said.", "Marta Lins", "Political scientists", "Henrique Sampaio Toledo"),
    // A coordinator or `that` before the sentence's subject.
    Case("Aroha Te Rangi-Whitley said ⟦the vote was lost⟧. That lawmaker, Graham Pettigrew of the rural Heartland party, had voted for the bill. He told Radio New Zealand that ⟦he had changed his mind⟧.", "Aroha Te Rangi-Whitley", "Graham Pettigrew"),
    // A person of the pronoun's gender named after the latest mention of a
    // speaker whose gender is unknown outranks that speaker.
    Case("Bulgaria’s president said ⟦talks would continue⟧. The mandate now passes to Desislava Mineva-Ivanova, whose party came second. She told the BTA news agency that ⟦she would approach every party⟧.", "Bulgaria’s president", "Desislava Mineva-Ivanova"),
    // A pronoun's person named after a role of its gender (`his niece`).
    Case("The front-runner is his niece, Róisín Ní Bhriain, a solicitor running for the same party. “⟦People will judge me on my own record⟧,” she said.", "Róisín Ní Bhriain"),
    // A bare role noun with `the` that nothing refers to is the person
    // named just before it in the paragraph; not across a paragraph, and
    // not a role with an owner (`its chief executive`).
    Case("Hanne Selvik said ⟦she would give the plan a year⟧. “⟦If nobody comes back, I will close too⟧,” the shopkeeper said.", "Hanne Selvik", "Hanne Selvik"),
    Case("Hanne Selvik said ⟦she would give the plan a year⟧.\n\n“⟦If nobody comes back, I will close too⟧,” the shopkeeper said.", "Hanne Selvik", "shopkeeper"),
    Case("Halvor Mikkelsen met the mayor on Monday. Kestrel Grid Partners said ⟦the line was late⟧. Its chief executive said ⟦work could begin next year⟧.", "Kestrel Grid Partners", "chief executive"),
    // Nor when the same noun between names someone else: that one is
    // who it refers back to.
    Case("Hanne Selvik said ⟦she would give the plan a year⟧. She met the shopkeeper on Monday. “⟦If nobody comes back, I will close too⟧,” the shopkeeper said.", "Hanne Selvik", "shopkeeper"),
    // An opening phrase whose first word is capitalized only because it
    // opens the sentence names no one: the subject after it is the
    // antecedent of the next `he`.
    Case("Tomás Arriaga, a pastor, said ⟦the shelter was full⟧.\n\nA border official said ⟦more appointments had been requested⟧. “⟦The waiting is on our side⟧,” the official said.\n\nBack at the shelter, Mr. Arriaga was counting mattresses. “⟦We will find room⟧,” he said.", "Tomás Arriaga", "border official", "border official", "Tomás Arriaga"),
    // A chair heads what it chairs: `the chairman` is the office of `the
    // head of` (speakers.tsv, `same as head`).
    Case("The head of the canal authority said on Sunday that ⟦revenue had fallen⟧. The chairman, Lt. Gen. Hazem Rashidi, told the news agency that ⟦discounts would be offered⟧.", "Hazem Rashidi", "Hazem Rashidi"),
    // What a naming cue calls its object, after an article: the quote
    // (a determiner right after the cue still makes a name: `said the
    // “hard core” …` keeps the whole clause).
    Case("Environmental groups have called the pipeline a “⟦stranded asset in waiting⟧.”", "Environmental groups"),
    Case("Mr. Diaz called the new plan an “⟦act of faith⟧” and said ⟦it would fail⟧.", "Diaz", "Diaz"),
    Case("Mr. Abbas said ⟦the “hard core” of the group had left⟧.", "Abbas"),
    // A capitalized role inside a run before a name of two words: the
    // words up to the role say what the person is.
    Case("Shasta County Sheriff Melanie Trujillo said ⟦about 9,000 people remained under evacuation orders⟧.", "Melanie Trujillo"),
    Case("“⟦We are glad the museum chose to cooperate⟧,” said Assistant District Attorney Miriam Feldstein-Oduya.", "Miriam Feldstein-Oduya"),
    // An acronym set off after a name, by a comma and a phrase or in
    // brackets, stands for that name; not one a clause holds.
    Case("Officials appealed the decision of the Russian Anti-Doping Agency, known as RUSADA, to clear her.\n\nRUSADA ruled in November that ⟦the drug had been contaminated⟧.", "Russian Anti-Doping Agency"),
    Case("Inspectors from the Federal Office for Information Security (BSI) arrived on Monday. The BSI said ⟦it had sent a team⟧.", "Federal Office for Information Security"),
    Case("The panel fined the Russian Anti-Doping Agency, which had sued WADA, last year.\n\nWADA said ⟦it would appeal⟧.", "WADA"),
    Case("Envoys from the European Union, Japan and the US, meeting in Geneva, agreed on a text.\n\nThe US said ⟦it would sign⟧.", "US"),
    // A body described in the lead and named as the subject that opens the
    // next paragraph, the two sharing a stem; not one of another
    // nationality, nor a name that does not open the paragraph.
    Case("Europe’s drug regulator said on Friday that ⟦sales of the drug should be suspended⟧.\n\nThe European Medicines Agency said ⟦its committee had reviewed 212 cases⟧.", "European Medicines Agency", "European Medicines Agency"),
    Case("Indonesia’s competition watchdog said on Monday that ⟦it had found evidence of tying⟧.\n\nThe Business Competition Supervisory Commission, known by its initials KPPU, will hold hearings next month.", "Business Competition Supervisory Commission"),
    Case("Russia’s foreign ministry said on Friday that ⟦the talks had failed⟧.\n\nThe Ukrainian Foreign Ministry said ⟦the talks had never begun⟧.", "Russia’s foreign ministry", "Ukrainian Foreign Ministry"),
    Case("Europe’s drug regulator said on Friday that ⟦sales should be suspended⟧.\n\nOn Monday, the European Medicines Agency said ⟦it would review the case⟧.", "Europe’s drug regulator", "European Medicines Agency"),
    // `according to X` after a phrase of time or place that opens the
    // sentence: the clause after it is the content, as at the start (not
    // a subject, as `The ceasefire, according to …, has been broken`).
    Case("Last year, according to the ministry, ⟦the port handled less than half of its cargo⟧.", "ministry"),
    Case("In Kabul, according to officials, ⟦the river carried less water than in any year since 2001⟧.", "officials"),
    // A phrase between `have`, `do` or a modal and the cue (not after `be`,
    // where it is the predicate).
    Case("Lena Park has in the past called the plan “⟦a trap⟧.”", "Lena Park"),
    Case("The union has for months argued that ⟦the mine is unsafe⟧.", "union"),
    Case("The ministers will in the coming days announce that ⟦the border is open⟧.", "ministers"),
    // A body's noun with no named body before it, further back than the
    // sentence before: the lead's subject; not a subject that is no name.
    Case("OSLO — Nordvik Energy will close two plants in the north, cutting 4,000 jobs.\n\nDemand for gas has been weak for two years.\n\nPrices fell by a third last winter.\n\nThe company said ⟦it would offer early retirement to older workers⟧.", "Nordvik Energy"),
    Case("OSLO — Sales of electric cars fell by a fifth in May.\n\nDemand for gas has been weak for two years.\n\nPrices fell by a third last winter.\n\nThe company said ⟦it would offer early retirement to older workers⟧.", "company"),
    // A relative clause after an acronym the text sets off (`, or HDU,`):
    // its antecedent is the name the acronym stands for.
    Case("The strike was called by the Hellenic Dockworkers Union, or HDU, which said in a statement that ⟦the port was understaffed⟧.", "Hellenic Dockworkers Union"),
    // A person described in the lead and named opening the next paragraph,
    // the words after the name sharing a stem with the description's head
    // noun or what follows it; not a word before the head (`senior`), nor
    // a name that does not open the paragraph.
    Case("⟦Two neighbours will reopen talks on their river border next month⟧, the head of the regional arbitration board said on Thursday.\n\nAmara Kessel-Dube, a retired judge who chairs the board for the bloc, said ⟦both governments had accepted the schedule⟧.\n\n“⟦Nobody expects a quick answer⟧,” she told reporters.", "Amara Kessel-Dube", "Amara Kessel-Dube", "Amara Kessel-Dube"),
    Case("A senior official said on Monday that ⟦the strike would end soon⟧.\n\nJonas Verlaine, a senior fellow at a research institute, said ⟦the strike could last for weeks⟧.", "senior official", "Jonas Verlaine"),
    Case("The head of the regional arbitration board said on Thursday that ⟦the talks would reopen⟧.\n\nOn Friday, Amara Kessel-Dube, who chairs the board, said ⟦both governments had accepted the schedule⟧.", "head of the regional arbitration board", "Amara Kessel-Dube"),
    // A capitalized cue between two words of a name is a word of the name.
    Case("The port’s director, Captain Halima Said Ngowi, said in a statement that ⟦the berths would reopen on Friday⟧.", "Halima Said Ngowi"),
    // A parenthetical cue after a phrase of time: the clause that follows
    // is the content.
    Case("Last year, the growers say, ⟦the rains came a month late⟧.", "growers"),
    // `quick to` before the cue: the act was done, and the subject said it.
    Case("Opposition lawmakers were quick to point out that ⟦the budget had grown by a third⟧.", "opposition lawmakers"),
    // A plural possessive before a number is no closing quote.
    Case("The Lake Tana Authority, the body that has managed the two regions’ 12 shared wells since 1990, said that ⟦the wells were full⟧.", "Lake Tana Authority"),
    // A participle after a clause a subordinator opens, when the sentence's
    // subject is no speaker.
    Case("The budget failed when the Green Farmers League, the smallest partner, quit the coalition, saying that ⟦its demands had been ignored⟧.", "Green Farmers League"),
    // A title the name's run starts inside: `Minister` of `Foreign Minister`.
    Case("The court summoned Foreign Minister Talia Renquist on Monday.\n\n“⟦We have nothing to hide⟧,” Ms. Renquist said.", "Talia Renquist"),
    // `has since said`, `complained for months that`, `concluded last year that`.
    Case("The carrier has since said ⟦it will refund every ticket⟧.", "carrier"),
    Case("Residents have complained for years that ⟦the buses never come on time⟧.", "residents"),
    Case("The review panel concluded last year that ⟦the mask had been taken during a raid⟧.", "review panel"),
    // A quote that opens with the clause's verb is its predicate: the
    // subject before it belongs to the statement, the description after
    // the quote's closing comma does not.
    Case("Anders Lind argued that ⟦closing the northern route “breaks the coastal treaty,”⟧ an accord signed in 1994.", "Anders Lind"),
    Case("Anders Lind said ⟦the levy “would ruin the small ports.”⟧", "Anders Lind"),
    // A phrase of time after a clause, then the parenthetical cue.
    Case("The ferry had sailed for decades, and in all those years, its captain says, ⟦no inspector ever came aboard⟧.", "captain"),
    // A body's name holding a list: after `of`, with `and` inside its last
    // item; without `of`, ending in a body's noun.
    Case("⟦Visits rose by a tenth⟧, the Ministry of Culture, Crafts and Heritage and Sports said on Monday.", "Ministry of Culture, Crafts and Heritage and Sports"),
    Case("The Coastal Pilots, Mates and Engineers Union, which called the strike, said ⟦talks would resume on Friday⟧.", "Coastal Pilots, Mates and Engineers Union"),
    // A split quote goes on past a phrase of place or time set off by
    // commas after the source.
    Case("“⟦Inspectors may visit every site⟧,” said Mara Quell, a spokeswoman for the council, in a radio interview, “⟦but they must give notice first⟧.”", "Mara Quell", "Mara Quell"),
    // A parenthetical cue after a subject whose verb is a relative clause's.
    Case("Petra Valk has studied the river for years. ⟦The engineers who built the weir in 1950, she added, could not have known how far the rains would shift⟧.", "Petra Valk"),
    // A body in a person's appositives after a role is the role's, and
    // leaves the person a person for the pronoun after.
    Case("“⟦This is the first of many⟧,” said Ilse Brandt, the head of Nordfjord Power, the utility. She said ⟦the second unit would follow in 2031⟧.", "Ilse Brandt", "Ilse Brandt"),
    // A participle with its agent inside the listener's phrase.
    Case("Tomas Reyle told staff in a letter signed by the board that ⟦the plant would stay open⟧.", "Tomas Reyle"),
    // Session 35. A plain word after a body's noun and before another
    // plain word is the noun's verb; before a speaker's noun it is not.
    Case("Tarvania's central bank left lending rates unchanged on Thursday, saying ⟦inflation remained too high⟧.", "Tarvania's central bank"),
    Case("The Kestrel health ministry press office said ⟦the clinics would reopen⟧.", "Kestrel health ministry press office"),
    // A function word in capitals, alone, is an acronym; in a run of
    // capitals it keeps its class.
    Case("The WHO said ⟦the outbreak in Tarvania was under control⟧.", "WHO"),
    Case("Lena Hart, an analyst at AM Best, said ⟦the insurer could be forced to raise premiums⟧.", "Lena Hart"),
    Case("THE HAGUE, Netherlands — The court said ⟦it would rule in May⟧.", "court"),
    // `who` after a name a person's role is at takes the person.
    Case("“⟦We are ready⟧,” said Maria Ortiz, an analyst at Kestrel Partners, who added that ⟦the plant would reopen⟧.", "Maria Ortiz", "Maria Ortiz"),
    // A role before a name that ends in a run of particles.
    Case("“⟦We respect the ruling⟧,” said government spokeswoman Inés Marval de la Cuesta.", "Inés Marval de la Cuesta"),
    Case("Doña Amparo Villalta Ruiz said ⟦the rent had doubled⟧.", "Amparo Villalta Ruiz"),
    // A description whose relative clause holds `and` before the name.
    Case("The man behind the race, an investor who made his fortune in shipping and now lives in Monaco, Julian Ashby-Reyes, says ⟦the testing system has failed⟧.", "Julian Ashby-Reyes"),
    // A reflexive after the noun is no part of it; a role right before a
    // name tells a person, for a pronoun and for the role noun later.
    // After a comma, a definite description right before a name and a cue
    // that ends its clause: the description is the name's, not a thing
    // the name's verb takes (`…, a charge India rejects`).
    Case("⟦Asking prices fell 1.3 percent in November⟧, the property portal Homeview said on Monday.", "Homeview"),
    Case("⟦Prices fell 1.3 percent in November, the biggest monthly drop since 2018⟧, the broker Kestrel Homes said.", "Kestrel Homes"),
    Case("Tarvania says ⟦the dam could let Ostria hold back water⟧, a charge Ostria rejects.", "Tarvania"),
    // `that` before a word of time is a determiner inside the phrase.
    Case("“⟦The story just disappeared⟧,” said one of the editors on duty that night, Marija Ilievska.", "Marija Ilievska"),
    // A described role, its name and an appositive with a relative
    // clause before the cue: the role heads the phrase.
    Case("The ousted president, Gerhard Vollmann-Haas, an Austrian who won the vote by one ballot, said ⟦he accepted the ruling and would stand again⟧. “⟦Democracy sometimes takes two attempts⟧,” he said.", "Gerhard Vollmann-Haas", "Gerhard Vollmann-Haas"),
    // A role set off before a name (a place after the role) tells a
    // person for a pronoun when the given name is unknown.
    Case("A Finnish diplomat who spent a decade in the Baltic and is now the UN envoy for Cyprus, Kristiina Vahamaki-Lund, held meetings this week. “⟦I am cautiously optimistic⟧,” she told reporters.", "Kristiina Vahamaki-Lund"),
    // A plural's possessive inside a name that a body's noun opens.
    Case("Tarvania’s Ministry of People’s Power for Foreign Affairs said ⟦Ostria had hidden behind a court⟧.", "Tarvania’s Ministry of People’s Power for Foreign Affairs"),
    // An appositive that opens with a participle before a role names it.
    Case("The commission’s chairman, retired judge Mahinda Rasanayake, told the Island Observer that ⟦every notice had been issued after a complaint⟧.", "Mahinda Rasanayake"),
    // A thing of a thing `its` owns is the sentence's opening body's.
    Case("⟦The Ethics Committee of the Tarvania Football Federation found that Ostrov had received at least $640,000 from a marketing company⟧, according to a summary of its decision.", "Ethics Committee of the Tarvania Football Federation"),
    // A quantity of two quantifiers after `at least` opens the clause.
    Case("The union said ⟦at least nine other journalists were still being held⟧.", "union"),
    // A split quote goes on past a medium with a participle in it.
    Case("“⟦I have never taken anything⟧,” Etxeberria said in a video posted on Instagram, “⟦and I will prove it with every test⟧.”", "Etxeberria", "Etxeberria"),
    Case("When the radio commentator Mourad Benali walked out of prison, he wanted a newspaper. “⟦I wanted to see what they were allowed to write⟧,” he said. The commentator himself said ⟦he would return to the airwaves in January⟧.", "Mourad Benali", "Mourad Benali"),
    // A predicate after a parenthetical attribution whose verb is a cue
    // with a preposition after it (`asked for`) reports nothing of its
    // own: with its subject, the parenthetical's content.
    Case("Mr. Li spoke to reporters. ⟦The ministry, he said, had asked for access to the detainees⟧.", "Li"),
    // Nor does a passive with no `that` or quote after it: its subject is
    // the one before the parenthetical (`were told that …` reads its own).
    Case("The mission spoke on Monday. ⟦Peacekeepers, the mission said, had been denied permission to fly a patrol to the town⟧.", "the mission"),
    Case("Ms. Aldana took questions. ⟦The convoys, she said, were refused entry at two checkpoints⟧.", "Aldana"),
    // A subject and its predicate either side of the attribution are one
    // statement; an opening phrase of time or place is the writer's.
    Case("Ms. Ortiz met the envoy. ⟦Wage growth of close to 5 percent, she argued, was too high for the bank⟧.", "Ortiz"),
    Case("Ms. Ortiz met the envoy. In Lima, she said, ⟦the talks had gone well⟧.", "Ortiz"),
    // Right after an aside set off by commas, `that` opens the content,
    // also when a cue follows inside it; after a phrase, `, which he
    // called` still opens a relative clause.
    Case("Mr. Li met reporters. He said, however, that ⟦he had asked the contractor to explain the delay⟧.", "Li"),
    Case("Ms. Berisha said ⟦her party would not join any such body⟧, which she called “⟦a trap⟧.”", "Berisha", "Berisha"),
    // A participle after a comma inside a closing mark is a second verb of
    // the same subject, as after a plain comma. (The quote, an adjunct of
    // its own, is a statement beside the paraphrase: session 53.)
    Case("The minister said ⟦the border would stay open⟧ “⟦as long as Chad exists⟧,” adding that ⟦Chad could not carry the burden alone⟧.", "the minister", "the minister", "the minister"),
    Case("The bank moved its stance to “neutral,” saying ⟦inflation had cooled faster than expected⟧.", "the bank"),
    // So is `according to` after one, unless the clause before has a cue of
    // its own, whose the quote is.
    Case("⟦The talks had been “difficult but not hopeless,”⟧ according to the Danish minister, Søren Holm.", "Søren Holm"),
    Case("Pavel Orlov called the clause “⟦an attempt to interfere⟧,” according to the agency Tass.", "Pavel Orlov"),
    // A condition or cause after a parenthetical attribution runs the
    // clause on; a concession the writer adds does not.
    Case("Ms. Ortiz met the envoy. ⟦Lima would sign, she said, only if the quota was dropped⟧.", "Ortiz"),
    Case("Ms. Ortiz met the envoy. ⟦The plan will work⟧, she said, although critics disagree.", "Ortiz"),
    // A state's judiciary speaks as a body.
    Case("Kenya’s judiciary said on its website that ⟦the hearing would be held in public⟧.", "Kenya’s judiciary"),
    // A restrictive relative clause that `that` opens before the cue,
    // with `that` as its subject, belongs to the speaker before it; one
    // with a subject of its own (`that opposition groups say`) does not.
    Case("The agency that has run the port for two decades said on Tuesday that ⟦cranes had been idle for a week⟧.", "The agency"),
    Case("The company that operates the ferry said ⟦sailings would resume on Friday⟧.", "The company"),
    Case("It was a charge that opposition groups say ⟦is used to jail activists⟧.", "opposition groups"),
    // Two plain nouns joined by `and` before the speaker noun modify it.
    Case("⟦The crossing will stay shut⟧, the trade and industry minister said.", "the trade and industry minister"),
    // `About` before a number opens a quantity, not a phrase of place.
    Case("⟦About 1,200 families returned to the valley⟧, the relief agency said on Friday.", "the relief agency"),
    // A second verb of a relative clause set off by commas ends its
    // content at the clause's closing comma: naming a place reports nothing.
    Case("The shoal is disputed. ⟦The reef was Chinese⟧, China said. China, which claims the waterway and calls the reef Ren’ai Jiao, has tried to stop supplies.", "China"),
    // `who` after a role's complement of plain words is the role's holder.
    Case("The delegation was led by Marta Quiroga Sáenz, the deputy minister of public works, who called the visit “⟦useful and overdue⟧.”", "Marta Quiroga Sáenz"),
    // After a trailing attribution and its comma, a clause that `as` opens
    // is the writer's, not the content.
    Case("⟦Exports fell 4 percent in March, the steepest drop this year⟧, the statistics office said on Monday, as factories cut back on night shifts.", "the statistics office"),
    // An en dash between two words joins them, as a hyphen does.
    Case("The report, which compared the Oslo–Bergen line with three others, said ⟦delays had doubled since 2019⟧.", "The report"),
    // A clause of time set off by a comma, with an attribution of its own,
    // ends the content before it, after a plain comma or one inside a
    // closing mark; without the comma the clause is part of what is said.
    Case("The chair told delegates that ⟦the draft was dead⟧, minutes after Chile’s envoy said ⟦her government could not sign it⟧.", "The chair", "Chile’s envoy"),
    Case("Mr. Adeyemi told reporters that ⟦talks were “not within reach,”⟧ hours after the rebels said ⟦they would not attend⟧.", "Adeyemi", "the rebels"),
    Case("The envoy said ⟦the ferry would not sail until the port authority said it was safe⟧.", "The envoy"),
    // A name that opens the clause after a quote heads a role and the
    // role's description set off after it, as it heads the role alone.
    Case("“⟦We did not come here to sign a pardon⟧,” Abílio Nhantumbo, the leader of Podemos, the largest opposition party, told reporters.", "Abílio Nhantumbo"),
    Case("“⟦We are ready⟧,” Olga Petrova, the spokeswoman, a veteran diplomat, said, “⟦but not at any price⟧.”", "Olga Petrova", "Olga Petrova"),
    // `reporting that` after a comma reports, as `saying that` does.
    Case("The state agency Ostra struck a warmer note, reporting that ⟦the talks had gone well⟧.", "Ostra"),
    // After a quote the cue attributes, `as` opens a clause of time, not
    // an object.
    Case("“⟦The rebels do not need visas⟧,” Nigeria’s defense minister, Bello Tukur, said as the meeting opened.", "Bello Tukur"),
    // A pronoun takes a person named with a role after the name, whose
    // given name tells no gender.
    Case("The delegation was led by Yanet Leyva Sorí, the Foreign Ministry’s deputy director general. “⟦We have always met our obligations⟧,” she said.", "Yanet Leyva Sorí"),
    // After an opening `according to`, the phrase before the comma is the
    // source: a cue there with no content after it is part of what the
    // source says; one with a content reports it.
    Case("According to two people familiar with the talks, ⟦Washington asked to send more consular officers to Havana⟧.", "people familiar with the talks"),
    Case("According to two diplomats, ⟦Washington asked for more time⟧.", "diplomats"),
    Case("According to two diplomats, Washington said ⟦it would leave the talks⟧.", "Washington"),
    // A cue in -ed inside a bare clause is its verb, not a participle the
    // walk to `that` passes over; one in a phrase a preposition opens is.
    Case("Ms. Penhaligon said ⟦she hoped to pass the bill⟧ and that ⟦she was confident it would pass⟧.", "Penhaligon", "Penhaligon"),
    Case("The embassy said in a statement posted on its website that ⟦the men were in stable condition⟧.", "The embassy"),
    // An object after `as` ends where a conjunction opens the subject's
    // next predicate.
    Case("The envoy described the two drafts as ⟦close to agreement⟧ and flew home to Oslo.", "envoy"),
    // After a colon the clause has a subject of its own: a participle
    // after `a statement` is its, not the sentence's first noun's.
    Case("Others were sharper: a union of port workers issued a statement calling the deal “⟦a sellout⟧.”", "union of port workers"),
    Case("The two delegations issued a joint statement saying ⟦the border would reopen in May⟧.", "delegations"),
    // The plural of a body's noun is a group that can speak.
    Case("The two ministries issued a joint statement saying ⟦the border would reopen in May⟧.", "ministries"),
    // `briefed` describes the one briefed; `made clear that`
    // and `repeated` report.
    Case("A Nordic diplomat briefed on the closed meetings said ⟦the two leaders had barely spoken⟧.", "Nordic diplomat"),
    Case("Amara Okafor backed the plan but made clear that ⟦her ministry would not pay for it⟧.", "Amara Okafor"),
    Case("The envoy repeated his government’s position that ⟦the railway would open in spring⟧.", "The envoy"),
    // `, but he` or `, and she` before a verb: the writer's own clause
    // about the speaker ends what was said.
    Case("Mr. Adam said ⟦his fighters would protect the convoys⟧, but he blamed the airstrikes for every failure.", "Adam"),
    Case("Ms. Varga said ⟦the talks had been useful⟧, and she thanked the hosts for their patience.", "Varga"),
    // A relative clause with commas of its own (a list's, an appositive's)
    // and a second verb in it: the subject is the phrase before it.
    Case("The Red Cross, which will carry the detainees between Aden, Sanaa and Jeddah, said ⟦the first flights could leave within a week⟧.", "Red Cross"),
    Case("Maria Lenz, who grew up in the valley and runs the farmers’ union, a group of 400 families, said ⟦the water had never come⟧.", "Maria Lenz"),
    // Names joined by `and` after a name and a comma end the modifier's
    // list: they are no appositive of the subject, nor the subject.
    Case("The Danish Refugee Council, which runs clinics in Gao, Kidal and Gourma Rharous, said ⟦the roads had reopened⟧.", "Danish Refugee Council"),
    // A finite verb's preposition takes its object, not a source as
    // `according to` does: the quote is the subject's.
    Case("Lena Ostrova praised the offer and called on both capitals to “⟦keep talking⟧.”", "Lena Ostrova"),
    // A thing that `showed that` inside what someone said shows it only in
    // the speaker's words: a later `but added` is the speaker's.
    Case("Ana Ruiz told a local radio station that ⟦the accord showed that “talking still works,”⟧ but added that ⟦the border would stay closed⟧.", "Ana Ruiz", "Ana Ruiz"),
    // A plural noun's verb before its object ends the phrase that a later
    // `several` refers to.
    Case("Officials from both countries cut a ribbon on the bridge on Monday. Several said ⟦the crossing would take years to pay off⟧.", "officials from both countries"),
    // An object of `accused`, then `of` and a verb in -ing, is the charge.
    Case("The opposition leader, Dragana Vuksanović, accused the government of ⟦refusing even to open the draft statute⟧.", "Dragana Vuksanović"),
    Case("Mr. Kadrić accused the Serb leadership of ⟦wrecking the talks to win applause at home⟧.", "Kadrić"),
    // A participle after a clause of time is its subject's when the
    // sentence's subject names no one.
    Case("Talks over the dam broke down on Sunday when Egypt’s delegation walked out of a closed session, accusing Addis Ababa of ⟦preparing a new round of filling⟧.", "Egypt’s delegation"),
    // A verb that reports only a clause (`clause only:` in reporting.tsv)
    // reports one after `that`; with none it is no attribution, and the
    // content before runs on through it.
    Case("The minister recognized that ⟦the plan had flaws⟧.", "minister"),
    Case("A Chilean official said ⟦Santiago was reluctant to let foreign officers carry weapons⟧, and that ⟦Bolivia’s delegation had rejected a compromise under which its inspectors would work unarmed⟧.", "Chilean official", "Chilean official"),
    // A name set off after a relative clause that opens the sentence, before
    // its verb, names the subject; `he` is that person.
    Case("The Qatari minister who led the mediation, Nasser al-Kuwari, struck a softer tone. In a brief statement, he said ⟦the two sides had narrowed some differences⟧.", "Nasser al-Kuwari"),
    // An initialism joined by a hyphen is one word (`U.N.-backed`, as
    // `UN-backed`): `which` is the outlet with its appositive.
    Case("⟦Fighting killed 14 civilians on Saturday⟧, according to Radio Okapi, the U.N.-backed broadcaster, which said ⟦shells had hit a market⟧.", "Radio Okapi", "Radio Okapi"),
    // People make what they publish, as a body does: a statement from them
    // is theirs.
    Case("A statement from the mediators said ⟦the next round was set for March⟧.", "mediators"),
    // A form of address outweighs a given name's gender (`Karen` is a man's
    // name in Armenia): `he` is Mr. Petrosyan.
    Case("Deputy Prime Minister Karen Petrosyan told reporters that ⟦the talks had been useful⟧. Mr. Petrosyan said ⟦the markers would be set before winter⟧. Asked whether he feared clashes, he paused. “⟦There will be arguments⟧,” he said.", "Karen Petrosyan", "Karen Petrosyan", "Karen Petrosyan"),
    // A relative clause on the source after `according to` is part of the
    // phrase: the content starts after its comma.
    Case("According to a European diplomat who sat in on the morning session, ⟦the two delegations exchanged written proposals but did not meet face to face⟧.", "European diplomat"),
    // `citing` and `speaking` name a source or an occasion, not a content;
    // the report beside them keeps its own.
    Case("The Vantara News Agency, citing two unnamed officials, reported that ⟦the pipeline would restart next week⟧.", "Vantara News Agency"),
    Case("The Harbour Post reported that ⟦the ferry service would resume on Friday⟧, citing the port authority.", "Harbour Post"),
    // A participle after a document and a phrase of time is the unit
    // subject's, as one right after the document is.
    Case("The foreign ministry issued a statement on Friday saying ⟦the talks had been postponed⟧.", "foreign ministry"),
    Case("The Lantern Daily, the party newspaper, ran an editorial late on Tuesday evening arguing that ⟦the accord gave away too much⟧.", "Lantern Daily"),
    // A second verb after a clause of time belongs to that clause's
    // subject when the sentence's subject names no one.
    Case("The talks ended on Monday without agreement, after the leader of the northern delegation walked out and accused the mediators of ⟦favouring the other side⟧.", "leader of the northern delegation"),
    // With no comma before the conjunction the second verb is that
    // clause's, whatever the sentence's subject names; after a comma it is
    // the sentence subject's.
    Case("Talks hosted by the Nordic Council on the quotas ended without agreement after the head of the Faroese delegation walked out and accused Norway of ⟦acting in bad faith⟧.", "head of the Faroese delegation"),
    Case("Petra Lund left the room after Tomas Ek arrived and said ⟦the deal was close⟧.", "Tomas Ek"),
    Case("Petra Lund left the room after Tomas Ek arrived, and said ⟦the deal was close⟧.", "Petra Lund"),
    // `who` after phrases joined by prepositions takes the first of them
    // with a role or group, not a name inside the last.
    Case("An executive at one of South Africa’s largest carmakers, who spoke on condition of anonymity, said ⟦the company would keep its plants⟧. “⟦We are staying⟧,” he said.", "executive", "executive"),
    Case("Two people familiar with the talks, who asked not to be named, said ⟦the opposition had proposed a panel of judges⟧. One of them said ⟦the proposal might be taken up next month⟧.", "people familiar with the talks", "people familiar with the talks"),
    // A list of names that `for` hangs on a people's noun is part of the
    // subject, not the speaker.
    Case("Negotiators for Norway, Iceland and the Faroe Islands said on Friday that ⟦they had agreed on new quotas⟧.", "Negotiators for Norway, Iceland and the Faroe Islands"),
    // A possessive after a titled name and `of` is inside the complement:
    // the speaker is the person, not `People’s Liberation Army Navy`.
    Case("Rear Adm. Peter Lund said ⟦the talks had been useful⟧. His counterpart, Senior Capt. Wei Ming of the People’s Liberation Army Navy, said ⟦the discussions had been frank⟧. But he insisted that ⟦foreign warships should stay away⟧.", "Peter Lund", "Wei Ming", "Wei Ming"),
    // A bare clause whose subject a subordinate clause sets off between
    // commas is a clause.
    Case("Diplomats said ⟦the ceasefire, if it holds, could reopen the port by spring⟧.", "diplomats"),
    Case("Economists say ⟦the accord, while narrow, could lift exports within a year⟧.", "economists"),
    Case("A senior Norwegian official, who spoke on condition of anonymity to discuss the closed sessions, said ⟦the draft had been rewritten twice overnight⟧.", "senior Norwegian official"),
    // `and that` opens the second of two clauses, so the first, whose
    // verb need not look like one (`set`), is content too.
    Case("The envoy said ⟦the accord set the budget back on a steady course⟧ and that ⟦the council would likely vote next week⟧.", "envoy", "envoy"),
    // `by` before a means (`telephone`) with a place after it names no
    // agent.
    Case("Hanna Berg, a spokeswoman for the mission, said by telephone from its base in Gao that ⟦convoys would run as usual⟧.", "Hanna Berg"),
    // A preposition that is also an adjective (`outside`), before a
    // plural noun and an auxiliary, opens the clause's subject.
    Case("Adaeze Okafor said ⟦outside mediators might be able to revive the talks by summer⟧.", "Adaeze Okafor"),
    // A concession set off by commas before the verb is inside the
    // content; one after the clause still ends it.
    // A closing single mark glued to a word, paired with no opener, is an
    // apostrophe: the appositive walk reads across it.
    Case("Rosa Tzul, a K’iche’ weaver from Totonicapán, said ⟦the road had been closed for a week⟧.", "Rosa Tzul"),
    // `that` before a verb is a relative pronoun; before a name in -ed it
    // opens the content.
    Case("The minister told reporters in Geneva that ⟦Ahmed Salem would lead the delegation⟧.", "minister"),
    // A cue that reports only a clause, with an object instead, reports
    // nothing; when its subject opens a main clause after a comma and a
    // conjunction, the content before still ends at the comma.
    Case("The embassy was closed over what Czech officials called ⟦an attempt to sabotage a depot⟧, and Russia responded hours later by expelling five diplomats.", "Czech officials"),
    // An aside between commas before the verb, with adverbs after it.
    Case("A senior official said ⟦the city’s share, about $40 million, still needed approval from the council⟧.", "senior official"),
    Case("The analyst said ⟦a walkout by the unions, though unlikely, could not be excluded⟧.", "analyst"),
    // So it is before a negated or passive reporting verb, which then
    // reports nothing and cuts nothing; and a participle may open it.
    Case("The analyst said ⟦a walkout by the unions, though unlikely, could not be ruled out⟧.", "analyst"),
    Case("The ministry said ⟦the convoy, though delayed, had not been attacked⟧.", "ministry"),
    Case("The analyst said ⟦the vote had gone smoothly⟧, though turnout was low.", "analyst"),
    // A phrase after a comma up to the next one that reads as a clause
    // is content, not the source's appositive.
    Case("According to the port authority, ⟦a tanker struck the pier and then drifted into the channel, blocking traffic for hours⟧.", "port authority"),
    // `writing` reports a clause.
    Case("Later, the mayor struck a softer tone, writing that ⟦the bridge would reopen within a month⟧.", "mayor"),
    // A colon between a named subject and a longer quote gives it the
    // words.
    Case("Anna Weller spoke first. Ms. Weller, asked for a timetable, was more guarded: “⟦When the surveyors are done⟧.”", "Anna Weller"),
    // A plural before `who` is a speaker however the relative clause ends.
    Case("Pilgrims who visited the shrine last week said ⟦the roads were safe again⟧.", "pilgrims"),
    // A member of a group that an appositive names is the named person.
    Case("A dozen fishermen blocked the harbour. One of them, Tomasz Ralik, 54, said ⟦the quotas were “a death sentence”⟧.", "Tomasz Ralik"),
    // A cue inside someone's content whose subject names no one is part of
    // that content.
    Case("Officials said ⟦the sides remained far apart, with the islanders seeking independence and some in the government suggesting that any transition should last a decade⟧.", "officials"),
    // A short aside with no verb between commas inside the clause's verb
    // phrase stays in the content; a clause after `though` does not.
    Case("Officials said ⟦the code had helped reduce, though not end, collisions in the strait⟧.", "officials"),
    Case("The minister said ⟦the talks had gone well⟧, though, as expected, nothing was signed.", "minister"),
    // A prepositional phrase ending in a relative clause without `that`
    // before a parenthetical attribution is adverbial: with the clause
    // after it, it is one statement that the attribution interrupts (not
    // the phrase alone).
    Case("Karin Arvidsson signed for Sweden. ⟦Under the accord the two leaders signed, she said, customs officers will check each truck only once⟧.", "Karin Arvidsson"),
    // A long clause that `where` opens between commas before the verb.
    Case("Tomas Berg said ⟦the province, where the currency has lost half its value and many teachers have gone months without pay, might feel some relief by spring⟧.", "Tomas Berg"),
    // A cue in a relative clause whose subject is a pronoun, inside
    // someone's content, is part of that content; one whose subject is a
    // speaker's noun is a statement of its own.
    Case("Lena Ortiz said ⟦the two cities would share the cost, which she estimated at about $9 million⟧, and that ⟦engineers would start in May⟧.", "Lena Ortiz", "Lena Ortiz"),
    // A participle cue after `by`, `after` or `before`, with `that`
    // after it, is the clause subject's; one with no clause reports
    // nothing.
    Case("The mayor opened the hearing by telling the residents that ⟦the bridge would reopen in May⟧.", "mayor"),
    Case("The minister ended the call after saying that ⟦the deal was off⟧.", "minister"),
    // A scare quote before the first real quote is passed over whole: the
    // paraphrase is not cut inside it.
    Case("The ministry said in a statement that ⟦the country supported a “balanced and development-friendly” outcome⟧ and would “⟦continue to engage constructively⟧.”", "ministry", "ministry"),
    // A clause begun before a parenthetical attribution with a listener,
    // that a quote after it completes, is one statement.
    Case("Ingrid Olsen chaired the round. ⟦It was, she told reporters, “not a small thing for the fleet.”⟧", "Ingrid Olsen"),
    // A complete clause before it stays a statement of its own.
    Case("Ingrid Olsen chaired the round. ⟦The talks were useful⟧, she told reporters, “⟦but not decisive⟧.”", "Ingrid Olsen", "Ingrid Olsen"),
    // (A plural after `of` behind a singular head names no speaker: see
    // the negatives.)
    // A quantity of a group (`some of the`, `many of them`) is the group.
    Case("Some of the farmers said ⟦the quotas had been cut in secret⟧.", "farmers"),
    // Plurals in -men and -women are groups (`speakers.tsv`).
    Case("Some of the fishermen said ⟦the quotas had been cut in secret⟧.", "fishermen"),
    Case("The protesters blocked the gates. Many of them said ⟦the new rules would cost them their jobs⟧.", "protesters"),
    // A quote right after `to` is what was pledged.
    Case("The two ministries pledged to “⟦keep the crossing open around the clock⟧” and said ⟦inspectors would arrive within days⟧.", "ministries", "ministries"),
    // A quantifier floated after its phrase leaves the phrase the speaker.
    Case("The envoys met in Oslo on Monday. They all said ⟦the round had been useful⟧.", "envoys"),
    Case("The delegates both said ⟦the harbor talks had been productive⟧.", "delegates"),
    // Adverbs of time before a pronoun subject are not part of it.
    Case("Rosa Tzul met the envoys. Later she said ⟦the talks had been useful⟧.", "Rosa Tzul"),
    // A quantifier as a phrase's article: the phrase speaks.
    Case("Each side said ⟦the other had broken the truce⟧.", "side"),
    Case("Every country said ⟦it would send monitors to the border⟧.", "country"),
    // `look` after a subject is its verb.
    Case("Bankers said ⟦the odds of a bond sale before March now look remote⟧.", "bankers"),
    // (After a determiner it is the noun: the clause runs on past the cue.)
    Case("⟦A look at the figures, analysts said, shows a sharp fall in grain exports⟧.", "analysts"),
    // Hope, confidence, concern or doubt expressed or voiced reports a clause.
    Case("Ms. Ortega expressed hope that ⟦the talks would resume before the harvest⟧.", "Ortega"),
    Case("The envoy voiced concern that ⟦the truce would not survive the winter⟧.", "envoy"),
    Case("The ambassadors met at noon. Afterwards they all told reporters that ⟦the round had gone well⟧.", "ambassadors"),
    // A plural that names a source, then a verb in its base form that
    // agrees with it, opens the reported clause: no listener, no subject.
    Case("The farm minister said ⟦growers fear ruin if the crossing stays closed⟧.", "farm minister"),
    Case("The trade commissioner said ⟦farmers fear ruin⟧.", "trade commissioner"),
    // `those` heads the phrase when no noun of a source follows it.
    Case("Those familiar with the talks said ⟦progress had been made⟧.", "those familiar with the talks"),
    Case("Those close to the president said ⟦he was tired of waiting⟧.", "those close to the president"),
    Case("Those officials said ⟦the deal was close⟧.", "officials"),
    // A determiner with an auxiliary right after it is a demonstrative
    // subject: a short clause before a trailing cue.
    Case("⟦Those are the terms⟧, the envoy said.", "envoy"),
    Case("⟦This is the plan⟧, the envoy said.", "envoy"),
    Case("⟦That was the offer⟧, the mediator said.", "mediator"),
    // What follows the quote that describes an object is the source's own
    // act, not content: the naming verb governs no predicate after it.
    Case("The agency described the meeting as “⟦a sign of goodwill⟧” and made no mention of the prisoners.", "agency"),
    Case("The minister called the talks “⟦useful and serious⟧,” but offered no sign of a deal.", "minister"),
    // A quote that opens the predicate after a subject is the clause's.
    Case("Ms. Duval said the truce “⟦could hold for months⟧,” and that ⟦much would depend on the weather⟧.", "Ms. Duval", "Ms. Duval"),
  ]

  /// An adverb that opens the sentence, set off by its comma, is neither
  /// the speaker nor one of its names, however many appositives follow.
  @Test func openingAdverbsAreNotSpeakers() throws {
    try Self.expectOneStatement([
      ("Separately, the ministry, which runs the camps, said the roads had reopened.", "ministry", "Separately"),
      ("Afterward, the chief negotiator, Bakyt Tokonbaev, told reporters that the document covered every meter.", "Bakyt Tokonbaev", "Afterward"),
    ])
  }

  /// A common noun that opens the sentence is written in lower case in
  /// the speaker's name; a title before a name keeps its capital.
  @Test func sentenceInitialCapitalOfASpeakersName() throws {
    for (text, name) in [
      ("Ms. Ortega’s office said the talks would resume.", "Ms. Ortega’s office"),
      ("President Ruto’s office said the talks would resume.", "President Ruto’s office"),
      ("Officials said the talks would resume.", "officials"),
    ] {
      let (document, attribution) = try AttributionTestSupport.attribute(text)
      try #require(attribution.statements.count == 1, "\(AttributionTestSupport.describe(document, attribution))")
      #expect(attribution.speakers[attribution.statements[0].speaker].name == name)
    }
  }

  /// Each text has one statement, whose speaker is called `speaker` and
  /// not `notCalled`.
  static func expectOneStatement(_ cases: [(text: String, speaker: String, notCalled: String)]) throws {
    for c in cases {
      let (document, attribution) = try AttributionTestSupport.attribute(c.text)
      try #require(attribution.statements.count == 1, "\(AttributionTestSupport.describe(document, attribution))")
      let speaker = attribution.speakers[attribution.statements[0].speaker]
      #expect(speaker.isCalled(c.speaker), "\(speaker.name) \(speaker.aliases)")
      #expect(!speaker.isCalled(c.notCalled), "\(speaker.name) \(speaker.aliases)")
    }
  }

  /// An appositive after a participle's phrase names the phrase's last
  /// noun, and names joined by `and` after a modifier end its list: neither
  /// is a name of the speaker.
  @Test func appositivesAfterAModifierAreNotTheSpeakers() throws {
    try Self.expectOneStatement([
      ("“The offer is too small,” said the northern delegation, headed by Arno Vidal, a former judge.", "northern delegation", "former judge"),
      ("The Red Cross, which will carry the detainees between Aden, Sanaa and Jeddah, said the first flights could leave within a week.", "Red Cross", "Sanaa and Jeddah"),
    ])
  }

  @Test("finds the marked statements and their speakers", arguments: cases)
  func finds(_ c: Case) throws {
    let marked = MarkedText(c.marked)
    let (document, attribution) = try AttributionTestSupport.attribute(marked.text)
    let found = attribution.statements.map(\.content)
    #expect(found == marked.spans, "found: \(AttributionTestSupport.describe(document, attribution))")
    try #require(attribution.statements.count == c.speakers.count)
    for (statement, expected) in zip(attribution.statements, c.speakers) {
      let speaker = attribution.speakers[statement.speaker]
      #expect(speaker.isCalled(expected), "«\(document.string(statement.content))» → \(speaker.name) \(speaker.aliases), expected \(expected)")
    }
  }

  /// Quotation marks that do not report speech, verbs of saying that report
  /// nothing, and narration.
  static let negatives: [String] = [
    // A verb with a lone preposition after it asks for something; it
    // reports nothing (session 67).
    "The plan gives the farmers what they asked for.",
    // Acts of state, not reports: these verbs report only a clause.
    "Only Armenia recognizes the breakaway region, and its airport has been closed since 1992.",
    "Kosovo declared independence from Serbia in 2008, a step Belgrade has never accepted.",
    "Russia recognized the two regions as independent after the war and stationed troops in both.",
    // The standard of a comparison reports nothing.
    "The harvest came in early, far better than farmers had feared.",
    // A plural after `of` behind a singular head names no speaker.
    "The order of the visits suggested that the envoy was testing both capitals.",
    // `adding` after `by` with an object reports nothing.
    "The envoy stalled the talks by adding new demands on the missile program.",
    // `writing` with an object, or as a noun, reports nothing.
    "The committee spent the week writing a new constitution for the federation.",
    "The agreement was put in writing on Friday and signed by both ministers.",
    // `spoke` and `citing` with an object report nothing.
    "The two army chiefs spoke over their new hotline on Tuesday and agreed to pull back heavy guns.",
    "The broadcaster aired the interview on Sunday evening, citing unnamed sources close to the cabinet.",
    // A preposition after a phrase that one opens, or after `by`, opens no
    // charge.
    "An official spoke on condition of anonymity in keeping with government practice.",
    "Russia responded hours later by expelling five Czech diplomats from Moscow.",
    "The so-called “peace corridor” was closed again on Friday.",
    "The committee published a report titled “Paths to Recovery” on Monday.",
    "Delegates spent the morning on the “humanitarian pause” proposal.",
    "Her memoir, “Years of Waiting,” sold well in the capital.",
    "The government's “temporary” curfew is now in its second month.",
    "The ministry did not say when the talks would resume.",
    "Officials declined to comment on the report.",
    "The rebel command is believed to be hiding in the north.",
    "She said goodbye to her colleagues at the embassy.",
    "The talks, said to be the longest in years, ended on Sunday.",
    "Food shortages reported by aid groups have worsened since March.",
    "The minister would not say whether a deal was close.",
    "The talks ended on Thursday after two days of meetings.",
    // A clause that `as` opens after a cue reports nothing.
    "Opposition lawmakers shouted from their seats as he left the chamber.",
    // A negative subject says nothing.
    "Neither government would say who would lead the talks.",
    "Nobody said the talks had failed.",
    // Finding a thing is no finding that.
    "Police found the car near the border.",
    "The king ruled the country for 30 years.",
    // A passive's agent names no source for an `as` in a later clause.
    "Chad has been ruled by the military since 2021, and divisions inside the army have grown as the transition has dragged on.",
    // A sentence's opening phrase before its subject and a progressive cue
    // reports nothing.
    "In a classroom ringed by razor wire at the prison, twenty men in white uniforms are arguing about Aristotle.",
    // An infinitive after an adjective that does not say the act was done.
    "Officials were reluctant to say when the talks would resume.",
    "Officials were slow to point out the risks.",
    // Neither a complaint without a clause nor talks that concluded report
    // anything.
    "He complained of chest pains on Tuesday.",
    "The talks concluded on Friday in Geneva.",
    // `he` with no speaker and no person in the text before it.
    "The talks ended on Monday. “We will be back,” he said.",
    // `what` stands for the content when a person or people heard it.
    "Ana Restrepo runs a pharmacy. Asked what she tells patients who cannot find the drug, she sighed.",
    "It is unclear what the envoy told them about the plan.",
    "It is not clear what the minister told the reporters on Friday.",
    // Nor does a cue in a clause that asks or supposes.
    "Mr. Halvorsen, asked whether he feared a recount, only smiled.",
    "If the envoy said the talks had failed, he was wrong.",
    // A verb's form in -s after a quantifier is a plural noun.
    "The country depends on pipelines to export its crude, which by most estimates provides roughly 90 percent of government revenue.",
    // `repeated` before its noun, with no subject and no content.
    "The repeated delays at the border angered the truckers.",
    // `answered`, `responded`, `replied` with a bare object or a
    // preposition report an act, not words (`clause only:`).
    "Israel answered with artillery strikes on two villages that killed three people.",
    // So do `concluded` and `ruled` (session 54).
    "Britain and the European Union on Monday concluded a veterinary agreement that will do away with most border checks.",
    "The International Court of Justice ruled on the two countries’ claims in 2023.",
    "The army responded with raids on two camps that took four lives.",
    // A subject pronoun and a verb before a cue are a clause, no source.
    "It came amid growing fears that the ceasefire was about to collapse.",
    "The accord was signed in June, and it goes further than a proposal announced last year under which only the state paid the families.",
    // An adjective of growth before a noun that is also a cue speaks not.
    "Mounting fears that the truce would collapse pushed the envoys back to Doha.",
    "Growing hopes that the corridor would reopen lifted grain prices.",
    // (With a bare object, they report no content.)
    "Ms. Ortega voiced concern about the delays at the crossing.",
  ]

  @Test("finds no statement", arguments: negatives)
  func noStatement(_ text: String) throws {
    let (document, attribution) = try AttributionTestSupport.attribute(text)
    #expect(attribution.statements.isEmpty, "found: \(AttributionTestSupport.describe(document, attribution))")
    #expect(attribution.speakers.isEmpty)
  }

  @Test("the statement records its cue, the cue's stance entry and its source mention")
  func cueAndSource() throws {
    let engine = try TestSupport.engine()
    let (document, attribution) = try AttributionTestSupport.attribute("Petra Holm insisted that the ceasefire would hold.")
    let statement = try #require(attribution.statements.first)
    #expect(statement.form == .reported)
    #expect(statement.cue.map { document.string($0) } == "insisted")
    let entry = try #require(statement.cueEntry)
    #expect(engine.matcher.entries[entry].category == .report)
    #expect(engine.matcher.entries[entry].weight > 0)  // "insisted" asserts
    #expect(statement.source.map { document.string($0) } == "Petra Holm")
    #expect(statement.paragraph == 0)
  }

  @Test("forms: quote, partial quote, reported, according to, object")
  func forms() throws {
    let text = """
      “We will return,” said Ivo Kern. Ivo Kern said the talks were “useful” overall. \
      Ivo Kern said the talks would resume. According to Ivo Kern, the talks will resume. \
      Ivo Kern insisted on a full withdrawal before any talks.
      """
    let (document, attribution) = try AttributionTestSupport.attribute(text)
    let forms = attribution.statements.map(\.form)
    #expect(forms == [.quote, .partialQuote, .reported, .accordingTo, .object], "\(AttributionTestSupport.describe(document, attribution))")
  }

  @Test("statements are in text order, inside their paragraph, and never overlap")
  func orderAndParagraphs() throws {
    let text = """
      “The road is open,” said Mira Tan. Officials said the road would stay open.

      Mira Tan said the next convoy would leave at dawn, and officials said it would be escorted.
      """
    let (document, attribution) = try AttributionTestSupport.attribute(text)
    #expect(attribution.statements.count == 4, "\(AttributionTestSupport.describe(document, attribution))")
    for (a, b) in zip(attribution.statements, attribution.statements.dropFirst()) {
      #expect(a.content.end <= b.content.start)
    }
    for s in attribution.statements {
      #expect(document.paragraphs[s.paragraph].span.contains(s.content))
    }
    #expect(attribution.statements.map(\.paragraph) == [0, 0, 1, 1])
  }
}
