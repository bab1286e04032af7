package office

import (
	"slices"
	"testing"
	"time"
)

// TestOneLabel: every term of one person carries the label of the latest
// term, so that a person is one name in every office; an earlier label that
// is the latest with more words gives its words way too (so a text's longer
// lineage is read against the shorter form), and of two labels that fold
// alike the accented one stands. Invented people.
func TestOneLabel(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	tests := []struct {
		name      string
		rows      []Holder // one person's terms, in table order
		wantName  string
		wantWords [][]string // each term's words after
	}{
		{"honorific dropped by a later label",
			[]Holder{{QID: "Q1", Name: "Sheikh Tariq bin Fahad Al Marri", Start: day("2010-01-01")}, {QID: "Q1", Name: "Tariq bin Fahad Al Marri", Start: day("2020-01-01")}},
			"Tariq bin Fahad Al Marri",
			[][]string{Words("Tariq bin Fahad Al Marri"), Words("Tariq bin Fahad Al Marri")}},
		{"a respelling keeps each term's own words",
			[]Holder{{QID: "Q2", Name: "Gorun Petkov", Start: day("2012-01-01")}, {QID: "Q2", Name: "Goran Petkov", Start: day("2022-01-01")}},
			"Goran Petkov",
			[][]string{Words("Gorun Petkov"), Words("Goran Petkov")}},
		{"the accented label of two that fold alike",
			[]Holder{{QID: "Q3", Name: "Inés Fábrega", Start: day("2011-01-01")}, {QID: "Q3", Name: "Ines Fabrega", Start: day("2024-01-01")}},
			"Inés Fábrega",
			[][]string{Words("Inés Fábrega"), Words("Ines Fabrega")}},
		{"the latest term wins whatever the table's order",
			[]Holder{{QID: "Q4", Name: "Paulo Mendes", Start: day("2021-01-01")}, {QID: "Q4", Name: "Paulo Ribeiro Mendes", Start: day("2001-01-01")}},
			"Paulo Mendes",
			[][]string{Words("Paulo Mendes"), Words("Paulo Mendes")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			td := &tableData{byQID: map[string][]int{}}
			for i, h := range tc.rows {
				h.words = Words(h.Name)
				td.holders = append(td.holders, h)
				td.words = append(td.words, h.words)
				td.byQID[h.QID] = append(td.byQID[h.QID], i)
			}
			td.oneLabel()
			for i, h := range td.holders {
				if h.Name != tc.wantName {
					t.Errorf("term %d: name %q, want %q", i, h.Name, tc.wantName)
				}
				if got := h.NameWords(); !slices.Equal(got, tc.wantWords[i]) || !slices.Equal(td.words[i], tc.wantWords[i]) {
					t.Errorf("term %d: words %v / %v, want %v", i, got, td.words[i], tc.wantWords[i])
				}
			}
		})
	}
}

// TestOneLabelTable: in the shipped table no person has two labels.
func TestOneLabelTable(t *testing.T) {
	hs, err := All()
	if err != nil {
		t.Fatal(err)
	}
	label := map[string]string{}
	for _, h := range hs {
		if l, ok := label[h.QID]; ok && l != h.Name {
			t.Errorf("%s: %q and %q", h.QID, l, h.Name)
		}
		label[h.QID] = h.Name
	}
}
