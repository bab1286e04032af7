package http

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
)

func do(t testing.TB, h http.Handler, method, target string, body io.Reader, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func decode[T any](t testing.TB, w *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(w.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %T: %v\n%s", v, err, w.Body.String())
	}
	return v
}

func TestAPIErrors(t *testing.T) {
	db := relStore(t)
	h := NewServer(db, Options{}).Handler()
	tests := []struct {
		method, target string
		status         int
		code           string // error code, or "" for success
	}{
		{"GET", "/api/articles", 200, ""},
		{"GET", "/api/articles?limit=0", 400, "invalid"},
		{"GET", "/api/articles?limit=abc", 400, "invalid"},
		{"GET", "/api/articles?limit=1001", 400, "invalid"},
		{"GET", "/api/articles?offset=-1", 400, "invalid"},
		{"GET", "/api/articles?from=yesterday", 400, "invalid"},
		{"GET", "/api/articles?from=2025-13-45", 400, "invalid"},
		{"GET", "/api/engagements?to=2025-02-30", 400, "invalid"},
		{"GET", "/api/articles/0000000000000000", 404, "not_found"},
		{"GET", "/api/actors/nobody", 404, "not_found"},
		{"GET", "/api/actors?type=alien", 400, "invalid"},
		{"GET", "/api/engagements/e_nothing", 404, "not_found"},
		{"GET", "/api/engagements?type=duel", 400, "invalid"},
		{"GET", "/api/engagements?country=Vietnam", 400, "invalid"},
		{"GET", "/api/engagements?status=maybe", 400, "invalid"},
		{"GET", "/api/engagements?country=VN&country=KR", 200, ""},
		{"GET", "/api/targets/t_nothing", 404, "not_found"},
		{"GET", "/api/targets?holder=VN", 200, ""},
		{"GET", "/api/search?q=trade&type=duel", 400, "invalid"},
		{"GET", "/api/search?q=trade&year=20x6", 400, "invalid"},
		{"GET", "/api/search?q=trade", 200, ""},
		{"GET", "/api/dyads", 200, ""},
		{"GET", "/api/dyads/VN/VN/timeline", 400, "invalid"},
		{"GET", "/api/dyads/V1/KR/timeline", 400, "invalid"},
		{"GET", "/api/dyads/VN/ZZ/timeline", 404, "not_found"},
		{"GET", "/api/dyads/kr/vn/timeline", 200, ""},
		{"GET", "/api/dyads/VN/KR/brief?format=pdf", 400, "invalid"},
		{"GET", "/api/export", 200, ""},
		{"GET", "/api/openapi.json", 200, ""},
		{"GET", "/api/nothing", 404, "not_found"},
		{"DELETE", "/api/articles", 405, "method_not_allowed"},
		{"POST", "/api/articles?name=x.txt", 405, "method_not_allowed"}, // read-only server
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			w := do(t, h, tt.method, tt.target, nil)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q, want JSON", ct)
			}
			if tt.code == "" {
				return
			}
			e := decode[errorBody](t, w)
			if e.Error.Code != tt.code || e.Error.Message == "" {
				t.Errorf("error %+v, want code %q and a message", e.Error, tt.code)
			}
			if tt.status == 405 && w.Header().Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
}

// TestHostileSearch: a query beyond the bounds is a 400 stating the limit,
// on the API and the page; a repeated word is folded and served.
func TestHostileSearch(t *testing.T) {
	db := relStore(t)
	h := NewServer(db, Options{}).Handler()
	var words []string
	for i := range accord.MaxQueryTerms + 1 {
		words = append(words, "w"+strconv.Itoa(i))
	}
	many := url.QueryEscape(strings.Join(words, " OR "))
	long := url.QueryEscape(strings.Repeat("x", accord.MaxQueryBytes+1))
	for _, target := range []string{"/api/search?q=" + many, "/api/search?q=" + long, "/search?q=" + many} {
		w := do(t, h, "GET", target, nil)
		if w.Code != 400 || !strings.Contains(w.Body.String(), "at most") {
			t.Errorf("%.60s…: status %d, want 400 stating the limit: %.300s", target, w.Code, w.Body)
		}
	}
	w := do(t, h, "GET", "/api/search?q="+url.QueryEscape(strings.Repeat("trade ", 600)), nil)
	if w.Code != 200 {
		t.Errorf("a repeated word: status %d: %.300s", w.Code, w.Body)
	}
	// A search past its deadline is 503, not 500.
	defer func(d time.Duration) { accord.SearchTimeout = d }(accord.SearchTimeout)
	accord.SearchTimeout = time.Nanosecond
	if w := do(t, h, "GET", "/api/search?q=trade", nil); w.Code != 503 || decode[errorBody](t, w).Error.Code != accord.ETIMEOUT {
		t.Errorf("timed-out search: status %d: %.300s", w.Code, w.Body)
	}
}

// TestSearchMarksBalanced: stray highlight marks and control characters in
// stored text (from before read removed them) leave <mark> balanced.
func TestSearchMarksBalanced(t *testing.T) {
	db := relStore(t)
	body := "Stray \x03marks\x02 around zanzibarite \x03 and \x02\x02 again zanzibarite\x1b[2J here."
	a := &accord.Article{ID: accord.ArticleID("2025-02-02", body), File: "stray.txt", Title: "Stray", Published: "2025-02-02", Body: body}
	if _, err := db.PutArticles(context.Background(), []*accord.ArticleFacts{{Article: a}}); err != nil {
		t.Fatal(err)
	}
	h := NewServer(db, Options{}).Handler()
	for _, target := range []string{"/search?q=zanzibarite", "/api/search?q=zanzibarite"} {
		w := do(t, h, "GET", target, nil)
		page := w.Body.String()
		if w.Code != 200 || !strings.Contains(page, "zanzibarite") {
			t.Fatalf("%s: %d", target, w.Code)
		}
		o, c := strings.Count(page, "<mark>"), strings.Count(page, "</mark>")
		if strings.HasPrefix(target, "/api/") {
			o, c = strings.Count(page, `\u003cmark\u003e`), strings.Count(page, `\u003c/mark\u003e`)
		}
		if o != c || o == 0 {
			t.Errorf("%s: %d <mark> and %d </mark>: %.3000s", target, o, c, page)
		}
	}
}

// TestStaticFiles: assets are served; folders are not listed; a malformed
// path is a 400, not a 500.
func TestStaticFiles(t *testing.T) {
	h := NewServer(relStore(t), Options{}).Handler()
	assets, err := fs.ReadDir(files, "assets")
	if err != nil || len(assets) == 0 {
		t.Fatal(err)
	}
	var file string
	for _, e := range assets {
		if !e.IsDir() {
			file = e.Name()
			break
		}
	}
	tests := []struct {
		target string
		status int
	}{
		{"/static/" + file, 200},
		{"/static/", 404},
		{"/static/nothing.css", 404},
		{"/static/%c0%ae%c0%ae/etc/passwd", 400},
		{"/static/%ff", 400},
		{"/static/..%2fserver.go", 400},
	}
	for _, tt := range tests {
		w := do(t, h, "GET", tt.target, nil)
		if w.Code != tt.status {
			t.Errorf("%s: %d, want %d", tt.target, w.Code, tt.status)
		}
		if tt.status != 200 && strings.Contains(w.Body.String(), "<pre>") {
			t.Errorf("%s lists a folder", tt.target)
		}
	}
}

// TestInternalError checks that a failing store gives 500 without detail.
func TestInternalError(t *testing.T) {
	db := relStore(t)
	h := NewServer(db, Options{Logger: discardLogger()}).Handler()
	db.Close()
	for _, target := range []string{"/api/articles", "/api/dyads", "/api/search?q=trade"} {
		w := do(t, h, "GET", target, nil)
		if w.Code != 500 {
			t.Fatalf("%s: status %d, want 500: %s", target, w.Code, w.Body)
		}
		e := decode[errorBody](t, w)
		if e.Error.Code != "internal" || e.Error.Message != "internal error" {
			t.Errorf("%s: %+v, want a bare internal error", target, e.Error)
		}
	}
	if w := do(t, h, "GET", "/", nil); w.Code != 500 || !strings.Contains(w.Body.String(), "internal error") {
		t.Errorf("home on a closed store: %d", w.Code)
	}
}

func TestBrief(t *testing.T) {
	db := relStore(t)
	h := NewServer(db, Options{}).Handler()
	w := do(t, h, "GET", "/api/dyads/VN/KR/brief", nil)
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/markdown") {
		t.Fatalf("%d %s", w.Code, w.Header().Get("Content-Type"))
	}
	for _, want := range []string{"# ", "## Summary", "## Contacts by type and level", "## Latest contacts"} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("brief has no %q:\n%s", want, w.Body)
		}
	}
	if w := do(t, h, "GET", "/api/dyads/VN/KR/brief?since=yesterday", nil); w.Code != 400 {
		t.Errorf("since=yesterday: %d, want 400", w.Code)
	}
	w = do(t, h, "GET", "/api/dyads/VN/KR/brief?format=json", nil)
	b := decode[brief](t, w)
	if b.Countries != [2]string{"KR", "VN"} || b.Engagements == 0 {
		t.Errorf("brief JSON: %+v", b)
	}
}

func TestPagination(t *testing.T) {
	db := relStore(t)
	h := NewServer(db, Options{}).Handler()
	for _, base := range []string{"/api/articles?", "/api/engagements?status=all&", "/api/actors?"} {
		all := decode[page[map[string]any]](t, do(t, h, "GET", base+"limit=1000", nil))
		if all.Total == 0 || len(all.Items) != all.Total {
			t.Fatalf("%s: total %d, %d items", base, all.Total, len(all.Items))
		}
		var ids []string
		for off := 0; off < all.Total+2; off += 2 {
			p := decode[page[map[string]any]](t, do(t, h, "GET", base+"limit=2&offset="+itoa(off), nil))
			if p.Total != all.Total || p.Limit != 2 || p.Offset != off {
				t.Fatalf("%s offset %d: envelope %d/%d/%d", base, off, p.Total, p.Limit, p.Offset)
			}
			if want := min(2, max(0, all.Total-off)); len(p.Items) != want {
				t.Fatalf("%s offset %d: %d items, want %d", base, off, len(p.Items), want)
			}
			for _, it := range p.Items {
				ids = append(ids, it["id"].(string))
			}
		}
		var want []string
		for _, it := range all.Items {
			want = append(want, it["id"].(string))
		}
		if !slices.Equal(ids, want) {
			t.Errorf("%s: pages give %v, want %v", base, ids, want)
		}
	}
}

func TestWriteToken(t *testing.T) {
	db := relStore(t)
	s := NewServer(db, Options{WriteToken: "s3cret-token", Ingest: ingester(db), MaxBodyBytes: 4096})
	h := s.Handler()
	calls := 0
	orig := constantTimeCompare
	constantTimeCompare = func(x, y []byte) int { calls++; return orig(x, y) }
	t.Cleanup(func() { constantTimeCompare = orig })

	before := decode[page[*accord.Article]](t, do(t, h, "GET", "/api/articles", nil)).Total
	body := func() io.Reader { return strings.NewReader(hostile + "\nA second edition.\n") }
	tests := []struct {
		name, target, auth string
		body               io.Reader
		status             int
		code               string
	}{
		{"missing token", "/api/articles?name=a.txt", "", body(), 401, "unauthorized"},
		{"not bearer", "/api/articles?name=a.txt", "Basic czNjcmV0LXRva2Vu", body(), 401, "unauthorized"},
		{"wrong token", "/api/articles?name=a.txt", "Bearer s3cret-tokem", body(), 403, "forbidden"},
		{"prefix of token", "/api/articles?name=a.txt", "Bearer s3cret", body(), 403, "forbidden"},
		{"no name", "/api/articles", "Bearer s3cret-token", body(), 400, "invalid"},
		{"path in name", "/api/articles?name=../a.txt", "Bearer s3cret-token", body(), 400, "invalid"},
		{"too large", "/api/articles?name=big.txt", "Bearer s3cret-token", bytes.NewReader(bytes.Repeat([]byte("a "), 4096)), 413, "too_large"},
		{"right token", "/api/articles?name=a.txt", "Bearer s3cret-token", body(), 201, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, h, "POST", tt.target, tt.body, "Authorization", tt.auth)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tt.status, w.Body)
			}
			if tt.code != "" {
				if e := decode[errorBody](t, w); e.Error.Code != tt.code {
					t.Errorf("code %q, want %q", e.Error.Code, tt.code)
				}
			}
		})
	}
	if calls < 4 {
		t.Errorf("tokens compared %d times with subtle.ConstantTimeCompare, want every check", calls)
	}
	// The new article is visible at once: the cache follows the generation.
	if after := decode[page[*accord.Article]](t, do(t, h, "GET", "/api/articles", nil)).Total; after != before+1 {
		t.Errorf("articles %d after ingest, want %d", after, before+1)
	}
	// One ingest at a time: a second concurrent one is told to retry.
	s.ingesting <- struct{}{}
	w := do(t, h, "POST", "/api/articles?name=b.txt", body(), "Authorization", "Bearer s3cret-token")
	<-s.ingesting
	if w.Code != 429 || w.Header().Get("Retry-After") == "" {
		t.Errorf("concurrent ingest: %d, Retry-After %q", w.Code, w.Header().Get("Retry-After"))
	}
}

// TestOpenAPI checks that every registered API route is documented, with
// its path parameters, and that the document describes no other route.
func TestOpenAPI(t *testing.T) {
	s := NewServer(nil, Options{WriteToken: "x", Ingest: func(context.Context, Upload) (any, error) { return nil, nil }})
	w := do(t, s.Handler(), "GET", "/api/openapi.json", nil)
	var doc struct {
		OpenAPI string `json:"openapi"`
		Paths   map[string]map[string]struct {
			Parameters []struct {
				Ref  string `json:"$ref"`
				Name string `json:"name"`
				In   string `json:"in"`
			} `json:"parameters"`
			Responses map[string]any `json:"responses"`
		} `json:"paths"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.0") {
		t.Errorf("openapi %q", doc.OpenAPI)
	}
	registered := map[string]bool{}
	param := regexp.MustCompile(`\{(\w+)\}`)
	for _, r := range s.routes {
		if !r.api {
			continue
		}
		key := strings.ToLower(r.method) + " " + r.path
		registered[key] = true
		op, ok := doc.Paths[r.path][strings.ToLower(r.method)]
		if !ok {
			t.Errorf("route %s %s is not documented", r.method, r.path)
			continue
		}
		if len(op.Responses) == 0 {
			t.Errorf("%s: no responses", key)
		}
		for _, m := range param.FindAllStringSubmatch(r.path, -1) {
			found := false
			for _, p := range op.Parameters {
				found = found || p.Name == m[1] && p.In == "path" || p.Ref == "#/components/parameters/"+m[1]
			}
			if !found {
				t.Errorf("%s: path parameter %s not documented", key, m[1])
			}
		}
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			if !registered[method+" "+path] {
				t.Errorf("documented %s %s is not a route", method, path)
			}
		}
	}
}

func TestPages(t *testing.T) {
	db := relStore(t)
	h := NewServer(db, Options{}).Handler()
	m := must(NewServer(db, Options{}).model(context.Background()))
	if len(m.dyads) == 0 || len(m.rec.Actors) == 0 {
		t.Fatalf("seed store has %d dyads, %d actors", len(m.dyads), len(m.rec.Actors))
	}
	art := must(db.Articles(context.Background(), accord.ArticleFilter{Limit: 1}))
	var person string
	for _, a := range m.rec.Actors {
		if a.Type == accord.Person {
			person = a.ID
			break
		}
	}
	tests := []struct {
		target string
		status int
		want   string
	}{
		{"/", 200, "Relations"},
		{"/dyads/KR/VN", 200, "Timeline"},
		{"/search", 200, "Search"},
		{"/search?q=trade", 200, "<mark>"},
		{"/search?q=trade&country=KR", 200, "Remove filter"},
		{"/search?q=%22trade", 200, "<mark>"}, // an unclosed quote is searched as typed
		{"/search?q=-trade", 400, `role="alert"`},
		{"/dyads/KR/VN?from=2020&to=2030-06", 200, "Timeline"},
		{"/dyads/KR/VN?from=yesterday", 400, "from"},
		{"/dyads/KR/VN/timeline.svg", 200, `xmlns="http://www.w3.org/2000/svg"`},
		{"/dyads/KR/VN/areas.svg", 200, "<svg"},
		{"/actors/" + person + "/timeline.svg", 200, "<svg"},
		{"/articles/" + art[0].ID, 200, "Extracted"},
		{"/actors/" + person, 200, "Offices"},
		{"/actors/nobody", 404, "404"},
		{"/articles/nope", 404, "404"},
		{"/dyads/VN/ZZ", 404, "404"},
		{"/nothing/here", 404, "404"},
		{"/static/style.css", 200, "--ink"},
		{"/static/app.js", 200, "use strict"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			w := do(t, h, "GET", tt.target, nil)
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d", w.Code, tt.status)
			}
			body := w.Body.String()
			if !strings.Contains(body, tt.want) {
				t.Errorf("no %q in\n%s", tt.want, body)
			}
			if strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
				for _, landmark := range []string{`<html lang="en">`, "<title>", `<main id="main"`, `href="#main"`, "<nav", `role="search"`} {
					if !strings.Contains(body, landmark) {
						t.Errorf("no %s", landmark)
					}
				}
			}
		})
	}
	// One address per relationship.
	if w := do(t, h, "GET", "/dyads/vn/kr", nil); w.Code != 301 || w.Header().Get("Location") != "/dyads/KR/VN" {
		t.Errorf("/dyads/vn/kr: %d → %q", w.Code, w.Header().Get("Location"))
	}
	// An engagement's page links its reports, at the sentence.
	e := m.dyads[0].Engagements[0]
	if w := do(t, h, "GET", "/engagements/"+e.ID, nil); w.Code != 200 || !strings.Contains(w.Body.String(), `href="/articles/`+e.Reports[0].Article+"#"+factAnchor(e.ID)) {
		t.Errorf("/engagements/%s: %d, no link to its report", e.ID, w.Code)
	}
}

func must[T any](v T, _ ...any) T { return v }

// TestEscaping checks that article text carrying markup is shown as text on
// every page and in snippets.
func TestEscaping(t *testing.T) {
	db := relStore(t)
	ctx := context.Background()
	h := NewServer(db, Options{}).Handler()
	a, err := db.ArticleByFile(ctx, hostileName)
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewServer(db, Options{}).model(ctx)
	if err != nil {
		t.Fatal(err)
	}
	targets := []string{"/", "/search?q=alert", "/search?q=onerror", "/search?q=script", "/articles/" + a.ID}
	for _, d := range m.dyads {
		targets = append(targets, "/dyads/"+d.A+"/"+d.B)
	}
	for _, act := range m.rec.Actors {
		targets = append(targets, "/actors/"+act.ID)
	}
	for _, tg := range m.rec.Targets {
		targets = append(targets, "/targets/"+tg.ID)
	}
	raw := regexp.MustCompile(`(?i)<script>alert|<img|onerror=alert\(\d\)>`)
	for _, target := range targets {
		w := do(t, h, "GET", target, nil)
		if w.Code != 200 {
			t.Errorf("%s: status %d", target, w.Code)
			continue
		}
		if loc := raw.FindStringIndex(w.Body.String()); loc != nil {
			b := w.Body.String()
			t.Errorf("%s: unescaped markup %q", target, b[max(0, loc[0]-80):min(len(b), loc[1]+80)])
		}
	}
	page := do(t, h, "GET", "/articles/"+a.ID, nil).Body.String()
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(page, "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;") {
		t.Errorf("article page does not show the markup as text:\n%s", page)
	}
	res := decode[searchResponse](t, do(t, h, "GET", "/api/search?q=alert", nil))
	if len(res.Hits) == 0 {
		t.Fatal("no hit for alert")
	}
	for _, hit := range res.Hits {
		if raw.MatchString(hit.SnippetHTML) || !strings.Contains(hit.SnippetHTML, "<mark>") {
			t.Errorf("snippet_html %q", hit.SnippetHTML)
		}
	}
}

func TestSegments(t *testing.T) {
	f := func(s string) fact { return fact{Anchor: s} }
	body := "Aé b. Cd e. Fg."
	tests := []struct {
		name  string
		spans []span
		want  []string // segment texts, facts in [brackets]
	}{
		{"none", nil, []string{"Aé b. Cd e. Fg."}},
		{"one", []span{{7, 12, f("x")}}, []string{"Aé b. ", "[Cd e.]", " Fg."}},
		{"whole", []span{{0, len(body), f("x")}}, []string{"[Aé b. Cd e. Fg.]"}},
		{"overlap merges", []span{{0, 7, f("x")}, {3, 12, f("y")}}, []string{"[Aé b. Cd e.]", " Fg."}},
		{"same twice", []span{{7, 12, f("x")}, {7, 12, f("y")}}, []string{"Aé b. ", "[Cd e.]", " Fg."}},
		{"outside dropped", []span{{-1, 3, f("x")}, {10, 99, f("y")}, {5, 5, f("z")}, {6, 2, f("w")}}, []string{"Aé b. Cd e. Fg."}},
		{"mid-rune dropped", []span{{2, 5, f("x")}, {0, 2, f("y")}}, []string{"Aé b. Cd e. Fg."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range segments(body, tt.spans) {
				if s.Facts != nil {
					got = append(got, "["+s.Text+"]")
				} else {
					got = append(got, s.Text)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzSegments checks that any offsets give the body back whole, in order,
// in valid UTF-8 pieces.
func FuzzSegments(f *testing.F) {
	f.Add("Tô Lâm held talks. Both sides agreed.", 0, 19, 3, 40)
	f.Add("ab", -5, 1, 1, 2)
	f.Fuzz(func(t *testing.T, body string, s1, e1, s2, e2 int) {
		segs := segments(body, []span{{s1, e1, fact{Anchor: "a"}}, {s2, e2, fact{Anchor: "b"}}})
		var b strings.Builder
		for _, s := range segs {
			if s.Text == "" {
				t.Fatalf("empty segment in %q", segs)
			}
			b.WriteString(s.Text)
		}
		if b.String() != body {
			t.Fatalf("segments %q do not rebuild %q", segs, body)
		}
		for _, p := range paragraphs(segs) {
			for _, s := range p {
				_ = s.Text
			}
		}
	})
}

// FuzzSearchQuery checks that any query string parses or fails with EINVALID.
func FuzzSearchQuery(f *testing.F) {
	f.Add("q=trade&country=VN,kr&year=2026&type=talks&limit=5&offset=2")
	f.Add("from=2026-01&to=2026&country=%00")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := parseQuery(raw)
		if err != nil {
			return
		}
		limit, offset, err := listParams(q)
		if err != nil {
			if accord.ErrorCode(err) != accord.EINVALID {
				t.Fatal(err)
			}
			return
		}
		sq, err := searchQuery(q, limit, offset)
		if err != nil {
			if accord.ErrorCode(err) != accord.EINVALID {
				t.Fatal(err)
			}
			return
		}
		if sq.Limit < 1 || sq.Limit > maxLimit || sq.Offset < 0 {
			t.Fatalf("limit %d offset %d", sq.Limit, sq.Offset)
		}
		for _, c := range sq.Countries {
			if !isAlpha2(c) {
				t.Fatalf("country %q", c)
			}
		}
		for _, d := range []string{sq.From, sq.To} {
			if d != "" && len(d) != 10 {
				t.Fatalf("date %q", d)
			}
		}
	})
}
