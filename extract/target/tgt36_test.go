package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestSplitProgressiveCue36 checks that a news report's "is also
// providing N" (an adverb between the auxiliary and the participle of a
// giving verb) states a commitment as "is providing N" does, and that help
// told as already under way ("is already providing", "is still providing")
// stays none. Figures and programmes invented; the outlet is no
// government's.
func TestSplitProgressiveCue36(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"is also providing", "", false, []string{"CA", "SN"},
			"Canada is also providing $2.7 million for vocational schools in Senegal.",
			[]accord.Target{{Metric: "provision for vocational schools\u00a0in Senegal", Value: 2.7e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"is now contributing", "", false, []string{"JP", "KE"},
			"Japan is now contributing $4 million to the Lake Turkana Water Fund.",
			[]accord.Target{{Metric: "contribution for Lake Turkana Water", Value: 4e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"are additionally investing", "", false, []string{"NO", "SE", "TZ"},
			"Norway and Sweden are additionally investing $9 million in solar grids for Tanzania.",
			[]accord.Target{{Metric: "investment in solar grids", Value: 9e6, Unit: "USD", Comparator: "eq", Holders: []string{"NO", "SE"}}}},
		{"is already providing: under way", "", false, []string{"JP", "KE"},
			"Japan is already providing $4 million to the Lake Turkana Water Fund.",
			nil},
		{"is still providing: under way", "", false, []string{"JP", "KE"},
			"Japan is still providing $4 million to the Lake Turkana Water Fund.",
			nil},
	})
}

// TestInOrderToPurpose36 checks that "in order to" and "so as to" after a
// sum open its purpose as a bare "to" does, so that the metric names what
// the money is for, and that a report restating the sum in other words
// later in the article is the same target. Figures invented.
func TestInOrderToPurpose36(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"in order to", "", false, []string{"KR", "MM"},
			"South Korea has pledged to provide $31 million in order to help alleviate the humanitarian crisis in Myanmar.",
			[]accord.Target{{Metric: "support for humanitarian crisis\u00a0in Myanmar", Value: 31e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
		{"so as to", "", false, []string{"NO", "PS"},
			"Norway will give NOK 70 million so as to support the rebuilding of schools in Gaza.",
			[]accord.Target{{Metric: "support for rebuilding\u00a0of schools in Gaza", Value: 7e7, Unit: "NOK", Comparator: "eq", Holders: []string{"NO"}}}},
		{"restated in the article", "", false, []string{"KR", "MM"},
			"South Korea has pledged to provide $31 million in order to help alleviate the humanitarian crisis in Myanmar. South Korea plans to offer $31 million in humanitarian aid this year.",
			[]accord.Target{{Metric: "humanitarian aid", Value: 31e6, Unit: "USD", Comparator: "eq", Deadline: "2025", Holders: []string{"KR"}}}},
	})
}

// TestCodeGluedScale36 checks that a currency code glued to its figure and
// a short scale ("USD810m", "EUR45bn", "GBP12m") is read as the same sum
// written apart, and that a code glued to a word that is no scale stays
// none. Figures invented.
func TestCodeGluedScale36(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"USD and m", "", false, []string{"US", "FJ"},
			"The United States has pledged USD615m in programmes for Pacific Islanders.",
			[]accord.Target{{Metric: "programmes for Pacific Islanders", Value: 615e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"EUR and bn", "", false, []string{"FR", "KE"},
			"France will provide EUR3bn in loans for rail lines in Kenya.",
			[]accord.Target{{Metric: "loans", Value: 3e9, Unit: "EUR", Comparator: "eq", Holders: []string{"FR"}}}},
		{"GBP and m", "", false, []string{"GB", "GH"},
			"Britain has pledged GBP12m in grants for clinics in Ghana.",
			[]accord.Target{{Metric: "grants for clinics", Value: 12e6, Unit: "GBP", Comparator: "eq", Holders: []string{"GB"}}}},
		{"no scale after the figure", "", false, []string{"US", "FJ"},
			"The United States has pledged USD615xy in programmes for Pacific Islanders.",
			nil},
	})
}

// TestGovernmentOfSubject36 checks that "the government of X" after an
// opening clause naming other countries is the subject that holds the sum,
// in news copy's lower case as in a release's "the Government of X", and
// that a country after "of" another noun stays an object. Figures invented.
func TestGovernmentOfSubject36(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"lower-case government of", "", false, []string{"CA", "YE", "KW"},
			"At the pledging conference for Yemen held in Kuwait, the government of Canada pledged $17 million in humanitarian aid.",
			[]accord.Target{{Metric: "humanitarian aid", Value: 17e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"capitalised Government of", "", false, []string{"CA", "YE", "KW"},
			"At the pledging conference for Yemen held in Kuwait, the Government of Canada pledged $17 million in humanitarian aid.",
			[]accord.Target{{Metric: "humanitarian aid", Value: 17e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"the authorities of", "", false, []string{"NO", "SO", "KE"},
			"At the donors' meeting on Somalia held in Kenya, the authorities of Norway pledged NOK 90 million in drought relief.",
			[]accord.Target{{Metric: "drought relief", Value: 9e7, Unit: "NOK", Comparator: "eq", Holders: []string{"NO"}}}},
	})
}

// TestPlaceNotGiver36 checks that countries named after a place
// preposition ("along the Chad-Sudan border", "near the Moldova-Ukraine
// border"), both names of a hyphened pair, say where the money goes, so
// that an unnamed speaker's sum in a government's own release stays that
// government's. Figures invented.
func TestPlaceNotGiver36(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"along a hyphened border", "CA", true, []string{"CA", "TD", "SD"},
			"He announced $6 million in new funding to protect displaced families along the Chad-Sudan border.",
			[]accord.Target{{Metric: "funding", Value: 6e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"near a hyphened border", "AU", true, []string{"AU", "MD", "UA"},
			"She announced $3 million in new funding to shelter refugees near the Moldova-Ukraine border.",
			[]accord.Target{{Metric: "funding", Value: 3e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
	})
}

// TestCapitalSubject36 checks that a capital city opening a clause as the
// subject of a commitment ("Canberra will provide", "Ottawa is also
// earmarking") stands for its government, and that a capital after a
// preposition or in a dateline does not. Figures invented; the outlet is
// no government's.
func TestCapitalSubject36(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"Canberra will give", "", false, []string{"FJ", "AU"},
			"Canberra will give Fiji $7 million in flood relief.",
			[]accord.Target{{Metric: "flood relief", Value: 7e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"Ottawa is also earmarking", "", false, []string{"SN", "CA"},
			"Ottawa is also earmarking $2.3 million for clinics in Senegal.",
			[]accord.Target{{Metric: "allocation for clinics", Value: 2.3e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"Tokyo has pledged after a comma", "", false, []string{"PK", "JP"},
			"After the floods, Tokyo has pledged Pakistan $6 million in relief.",
			[]accord.Target{{Metric: "relief", Value: 6e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"in the capital: the country names the giver", "", false, []string{"JP", "PK"},
			"In Tokyo, Pakistan's envoy said Japan will provide $6 million for relief in Pakistan.",
			[]accord.Target{{Metric: "provision for relief", Value: 6e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
	})
}

// TestChannelEarmark36 checks that "channel N into/to X" and "is earmarking
// N for X" give the sum as "provide" and "will earmark" do. Figures and
// funds invented.
func TestChannelEarmark36(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"will channel into", "", false, []string{"AU", "ID"},
			"Australia will channel $95 million into the Coral Basin Debt Fund.",
			[]accord.Target{{Metric: "Coral Basin Debt", Value: 95e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"is channelling to", "", false, []string{"DE", "SD"},
			"Germany is channelling EUR 14 million to the World Food Programme for Sudan.",
			[]accord.Target{{Metric: "World Food Programme", Value: 14e6, Unit: "EUR", Comparator: "eq", Holders: []string{"DE"}}}},
		{"is earmarking for", "", false, []string{"CA", "SN"},
			"Canada is earmarking $2.3 million for clinics in Senegal.",
			[]accord.Target{{Metric: "allocation for clinics", Value: 2.3e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
	})
}
