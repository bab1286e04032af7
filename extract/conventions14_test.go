package extract

import "testing"

// TestConventions14 checks, with invented names, protocol conventions read
// from other governments' releases: a summit of two states is their meeting
// (a group's summit stays one: TestEngagementRules), a headline's joint press conference with a
// foreign leader on a government's site, the other side a headline names by
// a hyphenated pair, a defence ministry's "Hosts Bilateral", a statement
// that "is honored to welcome" a guest, banquets in honour of a guest, and
// a given name spelt two ways.
func TestConventions14(t *testing.T) {
	tests := []sourcedCase{
		{"a summit meeting of two states, called a bilateral summit later, is a meeting", "Government of Japan", "Visit to Chile", "2023-01-13",
			"On January 13, Prime Minister Kenji Sato held a summit meeting with President Luis Vega of Chile. The two leaders praised their bilateral summit.",
			[]string{"meeting 2023-01-13 Kenji Sato+Luis Vega", "visit 2023-01 Kenji Sato+Luis Vega"}},
		{"a joint press conference with a foreign leader on a government's site is its own side's", "New Zealand Government", "Opening remarks at joint press conference with Prime Minister Ravi Menon of Singapore", "2022-04-19",
			"Prime Minister Menon – thank you for the very warm welcome.",
			[]string{"meeting 2022-04-19 New Zealand+Ravi Menon", "press_conference 2022-04-19 New Zealand+Ravi Menon"}},
		{"the other side a headline names by a hyphenated pair", "The Presidency, Republic of South Africa", "President Thabo Dube: Joint press conference, South Africa-European Union Summit", "2025-03-13",
			"Your Excellencies, it has been an honour for President Thabo Dube of South Africa to jointly preside over this Eighth Summit.",
			[]string{"press_conference 2025-03-13 European Union+Thabo Dube", "summit 2025-03-13 European Union+Thabo Dube"}},
		{"the other side's leader the body names", "Prime Minister's Office, Singapore", "Prime Minister Ravi Menon at the Joint Press Conference at the Singapore-Chile Leaders' Talks", "2023-06-02",
			"Remarks by Prime Minister Ravi Menon at the joint press conference with President Luis Vega of Chile at the Istana on 2 June 2023.",
			[]string{"press_conference 2023-06-02 Luis Vega+Ravi Menon"}},
		{"a defence ministry's headline: hosts bilateral", "U.S. Department of Defense", "Secretary of Defense Tom Reid Hosts Bilateral in Honor of His Excellency Ravi Menon, Singapore Minister for Defence", "2024-07-15",
			"SECRETARY OF DEFENSE TOM REID: Minister Menon, welcome back to the Pentagon.",
			[]string{"meeting 2024-07-15 Ravi Menon+Tom Reid"}},
		{"a statement that is honored to welcome a guest to a city", "The White House", "United States-Chile Joint Leaders' Statement", "2022-03-29",
			"President Tom Reid is honored to welcome President of the Republic of Chile Luis Vega to Washington, D.C. Our partnership is anchored in shared values.",
			// (and, since session 20, the guest's visit: the joint statement
			// of the day of arrival tells both)
			[]string{"meeting 2022-03-29 Luis Vega+Tom Reid", "visit 2022-03 Luis Vega+Tom Reid"}},
		{"a banquet in honour of a guest on a state visit", "Viet Nam News Agency", "President hosts banquet", "2024-01-30",
			"HÀ NỘI — President Võ Minh Tâm hosted a banquet in honour of Chilean President Luis Vega, who is on a state visit to Việt Nam, in Hanoi on January 30 evening.",
			[]string{"reception 2024-01-30 Luis Vega+Võ Minh Tâm", "visit 2024-01 Luis Vega+Võ Minh Tâm"}},
		{"a given name spelt as the office table does not spell it", "Korea.net", "Leaders meet", "2024-05-30",
			"President Yoon Suk Yeol and Sheikh Mohamed bin Zayed Al Nahyan held talks on May 29.",
			[]string{"talks 2024-05-29 Mohammed bin Zayed Al Nahyan+Yoon Suk Yeol"}},
		{"a headline joining a prime minister and a president names two persons", "Prime Minister's Office, 10 Downing Street", "PM and President Luis Vega of Chile meeting: 8 June 2023", "2023-06-08",
			"The Prime Minister met Chilean President Luis Vega at the Moneda Palace today.",
			[]string{"meeting 2023-06-08 Luis Vega+Rishi Sunak"}}, // the office table's Prime Minister that day
		{"a foreign ministry's talk held with a leader", "Ministry of Foreign Affairs of Japan", "Japan-Chile Summit Meeting", "2023-09-22",
			"On September 21 (local time. September 22, Japan time.), Mr. SATO Kenji, Prime Minister of Japan, held a talk with the Honorable Luis Vega, President of Chile.",
			[]string{"meeting 2023-09-21 Luis Vega+Sato Kenji"}}, // the headline's summit meeting; local time, not Japan time
		{"leaders who met many years ago met in that year, not today", "The White House", "Remarks by President Tom Reid and Prime Minister Ravi Menon of Singapore Before Bilateral Meeting", "2023-06-08",
			"THE PRESIDENT: Welcome, Mr. Prime Minister. Prime Minister Arthur Penn and President Walter Dane met here a little over 70 years ago.\nPRIME MINISTER MENON: Thank you, Mr. President.",
			[]string{"meeting 2023-06-08 Ravi Menon+Tom Reid"}},
		{"leaders who meet at a moment, in their joint statement, meet that day", "The White House", "Australia-Chile Joint Leaders' Statement", "2023-05-20",
			"We, Prime Minister Anthony Albanese and President Luis Vega of Chile, meet at a uniquely consequential time for our partnership.",
			[]string{"meeting 2023-05-20 Anthony Albanese+Luis Vega"}},
		{"a pair with a dotted abbreviation after the hyphen", "Office of the President of the Republic of Korea", "Remarks by President Yoon Suk Yeol in Joint Press Conference following Korea-U.S. Summit", "2023-04-26",
			"President Luis Vega of Chile, thank you for your special and warm hospitality.",
			[]string{"meeting 2023-04-26 United States+Yoon Suk Yeol", "press_conference 2023-04-26 United States+Yoon Suk Yeol"}},
		{"a headline's pair with a dotted abbreviation names the sides", "Ministry of Foreign Affairs of Japan", "Japan-U.S. Summit Meeting", "2022-09-21",
			"On September 21, Mr. SATO Kenji, Prime Minister of Japan, held a talk with the Honorable Tom Reid, President of the United States of America.",
			[]string{"meeting 2022-09-21 Sato Kenji+Tom Reid"}},
		{"a group's summit a headline names: its members, a member's leader the body names", "The White House", "FACT SHEET: The Quad Leaders' Summit in Lakeside", "2024-06-14",
			"President Tom Reid of the United States and Quad leaders took bold action to meet the tests of our time.",
			[]string{"summit 2024-06-14 Australia+India+Japan+Tom Reid"}},
		// (Not the G7's: no reference lists a G7 summit's members, and a
		// bare "G7" names the gathering; summit32.)
		{"a G7 summit a headline names is no contact of its members", "The White House", "FACT SHEET: The G7 Summit in Lakeside", "2024-06-14",
			"President Tom Reid of the United States and G7 leaders took bold action to meet the tests of our time.",
			nil},
		{"the following day is the day after the last day given", "Ministry of Foreign Affairs, Singapore", "Official Visit of Prime Minister Ravi Menon of Singapore to Chile", "2025-10-10",
			"On 9 October 2025, President Luis Vega of Chile hosted Prime Minister Ravi Menon of Singapore to a dinner. The following day, Prime Minister Menon had a delegation meeting with President Vega.",
			[]string{"meeting 2025-10-10 Luis Vega+Ravi Menon", "reception 2025-10-09 Luis Vega+Ravi Menon", "visit 2025-10 Luis Vega+Ravi Menon"}},
		{"a house of parliament in a speaker's title is no word of the name", "Viet Nam Government Portal", "PM meets Chilean Speaker", "2025-08-29",
			"VGP - Prime Minister Võ Minh Tâm of Viet Nam on Thursday met with Speaker of the Chilean House of Representatives Tane Rewi, who is on an official visit to Viet Nam.",
			[]string{"meeting 2025-08-28 Tane Rewi+Võ Minh Tâm", "visit 2025-08 Tane Rewi+Võ Minh Tâm"}},
		{"the signature of an agreement is its signing", "European Commission", "Joint press statement by President Ana Ruiz with Kenyan President Tom Odhiambo", "2023-12-18",
			"Excellencies,\n\nWhat a pleasure to be here with you in Nairobi. This is what we are doing here today, very concretely, with the signature of the EU-Kenya Economic Partnership Agreement.",
			[]string{"press_conference 2023-12-18 Ana Ruiz+Tom Odhiambo", "signing 2023-12-18 Ana Ruiz+Tom Odhiambo"}},
		{"a headline's official visit of a foreign leader on the host's site", "Ministry of Foreign Affairs, Singapore", "Official Visit of the President of the Republic of Chile, His Excellency Luis Vega, 4 to 5 September 2024", "2024-09-05",
			"President Luis Vega of Chile received a ceremonial welcome at the Parliament House today. He met Prime Minister Ravi Menon of Singapore.",
			[]string{"meeting 2024-09-05 Luis Vega+Ravi Menon", "visit 2024-09 Luis Vega+Ravi Menon"}},
		{"a weekday in what is ahead is the coming one", "The White House", "Remarks by President Tom Reid and Prime Minister Ravi Menon of Singapore Before Bilateral Meeting", "2021-09-21",
			"PRESIDENT REID:  Well, Ravi, Mr. Prime Minister, it's great to have you here.\n\nAnd this conversation that we're going to continue with Japan, on Friday, in the first in-person leaders' meeting is a historic event.",
			[]string{"meeting 2021-09-21 Ravi Menon+Tom Reid"}},
		{"a meeting planned for tomorrow is ahead; a visit that continues tomorrow is under way", "The White House", "Readout of President Tom Reid's Call with Prime Minister Arthur Penn of the United Kingdom", "2021-08-23",
			"President Tom Reid spoke today with Prime Minister Arthur Penn of the United Kingdom. The leaders discussed plans for the virtual leaders' meeting tomorrow.",
			[]string{"phone_call 2021-08-23 Arthur Penn+Tom Reid"}},
	}
	runSourced(t, tests)
}
