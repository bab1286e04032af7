package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestListedLoans30 checks the loan releases of finance ministries and
// embassies that list a package's projects one per paragraph, without list
// marks, each sized in brackets ("The Project for X (JPY 23.7 billion)")
// under a lead that names no one ("The ODA loan assistance has been
// committed to:"): every item is a loan of the giver of the sum before,
// named by its project, and two projects of one size stay two. A count of
// the projects a sum is for ("for nine (09) projects") is the sum's scope,
// not a target (session 30, from unseen PIB, embassy and press copies of
// such releases). Names and figures invented.
func TestListedLoans30(t *testing.T) {
	lead := "The Government of the Republic of Korea has committed a concessional loan of KRW 300 billion for three projects. The Notes were exchanged today in Lima.\n\nThe loan assistance has been committed to:\n\n"
	runSourcedTargets(t, []sourcedTarget{
		{"unmarked items under a lead without subject", "PE", true, []string{"KR", "PE"},
			lead + "The Andean Highway Improvement Project (Phase 2) (KRW 120 billion)\n\nThe Project for Rural Water Supply in Cusco (KRW 100 billion); and\n\nThe Lima Metro Line 9 Project (Tranche I) (KRW 80 billion)\n\nThe highway project aims to improve connectivity.",
			[]accord.Target{
				{Metric: "concessional loan", Value: 300e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Andean Highway Improvement Project", Value: 120e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Project for Rural Water Supply in Cusco", Value: 100e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Lima Metro Line 9 Project", Value: 80e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
			}},
		{"two projects of one size", "PE", true, []string{"KR", "PE"},
			lead + "The Project for Rural Water Supply in Cusco (KRW 100 billion)\n\nThe Project for Coastal Protection in Piura (KRW 100 billion)\n\nThe Lima Metro Line 9 Project (KRW 100 billion)",
			[]accord.Target{
				{Metric: "concessional loan", Value: 300e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Project for Rural Water Supply in Cusco", Value: 100e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Project for Coastal Protection in Piura", Value: 100e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Lima Metro Line 9 Project", Value: 100e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
			}},
		{"a heading ends the unmarked list", "PE", true, []string{"KR", "PE"},
			lead + "The Project for Rural Water Supply in Cusco (KRW 100 billion)\n\nOther Cooperation\n\nPeru will receive USD 5 million (USD 5 million) in 2024.",
			[]accord.Target{
				{Metric: "concessional loan", Value: 300e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Project for Rural Water Supply in Cusco", Value: 100e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
			}},
		{"the projects a loan is for are no count", "PE", true, []string{"KR", "PE"},
			"The Government of the Republic of Korea has committed a concessional loan of KRW 300 billion for nine (09) projects in various sectors.",
			[]accord.Target{{Metric: "concessional loan", Value: 300e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}}}},
		{"the following projects a sum totals", "PE", true, []string{"KR", "PE"},
			"Korea will provide loans to Peru for the following five projects totaling USD 900 million.",
			[]accord.Target{{Metric: "projects", Value: 900e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
		{"projects to fund, with no sum, are counted", "KR", true, []string{"KR", "PE"},
			"Korea will fund 42 new projects in Peru by 2027.",
			[]accord.Target{{Metric: "projects", Value: 42, Unit: "count", Comparator: "eq", Deadline: "2027", Holders: []string{"KR"}}}},
	})
}

// TestFreshPerfect30 checks that a perfect of giving whose object is new
// ("has extended a new Line of Credit") tells of a commitment just made,
// while the same verb with a number of credits given before stays a report
// (session 30, from MEA releases and their press copies). Names and figures
// invented.
func TestFreshPerfect30(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a new line of credit, in crores", "IN", true, []string{"IN", "PE"},
			"India has extended a new Line of Credit for INR 312.40 Crores to the Government of Peru for financing of a road project.",
			[]accord.Target{{Metric: "Line of Credit", Value: 3124e6, Unit: "INR", Comparator: "eq", Holders: []string{"IN"}}}},
		{"credits extended before are a report", "IN", true, []string{"IN", "PE"},
			"India has extended eight Lines of Credit to Peru amounting to USD 1,200 million in the past 10 years.",
			nil},
	})
}

// TestProjectSums30 checks two more ways loan releases size each project:
// an item line whose project is followed by its section after a colon
// ("The Road Project (Phase 3): Puno bridge (KRW 120 billion)"), and a
// sentence after the loan that lists its projects with bracketed sums ("The
// projects include, “A” (KRW 120 billion), “B, C & D (I)” (KRW 100 billion)
// and “E” (KRW 80 billion)"): each is the loan's giver's, named by its
// project (session 30, PIB and PTI copies of Japan's ODA releases). Names
// and figures invented.
func TestProjectSums30(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"an item with its section after a colon", "PE", true, []string{"KR", "PE"},
			"Korea has committed a loan of KRW 200 billion for two projects.\n\nThe loan assistance has been committed to:\n\nThe Andean Highway Project (Phase 2): Puno bridge (KRW 120 billion)\n\nThe Lima Metro Project (KRW 80 billion)\n",
			[]accord.Target{
				{Metric: "loan", Value: 200e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Andean Highway Project", Value: 120e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Lima Metro Project", Value: 80e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
			}},
		{"the projects a loan includes, quoted", "PE", true, []string{"KR", "PE"},
			"Korea has committed a loan of KRW 300 billion (approx. USD 230 million) to Peru for three projects. The Notes were exchanged in Lima. The projects include, “Andean Highway Project (Phase 2)” (KRW 120 billion), “Project for Water, Sanitation & Health in Cusco (I)” (KRW 100 billion) and “Lima Metro Project” (KRW 80 billion).",
			[]accord.Target{
				{Metric: "loan", Value: 300e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Andean Highway Project (Phase 2)", Value: 120e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Project for Water, Sanitation & Health in Cusco (I)", Value: 100e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
				{Metric: "Lima Metro Project", Value: 80e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
			}},
		{"projects of a sum of another paragraph are not listed so", "PE", true, []string{"KR", "PE"},
			"Korea has committed a loan of KRW 300 billion to Peru.\n\nThe projects include the Lima Metro Project (KRW 80 billion), built since 2019.",
			[]accord.Target{
				{Metric: "loan", Value: 300e9, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}},
			}},
	})
}

// TestTradeGoals30 checks trade goals stated in the words of a call or
// visit report rather than in one sentence of their own (session 30, from
// unseen agency, presidency and leaders' office pages): a level noun or a
// goal subject taking up the trade the sentence before reports ("aim to
// boost this figure to", "The shared goal is to reach", "the goal of
// reaching"), by "year-end" (the year of publication), a further level after
// the first ("to $3 billion, and then up to $8 billion"), confidence that
// trade "would hit" a level, and doubling as a noun ("doubling of bilateral
// trade by 2030"). The pair is the one the two sentences name. Names and
// figures invented.
func TestTradeGoals30(t *testing.T) {
	pair := []string{"CL", "PE"}
	runSourcedTargets(t, []sourcedTarget{
		{"this figure, by year-end", "", false, pair,
			"Peru remains Chile's fifth-largest trading partner, with bilateral trade hitting US$4.2 billion in 2024. Both nations aim to boost this figure to US$6 billion by year-end.",
			[]accord.Target{{Metric: "trade", Value: 6e9, Unit: "USD", Comparator: "eq", Deadline: "2025", Holders: pair}}},
		{"the shared goal, of the pair the sentence before names", "", false, []string{"CL", "JP", "PE"},
			"After his visit to Japan, President Rojas of Chile arrived in Lima. Since his first visit to Peru, bilateral trade has grown from USD 300 million in 2008 to a record USD 4.1 billion in 2024, with Chile keeping a surplus. The shared goal is to reach USD 9 billion by 2030.",
			[]accord.Target{{Metric: "trade", Value: 9e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: pair}}},
		{"the goal of reaching", "", false, pair,
			"Our bilateral trade with Peru is today at $6.6 bln, the Chilean minister said. This makes the goal of reaching $10 bln by 2030 more than realistic.",
			[]accord.Target{{Metric: "trade", Value: 10e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: pair}}},
		{"a further level", "", false, pair,
			"President Rojas of Chile stated the importance of increasing the volume of bilateral trade with Peru to $3 billion, and then up to $8 billion in the foreseeable future.",
			[]accord.Target{
				{Metric: "bilateral trade", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: pair},
				{Metric: "bilateral trade", Value: 8e9, Unit: "USD", Comparator: "lte", Holders: pair},
			}},
		{"confidence that trade would hit", "", false, pair,
			"The President of Chile received the Speaker of Peru's Congress and expressed confidence that trade would hit 7 billion US dollars.",
			[]accord.Target{{Metric: "trade", Value: 7e9, Unit: "USD", Comparator: "eq", Holders: pair}}},
		{"doubling as a noun", "", false, pair,
			"The Prime Ministers of Chile and Peru agreed to conclude a trade deal. The FTA would pave the way for doubling of bilateral trade by 2030.",
			[]accord.Target{{Metric: "bilateral trade", Value: 2, Unit: "times", Comparator: "eq", Deadline: "2030", Holders: pair}}},
		{"a tripling announced is a past act", "US", true, []string{"US", "PE"},
			"In 2014 the President announced a tripling of Clean Andes' goals for Peru.",
			nil},
	})
}

// TestDrawdowns30 checks the Secretary of State's and the Defense
// Department's words for a new drawdown: "I am authorizing our Nth
// drawdown …, of up to $X" (the sum set apart after a clause that counts
// drawdowns "since" a date) and "has authorized a drawdown of $X" (session
// 30, from State and DoD releases and their press copies). Names and
// figures invented.
func TestDrawdowns30(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"authorizing, set apart after since", "US", true, []string{"US", "PE"},
			"Pursuant to a delegation of authority from the President, I am authorizing our fifth drawdown of arms and equipment from U.S. Department of Defense inventories for Peru's defense since May 2023, of up to $310 million.",
			[]accord.Target{{Metric: "drawdown", Value: 310e6, Unit: "USD", Comparator: "lte", Holders: []string{"US"}}}},
		{"authorizing, the sum after its drawdown", "US", true, []string{"US", "PE"},
			"I am authorizing our fifth drawdown of arms and equipment for Peru of up to $310 million.",
			[]accord.Target{{Metric: "equipment", Value: 310e6, Unit: "USD", Comparator: "lte", Holders: []string{"US"}}}},
		{"has authorized a drawdown", "US", true, []string{"US", "PE"},
			"The Department of Defense said Monday that President Doe has authorized a drawdown of $1 billion worth in U.S. military assets for Peru's critical security and defense needs.",
			[]accord.Target{{Metric: "drawdown", Value: 1e9, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"drawdowns since a date, a running count, stay a report", "US", true, []string{"US", "PE"},
			"Since May 2023, the United States has provided $2.1 billion in security assistance to Peru.",
			nil},
	})
}

// TestPackageItems30 checks the Defense Department's lists of what a
// package holds, one item a paragraph without marks, the last ending in a
// full stop after "; and" ("Included in this package are:"), and the
// counted systems of such lists: a system's proper name of up to five
// words ("Two National Advanced Surface-to-Air Missile Systems"), missile
// systems, counter-artillery radars, and "This package comprises …"
// (session 30, from DoD statements and their press copies). Names and
// figures invented.
func TestPackageItems30(t *testing.T) {
	us := []string{"US"}
	runSourcedTargets(t, []sourcedTarget{
		{"unmarked items, the last with a full stop", "US", true, []string{"US", "PE"},
			"This afternoon, the Department of Defense announced $400 million in additional security assistance for Peru. Included in this package are:\n\nThree Coastal Advanced Surface-to-Air Missile Systems (CASAMS);\n\nUp to 90,000 rounds of 105mm artillery ammunition; and\n\nSix additional counter-artillery radars.\n\nThe package follows an earlier one.",
			[]accord.Target{
				{Metric: "security assistance", Value: 400e6, Unit: "USD", Comparator: "eq", Holders: us},
				{Metric: "Missile Systems", Value: 3, Unit: "count", Comparator: "eq", Holders: us},
				{Metric: "rounds of 105mm artillery ammunition", Value: 90000, Unit: "count", Comparator: "lte", Holders: us},
				{Metric: "counter-artillery radars", Value: 6, Unit: "count", Comparator: "eq", Holders: us},
			}},
		{"a package comprises", "US", true, []string{"US", "PE"},
			"This package comprises rocket systems, six additional National Advanced Surface-to-Air Missile Systems (NASAMS) and up to 45,000 rounds of 120mm mortar ammunition.",
			[]accord.Target{
				{Metric: "Missile Systems", Value: 6, Unit: "count", Comparator: "eq", Holders: us},
				{Metric: "rounds of 120mm mortar ammunition", Value: 45000, Unit: "count", Comparator: "lte", Holders: us},
			}},
		{"a sentence after the list ends it", "US", true, []string{"US", "PE"},
			"The Department of Defense announced $400 million in security assistance for Peru. Included in this package are:\n\nSix counter-artillery radars.\n\nPeru has used 20 radars since 2019.",
			[]accord.Target{
				{Metric: "security assistance", Value: 400e6, Unit: "USD", Comparator: "eq", Holders: us},
			}},
	})
}

// TestSinceTotal30 checks that a clause opening with the time since which
// a perfect verb of pledging counts ("Since 2014, the United States has
// committed more than $8.8 billion …", the Defense Department's closing
// line) is a running total, as the same words with "since 2014" after the
// sum are; "Since then, the group has pledged $20 million to this effort"
// (a pledge to an effort just named) is left as it was (session 30, DoD
// statements and an agency copy). Names and figures invented.
func TestSinceTotal30(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"since a year, has committed", "US", true, []string{"US", "PE"},
			"Since 2014, the United States has committed more than $3.1 billion in security assistance to Peru.",
			nil},
		{"since the start of, has pledged", "CL", true, []string{"CL", "PE"},
			"Since the start of the flood, Chile has pledged $2 billion to Peru.",
			nil},
		{"a new package the same day stays", "US", true, []string{"US", "PE"},
			"The Department of Defense announced a $125 million security assistance package for Peru.",
			[]accord.Target{{Metric: "security assistance package", Value: 125e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
	})
}
