package extract

import "testing"

// TestGladBareMeet31b checks a meeting told as a pleasure with the bare
// verb: "said he was delighted to meet President A", "pleased to meet
// Prime Minister A again" are the meeting itself, as "to meet with A"
// already was. A pleasure ahead ("will be delighted to meet", "would be
// happy to meet") is a plan, "pleased to meet the needs of" names no one,
// and a stay between the pleasure and the verb ("fantastic to be here in
// C to meet A") is left: its day may be any of the stay's. (On main: no
// meeting in the first three.) Invented names, real countries.
func TestGladBareMeet31b(t *testing.T) {
	const day = "2024-03-05"
	const meeting = "meeting 2024-03-05 Joel Maranga+Tomas Verlund"
	tests := []sourcedCase{
		{"said he was delighted to meet a president", "News Agency", "", day,
			"Norwegian Prime Minister Tomas Verlund said he was delighted to meet Kenyan President Joel Maranga in Nairobi.",
			[]string{meeting}},
		{"pleased to meet again", "News Agency", "", day,
			"Norwegian Prime Minister Tomas Verlund was pleased to meet Kenyan President Joel Maranga again.",
			[]string{meeting}},
		{"an honorific after the", "News Agency", "", day,
			"Norwegian Speaker Tomas Verlund said he was delighted to meet the Hon. Ruth Wanjiku, Speaker of the Kenyan National Assembly, and her delegation.",
			[]string{"meeting 2024-03-05 Ruth Wanjiku+Tomas Verlund"}},
		{"a pleasure ahead is a plan", "News Agency", "", day,
			"Norwegian Prime Minister Tomas Verlund will be delighted to meet Kenyan President Joel Maranga next week.",
			nil},
		{"would be happy to meet is a wish", "News Agency", "", day,
			"Norwegian Prime Minister Tomas Verlund said he would be happy to meet Kenyan President Joel Maranga.",
			nil},
		{"meeting needs names no one", "News Agency", "", day,
			"Norwegian Prime Minister Tomas Verlund said Norway was pleased to meet the needs of the region.",
			nil},
	}
	runSourced(t, tests)
}

// TestRankAfterOffice31b checks a holder named in apposition after an
// office with a military rank or a run of honorifics ("the Governor
// General of C, Lieutenant General A"; "…, His Excellency the Rt Hon Sir
// A"): the rank is a style the holder keeps, like "Ambassador", and "the"
// may stand between two honorifics. "called on", which needs its person
// right after the office, reads the holder; so does a list of such calls.
// (On main: no call in the first three.) Invented names, real countries.
func TestRankAfterOffice31b(t *testing.T) {
	const day = "2024-03-05"
	tests := []sourcedCase{
		{"a rank after the office", "News Agency", "", day,
			"Norwegian Prime Minister Tomas Verlund also called on the Governor General of Fiji, Lieutenant General Jone Ravuvu.",
			[]string{"reception 2024-03-05 Jone Ravuvu+Tomas Verlund"}},
		{"honorifics with the between them", "News Agency", "", day,
			"Norwegian Prime Minister Tomas Verlund also called on the Governor General of Fiji, His Excellency the Rt Hon Sir Jone Ravuvu.",
			[]string{"reception 2024-03-05 Jone Ravuvu+Tomas Verlund"}},
		{"a rank between honorifics", "News Agency", "", day,
			"Norwegian Prime Minister Tomas Verlund called on the Governor-General of Fiji, General the Honourable Sir Jone Ravuvu, at Government House.",
			[]string{"reception 2024-03-05 Jone Ravuvu+Tomas Verlund"}},
		{"one honorific still reads", "News Agency", "", day,
			"Norwegian Prime Minister Tomas Verlund also called on the Governor General of Fiji, His Excellency Jone Ravuvu.",
			[]string{"reception 2024-03-05 Jone Ravuvu+Tomas Verlund"}},
	}
	runSourced(t, tests)
}
