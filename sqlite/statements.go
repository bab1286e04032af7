package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"hash/fnv"
	"runtime"
	"strings"
	"sync"

	"github.com/accordhq/accord"
)

// A target's Mentions and History live in target_statements, one row a
// statement, and their counts in target_parts (migration 0009): a busy
// pair's target is restated by thousands of articles, and a save appends
// the new statements instead of rewriting them all.

// targetHead returns the target as its entities row keeps it: without its
// lists.
func targetHead(t *accord.Target) accord.Target {
	h := *t
	h.Mentions, h.History = nil, nil
	return h
}

// statements is a target's lists encoded, one JSON value a statement.
type statements struct {
	m, h  [][]byte
	mNull bool // Mentions is nil (JSON null), not empty
}

func encodeStatements(t *accord.Target) (*statements, error) {
	s := &statements{mNull: t.Mentions == nil}
	for i := range t.Mentions {
		b, err := json.Marshal(&t.Mentions[i])
		if err != nil {
			return nil, err
		}
		s.m = append(s.m, b)
	}
	for i := range t.History {
		b, err := json.Marshal(&t.History[i])
		if err != nil {
			return nil, err
		}
		s.h = append(s.h, b)
	}
	return s, nil
}

// hash of the first m mentions and h history entries; never 0, which says
// "unknown".
func (s *statements) hash(m, h int) int64 {
	f := fnv.New64a()
	for _, b := range s.m[:m] {
		f.Write(b)
		f.Write([]byte{0})
	}
	f.Write([]byte{1})
	for _, b := range s.h[:h] {
		f.Write(b)
		f.Write([]byte{0})
	}
	v := int64(f.Sum64())
	if v == 0 {
		v = 1
	}
	return v
}

// statementStmts are the prepared statements of saveStatements, with what
// the writer stored of targets' lists (see savedCache): changed holds this
// transaction's, committed to cache after the transaction (nil: forgotten).
type statementStmts struct {
	parts, setParts, delParts, ins, delAll, delStaged, all, arts, kept *sql.Stmt

	cache   *savedCache
	reset   bool
	staged  int // statements inserted (into target_statements_staged)
	changed map[string]*savedLists
	probes  map[string]*probe
}

var statementSQL = []string{
	`SELECT m, h, hash FROM target_parts WHERE target = ?`,
	`INSERT INTO target_parts (target, m, h, hash) VALUES (?, ?, ?, ?)
		ON CONFLICT (target) DO UPDATE SET m = excluded.m, h = excluded.h, hash = excluded.hash`,
	`DELETE FROM target_parts WHERE target = ?`,
	// A statement of history (list 1) with its article's head (migration
	// 0021), looked up here: the articles of a save are stored before it.
	`INSERT INTO target_statements_staged (target, list, i, data, title, file, source, published)
		SELECT ?1, ?2, ?3, ?4, a.title, a.file, a.source, a.published
		FROM (SELECT 1) LEFT JOIN articles a ON a.id = CASE WHEN ?2 = 1 THEN json_extract(?4, '$.article') END`,
	`DELETE FROM target_statements WHERE target = ?`,
	`DELETE FROM target_statements_staged WHERE target = ?`,
	`SELECT list, i, data FROM ` + statementsFrom + ` WHERE target = ? ORDER BY list, i`,
	`SELECT DISTINCT json_extract(data, '$.article') FROM ` + statementsFrom + ` WHERE target = ? AND list = 0`,
	// The stored statements a bounded target's lists keep (saveBounded).
	keptSQL(">") + ` ORDER BY list, i`,
}

// statementsFrom is every statement, stored or staged (migration 0025):
// SQLite reads it as one search of each table's key, merged in key order.
const statementsFrom = `(SELECT target, list, i, data, title, file, source, published FROM target_statements
	UNION ALL SELECT target, list, i, data, title, file, source, published FROM target_statements_staged)`

// keptSQL selects (list, i, data) of a target's first statement of each
// list and of those from (op ">=") or after (">") an index, ?2 for mentions
// and ?3 for history: four ranges of the (target, list, i) index (with an
// OR, SQLite walks every statement of the target), in each table
// (migration 0025).
func keptSQL(op string) string { return keptCols(op, "list, i, data") }

// keptCols is keptSQL selecting cols.
func keptCols(op, cols string) string {
	var parts []string
	for _, r := range []string{"list = 0 AND i = 0", "list = 0 AND i " + op + " ?2", "list = 1 AND i = 0", "list = 1 AND i " + op + " ?3"} {
		parts = append(parts, "SELECT "+cols+" FROM target_statements WHERE target = ?1 AND "+r,
			"SELECT "+cols+" FROM target_statements_staged WHERE target = ?1 AND "+r)
	}
	return strings.Join(parts, " UNION ALL ")
}

func prepareStatements(ctx context.Context, tx *sql.Tx, cache *savedCache, reset bool) (*statementStmts, error) {
	out := statementStmts{cache: cache, reset: reset, changed: map[string]*savedLists{}, probes: map[string]*probe{}}
	for i, dst := range []**sql.Stmt{&out.parts, &out.setParts, &out.delParts, &out.ins, &out.delAll, &out.delStaged, &out.all, &out.arts, &out.kept} {
		st, err := tx.PrepareContext(ctx, statementSQL[i])
		if err != nil {
			out.close()
			return nil, err
		}
		*dst = st
	}
	return &out, nil
}

func (s *statementStmts) close() {
	for _, st := range []*sql.Stmt{s.parts, s.setParts, s.delParts, s.ins, s.delAll, s.delStaged, s.all, s.arts, s.kept} {
		if st != nil {
			st.Close()
		}
	}
}

// insert stages one statement of target id (statementSQL's insert).
func (s *statementStmts) insert(ctx context.Context, id string, list, i int, data []byte) (sql.Result, error) {
	s.staged++
	return s.ins.ExecContext(ctx, id, list, i, data)
}

// delete forgets a target's lists.
func (s *statementStmts) delete(ctx context.Context, id string) error {
	s.changed[id] = nil
	delete(s.probes, id)
	if _, err := s.delAll.ExecContext(ctx, id); err != nil {
		return err
	}
	if _, err := s.delStaged.ExecContext(ctx, id); err != nil {
		return err
	}
	_, err := s.delParts.ExecContext(ctx, id)
	return err
}

// attachStatements fills decoded targets' lists from their rows. A target
// without a target_parts row keeps the lists its entities row has.
// n > 0 reads only the first and the latest n of each list
// (RecordQuery.Statements). With heads, the heads of the articles their
// histories cite are read with them and kept there.
func attachStatements(ctx context.Context, q querier, ts []accord.Target, n int, heads *statementHeads) error {
	if pq, ok := q.(preparer); ok && len(ts) > 1 {
		p := &prepared{q: pq, stmts: map[string]*sql.Stmt{}}
		defer p.close()
		q = p
	}
	for i := range ts {
		if err := attachOne(ctx, q, &ts[i], n, heads); err != nil {
			return internal("target statements "+ts[i].ID, err)
		}
	}
	return nil
}

// preparer is a querier that prepares statements (*sql.DB, *sql.Tx).
type preparer interface {
	querier
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// prepared is a querier that prepares each query once: a busy pair's
// brief attaches the statements of forty targets, two queries each, and
// parsing the queries anew for each target (the bounded one a union of
// four) took a seventh of the time it spent on them.
type prepared struct {
	q     preparer
	stmts map[string]*sql.Stmt
}

func (p *prepared) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st := p.stmts[query]
	if st == nil {
		var err error
		if st, err = p.q.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
		p.stmts[query] = st
	}
	return st.QueryContext(ctx, args...)
}

func (p *prepared) close() {
	for _, st := range p.stmts {
		st.Close()
	}
}

func attachOne(ctx context.Context, q querier, t *accord.Target, n int, heads *statementHeads) error {
	rows, err := q.QueryContext(ctx, `SELECT m, h FROM target_parts WHERE target = ?`, t.ID)
	if err != nil {
		return err
	}
	m, h, found := 0, 0, false
	for rows.Next() {
		found = true
		if err := rows.Scan(&m, &h); err != nil {
			rows.Close()
			return err
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || !found {
		if err == nil {
			accord.TrimStatements(t, n)
		}
		return err
	}
	t.Mentions, t.History = nil, nil
	// Room for what is read: with n > 0 the first and the latest n, not a
	// busy target's thousands (a busy pair's brief: 3 MB of fresh memory).
	km, kh := m, h
	if n > 0 {
		km, kh = min(m, n+1), min(h, n+1)
	}
	if m >= 0 {
		t.Mentions = make([]accord.Evidence, 0, km)
	}
	if h > 0 {
		t.History = make([]accord.Restatement, 0, kh)
	}
	if n > 0 {
		// The first of each list and the latest n: two ranges of the
		// (target, list, i) index.
		fm, fh := max(m-n, 1), max(h-n, 1)
		t.Unlisted = accord.Unlisted{Mentions: max(fm-1, 0), History: max(fh-1, 0)}
		query := `SELECT list, data FROM (` + keptSQL(">=") + `) ORDER BY list, i`
		if heads != nil {
			query = `SELECT list, data, ` + headCols + ` FROM (` + keptCols(">=", "list, i, data, "+headCols) + `) ORDER BY list, i`
		}
		rows, err = q.QueryContext(ctx, query, t.ID, fm, fh)
		if err != nil {
			return err
		}
		return readStatements(rows, t, heads)
	}
	cols := "list, data"
	if heads != nil {
		cols += ", " + headCols
	}
	rows, err = q.QueryContext(ctx, `SELECT `+cols+` FROM `+statementsFrom+` WHERE target = ? ORDER BY list, i`, t.ID)
	if err != nil {
		return err
	}
	return readStatements(rows, t, heads)
}

// headCols are the columns of a statement's article head (migration 0021).
const headCols = "title, file, source, published"

// statementHeads keeps, in a store that shows one view (OpenView), the
// heads of the articles its targets' histories cite, read with their
// statements (migration 0021): a busy pair's brief cites 840 articles by
// their statements alone, each a lookup by id at a random place of the
// store otherwise. A head is what views cite an article by: its id, title,
// file, source and date (see ArticleHeads). An article's head never
// changes under its id, so a view's copy cannot go stale.
type statementHeads struct {
	mu sync.Mutex
	m  map[string]*accord.Article
}

// put keeps heads by article id.
func (h *statementHeads) put(arts []*accord.Article) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, a := range arts {
		h.m[a.ID] = a
	}
}

// take moves the heads kept of ids into out and returns the ids it has
// none of.
func (h *statementHeads) take(ids []string, out map[string]*accord.Article) []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var rest []string
	for _, id := range ids {
		if a := h.m[id]; a != nil {
			out[id] = a
		} else {
			rest = append(rest, id)
		}
	}
	return rest
}

// readStatements decodes a target's lists. A statement is in both lists,
// decoded twice: its restatement takes the strings of its mention (a busy
// target's lists are most of what a long ingest keeps in memory, issue 10).
// The rows are read first and decoded on every core: the busiest target
// of a million articles has 7,031 statements in each list, and its page
// waited for them one after the other.
func readStatements(rows *sql.Rows, t *accord.Target, heads *statementHeads) error {
	defer rows.Close()
	var lists []int
	var datas [][]byte
	var hs []*accord.Article // with heads: each history row's head, nil if none
	for rows.Next() {
		var list int
		var data []byte
		if heads == nil {
			if err := rows.Scan(&list, &data); err != nil {
				return err
			}
		} else {
			var title, file, source, published sql.NullString
			if err := rows.Scan(&list, &data, &title, &file, &source, &published); err != nil {
				return err
			}
			if list == 1 && title.Valid {
				hs = append(hs, &accord.Article{Title: title.String, File: file.String, Source: source.String, Published: published.String})
			} else if list == 1 {
				hs = append(hs, nil)
			}
		}
		lists, datas = append(lists, list), append(datas, data)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	// Each row decoded into its list's slot: pos is its place in its list.
	pos := make([]int, len(lists))
	var nm, nh int
	for i, list := range lists {
		if list == 0 {
			pos[i], nm = nm, nm+1
		} else {
			pos[i], nh = nh, nh+1
		}
	}
	evs := make([]accord.Evidence, nm)
	rs := make([]accord.Restatement, nh)
	errs := make([]error, len(datas))
	decode := func(i int) {
		if lists[i] == 0 {
			errs[i] = unmarshal(datas[i], &evs[pos[i]])
		} else {
			errs[i] = unmarshal(datas[i], &rs[pos[i]])
		}
	}
	if workers := min(runtime.GOMAXPROCS(0), 1+len(datas)/256); workers > 1 {
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				for i := w; i < len(datas); i += workers {
					decode(i)
				}
			})
		}
		wg.Wait()
	} else {
		for i := range datas {
			decode(i)
		}
	}
	for _, err := range errs {
		if err != nil {
			return err // the first in the rows' order, as when decoded one by one
		}
	}
	if nm > 0 {
		t.Mentions = append(t.Mentions, evs...)
	}
	if len(hs) > 0 {
		// hs follows the history rows, as rs does.
		var keep []*accord.Article
		for i, a := range hs {
			if a != nil && rs[i].Article != "" {
				a.ID = rs[i].Article
				keep = append(keep, a)
			}
		}
		heads.put(keep)
	}
	type at struct {
		article    string
		start, end int
	}
	var mentions map[at]int // a mention, by article and offsets
	for _, r := range rs {
		if mentions == nil {
			mentions = make(map[at]int, len(t.Mentions))
			for i, m := range t.Mentions {
				mentions[at{m.Article, m.Start, m.End}] = i
			}
		}
		if i, ok := mentions[at{r.Article, r.Start, r.End}]; ok {
			m := &t.Mentions[i]
			if r.Quote == m.Quote {
				r.Article, r.Quote = m.Article, m.Quote
			}
			if r.Published == m.Published {
				r.Published = m.Published
			}
		}
		t.History = append(t.History, r)
	}
	return nil
}
