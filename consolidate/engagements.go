package consolidate

import (
	_ "embed"
	"iter"
	"math"
	"os"
	"slices"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
)

// visitWindow is how far apart, in days, two day-dated reports of one visit
// may start: a visit spans days and each report dates it by its own day.
const visitWindow = 7

// summitWindow is how many days apart two reports may date one summit.
const summitWindow = 3

// lateWindow is how long, in days, after an event a report dated only by its
// publication may still report it: a fact sheet or joint statement that
// sums up a visit weeks later without dating it.
const lateWindow = 31

// gathering reports whether a contact of this type with many countries is
// a gathering of all its parties (a summit, however a report words it:
// "met", "convened", "spoke with"). A reception stays a leader receiving
// guests, however many countries they come from.
func gathering(t accord.EngagementType) bool {
	switch t {
	case accord.Meeting, accord.Talks, accord.PhoneCall, accord.VideoCall, accord.PressConference:
		return true
	}
	return false
}

// typeClass is the equivalence class of a type: talks ≡ meeting.
func typeClass(t accord.EngagementType) accord.EngagementType {
	switch t {
	case accord.Meeting:
		return accord.Talks
	case accord.VideoCall:
		return accord.PhoneCall // "a call" on one side, "a video call" on the other
	}
	return t
}

// typeRank orders the types of one class, the most specific first: formal
// talks over a meeting, a video call over a call. (A reception stays apart
// from talks: a courtesy call on the host's leader and the talks of the
// same visitors with their counterparts are two engagements of one day.)
var typeRank = map[accord.EngagementType]int{accord.Talks: 0, accord.Meeting: 1, accord.VideoCall: 0, accord.PhoneCall: 1}

// levels ranks levels, highest first.
var levels = []string{accord.LevelHeadOfState, accord.LevelPartyLeader, accord.LevelHeadOfGovernment,
	accord.LevelMinister, accord.LevelAmbassador, accord.LevelOfficial}

func levelRank(l string) int {
	if i := slices.Index(levels, l); i >= 0 {
		return i
	}
	return len(levels)
}

// globalize returns an article's engagement with global participant ids and
// its evidence dated.
func (st *state) globalize(e *accord.Engagement, ids map[string]string, art *accord.Article, status string) *accord.Engagement {
	g := &accord.Engagement{
		Type:         e.Type,
		Date:         e.Date,
		EndDate:      e.EndDate,
		Place:        accord.PlaceRef{Name: strings.Clone(e.Place.Name), Country: strings.ToUpper(e.Place.Country)}, // as evidence's quote
		Participants: st.resolve(ids, e.Participants, art),
		Level:        e.Level,
		Status:       status,
	}
	g.Participants = st.namedSides(g.Participants)
	for _, c := range e.Countries {
		g.Countries = append(g.Countries, strings.ToUpper(c))
	}
	slices.Sort(g.Countries)
	g.Countries = slices.Compact(g.Countries)
	if len(g.Countries) >= accord.GatheringSize && gathering(g.Type) {
		g.Type = accord.Summit
	}
	g.Areas = slices.Compact(slices.Sorted(slices.Values(e.Areas)))
	evs := e.Reports
	if len(evs) == 0 && status == accord.StatusMentioned && os.Getenv("ACCORD_RECALL") != "" {
		// The extractor files a reference's sentence under Refs
		// (extract.go): without it addReference drops every reference.
		// Behind the switch: the store's readers file a kept mention
		// among the held engagements (sqlite RecordOf), and the views
		// would draw it as one (eval/read/recall35).
		evs = e.Refs
	}
	for _, ev := range evs {
		g.Reports = append(g.Reports, evidence(ev, art))
	}
	if len(g.Reports) > 1 {
		g.Reports = g.Reports[:1] // one report per article
	}
	return g
}

// evidence returns a report's evidence with its article and publication
// filled in. The quote is copied: an extractor's quote is a slice of the article's
// text, which it would keep alive as long as an Applier keeps the entity.
func evidence(ev accord.Evidence, art *accord.Article) accord.Evidence {
	ev.Quote = strings.Clone(ev.Quote)
	if ev.Article == "" {
		ev.Article = art.ID
	}
	if ev.Published == "" {
		ev.Published = art.Published
	}
	return ev
}

// addHeldEngagement merges one held engagement into the state and returns
// the engagement it became or joined (nil if it was dropped).
func (st *state) addHeldEngagement(e *accord.Engagement) *accord.Engagement {
	if e.Date == "" {
		return nil // an event with no date cannot be placed on any timeline
	}
	st.placeInVisit(e)
	var best *accord.Engagement
	se := st.sided(e) // once, not for each candidate: nothing changes while they are compared
	days := sameDay(e.Date)
	if e.Type == accord.Summit {
		days = allDays // a summit's reports date it to any of its days (datesAgree)
	}
	days.skip = otherEvent(e.Type)
	for c := range st.candidatesFor(se, days) {
		if st.sameEvent(c, e, se) && (best == nil || c.Date < best.Date || c.Date == best.Date && c.ID < best.ID) {
			best = c
		}
	}
	if best == nil {
		best = st.lateReport(e)
	}
	if best == nil {
		best = st.dayLate(e)
	}
	zoned := ""
	if best == nil {
		if best = st.zoneDay(e); best == nil {
			best = st.sidesCall(e)
		}
		if best != nil {
			zoned = min(best.Date, e.Date)
		}
	}
	if best == nil {
		best = st.visitSummary(e)
	}
	if best == nil {
		best = st.lateContact(e)
	}
	if best == nil {
		e.ID = st.claim(engagementID(e))
		st.dirty[e] = true
		st.addHeld(e)
		best = e
	} else {
		st.touchEngagement(best)
		st.mergeEngagement(best, e)
		// The two sides' days of one contact: the earlier, whichever report
		// the text dates, so that a third report of either side finds it.
		if zoned != "" && best.Date != zoned {
			st.setHeldDate(best, zoned)
		}
	}
	// A reference kept while the event was unknown joins it now.
	st.mention = slices.DeleteFunc(st.mention, func(m *accord.Engagement) bool {
		if !st.refMatches(m, best) {
			return false
		}
		st.touchEngagement(best)
		best.Refs = mergeEvidence(best.Refs, m.Refs)
		st.deleted = append(st.deleted, accord.EntityRef{Kind: accord.KindEngagement, ID: m.ID})
		return true
	})
	return best
}

// mergeEngagement merges e into g (see the package doc for the rules).
func (st *state) mergeEngagement(g, e *accord.Engagement) {
	was := g.Type
	if r, ok := typeRank[e.Type]; ok && r < typeRank[g.Type] {
		g.Type = e.Type // formal talks over a meeting, a video call over a call
	}
	if e.Type == accord.Reception && g.Type == accord.Meeting {
		g.Type = e.Type // a courtesy call the visitor's side says it "met"
	}
	if e.Type == accord.Summit && typeClass(g.Type) == accord.Talks {
		g.Type = e.Type // a summit one side calls its "summit meeting"
	}
	// A date the text gives outweighs a publication date it does not
	// contain; a publication day within the month the text gives ("this
	// week") is the more precise, but for a visit, which spans days, the
	// day of a report is not the visit's.
	d := preciser(g.Date, e.Date)
	visit := g.Type == accord.Visit
	switch {
	case weak(e) && !weak(g) && (visit || !inMonth(e.Date, g.Date)):
		d = g.Date
	case weak(g) && !weak(e) && (visit || !inMonth(g.Date, e.Date)):
		d = e.Date
	}
	if d != g.Date {
		if g.Status == accord.StatusHeld || g.Status == "" {
			st.setHeldDate(g, d)
		} else {
			g.Date = d
			st.redate(g)
		}
	}
	if end := max(g.EndDate, e.EndDate); end > g.Date && len(end) == 10 {
		g.EndDate = end
	}
	if e.Type == accord.Visit && !weak(e) && len(e.Date) == 10 && e.Date > g.Date && e.Date > g.EndDate && len(g.Date) == 10 {
		g.EndDate = e.Date // a later day of the same visit
	}
	// The best place the reports give, as if no visit's place had been
	// copied over it: linkParents copies it again from the result.
	if p, q := reportedPlace(e), reportedPlace(g); placeScore(p) > placeScore(q) ||
		placeScore(p) == placeScore(q) && p.Name != "" && (q.Name == "" || p.Name < q.Name) {
		if g.Reported != nil {
			g.Reported = &p
		} else {
			g.Place = p
		}
	}
	add := e.Participants
	if sidesKnown(g, e) {
		add = st.otherForms(g.Participants, add)
	}
	if g.Type == accord.Visit && e.Type == accord.Visit {
		add = st.otherHosts(g, add)
	}
	g.Participants = st.namedSides(st.collapse(union(g.Participants, add)))
	g.Countries = union(g.Countries, e.Countries)
	if g.Status == accord.StatusHeld || g.Status == "" {
		st.indexMC(g)
	}
	st.indexVisit(g)
	g.Areas = union(g.Areas, e.Areas)
	if e.Level != "" && levelRank(e.Level) < levelRank(g.Level) {
		g.Level = e.Level
	}
	g.Reports = mergeEvidence(g.Reports, e.Reports)
	g.Refs = mergeEvidence(g.Refs, e.Refs)
	if g.Type != was {
		st.redate(g) // its type tags in byMC follow the type it took
	}
}

// otherForms returns the participants of a report to add to an event's,
// without the persons the event already names in another full form ("The
// Honorable Joe Biden" beside "Joseph R. Biden Jr."): each is paired once,
// the same actor or one-word forms first, so two persons of one family in
// one report stay two.
func (st *state) otherForms(have, add []string) []string {
	used := map[string]bool{}
	var rest []string
	for _, x := range add {
		if !isPerson(x) {
			rest = append(rest, x)
			continue
		}
		paired := false
		for _, y := range have {
			if !used[y] && isPerson(y) && st.personMatch(x, y) {
				used[y], paired = true, true
				break
			}
		}
		if !paired {
			rest = append(rest, x)
		}
	}
	out := slices.Clone(add)
	for _, x := range rest {
		if !isPerson(x) {
			continue
		}
		for _, y := range have {
			if !used[y] && isPerson(y) && st.nameForm(x, y) {
				used[y] = true
				out = slices.DeleteFunc(out, func(z string) bool { return z == x })
				break
			}
		}
	}
	return out
}

// namedSides drops the countries that stand for a side a person of that
// country names: a country takes part in its own name only when no person
// of it is named ("the Taoiseach" left as Ireland, until a report names
// him).
func (st *state) namedSides(ids []string) []string {
	named := map[string]bool{}
	for _, id := range ids {
		if a := st.actors[id]; a != nil && a.Type == accord.Person && a.Country != "" {
			named[a.Country] = true
		}
	}
	if len(named) == 0 {
		return ids
	}
	return slices.DeleteFunc(ids, func(id string) bool {
		a := st.actors[id]
		return a != nil && a.Type == accord.Country && named[a.Country]
	})
}

// dropsSide reports whether namedSides would drop one of ids. Asked of
// every engagement of a batch's part after each batch: without the copy
// and the map that namedSides makes.
func (st *state) dropsSide(ids []string) bool {
	for _, id := range ids {
		a := st.actors[id]
		if a == nil || a.Type != accord.Country {
			continue
		}
		for _, x := range ids {
			if p := st.actors[x]; p != nil && p.Type == accord.Person && p.Country != "" && p.Country == a.Country {
				return true
			}
		}
	}
	return false
}

// collapse drops from merged participants the one-word forms that stand for
// another participant: Macron beside Emmanuel Macron; of two equal one-word
// forms of two articles, the first id stays.
func (st *state) collapse(ids []string) []string {
	return slices.DeleteFunc(ids, func(x string) bool {
		if !isPerson(x) || st.actors[x] == nil || len(st.words(st.actors[x])) != 1 {
			return false
		}
		for _, y := range ids {
			if y == x || !isPerson(y) || st.actors[y] == nil || !st.personMatch(x, y) {
				continue
			}
			if len(st.words(st.actors[y])) > 1 || y < x {
				return true
			}
		}
		return false
	})
}

// preciser returns the better of two dates of one event: a day over a month,
// the earlier of two days.
func preciser(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case len(a) != len(b):
		if len(a) > len(b) {
			return a
		}
		return b
	}
	return min(a, b)
}

func placeScore(p accord.PlaceRef) int {
	s := 0
	if p.Country != "" {
		s += 2
	}
	if p.Name != "" {
		s++
	}
	return s
}

// union returns the sorted union of two sorted sets.
func union(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// mergeEvidence adds evidence keeping one item per article (the first
// sentence), in (published, article, start) order.
func mergeEvidence(have, add []accord.Evidence) []accord.Evidence {
	for _, ev := range add {
		if !slices.ContainsFunc(have, func(h accord.Evidence) bool { return h.Article == ev.Article }) {
			have = append(have, ev)
		}
	}
	sortEvidence(have)
	return have
}

func sortEvidence(evs []accord.Evidence) {
	slices.SortStableFunc(evs, func(a, b accord.Evidence) int {
		if c := strings.Compare(a.Published, b.Published); c != 0 {
			return c
		}
		if c := strings.Compare(a.Article, b.Article); c != 0 {
			return c
		}
		return a.Start - b.Start
	})
}

// sameEvent reports whether two held engagements are one event; sb is
// st.sided(b).
func (st *state) sameEvent(a, b, sb *accord.Engagement) bool {
	other := typeClass(a.Type) != typeClass(b.Type)
	if other && !oneOf(a.Type, b.Type, accord.Reception) && !oneOf(a.Type, b.Type, accord.Summit) {
		return false
	}
	if !datesAgree(a, b) {
		return false
	}
	a, b = st.sided(a), sb
	if other {
		return st.courtesy(a, b) || st.summitMeeting(a, b)
	}
	if !sameScope(a, b) {
		return false
	}
	return st.samePrincipals(a, b)
}

// otherEvent is the set of types sameEvent rejects a report of type t
// for, whatever else the two say: another class, neither a reception nor
// a summit.
func otherEvent(t accord.EngagementType) tagSet {
	return tagsWhere(func(c accord.EngagementType) bool {
		return typeClass(c) != typeClass(t) && !oneOf(c, t, accord.Reception) && !oneOf(c, t, accord.Summit)
	})
}

// oneOf reports whether either of two types is t.
func oneOf(a, b, t accord.EngagementType) bool { return a == t || b == t }

// sameScope: a bilateral contact is never a report of a gathering of more
// countries, even on the same day with the same leaders: a meeting on the
// margins of a summit is its own event. A report naming one country or
// none may belong to either.
func sameScope(a, b *accord.Engagement) bool {
	if len(a.Countries) < 2 || len(b.Countries) < 2 {
		return true
	}
	return a.Multilateral() == b.Multilateral()
}

// twoSides reports whether two reports are of a contact between two
// countries: one names both, the other no more.
func twoSides(a, b *accord.Engagement) bool {
	return (a.Bilateral() || b.Bilateral()) && !a.Multilateral() && !b.Multilateral()
}

// sidesKnown reports whether two reports name the countries of a contact
// between countries: a contact of two (one report may name fewer), or the
// same countries, so that name forms can be compared side by side. Within
// one country, two name forms are no evidence of one person.
func sidesKnown(a, b *accord.Engagement) bool {
	return twoSides(a, b) || len(a.Countries) >= 2 && slices.Equal(a.Countries, b.Countries)
}

// weak reports whether an engagement's date is only its reports'
// publication date: no report's text dates it.
func weak(e *accord.Engagement) bool {
	for _, r := range e.Reports {
		if r.DateBasis != accord.DateByPublication {
			return false
		}
	}
	return len(e.Reports) > 0
}

// inMonth reports whether day lies in the month date names.
func inMonth(day, date string) bool {
	return len(day) == 10 && len(date) == 7 && month(day) == date
}

// lastDay returns the last day an event's date covers: its end date, the
// last day of its month, or the day itself.
func lastDay(e *accord.Engagement) string {
	if e.EndDate > e.Date {
		return e.EndDate
	}
	if len(e.Date) == 7 {
		t, err := time.Parse("2006-01", e.Date)
		if err != nil {
			return e.Date
		}
		return t.AddDate(0, 1, -1).Format(time.DateOnly)
	}
	return e.Date
}

// lateOf reports whether a report dated weakly on day w may be a later
// report of an event dated by its text (ev): on or after its start, at most
// lateWindow days after its last day.
func lateOf(w string, ev *accord.Engagement) bool {
	if len(w) != 10 || ev.Date == "" {
		return false
	}
	start := ev.Date
	if len(start) == 7 {
		start += "-01"
	}
	last := lastDay(ev)
	return w >= start && (w <= last || days(w, last) <= lateWindow)
}

// lateReport finds, for a visit with no match by date, the visit it
// reports when one of the two is dated only by publication: the other,
// dated by its text, of the same principals, at most lateWindow days
// before (the latest such visit; ties by id). A fact sheet or joint
// statement sums up a visit after it ends; a readout of a call or meeting
// is published the day it is held, so other types merge by date only. Two
// visits of the same principals and place from one article, dated within
// lateWindow days of each other, are one.
func (st *state) lateReport(e *accord.Engagement) *accord.Engagement {
	if e.Type != accord.Visit || len(e.Date) != 10 && weak(e) && pubDay(e) == "" {
		return nil
	}
	var best *accord.Engagement
	better := func(c *accord.Engagement) bool {
		return best == nil || c.Date > best.Date || c.Date == best.Date && c.ID < best.ID
	}
	se := st.sided(e) // once: nothing changes while the candidates are compared
	// The principals last: every test is pure, and the dates and articles
	// rule out most of a busy season's visits without looking up their
	// participants.
	principals := func(c *accord.Engagement) bool {
		sc := st.sided(c)
		return sameScope(sc, se) && st.samePrincipals(sc, se)
	}
	// e's weakness once, and the place before the articles: the candidates
	// are every visit of five months, and a visit reported by many
	// articles has as many reports to look through.
	we := weak(e)
	for c := range st.lateCandidates(e.Date) {
		if typeClass(c.Type) != typeClass(e.Type) {
			continue
		}
		wc := weak(c)
		if wc == we {
			// One article reports one visit of a visitor to a host, however
			// many of its sentences date it, and dates it differently.
			if samePlace(c, e) && sameArticle(c, e) && (lateOf(firstDay(e), c) || lateOf(firstDay(c), e)) && better(c) && principals(c) {
				best = c
			}
			continue
		}
		w, ev := e, c
		if wc {
			w, ev = c, e
		}
		if lateVisit(w, ev) && better(c) && principals(c) {
			best = c
		}
	}
	return best
}

// lateVisit reports whether weak visit report w may report visit ev, which
// a text dates: lateOf its day. A weak report dated by the month of its
// publication (a visit is dated by month) is of its publication day; when
// ev's text gives only its month, the visit's end is unknown, and a report
// published in the following month is of it only within visitWindow days
// of that month's end, to the same place ("has concluded a visit to Viet
// Nam" on March 1 of the visit the host's readouts date February).
func lateVisit(w, ev *accord.Engagement) bool {
	if len(w.Date) == 10 {
		return lateOf(w.Date, ev)
	}
	d := pubDay(w)
	if d == "" || !lateOf(d, ev) || !samePlace(w, ev) {
		return false
	}
	return len(ev.Date) == 10 || ev.EndDate != "" || days(d, lastDay(ev)) <= visitWindow
}

// pubDay returns the day a weak engagement dated by a month was published
// (its first report's), when that day is of its month; "" otherwise.
func pubDay(e *accord.Engagement) string {
	if len(e.Date) != 7 || !weak(e) {
		return ""
	}
	d := ""
	for _, r := range e.Reports {
		if len(r.Published) == 10 && (d == "" || r.Published < d) {
			d = r.Published
		}
	}
	if month(d) != e.Date {
		return ""
	}
	return d
}

// sameArticle reports whether two engagements have a report in common.
func sameArticle(a, b *accord.Engagement) bool {
	for _, r := range a.Reports {
		if slices.ContainsFunc(b.Reports, func(s accord.Evidence) bool { return s.Article == r.Article }) {
			return true
		}
	}
	return false
}

// samePlace reports whether two engagements' reported place countries do
// not differ.
func samePlace(a, b *accord.Engagement) bool {
	p, q := reportedPlace(a), reportedPlace(b)
	return p.Country == "" || q.Country == "" || p.Country == q.Country
}

// reportedPlace returns the place e's reports gave: its place, unless that
// is the place of the visit it was part of.
func reportedPlace(e *accord.Engagement) accord.PlaceRef {
	if e.Reported != nil {
		return *e.Reported
	}
	return e.Place
}

// firstDay returns the first day of an engagement's date.
func firstDay(e *accord.Engagement) string {
	if len(e.Date) == 7 {
		return e.Date + "-01"
	}
	return e.Date
}

// lateCandidates returns the held visits of date's month and of the two
// months either side: its callers look for a visit (placeInVisit) or for
// another report of one (lateReport), and a busy month holds tens of
// thousands of engagements, a few hundred of them visits.
// It walks the month lists in place rather than copying them: the callers
// change no list while they walk.
func (st *state) lateCandidates(date string) iter.Seq[*accord.Engagement] {
	return func(yield func(*accord.Engagement) bool) {
		m := month(date)
		if m == "" {
			return
		}
		for n := -2; n <= 2; n++ {
			for _, e := range st.visitsBy[addMonths(m, n)] {
				if !yield(e) {
					return
				}
			}
		}
	}
}

// visitsOf yields the held visits lateCandidates(date) gives that name
// country (some more than once): the visits a contact of that country may
// have been held during (parentPrincipals).
func (st *state) visitsOf(date, country string) iter.Seq[*accord.Engagement] {
	return func(yield func(*accord.Engagement) bool) {
		m := month(date)
		if m == "" {
			return
		}
		if addMonths(m, 0) == "" {
			// Not a month: lateCandidates walks the visits of no month.
			for v := range st.lateCandidates(date) {
				if !yield(v) {
					return
				}
			}
			return
		}
		var months [5]string
		for n := -2; n <= 2; n++ {
			months[n+2] = addMonths(m, n)
		}
		for _, mm := range months {
			for _, v := range st.visitsMC[mcKey{mm, country}] {
				// An entry only grows: the visit may have moved since.
				if vm := month(v.Date); vm != "" && slices.Contains(months[:], vm) && !yield(v) {
					return
				}
			}
		}
	}
}

// placeInVisit dates a contact that only its publication dates within the
// visit of its principals that the record knows, when an article reporting
// the visit reports the contact within lateWindow days after it: the talks and signings a fact sheet
// sums up took place during the visit, not on the day it was published.
// The contact takes the visit's day, or its month when the visit spans
// days.
func (st *state) placeInVisit(e *accord.Engagement) {
	if !weak(e) || e.Type == accord.Visit || len(e.Date) != 10 {
		return
	}
	if len(e.Countries) == 0 {
		return // parentPrincipals: no visit
	}
	var visit *accord.Engagement
	for v := range st.visitsOf(e.Date, e.Countries[0]) {
		if v.Type != accord.Visit || !st.parentPrincipals(e, v) {
			continue
		}
		if within(e, v) {
			return // held during a visit the record knows: its date stands
		}
		// Only a report that sums up the visit itself (its article reports
		// the visit too) places a contact in it: a readout of a meeting at
		// home weeks after a visit abroad is a contact of its own.
		if weak(v) || !lateOf(e.Date, v) || !sameArticle(e, v) || !samePlace(e, v) {
			continue
		}
		if visit == nil || v.Date > visit.Date || v.Date == visit.Date && v.ID < visit.ID {
			visit = v
		}
	}
	if visit == nil {
		return
	}
	if len(visit.Date) == 10 && visit.EndDate <= visit.Date {
		e.Date = visit.Date
	} else {
		e.Date = month(visit.Date)
	}
}

func datesAgree(a, b *accord.Engagement) bool {
	if a.Date == "" || b.Date == "" {
		return false
	}
	if len(a.Date) != 10 || len(b.Date) != 10 {
		return month(a.Date) == month(b.Date)
	}
	if a.Type == accord.Summit && b.Type == accord.Summit {
		// A summit lasts days; its reports date it to any of them ("the
		// G7 Summit" on June 13 in one release, June 14 in a fact sheet).
		return days(a.Date, b.Date) <= summitWindow
	}
	if a.Type != accord.Visit {
		return a.Date == b.Date
	}
	aEnd, bEnd := max(a.Date, a.EndDate), max(b.Date, b.EndDate)
	if a.Date <= bEnd && b.Date <= aEnd {
		return true // the spans overlap
	}
	return days(a.Date, b.Date) <= visitWindow
}

// days returns the number of days between two YYYY-MM-DD dates (1<<30
// when either is not one). Matching compares a report with every visit of
// three months of its countries: the dates are counted by arithmetic, as
// time would count them, not parsed by time.Parse.
func days(a, b string) int {
	da, ok1 := dayNumber(a)
	db, ok2 := dayNumber(b)
	if !ok1 || !ok2 {
		return daysByTime(a, b)
	}
	d := da - db
	if d < 0 {
		d = -d
	}
	// time.Duration saturates past 292 years: daysByTime's answer then.
	return min(d, maxDurationDays)
}

// maxDurationDays is the whole days of the longest time.Duration.
const maxDurationDays = int(math.MaxInt64 / int64(24*time.Hour))

// daysByTime is days by time.Parse, for what dayNumber does not count.
func daysByTime(a, b string) int {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// dayNumber returns the days from 0001-01-01 to a YYYY-MM-DD date that
// time.Parse(time.DateOnly) accepts from year 1, and false for any other
// text (days then asks time).
func dayNumber(s string) (int, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, ok1 := digits(s[:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:])
	if !ok1 || !ok2 || !ok3 || y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(m, y) {
		return 0, false
	}
	// Days before the year, then before the month (March-based, so that
	// February's leap day falls at the end).
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d, true
}

// daysIn returns the number of days of month m (1-12) of year y.
func daysIn(m, y int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func isPerson(id string) bool { return strings.HasPrefix(id, "p_") }

func shared(a, b []string, keep func(string) bool) int {
	n := 0
	for _, x := range a {
		if keep(x) && slices.Contains(b, x) {
			n++
		}
	}
	return n
}

func persons(ids []string) int {
	n := 0
	for _, id := range ids {
		if isPerson(id) {
			n++
		}
	}
	return n
}

//go:embed data/name_extras.txt
var nameExtrasFile string

// nameExtras holds the honorifics and suffixes around a name.
var nameExtras = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(nameExtrasFile, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			m[accord.Fold(line)] = true
		}
	}
	return m
}()

// nameCore returns the words of a folded name without honorifics,
// suffixes and initials.
func nameCore(words []string) []string {
	var ws []string
	for _, w := range words {
		if len(w) > 1 && !nameExtras[w] {
			ws = append(ws, w)
		}
	}
	return ws
}

// nameForm reports whether two names may be forms of one name in two
// reports of one contact: their countries do not differ and, without
// honorifics, suffixes and initials, the last word of one is the last of
// the other or the names are in opposite orders ("The Honorable Joe Biden"
// and "Joseph R. Biden Jr.", "KISHIDA Fumio" and "Fumio Kishida"), or one
// is a single word of the other ("Marcos Jr" and "Ferdinand R. Marcos Jr."),
// or they differ only in spaces.
func (st *state) nameForm(x, y string) bool {
	if st.personMatch(x, y) {
		return true
	}
	ax, ay := st.actors[x], st.actors[y]
	if ax == nil || ay == nil || ax.Country != "" && ay.Country != "" && ax.Country != ay.Country {
		return false
	}
	w1, w2 := nameCore(st.words(ax)), nameCore(st.words(ay))
	if len(w1) == 0 || len(w2) == 0 {
		return false
	}
	if len(w1) > len(w2) {
		w1, w2 = w2, w1
	}
	if len(w1) == 1 {
		return slices.Contains(w2, w1[0]) || transliterated(w1[0], w2[len(w2)-1])
	}
	if realmForm(w1, w2) || realmForm(w2, w1) {
		return true
	}
	f1, l1, f2, l2 := w1[0], w1[len(w1)-1], w2[0], w2[len(w2)-1]
	// "Cho Tae-yong" and "Cho Taeyong": a given name of two syllables is
	// written with a hyphen or without.
	return l1 == l2 || f1 == l2 && l1 == f2 || strings.Join(w1, "") == strings.Join(w2, "") || namePrefix(w1, w2) ||
		f1 == f2 && transliterated(l1, l2)
}

// realmForm reports whether x names a sovereign by realm ("Abdullah II of
// Jordan", "Salman of Saudi Arabia") and y is the same sovereign's full
// name: it begins with the words before "of", the given name and regnal
// number ("Abdullah II ibn Al Hussein"). A name holding them elsewhere is
// another person ("Mohammed bin Salman", the king's son), and so is
// another number.
func realmForm(x, y []string) bool {
	i := slices.Index(x, "of")
	if i < 1 || i == len(x)-1 || len(y) <= i || slices.Contains(y, "of") {
		return false
	}
	return slices.Equal(x[:i], y[:i])
}

// samePrincipals: compatible countries (the same, one a part of the other,
// or one report naming none) and the same persons: every person of the
// report naming fewer (two at least, when it names more) matches one of
// the other. With no persons named, the same countries (or organisations).
func (st *state) samePrincipals(a, b *accord.Engagement) bool {
	ca, cb := a.Countries, b.Countries
	if len(ca) > 0 && len(cb) > 0 && !subset(ca, cb) && !subset(cb, ca) {
		return false
	}
	pa, pb := persons(a.Participants), persons(b.Participants)
	if st.ministersApart(a, b) {
		return false
	}
	if oneSidedSummitApart(a, b) {
		return false
	}
	if pa == 0 || pb == 0 {
		if len(ca) > 0 && slices.Equal(ca, cb) {
			return true
		}
		return shared(a.Participants, b.Participants, func(string) bool { return true }) > 0
	}
	if a.Type == accord.Summit && b.Type == accord.Summit && len(ca) > 2 && slices.Equal(ca, cb) {
		// One gathering of the same countries, each report naming its own
		// leader and the others by country: one summit.
		return true
	}
	need := min(pa, pb, 2)
	if pa > pb {
		a, b = b, a
	}
	if st.matched(a.Participants, b.Participants) >= need {
		return true
	}
	// Both sides' readouts of one contact of two countries name each side in
	// their own way: the forms of the names may differ.
	if sidesKnown(a, b) && st.matchedBy(a.Participants, b.Participants, st.nameForm) >= need {
		return true
	}
	return a.Type == accord.Visit && b.Type == accord.Visit && st.sameVisitor(a, b)
}

// sameVisitor reports whether two reports of visits to one country name a
// visitor in common: the host each report names differs with whom the
// visitor met (the foreign minister in one, the president in another).
func (st *state) sameVisitor(a, b *accord.Engagement) bool {
	host := a.Place.Country
	if host == "" {
		host = b.Place.Country
	}
	if host == "" || b.Place.Country != "" && b.Place.Country != host || !twoSides(a, b) {
		return false
	}
	for _, x := range a.Participants {
		ax := st.actors[x]
		if !isPerson(x) || ax == nil || ax.Country == "" || ax.Country == host {
			continue
		}
		for _, y := range b.Participants {
			if isPerson(y) && st.nameForm(x, y) {
				return true
			}
		}
	}
	return false
}

// matched counts the persons of a who match a person of b (personMatch).
func (st *state) matched(a, b []string) int {
	return st.matchedBy(a, b, st.personMatch)
}

// matchedBy counts the persons of a who match a person of b by match.
func (st *state) matchedBy(a, b []string, match func(x, y string) bool) int {
	n := 0
	for _, x := range a {
		if !isPerson(x) {
			continue
		}
		for _, y := range b {
			if isPerson(y) && match(x, y) {
				n++
				break
			}
		}
	}
	return n
}

// personMatch reports whether two person ids may be one person in reports
// of one event: the same actor, or a one-word form (Macron, an article's
// short form it could not resolve) that is a word of the other's name, when
// their countries do not differ. It never merges the actors themselves.
func (st *state) personMatch(x, y string) bool {
	if x == y {
		return true
	}
	ax, ay := st.actors[x], st.actors[y]
	if ax == nil || ay == nil || ax.Country != "" && ay.Country != "" && ax.Country != ay.Country {
		return false
	}
	tx, ty := st.words(ax), st.words(ay)
	if len(tx) > 1 && len(ty) > 1 {
		return false // two full names: only the same actor
	}
	if len(tx) > 1 {
		tx, ty = ty, tx
	}
	return len(tx) == 1 && slices.Contains(ty, tx[0])
}

// words returns the folded words of an actor's name, cached.
func (st *state) words(a *accord.Actor) []string {
	w, ok := st.wordCache[a.ID]
	if !ok {
		w = strings.Fields(accord.Fold(a.Name))
		st.wordCache[a.ID] = w
	}
	return w
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// within reports whether engagement e took place during visit v.
func within(e, v *accord.Engagement) bool {
	if e.Date == "" || v.Date == "" {
		return false
	}
	if len(v.Date) == 7 || len(e.Date) == 7 {
		return month(e.Date) == month(v.Date)
	}
	end := v.EndDate
	if end == "" {
		end = v.Date
	}
	return e.Date >= v.Date && e.Date <= end
}

// linkParents sets each held engagement's Parent: the visit of the same
// principals during which it was held (the earliest by date and id when
// several qualify).
func (st *state) linkParents() {
	// Visits by month and country: a parent names every country of the
	// engagement, so its first; a busy month has thousands of visits.
	// spill are those of visits whose end may reach into the next month:
	// a day-dated engagement of a month looks for its parent among its
	// month's visits and these of the month before (within).
	visits, spill := map[mcKey][]*accord.Engagement{}, map[mcKey][]*accord.Engagement{}
	for _, e := range st.held {
		if e.Type == accord.Visit {
			m := month(e.Date)
			end := e.EndDate
			if end == "" {
				end = e.Date
			}
			over := len(end) != 10 || end[:7] != m // anything but a day of its own month
			for i, c := range e.Countries {
				if !slices.Contains(e.Countries[:i], c) {
					visits[mcKey{m, c}] = append(visits[mcKey{m, c}], e)
					if over {
						spill[mcKey{m, c}] = append(spill[mcKey{m, c}], e)
					}
				}
			}
		}
	}
	// Each list by date: a visit that starts after a day-dated engagement
	// is not its parent (within), nor is any after it. The parent is the
	// least by date and id whatever the order the lists are walked in.
	for _, vs := range visits {
		slices.SortStableFunc(vs, func(a, b *accord.Engagement) int { return strings.Compare(a.Date, b.Date) })
	}
	// The held engagements come mostly month by month: the month's
	// figures are worked out when it changes.
	lastM, inCore, prevM := "\x00", false, ""
	for _, e := range st.held {
		m := month(e.Date)
		if m != lastM {
			lastM, inCore, prevM = m, st.core[m], addMonths(m, -1)
		}
		if st.core != nil && !inCore {
			continue // outside the part held whole: its visits may not be loaded
		}
		if e.Type == accord.Visit {
			if e.Parent != "" {
				st.touchEngagement(e)
				e.Parent = ""
			}
			continue
		}
		var parent *accord.Engagement
		var here, before []*accord.Engagement // visits of its first country
		if len(e.Countries) > 0 {
			here, before = visits[mcKey{m, e.Countries[0]}], visits[mcKey{prevM, e.Countries[0]}]
		}
		day := len(e.Date) == 10
		if day && len(e.Countries) > 0 {
			// A visit of the month before that ends within it ends before
			// the day.
			before = spill[mcKey{prevM, e.Countries[0]}]
		}
		for _, vs := range [][]*accord.Engagement{here, before} {
			for _, v := range vs {
				if day && v.Date > e.Date {
					break // starts after it, as do the rest
				}
				// The countries first: cheaper than the dates, and what most
				// visits of a busy month fail.
				if len(e.Countries) == 0 || !subset(e.Countries, v.Countries) || !within(e, v) || !st.parentPrincipals(e, v) {
					continue
				}
				if parent == nil || v.Date < parent.Date || v.Date == parent.Date && v.ID < parent.ID {
					parent = v
				}
			}
		}
		id := ""
		if parent != nil {
			id = parent.ID
		}
		if e.Parent != id {
			st.touchEngagement(e)
			e.Parent = id
		}
		// What happens during a visit happens in the host country: a report's
		// dateline at home ("HÀ NỘI — … talks held as part of the state visit
		// to the RoK") is where it was filed, not where the talks were.
		// The place is a function of the reported place and the parent's,
		// recomputed each time: a visit's place made preciser later (the
		// country, then the city) reaches what was held during it.
		own := reportedPlace(e)
		place, reported := own, (*accord.PlaceRef)(nil)
		if parent != nil && parent.Place.Country != "" && own.Country != parent.Place.Country {
			place, reported = parent.Place, &own
		}
		if e.Place != place || (e.Reported == nil) != (reported == nil) || reported != nil && *e.Reported != *reported {
			st.touchEngagement(e)
			e.Place, e.Reported = place, reported
		}
	}
}

// parentPrincipals: the engagement's countries are the visit's (or a part
// of them) and, when both name persons, a person is shared.
func (st *state) parentPrincipals(e, v *accord.Engagement) bool {
	if len(e.Countries) == 0 || !subset(e.Countries, v.Countries) {
		return false
	}
	if persons(e.Participants) > 0 && persons(v.Participants) > 0 {
		return st.matched(e.Participants, v.Participants) > 0
	}
	return true
}

// refMatches reports whether a reference (or a kept mention) names held
// engagement e: compatible type, same day or month, and its countries (when
// it names two or more) among the event's, else a shared participant.
func (st *state) refMatches(r, e *accord.Engagement) bool {
	if typeClass(r.Type) != typeClass(e.Type) || r.Date == "" || e.Date == "" {
		return false
	}
	switch {
	case len(r.Date) == 10 && len(e.Date) == 10:
		if r.Date != e.Date && !(e.Type == accord.Visit && within(r, e)) {
			return false
		}
	case month(r.Date) != month(e.Date):
		return false
	}
	if !sameScope(r, e) {
		return false
	}
	if len(r.Countries) >= 2 {
		// The countries of the reference are those of the event (or a part).
		return subset(r.Countries, e.Countries)
	}
	return st.matched(r.Participants, e.Participants) > 0 ||
		shared(r.Participants, e.Participants, func(string) bool { return true }) > 0
}

// addReference attaches a reference to the held engagement it names, or
// keeps it as a mention.
func (st *state) addReference(r *accord.Engagement) {
	r.Refs, r.Reports = r.Reports, nil
	if r.Date == "" || len(r.Refs) == 0 {
		return
	}
	var best *accord.Engagement
	bestScore := -1
	for _, c := range st.candidates(r.Date) {
		if !st.refMatches(r, c) {
			continue
		}
		s := shared(r.Participants, c.Participants, func(string) bool { return true })
		if s > bestScore || s == bestScore && (c.Date < best.Date || c.Date == best.Date && c.ID < best.ID) {
			best, bestScore = c, s
		}
	}
	if best != nil {
		if !slices.ContainsFunc(best.Refs, func(ev accord.Evidence) bool { return ev.Article == r.Refs[0].Article }) {
			st.touchEngagement(best)
			best.Refs = mergeEvidence(best.Refs, r.Refs)
		}
		return
	}
	for _, m := range st.mention {
		if typeClass(m.Type) == typeClass(r.Type) && month(m.Date) == month(r.Date) && st.refPrincipals(m, r) {
			st.touchEngagement(m)
			m.Date = preciser(m.Date, r.Date)
			m.Participants = union(m.Participants, r.Participants)
			m.Countries = union(m.Countries, r.Countries)
			m.Refs = mergeEvidence(m.Refs, r.Refs)
			return
		}
	}
	r.Status = accord.StatusMentioned
	r.ID = st.claim(engagementID(r))
	st.dirty[r] = true
	st.mention = append(st.mention, r)
}

// refPrincipals: two references name one event when they name the same
// countries and, when both name persons, a person in common.
func (st *state) refPrincipals(a, b *accord.Engagement) bool {
	if !slices.Equal(a.Countries, b.Countries) {
		return false
	}
	if persons(a.Participants) > 0 && persons(b.Participants) > 0 {
		return st.matched(a.Participants, b.Participants) > 0
	}
	return len(a.Countries) >= 2 || shared(a.Participants, b.Participants, func(string) bool { return true }) > 0
}

// addInvitation merges an invitation with an open one it repeats, or adds it,
// and returns the invitation it became or joined.
func (st *state) addInvitation(p *accord.Engagement) *accord.Engagement {
	p.Status = accord.StatusPending
	if len(p.Reports) == 0 {
		return nil
	}
	for _, q := range st.pending {
		if q.ClosedBy == "" && typeClass(q.Type) == typeClass(p.Type) && q.Place.Country == p.Place.Country &&
			slices.Equal(q.Countries, p.Countries) && (persons(q.Participants) == 0 || persons(p.Participants) == 0 ||
			st.matched(q.Participants, p.Participants) > 0) {
			st.touchEngagement(q)
			q.Participants = union(q.Participants, p.Participants)
			q.Reports = mergeEvidence(q.Reports, p.Reports)
			if q.Date == "" || p.Date != "" && p.Date < q.Date {
				q.Date = p.Date
			}
			return q
		}
	}
	p.ID = st.claim(engagementID(p))
	st.dirty[p] = true
	st.pending = append(st.pending, p)
	return p
}

// closes reports whether held visit v fulfils invitation p: a visit of the
// invitee to the inviting country, after the invitation was first reported.
func (st *state) closes(v, p *accord.Engagement) bool {
	if v.Type != accord.Visit || typeClass(p.Type) != accord.Visit || len(p.Reports) == 0 {
		return false
	}
	issued := p.Reports[0].Published
	if len(v.Date) == 7 {
		if v.Date <= month(issued) {
			return false
		}
	} else if v.Date <= issued {
		return false
	}
	host := p.Place.Country
	if host != "" && v.Place.Country != host && !(v.Place.Country == "" && slices.Contains(v.Countries, host)) {
		return false
	}
	var invitees []string
	for _, id := range p.Participants {
		if a := st.actors[id]; a != nil && a.Type == accord.Person && (host == "" || a.Country != host) {
			invitees = append(invitees, id)
		}
	}
	if len(invitees) > 0 {
		return st.matched(invitees, v.Participants) > 0
	}
	return len(p.Countries) > 0 && subset(p.Countries, v.Countries)
}

// closeInvitations closes the open invitations that a held visit fulfils,
// each by the earliest such visit (by date and id). visits are the held
// visits to check against every open invitation, pending the invitations to
// check against every held visit.
func (st *state) closeInvitations(visits, pending []*accord.Engagement) {
	check := func(p *accord.Engagement, vs []*accord.Engagement) {
		if p.ClosedBy != "" {
			return
		}
		var by *accord.Engagement
		for _, v := range vs {
			if st.closes(v, p) && (by == nil || v.Date < by.Date || v.Date == by.Date && v.ID < by.ID) {
				by = v
			}
		}
		if by != nil {
			st.touchEngagement(p)
			p.ClosedBy = by.ID
		}
	}
	for _, p := range pending {
		check(p, st.visits())
	}
	if len(visits) > 0 {
		for _, p := range st.pending {
			check(p, visits)
		}
	}
}

// reopen clears ClosedBy of invitations whose visit is gone, and checks
// them again.
func (st *state) reopen() {
	held := map[string]bool{}
	if st.core == nil {
		for _, e := range st.held {
			held[e.ID] = true
		}
	} else {
		// A part of the record: a visit not loaded is not gone. Only
		// those deleted here are.
		for _, e := range st.pending {
			held[e.ClosedBy] = true
		}
		for _, d := range st.deleted {
			if d.Kind == accord.KindEngagement {
				delete(held, d.ID)
			}
		}
	}
	var again []*accord.Engagement
	for _, p := range st.pending {
		if p.ClosedBy != "" && !held[p.ClosedBy] {
			st.touchEngagement(p)
			p.ClosedBy = ""
			again = append(again, p)
		}
	}
	st.closeInvitations(nil, again)
}

func (st *state) visits() []*accord.Engagement {
	var out []*accord.Engagement
	for _, e := range st.held {
		if e.Type == accord.Visit {
			out = append(out, e)
		}
	}
	return out
}

// otherHosts drops from a visit report's participants the persons of the
// host country when the visit already names one: each report names the
// host the visitor met (the foreign minister in one, the prime minister
// in another), and a visit is of one visitor to one host.
func (st *state) otherHosts(g *accord.Engagement, add []string) []string {
	host := g.Place.Country
	if host == "" {
		return add
	}
	// A side of no known country beside a visitor of another country than
	// the host is the host's ("his Sri Lankan counterpart, Foreign
	// Minister A", whose country the text left unread): two reports of one
	// visit that name two hosts keep one.
	visitor := slices.ContainsFunc(g.Participants, func(x string) bool {
		a := st.actors[x]
		return isPerson(x) && a != nil && a.Country != "" && a.Country != host
	})
	isHost := func(x string) bool {
		a := st.actors[x]
		return isPerson(x) && a != nil && (a.Country == host || a.Country == "" && visitor)
	}
	if !slices.ContainsFunc(g.Participants, isHost) {
		return add
	}
	// A host of the visitor's own office (the prime minister a prime
	// minister visits) over one another report named (the governor-
	// general who received him): whichever report came first.
	if !slices.ContainsFunc(g.Participants, func(x string) bool { return isHost(x) && st.counterpart(g, x, host) }) &&
		slices.ContainsFunc(add, func(x string) bool { return isHost(x) && st.counterpart(g, x, host) }) {
		g.Participants = slices.DeleteFunc(slices.Clone(g.Participants), isHost)
		return slices.DeleteFunc(slices.Clone(add), func(x string) bool { return isHost(x) && !st.counterpart(g, x, host) })
	}
	var out []string
	for _, x := range add {
		if isHost(x) && !slices.Contains(g.Participants, x) {
			continue
		}
		out = append(out, x)
	}
	return out
}

// counterpart reports whether host person x holds an office a visitor of
// visit g (a person of another country than host) holds too.
func (st *state) counterpart(g *accord.Engagement, x, host string) bool {
	a := st.actors[x]
	if a == nil {
		return false
	}
	for _, v := range g.Participants {
		b := st.actors[v]
		if !isPerson(v) || b == nil || b.Country == "" || b.Country == host {
			continue
		}
		for _, r := range b.Roles {
			if r != "" && slices.Contains(a.Roles, r) {
				return true
			}
		}
	}
	return false
}
