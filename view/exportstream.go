package view

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
)

// ExportReader is what an export reads of a store: the articles' facts,
// streamed, and the record, entity by entity.
type ExportReader interface {
	Reader
	EachFacts(ctx context.Context, fn func(*accord.ArticleFacts) error) error
}

// Export returns the accord.export/v1 document of a store: every article
// with its actors mapped to global ids, and the record's actors, held
// engagements, targets and (apart) invitations. It holds the document in
// memory; WriteExport streams it.
func Export(ctx context.Context, s ExportReader) (*accord.Export, error) {
	doc := &accord.Export{Schema: accord.ExportSchema, Articles: []accord.ExportArticle{}, Actors: []accord.ExportActor{},
		Engagements: []accord.ExportEngagement{}, Targets: []accord.ExportTarget{}, Pending: []accord.ExportEngagement{}}
	section := ""
	err := walkExport(ctx, s, func(name string) error { section = name; return nil }, func(v any) error {
		switch section {
		case "articles":
			doc.Articles = append(doc.Articles, v.(accord.ExportArticle))
		case "actors":
			doc.Actors = append(doc.Actors, v.(accord.ExportActor))
		case "engagements":
			doc.Engagements = append(doc.Engagements, v.(accord.ExportEngagement))
		case "targets":
			doc.Targets = append(doc.Targets, v.(accord.ExportTarget))
		case "pending":
			doc.Pending = append(doc.Pending, v.(accord.ExportEngagement))
		case "corrections":
			doc.Corrections = append(doc.Corrections, v.(accord.Correction))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// WriteExport writes the export document of a store as indented JSON, the
// bytes json.Encoder with SetIndent("", "  ") writes for Export's document
// (escapeHTML as SetEscapeHTML), streaming: memory does not grow with the
// store, but for the targets' order (their ids and first dates).
func WriteExport(ctx context.Context, s ExportReader, w io.Writer, escapeHTML bool) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(escapeHTML)
	schema, _ := json.Marshal(accord.ExportSchema)
	bw.WriteString("{\n  \"schema\": " + string(schema))
	n := -1 // items of the open section; -1 before the first
	closeSection := func() {
		switch {
		case n > 0:
			bw.WriteString("\n  ]")
		case n == 0:
			bw.WriteString("]")
		}
	}
	err := walkExport(ctx, s, func(name string) error {
		closeSection()
		bw.WriteString(",\n  \"" + name + "\": [")
		n = 0
		return nil
	}, func(v any) error {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		if n > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n    ")
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		n++
		if bw.Buffered() > 32<<10 {
			return bw.Flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	closeSection()
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// walkExport calls section with each section's name, then item with each
// of its items, in the document's order.
func walkExport(ctx context.Context, s ExportReader, section func(string) error, item func(any) error) error {
	// Country keys ("country:VN") are the same in every article and are
	// the country's actor.
	countries, err := s.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyActorType + string(accord.Country)}, Kind: accord.KindActor})
	if err != nil {
		return err
	}
	// Corrections are few; an article's actors merged into another are
	// that other actor.
	var corrs []accord.Correction
	if c, ok := s.(accord.Curator); ok {
		if corrs, err = c.Corrections(ctx); err != nil {
			return err
		}
	}
	merged := map[string]string{}
	for _, c := range corrs {
		if c.Kind == accord.CorrectMergeActors {
			merged[c.Target] = c.Other
		}
	}
	byCountryKey := map[string]string{}
	for _, a := range countries.Actors {
		byCountryKey[accord.ActorKey(accord.Country, a.ID)] = a.ID
	}
	if err := section("articles"); err != nil {
		return err
	}
	err = s.EachFacts(ctx, func(f *accord.ArticleFacts) error {
		a := f.Article
		if a == nil {
			return nil
		}
		ea := accord.ExportArticle{ID: a.ID, File: a.File, Title: a.Title, URL: accord.NullString(a.URL),
			Published: a.Published, Dateline: accord.NullString(a.Dateline), Source: accord.NullString(a.Source),
			Actors: []string{}, Areas: nonNil(slices.Clone(f.Areas))}
		if len(f.Actors) > 0 {
			keys, err := s.ActorKeys(ctx, a.ID)
			if err != nil {
				return err
			}
			for _, la := range f.Actors {
				if la.Unnamed {
					continue // named only by office: a participant, not named by the article
				}
				k := consolidate.ArticleKey(a.ID, la.ID)
				id := keys[k]
				if id == "" {
					id = byCountryKey[k]
				}
				for n := 0; merged[id] != "" && n < 16; n++ {
					id = merged[id]
				}
				if id != "" && !slices.Contains(ea.Actors, id) {
					ea.Actors = append(ea.Actors, id)
				}
			}
			slices.Sort(ea.Actors)
		}
		return item(ea)
	})
	if err != nil {
		return err
	}
	if err := section("actors"); err != nil {
		return err
	}
	err = s.EachEntity(ctx, accord.EntityQuery{Kind: accord.KindActor}, func(v any) error {
		a := v.(*accord.Actor)
		return item(accord.ExportActor{ID: a.ID, Type: a.Type, Name: a.Name,
			Country: accord.NullString(a.Country), Roles: nonNil(a.Roles), Aliases: nonNil(a.Aliases), Offices: a.Offices,
			Corrections: marks(a.Curation)})
	})
	if err != nil {
		return err
	}
	if err := section("engagements"); err != nil {
		return err
	}
	err = s.EachEntity(ctx, accord.EntityQuery{Kind: accord.KindEngagement, Status: accord.StatusHeldAll}, func(v any) error {
		return item(exportEngagement(*v.(*accord.Engagement)))
	})
	if err == nil {
		err = eachRecalled(ctx, s, func(e accord.Engagement) error { return item(exportEngagement(e)) })
	}
	if err != nil {
		return err
	}
	if err := section("targets"); err != nil {
		return err
	}
	if err := eachTarget(ctx, s, func(t *accord.Target) error {
		return item(accord.ExportTarget{ID: t.ID, Metric: t.Metric, Value: t.Value, Unit: t.Unit,
			Comparator: t.Comparator, Deadline: accord.NullString(t.Deadline), Period: accord.NullString(t.Period),
			Qualifier: t.Qualifier, Holders: nonNil(t.Holders), Mentions: nonNilEv(t.Mentions), History: t.History,
			Corrections: marks(t.Curation)})
	}); err != nil {
		return err
	}
	if err := section("pending"); err != nil {
		return err
	}
	err = s.EachEntity(ctx, accord.EntityQuery{Kind: accord.KindEngagement, Status: []string{accord.StatusPending}}, func(v any) error {
		return item(exportEngagement(*v.(*accord.Engagement)))
	})
	if err != nil || len(corrs) == 0 {
		return err
	}
	if err := section("corrections"); err != nil {
		return err
	}
	for _, c := range corrs {
		if err := item(c); err != nil {
			return err
		}
	}
	return nil
}

// eachTarget calls fn with every target in consolidate.SortTargets order
// (first statement, id): one pass reads their ids and first dates, then
// they are read again in that order, a chunk at a time.
func eachTarget(ctx context.Context, s Reader, fn func(*accord.Target) error) error {
	type ref struct{ first, id string }
	var refs []ref
	err := s.EachEntity(ctx, accord.EntityQuery{Kind: accord.KindTarget}, func(v any) error {
		t := v.(*accord.Target)
		first := ""
		if len(t.History) > 0 {
			first = t.History[0].Published
		} else if len(t.Mentions) > 0 {
			first = t.Mentions[0].Published
		}
		refs = append(refs, ref{first, t.ID})
		return nil
	})
	if err != nil {
		return err
	}
	slices.SortStableFunc(refs, func(a, b ref) int {
		if a.first != b.first {
			return strings.Compare(a.first, b.first)
		}
		return strings.Compare(a.id, b.id)
	})
	const chunk = 256
	for len(refs) > 0 {
		part := refs[:min(chunk, len(refs))]
		refs = refs[len(part):]
		ids := make([]string, len(part))
		for i, r := range part {
			ids[i] = r.id
		}
		rec, err := s.RecordOf(ctx, accord.RecordQuery{IDs: ids})
		if err != nil {
			return err
		}
		byID := make(map[string]*accord.Target, len(rec.Targets))
		for i := range rec.Targets {
			byID[rec.Targets[i].ID] = &rec.Targets[i]
		}
		for _, id := range ids {
			if t := byID[id]; t != nil {
				if err := fn(t); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
