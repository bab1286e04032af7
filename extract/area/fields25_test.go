package area

import (
	"slices"
	"testing"
)

// TestFields25 checks the area rules of session 25, written from how
// ministries name fields of cooperation. The sentences are invented.
func TestFields25(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Peace sought for a country at war, and peace of the world.
		{"a peace plan named is regional peace", "The two presidents discussed the implementation of the Peace Formula.", []string{"regional_peace"}},
		{"a peace summit is regional peace", "She confirmed her country would attend the Peace Summit.", []string{"regional_peace"}},
		{"peace in a country at war is regional peace", "We will keep working until peace in Ukraine is restored.", []string{"regional_peace"}},
		{"the crisis in a country's east is regional peace", "They spoke about the ongoing crisis in eastern Ukraine.", []string{"regional_peace"}},
		{"world peace is regional peace", "the two countries' contribution to world peace", []string{"regional_peace"}},
		{"global peace and security is one phrase", "their shared work for global peace and security", []string{"regional_peace"}},
		{"peace, security and stability is regional peace, not security cooperation", "They will contribute to peace, security and stability in the region.", []string{"regional_peace"}},
		{"the closing formula of a tie's benefits names no area", "for the benefit of both peoples, contributing to peace, stability, cooperation and development in the region", []string{}},
		{"aggression named as the setting of aid is no regional peace", "support for Kestria's fight against Russian aggression", []string{}},
		// A forum named in full is the forum its initials name.
		{"ASEAN named in full is multilateral", "the Association of Southeast Asian Nations", []string{"multilateral"}},
		{"APEC named in full is multilateral", "Kestria's participation in Asia-Pacific Economic Cooperation", []string{"multilateral"}},
		// A forum named as the occasion, with an ordinal or two numbers.
		{"an ordinal between the cue and the forum", "The Prime Minister is attending the second ASEAN Future Forum.", []string{}},
		{"two numbered summits on the sidelines", "They met on the sidelines of the 44th and 45th ASEAN Summits.", []string{}},
		{"a numbered forum said twice is multilateral", "They met at the 12th ASEAN Summit and pledged support for ASEAN centrality.", []string{"multilateral"}},
		// Fields named by their objects.
		{"dioxin clean-up is the environment", "The two sides will continue dioxin clean-up at the former air base.", []string{"climate"}},
		{"weapon sales are military trade", "He welcomed the decision to lift the ban on lethal weapon sales.", []string{"defence"}},
		{"an arms embargo is military trade", "the lifting of the arms embargo", []string{"defence"}},
		{"non-military help is no defence", "assistance in a non-military manner", []string{}},
		{"a militarily neutral state is no defence", "Kestria, a militarily neutral state, stands with its partner.", []string{}},
		{"unimpeded commerce at sea is maritime, not trade", "freedom of navigation and overflight and unimpeded commerce", []string{"maritime"}},
		{"Five Eyes is intelligence sharing: security", "They will keep working together as members of Five Eyes.", []string{"security"}},
		// A technology named by its field is that field.
		{"clean energy technologies are energy", "joint research on clean energy technologies", []string{"energy", "science_technology"}},
		{"low-carbon technology is the green transition", "cooperation on low-carbon technology", []string{"climate"}},
		{"defence equipment and technology is defence", "the transfer of defence equipment and technology", []string{"defence"}},
		{"financial innovation is finance", "cooperation in financial innovation and trade", []string{"finance", "trade"}},
		{"state-of-the-art praises, names no science", "a state-of-the-art power plant for the capital", []string{"infrastructure"}},
		{"information technology products are goods", "exports of information technology products", []string{"trade"}},
		{"technology alone is still science and technology", "cooperation in science and technology", []string{"science_technology"}},
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
