package http

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestPartsAgreeWithWhole: the pages and API calls, which read parts of
// the record, show what the whole record shows.
func TestPartsAgreeWithWhole(t *testing.T) {
	for name, open := range map[string]func(testing.TB) accord.Store{
		"relationship": func(t testing.TB) accord.Store { return relStore(t) },
		"seeds":        func(t testing.TB) accord.Store { return seedStore(t, true) },
	} {
		t.Run(name, func(t *testing.T) {
			db := open(t)
			ctx := context.Background()
			s := NewServer(db, Options{})
			h := s.Handler()
			whole := must(s.model(ctx))
			if len(whole.dyads) == 0 {
				t.Fatal("no dyads")
			}
			render := func(f func(w *httptest.ResponseRecorder)) []byte {
				w := httptest.NewRecorder()
				f(w)
				return w.Body.Bytes()
			}
			for i := range whole.dyads {
				d := &whole.dyads[i]
				req := httptest.NewRequest("GET", "/dyads/"+d.A+"/"+d.B, nil)
				req.SetPathValue("a", d.A)
				req.SetPathValue("b", d.B)
				pm, pd, err := s.dyadFor(req)
				if err != nil {
					t.Fatal(err)
				}
				for _, pair := range [][2]any{
					{whole.summary(d), pm.summary(pd)},
					{whole.brief(d), pm.brief(pd)},
					{whole.timeline(d.Engagements, tlOptions{Width: 1040}), pm.timeline(pd.Engagements, tlOptions{Width: 1040})},
					{whole.heatmap(d.Engagements), pm.heatmap(pd.Engagements)},
				} {
					a, b := must(json.Marshal(pair[0])), must(json.Marshal(pair[1]))
					if !bytes.Equal(a, b) {
						t.Errorf("%s-%s: whole %s\npart %s", d.A, d.B, a, b)
					}
				}
				got := do(t, h, "GET", "/api/dyads/"+d.A+"/"+d.B+"/timeline", nil).Body.Bytes()
				want := render(func(w *httptest.ResponseRecorder) {
					writeJSON(w, 200, struct {
						dyadSummary
						Engagements  []*accord.Engagement `json:"engagements"`
						Pending      []*accord.Engagement `json:"pending"`
						Targets      []*accord.Target     `json:"targets"`
						Multilateral []*accord.Engagement `json:"multilateral_engagements"`
					}{whole.summary(d), nonNil(d.Engagements), nonNil(d.Pending), nonNil(d.Targets), nonNil(d.Multilateral)})
				})
				if !bytes.Equal(got, want) {
					t.Errorf("timeline %s-%s differs:\n%s\nwant\n%s", d.A, d.B, got, want)
				}
			}
			for _, a := range whole.rec.Actors {
				got := do(t, h, "GET", "/api/actors/"+a.ID+"?limit=1000", nil).Body.Bytes()
				want := render(func(w *httptest.ResponseRecorder) {
					a := a
					writeJSON(w, 200, struct {
						Actor       *accord.Actor            `json:"actor"`
						Engagements page[*accord.Engagement] `json:"engagements"`
					}{&a, paginate(whole.byActor[a.ID], 1000, 0)})
				})
				if !bytes.Equal(got, want) {
					t.Errorf("actor %s differs:\n%s\nwant\n%s", a.ID, got, want)
				}
			}
			arts := must(db.Articles(ctx, accord.ArticleFilter{}))
			for _, a := range arts {
				facts, _ := db.Facts(ctx, a.ID)
				pm, err := s.articleModel(ctx, a.ID, facts)
				if err != nil {
					t.Fatal(err)
				}
				if w, p := must(json.Marshal(whole.articleSpans(a.ID, facts))), must(json.Marshal(pm.articleSpans(a.ID, facts))); !bytes.Equal(w, p) {
					t.Errorf("article %s spans: whole %s\npart %s", a.ID, w, p)
				}
			}
		})
	}
}

func TestLRU(t *testing.T) {
	c := newLRU(3)
	for i := range 5 {
		c.put(itoa(i), i, 1)
	}
	if c.get("0") != nil || c.get("1") != nil || c.get("4") != 4 || c.order.Len() != 3 {
		t.Errorf("count bound: %d kept", c.order.Len())
	}
	c.get("2") // most recent now
	c.put("big", "x", modelCacheWeight-1)
	if c.get("3") != nil || c.get("4") != nil || c.get("2") != 2 || c.get("big") != "x" || c.weight != modelCacheWeight {
		t.Errorf("weight bound: %d kept, weight %d", c.order.Len(), c.weight)
	}
	c.put("huge", "y", modelCacheWeight+1)
	if c.get("huge") != nil {
		t.Error("an entry heavier than the bound is kept")
	}
	c.clear()
	if c.order.Len() != 0 || c.weight != 0 {
		t.Error("clear")
	}
}
