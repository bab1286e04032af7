package http

import (
	"bytes"
	"cmp"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/view"
)

// pages holds one template set per page, each the layout plus the page.
type pages struct {
	t map[string]*template.Template
}

var funcs = template.FuncMap{
	"typeLabel":  func(t accord.EngagementType) string { return typeLabel(string(t)) },
	"typeColor":  typeColor,
	"areaLabel":  areaLabel,
	"levelLabel": levelLabel,
	"value":      formatValue,
	"target": func(t *accord.Target) string {
		return formatTarget(t.Comparator, t.Value, t.Unit, t.Deadline, t.Period)
	},
	"join":        strings.Join,
	"number":      func(n int) string { return view.Thousands(int64(n)) },
	"f1":          func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) },
	"add":         func(a, b float64) float64 { return a + b },
	"sub":         func(a, b float64) float64 { return a - b },
	"lower":       strings.ToLower,
	"anchor":      factAnchor,
	"div2":        func(v float64) float64 { return v / 2 },
	"chartCSS":    func() template.CSS { return chartCSS },
	"list":        func(c contactView) []contactView { return []contactView{c} },
	"contactRows": contactRows,
}

func mustParsePages() *pages {
	p := &pages{t: map[string]*template.Template{}}
	base := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(files, "templates/layout.html", "templates/partials.html", "templates/charts.html"))
	names, err := fs.Glob(files, "templates/*.html")
	if err != nil {
		panic(err)
	}
	for _, n := range names {
		n = strings.TrimPrefix(n, "templates/")
		if n == "layout.html" || n == "partials.html" || n == "charts.html" {
			continue
		}
		t := template.Must(template.Must(base.Clone()).ParseFS(files, "templates/"+n))
		p.t[strings.TrimSuffix(n, ".html")] = t
	}
	return p
}

// layout is what every page passes to the layout template.
type layout struct {
	Title  string // the page's own title; the site's name is appended
	Query  string // the search box's value
	Nav    string // which nav entry is current
	Status int
	Data   any
}

// render executes a page into a buffer first, so that a template error gives
// a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, l layout) {
	var buf bytes.Buffer
	l.Status = status
	if err := s.pages.t[name].Execute(&buf, l); err != nil {
		s.opts.Logger.Printf("http: %s %s: template %s: %v", r.Method, r.URL.Path, name, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", layout{Title: http.StatusText(status), Data: struct {
		Status  int
		Text    string
		Message string
	}{status, http.StatusText(status), msg}})
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	status, _, msg := s.errorStatus(r, err)
	s.errorPage(w, r, status, msg)
}

// actorLink is an actor as a link.
type actorLink struct {
	ID, Name string
}

// contactView is an engagement in lists.
type contactView struct {
	ID, Date, Place, Status, Level string
	Type                           accord.EngagementType
	Participants                   []actorLink
	Countries                      []string
	Href                           string // the report, at the sentence
	Title                          string // the report's title
	ClosedBy, ClosedHref           string
	Marks                          []accord.CorrectionMark // analysts' corrections (curation.go)
	Event                          string                  // the event's page
	// Invited and Invitation date and state an invitation (pending.go).
	Invited, Invitation string
}

func (m *model) contactView(e *accord.Engagement) contactView {
	c := contactView{ID: e.ID, Date: e.Date, Place: e.Place.Name, Status: e.Status, Level: e.Level, Type: e.Type, Countries: e.Countries, Href: engagementHref(e), Event: "/engagements/" + e.ID}
	if e.Status == accord.StatusPending {
		c.Invited, c.Invitation = invitedOn(e), invitationState(e)
	}
	for _, p := range e.Participants {
		id := p
		if a := m.actors[p]; a != nil {
			id = a.ID
		}
		c.Participants = append(c.Participants, actorLink{ID: id, Name: m.actorName(p)})
	}
	if len(e.Reports) > 0 {
		c.Title = m.articles[e.Reports[0].Article].Title
	}
	if e.Curation != nil {
		c.Marks = e.Curation.Marks
	}
	if e.ClosedBy != "" {
		c.ClosedBy = e.ClosedBy
		if ce := m.engagements[e.ClosedBy]; ce != nil {
			c.ClosedBy = ce.Date + " " + typeLabel(string(ce.Type))
			c.ClosedHref = engagementHref(ce)
		}
	}
	return c
}

// targetView is a target with its chart and the wording of each restatement.
type targetView struct {
	*accord.Target
	Chart   *targetChart
	History []accord.Restatement
	Holders []string
	Changes []targetChange // each statement with what it changed (targetchart.go)
}

func (m *model) targetView(t *accord.Target) targetView {
	v := targetView{Target: t, History: targetHistory(t)}
	v.Changes = m.targetChanges(t, v.History)
	v.Chart = newTargetChart(t, v.Changes)
	for _, h := range t.Holders {
		v.Holders = append(v.Holders, m.countryName(h))
	}
	return v
}

func (s *Server) pageDyad(w http.ResponseWriter, r *http.Request) {
	m, d, err := s.pageDyadFor(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if a, b := r.PathValue("a"), r.PathValue("b"); a != d.A || b != d.B {
		// One address per relationship: /dyads/VN/KR and /dyads/kr/vn → /dyads/KR/VN.
		http.Redirect(w, r, "/dyads/"+d.A+"/"+d.B, http.StatusMovedPermanently)
		return
	}
	rng, err := rangeParams(r.URL.Query())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	sum := m.summary(d)
	var recent, pending []contactView
	shown := inRange(d.Engagements, rng)
	for i := len(shown) - 1; i >= 0 && len(recent) < 25; i-- {
		recent = append(recent, m.contactView(shown[i]))
	}
	for _, e := range d.Pending {
		pending = append(pending, m.contactView(e))
	}
	var multilateral []contactView
	for i := len(d.Multilateral) - 1; i >= 0 && len(multilateral) < dyadGatheringsMax; i-- {
		multilateral = append(multilateral, m.contactView(d.Multilateral[i]))
	}
	var targets []targetView
	for _, t := range d.Targets {
		targets = append(targets, m.targetView(t))
	}
	title := sum.Names[0] + " – " + sum.Names[1]
	s.render(w, r, http.StatusOK, "dyad", layout{Title: title, Data: struct {
		Summary      dyadSummary
		Title        string
		Timeline     *timelineChart
		Heat         *heatmap
		Targets      []targetView
		Recent       []contactView
		Pending      []contactView
		Brief        string
		Multilateral []contactView
	}{sum, title, m.timeline(d.Engagements, tlOptions{Width: 1040, Base: "/dyads/" + d.A + "/" + d.B, SVG: "/dyads/" + d.A + "/" + d.B + "/timeline.svg", Range: rng}), heatmapSVG(m.heatmap(d.Engagements), "/dyads/"+d.A+"/"+d.B+"/areas.svg"), targets, recent, pending, "/api/dyads/" + d.A + "/" + d.B + "/brief", multilateral}})
}

// facetValue is one value of a facet on the search page: a link that adds
// or removes it from the query.
type facetValue struct {
	Label    string
	Count    int
	Selected bool
	Href     string
}

type facetGroup struct {
	Name, Label string
	Values      []facetValue
	More        []facetValue // beyond the top facetTop, behind "more"
}

// searchFacets lists the facets in a stable order, with single-valued
// parameters (source, year) replaced and multi-valued ones toggled.
var searchFacets = []struct {
	name, param, label string
	multi              bool
}{
	{accord.FacetCountry, "country", "Country", true},
	{accord.FacetType, "type", "Engagement type", true},
	{accord.FacetArea, "area", "Area", true},
	{accord.FacetSource, "source", "Source", false},
	{accord.FacetYear, "year", "Year", false},
}

func toggle(q url.Values, param, value string, multi bool) string {
	q2 := url.Values{}
	for k, v := range q {
		if k != "offset" {
			q2[k] = slices.Clone(v)
		}
	}
	vs := q2[param]
	switch {
	case slices.Contains(vs, value):
		vs = slices.DeleteFunc(vs, func(s string) bool { return s == value })
	case multi:
		vs = append(vs, value)
	default:
		vs = []string{value}
	}
	if len(vs) == 0 {
		delete(q2, param)
	} else {
		q2[param] = vs
	}
	return "/search?" + q2.Encode()
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	const perPage = 20
	q := r.URL.Query()
	type hit struct {
		Article *accord.Article
		Snippet template.HTML
		Href    string
		Context *hitContext // its relationships and events (searchui.go)
	}
	data := struct {
		Query       string
		Searched    bool
		Err         string
		Total       int
		Capped      bool // more than Total match
		Relevance   bool // ranked by relevance
		SortHref    string
		From, To    int
		Hits        []hit
		Facets      []facetGroup
		Selected    []facetValue // filters in force, as links that remove them
		Prev, Next  string
		Page, Pages int
		Sort        string // the form's controls
		Range       dateRange
		Hidden      []formParam // filters in force, which the form keeps
		CSV         string      // these results as CSV (outputs.go)
	}{Query: q.Get("q"), Sort: q.Get("sort")}
	if q.Get("q") != "" {
		qc := url.Values{}
		for k, v := range q {
			qc[k] = v
		}
		qc.Del("offset")
		qc.Set("format", "csv")
		data.CSV = "/api/search?" + qc.Encode()
	}
	names, _ := s.names(r.Context()) // country names for chips; a failure shows codes
	offset := 0
	if v := q.Get("offset"); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 {
			offset = n - n%perPage
		}
	}
	filtered := false
	for _, f := range searchFacets {
		for _, v := range q[f.param] {
			filtered = true
			data.Selected = append(data.Selected, facetValue{Label: f.label + ": " + facetLabel(names, f.name, v), Selected: true, Href: toggle(q, f.param, v, f.multi)})
			data.Hidden = append(data.Hidden, formParam{f.param, v})
		}
	}
	data.Range.From, data.Range.To = q.Get("from"), q.Get("to")
	for _, p := range []struct{ param, label string }{{"from", "From"}, {"to", "To"}} {
		if v := q.Get(p.param); v != "" {
			filtered = true
			data.Selected = append(data.Selected, facetValue{Label: p.label + ": " + v, Selected: true, Href: toggle(q, p.param, v, false)})
		}
	}
	status := http.StatusOK
	if strings.TrimSpace(data.Query) != "" || filtered {
		data.Searched = true
		sq, err := searchQuery(q, perPage, offset)
		var res *accord.SearchResults
		if err == nil {
			res, err = s.search(r.Context(), sq)
		}
		if err != nil {
			status, _, data.Err = s.errorStatus(r, err)
		} else {
			data.Total, data.Capped, data.Relevance = res.Total, res.Capped, sq.Sort == accord.SortRelevance
			q2 := url.Values{}
			for k, v := range q {
				q2[k] = v
			}
			q2.Del("offset")
			if data.Relevance {
				q2.Del("sort")
			} else {
				q2.Set("sort", accord.SortRelevance)
			}
			data.SortHref = "/search?" + q2.Encode()
			var ids []string
			for _, h := range res.Hits {
				ids = append(ids, h.Article.ID)
			}
			ctxs, err := s.hitContexts(r.Context(), names, ids)
			if err != nil { // the hits stand without their context
				s.opts.Logger.Printf("http: search context: %v", err)
			}
			for _, h := range res.Hits {
				data.Hits = append(data.Hits, hit{h.Article, snippetHTML(h.Snippet), "/articles/" + h.Article.ID, ctxs[h.Article.ID]})
			}
			if len(data.Hits) > 0 {
				data.From, data.To = offset+1, offset+len(data.Hits)
			}
			data.Page, data.Pages = offset/perPage+1, (res.Total+perPage-1)/perPage
			link := func(off int) string {
				q2 := url.Values{}
				for k, v := range q {
					q2[k] = v
				}
				q2.Set("offset", strconv.Itoa(off))
				if off == 0 {
					q2.Del("offset")
				}
				return "/search?" + q2.Encode()
			}
			if offset > 0 {
				data.Prev = link(max(0, offset-perPage))
			}
			if offset+perPage < res.Total {
				data.Next = link(offset + perPage)
			}
			data.Facets = s.facetGroups(r, q, res.Facets)
		}
	}
	title := "Search"
	if data.Query != "" {
		title = data.Query + " – Search"
	}
	s.render(w, r, status, "search", layout{Title: title, Query: data.Query, Nav: "search", Data: data})
}

func (s *Server) facetGroups(r *http.Request, q url.Values, facets map[string][]accord.FacetCount) []facetGroup {
	m, _ := s.names(r.Context()) // names of countries only: a failure shows codes
	var out []facetGroup
	for _, f := range searchFacets {
		counts := facets[f.name]
		if len(counts) == 0 {
			continue
		}
		g := facetGroup{Name: f.param, Label: f.label}
		for _, c := range counts {
			lbl := c.Value
			switch f.name {
			case accord.FacetCountry:
				if m != nil {
					lbl = m.countryName(c.Value)
				}
			case accord.FacetType:
				lbl = typeLabel(c.Value)
			case accord.FacetArea:
				lbl = areaLabel(c.Value)
			}
			g.Values = append(g.Values, facetValue{Label: lbl, Count: c.Count, Selected: slices.Contains(q[f.param], c.Value), Href: toggle(q, f.param, c.Value, f.multi)})
		}
		if f.name == accord.FacetYear {
			slices.SortFunc(g.Values, func(a, b facetValue) int { return strings.Compare(b.Label, a.Label) })
		}
		// The top values, and the selected ones wherever they rank; the
		// rest behind "more".
		if len(g.Values) > facetTop {
			var top, more []facetValue
			for i, v := range g.Values {
				if i < facetTop || v.Selected {
					top = append(top, v)
				} else {
					more = append(more, v)
				}
			}
			g.Values, g.More = top, more
		}
		out = append(out, g)
	}
	return out
}

// fact is one extracted fact shown on an article page.
type fact struct {
	Anchor  string // id of its place in the text
	Kind    string // engagement, target, invitation, reference
	Summary string
	Href    string // its engagement's or target's page, if any
}

// segment is a run of article text: plain, or one evidence sentence with the
// facts drawn from it.
type segment struct {
	Text  string
	Facts []fact
	Tip   string // id of the tooltip describing it
	// Anchors are the ids of facts first shown here, for links to them.
	Anchors []string
}

// span is a fact's evidence in the article body, in bytes.
type span struct {
	start, end int
	fact       fact
}

// segments cuts body at the evidence spans. Offsets come from the store and
// are checked, not trusted: a span outside the body, reversed, or not on
// UTF-8 boundaries is dropped, and overlapping spans are merged, so the text
// is always shown whole, once, in order. Text stays a plain string for
// html/template to escape.
func segments(body string, spans []span) []segment {
	valid := spans[:0:0]
	for _, sp := range spans {
		if sp.start < 0 || sp.end > len(body) || sp.start >= sp.end {
			continue
		}
		if !utf8.RuneStart(body[sp.start]) || sp.end < len(body) && !utf8.RuneStart(body[sp.end]) {
			continue
		}
		valid = append(valid, sp)
	}
	slices.SortStableFunc(valid, func(a, b span) int { return cmp.Or(a.start-b.start, b.end-a.end) })
	var out []segment
	pos := 0
	for i := 0; i < len(valid); {
		start, end := valid[i].start, valid[i].end
		facts := []fact{valid[i].fact}
		j := i + 1
		for ; j < len(valid) && valid[j].start < end; j++ {
			end = max(end, valid[j].end)
			facts = append(facts, valid[j].fact)
		}
		if start > pos {
			out = append(out, segment{Text: body[pos:start]})
		}
		out = append(out, segment{Text: body[start:end], Facts: facts, Tip: "tip-" + strconv.Itoa(len(out))})
		pos, i = end, j
	}
	if pos < len(body) {
		out = append(out, segment{Text: body[pos:]})
	}
	return out
}

// paragraphs groups segments into paragraphs at blank lines, so the article
// reads as written. A fact sentence never spans paragraphs in practice; if
// one does, it stays whole in the paragraph where it starts.
func paragraphs(segs []segment) [][]segment {
	var out [][]segment
	var cur []segment
	for _, sg := range segs {
		if sg.Facts != nil {
			cur = append(cur, sg)
			continue
		}
		parts := strings.Split(sg.Text, "\n\n")
		for i, p := range parts {
			if i > 0 {
				if len(cur) > 0 {
					out = append(out, cur)
				}
				cur = nil
			}
			if strings.TrimSpace(p) != "" || len(cur) > 0 {
				cur = append(cur, segment{Text: p})
			}
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id := r.PathValue("id")
	a, err := s.store.Article(ctx, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	facts, err := s.store.Facts(ctx, id)
	if err != nil && accord.ErrorCode(err) != accord.ENOTFOUND {
		s.pageError(w, r, err)
		return
	}
	m, err := s.articleModel(ctx, id, facts)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	spans := m.articleSpans(id, facts)
	var list []fact
	listed := map[fact]bool{}
	for _, sp := range spans {
		if !listed[sp.fact] {
			listed[sp.fact] = true
			f := sp.fact
			f.Href = "#" + f.Anchor // the sentence on this page
			list = append(list, f)
		}
	}
	segs := segments(a.Body, spans)
	anchored := map[string]bool{}
	for i := range segs {
		for _, f := range segs[i].Facts {
			if !anchored[f.Anchor] {
				anchored[f.Anchor] = true
				segs[i].Anchors = append(segs[i].Anchors, f.Anchor)
			}
		}
	}
	var actors []actorLink
	var areas []string
	if facts != nil {
		areas = facts.Areas
		for _, act := range facts.Actors {
			l := actorLink{Name: act.Name}
			if g := consolidate.ActorFor(m.actors, id, act.ID); g != nil {
				l.ID, l.Name = g.ID, g.Name
			}
			actors = append(actors, l)
		}
	}
	s.render(w, r, http.StatusOK, "article", layout{Title: a.Title, Data: struct {
		Article    *accord.Article
		Paragraphs [][]segment
		Facts      []fact
		Actors     []actorLink
		Areas      []string
	}{a, paragraphs(segs), list, actors, areas}})
}

// articleSpans collects the evidence of the record's engagements and targets
// in one article, falling back to the article's own facts for what the
// record does not hold (before consolidation, or facts it dropped).
func (m *model) articleSpans(id string, facts *accord.ArticleFacts) []span {
	var spans []span
	seen := map[[2]int]bool{}
	addEng := func(e *accord.Engagement, kind string, evs []accord.Evidence, linked bool) {
		for _, ev := range evs {
			if ev.Article != id && ev.Article != "" {
				continue
			}
			f := fact{Anchor: factAnchor(e.ID), Kind: kind, Summary: m.engagementTitle(e) + correctedSuffix(e.Curation)}
			if linked {
				f.Href = "/engagements/" + e.ID
			}
			spans = append(spans, span{ev.Start, ev.End, f})
			seen[[2]int{ev.Start, ev.End}] = true
		}
	}
	addTarget := func(t *accord.Target, evs []accord.Evidence, linked bool) {
		for _, ev := range evs {
			if ev.Article != id && ev.Article != "" {
				continue
			}
			f := fact{Anchor: factAnchor(t.ID), Kind: "target", Summary: t.Metric + ": " + formatTarget(t.Comparator, t.Value, t.Unit, t.Deadline, t.Period) + " (" + strings.Join(t.Holders, ", ") + ")" + correctedSuffix(t.Curation)}
			if linked {
				f.Href = "/targets/" + t.ID
			}
			spans = append(spans, span{ev.Start, ev.End, f})
			seen[[2]int{ev.Start, ev.End}] = true
		}
	}
	for _, e := range m.byArticle(id) {
		kind := "engagement"
		if e.Status == accord.StatusPending {
			kind = "invitation"
		}
		addEng(e, kind, e.Reports, true)
	}
	for i := range m.rec.Targets {
		addTarget(&m.rec.Targets[i], m.rec.Targets[i].Mentions, true)
	}
	if facts != nil {
		local := func(es []accord.Engagement, kind string) {
			for i := range es {
				var evs []accord.Evidence
				for _, ev := range es[i].Reports {
					if !seen[[2]int{ev.Start, ev.End}] {
						evs = append(evs, ev)
					}
				}
				addEng(&es[i], kind, evs, false)
			}
		}
		local(facts.Engagements, "engagement")
		local(facts.Invitations, "invitation")
		local(facts.References, "reference")
		for i := range facts.Targets {
			var evs []accord.Evidence
			for _, ev := range facts.Targets[i].Mentions {
				if !seen[[2]int{ev.Start, ev.End}] {
					evs = append(evs, ev)
				}
			}
			addTarget(&facts.Targets[i], evs, false)
		}
	}
	slices.SortStableFunc(spans, func(a, b span) int { return a.start - b.start })
	return spans
}

// byArticle returns the record's engagements reported by one article.
func (m *model) byArticle(id string) []*accord.Engagement {
	var out []*accord.Engagement
	for _, es := range [][]accord.Engagement{m.rec.Engagements, m.rec.Pending} {
		for i := range es {
			for _, ev := range es[i].Reports {
				if ev.Article == id {
					out = append(out, &es[i])
					break
				}
			}
		}
	}
	return out
}

func (s *Server) pageActor(w http.ResponseWriter, r *http.Request) {
	a, err := s.actorOf(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if a.ID != r.PathValue("id") {
		http.Redirect(w, r, "/actors/"+url.PathEscape(a.ID), http.StatusMovedPermanently)
		return
	}
	rng, err := rangeParams(r.URL.Query())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// The timeline draws the actor's engagements (counted by bin when they
	// are many); the list shows the latest of the range, with their
	// reports' titles (timeline.go).
	chart, inRng, err := s.actorTimeline(r.Context(), a, rng)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	m, total, err := s.actorListModel(r.Context(), a, rng)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if total < 0 {
		total = inRng
	}
	if ma := m.actors[a.ID]; ma != nil {
		a = ma
	}
	es := slices.Clone(inRange(m.byActor[a.ID], rng))
	slices.SortFunc(es, func(x, y *accord.Engagement) int {
		return cmp.Or(strings.Compare(y.Date, x.Date), strings.Compare(x.ID, y.ID))
	})
	// The busiest leaders have thousands of contacts: the page shows the
	// latest, and the API has them all.
	es = es[:min(len(es), actorPageMax)]
	// Invitations apart: they are not engagements held.
	var contacts, invitations []contactView
	for _, e := range es {
		if e.Status == accord.StatusPending {
			invitations = append(invitations, m.contactView(e))
			continue
		}
		contacts = append(contacts, m.contactView(e))
	}
	offices := slices.Clone(a.Offices)
	slices.SortFunc(offices, func(x, y accord.Office) int { return strings.Compare(x.FirstSeen, y.FirstSeen) })
	s.render(w, r, http.StatusOK, "actor", layout{Title: a.Name, Data: struct {
		Actor       *accord.Actor
		Country     string
		Offices     []accord.Office
		Engagements []contactView
		Timeline    *timelineChart
		Total       int
		API         string
		Invitations []contactView
		CSV         string
	}{a, m.countryName(a.Country), offices, contacts, chart, total, "/api/actors/" + url.PathEscape(a.ID), invitations, "/api/engagements?status=all&limit=1000&format=csv&actor=" + url.QueryEscape(a.ID)}})
}

// actorPageMax bounds the engagements an actor page lists and draws.
const actorPageMax = 200

func (s *Server) pageTarget(w http.ResponseWriter, r *http.Request) {
	m, t := s.targetOf(w, r)
	if t == nil {
		return
	}
	s.render(w, r, http.StatusOK, "target", layout{Title: t.Metric, Data: m.targetView(t)})
}

// targetOf reads the target the request's {id} names, with the part of the
// model around it; it answers the error itself and returns a nil target.
func (s *Server) targetOf(w http.ResponseWriter, r *http.Request) (*model, *accord.Target) {
	m, err := s.idModel(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return nil, nil
	}
	t := m.targets[r.PathValue("id")]
	if t == nil {
		s.pageError(w, r, accord.Errorf(accord.ENOTFOUND, "no target %q", r.PathValue("id")))
		return nil, nil
	}
	return m, t
}
