package extract

import (
	"slices"
	"testing"
)

// TestDeputyPMAbbreviated checks that "Deputy PM A", the short form agencies
// write after a first mention, is the office Deputy Prime Minister, not
// Prime Minister: the abbreviation "PM" alone must not give the deputy the
// head of government's office. Names invented.
func TestDeputyPMAbbreviated(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body, person string
	}{
		{"deputy PM of another country",
			"Foreign Minister Tomas Ekland met with Norland's Deputy PM Walter Pike in Riverton on Thursday.",
			"Walter Pike"},
		{"deputy PM by family name after the full office",
			"Deputy Prime Minister Anna Vok of Estoria arrived on Monday. Deputy PM Vok later held talks with President Luis Vega of Chile.",
			"Anna Vok"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := x.Extract(article("Minister meets Deputy PM", "2024-03-07", tc.body))
			found := false
			for _, a := range r.Actors {
				if a.Name != tc.person {
					continue
				}
				found = true
				if slices.Contains(a.Roles, "Prime Minister") {
					t.Errorf("%s: roles %v hold Prime Minister", a.Name, a.Roles)
				}
				if !slices.Contains(a.Roles, "Deputy Prime Minister") {
					t.Errorf("%s: roles %v lack Deputy Prime Minister", a.Name, a.Roles)
				}
			}
			if !found {
				t.Errorf("no person %s", tc.person)
			}
		})
	}
}

// TestLetterOfCredenceSingular checks that an envoy who "presented Letter of
// Credence to" or "presented their letters of credence to" a head of state,
// the singular and the plural-owner forms agencies write, is received, as
// one who "presented his letters of credence to" is. Names invented.
func TestLetterOfCredenceSingular(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"singular without a determiner", "", "", "2025-03-08",
			"Norland's High Commissioner to Estoria, Ambassador Tomas Ekland has presented Letter of Credence to President Anna Vok of Estoria on Friday, March 7, 2025.",
			[]string{"reception 2025-03-07 Anna Vok+Tomas Ekland"}},
		{"his letter", "", "", "2025-03-08",
			"Ambassador Tomas Ekland of Norland presented his letter of credence to President Anna Vok of Estoria on Friday.",
			[]string{"reception 2025-03-07 Anna Vok+Tomas Ekland"}},
	})
}
