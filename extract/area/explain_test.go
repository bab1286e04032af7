package area

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// explain returns, per area found, the phrases of the text that named it,
// with a few words of context: a tool to review false positives.
func explain(title, text string) map[string][]string {
	once.Do(func() { m = build() })
	out := map[string][]string{}
	for _, t := range [2]string{title, text} {
		buf, words := split(t, nil, nil)
		for i := 0; i < len(words); {
			best, bestUpper, bestEnd := m.longest(buf, words, i)
			if best == nil {
				i++
				continue
			}
			lo, hi := max(0, i-4), min(len(words), bestEnd+4)
			// The folded buffer holds words without spaces: join them again.
			text := func(from, to int) string {
				var ws []string
				for k := from; k < to; k++ {
					ws = append(ws, string(buf[words[k].fs:words[k].fe]))
				}
				return strings.Join(ws, " ")
			}
			ctx := strings.TrimSpace(text(lo, i) + " [" + text(i, bestEnd+1) + "] " + text(bestEnd+1, hi))
			for _, e := range best.ends {
				if !e.upper || bestUpper {
					out[m.ids[e.area]] = append(out[m.ids[e.area]], ctx)
				}
			}
			i = bestEnd + 1
		}
	}
	return out
}

// TestExplain prints which phrases named each area of the files in
// $AREA_EXPLAIN (White House Markdown or seeds, space separated).
func TestExplain(t *testing.T) {
	files := strings.Fields(os.Getenv("AREA_EXPLAIN"))
	if len(files) == 0 {
		t.Skip("set AREA_EXPLAIN to files to explain")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := splitDoc(f, string(b))
		ex := explain(d.title, d.body)
		var ids []string
		for id := range ex {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		fmt.Printf("== %s\n", f)
		for _, id := range ids {
			fmt.Printf("  %-18s %q\n", id, ex[id])
		}
	}
}
