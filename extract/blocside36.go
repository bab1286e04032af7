package extract

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

// Regional blocs as sides of the summits they hold with a partner: "the
// EU-CELAC Summit", "the ASEAN-Australia Special Summit", "the 7th EU-AU
// summit". The bloc meets there as one party (its chair or its members'
// leaders speak for it), so the summit's sides are the partner and the
// bloc, as a union of states is a side of its own summits. The bloc's code
// is data (organizations.json "side"); it is read only where a summit's
// name joins sides, never from the bloc's name elsewhere ("ASEAN
// countries", "on the sidelines of the ASEAN Summit").

// summitSideCode returns the code of the country, union of states or
// regional bloc a part of a summit's name stands for, or "".
func (lx *lexicon) summitSideCode(word string) string {
	if c := lx.sideCode(word); c != "" {
		return c
	}
	toks := tokenize(word, lx.abbr)
	if len(toks) == 0 {
		return ""
	}
	for _, e := range lx.names.match(toks, 0) {
		if e.kind == kOrg && len(tokenize(e.form, lx.abbr)) == len(toks) {
			if s := lx.k.Organizations[e.id].Side; s != "" {
				return s
			}
		}
	}
	return ""
}

// blocCode reports whether c is the side code of a regional bloc.
func (lx *lexicon) blocCode(c string) bool {
	return lx.blocOrg(c) >= 0
}

// blocOrg returns the index of the organisation whose side code is c, or
// -1.
func (lx *lexicon) blocOrg(c string) int {
	if c == "" {
		return -1
	}
	for i, o := range lx.k.Organizations {
		if o.Side == c {
			return i
		}
	}
	return -1
}

// blocGatherings adds the gathering of a regional bloc that a text's lead
// tells a leader took part in, held: "Prime Minister A attended the 52nd
// Pacific Islands Forum (PIF) Leaders' Meeting", "returned … after four
// days in Addis Ababa, where he participated in the 35th Ordinary Session
// of the Assembly of the African Union". The references code it as the
// summit of the leader and the bloc ([A, Pacific Islands Forum], [A,
// Caribbean Community]): the bloc meets as one party, member or guest
// alike. Told ahead ("will be attending", "to attend"), of ministers or
// officials, or under a name that joins the bloc to a partner (read by
// namedSummits), it is none here.
func (d *doc) blocGatherings(held []eng) []eng {
	if d.pub.IsZero() {
		return held
	}
	for s := 0; s < len(d.sents) && s < 2; s++ {
		from, to := d.sentToks(s)
		for k := from + 1; k+2 < to; k++ {
			at := k + 1
			switch {
			case d.lx.is(&d.toks[k], fBlocAttendVerbs) && !d.attendAhead(k, from):
				// (The chair "presided over the opening ceremony of
				// the 31st ASEAN Summit".)
				if d.toks[at].fold == "over" {
					at++
				}
			case d.toks[k].fold == "met" || d.toks[k].fold == "joined":
				// "A met Pacific leaders at the 52nd Pacific Islands
				// Forum", "joined other ASEAN leaders at the plenary
				// session of the 34th ASEAN Summit": the bloc's leaders
				// met at their gathering.
				if at = d.peersAt(k+1, to); at < 0 {
					continue
				}
			default:
				continue
			}
			bloc := d.blocGatheringAt(at, to)
			if bloc == "" {
				continue
			}
			if slices.ContainsFunc(held, func(e eng) bool { return e.typ == accord.Summit && slices.Contains(d.countriesOf(e), bloc) }) {
				return held
			}
			lead := -1
			for _, m := range d.mentions {
				if m.sent == s && m.person >= 0 && m.j <= k && d.persons[m.person].country != "" && d.leader(m.person) && !d.former(m.person) {
					lead = m.person
					break
				}
			}
			if lead < 0 && k-from <= 1 {
				// "While attending the XVI Summit of La Francophonie,
				// Prime Minister A announced": the fronted clause's
				// subject is the main clause's.
				for _, m := range d.mentions {
					if m.sent == s && m.person >= 0 && m.i > k && d.persons[m.person].country != "" && d.leader(m.person) && !d.former(m.person) {
						lead = m.person
						break
					}
				}
			}
			if lead < 0 {
				continue
			}
			// A gathering of days is dated by its month, as the
			// references date it ("from 10 to 11 September"); one
			// untold, by the month the text is of.
			e := eng{typ: accord.Summit, status: accord.StatusHeld, persons: []int{lead}, codes: []string{bloc}, sent: s, date: d.pub.Format("2006-01")}
			// (A day told before "where" or "after" is the main
			// verb's: "returned yesterday … where he participated in".)
			if ds := d.statedDays(d.lx.dates(d.toks, from, to, d.pub)); len(ds) == 1 && !ds[0].t.After(d.pub) {
				e.date = ds[0].format()
				if ds[0].rng || d.rangeEnd(ds[0].tok, from) || d.clauseBetween(ds[0].end, k) {
					e.date = ds[0].t.Format("2006-01")
				}
			}
			return append(held, e)
		}
	}
	return held
}

// attendAhead reports whether the attending verb at toks[k] is told ahead:
// "will be attending", "is to attend".
func (d *doc) attendAhead(k, from int) bool {
	for i := k - 1; i >= from && i >= k-3; i-- {
		if d.lx.summitAheadCues[d.toks[i].fold] {
			return true
		}
	}
	return false
}

// blocGatheringAt returns the side code of the regional bloc whose
// leaders' gathering is named from toks[i] ("the 52nd Pacific Islands
// Forum (PIF) Leaders' Meeting", "the 44th Meeting of the Conference of
// Heads of Government of the Caribbean Community", "the 36th AU Summit"),
// or "".
func (d *doc) blocGatheringAt(i, to int) string {
	noun := false
	for j := i; j < to && j < i+20; j++ {
		t := d.toks[j]
		if sp, ok := d.spanAt(j); ok && sp.i == j && sp.kind == kOrg {
			o := d.lx.k.Organizations[sp.e.id]
			if o.Side == "" {
				return ""
			}
			if strings.ContainsAny(t.text, "-–") || sp.j < to && (d.toks[sp.j].text == "-" || d.toks[sp.j].text == "–" || strings.HasPrefix(d.toks[sp.j].text, "-")) {
				return "" // "the ASEAN-Japan Summit", "ASEAN-related Summits"
			}
			if noun {
				return o.Side
			}
			return d.blocNounAfter(sp.j, to, o)
		}
		switch {
		case d.lx.blocGatheringOthers[t.fold]:
			return ""
		case d.lx.blocGatheringNouns[t.fold]:
			// (In lower case only before its bloc: "the extraordinary
			// summit of the African Union".)
			noun = true
		case !t.cap && d.lx.blocGatheringModifiers[t.fold]:
		case t.fold == "in" || t.fold == "at" || t.fold == "the" || t.fold == "of" || t.fold == "and" || t.fold == "'s" || t.fold == "’s":
		case t.word && (t.cap || t.upper || t.num || ordinalNumber(t.fold)):
		default:
			return ""
		}
	}
	return ""
}

// blocNounAfter returns o's side code when a gathering noun closes the
// capitalised words after its name at toks[j] ("Leaders' Meeting",
// "Summit"), or when its name is itself the gathering's ("the Pacific
// Islands Forum from 7-9 November"); else "".
func (d *doc) blocNounAfter(j, to int, o knowledge.Organization) string {
	if j < to && d.toks[j].text == "(" {
		for j < to && d.toks[j].text != ")" {
			j++
		}
		j++
	}
	for k := j; k < to && k < j+5; k++ {
		t := d.toks[k]
		switch {
		case d.lx.blocGatheringOthers[t.fold]:
			return ""
		case d.lx.blocGatheringNouns[t.fold] && t.cap:
			return o.Side
		case t.word && (t.cap || t.upper || t.num) || t.text == "'" || t.text == "’" || possessive(t):
		default:
			k = to
		}
	}
	if ws := strings.Fields(o.Name); len(ws) > 0 && accord.Fold(ws[len(ws)-1]) == "forum" && (j >= to || !d.toks[j].cap) {
		return o.Side
	}
	return ""
}

// clauseBetween reports whether a clause opens between toks[i] and
// toks[k]: "where", "after", "when".
func (d *doc) clauseBetween(i, k int) bool {
	for j := i; j < k; j++ {
		if f := d.toks[j].fold; f == "where" || f == "after" || f == "when" {
			return true
		}
	}
	return false
}

// rangeEnd reports whether the date at toks[i] closes a range of days:
// "from 10 to 11 September", "on 10 and 11 September".
// (The date may be read from either end of the range.)
func (d *doc) rangeEnd(i, from int) bool {
	joins := func(j int) bool {
		return j >= from && j < len(d.toks) && (d.toks[j].fold == "to" || d.toks[j].fold == "and" || d.toks[j].text == "-" || d.toks[j].text == "–")
	}
	return i-2 >= from && d.toks[i-2].num && joins(i-1) || i+2 < len(d.toks) && d.toks[i].num && joins(i+1) && d.toks[i+2].num
}

// peersAt returns where a gathering's name may open after "met [Pacific]
// leaders at" from toks[i] (a group of peers, then "at"), or -1.
func (d *doc) peersAt(i, to int) int {
	for j := i; j < to && j < i+4; j++ {
		t := d.toks[j]
		if d.lx.peerGroupNouns[t.fold] {
			if j+1 < to && d.toks[j+1].fold == "at" {
				return j + 1
			}
			return -1
		}
		if !t.word || !(t.cap || t.fold == "other" || t.fold == "fellow") {
			return -1
		}
	}
	return -1
}

// blocTold drops a bloc's summit with a partner that another summit of the
// same sentence already tells by the bloc's members ("A joined leaders of
// the ASEAN member states and Timor-Leste for the annual Chile-ASEAN
// Summit", a meeting of them all that consolidation takes for the
// gathering): one gathering is one engagement.
func (d *doc) blocTold(held []eng) []eng {
	var out []eng
	for _, e := range held {
		if e.typ == accord.Summit && slices.ContainsFunc(e.codes, d.lx.blocCode) && slices.ContainsFunc(held, func(o eng) bool {
			oc := d.countriesOf(o)
			return (o.typ == accord.Summit || class(o.typ) == "talks") && o.sent == e.sent && len(oc) >= 3 && !slices.ContainsFunc(oc, d.lx.blocCode)
		}) {
			continue
		}
		out = append(out, e)
	}
	return out
}
