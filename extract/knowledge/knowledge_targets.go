package knowledge

import "sync"

// Units is data/units.json: how amounts are written.
type Units struct {
	Numbers    map[string]float64 `json:"numbers"` // number words: five → 5
	Scales     map[string]float64 `json:"scales"`  // million → 1e6
	Currencies []Currency         `json:"currencies"`
	Percent    []string           `json:"percent"` // per cent, percent, %
	Points     []string           `json:"points"`  // percentage points
	Units      []Unit             `json:"units"`
	// Countables are nouns counted in units of "count" (helicopters, jobs).
	Countables []string `json:"countables"`
	// LevelCountables are counted only as a level to reach, after "to"
	// ("expand the exchange to around 900 participants"): elsewhere they
	// count who attended or took part ("brought together 2,500
	// participants"), a report.
	LevelCountables []string `json:"level_countables"`
	// TraineeNouns are counted only as those a training verb right before
	// the number trains ("will train 5,000 people"): elsewhere a number of
	// people is a statistic ("a market of 1.3 billion people").
	TraineeNouns []string `json:"trainee_nouns"`
	// TrainingVerbs train the counted trainees after them.
	TrainingVerbs []string `json:"training_verbs"`
	// RoundNouns count ammunition when an ammunition word follows within
	// a calibre's few words ("36,000 rounds of 155mm artillery
	// ammunition"); alone they are as likely funding or talks ("two rounds").
	RoundNouns      []string `json:"round_nouns"`
	AmmunitionWords []string `json:"ammunition_words"`
	// ScopeNouns counted after "for" behind a sum are that sum's scope, no
	// count of their own: "a loan of JPY 40 billion for nine projects".
	ScopeNouns []string `json:"scope_nouns"`
	// PerTime words after a unit say it is a rate: 3.3 million tons/year.
	PerTime []string `json:"per_time"`
	// GluedScales are scale letters written against a number: NZ$8.6m,
	// $245k. Apart from a number they are other words (m for metres).
	GluedScales map[string]float64 `json:"glued_scales"`
	// HomeDollar is the currency a bare "$" or "dollars" stands for in an
	// outlet of each country: "$" in a Canadian release is CAD.
	HomeDollar map[string]string `json:"home_dollar"`
	// HomeCurrency is the currency only one country issues, by country: a
	// loan or grant signed in it is that country's money.
	HomeCurrency map[string]string `json:"home_currency"`
	// DonorCurrencies are currencies whose issuer gives, not receives, the
	// grants and loans told in them in another country's text: "The
	// Exchange of Notes formalises a grant assistance of JPY 100,000,000" in
	// Samoa's release is Japan's. (Not a recipient's own currency: India's
	// grant told in rufiyaa is India's.)
	DonorCurrencies []string `json:"donor_currencies"`
	// HomeShared are currency names and signs several countries share
	// ("Rs", "rupees", "riyals", "shillings"), read in the outlet's
	// country: "Rs 500 million" in a Sri Lankan release is LKR.
	HomeShared []SharedCurrency `json:"home_shared"`
	// Multipliers are verbs that state a target as a factor: doubling
	// two-way trade is 2 times.
	Multipliers map[string]float64 `json:"multipliers"`
}

// SharedCurrency is a currency name several countries share: Code is what
// Names are read as in other outlets ("" when no one country's), Home the
// currency of each country that writes them so.
type SharedCurrency struct {
	Names []string          `json:"names"`
	Code  string            `json:"code"`
	Home  map[string]string `json:"home"`
}

// Currency is an ISO 4217 currency with its symbols (US$, €) and the
// names written after an amount (dollars, euros, USD).
type Currency struct {
	Code    string   `json:"code"`
	Symbols []string `json:"symbols"`
	Names   []string `json:"names"`
}

// Unit is a unit of measure other than money or percent, with its forms.
type Unit struct {
	Unit  string   `json:"unit"`
	Forms []string `json:"forms"`
}

// Metrics is data/metrics.json: the words that say what a target measures
// and whose it is.
type Metrics struct {
	Heads     []string `json:"heads"`      // trade, GDP, tariff, loan…
	GoalWords []string `json:"goal_words"` // target, goal, value: not a metric
	// OfHeads take an "of" phrase into the metric: purchase of energy products.
	OfHeads []string `json:"of_heads"`
	// Bilateral words make a target both principals' own.
	Bilateral []string `json:"bilateral"`
	// JointHeads are metrics that belong to both principals when no single
	// country is the subject (trade).
	JointHeads []string `json:"joint_heads"`
	// AgreementNouns after a country name the agreement, not the country
	// acting: "The EU FTA will increase our exports" is not the EU's.
	AgreementNouns []string `json:"agreement_nouns"`
	// TradeFlows are metrics that belong to the country whose flow they
	// are ("our exports", "EU annual exports"), never to the destination.
	TradeFlows []string `json:"trade_flows"`
	// DealNouns after a seller's name make the deal one bought from it:
	// "the Acme commitment", "the Acme order" are the buyer's.
	DealNouns []string `json:"deal_nouns"`
	// RelationalVerbs before "with" say whom money works with, not what it
	// is for: "$84 million to partner with fourteen countries to …".
	RelationalVerbs []string `json:"relational_verbs"`
	// PartnerHeads before "with" in a sum's object say whom the money
	// works with, which names the object: "the partnership with Zembla".
	PartnerHeads []string `json:"partner_heads"`
	// NameHeads head many names and tell no object from another: two
	// items for "the Project for …" of one country share them.
	NameHeads     []string `json:"name_heads"`
	JointSubjects []string `json:"joint_subjects"` // both sides, the two countries
	// Nominal maps a verb before an amount to the noun of the metric:
	// suspending 24 percentage points → suspension.
	Nominal map[string]string `json:"nominal"`
	// Stop words end a metric's noun phrase.
	Stop []string `json:"stop"`
	// WelcomeVerbs receive what another party gives: in "Fiji welcomed
	// Australia's $5 million grant" the possessor, not the subject, commits.
	WelcomeVerbs []string `json:"welcome_verbs"`
	// AdoptVerbs take another's goal as one's own: in "Mexico will adopt
	// Canada's goal to cut methane by 40 percent" Mexico commits.
	AdoptVerbs []string `json:"adopt_verbs"`
	// ChangeVerbs change a level by an amount: "reduce methane emissions
	// from the oil and gas sector by 40 percent" measures their object.
	ChangeVerbs []string `json:"change_verbs"`
	// SubjectVerbs after a country make it the subject, the holder:
	// "Indonesia will", "the United States has committed".
	SubjectVerbs []string `json:"subject_verbs"`
	// SubjectNouns may come between: "the Korean side will".
	SubjectNouns []string `json:"subject_nouns"`
	// OfSubjects before "of" and a country make the country the subject
	// as a capitalised title does: "the government of Kuwait pledged".
	OfSubjects []string `json:"of_subjects"`
	// LeaderTitles after a demonym make the titled person named next the
	// country's voice as subject: "Japanese Prime Minister A on Friday
	// announced …" commits Japan.
	LeaderTitles []string `json:"leader_titles"`
	// CompanyNouns after a demonym name a country's companies, whose
	// investments and purchases are their country's: "plans by Indian
	// companies to invest".
	CompanyNouns []string `json:"company_nouns"`
	// PurposeVerbs after "to" introduce what a sum is for: "$12 million to
	// strengthen cybersecurity" funds cybersecurity.
	PurposeVerbs []string `json:"purpose_verbs"`
	// PurposeOpeners stand between a sum and the "to" of its purpose:
	// "$23 million in order to help alleviate the crisis" is the money "to
	// help alleviate" it.
	PurposeOpeners []string `json:"purpose_openers"`
	// AgentParticiples before "by" and a country make that country the
	// giver of the sum they describe: "the $5 million loan pledged by
	// Japan", "announcements made by India …, especially the $1 billion".
	AgentParticiples []string `json:"agent_participles"`
	// WithRecipientVerbs give a bare sum "with" after its recipient: "will
	// provide Jordan with $6 billion" is provision to Jordan.
	WithRecipientVerbs []string `json:"with_recipient_verbs"`
	// TailVerbs after "to" name a purpose a metric keeps as written,
	// besides PurposeVerbs: "$28 million to control malaria".
	TailVerbs []string `json:"tail_verbs"`
	// AddedModifiers say a sum adds to earlier ones, not what it is for:
	// "$N in additional security assistance" is security assistance.
	AddedModifiers []string `json:"added_modifiers"`
	// RiseVerbs before "to" and a sum make the sum the level their subject
	// will reach: "Assistance to C would increase to $90 million" (hostTail).
	RiseVerbs []string `json:"rise_verbs"`
	// RiseAux come between that subject and the verb: "would", "is set to".
	RiseAux []string `json:"rise_aux"`
	// HostStops end, read backwards, the phrase a sum sizes from outside its
	// own phrase: "exchanged notes concerning [the provision of loans]".
	HostStops []string `json:"host_stops"`
	// MannerAdverbs between a sum and its object say how the money goes:
	// "$675 million directly to the government in a munitions package".
	MannerAdverbs []string `json:"manner_adverbs"`
	// LenderWords in a body's name make it a lender or aid agency, whose
	// country gives the loan or grant it signs (not a ministry's name,
	// which many governments share).
	LenderWords []string `json:"lender_words"`
	// DestinationVerbs after a sum and "will" say where it goes: "$6
	// million will go to the next phase of the project", "will be used for".
	DestinationVerbs []string `json:"destination_verbs"`
	Adverbs          []string `json:"adverbs"`
	// Denominators make a percentage a share of something: 3.5% of GDP is a
	// measure of what comes before it (defence spending).
	Denominators []string `json:"denominators"`
	// GoalNouns after a possessive country make it the holder: "India's
	// ambitious targets, including 450 GW".
	GoalNouns []string `json:"goal_nouns"`
	// SetGoalNouns name a level a text sets, not a promise one side makes:
	// "set a target of 3 trillion yen of investment from A to B" is the
	// pair's goal when the pair sets it.
	SetGoalNouns []string `json:"set_goal_nouns"`
	// DonorFinanceHeads name money lent or given when they stand right
	// before a sum in a donor's currency ("financing worth JPY 46 billion"
	// in the borrower's release): the currency's country gives it.
	DonorFinanceHeads []string `json:"donor_finance_heads"`
	// GoalVerbStems before an amount make it a level to reach ("toward
	// achieving USD 30 billion", "to raise trade to"): word beginnings.
	GoalVerbStems []string `json:"goal_verb_stems"`
	// ForHeads take a "for" phrase into the metric: the financing agreement
	// for the Green Economy Programme, a grant for clean water.
	ForHeads []string `json:"for_heads"`
	// NationalHeads are measures of a country's own economy: GDP per capita
	// "for Viet Nam" is Viet Nam's, where aid "for Ukraine" is the donor's.
	NationalHeads []string `json:"national_heads"`
	// CounterpartHeads are metrics whose counterpart country is part of
	// what they are: a tariff on goods of Japan is not one on goods of Korea.
	CounterpartHeads []string `json:"counterpart_heads"`
	// Tariff words tell who levies a tariff and on whose goods: imposers
	// ("imposed", "levied") take "by X" (the levier) and "on X" (the
	// goods' country); importers ("imported", "entering") take "into X"
	// (the levier); exports ("export", "exports") name the goods' country
	// before them or after "from".
	TariffImposers  []string `json:"tariff_imposers"`
	TariffImporters []string `json:"tariff_importers"`
	// TariffChangers are verbs (base forms) a country changes its own
	// tariffs with: "Indonesia will reduce its tariff on American cars".
	TariffChangers []string `json:"tariff_changers"`
	TariffExports  []string `json:"tariff_exports"`
	// TariffPayers are verbs of bearing a tariff: the country that "will
	// pay", "will face" or "accepts" a tariff is the one whose goods it
	// falls on; a country right after the verb ("will pay the United States
	// a 20% tariff") is the one that levies it.
	TariffPayers []string `json:"tariff_payers"`
	// TariffMovers are verbs of sending goods: the country after "to" or
	// "into" in their clause ("will be able to export up to 100,000 cars a
	// year to the US at a 10% tariff", "goods sold directly into America")
	// levies the tariff.
	TariffMovers []string `json:"tariff_movers"`
	// Bodies are government agencies and state lenders that commit for
	// their country: "DFC committed a $553 million loan" is the United
	// States' commitment.
	Bodies map[string][]string `json:"bodies"`
	// LenderHeads end the name of a country's lender: "the Saudi Fund for
	// Development", "South Korea's Economic Development Cooperation Fund",
	// "Saudi Arabia's official overseas development fund". Of a loan or
	// grant both sides sign, the country whose lender the sentence names
	// gives it.
	LenderHeads []string `json:"lender_heads"`
	// EnvoyTitles name the envoy who signs a grant or loan for the country
	// that sends him: "the Ambassador of Japan", "Japanese Ambassador",
	// "the High Commissioner of India" sign for the giver, the host's
	// minister for the recipient.
	EnvoyTitles []string `json:"envoy_titles"`
	// NotLenders are words that make a bank or fund a borrower's or a
	// market's, not a lender's: "the Central Bank of Egypt", "Egypt's
	// sovereign wealth fund".
	NotLenders []string `json:"not_lenders"`
	// Programmes are a country's own programmes, named after what they
	// fund ("Ukraine Security Assistance Initiative"): the country holds
	// what they give, not the country in their name.
	Programmes map[string][]string `json:"programmes"`
	// Blocs are holders that are not countries (the EU acts as EU), named
	// by themselves, their institutions and their programmes.
	Blocs []Bloc `json:"blocs"`
	// FundingHeads make an amount of money a funding commitment, a target
	// without a word of intent: "the Digital Economy Package (€20 million)".
	FundingHeads []string `json:"funding_heads"`
	// GivingNominals are the nouns of verbs of giving ("providing" →
	// provision): a sum given "in" a kind of help is that help,
	// "delivering $5 million in humanitarian assistance".
	GivingNominals []string `json:"giving_nominals"`
	// BeneficiaryVerbs take the country that gets the money as their
	// object ("$500 million … to support the Philippines' forces"): it is
	// no holder, as after "to".
	BeneficiaryVerbs []string `json:"beneficiary_verbs"`
	// EnablingVerbs make their object the subject of the goal after them:
	// in "will help Angola generate 70 percent of its power from clean
	// sources", the 70 percent is Angola's.
	EnablingVerbs []string `json:"enabling_verbs"`
	// OwnTradeWords make a level of trade one country's whole trade, not
	// the pair's: "total trade of $1 trillion".
	OwnTradeWords []string `json:"own_trade_words"`
	// TradeOffices after "trade" name a body or an event of trade, not a
	// level of it: "$45 million for trade missions" is no pair's trade.
	TradeOffices []string `json:"trade_offices"`
	// TradeAliases are lower-case names of a pair's trade: "double the value
	// of our trading partnership with India" measures their trade.
	TradeAliases []string `json:"trade_aliases"`
	// GenericHeads name a sum without its object ("a $20 million
	// commitment to support the Games"): the object after them is the metric.
	GenericHeads []string `json:"generic_heads"`
	// StatuteNouns name a law by its year ("the Trade Expansion Act of
	// 1962"): that year dates the law, not the sum.
	StatuteNouns []string `json:"statute_nouns"`
}

// Bloc is a holder that is not a country, with the names that stand for it
// and the names of its programmes (Global Gateway is the EU's).
type Bloc struct {
	Code       string   `json:"code"`
	Names      []string `json:"names"`
	Programmes []string `json:"programmes"`
	// Demonyms name the bloc's people and firms: "European companies".
	Demonyms []string `json:"demonyms"`
}

// TargetPhrases is data/targets.json: the grammar words of targets.
type TargetPhrases struct {
	GteBefore    []string `json:"gte_before"`
	GteAfter     []string `json:"gte_after"`
	LteBefore    []string `json:"lte_before"`
	LteAfter     []string `json:"lte_after"`
	ApproxBefore []string `json:"approx_before"`
	// Cues mark a sentence as stating a goal, a plan or a commitment.
	Cues []string `json:"cues"`
	// Statistics mark an amount near them as a reported figure, not a goal.
	Statistics []string `json:"statistics"`
	// Forecasts before an amount make it a projection or an effect, not a
	// commitment: "trade is expected to be around $50 billion", "this
	// reform will mean they cut emissions by 5 per cent".
	Forecasts []string `json:"forecasts"`
	// Withheld mark an amount taken away or held back, not committed:
	// "decided to deny Egypt $95 million in aid".
	Withheld []string `json:"withheld"`
	// LevelAfter after an amount says it is a new level, the old one
	// following: "to 15 percent, down from 25 percent" (before an amount
	// they mark the old level, a statistic).
	LevelAfter []string `json:"level_after"`
	// ShareVerbs report a share ("accounts for 20 percent of exports"), a
	// statistic, unless a deadline still ahead follows the share: "so that
	// renewables account for 47 percent of generation by 2030" is a goal.
	ShareVerbs []string `json:"share_verbs"`
	// AnnualHeads before the measure a sum sizes make the sum a yearly
	// one: "the annual bilateral trade target of $15 billion within the
	// next five years" is $15 billion a year, reached within five years.
	AnnualHeads []string `json:"annual_heads"`
	// FactorBases after a factor name the level it multiplies: "to double
	// the number of participants compared to the previous fiscal year"
	// (what follows dates that level, not the goal).
	FactorBases []string `json:"factor_bases"`
	// ReportingVerbs open reported speech, where "was providing" is the
	// speaker's "is providing" moved back a tense: "said that Britain was
	// extending £3 million" states a commitment, not a past figure.
	ReportingVerbs []string `json:"reporting_verbs"`
	DeadlineBefore []string `json:"deadline_before"` // by, by the end of
	PeriodBefore   []string `json:"period_before"`
	Months         []string `json:"months"`
	// ListClauses open a list of examples that is not the metric:
	// purchases of energy products, including crude oil.
	ListClauses []string `json:"list_clauses"`
	// Manner nouns end a qualifier: in a more balanced manner.
	Manner []string `json:"manner"`
	// OwnTimes date a goal without a year ("100 billion in the near future
	// and 150 billion by 2030"): the goal keeps no later goal's deadline.
	OwnTimes []string `json:"own_times"`
	// ReachVerbs take a level as their object ("and reaching $150 billion by
	// 2030"): after a goal of the same sentence, the next level of its measure.
	ReachVerbs []string `json:"reach_verbs"`
	// Perfect auxiliaries with a past participle report what was done
	// ("has appropriated $3.2 billion"), unless the participle is one of
	// PerfectCues ("has committed $200 million").
	Perfect     []string `json:"perfect"`
	PerfectCues []string `json:"perfect_cues"`
	// Domestic words mark help a government gives its own people and
	// regions ("grants for small businesses in local government areas"):
	// not a target between countries unless another country is named.
	Domestic []string `json:"domestic"`
	// LevelVerbs, in their base or -ing form, before "to" and an amount
	// seek that new level: "to soon lift annual trade to 10 billion USD",
	// "the importance of increasing trade to $5 billion" (their past forms
	// report a level reached, and are Statistics).
	LevelVerbs []string `json:"level_verbs"`
	// DecisionNouns are what parties reach when they decide together: "reached
	// a consensus on raising trade to …", "The agreement was reached to boost
	// …" decide a level; "reached" there reports no level reached.
	DecisionNouns []string `json:"decision_nouns"`
	// UrgeVerbs ask others to act: a leader who "asked the countries to
	// raise their trade to …" or "urged both sides to lift trade to …" sets
	// the pair a goal, held by both, not by the one who asks.
	UrgeVerbs []string `json:"urge_verbs"`
	// UrgedPairs name the pair asked, besides the joint subjects ("both
	// sides", "the two countries"): "the countries", "the nations".
	UrgedPairs []string `json:"urged_pairs"`
	// TotalVerbs before "total" bring a running total to the amount:
	// "bringing its total order to 150 aircraft" reports a sum, not a goal.
	TotalVerbs []string `json:"total_verbs"`
	// NowTotals after "now" state a sum reached so far, not a new one:
	// "USAID's assistance in Mozambique now totals $288 million".
	NowTotals []string `json:"now_totals"`
	// CompareWords before a possessor's amount set another's level beside
	// the sentence's own: "well above Nato's 2 per cent target".
	CompareWords []string `json:"compare_words"`
	// CoveredGoods end the trade a tariff falls on: "a 25 percent tariff
	// on $34 billion of Chinese imports" (the goods' value, no target).
	CoveredGoods []string `json:"covered_goods"`
	// PlaceHeads before a country's name make a place of it: "the Lake
	// Chad region", "the Gulf of Guinea" (no mention of Chad or Guinea),
	// and the regions named after a continent's alias: "Latin America",
	// "Central America" (a region, not the United States).
	PlaceHeads []string `json:"place_heads"`
	// OtherGivers after "other" name givers besides the holder: a sum
	// "combined with funding pledged by other donors" is no one party's.
	OtherGivers []string `json:"other_givers"`
	// Multilaterals are lenders and funds of many states, no one
	// country's: a sum they commit as subject ("The African Development
	// Bank is announcing its intention to finance $370 million", "the World
	// Bank's goal of tripling … to $20 billion") is held by no country.
	Multilaterals []string `json:"multilaterals"`
	// AllianceMembers name an alliance's members as one body ("NATO
	// allies", "members of the alliance", "the alliance's 31 countries"):
	// a goal they are said to hold or meet ("More than 20 NATO allies will
	// spend 2% of GDP") is the alliance's, no one country's.
	AllianceMembers []string `json:"alliance_members"`
	// PledgedBefore words before a sum given over a bare span of years
	// ("over three years") say the pledge was made earlier ("the United
	// States pledged to invest $55 billion in Africa over three years", "our
	// commitment to …"): the span does not start the year the text appears.
	PledgedBefore []string `json:"pledged_before"`
	// GapNouns right after an amount's words, or before it with "of", make
	// it the size of a want or a balance, not a goal: "the $40+ trillion
	// infrastructure need", "a $2 billion financing gap", "a surplus of
	// $20 billion in China's favour".
	GapNouns []string `json:"gap_nouns"`
	// IntentNouns after a country's possessive and before "to" make the
	// country the giver: "Colombia's announcement to allocate $200 million".
	IntentNouns []string `json:"intent_nouns"`
	// FirmSuffixes may follow a firm's name before its verb: "an
	// announcement by Acme, Inc., to invest".
	FirmSuffixes []string `json:"firm_suffixes"`
	// PatientVerbs take people as their object: "will train 5,000 Kenyan
	// engineers" counts the trainer's commitment, not Kenya's.
	PatientVerbs []string `json:"patient_verbs"`
	// BodyHeads end the name of a body two countries set up: "the
	// U.S.-Kenya Science Endowment Fund launched a $2 million grant" is
	// both countries' commitment.
	BodyHeads []string `json:"body_heads"`
	// MobilityNouns count people who move between countries: a yearly
	// number of them "from" or "of" one country "to" another ("up to 280
	// Tuvaluan citizens per year … in Australia") is the two countries'
	// arrangement, not the movers' country's alone.
	MobilityNouns []string `json:"mobility_nouns"`
	// Subordinators before a determiner open a clause of its own after an
	// amount ("will reach $10 billion as the volume doubled since …"): what
	// that clause reports is not said of the amount.
	Subordinators []string `json:"subordinators"`
	Determiners   []string `json:"determiners"`
	// Conditional auxiliaries before a level verb make it a proposal or
	// an effect: "the rule would lower that fee to less than $10".
	Conditional []string `json:"conditional"`
	// SignedDeals are what a signing at a visit or forum puts a value on
	// ("a contract signing … worth $13.8 billion", "deals worth $10
	// billion were struck"): a purchase announced there is its buyer's
	// commitment, as the parties' statements present it.
	SignedDeals []string `json:"signed_deals"`
	// SigningVerbs sign or strike a deal at the occasion reported.
	SigningVerbs []string `json:"signing_verbs"`
	// ExchangedDocuments are documents whose exchange concludes them as a
	// signing does ("Notes were exchanged … concerning grant aid of …").
	ExchangedDocuments []string `json:"exchanged_documents"`
	// ExchangeVerbs exchange such a document.
	ExchangeVerbs []string `json:"exchange_verbs"`
	// DocumentLinks join a document to the funding it is about.
	DocumentLinks []string `json:"document_links"`
	// ReportTimes date a deal's signing to a past the article looks back
	// on ("deals worth $5 billion signed since 2020", "so far"): a report.
	ReportTimes []string `json:"report_times"`
	// ReportAdverbs right before a giving verb make it a report of what
	// was given: "has so far offered $N", "has to date pledged $N" (as
	// "has already committed").
	ReportAdverbs []string `json:"report_adverbs"`
	// ValueLinks put a value on the deal before them: worth, valued at.
	ValueLinks []string `json:"value_links"`
	// ThankVerbs thank a party "for" what it gives: "thanked the Government
	// of X for providing Y with $1 million" states X's assistance.
	ThankVerbs []string `json:"thank_verbs"`
	// GiftVerbs, as gerunds after "for", say what the thanked party gives.
	GiftVerbs []string `json:"gift_verbs"`
	// GiftListOpeners open the list of what a thanked party gives: "for
	// providing support via a gift of A, B for X and C to help Y", "for its
	// support, including A for X and B for Y": each listed sum is its gift.
	GiftListOpeners []string `json:"gift_list_openers"`
	// GiftNouns, after "for its/the", name what a thanked party gives:
	// "thanked X for the $12 million grant" states X's grant.
	GiftNouns []string `json:"gift_nouns"`
}

var (
	targetsOnce sync.Once
	units       Units
	metrics     Metrics
	phrases     TargetPhrases
	companies   Companies
	targetsErr  error
)

// Companies is data/companies.json: firms by the country they belong to,
// so that "Amazon will invest $5 billion in Korea's cloud" is the United
// States' commitment, not Korea's. A firm is named as written, capitalised.
type Companies struct {
	Firms map[string][]string `json:"firms"`
	// Sellers are makers whose deals are sales: in a deal between one of
	// them and another firm, the other buys (sellers_note says more).
	Sellers []string `json:"sellers"`
}

func loadTargets() {
	targetsOnce.Do(func() {
		for _, f := range []struct {
			name string
			v    any
		}{{"data/units.json", &units}, {"data/metrics.json", &metrics}, {"data/targets.json", &phrases}, {"data/companies.json", &companies}} {
			if err := load(f.name, f.v); err != nil {
				targetsErr = err
				return
			}
		}
	})
	if targetsErr != nil {
		panic(targetsErr) // embedded data: a broken file is a build error, caught by tests
	}
}

// TargetUnits returns data/units.json, loaded once.
func TargetUnits() *Units { loadTargets(); return &units }

// TargetMetrics returns data/metrics.json, loaded once.
func TargetMetrics() *Metrics { loadTargets(); return &metrics }

// TargetCompanies returns data/companies.json, loaded once.
func TargetCompanies() *Companies { loadTargets(); return &companies }

// TargetWords returns data/targets.json, loaded once.
func TargetWords() *TargetPhrases { loadTargets(); return &phrases }
