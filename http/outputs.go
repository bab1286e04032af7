package http

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"

	accord "github.com/accordhq/accord"
)

// Outputs beside the pages: CSV of every list the API gives (?format=csv),
// the OpenAPI document as a page (/api), and a relationship's brief as a
// printable page (/dyads/{a}/{b}/brief).

// Lists that have a CSV form.
const (
	csvEngagements = "engagements"
	csvActors      = "actors"
	csvTargets     = "targets"
	csvSearch      = "search"
	csvDyads       = "dyads"
	csvTimeline    = "timeline"
)

// bufferedResponse keeps what a JSON handler writes, to be turned into CSV.
type bufferedResponse struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (b *bufferedResponse) Header() http.Header         { return b.header }
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *bufferedResponse) WriteHeader(status int)      { b.status = status }

// csvOr serves a list call as CSV when ?format=csv asks for it: the JSON
// handler answers, and its items are written one a row, so that the CSV
// holds exactly what the JSON does (same filters, same page). Errors stay
// JSON.
func (s *Server) csvOr(kind string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("format") != "csv" {
			h(w, r)
			return
		}
		q.Del("format")
		r2 := r.Clone(r.Context())
		r2.URL.RawQuery = q.Encode()
		rec := &bufferedResponse{header: http.Header{}, status: http.StatusOK}
		h(rec, r2)
		if rec.status != http.StatusOK {
			for k, v := range rec.header {
				w.Header()[k] = v
			}
			w.WriteHeader(rec.status)
			w.Write(rec.body.Bytes())
			return
		}
		rows, err := s.csvRows(r, kind, rec.body.Bytes())
		if err != nil {
			s.apiError(w, r, err)
			return
		}
		name := kind
		if a, b := r.PathValue("a"), r.PathValue("b"); a != "" {
			name = strings.ToUpper(a) + "-" + strings.ToUpper(b) + "-" + kind
		}
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="accord-`+name+`.csv"`)
		cw := csv.NewWriter(w)
		cw.WriteAll(rows)
	}
}

// csvRows turns a list call's JSON into a header and rows.
func (s *Server) csvRows(r *http.Request, kind string, body []byte) ([][]string, error) {
	bad := func(err error) error { return accord.Errorf(accord.EINTERNAL, "csv of %s: %v", kind, err) }
	switch kind {
	case csvEngagements:
		var p page[accord.Engagement]
		if err := json.Unmarshal(body, &p); err != nil {
			return nil, bad(err)
		}
		return s.engagementRows(r, map[string][]accord.Engagement{"": p.Items})
	case csvTimeline:
		var t struct {
			Engagements  []accord.Engagement `json:"engagements"`
			Pending      []accord.Engagement `json:"pending"`
			Multilateral []accord.Engagement `json:"multilateral_engagements"`
		}
		if err := json.Unmarshal(body, &t); err != nil {
			return nil, bad(err)
		}
		// The date range of the page the CSV was asked from, if any.
		from, to := r.URL.Query().Get("from"), r.URL.Query().Get("to")
		in := func(list []accord.Engagement) []accord.Engagement {
			return slices.DeleteFunc(list, func(e accord.Engagement) bool {
				return from != "" && e.Date < from || to != "" && e.Date > to && !strings.HasPrefix(e.Date, to)
			})
		}
		return s.engagementRows(r, map[string][]accord.Engagement{"bilateral": in(t.Engagements), "invitation": in(t.Pending), "multilateral": in(t.Multilateral)})
	case csvActors:
		var p page[accord.Actor]
		if err := json.Unmarshal(body, &p); err != nil {
			return nil, bad(err)
		}
		rows := [][]string{{"id", "name", "type", "country", "roles", "offices", "aliases", "page"}}
		for _, a := range p.Items {
			var offices []string
			for _, o := range a.Offices {
				offices = append(offices, o.Role+" ("+o.FirstSeen+" to "+o.LastSeen+")")
			}
			rows = append(rows, []string{a.ID, a.Name, string(a.Type), a.Country, strings.Join(a.Roles, "; "), strings.Join(offices, "; "), strings.Join(a.Aliases, "; "), "/actors/" + a.ID})
		}
		return rows, nil
	case csvTargets:
		var p page[accord.Target]
		if err := json.Unmarshal(body, &p); err != nil {
			return nil, bad(err)
		}
		rows := [][]string{{"id", "metric", "holders", "comparator", "value", "unit", "deadline", "period", "qualifier", "statements", "first_stated", "last_stated", "changes", "page"}}
		for _, t := range p.Items {
			first, last := "", ""
			for _, m := range t.Mentions {
				if first == "" || m.Published < first {
					first = m.Published
				}
				last = max(last, m.Published)
			}
			var changes []string
			for _, h := range t.History {
				if len(h.Changes) > 0 {
					changes = append(changes, h.Published+": "+strings.Join(h.Changes, ", "))
				}
			}
			rows = append(rows, []string{t.ID, t.Metric, strings.Join(t.Holders, " "), t.Comparator, strconv.FormatFloat(t.Value, 'f', -1, 64), t.Unit, t.Deadline, t.Period, t.Qualifier,
				strconv.Itoa(t.Stated()), first, last, strings.Join(changes, "; "), "/targets/" + t.ID})
		}
		return rows, nil
	case csvSearch:
		var res struct {
			Hits []struct {
				Article accord.Article `json:"article"`
				Snippet string         `json:"snippet"`
				Score   float64        `json:"score"`
			} `json:"hits"`
		}
		if err := json.Unmarshal(body, &res); err != nil {
			return nil, bad(err)
		}
		rows := [][]string{{"id", "published", "title", "source", "dateline", "url", "snippet", "page"}}
		for _, h := range res.Hits {
			a := h.Article
			rows = append(rows, []string{a.ID, a.Published, a.Title, a.Source, a.Dateline, a.URL, h.Snippet, "/articles/" + a.ID})
		}
		return rows, nil
	case csvDyads:
		var ds []dyadRow
		if err := json.Unmarshal(body, &ds); err != nil {
			return nil, bad(err)
		}
		rows := [][]string{{"a", "b", "name_a", "name_b", "bilateral", "last_contact", "open_invitations", "invitations", "joint_targets", "page"}}
		for _, d := range ds {
			rows = append(rows, []string{d.Countries[0], d.Countries[1], d.Names[0], d.Names[1], strconv.Itoa(d.Engagements), d.LastContact, strconv.Itoa(d.Open), strconv.Itoa(d.Pending), strconv.Itoa(d.Targets), "/dyads/" + d.Countries[0] + "/" + d.Countries[1]})
		}
		return rows, nil
	}
	return nil, accord.Errorf(accord.EINTERNAL, "no CSV of %s", kind)
}

// engagementRows writes engagements one a row, participants by name, lists
// in the order given (the timeline's bilateral contacts, invitations,
// gatherings).
func (s *Server) engagementRows(r *http.Request, lists map[string][]accord.Engagement) ([][]string, error) {
	var ids []string
	for _, l := range lists {
		for _, e := range l {
			ids = append(ids, e.Participants...)
		}
	}
	names := map[string]string{}
	if len(ids) > 0 {
		rec, err := s.store.RecordOf(r.Context(), accord.RecordQuery{IDs: uniqStrings(ids)})
		if err != nil {
			return nil, err
		}
		for id, a := range rec.ActorIndex() {
			names[id] = a.Name
		}
	}
	head := []string{"id", "date", "end_date", "type", "status", "invited", "invitation", "level", "place", "countries", "participants", "parent", "closed_by", "reports", "first_report", "quote", "page"}
	kinds := []string{"", "bilateral", "invitation", "multilateral"}
	if len(lists[""]) == 0 {
		head = append([]string{"list"}, head...)
	}
	rows := [][]string{head}
	for _, k := range kinds {
		for i := range lists[k] {
			e := &lists[k][i]
			var ps []string
			for _, p := range e.Participants {
				ps = append(ps, cmp.Or(names[p], p))
			}
			invited, state := "", ""
			if e.Status == accord.StatusPending {
				invited, state = invitedOn(e), invitationState(e)
			}
			first, quote := "", ""
			if len(e.Reports) > 0 {
				first, quote = "/articles/"+e.Reports[0].Article, e.Reports[0].Quote
			}
			row := []string{e.ID, e.Date, e.EndDate, string(e.Type), cmp.Or(e.Status, accord.StatusHeld), invited, state, e.Level, e.Place.Name, strings.Join(e.Countries, " "), strings.Join(ps, "; "), e.Parent, e.ClosedBy, strconv.Itoa(len(e.Reports)), first, quote, "/engagements/" + e.ID}
			if k != "" {
				row = append([]string{k}, row...)
			}
			rows = append(rows, row)
		}
	}
	return rows, nil
}

// apiDoc is the OpenAPI document as the /api page shows it.
type apiDoc struct {
	Title, Version, Description string
	Operations                  []apiOperation
}

type apiOperation struct {
	Method, Path, Summary, Description, Anchor string
	Params                                     []apiParam
	Responses                                  []apiResponse
	Try                                        string // a link to call it, for GETs without path parameters
}

type apiParam struct {
	Name, In, Type, Description string
	Required                    bool
}

type apiResponse struct {
	Code, Description string
}

// readAPIDoc reads the embedded OpenAPI document into what the page lists.
func readAPIDoc() (*apiDoc, error) {
	raw, err := files.ReadFile("openapi.json")
	if err != nil {
		return nil, err
	}
	type param struct {
		Ref         string `json:"$ref"`
		Name        string `json:"name"`
		In          string `json:"in"`
		Description string `json:"description"`
		Required    bool   `json:"required"`
		Schema      struct {
			Type string `json:"type"`
			Enum []any  `json:"enum"`
		} `json:"schema"`
	}
	type response struct {
		Ref         string `json:"$ref"`
		Description string `json:"description"`
	}
	var doc struct {
		Info struct {
			Title, Version, Description string
		} `json:"info"`
		Paths map[string]map[string]struct {
			Summary     string              `json:"summary"`
			Description string              `json:"description"`
			Parameters  []param             `json:"parameters"`
			Responses   map[string]response `json:"responses"`
		} `json:"paths"`
		Components struct {
			Parameters map[string]param    `json:"parameters"`
			Responses  map[string]response `json:"responses"`
		} `json:"components"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, err
	}
	out := &apiDoc{Title: doc.Info.Title, Version: doc.Info.Version, Description: doc.Info.Description}
	paths := make([]string, 0, len(doc.Paths))
	for p := range doc.Paths {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	methods := []string{"get", "post", "put", "delete"}
	for _, p := range paths {
		for _, m := range methods {
			op, ok := doc.Paths[p][m]
			if !ok {
				continue
			}
			o := apiOperation{Method: strings.ToUpper(m), Path: p, Summary: op.Summary, Description: op.Description,
				Anchor: m + strings.NewReplacer("/", "-", "{", "", "}", "").Replace(p)}
			if m == "get" && !strings.Contains(p, "{") {
				o.Try = p
			}
			for _, pr := range op.Parameters {
				if name, ok := strings.CutPrefix(pr.Ref, "#/components/parameters/"); ok {
					pr = doc.Components.Parameters[name]
				}
				t := pr.Schema.Type
				if len(pr.Schema.Enum) > 0 {
					var vs []string
					for _, v := range pr.Schema.Enum {
						b, _ := json.Marshal(v)
						vs = append(vs, strings.Trim(string(b), `"`))
					}
					t = "one of " + strings.Join(vs, ", ")
				}
				o.Params = append(o.Params, apiParam{Name: pr.Name, In: pr.In, Type: t, Description: pr.Description, Required: pr.Required})
			}
			codes := make([]string, 0, len(op.Responses))
			for c := range op.Responses {
				codes = append(codes, c)
			}
			slices.Sort(codes)
			for _, c := range codes {
				rs := op.Responses[c]
				if name, ok := strings.CutPrefix(rs.Ref, "#/components/responses/"); ok {
					rs = doc.Components.Responses[name]
				}
				o.Responses = append(o.Responses, apiResponse{Code: c, Description: rs.Description})
			}
			out.Operations = append(out.Operations, o)
		}
	}
	return out, nil
}

func (s *Server) pageAPI(w http.ResponseWriter, r *http.Request) {
	doc, err := readAPIDoc()
	if err != nil {
		s.pageError(w, r, accord.Errorf(accord.EINTERNAL, "openapi.json: %v", err))
		return
	}
	s.render(w, r, http.StatusOK, "api", layout{Title: "API", Nav: "api", Data: doc})
}

// pageBrief is a relationship's brief as a page to read or print: the same
// facts as the Markdown brief of the API, which it links.
func (s *Server) pageBrief(w http.ResponseWriter, r *http.Request) {
	m, d, err := s.pageDyadFor(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if r.PathValue("a") != d.A || r.PathValue("b") != d.B {
		http.Redirect(w, r, "/dyads/"+d.A+"/"+d.B+"/brief", http.StatusMovedPermanently)
		return
	}
	b := m.brief(d)
	type typeCount struct {
		Type  string
		Count int
	}
	var types []typeCount
	for t, n := range b.ByType {
		types = append(types, typeCount{typeLabel(t), n})
	}
	slices.SortFunc(types, func(x, y typeCount) int { return cmp.Or(y.Count-x.Count, strings.Compare(x.Type, y.Type)) })
	var pending, lapsed []contactView
	for _, e := range d.Pending {
		c := m.contactView(e)
		switch c.Invitation {
		case inviteOpen:
			pending = append(pending, c)
		case inviteLapsed:
			lapsed = append(lapsed, c)
		}
	}
	var recent []contactView
	for i := len(d.Engagements) - 1; i >= 0 && len(recent) < briefRecent; i-- {
		recent = append(recent, m.contactView(d.Engagements[i]))
	}
	title := b.Names[0] + " – " + b.Names[1]
	base := "/api/dyads/" + d.A + "/" + d.B + "/brief"
	s.render(w, r, http.StatusOK, "brief", layout{Title: "Brief: " + title, Data: struct {
		*brief
		Title           string
		Types           []typeCount
		Recent          []contactView
		Pending, Lapsed []contactView
		Markdown, JSON  string
		Pair            string
	}{b, title, types, recent, pending, lapsed, base, base + "?format=json", "/dyads/" + d.A + "/" + d.B}})
}
