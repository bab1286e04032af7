package target

import (
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

// TestSumInWords28 checks sums written out in words as exchanges of notes
// write them: hundreds joined to tens by "and" ("two hundred and forty
// million yen" is 240 million, not 40 million), tens joined to units by a
// hyphen or a space ("seventy-three million"). Names and figures invented.
func TestSumInWords28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"hundreds and tens", "", false, []string{"JP", "MV"},
			"The Government of Japan shall extend to the Government of Maldives a grant of three hundred and forty million Japanese Yen for coastal radars.",
			[]accord.Target{{Metric: "grant", Value: 340e6, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"tens and units hyphenated", "", false, []string{"JP", "MV"},
			"The Government of Japan will extend to the Government of Maldives a grant up to seventy-three million yen (Y 73,000,000) for coastal radars.",
			[]accord.Target{{Metric: "grant", Value: 73e6, Unit: "JPY", Comparator: "lte", Holders: []string{"JP"}}}},
		{"hundreds, tens and units", "", false, []string{"JP", "MV"},
			"The Government of Japan will extend to the Government of Maldives a grant of one hundred twenty-four million yen for coastal radars.",
			[]accord.Target{{Metric: "grant", Value: 124e6, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
	})
}

// TestDrawdownValued28 checks a defence department's drawdown told with its
// count and value: "This authorization is the Nth drawdown … since August
// 2021 and is valued at up to $X" commits the outlet's government to $X
// (the "since" counts drawdowns; it reports no sum), and a drawdown or
// package "is valued at" its sum. A measure valued ("trade is valued at")
// and a past package stay reports. Names and figures invented.
func TestDrawdownValued28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"the Nth drawdown since and valued at up to", "US", true, []string{"US", "MD"},
			"This authorization is the Administration's twenty-second drawdown of equipment from DoD inventories for Moldova since August 2021 and is valued at up to $215 million.",
			[]accord.Target{{Metric: "drawdown", Value: 215e6, Unit: "USD", Comparator: "lte", Holders: []string{"US"}}}},
		{"a drawdown valued at", "US", true, []string{"US", "MD"},
			"This drawdown of equipment for Moldova is valued at up to $215 million.",
			[]accord.Target{{Metric: "drawdown", Value: 215e6, Unit: "USD", Comparator: "lte", Holders: []string{"US"}}}},
		{"trade valued at: a report", "US", true, []string{"US", "MD"},
			"Bilateral trade is valued at $215 million.",
			nil},
		{"a past package: a report", "US", true, []string{"US", "MD"},
			"The package provided last year was valued at $215 million.",
			nil},
		{"support worth: a description", "US", true, []string{"US", "MD"},
			"Our support to Moldova is worth more than $2 billion.",
			nil},
	})
}

// TestDefenseDepartmentCommits28 checks the Defense Department named by
// its short forms: "DoD announced a package … to provide Moldova" is the
// United States' package, not Moldova's whose name the programme bears.
// Names and figures invented.
func TestDefenseDepartmentCommits28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"DoD before a programme named after the recipient", "", false, []string{"US", "MD"},
			"In addition, DoD announced an approximately $1.37 billion Moldova Security Assistance Initiative package to provide Moldova with air defense capabilities.",
			[]accord.Target{{Metric: "package", Value: 1.37e9, Unit: "USD", Comparator: "approx", Holders: []string{"US"}}}},
	})
}

// TestSumFunds28 checks a sum that opens its sentence and "will fund" what
// follows ("An additional £25 million will fund inclusive social
// services"), and a progressive copula that is no description ("We are
// boosting our contribution … with $1.4 billion over four years"), while
// "is the leading provider …, with $X" stays a description. Names and
// figures invented.
func TestSumFunds28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a sum as subject that will fund", "GB", true, []string{"GB", "MD"},
			"An additional £27 million ($34 million) will fund inclusive social services in Moldova.",
			[]accord.Target{{Metric: "social services", Value: 27e6, Unit: "GBP", Comparator: "eq", Holders: []string{"GB"}}}},
		{"are boosting … with a sum", "AU", true, []string{"AU", "FJ"},
			"We are boosting our contribution to Pacific security priorities with $1.7 billion over four years.",
			[]accord.Target{{Metric: "contribution", Value: 1.7e9, Unit: "AUD", Comparator: "eq", Period: "2025-2029", Holders: []string{"AU"}}}},
		{"a description with a copula", "AU", true, []string{"AU", "FJ"},
			"Australia is the leading provider of aid to the Pacific, with $1.7 billion a year.",
			nil},
	})
}

// TestGovernmentOfLeader28 checks a government named by its leader's
// surname ("the Halvorsen government will provide £300m"): the leader the
// article names gives the country. Names and figures invented.
func TestGovernmentOfLeader28(t *testing.T) {
	text := "Prime Minister Ingrid Halvorsen met Premier Li Wenhai in London on Friday. The Halvorsen government will provide £320m to Pacific countries over four years."
	persons := []Person{{Start: strings.Index(text, "Ingrid"), End: strings.Index(text, " met"), Country: "gb"}}
	got := ExtractIn("a1", text, sentence.Split(text), "2025-06-17", []string{"CN", "GB"}, Context{Persons: persons})
	checkTargets(t, got, []accord.Target{{Metric: "Pacific", Value: 320e6, Unit: "GBP", Comparator: "eq", Period: "2025-2029", Holders: []string{"GB"}}})
}

// TestAidGiver28 checks aid that both sides sign, held by its giver: the
// side the sentence names allocating it ("Under the agreements, China will
// allocate 40 million yuan"), or the side other than the one it is given to
// ("agreements with China worth 12 million dollars with the aim of
// providing humanitarian aid to the Nepali people"). Names and figures
// invented.
func TestAidGiver28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"the side that will allocate", "", false, []string{"CN", "NP"},
			"China and Nepal signed two cooperation agreements on Tuesday. Under the agreements, China will allocate 40 million yuan to promote economic and technical cooperation between the two sides.",
			[]accord.Target{{Metric: "allocation", Value: 40e6, Unit: "CNY", Comparator: "eq", Holders: []string{"CN"}}}},
		{"the side aid is given to", "", false, []string{"CN", "NP"},
			"Nepal's planning commission signed two cooperation agreements with China worth 12 million dollars with the aim of providing humanitarian aid to the Nepali people.",
			[]accord.Target{{Metric: "agreements", Value: 12e6, Unit: "USD", Comparator: "eq", Holders: []string{"CN"}}}},
	})
}

// TestTariffChanged28 checks who holds a tariff a country will change: the
// subject that "will reduce its tariff on American cars", not the article's
// other party whose goods it falls on. Names and figures invented.
func TestTariffChanged28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"will reduce its tariff", "US", true, []string{"US", "SD", "ID"},
			"The United States will give aid to Sudan. Indonesia will reduce its tariff on American cars to 7 percent.",
			[]accord.Target{{Metric: "tariff", Value: 7, Unit: "percent", Comparator: "eq", Holders: []string{"ID"}}}},
	})
}

// TestLoanApproved28 checks a development lender's approvals: "has approved
// a $X loan to a firm" commits the lender's country (approved money is to
// be lent, not a report of money spent), and the items of a list opened by
// "DFC's Board of Directors approved transactions including:" are the
// lender's, not the other countries the items name. Names and figures
// invented.
func TestLoanApproved28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"has approved a loan", "", false, []string{"US", "ID"},
			"According to the statement DFC has approved a $137 million loan to PT Acme Panas Bumi to finance geothermal power in East Java, Indonesia.",
			[]accord.Target{{Metric: "loan", Value: 137e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
		{"items of a board's approvals", "", false, []string{"GH", "PE"},
			"In the second quarter, DFC's Board of Directors approved transactions including:\n\n- Improving airports in West Africa: A $155 million loan to Acme Airports Limited will finance the expansion of Kotoka International Airport in Ghana.\n- Expanding clean energy in Peru: A $147 million loan to Solarandes will finance a solar power plant.",
			[]accord.Target{
				{Metric: "loan", Value: 155e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
				{Metric: "loan", Value: 147e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}},
			}},
	})
}

// TestRunningTotals28 checks totals an announcement brings: "this funding
// increases the total assistance … to $X", a result "to" the amount far from
// "bring total spending", and "With this new assistance, A is providing more
// than $X in fiscal year N" are totals, not new sums; a level a pair "will
// bring" trade to by a year, and "With this funding, we will provide", stay
// goals. Names and figures invented.
func TestRunningTotals28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"increases the total", "US", true, []string{"US", "NG"},
			"The embassy said this funding increases the total US assistance to the Nigerian people to $2.37 billion under the five-year agreement.",
			nil},
		{"bring total … to, far apart", "US", true, []string{"US", "NG"},
			"These programs bring total spending in fiscal year 2011 on global train and equip programs, authorized under the so-called Section 1207 authority, to $307.4 million.",
			nil},
		{"with this new assistance", "US", true, []string{"US", "NG"},
			"With this new assistance, the United States is providing more than $137 million in fiscal year 2013 in humanitarian assistance to help people in Nigeria.",
			nil},
		{"a goal of trade brought to a level", "", false, []string{"US", "NG"},
			"The two sides will bring total trade between the countries, now growing fast in every sector of the economy, to $37 billion by 2030.",
			[]accord.Target{{Metric: "trade", Value: 37e9, Unit: "USD", Comparator: "eq", Deadline: "2030", Holders: []string{"NG", "US"}}}},
		{"with this funding, a promise", "US", true, []string{"US", "NG"},
			"With this funding, we will provide $43 million to Nigeria.",
			[]accord.Target{{Metric: "", Value: 43e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
	})
}

// TestDefenceShare28 checks defence spending as a share of GDP: the level a
// pledge raises it to from a baseline measures what the baseline does
// ("defence spending rising from 2.18 per cent of GDP to 2.7 per cent by
// 2031": defence spending, not GDP), and another's level it is compared
// with ("well above Nato's 2 per cent target") is no target of the
// sentence's country; "will meet NATO's 2 percent target by 2033" is.
// Names and figures invented.
func TestDefenceShare28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"from a share of GDP to a level", "GB", true, []string{"GB"},
			"The pledge would mean defence spending rising gradually from 2.18 per cent of GDP to 2.7 per cent by 2031, well above Nato's 2 per cent defence spending target.",
			[]accord.Target{{Metric: "defence spending", Value: 2.7, Unit: "percent", Comparator: "eq", Deadline: "2031", Holders: []string{"GB"}}}},
		{"meeting an alliance's target", "CA", true, []string{"CA"},
			"Canada will meet NATO's 2 percent defence spending target by 2033.",
			[]accord.Target{{Metric: "defence spending", Value: 2, Unit: "percent", Comparator: "eq", Deadline: "2033", Holders: []string{"CA"}}}},
	})
}

// TestUnderPossessor28 checks that "under" before a possessor is a channel,
// not a comparison: "financed under DFC's $310 million loan facility" stays
// the facility's size as it was. Names and figures invented.
func TestUnderPossessor28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"under a possessor's facility", "US", true, []string{"US", "GH"},
			"DFC helped launch Acme Data Centres' newest data center in Ghana, financed under DFC's $310 million loan facility with Acme.",
			[]accord.Target{{Metric: "loan facility", Value: 310e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
	})
}

// TestTariffCovers28 checks the value of the goods a tariff falls on: "a 25
// percent tariff on $36 billion of Chinese imports" is the trade taxed, no
// target; the rate stays, and a sum with no tariff word before it is read
// as before. Names and figures invented.
func TestTariffCovers28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a tariff on a sum of imports", "US", true, []string{"US", "CN"},
			"The United States will impose a 27 percent tariff on $36 billion of Chinese imports.",
			[]accord.Target{{Metric: "tariff", Value: 27, Unit: "percent", Comparator: "eq", Holders: []string{"US"}}}},
		{"tariffs on a sum of goods suspended", "US", true, []string{"US", "CN"},
			"Tariffs on a further $165 billion in Chinese goods, originally due to take effect on December 15, will be suspended.",
			nil},
		{"an investment with a tariff after it", "US", true, []string{"US", "JP"},
			"Japan will invest $560 billion in the United States, and the United States will apply a 15 percent tariff on Japanese goods.",
			[]accord.Target{
				{Metric: "investment", Value: 560e9, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}},
				{Metric: "tariff", Value: 15, Unit: "percent", Comparator: "eq", Holders: []string{"US"}},
			}},
	})
}

// TestLoanByBody28 checks a loan whose lender, a country's agency, follows
// "by" ("which gets the biggest loan yet by JICA of ¥310 billion"): the
// agency's country lends, not the recipient the sentence names first.
// Names and figures invented.
func TestLoanByBody28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a loan by an agency", "", false, []string{"IN", "JP"},
			"The Pune-Nashik Rail Project, which gets the biggest loan yet by JICA of ¥310 billion, or approximately ₹19,350 crore, the agency said.",
			[]accord.Target{{Metric: "loan", Value: 310e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
	})
}

// TestPlaceNamedAfterCountry28 checks a place named after a country ("the
// Lake Chad region", "the Gulf of Guinea"): no mention of the country, so
// the sum stays the outlet government's. Names and figures invented.
func TestPlaceNamedAfterCountry28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a lake", "US", true, []string{"US", "NG", "TD"},
			"Of the newly-announced funds, more than $131 million is for Nigeria and countries in the Lake Chad region.",
			[]accord.Target{{Metric: "funds", Value: 131e6, Unit: "USD", Comparator: "gte", Holders: []string{"US"}}}},
	})
}

// TestOwnCurrencyAid28 checks aid in a currency one country issues that
// "the two leaders welcomed": the yen loan and the grant aid told in yen
// are Japan's, however both leaders welcome them. Names and figures
// invented.
func TestOwnCurrencyAid28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"loan and grant aid welcomed by both", "JP", true, []string{"JP", "LK"},
			"The two leaders welcomed the signing of the Exchange of Notes concerning the yen loan for the Galle Port Project (up to 31.7 billion yen) and the grant aid for the Project for Improvement of Clinics (2.3 billion yen).",
			[]accord.Target{
				{Metric: "yen loan", Value: 31.7e9, Unit: "JPY", Comparator: "lte", Holders: []string{"JP"}},
				{Metric: "grant aid", Value: 2.3e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}},
			}},
	})
}

// TestOwnProgramme28 checks a country's own programme named after whom it
// helps: "the Presidential Drawdown Authority package … to provide Moldova"
// in a text whose first country is another is the United States' (the
// programme's), not the article's first principal's. Names and figures
// invented.
func TestOwnProgramme28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a drawdown package as subject", "", false, []string{"RU", "MD", "US"},
			"The first of the two, the Presidential Drawdown Authority package, with an estimated value of $1.35 billion, is meant to provide Moldova additional capabilities.",
			[]accord.Target{{Metric: "Presidential Drawdown Authority package", Value: 1.35e9, Unit: "USD", Comparator: "approx", Holders: []string{"US"}}}},
	})
}

// TestPurchaseMore28 checks a purchase commitment told as an addition over
// a span: "$17 billion more in U.S. agricultural goods in each of the next
// two years" is a purchase of those goods over the two years ahead, not a
// commitment named by the words before it. Names and figures invented.
func TestPurchaseMore28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"more in goods, in each of the next years", "US", true, []string{"US", "CN"},
			"In exchange, China has reportedly made commitments to purchase $17 billion more in U.S. agricultural goods in each of the next two years.",
			[]accord.Target{{Metric: "agricultural goods", Value: 17e9, Unit: "USD", Comparator: "eq", Period: "2025-2027", Holders: []string{"CN"}}}},
	})
}

// TestLoanSizedInBrackets28 checks a loan sized in brackets with "worth"
// ("yen loans for the X Project (worth around 43 billion yen)") as a
// bracket without it already was, and a line of credit as funding ("extended
// a line of credit of US$1.1 billion"). Names and figures invented.
func TestLoanSizedInBrackets28(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"worth in brackets", "JP", true, []string{"JP", "PH"},
			"After the summit meeting, the two leaders attended a signing ceremony on the Exchange of Notes in respect of yen loans for the Iloilo Coastal Road Project (worth around 43 billion yen).",
			[]accord.Target{{Metric: "yen loans", Value: 43e9, Unit: "JPY", Comparator: "approx", Holders: []string{"JP"}}}},
		{"a line of credit", "IN", true, []string{"IN", "KZ"},
			"India on Wednesday extended a line of credit of US$1.1 billion to Kazakhstan.",
			[]accord.Target{{Metric: "credit", Value: 1.1e9, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
	})
}
