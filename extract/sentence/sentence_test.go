package sentence

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "One sentence. Another one.", []string{"One sentence.", "Another one."}},
		{"abbreviations", "President Joseph R. Biden, Jr. met Mr. Año in the U.S. Capitol. Then they left.",
			[]string{"President Joseph R. Biden, Jr. met Mr. Año in the U.S. Capitol.", "Then they left."}},
		{"initial", "National Security Advisor Eduardo M. Año spoke. He agreed.", []string{"National Security Advisor Eduardo M. Año spoke.", "He agreed."}},
		{"diacritics", "Tổng Bí thư Tô Lâm đã đến Hà Nội. Việt Nam và Hàn Quốc.", []string{"Tổng Bí thư Tô Lâm đã đến Hà Nội.", "Việt Nam và Hàn Quốc."}},
		{"paragraph", "A title without stop\n\nThe body starts here.", []string{"A title without stop", "The body starts here."}},
		{"line wrap", "President Biden met\nPresident Macron today.", []string{"President Biden met\nPresident Macron today."}},
		{"hard break", "Carbis Bay Hotel  \nSaint Ives, United Kingdom", []string{"Carbis Bay Hotel", "Saint Ives, United Kingdom"}},
		{"quote", "He said: “We are back.” So, thank you.", []string{"He said: “We are back.”", "So, thank you."}},
		{"lower case after period", "at 3 p.m. on Monday. Next.", []string{"at 3 p.m. on Monday.", "Next."}},
		{"number", "Order No. 4 of 2025 applies. It ends.", []string{"Order No. 4 of 2025 applies.", "It ends."}},
		{"question", "Is America back?  Definitely.", []string{"Is America back?", "Definitely."}},
		{"empty", "  \n ", nil},
		{"bullets after a full stop", "The deal was signed.\n  • It opens markets.\n  • Tariffs fall.", []string{"The deal was signed.", "• It opens markets.", "• Tariffs fall."}},
		{"item under a heading without a stop", "Energy Investments:\n- Up to $3 billion for grids\n- Up to $1 billion for ports", []string{"Energy Investments:", "- Up to $3 billion for grids", "- Up to $1 billion for ports"}},
		{"dotted initials", "Secretary A.B. Kumar met Minister J.R.K. Osei. They agreed.", []string{"Secretary A.B. Kumar met Minister J.R.K. Osei.", "They agreed."}},
		{"a dash inside a wrapped line", "Talks covered trade\n-related matters today.", []string{"Talks covered trade\n-related matters today."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("President Joseph R. Biden, Jr. met today. Việt Nam – RoK.\n\nNext.")
	f.Add("U.S. a.m. “Quote.” (Brackets.) ...")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Split(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %+v after %d in %q", sp, prev, s)
			}
			prev = sp.End
		}
	})
}

// TestShortBrackets checks that a stop inside a short bracketed aside on
// one line ends no sentence, and that one after the aside does.
func TestShortBrackets(t *testing.T) {
	text := "On May 3 (local time. May 4, Tokyo time.), the Minister met his counterpart. They agreed."
	got := Split(text)
	if len(got) != 2 || text[got[0].Start:got[0].End] != "On May 3 (local time. May 4, Tokyo time.), the Minister met his counterpart." {
		t.Errorf("got %d sentences: %v", len(got), got)
	}
}
