package area

import (
	"slices"
	"testing"
)

// TestFields26 checks the area rules of session 26, written from how
// ministries and agencies word cooperation. The sentences are invented.
func TestFields26(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Peace in the region as what the sides work for, not what the tie brings.
		{"peace in the region as the goal of the work is regional peace", "The ministers agreed to step up coordination for peace, stability and cooperation in the region.", []string{"regional_peace"}},
		{"the peoples' benefit as well as peace in the region", "The ties serve the interests of both peoples as well as peace, stability, cooperation and development in the region and the world.", []string{"regional_peace"}},
		{"not only the two countries but also peace", "which would benefit not only Kestria and Morvania but also peace, stability, cooperation and development in the region", []string{"regional_peace"}},
		{"for peace with a serial comma", "for peace, cooperation, and development in the region and the world", []string{"regional_peace"}},
		{"the tie's effect on peace names no area", "The cooperation will keep growing, thereby contributing to peace, stability, cooperation and development in the region.", []string{}},
		// A region or bloc named as where a partner or market is.
		{"a partner in a region is no regional peace", "Kestria is a key partner in the Indo-Pacific.", []string{}},
		{"a market in the Middle East is no regional peace", "Morvania is its largest export market in the Middle East.", []string{"trade"}},
		{"a trading partner in ASEAN is no forum cooperation", "Kestria is the largest trading partner in ASEAN of Morvania.", []string{"trade"}}, // trade since session 27: a trading partner
		{"an ASEAN trading partner is no forum cooperation", "Morvania was its third largest ASEAN trading partner.", []string{}},
		{"the region's order is still regional peace", "a free and open Indo-Pacific", []string{"regional_peace"}},
		{"the bloc's meetings are still multilateral", "They pledged support for ASEAN centrality.", []string{"multilateral"}},
		// The pandemic as what struck a sector, or as a time.
		{"sectors affected by the pandemic name no health", "They agreed to revive tourism and other sectors directly affected by the COVID-19 pandemic.", []string{"tourism"}},
		{"the post-pandemic period names no health", "Kestria's growth has been strong, especially in the post-COVID period.", []string{}},
		{"the pandemic taking hold names no health", "The agreement came into force just as the pandemic took hold.", []string{}},
		{"a joint response to the pandemic is still health", "They agreed to cooperate on the response to the COVID-19 pandemic.", []string{"health"}},
		// Sporting events and ties between the sides.
		{"the Olympic Games a leader supports are sport", "The Prime Minister expressed his support for the Kestria Olympic and Paralympic Games.", []string{"sports"}},
		{"a World Cup match is sport", "The leaders agreed to disagree on the outcome of the World Cup match.", []string{"sports"}},
		{"sporting links among the fields are sport", "They will work more closely on sporting links.", []string{"sports"}},
		// Cooperation at regional and international level, not the formula of issues.
		{"regional and international cooperation is multilateral", "They reaffirmed the importance of enhancing regional and international cooperation.", []string{"multilateral"}},
		{"speaking up at international venues is multilateral", "He thanked Kestria for speaking up for Morvania at numerous international venues.", []string{"multilateral"}},
		{"cooperation at regional, continental and global levels is multilateral", "Deepen cooperation and coordination at regional, continental and global levels.", []string{"multilateral"}},
		{"the formula of issues discussed names no area", "The two leaders exchanged views on regional and international issues of mutual concern.", []string{}},
		// Information and communications technology is digital.
		{"ICT named in full is digital, not science", "cooperation in agriculture and information and communications technology", []string{"agriculture", "digital"}},
		{"ICT is digital", "They agreed to advance efforts in fisheries and ICT.", []string{"agriculture", "digital"}},
		{"ICT after a clock time is a time zone", "Presidential Palace, Hanoi 10:27 A.M. ICT", []string{}},
		// The green transition named with the digital one.
		{"the green transformation is climate", "Firms should work on semiconductors and the green transformation.", []string{"climate", "semiconductors"}},
		{"the green and digital economy names both fields", "They will cooperate in the development of the green and digital economy.", []string{"climate", "digital"}},
		{"economies made greener is climate", "We share the ambition to make our economies greener and more digital.", []string{"climate", "digital"}},
		{"a green alliance is climate, not defence", "the establishment of a Green Alliance", []string{"climate"}},
		// Exchanges of people other than officials.
		{"youth exchanges are people-to-people", "The government decided to resume face-to-face youth exchanges with Morvania.", []string{"people_exchange"}},
		{"personnel exchanges are people-to-people", "the opening of a fast lane for essential personnel exchanges", []string{"people_exchange"}},
		{"private sector exchanges are people-to-people", "the continued robustness seen in their private sector exchanges", []string{"people_exchange"}},
		// Defence named in a phrase of support or of ceremony.
		{"in defense of a cause names no defence", "As members of the group we act in defense of multilateralism.", []string{"multilateral"}},
		{"military honors at a welcome name no defence", "The president greeted him at a welcome ceremony with military honors.", []string{}},
		{"defence cooperation is still defence", "They agreed to deepen defence cooperation.", []string{"defence"}},
		// The sea as a field: its economy, research, transfers and waters.
		{"marine scientific research is maritime", "They agreed to bolster cooperation in marine scientific research.", []string{"maritime", "science_technology"}},
		{"ship-to-ship transfers are maritime", "surveillance activities against illegal ship-to-ship transfers", []string{"maritime"}},
		{"territorial waters are maritime", "early warning to prevent their ships from violating each other's territorial waters", []string{"maritime"}},
		// Companies established in the other country are investment.
		{"companies operating in the other country are investment", "Today, over 4,000 Kestrian companies are operating in Morvania.", []string{"investment"}},
		{"plants built in the other country are investment", "Many enterprises are planning to build plants in the central American country.", []string{"investment"}},
		{"an economic partnership is trade, not investment", "a stronger alliance and a closer economic partnership", []string{"trade"}},
		{"an operation named Olympic is no sport", "Kestria will accede to Operation Olympic Defender.", []string{}},
		{"defence of a country's people is still defence", "support for Kestria in the defense of its people and territory", []string{"defence"}},
		// The body of trade rules.
		{"a country's WTO accession is trade and multilateral", "They reviewed the issues related to Kestria's World Trade Organization accession.", []string{"multilateral", "trade"}},
		{"tourist and business exchanges are tourism and people-to-people", "the resumption of student, tourist, and business exchanges", []string{"people_exchange", "tourism"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract("", tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
