package http

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const chromiumPath = "/usr/bin/chromium"

// browser starts headless Chromium for a test, or skips the test when it is
// not installed, except on CI, where it must be (scripts/chromium.sh).
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing on CI: run scripts/chromium.sh", chromiumPath)
		}
		t.Skipf("%s is missing; scripts/chromium.sh installs it", chromiumPath)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		// Chromium's shared-memory files (with /dev/shm unused) go to
		// TMPDIR: the test's own, so a killed browser leaves none in /tmp.
		chromedp.Env("TMPDIR=" + t.TempDir()),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("force-color-profile", "srgb"),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	if err := chromedp.Do(ctx); err != nil { // start the browser now
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// shot saves a screenshot of the page to docs/screenshots when
// ACCORD_SCREENSHOTS=1.
func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if os.Getenv("ACCORD_SCREENSHOTS") != "1" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	dir := filepath.Join("..", "docs", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBrowser drives real Chromium over the five seed articles, ingested
// through read, extract, the SQLite store and consolidate.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	db := seedStore(t, false)
	m, err := NewServer(db, Options{}).model(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if d := m.byDyad[dyadKey("KR", "VN")]; d == nil || len(d.Engagements) == 0 {
		t.Fatalf("the seed articles give no KR–VN engagement (record: %d actors, %d engagements, %d targets)",
			len(m.rec.Actors), len(m.rec.Engagements), len(m.rec.Targets))
	}
	srv := httptest.NewServer(NewServer(db, Options{}).Handler())
	t.Cleanup(srv.Close)
	run := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return strings.TrimSpace(s)
	}
	location := func() string {
		t.Helper()
		l, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		return l
	}

	run("home", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS("table.dyads")))
	if !strings.Contains(text("table.dyads"), "KR–VN") {
		t.Fatalf("home lists no KR–VN relationship: %q", text("table.dyads"))
	}
	shot(t, ctx, "home")

	// The relationship page: its timeline's marks lead to the reports.
	run("relationship", chromedp.Navigate(srv.URL+"/dyads/VN/KR"), chromedp.WaitVisible(chromedp.CSS("svg a.mark")))
	if l := location(); !strings.HasSuffix(l, "/dyads/KR/VN") {
		t.Errorf("relationship at %s, want /dyads/KR/VN", l)
	}
	if h1 := text("h1"); !strings.Contains(h1, "–") {
		t.Errorf("relationship h1 %q", h1)
	}
	shot(t, ctx, "relationship")
	run("click a timeline mark", chromedp.Click(chromedp.CSS("svg a.mark")), chromedp.WaitVisible(chromedp.CSS("article.doc mark.fact")))
	l := location()
	if !strings.Contains(l, "/articles/") || !strings.Contains(l, "#fact-") {
		t.Fatalf("a timeline mark led to %s, want an article at a fact", l)
	}
	anchor := l[strings.Index(l, "#")+1:]
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int]("document.querySelectorAll('[id=\""+anchor+"\"]').length")); err != nil || n != 1 {
		t.Errorf("anchor %s found %d times (%v)", anchor, n, err)
	}
	// The facts' tooltips show on keyboard focus.
	run("focus a fact", chromedp.Focus(chromedp.CSS("mark.fact")), chromedp.WaitVisible(chromedp.CSS("mark.fact + .tip")))
	shot(t, ctx, "article")

	// Search, then refine by a facet: the results change.
	run("search", chromedp.Navigate(srv.URL+"/"),
		chromedp.SendKeys(chromedp.CSS("#site-q"), "trade\n"),
		chromedp.WaitVisible(chromedp.CSS(".hits li")))
	before := text("h2.count")
	var facet string
	shot(t, ctx, "search")
	facet, err = chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		const total = parseInt((document.querySelector('h2.count').textContent.match(/of ([\d,]+)/) || [0, '0'])[1].replace(/,/g, ''));
		for (const a of document.querySelectorAll('.facets a.facet')) {
			const n = parseInt(a.querySelector('.n').textContent);
			if (n < total) { a.id = 'pick'; return a.getAttribute('href'); }
		}
		const a = document.querySelector('.facets a.facet'); a.id = 'pick'; return a.getAttribute('href');
	})()`))
	if err != nil {
		t.Fatalf("pick a facet: %v", err)
	}
	run("click a facet", chromedp.Click(chromedp.CSS("#pick")), chromedp.WaitVisible(chromedp.CSS(".chips")))
	after := text("h2.count")
	if !strings.Contains(location(), facet[strings.Index(facet, "?"):]) {
		t.Errorf("facet %s led to %s", facet, location())
	}
	if after == before {
		t.Errorf("facet %s left the results as they were: %q", facet, after)
	}
	if on, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('.facets a.facet[aria-checked="true"]').length`)); err != nil || on == 0 {
		t.Errorf("no facet checked after the click (%v)", err)
	}

	// An actor's page, reached from the relationship page.
	run("actor", chromedp.Navigate(srv.URL+"/dyads/KR/VN"), chromedp.WaitVisible(chromedp.CSS(".contacts a[href^='/actors/']")),
		chromedp.Click(chromedp.CSS(".contacts a[href^='/actors/']")), chromedp.WaitVisible(chromedp.CSS("#off-h")))
	shot(t, ctx, "actor")
}

// TestBrowserRecord loads the relationship page of a record holding every
// kind of fact (consolidatetest.Relationship: visits, calls, an invitation,
// restated targets, areas) and checks that each chart draws.
func TestBrowserRecord(t *testing.T) {
	ctx := browser(t)
	db := relStore(t)
	m, err := NewServer(db, Options{}).model(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	d := m.byDyad[dyadKey("KR", "VN")]
	srv := httptest.NewServer(NewServer(db, Options{}).Handler())
	t.Cleanup(srv.Close)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/dyads/KR/VN"), chromedp.WaitVisible(chromedp.CSS("figure.heat svg"))); err != nil {
		t.Fatal(err)
	}
	counts, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]int](`({
		marks: document.querySelectorAll('svg a.mark').length,
		targets: document.querySelectorAll('.card.target svg.spark').length,
		cells: document.querySelectorAll('figure.heat rect').length,
		pending: document.querySelectorAll('#pending-h + ol.contacts li').length,
		focusable: [...document.querySelectorAll('svg a.mark')].filter(a => { a.focus(); return document.activeElement === a; }).length,
	})`))
	if err != nil {
		t.Fatal(err)
	}
	if counts["marks"] != len(d.Engagements) || counts["focusable"] != counts["marks"] {
		t.Errorf("%d marks, %d focusable, want %d", counts["marks"], counts["focusable"], len(d.Engagements))
	}
	if counts["targets"] != len(d.Targets) || counts["targets"] == 0 {
		t.Errorf("%d target charts, want %d", counts["targets"], len(d.Targets))
	}
	if counts["cells"] == 0 || counts["pending"] != len(d.Pending) {
		t.Errorf("%d heat map cells, %d pending shown, want %d", counts["cells"], counts["pending"], len(d.Pending))
	}
	shot(t, ctx, "relationship-record")
	// A narrow screen: nothing wider than the viewport.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 800), chromedp.Navigate(srv.URL+"/dyads/KR/VN"), chromedp.WaitVisible(chromedp.CSS("figure.heat svg"))); err != nil {
		t.Fatal(err)
	}
	over, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - document.documentElement.clientWidth`))
	if err != nil || over > 0 {
		t.Errorf("page overflows a 375px screen by %dpx (%v)", over, err)
	}
	shot(t, ctx, "relationship-narrow")
}
