package area

import (
	"slices"
	"testing"
)

// TestDeliveryAndTitles checks that work done in partnership with a body,
// and titles or offices containing 'Foreign Affairs' or 'Diplomacy', name no
// diplomacy, while a partnership between the sides still does. Invented
// sentences.
func TestDeliveryAndTitles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"delivered in partnership with a company", "The plant will be built in partnership with Acme Reactors.", []string{}},
		{"delivered in close partnership with an agency", "The clinic opens in close partnership with a local charity.", []string{}},
		{"a minister of state's title", "He met the Minister of State for Foreign Affairs, Jane Roe.", []string{}},
		{"a combined ministry's title", "She spoke with the Minister for Europe and Foreign Affairs.", []string{}},
		{"a spokesperson's department", "said the director of the Public Diplomacy Department", []string{}},
		{"the sides' partnership is diplomacy", "They reaffirmed the strategic partnership between the two countries.", []string{"diplomacy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestFieldQualifiedTechnology checks that defence technology is defence and
// that ministers' titles with science or innovation name no area. Invented
// sentences.
func TestFieldQualifiedTechnology(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"defence technology is defence", "to deepen cooperation in defense technology transfer", []string{"defence"}},
		{"military technology is defence", "sharing of military technology", []string{"defence"}},
		{"a minister's title", "joined by the Minister for Industry and Innovation, Jane Roe", []string{}},
		{"a science minister's title", "the Minister of Science and Technology attended", []string{}},
		{"science cooperation is still science", "They agreed to expand cooperation in science and technology.", []string{"science_technology"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestForcesTraining checks that the training of armed forces is defence,
// not education, while training of people stays education. Invented
// sentences.
func TestForcesTraining(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"joint training of forces", "They confirmed deepening joint training of their forces.", []string{"defence"}},
		{"training vessels in port", "He welcomed the port call by the navy's training vessels.", []string{"defence"}},
		{"training and exercising", "They discussed cooperation on training and exercising.", []string{"defence"}},
		{"a fighter training detachment", "the establishment of a Fighter Training Detachment", []string{"defence"}},
		{"vocational training is education", "They agreed to expand vocational training for young people.", []string{"education"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestDiplomaticChannels checks that channels between the sides and peace
// treaty talks are diplomacy. Invented sentences.
func TestDiplomaticChannels(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"peace treaty talks", "They agreed to continue negotiations on a peace treaty.", []string{"diplomacy"}},
		{"political dialogue restored", "They restored mechanisms of political dialogue.", []string{"diplomacy"}},
		{"high-level consultations", "The call came as part of high-level consultations.", []string{"diplomacy"}},
		{"a vice-ministerial consultation", "A vice-ministerial consultation will take place shortly.", []string{"diplomacy"}},
		{"strategic communication", "They agreed to carry out close, strategic communication.", []string{"diplomacy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
