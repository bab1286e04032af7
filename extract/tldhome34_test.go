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

// TestForeignOutletDollar34: in an outlet whose country's money is no
// dollar (an Indonesian page), a bare "$" sum held by one country that pays
// in its own dollar is that dollar ("We will deliver … $470 million" in
// Australia's leader's words); a holder without a dollar, or a sentence
// naming the United States, keeps the US dollar.
func TestForeignOutletDollar34(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body, unit string
	}{
		{"Australian pledge quoted in an Indonesian outlet",
			"Australia will deliver an additional $380 million over four years for its development programs in Southeast Asia, Prime Minister Albanese said.", "AUD"},
		{"Canadian pledge quoted in an Indonesian outlet",
			"Canada will provide $45 million to support clean energy projects in Southeast Asia, the Canadian minister said.", "CAD"},
		{"holder without a dollar keeps the US one",
			"Indonesia will provide $45 million to support reconstruction in Palestine, the minister said.", "USD"},
		{"a peso written \"$\" is no outlet abroad's \"$\"",
			"Chile will provide $45 million to support reconstruction in Haiti, the minister said.", "USD"},
		{"a sentence naming the United States keeps the US dollar",
			"Australia will provide $45 million alongside the United States to support reconstruction in Ukraine.", "USD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &accord.Article{ID: accord.ArticleID("2025-05-05", tt.body), Title: "Regional cooperation", Published: "2025-05-05", Body: tt.body, URL: "https://www.harbourpost.id/english/world/x"}
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
