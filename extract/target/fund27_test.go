package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestConvertedInBrackets27 checks that a sum followed by its conversion
// in brackets, with or without a hedge ("(almost $565m)", "(about Rs 1,400
// crore)", "(Rs.1165 crore approx.)"), is read with what the sentence says
// after the bracket: the verb of a sum as subject, the purpose, a
// participle. A bracket that tells more than the conversion is left as it
// was. Names and figures invented.
func TestConvertedInBrackets27(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a subject sum in a currency with a hedged conversion", "", false, []string{"NZ"},
			"Some 70 million New Zealand dollars (almost $42m) will go to the Pacific region, Foreign Minister Tane Rewiti said.",
			[]accord.Target{{Metric: "Pacific region", Value: 70e6, Unit: "NZD", Comparator: "approx", Holders: []string{"NZ"}}}},
		{"a contribution told with a conversion and a participle after", "", false, []string{"NZ"},
			"New Zealand just announced a contribution of NZD 40 million ($24.5 million) to the fund.",
			[]accord.Target{{Metric: "contribution", Value: 40e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
	})
}

// TestUpToTotal27 checks that "up to" caps a sum when a total or a hedge
// stands between it and the sum ("loans of up to a total of 45.6 billion
// yen", "a drawdown of up to approximately $2.15 billion"). Names and
// figures invented.
func TestUpToTotal27(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"up to a total of", "JP", true, []string{"JP", "PE"},
			"The Ambassador of Japan and the Vice-Minister of Peru exchanged notes concerning the provision of yen loans of up to a total of 45.678 billion yen for the Lima Metro Project.",
			[]accord.Target{{Metric: "loans for Lima Metro Project", Value: 45.678e9, Unit: "JPY", Comparator: "lte", Holders: []string{"JP"}}}},
		{"up to approximately", "US", true, []string{"US", "PE"},
			"The Department will direct a drawdown of up to approximately $2.15 billion in defense articles for Peru.",
			[]accord.Target{{Metric: "drawdown", Value: 2.15e9, Unit: "USD", Comparator: "lte", Holders: []string{"US"}}}},
	})
}

// TestCurrencyNamedBefore27 checks a sum headed by its currency's name
// with a capital, as finance ministries write loans ("Yen 21.787 billion",
// "Japanese Yen (JPY) 232 billion"); a scale word is required, so "Euro 6"
// stays an emission standard. Names and figures invented.
func TestCurrencyNamedBefore27(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"Yen before a scaled sum", "", false, []string{"JP", "PE"},
			"Through this Exchange of Notes, Japan has committed an ODA loan of Yen 12.345 billion for the Arequipa Water Project.",
			[]accord.Target{{Metric: "loan for Arequipa Water Project", Value: 12.345e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"name and code in brackets before the sum", "", false, []string{"JP", "PE"},
			"The agency signed loan agreements with the Government of Peru to provide ODA loans of up to Japanese Yen (JPY) 123.45 billion.",
			[]accord.Target{{Metric: "ODA loans", Value: 123.45e9, Unit: "JPY", Comparator: "lte", Holders: []string{"JP"}}}},
		{"a standard, no sum", "", false, []string{"PE"},
			"Peru will require all new buses to meet the Euro 6 standard by 2030.",
			nil},
	})
}

// TestHundredsInWords27 checks a sum written in words with a count of
// hundreds ("two hundred million Japanese yen" is 200 million, not "a
// hundred million" after a stray "two"), and a currency named with its
// country's adjective after the sum. Names and figures invented.
func TestHundredsInWords27(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"two hundred million", "JP", true, []string{"JP", "PE"},
			"Japan will provide three hundred million Japanese yen in grant aid to Peru for school construction.",
			[]accord.Target{{Metric: "grant aid", Value: 300e6, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
	})
}

// TestDollarCountryAfterSign27 checks the dollar named after its sign, as
// Australian and New Zealand outlets write it ("$US1.3 million", "$A7
// million", "$NZ40 million"): the amount is read in that dollar. Names and
// figures invented.
func TestDollarCountryAfterSign27(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"$US after the sign", "", false, []string{"PG", "FJ"},
			"Papua New Guinea will donate $US1.3 million to Fiji for flood relief.",
			[]accord.Target{{Metric: "donation", Value: 1.3e6, Unit: "USD", Comparator: "eq", Holders: []string{"PG"}}}},
		{"$A after the sign", "", false, []string{"FJ", "PE"},
			"Fiji will provide $A7 million to Peru.",
			[]accord.Target{{Metric: "provision", Value: 7e6, Unit: "AUD", Comparator: "eq", Holders: []string{"FJ"}}}},
	})
}

// TestOrConversion27 checks a sum restated in another currency after a
// bare "or" ("¥40 billion or US$400 million"): one sum, as after ", or";
// "or more" stays a floor. Names and figures invented.
func TestOrConversion27(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"or and another currency", "JP", true, []string{"JP", "PE"},
			"Japan will provide a stand-by loan of ¥40 billion or US$400 million to Peru.",
			[]accord.Target{{Metric: "stand-by loan", Value: 40e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"or more", "JP", true, []string{"JP", "PE"},
			"Japan will provide ¥40 billion or more to Peru.",
			[]accord.Target{{Metric: "provision", Value: 40e9, Unit: "JPY", Comparator: "gte", Holders: []string{"JP"}}}},
	})
}
