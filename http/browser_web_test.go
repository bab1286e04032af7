package http

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Browser tests of issue 11's pages in real Chromium: the picker by
// keyboard and without script, the event, country, brief and API pages,
// keyboard focus and AA contrast on each, and the analyst's two tasks.

// tab drives one Chromium tab in a test.
type tab struct {
	t   *testing.T
	ctx context.Context
}

func (p tab) run(what string, steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	// A step that waits for what never comes fails in seconds, not at the
	// browser's deadline, and says where the page was.
	ctx, cancel := context.WithTimeout(p.ctx, 15*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		l, _ := chromedp.Run(p.ctx, chromedp.Location())
		focus, _ := chromedp.Run(p.ctx, chromedp.Evaluate[string](`document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : ''`))
		p.t.Fatalf("%s: %v (at %s, focus on %s)", what, err, l, focus)
	}
}

func (p tab) text(sel string) string {
	p.t.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		p.t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

func (p tab) location() string {
	p.t.Helper()
	l, err := chromedp.Run(p.ctx, chromedp.Location())
	if err != nil {
		p.t.Fatal(err)
	}
	return l
}

func eval[T any](p tab, js string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		p.t.Fatalf("evaluate %.60s: %v", js, err)
	}
	return v
}

// contrastJS lists the text of the page whose colour against its
// background is below WCAG AA: 4.5:1, or 3:1 for large text. Backgrounds
// are composed up the tree; SVG text (drawn with fill) is left out.
const contrastJS = `(() => {
  const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(',').map(parseFloat); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const back = el => { const layers = []; for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
    let o = {r: 255, g: 255, b: 255}; for (let i = layers.length - 1; i >= 0; i--) { const c = layers[i]; o = {r: c.r * c.a + o.r * (1 - c.a), g: c.g * c.a + o.g * (1 - c.a), b: c.b * c.a + o.b * (1 - c.a)}; } return o; };
  const bad = [], seen = new Set();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (w.nextNode()) {
    const el = w.currentNode.parentElement;
    if (!w.currentNode.textContent.trim() || seen.has(el) || el.closest('svg')) continue;
    seen.add(el);
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    if (cs.visibility === 'hidden' || r.width === 0 || r.height === 0 || r.bottom < 0) continue;
    const fg = parse(cs.color), bg = back(el);
    const l1 = lum(fg), l2 = lum(bg), ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(cs.fontSize), large = size >= 24 || (size >= 18.66 && parseInt(cs.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) bad.push(el.tagName + '.' + el.className + ' "' + w.currentNode.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
  }
  return bad.slice(0, 10);
})()`

// checkAA fails the test for text below AA contrast on the current page.
func (p tab) checkAA(name string) {
	p.t.Helper()
	if bad := eval[[]string](p, contrastJS); len(bad) > 0 {
		p.t.Errorf("%s: text below AA contrast: %q", name, bad)
	}
}

// checkFocus tabs through the first n focusable elements of the current
// page and fails for one that receives focus without a visible outline.
func (p tab) checkFocus(name string, n int) {
	p.t.Helper()
	eval[bool](p, `document.activeElement && document.activeElement.blur(), window.scrollTo(0, 0), true`)
	for i := range n {
		p.run("tab", chromedp.KeyEvent(kb.Tab))
		f := eval[map[string]string](p, `(() => { const e = document.activeElement, s = getComputedStyle(e);
			return {tag: e.tagName + (e.id ? '#' + e.id : ''), style: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow}; })()`)
		if f["tag"] == "BODY" {
			break
		}
		if (f["style"] == "none" || f["width"] == "0px") && f["shadow"] == "none" {
			p.t.Errorf("%s: focus %d on %s is not visible (outline %s %s)", name, i, f["tag"], f["style"], f["width"])
		}
	}
}

// TestBrowserPicker uses the home page's country picker with the keyboard
// alone, then without script.
func TestBrowserPicker(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(NewServer(relStore(t), Options{}).Handler())
	t.Cleanup(srv.Close)
	p := tab{t, ctx}
	p.run("home", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("form.picker")))
	p.checkAA("home")
	p.checkFocus("home", 14)
	// Tab to the picker, as a keyboard user does.
	eval[bool](p, `document.activeElement.blur(), true`)
	for range 20 {
		if eval[string](p, `document.activeElement.id`) == "pick-a" {
			break
		}
		p.run("tab", chromedp.KeyEvent(kb.Tab))
	}
	if id := eval[string](p, `document.activeElement.id`); id != "pick-a" {
		t.Fatalf("tabbing never reached the picker (focus on %q)", id)
	}
	p.run("type an alias", chromedp.KeyEvent("vietnam"), chromedp.WaitVisible(chromedp.CSS("#picker-list-1 li[aria-selected=true]")))
	if got := p.text("#picker-list-1 li[aria-selected=true]"); !strings.HasPrefix(got, "Viet Nam") {
		t.Errorf(`"vietnam" proposes %q first, want Viet Nam`, got)
	}
	if exp := eval[string](p, `document.getElementById('pick-a').getAttribute('aria-expanded')`); exp != "true" {
		t.Errorf("aria-expanded %q with the list open", exp)
	}
	shot(t, ctx, "home-picker")
	p.run("choose", chromedp.KeyEvent(kb.Enter), chromedp.WaitNotVisible(chromedp.CSS("#picker-list-1")))
	if v := eval[string](p, `document.getElementById('pick-a').value`); v != "Viet Nam" {
		t.Errorf("picked %q, want Viet Nam", v)
	}
	p.run("second country by code", chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent("kr"), chromedp.WaitVisible(chromedp.CSS("#picker-list-2 li")))
	if got := p.text("#picker-list-2 li[aria-selected=true]"); !strings.HasPrefix(got, "Republic of Korea") {
		t.Errorf(`"kr" proposes %q first`, got)
	}
	p.run("arrows", chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowUp), chromedp.KeyEvent(kb.Enter))
	p.run("submit", chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.CSS("#tl-h")))
	if l := p.location(); !strings.HasSuffix(l, "/dyads/KR/VN") {
		t.Errorf("the picker led to %s, want /dyads/KR/VN", l)
	}

	// Without script: the datalist stays, and the form still finds.
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	p.run("home without script", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("form.picker")))
	if l := eval[string](p, `document.getElementById('pick-a').getAttribute('list') || ''`); l != "countries" {
		t.Errorf("without script the input has list=%q", l)
	}
	p.run("type and go", chromedp.SendKeys(chromedp.CSS("#pick-a"), "South Korea"), chromedp.SendKeys(chromedp.CSS("#pick-b"), "VN"),
		chromedp.Click(chromedp.CSS("form.picker button")), chromedp.WaitVisible(chromedp.CSS("#tl-h")))
	if l := p.location(); !strings.HasSuffix(l, "/dyads/KR/VN") {
		t.Errorf("without script the picker led to %s", l)
	}
	p.run("one country", chromedp.Navigate(srv.URL+"/"), chromedp.SendKeys(chromedp.CSS("#pick-a"), "Việt Nam"),
		chromedp.Click(chromedp.CSS("form.picker button")), chromedp.WaitVisible(chromedp.CSS("#rel-h")))
	if l := p.location(); !strings.HasSuffix(l, "/countries/VN") {
		t.Errorf("one country led to %s, want its profile", l)
	}
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false}); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserPages clicks from a relationship to an event, its visit, a
// country, the brief (printed) and the API page, checking AA contrast and
// keyboard focus on each.
func TestBrowserPages(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(NewServer(relStore(t), Options{}).Handler())
	t.Cleanup(srv.Close)
	p := tab{t, ctx}
	p.run("relationship", chromedp.Navigate(srv.URL+"/dyads/KR/VN"), chromedp.WaitVisible(chromedp.CSS("#recent-h")))
	// The talks of the state visit (not the hostile article's), by their
	// type's link.
	if !eval[bool](p, `(() => { const a = [...document.querySelectorAll('#recent-h ~ .contacts a.type')].find(a => a.textContent === 'talks' && a.parentNode.querySelector('time[datetime="2025-08-11"]')); if (a) a.id = 'pick'; return !!a; })()`) {
		t.Fatal("no talks among the latest contacts")
	}
	p.run("event", chromedp.Click(chromedp.CSS("#pick")), chromedp.WaitVisible(chromedp.CSS("#reports-h")))
	if l := p.location(); !strings.Contains(l, "/engagements/e_") {
		t.Fatalf("the talks' link led to %s", l)
	}
	if n := eval[int](p, `document.querySelectorAll('.side').length`); n < 2 {
		t.Errorf("%d sides of reports, want each country's and others", n)
	}
	if s := p.text("#targets-h + ul"); !strings.Contains(s, "150 billion") {
		t.Errorf("targets stated at the talks: %q", s)
	}
	p.checkAA("event")
	p.checkFocus("event", 12)
	shot(t, ctx, "event")
	p.run("its visit", chromedp.Click(chromedp.CSS("#parent-h + .contacts a.type")), chromedp.WaitVisible(chromedp.CSS("#subs-h")))
	if n := eval[int](p, `document.querySelectorAll('#subs-h + .contacts li').length`); n < 2 {
		t.Errorf("the visit lists %d events, want its talks, signing, press conference", n)
	}
	if s := p.text("#refs-h ~ .reports"); !strings.Contains(s, "recalled") {
		t.Errorf("later references: %q", s)
	}
	shot(t, ctx, "event-visit")
	p.run("country", chromedp.Click(chromedp.CSS(`.eventfacts a[href="/countries/VN"]`)), chromedp.WaitVisible(chromedp.CSS("#rel-h")))
	if s := p.text("table.dyads"); !strings.Contains(s, "Republic of Korea") {
		t.Errorf("Viet Nam's relationships: %q", s)
	}
	if s := p.text("#tg-h ~ .table-wrap"); !strings.Contains(s, "GDP growth") {
		t.Errorf("Viet Nam's targets: %q", s)
	}
	p.checkAA("country")
	shot(t, ctx, "country")
	// The CSV of the country's relationships, as its link gives it.
	got, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(async () => { const r = await fetch(document.querySelector('a[href^="/api/dyads?format=csv"]').href); return r.headers.get('content-type') + '|' + (await r.text()).split('\n')[0]; })()`, chromedp.EvalAwaitPromise))
	if err != nil || !strings.HasPrefix(got, "text/csv") || !strings.Contains(got, "|a,b,name_a") {
		t.Errorf("the CSV link gives %q (%v)", got, err)
	}

	p.run("relationship again", chromedp.Navigate(srv.URL+"/dyads/KR/VN"), chromedp.WaitVisible(chromedp.CSS("#recent-h")),
		chromedp.Click(chromedp.CSS(`a[href="/dyads/KR/VN/brief"]`)), chromedp.WaitVisible(chromedp.CSS("article.brief")))
	p.checkAA("brief")
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	if d := eval[string](p, `getComputedStyle(document.querySelector('header.site')).display`); d != "none" {
		t.Errorf("printed, the site's header shows (display %s)", d)
	}
	shot(t, ctx, "brief-print")
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}
	p.run("API", chromedp.Click(chromedp.CSS(`header nav a[href="/api"]`)), chromedp.WaitVisible(chromedp.CSS("#ops-h")))
	if n := eval[int](p, `document.querySelectorAll('section.op').length`); n < 14 {
		t.Errorf("/api shows %d operations", n)
	}
	p.checkAA("api")
	shot(t, ctx, "api")
}

// TestBrowserTasks does the analyst's two tasks of issue 11 on the White
// House corpus and the seeds, by clicking from home, in at most 3 clicks.
func TestBrowserTasks(t *testing.T) {
	ctx := browser(t)
	db := whsStore(t)
	srv := httptest.NewServer(NewServer(db, Options{}).Handler())
	t.Cleanup(srv.Close)
	p := tab{t, ctx}
	clicks := 0
	click := func(what, sel string, wait string) {
		t.Helper()
		clicks++
		p.run(what, chromedp.Click(chromedp.CSS(sel)), chromedp.WaitVisible(chromedp.CSS(wait)))
	}
	pick := func(a, b string) {
		t.Helper()
		p.run("pick "+a, chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("form.picker")),
			chromedp.SendKeys(chromedp.CSS("#pick-a"), a), chromedp.KeyEvent(kb.Enter),
			chromedp.SendKeys(chromedp.CSS("#pick-b"), b), chromedp.KeyEvent(kb.Enter))
	}

	// 1. "When did the leaders of the United States and the Republic of
	// Korea last talk, and what did they commit to?"
	pick("United States", "Korea")
	shot(t, ctx, "task1-home")
	click("go", "form.picker button", "#recent-h")
	if l := p.location(); !strings.HasSuffix(l, "/dyads/KR/US") {
		t.Fatalf("task 1 led to %s", l)
	}
	last := p.text("#recent-h + .contacts li:first-child time")
	lede := p.text("p.lede")
	if last == "" || !strings.Contains(lede, "last contact "+last) {
		t.Errorf("the latest contact %q is not the last contact of %q", last, lede)
	}
	shot(t, ctx, "task1-relationship")
	click("the last contact", "#recent-h + .contacts li:first-child a.type", "#targets-h")
	if n := eval[int](p, `document.querySelectorAll('#targets-h + ul li').length`); n == 0 {
		t.Errorf("the last contact's page states no commitment")
	}
	if n := eval[int](p, `document.querySelectorAll('.side blockquote').length`); n == 0 {
		t.Errorf("the last contact's page quotes no report")
	}
	shot(t, ctx, "task1-event")
	if clicks > 3 {
		t.Errorf("task 1 took %d clicks", clicks)
	}
	t.Logf("task 1: %d clicks; last contact %s", clicks, last)

	// 2. "Has the Viet Nam – Republic of Korea trade target changed over
	// time, and how?"
	clicks = 0
	pick("Viet Nam", "Republic of Korea")
	click("go", "form.picker button", "#targets-h")
	if l := p.location(); !strings.HasSuffix(l, "/dyads/KR/VN") {
		t.Fatalf("task 2 led to %s", l)
	}
	if !eval[bool](p, `(() => { const a = [...document.querySelectorAll('.card.target h3 a')].find(a => /trade/i.test(a.textContent)); if (a) { a.id = 'trade'; a.scrollIntoView(); } return !!a; })()`) {
		t.Fatal("the relationship has no trade target")
	}
	shot(t, ctx, "task2-relationship")
	click("the trade target", "#trade", ".card.target")
	hist := eval[int](p, `document.querySelectorAll('.card.target .history li').length`)
	changed := eval[string](p, `[...document.querySelectorAll('.card.target .history strong')].map(s => s.textContent).join('; ')`)
	if hist < 2 || changed == "" {
		t.Errorf("the trade target shows %d statements, changes %q", hist, changed)
	}
	eval[bool](p, `document.querySelectorAll('details').forEach(d => d.open = true), true`)
	shot(t, ctx, "task2-target")
	if clicks > 3 {
		t.Errorf("task 2 took %d clicks", clicks)
	}
	t.Logf("task 2: %d clicks; %d statements; %s", clicks, hist, changed)
}
