package read

import "strings"

// speakerLabel reports whether the upper-case words before a colon open a
// speaker's label, not a dateline's place: "PRIME MINISTER KAN:", "THE
// PRESIDENT:", "MODERATOR:". A stored copy of a transcript often keeps its
// first turn only, and that one label, read as the place the text was filed
// from, hid the speaker's name from the extraction (session 33, label33).
func speakerLabel(words []string) bool {
	if len(words) > 1 && words[0] == "THE" {
		words = words[1:]
	}
	return len(words) > 0 && speakerWords[strings.Trim(words[0], ".")]
}
