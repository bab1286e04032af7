package target

import (
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// metricCase is a sentence, the countries of its article, the words its
// one target's metric must hold, and the holders it must have.
type metricCase struct {
	name      string
	home      string
	countries []string
	text      string
	words     []string
	holders   []string
	unit      string // the target of this unit, when the sentence has others
}

func runMetricCases(t *testing.T, cases []metricCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractIn("a1", tc.text, sentence.Split(tc.text), "2025-06-17", tc.countries, Context{Home: tc.home})
			if tc.unit != "" {
				got = slices.DeleteFunc(got, func(g accord.Target) bool { return g.Unit != tc.unit })
			}
			if len(got) != 1 {
				t.Fatalf("got %d targets, want 1: %+v", len(got), got)
			}
			for _, w := range tc.words {
				if !strings.Contains(strings.ToLower(got[0].Metric), strings.ToLower(w)) {
					t.Errorf("metric %q, want it to hold %q", got[0].Metric, w)
				}
			}
			if tc.holders != nil && !slices.Equal(got[0].Holders, tc.holders) {
				t.Errorf("holders %v, want %v", got[0].Holders, tc.holders)
			}
		})
	}
}

// TestMetricObject29 checks that a funding commitment's metric keeps the
// words of its object and purpose as the sentence writes them, after the
// sum or after the phrase the metric was read from: the project a loan is
// for after its recipient, what a tranche or contribution is of, the
// purpose after "to" and a verb, past a channel ("through …") and a sum
// converted in brackets, the kind of aid before "of" ("grant aid"), and
// the noun a sum sizes when the stop list holds it as a verb ("a £21
// million boost to …"). A level of trade keeps its metric, and a day is
// no object. Names and figures invented.
func TestMetricObject29(t *testing.T) {
	runMetricCases(t, []metricCase{
		{"loan to a recipient for a project", "", []string{"JP", "MV"},
			"The Government of Japan extends a loan of 12 billion yen to Maldives for the Coral Harbour Improvement Project.",
			[]string{"loan", "Coral Harbour Improvement Project"}, []string{"JP"}, ""},
		{"contribution of a sum in aid", "", []string{"JP", "UA"},
			"Japan will make a fresh contribution of $100 million in humanitarian aid to Ukraine.",
			[]string{"contribution", "humanitarian aid"}, []string{"JP"}, ""},
		{"purpose past a channel", "", []string{"NZ", "FJ"},
			"New Zealand has announced humanitarian assistance of NZ$3 million through the Ministry of Foreign Affairs and Trade (MFAT) to support communities affected by flooding in Fiji.",
			[]string{"humanitarian assistance", "communities affected"}, []string{"NZ"}, ""},
		{"a sized noun held as a verb", "", []string{"GB"},
			"Britain will provide a £21 million boost to an emergency aid fund.",
			[]string{"boost", "emergency aid fund"}, []string{"GB"}, ""},
		{"grant aid of a sum for a project", "", []string{"JP", "VU"},
			"Japan will provide grant aid of 1.2 billion yen for the Project for Improvement of Water Supply in Port Keel.",
			[]string{"grant aid", "Water Supply"}, []string{"JP"}, ""},
		{"past a sum converted in brackets", "", []string{"JP", "BD"},
			"Under the package, Japan will provide 16,500 million Japanese Yen (JPY) (approximately $110 million) for the 2nd tranche of the Kestrel Port Development Project.",
			[]string{"tranche", "Kestrel Port Development Project"}, []string{"JP"}, "JPY"},
		{"bracketed sum then its purpose", "", []string{"KW", "UZ"},
			"Kuwait will extend a loan of KWD 9 million (USD 30 million) to finance an infrastructure project for rural dwellings.",
			[]string{"loan", "infrastructure project"}, []string{"KW"}, "KWD"},
		{"a level of trade: no tail", "", []string{"IN", "JP"},
			"India and Japan aim to raise bilateral trade to $50 billion by 2030 in a balanced manner.",
			[]string{"bilateral trade"}, []string{"IN", "JP"}, ""},
	})
}

// TestMetricNoDay29 checks that a day after the sum is not read as its
// object. Names and figures invented.
func TestMetricNoDay29(t *testing.T) {
	text := "Japan will provide humanitarian aid of $5 million to Maldives on Monday."
	got := ExtractIn("a1", text, sentence.Split(text), "2025-06-17", []string{"JP", "MV"}, Context{})
	for _, g := range got {
		if strings.Contains(g.Metric, "Monday") {
			t.Errorf("metric %q holds the day", g.Metric)
		}
	}
}

// TestLenderHolds29 checks that a grant or loan both sides sign is held by
// the side whose state lender or aid agency is named before the sum,
// whatever the currency: the lender gives. Names and figures invented.
func TestLenderHolds29(t *testing.T) {
	runMetricCases(t, []metricCase{
		{"aid agency signs grant aid projects", "", []string{"KR", "PH"},
			"The Korea International Cooperation Agency (KOICA) signed two agreements with the Department of Agriculture for $22 million worth of grant aid projects in the Philippines.",
			nil, []string{"KR"}, ""},
		{"development fund signs a loan agreement", "", []string{"SA", "AR"},
			"The Saudi Fund for Development (SFD) has signed a soft loan agreement worth $100 million to support a water project in Argentina.",
			nil, []string{"SA"}, ""},
		{"a fund of Kuwait signs with a recipient", "", []string{"KW", "SN"},
			"The Kuwait Fund for Arab Economic Development signed a loan agreement worth $40 million with Senegal to finance a highway.",
			nil, []string{"KW"}, ""},
	})
}

// TestRecipientReleaseGiver29 checks that in the recipient's own release a
// loan or grant told in another country's currency, held by the
// publisher's side, is the issuer's: the recipient does not lend itself
// yen. The publisher's aid in its own currency, and a giver named in the
// recipient's currency, stay as they were. Names and figures invented.
func TestRecipientReleaseGiver29(t *testing.T) {
	runMetricCases(t, []metricCase{
		{"a yen loan the government secured", "VN", []string{"VN", "JP"},
			"The Government secured a yen loan of 25 billion yen for the Thu Son Railway project.",
			[]string{"loan", "Thu Son Railway"}, []string{"JP"}, ""},
		{"a loan agreement with the lender", "VN", []string{"VN", "JP"},
			"The Ministry of Planning and Investment signed a loan agreement with JICA for 40 billion yen to finance the Song Tra Metro Line.",
			nil, []string{"JP"}, ""},
		{"the publisher's aid in its own currency", "IN", []string{"IN", "NP"},
			"India will provide a grant of 500 million rupees to Nepal for the Kestrel school project.",
			nil, []string{"IN"}, ""},
		{"the giver in the recipient's currency", "IN", []string{"JP", "IN"},
			"Japan will provide a grant of 150 million rupees to India.",
			nil, []string{"JP"}, ""},
	})
}

// TestMetricNoFiscalYear29 checks that a fiscal year after the sum is not
// read as a place it goes to. Names and figures invented.
func TestMetricNoFiscalYear29(t *testing.T) {
	text := "The United States will provide $12 million in bilateral assistance for Kestrel in Fiscal Year 2026."
	got := ExtractIn("a1", text, sentence.Split(text), "2025-06-17", []string{"US"}, Context{Home: "US", Government: true})
	for _, g := range got {
		if strings.Contains(g.Metric, "Fiscal") {
			t.Errorf("metric %q holds the fiscal year", g.Metric)
		}
	}
}

// TestLenderSubject29 checks that a state lender opening the sentence
// holds the loan it signs with recipients the holders otherwise name, and
// that a ministry's name, which many governments share, does not. Names
// and figures invented.
func TestLenderSubject29(t *testing.T) {
	runMetricCases(t, []metricCase{
		{"a development fund signs with a recipient's leader", "", []string{"SA", "BZ"},
			"The Saudi Fund for Development signed a loan agreement worth $45 million with the Prime Minister of Belize for the construction of a hospital.",
			nil, []string{"SA"}, ""},
	})
}

// TestMetricQuotedName29 checks that a project named in quotation marks
// after "for" is the object of the grant, without the marks. Names and
// figures invented.
func TestMetricQuotedName29(t *testing.T) {
	runMetricCases(t, []metricCase{
		{"a quoted project name", "", []string{"JP", "MV"},
			"Japan will extend grant aid of up to 1.5 billion yen for \"The Project for the Improvement of Harbour Safety\" in Maldives.",
			[]string{"grant aid", "Improvement of Harbour Safety"}, []string{"JP"}, ""},
	})
}

// TestIssuerReleaseGiver29 checks the issuer's own release: a yen loan
// the recipient's leader thanks Japan for, on Japan's site, is Japan's;
// a giver in the issuer's currency ("Japan will provide … rupees" in an
// Indian release) or a lender marked by "by" stays the giver. Names and
// figures invented.
func TestIssuerReleaseGiver29(t *testing.T) {
	runMetricCases(t, []metricCase{
		{"thanks for a yen loan on Japan's site", "JP", []string{"JP", "PH"},
			"President Ivanov of the Philippines expressed gratitude for the yen loan of up to 100 billion yen for the Kestrel High Speed Railway.",
			[]string{"yen loan", "Kestrel High Speed Railway"}, []string{"JP"}, ""},
		{"a loan by a lender in the publisher's currency", "IN", []string{"IN", "JP"},
			"The two sides signed an agreement that will facilitate a Rs 500 crore loan by JICA for tram projects in India.",
			nil, []string{"JP"}, ""},
	})
}
