package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/accordhq/accord"
)

// TestWelcomedTitledTo checks a host's readout that names the guest first
// and then welcomes the guest by office alone to the host's country ("The
// Prime Minister welcomed the President to Canada", "Welcoming the
// Peruvian President to Chile, the President …"): the guest's visit, by its
// month, as a welcome of a named guest is. Invented names.
func TestWelcomedTitledTo(t *testing.T) {
	tests := []sourcedCase{
		{"the Prime Minister welcomed the President to the country", "", "", "2023-05-08",
			"Today, Prime Minister Arlo Venn of Chile met with the President of Peru, Bera Tisk, in Santiago. The Prime Minister welcomed the President to Chile and expressed the solidarity of all Chileans with the people of Peru.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"welcoming the visiting President, participle first", "", "", "2023-05-08",
			"President Arlo Venn of Chile received President Bera Tisk of Peru at the presidential palace today. Welcoming the visiting President to Chile, President Venn thanked Peru for its support.",
			[]string{"reception 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		{"welcomed his counterpart to the country", "", "", "2023-05-08",
			"President Arlo Venn of Chile held talks with President Bera Tisk of Peru today. Venn welcomed his Peruvian counterpart to Chile.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk", "visit 2023-05 Arlo Venn+Bera Tisk"}},
		// Right on main too: a welcome to a building is the meeting only,
		// and a minister welcomed by title is no leader's visit.
		{"welcomed the President to the palace: no visit", "", "", "2023-05-08",
			"Prime Minister Arlo Venn of Chile met with President Bera Tisk of Peru today. The Prime Minister welcomed the President to the Government Palace.",
			[]string{"meeting 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"welcomed the success of the President's visit: no visit now", "", "", "2023-05-08",
			"Prime Minister Arlo Venn of Chile spoke by phone with President Bera Tisk of Peru today. The Prime Minister welcomed the success of the President's visit to Chile in March.",
			[]string{"phone_call 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestVisitToUnknownCity checks that a visit phrase going "to" a city the
// text does not know ("your visit to Port Tarvin yesterday") takes no place
// from a clause before it ("while I was in C"): the host's recalled stay
// abroad is not the guest's visit, which stays in the host's country.
// Invented names and city.
func TestVisitToUnknownCity(t *testing.T) {
	tests := []sourcedCase{
		{"the host's past stay before the guest's visit to a city", "", "", "2024-06-17",
			"ARLO VENN, PRIME MINISTER OF CHILE: It is my great pleasure to welcome you to Chile. I did have a wonderful time while I was in Peru and I know that you enjoyed your visit to Port Tarvin yesterday. In our meeting with President Bera Tisk of Peru, that we just held, that was reinforced.",
			[]string{"meeting 2024-06-17  Arlo Venn+Bera Tisk", "visit 2024-06  Arlo Venn+Bera Tisk"}}, // not placed in Peru (main: PE)
		// Right on main too: a place told after the city is the visit's.
		{"a visit to a city in a country", "", "", "2024-06-17",
			"Prime Minister Arlo Venn of Chile held talks with President Bera Tisk of Peru on Monday during his visit to Port Tarvin in Peru.",
			[]string{"talks 2024-06-17 PE Arlo Venn+Bera Tisk", "visit 2024-06 PE Arlo Venn+Bera Tisk"}},
	}
	runSourcedBy(t, tests, "engagements with places", placedSummary)
}

// placedSummary is engagementSummary with each engagement's place country.
func placedSummary(f *accord.ArticleFacts) []string {
	names := map[string]string{}
	for _, a := range f.Actors {
		names[a.ID] = a.Name
	}
	var out []string
	for _, e := range f.Engagements {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, names[p])
		}
		sort.Strings(ps)
		out = append(out, string(e.Type)+" "+e.Date+" "+e.Place.Country+" "+strings.Join(ps, "+"))
	}
	sort.Strings(out)
	return out
}

// TestWelcomedPassiveTo checks the passive welcome of agency copy: "A was
// welcomed to C at a ceremony … presided over by B" is A's visit to C.
// Invented names.
func TestWelcomedPassiveTo(t *testing.T) {
	tests := []sourcedCase{
		{"was welcomed to the country at a ceremony", "", "", "2022-03-21",
			"Peruvian Prime Minister Bera Tisk was welcomed to Chile at a ceremony at the Presidential Palace on Monday morning presided over by Chilean Prime Minister Arlo Venn. The two PMs held talks following the ceremony.",
			[]string{"talks 2022-03-21 Arlo Venn+Bera Tisk", "visit 2022-03-21 Arlo Venn+Bera Tisk"}},
		// Right on main too: a welcome to a building is no visit.
		{"was welcomed to the palace: no visit", "", "", "2022-03-21",
			"Peruvian Prime Minister Bera Tisk was welcomed to the Presidential Palace on Monday by Chilean Prime Minister Arlo Venn, and the two PMs held talks.",
			[]string{"talks 2022-03-21 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestStayUntil checks a visit under way told with the day it ends: "who
// is on an official visit to C until November 17", published on the 14th,
// is reported (held, by its month), not ahead. Invented names.
func TestStayUntil(t *testing.T) {
	tests := []sourcedCase{
		{"is on an official visit until a later day", "", "", "2022-11-14",
			"Prime Minister Bera Tisk of Peru on November 14 afternoon hosted a welcome ceremony for his Chilean counterpart Arlo Venn who is on an official visit to Peru until November 17. Following the ceremony, the two leaders held talks.",
			[]string{"reception 2022-11-14 Arlo Venn+Bera Tisk", "talks 2022-11-14 Arlo Venn+Bera Tisk", "visit 2022-11 Arlo Venn+Bera Tisk"}},
		// Right on main too: a visit announced with "will be on … until" stays ahead.
		{"will be on a visit until: ahead", "", "", "2022-11-14",
			"Chilean Prime Minister Arlo Venn will be on an official visit to Peru until November 17, at the invitation of Prime Minister Bera Tisk of Peru.",
			nil},
	}
	runSourced(t, tests)
}
