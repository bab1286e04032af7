package extract

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestGenericTLDHome34: a page under a country code domain sold to anyone
// (name.co) gives no home country, so its bare "$" is read from the text (or
// left to the holder) and not as that domain's country's currency; a
// government host under the same domain, and an ordinary country domain,
// still give their country's dollar.
func TestGenericTLDHome34(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, url, title, body, unit string
	}{
		{"mirror of an Australian release at name.co",
			"https://relaymirror.co/minister-pacific-package", "Making Australia safer",
			"The Australian Government will provide $640 million over three years to support the resilience of Pacific island countries.", "AUD"},
		{"name.io, a Canadian pledge",
			"https://pressrelay.io/pm-pledge", "Canada pledges new support",
			"Canada will provide $75 million over two years to support climate resilience in the Caribbean.", "CAD"},
		{"government host under .co keeps its country",
			"https://www.mintransporte.gov.co/roads", "Rural roads plan",
			"Colombia will invest $90 billion in rural roads by 2030.", "COP"},
		{"ordinary country domain keeps its country",
			"https://www.harbournews.nz/aid", "Aid to the region",
			"New Zealand will provide $12 million over four years to support the region's recovery.", "NZD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &accord.Article{ID: accord.ArticleID("2025-05-05", tt.body), Title: tt.title, Published: "2025-05-05", Body: tt.body, URL: tt.url}
			f := x.Extract(a)
			if len(f.Targets) == 0 {
				t.Fatalf("no target in %q", tt.body)
			}
			if u := f.Targets[0].Unit; u != tt.unit {
				t.Errorf("unit %s, want %s (holders %v)", u, tt.unit, f.Targets[0].Holders)
			}
		})
	}
}
