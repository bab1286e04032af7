package extract

import "testing"

// Each report of a held contact names its publisher's home country, the
// clock that dates it; an outlet accord does not know leaves it empty.
func TestReportHome(t *testing.T) {
	x := newX(t)
	const body = "Prime Minister Sara Lind of Sweden spoke today with President Tomas Varga of Hungary."
	tests := []struct{ source, url, want string }{
		{"", "https://www.government.se/press-releases/x", "SE"}, // a government site by host (outlets.json)
		{"", "https://www.ministry-news.example.org/press-releases/x", ""},
		{"Government of Sweden (release of the Prime Minister)", "https://mirror.example.com/x", "SE"},
		{"Yonhap News Agency", "", "KR"},
		{"A newspaper of record", "", ""},
	}
	for _, tt := range tests {
		a := article("", "2023-04-05", body)
		a.Source, a.URL = tt.source, tt.url
		f := x.Extract(a)
		if len(f.Engagements) == 0 {
			t.Fatalf("%q: no engagement", tt.source)
		}
		for _, e := range f.Engagements {
			for _, r := range e.Reports {
				if r.Home != tt.want {
					t.Errorf("%q %q: report home %q, want %q", tt.source, tt.url, r.Home, tt.want)
				}
			}
		}
	}
}
