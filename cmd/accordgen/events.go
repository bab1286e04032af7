package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// part is one article's share of an event: the section of data/events.txt
// it takes its headline and lead from, the day it reports (an offset from
// the event's first day), and for a summit which sideline meeting.
type part struct {
	sec  string
	day  int
	side int
}

// plan is one event, drawn from its own random source so that any report
// of it can be written without the others: the basis of -shuffle.
type plan struct {
	sec      string // call, video, meeting, visit, summit, message
	pair     int
	swap     bool // the pair's second country is side A (the visitor)
	level    [3]int
	parties  []int    // summit: countries, the host first
	sides    [][2]int // summit: sideline meetings, as indexes of parties
	summit   int
	jitter   int
	visit    string
	days     int
	docs     int
	pledge   int // index of a [pledge] sentence, or -1
	money    int // millions of US dollars
	trade    bool
	reports  []part
	extraSeq uint64 // seed of the event's other draws
}

// outlets reporting one happening: mostly one or two, sometimes six.
func outlets(r *rand.Rand) int {
	x := r.IntN(100)
	switch {
	case x < 45:
		return 1
	case x < 70:
		return 2
	case x < 85:
		return 3
	case x < 93:
		return 4
	case x < 97:
		return 5
	}
	return 6
}

// office returns the office that acts for a country at a level: the head
// of government stands in for a ceremonial head of state.
func (w *world) office(ci, level int) int {
	if level == headOfState && w.countries[ci].ceremonial() {
		return headOfGovernment
	}
	return level
}

// plan draws event j.
func (w *world) plan(j int) *plan {
	r := rand.New(rand.NewPCG(w.seed, uint64(j)+1))
	p := &plan{pair: w.pickPair(r), swap: r.IntN(2) == 0, jitter: r.IntN(5) - 2, pledge: -1, extraSeq: r.Uint64()}
	leader := func() int { // head of state or of government, or foreign minister
		return []int{headOfState, headOfGovernment, headOfGovernment, foreignMinister, foreignMinister}[r.IntN(5)]
	}
	x := r.IntN(100)
	switch {
	case x < 24:
		p.sec = "call"
	case x < 29:
		p.sec = "video"
	case x < 51:
		p.sec = "meeting"
	case x < 72:
		p.sec = "visit"
	case x < 80:
		p.sec = "summit"
	default:
		p.sec = "message"
	}
	switch p.sec {
	case "call", "video", "message":
		l := leader()
		if p.sec == "message" {
			l = r.IntN(2)
		}
		p.level = [3]int{l, l, l}
		n := outlets(r)
		if p.sec == "message" {
			n = 1 + r.IntN(2)
		}
		for range n {
			p.reports = append(p.reports, part{sec: p.sec})
		}
		p.trade = p.sec != "message" && r.IntN(3) == 0
	case "meeting":
		a := []int{headOfGovernment, foreignMinister, foreignMinister}[r.IntN(3)]
		b := a
		if a == foreignMinister && r.IntN(2) == 0 {
			b = headOfGovernment // a foreign minister received by the head of government
		}
		p.level = [3]int{a, b, b}
		for range outlets(r) {
			p.reports = append(p.reports, part{sec: p.sec})
		}
		p.trade = r.IntN(2) == 0
		if r.IntN(6) == 0 {
			p.pledge = r.IntN(len(w.lists["pledge"]))
		}
	case "visit":
		l := []int{headOfState, headOfState, headOfGovernment, headOfGovernment, foreignMinister}[r.IntN(5)]
		third := headOfState
		if l == headOfState {
			third = headOfGovernment
		}
		p.level = [3]int{l, l, third}
		p.visit = []string{"state", "official", "official", "working"}[r.IntN(4)]
		if l == foreignMinister {
			p.visit = []string{"official", "working"}[r.IntN(2)]
		}
		p.days = 2 + r.IntN(3)
		p.docs = 2 + r.IntN(11)
		for range 1 + r.IntN(2) {
			p.reports = append(p.reports, part{sec: "visit.arrive"})
		}
		for range outlets(r) {
			p.reports = append(p.reports, part{sec: "visit.talks", day: 1})
		}
		if p.days >= 3 && r.IntN(10) < 7 {
			for range 1 + r.IntN(2) {
				p.reports = append(p.reports, part{sec: "visit.call", day: p.days - 1})
			}
		}
		p.trade = r.IntN(4) != 0
		if r.IntN(3) == 0 {
			p.pledge = r.IntN(len(w.lists["pledge"]))
		}
	case "summit":
		p.summit = r.IntN(len(w.summits))
		n := 4 + r.IntN(6)
		seen := map[int]bool{}
		for len(p.parties) < n {
			if c := w.pickCountry(r); !seen[c] {
				seen[c] = true
				p.parties = append(p.parties, c)
			}
		}
		p.level = [3]int{headOfGovernment, headOfGovernment, headOfGovernment}
		for range outlets(r) {
			p.reports = append(p.reports, part{sec: "summit"})
		}
		for s := range 1 + r.IntN(3) {
			a, b := r.IntN(n), r.IntN(n-1)
			if b >= a {
				b++
			}
			p.sides = append(p.sides, [2]int{a, b})
			for range 1 + r.IntN(2) {
				p.reports = append(p.reports, part{sec: "sideline", side: s})
			}
		}
	}
	p.money = []int{5, 10, 20, 50, 100, 150, 200, 300, 500, 750}[r.IntN(10)]
	return p
}

// corpus is n articles of a world: events one after another, each with the
// number of articles that report it, spread evenly over the span.
type corpus struct {
	w      *world
	n      int
	counts []uint8 // per event, its reports
}

func newCorpus(w *world, n int) *corpus {
	c := &corpus{w: w, n: n}
	for total := 0; total < n; {
		k := len(w.plan(len(c.counts)).reports)
		c.counts = append(c.counts, uint8(k))
		total += k
	}
	return c
}

// write writes the corpus in order, or shuffled: the same articles with
// the same ids.
func (c *corpus) write(out io.Writer, shuffle bool) error {
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	type ref struct {
		j   int32
		k   uint8
		idx int32
	}
	refs := make([]ref, 0, c.n)
	for j, k := range c.counts {
		for i := range k {
			if len(refs) < c.n {
				refs = append(refs, ref{int32(j), i, int32(len(refs))})
			}
		}
	}
	if shuffle {
		r := rand.New(rand.NewPCG(c.w.seed, 1<<62))
		r.Shuffle(len(refs), func(a, b int) { refs[a], refs[b] = refs[b], refs[a] })
	}
	var p *plan
	last := int32(-1)
	for _, f := range refs {
		if f.j != last {
			p, last = c.w.plan(int(f.j)), f.j
		}
		if err := enc.Encode(c.render(p, int(f.j), int(f.k), int(f.idx))); err != nil {
			return err
		}
	}
	return nil
}

// day is the first day of event j.
func (c *corpus) day(p *plan, j int) int {
	d := int(float64(j)*float64(span)/float64(len(c.counts))) + p.jitter
	return max(0, min(d, span-5))
}

// side is one participant of a report.
type side struct {
	ci     int
	p      *person
	title  string
	office int
}

func (w *world) side(ci, level, day int) side {
	o := w.office(ci, level)
	p, t := w.holder(ci, o, day)
	return side{ci: ci, p: p, title: t, office: o}
}

// render writes report k of event j, the idx-th article of the corpus.
func (c *corpus) render(p *plan, j, k, idx int) Item {
	w := c.w
	part := p.reports[k]
	r := rand.New(rand.NewPCG(p.extraSeq, uint64(k)+1))
	day0 := c.day(p, j)
	day := day0 + part.day
	pub := day
	if r.IntN(10) < 3 {
		pub++
	}
	date, published := start.AddDate(0, 0, day), start.AddDate(0, 0, pub)

	pr := &w.pairs[p.pair]
	ca, cb := pr.a, pr.b
	if p.swap {
		ca, cb = cb, ca
	}
	var sides [3]side
	var parties []side
	switch p.sec {
	case "summit":
		for _, ci := range p.parties {
			parties = append(parties, w.side(ci, headOfGovernment, day))
		}
		if part.sec == "sideline" {
			s := p.sides[part.side]
			sides[0], sides[1] = parties[s[0]], parties[s[1]]
		} else {
			sides[0], sides[1] = parties[0], parties[1]
		}
		sides[2] = sides[1]
	default:
		sides[0] = w.side(ca, p.level[0], day)
		sides[1] = w.side(cb, p.level[1], day)
		sides[2] = w.side(cb, p.level[2], day)
		if sides[2].p == sides[1].p {
			sides[2] = w.side(cb, foreignMinister, day)
		}
	}
	host := sides[1].ci
	if p.sec == "summit" {
		host = p.parties[0]
	}

	v := map[string]string{
		"CITY":   w.countries[host].capital,
		"DATE":   datePhrase(r, date, published),
		"VISIT":  p.visit,
		"AVISIT": article(p.visit) + " " + p.visit,
		"DAYS":   []string{"", "", "two-day", "three-day", "four-day"}[min(p.days, 4)],
		"DOCS":   numberWord(p.docs),
		"AREA":   "", "AREA2": "",
		"MONEY": fmt.Sprintf("US$%d million", p.money),
		"YEAR":  fmt.Sprint(date.Year() + 1 + r.IntN(4)),
	}
	areas := w.lists["areas"]
	a1 := r.IntN(len(areas))
	a2 := (a1 + 1 + r.IntN(len(areas)-1)) % len(areas)
	v["AREA"], v["AREA2"] = areas[a1], areas[a2]
	if p.days > 0 {
		end := date.AddDate(0, 0, p.days-1-part.day)
		first := date.AddDate(0, 0, -part.day)
		if first.Month() == end.Month() {
			v["FROM_TO"] = fmt.Sprintf("from %s to %d", first.Format("January 2"), end.Day())
		} else {
			v["FROM_TO"] = fmt.Sprintf("from %s to %s", first.Format("January 2"), end.Format("January 2"))
		}
	}
	mentions := w.lists["mention"]
	mention := func(s side) string {
		cn := &w.countries[s.ci]
		return fill(mentions[r.IntN(len(mentions))], map[string]string{"title": s.title, "name": s.p.name, "country": cn.name, "dem": cn.dem})
	}
	for i, key := range []string{"A", "B", "C"} {
		s := sides[i]
		cn := &w.countries[s.ci]
		v[key] = mention(s)
		v[key+".short"] = s.title + " " + s.p.short
		v[key+".name"] = s.p.name
		v[key+".family"] = s.p.short
		v[key+".title"] = s.title
		v[key+".country"] = cn.name
		v[key+".dem"] = cn.dem
	}
	if p.sec == "summit" {
		sm := w.summits[p.summit]
		v["SUMMIT"] = sm.name
		v["ORD"] = ordinal(date.Year() - sm.first + 1)
		var ms []string
		for _, s := range parties {
			ms = append(ms, mention(s))
		}
		v["PARTIES"] = strings.Join(ms[:len(ms)-1], ", ") + " and " + ms[len(ms)-1]
	}
	trade, hasTrade := step{}, false
	if p.sec != "summit" {
		trade, hasTrade = pr.tradeAt(day)
	}
	v["TRADE"], v["BY"] = billions(trade.value), fmt.Sprint(trade.by)

	pick := func(sec string) string { l := w.lists[sec]; return fill(l[r.IntN(len(l))], v) }
	titleSec, leadSec := part.sec+".title", part.sec+".lead"
	switch part.sec {
	case "video":
		titleSec = "call.title"
	case "visit.arrive", "visit.talks", "visit.call":
		leadSec = part.sec
	}
	title := capFirst(pick(titleSec))
	sents := []string{pick(leadSec)}
	switch part.sec {
	case "visit.arrive":
		if r.IntN(2) == 0 {
			sents = append(sents, pick("visit.welcome"))
		}
	case "visit.talks":
		sents = append(sents, pick("visit.signing"))
	case "summit":
		sents = append(sents, pick("summit.more"))
	}
	var body []string
	if p.trade && hasTrade && part.sec != "visit.arrive" && part.sec != "visit.call" && r.IntN(4) != 0 {
		body = append(body, pick("trade"))
	}
	if p.pledge >= 0 && (part.sec == "meeting" || part.sec == "visit.talks") && r.IntN(5) != 0 {
		body = append(body, fill(w.lists["pledge"][p.pledge], v))
	}
	filler := w.lists["filler"]
	for _, i := range r.Perm(len(filler))[:3+r.IntN(7)] {
		body = append(body, fill(filler[i], v))
	}
	if part.sec == "meeting" || strings.HasPrefix(part.sec, "visit.") {
		body = append(body, pick("filler.visit"))
	}
	r.Shuffle(len(body), func(a, b int) { body[a], body[b] = body[b], body[a] })
	sents = append(sents, body...)
	var text strings.Builder
	for i, s := range sents {
		if i > 0 {
			if r.IntN(3) == 0 {
				text.WriteString("\n\n")
			} else {
				text.WriteByte(' ')
			}
		}
		text.WriteString(capFirst(s))
	}
	outlet := pick("outlets")
	id := fmt.Sprintf("gen-%d-%d", w.seed, idx)
	return Item{
		ID:        id,
		Title:     title,
		Published: published.Format(time.DateOnly),
		URL:       "https://example.org/accordgen/" + id,
		Text:      text.String(),
		Source:    outlet,
	}
}

// fill replaces the {placeholders} of a template.
func fill(t string, v map[string]string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(t, '{')
		end := strings.IndexByte(t, '}')
		if open < 0 || end < open {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:open])
		if s, ok := v[t[open+1:end]]; ok {
			b.WriteString(s)
		} else {
			b.WriteString(t[open : end+1])
		}
		t = t[end+1:]
	}
}

// datePhrase dates an event in a report published later the same week:
// "on Tuesday" or "on March 5".
func datePhrase(r *rand.Rand, date, published time.Time) string {
	if published.Sub(date) < 6*24*time.Hour && r.IntN(2) == 0 {
		return "on " + date.Weekday().String()
	}
	return "on " + date.Format("January 2")
}

func billions(v float64) string {
	switch {
	case v < 1:
		return fmt.Sprintf("US$%d million", int(v*1000))
	case v == float64(int(v)):
		return fmt.Sprintf("US$%d billion", int(v))
	}
	return fmt.Sprintf("US$%.1f billion", v)
}

// article is "a" or "an" before a word.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

func numberWord(n int) string {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return fmt.Sprint(n)
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

func capFirst(s string) string {
	if r, n := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
		return string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}
