package target

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestSignedDeal checks that a deal signed or struck at the occasion a
// readout reports, and valued ("worth", "valued at", "$X worth of"), is a
// commitment of its buyer: the party named by "by", else the other side of
// a seller (after "with", or a known maker), else both sides when no firm is
// named. A deal dated to a past ("since", a past year), one a signed letter
// only prepares, and a value with no signing stay reports. Names and figures
// invented (Boeing is a maker the data knows).
func TestSignedDeal(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a contract signing between a buyer and a maker", "US", true, []string{"US", "CL"},
			"Earlier today the President and I witnessed a contract signing between Andes Air—a fine airline—and Boeing worth more than $4.2 billion.",
			[]accord.Target{{Metric: "contract", Value: 4.2e9, Unit: "USD", Comparator: "gte", Holders: []string{"CL"}}}},
		{"the signing for a purchase by a country's carrier: the count and the value", "CL", true, []string{"CL", "US"},
			"The leaders highlighted the signing for the purchase of 12 Boeing wide-body aircraft by Chile's flag carrier, valued at US$3.1 billion.",
			[]accord.Target{
				{Metric: "aircraft", Value: 12, Unit: "count", Comparator: "eq", Holders: []string{"CL"}},
				{Metric: "aircraft", Value: 3.1e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}},
			}},
		{"an order signed with a maker", "CL", true, []string{"CL", "US"},
			"We have just signed an order with Boeing for almost US$5 billion worth of airplanes.",
			[]accord.Target{{Metric: "airplanes", Value: 5e9, Unit: "USD", Comparator: "approx", Holders: []string{"CL"}}}},
		{"a purchase from the outlet's own maker, no foreign buyer: none between countries", "GB", true, []string{"GB", "NO"},
			"Today the Ministry of Defence signed a contract worth £2 billion with BAE Systems for four new frigates.",
			nil},
		{"deals struck at business forums, no firm named: both sides", "PE", true, []string{"PE", "US"},
			"Notably, a number of big economic deals worth over USD 3 billion were struck at the two business forums in Boston and Chicago.",
			[]accord.Target{{Metric: "economic deals", Value: 3e9, Unit: "USD", Comparator: "gte", Holders: []string{"PE", "US"}}}},
		{"these agreements, signed in the sentence before", "PE", true, []string{"PE", "US"},
			"The two leaders witnessed the signing of fourteen business deals. These agreements are worth over US$6 billion.",
			[]accord.Target{{Metric: "agreements", Value: 6e9, Unit: "USD", Comparator: "gte", Holders: []string{"PE", "US"}}}},
		{"a deal named by its noun, not by the place after the sum", "PE", true, []string{"PE", "CL"},
			"Shortly after the talks, Peruvian and Chilean firms signed 18 agreements worth about 7 billion dollars in Lima today.",
			[]accord.Target{{Metric: "agreements", Value: 7e9, Unit: "USD", Comparator: "approx", Holders: []string{"CL", "PE"}}}},
		{"deals signed since a past year are a report", "PE", true, []string{"PE", "US"},
			"Since 2019, firms of the two countries have signed contracts worth $8 billion.",
			nil},
		{"deals signed in a past year are a report", "PE", true, []string{"PE", "US"},
			"In 2021 the two sides signed deals worth $2 billion.",
			nil},
		{"a letter signed to prepare orders signs no order", "PE", true, []string{"PE", "US"},
			"The two firms signed a letter of intent to lay the foundation for orders worth USD 1.5 billion.",
			nil},
		{"a deal valued with no signing is described, not committed", "PE", true, []string{"PE", "US"},
			"The deals worth $3 billion reflect the strength of the ties between the two economies.",
			nil},
	})
}

// TestAllBy checks that a closing ", all by 2029" dates every coordinated
// goal of the sentence before it, however long their clauses, while a goal
// with a year of its own keeps it. Figures invented.
func TestAllBy(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"all by a year", "US", true, []string{"US", "CL"},
			"Chile will purchase $70 billion in U.S. energy and make new investments of $40 billion in the United States, all by 2029.",
			[]accord.Target{
				{Metric: "energy", Value: 70e9, Unit: "USD", Comparator: "eq", Deadline: "2029", Holders: []string{"CL"}},
				{Metric: "investments", Value: 40e9, Unit: "USD", Comparator: "eq", Deadline: "2029", Holders: []string{"CL"}},
			}},
		{"a year of its own", "US", true, []string{"US", "CL"},
			"Chile will purchase $70 billion in U.S. energy by 2027 and make new investments of $40 billion in the United States, all by 2029.",
			[]accord.Target{
				{Metric: "energy", Value: 70e9, Unit: "USD", Comparator: "eq", Deadline: "2027", Holders: []string{"CL"}},
				{Metric: "investments", Value: 40e9, Unit: "USD", Comparator: "eq", Deadline: "2029", Holders: []string{"CL"}},
			}},
	})
}

// TestPartOfProgramme checks that a sum "as part of" a programme named
// after it is that programme's, and that a capitalised name opening with
// "Global" is no share "of global" anything. Names and figures invented.
func TestPartOfProgramme(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"as part of a named fund", "EU", true, []string{"EU", "PE"},
			"The EU announced the mobilisation of €4 billion as part of the Global Andes Fund to accelerate infrastructure investments in Andean countries.",
			[]accord.Target{{Metric: "Global Andes Fund mobilisation", Value: 4e9, Unit: "EUR", Comparator: "eq", Holders: []string{"EU"}}}},
		{"a share of global trade stays a report", "EU", true, []string{"EU", "PE"},
			"The two regions account for 4 percent of global trade.",
			nil},
	})
}

// TestThankedGiver checks that a party thanked "for providing" a sum gives
// it, as a welcome of its grant says: "thanked the Government and people
// of X for providing Y with NZD 2 million to help …" is X's assistance,
// whoever the sentence's subject is. A gift the sentence dates to a past
// ("since 2022"), or thanks to two countries at once, give no target.
// Names and figures invented.
func TestThankedGiver(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"thanked a government for providing a sum", "PE", true, []string{"PE", "NZ"},
			"At the meeting, Prime Minister Rojas thanked the Government and people of New Zealand for providing Peru with 2 million NZD (1.2 million USD) to help the country recover from Cyclone Mara.",
			[]accord.Target{{Metric: "recover", Value: 2e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
		{"a gift looked back on since a past year", "PE", true, []string{"PE", "NZ"},
			"Prime Minister Rojas thanked New Zealand for providing Peru with 9 million NZD since 2019.",
			nil},
		{"thanks to two countries at once", "PE", true, []string{"PE", "NZ", "CL"},
			"Prime Minister Rojas thanked New Zealand and Chile for providing Peru with 9 million USD.",
			nil},
	})
}

// TestRelativeSubject checks that an amount in a relative clause measures
// the noun the clause is said of ("bilateral trade, which is expected to
// reach $9 billion by 2029"), while "that" after a verb opens what was
// said, no noun's clause. Names and figures invented.
func TestRelativeSubject(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"which after the measure", "PE", true, []string{"PE", "CL"},
			"The visit is expected to create new opportunities for Peru-Chile relations, particularly bilateral trade which is expected to reach $9 billion by 2029.",
			[]accord.Target{{Metric: "bilateral trade", Value: 9e9, Unit: "USD", Comparator: "eq", Deadline: "2029", Holders: []string{"CL", "PE"}}}},
		{"the object of a welcome, not the welcome", "PE", true, []string{"PE", "CL"},
			"The two sides welcomed bilateral trade, which is set to reach $40 billion by 2031.",
			[]accord.Target{{Metric: "bilateral trade", Value: 40e9, Unit: "USD", Comparator: "eq", Deadline: "2031", Holders: []string{"CL", "PE"}}}},
		{"that after a verb is no relative clause", "US", true, []string{"US", "CL"},
			"Build Our Future highlighted that its $18 million pooled fund is committed to strengthen communities.",
			nil},
	})
}

// TestPlanesWorth checks that planes and airplanes name what a purchase
// is worth, as aircraft and jets do. Names and figures invented.
func TestPlanesWorth(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"planes worth", "US", true, []string{"US", "CL"},
			"Chile's Andes Air will buy planes worth $5 billion from Boeing.",
			[]accord.Target{{Metric: "planes", Value: 5e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		{"airplanes worth", "US", true, []string{"US", "CL"},
			"Chile's Andes Air will buy airplanes worth $5 billion from Boeing.",
			[]accord.Target{{Metric: "airplanes", Value: 5e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
	})
}

// TestListPriced checks that a sum pricing a list of counted purchases
// ("30 jets and 40 engines worth $5 billion") keeps each count, as a
// single count priced ("40 new aircraft valued at $9 billion") keeps its
// count beside the sum (session 29: the golds code both). Names and figures invented.
func TestListPriced(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a list priced", "US", true, []string{"US", "CL"},
			"Chile's Andes Air will buy 30 Boeing jets and 40 engines worth $5 billion.",
			[]accord.Target{
				{Metric: "jets", Value: 30, Unit: "count", Comparator: "eq", Holders: []string{"CL"}},
				{Metric: "engines", Value: 40, Unit: "count", Comparator: "eq", Holders: []string{"CL"}},
				{Metric: "jets", Value: 5e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}},
			}},
		{"one count priced", "US", true, []string{"US", "CL"},
			"Chile's Andes Air will buy 40 new aircraft valued at $9 billion.",
			[]accord.Target{
				{Metric: "new aircraft", Value: 40, Unit: "count", Comparator: "eq", Holders: []string{"CL"}},
				{Metric: "aircraft", Value: 9e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}},
			}},
	})
}

// TestSignedDealForms checks further ways readouts value the deals signed
// at a visit: "signed $8 billion in deals", "deals worth a total of", "They
// include the purchase by A of 40 planes worth …" after the signing, and
// one article's two statements of one sum ("17 agreements worth nearly
// $12 billion", then "deals worth a total of nearly $12 billion") as one.
// Names and figures invented.
func TestSignedDealForms(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a sum in deals", "PE", true, []string{"PE", "CL"},
			"Peru and Chile signed $6 billion in deals, including a large contract with a Peruvian carrier.",
			[]accord.Target{{Metric: "deals", Value: 6e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL", "PE"}}}},
		{"they include a purchase after the signing", "PE", true, []string{"PE", "CL"},
			"The two prime ministers witnessed the signing of two business deals. They include the purchase by Chile's flag carrier of 40 planes worth $5.5 billion.",
			[]accord.Target{{Metric: "planes", Value: 5.5e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		{"one sum stated twice", "PE", true, []string{"PE", "CL"},
			"Seventeen agreements worth nearly US$12 billion were signed between Peru and Chile in Lima on Friday. The two heads of government then witnessed the signing of deals worth a total of nearly $12 billion, including in the aviation and energy sectors.",
			[]accord.Target{{Metric: "agreements", Value: 12e9, Unit: "USD", Comparator: "approx", Holders: []string{"CL", "PE"}}}},
	})
}

// TestReceivedSum checks that a country stating what it "will receive"
// states what its partner gives: "Peru will receive $3 billion in order to
// strengthen our defences" is the other side's assistance to Peru, unless
// the giver is named ("from the Fund"). Names and figures invented.
func TestReceivedSum(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a recipient's statement", "PE", true, []string{"PE", "CL"},
			"Last week we signed the security assistance agreement with Chile for the coming decade. Peru will receive $3 billion in order to strengthen our military and our defensive systems.",
			[]accord.Target{{Metric: "assistance to Peru", Value: 3e9, Unit: "USD", Comparator: "eq", Holders: []string{"CL"}}}},
		{"the giver named", "PE", true, []string{"PE", "CL"},
			"Peru will receive $3 billion from the Andean Reserve Fund in order to strengthen our reserves.",
			nil},
	})
}

// TestPurposePastGiver checks that a giver named between a sum's kind and
// its purpose ("in aid from New Zealand to support …", "an aid package
// from the Government of X to …") does not hide the purpose, which names
// the metric. Names and figures invented.
func TestPurposePastGiver(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"in aid from a country to support", "PE", false, []string{"PE", "NZ"},
			"Minister Peters presented a note announcing NZD4 million in aid from New Zealand to support Peru's recovery efforts following recent floods.",
			[]accord.Target{{Metric: "aid to support Peru's recovery efforts", Value: 4e6, Unit: "NZD", Comparator: "eq", Holders: []string{"NZ"}}}},
	})
}

// TestSignedFunding checks that a loan or grant that a signing concludes
// ("an Exchange of Notes concerning a … loan of up to …, was signed",
// "welcomed the signing of the Exchange of Notes on grant aid of …") is a
// commitment, although "was" would read as a report, and that a sum in a
// currency only one of the two signatories issues is that one's money.
// A signing dated to a past year stays a report. Names and figures invented.
func TestSignedFunding(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"an exchange of notes on a loan was signed", "KR", true, []string{"KR", "PE"},
			"On March 4, in Seoul, an Exchange of Notes concerning a Korean ODA loan of up to 90 billion won for the Andes Ferry Extension Project was signed between the Government of the Republic of Korea and the Government of Peru.",
			[]accord.Target{{Metric: "Andes Ferry Extension Project", Value: 90e9, Unit: "KRW", Comparator: "lte", Holders: []string{"KR"}}}},
		{"the signing of notes on grant aid in one side's currency", "KR", true, []string{"KR", "PE"},
			"The two leaders welcomed the signing of the Exchange of Notes on grant aid of 700 million won for the Project for the Improvement of Water Supply.",
			[]accord.Target{{Metric: "aid", Value: 700e6, Unit: "KRW", Comparator: "eq", Holders: []string{"KR"}}}},
		{"a loan signed in a past year is a report", "KR", true, []string{"KR", "PE"},
			"In 2019 an Exchange of Notes concerning a Korean ODA loan of 90 billion won was signed between the two governments.",
			nil},
	})
}

// TestFromGovernment checks that a sum "from the Government of X", its
// kind between ("the $1.5 billion commitment from …", "a $33 million
// contribution from …"), is X's, whoever publishes. Figures invented.
func TestFromGovernment(t *testing.T) {
	runSourcedTargets(t, []sourcedTarget{
		{"a commitment from the Government of X", "US", true, []string{"US", "PE"},
			"Our countries will leverage the $2.5 billion commitment from the Government of Peru to strengthen border infrastructure.",
			[]accord.Target{{Metric: "infrastructure", Value: 2.5e9, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}}}},
		{"a contribution from the Government of X", "US", true, []string{"US", "PE"},
			"The program, which includes an additional $44 million contribution from the Government of Peru, aims to lower the cost of transporting farm products.",
			[]accord.Target{{Metric: "contribution", Value: 44e6, Unit: "USD", Comparator: "eq", Holders: []string{"PE"}}}},
	})
}
