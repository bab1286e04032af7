package read

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

func TestZZScan(t *testing.T) {
	out := os.Getenv("SCAN_OUT")
	if out == "" {
		t.Skip()
	}
	arts, _ := walkAll(t, whitehouse)
	pats := map[string]*regexp.Regexp{
		"](":       regexp.MustCompile(`\]\(`),
		"][":       regexp.MustCompile(`\]\[`),
		"<!--":     regexp.MustCompile(`<!--|-->`),
		"tag":      regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*[ >/]`),
		"autolink": regexp.MustCompile(`<https?:`),
		"refdef":   regexp.MustCompile(`(?m)^\s*\[[^\]]+\]:\s`),
		"lowdigit": regexp.MustCompile(`\p{Ll}\d`),
		"http":     regexp.MustCompile(`https?://`),
		"pipe":     regexp.MustCompile(`\|`),
		"backslash": regexp.MustCompile(`\\`),
		"star":     regexp.MustCompile(`\*`),
		"underscore": regexp.MustCompile(`_`),
		"hash":     regexp.MustCompile(`#`),
		"bracket":  regexp.MustCompile(`[\[\]]`),
		"amp":      regexp.MustCompile(`&[a-zA-Z#0-9]+;`),
		"gt":       regexp.MustCompile(`>`),
	}
	counts := map[string]int{}
	var ex strings.Builder
	for _, a := range arts {
		dir := filepath.Join(out, "bodies")
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, a.File+".txt"), []byte(a.Title+"\n=====\n"+a.Body), 0o644)
		for name, re := range pats {
			locs := re.FindAllStringIndex(a.Body, -1)
			if len(locs) > 0 {
				counts[name]++
				for k, l := range locs {
					if k >= 3 {
						break
					}
					s, e := max(0, l[0]-40), min(len(a.Body), l[1]+40)
					ex.WriteString(name + "\t" + a.File + "\t" + strings.ReplaceAll(a.Body[s:e], "\n", "⏎") + "\n")
				}
			}
		}
	}
	var c strings.Builder
	for k, v := range counts {
		c.WriteString(k + "\t" + itoa(v) + "\n")
	}
	os.WriteFile(filepath.Join(out, "counts.txt"), []byte(c.String()), 0o644)
	os.WriteFile(filepath.Join(out, "examples.txt"), []byte(ex.String()), 0o644)
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(n)) }
func fmtInt(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func TestZZWords(t *testing.T) {
	out := os.Getenv("SCAN_OUT")
	if out == "" {
		t.Skip()
	}
	src := map[string]string{}
	filepath.WalkDir(whitehouse, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			src[d.Name()] = cleanText(b)
		}
		return nil
	})
	arts, _ := walkAll(t, whitehouse)
	var ex strings.Builder
	n := 0
	files := 0
	for _, a := range arts {
		s := src[a.File]
		bad := false
		for _, w := range strings.Fields(a.Body) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if strings.ContainsAny(w, "<>") { ex.WriteString("TAG\t"); }
			if w == "" || strings.Contains(s, w) {
				continue
			}
			// allow words split by markup in source: try with markup chars removed
			ex.WriteString(a.File[:min(60, len(a.File))] + "\t" + w + "\n")
			n++
			bad = true
		}
		if bad {
			files++
		}
	}
	os.WriteFile(filepath.Join(out, "words.txt"), []byte(ex.String()), 0o644)
	t.Logf("%d words not in source, %d files", n, files)
}

var reURLPart = regexp.MustCompile(`\]\([^)\s]*\)?|<[^>]*>|https?://\S+|\([^)\s]*://[^)\s]*\)`)
var reWord = regexp.MustCompile(`\p{L}[\p{L}\p{N}]*`)

func TestZZLost(t *testing.T) {
	out := os.Getenv("SCAN_OUT")
	if out == "" {
		t.Skip()
	}
	src := map[string]string{}
	filepath.WalkDir(whitehouse, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			src[d.Name()] = cleanText(b)
		}
		return nil
	})
	arts, _ := walkAll(t, whitehouse)
	var ex strings.Builder
	n, files := 0, 0
	for _, a := range arts {
		_, body, _, _ := splitFrontMatter(src[a.File])
		body = reURLPart.ReplaceAllString(body, " ")
		have := map[string]bool{}
		for _, w := range reWord.FindAllString(a.Body+" "+a.Title, -1) {
			have[w] = true
		}
		bad := false
		for _, w := range reWord.FindAllString(body, -1) {
			if !have[w] && !strings.Contains(a.Body, w) {
				ex.WriteString(a.File[:min(60, len(a.File))] + "\t" + w + "\n")
				n++
				bad = true
				have[w] = true
			}
		}
		if bad {
			files++
		}
	}
	os.WriteFile(filepath.Join(out, "lost.txt"), []byte(ex.String()), 0o644)
	t.Logf("%d source words not in body, %d files", n, files)
}
