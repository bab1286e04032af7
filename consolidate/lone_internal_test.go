package consolidate

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestWindowLoneWord: a person named by one word is an article's short form
// (its id names the article): the window keeps it by id, not under its
// name keys, so that a batch naming the word reads only the persons it may
// join (two words or more) and not every article's short form of it, which
// grow with the store. Names invented.
func TestWindowLoneWord(t *testing.T) {
	w := newWindow()
	for _, a := range []*accord.Actor{
		{ID: "p_short1", Type: accord.Person, Name: "Varo", Country: "XA"},
		{ID: "p_short2", Type: accord.Person, Name: "Varo", Country: "XA"},
		{ID: "p_full", Type: accord.Person, Name: "Ilse Varo", Country: "XA", Aliases: []string{"Varo"}},
		{ID: "p_hyph", Type: accord.Person, Name: "Al-Varo", Country: "XB"},    // folds to two words
		{ID: "p_dot", Type: accord.Person, Name: "Ilse.Varo", Country: "XB"},   // one folded word, two name words
		{ID: "o_varo", Type: accord.Organization, Name: "Varo", Country: "XC"}, // not a person: no name keys anyway
	} {
		w.put(a)
	}
	ids := func(rec *accord.Record) []string {
		var out []string
		for _, a := range rec.Actors {
			out = append(out, a.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		q    accord.RecordQuery
		want []string
	}{
		{"name key", accord.RecordQuery{Keys: []string{accord.KeyName + "varo"}}, []string{"p_full"}},
		{"word key", accord.RecordQuery{Keys: []string{accord.KeyWord + "varo"}}, []string{"p_dot", "p_full", "p_hyph"}},
		{"by id", accord.RecordQuery{IDs: []string{"p_short1"}}, []string{"p_short1"}},
	} {
		if got := ids(w.part(tc.q)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: part = %v, want %v", tc.name, got, tc.want)
		}
	}
	// Dropped and put again, the keys stay consistent.
	w.drop(accord.KindActor, "p_short1")
	w.drop(accord.KindActor, "p_full")
	if got := ids(w.part(accord.RecordQuery{Keys: []string{accord.KeyName + "varo"}})); len(got) != 0 {
		t.Errorf("after drop: %v", got)
	}
}

func TestLoneWord(t *testing.T) {
	for _, tc := range []struct {
		a    accord.Actor
		want bool
	}{
		{accord.Actor{Type: accord.Person, Name: "Varo"}, true},
		{accord.Actor{Type: accord.Person, Name: "Ilse Varo"}, false},
		{accord.Actor{Type: accord.Person, Name: "Al-Varo"}, false},
		{accord.Actor{Type: accord.Person, Name: "Ilse.Varo"}, false},
		{accord.Actor{Type: accord.Organization, Name: "Varo"}, false},
	} {
		if got := loneWord(&tc.a); got != tc.want {
			t.Errorf("loneWord(%q) = %v, want %v", tc.a.Name, got, tc.want)
		}
	}
}
