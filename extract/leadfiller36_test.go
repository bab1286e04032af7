package extract

import "testing"

// TestLeadFiller36 checks the lines a summit outline sets over its lead:
// the headline repeated, a date alone, a bracketed note. The lead's two
// are read after them, so a contact told with no persons ("A joint press
// conference was held afterwards", "A signing ceremony … was held") takes
// the lead's two. Without the lines the same text reads the same. A
// bracketed line after the lead's first sentence is no filler (a written
// answer's reference number). Invented names.
func TestLeadFiller36(t *testing.T) {
	lead := "On May 9, Mr. Arlo Venn, Prime Minister of Japan, held a meeting with H.E. Mr. Bera Tisk, President of the Republic of Chile. "
	tests := []sourcedCase{
		{"headline and date over the lead", "Ministry", "Japan-Chile Summit Meeting (Summary)", "2023-05-09",
			"Japan-Chile Summit Meeting (Summary)\n\nMay 9, 2023\n[Provisional translation]\n\n" + lead + "A joint press conference was held afterwards.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk", "press_conference 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"a signing ceremony under the same lines", "Ministry", "Japan-Chile Summit Meeting (Summary)", "2023-05-09",
			"Japan-Chile Summit Meeting (Summary)\n\nMay 9, 2023\n\n" + lead + "A signing ceremony of memorandums of understanding was held afterwards.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Chile+Japan"}},
		{"no lines", "Ministry", "Japan-Chile Summit Meeting (Summary)", "2023-05-09",
			lead + "A joint press conference was held afterwards.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk", "press_conference 2023-05-09 Arlo Venn+Bera Tisk"}},
	}
	runTyped(t, tests, "engagements", "meeting", "press_conference", "signing")
}
