// Package office is the dated table of office holders: who was head of
// state, head of government or foreign minister of which country on which
// day. It is built from Wikidata (CC0) by scripts/offices.py and embedded,
// so it needs nothing at run time; see data/offices.tsv for its sources.
//
// The table answers two questions extraction asks: who holds an office of a
// country on a day (the principal a readout names only by title), and who
// a name form is (Biden, Joseph R. Biden Jr., KISHIDA Fumio) among the
// holders of a day, so that every article gives a person one name.
package office

import (
	_ "embed"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

//go:embed data/offices.tsv
var table string

//go:embed data/classes.json
var classesJSON []byte

//go:embed data/spellings.tsv
var spellingsTSV string

//go:embed data/bynames.tsv
var bynamesTSV string

// byname maps a one-word public name of a holder ("jokowi", folded) to the
// words of the name the table writes ("joko widodo"), from data/bynames.tsv:
// such a name shares no word with the full name, so Find would not join them.
var byname = func() map[string][]string {
	m := map[string][]string{}
	for _, line := range strings.Split(bynamesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		if f := strings.Split(line, "\t"); len(f) == 2 {
			m[accord.Fold(f[0])] = nameWords(f[1])
		}
	}
	return m
}()

// spelling maps a romanisation of a given name to the one form Words folds
// it to ("mohamed" → "muhammad"), from data/spellings.tsv.
var spelling = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(spellingsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		for _, v := range f {
			m[v] = f[0]
		}
	}
	return m
}()

// Classes of offices.
const (
	HeadOfState      = "hos"
	HeadOfGovernment = "hog"
	ForeignMinister  = "fm"
	Minister         = "min" // other ministers and officials, by the source's office name
)

// Holder is one term of one person in one office.
type Holder struct {
	QID     string // Wikidata item of the person
	Name    string // canonical name (Wikidata's English label)
	Country string // ISO 3166-1 alpha-2
	Class   string // HeadOfState, HeadOfGovernment, ForeignMinister or Minister
	Office  string // President, Prime Minister, Monarch, Minister of Foreign Affairs …
	// Start and End bound the term; End is zero while in office. Where the
	// source gives only a year, Start is its first day and End its last,
	// and StartYear or EndYear says so.
	Start, End         time.Time
	StartYear, EndYear bool

	office string   // Office folded, for matching titles
	group  int      // its group of classes.json, 0 for none
	words  []string // Words(Name), nil for a holder not of the table
}

// NameWords returns the words of the holder's name as its own term's label
// gives it (Words(h.Name) but for a person whose label changed between
// terms: oneLabel): the table's holders carry them, so that
// a look at a holder's name costs no look-up of a cache shared by every
// extraction.
func (h *Holder) NameWords() []string {
	if h.words != nil {
		return h.words
	}
	return Words(h.Name)
}

// Holds reports whether the term may include day: a year-only bound
// covers its whole year.
func (h *Holder) Holds(day time.Time) bool {
	return !day.Before(h.Start) && (h.End.IsZero() || !day.After(h.End))
}

// Certain reports whether the term surely includes day: not within a
// year-only bound's year, where the change of holder may fall either side.
func (h *Holder) Certain(day time.Time) bool {
	if !h.Holds(day) {
		return false
	}
	if h.StartYear && day.Year() == h.Start.Year() {
		return false
	}
	return !(h.EndYear && day.Year() == h.End.Year())
}

type tableData struct {
	holders   []Holder
	byWord    map[string][]int // folded name word → holders
	byCountry map[string][]int
	byQID     map[string][]int // Wikidata item → holders: a person's terms
	words     [][]string       // folded name words of each holder
	group     map[string]int   // folded office name → group
	class     map[string]string
	// wide maps a folded title that names a class rather than an office
	// (Head of State) to that class: it matches any holder of the class.
	wide map[string]string
	// seat maps a folded office one person may hold in several countries
	// at once (Monarch of the Commonwealth realms) to the country it sits in.
	seat map[string]string
}

var (
	once sync.Once
	data tableData
	err  error
)

func load() (*tableData, error) {
	once.Do(func() { err = data.parse() })
	return &data, err
}

func (t *tableData) parse() error {
	var cl struct {
		Groups []struct {
			Class   string   `json:"class"`
			Offices []string `json:"offices"`
		} `json:"groups"`
		Wide []struct {
			Class string `json:"class"`
			Title string `json:"title"`
		} `json:"classwide"`
		Seats []struct {
			Office string `json:"office"`
			Seat   string `json:"seat"`
		} `json:"seats"`
	}
	if e := json.Unmarshal(classesJSON, &cl); e != nil {
		return accord.Errorf(accord.EINTERNAL, "office: data/classes.json: %v", e)
	}
	t.group, t.class = map[string]int{}, map[string]string{}
	for gi, g := range cl.Groups {
		for _, o := range g.Offices {
			t.group[ofold(o)] = gi + 1
			t.class[ofold(o)] = g.Class
		}
	}
	t.seat = map[string]string{}
	for _, st := range cl.Seats {
		t.seat[ofold(st.Office)] = st.Seat
	}
	t.wide = map[string]string{}
	for _, w := range cl.Wide {
		t.wide[ofold(w.Title)] = w.Class
		t.class[ofold(w.Title)] = w.Class
	}
	t.byWord, t.byCountry, t.byQID = map[string][]int{}, map[string][]int{}, map[string][]int{}
	for n, line := range strings.Split(table, "\n") {
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "country\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return accord.Errorf(accord.EINTERNAL, "office: data/offices.tsv line %d: %d fields, want 7", n+1, len(f))
		}
		h := Holder{Country: f[0], Class: f[1], Office: f[2], QID: f[3], Name: f[4], office: ofold(f[2])}
		h.group = t.group[h.office]
		if h.QID == "" {
			// A hand-curated term (supplement.tsv) of a person without a
			// Wikidata item in the table: the name stands for the person.
			h.QID = "name:" + h.Country + ":" + h.Name
		}
		var e error
		if h.Start, h.StartYear, e = parseDate(f[5], false); e != nil || h.Start.IsZero() {
			return accord.Errorf(accord.EINTERNAL, "office: data/offices.tsv line %d: start %q", n+1, f[5])
		}
		if h.End, h.EndYear, e = parseDate(f[6], true); e != nil {
			return accord.Errorf(accord.EINTERNAL, "office: data/offices.tsv line %d: end %q", n+1, f[6])
		}
		i := len(t.holders)
		ws := Words(h.Name)
		h.words = ws
		t.holders = append(t.holders, h)
		t.byCountry[h.Country] = append(t.byCountry[h.Country], i)
		t.byQID[h.QID] = append(t.byQID[h.QID], i)
		t.words = append(t.words, ws)
		for _, w := range ws {
			t.byWord[w] = append(t.byWord[w], i)
		}
	}
	t.oneLabel()
	return nil
}

// oneLabel gives every term of one person the label of their latest term
// (Wikidata's label as the source last saw it: "Mohammed bin Abdulrahman
// Al Thani", not the earlier row's "Sheikh Mohammed bin Abdulrahman Al
// Thani"), so that the person is one name, and so one actor, in every
// office; of two labels that fold alike, the one with its accents. A term
// keeps the words of its own label (a text of its time may name the person
// so, and is matched by them) unless they are the latest label's and more.
func (t *tableData) oneLabel() {
	for _, is := range t.byQID {
		if len(is) < 2 {
			continue
		}
		last := is[0]
		for _, i := range is[1:] {
			if t.holders[i].Start.After(t.holders[last].Start) {
				last = i
			}
		}
		label := t.holders[last].Name
		for _, i := range is {
			if n := t.holders[i].Name; n != label && accord.Fold(n) == accord.Fold(label) && accents(n) > accents(label) {
				label = n
			}
		}
		lw := Words(label)
		for _, i := range is {
			h := &t.holders[i]
			// An earlier label that is the latest one with more words
			// ("Sheikh …", "Seyed …") gives way to it: a text names the
			// person by the shorter form, and its lineage is read against it.
			if len(h.words) > len(lw) && inOrder(lw, h.words) {
				h.words, t.words[i] = lw, lw
			}
			h.Name = label
		}
	}
}

// accents counts a name's letters outside ASCII.
func accents(s string) int {
	n := 0
	for _, r := range s {
		if r > 0x7f {
			n++
		}
	}
	return n
}

// Seat returns the country one person acts for among the countries whose
// offices hs (one person's terms on one day) are: the one country where
// they are head of state or government, else the seat of an office they
// hold in several (data/classes.json seats), else "".
func Seat(hs []Holder) string {
	t, e := load()
	if e != nil {
		return ""
	}
	lead := ""
	for i := range hs {
		if hs[i].Class != HeadOfState && hs[i].Class != HeadOfGovernment {
			continue
		}
		if lead != "" && lead != hs[i].Country {
			lead = "-"
			break
		}
		lead = hs[i].Country
	}
	if lead != "" && lead != "-" {
		return lead
	}
	for i := range hs {
		if c, ok := t.seat[hs[i].office]; ok {
			for j := range hs {
				if hs[j].Country == c {
					return c
				}
			}
		}
	}
	return ""
}

// parseDate reads YYYY-MM-DD or YYYY (the year's first day, or its last
// for an end); empty is the zero time.
func parseDate(s string, end bool) (time.Time, bool, error) {
	switch len(s) {
	case 0:
		return time.Time{}, false, nil
	case 4:
		t, err := time.Parse("2006", s)
		if end {
			t = t.AddDate(1, 0, -1)
		}
		return t, true, err
	}
	t, err := time.Parse("2006-01-02", s)
	return t, false, err
}

// Class returns the class of an office or title name (President → hos,
// Foreign Minister → fm), or "" for an office the table does not hold.
func Class(office string) string {
	t, e := load()
	if e != nil {
		return ""
	}
	return t.class[fold(office)]
}

// Same reports whether a title names the office a holder holds: the same
// group of classes.json (King and Monarch, Premier and Prime Minister), or,
// for a title of no group, the same office or one the title begins
// (Secretary: Secretary of Defense; Minister: Minister of Finance).
func Same(title, office string) bool {
	t, e := load()
	if e != nil {
		return false
	}
	ft, fo := fold(title), fold(office)
	if c := t.wide[ft]; c != "" {
		return t.class[fo] == c
	}
	return t.same(ft, fo)
}

// same is Same of folded names.
func (t *tableData) same(ft, fo string) bool {
	return sameGroup(ft, t.group[ft], fo, t.group[fo])
}

// sameGroup is same with the names' groups looked up: Holders compares one
// title with every term of a country, so it looks the title's up once.
func sameGroup(ft string, gt int, fo string, gfo int) bool {
	if gt != 0 {
		return gt == gfo
	}
	return ft != "" && (ft == fo || len(fo) > len(ft) && fo[len(ft)] == ' ' && strings.HasPrefix(fo, ft))
}

// Titled reports whether title names the office h holds (see Same).
func (h *Holder) Titled(title string) bool {
	t, e := load()
	if e != nil {
		return false
	}
	ft := fold(title)
	if c := t.wide[ft]; c != "" {
		return h.Class == c
	}
	return t.same(ft, h.office)
}

// folds caches the folded forms of titles and offices: a few hundred
// strings asked for again and again.
var folds sync.Map

func fold(s string) string {
	if f, ok := folds.Load(s); ok {
		return f.(string)
	}
	f := ofold(s)
	folds.Store(s, f)
	return f
}

// Holders returns the holders of a country's office on day (Holds): none,
// one, or more where the source dates a change only to its year. office is
// an office or title name as in titles.json ("President", "Premier").
func Holders(country, office string, day time.Time) []Holder {
	t, e := load()
	if e != nil {
		return nil
	}
	var out []Holder
	for _, i := range t.officeTerms(country, fold(office)) {
		if h := &t.holders[i]; h.Holds(day) {
			out = append(out, *h)
		}
	}
	return out
}

// officeKey is a country and a folded office or title name.
type officeKey struct{ country, office string }

// terms caches officeTerms: extraction asks for the same few offices of the
// same countries article after article, and a country has thousands of
// terms. Bounded like found.
var (
	terms      sync.Map // officeKey → []int
	termsCount atomic.Int64
)

// officeTerms returns the indices, in the table's order, of the country's
// terms of any day whose office the folded title fo names (Holders).
func (t *tableData) officeTerms(country, fo string) []int {
	k := officeKey{country, fo}
	if v, ok := terms.Load(k); ok {
		return v.([]int)
	}
	g, wide := t.group[fo], t.wide[fo]
	var out []int
	for _, i := range t.byCountry[country] {
		h := &t.holders[i]
		if wide != "" && h.Class == wide || wide == "" && sameGroup(fo, g, h.office, h.group) {
			out = append(out, i)
		}
	}
	if termsCount.Load() < maxFound {
		if _, loaded := terms.LoadOrStore(k, out); !loaded {
			termsCount.Add(1)
		}
	}
	return out
}

// found caches Find of any day by name (folded words): the same few
// thousand names come back article after article. It stops growing at
// maxFound names so that no input can make it unbounded.
var (
	found      sync.Map // string → []Holder
	foundCount atomic.Int64
)

const maxFound = 50000

// Find returns the holders of any office on day whose name a name form
// names: the full name in either order (Fumio Kishida, KISHIDA Fumio), the
// family name alone (Biden), or a fuller or familiar form of the given name
// (Joseph R. Biden Jr. for Joe Biden, Tony Blinken for Antony Blinken). A zero day finds every term.
func Find(name string, day time.Time) []Holder {
	if !day.IsZero() {
		return findOn(name, day)
	}
	if hs, ok := found.Load(name); ok {
		return hs.([]Holder)
	}
	hs := FindWords(Words(name), day)
	if foundCount.Load() < maxFound {
		if _, loaded := found.LoadOrStore(name, hs); !loaded {
			foundCount.Add(1)
		}
	}
	return hs
}

// nameTerms are the terms of any day a name names (named) and those whose
// names it lengthens (longer), as indices of the table's holders.
type nameTerms struct{ named, longer []int }

// foundTerms caches nameTerms by name, as found caches Find of any day:
// Find of a day filters the cached terms by the day, which is FindWords'
// answer (a term's dates play no part in how its name compares) without
// comparing the names again article after article.
var (
	foundTerms   sync.Map // string → nameTerms
	termsOfCount atomic.Int64
)

// findOn is Find of a day that is not zero.
func findOn(name string, day time.Time) []Holder {
	t, e := load()
	if e != nil {
		return nil
	}
	var nt nameTerms
	if v, ok := foundTerms.Load(name); ok {
		nt = v.(nameTerms)
	} else {
		nt.named, nt.longer = t.candidates(Words(name), time.Time{})
		if termsOfCount.Load() < maxFound {
			if _, loaded := foundTerms.LoadOrStore(name, nt); !loaded {
				termsOfCount.Add(1)
			}
		}
	}
	if out := t.holdersOn(nt.named, day); len(out) > 0 {
		return out
	}
	return t.holdersOn(nt.longer, day)
}

// holdersOn returns the holders of the terms is that hold day (all of
// them for a zero day), nil for none.
func (t *tableData) holdersOn(is []int, day time.Time) []Holder {
	var out []Holder
	for _, i := range is {
		if h := &t.holders[i]; day.IsZero() || h.Holds(day) {
			out = append(out, *h)
		}
	}
	return out
}

// FindWords is Find of a name's folded words (Words).
func FindWords(ws []string, day time.Time) []Holder {
	t, e := load()
	if e != nil {
		return nil
	}
	named, longer := t.candidates(ws, day)
	if len(named) == 0 {
		return t.holdersOn(longer, time.Time{})
	}
	return t.holdersOn(named, time.Time{})
}

// candidates returns the terms holding day (any for a zero day) whose
// holder's name the name of words ws names, and those whose name it would
// lengthen, as indices of the table's holders.
func (t *tableData) candidates(ws []string, day time.Time) (named, longer []int) {
	named, longer = t.candidatesAs(ws, day)
	if len(named) > 0 || len(longer) > 0 || len(ws) < 2 {
		return named, longer
	}
	// A compound given name written with a hyphen ("Oyun-Erdene
	// Luvsannamsrai", "Luvsannamsrain Oyun-Erdene") where the table
	// writes it as one word ("Oyunerdene"): the two words joined.
	for i := 0; i+1 < len(ws); i++ {
		j := slices.Concat(ws[:i], []string{ws[i] + ws[i+1]}, ws[i+2:])
		if _, ok := t.byWord[j[i]]; !ok {
			continue
		}
		if named, longer = t.candidatesAs(j, day); len(named) > 0 || len(longer) > 0 {
			return named, longer
		}
	}
	return nil, nil
}

// candidatesAs is candidates of the words ws as they are.
func (t *tableData) candidatesAs(ws []string, day time.Time) (named, longer []int) {
	if len(ws) == 0 {
		return nil, nil
	}
	if full, ok := byname[ws[0]]; ok && len(ws) == 1 {
		ws = full // "Jokowi": the whole name it stands for
	}
	// Candidates share the last word or, in family-name-first order, the
	// first; a term listed under both is taken once.
	last, first := t.byWord[ws[len(ws)-1]], t.byWord[ws[0]]
	if len(ws) == 1 {
		first = nil
	}
	// A name the table holds as written wins over a shorter one it would
	// lengthen ("Samia Suluhu Hassan" is that term's, not "Samia Suluhu").
	for k, list := range [2][]int{last, first} {
		for _, i := range list {
			if k == 1 && slices.Contains(last, i) {
				continue
			}
			h := &t.holders[i]
			if !day.IsZero() && !h.Holds(day) {
				continue
			}
			switch {
			case names(ws, t.words[i], false):
				named = append(named, i)
			case fuller(ws, t.words[i]):
				longer = append(longer, i)
			}
		}
	}
	return named, longer
}

// ByQID returns every term of one person.
func ByQID(qid string) []Holder {
	t, e := load()
	if e != nil {
		return nil
	}
	var out []Holder
	for _, i := range t.byQID[qid] {
		out = append(out, t.holders[i])
	}
	return out
}

// All returns every term, for coverage reports and tests.
func All() ([]Holder, error) {
	t, e := load()
	if e != nil {
		return nil, e
	}
	return append([]Holder(nil), t.holders...), nil
}

// suffixes and honorifics are not words of a name.
var notName = map[string]bool{"jr": true, "sr": true, "mr": true, "mrs": true, "ms": true, "dr": true, "he": true, "hon": true, "rt": true}

// ordinals are the numerals a name may end with: after a family name a
// suffix ("Lloyd J. Austin III"), after a lone given name a regnal number,
// a word of the name ("Abdullah II" is Jordan's king, not the other King
// Abdullah reigning in 2009).
var ordinals = map[string]bool{"ii": true, "iii": true, "iv": true}

// wordsOf caches Words by name, as found caches Find: the same names come
// back at every person of every article (issue 10: Words was about 3 % of
// an extraction). It stops growing at maxFound names.
var (
	wordsOf    sync.Map // string → []string
	wordsCount atomic.Int64
)

// Words returns the folded words that identify a name: no initials,
// suffixes or honorifics; a given name's romanisations as one spelling.
// The slice is shared by every caller of the same name: it must not be
// changed (an append copies it).
func Words(name string) []string {
	if ws, ok := wordsOf.Load(name); ok {
		return ws.([]string)
	}
	ws := nameWords(name)
	ws = ws[:len(ws):len(ws)]
	if wordsCount.Load() < maxFound {
		if _, loaded := wordsOf.LoadOrStore(name, ws); !loaded {
			wordsCount.Add(1)
		}
	}
	return ws
}

// nameWords is Words, worked out.
func nameWords(name string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(name, func(r rune) bool {
		return r == ' ' || r == ',' || r == '"' || r == '(' || r == ')'
	}) {
		parts := strings.Split(f, ".")
		for k, p := range parts {
			// "Kh.Battulga", "Ts. Elbegdorj": a letter or two before a
			// dot abbreviate a patronymic or given name, an initial.
			w := accord.Fold(p)
			if len([]rune(w)) < 2 || notName[w] || k < len(parts)-1 && len([]rune(w)) <= 2 || ordinals[w] && len(out) != 1 {
				continue
			}
			out = append(out, strings.Fields(w)...)
		}
	}
	// Mohamed bin Zayed and Mohammed bin Zayed are one name; a last word
	// ("Abiy Ahmed") is a family name, compared as written elsewhere.
	for i := 0; i+1 < len(out); i++ {
		if c := spelling[out[i]]; c != "" {
			out[i] = c
		}
	}
	// The Slavic adjectival ending "-ський"/"-ский" romanised as -skyy,
	// -skyi, -skiy, -skii or -sky: one family name (Zelenskyy, Zelensky).
	if n := len(out); n > 0 {
		out[n-1] = slavicSky(out[n-1])
	}
	return out
}

// NameKey returns a folded full name with the given names before its last
// word in one spelling (data/spellings.tsv): "mohamed bin zayed al nahyan"
// and "mohammed bin zayed al nahyan" have one key. The family name and
// every other word stay as written.
func NameKey(folded string) string {
	ws := strings.Fields(folded)
	changed := false
	for i := 0; i+1 < len(ws); i++ {
		if c := spelling[ws[i]]; c != "" {
			ws[i], changed = c, true
		}
	}
	if !changed {
		return folded
	}
	return strings.Join(ws, " ")
}

// slavicSky folds the romanisations of a final -sky to one spelling.
func slavicSky(w string) string {
	for _, e := range []string{"skyy", "skyi", "skiy", "skii"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+1 {
			return strings.TrimSuffix(w, e) + "sky"
		}
	}
	return w
}

// Names reports whether the words c of a name form name the person with
// name words p: every word of c is one of p's (Biden; Kishida Fumio), or
// c has p's family name and a given name that p's shortens or lengthens
// (Joseph Biden for Joe Biden; not Jill Biden).
func Names(c, p []string) bool {
	return names(c, p, true)
}

// names is Names, lengthened names (fuller) counting only when long is set.
func names(c, p []string, long bool) bool {
	if len(c) == 0 || len(p) == 0 || parentIn(c, p) {
		return false
	}
	all := true
	for _, w := range c {
		if !contains(p, w) {
			all = false
			break
		}
	}
	if all {
		// "Mohammed Idris" is not "Idris Mohammed Abdel Kader": a shorter
		// form keeps the order of the name's words; only a whole name may
		// turn them (Kishida Fumio, Fumio Kishida).
		return len(c) < 2 || len(c) >= len(p) || inOrder(c, p)
	}
	if genitiveForm(c, p) || genitiveForm(p, c) {
		return true
	}
	if long && fuller(c, p) {
		return true
	}
	if len(c) < 2 || len(p) < 2 || c[len(c)-1] != p[len(p)-1] {
		return false
	}
	if Lineage(c, p) {
		return true
	}
	for _, w := range c[:len(c)-1] {
		if contains(p, w) {
			continue
		}
		a, b := w, p[0]
		if len(a) > len(b) {
			a, b = b, a
		}
		// Joe, Joseph; Tony, Antony; not John, Joseph.
		if len(a) < 3 || !(strings.HasPrefix(b, a) || len(a) == 3 && a[:2] == b[:2] || len(a) >= 4 && strings.HasSuffix(b, a)) {
			return false
		}
	}
	return true
}

// fuller reports whether the name form c is p's whole name with a middle
// name or a second family name written in: "William Samoei Ruto" and
// "Yoweri Kaguta Museveni" (a middle name between p's first and last words),
// "Gabriel Boric Font" (one more family name after p's). Official releases
// give a leader's full name where references give the short one. Only a
// name of a given and a family name is lengthened so: a longer one may be a
// lineage, whose added words are ancestors ("Omar Khalid Saad Al Rami" is not
// "Omar Khalid Al Rami"; Lineage reads those).
func fuller(c, p []string) bool {
	if len(p) != 2 || len(c) <= len(p) || c[0] != p[0] || !inOrder(p, c) {
		return false
	}
	if c[len(c)-1] == p[len(p)-1] {
		return true
	}
	return Trailing(c, p)
}

// Trailing reports whether the name form c is the two-word name p with one
// more family name after it ("Gabriel Boric Font" for "Gabriel Boric"). The
// form is then the fuller name of the two, and the one its family name ends.
func Trailing(c, p []string) bool {
	return len(p) == 2 && len(c) == 3 && slices.Equal(c[:2], p)
}

// inOrder reports whether the words c stand in p in the same order.
func inOrder(c, p []string) bool {
	k := 0
	for _, w := range p {
		if k < len(c) && w == c[k] {
			k++
		}
	}
	return k == len(c)
}

// Lineage reports whether c is p with more of the lineage written out:
// the same first and last words, p's words in order, and every other word
// of c an ancestor's name after a filial particle ("Mohammed bin Salman
// bin Abdulaziz Al Saud" for "Mohammed bin Salman Al Saud").
func Lineage(c, p []string) bool {
	loadFilial()
	if len(c) <= len(p) || c[0] != p[0] || !slices.ContainsFunc(c, func(w string) bool { return filial[w] }) {
		return false
	}
	k := 0
	for i, w := range c {
		if k < len(p) && w == p[k] {
			k++
			continue
		}
		if filial[w] || i > 0 && filial[c[i-1]] {
			continue
		}
		return false
	}
	return k == len(p)
}

var (
	filialOnce sync.Once
	filial     map[string]bool
	genitives  []string // knowledge patronymic_genitives
)

// genitiveForm reports whether the two-word name c writes p's patronymic in
// the genitive before the given name, as Mongolian names run ("Ukhnaagiin
// Khurelsukh", Khurelsukh son of Ukhnaa), where p writes it in the
// nominative, before or after ("Khurelsukh Ukhnaa"): the given name is
// the same word, the other word of c is the other word of p with a genitive
// ending (data patronymic_genitives), its final "a" dropped or kept
// ("Jargaltulgyn" of "Jargaltulga").
func genitiveForm(c, p []string) bool {
	if len(c) != 2 || len(p) != 2 {
		return false
	}
	var v string // p's patronymic, in the nominative
	switch c[1] {
	case p[0]:
		v = p[1]
	case p[1]:
		v = p[0]
	default:
		return false
	}
	g := c[0]
	if len(v) < 3 || g == v || g == c[1] {
		return false
	}
	loadFilial()
	for _, e := range genitives {
		if g == v+e || strings.HasSuffix(v, "a") && g == v[:len(v)-1]+e {
			return true
		}
	}
	return false
}

// parentIn reports whether the name words c name a parent within p: c's
// first word stands in p only after a filial particle ("Abdulaziz Al Saud"
// in "Fahd bin Abdulaziz Al Saud" is Fahd's father). A form opening with
// the particle ("bin Zayed") is the person's own.
func parentIn(c, p []string) bool {
	loadFilial()
	if filial[c[0]] {
		return false
	}
	after := false
	for k, w := range p {
		if w != c[0] {
			continue
		}
		if k == 0 || !filial[p[k-1]] {
			return false
		}
		after = true
	}
	return after
}

func loadFilial() {
	filialOnce.Do(func() {
		filial = map[string]bool{}
		if k, e := knowledge.LoadActors(); e == nil {
			for _, w := range k.Words.Filial {
				filial[w] = true
			}
			genitives = k.Words.PatronymicGenitives
		}
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// officeSpelling maps a folded word of an office or title name to the one
// spelling the table compares ("defense" to "defence": "Defense Minister
// A" in Japan's and the US's English is the table's "Minister of Defence"),
// from classes.json's office_spellings.
var (
	spellOnce      sync.Once
	officeSpelling map[string]string
)

// ofold folds an office or title name and gives its words the table's
// spelling (officeSpelling).
func ofold(s string) string {
	f := accord.Fold(s)
	spellOnce.Do(func() {
		var c struct {
			Spellings map[string]string `json:"office_spellings"`
		}
		if json.Unmarshal(classesJSON, &c) == nil {
			officeSpelling = c.Spellings
		}
	})
	if len(officeSpelling) == 0 {
		return f
	}
	ws := strings.Fields(f)
	changed := false
	for i, w := range ws {
		if r, ok := officeSpelling[w]; ok {
			ws[i], changed = r, true
		}
	}
	if !changed {
		return f
	}
	return strings.Join(ws, " ")
}
