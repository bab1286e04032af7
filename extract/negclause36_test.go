package extract

import "testing"

// TestDeniedClause36 checks a held contact followed by a denied one: the
// clause after "but" with a negation, an absence or a failure names no side
// of the held contact, and "no meeting with B took place" is no meeting;
// "not only … but also" keeps both (names invented).
func TestDeniedClause36(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"but did not meet", "", "Summit sidelines", "2021-03-10",
			"Velorian Prime Minister Arlen Dovic met with Kestrian President Ivo Danko but did not meet Ostrian President Tomas Relk.",
			[]string{"meeting 2021-03-10 Arlen Dovic+Ivo Danko"}},
		{"but could not meet", "", "Summit sidelines", "2021-03-10",
			"Velorian Prime Minister Arlen Dovic met with Kestrian President Ivo Danko but could not meet Ostrian President Tomas Relk.",
			[]string{"meeting 2021-03-10 Arlen Dovic+Ivo Danko"}},
		{"but no meeting took place", "", "Summit sidelines", "2021-03-10",
			"Velorian Prime Minister Arlen Dovic met with Kestrian President Ivo Danko, but no meeting with Ostrian President Tomas Relk took place.",
			[]string{"meeting 2021-03-10 Arlen Dovic+Ivo Danko"}},
		{"guard: not only ... but also", "", "Summit sidelines", "2021-03-10",
			"Velorian Prime Minister Arlen Dovic met not only Kestrian President Ivo Danko but also Ostrian President Tomas Relk.",
			[]string{"meeting 2021-03-10 Arlen Dovic+Ivo Danko+Tomas Relk"}},
	})
}
