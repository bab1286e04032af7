package target

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// TestWhoLevies checks that a tariff, a duty or a quota is held by the
// country that levies it, not by the one whose goods it falls on, whoever
// publishes the text.
func TestWhoLevies(t *testing.T) {
	tests := []struct {
		name, home, text string
		countries        []string
		want             []accord.Target // Metric is a phrase the metric must hold
	}{
		{"export tariffs in the exporter's release", "GB", "Car export tariffs will reduce from 27.5% to 10%.", []string{"GB", "US"},
			[]accord.Target{{Metric: "tariffs", Value: 10, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
		{"imposed on the publisher's country", "JP", "We succeeded in limiting the tariff rate imposed on Japan to 15 percent, down from the 25 percent originally planned.", []string{"JP", "US"},
			[]accord.Target{{Metric: "tariff rate", Value: 15, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
		{"imported into the levier", "US", "The first 100,000 vehicles imported into the U.S. by British car makers each year will be subject to a total tariff rate of 10%.", []string{"US", "GB"},
			[]accord.Target{
				{Metric: "vehicles", Value: 100000, Unit: "count", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "tariff rate", Value: 10, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
		{"a quota of the goods' country", "GB", "The lower tariff will apply to a quota of 100,000 British cars.", []string{"GB", "US"},
			[]accord.Target{{Metric: "cars", Value: 100000, Unit: "count", Comparator: "eq", Holders: []string{"US"}}}},
		{"the levier named before the tariff", "GB", "Ruritanian tariffs on our steel will fall to zero percent by 2026.", []string{"GB", "RR"},
			[]accord.Target{{Metric: "tariffs", Value: 0, Unit: "percent", Comparator: "eq", Deadline: "2026", Holders: []string{"RR"}}}},
		{"the subject levies on another's goods", "", "Chile will eliminate its 6 percent tariff on Peruvian fruit by 2027.", []string{"CL", "PE"},
			[]accord.Target{{Metric: "tariff", Value: 6, Unit: "percent", Comparator: "eq", Deadline: "2027", Holders: []string{"CL"}}}},
		{"applied to goods of a country", "US", "The United States will apply a 15 percent tariff on goods of Kenya from August.", []string{"US", "KE"},
			[]accord.Target{{Metric: "tariff on Kenya", Value: 15, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
		{"the breakdown of a rate is not a rate", "US", "Cars will be subject to a total tariff rate of 10% (7.5% plus 2.5% most-favored-nation rate).", []string{"US", "GB"},
			[]accord.Target{{Metric: "tariff rate", Value: 10, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractIn("a1", tt.text, sentence.Split(tt.text), "2025-06-01", tt.countries, Context{Home: tt.home, Government: tt.home != ""})
			checkTargets(t, got, tt.want)
		})
	}
}

// TestHowAndWhat checks the metric of a goal reached "in a balanced
// manner", goals coordinated in one clause, fiscal-year deadlines and
// lists opened by "the following".
func TestHowAndWhat(t *testing.T) {
	tests := []struct {
		name, home, text string
		countries        []string
		want             []accord.Target
	}{
		{"manner is not the metric", "", "The Prime Minister suggested fulfilling the goal of lifting two-way trade to 10 billion USD in a balanced, sustainable and effective manner.", []string{"CL", "PE"},
			[]accord.Target{{Metric: "two-way trade", Value: 10e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
		{"second goal of a coordination", "", "The ministers pledged to raise bilateral trade to US$10 billion by 2026 and US$15 billion by 2030 in a more balancing and sustainable manner.", []string{"CL", "PE"},
			[]accord.Target{
				{Metric: "bilateral trade", Value: 10e9, Unit: "USD", Comparator: "eq", Deadline: "2026", Holders: []string{"CL", "PE"}},
				{Metric: "bilateral trade", Value: 15e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"CL", "PE"}}}},
		{"fiscal year deadline", "AU", "3. Defence spending to rise, reaching 2.4% of GDP by 2033-34, enhancing strategic capabilities.", []string{"AU"},
			[]accord.Target{{Metric: "Defence spending", Value: 2.4, Unit: "percent", Comparator: "eq", Deadline: "2034", Holders: []string{"AU"}}}},
		{"by the year", "", "Peru will reduce methane emissions from the oil and gas sector by 40 percent by the year 2030.", []string{"PE", "CL"},
			[]accord.Target{{Metric: "methane emissions", Value: 40, Unit: "percent", Comparator: "eq", Deadline: "2030", Holders: []string{"PE"}}}},
		{"spaced range", "", "Peru will cut methane emissions by 40 – 45 percent by 2030.", []string{"PE", "CL"},
			[]accord.Target{{Metric: "methane emissions", Value: 40, Unit: "percent", Comparator: "gte", Deadline: "2030", Holders: []string{"PE"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractIn("a1", tt.text, sentence.Split(tt.text), "2025-06-01", tt.countries, Context{Home: tt.home, Government: tt.home != ""})
			checkTargets(t, got, tt.want)
		})
	}
}

// TestLevierSubject checks that the subject of a levying verb holds the
// tariff whatever other countries the sentence names in titles.
func TestLevierSubject(t *testing.T) {
	text := "The United States will apply a reciprocal tariff rate of 18 percent under Executive Order 1 (Regulating Imports to Rectify Persistent Annual United States Goods Trade Deficits) on originating goods of Ruritania."
	got := ExtractIn("a1", text, sentence.Split(text), "2025-06-01", []string{"US", "RR"}, Context{Home: "US", Government: true})
	checkTargets(t, got, []accord.Target{{Metric: "tariff rate", Value: 18, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}})
	text = "NPower will increase the number of students in its training by 50% within three years."
	got = ExtractIn("a1", text, sentence.Split(text), "2025-06-01", []string{"US"}, Context{Home: "US", Government: true})
	checkTargets(t, got, []accord.Target{{Metric: "number of students", Value: 50, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}})
}

// TestListsAndRecipients checks lists announced by "the following",
// sub-headings under them, money given to a recipient for a purpose, an
// opening clause's country, a restated commitment and two items of one
// value.
func TestListsAndRecipients(t *testing.T) {
	tests := []struct {
		name, home, text string
		countries        []string
		want             []accord.Target
	}{
		{"the following, a sub-heading, items", "US", "Norway has outlined its commitments to pursuing the following investments.\n- Energy Investments:\n- Up to $30 billion to supply large-scale power equipment for grids.\n- Up to $30 billion to supply electrical substations for ports.", []string{"US", "NO"},
			[]accord.Target{
				{Metric: "power equipment", Value: 30e9, Unit: "USD", Comparator: "lte", Holders: []string{"NO"}},
				{Metric: "electrical substations", Value: 30e9, Unit: "USD", Comparator: "lte", Holders: []string{"NO"}}}},
		{"a restated commitment with its possessor", "US", "Today the President announced projects advancing Norway's previous $50 billion investment commitment to the United States.", []string{"US", "NO"},
			[]accord.Target{{Metric: "investment commitment", Value: 50e9, Unit: "USD", Comparator: "eq", Holders: []string{"NO"}}}},
		{"given to a recipient", "AU", "Australia will provide $1 million to the Global Partnership on Disability Rights.", []string{"AU", "UA"},
			[]accord.Target{{Metric: "Global Partnership", Value: 1e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"a purpose after the recipient", "GB", "The UK is providing £500,000 (more than 60 million in local currency) to the Resident Coordinator's Office to support disaster preparedness in Bangladesh.", []string{"GB", "BD"},
			[]accord.Target{{Metric: "disaster preparedness", Value: 500000, Unit: "GBP", Comparator: "eq", Holders: []string{"GB"}}}},
		{"an opening clause commits no one", "AU", "As Russia intensifies its attacks, the Government will provide a further $31 million of assistance to help meet Ukraine's energy needs.", []string{"AU", "UA"},
			[]accord.Target{{Metric: "assistance", Value: 31e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
		{"for the expansion of a named facility", "AU", "I'm pleased to announce a doubling of our investment to $4 billion for the expansion of the Government's Critical Minerals Facility.", []string{"AU", "US"},
			[]accord.Target{{Metric: "Critical Minerals Facility", Value: 4e9, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractIn("a1", tt.text, sentence.Split(tt.text), "2025-06-01", tt.countries, Context{Home: tt.home, Government: tt.home != ""})
			checkTargets(t, got, tt.want)
		})
	}
}

// TestJointAndCarried checks a currency carried to a coordinated sum, a
// goal adopted from another party, a list of countries that joined to set
// a goal, and a target restated as joint.
func TestJointAndCarried(t *testing.T) {
	tests := []struct {
		name, home, text string
		countries        []string
		want             []accord.Target
	}{
		{"currency carried to the second sum", "", "They will fulfil the goal of raising bilateral trade to US$10 billion by 2026, and 15 billion by 2030.", []string{"CL", "PE"},
			[]accord.Target{
				{Metric: "bilateral trade", Value: 10e9, Unit: "USD", Comparator: "eq", Deadline: "2026", Holders: []string{"CL", "PE"}},
				{Metric: "bilateral trade", Value: 15e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"CL", "PE"}}}},
		{"an adopted goal is the adopter's", "", "Peru will adopt the U.S. and Chile's ambitious goal to reduce methane emissions by 40 percent by 2030.", []string{"US", "PE"},
			[]accord.Target{{Metric: "methane emissions", Value: 40, Unit: "percent", Comparator: "eq", Deadline: "2030", Holders: []string{"PE"}}}},
		{"three that joined together", "", "Today, the United States, Canada, and Mexico joined together to set a goal to achieve 50 percent clean power by 2030.", []string{"US", "CA"},
			[]accord.Target{{Metric: "clean power", Value: 50, Unit: "percent", Comparator: "eq", Deadline: "2030", Holders: []string{"CA", "MX", "US"}}}},
		{"restated as joint", "GB", "The Minister is in Qatar to launch a $50 million co-funding initiative.\n\nThe UK and Qatar have announced a joint $50 million co-funding initiative today.", []string{"GB", "QA"},
			[]accord.Target{{Metric: "co-funding initiative", Value: 50e6, Unit: "USD", Comparator: "eq", Holders: []string{"GB", "QA"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExtractIn("a1", tt.text, sentence.Split(tt.text), "2025-06-01", tt.countries, Context{Home: tt.home, Government: tt.home != ""})
			checkTargets(t, got, tt.want)
		})
	}
}

// TestRunningTotal checks that a running total and its parts are reports,
// while a total still to be given is a commitment.
func TestRunningTotal(t *testing.T) {
	text := "Australia is providing more than $1 billion in total assistance, including $880 million in military support."
	got := ExtractIn("a1", text, sentence.Split(text), "2025-06-01", []string{"AU", "UA"}, Context{Home: "AU", Government: true})
	checkTargets(t, got, nil)
	text = "Australia will provide $50 million in total to support recovery in Ukraine."
	got = ExtractIn("a1", text, sentence.Split(text), "2025-06-01", []string{"AU", "UA"}, Context{Home: "AU", Government: true})
	checkTargets(t, got, []accord.Target{{Metric: "recovery", Value: 50e6, Unit: "AUD", Comparator: "eq", Holders: []string{"AU"}}})
}

// TestYearTargetAndSupport checks a goal dated by the year before it ("our
// 2030 target") measured against a base year, and a possessor who gives
// support holding the contribution the sentence announces.
func TestYearTargetAndSupport(t *testing.T) {
	text := "Our 2030 target – 40 per cent below 2005 levels – will require ambitious action."
	got := ExtractIn("a1", text, sentence.Split(text), "2023-04-20", []string{"AU"}, Context{Home: "AU", Government: true})
	checkTargets(t, got, []accord.Target{{Metric: "below 2005 levels", Value: 40, Unit: "percent", Comparator: "eq", Deadline: "2030", Holders: []string{"AU"}}})
	text = "He reaffirmed Canada's support for the UN, announcing a $70 million contribution to support programs such as UNICEF."
	got = ExtractIn("a1", text, sentence.Split(text), "2023-09-21", []string{"RU"}, Context{Home: "CA", Government: true})
	checkTargets(t, got, []accord.Target{{Metric: "contribution", Value: 70e6, Unit: "CAD", Comparator: "eq", Holders: []string{"CA"}}})
}

// TestHeadlineGivesWay checks that a headline's goal, dated by "2030
// Target", gives way to the body's full statement of it.
func TestHeadlineGivesWay(t *testing.T) {
	text := "Leader Announces Ambitious 2030 Target to Cut Pollution by 30 Percent\n\nToday Sweden announced a new target to cut net greenhouse gas emissions 30 percent below 2010 levels by 2030."
	got := ExtractIn("a1", text, sentence.Split(text), "2024-06-01", []string{"SE"}, Context{})
	checkTargets(t, got, []accord.Target{{Metric: "emissions", Value: 30, Unit: "percent", Comparator: "eq", Deadline: "2030", Holders: []string{"SE"}}})
}
