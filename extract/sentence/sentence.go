// Package sentence splits article bodies into sentences with byte offsets.
package sentence

// Span is one sentence: Body[Start:End], trimmed of surrounding space.
type Span struct {
	Start, End int
}

// Split returns the sentences of text in order. Offsets are always inside
// text and never overlap.
//
// TODO(extract-actors helper): abbreviations (U.S., Jr., No., Gen., Mr.) must
// not split; paragraph breaks always split; quotes and brackets stay with
// their sentence. This first version only splits at ". " and newlines.
func Split(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t' || text[s] == '\r') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\t' || text[e-1] == '\r') {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
	}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' || (text[i] == '.' && i+1 < len(text) && text[i+1] == ' ') {
			emit(i + 1)
			start = i + 1
		}
	}
	emit(len(text))
	return out
}
