package postgres

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/accordhq/accord"
	"github.com/jackc/pgx/v5"
)

// walk finds the matches of a search newest first, month partition by
// month partition of search_docs: each step asks a group of months for the
// matches still needed, newest first; the groups grow with the matches
// still wanted over the density found so far (see step), so that a common
// word reads the GIN entries of a month or two and a rare one few queries
// in all. Each step's query names its
// months as constants, so that the planner reads those partitions only.
type walk struct {
	ctx    context.Context
	tx     pgx.Tx
	cond   string   // tsquery text of the words and filters, "" for none
	tsq    string   // tsquery text of the words, for ranking
	months []string // the month partitions to read, newest first
	// cur is the current group: published in [lo, hi), an empty bound
	// being open; i the index of the next group's first month, hi its
	// upper bound. size is the months of the last group, read the months
	// read, found the matches found.
	cur               *[2]string
	i                 int
	hi                string
	size, read, found int
	done              bool
	from, to          string // the date filters, "" for none
	last              *scoredID
	facets            bool
}

// maxGroup is the most months one step reads. A variable for tests.
var maxGroup = 1 << 20

func newWalk(ctx context.Context, tx pgx.Tx, q accord.SearchQuery, cond, tsq string) (*walk, error) {
	names, err := strings1(ctx, tx, `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
		WHERE i.inhparent = 'search_docs'::regclass`)
	if err != nil {
		return nil, internal("search", err)
	}
	w := &walk{ctx: ctx, tx: tx, cond: cond, tsq: tsq, facets: q.Facets}
	for _, n := range names {
		m, ok := strings.CutPrefix(n, "search_docs_")
		m = strings.Replace(m, "_", "-", 1)
		if !ok || !month.MatchString(m) || len(m) != 7 {
			continue
		}
		// Months wholly outside the date filters are not asked.
		if q.To != "" && m > q.To[:7] || q.From != "" && m < q.From[:7] {
			continue
		}
		w.months = append(w.months, m)
	}
	slices.Sort(w.months)
	slices.Reverse(w.months)
	w.from, w.to = q.From, q.To
	return w, nil
}

// step returns the range of the current group of months, or false when
// the walk is over. A new group is sized to hold the want matches still
// wanted at the density of matches so far (at least twice the last group,
// at most maxGroup months). After the months, one step reads everything
// older (undated articles among them).
func (w *walk) step(want int) (lo, hi string, ok bool) {
	if w.cur != nil {
		return w.cur[0], w.cur[1], true
	}
	if w.done {
		return "", "", false
	}
	hi = w.hi
	if w.i >= len(w.months) {
		w.cur = &[2]string{"", hi}
		return "", hi, true
	}
	size := 1
	if w.read > 0 {
		size = 4 * w.size // none found yet
		if w.found > 0 {
			size = 2 * w.size
			size = max(size, int(1.5*float64(want)*float64(w.read)/float64(w.found))+1)
		}
	}
	w.size = min(size, maxGroup)
	j := min(w.i+w.size, len(w.months))
	w.cur = &[2]string{w.months[j-1], hi}
	w.read += j - w.i
	w.hi, w.i = w.months[j-1], j
	return w.cur[0], w.cur[1], true
}

// ended records that the current group holds no more matches.
func (w *walk) ended() {
	if w.cur[0] == "" {
		w.done = true
	}
	w.cur = nil
}

// next returns up to n more matches, newest first, ranked by ts_rank_cd
// (titles, weight A, above bodies) when rank is set.
func (w *walk) next(n int, rank bool) ([]scoredID, error) {
	var out []scoredID
	for len(out) < n {
		lo, hi, ok := w.step(n - len(out))
		if !ok {
			break
		}
		// Every value is a parameter, so that each connection plans a
		// query of one shape once (a generic plan, see search): planning a
		// query over two hundred month partitions costs more than running
		// it. The partitions outside the bounds are pruned when it runs.
		var where []string
		var args []any
		arg := func(v any) string {
			args = append(args, v)
			return fmt.Sprintf("$%d", len(args))
		}
		if w.from != "" {
			where = append(where, "d.published >= "+arg(w.from)+"::text")
		}
		if w.to != "" {
			where = append(where, "d.published <= "+arg(w.to)+"::text")
		}
		if w.cond != "" {
			where = append(where, "d.doc @@ "+arg(w.cond)+"::tsquery")
		}
		if lo != "" {
			where = append(where, "d.published >= "+arg(lo)+"::text")
		}
		if hi != "" {
			where = append(where, "d.published < "+arg(hi)+"::text")
		}
		if w.last != nil {
			// Resuming within a group: after the last match returned.
			where = append(where, "(d.published < "+arg(w.last.published)+" OR d.published = "+arg(w.last.published)+" AND d.id > "+arg(w.last.id)+")")
		}
		cols, score := "d.id, d.published", "0::real"
		if w.facets {
			cols += ", d.tags"
		} else {
			cols += ", NULL::text[] AS tags"
		}
		if rank && w.tsq != "" {
			cols += ", d.doc"
			score = "ts_rank_cd(s.doc, " + arg(w.tsq) + "::tsquery, 1)"
		}
		cond := ""
		if len(where) > 0 {
			cond = " WHERE " + strings.Join(where, " AND ")
		}
		want := n - len(out)
		rows, err := w.tx.Query(w.ctx, `SELECT s.id, s.published, s.tags, `+score+` FROM (SELECT `+cols+` FROM search_docs d`+cond+`
			ORDER BY d.published DESC, d.id LIMIT `+arg(want)+`::bigint) s ORDER BY s.published DESC, s.id`, args...)
		if err != nil {
			return nil, internal("search", err)
		}
		got, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (scoredID, error) {
			var k scoredID
			var score float32
			err := r.Scan(&k.id, &k.published, &k.tags, &score)
			k.score = float64(score)
			return k, err
		})
		if err != nil {
			return nil, internal("search", err)
		}
		out = append(out, got...)
		w.found += len(got)
		if len(got) > 0 {
			w.last = &got[len(got)-1]
		}
		if len(got) < want {
			w.ended()
		}
	}
	return out, nil
}
