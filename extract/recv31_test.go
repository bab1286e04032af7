package extract

import (
	"sort"
	"testing"

	"github.com/accordhq/accord"
)

// TestReceptionsRead31 checks receptions as palaces and agencies write them
// (session 31, read on unseen pages of the Kremlin's and royal courts'
// credentials ceremonies and Malaysian agency copy): the Malaysian King's
// style before his name, credentials rosters told in the passive ("Letters
// of credence were presented by A (X), B (Y)"), envoys listed with "from"
// and their country, a monarch who "held an audience with" a guest.
// Invented names.
func TestReceptionsRead31(t *testing.T) {
	tests := []sourcedCase{
		{"the Malaysian King's style and honorific before his name", "News Agency", "", "2023-01-16",
			"KUALA LUMPUR (Jan 16): Yang di-Pertuan Agong Al-Sultan Hamid Ri'ayatuddin Shah granted an audience to Singapore Foreign Minister Tan Wei Ming at Istana Negara here today.",
			[]string{"reception 2023-01-16 Hamid Ri'ayatuddin Shah+Tan Wei Ming"}},
		{"the style in apposition, a guest of a crown prince's rank", "News Agency", "", "2023-05-23",
			"KUALA LUMPUR: The Yang di-Pertuan Agong, Al-Sultan Hamid Ri'ayatuddin Shah, today granted an audience to the Crown Prince of Abu Dhabi Sheikh Khalid bin Saeed Al Nahyan at the Istana Negara.",
			[]string{"reception 2023-05-23 Hamid Ri'ayatuddin Shah+Khalid bin Saeed Al Nahyan"}},
		{"credentials presented in the passive, envoys with their countries in brackets", "News Agency", "", "2023-04-05",
			"President Tomas Varga received the credentials of newly arrived ambassadors of foreign states on Wednesday. Letters of credence to the head of state were presented by: Jan Peeters (Kingdom of Belgium), Lars Holm (Sweden) and Pedro Alves (Portuguese Republic).",
			[]string{"reception 2023-04-05 Jan Peeters+Tomas Varga", "reception 2023-04-05 Lars Holm+Tomas Varga", "reception 2023-04-05 Pedro Alves+Tomas Varga"}},
		{"envoys listed with the country they come from", "News Agency", "", "2024-11-05",
			"President Tomas Varga has accepted the credentials of the ambassadors of twelve states. Among those who presented credentials to the President are Jan Peeters from Belgium, Lars Holm from Sweden and Pedro Alves from Portugal.",
			[]string{"reception 2024-11-05 Jan Peeters+Tomas Varga", "reception 2024-11-05 Lars Holm+Tomas Varga", "reception 2024-11-05 Pedro Alves+Tomas Varga"}},
		{"a head of state held an audience with an envoy", "News Agency", "", "2024-03-21",
			"President Harald Lund on Thursday held an audience with the new Ambassador of Peru, Jorge Salas, at the palace.",
			[]string{"reception 2024-03-21 Harald Lund+Jorge Salas"}},
	}
	runSourced(t, tests)
}

// TestListedFromCountry checks the country of a person listed with "from"
// and a country, and that one not in a list is given none by it.
func TestListedFromCountry(t *testing.T) {
	persons := func(f *accord.ArticleFacts) []string {
		var out []string
		for _, a := range f.Actors {
			if a.Type == accord.Person {
				out = append(out, a.Name+" "+a.Country)
			}
		}
		sort.Strings(out)
		return out
	}
	tests := []sourcedCase{
		{"a list of delegates with their countries", "News Agency", "", "2024-11-05",
			"The forum heard Jan Peeters from Belgium, Lars Holm from Sweden and Pedro Alves from the Philippines.",
			[]string{"Jan Peeters BE", "Lars Holm SE", "Pedro Alves PH"}},
		{"a release from a country is no roster", "News Agency", "", "2024-11-05",
			"The talks secured the release of Jan Peeters from Russia.",
			[]string{"Jan Peeters "}},
		{"a ministry of a country is not the country", "News Agency", "", "2024-11-05",
			"The forum heard Jan Peeters from Belgium's foreign ministry, and Lars Holm.",
			[]string{"Jan Peeters ", "Lars Holm "}},
	}
	runSourcedBy(t, tests, "persons", persons)
}
