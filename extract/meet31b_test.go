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

// TestVisitingOfficeSubject31b checks a visit's later contacts told with
// the guest named by office after a guest word, "The visiting King also
// met with A and B": the subject is the person named before with that
// office, as for "The King also met with A and B" (two meetings of his),
// not one meeting of the two hosts. (On main: one meeting of A and B.)
// Invented names, real countries.
func TestVisitingOfficeSubject31b(t *testing.T) {
	const lead = "King Harald Verlund of Norway arrived in Nairobi on Monday for a state visit. "
	const visit = "visit 2024-03 Harald Verlund+Kenya"
	two := []string{"meeting 2024-03-05 Harald Verlund+Peter Odhiambo", "meeting 2024-03-05 Harald Verlund+Ruth Wanjiku", visit}
	tests := []sourcedCase{
		{"the visiting King also met two hosts", "News Agency", "", "2024-03-05",
			lead + "The visiting King also met with Prime Minister Peter Odhiambo and Speaker Ruth Wanjiku.", two},
		{"after an opening phrase", "News Agency", "", "2024-03-05",
			lead + "On Tuesday, the visiting King also met with Prime Minister Peter Odhiambo and Speaker Ruth Wanjiku.", two},
		{"the King without the guest word, as before", "News Agency", "", "2024-03-05",
			lead + "The King also met with Prime Minister Peter Odhiambo and Speaker Ruth Wanjiku.", two},
	}
	runSourced(t, tests)
}

// TestDescribedLeader31b checks a visit's summary sentence whose subject
// is the guest described by nationality, "The Norwegian leader also met
// with A and B": the one head of state or government of that country
// named before is the subject (two meetings of his), not a meeting of A
// and B. A nationality no leader named before has reads as before.
// (On main: one meeting of A and B.) Invented names, real countries.
func TestDescribedLeader31b(t *testing.T) {
	const lead = "Kenyan President Joel Maranga welcomed Norwegian President Tomas Verlund at State House in Nairobi on Monday. The two presidents discussed trade and energy. "
	const welcome = "meeting 2024-03-04 Joel Maranga+Tomas Verlund"
	tests := []sourcedCase{
		{"the demonym leader also met two hosts", "News Agency", "", "2024-03-05",
			lead + "On Tuesday, the Norwegian leader also met with Prime Minister Peter Odhiambo and Speaker Ruth Wanjiku.",
			[]string{welcome, "meeting 2024-03-05 Peter Odhiambo+Tomas Verlund", "meeting 2024-03-05 Ruth Wanjiku+Tomas Verlund"}},
		{"the demonym State leader", "News Agency", "", "2024-03-05",
			lead + "On Tuesday, the Norwegian State leader met with Prime Minister Peter Odhiambo.",
			[]string{welcome, "meeting 2024-03-05 Peter Odhiambo+Tomas Verlund"}},
		{"a verb coordinated after the first contact", "News Agency", "", "2024-03-05",
			lead + "On Tuesday, the Norwegian State leader held talks with Kenyan Foreign Minister Ann Kamau, witnessed the exchange of cooperation documents and met with Prime Minister Peter Odhiambo.",
			[]string{welcome, "talks 2024-03-05 Ann Kamau+Tomas Verlund", "signing 2024-03-05 Ann Kamau+Tomas Verlund", "meeting 2024-03-05 Peter Odhiambo+Tomas Verlund"}},
		{"the country's name as an adjective", "News Agency", "", "2024-03-05",
			"New Zealand Prime Minister Tama Hale arrived in Hanoi on Monday for an official visit to Viet Nam. During his stay, the New Zealand leader also met with Deputy Prime Minister Tran Van Binh and Foreign Minister Le Thi Hoa.",
			[]string{"visit 2024-03 Tama Hale+Viet Nam", "meeting 2024-03-05 Tama Hale+Tran Van Binh", "meeting 2024-03-05 Le Thi Hoa+Tama Hale"}},
		{"no leader of that country named before", "News Agency", "", "2024-03-05",
			lead + "On Tuesday, the Swedish leader also met with Prime Minister Peter Odhiambo.",
			[]string{welcome}},
	}
	runSourced(t, tests)
}
