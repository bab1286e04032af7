package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
)

// row is one article of a PutArticles batch, checked and encoded.
type row struct {
	a     *accord.Article
	facts string // ArticleFacts without the article, JSON
	tags  []tag
}

// articleColumns are the columns of an article without its body.
const articleColumns = `id, file, path, url, title, published, dateline, source, format`

// fields returns the scan targets of articleColumns.
func fields(a *accord.Article, more ...any) []any {
	return append([]any{&a.ID, &a.File, &a.Path, &a.URL, &a.Title, &a.Published, &a.Dateline, &a.Source, &a.Format}, more...)
}

// unkey undoes storing Key() as the path: a path equal to the file was not
// given.
func unkey(a *accord.Article) *accord.Article {
	if a.Path == a.File {
		a.Path = ""
	}
	return a
}

// PutArticles stores a batch of articles with their facts in one
// transaction. See accord.Store.
//
// The common case, a batch of distinct files, is one multi-row INSERT … ON
// CONFLICT DO NOTHING in id order (so that concurrent writers of overlapping
// batches take their locks in the same order), then a lookup of the ids it
// did not insert. Files stored under another id are replaced one by one.
func (db *DB) PutArticles(ctx context.Context, batch []*accord.ArticleFacts) ([]accord.PutResult, error) {
	rows := make([]row, len(batch))
	for i, f := range batch {
		r, err := encode(i, f)
		if err != nil {
			return nil, err
		}
		rows[i] = r
	}
	if len(rows) == 0 {
		return []accord.PutResult{}, nil
	}
	if err := db.ensureMonths(ctx, rows); err != nil {
		return nil, err
	}
	var results []accord.PutResult
	err := db.tx(ctx, func(tx pgx.Tx) error {
		results = make([]accord.PutResult, len(rows)) // afresh on a retry
		return put(ctx, tx, rows, results)
	})
	if err != nil {
		return nil, internal("put articles", err)
	}
	for _, r := range results {
		if r.Outcome != accord.Unchanged {
			return results, db.bump(ctx)
		}
	}
	return results, nil
}

func encode(i int, f *accord.ArticleFacts) (row, error) {
	where := fmt.Sprintf("batch[%d]", i)
	if f == nil || f.Article == nil {
		return row{}, accord.ErrorAt(accord.EINVALID, where, "no article")
	}
	a := f.Article
	if a.File != "" {
		where = a.File
	}
	if a.ID == "" {
		return row{}, accord.ErrorAt(accord.EINVALID, where, "article has no id")
	}
	if a.File == "" {
		return row{}, accord.ErrorAt(accord.EINVALID, where, "article has no file")
	}
	// PostgreSQL text holds valid UTF-8 without NUL; say so here rather than
	// fail the whole transaction with a driver error.
	for _, s := range []string{a.ID, a.File, a.Path, a.URL, a.Title, a.Published, a.Dateline, a.Source, a.Format, a.Body} {
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
			return row{}, accord.ErrorAt(accord.EINVALID, where, "text is not valid UTF-8 or holds a NUL byte")
		}
	}
	c := *f
	c.Article = nil
	b, err := json.Marshal(&c)
	if err != nil {
		return row{}, accord.ErrorAt(accord.EINVALID, where, "facts: %v", err)
	}
	if strings.Contains(string(b), `\u0000`) {
		return row{}, accord.ErrorAt(accord.EINVALID, where, "facts hold a NUL character")
	}
	return row{a: a, facts: string(b), tags: tags(f)}, nil
}

func put(ctx context.Context, tx pgx.Tx, rows []row, results []accord.PutResult) error {
	// Later copies of an id in the batch are unchanged by the first.
	seenID := make(map[string]bool, len(rows))
	seenKey := make(map[string]bool, len(rows))
	simple := true
	var order []int
	for i, r := range rows {
		results[i].ID = r.a.ID
		if seenID[r.a.ID] {
			results[i].Outcome = accord.Unchanged
			continue
		}
		seenID[r.a.ID] = true
		if seenKey[r.a.Key()] {
			simple = false
		}
		seenKey[r.a.Key()] = true
		order = append(order, i)
	}
	if !simple {
		// Two versions of one input in a batch: apply them in batch order.
		for _, i := range order {
			if err := putOne(ctx, tx, rows[i], &results[i]); err != nil {
				return err
			}
		}
		return putTags(ctx, tx, rows, results, nil)
	}

	slices.SortFunc(order, func(i, j int) int { return strings.Compare(rows[i].a.ID, rows[j].a.ID) })
	cols := make([][]string, 11)
	for _, i := range order {
		a := rows[i].a
		for c, v := range []string{a.ID, a.File, a.Key(), a.URL, a.Title, a.Published, a.Dateline, a.Source, a.Format, a.Body, rows[i].facts} {
			cols[c] = append(cols[c], v)
		}
	}
	// The inserted articles' tsvectors come back for their search rows'
	// pairs (pairs.go).
	got, err := tx.Query(ctx, `
		INSERT INTO articles (id, file, path, url, title, published, dateline, source, format, body, facts)
		SELECT id, file, path, url, title, published, dateline, source, format, body, facts::jsonb
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
			AS u(id, file, path, url, title, published, dateline, source, format, body, facts)
		ON CONFLICT DO NOTHING
		RETURNING id, search::text`, cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7], cols[8], cols[9], cols[10])
	if err != nil {
		return err
	}
	searches := make(map[string]string, len(order))
	var inserted []string
	var id, search string
	if _, err := pgx.ForEachRow(got, []any{&id, &search}, func() error {
		inserted = append(inserted, id)
		searches[id] = search
		return nil
	}); err != nil {
		return err
	}
	if len(inserted) == len(order) {
		for _, i := range order {
			results[i].Outcome = accord.Stored
		}
		return putTags(ctx, tx, rows, results, searches)
	}
	stored := make(map[string]bool, len(inserted))
	for _, id := range inserted {
		stored[id] = true
	}
	var rest []string
	for _, i := range order {
		if id := rows[i].a.ID; stored[id] {
			results[i].Outcome = accord.Stored
		} else {
			rest = append(rest, id)
		}
	}
	existing, err := strings1(ctx, tx, `SELECT id FROM articles WHERE id = ANY($1)`, rest)
	if err != nil {
		return err
	}
	exists := make(map[string]bool, len(existing))
	for _, id := range existing {
		exists[id] = true
	}
	for _, i := range order {
		if results[i].Outcome != "" {
			continue
		}
		if exists[rows[i].a.ID] {
			results[i].Outcome = accord.Unchanged
			continue
		}
		// Its file is stored under another id: the file changed.
		if err := putOne(ctx, tx, rows[i], &results[i]); err != nil {
			return err
		}
	}
	return putTags(ctx, tx, rows, results, searches)
}

// putOne stores one article, replacing the article stored for its file under
// another id. Under concurrent writers the row it conflicts with may come
// and go, hence the loop; each pass either ends or removed a conflicting row.
func putOne(ctx context.Context, tx pgx.Tx, r row, res *accord.PutResult) error {
	a := r.a
	for range 8 {
		var id string
		err := tx.QueryRow(ctx, `
			INSERT INTO articles (id, file, path, url, title, published, dateline, source, format, body, facts)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)
			ON CONFLICT DO NOTHING
			RETURNING id`, a.ID, a.File, a.Key(), a.URL, a.Title, a.Published, a.Dateline, a.Source, a.Format, a.Body, r.facts).Scan(&id)
		if err == nil {
			res.Outcome = accord.Stored
			if res.ReplacedID != "" {
				res.Outcome = accord.Replaced
			}
			return nil
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		var one int
		err = tx.QueryRow(ctx, `SELECT 1 FROM articles WHERE id = $1`, a.ID).Scan(&one)
		if err == nil {
			// Stored meanwhile by another writer.
			res.Outcome = accord.Unchanged
			if res.ReplacedID != "" {
				res.Outcome = accord.Replaced
			}
			return nil
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		// The file's other version; never our own id, which another writer
		// may have stored under this file since the insert above.
		var old string
		err = tx.QueryRow(ctx, `DELETE FROM articles WHERE path = $1 AND id <> $2 RETURNING id`, a.Key(), a.ID).Scan(&old)
		if err == nil {
			res.ReplacedID = old
			// Its actors' keys go with it; consolidation re-adds the new version's.
			if _, err := tx.Exec(ctx, `DELETE FROM actor_keys WHERE key >= $1 AND key < $2`, old+"/", old+"0"); err != nil {
				return err
			}
		} else if !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
	}
	return fmt.Errorf("%s: conflicting writers did not settle", a.Key())
}

// putTags writes the tags and search rows of the articles written by this
// batch.
// searches holds the tsvectors (text) of the articles it inserted, if known.
func putTags(ctx context.Context, tx pgx.Tx, rows []row, results []accord.PutResult, searches map[string]string) error {
	// An article replaced by a later one of the same batch is gone.
	gone := make(map[string]bool)
	for _, r := range results {
		if r.ReplacedID != "" {
			gone[r.ReplacedID] = true
		}
	}
	var ids, kinds, values []string
	stored := make(map[string]bool)
	for i, r := range rows {
		if o := results[i].Outcome; o != accord.Stored && o != accord.Replaced || gone[r.a.ID] {
			continue
		}
		stored[r.a.ID] = true
		for _, t := range r.tags {
			ids = append(ids, r.a.ID)
			kinds = append(kinds, t.kind)
			values = append(values, t.value)
		}
	}
	if len(ids) > 0 {
		if _, err := tx.Exec(ctx, `
			INSERT INTO article_tags (article_id, kind, value)
			SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
			ON CONFLICT DO NOTHING`, ids, kinds, values); err != nil {
			return err
		}
	}
	return putSearchDocs(ctx, tx, rows, stored, searches)
}

// strings1 runs a query returning one text column.
func strings1(ctx context.Context, q interface {
	Query(context.Context, string, ...any) (pgx.Rows, error)
}, sql string, args ...any) ([]string, error) {
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[string])
}

// Article returns one article with its body, or ENOTFOUND.
func (db *DB) Article(ctx context.Context, id string) (*accord.Article, error) {
	return db.article(ctx, "id", id, `SELECT `+articleColumns+`, body FROM articles WHERE id = $1`)
}

// ArticleByFile returns the article stored for a file name, URL or path
// (Article.Path), or ENOTFOUND. Of several files with one base name, the
// latest published is returned.
func (db *DB) ArticleByFile(ctx context.Context, file string) (*accord.Article, error) {
	return db.article(ctx, "file", file, `SELECT `+articleColumns+`, body FROM articles WHERE path = $1 OR file = $1
		ORDER BY path = $1 DESC, published DESC, id LIMIT 1`)
}

func (db *DB) article(ctx context.Context, what, v, sql string) (*accord.Article, error) {
	a := new(accord.Article)
	err := db.pool.QueryRow(ctx, sql, v).Scan(fields(a, &a.Body)...)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, accord.Errorf(accord.ENOTFOUND, "no article with %s %q", what, v)
	}
	if err != nil {
		return nil, internal("article", err)
	}
	return unkey(a), nil
}

// Articles lists articles without body in (published, id) order, with the
// count of all that match the filter.
func (db *DB) Articles(ctx context.Context, f accord.ArticleFilter) ([]*accord.Article, int, error) {
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if f.From != "" {
		where = append(where, "published >= "+arg(f.From))
	}
	if f.To != "" {
		where = append(where, "published <= "+arg(f.To))
	}
	if f.Source != "" {
		where = append(where, "source = "+arg(f.Source))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	var total int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM articles`+cond, args...).Scan(&total); err != nil {
		return nil, 0, internal("articles", err)
	}
	q := `SELECT ` + articleColumns + ` FROM articles` + cond + ` ORDER BY published, id`
	if f.Limit > 0 {
		q += " LIMIT " + arg(f.Limit)
	}
	if f.Offset > 0 {
		q += " OFFSET " + arg(f.Offset)
	}
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, 0, internal("articles", err)
	}
	list, err := pgx.CollectRows(rows, scanArticle)
	if err != nil {
		return nil, 0, internal("articles", err)
	}
	return list, total, nil
}

func scanArticle(r pgx.CollectableRow) (*accord.Article, error) {
	a := new(accord.Article)
	err := r.Scan(fields(a)...)
	return unkey(a), err
}

// Facts returns what was extracted from one article, or ENOTFOUND.
func (db *DB) Facts(ctx context.Context, articleID string) (*accord.ArticleFacts, error) {
	rows, err := db.pool.Query(ctx, `SELECT `+articleColumns+`, body, facts::text FROM articles WHERE id = $1`, articleID)
	if err != nil {
		return nil, internal("facts", err)
	}
	list, err := pgx.CollectRows(rows, scanFacts)
	if err != nil {
		return nil, internal("facts", err)
	}
	if len(list) == 0 {
		return nil, accord.Errorf(accord.ENOTFOUND, "no article with id %q", articleID)
	}
	return list[0], nil
}

func scanFacts(r pgx.CollectableRow) (*accord.ArticleFacts, error) {
	a := new(accord.Article)
	var facts []byte
	if err := r.Scan(fields(a, &a.Body, &facts)...); err != nil {
		return nil, err
	}
	unkey(a)
	f := new(accord.ArticleFacts)
	if err := json.Unmarshal(facts, f); err != nil {
		return nil, fmt.Errorf("article %s: facts: %w", a.ID, err)
	}
	f.Article = a
	return f, nil
}

// eachPage is how many articles EachFacts reads per query.
const eachPage = 500

// EachFacts calls fn for every article's facts in (published, id) order. It
// reads pages by key, so that neither memory nor a held connection grows
// with the corpus, and fn may use the store.
func (db *DB) EachFacts(ctx context.Context, fn func(*accord.ArticleFacts) error) error {
	const query = `SELECT ` + articleColumns + `, body, facts::text FROM articles `
	const order = ` ORDER BY published, id LIMIT $1`
	return db.pageFacts(ctx, func(last *accord.Article) (string, []any) {
		if last == nil {
			return query + order, nil
		}
		return query + `WHERE (published, id) > ($2, $3)` + order, []any{last.Published, last.ID}
	}, fn)
}

// pageFacts calls fn for the facts of the articles page gives, a page of
// eachPage at a time: page returns the query ($1 is the page size) and its
// other arguments for the page after the last article read (nil before the
// first). No connection is held while fn runs.
func (db *DB) pageFacts(ctx context.Context, page func(last *accord.Article) (string, []any), fn func(*accord.ArticleFacts) error) error {
	var last *accord.Article
	for {
		facts, err := db.factsPage(ctx, page, last)
		if err != nil {
			return err
		}
		for _, f := range facts {
			if err := fn(f); err != nil {
				return err
			}
		}
		if len(facts) < eachPage {
			return nil
		}
		last = facts[len(facts)-1].Article
	}
}

// factsPage reads the page after last.
func (db *DB) factsPage(ctx context.Context, page func(last *accord.Article) (string, []any), last *accord.Article) ([]*accord.ArticleFacts, error) {
	sql, args := page(last)
	rows, err := db.pool.Query(ctx, sql, append([]any{eachPage}, args...)...)
	if err != nil {
		return nil, internal("each facts", err)
	}
	facts, err := pgx.CollectRows(rows, scanFacts)
	if err != nil {
		return nil, internal("each facts", err)
	}
	return facts, nil
}

// pageFactsAhead is pageFacts reading each page while fn runs on the one
// before, for callers whose pages fn's writes cannot change. Shared-mode
// consolidation is one chain (read a page, merge it, save the record)
// that the other writers wait for at the end; reading and decoding the
// next page on another connection and goroutine takes that part off the
// chain.
func (db *DB) pageFactsAhead(ctx context.Context, page func(last *accord.Article) (string, []any), fn func(*accord.ArticleFacts) error) error {
	type result struct {
		facts []*accord.ArticleFacts
		err   error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	read := func(last *accord.Article) <-chan result {
		c := make(chan result, 1)
		go func() {
			facts, err := db.factsPage(ctx, page, last)
			c <- result{facts, err}
		}()
		return c
	}
	next := read(nil)
	for {
		r := <-next
		if r.err != nil {
			return r.err
		}
		if len(r.facts) == eachPage {
			next = read(r.facts[len(r.facts)-1].Article)
		}
		for _, f := range r.facts {
			if err := fn(f); err != nil {
				return err // cancel ends the read ahead; its channel is buffered
			}
		}
		if len(r.facts) < eachPage {
			return nil
		}
	}
}
