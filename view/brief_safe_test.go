package view_test

import (
	"regexp"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/accordhq/accord/view"
)

// TestBriefEscapes: titles, sources, file names, quotes and names from the
// inputs reach the Markdown brief as text: no raw HTML, no link, no
// heading or list of their own.
func TestBriefEscapes(t *testing.T) {
	const evil = "<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](javascript:x) <javascript:alert(1)> &lt;b&gt; `code` *em* _u_ |t|\n\n# Heading\n- item"
	facts := ct.Relationship()
	arts := map[string]*accord.Article{}
	areas := map[string][]string{}
	for _, f := range facts {
		f.Article.Title = "Title " + evil
		f.Article.Source = "Src " + evil
		f.Article.File = "file" + evil + ".txt"
		for i := range f.Engagements {
			for j := range f.Engagements[i].Reports {
				f.Engagements[i].Reports[j].Quote = "Quote " + evil
			}
		}
		for i := range f.Actors {
			if f.Actors[i].Type == accord.Person {
				f.Actors[i].Name = "# " + f.Actors[i].Name + " <b onmouseover=x>"
			}
		}
		arts[f.Article.ID] = f.Article
		areas[f.Article.ID] = f.Areas
	}
	rec := consolidate.Build(facts)
	md := view.BriefOf(rec, arts, areas, "VN", "KR", "")
	if !strings.Contains(md, "alert") {
		t.Fatalf("the hostile text is not in the brief at all:\n%s", md)
	}
	unescaped := func(re string) []string {
		return regexp.MustCompile(`(^|[^\\])`+re).FindAllString(md, -1)
	}
	for _, re := range []string{`<`, `\]\(`, `\[`, "`", `&lt;`, `\*em`, `_u`} {
		if got := unescaped(re); len(got) > 0 {
			t.Errorf("unescaped %s in the brief: %q", re, got)
		}
	}
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "# Heading") || strings.HasPrefix(line, "- item") || strings.HasPrefix(line, "# VN") {
			t.Errorf("input text starts a block: %q", line)
		}
	}
}

// TestBriefUnlisted: a target read bounded (a busy pair) keeps its first
// and latest statements in the brief, and says how many it left out.
func TestBriefUnlisted(t *testing.T) {
	facts := ct.Relationship()
	arts := map[string]*accord.Article{}
	for _, f := range facts {
		arts[f.Article.ID] = f.Article
	}
	rec := consolidate.Build(facts)
	if len(rec.Targets) == 0 || len(rec.Targets[0].History) < 2 {
		t.Fatalf("the fixture's first target has %d targets", len(rec.Targets))
	}
	whole := view.BriefOf(rec, arts, nil, "VN", "KR", "")
	if strings.Contains(whole, "not listed here") {
		t.Fatalf("a target read whole says statements are left out:\n%s", whole)
	}
	tg := &rec.Targets[0]
	stated, hist := len(tg.Mentions), len(tg.History)
	accord.TrimStatements(tg, 1)
	if tg.Unlisted.History == 0 || tg.Stated() != stated || len(tg.History)+tg.Unlisted.History != hist {
		t.Fatalf("TrimStatements: %+v", tg.Unlisted)
	}
	md := view.BriefOf(rec, arts, nil, "VN", "KR", "")
	if !regexp.MustCompile(`\n- … (one|two|three|four|five|six|seven|eight|nine|\d+) later statements? not listed here`).MatchString(md) {
		t.Errorf("the brief does not say that statements were left out:\n%s", md)
	}
}
