package area

import (
	"slices"
	"testing"
)

// TestFieldsNamed checks how texts of other governments and outlets name
// fields of cooperation: word forms and sector names that were missed, and
// titles, places and settings that named an area they are not about. The
// sentences are invented.
func TestFieldsNamed(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"multilateralism is multilateral", "Both leaders reaffirmed their support for multilateralism.", []string{"multilateral"}},
		{"transportation is infrastructure", "better conditions for transportation across the border", []string{"infrastructure"}},
		{"a safety board named for transportation is a body", "the National Transportation Safety Board and better transportation", []string{"infrastructure"}},
		{"power plants and transmission lines are infrastructure", "new power plants and transmission lines for rural districts", []string{"infrastructure"}},
		{"transnational crimes, plural, are security", "to cooperate on combating transnational crimes", []string{"security"}},
		{"a nuclear weapon, singular, is security", "He said Ruritania must never acquire a nuclear weapon.", []string{"security"}},
		{"terror attacks, plural, are security", "They condemned the terror attacks on the capital.", []string{"security"}},
		{"dairy is agriculture", "The leaders discussed the dairy market.", []string{"agriculture"}},
		{"ocean plastics are the environment", "work begun on ocean plastics", []string{"climate"}},
		{"a diaspora minister's title names no consular work", "Minister of Foreign Affairs, International Cooperation and Diaspora Jean Doe", []string{}},
		{"a foreign and diaspora affairs title names no consular work", "Cabinet Secretary for Foreign and Diaspora Affairs Jean Doe", []string{}},
		{"an advanced technology minister's title names no area", "Minister of Industry and Advanced Technology Jean Doe attended.", []string{}},
		{"advanced technology as a sector is high-tech", "cooperation in clean energy and advanced technology", []string{"energy", "high_tech"}},
		{"peacebuilding is regional peace", "They agreed to explore cooperation on peacebuilding.", []string{"regional_peace"}},
		{"a conflict-torn country's situation is regional peace", "They exchanged views on the situation in Myanmar.", []string{"regional_peace"}},
		{"security in the region is regional peace, not security", "engagement to promote development and security in the region", []string{"regional_peace"}},
		{"ties between the peoples are people-to-people exchange", "building connections between our people", []string{"people_exchange"}},
		{"technical assistance is development aid", "new funding for technical assistance to small island states", []string{"development_aid"}},
		{"an agricultural development fund is development aid", "a contribution to the International Fund for Agricultural Development", []string{"development_aid"}},
		{"an aid agency is development aid", "programmes run by USAID in the region", []string{"development_aid"}},
		{"the pandemic overcome names no health", "Despite the COVID-19 pandemic, trade grew.", []string{"trade"}},
		{"a deal's financial closure is no finance", "projects that reached financial closure this year", []string{}},
		{"shared security is a general good", "to enhance the two countries' shared security", []string{}},
		{"the UN's compound is a place", "United Nations Compound, Nairobi", []string{}},
		{"security sector assistance is defence", "concluding a Security Sector Assistance Roadmap", []string{"defence"}},
		{"a social security agreement is no security cooperation (it is labour: workers' benefits abroad)", "the conclusion of a social security agreement", []string{"labour"}},
		{"water security is no security cooperation", "support for the islands' water security", []string{}},
		{"a committee on security and foreign policy is a body", "the chairman of the committee on security and foreign policy", []string{}},
		{"security concerns in general are no security cooperation", "to address evolving security concerns", []string{}},
		{"maritime security is maritime, not security", "cooperation in maritime security", []string{"maritime"}},
		{"an economic partnership agreement is trade, not investment", "implementing the Comprehensive Economic Partnership Agreement", []string{"trade"}},
		{"the pandemic's impact as a setting names no health", "growth slowed under the impacts of the COVID-19 pandemic", []string{}},
		{"the first visit since the outbreak names no health", "the first visit since the COVID-19 outbreak", []string{}},
		{"peace across a strait is regional peace", "recent developments in the Taiwan Strait", []string{"regional_peace"}},
		{"a sustainable peace is regional peace", "in support of a just and sustainable peace", []string{"regional_peace"}},
		{"a region's prosperity and stability is regional peace", "vital for the region's prosperity and stability", []string{"regional_peace"}},
		{"a heritage named once is no culture", "our common seafaring heritage", []string{}},
		{"cultural sites visited name no culture", "He will visit a factory and cultural sites.", []string{}},
		{"a strategic environment names no climate", "in a strategic environment that grows more severe", []string{}},
		{"a transport minister's title names no infrastructure", "when I was the Transport Minister", []string{}},
		{"civilian infrastructure attacked names no infrastructure", "attacks on energy and civilian infrastructure", []string{}},
		{"leaders' mutual visits are no tourism", "the resumption of mutual visits by the top leaders", []string{}},
		{"sustainable development is no climate cooperation", "to work together for sustainable development", []string{}},
		{"visa exemption is tourism", "negotiation of an agreement on mutual visa exemption", []string{"tourism"}},
		{"a development bank is development aid", "a loan from the Asian Development Bank", []string{"development_aid"}},
		{"an IMF arrangement is finance and multilateral", "the Stand-By Arrangement with the IMF", []string{"finance", "multilateral"}},
		{"the freedom of the seas is maritime", "maintaining the freedom of the seas", []string{"maritime"}},
		{"a war in a country at war is regional peace", "efforts toward ending the war in Sudan", []string{"regional_peace"}},
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
