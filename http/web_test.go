package http

import (
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
)

// Tests of issue 11's home, event, country and output pages (home.go,
// event.go, country.go, outputs.go, pending.go).

func TestResolveCountry(t *testing.T) {
	cs := map[string]string{"VN": "Viet Nam", "KR": "Republic of Korea", "KP": "Democratic People's Republic of Korea", "US": "United States", "GB": "United Kingdom", "DO": "Dominican Republic"}
	opts := countryOptions(cs)
	tests := []struct {
		in, want string
		cands    int // candidates when want is ""
	}{
		{"Vietnam", "VN", 0},
		{"Viet Nam", "VN", 0},
		{"Việt Nam", "VN", 0},
		{"VN", "VN", 0},
		{"vn", "VN", 0},
		{"viet", "VN", 0}, // one country starts so
		{"ROK", "KR", 0},
		{"South Korea", "KR", 0},
		{"Korea", "KR", 0},
		{"U.S.", "US", 0},
		{"United States of America", "US", 0},
		{"uk", "GB", 0},
		{"Republic", "", 4}, // three Republics of … and the Socialist Republic of Viet Nam
		{"Atlantis", "", 0},
		{"", "", 0},
	}
	for _, tt := range tests {
		got, cands := resolveCountry(tt.in, opts)
		if got != tt.want || tt.want == "" && len(cands) != tt.cands {
			t.Errorf("resolveCountry(%q) = %q, %d candidates; want %q, %d", tt.in, got, len(cands), tt.want, tt.cands)
		}
	}
}

func TestInvitationState(t *testing.T) {
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC) }
	ev := func(dates ...string) []accord.Evidence {
		var out []accord.Evidence
		for _, d := range dates {
			out = append(out, accord.Evidence{Article: "a" + d, Published: d})
		}
		return out
	}
	tests := []struct {
		name    string
		e       accord.Engagement
		invited string
		state   string
	}{
		{"recent", accord.Engagement{Status: accord.StatusPending, Reports: ev("2025-11-02", "2025-10-01")}, "2025-10-01", inviteOpen},
		{"a year ago", accord.Engagement{Status: accord.StatusPending, Reports: ev("2025-02-27")}, "2025-02-27", inviteLapsed},
		{"taken up", accord.Engagement{Status: accord.StatusPending, ClosedBy: "e_1", Reports: ev("2020-01-01")}, "2020-01-01", inviteClosed},
		{"undated", accord.Engagement{Status: accord.StatusPending, Reports: []accord.Evidence{{Article: "x"}}}, "", inviteOpen},
		{"month only", accord.Engagement{Status: accord.StatusPending, Reports: ev("2020-01")}, "2020-01", inviteOpen},
	}
	for _, tt := range tests {
		if got := invitedOn(&tt.e); got != tt.invited {
			t.Errorf("%s: invitedOn = %q, want %q", tt.name, got, tt.invited)
		}
		if got := invitationState(&tt.e); got != tt.state {
			t.Errorf("%s: state = %q, want %q", tt.name, got, tt.state)
		}
	}
}

func TestFind(t *testing.T) {
	h := NewServer(relStore(t), Options{}).Handler()
	tests := []struct {
		target   string
		status   int
		location string
		body     string
	}{
		{"/find?a=Vietnam&b=ROK", 303, "/dyads/KR/VN", ""},
		{"/find?a=south+korea&b=Vi%E1%BB%87t+Nam", 303, "/dyads/KR/VN", ""},
		{"/find?a=VN", 303, "/countries/VN", ""},
		{"/find?b=kr", 303, "/countries/KR", ""},
		{"/find?a=Vietnam&b=Vietnam", 303, "/countries/VN", ""},
		{"/find", 303, "/", ""},
		{"/find?a=Atlantis", 404, "", "no such country in the record"},
		{"/find?a=Republic", 404, "", `href="/countries/KR"`},
	}
	for _, tt := range tests {
		w := do(t, h, "GET", tt.target, nil)
		if w.Code != tt.status || w.Header().Get("Location") != tt.location || !strings.Contains(w.Body.String(), tt.body) {
			t.Errorf("%s: %d → %q, want %d → %q with %q\n%s", tt.target, w.Code, w.Header().Get("Location"), tt.status, tt.location, tt.body, w.Body.String())
		}
	}
}

// TestEventPage checks an event's page over a record with a state visit
// reported by two outlets, its talks, signing and press conference, a later
// reference and the targets stated there.
func TestEventPage(t *testing.T) {
	db := relStore(t)
	s := NewServer(db, Options{})
	m, err := s.model(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var visit, talks *accord.Engagement
	for i := range m.rec.Engagements {
		if e := &m.rec.Engagements[i]; e.Type == accord.Visit && len(e.Countries) == 2 {
			visit = e
		}
	}
	for i := range m.rec.Engagements {
		if e := &m.rec.Engagements[i]; e.Type == accord.Talks && visit != nil && e.Parent == visit.ID {
			talks = e
		}
	}
	if visit == nil || talks == nil || talks.Parent != visit.ID {
		t.Fatalf("the record has no visit with its talks (visit %v, talks %v)", visit, talks)
	}
	page := func(id string) string {
		w := do(t, s.Handler(), "GET", "/engagements/"+id, nil)
		if w.Code != 200 {
			t.Fatalf("/engagements/%s: %d", id, w.Code)
		}
		return w.Body.String()
	}
	v := page(visit.ID)
	subs := 0
	for i := range m.rec.Engagements {
		if e := &m.rec.Engagements[i]; e.Parent == visit.ID {
			subs++
			if !strings.Contains(v, `href="/engagements/`+e.ID+`"`) {
				t.Errorf("the visit's page does not link its %s %s", e.Type, e.ID)
			}
		}
	}
	if subs < 2 {
		t.Errorf("the visit has %d sub-events, want talks, signing and more", subs)
	}
	for _, want := range []string{"Viet Nam side", "Later references", "recalled the state visit", `href="/countries/VN"`, `href="/dyads/KR/VN"`} {
		if !strings.Contains(v, want) {
			t.Errorf("the visit's page has no %q", want)
		}
	}
	for _, r := range visit.Reports {
		if !strings.Contains(v, `href="/articles/`+r.Article+"#"+factAnchor(visit.ID)+`"`) {
			t.Errorf("the visit's page does not link its report in %s", r.Article)
		}
	}
	tk := page(talks.ID)
	for _, want := range []string{"Part of", `href="/engagements/` + visit.ID + `"`, "Targets stated there", "150 billion", "in the same article", "Other events of the same visit"} {
		if !strings.Contains(tk, want) {
			t.Errorf("the talks' page has no %q", want)
		}
	}
	for _, p := range talks.Participants {
		if a := m.actors[p]; a != nil && !strings.Contains(tk, `href="/actors/`+a.ID+`"`) {
			t.Errorf("participant %s not linked", a.Name)
		}
	}
	if w := do(t, s.Handler(), "GET", "/engagements/e_nothing", nil); w.Code != 404 {
		t.Errorf("/engagements/e_nothing: %d", w.Code)
	}
	// The hostile article's markup stays text on its event's page.
	for i := range m.rec.Engagements {
		e := &m.rec.Engagements[i]
		if a := m.articles[e.Reports[0].Article]; strings.Contains(a.File, "hostile") {
			if body := page(e.ID); strings.Contains(body, "<script>alert") || strings.Contains(body, "<img src=x") {
				t.Errorf("markup of the hostile article is live on /engagements/%s", e.ID)
			}
		}
	}
}

func TestCountryPage(t *testing.T) {
	defer func(f func() time.Time) { today = f }(today)
	today = func() time.Time { return time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC) }
	h := NewServer(relStore(t), Options{}).Handler()
	tests := []struct {
		target   string
		status   int
		location string
		want     []string
	}{
		{"/countries/VN", 200, "", []string{"Viet Nam", "Relationships, most active first", `href="/dyads/KR/VN"`, "Leaders over time", "Targets", "GDP growth", "Multilateral events", "format=csv"}},
		{"/countries/vn", 301, "/countries/VN", nil},
		{"/countries/Vietnam", 301, "/countries/VN", nil},
		{"/countries/ZZ", 404, "", []string{"no country"}},
	}
	for _, tt := range tests {
		w := do(t, h, "GET", tt.target, nil)
		if w.Code != tt.status || w.Header().Get("Location") != tt.location {
			t.Errorf("%s: %d → %q, want %d → %q", tt.target, w.Code, w.Header().Get("Location"), tt.status, tt.location)
			continue
		}
		for _, s := range tt.want {
			if !strings.Contains(w.Body.String(), s) {
				t.Errorf("%s: no %q", tt.target, s)
			}
		}
	}
}

// TestPendingApart checks that invitations are dated by the invitation and
// listed apart from held engagements on actor pages.
func TestPendingApart(t *testing.T) {
	db := relStore(t)
	s := NewServer(db, Options{})
	m, err := s.model(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(m.rec.Pending) == 0 {
		t.Fatal("no invitation in the record")
	}
	p := m.rec.Pending[0]
	on := invitedOn(&p)
	if on == "" {
		t.Fatalf("invitation %s has no date", p.ID)
	}
	for _, target := range []string{"/dyads/KR/VN", "/actors/" + p.Participants[0], "/engagements/" + p.ID} {
		w := do(t, s.Handler(), "GET", target, nil)
		body := w.Body.String()
		if w.Code != 200 || !strings.Contains(body, `invited <time datetime="`+on+`">`) {
			t.Errorf("%s: %d, the invitation is not dated %s", target, w.Code, on)
		}
		if strings.Contains(target, "/actors/") {
			held, inv := strings.Index(body, `id="eng-h"`), strings.Index(body, `id="inv-h"`)
			if inv < 0 || strings.Count(body[held:inv], "Invitation ") > 0 {
				t.Errorf("%s: the invitation is listed among the engagements held", target)
			}
		}
	}
}

// TestCSV checks every list's CSV against its JSON: one row an item, same
// filters.
func TestCSV(t *testing.T) {
	db := relStore(t)
	h := NewServer(db, Options{}).Handler()
	tests := []struct {
		path  string
		items func(body []byte) int
		col   string
	}{
		{"/api/engagements?country=VN&status=all", pageItems, "participants"},
		{"/api/actors?country=KR", pageItems, "offices"},
		{"/api/targets?holder=VN", pageItems, "changes"},
		{"/api/search?q=trade", func(b []byte) int {
			var r struct{ Hits []any }
			json.Unmarshal(b, &r)
			return len(r.Hits)
		}, "title"},
		{"/api/dyads", func(b []byte) int {
			var r []any
			json.Unmarshal(b, &r)
			return len(r)
		}, "open_invitations"},
		{"/api/dyads?country=VN&sort=recent", func(b []byte) int {
			var r []any
			json.Unmarshal(b, &r)
			return len(r)
		}, "last_contact"},
		{"/api/dyads/KR/VN/timeline", func(b []byte) int {
			var r struct{ Engagements, Pending, Multilateral_engagements []any }
			json.Unmarshal(b, &r)
			return len(r.Engagements) + len(r.Pending) + len(r.Multilateral_engagements)
		}, "invitation"},
	}
	for _, tt := range tests {
		j := do(t, h, "GET", tt.path, nil)
		sep := "?"
		if strings.Contains(tt.path, "?") {
			sep = "&"
		}
		c := do(t, h, "GET", tt.path+sep+"format=csv", nil)
		if j.Code != 200 || c.Code != 200 || !strings.HasPrefix(c.Header().Get("Content-Type"), "text/csv") {
			t.Errorf("%s: JSON %d, CSV %d %q", tt.path, j.Code, c.Code, c.Header().Get("Content-Type"))
			continue
		}
		rows, err := csv.NewReader(c.Body).ReadAll()
		if err != nil {
			t.Errorf("%s: %v", tt.path, err)
			continue
		}
		n := tt.items(j.Body.Bytes())
		if n == 0 || len(rows) != n+1 {
			t.Errorf("%s: %d CSV rows for %d items", tt.path, len(rows)-1, n)
		}
		if len(rows) > 0 && !slices.Contains(rows[0], tt.col) {
			t.Errorf("%s: header %v has no %s", tt.path, rows[0], tt.col)
		}
	}
	// Joint targets are counted (the index does not count "bt:" keys).
	rows, _ := csv.NewReader(do(t, h, "GET", "/api/dyads?format=csv", nil).Body).ReadAll()
	if len(rows) < 2 || rows[1][0]+rows[1][1] != "KRVN" || rows[1][8] == "0" {
		t.Errorf("the KR–VN row does not count its joint targets: %q", rows)
	}
	// Errors stay JSON.
	if w := do(t, h, "GET", "/api/engagements?format=csv&type=nonsense", nil); w.Code != 400 || !strings.Contains(w.Header().Get("Content-Type"), "json") {
		t.Errorf("a bad CSV request: %d %q", w.Code, w.Header().Get("Content-Type"))
	}
}

func pageItems(b []byte) int {
	var p struct{ Items []any }
	json.Unmarshal(b, &p)
	return len(p.Items)
}

// TestAPIPage checks that /api shows every operation of the OpenAPI
// document.
func TestAPIPage(t *testing.T) {
	s := NewServer(relStore(t), Options{})
	w := do(t, s.Handler(), "GET", "/api", nil)
	if w.Code != 200 {
		t.Fatalf("/api: %d", w.Code)
	}
	body := w.Body.String()
	for _, r := range s.routes {
		if r.api && !strings.Contains(body, "<code>"+r.method+" "+r.path+"</code>") {
			t.Errorf("/api does not show %s %s", r.method, r.path)
		}
	}
	for _, want := range []string{`href="/api/openapi.json"`, "<code>format</code>", "one of json, csv", `aria-current="page">API</a>`} {
		if !strings.Contains(body, want) {
			t.Errorf("/api has no %q", want)
		}
	}
}

func TestBriefPage(t *testing.T) {
	h := NewServer(relStore(t), Options{}).Handler()
	w := do(t, h, "GET", "/dyads/KR/VN/brief", nil)
	if w.Code != 200 {
		t.Fatalf("brief: %d", w.Code)
	}
	for _, want := range []string{"Brief: ", "Latest contacts", "Targets", "Open invitations", `href="/api/dyads/KR/VN/brief"`, "bilateral trade"} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("brief has no %q", want)
		}
	}
	if w := do(t, h, "GET", "/dyads/VN/KR/brief", nil); w.Code != 301 || w.Header().Get("Location") != "/dyads/KR/VN/brief" {
		t.Errorf("/dyads/VN/KR/brief: %d → %q", w.Code, w.Header().Get("Location"))
	}
	css := do(t, h, "GET", "/static/style.css", nil).Body.String()
	if !regexp.MustCompile(`@media print \{[^@]*header\.site`).MatchString(css) {
		t.Error("style.css has no print rules hiding the site's header")
	}
}

// whsStore returns a store of the White House corpus and the seeds, built
// once with the accord binary of this tree and kept in the temporary folder
// under the binary's hash (so a change of code builds it again), or skips
// when the corpus is absent.
func whsStore(t testing.TB) *sqlite.DB {
	t.Helper()
	whsOnce.Do(func() { whsPath, whsErr = buildWHS() })
	if whsErr != nil {
		if os.IsNotExist(whsErr) {
			t.Skipf("corpus absent: %v", whsErr)
		}
		t.Fatal(whsErr)
	}
	db, err := sqlite.OpenReadOnly(context.Background(), whsPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

var (
	whsOnce sync.Once
	whsPath string
	whsErr  error
)

func buildWHS() (string, error) {
	if _, err := os.Stat(whitehouse); err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "accord-whs-bin")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "accord")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/accord").CombinedOutput(); err != nil {
		return "", fmt.Errorf("build accord: %v\n%s", err, out)
	}
	f, err := os.Open(bin)
	if err != nil {
		return "", err
	}
	hash := sha256.New()
	io.Copy(hash, f)
	f.Close()
	path := filepath.Join(os.TempDir(), "accord-whs-"+hex.EncodeToString(hash.Sum(nil))[:12]+".db")
	if _, err := os.Stat(path + ".done"); err == nil {
		return path, nil
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-lock"} {
		os.Remove(path + suffix)
	}
	if out, err := exec.Command(bin, "ingest", "--quiet", "--db", path, whitehouse, "../testdata/seeds").CombinedOutput(); err != nil {
		return "", fmt.Errorf("ingest: %v\n%s", err, out)
	}
	return path, os.WriteFile(path+".done", nil, 0o644)
}

// TestWhiteHouseHome checks the home page on the White House corpus and the
// seeds: at most 100 KB a page, pages that follow each other, both sorts in
// order, one country's relationships.
func TestWhiteHouseHome(t *testing.T) {
	db := whsStore(t)
	h := NewServer(db, Options{}).Handler()
	// A side is a country code or a regional bloc's ("ASEAN", "PIF"), as
	// the EU's is.
	rowRE := regexp.MustCompile(`<th scope="row"><a href="/dyads/([\w-]+)/([\w-]+)">[^<]*</a>[^\n]*\n\s*<td class="num">(\d+)</td>\n\s*<td>(?:<time datetime="([^"]*)">)?`)
	type row struct {
		a, b, n, last string
	}
	rows := func(target string) ([]row, string) {
		w := do(t, h, "GET", target, nil)
		if w.Code != 200 {
			t.Fatalf("%s: %d", target, w.Code)
		}
		if n := w.Body.Len(); n > 100_000 {
			t.Errorf("%s: %d bytes, want at most 100 KB", target, n)
		}
		var out []row
		for _, m := range rowRE.FindAllStringSubmatch(w.Body.String(), -1) {
			out = append(out, row{m[1], m[2], m[3], m[4]})
		}
		return out, w.Body.String()
	}
	first, body := rows("/")
	if len(first) != homeMax || !strings.Contains(body, `href="/?offset=50" rel="next"`) {
		t.Fatalf("home lists %d relationships, want %d and a next page", len(first), homeMax)
	}
	for i := 1; i < len(first); i++ {
		if atoiOr(first[i].n) > atoiOr(first[i-1].n) {
			t.Errorf("most active first: row %d has %s after %s", i, first[i].n, first[i-1].n)
		}
	}
	second, _ := rows("/?offset=50")
	if len(second) == 0 || second[0] == first[0] {
		t.Errorf("the second page repeats the first")
	}
	recent, _ := rows("/?sort=recent")
	for i := 1; i < len(recent); i++ {
		if recent[i].last > recent[i-1].last {
			t.Errorf("most recent first: %s after %s", recent[i].last, recent[i-1].last)
		}
	}
	us, _ := rows("/?country=US")
	for _, r := range us {
		if r.a != "US" && r.b != "US" {
			t.Errorf("the United States' relationships list %s–%s", r.a, r.b)
		}
	}
	if len(us) == 0 {
		t.Error("the United States have no relationship listed")
	}
}

func atoiOr(s string) int {
	n := 0
	fmt.Sscan(s, &n)
	return n
}
