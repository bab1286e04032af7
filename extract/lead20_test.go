package extract

import "testing"

// TestLead20Signings checks the signing rules the lead wrote in session 20
// from how releases word a signing between countries (names invented).
func TestLead20Signings(t *testing.T) {
	runSourced(t, []sourcedCase{
		// A union of states signs as one side: "Chile and the EU signed".
		{"a country and a union of states", "", "Chile announces a new partnership with the European Union", "2025-06-23",
			"Today, President Ana Ruiz announced a new partnership with the European Union. As part of it, Chile and the EU today signed the Ocean and Fisheries Partnership, a framework for dialogue.",
			[]string{"signing 2025-06-23 Chile+European Union"}},
		// Names of two words or more as the subject: "New Zealand and Chile".
		{"a country named in two words", "", "", "2023-04-05",
			"New Zealand and Chile signed a trade agreement on Tuesday.",
			[]string{"signing 2023-04-04 Chile+New Zealand"}},
		// "overnight" in a release of the morning after: the day before.
		{"signed overnight, with a hyphened adjective", "", "", "2023-07-10",
			"New Zealand and the European Union have overnight signed a ground-breaking free trade agreement that opens new markets.",
			[]string{"signing 2023-07-09 European Union+New Zealand"}},
		// The signers are the subject, not a country a place's name holds.
		{"a sea named after a country is no signer", "", "", "2024-10-08",
			"On Tuesday, the Philippines and Peru signed agreements on rice trade and incident prevention in the South China Sea.",
			[]string{"signing 2024-10-08 Peru+Philippines"}},
		// "Both governments signed": the report's two sides.
		{"both governments signed", "", "", "2024-05-30",
			"President Ana Ruiz of Chile held a summit with President Tomas Berg of Peru in Santiago on May 29. Both governments signed a comprehensive economic partnership agreement.",
			[]string{"meeting 2024-05-29 Ana Ruiz+Tomas Berg", "signing 2024-05-29 Chile+Peru"}},
		// A long list of signers stays whole.
		{"six countries signed", "", "", "2024-03-20",
			"On March 18, Chile, Peru, Ireland, Japan, the Republic of Korea, and Poland signed the Joint Statement on Clean Ports.",
			[]string{"signing 2024-03-18 Chile+Ireland+Japan+Peru+Poland+Republic of Korea"}},
		// A firm's memorandum is no signing between countries.
		{"a firm signs with a firm", "", "", "2023-09-10",
			"Acme Currency has signed a memorandum with Peru-based Zeta Polymer Ltd. to help the Central Bank of Peru.",
			nil},
	})
}

// TestLead20SinceSpan checks that a date in a "since" phrase after a
// contact starts a span of time and does not date the contact.
func TestLead20SinceSpan(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"a press conference, then since a year", "", "", "2025-10-10",
			"At a joint press conference with his Peruvian counterpart Tomas Berg, Chilean President Ana Ruiz said that since the last upgrade of relations in 2019, the two countries have completed 40 joint projects.",
			[]string{"press_conference 2025-10-10 Ana Ruiz+Tomas Berg"}},
		{"a meeting, then since a year", "", "", "2025-10-10",
			"President Ana Ruiz of Chile met President Tomas Berg of Peru, and said that since the upgrade of relations in 2019, trade has doubled.",
			[]string{"meeting 2025-10-10 Ana Ruiz+Tomas Berg"}},
		{"a series held every year since", "", "", "2022-08-04",
			"The Chile-Peru Foreign Ministers' Meeting, attended by the two countries, has been held every year since 1997.",
			nil},
		{"a meeting in a year stays of that year", "", "", "2025-10-10",
			"President Ana Ruiz of Chile recalled that she first met President Tomas Berg of Peru in 2019.",
			nil},
	})
}

// TestLead20Meals checks that a guest hosted to a meal is received, while a
// meal meeting or a working meal stays a meeting (names invented).
func TestLead20Meals(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"hosted to a dinner", "", "", "2025-10-10",
			"On 9 October 2025, Prime Minister Ana Ruiz hosted Prime Minister Tomas Berg to a dinner, where they exchanged views on regional developments.",
			[]string{"reception 2025-10-09 Ana Ruiz+Tomas Berg"}},
		{"hosted for an official lunch", "", "", "2025-08-05",
			"Prime Minister Ana Ruiz hosted President Tomas Berg of Peru for an official lunch on August 4.",
			[]string{"reception 2025-08-04 Ana Ruiz+Tomas Berg"}},
		{"a breakfast meeting stays a meeting", "", "", "2023-01-13",
			"Vice President Ana Ruiz hosted Prime Minister Tomas Berg of Peru for a breakfast meeting at her residence today.",
			[]string{"meeting 2023-01-13 Ana Ruiz+Tomas Berg"}},
		{"a luncheon hosted by the host", "", "", "2025-08-05",
			"President Ana Ruiz attended the luncheon hosted by Prime Minister Tomas Berg.",
			[]string{"reception 2025-08-05 Ana Ruiz+Tomas Berg"}},
		{"hosted for talks stays talks", "", "", "2025-08-05",
			"Prime Minister Ana Ruiz hosted President Tomas Berg of Peru for talks on August 4.",
			[]string{"talks 2025-08-04 Ana Ruiz+Tomas Berg"}},
	})
}
