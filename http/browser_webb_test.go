package http

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// Browser tests of the timelines, target charts, SVG downloads and search
// of issue 11, in real Chromium (helpers in browser_test.go).

type chartTab struct {
	t   *testing.T
	ctx context.Context
	url string
}

func (p *chartTab) run(what string, steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatalf("%s: %v", what, err)
	}
}

func evalAs[T any](p *chartTab, js string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("evaluate %.60s…: %v", js, err)
	}
	return v
}

func (p *chartTab) location() *url.URL {
	p.t.Helper()
	l, err := chromedp.Run(p.ctx, chromedp.Location())
	if err != nil {
		p.t.Fatal(err)
	}
	u, err := url.Parse(l)
	if err != nil {
		p.t.Fatal(err)
	}
	return u
}

// shotViewport saves what the screen shows (not the whole page, whose
// capture lays out beyond the viewport) to docs/screenshots when
// ACCORD_SCREENSHOTS=1.
func shotViewport(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if os.Getenv("ACCORD_SCREENSHOTS") != "1" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join("..", "docs", "screenshots", name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// focused makes the headless page behave as the focused window, so that
// focus events fire as they do for a user's keyboard.
func focused() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
		return err
	})
}

// svgDownload fetches a chart's download link from the page and checks
// that it is a standalone SVG document.
func (p *chartTab) svgDownload(sel string) {
	p.t.Helper()
	res := evalAs[map[string]string](p, `(async () => {
		const a = document.querySelector(`+"`"+sel+"`"+`);
		if (!a) return {error: 'no link'};
		const r = await fetch(a.href);
		return {status: String(r.status), type: r.headers.get('content-type'), body: await r.text(), download: String(a.hasAttribute('download'))};
	})()`)
	if res["error"] != "" || res["status"] != "200" || res["type"] != "image/svg+xml" || res["download"] != "true" {
		p.t.Errorf("%s: %v %s %s download=%s", sel, res["error"], res["status"], res["type"], res["download"])
		return
	}
	b := res["body"]
	if !strings.HasPrefix(b, "<?xml") || !strings.Contains(b, `xmlns="http://www.w3.org/2000/svg"`) || !strings.Contains(b, "<style>") || !strings.HasSuffix(strings.TrimSpace(b), "</svg>") {
		p.t.Errorf("%s: not a standalone SVG: %.200s", sel, b)
	}
	// It parses as XML.
	ok := evalAs[bool](p, `(() => { const d = new DOMParser().parseFromString(`+"`"+strings.ReplaceAll(b, "`", "\\`")+"`"+`, 'image/svg+xml'); return !d.querySelector('parsererror') && d.documentElement.nodeName === 'svg'; })()`)
	if !ok {
		p.t.Errorf("%s: the SVG does not parse", sel)
	}
}

// TestBrowserTimelineDense drives the timeline of 450 engagements: counted
// by month, zoomed by link, brush and form, told apart by shape, the recent
// end first on a phone, and downloadable as SVG.
func TestBrowserTimelineDense(t *testing.T) {
	defer func(n int) { pairWindowMax = n }(pairWindowMax)
	pairWindowMax = 1000 // every one of the dense pair's contacts
	ctx := browser(t)
	const n = 450
	db := denseStore(t, n)
	srv := httptest.NewServer(NewServer(db, Options{}).Handler())
	t.Cleanup(srv.Close)
	p := &chartTab{t, ctx, srv.URL}

	p.run("dense relationship", chromedp.Navigate(srv.URL+"/dyads/KR/VN"), chromedp.WaitVisible(chromedp.CSS("svg.tl a.bin")))
	got := evalAs[map[string]int](p, `(() => {
		const rows = {};
		let total = 0;
		for (const a of document.querySelectorAll('svg.tl a.bin')) {
			const m = a.getAttribute('aria-label').match(/: (\d+) engagements$/);
			if (m) total += +m[1];
		}
		return {
			total: total,
			marks: document.querySelectorAll('svg.tl a.mark').length,
			bins: document.querySelectorAll('svg.tl a.bin').length,
			legend: document.querySelectorAll('.timeline .legend li svg path').length,
			rows: document.querySelectorAll('svg.tl .rowlabel').length,
			ticks: document.querySelectorAll('svg.tl .ticklabel').length,
		};
	})()`)
	if got["total"] != n || got["marks"] != 0 || got["legend"] != 10 || got["rows"] != 11 || got["ticks"] < 3 {
		t.Errorf("dense timeline: %v; want all %d counted in the 'all types' row, no marks, 10 shapes in the legend, 11 rows", got, n)
	}
	if s := evalAs[string](p, `document.querySelector('.tl-count').textContent`); !strings.Contains(s, "counted by month") {
		t.Errorf("count line %q", s)
	}
	// Keyboard: a bin is reachable and shows its tooltip on focus.
	p.run("focus a bin", focused(), chromedp.Focus(chromedp.CSS("svg.tl a.bin")), chromedp.WaitVisible(chromedp.CSS("#chart-tooltip")))
	if tip := evalAs[string](p, `document.getElementById('chart-tooltip').textContent`); !strings.Contains(tip, "engagements") {
		t.Errorf("bin tooltip %q", tip)
	}
	shot(t, ctx, "timeline-dense")
	p.svgDownload(".timeline a.svg-download")

	// Zoom in by link: a date range in the URL, fewer engagements shown.
	p.run("zoom in", chromedp.Click(chromedp.CSS("a.tl-zoomin")), chromedp.WaitVisible(chromedp.CSS("a.tl-all")))
	u := p.location()
	if u.Query().Get("from") == "" || u.Query().Get("to") == "" {
		t.Fatalf("zoom in led to %s", u)
	}
	if s := evalAs[string](p, `document.querySelector('.tl-count').textContent`); strings.HasPrefix(s, "450 of") {
		t.Errorf("zoomed in, still %q", s)
	}

	// The brush: drag across the middle of the plot.
	p.run("back to all", chromedp.Navigate(srv.URL+"/dyads/KR/VN"), chromedp.WaitVisible(chromedp.CSS("svg.tl rect.plot")))
	r := evalAs[map[string]float64](p, `(() => { const e = document.querySelector('svg.tl rect.plot'); e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, w: r.width, h: r.height}; })()`)
	// The dates at 40 % and 50 % of the domain the chart drew, to a day or two.
	want := evalAs[[]string](p, `(() => { const s = document.querySelector('svg.tl'), t0 = +s.dataset.t0, t1 = +s.dataset.t1;
		return [0.4, 0.5].map(f => new Date(t0 + (t1 - t0) * f).toISOString().slice(0, 10)); })()`)
	x0, x1, y := r["x"]+r["w"]*0.4, r["x"]+r["w"]*0.5, r["y"]+r["h"]*0.95
	p.run("brush",
		chromedp.MouseEvent(chromedp.MousePressed, x0, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseMoved, (x0+x1)/2, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseMoved, x1, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(chromedp.MouseReleased, x1, y, chromedp.ButtonLeft),
		chromedp.WaitVisible(chromedp.CSS("a.tl-all")))
	u = p.location()
	from, to := u.Query().Get("from"), u.Query().Get("to")
	near := func(a, b string) bool {
		x, _ := parseDay(a)
		y, _ := parseDay(b)
		d := x.Sub(y).Hours() / 24
		return d >= -2 && d <= 2
	}
	if !near(from, want[0]) || !near(to, want[1]) {
		t.Errorf("brush over 40–50%% of the plot gave %s..%s, want %s..%s", from, to, want[0], want[1])
	}

	// The form: one month, drawn mark by mark, each with its shape.
	p.run("form", chromedp.Navigate(srv.URL+"/dyads/KR/VN"), chromedp.WaitVisible(chromedp.CSS("form.tl-range")),
		chromedp.SetValue(chromedp.CSS(`form.tl-range input[name="from"]`), "2023-03-01"),
		chromedp.SetValue(chromedp.CSS(`form.tl-range input[name="to"]`), "2023-03-31"),
		chromedp.Submit(chromedp.CSS("form.tl-range")),
		chromedp.WaitVisible(chromedp.CSS("svg.tl a.mark")))
	if q := p.location().Query(); q.Get("from") != "2023-03-01" || q.Get("to") != "2023-03-31" {
		t.Errorf("form led to %s", p.location())
	}
	marks := evalAs[map[string]int](p, `({marks: document.querySelectorAll('svg.tl a.mark path').length,
		shapes: new Set([...document.querySelectorAll('svg.tl a.mark path')].map(e => e.getAttribute('d').replace(/[-\d.]+/g, 'n'))).size,
		bins: document.querySelectorAll('svg.tl a.bin').length})`)
	if marks["marks"] < 15 || marks["marks"] > 16 || marks["bins"] != 0 || marks["shapes"] < 5 {
		t.Errorf("a month: %v; want 15–16 marks of several shapes, no bins", marks)
	}
	shot(t, ctx, "timeline-month")

	// A phone: the page does not overflow, and the chart is scrolled to
	// its recent end: the last tick is on screen, the first is not.
	p.run("phone", chromedp.EmulateViewport(375, 800), chromedp.Navigate(srv.URL+"/dyads/KR/VN"), chromedp.WaitVisible(chromedp.CSS("svg.tl")))
	ph := evalAs[map[string]float64](p, `(() => {
		const ticks = [...document.querySelectorAll('svg.tl .ticklabel')].map(e => e.getBoundingClientRect());
		return {over: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			first: ticks[0].left, last: ticks[ticks.length - 1].right, width: window.innerWidth};
	})()`)
	if ph["over"] > 0 || ph["last"] > ph["width"] || ph["last"] < 0 || ph["first"] >= 0 {
		t.Errorf("phone: %v; want no overflow, the last tick on screen and the first off to the left", ph)
	}
	evalAs[bool](p, `(document.getElementById('timeline').scrollIntoView(), true)`)
	shotViewport(t, ctx, "timeline-phone")
	p.run("desktop", chromedp.EmulateViewport(1280, 900))

	// The actor page: the same 450, counted.
	p.run("actor", chromedp.Navigate(srv.URL+"/dyads/KR/VN"), chromedp.WaitVisible(chromedp.CSS(".contacts a[href^='/actors/']")),
		chromedp.Click(chromedp.CSS(".contacts a[href^='/actors/']")), chromedp.WaitVisible(chromedp.CSS("svg.tl a.bin")))
	if s := evalAs[string](p, `document.querySelector('.tl-count').textContent`); !strings.HasPrefix(s, "450 of 450") {
		t.Errorf("actor timeline: %q", s)
	}
	if n := evalAs[int](p, `document.querySelectorAll('ol.contacts li').length`); n != actorPageMax {
		t.Errorf("actor page lists %d engagements, want the latest %d", n, actorPageMax)
	}
	p.svgDownload(".timeline a.svg-download")
}

// TestBrowserTargetChart: a restated target's statements by date, each
// change old → new, the wording on focus, and the SVG.
func TestBrowserTargetChart(t *testing.T) {
	ctx := browser(t)
	db := relStore(t)
	srv := httptest.NewServer(NewServer(db, Options{}).Handler())
	t.Cleanup(srv.Close)
	p := &chartTab{t, ctx, srv.URL}
	p.run("relationship", chromedp.Navigate(srv.URL+"/dyads/KR/VN"), chromedp.WaitVisible(chromedp.CSS(".card.target svg.spark")))
	href := evalAs[string](p, `(() => { for (const c of document.querySelectorAll('.card.target')) if (c.querySelector('ol.changes li.changed')) return c.querySelector('h3 a').getAttribute('href'); return ''; })()`)
	if href == "" {
		t.Fatal("no target card shows a change")
	}
	p.svgDownload("figure.heat a.svg-download")
	p.run("target", chromedp.Navigate(srv.URL+href), chromedp.WaitVisible(chromedp.CSS("svg.spark a.pt-link")))
	got := evalAs[map[string]any](p, `(() => {
		const pts = [...document.querySelectorAll('svg.spark a.pt-link circle')].map(c => +c.getAttribute('cx'));
		const dates = [...document.querySelectorAll('ol.changes li time')].map(t => t.getAttribute('datetime'));
		return {xs: pts, dates: dates,
			changes: [...document.querySelectorAll('ol.changes li.changed')].map(li => li.textContent.replace(/\s+/g, ' ').trim()),
			ticks: document.querySelectorAll('svg.spark .ticklabel').length};
	})()`)
	xs, _ := got["xs"].([]any)
	dates, _ := got["dates"].([]any)
	if len(xs) < 3 || len(xs) != len(dates) {
		t.Fatalf("target chart: %v", got)
	}
	// x by date: equal dates equal x, later dates further right, and gaps
	// in proportion.
	day := func(i int) float64 { d, _ := parseDay(dates[i].(string)); return float64(d.Unix()) }
	x := func(i int) float64 { return xs[i].(float64) }
	for i := 1; i < len(xs); i++ {
		if (day(i) > day(i-1)) != (x(i) > x(i-1)) {
			t.Errorf("statement %d (%s) at x %v after %s at %v", i, dates[i], x(i), dates[i-1], x(i-1))
		}
	}
	changes := strings.Join(func() []string {
		var s []string
		for _, c := range got["changes"].([]any) {
			s = append(s, c.(string))
		}
		return s
	}(), " | ")
	for _, want := range []string{"value 150 billion USD → 200 billion USD", "qualifier none → in a more balanced manner"} {
		if !strings.Contains(changes, want) {
			t.Errorf("changes %q lack %q", changes, want)
		}
	}
	// The wording on keyboard focus.
	p.run("focus a statement", focused(), chromedp.Focus(chromedp.CSS("svg.spark a.pt-link")), chromedp.WaitVisible(chromedp.CSS("#chart-tooltip")))
	if tip := evalAs[string](p, `document.getElementById('chart-tooltip').textContent`); !strings.Contains(tip, "“") {
		t.Errorf("statement tooltip without its wording: %q", tip)
	}
	shot(t, ctx, "target-chart")
	p.svgDownload(".target-chart a.svg-download")
}

// TestBrowserSearchUI: names and aliases, stems, an unclosed quote, order
// and dates in the form, chips by name, and each hit's relationship and
// events.
func TestBrowserSearchUI(t *testing.T) {
	ctx := browser(t)
	db := seedStore(t, false)
	srv := httptest.NewServer(NewServer(db, Options{}).Handler())
	t.Cleanup(srv.Close)
	p := &chartTab{t, ctx, srv.URL}
	count := func(q string) string {
		t.Helper()
		p.run("search "+q, chromedp.Navigate(srv.URL+"/search"), chromedp.WaitVisible(chromedp.CSS("#q")),
			chromedp.SendKeys(chromedp.CSS("#q"), q+"\n"), chromedp.WaitVisible(chromedp.CSS("h2.count, p.error")))
		if e := evalAs[string](p, `(document.querySelector('p.error') || {}).textContent || ''`); e != "" {
			t.Errorf("search %q: error %q", q, e)
		}
		return evalAs[string](p, `document.querySelector('h2.count') ? document.querySelector('h2.count').textContent : ''`)
	}
	for _, group := range [][]string{
		{"Vietnam", "Viet Nam", "Việt Nam", "viet nam"},
		{"ROK", "Republic of Korea", "South Korea"},
		{"agreements", "agreement"},
		{"agreed", "agreeing", "agrees"},
	} {
		want := count(group[0])
		if strings.HasPrefix(want, "No ") {
			t.Errorf("%q finds nothing", group[0])
		}
		for _, q := range group[1:] {
			if got := count(q); got != want {
				t.Errorf("%q: %q, but %q: %q", q, got, group[0], want)
			}
		}
	}
	// An unclosed quote is searched as typed.
	if got := count(`"Viet Nam`); strings.HasPrefix(got, "No ") || got == "" {
		t.Errorf("an unclosed quote: %q", got)
	}
	// Each hit shows the relationship and events it belongs to.
	count("Viet Nam")
	ctxs := evalAs[map[string]int](p, `({pairs: document.querySelectorAll('.hits .belongs a[href^="/dyads/"]').length,
		events: document.querySelectorAll('.hits .belongs a[href^="/engagements/"]').length})`)
	if ctxs["pairs"] == 0 || ctxs["events"] == 0 {
		t.Errorf("hits' context: %v", ctxs)
	}
	// Order and dates from the form.
	p.run("order and dates",
		chromedp.SetValue(chromedp.CSS(`.bigsearch select[name="sort"]`), "relevance"),
		chromedp.SetValue(chromedp.CSS(`.bigsearch input[name="from"]`), "2020-01-01"),
		chromedp.Submit(chromedp.CSS(".bigsearch")),
		chromedp.WaitVisible(chromedp.CSS(".chips")))
	if q := p.location().Query(); q.Get("sort") != "relevance" || q.Get("from") != "2020-01-01" {
		t.Errorf("the form led to %s", p.location())
	}
	if s := evalAs[string](p, `document.querySelector('p.sort').textContent`); !strings.Contains(s, "Most relevant") {
		t.Errorf("order line %q", s)
	}
	// Chips by name.
	p.run("chips", chromedp.Navigate(srv.URL+"/search?q=trade&country=KR&type=phone_call"), chromedp.WaitVisible(chromedp.CSS(".chips")))
	chips := evalAs[string](p, `document.querySelector('.chips').textContent.replace(/\s+/g, ' ')`)
	for _, want := range []string{"Country: Republic of Korea", "Engagement type: phone call"} {
		if !strings.Contains(chips, want) {
			t.Errorf("chips %q lack %q", chips, want)
		}
	}
	// The form keeps the filters in force.
	if n := evalAs[int](p, `document.querySelectorAll('.bigsearch input[type=hidden]').length`); n != 2 {
		t.Errorf("%d filters kept by the form, want 2", n)
	}
	// Facets: at most ten values before "more".
	if over := evalAs[int](p, `[...document.querySelectorAll('.facets section > ul')].filter(u => u.children.length > 10 && !u.querySelector('.on')).length`); over > 0 {
		t.Errorf("%d facet lists show more than ten values", over)
	}
	p.run("search shot", chromedp.Navigate(srv.URL+"/search?q=Vietnam"), chromedp.WaitVisible(chromedp.CSS(".hits li")))
	shot(t, ctx, "search-aliases")
}
