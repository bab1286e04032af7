package exchange

import (
	"slices"
	"strconv"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

// PLOVER event types used by accord's engagements.
const (
	Consult = "CONSULT" // meetings, visits, calls
	Support = "SUPPORT" // messages of endorsement
	Agree   = "AGREE"   // signing an agreement; intent to meet: invitations, planned visits
)

// PLOVER CONSULT modes. Host is CAMEO's 043 side of a visit, which PLOVER
// folds into visit; accord keeps it for receptions, where the host acts.
const (
	ModePhone        = "phone"
	ModeVisit        = "visit"
	ModeHost         = "host"
	ModeThirdParty   = "third-party"
	ModeMultilateral = "multilateral"
)

// Coding is an engagement coded as a PLOVER event: its type, mode and
// nearest CAMEO code, and which participants are the actor (source) and
// which the recipient (target). Target is empty when the event has no
// direction: PLOVER then codes every participant as the actor.
type Coding struct {
	Type, Mode, CAMEO string
	Source, Target    []string // actor ids
}

// code codes an engagement. The rules, and why, are in docs/plover.md:
//   - a pending engagement (an invitation) is AGREE, 036 (intent to meet), or
//     030 for a signing;
//   - a signing is AGREE, 057 (sign formal agreement): PLOVER's AGREE covers
//     agreeing to and signing an agreement;
//   - a message is SUPPORT, 051 (praise or endorse);
//   - a call is CONSULT/phone, 041;
//   - any other contact is CONSULT: multilateral (040) among more than two
//     countries; visit (042, the visitor acting) when it took place in the
//     country of one side; host (043, the host acting) for a reception
//     there; third-party (044) in a country not taking part; else 040.
func code(e accord.ExportEngagement, n names) Coding {
	all := slices.Clone(e.Participants)
	switch {
	case e.Status == accord.StatusPending && e.Type == accord.Signing:
		return Coding{Type: Agree, CAMEO: "030", Source: all}
	case e.Status == accord.StatusPending:
		return Coding{Type: Agree, CAMEO: "036", Source: all}
	case e.Type == accord.Signing:
		return Coding{Type: Agree, CAMEO: "057", Source: all}
	case e.Type == accord.Message:
		return Coding{Type: Support, CAMEO: "051", Source: all}
	case e.Type == accord.PhoneCall || e.Type == accord.VideoCall:
		return Coding{Type: Consult, Mode: ModePhone, CAMEO: "041", Source: all}
	case len(e.Countries) > 2:
		return Coding{Type: Consult, Mode: ModeMultilateral, CAMEO: "040", Source: all}
	}
	host := str(e.Place.Country)
	var hosts, visitors []string
	for _, id := range e.Participants {
		if host != "" && countryOf(n, id) == host {
			hosts = append(hosts, id)
		} else {
			visitors = append(visitors, id)
		}
	}
	switch {
	case host != "" && !slices.Contains(e.Countries, host) && len(e.Countries) > 0:
		return Coding{Type: Consult, Mode: ModeThirdParty, CAMEO: "044", Source: all}
	case len(hosts) == 0 || len(visitors) == 0:
		return Coding{Type: Consult, CAMEO: "040", Source: all}
	case e.Type == accord.Reception:
		return Coding{Type: Consult, Mode: ModeHost, CAMEO: "043", Source: hosts, Target: visitors}
	}
	return Coding{Type: Consult, Mode: ModeVisit, CAMEO: "042", Source: visitors, Target: hosts}
}

// contexts maps accord's cooperation areas to PLOVER's context tags; areas
// PLOVER has no tag for (education, culture, sports…) have none.
var contexts = map[string]string{
	"diplomacy": "diplomatic", "multilateral": "diplomatic", "regional_peace": "diplomatic",
	"defence": "military", "security": "crime",
	"trade": "economic", "investment": "economic", "finance": "economic", "supply_chains": "economic",
	"development_aid": "economic", "infrastructure": "economic", "labour": "economic", "tourism": "economic",
	"energy": "natural_resource", "agriculture": "natural_resource",
	"semiconductors": "technology", "high_tech": "technology", "ai": "technology", "digital": "technology",
	"science_technology": "technology", "smart_cities": "technology",
	"climate": "environment", "maritime": "territory", "health": "health",
}

// contextOf returns the PLOVER contexts of areas, sorted and distinct.
func contextOf(areas []string) []string {
	var out []string
	for _, a := range areas {
		if c, ok := contexts[a]; ok && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

func countryOf(n names, id string) string {
	if a, ok := n[id]; ok {
		return str(a.Country)
	}
	return ""
}

// iso3 returns the distinct alpha-3 codes of the actors' countries, sorted;
// a code that names no country (EU) is kept as accord writes it.
func iso3(n names, ids []string) []string {
	var out []string
	for _, id := range ids {
		c := countryOf(n, id)
		if c == "" {
			continue
		}
		if a3 := knowledge.ISO3(c); a3 != "" {
			c = a3
		}
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// PLOVERTable is plover.csv: one PLOVER-style event record an engagement
// (held, then pending), with the sentence and article of its first report.
func PLOVERTable(doc *accord.Export) Table {
	n := namesOf(doc.Actors)
	arts := map[string]accord.ExportArticle{}
	for _, a := range doc.Articles {
		arts[a.ID] = a
	}
	t := Table{Name: "plover", Header: []string{"event_id", "event_date", "end_date", "event_type", "mode", "context", "cameo",
		"source_actors", "source_actor_ids", "source_iso3", "target_actors", "target_actor_ids", "target_iso3",
		"location", "location_iso3", "accord_type", "status", "level", "areas",
		"sentence", "article_id", "article_title", "article_url", "article_published", "reports"}}
	for _, e := range slices.Concat(doc.Engagements, doc.Pending) {
		c := code(e, n)
		ev := firstReport(e.Reports)
		a := arts[ev.Article]
		loc := str(e.Place.Country)
		if a3 := knowledge.ISO3(loc); a3 != "" {
			loc = a3
		}
		// An invitation has no date of its own: its PLOVER event, the
		// intent to meet, happened when it was reported.
		date := e.Date
		if date == "" {
			date = ev.Published
		}
		// The context is the engagement's areas, else its report's article's:
		// PLOVER tags the story.
		areas := e.Areas
		if len(areas) == 0 {
			areas = a.Areas
		}
		t.Rows = append(t.Rows, []string{e.ID, date, e.EndDate, c.Type, c.Mode, list(contextOf(areas)), c.CAMEO,
			n.of(c.Source), list(c.Source), list(iso3(n, c.Source)), n.of(c.Target), list(c.Target), list(iso3(n, c.Target)),
			str(e.Place.Name), loc, string(e.Type), status(e), e.Level, list(e.Areas),
			ev.Quote, ev.Article, a.Title, str(a.URL), a.Published, strconv.Itoa(len(e.Reports))})
	}
	return t
}

// firstReport is the earliest report (by publication date, then article
// id): the one a reader would cite.
func firstReport(rs []accord.Evidence) accord.Evidence {
	if len(rs) == 0 {
		return accord.Evidence{}
	}
	return slices.MinFunc(rs, func(a, b accord.Evidence) int {
		if c := strings.Compare(a.Published, b.Published); c != 0 {
			return c
		}
		return strings.Compare(a.Article, b.Article)
	})
}
