package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/accordhq/accord"
)

// Search runs a full-text query. Hits come newest first, or, with
// accord.SortRelevance, the newest accord.RelevanceWindow matches ranked by
// weights of their own (see rank; a title match worth ten body matches),
// and then the older ones newest first. Articles are keyed in date order (see nDay), so the
// full-text index lists matches newest first by walking its rowids
// backwards, and every query below stops at its LIMIT: the page, the count
// (up to accord.SearchCap) and the facets (of the newest SearchCap) cost
// what those matches cost, not what all matches would. An empty query lists
// the articles the filters select, newest first.
//
// A search runs under accord.SearchTimeout, and at most half the reader
// connections search at once, so that searches never take every connection
// from the other reads.
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

// matching is a query selecting the keys (n) of the articles a search
// matches, in any order; "ORDER BY n DESC LIMIT k" on it walks the index
// backwards and stops after k.
type matching struct {
	sql  string
	args []any
	// key is the column of the key: f.rowid when the full-text index
	// selects, a.n otherwise.
	key string
	// match is the FTS5 expression of the words, "" without words; fts is
	// the whole expression: the words and the filters (terms of the tags
	// column) ANDed, "" without either, in the vocabulary of table.
	match, fts string
	// table is the full-text table that selects: articles_fts, or
	// articles_pairs when a term is a two-word phrase (see terms.go).
	// Snippets read articles_fts, with match.
	table string
	// groups are the words' groups of alternatives (quoted), for ranking;
	// single when the query is one term and nothing else.
	groups [][]string
	single bool
}

// sel returns the matching query selecting cols (with n for the key, and
// f the full-text table when there are words) in newest-first order.
func (m *matching) sel(cols string) string {
	return `SELECT ` + cols + ` ` + m.sql + ` ORDER BY n DESC`
}

// tagTerm is the FTS5 term of the tag kind:value in the tags column
// (migration 0010): its bytes in hex, one token, matched exactly.
func tagTerm(kind, value string) string {
	return `"` + strings.ToUpper(hex.EncodeToString([]byte(kind+":"+value))) + `"`
}

// searchPairs: phrases of two words are searched in articles_pairs (off in
// tests, to compare with articles_fts's phrase queries).
var searchPairs = true

func newMatching(q accord.SearchQuery) (*matching, error) {
	m := new(matching)
	// The filters are terms of the tags column: the index intersects them
	// with the words, skipping along the doclists, instead of one tag lookup
	// per match of the words.
	var filters []string
	if q.Source != "" {
		filters = append(filters, tagTerm("source", q.Source))
	}
	for _, c := range q.Countries {
		filters = append(filters, tagTerm("country", c))
	}
	for _, area := range q.Areas {
		filters = append(filters, tagTerm("area", area))
	}
	if len(q.Types) > 0 {
		alts := make([]string, len(q.Types))
		for i, t := range q.Types {
			alts[i] = tagTerm("type", t)
		}
		filters = append(filters, "("+strings.Join(alts, " OR ")+")")
	}
	var parts []string
	if strings.TrimSpace(q.Query) != "" {
		pq, err := parseQuery(q.Query)
		if err != nil {
			return nil, err
		}
		m.match = pq.match()
		m.groups = pq.groups
		m.single = len(pq.groups) == 1 && len(pq.groups[0]) == 1 && len(pq.not) == 0 && len(filters) == 0
		words := m.match
		if pp, ok := pq.pairs(); ok && searchPairs {
			m.table, m.groups, words = "articles_pairs", pp.groups, pp.match()
		}
		parts = append(parts, "("+words+")")
	}
	parts = append(parts, filters...)
	var b strings.Builder
	if len(parts) == 0 {
		m.key = "a.n"
		b.WriteString(`FROM articles a INDEXED BY articles_n WHERE 1`)
	} else {
		m.key = "f.rowid"
		m.fts = strings.Join(parts, " AND ")
		if m.table == "" {
			m.table = "articles_fts"
		}
		b.WriteString(`FROM ` + m.table + ` f WHERE ` + m.table + ` MATCH ?`)
		m.args = append(m.args, m.fts)
	}
	// Dates are ranges of keys, which the index reads as bounds.
	if q.From != "" {
		b.WriteString(` AND ` + m.key + ` >= ` + dayOf("?") + ` * ` + nDay)
		m.args = append(m.args, q.From)
	}
	if q.To != "" {
		b.WriteString(` AND ` + m.key + ` < (` + dayOf("?") + ` + 1) * ` + nDay)
		m.args = append(m.args, q.To)
	}
	m.sql = b.String()
	return m, nil
}

func (db *DB) search(ctx context.Context, q accord.SearchQuery) (*accord.SearchResults, error) {
	for _, d := range []struct{ where, date string }{{"from", q.From}, {"to", q.To}} {
		if _, err := time.Parse(time.DateOnly, d.date); d.date != "" && err != nil {
			return nil, accord.ErrorAt(accord.EINVALID, d.where, "%q is not a date (YYYY-MM-DD)", d.date)
		}
	}
	if err := accord.CheckSearch(&q); err != nil {
		return nil, err
	}
	m, err := newMatching(q)
	if err != nil {
		return nil, err
	}
	key := m.key + " AS n"

	// One read transaction, so that the page, the count and the facets
	// see the same articles.
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal("search", err)
	}
	defer tx.Rollback()

	// The keys the facets count, when the window is among them: one walk
	// of the index for both.
	var facetKeys []int64
	if q.Facets && q.Limit > 0 && q.Sort == accord.SortRelevance && m.match != "" && q.Offset < accord.RelevanceWindow {
		if facetKeys, err = matchKeys(ctx, tx, m.sel(key)+` LIMIT `+strconv.Itoa(accord.SearchCap+1), m.args...); err != nil {
			return nil, err
		}
	}

	// The page: keys and scores.
	var page []scored
	switch {
	case q.Limit == 0:
	case q.Sort == accord.SortRelevance && m.match != "" && q.Offset < accord.RelevanceWindow:
		// The newest matches of the window, ranked; then older ones.
		var win []scored
		if facetKeys != nil {
			for _, n := range facetKeys[:min(len(facetKeys), accord.RelevanceWindow)] {
				win = append(win, scored{n: n})
			}
		} else if win, err = keys(ctx, tx, m.sel(key+`, 0`)+` LIMIT `+strconv.Itoa(accord.RelevanceWindow), m.args...); err != nil {
			return nil, err
		}
		if err := rank(ctx, tx, m, win); err != nil {
			return nil, err
		}
		page = win[min(q.Offset, len(win)):min(q.Offset+q.Limit, len(win))]
		if m.table == "articles_fts" {
			if err := windowSnippets(ctx, tx, m, win, page); err != nil {
				return nil, err
			}
		}
		if rest := q.Offset + q.Limit - len(win); rest > 0 && len(win) == accord.RelevanceWindow {
			oldest := win[0].n
			for _, k := range win {
				oldest = min(oldest, k.n)
			}
			more, err := keys(ctx, tx, `SELECT n, 0 FROM (`+m.sel(key)+`) WHERE n < ? ORDER BY n DESC LIMIT ?`, append(m.args, oldest, rest)...)
			if err != nil {
				return nil, err
			}
			page = append(page, more...)
		}
	default:
		cols := key + `, 0`
		if m.match != "" && m.table == "articles_fts" {
			// The snippets with the page: the index has the page's
			// matches at hand, where a query per hit would seek each
			// of the query's terms in every segment of the index again.
			// The filters' terms are of the tags column, which the
			// snippets (of the body) do not weigh.
			cols += `, ` + snippetOf
		}
		page, err = keys(ctx, tx, m.sel(cols)+` LIMIT ? OFFSET ?`, append(m.args, q.Limit, q.Offset)...)
		if err != nil {
			return nil, err
		}
	}

	res := &accord.SearchResults{Hits: []accord.SearchHit{}}
	if err := hits(ctx, tx, m, page, res); err != nil {
		return nil, err
	}

	// The count, up to the cap; with the facets of the same matches.
	if q.Facets {
		res.Facets, res.Total, err = facets(ctx, tx, m, key, facetKeys)
	} else {
		err = tx.QueryRowContext(ctx, `SELECT count(*) FROM (`+m.sel(key)+` LIMIT `+strconv.Itoa(accord.SearchCap+1)+`)`, m.args...).Scan(&res.Total)
	}
	if err != nil {
		return nil, internal("search", err)
	}
	if res.Total > accord.SearchCap {
		res.Total, res.Capped = accord.SearchCap, true
	}
	return res, nil
}

// scored is the key of a hit and its score, and its snippet if the query
// that found it made one.
type scored struct {
	n       int64
	score   float64
	snippet *string
}

// windowSnippets makes the snippets of the page's hits, ranked matches of
// the window, in one walk of the window's matches in the index (the keys
// from the oldest to the newest match all match): one query per hit would
// seek each of the query's terms in every segment of the index again, at
// the cost of a walk of the window each time.
func windowSnippets(ctx context.Context, tx *sql.Tx, m *matching, win, page []scored) error {
	if len(page) == 0 {
		return nil
	}
	lo, hi := win[0].n, win[0].n
	for _, k := range win {
		lo, hi = min(lo, k.n), max(hi, k.n)
	}
	at := make(map[int64]int, len(page))
	ns := make([]int64, len(page))
	for i, k := range page {
		at[k.n] = i
		ns[i] = k.n
	}
	list, err := json.Marshal(ns)
	if err != nil {
		return internal("search snippets", err)
	}
	// +rowid: the list filters the walk, and is not the index's
	// constraint (which would be a search of the index per key).
	rows, err := tx.QueryContext(ctx, `SELECT rowid, `+snippetOf+` FROM articles_fts
		WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))`,
		m.fts, lo, hi, string(list))
	if err != nil {
		return internal("search snippets", err)
	}
	defer rows.Close()
	for rows.Next() {
		var n int64
		s := new(string)
		if err := rows.Scan(&n, s); err != nil {
			return internal("search snippets", err)
		}
		if i, ok := at[n]; ok {
			page[i].snippet = s
		}
	}
	if err := rows.Err(); err != nil {
		return internal("search snippets", err)
	}
	return nil
}

// snippetOf is the snippet of a match of articles_fts: 24 tokens of the
// body, the matches between char(2) and char(3).
const snippetOf = `snippet(articles_fts, 1, char(2), char(3), '…', 24)`

func keys(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]scored, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, internal("search", err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, internal("search", err)
	}
	var out []scored
	for rows.Next() {
		var k scored
		dest := []any{&k.n, &k.score}
		if len(cols) > 2 {
			k.snippet = new(string)
			dest = append(dest, k.snippet)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, internal("search", err)
		}
		out = append(out, k)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("search", err)
	}
	return out, nil
}

// hits loads the articles of the page's keys, in their order, with their
// snippets: snippet() runs for the page's hits only.
func hits(ctx context.Context, tx *sql.Tx, m *matching, page []scored, res *accord.SearchResults) error {
	if len(page) == 0 {
		return nil
	}
	art, err := tx.PrepareContext(ctx, `SELECT `+articleColumns+`, substr(body, 1, 160) FROM articles WHERE n = ?`)
	if err != nil {
		return internal("search", err)
	}
	defer art.Close()
	var snip *sql.Stmt
	if m.match != "" && slices.ContainsFunc(page, func(k scored) bool { return k.snippet == nil }) {
		snip, err = tx.PrepareContext(ctx, `SELECT `+snippetOf+` FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`)
		if err != nil {
			return internal("search", err)
		}
		defer snip.Close()
	}
	for _, k := range page {
		h := accord.SearchHit{Article: new(accord.Article), Score: k.score}
		if err := scanArticle(art.QueryRowContext(ctx, k.n), h.Article, &h.Snippet); err != nil {
			return internal("search", err)
		}
		switch {
		case k.snippet != nil:
			h.Snippet = *k.snippet
		case snip != nil:
			if err := snip.QueryRowContext(ctx, m.match, k.n).Scan(&h.Snippet); err != nil {
				return internal("search snippet", err)
			}
		}
		res.Hits = append(res.Hits, h)
	}
	return nil
}

// facets counts the facet values and years of the newest
// accord.SearchCap matches, and the matches up to one more than that. No
// article row is read: the year is the key's. The values of a block of
// keys with several matches come from its facet_blocks row (migration
// 0022), those of a match alone in its block (or nearly) from its
// article_facets row: a block row is some thirty times the size of an
// article's.
func facets(ctx context.Context, tx *sql.Tx, m *matching, key string, ns []int64) (map[string][]accord.FacetCount, int, error) {
	// The newest SearchCap+1 matches count, the first SearchCap facet
	// (ns, when the caller has them).
	if ns == nil {
		var err error
		if ns, err = matchKeys(ctx, tx, m.sel(key)+` LIMIT `+strconv.Itoa(accord.SearchCap+1), m.args...); err != nil {
			return nil, 0, err
		}
	}
	total := len(ns)
	ns = ns[:min(len(ns), accord.SearchCap)]
	days := map[int64]int{}
	for _, n := range ns {
		if n>>24 > 0 {
			days[n>>24]++
		}
	}
	// The blocks of the matches (the keys come newest first, so a block's
	// matches are together), each with the set of its matches' places.
	type block struct {
		b     int64
		n     int
		first int // ns[first:first+n] are its matches
	}
	var blocks []block
	for i, n := range ns {
		if len(blocks) == 0 || blocks[len(blocks)-1].b != n>>blockBits {
			blocks = append(blocks, block{b: n >> blockBits, first: i})
		}
		blocks[len(blocks)-1].n++
	}
	var byBlock, byKey []int64
	places := map[int64]*[4]uint64{}
	for _, bl := range blocks {
		if bl.n < minBlockMatches {
			byKey = append(byKey, ns[bl.first:bl.first+bl.n]...)
			continue
		}
		byBlock = append(byBlock, bl.b)
		set := new([4]uint64)
		for _, n := range ns[bl.first : bl.first+bl.n] {
			set[(n&blockMask)>>6] |= 1 << (n & 63)
		}
		places[bl.b] = set
	}
	// The tags are counted as bytes, each distinct kind:value made a
	// string once: ten thousand articles of five tags each are the whole
	// cost of a facet search besides the index walk.
	tc := newTagCounter()
	if err := eachRow(ctx, tx, `SELECT x.n, x.tags FROM json_each(?) j CROSS JOIN article_facets x ON x.n = j.value`, byKey, func(_ int64, tags []byte) error {
		tc.add(tags, 1)
		return nil
	}); err != nil {
		return nil, 0, internal("search facets", err)
	}
	var r blockReader
	var local []int // of the block's tags
	if err := eachRow(ctx, tx, `SELECT x.b, x.data FROM json_each(?) j CROSS JOIN facet_blocks x ON x.b = j.value`, byBlock, func(b int64, data []byte) error {
		set := places[b]
		if set == nil {
			return nil
		}
		if err := r.reset(data); err != nil {
			return err
		}
		if cap(local) < len(r.dict) {
			local = make([]int, len(r.dict))
		}
		local = local[:len(r.dict)]
		clear(local)
		if err := r.count(set, local); err != nil {
			return err
		}
		for i, c := range local {
			if c > 0 {
				t, _ := r.tag(uint64(i))
				tc.add(t, c)
			}
		}
		return nil
	}); err != nil {
		return nil, 0, internal("search facets", err)
	}
	tagNames, tagCounts := tc.names, tc.counts
	counts := map[string]map[string]int{}
	for i, t := range tagNames {
		kind, value, _ := strings.Cut(t, ":")
		if counts[kind] == nil {
			counts[kind] = map[string]int{}
		}
		counts[kind][value] += tagCounts[i]
	}
	epoch := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	years := map[string]int{}
	for d, c := range days {
		years[strconv.Itoa(epoch.AddDate(0, 0, int(d)).Year())] += c
	}
	counts[accord.FacetYear] = years
	out := make(map[string][]accord.FacetCount)
	for kind, vs := range counts {
		if len(vs) == 0 {
			continue
		}
		fc := make([]accord.FacetCount, 0, len(vs))
		for v, c := range vs {
			fc = append(fc, accord.FacetCount{Value: v, Count: c})
		}
		facetOrder(fc)
		out[kind] = fc
	}
	return out, total, nil
}

// minBlockMatches is the fewest matches in a block of keys for which a
// search's facets read the block's facet_blocks row rather than the
// matches' article_facets rows.
const minBlockMatches = 4

// tagCounter counts kind:value tags given as bytes, making each distinct
// one a string once.
type tagCounter struct {
	at     map[string]int
	names  []string
	counts []int
}

func newTagCounter() *tagCounter { return &tagCounter{at: map[string]int{}} }

// add counts c times the tags of one article_facets row (joined by
// facetSep), or one tag.
func (tc *tagCounter) add(tags []byte, c int) {
	for t := range bytes.SplitSeq(tags, []byte(facetSep)) {
		if i, ok := tc.at[string(t)]; ok {
			tc.counts[i] += c
		} else if bytes.IndexByte(t, ':') >= 0 {
			tc.at[string(t)] = len(tc.names)
			tc.names = append(tc.names, string(t))
			tc.counts = append(tc.counts, c)
		}
	}
}

// eachRow runs query (a key and bytes a row) with keys as a JSON list,
// unless there are none, and passes each row to fn. The queries look the
// keys up in the list's order (CROSS JOIN): "IN (SELECT value FROM
// json_each(?))" would first sort them into a temporary index.
func eachRow(ctx context.Context, tx *sql.Tx, query string, keys []int64, fn func(int64, []byte) error) error {
	if len(keys) == 0 {
		return nil
	}
	list, err := json.Marshal(keys)
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, query, string(list))
	if err != nil {
		return err
	}
	defer rows.Close()
	var n int64
	var b sql.RawBytes
	for rows.Next() {
		if err := rows.Scan(&n, &b); err != nil {
			return err
		}
		if err := fn(n, b); err != nil {
			return err
		}
	}
	return rows.Err()
}

// matchKeys returns the keys (the first column) a query selects, in its
// order.
func matchKeys(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, internal("search", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n); err != nil {
			return nil, internal("search", err)
		}
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, internal("search", err)
	}
	return out, nil
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

// OptimizeSearch merges each full-text index (articles_fts, articles_pairs)
// into one segment. Written a batch at a time, an index is a stack of
// segments (a dozen at a million articles), and every term of a query is
// sought in each of them and their doclists merged as they are read: after
// a large ingest, one segment makes a search's walk of the index about a
// third cheaper (and a phrase, an alternative or an exclusion up to half).
// The merge rewrites the indexes (about a tenth of the store's size) in one
// write transaction; later batches add segments again, which the index's
// own merging keeps few.
func (db *DB) OptimizeSearch(ctx context.Context) error {
	if db.readOnly {
		return accord.Errorf(accord.EINVALID, "optimize: the store is open read-only")
	}
	for _, t := range []string{"articles_fts", "articles_pairs"} {
		if _, err := db.w.ExecContext(ctx, `INSERT INTO `+t+` (`+t+`) VALUES ('optimize')`); err != nil {
			return internal("optimize "+t, err)
		}
	}
	return nil
}
