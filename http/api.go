package http

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/view"
)

// Pagination bounds of list calls.
const (
	defaultLimit = 50
	maxLimit     = 1000
)

// page is the envelope of every paginated list.
type page[T any] struct {
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
	Items  []T `json:"items"`
}

func paginate[T any](all []T, limit, offset int) page[T] {
	p := page[T]{Total: len(all), Limit: limit, Offset: offset, Items: []T{}}
	if offset < len(all) {
		p.Items = all[offset:min(len(all), offset+limit)]
	}
	return p
}

// errorBody is the JSON of every API error.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func writeJSONError(w http.ResponseWriter, status int, code, msg string) {
	var b errorBody
	b.Error.Code, b.Error.Message = code, msg
	writeJSON(w, status, b)
}

// errorStatus maps an error to its HTTP status and public code and message.
// Internal errors are logged and never detailed to the client.
func (s *Server) errorStatus(r *http.Request, err error) (int, string, string) {
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return http.StatusRequestEntityTooLarge, "too_large", "the request body exceeds " + strconv.FormatInt(tooBig.Limit, 10) + " bytes"
	}
	switch code := accord.ErrorCode(err); code {
	case accord.EINVALID:
		return http.StatusBadRequest, code, accord.ErrorMessage(err)
	case accord.ENOTFOUND:
		return http.StatusNotFound, code, accord.ErrorMessage(err)
	case accord.ECONFLICT:
		return http.StatusConflict, code, accord.ErrorMessage(err)
	case accord.ETIMEOUT:
		return http.StatusServiceUnavailable, code, accord.ErrorMessage(err)
	}
	if r.Context().Err() == nil {
		s.opts.Logger.Printf("http: %s %s: %v", r.Method, r.URL.Path, err)
	}
	return http.StatusInternalServerError, accord.EINTERNAL, "internal error"
}

func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	status, code, msg := s.errorStatus(r, err)
	writeJSONError(w, status, code, msg)
}

// listParams reads limit and offset.
func listParams(q url.Values) (limit, offset int, err error) {
	limit, offset = defaultLimit, 0
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxLimit {
			return 0, 0, accord.ErrorAt(accord.EINVALID, "limit", "want an integer from 1 to %d, got %q", maxLimit, v)
		}
		limit = n
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return 0, 0, accord.ErrorAt(accord.EINVALID, "offset", "want a non-negative integer, got %q", v)
		}
		offset = n
	}
	return limit, offset, nil
}

// dateParam reads a YYYY, YYYY-MM or YYYY-MM-DD bound.
func dateParam(q url.Values, name string) (string, error) {
	v := q.Get(name)
	if v == "" || validDate(v) {
		return v, nil
	}
	return "", accord.ErrorAt(accord.EINVALID, name, "want a date YYYY-MM-DD, got %q", v)
}

func validDate(v string) bool {
	if len(v) != 4 && len(v) != 7 && len(v) != 10 {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	// A real month and day: 2025-13-45 and 2025-02-30 are no dates.
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(v)]
	_, err := time.Parse(layout, v)
	return err == nil
}

// countryParams reads alpha-2 codes (country=VN&country=KR or country=VN,KR).
func countryParams(q url.Values, name string) ([]string, error) {
	var out []string
	for _, v := range q[name] {
		for _, c := range strings.Split(v, ",") {
			c = strings.ToUpper(strings.TrimSpace(c))
			if c == "" {
				continue
			}
			if !isAlpha2(c) {
				return nil, accord.ErrorAt(accord.EINVALID, name, "want an ISO 3166-1 alpha-2 code, got %q", c)
			}
			out = append(out, c)
		}
	}
	return out, nil
}

func isAlpha2(c string) bool {
	return len(c) == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z'
}

// isSideCode reports whether c names a side of a relationship: a country's
// alpha-2 code, or a regional bloc's code ("ASEAN", "AFRICAN-UNION"), which
// the extractor gives a bloc that meets a partner as one side (as the EU's
// "EU" already is).
func isSideCode(c string) bool {
	if isAlpha2(c) {
		return true
	}
	if len(c) < 3 || len(c) > 24 || c[0] == '-' || c[len(c)-1] == '-' {
		return false
	}
	for i := 0; i < len(c); i++ {
		if (c[i] < 'A' || c[i] > 'Z') && c[i] != '-' {
			return false
		}
	}
	return true
}

// dyadParams reads the {a} and {b} of a dyad path.
func dyadParams(r *http.Request) (a, b string, err error) {
	a, b = strings.ToUpper(r.PathValue("a")), strings.ToUpper(r.PathValue("b"))
	if !isSideCode(a) || !isSideCode(b) {
		return "", "", accord.Errorf(accord.EINVALID, "a dyad is two ISO 3166-1 alpha-2 codes or regional blocs' codes, got %q and %q", r.PathValue("a"), r.PathValue("b"))
	}
	if a == b {
		return "", "", accord.Errorf(accord.EINVALID, "a dyad needs two different countries, got %s twice", a)
	}
	return a, b, nil
}

func oneOf(q url.Values, name string, allowed []string) (string, error) {
	v := q.Get(name)
	if v == "" || slices.Contains(allowed, v) {
		return v, nil
	}
	return "", accord.ErrorAt(accord.EINVALID, name, "want one of %s, got %q", strings.Join(allowed, ", "), v)
}

func engagementTypes() []string {
	out := make([]string, len(accord.EngagementTypes))
	for i, t := range accord.EngagementTypes {
		out[i] = string(t)
	}
	return out
}

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	b, err := files.ReadFile("openapi.json")
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(b)
}

func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, offset, err := listParams(q)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	f := accord.ArticleFilter{Source: q.Get("source"), Limit: limit, Offset: offset}
	if f.From, err = dateParam(q, "from"); err != nil {
		s.apiError(w, r, err)
		return
	}
	if f.To, err = dateParam(q, "to"); err != nil {
		s.apiError(w, r, err)
		return
	}
	arts, total, err := s.store.Articles(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if arts == nil {
		arts = []*accord.Article{}
	}
	writeJSON(w, http.StatusOK, page[*accord.Article]{Total: total, Limit: limit, Offset: offset, Items: arts})
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	a, err := s.store.Article(r.Context(), id)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	facts, err := s.store.Facts(r.Context(), id)
	if err != nil && accord.ErrorCode(err) != accord.ENOTFOUND {
		s.apiError(w, r, err)
		return
	}
	if facts != nil {
		facts.Article = nil // the article is given once, with its body
	}
	writeJSON(w, http.StatusOK, struct {
		Article *accord.Article      `json:"article"`
		Facts   *accord.ArticleFacts `json:"facts"`
	}{a, facts})
}

func (s *Server) handlePostArticle(w http.ResponseWriter, r *http.Request) {
	if !s.authorize(w, r) {
		return
	}
	name := r.URL.Query().Get("name")
	if name == "" || strings.ContainsAny(name, "/\\\x00") {
		writeJSONError(w, http.StatusBadRequest, accord.EINVALID, "name: want the file's base name, as in ?name=report.md")
		return
	}
	replace := false
	switch v := r.URL.Query().Get("replace"); v {
	case "", "0", "false":
	case "1", "true":
		replace = true
	default:
		writeJSONError(w, http.StatusBadRequest, accord.EINVALID, "replace: want 1 or 0, got "+strconv.Quote(v))
		return
	}
	// The body first, then the slot: a slow client must not hold the one
	// ingest slot while it trickles its body in.
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	select {
	case s.ingesting <- struct{}{}:
		defer func() { <-s.ingesting }()
	default:
		w.Header().Set("Retry-After", "5")
		writeJSONError(w, http.StatusTooManyRequests, "too_many_requests", "another file is being ingested; retry shortly")
		return
	}
	res, err := s.opts.Ingest(r.Context(), Upload{Name: name, Data: data, Replace: replace})
	s.invalidate()
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, res)
}

// searchHit is a search hit with its snippet as plain text and as HTML
// (escaped, matches in <mark>).
type searchHit struct {
	Article     *accord.Article `json:"article"`
	Snippet     string          `json:"snippet"`
	SnippetHTML string          `json:"snippet_html"`
	Score       float64         `json:"score"`
}

type searchResponse struct {
	// Total counts matches up to accord.SearchCap; capped says there are
	// more than that.
	Total  int                            `json:"total"`
	Capped bool                           `json:"capped"`
	Sort   string                         `json:"sort"`
	Limit  int                            `json:"limit"`
	Offset int                            `json:"offset"`
	Hits   []searchHit                    `json:"hits"`
	Facets map[string][]accord.FacetCount `json:"facets"`
}

// searchQuery reads a search from query parameters, shared by the API and
// the search page. year=YYYY narrows from and to.
func searchQuery(q url.Values, limit, offset int) (accord.SearchQuery, error) {
	sq := accord.SearchQuery{Query: view.ExpandCountries(strings.TrimSpace(q.Get("q"))), Source: q.Get("source"), Limit: limit, Offset: offset, Facets: true}
	var err error
	if sq.Sort, err = oneOf(q, "sort", []string{accord.SortNewest, accord.SortRelevance}); err != nil {
		return sq, err
	}
	if sq.From, err = dateParam(q, "from"); err != nil {
		return sq, err
	}
	if sq.To, err = dateParam(q, "to"); err != nil {
		return sq, err
	}
	if y := q.Get("year"); y != "" {
		if len(y) != 4 || !validDate(y) {
			return sq, accord.ErrorAt(accord.EINVALID, "year", "want YYYY, got %q", y)
		}
		sq.From, sq.To = max(sq.From, y+"-01-01"), y+"-12-31"
	}
	if len(sq.From) == 4 {
		sq.From += "-01-01"
	} else if len(sq.From) == 7 {
		sq.From += "-01"
	}
	if len(sq.To) == 4 {
		sq.To += "-12-31"
	} else if len(sq.To) == 7 {
		sq.To += "-31"
	}
	if sq.Countries, err = countryParams(q, "country"); err != nil {
		return sq, err
	}
	sq.Areas = q["area"]
	for _, t := range q["type"] {
		if !slices.Contains(engagementTypes(), t) {
			return sq, accord.ErrorAt(accord.EINVALID, "type", "want an engagement type (%s), got %q", strings.Join(engagementTypes(), ", "), t)
		}
		sq.Types = append(sq.Types, t)
	}
	return sq, nil
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, offset, err := listParams(q)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	sq, err := searchQuery(q, limit, offset)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	res, err := s.search(r.Context(), sq)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	out := searchResponse{Total: res.Total, Capped: res.Capped, Sort: sq.Sort, Limit: limit, Offset: offset, Hits: []searchHit{}, Facets: res.Facets}
	if out.Sort == "" {
		out.Sort = accord.SortNewest
	}
	if out.Facets == nil {
		out.Facets = map[string][]accord.FacetCount{}
	}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, searchHit{
			Article:     h.Article,
			Snippet:     accord.Highlight(h.Snippet, "", "", nil),
			SnippetHTML: string(snippetHTML(h.Snippet)),
			Score:       h.Score,
		})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, offset, err := listParams(q)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	typ, err := oneOf(q, "type", []string{string(accord.Person), string(accord.Country), string(accord.Organization), string(accord.Place)})
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	countries, err := countryParams(q, "country")
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	name := accord.Fold(q.Get("q"))
	p := window[*accord.Actor]{limit: limit, offset: offset}
	keep := func(a *accord.Actor) {
		if typ != "" && string(a.Type) != typ || len(countries) > 0 && !slices.Contains(countries, a.Country) {
			return
		}
		if name != "" && !actorMatches(a, name) {
			return
		}
		p.add(a)
	}
	if len(countries) > 0 {
		// A country's actors, from the index.
		var keys []string
		for _, c := range countries {
			keys = append(keys, accord.KeyCountry+c)
		}
		rec, err := s.store.RecordOf(r.Context(), accord.RecordQuery{Keys: keys, Kind: accord.KindActor})
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		for i := range rec.Actors {
			keep(&rec.Actors[i])
		}
	} else if err := s.store.EachEntity(r.Context(), accord.EntityQuery{Kind: accord.KindActor}, func(v any) error {
		keep(v.(*accord.Actor))
		return nil
	}); err != nil {
		s.apiError(w, r, err)
		return
	}
	// The page's actors whole, with the article keys merged into them.
	for i, a := range p.items {
		whole := *a
		if whole.Keys, err = s.store.KeysOf(r.Context(), a.ID); err != nil {
			s.apiError(w, r, err)
			return
		}
		p.items[i] = &whole
	}
	writeJSON(w, http.StatusOK, p.page())
}

// window keeps one page of a stream of items, and counts them all.
type window[T any] struct {
	limit, offset, n int
	items            []T
}

func (p *window[T]) add(v T) {
	if p.n >= p.offset && p.n < p.offset+p.limit {
		p.items = append(p.items, v)
	}
	p.n++
}

func (p *window[T]) page() page[T] {
	return page[T]{Total: p.n, Limit: p.limit, Offset: p.offset, Items: nonNil(p.items)}
}

func actorMatches(a *accord.Actor, folded string) bool {
	if strings.Contains(accord.Fold(a.Name), folded) {
		return true
	}
	for _, al := range a.Aliases {
		if strings.Contains(accord.Fold(al), folded) {
			return true
		}
	}
	return false
}

func (s *Server) handleActor(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := listParams(r.URL.Query())
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	a, err := s.actorOf(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	m, _, err := s.actorModel(r.Context(), a, true)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	// The actor whole, with the article keys merged into it.
	whole := *a
	if whole.Keys, err = s.store.KeysOf(r.Context(), a.ID); err != nil {
		s.apiError(w, r, err)
		return
	}
	a = &whole
	writeJSON(w, http.StatusOK, struct {
		Actor       *accord.Actor            `json:"actor"`
		Engagements page[*accord.Engagement] `json:"engagements"`
	}{a, paginate(m.byActor[a.ID], limit, offset)})
}

func (s *Server) handleEngagements(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, offset, err := listParams(q)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	var f engagementFilter
	if f.Countries, err = countryParams(q, "country"); err == nil {
		if f.From, err = dateParam(q, "from"); err == nil {
			if f.To, err = dateParam(q, "to"); err == nil {
				if f.Type, err = oneOf(q, "type", engagementTypes()); err == nil {
					f.Status, err = oneOf(q, "status", []string{accord.StatusHeld, accord.StatusPending, "all"})
				}
			}
		}
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	f.Area, f.Actor = q.Get("area"), q.Get("actor")
	p, err := s.filterEngagements(r.Context(), f, limit, offset)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (s *Server) handleEngagement(w http.ResponseWriter, r *http.Request) {
	m, err := s.idModel(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	e := m.engagements[r.PathValue("id")]
	if e == nil {
		s.apiError(w, r, accord.Errorf(accord.ENOTFOUND, "no engagement %q", r.PathValue("id")))
		return
	}
	writeJSON(w, http.StatusOK, e)
}

func (s *Server) handleTargets(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, offset, err := listParams(q)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	holders, err := countryParams(q, "holder")
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	metric := accord.Fold(q.Get("metric"))
	p := window[*accord.Target]{limit: limit, offset: offset}
	keep := func(t *accord.Target) {
		if containsAll(t.Holders, holders) && strings.Contains(accord.Fold(t.Metric), metric) {
			p.add(t)
		}
	}
	if len(holders) > 0 {
		keys := []string{accord.KeyCountry + holders[0]}
		var all []string
		for _, h := range holders[1:] {
			all = append(all, accord.KeyCountry+h)
		}
		rec, err := s.store.RecordOf(r.Context(), accord.RecordQuery{Keys: keys, All: all, Kind: accord.KindTarget})
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		slices.SortFunc(rec.Targets, func(x, y accord.Target) int { // as the store streams them
			return cmp.Or(strings.Compare(x.Deadline, y.Deadline), strings.Compare(x.ID, y.ID))
		})
		for i := range rec.Targets {
			keep(&rec.Targets[i])
		}
	} else if err := s.store.EachEntity(r.Context(), accord.EntityQuery{Kind: accord.KindTarget}, func(v any) error {
		keep(v.(*accord.Target))
		return nil
	}); err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p.page())
}

func (s *Server) handleTarget(w http.ResponseWriter, r *http.Request) {
	m, err := s.idModel(r.Context(), r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	t := m.targets[r.PathValue("id")]
	if t == nil {
		s.apiError(w, r, accord.Errorf(accord.ENOTFOUND, "no target %q", r.PathValue("id")))
		return
	}
	writeJSON(w, http.StatusOK, t)
}

// dyadSummary is a dyad in GET /api/dyads.
type dyadSummary struct {
	Countries   [2]string `json:"countries"`
	Names       [2]string `json:"names"`
	Engagements int       `json:"engagements"` // bilateral
	// Multilateral counts the gatherings of more countries both attended.
	Multilateral int    `json:"multilateral"`
	Pending      int    `json:"pending"`
	Targets      int    `json:"targets"`
	LastContact  string `json:"last_contact,omitempty"`
	// Window, on a busy relationship, says that the lists hold only the
	// latest contacts of the range asked (from, to): Engagements counts
	// those, Window.Total all of them.
	Window *view.PairWindow `json:"window,omitempty"`
}

func (m *model) summary(d *dyad) dyadSummary {
	return dyadSummary{
		Countries:    [2]string{d.A, d.B},
		Names:        [2]string{m.countryName(d.A), m.countryName(d.B)},
		Engagements:  len(d.Engagements),
		Multilateral: max(d.gatherings, len(d.Multilateral)),
		Pending:      len(d.Pending),
		Targets:      len(d.Targets),
		LastContact:  d.Last,
		Window:       m.window,
	}
}

func (s *Server) handleDyads(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("limit") == "" {
		q.Set("limit", itoa(maxLimit))
	}
	limit, offset, err := listParams(q)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	var out []dyadRow
	if c, sort := strings.ToUpper(q.Get("country")), q.Get("sort"); c != "" || sort == sortRecent {
		// One country's relationships, or the latest first (home.go).
		var cs map[string]string
		if _, cs, err = s.generation(r.Context()); err == nil {
			out, _, err = s.pairRows(r.Context(), cs, c, sort, limit, offset)
		}
	} else {
		out, err = s.dyadList(r.Context(), limit, offset)
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// dyadFor returns the model and the dyad of a request's {a}/{b}.
func (s *Server) dyadFor(r *http.Request) (*model, *dyad, error) {
	return s.dyadOf(r, s.pairModel)
}

// pageDyadFor is dyadFor for the relationship's pages (the page, its
// brief, its charts): a model with the latest gatherings both attended
// and their number (pairPageModel), which is all these show of them.
func (s *Server) pageDyadFor(r *http.Request) (*model, *dyad, error) {
	return s.dyadOf(r, s.pairPageModel)
}

// dyadOf is dyadFor with the model pair gives.
func (s *Server) dyadOf(r *http.Request, pair func(ctx context.Context, a, b string, rng dateRange) (*model, error)) (*model, *dyad, error) {
	a, b, err := dyadParams(r)
	if err != nil {
		return nil, nil, err
	}
	rng, err := rangeParams(r.URL.Query())
	if err != nil {
		return nil, nil, err
	}
	if since := r.URL.Query().Get("since"); rng.From == "" && since != "" && validDate(since) {
		rng.From = since // a brief's start
	}
	m, err := pair(r.Context(), a, b, rng)
	if err != nil {
		return nil, nil, err
	}
	d := m.byDyad[dyadKey(a, b)]
	if d == nil && rng.set() {
		// A busy pair's model holds the range only: the pair exists if
		// its whole has contacts, and the range is empty.
		whole, err := pair(r.Context(), a, b, dateRange{})
		if err != nil {
			return nil, nil, err
		}
		if whole.byDyad[dyadKey(a, b)] != nil {
			d = &dyad{A: min(a, b), B: max(a, b)}
		}
	}
	if d == nil {
		return nil, nil, accord.Errorf(accord.ENOTFOUND, "no engagements between %s and %s", a, b)
	}
	return m, d, nil
}

func (s *Server) handleTimeline(w http.ResponseWriter, r *http.Request) {
	m, d, err := s.dyadFor(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	rng, _ := rangeParams(r.URL.Query()) // checked by dyadFor
	writeJSON(w, http.StatusOK, struct {
		dyadSummary
		Engagements  []*accord.Engagement `json:"engagements"`
		Pending      []*accord.Engagement `json:"pending"`
		Targets      []*accord.Target     `json:"targets"`
		Multilateral []*accord.Engagement `json:"multilateral_engagements"`
	}{m.summary(d), nonNil(inRange(d.Engagements, rng)), nonNil(inRange(d.Pending, rng)), nonNil(d.Targets), nonNil(inRange(d.Multilateral, rng))})
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (s *Server) handleBrief(w http.ResponseWriter, r *http.Request) {
	format, err := oneOf(r.URL.Query(), "format", []string{"markdown", "json"})
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	m, d, err := s.dyadFor(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if format == "json" {
		writeJSON(w, http.StatusOK, m.brief(d))
		return
	}
	since := r.URL.Query().Get("since")
	if since != "" && !validDate(since) {
		s.apiError(w, r, accord.ErrorAt(accord.EINVALID, "since", "want a date YYYY-MM-DD, got %q", since))
		return
	}
	// The briefing a diplomat reads is package view's, the same as the CLI's.
	arts := make(map[string]*accord.Article, len(m.articles))
	areas := make(map[string][]string, len(m.articles))
	for id, a := range m.articles {
		arts[id] = &accord.Article{ID: a.ID, Title: a.Title, Published: a.Published, Source: a.Source, File: a.File}
		areas[id] = a.Areas
	}
	w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
	if m.window != nil {
		io.WriteString(w, view.BriefWindow(m.rec, arts, areas, d.A, d.B, since, m.window))
		return
	}
	io.WriteString(w, view.BriefOf(m.rec, arts, areas, d.A, d.B, since))
}

// handleExport streams the export: every article's facts and the whole
// record, read as they are written, never held whole.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="accord-export.json"`)
	cw := &countingWriter{w: w}
	if err := view.WriteExport(r.Context(), s.store, cw, true); err != nil {
		if cw.n == 0 {
			s.apiError(w, r, err)
			return
		}
		// The status is sent: the client sees a truncated document.
		s.errorStatus(r, err)
	}
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}
