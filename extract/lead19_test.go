package extract

import "testing"

// TestLead19 checks rules the lead wrote in session 19 from how readouts,
// fact sheets and remarks word what was and was not held (names invented).
func TestLead19(t *testing.T) {
	runSourced(t, []sourcedCase{
		// Two firms' deal, which the leaders welcome, is no signing of
		// theirs, even when a firm is named for its country.
		{"the signing of a deal between firms", "", "Readout of President Vega’s Meeting with Amir Khalid of Qatar", "2022-01-31",
			"President Luis Vega met today with Amir Khalid bin Saud of Qatar. The President and the Amir welcomed the signing of a $9 billion deal between Acme Aircraft and Qatar Airways Group, which will support thousands of U.S. manufacturing jobs.",
			[]string{"meeting 2022-01-31 Khalid bin Saud+Luis Vega"}},
		{"the signing of an agreement between the countries stays", "", "Readout of President Vega’s Meeting with Amir Khalid of Qatar", "2022-01-31",
			"President Luis Vega met today with Amir Khalid bin Saud of Qatar. The President and the Amir witnessed the signing of an agreement between Chile and Qatar on air services.",
			[]string{"meeting 2022-01-31 Khalid bin Saud+Luis Vega", "signing 2022-01-31 Chile+Qatar"}},
		{"an arrangement between two countries' agencies stays a signing", "", "Readout of President Vega’s Meeting with Amir Khalid of Qatar", "2022-01-31",
			"President Luis Vega met today with Amir Khalid bin Saud of Qatar. The leaders welcomed the signing of a Logistics Arrangement between the Chile Defence Force and the Qatar Ministry of Defence.",
			[]string{"meeting 2022-01-31 Khalid bin Saud+Luis Vega", "signing 2022-01-31 Khalid bin Saud+Luis Vega"}},
		// Negotiations concluded "to launch" a compact report an outcome.
		{"negotiations concluded to launch", "", "Fact Sheet: Strengthening the Chile-Peru Partnership", "2022-11-13",
			"Water Compact: Chile and Peru have successfully concluded negotiations to launch a $300 million water compact.",
			nil},
		// A "with" that takes international organisations alone is no
		// contact between countries; the headline's meeting stands.
		{"met with organisations only", "", "Remarks by President Vega and President Ruiz of Peru Before Bilateral Meeting", "2023-12-12",
			"PRESIDENT VEGA: Well, Madam President, welcome back to the Oval Office.\nPRESIDENT RUIZ: Thank you very much. Yesterday, I met with the IMF and World Bank. We discussed the support.",
			[]string{"meeting 2023-12-12 Ruiz+Vega"}},
		{"met with G7 leaders stays a contact", "", "Fact Sheet: President Vega and G7 Leaders Launch a Partnership", "2021-06-12",
			"Today President Luis Vega of the United States met with G7 leaders to discuss competition and commit to concrete actions.",
			[]string{"meeting 2021-06-12 Canada+France+Germany+Italy+Japan+Luis Vega+United Kingdom"}},
		// "with the heads of defense companies": firms, no country's contact.
		{"met with the heads of companies", "", "Remarks by President Vega and President Ruiz of Peru Before Bilateral Meeting", "2023-12-12",
			"PRESIDENT VEGA: Well, Madam President, welcome back to the Oval Office.\nPRESIDENT RUIZ: Thank you. I met with the heads of American defense companies yesterday, really powerful companies.",
			[]string{"meeting 2023-12-12 Ruiz+Vega"}},
		{"met with business leaders and a president", "", "Readout of President Vega’s Trip to Peru", "2023-12-12",
			"President Luis Vega met with business leaders and President Ana Ruiz of Peru in Lima today.",
			[]string{"meeting 2023-12-12 Ana Ruiz+Luis Vega"}},
		// A group's summit "held today", named in a readout of two of its
		// leaders: the summit of the two and the group's other members.
		{"a group's summit held today in a bilateral readout", "", "Readout of President Vega’s Meeting with Prime Minister Modi of India", "2022-05-24",
			"President Luis Vega of the United States met with Prime Minister Narendra Modi of India today in Tokyo. They expressed pride in the achievements of the third Quad Leaders’ Summit held today.",
			[]string{"meeting 2022-05-24 Luis Vega+Narendra Modi", "summit 2022-05-24 Australia+Japan+Luis Vega+Narendra Modi"}},
		{"a group's summit beside the headline's bilateral meeting", "", "Remarks by President Vega of the United States and Prime Minister Modi of India Before Bilateral Meeting", "2022-05-24",
			"PRESIDENT VEGA: Well, Mr. Prime Minister, it’s a pleasure to see you again here in Japan.\nPRIME MINISTER MODI: Mr. President, it’s always a pleasure to meet you. And today, we also participated together in a very positive and useful Quad Summit.",
			[]string{"meeting 2022-05-24 Narendra Modi+Vega", "summit 2022-05-24 Australia+Japan+Narendra Modi+Vega"}},
		{"the outcomes of a summit held last year stay a topic", "", "Readout of President Vega’s Meeting with Prime Minister Modi of India", "2022-05-24",
			"President Luis Vega of the United States met with Prime Minister Narendra Modi of India today in Tokyo. They reviewed the achievements of the Quad Leaders’ Summit held last year.",
			[]string{"meeting 2022-05-24 Luis Vega+Narendra Modi"}},
		// A signing listed among what was done "in recent weeks and
		// months" is recalled, not held that day.
		{"a signing among recent efforts", "", "Readout of Vice President Olvido’s Meeting with President Ruiz of Peru", "2024-06-15",
			"Vice President Marta Olvido met today with President Ana Ruiz of Peru in Lucerne, Switzerland. The Vice President also highlighted a range of efforts that the Administration has undertaken in recent weeks and months to support Peru, including the signing of a Bilateral Security Agreement, an agreement on unlocking the value of Bolivia’s frozen assets, and efforts to help enhance Peru’s air defense.",
			[]string{"meeting 2024-06-15 Ana Ruiz+Marta Olvido"}},
	})
}
