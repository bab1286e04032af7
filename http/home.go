package http

import (
	"cmp"
	"context"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

// The home page finds a relationship in one step: a country picker (a form
// that works without script, with a datalist, enhanced into a listbox by
// app.js) and the relationships of the record's index (KeyCounts of "b:"
// keys), most active or most recent first, a page at a time.

// homeMax is the number of relationships a page of the home page lists.
const homeMax = 50

// Sorts of the home page's relationships.
const (
	sortActive = "active" // most held contacts first (the default)
	sortRecent = "recent" // latest contact first
)

// countryOption is a country the picker offers: one of the record's, with
// the names it is known by.
type countryOption struct {
	Code, Name string
	Terms      string // aliases, official name and code, for matching: "Vietnam|Việt Nam|VN"
	Aliases    string // for the eye: "Vietnam, Việt Nam"
}

// countryOptions lists the record's countries with their aliases from the
// knowledge data, by name.
func countryOptions(cs map[string]string) []countryOption {
	out := make([]countryOption, 0, len(cs))
	for code, name := range cs {
		o := countryOption{Code: code, Name: name}
		terms := []string{code}
		var shown []string
		if k, ok := knowledge.CountryByCode(code); ok {
			for _, a := range append([]string{k.Name, k.Official}, k.Aliases...) {
				if a != "" && a != name && !slices.Contains(terms, a) {
					terms = append(terms, a)
					if len(shown) < 3 && a != code && a != k.Official {
						shown = append(shown, a)
					}
				}
			}
		}
		o.Terms, o.Aliases = strings.Join(terms, "|"), strings.Join(shown, ", ")
		out = append(out, o)
	}
	slices.SortFunc(out, func(a, b countryOption) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// pickerOptions are the record's countries and the other parties of its
// relationships (the European Union), for the picker.
func (s *Server) pickerOptions(ctx context.Context, cs map[string]string) ([]countryOption, error) {
	kc, err := s.pairCounts(ctx)
	if err != nil {
		return nil, err
	}
	all := cs
	for _, k := range kc {
		a, b, _ := strings.Cut(strings.TrimPrefix(k.Key, accord.KeyPair), "|")
		for _, c := range []string{a, b} {
			if _, ok := all[c]; !ok && c != "" {
				if len(all) == len(cs) {
					all = maps.Clone(cs)
				}
				all[c] = c
				if k, ok := knowledge.CountryByCode(c); ok {
					all[c] = k.Name
				}
			}
		}
	}
	return countryOptions(all), nil
}

// resolveCountry finds the country a picker's text names: a code, a name,
// an official name or an alias, whatever the case and accents. With no such
// name, the countries whose names start with or contain the text are the
// candidates (one is as good as a match).
func resolveCountry(text string, opts []countryOption) (string, []countryOption) {
	f := accord.Fold(text)
	if f == "" {
		return "", nil
	}
	var prefix, inside []countryOption
	for _, o := range opts {
		names := append([]string{o.Name}, strings.Split(o.Terms, "|")...)
		for _, n := range names {
			if accord.Fold(n) == f {
				return o.Code, nil
			}
		}
		switch {
		case slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(accord.Fold(n), f) }):
			prefix = append(prefix, o)
		case slices.ContainsFunc(names, func(n string) bool { return strings.Contains(accord.Fold(n), f) }):
			inside = append(inside, o)
		}
	}
	cands := append(prefix, inside...)
	if len(cands) == 1 {
		return cands[0].Code, nil
	}
	return "", cands
}

// pairCounts returns every relationship of the record's index ("b:" keys)
// with its count and latest date, most active first, kept per generation.
func (s *Server) pairCounts(ctx context.Context) ([]accord.KeyCount, error) {
	st, _, err := s.generation(ctx)
	if err != nil {
		return nil, err
	}
	key := itoa(int(st.Generation)) + "\x00pairs"
	if kc, ok := s.models.get(key).([]accord.KeyCount); ok {
		return kc, nil
	}
	kc, err := s.store.KeyCounts(ctx, accord.KeyQuery{Prefix: accord.KeyPair})
	if err != nil {
		return nil, err
	}
	s.models.put(key, kc, 1+len(kc)/10)
	return kc, nil
}

// pairRows lists the relationships, of one country when country is set,
// sorted, a page of them with what the index counts beside.
func (s *Server) pairRows(ctx context.Context, cs map[string]string, country, sort string, limit, offset int) ([]dyadRow, int, error) {
	kc, err := s.pairCounts(ctx)
	if err != nil {
		return nil, 0, err
	}
	var sel []accord.KeyCount
	for _, k := range kc {
		a, b, ok := strings.Cut(strings.TrimPrefix(k.Key, accord.KeyPair), "|")
		if ok && (country == "" || a == country || b == country) {
			sel = append(sel, k)
		}
	}
	if sort == sortRecent {
		sel = slices.Clone(sel)
		slices.SortStableFunc(sel, func(x, y accord.KeyCount) int { return cmp.Or(strings.Compare(y.Last, x.Last), y.Count-x.Count) })
	}
	total := len(sel)
	sel = sel[min(offset, len(sel)):min(offset+limit, len(sel))]
	rows, err := s.pairsOf(ctx, cs, sel)
	return rows, total, err
}

// pairsOf turns "b:" key counts into rows: the pair's names, its joint
// targets and its invitations.
func (s *Server) pairsOf(ctx context.Context, cs map[string]string, kc []accord.KeyCount) ([]dyadRow, error) {
	out := make([]dyadRow, 0, len(kc))
	var other []string
	at := map[string]int{}
	name := func(c string) string {
		if n := cs[c]; n != "" {
			return n
		}
		return c
	}
	for _, k := range kc {
		a, b, ok := strings.Cut(strings.TrimPrefix(k.Key, accord.KeyPair), "|")
		if !ok {
			continue
		}
		at[a+"|"+b] = len(out)
		out = append(out, dyadRow{Countries: [2]string{a, b}, Names: [2]string{name(a), name(b)}, Engagements: k.Count, LastContact: k.Last})
		other = append(other, accord.KeyPairOther+a+"|"+b, accord.KeyPairTarget+a+"|"+b)
	}
	if len(other) == 0 {
		return out, nil
	}
	// Their invitations and joint targets, read for the listed pairs only
	// ("bt:" keys are not counted by the index); targets are only counted,
	// without the statements of the busiest (thousands).
	rec, err := s.store.RecordOf(ctx, accord.RecordQuery{Keys: other, Statements: 1})
	if err != nil {
		return nil, err
	}
	for _, t := range rec.Targets {
		if hs := uniq(t.Holders); len(hs) == 2 {
			if i, ok := at[hs[0]+"|"+hs[1]]; ok {
				out[i].Targets++
			}
		}
	}
	for i := range rec.Pending {
		e := &rec.Pending[i]
		if cs := uniq(e.Countries); len(cs) == 2 {
			if i, ok := at[cs[0]+"|"+cs[1]]; ok {
				out[i].Pending++
				if invitationState(e) == inviteOpen {
					out[i].Open++
				}
			}
		}
	}
	return out, nil
}

// homeParams are the home page's filters, all in its URL.
type homeParams struct {
	Country, Sort string
	Offset        int
}

func (p homeParams) href(offset int) string {
	q := url.Values{}
	if p.Country != "" {
		q.Set("country", p.Country)
	}
	if p.Sort != sortActive {
		q.Set("sort", p.Sort)
	}
	if offset > 0 {
		q.Set("offset", strconv.Itoa(offset))
	}
	if len(q) == 0 {
		return "/"
	}
	return "/?" + q.Encode()
}

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	st, cs, err := s.generation(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	q := r.URL.Query()
	p := homeParams{Sort: sortActive}
	if q.Get("sort") == sortRecent {
		p.Sort = sortRecent
	}
	opts, err := s.pickerOptions(r.Context(), cs)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if c := q.Get("country"); c != "" {
		code, _ := resolveCountry(c, opts)
		if code == "" {
			s.errorPage(w, r, http.StatusNotFound, "no country "+strconv.Quote(c)+" in the record")
			return
		}
		p.Country = code
	}
	if n, err := strconv.Atoi(q.Get("offset")); err == nil && n > 0 {
		p.Offset = n - n%homeMax
	}
	rows, total, err := s.pairRows(r.Context(), cs, p.Country, p.Sort, homeMax, p.Offset)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	type row struct {
		dyadRow
		Href string
	}
	data := struct {
		Stats            accord.Stats
		Countries        []countryOption
		Dyads            []row
		Prev, Next       string
		From, To, Total  int
		Country, Name    string
		Sort             string
		Active, Recent   string // the sort links
		Permalink, CSV   string
		Clear, Profile   string
		A, B             string // the picker's values
		PickerCandidates []countryOption
	}{Stats: st, Countries: opts, Total: total, Country: p.Country, Sort: p.Sort, Permalink: p.href(p.Offset)}
	for _, d := range rows {
		data.Dyads = append(data.Dyads, row{d, "/dyads/" + d.Countries[0] + "/" + d.Countries[1]})
	}
	if len(rows) > 0 {
		data.From, data.To = p.Offset+1, p.Offset+len(rows)
	}
	if p.Offset > 0 {
		data.Prev = p.href(max(0, p.Offset-homeMax))
	}
	if p.Offset+homeMax < total {
		data.Next = p.href(p.Offset + homeMax)
	}
	sorted := p
	sorted.Offset, sorted.Sort = 0, sortActive
	data.Active = sorted.href(0)
	sorted.Sort = sortRecent
	data.Recent = sorted.href(0)
	csv := url.Values{"format": {"csv"}}
	if p.Country != "" {
		data.Name = cmp.Or(cs[p.Country], p.Country)
		data.A = data.Name
		data.Profile = "/countries/" + p.Country
		cleared := p
		cleared.Country, cleared.Offset = "", 0
		data.Clear = cleared.href(0)
		csv.Set("country", p.Country)
	}
	if p.Sort == sortRecent {
		csv.Set("sort", sortRecent)
	}
	data.CSV = "/api/dyads?" + csv.Encode()
	title := "Relations"
	if data.Name != "" {
		title = data.Name + " – Relations"
	}
	s.render(w, r, http.StatusOK, "home", layout{Title: title, Nav: "home", Data: data})
}

// pageFind answers the picker's form: one country leads to its profile, two
// to their relationship. A name that fits several countries, or none, gets
// a page to choose from.
func (s *Server) pageFind(w http.ResponseWriter, r *http.Request) {
	_, cs, err := s.generation(r.Context())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	opts, err := s.pickerOptions(r.Context(), cs)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	q := r.URL.Query()
	ta, tb := strings.TrimSpace(q.Get("a")), strings.TrimSpace(q.Get("b"))
	if ta == "" && tb != "" {
		ta, tb = tb, ""
	}
	if ta == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	a, candA := resolveCountry(ta, opts)
	b, candB := "", []countryOption(nil)
	if tb != "" {
		b, candB = resolveCountry(tb, opts)
	}
	type choice struct {
		Text   string
		Found  string
		Others []findLink
	}
	var problems []choice
	link := func(o countryOption, other string) findLink {
		l := findLink{Name: o.Name, Code: o.Code, Href: "/countries/" + o.Code}
		if other != "" && other != o.Code {
			x, y := min(o.Code, other), max(o.Code, other)
			l.Href = "/dyads/" + x + "/" + y
		}
		return l
	}
	if a == "" {
		c := choice{Text: ta}
		for _, o := range candA[:min(len(candA), 20)] {
			c.Others = append(c.Others, link(o, b))
		}
		problems = append(problems, c)
	}
	if tb != "" && b == "" {
		c := choice{Text: tb}
		for _, o := range candB[:min(len(candB), 20)] {
			c.Others = append(c.Others, link(o, a))
		}
		problems = append(problems, c)
	}
	if len(problems) == 0 {
		if b == "" || a == b {
			http.Redirect(w, r, "/countries/"+a, http.StatusSeeOther)
			return
		}
		x, y := min(a, b), max(a, b)
		kc, err := s.pairCounts(r.Context())
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		if slices.ContainsFunc(kc, func(k accord.KeyCount) bool { return k.Key == accord.KeyPair+x+"|"+y }) {
			http.Redirect(w, r, "/dyads/"+x+"/"+y, http.StatusSeeOther)
			return
		}
		problems = append(problems, choice{Text: cmp.Or(cs[a], a) + " – " + cmp.Or(cs[b], b), Found: "no bilateral engagement in the record", Others: []findLink{
			{Name: cmp.Or(cs[a], a), Code: a, Href: "/countries/" + a}, {Name: cmp.Or(cs[b], b), Code: b, Href: "/countries/" + b}}})
	}
	s.render(w, r, http.StatusNotFound, "find", layout{Title: "Find a relationship", Nav: "home", Data: struct {
		Problems  []choice
		Countries []countryOption
		A, B      string
	}{problems, opts, ta, tb}})
}

// findLink is a country the find page offers.
type findLink struct {
	Name, Code, Href string
}
