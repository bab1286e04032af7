package office

import (
	"reflect"
	"testing"
)

// Find of a day (findOn: the name's cached terms filtered by the day) is
// FindWords of the name's words on that day, for the table's own names, their
// family names alone and days in, at and around their terms.
func TestFindOnIsFindWords(t *testing.T) {
	hs, err := All()
	if err != nil {
		t.Fatal(err)
	}
	for k := 0; k < len(hs); k += 7 {
		h := hs[k]
		ws := Words(h.Name)
		names := []string{h.Name}
		if len(ws) > 1 {
			names = append(names, ws[len(ws)-1], ws[0])
		}
		days := []int{-400, -1, 0, 1, 200}
		for _, name := range names {
			for _, dd := range days {
				day := h.Start.AddDate(0, 0, dd)
				got, want := Find(name, day), FindWords(Words(name), day)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("Find(%q, %s) = %d holders, FindWords %d", name, day.Format("2006-01-02"), len(got), len(want))
				}
			}
		}
	}
}
