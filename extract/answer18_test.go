package extract

import "testing"

// TestAnswerWithoutQuestion18 checks a parliamentary reply whose question
// is not given ("I propose to take Questions Nos. 2 and 3 together."): "I"
// is the member named on the line before, and the contacts it reports
// with their dates are held; an opportunity had ("I was pleased to have the
// opportunity to hold talks") is no plan.
func TestAnswerWithoutQuestion18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a reply opened by taking questions together", "Parliament debates", "Prime Minister's Meetings and Engagements", "2016-01-19",
			"Prime Minister's Meetings and Engagements\n\nAnna Holm (Oslo East, Labour)\n\nI propose to take Questions Nos. 4 and 5 together.\n\nI was pleased to have the opportunity to hold official talks in Oslo with the Finnish Prime Minister, Tomas Berg, on 14 October of last year. The visit to Norway formed part of a longer trip.",
			[]string{"talks 2015-10-14 Anna Holm+Tomas Berg", "visit 2015-10 Norway+Tomas Berg"}},
		{"an opportunity had", "", "Minister meets counterpart", "2024-03-12",
			"Foreign Minister Anna Holm of Norway had the opportunity to hold talks with Foreign Minister Tomas Berg of Finland in Oslo on Tuesday.",
			[]string{"talks 2024-03-12 Anna Holm+Tomas Berg"}},
		{"an opportunity hoped for stays ahead", "", "Minister speaks", "2024-03-12",
			"Foreign Minister Anna Holm of Norway hopes to have the opportunity to hold talks with Foreign Minister Tomas Berg of Finland.",
			nil},
	})
}
