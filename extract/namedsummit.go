package extract

import (
	"regexp"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// namedSummits adds the summit a sentence names by its sides and reports
// held, where no contact of the document stands for it: "The 17th European
// Union-Canada Summit took place on 17-18 July", "At the 5th EU-Chile
// Summit, A announced …", "the outcomes of the Australia-India Annual
// Leaders' Summit in March". A summit is a gathering of its own kind when a
// union of states is a side (EU–Canada), when three sides or more hold it
// (Japan-China-ROK), or when the name calls it one of a series (an annual
// summit of two leaders); two states' plain "A-B Summit" is their meeting,
// read elsewhere. A talks or meeting the same sentence reports between
// exactly those sides ("met in Brussels in the framework of the EU-Japan
// Summit", "met as part of the 15th India-Japan Annual Summit") is the
// summit itself. A summit named ahead ("ahead of", "the next", "will
// attend") or as the venue of another contact ("on the margins of") is no
// summit held.
func (d *doc) namedSummits(held []eng, title *doc) []eng {
	if d.pub.IsZero() {
		return held
	}
	// "EU – Canada summit" over "A and B met with the Prime Minister of
	// Canada, C": the body's contact of exactly the headline summit's
	// sides is that summit.
	if title != nil {
		for k := range title.toks {
			if title.toks[k].fold != "summit" || !title.toks[k].word {
				continue
			}
			start, sides, series := title.summitName(k)
			if start < 0 || len(sides) < 2 || len(sides) == 2 && !series && !d.unionSide(sides) || title.summitAhead(start, 0, k, len(title.toks)) {
				continue
			}
			if n := slices.IndexFunc(held, func(e eng) bool {
				return !e.fromTitle && e.status == accord.StatusHeld && class(e.typ) == "talks" && sameSides(d.countriesOf(e), sides)
			}); n >= 0 {
				held[n].typ, held[n].named = accord.Summit, true
			}
		}
	}
	type found struct {
		sent  int
		date  string
		pub   bool
		sides []string
	}
	var fs []found
	for k := range d.toks {
		t := d.toks[k]
		if t.fold != "summit" || !t.word {
			continue
		}
		start, sides, series := d.summitName(k)
		if start < 0 {
			// "the 13th Summit between the EU and India", "The EU and
			// India held their 13th Summit"
			if start, sides = d.summitSides(k); start < 0 {
				continue
			}
		}
		from, to := d.sentToks(t.sent)
		if len(sides) < 2 && d.manySided(start, k) {
			// "the seventh Trilateral Summit": the sides are the
			// countries the sentence names before it.
			sides = d.sentenceSides(t.sent, k)
			if len(sides) < 3 {
				continue
			}
		}
		if len(sides) < 2 || len(sides) == 2 && !series && !d.unionSide(sides) {
			continue
		}
		if d.summitAhead(start, from, k, to) {
			continue
		}
		// "the EU-China summit … has been postponed" (prec30.go)
		if off, _ := d.calledOff(trigger{typ: accord.Summit, i: start, j: k + 1, sent: t.sent, form: "summit"}, from, to); off {
			continue
		}
		// A talks or meeting of the sentence between exactly the sides is
		// the summit, on the day it has.
		if n := d.summitHeldAs(held, t.sent, sides); n >= 0 {
			held[n].typ, held[n].named = accord.Summit, true
			continue
		}
		date, pubDated, ok := d.summitDay(t.sent, from, to)
		// "the June U.S.-EU Summit": a month in the name dates it; a day
		// the sentence gives another contact ("spoke today with A … the
		// outcomes from the U.S.-EU Summit") is not its.
		// (A day right after the name is the summit's: "the Trilateral
		// Summit on April 11".)
		if ds := d.summitOwnDay(start, k, to); len(ds) == 1 {
			if ds[0].t.After(d.pub) || ds[0].prec != precDay && ds[0].prec != precMonth {
				continue // "since our Trilateral Summit in 2023": a year recalled
			}
			date, pubDated, ok = ds[0].format(), false, true
		} else if slices.ContainsFunc(held, func(e eng) bool {
			// (Meetings of its own sides the sentence tells with it, "at
			// the A-B-C Summit Meeting, at the A-B Summit Meeting …, on
			// May 9", are on its margins, of its day.)
			return e.typ != accord.Summit && e.typ != accord.Visit && (e.sent == t.sent && !e.fromTitle || e.fromTitle && e.date == date) &&
				(class(e.typ) != "talks" || slices.ContainsFunc(d.countriesOf(e), func(c string) bool { return !slices.Contains(sides, c) }))
		}) {
			continue
		}
		if !ok {
			continue
		}
		// "held a Summit Meeting with B during his visit to Seoul for the
		// Japan-China-ROK Trilateral Summit": the gathering a trip is for
		// falls on a day of the trip, not the day the sentence gives its
		// contact; only a month dates it ("my visit in March for the A-B
		// Annual Summit").
		if d.tripPurpose(trigger{typ: accord.Summit, i: start, j: k + 1, sent: t.sent, form: "summit"}, from) && (pubDated || len(date) > len("2006-01")) {
			continue
		}
		fs = append(fs, found{t.sent, date, pubDated, sides})
	}
	for _, f := range fs {
		n := slices.IndexFunc(held, func(e eng) bool {
			// One of its sides and its day: a summit another rule read
			// (a headline's may name one side's leader alone).
			return e.typ == accord.Summit && e.status == accord.StatusHeld && len(e.persons)+len(e.codes) >= 2 && sharedCountries(d.countriesOf(e), f.sides) >= 1 && (e.sent == f.sent && !e.fromTitle || strings.HasPrefix(e.date, f.date) || strings.HasPrefix(f.date, e.date))
		})
		if n >= 0 {
			// The summit held "on 19 November", which the publication
			// dated.
			if held[n].sent == f.sent && held[n].datePub && !f.pub && len(f.date) == len("2006-01-02") {
				held[n].date, held[n].datePub = f.date, false
			}
			// "A and B represented the EU" read as the summit's: the
			// partner its name gives is a side of it too.
			// (Not where a person of it has no country: the side may be
			// theirs.)
			// (Nor a bloc's side where the summit has two countries
			// already: "co-chaired by A and B", B the bloc's chair, speaks
			// for it.)
			have := d.countriesOf(held[n])
			for _, c := range f.sides {
				if !slices.Contains(have, c) && !slices.ContainsFunc(held[n].persons, func(p int) bool { return d.persons[p].country == "" }) && (len(have) < 2 || !d.lx.blocCode(c)) {
					d.addSide(&held[n], c, f.sent)
				}
			}
			continue
		}
		// "Japan and the EU held their 23rd Summit in Tokyo on 29 May.
		// Prime Minister A hosted B and C": a talks or meeting of exactly
		// its sides on its day, told in another sentence, is the summit.
		if n := slices.IndexFunc(held, func(e eng) bool {
			return !e.fromTitle && e.status == accord.StatusHeld && class(e.typ) == "talks" && e.date == f.date && !f.pub && sameSides(d.countriesOf(e), f.sides)
		}); n >= 0 {
			held[n].typ, held[n].named = accord.Summit, true
			continue
		}
		e := eng{typ: accord.Summit, status: accord.StatusHeld, sent: f.sent, date: f.date, datePub: f.pub, named: true}
		for _, c := range f.sides {
			d.addSide(&e, c, f.sent)
		}
		held = append(held, e)
	}
	return held
}

// summitName reads back from the summit word at toks[k] over its name: the
// capitalised words, dashes, ordinals and series words ("annual",
// "trilateral") of "the 17th European Union-Canada Summit", "the 14th
// India-Japan annual summit". It returns the name's first token, the sides
// its dashes join, and whether a series word stands in it; -1 when the
// words before the summit make no name of sides or series.
func (d *doc) summitName(k int) (start int, sides []string, series bool) {
	sent := d.toks[k].sent
	start = k
	dashed := false
	for i := k - 1; i >= 0 && k-i <= 10 && d.toks[i].sent == sent; i-- {
		t := d.toks[i]
		switch {
		case t.text == "-" || t.text == "–":
			dashed = true
		case d.lx.seriesSummit[t.fold]:
			series = true
		case t.word && (t.cap || t.upper || t.num || ordinalNumber(t.fold)):
			dashed = dashed || strings.ContainsAny(t.text, "-–")
		case t.fold == "of" && i+1 < k && d.toks[i+1].cap, t.text == "(" || t.text == ")", possessive(t) || t.text == "'" || t.text == "’":
		default:
			i = -1 // the word that ends the name
			continue
		}
		start = i
	}
	if start == k {
		return -1, nil, false
	}
	if dashed {
		sides = d.dashSides(d.text[d.toks[start].start:d.toks[k].start])
	}
	if len(sides) < 2 && !series {
		return -1, nil, false
	}
	return start, sides, series
}

var bracketedAbbr = regexp.MustCompile(`\s*\([A-Z][A-Za-z.]{0,7}\)`)

// dashSides returns the sides a name joins by dashes, each side the
// longest run of its words a country or union of states has for its name:
// "17th European Union-Canada Annual" joins the EU and Canada,
// "EU-Republic of Korea" the EU and Korea. Nil unless every part is one.
func (d *doc) dashSides(name string) []string {
	// "The European Union (EU)-Russia": an abbreviation in brackets after
	// a side's name is no word of it.
	// (Only a name with a bracket is given to the regexp.)
	if strings.IndexByte(name, '(') >= 0 {
		name = bracketedAbbr.ReplaceAllString(name, "")
	}
	parts := strings.FieldsFunc(strings.ReplaceAll(name, "–", "-"), func(r rune) bool { return r == '-' })
	var out []string
	for n, part := range parts {
		ws := strings.Fields(part)
		code := ""
		// The first part ends in its side ("17th European Union"), the
		// last starts with it ("Canada Annual"), a middle one is whole.
		for a := 0; a < len(ws) && code == ""; a++ {
			for b := len(ws); b > a && code == ""; b-- {
				if n > 0 && a > 0 || n < len(parts)-1 && b < len(ws) {
					continue
				}
				code = d.lx.summitSideCode(strings.Join(ws[a:b], " "))
			}
		}
		if code == "" {
			return nil
		}
		out = appendStr(out, code)
	}
	return out
}

// manySided reports whether a word of the name toks[start:k] calls the
// summit one of three sides or more: "Trilateral".
func (d *doc) manySided(start, k int) bool {
	for i := start; i < k; i++ {
		if d.lx.manySidedSummit[d.toks[i].fold] {
			return true
		}
	}
	return false
}

// sentenceSides returns the countries sentence s names before toks[k], of
// its persons and by name.
func (d *doc) sentenceSides(s, k int) []string {
	var out []string
	for _, m := range d.mentions {
		if m.sent == s && m.person >= 0 && m.i < k {
			if c := d.persons[m.person].country; c != "" {
				out = appendStr(out, c)
			}
		}
	}
	for _, o := range d.others {
		if o.kind == accord.Country && o.i >= 0 && o.i < k && d.toks[o.i].sent == s {
			out = appendStr(out, o.key)
		}
	}
	return out
}

// unionSide reports whether one of the sides is a union of states (the
// EU), not a country of the country table.
func (d *doc) unionSide(sides []string) bool {
	for _, c := range sides {
		if d.lx.unionSides.holdsFold(c) || d.lx.blocCode(c) {
			return true
		}
	}
	return false
}

// summitAhead reports whether the words before a summit's name place it
// ahead or make it the venue of another contact: "ahead of the", "the
// next", "will attend the", "on the margins of the".
func (d *doc) summitAhead(start, from, k, to int) bool {
	// A second gathering joined by "and" to the first ("will leave … to
	// attend a NATO Summit Meeting and a Japan-EU Summit") shares the
	// first's verb: the window moves to the first conjunct's start.
	lo, head := start-6, start
	for i := start - 1; i >= from && i >= lo; i-- {
		f := d.toks[i].fold
		if d.lx.sideline[f] {
			return true
		}
		// "to" places it ahead as a verb's mark ("to attend the"), not as
		// a preposition ("a visit to Delhi for the").
		if i >= head-4 && d.lx.summitAheadCues[f] && (f != "to" || i+2 <= head && d.toks[i+1].word && !d.toks[i+1].cap && d.toks[i+1].fold != "the") {
			return true
		}
		if f == "and" && head == start {
			if h := d.gatheringConjunct(i, from); h >= 0 {
				lo, head = h-6, h
			}
		}
	}
	for i := start; i < k; i++ {
		if d.lx.summitAheadCues[d.toks[i].fold] {
			return true // "the next EU-Canada Summit"
		}
	}
	// "The summit will take place": a future auxiliary after the name.
	for i := k + 1; i < to && i <= k+4; i++ {
		if d.lx.futureAuxiliaries[d.toks[i].fold] {
			return true
		}
	}
	return false
}

// summitOwnDay returns the dates inside a summit's name (toks[start:k],
// "the June U.S.-EU Summit") or right after it ("Summit on April 11", "in
// June").
func (d *doc) summitOwnDay(start, k, to int) []dateExpr {
	if ds := d.lx.dates(d.toks, start, k, d.pub); len(ds) > 0 {
		return ds
	}
	end := min(to, k+6)
	if k+1 < end && (d.toks[k+1].fold == "meeting" || d.toks[k+1].fold == "talks") {
		k++
	}
	if k+1 >= end || d.toks[k+1].fold != "on" && d.toks[k+1].fold != "in" {
		return nil
	}
	var out []dateExpr
	for _, de := range d.lx.dates(d.toks, k+1, end, d.pub) {
		if de.tok <= k+2 {
			out = append(out, de)
		}
	}
	return out
}

// summitDay dates a named summit: the one day or month its sentence states,
// none after publication; else, in the headline's lead (the first two
// sentences), the publication day.
func (d *doc) summitDay(s, from, to int) (date string, pub, ok bool) {
	ds := d.statedDays(d.lx.dates(d.toks, from, to, d.pub))
	// "New Delhi, October 28 (ANI): A on Thursday attended the …
	// Summit": a dateline's day and the weekday that names it are one.
	if len(ds) > 1 && !slices.ContainsFunc(ds[1:], func(x dateExpr) bool { return x.format() != ds[0].format() }) {
		ds = ds[:1]
	}
	if len(ds) == 1 {
		if ds[0].t.After(d.pub) || ds[0].prec != precDay && ds[0].prec != precMonth {
			return "", false, false
		}
		return ds[0].format(), false, true
	}
	if len(ds) == 0 && s < 2 {
		return d.pub.Format("2006-01-02"), true, true
	}
	return "", false, false
}

// summitHeldAs returns the talks or meeting sentence s reports between
// exactly the summit's sides, or -1.
func (d *doc) summitHeldAs(held []eng, s int, sides []string) int {
	for n, e := range held {
		if e.sent == s && !e.fromTitle && class(e.typ) == "talks" && sameSides(d.countriesOf(e), sides) {
			return n
		}
	}
	return -1
}

// addSide adds side c to summit e: its leaders, or the side itself.
func (d *doc) addSide(e *eng, c string, s int) {
	ps := d.sideLeaders(c, s)
	if len(ps) == 0 {
		e.codes = appendStr(e.codes, c)
	}
	for _, p := range ps {
		e.persons = appendInt(e.persons, p)
	}
}

// sideLeaders returns the leaders of side c a summit's sentence names, else
// those the document names (not former ones).
func (d *doc) sideLeaders(c string, s int) []int {
	var inSent, inDoc []int
	for _, m := range d.mentions {
		p := m.person
		if p < 0 || d.persons[p].country != c || !d.leader(p) || d.former(p) {
			continue
		}
		if m.sent == s {
			inSent = appendInt(inSent, p)
		}
		inDoc = appendInt(inDoc, p)
	}
	stand, instead := d.summitStandIns(c, s)
	if instead || len(inSent) == 0 && len(stand) > 0 {
		return stand
	}
	if len(inSent) > 0 {
		return inSent
	}
	return inDoc
}

// sameSides reports whether two lists hold the same countries.
func sameSides(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, c := range a {
		if !slices.Contains(b, c) {
			return false
		}
	}
	return true
}

// gatheringConjunct returns the start of the gathering's name that ends
// right before the "and" at i ("a NATO Summit Meeting and"): a run of
// capitalised words holding "Summit", after an optional determiner; -1
// when the words before "and" name no gathering.
func (d *doc) gatheringConjunct(and, from int) int {
	summit := false
	k := and - 1
	for ; k >= from && k >= and-6 && d.toks[k].cap; k-- {
		summit = summit || d.toks[k].fold == "summit"
	}
	if !summit || k == and-1 {
		return -1
	}
	if k >= from && (d.toks[k].fold == "a" || d.toks[k].fold == "an" || d.toks[k].fold == "the") {
		return k
	}
	return k + 1
}
