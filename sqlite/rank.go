package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"math"
	"slices"
)

// BM25's parameters, and the weight of a title match against a body one.
const (
	bm25K1      = 1.2
	bm25B       = 0.75
	titleWeight = 10
)

// rank scores the window (the newest matches, newest first) and sorts it
// best first, newest first among equals. FTS5's bm25() is not used: it
// reads the whole doclist of every phrase of the query to weigh it, all the
// matches in the table and not only the window's (about 100 ms per common
// word at a million articles, and a phrase's positions in every article
// that has its words). Instead the weights come from the window itself:
//
//	score = Σ over the query's terms t: idf(t) × (10 × [t in the title] + [t in the article] × norm(length))
//
// where idf(t) = ln(1 + (N - n + 0.5) / (n + 0.5)) with N the window's
// matches and n those having t, and norm is BM25's length normalisation
// of a single occurrence, (k1 + 1) / (1 + k1 × (1 - b + b × length / mean
// length)). Which matches have a term in their title (or at all, for the
// alternatives of an OR) is one more search of the index per term,
// bounded to the window's keys. The positions are not read, so a word
// that occurs twice counts as once.
func rank(ctx context.Context, tx *sql.Tx, m *matching, win []scored) error {
	if len(win) == 0 {
		return nil
	}
	lo, hi := win[0].n, win[0].n
	at := make(map[int64]int, len(win))
	for i, k := range win {
		lo, hi = min(lo, k.n), max(hi, k.n)
		at[k.n] = i
	}
	// in marks the window's matches that also match expr. ANDed with the
	// query, expr is read only where the query matches (the index skips
	// along the rarest doclist), unless the query is that one term: then
	// it matches wherever the term does, and evaluating it twice would
	// double the cost of a phrase.
	in := func(expr string) ([]bool, int, error) {
		if !m.single {
			expr = "(" + expr + ") AND (" + m.fts + ")"
		}
		rows, err := tx.QueryContext(ctx, `SELECT rowid FROM `+m.table+` WHERE `+m.table+` MATCH ? AND rowid BETWEEN ? AND ?`,
			expr, lo, hi)
		if err != nil {
			return nil, 0, internal("search rank", err)
		}
		defer rows.Close()
		set, c := make([]bool, len(win)), 0
		for rows.Next() {
			var n int64
			if err := rows.Scan(&n); err != nil {
				return nil, 0, internal("search rank", err)
			}
			if i, ok := at[n]; ok && !set[i] {
				set[i] = true
				c++
			}
		}
		if err := rows.Err(); err != nil {
			return nil, 0, internal("search rank", err)
		}
		return set, c, nil
	}
	norm, err := lengthNorm(ctx, tx, win)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, g := range m.groups {
		for _, t := range g {
			if seen[t] {
				continue
			}
			seen[t] = true
			title, _, err := in("{title} : " + t)
			if err != nil {
				return err
			}
			// A term alone in its group is in every match; an
			// alternative is not.
			var some []bool
			has := len(win)
			if len(g) > 1 {
				if some, has, err = in(t); err != nil {
					return err
				}
			}
			idf := math.Log(1 + (float64(len(win)-has)+0.5)/(float64(has)+0.5))
			for i := range win {
				s := 0.0
				if title[i] {
					s += titleWeight
				}
				if some == nil || some[i] {
					s += norm[i]
				}
				win[i].score += idf * s
			}
		}
	}
	slices.SortStableFunc(win, func(a, b scored) int {
		switch {
		case a.score != b.score:
			if a.score > b.score {
				return -1
			}
			return 1
		case a.n != b.n:
			if a.n > b.n {
				return -1
			}
			return 1
		}
		return 0
	})
	return nil
}

// lengthNorm returns BM25's normalisation of one occurrence for each of the
// window's matches by its length in tokens (title and body; the FTS5
// docsize record), against the window's mean length. The window's keys are
// looked up in their order (CROSS JOIN), not sorted into a temporary index
// first (IN).
func lengthNorm(ctx context.Context, tx *sql.Tx, win []scored) ([]float64, error) {
	ns := make([]int64, len(win))
	at := make(map[int64]int, len(win))
	for i, k := range win {
		ns[i] = k.n
		at[k.n] = i
	}
	list, err := json.Marshal(ns)
	if err != nil {
		return nil, internal("search rank", err)
	}
	rows, err := tx.QueryContext(ctx, `SELECT d.id, d.sz FROM json_each(?) j CROSS JOIN articles_fts_docsize d ON d.id = j.value`, string(list))
	if err != nil {
		return nil, internal("search rank", err)
	}
	defer rows.Close()
	length := make([]float64, len(win))
	total := 0.0
	for rows.Next() {
		var n int64
		var sz []byte
		if err := rows.Scan(&n, &sz); err != nil {
			return nil, internal("search rank", err)
		}
		// sz: one varint per column (title, body, tags).
		l := 0
		for col := 0; col < 2 && len(sz) > 0; col++ {
			v, k := varint(sz)
			l += int(v)
			sz = sz[k:]
		}
		if i, ok := at[n]; ok {
			length[i] = float64(l)
			total += float64(l)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, internal("search rank", err)
	}
	mean := max(total/float64(len(win)), 1)
	norm := make([]float64, len(win))
	for i, l := range length {
		norm[i] = (bm25K1 + 1) / (1 + bm25K1*(1-bm25B+bm25B*l/mean))
	}
	return norm, nil
}

// varint decodes an SQLite varint (big-endian groups of seven bits, the
// high bit set on all but the last; a ninth byte gives eight bits) and
// returns it with its length, 0, 0 when b is empty.
func varint(b []byte) (uint64, int) {
	var v uint64
	for i, c := range b {
		if i == 8 {
			return v<<8 | uint64(c), 9
		}
		v = v<<7 | uint64(c&0x7f)
		if c < 0x80 {
			return v, i + 1
		}
	}
	return v, len(b)
}
