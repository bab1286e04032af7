package knowledge

import (
	"strings"
	"testing"
)

func TestCountries(t *testing.T) {
	cs := Countries()
	if len(cs) < 195 {
		t.Errorf("%d countries, want every UN member and observer", len(cs))
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if len(c.Code) != 2 || c.Name == "" || seen[c.Code] {
			t.Errorf("bad or duplicate country %+v", c)
		}
		seen[c.Code] = true
	}
	for code, alias := range map[string]string{"VN": "Việt Nam", "KR": "RoK", "US": "U.S.", "KP": "DPRK", "AE": "UAE", "GB": "UK", "CN": "PRC"} {
		c, ok := CountryByCode(code)
		if !ok || !has(c.Aliases, alias) {
			t.Errorf("%s: no alias %q", code, alias)
		}
	}
}

func TestLoadActors(t *testing.T) {
	k, err := LoadActors()
	if err != nil {
		t.Fatal(err)
	}
	if len(k.Titles.Titles) == 0 || len(k.Engagements.Phrases) == 0 || len(k.Places) < 190 || len(k.Organizations) == 0 {
		t.Errorf("knowledge incomplete: %d titles, %d phrases, %d places, %d organisations", len(k.Titles.Titles), len(k.Engagements.Phrases), len(k.Places), len(k.Organizations))
	}
	if !Abbreviations()["U.S"] {
		t.Error("U.S. is not an abbreviation")
	}
}

func has(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// TestOutlets checks that outlets and governments name known countries and
// offices that titles.json has, so that a typo cannot silently disable a rule.
func TestOutlets(t *testing.T) {
	o, gov, err := LoadOutlets()
	if err != nil {
		t.Fatal(err)
	}
	k, err := LoadActors()
	if err != nil {
		t.Fatal(err)
	}
	offices := map[string]bool{}
	for _, ti := range k.Titles.Titles {
		offices[ti.Title], offices[ti.Office] = true, true
	}
	if len(o.Outlets) < 20 || len(gov) < 10 {
		t.Errorf("%d outlets, %d governments", len(o.Outlets), len(gov))
	}
	for _, out := range o.Outlets {
		if _, ok := CountryByCode(out.Country); !ok || out.Country != strings.ToUpper(out.Country) {
			t.Errorf("outlet %s: unknown country %q", out.Name, out.Country)
		}
		if out.Kind != OutletGovernment && out.Kind != OutletAgency {
			t.Errorf("outlet %s: kind %q", out.Name, out.Kind)
		}
		if len(out.Credits)+len(out.Hosts) == 0 {
			t.Errorf("outlet %s: no credit or host", out.Name)
		}
	}
	for code, g := range gov {
		if _, ok := CountryByCode(code); !ok {
			t.Errorf("government of unknown country %q", code)
		}
		for _, list := range [][]string{g.Offices, g.Distinct} {
			for _, off := range list {
				if !offices[off] {
					t.Errorf("%s: office %q is not in titles.json", code, off)
				}
			}
		}
	}
}

// TestTitlesOnce checks that no title is listed twice: the second entry
// would silently decide its office and level.
func TestTitlesOnce(t *testing.T) {
	k, err := LoadActors()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, ti := range k.Titles.Titles {
		if seen[ti.Title] {
			t.Errorf("titles.json: %q listed twice", ti.Title)
		}
		seen[ti.Title] = true
	}
}

// TestCountryByCodeIndex: a code finds the first country with it, in any
// case, as a scan of the list does; a code of none finds none.
func TestCountryByCodeIndex(t *testing.T) {
	cs := Countries()
	for i, c := range cs {
		first := i
		for j := range i {
			if cs[j].Code == c.Code {
				first = j
				break
			}
		}
		for _, code := range []string{c.Code, strings.ToLower(c.Code)} {
			got, ok := CountryByCode(code)
			if !ok || got.Name != cs[first].Name {
				t.Errorf("CountryByCode(%q) = %q, %v; want %q", code, got.Name, ok, cs[first].Name)
			}
		}
	}
	for _, code := range []string{"", "Q", "QQ", "QZX"} {
		if got, ok := CountryByCode(code); ok {
			t.Errorf("CountryByCode(%q) = %q, want none", code, got.Name)
		}
	}
}
