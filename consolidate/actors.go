package consolidate

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
	"github.com/accordhq/accord/extract/office"
)

// ArticleKey qualifies an article-local actor key with its article: the form
// kept in Actor.Keys. Country keys ("country:VN") are the same in every
// article and are kept unqualified.
func ArticleKey(articleID, key string) string {
	if strings.HasPrefix(key, string(accord.Country)+":") {
		return key
	}
	return articleID + "/" + key
}

// ActorFor returns the global actor of an article's local key, or nil.
// index is rec.ActorIndex().
func ActorFor(index map[string]*accord.Actor, articleID, key string) *accord.Actor {
	if a := index[ArticleKey(articleID, key)]; a != nil {
		return a
	}
	return index[key]
}

// actorID returns the global id of an article's actor: the country code for
// a country, else a hash of what identifies it (see the package doc).
func actorID(a *accord.Actor, articleID string) string {
	name := accord.Fold(a.Name)
	switch a.Type {
	case accord.Country:
		if c := strings.ToUpper(a.Country); c != "" {
			return c
		}
		return strings.ToUpper(strings.TrimPrefix(a.ID, "country:"))
	case accord.Person:
		if !strings.Contains(name, " ") {
			// A short form: only its article knows who it is.
			return accord.HashID("p", a.Country, name, articleID)
		}
		// Romanisations of one given name are one person: Mohamed bin
		// Zayed Al Nahyan is Mohammed bin Zayed Al Nahyan.
		return accord.HashID("p", a.Country, office.NameKey(name))
	case accord.Organization:
		return accord.HashID("o", name)
	case accord.Place:
		return accord.HashID("l", name)
	}
	return accord.HashID("a", string(a.Type), name)
}

// actorID is actorID with what the record knows: a person whose country
// one article does not say (a "Party General Secretary" with no "of X") is
// the person of the same full name whose country other articles give, when
// there is exactly one; and a person named with a country joins the one
// earlier articles named without it, so that one article's silence does
// not split a person in two.
func (st *state) actorID(a *accord.Actor, articleID string) string {
	id := actorID(a, articleID)
	if a.Type != accord.Person || st.actors[id] != nil {
		return id
	}
	name := office.NameKey(accord.Fold(a.Name))
	if short := st.fullerPerson(a); short != "" {
		return short
	}
	if !strings.Contains(name, " ") {
		return id
	}
	country := strings.ToUpper(a.Country)
	match := ""
	for _, other := range st.personsNamed(name) {
		o := st.actors[other]
		if o == nil || (country != "" && o.Country != "" && o.Country != country) {
			continue
		}
		if match != "" {
			return id // ambiguous: two candidates
		}
		match = other
	}
	if match != "" {
		return match
	}
	return id
}

// fullerPerson returns the one person of the record a short name form is:
// a name of one or two words all of whose words are in exactly one fuller
// name (more words) of a person of the same country or, when none is, of
// an unknown country ("Blinken", "Antony Blinken"). Two fuller persons that
// fit (Kamala Harris, Grant Harris) leave the short form apart: a surname
// two share is nobody's.
func (st *state) fullerPerson(a *accord.Actor) string {
	ws := st.nameWords(a.Name)
	if len(ws) == 0 || len(ws) > 2 {
		return ""
	}
	country := strings.ToUpper(a.Country)
	// Fuller persons of the same country first, then of an unknown one.
	var same, unknown []string
	for _, id := range st.personsWithWordIn(ws[len(ws)-1], country) {
		o := st.actors[id]
		if o == nil || o.Type != accord.Person || country != "" && o.Country != "" && o.Country != country {
			continue
		}
		ow := st.nameWords(o.Name)
		if len(ow) <= len(ws) || !subset(ws, ow) {
			continue
		}
		// "President Hart" is not the First Lady Mary Hart.
		if consortOnly(a.Roles) != consortOnly(o.Roles) && len(a.Roles) > 0 && len(o.Roles) > 0 {
			continue
		}
		// "Sultan Ibrahim" is not Prime Minister Anwar Ibrahim, "King
		// Charles" not President Charles Michel nor an untitled Charles
		// Greener.
		// A monarch's short form joins only a monarch, whom the record
		// knows as one.
		if sovereignOnly(a.Roles) && !sovereignOnly(o.Roles) || sovereignOnly(o.Roles) && len(a.Roles) > 0 && !sovereignOnly(a.Roles) {
			continue
		}
		if country != "" && o.Country == country {
			same = append(same, id)
		} else {
			unknown = append(unknown, id)
		}
	}
	switch {
	case len(same) == 1:
		return same[0]
	case len(same) == 0 && len(unknown) == 1:
		return unknown[0]
	}
	return ""
}

// nameWords is office.Words(name), worked out once a batch: a short
// name form is compared with every person of its last word, a few hundred
// for a common surname in a large record (issue 10). Callers must not
// change the slice.
func (st *state) nameWords(name string) []string {
	if w, ok := st.nwords[name]; ok {
		return w
	}
	w := office.Words(name)
	if st.nwords == nil {
		st.nwords = map[string][]string{}
	}
	st.nwords[name] = w
	return w
}

// consorts are the folded offices of leaders' spouses (titles.json).
var consorts = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	if k, err := knowledge.LoadActors(); err == nil {
		for _, c := range k.Titles.Consorts {
			out[accord.Fold(c)] = true
		}
	}
	return out
})

// consortOnly reports whether every role is a leader's spouse's.
func consortOnly(roles []string) bool {
	for _, r := range roles {
		if !consorts()[accord.Fold(r)] {
			return false
		}
	}
	return len(roles) > 0
}

// sovereigns are the folded offices of monarchs (titles.json).
var sovereigns = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	if k, err := knowledge.LoadActors(); err == nil {
		for _, c := range k.Titles.Sovereigns {
			out[accord.Fold(c)] = true
		}
	}
	return out
})

// sovereignOnly reports whether every role is a monarch's.
func sovereignOnly(roles []string) bool {
	for _, r := range roles {
		if !sovereigns()[accord.Fold(r)] {
			return false
		}
	}
	return len(roles) > 0
}

// personsWithWord returns the ids of the persons whose name has a folded
// word, in a stable order.
func (st *state) personsWithWord(w string) []string {
	if st.byWord == nil {
		st.byWord = map[string][]string{}
		st.inWord = map[wordID]bool{}
		st.byWordIn = map[wordCountry][]string{}
		ids := make([]string, 0, len(st.actors))
		for id, a := range st.actors {
			if a.Type == accord.Person {
				ids = append(ids, id)
			}
		}
		slices.Sort(ids)
		for _, id := range ids {
			st.indexWords(id, st.actors[id].Name)
		}
	}
	return st.byWord[w]
}

// personsWithWordIn returns the ids of the persons whose name has a folded
// word and whose country is country or none, and maybe others (whose
// country was learnt after they were indexed: the caller compares
// countries); with country "", personsWithWord. In a stable order.
func (st *state) personsWithWordIn(w, country string) []string {
	all := st.personsWithWord(w)
	if country == "" {
		return all
	}
	same, none := st.byWordIn[wordCountry{w, country}], st.byWordIn[wordCountry{w, ""}]
	if len(none) == 0 {
		return same
	}
	return append(slices.Clip(same), none...)
}

func (st *state) indexWords(id, name string) {
	country := ""
	if a := st.actors[id]; a != nil {
		country = a.Country
	}
	for _, w := range st.nameWords(name) {
		if k := (wordID{w, id}); !st.inWord[k] {
			st.inWord[k] = true
			st.byWord[w] = append(st.byWord[w], id)
			// A person whose country is learnt later stays under "":
			// found with every country, and compared by its own.
			wc := wordCountry{w, country}
			st.byWordIn[wc] = append(st.byWordIn[wc], id)
		}
	}
}

// personsNamed returns the ids of the persons with a full name's key
// (office.NameKey of its folded form).
func (st *state) personsNamed(name string) []string {
	if st.byName == nil {
		st.byName = map[string][]string{}
		for id, a := range st.actors {
			if a.Type == accord.Person {
				n := office.NameKey(accord.Fold(a.Name))
				st.byName[n] = append(st.byName[n], id)
			}
		}
		for _, ids := range st.byName {
			slices.Sort(ids)
		}
	}
	return st.byName[name]
}

// localActor returns the actor an article's key stands for when the facts do
// not list it: type and folded name from the key itself.
func localActor(key string) accord.Actor {
	t, name, _ := strings.Cut(key, ":")
	a := accord.Actor{ID: key, Type: accord.ActorType(t), Name: name}
	if a.Type == accord.Country {
		a.Country = strings.ToUpper(name)
	}
	return a
}

// addActors merges an article's actors into the state and returns the
// article's local key → global id map.
func (st *state) addActors(f *accord.ArticleFacts) map[string]string {
	art := f.Article
	ids := make(map[string]string, len(f.Actors))
	for i := range f.Actors {
		la := &f.Actors[i]
		id := st.actorID(la, art.ID)
		ids[la.ID] = id
		st.mergeActor(id, la, art)
	}
	return ids
}

// resolve maps an article's local keys to global ids, adding actors the
// facts name without listing them.
func (st *state) resolve(ids map[string]string, keys []string, art *accord.Article) []string {
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		id, ok := ids[k]
		if !ok {
			la := localActor(k)
			id = st.actorID(&la, art.ID)
			ids[k] = id
			st.mergeActor(id, &la, art)
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (st *state) mergeActor(id string, la *accord.Actor, art *accord.Article) {
	g := st.actors[id]
	if g == nil {
		g = &accord.Actor{ID: id, Type: la.Type, Country: strings.ToUpper(la.Country)}
		if g.Type == accord.Country {
			g.Country = id
		}
		st.actors[id] = g
		st.dirty[g] = true
		if g.Type == accord.Person && st.byName != nil {
			n := office.NameKey(accord.Fold(la.Name))
			st.byName[n] = append(st.byName[n], id)
		}
		if g.Type == accord.Person && st.byWord != nil {
			st.indexWords(id, la.Name)
		}
	}
	if g.Country == "" && la.Country != "" && g.Type == accord.Person {
		// The first article to say whose person this is.
		if !st.dirty[g] {
			st.countried = append(st.countried, g.ID)
		}
		st.touchActor(g)
		g.Country = strings.ToUpper(la.Country)
		for i := range g.Offices {
			if g.Offices[i].Country == "" {
				g.Offices[i].Country = g.Country
			}
		}
	}
	changed := false
	add := func(list *[]string, s string) {
		if s != "" && !slices.Contains(*list, s) {
			*list = append(*list, s)
			changed = true
		}
	}
	// Work on copies; touch only when something is new.
	forms := append([]string{g.Name}, g.Aliases...)
	forms = slices.DeleteFunc(forms, func(s string) bool { return s == "" })
	n := len(forms)
	add(&forms, la.Name)
	for _, al := range la.Aliases {
		add(&forms, al)
	}
	key := ArticleKey(art.ID, la.ID)
	at, found := slices.BinarySearch(g.Keys, key)
	newKey := !found
	offices := slices.Clone(g.Offices)
	for _, r := range la.Roles {
		if r == "" {
			continue
		}
		found := false
		for i := range offices {
			o := &offices[i]
			if o.Role == r && o.Country == g.Country {
				found = true
				if art.Published != "" && (o.FirstSeen == "" || art.Published < o.FirstSeen) {
					o.FirstSeen, changed = art.Published, true
				}
				if art.Published > o.LastSeen {
					o.LastSeen, changed = art.Published, true
				}
			}
		}
		if !found {
			offices = append(offices, accord.Office{Role: r, Country: g.Country, FirstSeen: art.Published, LastSeen: art.Published})
			changed = true
		}
	}
	if !changed && !newKey && len(forms) == n {
		return
	}
	st.touchActor(g)
	if newKey {
		g.Keys = slices.Insert(g.Keys, at, key)
	}
	if g.Type == accord.Country {
		if c, ok := knowledge.CountryByCode(id); ok {
			forms = append(forms, c.Name)
		}
	}
	ident := accord.Fold(la.Name)
	if g.Name != "" && len(strings.Fields(accord.Fold(g.Name))) > len(strings.Fields(ident)) {
		ident = accord.Fold(g.Name) // a short form joined a fuller person: the fuller name stays
	}
	g.Name, g.Aliases = canonical(forms, g.Type == accord.Country, ident)
	if g.Type == accord.Person && st.byWord != nil {
		st.indexWords(id, g.Name)
	}
	slices.SortFunc(offices, func(a, b accord.Office) int {
		if a.FirstSeen != b.FirstSeen {
			return strings.Compare(a.FirstSeen, b.FirstSeen)
		}
		return strings.Compare(a.Role, b.Role)
	})
	g.Offices = offices
	g.Roles = g.Roles[:0]
	for _, o := range offices {
		if !slices.Contains(g.Roles, o.Role) {
			g.Roles = append(g.Roles, o.Role)
		}
	}
}

// canonical picks the name among the forms seen, whatever their order: for a
// country its usual short name from the knowledge files when there is one;
// else, among the forms of the identifying name (fold), the form with the most letters with diacritics (Tô Lâm over To Lam),
// then the fewest hyphens, then the longest, then the first alphabetically.
// The other forms are the aliases, sorted.
func canonical(forms []string, country bool, fold string) (string, []string) {
	slices.Sort(forms)
	forms = slices.Compact(forms)
	if len(forms) == 0 {
		return "", []string{}
	}
	best := ""
	if !country {
		// Only forms of the identifying name qualify (not "President Lee").
		for _, f := range forms {
			if accord.Fold(f) == fold && (best == "" || better(f, best)) {
				best = f
			}
		}
	} else {
		best = forms[0]
		// The knowledge name, appended last by the caller, is not always
		// last after sorting: find it by being a known name.
		for _, f := range forms {
			if isKnownCountryName(f) {
				best = f
				break
			}
		}
	}
	if best == "" {
		best = forms[0]
	}
	aliases := make([]string, 0, len(forms)-1)
	for _, f := range forms {
		if f != best {
			aliases = append(aliases, f)
		}
	}
	return best, aliases
}

func isKnownCountryName(s string) bool {
	for _, c := range knowledge.Countries() {
		if c.Name == s {
			return true
		}
	}
	return false
}

func better(a, b string) bool {
	da, db := diacritics(a), diacritics(b)
	if da != db {
		return da > db
	}
	ha, hb := strings.Count(a, "-"), strings.Count(b, "-")
	if ha != hb {
		return ha < hb
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la != lb {
		return la > lb
	}
	return a < b
}

func diacritics(s string) int {
	n := 0
	for _, r := range s {
		if r > unicode.MaxASCII && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
