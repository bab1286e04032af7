package postgres

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sync"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
)

// Search rows (table search_docs, migration 0008): one narrow row per
// article in the partition of its month, its filters as lexemes.

// month matches a month partition's name part of a date.
var month = regexp.MustCompile(`^[0-9]{4}-(0[1-9]|1[0-2])`)

// docTag is the search_docs tag (a lexeme of doc, an element of tags) of a
// filter value: kind, a space, value. No word of a text holds a space.
func docTag(kind, value string) string { return kind + " " + value }

// months remembers the month partitions known to exist, so that a batch
// creates a partition once per process.
type months struct {
	mu    sync.Mutex
	known map[string]bool
}

// ensureMonths creates the partitions of the months of a batch's dates that
// do not exist yet, each in a short transaction of its own: creating a
// partition locks the whole table, so not for the batch's duration.
func (db *DB) ensureMonths(ctx context.Context, rows []row) error {
	db.months.mu.Lock()
	defer db.months.mu.Unlock()
	if db.months.known == nil {
		db.months.known = map[string]bool{}
	}
	var missing []string
	for _, r := range rows {
		if m := month.FindString(r.a.Published); m != "" && !db.months.known[m] && !slices.Contains(missing, m) {
			missing = append(missing, m)
		}
	}
	for _, m := range missing {
		err := db.tx(ctx, func(tx pgx.Tx) error {
			// One creator at a time: two would both find the month missing.
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey(db.schema+".search_docs_month")); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `SELECT search_docs_month($1)`, m)
			return err
		})
		if err != nil {
			return internal("search partition "+m, err)
		}
		db.months.known[m] = true
	}
	return nil
}

// putSearchDocs writes the search rows of the articles a batch stored,
// after their tags. searches holds the tsvectors (text) of some of them;
// the others are read.
func putSearchDocs(ctx context.Context, tx pgx.Tx, rows []row, stored map[string]bool, searches map[string]string) error {
	var ids, tagIDs, tagValues, missing []string
	for _, r := range rows {
		if !stored[r.a.ID] {
			continue
		}
		ids = append(ids, r.a.ID)
		if _, ok := searches[r.a.ID]; !ok {
			missing = append(missing, r.a.ID)
		}
		for _, t := range r.tags {
			if t.kind == tagCountry || t.kind == tagArea || t.kind == tagType {
				tagIDs, tagValues = append(tagIDs, r.a.ID), append(tagValues, docTag(t.kind, t.value))
			}
		}
		if r.a.Source != "" {
			tagIDs, tagValues = append(tagIDs, r.a.ID), append(tagValues, docTag(accord.FacetSource, r.a.Source))
		}
	}
	if len(ids) == 0 {
		return nil
	}
	if len(missing) > 0 {
		got, err := tx.Query(ctx, `SELECT id, search::text FROM articles WHERE id = ANY($1)`, missing)
		if err != nil {
			return err
		}
		if searches == nil {
			searches = make(map[string]string, len(missing))
		}
		var id, search string
		if _, err := pgx.ForEachRow(got, []any{&id, &search}, func() error {
			searches[id] = search
			return nil
		}); err != nil {
			return err
		}
	}
	pairs := make([]string, len(ids))
	for i, id := range ids {
		p, ok := searchPairs(searches[id])
		if !ok {
			return fmt.Errorf("article %s: unreadable tsvector", id)
		}
		pairs[i] = p
	}
	// search_doc(search, tags) with the pairs made here: the search
	// lexemes, the tags and the pairs, no two of which can be one lexeme
	// (a tag holds a space, a pair a \x1f).
	_, err := tx.Exec(ctx, `
		WITH t AS (SELECT id, array_agg(tag ORDER BY tag) AS tags FROM unnest($2::text[], $3::text[]) AS x(id, tag) GROUP BY id)
		INSERT INTO search_docs (id, published, tags, doc)
		SELECT a.id, a.published, coalesce(t.tags, '{}'), a.search || array_to_tsvector(coalesce(t.tags, '{}')) || u.pairs::tsvector
		FROM unnest($1::text[], $4::text[]) AS u(id, pairs) JOIN articles a ON a.id = u.id LEFT JOIN t ON t.id = u.id`, ids, tagIDs, tagValues, pairs)
	return err
}
