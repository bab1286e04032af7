package http

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/curate"
)

// registerCuration adds the corrections API and the correction page of an
// engagement. Writes (POST, DELETE, the page's form) exist only when the
// server has a write token, and need it.
func (s *Server) registerCuration(api func(method, path string, h http.HandlerFunc)) {
	page := func(method, path string, h http.HandlerFunc) {
		s.routes = append(s.routes, route{method, path, false})
		s.mux.HandleFunc(method+" "+path, h)
	}
	api("GET", "/api/corrections", s.handleCorrections)
	page("GET", "/engagements/{id}/correct", s.pageCorrectEngagement)
	if s.opts.WriteToken == "" {
		return
	}
	api("POST", "/api/corrections", s.handlePostCorrection)
	api("DELETE", "/api/corrections/{id}", s.handleDeleteCorrection)
	page("POST", "/engagements/{id}/correct", s.postCorrectEngagement)
}

// handleCorrections lists every correction, oldest first.
func (s *Server) handleCorrections(w http.ResponseWriter, r *http.Request) {
	cs, err := curate.List(r.Context(), s.store)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	if cs == nil {
		cs = []accord.Correction{}
	}
	writeJSON(w, http.StatusOK, cs)
}

// correctionBody is what POST /api/corrections takes.
type correctionBody struct {
	Kind     string   `json:"kind"`
	Target   string   `json:"target"`
	Other    string   `json:"other"`
	Value    string   `json:"value"`
	Articles []string `json:"articles"`
	Note     string   `json:"note"`
	Author   string   `json:"author"`
}

// defaultAuthor names the author of a correction made through the API
// without one: the token says that an analyst may write, not who.
const defaultAuthor = "analyst (API)"

func (s *Server) handlePostCorrection(w http.ResponseWriter, r *http.Request) {
	if !s.authorize(w, r) {
		return
	}
	var b correctionBody
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.apiError(w, r, err)
			return
		}
		if errors.Is(err, io.EOF) {
			err = errors.New("empty body")
		}
		s.apiError(w, r, accord.ErrorAt(accord.EINVALID, "body", "want a JSON correction: %v", err))
		return
	}
	if b.Author == "" {
		b.Author = defaultAuthor
	}
	c, err := curate.Add(r.Context(), s.store, accord.Correction{Kind: b.Kind, Target: b.Target, Other: b.Other,
		Value: b.Value, Articles: b.Articles, Note: b.Note, Author: b.Author})
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	s.invalidate()
	writeJSON(w, http.StatusCreated, c)
}

func (s *Server) handleDeleteCorrection(w http.ResponseWriter, r *http.Request) {
	if !s.authorize(w, r) {
		return
	}
	id, err := curate.ParseID(r.PathValue("id"))
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	c, err := curate.Undo(r.Context(), s.store, id)
	if accord.ErrorCode(err) == accord.ENOTFOUND {
		err = accord.ErrorAt(accord.EINVALID, "id", "no correction %d", id)
	}
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	s.invalidate()
	writeJSON(w, http.StatusOK, c)
}

// correctView is the correction page of an engagement.
type correctView struct {
	E            *accord.Engagement
	Names        []string // participants' names
	Marks        []accord.CorrectionMark
	Hidden       bool
	Writable     bool // the server has a write token: the form is shown
	Types        []accord.EngagementType
	Error        string
	Action, Note string // the form as sent, after an error
}

func (s *Server) correctModel(r *http.Request) (*correctView, error) {
	id := r.PathValue("id")
	rec, err := s.store.RecordOf(r.Context(), accord.RecordQuery{IDs: []string{id}, Actors: true})
	if err != nil {
		return nil, err
	}
	var e *accord.Engagement
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for i := range list {
			if list[i].ID == id {
				e = &list[i]
			}
		}
	}
	if e == nil {
		return nil, accord.Errorf(accord.ENOTFOUND, "no engagement %q", id)
	}
	v := &correctView{E: e, Writable: s.opts.WriteToken != "", Types: accord.EngagementTypes}
	idx := rec.ActorIndex()
	for _, p := range e.Participants {
		if a := idx[p]; a != nil {
			v.Names = append(v.Names, a.Name)
		} else {
			v.Names = append(v.Names, p)
		}
	}
	if e.Curation != nil {
		v.Marks, v.Hidden = e.Curation.Marks, e.Curation.Hidden
	}
	return v, nil
}

func (s *Server) pageCorrectEngagement(w http.ResponseWriter, r *http.Request) {
	v, err := s.correctModel(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "correct", layout{Title: "Correct " + string(v.E.Type) + " " + v.E.Date, Data: v})
}

// postCorrectEngagement takes the page's form: the token is typed by the
// analyst into it (a form cannot send an Authorization header), checked as
// the API checks it, and is never written into a page.
func (s *Server) postCorrectEngagement(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.pageError(w, r, accord.ErrorAt(accord.EINVALID, "form", "%v", err))
		return
	}
	v, err := s.correctModel(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f := r.PostForm
	v.Action, v.Note = f.Get("action"), f.Get("note")
	fail := func(status int, msg string) {
		v.Error = msg
		s.render(w, r, status, "correct", layout{Title: "Correct " + string(v.E.Type) + " " + v.E.Date, Data: v})
	}
	token := f.Get("token")
	if token == "" {
		fail(http.StatusUnauthorized, "The write token is required.")
		return
	}
	if constantTimeCompare([]byte(token), []byte(s.opts.WriteToken)) != 1 {
		fail(http.StatusForbidden, "The write token is not valid.")
		return
	}
	c := accord.Correction{Target: v.E.ID, Note: f.Get("note"), Author: strings.TrimSpace(f.Get("author"))}
	switch v.Action {
	case "hide":
		c.Kind = accord.CorrectHideEngagement
	case "redate":
		c.Kind, c.Value = accord.CorrectRedateEngagement, f.Get("date")
	case "retype":
		c.Kind, c.Value = accord.CorrectRetypeEngagement, f.Get("type")
	default:
		fail(http.StatusBadRequest, "action: choose hide, re-date or re-type.")
		return
	}
	if c.Author == "" {
		c.Author = "analyst (web)"
	}
	if _, err := curate.Add(r.Context(), s.store, c); err != nil {
		status, _, msg := s.errorStatus(r, err)
		fail(status, msg)
		return
	}
	s.invalidate()
	http.Redirect(w, r, "/engagements/"+v.E.ID+"/correct", http.StatusSeeOther)
}

// correctedSuffix marks a fact corrected by an analyst in lists of facts
// (an article's): what the correction was and why.
func correctedSuffix(c *accord.Curation) string {
	if c == nil || len(c.Marks) == 0 {
		return ""
	}
	var parts []string
	for _, m := range c.Marks {
		parts = append(parts, m.Detail+": "+m.Note)
	}
	return " — corrected (" + strings.Join(parts, "; ") + ")"
}
