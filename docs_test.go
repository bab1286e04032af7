package accord_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A clone of this repository must need nothing beside it: every link in the
// README and docs/ resolves to a file in the repository (or a heading of the
// page), and no text names a path of a particular machine.
func TestDocsLinks(t *testing.T) {
	files := []string{"README.md"}
	err := filepath.WalkDir("docs", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if m := machinePath.FindString(text); m != "" {
			t.Errorf("%s: names a path of a particular machine: %q", f, strings.TrimSpace(m))
		}
		prose := stripCode(text)
		for _, target := range links(prose) {
			if problem := checkLink(root, f, target, headings(text)); problem != "" {
				t.Errorf("%s: link %q %s", f, target, problem)
			}
		}
	}
}

var (
	machinePath = regexp.MustCompile(`(?:^|[\s(\x60"'=:])/(?:work|home|Users|root)/`)
	fence       = regexp.MustCompile("(?ms)^```.*?^```")
	inlineCode  = regexp.MustCompile("`[^`\n]*`")
	inlineLink  = regexp.MustCompile(`\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)`)
	refLink     = regexp.MustCompile(`(?m)^\s{0,3}\[[^\]]+\]:\s+<?(\S+?)>?(?:\s|$)`)
	autoLink    = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]+)>`)
	scheme      = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:`)
	heading     = regexp.MustCompile(`(?m)^#{1,6}\s+(.+?)\s*#*\s*$`)
)

func stripCode(s string) string {
	return inlineCode.ReplaceAllString(fence.ReplaceAllString(s, ""), "")
}

func links(s string) []string {
	var out []string
	for _, re := range []*regexp.Regexp{inlineLink, refLink, autoLink} {
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			out = append(out, m[1])
		}
	}
	return out
}

// headings returns the anchors of a page's headings, as GitHub makes them.
func headings(s string) map[string]bool {
	m := map[string]bool{}
	for _, h := range heading.FindAllStringSubmatch(fence.ReplaceAllString(s, ""), -1) {
		var b strings.Builder
		for _, r := range strings.ToLower(h[1]) {
			switch {
			case r == ' ':
				b.WriteRune('-')
			case r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127:
				b.WriteRune(r)
			}
		}
		m[b.String()] = true
	}
	return m
}

// checkLink returns what is wrong with a link from file, or "".
func checkLink(root, file, target string, anchors map[string]bool) string {
	if scheme.MatchString(target) {
		return "points outside the repository"
	}
	path, frag, _ := strings.Cut(target, "#")
	if path == "" {
		if !anchors[frag] {
			return "names no heading of the page"
		}
		return ""
	}
	if strings.HasPrefix(path, "/") {
		return "is absolute"
	}
	abs, err := filepath.Abs(filepath.Join(filepath.Dir(file), path))
	if err != nil {
		return err.Error()
	}
	if rel, err := filepath.Rel(root, abs); err != nil || rel == ".." || strings.HasPrefix(rel, "../") {
		return "leaves the repository"
	}
	if _, err := os.Stat(abs); err != nil {
		return "resolves to no file of the repository"
	}
	return ""
}

// The checker itself, on links it must accept and refuse.
func TestCheckLink(t *testing.T) {
	root, _ := filepath.Abs(".")
	anchors := map[string]bool{"using-accord": true}
	for target, ok := range map[string]bool{
		"docs/export.md":              true,
		"docs/bench/":                 true,
		"#using-accord":               true,
		"#nowhere":                    false,
		"../shared/SCHEMA.md":         false,
		"/work/shared/SCHEMA.md":      false,
		"https://example.org/":        false,
		"docs/missing.md":             false,
		"postgres/README.md#citus":    true,
		"docs/../../outside/file.txt": false,
	} {
		if got := checkLink(root, "README.md", target, anchors) == ""; got != ok {
			t.Errorf("checkLink(%q) accepted = %v, want %v", target, got, ok)
		}
	}
	if got := links(stripCode("see [a\nb](docs/x.md) and ![i](p.png \"t\") and `[c](code.md)`")); len(got) != 2 {
		t.Errorf("links: %q", got)
	}
	if !machinePath.MatchString("run /work/shared/eval/score") || machinePath.MatchString("a/work/b") {
		t.Error("machinePath")
	}
}
