package area

import (
	"slices"
	"testing"
)

// TestUnseen22 checks the refinements of session 22, written from the
// areas' definitions after reading unseen readouts of leaders' offices. The
// sentences are invented; each names its area only through the phrase under
// test, or names none.
func TestUnseen22(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"critical minerals are supply chains", "They welcomed the new critical minerals framework.", []string{"supply_chains"}},
		{"rare earths are supply chains", "work together on the processing of rare earths", []string{"supply_chains"}},
		{"supply lines are supply chains", "We need to diversify our supply lines.", []string{"supply_chains"}},
		// Session 27: jobs created are a benefit claimed, not labour cooperation (17 of 25 reference documents).
		{"creating jobs is no labour cooperation", "The accord will create jobs on both sides of the border.", []string{}},
		{"jobs named once are a benefit claimed", "The purchase supports jobs in the northern provinces.", []string{}},
		{"jobs named twice are still no labour cooperation", "It is about jobs. Good jobs, well paid.", []string{}},
		{"employment is still labour", "They agreed to cooperate on employment and vocational skills.", []string{"labour"}},
		{"a Labor prime minister is a party, not labour", "He quoted a Labor Prime Minister of the 1940s.", []string{}},
		{"oil markets are energy", "They discussed stability in oil markets.", []string{"energy"}},
		{"an oil spill is energy", "the response to the oil spill off the coast", []string{"energy"}},
		{"palm oil is no energy", "exports of palm oil", []string{"trade"}},
		{"clean technologies are energy, not research", "developing new, clean technologies together", []string{"energy"}},
		{"an alliance of two states not known as allies, said once, stays weak", "the ironclad bond of the Freedonia-Sylvania Alliance", []string{}},
		{"a security alliance is defence", "complementing our strong security alliance", []string{"defence"}},
		{"a bilateral alliance named with a treaty ally is defence", "the strength of the U.S.-Japan Alliance", []string{"defence"}},
		{"an alliance said twice is defence", "The alliance is stronger than ever. We will modernise the alliance.", []string{"defence"}},
		{"a named alliance of campaigners is no defence", "the Riverside Justice Alliance and the Valley Justice Alliance", []string{}},
		{"a biofuels alliance is energy", "the launch of the Global Biofuels Alliance", []string{"energy"}},
		{"a summit of NATO is defence and multilateral", "They discussed the upcoming NATO Summit.", []string{"defence", "multilateral"}},
		{"an arms treaty limiting forces is defence", "its compliance with the INF Treaty", []string{"defence"}},
		{"militarily is military", "all it needs to defend itself militarily", []string{"defence"}},
		{"a department listed as implementer names no defence", "with support from USAID and the Department of Defense", []string{"development_aid"}},
		{"a military nuclear programme is security", "it must halt its military nuclear programme", []string{"security"}},
		{"the relations between the sides are diplomacy", "They discussed many aspects of the relations between the two states.", []string{"diplomacy"}},
		{"staying in contact once is no diplomacy", "The governor and the President agreed to remain in close contact.", []string{}},
		{"staying in contact with another word of the channel is diplomacy", "They agreed to remain in close contact and to stay in regular contact.", []string{"diplomacy"}},
		{"close consultations are a channel", "continuing their frequent and close consultations", []string{"diplomacy"}},
		{"public order is security", "welcoming the return of public order", []string{"security"}},
		{"nationals detained abroad are consular", "the arbitrary detention of two Ruritanians", []string{"consular"}},
		{"a third country's prisoners are not consular", "the release of all those arbitrarily detained", []string{}},
		{"weapons development programmes are no aid", "its unlawful nuclear and missile development programs", []string{}},
		{"to grant access is no grant", "the rebels should grant secure access to the site", []string{}},
		{"a maritime nation is geography", "our shared realities as archipelagic and maritime nations", []string{}},
		{"a conducive environment is no climate", "a conducive environment for the private sector", []string{}},
		{"an investor is investment", "we are the first foreign investor", []string{"investment"}},
		{"digital connectivity is infrastructure and digital", "a new digital connectivity package", []string{"digital", "infrastructure"}},
		{"an economic corridor is infrastructure", "to develop the new economic corridor", []string{"infrastructure"}},
		{"official visits are high-level visits", "preparations for his coming official visits to their countries", []string{"diplomacy"}},
		{"contacts continued once are no diplomacy", "They agreed to continue contacts at different levels.", []string{}},
		{"a consulate general named once is no consular work (session 27: 3 of 4 reference documents)", "the plan to establish a Consulate General in the port city", []string{}},
		{"fintech is finance", "work together in futuristic sectors like FinTech", []string{"finance"}},
		{"an environment free of terror is no climate", "creating an environment free from terror and violence", []string{}},
		{"a hydrogen bomb is no energy", "the threat of the regime testing a hydrogen bomb", []string{}},
		{"leaders' mutual visits are no tourism", "the mutual visits between leaders show the robust ties", []string{}},
		{"the pandemic as a time is no health", "economic recovery following the COVID-19 pandemic", []string{}},
		{"a force for peace in the region", "a force for peace in the region", []string{"regional_peace"}},
		{"a border situation is regional peace", "the situation on the border between the two giants", []string{"regional_peace"}},
		{"a green economy is climate", "the transition to a green economy", []string{"climate"}},
		{"language teaching is education", "promote the teaching and learning of the Ruritanian language", []string{"education"}},
		{"the Belt and Road is infrastructure", "synergy with the Belt and Road Initiative", []string{"infrastructure"}},
		{"a farm commodity is agriculture", "purchases of soybeans and wheat", []string{"agriculture"}},
		{"space cooperation is science", "to expand space cooperation, including a lunar mission", []string{"science_technology"}},
		{"the Eurasian Economic Union is multilateral", "and the Eurasian Economic Union", []string{"multilateral"}},
		{"peace, stability and development is regional peace", "towards peace, stability and development in the region", []string{"regional_peace"}},
		{"a country's security and defence forces are defence", "the reinforcement of the Security and Defense Forces", []string{"defence"}},
		{"a threat environment is no climate", "to address the modern threat environment", []string{}},
		{"an investment environment is investment, not climate", "by improving the investment environment", []string{"investment"}},
		{"an online environment is digital, not climate", "a safer online environment for children", []string{"digital"}},
		{"minerals security is supply chains, not public security", "through the Minerals Security Partnership", []string{"supply_chains"}},
		{"nutrition security is agriculture, not public security", "to improve nutrition security", []string{"agriculture"}},
		{"relations between the peoples are both relations and people's ties", "friendly relations between the two peoples", []string{"diplomacy", "people_exchange"}},
		{"the Pacific Alliance said twice is a bloc, not defence", "the Pacific Alliance summit; members of the Pacific Alliance", []string{"multilateral", "trade"}},
		{"oil palm is a crop, not energy", "smallholders growing oil palm", []string{"agriculture"}},
		{"sea lines of communication are maritime, not a channel", "to keep the sea lines of communication open", []string{"maritime"}},
		{"citizens' lives protected from strikes are not consular", "They discussed the protection of citizens' lives and air defence.", []string{"defence"}},
		{"migrant workers are labour", "to empower migrant workers abroad", []string{"labour"}},
		{"a social security agreement is labour, not security", "to conclude the social security agreement within the year", []string{"labour"}},
		{"technical cooperation is development aid", "from fisheries to development and technical cooperation", []string{"agriculture", "development_aid"}},
		{"technical cooperation between standards bodies is no aid", "technical cooperation between the standards bodies", []string{}},
		{"international fora are forums", "their cooperation at international fora", []string{"multilateral"}},
		{"a regional organisation named by acronym is multilateral", "to reinvigorate SAARC as a platform", []string{"multilateral"}},
		{"a security partnership is defence and security", "thanked them for the close security partnership", []string{"defence", "security"}},
		{"global health security partnerships are health only", "to expand global health security partnerships", []string{"health"}},
		{"an economic partnership is trade", "a framework for the economic partnership between them", []string{"trade"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
