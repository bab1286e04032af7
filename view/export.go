package view

import (
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
)

// ExportOf is Export over facts in memory.
func ExportOf(rec *accord.Record, facts []*accord.ArticleFacts) *accord.Export {
	x := newExporter(rec)
	for _, f := range facts {
		x.article(f)
	}
	return x.finish()
}

type exporter struct {
	rec   *accord.Record
	index map[string]*accord.Actor
	doc   *accord.Export
}

func newExporter(rec *accord.Record) *exporter {
	return &exporter{rec: rec, index: rec.ActorIndex(), doc: &accord.Export{
		Schema: accord.ExportSchema, Articles: []accord.ExportArticle{}, Actors: []accord.ExportActor{},
		Engagements: []accord.ExportEngagement{}, Targets: []accord.ExportTarget{}, Pending: []accord.ExportEngagement{},
	}}
}

func (x *exporter) article(f *accord.ArticleFacts) {
	a := f.Article
	if a == nil {
		return
	}
	ea := accord.ExportArticle{ID: a.ID, File: a.File, Title: a.Title, URL: accord.NullString(a.URL),
		Published: a.Published, Dateline: accord.NullString(a.Dateline), Source: accord.NullString(a.Source),
		Actors: []string{}, Areas: nonNil(slices.Clone(f.Areas))}
	for _, la := range f.Actors {
		if la.Unnamed {
			continue // named only by office: a participant, not named by the article
		}
		g := consolidate.ActorFor(x.index, a.ID, la.ID)
		for n := 0; g != nil && g.Curation != nil && g.Curation.MergedInto != "" && n < 16; n++ {
			g = x.index[g.Curation.MergedInto] // an analyst merged it into another
		}
		if g != nil && !slices.Contains(ea.Actors, g.ID) {
			ea.Actors = append(ea.Actors, g.ID)
		}
	}
	slices.Sort(ea.Actors)
	x.doc.Articles = append(x.doc.Articles, ea)
}

func (x *exporter) finish() *accord.Export {
	d := x.doc
	slices.SortStableFunc(d.Articles, func(a, b accord.ExportArticle) int {
		if c := strings.Compare(a.Published, b.Published); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	// Entities hidden by analysts' corrections are left out, as
	// EachEntity leaves them out of the export a store streams.
	for _, a := range x.rec.Actors {
		if accord.Curated(&a) {
			continue
		}
		d.Actors = append(d.Actors, accord.ExportActor{ID: a.ID, Type: a.Type, Name: a.Name,
			Country: accord.NullString(a.Country), Roles: nonNil(a.Roles), Aliases: nonNil(a.Aliases), Offices: a.Offices,
			Corrections: marks(a.Curation)})
	}
	slices.SortFunc(d.Actors, func(a, b accord.ExportActor) int { return strings.Compare(a.ID, b.ID) })
	for _, e := range held(x.rec) {
		if !accord.Curated(&e) {
			d.Engagements = append(d.Engagements, exportEngagement(e))
		}
	}
	for _, e := range pending(x.rec) {
		if !accord.Curated(&e) {
			d.Pending = append(d.Pending, exportEngagement(e))
		}
	}
	targets := slices.Clone(x.rec.Targets)
	consolidate.SortTargets(targets)
	for _, t := range targets {
		if accord.Curated(&t) {
			continue
		}
		d.Targets = append(d.Targets, accord.ExportTarget{ID: t.ID, Metric: t.Metric, Value: t.Value, Unit: t.Unit,
			Comparator: t.Comparator, Deadline: accord.NullString(t.Deadline), Period: accord.NullString(t.Period),
			Qualifier: t.Qualifier, Holders: nonNil(t.Holders), Mentions: nonNilEv(t.Mentions), History: t.History,
			Corrections: marks(t.Curation)})
	}
	return d
}

func exportEngagement(e accord.Engagement) accord.ExportEngagement {
	return accord.ExportEngagement{ID: e.ID, Type: e.Type, Date: e.Date, EndDate: e.EndDate,
		Place:        accord.ExportPlace{Name: accord.NullString(e.Place.Name), Country: accord.NullString(e.Place.Country)},
		Participants: nonNil(e.Participants), Countries: nonNil(e.Countries), Level: e.Level, Status: e.Status,
		Parent: e.Parent, Areas: e.Areas, Reports: nonNilEv(e.Reports), Refs: e.Refs, ClosedBy: e.ClosedBy,
		Corrections: marks(e.Curation)}
}

// marks returns the correction marks of an entity's curation, or nil.
func marks(c *accord.Curation) []accord.CorrectionMark {
	if c == nil {
		return nil
	}
	return c.Marks
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilEv(s []accord.Evidence) []accord.Evidence {
	if s == nil {
		return []accord.Evidence{}
	}
	return s
}
