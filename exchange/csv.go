// Package exchange writes the record in the formats other tools read: CSV
// tables for spreadsheets, pandas and R, and PLOVER event records with the
// nearest CAMEO code for event-data pipelines (ICEWS, POLECAT, Phoenix).
// It only reshapes the accord.export/v1 document; what the columns mean is
// documented in docs/csv.md and docs/plover.md.
package exchange

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	accord "github.com/accordhq/accord"
)

// Table is one CSV file: a header and rows of as many fields.
type Table struct {
	Name   string // file name without extension: engagements
	Header []string
	Rows   [][]string
}

// WriteCSV writes the table as RFC 4180 CSV: UTF-8, a header row, CRLF line
// ends, fields quoted where they hold a comma, a quote or a line end.
func (t Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(t.Header); err != nil {
		return err
	}
	if err := cw.WriteAll(t.Rows); err != nil {
		return err
	}
	return cw.Error()
}

// listSep joins the values of a list in one field (countries, ids): a
// character that no code or id contains.
const listSep = ";"

func list(vs []string) string { return strings.Join(vs, listSep) }

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// names maps actor ids to actors, for names readable without a join and
// for the countries that PLOVER coding needs.
type names map[string]accord.ExportActor

func namesOf(as []accord.ExportActor) names {
	n := make(names, len(as))
	for _, a := range as {
		n[a.ID] = a
	}
	return n
}

func (n names) of(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		if a, ok := n[id]; ok {
			out[i] = a.Name
		} else {
			out[i] = id
		}
	}
	return list(out)
}

// Tables returns the CSV tables of an export document, in a fixed order:
// articles, actors, offices, engagements, participants, reports, targets,
// target_statements. Invitations (the document's pending list) are rows of
// engagements with status pending, so that one file holds every engagement.
func Tables(doc *accord.Export) []Table {
	idx := namesOf(doc.Actors)
	es := slices.Concat(doc.Engagements, doc.Pending)
	return []Table{
		ArticleTable(doc.Articles),
		ActorTable(doc.Actors),
		OfficeTable(doc.Actors),
		EngagementTable(es, idx),
		ParticipantTable(es, idx),
		ReportTable(es),
		TargetTable(doc.Targets),
		StatementTable(doc.Targets),
	}
}

// ArticleTable is articles.csv: one row an article.
func ArticleTable(as []accord.ExportArticle) Table {
	t := Table{Name: "articles", Header: []string{"id", "file", "title", "url", "published", "dateline", "source", "actors", "areas"}}
	for _, a := range as {
		t.Rows = append(t.Rows, []string{a.ID, a.File, a.Title, str(a.URL), a.Published, str(a.Dateline), str(a.Source), list(a.Actors), list(a.Areas)})
	}
	return t
}

// ActorTable is actors.csv: one row an actor; offices are in offices.csv.
func ActorTable(as []accord.ExportActor) Table {
	t := Table{Name: "actors", Header: []string{"id", "type", "name", "country", "roles", "aliases"}}
	for _, a := range as {
		t.Rows = append(t.Rows, []string{a.ID, string(a.Type), a.Name, str(a.Country), list(a.Roles), list(a.Aliases)})
	}
	return t
}

// OfficeTable is offices.csv: one row an office an actor held, with the
// dates it was first and last seen.
func OfficeTable(as []accord.ExportActor) Table {
	t := Table{Name: "offices", Header: []string{"actor_id", "actor_name", "role", "country", "first_seen", "last_seen"}}
	for _, a := range as {
		for _, o := range a.Offices {
			t.Rows = append(t.Rows, []string{a.ID, a.Name, o.Role, o.Country, o.FirstSeen, o.LastSeen})
		}
	}
	return t
}

// EngagementTable is engagements.csv: one row an engagement, participants
// by id and by name.
func EngagementTable(es []accord.ExportEngagement, n names) Table {
	t := Table{Name: "engagements", Header: []string{"id", "type", "date", "end_date", "place", "place_country", "countries",
		"participants", "participant_names", "level", "status", "parent", "areas", "reports", "closed_by", "cameo", "plover_type", "plover_mode"}}
	for _, e := range es {
		c := code(e, n)
		t.Rows = append(t.Rows, []string{e.ID, string(e.Type), e.Date, e.EndDate, str(e.Place.Name), str(e.Place.Country), list(e.Countries),
			list(e.Participants), n.of(e.Participants), e.Level, status(e), e.Parent, list(e.Areas), strconv.Itoa(len(e.Reports)), e.ClosedBy,
			c.CAMEO, c.Type, c.Mode})
	}
	return t
}

func status(e accord.ExportEngagement) string {
	if e.Status == "" {
		return accord.StatusHeld
	}
	return e.Status
}

// ParticipantTable is participants.csv: one row an engagement's participant.
func ParticipantTable(es []accord.ExportEngagement, n names) Table {
	t := Table{Name: "participants", Header: []string{"engagement_id", "actor_id", "actor_name", "actor_type", "country"}}
	for _, e := range es {
		for _, id := range e.Participants {
			a := n[id]
			t.Rows = append(t.Rows, []string{e.ID, id, a.Name, string(a.Type), str(a.Country)})
		}
	}
	return t
}

// ReportTable is reports.csv: one row an article sentence that reports an
// engagement (kind report) or mentions it as a past event (kind reference).
func ReportTable(es []accord.ExportEngagement) Table {
	t := Table{Name: "reports", Header: []string{"engagement_id", "kind", "article_id", "published", "quote", "start", "end"}}
	add := func(id, kind string, ev []accord.Evidence) {
		for _, r := range ev {
			t.Rows = append(t.Rows, []string{id, kind, r.Article, r.Published, r.Quote, strconv.Itoa(r.Start), strconv.Itoa(r.End)})
		}
	}
	for _, e := range es {
		add(e.ID, "report", e.Reports)
		add(e.ID, "reference", e.Refs)
	}
	return t
}

// TargetTable is targets.csv: one row a target, as last stated.
func TargetTable(ts []accord.ExportTarget) Table {
	t := Table{Name: "targets", Header: []string{"id", "metric", "value", "unit", "comparator", "deadline", "period", "qualifier",
		"holders", "statements", "first_stated", "last_stated"}}
	for _, x := range ts {
		first, last := "", ""
		for _, m := range x.Mentions {
			if first == "" || m.Published < first {
				first = m.Published
			}
			last = max(last, m.Published)
		}
		t.Rows = append(t.Rows, []string{x.ID, x.Metric, num(x.Value), x.Unit, x.Comparator, str(x.Deadline), str(x.Period), x.Qualifier,
			list(x.Holders), strconv.Itoa(len(x.Mentions)), first, last})
	}
	return t
}

// StatementTable is target_statements.csv: one row each time a target was
// stated, with the values of that wording and what changed from the one
// before. A target without a history has one row a mention, with the
// target's own values.
func StatementTable(ts []accord.ExportTarget) Table {
	t := Table{Name: "target_statements", Header: []string{"target_id", "article_id", "published", "quote", "start", "end",
		"value", "unit", "comparator", "deadline", "period", "qualifier", "holders", "changes"}}
	for _, x := range ts {
		if len(x.History) > 0 {
			for _, r := range x.History {
				t.Rows = append(t.Rows, []string{x.ID, r.Article, r.Published, r.Quote, strconv.Itoa(r.Start), strconv.Itoa(r.End),
					num(r.Value), r.Unit, r.Comparator, r.Deadline, r.Period, r.Qualifier, list(r.Holders), list(r.Changes)})
			}
			continue
		}
		for _, m := range x.Mentions {
			t.Rows = append(t.Rows, []string{x.ID, m.Article, m.Published, m.Quote, strconv.Itoa(m.Start), strconv.Itoa(m.End),
				num(x.Value), x.Unit, x.Comparator, str(x.Deadline), str(x.Period), x.Qualifier, list(x.Holders), ""})
		}
	}
	return t
}
