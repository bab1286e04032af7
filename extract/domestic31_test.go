package extract

import "testing"

// TestDomesticContacts31 checks that a contact whose sides all act for the
// publisher's own country, once the article has given each person a
// country, is no contact between countries: a president's call with his
// own Speaker where the sentence names another country as a topic, two
// advisers of one government meeting about a third. A call with a foreign
// leader stays, and so does a meeting with a side the sentence calls the
// other's counterpart (names invented).
func TestDomesticContacts31(t *testing.T) {
	const wh = "The White House"
	runSourced(t, []sourcedCase{
		{"a call with the home Speaker about a foreign evacuation", wh, "Readout of President Harmon's call with Speaker Colvin", "2022-08-21",
			"This afternoon, the President and Speaker Rita Colvin spoke by phone about the evacuation operations in Afghanistan.",
			nil},
		{"two advisers of one government meet about a third country", wh, "Readout of the National Security Advisor's meeting", "2023-10-15",
			"National Security Advisor Ana Reyes and Principal Deputy National Security Advisor Tom Bell met with Arab American community leaders to discuss the situation in Gaza.",
			nil},
		{"a call with a foreign leader stays", wh, "Readout of President Harmon's call with Prime Minister Okafor", "2022-08-21",
			"This afternoon, President Dale Harmon spoke by phone with Prime Minister Ade Okafor of Nigeria about trade.",
			[]string{"phone_call 2022-08-21 Ade Okafor+Dale Harmon"}},
	})
}
