package extract

import (
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
	"github.com/accordhq/accord/extract/office"
)

// home is an outlet's home country.
type home struct {
	country    string
	government bool // the government's own site, not a news agency
	// office is whose office a government's site is: officeLeader,
	// officeMinister, an office (Minister of Foreign Affairs) or "".
	office string
}

// government is what accord knows of one country's offices.
type government struct {
	offices  set // offices and titles its government has
	distinct set // titles that, unqualified in its own outlets, mean its own
}

// outletIndex finds an article's home country by its source credit or URL.
type outletIndex struct {
	credits   map[string]home // credit words, folded, joined by one space
	maxWords  int
	hosts     map[string]home
	govLabels set
	tld       map[string]string
	generic   set // generic_tlds
	govs      map[string]government
	govWords  []string          // credit words of a government's name, folded
	missions  [][]string        // folded words of a mission's name: embassy, high commission
	countryOf map[string]string // a country's names, demonyms, folded words joined by one space
	// pubOffices say whose office a government publisher is.
	pubOffices []publisherOffice
}

func buildOutlets(abbr map[string]bool, titles []knowledge.Title) (outletIndex, error) {
	o, govs, err := knowledge.LoadOutlets()
	if err != nil {
		return outletIndex{}, accord.Errorf(accord.EINTERNAL, "%v", err)
	}
	x := outletIndex{credits: map[string]home{}, hosts: map[string]home{}, govLabels: newSet(o.GovernmentLabels), tld: map[string]string{}, generic: newSet(o.GenericTLDs), govs: map[string]government{}}
	for _, out := range o.Outlets {
		h := home{country: out.Country, government: out.Kind == knowledge.OutletGovernment}
		for _, c := range out.Credits {
			w := creditWords(c)
			x.credits[strings.Join(w, " ")] = h
			x.maxWords = max(x.maxWords, len(w))
		}
		for _, host := range out.Hosts {
			x.hosts[strings.ToLower(host)] = h
		}
	}
	for _, g := range o.PublisherOffices {
		p := publisherOffice{office: g.Office, hosts: newSet(g.Hosts)}
		for _, w := range g.Words {
			p.words = append(p.words, " "+strings.Join(creditWords(w), " ")+" ")
		}
		x.pubOffices = append(x.pubOffices, p)
	}
	for _, g := range o.GovernmentWords {
		x.govWords = append(x.govWords, strings.Join(creditWords(g), " "))
	}
	for _, m := range o.MissionWords {
		x.missions = append(x.missions, creditWords(m))
	}
	x.countryOf = map[string]string{}
	for _, c := range knowledge.Countries() {
		for _, n := range append(append([]string{c.Name, c.Official}, c.Aliases...), c.Demonyms...) {
			if w := creditWords(n); len(w) > 0 && (len(w) > 1 || len(w[0]) > 2) {
				x.countryOf[strings.Join(w, " ")] = c.Code
				x.maxWords = max(x.maxWords, len(w))
			}
		}
	}
	// An office only one country has names its government as well as the
	// country's name does: "Department of the Taoiseach" is Ireland's.
	for _, t := range titles {
		if _, ok := knowledge.CountryByCode(t.Country); !ok {
			continue
		}
		for _, n := range []string{t.Title, t.Office} {
			if w := creditWords(n); len(w) > 0 {
				x.countryOf[strings.Join(w, " ")] = t.Country
				x.maxWords = max(x.maxWords, len(w))
			}
		}
	}
	for k, v := range o.TLDCountries {
		x.tld[strings.ToLower(k)] = v
	}
	for code, g := range govs {
		x.govs[code] = government{offices: newSet(g.Offices), distinct: newSet(g.Distinct)}
	}
	return x, nil
}

// creditWords splits a credit line into folded words: "VNA/VNS" is VNA, VNS.
func creditWords(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range f {
		f[i] = accord.Fold(w)
	}
	return f
}

// home returns the home country of an article's outlet: by its source
// credit, else by its URL's host, a known one or a government's (gov.uk).
func (x *outletIndex) home(a *accord.Article) home {
	h := x.homeOf(a)
	if h.government {
		h.office = x.publisherOffice(a)
	}
	return h
}

// homeOf is home without the publisher's office.
func (x *outletIndex) homeOf(a *accord.Article) home {
	if a.Source != "" {
		w := creditWords(a.Source)
		for i := range w {
			for n := min(x.maxWords, len(w)-i); n > 0; n-- {
				if h, ok := x.credits[strings.Join(w[i:i+n], " ")]; ok {
					return h
				}
			}
		}
	}
	if h, ok := x.governmentNamed(a.Source); ok {
		return h
	}
	if a.URL == "" {
		return home{}
	}
	u, err := url.Parse(a.URL)
	if err != nil {
		return home{}
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	for s := host; s != ""; {
		if h, ok := x.hosts[s]; ok {
			return h
		}
		k := strings.IndexByte(s, '.')
		if k < 0 {
			break
		}
		s = s[k+1:]
	}
	labels := strings.Split(host, ".")
	if n := len(labels); n >= 2 && len(labels[n-1]) == 2 && x.govLabels[labels[n-2]] {
		cc := strings.ToUpper(labels[n-1])
		if c, ok := x.tld[labels[n-1]]; ok {
			cc = c
		}
		if _, ok := knowledge.CountryByCode(cc); ok {
			return home{country: cc, government: true}
		}
	}
	return home{}
}

// inferCountries gives a country to the persons the text leaves without
// one, by rules from the most certain; each rule leaves alone a person who
// has a country already. A wrong country is worse than none, so every rule
// asks for agreement from the text and the knowledge of offices.
func (d *doc) inferCountries(h home, title *doc, lists ...[]eng) {
	d.sideCountries()
	d.delegationFromCountries()
	d.staffCountries()
	d.aideCountries()
	// An office only the home government has: "Vice President" in a US
	// outlet, "Party General Secretary" in a Vietnamese one. Only for the
	// persons the article is about: a readout of a trip abroad names the
	// hosts' officials without their country ("met with National Security
	// Advisor Hanegbi").
	g := d.lx.outlets.govs[h.country]
	lead := d.leadPersons(title)
	for _, pi := range lead {
		p := d.persons[pi]
		if h.country == "" || p.country != "" || p.qualified || d.metAbroad(pi, h.country) {
			continue
		}
		for _, t := range p.titles {
			ti := d.lx.k.Titles.Titles[t]
			if g.distinct.holdsFold(ti.Title) || g.distinct.holdsFold(ti.Office) {
				p.country = h.country
				break
			}
		}
	}
	// The author of a government's own release: the first person its
	// headline (else its lead sentence) names, when their titles are that
	// government's offices: "Readout of President Biden's Call with …".
	if h.government {
		if pi := d.author(title); pi >= 0 && !d.persons[pi].qualified && len(d.persons[pi].titles) > 0 && d.mayHold(pi, h.country) {
			d.persons[pi].country = h.country
		}
	}
	// A leader whose name the text gives to the home government ("the
	// Biden-Harris Administration", "the Albanese Government") leads it.
	if h.government {
		d.homeLeaders(h.country)
	}
	pc := d.principalCountries(title)
	// Bilateral: the one participant without a country, facing country X
	// in an article about X and Y, acts for Y. These rules take only a
	// person the article is about: one who travels with the other side
	// ("the visit of President Yoon and First Lady Kim") is not facing it.
	if len(pc) == 2 {
		for _, list := range lists {
			for _, e := range list {
				p, others := d.loneUnknown(e)
				if p < 0 || len(others) != 1 || !slices.Contains(pc, others[0]) || !slices.Contains(lead, p) {
					continue
				}
				y := pc[0]
				if y == others[0] {
					y = pc[1]
				}
				// One listed among the other side's persons is of their
				// side: "Secretary A, Special Envoy B, and Mr. C met the
				// Ukrainian delegation".
				if d.listMate(p, others[0]) {
					if d.mayHold(p, others[0]) {
						d.persons[p].country = others[0]
					}
					continue
				}
				if d.mayHold(p, y) {
					d.persons[p].country = y
				}
			}
		}
	}
	if h.country == "" {
		return
	}
	// The home side of a contact with a foreign side. A news agency also
	// reports others' contacts: only in an article about its country.
	if !h.government && !slices.Contains(pc, h.country) {
		return
	}
	for _, list := range lists {
		for _, e := range list {
			p, others := d.loneUnknown(e)
			if p >= 0 && len(others) > 0 && !slices.Contains(others, h.country) && slices.Contains(lead, p) && d.mayHold(p, h.country) {
				d.persons[p].country = h.country
			}
		}
	}
}

// listMate reports whether a mention of person p stands in a list of
// three or more next to a person of country c: a comma between them, or
// ", and" closing a list a comma opened.
func (d *doc) listMate(p int, c string) bool {
	for _, m := range d.mentions {
		if m.person != p {
			continue
		}
		for _, q := range d.mentions {
			if q.person < 0 || q.person == p || q.sent != m.sent || d.persons[q.person].country != c {
				continue
			}
			a, b := q.j, m.i // q before m
			if m.j <= q.i {
				a, b = m.j, q.i
			}
			if a > b || b-a > 2 || b == a {
				continue
			}
			gap := ""
			for k := a; k < b; k++ {
				gap += d.toks[k].fold + " "
			}
			// Not "A and B held talks": the two sides of a pair.
			if gap == ", " || gap == ", and " && d.commaBefore(min(q.i, m.i)) {
				return true
			}
		}
	}
	return false
}

// commaBefore reports whether a comma closes the word before toks[i] in
// its sentence: the mention at i continues a list.
func (d *doc) commaBefore(i int) bool {
	return i > 0 && d.toks[i-1].text == "," && d.toks[i-1].sent == d.toks[i].sent
}

// metAbroad reports whether person p is first named in a sentence that
// opens with a place of another country than home ("In Israel, Dr. A met
// with President B, National Security Advisor C, …"): the hosts there,
// whose offices may have the home government's names.
func (d *doc) metAbroad(p int, home string) bool {
	for _, m := range d.mentions {
		if m.person != p {
			continue
		}
		from, to := d.sentToks(m.sent)
		if from+2 >= to || d.toks[from].fold != "in" {
			return false
		}
		for _, o := range d.others {
			if o.i == from+1 && (o.kind == accord.Country || o.kind == accord.Place) && o.country != "" && o.country != home {
				end := o.j
				return end < to && d.toks[end].text == ","
			}
		}
		return false
	}
	return false
}

// homeLeaders gives country c to the leaders without a country whose
// family name names a government in the text: "Biden Administration",
// "Biden-Harris Administration", "Albanese Government". Only a leader
// whose title is a head of state's or government's office of c.
func (d *doc) homeLeaders(c string) {
	var names []string
	for i := 0; i+1 < len(d.toks); i++ {
		t, n := &d.toks[i], &d.toks[i+1] // not copies: this reads every token
		if !t.word || !t.cap || n.sent != t.sent || !d.lx.is(n, fGovNouns) {
			continue
		}
		names = append(names, strings.Fields(t.fold)...) // "biden harris"
	}
	if len(names) == 0 {
		return
	}
	for pi, p := range d.persons {
		if p.country != "" || len(p.core) == 0 || !slices.Contains(names, p.core[len(p.core)-1]) || !d.mayHold(pi, c) {
			continue
		}
		for _, t := range p.titles {
			if l := d.lx.k.Titles.Titles[t].Level; l == accord.LevelHeadOfState || l == accord.LevelHeadOfGovernment {
				p.country = c
				break
			}
		}
	}
}

// author returns the person a release is by or about first: the first
// person its headline names, else the first of its lead sentence; -1 when
// that person has a country already or there is none.
func (d *doc) author(title *doc) int {
	pick := func(dd *doc, sent int) int {
		for _, m := range dd.mentions { // in text order
			if m.person < 0 || sent >= 0 && m.sent != sent {
				continue
			}
			pi := m.person
			if dd != d {
				pi = d.personLike(dd.persons[m.person])
			}
			if d.persons[pi].country != "" {
				return -1
			}
			return pi
		}
		return -2
	}
	if title != nil {
		if pi := pick(title, -1); pi != -2 {
			return pi
		}
		// A headline of countries ("Joint Statement from Mexico and the
		// United States") is no one's release: its lead names both sides.
		for _, o := range title.others {
			if o.kind == accord.Country {
				return -1
			}
		}
	}
	if pi := pick(d, 0); pi >= 0 {
		return pi
	}
	return -1
}

// plainOffices reports whether every role of p is an office as such or
// of a ministry ("Secretary of Labor", "Assistant Secretary for Mental
// Health"), not one of a named place or body ("Governor of Okinawa",
// "Speaker of Parliament" is kept): a capitalised word of the role after
// the office that is no institution word names a place or body.
func (d *doc) plainOffices(p *person) bool {
	for _, r := range p.roles {
		rest := r // the role after its longest office
		for _, t := range p.titles {
			ti := d.lx.k.Titles.Titles[t]
			for _, o := range []string{ti.Office, ti.Title} {
				if strings.HasPrefix(r, o) && len(r)-len(o) < len(rest) {
					rest = r[len(o):]
				}
			}
		}
		for _, w := range strings.FieldsFunc(rest, func(c rune) bool { return c == ' ' || c == ',' || c == '(' || c == ')' }) {
			f := foldToken(w)
			if w[0] >= 'A' && w[0] <= 'Z' && !d.lx.inst[f] && !d.lx.stop[f] && !isUpperWord(w) {
				return false // not an agency's acronym: NOAA, USDA
			}
		}
	}
	return true
}

// loneUnknown returns the one person of an engagement without a country
// and the countries of the others, or -1 when there is not exactly one.
func (d *doc) loneUnknown(e eng) (int, []string) {
	if len(e.persons) < 2 {
		return -1, nil
	}
	lone := -1
	var others []string
	for _, pi := range e.persons {
		c := d.persons[pi].country
		if c != "" {
			others = appendStr(others, c)
			continue
		}
		if lone >= 0 {
			return -1, nil
		}
		lone = pi
	}
	return lone, others
}

// mayHold reports whether person p may act for country c: each of their
// titles is an office of c's government. An untitled person may act for
// any country; a titled one only for a country whose offices are known.
func (d *doc) mayHold(p int, c string) bool {
	ts := d.persons[p].titles
	if len(ts) == 0 {
		return true
	}
	g, ok := d.lx.outlets.govs[c]
	if !ok {
		return false
	}
	for _, t := range ts {
		ti := d.lx.k.Titles.Titles[t]
		if !g.offices.holdsFold(ti.Office) && !g.offices.holdsFold(ti.Title) {
			return false
		}
	}
	return true
}

// principalCountries are the countries an article names as its parties:
// those of its headline, else of its lead sentence, named or of a person,
// but not as a place ("Meeting in Stockholm", "Call with … of Ukraine on
// Russia's war" names Russia as neither).
func (d *doc) principalCountries(title *doc) []string {
	var out []string
	add := func(dd *doc, sent int) {
		for _, o := range dd.others {
			if o.kind != accord.Country || o.i < 0 || dd.toks[o.i].sent != sent {
				continue
			}
			if k := o.i - 1; k >= 0 && (dd.toks[k].fold == "in" || dd.toks[k].fold == "at" || dd.toks[k].text == ",") {
				continue
			}
			if o.j < len(dd.toks) && dd.toks[o.j].fold == "'s" {
				continue // "Russia's war": what is talked about
			}
			out = appendStr(out, o.key)
		}
		for _, m := range dd.mentions {
			if m.person < 0 || m.sent != sent {
				continue
			}
			p := dd.persons[m.person]
			if dd != d {
				p = d.persons[d.personLike(p)] // the body's, which may know more
			}
			if p.country != "" {
				out = appendStr(out, p.country)
			}
		}
	}
	if title != nil {
		for s := range title.sents {
			add(title, s)
		}
	}
	if len(out) == 0 && len(d.sents) > 0 {
		add(d, 0)
	}
	return out
}

// sideCountries reads "the representatives from the Chinese side were A
// and B", "the U.S. delegation was led by C": the persons listed after a
// country's side and a link word act for that country.
func (d *doc) sideCountries() {
	for _, m := range d.mentions {
		if m.person < 0 || d.persons[m.person].country != "" {
			continue
		}
		from, _ := d.sentToks(m.sent)
		for k := m.i - 1; k > from && k > m.i-32; k-- {
			if !d.lx.sides[d.toks[k].fold] {
				continue
			}
			e := k - 1 // the country's last token: "Chinese side", "Mexico's delegation"
			if d.toks[e].fold == "'s" && e > from {
				e--
			}
			if d.at[e] == 0 {
				continue
			}
			si := d.at[e]
			if si < 0 {
				si = -si
			}
			sp := d.spans[si-1]
			if sp.j != e+1 || !(sp.kind == kCountry || sp.kind == kDemonym || sp.kind == kWeakCountry) {
				continue
			}
			// "From the U.S. side, A, B and C attended": the side opens the
			// sentence and names those after its comma.
			if k+1 < m.i && d.toks[k+1].text == "," && sp.i-2 >= from && d.toks[sp.i-1].fold == "the" && (d.toks[sp.i-2].fold == "from" || d.toks[sp.i-2].fold == "on") {
				d.persons[m.person].country = sp.e.code
				break
			}
			// The link follows the side closely: "side for this meeting was".
			for l := k + 1; l < m.i && l <= k+5; l++ {
				if d.lx.sideLinks[d.toks[l].fold] {
					d.persons[m.person].country = sp.e.code
					break
				}
			}
			break
		}
	}
}

// domestic reports whether all the persons of an engagement act for one
// country: a meeting at home, not a relation between countries.
func (d *doc) domestic(e eng) bool {
	if len(e.persons) < 2 || len(e.codes) > 0 {
		return false
	}
	c := ""
	for _, pi := range e.persons {
		pc := d.persons[pi].country
		if pc == "" || c != "" && pc != c {
			return false
		}
		c = pc
	}
	if d.unionPress(e, c) {
		return false
	}
	// Officials of one country "in the Philippines to attend the
	// Philippines-United States Dialogue": the sentence names the other side.
	// ("Following the telephone conversation with US President A, B met
	// with C": a country that only gives another person's nationality
	// names no side of this contact.)
	for _, o := range d.others {
		if o.kind == accord.Country && o.i >= 0 && o.i < len(d.toks) && d.toks[o.i].sent == e.sent && o.key != c && !d.nationalityOfOther(o.i, o.key, e.persons) {
			return false
		}
	}
	return true
}

// nationalityOfOther reports whether the country named at token i, code c,
// is the nationality of a person the sentence names there who is not one
// of ps: "US President A", "President of France A".
func (d *doc) nationalityOfOther(i int, c string, ps []int) bool {
	for _, m := range d.mentions {
		if m.person < 0 || m.sent != d.toks[i].sent || i < m.i-1 || i >= m.j {
			continue
		}
		return d.persons[m.person].country == c && !slices.Contains(ps, m.person)
	}
	return false
}

// international drops the engagements whose persons all act for one country.
func (d *doc) international(list []eng) []eng {
	out := list[:0]
	for _, e := range list {
		// A leader's own part in a gathering of many countries, with a
		// delegate of the same country (gathering37.go), stands for the
		// gathering: its other sides go unnamed, not absent.
		if e.own && e.typ == accord.Summit || !d.domestic(e) && !d.homeOnly(e) {
			out = append(out, e)
		}
	}
	return out
}

// homeOnly reports whether contact e is a news outlet's country's own: its
// persons with a country all act for the outlet's country, and the others
// hold no office of a government's rank and come from no country or
// international body the sentence names ("The Prime Minister also received a courtesy call from
// former Chief of Defence Forces Gen A", "Modi held meetings with Tesla
// CEO B").
func (d *doc) homeOnly(e eng) bool {
	if d.homeCountry == "" || len(e.persons) < 2 || len(e.codes) > 0 {
		return false
	}
	known, unknown := 0, 0
	for _, pi := range e.persons {
		p := d.persons[pi]
		switch {
		case p.country == d.homeCountry:
			known++
		case p.country != "":
			return false
		case p.level == "head_of_state" || p.level == "head_of_government" || p.level == "minister" || p.level == "ambassador" || p.level == "party_leader":
			return false
		default:
			unknown++
		}
	}
	if known == 0 || unknown == 0 {
		return false
	}
	// Nor where the sentence names another country or an international
	// body ("met Secretary General A of NATO", "spoke with WHO
	// Director-General B"): its officials act for no country.
	for _, o := range d.others {
		if (o.kind == accord.Country || o.kind == accord.Organization) && o.i >= 0 && o.i < len(d.toks) && d.toks[o.i].sent == e.sent && o.country != d.homeCountry {
			return false
		}
	}
	return true
}

// leadPersons are the persons of the headline and of the lead sentence.
func (d *doc) leadPersons(title *doc) []int {
	var ps []int
	for _, m := range d.mentions {
		if m.person >= 0 && m.sent == 0 {
			ps = appendInt(ps, m.person)
		}
	}
	if title != nil {
		for _, p := range title.persons {
			ps = appendInt(ps, d.personLike(p))
		}
	}
	return ps
}

// domesticPersons gives the home country to every person still without one
// in a government's own release that names no other country, person or
// place of another country, nor an international body: a release about no other country is about its
// own people (the speakers at a domestic event, the heads of its
// institutions and associations). An office of a named place or body
// (Governor of Okinawa) and another holder's title keep no country.
func (d *doc) domesticPersons(h home, title *doc) {
	if !h.government || h.country == "" {
		return
	}
	for _, dd := range []*doc{d, title} {
		if dd == nil {
			continue
		}
		for _, o := range dd.others {
			// Another country's, or a body of no one country (the UN, the
			// WHO), whose officials act for it.
			if o.country != "" && o.country != h.country || o.kind == accord.Organization && o.country == "" {
				return
			}
		}
		for _, p := range dd.persons {
			if p.country != "" && p.country != h.country {
				return
			}
		}
	}
	for _, p := range d.persons {
		if p.country == "" && d.plainOffices(p) && !d.otherHolder(p, h.country) && !foreignHolder(p, h.country) {
			p.country = h.country
		}
	}
}

// otherHolder reports whether p bears a title of an office the office
// table knows for country c without being its holder on the article's day
// (knownHolders has given the holders their country): "President Doe" in a
// US release of a day when Doe is not the US president is someone else's.
func (d *doc) otherHolder(p *person, c string) bool {
	if d.pub.IsZero() {
		return false
	}
	for _, r := range p.roles {
		if len(office.Holders(c, r, d.pub)) > 0 {
			return true
		}
	}
	return false
}

// governmentNamed reads a publisher's name ("Prime Minister of Canada
// (readout, as redistributed by …)", "New Zealand Government", "Department
// of the Taoiseach"): a government's when it has a word of government and
// names one country, or an office only that country has.
func (x *outletIndex) governmentNamed(source string) (home, bool) {
	w := creditWords(source)
	if len(w) == 0 {
		return home{}, false
	}
	if c := x.missionCountry(w); c != "" {
		return home{country: c, government: true}, true
	}
	joined := " " + strings.Join(w, " ") + " "
	gov := false
	for _, g := range x.govWords {
		if strings.Contains(joined, " "+g+" ") {
			gov = true
			break
		}
	}
	if !gov {
		return home{}, false
	}
	country := ""
	for i := 0; i < len(w); i++ {
		for n := min(x.maxWords, len(w)-i); n > 0; n-- {
			if c, ok := x.countryOf[strings.Join(w[i:i+n], " ")]; ok {
				if country != "" && country != c {
					return home{}, false // two countries: whose, the name does not say
				}
				country = c
				// The longest name read owns its words: "Republic of
				// China (Taiwan)" names one country, not China besides.
				i += n - 1
				break
			}
		}
	}
	if country == "" {
		return home{}, false
	}
	return home{country: country, government: true}, true
}

// missionCountry returns the country whose mission abroad a publisher's
// words w name: the country right before the mission's word ("French
// Embassy UK") or right after it and "of" ("Embassy of Japan in the
// Philippines"); "" for none.
func (x *outletIndex) missionCountry(w []string) string {
	for k := range w {
		for _, m := range x.missions {
			if k+len(m) > len(w) || !slices.Equal(w[k:k+len(m)], m) {
				continue
			}
			if e := k + len(m); e+1 < len(w) && w[e] == "of" {
				for n := min(x.maxWords, len(w)-e-1); n > 0; n-- {
					if c, ok := x.countryOf[strings.Join(w[e+1:e+1+n], " ")]; ok {
						return c
					}
				}
			}
			for n := min(x.maxWords, k); n > 0; n-- {
				if c, ok := x.countryOf[strings.Join(w[k-n:k], " ")]; ok {
					return c
				}
			}
		}
	}
	return ""
}

// staffCountries gives the country of a principal to one the text names
// as the principal's staff: "Yoon's spokesperson Kim" and "President A's
// special envoy B" act for the country A acts for. Only a staff office
// (knowledge StaffTitles), never a counterpart or a guest.
func (d *doc) staffCountries() {
	for _, m := range d.mentions {
		if m.person < 0 || d.persons[m.person].country != "" {
			continue
		}
		// The staff office right before the name, one to three words,
		// after a possessive: "Han's spokesperson B", "his spokeswoman B".
		at := -1
		for n := 1; n <= 3 && m.ni-n >= 1 && at < 0; n++ {
			var words []string
			for k := m.ni - n; k < m.ni; k++ {
				words = append(words, d.toks[k].fold)
			}
			if d.lx.staffTitles[strings.Join(words, " ")] {
				at = m.ni - n - 1
			}
		}
		if at < 0 {
			continue
		}
		switch d.toks[at].fold {
		case "his", "her":
			// His is the subject: the first person the sentence names
			// before B, else the first of the sentence before.
			if c := d.antecedentCountry(m); c != "" {
				d.persons[m.person].country = c
			}
		case "'s", "’s":
			for _, q := range d.mentions {
				if q.person >= 0 && q.person != m.person && q.sent == m.sent && q.nj == at {
					if c := d.persons[q.person].country; c != "" {
						d.persons[m.person].country = c
					}
					break
				}
			}
		}
	}
}

// aideCountries gives an aide the country of the principal the text
// names after their office: "A, National Security Advisor to the Prime
// Minister of the Czech Republic" acts for the Czech Republic, whatever
// office of that name the publishing government also has. The link
// (knowledge principal_links, "to"), an optional "the", a title, "of",
// an optional "the" and a country, right after the mention.
func (d *doc) aideCountries() {
	for _, m := range d.mentions {
		if m.person < 0 || d.persons[m.person].country != "" {
			continue
		}
		k := m.j
		if k >= len(d.toks) || d.toks[k].sent != m.sent || !d.lx.principalLinks[d.toks[k].fold] {
			continue
		}
		k++
		if k < len(d.toks) && d.toks[k].fold == "the" {
			k++
		}
		ts, ok := d.spanAt(k)
		if !ok || ts.kind != kTitle {
			continue
		}
		k = ts.j
		if k >= len(d.toks) || d.toks[k].fold != "of" || d.toks[k].sent != m.sent {
			continue
		}
		k++
		if k < len(d.toks) && d.toks[k].fold == "the" {
			k++
		}
		if cs, ok := d.spanAt(k); ok && cs.kind == kCountry && d.toks[k].sent == m.sent {
			d.persons[m.person].country = cs.e.code
		}
	}
}

// antecedentCountry returns the country of the person "his" or "her"
// before mention m stands for: the first person its sentence names before
// it, else the first the sentence before names; "" when that person has
// none.
func (d *doc) antecedentCountry(m *pmention) string {
	for _, s := range []int{m.sent, m.sent - 1} {
		for _, q := range d.mentions {
			if q.sent == s && q.person >= 0 && q.person != m.person && (s < m.sent || q.i < m.i) {
				return d.persons[q.person].country
			}
		}
	}
	return ""
}

// foreignHolder reports whether the office table knows p, by full name, as
// a holder of offices of other countries than c only, at any time: "Queen
// Elizabeth II" in a US release after her reign is no US person, though
// the table cannot say which of her realms the text means.
func foreignHolder(p *person, c string) bool {
	found := false
	for _, h := range office.Find(p.name, time.Time{}) {
		if accord.Fold(h.Name) != accord.Fold(p.name) {
			continue
		}
		if h.Country == c {
			return false
		}
		found = true
	}
	return found
}
