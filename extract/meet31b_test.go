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
