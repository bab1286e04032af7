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

// TestVisitingCourtesyCalls checks that a foreign minister's meeting with
// a leader is a courtesy call on the leader (a reception) when the text
// says the guest came: "met with visiting Foreign Minister B", or "B
// arrived in <the leader's capital> for a two-day visit" (Xinhua, People's
// Daily and Pakistani outlets without a dateline). Leaders of equal rank
// stay a meeting. Invented names.
func TestVisitingCourtesyCalls(t *testing.T) {
	tests := []sourcedCase{
		{"a leader met a visiting foreign minister", "News Agency", "", "2013-04-13",
			"Chinese President Lin Hao on Saturday met with visiting French Foreign Minister Paul Marchand to discuss bilateral ties.",
			[]string{"reception 2013-04-13 Lin Hao+Paul Marchand", "visit 2013-04 Lin Hao+Paul Marchand"}},
		{"a leader met a visiting president: a meeting of equals", "News Agency", "", "2013-04-13",
			"Chinese President Lin Hao on Saturday met with visiting French President Paul Marchand to discuss bilateral ties.",
			[]string{"meeting 2013-04-13 Lin Hao+Paul Marchand", "visit 2013-04 Lin Hao+Paul Marchand"}},
		{"a prime minister met a foreign minister told arriving for a visit", "News Agency", "", "2019-05-24",
			"Pakistani Prime Minister Omar Farid met Iranian Foreign Minister Reza Kamali at PM House on Friday. Kamali arrived in Islamabad for a two-day visit on Thursday night.",
			[]string{"reception 2019-05-24 Omar Farid+Reza Kamali", "visit 2019-05 Omar Farid+Reza Kamali"}},
	}
	runSourced(t, tests)
}

// TestDescribedGuests checks a reception whose guest the sentence tells by
// demonym and description, named in an earlier sentence ("hosted a
// reception for the Russian top diplomat", Vietnamese agencies' style).
// Invented names.
func TestDescribedGuests(t *testing.T) {
	tests := []sourcedCase{
		{"the guest told as the demonym's top diplomat", "News Agency", "", "2022-07-06",
			"Russian Foreign Minister Ivan Petrov is paying a two-day visit to Vietnam at the invitation of his host counterpart Tran Van Minh. On July 6, Party General Secretary Nguyen Van Long hosted a reception for the Russian top diplomat.",
			[]string{"reception 2022-07-06 Ivan Petrov+Nguyen Van Long", "visit 2022-07 Ivan Petrov+Tran Van Minh"}},
		{"two persons of the demonym's country: none taken", "News Agency", "", "2022-07-06",
			"Russian Foreign Minister Ivan Petrov and Russian Deputy Minister Oleg Sokolov are paying a visit to Vietnam. On July 6, Party General Secretary Nguyen Van Long hosted a reception for the Russian official.",
			// (No reception guest taken; the two compatriots' visit is
			// the first named's, as a lone visitor's is above: visit37.)
			[]string{"visit 2022-07 Ivan Petrov+Viet Nam"}},
	}
	runSourced(t, tests)
}
