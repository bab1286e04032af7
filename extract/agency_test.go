package extract

import "testing"

// TestAgencyCopyDates checks the dates of a contact in agency copy, with
// invented names: the dateline's date is when the report was filed; a later
// sentence that names the contact again ("In the phone call, which took
// place on Monday") gives its day; "discussed X in a phone conversation"
// is a call, not a call discussed.
func TestAgencyCopyDates(t *testing.T) {
	tests := []sourcedCase{
		{"the next sentence dates the lead's call", "Agency", "", "2021-12-14",
			"TEHRAN, Dec. 14 (AGN) – Foreign Minister of Latvia Janis Ozols held a telephone conversation with Foreign Minister of Peru Carlos Ruiz to discuss bilateral relations.\n\nIn the phone call, which took place on Monday afternoon, the two ministers stressed the importance of trade.",
			[]string{"phone_call 2021-12-13 Carlos Ruiz+Janis Ozols"}},
		{"a dateline's date alone is the publication's", "Agency", "", "2021-12-14",
			"RIGA, Dec. 14 (AGN) – Foreign Minister of Latvia Janis Ozols held a telephone conversation with Foreign Minister of Peru Carlos Ruiz.",
			[]string{"phone_call 2021-12-14 Carlos Ruiz+Janis Ozols"}},
		{"a meeting the lead dates stays on its day", "Agency", "", "2021-12-14",
			"RIGA, Dec. 14 (AGN) – Foreign Minister of Latvia Janis Ozols met Foreign Minister of Peru Carlos Ruiz on Tuesday.\n\nAt the meeting, which took place on the sidelines of a conference, the ministers discussed trade.",
			[]string{"meeting 2021-12-14 Carlos Ruiz+Janis Ozols"}},
		{"discussed in a phone conversation is a call", "Agency", "", "2018-05-31",
			"Moscow, May 31 (AGN) Foreign Minister of Latvia Janis Ozols and Foreign Minister of Peru Carlos Ruiz discussed bilateral relations in a phone conversation on Wednesday, the ministry said.",
			[]string{"phone_call 2018-05-30 Carlos Ruiz+Janis Ozols"}},
		{"discussed a phone call is its topic", "Agency", "", "2018-05-31",
			"Foreign Minister of Latvia Janis Ozols met Foreign Minister of Peru Carlos Ruiz in Riga on Wednesday. They discussed the phone call between their presidents.",
			[]string{"meeting 2018-05-30 Carlos Ruiz+Janis Ozols"}},
	}
	runSourced(t, tests)
}
