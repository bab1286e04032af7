package consolidate_test

import (
	"fmt"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/google/go-cmp/cmp"
)

// TestApplierLoneWords: many articles name a minister by one word (each a
// short form of its own article), some by full name; the short forms join
// the full person where one fits. Through an Applier (which keeps one-word
// persons by id only) the stored record is Build's whatever the batches.
// Names and countries invented.
func TestApplierLoneWords(t *testing.T) {
	var facts []*accord.ArticleFacts
	for i := range 24 {
		day := fmt.Sprintf("2025-0%d-%02d", 3+i/10, 1+i%10*2)
		d := ct.NewDoc(fmt.Sprintf("v%02d.txt", i), "Minister meets counterpart", day, "Gazette",
			"Minister Varo met Foreign Minister Oskar Lind of Xbland.",
			"Varo and Lind discussed trade.")
		xa := d.Country("XA", "Xaland")
		xb := d.Country("XB", "Xbland")
		name := "Varo"
		switch {
		case i%6 == 3:
			name = "Ilse Varo"
		case i%6 == 5:
			name = "Ana.Varo" // one folded word, two name words
		}
		country := "XA"
		if i%4 == 1 {
			country = "" // a short form whose country the article does not say
		}
		v := d.Person(name, country, []string{"Minister"})
		l := d.Person("Oskar Lind", "XB", []string{"Foreign Minister"})
		d.Held(ct.E{Type: accord.Meeting, Date: day, Participants: []string{v, l}, Countries: []string{xa, xb}})
		facts = append(facts, d.Facts)
	}
	facts = byDate(facts)
	want := consolidate.Build(facts)
	short := 0
	for _, a := range want.Actors {
		if a.Name == "Varo" {
			short++
		}
	}
	if short < 2 {
		t.Fatalf("want several one-word persons in Build's record, got %d", short)
	}
	for _, size := range []int{1, 4, 7} {
		var ap consolidate.Applier
		if d := cmp.Diff(want, inBatches(t, facts, size, ap.Apply)); d != "" {
			t.Fatalf("batches of %d: stored record ≠ Build (-build +stored):\n%s", size, d)
		}
	}
}
