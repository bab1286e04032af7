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
