package accord

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want *Query // nil: EINVALID
	}{
		{"trade", &Query{Must: [][]string{{"trade"}}}},
		{"bilateral trade", &Query{Must: [][]string{{"bilateral"}, {"trade"}}}},
		{`"bilateral trade" 2030`, &Query{Must: [][]string{{"bilateral trade"}, {"2030"}}}},
		{"chips OR semiconductors OR AI", &Query{Must: [][]string{{"chips", "semiconductors", "AI"}}}},
		{"trade -Japan", &Query{Must: [][]string{{"trade"}}, Not: []string{"Japan"}}},
		{`trade -"supply chains"`, &Query{Must: [][]string{{"trade"}}, Not: []string{"supply chains"}}},
		{"or is a word", &Query{Must: [][]string{{"or"}, {"is"}, {"a"}, {"word"}}}},
		{"Việt  Nam\x00", &Query{Must: [][]string{{"Việt"}, {"Nam"}}}},
		{"trade , ;", &Query{Must: [][]string{{"trade"}}}},
		{"-Japan", nil},
		{`"unclosed`, &Query{Must: [][]string{{"unclosed"}}}},
		{`trade "rare earths`, &Query{Must: [][]string{{"trade"}, {"rare earths"}}}},
		{`trade -"rare earths`, &Query{Must: [][]string{{"trade"}}, Not: []string{"rare earths"}}},
		{`"`, nil},
		{"OR trade", nil},
		{"trade OR", nil},
		{"trade OR -Japan", nil},
		{"", nil},
		{`""`, nil},
		{"- ; !", nil},
		// Repeated terms fold: the cost of a query grows with its terms.
		{"trade trade Trade", &Query{Must: [][]string{{"trade"}}}},
		{`trade "rare  earths" "Rare earths"`, &Query{Must: [][]string{{"trade"}, {"rare  earths"}}}},
		{"a OR b OR a b OR a", &Query{Must: [][]string{{"a", "b"}}}},
		{"x -y -Y -y", &Query{Must: [][]string{{"x"}}, Not: []string{"y"}}},
		{strings.Repeat("trade ", MaxQueryBytes/6), &Query{Must: [][]string{{"trade"}}}},
		{strings.Repeat("trade ", 2000), nil}, // too long
		{terms(MaxQueryTerms), &Query{Must: wordsOf(MaxQueryTerms)}},
		{terms(MaxQueryTerms + 1), nil},
		{strings.ReplaceAll(terms(MaxQueryTerms+1), " ", " OR "), nil},
	}
	for _, tt := range tests {
		got, err := ParseQuery(tt.in)
		if tt.want == nil {
			if ErrorCode(err) != EINVALID {
				t.Errorf("ParseQuery(%q) = %+v, %v; want EINVALID", tt.in, got, err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseQuery(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

// terms returns a query of n distinct words.
func terms(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "w%d ", i)
	}
	return b.String()
}

func wordsOf(n int) [][]string {
	var out [][]string
	for i := range n {
		out = append(out, []string{fmt.Sprintf("w%d", i)})
	}
	return out
}

func TestQueryBoundMessage(t *testing.T) {
	_, err := ParseQuery(terms(100))
	if ErrorCode(err) != EINVALID || !strings.Contains(err.Error(), "at most 64") {
		t.Errorf("error %v does not state the limit", err)
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"trade", `"a b" OR c -d`, "-x", `"`, "OR"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err != nil {
			if ErrorCode(err) != EINVALID {
				t.Fatalf("ParseQuery(%q): %v is not EINVALID", s, err)
			}
			return
		}
		if len(q.Must) == 0 {
			t.Fatalf("ParseQuery(%q): no clause", s)
		}
		for _, c := range append(q.Must, q.Not) {
			for _, term := range c {
				if term == "" || !utf8.ValidString(term) || strings.ContainsFunc(term, func(r rune) bool { return r < ' ' }) {
					t.Fatalf("ParseQuery(%q): bad term %q", s, term)
				}
			}
		}
	})
}

func TestHighlightBalanced(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a \x02b\x03 c", "a <b> c"},
		{"\x02a\x03\x02b\x03", "<a><b>"},
		{"a \x03b\x02 c", "a b< c>"},
		{"\x02\x02a\x03\x03", "<a>"},
		{"a\x02b", "a<b>"},
		{"x<y \x02&\x03", "x&lt;y <&amp;>"},
	}
	for _, tt := range tests {
		esc := func(s string) string { return strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(s) }
		if got := Highlight(tt.in, "<", ">", esc); got != tt.want {
			t.Errorf("Highlight(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
