package read

import "testing"

// TestMarkdownFootCredit checks that an agency credit at the foot of a
// Markdown body ("… ties. — VNS") is the article's source, ahead of the
// publisher the front matter names, and is cut from the body; a list or
// table ending in "Name – Place" is no credit, and a source the front matter
// gives outright stays. Invented texts.
func TestMarkdownFootCredit(t *testing.T) {
	tests := []struct{ name, front, body, source, tail string }{
		{"credit after the last sentence outranks the outlet",
			"outlet: Korvala News, as redistributed by a wire\n",
			"President Ana Lind met Prime Minister Joe Amal on Monday.\n\nThey agreed to deepen ties. — KNA/KNS\n",
			"KNA/KNS", "They agreed to deepen ties."},
		{"credit on a line of its own",
			"outlet: Korvala Daily\n",
			"President Ana Lind met Prime Minister Joe Amal on Monday.\n\n— KNA\n",
			"KNA", "President Ana Lind met Prime Minister Joe Amal on Monday."},
		{"an acronym alone on the last line, no dash",
			"outlet: Korvala Plus (Korvala News Agency)\n",
			"President Ana Lind met Prime Minister Joe Amal on Monday./.\n\nKNA\n",
			"KNA", "President Ana Lind met Prime Minister Joe Amal on Monday./."},
		{"a last line in capitals after no sentence is no credit",
			"outlet: Korvala Daily\n",
			"Members present:\n\nKORVALA\n",
			"Korvala Daily", "KORVALA"},
		{"a list item's place is no credit",
			"outlet: Office of the President\n",
			"Colleges present:\n\n-   Parkland College – Marsovia\n-   Harper College – Nova\n",
			"Office of the President", "Harper College – Nova"},
		{"no credit: the publisher stands",
			"publisher: Ministry of Foreign Affairs\n",
			"The ministers met in Korvala on Tuesday.\n",
			"Ministry of Foreign Affairs", "The ministers met in Korvala on Tuesday."},
		{"a source in the front matter stays",
			"source: Korvala Wire\noutlet: Korvala Daily\n",
			"They agreed to deepen ties. — KNA\n",
			"Korvala Wire", "They agreed to deepen ties."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\ntitle: Leaders meet\ndate: 2024-03-04\n" + tt.front + "---\n\n" + tt.body
			a, err := parseMarkdown("x.md", src)
			if err != nil {
				t.Fatal(err)
			}
			if a.Source != tt.source {
				t.Errorf("source %q, want %q", a.Source, tt.source)
			}
			if got := a.Body[max(0, len(a.Body)-len(tt.tail)):]; got != tt.tail {
				t.Errorf("body ends %q, want %q", got, tt.tail)
			}
		})
	}
}
