package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
)

// trigger is an engagement phrase found in the text.
type trigger struct {
	typ  accord.EngagementType
	i, j int
	sent int
	form string // the phrase as listed
	// alone: a "summit" with no other contact phrase in its sentence, which
	// only confirms the headline's summit unless the sentence holds it.
	alone bool
	// recalled: a contact named in passing ("A's fruitful conversation
	// with B"), not reported.
	recalled bool
	// gathering: a summit kept for its parties ("joined leaders of A and B
	// for the Summit"), a contact only with three countries or more.
	gathering bool
	// heads: the persons who head a delegation received, and its members,
	// named in a later sentence (delegation32.go).
	heads []int
}

// eng is an engagement under construction.
type eng struct {
	day string // the headline's day of a visit it dates by month
	// visitDay: the day the text gives a visit it dates by month (its
	// first, for a span): the export's date of the visit (visitday.go).
	visitDay  string
	typ       accord.EngagementType
	date      string
	status    string
	persons   []int    // person indexes
	codes     []string // country participants, when no person is named
	place     accord.PlaceRef
	sent      int
	fromTitle bool
	confirmed bool // a body sentence reports it too
	guessed   bool // persons taken from the lead, not named with it
	// byCountry: the parties are the countries of persons, who are not
	// themselves the signers ("the signing of the arrangement").
	byCountry bool
	// datePub: the text gives no date; the publication date stands.
	datePub bool
	// overview: one of the contacts a list of offices names ("met the
	// ambassadors of A, B and C"), numbered by the list's sentence + 1.
	overview int
	// occasion: a reception held as a ceremony or a meal ("hosted a
	// welcome ceremony for", "a banquet in honour of"), another event of
	// the day than the talks the hosts hold.
	occasion bool
	// suite: every person read was only present at the contact, all of one
	// side ("The breakfast meeting was also attended by A, B and C"): no
	// sides of an engagement (principalsOnly), dropped.
	suite bool
	// own: a leader's own press conference, which no other side attends
	// (a doorstop abroad): one side is enough.
	own bool
	// monarch: a visitor's meeting with the monarch named by title alone,
	// an occasion beside the day's talks.
	monarch bool
	// stop: a further country of a tour the visit phrase lists ("a working
	// visit to A and B"): a visit of its own, not the first one told again.
	stop bool
	// receivedBy: told in the passive, "A was received by B": B received
	// A where B is, whatever place the sentence gives (receptions).
	receivedBy bool
	// named: a summit its name makes a gathering of its own kind (an
	// annual or three-sided summit, a union's with a partner), not two
	// states' meeting (namedsummit.go).
	named bool
}

// triggers finds the engagement phrases of the body. Filler words may sit
// inside a phrase ("spoke today with").
func (d *doc) triggers() []trigger {
	lx := d.lx
	var out []trigger
	for i := 0; i < len(d.toks); i++ {
		if !d.toks[i].word {
			continue
		}
		// "A welcomed B to Australia for talks": B's visit to the country.
		if lx.is(&d.toks[i], fWelcome) {
			// "A was welcomed by his counterpart B in C": A's stay, besides
			// the welcome the rules below read (visit35.go).
			if j := d.welcomedByIn(i); j > 0 {
				out = append(out, trigger{typ: accord.Visit, i: i, j: j, sent: d.toks[i].sent, form: "welcomed to"})
			}
			if j := d.welcomedToAny(i); j > 0 {
				out = append(out, trigger{typ: accord.Visit, i: i, j: j, sent: d.toks[i].sent, form: "welcomed to"})
				// "welcomed B to Canberra for his first official visit": the
				// welcome to a city is the meeting it was before (visit35.go).
				if jm := d.welcomedAt(i); jm > 0 && d.welcomedForVisit(i) {
					out = append(out, trigger{typ: accord.Meeting, i: i, j: jm, sent: d.toks[i].sent, form: "welcomed at"})
				}
				continue
			}
			// "welcomed President B with full military honors", "a welcome
			// ceremony with military honors for B" (honours33.go).
			j := d.welcomedWithHonours(i)
			if j == 0 {
				j = d.ceremonyWithHonours(i)
			}
			if j > 0 {
				out = append(out, trigger{typ: accord.Reception, i: i, j: j, sent: d.toks[i].sent, form: "welcomed with honours"})
				if d.leaderWelcomedWithHonours(i, j) {
					out = append(out, trigger{typ: accord.Visit, i: i, j: j, sent: d.toks[i].sent, form: "welcomed with honours"})
				}
				continue
			}
			if j := d.welcomedAtMeal(i); j > 0 {
				out = append(out, trigger{typ: accord.Reception, i: i, j: j, sent: d.toks[i].sent, form: "welcomed at a meal"})
				continue
			}
			if j := d.welcomedAt(i); j > 0 {
				out = append(out, trigger{typ: accord.Meeting, i: i, j: j, sent: d.toks[i].sent, form: "welcomed at"})
				if d.jointTitle && d.welcomedToCity(i) {
					// "President A is honored to welcome President B to
					// Washington" opening the two leaders' joint
					// statement: their meeting, and B's visit.
					out = append(out, trigger{typ: accord.Visit, i: i, j: j, sent: d.toks[i].sent, form: "welcomed to"})
				}
				continue
			}
		}
		// "welcomed a delegation led by Speaker A", "greeted the Tuvalu
		// delegation led by Prime Minister B": the head of the delegation
		// received.
		// (Each rule below opens with a word of a set its flag tells: most
		// words are asked no further, without a call.)
		delegationVerb := lx.is(&d.toks[i], fDelegationVerbs) && d.delegationVerbAt(i) // asked once for both rules below
		if delegationVerb && d.delegationLed(i+1) && !d.topicBefore(i) {
			out = append(out, trigger{typ: accord.Reception, i: i, j: i + 1, sent: d.toks[i].sent, form: "received a delegation"})
			continue
		}
		// "met with a delegation from the Y Institute. … The delegation
		// was led by A": the head a later sentence names (delegation32.go).
		if delegationVerb && !d.topicBefore(i) {
			if n := d.delegationAt(i + 1); n >= 0 {
				if ps := d.delegationHeadLater(n); ps != nil {
					out = append(out, trigger{typ: accord.Reception, i: i, j: i + 1, sent: d.toks[i].sent, form: "received a delegation", heads: ps})
					continue
				}
				// "received a delegation from the United Arab Emirates":
				// no head named, the delegation's country is the guest.
				if d.delegationCountry(i, n) != "" {
					out = append(out, trigger{typ: accord.Reception, i: i, j: i + 1, sent: d.toks[i].sent, form: "received a delegation"})
					continue
				}
			}
		}
		// The four rules below open with an arrival, reach or lead verb,
		// or "meet": only such a word is asked further.
		if t := &d.toks[i]; lx.is(t, fArrival) || lx.is(t, fReach) || lx.is(t, fLead) || t.fold == "meet" {
			// "arrived at the A International Airport in New Delhi" (visit32.go).
			if j := d.arrivedAtAirportIn(i); j > 0 {
				out = append(out, trigger{typ: accord.Visit, i: i, j: j, sent: d.toks[i].sent, form: "arrived at"})
				continue
			}
			// "A reached China on Thursday on an official visit" (tripleg.go).
			if j := d.reachedOnVisit(i); j > 0 {
				out = append(out, trigger{typ: accord.Visit, i: i, j: j, sent: d.toks[i].sent, form: "reached"})
				continue
			}
			// "A led a delegation to Mongolia" (delegvisit36.go).
			if j := d.ledDelegationTo(i); j > 0 {
				out = append(out, trigger{typ: accord.Visit, i: i, j: j, sent: d.toks[i].sent, form: ledDelegationForm})
				continue
			}
			// "delighted to meet President A", "fantastic to be here in C to
			// meet A": the bare verb of a pleasure's contact (meet31b.go).
			if j := d.gladMeet(i); j > 0 {
				out = append(out, trigger{typ: accord.Meeting, i: i, j: j, sent: d.toks[i].sent, form: "meet"})
				continue
			}
		}
		// "proceeded to the palace to meet King A": a move made for the
		// contact (movedtomeet37.go).
		if j := d.movedMeet(i); j > 0 {
			out = append(out, trigger{typ: accord.Meeting, i: i, j: j, sent: d.toks[i].sent, form: "meet"})
			continue
		}
		n := lx.phrases.child(&d.toks[i])
		if n == nil {
			continue
		}
		best, bestJ := -1, 0
		j := i + 1
		for {
			for _, e := range n.entries {
				best, bestJ = e.id, j
			}
			if n.next == nil || j >= len(d.toks) {
				break
			}
			k := j
			for k < len(d.toks) && lx.is(&d.toks[k], fFillers) && (n.child(&d.toks[k]) == nil || !d.branchGoesOn(n.child(&d.toks[k]), k+1)) {
				k++
				k = d.fillerComma(k) // "had cordial, productive discussions" (firstp32.go)
			}
			// "held meetings, respectively, with A; B; and C": the
			// parenthetical adverb of a list of contacts, one per name.
			k = skipRespectively(d.toks, k)
			k = d.skipWeekday(n, k)
			if k >= len(d.toks) || d.toks[k].sent != d.toks[i].sent {
				break
			}
			c := n.child(&d.toks[k])
			if c == nil {
				break
			}
			n, j = c, k+1
		}
		if best < 0 {
			continue
		}
		// "Reception Hall, Malacañan Palace", "the Summit Room": a room
		// named after what is held in it is a place.
		if d.toks[bestJ-1].cap && d.facilityAfter(bestJ) {
			continue
		}
		form := lx.k.Engagements.Phrases[best].Phrase
		// "concluding their meeting by signing a joint agreement": a
		// signing that ends a contact (concludedBySigning); not "marked the
		// day by signing a decree", "can deepen ties by signing an FTA".
		if form == "by signing" && !d.concludedBySigning(i, bestJ) {
			continue
		}
		// "the Secretary joined Minister A in signing a Roadmap"; not
		// "interested in signing", "delays in signing" (signjoin35.go).
		if form == "in signing" && !d.joinedInSigning(i, bestJ) {
			continue
		}
		// "Six MoUs were exchanged between the two sides", "The instruments
		// of ratification … were exchanged": documents exchanged are
		// signed; "views were exchanged" are not.
		// "Cooperation agreements were sealed", "41 papers were inked" (the
		// verbs of the press): the same, a document their subject; "the
		// border was sealed" is no signing.
		if (form == "were exchanged" || form == "was exchanged" || form == "were inked" || form == "was inked" || form == "were sealed" || form == "was sealed") && !d.documentSubject(i) {
			continue
		}
		// "witnessed the exchange of four MoUs" is a signing; "the exchange
		// of gifts", "of views" is not.
		// (An exchange of letters witnessed is a formal instrument too:
		// "the exchange of Letters of Intent".)
		if strings.HasSuffix(form, "the exchange") && bestJ+1 < len(d.toks) && d.toks[bestJ].fold == "of" && !d.documentObject(bestJ+1) && !d.lettersAt(bestJ+1) {
			continue
		}
		// "The MoU exchange ceremony", not "a prisoner exchange ceremony".
		if form == "exchange ceremony" && (i == 0 || !d.lx.signedDocuments[d.toks[i-1].fold] && !d.lx.signedDocument[d.toks[i-1].fold] && d.toks[i-1].fold != "mou") {
			continue
		}
		// "The leaders exchanged notes on the pandemic": notes shared on a
		// topic, not notes signed.
		if lx.k.Engagements.Phrases[best].Type == string(accord.Signing) && strings.HasPrefix(form, "exchanged") && d.topicNotes(bestJ) {
			continue
		}
		if lx.needName.holdsFold(form) {
			k := bestJ
			// "received Tuesday evening a telephone call": the verb's day,
			// then its object.
			k = d.skipVerbDay(i, k, form)
			// "signed and issued a Joint Statement": a second verb of the
			// same object.
			if k+1 < len(d.toks) && d.toks[k].fold == "and" && d.lx.coSignVerbs[d.toks[k+1].fold] {
				k = d.skipVerbDay(i, k+2, form)
			}
			// "signed a new Joint Declaration", "a renewed Statement of
			// Partnership": an article and an adjective (knowledge
			// document_adjectives) before the name.
			// "received visiting Minister A": the guest's participle too.
			// "received the newly sworn-in President A": a modifier of the
			// title (knowledge modifiers) too.
			k = d.objectLead(k, form, true)
			// "received at Sakhir Palace, in the presence of A, B": the
			// place and those present, then the guest B.
			if g := d.afterPresence(k); g > k {
				k, bestJ = d.objectLead(g, form, false), g
			}
			// "received in the Kremlin Secretary of State A": the place
			// first, then the guest.
			// Not "received in Riyadh today a phone call from A": what came
			// from the guest is a call or a message, read as such.
			placeFirst := k < len(d.toks) && (d.toks[k].fold == "in" || d.toks[k].fold == "at") && d.mentionWithin(d.toks[i].sent, k, k+placeReach) && !d.remoteBeforeMention(k, k+placeReach)
			// "the Joint Update we signed today", "the agreements that we
			// have witnessed": the document stands before its verb. One
			// witnessed is an agreement only when the text says so.
			// "carry out activities under the signed Memorandum of 2011":
			// the participle of a document named, no signing of the day.
			if form == "signed" && i > 0 && d.toks[i-1].sent == d.toks[i].sent && attributiveDeterminers[d.toks[i-1].fold] {
				continue
			}
			before := (form == "signed" || form == "witnessed") && d.signedObjectBefore(i, form == "witnessed") || form == "signed" && d.signedToday(i)
			if form == "witnessed" && !before && !d.countedDocuments(k) && !d.witnessedDocuments(k) && !d.documentActAt(k) && !d.witnessedCeremony(i, k) {
				continue
			}
			// "Malaysia and Brazil exchanged a series of MoUs": documents
			// exchanged are signed ones; "exchanged views", "exchanged New
			// Year greetings" are not.
			if form == "exchanged" && !d.documentObject(k) {
				continue
			}
			signs := form == "signed" || form == "exchanged"
			if !before && !placeFirst && (k >= len(d.toks) || !d.toks[k].cap || form == "exchanged") && !d.countedDocuments(k) && !(form == "witnessed" && (d.witnessedDocuments(k) || d.documentActAt(k) || d.witnessedCeremony(i, k))) && !(signs && (d.countriesSign(i, k) || d.personsSign(i, k) || d.pairSignedAt(i) && d.documentAhead(k) || (d.weSignedAt(i) || d.theySignedAt(i)) && d.documentAhead(k) || d.signsWith(i, k) != nil || d.personSignsWith(i, k) != nil)) {
				continue
			}
		}
		// "hosted a U.S. delegation led by Adviser A": the delegation's head
		// a few words further.
		reach := 3
		if n := d.delegationAt(bestJ); n >= 0 {
			if b := d.delegationLedBy(n); b > 0 {
				reach = max(10, b-bestJ+6)
			}
		}
		// "meetings with both A and B": the pair's first named past "both".
		reach += bothAt(d.toks, bestJ)
		// "worked with Minister of Foreign Affairs A" (a Vietnamese
		// outlet's working meeting), not "several of whom worked with A in
		// his efforts": a holder named by office.
		if form == "worked with" {
			if sp, ok := d.spanAt(bestJ); !ok || sp.kind != kTitle {
				continue
			}
		}
		// "hosted her Peruvian counterpart, Minister of Defense A, at the
		// Pentagon", "hosted his Peruvian counterpart": a counterpart is a
		// person, named in apposition or by office alone.
		if d.counterpartAt(bestJ) > 0 {
			reach = 12
		}
		// ("meetings with other leaders, including A": the members of the
		// group named after it, multi34.go.)
		if lx.needPerson.holdsFold(form) && (!d.namedWithin(d.toks[i].sent, bestJ, bestJ+reach) && !d.visitingOffice(bestJ) && d.counterpartAt(bestJ) < 0 || bestJ < len(d.toks) && d.toks[bestJ].fold == "by") && !d.pairMeal(i, bestJ) && d.groupInclusion(bestJ) < 0 {
			// "the Forum hosted by President A" hosts no one named.
			continue
		}
		if lx.callOnNouns.holdsFold(form) && d.callNounOff(i, bestJ) {
			continue
		}
		if d.appealCall(form, i, bestJ) {
			continue // "called on President B to sign the bill" (appeal34.go)
		}
		if lx.k.Engagements.Phrases[best].Type == string(accord.Talks) && d.formatNamed(i, bestJ) {
			// "the Strategic Dialogue mechanism": the standing format.
			continue
		}
		if lx.k.Engagements.Phrases[best].Type == string(accord.Talks) && bestJ == i+1 && d.namedFormat(i) {
			// "joint statements of the Six-Party Talks": a standing
			// format's name, not talks held.
			continue
		}
		if lx.k.Engagements.Phrases[best].Type == string(accord.Signing) && (d.unsignedObject(bestJ) || d.firmsDeal(bestJ)) {
			// "the signing of the guest book by PM A": no agreement; "the
			// signing of a $20 billion deal between Acme and Zeta Airways":
			// two firms', which the leaders only welcome.
			continue
		}
		if form == "called" && (d.namingCalled(i) || d.namingComplement(i) || !d.namedWithin(d.toks[i].sent, bestJ, bestJ+6)) {
			// "is called Asia's century"; "called the Summit Meeting the
			// beginning of a golden age": a call is placed to someone named.
			continue
		}
		// "I travelled to Oslo to meet with A", "have travelled to C": the
		// speaker's journey or an experience, no visit (travelDestination);
		// the contact it served keeps its date.
		if lx.travelPhrases[form] && i > 0 && (lx.firstPerson[d.toks[i-1].text] || perfectAux(d.toks[i-1])) {
			continue
		}
		// "will travel to C", "is scheduled to travel to C": the bare verb
		// only as a plan (not "the freedom to travel to C").
		if form == "travel to" && (i == 0 || !d.plannedVisitVerb(i-1)) {
			continue
		}
		// "a three-nation tour of A, B and C": a tour of countries, not "a
		// tour of the Knesset".
		if form == "tour of" && d.countryMentionAt(bestJ) < 0 && d.countedList(bestJ, len(d.toks)) < 0 {
			continue
		}
		switch form {
		case "visit":
			// A bare "visit" is someone's visit only after its owner: "Peters'
			// visit", "his visit"; else it is mostly the verb of a plan.
			// Protocol words between a person's possessive and the visit:
			// "his first official overseas visit", "your state visit"; a
			// bare "your visit" of remarks is a courtesy, not a report.
			o := i - 1
			for o > 0 && o >= i-4 && d.lx.visitKinds[d.toks[o].fold] && d.toks[o].sent == d.toks[i].sent {
				o--
			}
			if o < 0 {
				continue // a text that opens with "Visit": no owner before it
			}
			owner := strings.ToLower(d.toks[o].text)
			if d.visitOf(bestJ) {
				break // "the visit of Minister A"
			}
			// "is scheduled to visit France, Italy and Canada", "will visit
			// Japan": the verb of a plan, with the country it visits.
			// (Not "invited him to visit C": the invitation reads its own.)
			if o == i-1 && (d.countryMentionAt(i+1) >= 0 || d.cityMentionAt(i+1)) && d.plannedVisitVerb(o) {
				break
			}
			if !lx.visitOwners[owner] || o < i-1 && !personalOwner[owner] || o == i-1 && (owner == "your" || owner == "my") {
				continue
			}
			// "the Prime Minister's visit": whose, the text does not say.
			if f := d.toks[o].fold; (f == "'s" || f == "’s" || d.toks[o].text == "’" || d.toks[o].text == "'") && !d.personEndsAt(o) {
				continue
			}
		case "leaders' retreat", "leaders’ retreat", "leaders retreat":
			// "the Asia-Pacific Economic Cooperation (APEC) Virtual Leaders'
			// Retreat": an organisation's gathering, not two leaders' talks.
			if d.orgBefore(i) {
				continue
			}
		case "telephone calls", "phone calls", "congratulatory calls":
			// "received telephone calls from A, B and C", "the phone calls
			// with A and B"; "the importance of phone calls between
			// leaders" names no calls held.
			// "made telephone calls to A, B and C": calls placed to persons
			// named next.
			if bestJ >= len(d.toks) || d.toks[bestJ].fold != "from" && d.toks[bestJ].fold != "with" && !d.callsTo(bestJ) {
				continue
			}
		case "hosting":
			// "As well as hosting A for a bilateral": a contact of the day;
			// "looks forward to hosting A" is a wish, which the
			// invitations read from their own words.
			if i > 0 && (d.toks[i-1].fold == "to" || d.toks[i-1].fold == "for") {
				continue
			}
		case "arrived in", "landed in":
			// "the patrol vessels that Japan provided arrived in Viet Nam":
			// a relative clause's verb just before, things that arrived.
			if i > 0 && d.toks[i-1].word && !d.toks[i-1].cap && strings.HasSuffix(d.toks[i-1].fold, "ed") {
				continue
			}
		case "courtesy calls":
			// "newly elected Heads of State pay courtesy calls on
			// neighbouring countries": a custom; calls are paid on persons
			// named ("on the President of Mongolia A").
			if !d.namedWithin(d.toks[i].sent, bestJ, bestJ+10) {
				continue
			}
		case "meeting":
			// "indispensable for meeting current challenges": the verb after
			// a preposition, with an object of its own, meets no one.
			if i > 0 && lx.gerundBefore[d.toks[i-1].fold] && bestJ < len(d.toks) && d.toks[bestJ].word && !d.toks[bestJ].cap && d.toks[bestJ].fold != "with" && d.toks[bestJ].fold != "between" {
				continue
			}
		case "hosted":
			// "A hosted B to the latter's introductory visit": the visit,
			// which its own report holds, not a meeting besides.
			if d.hostedForContact(bestJ) {
				continue
			}
		case "visiting":
			// "visiting Taiwan", not "visiting New Zealand Deputy Prime Minister X";
			// "guests who were visiting Taiwan" are not named.
			if !d.placeOnlyAt(bestJ) || d.unnamedWho(i) {
				continue
			}
		}
		// "had a conversation with A", "held informal talks with A and a
		// conversation with B": a contact held; "Biden's fruitful
		// conversation with A" names one in passing, most often a call.
		// It still ends the persons of the contact before it.
		recalled := form == "conversation with" && (i < 2 || d.toks[i-1].fold != "a" || !conversationVerb[d.toks[i-2].fold]) && !d.heldConversation(i)
		// "bringing TPP negotiations to an early conclusion": negotiations
		// named by their subject are a topic, not a contact.
		if form == "negotiations" && i > 0 && d.toks[i-1].word && d.toks[i-1].cap && d.toks[i-1].sent == d.toks[i].sent && !d.personEndsAt(i-1) && !d.atSentenceStart(i-1) {
			continue
		}
		// "have concluded negotiations to launch a compact": the outcome of
		// a process, no talks held that day.
		// ("concluding negotiations on A's participation", "the early
		// conclusion of negotiations on the CEPA": the process's stage
		// named by a gerund or a noun.)
		pe := i - 1
		if pe > 0 && d.toks[pe].fold == "of" {
			pe--
		}
		if form == "negotiations" && pe >= 0 && lx.processEnds[d.toks[pe].fold] && bestJ < len(d.toks) && d.toks[bestJ].sent == d.toks[i].sent {
			if nx := d.toks[bestJ].fold; nx == "to" || nx == "on" || nx == "for" || nx == "of" {
				continue
			}
		}
		// "autocracies were sent a message of strength": a figure of speech
		// in the passive, no message between persons.
		if form == "sent a message" && i > 0 && beVerb[d.toks[i-1].fold] {
			continue
		}
		// "discussed the ongoing negotiations between A and B": a topic.
		if d.topicBefore(i) {
			continue
		}
		// "cooperation … notably through the Foreign Ministers' Strategic
		// Dialogue": a standing mechanism the cooperation runs through,
		// named, not a round of it held.
		if lx.phraseType[best] == accord.Talks && d.throughNamed(i) {
			continue
		}
		// "A and B established the Strategic Dialogue": a format set up,
		// no round of it (talks35.go).
		if lx.phraseType[best] == accord.Talks && d.foundedNamed(i) {
			continue
		}
		// "meeting the needs": a verb, not a meeting.
		if (form == "meeting" || form == "talks") && bestJ < len(d.toks) {
			nx := d.toks[bestJ].fold
			if nx == "the" || nx == "its" || nx == "their" || nx == "our" || nx == "these" || nx == "all" || nx == "a" || nx == "about" {
				if i == 0 || !lx.anaphor[d.toks[i-1].fold] && d.toks[i-1].fold != "a" {
					continue
				}
			}
		}
		// "talked over the phone with many of their colleagues": a
		// contact with a group no text names, no one's engagement.
		// ("with several leaders, including A and B" names them.)
		if d.withUnnamedGroup(bestJ) && d.groupInclusion(bestJ) < 0 || d.withOrgsOnly(bestJ) || d.withBusiness(bestJ) || d.countedUnnamed(i, bestJ) || d.congratulatedOn(i) {
			continue
		}
		typ := lx.phraseType[best]
		// "spoke with reporters after meeting A", "spoke to local media":
		// the press the phrase addresses, a press event as "spoke to the
		// press" is (presstalk31.go), not a call with A.
		if lx.genericTalk[form] {
			if end := d.talkAudienceEnd(bestJ); end > 0 {
				typ, form, bestJ = accord.PressConference, "spoke to the press", end
			}
		}
		// "A hosted B to a dinner", "hosted B for an official lunch": a
		// meal in the guest's honour, a reception.
		// ("A and B separately hosted C to meals" lists the visit's
		// contacts one by one, each as a meeting.)
		if form == "hosted" && typ == accord.Meeting && d.mealAfterGuest(bestJ) && !d.separatelyBefore(i) {
			typ = accord.Reception
		}
		out = append(out, trigger{typ: typ, i: i, j: bestJ, sent: d.toks[i].sent, form: form, recalled: recalled})
		i = bestJ - 1
	}
	// "hosted a dinner for A", "also hosted a banquet in his honour": a
	// meal in the guest's honour no phrase read (meal33.go).
	out = d.mealTriggers(out)
	// "held a summit meeting … over the telephone": the way makes it a call.
	for k := range out {
		t := &out[k]
		if class(t.typ) != "talks" && t.typ != accord.Summit {
			continue
		}
		_, to := d.sentToks(t.sent)
		// (A relative clause on the counterpart does not count towards
		// the reach: "met with A, who won the election in B, over the
		// phone".)
		for i, n := t.j, 0; i < to && n < 12; i, n = i+1, n+1 {
			if d.toks[i].text == "," && i+1 < to && (d.toks[i+1].fold == "who" || d.toks[i+1].fold == "whose") {
				for c := i + 2; c < to; c++ {
					if d.toks[c].text == "," {
						i = c
						break
					}
				}
			}
			if f := d.toks[i].fold; (f == "telephone" || f == "phone") && i > 0 {
				if p := d.toks[i-1].fold; p == "by" || p == "the" && i > 1 && (d.toks[i-2].fold == "over" || d.toks[i-2].fold == "on") {
					t.typ = accord.PhoneCall
					break
				}
			}
		}
		// "held the Leaders' Dialogue virtually": the way makes it a video contact.
		if t.typ != accord.PhoneCall && d.videoWayAfter(t.j, to) {
			t.typ = accord.VideoCall
		}
	}
	// "will hold talks with A, via videoconference": the way of the contact
	// before it, not another contact.
	for k := 1; k < len(out); k++ {
		t := out[k]
		if t.i < 1 || t.sent != out[k-1].sent || (t.typ != accord.VideoCall && t.typ != accord.PhoneCall) {
			continue
		}
		if f := d.toks[t.i-1].fold; f == "via" || f == "by" || f == "through" {
			if class(out[k-1].typ) == "talks" || t.typ == accord.VideoCall && genericSpoke(out[k-1].form) {
				// "spoke with A by video conference": the plain verb
				// reads as a call until its way is told.
				out[k-1].typ = t.typ
			}
			out = slices.Delete(out, k, k+1)
			k--
		}
	}
	// "held a video conference summit meeting with A", "a telephone summit
	// meeting": the way and the meeting in one phrase are one contact, of
	// the way's type.
	for k := 1; k < len(out); k++ {
		a, b := out[k-1], out[k]
		if a.sent != b.sent || b.i != a.j || remoteType(a.typ) == remoteType(b.typ) {
			continue
		}
		if !remoteType(a.typ) && (class(a.typ) == "talks" || a.typ == accord.Summit) {
			out[k].i = a.i
			out = slices.Delete(out, k-1, k)
			k--
		} else if remoteType(a.typ) && (class(b.typ) == "talks" || b.typ == accord.Summit) {
			out[k-1].j = b.j
			out = slices.Delete(out, k, k+1)
			k--
		}
	}
	return out
}

// inRelativeClause reports whether toks[to] lies in a relative clause
// opened after toks[from] (", who …", ", which …") and not closed before it.
func (d *doc) inRelativeClause(from, to int) bool {
	open := false
	for k := from + 1; k < to; k++ {
		switch {
		case (d.toks[k].fold == "who" || d.toks[k].fold == "which") && d.toks[k-1].text == ",":
			open = true
		case d.toks[k].text == "," || d.toks[k].text == ";":
			open = false
		}
	}
	return open
}

// presentAfter reports whether the contact phrase tr is followed by "with"
// and, before the clause ends, "present": "a meeting … with A and B
// present".
func (d *doc) presentAfter(tr trigger, to int) bool {
	with := false
	for k := tr.j - 1; k < to; k++ {
		switch d.toks[k].text {
		case ";", ")":
			return false
		}
		switch d.toks[k].fold {
		case "with":
			with = true
		case "present":
			return with && k > 0 && d.toks[k-1].text != ","
		}
	}
	return false
}

// ourApposition reports whether contact tr is ", our [ordinal] meeting":
// an apposition of the contact before it in its sentence.
func (d *doc) ourApposition(tr trigger) bool {
	k := tr.i - 1
	// "will make a state visit to Britain, the first such visit since
	// …": "such" takes up the contact just told.
	such := k >= 0 && d.toks[k].fold == "such"
	if such {
		k--
	}
	if k >= 0 && ordinalWord[d.toks[k].fold] {
		k--
	}
	return k >= 1 && (d.toks[k].fold == "our" || such && (d.toks[k].fold == "the" || d.toks[k].fold == "their")) && d.toks[k-1].text == ","
}

// pluralAfter reports whether contact tr is a plural noun ("meetings",
// "calls", "visits") after "after" or "since", an adjective between:
// "after successful meetings at the G20".
func (d *doc) pluralAfter(tr trigger, from int) bool {
	switch d.toks[tr.j-1].fold {
	case "meetings", "calls", "visits", "conversations", "summits":
	default:
		return false
	}
	for k := tr.i - 1; k >= from && k >= tr.i-3; k-- {
		switch f := d.toks[k].fold; {
		case f == "after" || f == "since":
			return true
		case !d.toks[k].word || d.toks[k].cap:
			return false
		}
	}
	return false
}

// timeClauseBetween reports whether a clause of time opens in toks[j:i]
// ("after", "before", "when", "while", "once", "until").
func (d *doc) timeClauseBetween(j, i int) bool {
	for k := j; k < i; k++ {
		switch d.toks[k].fold {
		case "after", "before", "when", "while", "once", "until":
			return true
		}
	}
	return false
}

// clauseOnContact reports whether toks[i] stands in a clause on the contact
// whose phrase ends at toks[j]: "in which", "during which", "where" between.
func (d *doc) clauseOnContact(j, i int) bool {
	for k := j; k < i; k++ {
		if f := d.toks[k].fold; f == "which" && k > j && (d.toks[k-1].fold == "in" || d.toks[k-1].fold == "during") || f == "where" {
			return true
		}
	}
	return false
}

// reportOnOwnContact reports whether toks[i] stands in what is reported
// after a possessed contact phrase opening the sentence: "In his meeting
// with B, A said both sides agreed": "both sides" are A and B.
func (d *doc) reportOnOwnContact(tr trigger, i int) bool {
	if tr.i == 0 || d.toks[tr.i-1].fold != "his" && d.toks[tr.i-1].fold != "her" {
		return false
	}
	for k := tr.j; k < i; k++ {
		if d.lx.reporting[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// withUnnamedGroup reports whether the words from toks[j] are "with" (or
// the phrase's own "with" before j) and a quantified group: "many of their
// Russian colleagues", "several counterparts", "some of them".
func (d *doc) withUnnamedGroup(j int) bool {
	k := j
	if k < len(d.toks) && d.toks[k].fold == "with" {
		k++
	} else if j < 1 || d.toks[j-1].fold != "with" {
		return false
	}
	// "with a number of international leaders": the article before the
	// quantifier.
	if k+1 < len(d.toks) && d.toks[k].fold == "a" && d.lx.groupQuantifiers[d.toks[k+1].fold] {
		k++
	}
	return k < len(d.toks) && d.toks[k].sent == d.toks[j-1].sent && d.lx.groupQuantifiers[d.toks[k].fold]
}

// countedUnnamed reports whether a contact noun at toks[i:j] is counted and
// names no one after it: "has taken a number of congratulatory calls from
// foreign leaders", "held several meetings": an announcement of contacts
// the text tells one by one, none itself.
func (d *doc) countedUnnamed(i, j int) bool {
	k := i - 1
	for k > 0 && i-k <= 2 && d.toks[k].word && !d.toks[k].cap && !d.lx.groupQuantifiers[d.toks[k].fold] {
		// "several documents were signed": documents counted, not contacts.
		if d.lx.signedDocuments[d.toks[k].fold] || d.lx.signedDocument[d.toks[k].fold] {
			return false
		}
		k-- // "congratulatory", "bilateral"
	}
	if k < 1 || !d.lx.groupQuantifiers[d.toks[k].fold] || d.toks[k].fold == "number" && (d.toks[k-1].fold != "a" || d.toks[k+1].fold != "of") {
		return false
	}
	_, to := d.sentToks(d.toks[i].sent)
	return !d.mentionWithin(d.toks[i].sent, j, to)
}

// withOrgsOnly reports whether a contact's "with" takes international
// organisations alone: "I met with the IMF and World Bank" is no contact
// between countries.
func (d *doc) withOrgsOnly(j int) bool {
	k := j
	if k < len(d.toks) && d.toks[k].fold == "with" {
		k++
	} else if j < 1 || d.toks[j-1].fold != "with" {
		return false
	}
	sent, orgs := d.toks[k-1].sent, 0
	for k < len(d.toks) && d.toks[k].sent == sent {
		if f := d.toks[k].fold; f == "the" || f == "and" {
			k++
			continue
		}
		sp, ok := d.spanAt(k)
		if !ok || sp.kind != kOrg || d.groupOfCountries(sp.i, sp.j) {
			break // (a call "with the G7" is one with its members)
		}
		orgs++
		k = sp.j
	}
	if orgs == 0 {
		return false
	}
	if k < len(d.toks) && d.toks[k].text == "(" {
		for k < len(d.toks) && d.toks[k].sent == sent && d.toks[k].text != ")" {
			k++ // "the World Health Organization (WHO)"
		}
		k++
	}
	if k >= len(d.toks) || d.toks[k].sent != sent {
		return true
	}
	// Not "G7 leaders", "the WHO Director-General A": persons of them.
	if t := d.toks[k]; t.word {
		return orgObjectEnds[t.fold]
	}
	t := d.toks[k].text
	return t == "," || t == "." || t == ";" || t == ":"
}

// withBusiness reports whether a contact's "with" takes firms or their
// heads, named by no person: "I met with the heads of American defense
// companies yesterday".
func (d *doc) withBusiness(j int) bool {
	k := j
	if k < len(d.toks) && d.toks[k].fold == "with" {
		k++
	} else if j < 1 || d.toks[j-1].fold != "with" {
		return false
	}
	sent, firms := d.toks[k-1].sent, false
	for q := k; q < len(d.toks) && q < k+16 && d.toks[q].sent == sent && (d.toks[q].word || d.toks[q].text == ","); q++ {
		for _, m := range d.mentions {
			if m.person >= 0 && m.i == q {
				return false // "with business leaders and President A"
			}
		}
		firms = firms || q < k+8 && d.lx.businessGroups[d.toks[q].fold]
	}
	return firms
}

// groupOfCountries reports whether toks[i:j] is the name of a group of
// countries the regions table lists (the G7, the Quad), as a party
// ("with the G7": its holder names too).
func (d *doc) groupOfCountries(i, j int) bool {
	for _, r := range d.lx.regions {
		for _, ws := range r.all {
			if len(ws) != j-i {
				continue
			}
			match := true
			for n, w := range ws {
				match = match && d.toks[i+n].fold == w
			}
			if match {
				return true
			}
		}
	}
	return false
}

// countryCodes returns the countries the text names, by name or demonym.
func (d *doc) countryCodes() []string {
	codes := d.namedCountries()
	for _, o := range d.others {
		if o.kind == accord.Country {
			codes = appendStr(codes, o.key)
		}
	}
	return codes
}

// countriesNamed counts the countries the text names, by name or
// demonym, hyphened or not.
func (d *doc) countriesNamed() int {
	return len(d.countryCodes())
}

// pastOccasionOpening reports whether the sentence from toks[from] opens
// with an adverbial of a past occasion, closed by a comma before toks[i]:
// "On my last visit,", "During his previous trip,", "At our last meeting,".
func (d *doc) pastOccasionOpening(from, i int) bool {
	if from >= i || !d.lx.timeLinks[d.toks[from].fold] {
		return false
	}
	for k := from + 1; k+1 < i && k <= from+4; k++ {
		if d.toks[k].text == "," {
			return false
		}
		if !d.lx.past[d.toks[k].fold] || d.toks[k].text != d.toks[k].fold {
			continue
		}
		if n := d.toks[k+1].fold; !d.lx.tripWords[n] && !d.lx.subjectContactNouns[n] {
			continue
		}
		return k+2 < i && d.toks[k+2].text == ","
	}
	return false
}

// orgObjectEnds are the words that may follow the organisations a contact
// is "with" and end them: "met with the IMF and World Bank to discuss".
var orgObjectEnds = map[string]bool{"to": true, "on": true, "about": true, "in": true, "at": true, "for": true, "during": true, "yesterday": true, "today": true, "this": true, "last": true, "earlier": true, "where": true, "which": true, "and": true}

// withUnnamedParty reports whether the words from toks[j] are "with" (or
// the phrase's own "with" before j) and a party named only by a body or
// a plural office, with no person, country or organisation in it: "with
// the Executive as a whole", "with the new First and deputy First
// Ministers".
func (d *doc) withUnnamedParty(j int) bool {
	k := j
	if k < len(d.toks) && d.toks[k].fold == "with" {
		k++
	} else if j < 1 || d.toks[j-1].fold != "with" {
		return false
	}
	if k >= len(d.toks) || d.toks[k].fold != "the" {
		return false
	}
	sent := d.toks[k].sent
	k++
	for k < len(d.toks) && d.toks[k].sent == sent && d.toks[k].word && !d.toks[k].cap && k < j+4 {
		k++ // "the new First Ministers"
	}
	if k >= len(d.toks) || d.toks[k].sent != sent || !d.toks[k].cap || d.inMention(k) {
		return false
	}
	// The capitalised words of the party and the words between them
	// ("and deputy"), to the end of its phrase.
	for ; k < len(d.toks) && d.toks[k].sent == sent && (d.toks[k].cap || d.toks[k].word && k+1 < len(d.toks) && d.toks[k+1].cap); k++ {
		if d.inMention(k) {
			return false
		}
		if sp, ok := d.spanAt(k); ok && (sp.kind != kTitle || !sp.e.plural) {
			return false
		}
	}
	return true
}

// unreadGuest reports whether the words right after a reception verb are
// a capitalised title and name that hold no person read ("received
// Honorary Consul of A Ola Lund"): the guest is named, though unknown.
func (d *doc) unreadGuest(tr trigger) bool {
	k := tr.j
	if k >= len(d.toks) || !d.toks[k].cap || !d.toks[k].word {
		return false
	}
	sent, caps := d.toks[k].sent, 0
	for ; k < len(d.toks) && d.toks[k].sent == sent && k < tr.j+12; k++ {
		t := d.toks[k]
		if d.inMention(k) {
			return false
		}
		if t.word && t.cap {
			caps++
			continue
		}
		if t.fold == "of" || t.fold == "the" {
			continue
		}
		break
	}
	// the run ends on two capitalised words, a name after the title
	return caps >= 3 && k-2 >= tr.j && d.toks[k-1].cap && d.toks[k-2].cap && d.toks[k-1].word && d.toks[k-2].word
}

// beVerb are the forms of "be" that make a passive.
var beVerb = map[string]bool{"was": true, "were": true, "be": true, "been": true, "being": true, "is": true, "are": true}

// conversationVerb are the words before "a conversation with" that make it
// a contact held: a verb, or a list that goes on from one.
var conversationVerb = map[string]bool{"had": true, "held": true, "and": true, ",": true}

func class(t accord.EngagementType) string {
	switch t {
	case accord.Talks, accord.Meeting:
		return "talks"
	}
	return string(t)
}

// engagements reads the engagements of the body. Principals are the persons
// the article is about (its lead), who stand for "the two leaders".
func (d *doc) engagements(title *doc, dateline accord.PlaceRef, h home) (held, refs, invites []eng) {
	lx := d.lx
	principals := d.principals(title)
	speaker := d.speaker(title)
	// A transcript's turns, under a headline that names no one: "I" and
	// "we" are the speaker of the turn, and its sides are the speakers of
	// two countries.
	turns := d.turnPersons(h)
	question, answeredBy := d.parliamentaryAnswer(), -1
	if question >= 0 {
		answeredBy = d.answerer(question)
		if answeredBy < 0 {
			answeredBy = d.answererLine(question)
		}
		if answeredBy < 0 {
			answeredBy = d.officeAnswerer(question, h)
		}
	}
	if sides := turnSides(d, turns); sides != nil && (title == nil || len(title.persons) == 0) {
		principals = append(sides, slices.DeleteFunc(principals, func(p int) bool { return slices.Contains(sides, p) })...)
	}
	// The country of a guest the remarks address by office alone.
	guest := d.remarksGuest(title, h)
	var context string // the last held engagement's date
	contextSent := -1  // the sentence that set it
	// contextPub: context is the headline's contact's day that only the
	// publication gives (contextSent < 0), no day the text names.
	contextPub := false
	secs := d.sectionDates()
	// attending: the country of a gathering the text's persons are at
	// ("while visiting New York, the United States, to attend the General
	// Assembly"); a visit to another country cannot be under way.
	var attending string
	var titleTypes []accord.EngagementType
	// The headline names the contact of a readout or remarks.
	if title != nil {
		titleTypes = title.titleCues()
		// (A statement "during the visit of" a guest is spoken whatever
		// its first line.)
		if !slices.Contains(titleTypes, accord.PressConference) && title.oralCue() && (d.spokenOpening() || (title.duringGuestVisit() || title.duringVisit("to")) && title.toPress()) {
			titleTypes = append(titleTypes, accord.PressConference)
		}
		// "A and B deliver joint remarks", "Remarks With A After Their
		// Meeting": the two sides before the press (press34.go).
		if !slices.Contains(titleTypes, accord.PressConference) && (title.jointRemarksCue() || title.afterOwnMeetingCue() && d.spokenOpening()) {
			titleTypes = append(titleTypes, accord.PressConference)
		}
		if len(titleTypes) == 0 && title.welcomeHonoursNamed() {
			// "A welcomes B with military honors" (honours33.go).
			titleTypes = []accord.EngagementType{accord.Reception}
		} else if len(titleTypes) == 0 && title.welcomeCue() {
			titleTypes = []accord.EngagementType{accord.Meeting}
		}
		held = d.titleEngagements(title, titleTypes, dateline, principals, h)
		if len(held) > 0 {
			context = held[0].date
			if held[0].day != "" {
				context = held[0].day // what the body tells of that day
			}
			contextPub = held[0].datePub
		}
	}
	// "On May 2, Minister A and Secretary B held discussions" opening the
	// body of a headline's meeting: its day.
	if sd := d.leadDate(secs); sd != nil {
		for k := range held {
			if held[k].datePub {
				held[k].date, held[k].datePub = sd.format(), false
				if held[k].typ == accord.Visit {
					held[k].date, held[k].day = sd.t.Format("2006-01"), sd.format()
					held[k].visitDay = d.visitDay(*sd)
				}
			}
		}
		if len(held) > 0 {
			context = held[0].date
			if held[0].day != "" {
				context = held[0].day
			}
			contextPub = false
		}
	}
	// "June 20, 2014, 11:51 A.M. EDT" heading a transcript released on the
	// 23rd: the day of the headline's contact, whatever the release says.
	rd := d.recordDate()
	if rd != nil {
		// The release's own date above it dates nothing of the transcript.
		secs = slices.DeleteFunc(secs, func(sd sectionDate) bool { return sd.sent < d.toks[rd.tok].sent })
	}
	// Turns of two countries' office holders under a headline that names
	// no occasion: their meeting.
	if title != nil && len(titleTypes) == 0 && len(held) == 0 {
		if e, ok := d.spokenMeeting(turns, rd, dateline); ok {
			held = append(held, e)
		}
	}
	if rd != nil && len(held) > 0 {
		for k := range held {
			if held[k].fromTitle && held[k].typ != accord.Visit {
				held[k].date, held[k].datePub = rd.format(), false
			}
		}
		context = held[0].date
		contextPub = false
	}
	nTitle := len(held)
	d.jointTitle = title != nil && title.jointStatementTitle()
	raw := d.namingCalls(d.triggers())
	trs := d.summits(slices.Clone(raw), slices.Contains(titleTypes, accord.Summit))
	qturns := d.questionTurns()
	// "External Affairs Minister A on Wednesday held a series of meetings
	// … A met with the Foreign Ministers of B and C": the lead's day of
	// contacts dates the contacts after it that give none.
	leadDay := d.leadContactDay()
	// "A and B on Monday agreed … They noted during a meeting …": the
	// lead's day of the two dates the contact the next sentence tells.
	leadPair := d.leadPairDay(trs)
	cueAhead := make([]bool, len(trs)) // a phrase's cue words put it ahead
	for n, tr := range trs {
		// guessedHost: the visit's host was taken from the whole text (host),
		// not named in the visit's sentence.
		guessedHost := false
		from, to := d.sentToks(tr.sent)
		if d.question(from, to) || qturns[tr.sent] || d.welcomeReceived(tr, from, to) {
			continue // "Why was there no bilat with PM A?": a question reports nothing
		}
		// "Since 2014, A and B have met several times": a tally, no event.
		if d.tally(tr, to) {
			continue
		}
		// "welcomed by Prime Minister B, our third meeting, …": the
		// apposition names the contact just told again.
		if n > 0 && trs[n-1].sent == tr.sent && d.ourApposition(tr) {
			continue
		}
		titleSpeaker, speaker := speaker, speaker
		if turns != nil && turns[tr.sent] >= 0 && (title == nil || len(title.persons) == 0) {
			speaker = turns[tr.sent]
		}
		if speaker < 0 && answeredBy >= 0 && tr.sent > question {
			speaker = answeredBy // "I" in a parliamentary answer
		}
		// "A, who is visiting New Delhi, India, to attend the G20 Summit":
		// a trip to a gathering, not a visit of the country.
		if tr.typ == accord.Visit && d.attendAfter(tr, to) {
			if attending == "" {
				attending = d.countryAt(tr.j, to)
			}
			continue
		}
		// Status from cue words just before the phrase, and before its
		// possessor ("prior to Prime Minister A's visit").
		future, past, invited, denied := false, tr.recalled, false, false
		reach := 5     // words before the phrase (or its possessor) a cue may stand
		indef := false // past "during a call": only an auxiliary makes it ahead
		for k := tr.i - 1; k >= from && k >= d.possessorStart(tr.i, from)-reach; k-- {
			// "agreed to raise trade to $25 billion soon during their phone
			// talks": the contact is the frame of the clause before
			// "during" ("at"), whose cue words are that clause's.
			if f := d.toks[k].fold; (f == "during" || f == "at") && k >= tr.i-3 && d.framedContact(k, tr) {
				break
			}
			if d.indefiniteFrame(k, tr) {
				indef = true
			}
			// "In line with a previous agreement, A had a call": a cue of
			// another phrase, before the clause; a lone opening adverb
			// ("Previously, A met B") is the clause's own.
			// "The prime minister, who took office earlier this afternoon,
			// received calls": a relative clause's cue is its own verb's,
			// though its last word and the comma look like "a long, good call".
			rel := d.inRelativeClause(from, k)
			if d.toks[k].text == "," && k-1 > from && (rel || !d.adjectiveComma(k, tr.i)) {
				if !rel && d.parentheticalComma(k, tr.i) {
					reach += 4 // "intention to organise, in particular, a call"
					continue
				}
				break
			}
			if t := d.toks[k]; t.text == t.fold || strings.ReplaceAll(t.text, "-", " ") == t.fold { // cue words are plain lower case: not "Tô" ("follow-up" folds to "follow up")
				// "to" marks a plan only next to its verb: "to hold talks",
				// not "during his visit to Manila, A met B".
				// "to immediately begin talks": an adverb may stand between.
				near := k >= tr.i-2 || k == tr.i-3 && strings.HasSuffix(d.toks[k+1].fold, "ly")
				future = future || lx.is(&t, fFuture) && !(indef && !lx.futureAuxiliaries[t.fold]) && (t.fold != "to" || near && !d.gladHeld(k) && !d.hadOpportunityTo(k) && !progressiveTo(d.toks, k, tr) && !d.movedToMeet(k, from)) && !d.presentPurpose(k, from) && !d.hadOpportunityTo(k-1) && !d.announcedNow(k, from) && !d.soonAfter(k) ||
					t.fold == "to" && k > from && d.toks[k-1].fold == "prior" || // "prior to A's visit": ahead
					lx.soonAdjectives[t.fold] && k == tr.i-1 && k > 0 && d.toks[k-1].fold == "the" || // "a consensus on the early signing of": ahead
					lx.possibility[t.fold] && k >= tr.i-2 // "may meet with A": not yet held
				// "as part of the former's state visit": "the former" is
				// the first of two persons named, no time.
				// ("returned home after concluding his visit to C": the
				// visit that ends, not one before.)
				// Nor "returned home on Monday after a visit to C" (visit32.go).
				// Nor "after welcoming B with military honors": a cue of the
				// welcome, within the visit it implies (honours33.go).
				past = past || (lx.past[t.fold] || tr.typ == accord.Visit && tr.form != "welcomed with honours" && lx.visitPast[t.fold] && !(k+1 < tr.i && lx.is(&d.toks[k+1], fVisitEnds)) && !d.returnAfter(k)) && !d.formerPronoun(k)
				// "did not hold a press conference together", not "not only
				// met A but also …".
				denied = denied || lx.negations[t.fold] && (k+1 >= len(d.toks) || d.toks[k+1].fold != "only" && d.toks[k+1].fold != "just")
			}
		}
		// "we're going to have a series of bilateral meetings": a spoken
		// schedule's plan (the cue stands past the reach above).
		if !future && !past && d.goingTo(tr, from) {
			future = true
		}
		// "will hold talks with B and witness the signing of …": the cue
		// of the first verb governs the coordinated one.
		if !future && !past && n > 0 && cueAhead[n-1] && (d.coordinatedAhead(trs[n-1], tr) || d.additiveGerund(trs[n-1], tr)) {
			future = true
		}
		// "A and B hold talks in C, Jan. 19, 2011": a caption's present of
		// a dated day, no plan (press36.go).
		if future && !past && d.captionPresent(tr, from, to) {
			future = false
		}
		cueAhead[n] = future
		// "Reflecting on the Summit in A this week, the leaders …": a past
		// cue's participle opening the sentence, capitalised there, in the
		// phrase's own clause (not "Last night I met A": a day).
		if t := d.toks[from]; !past && from < tr.i && t.cap && !t.upper && lx.past[t.fold] && strings.HasSuffix(t.fold, "ing") && from+1 < tr.i && d.toks[from+1].word && !d.toks[from+1].cap && !slices.ContainsFunc(d.toks[from:tr.i], func(c token) bool { return c.text == "," }) {
			past = true
		}
		// "On my last visit, the Prime Minister and I signed a Joint
		// Statement": an opening adverbial of a past occasion is the
		// clause's time.
		if !past && d.pastOccasionOpening(from, tr.i) {
			past = true
		}
		// "40 years of the signing of the Treaty", "the anniversary of the
		// signing": a signing counted from, long past.
		if k := tr.i; k >= 3 && d.toks[k-1].fold == "the" && d.toks[k-2].fold == "of" && lx.anniversary[d.toks[k-3].fold] {
			past = true
		}
		// "but no meeting with B took place": a contact that did not happen
		// (negclause36.go).
		denied = denied || d.absentContact(tr)
		if denied || tr.typ == accord.PressConference && d.ofOwn(tr.j, to) || d.betweenOffices(tr, to) {
			continue
		}
		// "abruptly cancelled a visit to C", "the meeting … has been
		// postponed": no contact held; one put off is still ahead.
		if off, later := d.calledOff(tr, from, to); off {
			d.visitOff = d.visitOff || tr.typ == accord.Visit
			if !later {
				continue
			}
			future, past = true, false
		} else if tr.typ == accord.Visit && !past && (d.visitOff || title != nil && title.calledOffWord()) {
			// "The new schedule of the minister's visit would be
			// announced soon", after its cancellation: the visit told
			// again is not held either.
			future = true
		}

		// "hoped that the Act would be supported by Congress as well as
		// signed by the President": a passive that shares a modal's "be".
		if !future && tr.typ == accord.Signing && d.modalPassive(tr, from) {
			future = true
		}
		// "Journalists will be able to watch the press conference after
		// the talks": what "will be able to" reach is ahead.
		for k := tr.i - 1; !future && k >= from+2 && k >= tr.i-8; k-- {
			if d.toks[k].fold == "able" && d.toks[k-1].fold == "be" && d.toks[k-2].fold != "to" && lx.is(&d.toks[k-2], fFuture) {
				future = true
			}
		}
		// "our first here after successful meetings at the G20": contacts
		// in the plural that the day's one follows were held before.
		if !future && d.pluralAfter(tr, from) {
			past = true
		}
		// "will pay official visits to A, B and C": a tour announced. In
		// the past the plural is mostly visits in general ("exchanges of
		// official visits", "returned to Europe for official visits"),
		// recalled.
		if !future && tr.typ == accord.Visit && strings.HasSuffix(tr.form, " visits") && !d.tourDone(tr, from, to) && !d.journeyOnVisits(tr, from, to) {
			continue
		}
		// "explain the outcomes of the visit to Japan by President A": a
		// visit whose outcomes are told is over (not "this visit").
		if !future && tr.typ == accord.Visit && d.outcomesBefore(tr, from) && !d.thisVisit(tr) {
			past = true
		}
		if !future && d.lastYears(tr, from) {
			past = true // "signed at last year's Leaders' Meeting"
		}
		if !future && !past && d.openingYearBefore(from, tr.i) {
			past = true // "Last year during the Leaders' Meeting, we signed"
		}
		if !future && !past && d.timedByFuture(tr, from) {
			future = true // "would continue to cooperate after the signing of the Pact"
		}
		if !future && !past && d.journeyFor(tr, from) {
			future = true // "will also travel to Portcity for talks with business leaders and a meeting with A"
		}
		if !future && !past && (d.coordinatedFuture(tr, from) || d.beforeFuture(tr, to) || d.passiveAhead(tr, from)) {
			future = true // "will visit the base and have a meeting with A"
		}
		if future && d.carriedOut(tr, from) {
			future = false // "travelled to London on 13 December to meet A"
		}
		for k := from; k < to; k++ {
			invited = invited || lx.is(&d.toks[k], fInvite) && !d.takenUp(k, from)
		}
		// "In the last six months, we have … signed": what a sentence opened
		// by a past span reports is recalled.
		if !future && (d.pastSpanOpening(from, tr.i) || d.recentSpanList(from, tr, to)) {
			past = true
		}
		// "Building on A's visit to London earlier this year": a visit
		// recalled, not one under way.
		if !future && (tr.typ == accord.Visit && d.earlierPeriod(tr, to) || d.buildingOn(tr, from)) {
			past = true
		}
		// "Secretary A's visit here just a month ago", "A had a terrific
		// visit to Oslo last summer": a time told after the contact, in its
		// clause, that lies behind the report.
		if !future && d.pastAfter(tr, to) {
			past = true
		}
		// "agreed to hold a bilateral summit in the near future".
		for k := tr.j; !future && !past && k < to && k <= tr.j+6; k++ {
			future = d.phraseAt(k, to, lx.futureAfter) && !d.otherTimeAfter(tr, k, from, to)
		}
		// "the foreign minister's meeting with Secretary A will focus on
		// …": a contact named as the subject of a future clause is ahead.
		if !future && !past && d.nounSubjectOfWill(tr, from, to) {
			future = true
		}
		// "agreed that they will discuss … at this week's Summit Meeting":
		// the occasion of a planned act is itself ahead.
		if !past && !future {
			future = d.plannedVenue(from, tr)
		}
		// "During his visit, the Prime Minister will hold meetings with …",
		// where the text reports no visit made: the visit framing a future
		// clause is ahead.
		if !past && !future && tr.typ == accord.Visit && framePreps[d.toks[from].fold] && d.futureMainClause(tr, to) && lastOfClass(held, accord.Visit) < 0 {
			future = true
		}
		// "agreements announced during A's visit", "When I met with A":
		// recalled.
		if !past && !future && (d.recalledOccasion(tr, from) || d.actDuring(tr, from) || d.whenClause(tr, from) && !d.dayOfReport(tr, to) || d.toldThat(tr, from) || d.pluperfectOf(tr, from)) {
			past = true
		}
		// The date nearest the phrase.
		var date, said *dateExpr
		ds := d.statedDays(lx.dates(d.toks, from, to, d.pub))
		for k := range ds {
			if d.saidOn(ds[k], tr) {
				// The day of the report, not of the contact: it stands
				// for the publication's only when the text says no more.
				if said == nil && ds[k].prec == precDay {
					said = &ds[k]
				}
				continue
			}
			// (A dateline's day is no contact's: "SINGAPORE, May 31 — A
			// called on B at the Istana yesterday" is yesterday's.)
			if d.nearer(ds[k], tr, trs) && (date == nil || dist(ds[k], tr) < dist(*date, tr)) && !d.inDateline(ds[k]) && !d.personClause(tr, ds[k]) && !d.placeClause(tr, ds[k]) && !d.otherOccasion(tr, ds[k], ds) && !d.datesEvent(tr, ds[k], to) && !d.reportedContact(tr, ds[k], raw) && !d.sinceAfter(tr, ds[k]) && !d.sinceBefore(tr, ds[k]) && !d.tenureDate(tr, ds[k]) && !d.laterEventDate(tr, ds[k]) && !d.commemoratedDay(ds[k]) && !d.aheadOfOther(tr, ds[k], ds) {
				date = &ds[k]
			}
		}
		// "concluding an official visit to Norway from June 30 to July 3":
		// a visit's own span, right after it, dates it, whatever day the
		// sentence tells besides (an arrival home).
		if tr.typ == accord.Visit {
			if k := d.visitSpan(ds, tr); k >= 0 {
				date = &ds[k]
			}
		}
		if date != nil && d.inDateline(*date) {
			date = nil
		}
		// A listing's item under a date line of its own ("5 July 2023"
		// over "met today"), a day or days before the page: its "today"
		// is that day, its "yesterday" the day before.
		if date != nil && !d.pub.IsZero() && d.relativeDay(*date) {
			if sd := d.dateLineAt(secs, tr.sent); sd != nil && sd.prec == precDay && !d.relativeDay(*sd) && sd.t.Before(d.pub) && !sd.t.Before(d.pub.AddDate(0, 0, -14)) {
				nd := *date
				nd.t = date.t.AddDate(0, 0, int(sd.t.Sub(d.pub).Hours()/24))
				date = &nd
			}
		}
		if date == nil {
			date = d.placeDate(from, to, tr)
		}
		if date == nil {
			date = d.sharedDate(ds, trs, n)
		}
		if date == nil {
			date = d.signedAfterContactDate(ds, trs, n)
		}
		if date == nil {
			date = d.retoldSigningDate(tr)
		}
		if date == nil && !past && !future {
			date = d.signedAtOccasionDay(ds, trs, n) // sign33.go
		}
		// "A hosted B for an official working visit in Washington on
		// Thursday": the day told after the visit B was hosted for is the
		// hosting's too.
		if date == nil && tr.typ != accord.Visit && n+1 < len(trs) && trs[n+1].sent == tr.sent && trs[n+1].typ == accord.Visit && d.visitPurpose(tr.j, trs[n+1].i) {
			for q := range ds {
				if ds[q].tok >= trs[n+1].j && ds[q].prec == precDay && (date == nil || ds[q].tok < date.tok) {
					date = &ds[q]
				}
			}
		}
		if date == nil && !past && !future && d.pluperfect(tr, from) {
			past = true
		}
		// "agreed to realize A's visit", "their agreement to meet … during
		// A's visit": a plan; "your initiative to organize today's virtual
		// meeting" is not.
		if !past && !future && (date == nil || date.t.After(d.pub)) {
			future = d.planGoverns(tr, from)
		}
		// "a joint statement on cooperation over the next five years was
		// signed", "the Agreement, which was signed on the same day": a
		// finite past passive carries its own tense; a cue of its subject
		// or of the clause it hangs on is not the signing's.
		if tr.typ == accord.Signing && future && d.finitePassive(tr) {
			future = false
		}
		// "Meetings on Thursday, May 2" above, or "On May 2, …" opening the
		// paragraph: the day stated once for what follows, unless a contact
		// since then set another.
		if sd := sectionAt(secs, tr.sent); date == nil && !past && !future && sd != nil && contextSentBefore(secs, tr.sent, contextSent) {
			date = sd
		}
		// "… at the Presidential Office May 21. The new president then
		// received A": a sequel is of the day told just before.
		if date == nil && !past && !future && d.sequel(tr, from) {
			date = d.priorDay(tr.sent)
		}
		// "A left for home on Saturday afternoon … A also held talks with
		// B earlier in the day": the day of the news, which the lead tells,
		// not the day of the contact told just before.
		if date == nil && !past && !future && d.inTheDay(from, to) {
			if ld := d.prevSentenceDay(1); ld != nil && !ld.t.After(d.pub) {
				date = ld
			} else if !d.pub.IsZero() {
				date = &dateExpr{tok: from, end: from, t: d.pub, prec: precDay}
			}
		}
		// "PM A arrived in Washington on May 30 … Earlier on the same day,
		// PM A met with B": the day the sentences before last stated.
		if date == nil && !past && !future && d.sameDayIn(from, tr.i) {
			if pd := d.priorDayWithin(tr.sent, 6); pd != nil && !pd.rng {
				date = pd
			}
		}
		// "Official engagements begin tomorrow (22) with a welcome ceremony.
		// Next, A has a bilateral meeting with B": a sentence opened by a
		// word of sequence goes on with the day the sentence before set,
		// ahead or not.
		if date == nil && !past && !future && from+1 < to && lx.sequenceOpeners[d.toks[from].fold] && d.toks[from+1].text == "," {
			if pd := d.prevSentenceDay(tr.sent); pd != nil {
				date = pd
				future = pd.t.After(d.pub)
			}
		}
		// "… to travel to Stormont on 5 February. While in Belfast, I met
		// with A": a contact of the stay is of the trip's day.
		// (Not of a stay of several days: "visited A from April 13-15".)
		if date == nil && !past && !future && d.phraseAt(from, tr.i, lx.stayOpeners) {
			if pd := d.priorDay(tr.sent); pd != nil && !pd.rng {
				date = pd
			}
		}
		// "PM meeting with A: 25 October 2024" over "met A at the summit
		// this week": the headline's day of the week.
		if date != nil && date.prec == precWeek {
			date = d.headlineDayOfWeek(title, *date)
		}
		// "who is on an official visit to Viet Nam until November 17",
		// published on the 14th: the day a stay under way ends, not a
		// visit ahead; the visit is dated by the report (visit33.go).
		if date != nil && !past && !invited && d.stayUntil(tr, *date, from) {
			date = nil
		}
		if date != nil && !d.pub.IsZero() {
			// "last month", "last week": a contact before this one, mentioned.
			// A date well before publication outweighs cue words ("traveled to
			// Bali for a meeting" in May).
			if date.last().Before(d.pub.AddDate(0, 0, -31)) || d.toks[date.tok].fold == "last" && !lastNight(d.toks, date.tok) {
				past, future = true, false
			}
			// "his visit to the UK in May", written in June, "confirmed at
			// the Summit Meeting in April": a contact of a month gone by is
			// recalled (a fact sheet that reports nothing else still holds
			// it, below).
			if date.prec == precMonth && date.t.Format("2006-01") < d.pub.Format("2006-01") {
				past, future = true, false
			}
			// "the meeting on X, which will be hosted by A on January 21",
			// written on the 20th: ahead.
			if date.t.After(d.pub) && d.futureBetween(tr, *date) {
				past, future = false, true
			}
			// "from 21 to 26 October", reported on the 23rd: under way.
			if date.t.After(d.pub.AddDate(0, 0, 1)) && date.first(d.toks).After(d.pub) {
				future = true
			}
			// "will make an Official Visit to A from 14 to 16 April",
			// released on the 14th: a visit whose days have begun is under
			// way, whatever the tense of its announcement.
			// ("from January 11-13", read by its first day: rangeLast.)
			if last := d.rangeLast(*date); future && !invited && tr.typ == accord.Visit && date.prec == precDay && date.first(d.toks).Before(last) && !date.first(d.toks).After(d.pub) && !last.Before(d.pub) {
				future = false
			}
			// "plans for the virtual leaders' meeting tomorrow": ahead (a
			// visit that "continues tomorrow" is under way).
			if d.toks[date.tok].fold == "tomorrow" && date.t.After(d.pub) && tr.typ != accord.Visit {
				past, future = false, true
			}
		}
		// "following the summit telephone talk on August 29", in the report
		// of a contact of the 30th: an earlier contact, recalled.
		if date != nil && !past && !future && len(context) == 10 && contextSent >= 0 && date.prec == precDay && date.format() < context && d.followingBefore(tr, from) {
			past = true
		}
		// "implement the outcomes of the online talks … on June 8", in a
		// report of July: a contact whose results are followed up is done.
		if date != nil && !d.pub.IsZero() && date.last().Before(d.pub.AddDate(0, 0, -7)) && d.outcomesBefore(tr, from) {
			past, future = true, false
		}
		// "With negotiations having been initiated during …": done before.
		if tr.j+1 < to && (d.toks[tr.j].fold == "having" || d.toks[tr.j].fold == "had") && d.toks[tr.j+1].fold == "been" {
			past, future = true, false
		}
		// A parliamentary answer reports the dated contacts it lists, of
		// months before: "I met bilaterally with Foreign Secretary A again
		// when I visited London in June 2023".
		if question >= 0 && tr.sent > question && past && !future && !invited && date != nil && d.answerTerm(*date) {
			past = false
		}
		// "welcomed the visit to Israel later this week", "a visit to
		// India later in 2023": ahead.
		if !past && d.laterAfter(tr, to) {
			future = true
		}
		// (Nor is a date after the report the day of a past passive: "which
		// was signed on the same day, … with in mind the anniversary in
		// 2026".)
		if tr.typ == accord.Signing && d.finitePassive(tr) && date != nil && !d.pub.IsZero() && date.t.After(d.pub) {
			date, future = nil, false
		}
		// "welcomed the visit to Washington this week by the Prime
		// Minister's National Security Advisor": a visit not recalled
		// whose visitor the sentence names after "by", not one of the
		// text's principals, is another's, told in passing. (A recalled
		// one is a reference: "since the state visit to C by A in 2025".)
		if tr.typ == accord.Visit && !past && d.visitByOther(tr, to, principals) {
			continue
		}
		// "The two discussed next steps to finalize key deliverables for
		// the Prime Minister's visit", in a readout of two advisers'
		// meeting: a visit owned by an office that none of the contact's
		// parties holds is a topic of that contact.
		if tr.typ == accord.Visit && !past && d.officeOwnedByOther(tr, from, held) {
			continue
		}
		// "his visit to the Philippines, his first visit to a foreign
		// state in 2017": an apposition names the same visit again.
		if n > 0 && tr.typ == accord.Visit && trs[n-1].typ == accord.Visit && trs[n-1].sent == tr.sent && d.appositiveVisit(trs[n-1], tr) {
			continue
		}
		// Anaphora: "the talks", "their meeting" join an earlier contact.
		ana := tr.i > from && lx.anaphor[strings.ToLower(d.toks[tr.i-1].text)]
		// "The talks with A on Monday" after "held meetings with A and B":
		// A's contact of the lead, not a new one (anaphornamed36.go).
		if ana && !past && !future {
			if k := d.anaphorNamed(held, tr, date, from, to); k >= 0 {
				held[k].date, held[k].datePub, held[k].confirmed = date.format(), false, true
				context, contextSent = held[k].date, tr.sent
				contextPub = false
				continue
			}
		}
		// "In his meeting with Foreign Minister C, A said …" after A's
		// meeting with B: his next contact, with someone not in the last.
		if ana && d.newWithPossessed(tr, held) {
			ana = false
		}
		// "At the talks, A thanked B for attending the parade on May 9":
		// an opening frame takes up the talks the text dated before; a
		// day told after it is of what the clause tells.
		if ana && !past && !future && tr.i-2 == from && framePreps[d.toks[from].fold] && tr.j < to && d.toks[tr.j].text == "," {
			if k := lastOfClass(held, tr.typ); k >= 0 && len(held[k].date) == 10 && !held[k].datePub {
				held[k].confirmed = true
				continue
			}
		}
		if ana && !past && !future {
			// "During their summit on Tuesday, A and B …": "their" are the
			// two it names, not an earlier contact without them.
			if k := d.anaphorDates(held, tr, date); k >= 0 && !d.othersNamed(held[k], tr, from, to) {
				held[k].date, held[k].datePub, held[k].confirmed = date.format(), false, true
				context, contextSent = held[k].date, tr.sent
				contextPub = false
				continue
			}
		}
		if ana && date == nil && !past && !future && d.recalledTakenUp(held, refs, tr) {
			continue
		}
		if ana && date == nil && !past && !future {
			k := lastOfClass(held, tr.typ)
			// "received a courtesy visit from A … During the meeting, …":
			// the meeting taken up is that reception.
			// (Not "the talks with B", which names its own side.)
			// (Nor after a ceremony or a meal: "After the welcome
			// ceremony, the Presidents commenced their talks".)
			if k < 0 && class(tr.typ) == "talks" && !strings.HasSuffix(tr.form, " with") && (tr.j >= len(d.toks) || d.toks[tr.j].fold != "with") {
				if r := lastOfClass(held, accord.Reception); r >= 0 && !held[r].occasion {
					k = r
				}
			}
			if k >= 0 {
				held[k].confirmed = true
				// "Chile, Peru sign five agreements" over "A and B held
				// talks on Tuesday. The talks concluded with the signing of
				// five agreements": the headline's signing is the talks' day.
				if held[k].typ == accord.Signing && held[k].fromTitle && held[k].datePub && len(context) == 10 && d.contactClosedBySigning(trs, n) {
					held[k].date, held[k].datePub = context, false
				}
				// "The meeting in Washington opened the dialogue": the
				// place of the contact taken up, where it had none.
				if held[k].place.Country == "" && !remote(held[k].typ) {
					held[k].place = d.cityAfterRef(tr, to)
				}
				// "The representatives for this meeting were A and B": the
				// persons of a contact first reported between countries.
				if (len(held[k].persons) == 0 || held[k].guessed) && held[k].typ != accord.Visit {
					if ps, _ := d.participants(tr, from, to, false); len(ps) >= 2 {
						held[k].persons, held[k].codes, held[k].guessed, held[k].byCountry = ps, nil, false, false
					}
				} else if len(held[k].persons) == 1 && len(held[k].codes) <= 1 && held[k].typ != accord.Visit {
					// "Meeting with Mr A, Prime Minister of C" over "After
					// the meeting with A, President B said": the headline's
					// contact of one person named, whose other side the
					// body gives. (Not a gathering of several countries:
					// "Zelenskyy joined the beginning of the virtual
					// meeting" of G7 leaders.)
					if ps, _ := d.participants(tr, from, to, false); len(ps) == 2 && slices.Contains(ps, held[k].persons[0]) && d.countryCount(ps) == 2 {
						held[k].persons, held[k].codes = ps, nil
					}
				}
				continue
			}
		}
		// "… will hold a bilateral meeting on Wednesday. Following the
		// meeting, …": with no contact of its kind held, a definite
		// mention takes up the one told ahead just before.
		if ana && date == nil && !past && !future && lastOfClass(held, tr.typ) < 0 && aheadTakenUp(invites, tr) {
			continue
		}
		// "Several ministers also attended the meeting, including A and B":
		// the attendants of a contact told before make no contact of their
		// own.
		// (Not one of a kind not told before: "held talks with A, attended
		// the exchange of documents": the exchange is the signing.)
		if ana && !past && !future && len(held) > 0 && d.attendedIn(from, tr.i) && (tr.typ != accord.Signing || lastOfClass(held, tr.typ) >= 0) {
			continue
		}
		// "I had a bilateral meeting with A this morning, after which, I had
		// a bilateral meeting with B": two contacts of a kind in one
		// sentence, each with the persons of its own stretch.
		pfrom, pto := from, to
		coord := n > 0 && trs[n-1].sent == tr.sent && d.coordinated(trs[n-1], tr)
		if coord {
			pfrom = tr.i // "A called on B, and met C": C, with the subject, below
		} else if n > 0 && trs[n-1].sent == tr.sent && d.ownSides(tr) {
			pfrom = tr.i // "… the outcomes of the online talks between C and D"
		} else if n > 0 && trs[n-1].sent == tr.sent && class(trs[n-1].typ) == class(tr.typ) {
			pfrom = max(trs[n-1].j, tr.i-4) // "…, after which, I had a meeting with B"
			// "… issued at the end of the A-B-C Dialogue: Begin text: The
			// Minister of A, X, …, met": a colon ends the lead-in.
			if c := d.colonIn(trs[n-1].j, tr.i); c >= 0 {
				pfrom = c + 1
			}
			// "Before meeting A, B held meetings with C and D": the opening
			// clause's contact is its own; the main clause starts after it.
			// ("After the bilateral talks, A and B held a trilateral
			// meeting with C": the whole main clause, its subject too.)
			if c := d.openingClauseEnd(from, trs[n-1]); c > 0 && c < tr.i {
				pfrom = c
			}
		} else if n > 0 && trs[n-1].sent == tr.sent {
			// "Following the telephone conversation with A, B met with
			// C": the opening clause's other side is not the main
			// clause's, whatever the two contacts' kinds.
			if c := d.openingClauseEnd(from, trs[n-1]); c > 0 && c < tr.i {
				pfrom = c
			}
			// "The pact was signed on the sidelines of A's meeting with
			// B": the occasion's own sides (occasion35.go).
			if c := d.occasionContactStart(trs[n-1], tr); c > pfrom {
				pfrom = c
			}
		}
		if n+1 < len(trs) && trs[n+1].sent == tr.sent && (class(trs[n+1].typ) == class(tr.typ) || d.coordinated(tr, trs[n+1]) || d.ownSides(trs[n+1])) {
			pto = trs[n+1].i
			if c := d.colonIn(tr.j, trs[n+1].i); c >= 0 && class(trs[n+1].typ) == class(tr.typ) {
				pto = c
			}
		}
		// "called on President A, ahead of her meeting with Prime Minister
		// B": a contact placed before or after another ends where the
		// other's time phrase begins.
		// ("…, right after A was received by C": the passive's subject
		// opens the other's stretch.)
		if n+1 < len(trs) && trs[n+1].sent == tr.sent {
			if c := d.sequenceLink(tr.j, d.passiveSubjectStart(trs[n+1])); c > 0 {
				pto = min(pto, c)
			}
		}
		if n > 0 && trs[n-1].sent == tr.sent {
			if at := d.passiveSubjectStart(tr); at < tr.i {
				if c := d.sequenceLink(trs[n-1].j, at); c > 0 {
					pfrom = max(pfrom, c)
				}
			}
		}
		// "met with A but could not meet B": the denied clause names no
		// side of the held contact (negclause36.go).
		if c := d.deniedClauseAt(tr.j, pto); c > 0 {
			pto = c
		}
		// "A held a reception for B, while C and D also had meetings with
		// the Singaporean leader": each clause has its own subject.
		// (Or another act: "A held talks with B, while C attended a
		// forum".)
		if c := d.whileClause(tr.j, pto); c > 0 {
			pto = c
		}
		whileFrom := -1
		if n > 0 && trs[n-1].sent == tr.sent {
			if c := d.whileClause(trs[n-1].j, tr.i); c > 0 {
				pfrom, whileFrom = max(pfrom, c+2), c
			}
		}
		item := false
		if turns != nil && tr.sent < firstLabel(turns) {
			ifrom, ito := d.semicolonItem(tr, pfrom, pto)
			item = ifrom != pfrom || ito != pto
			pfrom, pto = ifrom, ito
		}
		// "President A engaged in many activities, including making a
		// courtesy call on B; holding talks with C; …": in a list of
		// activities each contact is of its own item, with the
		// sentence's subject.
		subject := -1
		if turns == nil || tr.sent >= firstLabel(turns) {
			if f, t, sub, ok := d.activityItem(tr, pfrom, pto); ok {
				pfrom, pto, subject = f, t, sub
			}
		}
		// "In the presence of A and B, C and D signed": those present
		// witness; the two named after them sign.
		if tr.typ == accord.Signing {
			if c := d.presenceOpening(pfrom, tr.i); c > pfrom {
				pfrom = c
			}
		}
		// "… was a follow-up of the conversation A had with B last month":
		// the earlier contact recalled, not one held.
		if d.recalledPhrase(tr) || d.elapsedPhrase(tr) { // elapsedPhrase: extra37.go
			continue
		}
		// "At a press briefing on Tuesday, Press Secretary A confirmed that
		// B spoke to C": the press officer's briefing, not B's and C's.
		if tr.typ == accord.PressConference && d.pressOfficerBriefing(tr) { // extra37.go
			continue
		}
		ps, group := d.participants(tr, pfrom, pto, past || future)
		ps = d.withoutPresent(tr, ps)
		ps = d.withoutSigningBriefer(tr, ps) // briefer36.go
		ps = d.callNounCaller(tr, pfrom, ps)
		// "A had an audience with B and was hosted to lunch by C": the
		// passive clause's sides are the shared subject and its agent, not
		// the first verb's object.
		if n > 0 && trs[n-1].sent == tr.sent {
			ps = d.passiveAfterAnd(trs[n-1], tr, ps)
		}
		// "During their talks, A hailed the Vietnamese leader's visit":
		// "their" are A and the one described (theirs.go).
		// ("The Prime Ministers of C and D, …, reiterated … during their
		// talks": the two countries' leaders.)
		var theirCodes []string
		if len(ps) <= 1 && !group && !past && !future && tr.i > from && d.toks[tr.i-1].fold == "their" {
			if len(ps) == 1 {
				if q := d.theirDescribed(from, to, ps[0]); q >= 0 {
					ps = append(ps, q)
				}
			}
			if len(ps) <= 1 {
				if lp, lc := d.theirLeaders(from, to); len(lp)+len(lc) == 2 && (len(ps) == 0 || slices.Contains(lp, ps[0])) {
					ps, theirCodes = lp, lc
				}
			}
		}
		// "The Vietnamese and Singaporean PMs witnessed": the leaders of
		// the two countries the text named before.
		if len(ps) == 0 && !group {
			if dc := d.demonymPairSubject(pfrom, tr.i); dc != nil {
				if office, ok := d.leadersWord(pfrom, tr.i); ok {
					if two := d.pairLeaders(dc, office, pfrom); two != nil {
						ps = two
					}
				}
			}
		}
		// "A called on the visiting Prime Minister": the visitor of the
		// visit told before who holds that office.
		if len(ps) == 1 && !past && !future {
			if g := d.visitingTitled(tr.j, pto, held); g >= 0 && g != ps[0] {
				ps = append(ps, g)
			}
		}
		// "B hosted a reception for the Russian top diplomat": the guest
		// told by demonym and description, the one person of that country
		// the text named before.
		if len(ps) == 1 && tr.typ == accord.Reception && !past && !future {
			if g := d.describedGuest(tr, pto, to); g >= 0 && g != ps[0] && d.persons[g].country != d.persons[ps[0]].country {
				ps = append(ps, g)
			}
		}
		// "received a delegation from the Y Institute. The delegation was
		// led by A": the head a later sentence names.
		if len(ps) == 1 && len(tr.heads) > 0 && !slices.Contains(tr.heads, ps[0]) {
			ps = append(ps, tr.heads...)
		}
		ps = d.hostsAndHead(tr, ps)
		// "A delegation headed by A along with B returned home concluding
		// its visit to C": the head, not the members (delegvisit36.go).
		// "A delegation arrived in C. The group is led by A": the head a
		// sentence around names.
		if tr.typ == accord.Visit && !group && len(ps) > 0 {
			ps = d.delegationHeadFirst(tr, pfrom, ps)
		} else if tr.typ == accord.Visit && !group && !past {
			if h := d.delegationVisitor(pfrom, tr.i); h >= 0 && d.placeAfter(tr.j, pto) {
				ps = []int{h}
			}
		}
		// "The president made the remarks while receiving a delegation
		// …": the host named by office alone is the text's principal.
		if len(ps) == 0 && len(tr.heads) > 0 && len(principals) > 0 && !group {
			if h := principals[0]; !slices.Contains(tr.heads, h) && d.persons[h].country != d.persons[tr.heads[0]].country {
				ps = append([]int{h}, tr.heads...)
			}
		}
		// "received a delegation led by former Minister A": A heads it.
		if len(ps) == 1 && tr.form == "received a delegation" && !past && !future {
			if g := d.formerHead(tr, to); g >= 0 && g != ps[0] {
				ps = append(ps, g)
			}
		}
		// (… "with the Singaporean leader": the one the first clause named.)
		if whileFrom > 0 && len(ps) >= 1 {
			if p := d.describedPerson(tr.j, pto, from, whileFrom); p >= 0 && !slices.Contains(ps, p) {
				ps = append(ps, p)
			}
		}
		// "A and B held talks and signed an agreement": the signers are
		// the sides of the contact the first verb told.
		if coord && len(ps) == 0 && tr.typ == accord.Signing && !past && !future && len(held) > 0 && held[len(held)-1].sent == tr.sent && len(held[len(held)-1].persons) >= 2 {
			ps = slices.Clone(held[len(held)-1].persons)
		}
		// "A and B told the press following their talks": a joint press
		// statement; one leader who told the press gave none with another.
		if lx.jointPress[tr.form] && d.personsNamedIn(ps, pfrom, tr.i) < 2 {
			continue
		}
		if subject >= 0 && !slices.Contains(ps, subject) {
			ps = append([]int{subject}, ps...)
		}
		// "the new agreement that we have just signed", said to an unnamed
		// guest ("Mr President"): the two governments.
		if len(ps) == 0 && guest != "" && !past && !future && !invited && (tr.typ == accord.Signing || tr.typ == accord.Meeting) && d.weClause(from, tr) {
			e := eng{typ: tr.typ, date: d.pub.Format("2006-01-02"), datePub: true, status: accord.StatusHeld, codes: []string{h.country, guest}, sent: tr.sent, place: dateline}
			if rd != nil {
				e.date, e.datePub = rd.format(), false
			}
			if e.place.Country == "" && d.welcomedHere() {
				e.place = accord.PlaceRef{Country: h.country}
			}
			held = append(held, e)
			continue
		}
		// "(A one-on-one meeting … with Vice President A and Minister B
		// present; …)": those present at the contact told before take
		// part in it; theirs is no contact of its own.
		if !past && !future && class(tr.typ) == "talks" && d.presentAfter(tr, to) {
			present := ps
			for _, m := range d.mentions {
				if m.person >= 0 && m.sent == tr.sent && m.i > tr.j && m.i < pto && d.attendeeOf(tr, m, to) {
					present = appendInt(present, m.person)
				}
			}
			if k := lastOfClass(held, tr.typ); k >= 0 && len(present) > 0 {
				for _, p := range present {
					held[k].persons = appendInt(held[k].persons, p)
				}
				held[k].codes = nil
				continue
			}
		}
		// "Meeting with Prime Minister A; NATO Summit; …" heading a
		// transcript: a contact of A and the transcript's speaker.
		if item && len(ps) == 1 && turns != nil {
			sp := firstTurn(turns)
			if sp < 0 || sp == ps[0] {
				continue
			}
			ps = []int{sp, ps[0]}
		}
		if group && len(ps) >= 2 && d.bothSidesOwned(tr) {
			group = false // "The two leaders discussed … A's meeting today with B"
		}
		// "A arrived for a meeting with B after his talks with C": the
		// later contact's other side is the sentence's subject.
		// "He called on President A": he is the last sentence's subject.
		if subj := d.pronounSubject(from); len(ps) == 1 && subj >= 0 && subj != ps[0] {
			ps = []int{subj, ps[0]}
		} else if len(ps) >= 2 && subj >= 0 && !slices.Contains(ps, subj) && d.afterTrigger(ps, tr) {
			// "In Santiago, he met Prime Minister A and Deputy Prime
			// Minister B": the hosts, all named after the verb, and him.
			ps = append([]int{subj}, ps...)
		} else if len(ps) >= 2 && subj < 0 && d.afterTrigger(ps, tr) {
			// "The Prime Minister will: • Meet with A and B": the list's
			// lead is the subject of an item opened by its verb.
			if lead := d.listLeadSubject(from, tr); lead >= 0 && !slices.Contains(ps, lead) {
				ps = append([]int{lead}, ps...)
			}
		}
		// "The official said the chief executive may meet with A, B and
		// C": the office holder, not the official, meets them.
		if subj, said := d.reportedOffice(from, tr); subj >= 0 && len(ps) >= 1 && !slices.Contains(ps, subj) {
			ps = slices.DeleteFunc(ps, func(p int) bool { return !d.personWithin(p, tr.sent, said, to) })
			if len(ps) > 0 && d.afterTrigger(ps, tr) {
				ps = append([]int{subj}, ps...)
			}
		}
		// "He called on A and had meetings with B and C": the subject of
		// the first verb is the subject of the second.
		if n > 0 && pfrom == tr.i && len(ps) >= 2 {
			if subj := d.subjectBefore(from, trs[n-1].i); subj >= 0 && !slices.Contains(ps, subj) {
				ps = append([]int{subj}, ps...)
			}
		}
		// "A hosted a welcome ceremony and held talks with his Chilean
		// counterpart": a second verb whose other side is named by office
		// alone has the first verb's subject, whose counterpart is found
		// below.
		if coord && pfrom == tr.i && len(ps) == 0 && !group && d.counterpartWith(tr, pto) {
			if subj := d.subjectBefore(from, trs[n-1].i); subj >= 0 {
				ps = []int{subj}
			}
		}
		// "In a separate meeting, A expressed hope …": another contact of
		// the one who held the contact of that kind before, with A.
		if len(ps) == 1 && tr.i > from && (d.toks[tr.i-1].fold == "separate" || d.toks[tr.i-1].fold == "another") {
			if k := lastOfClass(held, tr.typ); k >= 0 && !slices.Contains(held[k].persons, ps[0]) && len(held[k].persons) == 2 {
				if lead := d.sharedLead(held, tr.typ, principals); lead >= 0 && lead != ps[0] {
					ps = []int{lead, ps[0]}
				}
			} else if k < 0 && len(principals) > 0 && principals[0] != ps[0] {
				// "Another meeting was with B": the lead's, when no contact
				// of that kind was read before.
				ps = []int{principals[0], ps[0]}
			}
		}
		// "the Vietnamese leader held talks with his counterpart B, met
		// with C, and met with D": a verb coordinated with the sentence's
		// first contact has that contact's subject, not its object.
		if coord && pfrom == tr.i && len(ps) == 1 {
			if subj := d.coordinatedSubject(held, trs, n); subj >= 0 && subj != ps[0] {
				ps = []int{subj, ps[0]}
			}
		}
		if pfrom > from && len(ps) == 1 {
			for _, m := range d.mentions {
				if m.person >= 0 && m.i >= from && m.i < pfrom && !m.poss && m.person != ps[0] {
					ps = []int{m.person, ps[0]}
					break
				}
			}
		}
		if tr.alone {
			// "it was a pleasure to meet you for our 10th Summit": the
			// headline's summit, with whom the sentence names.
			if speaker >= 0 && d.firstPersonIn(from, to) {
				ps = appendInt(ps, speaker)
			}
			for k := 0; k < nTitle; k++ {
				if held[k].typ == accord.Summit && !past && !future {
					held[k].confirmed = true
					for _, p := range ps {
						held[k].persons = appendInt(held[k].persons, p)
					}
					if len(held[k].persons) >= 2 {
						held[k].codes = nil
					}
				}
			}
			continue
		}
		// "Thank you for hosting us here": the contact the headline names,
		// or one of the speaker and the person addressed.
		if lx.hosting[tr.form] {
			if nTitle > 0 {
				held[0].confirmed = true
				continue
			}
			if speaker < 0 {
				continue
			}
			for _, p := range principals {
				ps = appendInt(ps, p)
			}
		}
		// "signed by the European Union": signers named, not as persons.
		if len(ps) == 0 && (strings.HasSuffix(tr.form, " by") || strings.HasSuffix(tr.form, " between")) {
			continue
		}
		// The speaker of remarks names themself "I" or "we": "Foreign
		// Minister Peters and I had a long discussion".
		// A turn's "I" alone, with no one else named, is guessed as the
		// headline's speaker's is not.
		onlyTurn := false
		// ("I have received a report that A met B": the turn's speaker
		// reports, as a labelled speaker does.)
		if speaker >= 0 && (speaker == titleSpeaker && d.firstPersonIn(from, to) || speaker != titleSpeaker && d.firstPersonIn(d.reportedFrom(from, tr), to)) {
			onlyTurn = len(ps) == 0 && speaker != titleSpeaker
			ps = appendInt(ps, speaker)
		}
		// "Today, discussion was held with President A", in the turn of
		// the speaker who held it.
		if len(ps) == 1 {
			if s := d.passiveTurn(tr); s >= 0 && s != ps[0] {
				ps = append(ps, s)
			}
		}
		// "They had some very productive talks" after a past visit: part of
		// that visit, not a contact of the day.
		if group && len(ps) < 2 && len(refs) > 0 && refs[len(refs)-1].sent == tr.sent {
			past = true
		}
		// "The two leaders met", "President Lee met him": the principals. A
		// sentence about someone else ("Secretary X traveled to Bali for a
		// ministerial meeting") is not about them.
		// "witnessed the signing of a memorandum on a cable by Foreign
		// Minister A and his counterpart B", "saw the exchange of an MoU
		// between A and B": the two named after the document sign, not
		// those who witness.
		// ("The session concluded with the signing by Prime Minister A and
		// Chancellor B of the Declaration": theirs, one of them named by
		// office alone too; "welcomed the signing by A of a decree", "by
		// Chile of the Convention": one side's act.)
		if tr.typ == accord.Signing && !past && !future {
			if signers := d.signersAfter(tr, to); signers != nil {
				ps, group = signers, false
			} else if tr.form == "signing by" && !d.pairBeforeOf(tr, to) {
				continue
			}
		}
		// "A said at a press conference in Jakarta", "B spoke at a press
		// briefing": one speaker's own press event, not a joint one of the
		// text's two sides; a pronoun's ("he said during a media
		// briefing"), whose speaker the sentence does not name, is no one's
		// the text tells.
		ownPress := false
		// "A said at a press conference after his meeting with B": A's
		// own press event, B the other side of the meeting (press37.go).
		if tr.typ == accord.PressConference && !group {
			var own bool
			if ps, own = d.ownPressSides(tr, from, to, ps); own {
				if len(ps) == 0 {
					continue
				}
				ownPress = true
			}
		}
		if tr.typ == accord.PressConference && !group && len(ps) <= 1 && d.ownBriefing(tr, to) {
			if len(ps) == 0 {
				continue
			}
			ownPress = true
		}
		guessed, named := false, len(ps)
		// "A visited Da Nang to attend the Economic Leaders' Meeting": the
		// gathering one leader attends, not a contact of the lead persons.
		if !group && len(ps) < 2 && tr.typ != accord.Visit && d.attendBefore(tr, from) {
			continue
		}
		// "I spoke with the governor last night": someone unnamed, not the
		// guest of the remarks.
		if !group && len(ps) < 2 && remote(tr.typ) && tr.j+1 < to && d.toks[tr.j].fold == "the" && d.toks[tr.j+1].word && !d.toks[tr.j+1].cap && !d.listsOffices(tr, to) {
			continue
		}
		// "The prime minister has been in Brunei for a two-day official
		// visit": no one named, the subject by office only is the person
		// named before with that office, not the lead's persons.
		if len(ps) == 0 && !group && !past && !future && tr.typ == accord.Visit {
			if p := d.officeAntecedent(from, tr); p >= 0 {
				ps = []int{p}
			}
		}
		// "A met with former President B in New York": the other side is
		// named, a former holder, not the lead's persons.
		if !group && len(ps) == 1 {
			for _, p := range d.formerAfter(tr, to) {
				ps = appendInt(ps, p)
			}
		}
		// "Former Foreign Minister A met with President B": the former
		// holder who opens the clause is the other side (formersubject.go).
		if !group && len(ps) == 1 {
			if p := d.formerSubject(tr, from); p >= 0 {
				ps = appendInt(ps, p)
			}
		}
		// "spoke with the leaders of A, B and C": an office in several
		// countries is the other side, not the lead's persons.
		listed := false
		if len(ps) == 1 {
			if _, codes, _ := d.officeList(tr, to); len(codes) >= 2 {
				listed, group = true, false
			}
		}
		// "met their Majesties the Emperor and Empress": the monarch of the
		// country visited, read below, not the lead's persons.
		// "We had also spoken by phone on 30 January" in a reply: the
		// answerer and the counterpart of their contact just told
		// (answer33.go); dated, as an undated "we also spoke" has no day
		// of its own.
		if question >= 0 && tr.sent > question && answeredBy >= 0 && date != nil && (group || len(ps) == 0 || len(ps) == 1 && ps[0] == answeredBy) {
			if two := d.answerWe(held, tr, from, answeredBy); two != nil {
				ps, group = two, false
			}
		}
		monarch := !group && len(ps) == 1 && tr.typ == accord.Meeting && d.monarchObject(tr, to)
		if (group || len(ps) < 2) && !listed && !monarch && !ownPress {
			// "I also met with the Executive as a whole", "my meeting with
			// the new First Ministers": a party the text leaves unnamed, not
			// the principals.
			if !group && d.withUnnamedParty(tr.j) {
				continue
			}
			// "He also received Honorary Consul of A Ola Lund": a guest
			// named by a title and name the reader does not know is
			// someone else, not the principals (whose talks it would
			// retype as a reception).
			if !group && tr.typ == accord.Reception && d.unreadGuest(tr) {
				continue
			}
			// "reviewed the progress made since their meeting last month in
			// Tokyo", "since they met in May": a contact recalled of the
			// two the text is about.
			if past && !future && len(ps) == 0 && len(principals) == 2 && d.theirContact(tr, from) {
				ps = slices.Clone(principals)
			}
			// "the first leader to visit before the 29th APEC Economic
			// Leaders' Meeting": a numbered gathering of a group, named by
			// no one's contact, is not the principals'.
			if len(ps) < 2 && !group && d.seriesGathering(tr) {
				continue
			}
			if !past && !future && !invited && (group || subset(ps, principals)) {
				guessed = group && len(ps) < 2 || len(ps) == 0 || onlyTurn && len(ps) == 1
				// "The two leaders then held talks" in a text whose lead
				// names three: the two the sentence before named.
				pair := principals
				// (And where the lead names one principal only, the other
				// side in a possessive: "A said B's state visit was …
				// A was speaking after the two leaders held talks".)
				// ("The Prime Minister called on his counterpart B. Both
				// leaders witnessed the signing": the two of the contact
				// just told, not the visit's pair.)
				if two := d.namedPairBefore(tr, from, to); group && two != nil && subset(ps, two) && (len(principals) != 2 || heldPairIn(held, tr.sent-1, two)) {
					pair = two
				}
				// "He called on President A and Prime Minister B. The Prime
				// Ministers held a joint press conference": the two holders
				// of the office the subject names, not the three persons.
				// ("The two Prime Ministers …" after it: not the two the
				// sentence before names, the President among them.)
				if len(ps) == 0 {
					if two := d.officePairBefore(pfrom, tr.i); two != nil {
						pair = two
					}
				}
				// "held talks with PM C, met with Chairman D, witnessed the
				// signing of …": a signing the subject witnesses among the
				// acts of a visit is of the two who held the talks.
				// (Not every person the sentence names before it.)
				if two := talksPairIn(held, tr.sent); group && coord && tr.typ == accord.Signing && two != nil {
					ps, pair = nil, two
				}
				// "During A's meeting with B, both leaders reviewed …" after
				// A's bilateral meetings with B, C and D: one of those, not
				// a meeting of them all.
				if len(ps) == 0 && metOneByOne(held, pair, tr.sent) {
					continue
				}
				for _, p := range pair {
					ps = appendInt(ps, p)
				}
			}
		}
		// "an explanation on the U.S.-North Korea Summit Meeting": a contact
		// of other countries than its persons', a topic.
		if pair := d.pairNamedAt(tr); pair != nil && d.outsidePair(ps, pair) {
			continue
		}
		// "During his meeting with Governor-General A in the afternoon, the
		// president said": "his" is the main clause's subject, named by
		// office alone or by a pronoun.
		if len(ps) == 1 && !group && !past && !future {
			if p := d.possessorAfter(tr, to); p >= 0 && p != ps[0] {
				ps = []int{p, ps[0]}
			}
		}
		typ := tr.typ
		// "held their first Joint Commission meeting": talks (talks35.go).
		if d.formatMeeting(tr) {
			typ = accord.Talks
		}
		// "attended a gala dinner at the Department of State and spoke with
		// A": a talk in person, not a call.
		if typ == accord.PhoneCall && lx.genericTalk[tr.form] && d.inPersonTalk(tr, from, to) {
			typ = accord.Meeting
		}
		// "A and B held a summit on the sidelines of the General Assembly":
		// two leaders at another gathering meet bilaterally.
		if typ == accord.Summit && len(ps) == 2 && d.onSidelines(tr, to) {
			typ = accord.Meeting
		}
		// "the third Quad leaders meeting", with leaders of three or more
		// countries: their summit. MOFA's "held a leaders' meeting with A"
		// stays a meeting of two.
		if class(typ) == "talks" && d.leadersBefore(tr.i) && d.countryCount(ps) >= 3 && !d.oneByOne(tr, from, to) {
			typ = accord.Summit
		}
		// "A held a summit meeting with B and C", leaders of three
		// countries at one table: their (trilateral) summit, as a summit
		// meeting of two is their meeting.
		if class(typ) == "talks" && strings.Contains(tr.form, "summit") && d.countryCount(ps) >= 3 && !d.oneByOne(tr, from, to) {
			typ = accord.Summit
		}
		// "the EU and Canada held their 19th bilateral Summit": a numbered
		// summit of a series, as "the 30th Japan-EU Summit", not two
		// leaders' summit meeting.
		if typ == accord.Meeting && tr.form == "bilateral summit" && tr.i > from && ordinalNumber(d.toks[tr.i-1].fold) {
			typ = accord.Summit
		}
		e := eng{typ: typ, status: accord.StatusHeld, persons: ps, sent: tr.sent, guessed: guessed}
		if d.leadersDelegationMet(tr, ps) {
			e.typ = accord.Meeting // meetdeleg37.go
		}
		if theirCodes != nil {
			e.codes = theirCodes
		}
		// "the Japan-Australia-India-U.S. (Quad) Summit meeting": a meeting
		// that three countries or more name is their summit, of them all
		// (their persons the sentence names stand for them).
		if group := d.pairNamedAt(tr); len(group) >= 3 && class(typ) == "talks" {
			e.typ, e.codes = accord.Summit, nil
			var kept []int
			for _, p := range ps {
				if slices.Contains(group, d.persons[p].country) {
					kept = append(kept, p)
				}
			}
			e.persons = kept
			for _, c := range group {
				if !slices.ContainsFunc(kept, func(p int) bool { return d.persons[p].country == c }) {
					e.codes = append(e.codes, c)
				}
			}
		}
		// "The President and Prime Minister … welcomed the first
		// U.S.-Canada Indo-Pacific Strategic Dialogue on March 10": a
		// format of the two governments that the leaders welcome, held by
		// the countries its name pairs, not by those who welcome it.
		if pair := d.pairNamedAt(tr); len(pair) == 2 && d.welcomedFormat(tr, from) {
			e.persons, e.codes = nil, pair
		}
		arrival := false
		e.occasion = typ == accord.Reception && d.occasionPhrase(tr)
		switch {
		case date != nil:
			e.date = date.format()
			// "\"Today we have witnessed the signing\", A said" in a report
			// published the day after the talks it tells: the quoted day
			// is the day the speaker spoke, the one told before.
			if context != "" && d.toks[date.tok].fold == "today" && d.quoteBefore(from, tr.i) && dayGap(context, e.date) == 1 {
				e.date = context
			}
		case past || future:
		case said != nil && !said.t.After(d.pub):
			// The sentence's own report day, before any day of another
			// sentence: "A said on Friday he had spoken with B".
			e.date = said.format()
			e.datePub = true
		case d.arrivalDay(tr.sent) != "":
			// (Not the context of what follows: "Today, …" after it is the
			// page's day still.)
			e.date, arrival = d.arrivalDay(tr.sent), true
		case d.remarksDay(tr.sent) != "":
			// "The president made the remarks while receiving B": the
			// day the statement was dated before.
			e.date = d.remarksDay(tr.sent)
		case context != "":
			// The headline's day by publication dates the body's undated
			// contacts no better ("Joint Statement during the visit of A",
			// issued on its last day: "During his visit, A held talks").
			// (A headline's contact the body has dated since, "this
			// afternoon", dates them by the text. A visit keeps the text's
			// basis: it is dated by its month, and a weak one would join
			// another visit of its visitor up to a month before.)
			e.date, e.datePub = context, contextPub && e.typ != accord.Visit && (contextSent >= 0 || len(held) > 0 && held[0].datePub)
		case leadDay != "" && tr.sent > 0:
			e.date = leadDay
		case leadPair != "" && tr.sent == 1:
			e.date = leadPair
		case !d.pub.IsZero():
			e.date = d.pub.Format("2006-01-02")
			e.datePub = true
		}
		if tr.typ == accord.Visit && date != nil && date.prec == precDay && !past {
			// "from 30 June to 3 July", reported on 2 July: a visit is of
			// the month it began, the event's date whichever day reports it.
			e.date = date.t.Format("2006-01")
			if d.ownVisitDate(tr, *date, from, trs) {
				e.visitDay = d.visitDay(*date)
			}
		}
		// A visit under way whose days the sentence does not give is dated
		// by its month.
		if tr.typ == accord.Visit && !past && !future && len(e.date) == 10 && (date == nil || date.prec != precDay) {
			e.date = e.date[:7]
		}
		// "yesterday, my minister visited …, and they had a good meeting":
		// a group word alone does not make the headline's persons meet on
		// another day than the contact the headline reports.
		if guessed && group && nTitle > 0 && class(held[0].typ) == class(e.typ) && e.date != held[0].date {
			// "The two diplomats held a phone conversation on July 13" under
			// a headline of that call, dated only by publication: its day,
			// and its sides.
			// (Confirmed by a body sentence that gives no day of its own
			// either: "have held talks …, the ministry said Friday".)
			// ("During the informal talks on Sunday evening, the leaders
			// discussed …": the pair after the opener, head36.go.)
			if held[0].datePub && date != nil && date.prec == precDay && !past && !future && d.recent(e.date) && (d.bothSides(from, tr.i) || held[0].fromTitle && (d.pairBefore(from, tr.i) || d.groupAfterOpener(tr))) {
				held[0].date, held[0].datePub, held[0].confirmed = e.date, false, true
				context, contextSent = e.date, tr.sent
				contextPub = false
			}
			continue
		}
		// "A welcomed B to Australia": B is the visitor.
		if tr.form == "welcomed to" && len(e.persons) == 2 && !d.personWithin(e.persons[0], tr.sent, tr.i, tr.j) && d.personWithin(e.persons[1], tr.sent, tr.i, tr.j) {
			e.persons = []int{e.persons[1], e.persons[0]}
		}
		// A visit is of a visitor to a host: the first named and the highest
		// in office of the others, not everyone the sentence names.
		if tr.typ == accord.Visit && len(e.persons) > 2 {
			e.persons = []int{e.persons[0], d.highest(e.persons[1:])}
		}
		// "The next day, the Prime Minister arrived in C, where he met the
		// President of C": the one person named is the host, after the
		// phrase; the visitor is the subject named by office alone, the
		// person named before with that office.
		if tr.typ == accord.Visit && len(e.persons) == 1 && !past && !future && d.afterTrigger(e.persons, tr) {
			if p := d.officeAntecedent(from, tr); p >= 0 && p != e.persons[0] {
				e.persons = []int{p, e.persons[0]}
			}
		}
		// A visit names its visitor; the host is the person the article is
		// most about among the others.
		if tr.typ == accord.Visit && len(e.persons) == 1 && !past && !future {
			if h := d.host(e.persons[0]); h >= 0 {
				e.persons = append(e.persons, h)
				guessedHost = true
			}
		}
		// "the visit to the UK by Their Majesties", thanked for by their
		// own Prime Minister: a visitor and host of one country are no
		// contact between countries.
		if tr.typ == accord.Visit && len(e.persons) == 2 && d.persons[e.persons[0]].country != "" && d.persons[e.persons[0]].country == d.persons[e.persons[1]].country {
			// But a compatriot the sentence does not name (a predecessor
			// "who visited in 2011", the minister accompanying, told
			// elsewhere, whom a national outlet gives its country) is no
			// side of it: the visitor's own visit stays.
			// (Only a visit its sentence places abroad: "stopped by for a
			// surprise visit to thank the group" is none.)
			// ("A and B arrived in C for a three-day visit": compatriots
			// travelling together, placed abroad; the visit is the first
			// named's to C, visit37.go.)
			if !d.placedAbroad(e.persons[0], from, to, tr) || d.personWithin(e.persons[1], tr.sent, from, to) && !d.coTravellers(e.persons, tr) {
				continue
			}
			e.persons = e.persons[:1]
		}
		// A courtesy call or reception names its guests ("the courtesy call
		// of A and B"); the host is the lead person.
		if tr.typ == accord.Reception && len(principals) > 0 && !slices.Contains(e.persons, principals[0]) && d.afterTrigger(e.persons, tr) {
			e.persons = append(e.persons, principals[0])
		}
		// "The Summit was held in Samarkand. It was chaired by A. The EU was
		// represented by B and C.": the persons the next sentences name.
		// But "The meeting was also attended by A and B" after a contact
		// already read names those present at it, not a meeting of theirs,
		// in its own sentence or the next.
		retold := tr.typ != accord.Summit && d.anaphoricTrigger(tr) && heldContact(held)
		if retold && d.linkAfter(tr) {
			continue
		}
		if len(e.persons) < 2 && (tr.typ == accord.Summit || class(tr.typ) == "talks") && !past && !future && !retold {
			if more := d.linkedPersons(tr.sent); len(more) > 0 {
				for _, p := range more {
					e.persons = appendInt(e.persons, p)
				}
				e.guessed = false
			}
		}
		// "A and B met the five Presidents of the Central Asian republics":
		// a group of countries named as the other side of a contact whose
		// persons are all of one country takes part, country by country.
		if !past && !future && len(e.codes) == 0 && len(e.persons) > 0 && tr.typ != accord.Signing {
			if members := d.regionIn(tr.sent); members != nil && d.oneCountry(e.persons) {
				e.codes = members
			}
		}
		// A signing whose signers the text does not name is between the
		// countries of the persons it is about.
		// "During A's visit to Moldova, the two sides signed four
		// agreements": the sides named as a pair whose persons give fewer
		// than two countries are the visitor's country and the country
		// visited, whose leader the text does not name.
		// (Not when a date after the verb may be the visit's rather than the
		// signing's: "signed an agreement during A's visit to B on March
		// 26".)
		if tr.typ == accord.Signing && group && len(e.codes) == 0 && len(e.persons) < 2 && !past && !future && d.pairSigned(from, tr.i) && len(d.lx.dates(d.toks, tr.j, to, d.pub)) == 0 {
			if codes := d.pairSignerCountries(e.persons, tr.sent); codes != nil {
				e.persons, e.codes = nil, codes
			}
		}
		if tr.typ == accord.Signing && !group && len(e.codes) == 0 {
			switch {
			case d.countryOwner(tr.i):
				continue // "Angola's signing of the Accords": one side's accession
			case e.guessed:
				codes := d.countriesIn(tr.sent)
				// "Canada and the EU today signed the Partnership": the
				// signers named as its subject, a union of states among
				// them, and no country a place's name holds ("the South
				// China Sea") after it.
				if sc := d.signerCountries(tr.i); len(sc) >= 2 {
					codes = sc
				} else if sc := d.demonymPairSubject(from, tr.i); sc != nil {
					codes = sc
				} else if sc := d.capitalPairSubject(from, tr.i); sc != nil {
					codes = sc // "Paris and Berlin signed" (capital33.go)
				} else if sw := d.signsWith(tr.i, tr.j); (tr.form == "signed" || tr.form == "exchanged") && sw != nil {
					codes = sw // "Chile signed a trade agreement with Nepal"
				}
				// "our Ministers have signed a Joint Update", "the Joint
				// Update we signed today", in remarks of two leaders: their
				// two countries signed.
				// "The two presidents held talks and then witnessed the
				// signing": the pair of the day's contact witnessed, as "The
				// two presidents witnessed the signing" (paircoord36.go).
				if len(codes) < 2 && !past && !future && len(e.persons) == 2 && len(d.twoCountries(e.persons)) == 2 && strings.HasPrefix(tr.form, "witnessed") && d.pairSignedCoordinated(from, tr.i) {
					e.guessed = false
					break
				}
				if len(codes) < 2 && (d.ourSigners(from, tr.i) || d.toks[tr.i].fold == "signed" && d.weSigned(from, tr.i) || d.signedObjectBefore(tr.i, false) || d.signedToday(tr.i) || d.pairSigned(from, tr.i)) {
					// "the joint statement that we signed following the
					// talks": the two speakers sign (signprincipals37.go);
					// "our Ministers have signed", "both governments
					// signed": their countries.
					if d.toks[tr.i].fold == "signed" && d.weSigned(from, tr.i) && !d.ourSigners(from, tr.i) && d.principalsSign(e.persons) {
						e.guessed = false
						break
					}
					codes = d.twoCountries(e.persons)
				}
				// "After the talks, several documents were signed in the
				// presence of the two leaders": the signing of the day's
				// two sides, the leaders witnessing it; "were signed on
				// Tuesday following the talks between A and B" too, the day
				// one of the report's week (dayInReportWeek), the subject
				// naming no sides of its own ("The truce deal between Kiev
				// and the insurgents was signed Friday after A and B …").
				// "Today we have witnessed the signing of six agreements", a
				// leader says of the day's talks: the two leaders witnessed.
				// "The talks concluded with the signing of a declaration":
				// the same, the signing a noun (contactClosedBySigning).
				if len(codes) < 2 && !past && !future && len(e.persons) == 2 && len(d.twoCountries(e.persons)) == 2 && strings.HasPrefix(tr.form, "witnessed") && d.weSubject(from, tr) {
					e.guessed = false
					break
				}
				if len(codes) < 2 && !past && !future && len(e.persons) == 2 && len(d.twoCountries(e.persons)) == 2 && (len(ds) == 0 || d.dayInReportWeek(date) && !d.sidesInSubject(from, tr.i)) && (d.passiveSigned(from, tr) || d.contactClosedBySigning(trs, n) || d.ceremonyHeld(from, to, tr)) {
					e.guessed = false
					if !d.presenceIn(tr.j, to) {
						e.byCountry = true
					}
					break
				}
				// "Following the talks, a package of documents was signed",
				// before any person is named, under "Russia-Mongolia talks"
				// (headpair36b.go).
				if len(codes) < 2 && !past && !future && len(e.persons) == 0 && len(ds) == 0 && (d.passiveSigned(from, tr) || d.ceremonyHeld(from, to, tr)) {
					codes = d.titleContactPair(held)
				}
				if len(codes) < 2 {
					continue
				}
				e.persons, e.codes = nil, codes
			case d.welcomed(tr.i):
				// "The leaders welcomed the signing of": their governments signed.
				e.byCountry = true
			case len(e.persons) == 1 && d.weSigned(from, tr.i):
				// "we signed a raw materials agreement with Chile", says the
				// one speaker: the speaker's country and Chile.
				if codes := d.weSignedWith(e.persons, tr.i, to); codes != nil {
					e.persons, e.codes = nil, codes
				}
			}
		}
		// "A has begun his official visit to Mongolia": the visitor and
		// the country visited, whose persons the text does not name; "A
		// will undertake an official visit to Pakistan on 30-31 May": a
		// visit ahead, to that country.
		if tr.typ == accord.Visit && len(e.persons) == 1 && len(e.codes) == 0 {
			if c := d.visitDestination(e.persons[0], tr, from, to); c != "" {
				e.codes = []string{c}
			} else if lx.travelPhrases[tr.form] {
				// "travelled to Jeddah, Saudi Arabia": the country of the city.
				if c := d.travelDestination(e, tr, from, to); c != "" {
					e.codes = []string{c}
				}
			}
		}
		// "departed on a working visit to A and B": a visit to each (visit.go).
		// "for his visit to C", "a tour of C and D by President A": the
		// phrase's own visitor (visits34.go).
		if tr.typ == accord.Visit && len(e.persons) == 0 && len(e.codes) == 0 {
			if p, c := d.ownedVisitor(tr, from, to); p >= 0 {
				e.persons, e.codes, e.guessed = []int{p}, []string{c}, false
			}
		}
		d.tourWithoutGuessedHost(&e, tr, from, to) // tour34.go
		stops, tourists := d.tourStops(e, tr, from, to)
		// "talked with the foreign ministers of A, B and C": one contact
		// with each.
		if !past && !future && !invited {
			if split := d.officeHosts(tr, e, from, to); split != nil {
				for _, c := range split {
					if c.place = d.placeIn(from, to, tr); c.place.Country == "" {
						c.place = dateline
					}
					held = append(held, c)
				}
				continue
			}
			split := d.officeContacts(tr, e, from, to)
			if split == nil {
				split = d.joinedContact(tr, e, from)
			}
			if split != nil {
				for _, c := range split {
					// "talked with": talks or a call, as the headline says.
					if lx.genericTalk[tr.form] && title.saysTalks() {
						c.typ = accord.Talks
					}
					c.overview = tr.sent + 1
					c.place = d.placeIn(from, to, tr)
					if c.place.Country == "" && !remote(c.typ) {
						c.place = dateline
					}
					held = append(held, c)
				}
				continue
			}
		}
		// "The External Affairs Minister also met his Peruvian counterpart
		// A", "the Head of State also held a bilateral meeting with B": a
		// subject named by office only is the person named with that
		// office before.
		// "After the meeting with A, the Foreign Minister of X met B": the
		// subject by office, not the opening clause's guest (officeof36.go).
		if !past && !future && n > 0 && trs[n-1].sent == tr.sent {
			e.persons = d.frontedOfficeSubject(from, to, trs[n-1], tr, e.persons)
		}
		if !past && !future && len(e.persons) >= 1 && len(e.codes) == 0 && d.afterTrigger(e.persons, tr) {
			// (With several guests too: "The Emir met A, B and C".)
			if p := d.officeAntecedent(from, tr); p >= 0 && !slices.Contains(e.persons, p) {
				e.persons = append([]int{p}, e.persons...)
			} else if p := d.describedLeader(from, d.coordinatedFirst(trs, n)); p >= 0 && !slices.Contains(e.persons, p) {
				// "The Norwegian leader also met with A and B" (meet31b.go).
				e.persons = append([]int{p}, e.persons...)
			}
		}
		// "The minister also met his counterparts from A and B, C and D":
		// the persons read are the counterparts the list names; the one
		// whose counterparts they are, unnamed, is the lead person.
		if !past && !future && len(e.persons) >= 2 && len(e.codes) == 0 && len(principals) > 0 && !slices.Contains(e.persons, principals[0]) && d.listedCounterparts(e.persons, tr.sent) {
			e.persons = append([]int{principals[0]}, e.persons...)
			e.guessed = false
		}
		// "joined leaders of the ASEAN member states and Timor-Leste for the
		// annual Summit": a gathering of the person and the countries and
		// groups of countries the sentence names.
		if tr.typ == accord.Summit && !past && !future && len(e.persons) == 1 && len(e.codes) == 0 {
			codes := d.countriesIn(tr.sent)
			for _, c := range d.regionIn(tr.sent) {
				codes = appendStr(codes, c)
			}
			if len(codes) >= 2 {
				e.codes = codes
			}
		}
		// "The Summit was attended by the Prime Ministers of A, B, C and
		// D" (summit32.go).
		if tr.typ == accord.Summit && !past && !future && len(e.persons) == 0 && len(e.codes) == 0 {
			if codes := d.officeListSides(tr); len(codes) >= 3 {
				e.codes = codes
				if p := d.summitAttendee(principals, codes); p >= 0 {
					e.persons = []int{p}
				}
			}
		}
		// "the third Quad Leaders' Summit held today" in a readout of two
		// of its leaders: the group's summit, of the two and its other
		// members, country by country.
		if tr.typ == accord.Summit && !past && !future && len(e.codes) == 0 && len(e.persons) >= 1 && len(e.persons) <= 2 {
			if members := d.regionIn(tr.sent); len(members) >= 3 && len(members) <= 12 && d.membersAll(e.persons, members) {
				for _, c := range members {
					if !slices.ContainsFunc(e.persons, func(p int) bool { return d.persons[p].country == c }) {
						e.codes = append(e.codes, c)
					}
				}
				e.guessed = false
			}
		}
		if tr.gathering && d.countryCount(e.persons)+len(e.codes) < 3 {
			continue // "we participated together in the Summit": no parties named
		}
		// "met with his Chilean counterpart on Friday": the other side is
		// the holder of the same office the text leaves unnamed, its
		// country the side.
		// The subject is named in the sentence, before the contact: not
		// one guessed from the lead ("Prime Ministers of A and B also met
		// their Chilean counterpart").
		if !past && !future && len(e.persons) == 1 && len(e.codes) == 0 && !e.guessed && d.personWithin(e.persons[0], tr.sent, from, tr.i) {
			if c := d.unnamedCounterpart(tr, to); c != "" && c != d.persons[e.persons[0]].country {
				// "held talks with his Slovak counterpart … Slovak Foreign
				// Minister A said": the counterpart the text names later
				// with the subject's office is the side, not the country.
				if q := d.namedCounterpart(e.persons[0], c); q >= 0 {
					e.persons = append(e.persons, q)
				} else {
					e.codes = []string{c}
				}
			}
		}
		// "A and B met with their British counterparts": one contact of
		// the two with that country's side (spox33.go).
		if !past && !future && !e.guessed {
			d.pluralCounterparts(&e, tr, from, to)
		}
		// "sent his condolences to the government and the people of
		// Peru": a message addressed to a country, whose person the
		// sentence does not name, has that country as its other side.
		if tr.typ == accord.Message && !past && !future && len(e.persons) == 1 && len(e.codes) == 0 && !e.guessed {
			if c := d.addressedCountry(tr, to); c != "" && c != d.persons[e.persons[0]].country {
				e.codes = []string{c}
			}
		}
		// "sent his congratulations to Ms A following her appointment by
		// Queen B": the message is the sender's to A; a person named
		// after the addressee is no side.
		if tr.typ == accord.Message && !past && !future && len(e.persons) >= 3 && tr.j < to && d.toks[tr.j].fold == "to" {
			if m := d.personFrom(tr.j+1, to); m != nil && slices.Contains(e.persons, m.person) {
				e.persons = slices.DeleteFunc(e.persons, func(p int) bool {
					return p != m.person && !d.personWithin(p, tr.sent, from, tr.i)
				})
			}
		}
		// "met Their Majesties the Emperor and Empress" during a visit: the
		// monarch, named by title alone, stands for the country visited.
		if !past && !future && !invited && len(e.persons) >= 1 && len(e.codes) == 0 && tr.typ == accord.Meeting && d.monarchObject(tr, to) {
			if c := d.monarchCountry(e, held, dateline); c != "" {
				// (Not the host's persons a list of the day's contacts
				// named before it.)
				e.persons = slices.DeleteFunc(e.persons, func(p int) bool { return d.persons[p].country == c })
				// "During the visit, the President … participated in events
				// with A, met their Majesties": the lead visitor.
				if len(e.persons) == 0 {
					if k := slices.IndexFunc(principals, func(p int) bool { return d.persons[p].country != "" && d.persons[p].country != c }); k >= 0 {
						e.persons = []int{principals[k]}
					}
				}
				// An audience beside the day's talks, not one with them.
				e.codes, e.monarch = []string{c}, true
			}
		}
		if future || invited {
			d.aheadCityVisit(&e, tr, to)
		}
		// "received a 46-member delegation from Japan": with no head
		// named, the delegation's country is the guest's side.
		if !past && !future && len(e.persons) == 1 && len(e.codes) == 0 && tr.form == "received a delegation" && len(tr.heads) == 0 {
			if n := d.delegationAt(tr.j); n >= 0 {
				if c := d.delegationCountry(tr.i, n); c != "" && c != d.persons[e.persons[0]].country {
					e.codes = []string{c}
				}
			}
		}
		e.own = ownPress // one speaker's press event: one side is enough
		if len(e.persons) < 2 && len(e.codes) == 0 && !ownPress {
			if pair := d.officeSubjectPair(tr, from); pair != nil {
				e.persons, e.guessed = pair, false // noun32.go
			}
		}
		if len(e.persons) < 2 && len(e.codes) == 0 && !ownPress {
			codes := d.countriesBesideTopic(tr)
			if len(e.persons) == 0 || e.guessed {
				if dc := d.demonymPairSubject(from, tr.i); dc != nil {
					codes, e.persons = dc, nil
				} else if cc := d.capitalPairSubject(from, tr.i); cc != nil {
					codes, e.persons = cc, nil // capital33.go
				}
			}
			// "The European Union and the Republic of Korea held the 20th
			// meeting of the Joint Committee": a union of states named as
			// a side with a country, before the contact, is a side too.
			if len(e.persons) == 0 && len(codes) == 1 {
				for _, c := range d.unionSidesBefore(tr) {
					codes = appendStr(codes, c)
				}
			}
			// "I join Prime Minister A … We had a very good meeting": the
			// unnamed speaker's side is a country of the sentence.
			// (Not the country the contact is held in: "I had a meeting
			// with A … in Vientiane, Lao PDR" is no meeting with Laos.)
			if h.country == "" && speaker < 0 && len(e.persons) == 1 {
				codes = d.besidesVenue(tr, codes, d.persons[e.persons[0]].country)
			}
			if !past && !future && len(e.persons) == 1 && len(codes) >= 1 && speaker < 0 && d.weSubject(from, tr) {
				e.codes = codes
				// "we" on a government's own site, or in an outlet of a
				// country the sentence names: that country.
				if h.country != "" && (h.government || slices.Contains(codes, h.country)) {
					e.codes = []string{h.country}
				}
			} else if !past && !future && len(e.persons) == 1 && h.government && h.country != "" && d.unnamedOffice(from, tr) && d.afterTrigger(e.persons, tr) {
				// "The Prime Minister spoke to President A" on the Prime
				// Minister's own site: that side is the site's country.
				e.codes = []string{h.country}
			} else {
				if !past && (len(e.persons) > 0 || len(codes) < 2) || past && len(e.persons)+len(codes) == 0 {
					continue
				}
				if past && len(e.persons) > 0 {
					codes = nil
				}
				if len(codes) > 0 {
					e.persons, e.codes = nil, codes
				}
			}
		}
		// "held a meeting with the Ukrainian delegation": the delegation's
		// country is a side, whoever the sentence names of the other.
		if c := d.sideWith(tr, to); c != "" && !slices.Contains(d.countriesOf(e), c) && e.typ != accord.Summit {
			e.codes = append(e.codes, c)
		}
		// "was received by Queen B", "I met King A … We both had
		// audiences": a monarch receiving a foreign visitor gives an
		// audience, a reception (not the King of A visiting President B).
		if e.typ == accord.Meeting && (strings.Contains(tr.form, "received") || d.audienceWord(tr.sent)) && d.audience(e) {
			e.typ = accord.Reception
		}
		// "Foreign Minister A was received by President B": a leader who
		// receives a foreign visitor of lower rank gives a reception (not
		// "President A was received by Vice President B").
		if e.typ == accord.Meeting && strings.HasSuffix(tr.form, "received by") && d.receivedByLeader(tr, e) {
			e.typ = accord.Reception
		}
		e.receivedBy = e.typ == accord.Meeting && strings.Contains(tr.form, "received by")
		e.place = d.placeIn(from, to, tr)
		// "A arrived in Jakarta from Abu Dhabi", A Indonesian: home again
		// from a visit to the place left, else a visit to no one.
		if tr.typ == accord.Visit && d.cameHome(tr, from, e.place.Country) {
			left := d.placeLeft(tr, to)
			if left.Country == "" || left.Country == e.place.Country {
				continue
			}
			e.place = left
		}
		// "appreciation for the Prime Minister's visit to Iran": a visit to
		// a third country is no contact between the two it names. ("visit
		// to and proactive engagement with Iran": the country that the
		// coordinated phrase shares.)
		if tr.typ == accord.Visit && e.place.Country == "" && tr.j < to && d.toks[tr.j].fold == "and" {
			for _, o := range d.others {
				if o.kind == accord.Country && !o.demonym && o.i > tr.j && o.i <= tr.j+6 && o.i < to {
					e.place = accord.PlaceRef{Name: o.name, Country: o.key}
					break
				}
			}
		}
		if tr.typ == accord.Visit && d.thirdCountry(e.persons, e.place.Country) {
			continue
		}
		// "touched by A's visit to the museum in Hiroshima", read at a
		// meeting in New York: a visit recalled.
		if tr.typ == accord.Visit && !future && attending != "" && e.place.Country != "" && e.place.Country != attending {
			past = true
		}
		if e.place.Country == "" && e.typ != accord.PhoneCall && e.typ != accord.VideoCall && e.typ != accord.Message && !past && !future {
			e.place = dateline
		}
		// A guest welcomed with honours visits the host's country (honours33.go).
		if tr.typ == accord.Visit && tr.form == "welcomed with honours" && !d.honoursVisit(&e, tr) {
			continue
		}
		// "A travelled to Tokyo, Japan": a journey is a visit of a person
		// the sentence names, to a country (visit.go).
		if lx.travelPhrases[tr.form] {
			c := d.travelDestination(e, tr, from, to)
			if c == "" {
				continue
			}
			if len(e.persons) == 1 && len(e.codes) == 0 {
				e.codes = []string{c}
			}
			if e.place.Country == "" {
				e.place = accord.PlaceRef{Name: lx.countryName(c), Country: c}
			}
			if guessedHost && len(stops) == 0 && d.thirdCountry(e.persons, e.place.Country) {
				d.hostOfPlace(&e, e.place.Country)
			}
		}
		switch {
		case invited && (future || tr.typ == accord.Visit):
			e.status = accord.StatusPending
			invites = append(invites, e)
			invites = append(invites, d.tourVisits(e, stops, tourists)...)
		case future:
			e.status = accord.StatusPending
			// "will hold meetings with A and B respectively": a contact
			// ahead with each, as one held would be.
			if split := d.splitCalls(tr, e, from, to, principals); split != nil {
				invites = append(invites, split...)
				continue
			}
			invites = append(invites, e)
			invites = append(invites, d.tourVisits(e, stops, tourists)...)
		case past:
			e.status = accord.StatusMentioned
			refs = append(refs, e)
			refs = append(refs, d.tourVisits(e, stops, tourists)...)
		default:
			// "is visiting A and B": the further stops of a tour under way
			// are ahead; of one told as done ("concluded his visit to A and
			// B", "visited A and B") they were held.
			if len(stops) > 0 && !d.tourDone(tr, from, to) && !d.tourBehind(date) {
				for _, v := range d.tourVisits(e, stops, tourists) {
					v.status = accord.StatusPending
					invites = append(invites, v)
				}
				stops = nil
			}
			// "The parties had a detailed discussion of …" in the readout of a
			// call: the call's content, not talks besides.
			if e.guessed && class(e.typ) == "talks" && slices.ContainsFunc(held, func(h eng) bool {
				return (h.typ == accord.PhoneCall || h.typ == accord.VideoCall) && h.date == e.date && (len(h.persons) == 0 || overlap(h.persons, e.persons))
			}) {
				continue
			}
			// "convened the leaders meeting …, and we had a discussion": the
			// summit's talks, not talks besides.
			if class(e.typ) == "talks" && slices.ContainsFunc(held, func(h eng) bool {
				return h.typ == accord.Summit && h.sent == e.sent && h.date == e.date && subset(e.persons, h.persons)
			}) {
				continue
			}
			// "A met B on Tuesday. This was A's only bilateral meeting during
			// his stay, where he arrived on Monday": the contact told again.
			if d.retelling(from, tr) && slices.ContainsFunc(held, func(h eng) bool {
				return sameClass(h.typ, e.typ) && h.sent < e.sent && len(h.persons) >= 2 && subset(e.persons, h.persons)
			}) {
				continue
			}
			// ("met world leaders, including A and B" under "A meets B and
			// other world leaders": the group's members one by one.)
			apart := len(e.persons) >= 3 && (d.toldApart(tr, e) && d.separateGuests(tr, e) || d.meetingsPhrase(tr) || d.groupInclusion(tr.j) >= 0)
			if k := d.sameEngagement(held, e); k >= 0 && !d.otherPair(held[k], e) && !(len(e.persons) >= 3 && d.oneByOne(tr, from, to)) && !(apart && held[k].fromTitle) && !(!past && !future && d.widerContact(held[k], e, tr, from, to)) {
				held[k].confirmed = true
				if date != nil {
					// "met today": the text dates it; a headline's contact
					// dated by publication takes the body's day.
					if held[k].datePub && e.date != "" {
						held[k].date = e.date
						if held[k].fromTitle && e.typ == accord.Signing && len(e.date) == 10 {
							// The body dates the headline's signing, as
							// titleMatch does: what follows is of that day.
							context, contextSent = e.date, tr.sent
							contextPub = false
						}
					}
					held[k].datePub = false
				}
				// "A met B today in Cairo" under a headline that names no place.
				if held[k].place.Country == "" && e.place.Country != "" && (held[k].typ == accord.Meeting || held[k].typ == accord.Talks) && d.cityAfter(tr, to) {
					held[k].place = e.place
				}
				// The body names who signed or met where the first report
				// did not: "signed between A and B".
				// "Peru and Chile signed seven MoUs. Ministers from both sides
				// exchanged the agreements in the presence of A and B": the
				// two leaders present, one of each country, witness the
				// signing the countries did.
				presentPair := e.typ == accord.Signing && len(held[k].persons) == 0 && len(e.persons) == 2 && len(d.twoCountries(e.persons)) == 2 && d.presenceIn(tr.j, to)
				if (held[k].guessed || len(held[k].persons) == 0) && (!e.guessed || presentPair) && len(e.persons) >= 2 && !d.oneSidePresent(held[k], e) {
					held[k].persons, held[k].codes, held[k].guessed, held[k].byCountry = e.persons, nil, false, false
				}
				// A headline's gathering of one person named: the countries
				// the body names as its parties ("joined leaders of A and B
				// for the Summit").
				if e.typ == accord.Summit && len(held[k].persons) < 2 && len(e.codes) > len(held[k].codes) {
					for _, c := range e.codes {
						held[k].codes = appendStr(held[k].codes, c)
					}
					for _, p := range e.persons {
						held[k].persons = appendInt(held[k].persons, p)
					}
				}
				// The same contact: a courtesy call on the host. A headline's
				// "Meeting with" gives way to "received"; "thanked him for the
				// warm reception" does not retype it.
				if e.typ == accord.Reception && (!held[k].fromTitle || tr.form != "reception") && !d.leadersMeetingHeld(held[k]) {
					held[k].typ = e.typ
				}
				// "A received President B. … the two Presidents held a
				// closed session of talks": two leaders' reception is the
				// host's word for their talks ("had a discussion" on a
				// courtesy call is its content).
				if e.typ == accord.Talks && strings.Contains(tr.form, "talks") && held[k].typ == accord.Reception && (!held[k].occasion || d.ceremonyOnly(held[k])) && len(held[k].persons) == 2 && d.leader(held[k].persons[0]) && d.leader(held[k].persons[1]) {
					held[k].typ = accord.Talks
				}
				// "met in Lima for the Strategic Dialogue": a round of a
				// standing format, talks (talks35.go).
				if d.formatRound(held[k], tr) {
					held[k].typ = accord.Talks
				}
				// The headline's contact, with whom the body names besides: a
				// side it lacks, or more parties in person ("A, Secretary B
				// and Secretary C met with D"); a call's other names are
				// mostly its topics.
				// A call whose headline names a country its persons lack
				// ("A, B and C Call with Ukrainian Counterparts"): the body's
				// persons of that country are the other side.
				if held[k].fromTitle && !e.guessed && len(held[k].persons) >= 2 && remoteType(held[k].typ) && title != nil {
					have := d.countriesOf(held[k])
					for _, c := range title.countryCodes() {
						if slices.Contains(have, c) {
							continue
						}
						for _, p := range e.persons {
							if d.persons[p].country == c {
								held[k].persons = appendInt(held[k].persons, p)
							}
						}
					}
				}
				if held[k].fromTitle && !e.guessed && !d.oneSidePresent(held[k], e) && (len(held[k].persons) < 2 || held[k].typ != accord.PhoneCall && held[k].typ != accord.VideoCall && held[k].typ != accord.Message) {
					// "Australia-Fiji Leaders' Meeting": the headline's pair
					// are its sides; a third country's leader the body names
					// ("on his way to visit the President of A") is not.
					pair := title.pairNamed()
					if title.countriesNamed() > 2 {
						pair = nil // "United States, Japanese and Republic of Korea Trilateral"
					}
					for _, p := range e.persons {
						if c := d.persons[p].country; len(pair) == 2 && c != "" && !slices.Contains(pair, c) && d.countryCount(held[k].persons) >= 2 {
							continue
						}
						held[k].persons = appendInt(held[k].persons, p)
					}
					if len(held[k].persons) >= 2 {
						held[k].codes = nil // the persons stand for their countries
					}
				}
				continue
			}
			// "spoke today with A at the G7" under a headline of a meeting
			// with A: that meeting.
			if lx.genericTalk[tr.form] && !e.guessed {
				if k := d.titleAny(held[:nTitle], e); k >= 0 {
					held[k].confirmed = true
					if date != nil {
						held[k].datePub = false
					}
					continue
				}
			}
			// "Readout of the President's Calls with A and B" over "the
			// President spoke by phone separately with A and B": the
			// headline's one contact of the guests is the body's calls, one
			// each, with the caller the headline names by office only.
			if split := d.splitCalls(tr, e, from, to, principals); split != nil && d.guestsOnly(held[:nTitle], split) {
				for k := 0; k < nTitle; k++ {
					if sameClass(held[k].typ, e.typ) && overlap(held[k].persons, e.persons) && !slices.Contains(held[k].persons, split[0].persons[0]) {
						held = slices.Delete(held, k, k+1)
						k--
						nTitle--
					}
				}
				held = append(held, split...)
				context = e.date
				contextPub = e.datePub
				continue
			}
			// The body dates the headline's contact: "spoke on the phone
			// yesterday with …" in a readout of a call.
			if k := d.titleMatch(held[:nTitle], e); k >= 0 && date != nil && named >= 2 {
				// "PM A meets Crown Prince B, Chief Executive C" over "met B
				// and C on Friday. During their meeting, … During his meeting
				// with C, …": the headline's contact is the body's two.
				if apart {
					if split := d.splitCalls(tr, e, from, to, principals); len(split) >= 2 {
						held[k] = split[0]
						held = append(held, split[1:]...)
						context, contextSent = e.date, tr.sent
						contextPub = e.datePub
						continue
					}
				}
				// "PM meeting with President A: 27 February" over "met
				// today", published the next morning: the headline's day
				// stands against a day counted from publication.
				if !held[k].datePub && len(held[k].date) == 10 && d.relativeDay(*date) && dayGap(held[k].date, e.date) == 1 {
					held[k].confirmed = true
					context, contextSent = held[k].date, tr.sent
					contextPub = false
					continue
				}
				held[k].date, held[k].confirmed, held[k].datePub = e.date, true, false
				if d.pairSummit(held[k], e) {
					held[k].typ = e.typ // the body's word for the two's summit
				}
				context, contextSent = e.date, tr.sent
				contextPub = e.datePub
				continue
			}
			// "sent a letter to A and a congratulatory letter to B": a
			// message to each.
			if split := d.splitLetters(tr, e, from, to); split != nil {
				held = append(held, split...)
				continue
			}
			// "Mr Peters met President A, Secretary B and Senator C": a
			// visitor's calls on several hosts, one by one; "during his
			// meetings with A and B": the holder's with each.
			split := d.pluralContacts(tr, e, from, to, principals)
			if split == nil {
				split = d.splitCalls(tr, e, from, to, principals)
			}
			// "the Minister also held meetings with A, and B": the lead's
			// with each, not one of the two guests (sides35.go).
			if split == nil {
				split = d.guestsWithLead(tr, e, from, to, principals)
			}
			if split != nil {
				for _, c := range split {
					// Not again a contact reported before: "met Prime Minister
					// A. A and B separately hosted him".
					if !slices.ContainsFunc(held, func(h eng) bool {
						return sameClass(h.typ, c.typ) && h.date == c.date && len(h.persons) == 2 && subset(c.persons, h.persons)
					}) {
						held = append(held, c)
					}
				}
				// "A held several bilateral meetings. He met B, C and D":
				// the announcement, whose persons the next sentence reads
				// for it, is these meetings.
				held = slices.DeleteFunc(held, func(h eng) bool {
					return h.sent == tr.sent-1 && (d.bilateralsBefore(tr.sent, from) || d.separateBefore(tr.sent, from)) && d.heldInSentence(split, eng{sent: split[0].sent, typ: h.typ, persons: h.persons})
				})
				continue
			}
			// "held bilateral meetings with A, B and C on the sidelines of
			// the ministers' meeting": the gathering, whose persons the
			// sentence's contacts already hold one by one, is their venue.
			if e.guessed && d.heldInSentence(held, e) {
				// The sentence's date, said after the venue, is theirs.
				for k := range held {
					if held[k].sent == e.sent && held[k].datePub && !e.datePub && e.date != "" {
						held[k].date, held[k].datePub = e.date, false
					}
				}
				continue
			}
			held = append(held, e)
			held = append(held, d.tourVisits(e, stops, tourists)...)
			if !arrival && (len(e.date) == 10 || date != nil && date.prec == precWeek) {
				context, contextSent = e.date, tr.sent
				contextPub = e.datePub
			}
		}
	}
	held = d.dropOverviews(d.dropUndated(held))
	held = callsTold(held)
	held, refs = d.visitsAtHome(held, refs)
	held = append(held, d.listedContacts(held, principals)...)
	d.joinParticipants(held)
	d.pairSides(held)
	held = d.sideSigners(held) // "signed, on the EU side, by A and B, and, on the Kenyan side, by C and D" (sidesigners36b.go)
	d.principalsOnly(held, title, principals)
	held = slices.DeleteFunc(held, func(e eng) bool { return e.suite })
	held = d.airportGreetings(held)
	for k := range held {
		if held[k].typ == accord.Visit {
			d.visitHost(&held[k])
		}
	}
	d.courtesyCalls(held, h)
	d.receptions(held, h)
	held = d.splitGuests(held, h)
	// Leaders' spouses are no sides of their contacts abroad (sides35.go).
	held = d.consortsOut(held)
	held = append(held, d.rosterReceptions(held, principals)...)
	d.deputyCalls(held)
	// (A head of state receiving a vice president is a reception, as hand-made references of several annotators have it.)
	held, refs = d.lateLead(held, refs)
	// A fact sheet or joint statement published after the contact it is
	// about: "during last week's State Visit", "on October 29" in its lead,
	// with nothing held besides, is that contact, dated by the text.
	if len(held) == 0 {
		if k := d.lateReport(refs, invites); k >= 0 {
			e := refs[k]
			e.status = accord.StatusHeld
			if e.typ == accord.Visit && len(e.date) == 10 {
				e.date = e.date[:7] // its days are not given
			}
			held = append(held, e)
			var stops []eng
			stops, refs = lateStops(refs, k) // tour34.go
			held = append(held, stops...)
		}
	}
	held = d.splitListed(held, principals, title)
	if e, ok := d.jointAct(held); ok {
		held = append(held, e)
	}
	invites = append(invites, d.invitations(principals)...)
	// (The steps above may have dropped contacts: "Among those also present
	// at the meeting were A, B and C" left fewer than the headline gave.)
	nTitle = min(nTitle, len(held))
	// A headline that names a meeting the body announces for later ("Statement
	// on the Bilateral Meeting Between …", "… will host …") reports nothing held.
	// A "Readout of …" reports what was held, whatever the body announces.
	for k := 0; k < nTitle && !title.readout(); k++ {
		if held[k].confirmed {
			continue
		}
		for _, e := range invites {
			if class(e.typ) == class(held[k].typ) && overlap(e.persons, held[k].persons) {
				held = slices.Delete(held, k, k+1)
				k--
				nTitle--
				break
			}
		}
	}
	// A headline's call that the body reports as a meeting of the same
	// people on its day ("PM call with Prime Minister A" over "The Prime
	// Minister met Prime Minister A at Downing Street") gives way to the
	// body: one cannot both meet and phone.
	for k := 0; k < nTitle; k++ {
		if held[k].confirmed {
			continue
		}
		for _, e := range held[nTitle:] {
			if e.date == held[k].date && !e.guessed && remote(held[k].typ) && (e.typ == accord.Meeting || e.typ == accord.Reception) && len(e.persons) == len(held[k].persons) && subset(e.persons, held[k].persons) {
				held = slices.Delete(held, k, k+1)
				k--
				nTitle--
				break
			}
		}
	}
	// A headline's meeting that the body reports as a video or phone call
	// of the same people on its day ("Readout of the President's Meeting
	// with A" over "met virtually today with A") is that call: the body
	// says how they met. (A headline that names fewer of them, "Meeting
	// with French, German, and UK Counterparts" read as one of the three,
	// names the same call.)
	for k := 0; k < nTitle; k++ {
		if class(held[k].typ) != "talks" {
			continue
		}
		if slices.ContainsFunc(held[nTitle:], func(e eng) bool {
			return e.date == held[k].date && !e.guessed && remoteType(e.typ) && d.sidesWithin(held[k], e)
		}) {
			held = slices.Delete(held, k, k+1)
			k--
			nTitle--
		}
	}
	// A headline's meeting the body reports as a summit of the same day
	// that its persons attend ("Meeting with Indo-Pacific Leaders" over
	// "convened leaders … the leaders meeting") is that summit.
	for k := 0; k < nTitle; k++ {
		if class(held[k].typ) != "talks" || len(held[k].persons) == 0 || len(held[k].persons) >= 2 && held[k].confirmed {
			continue
		}
		if slices.ContainsFunc(held[nTitle:], func(e eng) bool {
			// (Not two leaders' bilateral meeting beside their group's
			// summit with its other members: "Meeting with Prime Minister
			// A" and "the Quad Leaders' Summit held today".)
			return e.typ == accord.Summit && e.date == held[k].date && subset(held[k].persons, e.persons) && !(len(held[k].persons) == 2 && len(e.codes) > 0)
		}) {
			held = slices.Delete(held, k, k+1)
			k--
			nTitle--
		}
	}
	// A meeting of three countries or more under a headline that names a
	// summit ("Fact Sheet: Pacific Leaders' Summit" over "hosted A, B and
	// C at the White House") is that summit.
	if slices.Contains(titleTypes, accord.Summit) {
		for k := range held {
			if class(held[k].typ) == "talks" && len(d.countriesOf(held[k])) >= 3 && (held[k].fromTitle || d.namesSummit(held[k].sent)) {
				held[k].typ = accord.Summit
			}
		}
	}
	// "Statement on the Bilateral Meeting Between A and B" over "A will
	// host B for a bilateral meeting on Thursday": the headline's contact,
	// dated only by publication, is the one the body dates ahead of it.
	for k := 0; k < len(held); k++ {
		h := held[k]
		if !h.fromTitle || !h.datePub || len(h.persons) < 2 {
			continue
		}
		pub := d.pub.Format("2006-01-02")
		if slices.ContainsFunc(invites, func(e eng) bool {
			// (The body's first sentence of the persons: not a later
			// meeting it looks forward to after the one the headline names.)
			return e.sent == h.sent && class(e.typ) == class(h.typ) && subset(h.persons, e.persons) && e.date != "" && e.date > pub[:len(e.date)]
		}) &&
			!slices.ContainsFunc(held, func(e eng) bool { return !e.fromTitle && class(e.typ) == class(h.typ) && subset(h.persons, e.persons) }) {
			held = slices.Delete(held, k, k+1)
			k--
		}
	}
	held = d.recalledHeadline(held, refs)
	// Contacts ahead dated on the publication day are held (programme.go).
	held = d.listedCounterpart(held)
	d.carriedMessages(held)
	held, invites = d.sameDayContacts(held, invites)
	// A contact between countries read from the headline gives way to the
	// body's report of a contact of its kind, which names the people.
	if len(held) > 1 && held[0].fromTitle && held[0].codes != nil && len(held[0].persons) == 0 {
		for _, e := range held[1:] {
			if class(e.typ) == class(held[0].typ) {
				held = held[1:]
				break
			}
		}
	}
	d.sidesNamedElsewhere(held)
	held = gatheringTakenUp(held)
	d.bylineSide(held, h)
	if question >= 0 {
		held = d.withoutQuestioner(held, question, answeredBy)
	}
	return held, refs, invites
}

// gatheringTakenUp drops a meeting of three sides or more whose persons
// all attend a summit held the same day: "the Quad Leaders' Meeting" the
// text calls a summit in one sentence and takes up as "the meeting" in
// the next is one gathering.
func gatheringTakenUp(held []eng) []eng {
	return slices.DeleteFunc(held, func(e eng) bool {
		if class(e.typ) != "talks" || len(e.persons) < 3 || e.status != accord.StatusHeld {
			return false
		}
		return slices.ContainsFunc(held, func(s eng) bool {
			return s.typ == accord.Summit && s.status == accord.StatusHeld && s.date == e.date && subset(e.persons, s.persons)
		})
	})
}

// sidesWithin reports whether contact a has two sides or more, all of them
// sides of contact b: its persons b's, its countries those of b's persons.
func (d *doc) sidesWithin(a, b eng) bool {
	if len(a.persons)+len(a.codes) < 2 || !subset(a.persons, b.persons) {
		return false
	}
	for _, c := range a.codes {
		if !slices.ContainsFunc(b.persons, func(p int) bool { return d.persons[p].country == c }) {
			return false
		}
	}
	return true
}

// sidesNamedElsewhere names a side that a contact gives only as a country
// ("press conference with Secretary A" on the site of a ministry whose
// minister the headline leaves unnamed) by the one person of that country
// who takes part, beside the same others, in another contact the text
// reports held on the same day ("Minister B and I had discussions"): one
// occasion's sides are the same people.
func (d *doc) sidesNamedElsewhere(held []eng) {
	for k := range held {
		e := &held[k]
		if len(e.codes) == 0 || len(e.persons) == 0 || len(e.date) != 10 || e.status != accord.StatusHeld {
			continue
		}
		for _, c := range slices.Clone(e.codes) {
			o, one := -1, true
			for j, f := range held {
				if j == k || f.date != e.date || f.status != accord.StatusHeld || len(f.codes) > 0 || !subset(e.persons, f.persons) {
					continue
				}
				for _, p := range f.persons {
					if !slices.Contains(e.persons, p) && d.persons[p].country == c {
						one = one && (o < 0 || o == p)
						o = p
					}
				}
			}
			if o >= 0 && one {
				e.persons = append(e.persons, o)
				e.codes = slices.DeleteFunc(e.codes, func(x string) bool { return x == c })
			}
		}
		if len(e.codes) == 0 {
			e.codes = nil
		}
	}
}

// latePress adds the press conference a headline names ("Transcript -
// Joint press conference") over labelled turns whose speakers' countries
// only the whole text gave (the label's "Acting President of the Republic
// of Chile"): the speaker and the guest welcomed, as speakerAndGuest reads
// them once the countries are known.
func (d *doc) latePress(title *doc, held []eng, dateline accord.PlaceRef, h home) []eng {
	if title == nil || len(title.persons) > 0 || d.pub.IsZero() || !slices.Contains(title.titleCues(), accord.PressConference) {
		return held
	}
	if slices.ContainsFunc(held, func(e eng) bool { return e.typ == accord.PressConference }) {
		return held
	}
	principals := d.principals(title)
	ps := d.speakerAndGuest(principals, title.jointPress())
	var codes []string
	if ps == nil {
		// "Press conference – Queenstown" on a government's site, opened by
		// another country's leader: the guest and the publishing
		// government, by its leader if the text names them.
		g := d.firstForeignSpeaker(h)
		if g < 0 {
			return held
		}
		if lead := d.homeLead(h, g, principals); lead >= 0 {
			ps = []int{lead, g}
		} else {
			ps, codes = []int{g}, []string{h.country}
		}
	}
	return append(held, eng{typ: accord.PressConference, date: d.pub.Format("2006-01-02"), datePub: true, status: accord.StatusHeld,
		persons: ps, codes: codes, sent: d.firstSentenceWith(ps), fromTitle: true, place: dateline})
}

// announcedNow reports whether the future cue at toks[k] is a first
// person's "will now" ("We will now have a joint press conference with
// A and B"): the occasion a transcript's host opens, under way.
func (d *doc) announcedNow(k, from int) bool {
	return k > from && k+1 < len(d.toks) && d.lx.immediate[d.toks[k+1].fold] && d.lx.firstPerson[d.toks[k-1].text]
}

// possessorStart returns where the possessor of the contact noun at
// toks[i] starts ("Prime Minister A's visit"), or i when none.
func (d *doc) possessorStart(i, from int) int {
	// "A's historic visit": a word or two of praise may stand between.
	o := i - 1
	for n := 0; n < 2 && o > from && d.toks[o].word && !d.toks[o].cap && d.toks[o].fold != "'s"; n++ {
		o--
	}
	if d.toks[o].fold != "'s" {
		o = i - 1
	}
	if o <= from || d.toks[o].fold != "'s" {
		return i
	}
	for _, m := range d.mentions {
		if m.j == o && m.i >= from {
			return m.i
		}
	}
	return i
}

// firstForeignSpeaker returns the first labelled speaker of a
// government's transcript when of another country than the government's;
// -1 otherwise.
func (d *doc) firstForeignSpeaker(h home) int {
	if !h.government || h.country == "" {
		return -1
	}
	for _, m := range d.mentions {
		if m.person < 0 || !d.speakerLabel(m) {
			continue
		}
		if c := d.persons[m.person].country; c != "" && c != h.country {
			return m.person
		}
		return -1
	}
	return -1
}

// sharedCountries counts the countries a and b share.
func sharedCountries(a, b []string) int {
	n := 0
	for _, c := range a {
		if slices.Contains(b, c) {
			n++
		}
	}
	return n
}

// talksBeforePress returns the meeting a joint press conference of two
// countries or more closes, when its transcript (the headline's press
// conference) names no contact of theirs that day: by protocol the sides
// speak to the press after their talks, so a transcript that only thanks
// the guest still reports the meeting. A news report that quotes the
// press conference reports only what it says.
func (d *doc) talksBeforePress(held []eng, title *doc) []eng {
	titled := title != nil && slices.Contains(title.titleCues(), accord.PressConference)
	var out []eng
	for _, e := range held {
		sides := d.countriesOf(e)
		if e.typ != accord.PressConference || !e.fromTitle && !titled || e.status != accord.StatusHeld || len(e.date) != 10 || len(sides) < 2 {
			continue
		}
		if slices.ContainsFunc(held, func(o eng) bool {
			return o.date == e.date && (class(o.typ) == "talks" || o.typ == accord.Summit || remoteType(o.typ)) && (overlap(o.persons, e.persons) || sharedCountries(d.countriesOf(o), sides) >= 2)
		}) {
			continue
		}
		m := e
		m.typ = accord.Meeting
		m.persons, m.codes = slices.Clone(e.persons), slices.Clone(e.codes)
		out = append(out, m)
	}
	return out
}

// surnameIn returns the one person of the body, other than skip, whose
// name of two words or more ends in a capitalised word of the headline
// that no person's mention there covers; -1 if none or two.
func (d *doc) surnameIn(title *doc, skip int) int {
	found := -1
	for i, t := range title.toks {
		if !t.word || !t.cap || t.upper || title.at[i] != 0 || slices.ContainsFunc(title.mentions, func(m *pmention) bool { return i >= m.i && i < m.j }) {
			continue
		}
		f := accord.Fold(t.text)
		for pi, q := range d.persons {
			if pi == skip || len(q.core) < 2 || q.core[len(q.core)-1] != f {
				continue
			}
			if found >= 0 && found != pi {
				return -1
			}
			found = pi
		}
	}
	return found
}

// titleEngagements are the contacts a headline names, dated by publication
// until the body dates them: "Remarks … at the Joint Press Conference with
// … following the EU–Korea Summit" names a press conference and a summit.
func (d *doc) titleEngagements(title *doc, types []accord.EngagementType, dateline accord.PlaceRef, principals []int, h home) []eng {
	if len(types) == 0 || d.pub.IsZero() {
		return nil
	}
	var ps []int
	// "Briefing by A following a telephone conversation between B and C":
	// the sides are those named after "between"; A reports.
	between := -1
	for k, t := range title.toks {
		if t.fold == "between" && title.namedWithin(t.sent, k+1, k+6) {
			between = k
			break
		}
	}
	for _, m := range title.mentions {
		if between >= 0 && m.j <= between {
			continue
		}
		// "… for the State Funeral of Former Prime Minister A": no side.
		if m.person >= 0 && !m.former {
			if pi := d.personLike(title.persons[m.person]); pi >= 0 {
				ps = appendInt(ps, pi)
			}
		}
	}
	// "Readout from NSC Spokesperson A on Adviser B leading a meeting": who
	// reports is no party when the headline names others.
	if len(ps) > 1 {
		var parties []int
		for _, p := range ps {
			if !d.reporter(p) {
				parties = append(parties, p)
			}
		}
		if len(parties) > 0 {
			ps = parties
		}
	}
	// "Tokayev holds telephone conversation with President A": an agency
	// headline names its subject by family name alone, which no title
	// marks as a person; the body's person of that family name.
	if len(ps) == 1 {
		if p := d.surnameIn(title, ps[0]); p >= 0 {
			ps = []int{p, ps[0]}
		} else if more := d.headlineSurnames(title, ps, 2); len(more) > 0 {
			ps = append(more, ps...) // by the office table (head36.go)
		}
	} else if len(ps) == 0 {
		// "A, B hold joint press conference": both by family name alone
		// (head36.go).
		ps = d.headlineSurnames(title, nil, 2)
	}
	// "State Visit of President A to India (January 25-26, 2019)" over a
	// release of the 22nd: the headline's contacts are ahead, not held.
	for _, de := range d.lx.dates(title.toks, 0, len(title.toks), d.pub) {
		if de.prec == precDay && de.first(title.toks).After(d.pub) {
			return nil
		}
	}
	guest := d.remarksGuest(title, h)
	date, datePub := d.pub.Format("2006-01-02"), true
	// "PM call with President X: 12 March 2024": the headline dates it.
	// A range of days ("April 21-22") dates a visit, not one contact.
	if ds := d.lx.dates(title.toks, 0, len(title.toks), d.pub); len(ds) == 1 && ds[0].prec == precDay && !ds[0].rng && !ds[0].t.After(d.pub) {
		date, datePub = ds[0].format(), false
	}
	var out []eng
	for _, t := range types {
		// "Visit of Minister A to the USA to attend the 78th UN General
		// Assembly": a trip to a gathering, not a visit of the country.
		if t == accord.Visit && title.attendsIn() {
			continue
		}
		// "A holds bilateral talks with leaders from B, C and five other
		// countries": one contact with each, which the body tells.
		if class(t) == "talks" && title.bilateralsWithMany() {
			continue
		}
		e := eng{typ: t, date: date, status: accord.StatusHeld, fromTitle: true, datePub: datePub}
		if t == accord.Visit {
			e.date, e.day = date[:7], date // a visit is of its month, as the body's are
			if !datePub && dayBegun(date, d.pub) {
				e.visitDay = date // "Visit of A to C, 7 February 2024"
			}
		}
		switch {
		case len(ps) >= 2:
			e.persons, e.sent = ps, d.firstSentenceWith(ps)
			// "Joint Press Conference with A, B and C" over the turns of
			// the host, who speaks first: the host too.
			if host := d.hostSpeaker(title, ps); host >= 0 {
				e.persons = append([]int{host}, ps...)
			}
		case len(ps) == 1 && d.homeSpeaker(h, ps[0]) >= 0:
			// "Beginning of the Meeting with President A" on a government's
			// site, over a transcript its leader speaks in: A and the leader.
			e.persons = []int{d.homeSpeaker(h, ps[0]), ps[0]}
			e.sent = d.firstSentenceWith(e.persons)
		case len(ps) == 1 && t != accord.Visit && d.homeLead(h, ps[0], principals) >= 0:
			// "Telephone conversation with Federal Chancellor A" on a
			// government's site, over a body that names its own leader:
			// that leader and A.
			e.persons = []int{d.homeLead(h, ps[0], principals), ps[0]}
			e.sent = d.firstSentenceWith(e.persons)
		case len(ps) == 1 && t != accord.Visit && d.otherSpeaker(ps[0]) >= 0:
			// "Remarks Prior to a Meeting With President A" over the turns
			// of A and the President.
			e.persons = []int{d.otherSpeaker(ps[0]), ps[0]}
			e.sent = d.firstSentenceWith(e.persons)
		case len(ps) == 1 && t != accord.Visit && title.homeOfficeOnly(h) && d.persons[ps[0]].country != h.country:
			// "PM call with President A" on the Prime Minister's own site
			// in a year the table cannot tell who held the office: the
			// country and A.
			e.persons, e.codes, e.sent = ps, []string{h.country}, d.firstSentenceWith(ps)
		case len(ps) == 1 && d.persons[ps[0]].country != "" && title.namesPerson(d.persons[ps[0]].name) && len(title.otherSides(d.persons[ps[0]].country)) == 1:
			// "President A: Joint press conference, South Africa-European
			// Union Summit": A and the other side the headline names.
			e.persons, e.codes, e.sent = ps, title.otherSides(d.persons[ps[0]].country), d.firstSentenceWith(ps)
			if o := d.onlyPersonOf(e.codes[0], principals); o >= 0 {
				e.persons, e.codes = []int{ps[0], o}, nil // the other side's leader the body names
			}
		case len(ps) == 1 && t != accord.Visit && h.government && h.country != "" && d.persons[ps[0]].country != "" && d.persons[ps[0]].country != h.country && title.hasWord("with"):
			// "Opening remarks at joint press conference with Prime
			// Minister A" on a government's site: its own side, unnamed,
			// and A; by its one leader the transcript names, if any
			// (label33.go).
			e.persons, e.codes, e.sent = ps, []string{h.country}, d.firstSentenceWith(ps)
			if lead := d.homeLeaderNamed(h, ps[0]); lead >= 0 {
				e.persons, e.codes = []int{lead, ps[0]}, nil
			}
		case len(ps) == 1 && t == accord.Visit && h.government && h.country != "" && d.persons[ps[0]].country != "" && d.persons[ps[0]].country != h.country:
			// "Official Visit of Prime Minister A, 4 to 5 September" on the
			// host government's site: A and the host, by the leader the
			// body names if one.
			e.persons, e.codes, e.sent = ps, []string{h.country}, d.firstSentenceWith(ps)
			if o := d.onlyPersonOf(h.country, principals); o >= 0 {
				e.persons, e.codes = []int{ps[0], o}, nil
			}
		case len(ps) == 1 && len(title.namedCountries()) == 1 && !(t == accord.Reception && title.ownCountryNamed(title.namedCountries()[0])):
			// "Statement by President A following the EU–Korea summit": A and
			// the side the headline names without its person.
			e.persons, e.codes, e.sent = ps, title.namedCountries(), d.firstSentenceWith(ps)
			// "Press Statement by Prime Minister during the State Visit of
			// President of A" over remarks to President B, "Media Statement
			// by A during his visit to B": the other side by the one person
			// the body names for it.
			if o := d.onlyPersonOf(e.codes[0], principals); o >= 0 && o != ps[0] && (title.duringGuestVisit() || title.duringVisit("to")) {
				e.persons, e.codes = []int{ps[0], o}, nil
			} else if c := e.codes[0]; d.persons[ps[0]].country != c && d.onlyPersonOf(c, principals) < 0 {
				// "PM meeting with the President of Ghana" over a body
				// that names no one of Ghana: its holder of the day
				// (titleofthe34.go).
				if o := d.headlineOfficeHolder(title, c); o >= 0 && o != ps[0] {
					e.persons, e.codes = []int{ps[0], o}, nil
				}
			}
		case len(ps) == 0 && len(d.sidesOf(title.pairNamed(), principals)) == 2:
			// "Japan-Australia Joint Press Announcement", "Press statements
			// following Russian-Indian talks": each country's leader the
			// body names.
			e.persons = d.sidesOf(title.pairNamed(), principals)
			e.sent = d.firstSentenceWith(e.persons)
		case t == accord.PressConference && (len(ps) == 0 || len(ps) == 1 && d.persons[ps[0]].country == h.country) && h.government && h.country != "" && len(title.pairNamed()) == 2 && slices.Contains(title.pairNamed(), h.country) && d.otherLeader(title.pairNamed(), h.country, principals) >= 0:
			// "Press Statement by PM during the India – USA Joint Press
			// Conference" on India's site, over a body that names only the
			// guest: the guest, and the home side by the leader the body
			// names, or the headline's own, else the country.
			o := d.otherLeader(title.pairNamed(), h.country, principals)
			switch lead := d.homeLead(h, o, principals); {
			case lead >= 0:
				e.persons = []int{lead, o}
			case len(ps) == 1:
				e.persons = []int{ps[0], o}
			default:
				e.persons, e.codes = []int{o}, []string{h.country}
			}
			e.sent = d.firstSentenceWith([]int{o})
		case len(ps) == 0 && t != accord.Visit && t != accord.Summit && h.government && h.country != "" && len(title.namedCountries()) == 1 && title.namedCountries()[0] != h.country && title.officeOf(title.namedCountries()[0]):
			// "Meeting with President of Brazil" on a government's own site:
			// its side, by the leader the body names, and the other country
			// by the person the body names for it, else as a country.
			other := title.namedCountries()[0]
			if o := d.onlyPersonOf(other, principals); o >= 0 {
				e.persons = []int{o}
			} else if o := d.headlineOfficeHolder(title, other); o >= 0 {
				e.persons = []int{o} // the holder of the day (titleofthe34.go)
			} else {
				e.codes = []string{other}
			}
			// Not one only present ("On the Russian side, the meeting was
			// attended by A"): the transcript's speaker of the home side.
			lead := d.onlyPersonOf(h.country, d.present(principals))
			// Not one the speech only greets ("May I greet you: …; B, our
			// High Commissioner"): the speaker's country (greet32.go).
			if lead >= 0 && d.addressedOnly(lead) {
				lead = -1
			}
			if lead < 0 && len(d.present(principals)) < len(principals) {
				lead = d.hostSpeakerOf(h.country)
			}
			// The speaker of an office-only label on the leader's site
			// (label32.go).
			if lead < 0 && d.labelLeader > 0 {
				lead = d.labelLeader - 1
			}
			if lead >= 0 {
				e.persons = append([]int{lead}, e.persons...)
			} else {
				e.codes = append(e.codes, h.country)
			}
			e.sent = 0
		case len(ps) == 0 && t == accord.Signing && title.signingPair() != nil:
			// "Chile and Peru sign trade agreement", "EU and Philippines
			// sign …": the two sides the headline names sign.
			codes := title.signingPair()
			e.codes, e.sent = codes, d.firstSentenceWithCountries(codes)
		case len(ps) == 0 && title.countryPair() != nil && title.countryCue():
			// Governments in dialogue, no person named: "Joint Statement:
			// U.S.-Mexico High-Level Security Dialogue". The countries
			// take part; the body's own report of it, if any, wins below.
			codes := title.countryPair()
			e.codes, e.sent = codes, d.firstSentenceWithCountries(codes)
		case len(ps) == 0 && t != accord.Visit && t != accord.Summit && d.noSides(title.pairNamed(), principals):
			// "Opening remarks - Australia-Japan Bilateral Meeting" over a
			// body that names no person of either side: the countries.
			e.codes = title.pairNamed()
			e.sent = d.firstSentenceWithCountries(e.codes)
		case len(ps) == 0 && t != accord.Visit && t != accord.Summit && d.homeSideOnly(title.pairNamed(), principals, h) >= 0:
			// The same over a transcript whose only person is the home
			// speaker of an office label (label32.go): that speaker, and
			// the other country.
			pair := title.pairNamed()
			e.persons = []int{d.homeSideOnly(pair, principals, h)}
			e.codes = []string{pair[0]}
			if pair[0] == h.country {
				e.codes = []string{pair[1]}
			}
			e.sent = d.firstSentenceWithCountries(pair)
		case len(ps) == 0 && t == accord.Summit && len(title.regionIn(0)) >= 3:
			// "FACT SHEET: The 2024 G7 Summit in Apulia": the group's
			// summit, its members; a member's leader the body names
			// stands for that member.
			codes := title.regionIn(0)
			for _, c := range codes {
				if p := d.onlyPersonOf(c, principals); p >= 0 {
					e.persons = append(e.persons, p)
				}
			}
			e.codes, e.sent = codes, d.firstSentenceWithCountries(codes)
		case len(ps) == 0 && t == accord.PressConference && d.speakerAndGuest(principals, title.jointPress()) != nil:
			// "Press Statements – Sydney": the speaker and the guest.
			e.persons = d.speakerAndGuest(principals, title.jointPress())
			e.sent = d.firstSentenceWith(e.persons)
		case len(ps) == 0 && t == accord.PressConference && d.openingGuest(h) >= 0:
			// "Joint press conference – Canberra" over a transcript without
			// labels whose speaker opens by welcoming Prime Minister A: the
			// publishing government, by its leader if the body names them,
			// and A.
			g := d.openingGuest(h)
			if lead := d.homeLead(h, g, principals); lead >= 0 {
				e.persons = []int{lead, g}
			} else {
				e.persons, e.codes = []int{g}, []string{h.country}
			}
			e.sent = d.firstSentenceWith([]int{g})
		case len(ps) <= 1 && (t == accord.PressConference || t == accord.Visit || t == accord.Reception) && guest != "" && (len(ps) == 0 || d.persons[ps[0]].country == h.country):
			// "PM's remarks at State Visit press conference" over remarks
			// to "Mr President" that name one other country: the two
			// governments (the site's by the leader the headline's office
			// names).
			g := d.guestEngagement(t, guest, h, date, dateline)
			g.occasion = t == accord.Reception && (title.mealNamed() || title.welcomeHonoursNamed())
			if len(ps) == 1 {
				g.persons, g.codes = ps, []string{guest}
			} else if p := d.homeLabelSpeaker(h); p >= 0 {
				// The site's side by its labelled speaker (press34.go).
				g.persons, g.codes = []int{p}, []string{guest}
			}
			out = append(out, g)
			continue
		case len(ps) <= 1 && t != accord.Visit && title.counterpartOf() != "" && d.counterparts(title.counterpartOf(), principals) != nil && (len(ps) == 0 || ps[0] == d.counterparts(title.counterpartOf(), principals)[0]):
			// "PM holds talks with Japanese counterpart" over a body that
			// names the two prime ministers: the lead and the one of the
			// counterpart's country.
			e.persons = d.counterparts(title.counterpartOf(), principals)
			e.sent = d.firstSentenceWith(e.persons)
		default:
			continue
		}
		if t != accord.PhoneCall && t != accord.VideoCall {
			e.place = dateline
		}
		// "Official Visit with State Dinner": the meal is an occasion
		// beside the day's talks, not their name.
		e.occasion = t == accord.Reception && (title.mealNamed() || title.welcomeHonoursNamed())
		// "A's Meetings with B and C": one with each (titleplural35.go).
		if each := d.titleMeetingsEach(title, e); each != nil {
			out = append(out, each...)
			continue
		}
		out = append(out, e)
	}
	return out
}

// counterpartOf returns the country of a headline's one "Japanese
// counterpart" (a demonym before "counterpart"), "" when it names none or
// names others beside ("Meeting with Quad and Ukrainian Counterparts").
func (d *doc) counterpartOf() string {
	for _, o := range d.others {
		if o.kind == accord.Country && o.demonym && o.j < len(d.toks) && d.toks[o.j].fold == "counterpart" && (o.i == 0 || d.toks[o.i-1].fold != "and") && len(d.namedCountries()) == 0 {
			return o.key
		}
	}
	return ""
}

// counterparts returns the lead principal and the one principal of country
// c, of another country than the lead's, or nil.
func (d *doc) counterparts(c string, principals []int) []int {
	if len(principals) == 0 || d.persons[principals[0]].country == c || d.persons[principals[0]].country == "" {
		return nil
	}
	if o := d.onlyPersonOf(c, principals); o >= 0 {
		return []int{principals[0], o}
	}
	// Others of that country named too ("greetings to Emperor A and
	// Prime Minister B"): the one the body calls the counterpart.
	o := -1
	for _, p := range principals {
		if d.persons[p].country == c && d.calledCounterpart(p) {
			if o >= 0 {
				return nil
			}
			o = p
		}
	}
	if o >= 0 {
		return []int{principals[0], o}
	}
	return nil
}

// withoutReporters takes out of each contact the spokespersons and press
// secretaries who report it ("Readout from NSC Spokesperson A on Adviser B
// Leading a Virtual Meeting of the US-Israel Group"), unless that would
// leave one party: a foreign spokesperson met is the counterpart.
func (d *doc) withoutReporters(held []eng) []eng {
	out := held[:0]
	for _, e := range held {
		ps := slices.DeleteFunc(slices.Clone(e.persons), func(p int) bool { return d.reporter(p) || d.noParty(p) })
		if len(ps) == len(e.persons) {
			out = append(out, e)
			continue
		}
		if len(ps)+len(e.codes) < 2 && (slices.ContainsFunc(e.persons, d.noParty) || d.brieferOnly(e)) {
			// The briefer or a forebear read as a visit's host: the host is
			// the one the visitor met, else the country visited; read as
			// any other side, there is no contact.
			if e.typ != accord.Visit || len(ps) != 1 {
				continue
			}
			if h := d.metBy(held, ps[0]); h >= 0 {
				e.persons = append(ps, h)
				out = append(out, e)
			} else if c := e.place.Country; c != "" && d.persons[ps[0]].country != c {
				e.persons, e.codes = ps, []string{c}
				out = append(out, e)
			}
			continue
		}
		if len(ps)+len(e.codes) < 2 {
			// "meeting with Dr A, Spokesperson and Chief Advisor to the
			// President": the counterpart; but a spokesperson of the one
			// party's own government reports its contact with someone the
			// text does not make a party ("Readout by Spokesperson A of
			// Adviser B's call with activist C"): no contact of two sides.
			if len(ps) == 1 && len(e.codes) == 0 && d.ownReporter(e.persons, ps[0]) {
				continue
			}
			out = append(out, e)
			continue
		}
		e.persons = ps
		out = append(out, e)
	}
	return out
}

// ownReporter reports whether every reporter among persons (all but
// party) acts for party's country: one the text or the office table gives
// a country by its country (on a government's own site an official of no
// stated country is the government's), one of no country at all when they
// give an account rather than meet anyone: named only by the headline
// ("Readout by NSC Spokesperson A of Adviser B's meeting with …") or the
// subject of a reporting verb ("ministry spokesman A said"). A foreign
// spokesperson met is named as met ("met with Dr A, Spokesperson …").
func (d *doc) ownReporter(persons []int, party int) bool {
	c := d.persons[party].country
	if c == "" {
		c = d.ownCountry
	}
	for _, p := range persons {
		if p == party {
			continue
		}
		if rc := d.persons[p].country; rc != "" {
			if rc != c {
				return false
			}
			continue
		}
		if !d.givesAccount(p) {
			return false
		}
	}
	return true
}

// givesAccount reports whether person p is, in the body, only ever the
// subject of a reporting verb right after the name ("A said"), or is not
// named in the body at all.
func (d *doc) givesAccount(p int) bool {
	for _, m := range d.mentions {
		if m.person != p {
			continue
		}
		if m.j >= len(d.toks) || d.toks[m.j].sent != m.sent || !d.lx.reporting[d.toks[m.j].fold] {
			return false
		}
	}
	return true
}

// noParty reports whether person p is named in a way that makes them no
// party to the text's contacts: the one who gives a briefing on them, or
// a forebear ("A, the President's ancestor").
func (d *doc) noParty(p int) bool { return d.briefer(p) || d.ancestor(p) }

// ancestor reports whether the text calls person p someone's forebear:
// "James A, the President's ancestor", "his ancestor James A".
func (d *doc) ancestor(p int) bool {
	for _, m := range d.mentions {
		if m.person != p {
			continue
		}
		for k := max(m.i-3, 0); k < m.i; k++ {
			if d.toks[k].sent == m.sent && d.lx.ancestorWords[d.toks[k].fold] {
				return true
			}
		}
		// "A, the President's ancestor": the apposition may be read as the
		// mention's title, the forebear word right after its possessive.
		if k := m.j; k+1 < len(d.toks) && possessive(d.toks[k]) && d.lx.ancestorWords[d.toks[k+1].fold] {
			return true
		}
		if m.j >= len(d.toks) || d.toks[m.j].text != "," {
			continue
		}
		for k := m.j + 1; k < len(d.toks) && k <= m.j+5 && d.toks[k].sent == m.sent; k++ {
			if d.lx.ancestorWords[d.toks[k].fold] {
				return true
			}
			if d.toks[k].text == "," {
				break
			}
		}
	}
	return false
}

// metBy returns the person of another country that person p meets in a
// contact held other than a visit, or -1.
func (d *doc) metBy(held []eng, p int) int {
	c := d.persons[p].country
	for _, e := range held {
		if e.typ == accord.Visit || !slices.Contains(e.persons, p) {
			continue
		}
		for _, q := range e.persons {
			if qc := d.persons[q].country; q != p && qc != "" && qc != c && !d.briefer(q) {
				return q
			}
		}
	}
	return -1
}

// briefer reports whether the text names person p as the one a briefing
// is given by: "this special briefing by Secretary East A on the visit of
// B". Who briefs on contacts is no party to them.
func (d *doc) briefer(p int) bool {
	for _, m := range d.mentions {
		if m.person != p {
			continue
		}
		k := m.i - 1
		// An office the titles do not know: "by Secretary East, A".
		for n := 0; n < 4 && k >= 0 && (d.toks[k].cap && d.toks[k].word || d.toks[k].text == ","); n++ {
			k--
		}
		if k >= 1 && d.toks[k].fold == "by" && d.toks[k-1].sent == m.sent && d.lx.briefingNouns[d.toks[k-1].fold] && !d.jointBriefers(m) {
			return true
		}
	}
	return false
}

// reporter reports whether person p holds only offices of those who
// report contacts (a spokesperson, a press secretary).
func (d *doc) reporter(p int) bool {
	if d.labelBriefer(p) {
		return true // spox33.go
	}
	if len(d.persons[p].titles) == 0 {
		return false
	}
	for _, t := range d.persons[p].titles {
		if !d.lx.reporterOffices.holdsFold(d.lx.k.Titles.Titles[t].Office) {
			return false
		}
	}
	return true
}

// titleMatch finds the headline's contact, not yet confirmed, that a body
// report of e's kind and persons dates.
func (d *doc) titleMatch(title []eng, e eng) int {
	for k, h := range title {
		// A contact an anaphor confirmed ("Following the phone call, …")
		// is still dated by publication: the same persons date it.
		again := h.confirmed && h.datePub && len(h.persons) == len(e.persons) && subset(e.persons, h.persons)
		// (Not a contact with another side than the headline's: "arrives
		// for meeting with President A" over "met with Secretary-General B
		// the same day".)
		if (!h.confirmed || again) && (class(h.typ) == class(e.typ) || d.pairSummit(h, e)) && overlap(h.persons, e.persons) && !d.otherNamedPair(h, e) {
			return k
		}
	}
	return -1
}

// pairSummit reports whether a headline's summit of two leaders ("A, B
// hold summit in Vladivostok") is the body's talks of those two ("held
// summit talks on Sept. 6"): a summit of two sides is their talks.
func (d *doc) pairSummit(h, e eng) bool {
	return h.typ == accord.Summit && class(e.typ) == "talks" && len(h.persons) == 2 && len(e.persons) == 2 && subset(e.persons, h.persons) && len(d.twoCountries(h.persons)) == 2
}

// recent reports whether a date (YYYY-MM-DD or YYYY-MM) falls within the
// month before publication: the contact a late readout reports, not one
// it recalls.
func (d *doc) recent(date string) bool {
	if d.pub.IsZero() || date == "" {
		return false
	}
	if len(date) == 7 {
		date += "-01"
		t := parseDay(date)
		return !t.IsZero() && !t.After(d.pub) && t.AddDate(0, 1, 0).After(d.pub.AddDate(0, 0, -31))
	}
	t := parseDay(date)
	return !t.IsZero() && !t.After(d.pub) && !t.Before(d.pub.AddDate(0, 0, -31))
}

// titleAny finds the headline's in-person contact of e's day and persons.
func (d *doc) titleAny(title []eng, e eng) int {
	for k, h := range title {
		if h.date == e.date && overlap(h.persons, e.persons) && h.typ != accord.PhoneCall && h.typ != accord.VideoCall && h.typ != accord.Message {
			return k
		}
	}
	return -1
}

// summits decides what a "summit" of the body is: the occasion of the
// meeting it follows ("met in Seoul for the 10th EU–Korea Summit" is the
// summit), the venue of another contact ("met on the margins of the G20
// Summit" is a meeting), a time mark ("ahead of the summit"), or, alone, a
// summit the sentence reports held or the headline names.
func (d *doc) summits(trs []trigger, inTitle bool) []trigger {
	lx := d.lx
	out := trs[:0:0]
	for n, tr := range trs {
		// "held a summit with": explicit; only a bare "summit" needs reading.
		if tr.typ != accord.Summit || strings.HasPrefix(tr.form, "held ") {
			out = append(out, tr)
			continue
		}
		from, to := d.sentToks(tr.sent)
		// "held the 30th Japan-EU Summit with A": a named summit the
		// subject held is as explicit as "held a summit with".
		if tr.form == "summit" && (d.heldNamedSummit(tr, from) || d.heldOwnSummit(tr, from) || d.coChairedSummit(tr, from)) {
			out = append(out, tr)
			continue
		}
		var others []int
		for m := range trs {
			if m != n && trs[m].sent == tr.sent && trs[m].typ != accord.Summit {
				others = append(others, m)
			}
		}
		// "held a Summit Meeting with B during his visit to Seoul for the
		// Trilateral Summit", "A, who is visiting Apulia to attend the G7
		// Summit, held talks with B": the gathering the trip is for, not a
		// contact the sentence reports.
		if len(others) > 0 && d.tripPurpose(tr, from) {
			continue
		}
		venue := false
		for k := tr.i - 1; k >= from && k >= tr.i-8; k-- {
			venue = venue || lx.summitVenue[d.toks[k].fold] || lx.is(&d.toks[k], fFuture) && d.toks[k].fold != "to"
			// "met A in advance of the G7 Summit": a time mark, as "ahead of".
			venue = venue || d.toks[k].fold == "advance" && k > from && d.toks[k-1].fold == "in" && d.toks[k+1].fold == "of"
		}
		if tr.form != "summit" {
			// A named gathering ("the Commonwealth Heads of Government
			// Meeting") where two leaders "met at" it is their meeting's
			// venue; alone, or ahead, it is the gathering.
			at := false
			for k := tr.i - 1; k >= from && k >= tr.i-8; k-- {
				at = at || lx.summitVenue[d.toks[k].fold]
			}
			if len(others) == 0 || !at {
				out = append(out, tr)
			}
			continue
		}
		// "met A to follow up on the Summit between President B and
		// President C last November": a summit its parties name, not
		// persons of the meeting.
		if len(others) > 0 && d.ownSides(tr) {
			out = append(out, tr)
			continue
		}
		if len(others) > 0 {
			if d.forBefore(tr.i, from) && !venue {
				for _, m := range others {
					// (Not "met A in advance of the G7 Summit, to discuss
					// priorities for the Summit": the summit named ahead.)
					if class(trs[m].typ) == "talks" && trs[m].i < tr.i && !d.aheadBetween(trs[m].j, tr.i) {
						trs[m].typ = accord.Summit
						for k := range out {
							if out[k].i == trs[m].i {
								out[k].typ = accord.Summit
							}
						}
					}
				}
			}
			continue
		}
		attended := d.attendedSummit(tr, from) || d.leadersAtSummit(tr, from, to)
		// "the achievements of the Quad Leaders' Summit held today": held
		// that day, whatever names it.
		heldToday := tr.j+1 < to && d.toks[tr.j].fold == "held" && d.toks[tr.j+1].fold == "today"
		if venue && !attended && !heldToday {
			continue
		}
		if attended || d.phraseAt(tr.j, to, lx.summitHeld) || d.heldAfterChair(tr, to) {
			tr.gathering = attended
			out = append(out, tr)
		} else if inTitle {
			tr.alone = true
			out = append(out, tr)
		}
	}
	return out
}

// throughNamed reports whether the contact phrase at toks[i] ends a
// capitalised name after "through the" or "via the": "through the Foreign
// Ministers' Strategic Dialogue", a channel of cooperation.
func (d *doc) throughNamed(i int) bool {
	if !d.toks[i].cap {
		return false
	}
	sent := d.toks[i].sent
	for k := i - 1; k >= 1 && k >= i-8 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if t.fold == "the" {
			p := d.toks[k-1].fold
			return d.toks[k-1].sent == sent && (p == "through" || p == "via")
		}
		if !(t.cap && t.word || t.fold == "'" || t.fold == "'s" || t.text == "-") {
			return false
		}
	}
	return false
}

// heldNamedSummit reports whether the summit word of tr ends a name of
// two parties its sentence says was held, with a counterpart or place
// after it: "held the 30th Japan-European Union (EU) Summit with", "held
// our annual A-B Summit in".
// Only the words of a name (capitalised words, hyphens, an ordinal, a
// bracketed abbreviation, one determiner) stand between the verb and it.
func (d *doc) heldNamedSummit(tr trigger, from int) bool {
	if tr.j >= len(d.toks) || d.toks[tr.j].sent != tr.sent {
		return false
	}
	if f := d.toks[tr.j].fold; f != "with" && f != "in" && f != "between" {
		return false
	}
	named := false
	for k := tr.i - 1; k >= from && k >= tr.i-12; k-- {
		t := d.toks[k]
		switch {
		case d.lx.summitHoldVerbs[t.fold] && t.text == t.fold:
			return named
		case t.cap && t.word || t.upper || t.text == "-" || t.text == "(" || t.text == ")" || t.num || ordinalNumber(t.fold):
			// The name joins its two parties: "Japan-EU", "EU-Norway" (not
			// "the NATO Summit", a gathering).
			named = named || t.cap && t.word && strings.ContainsAny(t.text, "-–")
		case t.fold == "the" || t.fold == "our" || t.fold == "their" || t.fold == "a" || t.fold == "annual":
		default:
			return false
		}
	}
	return false
}

// appositiveVisit reports whether visit tr restates visit prev in an
// apposition: ", his first visit", ", her maiden official visit".
func (d *doc) appositiveVisit(prev, tr trigger) bool {
	k := tr.i - 1
	for k > prev.j && (ordinalWord[d.toks[k].fold] || ordinalNumber(d.toks[k].fold) || d.lx.visitKinds[d.toks[k].fold] || d.toks[k].fold == "maiden" || d.toks[k].fold == "historic") {
		k--
	}
	if k <= prev.j || !d.lx.visitOwners[d.toks[k].fold] || d.toks[k-1].text != "," {
		return false
	}
	// The comma closes the first visit's own phrase: "his visit to the
	// Philippines, his first …", a few words after it.
	return k-1-prev.j <= 6
}

// seriesGathering reports whether contact tr is a numbered gathering named
// as a point in time: "visit Thailand before the 29th Asia-Pacific
// Economic Cooperation (APEC) Economic Leaders' Meeting" (an ordinal opens
// its capitalised name, after "the" and a word of sequence). (Not a
// series of two sides' own, "the 5th EU-Chile summit", nor one attended or
// hosted, "hosted the 29th … Meeting".)
func (d *doc) seriesGathering(tr trigger) bool {
	if !d.toks[tr.i].cap || d.pairNamedAt(tr) != nil {
		return false
	}
	for k := tr.i - 1; k >= 2 && k >= tr.i-12 && d.toks[k].sent == d.toks[tr.i].sent; k-- {
		t := d.toks[k]
		if ordinalNumber(t.fold) {
			if k+1 == tr.i || d.toks[k-1].fold != "the" {
				return false
			}
			switch d.toks[k-2].fold {
			case "before", "after", "following", "since", "ahead", "prior":
				return true
			case "of", "to":
				f := d.toks[k-3].fold
				return k >= 3 && (f == "ahead" || f == "prior")
			}
			return false
		}
		if t.word && !t.cap || t.text == "," || t.text == ";" {
			return false
		}
	}
	return false
}

// ordinalNumber reports whether a folded word is an ordinal in digits:
// "30th", "1st", "22nd".
func ordinalNumber(f string) bool {
	n := len(f)
	if n < 3 || f[0] < '0' || f[0] > '9' {
		return false
	}
	switch f[n-2:] {
	case "st", "nd", "rd", "th":
		return strings.Trim(f[:n-2], "0123456789") == ""
	}
	return false
}

// datesEvent reports whether date de, after contact tr, names another
// gathering, written before that gathering's name: "spoke about
// preparations for the April 22-23 Leaders Summit on Climate".
func (d *doc) datesEvent(tr trigger, de dateExpr, to int) bool {
	if de.tok < tr.j {
		return false // (an opening "Following the May 2 Summit, …" stays as it was read)
	}
	k := de.end
	for n := 0; n < 3 && k < to && d.toks[k].cap && d.toks[k].word && k != tr.i; n++ {
		if d.lx.eventAfter(d.toks, k, to) {
			break
		}
		k++
	}
	return k < to && k != tr.i && d.toks[k].cap && d.lx.eventAfter(d.toks, k, to)
}

// reportedContact reports whether date de, after contact tr, dates another
// contact told in what was said there: "In a call with A, B said he and C
// confirmed … in a summit on April 10" dates the summit, not the call.
func (d *doc) reportedContact(tr trigger, de dateExpr, raw []trigger) bool {
	if de.tok < tr.j {
		return false
	}
	said := -1
	for k := tr.j; k < de.tok; k++ {
		if d.lx.is(&d.toks[k], fReporting) {
			said = k
			break
		}
	}
	if said < 0 {
		return false
	}
	for _, o := range raw {
		if o.i > said && o.j <= de.tok && o.i != tr.i {
			return true
		}
	}
	return false
}

// separatelyBefore reports whether "separately" stands just before the
// verb at toks[i]: "A and B separately hosted C".
func (d *doc) separatelyBefore(i int) bool {
	return i > 0 && d.toks[i-1].fold == "separately"
}

// mealAfterGuest reports whether the guest named from toks[k] is hosted
// "to" or "for" a meal (knowledge meal_words), a few words on: "hosted
// Prime Minister A to a dinner", "hosted A for an official lunch".
func (d *doc) mealAfterGuest(k int) bool {
	for q := k; q < len(d.toks) && q < k+10 && d.toks[q].sent == d.toks[k].sent; q++ {
		if f := d.toks[q].fold; f != "to" && f != "for" || !d.toks[q-1].word {
			continue
		}
		r := q + 1
		for r < len(d.toks) && r < q+4 && (d.toks[r].fold == "a" || d.toks[r].fold == "an" || d.lx.mealAdjectives[d.toks[r].fold]) {
			r++
		}
		// "for a breakfast meeting", "a working lunch": talks over a meal.
		if r+1 < len(d.toks) && (d.toks[r+1].fold == "meeting" || d.toks[r+1].fold == "talks") || d.toks[r-1].fold == "working" {
			return false
		}
		return r < len(d.toks) && d.lx.mealWords[d.toks[r].fold]
	}
	return false
}

// sinceAfter reports whether a date after contact phrase tr stands in a
// "since" phrase of its own clause: "At a press conference with A, B said
// that since the last upgrade of relations in 2019, …" starts a span of
// time; it does not date the press conference.
func (d *doc) sinceAfter(tr trigger, de dateExpr) bool {
	if de.tok < tr.j {
		return false
	}
	since := -1
	// ("since King A succeeded his late mother Queen B last month": a
	// clause of its own, names and all, up to 16 words.)
	for k := de.tok - 1; k >= tr.j && k >= de.tok-16; k-- {
		if f := d.toks[k].fold; f == "," || f == ";" || f == ":" {
			return false
		} else if f == "since" {
			since = k
			break
		}
	}
	// "The Meeting has been held every year since 1997": the contact's own
	// series, which the span dates (the contact is no single one).
	for k := tr.j; k < since; k++ {
		if f := d.toks[k].fold; f == "been" || f == "every" || f == "annually" || f == "regularly" {
			return false
		}
	}
	return since >= 0
}

// sinceBefore reports whether a date before contact tr opens a span
// ("since 2018", "since early 2018"): "In the first visit … since 2018, A
// met B on Friday" is not dated 2018.
func (d *doc) sinceBefore(tr trigger, de dateExpr) bool {
	if de.tok >= tr.i {
		return false
	}
	for k := de.tok - 1; k >= 0 && k >= de.tok-3; k-- {
		switch d.toks[k].fold {
		case "since":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// othersNamed reports whether the sentence of anaphor tr names two or
// more parties of its contact who are not all of the earlier contact h.
func (d *doc) othersNamed(h eng, tr trigger, from, to int) bool {
	ps, _ := d.participants(tr, from, to, false)
	if len(ps) >= 2 && d.countryCount(ps) >= 2 && !subset(ps, h.persons) {
		return true
	}
	// "the commitments made by A and B during their phone conversation on
	// June 8": "their" takes up the two named just before it, whatever
	// preposition names them.
	if k := tr.i - 1; k > from && d.toks[k].fold == "their" {
		var named []int
		for _, m := range d.mentions {
			if m.person >= 0 && m.i >= from && m.j <= k && !m.former && k-m.j <= 12 {
				named = appendInt(named, m.person)
			}
		}
		return len(named) >= 2 && !subset(named, h.persons)
	}
	return false
}

// sharedLead returns the person of the latest earlier contact of typ's
// class whose contacts the text lists: a principal of the text who took
// part in it, else one who took part in all contacts of that class with a
// country; -1 when none.
func (d *doc) sharedLead(held []eng, typ accord.EngagementType, principals []int) int {
	k := lastOfClass(held, typ)
	if k < 0 {
		return -1
	}
	for _, p := range principals {
		if slices.Contains(held[k].persons, p) {
			return p
		}
	}
	for _, p := range held[k].persons {
		all := true
		for _, h := range held {
			if class(h.typ) == class(typ) && len(h.persons) >= 2 && !slices.Contains(h.persons, p) {
				all = false
				break
			}
		}
		if all && d.persons[p].country != "" {
			return p
		}
	}
	return -1
}

// colonIn returns the last colon in toks[from:to], or -1.
func (d *doc) colonIn(from, to int) int {
	for k := to - 1; k >= from && k >= 0; k-- {
		if d.toks[k].text == ":" {
			return k
		}
	}
	return -1
}

// openingClauseEnd returns the token after the comma closing an opening
// clause "Before meeting A," or "After talks with A," that holds the
// contact phrase of tr; 0 when the sentence at from opens no such clause.
func (d *doc) openingClauseEnd(from int, tr trigger) int {
	if from >= len(d.toks) {
		return 0
	}
	// "ISTANBUL, May 11 - Before meeting A, …": the clause opens the
	// text after its dateline (multi34.go).
	from = d.pastDatelineDash(from)
	if f := d.toks[from].fold; f != "before" && f != "after" && f != "following" {
		return 0
	}
	for k := from + 1; k < len(d.toks) && d.toks[k].sent == d.toks[from].sent && k < from+12; k++ {
		if d.toks[k].text == "," {
			if tr.i < k {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// attendedIn reports whether a verb of attendance ("attended", "joined")
// stands in toks[from:to].
func (d *doc) attendedIn(from, to int) bool {
	for k := from; k < to; k++ {
		if d.lx.attended[d.toks[k].fold] && d.toks[k].text == d.toks[k].fold {
			return true
		}
	}
	return false
}

// attendedSummit reports whether the subject of summit tr's sentence took
// part in it, in the past tense a few words before: "joined leaders of A
// and B for the annual Summit", "attended the Summit".
func (d *doc) attendedSummit(tr trigger, from int) bool {
	for k := tr.i - 1; k >= from && k >= tr.i-40; k-- {
		f := d.toks[k].fold
		if d.lx.future[f] && f != "to" || d.lx.past[f] {
			return false
		}
		if d.lx.attended[f] && d.toks[k].text == f {
			return true
		}
	}
	return false
}

// leadersAtSummit reports whether a sentence opening "At the Summit on D"
// goes on with three or more persons of three or more countries as its
// subject: "At the Leaders' Summit on January 9-10, President A, President
// B and Prime Minister C instructed …", the summit they held.
func (d *doc) leadersAtSummit(tr trigger, from, to int) bool {
	if k := tr.i - 1; k < from || d.toks[from].fold != "at" || tr.i-from > 8 {
		return false
	}
	var ps []int
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == tr.sent && m.i >= tr.j {
			ps = appendInt(ps, m.person)
		}
	}
	return len(ps) >= 3 && d.countryCount(ps) >= 3
}

// phraseAt reports whether one of the phrases (folded words) starts at
// token k, before to.
func (d *doc) phraseAt(k, to int, phrases [][]string) bool {
	for _, l := range phrases {
		if k+len(l) > to {
			continue
		}
		ok := true
		for n, w := range l {
			ok = ok && d.toks[k+n].fold == w
		}
		if ok {
			return true
		}
	}
	return false
}

// forBefore reports whether "for" opens the phrase of the word at i:
// "for the 21st EU-China Summit", "for our 10th Summit".
func (d *doc) forBefore(i, from int) bool {
	for k := i - 1; k >= from && k >= i-8; k-- {
		t := d.toks[k]
		if t.fold == "for" {
			return true
		}
		if !t.word || t.fold == "and" || t.fold == "with" || t.fold == "at" || t.fold == "in" {
			return false
		}
	}
	return false
}

// topicBefore reports whether a contact noun at i is what a verb of talking
// is about: "discussed the ongoing negotiations".
func (d *doc) topicBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && d.toks[k].sent == d.toks[i].sent; k-- {
		// "discussed relations in a phone conversation": the contact is
		// where they discussed, not what.
		if d.lx.occasionMarkers[d.toks[k].fold] || k+1 < i && d.lx.occasionMarkers[d.toks[k].fold+" "+d.toks[k+1].fold] {
			return false
		}
		if d.lx.is(&d.toks[k], fTopicCues) {
			return true
		}
		if !d.toks[k].word {
			return false
		}
	}
	return false
}

// personEndsAt reports whether a person's name ends just before token k.
func (d *doc) personEndsAt(k int) bool {
	for _, m := range d.mentions {
		if m.person >= 0 && (m.nj == k || m.j == k) {
			return true
		}
	}
	// A family name alone, of a person the text (or its headline) names.
	if k > 0 && d.toks[k-1].cap {
		for _, p := range d.persons {
			if n := len(p.core); n > 1 && foldToken(p.core[n-1]) == d.toks[k-1].fold {
				return true
			}
		}
	}
	return false
}

// countryOwner reports whether a country's possessive comes just before
// the phrase at i: "Angola's signing".
func (d *doc) countryOwner(i int) bool {
	if i < 2 || d.toks[i-1].fold != "'s" && d.toks[i-1].fold != "’s" {
		return false
	}
	for _, o := range d.others {
		if o.kind == accord.Country && o.j == i-1 {
			return true
		}
	}
	return false
}

// welcomed reports whether a verb of welcome governs the phrase at i:
// "welcomed the signing of".
func (d *doc) welcomed(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && d.toks[k].sent == d.toks[i].sent; k-- {
		if d.lx.is(&d.toks[k], fWelcome) {
			return true
		}
	}
	return false
}

// unnamedWho reports whether the phrase at i follows "who" (within three
// words) after no name: "guests who were visiting Taiwan".
func (d *doc) unnamedWho(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && d.toks[k].sent == d.toks[i].sent; k-- {
		if d.toks[k].fold != "who" {
			continue
		}
		// Back over an appositive to the name: "A, Prime Minister of
		// Japan, who is visiting".
		for p := k; p > 0 && p > k-10; p-- {
			if d.personEndsAt(p) {
				return false
			}
			t := d.toks[p-1]
			if !(t.text == "," || t.cap || t.fold == "of" || t.fold == "the") {
				break
			}
		}
		return true
	}
	return false
}

// placeOnlyAt reports whether a country or place, not followed by a title or
// name, starts at token k: "visiting Taiwan", not "visiting New Zealand
// Deputy Prime Minister".
func (d *doc) placeOnlyAt(k int) bool {
	the := k < len(d.toks) && d.toks[k].fold == "the" // "visiting the Philippines"
	for _, o := range d.others {
		if (o.i == k || the && o.i == k+1) && (o.kind == accord.Country || o.kind == accord.Place) && !o.demonym {
			return o.j >= len(d.toks) || !d.toks[o.j].cap || d.toks[o.j].sent != d.toks[k].sent
		}
	}
	return false
}

// speaker is the person whose remarks or statement the article is, named in
// its headline: "Remarks of Secretary A for …", "Press statement by
// President B following …".
func (d *doc) speaker(title *doc) int {
	if title == nil {
		return -1
	}
	for n, m := range title.mentions {
		if m.person < 0 || m.i == 0 {
			continue
		}
		// Back over the words of a qualified title: "by European Commission
		// President A".
		k := m.i - 1
		for k > 0 && k >= m.i-4 && (title.toks[k].cap && title.toks[k].word || title.toks[k].fold == "the") {
			k--
		}
		if f := title.toks[k].fold; f != "by" && f != "of" {
			continue
		}
		// "Remarks by A and B": two speakers, neither is "I".
		if n+1 < len(title.mentions) {
			nx := title.mentions[n+1]
			if nx.person >= 0 && nx.person != m.person && nx.i > m.j && nx.i-m.j <= 2 && (title.toks[m.j].fold == "and" || title.toks[m.j].text == ",") {
				return -1
			}
		}
		return d.personLike(title.persons[m.person])
	}
	return -1
}

// firstPersonIn reports whether a speaker names themself in toks[from:to].
func (d *doc) firstPersonIn(from, to int) bool {
	for k := from; k < to; k++ {
		if d.lx.firstPerson[uncontracted(d.toks[k].text)] {
			return true
		}
	}
	return false
}

// unnamedOffice reports whether the subject of a contact phrase is an
// office without its holder, not another country's: "The Prime Minister
// spoke to …", "Today, the Prime Minister met …", not "the President of
// France", "Assistant to the President".
func (d *doc) unnamedOffice(from int, tr trigger) bool {
	_, ok := d.subjectTitle(from, tr)
	return ok
}

// subjectTitle returns the title span that "the" makes the subject of the
// clause of contact tr: it opens the sentence or follows an opening
// phrase, and is no complement's ("the President of France").
func (d *doc) subjectTitle(from int, tr trigger) (span, bool) {
	for _, sp := range d.spans {
		if sp.kind != kTitle || sp.i < from || sp.j > tr.i || d.covered[sp.i] {
			continue
		}
		// "Prime Minister also held a bilateral meeting with A": a
		// title without its article opening the sentence, no name after.
		if sp.i == from {
			if sp.j < len(d.toks) && !d.covered[sp.j] && d.toks[sp.j].word && !d.toks[sp.j].cap && d.toks[sp.j].fold != "of" {
				return sp, true
			}
			continue
		}
		// "Moreover, the Indian External Affairs Minister also met A":
		// the office's own country between the article and the title.
		the := sp.i - 1
		if ds, ok := d.spanEndingAt(sp.i); ok && (ds.kind == kCountry || ds.kind == kDemonym) && ds.i > from {
			the = ds.i - 1
		}
		// "The visiting King also met with A and B": a guest word
		// (knowledge guest_words) between the article and the office.
		if the > from && d.lx.guestWords[d.toks[the].fold] {
			the--
		}
		// ("the President of Serbia met": the office's country after it,
		// officeof36.go.)
		if c, _ := d.officeCountryAt(sp.j); d.toks[the].fold != "the" || d.toks[sp.j].fold == "of" && c == "" || d.covered[sp.j] {
			continue
		}
		if k := the - 1; k >= from && d.toks[k].text != "," && !d.honorificRun(from, the) {
			continue // the subject opens the sentence or follows an opening phrase
		}
		return sp, true
	}
	return span{}, false
}

// countedDocuments reports whether toks[k] counts documents signed: "13
// cooperation agreements", "20 documents", a number and, within three
// words, a document's noun.
func (d *doc) countedDocuments(k int) bool {
	if k >= len(d.toks) || !d.toks[k].num {
		return false
	}
	for q := k + 1; q < len(d.toks) && q <= k+3 && d.toks[q].sent == d.toks[k].sent; q++ {
		if d.lx.signedDocuments[d.toks[q].fold] {
			return true
		}
		if !d.toks[q].word {
			return false
		}
	}
	return false
}

// ourSigners reports whether the subject of "signed" at toks[i] is "our"
// and a plural noun, with at most two words between: "our Ministers have
// signed", "our respective ministers signed" (not "we signed", which
// may be one side's or long ago).
func (d *doc) ourSigners(from, i int) bool {
	q := i - 1
	for q >= from && d.lx.signingAuxiliaries[d.toks[q].fold] {
		q--
	}
	// "In addition to our upgraded partnership, Ministers have signed
	// MoUs", a leader says beside the other: the clause opens with the
	// capitalised office plural, the speakers' ministers.
	if q >= from && d.toks[q].cap && (d.toks[q].fold == "ministers" || d.toks[q].fold == "secretaries") && (q == from || d.toks[q-1].text == ",") {
		return true
	}
	for n := 0; q >= from && n < 3; n, q = n+1, q-1 {
		if !d.toks[q].word {
			return false
		}
		if d.toks[q].fold == "our" {
			return n > 0
		}
	}
	return false
}

// orgBefore reports whether an organisation's name (or its abbreviation
// in brackets) ends within the three words before toks[i], in its
// sentence: "APEC Virtual Leaders' Retreat".
func (d *doc) orgBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && d.toks[k].sent == d.toks[i].sent; k-- {
		if sp, ok := d.spanAt(k); ok && sp.kind == kOrg {
			return true
		}
	}
	return false
}

// twoCountries returns the countries of ps when they are two, else nil.
func (d *doc) twoCountries(ps []int) []string {
	var out []string
	for _, p := range ps {
		if c := d.persons[p].country; c != "" {
			out = appendStr(out, c)
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// signedObjectBefore reports whether "signed" (or "witnessed") at toks[i]
// closes a relative clause whose subject is a pronoun and whose object,
// the document, stands before it: "The Joint Update on Defence Cooperation
// we signed today", "the agreements that we have witnessed today". With
// docOnly, that object must be a document's noun, not any name.
func (d *doc) signedObjectBefore(i int, docOnly bool) bool {
	sent := d.toks[i].sent
	q := i - 1
	for q >= 0 && d.toks[q].sent == sent && d.lx.signingAuxiliaries[d.toks[q].fold] {
		q--
	}
	if q < 1 || d.toks[q].sent != sent || !d.lx.signingSubjects[d.toks[q].fold] {
		return false
	}
	q--
	if f := d.toks[q].fold; f == "that" || f == "which" {
		q--
	}
	if q < 0 || d.toks[q].sent != sent || !d.toks[q].word {
		return false
	}
	if t := d.toks[q]; d.lx.signedDocuments[t.fold] || d.lx.signedDocument[t.fold] {
		return true
	}
	// "this memorandum of understanding that we've just signed", "the
	// declaration of intent we signed": the document's noun before "of"
	// (docof37.go).
	if d.documentOfBefore(q) {
		return true
	}
	// (Not "Today we have signed": a capital opening the sentence is no
	// document's name.)
	return !docOnly && d.toks[q].cap && !d.atSentenceStart(q) && !d.personEndsAt(q+1)
}

// skipVerbDay returns where the object of the verb at toks[i] begins when
// its day stands first, from toks[k]: "received Tuesday evening a
// telephone call"; "signed on Saturday 18 agreements", "signed and
// released on Tuesday a Joint Statement" (after "on" only for "signed").
func (d *doc) skipVerbDay(i, k int, form string) int {
	same := func(q int) bool { return q < len(d.toks) && d.toks[q].sent == d.toks[i].sent }
	// "received today A", "received yesterday A", "received last night A",
	// "receives this Wednesday (May 31) A": the word order of agencies
	// writing from Spanish or Portuguese ("recibió hoy a"), the day between
	// the verb and its object (knowledge verb_days).
	if same(k) && d.lx.verbDays[d.toks[k].fold] {
		return k + 1
	}
	if same(k+1) && d.toks[k].fold == "last" && thatTime[d.toks[k+1].fold] {
		return k + 2
	}
	if same(k+1) && (d.toks[k].fold == "on" || d.toks[k].fold == "this") && d.lx.is(&d.toks[k+1], fWeekday) {
		k++
	} else if same(k+1) && d.toks[k].fold == "this" && thatTime[d.toks[k+1].fold] {
		return k + 2
	}
	if same(k) && d.lx.is(&d.toks[k], fWeekday) {
		k++
		if same(k) && thatTime[d.toks[k].fold] {
			k++
		}
		// "this Wednesday (May 31, 2023)": the day's date in brackets.
		if same(k) && d.toks[k].text == "(" {
			for q := k + 1; same(q) && q <= k+8; q++ {
				if d.toks[q].text == ")" {
					return q + 1
				}
			}
		}
	}
	return k
}

// documentAhead reports whether a signed document's noun, one or more,
// stands at toks[k] or within the two words after it: "an agreement", "a
// joint declaration", "18 cooperation agreements".
func (d *doc) documentAhead(k int) bool {
	k = d.afterNamingRelative(k)
	// "a ground-breaking Free Trade Agreement", "a comprehensive economic
	// partnership agreement": up to five words, hyphens between.
	for q, n := k, 0; q < len(d.toks) && n < 5 && d.toks[q].sent == d.toks[k].sent; q++ {
		if d.toks[q].text == "-" && q > k {
			continue
		}
		// "a number of bilateral cooperation documents", "a series of
		// MoUs": the count's words are not the document's.
		if f := d.toks[q].fold; (f == "a" || f == "an") && q+2 < len(d.toks) && d.lx.documentQuantifiers[d.toks[q+1].fold] && d.toks[q+2].fold == "of" {
			q += 2
			continue
		}
		if q+1 < len(d.toks) && d.lx.documentQuantifiers[d.toks[q].fold] && d.toks[q+1].fold == "of" {
			q++ // the article skipped before: "series of"
			continue
		}
		// "signed the \"Joint Statement on …\"": a title in quotation
		// marks is the document.
		if isQuote(d.toks[q].text) {
			continue
		}
		if !d.toks[q].word {
			return false
		}
		// "some important economic and trade agreements": a count and a
		// pair of modifiers joined by "and" are not the document's words
		// (jpc33.go).
		if d.countOrModifierJoin(q, k) {
			continue
		}
		n++
		if f := d.toks[q].fold; d.lx.signedDocument[f] || d.lx.signedDocuments[f] {
			return true
		}
	}
	return false
}

// countriesSign reports whether "signed" at toks[i] has two countries or
// more as its subject and one document after it at toks[k]: "Kenya and
// Rwanda signed an agreement". A leader's "signed a memorandum" may be a
// decree of their own; countries sign with each other.
func (d *doc) countriesSign(i, k int) bool {
	if !d.documentAhead(k) {
		return false
	}
	from, _ := d.sentToks(d.toks[i].sent)
	return len(d.signerCountries(i)) >= 2 || d.demonymPairSubject(from, i) != nil
}

// pairSigned reports whether the subject of "signed" at toks[i] names the
// report's two sides (knowledge pair_signers), auxiliaries between: "Both
// governments have signed", "our two nations signed".
func (d *doc) pairSigned(from, i int) bool {
	return d.pairSignedPlain(from, i) || d.pairSignedCoordinated(from, i) // paircoord36.go
}

// pairSignedPlain is pairSigned with the pair right before the verb.
func (d *doc) pairSignedPlain(from, i int) bool {
	q := i - 1
	for q >= from && d.lx.signingAuxiliaries[d.toks[q].fold] {
		q--
	}
	// "the two countries on Thursday signed": the day between.
	if q > from && d.lx.is(&d.toks[q], fWeekday) && d.toks[q-1].fold == "on" {
		q -= 2
	} else if p := d.onDateEndingAt(q); p > from {
		q = p - 1 // "the two sides on November 6 signed" (sign33.go)
	} else if p := d.onWeekdayDateEndingAt(q); p > from {
		q = p - 1 // "the two sides on Monday (August 5) signed"
	}
	for _, l := range d.lx.pairSigners {
		if k := q + 1 - len(l); k >= from && d.phraseAt(k, q+1, [][]string{l}) {
			return true
		}
	}
	return d.pairSignedModified(from, q) // "the defence counterparts signed" (pairmod35.go)
}

// pairSignedAt is pairSigned within the sentence of toks[i].
func (d *doc) pairSignedAt(i int) bool {
	from, _ := d.sentToks(d.toks[i].sent)
	return d.pairSigned(from, i)
}

// signerCountries returns the countries (and unions of states) named as
// the subject of "signed" at toks[i], joined by "and" or commas: "New
// Zealand and the EU have signed" gives NZ and EU; nil when the subject is
// no such list.
func (d *doc) signerCountries(i int) []string {
	var codes []string
	for q := i - 1; q >= 0 && q >= i-40 && d.toks[q].sent == d.toks[i].sent; q-- {
		f := d.toks[q].fold
		// "Kenya and the Republic of the Congo signed": an article before
		// a country's name too. "A and B have today signed": auxiliaries
		// and the day between.
		if f == "," || f == "and" || f == "the" || d.lx.signingAuxiliaries[f] {
			continue
		}
		// "the Government of India and the Government of Japan signed",
		// "the Governments of A and B signed": the countries' governments.
		if f == "of" && q > 0 && (d.toks[q-1].fold == "government" || d.toks[q-1].fold == "governments") {
			q--
			continue
		}
		// "The Philippines and New Zealand on Wednesday signed": the day
		// between.
		if d.lx.isWeekday(f) && q > 0 && d.toks[q-1].fold == "on" {
			q--
			continue
		}
		// "Laos and Mongolia on November 6 signed": the date between;
		// "on Monday (August 5)", "on Monday, August 5," too.
		if p := d.onDateEndingAt(q); p >= 0 {
			q = p
			continue
		}
		if p := d.onWeekdayDateEndingAt(q); p >= 0 {
			q = p
			continue
		}
		// The span that ends here: "New Zealand and Chile signed".
		s, ok := d.spanEndingAt(q + 1)
		if !ok || !(s.kind == kCountry || d.partyOrg(s)) {
			break
		}
		codes = appendStr(codes, s.e.code)
		q = s.i
	}
	return codes
}

// demonymPairSubject returns the two countries of a subject made of two
// demonyms and a plural office right before toks[i], the contact's phrase:
// "Peruvian and Chilean defence ministers signed", "The Peruvian and
// Chilean foreign ministers held talks". The office holders are unnamed;
// their countries are the sides.
func (d *doc) demonymPairSubject(from, i int) []string {
	var first, second *otherMention
	for k := range d.others {
		o := &d.others[k]
		if o.kind != accord.Country || !o.demonym || o.i < from || o.i >= i {
			continue
		}
		if first != nil && second == nil && o.i == first.j+1 && d.toks[first.j].fold == "and" {
			second = o
		} else if first == nil || second == nil {
			first, second = o, nil
		}
	}
	if first == nil || second == nil || first.key == second.key {
		return nil
	}
	// Before the pair only "The" at the sentence's start.
	if first.i > from+1 || first.i == from+1 && d.toks[from].fold != "the" {
		return nil
	}
	// Between the pair and the phrase: up to four words ending in office
	// holders ("defence ministers", "foreign affairs ministers"), then
	// auxiliaries; "Peruvian and Chilean firms signed" is no contact.
	k := second.j
	for k < i && !d.lx.signingAuxiliaries[d.toks[k].fold] {
		if !d.toks[k].word || k-second.j >= 4 {
			return nil
		}
		switch d.toks[k].fold {
		case "of", "with", "to", "in", "for", "on", "who", "which", "that":
			return nil
		}
		k++
	}
	if k == second.j || !d.lx.officeHolders[d.toks[k-1].fold] {
		return nil
	}
	return []string{first.key, second.key}
}

// partyOrg reports whether a span names a union of states that signs
// treaties as one party ("Canada and the EU signed"): an organisation that
// is one (knowledge union_sides), not an agency of one state.
func (d *doc) partyOrg(s *span) bool {
	return s.kind == kOrg && d.lx.unionSides.holdsFold(s.e.code)
}

// afterPresence returns where the guest is named after a verb's place and
// an "in the presence of A" phrase between commas, from toks[k]: "received
// at the Palace, in the presence of A, B" gives B's start; else k.
func (d *doc) afterPresence(k int) int {
	q := k
	if q < len(d.toks) && (d.toks[q].fold == "at" || d.toks[q].fold == "in") {
		for q < len(d.toks) && q < k+8 && d.toks[q].sent == d.toks[k].sent && d.toks[q].text != "," {
			q++
		}
	}
	if q >= len(d.toks) || d.toks[q].text != "," {
		return k
	}
	if q+1 >= len(d.toks) || !d.presenceAt(q+1) {
		return k
	}
	// The phrase, then a comma after a person named in it.
	r := q + 1
	for r < len(d.toks) && r < q+30 && d.toks[r].sent == d.toks[q].sent {
		if d.toks[r].text == "," && (d.mentionWithin(d.toks[q].sent, q+1, r) || d.officeClosing(q+1, r)) {
			if r+1 < len(d.toks) && d.toks[r+1].sent == d.toks[q].sent {
				return r + 1
			}
			return k
		}
		r++
	}
	return k
}

// dateLineAt returns the date of the last line before sentence s that is
// a date alone ("5 July 2023" over a listing's item), or nil: a date that
// opens a sentence of its own words ("On February 6-7, A led …") is no
// item's line.
func (d *doc) dateLineAt(secs []sectionDate, s int) *dateExpr {
	var out *dateExpr
	for k := range secs {
		if secs[k].sent > s {
			break
		}
		from, to := d.sentToks(secs[k].sent)
		de := secs[k].date
		alone := de.tok <= from+1 && de.end >= to-1
		for q := from; alone && q < to; q++ {
			if (q < de.tok || q >= de.end) && d.toks[q].word {
				alone = false
			}
		}
		if alone {
			out = &secs[k].date
		} else {
			out = nil
		}
	}
	return out
}

// saidOn reports whether a date is the day a report was made, not of the
// contact before it: "have held talks in Lima, the ministry said Friday",
// "the ministry said on Sunday that A and B agreed in talks".
func (d *doc) saidOn(de dateExpr, tr trigger) bool {
	k := de.tok - 1
	if k >= 0 && d.toks[k].fold == "on" {
		k--
	}
	k = d.pastReportChannel(k)
	return k >= 0 && k != tr.i && d.lx.is(&d.toks[k], fReporting) && d.toks[k].sent == d.toks[de.tok].sent
}

// inPersonTalk reports whether a generic talk ("spoke with A") of the
// sentence toks[from:to] was held in person: at a gathering its sentence
// names ("attended a gala dinner … and spoke with A", "spoke with A at the
// reception"), with no word of a call or a video link.
func (d *doc) inPersonTalk(tr trigger, from, to int) bool {
	gathering := false
	for k := from; k < to; k++ {
		f := d.toks[k].fold
		if d.lx.remoteWords[f] {
			return false
		}
		if d.lx.inPersonEvents[f] && (k < tr.i && d.attendedBefore(k, from) || k >= tr.j && k <= tr.j+8) {
			gathering = true
		}
		// "talked with President A at the White House": a building the
		// two were in together; a call has no venue of both.
		if f == "at" && k >= tr.j && k <= tr.j+10 && d.buildingAt(k+1, to) {
			gathering = true
		}
	}
	// "spoke with A on the sidelines of the summit" (appeal34.go).
	return gathering || d.atMargins(from, to)
}

// buildingAt reports whether toks[p] (after an optional "the") begins the
// name of a building ("the White House", "the Kremlin", "Government
// House") that ends before to.
func (d *doc) buildingAt(p, to int) bool {
	if p < to && d.toks[p].fold == "the" {
		p++
	}
	if p >= to || !d.toks[p].cap || !d.toks[p].word || d.mentionWithin(d.toks[p].sent, p, p+1) {
		return false
	}
	j := d.capsEnd(p, d.toks[p].sent)
	return j <= to && d.placeWords(p, j)
}

// attendedBefore reports whether an attending verb stands before toks[k]
// in its sentence: "attended a gala dinner".
func (d *doc) attendedBefore(k, from int) bool {
	for q := k - 1; q >= from && q >= k-5; q-- {
		if d.lx.attended[d.toks[q].fold] {
			return true
		}
	}
	return false
}

// beforeFuture reports whether the phrase of tr opens "Before the
// meeting, A will …": what the main clause does ahead comes before it, so
// it is ahead too.
func (d *doc) beforeFuture(tr trigger, to int) bool {
	k := tr.i - 1
	if k >= 0 && (d.toks[k].fold == "the" || d.toks[k].fold == "this" || d.toks[k].fold == "that") {
		k--
	}
	if k < 0 || d.toks[k].fold != "before" || d.toks[k].sent != d.toks[tr.i].sent {
		return false
	}
	c := tr.j
	for c < to && d.toks[c].text != "," {
		c++
	}
	for q := c + 1; q < to && q <= c+12; q++ {
		if d.lx.futureAuxiliaries[d.toks[q].fold] {
			return true
		}
	}
	return false
}

// coordinatedFuture reports whether the phrase of tr is a bare verb's
// object ("and have a bilateral meeting") coordinated after a verb of a
// future auxiliary in its sentence: "A will visit the base and have a
// bilateral meeting with B". A past verb ("and had") is no bare verb.
func (d *doc) coordinatedFuture(tr trigger, from int) bool {
	v := -1
	for k := tr.i; k >= from && k >= tr.i-4; k-- {
		if d.lx.bareContactVerbs[d.toks[k].fold] && k > from && d.toks[k-1].fold == "and" {
			v = k - 1
			break
		}
	}
	if v < 0 {
		return false
	}
	for k := v - 1; k >= from && k >= v-15; k-- {
		f := d.toks[k].fold
		if d.toks[k].text == "." || f == ";" {
			return false
		}
		if d.lx.futureAuxiliaries[f] {
			return true
		}
	}
	return false
}

// attributiveDeterminers make the participle after them an adjective of
// the noun it stands before: "the signed Memorandum", "their signed
// agreements".
var attributiveDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "its": true, "their": true, "our": true}

// meetingsPhrase reports whether the contact phrase tr names meetings in
// the plural ("had meetings with Governor-General A and Prime Minister B"):
// one meeting with each person it lists, though they share a country.
func (d *doc) meetingsPhrase(tr trigger) bool {
	for k := tr.i; k < tr.j; k++ {
		if d.toks[k].fold == "meetings" {
			return true
		}
	}
	return false
}

// framedContact reports whether the preposition at toks[k] takes the
// contact phrase tr as its object, only a determiner or possessive between
// ("during their talks", "at the meeting").
func (d *doc) framedContact(k int, tr trigger) bool {
	for q := k + 1; q < tr.i; q++ {
		switch d.toks[q].fold {
		case "the", "their", "his", "her", "its", "our", "this", "that":
		default:
			return false
		}
	}
	return true
}

// passiveAhead reports whether tr, a participle ("signed by", "received
// by"), is the second of two passives under one future or conditional
// "be": "hoped the Act would be supported by the Congress as well as
// signed by the President" tells of a signing ahead, however far the "be"
// stands before it. A finite verb between ("was", "has") starts another
// clause.
func (d *doc) passiveAhead(tr trigger, from int) bool {
	if !strings.HasSuffix(d.toks[tr.i].fold, "ed") {
		return false
	}
	for k := tr.i - 1; k > from && k >= tr.i-15; k-- {
		switch f := d.toks[k].fold; {
		case d.toks[k].text == "." || f == ";":
			return false
		case f == "was" || f == "were" || f == "is" || f == "are" || f == "has" || f == "have" || f == "had" || f == "been":
			return false
		case f == "be":
			p := d.toks[k-1].fold
			return d.lx.futureAuxiliaries[p] || d.lx.possibility[p] || p == "to"
		}
	}
	return false
}

// passiveSigned reports whether tr is a passive "were signed" whose
// subject, before it in its sentence, names signed documents ("Two major
// agreements on trade were signed"; "A memorandum … was also signed"),
// The caller checks that the sentence has no time of its own: "The
// agreement, signed in 2019" is no signing of the day.
func (d *doc) passiveSigned(from int, tr trigger) bool {
	// "24 agreements have been signed", as agencies tell the day's
	// signing in the perfect.
	if f := d.toks[tr.i].fold; f != "was" && f != "were" && !((f == "have" || f == "has") && tr.i+1 < len(d.toks) && d.toks[tr.i+1].fold == "been") {
		return false
	}
	doc := false
	for k := from; k < tr.i; k++ {
		if d.lx.signedDocuments[d.toks[k].fold] || d.lx.signedDocument[d.toks[k].fold] {
			doc = true
		}
	}
	return doc
}

// presenceIn reports whether a phrase of those present ("in the presence
// of") stands in toks[from:to].
func (d *doc) presenceIn(from, to int) bool {
	for k := from; k < to; k++ {
		if d.presenceAt(k) {
			return true
		}
	}
	return false
}

// presenceAt reports whether a phrase of those present ("in the presence
// of") begins at toks[k].
func (d *doc) presenceAt(k int) bool {
	return d.phraseAt(k, len(d.toks), d.lx.presencePhrases)
}

// unsignedObject reports whether the words signed from k on name a thing
// that is no agreement ("the guest book", "the visitors' register").
func (d *doc) unsignedObject(k int) bool {
	for q := k; q < len(d.toks) && q < k+5 && d.toks[q].sent == d.toks[k].sent; q++ {
		f := d.toks[q].fold
		if q == k && f == "of" {
			continue // "the signing of the guest book"
		}
		if d.lx.unsignedObjectStops[f] {
			return false
		}
		if d.lx.unsignedObjects[f] {
			return true
		}
	}
	return false
}

// firmsDeal reports whether what is signed from k on is a commercial deal
// "between" parties no country or person of the text stands for:
// capitalised names of firms ("a deal between Acme and Zeta Airways Group").
func (d *doc) firmsDeal(k int) bool {
	if k >= len(d.toks) {
		return false // the phrase ends the text: "… and Exchange of Notes"
	}
	sent := d.toks[k].sent
	deal := false
	for q := k; q < len(d.toks) && q < k+12 && d.toks[q].sent == sent; q++ {
		if d.lx.commercialDeals[d.toks[q].fold] {
			deal = true // a commercial deal, not "an Arrangement between the Defence Force and …"
		}
		if d.toks[q].fold != "between" || !deal {
			continue
		}
		caps := false
		for r := q + 1; r < len(d.toks) && r < q+14 && d.toks[r].sent == sent; r++ {
			t := d.toks[r]
			if t.fold == "," || t.fold == ";" || t.fold == "which" || t.fold == "to" || t.fold == "for" {
				break
			}
			if d.countryAt(r, r+1) != "" && !(r+1 < len(d.toks) && d.toks[r+1].sent == sent && d.toks[r+1].text != d.toks[r+1].fold) {
				return false // (not "Qatar Airways", a firm named for its country)
			}
			for _, m := range d.mentions {
				if m.person >= 0 && m.i <= r && r < m.j {
					return false
				}
			}
			caps = caps || t.text != t.fold && t.fold != "and"
		}
		return caps
	}
	return false
}

// honorificRun reports whether toks[from:to] are honorifics only: "His
// Highness" before "the Amir", "Her Majesty" before "the Queen".
func (d *doc) honorificRun(from, to int) bool {
	k := from
	for k < to {
		sp, ok := d.spanAt(k)
		if !ok || sp.kind != kHonorific {
			return false
		}
		k = sp.j
	}
	return k == to && to > from
}

// leadContactDay returns the day the lead sentence gives, by one date of
// the day before or on publication, to a series of contacts its subject
// held, told in the plural ("on Wednesday held a series of meetings"), or
// "".
func (d *doc) leadContactDay() string {
	if len(d.sents) == 0 || d.pub.IsZero() {
		return ""
	}
	from, to := d.sentToks(0)
	plural := false
	for k := from; k < to; k++ {
		if !d.lx.is(&d.toks[k], fContactPlural) && d.toks[k].fold != "talks" {
			continue
		}
		// The subject's own series: "held a series of meetings", "had
		// bilateral talks"; not "following the Vice President's meetings".
		for b := k - 1; b >= from && b >= k-4; b-- {
			if f := d.toks[b].fold; f == "held" || f == "had" || f == "holds" || f == "has" {
				plural = true
			}
		}
	}
	if !plural {
		return ""
	}
	day := ""
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		// (A dateline's day and "on Wednesday" may both give it.)
		if de.prec != precDay || de.t.After(d.pub) || day != "" && de.format() != day {
			return ""
		}
		day = de.format()
	}
	return day
}

// officeAntecedent returns the person that the unnamed office opening the
// clause of contact tr ("the Foreign Minister", "the Head of State") stands
// for: the last person named before the sentence with that office, or
// with that level when the office is a level's ("Head of State": a
// President, a King). -1 if none, or if two fit.
func (d *doc) officeAntecedent(from int, tr trigger) int {
	id := d.openingOffice(from, tr)
	if id < 0 {
		return -1
	}
	t := d.lx.k.Titles.Titles[id]
	// "the Minister of Fisheries of Hungary": that country's holder only.
	country := d.subjectOfficeCountry(from, tr)
	// The very title first ("External Affairs Minister A", not
	// "Foreign Minister B" of the other side), then the office or level.
	for _, same := range []bool{true, false} {
		found, many := -1, false
		for _, m := range d.mentions {
			if m.person < 0 || m.sent >= tr.sent {
				continue
			}
			p := d.persons[m.person]
			fits := p.office == t.Office || t.AnyOffice && p.level == t.Level
			if same {
				fits = m.title == id
			}
			if !fits || country != "" && p.country != country {
				continue
			}
			if found >= 0 && found != m.person {
				many = true
			}
			found = m.person
		}
		if many {
			// "The visiting President also met A": host and guest hold
			// the office; the guest is the foreigner (names31.go).
			if v := d.visitingHolder(from, tr, id, same); v >= 0 {
				return v
			}
			return d.leadHolder(tr, id, same)
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// openingOffice returns the title that "the" makes the subject of the
// clause of contact tr, opening the sentence or following an opening
// phrase: "The Emir met", "Later, the Foreign Minister held talks", or
// written in lower case, "The prime minister has been in Brunei for a
// visit", which no title span covers. -1 if none.
func (d *doc) openingOffice(from int, tr trigger) int {
	if sp, ok := d.subjectTitle(from, tr); ok {
		return sp.e.id
	}
	if from+1 < tr.i && d.toks[from].fold == "the" && d.at[from+1] == 0 {
		if id, j := d.lowerTitle(from + 1); id >= 0 && j <= tr.i && d.toks[j].fold != "of" {
			return id
		}
	}
	// "Later in the day, the foreign minister met A and B" (meet31.go).
	return d.openerLowerOffice(from, tr)
}

// lowerTitle returns the longest title written at toks[i], whatever its
// case, and where it ends; -1 if none.
func (d *doc) lowerTitle(i int) (int, int) {
	id, end := -1, 0
	n := &d.lx.names
	for j := i; j < len(d.toks); j++ {
		n = n.child(&d.toks[j])
		if n == nil {
			break
		}
		for _, e := range n.entries {
			if e.kind == kTitle && !e.plural {
				id, end = e.id, j+1
				break
			}
		}
	}
	return id, end
}

// weSubject reports whether "I" or "we" opens the clause of a contact
// phrase, a few words before it: "We had a very good meeting today".
func (d *doc) weSubject(from int, tr trigger) bool {
	for k := tr.i - 1; k >= from && k >= tr.i-6; k-- {
		switch uncontracted(d.toks[k].text) {
		case "I", "We", "we":
			return true
		}
		if d.covered[k] {
			return false
		}
	}
	return false
}

// afterTrigger reports whether every person of ps is named after the
// phrase of tr: the guests of "the courtesy call of A and B".
func (d *doc) afterTrigger(ps []int, tr trigger) bool {
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		found := false
		for _, m := range d.mentions {
			if m.person == p && m.sent == tr.sent && m.i >= tr.j {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// host is the person a visit's article is most about besides the visitor:
// the highest in office, then the most named.
func (d *doc) host(visitor int) int {
	best, rank, n := -1, -1, 0
	for pi, p := range d.persons {
		if pi == visitor || d.former(pi) || p.count == 0 {
			continue
		}
		r := d.lx.levelRank[p.level]
		if r > rank || r == rank && p.count > n {
			best, rank, n = pi, r, p.count
		}
	}
	return best
}

// highest is the person of ps highest in office, the first of equals.
func (d *doc) highest(ps []int) int {
	best := ps[0]
	for _, p := range ps[1:] {
		if d.lx.levelRank[d.persons[p].level] > d.lx.levelRank[d.persons[best].level] {
			best = p
		}
	}
	return best
}

// former reports whether every mention of person p is of a former office.
func (d *doc) former(p int) bool {
	seen := false
	for _, m := range d.mentions {
		if m.person == p {
			if !m.former {
				return false
			}
			seen = true
		}
	}
	return seen
}

// widerContact reports whether e, all of whose persons its sentence names,
// takes in all of h's persons (a contact a sentence before told, not a
// headline's) and a
// person of a country none of h's is of: "A held talks with B. A and B then held
// a trilateral meeting with C" is a second contact, not the first retold.
func (d *doc) widerContact(h, e eng, tr trigger, from, to int) bool {
	if h.fromTitle || h.sent >= e.sent || len(e.persons) <= len(h.persons) || len(h.persons) < 2 || !subset(h.persons, e.persons) {
		return false
	}
	// Held, as far as its clause says: not "will welcome A, B and C for
	// the first meeting".
	for k := from; k < tr.i; k++ {
		if d.lx.futureAuxiliaries[d.toks[k].fold] {
			return false
		}
	}
	// Every person of the wider contact named in its own sentence.
	for _, p := range e.persons {
		if !d.personWithin(p, tr.sent, from, to) {
			return false
		}
	}
	have := d.countriesOf(h)
	for _, p := range e.persons {
		if c := d.persons[p].country; c != "" && !slices.Contains(have, c) {
			return true
		}
	}
	return false
}

// counterpartGuests reports whether a guest after the contact's phrase is
// called a counterpart: "met his Chilean counterpart A and Peru's Defence
// Minister B". A counterpart is the other side of a bilateral contact, so
// the guests are met one by one.
func (d *doc) counterpartGuests(tr trigger, to int) bool {
	for k := tr.j; k < to; k++ {
		if sp, ok := d.spanAt(k); ok && sp.kind == kCounterpart {
			return true
		}
	}
	return false
}

// splitCalls reads "Mr A met President B, Secretary C and Senator D": one
// visitor before the verb, three or more hosts after it, not together
// ("jointly", "trilateral"): a call on each.
func (d *doc) splitCalls(tr trigger, e eng, from, to int, principals []int) []eng {
	// Several hosts one by one: three or more during a visit, or two each
	// with an office of their own where the report says "meetings" or
	// "separately" or "also met" ("also met Senior Minister A, and
	// Emeritus Senior Minister B").
	// Calls too, when the text says so: "spoke by phone separately with A
	// and B" is a call with each.
	sep := d.oneByOne(tr, from, to) || d.separateGuests(tr, e) || d.counterpartGuests(tr, to)
	call := tr.typ == accord.PhoneCall || tr.typ == accord.VideoCall
	courtesy := callsOn(tr.form)
	// "A and B separately received C": a reception by each host.
	hosts := tr.typ == accord.Reception && d.separatelyBefore(tr.i)
	if class(tr.typ) != "talks" && !(call && sep) && !courtesy && !hosts || e.guessed || len(e.persons) < 3 {
		return nil
	}
	delegation := d.delegationSubject(from, tr.i)
	// (A delegation, unnamed, is not among the persons: three hosts.)
	if len(e.persons) < 4 && !(delegation && len(e.persons) >= 3) || !d.visitIn(tr.sent) && !delegation {
		if !sep && !courtesy {
			return nil
		}
	}
	for k := from; k < to; k++ {
		// "spoke with A, B and C on a conference call": one call of all.
		if d.lx.together[d.toks[k].fold] || d.toks[k].fold == "conference" && k+1 < to && d.toks[k+1].fold == "call" {
			return nil
		}
	}
	// The hosts are named after the phrase; the rest ("He", named in the
	// sentence before) is the visitor.
	var before, after []int
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == tr.sent && m.i >= tr.j && slices.Contains(e.persons, m.person) {
			after = appendInt(after, m.person)
		}
	}
	for _, p := range e.persons {
		if !slices.Contains(after, p) {
			before = appendInt(before, p)
		}
	}
	one := sep
	// "the phone calls from A, B and C": calls the lead person took.
	if len(before) == 0 && call && one && len(principals) > 0 && !slices.Contains(after, principals[0]) {
		before = []int{principals[0]}
	}
	// The same when the sentence names no one before the phrase and the
	// others came from the sentences before (a guest of the day told
	// there): the lead person took the calls.
	if len(before) > 1 && call && one && len(principals) > 0 && slices.Contains(before, principals[0]) && !slices.ContainsFunc(before, func(p int) bool { return d.personWithin(p, tr.sent, from, to) }) {
		before = []int{principals[0]}
	}
	// "While in Taiwan, the delegation met with President A, Minister B
	// and Chairman C": the calls of the visiting party the lead names.
	if len(before) == 0 && delegation {
		before = d.visitorOf(principals, after)
	}
	// "A and B separately hosted C": C with each.
	if len(before) >= 2 && len(after) == 1 && one {
		before, after = after, before
	}
	// "A and Minister B called on C": a call by each (meet34).
	if len(before) >= 2 && len(after) == 1 && courtesy && !slices.ContainsFunc(before, func(p int) bool { return !d.callerOn(p, tr.sent) }) {
		before, after = after, before
	}
	if len(before) != 1 || len(after) < 2 {
		return nil
	}
	if t := d.titleIn(tr.sent, after[0]); !one && len(after) == 2 && t != "" && t == d.titleIn(tr.sent, after[1]) {
		return nil // "met Presidents A and B": one meeting of three
	}
	return oneWithEach(e, before[0], after)
}

// splitLetters reads "A sent a letter to B and a congratulatory letter to
// C", "has written a valedictory letter to B and a congratulatory letter to
// C": each recipient named after a letter of its own ("letter to") has a
// message of its own from the one sender; "a joint letter to B and C" (one
// letter) stays one message.
func (d *doc) splitLetters(tr trigger, e eng, from, to int) []eng {
	if tr.typ != accord.Message || e.guessed || len(e.persons) < 3 {
		return nil
	}
	var recipients []int
	letters := 0
	for _, m := range d.mentions {
		if m.person < 0 || m.sent != tr.sent || m.i < from || m.i >= to || !slices.Contains(e.persons, m.person) {
			continue
		}
		if d.letterTo(m.i, from) {
			recipients = appendInt(recipients, m.person)
			letters++
		}
	}
	var sender []int
	for _, p := range e.persons {
		if !slices.Contains(recipients, p) {
			sender = appendInt(sender, p)
		}
	}
	if len(sender) != 1 || len(recipients) < 2 || letters != len(recipients) {
		return nil
	}
	return oneWithEach(e, sender[0], recipients)
}

// oneWithEach splits contact e into one of p with each of others.
func oneWithEach(e eng, p int, others []int) []eng {
	out := make([]eng, 0, len(others))
	for _, o := range others {
		c := e
		c.persons = []int{p, o}
		out = append(out, c)
	}
	return out
}

// letterTo reports whether the person mention at toks[k] follows a message
// noun and "to" ("a letter to Prime Minister A", "a letter to outgoing
// Japanese Prime Minister A"): a few words between, no comma.
func (d *doc) letterTo(k, from int) bool {
	for t := k - 1; t > from && t >= k-4; t-- {
		f := d.toks[t].fold
		if !d.toks[t].word {
			return false
		}
		if f == "to" {
			return d.lx.messageNouns[d.toks[t-1].fold]
		}
	}
	return false
}

// accompanying reports whether mention m names one who accompanies a
// party: after "accompanied" on the same side of the contact's phrase
// ("was accompanied by Minister A as he paid courtesy calls on B", "met B,
// accompanied by Minister A"), a companion, not a party.
func (d *doc) accompanying(from int, tr trigger, m *pmention) bool {
	for k := from; k < m.i; k++ {
		// ("B accompanied A": A is the party; "accompanied by A": A is not.)
		if d.lx.companion[d.toks[k].fold] && (k >= tr.j) == (m.i >= tr.j) && d.passiveAt(k) {
			return true
		}
	}
	// "Along with the Deputy Prime Minister, A, I welcome B": A goes with
	// the speaker, as one "accompanied by" does.
	if d.alongWith(m) {
		return true
	}
	// "After the meeting with B, A toured the site, together with C": C
	// goes with A to what A did after the contact, and is no party of it.
	if m.i > tr.j && d.togetherWith(m) && d.sequenceLink(from, tr.i) > 0 && slices.ContainsFunc(d.toks[tr.j:m.i], func(t token) bool { return t.text == "," }) {
		return true
	}
	// "Ministers A, B and C also accompanied the Prime Minister to X for
	// the Leaders' Meeting": the subjects of "accompanied" go with a party.
	for k := m.j; k < tr.i; k++ {
		if d.toks[k].fold == "accompanied" && !d.passiveAt(k) {
			return true
		}
	}
	return false
}

// passiveSubjectStart returns where the subject of a passive contact
// phrase tr begins, the person named right before it ("A was received by
// B": A); tr.i for any other phrase.
func (d *doc) passiveSubjectStart(tr trigger) int {
	if !strings.HasPrefix(tr.form, "was ") && !strings.HasPrefix(tr.form, "were ") {
		return tr.i
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.j == tr.i {
			return m.i
		}
	}
	return tr.i
}

// personsNamedIn counts the persons of ps named in toks[from:to].
func (d *doc) personsNamedIn(ps []int, from, to int) int {
	n := 0
	for _, p := range ps {
		if slices.ContainsFunc(d.mentions, func(m *pmention) bool { return m.person == p && m.i >= from && m.j <= to }) {
			n++
		}
	}
	return n
}

// modalPassive reports whether the passive participle of contact phrase
// tr ("signed by") completes a "would be", "will be" or "to be" a few
// words before it in its clause, other participles between: "would be
// supported by Congress as well as signed by the President".
func (d *doc) modalPassive(tr trigger, from int) bool {
	if d.toks[tr.i].fold != "signed" {
		return false
	}
	for k := tr.i - 1; k > from && k >= tr.i-15; k-- {
		t := d.toks[k]
		if t.text == "," || t.text == ";" || t.text == ":" || t.fold == "that" {
			return false
		}
		if t.fold == "be" && (d.lx.futureAuxiliaries[d.toks[k-1].fold] || d.toks[k-1].fold == "to" || d.toks[k-1].fold == "should" || d.toks[k-1].fold == "could") {
			return k < tr.i-1 // (right before: "will be signed" is read already)
		}
	}
	return false
}

// whileClause returns where ", while" (or ", whereas") opening a second
// clause stands in toks[from:to], at its comma; 0 if none.
func (d *doc) whileClause(from, to int) int {
	for k := from; k+2 < to; k++ {
		if d.toks[k].text == "," && (d.toks[k+1].fold == "while" || d.toks[k+1].fold == "whereas") && d.toks[k+2].cap {
			return k
		}
	}
	return 0
}

// describedPerson returns the person named in toks[from:to] of the country
// that a description right after a contact phrase, at toks[k], names: "the
// Singaporean leader", "the visiting Chilean guest"; -1 if none or several.
func (d *doc) describedPerson(k, end, from, to int) int {
	if k >= end || d.toks[k].fold != "the" {
		return -1
	}
	q := k + 1
	if q < end && d.lx.guestWords[d.toks[q].fold] {
		q++
	}
	sp, ok := d.spanAt(q)
	if !ok || sp.kind != kCountry && sp.kind != kDemonym || sp.j >= end {
		return -1
	}
	if t, ok := d.spanAt(sp.j); !(ok && t.kind == kTitle) && !d.phraseAt(sp.j, end, d.lx.descriptionNouns) {
		return -1
	}
	found := -1
	for _, m := range d.mentions {
		if m.person < 0 || m.i < from || m.j > to || d.persons[m.person].country != sp.e.code {
			continue
		}
		if found >= 0 && found != m.person {
			return -1
		}
		found = m.person
	}
	return found
}

// pairLeaders returns, for a subject that pairs two countries' leaders
// ("the Vietnamese and Singaporean PMs"), the one leader of each named
// before toks[before] who holds office ("" for any leader); nil unless each
// country has exactly one.
func (d *doc) pairLeaders(codes []string, office string, before int) []int {
	var out []int
	for _, c := range codes {
		found := -1
		for _, m := range d.mentions {
			p := m.person
			if p < 0 || m.i >= before || d.persons[p].country != c || !d.leader(p) || d.former(p) || office != "" && !slices.Contains(d.persons[p].roles, office) {
				continue
			}
			if found >= 0 && found != p {
				return nil
			}
			found = p
		}
		if found < 0 {
			return nil
		}
		out = append(out, found)
	}
	return out
}

// leadersWord returns the office of a plural of leaders (knowledge
// leader_plurals: "PMs", "presidents", "leaders") in toks[from:to].
func (d *doc) leadersWord(from, to int) (string, bool) {
	for k := from; k < to; k++ {
		for n := 2; n >= 1; n-- {
			if k+n > to {
				continue
			}
			var ws []string
			for _, t := range d.toks[k : k+n] {
				ws = append(ws, t.fold)
			}
			if o, ok := d.lx.leaderPlurals[strings.Join(ws, " ")]; ok {
				return o, true
			}
		}
	}
	return "", false
}

// actDuring reports whether the contact tr is the occasion of an act named
// by a noun before it: "the first exchange following the establishment of
// the Partnership during General Secretary A's official visit to B" (data
// act_nouns); the occasion is recalled.
func (d *doc) actDuring(tr trigger, from int) bool {
	if tr.i <= from+2 {
		return false
	}
	at := d.possessorStart(tr.i, from)
	for k := at - 1; k > from && k >= at-3; k-- {
		if f := d.toks[k].fold; f != "during" && f != "at" {
			continue
		}
		for q := k - 1; q > from && q >= k-8; q-- {
			if d.lx.actNouns[d.toks[q].fold] && d.toks[q-1].fold == "the" && q+1 < k && d.toks[q+1].fold == "of" {
				return true
			}
		}
		return false
	}
	return false
}

// heldPairIn reports whether a contact held in sentence sent has exactly
// the two persons two.
func heldPairIn(held []eng, sent int, two []int) bool {
	for _, h := range held {
		if h.sent == sent && len(two) == 2 && len(h.persons) == 2 && subset(h.persons, two) {
			return true
		}
	}
	return false
}

// visitingOffice reports whether "the visiting <office>", no name after
// it, stands at toks[k]: a guest named by office ("called on the visiting
// Prime Minister").
func (d *doc) visitingOffice(k int) bool {
	if k+2 >= len(d.toks) || d.toks[k].fold != "the" || !d.lx.guestWords[d.toks[k+1].fold] {
		return false
	}
	sp, ok := d.spanAt(k + 2)
	return ok && sp.kind == kTitle && sp.i == k+2 && !d.mentionWithin(d.toks[k].sent, sp.j, sp.j+1)
}

// visitingTitled returns the visitor a contact's object names as "the
// visiting <office>" (no country) at toks[k]: the one person of the visits
// held so far who holds that office; -1 if none.
func (d *doc) visitingTitled(k, end int, held []eng) int {
	if k+2 >= end || !d.visitingOffice(k) {
		return -1
	}
	sp, _ := d.spanAt(k + 2)
	ti := d.lx.k.Titles.Titles[sp.e.id]
	found := -1
	for _, h := range held {
		if h.typ != accord.Visit || len(h.persons) == 0 {
			continue
		}
		// (The visitor, named first; not the host.)
		for _, p := range h.persons[:1] {
			if slices.Contains(d.persons[p].roles, ti.Title) || slices.Contains(d.persons[p].roles, ti.Office) || d.persons[p].office == ti.Office {
				if found >= 0 && found != p {
					return -1
				}
				found = p
			}
		}
	}
	return found
}

// togetherWith reports whether "together with" (or "along with")
// introduces person mention m.
func (d *doc) togetherWith(m *pmention) bool {
	k := m.i - 1
	for k > 0 && d.toks[k].fold == "the" {
		k--
	}
	return k >= 1 && d.toks[k].fold == "with" && (d.toks[k-1].fold == "together" || d.toks[k-1].fold == "along") && d.toks[k-1].sent == d.toks[m.i].sent
}

// passiveAt reports whether the participle at toks[k] is passive: after a
// form of "be" or a comma ("was accompanied today … by", ", accompanied
// by"), or followed by "by".
func (d *doc) passiveAt(k int) bool {
	if k+1 < len(d.toks) && d.toks[k+1].fold == "by" {
		return true
	}
	if k == 0 {
		return true
	}
	switch d.toks[k-1].fold {
	case "was", "were", "is", "are", "been", "be", "being", ",":
		return true
	}
	return false
}

// pairBefore reports whether "the two …" or "both …" names the parties of a
// contact before its phrase at toks[i] ("The two diplomats held a call"),
// not "they", who may be anyone.
func (d *doc) pairBefore(from, i int) bool {
	for k := from; k < i; k++ {
		if f := d.toks[k].fold; f == "two" || f == "both" {
			return true
		}
	}
	return false
}

// readout reports whether a headline is a readout's ("Readout of the
// President's Engagement with …"), which reports a contact held.
func (d *doc) readout() bool {
	return d != nil && len(d.toks) > 0 && d.toks[0].fold == "readout"
}

// countryAt returns the country of the place or country named at toks[k]
// ("visiting New York", "visiting the Republic of Chile"), or "".
func (d *doc) countryAt(k, to int) string {
	if k < to && d.toks[k].fold == "the" {
		k++
	}
	for _, o := range d.others {
		if o.i != k || o.kind == accord.Organization || o.demonym {
			continue
		}
		if o.kind == accord.Country {
			return o.key
		}
		return o.country
	}
	return ""
}

// guestsOnly reports whether a headline's contact names the guests of
// contacts split one by one, without their host: "Calls with A and B", or
// "Calls with A, B, C and D" over calls with A and B one by one and a
// conference call with C and D.
func (d *doc) guestsOnly(title []eng, split []eng) bool {
	var guests []int
	for _, c := range split {
		guests = append(guests, c.persons[1])
	}
	for _, h := range title {
		if sameClass(h.typ, split[0].typ) && len(h.persons) >= len(guests) && subset(guests, h.persons) && !slices.Contains(h.persons, split[0].persons[0]) {
			return true
		}
	}
	return false
}

// titleIn returns the title person p bears in sentence s, as written.
func (d *doc) titleIn(s, p int) string {
	for _, m := range d.mentions {
		if m.sent == s && m.person == p {
			return m.titleText
		}
	}
	return ""
}

// courtesyCalls types as receptions the meetings of a visiting minister or
// official with a head of state: "During his visit
// to Manila, Mr A met President B" (a courtesy call, however worded; a vice
// president's meeting with a president stays a meeting, as in receptions), and
// a foreign minister's or envoy's meeting with a leader at the leader's
// home.
func (d *doc) courtesyCalls(held []eng, home home) {
	var visitors []int
	for _, e := range held {
		if e.typ == accord.Visit && len(e.persons) > 0 {
			visitors = appendInt(visitors, e.persons[0])
		}
	}
	rank := func(p int) int { return d.lx.levelRank[d.persons[p].level] }
	for k := range held {
		e := &held[k]
		if e.typ != accord.Meeting || len(e.persons) != 2 {
			continue // formal talks stay talks
		}
		// "met with his Mexican counterpart, B": peers of one office,
		// whatever office B's other title reads (recv35.go).
		if d.toldCounterparts(*e) {
			continue
		}
		g, h := e.persons[0], e.persons[1]
		if !slices.Contains(visitors, g) {
			g, h = h, g
		}
		if slices.Contains(visitors, g) && !slices.Contains(visitors, h) && d.headOfState(h) && rank(g) <= d.lx.levelRank[accord.LevelMinister] && !d.presidential(g) {
			e.typ = accord.Reception
			continue
		}
		// "The Prime Minister met the US Secretary of State": a foreign
		// minister's or envoy's meeting with another country's leader is a
		// courtesy call on the leader, visit or not.
		if d.courtesyCaller(h) {
			g, h = h, g
		}
		// Reported by the host's side or placed in the host's country, or
		// the guest called visiting ("met with visiting Secretary of State
		// A": the leader is at home) or told visiting the host's country
		// ("A arrived in Islamabad for a two-day visit"): not a meeting of
		// two guests in a third country.
		c := d.persons[h].country
		if d.courtesyCaller(g) && d.leader(h) && c != "" && d.persons[g].country != "" && d.persons[g].country != c && !d.visitingTo(held, h, d.persons[g].country) && (e.place.Country == c || e.place.Country == "" && (home.country == c || d.visitingGuest(g, e.sent) || d.visitedHost(held, g, h, c))) {
			e.typ = accord.Reception
		}
	}
}

// courtesyCaller reports whether person p holds an office whose calls on
// leaders are courtesy calls (a foreign minister, an ambassador), and no
// leader's office.
func (d *doc) courtesyCaller(p int) bool {
	q := d.persons[p]
	if q.level == accord.LevelHeadOfState || q.level == accord.LevelHeadOfGovernment {
		return false
	}
	for _, r := range q.roles {
		if d.lx.courtesyCallers[r] {
			return true
		}
	}
	return false
}

// welcomedTo returns the end of "welcomed B to <country>" begun at the verb
// toks[i], a guest named within a few words and "to" the country, or 0.
func (d *doc) welcomedTo(i int) int {
	k := d.welcomeTo(i)
	if k < 0 {
		return 0
	}
	if k+2 < len(d.toks) && d.toks[k+1].fold == "the" {
		k++ // "welcomes President B to the Republic of Korea"
	}
	for _, o := range d.others {
		if o.i == k+1 && o.kind == accord.Country && !o.demonym {
			return o.j
		}
	}
	return 0
}

// cameHome reports whether the arrival at tr is its subject's at home:
// the last person named before "arrived in" in the sentence is of the
// place's country.
func (d *doc) cameHome(tr trigger, from int, place string) bool {
	if place == "" || !d.lx.arrivalVerbs[d.toks[tr.i].fold] {
		return false
	}
	subj := -1
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == tr.sent && m.i >= from && m.j <= tr.i {
			subj = m.person
		}
	}
	return subj >= 0 && d.persons[subj].country == place
}

// placeLeft is the place after "from" in the rest of the sentence of an
// arrival ("arrived in Jakarta from Abu Dhabi"), or none.
func (d *doc) placeLeft(tr trigger, to int) accord.PlaceRef {
	for k := tr.j; k+1 < to; k++ {
		if d.toks[k].fold != "from" {
			continue
		}
		for _, o := range d.others {
			if o.i != k+1 {
				continue
			}
			switch o.kind {
			case accord.Country:
				return accord.PlaceRef{Name: o.name, Country: o.key}
			case accord.Place:
				return accord.PlaceRef{Name: o.name, Country: o.country}
			}
		}
		return accord.PlaceRef{}
	}
	return accord.PlaceRef{}
}

// sidelinesBefore reports whether "sidelines of" or "margins of" stands
// a few words before toks[i]: "on Sidelines of G7 Summit".
func (d *doc) sidelinesBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if d.toks[k].fold == "of" && d.lx.is(&d.toks[k-1], fSideline) {
			return true
		}
	}
	return false
}

// sequel reports whether a sequel word ("then") stands just before the
// contact phrase at tr, in its clause: "the president then received A".
func (d *doc) sequel(tr trigger, from int) bool {
	for k := tr.i - 1; k >= from && k >= tr.i-2; k-- {
		if d.lx.sequelWords[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// priorDay is the day the nearest of the three sentences before sent
// states, in the month before publication and not in the dateline, or
// nil.
func (d *doc) priorDay(sent int) *dateExpr {
	return d.priorDayWithin(sent, 3)
}

// priorDayWithin is priorDay over the n sentences before sent.
func (d *doc) priorDayWithin(sent, n int) *dateExpr {
	for s := sent - 1; s >= 0 && s >= sent-n; s-- {
		from, to := d.sentToks(s)
		ds := d.lx.dates(d.toks, from, to, d.pub)
		for k := len(ds) - 1; k >= 0; k-- {
			de := ds[k]
			if de.prec != precDay || d.inDateline(de) || de.t.After(d.pub) || de.t.Before(d.pub.AddDate(0, 0, -31)) || !d.namedDay(de) || d.aheadDay(de, from) {
				continue
			}
			return &de
		}
	}
	return nil
}

// inTheDay reports whether "earlier in the day" or "later in the day"
// stands in toks[from:to].
func (d *doc) inTheDay(from, to int) bool {
	for k := from; k+3 < to; k++ {
		if f := d.toks[k].fold; (f == "earlier" || f == "later") && d.toks[k+1].fold == "in" && d.toks[k+2].fold == "the" && d.toks[k+3].fold == "day" {
			return true
		}
	}
	return false
}

// sameDayIn reports whether "the same day" stands in toks[from:to], before
// the contact phrase: "Earlier on the same day", "The same day".
func (d *doc) sameDayIn(from, to int) bool {
	for k := from; k+2 < to; k++ {
		if d.toks[k].fold == "the" && d.toks[k+1].fold == "same" && d.toks[k+2].fold == "day" {
			return true
		}
	}
	return false
}

// prevSentenceDay is the last day the sentence before sent states, in the
// month around publication, relative days included ("tomorrow (22)"), or
// nil.
func (d *doc) prevSentenceDay(sent int) *dateExpr {
	if sent < 1 {
		return nil
	}
	from, to := d.sentToks(sent - 1)
	ds := d.lx.dates(d.toks, from, to, d.pub)
	for k := len(ds) - 1; k >= 0; k-- {
		de := ds[k]
		if de.prec != precDay || d.inDateline(de) || de.t.After(d.pub.AddDate(0, 0, 31)) || de.t.Before(d.pub.AddDate(0, 0, -31)) {
			continue
		}
		return &de
	}
	return nil
}

// namedDay reports whether date de names its day by a month or a weekday
// ("May 21", "on Tuesday"), not relative to another ("the previous day").
func (d *doc) namedDay(de dateExpr) bool {
	for k := de.tok; k < de.end && k < len(d.toks); k++ {
		if d.lx.is(&d.toks[k], fMonth) || d.lx.is(&d.toks[k], fWeekday) {
			return true
		}
	}
	return false
}

// onOccasion are the words after "on" that open an occasion: "on a
// visit", "on his trip".
// commemoratedDay reports whether a date stands in brackets in a sentence
// of anniversaries: "the 50th anniversary of the reunification (April 30)"
// glosses a day commemorated, no contact's.
func (d *doc) commemoratedDay(de dateExpr) bool {
	if de.tok == 0 || de.end >= len(d.toks) || d.toks[de.tok-1].text != "(" || d.toks[de.end].text != ")" {
		return false
	}
	from, to := d.sentToks(d.toks[de.tok].sent)
	for k := from; k < to; k++ {
		if d.lx.anniversary[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// framePreps open a sentence's frame of a contact told before: "At the
// talks, …", "During the meeting, …".
var framePreps = map[string]bool{"at": true, "during": true, "in": true}

// futureMainClause reports whether the clause after an opening frame that
// ends with contact tr is in the future: "During his visit, A will hold".
func (d *doc) futureMainClause(tr trigger, to int) bool {
	k := tr.j
	for k < to && k <= tr.j+3 && d.toks[k].text != "," {
		k++
	}
	if k >= to || d.toks[k].text != "," {
		return false
	}
	for k++; k < to && k <= tr.j+14; k++ {
		switch d.toks[k].fold {
		case ",", ";", ":":
			return false
		case "will", "shall":
			return true
		}
	}
	return false
}

var onOccasion = map[string]bool{"a": true, "an": true, "his": true, "her": true, "their": true}

// plannedVenue reports whether the phrase at tr is the occasion ("at",
// "during", "on a visit") of an act the sentence plans before it with
// "will" or "shall": "A will meet B on a visit to the United States".
func (d *doc) plannedVenue(from int, tr trigger) bool {
	at := -1
	for k := tr.i - 1; k >= from && k >= tr.i-8; k-- {
		// "will meet in Portcity for the Annual Leaders' Meeting": the
		// gathering a future meeting is for.
		if f := d.toks[k].fold; f == "at" || f == "during" || f == "for" || f == "on" && k+1 < tr.i && onOccasion[d.toks[k+1].fold] {
			at = k
			break
		}
	}
	if at < 0 && tr.i-1 >= from && d.toks[tr.i].fold == "on" {
		at = tr.i // the phrase itself: "on a visit to"
	}
	// Back to the clause's start: a quotation ended before is another's.
	// "The two leaders plan to announce the results at the press
	// briefing": a schedule cue before "to" plans the act as "will" does.
	for k := at - 1; k >= from; k-- {
		switch d.toks[k].text {
		case "will", "shall":
			return true
		case "\"", "”", "“":
			return false
		case ",", ";":
			// "for" names the occasion of its own clause's verb only.
			if at >= 0 && d.toks[at].fold == "for" {
				return false
			}
		}
		if d.lx.scheduleCues[d.toks[k].text] && k+1 < at && d.toks[k+1].fold == "to" {
			return true
		}
	}
	return false
}

// mentionWithin reports whether a person's mention in sentence sent starts
// among tokens [from, to).
func (d *doc) mentionWithin(sent, from, to int) bool {
	for _, m := range d.mentions {
		if m.sent == sent && m.person >= 0 && m.i >= from && m.i < to {
			return true
		}
	}
	return false
}

// remoteBeforeMention reports whether a call or message noun (remote_words,
// message_nouns) stands in toks[from:to) before the first person named
// there: "in Riyadh today a phone call from A".
func (d *doc) remoteBeforeMention(from, to int) bool {
	sent := d.toks[from].sent
	for k := from; k < to && k < len(d.toks) && d.toks[k].sent == sent; k++ {
		if d.mentionWithin(sent, k, k+1) {
			return false
		}
		if f := d.toks[k].fold; d.lx.remoteWords[f] || d.lx.messageNouns[f] {
			return true
		}
	}
	return false
}

// personWithin reports whether person p is named in sentence sent among
// tokens [from, to).
func (d *doc) personWithin(p, sent, from, to int) bool {
	for _, m := range d.mentions {
		if m.person == p && m.sent == sent && m.i >= from && m.i < to {
			return true
		}
	}
	return false
}

// leader reports whether person p is a head of state or government as such.
func (d *doc) leader(p int) bool {
	q := d.persons[p]
	return d.headOfState(p) || q.level == accord.LevelHeadOfGovernment && !q.qualified
}

// visitIn reports whether sentence s reports a visit: "During his visit
// to Manila, A met B, C and D".
func (d *doc) visitIn(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		if d.toks[k].fold == "visit" || d.toks[k].fold == "visiting" || d.toks[k].fold == "trip" {
			return true
		}
	}
	return false
}

// headOfState reports whether person p bears a head of state's title as
// such ("President", "King"), not inside another office ("Chief of the
// Military Staff of the President", "Senate President").
func (d *doc) headOfState(p int) bool {
	q := d.persons[p]
	if q.level != accord.LevelHeadOfState || q.qualified {
		return false
	}
	for _, r := range q.roles {
		for _, t := range d.lx.k.Titles.Titles {
			if t.Level == accord.LevelHeadOfState && (r == t.Title || r == t.Office) {
				return true
			}
		}
	}
	return false
}

// joinParticipants adds to a contact the persons that the sentences after
// it say took part: "It was chaired by A. The EU was represented by B and C."
func (d *doc) joinParticipants(held []eng) {
	for k := range held {
		e := &held[k]
		if e.fromTitle || e.typ != accord.Summit && class(e.typ) != "talks" {
			continue
		}
		added := false
		for s := e.sent + 1; s < len(d.sents) && s <= e.sent+4; s++ {
			if !d.linksParticipants(s) {
				break
			}
			end := d.relativeClause(s)
			for _, m := range d.mentions {
				if m.person >= 0 && m.sent == s && !m.poss && !m.former && m.i < end {
					e.persons = appendInt(e.persons, m.person)
					added = true
				}
			}
		}
		if added {
			e.codes, e.guessed = nil, false
		}
	}
}

// anaphoricTrigger reports whether a contact's word takes up one already
// told: "the meeting", "this meeting", "today's meeting".
func (d *doc) anaphoricTrigger(tr trigger) bool {
	if tr.i == 0 {
		return false
	}
	prev := d.toks[tr.i-1].fold
	if d.lx.anaphor[prev] {
		return true
	}
	if (prev == "'s" || prev == "’s") && tr.i >= 2 {
		day := d.toks[tr.i-2].fold
		return d.lx.fillers[day] || d.lx.isWeekday(day)
	}
	return false
}

// heldContact reports whether a contact in person or a call was read
// already.
func heldContact(held []eng) bool {
	for _, h := range held {
		if h.typ != accord.Visit && h.typ != accord.Signing && len(h.persons) >= 2 {
			return true
		}
	}
	return false
}

// linkedPersons are the persons named in the sentences right after s that
// say who took part: "It was chaired by A. The EU was represented by B."
func (d *doc) linkedPersons(s int) []int {
	var ps []int
	for n := s + 1; n < len(d.sents) && n <= s+4; n++ {
		if !d.linksParticipants(n) {
			break
		}
		end := d.relativeClause(n)
		for _, m := range d.mentions {
			if m.person >= 0 && m.sent == n && !m.poss && !m.former && m.i < end {
				ps = appendInt(ps, m.person)
			}
		}
	}
	return ps
}

// linkEndsAt reports whether a participant's link ("co-chaired by",
// "attended by") ends at the "by" toks[k], right after the contact's word
// tr.
func (d *doc) linkEndsAt(tr trigger, k int) bool {
	// (Not a standing dialogue's co-chairs: "renewed their commitment to
	// the Strategic Dialogue co-chaired by A and B" names the mechanism's
	// officers, not the sides of an occasion told.)
	if tr.j > 0 && d.lx.countryCues[d.toks[tr.j-1].fold] {
		return false
	}
	for _, l := range d.lx.participantLinks {
		if j := k + 1 - len(l); j >= tr.j && j <= tr.j+1 && d.phraseAt(j, k+1, [][]string{l}) {
			return true
		}
	}
	return false
}

// linkAfter reports whether the sentence of a contact's word goes on to say
// who took part: "The meeting was attended by A".
func (d *doc) linkAfter(tr trigger) bool {
	_, to := d.sentToks(tr.sent)
	for k := tr.j; k < to; k++ {
		if d.phraseAt(k, to, d.lx.participantLinks) {
			return true
		}
	}
	return false
}

// linksParticipants reports whether sentence s says who took part in a
// contact: "was represented by", "It was chaired by".
func (d *doc) linksParticipants(s int) bool {
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		// (Not a participle opening a sentence of its own: "Joined by his
		// spouse, A commenced his visit" tells who went with A.)
		if k == from {
			continue
		}
		if d.phraseAt(k, to, d.lx.participantLinks) {
			return true
		}
	}
	return false
}

// sameEngagement finds an engagement already read that e repeats.
func (d *doc) sameEngagement(held []eng, e eng) int {
	// A group's summit with its other members (the Quad's, named in a
	// readout of two of its leaders) is not the two leaders' meeting.
	groupOf := func(h eng) bool {
		return e.typ == accord.Summit && len(e.codes) > 0 && h.typ != accord.Summit && len(h.codes) == 0
	}
	// The contact of these very persons first: "met A" after "held
	// discussions with A, B and C", split one by one.
	if len(e.persons) >= 2 {
		for k, h := range held {
			if sameClass(h.typ, e.typ) && h.date == e.date && subset(e.persons, h.persons) && !otherOccasion(h, e) && !groupOf(h) {
				return k
			}
		}
	}
	for k, h := range held {
		if !sameClass(h.typ, e.typ) || h.date != e.date || otherOccasion(h, e) || groupOf(h) {
			continue
		}
		if len(h.persons) == 0 || len(e.persons) == 0 || overlap(h.persons, e.persons) {
			return k
		}
	}
	// "Malawi on Monday signed with China an agreement … Minister A
	// thanked China when signing the agreement with Ambassador B": one
	// signing told twice, once with its day and once without (dated by
	// publication, or under a headline so dated), its signers of the
	// other's countries.
	if e.typ == accord.Signing && !d.pub.IsZero() {
		pub := d.pub.Format("2006-01-02")
		for k, h := range held {
			if h.typ != accord.Signing || (h.date == pub) == (e.date == pub) || len(h.date) != 10 || len(e.date) != 10 || otherOccasion(h, e) {
				continue
			}
			if len(e.persons) >= 2 && overlap(h.persons, e.persons) || d.sameSides(h, e) || d.sameSides(e, h) {
				return k
			}
		}
	}
	return d.undatedHeadline(held, e)
}

// sameSides reports whether contact a names its two sides by persons of
// the two countries contact b names.
func (d *doc) sameSides(a, b eng) bool {
	return len(a.persons) >= 2 && len(b.persons) == 0 && len(b.codes) == 2 && d.personsOfCodes(a.persons, b.codes)
}

// personsOfCodes reports whether persons are of the countries codes, each
// person of one of them and every country among theirs.
func (d *doc) personsOfCodes(persons []int, codes []string) bool {
	seen := map[string]bool{}
	for _, p := range persons {
		c := d.persons[p].country
		if !slices.Contains(codes, c) {
			return false
		}
		seen[c] = true
	}
	return len(seen) == len(codes)
}

// otherPair reports whether e, naming its two sides, is another contact of
// the day than h: "A received B. B came after his talks with C".
func (d *doc) otherPair(h, e eng) bool {
	if e.guessed || len(e.persons) < 2 || len(h.persons) < 2 || subset(e.persons, h.persons) {
		return false
	}
	for _, p := range h.persons {
		if !slices.Contains(e.persons, p) {
			return true
		}
	}
	return false
}

// otherNamedPair is otherPair where the sides the two contacts do not
// share also share no word of their names: a headline's "President
// Marcos" and the body's "Ferdinand R. Marcos Jr." may be read as two
// persons, but are one side.
func (d *doc) otherNamedPair(h, e eng) bool {
	if !d.otherPair(h, e) {
		return false
	}
	words := map[string]bool{}
	for _, p := range h.persons {
		if !slices.Contains(e.persons, p) {
			for _, w := range d.nameWords(p) {
				words[w] = true
			}
		}
	}
	for _, p := range e.persons {
		if !slices.Contains(h.persons, p) {
			for _, w := range d.nameWords(p) {
				if words[w] {
					return false
				}
			}
		}
	}
	return true
}

// nameWords returns the folded words of three letters or more of person
// p's name and aliases.
func (d *doc) nameWords(p int) []string {
	var out []string
	for _, n := range append([]string{d.persons[p].name}, d.persons[p].aliases...) {
		for _, w := range strings.FieldsFunc(accord.Fold(n), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) >= 3 {
				out = append(out, w)
			}
		}
	}
	return out
}

// sequenceLink returns where a phrase that orders one contact against
// another ("ahead of", "before", "after", "following", "prior to") begins
// between toks[from] and the next contact phrase at toks[next], with at
// most a possessive between them: "…, ahead of her meeting with B". 0 if
// none.
func (d *doc) sequenceLink(from, next int) int {
	k := next - 1
	for k > from && (d.toks[k].fold == "her" || d.toks[k].fold == "his" || d.toks[k].fold == "their" || d.toks[k].fold == "the" || d.toks[k].fold == "a" || d.toks[k].fold == "its") {
		k--
	}
	if k <= from {
		return 0
	}
	switch d.toks[k].fold {
	case "before", "after", "following":
		return k
	case "of", "to":
		if k-1 > from && (d.toks[k].fold == "of" && d.toks[k-1].fold == "ahead" || d.toks[k].fold == "to" && d.toks[k-1].fold == "prior") {
			return k - 1
		}
	}
	return 0
}

// otherOccasion reports whether one of two reports of a day is a ceremony
// or a meal and the other talks or a meeting: "hosted a welcome ceremony
// for A. Following the ceremony, the two held talks" are two events.
func otherOccasion(a, b eng) bool {
	// Two stops of one tour are two visits.
	if (a.stop || b.stop) && a.typ == accord.Visit && b.typ == accord.Visit && a.place.Country != b.place.Country {
		return true
	}
	return a.occasion != b.occasion && (a.typ == accord.Reception) != (b.typ == accord.Reception) || a.monarch != b.monarch
}

// occasionPhrase reports whether the contact phrase tr names a ceremony or
// a meal: "hosted a welcome ceremony", "hosted a banquet in honour of".
func (d *doc) occasionPhrase(tr trigger) bool {
	if tr.form == "welcomed with honours" { // a ceremony (honours33.go)
		return true
	}
	for k := tr.i; k < tr.j && k < len(d.toks); k++ {
		if f := d.toks[k].fold; d.lx.inPersonEvents[f] && f != "reception" {
			return true
		}
	}
	return false
}

// sameClass reports whether two reports of one day may be one contact: a
// meeting and a reception are ("met with" the guests, "thanked him for the
// warm reception").
func sameClass(a, b accord.EngagementType) bool {
	ca, cb := class(a), class(b)
	return ca == cb || ca == "talks" && b == accord.Reception || cb == "talks" && a == accord.Reception
}

func lastOfClass(held []eng, t accord.EngagementType) int {
	for k := len(held) - 1; k >= 0; k-- {
		c := class(held[k].typ)
		if c == class(t) || class(t) == "talks" && (c == "phone_call" || c == "video_call") || t == accord.PhoneCall && c == "video_call" {
			return k
		}
	}
	return -1
}

// participants are the persons a sentence names around an engagement phrase,
// without those named in passing: "Lee's election", "as outlined by
// President Biden", "congratulations to Lee", former office holders.
func (d *doc) participants(tr trigger, from, to int, loose bool) (ps []int, group bool) {
	// "Briefing by A following a telephone conversation between B and C":
	// "between" names the contact's sides; who is named before it reports.
	between := d.ownSides(tr)
	for _, s := range d.spans {
		// ("received a call from A, in which the two leaders reaffirmed
		// …": the group of a clause on the contact is its named sides.)
		// ("thanked A for his message, which reflected the bonds of the two
		// countries": a relative clause's group tells of others.)
		// ("They discussed issues following up from the meeting between A
		// and B": a group before a contact naming its own sides tells of
		// others.)
		if s.kind == kGroup && s.i >= from && s.i < to && !(between && s.i < tr.i) && !d.clauseOnContact(tr.j, s.i) && !d.andTheyAfterGuest(tr, s.i, to) && !d.reportOnOwnContact(tr, s.i) && !(s.i > tr.j && d.inRelativeClause(tr.j, s.i)) {
			group = true
		}
	}
	passive := tr.typ == accord.Signing && d.toks[tr.i].fold != "signed" || tr.typ == accord.Signing && tr.i > from && (d.toks[tr.i-1].fold == "was" || d.toks[tr.i-1].fold == "were")
	// "the commitments made by A and B during their call on June 8":
	// "their" takes up the persons named just before it, after any word.
	theirs := tr.i > from && d.toks[tr.i-1].fold == "their"
	nTheirs := 0
	byEnd := 0       // the end of the last person "by" kept from the sides
	var byPair []int // the persons coordinated with one after "by"
	for _, m := range d.mentions {
		if m.person < 0 || m.ni < from || m.ni >= to || m.former {
			continue
		}
		if between && m.j <= tr.i {
			continue
		}
		// "met a delegation led by the First Lady A representing President
		// B": B sent A and takes no part.
		// "hosted a lunch for A and his spouse, B": B comes with the
		// guest, whom the text may name again beside A (meal33.go).
		if tr.form == "hosted a meal" && m.i > tr.j && d.spouseAt(m.i) >= 0 {
			continue
		}
		if m.i > tr.j && d.represented(m) {
			continue
		}
		// "met A, who is visiting Japan with President B": a relative
		// clause on a side tells of others, who are no side.
		if m.i > tr.j && d.inRelativeClause(tr.j, m.i) {
			continue
		}
		// "CHIEF CABINET SECRETARY A: (I have received a report that)
		// Prime Minister B held a meeting with C": the speaker reports,
		// unless the contact is of "I" or "we".
		if d.speakerLabel(m) && !d.firstPersonIn(d.reportedFrom(m.j+1, tr), to) {
			continue
		}
		// "Premier A's visit to New Zealand": the visitor, not a possessor
		// named in passing.
		if m.poss && !((tr.typ == accord.Visit || d.bothSidesOwned(tr) || d.ownContactWith(tr)) && d.ownerOf(m, tr)) && !d.jointOwner(m, tr) {
			continue
		}
		// "spokesperson A said the arrangement was signed": the source of
		// the report, not a signer.
		if passive && m.j < to && d.lx.is(&d.toks[m.j], fReporting) {
			continue
		}
		// "The truce deal between Kiev and the insurgents was signed Friday
		// after A and B hammered out a compromise": the subjects of a
		// clause of time after a passive signing did not sign.
		if passive && m.i > tr.j && d.timeClauseBetween(tr.j, m.i) {
			continue
		}
		// "Deputy Adviser A told a briefing, "President B held a phone
		// conversation with President C"": the briefer reports a contact
		// whose two sides the report names.

		// ("PM A said he spoke with B, C and D": the pronoun after the
		// verb is A, who reports his own contacts.)
		if m.j < to && d.lx.is(&d.toks[m.j], fReporting) && d.othersIn(m, from, to) >= reported(tr.typ) && !d.ownReport(m.j, tr) && !d.saidAtPress(m.j, tr) {
			continue // (or "A's visit … , Ambassador B said")
		}
		if d.accompanying(from, tr, m) || d.alongWithSubject(tr, m) || d.recalledAfter(tr, m) || d.elapsedAfter(tr, m) || d.sinceEarlierTrip(tr, m) {
			continue
		}
		k := m.i - 1
		// ("the Coronation of His Majesty the King": an honorific too
		// stands between the preposition and the person.)
		for k >= from && (d.toks[k].fold == "the" || d.toks[k].fold == "his" || d.toks[k].fold == "her" || d.honorificAt(k)) {
			k--
		}
		if k >= from {
			f := d.toks[k].fold
			// "the courtesy call of A", "signed by A and B": the phrase's own
			// preposition introduces its parties.
			// ("the visit to Japan by President A": the visitor after
			// the place.)
			own := k >= tr.i && k <= tr.j || tr.typ == accord.Visit && f == "by" && k > tr.j && k <= tr.j+4
			// ("the Foreign Ministers' Meeting co-chaired by A and his
			// counterpart B": a participant's link right after the
			// contact's word names its sides, participant_links.)
			own = own || f == "by" && d.linkEndsAt(tr, k)
			// "met Minister of Energy Transition of Malaysia Dato' Sri A":
			// the office's "of", its country and an honorific open the
			// mention. (Not "Head of the Office of the President of Ukraine
			// A", whose office is another's.)
			office := f == "of" && k > from && d.toks[k-1].cap && m.ni > m.i+1 && d.countryAt(m.i, to) != ""
			// "took office last month under Prime Minister A": one served
			// under, no party.
			their := theirs && m.j <= tr.i && tr.i-m.j <= 12
			if f == "by" && !loose && !own && !their || f == "of" && !own && !office || f == "about" || f == "like" || f == "under" {
				if f == "by" {
					byEnd = m.j
				}
				continue
			}
			// "launched by President A and President B": the second of a
			// pair that "by" introduces is no side either (unless no one
			// else is named: then the pair was all the text gave).
			if (f == "and" || f == ",") && byEnd > 0 && k >= byEnd && k <= byEnd+1 {
				byEnd = m.j
				byPair = appendInt(byPair, m.person)
			}
			if their {
				nTheirs++
			}
			if f == "to" && !(k >= tr.i && k < tr.j+1) {
				continue
			}
		}
		ps = appendInt(ps, m.person)
	}
	if nTheirs >= 2 {
		group = false // the group of the main clause is not "their"
	}
	if len(byPair) > 0 && len(ps)-len(byPair) >= 1 {
		ps = slices.DeleteFunc(ps, func(p int) bool { return slices.Contains(byPair, p) })
	}
	return ps, group
}

// honorificAt reports whether toks[k] is part of an honorific ("His
// Majesty", "Her Excellency").
func (d *doc) honorificAt(k int) bool {
	sp, ok := d.spanAt(k)
	if !ok && d.inSpan(k) {
		sp = &d.spans[-d.at[k]-1]
		ok = true
	}
	return ok && sp.kind == kHonorific
}

// attendeeOf reports whether person mention m, named after "with" past the
// contact phrase tr, is one of those an absolute "with A and B present"
// names: the clause of names ends, before ";", ")" or the sentence's end,
// with a word of attendance (attendance_words).
func (d *doc) attendeeOf(tr trigger, m *pmention, to int) bool {
	with := false
	for k := tr.i; k < m.i; k++ {
		if d.toks[k].fold == "with" {
			with = true
		}
	}
	if !with {
		return false
	}
	for k := m.j; k < to; k++ {
		switch d.toks[k].text {
		case ";", ")", ".", ":":
			return false
		}
		for _, w := range d.lx.attendance {
			// Not "at present", "for the present": now.
			if !d.wordsAt(k, to, w) || k > 0 && (d.toks[k-1].fold == "at" || d.toks[k-1].fold == "the") {
				continue
			}
			end := k + len(w)
			// The word closes the clause: "B present;", "B present)",
			// "B present, and a working lunch".
			if end >= to || d.toks[end].text == ";" || d.toks[end].text == ")" || d.toks[end].text == "," || d.toks[end].text == "." {
				return true
			}
		}
	}
	return false
}

// wordsAt reports whether the folded words ws stand at toks[k:], before to.
func (d *doc) wordsAt(k, to int, ws []string) bool {
	if k+len(ws) > to {
		return false
	}
	for n, w := range ws {
		if d.toks[k+n].fold != w {
			return false
		}
	}
	return true
}

// principals are the persons of the lead sentence, or else of the headline.
func (d *doc) principals(title *doc) []int {
	var ps []int
	greeted := false
	// The lead's two sentences, lines set over it (the body's first lines
	// only) not counted (leadfiller36.go).
	last := 2
	for s := 0; s < len(d.sents) && s < last && len(ps) < 2; s++ {
		if s == last-2 && last < 6 && d.leadFiller(s, title) {
			last++
			continue
		}
		if d.topicList(s) {
			continue
		}
		// An address block greets the guest first, then those with them
		// and the hosts' own (greetLine): the guest alone leads.
		if d.greetLine(s) {
			if !greeted {
				greeted = true
				if p := d.firstGreeted(s); p >= 0 {
					ps = appendInt(ps, p)
				}
			}
			continue
		}
		for _, m := range d.mentions {
			// ("Along with the Deputy Prime Minister, A, I welcome B",
			// "accompanied by Ambassador A and Secretary B, PM C
			// commenced his visit": A and B go with another, no
			// principals.)
			// (Nor one who sent another: "a letter to A from Prime
			// Minister B", "Envoy of President B".)
			if m.person >= 0 && m.sent == s && !m.poss && !m.former && !d.alongWith(m) && !d.companionOf(m) && !d.sentBy(m) {
				ps = appendInt(ps, m.person)
			}
		}
	}
	// The headline's persons too: "… Manalo and … Teodoro at the 2+2 joint
	// press conference" over a transcript whose lead names three of four.
	if title != nil {
		for _, m := range title.mentions {
			// "pays respects to late Queen A": one who has died leads no
			// contact.
			if m.person >= 0 && !m.dead {
				if pi := d.personLike(title.persons[m.person]); pi >= 0 {
					ps = appendInt(ps, pi)
				}
			}
		}
	}
	return ps
}

// topicList reports whether sentence s is a transcript's list of topics,
// "A's visit to B; critical minerals; C; Indo-Pacific": items parted by
// semicolons, none of them a clause, no full stop. It names who the transcript is about,
// not who leads it: a person in it may be a topic (someone remembered).
func (d *doc) topicList(s int) bool {
	from, to := d.sentToks(s)
	semis, run := 0, 0
	for k := from; k < to; k++ {
		switch d.toks[k].text {
		case ";":
			semis++
			run = 0
			continue
		case ".", "!", "?", ":":
			// A list of topics has no full stop: a sentence parted by
			// semicolons ("A met B; they agreed …; …") has.
			return false
		}
		if run++; run > 10 {
			return false
		}
	}
	return semis >= 2
}

// personLike finds the body's person for a person of the headline, adding
// the headline's person to the body's when the body does not name them.
func (d *doc) personLike(p *person) int {
	for pi, q := range d.persons {
		if (p.country == "" || q.country == "" || p.country == q.country) && (sameName(p.core, q.core) || sameName(q.core, p.core) || knownAs(q, p.name)) {
			// The headline may say more: "President Zelenskyy of Ukraine"
			// where the transcript has "PRESIDENT ZELENSKYY".
			if q.country == "" {
				q.country = p.country
			}
			if len(p.core) > len(q.core) && !d.gluedTail(p.core, q.core) {
				q.aliases = appendNew(q.aliases, q.name)
				q.name, q.core = p.name, p.core
			}
			for _, r := range p.roles {
				q.roles = appendNew(q.roles, r)
			}
			for _, t := range p.titles {
				q.titles = appendInt(q.titles, t)
			}
			return pi
		}
	}
	// A headline's verb glued to a short name ("Lee, Roe Vow to Deepen
	// Ties", "Wang Bo Has a Call"): without its ordinary last words the
	// name is a body person's, whose name holds none of them.
	if k := d.ordinaryTailFrom(p.core); k > 0 {
		for pi, q := range d.persons {
			if (p.country == "" || q.country == "" || p.country == q.country) && d.gluedTail(p.core, q.core) {
				return pi
			}
		}
	}
	cp := *p
	d.persons = append(d.persons, &cp)
	return len(d.persons) - 1
}

// ordinaryTailFrom returns where the ordinary English words that end the
// name words core begin (none: 0), keeping one name word at least.
func (d *doc) ordinaryTailFrom(core []string) int {
	if d.lx == nil {
		return 0
	}
	k := len(core)
	for k > 1 && d.lx.common[core[k-1]] && !d.lx.given[core[k-1]] {
		k--
	}
	if k == len(core) {
		return 0
	}
	return k
}

// gluedTail reports whether the headline name words core are the name
// words of a body person's name, qcore, followed by ordinary words that
// name holds none of.
func (d *doc) gluedTail(core, qcore []string) bool {
	k := d.ordinaryTailFrom(core)
	return k > 0 && sameName(core[:k], qcore) && !overlapWords(core[k:], qcore)
}

// overlapWords reports whether a and b share a word.
func overlapWords(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// knownAs reports whether the body gave q the name a headline uses, as a
// byname: "President Joko “Jokowi” Widodo" and "President Jokowi".
func knownAs(q *person, name string) bool {
	f := accord.Fold(name)
	for _, a := range q.aliases {
		if accord.Fold(a) == f {
			return true
		}
	}
	return false
}

// occasionOf reports whether the headline word at toks[i] names the
// occasion of what the headline reports, "Press statements following A-B
// talks": lower-case talks are then no cue of their own (a summit after
// "following" still is: "Remarks following the A-B summit").
func (d *doc) occasionOf(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if f := d.toks[k].fold; f == "following" || f == "after" {
			return true
		}
	}
	return false
}

// oralCue reports whether a headline names a statement that is a press
// event when read aloud: "Joint Press Statement by President A and Prime
// Minister B".
func (d *doc) oralCue() bool {
	low := strings.ToLower(d.text)
	for _, c := range d.lx.oralTitleCues {
		// "Media Statement - Perth" names no author, so both leaders'; not
		// "Press Statement by President A", one leader's own.
		// "Press Statement of President A with Prime Minister B" names
		// both: read by the two.
		i := strings.Index(low, c)
		if i < 0 {
			continue
		}
		with := strings.Contains(low[i+len(c):], " with ")
		// "Press statement by President A during the visit of Prime
		// Minister B": read at home beside the guest, as B reads his.
		// "Media Statement by Prime Minister during his visit to A": read
		// abroad beside the host.
		if !with {
			with = (d.duringGuestVisit() || d.duringVisit("to")) && d.toPress()
		}
		if !strings.HasPrefix(c, "joint ") && (len(d.persons) > 0 || d.hasWord("by")) && !with {
			continue
		}
		if (i == 0 || !isLetter(low[i-1])) && (i+len(c) == len(low) || !isLetter(low[i+len(c)])) {
			return true
		}
	}
	return false
}

// toPress reports whether a headline names the press or the media (a
// "Press statement", not a written "Joint Statement").
func (d *doc) toPress() bool {
	return slices.ContainsFunc(d.toks, func(t token) bool { return d.lx.pressAudiences[t.fold] })
}

// duringGuestVisit reports whether a headline names its occasion as a
// guest's visit: "during the (State) visit of B".
func (d *doc) duringGuestVisit() bool {
	return d.duringVisit("of")
}

// duringVisit reports whether a headline names its occasion as a visit,
// the trip word followed by link: "during the (State) visit of B" (of),
// "during his visit to A" (to).
func (d *doc) duringVisit(link string) bool {
	for k := 0; k+2 < len(d.toks); k++ {
		if d.toks[k].fold != "during" {
			continue
		}
		q := k + 1
		// "during the visit", "during his visit", "during visit to A".
		if f := d.toks[q].fold; f == "the" || f == "his" || f == "her" || f == "their" {
			q++
		}
		for q < len(d.toks) && d.lx.visitKinds[d.toks[q].fold] {
			q++
		}
		if q+1 < len(d.toks) && d.lx.is(&d.toks[q], fTripWords) && d.toks[q+1].fold == link {
			return true
		}
	}
	return false
}

// spokenOpening reports whether the body opens as a text read aloud: with
// a speaker's label in capitals ("PRESIDENT A: …") or a salutation ("Your
// Excellency", "Ladies and gentlemen").
func (d *doc) spokenOpening() bool {
	// The first line of speech, under the heading lines a transcript's
	// page repeats ("Media Statement - Perth", "Media statement", "22 Oct
	// 2022", "Prime Minister", its topics): a line of prose ends the search.
	rest := d.text
	for n := 0; n < maxHeadingLines && rest != ""; n++ {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		line = strings.TrimSpace(line)
		if line == "" {
			n--
			continue
		}
		if d.spokenLine(line) || capsLabelWithin(line) || officeNameLabel(line) {
			return true
		}
		if strings.HasSuffix(line, ".") && len(strings.Fields(line)) >= 8 {
			return false
		}
	}
	return false
}

// capsLabelWithin reports whether a speaker's label in capitals follows
// the heading words a paragraph joins to it: "… Malacañan Palace 12
// January 2017 PRESIDENT A: His Excellency …" (soft line breaks).
func capsLabelWithin(line string) bool {
	c := strings.IndexByte(line, ':')
	if c < 0 || c > 240 || c+1 < len(line) && line[c+1] != ' ' {
		return false
	}
	// The label: the words in capitals just before the colon, two
	// letters or more each, at least one word.
	words := strings.Fields(line[:c])
	n := 0
	for k := len(words) - 1; k >= 0 && n < 6; k-- {
		w := strings.Trim(words[k], ",.")
		if len(w) < 2 || strings.ToUpper(w) != w || !strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			break
		}
		n++
	}
	return n >= 2 || n == 1 && len(words) == 1
}

// maxHeadingLines bounds the heading lines above a transcript's first
// line of speech.
const maxHeadingLines = 8

// spokenLine reports whether a line opens speech: a speaker's label in
// capitals ("PRESIDENT A:", "ANTHONY ALBANESE, PRIME MINISTER:"), an office
// and its holder in brackets, or a salutation.
func (d *doc) spokenLine(line string) bool {
	if c := strings.IndexByte(line, ':'); c > 3 && c < 80 && strings.ToUpper(line[:c]) == line[:c] && strings.ContainsAny(line[:c], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return true // PRESIDENT A:
	}
	if bracketLabel(line) {
		return true // President of A (B C)
	}
	low := strings.ToLower(strings.TrimLeft(line, "*_ \"“"))
	for _, s := range d.lx.salutations {
		if strings.HasPrefix(low, s) {
			return true
		}
	}
	return false
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// bracketLabel reports whether a line is a speaker's label of an office
// and the holder's name in brackets, alone: "President of the Republic of
// A (B C)", "Prime Minister of D (E F)".
func bracketLabel(line string) bool {
	o := strings.LastIndexByte(line, '(')
	if o < 3 || o > 100 || !strings.HasSuffix(line, ")") || strings.ContainsAny(line[:o], ".:;()") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(line); !unicode.IsUpper(r) {
		return false
	}
	name := strings.Fields(line[o+1 : len(line)-1])
	if len(name) < 2 || len(name) > 5 {
		return false
	}
	for _, w := range name {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// titleCues are the engagement types a headline names, each once, in
// order: "Readout of … Call with …", "Remarks … Before Bilateral Meeting",
// "PM holds telephone conversation with …". A one-word cue counts only
// capitalised, as headlines write it ("Call", not "calls for"); longer
// ones in any case.
func (d *doc) titleCues() []accord.EngagementType {
	// "Minister's Visit to C Cancelled": a headline's contact called off
	// is none held.
	if d.calledOffWord() {
		return nil
	}
	// Each cue with where it ends; a run of cues with nothing between them
	// is one contact named in one phrase ("Video Conference Summit
	// Meeting", "Telephone Summit Meeting"), of its mode if it names one.
	type cue struct {
		typ      accord.EngagementType
		from, to int
	}
	var found []cue
	// The words from toks[i] joined by spaces, built once a token: each
	// shorter phrase is a prefix of it (ends), looked up without a string.
	var buf [128]byte
	var ends [4]int
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if !t.word {
			continue
		}
		n := 1
		for k := i + 1; k < len(d.toks) && k < i+4 && d.toks[k].word; k++ {
			n++
		}
		words := append(buf[:0], t.fold...)
		ends[0] = len(words)
		for k := i + 1; k < i+max(n, 2) && k < len(d.toks); k++ {
			words = append(append(words, ' '), d.toks[k].fold...)
			ends[k-i] = len(words)
		}
		// "Korea to hold 1st summit with Japan": what the headline names
		// after a future is ahead, not held on the day.
		if d.lx.titleFuture[string(words[:ends[0]])] || i+1 < len(d.toks) && d.lx.titleFuture[string(words[:ends[1]])] {
			break
		}
		// The longest cue first: "Virtual Bilateral Meeting" before "Bilateral Meeting".
		// Shortened token by token: a fold may hold a space ("president
		// elect" of President-elect).
		for ; n > 0; n-- {
			words := words[:ends[n-1]]
			if ty, ok := d.lx.titleCues[string(words)]; ok && (n > 1 || t.cap || d.lx.titleAnyCase[string(words)] && !(ty == accord.Talks && d.occasionOf(i))) && !(n == 1 && ty == accord.Signing && !d.signVerb(i)) {
				// "A Holds Talks with B on Sidelines of G7 Summit": the
				// gathering is where the contact named before it was held.
				// ("PM Meets Thai Counterpart on ASEAN Summit Sidelines":
				// the sideline word after the gathering's name.)
				// ("PM meeting with President A at the NATO summit": a
				// meeting at a summit is held there, no pair's summit.)
				if len(found) > 0 && (d.sidelinesBefore(i) || i+n < len(d.toks) && d.lx.is(&d.toks[i+n], fSideline) || ty == accord.Summit && class(found[len(found)-1].typ) == "talks" && d.atGatheringBefore(found[len(found)-1].to, i)) {
					i += n - 1
					break
				}
				// "Prime Minister Hosts Welcome Ceremony for B": a verb cue
				// before an occasion's cue names that occasion, not a
				// meeting of its own.
				if n == 1 && ty == accord.Meeting && d.titleCueAt(i+1) {
					break
				}
				// "PM Holds Meeting With A, Calls It A 'Fruitful One'":
				// the verb names the meeting, no call (naming36.go).
				if n == 1 && ty == accord.PhoneCall && d.namingComplement(i) {
					break
				}
				found = append(found, cue{ty, i, i + n})
				i += n - 1
				break
			}
		}
	}
	var out []accord.EngagementType
	for a := 0; a < len(found); {
		b := a + 1
		for b < len(found) && found[b].from == found[b-1].to {
			b++
		}
		run := found[a:b]
		if k := slices.IndexFunc(run, func(c cue) bool { return remoteType(c.typ) }); k >= 0 && len(run) > 1 {
			run = run[k : k+1]
		}
		for _, c := range run {
			if !slices.Contains(out, c.typ) {
				out = append(out, c.typ)
			}
		}
		a = b
	}
	// "Press Conference by the Prime Minister regarding a Telephone Talk
	// with A": the speaker's own press conference about the call, with no
	// other party.
	// Not "Press statements following talks with A": statements, in the
	// plural, are both sides' after their talks.
	if k := slices.Index(out, accord.PressConference); k >= 0 && d.pressSubject() && !d.pluralStatements() {
		out = slices.Delete(out, k, k+1)
	}
	// A summit meeting is a meeting; "summit" alone names the summit.
	return out
}

// countriesOf returns the countries of an engagement's parties: its
// persons' and the countries taking part in their own name.
func (d *doc) countriesOf(e eng) []string {
	var out []string
	for _, p := range e.persons {
		if c := d.persons[p].country; c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	for _, c := range e.codes {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// quoteBefore reports whether toks[i] stands inside a quotation opened in
// its sentence or one of the two before (toks[from] opens its sentence).
func (d *doc) quoteBefore(from, i int) bool {
	s := d.toks[from].sent - 2
	for s < 0 {
		s++
	}
	k, _ := d.sentToks(s)
	open := false
	for ; k < i; k++ {
		switch d.toks[k].text {
		case "\"":
			open = !open
		case "“":
			open = true
		case "”":
			open = false
		}
	}
	return open
}

// relativeDay reports whether a date expression counts from publication
// ("today", "this afternoon", "on Monday"): no month or number in it.
func (d *doc) relativeDay(de dateExpr) bool {
	if de.prec != precDay {
		return false
	}
	for k := de.tok; k < de.end && k < len(d.toks); k++ {
		t := d.toks[k]
		if d.lx.is(&t, fMonth) || t.text != "" && t.text[0] >= '0' && t.text[0] <= '9' {
			return false
		}
	}
	return true
}

// represented reports whether a mention follows "representing" or "on
// behalf of" (a title between): the person another stands in for.
func (d *doc) represented(m *pmention) bool {
	if d.sentBy(m) {
		return true
	}
	k := m.i - 1
	if k >= 0 && d.toks[k].fold == "the" {
		k--
	}
	if k < 0 || d.toks[k].sent != m.sent {
		return false
	}
	if d.lx.proxyCues[d.toks[k].fold] {
		return true
	}
	return k >= 2 && d.toks[k].fold == "of" && d.toks[k-1].fold == "behalf" && d.toks[k-2].fold == "on"
}

// sentBy reports whether a mention names one who sent another or sent a
// letter: "A, Minister of Regional Affairs, Envoy of President B" (in
// apposition, after a comma, read as B's titles; not "met Special Envoy
// of the Secretary-General B", B the envoy), "delivered a letter to A
// from Prime Minister B".
func (d *doc) sentBy(m *pmention) bool {
	for q := m.i; q+1 < m.ni && m.i > 0 && d.toks[m.i-1].text == ","; q++ {
		if d.lx.proxyNouns[d.toks[q].fold] && d.toks[q+1].fold == "of" {
			return true
		}
	}
	k := m.i - 1
	if k >= 1 && d.toks[k].sent == m.sent && d.toks[k].fold == "of" && d.lx.proxyNouns[d.toks[k-1].fold] {
		return true
	}
	if k >= 0 && d.toks[k].fold == "from" {
		for q := k - 1; q >= 0 && q >= k-6 && d.toks[q].sent == m.sent; q-- {
			if d.lx.messageNouns[d.toks[q].fold] {
				return true
			}
		}
	}
	return false
}

// pairSides gives a summit named after its sides ("The EU-Canada summit
// took place …; A and B represented the EU") the side no person of it
// stands for.
func (d *doc) pairSides(held []eng) {
	for k := range held {
		e := &held[k]
		if e.typ != accord.Summit || len(e.persons) == 0 || e.fromTitle {
			continue
		}
		pair := d.hyphenPairIn(e.sent)
		have := d.countriesOf(*e)
		if len(pair) < 2 || !slices.ContainsFunc(have, func(c string) bool { return slices.Contains(pair, c) }) {
			continue
		}
		for _, c := range pair {
			if !slices.Contains(have, c) {
				e.codes = appendStr(e.codes, c)
			}
		}
	}
}

// hyphenPairIn returns the countries a word of sentence s joins with
// hyphens, all its parts countries: "EU-Canada", "Japan-China-ROK".
func (d *doc) hyphenPairIn(s int) []string {
	from, to := d.sentToks(s)
	for k := from; k < to; k++ {
		t := d.toks[k]
		if t.cap && strings.ContainsAny(t.text, "-–") {
			var codes []string
			for _, part := range strings.FieldsFunc(t.text, func(r rune) bool { return r == '-' || r == '–' }) {
				c := d.lx.sideCode(part)
				if c == "" {
					codes = nil
					break
				}
				codes = appendStr(codes, c)
			}
			if len(codes) >= 2 {
				return codes
			}
		}
		// Countries joined by separate dashes: "EU", "-", "Canada".
		if t.text != "-" && t.text != "–" || k == from {
			continue
		}
		var codes []string
		for _, o := range d.others {
			if o.kind == accord.Country && !o.demonym && (o.j == k || o.i == k+1) && d.toks[o.i].sent == s {
				codes = appendStr(codes, o.key)
			}
		}
		if len(codes) >= 2 {
			return codes
		}
	}
	return nil
}

// dayGap is the number of days from YYYY-MM-DD a to b, or -1.
func dayGap(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return -1
	}
	return int(tb.Sub(ta).Hours() / 24)
}

// remoteType reports whether a contact of type t is held at a distance.
func remoteType(t accord.EngagementType) bool {
	return t == accord.VideoCall || t == accord.PhoneCall
}

// namedCountries are the countries a headline names as such, not as
// demonyms: "EU-Republic of Korea summit" names Korea.
// otherSides returns the countries and blocs a headline names other than
// own: "South Africa-European Union Summit" for South Africa's president is
// the EU.
func (d *doc) otherSides(own string) []string {
	var out []string
	for _, c := range d.namedCountries() {
		if c != own {
			out = appendStr(out, c)
		}
	}
	for _, o := range d.others {
		if o.kind == accord.Organization {
			if c := d.lx.sideCode(o.key); c != "" && c != own {
				out = appendStr(out, c)
			}
		}
	}
	// "South Africa-European Union Summit": the name after the hyphen runs
	// on over the next capitalised words; "Korea-U.S." is several tokens.
	for k := 0; k < len(d.toks); k++ {
		t := d.toks[k]
		if !t.cap || !strings.ContainsAny(t.text, "-–") {
			continue
		}
		e := k + 1
		for e < len(d.toks) && d.toks[e].start == d.toks[e-1].end {
			e++
		}
		word := d.text[t.start:d.toks[e-1].end]
		i := strings.LastIndexAny(word, "-–")
		name := strings.TrimLeft(word[i:], "-–")
		if c := d.lx.sideCode(name); c != "" && c != own {
			out = appendStr(out, c)
			continue
		}
		for j := e; j < len(d.toks) && j <= e+2 && d.toks[j].cap && d.toks[j].word; j++ {
			name += " " + d.toks[j].text
			if c := d.lx.sideCode(name); c != "" && c != own {
				out = appendStr(out, c)
				break
			}
		}
	}
	return out
}

// onlyPersonOf returns the one principal of country code the text names,
// or -1 if none or several.
func (d *doc) onlyPersonOf(code string, principals []int) int {
	found := -1
	for _, p := range principals {
		if d.persons[p].country != code {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = p
	}
	return found
}

// otherLeader returns the one principal of the side of pair that is not
// home, or -1.
func (d *doc) otherLeader(pair []string, home string, principals []int) int {
	for _, c := range pair {
		if c != home {
			return d.onlyPersonOf(c, principals)
		}
	}
	return -1
}

// namesPerson reports whether the text names the person by the last word
// of name, not only by a title ("the Prime Minister").
func (d *doc) namesPerson(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	return d.hasWord(foldToken(f[len(f)-1]))
}

// hasWord reports whether the text has the word w (folded).
func (d *doc) hasWord(w string) bool {
	return slices.ContainsFunc(d.toks, func(t token) bool { return t.fold == w })
}

func (d *doc) namedCountries() []string {
	var codes []string
	for _, o := range d.others {
		if o.kind == accord.Country && !o.demonym {
			codes = appendStr(codes, o.key)
		}
	}
	for _, w := range d.hyphenWords() {
		for _, c := range d.lx.hyphenCountries(w) {
			codes = appendStr(codes, c)
		}
	}
	return codes
}

// hyphenWords returns the capitalised words joined by a hyphen, whole:
// "Japan-U.S." (which tokens split as "Japan-U", ".", "S.").
func (d *doc) hyphenWords() []string {
	var out []string
	for k := 0; k < len(d.toks); k++ {
		t := d.toks[k]
		if !t.cap || !strings.Contains(t.text, "-") {
			continue
		}
		e := k + 1
		for e < len(d.toks) && d.toks[e].start == d.toks[e-1].end && d.toks[e].text != "," && d.toks[e].text != ":" {
			e++
		}
		b, e := d.hyphenCountrySpan(k, e)
		w := strings.TrimSuffix(d.text[d.toks[b].start:d.toks[e-1].end], "'s")
		out = append(out, w)
		k = e - 1
	}
	return out
}

// invitations reads "X invited Y to visit Z": a pending visit.
func (d *doc) invitations(principals []int) []eng {
	var out []eng
	for i := range d.toks {
		t := &d.toks[i]
		if t.fold != "invited" {
			continue
		}
		from, to := d.sentToks(t.sent)
		var ps []int
		for _, m := range d.mentions {
			if m.person >= 0 && m.ni >= from && m.ni < to && !m.poss {
				ps = appendInt(ps, m.person)
			}
		}
		visit := -1
		for k := i; k < to; k++ {
			if d.toks[k].fold == "visit" {
				visit = k
				break
			}
		}
		if visit < 0 || len(ps) < 2 {
			continue
		}
		e := eng{typ: accord.Visit, status: accord.StatusPending, persons: ps, sent: t.sent}
		for k := visit + 1; k < to && k < visit+4; k++ {
			if sp, ok := d.spanAt(k); ok && sp.kind == kCountry {
				e.place = accord.PlaceRef{Name: d.lx.countryName(sp.e.code), Country: sp.e.code}
				break
			}
		}
		out = append(out, e)
	}
	return out
}

// placeIn is where a sentence says a contact took place: "in Seoul", "at the
// White House", "visit to the RoK".
func (d *doc) placeIn(from, to int, tr trigger) accord.PlaceRef {
	k := d.placeAt(from, to, tr)
	if k < 0 {
		return accord.PlaceRef{}
	}
	o := d.others[k]
	if o.kind == accord.Country {
		return accord.PlaceRef{Name: o.name, Country: o.key}
	}
	return accord.PlaceRef{Name: o.name, Country: o.country}
}

// placeDate dates a contact its sentence names only by its place ("the
// Trade Meeting in Stockholm") by the sentence that dates that place's
// meetings ("in London on June 9, and in Stockholm on July 28 and 29").
func (d *doc) placeDate(from, to int, tr trigger) *dateExpr {
	k := d.placeAt(from, to, tr)
	if k < 0 || d.others[k].kind != accord.Place {
		return nil
	}
	for i := from; i < to; i++ {
		if d.lx.is(&d.toks[i], fMonth) && d.toks[i].cap {
			return nil // a date written in a way not read: not another's
		}
	}
	key := d.others[k].key
	for _, o := range d.others {
		if o.kind != accord.Place || o.key != key || o.i < 0 || d.toks[o.i].sent == tr.sent {
			continue
		}
		f, t := d.sentToks(d.toks[o.i].sent)
		// Not the day of something ahead there: "A and B are expected
		// to hold summit talks in San Francisco on Thursday".
		ahead := false
		for k := f; k < o.i; k++ {
			ahead = ahead || d.lx.purposeAhead[d.toks[k].fold]
		}
		if ahead {
			continue
		}
		// Nor the day of an arrival there: "B arrived in Riga yesterday"
		// dates the arrival, not the press conference in Riga the day
		// after.
		if d.arrivalBefore(f, o.i) {
			continue
		}
		for _, de := range d.lx.dates(d.toks, o.j, t, d.pub) {
			if de.tok <= o.j+1 { // "in Stockholm on July 28"
				return &de
			}
		}
	}
	return nil
}

// placeAt returns the index in d.others of the place of a contact, or -1.
func (d *doc) placeAt(from, to int, tr trigger) int {
	// "your visit to Adelaide": the visit phrase names its own place, one
	// not known; a place before it, of another clause, is not the visit's
	// (visit33.go). One after may be: "a visit to Busan in Korea".
	ownTo := d.visitToUnknown(tr, to)
	// "left Peru on Friday, concluding his visit": the place left.
	if n := d.leftPlaceEnding(from, to, tr); n >= 0 {
		return n
	}
	best := -1
	bestDist := 1 << 30
	for n, o := range d.others {
		if o.i < from || o.i >= to || o.kind == accord.Organization || o.demonym || ownTo && o.i < tr.i {
			continue
		}
		k := o.i - 1
		if k >= from && d.toks[k].fold == "the" {
			k--
		}
		if k < from {
			continue
		}
		f := d.toks[k].fold
		if f == "," && o.kind == accord.Country {
			// "in Granada, Spain": a town not known, in a country that is.
			c := k - 1
			for c >= from && c > k-4 && d.toks[c].cap && d.toks[c].word {
				c--
			}
			if c >= from && c < k-1 && d.at[k-1] == 0 {
				f = d.toks[c].fold // (a town known is the place itself)
			}
		}
		// "has left for A on an official visit": the country left for.
		// (Or a city of a country: "departed for Washington"; the verb a
		// few words back: "leaves the country Sunday evening for C".)
		departure := f == "for" && (o.kind == accord.Country || o.kind == accord.Place && o.country != "") && tr.typ == accord.Visit && d.departedFor(k, from)
		// "is scheduled to visit France", "will visit Japan": the country
		// the bare verb visits.
		bare := (f == "visit" || f == "visits") && k == tr.i && tr.j == tr.i+1 ||
			f == "of" && k == tr.j-1 && d.toks[tr.i].fold == "tour" // "a three-nation tour of A, B and C"
		// "arrived here" in an agency's copy: the dateline's place
		// (hereAtDateline).
		here := d.toks[o.i].fold == "here"
		// "reached China on a visit": the place reached (reachedOnVisit).
		reached := tr.typ == accord.Visit && k == tr.i && d.lx.reachVerbs[f] && (o.kind == accord.Country || o.kind == accord.Place && o.country != "")
		// "a visit to four African nations of A, B and C": the list's
		// first country is the first stop (countedList).
		counted := o.kind == accord.Country && tr.typ == accord.Visit && d.countedListAt(o.i, from, to)
		if !(f == "in" || f == "at" || departure || here || counted || reached || (f == "to" || f == "visiting" || bare) && o.kind == accord.Country && tr.typ == accord.Visit) {
			continue
		}
		// "the visiting A's Foreign Secretary … in B": a possessive names
		// the visitor's country, not the place visited.
		if f == "visiting" && o.j < to && (d.toks[o.j].fold == "'s" || d.toks[o.j].fold == "’s") {
			continue
		}
		if f == "in" && o.kind == accord.Country && k-1 >= from && d.lx.placeTopicNouns[d.toks[k-1].fold] {
			continue // "to discuss recent events in Ukraine": the topic, not the venue
		}
		dd := abs(o.i - tr.i)
		if dd >= bestDist || d.semicolonBetween(o.i, tr.i) {
			// "met in Rzeszów; A reported on his talks in Brussels": the
			// place of another clause.
			continue
		}
		bestDist, best = dd, n
	}
	return best
}

// semicolonBetween reports whether a ";" stands between toks[a] and toks[b].
func (d *doc) semicolonBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		if d.toks[k].text == ";" {
			return true
		}
	}
	return false
}

func (d *doc) sentToks(s int) (from, to int) {
	// The first token of every sentence, built once: the transcript and
	// list rules ask for every sentence's tokens, and two binary searches a
	// call cost 2 % of extraction.
	if d.sentStart == nil || d.sentStartFor != len(d.toks) {
		d.buildSentStart()
	}
	n := len(d.sentStart) - 1 // sentences
	if s < 0 {
		return 0, 0
	}
	if s >= n {
		return len(d.toks), len(d.toks)
	}
	return d.sentStart[s], d.sentStart[s+1]
}

// buildSentStart indexes the first token of each sentence; tokens are in
// sentence order.
func (d *doc) buildSentStart() {
	n := 0
	if len(d.toks) > 0 {
		n = d.toks[len(d.toks)-1].sent + 1
	}
	d.sentStart = make([]int, n+1)
	k := 0
	for s := 0; s <= n; s++ {
		for k < len(d.toks) && d.toks[k].sent < s {
			k++
		}
		d.sentStart[s] = k
	}
	d.sentStartFor = len(d.toks)
}

func (d *doc) firstSentenceWith(ps []int) int {
	for _, m := range d.mentions {
		for _, p := range ps {
			if m.person == p {
				return m.sent
			}
		}
	}
	return 0
}

// regionIn returns the members of the group of countries sentence s names
// ("the Central Asian republics"), or nil.
func (d *doc) regionIn(s int) []string {
	from, to := d.sentToks(s)
	if f := d.lx.regionFirst; f != nil {
		// Most sentences hold no first word of a region's name: one
		// filter test a token, not a comparison a token and name.
		k := from
		for k < to && !f.Has(d.toks[k].fold) {
			k++
		}
		if k == to {
			return nil
		}
	}
	for _, r := range d.lx.regions {
		for _, ws := range r.names {
			for k := from; k+len(ws) <= to; k++ {
				match := true
				for n, w := range ws {
					if d.toks[k+n].fold != w {
						match = false
						break
					}
				}
				if match {
					return r.members
				}
			}
		}
		for _, ws := range r.holders {
			for k := from + 2; k+len(ws) <= to; k++ {
				if d.withGroup(k, ws, to) {
					return r.members
				}
			}
		}
	}
	return nil
}

// membersAll reports whether every person acts for a known country among
// members.
func (d *doc) membersAll(ps []int, members []string) bool {
	for _, p := range ps {
		if c := d.persons[p].country; c == "" || !slices.Contains(members, c) {
			return false
		}
	}
	return len(ps) > 0
}

// oneCountry reports whether the persons all act for one known country.
func (d *doc) oneCountry(ps []int) bool {
	c := d.persons[ps[0]].country
	for _, p := range ps {
		if d.persons[p].country == "" || d.persons[p].country != c {
			return false
		}
	}
	return c != ""
}

// countriesIn are the countries sentence s names as such.
func (d *doc) countriesIn(s int) []string {
	var codes []string
	for _, o := range d.others {
		if o.kind == accord.Country && !o.demonym && o.i >= 0 && d.toks[o.i].sent == s {
			codes = appendStr(codes, o.key)
		}
	}
	return codes
}

// countriesBesideTopic is countriesIn for the sentence of tr without the
// countries named after a topic cue past the contact's phrase: "met in Rome
// to discuss a number of issues, including bilateral ties, Libya, Syria"
// names what was discussed, not who met.
func (d *doc) countriesBesideTopic(tr trigger) []string {
	var codes []string
	for _, o := range d.others {
		if o.kind != accord.Country || o.demonym || o.i < 0 || d.toks[o.i].sent != tr.sent {
			continue
		}
		topic := false
		for k := tr.j; k < o.i; k++ {
			if d.lx.is(&d.toks[k], fTopicCues) {
				topic = true
				break
			}
		}
		if !topic {
			codes = appendStr(codes, o.key)
		}
	}
	return codes
}

// unionSidesBefore returns the codes of the organisations acting as one
// side of their own (a union of states: the European Union) that the
// sentence of tr names before its phrase.
func (d *doc) unionSidesBefore(tr trigger) []string {
	var codes []string
	for _, o := range d.others {
		if o.kind == accord.Organization && o.i >= 0 && o.i < tr.i && d.toks[o.i].sent == tr.sent && d.lx.unionSides.holdsFold(o.country) {
			codes = appendStr(codes, o.country)
		}
	}
	return codes
}

// pastSpanOpening reports whether the sentence from toks[from] opens with
// a span of time up to now, before toks[i]: "In the last six months,",
// "Over the past year,".
func (d *doc) pastSpanOpening(from, i int) bool {
	k := from
	if k+3 >= i || d.toks[k].fold != "in" && d.toks[k].fold != "over" && d.toks[k].fold != "during" {
		return false
	}
	k++
	if d.toks[k].fold == "the" {
		k++
	}
	if d.toks[k].fold != "last" && d.toks[k].fold != "past" {
		return false
	}
	k++
	if k < i && (d.toks[k].num || spanCounts[d.toks[k].fold]) {
		k++
	}
	return k+1 < i && spanUnits[d.toks[k].fold] && d.toks[k+1].text == ","
}

// recentSpanList reports whether contact tr is a noun ("the signing of")
// after "in recent weeks and months" or "over the past year" in its
// sentence, and no "today": an item of what was done in that span ("efforts
// the Administration has undertaken in recent weeks and months, including
// … the signing of a Security Agreement").
func (d *doc) recentSpanList(from int, tr trigger, to int) bool {
	if tr.i < 1 || tr.i <= from {
		return false
	}
	if p := d.toks[tr.i-1].fold; p != "the" && p != "a" && p != "an" && p != "s" && p != "’" && p != "'" && p != "’s" && p != "'s" {
		return false // not a noun: "the signing", "A's signing"
	}
	for k := from; k < to; k++ {
		if f := d.toks[k].fold; f == "today" || f == "tonight" {
			return false
		}
	}
	for k := from; k+2 < tr.i; k++ {
		f, n := d.toks[k].fold, d.toks[k+1].fold
		if (f == "in" || f == "over") && n == "recent" && spanUnits[d.toks[k+2].fold] {
			return true
		}
		if (f == "in" || f == "over") && n == "the" && k+3 < tr.i && (d.toks[k+2].fold == "past" || d.toks[k+2].fold == "last") {
			q := k + 3
			if q < tr.i && (d.toks[q].num || spanCounts[d.toks[q].fold]) {
				q++
			}
			if q < tr.i && spanUnits[d.toks[q].fold] {
				return true
			}
		}
	}
	return false
}

var (
	spanCounts = map[string]bool{"few": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "twelve": true, "several": true}
	spanUnits  = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "decade": true, "decades": true, "year": true, "month": true}
)

// visitSpan returns the index in ds of the first day of the span that
// follows visit tr within a few words ("visit to Norway from June 30 to
// July 3", "from 30 June-3 July"), or -1.
func (d *doc) visitSpan(ds []dateExpr, tr trigger) int {
	for k := range ds {
		f := ds[k].tok - 1
		if f < tr.j || f > tr.j+8 || d.toks[f].fold != "from" || d.toks[f].sent != d.toks[tr.i].sent || ds[k].prec != precDay {
			continue
		}
		// Only words of a destination between: "to Norway", "to the
		// Republic of Korea (RoK)".
		for q := tr.j; q < f; q++ {
			if t := d.toks[q]; t.word && !t.cap && t.fold != "to" && t.fold != "the" && t.fold != "of" && t.fold != "and" {
				return -1
			}
		}
		return k
	}
	return -1
}

// activityItem narrows the stretch of contact tr to its item of a list of
// activities separated by semicolons ("engaged in many activities,
// including paying tribute …; making a courtesy call on B; holding talks
// with C; and witnessing …") and returns the person its subject names
// before the list. ok is false outside such a list: two semicolons or
// more, and a subject before the first item.
func (d *doc) activityItem(tr trigger, from, to int) (int, int, int, bool) {
	s := tr.sent
	sf, st := d.sentToks(s)
	var semis []int
	for k := sf; k < st; k++ {
		if d.toks[k].text == ";" {
			semis = append(semis, k)
		}
	}
	if len(semis) < 2 {
		return from, to, -1, false
	}
	subject := -1
	for _, m := range d.mentions {
		if m.sent == s && m.person >= 0 && m.i < semis[0] && !m.former {
			subject = m.person
			break
		}
	}
	if subject < 0 {
		return from, to, -1, false
	}
	// The subject's own contact before the first item is not an item.
	if tr.i < semis[0] && !d.listOpenerBefore(sf, tr.i) {
		return from, to, -1, false
	}
	f, t := from, to
	for _, k := range semis {
		if k < tr.i && k+1 > f {
			f = k + 1
		}
		if k >= tr.j && k < t {
			t = k
			break
		}
	}
	if f == from && t == to {
		return from, to, -1, false
	}
	if tr.i < semis[0] {
		// The first item starts after the opener ("including").
		for k := tr.i - 1; k >= sf; k-- {
			if d.lx.listOpeners[d.toks[k].fold] {
				f = k + 1
				break
			}
		}
	}
	return f, t, subject, true
}

// listOpenerBefore reports whether a word opening a list of activities
// ("including", "such as") stands in toks[from:i].
func (d *doc) listOpenerBefore(from, i int) bool {
	for k := from; k < i; k++ {
		if d.lx.listOpeners[d.toks[k].fold] {
			return true
		}
	}
	return false
}

// audienceWord reports whether sentence s or the next names an audience.
func (d *doc) audienceWord(s int) bool {
	from, _ := d.sentToks(s)
	for k := from; k < len(d.toks) && d.toks[k].sent <= s+1; k++ {
		if f := d.toks[k].fold; f == "audience" || f == "audiences" {
			return true
		}
	}
	return false
}

// audience reports whether e is a contact of a monarch and one person of
// another country.
func (d *doc) audience(e eng) bool {
	if len(e.persons) != 2 || len(e.codes) > 0 {
		return false
	}
	a, b := d.persons[e.persons[0]], d.persons[e.persons[1]]
	monarch := func(p *person) bool { return d.lx.audienceOffices.holdsFold(p.office) }
	if monarch(b) {
		a, b = b, a
	}
	// The monarch's country may be known only later, from the office
	// table: the visitor's must differ from it where it is known.
	return monarch(a) && !monarch(b) && b.country != "" && a.country != b.country
}

// receivedByLeader reports whether the passive contact tr ("A was
// received by B") names as B, its agent, a leader (a party leader or
// higher) of another country than A, who ranks above A.
func (d *doc) receivedByLeader(tr trigger, e eng) bool {
	if len(e.persons) != 2 || len(e.codes) > 0 {
		return false
	}
	host := -1
	for _, m := range d.mentions {
		if m.person >= 0 && m.i >= tr.j && m.sent == d.toks[tr.i].sent {
			host = m.person
			break
		}
	}
	n := slices.Index(e.persons, host)
	if n < 0 {
		return false
	}
	h, g := d.persons[host], d.persons[e.persons[1-n]]
	rank := d.lx.levelRank
	return rank[h.level] >= rank[accord.LevelPartyLeader] && rank[g.level] < rank[h.level] && h.country != "" && g.country != "" && h.country != g.country
}

// sideWith returns the country of "with the Ukrainian delegation", "with
// Chile's side" in the contact phrase at tr (up to the sentence end to);
// "" if none.
func (d *doc) sideWith(tr trigger, to int) string {
	for k := tr.i; k+2 < to && k <= tr.j+1; k++ {
		if d.toks[k].fold != "with" {
			continue
		}
		q := k + 1
		if d.toks[q].fold == "the" {
			q++
		}
		for _, o := range d.others {
			if o.kind != accord.Country || o.i != q {
				continue
			}
			sp, ok := d.spanAt(q)
			if !ok {
				return ""
			}
			e := sp.j
			if e < to && d.toks[e].fold == "'s" {
				e++
			}
			if e < to && d.lx.sides[d.toks[e].fold] {
				return o.key
			}
		}
	}
	return ""
}

// counterpartWith reports whether the contact's "with" is followed by a
// counterpart named by office alone: "with his New Zealand counterpart",
// "with their Chilean counterparts".
func (d *doc) counterpartWith(tr trigger, to int) bool {
	k := tr.j
	if k >= to || d.toks[k].fold != "with" {
		return false
	}
	k++
	if k < to {
		switch d.toks[k].fold {
		case "his", "her", "their", "the":
			k++
		}
	}
	for n := 0; k < to && n <= 3; k, n = k+1, n+1 {
		if f := d.toks[k].fold; f == "counterpart" || f == "counterparts" {
			return !d.personIn(k+1, min(k+4, to))
		}
		if !d.toks[k].cap {
			return false
		}
	}
	return false
}

// addressedCountry returns the country a message is sent to right after
// the contact: "to Peru", "to the government and (the) people of Peru",
// "to the people of Peru"; "" when "to" names no country there.
func (d *doc) addressedCountry(tr trigger, to int) string {
	k := tr.j
	if k >= to || d.toks[k].fold != "to" {
		return ""
	}
	q := k + 1
	if q < to && d.toks[q].fold == "the" {
		q++
	}
	// "the government and the people of": the nouns of a nation as a
	// whole, read up to "of".
	for r := q; r < to && r <= q+5; r++ {
		f := d.toks[r].fold
		if f == "of" {
			q = r + 1
			break
		}
		if !d.lx.nationNouns[f] {
			break
		}
	}
	if q < to && d.toks[q].fold == "the" {
		q++
	}
	for _, o := range d.others {
		if o.kind == accord.Country && !o.demonym && o.i == q {
			return o.key
		}
	}
	return ""
}

// unnamedCounterpart returns the country of "his Chilean counterpart"
// right after the contact's "with" when no name follows it, "" otherwise.
func (d *doc) unnamedCounterpart(tr trigger, to int) string {
	for k := tr.i; k+2 < to && k <= tr.j+1; k++ {
		// (Or right after a verb that takes its guest: "hosted his
		// Chilean counterpart".)
		q := k + 1
		if k == tr.j-1 && d.lx.needPerson.holdsFold(tr.form) && d.counterpartAt(tr.j) > 0 {
			q = tr.j
		} else if d.toks[k].fold != "with" {
			continue
		}
		switch d.toks[q].fold {
		case "his", "her", "their", "its", "the":
			q++
		}
		for _, o := range d.others {
			if o.kind != accord.Country || !o.demonym || o.i != q {
				continue
			}
			sp, ok := d.spanAt(o.j)
			if !ok || sp.kind != kCounterpart {
				return ""
			}
			// "his Chilean counterpart Ana Ruiz": the name is the side.
			if d.personIn(sp.j, min(sp.j+4, to)) {
				return ""
			}
			return o.key
		}
		return ""
	}
	return ""
}

// nearer reports whether no other contact phrase of tr's sentence stands
// nearer the date than tr: in "during A's courtesy call … during B's visit
// last April", April is the visit's. A signing that ends the contact
// after its day ("wrapped up their talks on Tuesday by signing") leaves
// the contact that day (the signing is of the same day).
func (d *doc) nearer(de dateExpr, tr trigger, trs []trigger) bool {
	for _, o := range trs {
		// "met A in Viet Nam, the first stop during his trip, on June 23":
		// an appositive stop takes no date from the clause it sits in.
		if o.sent == tr.sent && o.i != tr.i && dist(de, o) < dist(de, tr) && !tripStop(o.form) && !d.clauseEnds(de, tr, o) && !d.inOpeningFrame(de, tr, o) && !d.aheadOf(de.end, o.i) && !(de.tok >= tr.j && d.frameAfter(de.end, o.i)) && !(de.tok >= tr.j && d.sequenceBetween(de.end, o.i)) && !(de.tok >= tr.j && o.i > de.end && (d.whereClauseBetween(de.end, o.i) || o.typ == accord.Signing && d.andPairClauseBetween(de.end, o.i))) && !(de.tok >= tr.j && o.i >= de.tok && o.form == "by signing") {
			return false
		}
		if o.sent == tr.sent && o.i < tr.i && d.clauseEnds(de, o, tr) {
			return false
		}
	}
	return true
}

// inOpeningFrame reports whether date de stands with contact tr in the
// frame that opens the sentence, before the main clause's contact o:
// "During the visit of A to B in October 2023, the two sides signed …" is
// the visit's month; the signing is of the visit, its day untold.
func (d *doc) inOpeningFrame(de dateExpr, tr, o trigger) bool {
	from, _ := d.sentToks(tr.sent)
	if !framePreps[d.toks[from].fold] || de.tok < tr.j || o.i < de.end {
		return false
	}
	for k := tr.j; k < o.i; k++ {
		if d.toks[k].text == "," {
			return k >= de.end
		}
	}
	return false
}

// sequenceBetween reports whether a word of sequence ("after", "before",
// "following", "since") opens a clause between toks[a] and toks[b]:
// "signed six agreements on Friday after A held talks with B", "held talks
// on Monday, their first since their summit in May": the day told before
// it is the main clause's, though the later contact is nearer.
func (d *doc) sequenceBetween(a, b int) bool {
	for k := a; k < b && k <= a+5; k++ {
		switch d.toks[k].fold {
		case "after", "before", "following", "since":
			return true
		case ";", ".":
			return false
		}
		// "spoke by phone on Thursday, recalling their meeting in A": a
		// contact recalled takes no day of the clause before.
		if d.lx.past[d.toks[k].fold] && k > a && d.toks[k-1].text == "," {
			return true
		}
	}
	return false
}

func dist(de dateExpr, tr trigger) int {
	if de.tok >= tr.j {
		return de.tok - tr.j
	}
	return tr.i - de.end
}

// subset reports whether every element of a is in b.
func subset(a, b []int) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func overlap(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func appendInt(l []int, x int) []int {
	for _, y := range l {
		if y == x {
			return l
		}
	}
	return append(l, x)
}

func appendStr(l []string, x string) []string {
	for _, y := range l {
		if y == x {
			return l
		}
	}
	return append(l, x)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// countryCue reports whether a headline names a contact between
// governments ("High-Level Security Dialogue").
func (d *doc) countryCue() bool {
	return slices.ContainsFunc(d.toks, func(t token) bool { return t.cap && d.lx.countryCues[t.fold] })
}

// countryPair returns the two countries a headline names, when it names
// exactly two (as countries, not demonyms), else nil.
func (d *doc) countryPair() []string {
	var codes []string
	for _, o := range d.others {
		if o.kind != accord.Country || o.demonym || slices.Contains(codes, o.key) {
			continue
		}
		codes = append(codes, o.key)
	}
	// Headlines join the pair with a hyphen, which keeps the two names one
	// word: "Chile-Kenya Economic Dialogue".
	for _, w := range d.hyphenWords() {
		for _, c := range d.lx.hyphenCountries(w) {
			if !slices.Contains(codes, c) {
				codes = append(codes, c)
			}
		}
	}
	if len(codes) != 2 {
		return nil
	}
	slices.Sort(codes)
	return codes
}

// signingPair returns the two sides a headline names as countries or as a
// union that acts as one (the EU by any of its bodies), when exactly two,
// else nil.
func (d *doc) signingPair() []string {
	var codes []string
	for _, o := range d.others {
		c := ""
		switch {
		case o.kind == accord.Country && !o.demonym:
			c = o.key
		case o.kind == accord.Organization && o.country != "" && !d.lx.isCountry(o.country):
			// A body of a union of countries (the EU) signs for the union.
			c = o.country
		}
		if c != "" && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	if len(codes) != 2 {
		return nil
	}
	slices.Sort(codes)
	return codes
}

// signVerb reports whether the one-word signing cue at toks[i] ("sign",
// "ink") is a headline's verb after the sides it names, not a noun ("A Sign
// of Warmer Ties") or a particle verb ("sign up").
func (d *doc) signVerb(i int) bool {
	if d.toks[i].fold == "signing" {
		return true // "Signing", the noun of the event
	}
	if i == 0 || !d.inSpan(i-1) && d.toks[i-1].text != ")" {
		return false
	}
	if k := i + 1; k < len(d.toks) && (d.toks[k].fold == "of" || d.toks[k].fold == "up" || d.toks[k].fold == "off" || d.toks[k].fold == "on") {
		return false
	}
	return true
}

// welcomedFormat reports whether contact tr is the object of a verb of
// welcome a few words before it ("welcomed the first … Dialogue"), with
// only its determiners and name's words between.
func (d *doc) welcomedFormat(tr trigger, from int) bool {
	for k := tr.i - 1; k >= from && k >= tr.i-8; k-- {
		t := d.toks[k]
		if d.lx.welcome[t.fold] {
			return true
		}
		if t.word && !t.cap && t.fold != "the" && t.fold != "first" && t.fold != "inaugural" && t.fold != "second" && t.fold != "third" && t.fold != "annual" && t.fold != "next" && t.fold != "latest" {
			return false
		}
	}
	return false
}

// officeOf reports whether the headline names country c by one of its
// offices ("President of Brazil", "Brazilian President"), a side's office
// without its person.
func (d *doc) officeOf(c string) bool {
	for si := range d.spans {
		sp := &d.spans[si]
		if sp.kind != kTitle {
			continue
		}
		for _, o := range d.others {
			if o.i < 0 || (o.kind != accord.Country) || o.key != c {
				continue
			}
			// "President of Brazil": the country right after the office's
			// "of", or after "of the" ("President of the Philippines",
			// "of the Republic of Korea": titleofthe34.go); "Brazilian
			// President": the demonym right before it.
			if d.ofCountryAfter(sp.j, o.i) || o.j == sp.i {
				return true
			}
		}
	}
	return false
}

// isCountry reports whether code is a country's, not a union's (EU).
func (lx *lexicon) isCountry(code string) bool {
	_, ok := lx.byCode[code]
	return ok
}

// firstSentenceWithCountries returns the first sentence naming all of the
// countries, else the first sentence.
func (d *doc) firstSentenceWithCountries(codes []string) int {
	for si := range d.sents {
		all := true
		for _, c := range codes {
			all = all && slices.ContainsFunc(d.others, func(o otherMention) bool {
				return o.kind == accord.Country && o.key == c && o.i >= 0 && o.i < len(d.toks) && d.toks[o.i].sent == si
			})
		}
		if all {
			return si
		}
	}
	return 0
}

// countryCode returns the code of the country a word names by itself
// ("Kenya", "Japan"), or "".
func (lx *lexicon) countryCode(word string) string {
	toks := tokenize(word, lx.abbr)
	if len(toks) == 0 {
		return ""
	}
	for _, e := range lx.names.match(toks, 0) {
		if e.kind == kCountry && len(tokenize(e.form, lx.abbr)) == len(toks) {
			return e.code
		}
	}
	return ""
}

// sideCode is the code of a country, or of a union of states with one
// (the EU), that a word names in full.
func (lx *lexicon) sideCode(word string) string {
	toks := tokenize(word, lx.abbr)
	if len(toks) == 0 {
		return ""
	}
	for _, e := range lx.names.match(toks, 0) {
		if (e.kind == kCountry || e.kind == kOrg && e.code != "") && len(tokenize(e.form, lx.abbr)) == len(toks) {
			return e.code
		}
	}
	return ""
}

// presentPurpose reports whether the cue at toks[k] belongs to a purpose
// clause ("to attend …") hanging on a visit under way: "KISHIDA, who is
// visiting Rome to attend the Summit, met …" — the summit is the occasion,
// not a plan. A modal before it keeps the plan: "will travel to Rome to
// attend".
func (d *doc) presentPurpose(k, from int) bool {
	if d.toks[k].fold == "to" && k+1 < len(d.toks) && d.toks[k+1].fold == "attend" {
		k++
	}
	if d.toks[k].fold != "attend" || k < 1 || d.toks[k-1].fold != "to" {
		return false
	}
	for i := k - 2; i >= from && i >= k-10; i-- {
		f := d.toks[i].fold
		if d.lx.purposeAhead[f] {
			return false
		}
		if d.lx.purposeNow[f] {
			return true
		}
	}
	return false
}

// remote reports whether a contact is held at a distance.
func remote(t accord.EngagementType) bool {
	return t == accord.PhoneCall || t == accord.VideoCall
}

// callsTold drops a meeting or talks of the body that a call of the body,
// of the same people on the same day, reported before it or in its
// sentence, already holds: "held a telephone meeting with A", "held a summit telephone talk
// with A … holding of the Summit Meeting", "deeper than in our first
// talks". One cannot both phone and meet someone the same day; the later
// words tell the call again, or recall older meetings.
func callsTold(held []eng) []eng {
	return slices.DeleteFunc(held, func(e eng) bool {
		if e.fromTitle || class(e.typ) != "talks" || len(e.persons) < 2 || len(e.date) != 10 {
			return false
		}
		return slices.ContainsFunc(held, func(c eng) bool {
			// (A headline's call the body does not report gives way to the
			// body's meeting instead, below: "PM call with A" over "The
			// Prime Minister met A".)
			return remote(c.typ) && (!c.fromTitle || c.confirmed) && c.date == e.date && c.sent <= e.sent && subset(e.persons, c.persons)
		})
	})
}

// coordinated reports whether two contacts of a sentence are verbs of one
// subject joined by "and": "He called on President A, and met Prime
// Minister B" — a reception and a meeting, each with its own guest.
func (d *doc) coordinated(a, b trigger) bool {
	// "paid courtesy visits to A and B, and had a meeting with C": the
	// verbs before the nouns.
	av, bv := d.verbOf(a), d.verbOf(b)
	if bv < 1 || a.j > b.i || av < 0 {
		return false
	}
	k := bv - 1
	// "and also called on C", "and later called on C", "and then also
	// met C": an adverb or two of sequence (knowledge sequence_openers)
	// between the conjunction and the second verb.
	for n := 0; n < 2 && k > a.j && (d.toks[k].fold == "also" || d.lx.sequenceOpeners[d.toks[k].fold]); n++ {
		k--
	}
	return d.toks[k].fold == "and" || d.toks[k].text == ","
}

// verbOf returns where the verb of contact phrase tr stands: its first
// word ("met", "called on"), or the verb before its noun ("paid courtesy
// visits", "had a meeting"); -1 for none.
func (d *doc) verbOf(tr trigger) int {
	// A support verb first: "had talks" is the noun "talks", whatever
	// its "-s" says.
	k := tr.i - 1
	if k > 0 && (d.toks[k].fold == "a" || d.toks[k].fold == "an") {
		k--
	}
	if k >= 0 && supportVerbs[d.toks[k].fold] {
		return k
	}
	// "met with C, witnessed the signing of …": the witness verb carries
	// the signing noun, an act of the sentence's subject like the others.
	if k >= 1 && d.toks[k].fold == "the" && witnessVerbs[d.toks[k-1].fold] {
		return k - 1
	}
	// ("paid a courtesy visit to A, held talks with B": a phrase that
	// opens with its support verb.)
	if contactVerb(d.toks[tr.i]) || supportVerbs[d.toks[tr.i].fold] {
		return tr.i
	}
	return -1
}

// supportVerbs carry a contact noun: "paid courtesy visits", "had a
// meeting".
var supportVerbs = map[string]bool{"paid": true, "made": true, "had": true, "held": true}

// witnessVerbs carry a signing noun as the subject's act: "witnessed the
// signing", "witnessed the exchange".
var witnessVerbs = map[string]bool{"witnessed": true}

// contactVerb reports whether a contact phrase starts with a verb (met,
// called on, hosted), not a noun (a meeting): only verbs coordinate.
func contactVerb(t token) bool {
	return t.word && !t.cap && (strings.HasSuffix(t.fold, "ed") || t.fold == "met" || t.fold == "held" || t.fold == "had" || t.fold == "spoke" || strings.HasSuffix(t.fold, "s") && !strings.HasSuffix(t.fold, "ss"))
}

// pronounSubject returns the person "He" or "She" opening the sentence at
// toks[from] stands for: the subject of the sentence before (its first
// person named, not as a possessor), or -1.
func (d *doc) pronounSubject(from int) int {
	if p := d.pronounSubjectN(from, 3); p >= 0 {
		return p
	}
	// "In Kuala Lumpur, he met A": "he" after an opening phrase that names
	// no person.
	for k := from; k < len(d.toks) && k < from+8 && d.toks[k].sent == d.toks[from].sent; k++ {
		if d.toks[k].text != "," {
			continue
		}
		if k+1 < len(d.toks) && (d.toks[k+1].text == "he" || d.toks[k+1].text == "she") && !d.personIn(from, k) {
			return d.pronounSubjectN(k+1, 3)
		}
		break
	}
	return d.framedPronoun(from)
}

// personIn reports whether a person is named in toks[from:to].
func (d *doc) personIn(from, to int) bool {
	for _, m := range d.mentions {
		if m.person >= 0 && m.i >= from && m.i < to {
			return true
		}
	}
	return false
}

// pronounSubjectN is pronounSubject looking back at most n sentences: "He"
// after a sentence that itself opens with "He", or whose subject is named
// by office only ("the external affairs minister met his Italian
// counterpart A"), is the subject before it, not the person met.
func (d *doc) pronounSubjectN(from, n int) int {
	// "Earlier, he also received a call": an opening adverb before it.
	if from+2 < len(d.toks) && d.toks[from].word && d.toks[from+1].text == "," && (d.toks[from+2].fold == "he" || d.toks[from+2].fold == "she") && d.toks[from+2].sent == d.toks[from].sent {
		from += 2
	}
	if n == 0 || from >= len(d.toks) || d.toks[from].fold != "he" && d.toks[from].fold != "she" || d.toks[from].sent == 0 {
		return -1
	}
	prev := d.toks[from].sent - 1
	pf, _ := d.sentToks(prev)
	if pf < len(d.toks) && (d.toks[pf].fold == "he" || d.toks[pf].fold == "she") {
		if p := d.pronounSubjectN(pf, n-1); p >= 0 {
			return p
		}
	}
	for _, m := range d.mentions {
		if m.sent == prev && m.person >= 0 && !m.poss {
			if d.grammarVerbIn(pf, m.i) {
				// The first person named is the object of an unnamed
				// subject: the one the text goes on about.
				return d.unnamedSubject(pf, n-1)
			}
			return m.person
		}
		if m.sent > prev {
			break
		}
	}
	// "The prime minister thanked both leaders … He also received a
	// call": a subject named by office alone is the one person of the
	// text with that office.
	if p := d.officeOnlySubject(pf); p >= 0 {
		return p
	}
	// "… received calls from A and B. The two leaders congratulated him.
	// He also received a call from C": a sentence naming no one passes
	// the subject on from the one before it.
	if !d.personIn(pf, from) {
		return d.unnamedSubject(pf, n-1)
	}
	return -1
}

// officeOnlySubject returns the person a sentence opening at toks[from]
// names by office alone as its subject ("The prime minister thanked …"):
// the first person named before it titled with that office; else -1.
func (d *doc) officeOnlySubject(from int) int {
	if from+1 >= len(d.toks) || d.toks[from].fold != "the" {
		return -1
	}
	// The words after "the", in any case ("the prime minister"), are one
	// of a person's titles, and no name follows them.
	// Of the persons named before the sentence: "the prime minister"
	// takes up one introduced, not one named later; of several so titled
	// (the text's prime minister and a caller's), the one introduced
	// first, the text's own.
	first := map[int]int{}
	for _, m := range d.mentions {
		if m.person >= 0 && m.i < from {
			if f, ok := first[m.person]; !ok || m.i < f {
				first[m.person] = m.i
			}
		}
	}
	found := -1
	for pi, p := range d.persons {
		f, ok := first[pi]
		if p.count == 0 || d.former(pi) || !ok || found >= 0 && first[found] < f {
			continue
		}
		for _, t := range p.titles {
			ws := strings.Fields(accord.Fold(d.lx.k.Titles.Titles[t].Title))
			end := from + 1 + len(ws)
			if end >= len(d.toks) || d.toks[end-1].sent != d.toks[from].sent || d.personIn(end, end+1) || len(ws) == 0 || !d.wordsAt(from+1, len(d.toks), ws) {
				continue
			}
			found = pi
			break
		}
		// "the chief executive", "the head of state": the leader described
		// by the office, not its title.
		for words, level := range d.lx.k.Titles.LeaderEpithets {
			ws := strings.Fields(words)
			end := from + 1 + len(ws)
			if found == pi || end >= len(d.toks) || d.toks[end-1].sent != d.toks[from].sent || d.personIn(end, end+1) || !d.wordsAt(from+1, len(d.toks), ws) {
				continue
			}
			if level == string(accord.LevelHeadOfState) && d.headOfState(pi) || level == string(p.level) && d.leader(pi) {
				found = pi
			}
		}
	}
	return found
}

// reportedOffice returns the subject, named by office alone, of a clause
// reported in the sentence opening at toks[from] before the contact phrase
// tr ("the Assistant Secretary said the chief executive may meet with A"):
// the person who holds the office, not the one who reports, and where the
// reporting verb stands; or -1.
func (d *doc) reportedOffice(from int, tr trigger) (int, int) {
	for k := from; k+1 < tr.i; k++ {
		if !d.lx.reporting[d.toks[k].fold] {
			continue
		}
		c := k + 1
		if d.toks[c].fold == "that" {
			c++
		}
		if c < tr.i && d.toks[c].fold == "the" {
			return d.officeOnlySubject(c), k
		}
	}
	return -1, 0
}

// grammarVerbIn reports whether a verb of the text's grammar (met, held,
// discussed) stands in toks[from:to].
func (d *doc) grammarVerbIn(from, to int) bool {
	for k := from; k < to && k < len(d.toks); k++ {
		if d.toks[k].text == d.toks[k].fold && d.lx.is(&d.toks[k], fVerbs) {
			return true
		}
	}
	return false
}

// unnamedSubject returns the person an unnamed subject of the sentence
// opening at toks[from] stands for: the subject of the sentence before
// (named, or itself "He"), or -1.
func (d *doc) unnamedSubject(from, n int) int {
	s := d.toks[from].sent
	if n == 0 || s == 0 {
		return -1
	}
	pf, _ := d.sentToks(s - 1)
	if p := d.pronounSubjectN(pf, n); p >= 0 {
		return p
	}
	for _, m := range d.mentions {
		if m.sent == s-1 && m.person >= 0 && !m.poss {
			if d.grammarVerbIn(pf, m.i) {
				return -1
			}
			return m.person
		}
		if m.sent >= s {
			break
		}
	}
	return -1
}

// othersIn counts the persons other than m's named in [from, to).
func (d *doc) othersIn(m *pmention, from, to int) int {
	var seen []int
	for _, o := range d.mentions {
		if o.person >= 0 && o.person != m.person && o.i >= from && o.i < to && !slices.Contains(seen, o.person) {
			seen = append(seen, o.person)
		}
	}
	return len(seen)
}

// reported is how many other persons a sentence must name for the source
// of its report to be no side of a contact: a visit needs its visitor only.
func reported(t accord.EngagementType) int {
	if t == accord.Visit {
		return 1
	}
	return 2
}

// ownerOf reports whether possessive mention m owns the visit tr: "A's
// visit", "A's official visit", "A's first state visit".
// ownContactWith reports whether the phrase of tr is a contact noun with
// its counterparts after "with": "A's meetings with B and C", "A's talks
// with B", "A's first meeting was with B": the possessor is the other
// side.
func (d *doc) ownContactWith(tr trigger) bool {
	k := tr.j
	if k < len(d.toks) && (d.toks[k].fold == "was" || d.toks[k].fold == "were") {
		k++ // "A's first meeting was with B"
	}
	return tr.j > tr.i && d.toks[tr.j-1].fold == "with" || k < len(d.toks) && d.toks[k].fold == "with"
}

func (d *doc) ownerOf(m *pmention, tr trigger) bool {
	k := m.nj + 1 // after the 's
	for k < tr.i && k <= m.nj+3 && d.toks[k].word {
		k++
	}
	return k == tr.i
}

// sidesOf returns, for a pair of countries, the principal of each (else its
// person named first), or nil when either has none.
func (d *doc) sidesOf(pair []string, principals []int) []int {
	if len(pair) != 2 {
		return nil
	}
	var out []int
	for _, c := range pair {
		if p := d.countrySide(c, principals); p >= 0 {
			out = append(out, p)
		}
	}
	if len(out) != 2 {
		return nil
	}
	return out
}

// countrySide returns country c's side of a contact: a principal of the
// country, else its person the text names first; -1 if none.
func (d *doc) countrySide(c string, principals []int) int {
	if pi := slices.IndexFunc(principals, func(p int) bool { return d.persons[p].country == c }); pi >= 0 {
		return principals[pi]
	}
	first := -1
	for k, p := range d.persons {
		if p.country == c && (first < 0 || p.first < d.persons[first].first) {
			first = k
		}
	}
	return first
}

// noSides reports whether pair is two distinct countries of which the
// text names no person.
func (d *doc) noSides(pair []string, principals []int) bool {
	return len(pair) == 2 && pair[0] != pair[1] && d.countrySide(pair[0], principals) < 0 && d.countrySide(pair[1], principals) < 0
}

// visitHost makes a visit's host side its visitor's counterpart: of the host
// country's persons the text names, the one of the visitor's rank (a
// foreign minister's host is the foreign minister), else its head of
// government, else its head of state. Every report of a visit then names
// the same host, whoever else it mentions.
func (d *doc) visitHost(e *eng) {
	host := e.place.Country
	if host == "" && len(e.codes) == 1 {
		host = e.codes[0] // "Visit to Australia by Prime Minister A"
	}
	if host == "" || len(e.persons) == 0 {
		return
	}
	var visitors []int
	for _, p := range e.persons {
		if c := d.persons[p].country; c != "" && c != host {
			visitors = appendInt(visitors, p)
		}
	}
	if len(visitors) == 0 {
		return
	}
	level := d.persons[visitors[0]].level
	pick := -1
	for _, want := range []string{level, "head_of_government", "head_of_state"} {
		if want == "" {
			continue
		}
		for pi, p := range d.persons {
			// One a banquet toast only greets ("Your Excellency, President
			// A, Deputy President B,") is its audience, no host (banquet32).
			if p.country == host && p.level == want && !d.onlyFormer(pi) && (!d.greeter[pi] || want == level) && !d.addressedOnly(pi) && (pick < 0 || p.first < d.persons[pick].first) {
				pick = pi
			}
		}
		if pick >= 0 {
			break
		}
	}
	if pick < 0 {
		if len(visitors) >= 2 && len(visitors) == len(e.persons) {
			// "A, who is visiting Germany to attend the G7, met B": A's
			// visit is to Germany, B is no side of it.
			e.persons, e.codes = visitors[:1], []string{host}
		}
		return
	}
	e.persons = append(visitors, pick)
	e.codes = nil
}

// onlyFormer reports whether every mention of person pi names them as a
// former office holder.
func (d *doc) onlyFormer(pi int) bool {
	for _, m := range d.mentions {
		if m.person == pi && !m.former {
			return false
		}
	}
	return true
}

// oneByOne reports whether a contact phrase reports several contacts, one
// per host: "had meetings with", "separately", "also met".
func (d *doc) oneByOne(tr trigger, from, to int) bool {
	for k := tr.i; k < tr.j; k++ {
		// "held meetings with", "received telephone calls from A, B and C":
		// a plural contact is one with each.
		// "had bilaterals with A, B and C": the noun alone, each its own;
		// "had informal interactions with A, B and C" on a summit's margins.
		if f := d.toks[k].fold; f == "meetings" || f == "bilaterals" || f == "interactions" || f == "calls" && remote(tr.typ) {
			return true
		}
	}
	for k := from; k < to; k++ {
		// ("met individually with A, B and C", as WAM tells a leader's
		// meetings at a summit: multi34.)
		if f := d.toks[k].fold; f == "separately" || f == "individually" || f == "separate" && k > tr.i && k < tr.j || f == "also" && k+1 == tr.i {
			return true
		}
	}
	// "A held several bilateral meetings on the margins of the Forum. He
	// met B, C and D": the meetings announced, told one by one.
	if d.bilateralsBefore(tr.sent, from) {
		return true
	}
	// "met B, C and D in separate meetings"; "met his counterparts
	// individually. He held talks with B, C and D" (separate36.go).
	if d.separatePlural(from, to) || d.separateBefore(tr.sent, from) {
		return true
	}
	// "met other leaders, including A, B and C": the group's members one
	// by one (multi34.go).
	if d.groupInclusion(tr.j) >= 0 {
		return true
	}
	return d.withEach(tr, to)
}

// bilateralsBefore reports whether the sentence before sent (which opens
// at toks[from]) announces bilateral meetings in the plural, naming none.
func (d *doc) bilateralsBefore(sent, from int) bool {
	if sent == 0 || from == 0 {
		return false
	}
	for k := from - 1; k > 0 && d.toks[k].sent == sent-1; k-- {
		if d.lx.bilateralPlurals[d.toks[k].fold] && d.lx.bilateralWords[d.toks[k-1].fold] {
			// Named there: "held bilateral meetings with A, B and C".
			for _, m := range d.mentions {
				if m.sent == sent-1 && m.person >= 0 && m.i > k {
					return false
				}
			}
			return true
		}
	}
	return false
}

// withEach reads "held a summit meeting with A, and with B, respectively":
// "with" said again for each guest, closed by "respectively", is one contact
// per guest. "A and B, the ministers of X and Y respectively" pairs names
// with offices instead, and has no second "with".
func (d *doc) withEach(tr trigger, to int) bool {
	withs := 0
	if tr.j > 0 && d.toks[tr.j-1].fold == "with" {
		withs++
	}
	for k := tr.j; k < to; k++ {
		switch d.toks[k].fold {
		case "with":
			withs++
		case "respectively":
			return withs >= 2
		}
	}
	return false
}

// subjectBefore returns the subject of a sentence opening at toks[from]
// before its verb at toks[v]: "He" for the last sentence's subject, else
// its first person named (not as a possessor), or -1.
func (d *doc) subjectBefore(from, v int) int {
	if p := d.pronounSubject(from); p >= 0 {
		return p
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.i >= from && m.i < v && !m.poss {
			return m.person
		}
	}
	return -1
}

// callsTo reports whether toks[k] is "to" followed within a few words by a
// person: the addressees of calls ("calls to President A"), not an aim
// ("calls to end the war").
func (d *doc) callsTo(k int) bool {
	if d.toks[k].fold != "to" {
		return false
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == d.toks[k].sent && m.i > k && m.i <= k+4 {
			return true
		}
	}
	return false
}

// namedWithin reports whether a person's mention starts in sentence sent
// among tokens [from, to), resolved to a person yet or not.
func (d *doc) namedWithin(sent, from, to int) bool {
	for _, m := range d.mentions {
		if m.sent == sent && m.i >= from && m.i < to {
			return true
		}
	}
	return false
}

// question reports whether the sentence toks[from:to] asks: it ends with
// "?", or opens with a reporter's "Q" in a transcript.
func (d *doc) question(from, to int) bool {
	if from >= to {
		return false
	}
	if t := d.toks[to-1]; t.text == "?" || to-2 >= from && d.toks[to-2].text == "?" {
		return true
	}
	return d.toks[from].text == "Q" && from+1 < to && (d.toks[from+1].cap || d.toks[from+1].text == ":")
}

// questionTurns marks the sentences of a transcript's questions: from a
// reporter's "Q" to the next speaker's label ("SENIOR ADMINISTRATION
// OFFICIAL:", "PRESIDENT BIDEN:").
func (d *doc) questionTurns() map[int]bool {
	var out map[int]bool
	in := false
	for s := range d.sents {
		from, to := d.sentToks(s)
		if from >= to {
			continue
		}
		switch {
		case d.toks[from].text == "Q" && from+1 < to && (d.toks[from+1].cap || d.toks[from+1].text == ":"):
			in = true
		case d.labelAt(from, to):
			in = false
		}
		if in {
			if out == nil {
				out = map[int]bool{}
			}
			out[s] = true
		}
	}
	return out
}

// labelAt reports whether a sentence opens with a speaker's label: words in
// capitals, then a colon.
func (d *doc) labelAt(from, to int) bool {
	k := from
	for k < to && k < from+maxLabelWords && d.toks[k].word && d.toks[k].upper {
		k++
	}
	if k > from && k < to && d.toks[k].text == ":" {
		return true
	}
	// "JACINDA ARDERN, PRIME MINISTER OF NEW ZEALAND:"
	return k > from && k < to && d.toks[k].text == "," && d.labelEnd(from, to) > k
}

// homeSpeaker returns the first person a transcript's speaker labels name
// who acts for the publishing government's country, other than guest, or -1.
func (d *doc) homeSpeaker(h home, guest int) int {
	if !h.government || h.country == "" || d.persons[guest].country == h.country {
		return -1
	}
	for s := range d.sents {
		from, to := d.sentToks(s)
		if !d.labelAt(from, to) && !d.titleLabelAt(from, to) {
			continue
		}
		for _, m := range d.mentions {
			if m.sent == s && m.person >= 0 && m.person != guest && d.persons[m.person].country == h.country && m.i-from <= maxLabelWords {
				return m.person
			}
		}
	}
	return -1
}

// titleLabelAt reports whether a sentence opens with a label in title case
// ("Vladimir Putin:"): capitalised words, then a colon.
func (d *doc) titleLabelAt(from, to int) bool {
	k := from
	for k < to && k < from+maxLabelWords && d.toks[k].word && d.toks[k].cap {
		k++
	}
	return k > from && k < to && d.toks[k].text == ":" && (k+1 >= to || d.toks[k+1].start > d.toks[k].end)
}

// ownSides reports whether a contact phrase names its own sides right after
// it: "the online talks between A and B" belong to it, not to a contact
// named before in the sentence.
func (d *doc) ownSides(tr trigger) bool {
	return tr.j < len(d.toks) && d.toks[tr.j].fold == "between" && d.namedWithin(d.toks[tr.i].sent, tr.j+1, tr.j+6)
}

// outcomesBefore reports whether "the outcomes of" or "the results of"
// comes shortly before a contact phrase.
func (d *doc) outcomesBefore(tr trigger, from int) bool {
	for k := tr.i - 1; k >= from && k >= tr.i-5; k-- {
		if f := d.toks[k].fold; f == "outcomes" || f == "outcome" || f == "results" {
			return true
		}
	}
	return false
}

// thisVisit reports whether "this", "the current" or "my" stands right
// before the visit phrase tr: the visit under way.
func (d *doc) thisVisit(tr trigger) bool {
	for k := tr.i - 1; k >= 0 && k >= tr.i-2; k-- {
		switch d.toks[k].fold {
		case "this", "current", "my", "our", "ongoing":
			return true
		}
	}
	return false
}

// personalOwner are the possessives of a person that own a visit.
var personalOwner = map[string]bool{"his": true, "her": true, "their": true, "your": true, "my": true, "our": true}

// takenUp reports whether the invitation word at toks[k] is one accepted:
// "thank him for accepting our invitation", "at the invitation of A": the
// visit it speaks of is under way, not pending.
func (d *doc) takenUp(k, from int) bool {
	if d.atOwnersInvitation(k, from) {
		return true
	}
	// "Kerry, invited by Wang, is paying a two-day visit": a participle
	// set off by commas tells why the visit under way is paid.
	if k > from && k+1 < len(d.toks) && d.toks[k].fold == "invited" && d.toks[k+1].fold == "by" && d.toks[k-1].text == "," {
		return true
	}
	for i := k - 1; i >= from && i >= k-3; i-- {
		switch f := d.toks[i].fold; {
		case strings.HasPrefix(f, "accept"):
			// "accepted an invitation … for a State Visit" is a visit to
			// come; "thanked him for accepting an invitation" one made.
			if a := d.toks[i+1].fold; (a == "an" || a == "a") && (i == from || d.toks[i-1].fold != "for") {
				return false
			}
			return true
		case d.lx.invitationPreps[f] && i+1 < k && d.toks[i+1].fold == "the":
			// "at/on/upon the invitation of A" (visit37.go).
			return true
		}
	}
	return false
}

// pairNamed is countryPair, or the pair a hyphen of two demonyms names:
// "Russian-Indian talks".
func (d *doc) pairNamed() []string {
	if p := d.countryPair(); p != nil {
		return p
	}
	for ti := range d.toks {
		t := &d.toks[ti]
		parts := strings.Split(t.text, "-")
		if !t.cap || len(parts) != 2 {
			continue
		}
		a, b := d.lx.demonymCode(parts[0]), d.lx.demonymCode(parts[1])
		if a != "" && b != "" && a != b {
			p := []string{a, b}
			slices.Sort(p)
			return p
		}
	}
	return nil
}

// demonymCode returns the country of a demonym ("Indian"), or "".
func (lx *lexicon) demonymCode(word string) string {
	toks := tokenize(word, lx.abbr)
	if len(toks) == 0 {
		return ""
	}
	for _, e := range lx.names.match(toks, 0) {
		if e.kind == kDemonym && len(tokenize(e.form, lx.abbr)) == len(toks) {
			return e.code
		}
	}
	return ""
}

// gladTo reports whether the "to" at toks[k] follows a word of pleasure:
// "I am pleased to welcome A" welcomes A now.
func gladTo(toks []token, k int) bool {
	if k < 1 {
		return false
	}
	switch toks[k-1].fold {
	case "pleased", "delighted", "happy", "glad", "honoured", "honored", "great", "privileged":
		return true
	}
	return false
}

// hadOpportunityTo reports whether the "to" at toks[k] follows an
// opportunity had: "I had the opportunity to meet A", "I was pleased to
// have the opportunity to hold talks with A" met A (not "to have the
// opportunity" alone, which may be hoped for). Neither that "to" nor the
// verb after it ("hold") makes a plan.
func (d *doc) hadOpportunityTo(k int) bool {
	if k < 3 || d.toks[k].fold != "to" || !d.lx.opportunityNouns[d.toks[k-1].fold] || d.toks[k-2].fold != "the" && d.toks[k-2].fold != "an" {
		return false
	}
	switch d.toks[k-3].fold {
	case "had":
		return true
	case "have":
		return k >= 5 && d.toks[k-4].fold == "to" && gladTo(d.toks, k-4)
	}
	return false
}

// onSidelines reports whether "the sidelines of" or "the margins of" follows
// a contact phrase in its sentence, before to.
func (d *doc) onSidelines(tr trigger, to int) bool {
	for k := tr.j; k+1 < to && k < tr.j+6; k++ {
		if d.lx.is(&d.toks[k], fSideline) && k > 0 && d.toks[k-1].fold == "the" && d.toks[k+1].fold == "of" {
			return true
		}
	}
	return false
}

// homeLead is the person of a government's own country among the lead
// sentence's persons, when guest acts for another country; or -1.
func (d *doc) homeLead(h home, guest int, principals []int) int {
	if !h.government || h.country == "" || d.persons[guest].country == h.country {
		return -1
	}
	for _, p := range principals {
		if p != guest && d.persons[p].country == h.country && !d.former(p) && !d.addressedOnly(p) {
			return p
		}
	}
	return -1
}

// visitByOther reports whether the visit phrase tr names its visitor after
// "by" within its clause ("the visit to Washington this week by the Prime
// Minister's National Security Advisor") and that visitor is no principal
// of the text: an office without a name, or another person.
func (d *doc) visitByOther(tr trigger, to int, principals []int) bool {
	for k := tr.j; k < to && k < tr.j+8; k++ {
		switch d.toks[k].text {
		case ",", ";", ".", ":":
			return false
		}
		if d.toks[k].fold != "by" {
			continue
		}
		// "began his visit to C by meeting with A": how the visit went.
		if d.byManner(k) {
			return false
		}
		for _, m := range d.mentions {
			if m.person >= 0 && m.sent == tr.sent && m.i > k && m.i <= k+6 {
				return !slices.Contains(principals, m.person)
			}
		}
		// No one named: "by the Prime Minister's National Security
		// Advisor". A class of office ("the first visit by a Chinese
		// foreign minister since 2018") describes the visit told, and a
		// title the text's principal holds ("by the President") is his.
		if k+1 < to && (d.toks[k+1].fold == "a" || d.toks[k+1].fold == "an") {
			return false
		}
		return !d.principalTitleAt(k+1, to, principals)
	}
	return false
}

// officeOwnedByOther reports whether the visit phrase tr is owned by an
// office named bare ("the Prime Minister's visit", "the President's
// historic visit"), in a text that reports before it a contact held, and
// no party to the contacts held holds that office: the one person of the
// text who does is none of them, or no person does.
func (d *doc) officeOwnedByOther(tr trigger, from int, held []eng) bool {
	o := tr.i - 1
	for n := 0; n < 2 && o > from && d.toks[o].word && !d.toks[o].cap && d.toks[o].fold != "'s"; n++ {
		o--
	}
	if o <= from || d.toks[o].fold != "'s" || d.mentionWithin(tr.sent, o-1, o) {
		return false
	}
	// The office: capitalised words back to "the" ("the Prime Minister").
	k := o - 1
	for k > from && d.toks[k].word && d.toks[k].cap {
		k--
	}
	if k == o-1 || d.toks[k].fold != "the" {
		return false
	}
	var words []string
	for j := k + 1; j < o; j++ {
		words = append(words, d.toks[j].fold)
	}
	office := strings.Join(words, " ")
	contact := false
	for _, e := range held {
		if e.typ != accord.Visit && e.status == accord.StatusHeld && e.sent < tr.sent {
			contact = true
		}
	}
	if !contact {
		return false
	}
	holder := -1
	for pi, p := range d.persons {
		if slices.ContainsFunc(p.roles, func(r string) bool {
			r = accord.Fold(r)
			return r == office || strings.HasPrefix(r, office+" of ")
		}) {
			if holder >= 0 {
				return false // two holders: which one is not told here
			}
			holder = pi
		}
	}
	return holder < 0 || !slices.ContainsFunc(held, func(e eng) bool { return slices.Contains(e.persons, holder) })
}

// theirContact reports whether the contact phrase tr is the principals'
// own by a plural pronoun or "the (two) leaders" just before it: "their
// meeting", "since they met", "since the two leaders last met".
func (d *doc) theirContact(tr trigger, from int) bool {
	for k := tr.i - 1; k >= from && k >= tr.i-3; k-- {
		switch d.toks[k].fold {
		case "their", "they":
			return true
		case "leaders": // not "since the G20 leaders met"
			return k > from && (d.toks[k-1].fold == "two" || d.toks[k-1].fold == "both")
		case ",", ";":
			return false
		}
	}
	return false
}

// principalTitleAt reports whether an office title of one of principals
// stands at toks[k] (after "the"), with no possessive after it.
func (d *doc) principalTitleAt(k, to int, principals []int) bool {
	if k < to && d.toks[k].fold == "the" {
		k++
	}
	for _, m := range d.mentions {
		if m.i == k && m.person >= 0 && !m.poss && slices.Contains(principals, m.person) {
			return true
		}
	}
	return false
}

// laterAfter reports whether "later" opens the time told right after a
// contact phrase: "the visit to Israel later this week", "later this
// year", "later in 2023".
func (d *doc) laterAfter(tr trigger, to int) bool {
	for k := tr.j; k+1 < to && k < tr.j+6; k++ {
		switch d.toks[k].text {
		case ",", ";", ".", ":":
			return false
		}
		if d.toks[k].fold != "later" {
			continue
		}
		n := d.toks[k+1].fold
		return n == "this" || n == "in" || n == "next"
	}
	return false
}

// attendAfter reports whether a gathering's purpose ("to attend") follows a
// contact phrase closely in its sentence, before to.
func (d *doc) attendAfter(tr trigger, to int) bool {
	// Place names count as one word: "visiting Hamburg, the Federal
	// Republic of Germany, to attend".
	reach := tr.j + 8
	for _, o := range d.others {
		if (o.kind == accord.Place || o.kind == accord.Country) && o.i >= tr.j && o.i < reach && o.j > o.i+1 {
			reach += o.j - o.i - 1
		}
	}
	// "his visit to attend the Summit": the phrase "visit to" ends on the
	// cue's own "to".
	start := tr.j
	if start > tr.i && d.toks[start-1].fold == "to" {
		start--
	}
	for k := start; k < to && k < reach; k++ {
		if d.phraseAt(k, to, d.lx.attend) || d.forGathering(k, to) {
			return true
		}
	}
	return false
}

// skipRespectively returns the index after a parenthetical ", respectively,"
// at toks[k] (commas optional), or k.
// skipWeekday skips a day told inside a contact phrase, "on" and a
// weekday, where the phrase goes on right after it: "was on Wednesday
// received by A", "was received on Wednesday by A".
func (d *doc) skipWeekday(n *trie, k int) int {
	if k+2 >= len(d.toks) || d.toks[k].fold != "on" || d.toks[k+2].sent != d.toks[k].sent {
		return k
	}
	if _, ok := d.lx.weekdays[d.toks[k+1].fold]; !ok || n.child(&d.toks[k+2]) == nil {
		return d.skipOnDate(n, k)
	}
	return k + 2
}

// skipOnDate skips "on January 25, 2019" or "on 25 January 2019" inside a
// phrase ("hosted a banquet on January 25, 2019 in honour of") when the
// phrase goes on right after it; else it returns k.
func (d *doc) skipOnDate(n *trie, k int) int {
	q := k + 1
	at := func(q int) bool { return q < len(d.toks) && d.toks[q].sent == d.toks[k].sent }
	switch {
	case at(q+1) && d.lx.is(&d.toks[q], fMonth) && d.toks[q+1].num:
		q += 2
	case at(q+1) && d.toks[q].num && d.lx.is(&d.toks[q+1], fMonth):
		q += 2
	default:
		return k
	}
	if at(q+1) && d.toks[q].text == "," && d.toks[q+1].num && len(d.toks[q+1].text) == 4 {
		q += 2
	} else if at(q) && d.toks[q].num && len(d.toks[q].text) == 4 {
		q++
	}
	if !at(q) || n.child(&d.toks[q]) == nil {
		return k
	}
	return q
}

func skipRespectively(toks []token, k int) int {
	i := k
	if i < len(toks) && toks[i].text == "," {
		i++
	}
	if i >= len(toks) || toks[i].fold != "respectively" {
		return k
	}
	i++
	if i < len(toks) && toks[i].text == "," {
		i++
	}
	return i
}

// nounSubjectOfWill reports whether the contact phrase tr is a noun
// ("meeting", "talks", "visit") in no time phrase of its clause whose
// clause goes on, past its parties and with no comma, to "will" or
// "shall": "The meeting with A will focus on …", "the minister's visit to
// B will strengthen …".
func (d *doc) nounSubjectOfWill(tr trigger, from, to int) bool {
	noun := false
	for k := tr.i; k < tr.j; k++ {
		noun = noun || d.lx.subjectContactNouns[d.toks[k].fold]
	}
	if !noun {
		return false
	}
	// Back to the clause's start: no time phrase ("After the meeting").
	for k := tr.i - 1; k >= from; k-- {
		f := d.toks[k].fold
		if f == "," || f == ";" {
			break
		}
		if d.lx.timeLinks[f] {
			return false
		}
	}
	for k := tr.j; k < to && k < tr.j+14; k++ {
		switch f := d.toks[k].fold; f {
		case ",", ";", ":", "which", "that", "who", "where", "when":
			return false
		case "will", "shall":
			// "welcomed the first Strategic Dialogue on March 10 and will
			// cooperate": the subject's next act, not the contact's.
			return d.toks[k-1].fold != "and"
		case "is", "are":
			// "The meeting … is likely to be held on Sunday", "is
			// scheduled to take place": a schedule cue after the verb.
			if k+2 < to && d.lx.scheduleCues[d.toks[k+1].fold] && d.toks[k+2].fold == "to" {
				return true
			}
		}
	}
	return false
}

// attendsIn reports whether an attend cue ("to attend", "to take part in")
// stands anywhere in the text: in a headline, the purpose of its trip.
func (d *doc) attendsIn() bool {
	for k := range d.toks {
		if d.phraseAt(k, len(d.toks), d.lx.attend) {
			return true
		}
	}
	return false
}

// attendBefore reports whether an attend cue ("to attend", "to take part
// in") shortly precedes the contact phrase tr: the gathering attended.
func (d *doc) attendBefore(tr trigger, from int) bool {
	for k := max(from, tr.i-12); k < tr.i; k++ {
		if d.phraseAt(k, tr.i, d.lx.attend) {
			return true
		}
	}
	return false
}

// lastNight reports whether toks[k] opens "last night" or "last evening":
// the day before, not a contact of an earlier period recalled.
func lastNight(toks []token, k int) bool {
	return k+1 < len(toks) && (toks[k+1].fold == "night" || toks[k+1].fold == "evening")
}

// leadersBefore reports whether the contact word at toks[i] is a "leaders
// meeting", "Leaders' Meeting".
func (d *doc) leadersBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch d.toks[k].text {
		case "'", "’", "'s", "’s":
			continue
		}
		return d.toks[k].sent == d.toks[i].sent && (d.toks[k].fold == "leaders" || d.toks[k].fold == "leaders'" || d.toks[k].fold == "leaders’")
	}
	return false
}

// countryCount is the number of countries the persons act for.
func (d *doc) countryCount(ps []int) int {
	var cs []string
	for _, p := range ps {
		if c := d.persons[p].country; c != "" {
			cs = appendStr(cs, c)
		}
	}
	return len(cs)
}

// earlierPeriod reports whether "earlier this year", "earlier this month" or
// "earlier in the year" follows the contact phrase tr in its clause.
func (d *doc) earlierPeriod(tr trigger, to int) bool {
	for k := tr.j; k+2 < to && k < tr.j+10; k++ {
		if d.toks[k].fold != "earlier" {
			continue
		}
		n := k + 1
		if d.toks[n].fold == "in" && n+1 < to && d.toks[n+1].fold == "the" {
			n += 2
		} else if d.toks[n].fold == "this" {
			n++
		} else {
			return false
		}
		return n < to && (d.toks[n].fold == "year" || d.toks[n].fold == "month")
	}
	return false
}

// pastAfter reports whether a phrase of the past ("a month ago", "last
// summer") follows the contact tr within its clause: up to the next comma
// or semicolon, a few words on. "since" or "than" before it makes it the
// start of a span or a comparison ("the first visit since last year").
func (d *doc) pastAfter(tr trigger, to int) bool {
	for k := tr.j; k < to && k < tr.j+10; k++ {
		f := d.toks[k].fold
		if f == "," || f == ";" || f == ":" || d.lx.pastAfterBlocks[f] && !d.countedAgo(k, to) {
			return false
		}
		if d.phraseAt(k, to, d.lx.pastAfter) {
			return true
		}
	}
	return false
}

// buildingOn reports whether the clause of tr opens "Building on" the
// contact: one recalled as the ground of the present one.
func (d *doc) buildingOn(tr trigger, from int) bool {
	// "In addition, building up on the results of this meeting": after an
	// opening adverb, and with "up".
	if from+2 < tr.i && d.toks[from].num && d.toks[from+1].text == "." {
		from += 2 // "2. In addition, …": a numbered paragraph
	}
	for k := from; k < tr.i && k <= from+3; k++ {
		if d.toks[k].text == "," {
			from = k + 1
			break
		}
	}
	for k := from; k+1 < tr.i && k < from+3; k++ {
		f, next := d.toks[k].fold, d.toks[k+1].fold
		if (f == "building" || f == "build") && next == "up" && k+2 < tr.i {
			next = d.toks[k+2].fold
		}
		if (f == "building" || f == "build") && next == "on" || f == "further" && next == "to" {
			return true
		}
	}
	// "agreed to build on the momentum of the President's visit": what is
	// built on is done, wherever the clause puts it.
	for k := tr.i - 1; k > from && k >= tr.i-8; k-- {
		if d.toks[k].text == "," || d.toks[k].text == ";" {
			break
		}
		if f := d.toks[k-1].fold; (f == "build" || f == "building" || f == "builds") && d.toks[k].fold == "on" {
			return true
		}
	}
	return false
}

// pressSubject reports whether a headline's press conference is about a
// contact named after a subject link ("regarding a Telephone Talk with"),
// and not a joint one.
func (d *doc) pressSubject() bool {
	link := false
	for i := range d.toks {
		t := &d.toks[i]
		switch {
		case t.fold == "joint":
			return false
		case d.lx.subjectLinks[t.fold]:
			link = true
		case link && i+1 < len(d.toks):
			for n := 3; n >= 1; n-- {
				if i+n > len(d.toks) {
					continue
				}
				var parts []string
				for _, u := range d.toks[i : i+n] {
					parts = append(parts, u.fold)
				}
				if ty, ok := d.lx.titleCues[strings.Join(parts, " ")]; ok && ty != accord.PressConference && ty != accord.Summit {
					return true
				}
			}
		}
	}
	return false
}

// pluralStatements reports whether a headline names statements, in the
// plural, to the press: "Press statements", "Statements for the press".
func (d *doc) pluralStatements() bool {
	for i := range d.toks {
		t := &d.toks[i]
		if t.fold != "statements" {
			continue
		}
		if i > 0 && d.toks[i-1].fold == "press" || i+2 < len(d.toks) && (d.toks[i+1].fold == "to" || d.toks[i+1].fold == "for") && d.toks[i+2].fold == "the" {
			return true
		}
	}
	return false
}

// ofOwn reports whether "of his own" (her, their) follows toks[j] before
// to: "answered questions in a press conference of his own" is held alone.
func (d *doc) ofOwn(j, to int) bool {
	return j+2 < to && d.toks[j].fold == "of" && (d.toks[j+1].fold == "his" || d.toks[j+1].fold == "her" || d.toks[j+1].fold == "their") && d.toks[j+2].fold == "own"
}

// personsSign reports whether the "signed" at toks[i] has for its subject
// two persons or more joined by "and", and a document for its object at
// toks[k]: "President A and his counterpart President B signed memoranda of
// understanding" is a signing between them (one leader's "signed a
// memorandum" is not: whom with, the text does not say).
func (d *doc) personsSign(i, k int) bool {
	if !d.documentAhead(k) {
		return false
	}
	sent := d.toks[i].sent
	seen := map[int]bool{}
	countries := map[string]bool{}
	and, counterpart := false, false
	// "A, B and other officials signed": the named are the signers, a
	// list whose "and" joins the others (trailingothers36b.go).
	if t := d.othersTailStart(i); t < i {
		i, and = t, true
	}
	// "A and his counterpart B held talks and signed an agreement": the
	// subject before a first predicate of lower-case words.
	if i >= 2 && d.toks[i-1].fold == "and" && d.toks[i-1].sent == sent {
		q := i - 2
		for q >= 0 && q >= i-8 && d.toks[q].sent == sent && d.toks[q].word && !d.toks[q].cap && d.mentionEndingAt(q+1, sent) == nil {
			q--
		}
		if q < i-2 && q >= 0 && d.mentionEndingAt(q+1, sent) != nil {
			i = q + 1
		}
	}
	// "Mr. A, Ambassador of Japan to India, and Mr. B, Secretary, Ministry
	// of Finance, exchanged notes": signers named with their offices after
	// them, as embassies' releases do, make a long subject.
	for q := i - 1; q >= 0 && q >= i-40 && d.toks[q].sent == sent; q-- {
		if m := d.mentionEndingAt(q+1, sent); m != nil {
			seen[m.person] = true
			for _, c := range []string{m.country, d.persons[m.person].country} {
				if c != "" {
					countries[c] = true
				}
			}
			// "and his New Zealand counterpart B signed": the word may be
			// the title of B's mention.
			for r := m.i; r < m.j; r++ {
				if f := d.toks[r].fold; f == "counterpart" || f == "counterparts" {
					counterpart = true
				}
			}
			q = m.i
			continue
		}
		t := d.toks[q]
		if sp, ok := d.spanEndingAt(q + 1); ok && sp.kind == kCountry && sp.i > 0 && (d.toks[sp.i-1].fold == "of" || d.toks[sp.i-1].fold == "to") {
			// "Presidents A of Russia and B of Kazakhstan signed": each
			// signer's country after "of"; "A, Ambassador of Japan to
			// India, and B": the two an envoy stands between.
			countries[sp.e.code] = true
			q = sp.i - 1
			continue
		}
		if (t.fold == "of" || t.fold == "to" || t.fold == "the") && d.appositiveComma(q, i) {
			continue // "A, Secretary of the Ministry of Finance, and B"
		}
		if t.fold == "and" {
			and = true
		} else if t.fold == "counterpart" {
			counterpart = true
		} else if p := d.onWeekdayDateEndingAt(q); p >= 0 {
			q = p // "A and B on Monday (August 5) signed" (weekdaydate37.go)
			continue
		} else if t.fold == "on" && q+1 < i && (d.lx.is(&d.toks[q+1], fWeekday) || d.lx.is(&d.toks[q+1], fMonth) || d.toks[q+1].num) {
			continue // "A and his counterpart B on Wednesday signed": the day between
		} else if d.lx.signingAuxiliaries[t.fold] {
			continue // "have today signed"
		} else if t.fold != "his" && t.fold != "her" && t.text != "," && !(t.cap && t.word) {
			break // a title or a demonym before a name stays in the subject
		}
	}
	// Two sides: two countries, or "his counterpart".
	return and && len(seen) >= 2 && (len(countries) >= 2 || counterpart)
}

// mentionEndingAt returns the person mention of sentence sent whose tokens
// end at j, or nil.
func (d *doc) mentionEndingAt(j, sent int) *pmention {
	for _, m := range d.mentions {
		if m.sent == sent && m.person >= 0 && (m.j == j || m.nj == j) {
			return m
		}
	}
	return nil
}

// arrivalDay returns the day of a guest's arrival told in one of the three
// sentences before sentence s, when s opens with an arrival cue ("Upon
// arrival at the airport, the President was welcomed by B and then
// proceeded … for a meeting", after "A arrived in C on Wednesday evening"):
// the contact is of that day, not the page's. Else "".
func (d *doc) arrivalDay(s int) string {
	from, to := d.sentToks(s)
	cued := false
	for _, c := range d.lx.arrivalCues {
		if from+len(c) > to {
			continue
		}
		ok := true
		for k, w := range c {
			if d.toks[from+k].fold != w {
				ok = false
				break
			}
		}
		// "There, A was received": the adverb opens a clause of its own
		// ("There are …" is no place); "Upon arrival at the airport, …".
		if ok && (len(c) > 1 || from+len(c) < to && d.toks[from+len(c)].text == ",") {
			cued = true
			break
		}
	}
	if !cued {
		return ""
	}
	for p := s - 1; p >= 0 && p >= s-3; p-- {
		pf, pt := d.sentToks(p)
		arrived := false
		for k := pf; k < pt; k++ {
			arrived = arrived || d.lx.arrivalVerbs[d.toks[k].fold]
		}
		if !arrived {
			continue
		}
		for _, de := range d.statedDays(d.lx.dates(d.toks, pf, pt, d.pub)) {
			if de.prec == precDay && !d.inDateline(de) && !de.t.After(d.pub) {
				return de.format()
			}
		}
		return ""
	}
	return ""
}

// tenureDate reports whether date de, after contact tr, dates the start of
// someone's term told between them: "his first bilateral visit after taking
// office as prime minister on May 23" dates the taking of office.
func (d *doc) tenureDate(tr trigger, de dateExpr) bool {
	for k := tr.j; k < de.tok; k++ {
		if d.phraseAt(k, de.tok, d.lx.tenurePhrases) {
			return true
		}
	}
	return false
}

// laterEventDate reports whether date de, after contact tr, dates a
// gathering told between them in a clause of its own future: "held
// discussion with A on the preparations for the upcoming summit which will
// be held on 10-11 February" dates the summit.
func (d *doc) laterEventDate(tr trigger, de dateExpr) bool {
	for k := tr.j; k+2 < de.tok; k++ {
		f, g, h := d.toks[k].fold, d.toks[k+1].fold, d.toks[k+2].fold
		if (f == "which" || f == "that") && g == "will" && h == "be" || f == "to" && g == "be" && (h == "held" || h == "hosted" || h == "convened") {
			return true
		}
	}
	return d.scheduledGathering(tr, de)
}

// betweenOffices reports whether contact tr is told as one "between both
// heads of state" (the two leaders, the two presidents) and the sentence
// names no one after it: "Kerry stated that the meeting between both heads
// of state in Hangzhou is very important" is the leaders' meeting, a topic
// of the two who speak, not a contact of theirs.
func (d *doc) betweenOffices(tr trigger, to int) bool {
	k := tr.j
	if k+2 >= to || d.toks[k].fold != "between" {
		return false
	}
	k++
	switch {
	case d.toks[k].fold == "both":
		k++
	case d.toks[k].fold == "the" && d.toks[k+1].fold == "two":
		k += 2
	default:
		return false
	}
	if k >= to {
		return false
	}
	switch d.toks[k].fold {
	case "heads", "leaders", "presidents", "prime", "premiers":
	default:
		return false
	}
	// (Said of it: "A stated that the meeting between …". A joint
	// statement's "On the occasion of the visit and the August 2 meeting
	// between the two leaders" is their own.)
	from, _ := d.sentToks(tr.sent)
	return !d.mentionWithin(tr.sent, k, to) && slices.ContainsFunc(d.toks[from:tr.i], func(t token) bool { return d.lx.reporting[t.fold] })
}

// branchGoesOn reports whether the phrase branch nx, taken on a filler word
// ("an" of "had an audience with"), reads on from toks[k], fillers skipped:
// "had an engaging discussion with" reads "an" as a filler instead.
func (d *doc) branchGoesOn(nx *trie, k int) bool {
	if len(nx.entries) > 0 {
		return true
	}
	for k < len(d.toks) && d.lx.is(&d.toks[k], fFillers) && nx.child(&d.toks[k]) == nil {
		k++
	}
	return k < len(d.toks) && nx.child(&d.toks[k]) != nil
}

// retelling reports whether the sentence opening at toks[from] opens with a
// demonstrative and a copula ("This was", "It marked") and holds contact
// tr after it: it says more of a contact already told.
func (d *doc) retelling(from int, tr trigger) bool {
	for _, o := range d.lx.retelling {
		if from+len(o) > tr.i {
			continue
		}
		ok := true
		for k, w := range o {
			if d.toks[from+k].fold != w {
				ok = false
				break
			}
		}
		if ok {
			return !d.sequelAt(from + len(o))
		}
	}
	return false
}

// formerAfter returns the former holders (alive) named right after
// contact tr in its sentence (before toks[to]): the contact's other side.
func (d *doc) formerAfter(tr trigger, to int) []int {
	var out []int
	for _, m := range d.mentions {
		if m.person >= 0 && m.former && !m.dead && m.sent == tr.sent && m.i >= tr.j && m.i <= tr.j+2 && m.i < to {
			out = appendInt(out, m.person)
		}
	}
	return out
}

// namedFormat reports whether the talks at token i are a standing format
// named by how many parties it has: "the Six-Party Talks", "the four-party
// talks" after "the" (folds write the hyphen as a space).
func (d *doc) namedFormat(i int) bool {
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent {
		return false
	}
	p := d.toks[i-1].fold
	if !strings.HasSuffix(p, " party") && !strings.HasSuffix(p, " nation") {
		return false
	}
	return d.toks[i].cap || i >= 2 && d.toks[i-2].fold == "the"
}

// timedByFuture reports whether the contact at tr is named after "after" or
// "following" as the time of a clause that "will" or "would" governs: "they
// would continue to cooperate closely after the signing of the Pact" looks
// ahead to the signing; it is held on no day the text gives.
func (d *doc) timedByFuture(tr trigger, from int) bool {
	k := tr.i - 1
	for k > from && (d.toks[k].fold == "the" || d.lx.visitKinds[d.toks[k].fold]) {
		k--
	}
	if k <= from || d.toks[k].fold != "after" && d.toks[k].fold != "following" {
		return false
	}
	for q := k - 1; q >= from && q >= k-10; q-- {
		if d.toks[q].text == "," || d.toks[q].text == ";" {
			return false
		}
		if d.lx.futureAuxiliaries[d.toks[q].fold] {
			return true
		}
	}
	return false
}

// lastYears reports whether "last year's" (or "last month's") owns the name
// of the contact at tr: "at last year's Pacific Islands Forum Leaders'
// Meeting in the Cook Islands" is a gathering of a year before, recalled.
// ("last week's" is left alone: a readout a week on tells of it.)
func (d *doc) lastYears(tr trigger, from int) bool {
	for k := tr.i - 1; k-2 >= from && k >= tr.i-9; k-- {
		if d.toks[k].fold == "'s" && d.toks[k-2].fold == "last" && (d.toks[k-1].fold == "year" || d.toks[k-1].fold == "month") {
			return true
		}
		if !d.toks[k].word && d.toks[k].fold != "'s" && d.toks[k].text != "'" && d.toks[k].text != "’" {
			return false
		}
	}
	return false
}

// parentheticalComma reports whether the comma at k opens or closes an
// adverbial set off inside the clause before the phrase at i ("to
// organise, in particular, a telephone conversation"): the clause goes on
// across it.
func (d *doc) parentheticalComma(k, i int) bool {
	words := func(a, b int) string { // folded words a..b-1, or "" if any is not a plain word
		if b-a < 1 || b-a > 3 {
			return ""
		}
		var sb strings.Builder
		for j := a; j < b; j++ {
			if !d.toks[j].word || d.toks[j].sent != d.toks[k].sent {
				return ""
			}
			if j > a {
				sb.WriteByte(' ')
			}
			sb.WriteString(d.toks[j].fold)
		}
		return sb.String()
	}
	// Opening: the words after k up to the next comma, before i.
	for c := k + 1; c < i && c <= k+4; c++ {
		if d.toks[c].text == "," {
			if d.lx.parentheticals[words(k+1, c)] {
				return true
			}
			break
		}
	}
	// Closing: the words before k back to the previous comma.
	for c := k - 1; c >= 0 && c >= k-4; c-- {
		if d.toks[c].text == "," {
			return d.lx.parentheticals[words(c+1, k)]
		}
	}
	return false
}

// namedPairBefore returns the two persons the sentence before names, when the
// sentence of tr refers to two ("the two leaders", "both ministers") and
// the one before names exactly two; else nil.
func (d *doc) namedPairBefore(tr trigger, from, to int) []int {
	two := false
	for _, s := range d.spans {
		if s.kind == kGroup && s.i >= from && s.i < to {
			for k := s.i; k < s.j; k++ {
				if f := d.toks[k].fold; f == "two" || f == "both" {
					two = true
				}
			}
		}
	}
	if !two || tr.sent == 0 {
		return nil
	}
	pf, pt := d.sentToks(tr.sent - 1)
	var ps []int
	named := map[int]bool{} // tokens of named mentions
	for _, m := range d.mentions {
		if m.person >= 0 && !m.former && m.ni >= pf && m.ni < pt {
			ps = appendInt(ps, m.person)
			for k := m.i; k < m.j; k++ {
				named[k] = true
			}
		}
	}
	// "the Prime Minister, together with President B": an office alone is
	// the one person of the text who holds that title.
	for _, s := range d.spans {
		if s.kind != kTitle || s.i < pf || s.i >= pt || named[s.i] || s.i == 0 || d.toks[s.i-1].fold != "the" || s.e.plural {
			continue
		}
		holder := -1
		for p := range d.persons {
			if slices.Contains(d.persons[p].titles, s.e.id) {
				if holder >= 0 {
					holder = -2
					break
				}
				holder = p
			}
		}
		if holder >= 0 {
			ps = appendInt(ps, holder)
		}
	}
	if len(ps) != 2 {
		return nil
	}
	return ps
}

// formerPronoun reports whether toks[k] is "former" used as the pronoun
// "the former" ("the former's visit", "the former said"): the first of two
// persons just named, not a past office or occasion.
func (d *doc) formerPronoun(k int) bool {
	if d.toks[k].fold != "former" || k == 0 || k+1 >= len(d.toks) || d.toks[k-1].fold != "the" {
		return false
	}
	return d.possessive(k + 1)
}

// journeyFor reports whether contact tr is the purpose of a journey ahead:
// "will (also) travel to Portcity for a meeting with A", "… for engagements
// with business leaders and a meeting with A". The future auxiliary stands
// before the journey's verb, out of reach of the cue words next to the phrase.
func (d *doc) journeyFor(tr trigger, from int) bool {
	purpose := false
	for k := tr.i - 1; k >= from && k >= tr.i-16; k-- {
		t := d.toks[k]
		if t.text == ";" || t.text == "." {
			return false
		}
		if t.fold == "for" {
			purpose = true
			continue
		}
		if !purpose || !d.lx.bareMotionVerbs[t.fold] {
			continue
		}
		// "will travel", "will also travel", "would then fly".
		for q := k - 1; q >= from && q >= k-2; q-- {
			if d.lx.futureAuxiliaries[d.toks[q].fold] {
				return true
			}
		}
		return false
	}
	return false
}

// possessorAfter returns the person "his" or "her" before the contact
// phrase tr stands for when the phrase opens a clause the main clause
// follows after a comma: "During his meeting with A, the president said"
// (the one person so titled), "In her talks with B, she stressed" (the
// subject of the sentence before). -1 if none.
func (d *doc) possessorAfter(tr trigger, to int) int {
	if tr.i == 0 {
		return -1
	}
	if f := d.toks[tr.i-1].fold; f != "his" && f != "her" {
		return -1
	}
	for k := tr.j; k+1 < to && k < tr.j+16; k++ {
		if d.toks[k].text != "," {
			continue
		}
		switch d.toks[k+1].fold {
		case "the":
			return d.officeOnlySubject(k + 1)
		case "he", "she":
			return d.pronounSubjectN(k+1, 3)
		}
		return -1
	}
	return -1
}

// newWithPossessed reports whether contact phrase tr, after a possessive
// pronoun ("his meeting with B", "her talks with B"), names with whom
// someone the last contact of its class did not include: the possessor's
// other contact, not the last one taken up.
func (d *doc) newWithPossessed(tr trigger, held []eng) bool {
	// ("At the meeting with General Secretary A, President B said": "the"
	// too, when the one met is new.)
	if f := d.toks[tr.i-1].fold; f != "his" && f != "her" && f != "the" {
		return false
	}
	with := -1
	for k := tr.i; k <= tr.j && k < len(d.toks); k++ {
		if d.toks[k].fold == "with" {
			with = k
			break
		}
	}
	if with < 0 {
		return false
	}
	k := lastOfClass(held, tr.typ)
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == tr.sent && m.i > with && m.i <= with+8 {
			return k < 0 || !slices.Contains(held[k].persons, m.person)
		}
	}
	return false
}

// bilateralsWithMany reports whether a headline calls its contact
// bilateral ("bilateral talks", "bilateral meetings") and names two sides
// or more after "with": contacts with each, not one of them all.
func (d *doc) bilateralsWithMany() bool {
	with := -1
	for k, t := range d.toks {
		if d.lx.bilateralWords[t.fold] && k+1 < len(d.toks) && d.lx.bilateralPlurals[d.toks[k+1].fold] {
			for j := k + 2; j < len(d.toks) && j <= k+3; j++ {
				if d.toks[j].fold == "with" {
					with = j
				}
			}
		}
	}
	if with < 0 {
		return false
	}
	var sides []string
	for _, o := range d.others {
		if o.kind == accord.Country && o.i > with {
			sides = appendStr(sides, o.key)
		}
	}
	for _, m := range d.mentions {
		if m.person >= 0 && m.i > with {
			sides = appendStr(sides, "p"+strconv.Itoa(m.person))
		}
	}
	return len(sides) >= 2
}

// aheadBetween reports whether toks[from:to] set what follows later than
// the contact before them: "ahead of", "in advance of", or a purpose
// infinitive ("to discuss priorities for the Summit").
func (d *doc) aheadBetween(from, to int) bool {
	for k := from; k+1 < to; k++ {
		f, next := d.toks[k].fold, d.toks[k+1].fold
		if (f == "ahead" || f == "advance") && next == "of" || f == "to" && d.toks[k+1].word && !d.toks[k+1].cap && d.lx.is(&d.toks[k+1], fVerbs) {
			return true
		}
	}
	return false
}

// ownReport reports whether the reporting verb at toks[v] opens a clause
// whose subject is a personal pronoun ("said he spoke with", "added that
// she had met") before the contact phrase tr: the reporter tells of his
// own contact.
func (d *doc) ownReport(v int, tr trigger) bool {
	k := v + 1
	if k < tr.i && d.toks[k].fold == "that" {
		k++
	}
	return k < tr.i && (d.toks[k].fold == "he" || d.toks[k].fold == "she")
}

// tripPurpose reports whether the summit phrase tr is what a trip named
// just before it is for: "his visit to Seoul for the … Summit", "visiting
// Apulia to attend the G7 Summit".
func (d *doc) tripPurpose(tr trigger, from int) bool {
	for k := tr.i - 1; k >= from && k >= tr.i-10; k-- {
		f := d.toks[k].fold
		if f != "for" && !(f == "attend" && k > from && d.toks[k-1].fold == "to") {
			continue
		}
		for t := k - 1; t >= from && t >= k-6; t-- {
			if d.lx.is(&d.toks[t], fTripWords) {
				return true
			}
		}
		return false
	}
	return false
}

// besidesVenue returns codes without the countries the sentence of tr
// names only as the place of the contact (after "in" or "at", or after a
// city so introduced: "in Vientiane, Lao PDR"), and without the country of
// the person named (own), unless another country remains.
func (d *doc) besidesVenue(tr trigger, codes []string, own string) []string {
	var out []string
	for _, c := range codes {
		if c != own && !d.venueCountry(tr, c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return codes
}

// venueCountry reports whether country c is named in the sentence of tr
// only as a place: after "in" or "at", or after a city so introduced.
func (d *doc) venueCountry(tr trigger, c string) bool {
	found := false
	for _, o := range d.others {
		if o.kind != accord.Country || o.key != c || o.i <= 0 || d.toks[o.i].sent != tr.sent {
			continue
		}
		k := o.i - 1
		if f := d.toks[k].fold; f == "in" || f == "at" {
			found = true
			continue
		}
		if d.toks[k].text == "," && k >= 2 && d.toks[k-1].cap && (d.toks[k-2].fold == "in" || d.toks[k-2].fold == "at") {
			found = true
			continue
		}
		return false
	}
	return found
}

// alongWith reports whether person mention m follows "along with" opening
// a speaker's sentence (its title between: "Along with the Deputy Prime
// Minister, A, I welcome B"), no other person named between, and the
// speaker's "I" or "we" right after: one who goes with the speaker. ("A,
// along with B, met C" names two who met.)
func (d *doc) alongWith(m *pmention) bool {
	for k := m.i - 1; k >= 1 && k >= m.i-8 && d.toks[k].sent == d.toks[m.i].sent; k-- {
		if d.toks[k].fold != "with" || d.toks[k-1].fold != "along" {
			continue
		}
		open := k-1 == 0 || d.toks[k-2].sent != d.toks[k].sent || d.toks[k-2].text == ":"
		after := m.j
		if after < len(d.toks) && d.toks[after].text == "," {
			after++
		}
		return open && !d.personIn(k+1, m.i) && after < len(d.toks) && (d.toks[after].fold == "i" || d.toks[after].fold == "we")
	}
	return false
}

// signedToday reports whether "signed" at toks[i] is a participle after the
// document it names, with the day of the report right after: "the new
// Partnership signed today", "the agreements signed this morning".
func (d *doc) signedToday(i int) bool {
	if i < 2 || i+1 >= len(d.toks) || d.toks[i+1].sent != d.toks[i].sent {
		return false
	}
	switch next := d.toks[i+1].fold; {
	case next == "today" || next == "yesterday":
	case next == "this" && i+2 < len(d.toks) && (d.toks[i+2].fold == "morning" || d.toks[i+2].fold == "afternoon" || d.toks[i+2].fold == "evening"):
	default:
		return false
	}
	q := i - 1
	if d.toks[q].sent != d.toks[i].sent || !d.toks[q].word {
		return false
	}
	t := d.toks[q]
	return d.lx.signedDocuments[t.fold] || d.lx.signedDocument[t.fold] || t.cap && !d.atSentenceStart(q) && !d.personEndsAt(q+1)
}

// companionOf reports whether person mention m is one a passive companion
// word introduces ("accompanied by A and B", "joined by his spouse, C"),
// within a few words and no other clause between: one who goes with
// another.
func (d *doc) companionOf(m *pmention) bool {
	for k := m.i - 1; k >= 1 && k >= m.i-12 && d.toks[k].sent == d.toks[m.i].sent; k-- {
		if d.toks[k].fold == "by" && d.lx.companion[d.toks[k-1].fold] {
			return true
		}
		if d.toks[k].text == ";" || d.toks[k].word && d.lx.is(&d.toks[k], fVerbs) && !d.lx.companion[d.toks[k].fold] {
			return false
		}
	}
	return false
}

// jointAct returns the meeting of a visit's two sides that the text tells
// only by what they did together on its day: "President A and Prime Minister
// B, on a state visit, on May 29 reaffirmed …", a sentence opening with the
// two of them, a verb of a joint act (data joint_act_verbs) and its day,
// where no contact of theirs in person or by phone is read.
func (d *doc) jointAct(held []eng) (eng, bool) {
	var v *eng
	for k := range held {
		h := &held[k]
		if h.typ == accord.Visit && len(h.persons) == 2 && len(d.twoCountries(h.persons)) == 2 {
			v = h
		}
	}
	if v == nil {
		return eng{}, false
	}
	for _, h := range held {
		if h.typ != accord.Visit && h.typ != accord.Signing && overlap(h.persons, v.persons) {
			return eng{}, false
		}
	}
	for mi := 0; mi+1 < len(d.mentions); mi++ {
		a, b := d.mentions[mi], d.mentions[mi+1]
		if a.person < 0 || b.person < 0 || a.person == b.person || a.sent != b.sent || !slices.Contains(v.persons, a.person) || !slices.Contains(v.persons, b.person) {
			continue
		}
		from, to := d.sentToks(a.sent)
		// ("… and Sheikh B": an honorific may stand before the name.)
		if a.i != from || b.i < a.j+1 || b.i > a.j+3 || d.toks[a.j].fold != "and" {
			continue
		}
		for k := b.j; k < to && k < b.j+30; k++ {
			t := d.toks[k]
			if t.text == ";" || d.personIn(k, k+1) {
				break
			}
			if !t.word || t.cap || !d.lx.jointActVerbs[t.fold] {
				continue
			}
			// The sentence names the day ("on Thursday", "on May 29"): a
			// joint act of that day, not an agreement recalled.
			for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
				if de.prec == precDay && !de.rng && !de.t.After(d.pub) {
					return eng{typ: accord.Meeting, status: accord.StatusHeld, persons: slices.Clone(v.persons), sent: a.sent, place: v.place, date: de.format()}, true
				}
			}
			return eng{}, false
		}
	}
	return eng{}, false
}

// finitePassive reports whether the signing phrase tr is a finite past
// passive ("was signed", "were signed"), whose tense is its own.
func (d *doc) finitePassive(tr trigger) bool {
	f := d.toks[tr.i].fold
	return f == "was" || f == "were"
}

// ownBriefing reports whether the press phrase tr, no joint one, is what a
// speaker spoke at: a briefing verb, "at", "during" or "to", an article
// and the phrase ("said at a press conference", "told a news conference"),
// with no partner after it ("a press conference with B").
func (d *doc) ownBriefing(tr trigger, to int) bool {
	if strings.HasPrefix(tr.form, "joint") {
		return false
	}
	if tr.j < to {
		switch d.toks[tr.j].fold {
		case "with", "together", "alongside", "jointly":
			return false
		}
	}
	k := tr.i - 1
	if k >= 0 && (d.toks[k].fold == "a" || d.toks[k].fold == "an" || d.toks[k].fold == "the") {
		k--
	}
	if k >= 0 && (d.toks[k].fold == "at" || d.toks[k].fold == "during" || d.toks[k].fold == "to") {
		k--
	}
	return k >= 0 && d.toks[k].sent == d.toks[tr.i].sent && d.lx.briefingVerbs[d.toks[k].fold]
}

// atGatheringBefore reports whether "at" or "during" stands in toks[from:i],
// at most four words before a gathering's cue at toks[i]: "meeting with
// A at the NATO summit", "talks with B during the G20 Leaders' Summit".
func (d *doc) atGatheringBefore(from, i int) bool {
	for k := i - 1; k >= from && k >= i-4; k-- {
		if f := d.toks[k].fold; f == "at" || f == "during" {
			return true
		}
	}
	return false
}

// signersAfter returns the two persons named, joined by "and", after "by"
// or "between" that follows the document of the signing phrase tr ("the
// signing of a memorandum … by A and his counterpart B"), or right after
// "the signing by" ("… by A and B of the Declaration"), or nil.
func (d *doc) signersAfter(tr trigger, to int) []int {
	if tr.form != "signing by" && (strings.HasSuffix(tr.form, " by") || strings.HasSuffix(tr.form, " between")) {
		return nil // "signed by", "signed between": read as the phrase's own
	}
	// "the signing by A and B of the Declaration": the signers come first.
	document := tr.form == "signing by" || d.lx.signedDocument[d.toks[tr.j-1].fold] || d.lx.signedDocuments[d.toks[tr.j-1].fold] || d.toks[tr.j-1].fold == "mou" || d.toks[tr.j-1].fold == "notes"
	// "Notes to this effect were exchanged … between A and B": the
	// passive's subject names its document.
	if !document && (tr.form == "were exchanged" || tr.form == "was exchanged") {
		document = d.documentSubject(tr.i)
	}
	start := tr.j
	if tr.form == "signing by" {
		start = tr.j - 1
	}
	for k := start; k < to && k < tr.j+30; k++ {
		f := d.toks[k].fold
		// "on March 29 (Mon.) in Tokyo between A and B": an abbreviation's
		// full stop inside the sentence ends nothing.
		if d.toks[k].text == ";" || d.toks[k].text == "." && (k+1 >= len(d.toks) || d.toks[k+1].sent != d.toks[k].sent) {
			return nil
		}
		if d.lx.signedDocument[f] || d.lx.signedDocuments[f] {
			document = true
		}
		if f != "by" && f != "between" {
			continue
		}
		if !document {
			return nil
		}
		var ps []int
		last := k + 1
		for _, m := range d.mentions {
			if m.person < 0 || m.i < last || m.poss {
				continue
			}
			if m.i >= to {
				break
			}
			and := len(ps) == 0
			for q := last; q < m.i; q++ {
				switch d.toks[q].fold {
				case "and":
					and = true
				case ";", ".", "by", "between", "in", "on", "at":
					return nil
				}
			}
			if !and || len(ps) == 0 && m.i > k+12 {
				return nil
			}
			ps = appendInt(ps, m.person)
			if len(ps) == 2 {
				return ps
			}
			last = m.j
		}
		return nil
	}
	return nil
}

// pairBeforeOf reports whether the words after "the signing by" at tr join
// two signers with "and" before "of" names the document: "the signing by
// Prime Minister and Chancellor A of the Declaration".
func (d *doc) pairBeforeOf(tr trigger, to int) bool {
	for k := tr.j; k < to && k < tr.j+12; k++ {
		switch d.toks[k].fold {
		case "and":
			return true
		case "of", ",", ";", ".":
			return false
		}
	}
	return false
}

// titleCueAt reports whether a headline cue of one to three words starts
// at toks[k].
func (d *doc) titleCueAt(k int) bool {
	var words []byte
	for n := 0; n < 3 && k+n < len(d.toks) && d.toks[k+n].word; n++ {
		if n > 0 {
			words = append(words, ' ')
		}
		words = append(words, d.toks[k+n].fold...)
		if _, ok := d.lx.titleCues[string(words)]; ok {
			return true
		}
	}
	return false
}

// listedCounterparts reports whether every person of ps is named in
// sentence s only as one of a list of counterparts (counterpartsNamed).
func (d *doc) listedCounterparts(ps []int, s int) bool {
	for _, p := range ps {
		listed := false
		for _, m := range d.mentions {
			if m.person != p || m.sent != s {
				continue
			}
			if !m.counterpart || m.title >= 0 {
				return false
			}
			listed = true
		}
		if !listed {
			return false
		}
	}
	return true
}

// counterpartAt returns the end of "his Peruvian counterpart" (a
// possessive, a demonym, the counterpart's noun) starting at toks[k], or -1.
func (d *doc) counterpartAt(k int) int {
	if k >= len(d.toks) {
		return -1
	}
	switch d.toks[k].fold {
	case "his", "her", "their", "its":
		k++
	default:
		return -1
	}
	for _, o := range d.others {
		if o.kind != accord.Country || !o.demonym || o.i != k {
			continue
		}
		if sp, ok := d.spanAt(o.j); ok && sp.kind == kCounterpart {
			return sp.j
		}
		return -1
	}
	return -1
}

// appositiveComma reports whether toks[q], a lower-case "of", "to" or "the"
// in the subject of a signing verb at toks[i], stands inside an office
// set off by commas after a signer's name: "A, Ambassador of Japan to
// India, and B", "B, Secretary of the Ministry of Finance, signed". Both
// ways to the nearest comma the words are capitalised or such links.
func (d *doc) appositiveComma(q, i int) bool {
	link := func(t *token) bool {
		return t.cap && t.word || t.fold == "of" || t.fold == "to" || t.fold == "the" || t.fold == "for" || t.text == "&"
	}
	sent := d.toks[q].sent
	l := q - 1
	for l >= 0 && l >= q-8 && d.toks[l].sent == sent && d.toks[l].text != "," && link(&d.toks[l]) {
		l--
	}
	if l < 0 || d.toks[l].text != "," {
		return false
	}
	r := q + 1
	for r < i && r <= q+8 && d.toks[r].text != "," && link(&d.toks[r]) {
		r++
	}
	return r < i && d.toks[r].text == ","
}

// topicNotes reports whether "notes" ends the phrase before toks[j] or
// follows it within three words ("exchanged the notes", "signed and
// exchanged notes"), followed by a topic's link (knowledge
// note_topic_links): "exchanged notes on developments in the region" is
// information shared, not an exchange of notes.
func (d *doc) topicNotes(j int) bool {
	for q := j - 1; q < len(d.toks) && q <= j+3; q++ {
		if q < 0 || q >= j && !d.toks[q].word {
			continue
		}
		if d.toks[q].fold == "notes" {
			// (Not "exchanged notes on behalf of the two governments".)
			return q+1 < len(d.toks) && d.lx.noteTopicLinks[d.toks[q+1].fold] && (q+2 >= len(d.toks) || d.toks[q+2].fold != "behalf")
		}
	}
	return false
}

// presenceOpening returns where a signing's subject begins after a
// sentence-opening phrase of those present ("In the presence of A and B,
// C and D signed"): after the last comma before the verb at toks[i] with
// two persons named between them; else from.
func (d *doc) presenceOpening(from, i int) int {
	p := -1
	for q := from; q < i && q <= from+3; q++ {
		if d.presenceAt(q) {
			p = q
			break
		}
	}
	if p < 0 {
		return from
	}
	for c := i - 1; c > p; c-- {
		if d.toks[c].text != "," {
			continue
		}
		n := 0
		for _, m := range d.mentions {
			if m.person >= 0 && m.i > c && m.j <= i {
				n++
			}
		}
		if n >= 2 {
			return c + 1
		}
		if n > 0 {
			break // a signer with an office after the name: no clean subject
		}
	}
	return from
}

// signsWith returns the two sides of "A signed <document> with B" at the
// verb toks[i], its object from toks[k]: one country, union or state
// agency as the subject ("Chile signed a trade agreement with Nepal", "The
// Japan International Cooperation Agency (JICA) signed loan agreements
// with the Government of India"), another after "with"; nil when the
// sentence does not say so.
func (d *doc) signsWith(i, k int) []string {
	if !d.documentAhead(k) {
		return nil
	}
	sent := d.toks[i].sent
	subj := ""
	if sc := d.signerCountries(i); len(sc) == 1 {
		subj = sc[0]
	} else if len(sc) == 0 {
		q := i - 1
		for q >= 0 && d.toks[q].sent == sent && d.lx.signingAuxiliaries[d.toks[q].fold] {
			q--
		}
		// "… Agency (JICA) signed": the initials in brackets.
		if q >= 2 && d.toks[q].text == ")" && d.toks[q-2].text == "(" {
			q -= 3
		}
		// "the United States Government signed", "the Chilean Government
		// signed".
		gov := q >= 1 && d.toks[q].fold == "government"
		if gov {
			q--
		}
		if s, ok := d.spanEndingAt(q + 1); ok && (s.kind == kOrg || s.kind == kCountry || gov && s.kind == kDemonym) && s.e.code != "" {
			subj = s.e.code
		}
	}
	if subj == "" {
		return nil
	}
	for q := k; q < len(d.toks) && q <= k+12 && d.toks[q].sent == sent; q++ {
		t := &d.toks[q]
		if t.text == "," || t.text == ";" || t.text == ":" {
			return nil
		}
		if t.fold != "with" {
			continue
		}
		// "with the Government of India", "with the European Union".
		r := q + 1
		for r < len(d.toks) && r <= q+4 && (d.toks[r].fold == "the" || d.toks[r].fold == "government" || d.toks[r].fold == "of") {
			r++
		}
		if s, ok := d.spanAt(r); ok && s.i == r && (s.kind == kCountry || s.kind == kOrg) && s.e.code != "" && s.e.code != subj {
			return []string{subj, s.e.code}
		}
		return nil
	}
	return nil
}

// documentSubject reports whether the subject of a passive at toks[i]
// ("were exchanged") is a signed document: its head, after a determiner,
// a count or a modifier or two, before any preposition ("Six MoUs", "The
// instruments of ratification of the treaty", "Notes to this effect"),
// the subject starting after the last comma before it, or else at the
// sentence's start: "Seven MoUs, including on water and railways, were
// exchanged", "Seven MoUs on water, railways and space were exchanged"
// (a list or an aside between the subject and its verb).
func (d *doc) documentSubject(i int) bool {
	start, _ := d.sentToks(d.toks[i].sent)
	from := start
	for k := i - 1; k > from; k-- {
		if d.toks[k].text == "," {
			from = k + 1
			break
		}
	}
	if d.documentSubjectAt(from, i) {
		return true
	}
	// Not across another clause: "Agreements were discussed, and views
	// were exchanged".
	if from == start || clauseLinks[d.toks[from].fold] {
		return false
	}
	for k := start; k < from; k++ {
		if beVerb[d.toks[k].fold] || d.toks[k].fold == "have" || d.toks[k].fold == "has" || d.toks[k].fold == "had" {
			return false
		}
	}
	return d.documentSubjectAt(start, i)
}

// clauseLinks open a new clause after a comma.
var clauseLinks = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "as": true, "where": true, "when": true, "which": true}

// documentSubjectAt reports whether the subject starting at toks[from]
// of the passive at toks[i] has a signed document for its head.
func (d *doc) documentSubjectAt(from, i int) bool {
	q := from
	for q < i && (d.toks[q].num || d.lx.groupQuantifiers[d.toks[q].fold] || d.lx.documentAdjectives[d.toks[q].fold] || d.toks[q].fold == "the" || d.toks[q].fold == "a" || d.toks[q].fold == "an" || d.toks[q].fold == "all" || d.toks[q].fold == "both") {
		q++
		// "A number of documents were exchanged": the quantifier's "of".
		if q < i && d.toks[q].fold == "of" && d.lx.documentQuantifiers[d.toks[q-1].fold] {
			q++
		}
	}
	for n := 0; q < i && n < 3; q, n = q+1, n+1 {
		f := d.toks[q].fold
		if d.lx.signedDocuments[f] || d.lx.signedDocument[f] {
			return true
		}
		if !d.toks[q].word || f == "of" || f == "on" || f == "to" || f == "for" || f == "with" {
			return false
		}
	}
	return false
}

// documentObject reports whether a signed document is the object at
// toks[k] of a verb that takes others too ("exchanged"): its head, after
// a count, a quantifier ("a series of") or a modifier or two, before any
// preposition. "exchanged a series of MoUs" is; "exchanged views on the
// trade agreement" is not.
func (d *doc) documentObject(k int) bool {
	q := k
	for q < len(d.toks) && d.toks[q].sent == d.toks[k].sent {
		f := d.toks[q].fold
		switch {
		// "a number of cooperation documents": the quantifier with its
		// "of" ("number" is a group word too, which would leave the "of").
		case d.lx.documentQuantifiers[f] && q+1 < len(d.toks) && d.toks[q+1].fold == "of":
			q += 2
			continue
		case d.toks[q].num || f == "the" || f == "a" || f == "an" || d.lx.groupQuantifiers[f] || d.lx.documentAdjectives[f]:
			q++
			continue
		}
		break
	}
	for n := 0; q < len(d.toks) && n < 4 && d.toks[q].sent == d.toks[k].sent; q, n = q+1, n+1 {
		f := d.toks[q].fold
		if d.lx.signedDocuments[f] || d.lx.signedDocument[f] || f == "mou" {
			return true
		}
		if !d.toks[q].word || f == "of" || f == "on" || f == "to" || f == "for" || f == "with" || f == "about" || f == "over" {
			return false
		}
	}
	return false
}
