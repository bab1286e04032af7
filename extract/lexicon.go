package extract

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/internal/wordfilter"
	"github.com/accordhq/accord/extract/knowledge"
)

// Kinds of lexicon entries.
const (
	kCountry = iota
	kDemonym
	kWeakCountry
	kTitle
	kHonorific
	kCounterpart
	kModifier
	kOrg
	kPlace
	kGroup
)

// Case rules: how a text must be written to match an entry.
const (
	caseAny   = iota // engagement phrases, lower-case titles: any case
	caseCap          // proper names: the first word capitalised
	caseExact        // acronyms (US, WHO): exactly as listed
)

type entry struct {
	kind   int
	id     int    // index into the knowledge slice of its kind
	code   string // country code, for countries and demonyms
	rule   int
	n      int      // tokens
	texts  []string // token texts, for caseExact
	form   string   // the listed form
	plural bool     // a plural title: "Presidents"
}

// trie is a token trie over folded words.
type trie struct {
	next    map[string]*trie
	entries []entry
	// The children by word id (token.id), set by index once the lexicon
	// is built: a slice indexed by id at the root, a short list or an
	// int-keyed map below, so that a doc's tokens step through the trie
	// without hashing strings.
	dense []*trie
	kids  []kid
	ids   map[int32]*trie
}

type kid struct {
	id int32
	t  *trie
}

// child returns the node after token tk, nil for none.
func (t *trie) child(tk *token) *trie {
	switch {
	case tk.id > 0:
		if t.dense != nil {
			if int(tk.id) < len(t.dense) {
				return t.dense[tk.id]
			}
			return nil
		}
		if t.ids != nil {
			return t.ids[tk.id]
		}
		for i := range t.kids {
			if t.kids[i].id == tk.id {
				return t.kids[i].t
			}
		}
		return nil
	case tk.id < 0:
		return nil
	}
	return t.next[tk.fold]
}

// index numbers the trie's words in vocab and keys its children by number;
// root gives the root a slice indexed by id (vocab must be complete first:
// see intern).
func (t *trie) index(vocab map[string]int32, root bool) {
	if root {
		t.dense = make([]*trie, len(vocab)+1)
	}
	if len(t.next) > 8 && !root {
		t.ids = make(map[int32]*trie, len(t.next))
	}
	for w, c := range t.next {
		id := vocab[w]
		switch {
		case root:
			t.dense[id] = c
		case t.ids != nil:
			t.ids[id] = c
		default:
			t.kids = append(t.kids, kid{id, c})
		}
		c.index(vocab, false)
	}
}

// intern gives each word of the trie a number in vocab.
func (t *trie) intern(vocab map[string]int32) {
	for w, c := range t.next {
		if vocab[w] == 0 {
			vocab[w] = int32(len(vocab) + 1)
		}
		c.intern(vocab)
	}
}

func (t *trie) add(toks []token, e entry) {
	n := t
	for _, tk := range toks {
		if n.next == nil {
			n.next = make(map[string]*trie)
		}
		c := n.next[tk.fold]
		if c == nil {
			c = &trie{}
			n.next[tk.fold] = c
		}
		n = c
	}
	e.n = len(toks)
	n.entries = append(n.entries, e)
}

// lexicon is the knowledge compiled for lookups: built once by New.
type lexicon struct {
	abbr       map[string]bool
	names      trie // countries, titles, organisations, places, group references
	phrases    trie // engagement phrases
	phraseType []accord.EngagementType
	k          *knowledge.Actors
	countries  []knowledge.Country
	byCode     map[string]int

	stop, inst, verbs, particles, suffixes, given set
	filial                                        set        // bin, ibn, bint: the name after is a parent's
	common, ofVerbs, spouses, wordGiven           set        // ordinary English words; assure A of; his wife A; Ray, Grant (nameforms.go)
	eventNouns                                    set        // the General Election: no family name (persons.go)
	contactLines                                  [][]string // "Media enquiries: A": a footer's contact (persons.go)
	familyFirst                                   set        // countries whose holders' names start with the family name
	fillers, future, past, invite, anaphor        set
	negations                                     set
	contrastLinks, absenceCues, failureCues       set
	arrivalVerbs                                  set
	arrivalGate, reachGate                        *wordGate // cheap no before the sets (wordgate.go)
	leadGate                                      *wordGate // delegationLed and delegationLeading (delegvisit36.go)
	gladGate, greetPlaceGate, greetVerbGate       *wordGate
	rosterCueGate, rosterNounGate                 *wordGate
	legWords, legTrips                            set // "the second leg of his tour" (tripleg.go)
	reachVerbs                                    set // "reached China on a visit" (tripleg.go)
	returnWords                                   set // "returned home after a visit to C" (visit32.go)
	hereNow                                       set // "to be here now in C" (speech32.go)
	hostGreetVerbs                                set // "greet you in C" (visit35.go)
	hostHereVerbs                                 set // "host A here in C" (visit35b.go)
	hostAheadWords                                set // "look forward to hosting you here" (visit35b.go)
	hostHaveVerbs                                 set // "to have A visit C" (visit35b.go)
	visitPhraseOpeners                            set // "in C on a visit" (visit35.go)
	earlierTripOpeners                            set // "since A visited in 2001" (visit35.go)
	speakerNouns                                  set // "A's speech at …" (speech32b.go)
	partyPossessives                              set // "your first visit to C" (speech32.go)
	sequelWords                                   set
	arrivalCues                                   [][]string
	greetingPlaces, greetingVerbs                 set
	rosterNouns, rosterCues, rosterLinks          set
	rosterPapers                                  set
	staffTitles                                   set
	pastModifiers                                 set
	pastAdverbs, pastAdverbBlocks                 set
	complementLeads                               [][]string
	deathModifiers                                set
	commemoration, tribute                        [][]string // folded words: the birth anniversary of; tribute to
	remembrance                                   set
	innerHonorifics                               set
	rankPrefixes                                  set
	guestWords                                    set
	bylineLinks                                   set
	bylineRubrics                                 [][]string // longest first
	antecedentBlocks, antecedentOpeners           set
	bodyHeads                                     set
	anniversary                                   set
	retelling                                     [][]string
	sequelVerbs                                   set // recv35.go
	guestOccasions                                set
	tenurePhrases                                 [][]string
	planVerbs                                     set        // to meet, to realize: a plan
	elapsedOpeners                                [][]string // "a week after": an earlier event (elapsed_openers)
	pressOfficers                                 [][]string // "press secretary": folded words of press_officer_titles (extra37.go)
	welcomeAdjectives                             set        // "This is a warm reception"
	purposeNow, purposeAhead                      set
	scheduleCues                                  set        // "slated", "scheduled" before "to": ahead
	beFuture                                      set        // "is", "are" before "to visit": ahead (previewahead32.go)
	aheadDayCues                                  set        // "ahead of the meeting on Wednesday": a day ahead
	additiveOpeners                               [][]string // "apart from" (folded words) before a gerund's contact
	pluralContactNouns                            set        // "his meetings with A and B": one with each
	peerGroupNouns                                set        // "meetings with other leaders, including A" (multi34.go)
	signingJoinVerbs                              set        // "joined A in signing" (signjoin35.go)
	possibility                                   set        // "may meet": ahead
	departureVerbs                                set        // "left for A": A is the destination
	tourStartVerbs                                set        // "embarked on state visits to A and B" (visits34.go)
	hereCues                                      set        // "arrived here": the dateline's place (visitcity.go)
	tourCountNouns, tourListOpeners               set        // "four African countries, A, B and C" (visitcity.go)
	sequenceOpeners                               set        // "Next, …": the day the sentence before set
	reportIssueVerbs                              set        // "said in a statement issued on …" (saidin35.go)
	goingToVerbs                                  set        // "going to have a meeting": ahead (day31.go)
	severalCalls                                  [][]string // "a round of calls": a list called one by one (listedcalls.go)
	callNouns                                     set        // "in a conversation with A": that call alone (listedcalls.go)
	callVerbs                                     set        // "called A, B and C": a call with each (listedcalls.go)
	needName, needPerson, sides, sideLinks        set
	callOnNouns, appealVerbs                      set
	callOnVerbs, appealAfter, marginWords         set
	standingFormats                               set // "the dialogue mechanism": no round held (talks34.go)
	formatRoundHeads                              set // "the Strategic Dialogue": a round is talks (talks35.go)
	formatFounding                                set // "established the Strategic Dialogue": no round (talks35.go)
	roundLeadWords                                set // "A led the delegation": a round's side (talks35.go)
	formatRoundPairs                              set // "political consultations": a format named in lower case (talks35.go)
	formatProcessCues                             set // "as part of ongoing consultations": no round (talks35.go)
	nationNouns, pressAudiences, immediate        set
	statementWords, pressStatementVerbs           set        // press34.go
	passivePressEvents, passivePressHeld          [][]string // press36.go
	passivePressDenials                           set
	ownPressMarkers, ownPressLinks, ownPressConts set      // press37.go
	presentContactVerbs, presentContactAdverbs    set      // press36.go
	mealParticiples                               set      // press36.go
	jointRemarksCues, afterOwnMeetingCues         []string // press34.go
	remarksWords, pressArticles                   set
	thanks, welcomeNouns                          set
	summitVenue, topicCues, occasionMarkers       set
	processEnds                                   set // concluded: "concluded negotiations to launch"
	visitEnds                                     set // concluding: "concluding his official visit"
	signingCloseVerbs                             set // "culminated in the signing of"
	signingCeremonyHeld                           set // "A signing ceremony was held"
	signerSideNouns                               set // "on the EU side, by A"
	tourDoneVerbs, lastLegWords                   set // a tour told as done: "visited A and B", "the final leg"
	tourEndNouns                                  set // "upon the conclusion of his visit to A and B" (visit37.go)
	invitationPreps                               set // at, on, upon: "on the invitation of A" (visit37.go)
	visitCloseNouns                               set // end, conclusion: "left C, bringing an end to his visit" (visit37.go)
	participationNouns                            set // "concluded his participation at the G20 Summit" (ownsummit.go)
	protocolVisits                                set // state, official, working: a visit named by protocol
	gladVisit                                     set // pleased, pleasure: "pleased to visit C" is under way
	gladToBe                                      set // pleasure, great: "a pleasure to be back in C" (tran29.go)
	gladContactVerbs                              set // meet, see: "It was a pleasure to meet A" (meet31.go)
	welcomeObject                                 set // "welcome you and your delegation to C" (tran29.go)
	occasionGatherings                            set // Forum, Dialogue: a host's welcome to a gathering (tran29.go)
	hostingVerbs                                  set // "for hosting the X Dialogue" (tran29.go)
	travelPhrases                                 set // "travelled to": a visit of a person named, to a country
	previewTravel                                 set // "travel" in "A to Travel to C", "A's Travel to C": a preview
	commercialDeals                               set // deal, contract: what firms sign
	businessGroups                                set // companies, executives: "met with the heads of companies"
	sideline                                      set
	summitHeld, futureAfter                       [][]string // folded words: was held; in the near future
	pastAfter                                     [][]string // folded words: a month ago; last summer
	pastAfterBlocks                               set        // since: "the first visit since last year"
	answerOpeners                                 [][]string // folded words: I propose to take Questions
	stayOpeners                                   [][]string // folded words: while in
	attend                                        [][]string // folded words: to attend
	ownTripOpeners, ownTripAfter, hereWords       [][]string // folded words: this visit; thus far; here in
	gatheringNouns, occasionDeterminers           set        // summit, forum: after an organisation, a gathering; this, our
	briefingNouns, ancestorWords                  set        // briefing: "a briefing by A"; ancestor
	attended                                      set        // joined, attended: took part in a gathering
	reporting, visitPast, irregularParticiples    set
	visitOwners                                   map[string]bool // lower case as written: ’ is not folded away
	together, hosting, welcome                    set
	titleAnyCase, genericTalk                     set
	inPersonTitleCues                             set               // title37.go
	talkAudiences, talkAudienceMods, talkAudTails set               // "spoke to local media persons" (presstalk31.go)
	talkAudStops                                  set               // "spoke with the press secretary" (presstalk31.go)
	jointPress                                    set               // "told the press": a press event of two speakers
	leaderPlurals                                 map[string]string // "PMs": "Prime Minister", folded keys
	actNouns                                      set               // "establishment": an act done at a recalled occasion
	courtesyCallers                               set               // offices as written
	deputyRanks                                   []string          // folded, each followed by a space
	subjectLinks                                  set
	subjectContactNouns, timeLinks                set
	verbDays                                      set               // knowledge verb_days: "received today A"
	officePlurals                                 map[string]string // folded words, space-joined → office
	bilateralOfficePlurals                        map[string]string // the same, named one by one only after "bilateral"
	firstPerson                                   map[string]bool   // as written, not folded: "US" is not "us"
	participantLinks                              [][]string        // folded words: represented by
	stayPhrases                                   [][]string        // folded words: was in
	govNouns, epithets, delegation                set
	subdivisionNouns                              set
	delegationVerbs, proxyCues, proxyNouns        set
	delegationMeetingVerbs                        set // meetdeleg37.go
	delegationLed, delegationLeading              set // delegation32.go
	delegationGerunds, delegationGerundOpeners    set
	delegationBack, delegationMembers, remarks    set
	listOpeners                                   set
	consorts                                      set        // folded offices of leaders' spouses
	sovereigns                                    set        // folded offices of monarchs
	spouseHonorifics                              set        // Mrs, Madame
	principalLinks                                set        // "to" (the President)
	principalAides                                set        // "Assistant" (to the President)
	soonAdjectives                                set        // "the early signing"
	principalBodies                               set        // "office" (of the President)
	styleTitles                                   set        // Ambassador A after an office
	ownStateSuffixes                              [][]string // "of the Republic": the title's own state (principal.go)
	compounds, compoundEnds                       set
	outlets                                       outletIndex
	months                                        map[string]int
	weekdays                                      map[string]int
	titleCues                                     map[string]accord.EngagementType
	oralTitleCues, salutations                    []string   // a press statement read aloud
	addressOpeners                                []string   // "may i greet": a speech's address block (greet32.go)
	salutationFirst                               firstBytes // bytes a salutation may open with (salutationAt)
	audienceOffices                               set        // a monarch's meeting is an audience
	titleFuture                                   set        // headline words that put its contacts ahead: "to hold"
	reporterOffices                               set        // offices of who reports a contact: "Readout from Spokesperson A on …"
	gerundBefore                                  set        // "for meeting current challenges": a verb, no meeting
	companion                                     set        // "accompanied by A": A is no party
	countryCues                                   map[string]bool
	levelRank                                     map[string]int
	regions                                       []region
	parts                                         *partsLex // data/parts.json

	// regionFirst passes the first words of the regions' names (nil when a
	// name has no word): a sentence without one names no region.
	regionFirst *wordfilter.Filter

	pronounOpeners            set // Today I met (principal.go)
	frontWords                set // Besides the meeting with …, A held (persons.go)
	homeBodyWords             set // Presidential spokesperson A (holders.go)
	bodyPrefixes              set // Royal New Zealand Navy Commodore A (persons.go)
	kinAppositions            set // A B, the wife of C (persons.go)
	placeStops, occasionEdges set // where a contact was held (cityAfter)
	officeConnectors          set // small words of an office in title case (speaker labels)
	placeTopicNouns           set // "events in A": A is a topic (placeAt)
	buildingWords             set // "A Guest House": a building's name, no person (titled)
	buildingQualifiers        set // "King A International Airport" (persons.go)
	headingNouns              set // "General Remarks": a heading's noun, no name word (eligible)
	headlineVerbs             set // "Minister Says …": no name word (eligible)
	appositionEnds            set // A, his counterpart, in … (nameBefore)
	// Domain words of engagements.json (see knowledge.Engagements).
	buildingHeads, seats, visitKinds, tripWords, pressNouns, remoteWords, motionVerbs                                                set
	groupQuantifiers, coSignVerbs, signedDocuments, signedDocument                                                                   set
	videoWays, videoWayFollowers, videoFormats, formatNouns                                                                          set // a contact's way after it (videoWay)
	documentQuantifiers, noteTopicLinks, namingVerbs                                                                                 set
	tallyNouns, tallyAdverbs                                                                                                         set
	attendance                                                                                                                       [][]string // folded words of attendance_words
	recallOpeners                                                                                                                    [][]string // folded words of recall_openers
	documentHandovers                                                                                                                [][]string // folded words of document_handovers (sign33.go)
	signingSubjects, signingAuxiliaries, opportunityNouns, unionSides, coChairWords                                                  set
	blocAttendVerbs, blocGatheringNouns, blocGatheringOthers, blocGatheringModifiers                                                 set // blocside36.go
	gatheringPartVerbs, gatheringSpeechWords, gatheringSessionNouns, leaderGatheringNouns, gatheringLeadModifiers, gatheringAnaphors set // gathering37.go
	summitStandInVerbs, summitRepresentVerbs                                                                                         set // summitstandin36b.go
	cityGovernmentWords                                                                                                              set // capital33.go
	mealWords, mealAdjectives                                                                                                        set
	mealHostVerbs, mealHostFuture, mealTails, mealHonour                                                                             set
	welcomeHonours                                                                                                                   [][]string // honours33.go
	honoursAdjectives                                                                                                                set
	unsignedObjects, unsignedObjectStops, officeHolders, signWords                                                                   set
	briefingVerbs                                                                                                                    set
	cancelWords, postponeWords, notHeld                                                                                              [][]string // folded words of cancel_words, postpone_words, not_held_phrases
	calledOffAux, calledOffStops                                                                                                     set
	parentheticals                                                                                                                   set             // folded words joined by spaces
	presencePhrases, pairSigners, descriptionNouns                                                                                   [][]string      // folded words
	signingWords                                                                                                                     map[string]bool // signing_sentence_words
	signingWitnesses                                                                                                                 [][]string      // signing_witness_phrases, folded
	companyPhrases                                                                                                                   [][]string      // folded words: to be joined by (press32.go)
	officeJoins                                                                                                                      set             // of, the: in an office's name (press32.go)
	bilateralWords, bilateralPlurals                                                                                                 set
	separateContactPlurals                                                                                                           set // leaderplurals37.go
	separateWords, separateAdverbs                                                                                                   set // separate36.go
	futureAuxiliaries, bareContactVerbs, summitHoldVerbs, documentAdjectives                                                         set
	summitCochairVerbs                                                                                                               set
	seriesSummit, summitHolders, spelledOrdinals, manySidedSummit, summitAheadCues                                                   set
	summitPastCues, bareSummitWords, groupPartyEnds                                                                                  set
	programmeVerbs                                                                                                                   []programmeVerb
	leaderNouns, carriedGreetings                                                                                                    set
	jointActVerbs                                                                                                                    set
	bareMotionVerbs                                                                                                                  set
	movedToMeetVerbs                                                                                                                 set // movedtomeet37.go
	inPersonEvents                                                                                                                   set
	messageNouns                                                                                                                     set // letter, message: "a letter to A"
	officeParticiples                                                                                                                set // sworn, elected: "A, sworn in on Monday, met B"

	vocab      map[string]int32 // words of the tries and the flagged sets → id (token.id)
	flags      []uint64         // by id: the flagged sets that hold the word
	flagSets   [nFlags]set
	vocabIndex *wordfilter.Index // vocab, for the lookup of every token

	// "mr president": a guest addressed by office, word by word.
	guestAddresses [][]string

	// signerSidePhrases: "signed by A for Chile" (sidesigners36b.go).
	signerSidePhrases [][]string
}

// region is a group of countries named as one party: its names as folded
// words, and its members.
type region struct {
	names   [][]string
	members []string
	// holders name the group as a commitment's holder or, after "with
	// the", a contact's party ("joined a call with the G7"); elsewhere a
	// gathering ("attended the G7 Summit").
	holders [][]string
	all     [][]string // names, then holders (groupOfCountries)
}

type set map[string]bool

func newSet(words []string) set {
	s := make(set, len(words))
	for _, w := range words {
		s[foldToken(w)] = true
	}
	return s
}

func buildLexicon() (*lexicon, error) {
	k, err := knowledge.LoadActors()
	if err != nil {
		return nil, accord.Errorf(accord.EINTERNAL, "%v", err)
	}
	lx := &lexicon{abbr: knowledge.Abbreviations(), k: k, countries: knowledge.Countries(), byCode: map[string]int{}}
	add := func(t *trie, form string, e entry) {
		toks := tokenize(form, lx.abbr)
		if len(toks) == 0 {
			return
		}
		e.form = form
		e.rule = caseRule(form)
		if e.rule == caseExact {
			for _, tk := range toks {
				e.texts = append(e.texts, tk.text)
			}
		}
		t.add(toks, e)
	}
	for i, c := range lx.countries {
		lx.byCode[c.Code] = i
		weak := newSet(c.Weak)
		if !weak[foldToken(c.Name)] {
			add(&lx.names, c.Name, entry{kind: kCountry, id: i, code: c.Code})
		}
		if c.Official != c.Name {
			add(&lx.names, c.Official, entry{kind: kCountry, id: i, code: c.Code})
		}
		for _, a := range c.Aliases {
			kind := kCountry
			if weak[foldToken(a)] {
				kind = kWeakCountry
			}
			add(&lx.names, a, entry{kind: kind, id: i, code: c.Code})
		}
		if weak[foldToken(c.Name)] {
			// The usual name itself is ambiguous (Georgia): re-add as weak.
			add(&lx.names, c.Name, entry{kind: kWeakCountry, id: i, code: c.Code})
		}
		for _, d := range c.Demonyms {
			kind := kDemonym
			if weak[foldToken(d)] {
				kind = kWeakCountry
			}
			add(&lx.names, d, entry{kind: kind, id: i, code: c.Code})
		}
	}
	for i, t := range k.Titles.Titles {
		add(&lx.names, t.Title, entry{kind: kTitle, id: i})
	}
	for pl, sg := range k.Titles.Plurals {
		for i, t := range k.Titles.Titles {
			if t.Title == sg {
				add(&lx.names, pl, entry{kind: kTitle, id: i, plural: true})
				break
			}
		}
	}
	for _, h := range k.Titles.Honorifics {
		add(&lx.names, h, entry{kind: kHonorific})
	}
	for _, c := range k.Titles.Counterpart {
		add(&lx.names, c, entry{kind: kCounterpart})
	}
	for _, m := range k.Titles.Modifiers {
		add(&lx.names, m, entry{kind: kModifier})
	}
	lx.pastModifiers = map[string]bool{}
	for _, m := range k.Titles.PastModifiers {
		lx.pastModifiers[accord.Fold(m)] = true
	}
	lx.pastAdverbs = newSet(k.Titles.PastAdverbs)
	for _, l := range k.Titles.ComplementLeads {
		lx.complementLeads = append(lx.complementLeads, strings.Fields(accord.Fold(l)))
	}
	lx.pastAdverbBlocks = newSet(k.Titles.PastAdverbBlocks)
	lx.guestWords = newSet(k.Titles.GuestWords)
	lx.bylineLinks = newSet(k.Titles.BylineLinks)
	for _, r := range k.Titles.BylineRubrics {
		lx.bylineRubrics = append(lx.bylineRubrics, strings.Fields(accord.Fold(r)))
	}
	slices.SortStableFunc(lx.bylineRubrics, func(a, b []string) int { return len(b) - len(a) })
	lx.antecedentBlocks = newSet(k.Titles.AntecedentBlocks)
	lx.antecedentOpeners = newSet(k.Titles.AntecedentOpeners)
	lx.bodyHeads = newSet(k.Titles.BodyHeads)
	lx.guestOccasions = newSet(k.Titles.GuestOccasions)
	lx.innerHonorifics = newSet(k.Titles.InnerHonorifics)
	lx.rankPrefixes = newSet(k.Titles.RankPrefixes)
	for _, c := range k.Titles.CommemorationCues {
		lx.commemoration = append(lx.commemoration, strings.Fields(accord.Fold(c)))
	}
	for _, c := range k.Titles.TributeCues {
		lx.tribute = append(lx.tribute, strings.Fields(accord.Fold(c)))
	}
	lx.remembrance = newSet(k.Titles.RemembranceWords)
	lx.deathModifiers = map[string]bool{}
	for _, m := range k.Titles.DeathModifiers {
		lx.deathModifiers[accord.Fold(m)] = true
	}
	for i, o := range k.Organizations {
		add(&lx.names, o.Name, entry{kind: kOrg, id: i, code: o.Country})
		for _, a := range o.Aliases {
			add(&lx.names, a, entry{kind: kOrg, id: i, code: o.Country})
		}
	}
	for i, p := range k.Places {
		add(&lx.names, p.Name, entry{kind: kPlace, id: i, code: p.Country})
		for _, a := range p.Aliases {
			add(&lx.names, a, entry{kind: kPlace, id: i, code: p.Country})
		}
	}
	lx.regionFirst = new(wordfilter.Filter)
	for _, r := range k.Regions.Regions {
		rg := region{members: r.Members}
		for _, n := range r.Names {
			var ws []string
			for _, t := range tokenize(n, lx.abbr) {
				ws = append(ws, t.fold)
			}
			rg.names = append(rg.names, ws)
			if len(ws) == 0 {
				lx.regionFirst = nil
			} else if lx.regionFirst != nil {
				lx.regionFirst.Add(ws[0])
			}
		}
		for _, n := range r.HolderNames {
			var ws []string
			for _, t := range tokenize(n, lx.abbr) {
				ws = append(ws, t.fold)
			}
			if len(ws) > 0 {
				rg.holders = append(rg.holders, ws)
				if lx.regionFirst != nil {
					lx.regionFirst.Add(ws[0])
				}
			}
		}
		rg.all = slices.Concat(rg.names, rg.holders) // once, not per question
		lx.regions = append(lx.regions, rg)
	}
	lx.delegation = newSet(k.Words.Delegations)
	// (Gerunds are flagged with the verbs; delegation32.go asks for their
	// opener.)
	lx.delegationVerbs = newSet(append(slices.Clone(k.Engagements.DelegationVerbs), k.Engagements.DelegationGerunds...))
	lx.delegationGerunds = newSet(k.Engagements.DelegationGerunds)
	lx.delegationMeetingVerbs = newSet(k.Engagements.DelegationMeetingVerbs)
	lx.delegationGerundOpeners = newSet(k.Engagements.DelegationGerundOpeners)
	lx.delegationBack = newSet(k.Engagements.DelegationBackNouns)
	lx.delegationMembers = newSet(k.Engagements.DelegationMembers)
	lx.mealHostVerbs = newSet(k.Engagements.MealHostVerbs)
	lx.mealHostFuture = newSet(k.Engagements.MealHostFuture)
	lx.mealTails = newSet(k.Engagements.MealTails)
	lx.mealHonour = newSet(k.Engagements.MealHonour)
	lx.remarks = newSet(k.Engagements.RemarksNouns)
	lx.delegationLed = newSet(k.Engagements.DelegationLed)
	lx.delegationLeading = newSet(k.Engagements.DelegationLeading)
	lx.leadGate = newWordGate(newSet(append(slices.Clone(k.Engagements.DelegationLed), k.Engagements.DelegationLeading...)))
	lx.proxyCues = newSet(k.Engagements.ProxyCues)
	lx.proxyNouns = newSet(k.Engagements.ProxyNouns)
	lx.listOpeners = newSet(k.Engagements.ListOpeners)
	lx.consorts = newSet(k.Titles.Consorts)
	lx.sovereigns = newSet(k.Titles.Sovereigns)
	lx.spouseHonorifics = newSet(k.Titles.SpouseHonorifics)
	lx.principalLinks = newSet(k.Titles.PrincipalLinks)
	lx.principalAides = newSet(k.Titles.PrincipalAides)
	lx.principalBodies = newSet(k.Titles.PrincipalBodies)
	lx.styleTitles = newSet(k.Titles.StyleTitles)
	for _, p := range k.Titles.OwnStateSuffixes {
		lx.ownStateSuffixes = append(lx.ownStateSuffixes, strings.Fields(accord.Fold(p)))
	}
	for _, g := range k.Words.GroupRefs {
		add(&lx.names, g, entry{kind: kGroup})
	}
	for _, p := range k.Engagements.Phrases {
		lx.phraseType = append(lx.phraseType, accord.EngagementType(p.Type))
		toks := tokenize(p.Phrase, lx.abbr)
		lx.phrases.add(toks, entry{id: len(lx.phraseType) - 1, rule: caseAny, form: p.Phrase})
	}
	w := k.Words
	lx.stop = newSet(w.Stopwords)
	lx.inst = newSet(w.Institution)
	lx.verbs = newSet(w.Verbs)
	lx.familyFirst = newSet(w.FamilyFirst)
	lx.particles = newSet(w.Particles)
	lx.filial = newSet(w.Filial)
	lx.suffixes = newSet(w.Suffixes)
	lx.given = newSet(k.GivenNames)
	lx.common = newSet(knowledge.CommonWords())
	lx.ofVerbs = newSet(w.OfVerbs)
	lx.spouses = newSet(w.Spouses)
	lx.eventNouns = newSet(w.EventNouns)
	for _, c := range w.ContactLines {
		lx.contactLines = append(lx.contactLines, strings.Fields(c))
	}
	lx.wordGiven = newSet(w.WordGivenNames)
	lx.pronounOpeners = newSet(w.PronounOpeners)
	lx.frontWords = newSet(w.FrontWords)
	lx.homeBodyWords = newSet(w.HomeBodyWords)
	lx.bodyPrefixes = newSet(w.BodyPrefixes)
	lx.kinAppositions = newSet(w.KinAppositions)
	lx.placeStops = newSet(w.PlaceStops)
	lx.officeConnectors = newSet(w.OfficeConnectors)
	lx.placeTopicNouns = newSet(w.PlaceTopicNouns)
	lx.buildingWords = newSet(w.BuildingWords)
	lx.buildingQualifiers = newSet(w.BuildingQualifiers)
	lx.headingNouns = newSet(w.HeadingNouns)
	lx.headlineVerbs = newSet(w.HeadlineVerbs)
	lx.occasionEdges = newSet(w.OccasionEdges)
	lx.appositionEnds = newSet(w.AppositionEnds)
	lx.govNouns = newSet(w.Governments)
	lx.subdivisionNouns = newSet(w.SubdivisionNouns)
	lx.epithets = newSet(w.Epithets)
	lx.compounds = newSet(w.Compounds)
	lx.compoundEnds = newSet(w.CompoundEnds)
	e := k.Engagements
	lx.fillers = newSet(e.Fillers)
	lx.future = newSet(e.Future)
	lx.negations = newSet(e.Negations)
	lx.contrastLinks, lx.absenceCues, lx.failureCues = newSet(e.ContrastLinks), newSet(e.AbsenceCues), newSet(e.FailureCues)
	lx.planVerbs = newSet(e.PlanVerbs)
	lx.welcomeAdjectives = newSet(e.WelcomeAdjectives)
	lx.purposeNow, lx.purposeAhead = newSet(e.PurposePresent), newSet(e.PurposeFuture)
	lx.scheduleCues = newSet(e.ScheduleCues)
	lx.beFuture = newSet(e.BeFuture)
	lx.aheadDayCues = newSet(e.AheadDayCues)
	lx.pluralContactNouns = newSet(e.PluralContactNouns)
	lx.peerGroupNouns = newSet(e.PeerGroupNouns)
	for _, o := range e.AdditiveOpeners {
		var ws []string
		for _, w := range strings.Fields(o) {
			ws = append(ws, foldToken(w))
		}
		lx.additiveOpeners = append(lx.additiveOpeners, ws)
	}
	lx.possibility = newSet(e.Possibility)
	lx.departureVerbs = newSet(e.DepartureVerbs)
	lx.tourStartVerbs = newSet(e.TourStartVerbs)
	lx.hereCues = newSet(e.HereCues)
	lx.tourCountNouns, lx.tourListOpeners = newSet(e.TourCountNouns), newSet(e.TourListOpeners)
	lx.sequenceOpeners = newSet(e.SequenceOpeners)
	lx.reportIssueVerbs = newSet(e.ReportIssueVerbs)
	lx.goingToVerbs = newSet(e.GoingToVerbs)
	lx.past = newSet(e.Past)
	lx.anniversary = newSet(e.AnniversaryWords)
	for _, o := range e.RetellingOpeners {
		lx.retelling = append(lx.retelling, strings.Fields(accord.Fold(o)))
	}
	lx.sequelVerbs = newSet(e.SequelVerbs)
	lx.invite = newSet(e.Invitation)
	lx.anaphor = newSet(e.Anaphors)
	lx.needName = newSet(e.NeedName)
	lx.needPerson = newSet(e.NeedPerson)
	lx.callOnNouns = newSet(e.CallOnNouns)
	lx.appealVerbs = newSet(e.AppealVerbs)
	lx.callOnVerbs = newSet(e.CallOnVerbs)
	lx.appealAfter = newSet(e.AppealAfter)
	lx.marginWords = newSet(e.MarginWords)
	lx.standingFormats = newSet(e.StandingFormats)
	lx.formatRoundHeads = newSet(e.FormatRoundHeads)
	// The talks phrases a format's head ends ("political consultations",
	// "joint commission"), by their last two words (talks35.go).
	lx.formatRoundPairs = set{}
	for _, p := range e.Phrases {
		ws := strings.Fields(accord.Fold(p.Phrase))
		if n := len(ws); p.Type == string(accord.Talks) && n >= 2 && lx.formatRoundHeads[ws[n-1]] {
			lx.formatRoundPairs[ws[n-2]+" "+ws[n-1]] = true
		}
	}
	lx.formatFounding = newSet(e.FormatFounding)
	lx.formatProcessCues = newSet(e.FormatProcessCues)
	lx.roundLeadWords = newSet(e.RoundLeadWords)
	lx.sides = newSet(e.Sides)
	lx.nationNouns = newSet(e.NationNouns)
	lx.pressAudiences = newSet(e.PressAudiences)
	lx.statementWords, lx.pressStatementVerbs = newSet(e.PressStatementWords), newSet(e.PressStatementVerbs)
	lx.passivePressEvents, lx.passivePressHeld = lx.foldedPhrases(e.PassivePressEvents), lx.foldedPhrases(e.PassivePressHeld)
	lx.passivePressDenials = newSet(e.PassivePressDenials)
	lx.ownPressMarkers, lx.ownPressLinks, lx.ownPressConts = newSet(e.OwnPressMarkers), newSet(e.OwnPressLinks), newSet(e.OwnPressContacts)
	lx.presentContactVerbs, lx.presentContactAdverbs = newSet(e.PresentContactVerbs), newSet(e.PresentContactAdverbs)
	lx.mealParticiples = newSet(e.MealParticiples)
	lx.jointRemarksCues, lx.afterOwnMeetingCues, lx.remarksWords = e.JointRemarksCues, e.AfterOwnMeetingCues, newSet(e.RemarksWords)
	lx.pressArticles = newSet(e.PressArticles)
	lx.immediate = newSet(e.Immediate)
	lx.thanks, lx.welcomeNouns = newSet(e.Thanks), newSet(e.WelcomeNouns)
	lx.sideLinks = newSet(e.SideLinks)
	lx.summitVenue = newSet(e.SummitVenue)
	lx.sideline = newSet(e.SidelineCues)
	lx.summitHeld = lx.foldedPhrases(e.SummitHeld)
	lx.stayOpeners = lx.foldedPhrases(e.StayOpeners)
	lx.answerOpeners = lx.foldedPhrases(e.AnswerOpeners)
	lx.pastAfter = lx.foldedPhrases(e.PastAfter)
	lx.pastAfterBlocks = newSet(e.PastAfterBlocks)
	lx.futureAfter = lx.foldedPhrases(e.FutureAfter)
	lx.attend = lx.foldedPhrases(e.AttendCues)
	lx.ownTripOpeners = lx.foldedPhrases(e.OwnTripOpeners)
	lx.ownTripAfter = lx.foldedPhrases(e.OwnTripAfter)
	lx.hereWords = lx.foldedPhrases(e.HereWords)
	lx.gatheringNouns = newSet(e.GatheringNouns)
	lx.briefingNouns = newSet(e.BriefingNouns)
	lx.ancestorWords = newSet(e.AncestorWords)
	lx.occasionDeterminers = newSet(e.OccasionDeterminers)
	lx.attended = newSet(e.AttendedVerbs)
	lx.topicCues = newSet(e.TopicCues)
	lx.processEnds = newSet(e.ProcessEnds)
	lx.visitEnds = newSet(e.VisitEnds)
	lx.signingCloseVerbs = newSet(e.SigningCloseVerbs)
	lx.signingCeremonyHeld = newSet(e.SigningCeremonyHeld)
	lx.signerSideNouns = newSet(e.SignerSideNouns)
	for _, ph := range e.SignerSidePhrases {
		lx.signerSidePhrases = append(lx.signerSidePhrases, strings.Fields(accord.Fold(ph)))
	}
	lx.tourDoneVerbs = newSet(e.TourDoneVerbs)
	lx.tourEndNouns = newSet(e.TourEndNouns)
	lx.invitationPreps = newSet(e.InvitationPreps)
	lx.visitCloseNouns = newSet(e.VisitCloseNouns)
	lx.lastLegWords = newSet(e.LastLegWords)
	lx.participationNouns = newSet(e.ParticipationNouns)
	lx.protocolVisits = newSet(e.ProtocolVisits)
	lx.gladVisit = newSet(e.GladVisit)
	lx.gladToBe = newSet(e.GladToBe)
	lx.gladGate = newWordGate(lx.gladToBe)
	lx.hereNow = newSet(e.HereNow)
	lx.hostGreetVerbs = newSet(e.HostGreetVerbs)
	lx.hostHereVerbs = newSet(e.HostHereVerbs)
	lx.hostAheadWords = newSet(e.HostAheadWords)
	lx.hostHaveVerbs = newSet(e.HostHaveVerbs)
	lx.visitPhraseOpeners = newSet(e.VisitPhraseOpeners)
	lx.earlierTripOpeners = newSet(e.EarlierTripOpeners)
	lx.partyPossessives = newSet(e.PartyPossessives)
	lx.speakerNouns = newSet(e.SpeakerNouns)
	lx.gladContactVerbs = newSet(e.GladContactVerbs)
	lx.welcomeObject = newSet(e.WelcomeObject)
	lx.occasionGatherings = newSet(e.OccasionGatherings)
	lx.hostingVerbs = newSet(e.HostingVerbs)
	lx.travelPhrases = newSet(e.TravelPhrases)
	lx.previewTravel = newSet(e.PreviewTravelWords)
	lx.commercialDeals = newSet(e.CommercialDeals)
	lx.businessGroups = newSet(e.BusinessGroups)
	lx.occasionMarkers = newSet(e.OccasionMarkers)
	lx.reporting = newSet(e.ReportingVerbs)
	lx.visitOwners = map[string]bool{}
	for _, w := range e.VisitOwners {
		lx.visitOwners[strings.ToLower(w)] = true
	}
	lx.visitPast = newSet(e.VisitPast)
	lx.soonAdjectives = newSet(e.SoonAdjectives)
	lx.irregularParticiples = newSet(e.IrregularParticiples)
	lx.together = newSet(e.Together)
	lx.callNouns = newSet(e.CallNouns)
	lx.callVerbs = newSet(e.CallVerbs)
	for _, c := range e.SeveralCalls {
		lx.severalCalls = append(lx.severalCalls, strings.Fields(strings.ToLower(c)))
	}
	lx.hosting = newSet(e.Hosting)
	lx.welcome = newSet(e.Welcome)
	lx.titleAnyCase = newSet(e.TitleAnyCase)
	lx.inPersonTitleCues = newSet(e.InPersonTitleCues)
	lx.genericTalk = newSet(e.GenericTalk)
	lx.talkAudiences, lx.talkAudienceMods, lx.talkAudTails = newSet(e.TalkAudiences), newSet(e.TalkAudienceModifiers), newSet(e.TalkAudienceTails)
	lx.talkAudStops = newSet(e.TalkAudienceStops)
	lx.jointPress = newSet(e.JointPressPhrases)
	lx.actNouns = newSet(e.ActNouns)
	lx.leaderPlurals = map[string]string{}
	for w, o := range e.LeaderPlurals {
		lx.leaderPlurals[accord.Fold(w)] = o
	}
	lx.subjectLinks = newSet(e.SubjectLinks)
	lx.subjectContactNouns, lx.timeLinks = newSet(e.SubjectContactNouns), newSet(e.TimeLinks)
	lx.verbDays = newSet(e.VerbDays)
	lx.officePlurals, lx.bilateralOfficePlurals = map[string]string{}, map[string]string{}
	for _, pl := range []struct {
		in  map[string]string
		out map[string]string
	}{{e.OfficePlurals, lx.officePlurals}, {e.BilateralOfficePlurals, lx.bilateralOfficePlurals}} {
		for ph, o := range pl.in {
			var ws []string
			for _, t := range tokenize(ph, lx.abbr) {
				ws = append(ws, t.fold)
			}
			pl.out[strings.Join(ws, " ")] = o
		}
	}
	lx.buildingHeads = newSet(e.BuildingHeads)
	lx.seats = newSet(e.Seats)
	lx.visitKinds = newSet(e.VisitKinds)
	lx.tripWords = newSet(e.TripWords)
	lx.pressNouns = newSet(e.PressNouns)
	lx.messageNouns = newSet(e.MessageNouns)
	lx.officeParticiples = newSet(e.OfficeParticiples)
	lx.remoteWords = newSet(e.RemoteWords)
	lx.videoWays, lx.videoWayFollowers = newSet(e.VideoWays), newSet(e.VideoWayFollowers)
	lx.videoFormats, lx.formatNouns = newSet(e.VideoFormats), newSet(e.FormatNouns)
	lx.motionVerbs = newSet(e.MotionVerbs)
	lx.arrivalVerbs = newSet(e.ArrivalVerbs)
	lx.arrivalGate = newWordGate(lx.arrivalVerbs)
	lx.legWords, lx.legTrips = newSet(e.LegWords), newSet(e.LegTrips)
	lx.reachVerbs = newSet(e.ReachVerbs)
	lx.reachGate = newWordGate(lx.reachVerbs)
	lx.returnWords = newSet(e.ReturnWords)
	lx.greetingPlaces, lx.greetingVerbs = newSet(e.GreetingPlaces), newSet(e.GreetingVerbs)
	lx.rosterNouns, lx.rosterCues, lx.rosterLinks = newSet(e.RosterNouns), newSet(e.RosterCues), newSet(e.RosterLinks)
	lx.greetPlaceGate, lx.greetVerbGate = newWordGate(lx.greetingPlaces), newWordGate(lx.greetingVerbs)
	lx.rosterCueGate, lx.rosterNounGate = newWordGate(lx.rosterCues), newWordGate(lx.rosterNouns)
	lx.rosterPapers = newSet(e.RosterPapers)
	lx.sequelWords = newSet(e.SequelWords)
	for _, c := range e.TenurePhrases {
		lx.tenurePhrases = append(lx.tenurePhrases, strings.Fields(accord.Fold(c)))
	}
	lx.staffTitles = newSet(e.StaffTitles)
	for _, c := range e.ArrivalCues {
		lx.arrivalCues = append(lx.arrivalCues, strings.Fields(accord.Fold(c)))
	}
	lx.groupQuantifiers = newSet(e.GroupQuantifiers)
	lx.tallyNouns, lx.tallyAdverbs = newSet(e.TallyNouns), newSet(e.TallyAdverbs)
	for _, w := range e.RecallOpeners {
		// Folded as the text's tokens are: "follow-up" is one token.
		var ws []string
		for _, t := range tokenize(w, nil) {
			ws = append(ws, t.fold)
		}
		lx.recallOpeners = append(lx.recallOpeners, ws)
	}
	for _, w := range e.PressOfficerTitles {
		lx.pressOfficers = append(lx.pressOfficers, strings.Fields(accord.Fold(w)))
	}
	for _, w := range e.ElapsedOpeners {
		lx.elapsedOpeners = append(lx.elapsedOpeners, strings.Fields(accord.Fold(w)))
	}
	for _, w := range e.AttendanceWords {
		lx.attendance = append(lx.attendance, strings.Fields(accord.Fold(w)))
	}
	lx.coSignVerbs = newSet(e.CoSignVerbs)
	for _, w := range e.DocumentHandovers {
		var ws []string
		for _, t := range tokenize(w, nil) {
			ws = append(ws, t.fold)
		}
		lx.documentHandovers = append(lx.documentHandovers, ws)
	}
	lx.signedDocuments = newSet(e.SignedDocuments)
	lx.documentQuantifiers = newSet(e.DocumentQuantifiers)
	lx.namingVerbs = newSet(e.NamingVerbs)
	lx.noteTopicLinks = newSet(e.NoteTopicLinks)
	lx.signingSubjects = newSet(e.SigningSubjects)
	lx.signingAuxiliaries = newSet(e.SigningAuxiliaries)
	lx.cityGovernmentWords = newSet(e.CityGovernmentWords)
	lx.opportunityNouns = newSet(e.OpportunityNouns)
	lx.coChairWords = newSet(e.CoChairWords)
	lx.blocAttendVerbs, lx.blocGatheringNouns, lx.blocGatheringOthers, lx.blocGatheringModifiers = newSet(e.BlocAttendVerbs), newSet(e.BlocGatheringNouns), newSet(e.BlocGatheringOthers), newSet(e.BlocGatheringModifiers)
	lx.gatheringPartVerbs, lx.gatheringSpeechWords, lx.gatheringSessionNouns, lx.leaderGatheringNouns, lx.gatheringLeadModifiers, lx.gatheringAnaphors = newSet(e.GatheringPartVerbs), newSet(e.GatheringSpeechWords), newSet(e.GatheringSessionNouns), newSet(e.LeaderGatheringNouns), newSet(e.GatheringLeadModifiers), newSet(e.GatheringAnaphors)
	lx.summitStandInVerbs, lx.summitRepresentVerbs = newSet(e.SummitStandInVerbs), newSet(e.SummitRepresentVerbs)
	lx.unionSides = newSet(e.UnionSides)
	lx.mealWords = newSet(e.MealWords)
	lx.mealAdjectives = newSet(e.MealAdjectives)
	lx.welcomeHonours, lx.honoursAdjectives = foldPhrases(e.WelcomeHonours), newSet(e.HonoursAdjectives)
	lx.parentheticals = newSet(e.Parentheticals)
	lx.signedDocument = newSet(e.SignedDocument)
	lx.unsignedObjects = newSet(e.UnsignedObjects)
	lx.officeHolders = newSet(e.OfficeHolders)
	lx.signWords = newSet(e.SignWords)
	lx.briefingVerbs = newSet(e.BriefingVerbs)
	for _, w := range e.CancelWords {
		lx.cancelWords = append(lx.cancelWords, strings.Fields(accord.Fold(w)))
	}
	for _, w := range e.PostponeWords {
		lx.postponeWords = append(lx.postponeWords, strings.Fields(accord.Fold(w)))
	}
	lx.calledOffAux, lx.calledOffStops = newSet(e.CalledOffAuxiliaries), newSet(e.CalledOffStops)
	for _, w := range e.NotHeldPhrases {
		lx.notHeld = append(lx.notHeld, strings.Fields(accord.Fold(w)))
	}
	lx.bilateralWords = newSet(e.BilateralWords)
	lx.separateContactPlurals = newSet(e.SeparateContactPlurals)
	lx.futureAuxiliaries = newSet(e.FutureAuxiliaries)
	lx.inPersonEvents = newSet(e.InPersonEvents)
	lx.bareContactVerbs = newSet(e.BareContactVerbs)
	lx.leaderNouns = newSet(e.LeaderNouns)
	lx.carriedGreetings = newSet(e.CarriedGreetings)
	for ph, t := range e.ProgrammeVerbs {
		lx.programmeVerbs = append(lx.programmeVerbs, programmeVerb{lx.foldedPhrases([]string{ph})[0], accord.EngagementType(t)})
	}
	// Longest first: "meet with" before "meet".
	slices.SortFunc(lx.programmeVerbs, func(a, b programmeVerb) int { return len(b.words) - len(a.words) })
	lx.jointActVerbs = newSet(e.JointActVerbs)
	lx.bareMotionVerbs = newSet(e.BareMotionVerbs)
	lx.movedToMeetVerbs = newSet(e.MovedToMeetVerbs)
	lx.summitHoldVerbs = newSet(e.SummitHoldVerbs)
	lx.summitCochairVerbs = newSet(e.SummitCochairVerbs)
	lx.seriesSummit = newSet(e.SeriesSummitWords)
	lx.summitHolders, lx.spelledOrdinals = newSet(e.SummitHoldersWords), newSet(e.SpelledOrdinals) // summitsides.go
	lx.manySidedSummit = newSet(e.ManySidedSummitWords)
	lx.summitAheadCues = newSet(e.SummitAheadCues)
	lx.summitPastCues = newSet(e.SummitPastCues)
	lx.groupPartyEnds = newSet(e.GroupPartyEnds)
	lx.bareSummitWords = newSet(e.BareSummitWords)
	lx.documentAdjectives = newSet(e.DocumentAdjectives)
	lx.bilateralPlurals = newSet(e.BilateralPlurals)
	lx.separateWords, lx.separateAdverbs = newSet(e.SeparateWords), newSet(e.SeparateAdverbs)
	for _, ph := range e.DescriptionNouns {
		lx.descriptionNouns = append(lx.descriptionNouns, strings.Fields(accord.Fold(ph)))
	}
	lx.companyPhrases = lx.foldedPhrases(e.CompanyPhrases)
	lx.officeJoins = newSet(e.LabelOfficeJoins)
	lx.signingWords = newSet(e.SigningSentenceWords)
	lx.signingWitnesses = lx.foldedPhrases(e.SigningWitnessPhrases)
	for _, ph := range e.PresencePhrases {
		lx.presencePhrases = append(lx.presencePhrases, strings.Fields(accord.Fold(ph)))
	}
	// Tokenized as the text is: "both countries' leaders" splits its
	// apostrophe off as the text's tokens do.
	lx.pairSigners = lx.foldedPhrases(e.PairSigners)
	lx.signingJoinVerbs = newSet(e.SigningJoinVerbs)
	lx.unsignedObjectStops = newSet(e.UnsignedObjectStops)
	lx.courtesyCallers = map[string]bool{}
	for _, o := range e.CourtesyCallers {
		lx.courtesyCallers[o] = true
	}
	for _, r := range e.DeputyRanks {
		lx.deputyRanks = append(lx.deputyRanks, accord.Fold(r)+" ")
	}
	lx.firstPerson = map[string]bool{}
	for _, w := range e.FirstPerson {
		lx.firstPerson[w] = true
	}
	lx.participantLinks = lx.foldedPhrases(e.ParticipantLinks)
	lx.stayPhrases = lx.foldedPhrases(e.StayPhrases)
	if lx.parts, err = buildParts(lx.abbr); err != nil {
		return nil, err
	}
	if lx.outlets, err = buildOutlets(lx.abbr, k.Titles.Titles); err != nil {
		return nil, err
	}
	lx.months = map[string]int{}
	for i, m := range w.Months {
		lx.months[foldToken(m)] = i + 1
	}
	for a, m := range w.MonthAbbrevs {
		lx.months[foldToken(a)] = m
	}
	lx.weekdays = map[string]int{}
	for i, d := range w.Weekdays {
		lx.weekdays[foldToken(d)] = i
	}
	lx.countryCues = newSet(e.CountryCues)
	lx.titleFuture = newSet(e.TitleFuture)
	lx.reporterOffices = newSet(e.ReporterOffices)
	lx.gerundBefore = newSet(e.GerundBefore)
	lx.companion = newSet(k.Words.Companions)
	lx.oralTitleCues, lx.salutations = e.OralTitleCues, e.Salutations
	lx.addressOpeners = e.AddressOpeners
	for _, w := range lx.salutations {
		lx.salutationFirst.add(w)
	}
	for _, g := range e.GuestAddresses {
		lx.guestAddresses = append(lx.guestAddresses, strings.Fields(foldToken(g)))
	}
	lx.audienceOffices = newSet(e.AudienceOffices)
	lx.titleCues = map[string]accord.EngagementType{}
	for cue, t := range e.TitleCues {
		lx.titleCues[foldToken(cue)] = accord.EngagementType(t)
	}
	lx.levelRank = map[string]int{
		accord.LevelHeadOfState: 6, accord.LevelHeadOfGovernment: 5, accord.LevelPartyLeader: 4,
		accord.LevelMinister: 3, accord.LevelAmbassador: 2, accord.LevelOfficial: 1,
	}
	lx.indexWords()
	return lx, nil
}

// Flags of word ids: the sets a doc's tokens are looked up in at every
// word, kept as bits by id (lexicon.is).
const (
	fWelcome uint64 = 1 << iota
	fDelegationVerbs
	fFillers
	fGiven
	fStop
	fParticles
	fSuffixes
	fTripWords
	fReporting
	fEpithets
	fInst
	fVerbs
	fPartsFirst
	fContactPlural
	fGovNouns
	// Sets asked about every token of a text by one rule each (perf37):
	// mealTriggers, hostWelcomes, groupPressSentence.
	fMealHost        // mealHostVerbs and mealHostFuture
	fMealParticiples // mealParticiples
	fHostWelcome     // "welcome", "welcoming", hostGreetVerbs, hostHereVerbs, hostHaveVerbs
	fStatementWords  // statementWords
	fSideline
	fThanks
	fLegTrips
	fInvite
	fFuture
	fArrival // arrivalVerbs (arrivedAtAirportIn)
	fReach   // reachVerbs (reachedOnVisit)
	fLead    // delegationLed and delegationLeading (ledDelegationTo)
	fBlocAttendVerbs
	fOfficeJoins
	fVisitEnds
	fPreviewTravel
	fDelegation
	fSeparateAdverbs
	fTopicCues
	fMonth   // the keys of months (each a month's number, not 0)
	fWeekday // the keys of weekdays
	nFlags   = iota
)

// anyFlagged reports whether a token of toks[from:to] is in the set of
// flag f: a look-up by id, no copy of each token as a ContainsFunc
// closure made.
func (d *doc) anyFlagged(from, to int, f uint64) bool {
	for k := from; k < to; k++ {
		if d.lx.is(&d.toks[k], f) {
			return true
		}
	}
	return false
}

// keySet is the set of m's keys.
func keySet(m map[string]int) set {
	s := make(set, len(m))
	for w := range m {
		s[w] = true
	}
	return s
}

// unionSet is a new set of the words of every set given.
func unionSet(sets ...set) set {
	u := set{}
	for _, s := range sets {
		for w, ok := range s {
			if ok {
				u[w] = true
			}
		}
	}
	return u
}

// indexWords numbers the words of the tries and flagged sets (vocab) and
// sets their flags.
func (lx *lexicon) indexWords() {
	lx.flagSets = [nFlags]set{lx.welcome, lx.delegationVerbs, lx.fillers, lx.given, lx.stop,
		lx.particles, lx.suffixes, lx.tripWords, lx.reporting, lx.epithets, lx.inst, lx.verbs, lx.parts.first, contactPlural, lx.govNouns,
		unionSet(lx.mealHostVerbs, lx.mealHostFuture), lx.mealParticiples,
		unionSet(set{"welcome": true, "welcoming": true}, lx.hostGreetVerbs, lx.hostHereVerbs, lx.hostHaveVerbs), lx.statementWords,
		lx.sideline, lx.thanks, lx.legTrips, lx.invite, lx.future,
		lx.arrivalVerbs, lx.reachVerbs, unionSet(lx.delegationLed, lx.delegationLeading),
		lx.blocAttendVerbs, lx.officeJoins, lx.visitEnds, lx.previewTravel, lx.delegation, lx.separateAdverbs, lx.topicCues,
		keySet(lx.months), keySet(lx.weekdays)}
	lx.vocab = map[string]int32{}
	lx.names.intern(lx.vocab)
	lx.phrases.intern(lx.vocab)
	for _, s := range lx.flagSets {
		for w := range s {
			if lx.vocab[w] == 0 {
				lx.vocab[w] = int32(len(lx.vocab) + 1)
			}
		}
	}
	lx.vocabIndex = wordfilter.NewIndex(lx.vocab)
	lx.flags = make([]uint64, len(lx.vocab)+1)
	for b, s := range lx.flagSets {
		for w, ok := range s {
			if ok {
				lx.flags[lx.vocab[w]] |= 1 << b
			}
		}
	}
	lx.names.index(lx.vocab, true)
	lx.phrases.index(lx.vocab, true)
}

// ids numbers a doc's tokens (token.id) that tokenizeTo left unnumbered.
func (lx *lexicon) ids(toks []token) {
	for i := range toks {
		if toks[i].id != 0 {
			continue
		}
		id := lx.vocabIndex.Get(toks[i].fold)
		if id == 0 {
			id = -1
		}
		toks[i].id = id
	}
}

// is reports whether tk's word is in the set of flag f (one bit).
func (lx *lexicon) is(tk *token, f uint64) bool {
	switch {
	case tk.id > 0:
		return lx.flags[tk.id]&f != 0
	case tk.id < 0:
		return false
	}
	return lx.flagSets[bits.TrailingZeros64(f)][tk.fold]
}

// caseRule derives how strictly a listed form must match: acronyms exactly,
// capitalised names by their capital, lower-case phrases in any case.
func caseRule(form string) int {
	r, _ := utf8.DecodeRuneInString(form)
	if !unicode.IsUpper(r) {
		return caseAny
	}
	letters, upper := 0, 0
	for _, r := range form {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters <= 6 && upper == letters && !strings.Contains(form, " ") {
		return caseExact
	}
	return caseCap
}

// match returns the longest entries of t starting at toks[i] that the text's
// case allows, and their length in tokens.
func (t *trie) match(toks []token, i int) []entry {
	var best []entry
	n := t
	for j := i; j < len(toks); j++ {
		n = n.child(&toks[j])
		if n == nil {
			break
		}
		if ok := okEntries(n.entries, toks[i:j+1]); ok != nil {
			best = ok
		}
		if n.next == nil {
			break
		}
	}
	return best
}

// okEntries returns the entries es that toks may stand for (caseOK), nil
// for none: es itself when all may, as most do, so that a match copies
// nothing (callers only read what match returns).
func okEntries(es []entry, toks []token) []entry {
	for k, e := range es {
		if caseOK(e, toks) {
			continue
		}
		var ok []entry
		ok = append(ok, es[:k]...)
		for _, e := range es[k+1:] {
			if caseOK(e, toks) {
				ok = append(ok, e)
			}
		}
		return ok
	}
	if len(es) == 0 {
		return nil
	}
	return es
}

func caseOK(e entry, toks []token) bool {
	switch e.rule {
	case caseExact:
		for i, t := range toks {
			if t.text != e.texts[i] && strings.TrimSuffix(t.text, ".") != strings.TrimSuffix(e.texts[i], ".") {
				return false
			}
		}
		return true
	case caseCap:
		return toks[0].cap
	}
	return true
}

// holdsFold is s[accord.Fold(w)] without a copy of an ASCII w: an office
// or a phrase of the knowledge looked up at every mention.
func (s set) holdsFold(w string) bool {
	if len(w) <= 64 && isASCII(w) {
		var arr [64]byte
		return s[string(appendFoldASCII(arr[:0], w))]
	}
	return s[accord.Fold(w)]
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldedPhrases returns each phrase as its folded words, tokenized as
// texts are.
func (lx *lexicon) foldedPhrases(ls []string) [][]string {
	var out [][]string
	for _, l := range ls {
		var ws []string
		for _, t := range tokenize(l, lx.abbr) {
			ws = append(ws, t.fold)
		}
		out = append(out, ws)
	}
	return out
}
