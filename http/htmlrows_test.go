package http

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// The templates targetrows.go replaced, as they were: the rows it writes
// must be these, byte for byte.
const oldTargetRows = `{{define "history"}}{{range .History}}
      <li><p class="meta"><time datetime="{{.Published}}">{{.Published}}</time> · {{restated .}}{{if .Changes}} · <strong>changed: {{join .Changes ", "}}</strong>{{end}}</p>
      <blockquote><a href="/articles/{{.Article}}#{{anchor $.ID}}">{{.Quote}}</a></blockquote></li>
    {{end}}{{end}}` +
	`{{define "changes"}}{{range .Changes}}<li{{if .Changed}} class="changed"{{end}}><time datetime="{{.Date}}">{{.Date}}</time> · {{if .First}}first stated: {{.Value}}{{else if .Changed}}{{range $i, $c := .Items}}{{if $i}}; {{end}}<span class="chg">{{$c.Field}} <span class="old">{{$c.Old}}</span> → <strong class="new">{{$c.New}}</strong></span>{{end}}{{else}}restated: {{.Value}}{{end}} · <a href="{{.Href}}" title="{{.Quote}}" data-tip="{{.Quote}}" class="wording">wording</a></li>
{{end}}{{end}}` +
	`{{define "points"}}<svg>{{range .Points}}<a class="pt-link" href="{{.Href}}" aria-label="{{.Title}}" data-tip="{{.Title}}"><circle class="pt{{if .Changed}} changed{{end}}" cx="{{f1 .X}}" cy="{{f1 .Y}}" r="5"><title>{{.Title}}</title></circle></a>{{end}}</svg>{{end}}`

// TestTargetRowsAsTemplates: the rows of a target's lists and chart are
// what html/template made of them, whatever the text: markup, quotes,
// '+', NUL, invalid UTF-8, characters a URL escapes or keeps, escapes
// valid and not, and schemes the URL filter refuses.
func TestTargetRowsAsTemplates(t *testing.T) {
	fs := template.FuncMap{"restated": func(r accord.Restatement) string {
		return formatTarget(r.Comparator, r.Value, r.Unit, r.Deadline, r.Period)
	}}
	for k, f := range funcs {
		fs[k] = f
	}
	old := template.Must(template.New("rows").Funcs(fs).Parse(oldTargetRows))
	texts := []string{
		"", "plain", `<b>"quoted" & 'single' + plus</b>`, "nul\x00byte", "bad \xff\xfe utf-8 \xe2\x28", "Zarnovia–Quell “talks” é 中",
		"a b/c?d=e&f#g", "%41%zz%4", "x:y", "javascript:alert(1)", "HTTPS://ok", "mailto:a@b", "data:text/html,x", "!$*,;=@[]~-._'()",
	}
	for i, s := range texts {
		id := "t_" + s
		tg := &accord.Target{ID: id, Metric: "m", Unit: "USD"}
		var hist []accord.Restatement
		var changes []targetChange
		var points []chartPoint
		for j, u := range texts {
			r := accord.Restatement{Evidence: accord.Evidence{Article: u, Quote: s + u, Published: u}, Value: float64(j) * 1.5, Unit: "USD", Comparator: "≥", Deadline: u, Period: s}
			if j%3 == 1 {
				r.Changes = []string{"value", u}
			}
			hist = append(hist, r)
			c := targetChange{Date: u, Value: s, Quote: u + s, Href: u, First: j == 0, Changed: j%2 == 1}
			if c.Changed {
				c.Items = []changeItem{{u, s, "none"}, {"deadline", "2031", u}}
			}
			if j%4 == 2 {
				c.Href = statementHref(tg, r)
			}
			changes = append(changes, c)
			points = append(points, chartPoint{X: float64(i) * 3.14159, Y: -float64(j) / 7, Title: u + s, Href: c.Href, Changed: j%2 == 0})
		}
		v := targetView{Target: tg, History: hist, Changes: changes}
		c := &targetChart{Points: points}
		for _, k := range []struct {
			name string
			data any
			got  template.HTML
		}{
			{"history", v, v.HistoryHTML()},
			{"changes", v, v.ChangesHTML()},
			{"points", c, "<svg>" + c.PointsHTML() + "</svg>"},
		} {
			var want bytes.Buffer
			if err := old.ExecuteTemplate(&want, k.name, k.data); err != nil {
				t.Fatal(err)
			}
			if string(k.got) != want.String() {
				g, w := string(k.got), want.String()
				n := 0
				for n < len(g) && n < len(w) && g[n] == w[n] {
					n++
				}
				t.Errorf("%s, text %d %q: differs at byte %d:\n got %q\nwant %q", k.name, i, s, n, g[n:min(len(g), n+80)], w[n:min(len(w), n+80)])
			}
		}
	}
	if !strings.Contains(string(targetView{Target: &accord.Target{ID: "t_x"}, History: []accord.Restatement{{}}}.HistoryHTML()), "#fact-t_x") {
		t.Error("no anchor in a row")
	}
}

// The items of the "contacts" template, as they were before contactRows.
const oldContactRows = `{{define "participants"}}{{range $i, $p := .}}{{if $i}}, {{end}}{{if $p.ID}}<a href="/actors/{{$p.ID}}">{{$p.Name}}</a>{{else}}{{$p.Name}}{{end}}{{end}}{{end}}` +
	`{{define "contacts"}}{{range .}}
  <li>
    <svg class="dot" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><circle cx="6" cy="6" r="5" fill="{{typeColor .Type}}"/></svg>
    <div>
      <p class="meta">{{if .Invitation}}<span class="invite {{.Invitation}}">Invitation {{.Invitation}}</span> · {{if .Invited}}invited <time datetime="{{.Invited}}">{{.Invited}}</time>{{else}}invitation date unknown{{end}}{{if .Date}} · for <time datetime="{{.Date}}">{{.Date}}</time>{{end}}{{else if .Date}}<time datetime="{{.Date}}">{{.Date}}</time>{{else}}date unknown{{end}} · <a class="type" href="{{.Event}}">{{typeLabel .Type}}</a>{{if .Place}} · {{.Place}}{{end}}{{if .Level}} · {{levelLabel .Level}}{{end}}</p>
      <p>{{template "participants" .Participants}}</p>
      {{if .Title}}<p class="report"><a href="{{.Href}}">{{.Title}}</a></p>{{end}}
      {{if .Marks}}<p class="corrected-inline"><a href="/engagements/{{.ID}}/correct">Corrected</a>: {{range $i, $m := .Marks}}{{if $i}}; {{end}}{{$m.Detail}} (“{{$m.Note}}”){{end}}</p>{{end}}
      {{if .ClosedBy}}<p class="closed">Fulfilled by {{if .ClosedHref}}<a href="{{.ClosedHref}}">{{.ClosedBy}}</a>{{else}}{{.ClosedBy}}{{end}}</p>{{end}}
    </div>
  </li>
{{end}}{{end}}`

// TestContactRowsAsTemplate: contactRows writes the items the template
// wrote, whatever the text and whichever parts a contact has.
func TestContactRowsAsTemplate(t *testing.T) {
	old := template.Must(template.New("rows").Funcs(funcs).Parse(oldContactRows))
	texts := []string{
		"", "plain", `<b>"q" & 'a' + p</b>`, "nul\x00", "bad \xff utf-8", "Zarnovia–Quell “x” é",
		"a b/c?d=e&f#g", "%41%zz", "javascript:x()", "HTTPS://ok", "/engagements/e_1",
	}
	var cs []contactView
	for i, s := range texts {
		for j, u := range texts {
			c := contactView{ID: u, Date: s, Place: u, Level: []string{"", "leader", "minister", s}[j%4], Type: accord.EngagementType([]string{"visit", "call", s, ""}[i%4]),
				Href: u, Title: s, Event: "/engagements/" + u, ClosedBy: []string{"", s}[j%2], ClosedHref: []string{"", u, ""}[i%3]}
			if j%3 == 0 {
				c.Invitation, c.Invited = []string{"open", s}[i%2], []string{"", u}[j%2]
			}
			for k := range j % 3 {
				c.Participants = append(c.Participants, actorLink{ID: []string{u, ""}[k%2], Name: s + u})
			}
			if (i+j)%4 == 1 {
				c.Marks = []accord.CorrectionMark{{Detail: s, Note: u}, {Detail: "date", Note: s}}
			}
			cs = append(cs, c)
		}
	}
	for _, n := range []int{0, 1, 7, len(cs)} {
		var want bytes.Buffer
		if err := old.ExecuteTemplate(&want, "contacts", cs[:n]); err != nil {
			t.Fatal(err)
		}
		if got := string(contactRows(cs[:n])); got != want.String() {
			w := want.String()
			k := 0
			for k < len(got) && k < len(w) && got[k] == w[k] {
				k++
			}
			t.Errorf("%d contacts: differs at byte %d:\n got %q\nwant %q", n, k, got[k:min(len(got), k+120)], w[k:min(len(w), k+120)])
		}
	}
}

// The marks and bins of "timeline-svg", as they were before MarksHTML and
// BinsHTML.
const oldChartRows = `{{define "marks"}}  {{range .Marks}}
  <a class="mark" href="{{.Href}}" aria-label="{{.Title}}" data-tip="{{.Title}}"><path d="{{.Shape}}" fill="{{.Color}}"><title>{{.Title}}</title></path></a>
  {{end}}
{{end}}{{define "bins"}}  {{range .Bins}}{{range .Cells}}
  <a class="bin" href="{{.Href}}#timeline" aria-label="{{.Title}}" data-tip="{{.Title}}"><rect x="{{f1 .X}}" y="{{f1 .Y}}" width="{{f1 .W}}" height="{{f1 .H}}" rx="2" fill="{{.Fill}}"><title>{{.Title}}</title></rect>{{if .Label}}<text class="count" x="{{f1 (add .X (div2 .W))}}" y="{{f1 (add .Y (div2 .H))}}" dy="0.35em" text-anchor="middle" fill="{{.Ink}}">{{.Count}}</text>{{end}}</a>
  {{end}}{{end}}
{{end}}`

// TestChartRowsAsTemplate: a timeline's marks and cells are what the
// template wrote.
func TestChartRowsAsTemplate(t *testing.T) {
	old := template.Must(template.New("rows").Funcs(funcs).Parse(oldChartRows))
	texts := []string{"", "plain", `<b>"q" & 'a' + p</b>`, "nul\x00", "bad \xff", "week of 3 Mar 2031: 4 talks", "/actors/p_1?from=2031-01-01&to=2031-01-07", "javascript:x()", "M1 2 L3 4Z", "#a1b2c3"}
	var c timelineChart
	for i, s := range texts {
		c.Marks = append(c.Marks, timelineMark{X: float64(i), Y: -1.25, R: 4, Color: s, Shape: texts[(i+3)%len(texts)], Href: texts[(i+6)%len(texts)], Title: s})
		row := binRow{Y: float64(i) * 26, Label: s}
		for j, u := range texts {
			row.Cells = append(row.Cells, binCell{X: 150 + float64(j)*12.345, Y: float64(i) * 26.05, W: 11.95, H: 22, Count: i*j - 3, Fill: u, Ink: s, Title: s + u, Href: u, Label: (i+j)%2 == 0})
		}
		c.Bins = append(c.Bins, row)
	}
	for _, k := range []struct {
		name string
		got  template.HTML
	}{{"marks", "  " + c.MarksHTML() + "\n"}, {"bins", "  " + c.BinsHTML() + "\n"}} {
		var want bytes.Buffer
		if err := old.ExecuteTemplate(&want, k.name, c); err != nil {
			t.Fatal(err)
		}
		if string(k.got) != want.String() {
			g, w := string(k.got), want.String()
			n := 0
			for n < len(g) && n < len(w) && g[n] == w[n] {
				n++
			}
			t.Errorf("%s differ at byte %d:\n got %q\nwant %q", k.name, n, g[n:min(len(g), n+100)], w[n:min(len(w), n+100)])
		}
	}
}
