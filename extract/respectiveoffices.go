package extract

// respectiveOffices gives persons named in apposition to the offices of
// two countries or more their countries, one each in order ("The foreign
// ministers of Russia and Belarus, A and B, signed", "the Presidents of
// Angola and Madagascar, respectively, A and B"). Only a mention without a
// country takes one.
func (d *doc) respectiveOffices() {
	for k := 1; k+2 < len(d.toks); k++ {
		if d.toks[k].fold != "of" {
			continue
		}
		if !d.lx.officeHolders[d.toks[k-1].fold] {
			continue
		}
		// "the foreign ministers of Russia and Belarus, A and B".
		var codes []string
		q := k + 1
		for q < len(d.toks) && d.toks[q].sent == d.toks[k].sent {
			sp, ok := d.spanAt(q)
			if !ok || sp.i != q || sp.kind != kCountry || sp.e.code == "" {
				break
			}
			codes = append(codes, sp.e.code)
			q = sp.j
			if q < len(d.toks) && (d.toks[q].fold == "and" || d.toks[q].text == "," && q+1 < len(d.toks) && d.spanStarts(q+1, kCountry)) {
				q++
				continue
			}
			break
		}
		if len(codes) < 2 || q >= len(d.toks) || d.toks[q].text != "," {
			continue
		}
		q++
		if q+1 < len(d.toks) && d.toks[q].fold == "respectively" && d.toks[q+1].text == "," {
			q += 2
		}
		var named []*pmention
		for len(named) < len(codes) && q < len(d.toks) {
			m := d.mentionAt(q)
			if m == nil || m.sent != d.toks[k].sent {
				break
			}
			named = append(named, m)
			q = m.j
			if q < len(d.toks) && d.toks[q].text == "," {
				q++
			}
			if q < len(d.toks) && d.toks[q].fold == "and" {
				q++
			}
		}
		if len(named) != len(codes) {
			continue
		}
		for n, m := range named {
			if m.country == "" {
				m.country = codes[n]
			}
		}
	}
}

// spanStarts reports whether a span of kind kind starts at toks[k].
func (d *doc) spanStarts(k, kind int) bool {
	sp, ok := d.spanAt(k)
	return ok && sp.i == k && sp.kind == kind
}
