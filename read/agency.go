package read

import (
	"strings"

	"github.com/accordhq/accord"
)

// parseAgency reads a news agency report:
//
//	date YYYY-MM-DD CITY — body … — AGENCY
//
// The date comes from the header, the dateline is the upper-case place before
// the first dash, the source the credit after the last one.
func parseAgency(name, src string) (*accord.Article, error) {
	s := strings.TrimLeft(src, " \t\n")
	s = strings.TrimPrefix(s, "date")
	s = strings.TrimLeft(s, " ")
	a := &accord.Article{Format: accord.FormatAgency, Published: s[:10]}
	s = strings.TrimLeft(s[10:], " \t")

	// The header line may end there ("date 2025-01-02\nTitle…") or run on
	// into the dateline and body.
	if d, ok := parseDateline(s); ok {
		a.Dateline = placeName(d.place)
		a.Source = d.source
		s = s[d.end:]
	}
	body, credit := trailingCredit(s)
	if credit != "" {
		a.Source = credit
	}
	a.Body = textParagraphs(body)
	a.Title = firstSentence(a.Body, maxTitle)
	return a, nil
}
