package extract

import "strings"

// maxPeriodLabel bounds the bytes of a speaker label closed by a period.
const maxPeriodLabel = 60

// periodLabels returns body with the speaker labels that a period closes
// ("President Obama. Thank you…", "Prime Minister Lee. Thank you, Mr.
// President.", "Q. Mr. President…") closed by a colon instead, as most
// transcripts write them, so that the turns and the "I" of each turn are
// read. Archives of presidential papers print remarks this way; a label is a
// title and a name, or "Q", opening a line and followed by its speech on the
// same line. Only a text with two labels or more naming a title is rewritten
// (one such line is a sentence, not a transcript); the text keeps its
// length, so every offset, and every quote cut from the original, stays.
func (lx *lexicon) periodLabels(body string) string {
	var at []int // index of each label's period
	titled := 0
	for ls := 0; ls < len(body); {
		le := strings.IndexByte(body[ls:], '\n')
		if le < 0 {
			le = len(body)
		} else {
			le += ls
		}
		line := body[ls:le]
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		if p, title := lx.periodLabel(line[lead:]); p > 0 {
			at = append(at, ls+lead+p)
			if title {
				titled++
			}
		}
		ls = le + 1
	}
	if titled < 2 {
		return body
	}
	b := []byte(body)
	for _, p := range at {
		b[p] = ':'
	}
	return string(b)
}

// periodLabel returns the index of the period that closes a speaker label
// opening line, and whether the label opens with a title or an honorific
// ("Mr. A."); 0 when the line
// opens with no label. The period is followed by a space and the speech on
// the same line, which opens with a capital or a quotation mark.
func (lx *lexicon) periodLabel(line string) (int, bool) {
	if line == "" || line[0] < 'A' || line[0] > 'Z' {
		return 0, false
	}
	lim := min(len(line), maxPeriodLabel)
	for p := 1; p+2 < len(line) && p < lim; p++ {
		if line[p] != '.' || line[p+1] != ' ' {
			continue
		}
		next := line[p+2]
		if !(next >= 'A' && next <= 'Z' || next == '"' || next == '(' || strings.HasPrefix(line[p+2:], "“")) {
			continue
		}
		if p == 1 && line[0] == 'Q' {
			return p, false // a journalist's question
		}
		// An abbreviation's period ("Mr. Smith. Thank you") is inside the
		// label: look for the next one.
		if ab := tokenize(line[:p+1], lx.abbr); len(ab) > 0 && ab[len(ab)-1].word && strings.HasSuffix(ab[len(ab)-1].text, ".") {
			continue
		}
		label := line[:p]
		toks := tokenize(label, lx.abbr)
		if len(toks) < 2 || len(toks) > maxLabelWords {
			return 0, false
		}
		for _, t := range toks {
			if !t.word || !t.cap {
				return 0, false
			}
		}
		lx.ids(toks)
		title := false
		for _, e := range lx.names.match(toks, 0) {
			if (e.kind == kTitle || e.kind == kHonorific) && e.n < len(toks) {
				title = true
			}
		}
		if !title {
			return 0, false
		}
		return p, true
	}
	return 0, false
}
