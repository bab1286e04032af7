package http

// Every chart can be downloaded as a standalone SVG file (issue 11): the
// same template as on the page, with the namespace, a size and the chart's
// styles inside, served as image/svg+xml.

import (
	"bytes"
	"html/template"
	"net/http"
	"path"
)

// chartCSS styles a standalone chart: the rules of style.css its marks use,
// with the page's colours written out.
const chartCSS template.CSS = `svg{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#fff}
.plot{fill:none}.row{stroke:#eef1f4;stroke-width:1}.axis{stroke:#9aa4b1;stroke-width:1}.tick{stroke:#e6e9ee;stroke-width:1}
.ticklabel,.rowlabel{font-size:12px;fill:#556070}.rowlabel{fill:#1d2733}.count{font-size:11px}
.mark path{stroke:#1d2733;stroke-width:1;fill-opacity:.92}.bin rect{stroke:#ffffff;stroke-width:.5}
.line{fill:none;stroke:#1f5a96;stroke-width:2}.pt{fill:#fff;stroke:#1f5a96;stroke-width:2}.pt.changed{fill:#1f5a96}`

func (s *Server) registerSVG(page func(string, http.HandlerFunc)) {
	page("/dyads/{a}/{b}/timeline.svg", s.svgDyadTimeline)
	page("/dyads/{a}/{b}/areas.svg", s.svgDyadAreas)
	page("/actors/{id}/timeline.svg", s.svgActorTimeline)
	page("/targets/{id}/chart.svg", s.svgTarget)
}

// heatmapSVG sets the download address of a heat map.
func heatmapSVG(h *heatmap, href string) *heatmap {
	if h != nil {
		h.SVG = href
	}
	return h
}

// writeSVG renders one chart template as a standalone SVG document.
func (s *Server) writeSVG(w http.ResponseWriter, r *http.Request, name, file string, data any) {
	if data == nil {
		s.errorPage(w, r, http.StatusNotFound, "no chart to draw: nothing dated")
		return
	}
	var buf bytes.Buffer
	buf.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	if err := s.pages.t["target"].ExecuteTemplate(&buf, name, data); err != nil {
		s.opts.Logger.Printf("http: %s %s: template %s: %v", r.Method, r.URL.Path, name, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "image/svg+xml")
	// The file's own <style>, and nothing else: no script, no fetches.
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	h.Set("Content-Disposition", `inline; filename="`+file+`"`)
	w.Write(buf.Bytes())
}

func (s *Server) svgDyadTimeline(w http.ResponseWriter, r *http.Request) {
	m, d, err := s.pageDyadFor(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	rng, err := rangeParams(r.URL.Query())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	base := "/dyads/" + d.A + "/" + d.B
	c := m.timeline(d.Engagements, tlOptions{Width: 1040, Base: base, SVG: base + "/timeline.svg", Range: rng})
	if c == nil {
		s.writeSVG(w, r, "", "", nil)
		return
	}
	c.Standalone = true
	s.writeSVG(w, r, "timeline-svg", "timeline-"+d.A+"-"+d.B+".svg", c)
}

func (s *Server) svgDyadAreas(w http.ResponseWriter, r *http.Request) {
	m, d, err := s.pageDyadFor(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	h := m.heatmap(d.Engagements)
	if h == nil {
		s.writeSVG(w, r, "", "", nil)
		return
	}
	h.Standalone = true
	s.writeSVG(w, r, "heatmap-svg", "areas-"+d.A+"-"+d.B+".svg", h)
}

func (s *Server) svgActorTimeline(w http.ResponseWriter, r *http.Request) {
	a, err := s.actorOf(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	rng, err := rangeParams(r.URL.Query())
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	c, _, err := s.actorTimeline(r.Context(), a, rng)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if c == nil {
		s.writeSVG(w, r, "", "", nil)
		return
	}
	c.Standalone = true
	s.writeSVG(w, r, "timeline-svg", "timeline-"+path.Base(a.ID)+".svg", c)
}

func (s *Server) svgTarget(w http.ResponseWriter, r *http.Request) {
	m, t := s.targetOf(w, r)
	if t == nil {
		return
	}
	v := m.targetView(t)
	if v.Chart == nil {
		s.writeSVG(w, r, "", "", nil)
		return
	}
	v.Chart.Standalone = true
	s.writeSVG(w, r, "target-svg", "target-"+path.Base(t.ID)+".svg", v.Chart)
}
