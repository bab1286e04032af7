package http

import (
	"context"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/curate"
	"github.com/chromedp/chromedp"
)

// heldEngagement returns one held engagement of the store.
func heldEngagement(t *testing.T, db accord.Store) accord.Engagement {
	t.Helper()
	var e *accord.Engagement
	err := db.EachEntity(context.Background(), accord.EntityQuery{Kind: accord.KindEngagement, Status: accord.StatusHeldAll}, func(v any) error {
		if e == nil {
			e = v.(*accord.Engagement)
		}
		return nil
	})
	if err != nil || e == nil {
		t.Fatalf("no held engagement (%v)", err)
	}
	return *e
}

// TestCorrectionsAPI posts, lists and undoes corrections through the API,
// with and without the token, and checks that errors name the field.
func TestCorrectionsAPI(t *testing.T) {
	db := relStore(t)
	e := heldEngagement(t, db)
	h := NewServer(db, Options{WriteToken: "s3cret-token", Logger: discardLogger()}).Handler()
	const auth = "Bearer s3cret-token"
	body := func(s string) *strings.Reader { return strings.NewReader(s) }
	hide := `{"kind":"hide_engagement","target":"` + e.ID + `","note":"a duplicate of the visit","author":"kim"}`
	tests := []struct {
		name, method, target, auth, body string
		status                           int
		code, where                      string
	}{
		{"missing token", "POST", "/api/corrections", "", hide, 401, "unauthorized", ""},
		{"wrong token", "POST", "/api/corrections", "Bearer s3cret-tokem", hide, 403, "forbidden", ""},
		{"unknown engagement", "POST", "/api/corrections", auth, `{"kind":"hide_engagement","target":"e_000000000000","note":"x"}`, 400, "invalid", "engagement"},
		{"bad date", "POST", "/api/corrections", auth, `{"kind":"redate_engagement","target":"` + e.ID + `","value":"2025-13-01","note":"x"}`, 400, "invalid", "date"},
		{"bad type", "POST", "/api/corrections", auth, `{"kind":"retype_engagement","target":"` + e.ID + `","value":"lunch","note":"x"}`, 400, "invalid", "type"},
		{"unknown kind", "POST", "/api/corrections", auth, `{"kind":"delete_everything","target":"x","note":"x"}`, 400, "invalid", "kind"},
		{"no note", "POST", "/api/corrections", auth, `{"kind":"hide_engagement","target":"` + e.ID + `"}`, 400, "invalid", "note"},
		{"unknown field", "POST", "/api/corrections", auth, `{"kind":"hide_engagement","target":"` + e.ID + `","note":"x","date":"2025"}`, 400, "invalid", "body"},
		{"unknown actor", "POST", "/api/corrections", auth, `{"kind":"merge_actors","target":"p_nobody","other":"p_none","note":"x"}`, 400, "invalid", "actor"},
		{"right token", "POST", "/api/corrections", auth, hide, 201, "", ""},
		{"undo without token", "DELETE", "/api/corrections/1", "", "", 401, "unauthorized", ""},
		{"undo unknown", "DELETE", "/api/corrections/99", auth, "", 400, "invalid", "id"},
		{"undo not a number", "DELETE", "/api/corrections/x", auth, "", 400, "invalid", "id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, tt.method, tt.target, body(tt.body), "Authorization", tt.auth)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			if tt.code != "" {
				e := decode[errorBody](t, w)
				if e.Error.Code != tt.code {
					t.Errorf("code %q, want %q", e.Error.Code, tt.code)
				}
				if tt.where != "" && !strings.HasPrefix(e.Error.Message, tt.where+":") {
					t.Errorf("message %q does not name the field %s", e.Error.Message, tt.where)
				}
			}
		})
	}

	// The correction is listed, marked on the engagement, and the
	// engagement is gone from the lists.
	list := decode[[]accord.Correction](t, do(t, h, "GET", "/api/corrections", nil))
	if len(list) != 1 || list[0].Kind != accord.CorrectHideEngagement || list[0].Author != "kim" || list[0].Created == "" {
		t.Fatalf("corrections %+v", list)
	}
	got := decode[accord.Engagement](t, do(t, h, "GET", "/api/engagements/"+e.ID, nil))
	if got.Curation == nil || !got.Curation.Hidden || len(got.Curation.Marks) != 1 || got.Curation.Marks[0].Note != "a duplicate of the visit" {
		t.Errorf("engagement's curation %+v", got.Curation)
	}
	if strings.Contains(do(t, h, "GET", "/api/export", nil).Body.String(), `"id": "`+e.ID+`"`) {
		t.Errorf("the export still has hidden engagement %s", e.ID)
	}
	w := do(t, h, "DELETE", "/api/corrections/1", nil, "Authorization", auth)
	if w.Code != 200 {
		t.Fatalf("undo: %d %s", w.Code, w.Body)
	}
	if got := decode[accord.Engagement](t, do(t, h, "GET", "/api/engagements/"+e.ID, nil)); got.Curation != nil {
		t.Errorf("undone, the engagement keeps %+v", got.Curation)
	}
	if list := decode[[]accord.Correction](t, do(t, h, "GET", "/api/corrections", nil)); len(list) != 0 {
		t.Errorf("undone, corrections %+v", list)
	}

	// A server without a write token takes no correction, and its
	// correction page has no form.
	ro := NewServer(db, Options{Logger: discardLogger()}).Handler()
	if w := do(t, ro, "POST", "/api/corrections", body(hide), "Authorization", auth); w.Code != 405 {
		t.Errorf("read-only server: POST /api/corrections %d, want 405", w.Code)
	}
	if w := do(t, ro, "GET", "/engagements/"+e.ID+"/correct", nil); w.Code != 200 || strings.Contains(w.Body.String(), "<form method=\"post\"") {
		t.Errorf("read-only correction page: %d, form shown: %v", w.Code, strings.Contains(w.Body.String(), "<form method=\"post\""))
	}
}

// TestCorrectionForm posts the engagement page's form: a wrong token is
// refused and changes nothing, the token never appears in a page.
func TestCorrectionForm(t *testing.T) {
	db := relStore(t)
	e := heldEngagement(t, db)
	const token = "s3cret-token"
	h := NewServer(db, Options{WriteToken: token, Logger: discardLogger()}).Handler()
	form := func(v url.Values) *strings.Reader { return strings.NewReader(v.Encode()) }
	ct := "application/x-www-form-urlencoded"
	path := "/engagements/" + e.ID + "/correct"
	w := do(t, h, "POST", path, form(url.Values{"action": {"hide"}, "note": {"dup"}, "token": {"nope"}}), "Content-Type", ct)
	if w.Code != 403 || !strings.Contains(w.Body.String(), "not valid") {
		t.Errorf("wrong token: %d", w.Code)
	}
	w = do(t, h, "POST", path, form(url.Values{"action": {"redate"}, "date": {"2025-02-30"}, "note": {"dup"}, "token": {token}}), "Content-Type", ct)
	if w.Code != 400 || !strings.Contains(w.Body.String(), "date:") {
		t.Errorf("bad date: %d %s", w.Code, w.Body)
	}
	w = do(t, h, "POST", path, form(url.Values{"action": {"hide"}, "note": {"dup"}, "token": {token}}), "Content-Type", ct)
	if w.Code != 303 || w.Header().Get("Location") != path {
		t.Fatalf("hide: %d → %q", w.Code, w.Header().Get("Location"))
	}
	page := do(t, h, "GET", path, nil).Body.String()
	if !strings.Contains(page, `class="corrected"`) || !strings.Contains(page, "dup") {
		t.Errorf("the page shows no correction mark")
	}
	if strings.Contains(page, token) {
		t.Errorf("the page holds the token")
	}
}

// TestBrowserCorrection: an analyst with the token hides an engagement from
// its correction page in real Chromium, and the page then shows the mark.
func TestBrowserCorrection(t *testing.T) {
	ctx := browser(t)
	db := relStore(t)
	e := heldEngagement(t, db)
	const token = "s3cret-token"
	srv := httptest.NewServer(NewServer(db, Options{WriteToken: token}).Handler())
	t.Cleanup(srv.Close)
	page := srv.URL + "/engagements/" + e.ID + "/correct"
	if err := chromedp.Do(ctx, chromedp.Navigate(page), chromedp.WaitVisible(chromedp.CSS("#correct-token"))); err != nil {
		t.Fatal(err)
	}
	html, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.outerHTML`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(html, token) {
		t.Fatal("the page holds the write token")
	}
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('.corrected').length`)); n != 0 {
		t.Fatalf("%d correction marks before any correction", n)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`input[name="action"][value="hide"]`)),
		chromedp.SendKeys(chromedp.CSS("#correct-note"), "The same call as the one reported the day before"),
		chromedp.SendKeys(chromedp.CSS("#correct-author"), "Analyst Kim"),
		chromedp.SendKeys(chromedp.CSS("#correct-token"), token),
		chromedp.Click(chromedp.CSS(".correct-form button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS(".corrected")),
	)
	if err != nil {
		t.Fatalf("hide from the page: %v", err)
	}
	shot(t, ctx, "correction")
	mark, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".corrected")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Corrected", "hidden", "The same call as the one reported the day before", "Analyst Kim"} {
		if !strings.Contains(strings.ToLower(mark), strings.ToLower(want)) { // the mark is styled in capitals
			t.Errorf("the mark %q lacks %q", mark, want)
		}
	}
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); loc != page {
		t.Errorf("after the form: %s, want %s", loc, page)
	}
	// The engagement is left out of the relationship's lists.
	rec, err := db.RecordOf(context.Background(), accord.RecordQuery{Keys: []string{accord.PairKey(e.Countries[0], e.Countries[len(e.Countries)-1])}})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range rec.Engagements {
		if x.ID == e.ID {
			t.Errorf("hidden engagement %s is still under its pair's key", e.ID)
		}
	}
}

// TestCorrectionMarksOnPages: a re-dated engagement is marked in its
// relationship's list, a target with a statement detached on its card, a
// merged actor on its page.
func TestCorrectionMarksOnPages(t *testing.T) {
	ctx := context.Background()
	db := relStore(t)
	h := NewServer(db, Options{Logger: discardLogger()}).Handler()
	rec, err := db.RecordOf(ctx, accord.RecordQuery{Keys: accord.PairKeys("KR", "VN"), Actors: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Engagements) == 0 || len(rec.Targets) == 0 {
		t.Fatalf("KR–VN: %d engagements, %d targets", len(rec.Engagements), len(rec.Targets))
	}
	var target *accord.Target
	for i := range rec.Targets {
		if len(rec.Targets[i].Mentions) > 1 {
			target = &rec.Targets[i]
		}
	}
	if target == nil {
		t.Fatal("no KR–VN target stated twice")
	}
	var persons []string
	for _, a := range rec.Actors {
		if a.Type == accord.Person {
			persons = append(persons, a.ID)
		}
	}
	if len(persons) < 2 {
		t.Fatalf("KR–VN has %d persons", len(persons))
	}
	for _, c := range []accord.Correction{
		{Kind: accord.CorrectRedateEngagement, Target: rec.Engagements[0].ID, Value: "2024-01-02", Note: "the readout's date is wrong"},
		{Kind: accord.CorrectDetachStatement, Target: target.ID, Articles: []string{target.Mentions[0].Article}, Note: "another target"},
		{Kind: accord.CorrectMergeActors, Target: persons[0], Other: persons[1], Note: "one person"},
	} {
		c.Author = "test"
		if _, err := curate.Add(ctx, db, c); err != nil {
			t.Fatalf("%s: %v", c.Kind, err)
		}
	}
	page := do(t, h, "GET", "/dyads/KR/VN", nil).Body.String()
	for _, want := range []string{`class="corrected-inline"`, "date " + rec.Engagements[0].Date + " → 2024-01-02", "the readout&#39;s date is wrong", `class="corrected"`, "another target"} {
		if !strings.Contains(page, want) {
			t.Errorf("the relationship page lacks %q", want)
		}
	}
	art := do(t, h, "GET", "/articles/"+rec.Engagements[0].Reports[0].Article, nil).Body.String()
	if !strings.Contains(art, "corrected (date "+rec.Engagements[0].Date+" → 2024-01-02: the readout&#39;s date is wrong") {
		i := strings.Index(art, "corrected")
		t.Errorf("the article page does not mark the re-dated engagement: %d %q", i, art[max(0, i-200):min(len(art), i+200)])
	}
	if page := do(t, h, "GET", "/actors/"+persons[0], nil).Body.String(); !strings.Contains(page, "Merged by an analyst") || !strings.Contains(page, `href="/actors/`+persons[1]+`"`) {
		t.Errorf("the merged actor's page shows no merge")
	}
}
