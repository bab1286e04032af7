package extract

import "testing"

// TestAppealCall34 checks that "called on <person> to <demand>" is an appeal
// (no courtesy call), while a call with a purpose ("to discuss", "to
// convey") or none stays a reception (names invented).
func TestAppealCall34(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"an appeal to sign a bill", "", "Senator urges president", "2023-04-12",
			"Senator Halvar Brisk has called on President Tomas Relk of Kestria to sign the border bill before the recess.",
			nil},
		{"an appeal to release detainees", "", "Rights group appeal", "2023-04-12",
			"Velorian Foreign Minister Mira Solen on Tuesday called on Prime Minister Ivo Brannet of Kestria to immediately release the detained reporters.",
			nil},
		{"an appeal with called upon (none on main either)", "", "Minister's appeal", "2023-04-12",
			"Velorian Defence Minister Dana Vrell called upon President Tomas Relk of Kestria to halt the strikes on the border.",
			nil},
		{"calls renewed at a time, with an adverb before the demand", "", "Senators press president", "2023-04-12",
			"Kestrian senators renewed calls on Tuesday for President Tomas Relk to promptly sign the sanctions bill. Senator Halvar Brisk of Kestria urged President Tomas Relk to act.",
			nil},
		{"an appeal to leaders named in a list", "", "Summit appeal", "2023-04-12",
			"President Arlen Dovic of Veloria called on the summit's leaders, including President Tomas Relk of Kestria and Prime Minister Ivo Brannet of Lumeria, to adopt a peace formula.",
			nil},
		{"guard: a courtesy call with a purpose", "", "Minister calls on President", "2023-04-12",
			"Velorian Foreign Minister Kael Moran called on President Tomas Relk of Kestria at the Palace on Tuesday to discuss bilateral cooperation.",
			[]string{"reception 2023-04-11 Kael Moran+Tomas Relk"}},
		{"guard: a courtesy call to convey greetings", "", "Ambassador calls on Prime Minister", "2023-04-12",
			"Ambassador Pell Ostrand of Veloria called on Prime Minister Ivo Brannet of Kestria on Tuesday to convey greetings from his government.",
			[]string{"reception 2023-04-11 Ivo Brannet+Pell Ostrand"}},
	})
}

// TestMarginTalk34 checks that a generic talk ("spoke with A") on the
// margins or sidelines of a gathering is a meeting, and one by phone stays
// a call (names invented).
func TestMarginTalk34(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"spoke with on the margins of a summit", "", "Leaders at the Northern Summit", "2023-04-12",
			"President Arlen Dovic of Veloria spoke with Prime Minister Ivo Brannet of Kestria on the margins of the Northern Summit in Osland on Tuesday.",
			[]string{"meeting 2023-04-11 Arlen Dovic+Ivo Brannet"}},
		{"on the sidelines before the talk", "", "Ministers at the conference", "2023-04-12",
			"On the sidelines of the ministerial conference on Tuesday, Velorian Foreign Minister Kael Moran spoke with Kestrian Foreign Minister Lina Voss.",
			[]string{"meeting 2023-04-11 Kael Moran+Lina Voss"}},
		{"guard: spoke by phone ahead of a summit", "", "Leaders speak", "2023-04-12",
			"President Arlen Dovic of Veloria spoke with Prime Minister Ivo Brannet of Kestria by phone on Tuesday ahead of the Northern Summit.",
			[]string{"phone_call 2023-04-11 Arlen Dovic+Ivo Brannet"}},
	})
}
