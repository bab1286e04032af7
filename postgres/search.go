package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
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
// ones newest first. Every query is bounded: the matches are read from
// search_docs (one narrow row per article, partitioned by month) month by
// month, newest first, until accord.SearchCap+1 of them are found (see
// walk): a word in every article costs the GIN entries of a month or two,
// not of the whole store. The filters are lexemes of the same tsvector, so
// that they are conditions of the same index scan. The count stops at
// accord.SearchCap+1 matches; the facets count the tags of the newest
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
	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, internal("search", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	// The server ends the statement itself should the client's cancel
	// request be lost. A sequential scan of a month reads every article's
	// tsvector; the GIN index reads none for word queries. The planner does
	// not weigh that, so say it.
	// The walk's queries are planned once per connection (generic plans,
	// pruned when run: see walk.next). A generic plan does not know how
	// selective a tsquery is and would walk an index reading every
	// tsvector: bitmap scans only. It also guesses a month's rows to be
	// many more than they are, and would start parallel workers and JIT
	// compilation (hundreds of milliseconds) for a few thousand rows.
	if _, err := tx.Exec(ctx, fmt.Sprintf("SET LOCAL statement_timeout = %d; SET LOCAL work_mem = '64MB'; SET LOCAL enable_seqscan = off; SET LOCAL plan_cache_mode = force_generic_plan; SET LOCAL enable_indexscan = off; SET LOCAL jit = off; SET LOCAL max_parallel_workers_per_gather = 0",
		max(1, accord.SearchTimeout.Milliseconds()))); err != nil {
		return nil, internal("search", err)
	}

	// The text query and the filters, as tsquery texts: the month queries
	// then carry constants the planner can weigh.
	text := strings.TrimSpace(q.Query) != ""
	var tsq, cond string // the words' query; the condition (words and filters)
	var filters []string
	if q.Source != "" {
		filters = append(filters, lexeme(docTag(accord.FacetSource, q.Source)))
	}
	for _, c := range q.Countries {
		filters = append(filters, lexeme(docTag(tagCountry, c)))
	}
	for _, area := range q.Areas {
		filters = append(filters, lexeme(docTag(tagArea, area)))
	}
	if len(q.Types) > 0 {
		var alts []string
		for _, t := range q.Types {
			alts = append(alts, lexeme(docTag(tagType, t)))
		}
		filters = append(filters, "("+strings.Join(alts, " | ")+")")
	}
	if text {
		pq, err := parseQuery(q.Query)
		if err != nil {
			return nil, err
		}
		var args []any
		arg := func(v any) string {
			args = append(args, v)
			return fmt.Sprintf("$%d", len(args))
		}
		words, pairs := pq.tsquery(arg, false), pq.tsquery(arg, true)
		var t, c *string
		if err := tx.QueryRow(ctx, `SELECT (`+words+`)::text, (`+pairs+`)::text`, args...).Scan(&t, &c); err != nil {
			return nil, internal("search", err)
		}
		if t == nil || c == nil { // no word at all: nothing matches
			res := &accord.SearchResults{Hits: []accord.SearchHit{}}
			if q.Facets {
				res.Facets = map[string][]accord.FacetCount{}
			}
			return res, nil
		}
		tsq, cond = *t, "("+*c+")"
	}
	if len(filters) > 0 {
		if cond != "" {
			cond += " & "
		}
		cond += strings.Join(filters, " & ")
	}

	w, err := newWalk(ctx, tx, q, cond, tsq)
	if err != nil {
		return nil, err
	}
	need := max(q.Offset+q.Limit, accord.SearchCap+1)
	var found []scoredID
	if text && q.Sort == accord.SortRelevance {
		// Rank the newest matches (their tsvectors only are read); older
		// ones follow, newest first.
		win, err := w.next(accord.RelevanceWindow, true)
		if err != nil {
			return nil, err
		}
		slices.SortStableFunc(win, func(a, b scoredID) int {
			if a.score != b.score {
				if a.score > b.score {
					return -1
				}
				return 1
			}
			return 0 // already newest first
		})
		found = win
	}
	more, err := w.next(need-len(found), false)
	if err != nil {
		return nil, err
	}
	found = append(found, more...)

	res := &accord.SearchResults{Hits: []accord.SearchHit{}, Total: len(found)}
	if res.Total > accord.SearchCap {
		res.Total, res.Capped = accord.SearchCap, true
	}
	if q.Facets {
		res.Facets = facets(found[:min(len(found), accord.SearchCap)])
	}
	page := found[min(q.Offset, len(found)):min(q.Offset+q.Limit, len(found))]
	if len(page) > 0 {
		snippet := "left(a.body, 200)"
		args := []any{nil}
		if text {
			snippet = "ts_headline('accord', a.body, $2::tsquery, '" + strings.ReplaceAll(headline, "'", "''") + "')"
			args = append(args, tsq)
		}
		ids := make([]string, len(page))
		for i, k := range page {
			ids[i] = k.id
		}
		args[0] = ids
		rows, err := tx.Query(ctx, `SELECT `+prefixed("a.", articleColumns)+`, `+snippet+`
			FROM articles a WHERE a.id = ANY($1)`, args...)
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
	return res, nil
}

// scoredID is a match: its id, date, search tags and score.
type scoredID struct {
	id, published string
	tags          []string
	score         float64
}

// facets counts the tags, sources and years of matches.
func facets(found []scoredID) map[string][]accord.FacetCount {
	counts := map[string]map[string]int{}
	add := func(kind, value string) {
		if counts[kind] == nil {
			counts[kind] = map[string]int{}
		}
		counts[kind][value]++
	}
	for _, k := range found {
		for _, t := range k.tags {
			if kind, value, ok := strings.Cut(t, " "); ok && value != "" {
				add(kind, value)
			}
		}
		if len(k.published) >= 4 {
			add(accord.FacetYear, k.published[:4])
		}
	}
	out := map[string][]accord.FacetCount{}
	for kind, m := range counts {
		for v, n := range m {
			out[kind] = append(out[kind], accord.FacetCount{Value: v, Count: n})
		}
		slices.SortFunc(out[kind], func(a, b accord.FacetCount) int {
			if a.Count != b.Count {
				return b.Count - a.Count
			}
			return strings.Compare(a.Value, b.Value)
		})
	}
	return out
}

// lexeme quotes a search tag as a tsquery lexeme.
func lexeme(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", "''") + "'"
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
