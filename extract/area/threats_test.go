package area

import (
	"slices"
	"testing"
)

// TestSecurityThreatsAndTrade checks the refinements for security threats
// (weapons of mass destruction, tests, provocations, terrorist groups) and
// for trade named by its system, its agreements and its goods. The sentences
// are invented; each names its area only through the phrase under test.
func TestSecurityThreatsAndTrade(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"security and defense is both", "They agreed to deepen political, security and defense cooperation.", []string{"defence", "security"}},
		{"a nuclear test is security", "The leaders condemned the latest nuclear test by the regime.", []string{"security"}},
		{"missile tests are security", "They discussed the recent missile tests.", []string{"security"}},
		{"plural nuclear programs are security", "to eliminate the country's nuclear programs", []string{"security"}},
		{"weapons of mass destruction are security, not defence", "the dismantlement of all weapons of mass destruction", []string{"security"}},
		{"chemical weapons are security, not defence", "the destruction of the regime's chemical weapons", []string{"security"}},
		{"a world without nuclear weapons is security", "towards a world without nuclear weapons", []string{"security"}},
		{"strategic stability is security", "continue shared efforts on strategic stability", []string{"security"}},
		{"a terrorist group is security", "their resolve to degrade and destroy ISIL", []string{"security"}},
		{"extremism is security", "to counter violent extremism online", []string{"security"}},
		{"a provocation is security", "calling the launch a reckless provocation", []string{"security"}},
		{"multilateral trade is trade", "cooperation in the fields of digitalisation and multilateral trade", []string{"digital", "trade"}},
		{"the trading system is trade", "a free, open and fair trading system", []string{"trade"}},
		{"a trade bloc named is trade", "support for the accession to CPTPP", []string{"trade"}},
		{"an economic framework is trade and a forum of many, not regional peace", "through the Indo-Pacific Economic Framework", []string{"multilateral", "trade"}},
		{"goods exported are trade", "for fruit to be exported to the partner", []string{"agriculture", "trade"}}, // agriculture since session 27: farm produce
		{"protectionism is trade", "stressed that protectionism slows recovery", []string{"trade"}},
		{"a commercial relationship is trade", "the growing commercial relationship between them", []string{"trade"}},
		{"economic ties are trade", "They discussed economic ties.", []string{"trade"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestDevelopmentProjects checks that development or aid projects,
// programmes, partners and goals are development aid. Invented sentences.
func TestDevelopmentProjects(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"development projects", "He praised the continued support for development projects in the region.", []string{"development_aid"}},
		{"the largest development partner", "The island's largest development partner pledged more.", []string{"development_aid"}},
		{"a development partnership is aid, not diplomacy", "the donor's development partnership with the island state", []string{"development_aid"}},
		{"an aid project visited", "The delegation visited an aid project on the coast.", []string{"development_aid"}},
		{"the development goals", "support for the Sustainable Development Goals", []string{"development_aid"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSanctionsTitlesRelief checks that sanctions and finance ministers'
// titles name no finance, and that crisis relief is no agriculture.
// Invented sentences.
func TestSanctionsTitlesRelief(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"sanctions said twice are no finance", "They discussed new sanctions; the sanctions will stay.", []string{}},
		{"a finance minister's title", "He called on the Deputy Prime Minister and Minister for Finance.", []string{}},
		{"relief essentials are no agriculture", "to deliver essentials such as water, food and shelter", []string{}},
		{"medical supplies and food", "the delivery of medical supplies and food", []string{}},
		{"food aid is aid", "emergency food aid for the displaced", []string{"development_aid"}},
		{"food security is still agriculture", "cooperation on food security", []string{"agriculture"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
