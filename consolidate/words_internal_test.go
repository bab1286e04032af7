package consolidate

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestPersonsWithWord: the word index lists each person once a word, in id
// order, then persons indexed later in the order they came, whatever
// names a person is indexed under again (a merge renames it).
func TestPersonsWithWord(t *testing.T) {
	st := newState()
	for _, a := range []accord.Actor{
		{ID: "p3", Type: accord.Person, Name: "Odile Varnay"},
		{ID: "p1", Type: accord.Person, Name: "Tomas Varnay Varnay"},
		{ID: "p2", Type: accord.Person, Name: "Ilse Brack"},
		{ID: "c1", Type: accord.Country, Name: "Varnay"},
	} {
		st.actors[a.ID] = &a
	}
	tests := []struct {
		name  string
		index func()
		word  string
		want  []string
	}{
		{"built in id order, a repeated word once", func() {}, "varnay", []string{"p1", "p3"}},
		{"other word", func() {}, "brack", []string{"p2"}},
		{"a person indexed again is not listed twice", func() { st.indexWords("p3", "Odile Varnay-Brack Varnay") }, "varnay", []string{"p1", "p3"}},
		{"a later person comes last", func() { st.indexWords("p0", "Anke Varnay") }, "varnay", []string{"p1", "p3", "p0"}},
		{"a renamed person joins its new words' lists", func() { st.indexWords("p2", "Ilse Brack Holm") }, "holm", []string{"p2"}},
	}
	for _, tt := range tests {
		tt.index()
		if got := st.personsWithWord(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("%s: personsWithWord(%q) = %v, want %v", tt.name, tt.word, got, tt.want)
		}
	}
}

// TestStateMetricWords: the batch's memo gives what metricWords gives.
func TestStateMetricWords(t *testing.T) {
	st := newState()
	for _, m := range []string{"bilateral trade turnover", "Investments in the Zarvan Corridor", "", "trade turnover"} {
		for range 2 {
			if got, want := st.metricWords(m), metricWords(m); !slices.Equal(got, want) {
				t.Errorf("metricWords(%q) = %v, want %v", m, got, want)
			}
		}
	}
}

// TestSpelledOut checks that a metric naming a programme by its initials
// and one spelling it out are one object, and that initials that spell
// something else are not.
func TestSpelledOut(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"QRF funding", "Quarry Restoration Fund funding", true},
		{"Harbour Works and Ferries Act grants", "HWFA grants", true},
		{"HWAFA grants", "Harbour Works and Ferries Act grants", true},
		{"Office of Lighthouse Keepers support", "OLK support", true},
		{"QRF funding", "Quarry Repair Facility for orchards", true},
		{"QRF funding", "funding for quarry restoration", false},
		{"QRF funding", "Quarry Levy funding", false},
		{"funding", "Quarry Restoration Fund funding", false},
		{"UK funding", "Upland Kelp funding", false}, // two letters: a country more often than a programme
	} {
		if got := spelledOut(tc.a, tc.b); got != tc.want {
			t.Errorf("spelledOut(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestPersonsWithWordIn: a short form of a known country is compared with
// the persons of its country and of none, including one whose country was
// learnt after it was indexed; without a country, with every person.
func TestPersonsWithWordIn(t *testing.T) {
	st := newState()
	for _, a := range []accord.Actor{
		{ID: "p1", Type: accord.Person, Name: "Odile Varnay", Country: "QX"},
		{ID: "p2", Type: accord.Person, Name: "Tomas Varnay", Country: "QY"},
		{ID: "p3", Type: accord.Person, Name: "Anke Varnay"},
		{ID: "p4", Type: accord.Person, Name: "Ilse Varnay", Country: "QX"},
	} {
		st.actors[a.ID] = &a
	}
	st.personsWithWord("varnay")   // builds the index
	st.actors["p3"].Country = "QY" // learnt later: still under no country
	st.actors["p5"] = &accord.Actor{ID: "p5", Type: accord.Person, Name: "Jory Varnay", Country: "QZ"}
	st.indexWords("p5", "Jory Varnay")
	for _, tt := range []struct {
		country string
		want    []string
	}{
		{"QX", []string{"p1", "p4", "p3"}},
		{"QY", []string{"p2", "p3"}},
		{"QZ", []string{"p5", "p3"}},
		{"QW", []string{"p3"}},
		{"", []string{"p1", "p2", "p3", "p4", "p5"}},
	} {
		if got := st.personsWithWordIn("varnay", tt.country); !slices.Equal(got, tt.want) {
			t.Errorf("personsWithWordIn(varnay, %q) = %v, want %v", tt.country, got, tt.want)
		}
	}
}
