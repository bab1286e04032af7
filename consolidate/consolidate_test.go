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

func find(es []accord.Engagement, t accord.EngagementType, date string) *accord.Engagement {
	for i := range es {
		if es[i].Type == t && (date == "" || es[i].Date == date) {
			return &es[i]
		}
	}
	return nil
}

func actorNamed(rec *accord.Record, name string) *accord.Actor {
	for i := range rec.Actors {
		if rec.Actors[i].Name == name {
			return &rec.Actors[i]
		}
	}
	return nil
}

func TestBuildRelationship(t *testing.T) {
	rec := consolidate.Build(ct.Relationship())

	var types []string
	for _, e := range rec.Engagements {
		types = append(types, string(e.Type)+" "+e.Date)
	}
	want := []string{
		"reception 2025-03-14", "phone_call 2025-06-02", "visit 2025-08-10",
		"press_conference 2025-08-11", "signing 2025-08-11", "talks 2025-08-11",
		"phone_call 2026-01-30", "phone_call 2026-03-10",
	}
	slices.Sort(types)
	slices.Sort(want)
	if d := cmp.Diff(want, types); d != "" {
		t.Fatalf("engagements (-want +got):\n%s", d)
	}

	visit := find(rec.Engagements, accord.Visit, "")
	if len(visit.Reports) != 2 || visit.EndDate != "2025-08-13" || visit.Place.Name != "Seoul" || len(visit.Participants) != 2 {
		t.Errorf("visit: %d reports, end %q, place %q, %d participants; want 2, 2025-08-13, Seoul, 2",
			len(visit.Reports), visit.EndDate, visit.Place.Name, len(visit.Participants))
	}
	if len(visit.Refs) != 1 {
		t.Errorf("visit refs = %d, want 1 (the call of January recalls it)", len(visit.Refs))
	}
	talks := find(rec.Engagements, accord.Talks, "")
	if len(talks.Reports) != 2 {
		t.Errorf("talks reports = %d, want 2 (a readout and a meeting report of the same day)", len(talks.Reports))
	}
	if talks.Level != accord.LevelHeadOfState {
		t.Errorf("talks level = %q, want the highest, %q", talks.Level, accord.LevelHeadOfState)
	}
	for _, typ := range []accord.EngagementType{accord.Talks, accord.Signing, accord.PressConference} {
		if e := find(rec.Engagements, typ, ""); e.Parent != visit.ID {
			t.Errorf("%s parent = %q, want the visit %q", typ, e.Parent, visit.ID)
		}
	}
	for _, typ := range []accord.EngagementType{accord.Reception, accord.PhoneCall} {
		if e := find(rec.Engagements, typ, ""); e.Parent != "" {
			t.Errorf("%s parent = %q, want none", typ, e.Parent)
		}
	}

	if len(rec.Pending) != 1 || rec.Pending[0].ClosedBy != visit.ID || rec.Pending[0].Status != accord.StatusPending {
		t.Errorf("pending = %+v, want one invitation closed by the visit %s", rec.Pending, visit.ID)
	}

	if len(rec.Targets) != 2 {
		t.Fatalf("targets = %d, want 2 (trade, GDP growth)", len(rec.Targets))
	}
	trade := rec.Targets[0]
	if trade.Metric != "bilateral trade" || len(trade.Mentions) != 4 || trade.Value != 200e9 {
		t.Errorf("trade target = %q, %d mentions, value %g; want bilateral trade, 4, 2e11", trade.Metric, len(trade.Mentions), trade.Value)
	}
	var changes [][]string
	for _, h := range trade.History {
		changes = append(changes, h.Changes)
	}
	wantChanges := [][]string{nil, nil, {"qualifier"}, {"value", "qualifier"}}
	if d := cmp.Diff(wantChanges, changes); d != "" {
		t.Errorf("trade history changes (-want +got):\n%s", d)
	}

	park := actorNamed(rec, "Park Min Jun")
	if park == nil {
		t.Fatalf("no actor Park Min Jun (Park Min-jun and Park Min Jun are one person)")
	}
	if !slices.Contains(park.Aliases, "Park Min-jun") || len(park.Keys) != 4 {
		t.Errorf("Park: aliases %v, keys %v", park.Aliases, park.Keys)
	}
	an := actorNamed(rec, ct.Leader)
	wantOffices := []accord.Office{
		{Role: "General Secretary", Country: "VN", FirstSeen: "2025-03-14", LastSeen: "2026-01-30"},
		{Role: "State President", Country: "VN", FirstSeen: "2026-01-30", LastSeen: "2026-01-30"},
	}
	if d := cmp.Diff(wantOffices, an.Offices); d != "" {
		t.Errorf("offices of %s (-want +got):\n%s", ct.Leader, d)
	}
	if vn := actorNamed(rec, "Viet Nam"); vn == nil || vn.ID != "VN" || !slices.Contains(vn.Aliases, "Vietnam") {
		t.Errorf("Viet Nam = %+v, want id VN with alias Vietnam", vn)
	}
	// The short form "An" stays within its article: it is an alias, never
	// an actor of its own.
	for _, a := range rec.Actors {
		if a.Name == "An" {
			t.Errorf("short form An became an actor: %+v", a)
		}
	}
}

// pair returns the facts of one article reporting one engagement between
// two persons of two countries.
func pair(file, published string, typ accord.EngagementType, date, p1, c1, p2, c2 string) *accord.ArticleFacts {
	d := ct.NewDoc(file, file, published, "", "They met, said report "+file+".")
	var parts []string
	if p1 != "" {
		parts = append(parts, d.Person(p1, c1, nil))
	}
	if p2 != "" {
		parts = append(parts, d.Person(p2, c2, nil))
	}
	d.Held(ct.E{Type: typ, Date: date, Participants: parts, Countries: []string{c1, c2}})
	return d.Facts
}

func TestMerge(t *testing.T) {
	tests := []struct {
		name string
		a, b *accord.ArticleFacts
		same bool
	}{
		{"two house styles of one meeting",
			pair("a", "2024-02-17", accord.Meeting, "2024-02-17", "Ann Lake", "US", "Ivan Petrenko", "UA"),
			pair("b", "2024-02-17", accord.Talks, "2024-02-17", "Ann Lake", "US", "Ivan Petrenko", "UA"), true},
		{"hyphenated name",
			pair("a", "2024-02-17", accord.Meeting, "2024-02-17", "Kim Ji-woo", "KR", "Ann Lake", "US"),
			pair("b", "2024-02-18", accord.Meeting, "2024-02-17", "Kim Ji Woo", "KR", "Ann Lake", "US"), true},
		{"one report names one side only",
			pair("a", "2024-02-17", accord.Meeting, "2024-02-17", "Ann Lake", "US", "Ivan Petrenko", "UA"),
			pair("b", "2024-02-18", accord.Meeting, "2024-02-17", "Ann Lake", "US", "", "UA"), true},
		{"month and day of one visit",
			pair("a", "2024-05-20", accord.Visit, "2024-05", "Ann Lake", "US", "Ivan Petrenko", "UA"),
			pair("b", "2024-05-21", accord.Visit, "2024-05-21", "Ann Lake", "US", "Ivan Petrenko", "UA"), true},
		{"same people, different days",
			pair("a", "2024-02-17", accord.Meeting, "2024-02-17", "Ann Lake", "US", "Ivan Petrenko", "UA"),
			pair("b", "2024-02-20", accord.Meeting, "2024-02-20", "Ann Lake", "US", "Ivan Petrenko", "UA"), false},
		{"call and meeting the same day",
			pair("a", "2024-02-17", accord.PhoneCall, "2024-02-17", "Ann Lake", "US", "Ivan Petrenko", "UA"),
			pair("b", "2024-02-17", accord.Meeting, "2024-02-17", "Ann Lake", "US", "Ivan Petrenko", "UA"), false},
		{"different pairs, same day",
			pair("a", "2024-02-17", accord.Meeting, "2024-02-17", "Ann Lake", "US", "Ivan Petrenko", "UA"),
			pair("b", "2024-02-17", accord.Meeting, "2024-02-17", "Ann Lake", "US", "Marie Roux", "FR"), false},
		{"same countries, other persons, same day",
			pair("a", "2024-02-17", accord.Meeting, "2024-02-17", "Ann Lake", "US", "Ivan Petrenko", "UA"),
			pair("b", "2024-02-17", accord.Meeting, "2024-02-17", "Tom Hill", "US", "Olena Koval", "UA"), false},
		{"two visits in different months",
			pair("a", "2024-05-20", accord.Visit, "2024-05", "Ann Lake", "US", "Ivan Petrenko", "UA"),
			pair("b", "2024-11-02", accord.Visit, "2024-11", "Ann Lake", "US", "Ivan Petrenko", "UA"), false},
		{"press conference is not the visit",
			pair("a", "2024-05-20", accord.Visit, "2024-05", "Ann Lake", "US", "Ivan Petrenko", "UA"),
			pair("b", "2024-05-21", accord.PressConference, "2024-05-21", "Ann Lake", "US", "Ivan Petrenko", "UA"), false},
		{"a one-word form in one report, full names in the other",
			pair("a", "2021-06-12", accord.Meeting, "2021-06-12", "Ann Lake", "", "Marie Roux", ""),
			pair("b", "2021-06-12", accord.Meeting, "2021-06-12", "Lake", "", "Roux", ""), true},
		{"one-word forms, another counterpart",
			pair("a", "2021-06-12", accord.Meeting, "2021-06-12", "Ann Lake", "", "Marie Roux", ""),
			pair("b", "2021-06-12", accord.Meeting, "2021-06-12", "Lake", "", "Weber", ""), false},
		{"same surname only",
			pair("a", "2024-02-17", accord.Meeting, "2024-02-17", "Lake", "US", "Ivan Petrenko", "UA"),
			pair("b", "2024-02-17", accord.Meeting, "2024-02-17", "Lake", "US", "Marie Roux", "FR"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkMerged(t, tt.a, tt.b, tt.same) })
	}
}

// checkMerged builds the record of two reports and checks that they are one
// engagement with both reports (same) or two.
func checkMerged(t *testing.T, a, b *accord.ArticleFacts, same bool) {
	t.Helper()
	rec := consolidate.Build([]*accord.ArticleFacts{a, b})
	want := 2
	if same {
		want = 1
	}
	if len(rec.Engagements) != want {
		t.Fatalf("got %d engagements, want %d: %+v", len(rec.Engagements), want, rec.Engagements)
	}
	if same && len(rec.Engagements[0].Reports) != 2 {
		t.Errorf("merged engagement has %d reports, want 2", len(rec.Engagements[0].Reports))
	}
}

func shuffled(facts []*accord.ArticleFacts, r *rand.Rand) []*accord.ArticleFacts {
	out := slices.Clone(facts)
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func TestBuildOrderIndependent(t *testing.T) {
	facts := append(ct.Relationship(), ct.Synthetic(60, 1)...)
	want := consolidate.Build(facts)
	r := rand.New(rand.NewPCG(1, 2))
	for range 10 {
		if d := cmp.Diff(want, consolidate.Build(shuffled(facts, r))); d != "" {
			t.Fatalf("Build depends on input order (-first +shuffled):\n%s", d)
		}
	}
}

// byDate sorts facts in (published, id) order, the order news arrives in.
func byDate(facts []*accord.ArticleFacts) []*accord.ArticleFacts {
	out := slices.Clone(facts)
	slices.SortFunc(out, func(a, b *accord.ArticleFacts) int {
		if a.Article.Published != b.Article.Published {
			if a.Article.Published < b.Article.Published {
				return -1
			}
			return 1
		}
		if a.Article.ID < b.Article.ID {
			return -1
		}
		return 1
	})
	return out
}

// TestUpdateEqualsBuild adds articles in batches of random sizes, each batch
// shuffled, the batches in date order: the record must be the one Build
// makes of everything, ids included.
func TestUpdateEqualsBuild(t *testing.T) {
	facts := byDate(append(ct.Relationship(), ct.Synthetic(150, 7)...))
	want := consolidate.Build(facts)
	r := rand.New(rand.NewPCG(3, 4))
	for trial := range 8 {
		rec := consolidate.Build(nil)
		for i := 0; i < len(facts); {
			n := 1 + r.IntN(20)
			batch := shuffled(facts[i:min(i+n, len(facts))], r)
			before := consolidate.ApplyChange(nil, &accord.RecordChange{Reset: true, Actors: rec.Actors,
				Engagements: append(slices.Clone(rec.Engagements), rec.Pending...), Targets: rec.Targets})
			rec = consolidate.ApplyChange(rec, consolidate.Update(rec, batch, nil))
			if d := cmp.Diff(before, consolidate.ApplyChange(nil, &accord.RecordChange{Reset: true, Actors: before.Actors,
				Engagements: append(slices.Clone(before.Engagements), before.Pending...), Targets: before.Targets})); d != "" {
				t.Fatalf("Update modified its input record")
			}
			i += n
		}
		if d := cmp.Diff(want, rec); d != "" {
			t.Fatalf("trial %d: Update ≠ Build (-build +update):\n%s", trial, d)
		}
	}
}

// TestUpdateBackfill adds articles in any order: the ids of a stored record
// never change, and the record is Build's up to ids.
func TestUpdateBackfill(t *testing.T) {
	facts := append(ct.Relationship(), ct.Synthetic(120, 9)...)
	want := consolidate.Build(facts)
	r := rand.New(rand.NewPCG(5, 6))
	for trial := range 5 {
		order := shuffled(facts, r)
		rec := consolidate.Build(nil)
		for i := 0; i < len(order); {
			n := 1 + r.IntN(15)
			next := consolidate.ApplyChange(rec, consolidate.Update(rec, order[i:min(i+n, len(order))], nil))
			for _, e := range rec.Engagements {
				if !slices.ContainsFunc(next.Engagements, func(x accord.Engagement) bool { return x.ID == e.ID }) {
					t.Fatalf("trial %d: engagement %s %s %s lost its id when articles were added", trial, e.ID, e.Type, e.Date)
				}
			}
			for _, tg := range rec.Targets {
				if !slices.ContainsFunc(next.Targets, func(x accord.Target) bool { return x.ID == tg.ID }) {
					t.Fatalf("trial %d: target %s lost its id", trial, tg.ID)
				}
			}
			rec = next
			i += n
		}
		got := consolidate.Rebased(want, rec)
		if d := cmp.Diff(want, got); d != "" {
			t.Fatalf("trial %d: backfilled record ≠ Build up to ids (-build +update):\n%s", trial, d)
		}
	}
}

func TestUpdateRemove(t *testing.T) {
	facts := byDate(ct.Relationship())
	full := consolidate.Build(facts)
	// The second outlet's report of the visit day (a4) is removed.
	var a4 string
	for _, f := range facts {
		if f.Article.File == "a4.txt" {
			a4 = f.Article.ID
		}
	}
	c := consolidate.Update(full, nil, []string{a4})
	got := consolidate.ApplyChange(full, c)
	if find(got.Engagements, accord.PressConference, "") != nil {
		t.Errorf("the press conference only a4 reported is still there")
	}
	talks := find(got.Engagements, accord.Talks, "")
	if talks == nil || len(talks.Reports) != 1 || talks.Reports[0].Article == a4 {
		t.Errorf("talks after removal = %+v, want one report, not from a4", talks)
	}
	for _, a := range got.Actors {
		for _, k := range a.Keys {
			if len(k) > len(a4) && k[:len(a4)] == a4 {
				t.Errorf("actor %s keeps key %s of the removed article", a.Name, k)
			}
		}
	}
	if !slices.ContainsFunc(c.Deleted, func(r accord.EntityRef) bool { return r.Kind == accord.KindEngagement }) {
		t.Errorf("no engagement deleted: %+v", c.Deleted)
	}
}

func TestReferenceBeforeEvent(t *testing.T) {
	// The call recalling the visit is ingested before the visit's reports:
	// the reference waits as a mention, then joins the visit.
	facts := ct.Relationship()
	var early, rest []*accord.ArticleFacts
	for _, f := range facts {
		if f.Article.File == "a5.txt" {
			early = append(early, f)
		} else {
			rest = append(rest, f)
		}
	}
	rec := consolidate.Build(early)
	if len(rec.Pending) != 1 || rec.Pending[0].Status != accord.StatusMentioned || len(rec.Engagements) != 1 {
		t.Fatalf("after the call alone: pending %+v, %d held; want one mention, one held call", rec.Pending, len(rec.Engagements))
	}
	rec = consolidate.ApplyChange(rec, consolidate.Update(rec, rest, nil))
	visit := find(rec.Engagements, accord.Visit, "")
	if visit == nil || len(visit.Refs) != 1 {
		t.Fatalf("visit = %+v, want the reference attached", visit)
	}
	for _, p := range rec.Pending {
		if p.Status == accord.StatusMentioned {
			t.Errorf("the mention stayed after its event was reported: %+v", p)
		}
	}
}

func TestTargets(t *testing.T) {
	d := ct.NewDoc("t1", "t1", "2024-01-10", "", "A.", "B.", "C.", "D.")
	d.Target(ct.T{Metric: "bilateral trade", Value: 100e9, Unit: "USD", Deadline: "2025", Holders: []string{"AA", "BB"}, Sentence: 0})
	d.Target(ct.T{Metric: "GDP growth", Value: 6, Unit: "percent", Deadline: "2025", Holders: []string{"AA"}, Sentence: 1})
	d.Target(ct.T{Metric: "export growth", Value: 6, Unit: "percent", Deadline: "2025", Holders: []string{"AA"}, Sentence: 2})
	d.Target(ct.T{Metric: "GDP per capita", Value: 6000, Unit: "USD", Deadline: "2025", Holders: []string{"AA"}, Sentence: 3})
	e := ct.NewDoc("t2", "t2", "2025-01-10", "", "A.", "B.", "C.", "D.")
	// An adjective before the head: the same target.
	e.Target(ct.T{Metric: "balanced bilateral trade", Value: 100e9, Unit: "USD", Deadline: "2025", Holders: []string{"AA", "BB"}, Sentence: 3})
	// Same value, new deadline: another target (a commitment is keyed by
	// its value and deadline).
	e.Target(ct.T{Metric: "GDP growth", Value: 6, Unit: "percent", Deadline: "2026", Holders: []string{"AA"}, Sentence: 1})
	// New value and new deadline: another target.
	e.Target(ct.T{Metric: "bilateral trade", Value: 300e9, Unit: "USD", Deadline: "2035", Holders: []string{"AA", "BB"}, Sentence: 2})
	// Same deadline, new value in a later article: a change. In the article
	// that states the old value too, another target.
	f := ct.NewDoc("t3", "t3", "2025-06-10", "", "A.", "B.")
	f.Target(ct.T{Metric: "two-way trade turnover", Value: 150e9, Unit: "USD", Deadline: "2025", Holders: []string{"BB", "AA"}, Sentence: 0})
	e.Target(ct.T{Metric: "trade", Value: 40e9, Unit: "USD", Deadline: "2025", Holders: []string{"AA", "BB"}, Sentence: 0})
	rec := consolidate.Build([]*accord.ArticleFacts{f.Facts, e.Facts, d.Facts})
	if len(rec.Targets) != 7 {
		for _, t1 := range rec.Targets {
			t.Logf("%s %g %s %v", t1.Metric, t1.Value, t1.Deadline, t1.Holders)
		}
		t.Fatalf("got %d targets, want 7", len(rec.Targets))
	}
	changes := map[string][]string{}
	for _, tg := range rec.Targets {
		if len(tg.History) == 2 {
			changes[tg.Metric] = tg.History[1].Changes
		}
		if tg.Metric == "bilateral trade" && tg.Deadline == "2025" {
			var cs [][]string
			for _, h := range tg.History {
				cs = append(cs, h.Changes)
			}
			if d := cmp.Diff([][]string{nil, nil, {"value"}}, cs); d != "" {
				t.Errorf("trade 2025 history changes (-want +got):\n%s", d)
			}
		}
	}
	want := map[string][]string{}
	if d := cmp.Diff(want, changes); d != "" {
		t.Errorf("changes (-want +got):\n%s", d)
	}
}

// A one- or two-word name joins the one fuller person of its country in
// the record; where two fit, it stays apart.
func TestShortFormsJoin(t *testing.T) {
	art := func(id, day string, actors ...accord.Actor) *accord.ArticleFacts {
		return &accord.ArticleFacts{Article: &accord.Article{ID: id, Published: day}, Actors: actors, Areas: []string{}, Engagements: []accord.Engagement{}, Targets: []accord.Target{}}
	}
	person := func(name, country string) accord.Actor {
		return accord.Actor{ID: accord.ActorKey(accord.Person, name), Type: accord.Person, Name: name, Country: country, Roles: []string{}, Aliases: []string{}}
	}
	titled := func(a accord.Actor, role string) accord.Actor {
		a.Roles = []string{role}
		return a
	}
	tests := []struct {
		name  string
		facts []*accord.ArticleFacts
		want  int // persons in the record
	}{
		{"one fuller person", []*accord.ArticleFacts{
			art("a1", "2024-01-01", person("Antony Blinken", "US")),
			art("a2", "2024-01-02", person("Blinken", "US")),
			art("a3", "2024-01-03", person("Blinken", "")),
		}, 1},
		{"two fuller persons of the country: apart", []*accord.ArticleFacts{
			art("a1", "2024-01-01", person("Kamala Harris", "US"), person("Grant Harris", "US")),
			art("a2", "2024-01-02", person("Harris", "US")),
		}, 3},
		{"the fuller person of the same country first", []*accord.ArticleFacts{
			art("a1", "2024-01-01", person("Kamala Harris", "US"), person("Grant Harris", "")),
			art("a2", "2024-01-02", person("Harris", "US")),
		}, 2},
		{"another country's fuller person is not it", []*accord.ArticleFacts{
			art("a1", "2024-01-01", person("Boris Johnson", "GB")),
			art("a2", "2024-01-02", person("Johnson", "US")),
		}, 2},
		{"a leader is not the first lady of the family name", []*accord.ArticleFacts{
			art("a1", "2024-01-01", titled(person("Mary Hart", "CL"), "First Lady")),
			art("a2", "2024-01-02", titled(person("Hart", "CL"), "President")),
		}, 2},
		{"an untitled short form still joins", []*accord.ArticleFacts{
			art("a1", "2024-01-01", titled(person("Mary Hart", "CL"), "First Lady")),
			art("a2", "2024-01-02", person("Hart", "CL")),
		}, 1},
		// A monarch named with one name is not the head of government who
		// shares it (Sultan Ibrahim, Prime Minister Anwar Ibrahim), nor a
		// president who bears it as a given name (King Charles, Charles
		// Michel).
		{"a sultan is not the prime minister of his name", []*accord.ArticleFacts{
			art("a1", "2024-01-01", titled(person("Tomas Idris", "BN"), "Prime Minister")),
			art("a2", "2024-01-02", titled(person("Idris", "BN"), "Sultan")),
		}, 2},
		{"a king is not the president of his given name", []*accord.ArticleFacts{
			art("a1", "2024-01-01", titled(person("Oskar Lind", "EU"), "President")),
			art("a2", "2024-01-02", titled(person("Oskar", ""), "King")),
		}, 2},
		{"a king's short form joins the king", []*accord.ArticleFacts{
			art("a1", "2024-01-01", titled(person("Oskar Lind", "SE"), "King")),
			art("a2", "2024-01-02", titled(person("Lind", "SE"), "King")),
		}, 1},
		// Romanisations of one given name are one person, in either order
		// of arrival and whether a country is given or not; another
		// family name stays another person.
		{"romanisations of a given name", []*accord.ArticleFacts{
			art("a1", "2024-01-01", person("Mohamed bin Tariq Al Harbi", "QA")),
			art("a2", "2024-01-02", person("Mohammed bin Tariq Al Harbi", "QA")),
			art("a3", "2024-01-03", person("Mohammad Bin Tariq Al Harbi", "")),
		}, 1},
		{"romanisations, the other order", []*accord.ArticleFacts{
			art("a1", "2024-01-01", person("Mohammad Bin Tariq Al Harbi", "")),
			art("a2", "2024-01-02", person("Mohammed bin Tariq Al Harbi", "QA")),
			art("a3", "2024-01-03", person("Mohamed bin Tariq Al Harbi", "QA")),
		}, 1},
		{"a family name romanised otherwise is another", []*accord.ArticleFacts{
			art("a1", "2024-01-01", person("Ahmed Hassan", "EG")),
			art("a2", "2024-01-02", person("Ahmed Hasan", "EG")),
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := consolidate.Build(tt.facts)
			n := 0
			for _, a := range rec.Actors {
				if a.Type == accord.Person {
					n++
				}
			}
			if n != tt.want {
				t.Errorf("%d persons, want %d: %v", n, tt.want, rec.Actors)
			}
		})
	}
}
