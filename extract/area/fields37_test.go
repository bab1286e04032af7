package area

import (
	"slices"
	"testing"
)

// TestFields37 checks the area rules of session 37, written from how foreign
// and defence ministries, leaders' offices and news agencies word a ministry's
// name, the Quad, help to developing countries, research and development, the
// space sector, arms exports, climate finance, a security treaty and working
// conditions. The sentences, names and figures are invented.
func TestFields37(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// The UK foreign ministry's name and its Secretary's title name no forum.
		{"the FCDO's name", "A Foreign, Commonwealth and Development Office spokesperson said the visit went well.", []string{}},
		{"the FCDO with an ampersand", "The Foreign, Commonwealth & Development Office published the readout.", []string{}},
		{"the Secretary of State's title", "He received the Secretary of State for Foreign, Commonwealth and Development Affairs, Tom Varne.", []string{}},
		{"the older Foreign and Commonwealth Office", "An official of the Foreign and Commonwealth Office briefed the press.", []string{}},
		{"the Commonwealth discussed stays a forum", "They discussed migration and the Commonwealth.", []string{"multilateral", "security"}},
		// The Quad by its full name is a grouping, not public security.
		{"the Quadrilateral Security Dialogue", "They welcomed close cooperation within the Quadrilateral Security Dialogue.", []string{"multilateral"}},
		{"security cooperation stays security", "They agreed to deepen security cooperation.", []string{"security"}},
		// Help to developing countries and development partnerships are development aid.
		{"support towards developing countries", "The leaders agreed on the importance of support towards developing countries' efforts.", []string{"development_aid"}},
		{"helping developing countries", "They will direct resources towards helping developing countries grow.", []string{"development_aid"}},
		{"partnerships with developing countries", "They stressed the need to strengthen partnerships with developing countries.", []string{"development_aid"}},
		{"development partnerships in the plural", "The call covered progress in development partnerships.", []string{"development_aid"}},
		{"developing countries named alone are no aid", "Kestria is one of the most promising developing countries.", []string{}},
		// R&D with a comma and the space sector are science and technology.
		{"research, development, testing", "Work will go ahead under the new Research, Development, Testing and Evaluation Agreement.", []string{"science_technology"}},
		{"the space sphere", "The meeting focused on cooperation in industrial and space spheres.", []string{"science_technology"}},
		{"space technologies", "They agreed to work on advanced civilian and space technologies.", []string{"science_technology"}},
		// Arms exported are no trade.
		{"an export of ballistic missiles", "They criticised Norland's export of ballistic missiles to Vastia.", []string{"security"}},
		{"arms exports", "The ministers condemned arms exports to the junta.", []string{}},
		{"exports stay trade", "They agreed to boost exports of machinery.", []string{"trade"}},
		// Climate finance said twice is climate, not the finance field.
		{"climate finance twice", "Kestria doubled its climate finance pledge. Lindmark will raise its climate finance too.", []string{"climate"}},
		{"the financial sector stays finance", "They agreed to cooperate in the financial sector.", []string{"finance"}},
		// A security treaty is the alliance's defence commitment.
		{"a security treaty", "They confirmed that Article 5 of the Kestria-Lindmark security treaty covers the islands.", []string{"defence"}},
		{"a bilateral security treaty", "The islands are subject to Article 5 of the bilateral security treaty.", []string{"defence"}},
		// The war against, on or with a country at war, and the military operation there, are regional peace.
		{"a war against Ukraine", "They discussed Russia's war against Ukraine.", []string{"regional_peace"}},
		{"a war on Ukraine", "We also discussed Russia's war on Ukraine.", []string{"regional_peace"}},
		{"a war with Russia", "He thanked Lindmark for its support in Ukraine's long war with Russia.", []string{"regional_peace"}},
		{"the military operation on Ukraine is no defence", "It is the first call since the military operation on Ukraine began.", []string{"regional_peace"}},
		{"military cooperation stays defence", "They agreed to deepen military cooperation.", []string{"defence"}},
		// A diplomatic alliance is recognition, not a defence tie.
		{"a diplomatic alliance said thrice", "They will strengthen the diplomatic alliance. The diplomatic alliance is strong. The 60-year diplomatic alliance endures.", []string{"diplomacy"}},
		{"an alliance said twice stays defence", "They hailed the alliance. The alliance is the cornerstone of peace.", []string{"defence"}},
		// Working conditions and decent work are labour.
		{"working conditions", "We will improve the working conditions of seasonal staff.", []string{"labour"}},
		{"decent work", "The ministers agreed to promote decent work.", []string{"labour"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := slices.Sorted(slices.Values(tt.want))
			if got := Extract("", tt.text); !slices.Equal(got, want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, want)
			}
		})
	}
}
