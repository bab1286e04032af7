package extract

// listedFrom returns the country a listed person is said to come from
// ("A from Italy, B from Canada and C from Japan"): "from" right after
// the name, a country (not its possessive: "A from China's ministry"),
// and the list going on (a comma, semicolon or "and" after the country)
// or coming from before (a comma or "and" before the name); "" otherwise.
func (d *doc) listedFrom(m *pmention) string {
	k := m.j
	if k+1 >= len(d.toks) || d.toks[k].fold != "from" || d.toks[k+1].sent != d.toks[k].sent {
		return ""
	}
	q := k + 1
	if d.toks[q].fold == "the" {
		q++
	}
	sp, ok := d.spanAt(q)
	if !ok || sp.kind != kCountry || d.possAt(sp.j) {
		return ""
	}
	listed := func(t int) bool {
		if t < 0 || t >= len(d.toks) || d.toks[t].sent != d.toks[k].sent {
			return false
		}
		f := d.toks[t].text
		return f == "," || f == ";" || d.toks[t].fold == "and"
	}
	if listed(sp.j) || listed(m.i-1) {
		return sp.e.code
	}
	return ""
}
