package extract

import (
	"slices"
	"strings"

	"github.com/accordhq/accord"
)

// rosterReceptions reads a host's reception of guests named as a roster:
// "President A received credentials from four new envoys … The envoys who
// presented their credentials include the Ambassador of X, B, the
// Ambassador of Y, C …"; "receives guests of states, among them are Prime
// Minister B, Prime Minister C and Secretary D". A head of state receives
// each envoy (or guest) in turn: one reception per guest, as the references
// code guests of several countries (guests.go). The announcing sentence has
// a reception cue (roster_cues) before a plural roster noun (roster_nouns);
// its host is the person named before the cue, else the text's lead. The
// guests are the persons named after the noun in that sentence and in the
// later sentences that open with a roster noun or "among" and a link verb
// ("The ambassadors included", "Among those who presented their credentials
// were") before the first name. Guests must be of a known country other
// than the host's, two or more of them; a reception the text already gives
// is not given twice.
func (d *doc) rosterReceptions(held []eng, principals []int) []eng {
	var out []eng
	var bySent [][]*pmention // the mentions of each sentence, built on the first roster
	for s := 0; s < len(d.sents); s++ {
		from, to := d.sentToks(s)
		noun := d.rosterNoun(from, to)
		if noun < 0 || d.rosterRemote(from, to) {
			continue
		}
		if bySent == nil {
			bySent = make([][]*pmention, len(d.sents))
			for _, m := range d.mentions {
				if m.sent >= 0 && m.sent < len(bySent) {
					bySent[m.sent] = append(bySent[m.sent], m)
				}
			}
		}
		cue := from
		for cue < noun && !d.lx.rosterCues[d.toks[cue].fold] {
			cue++
		}
		host := d.rosterHost(bySent[s], cue, principals)
		if host < 0 {
			continue
		}
		guests := d.rosterNamed(bySent[s], noun, to, host)
		// The roster's sentences follow within a few: a release's
		// paragraph, not the rest of a long text.
		for t := s + 1; t < len(d.sents) && t <= s+rosterSpan; t++ {
			ft, tt := d.sentToks(t)
			if d.rosterNoun(ft, tt) >= 0 {
				break // another roster's sentence
			}
			if at := d.rosterOpens(bySent[t], ft, tt); at >= 0 {
				guests = append(guests, d.rosterNamed(bySent[t], at, tt, host)...)
			}
		}
		guests = append(guests, d.rosterByCountry(s, noun, to, host)...)
		guests = d.rosterGuests(guests, host)
		if len(guests) < 2 {
			continue
		}
		date, datePub := d.rosterDate(s, from, to)
		if date == "" {
			continue
		}
		for _, g := range guests {
			pair := []int{host, g}
			// "During the meeting with Russian ambassador A, the Head of
			// State …": the reception told again, by its guest.
			for k := range held {
				if held[k].typ == accord.Meeting && len(held[k].persons) == 2 && subset(pair, held[k].persons) && held[k].sent > s {
					held[k].typ, held[k].codes = accord.Reception, nil
					if held[k].datePub && !datePub {
						held[k].date, held[k].datePub = date, false
					}
				}
			}
			if slices.ContainsFunc(append(held, out...), func(h eng) bool {
				return (h.typ == accord.Reception || h.typ == accord.Meeting) && subset(pair, h.persons)
			}) {
				continue
			}
			out = append(out, eng{typ: accord.Reception, status: accord.StatusHeld, persons: pair, sent: s, date: date, datePub: datePub})
		}
	}
	return out
}

// rosterSpan is how many sentences after its announcement a roster may
// name its guests.
const rosterSpan = 6

// rosterNoun returns the token of the roster noun that follows a reception
// cue in toks[from:to) (a sentence that announces a roster), or -1.
func (d *doc) rosterNoun(from, to int) int {
	cue := false
	for k := from; k < to; k++ {
		f := d.toks[k].fold
		if d.lx.rosterCueGate.in(d.lx.rosterCues, f) {
			cue = true
		} else if cue && d.lx.rosterNounGate.in(d.lx.rosterNouns, f) {
			return k
		}
	}
	return -1
}

// rosterHost returns the host of a roster's sentence: the first person
// named in it before the cue at toks[cue], else the text's lead; -1 for
// none.
func (d *doc) rosterHost(ms []*pmention, cue int, principals []int) int {
	for _, m := range ms {
		if m.person >= 0 && !m.poss && !m.former && m.i < cue {
			return m.person
		}
	}
	if len(principals) > 0 {
		return principals[0]
	}
	return -1
}

// rosterOpens returns the token after which a sentence toks[from:to)
// (its mentions ms) names a roster's guests: a roster noun (or "among")
// and a link verb before its first name ("The envoys who presented their
// credentials include …"), or an envoy's papers and "by" ("Letters of
// credence were presented by …"); -1 when it opens no roster.
func (d *doc) rosterOpens(ms []*pmention, from, to int) int {
	first := to
	for _, m := range ms {
		if m.person >= 0 && m.i < first {
			first = m.i
		}
	}
	noun, papers, link := false, false, -1
	for k := from; k < first; k++ {
		f := d.toks[k].fold
		if d.lx.rosterNouns[f] || f == "among" {
			noun = true
		}
		if d.lx.rosterPapers[f] {
			papers = true
		}
		// The papers' bearers follow "by" ("Letters of credence were
		// presented by A (X), B (Y)"); after a guest noun "by" names a
		// host ("The envoys were received by Minister A").
		if noun && d.lx.rosterLinks[f] || papers && f == "by" {
			link = k
		}
	}
	noun = noun || papers
	if !noun || link < 0 {
		return -1
	}
	return link
}

// rosterNamed returns the persons of mentions ms named after toks[at] and
// before toks[to], other than the host.
func (d *doc) rosterNamed(ms []*pmention, at, to, host int) []int {
	var ps []int
	for _, m := range ms {
		if m.person >= 0 && m.person != host && !m.poss && !m.former && m.i > at && m.i < to {
			ps = appendInt(ps, m.person)
		}
	}
	return ps
}

// rosterGuests keeps the guests of a known country other than the host's,
// one person per country (two of one country are not a roster of envoys).
func (d *doc) rosterGuests(ps []int, host int) []int {
	hc := d.persons[host].country
	seen := map[string]bool{}
	var out []int
	for _, p := range ps {
		c := d.persons[p].country
		if c == "" || c == hc || seen[c] || slices.Contains(out, p) {
			continue
		}
		seen[c] = true
		out = append(out, p)
	}
	return out
}

// rosterDate returns the day of a roster's sentence: the first day it
// names up to the publication, else the publication's (datePub).
func (d *doc) rosterDate(s, from, to int) (string, bool) {
	for _, de := range d.lx.dates(d.toks, from, to, d.pub) {
		if de.prec == precDay && !de.t.After(d.pub) {
			return de.format(), false
		}
	}
	if d.pub.IsZero() {
		return "", false
	}
	return d.pub.Format("2006-01-02"), true
}

// rosterRemote reports whether toks[from:to) tell of calls, messages or
// greetings ("received congratulations from world leaders, including A"):
// no guest came.
func (d *doc) rosterRemote(from, to int) bool {
	for k := from; k < to; k++ {
		f := d.toks[k].fold
		// ("accepted their letters of credence": an envoy's papers.)
		if d.lx.messageNouns[f] && k+2 < to && d.toks[k+1].fold == "of" && d.toks[k+2].fold == "credence" {
			continue
		}
		if d.lx.remoteWords[f] || d.lx.messageNouns[f] || d.lx.carriedGreetings[f] {
			return true
		}
	}
	return false
}

// placeReach is how many tokens after "received in"/"received at" a guest
// told after the place may be named: "received in Muscat today the Saudi
// Deputy Minister of Defence, Prince A" (the Gulf agencies' order: place,
// day, then the guest's office and name in apposition).
const placeReach = 13

// creditWord reports whether toks[k] is an outlet's credit written in
// capitals ("KAZINFORM"), as a dateline gives it before the lead.
func (d *doc) creditWord(k int) bool {
	if !d.toks[k].upper {
		return false
	}
	_, ok := d.lx.outlets.credits[d.toks[k].fold]
	return ok
}

// rosterByCountry returns the guests of a roster named by their countries
// alone ("received ambassadors of Russia and China"), each the one person
// of that country the text names later with the roster noun's office
// ("During the meeting with Russian ambassador A").
func (d *doc) rosterByCountry(s, noun, to, host int) []int {
	office := strings.TrimSuffix(d.toks[noun].fold, "s")
	var out []int
	for _, o := range d.others {
		if o.kind != accord.Country || o.i <= noun || o.i >= to || o.key == d.persons[host].country {
			continue
		}
		one := -1
		for pi, p := range d.persons {
			if pi == host || p.country != o.key || !strings.Contains(accord.Fold(p.office+" "+strings.Join(p.roles, " ")), office) || !d.mentionedAfter(pi, s) {
				continue
			}
			if one >= 0 {
				one = -2
				break
			}
			one = pi
		}
		if one >= 0 {
			out = append(out, one)
		}
	}
	return out
}

// mentionedAfter reports whether person p is named in a sentence after s.
func (d *doc) mentionedAfter(p, s int) bool {
	for _, m := range d.mentions {
		if m.person == p && m.sent > s {
			return true
		}
	}
	return false
}
