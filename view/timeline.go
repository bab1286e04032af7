package view

import (
	"fmt"
	"io"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// Participant is an engagement's participant as people read it.
type Participant struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Role    string `json:"role,omitempty"` // the office held at the time
	Country string `json:"country,omitempty"`
}

// Label is the participant with their office: General Secretary Tô Lâm.
func (p Participant) Label() string {
	if p.Role == "" {
		return p.Name
	}
	return p.Role + " " + p.Name
}

// Report is one article's account of an engagement.
type Report struct {
	Article string `json:"article"`
	Title   string `json:"title"`
	File    string `json:"file"`
	Source  string `json:"source,omitempty"`
	Date    string `json:"date"` // published
	Quote   string `json:"quote"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Entry is one engagement of a timeline.
type Entry struct {
	ID           string                `json:"id"`
	Type         accord.EngagementType `json:"type"`
	Date         string                `json:"date"`
	EndDate      string                `json:"end_date,omitempty"`
	Level        string                `json:"level,omitempty"`
	Place        string                `json:"place,omitempty"`
	PlaceCountry string                `json:"place_country,omitempty"`
	Participants []Participant         `json:"participants"`
	Areas        []string              `json:"areas"`
	Reports      []Report              `json:"reports"`
	Refs         []Report              `json:"refs,omitempty"`
	// Children are the talks, signings and press conferences of a visit.
	Children []Entry `json:"children,omitempty"`
	Status   string  `json:"status,omitempty"`
	// Countries are the parties of a multilateral engagement.
	Countries []string `json:"countries,omitempty"`
	// ClosedBy is, for an invitation, the engagement that fulfilled it.
	ClosedBy string `json:"closed_by,omitempty"`
}

// Timeline is a relationship's bilateral engagements in date order,
// children under their visit, with the invitations between the two
// countries and, apart, the multilateral engagements both took part in.
type Timeline struct {
	A       string  `json:"a"` // ISO alpha-2
	B       string  `json:"b"`
	AName   string  `json:"a_name"`
	BName   string  `json:"b_name"`
	From    string  `json:"from,omitempty"`
	To      string  `json:"to,omitempty"`
	Count   int     `json:"count"` // bilateral engagements, children included
	Entries []Entry `json:"entries"`
	Pending []Entry `json:"pending"`
	// Multilateral are the gatherings of more countries both took part in
	// (summits, joint statements of many): not contacts between the two.
	Multilateral []Entry `json:"multilateral"`
	// Window, when set, says that the timeline holds only the latest of
	// the range's contacts (see PairMax).
	Window *PairWindow `json:"window,omitempty"`
}

// DyadTimeline returns the bilateral engagements between countries a and b
// (the two, and no other country, taking part) dated from..to (inclusive,
// YYYY-MM-DD or YYYY-MM, empty for open), with the invitations between them
// and, apart, the multilateral engagements both took part in. arts gives
// the titles and dates of the reporting articles (articles missing from it
// show by id).
func DyadTimeline(rec *accord.Record, arts map[string]*accord.Article, a, b, from, to string) *Timeline {
	a, b = strings.ToUpper(a), strings.ToUpper(b)
	t := &Timeline{A: a, B: b, AName: CountryName(a), BName: CountryName(b), From: from, To: to,
		Entries: []Entry{}, Pending: []Entry{}, Multilateral: []Entry{}}
	actors := rec.ActorIndex()
	dyad := func(e *accord.Engagement) bool {
		return slices.Contains(e.Countries, a) && slices.Contains(e.Countries, b)
	}
	var es []accord.Engagement
	ids := map[string]bool{}
	for _, e := range held(rec) {
		if !dyad(&e) || !inRange(e.Date, from, to) {
			continue
		}
		if e.Multilateral() {
			en := entry(&e, actors, arts)
			en.Countries = slices.Clone(e.Countries)
			t.Multilateral = append(t.Multilateral, en)
			continue
		}
		es = append(es, e)
		ids[e.ID] = true
	}
	children := map[string][]Entry{}
	for _, e := range es {
		if e.Parent != "" && ids[e.Parent] {
			children[e.Parent] = append(children[e.Parent], entry(&e, actors, arts))
		}
	}
	for _, e := range es {
		if e.Parent != "" && ids[e.Parent] {
			continue
		}
		en := entry(&e, actors, arts)
		en.Children = children[e.ID]
		t.Entries = append(t.Entries, en)
	}
	t.Count = len(es)
	for _, p := range pending(rec) {
		if dyad(&p) && !p.Multilateral() {
			t.Pending = append(t.Pending, entry(&p, actors, arts))
		}
	}
	// Participants of a first, then of b.
	rank := func(p Participant) int {
		switch p.Country {
		case a:
			return 0
		case b:
			return 1
		}
		return 2
	}
	order := func(ps []Participant) {
		slices.SortStableFunc(ps, func(x, y Participant) int { return rank(x) - rank(y) })
	}
	for i := range t.Entries {
		order(t.Entries[i].Participants)
		for j := range t.Entries[i].Children {
			order(t.Entries[i].Children[j].Participants)
		}
	}
	for i := range t.Pending {
		order(t.Pending[i].Participants)
	}
	for i := range t.Multilateral {
		order(t.Multilateral[i].Participants)
	}
	return t
}

// find returns the entry with an id, children included, or nil.
func (t *Timeline) find(id string) *Entry {
	for i := range t.Entries {
		if t.Entries[i].ID == id {
			return &t.Entries[i]
		}
		for j := range t.Entries[i].Children {
			if t.Entries[i].Children[j].ID == id {
				return &t.Entries[i].Children[j]
			}
		}
	}
	return nil
}

func entry(e *accord.Engagement, actors map[string]*accord.Actor, arts map[string]*accord.Article) Entry {
	en := Entry{ID: e.ID, Type: e.Type, Date: e.Date, EndDate: e.EndDate, Level: e.Level,
		Place: e.Place.Name, PlaceCountry: e.Place.Country, Areas: slices.Clone(e.Areas),
		Participants: participants(e, actors), Status: e.Status, ClosedBy: e.ClosedBy}
	if en.Areas == nil {
		en.Areas = []string{}
	}
	en.Reports = reports(e.Reports, arts)
	if len(e.Refs) > 0 {
		en.Refs = reports(e.Refs, arts)
	}
	return en
}

func participants(e *accord.Engagement, actors map[string]*accord.Actor) []Participant {
	date := e.Date
	if len(e.Reports) > 0 && len(date) < 10 {
		date = e.Reports[0].Published
	}
	out := []Participant{}
	for _, id := range e.Participants {
		a := actors[id]
		if a == nil {
			out = append(out, Participant{ID: id, Name: id})
			continue
		}
		p := Participant{ID: id, Name: a.Name, Country: a.Country}
		if a.Type == accord.Person {
			p.Role = roleAt(a, date)
		}
		out = append(out, p)
	}
	// Persons of the first country first, for a stable reading order.
	slices.SortStableFunc(out, func(x, y Participant) int {
		if c := strings.Compare(x.Country, y.Country); c != 0 {
			return c
		}
		return strings.Compare(x.Name, y.Name)
	})
	return out
}

func reports(evs []accord.Evidence, arts map[string]*accord.Article) []Report {
	out := make([]Report, 0, len(evs))
	for _, ev := range evs {
		r := Report{Article: ev.Article, Title: ev.Article, Date: ev.Published, Quote: ev.Quote, Start: ev.Start, End: ev.End}
		if a := arts[ev.Article]; a != nil {
			r.Title, r.File, r.Source = a.Title, a.File, a.Source
			if r.Date == "" {
				r.Date = a.Published
			}
		}
		out = append(out, r)
	}
	return out
}

// WriteTimeline writes a timeline as text for a terminal.
func WriteTimeline(w io.Writer, t *Timeline) error {
	p := &printer{w: w}
	if w := t.Window; w != nil {
		p.printf("%s – %s: %s%s engagements", t.AName, t.BName, over(w), Thousands(int64(w.Total)))
	} else {
		p.printf("%s – %s: %d engagement%s", t.AName, t.BName, t.Count, plural(t.Count))
	}
	if t.From != "" || t.To != "" {
		p.printf(", %s to %s", orOpen(t.From), orOpen(t.To))
	}
	p.printf("\n")
	if w := t.Window; w != nil {
		p.printf("Listed: the latest %s, from %s (earlier ones with --from and --to, or --all).\n",
			Thousands(int64(w.Shown)), FormatDate(w.Since))
	}
	for _, e := range t.Entries {
		p.printf("\n")
		writeEntry(p, t, &e, "")
		for _, c := range e.Children {
			writeEntry(p, t, &c, "    ")
		}
	}
	if len(t.Pending) > 0 {
		p.printf("\nInvitations\n")
		for _, e := range t.Pending {
			p.printf("\n")
			writeEntry(p, t, &e, "")
		}
	}
	if len(t.Multilateral) > 0 {
		p.printf("\nMultilateral engagements both attended (not counted above)\n\n")
		for _, e := range t.Multilateral {
			writeGathering(p, &e)
		}
	}
	return p.err
}

func writeEntry(p *printer, t *Timeline, e *Entry, indent string) {
	head := FormatSpan(e.Date, e.EndDate)
	if e.Status == accord.StatusPending {
		head = "invited " + FormatDate(firstReportDate(e))
	}
	p.printf("%s%s  %s", indent, head, TypeName(e.Type, 1))
	if e.Level != "" {
		p.printf(" (%s)", LevelName(e.Level))
	}
	if place := placeText(e.Place, e.PlaceCountry); place != "" {
		p.printf(", %s", place)
	}
	p.printf("\n")
	var names []string
	for _, pa := range e.Participants {
		names = append(names, pa.Label())
	}
	if len(names) > 0 {
		p.printf("%s  %s\n", indent, strings.Join(names, "; "))
	}
	if len(e.Areas) > 0 {
		p.printf("%s  areas: %s\n", indent, strings.Join(e.Areas, ", "))
	}
	if e.Status == accord.StatusPending {
		if by := t.find(e.ClosedBy); by != nil {
			p.printf("%s  taken up: %s of %s\n", indent, TypeName(by.Type, 1), FormatSpan(by.Date, by.EndDate))
		} else if e.ClosedBy != "" {
			p.printf("%s  taken up\n", indent)
		} else {
			p.printf("%s  open\n", indent)
		}
	}
	for _, r := range e.Reports {
		p.printf("%s  · %s (%s, %s): \"%s\"\n", indent, r.Title, orID(r.File, r.Article), FormatDate(r.Date), Short(r.Quote, 140))
	}
	for _, r := range e.Refs {
		p.printf("%s  ↺ recalled in %s (%s, %s)\n", indent, r.Title, orID(r.File, r.Article), FormatDate(r.Date))
	}
}

// writeGathering writes a multilateral engagement on one line: its parties
// by number, its first report.
func writeGathering(p *printer, e *Entry) {
	p.printf("%s  %s", FormatSpan(e.Date, e.EndDate), TypeName(e.Type, 1))
	if place := placeText(e.Place, e.PlaceCountry); place != "" {
		p.printf(", %s", place)
	}
	if len(e.Countries) > 0 {
		p.printf(", %d countries", len(e.Countries))
	}
	if len(e.Reports) > 0 {
		r := e.Reports[0]
		p.printf(" · %s (%s)", r.Title, orID(r.File, r.Article))
	}
	p.printf("\n")
}

// over is "more than " when a window's total is a lower bound.
func over(w *PairWindow) string {
	if w.Over {
		return "more than "
	}
	return ""
}

func firstReportDate(e *Entry) string {
	if len(e.Reports) > 0 {
		return e.Reports[0].Date
	}
	return e.Date
}

func placeText(name, country string) string {
	switch {
	case name != "" && country != "":
		cn := CountryName(country)
		if name == cn {
			return name
		}
		return name + ", " + cn
	case name != "":
		return name
	case country != "":
		return CountryName(country)
	}
	return ""
}

func orOpen(s string) string {
	if s == "" {
		return "…"
	}
	return FormatDate(s)
}

func orID(file, id string) string {
	if file != "" {
		return file
	}
	return id
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// printer writes formatted text, keeping the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}
