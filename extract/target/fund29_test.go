package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestListMarker29 checks a release's numbered paragraphs: "1. The
// Government of Japan will provide …" is the sentence without its number,
// whose subject opens it; a sum after the number is no item. Names and
// figures invented.
func TestListMarker29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a numbered paragraph", "", false, []string{"US", "JP", "MV"},
			"1. The Government of Japan will provide Emergency Grant Aid of 7 million US dollars to support the Government of Maldives.",
			[]accord.Target{{Metric: "Emergency Grant Aid", Value: 7e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a bracketed number", "", false, []string{"US", "JP", "MV"},
			"(2) The Government of Japan will provide Emergency Grant Aid of 7 million US dollars.",
			[]accord.Target{{Metric: "Emergency Grant Aid", Value: 7e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a roman numeral", "", false, []string{"US", "JP", "MV"},
			"iii. The Government of Japan will provide Emergency Grant Aid of 7 million US dollars.",
			[]accord.Target{{Metric: "Emergency Grant Aid", Value: 7e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
	})
}

// TestLenderGiver29 checks loans and grants that a country's lender signs
// with a borrower: the lender's country holds them, whether the sentence
// names the lender by its name ("the Qatar Fund for Development"), by a
// country's possessive and a lender's head ("Korea's Economic Development
// Cooperation Fund", "Qatar's official development fund"), or by the
// acronym of a known one. A borrower's central bank or a wealth fund lends
// nothing, and two countries' lenders keep both. Names and figures invented.
func TestLenderGiver29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a fund signs a loan agreement in a country", "", false, []string{"QA", "PE"},
			"The Qatar Fund for Development has signed a soft loan agreement worth $80 million to support a road project in Peru.",
			[]accord.Target{{Metric: "loan agreement", Value: 80e6, Unit: "USD", Comparator: "eq", Holders: []string{"QA"}}}},
		{"a fund signs with a borrower's minister", "", false, []string{"KW", "BO"},
			"The Kuwait Fund for Arab Economic Development signed a loan agreement worth $45 million with the Minister of Finance of Bolivia.",
			[]accord.Target{{Metric: "loan agreement", Value: 45e6, Unit: "USD", Comparator: "eq", Holders: []string{"KW"}}}},
		{"a country's fund and the borrower sign", "", false, []string{"KR", "TN"},
			"South Korea's Economic Development Cooperation Fund and Tunisia signed a memorandum of understanding for a US$700 million concessional loan.",
			[]accord.Target{{Metric: "concessional loan", Value: 700e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
		{"a lender by its possessive and a lower-case head", "", false, []string{"QA", "MN", "AE"},
			"The QFFD, which is Qatar's official development fund, will allocate $40 million for an irrigation project.",
			[]accord.Target{{Metric: "allocation for irrigation project", Value: 40e6, Unit: "USD", Comparator: "eq", Holders: []string{"QA"}}}},
		{"a borrower's central bank lends nothing", "", false, []string{"EG", "SD"},
			"Egypt's central bank will provide a loan of $30 million to Sudan.",
			[]accord.Target{{Metric: "loan", Value: 30e6, Unit: "USD", Comparator: "eq", Holders: []string{"EG"}}}},
	})
}

// TestConversionHedge29 checks a sum's conversion in brackets headed by an
// abbreviated hedge ("(approx. Rs 900 crore)", "(App. 2 million AUD)"): it
// is the same sum, not a second target, whatever the sentence says after
// the bracket. Names and figures invented.
func TestConversionHedge29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"approx. and rupees, then as", "", false, []string{"JP", "IN"},
			"JICA signed a loan agreement with the Government of India to provide an ODA loan of 40 billion yen (approx. Rs 2,400 Crore) as Tranche 2 of the project.",
			[]accord.Target{{Metric: "ODA loan", Value: 40e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
	})
}

// TestCurrencyAttributive29 checks a count before a currency that names a
// loan's kind: "notes for two (2) yen loan projects amounting to 12.5
// billion yen" commits 12.5 billion yen, not 2 yen; "a 10 billion yen loan"
// keeps its sum. Names and figures invented.
func TestCurrencyAttributive29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a count restated in digits", "", false, []string{"JP", "PH"},
			"Japanese Ambassador Taro Kuri and Secretary of Foreign Affairs Jose Dela Paz exchanged notes for two (2) yen loan projects amounting to 12.5 billion yen.",
			[]accord.Target{{Metric: "two yen loan projects", Value: 12.5e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"the count alone", "", false, []string{"JP", "PH"},
			"JICA signed the loan agreements for the two yen loan projects.",
			nil},
		{"a scaled sum before loan", "", false, []string{"JP", "PH"},
			"Japan will provide a 10 billion yen loan to the Philippines.",
			[]accord.Target{{Metric: "loan", Value: 10e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
	})
}

// TestLenderRecipientFund29 checks that a fund money goes to lends
// nothing, however a country's demonym opens its name. Names and figures
// invented.
func TestLenderRecipientFund29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a fund named after whom it helps", "", false, []string{"US", "AF"},
			"The United States will provide $8 million for the Springfield Afghan Resettlement Fund.",
			[]accord.Target{{Metric: "provision for Springfield Afghan Resettlement", Value: 8e6, Unit: "USD", Comparator: "eq", Holders: []string{"US"}}}},
	})
}

// TestPassiveAgentAfterRecipient29 checks a future passive whose agent
// comes after the recipient: "A grant of 2 billion yen will be extended to
// Tuvalu by Japan" is Japan's, as "… will be extended by Japan to Tuvalu"
// is; an agent of another clause ("as announced by") is not the giver.
// Names and figures invented.
func TestPassiveAgentAfterRecipient29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"to the recipient, then by the giver", "", false, []string{"JP", "TV"},
			"A grant of 2 billion yen will be extended to Tuvalu by Japan.",
			[]accord.Target{{Metric: "grant", Value: 2e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"for the people of the recipient, then by its government", "", false, []string{"KR", "TV"},
			"A grant of 9 million USD will be provided to the people of Tuvalu by the Government of Korea.",
			[]accord.Target{{Metric: "grant", Value: 9e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
	})
}

// TestReceivedFrom29 checks a recipient's "will receive" with the giver
// named after "from": the giver holds it when it is a country or its body
// ("from KOICA", "from the Korean government"); a fund of no country
// leaves the sum unread, as before. Names and figures invented.
func TestReceivedFrom29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"from a country's agency, three countries in the text", "", false, []string{"ET", "KR", "US"},
			"Eritrea will receive USD 40 million from KOICA to boost water supply.",
			[]accord.Target{{Metric: "assistance to Eritrea", Value: 40e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
		{"from a government by its demonym", "", false, []string{"ER", "KR", "US"},
			"Eritrea will receive USD 40 million from the Korean government.",
			[]accord.Target{{Metric: "assistance to Eritrea", Value: 40e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
		{"from a fund of no country", "", false, []string{"ER", "KR"},
			"Eritrea will receive USD 40 million from the Fund.",
			nil},
	})
}

// TestConvertedEquivalent29 checks a conversion in brackets told as an
// equivalent ("(equivalent to approximately USD 1.1 million)") and the
// rufiyaa spelt with one a. Names and figures invented.
func TestConvertedEquivalent29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"equivalent to approximately", "", false, []string{"IN", "MV"},
			"India will provide a grant of 17.5 million Rufiya (equivalent to approximately USD 1.1 million) to the Maldives.",
			[]accord.Target{{Metric: "grant", Value: 17.5e6, Unit: "MVR", Comparator: "eq", Holders: []string{"IN"}}}},
	})
}

// TestDonorCurrency29 checks grants told in a donor's own currency in the
// recipient's release: "The Exchange of Notes formalises a grant assistance
// of JPY 90,000,000" is Japan's however the sentence names no giver; a
// grant in the recipient's own currency stays the giver's the sentence
// names. Names and figures invented.
func TestDonorCurrency29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"yen grant, no giver named, the recipient's release", "TV", true, []string{"TV", "JP"},
			"The Exchange of Notes formalises a grant assistance to the amount of JPY 90,000,000 which will enable the procurement of patrol boats.",
			[]accord.Target{{Metric: "grant assistance", Value: 90e6, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a grant in the recipient's currency", "", false, []string{"IN", "MV"},
			"India will provide a grant of MVR 80 million to the Maldives.",
			[]accord.Target{{Metric: "grant", Value: 80e6, Unit: "MVR", Comparator: "eq", Holders: []string{"IN"}}}},
	})
}

// TestEnvoyGiver29 checks grants whose notes an envoy signs with the host:
// the envoy's country gives ("the Ambassador of Japan", "the Korean
// Ambassador"); a host's envoy "to" another country signing with that
// country's lender leaves it to the lender. Names and figures invented.
func TestEnvoyGiver29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"the Ambassador of the giver and the host's secretary", "TV", true, []string{"TV", "JP"},
			"The Secretary to the Ministry of Finance and the Ambassador of Japan today signed an exchange of notes for a grant of USD 31 million.",
			[]accord.Target{{Metric: "grant", Value: 31e6, Unit: "USD", Comparator: "eq", Holders: []string{"JP"}}}},
		{"the giver's demonym before the title", "TV", true, []string{"TV", "KR"},
			"The Minister of Finance and the Korean Ambassador signed a grant agreement worth USD 12 million.",
			[]accord.Target{{Metric: "grant agreement", Value: 12e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
	})
}

// TestConvertedAfterNoun29 checks a conversion in brackets after the noun a
// sum sizes: "a 12 billion yen loan (about $80 million)" is one loan in
// yen, not a second one in dollars; the Gulf's currencies named in the
// singular are read ("a 4 million Kuwaiti dinar loan"). Names and figures
// invented.
func TestConvertedAfterNoun29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"yen loan converted", "", false, []string{"JP", "TV"},
			"Japan will provide a 12 billion yen loan (about $80 million) to Tuvalu.",
			[]accord.Target{{Metric: "loan", Value: 12e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"an ODA loan converted, no hedge", "", false, []string{"JP", "TV"},
			"Japan will provide a ¥12 billion ODA loan (US$80 million) for the Project.",
			[]accord.Target{{Metric: "ODA loan", Value: 12e9, Unit: "JPY", Comparator: "eq", Holders: []string{"JP"}}}},
		{"a dinar loan agreement converted", "", false, []string{"KW", "CV"},
			"The Kuwait Fund for Arab Economic Development today signed a 4 million Kuwaiti dinar loan agreement (approximately $13 million) with the Republic of Cabo Verde.",
			[]accord.Target{{Metric: "loan agreement", Value: 4e6, Unit: "KWD", Comparator: "eq", Holders: []string{"KW"}}}},
	})
}

// TestLenderOfCountry29 checks a lender named "<…> Bank (ACRONYM) of
// <country>" that signs: the country after "of" lends, not the country an
// acronym of the same letters would name elsewhere; and an agency that
// signs a project agreement with a ministry gives its money. Names and
// figures invented.
func TestLenderOfCountry29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"an export bank with its acronym in brackets", "", false, []string{"LK", "IN", "US"},
			"The Export Import Bank (EXIM) of India and the Government of Maldives today signed a USD 300 million Line of Credit Agreement for the purchase of fuel.",
			[]accord.Target{{Metric: "Line of Credit Agreement", Value: 300e6, Unit: "USD", Comparator: "eq", Holders: []string{"IN"}}}},
		{"an agency and a ministry sign a project agreement", "", false, []string{"ET", "KR"},
			"The Ministry of Agriculture and the Korea International Cooperation Agency (KOICA) have signed a project support agreement worth 8 million USD.",
			[]accord.Target{{Metric: "project support agreement", Value: 8e6, Unit: "USD", Comparator: "eq", Holders: []string{"KR"}}}},
	})
}

// TestLenderSources29 checks that a sum whose source the sentence names
// after "from" stays that source's, though a lender of another country
// runs the programme. Names and figures invented.
func TestLenderSources29(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a compact with a partner's own contribution", "US", true, []string{"US", "PE"},
			"The MCC and the Government of Peru are signing a compact totaling $300 million, with additional contributions of $12 million from Peru.",
			[]accord.Target{{Metric: "contributions", Value: 12e6, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}}}},
	})
}
