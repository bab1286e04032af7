package exchange

import accord "github.com/accordhq/accord"

// The list commands (accord events, targets, actors --csv) print the rows of
// the record they selected in the columns of the export's tables, so that
// one reader serves both.

// Engagements is the engagements table of some of the record's engagements.
func Engagements(rec *accord.Record, es []accord.Engagement) Table {
	out := make([]accord.ExportEngagement, len(es))
	for i, e := range es {
		out[i] = accord.ExportEngagement{ID: e.ID, Type: e.Type, Date: e.Date, EndDate: e.EndDate,
			Place:        accord.ExportPlace{Name: accord.NullString(e.Place.Name), Country: accord.NullString(e.Place.Country)},
			Participants: e.Participants, Countries: e.Countries, Level: e.Level, Status: e.Status, Parent: e.Parent,
			Areas: e.Areas, Reports: e.Reports, Refs: e.Refs, ClosedBy: e.ClosedBy}
	}
	return EngagementTable(out, namesOf(exportActors(rec.Actors)))
}

// Targets is the targets table of some of the record's targets.
func Targets(ts []accord.Target) Table {
	out := make([]accord.ExportTarget, len(ts))
	for i, t := range ts {
		out[i] = accord.ExportTarget{ID: t.ID, Metric: t.Metric, Value: t.Value, Unit: t.Unit, Comparator: t.Comparator,
			Deadline: accord.NullString(t.Deadline), Period: accord.NullString(t.Period), Qualifier: t.Qualifier,
			Holders: t.Holders, Mentions: t.Mentions, History: t.History}
	}
	return TargetTable(out)
}

// Actors is the actors table of some of the record's actors.
func Actors(as []accord.Actor) Table { return ActorTable(exportActors(as)) }

func exportActors(as []accord.Actor) []accord.ExportActor {
	out := make([]accord.ExportActor, len(as))
	for i, a := range as {
		out[i] = accord.ExportActor{ID: a.ID, Type: a.Type, Name: a.Name, Country: accord.NullString(a.Country),
			Roles: a.Roles, Aliases: a.Aliases, Offices: a.Offices}
	}
	return out
}
