package extract

import (
	"strings"
	"testing"
)

// TestNameDress checks how names are read whatever their dress: a run of
// ordinary English words is no name, honorifics of many countries are not
// part of the name, a bare name is a family name among office holders, a
// title after "former" still names its holder (the table's, by family
// name, when the term has ended), Mongolian initials glued to
// the name and a name in square brackets after an office are names, and
// "assured A of India's support" gives A no country. The names are made
// up, except office holders the embedded table gives.
func TestNameDress(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, published, body string
		want                         []string // name|country, sorted
	}{
		{"ordinary words after a title are no name", "Canada PM Sees Big Opportunity to Work with Partners", "2030-01-01",
			"The talks went well.", nil},
		{"ordinary words glued to a name in a headline", "Prime Minister Jane Roe Sees Big Opportunity in Trade", "2030-01-01",
			"The talks went well.", []string{"Jane Roe|"}},
		{"a hyphenated ordinary word is no given name", "", "2030-01-01",
			"They welcomed the new Open Skies-type air transport agreement.", nil},
		{"ordinary words after a rank are no name", "", "2030-01-01",
			"The UK is creating an Open General Export License, reducing bureaucracy.", nil},
		{"Chinese syllables that are words are a name", "", "2030-01-01",
			"Minister of State Low Yen Ling met Prime Minister Tan Boon Hock.", []string{"Low Yen Ling|", "Tan Boon Hock|"}},
		{"a given name that is a word starts a name", "", "2030-01-01",
			"The Vice President spoke to Ray Chambers, Vice Chair of the Partnership.", []string{"Ray Chambers|"}},
		{"words after a name in prose stay the name's", "", "2030-01-01",
			"Participants spoke with Director Keisha Lance Bottoms on Monday.", []string{"Keisha Lance Bottoms|"}},
		{"a family name that is a word stays a name", "", "2030-01-01",
			"Ambassador Truss met Senator Wicker on Monday.", []string{"Truss|", "Wicker|"}},
		{"Rt Hon'ble is an honorific", "", "2030-01-01",
			"The Rt Hon'ble Tomas Varga, Prime Minister of the United Kingdom, is on an official visit to India.", []string{"Tomas Varga|GB"}},
		{"Malay honorifics of a wife", "", "2030-01-01",
			"The Minister hosted a dinner for Dato' Seri Azmin Hamzah of Malaysia and his wife Datin Siti Aminah.", []string{"Azmin Hamzah|MY", "Siti Aminah|MY"}},
		{"Puan Sri and Smt are honorifics", "", "2030-01-01",
			"Puan Sri Noraini Kassim and Smt Lakshmi Rao attended.", []string{"Lakshmi Rao|", "Noraini Kassim|"}},
		{"a name ends with its sentence: a list line's last word is no word of the next", "", "2030-01-01",
			"Attendees:\n\nMaria Lind, Retired Chairman, Plexo\n\nTomas Verdi, President, Arcon\n\nThey met the Secretary.", []string{"Maria Lind|", "Tomas Verdi|"}},
		{"a bare name is no holder's given name (Michel Aoun), but the family name of the holder of an office the title heads", "", "2022-06-27",
			"Prime Minister Kishida met President Michel of the European Council.", []string{"Charles Michel|EU", "Fumio Kishida|JP"}},
		{"assured A of a country's support", "", "2030-01-01",
			"The Prime Minister spoke with the President of the Philippines, His Excellency Ramon Cruz. The Prime Minister assured President Cruz of India's support.", []string{"Ramon Cruz|PH"}},
		{"a former office holder is a person", "", "2030-01-01",
			"She paid tribute to former Prime Minister Tomas Varga.", []string{"Tomas Varga|"}},
		{"former before a plural title", "", "2030-01-01",
			"I have brought with me former Prime Ministers Varga, Novak and Horvath.", []string{"Horvath|", "Novak|", "Varga|"}},
		{"a former holder named by family name is the table's", "", "2022-09-27",
			"I have brought with me former Prime Ministers Turnbull, Abbott and Howard.", []string{"John Howard|AU", "Malcolm Turnbull|AU", "Tony Abbott|AU"}},
		{"Mongolian initials glued to the name", "", "2030-01-01",
			"The Speaker of the Parliament G.Batbold met President Ts.Erdene.", []string{"G.Batbold|", "Ts. Erdene|"}},
		{"a name in brackets after an office", "", "2030-01-01",
			"We agreed that the Chief of Defence [Quillon Vantrask] would visit.", []string{"Quillon Vantrask|"}},
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

// TestSpouseNoParty checks that a spouse named with a party ("and his wife
// A") comes with them and is no participant of the contact.
func TestSpouseNoParty(t *testing.T) {
	x := newX(t)
	f := x.Extract(article("", "2030-03-04", "Foreign Minister Lena Ortiz of Chile met Foreign Minister Azmin Hamzah of Malaysia and his wife Maria Hamzah in Santiago on 3 March."))
	for _, e := range f.Engagements {
		for _, p := range e.Participants {
			if strings.Contains(p, "maria") {
				t.Errorf("engagement %s %v has the spouse as participant", e.Type, e.Participants)
			}
		}
	}
	if len(f.Engagements) == 0 {
		t.Errorf("no engagement")
	}
}
