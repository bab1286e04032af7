package extract

import (
	"slices"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/office"
)

// knownHolders gives the persons of a text who hold an office on the
// article's day their holder's canonical name and country, so that every
// article names a person alike (President Biden, Joseph R. Biden Jr. and
// Joe Biden are Joe Biden of the US). home is the publishing government's
// country, or "".
//
// A person is a holder when exactly one holder of the day fits:
//   - titled with an office of the table (President, Premier, Foreign
//     Minister), a holder of that office whose name the mention's fits;
//   - named in full (two name words or more) without such a title, a
//     holder of that full name;
//   - named by one word without a title, a holder of the home government;
//   - titled with an office of the table and given a country by the text,
//     the holder of that office of that country whose family name is the
//     text's, whatever given name the text uses.
//
// What the text says wins: a country of its own that differs from the
// holder's, or a title the holder does not hold, keeps the person as read.
// Persons who turn out to be one holder become one person.
func (d *doc) knownHolders(home string) {
	if d.pub.IsZero() || len(d.persons) == 0 {
		return
	}
	qids := make([]string, len(d.persons))
	for pi, p := range d.persons {
		h, ok := d.holderOf(p, home)
		if !ok && p.country == "" {
			h, ok = d.honorificHolder(pi) // "Mr Blair" (honorific33.go)
		}
		if !ok {
			if p.country == "" {
				p.country = d.familyHolderCountry(p)
			}
			continue
		}
		qids[pi] = h.QID
		switch {
		case accord.Fold(p.name) == accord.Fold(h.Name):
		case office.Trailing(office.Words(p.name), h.NameWords()):
			// "Samia Suluhu Hassan" for the table's "Samia Suluhu": the
			// text's name is the whole one, whose family name "President
			// Hassan" takes up; the table's is the shorter form.
			p.aliases = appendNew(p.aliases, h.Name)
		default:
			p.aliases = appendNew(p.aliases, p.name)
			p.name, p.core = h.Name, d.core(h.Name)
		}
		if p.country == "" {
			p.country = h.Country
		}
	}
	d.givenNameVocatives(qids)
	d.respelled(qids)
	d.mergeHolders(qids)
}

// respelled gives a person the table does not know the holder of the same
// text whose name is theirs romanised another way ("his Thai counterpart
// Prayuth Chan-ocha" beside the table's "Prayut Chan-o-cha", read from
// "the Thai Prime Minister"): one person, not two.
func (d *doc) respelled(qids []string) {
	for pi, p := range d.persons {
		if qids[pi] != "" || len(p.core) < 2 {
			continue
		}
		for pj, q := range d.persons {
			if qids[pj] != "" && (p.country == "" || p.country == q.country) && sameSpelling(p.name, q.name) {
				qids[pi] = qids[pj]
				if p.country == "" {
					p.country = q.country
				}
				break
			}
		}
	}
}

// givenNameVocatives gives a bare one-word person of no title and no
// country ("President Ramaphosa, dear Cyril") the holder whose full name,
// as the table gives it, holds that word before its last: the only
// person of the text so named.
func (d *doc) givenNameVocatives(qids []string) {
	for pi, p := range d.persons {
		if qids[pi] != "" || len(p.core) != 1 || len(p.titles) > 0 || p.country != "" {
			continue
		}
		found := -1
		for pj, q := range d.persons {
			if pj == pi || qids[pj] == "" || len(q.core) < 2 || !slices.Contains(q.core[:len(q.core)-1], p.core[0]) {
				continue
			}
			if found >= 0 && qids[found] != qids[pj] {
				found = -2
				break
			}
			found = pj
		}
		if found >= 0 {
			qids[pi] = qids[found]
		}
	}
}

// holderOf returns the one holder that person p is, if any: a holder on
// the article's day, else a holder of another time named in full or, by
// family name, of the home government (President Trump in a US release of
// 2022: the person and their country are the same).
func (d *doc) holderOf(p *person, home string) (office.Holder, bool) {
	// "Dr. Gordon" under a headline that names "Phil Gordon": the
	// headline's fuller name of that family, not a holder of the table
	// (a title of the table's offices still asks the table).
	fuller := func(q *person) bool { return q != p && len(q.core) >= 2 && q.core[len(q.core)-1] == p.core[0] }
	if len(p.core) == 1 && len(p.titles) == 0 && slices.ContainsFunc(d.headlinePersons, fuller) {
		return office.Holder{}, false
	}
	all := office.Find(p.name, time.Time{})
	var arr [4]office.Holder // most names: no more holders on a day, and no allocation
	now := arr[:0]
	for _, h := range all {
		if h.Holds(d.pub) {
			now = append(now, h)
		}
	}
	if h, ok := d.holderOn(p, home, d.pub, now); ok {
		return h, true
	}

	h, ok := d.holderOn(p, home, time.Time{}, all)
	// (A personal union's holder, "Queen Elizabeth" of several realms,
	// is named by title and one name in every realm's text.)
	if ok && h.Country != home && (len(p.core) < 2 || !d.titledAs(p, h.Office)) && !d.formerHolder(p, &h) && !unionHolder(h.QID) {
		// A name out of its holder's time is anyone's unless the office
		// or the government says more: "President Michel" of the European
		// Council is no former president of Lebanon.
		return office.Holder{}, false
	}
	return h, ok
}

// unionHolder reports whether the person of Wikidata item qid held one
// office in several countries (a monarch of several realms).
func unionHolder(qid string) bool {
	hs := office.ByQID(qid)
	for i := range hs {
		if hs[i].Country != hs[0].Country && hs[i].Office == hs[0].Office {
			return true
		}
	}
	return false
}

// familyHolderCountry returns the country of the one holder, on the
// article's day, of the office p is titled with under p's family name,
// when the table knows no holder of p's full name and the text names that
// country: "Prime Minister Voreqe Bainimarama" (the table's Frank) in a
// Fiji report, "Foreign Minister Shah Mehmood Qureshi" (Mahmood), "Foreign
// Minister Kang Kyung-wha" (Kang Kyung-hwa, family name first). The
// person keeps the text's name: a given name the table does not hold is no
// proof of one person, only of the office's country.
func (d *doc) familyHolderCountry(p *person) string {
	if len(p.titles) == 0 || len(p.core) < 2 || len(office.Find(p.name, time.Time{})) > 0 {
		return ""
	}
	var fam []office.Holder
	for _, h := range office.Find(p.core[len(p.core)-1], d.pub) {
		if d.classTitled(p, &h) && (len(fam) == 0 || fam[0].QID != h.QID) {
			fam = append(fam, h)
		}
	}
	if len(fam) == 0 {
		// "Foreign Minister Kang Kyung-wha" (the table's Kang Kyung-hwa):
		// where names are written family name first, the family name is
		// the first word.
		for _, h := range office.Find(p.core[0], d.pub) {
			if d.lx.familyFirst.holdsFold(h.Country) && d.classTitled(p, &h) && office.Words(h.Name)[0] == p.core[0] && (len(fam) == 0 || fam[0].QID != h.QID) {
				fam = append(fam, h)
			}
		}
	}
	if len(fam) != 1 || !d.countryNamed(fam[0].Country) {
		return ""
	}
	return fam[0].Country
}

// countryNamed reports whether the text names country code (its name or
// demonym): a holder found by family name alone must be of a country the
// article is about, not "President, National Association of Evangelicals,
// Walter Kim" made North Korean.
func (d *doc) countryNamed(code string) bool {
	for _, o := range d.others {
		if o.kind == accord.Country && o.key == code {
			return true
		}
	}
	return false
}

// classTitled reports whether a title of p names the office of holder h
// as a head of state or government or a foreign minister, offices one
// person holds at a time (not "Minister" before "Minister of Foreign
// Affairs", nor a deputy prime minister, one of several).
func (d *doc) classTitled(p *person, h *office.Holder) bool {
	if h.Class != office.HeadOfState && h.Class != office.HeadOfGovernment && h.Class != office.ForeignMinister {
		return false
	}
	for _, t := range p.titles {
		ti := d.lx.k.Titles.Titles[t]
		if office.Class(ti.Office) == h.Class && office.Same(ti.Office, h.Office) {
			return true
		}
	}
	return false
}

// holderOn is holderOf for one day, the zero day any day, among the
// holders hs whose name the person's fits.
func (d *doc) holderOn(p *person, home string, day time.Time, hs []office.Holder) (office.Holder, bool) {
	var offices []string // the person's titles
	titled := false
	for _, t := range p.titles {
		ti := d.lx.k.Titles.Titles[t]
		titled = true
		offices = append(offices, ti.Office)
		if ti.Title != ti.Office {
			offices = append(offices, ti.Title)
		}
	}
	// A role the text composed of a title and its complement that names
	// a leader's or foreign minister's office ("Secretary" of "Foreign
	// Affairs") names that office too.
	for _, r := range p.roles {
		if office.Class(r) != "" && !slices.Contains(offices, r) {
			offices = append(offices, r)
			titled = true
		}
	}
	var found, loose office.Holder
	var union []office.Holder // found's terms in other countries
	n, nLoose := 0, 0
	var homeFound office.Holder // the one found of the home government
	nHome := 0
	for _, h := range d.byFamilyName(p, hs) {
		if p.country != "" && h.Country != p.country {
			continue
		}
		if d.givenOnly(p, &h) {
			continue
		}
		if !day.IsZero() && len(offices) > 0 && len(p.core) == 1 && h.Class != office.Minister && (nLoose == 0 || loose.QID != h.QID) && ofOffice(offices, &h) && !sameOffice(offices, &h) && d.familyWord(&h) == p.core[0] {
			loose = h // "President von der Leyen": President of the European Commission
			nLoose++
		}
		switch {
		case len(offices) > 0 && sameOffice(offices, &h):
		case len(p.core) >= 2 && (len(offices) == 0 || sameWords(office.Words(p.name), h.NameWords()) || office.Lineage(office.Words(p.name), h.NameWords())):
			// A full name identifies without a title; with a title the
			// holder does not hold, only the very name does (He Lifeng, Vice
			// Premier, is the holder He Lifeng; Juan A. Cruz, Secretary for
			// Foreign Affairs, is no Juan Santos Cruz), or the very name with
			// more of its lineage ("Mohammed bin Salman bin Abdulaziz Al Saud",
			// Crown Prince, is the Prime Minister Mohammed bin Salman Al Saud).
		case titled || h.Country != home:
			// One word with another title ("First Lady Biden") or not of
			// the home government: a surname many share.
			continue
		}
		if n > 0 && found.QID == h.QID {
			if found.Country != h.Country || len(union) > 0 {
				union = append(union, h) // one person, two countries' office (a monarch of several realms)
			}
			continue
		}
		if h.Country == home && home != "" {
			homeFound = h
			nHome++
		}
		found = h
		union = union[:0]
		n++
	}
	if n > 1 && nHome == 1 && !day.IsZero() && len(p.core) == 1 && len(offices) > 0 {
		// "Prime Minister A" in the release of A's government, when another
		// state's holder of a like office on that day bears the family name
		// too: a government's release titles its own holder by family name
		// alone (TestHomeFamilyHolder35).
		return homeFound, true
	}
	if len(union) > 0 {
		// The country of their own head-of-state office, or the seat of
		// a personal union ("King Charles III"): else none is sure.
		found.Country = office.Seat(append(union, found))
	}
	country := p.country
	if country == "" {
		country = home // a family name the home government's holder bears
	}
	// Not for a longer name: "Khalid bin Hamad Al Nahyan" is not the
	// President Mohammed bin Zayed Al Nahyan for sharing a family name.
	if n == 0 && country != "" && len(offices) > 0 && len(p.core) > 0 && len(p.core) <= 2 && !day.IsZero() {
		// The text's own office, country and family name: the holder, whatever
		// given name the text uses (Ferdinand R. Marcos Jr., Bongbong Marcos).
		last := p.core[len(p.core)-1]
		for _, o := range offices {
			for _, h := range office.Holders(country, o, day) {
				hw := h.NameWords()
				if len(hw) == 0 || hw[len(hw)-1] != last && !(len(p.core) > 1 && hw[len(hw)-1] == p.core[0]) {
					continue
				}
				// A leader goes by a familiar name (Bongbong Marcos); a
				// minister named with another given name is another person
				// of that family name (Luis Vega is no Jeannette Vega).
				if len(p.core) > 1 && hw[len(hw)-1] == last && h.Class != office.HeadOfState && h.Class != office.HeadOfGovernment && givenClash(office.Words(p.name), hw) {
					continue
				}
				// Where names start with the family name, a shared last word
				// is a given name: "Tran Van Dung" is no "Dinh Tien Dung".
				if len(p.core) > 1 && d.lx.familyFirst.holdsFold(h.Country) && !slices.Contains(p.core, hw[0]) {
					continue
				}
				// "Minister of Industry and Trade A": not the holder of
				// another portfolio the generic "Minister" also names.
				if portfolioClash(p.roles, []string{o}, &h) {
					continue
				}
				if n > 0 && found.QID == h.QID {
					continue
				}
				found = h
				n++
			}
		}
	}
	if n == 0 && nLoose == 1 && !day.IsZero() {
		// No holder of the very office: a leader's office named in full
		// ("President of the European Council") is titled by its head word
		// ("President Costa"), when one holder of the day bears the name.
		return loose, true
	}
	if n != 1 {
		return office.Holder{}, false
	}
	return found, true
}

// ofOffice reports whether h holds a leader's or foreign minister's office
// that one of titles begins ("President" of "President of the European
// Commission"): the short title such an office goes by.
func ofOffice(titles []string, h *office.Holder) bool {
	if h.Class == office.Minister {
		return false
	}
	fo := accord.Fold(h.Office)
	for _, t := range titles {
		if strings.HasPrefix(fo, accord.Fold(t)+" of ") {
			return true
		}
	}
	return false
}

// portfolioClash reports whether a role of the text names a portfolio of
// a generic title that holder h does not hold: "Minister of Industry and
// Trade A" is no "Minister of Finance" of A's family name, though
// "Minister" names both.
func portfolioClash(roles, titles []string, h *office.Holder) bool {
	for _, r := range roles {
		fr := accord.Fold(r)
		for _, t := range titles {
			ft := accord.Fold(t)
			if len(fr) <= len(ft)+4 || !strings.HasPrefix(fr, ft+" ") {
				continue
			}
			if rest := fr[len(ft)+1:]; (strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "for ")) && h.Titled(t) && !h.Titled(r) && !samePortfolio(rest, accord.Fold(h.Office)) {
				return true
			}
		}
	}
	return false
}

// samePortfolio reports whether the portfolio words of a role ("of
// defense of ukraine") and an office ("minister of defence") share a word,
// spelt alike in its first four letters (defense, defence).
func samePortfolio(role, off string) bool {
	for _, a := range strings.Fields(role) {
		if len(a) < 4 || a == "affairs" {
			continue
		}
		for _, b := range strings.Fields(off) {
			if len(b) >= 4 && a[:4] == b[:4] {
				return true
			}
		}
	}
	return false
}

func sameOffice(titles []string, h *office.Holder) bool {
	for _, t := range titles {
		if h.Titled(t) {
			return true
		}
	}
	return false
}

// mergeHolders makes the persons that are one holder (same QID) one person:
// the first keeps its index, the others' mentions move to it.
func (d *doc) mergeHolders(qids []string) {
	first := map[string]int{}
	remap := make([]int, len(d.persons))
	merged := false
	for pi := range d.persons {
		remap[pi] = pi
		q := qids[pi]
		if q == "" {
			continue
		}
		if k, ok := first[q]; ok {
			remap[pi] = k
			merged = true
			continue
		}
		first[q] = pi
	}
	if !merged {
		return
	}
	var kept []*person
	newIndex := make([]int, len(d.persons))
	for pi, p := range d.persons {
		if remap[pi] != pi {
			continue
		}
		newIndex[pi] = len(kept)
		kept = append(kept, p)
	}
	for pi, p := range d.persons {
		k := remap[pi]
		if k == pi {
			continue
		}
		q := d.persons[k]
		q.count += p.count
		q.first = min(q.first, p.first)
		if q.country == "" {
			q.country = p.country
		}
		for _, a := range append([]string{p.name}, p.aliases...) {
			if a != q.name {
				q.aliases = appendNew(q.aliases, a)
			}
		}
		for _, r := range p.roles {
			q.roles = appendNew(q.roles, r)
		}
		for _, t := range p.titles {
			q.titles = appendInt(q.titles, t)
		}
		if p.level != "" && (q.level == "" || d.lx.levelRank[p.level] > d.lx.levelRank[q.level]) {
			q.level, q.office = p.level, p.office
		}
		q.qualified = q.qualified || p.qualified
		newIndex[pi] = newIndex[k]
	}
	for _, m := range d.mentions {
		if m.person >= 0 {
			m.person = newIndex[m.person]
		}
	}
	d.persons = kept
}

// homeOfficials gives the home country to the persons a government's own
// release names with a title only its government has (governments.json
// distinct: "Senator", "Vice President" in a US release), wherever they
// stand; inferCountries does so for the persons of the lead only. Two
// kinds of persons keep no country, as they may be another country's:
// one who takes part in a contact with no foreign person, who may be the
// host of a trip abroad ("met with National Security Advisor Cohen"), and
// one named beside a foreign person with no home one ("the visit of
// President Park of Korea and First Lady Lee").
func (d *doc) homeOfficials(h home, lists ...[]eng) {
	if h.country == "" {
		return
	}
	g, ok := d.lx.outlets.govs[h.country]
	if !ok {
		return
	}
	doubt := map[int]bool{}
	for _, list := range lists {
		for _, e := range list {
			foreign := false
			for _, pi := range e.persons {
				if c := d.persons[pi].country; c != "" && c != h.country {
					foreign = true
				}
			}
			for _, pi := range e.persons {
				if !foreign && d.persons[pi].country == "" {
					doubt[pi] = true
				}
			}
		}
	}
	foreignSent, homeSent := map[int]bool{}, map[int]bool{}
	for _, m := range d.mentions {
		if m.person < 0 {
			continue
		}
		switch c := d.persons[m.person].country; {
		case c == h.country:
			homeSent[m.sent] = true
		case c != "":
			foreignSent[m.sent] = true
		}
	}
	for _, m := range d.mentions {
		if m.person >= 0 && foreignSent[m.sent] && !homeSent[m.sent] {
			doubt[m.person] = true
		}
	}
	for pi, p := range d.persons {
		// Not an office of a place or body: "Governor of Okinawa".
		// Nor a host named in a sentence that opens with a place abroad.
		if p.country != "" || doubt[pi] || !d.plainOffices(p) || d.metAbroad(pi, h.country) {
			continue
		}
		if p.qualified {
			// "Transport Minister A": a portfolio before the office, in
			// the outlet's country's own report, is no other body's.
			if (d.portfolioMinister(pi) || d.homeBodyTitled(pi)) && d.bareHomeOffice(pi, h.country) {
				p.country = h.country
			}
			continue
		}
		if h.government {
			for _, t := range p.titles {
				ti := d.lx.k.Titles.Titles[t]
				if g.distinct.holdsFold(ti.Title) || g.distinct.holdsFold(ti.Office) {
					p.country = h.country
					break
				}
			}
		}
		if p.country == "" && d.bareHomeOffice(pi, h.country) {
			p.country = h.country
		}
	}
}

// capTitled returns the titled mentions of person pi whose title follows a
// capitalised word of its sentence ("Presidential spokesperson A",
// "Communications Minister B"): what names the body or portfolio.
func (d *doc) capTitled(pi int) []*pmention {
	var out []*pmention
	for _, m := range d.mentions {
		if m.person != pi || m.title < 0 {
			continue
		}
		if k := m.i - 1; k >= 0 && d.toks[k].cap && d.toks[k].sent == d.toks[m.i].sent {
			out = append(out, m)
		}
	}
	return out
}

// homeBodyTitled reports whether every titled mention of person pi after
// a capitalised word has one word there that names the home government's
// own body ("Presidential spokesperson A", "Government spokesman B"; data
// home_body_words) or an acronym of no known body, so the title is no
// other body's.
func (d *doc) homeBodyTitled(pi int) bool {
	found := false
	for _, m := range d.capTitled(pi) {
		k := m.i - 1
		// An acronym no knowledge holds ("DFA spokesperson A", "DFA
		// Assistant Secretary B"): a home ministry's, the agency's
		// readers know it; a known body's or country's is a span.
		acronym := d.toks[k].upper && len(d.toks[k].text) >= 2 && len(d.toks[k].text) <= 5 && !d.inSpan(k)
		if !d.lx.homeBodyWords[d.toks[k].fold] && !acronym || k > 0 && d.toks[k-1].sent == d.toks[k].sent && d.toks[k-1].word && d.toks[k-1].cap && !d.atSentenceStart(k) {
			return false
		}
		found = true
	}
	return found
}

// portfolioMinister reports whether every titled mention of person pi
// that follows a capitalised word is a minister's whose portfolio stands
// before the office ("Communications and Digital Minister A"): capitalised
// words of no known name or body, joined by "and".
func (d *doc) portfolioMinister(pi int) bool {
	for _, m := range d.capTitled(pi) {
		k := m.i - 1
		if o := d.lx.k.Titles.Titles[m.title].Office; o != "Minister" {
			return false
		}
		words := 0
		for ; k >= 0 && d.toks[k].sent == d.toks[m.i].sent; k-- {
			t := &d.toks[k]
			if t.fold == "and" {
				continue
			}
			// A comma or another's name ends the portfolio: "A, Transport
			// Minister B", "Minister A and Education Minister B".
			if !t.word || !t.cap || d.covered[k] || d.atSentenceStart(k) && d.lx.is(t, fStop) {
				break
			}
			if d.inSpan(k) || d.lx.is(t, fGiven) {
				return false
			}
			words++
		}
		if words == 0 {
			return false
		}
	}
	return true
}

// bareHomeOffice reports whether person p, in an outlet of country c (its
// government's or its news agency's), is one of c's officials named by a
// bare office: every title of theirs is an office of c's government below
// its head ("Communications Minister A", "Assistant Secretary B"), never
// their counterpart's, and every sentence naming them qualifies with a
// country or an international body (not a city) only other persons ("Assistant
// Secretary B said the President would meet Cambodian Prime Minister C"):
// prose gives a foreign official their country, so the one left bare is
// the outlet's own. The office table's holders of other countries, and one
// bearing a title of c's office table on a day they do not hold it, are
// not.
func (d *doc) bareHomeOffice(pi int, c string) bool {
	p := d.persons[pi]
	// Not an ambassador: one named bare in a capital's release is as often
	// the guest country's envoy to it.
	if len(p.titles) == 0 || p.level == "head_of_state" || p.level == "head_of_government" || p.level == "ambassador" || foreignHolder(p, c) {
		return false
	}
	// An office the table gives someone else that day: another's. Not a
	// bare "Minister", which many hold at once.
	if !d.pub.IsZero() {
		for _, r := range p.roles {
			if (strings.Contains(r, " of ") || strings.Contains(r, " for ") || office.Class(r) != "") && len(office.Holders(c, r, d.pub)) > 0 {
				return false
			}
		}
	}
	// Each title an office of c's government, or a portfolio of one
	// ("Minister of Transport" where c has ministers).
	g := d.lx.outlets.govs[c]
	for _, t := range p.titles {
		ti := d.lx.k.Titles.Titles[t]
		held := false
		for _, o := range []string{ti.Office, ti.Title} {
			head, _, _ := strings.Cut(o, " of ")
			head, _, _ = strings.Cut(head, " for ")
			// "Assistant Secretary" where c has secretaries: a deputy's
			// rank of a held office.
			last := head
			if first, rest, ok := strings.Cut(head, " "); ok && d.lx.rankPrefixes.holdsFold(first) {
				last = rest
			}
			if g.offices.holdsFold(o) || g.offices.holdsFold(head) || g.offices.holdsFold(last) {
				held = true
			}
		}
		if !held {
			return false
		}
	}
	for _, m := range d.mentions {
		if m.person != pi {
			continue
		}
		if m.counterpart {
			return false
		}
		// Next in a list after a foreign person: of their delegation
		// ("Foreign Minister A of X, Deputy Minister B, and …").
		if k := m.i - 1; k > 0 && (d.toks[k].text == "," || d.toks[k].fold == "and") {
			for _, q := range d.mentions {
				if q.person >= 0 && q.person != pi && q.sent == m.sent && (q.j == k || q.j == k-1 && d.toks[k-1].text == ",") {
					if qc := d.persons[q.person].country; qc != "" && qc != c {
						return false
					}
				}
			}
		}
		for _, o := range d.others {
			if o.i < 0 || o.i >= len(d.toks) || d.toks[o.i].sent != m.sent {
				continue
			}
			// A city abroad is where officials go, not whose they are.
			if o.kind == accord.Place || !(o.country != "" && o.country != c || o.kind == accord.Organization && o.country == "") {
				continue
			}
			bound := false
			for _, q := range d.mentions {
				if q.person >= 0 && q.person != pi && q.sent == m.sent && q.i <= o.i && o.i < q.j {
					bound = true
					break
				}
			}
			if !bound {
				return false
			}
		}
	}
	return true
}

// sameWords reports whether two names have the same words, in any order.
func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, w := range a {
		found := false
		for _, x := range b {
			if w == x {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// givenOnly reports whether the one-word name of p, a known given name, is only the given name
// of holder h: "Secretary Teodoro" is no Teodoro Lonfernini, whose family
// name is another. A text names an official by family name; where the
// table writes the family name first (Xi Jinping), the first word is it.
func (d *doc) givenOnly(p *person, h *office.Holder) bool {
	// Monarchs, Gulf rulers and leaders are named by given name ("King
	// Abdullah", "Sheikh Mohamed"); a minister with a title is not.
	if len(p.core) != 1 || len(p.titles) == 0 || !d.lx.given[p.core[0]] || d.lx.familyFirst.holdsFold(h.Country) {
		return false
	}
	hw := h.NameWords()
	if len(hw) < 2 || hw[0] != p.core[0] || hw[len(hw)-1] == p.core[0] {
		return false
	}
	return h.Class == office.Minister || h.Class == office.ForeignMinister || d.republicTitled(p, h)
}

// givenClash reports whether a name's given name cannot be any form of a
// holder's: another first letter and no three letters in common at either
// start (Luis, Jeannette), where spellings, transliterations and familiar
// forms share one (Nikolay, Nikolai; Serhiy, Sergii; Liz, Elizabeth; Wally,
// Adewale).
func givenClash(name, holder []string) bool {
	if len(name) < 2 || len(holder) < 2 {
		return false
	}
	w := name[0]
	for _, g := range holder[:len(holder)-1] {
		if w[0] == g[0] || strings.Contains(g, prefix3(w)) || strings.Contains(w, prefix3(g)) {
			return false
		}
	}
	return true
}

func prefix3(s string) string {
	if len(s) > 3 {
		return s[:3]
	}
	return s
}

// namedHomeLeader gives a contact whose home side is the country alone (a
// transcript on the leader's own site that never labels its leader) to the
// one person of that country the text names, where the office table has
// them lead the country that day: "it was Labor and the Honourable A as
// Prime Minister" in the guest's answer.
func (d *doc) namedHomeLeader(held []eng, h home) []eng {
	if !h.government || h.office != officeLeader || h.country == "" || d.pub.IsZero() {
		return held
	}
	lead := -1
	for pi, p := range d.persons {
		if p.country != h.country {
			continue
		}
		if lead >= 0 {
			return held // two of the home country: which one, the text does not say
		}
		lead = pi
	}
	if lead < 0 {
		return held
	}
	leads := false
	for _, x := range office.Find(d.persons[lead].name, d.pub) {
		if x.Country == h.country && x.Holds(d.pub) && (x.Class == office.HeadOfGovernment || x.Class == office.HeadOfState) {
			leads = true
		}
	}
	if !leads {
		return held
	}
	for k := range held {
		e := &held[k]
		home := len(e.codes) == 1 && e.codes[0] == h.country
		if len(e.codes) == 0 && len(e.persons) == 1 && d.persons[e.persons[0]].country != "" && d.persons[e.persons[0]].country != h.country {
			home = true // the other side only: the home side is added for it later
		}
		if home && e.typ != accord.Visit && len(e.persons) >= 1 && !slices.Contains(e.persons, lead) {
			e.persons, e.codes = append(e.persons, lead), nil
		}
	}
	return held
}
