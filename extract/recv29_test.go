package extract

import "testing"

// TestReceptionsRead checks receptions told in the ways presidencies,
// palaces and agencies write them (session 29, read on unseen pages of
// Gulf, African, Asian and Latin American outlets): credentials received
// "from" envoys, a host's guests named as a roster in a later sentence,
// the Gulf agencies' order (place and day before the guest in
// apposition), "gave audience to", "received the courtesy visit of", a
// guest named by demonym and office without an article, an agency's
// credit before the lead. One reception per guest. Invented names.
func TestReceptionsRead(t *testing.T) {
	tests := []sourcedCase{
		{"letters of credence received from an envoy named in apposition", "News Agency", "", "2025-08-22",
			"President Tomas Varga received the letters of credence from the Ambassador of Belgium, Jan Peeters.",
			[]string{"reception 2025-08-22 Jan Peeters+Tomas Varga"}},
		{"credentials accepted from envoys listed with their countries: one reception each", "News Agency", "", "2022-08-23",
			"President Tomas Varga on Tuesday received credentials from Ambassadors Jan Peeters (Belgium), Lars Holm (Sweden) and Pedro Alves (Portugal).",
			[]string{"reception 2022-08-23 Jan Peeters+Tomas Varga", "reception 2022-08-23 Lars Holm+Tomas Varga", "reception 2022-08-23 Pedro Alves+Tomas Varga"}},
		{"envoys announced, then named as a roster", "News Agency", "", "2023-09-20",
			"President Tomas Varga has today received credentials from three new envoys at State House. The President welcomed the new ambassadors. The envoys who presented their credentials include the Ambassador of Belgium, H.E. Jan Peeters, the Ambassador of Sweden, H.E. Lars Holm, and the Ambassador of Portugal, H.E. Pedro Alves.",
			[]string{"reception 2023-09-20 Jan Peeters+Tomas Varga", "reception 2023-09-20 Lars Holm+Tomas Varga", "reception 2023-09-20 Pedro Alves+Tomas Varga"}},
		{"a roster opened by a link verb: the ambassadors included", "News Agency", "", "2024-10-25",
			"President Tomas Varga welcomed three non-resident ambassadors to the palace on Thursday, as he accepted their letters of credence. The ambassadors included Jan Peeters (Belgium), Lars Holm (Sweden) and Pedro Alves (Portugal).",
			[]string{"reception 2024-10-24 Jan Peeters+Tomas Varga", "reception 2024-10-24 Lars Holm+Tomas Varga", "reception 2024-10-24 Pedro Alves+Tomas Varga"}},
		{"guests of states received, among them leaders of three countries", "News Agency", "", "2014-10-21",
			"On Monday, President Tomas Varga receives guests of states, among them are Prime Minister of Australia Jon Marsh, Prime Minister of Malaysia Idris Kamal and Prime Minister of Singapore Tan Wei Ming, at the palace.",
			[]string{"reception 2014-10-20 Jon Marsh+Tomas Varga", "reception 2014-10-20 Idris Kamal+Tomas Varga", "reception 2014-10-20 Tan Wei Ming+Tomas Varga"}},
		{"congratulations received from leaders are no guests", "News Agency", "", "2024-06-05",
			"President Tomas Varga received congratulations from world leaders, including Prime Minister of Australia Jon Marsh and Prime Minister of Malaysia Idris Kamal.",
			nil},
		{"the Gulf agencies' order: place and day, then the guest in apposition", "News Agency", "", "2020-03-06",
			"Sultan Faris bin Omar received in Muscat today the Saudi Deputy Defense Minister, Prince Nawaf bin Turki.",
			[]string{"reception 2020-03-06 Faris bin Omar+Nawaf bin Turki"}},
		{"gave audience to a guest, whose sender takes no part", "News Agency", "", "2020-01-15",
			"His Majesty Sultan Faris bin Omar also gave audience to Marco Bellini, Italian Minister of Regional Affairs, Envoy of President Sergio Fabbri of the Italian Republic.",
			[]string{"reception 2020-01-15 Faris bin Omar+Marco Bellini"}},
		{"the courtesy visit of a minister received", "News Agency", "", "2022-12-30",
			"President Arlo Venn received the courtesy visit of Malaysian Foreign Minister Idris Kamal at the palace on Friday.",
			[]string{"reception 2022-12-30 Arlo Venn+Idris Kamal"}},
		{"called on a leader named before by demonym and office, no article", "News Agency", "", "2023-12-05",
			"Kenyan President Jonas Adler was accorded a ceremonial welcome in Delhi. External Affairs Minister Anil Varma had called on Kenyan President on Monday.",
			[]string{"reception 2023-12-04 Anil Varma+Jonas Adler"}},
		{"a letter's sender is no side of the meeting that delivers it", "News Agency", "", "2022-05-10",
			"Japan's foreign minister Kenji Mori has delivered a letter to President Park Min-ho from Prime Minister Taro Ishida. During a meeting at Park's office in Seoul, Mori addressed the need for the two countries to develop ties.",
			[]string{"meeting 2022-05-10 Kenji Mori+Park Min-ho"}},
		{"an agency's credit in capitals before the lead qualifies no title", "Kazinform", "", "2017-05-04",
			"ASTANA. KAZINFORM President of Kazakhstan Ruslan Temirov has met today with Minister of Foreign Affairs of the Czech Republic Jan Novak.",
			[]string{"reception 2017-05-04 Jan Novak+Ruslan Temirov"}},
		{"ambassadors received by their countries, named later one by one", "News Agency", "", "2023-03-14",
			"President Arlo Venn received ambassadors of Russia and China. During the meeting with Russian ambassador Pavel Orlov the Head of State noted the importance of trade. At the meeting with Chinese ambassador Li Wen, the sides discussed the summit.",
			[]string{"reception 2023-03-14 Arlo Venn+Pavel Orlov", "reception 2023-03-14 Arlo Venn+Li Wen"}},
		{"credentials in the passive: presented by the envoy to the lead", "News Agency", "", "2025-08-22",
			"President Dina Rocha received the letters of credence from six new ambassadors. Furthermore, the letters of credence were presented by Talal Rashed, Ambassador of the State of Kuwait.",
			[]string{"reception 2025-08-22 Dina Rocha+Talal Rashed"}},
	}
	runSourced(t, tests)
}
