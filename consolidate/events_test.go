package consolidate_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/google/go-cmp/cmp"
)

// party is a person of an invented country, in the form one report gives.
type party struct{ name, country string }

// report is one article reporting one engagement.
type report struct {
	published string
	typ       accord.EngagementType
	date      string
	place     string // country of the place
	placeName string // its name, if any
	persons   []party
	countries []string // country participants, for a side named only by its country
	weak      bool     // dated by publication
	with      int      // 1 + the index of an earlier report of the same article, or 0
	quote     string   // the report's sentence, if it matters
	home      string   // the home country of its publisher, if known
}

// docs turns reports into article facts, one article each unless a report
// is of an earlier one's article (with).
func docs(rs []report) []*accord.ArticleFacts {
	var out []*accord.ArticleFacts
	ds := make([]*ct.Doc, len(rs))
	for i, r := range rs {
		quote := r.quote
		if quote == "" {
			quote = "Report " + string(rune('a'+i)) + " of a contact."
		}
		d := ct.NewDoc("r"+string(rune('a'+i))+".txt", "Report", r.published, "", quote)
		if r.with > 0 {
			d = ds[r.with-1]
		}
		ds[i] = d
		var ps, cs []string
		for _, p := range r.persons {
			ps = append(ps, d.Person(p.name, p.country, nil))
			if p.country != "" {
				cs = append(cs, p.country)
			}
		}
		for _, c := range r.countries {
			ps = append(ps, d.Country(c, c))
			cs = append(cs, c)
		}
		slices.Sort(cs)
		d.Held(ct.E{Type: r.typ, Date: r.date, Place: r.placeName, PlaceCountry: r.place, Participants: ps, Countries: slices.Compact(cs), ByPublication: r.weak})
		d.Facts.Engagements[len(d.Facts.Engagements)-1].Reports[0].Home = r.home
		if r.with == 0 {
			out = append(out, d.Facts)
		}
	}
	return out
}

// TestEventRules: which reports are one event. Each case gives its reports
// and the engagements the record must hold, as "type date countries".
func TestEventRules(t *testing.T) {
	var (
		smith   = party{"Joe Smith", "AA"}
		smithJr = party{"The Honorable Joseph R. Smith Jr.", "AA"}
		lopez   = party{"Ana Lopez", "BB"}
		lopezW  = party{"Lopez", ""}
		kimura  = party{"KIMURA Taro", "CC"}
		kimura2 = party{"Taro Kimura", "CC"}
		brown   = party{"Mia Brown", "AA"}
		ngata   = party{"Rua Ngata", "DD"}
		berg    = party{"Ola Berg", "EE"}
		weiss   = party{"Tal Weiss", "FF"}
		host1   = party{"Ines Costa", "BB"}
		host2   = party{"Rui Sousa", "BB"}
		smithS  = party{"Ed Smith", "AA"}
	)
	meeting, call, visit, summit := accord.Meeting, accord.PhoneCall, accord.Visit, accord.Summit
	tests := []struct {
		name    string
		reports []report
		want    []string
	}{
		{"a gathering of many countries is one summit of all its parties",
			[]report{{published: "2024-05-02", typ: meeting, date: "2024-05-01", persons: []party{smith, lopez, kimura, ngata, berg, weiss}}},
			[]string{"summit 2024-05-01 AA,BB,CC,DD,EE,FF"}},
		{"a leaders' call of many countries is a summit",
			[]report{{published: "2024-05-01", typ: call, date: "2024-05-01", persons: []party{smith, lopez, kimura, ngata, berg}}},
			[]string{"summit 2024-05-01 AA,BB,CC,DD,EE"}},
		{"a small group keeps its form",
			[]report{{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smith, lopez, kimura}}},
			[]string{"meeting 2024-05-01 AA,BB,CC"}},
		{"two reports of a trilateral are one",
			[]report{
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smith, lopez, kimura}},
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smithJr, lopez, kimura2}},
			},
			[]string{"meeting 2024-05-01 AA,BB,CC"}},
		{"a bilateral meeting on the margins of a summit stays bilateral",
			[]report{
				{published: "2024-05-01", typ: summit, date: "2024-05-01", persons: []party{smith, lopez, kimura, ngata, berg}},
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smith, lopez}},
			},
			[]string{"meeting 2024-05-01 AA,BB", "summit 2024-05-01 AA,BB,CC,DD,EE"}},
		{"a bilateral meeting beside a trilateral of the same leaders stays apart",
			[]report{
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smith, lopez}},
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smith, lopez, kimura}},
			},
			[]string{"meeting 2024-05-01 AA,BB", "meeting 2024-05-01 AA,BB,CC"}},
		{"both sides' readouts merge whatever the name forms",
			[]report{
				{published: "2024-05-01", typ: call, date: "2024-05-01", persons: []party{smith, lopez}},
				{published: "2024-05-01", typ: call, date: "2024-05-01", persons: []party{lopezW, smithJr}},
			},
			[]string{"phone_call 2024-05-01 AA,BB"}},
		{"a call on one side is a video call on the other",
			[]report{
				{published: "2024-05-01", typ: call, date: "2024-05-01", persons: []party{smith, lopez}},
				{published: "2024-05-01", typ: accord.VideoCall, date: "2024-05-01", persons: []party{smith, lopez}},
			},
			[]string{"video_call 2024-05-01 AA,BB"}},
		{"a courtesy call and the talks of the same visitors are two",
			[]report{
				{published: "2024-05-01", typ: accord.Reception, date: "2024-05-01", persons: []party{lopez, smith, brown}},
				{published: "2024-05-01", typ: accord.Talks, date: "2024-05-01", persons: []party{host1, host2, smith, brown}},
			},
			[]string{"reception 2024-05-01 AA,BB", "talks 2024-05-01 AA,BB"}},
		{"a family name written first is the same name",
			[]report{
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smith, kimura}},
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smithJr, kimura2}},
			},
			[]string{"meeting 2024-05-01 AA,CC"}},
		{"a side named only by its country merges with the report naming its person",
			[]report{
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smith}, countries: []string{"BB"}},
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smith, lopez}},
			},
			[]string{"meeting 2024-05-01 AA,BB"}},
		{"a fact sheet dated by publication joins the visit its text dates, its talks within it",
			[]report{
				{published: "2024-10-29", typ: visit, date: "2024-10", place: "BB", persons: []party{smith, lopez}},
				{published: "2024-11-13", typ: visit, date: "2024-11-13", place: "BB", persons: []party{smith, lopez}, weak: true},
				{published: "2024-11-13", typ: meeting, date: "2024-11-13", persons: []party{smith, lopez}, weak: true, with: 2},
			},
			[]string{"meeting 2024-10 AA,BB", "visit 2024-10 AA,BB"}},
		{"a readout of a meeting weeks after a visit, with no word of it, is a contact of its own",
			[]report{
				{published: "2024-10-29", typ: visit, date: "2024-10", place: "BB", persons: []party{smith, lopez}},
				{published: "2024-11-13", typ: meeting, date: "2024-11-13", persons: []party{smith, lopez}, weak: true},
			},
			[]string{"meeting 2024-11-13 AA,BB", "visit 2024-10 AA,BB"}},
		{"a visit reported first by publication takes the date a later text gives",
			[]report{
				{published: "2024-06-03", typ: visit, date: "2024-06-03", place: "BB", persons: []party{smith, lopez}, weak: true},
				{published: "2024-06-20", typ: visit, date: "2024-05-28", place: "BB", persons: []party{smith, lopez}},
			},
			[]string{"visit 2024-05-28 AA,BB"}},
		{"a publication day within the month a text gives is the more precise",
			[]report{
				{published: "2024-06-11", typ: accord.Reception, date: "2024-06-11", persons: []party{smith, lopez}, weak: true},
				{published: "2024-06-12", typ: accord.Reception, date: "2024-06", persons: []party{smith, lopez}},
			},
			[]string{"reception 2024-06-11 AA,BB"}},
		{"one visitor's visit merges whoever received him",
			[]report{
				{published: "2024-06-10", typ: visit, date: "2024-06", place: "BB", persons: []party{smith, host1}},
				{published: "2024-06-11", typ: visit, date: "2024-06", place: "BB", persons: []party{smith, host2}},
			},
			[]string{"visit 2024-06 AA,BB"}},
		// Near misses.
		{"two visitors of one country to one host in a month are two visits",
			[]report{
				{published: "2024-06-10", typ: visit, date: "2024-06", place: "BB", persons: []party{smith, lopez}},
				{published: "2024-06-20", typ: visit, date: "2024-06", place: "BB", persons: []party{brown, lopez}},
			},
			[]string{"visit 2024-06 AA,BB", "visit 2024-06 AA,BB"}},
		{"another person of the same side on the same day is another meeting",
			[]report{
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smith, lopez}},
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{brown, lopez}},
			},
			[]string{"meeting 2024-05-01 AA,BB", "meeting 2024-05-01 AA,BB"}},
		{"a call dated by publication days after another call is another call",
			[]report{
				{published: "2024-05-01", typ: call, date: "2024-05-01", persons: []party{smith, lopez}},
				{published: "2024-05-12", typ: call, date: "2024-05-12", persons: []party{smith, lopez}, weak: true},
			},
			[]string{"phone_call 2024-05-01 AA,BB", "phone_call 2024-05-12 AA,BB"}},
		{"a visit reported by publication long after is another visit",
			[]report{
				{published: "2024-03-01", typ: visit, date: "2024-03", place: "BB", persons: []party{smith, lopez}},
				{published: "2024-05-20", typ: visit, date: "2024-05-20", place: "BB", persons: []party{smith, lopez}, weak: true},
			},
			[]string{"visit 2024-03 AA,BB", "visit 2024-05-20 AA,BB"}},
		{"name forms do not merge meetings within one country",
			[]report{
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smith, brown}},
				{published: "2024-05-01", typ: meeting, date: "2024-05-01", persons: []party{smithS, party{"Lea Brown", "AA"}}},
			},
			[]string{"meeting 2024-05-01 AA", "meeting 2024-05-01 AA"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := docs(tt.reports)
			rec := consolidate.Build(facts)
			var got []string
			for _, e := range rec.Engagements {
				got = append(got, string(e.Type)+" "+e.Date+" "+join(e.Countries))
			}
			slices.Sort(got)
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("engagements (-want +got):\n%s", d)
			}
			checkOrders(t, facts, rec)
		})
	}
}

// TestVisitNesting: the talks a fact sheet dates only by publication are a
// child of the visit, and the visit a fact sheet dates so is one visit.
func TestVisitNesting(t *testing.T) {
	smith, lopez := party{"Joe Smith", "AA"}, party{"Ana Lopez", "BB"}
	rec := consolidate.Build(docs([]report{
		{published: "2024-10-29", typ: accord.Visit, date: "2024-10", place: "BB", persons: []party{smith, lopez}},
		{published: "2024-11-13", typ: accord.Visit, date: "2024-11-13", place: "BB", persons: []party{smith, lopez}, weak: true},
		{published: "2024-11-13", typ: accord.Talks, date: "2024-11-13", persons: []party{smith, lopez}, weak: true, with: 2},
	}))
	v, talks := find(rec.Engagements, accord.Visit, ""), find(rec.Engagements, accord.Talks, "")
	if v == nil || talks == nil || talks.Parent != v.ID || talks.Date != "2024-10" {
		t.Fatalf("talks not under the visit: %+v", rec.Engagements)
	}
}

func join(cs []string) string {
	out := ""
	for i, c := range cs {
		if i > 0 {
			out += ","
		}
		out += c
	}
	return out
}

// checkOrders: the record is the same whatever the order of the articles,
// and Update one article at a time in date order gives Build's record.
func checkOrders(t *testing.T, facts []*accord.ArticleFacts, want *accord.Record) {
	t.Helper()
	r := rand.New(rand.NewPCG(5, 6))
	for range 4 {
		if d := cmp.Diff(want, consolidate.Build(shuffled(facts, r))); d != "" {
			t.Fatalf("Build depends on input order:\n%s", d)
		}
	}
	rec := consolidate.Build(nil)
	for _, f := range byDate(facts) {
		rec = consolidate.ApplyChange(rec, consolidate.Update(rec, []*accord.ArticleFacts{f}, nil))
	}
	if d := cmp.Diff(want, rec); d != "" {
		t.Fatalf("Update ≠ Build (-build +update):\n%s", d)
	}
}

// TestOneVisitPerArticle: an article that dates one visit twice (its day
// in one sentence, another month in another) reports one visit.
func TestOneVisitPerArticle(t *testing.T) {
	smith, lopez := party{"Joe Smith", "AA"}, party{"Ana Lopez", "BB"}
	d := ct.NewDoc("v.txt", "Visit", "2024-11-13", "", "Lopez welcomed Smith on October 29.", "It was the first visit hosted in the city.")
	ps := []string{d.Person(smith.name, smith.country, nil), d.Person(lopez.name, lopez.country, nil)}
	d.Held(ct.E{Type: accord.Visit, Date: "2024-10", PlaceCountry: "BB", Participants: ps, Countries: []string{"AA", "BB"}})
	d.Held(ct.E{Type: accord.Visit, Date: "2024-11", PlaceCountry: "BB", Participants: ps, Countries: []string{"AA", "BB"}, Sentence: 1})
	other := ct.NewDoc("w.txt", "Visit", "2024-11-20", "", "Smith visited the country again.")
	qs := []string{other.Person(smith.name, smith.country, nil), other.Person(lopez.name, lopez.country, nil)}
	other.Held(ct.E{Type: accord.Visit, Date: "2024-11", PlaceCountry: "BB", Participants: qs, Countries: []string{"AA", "BB"}})
	facts := []*accord.ArticleFacts{d.Facts, other.Facts}
	rec := consolidate.Build(facts)
	var dates []string
	for _, e := range rec.Engagements {
		dates = append(dates, e.Date)
	}
	// The other article's visit, dated by its text to another month, stays
	// apart: only one article's own sentences are one visit.
	if !slices.Equal(dates, []string{"2024-10", "2024-11"}) {
		t.Errorf("visits dated %v, want 2024-10 and 2024-11", dates)
	}
	checkOrders(t, facts, rec)
}

// TestNamedSides: a country stands for its side only while no person of it
// is named; both sides' readouts merged name the persons alone.
func TestNamedSides(t *testing.T) {
	smith, lopez := party{"Joe Smith", "AA"}, party{"Ana Lopez", "BB"}
	facts := docs([]report{
		{published: "2024-05-01", typ: accord.Meeting, date: "2024-05-01", persons: []party{smith}, countries: []string{"BB"}},
		{published: "2024-05-02", typ: accord.Meeting, date: "2024-05-01", persons: []party{smith, lopez}, countries: []string{"AA"}},
	})
	rec := consolidate.Build(facts)
	if len(rec.Engagements) != 1 {
		t.Fatalf("%d engagements, want 1", len(rec.Engagements))
	}
	e := rec.Engagements[0]
	for _, p := range e.Participants {
		if a := actorByID(rec, p); a == nil || a.Type != accord.Person {
			t.Errorf("participant %s is not a person: %+v", p, e.Participants)
		}
	}
	if !slices.Equal(e.Countries, []string{"AA", "BB"}) {
		t.Errorf("countries %v, want AA, BB", e.Countries)
	}
	checkOrders(t, facts, rec)
}

func actorByID(rec *accord.Record, id string) *accord.Actor {
	for i := range rec.Actors {
		if rec.Actors[i].ID == id {
			return &rec.Actors[i]
		}
	}
	return nil
}
