package area

import (
	"slices"
	"testing"
)

// TestFields36 checks the area rules of session 36, written from how
// defence ministries, leaders' offices, embassies and foreign ministries word
// training, a setting, a shared culture, loans and the exchange of people.
// The sentences, names and figures are invented.
func TestFields36(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Training named bare is most often the forces' or the police's.
		{"the training of troops is no education", "They reviewed progress in the training of Kestrian troops.", []string{}},
		{"a training mission is no education", "They agreed on the importance of the Lindmark training mission.", []string{}},
		{"exercises and training in a region", "They stressed increasing bilateral exercises and training in the northern islands.", []string{}},
		{"police training centres", "The initiative funds three regional police training centres.", []string{}},
		{"training offered to forces", "Morvania will offer training assistance to the Kestrian forces.", []string{}},
		// Training as an item of a list of fields, or the training of people for work, is education.
		{"training as a list item", "They agreed to expand cooperation in health, training and tourism.", []string{"health", "tourism", "education"}},
		{"training after on and before a comma", "The two sides exchanged views on training, healthcare and energy.", []string{"education", "energy", "health"}},
		{"vocational training", "The two sides agreed to promote vocational training.", []string{"education"}},
		{"human resources training", "They will cooperate on human resources training for Lindmark officials.", []string{"education"}},
		{"personnel training", "He hoped Morvania would expand assistance in personnel training.", []string{"education"}},
		{"cooperation in training", "They sought to speed up cooperation in training.", []string{"education"}},
		{"job training for workers", "The plan funds job training for workers in the new plants.", []string{"education"}},
		{"training and capacity building", "The partners will provide training and capacity building to Kestrian officials.", []string{"education"}},
		// An environment qualified as a situation is a setting, not the climate.
		{"an uncertain geostrategic environment", "They face an increasingly uncertain geostrategic environment.", []string{}},
		{"a complex and uncertain global environment", "They will address common challenges in a complex and uncertain global environment.", []string{}},
		{"the current environment", "In the current environment, we are enabling our partners to act.", []string{}},
		{"a calm environment", "The ministers will carry forward discussions in a calm environment.", []string{}},
		{"the environment protected stays climate", "They agreed to protect the environment and the oceans.", []string{"climate"}},
		// A culture the peoples share or have is their heritage.
		{"historical and cultural bonds", "Their friendship rests on deep-rooted historical and cultural bonds.", []string{}},
		{"common culture and values", "We are countries with common culture and values.", []string{}},
		{"a rich culture", "Kestria is a beautiful country with a rich culture.", []string{}},
		{"a culture of peace", "They honoured his contribution to the culture of peace.", []string{}},
		{"cultural exchanges stay culture", "They agreed to boost cultural exchanges.", []string{"culture"}},
		// Bridges named once are a metaphor or a name.
		{"a builder of bridges", "He toasted his guest as a builder of bridges.", []string{}},
		{"bridges of communication", "The experts will serve as bridges of communication between the nations.", []string{}},
		{"roads and bridges stay infrastructure", "The project will build roads and bridges, and more bridges later.", []string{"infrastructure"}},
		// Loans of ODA.
		{"a yen loan", "The notes concern a yen loan for the Kestria Metro Project.", []string{"development_aid"}},
		{"an emergency support loan", "The ambassador signed the notes for the Crisis Response Emergency Support Loan.", []string{"development_aid"}},
		{"loan aid", "He announced his intention to provide loan aid of up to 40 billion.", []string{"development_aid"}},
		// People exchanged, named otherwise.
		{"a sister city", "Lindmark City is a sister city of Port Kestrel.", []string{"people_exchange"}},
		{"human exchanges", "They will cooperate in fields such as sports and human exchanges.", []string{"people_exchange", "sports"}},
		{"personal exchanges", "They agreed to cooperate in culture and personal exchanges.", []string{"culture", "people_exchange"}},
		{"exchanges between young people", "She looks forward to increasing exchanges between young people in the two countries.", []string{"people_exchange"}},
		{"the free movement of peoples", "Deep trust fosters the free movement of our peoples.", []string{"people_exchange"}},
		{"inter-regional exchange", "Next year will be the first year of inter-regional exchange.", []string{"people_exchange"}},
		{"the movement of people and goods is trade, no exchange", "The corridor will ease the movement of people and goods.", []string{"trade"}},
		// A weapon's grade and a welcome's honour guard name no defence.
		{"a military-grade agent", "They condemned the use of a military-grade nerve agent in Lindport.", []string{}},
		{"a military grade agent unhyphenated", "They condemned the use of a military grade nerve agent.", []string{}},
		{"a review of the military honor guard", "The ceremony included anthems and a review of the military honor guard.", []string{}},
		{"military cooperation stays defence", "They agreed to deepen military cooperation.", []string{"defence"}},
		// A transport aircraft, means of transport and to transport name no infrastructure.
		{"a transport aircraft sent", "He thanked Kestria for the dispatch of its military transport aircraft.", []string{}},
		{"transport planes laden with relief", "Our transport planes were laden with supplies.", []string{}},
		{"means of transport traded", "Exports include phones, means of transport and spare parts.", []string{"trade"}},
		{"transport cooperation stays infrastructure", "They discussed cooperation in energy and transport.", []string{"energy", "infrastructure"}},
		// Workers' rights are labour.
		{"workers' rights, typographic apostrophe", "They signed a mechanism to protect Kestrian workers’ rights in Lindmark.", []string{"labour"}},
		{"workers' rights, plain apostrophe", "They discussed protecting workers' rights.", []string{"labour"}},
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

// TestForums36 checks that the multilateral trading system and regional bodies
// named by name are forums of many. The sentences are invented.
func TestForums36(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the multilateral trading system is a forum and trade", "They agreed to strengthen the multilateral trading system.", []string{"multilateral", "trade"}},
		{"the rules-based multilateral trading system", "They back a rules-based multilateral trading system.", []string{"multilateral", "trade"}},
		{"a Turkic summit", "They discussed the coming summit of the Organization of Turkic States in Lindport.", []string{"multilateral"}},
		{"the SCO in capitals", "Both sides are working actively at the SCO.", []string{"multilateral"}},
		{"a regional community", "They will work in the spirit of the East African Community.", []string{"multilateral"}},
		{"sco in lower case is no forum", "The sco of the project was agreed.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
