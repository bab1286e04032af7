package extract

import (
	"slices"
	"testing"

	accord "github.com/accordhq/accord"
)

// TestPassiveWithADay18 checks that a day told inside a passive contact
// phrase ("was on Wednesday received by", "was received on Wednesday by")
// leaves the contact and gives its day.
func TestPassiveWithADay18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"the day before the participle", "", "", "2023-11-02",
			"Chancellor Ida Berg of Norway was on Wednesday received by US Secretary of State Tom Walker.",
			[]string{"meeting 2023-11-01 Ida Berg+Tom Walker"}},
		{"the day before by", "", "", "2023-11-02",
			"Chancellor Ida Berg of Norway was received on Wednesday by US Secretary of State Tom Walker.",
			[]string{"meeting 2023-11-01 Ida Berg+Tom Walker"}},
		{"no day still reads", "", "", "2023-11-02",
			"Chancellor Ida Berg of Norway was received by US Secretary of State Tom Walker on Wednesday.",
			[]string{"meeting 2023-11-01 Ida Berg+Tom Walker"}},
	})
}

// TestPlannedOnAVisit18 checks that a contact the sentence plans with
// "will" is no visit held, also where the visit is its occasion ("will meet
// B on a visit to C"), and that a visit told as held still is.
func TestPlannedOnAVisit18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"will meet on a visit", "", "", "2025-02-04",
			"Prime Minister Kenji Mori of Japan will meet President Tom Walker on a visit to the United States this week, his spokesman said on Tuesday.",
			nil},
		{"will meet on his visit", "", "", "2025-02-04",
			"Prime Minister Kenji Mori of Japan will meet President Tom Walker on his visit to the United States, his spokesman said on Tuesday.",
			nil},
		{"met on a visit", "", "", "2025-02-04",
			"Prime Minister Kenji Mori of Japan on Monday met President Tom Walker on a visit to the United States.",
			[]string{"meeting 2025-02-03 Kenji Mori+Tom Walker", "visit 2025-02 Kenji Mori+Tom Walker"}},
	})
}

// TestLowerCaseBodyStaff18 checks that one titled after a body named in
// lower case ("US state department spokesperson A") speaks for the country
// before the body, and that a body without a country's word gives none.
func TestLowerCaseBodyStaff18(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       string
	}{
		{"a state department spokesperson",
			"US state department spokesperson Carla Dunn said the two ministers discussed shipping in the Red Sea.",
			"Carla Dunn|US"},
		{"a foreign ministry spokesperson",
			"Indian foreign ministry spokesperson Arun Mehra said the talks were useful.",
			"Arun Mehra|IN"},
		{"a body without a country",
			"The ministry spokesperson Arun Mehra said the talks were useful.",
			"Arun Mehra|"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Talks", "2024-02-17", tc.body)))
			if !slices.Contains(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestArrivedHome18 checks that one who arrives in their own country
// ("arrived in Jakarta from Abu Dhabi") makes no visit there: the visit
// was to the place left, if the sentence names it; and that an arrival
// abroad still is one.
func TestArrivedHome18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"home again from a visit", "", "", "2024-11-25",
			"President Budi Santoso of Indonesia arrived in Indonesia from Abu Dhabi on Sunday. In Abu Dhabi, he met with United Arab Emirates President Khalid Al Mansoori on Saturday.",
			[]string{"meeting 2024-11-23 Budi Santoso+Khalid Al Mansoori", "visit 2024-11 Budi Santoso+Khalid Al Mansoori"}},
		{"home again", "", "", "2024-11-25",
			"President Budi Santoso of Indonesia arrived in Jakarta on Sunday.",
			nil},
		{"an arrival abroad", "", "", "2024-11-25",
			"President Budi Santoso of Indonesia arrived in Abu Dhabi on Saturday and met with United Arab Emirates President Khalid Al Mansoori.",
			[]string{"meeting 2024-11-23 Budi Santoso+Khalid Al Mansoori", "visit 2024-11 Budi Santoso+Khalid Al Mansoori"}},
	})
}

// engagementPlaces lists each engagement of f as "type country-of-place".
func engagementPlaces(f *accord.ArticleFacts) []string {
	var out []string
	for _, e := range f.Engagements {
		out = append(out, string(e.Type)+" "+e.Place.Country)
	}
	slices.Sort(out)
	return out
}

// TestArrivedHomePlace18 checks that the visit of one home again from
// Abu Dhabi is placed in the country left, and the meeting there too.
func TestArrivedHomePlace18(t *testing.T) {
	x := newX(t)
	got := engagementPlaces(x.Extract(article("Trip", "2024-11-25",
		"JAKARTA – President Budi Santoso of Indonesia arrived in Indonesia from Abu Dhabi on Sunday. In Abu Dhabi, he met with United Arab Emirates President Khalid Al Mansoori on Saturday.")))
	want := []string{"meeting AE", "visit AE"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestHeadlineSidelines18 checks that a gathering a headline names as the
// sidelines of its contact ("Holds Talks with B on Sidelines of G7
// Summit") is no contact of its own, so that no target of the body is the
// gathering's members', and that a headline summit alone still is one.
func TestHeadlineSidelines18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"talks on the sidelines", "", "Han Holds Talks with Vietnamese PM on Sidelines of G7 Summit", "2023-05-19",
			"South Korean President Han Min-jun held bilateral talks with Vietnamese Prime Minister Tran Van Long on Friday on the sidelines of the Group of Seven summit in Hiroshima, Japan.",
			[]string{"talks 2023-05-19 Han Min-jun+Tran Van Long"}},
	})
	x := newX(t)
	f := x.Extract(article("Han Holds Talks with Vietnamese PM on Sidelines of G7 Summit", "2023-05-19",
		"South Korean President Han Min-jun held bilateral talks with Vietnamese Prime Minister Tran Van Long on Friday on the sidelines of the Group of Seven summit in Hiroshima, Japan. Han expressed hope of reaching the goal of 150 billion dollars in bilateral trade by the year 2030."))
	for _, tg := range f.Targets {
		if !slices.Equal(tg.Holders, []string{"KR", "VN"}) {
			t.Errorf("target %q held by %q, want KR and VN", tg.Metric, tg.Holders)
		}
	}
}

// TestThenReceived18 checks that a contact told as a sequel ("then
// received A") with no day of its own is of the day the sentence before
// states, and that one without a sequel word keeps its own reading.
func TestThenReceived18(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"then received", "", "", "2024-05-23",
			"President Lin Wei of Taiwan received delegations from seven allies at the Presidential Office May 21 in Taipei City. The delegations came to attend the previous day's inauguration. The new president then received King Sipho Dlamini of Eswatini.",
			[]string{"reception 2024-05-21 Lin Wei+Sipho Dlamini"}},
		{"afterwards met", "", "", "2024-05-23",
			"President Lin Wei of Taiwan opened a trade fair in Taipei on Tuesday. He afterwards met Prime Minister Tom Barker of Belize.",
			[]string{"meeting 2024-05-21 Lin Wei+Tom Barker"}},
	})
}

// TestTitleAbbreviations18 checks the abbreviated titles of agency copy:
// "NSA A" (National Security Advisor) and "EAM B" (External Affairs
// Minister) name persons of the country before them.
func TestTitleAbbreviations18(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"NSA", "Indian NSA Arun Das spoke with US National Security Advisor Tom Walker on Wednesday.",
			[]string{"Arun Das|IN", "Tom Walker|US"}},
		{"EAM", "Indian EAM Ravi Mehta held talks with US Secretary of State Tom Walker on Friday.",
			[]string{"Ravi Mehta|IN", "Tom Walker|US"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Talks", "2021-01-29", tc.body)))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("got %q, want %q", got, w)
				}
			}
		})
	}
}

// TestAnaphorGivesPlace18 checks that a contact taken up again with its
// place ("The meeting in Washington opened …", "The talks, which were held
// in Dhaka, …") is placed there when its first report named none, and
// that a place already read stays.
func TestAnaphorGivesPlace18(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"the meeting in a city",
			"Chancellor Ida Berg of Norway met US Secretary of State Tom Walker on Wednesday. The meeting in Washington at the State Department opened the annual dialogue.",
			[]string{"meeting US"}},
		{"the talks held in a city",
			"Foreign Minister Ravi Mehta of India held talks with Foreign Minister Karim Hossain of Bangladesh on Monday. The talks, which were held in Dhaka, covered trade.",
			[]string{"talks BD"}},
		{"a place already read stays",
			"Foreign Minister Ravi Mehta of India held talks with Foreign Minister Karim Hossain of Bangladesh in New Delhi on Monday. The talks in Dhaka last year covered trade.",
			[]string{"talks IN"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := engagementPlaces(x.Extract(article("Talks", "2023-11-02", tc.body)))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTitleAbbreviationInBrackets18 checks that a title's abbreviation in
// brackets before the name ("National Security Advisor (NSA) A") leaves
// the name read, so that "NSA B" later is the same person.
func TestTitleAbbreviationInBrackets18(t *testing.T) {
	x := newX(t)
	got := personCountries(x.Extract(article("Fact sheet", "2024-06-17",
		"Today, U.S. National Security Advisor (APNSA) Tom Walker and Indian National Security Advisor (NSA) Arun Das met in New Delhi. APNSA Walker and NSA Das set the agenda.")))
	want := []string{"Arun Das|IN", "Tom Walker|US"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSideOpensTheList18 checks that "From the U.S. side, A, B and C
// attended" gives the side's country to those it names, and that a side
// named after the persons does not.
func TestSideOpensTheList18(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"from the side",
			"President Budi Santoso of Indonesia met President Tom Walker of the United States at the White House on Tuesday. From the U.S. side, Assistant Secretary Carl Hobbs and Ambassador Ann Lowe attended.",
			[]string{"Ann Lowe|US", "Carl Hobbs|US"}},
		{"on the side",
			"President Budi Santoso of Indonesia met President Tom Walker of the United States at the White House on Tuesday. On the Indonesian side, Cabinet Secretary Adi Wirawan attended.",
			[]string{"Adi Wirawan|ID"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Meeting", "2024-11-13", tc.body)))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("got %q, want %q", got, w)
				}
			}
		})
	}
}
