package read

import "testing"

// TestNumberedHeadings checks that a numbered heading between paragraphs
// with no blank line ("2. Flower Offering at the Cemetery"), as ministries
// number the parts of a visit's summary, is a paragraph of its own and the
// next line starts another; a numbered sentence wrapped onto the next line,
// a numbered item after a line that ends no sentence, and bullets stay as
// they were. Names are invented.
func TestNumberedHeadings(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"a heading between paragraphs",
			"Prime Minister Reid met business leaders on November 4.\n2. Flower Offering at the Cemetery in Kestra City\nPrime Minister Reid visited the cemetery on November 5.",
			"Prime Minister Reid met business leaders on November 4.\n\n2. Flower Offering at the Cemetery in Kestra City\n\nPrime Minister Reid visited the cemetery on November 5."},
		{"a heading of two words",
			"The overview is as follows.\n1. Bilateral relations\nThe two leaders welcomed the progress.",
			"The overview is as follows.\n\n1. Bilateral relations\n\nThe two leaders welcomed the progress."},
		{"a numbered sentence wrapped onto the next line",
			"The agency funds clinics.\n12. In December 2022, the agency launched the Coalition for Healthcare\nInfrastructure in the region.",
			"The agency funds clinics. 12. In December 2022, the agency launched the Coalition for Healthcare Infrastructure in the region."},
		{"a numbered item after a line that ends no sentence",
			"The ministers agreed to\n2. Strengthen Cooperation on Ports\nAnd more.",
			"The ministers agreed to 2. Strengthen Cooperation on Ports And more."},
		{"a numbered item whose link the next line closes",
			"The agency funds clinics.\n7. Under its [Climate Change and Health\nEquity](https://example.org/x) program the agency trained nurses.",
			"The agency funds clinics. 7. Under its Climate Change and Health Equity program the agency trained nurses."},
		{"a bullet after a sentence",
			"They agreed on steps.\n- Joint Patrols in the Strait\nTo be held yearly.",
			"They agreed on steps.\n\n• Joint Patrols in the Strait To be held yearly."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := markdownText(tt.in); got != tt.want {
				t.Errorf("markdownText(%q) =\n%q, want\n%q", tt.in, got, tt.want)
			}
		})
	}
}
