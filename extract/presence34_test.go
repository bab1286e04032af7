package extract

import "testing"

// TestPresenceReceptions34 checks receptions told with those present
// between commas ("received, in the presence of A, B"; "A, in the presence
// of B, received C"), as Gulf agencies write them: the host and the guest
// are the sides, those present attend (names invented).
func TestPresenceReceptions34(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"presence phrase then the visiting guest", "", "President receives Velorian minister", "2021-03-10",
			"President Arvel Danko of Kestria received, in the presence of Crown Prince Milo Danko, the visiting Velorian Foreign Minister Sera Quint.",
			[]string{"reception 2021-03-10 Arvel Danko+Sera Quint"}},
		{"presence phrase naming a person, guest by title", "", "President receives Velorian minister", "2021-03-10",
			"President Arvel Danko of Kestria also received, in presence of Crown Prince Milo Danko, Velorian Foreign Minister Sera Quint.",
			[]string{"reception 2021-03-10 Arvel Danko+Sera Quint"}},
		{"presence phrase of an office without a name", "", "Amir receives Velorian envoy", "2021-03-10",
			"President Arvel Danko of Kestria received, in presence of His Highness the Crown Prince, the visiting Velorian Minister of State Sera Quint, who conveyed greetings.",
			[]string{"reception 2021-03-10 Arvel Danko+Sera Quint"}},
		{"presence phrase between subject and verb", "", "President receives Velorian minister", "2021-03-10",
			"Earlier yesterday, His Highness the Amir Sheikh Arvel Al-Danko, in the presence of His Highness the Crown Prince Sheikh Milo Al-Danko and His Highness the Prime Minister Sheikh Lio Al-Farr, received visiting Velorian Foreign Minister Sera Quint and his accompanying delegation.",
			[]string{"reception 2021-03-09 Arvel Al-Danko+Sera Quint"}},
		{"guard: a co-host with and stays a side", "", "Leaders receive Velorian minister", "2021-03-10",
			"President Arvel Danko and Prime Minister Lio Farr of Kestria received Velorian Foreign Minister Sera Quint.",
			[]string{"reception 2021-03-10 Arvel Danko+Lio Farr+Sera Quint"}},
	})
}
