package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/accordhq/accord"
)

// PutArticles stores a batch in one transaction. See accord.Store.
func (db *DB) PutArticles(ctx context.Context, batch []*accord.ArticleFacts) ([]accord.PutResult, error) {
	return db.PutPrepared(ctx, batch, nil)
}

// PutPrepared is PutArticles with what PrepareArticle computed of each
// article of batch (prepared[i] for batch[i]; nil, or missing, when it was
// not prepared: it is then prepared here).
func (db *DB) PutPrepared(ctx context.Context, batch []*accord.ArticleFacts, prepared []any) ([]accord.PutResult, error) {
	// Check and encode everything before taking the write lock.
	preps := make([]*Prepared, len(batch))
	for i, f := range batch {
		where := fmt.Sprintf("batch[%d]", i)
		switch {
		case f == nil || f.Article == nil:
			return nil, accord.ErrorAt(accord.EINVALID, where, "no article")
		case f.Article.ID == "":
			return nil, accord.ErrorAt(accord.EINVALID, where, "article %q has no id", f.Article.File)
		case f.Article.File == "":
			return nil, accord.ErrorAt(accord.EINVALID, where, "article %s has no file", f.Article.ID)
		}
		if i < len(prepared) {
			if p, ok := prepared[i].(*Prepared); ok && p != nil {
				preps[i] = p
				continue
			}
		}
		p, err := prepare(f)
		var bad factsError
		switch {
		case errors.As(err, &bad):
			return nil, accord.ErrorAt(accord.EINVALID, where, "facts of %s: %v", f.Article.ID, bad.error)
		case err != nil:
			return nil, internal("put article "+f.Article.ID, err)
		}
		preps[i] = p
	}
	res := make([]accord.PutResult, len(batch))
	if len(batch) == 0 {
		return res, nil
	}

	t := time.Now()
	tx, err := db.w.BeginTx(ctx, nil)
	db.times.since(articlesWait, t)
	if err != nil {
		return nil, internal("put articles", err)
	}
	held := time.Now()
	defer db.times.since(articlesHeld, held)
	defer tx.Rollback()
	p := new(putter)
	defer p.close()
	for _, q := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&p.del, `DELETE FROM articles WHERE n = ?`},
		// n: the next key of the article's day (see datedN).
		{&p.ins, `INSERT INTO articles (n, id, file, path, url, title, published, dateline, source, format, body, facts, added_at)
			SELECT coalesce((SELECT max(n) + 1 FROM articles WHERE n >= d.k AND n < d.k + ` + nDay + `), d.k),
				?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12
			FROM (SELECT ` + dayOf("?6") + ` * ` + nDay + ` AS k) d RETURNING n`},
	} {
		if *q.st, err = tx.PrepareContext(ctx, q.sql); err != nil {
			return nil, internal("put articles", err)
		}
	}
	p.tags = newMultiRow(tx, `INSERT OR IGNORE INTO article_tags (article, kind, value)`, "", 3)
	p.facets = newMultiRow(tx, `INSERT INTO article_facets (n, tags)`, "", 2)
	// The articles stored already, by id and by path: two queries a batch
	// (in key order), not two an article. Kept current as the batch is
	// written, so that an article of the batch sees those before it.
	have, files, err := storedOf(ctx, tx, batch)
	if err != nil {
		return nil, internal("put articles", err)
	}
	wrote := false
	var fts []searchRow // the articles added, for the search index
	// index writes their tags and facets, many rows a statement, then
	// their search entries in one statement (see migration 0009), in key
	// order: FTS5 writes its pending terms out at every statement that
	// changes it, and before a key lower than the last it took (articles'
	// keys follow their dates, not the order they come in).
	var tagRows, facetRows []any // of the articles in fts
	var blockEdits []blockEdit   // of article_facets, for facet_blocks
	index := func() error {
		if len(fts) == 0 {
			return nil
		}
		if err := p.tags.exec(ctx, tagRows); err != nil {
			return internal("put articles: tags", err)
		}
		if err := p.facets.exec(ctx, facetRows); err != nil {
			return internal("put articles: facets", err)
		}
		tagRows, facetRows = tagRows[:0], facetRows[:0]
		slices.SortFunc(fts, func(a, b searchRow) int { return cmp.Compare(a.n, b.n) })
		// The search entries (migration 0010); their tags column, made
		// beforehand, is the one the view articles_search makes of the
		// tags just written.
		if err := insertSearch(ctx, tx, "articles_fts", fts, func(r searchRow) (string, string) { return r.a.Title, r.a.Body }); err != nil {
			return internal("put articles: search index", err)
		}
		// Their pairs (migration 0014).
		if err := insertSearch(ctx, tx, "articles_pairs", fts, func(r searchRow) (string, string) { return r.p.titlePairs, r.p.bodyPairs }); err != nil {
			return internal("put articles: search pairs", err)
		}
		fts = fts[:0]
		return nil
	}
	added := now()
	for i, f := range batch {
		a := f.Article
		res[i] = accord.PutResult{ID: a.ID, Outcome: accord.Stored}
		if have[a.ID] {
			res[i].Outcome = accord.Unchanged
			continue
		}
		if old, ok := files[a.Key()]; ok {
			// The file changed: its older version goes, with its tags
			// (cascade) and search entry (trigger).
			if err := index(); err != nil { // the older version may be of this batch
				return nil, err
			}
			if _, err := p.del.ExecContext(ctx, old.n); err != nil {
				return nil, internal("replace article "+old.id, err)
			}
			blockEdits = append(blockEdits, blockEdit{n: old.n, del: true})
			delete(have, old.id)
			// Its actors' keys go with it; consolidation re-adds the new version's.
			if _, err := tx.ExecContext(ctx, `DELETE FROM actor_keys WHERE article IN (?, -1) AND key >= ? AND key < ?`, old.n, old.id+"/", old.id+"0"); err != nil {
				return nil, internal("replace article "+old.id, err)
			}
			res[i].Outcome, res[i].ReplacedID = accord.Replaced, old.id
		}
		pr := preps[i]
		var n int64
		err := p.ins.QueryRowContext(ctx, a.ID, a.File, a.Key(), a.URL, a.Title, a.Published, a.Dateline, a.Source, a.Format, a.Body, pr.facts, added).Scan(&n)
		if err != nil {
			return nil, internal("put article "+a.ID, err)
		}
		have[a.ID] = true
		files[a.Key()] = storedArticle{n, a.ID}
		for _, t := range pr.tags {
			tagRows = append(tagRows, n, t.kind, t.value)
		}
		if pr.facets != "" {
			facetRows = append(facetRows, n, pr.facets)
			blockEdits = append(blockEdits, blockEdit{n: n, tags: pr.facets})
		} else {
			// Its place in the block may hold an article deleted
			// outside PutArticles (another client): not its facets.
			blockEdits = append(blockEdits, blockEdit{n: n, del: true})
		}
		wrote = true
		fts = append(fts, searchRow{n, a, pr})
	}
	if err := index(); err != nil {
		return nil, err
	}
	if err := writeBlocks(ctx, tx, blockEdits); err != nil {
		return nil, internal("put articles: facet blocks", err)
	}
	if wrote {
		if err := bump(ctx, tx); err != nil {
			return nil, internal("put articles", err)
		}
	}
	t = time.Now()
	err = tx.Commit()
	db.times.since(articlesCommit, t)
	if err != nil {
		return nil, internal("put articles", err)
	}
	return res, nil
}

// searchRow is an article added by PutPrepared, for the search index.
type searchRow struct {
	n int64
	a *accord.Article
	p *Prepared
}

// maxSearchRows bounds the rows of one insert into a search index (four
// parameters a row; SQLite allows 32,766 in a statement).
const maxSearchRows = 4096

// insertSearch adds rows (in key order) to the full-text table, title and
// body from text, the tags column prepared, one statement for the whole
// batch: FTS5 writes out its pending terms at the end of each statement.
func insertSearch(ctx context.Context, tx *sql.Tx, table string, rows []searchRow, text func(searchRow) (string, string)) error {
	for len(rows) > 0 {
		part := rows[:min(len(rows), maxSearchRows)]
		rows = rows[len(part):]
		args := make([]any, 0, 4*len(part))
		for _, r := range part {
			title, body := text(r)
			args = append(args, r.n, title, body, r.p.search)
		}
		q := `INSERT INTO ` + table + ` (rowid, title, body, tags) VALUES ` + strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?), ", len(part)), ", ")
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return err
		}
	}
	return nil
}

// storedArticle is the key and id of a stored article.
type storedArticle struct {
	n  int64
	id string
}

// storedOf returns, of the articles of batch, the ids stored already and
// the stored articles of their paths (Article.Key).
func storedOf(ctx context.Context, tx *sql.Tx, batch []*accord.ArticleFacts) (map[string]bool, map[string]storedArticle, error) {
	ids := make([]string, 0, len(batch))
	paths := make([]string, 0, len(batch))
	for _, f := range batch {
		ids = append(ids, f.Article.ID)
		paths = append(paths, f.Article.Key())
	}
	have := make(map[string]bool, len(batch))
	files := make(map[string]storedArticle, len(batch))
	err := inChunks(ctx, tx, `SELECT id, '', 0 FROM articles WHERE id IN (%s)`, ids, func(id, _ string, _ int64) {
		have[id] = true
	})
	if err != nil {
		return nil, nil, err
	}
	err = inChunks(ctx, tx, `SELECT path, id, n FROM articles WHERE path IN (%s)`, paths, func(path, id string, n int64) {
		files[path] = storedArticle{n, id}
	})
	if err != nil {
		return nil, nil, err
	}
	return have, files, nil
}

// inChunks runs query (its IN list %s) over values, sorted and unique, a
// chunk at a time, and passes each row (two texts and an integer) to fn.
func inChunks(ctx context.Context, tx *sql.Tx, query string, values []string, fn func(string, string, int64)) error {
	values = slices.Compact(slices.Sorted(slices.Values(values)))
	for len(values) > 0 {
		part := values[:min(chunk, len(values))]
		values = values[len(part):]
		args := make([]any, len(part))
		for i, v := range part {
			args[i] = v
		}
		rows, err := tx.QueryContext(ctx, fmt.Sprintf(query, marks(len(part))), args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var a, b string
			var n int64
			if err := rows.Scan(&a, &b, &n); err != nil {
				rows.Close()
				return err
			}
			fn(a, b, n)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// putter holds the prepared statements of one PutArticles transaction.
type putter struct {
	del, ins     *sql.Stmt
	tags, facets *multiRow
}

// facetSep separates the kind:value pairs of article_facets.tags.
const facetSep = "\x1f"

func (p *putter) close() {
	for _, st := range []*sql.Stmt{p.del, p.ins} {
		if st != nil {
			st.Close()
		}
	}
	for _, m := range []*multiRow{p.tags, p.facets} {
		if m != nil {
			m.close()
		}
	}
}

// Articles are keyed by n in date order: n = days from 1900-01-01 to the
// publication date << 24 | the article's sequence within its day (stored
// order). The full-text index iterates matches in n order, so that a
// search lists the newest first by walking it backwards and stops at its
// LIMIT (see Search). Migration 0004 renumbered older stores.
const nDay = "16777216" // 1 << 24: the keys of one day

// dayOf is the SQL expression of the day number of the date expression
// published: days since 1900-01-01, 0 when it is not a date or before 1900.
func dayOf(published string) string {
	return `max(0, min(1048575, coalesce(CAST(julianday(` + published + `) - 2415020.5 AS INTEGER), 0)))`
}

type tag struct{ kind, value string }

// tags derives the search tags of an article from its facts: the countries
// of its actors, its areas, the types of the engagements it reports, the
// keys of its actors, and its source.
func tags(f *accord.ArticleFacts) []tag {
	var out []tag
	for _, a := range f.Actors {
		c := a.Country
		if c == "" && a.Type == accord.Country {
			c = strings.TrimPrefix(a.ID, string(accord.Country)+":")
		}
		if c != "" {
			out = append(out, tag{"country", c})
		}
		if a.ID != "" {
			out = append(out, tag{"actor", a.ID})
		}
	}
	for _, area := range f.Areas {
		out = append(out, tag{"area", area})
	}
	for _, e := range f.Engagements {
		out = append(out, tag{"type", string(e.Type)})
	}
	if f.Article.Source != "" {
		out = append(out, tag{"source", f.Article.Source})
	}
	return out
}

const articleColumns = `id, file, path, url, title, published, dateline, source, format`

func scanArticle(sc interface{ Scan(...any) error }, a *accord.Article, more ...any) error {
	if err := sc.Scan(append([]any{&a.ID, &a.File, &a.Path, &a.URL, &a.Title, &a.Published, &a.Dateline, &a.Source, &a.Format}, more...)...); err != nil {
		return err
	}
	if a.Path == a.File {
		a.Path = "" // stored as the key: Path was not given
	}
	return nil
}

// Article returns one article with its body, or ENOTFOUND.
func (db *DB) Article(ctx context.Context, id string) (*accord.Article, error) {
	return db.article(ctx, "id", id)
}

// ArticleByFile returns the article stored for a file, or ENOTFOUND.
// A path (Article.Path) finds its article too; of several files with one
// base name, the latest published is returned.
func (db *DB) ArticleByFile(ctx context.Context, file string) (*accord.Article, error) {
	a := new(accord.Article)
	row := db.r.QueryRowContext(ctx, `SELECT `+articleColumns+`, body FROM articles WHERE path = ?1 OR file = ?1
		ORDER BY path = ?1 DESC, published DESC, id LIMIT 1`, file)
	switch err := scanArticle(row, a, &a.Body); {
	case errors.Is(err, sql.ErrNoRows):
		return nil, accord.Errorf(accord.ENOTFOUND, "no article with file %q", file)
	case err != nil:
		return nil, internal("article", err)
	}
	return a, nil
}

func (db *DB) article(ctx context.Context, column, value string) (*accord.Article, error) {
	a := new(accord.Article)
	row := db.r.QueryRowContext(ctx, `SELECT `+articleColumns+`, body FROM articles WHERE `+column+` = ?`, value)
	switch err := scanArticle(row, a, &a.Body); {
	case errors.Is(err, sql.ErrNoRows):
		return nil, accord.Errorf(accord.ENOTFOUND, "no article with %s %q", column, value)
	case err != nil:
		return nil, internal("article", err)
	}
	return a, nil
}

// Articles lists articles without body in (published, id) order, with the
// count of all that match the filter.
func (db *DB) Articles(ctx context.Context, f accord.ArticleFilter) ([]*accord.Article, int, error) {
	var where []string
	var args []any
	if f.From != "" {
		where, args = append(where, "published >= ?"), append(args, f.From)
	}
	if f.To != "" {
		where, args = append(where, "published <= ?"), append(args, f.To)
	}
	if f.Source != "" {
		where, args = append(where, "source = ?"), append(args, f.Source)
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	limit := f.Limit
	if limit <= 0 {
		limit = -1 // no limit
	}
	rows, err := db.r.QueryContext(ctx, `SELECT `+articleColumns+`, count(*) OVER () FROM articles`+cond+
		` ORDER BY published, id LIMIT ? OFFSET ?`, append(args, limit, max(f.Offset, 0))...)
	if err != nil {
		return nil, 0, internal("articles", err)
	}
	defer rows.Close()
	var list []*accord.Article
	total := -1
	for rows.Next() {
		a := new(accord.Article)
		if err := scanArticle(rows, a, &total); err != nil {
			return nil, 0, internal("articles", err)
		}
		list = append(list, a)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, internal("articles", err)
	}
	if total < 0 { // an offset past the end: count apart
		if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM articles`+cond, args...).Scan(&total); err != nil {
			return nil, 0, internal("articles", err)
		}
	}
	return list, total, nil
}

// Facts returns the facts of one article, with the article and its body.
func (db *DB) Facts(ctx context.Context, id string) (*accord.ArticleFacts, error) {
	row := db.r.QueryRowContext(ctx, `SELECT `+articleColumns+`, body, facts FROM articles WHERE id = ?`, id)
	f, err := scanFacts(row)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, accord.Errorf(accord.ENOTFOUND, "no article with id %q", id)
	case err != nil:
		return nil, internal("facts of "+id, err)
	}
	return f, nil
}

func scanFacts(sc interface{ Scan(...any) error }) (*accord.ArticleFacts, error) {
	a := new(accord.Article)
	var data []byte
	if err := scanArticle(sc, a, &a.Body, &data); err != nil {
		return nil, err
	}
	f := new(accord.ArticleFacts)
	if err := json.Unmarshal(data, f); err != nil {
		return nil, fmt.Errorf("facts of %s: %w", a.ID, err)
	}
	f.Article = a
	return f, nil
}

// EachFacts streams every article's facts in (published, id) order. An
// error from fn stops the walk and is returned as is.
func (db *DB) EachFacts(ctx context.Context, fn func(*accord.ArticleFacts) error) error {
	// Pages of eachFactsPage articles, each its own short read: one read
	// held open across a rebuild, which writes as it reads, would keep the
	// write-ahead log from being checkpointed (it grew to gigabytes).
	const eachFactsPage = 1000
	after, afterID, first := "", "", true
	for {
		q, args := `SELECT `+articleColumns+`, body, facts FROM articles ORDER BY published, id LIMIT ?`, []any{eachFactsPage}
		if !first {
			q = `SELECT ` + articleColumns + `, body, facts FROM articles WHERE (published, id) > (?, ?) ORDER BY published, id LIMIT ?`
			args = []any{after, afterID, eachFactsPage}
		}
		rows, err := db.r.QueryContext(ctx, q, args...)
		if err != nil {
			return internal("each facts", err)
		}
		var page []*accord.ArticleFacts
		for rows.Next() {
			f, err := scanFacts(rows)
			if err != nil {
				rows.Close()
				return internal("each facts", err)
			}
			page = append(page, f)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return internal("each facts", err)
		}
		for _, f := range page {
			if err := fn(f); err != nil {
				return err
			}
		}
		if len(page) < eachFactsPage {
			return nil
		}
		last := page[len(page)-1].Article
		after, afterID, first = last.Published, last.ID, false
	}
}
