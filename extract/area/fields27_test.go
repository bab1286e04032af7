package area

import (
	"slices"
	"testing"
)

// TestFields27 checks the area rules of session 27, written from how
// ministries and agencies word cooperation. The sentences are invented.
func TestFields27(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Development named bare as an item of a list of fields is development cooperation.
		{"development between commas in a list of fields", "The agreements cover the fields of fisheries, development, education and energy.", []string{"agriculture", "development_aid", "education", "energy"}},
		{"development after a comma before and", "They pledged closer cooperation in trade, development and culture.", []string{"culture", "development_aid", "trade"}},
		{"development last after a comma", "Their talks covered tourism, development.", []string{"development_aid", "tourism"}},
		{"a country's development is no aid", "He praised the strong development of Kestria.", []string{}},
		{"socio-economic development is no aid", "Morvania's socio-economic development has been rapid.", []string{}},
		{"the formula of peace and development is no aid", "They will work together for peace and development, the minister said.", []string{}},
		{"development after and before a comma is no aid", "The sides reviewed recovery and development, then turned to the region.", []string{}},
		{"years of development name no aid", "After forty years of development, the port is busy.", []string{}},
		// Technology, innovation, research: the field in a list, twice, or as cooperation.
		{"a country's technology named once is no science", "The plant will use Kestrian technology and know-how.", []string{}},
		{"investing in innovation once is no science", "They stressed the importance of innovation as a path to growth.", []string{}},
		{"vaccine research once is health, not science", "They will work together on vaccine research.", []string{"health"}},
		{"a university of technology is a body", "He visited the Lindmark University of Technology.", []string{}},
		{"scientific evidence is the basis of a claim", "He called for responses based on scientific evidence.", []string{}},
		{"technology in a list of fields is science", "They agreed to deepen cooperation in trade, technology and defence.", []string{"defence", "science_technology", "trade"}},
		{"technology after and before a comma is science", "Growth sectors such as tourism and technology, the office said.", []string{"science_technology", "tourism"}},
		{"technology last in a list is science", "They signed accords on housing, education and technology.", []string{"education", "science_technology"}},
		{"innovation after of before a comma is science", "progress in the fields of innovation, trade and energy", []string{"energy", "science_technology", "trade"}},
		{"innovation after and at a sentence end without a list is not", "The sides are a driver of global growth and innovation.", []string{}},
		{"technology said twice is science", "Kestrian technology is world-class, and Morvania wants the same technology.", []string{"science_technology"}},
		{"technology transfer is science", "They welcomed plans for technology transfer between their firms.", []string{"science_technology"}},
		{"scientific cooperation is science", "They underscored their close scientific cooperation in the Arctic.", []string{"science_technology"}},
		{"joint research is science", "They will launch joint research on batteries.", []string{"science_technology"}},
		{"innovation partnerships are science", "They are building knowledge and innovation partnerships.", []string{"science_technology"}},
		{"a technology partnership is science", "They welcomed the growing economic and technology partnership.", []string{"science_technology"}},
		{"technology and innovation together are science", "They will build on cooperation in technology and innovation to create jobs.", []string{"science_technology"}},
		{"critical and emerging technology is science", "They will deepen work on critical and emerging technology.", []string{"science_technology"}},
		// One country called an ASEAN country describes it; the bloc's forums are still multilateral.
		{"an ASEAN country is a description", "It was his first visit to an ASEAN country.", []string{}},
		{"the only ASEAN member state is a description", "Kestria was the only ASEAN member state to record growth.", []string{}},
		{"cooperation with ASEAN countries is still multilateral", "They will deepen cooperation with ASEAN countries.", []string{"multilateral"}},
		// Named forums of many states.
		{"the Asia-Europe Meeting is multilateral", "They met in the conference room of the Asia-Europe Meeting (ASEM).", []string{"multilateral"}},
		{"the Forum on China-Africa Cooperation is multilateral", "ahead of the Summit of the Forum on China-Africa Cooperation (FOCAC)", []string{"multilateral"}},
		{"a trilateral summit is multilateral", "during his visit for the Kestria-Morvania-Lindmark Trilateral Summit", []string{"multilateral"}},
		{"the G-8 is multilateral", "They look forward to meeting in June for the G-8 in Lindmark.", []string{"multilateral"}},
		// The pandemic as a time or a cause; a leader's health wished.
		{"the first trip since the pandemic names no health", "This is my first trip abroad since COVID.", []string{}},
		{"the largest investor despite the pandemic names no health", "Kestria remained the largest investor despite the pandemic.", []string{"investment"}},
		{"challenges because of the pandemic name no health", "The economy faces challenges, especially because of the COVID-19 pandemic.", []string{}},
		{"good health wished names no health", "The Prime Minister wished the President good health.", []string{}},
		{"support during the pandemic is still health", "They coordinated efforts to support partners during the COVID-19 pandemic.", []string{"health"}},
		// A country's community or diaspora in the other is the people's tie.
		{"meeting a country's community is people-to-people", "He met with representatives of the Vietnamese community in Morvania.", []string{"people_exchange"}},
		{"a country's diaspora is people-to-people", "The programme includes diaspora engagement and meetings with the young Irish diaspora.", []string{"people_exchange"}},
		{"a country's residents are people-to-people", "a luncheon with ethnic Korean residents of Morvania", []string{"people_exchange"}},
		{"the international community is no people's tie", "The international community must act.", []string{}},
		// Disputed seas and the finance ministers' channel.
		{"the East China Sea is maritime", "They opposed attempts to change the status quo in the East China Sea by force.", []string{"maritime"}},
		{"the East and South China Seas are maritime", "They discussed the situation in the East and South China Seas.", []string{"maritime"}},
		{"a finance ministers' meeting is finance", "They welcomed the resumption of the Finance Ministers' Meeting.", []string{"finance"}},
		{"a finance minister's title is still no finance", "Finance Minister Jan Doe joined the talks.", []string{}},
		// Trading partners and relationships, the TPP11 and an FTA.
		{"a trading partner is trade", "Kestria is Morvania's largest trading partner.", []string{"trade"}},
		{"a trading relationship is trade", "They resolved that the trading relationship should grow.", []string{"trade"}},
		{"the TPP11 is trade", "He welcomed Kestria's request to accede to the TPP11 Agreement.", []string{"trade"}},
		{"an FTA is trade", "They discussed an FTA in services.", []string{"trade"}},
		{"a trading partner in ASEAN is trade, not a forum", "Kestria is Morvania's third largest trading partner in ASEAN.", []string{"trade"}},
		// Farm produce named.
		{"fruit market access is agriculture", "He sought support in expanding access to Kestria's tropical fruit market.", []string{"agriculture"}},
		{"a rubber memorandum is agriculture", "They exchanged a memorandum of understanding on rubber.", []string{"agriculture"}},
		{"beef market opening is agriculture", "They welcomed the market opening for various products, especially beef.", []string{"agriculture"}},
		{"a visit that reaps fruits is no produce", "Prime Minister's visit reaps fruits", []string{}},
		{"the benefits and fruits of a partnership are no produce", "We will work for the benefits and fruits of this new partnership.", []string{"diplomacy"}},
		{"to beef up ties is no produce", "They agreed on measures to beef up ties.", []string{}},
		// Rail and cables.
		{"rail development is infrastructure", "An exchange of notes took place on rail development.", []string{"infrastructure"}},
		{"railroads are infrastructure", "cooperation focusing on railroads, gas and electricity", []string{"energy", "infrastructure"}},
		{"an undersea cable is infrastructure, not defence", "They signed a memorandum on the construction of an undersea cable.", []string{"infrastructure"}},
		{"a submarine cable is infrastructure, not defence", "the landing of a new submarine cable", []string{"infrastructure"}},
		// Jobs created are a benefit claimed; migrant workers are still labour.
		{"new jobs are no labour cooperation", "The deal will create good middle-class jobs and 6,500 new jobs.", []string{}},
		{"migrant workers are still labour", "He thanked Kestria for the care of migrant workers.", []string{"labour"}},
		// Exchanges of people named otherwise.
		{"human-to-human exchanges are people-to-people", "a target of one million human-to-human exchanges by 2030", []string{"people_exchange"}},
		{"an exchange programme is people-to-people", "They agreed to expand their junior-diplomat exchange program.", []string{"people_exchange"}},
		{"a mobility scheme is people-to-people", "young workers will benefit from the new mobility scheme", []string{"people_exchange"}},
		{"visa-free travel is people-to-people", "the common goal of visa-free travel for all Kestrian citizens", []string{"people_exchange"}},
		// Peace and prosperity in the region as a goal, not as the tie's effect.
		{"maintaining peace and prosperity in the region is regional peace", "He demonstrates leadership in maintaining peace and prosperity in the region.", []string{"regional_peace"}},
		{"contributing to peace and prosperity in the region names no area", "with trade as the core, contributing to peace and prosperity in the region and the world", []string{"trade"}},
		// A commander's title names its forces.
		{"a commander's title names no defence", "Lindmark's Crown Prince and Deputy Supreme Commander of the Kestrian Armed Forces received a call.", []string{}},
		{"armed forces named otherwise are still defence", "They discussed exercises of their armed forces.", []string{"defence"}},
		// A consulate opened is no consular cooperation; consular protection still is.
		{"a consulate opened is no consular work", "He announced the establishment of the new Kestrian Consulate-General in Lindmark.", []string{}},
		{"consular protection is still consular", "They agreed to cooperate on consular protection.", []string{"consular"}},
		// Students greeted in passing are no education; their mobility is.
		{"students greeted once are no education", "He thanked and gave the students words of encouragement.", []string{}},
		{"the exchange of students is education", "They will promote the exchange of students and researchers.", []string{"education"}},
		{"a country's students are education", "Lindmark is a destination of choice for Vietnamese students.", []string{"education"}},
		{"science and technology is still science", "They agreed to expand science and technology links.", []string{"science_technology"}},
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
