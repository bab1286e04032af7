package target

import (
	"slices"
	"strings"
	"testing"

	"github.com/accordhq/accord/extract/sentence"
)

// TestWhoCommits20 checks the holder of a commitment by a firm or a body
// (the announcer of "an announcement by A to invest", a firm named without
// its country in its government's release, the body money comes "from", a
// fund of two countries, a group "together with" the speaker) and that the
// people a firm trains are not the holders. Names and sums invented; the
// release is a U.S. government's about the United States and Kenya.
func TestWhoCommits20(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"an announcement by a firm of known country", "The leaders welcomed an announcement by Samsung Electronics, Inc., to invest up to $270 million to build a new plant in Kenya with support from the Kenyan government.", []string{"KR"}},
		{"the announcer after a clause naming a goal", "The leaders welcomed Kenya's plan to train engineers to meet Kenya's industrial goals, and an announcement by Samsung Electronics, Inc., to invest $270 million to establish a design center in Kenya.", []string{"KR"}},
		{"a firm named without its country trains people of another", "And, Torvex Labs will train 40,000 Kenyan engineers through its online platform.", []string{"US"}},
		{"a firm's proposal, named without its country", "The leaders also welcomed Torvex Research’s proposal to train 40,000 Kenyan engineers through its virtual platform to accelerate Kenya’s workforce development goals.", []string{"US"}},
		{"money from a body of a country to another's", "The leaders hailed a $90 million in-kind contribution from the Kenyan Ministry of Energy to the U.S. Department of Energy's Argonne National Laboratory.", []string{"KE"}},
		{"a fund of two countries", "Additionally, the U.S.-Kenya Science and Technology Fund launched a $3 million grant for joint research on batteries.", []string{"KE", "US"}},
		{"a group together with the speaker", "Together with G7 partners, we aim to mobilize $450 billion by 2029 in global infrastructure investments.", []string{"CA", "DE", "FR", "GB", "IT", "JP", "US"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractIn("a1", tc.text, sentence.Split(tc.text), "2026-03-10", []string{"US", "KE"}, Context{Home: "US", Government: true, Source: "The White House"})
			if len(got) != 1 {
				t.Fatalf("%d targets in %q, want 1", len(got), tc.text)
			}
			if !slices.Equal(got[0].Holders, tc.want) {
				t.Errorf("target %q held by %q, want %q", got[0].Metric, got[0].Holders, tc.want)
			}
		})
	}
}

// TestWhatIsCommitted20 checks what a sum measures: the thing after "worth
// of", the thing invested "toward" (not an aside between dashes before the
// verb), and that the size of that thing, a larger sum inside its name, is
// no commitment of its own. Names and sums invented.
func TestWhatIsCommitted20(t *testing.T) {
	for _, tc := range []struct {
		name, text, word string
		value            float64
	}{
		{"worth of", "Kenya has decided, as a means of support to the affected people, to offer a total of $3 million worth of assistance.", "assistance", 3e6},
		{"an aside, then toward a sized plant", "Torvex Labs – with support from the Kenya Chip Mission – will invest more than $310 million toward a new $1.9 billion chip packaging plant in Kenya.", "plant", 310e6},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractIn("a1", tc.text, sentence.Split(tc.text), "2026-03-10", []string{"US", "KE"}, Context{Home: "US", Government: true, Source: "The White House"})
			if len(got) != 1 {
				t.Fatalf("%d targets in %q, want 1: %+v", len(got), tc.text, got)
			}
			if got[0].Value != tc.value || !strings.Contains(got[0].Metric, tc.word) {
				t.Errorf("target %q %v, want %v measuring %q", got[0].Metric, got[0].Value, tc.value, tc.word)
			}
		})
	}
}

// TestChannelSize20 checks that the size of a named fund money goes
// through is no commitment, while the sum given through it is. Names and
// sums invented.
func TestChannelSize20(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []float64
	}{
		{"a firm continues through its named fund", "The leaders applauded Torvex's intent to continue investing through its $6 billion Kenya Growth Fund, including in early-stage startups.", nil},
		{"a sum given through a named fund", "Kenya will provide $4 million through its $90 million Green Cities Fund to build clinics.", []float64{4e6}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractIn("a1", tc.text, sentence.Split(tc.text), "2026-03-10", []string{"US", "KE"}, Context{Home: "US", Government: true, Source: "The White House"})
			var vals []float64
			for _, tg := range got {
				vals = append(vals, tg.Value)
			}
			if !slices.Equal(vals, tc.want) {
				t.Errorf("targets %v in %q, want %v", vals, tc.text, tc.want)
			}
		})
	}
}

// TestChannelGrant20 checks that a grant or an activity of a named fund,
// sized, is a commitment. Names and sums invented.
func TestChannelGrant20(t *testing.T) {
	for _, text := range []string{
		"Building partnerships, including through a $7 million Acme Edge Fund grant to Torvex to test its network in Kenya.",
		"Through its $3.2 million Youth-Led Activity, USAID will strengthen youth-friendly services in Kenya.",
	} {
		got := ExtractIn("a1", text, sentence.Split(text), "2026-03-10", []string{"US", "KE"}, Context{Home: "US", Government: true, Source: "The White House"})
		if len(got) != 1 {
			t.Errorf("%d targets in %q, want 1", len(got), text)
		}
	}
}
