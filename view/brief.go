package view

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
)

// latestContacts is how many recent contacts a brief details.
const latestContacts = 5

// Brief returns a Markdown briefing on the relationship between countries
// a and b (ISO alpha-2), on the contacts since a date (YYYY-MM-DD, empty
// for all), for a diplomat: summary, contacts by type and level, areas over
// time, targets with their history, invitations and the latest contacts,
// each fact with its source.
func Brief(ctx context.Context, s Reader, a, b, since string) (string, error) {
	if len(a) != 2 || len(b) != 2 {
		return "", accord.ErrorAt(accord.EINVALID, "countries", "want two ISO alpha-2 codes, got %q and %q", a, b)
	}
	// The gatherings both attended counted, not read (851 for the
	// busiest pair at a million articles): the brief gives their number.
	rec, win, count, err := pairPartOpts(ctx, s, a, b, since, "", PairMax, pairOpts{targets: true, countGatherings: true})
	if err != nil {
		return "", err
	}
	arts, areas, err := briefArticles(ctx, s, rec, a, b)
	if err != nil {
		return "", err
	}
	gatherings := -1
	if count != nil {
		gatherings = count.in(since, "")
	}
	if !win.Partial() {
		return briefOf(rec, arts, areas, a, b, since, nil, gatherings), nil
	}
	return briefOf(rec, arts, areas, a, b, since, &win, gatherings), nil
}

// briefArticles returns the articles rec cites (PairArticles, no
// gathering's: the brief counts them) and the areas of those its contacts
// cite: the brief counts areas over contacts only.
func briefArticles(ctx context.Context, s Reader, rec *accord.Record, a, b string) (map[string]*accord.Article, map[string][]string, error) {
	infos, err := PairArticles(ctx, s, rec, a, b, 0)
	if err != nil {
		return nil, nil, err
	}
	return Articles(infos), Areas(infos), nil
}

// BriefWindow is BriefOf over the latest part of a busy relationship
// (PairPart), saying so.
func BriefWindow(rec *accord.Record, arts map[string]*accord.Article, areas map[string][]string, a, b, since string, win *PairWindow) string {
	return briefOf(rec, arts, areas, a, b, since, win, -1)
}

func sinceText(since string) string {
	if since == "" {
		return ""
	}
	return " since " + FormatDate(since)
}

// all returns every entry of a timeline, children included, in date order.
func (t *Timeline) all() []Entry {
	var out []Entry
	for _, e := range t.Entries {
		out = append(out, e)
		out = append(out, e.Children...)
	}
	slices.SortStableFunc(out, func(x, y Entry) int {
		if c := strings.Compare(x.Date, y.Date); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	return out
}

// BriefOf is Brief over a record in memory. arts gives the articles' titles
// and dates, areas the areas each article names (either may lack entries).
func BriefOf(rec *accord.Record, arts map[string]*accord.Article, areas map[string][]string, a, b, since string) string {
	return briefOf(rec, arts, areas, a, b, since, nil, -1)
}

// gatherings is the number of gatherings both attended when rec holds
// none of them (counted), else -1.
func briefOf(rec *accord.Record, arts map[string]*accord.Article, areas map[string][]string, a, b, since string, win *PairWindow, gatherings int) string {
	t := DyadTimeline(rec, arts, a, b, since, "")
	multilateral := len(t.Multilateral)
	if gatherings >= 0 {
		multilateral = gatherings
	}
	all := t.all()
	var w strings.Builder
	p := &printer{w: &w}
	p.printf("# %s – %s\n\n", md(t.AName), md(t.BName))
	if len(all) == 0 {
		p.printf("No bilateral contacts between %s and %s are recorded", t.AName, t.BName)
		if since != "" {
			p.printf(" since %s", FormatDate(since))
		}
		p.printf(".")
		if n := multilateral; n > 0 {
			p.printf(" Both took part in %s of more countries.", count(n, "multilateral engagement"))
		}
		p.printf("\n")
		return w.String()
	}
	first, last := all[0], all[len(all)-1]
	sources := map[string]bool{}
	for _, e := range all {
		for _, r := range e.Reports {
			sources[r.Article] = true
		}
	}
	p.printf("*Briefing on relations from %s to %s, drawn from %s.*\n\n",
		FormatDate(first.Date), FormatDate(last.Date), count(len(sources), "article"))
	if win != nil {
		p.printf("*The two held %s%s bilateral contacts%s; this briefing covers the latest %s, from %s. Ask a later start date for a narrower one.*\n\n",
			over(win), Thousands(int64(win.Total)), sinceText(since), Thousands(int64(win.Shown)), FormatDate(win.Since))
	}

	// Summary.
	p.printf("## Summary\n\n")
	byType := map[accord.EngagementType]int{}
	for _, e := range all {
		byType[e.Type]++
	}
	var parts []string
	for _, typ := range accord.EngagementTypes {
		if n := byType[typ]; n > 0 {
			parts = append(parts, countType(typ, n))
		}
	}
	p.printf("Between %s and %s, %s and %s held %s: %s.", FormatDate(first.Date), FormatDate(last.Date),
		TheCountry(t.A), TheCountry(t.B), count(len(all), "recorded bilateral contact"), andList(parts))
	top := topLevel(all)
	if top != "" {
		n := 0
		for _, e := range all {
			if e.Level == top {
				n++
			}
		}
		p.printf(" %s at the level of %s.", capitalize(count(n, "was")), LevelName(top))
	}
	latest := t.Entries[len(t.Entries)-1]
	p.printf(" The latest was %s %s.", withArticle(TypeName(latest.Type, 1)), between(latest))
	targets := dyadTargets(rec, t, all)
	// A busy pair's targets list a thousand statements, a line of some 470
	// bytes each: the briefing is grown once, not doubled a dozen times
	// (copies, and fresh memory for each).
	lines := len(all) + len(t.Pending)
	for _, tg := range targets {
		lines += len(tg.History) + 2
	}
	w.Grow(512 * lines)
	if len(targets) > 0 {
		p.printf(" The two sides have stated %s", count(len(targets), "quantified target"))
		changed := 0
		for _, tg := range targets {
			for _, h := range tg.History {
				if len(h.Changes) > 0 {
					changed++
					break
				}
			}
		}
		if changed > 0 {
			p.printf(", %s of which changed over time", countWord(changed))
		}
		p.printf(".")
	}
	open := 0
	for _, e := range t.Pending {
		if e.ClosedBy == "" {
			open++
		}
	}
	if len(t.Pending) > 0 {
		if open > 0 {
			p.printf(" %s still open.", capitalize(count(open, "invitation is")))
		} else {
			p.printf(" Every invitation recorded has been taken up.")
		}
	}
	if n := multilateral; n > 0 {
		// Gatherings of more countries are not contacts between the two.
		p.printf(" Both also took part in %s of more countries, not counted here.", count(n, "multilateral engagement"))
	}
	p.printf("\n\n")

	writeLevelTable(p, all)
	writeAreas(p, all, areas)
	writeTargets(p, t, targets, arts)
	writeInvitations(p, t, rec)
	writeLatest(p, t)
	return w.String()
}

func writeLevelTable(p *printer, all []Entry) {
	var levels []string
	rows := map[accord.EngagementType]map[string]int{}
	for _, e := range all {
		l := e.Level
		if l == "" {
			l = "unknown"
		}
		if !slices.Contains(levels, l) {
			levels = append(levels, l)
		}
		if rows[e.Type] == nil {
			rows[e.Type] = map[string]int{}
		}
		rows[e.Type][l]++
	}
	rank := func(l string) int {
		for i, x := range []string{accord.LevelHeadOfState, accord.LevelPartyLeader, accord.LevelHeadOfGovernment,
			accord.LevelMinister, accord.LevelAmbassador, accord.LevelOfficial} {
			if x == l {
				return i
			}
		}
		return 99
	}
	slices.SortFunc(levels, func(a, b string) int { return rank(a) - rank(b) })
	p.printf("## Contacts by type and level\n\n| Type |")
	for _, l := range levels {
		p.printf(" %s |", capitalize(LevelName(l)))
	}
	p.printf(" Total |\n|---|")
	for range levels {
		p.printf("---:|")
	}
	p.printf("---:|\n")
	for _, typ := range accord.EngagementTypes {
		r := rows[typ]
		if r == nil {
			continue
		}
		total := 0
		p.printf("| %s |", capitalize(TypeName(typ, 2)))
		for _, l := range levels {
			if r[l] > 0 {
				p.printf(" %d |", r[l])
			} else {
				p.printf(" |")
			}
			total += r[l]
		}
		p.printf(" %d |\n", total)
	}
	p.printf("\n")
}

type areaCount struct {
	area string
	n    int
}

func topAreas(m map[string]int, n int) []areaCount {
	var out []areaCount
	for a, c := range m {
		out = append(out, areaCount{a, c})
	}
	slices.SortFunc(out, func(x, y areaCount) int {
		if x.n != y.n {
			return y.n - x.n
		}
		return strings.Compare(x.area, y.area)
	})
	return out[:min(n, len(out))]
}

// writeAreas counts, per year, the contacts touching each area: the
// engagement's own areas and those of the articles reporting it.
func writeAreas(p *printer, all []Entry, areas map[string][]string) {
	years := map[string]map[string]int{}
	contacts := map[string]int{}
	overall := map[string]int{}
	var order []string
	for _, e := range all {
		y := e.Date[:min(4, len(e.Date))]
		if years[y] == nil {
			years[y] = map[string]int{}
			order = append(order, y)
		}
		contacts[y]++
		set := slices.Clone(e.Areas)
		for _, r := range e.Reports {
			set = append(set, areas[r.Article]...)
		}
		slices.Sort(set)
		for _, a := range slices.Compact(set) {
			years[y][a]++
			overall[a]++
		}
	}
	if len(overall) == 0 {
		return
	}
	p.printf("## Areas over time\n\n| Year | Contacts | Leading areas |\n|---|---:|---|\n")
	for _, y := range order {
		var names []string
		for _, ac := range topAreas(years[y], 4) {
			names = append(names, fmt.Sprintf("%s (%d)", AreaName(ac.area), ac.n))
		}
		p.printf("| %s | %d | %s |\n", y, contacts[y], strings.Join(names, ", "))
	}
	var names []string
	for _, ac := range topAreas(overall, 3) {
		names = append(names, AreaName(ac.area))
	}
	p.printf("\nOver the whole period the dominant areas were %s.\n\n", andList(names))
}

// AreaName writes an area id in words: science_technology → science technology.
func AreaName(id string) string {
	switch id {
	case "ai":
		return "artificial intelligence"
	case "science_technology":
		return "science and technology"
	}
	return strings.ReplaceAll(id, "_", " ")
}

// dyadTargets returns the targets of the relationship: held by both, or by
// one of them and stated in an article that reports their contacts.
func dyadTargets(rec *accord.Record, t *Timeline, all []Entry) []accord.Target {
	arts := map[string]bool{}
	for _, e := range all {
		for _, r := range e.Reports {
			arts[r.Article] = true
		}
	}
	var out []accord.Target
	for _, tg := range rec.Targets {
		if len(tg.Holders) == 0 || !subset(tg.Holders, []string{t.A, t.B}) {
			continue
		}
		both := slices.Contains(tg.Holders, t.A) && slices.Contains(tg.Holders, t.B)
		if !both && !slices.ContainsFunc(tg.Mentions, func(ev accord.Evidence) bool { return arts[ev.Article] }) {
			continue
		}
		out = append(out, tg)
	}
	consolidate.SortTargets(out) // the store's order is its own
	return out
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func writeTargets(p *printer, t *Timeline, targets []accord.Target, arts map[string]*accord.Article) {
	if len(targets) == 0 {
		return
	}
	p.printf("## Targets\n\n")
	for _, tg := range targets {
		holders := holdersText(tg.Holders)
		if len(tg.Holders) == 2 && slices.Contains(tg.Holders, t.A) && slices.Contains(tg.Holders, t.B) {
			holders = "both countries"
		}
		p.printf("### %s: %s (%s)\n\n", md(capitalize(tg.Metric)),
			FormatTarget(tg.Value, tg.Unit, tg.Comparator, tg.Deadline, tg.Period), holders)
		for i, h := range tg.History {
			stmt := FormatTarget(h.Value, h.Unit, h.Comparator, h.Deadline, h.Period)
			var what string
			switch {
			case i == 0:
				what = "first stated: " + stmt
			case len(h.Changes) == 0:
				what = "restated: " + stmt
			default:
				prev := tg.History[i-1]
				var cs []string
				for _, c := range h.Changes {
					cs = append(cs, change(c, prev, h))
				}
				what = "**" + capitalize(strings.Join(cs, "; ")) + "**"
			}
			p.printf("- %s — %s. “%s” %s\n", FormatDate(h.Published), what, md(Short(h.Quote, 180)), source(arts, h.Article, h.Published))
			if i == 0 && tg.Unlisted.History > 0 {
				// A bounded read (a busy pair): the target's page has them.
				p.printf("- … %s not listed here: the target's history lists every one.\n", count(tg.Unlisted.History, "later statement"))
			}
		}
		p.printf("\n")
	}
}

// change describes one change of a restatement.
func change(c string, prev, h accord.Restatement) string {
	switch c {
	case "value":
		return fmt.Sprintf("value changed from %s to %s", FormatValue(prev.Value, prev.Unit, prev.Comparator),
			FormatValue(h.Value, h.Unit, h.Comparator))
	case "deadline":
		return fmt.Sprintf("deadline moved from %s to %s", orNone(prev.Deadline), orNone(h.Deadline))
	case "period":
		return fmt.Sprintf("period changed from %s to %s", orNone(prev.Period), orNone(h.Period))
	case "comparator":
		return fmt.Sprintf("now %s", FormatValue(h.Value, h.Unit, h.Comparator))
	case "qualifier":
		if h.Qualifier == "" {
			return fmt.Sprintf("qualifier “%s” dropped", md(prev.Qualifier))
		}
		return fmt.Sprintf("qualifier added: “%s”", md(h.Qualifier))
	case "holders":
		return fmt.Sprintf("now held by %s", holdersText(h.Holders))
	}
	return c + " changed"
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func writeInvitations(p *printer, t *Timeline, rec *accord.Record) {
	if len(t.Pending) == 0 {
		return
	}
	byID := map[string]*Entry{}
	for _, e := range t.all() {
		byID[e.ID] = &e
	}
	p.printf("## Invitations\n\n")
	for _, e := range t.Pending {
		var hosts, guests []string
		for _, pa := range e.Participants {
			if e.PlaceCountry != "" && pa.Country == e.PlaceCountry {
				hosts = append(hosts, md(pa.Label()))
			} else {
				guests = append(guests, md(pa.Label()))
			}
		}
		what := capitalize(TypeName(e.Type, 1))
		if e.PlaceCountry != "" {
			what += " to " + TheCountry(e.PlaceCountry)
		}
		if len(guests) > 0 {
			what += " by " + andList(guests)
		}
		p.printf("- **%s**: invited on %s", what, FormatDate(firstReportDate(&e)))
		if len(hosts) > 0 {
			p.printf(" by %s", andList(hosts))
		}
		if by := byID[e.ClosedBy]; by != nil {
			p.printf("; taken up with the %s of %s", TypeName(by.Type, 1), FormatSpan(by.Date, by.EndDate))
		} else if e.ClosedBy != "" {
			p.printf("; taken up")
		} else {
			p.printf("; still open")
		}
		p.printf(".")
		if len(e.Reports) > 0 {
			r := e.Reports[0]
			p.printf(" “%s” %s", md(Short(r.Quote, 180)), sourceOf(r))
		}
		p.printf("\n")
	}
	p.printf("\n")
}

func writeLatest(p *printer, t *Timeline) {
	p.printf("## Latest contacts\n\n")
	for i := len(t.Entries) - 1; i >= 0 && i >= len(t.Entries)-latestContacts; i-- {
		e := t.Entries[i]
		p.printf("### %s: %s\n\n", FormatSpan(e.Date, e.EndDate), capitalize(TypeName(e.Type, 1)))
		var names []string
		for _, pa := range e.Participants {
			n := md(pa.Label())
			if pa.Country != "" && pa.ID != pa.Country {
				n += " (" + CountryName(pa.Country) + ")"
			}
			names = append(names, n)
		}
		if len(names) > 0 {
			p.printf("%s", andList(names))
		}
		if place := md(placeInProse(e.Place, e.PlaceCountry)); place != "" {
			p.printf(", in %s", place)
		}
		p.printf(".")
		if e.Level != "" {
			p.printf(" Level: %s.", LevelName(e.Level))
		}
		if len(e.Areas) > 0 {
			var as []string
			for _, a := range e.Areas {
				as = append(as, AreaName(a))
			}
			p.printf(" Areas: %s.", andList(as))
		}
		p.printf("\n")
		if len(e.Children) > 0 {
			var cs []string
			for _, c := range e.Children {
				cs = append(cs, TypeName(c.Type, 1)+" ("+FormatDate(c.Date)+")")
			}
			p.printf("During the %s: %s.\n", TypeName(e.Type, 1), andList(cs))
		}
		p.printf("\n")
		// Each sentence once, with its source: the visit's own, then its parts'.
		var quotes []string
		seen := map[string]bool{}
		quote := func(label string, r Report) {
			k := fmt.Sprint(r.Article, r.Start)
			if seen[k] {
				return
			}
			seen[k] = true
			quotes = append(quotes, fmt.Sprintf("> %s“%s” %s", label, md(Short(r.Quote, 220)), sourceOf(r)))
		}
		for _, r := range e.Reports {
			quote("", r)
		}
		for _, c := range e.Children {
			for _, r := range c.Reports {
				quote(capitalize(TypeName(c.Type, 1))+": ", r)
			}
		}
		p.printf("%s\n\n", strings.Join(quotes, "\n>\n"))
		if len(e.Refs) > 0 {
			var rs []string
			for _, r := range e.Refs {
				rs = append(rs, "*"+md(r.Title)+"* ("+FormatDate(r.Date)+")")
			}
			p.printf("Recalled later in %s.\n\n", andList(rs))
		}
	}
}

// between names who took part: between A and B, with A.
func between(e Entry) string {
	var names []string
	for _, pa := range e.Participants {
		names = append(names, md(pa.Label()))
	}
	s := ""
	switch len(names) {
	case 0:
	case 1:
		s = "with " + names[0] + " "
	default:
		s = "between " + andList(names) + " "
	}
	return s + "on " + FormatSpan(e.Date, e.EndDate)
}

func topLevel(all []Entry) string {
	best := ""
	for _, l := range []string{accord.LevelHeadOfState, accord.LevelPartyLeader, accord.LevelHeadOfGovernment,
		accord.LevelMinister, accord.LevelAmbassador, accord.LevelOfficial} {
		for _, e := range all {
			if e.Level == l && best == "" {
				best = l
			}
		}
	}
	return best
}

func source(arts map[string]*accord.Article, id, date string) string {
	r := Report{Article: id, Title: id, Date: date}
	if a := arts[id]; a != nil {
		r.Title, r.File, r.Source = a.Title, a.File, a.Source
	}
	return sourceOf(r)
}

// sourceOf cites an article: (*Title*, VNA, 11 August 2025, file.txt).
func sourceOf(r Report) string {
	parts := []string{"*" + md(r.Title) + "*"}
	if r.Source != "" {
		parts = append(parts, md(r.Source))
	}
	parts = append(parts, FormatDate(r.Date))
	if r.File != "" {
		parts = append(parts, md(r.File))
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

var numberWords = []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

func countWord(n int) string {
	if n >= 0 && n < len(numberWords) {
		return numberWords[n]
	}
	return fmt.Sprint(n)
}

// count writes "three recorded contacts", "one article"; with a verb as
// noun ("was", "invitation is") it conjugates for plural.
func count(n int, noun string) string {
	switch noun {
	case "was":
		if n == 1 {
			return "one was"
		}
		return countWord(n) + " were"
	case "invitation is":
		if n == 1 {
			return "one invitation is"
		}
		return countWord(n) + " invitations are"
	}
	if n == 1 {
		return "one " + noun
	}
	return countWord(n) + " " + noun + "s"
}

func countType(t accord.EngagementType, n int) string {
	if t == accord.Talks {
		return count(n, "round") + " of talks"
	}
	return countWord(n) + " " + TypeName(t, n)
}

// withArticle puts the indefinite article before a type name.
func withArticle(word string) string {
	switch {
	case word == "" || strings.HasSuffix(word, "s"):
		return word // talks
	case strings.ContainsRune("aeiou", rune(word[0])):
		return "an " + word
	}
	return "a " + word
}

func andList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " and " + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// placeInProse is placeText for a sentence: "in the Republic of Korea", a
// country named alone with its article.
func placeInProse(name, country string) string {
	if country != "" && (name == "" || name == CountryName(country)) {
		return TheCountry(country)
	}
	return placeText(name, country)
}

// md returns text from an input (a title, a quote, a name, a file name) as
// Markdown that shows it literally: characters that make emphasis, links,
// images, code, tables or raw HTML are backslash-escaped, an entity
// reference is escaped, line breaks become spaces (no block can start in
// it), and a leading character that would start a heading, list or quote
// is escaped. A renderer then makes no element of it: no <script>, no
// onerror=, no javascript: link.
func md(s string) string {
	if mdPlain(s) {
		return s // most titles and quotes: no copy to build
	}
	return mdEscape(s)
}

// mdEscape is md without its shortcut: the whole normalisation and
// escaping.
func mdEscape(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '{', '}':
			b.WriteByte('\\')
		case '&':
			// Only where it would start an entity (&lt; &#60;).
			if j := strings.IndexByte(s[i:], ';'); j > 1 && j < 34 && isEntityName(s[i+1:i+j]) {
				b.WriteByte('\\')
			}
		case '#', '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if i > 0 && strings.TrimLeft(s[:i], "0123456789") == "" {
				b.WriteByte('\\') // "1." at the start: an ordered list
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mdPlain reports whether md returns s unchanged: its spaces single
// ASCII spaces between words, no character md escapes anywhere, and none
// it escapes at the start (a digit starts "1." or "1)").
func mdPlain(s string) bool {
	if !spaced(s) {
		return false
	}
	if s == "" {
		return true
	}
	if c := s[0]; c >= '0' && c <= '9' || c == '#' || c == '-' || c == '+' || c == '=' {
		return false
	}
	return !strings.ContainsAny(s, "\\`*_[]<>|~{}&")
}

// spaced reports whether strings.Join(strings.Fields(s), " ") is s: no
// space at either end, no two together, none but ' '.
func spaced(s string) bool {
	prev := true // a leading space is not spaced
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ':
				if prev {
					return false
				}
				prev = true
			case '\t', '\n', '\v', '\f', '\r':
				return false
			default:
				prev = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prev = false
		i += n
	}
	return !prev || s == ""
}

func isEntityName(s string) bool {
	for _, r := range strings.TrimPrefix(s, "#") {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
