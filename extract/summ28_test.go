package extract

import "testing"

// TestNamedSummits checks that a summit a sentence names by its sides and
// reports held is a summit of those sides: a union of states with a
// partner (EU-Chile), three sides or more (a Trilateral Summit of the
// countries the sentence names), or two leaders' summit of a series (an
// Annual Summit), whatever the sentence opens with ("At the", "During
// the", "for the", "took place"); its leaders are those its sentence names,
// else those the text names; a talks or meeting of exactly those sides in
// the sentence is the summit itself. Two states' plain summit stays their
// meeting; a summit ahead, or the venue of another contact, or the purpose
// of a trip on the trip's day, is no summit held (names invented).
func TestNamedSummits(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"at a union's summit, its leaders the sentence's",
			"Leaders meet", "At the 5th EU-Chile Summit, President Arturo Velmonte of Chile and European Council President Donald Brask agreed to deepen trade.",
			[]string{"summit 2023-05-10 Arturo Velmonte+Donald Brask"}},
		{"during a union's summit, no leader named",
			"Partnership announced", "During the EU-Chile Summit, the European Union and Chile announced a new partnership on clean energy.",
			[]string{"summit 2023-05-10 Chile+European Union"}},
		{"a union spelt out, the range's first day, the leaders of the text",
			"EU-Chile Summit", "The 17th European Union-Chile Summit took place on 17-18 April in Santiago. European Council President Donald Brask and European Commission President Jean-Claude Vermeer represented the European Union.",
			[]string{"summit 2023-04-17 Chile+Donald Brask+Jean-Claude Vermeer"}},
		{"met as part of an annual summit",
			"Leaders meet", "Prime Minister Sigrun Halvorsen of Norway and President Arturo Velmonte of Chile later met as part of the 3rd Norway-Chile Annual Summit, after which both sides exchanged agreements.",
			// (Agreements exchanged are signed: sign28's rule, merged later.)
			[]string{"signing 2023-05-10 Arturo Velmonte+Sigrun Halvorsen", "summit 2023-05-10 Arturo Velmonte+Sigrun Halvorsen"}},
		{"an annual summit by its month",
			"Leaders meet", "Prime Minister Sigrun Halvorsen of Norway welcomed President Arturo Velmonte of Chile to Oslo for a bilateral meeting. The meeting built on the outcomes from the Norway-Chile Annual Leaders' Summit in March.",
			[]string{"meeting 2023-05-10 Arturo Velmonte+Sigrun Halvorsen", "summit 2023-03 Arturo Velmonte+Sigrun Halvorsen"}},
		{"an annual summit held on the sidelines of another",
			"Leaders meet", "Prime Minister Sigrun Halvorsen of Norway and President Arturo Velmonte of Chile held the second Norway-Chile Annual Summit on the sidelines of the G20 Summit in Rio de Janeiro on 19 April.",
			[]string{"summit 2023-04-19 Arturo Velmonte+Sigrun Halvorsen"}},
		{"a lower-case annual summit attended",
			"Leaders meet", "Prime Minister Sigrun Halvorsen of Norway and President Arturo Velmonte of Chile attended the 14th Chile-Norway annual summit in Santiago.",
			[]string{"summit 2023-05-10 Arturo Velmonte+Sigrun Halvorsen"}},
		{"the leaders of three countries at a trilateral summit",
			"Leaders meet", "The leaders of Chile, Peru and Norway met in Oslo on Wednesday at the seventh Trilateral Summit meeting, to discuss trade.",
			[]string{"summit 2023-05-10 Chile+Norway+Peru"}},
		{"two states' plain summit stays their meeting",
			"Leaders meet", "At the Chile-Norway Summit, President Arturo Velmonte of Chile and Prime Minister Sigrun Halvorsen of Norway agreed to deepen trade.",
			nil},
		{"a summit ahead",
			"Leaders meet", "President Arturo Velmonte of Chile and European Council President Donald Brask spoke ahead of the EU-Chile Summit next month.",
			nil},
		{"a summit another contact's sentence recalls, undated",
			"Leaders speak", "President Joseph Brant of Chile spoke today with European Council President Donald Brask and reaffirmed his commitment to the outcomes from the EU-Chile Summit.",
			[]string{"phone_call 2023-05-10 Donald Brask+Joseph Brant"}},
		{"a summit a trip is for, on the trip's day",
			"Leaders meet", "On May 9, Prime Minister Sigrun Halvorsen of Norway held a meeting with President Arturo Velmonte of Chile during her visit to Lima for the Chile-Norway-Peru Trilateral Summit.",
			[]string{"meeting 2023-05-09 Arturo Velmonte+Sigrun Halvorsen", "visit 2023-05 Arturo Velmonte+Sigrun Halvorsen"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article(tt.title, "2023-05-10", tt.body)), tt.want)
		})
	}
}

// TestHeadlineUnionSummit checks that a headline's summit of a union of
// states with a partner ("EU – Chile summit") makes the body's meeting of
// exactly those sides that summit (names invented).
func TestHeadlineUnionSummit(t *testing.T) {
	x := newX(t)
	body := "On Monday, the President of the European Commission, Ingrid Vermeer, and the President of the European Council, Donald Brask, met with the President of Chile, Arturo Velmonte. The leaders reaffirmed their strategic partnership."
	wantEngagements(t, x.Extract(article("EU – Chile summit", "2023-05-10", body)), []string{"summit 2023-05-08 Arturo Velmonte+Donald Brask+Ingrid Vermeer"})
}

// TestSummitMeetingOfThree checks that one leader's summit meeting (or
// summit talks) with the leaders of two other countries is the three's
// summit, as a summit meeting of two is their meeting (names invented).
func TestSummitMeetingOfThree(t *testing.T) {
	x := newX(t)
	tests := []struct{ name, body string }{
		{"summit meeting", "President Arturo Velmonte of Chile held a summit meeting with Peruvian President Rosa Quintana and Norwegian Prime Minister Sigrun Halvorsen."},
		{"summit talks", "President Arturo Velmonte of Chile held summit talks with Peruvian President Rosa Quintana and Norwegian Prime Minister Sigrun Halvorsen."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Leaders meet", "2023-09-11", tt.body)), []string{"summit 2023-09-11 Arturo Velmonte+Rosa Quintana+Sigrun Halvorsen"})
		})
	}
}

// TestPressAfterTalks checks that the sides' press conference "following
// their talks" on a stated day is of that day, with the talks beside it,
// and that meeting, speaking to or addressing the press or the media is a
// press conference (names invented).
func TestPressAfterTalks(t *testing.T) {
	x := newX(t)
	const both = "press_conference 2023-09-10 Joseph Brant+Tomas Relvar"
	const talks = "talks 2023-09-10 Joseph Brant+Tomas Relvar"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a joint press conference following their talks",
			"General Secretary Tomas Relvar of Viet Nam and President Joseph Brant of Chile held a joint press conference following their talks in Hanoi on September 10.",
			[]string{both, talks}},
		{"met with the press following their talks",
			"General Secretary Tomas Relvar of Viet Nam and President Joseph Brant of Chile met with the press following their talks in Hanoi on September 10.",
			[]string{both, talks}},
		{"a joint media appearance after their historic talks",
			"President Joseph Brant of Chile made remarks at the joint media appearance with General Secretary Tomas Relvar of Viet Nam after their historic talks in Santiago on September 10.",
			[]string{both, talks}},
		{"spoke to the press after talks told before",
			"General Secretary Tomas Relvar of Viet Nam and President Joseph Brant of Chile held talks in Hanoi on September 10. The two leaders spoke to the press after their talks.",
			[]string{both, talks}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Viet Nam, Chile leaders meet", "2023-09-11", tt.body)), tt.want)
		})
	}
}

// TestOralStatementUnderHeadings checks that a joint press statement or
// media statement read aloud is a press conference of its speakers when its
// first label stands under the heading lines its page repeats (the title,
// a venue, a date), joined to them or on lines of their own, and that a
// statement whose first line is prose stays written (names invented).
func TestOralStatementUnderHeadings(t *testing.T) {
	x := newX(t)
	const title = "Joint Press Statement of President Tomas Rivera of Chile with President Ana Soto of Peru"
	const spoken = "PRESIDENT RIVERA: Excellency President Ana Soto, ladies and gentlemen.\n\nThank you for joining us this afternoon. President Soto and I just concluded a productive meeting where we discussed bilateral ties."
	tests := []struct {
		name, body string
		want       []string
	}{
		{"label on its own line under headings", title + "\nReception Hall, Government Palace\n12 January 2017\n" + spoken,
			[]string{"meeting 2017-01-12 Ana Soto+Tomas Rivera", "press_conference 2017-01-12 Ana Soto+Tomas Rivera"}},
		{"label joined to the headings", title + " Reception Hall, Government Palace 12 January 2017 " + spoken,
			[]string{"meeting 2017-01-12 Ana Soto+Tomas Rivera", "press_conference 2017-01-12 Ana Soto+Tomas Rivera"}},
		{"a written statement", "President Tomas Rivera of Chile and President Ana Soto of Peru held a productive meeting in Santiago today and agreed to deepen bilateral ties.",
			[]string{"meeting 2017-01-12 Ana Soto+Tomas Rivera"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article(title, "2017-01-12", tt.body)), tt.want)
		})
	}
}

// TestPressPhrases checks that a leader's conversation with media
// representatives after talks with a guest, or two leaders telling
// journalists after their talks, is the two's press conference, while one
// leader telling journalists something alone is none (names invented).
func TestPressPhrases(t *testing.T) {
	x := newX(t)
	const both = "press_conference 2023-09-26 Joseph Brant+Tomas Relvar"
	const talks = "talks 2023-09-26 Joseph Brant+Tomas Relvar"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a conversation with media representatives",
			"\"We are grateful,\" said President Joseph Brant of Chile during a conversation with media representatives following the negotiations with Prime Minister Tomas Relvar of Viet Nam.",
			[]string{both, talks}},
		{"two told journalists",
			"President Joseph Brant of Chile and Prime Minister Tomas Relvar of Viet Nam told journalists after their talks that trade would grow.",
			[]string{both, talks}},
		{"one told journalists",
			"President Joseph Brant of Chile told journalists that trade would grow.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Chile, Viet Nam leaders meet", "2023-09-26", tt.body)), tt.want)
		})
	}
}
