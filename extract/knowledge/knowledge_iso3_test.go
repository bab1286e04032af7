package knowledge

import "testing"

// Every country has an alpha-3 code of three capitals, and no two share one.
func TestISO3(t *testing.T) {
	seen := map[string]string{}
	for _, c := range Countries() {
		a3 := ISO3(c.Code)
		if len(a3) != 3 || a3[0] < 'A' || a3[0] > 'Z' {
			t.Errorf("%s (%s): alpha-3 %q", c.Code, c.Name, a3)
		}
		if o, dup := seen[a3]; dup {
			t.Errorf("%s and %s share %s", o, c.Code, a3)
		}
		seen[a3] = c.Code
	}
	for code, want := range map[string]string{"VN": "VNM", "KR": "KOR", "GB": "GBR", "US": "USA", "EU": "", "": ""} {
		if got := ISO3(code); got != want {
			t.Errorf("ISO3(%q) = %q, want %q", code, got, want)
		}
	}
}
