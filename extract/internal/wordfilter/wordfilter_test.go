package wordfilter

import (
	"fmt"
	"testing"
)

// Every added word passes; most others do not.
func TestFilter(t *testing.T) {
	var f Filter
	for i := range 3000 {
		f.Add(fmt.Sprintf("kw%d", i))
	}
	for i := range 3000 {
		if w := fmt.Sprintf("kw%d", i); !f.Has(w) || !f.HasBytes([]byte(w)) {
			t.Fatalf("%q added but rejected", w)
		}
	}
	pass := 0
	for i := range 10000 {
		if f.Has(fmt.Sprintf("other%d", i)) {
			pass++
		}
	}
	if pass > 300 {
		t.Errorf("%d of 10,000 other words pass, want about 1 %%", pass)
	}
	if f.Has("") != f.HasBytes(nil) {
		t.Error("Has and HasBytes differ on the empty word")
	}
}

// An index gives each word its number and 0 to any other.
func TestIndex(t *testing.T) {
	words := map[string]int32{}
	for i := range 3000 {
		words[fmt.Sprintf("kw%d", i)] = int32(i + 1)
	}
	x := NewIndex(words)
	for w, id := range words {
		if got := x.Get(w); got != id {
			t.Fatalf("Get(%q) = %d, want %d", w, got, id)
		}
		if got, gid := x.GetBytes([]byte(w)); got != w || gid != id {
			t.Fatalf("GetBytes(%q) = %q, %d, want %q, %d", w, got, gid, w, id)
		}
	}
	for i := range 10000 {
		if w := fmt.Sprintf("other%d", i); x.Get(w) != 0 {
			t.Fatalf("Get(%q) = %d, want 0", w, x.Get(w))
		}
		if w := fmt.Sprintf("other%d", i); func() bool { got, id := x.GetBytes([]byte(w)); return got != "" || id != 0 }() {
			t.Fatalf("GetBytes(%q) finds a word", w)
		}
	}
	if NewIndex(nil).Get("kw1") != 0 {
		t.Error("an empty index numbers a word")
	}
	if _, id := NewIndex(nil).GetBytes([]byte("kw1")); id != 0 {
		t.Error("an empty index numbers a word's bytes")
	}
}
