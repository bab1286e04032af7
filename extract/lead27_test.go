package extract

import "testing"

// TestOwnReporter27 checks that a spokesperson of the publishing
// government, who reports a contact of its official with someone the text
// makes no party, is not that official's counterpart; a spokesperson the
// text gives another country stays one (names invented).
func TestOwnReporter27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"own spokesperson reports", "", "Readout by NSC Spokesperson Marta Kellan of National Security Advisor Tom Arvell's Meeting with Journalists", "2022-03-03",
			"National Security Advisor Tom Arvell met today with activists from the region and discussed press freedom.",
			nil},
		{"a ministry spokesman's account of unnamed counterparts", "", "Foreign Minister Holds Talks on Sidelines of Ministerial", "2020-09-10",
			"Malvanian Foreign Minister Tomas Ardel has held bilateral meetings with his counterparts from the member states on the sidelines of the ministerial meeting, ministry spokesman Rui Cotta said on Thursday.",
			nil},
		{"a foreign spokesperson met", "The White House", "Readout of National Security Advisor Tom Arvell's Meeting with Maldivian Presidential Spokesperson Ali Noor", "2022-03-03",
			"National Security Advisor Tom Arvell met today with Maldivian Presidential Spokesperson Ali Noor and discussed climate resilience.",
			[]string{"meeting 2022-03-03 Ali Noor+Tom Arvell"}},
	})
}

// TestCallPastRelativeClause27 checks that the way of a contact ("over
// the phone") after a relative clause on the counterpart still makes the
// meeting verb a call (names invented).
func TestCallPastRelativeClause27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"who clause", "", "Talks", "2022-05-20",
			"Latvian Prime Minister Tomas Ardel met with Norwegian Prime Minister Lena Berg, who took office last week, over the phone and agreed to work together.",
			[]string{"phone_call 2022-05-20 Lena Berg+Tomas Ardel"}},
		{"in person stays a meeting", "", "Talks", "2022-05-20",
			"Latvian Prime Minister Tomas Ardel met with Norwegian Prime Minister Lena Berg, who took office last week, and agreed to work together.",
			[]string{"meeting 2022-05-20 Lena Berg+Tomas Ardel"}},
	})
}

// TestPresidentOfTheRepublic27 checks that a presidency's own release
// naming its principal as "the President of the Republic", the state's
// own style of the office, means its own president, as "the President"
// does; "the President of the Republic of X" is X's (guest invented; the
// principal is the office table's holder on the day).
func TestPresidentOfTheRepublic27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the state's own style", "Presidency of the French Republic", "Telephone call with the Chancellor of Latvia", "2023-05-10",
			"The President of the Republic spoke by phone today with Latvian Chancellor Tomas Ardel.",
			[]string{"phone_call 2023-05-10 Emmanuel Macron+Tomas Ardel"}},
		{"another republic named", "Presidency of the French Republic", "Telephone call", "2023-05-10",
			"The President of the Republic of Latvia, Tomas Ardel, spoke by phone today with Chancellor Anna Weber of Germany.",
			[]string{"phone_call 2023-05-10 Anna Weber+Tomas Ardel"}},
	})
}

// TestHeadOfGovernmentStyles27 checks the heads of government styled
// "President of the Council of Ministers" and "President of the
// Government": on their government's own site the principal, the office
// table's Prime Minister on the day; elsewhere a prime minister named so
// (guest invented).
func TestHeadOfGovernmentStyles27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"Council of Ministers", "Government of Italy", "Telephone call", "2023-05-10",
			"The President of the Council of Ministers spoke by phone today with Latvian Prime Minister Tomas Ardel.",
			[]string{"phone_call 2023-05-10 Giorgia Meloni+Tomas Ardel"}},
		{"the Government", "Government of Spain", "Meeting", "2023-05-10",
			"The President of the Government met Latvian Prime Minister Tomas Ardel in Madrid today.",
			[]string{"meeting 2023-05-10 Pedro Sánchez+Tomas Ardel"}},
	})
}

// TestAideOfAForeignPrincipal27 checks that an aide named with the
// principal they serve and that principal's country ("National Security
// Advisor to the Prime Minister of X") acts for X, not for the publishing
// government that has an office of the same name (names invented).
func TestAideOfAForeignPrincipal27(t *testing.T) {
	x := newX(t)
	tests := []struct{ name, body, person, want string }{
		{"to the Prime Minister of X", "National Security Advisor Tom Arvell met today with Karel Novak, National Security Advisor to the Prime Minister of the Czech Republic, to discuss Ukraine.", "Karel Novak", "CZ"},
		{"to the President of X", "Tom Arvell met today with Ilze Kalna, Chief of Staff to the President of Latvia.", "Ilze Kalna", "LV"},
		{"no country after the principal", "National Security Advisor Tom Arvell met today with Karel Novak, Senior Advisor to the President.", "Karel Novak", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article("Readout", "2022-10-14", tt.body)
			a.URL = "https://www.whitehouse.gov/briefing-room/x"
			got := "?"
			for n, p := range persons(x.Extract(a)) {
				if n == tt.person {
					got = p.Country
				}
			}
			if got != tt.want {
				t.Errorf("%s: country %q, want %q", tt.person, got, tt.want)
			}
		})
	}
}
