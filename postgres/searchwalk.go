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
// matches still needed, newest first, and the groups grow twofold (up to
// maxGroup months), so that a common word reads the GIN entries of a month
// or two and a rare one few queries in all. Each step's query names its
// months as constants, so that the planner reads those partitions only.
type walk struct {
	ctx  context.Context
	tx   pgx.Tx
	cond string // tsquery text of the words and filters, "" for none
	tsq  string // tsquery text of the words, for ranking
	// ranges are the steps left, newest first: published in [lo, hi), an
	// empty bound being open.
	ranges [][2]string
	size   int // months of the next group
	months []string
	where  []string // the date filters, as SQL conditions
	last   *scoredID
	facets bool
}

// maxGroup is the most months one step reads. A variable for tests.
var maxGroup = 64

func newWalk(ctx context.Context, tx pgx.Tx, q accord.SearchQuery, cond, tsq string) (*walk, error) {
	names, err := strings1(ctx, tx, `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
		WHERE i.inhparent = 'search_docs'::regclass`)
	if err != nil {
		return nil, internal("search", err)
	}
	w := &walk{ctx: ctx, tx: tx, cond: cond, tsq: tsq, size: 1, facets: q.Facets}
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
	// checkDate made the dates safe to quote.
	if q.From != "" {
		w.where = append(w.where, "d.published >= '"+q.From+"'")
	}
	if q.To != "" {
		w.where = append(w.where, "d.published <= '"+q.To+"'")
	}
	return w, nil
}

// step returns the range of the next group of months, or false when the
// walk is over. After the months, one step reads everything older
// (undated articles among them).
func (w *walk) step() (lo, hi string, ok bool) {
	if w.ranges == nil {
		// First call: the steps are made lazily from the months.
		w.ranges = [][2]string{}
		hi := ""
		for i := 0; i < len(w.months); {
			j := min(i+w.size, len(w.months))
			w.ranges = append(w.ranges, [2]string{w.months[j-1], hi})
			hi = w.months[j-1]
			i = j
			if len(w.ranges) > 1 {
				w.size = min(2*w.size, maxGroup)
			}
		}
		w.ranges = append(w.ranges, [2]string{"", hi})
	}
	if len(w.ranges) == 0 {
		return "", "", false
	}
	r := w.ranges[0]
	return r[0], r[1], true
}

// next returns up to n more matches, newest first, ranked by ts_rank_cd
// (titles, weight A, above bodies) when rank is set.
func (w *walk) next(n int, rank bool) ([]scoredID, error) {
	var out []scoredID
	for len(out) < n {
		lo, hi, ok := w.step()
		if !ok {
			break
		}
		where := slices.Clone(w.where)
		var args []any
		arg := func(v any) string {
			args = append(args, v)
			return fmt.Sprintf("$%d", len(args))
		}
		if w.cond != "" {
			where = append(where, "d.doc @@ "+arg(w.cond)+"::tsquery")
		}
		if lo != "" {
			where = append(where, "d.published >= '"+lo+"'")
		}
		if hi != "" {
			where = append(where, "d.published < '"+hi+"'")
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
			ORDER BY d.published DESC, d.id LIMIT `+fmt.Sprint(want)+`) s ORDER BY s.published DESC, s.id`, args...)
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
		if len(got) > 0 {
			w.last = &got[len(got)-1]
		}
		if len(got) < want {
			w.ranges = w.ranges[1:] // this group is done
		}
	}
	return out, nil
}
