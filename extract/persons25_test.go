package extract

import "testing"

// TestHonouredPersons checks that a person the text names only as one
// commemorated (a tribute paid at their mausoleum, respects paid to a
// founder named by an epithet, a birth anniversary marked) is no actor,
// and that a possessive ("the anniversary of A's visit"), a mention of them
// acting, a tribute to the living for their work, or a death reported as
// news keeps them one. Names are invented.
func TestHonouredPersons(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
		notWant    []string
	}{
		{"a tribute paid at a mausoleum",
			"Prime Minister Tom Reid and his spouse paid tribute to President Karl Ostrander at the late leader’s mausoleum and laid flowers at the monument.",
			[]string{"Tom Reid"}, []string{"Karl Ostrander"}},
		{"respects paid to a founder named by an epithet",
			"President Luis Vega paid respects to the Father of the Nation, Mahatma Anil Kesh, at the memorial.",
			[]string{"Luis Vega"}, []string{"Anil Kesh"}},
		{"a birth anniversary marked",
			"President Luis Vega and Prime Minister Tom Reid marked the 150th birth anniversary celebrations of Mahatma Anil Kesh.",
			[]string{"Luis Vega", "Tom Reid"}, []string{"Anil Kesh"}},
		{"a quoted epithet between the cue and the name",
			"Prime Minister Tom Reid attended the birth centenary celebrations of ‘Bangabandhu’ Sheikh Anil Kesh in the capital.",
			[]string{"Tom Reid"}, []string{"Anil Kesh"}},
		{"the anniversary of a leader's visit dates the leader's contact",
			"Prime Minister Tom Reid marked the first anniversary of President Karl Ostrander's visit to the capital.",
			[]string{"Tom Reid", "Karl Ostrander"}, nil},
		{"one honoured who also acts stays an actor",
			"Prime Minister Tom Reid paid tribute to President Karl Ostrander for his leadership. President Ostrander then hosted a dinner for Reid.",
			[]string{"Tom Reid", "Karl Ostrander"}, nil},
		{"a tribute to the living for their work is no commemoration",
			"Prime Minister Tom Reid paid tribute to President Karl Ostrander for his leadership of the summit.",
			[]string{"Tom Reid", "Karl Ostrander"}, nil},
		{"a death reported as news is no commemoration",
			"The leaders discussed the death of opposition leader Karl Ostrander in custody.",
			[]string{"Karl Ostrander"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var names []string
			for n := range persons(x.Extract(article("Visit", "2023-09-11", tc.body))) {
				names = append(names, n)
			}
			checkPersonCountries(t, names, tc.want, tc.notWant)
		})
	}
}

// TestNameBeforeAnd checks that "and" after the name that ends an office's
// complement closes the name: what follows ("and CEOs of businesses") is
// neither the office's nor the name's, while "and" inside the office
// ("Minister of Trade and Industry") still joins it. Names are invented.
func TestNameBeforeAnd(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"a capitalised plural after the name", "The Prime Minister will meet Minister for Finance Daniel Kestrel and CEOs of various businesses.", []string{"Daniel Kestrel"}},
		{"a chain of offices, then the name", "He will have meetings with Deputy Prime Minister and Minister for Finance Daniel Kestrel and CEOs of leading firms.", []string{"Daniel Kestrel"}},
		{"and inside the office", "The Prime Minister will meet Minister of Trade and Industry Daniel Kestrel.", []string{"Daniel Kestrel"}},
		{"two ministers", "The Prime Minister met Minister for Finance Daniel Kestrel and Minister for Trade Karl Ostrander.", []string{"Daniel Kestrel", "Karl Ostrander"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var names []string
			for n := range persons(x.Extract(article("Visit", "2023-02-09", tc.body))) {
				names = append(names, n)
			}
			checkPersonCountries(t, names, tc.want, nil)
		})
	}
}

// TestTitleWordAsFamilyName checks that a one-word title right after a
// known given name, with no name after it for it to hold ("Alice King,",
// "Maria Pope"), is the person's family name, while a title before a name
// ("King Frederik", "Queen Margrethe and King Frederik") stays a title.
// Names are invented.
func TestTitleWordAsFamilyName(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
		notWant    []string
	}{
		{"between commas after an office", "I'm joined today by the Minister for Resources, Alice King, and the Minister for Industry, Tom Reid.", []string{"Alice King", "Tom Reid"}, nil},
		{"after an office, before a verb", "Minister for Resources Alice King met the delegation.", []string{"Alice King"}, nil},
		{"after a company's office", "President and CEO of Kestrel Electric Maria Pope joined the call.", []string{"Maria Pope"}, nil},
		{"a title before a name stays a title", "President Tom Reid met King Abdullah.", []string{"Tom Reid"}, []string{"Tom Reid King"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var names []string
			for n := range persons(x.Extract(article("Press conference", "2025-10-22", tc.body))) {
				names = append(names, n)
			}
			checkPersonCountries(t, names, tc.want, tc.notWant)
		})
	}
}
