package target

import "testing"

// TestRegionNotUS35b checks that "America" inside a region's name ("Latin
// America", "Central America", "South America", "Latin American") names
// no holder: the sum is not the United States' (session 35, EU, Spanish
// and Dutch releases on Latin American funds). Names and figures invented.
func TestRegionNotUS35b(t *testing.T) {
	runMetricCases35(t, []metricCase35{
		{name: "agency's demonym holds, not the region",
			text:  "Portugal will provide €2.5 million in grants to peacebuilding projects in Latin America and the Caribbean.",
			value: 2.5e6, unit: "EUR", holders: []string{"PT"}, want: "peacebuilding"},
		{name: "a Latin American bank's loan",
			text:  "Portugal will lend €8 million to Latin American farmers for irrigation.",
			value: 8e6, unit: "EUR", holders: []string{"PT"}, want: "irrigation"},
		{name: "a facility named after the region, no giver",
			text:  "A grant of €12 million for the Solar Access Facility Latin America will support rural electrification.",
			value: 12e6, unit: "EUR"},
		{name: "Central America after a verb, no giver",
			text:  "A further €30 million will go to food security programmes in Central America and the Caribbean.",
			value: 30e6, unit: "EUR"},
		{name: "South America, no giver",
			text:  "An envelope of €45 million for river transport in South America was approved.",
			value: 45e6, unit: "EUR"},
		{name: "guard: America alone is the United States",
			text:  "America will provide $40 million to Lesotho for clean water.",
			value: 40e6, unit: "USD", holders: []string{"US"}, want: "clean water"},
		{name: "guard: South Sudan is a country",
			text:  "Austria will provide €4 million to South Sudan for food aid.",
			value: 4e6, unit: "EUR", holders: []string{"AT"}, want: "South Sudan"},
	})
}

// TestPartOfWhole35b checks that "A of the pledged B" gives the part, not
// the whole, to what the sentence says the money goes to (session 35,
// UK, Danish and Canadian aid releases). Names and figures invented.
func TestPartOfWhole35b(t *testing.T) {
	text := "Norway's Minister for Development Clara Voss announced 120 million euros in humanitarian support to West Africa. " +
		"Norway said 70 million euros of the pledged 120 million euros would go to the flood-hit countries of the Sahel."
	runMetricCases35(t, []metricCase35{
		{name: "the part goes to the Sahel", text: text, value: 70e6, unit: "EUR", holders: []string{"NO"}, want: "Sahel"},
		{name: "the whole stays the first sentence's", text: text, value: 120e6, unit: "EUR", holders: []string{"NO"}, want: "West Africa"},
	})
	// guards: the part has its own verb; the whole is read once.
	runMetricCases35(t, []metricCase35{
		{name: "guard: the part after its own verb",
			text:  "Japan will provide $20 million of the $90 million total to schools in Laos.",
			value: 20e6, unit: "USD", holders: []string{"JP"}, want: "provision"},
		{name: "guard: the whole of a part read at its verb is no target",
			text:  "Japan will provide $20 million of the $90 million total to schools in Laos.",
			value: 90e6, unit: "USD"},
	})
}

// TestCollaborationHead35b checks that "collaboration" ends a sum's
// metric as "partnership" does: "a $200 million climate and
// infrastructure collaboration with X" (session 35, an Australian
// release). Names and figures invented.
func TestCollaborationHead35b(t *testing.T) {
	runMetricCases35(t, []metricCase35{
		{name: "coordinated nouns before collaboration",
			text:  "Norway announced a NOK 300 million climate and forestry collaboration with Peru.",
			value: 300e6, unit: "NOK", holders: []string{"NO"}, want: "forestry collaboration with Peru"},
	})
}

// TestMadeAvailable35b checks that "make $X available to/for …" is read
// as a provision whose object follows "available" (session 35, a State
// Department release on Foreign Military Financing; Australian and
// Caribbean releases "making $X available"). Names and figures invented.
func TestMadeAvailable35b(t *testing.T) {
	runMetricCases35(t, []metricCase35{
		{name: "make X available to a country for a purpose",
			text:  "Austria will make €50 million available to Lesotho for clean water.",
			value: 50e6, unit: "EUR", holders: []string{"AT"}, want: "provision to Lesotho for clean water"},
		{name: "a further sum, over years",
			text:  "Austria will make a further €12 million available over three years for teacher training in Lesotho.",
			value: 12e6, unit: "EUR", holders: []string{"AT"}, want: "teacher training in Lesotho"},
		{name: "guard: funds available, no verb of making",
			text:  "The facility has €50 million available for clean water.",
			value: 50e6, unit: "EUR"},
	})
}

// TestPronounIncludes35b checks that "It includes A for X, B to Y, and C
// to Z" after a sentence stating a sum reads each part, as a part of that
// sum and held by its giver (session 35, Australian, EU and Xinhua
// releases; the references annotate such parts). Names and figures
// invented.
func TestPronounIncludes35b(t *testing.T) {
	text := "Austria on Saturday announced 23 million euros in funding to help deliver healthcare in the Sahel. " +
		"It includes 13 million euros for vulnerable people in Mali, 6 million euros to Niger, and 4 million euros to Senegal in response to flooding."
	this := "The Commission has announced new humanitarian funding of €18.5 million for the region. " +
		"This includes €15 million to support preparedness for natural disasters, €2.5 million for projects addressing violence, and €1 million for food assistance in Central America."
	runMetricCases35(t, []metricCase35{
		{name: "first part", text: text, countries: []string{"AT"}, value: 13e6, unit: "EUR", holders: []string{"AT"}, want: "funding for vulnerable people in Mali"},
		{name: "second part", text: text, countries: []string{"AT"}, value: 6e6, unit: "EUR", holders: []string{"AT"}, want: "funding to Niger"},
		{name: "this includes, the whole's giver", text: this, value: 15e6, unit: "EUR", holders: []string{"EU"}, want: "preparedness"},
		{name: "this includes, a region named", text: this, value: 1e6, unit: "EUR", holders: []string{"EU"}, want: "food assistance"},
		{name: "guard: it includes a larger sum is no part",
			text:      "Austria announced 5 million euros in funding for Mali. It includes 13 million euros in loans from the bank.",
			countries: []string{"AT"}, value: 13e6, unit: "EUR", holders: []string{"AT"}, want: "loans"},
	})
}
