package extract

import "testing"

// TestCoChairedSummit33 checks a summit its two co-chairs presided over:
// "A and B co-chaired the summit" (a bare summit word after the verb, or a
// dashed name with an ordinal word), "The summit was co-chaired by A and
// B", and a summit named for its theme that stays a gathering (names
// invented).
func TestCoChairedSummit33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{name: "co-chaired the summit", source: "European Council", title: "Union-Community summit: main results", published: "2023-07-18",
			body: "Leaders of the European Union and of the Community of Latin American and Caribbean States met in Brussels for the third summit.\n\nThe President of the European Council, Anna Berg, and the pro tempore president of the Community, Prime Minister of Grenada Tom Vale, co-chaired the summit.",
			want: []string{"summit 2023-07-18 Anna Berg+Tom Vale"}},
		{name: "co-chaired a dashed summit with an ordinal word", source: "Diplomatic Wire", title: "Union summit ends", published: "2023-07-18",
			body: "Prime Minister Tom Vale of Grenada and the President of the European Council, Anna Berg, co-chaired the third EU-CELAC summit in Brussels on 17 July 2023.",
			want: []string{"summit 2023-07-17 Anna Berg+Tom Vale"}},
		{name: "passive co-chaired by", source: "European Council", title: "Main results", published: "2023-07-18",
			body: "The summit was co-chaired by Prime Minister Tom Vale of Grenada and President Anna Berg of Portugal.",
			want: []string{"summit 2023-07-18 Anna Berg+Tom Vale"}},
		{name: "a summit named for its theme", source: "Diplomatic Wire", title: "Leaders meet", published: "2023-03-30",
			body: "Prime Minister Tom Vale of Grenada and President Anna Berg of Portugal co-chaired the Summit for Democracy.",
			want: nil},
	})
}

// TestCoChairingAheadIsNoSummit33 checks that a co-chairing a host welcomes
// ("welcomed A's visit and co-chairing the B Summit") is not a summit the
// sentence reports; the welcomed visit stays (names invented).
func TestCoChairingAheadIsNoSummit33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{name: "welcomed co-chairing", source: "Diplomatic Wire", title: "Leaders agree to lift ties", published: "2018-09-03",
			body: "Tom Vale noted that Grenada and Portugal have valued friendship. He also welcomed Anna Berg's visit and co-chairing the Forum Capital Summit.",
			want: []string{"visit 2018-09 Anna Berg+Tom Vale"}},
	})
}

// TestPairWorkingMeal33 checks a working meal whose two diners are the
// sentence's subject ("A and B had a working dinner", "issued by A and B
// following their working lunch"): their meeting, as "a working dinner
// with B" is; a dinner one leader hosted for a group, or one merely
// mentioned, stays no contact (names invented).
func TestPairWorkingMeal33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{name: "A and B had a working dinner", source: "European Commission", title: "Joint statement", published: "2017-10-17",
			body: "President Anna Berg of Portugal and Prime Minister Tom Vale of Grenada had a working dinner in Lisbon on 16 October 2017. They discussed trade.",
			want: []string{"meeting 2017-10-16 Anna Berg+Tom Vale"}},
		{name: "following their working lunch", source: "European Commission", title: "Joint statement", published: "2017-10-17",
			body: "The following joint statement was issued by President Anna Berg of Portugal and Prime Minister Tom Vale of Grenada following their working lunch in Lisbon on 16 October 2017: The leaders had a broad exchange.",
			want: []string{"meeting 2017-10-16 Anna Berg+Tom Vale"}},
		{name: "a dinner hosted for a group", source: "European Commission", title: "Statement", published: "2017-10-17",
			body: "President Anna Berg hosted a working dinner for the leaders of the Union. Prime Minister Tom Vale attended.",
			want: nil},
		{name: "a dinner merely mentioned", source: "European Commission", title: "Statement", published: "2017-10-17",
			body: "President Anna Berg said Prime Minister Tom Vale was wrong, and a working dinner was cancelled.",
			want: nil},
	})
}

// TestPairWorkingMealBeforeSummit33 checks a working meal of two leaders
// in a sentence that names a gathering after it ("in the context of B's
// visit for the G20 Summit") is not made the gathering's summit (names
// invented).
func TestPairWorkingMealBeforeSummit33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{name: "meal before a summit's name", source: "Ministry of Foreign Affairs", title: "Meeting between Presidents Berg and Vale", published: "2018-11-30",
			body: "Today, Presidents Anna Berg of Portugal and Tom Vale of Grenada held a working breakfast in the context of the visit by the President of Grenada to Portugal for the G20 Summit.",
			want: []string{"meeting 2018-11-30 Anna Berg+Tom Vale"}},
	})
}

// TestLeadHolderOffice33 checks an unnamed office opening a later contact
// ("Later, the President met with C") when two named persons hold it: the
// first holder, who opens the sentence that names both, is its subject; a
// first holder named after another person stays unresolved (names
// invented).
func TestLeadHolderOffice33(t *testing.T) {
	runSourced(t, []sourcedCase{
		{name: "the President after a meeting of two presidents", source: "Presidency", title: "Berg meets Rossi", published: "2019-10-17",
			body: "President Anna Berg of Portugal met on Thursday with Grenada's President Carl Rossi in Brussels. Later, the President met with Prime Minister Tom Vale of Malta.",
			want: []string{"meeting 2019-10-17 Anna Berg+Carl Rossi", "meeting 2019-10-17 Anna Berg+Tom Vale"}},
	})
}
