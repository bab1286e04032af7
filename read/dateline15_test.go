package read

import "testing"

// TestMarkdownBodyDateline checks that a report pasted as Markdown with no
// dateline in its front matter takes the upper-case place opening one of its
// first paragraphs, before a dash or a colon, with a date or an agency between
// (session 15, refs/read15: wire copy republished as Markdown). Invented
// texts.
func TestMarkdownBodyDateline(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"place, date and agency before a double hyphen",
			"KORVALA, Feb. 8 (Xinhua) -- Prime Minister Ana Lind held a meeting here on Friday with her counterpart.", "Korvala"},
		{"place and date before an em dash",
			"NEW BRENTON, April 29 — Prime Minister Joe Amal held a bilateral meeting here today.", "New Brenton"},
		{"place before a colon",
			"MARSOVIA: Prime Minister Ali Darus today held a bilateral meeting with the President.", "Marsovia"},
		{"place and agency after a stop",
			"NOVA-TERRA. KAZNEWS - President Ivan Bek met the visiting leader at the palace.", "Nova-Terra"},
		{"after a time line and the headline repeated",
			"14 September 2022, 16:00\n\nLeaders meet at the palace\n\nKORVALA. NEWSWIRE - President Ivan Bek met the visiting leader.", "Korvala"},
		{"a newsroom label is no place",
			"BREAKING: President Ivan Bek met the visiting leader at the palace.", ""},
		{"a capitalised sentence start is no place",
			"Mr Bek — who arrived on Sunday — met the visiting leader at the palace.", ""},
		{"a transcript's speaker labels are no place",
			"MODERATOR: Good afternoon, everyone.\n\nSECRETARY HALE: Thank you. It is good to be here.\n\nMODERATOR: Our first question.", ""},
		{"speaker labels with letters beyond ASCII",
			"PRIME MINISTER CHÍNH: Welcome to our country.\n\nVICE PRESIDENT HALE: Thank you.", ""},
		{"speaker labels between lines of spaces",
			"New Building\nHanoi, Vietnam\n\nPRIME MINISTER CHÍNH: Welcome to our country.\n  \n  \nVICE PRESIDENT HALE: Thank you.", ""},
		{"a heading in capitals after its colon",
			"Our partnership is essential.\n\nTHE ALLIANCE: FORGING A FREE AND OPEN REGION\n\nThe alliance is unwavering.", ""},
		{"an outlet's monitoring label",
			"NEWS MONITORING: President Ivan Bek met the visiting leader at the palace.", ""},
		{"a run-in heading in bold",
			"**KEY OUTCOMES:** Today, the two leaders signed an agreement.", ""},
		{"a longer run-in heading in capitals",
			"WHAT THEY ARE SAYING: Leaders praised the agreement.", ""},
		{"a place in the fifth paragraph is too late",
			"One.\n\nTwo.\n\nThree.\n\nFour.\n\nKORVALA — President Ivan Bek met the leader.", ""},
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
