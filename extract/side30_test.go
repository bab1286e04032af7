package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestAttendeesAreNoSides checks a contact the headline names by the guest's
// office alone ("Meeting with Minister of Foreign Affairs of India", a
// country pair's "talks"), over a text that lists only the home side's suite
// ("On the Russian side, the meeting was attended by A, B and C") and a
// transcript the home leader speaks: the sides are that leader and the
// guest's country, not the suite. Invented names.
func TestAttendeesAreNoSides(t *testing.T) {
	tests := []sourcedCase{
		{"a guest by office alone: the speaker and the guest's country", "President of Russia", "Meeting with Minister of External Affairs of India", "2023-12-27",
			"On the Russian side, the meeting was attended by Foreign Minister Oleg Darsky, Deputy Prime Minister Ivan Tolbin and Presidential Aide Pavel Grusk.\n\n* * *\n\nPresident of Russia Arkady Volkin: Mr Minister, dear friends,\n\nI am very happy to see you in Moscow. Our trade is growing for the second year running.",
			[]string{"meeting 2023-12-27 Arkady Volkin+India"}},
		{"a country pair's talks: the one leader kept and the other country", "President of Russia", "Russian-Turkish talks", "2023-09-04",
			"The Russian side at the talks is represented by Foreign Minister Oleg Darsky, Deputy Prime Minister – Russian Co-Chair of the Mixed Intergovernmental Russian-Turkish Commission on Trade Ivan Tolbin, presidential aides Maxim Orel and Yury Usko, Minister of Agriculture Lev Marin and Central Bank Governor Nina Rusak.\n\n* * *\n\nPresident of Russia Arkady Volkin: Mr President, friends,\n\nWelcome to Russia and Sochi. We continue to maintain the momentum in promoting relations between Russia and Turkiye.",
			[]string{"talks 2023-09-04 Arkady Volkin+Türkiye"}},
		// The suite of one side, no principal named with them: no
		// engagement of their own beside the day's.
		{"a suite alone makes no contact", "Government of Chile", "President Arlo Venn's first day in Mexico", "2022-11-24",
			"Chile's President, Arlo Venn, began the first day of his official working visit to Mexico by meeting with businesspersons from the country at a breakfast.\n\nThe breakfast meeting was also attended by Chile's Foreign Affairs Minister Dana Ruiz, Chile's Economy Minister Tomas Grell, and Chile's Ambassador to Mexico, Bea Sandor, as well as the delegation of politicians attending the summit.\n\nLater, President Venn held a bilateral meeting with President Mateo Lorca of Mexico at the National Palace.",
			[]string{"meeting 2022-11-24 Arlo Venn+Mateo Lorca", "visit 2022-11 Arlo Venn+Mateo Lorca"}},
	}
	runSourced(t, tests)
}

// TestPlaceLineIsNoPerson checks a remarks header whose lines run on as one
// sentence ("Name / Secretary of State / Kasumi Guest House / Tokyo,
// Japan"): the venue after the title is no person, whether its last word is
// a facility noun or one stands inside it; and a title written apart from
// its "Designate" ("Prime Minister Designate of India") names no person
// "Designate". Invented names.
func TestPlaceLineIsNoPerson(t *testing.T) {
	x := newX(t)
	tests := []struct{ name, body, bad string }{
		{"guest house", "Jane Roeburn\nSecretary of State\nKasumi Guest House\nTokyo, Japan\nApril 14, 2013\n\nFOREIGN MINISTER KENJI: Welcome to Japan.", "Kasumi"},
		{"guesthouse inside the name", "Jane Roeburn\nSecretary of State\nKasumi Guesthouse\nTokyo, Japan\nApril 14, 2013\n\nFOREIGN MINISTER KENJI: Welcome to Japan.", "Kasumi"},
		{"a house named after a person", "Jane Roeburn\nSecretary of State\nMarlow House\nLondon, United Kingdom\nApril 14, 2013\n\nFOREIGN SECRETARY BRAND: Welcome to London.", "Marlow"},
		{"designate apart", "On May 19, 2014, Prime Minister Taro Kenji held telephone talks with Mr. Ravi Sundar, Prime Minister Designate of India.", "Designate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Remarks", "2013-04-14", tt.body)))
			if slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, tt.bad) }) {
				t.Errorf("persons %q: %q is no person", got, tt.bad)
			}
		})
	}
}

// TestVisitActsSides checks the sides of contacts a visit's summary lists
// as its guest's acts: a signing witnessed among them ("paid courtesy calls
// to A and B, held talks with C, met with D, witnessed the signing of …")
// is of the guest and the one who held the talks, not of every leader the
// sentence names; and bilateral meetings a speaker tells in the first
// person ("We have had bilateral meetings with A, B and C, as well as
// discussions I've had with …") are the speaker's with each. Invented
// names.
func TestVisitActsSides(t *testing.T) {
	tests := []sourcedCase{
		{"a signing witnessed among a visit's acts", "VietnamPlus", "Malaysian PM concludes official visit to Vietnam", "2023-07-21",
			"Hanoi (VNA) – Malaysian Prime Minister Amir Rashid and his spouse left Hanoi on July 21, concluding the two-day official visit to Vietnam at the invitation of PM Tran Van Khoa.\n\nDuring the visit, PM Amir paid courtesy calls to Party General Secretary Le Van Dong and President Ngo Thi Lan, held talks with PM Khoa, met with National Assembly Chairman Dinh Quang Vu, witnessed the signing of cooperation agreements between the two countries, and joined the official banquet.",
			[]string{"reception 2023-07-21 Le Van Dong+Rashid", "reception 2023-07-21 Ngo Thi Lan+Rashid", "talks 2023-07-21 Rashid+Tran Van Khoa", "meeting 2023-07-21 Dinh Quang Vu+Rashid", "signing 2023-07-21 Rashid+Tran Van Khoa", "visit 2023-07 Rashid+Tran Van Khoa"}},
		{"bilateral meetings the speaker tells as 'we'", "Prime Minister of Australia", "Doorstop interview - Rarotonga", "2023-11-08",
			"ANTHONY ALBANESE, PRIME MINISTER: It's wonderful to be here at the Pacific Islands Forum.\n\nWe have had also very important bilateral meetings with Prime Minister Ana Lutelu of Tuvalu, President Teki Maneba of Kiribati, and Prime Minister Cal Moana of the Cook Islands, as well as informal discussions I've had with Nauru and Samoa.",
			[]string{"meeting 2023-11-08 Ana Lutelu+Anthony Albanese", "meeting 2023-11-08 Anthony Albanese+Teki Maneba", "meeting 2023-11-08 Anthony Albanese+Cal Moana"}},
	}
	runSourced(t, tests)
}

// TestSpouseOfOffice checks "hosted the Prime Minister and Mrs B": B's
// spouse named by the office's holder, no person of the record, not an
// earlier person of the family name the speaker quoted. Invented names.
func TestSpouseOfOffice(t *testing.T) {
	tests := []sourcedCase{
		{"the office holder's spouse is no other person of the name", "Prime Minister of Australia", "Press conference - Canberra", "2022-10-18",
			"ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: Well thank you very much for joining us. Singapore's founding father, Tan Kah Lok, said this: \"We are one interacting world.\"\n\nI do want to thank Prime Minister Tan Wei Ming, not just for the formal interaction we have had today, but also for the dinner where Jodie and myself hosted the Prime Minister and Mrs Tan last night at the Lodge.",
			[]string{"meeting 2022-10-17 Anthony Albanese+Tan Wei Ming"}},
	}
	runSourced(t, tests)
}
