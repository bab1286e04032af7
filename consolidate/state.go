package consolidate

import (
	"iter"
	"slices"
	"sort"
	"time"

	accord "github.com/accordhq/accord"
)

// state is a record being consolidated: entities by pointer, with the
// indexes that find merge candidates, and the set of entities changed since
// it was loaded, so that Update returns only what changed.
type state struct {
	actors  map[string]*accord.Actor
	held    []*accord.Engagement // Status held
	pending []*accord.Engagement // Status pending (invitations)
	mention []*accord.Engagement // Status mentioned: references not matched yet
	targets []*accord.Target

	byMonth map[string][]*accord.Engagement // held, by YYYY-MM of Date
	// visitsBy are byMonth's visits, in its order (lateCandidates): an
	// engagement's type never becomes or stops being a visit.
	visitsBy map[string][]*accord.Engagement
	// byMC holds the held engagements by month and country ("YYYY-MM|VN";
	// "YYYY-MM|" with none), for every month and country each has had:
	// entries only grow, so a list may hold engagements that moved since,
	// never miss one that is there now. mcKeys are each one's entries.
	byMC   map[mcKey]*mcList
	mcKeys map[*accord.Engagement][]mcRef
	// visitsMC holds the held visits by month and country, as byMC does
	// (entries only grow), for placeInVisit; vmcKeys are each one's.
	visitsMC  map[mcKey][]*accord.Engagement
	vmcKeys   map[*accord.Engagement][]mcKey
	targetsBy map[string][]*accord.Target // by holders and unit
	// artSums are the values of the article's statements being merged,
	// by holders and unit (addTargets; restatementOf).
	artSums map[string][]artSum

	dirty   map[any]bool // *accord.Actor, *accord.Engagement changed
	deleted []accord.EntityRef
	ids     map[string]bool // engagement ids in use
	// The targets apart (tdirty changed, tids in use): add merges a
	// batch's targets on a goroutine of their own (see add), beside its
	// engagements and actors. Their ids never meet an engagement's (a
	// target's begin "t_").
	tdirty map[*accord.Target]bool
	// tsums are the summaries of the targets the batch has not changed
	// (tsum.go), by id, worked out as statements meet them: an Applier's
	// window's, which it keeps while the target's kept version stays.
	tsums map[string]*tsum
	// bsums are the summaries of each block's targets (targetsBy) by
	// place in its list, as met this batch (blockSummary): a busy block is
	// met by several statements a batch, and looking each target up by id
	// for each cost a third of what the summaries saved.
	bsums map[string][]tsumAt
	tids  map[string]bool

	// core, when set, says the state holds only part of the record: the
	// blocks of one batch (see blocks), complete for these months. Passes
	// over the whole state (parents of engagements, reopened invitations)
	// then keep to what the part holds whole.
	core map[string]bool
	// countried are the loaded persons an article gave their country first.
	countried []string

	// gaps are, by target id, what the lists of an Applier's targets leave
	// out (their Unlisted); needWhole says the batch must be merged with
	// the lists read whole (see tgap.go).
	gaps      map[string]*gap
	needWhole bool

	wordCache map[string][]string // actor id → folded words of the name
	byName    map[string][]string // folded full name → person ids (built on first use)
	byWord    map[string][]string // folded name word → person ids (built on first use)
	// inWord says which (word, id) byWord holds: a common word's list
	// holds thousands of persons in a large record, and looking through
	// it for every word of every person made building it quadratic.
	inWord map[wordID]bool
	// byWordIn is byWord by the person's country when it was indexed
	// ("" then for one not known yet): a short form of a known country is
	// compared only with the persons of its country and of none, not with
	// every person of a common surname (issue 10: hundreds in a large
	// record, a cost an article that grew with the store).
	byWordIn map[wordCountry][]string
	mwords   map[string][]string     // metric → metricWords (state.metricWords)
	mnames   map[string]*metricNames // metric → namesOf (state.names)
	nwords   map[string][]string     // name → office.Words (state.nameWords)
}

// mcKey is a month (YYYY-MM) and a country code ("" for none): a key of
// byMC and visitsMC. A pair, not the two joined in one string: every
// engagement loaded and every report matched looks up several.
type mcKey struct{ month, country string }

// wordID is a folded name word and a person id.
type wordID struct{ word, id string }

// wordCountry is a folded name word and a country code.
type wordCountry struct{ word, country string }

func newState() *state {
	return &state{
		actors:    map[string]*accord.Actor{},
		byMonth:   map[string][]*accord.Engagement{},
		visitsBy:  map[string][]*accord.Engagement{},
		byMC:      map[mcKey]*mcList{},
		mcKeys:    map[*accord.Engagement][]mcRef{},
		visitsMC:  map[mcKey][]*accord.Engagement{},
		vmcKeys:   map[*accord.Engagement][]mcKey{},
		targetsBy: map[string][]*accord.Target{},
		dirty:     map[any]bool{},
		ids:       map[string]bool{},
		tdirty:    map[*accord.Target]bool{},
		tids:      map[string]bool{},
		wordCache: map[string][]string{},
	}
}

// load returns the state of a stored record. Entities are shallow copies:
// touch deep-copies one before its first change, so rec is never modified.
func load(rec *accord.Record) *state { return loadRecord(rec, false) }

// loadOwned is load for a record no one else holds (an Applier's copy of
// its window): the state takes its engagements and targets in place rather
// than copying each.
func loadOwned(rec *accord.Record) *state { return loadRecord(rec, true) }

func loadRecord(rec *accord.Record, owned bool) *state {
	st := newState()
	if rec == nil {
		return st
	}
	// Sized once: a batch's part is most of the window, tens of thousands
	// of entities, and growing the maps by doubling rehashed them.
	n := len(rec.Engagements) + len(rec.Pending)
	st.ids = make(map[string]bool, n)
	st.tids = make(map[string]bool, len(rec.Targets))
	st.mcKeys = make(map[*accord.Engagement][]mcRef, len(rec.Engagements))
	st.held = make([]*accord.Engagement, 0, len(rec.Engagements))
	st.targets = make([]*accord.Target, 0, len(rec.Targets))
	st.actors = make(map[string]*accord.Actor, len(rec.Actors))
	// Consolidation merges into the record as it made it: analysts'
	// corrections are applied again when the record is saved.
	accord.Uncurate(rec)
	for i := range rec.Actors {
		a := rec.Actors[i]
		st.actors[a.ID] = &a
	}
	// A store may return pending or mentioned engagements among the held ones:
	// Status decides.
	lists := [][]accord.Engagement{rec.Engagements, rec.Pending}
	if !owned {
		lists = [][]accord.Engagement{slices.Clone(rec.Engagements), slices.Clone(rec.Pending)}
	}
	st.mcArena(lists)
	for _, list := range lists {
		for i := range list {
			e := &list[i]
			st.file(e)
		}
	}
	targets := rec.Targets
	if !owned {
		targets = slices.Clone(targets)
	}
	for i := range targets {
		t := &targets[i]
		st.tids[t.ID] = true
		st.addTarget(t)
	}
	return st
}

// mcArena gives each held engagement of lists that indexMC will file
// room for its byMC entries in one list for them all: a batch loads tens of
// thousands, and growing each one's list by append was an allocation or
// two apiece. Each gets as much as its countries need (one without any);
// one that gets more entries later grows out of it as before.
func (st *state) mcArena(lists [][]accord.Engagement) {
	n := 0
	for _, list := range lists {
		for i := range list {
			if e := &list[i]; heldStatus(e) && month(e.Date) != "" {
				n += max(1, len(e.Countries))
			}
		}
	}
	arena := make([]mcRef, n)
	for _, list := range lists {
		for i := range list {
			if e := &list[i]; heldStatus(e) && month(e.Date) != "" {
				k := max(1, len(e.Countries))
				st.mcKeys[e] = arena[:0:k]
				arena = arena[k:]
			}
		}
	}
}

// heldStatus says whether file takes e as held (indexed for matching).
func heldStatus(e *accord.Engagement) bool {
	return e.Status != accord.StatusPending && e.Status != accord.StatusMentioned
}

func (st *state) addHeld(e *accord.Engagement) {
	st.held = append(st.held, e)
	m := month(e.Date)
	st.byMonth[m] = append(st.byMonth[m], e)
	if e.Type == accord.Visit {
		st.visitsBy[m] = append(st.visitsBy[m], e)
	}
	st.indexMC(e)
	st.indexVisit(e)
}

// indexVisit adds a held visit to visitsMC under its month and countries
// now. Every held visit, whatever its status says: the month lists
// (visitsBy) hold them all.
func (st *state) indexVisit(e *accord.Engagement) {
	if e.Type != accord.Visit || e.Status == accord.StatusPending || e.Status == accord.StatusMentioned {
		return
	}
	m := month(e.Date)
	if m == "" {
		return
	}
	for _, c := range e.Countries {
		k := mcKey{m, c}
		if !slices.Contains(st.vmcKeys[e], k) {
			st.vmcKeys[e] = append(st.vmcKeys[e], k)
			st.visitsMC[k] = append(st.visitsMC[k], e)
		}
	}
}

// mcList is one list of byMC, with each engagement's day code (dayCode)
// as it is now beside it: matching passes over thousands of a busy
// country's engagements for each report, and most differ in their day,
// which the codes tell without reading the engagements themselves.
type mcList struct {
	es   []*accord.Engagement
	days []int32
	// tags are the engagements' types (typeTag), beside them for the
	// same reason: a report of talks passes over every visit of three
	// months of its countries, which its type alone rules out.
	tags []uint8
}

// mcRef is one entry of an engagement in byMC.
type mcRef struct {
	key mcKey
	l   *mcList
	i   int
}

// dayCode is a held engagement's day as a number (YYYYMMDD), or -1 when
// its date alone does not decide whether it is a report's event: a visit
// (it spans days), a month or a year, a malformed day. Two codes of 0 or
// more are equal exactly when the dates are.
func dayCode(e *accord.Engagement) int32 {
	if e.Type == accord.Visit {
		return -1
	}
	return dateCode(e.Date)
}

// dateCode is the number YYYYMMDD of a YYYY-MM-DD date, -1 for any other
// text.
func dateCode(d string) int32 {
	if len(d) != 10 || d[4] != '-' || d[7] != '-' {
		return -1
	}
	var n int32
	for i := range 10 {
		if i == 4 || i == 7 {
			continue
		}
		c := d[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int32(c-'0')
	}
	return n
}

// redate brings e's day codes in byMC up to its date now.
func (st *state) redate(e *accord.Engagement) {
	refs := st.mcKeys[e]
	if len(refs) == 0 {
		return
	}
	code, tag := dayCode(e), typeTag(e.Type)
	for _, r := range refs {
		r.l.days[r.i] = code
		r.l.tags[r.i] = tag
	}
}

// indexMC adds a held engagement to byMC under its month and countries now.
func (st *state) indexMC(e *accord.Engagement) {
	st.redate(e)
	m := month(e.Date)
	if m == "" {
		return
	}
	code, tag := dayCode(e), typeTag(e.Type)
	add := func(c string) {
		k := mcKey{m, c}
		if slices.ContainsFunc(st.mcKeys[e], func(r mcRef) bool { return r.key == k }) {
			return
		}
		l := st.byMC[k]
		if l == nil {
			l = &mcList{}
			st.byMC[k] = l
		}
		st.mcKeys[e] = append(st.mcKeys[e], mcRef{k, l, len(l.es)})
		l.es = append(l.es, e)
		l.days = append(l.days, code)
		l.tags = append(l.tags, tag)
	}
	if len(e.Countries) == 0 {
		add("")
	}
	for _, c := range e.Countries {
		add(c)
	}
}

// days are the day codes of the engagements a caller of candidatesFor
// wants among those whose code is 0 or more; all, when any is false. The
// others (code -1) come whatever the days. Whatever their day, those
// whose type tag is in skip do not come: the caller would reject them for
// their type.
type dayFilter struct {
	any  bool
	a, b int32
	skip tagSet
}

// typeTags are the engagement types a tag names; tag 0 is any other type.
var typeTags = [...]accord.EngagementType{"", accord.PhoneCall, accord.VideoCall, accord.Talks, accord.Meeting,
	accord.Reception, accord.Visit, accord.PressConference, accord.Summit, accord.Signing, accord.Message}

// typeTag returns the tag of an engagement type (0 for a type typeTags
// does not list).
func typeTag(t accord.EngagementType) uint8 {
	for i := 1; i < len(typeTags); i++ {
		if typeTags[i] == t {
			return uint8(i)
		}
	}
	return 0
}

// tagSet is a set of type tags.
type tagSet uint16

func (s tagSet) has(tag uint8) bool { return s&(1<<tag) != 0 }

// tagsWhere returns the tags of the listed types for which reject holds;
// tag 0 (a type not listed) is never in it.
func tagsWhere(reject func(accord.EngagementType) bool) tagSet {
	var s tagSet
	for i := 1; i < len(typeTags); i++ {
		if reject(typeTags[i]) {
			s |= 1 << i
		}
	}
	return s
}

// otherClass is the set of types of another class than t (typeClass):
// dayLate and zoneDay compare reports of one class only.
func otherClass(t accord.EngagementType) tagSet {
	return tagsWhere(func(c accord.EngagementType) bool { return typeClass(c) != typeClass(t) })
}

// allDays lets every candidate through.
var allDays = dayFilter{any: true}

// sameDay is what sameEvent may match a report dated d with: an engagement
// of another day, not a visit, is never one (datesAgree).
func sameDay(d string) dayFilter {
	if len(d) != 10 {
		return allDays // a month: compared by month
	}
	c := dateCode(d)
	if c < 0 {
		c = -2 // matches no code: a well-formed day is never equal to d
	}
	return dayFilter{a: c, b: c}
}

func (f dayFilter) keep(code int32) bool {
	return f.any || code < 0 || code == f.a || code == f.b
}

// candidatesFor yields the held engagements that may be the event e
// reports: those candidates(e.Date) gives that name none of e's countries
// are left out when e names some, since two reports of one event name the
// same countries or one report a part of the other's (samePrincipals).
// Of those, the ones whose day code is not one days lets through are
// left out too: the caller would reject them for their date.
// An engagement of several of e's countries comes once for each: the
// caller takes the least match, which repeats do not change, and a set to
// drop them cost more than the repeats.
func (st *state) candidatesFor(e *accord.Engagement, days dayFilter) iter.Seq[*accord.Engagement] {
	return func(yield func(*accord.Engagement) bool) {
		m := month(e.Date)
		if m == "" || len(e.Countries) == 0 {
			for _, x := range st.candidates(e.Date) {
				if !yield(x) {
					return
				}
			}
			return
		}
		for _, mm := range [3]string{m, addMonths(m, -1), addMonths(m, 1)} {
			for i := -1; i < len(e.Countries); i++ {
				c := "" // those of no country first
				if i >= 0 {
					c = e.Countries[i]
				}
				l := st.byMC[mcKey{mm, c}]
				if l == nil {
					continue
				}
				for i, x := range l.es {
					if !days.keep(l.days[i]) || days.skip.has(l.tags[i]) {
						continue
					}
					if !yield(x) {
						return
					}
				}
			}
		}
	}
}

func (st *state) addTarget(t *accord.Target) {
	st.targets = append(st.targets, t)
	k := targetKey(t.Holders, t.Unit)
	st.targetsBy[k] = append(st.targetsBy[k], t)
}

// touchEngagement marks e changed, copying its slices the first time so that
// the loaded record is left as it was.
func (st *state) touchEngagement(e *accord.Engagement) {
	if st.dirty[e] {
		return
	}
	st.dirty[e] = true
	e.Participants = slices.Clone(e.Participants)
	e.Countries = slices.Clone(e.Countries)
	e.Areas = slices.Clone(e.Areas)
	e.Reports = slices.Clone(e.Reports)
	e.Refs = slices.Clone(e.Refs)
}

func (st *state) touchTarget(t *accord.Target) {
	if st.tdirty[t] {
		return
	}
	st.tdirty[t] = true
	t.Holders = slices.Clone(t.Holders)
	t.Mentions = slices.Clone(t.Mentions)
	t.History = slices.Clone(t.History)
}

func (st *state) touchActor(a *accord.Actor) {
	if st.dirty[a] {
		return
	}
	st.dirty[a] = true
	a.Roles = slices.Clone(a.Roles)
	a.Aliases = slices.Clone(a.Aliases)
	a.Offices = slices.Clone(a.Offices)
	a.Keys = slices.Clone(a.Keys)
}

// setHeldDate changes a held engagement's date, keeping the month index.
func (st *state) setHeldDate(e *accord.Engagement, date string) {
	if month(date) != month(e.Date) {
		old := month(e.Date)
		st.byMonth[old] = slices.DeleteFunc(st.byMonth[old], func(x *accord.Engagement) bool { return x == e })
		st.byMonth[month(date)] = append(st.byMonth[month(date)], e)
		if e.Type == accord.Visit {
			st.visitsBy[old] = slices.DeleteFunc(st.visitsBy[old], func(x *accord.Engagement) bool { return x == e })
			st.visitsBy[month(date)] = append(st.visitsBy[month(date)], e)
		}
	}
	e.Date = date
	st.indexMC(e)
	st.indexVisit(e)
}

// candidates returns the held engagements that may match date: those of its
// month and, for visits spanning a month's end, the months either side.
func (st *state) candidates(date string) []*accord.Engagement {
	m := month(date)
	if m == "" {
		return nil
	}
	out := slices.Clone(st.byMonth[m])
	out = append(out, st.byMonth[addMonths(m, -1)]...)
	out = append(out, st.byMonth[addMonths(m, 1)]...)
	return out
}

// record returns the whole record in its deterministic order.
func (st *state) record() *accord.Record {
	rec := &accord.Record{
		Actors:      []accord.Actor{},
		Engagements: []accord.Engagement{},
		Pending:     []accord.Engagement{},
		Targets:     []accord.Target{},
	}
	for _, a := range st.actors {
		rec.Actors = append(rec.Actors, *a)
	}
	sort.Slice(rec.Actors, func(i, j int) bool { return rec.Actors[i].ID < rec.Actors[j].ID })
	for _, e := range st.held {
		rec.Engagements = append(rec.Engagements, *e)
	}
	for _, e := range st.pending {
		rec.Pending = append(rec.Pending, *e)
	}
	for _, e := range st.mention {
		rec.Pending = append(rec.Pending, *e)
	}
	SortEngagements(rec.Engagements)
	SortEngagements(rec.Pending)
	for _, t := range st.targets {
		rec.Targets = append(rec.Targets, *t)
	}
	SortTargets(rec.Targets)
	return rec
}

// change returns the entities changed since load, and the deleted ones.
func (st *state) change() *accord.RecordChange {
	c := &accord.RecordChange{Deleted: st.deleted}
	for _, a := range st.actors {
		if st.dirty[a] {
			c.Actors = append(c.Actors, *a)
		}
	}
	sort.Slice(c.Actors, func(i, j int) bool { return c.Actors[i].ID < c.Actors[j].ID })
	for _, list := range [][]*accord.Engagement{st.held, st.pending, st.mention} {
		for _, e := range list {
			if st.dirty[e] {
				c.Engagements = append(c.Engagements, *e)
			}
		}
	}
	SortEngagements(c.Engagements)
	for _, t := range st.targets {
		if st.tdirty[t] {
			c.Targets = append(c.Targets, *t)
		}
	}
	SortTargets(c.Targets)
	return c
}

// SortEngagements orders engagements by date, then id.
func SortEngagements(es []accord.Engagement) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Date != es[j].Date {
			return es[i].Date < es[j].Date
		}
		return es[i].ID < es[j].ID
	})
}

// SortTargets orders targets by the date of their first mention, then id.
func SortTargets(ts []accord.Target) {
	first := func(t *accord.Target) string {
		if len(t.History) > 0 {
			return t.History[0].Published
		}
		if len(t.Mentions) > 0 {
			return t.Mentions[0].Published
		}
		return ""
	}
	sort.SliceStable(ts, func(i, j int) bool {
		a, b := first(&ts[i]), first(&ts[j])
		if a != b {
			return a < b
		}
		return ts[i].ID < ts[j].ID
	})
}

// month returns the YYYY-MM of a date, or "".
func month(date string) string {
	if len(date) < 7 {
		return ""
	}
	return date[:7]
}

// addMonths moves a YYYY-MM month by n months. Matching calls it a few
// times for every report: a month of digits is moved by arithmetic, as
// time would move it; anything else goes through time.
func addMonths(m string, n int) string {
	if len(m) == 7 && m[4] == '-' && n > -1200 && n < 1200 {
		y, ok1 := digits(m[:4])
		mo, ok2 := digits(m[5:])
		if ok1 && ok2 && mo >= 1 && mo <= 12 {
			k := y*12 + mo - 1 + n
			if y, mo = k/12, k%12+1; k >= 12 && y <= 9999 {
				b := []byte("0000-00")
				for i := 3; i >= 0; i-- {
					b[i] = byte('0' + y%10)
					y /= 10
				}
				b[5], b[6] = byte('0'+mo/10), byte('0'+mo%10)
				return string(b)
			}
		}
	}
	t, err := time.Parse("2006-01", m)
	if err != nil {
		return ""
	}
	return t.AddDate(0, n, 0).Format("2006-01")
}

// digits returns the number a text of ASCII digits writes.
func digits(s string) (int, bool) {
	n := 0
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// file records a loaded engagement under its status: pending, mentioned or
// held (indexed for matching).
func (st *state) file(e *accord.Engagement) {
	st.ids[e.ID] = true
	switch e.Status {
	case accord.StatusPending:
		st.pending = append(st.pending, e)
	case accord.StatusMentioned:
		st.mention = append(st.mention, e)
	default:
		st.addHeld(e)
	}
}
