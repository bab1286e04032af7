package view_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/accordhq/accord/view"
)

// factsFrom makes articles' facts from fuzz input: each line is an article,
// fields separated by |: published, type, date, person 1, country 1,
// person 2, country 2, target value, deadline.
func factsFrom(data string) []*accord.ArticleFacts {
	var out []*accord.ArticleFacts
	for i, line := range strings.Split(data, "\n") {
		f := strings.Split(line, "|")
		for len(f) < 9 {
			f = append(f, "")
		}
		d := ct.NewDoc("f"+string(rune('a'+i%26)), line, f[0], "", line, "x")
		var parts []string
		if f[3] != "" {
			parts = append(parts, d.Person(f[3], f[4], []string{"Minister"}))
		}
		if f[5] != "" {
			parts = append(parts, d.Person(f[5], f[6], nil, f[3]))
		}
		e := ct.E{Type: accord.EngagementType(f[1]), Date: f[2], Participants: parts, Countries: []string{f[4], f[6]}, PlaceCountry: f[6]}
		d.Held(e)
		if i%2 == 1 {
			d.Ref(e)
			d.Invite(e)
		}
		var v float64
		for _, c := range f[7] {
			v = v*10 + float64(c%10)
		}
		d.Target(ct.T{Metric: f[7], Value: v, Unit: "USD", Deadline: f[8], Holders: []string{f[4], f[6]}, Sentence: 1})
		out = append(out, d.Facts)
	}
	return out
}

// FuzzViews builds, updates and renders records from odd facts: nothing may
// panic, every engagement keeps a report, every quote is its article's text
// at its offsets, and Build ignores input order.
func FuzzViews(f *testing.F) {
	f.Add("2025-08-11|talks|2025-08-11|Ann Lake|US|Ivan Petrenko|UA|150|2030\n2025-08-12|meeting|2025-08-11|Ann Lake|US|Ivan Petrenko|UA|150|2031")
	f.Add("2025|visit|2025-08|Lee||Kim|KR||\n|phone_call||||||")
	f.Add("2025-13-45|visit|2025-13|É|vn|é|VN|9|20x\n2024-02-29|summit|2024-02-29|a-b|US|a b|US|1|")
	f.Fuzz(func(t *testing.T, data string) {
		facts := factsFrom(data)
		rec := consolidate.Build(facts)
		rev := make([]*accord.ArticleFacts, len(facts))
		for i, x := range facts {
			rev[len(facts)-1-i] = x
		}
		a, b := consolidate.Build(rev), rec
		if len(a.Engagements) != len(b.Engagements) || len(a.Targets) != len(b.Targets) || len(a.Actors) != len(b.Actors) {
			t.Fatalf("Build depends on order")
		}
		arts := map[string]*accord.Article{}
		for _, x := range facts {
			arts[x.Article.ID] = x.Article
		}
		ids := map[string]bool{}
		for _, e := range append(rec.Engagements, rec.Pending...) {
			if ids[e.ID] {
				t.Fatalf("duplicate id %s", e.ID)
			}
			ids[e.ID] = true
			evs := e.Reports
			if e.Status == accord.StatusMentioned {
				evs = e.Refs
			}
			if len(evs) == 0 {
				t.Fatalf("engagement %s without evidence", e.ID)
			}
			for _, ev := range append(evs, e.Refs...) {
				body := arts[ev.Article].Body
				if ev.Start < 0 || ev.End > len(body) || ev.Start > ev.End || body[ev.Start:ev.End] != ev.Quote {
					t.Fatalf("evidence %+v outside or unlike its article", ev)
				}
			}
		}
		half := len(facts) / 2
		up := consolidate.ApplyChange(consolidate.Build(facts[:half]), consolidate.Update(consolidate.Build(facts[:half]), facts[half:], nil))
		if len(up.Engagements) == 0 && len(rec.Engagements) > 0 {
			t.Fatalf("Update lost every engagement")
		}
		var buf bytes.Buffer
		for _, c := range []string{"US", "UA", "VN", "KR", ""} {
			view.WriteTimeline(&buf, view.DyadTimeline(rec, arts, "US", c, "", ""))
			view.BriefOf(rec, arts, nil, "US", c, "2025")
		}
		view.ExportOf(rec, facts)
		view.WriteTargets(io.Discard, view.Targets(rec, view.TargetFilter{}))
		view.WriteEngagements(io.Discard, rec, view.Engagements(rec, view.EngagementFilter{}))
		for _, x := range rec.Actors {
			if p, err := view.ActorProfile(rec, x.Name); err == nil {
				view.WriteProfile(io.Discard, rec, p)
			}
		}
	})
}
