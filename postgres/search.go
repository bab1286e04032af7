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

// defaultLimit is the page size of a search without a Limit.
const defaultLimit = 20

// headline is the ts_headline option string: a passage or two around the
// matches, with accord's marks around each match.
var headline = fmt.Sprintf("StartSel=%s, StopSel=%s, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"",
	accord.MarkStart, accord.MarkEnd)

// Search runs a full-text query. The query (words, "exact phrases", OR,
// -exclusion; see parseQuery) becomes a tsquery built from one
// phraseto_tsquery per term, so that no text is syntax to PostgreSQL.
// Matches rank by ts_rank_cd, titles (weight A) above bodies (weight B). An
// empty query lists the articles the filters select, newest first.
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
	if q.Limit < 0 {
		return nil, accord.ErrorAt(accord.EINVALID, "limit", "limit must not be negative")
	}
	if q.Limit == 0 {
		q.Limit = defaultLimit
	}
	if q.Offset < 0 {
		return nil, accord.ErrorAt(accord.EINVALID, "offset", "offset must not be negative")
	}
	if err := checkDate("from", q.From); err != nil {
		return nil, err
	}
	if err := checkDate("to", q.To); err != nil {
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
	// matching returns the CTEs q and m, m being every matching article
	// with a score.
	matching := func(score string) string {
		return `WITH q AS (SELECT ` + query + ` AS q),
		m AS (SELECT a.id, a.published, a.source, ` + score + ` AS score FROM articles a, q ` + cond + `)`
	}
	matches := matching("0::real")

	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, internal("search", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	// The server ends the statement itself should the client's cancel
	// request be lost.
	if _, err := tx.Exec(ctx, fmt.Sprintf("SET LOCAL statement_timeout = %d", max(1, accord.SearchTimeout.Milliseconds()))); err != nil {
		return nil, internal("search", err)
	}

	// Without words, the newest articles come first.
	score, snippet := "0::real", "left(a.body, 200)"
	probe := 0
	if text {
		// A sequential scan reads every article's out-of-line tsvector; a
		// bitmap scan of the GIN index with exact (not lossy) pages reads
		// none for word queries. The planner does not weigh that, so say it.
		if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off; SET LOCAL work_mem = '64MB'`); err != nil {
			return nil, internal("search", err)
		}
		// Ranking reads each match's tsvector too: count up to rankAll
		// matches to choose the ranking.
		err := tx.QueryRow(ctx, matches+` SELECT count(*) FROM (SELECT 1 FROM m LIMIT `+fmt.Sprint(rankAll+1)+`) x`, args...).Scan(&probe)
		if err != nil {
			return nil, internal("search", err)
		}
		score = "ts_rank_cd(a.search, q.q, 1)"
		if probe > rankAll {
			score = "ts_rank_cd(a.title_search, q.q, 1)"
		}
		snippet = "ts_headline('accord', a.body, q.q, '" + strings.ReplaceAll(headline, "'", "''") + "')"
	}

	// One pass ranks the page and counts all matches, unless the offset is
	// past the end.
	res := &accord.SearchResults{Total: -1}
	if !text || probe > rankAll || probe > q.Offset {
		n := len(args)
		page := matching(score) + `,
		p AS (SELECT m.id, m.score, count(*) OVER () AS total FROM m
			ORDER BY m.score DESC, m.published DESC, m.id LIMIT $` + fmt.Sprint(n+1) + ` OFFSET $` + fmt.Sprint(n+2) + `)
		SELECT ` + prefixed("a.", articleColumns) + `, p.score, ` + snippet + `, p.total
		FROM p JOIN articles a ON a.id = p.id, q
		ORDER BY p.score DESC, a.published DESC, a.id`
		rows, err := tx.Query(ctx, page, append(args[:n:n], q.Limit, q.Offset)...)
		if err != nil {
			return nil, internal("search", err)
		}
		res.Hits, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (accord.SearchHit, error) {
			var h accord.SearchHit
			a := new(accord.Article)
			var score float32
			err := r.Scan(fields(a, &score, &h.Snippet, &res.Total)...)
			h.Article, h.Score = unkey(a), float64(score)
			return h, err
		})
		if err != nil {
			return nil, internal("search", err)
		}
	}
	if res.Hits == nil {
		res.Hits = []accord.SearchHit{}
	}
	switch {
	case res.Total >= 0:
	case text && probe <= rankAll:
		res.Total = probe
	default:
		if err := tx.QueryRow(ctx, matches+` SELECT count(*) FROM m`, args...).Scan(&res.Total); err != nil {
			return nil, internal("search", err)
		}
	}
	if q.Facets {
		if res.Facets, err = facets(ctx, tx, matches, args); err != nil {
			return nil, internal("search facets", err)
		}
	}
	return res, nil
}

// rankAll is the largest number of matches ranked on titles and bodies.
// Ranking reads each match's tsvector, about 5 µs apiece; beyond this many,
// matches rank on their titles alone, then newest first.
var rankAll = 20000 // a variable for tests

// facets counts the matching articles per tag, source and year.
func facets(ctx context.Context, tx pgx.Tx, matches string, args []any) (map[string][]accord.FacetCount, error) {
	rows, err := tx.Query(ctx, matches+`
		SELECT t.kind, t.value, count(*) FROM m JOIN article_tags t ON t.article_id = m.id
		WHERE t.kind IN ('`+tagCountry+`', '`+tagArea+`', '`+tagType+`') GROUP BY t.kind, t.value
		UNION ALL
		SELECT '`+accord.FacetSource+`', m.source, count(*) FROM m WHERE m.source <> '' GROUP BY m.source
		UNION ALL
		SELECT '`+accord.FacetYear+`', left(m.published, 4), count(*) FROM m WHERE m.published <> '' GROUP BY left(m.published, 4)
		ORDER BY 1, 3 DESC, 2`, args...)
	if err != nil {
		return nil, err
	}
	out := map[string][]accord.FacetCount{}
	var kind string
	var fc accord.FacetCount
	_, err = pgx.ForEachRow(rows, []any{&kind, &fc.Value, &fc.Count}, func() error {
		out[kind] = append(out[kind], fc)
		return nil
	})
	return out, err
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
