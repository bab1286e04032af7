package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestSharedFlowGoal30 checks that a target the two sides set for money
// flowing from one to the other ("they have set a target of … investment
// from A in B", a joint vision's subjectless item "the earlier target of
// … financing from A to B and setting a new target of …") is both sides'
// goal, as the development references code it, while one side named
// setting it, or stating its intention, keeps it (session 30, from press
// copies of summit readouts and joint visions of several outlets). Names
// and figures invented.
func TestSharedFlowGoal30(t *testing.T) {
	pair := []string{"CL", "NO"}
	runSourcedTargets(t, []sourcedTarget{
		{"a pronoun sets it after a leader's said", "", false, pair,
			"Prime Minister Lars Eide, who held a bilateral meeting with his counterpart Rosa Vidal, said they have set a target of USD 30 billion investment from Norway in Chile.",
			[]accord.Target{{Metric: "investment", Value: 30e9, Unit: "USD", Comparator: "eq", Holders: pair}}},
		{"a subjectless item of a joint vision", "", false, pair,
			"As two open economies, we aim to harvest our mutual strengths by:\n\n• Building upon the progress made in the earlier target of USD 20 billion of public and private investment and financing from Norway to Chile and setting a new target of USD 60 billion of private investment;\n\n• Promoting trade.",
			[]accord.Target{
				{Metric: "public and private investment", Value: 20e9, Unit: "USD", Comparator: "eq", Holders: pair},
				{Metric: "private investment", Value: 60e9, Unit: "USD", Comparator: "eq", Holders: pair},
			}},
		{"one side named setting it", "", false, pair,
			"Norway set a target of USD 20 billion of investment from Norway to Chile.",
			[]accord.Target{{Metric: "investment", Value: 20e9, Unit: "USD", Comparator: "eq", Holders: []string{"NO"}}}},
		{"one side's stated intention, no goal noun", "", false, pair,
			"Prime Minister Eide expressed his intention to realize USD 20 billion of public and private investment and financing from Norway to Chile.",
			[]accord.Target{{Metric: "public and private investment", Value: 20e9, Unit: "USD", Comparator: "eq", Holders: []string{"NO"}}}},
	})
}

// TestDonorFinancing30 checks that "financing" named right before a sum in
// a donor's currency, in the borrower's release that names no lender in
// the sentence ("The X Project, with a financing worth KRW 460 billion,
// will …"), is the currency's country's, as a loan or a grant is (session
// 30, from Philippine finance releases and their press copies). Names and
// figures invented.
func TestDonorFinancing30(t *testing.T) {
	lead := "Finance Minister Ana Rojas secured financing from Korea for two infrastructure projects.\n\n"
	runSourcedTargets(t, []sourcedTarget{
		{"financing worth, the project as subject", "PE", true, []string{"KR", "PE"},
			lead + "The Cusco Bypass Construction Project, with a financing worth KRW 460 billion, will improve mobility in the south.",
			[]accord.Target{{Metric: "financing", Value: 460e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}}}},
		{"financing worth before the project", "PE", true, []string{"KR", "PE"},
			lead + "Meanwhile, financing worth KRW 450 billion for the Rimac River Flood Control Project will help strengthen flood management.",
			[]accord.Target{{Metric: "Rimac River Flood Control Project", Value: 450e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}}}},
		{"a giver named as subject keeps it", "PE", true, []string{"KR", "PE"},
			"Peru will provide financing worth KRW 10 billion to Bolivia.",
			[]accord.Target{{Metric: "financing", Value: 10e9, Unit: "KRW", Comparator: "eq", Holders: []string{"PE"}}}},
	})
}

// TestTitledDemonymSubject30 checks that a leader named by a demonym and a
// title ("Japanese Prime Minister A on Friday announced …") is the subject
// committing the sum, so a pair named later in the sentence ("during the
// B-C summit") does not take it (session 30, from press copies of summit
// announcements). Names and figures invented.
func TestTitledDemonymSubject30(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a demonym-titled leader announces", "", false, []string{"KR", "PE"},
			"Korean President Kim Dae-ho on Friday announced a 5 trillion won investment in Peru during the annual Peru-Korea summit in Lima.",
			[]accord.Target{{Metric: "investment", Value: 5e12, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}}}},
		{"a demonym-titled minister pledges", "", false, []string{"BO", "PE"},
			"Peruvian Foreign Minister Ana Rojas pledged USD 20 million in aid to Bolivia during the Bolivia-Peru talks.",
			[]accord.Target{{Metric: "aid", Value: 20e6, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}}}},
	})
}

// TestDuringIsNoSubject30 checks that a country named after "during" or
// "amid" ("during the Peru summit") stands in no subject's place: in a
// government's own release the unnamed announcer is still that government
// (session 30, from press copies of summit announcements, where "during the
// A-B summit" took the sum). Names and figures invented.
func TestDuringIsNoSubject30(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a summit named after during", "KR", true, []string{"KR", "PE"},
			"The Minister announced USD 20 million in aid to Fiji during the Peru summit.",
			[]accord.Target{{Metric: "aid", Value: 20e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
	})
}
