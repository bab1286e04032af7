package read

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A dateline opens a news report: "HÀ NỘI —", "WASHINGTON, March 3, 2025 —",
// "HANOI (Jan. 5) —", "LONDON (Reuters) -". dateline is what was read from one.
type dateline struct {
	place  string // as written: HÀ NỘI
	date   string // YYYY-MM-DD, --MM-DD without a year, or ""
	source string // a credit in parentheses: Reuters
	end    int    // byte offset where the text after the dash starts
}

// maxDateline bounds how far into a paragraph a dateline's dash may be.
const maxDateline = 100

// parseDateline reads a dateline at the start of p. ok is false when p does
// not start with one.
func parseDateline(p string) (d dateline, ok bool) {
	head := p
	if len(head) > maxDateline+4 {
		head = head[:maxDateline+4]
	}
	cut, dash := -1, ""
	for _, ds := range dashes {
		if i := strings.Index(head, ds); i > 0 && (cut < 0 || i < cut) {
			cut, dash = i, ds
		}
	}
	if cut < 0 || cut > maxDateline {
		return d, false
	}
	pre := strings.TrimSpace(p[:cut])
	d.end = cut + len(dash)

	// A parenthesised part: a date or a credit.
	if i := strings.IndexByte(pre, '('); i > 0 && strings.HasSuffix(pre, ")") {
		inner := strings.TrimSpace(pre[i+1 : len(pre)-1])
		pre = strings.TrimSpace(pre[:i])
		if dt, _ := proseDate(inner); dt != "" {
			d.date = dt
		} else if isCredit(inner) {
			d.source = inner
		} else {
			return d, false
		}
	}
	// After the first comma: a date, or a region (WASHINGTON, D.C.).
	place, after, _ := strings.Cut(pre, ",")
	if after = strings.TrimSpace(after); after != "" {
		if dt, span := proseDate(after); dt != "" && span[0] == 0 {
			d.date = dt
		}
	}
	if !isPlace(place) {
		return d, false
	}
	d.place = strings.TrimSpace(place)
	return d, true
}

// isPlace reports whether s can be a dateline's place: a few words, each
// starting with a capital (lower-case particles aside), no sentence.
func isPlace(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 50 || strings.ContainsAny(s, "!?;:\"“”()[]0123456789") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		if i > 0 && particles[strings.ToLower(strings.SplitN(w, "-", 2)[0])] {
			continue
		}
		return false
	}
	return true
}
