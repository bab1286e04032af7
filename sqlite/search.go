package sqlite

import (
	"context"
	"database/sql"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/accordhq/accord"
)

// snippetTokens is the length of a snippet, in tokens.
const snippetTokens = 24

// Search runs a full-text query ranked by bm25, with a title match worth ten
// body matches. An empty query lists the articles the filters select, newest
// first. A search runs under accord.SearchTimeout, and at most half the
// reader connections search at once, so that searches never take every
// connection from the other reads.
func (db *DB) Search(ctx context.Context, q accord.SearchQuery) (*accord.SearchResults, error) {
	ctx, cancel := accord.SearchContext(ctx)
	defer cancel()
	select {
	case db.searches <- struct{}{}:
		defer func() { <-db.searches }()
	case <-ctx.Done():
		return nil, accord.SearchError(ctx, internal("search: waiting for a connection", ctx.Err()))
	}
	res, err := db.search(ctx, q)
	return res, accord.SearchError(ctx, err)
}

func (db *DB) search(ctx context.Context, q accord.SearchQuery) (*accord.SearchResults, error) {
	for _, d := range []struct{ where, date string }{{"from", q.From}, {"to", q.To}} {
		if _, err := time.Parse(time.DateOnly, d.date); d.date != "" && err != nil {
			return nil, accord.ErrorAt(accord.EINVALID, d.where, "%q is not a date (YYYY-MM-DD)", d.date)
		}
	}
	if q.Limit < 0 || q.Offset < 0 {
		return nil, accord.ErrorAt(accord.EINVALID, "limit", "limit and offset cannot be negative")
	}
	limit := q.Limit
	if limit == 0 {
		limit = 20
	}

	// from and args select the matching articles, as a: from the index when
	// there is a query, from the table otherwise.
	var from, order, score, match string
	var args []any
	if strings.TrimSpace(q.Query) == "" {
		from = `articles a WHERE 1`
		order, score = `a.published DESC, a.id`, `0.0`
	} else {
		pq, err := parseQuery(q.Query)
		if err != nil {
			return nil, err
		}
		match = pq.match()
		from = `articles_fts f JOIN articles a ON a.n = f.rowid WHERE articles_fts MATCH ?`
		args = append(args, match)
		order, score = `f.rank, a.published DESC, a.id`, `-f.rank`
	}
	from, args = filter(from, args, q)

	// One read transaction, so that the page, the count and the facets
	// see the same articles.
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal("search", err)
	}
	defer tx.Rollback()

	res := new(accord.SearchResults)
	rows, err := tx.QueryContext(ctx, `SELECT a.n, `+prefixed("a.", articleColumns)+`, `+score+`, substr(a.body, 1, 160)
		FROM `+from+` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(args, limit, q.Offset)...)
	if err != nil {
		return nil, internal("search", err)
	}
	var ns []int64
	for rows.Next() {
		var n int64
		h := accord.SearchHit{Article: new(accord.Article)}
		a := h.Article
		err := rows.Scan(&n, &a.ID, &a.File, &a.Path, &a.URL, &a.Title, &a.Published, &a.Dateline, &a.Source, &a.Format, &h.Score, &h.Snippet)
		if a.Path == a.File {
			a.Path = ""
		}
		if err != nil {
			rows.Close()
			return nil, internal("search", err)
		}
		ns = append(ns, n)
		res.Hits = append(res.Hits, h)
	}
	if err := rows.Close(); err != nil {
		return nil, internal("search", err)
	}
	// Counting apart is cheaper than a window over the ranked rows: no
	// bm25 to compute.
	{
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+from, args...).Scan(&res.Total); err != nil {
			return nil, internal("search", err)
		}
	}

	// Snippets of the page's hits only: snippet() in the ranking query
	// would run for every match.
	if match != "" && len(ns) > 0 {
		st, err := tx.PrepareContext(ctx, `SELECT snippet(articles_fts, 1, char(2), char(3), '…', `+strconv.Itoa(snippetTokens)+`)
			FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`)
		if err != nil {
			return nil, internal("search", err)
		}
		defer st.Close()
		for i, n := range ns {
			if err := st.QueryRowContext(ctx, match, n).Scan(&res.Hits[i].Snippet); err != nil {
				return nil, internal("search snippet", err)
			}
		}
	}

	if q.Facets {
		if res.Facets, err = facets(ctx, tx, from, args); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// facets counts the tags, sources and years of the articles that from and
// args select.
func facets(ctx context.Context, tx *sql.Tx, from string, args []any) (map[string][]accord.FacetCount, error) {
	rows, err := tx.QueryContext(ctx, `WITH m AS MATERIALIZED (SELECT a.n FROM `+from+`)
		SELECT t.kind, t.value, count(*) FROM m JOIN article_tags t ON t.article = m.n
			WHERE t.kind IN ('country', 'area', 'type') GROUP BY t.kind, t.value
		UNION ALL
		SELECT 'source', a.source, count(*) FROM m JOIN articles a ON a.n = m.n
			WHERE a.source != '' GROUP BY a.source
		UNION ALL
		SELECT 'year', substr(a.published, 1, 4), count(*) FROM m JOIN articles a ON a.n = m.n
			WHERE a.published != '' GROUP BY 2`, args...)
	if err != nil {
		return nil, internal("search facets", err)
	}
	defer rows.Close()
	out := make(map[string][]accord.FacetCount)
	for rows.Next() {
		var kind string
		var fc accord.FacetCount
		if err := rows.Scan(&kind, &fc.Value, &fc.Count); err != nil {
			return nil, internal("search facets", err)
		}
		out[kind] = append(out[kind], fc)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("search facets", err)
	}
	for _, fc := range out {
		facetOrder(fc)
	}
	return out, nil
}

// prefixed qualifies each of a comma-separated list of columns.
func prefixed(p, cols string) string {
	parts := strings.Split(cols, ", ")
	for i := range parts {
		parts[i] = p + parts[i]
	}
	return strings.Join(parts, ", ")
}

// filter adds the conditions of q's filters to a query over articles a.
func filter(from string, args []any, q accord.SearchQuery) (string, []any) {
	var b strings.Builder
	b.WriteString(from)
	if q.From != "" {
		b.WriteString(` AND a.published >= ?`)
		args = append(args, q.From)
	}
	if q.To != "" {
		b.WriteString(` AND a.published <= ?`)
		args = append(args, q.To)
	}
	if q.Source != "" {
		b.WriteString(` AND a.source = ?`)
		args = append(args, q.Source)
	}
	const tagged = ` AND EXISTS (SELECT 1 FROM article_tags t WHERE t.article = a.n AND t.kind = '`
	for _, c := range q.Countries {
		b.WriteString(tagged + `country' AND t.value = ?)`)
		args = append(args, c)
	}
	for _, area := range q.Areas {
		b.WriteString(tagged + `area' AND t.value = ?)`)
		args = append(args, area)
	}
	if len(q.Types) > 0 {
		b.WriteString(tagged + `type' AND t.value IN (?` + strings.Repeat(", ?", len(q.Types)-1) + `))`)
		for _, t := range q.Types {
			args = append(args, t)
		}
	}
	return b.String(), args
}

// facetOrder sorts facet counts most frequent first, then by value.
func facetOrder(fc []accord.FacetCount) {
	sort.Slice(fc, func(i, j int) bool {
		if fc[i].Count != fc[j].Count {
			return fc[i].Count > fc[j].Count
		}
		return fc[i].Value < fc[j].Value
	})
}
