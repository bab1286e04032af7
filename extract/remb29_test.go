package extract

import "testing"

// TestOfficeLabelHolder checks that a speaker label naming an office of a
// country and no person ("PRIME MINISTER OF JAPAN:") is the turn of that
// office's holder on the day, so the press conference has its second side
// and the guest's or host's words in that turn are that side's; a label of
// an office the table does not hold stays no one's (the named speaker
// invented; the holder is the office table's).
func TestOfficeLabelHolder(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string
	}{
		{"the host's welcome under an office label",
			"ARVO KASK, PRIME MINISTER OF ESTONIA: Thank you. We had a good discussion on trade.\n\nPRIME MINISTER OF JAPAN: Thank you, Arvo. It is a pleasure to welcome you to Japan. We talked about energy.\n\nJOURNALIST: Prime Minister, on trade?",
			[]string{"press_conference 2019-01-07 Arvo Kask+Shinzō Abe", "talks 2019-01-07 Arvo Kask+Shinzō Abe", "visit 2019-01 Arvo Kask+Shinzō Abe"}},
		{"the guest's being-in under a demonym office label",
			"ARVO KASK, PRIME MINISTER OF ESTONIA: Thank you. We had a good discussion on trade.\n\nJAPANESE PRIME MINISTER: Thank you, Arvo. It is a pleasure to be here in Tallinn. We talked about energy.\n\nJOURNALIST: Prime Minister, on trade?",
			[]string{"press_conference 2019-01-07 Arvo Kask+Shinzō Abe", "talks 2019-01-07 Arvo Kask+Shinzō Abe", "visit 2019-01 Arvo Kask+Shinzō Abe"}},
		{"an office label with more than the office: no holder",
			"ARVO KASK, PRIME MINISTER OF ESTONIA: Thank you. We had a good discussion on trade.\n\nFORMER PRIME MINISTER OF JAPAN: Thank you, Arvo. It is a pleasure to welcome you to Japan.\n\nJOURNALIST: Prime Minister, on trade?",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Joint press conference", "2019-01-07", tt.body)), tt.want)
		})
	}
}
