package target

import (
	"slices"
	"strings"
	"sync"

	"github.com/accordhq/accord/extract/internal/wordfilter"
	"github.com/accordhq/accord/extract/knowledge"
)

// A trie holds phrases as sequences of folded tokens, so that phrases are
// matched on the tokens of a sentence with the tokenizer that made them.
type trie struct {
	next  map[string]*trie
	val   string // what the phrase stands for (a currency code, a unit)
	ok    bool   // a phrase ends here
	upper bool   // the phrase was written in capitals: match capitals only
	// first passes the root's words (set on the root only): most tokens
	// start no phrase and are turned away without a map lookup.
	first *wordfilter.Filter
}

func (t *trie) add(phrase, val string, reverse bool) {
	toks := tokenize(phrase, 0, len(phrase), nil)
	n := t
	for k := range toks {
		if reverse {
			k = len(toks) - 1 - k
		}
		f := toks[k].f
		if n.next == nil {
			n.next = make(map[string]*trie)
		}
		c := n.next[f]
		if c == nil {
			c = &trie{}
			n.next[f] = c
		}
		if n == t {
			if t.first == nil {
				t.first = new(wordfilter.Filter)
			}
			t.first.Add(f)
		}
		n = c
	}
	if n != t {
		// A phrase written in capitals ("EURO") is read only in capitals,
		// unless the same words are also listed in lower case ("euro"):
		// the lower-case entry is not to be narrowed by the capital one.
		up := strings.ToUpper(phrase) == phrase && strings.ToLower(phrase) != phrase
		n.upper = up && (!n.ok || n.upper)
		n.ok, n.val = true, val
	}
}

// match returns the end (exclusive) of the longest phrase that starts at
// toks[i], or -1.
func (t *trie) match(toks []token, i int) (int, string) {
	end, val := -1, ""
	n := t
	upper := true
	if i < len(toks) && (t.first == nil || !t.first.HasHash(toks[i].hash())) {
		return end, val
	}
	for j := i; j < len(toks); j++ {
		c := n.next[toks[j].f]
		if c == nil {
			break
		}
		upper = upper && (toks[j].upper || toks[j].k != word)
		if c.ok && (!c.upper || upper) {
			end, val = j+1, c.val
		}
		n = c
	}
	return end, val
}

// matchBack returns the start of the longest phrase of a reversed trie that
// ends at toks[i-1], or -1.
func (t *trie) matchBack(toks []token, i int) (int, string) {
	start, val := -1, ""
	n := t
	if i > 0 && (t.first == nil || !t.first.HasHash(toks[i-1].hash())) {
		return start, val
	}
	for j := i - 1; j >= 0; j-- {
		c := n.next[toks[j].f]
		if c == nil {
			break
		}
		if c.ok {
			start, val = j, c.val
		}
		n = c
	}
	return start, val
}

func newTrie(phrases []string, reverse bool) *trie {
	t := &trie{}
	for _, p := range phrases {
		t.add(p, p, reverse)
	}
	return t
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

// lex is the knowledge of data/units.json, metrics.json, targets.json and
// countries.json compiled for matching.
type lex struct {
	numbers     *trie // number words, val unused: see numberVal
	numberVal   map[string]float64
	scales      map[string]float64
	symbols     map[string]string // $ → USD, US$ → USD
	currAfter   *trie             // names written after an amount: USD, dollars
	currBefore  map[string]string // codes written before: USD 3 billion
	currNames   *trie             // names, reversed, as written before a scaled amount: Yen 21 billion
	percent     *trie
	points      *trie
	units       *trie // val: unit
	countables  *trie
	levelCounts *trie
	trainees    *trie           // people, officials: counted when trained
	trainVerbs  map[string]bool // train, training, upskill
	roundNouns  map[string]bool // rounds, counted as ammunition
	ammunition  map[string]bool // ammunition, munitions
	scopeNouns  map[string]bool // projects: counted after a sum's "for", its scope
	perTime     *trie

	heads, goal, ofHeads, stop, jointHeads map[string]bool
	bilateral, jointSubjects               *trie
	nominal                                map[string]string
	firstNumberWord                        map[string]bool   // first words of number words: five, a
	firstNumberFilter                      wordfilter.Filter // firstNumberWord's words, for every word of the text
	unitNames                              map[string]bool   // the units of data/units.json: tonnes, MW
	goalNouns                              map[string]bool
	setGoalNouns                           map[string]bool
	donorFinance                           map[string]bool
	leaderTitles                           map[string]bool
	goalVerbStems                          []string
	denominators                           *trie
	perfect, perfectCues                   map[string]bool
	subjVerbs, subjNouns, adverbs          map[string]bool
	companies                              *trie
	firms                                  *trie           // val: the firm's country
	sellers                                map[string]bool // Boeing: a maker, whose deals are sales
	groups                                 *trie           // val: the members' codes, comma-separated
	purposeVerbs                           map[string]bool
	purposeOpeners                         *trie           // "in order" before a purpose's "to" (purposeTo)
	ofSubjects                             map[string]bool // "the government of Kuwait" (titledOf)
	agentParticiples                       map[string]bool // "pledged by Japan" (participleAgent)
	recipientVerbs                         map[string]bool // "provide Jordan with $N" (providedWith)
	reportAdverbs                          *trie           // "so far" before "offered" (reportedCue)
	capitals                               *trie           // val: the country whose government sits there (capitalSubject)
	riseVerbs, riseAux, hostStops          map[string]bool // hostTail
	mannerAdverbs                          map[string]bool // pastAdverb
	tailVerbs                              map[string]bool // after "to": the purpose a metric's tail keeps (objecttail.go)
	addedModifiers                         map[string]bool // "in additional X": X names the money (fronttail.go)
	lenderWords                            map[string]bool // a body's name with one lends or gives aid (lender.go)
	destinationVerbs                       map[string]bool
	welcome                                map[string]bool

	gteBefore, lteBefore, approxBefore *trie // reversed
	gteAfter, lteAfter                 *trie
	cues, stats, withheld              *trie
	forecasts                          *trie
	deadline                           *trie // reversed
	months, manner                     map[string]bool
	listClauses                        *trie
	ownTimes                           *trie // "in the near future": a time of a goal's own
	reachVerbs                         map[string]bool
	countries                          *trie // val: ISO code, with * for a demonym
	tradeOffices                       map[string]bool
	tradeAliases                       []string
	tariffChangers                     map[string]bool // reduce, eliminate: a subject's own tariffs
	programmes                         *trie           // a country's own programmes: Ukraine Security Assistance Initiative
	bodies                             *trie           // a country's agencies and state lenders (also in countries)
	lenderHeads, notLenders            map[string]bool // fund, bank; central, wealth
	envoys                             *trie           // ambassador, high commissioner: who signs for the giver
	homeDollar                         map[string]string
	sharedHome                         map[string]map[string]string // a shared currency name or sign, folded -> country -> code
	dollarOf                           map[string]string            // CAD → CA: whose dollar a code names
	namedDollars                       map[string]bool              // currencies named "… dollars" (not the pesos written "$")
	currencyOf                         map[string]string            // JPY → JP: the one country issuing it
	donorCurrency                      map[string]bool              // JPY: its issuer gives the grants told in it
	multipliers                        map[string]float64
	funding, currencies, forHeads      map[string]bool
	givingNominals                     map[string]bool
	beneficiary                        map[string]bool
	enabling, ownTrade                 map[string]bool
	generic                            map[string]bool // commitment: a sum that names its object after it
	domestic                           *trie
	people                             map[string]string // Australians → AU: a country's own people
	national                           map[string]bool
	glued                              map[string]float64
	blocs                              map[string]bool // codes of holders that are not countries: EU
	counterpart                        map[string]bool
	statutes                           map[string]bool // Act, Treaty: "the X Act of 1962" is a law's name
	tariffImposers, tariffImporters    map[string]bool
	tariffPayers, tariffMovers         map[string]bool // will pay a tariff; export … to X at a tariff
	tariffExports                      map[string]bool
	levelAfter                         *trie
	shareVerbs                         *trie
	annualHeads                        map[string]bool
	factorBases                        *trie
	reporting                          map[string]bool
	changeVerbs, adoptVerbs            map[string]bool
	levelVerbs                         map[string]bool // lift … to: a level sought
	decisionNouns                      map[string]bool // reached a consensus: a decision, no level reached
	urgeVerbs, urgedPairs              *trie           // asked the countries to: the pair's goal
	totalVerbs                         map[string]bool // bringing the total to: a running total
	nowTotals                          map[string]bool // "now totals $X": a sum reached so far
	capsNames                          map[string]bool // stop words a country's name is when written in capitals ("US")
	compareWords                       map[string]bool // above, below: another's level compared with
	coveredGoods                       map[string]bool // goods, imports: the trade a tariff falls on
	placeHeads                         *trie           // Lake, Gulf of (reversed): a place named after a country
	otherGivers                        map[string]bool // "other donors": givers besides the holder
	multilaterals                      *trie           // the World Bank: a lender of many states, no country
	allianceMembers                    *trie           // NATO allies: an alliance's members as one body
	pledgedBefore                      map[string]bool // pledged, our commitment: a pledge made before the text
	gapNouns                           map[string]bool // need, gap: an amount that sizes a want
	intentNouns                        map[string]bool // "Peru's announcement to allocate": Peru gives
	firmSuffixes                       map[string]bool // Inc., Ltd: after a firm's name
	patientVerbs                       map[string]bool // train, host: people are their object
	bodyHeads                          map[string]bool // Fund, Partnership: a body's name ends with them
	mobilityNouns                      map[string]bool // citizens, workers: people who move between countries
	agreementNouns, tradeFlows         map[string]bool // the EU FTA; our exports
	dealNouns                          map[string]bool // the Acme commitment: a deal with a seller
	relational                         map[string]bool // to partner with: whom, not what for
	partnerHeads                       map[string]bool // the partnership with: whom the object is with
	nameHeads                          map[string]bool // Project, Fund: words of many names
	subordinators, determiners         map[string]bool // as the volume doubled: a clause of its own
	conditional                        map[string]bool // would lower … to: proposed, not sought
	signedDeals, signingVerbs          map[string]bool // a contract signed at the visit; signing, struck
	exchangedDocs, exchangeVerbs       map[string]bool // notes exchanged; exchanged, signed
	documentLinks                      map[string]bool // notes concerning a loan
	reportTimes, valueLinks            *trie           // since, so far; worth, valued at
	thankVerbs                         *trie           // thanked, expressed gratitude to
	giftVerbs                          map[string]bool // for providing, for donating
	giftListOpeners                    *trie           // via, including
	giftNouns                          map[string]bool // for its support, for the grant
}

var (
	lexOnce sync.Once
	lx      *lex
)

func lexicon() *lex {
	lexOnce.Do(func() { lx = buildLex() })
	return lx
}

func buildLex() *lex {
	u, m, p := knowledge.TargetUnits(), knowledge.TargetMetrics(), knowledge.TargetWords()
	l := &lex{
		numberVal: map[string]float64{}, scales: u.Scales, symbols: map[string]string{},
		currAfter: &trie{}, currBefore: map[string]string{}, currNames: &trie{}, units: &trie{},
		numbers: &trie{}, nominal: m.Nominal, countries: &trie{},
	}
	l.firstNumberWord = map[string]bool{}
	for w, v := range u.Numbers {
		l.numbers.add(w, w, false)
		l.numberVal[w] = v
		f := strings.Fields(strings.ToLower(w))
		l.firstNumberWord[f[len(f)-1]] = true // a dozen: dozen is in every such sentence
	}
	for _, c := range u.Currencies {
		for _, s := range c.Symbols {
			l.symbols[s] = c.Code
		}
		for _, n := range c.Names {
			l.currAfter.add(n, c.Code, false)
			l.currNames.add(n, c.Code, true)
			if strings.ToUpper(n) == n {
				l.currBefore[n] = c.Code
			}
		}
	}
	l.percent = newTrie(u.Percent, false)
	l.points = newTrie(u.Points, false)
	l.unitNames = map[string]bool{}
	for _, un := range u.Units {
		l.unitNames[un.Unit] = true
		for _, f := range un.Forms {
			l.units.add(f, un.Unit, false)
		}
	}
	l.countables = newTrie(u.Countables, false)
	l.levelCounts = newTrie(u.LevelCountables, false)
	l.trainees, l.trainVerbs = newTrie(u.TraineeNouns, false), set(u.TrainingVerbs)
	l.roundNouns, l.ammunition = set(u.RoundNouns), set(u.AmmunitionWords)
	l.scopeNouns = set(u.ScopeNouns)
	l.perTime = newTrie(u.PerTime, false)
	l.goalNouns = set(m.GoalNouns)
	l.setGoalNouns = set(m.SetGoalNouns)
	l.donorFinance = set(m.DonorFinanceHeads)
	l.leaderTitles = set(m.LeaderTitles)
	l.goalVerbStems = m.GoalVerbStems
	l.denominators = newTrie(m.Denominators, false)
	l.perfect, l.perfectCues = set(p.Perfect), set(p.PerfectCues)
	l.domestic, l.people = newTrie(p.Domestic, false), map[string]string{}
	l.heads, l.goal, l.ofHeads, l.stop = set(m.Heads), set(m.GoalWords), set(m.OfHeads), set(m.Stop)
	l.jointHeads = set(m.JointHeads)
	l.agreementNouns, l.tradeFlows = set(m.AgreementNouns), set(m.TradeFlows)
	l.dealNouns = set(m.DealNouns)
	l.relational = set(m.RelationalVerbs)
	l.partnerHeads = set(m.PartnerHeads)
	l.nameHeads = set(m.NameHeads)
	l.welcome = set(m.WelcomeVerbs)
	l.changeVerbs, l.adoptVerbs = set(m.ChangeVerbs), set(m.AdoptVerbs)
	l.subjVerbs, l.subjNouns, l.adverbs = set(m.SubjectVerbs), set(m.SubjectNouns), set(m.Adverbs)
	l.companies = newTrie(m.CompanyNouns, false)
	l.purposeVerbs = set(m.PurposeVerbs)
	l.purposeOpeners = newTrie(m.PurposeOpeners, false)
	l.ofSubjects = set(m.OfSubjects)
	l.agentParticiples = set(m.AgentParticiples)
	l.recipientVerbs = set(m.WithRecipientVerbs)
	l.riseVerbs, l.riseAux, l.hostStops = set(m.RiseVerbs), set(m.RiseAux), set(m.HostStops)
	l.mannerAdverbs = set(m.MannerAdverbs)
	l.tailVerbs = set(m.TailVerbs)
	l.addedModifiers = set(m.AddedModifiers)
	l.lenderWords = set(m.LenderWords)
	l.destinationVerbs = set(m.DestinationVerbs)
	l.bilateral = newTrie(m.Bilateral, false)
	l.jointSubjects = newTrie(m.JointSubjects, false)
	l.gteBefore, l.lteBefore, l.approxBefore = newTrie(p.GteBefore, true), newTrie(p.LteBefore, true), newTrie(p.ApproxBefore, true)
	l.gteAfter, l.lteAfter = newTrie(p.GteAfter, false), newTrie(p.LteAfter, false)
	l.cues, l.stats, l.withheld = newTrie(p.Cues, false), newTrie(p.Statistics, false), newTrie(p.Withheld, false)
	l.levelAfter = newTrie(p.LevelAfter, false)
	l.shareVerbs = newTrie(p.ShareVerbs, false)
	l.annualHeads = set(p.AnnualHeads)
	l.factorBases = newTrie(p.FactorBases, false)
	l.reporting = set(p.ReportingVerbs)
	l.levelVerbs = set(p.LevelVerbs)
	l.decisionNouns = set(p.DecisionNouns)
	l.urgeVerbs, l.urgedPairs = newTrie(p.UrgeVerbs, false), newTrie(p.UrgedPairs, false)
	l.totalVerbs = set(p.TotalVerbs)
	l.nowTotals = set(p.NowTotals)
	l.capsNames = map[string]bool{}
	l.compareWords = set(p.CompareWords)
	l.coveredGoods = set(p.CoveredGoods)
	l.placeHeads = newTrie(p.PlaceHeads, true)
	l.otherGivers = set(p.OtherGivers)
	l.multilaterals = newTrie(p.Multilaterals, false)
	l.allianceMembers = newTrie(p.AllianceMembers, false)
	l.pledgedBefore = set(p.PledgedBefore)
	l.gapNouns = set(p.GapNouns)
	l.intentNouns = set(p.IntentNouns)
	l.firmSuffixes = set(p.FirmSuffixes)
	l.patientVerbs = set(p.PatientVerbs)
	l.bodyHeads = set(p.BodyHeads)
	l.mobilityNouns = set(p.MobilityNouns)
	l.subordinators, l.determiners = set(p.Subordinators), set(p.Determiners)
	l.conditional = set(p.Conditional)
	l.signedDeals, l.signingVerbs = set(p.SignedDeals), set(p.SigningVerbs)
	l.exchangedDocs, l.exchangeVerbs, l.documentLinks = set(p.ExchangedDocuments), set(p.ExchangeVerbs), set(p.DocumentLinks)
	l.reportTimes, l.valueLinks = newTrie(p.ReportTimes, false), newTrie(p.ValueLinks, false)
	l.reportAdverbs = newTrie(p.ReportAdverbs, false)
	l.thankVerbs, l.giftVerbs = newTrie(p.ThankVerbs, false), set(p.GiftVerbs)
	l.giftListOpeners, l.giftNouns = newTrie(p.GiftListOpeners, false), set(p.GiftNouns)
	l.forecasts = newTrie(p.Forecasts, false)
	l.deadline = newTrie(p.DeadlineBefore, true)
	l.months, l.manner = set(p.Months), set(p.Manner)
	l.listClauses = newTrie(p.ListClauses, false)
	l.ownTimes = newTrie(p.OwnTimes, false)
	l.reachVerbs = set(p.ReachVerbs)
	l.homeDollar, l.multipliers = u.HomeDollar, u.Multipliers
	l.dollarOf = map[string]string{}
	l.currencyOf = map[string]string{}
	l.donorCurrency = map[string]bool{}
	for _, code := range u.DonorCurrencies {
		l.donorCurrency[code] = true // codes as written: set would lower-case them
	}
	for c, code := range u.HomeCurrency {
		l.currencyOf[code] = c
	}
	for c, code := range u.HomeDollar {
		l.dollarOf[code] = c
	}
	for w := range u.Multipliers {
		l.firstNumberWord[strings.ToLower(w)] = true // doubling trade: a sentence to read
	}
	l.funding, l.forHeads, l.generic = set(m.FundingHeads), set(m.ForHeads), set(m.GenericHeads)
	l.givingNominals = set(m.GivingNominals)
	l.beneficiary = set(m.BeneficiaryVerbs)
	l.enabling, l.ownTrade = set(m.EnablingVerbs), set(m.OwnTradeWords)
	l.tradeOffices = set(m.TradeOffices)
	l.tradeAliases = m.TradeAliases
	l.currencies = map[string]bool{}
	l.namedDollars = map[string]bool{}
	for _, c := range u.Currencies {
		l.currencies[c.Code] = true
		for _, n := range c.Names {
			if strings.Contains(strings.ToLower(n), "dollar") {
				l.namedDollars[c.Code] = true
			}
		}
	}
	for _, c := range u.HomeDollar {
		l.currencies[c] = true
	}
	l.sharedHome = map[string]map[string]string{}
	for _, sc := range u.HomeShared {
		for _, n := range sc.Names {
			l.sharedHome[strings.ToLower(n)] = sc.Home
			if sc.Code == "" {
				l.currAfter.add(n, "", false) // read only where an outlet's country issues it
			}
		}
		for _, c := range sc.Home {
			l.currencies[c] = true
		}
	}
	l.national = set(m.NationalHeads)
	l.glued = u.GluedScales
	l.blocs = map[string]bool{}
	l.counterpart = set(m.CounterpartHeads)
	l.statutes = set(m.StatuteNouns)
	l.tariffImposers, l.tariffImporters, l.tariffExports = set(m.TariffImposers), set(m.TariffImporters), set(m.TariffExports)
	l.tariffPayers, l.tariffMovers = set(m.TariffPayers), set(m.TariffMovers)
	l.tariffChangers = set(m.TariffChangers)
	l.programmes = &trie{}
	for code, names := range m.Programmes {
		for _, n := range names {
			l.programmes.add(n, code, false)
		}
	}
	l.lenderHeads, l.notLenders = set(m.LenderHeads), set(m.NotLenders)
	l.envoys = newTrie(m.EnvoyTitles, false)
	l.bodies = &trie{}
	for code, names := range m.Bodies {
		for _, n := range names {
			l.countries.add(n, code, false)
			l.bodies.add(n, code, false)
		}
	}
	// Groups of countries ("Quad partners") commit as their members.
	l.groups = &trie{}
	l.capitals = &trie{}
	if acts, err := knowledge.LoadActors(); err == nil {
		for _, p := range acts.Places {
			if p.Capital {
				for _, n := range append([]string{p.Name}, p.Aliases...) {
					l.capitals.add(n, p.Country, false)
				}
			}
		}
		for _, r := range acts.Regions.Regions {
			for _, n := range slices.Concat(r.Names, r.HolderNames) {
				l.groups.add(n, strings.Join(r.Members, ","), false)
			}
		}
	}
	l.firms = &trie{}
	l.sellers = set(knowledge.TargetCompanies().Sellers)
	for code, names := range knowledge.TargetCompanies().Firms {
		for _, n := range names {
			l.firms.add(n, code, false)
		}
	}
	for _, b := range m.Blocs {
		l.blocs[b.Code] = true
		for _, n := range b.Names {
			l.countries.add(n, b.Code, false)
		}
		for _, n := range b.Programmes {
			l.countries.add(n, b.Code+"+", false) // + marks a programme
		}
		for _, n := range b.Demonyms {
			l.countries.add(n, b.Code+"*", false)
		}
	}
	for _, c := range knowledge.Countries() {
		for _, n := range append([]string{c.Name, c.Official}, c.Aliases...) {
			l.countries.add(n, c.Code, false)
			if !strings.ContainsAny(n, " .") && strings.ToUpper(n) == n && l.stop[strings.ToLower(n)] {
				l.capsNames[strings.ToLower(n)] = true // "US", not "us"
			}
		}
		for _, d := range c.Demonyms {
			l.countries.add(d, c.Code+"*", false) // * marks a demonym
			if !strings.ContainsAny(d, " -") && !strings.HasSuffix(d, "s") {
				l.people[strings.ToLower(d)+"s"] = c.Code
			}
		}
	}
	// "Philippines" is a country's name, not its people.
	for _, c := range knowledge.Countries() {
		for _, n := range append([]string{c.Name, c.Official}, c.Aliases...) {
			delete(l.people, strings.ToLower(n))
		}
	}
	for w, ok := range l.firstNumberWord {
		if ok {
			l.firstNumberFilter.Add(w)
		}
	}
	return l
}
