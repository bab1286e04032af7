package target

import "testing"

// TestThankedGiftList35c checks that a readout of the thanking side gives
// each sum it lists among a thanked country's gifts to that country:
// "thanked X for providing support via a gift of …, A for … and a relief
// package worth B to help …", "thanked X for its support, including A for
// … and B for …", "thanked X for the A grant", "expressed its thanks to X
// for its donation of A", "grateful to X for their contribution of A"
// (session 35: VNA, Xinhua, UNN, PTI and Taiwanese releases; dev58's golds
// hold the thanked giver). Names and figures invented.
func TestThankedGiftList35c(t *testing.T) {
	list := "Prime Minister Tavo thanked the Norwegian Government and people for providing practical support for Laos via a gift of 80,000 masks, " +
		"4.5 million USD for ASEAN's regional health fund and a relief package worth 900,000 USD to help Laos's northern provinces recover from floods."
	runMetricCases35(t, []metricCase35{
		{name: "a listed gift after via", text: list, value: 4.5e6, unit: "USD", holders: []string{"NO"}, want: "health"},
		{name: "the list's last gift", text: list, value: 900000, unit: "USD", holders: []string{"NO"}, want: "northern provinces"},
		{name: "for its support, including",
			text:  "Minister Tavo thanked Norway for its support, including 4.5 million USD for the regional health fund and 700,000 USD for flood victims.",
			value: 700000, unit: "USD", holders: []string{"NO"}, want: "flood victims"},
		{name: "for the sum's grant (read on main too)",
			text:  "Minister Tavo thanked Norway for the 12 million USD grant to rebuild schools in Laos.",
			value: 12e6, unit: "USD", holders: []string{"NO"}, want: "schools"},
		{name: "expressed its thanks to, for its donation of",
			text:  "Laos expressed its thanks to Norway for its donation of 40 million USD to the flood-hit areas.",
			value: 40e6, unit: "USD", holders: []string{"NO"}, want: "donation"},
		{name: "grateful to, for their contribution of",
			text:  "Minister Tavo said he was grateful to Norway for its contribution of 25 million USD to strengthen border security in Laos.",
			value: 25e6, unit: "USD", holders: []string{"NO"}, want: "border security"},
	})
	// guards: a sum after the thanks, outside what is thanked for, keeps
	// its own holder; a looked-back total stays no target.
	runMetricCases35(t, []metricCase35{
		{name: "guard: the thanking side's own pledge after 'and said'",
			text:  "Minister Tavo thanked Norway for its support and said Laos will contribute 5 million USD to the regional fund.",
			value: 5e6, unit: "USD", holders: []string{"LA"}, want: "regional"},
		{name: "guard: a total since a year",
			text:  "Minister Tavo thanked Norway for providing Laos with 3 million USD since 2020, including 1 million USD for clinics.",
			value: 1e6, unit: "USD"},
	})
}
