package extract

// leadFiller reports whether sentence s is a line a government's page sets
// over its lead, no sentence of it: the headline repeated as the body's
// first line ("Japan-Brazil Summit Meeting (Summary)"), a date alone ("May
// 3, 2024"), or a bracketed note ("[Provisional translation]"). The lead's
// principals are read from the sentences after such lines: with both the
// headline and the date over it, "A signing ceremony … and a joint press
// conference were held afterwards" found no principals for its sides.
func (d *doc) leadFiller(s int, title *doc) bool {
	from, to := d.sentToks(s)
	if from >= to {
		return false
	}
	if d.toks[from].text == "[" && d.toks[to-1].text == "]" {
		return true
	}
	words := 0
	for k := from; k < to; k++ {
		if d.toks[k].word {
			words++
		}
	}
	if words == 0 {
		return false
	}
	// A date alone ("May 3, 2024", "Friday, 3 May 2024"): a short line,
	// every word of it inside one date.
	if words <= 5 {
		for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
			in := 0
			for k := de.tok; k < de.end && k < to; k++ {
				if d.toks[k].word {
					in++
				}
			}
			if in == words {
				return true
			}
		}
	}
	// The headline again, word for word.
	if title == nil {
		return false
	}
	n := 0
	k := from
	for _, t := range title.toks {
		if !t.word {
			continue
		}
		for k < to && !d.toks[k].word {
			k++
		}
		if k >= to || d.toks[k].fold != t.fold {
			return false
		}
		k++
		n++
	}
	return n == words
}
