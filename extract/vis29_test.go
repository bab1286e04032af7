package extract

import (
	"strings"
	"testing"
)

// TestVisitReportForms checks the ways leaders' offices, foreign ministries
// and agencies tell a visit that session 29 found unread on unseen pages of
// ten outlets: a visit ahead to a capital, a noun headline over a visit
// announced, a headline's "visits C", a departure for a city, an agency's
// "arrived here", and a tour's counted list. Invented names.
func TestVisitReportForms(t *testing.T) {
	tests := []sourcedCase{
		{"a preview of a visit to a capital: the capital's country hosts", "", "Prime Minister Venn to make working visit to Lima", "2023-05-02",
			"Prime Minister Arlo Venn of Chile will make a working visit to Lima from 4 to 6 May 2023.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		// A noun headline announces a visit on its eve or first day (a
		// release days ahead stays a plan: TestHeadlineAhead24).
		{"a noun headline over a visit announced, its host named", "", "Visit of Prime Minister Arlo Venn to Lima, Peru (4 to 6 May 2023)", "2023-05-03",
			"Prime Minister Arlo Venn of Chile will visit Lima, Peru from 4 to 6 May 2023, at the invitation of Peruvian President Bera Tisk. He will be accompanied by Mrs Venn.",
			[]string{"visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"a possessive noun headline over a visit announced", "", "Prime Minister Arlo Venn's official visit to Peru, 4 to 6 May 2023", "2023-05-03",
			"Prime Minister Arlo Venn of Chile will make an official visit to Peru from 4 to 6 May 2023.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		{"a headline's present tense: the visit its body reports", "", "Prime Minister Venn visits Peru, hails ties", "2023-05-09",
			"Prime Minister Arlo Venn of Chile held talks with President Bera Tisk of Peru in Lima on Monday.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"a departure for a capital on a state visit", "", "", "2023-05-08",
			"President Arlo Venn of Chile departed for Lima on Sunday for a three-day state visit.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		{"the departure verb a few words before the destination", "", "", "2023-05-08",
			"President Arlo Venn of Chile leaves the country Sunday evening for Peru on a four-day state visit.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		{"a tour's stops counted before they are named", "", "", "2023-05-10",
			"Prime Minister Arlo Venn of Chile visited three South American countries, Peru, Bolivia and Ecuador, from 2 to 9 May.",
			[]string{"visit 2023-05 Arlo Venn+Bolivia", "visit 2023-05 Arlo Venn+Ecuador", "visit 2023-05 Arlo Venn+Peru"}},
		{"a tour concluded, its counted list after a colon", "", "", "2023-05-10",
			"Prime Minister Arlo Venn of Chile concluded his tour of three South American countries: Peru, Bolivia and Ecuador.",
			[]string{"visit 2023-05 Arlo Venn+Bolivia", "visit 2023-05 Arlo Venn+Ecuador", "visit 2023-05 Arlo Venn+Peru"}},
		{"a count with no list names no stop", "", "", "2023-05-10",
			"Prime Minister Arlo Venn of Chile said three countries had joined the fund.",
			nil},
	}
	runSourced(t, tests)
}

// TestWireHereAtDateline checks that an agency's "arrived here" is the
// city of its dateline, and a speaker's "here" no visit. Invented names.
func TestWireHereAtDateline(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, dateline, body string
		want                 []string
	}{
		{"arrived here for a working visit", "Lima",
			"President Arlo Venn of Chile arrived here on Monday for a two-day working visit.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		{"a speaker glad to be here makes no visit", "Lima",
			"President Arlo Venn of Chile said on Monday that he was happy to be here.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article("", "2023-05-09", tt.body)
			a.Dateline = tt.dateline
			got := engagementSummary(x.Extract(a))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestVisitCompatriotNoHost checks that a national outlet's visit report
// keeps its leader's visit abroad when the text names a compatriot
// elsewhere (a predecessor's earlier visit, the minister accompanying):
// the outlet gives them its own country, and a compatriot is no host.
// Invented names.
func TestVisitCompatriotNoHost(t *testing.T) {
	tests := []sourcedCase{
		{"a predecessor's earlier visit told after", "Bernama", "", "2023-05-09",
			"Malaysian Prime Minister Arlo Venn arrived in Lima on Monday for a three-day official visit to Peru. It is the first such visit in 12 years since Malaysian Prime Minister Tomas Rell visited in 2011.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		{"the delegation accompanying the visitor", "", "", "2023-05-09",
			"Malaysian Prime Minister Arlo Venn arrived in Lima on Monday for a three-day official visit to Peru. He was accompanied by Malaysian Foreign Minister Tomas Rell and Malaysian Trade Minister Ola Brim.",
			[]string{"visit 2023-05 Arlo Venn+Peru"}},
		{"the host named in the sentence stays", "Bernama", "", "2023-05-09",
			"Malaysian Prime Minister Arlo Venn arrived in Lima on Monday for a three-day official visit to Peru at the invitation of President Bera Tisk of Peru. It is the first such visit since Malaysian Prime Minister Tomas Rell visited in 2011.",
			[]string{"visit 2023-05 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
