package extract

import "github.com/accordhq/accord/extract/target"

// maxLabelWords bounds a speaker label: "PRIME MINISTER ALBANESE:",
// "SECRETARY OF STATE ANTONY BLINKEN:", "Vladimir Putin:".
const maxLabelWords = 7

// speakerTurns returns the turns of a transcript: from each speaker label
// ("PRESIDENT A:", "Name:", "Q:") to the next, with the country the speaker
// acts for. In a turn, "we" and "I" are the speaker's side, not the
// publishing government's: a guest's "we have committed £11 billion" at the
// host's press conference is the guest's country's. A label that names no
// person is the host's office when it is only a title ("THE PRIME
// MINISTER:" on that government's own site), else a speaker of no country
// (a journalist, a moderator). A text with fewer than two labels has no
// turns.
func (d *doc) speakerTurns(h home) []target.Turn {
	var turns []target.Turn
	for s := range d.sents {
		from, to := d.sentToks(s)
		if from >= to {
			continue
		}
		k := d.labelEnd(from, to)
		if k < 0 {
			continue // no label, or a time or ratio: "5:05"
		}
		turn := target.Turn{Start: d.toks[from].start}
		person := false
		for _, m := range d.mentions {
			if m.sent == s && m.i >= from && m.j <= k && m.person >= 0 {
				turn.Country, person = d.persons[m.person].country, true
				break
			}
		}
		if !person && h.government && d.onlyTitle(from, k) {
			turn.Country = h.country
		}
		turns = append(turns, turn)
	}
	if len(turns) < 2 {
		return nil
	}
	return turns
}

// onlyTitle reports whether toks[from:to] is one title and nothing else, an
// article aside: "THE PRIME MINISTER", "President".
func (d *doc) onlyTitle(from, to int) bool {
	if from < to && d.toks[from].fold == "the" {
		from++
	}
	for _, sp := range d.spans {
		if sp.kind == kTitle && sp.i == from && sp.j == to {
			return true
		}
	}
	return false
}

// quoteTurns returns the turns of the quotations a text attributes to a
// named person of another country than the publisher's: from the sentence
// where the quotation opens to the one after it closes, "we" and "I" are
// the speaker's side ("'We will invest five trillion yen in India,' Kishida
// said" in an Indian release is Japan's). The text's own voice resumes
// after it. A quotation is attributed by "X said:" or "X said," right
// before it, or ", X said" or ", said X" right after it; one with no
// named speaker of known country gives no turn. nil when there is none.
func (d *doc) quoteTurns(h home) []target.Turn {
	var turns []target.Turn
	own := ""
	if h.government {
		own = h.country
	}
	open := -1
	for k, t := range d.toks {
		q := quoteMark(t.text)
		if q == 0 || q == '”' && open < 0 {
			continue
		}
		if open < 0 || q == '“' {
			open = k
			continue
		}
		c := d.speakerCountry(open, k)
		from, close := open, k
		open = -1
		if c == "" || c == own {
			continue
		}
		fs, _ := d.sentToks(d.toks[from].sent)
		_, ce := d.sentToks(d.toks[close].sent)
		turns = append(turns, target.Turn{Start: d.toks[fs].start, Country: c})
		if ce < len(d.toks) {
			turns = append(turns, target.Turn{Start: d.toks[ce].start, Country: own})
		}
	}
	return turns
}

// quoteMark returns the quotation mark a token is, or 0.
func quoteMark(s string) rune {
	switch s {
	case `"`:
		return '"'
	case "“":
		return '“'
	case "”":
		return '”'
	}
	return 0
}

// speakerCountry returns the country of the person a quotation from token
// open to token close is attributed to, or "".
func (d *doc) speakerCountry(open, close int) string {
	at := func(i, j int) string { // a person mention exactly over toks[i:j]
		for _, m := range d.mentions {
			if m.person >= 0 && m.ni <= j && m.nj == j && m.i >= i {
				return d.persons[m.person].country
			}
		}
		return ""
	}
	// Before: "Boris Johnson said: “…", "Kishida said, “…".
	if v := open - 2; v > 0 && (d.toks[open-1].text == ":" || d.toks[open-1].text == ",") && d.lx.reporting[d.toks[v].fold] {
		if c := at(max(0, v-8), v); c != "" {
			return c
		}
	}
	// After: "…,” Kishida said.", "…,” said Prime Minister Kishida."
	k := close + 1
	if k < len(d.toks) && d.toks[k].text == "," {
		k++
	}
	if k >= len(d.toks) {
		return ""
	}
	if d.lx.reporting[d.toks[k].fold] {
		for j := k + 2; j <= len(d.toks) && j <= k+8; j++ {
			if c := at(k+1, j); c != "" {
				return c
			}
		}
		return ""
	}
	for v := k + 1; v < len(d.toks) && v <= k+8; v++ {
		if d.lx.reporting[d.toks[v].fold] {
			return at(k, v)
		}
	}
	return ""
}
