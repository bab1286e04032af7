package target

import (
	"slices"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// one extracts the targets of a one-sentence text.
func one(text, published string, countries ...string) []accord.Target {
	return Extract("a1", text, []sentence.Span{{Start: 0, End: len(text)}}, published, countries)
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text string
		countries  []string
		want       []accord.Target // Metric is a word the metric must hold
	}{
		{"bilateral trade", "Both sides agreed to strive to achieve the target of $150 billion in bilateral trade by 2030.", []string{"VN", "KR"},
			[]accord.Target{{Metric: "bilateral trade", Value: 150e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"KR", "VN"}}}},
		{"US$ and period", "The goal for the 2026-30 period is to strive for average annual GDP growth of 10 per cent or higher, with GDP per capita reaching around US$8,500 by 2030 for Viet Nam.", []string{"VN", "KR"},
			[]accord.Target{
				{Metric: "GDP growth", Value: 10, Unit: "percent", Comparator: "gte", Period: "2026-2030", Holders: []string{"VN"}},
				{Metric: "capita", Value: 8500, Unit: "USD", Comparator: "approx", Deadline: "2030", Holders: []string{"VN"}}}},
		{"raising to", "They agreed on the goal of raising bilateral trade to US$150 billion in a more balanced manner by 2030.", []string{"VN", "KR"},
			[]accord.Target{{Metric: "bilateral trade", Value: 150e9, Unit: "USD", Deadline: "2030", Comparator: "eq", Holders: []string{"KR", "VN"}, Qualifier: "in a more balanced manner"}}},
		{"count", "The United States will offer to sell Poland 96 AH-64 Apache helicopters.", nil,
			[]accord.Target{{Metric: "helicopters", Value: 96, Unit: "count", Comparator: "eq", Holders: []string{"US"}}}},
		{"amount as modifier", "The United States will move forward with a new $2 billion Foreign Military Financing (FMF) direct loan to Poland.", nil,
			[]accord.Target{{Metric: "loan", Value: 2e9, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"subject, reduce to", "The United States will reduce to 19 percent the reciprocal tariffs on goods of Indonesia.", []string{"US", "ID"},
			[]accord.Target{{Metric: "tariffs", Value: 19, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
		{"approx of", "Indonesia will eliminate approximately 99 percent of tariff barriers for U.S. products.", []string{"US", "ID"},
			[]accord.Target{{Metric: "tariff barriers", Value: 99, Unit: "percent", Comparator: "approx", Holders: []string{"ID"}}}},
		{"code after", "Indonesia will buy aircraft currently valued at 3.2 billion USD.", nil,
			[]accord.Target{{Metric: "aircraft", Value: 3.2e9, Unit: "USD", Comparator: "eq", Holders: []string{"ID"}}}},
		{"euro, up to", "France will provide up to €5 million in grants to Senegal by the end of 2027.", nil,
			[]accord.Target{{Metric: "grants", Value: 5e6, Unit: "EUR", Comparator: "lte", Deadline: "2027", Holders: []string{"FR"}}}},
		{"number words", "Japan aims to welcome five million visitors from Thailand by 2030.", nil,
			[]accord.Target{{Metric: "visitors", Value: 5e6, Unit: "count", Comparator: "eq", Deadline: "2030", Holders: []string{"JP"}}}},
		{"percentage points", "China will suspend 24 percentage points of the additional tariff rate on US goods.", nil,
			[]accord.Target{{Metric: "tariff", Value: 24, Unit: "percentage points", Comparator: "eq", Holders: []string{"CN"}}}},
		{"possessive goal", "The partnership supports India's ambitious targets, including reaching 450 GW of renewable energy by 2030.", []string{"US", "IN"},
			[]accord.Target{{Metric: "renewable energy", Value: 450, Unit: "GW", Comparator: "eq", Deadline: "2030", Holders: []string{"IN"}}}},
		{"plan after report", "Since 2021, the United States has invested and plans to provide at least $1.1 billion in support for energy projects.", []string{"US"},
			[]accord.Target{{Metric: "support", Value: 1.1e9, Unit: "USD", Comparator: "gte", Holders: []string{"US"}}}},
		{"amount after an article modifies the noun", "The agency intends to launch a $40 million public-private partnership to connect rural clinics.", []string{"US"},
			[]accord.Target{{Metric: "partnership", Value: 40e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"purpose after the amount", "Japan plans to provide $300 million to support clean water projects in the region.", nil,
			[]accord.Target{{Metric: "support for clean water projects", Value: 300e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"count with hyphenated modifier", "Germany will train up to 500 mid-career health volunteers.", nil,
			[]accord.Target{{Metric: "volunteers", Value: 500, Unit: "count", Comparator: "lte", Holders: []string{"DE"}}}},
		{"as many as", "As many as 300 volunteers from Canada will serve abroad.", []string{"CA"},
			[]accord.Target{{Metric: "volunteers", Value: 300, Unit: "count", Comparator: "lte", Holders: []string{"CA"}}}},
		{"facilities", "France will electrify 2,000 rural health facilities by 2028.", nil,
			[]accord.Target{{Metric: "health facilities", Value: 2000, Unit: "count", Comparator: "eq", Deadline: "2028", Holders: []string{"FR"}}}},
		// Not targets.
		{"the two countries", "The leaders of the two countries will meet again.", []string{"VN", "KR"}, nil},
		{"relative clause cue", "Japan chose a $12 million design for a solar plant that will reduce outages.", nil, nil},
		{"report after plan", "The leaders plan to meet again; trade has reached $10 billion since 2020.", []string{"VN", "KR"}, nil},
		{"statistic recorded", "Pleased with the five million mutual visits recorded in 2024, the leaders agreed to boost tourism.", []string{"VN", "KR"}, nil},
		{"statistic last year", "Two-way trade reached US$80 billion last year, and the leaders will expand it.", []string{"VN", "KR"}, nil},
		{"perfect tense", "The United States has appropriated more than $3.2 billion in equipment and will continue.", nil, nil},
		{"documents", "The two leaders will witness the exchange of ten cooperation documents.", []string{"VN", "KR"}, nil},
		{"ordinals and years", "He will attend the 14th National Congress and the 21st summit in 2027.", []string{"VN"}, nil},
		{"durations", "The suspension will last for an additional period of 90 days over 30 years.", []string{"US"}, nil},
		{"no cue", "Each day, nearly $1.9 billion in trade crosses our shared border.", []string{"US", "MX"}, nil},
		{"past deadline", "The target of $100 billion in bilateral trade by 2020 will be reviewed.", []string{"VN", "KR"}, nil},
		{"model number", "The airline will buy Boeing 737 MAX jets.", []string{"US"}, nil},
		{"conversion", "Canada will mobilize US$4.2 billion (C$5.7 billion) in nuclear investment.", []string{"US", "CA"},
			[]accord.Target{{Metric: "investment", Value: 4.2e9, Unit: "USD", Comparator: "eq", Holders: []string{"CA"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := one(tt.text, "2026-01-30", tt.countries...)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d targets, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := got[i]
				if !strings.Contains(strings.ToLower(g.Metric), strings.ToLower(w.Metric)) {
					t.Errorf("metric %q, want it to hold %q", g.Metric, w.Metric)
				}
				if g.Value != w.Value || g.Unit != w.Unit || g.Comparator != w.Comparator || g.Deadline != w.Deadline || g.Period != w.Period {
					t.Errorf("got %v %s %s deadline %q period %q, want %v %s %s %q %q", g.Value, g.Unit, g.Comparator, g.Deadline, g.Period, w.Value, w.Unit, w.Comparator, w.Deadline, w.Period)
				}
				if !slices.Equal(g.Holders, w.Holders) {
					t.Errorf("holders %v, want %v", g.Holders, w.Holders)
				}
				if w.Qualifier != "" && g.Qualifier != w.Qualifier {
					t.Errorf("qualifier %q, want %q", g.Qualifier, w.Qualifier)
				}
				if m := g.Mentions; len(m) != 1 || m[0].Quote != tt.text || m[0].Start != 0 || m[0].End != len(tt.text) || m[0].Article != "a1" {
					t.Errorf("mentions %+v", m)
				}
				if !strings.HasPrefix(g.ID, "t_") {
					t.Errorf("id %q", g.ID)
				}
			}
		})
	}
}

// TestRules checks the rules of issue 9 with sentences written for them:
// who holds a target, what counts as one, and how a currency sign is read
// in the outlet's country.
func TestRules(t *testing.T) {
	tests := []struct {
		name, home, text string
		countries        []string
		want             []accord.Target // Metric is a word the metric must hold
	}{
		// Holders: the party that commits.
		{"country subject", "", "Korea will invest $350 billion in the United States.", []string{"US", "KR"},
			[]accord.Target{{Metric: "investment", Value: 350e9, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
		{"counterpart is not a holder", "", "The United States will apply a 15 percent tariff on goods of Japan.", []string{"JP", "US"},
			[]accord.Target{{Metric: "on Japan", Value: 15, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
		{"company by its demonym", "", "Japanese automaker Toyota will invest $10 billion in new plants in the United States.", []string{"US"},
			[]accord.Target{{Metric: "investment", Value: 10e9, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"list of subjects", "", "Australia, India, Japan, and the United States have pledged to donate more than 1.2 billion doses.", []string{"US"},
			[]accord.Target{{Metric: "doses", Value: 1.2e9, Unit: "count", Comparator: "gte", Holders: []string{"AU", "IN", "JP", "US"}}}},
		{"possessor of the amount", "NZ", "New Zealand's $300,000 contribution to the regional wetlands centre.", []string{"PH", "NZ"},
			[]accord.Target{{Metric: "contribution", Value: 300000, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"possessor of another noun", "", "The President condemned Russia's attacks and will provide $1 billion in assistance to Ukraine.", []string{"US", "RU"},
			[]accord.Target{{Metric: "assistance", Value: 1e9, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"EU acts as EU", "", "The European Union will provide €40 million to support the energy transition in Kenya.", []string{"KE"},
			[]accord.Target{{Metric: "energy transition", Value: 40e6, Unit: "EUR", Comparator: "eq", Holders: []string{"EU"}}}},
		{"EU programme", "", "Global Gateway aims to mobilise up to €300 billion between 2021 and 2027.", nil,
			[]accord.Target{{Metric: "Global Gateway", Value: 300e9, Unit: "EUR", Comparator: "lte", Period: "2021-2027", Holders: []string{"EU"}}}},
		{"signed by both sides", "", "The EU and Viet Nam signed a €50 million financing agreement for the Clean Energy Programme.", nil,
			[]accord.Target{{Metric: "Clean Energy Programme", Value: 50e6, Unit: "EUR", Comparator: "eq", Holders: []string{"EU", "VN"}}}},
		{"subjects with articles", "", "At the forum, the EU and the Philippines signed a €20 million grant agreement for coastal resilience.", nil,
			[]accord.Target{{Metric: "grant", Value: 20e6, Unit: "EUR", Comparator: "eq", Holders: []string{"EU", "PH"}}}},
		{"government body", "", "In Sri Lanka, DFC committed a $500 million loan to support a container terminal in Colombo, Sri Lanka.", []string{"LK", "US"},
			[]accord.Target{{Metric: "loan", Value: 500e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"two subjects set a target", "", "India and Japan set an investment target of 5 trillion yen over the next five years.", []string{"IN", "JP"},
			[]accord.Target{{Metric: "investment", Value: 5e12, Unit: "JPY", Comparator: "eq", Period: "2024-2029", Holders: []string{"IN", "JP"}}}},
		{"the Commission acts as EU", "", "The Commission announced a €4 billion package for Latin America.", []string{"BR"},
			[]accord.Target{{Metric: "package", Value: 4e9, Unit: "EUR", Comparator: "eq", Holders: []string{"EU"}}}},
		{"already disbursed", "", "Of this amount, €2 billion has already been disbursed.", []string{"EU"}, nil},
		{"money from a country", "", "The ministers noted plans for $3 billion of investment from Japan to Viet Nam.", []string{"VN", "JP"},
			[]accord.Target{{Metric: "investment", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"bilateral target of two named subjects", "", "India and Indonesia have set a $50 billion target for bilateral trade by 2030.", []string{"IN", "US"},
			[]accord.Target{{Metric: "bilateral trade", Value: 50e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"ID", "IN"}}}},
		{"package of an amount in grants", "", "The European Union will offer an investment package of almost €30 billion in grants and loans.", nil,
			[]accord.Target{{Metric: "investment package", Value: 30e9, Unit: "EUR", Comparator: "approx", Holders: []string{"EU"}}}},
		{"a bloc's programme is its own", "", "The leaders launched the Team Europe Initiative on clean energy (€400 million) together with Kenya.", []string{"KE", "EU"},
			[]accord.Target{{Metric: "Team Europe Initiative", Value: 400e6, Unit: "EUR", Comparator: "eq", Holders: []string{"EU"}}}},
		{"a demonym in the metric", "", "The two leaders welcomed the signing of notes on a Japanese ODA loan of up to 120 billion yen.", []string{"AU", "JP"},
			[]accord.Target{{Metric: "Japanese ODA loan", Value: 120e9, Unit: "JPY", Comparator: "lte", Holders: []string{"JP"}}}},
		{"grown, then to reach", "", "Trade turnover had grown by 25 percent in 2023 to reach 4 billion dollars.", []string{"RU", "VN"}, nil},
		{"joint subject", "", "Both leaders aim to double bilateral trade within five years.", []string{"NZ", "IN"},
			[]accord.Target{{Metric: "bilateral trade", Value: 2, Unit: "times", Comparator: "eq", Holders: []string{"IN", "NZ"}}}},
		{"a factor of the value of a pair's trade", "", "The partnership sets the ambition to double the value of Chile-Peru trade by 2030.", []string{"CL", "PE"},
			[]accord.Target{{Metric: "Chile-Peru trade", Value: 2, Unit: "times", Comparator: "eq", Deadline: "2030", Holders: []string{"CL", "PE"}}}},
		{"a factor of the value of bilateral trade", "", "The two leaders agreed to double the value of bilateral trade by 2030.", []string{"CL", "PE"},
			[]accord.Target{{Metric: "bilateral trade", Value: 2, Unit: "times", Comparator: "eq", Deadline: "2030", Holders: []string{"CL", "PE"}}}},
		{"a firm's investment is its country's", "", "Samsung will invest US$3 billion to build a battery plant in Chile.", []string{"CL", "US"},
			[]accord.Target{{Metric: "battery plant", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
		{"a firm's name before a noun is its product, not the buyer", "", "Chilean carrier Andes Air will purchase 20 Boeing aircraft valued at US$5 billion.", []string{"CL", "US"},
			[]accord.Target{{Metric: "Boeing aircraft", Value: 20, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}, {Metric: "aircraft", Value: 5e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		{"a river basin is no firm", "", "Norway will contribute US$50 million to the Amazon Fund.", []string{"NO", "BR"},
			[]accord.Target{{Metric: "Amazon", Value: 50e6, Unit: "USD", Comparator: "eq", Holders: []string{"NO"}}}},
		{"what a deal includes is committed", "", "This deal includes US$40 billion of Chilean investment in the mining sector.", []string{"CL", "US"},
			[]accord.Target{{Metric: "investment", Value: 40e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		{"a group of countries commits as its members", "US", "Quad partners will provide US$40 million in humanitarian assistance to Chile.", []string{"US"},
			[]accord.Target{{Metric: "humanitarian assistance", Value: 40e6, Unit: "USD", Comparator: "eq", Holders: []string{"AU", "IN", "JP", "US"}}}},
		{"we as a group of countries", "US", "As Quad countries, we have pledged to donate 300 million vaccine doses by 2027.", []string{"US"},
			[]accord.Target{{Metric: "vaccine doses", Value: 300e6, Unit: "count", Comparator: "eq", Deadline: "2027", Holders: []string{"AU", "IN", "JP", "US"}}}},
		// What is a target.
		{"a count priced is a purchase of that many for that sum, and the jobs it supports are its effect", "", "Chile's Andes Air will purchase 40 new aircraft valued at US$9 billion, supporting up to 20,000 jobs.", nil,
			[]accord.Target{{Metric: "new aircraft", Value: 40, Unit: "count", Comparator: "eq", Holders: []string{"CL"}}, {Metric: "aircraft", Value: 9e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		{"multiplier gives way to its amount", "", "The leaders agreed to double two-way trade to $100 billion by 2030.", []string{"IN", "GB"},
			[]accord.Target{{Metric: "trade", Value: 100e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"GB", "IN"}}}},
		{"share of GDP", "", "The United Kingdom will raise defence spending to 2.5 percent of GDP by 2027.", nil,
			[]accord.Target{{Metric: "defence spending", Value: 2.5, Unit: "percent", Comparator: "eq", Deadline: "2027", Holders: []string{"GB"}}}},
		{"share of GNI", "", "Japan will keep its goal of providing official development assistance of 0.7% of its gross national income.", nil,
			[]accord.Target{{Metric: "development assistance", Value: 0.7, Unit: "percent", Comparator: "eq", Holders: []string{"JP"}}}},
		{"funding without a word of intent", "", "The EU supports the country through the Digital Skills Package (€15 million).", nil,
			[]accord.Target{{Metric: "Digital Skills Package", Value: 15e6, Unit: "EUR", Comparator: "eq", Holders: []string{"EU"}}}},
		{"pledge made last year", "", "The corridor, to which the EU pledged €8 billion in 2023, will be extended.", nil,
			[]accord.Target{{Metric: "corridor", Value: 8e9, Unit: "EUR", Comparator: "eq", Holders: []string{"EU"}}}},
		{"ongoing commitment", "CA", "Canada is providing $30 million over five years to support clean water in Haiti.", nil,
			[]accord.Target{{Metric: "support", Value: 30e6, Unit: "CAD", Comparator: "eq", Period: "2024-2029", Holders: []string{"CA"}}}},
		{"fronted worth", "GB", "Worth £2.5 billion, the package will support the production of drones.", []string{"GB"},
			[]accord.Target{{Metric: "package", Value: 2.5e9, Unit: "GBP", Comparator: "eq", Holders: []string{"GB"}}}},
		{"described, not committed", "", "The EU is the largest provider of development aid, with €50 billion a year.", nil, nil},
		{"provided last year", "", "Last year the EU provided a €500 million grant to the country.", nil, nil},
		{"in a month of a past year", "", "In July 2022, the city dedicated $8 million in housing funds to a pilot.", []string{"US"}, nil},
		{"having invested", "", "The programme builds on its record, having invested over $2.5 billion in private financing.", []string{"US"}, nil},
		{"received", "", "The commissions received over $1 billion in additional funding to help local economies.", []string{"US"}, nil},
		{"has grown to", "", "Two-way trade has grown to $30 billion.", []string{"VN", "KR"}, nil},
		{"reached last year", "", "Bilateral trade reached $20 billion last year.", []string{"VN", "KR"}, nil},
		{"already committed", "", "Through the programme, the EU has already committed €66 billion to projects.", nil, nil},
		{"soldiers", "", "Some 3,000 soldiers took part in the exercise.", []string{"PH", "US"}, nil},
		{"count of agreements", "", "The two countries have signed 30 agreements.", []string{"PH", "NZ"}, nil},
		{"trade share", "", "The United States accounts for 20 percent of Japan's exports.", []string{"US", "JP"}, nil},
		{"guests", "", "More than 140 guests attended the reception.", []string{"TW"}, nil},
		{"doubled in the past", "", "Trade between the two countries doubled over the past decade.", []string{"VN", "KR"}, nil},
		{"double as an adjective", "", "The agreement will end double taxation for investors.", []string{"VN", "KR"}, nil},
		// Currency: a sign is read in the outlet's country.
		{"$ in a Canadian release", "CA", "Canada will provide $45 million to support health projects in Ghana.", nil,
			[]accord.Target{{Metric: "support", Value: 45e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"$ in a US release", "US", "Canada will provide $45 million to support health projects in Ghana.", nil,
			[]accord.Target{{Metric: "support", Value: 45e6, Unit: "USD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"NZ$ with a glued scale", "", "New Zealand will contribute NZ$8.6m to the Pacific Resilience Facility.", nil,
			[]accord.Target{{Metric: "contribution", Value: 8.6e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"USD before", "NZ", "New Zealand will invest USD 2 billion in renewable energy.", nil,
			[]accord.Target{{Metric: "investment", Value: 2e9, Unit: "USD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"AUD$ and USD$", "AU", "Australia will invest AUD$175 million in a regional fund.", nil,
			[]accord.Target{{Metric: "investment", Value: 175e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"dollars in an Australian release", "AU", "Australia will provide 20 million dollars in grants to Fiji.", nil,
			[]accord.Target{{Metric: "grants", Value: 20e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractIn("a1", tt.text, []sentence.Span{{Start: 0, End: len(tt.text)}}, "2024-06-01", tt.countries, Context{Home: tt.home})
			checkTargets(t, got, tt.want)
		})
	}
}

// TestOtherGovernments checks rules read from leaders' offices other than
// the White House (sentences written for the rules): a sum names what it
// funds, a currency code may be glued to the amount, a period may follow
// "over", and a government's help to its own people is no target between
// countries.
func TestOtherGovernments(t *testing.T) {
	tests := []struct {
		name, home, text string
		countries        []string
		want             []accord.Target // Metric is a phrase the metric must hold
	}{
		{"commitment to support names the object", "AU", "President Tanaka welcomed Australia's $12.5 million commitment to support the 2027 Island Games.", []string{"AU", "KI"},
			[]accord.Target{{Metric: "support for 2027 Island Games", Value: 12.5e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"commitment for an object", "CA", "The Prime Minister thanked Canada for its $8 million commitment for the National Police Academy.", []string{"CA", "GH"},
			[]accord.Target{{Metric: "National Police Academy", Value: 8e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}}},
		{"loan to support keeps the loan", "", "Japan will extend a $90 million loan to support the rehabilitation of a river port.", []string{"JP", "BD"},
			[]accord.Target{{Metric: "loan for rehabilitation", Value: 90e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"code glued to the amount", "AU", "Prime Minister Kalo welcomed the scale-up of Australia's health support, the AUD75 million Australia-Vanuatu Health Partnership that covers the period 2025-2029.", []string{"AU", "VU"},
			[]accord.Target{{Metric: "Health Partnership", Value: 75e6, Unit: "AUD", Comparator: "eq", Period: "2025-2029", Holders: []string{"AU"}}}},
		{"code glued, count purchase", "", "Malaysia will purchase aircraft valued at USD12.5 billion.", nil,
			[]accord.Target{{Metric: "aircraft", Value: 12.5e9, Unit: "USD", Comparator: "eq", Holders: []string{"MY"}}}},
		{"period after over", "GB", "The United Kingdom will provide £40 million over 2025-28 to support clean energy in Kenya.", []string{"GB", "KE"},
			[]accord.Target{{Metric: "support for clean energy", Value: 40e6, Unit: "GBP", Comparator: "eq", Period: "2025-2028", Holders: []string{"GB"}}}},
		{"sized programme", "AU", "The Prime Minister said a $3 billion Regional Infrastructure Financing Facility would be established for the Pacific.", []string{"AU"},
			[]accord.Target{{Metric: "Infrastructure Financing Facility", Value: 3e9, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"doubling two-way trade", "CA", "The leaders agreed to double two-way trade over the next decade.", []string{"CA", "IN"},
			[]accord.Target{{Metric: "two-way trade", Value: 2, Unit: "times", Comparator: "eq", Period: "2025-2035", Holders: []string{"CA", "IN"}}}},
		{"doubling with a deadline", "AU", "Leaders committed to doubling bilateral trade by 2030.", []string{"AU", "ID"},
			[]accord.Target{{Metric: "bilateral trade", Value: 2, Unit: "times", Comparator: "eq", Deadline: "2030", Holders: []string{"AU", "ID"}}}},
		{"help abroad is not domestic", "AU", "The Government will provide $10 million to flood-affected communities in Fiji.", []string{"AU", "FJ"},
			[]accord.Target{{Metric: "provision", Value: 10e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"an exchange between peoples", "", "The United States will fund a $20 million exchange programme for 500 Koreans and 500 Americans.", []string{"US", "KR"},
			[]accord.Target{{Metric: "exchange programme", Value: 20e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"we are giving now", "AU", "We are increasing our contribution to regional security with $1.2 billion over four years to support the Pacific-led policing initiative.", []string{"AU", "FJ"},
			[]accord.Target{{Metric: "policing initiative", Value: 1.2e9, Unit: "AUD", Comparator: "eq", Period: "2025-2029", Holders: []string{"AU"}}}},
		{"brought up to a level", "", "Two-way trade reached $20 billion last year. The two sides are working to bring the volume up to 30 billion New Zealand dollars by 2030.", []string{"NZ", "CN"},
			[]accord.Target{{Metric: "trade volume", Value: 30e9, Unit: "NZD", Comparator: "eq", Deadline: "2030", Holders: []string{"CN", "NZ"}}}},
		{"a company that invests is not what is measured", "", "India's Sunrise Energy LLC will invest up to $1.5 billion to develop a solar panel factory.", []string{"IN"},
			[]accord.Target{{Metric: "investment", Value: 1.5e9, Unit: "USD", Comparator: "lte", Holders: []string{"IN"}}}},
		// Not targets.
		{"a hundred percent as a manner of speaking", "", "The President said the United States stands with Japan 100 percent and is committed to its defence.", []string{"US", "JP"}, nil},
		{"grants to local areas", "AU", "Grants of up to $40,000 will be available to producers in 12 local government areas.", []string{"AU", "JP"}, nil},
		{"help for own people", "CA", "The Government will provide $500 million to support Canadians affected by wildfires.", []string{"CA", "US"}, nil},
		{"grants to local authorities", "GB", "The Government will give local authorities £150 million to help families this winter.", []string{"GB", "FR"}, nil},
		{"aircraft on standby", "AU", "Tonight, four aircraft are on standby for search and rescue, and more crews will arrive.", []string{"AU", "NZ"}, nil},
		{"committed to date", "CA", "With this announcement, Canada has committed $150 million for humanitarian assistance in Sudan since January 2023.", []string{"CA", "SD"}, nil},
		{"delivered last year", "GB", "Last year the UK delivered 500 armoured vehicles to Ukraine.", []string{"GB", "UA"}, nil},
		{"aid denied and delayed", "", "The government decided to deny Ruritania US$95 million in aid and to delay another US$195 million.", []string{"US", "RR"}, nil},
		{"aid withheld", "", "Norway will withhold NOK 300 million in budget support from the government.", []string{"NO"}, nil},
		{"a question", "", "Will Canada invest $10 billion in Ruritania by 2030?", []string{"CA"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractIn("a1", tt.text, sentence.Split(tt.text), "2025-06-01", tt.countries, Context{Home: tt.home, Government: tt.home != ""})
			checkTargets(t, got, tt.want)
		})
	}
}

// TestSelf checks that "we" in a government's own release commits its
// country, but not in a joint statement, where "we" is every signatory.
func TestSelf(t *testing.T) {
	tests := []struct {
		text string
		gov  bool
		want []string
	}{
		{"We will provide $50 million to support recovery in Vanuatu.", true, []string{"AU"}},
		{"The Government is investing $20 million in regional maritime security.", true, []string{"AU"}},
		{"We will provide $50 million to support recovery in Vanuatu.", false, []string{"FJ"}},
		{"Joint Statement. We will provide $50 million to support recovery in Vanuatu.", true, []string{"FJ"}},
	}
	for _, tt := range tests {
		got := ExtractIn("a", tt.text, sentence.Split(tt.text), "2024-06-01", []string{"FJ", "NZ"}, Context{Home: "AU", Government: tt.gov})
		if len(got) != 1 || !slices.Equal(got[0].Holders, tt.want) || got[0].Unit != "AUD" {
			t.Errorf("%q (government %v): got %+v, want holders %v in AUD", tt.text, tt.gov, got, tt.want)
		}
	}
}

// TestContextPersons checks that a person of a known country committing in
// a list's lead holds its items: "Mr Peters announced:".
func TestContextPersons(t *testing.T) {
	text := "While in Manila, Mr Brown announced:\n\n- A new health initiative (worth $4.5 million over five years) for rural clinics;\n- Support for regional fisheries."
	lead := "While in Manila, Mr Brown announced:"
	item := "- A new health initiative (worth $4.5 million over five years) for rural clinics;"
	i := strings.Index(text, item)
	sents := []sentence.Span{{Start: 0, End: len(lead)}, {Start: i, End: i + len(item)}}
	p := strings.Index(text, "Mr Brown")
	got := ExtractIn("a", text, sents, "2024-06-11", []string{"PH", "NZ"}, Context{Home: "NZ", Persons: []Person{{Start: p, End: p + len("Mr Brown"), Country: "NZ"}}})
	if len(got) != 1 || got[0].Unit != "NZD" || got[0].Value != 4.5e6 || !slices.Equal(got[0].Holders, []string{"NZ"}) || !strings.Contains(got[0].Metric, "initiative") {
		t.Fatalf("got %+v", got)
	}
}

// TestRestatement checks that a target stated twice in an article is one
// target with the first sentence, and that ids are stable.
func TestRestatement(t *testing.T) {
	text := "They aim to raise bilateral trade to $150 billion by 2030. Both sides reaffirmed the trade target of US$150 billion by 2030."
	sents := []sentence.Span{{Start: 0, End: 58}, {Start: 59, End: len(text)}}
	got := Extract("a", text, sents, "2025-08-11", []string{"VN", "KR"})
	if len(got) != 1 {
		t.Fatalf("got %d targets, want 1: %+v", len(got), got)
	}
	if got[0].Mentions[0].Start != 0 {
		t.Errorf("mention %+v, want the first sentence", got[0].Mentions[0])
	}
	again := Extract("a", text, sents, "2025-08-11", []string{"KR", "VN"})
	if again[0].ID != got[0].ID {
		t.Errorf("id %s then %s", got[0].ID, again[0].ID)
	}
}

// TestListLead checks that the items of a list take the cue and deadline of
// the sentence that opens it, and the holder the article shows committing.
func TestListLead(t *testing.T) {
	text := "Indonesia will remove barriers. Indonesia commits to reforms.\n\nThe Parties agree to take the following actions by August 12, 2025:\n\n-   Procurement of aircraft valued at 3.2 billion USD.\n\nThe end."
	var sents []sentence.Span
	for _, s := range []string{"Indonesia will remove barriers.", "Indonesia commits to reforms.", "The Parties agree to take the following actions by August 12, 2025:", "-   Procurement of aircraft valued at 3.2 billion USD.", "The end."} {
		i := strings.Index(text, s)
		sents = append(sents, sentence.Span{Start: i, End: i + len(s)})
	}
	got := Extract("a", text, sents, "2025-07-22", []string{"US", "ID"})
	if len(got) != 1 || got[0].Deadline != "2025" || !slices.Equal(got[0].Holders, []string{"ID"}) || got[0].Metric != "procurement of aircraft" {
		t.Fatalf("got %+v", got)
	}
}

func TestTokenize(t *testing.T) {
	text := "US$8,500 by 2026-30, AH-64 U.S.-China Việt Nam’s 14th 5bn AUD100 million abc100"
	var got []string
	for _, tk := range tokenize(text, 0, len(text), nil) {
		got = append(got, tk.f)
	}
	want := []string{"us", "$", "8,500", "by", "2026-30", ",", "ah-64", "u.s.", "-", "china", "viet", "nam", "'", "s", "14th", "5", "bn", "aud", "100", "million", "abc100"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func FuzzTargets(f *testing.F) {
	f.Add("Both sides agreed to achieve the target of US$150 billion in bilateral trade by 2030.", "2025-08-11")
	f.Add("- Procurement of aircraft valued at 3.2 billion USD.\n\n2.  China will suspend 24 percentage points of that rate:", "2025-01-01")
	f.Add("Việt Nam’s GDP growth of 10 per cent or higher for the 2026–30 period (C$5.7 billion) 96 AH-64 ~ $", "")
	f.Add("It aims to double trade. Global Gateway will mobilise NZ$8.6m (worth $5k, over five years) for the EU's Team Europe package", "2024-01-01")
	f.Add("The United States will provide an additional $200 million, for a total of $450 million; $90+ million, 1.2 billon doses. Combined with funding from other donors, a total of $960 million. Chile's announcement to allocate US$2 million, for a total of up to $5 million. Up to 280 Tuvaluan citizens per year in Australia, over the course of the year.", "2024-01-01")
	f.Fuzz(func(t *testing.T, text, published string) {
		got := Extract("a", text, sentence.Split(text), published, []string{"VN", "KR"})
		for _, tg := range got {
			if len(tg.Mentions) != 1 {
				t.Fatalf("%d mentions", len(tg.Mentions))
			}
			m := tg.Mentions[0]
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Quote {
				t.Fatalf("mention %d:%d %q outside or unlike the text", m.Start, m.End, m.Quote)
			}
			if tg.Unit == "" || len(tg.Holders) == 0 || tg.Metric == "" {
				t.Fatalf("incomplete target %+v", tg)
			}
		}
	})
}

// checkTargets compares extracted targets with the wanted ones, in order: a
// metric holding the wanted words, the same value, unit, comparator,
// deadline, period and holders.
func checkTargets(t *testing.T, got, want []accord.Target) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d targets, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if !strings.Contains(strings.ToLower(g.Metric), strings.ToLower(w.Metric)) {
			t.Errorf("metric %q, want it to hold %q", g.Metric, w.Metric)
		}
		if g.Value != w.Value || g.Unit != w.Unit || g.Comparator != w.Comparator || g.Deadline != w.Deadline || g.Period != w.Period {
			t.Errorf("got %v %s %s deadline %q period %q, want %v %s %s %q %q", g.Value, g.Unit, g.Comparator, g.Deadline, g.Period, w.Value, w.Unit, w.Comparator, w.Deadline, w.Period)
		}
		if !slices.Equal(g.Holders, w.Holders) {
			t.Errorf("holders %v, want %v", g.Holders, w.Holders)
		}
	}
}
