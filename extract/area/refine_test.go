package area

import (
	"slices"
	"testing"
)

// TestRefinements checks the rules of the refinements in data/areas.json:
// general wording that named an area without evidence, and vocabulary that
// named none. The sentences are invented.
func TestRefinements(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an alliance named once is no diplomatic channel, nor defence", "The two ministers reaffirmed the ironclad alliance.", []string{}},
		{"a minister's title names no foreign affairs", "Minister for Foreign Affairs Jane Roe met her counterpart.", []string{}},
		{"a department's name names no trade", "The Department of Foreign Affairs and Trade announced it.", []string{}},
		{"the EU high representative's title names no security", "the High Representative for Foreign Affairs and Security Policy spoke", []string{}},
		{"close coordination once is general wording", "They agreed to stay in close coordination.", []string{}},
		{"stability and security as a good", "to strengthen stability and security throughout the region", []string{}},
		{"a security environment is neither security nor climate", "They shared views on the severe security environment.", []string{}},
		{"regional peace and security is regional peace", "promoting regional peace and security", []string{"regional_peace"}},
		{"supply chain security is supply chains", "new supply chain security standards", []string{"supply_chains"}},
		{"missiles reported once are no defence cooperation", "The missiles struck the city overnight.", []string{}},
		{"a named defence pact is defence", "They welcomed the Reciprocal Access Agreement.", []string{"defence"}},
		{"a named defence partnership is defence", "They discussed progress under AUKUS.", []string{"defence"}},
		{"multilateral exercises are no forum cooperation", "their bilateral and multilateral exercises", []string{}},
		{"an organisation of many states is multilateral", "They supported the OSCE mission.", []string{"multilateral"}},
		{"a regional forum is multilateral", "They will meet at the Pacific Islands Forum.", []string{"multilateral"}},
		{"humanitarian funding is development aid", "The new package adds humanitarian funding for the region.", []string{"development_aid"}},
		{"preferential loans are development aid", "He asked the partner to increase preferential loans.", []string{"development_aid"}},
		{"support for citizens living abroad is consular", "support for the citizens living and working in the partner country", []string{"consular"}},
		{"protecting citizens is consular", "cooperation on trade and protecting citizens", []string{"consular", "trade"}},
		{"a disease is health", "joint work to eradicate malaria", []string{"health"}},
		{"the CDC is a body, not a disease", "at the Centers for Disease Control", []string{}},
		{"the pandemic as a time names no health", "trade fell amid the COVID-19 pandemic", []string{"trade"}},
		{"athletes greeted once are no sports cooperation", "He sent his greetings to the athletes.", []string{}},
		{"money given is no finance field", "The fund will provide a grant to finance the new port.", []string{"development_aid"}},
		{"climate finance is a sum", "She welcomed the pledge to double its climate finance commitment.", []string{"climate"}},
		{"financial and humanitarian assistance is no finance field", "They are channelling financial and humanitarian assistance to the country.", []string{}},
		{"financial said twice is finance", "public financial management and financial oversight", []string{"finance"}},
		{"the financial sector is finance", "They will open the financial sector to each other's banks.", []string{"finance"}},
		{"cooperation in finance is finance", "They agreed to expand cooperation in finance and investment.", []string{"finance", "investment"}},
		{"financial sanctions are no finance", "more pressure through financial sanctions", []string{}},
		{"aid given is development aid", "The aid will help rebuild the city.", []string{"development_aid"}},
		{"a financing agreement is development aid", "The two sides signed a Financing Agreement for the programme.", []string{"development_aid"}},
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
