package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// headline is the ts_headline option string: a passage or two around the
// matches, with accord's marks around each match.
var headline = fmt.Sprintf("StartSel=%s, StopSel=%s, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"",
	accord.MarkStart, accord.MarkEnd)

// Search runs a full-text query. The query (words, "exact phrases", OR,
// -exclusion; see parseQuery) becomes a tsquery built from one
// phraseto_tsquery per term, so that no text is syntax to PostgreSQL.
//
// Hits come newest first (published, then id), or, with
// accord.SortRelevance, the newest accord.RelevanceWindow matches ranked by
// ts_rank_cd, titles (weight A) above bodies (weight B), then the older
// ones newest first. Every query is bounded: the page is an ORDER BY
// published DESC … LIMIT, which the planner serves from the published index
// (stopping at the page) or from the GIN index (few matches); the count
// stops at accord.SearchCap+1 matches; the facets count the newest
// SearchCap. An empty query lists the articles the filters select, newest
// first.
//
// A search runs under accord.SearchTimeout, on the server too
// (statement_timeout), and at most half the pool's connections search at
// once, so that searches never take every connection from the other reads.
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
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "57014" { // query_canceled, by statement_timeout
		return nil, accord.SearchTimeoutError(err)
	}
	return res, accord.SearchError(ctx, err)
}

func (db *DB) search(ctx context.Context, q accord.SearchQuery) (*accord.SearchResults, error) {
	if err := checkDate("from", q.From); err != nil {
		return nil, err
	}
	if err := checkDate("to", q.To); err != nil {
		return nil, err
	}
	if err := accord.CheckSearch(&q); err != nil {
		return nil, err
	}
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}

	// Without words, every article passes the filters, newest first.
	text := strings.TrimSpace(q.Query) != ""
	var where []string
	query := "NULL::tsquery"
	if text {
		pq, err := parseQuery(q.Query)
		if err != nil {
			return nil, err
		}
		query = pq.tsquery(arg)
		where = append(where, "a.search @@ q.q")
	}
	nq := len(args) // the query's own parameters, before the filters'
	if q.From != "" {
		where = append(where, "a.published >= "+arg(q.From))
	}
	if q.To != "" {
		where = append(where, "a.published <= "+arg(q.To))
	}
	if q.Source != "" {
		where = append(where, "a.source = "+arg(q.Source))
	}
	tagged := func(kind, cmp string) string {
		return "EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.kind = '" + kind + "' AND t.value " + cmp + ")"
	}
	for _, c := range q.Countries {
		where = append(where, tagged(tagCountry, "= "+arg(c)))
	}
	for _, area := range q.Areas {
		where = append(where, tagged(tagArea, "= "+arg(area)))
	}
	if len(q.Types) > 0 {
		where = append(where, tagged(tagType, "= ANY("+arg(q.Types)+")"))
	}
	cond := ""
	if len(where) > 0 {
		cond = "WHERE " + strings.Join(where, " AND ")
	}
	// with is the CTE of the query; matching selects cols of the matching
	// articles published on or after cut (all when ""), newest first.
	with := `WITH q AS (SELECT ` + query + ` AS q) `
	within := func(cut string) string {
		if cut == "" {
			return cond
		}
		c := "a.published >= '" + strings.ReplaceAll(cut, "'", "''") + "'"
		if cond == "" {
			return "WHERE " + c
		}
		return cond + " AND " + c
	}
	matching := func(cols, cut string) string {
		return `SELECT ` + cols + ` FROM articles a, q ` + within(cut) + ` ORDER BY a.published DESC, a.id`
	}
	// cutFor returns a date such that the articles published on or after
	// it hold the newest need matches (or all of them): sorting those
	// costs what they cost. It tries windows of the newest articles (within
	// the date filters) growing fourfold: each try reads the window's part
	// of the indexes, and the rows of at most need matches.
	cutFor := func(tx pgx.Tx, need int) (string, error) {
		to := q.To
		if to == "" {
			to = "9999-99-99"
		}
		var rows float64
		if err := tx.QueryRow(ctx, `SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass`).Scan(&rows); err != nil {
			return "", internal("search", err)
		}
		for w := max(2*need, 4000); ; w *= 4 {
			if wholeTable(rows, w) {
				return "", nil
			}
			var cut string
			err := tx.QueryRow(ctx, `SELECT published FROM articles WHERE published <= $1 ORDER BY published DESC OFFSET $2 LIMIT 1`, to, w).Scan(&cut)
			if errors.Is(err, pgx.ErrNoRows) || err == nil && q.From != "" && cut <= q.From {
				return "", nil
			}
			if err != nil {
				return "", internal("search", err)
			}
			var found int
			if err := tx.QueryRow(ctx, with+`SELECT count(*) FROM (SELECT 1 FROM articles a, q `+within(cut)+` LIMIT `+fmt.Sprint(need)+`) x`, args...).Scan(&found); err != nil {
				return "", internal("search", err)
			}
			if found >= need {
				return cut, nil
			}
			if found*16 < need {
				w *= 4 // few matches: grow faster
			}
		}
	}
	n := len(args)
	next := func(k int) string { return fmt.Sprintf("$%d", n+k) }

	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, internal("search", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	// The server ends the statement itself should the client's cancel
	// request be lost.
	if _, err := tx.Exec(ctx, fmt.Sprintf("SET LOCAL statement_timeout = %d; SET LOCAL work_mem = '64MB'", max(1, accord.SearchTimeout.Milliseconds()))); err != nil {
		return nil, internal("search", err)
	}
	if text {
		// A sequential scan reads every article's out-of-line tsvector; the
		// GIN index reads none for word queries. The planner does not
		// weigh that, so say it.
		if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
			return nil, internal("search", err)
		}
	}

	// The page: ids and scores.
	var page []scoredID
	switch {
	case q.Limit == 0:
	case text && q.Sort == accord.SortRelevance && q.Offset < accord.RelevanceWindow:
		// Rank the window's matches: their tsvectors only are read.
		cut, err := cutFor(tx, accord.RelevanceWindow)
		if err != nil {
			return nil, err
		}
		win, err := scoredIDs(ctx, tx, with+`, w AS (`+matching(`a.id, a.published`, cut)+` LIMIT `+fmt.Sprint(accord.RelevanceWindow)+`)
			SELECT w.id, w.published, ts_rank_cd(a.search, q.q, 1) AS score FROM w JOIN articles a ON a.id = w.id, q
			ORDER BY score DESC, w.published DESC, w.id`, args...)
		if err != nil {
			return nil, err
		}
		page = win[min(q.Offset, len(win)):min(q.Offset+q.Limit, len(win))]
		if rest := q.Offset + q.Limit - len(win); rest > 0 && len(win) == accord.RelevanceWindow {
			// Older matches than the window's oldest (in newest-first
			// order: an earlier date, or the same date and a later id).
			last := win[0]
			for _, k := range win {
				if k.published < last.published || k.published == last.published && k.id > last.id {
					last = k
				}
			}
			older := strings.Replace(cond, "WHERE ", "WHERE (a.published < "+next(1)+" OR a.published = "+next(1)+" AND a.id > "+next(2)+") AND ", 1)
			more, err := scoredIDs(ctx, tx, with+`SELECT a.id, a.published, 0::real FROM articles a, q `+older+`
				ORDER BY a.published DESC, a.id LIMIT `+next(3)+` OFFSET `+next(4),
				append(args[:n:n], last.published, last.id, rest, max(0, q.Offset-len(win)))...)
			if err != nil {
				return nil, err
			}
			page = append(page, more...)
		}
	default:
		cut, err := cutFor(tx, q.Offset+q.Limit)
		if err != nil {
			return nil, err
		}
		page, err = scoredIDs(ctx, tx, with+matching(`a.id, a.published, 0::real`, cut)+` LIMIT `+next(1)+` OFFSET `+next(2),
			append(args[:n:n], q.Limit, q.Offset)...)
		if err != nil {
			return nil, err
		}
	}

	res := &accord.SearchResults{Hits: []accord.SearchHit{}}
	if len(page) > 0 {
		snippet := "left(a.body, 200)"
		if text {
			snippet = "ts_headline('accord', a.body, q.q, '" + strings.ReplaceAll(headline, "'", "''") + "')"
		}
		ids := make([]string, len(page))
		for i, k := range page {
			ids[i] = k.id
		}
		rows, err := tx.Query(ctx, with+`SELECT `+prefixed("a.", articleColumns)+`, `+snippet+`
			FROM articles a, q WHERE a.id = ANY($`+fmt.Sprint(nq+1)+`)`, append(args[:nq:nq], ids)...)
		if err != nil {
			return nil, internal("search", err)
		}
		byID := map[string]accord.SearchHit{}
		hits, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (accord.SearchHit, error) {
			var h accord.SearchHit
			a := new(accord.Article)
			err := r.Scan(fields(a, &h.Snippet)...)
			h.Article = unkey(a)
			return h, err
		})
		if err != nil {
			return nil, internal("search", err)
		}
		for _, h := range hits {
			byID[h.Article.ID] = h
		}
		for _, k := range page {
			h := byID[k.id]
			h.Score = k.score
			res.Hits = append(res.Hits, h)
		}
	}

	// The count, up to the cap; with the facets of the newest matches.
	if q.Facets {
		var cut string
		if cut, err = cutFor(tx, accord.SearchCap+1); err == nil {
			res.Facets, res.Total, err = facets(ctx, tx, with, matching(`a.id, a.published, a.source`, cut), args)
		}
	} else {
		err = tx.QueryRow(ctx, with+`SELECT count(*) FROM (SELECT 1 FROM articles a, q `+cond+` LIMIT `+fmt.Sprint(accord.SearchCap+1)+`) x`, args...).Scan(&res.Total)
	}
	if err != nil {
		return nil, internal("search", err)
	}
	if res.Total > accord.SearchCap {
		res.Total, res.Capped = accord.SearchCap, true
	}
	return res, nil
}

// wholeTable reports whether a window of w articles of a table of about
// rows is better taken whole: beyond half the table, a window saves
// little. A variable for tests.
var wholeTable = func(rows float64, w int) bool { return float64(w) > rows/2 }

// scoredID is a hit's id, date and score.
type scoredID struct {
	id, published string
	score         float64
}

func scoredIDs(ctx context.Context, tx pgx.Tx, sql string, args ...any) ([]scoredID, error) {
	rows, err := tx.Query(ctx, sql, args...)
	if err != nil {
		return nil, internal("search", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (scoredID, error) {
		var k scoredID
		var score float32
		err := r.Scan(&k.id, &k.published, &score)
		k.score = float64(score)
		return k, err
	})
	if err != nil {
		return nil, internal("search", err)
	}
	return out, nil
}

// facets counts the tags, sources and years of the newest accord.SearchCap
// matches, which matching selects newest first, and returns the count of
// matches up to one beyond the cap.
func facets(ctx context.Context, tx pgx.Tx, with, matching string, args []any) (map[string][]accord.FacetCount, int, error) {
	rows, err := tx.Query(ctx, with+`, c AS MATERIALIZED (`+matching+` LIMIT `+fmt.Sprint(accord.SearchCap+1)+`),
		m AS (SELECT * FROM c ORDER BY published DESC, id LIMIT `+fmt.Sprint(accord.SearchCap)+`)
		SELECT '', '', count(*) FROM c
		UNION ALL
		SELECT t.kind, t.value, count(*) FROM m JOIN article_tags t ON t.article_id = m.id
		WHERE t.kind IN ('`+tagCountry+`', '`+tagArea+`', '`+tagType+`') GROUP BY t.kind, t.value
		UNION ALL
		SELECT '`+accord.FacetSource+`', m.source, count(*) FROM m WHERE m.source <> '' GROUP BY m.source
		UNION ALL
		SELECT '`+accord.FacetYear+`', left(m.published, 4), count(*) FROM m WHERE m.published <> '' GROUP BY left(m.published, 4)
		ORDER BY 1, 3 DESC, 2`, args...)
	if err != nil {
		return nil, 0, err
	}
	out := map[string][]accord.FacetCount{}
	total := 0
	var kind string
	var fc accord.FacetCount
	_, err = pgx.ForEachRow(rows, []any{&kind, &fc.Value, &fc.Count}, func() error {
		if kind == "" {
			total = fc.Count
		} else {
			out[kind] = append(out[kind], fc)
		}
		return nil
	})
	return out, total, err
}

// checkDate accepts "" or a date YYYY-MM-DD.
func checkDate(field, d string) error {
	if d == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		return accord.ErrorAt(accord.EINVALID, field, "%q is not a date YYYY-MM-DD", d)
	}
	return nil
}

// prefixed qualifies a comma-separated column list with a table prefix.
func prefixed(prefix, cols string) string {
	parts := strings.Split(cols, ", ")
	for i, p := range parts {
		parts[i] = prefix + p
	}
	return strings.Join(parts, ", ")
}
