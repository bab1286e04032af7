package read

import "testing"

// TestSpeakerLabelNoDateline checks that a transcript whose stored copy
// keeps one speaker's label ("PRIME MINISTER KORV: …", then the turn) takes
// no dateline from it, while a place before a colon, "THE" and all, still
// is one (session 33, label33). Invented texts.
func TestSpeakerLabelNoDateline(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"an office and a name", "PRIME MINISTER KORV: First, I welcome our guest of honour.\n\nIt is a pleasure to host her.", ""},
		{"an office alone", "PRIME MINISTER: It is good to be here in Marsovia for the summit.", ""},
		{"an office after the article", "THE PRESIDENT: Thank you all for coming today.", ""},
		{"a secretary", "SECRETARY HALE: Thank you. It is good to be here.", ""},
		{"a moderator", "MODERATOR: Good afternoon, everyone.", ""},
		{"a question", "Q: Prime Minister, what did you agree today?", ""},
		{"an honorific and a name", "MR DARUS: We had a very good meeting.", ""},
		{"a place after the article stays one", "THE HAGUE: Prime Minister Ali Darus today held a meeting with the President.", "The Hague"},
		{"a place before a colon stays one", "MARSOVIA: Prime Minister Ali Darus today held a meeting.", "Marsovia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := parseMarkdown("x.md", "---\ndate: '2024-01-02'\ntitle: \"T\"\n---\n\n"+tt.body+"\n")
			if err != nil {
				t.Fatal(err)
			}
			if a.Dateline != tt.want {
				t.Errorf("dateline %q, want %q", a.Dateline, tt.want)
			}
		})
	}
}
