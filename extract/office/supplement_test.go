package office

import (
	"os"
	"strings"
	"testing"
)

// TestSupplementMerged checks every hand-curated term of 2022 onwards
// against the embedded table: on the day a term begins and on the day it
// ends, its office has that one holder, certain (the merge kept no
// year-only or overlapping term of the same office beside it); a
// minister's office whose name another office's begins with has that
// holder among others.
func TestSupplementMerged(t *testing.T) {
	b, err := os.ReadFile("data/supplement.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	// doubtful: country, office and year of a change the supplement
	// knows only to its year (a successor "2024"): on a day of that
	// year the office may have two holders.
	doubtful := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "country\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			t.Fatalf("supplement line %q: %d fields, want 7", line, len(f))
		}
		rows = append(rows, f)
		for _, d := range []string{f[5], f[6]} {
			if len(d) == 4 {
				doubtful[f[0]+"\t"+f[2]+"\t"+d] = true
			}
		}
	}
	n := 0
	for _, f := range rows {
		for _, d := range []string{f[5], f[6]} {
			// A change known only to its year leaves that year doubtful:
			// only days are checked.
			if len(d) != 10 || d < "2022-01-01" || d > "2025-12-31" {
				continue
			}
			n++
			hs := Holders(f[0], f[2], day(d))
			if f[1] == "min" || doubtful[f[0]+"\t"+f[2]+"\t"+d[:4]] {
				// Another minister's office may hold this one's name
				// ("Vice President of the Legislative Yuan"): the term's
				// holder must be among those found, and certain.
				// A term whose own other bound is that year is in office
				// that day, yet not surely.
				own := f[5] == d[:4] || f[6] == d[:4]
				found := false
				for _, h := range hs {
					found = found || h.Name == f[4] && (h.Certain(day(d)) || own && h.Holds(day(d)))
				}
				if !found {
					t.Errorf("%s %s on %s: got %v, want %s among them, certain", f[0], f[2], d, hs, f[4])
				}
				continue
			}
			if len(hs) != 1 || hs[0].Name != f[4] || !hs[0].Certain(day(d)) {
				t.Errorf("%s %s on %s: got %v, want %s alone and certain", f[0], f[2], d, hs, f[4])
			}
		}
	}
	if n == 0 {
		t.Error("no supplement term of 2022-2025 checked")
	}
}

// An interim head of government under an office of its own (Bangladesh's
// Chief Adviser) answers a class-wide title, and the prime minister it
// followed no longer holds.
func TestInterimHead(t *testing.T) {
	hs := Holders("BD", "Head of Government", day("2025-03-01"))
	if len(hs) != 1 || hs[0].Office != "Chief Adviser" {
		t.Errorf("BD head of government on 2025-03-01: %v, want the Chief Adviser alone", hs)
	}
	if hs := Holders("BD", "Prime Minister", day("2025-03-01")); len(hs) != 0 {
		t.Errorf("BD Prime Minister on 2025-03-01: %v, want none", hs)
	}
}
