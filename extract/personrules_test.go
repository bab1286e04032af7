package extract

import (
	"strings"
	"testing"
)

// TestPersonRules checks who is and is not a person: headline verbs and
// company names are no name words, a titled given name is no office
// holder's family name, a designate or elect title still introduces its
// holder, and a name after a long title and a comma, or between commas
// before "said", is a person. The names are made up, except office holders
// the embedded table gives.
func TestPersonRules(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, published, body string
		want                         []string // name|country, sorted
	}{
		{"a headline verb ends the name", "President Jane Q. Roe Secures Billions in New Deals", "2025-01-01",
			"The investments were announced today.", []string{"Jane Q. Roe|"}},
		{"General Terms is no general", "", "2025-01-01",
			"The General Terms of the agreement were published.", nil},
		{"General Motors is no general", "", "2025-01-01",
			"The leaders welcomed plans by General Motors to invest.", nil},
		{"a titled given name is not the holder of that given name", "", "2021-05-02",
			"Secretary Teodoro said the exercise had been a success.", []string{"Teodoro|"}},
		// (Session 34: from June 2023 the table holds a defence secretary of
		// that family name, whom the title names.)
		{"a titled family name is its holder's", "", "2024-05-02",
			"Secretary Teodoro said the exercise had been a success.", []string{"Gilbert Teodoro|PH"}},
		{"a designate title introduces its holder", "", "2025-01-01",
			"The President called Prime Minister-designate Tomas Varga to congratulate him.", []string{"Tomas Varga|"}},
		{"a name between commas before said", "", "2025-01-01",
			"Regional Development Director and Deputy Head of Mission, Owen Pratt, said\n\n“We are proud to support this work.”", []string{"Owen Pratt|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article(tt.title, tt.published, tt.body))
			got := personCountries(f)
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("persons %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHeadlineBy checks that a government's headline naming its speaker by
// office after "by" ("Statement by Prime Minister after …") gives the
// holder of that office on the day, as "the Prime Minister" does.
func TestHeadlineBy(t *testing.T) {
	x := newX(t)
	a := article("Press Statement by Prime Minister after the Joint Commission", "2023-05-10", "The talks concluded with an agreement on trade.")
	a.URL = "https://www.gov.uk/government/speeches/press-statement"
	ps := persons(x.Extract(a))
	if p, ok := ps["Rishi Sunak"]; !ok || p.Country != "GB" {
		t.Errorf("persons %v, want Rishi Sunak of GB", keys(ps))
	}
}

// TestIssuerNotParticipant checks that the spokesperson a release names as
// its issuer takes no part in the contacts it reports, even where the
// report names the other side only by country.
func TestIssuerNotParticipant(t *testing.T) {
	x := newX(t)
	body := "Press Secretary Ann Doyle provided the following release:\n\nSecretary of Defense Tom Ray concluded his travel to Lima today. During his visit, Secretary Ray met with counterparts from Chile and Peru, and spoke with distinguished guests."
	f := x.Extract(article("", "2024-05-02", body))
	for _, e := range f.Engagements {
		for _, p := range e.Participants {
			if strings.Contains(p, "doyle") {
				t.Errorf("the issuer is a participant: %s %q", e.Type, e.Participants)
			}
		}
	}
}
