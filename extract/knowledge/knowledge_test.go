package knowledge

import "testing"

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
