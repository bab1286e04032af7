package extract

import (
	"strings"
	"testing"
)

// TestCalledNames checks that "called" is a phone call only when someone
// named is called, with invented names.
func TestCalledNames(t *testing.T) {
	tests := []sourcedCase{
		{"'called the Summit Meeting the beginning' names the meeting, it calls no one", "", "Joint Press Statement", "2019-04-02",
			"President Marco Reyes and Prime Minister Ken Mori called the Summit Meeting the beginning of a new age of partnership during the Joint Press Statement at the Prime Minister's Office in Tokyo on April 2, 2019.",
			// (The joint press statement they spoke at is a press
			// conference, as TestTripsAsProtocol's case of the same form has it.)
			[]string{"meeting 2019-04-02 Ken Mori+Marco Reyes", "press_conference 2019-04-02 Ken Mori+Marco Reyes"}},
		{"a leader called by name is a call", "", "", "2019-04-02",
			"President Marco Reyes called Prime Minister Ken Mori on Tuesday to discuss the regional situation.",
			[]string{"phone_call 2019-04-02 Ken Mori+Marco Reyes"}},
		{"a programme called by its name calls no one", "", "", "2019-04-02",
			"President Marco Reyes met Prime Minister Ken Mori on Tuesday. They launched a programme called the Coastal Resilience Initiative.",
			[]string{"meeting 2019-04-02 Ken Mori+Marco Reyes"}},
	}
	runSourced(t, tests)
}

// TestRestatedDay checks that a relative day restated by a date dates the
// contact by that date, with invented names.
func TestRestatedDay(t *testing.T) {
	tests := []sourcedCase{
		{"today (date) in a release filed the next day", "", "", "2023-03-13",
			"The Prime Minister Ann Smith met Prime Minister Tom Reid of Australia in San Diego today (12 March 2023), ahead of their meeting with the President.",
			[]string{"meeting 2023-03-12 Ann Smith+Tom Reid"}},
		{"yesterday, date", "", "", "2023-06-06",
			"Foreign Minister Jan Nowak of Poland spoke by telephone yesterday, 4 June, with Foreign Minister Claire Dubois of France.",
			[]string{"phone_call 2023-06-04 Claire Dubois+Jan Nowak"}},
		{"a bare today is the release's day", "", "", "2023-03-13",
			"Prime Minister Ann Smith of the United Kingdom met Prime Minister Tom Reid of Australia today.",
			[]string{"meeting 2023-03-13 Ann Smith+Tom Reid"}},
	}
	runSourced(t, tests)
}

// TestLongTitles checks that the words of a long protocol title are no
// person's name, with invented names.
func TestLongTitles(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string // name|country, sorted
	}{
		{"an ambassador extraordinary and plenipotentiary", "The talks were attended by Ambassador Extraordinary and Plenipotentiary Tomas Varga.", []string{"Tomas Varga|"}},
		{"Ireland's deputy prime minister by the Irish title", "The Foreign Secretary met Tánaiste Sean Walsh today.", []string{"Sean Walsh|IE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("", "2023-02-22", tt.body))
			got := personCountries(f)
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("persons %q, want %q", got, tt.want)
			}
		})
	}
}

// TestProtocolTitles checks that the holder of a protocol, military or
// junior ministerial title is a person, with invented names.
func TestProtocolTitles(t *testing.T) {
	x := newX(t)
	for _, title := range []string{"Defence Secretary", "Business Secretary", "Consul-General", "Head of Mission", "Ambassador-designate",
		"Defence Attaché", "Chief of Defence", "Chief of the Defence Staff", "Chief of Army", "Undersecretary",
		"Parliamentary Vice-Minister", "Senior Vice Minister", "Minister-Counsellor", "Counsellor"} {
		t.Run(title, func(t *testing.T) {
			f := x.Extract(article("", "2023-03-13", "Prime Minister Ann Smith of the United Kingdom met "+title+" Tomas Varga of Hungary in London today."))
			got := personCountries(f)
			if want := "Ann Smith|GB,Tomas Varga|HU"; strings.Join(got, ",") != want {
				t.Errorf("persons %q, want %s", got, want)
			}
		})
	}
}

// TestWelcomedAt checks that a welcome to a named place is a meeting there,
// to a country a visit, and to an event or a body nothing, with invented
// names.
func TestWelcomedAt(t *testing.T) {
	tests := []sourcedCase{
		{"welcomed to a residence", "", "", "2023-03-13",
			"Prime Minister Ann Smith welcomed Prime Minister Zoltan Kiraly of Hungary to Downing Street today.",
			[]string{"meeting 2023-03-13 Ann Smith+Zoltan Kiraly"}},
		{"welcomed to the White House", "", "", "2023-03-13",
			"President John Miller welcomed President Zoltan Kiraly of Hungary to the White House today.",
			[]string{"meeting 2023-03-13 John Miller+Zoltan Kiraly"}},
		{"welcomed to a summit meets no one", "", "", "2023-03-13",
			"President John Miller welcomed President Zoltan Kiraly of Hungary to the summit today.",
			nil},
		{"welcomed a country to an alliance", "", "", "2023-03-13",
			"President John Miller welcomed Finland to NATO today.",
			nil},
	}
	runSourced(t, tests)
}
