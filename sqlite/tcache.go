package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/accordhq/accord"
)

// Saving a target's lists at a cost of the statements added, not of its
// history (issue 10). A busy pair's target is restated in most batches and
// gathers thousands of statements; checking that the stored ones are still
// the first of its lists took encoding and hashing them all at each save.
// The writer remembers, for the targets it saved, the statements it stored
// (decoded values, compared without encoding) and the running hashes of
// their JSON: a save compares the stored prefix in memory and encodes only
// the statements after it. What it remembers is trusted only while the
// stored counts and hash (target_parts) are those it wrote: another writer
// changes the hash, and the save then reads the lists whole as before.

// fnv64a is FNV-1a, 64 bits, written a statement at a time so that a list's
// hash extends with the statements appended.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	h *= fnvPrime // the statement's end, a 0 byte, as statements.hash writes it
	return h
}

// listsHash is the stored hash of lists whose running hashes are m and h
// (hash version 2; never 0, which says "unknown").
func listsHash(m, h uint64) int64 {
	v := fnvOffset ^ uint64(2)
	v *= fnvPrime
	for _, x := range []uint64{m, h} {
		for range 8 {
			v ^= x & 0xff
			v *= fnvPrime
			x >>= 8
		}
	}
	if v == 0 {
		v = 1
	}
	return int64(v)
}

// savedLists is what the writer stored of one target's lists.
type savedLists struct {
	m, h   int   // as in target_parts (m = -1: Mentions null)
	hash   int64 // as in target_parts
	mh, hh uint64
	ms     []accord.Evidence
	hs     []accord.Restatement
	// arts: the articles of ms. Shared with the entry that follows it (it
	// is only added to): a failed transaction forgets every entry.
	arts map[string]bool
	// bounded: saved from bounded lists (saveBounded): the counts and
	// hashes alone, no lists.
	bounded bool
}

// weight is what an entry counts towards maxSaved.
func (s *savedLists) weight() int {
	if s.bounded {
		return 1
	}
	return len(s.ms) + len(s.hs)
}

// The writer remembers the lists of targets of minSaved statements or more
// (a shorter list costs little to encode whole), and at most maxSaved
// statements (some 50 MB): past it, it forgets the targets no save of the
// last staleSaves touched, then, if that is not enough, all of them (the
// next save of each target reads its lists whole, once).
const (
	maxSaved   = 1 << 17
	staleSaves = 16
)

var minSaved = 32 // a variable: tests remember every list

// savedCache is the writer's memory of stored lists, by target id.
type savedCache struct {
	mu   sync.Mutex
	m    map[string]*savedLists
	n    int   // statements held
	gen  int64 // transactions committed
	used map[string]int64
}

func (c *savedCache) get(id string) *savedLists {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[id]
}

// commit applies what a committed transaction stored: reset forgets all
// first; a nil entry forgets a target.
func (c *savedCache) commit(reset bool, changed map[string]*savedLists) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if reset || c.m == nil {
		c.m, c.n, c.used = map[string]*savedLists{}, 0, map[string]int64{}
	}
	c.gen++
	for id, s := range changed {
		c.forget(id)
		if s != nil && (s.bounded || len(s.ms)+len(s.hs) >= minSaved) {
			c.m[id] = s
			c.n += s.weight()
			c.used[id] = c.gen
		}
	}
	if c.n > maxSaved {
		for id, g := range c.used {
			if g < c.gen-staleSaves {
				c.forget(id)
			}
		}
	}
	if c.n > maxSaved {
		c.m, c.n, c.used = map[string]*savedLists{}, 0, map[string]int64{}
	}
}

func (c *savedCache) forget(id string) {
	if old := c.m[id]; old != nil {
		c.n -= old.weight()
		delete(c.m, id)
		delete(c.used, id)
	}
}

// sameEvidence reports whether a and b encode alike.
func sameEvidence(a, b []accord.Evidence) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameStrings(a, b []string) bool {
	return (a == nil) == (b == nil) && slices.Equal(a, b)
}

func sameRestatements(a, b []accord.Restatement) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := &a[i], &b[i]
		if x.Evidence != y.Evidence || math.Float64bits(x.Value) != math.Float64bits(y.Value) || x.Unit != y.Unit ||
			x.Comparator != y.Comparator || x.Deadline != y.Deadline || x.Period != y.Period || x.Qualifier != y.Qualifier ||
			!sameStrings(x.Holders, y.Holders) || !sameStrings(x.Changes, y.Changes) {
			return false
		}
	}
	return true
}

// cloneRestatements copies rs with their own slices: the caller's may be
// changed in place after the save.
func cloneRestatements(rs []accord.Restatement) []accord.Restatement {
	out := slices.Clone(rs)
	for i := range out {
		out[i].Holders = slices.Clone(out[i].Holders)
		out[i].Changes = slices.Clone(out[i].Changes)
	}
	return out
}

// finite checks that a target's values encode (JSON has no NaN or
// infinity).
func finite(t *accord.Target) error {
	bad := func(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) }
	if bad(t.Value) {
		return fmt.Errorf("value %v", t.Value)
	}
	for i := range t.History {
		if bad(t.History[i].Value) {
			return fmt.Errorf("history[%d]: value %v", i, t.History[i].Value)
		}
	}
	return nil
}

// probe is what a save of a target's lists starts from: the stored counts
// and hash, and whether the writer's memory of them (saved) says they are
// the first of the new lists (appendable).
type probe struct {
	m, h       int
	have       int64
	found      bool
	saved      *savedLists
	appendable bool
}

// probe reads target id's stored counts and compares what the writer
// stored with t's lists; save uses it.
func (s *statementStmts) probe(ctx context.Context, id string, t *accord.Target) (*probe, error) {
	if p := s.probes[id]; p != nil {
		return p, nil
	}
	p := &probe{found: true}
	err := s.parts.QueryRowContext(ctx, id).Scan(&p.m, &p.h, &p.have)
	switch {
	case err == sql.ErrNoRows:
		p.m, p.h, p.have, p.found = 0, 0, 0, false
	case err != nil:
		return nil, err
	}
	if sv := s.saved(id); p.found && sv != nil && !sv.bounded && sv.m == p.m && sv.h == p.h && sv.hash == p.have {
		m, h := max(p.m, 0), p.h
		p.saved = sv
		p.appendable = m <= len(t.Mentions) && h <= len(t.History) && sameEvidence(sv.ms, t.Mentions[:m]) && sameRestatements(sv.hs, t.History[:h])
	}
	s.probes[id] = p
	return p, nil
}

// save writes a target's lists: only the statements after those stored
// when the stored ones are the first of the new lists, else all of them.
func (s *statementStmts) save(ctx context.Context, id string, t *accord.Target) error {
	if bounded(t) {
		return s.saveBounded(ctx, id, t)
	}
	p, err := s.probe(ctx, id, t)
	if err != nil {
		return err
	}
	delete(s.probes, id)
	m, h, have, found := p.m, p.h, p.have, p.found
	nm := len(t.Mentions)
	if t.Mentions == nil {
		nm = -1
	}
	if p.appendable {
		saved := p.saved
		m = max(m, 0)
		{
			// The stored lists are the first of the new ones: append.
			next := &savedLists{m: nm, h: len(t.History), mh: saved.mh, hh: saved.hh, arts: saved.arts}
			for i := m; i < len(t.Mentions); i++ {
				b, err := json.Marshal(&t.Mentions[i])
				if err != nil {
					return err
				}
				if _, err := s.insert(ctx, id, 0, i, b); err != nil {
					return err
				}
				next.mh = fnvAdd(next.mh, b)
				next.arts[t.Mentions[i].Article] = true
			}
			for i := h; i < len(t.History); i++ {
				b, err := json.Marshal(&t.History[i])
				if err != nil {
					return err
				}
				if _, err := s.insert(ctx, id, 1, i, b); err != nil {
					return err
				}
				next.hh = fnvAdd(next.hh, b)
			}
			next.ms = append(saved.ms[:m:m], t.Mentions[m:]...)
			next.hs = append(saved.hs[:h:h], cloneRestatements(t.History[h:])...)
			next.hash = listsHash(next.mh, next.hh)
			return s.setSaved(ctx, id, next)
		}
	}
	// Read what is stored against the lists encoded whole.
	st, err := encodeStatements(t)
	if err != nil {
		return err
	}
	m = max(m, 0)
	fits := found && m <= len(st.m) && h <= len(st.h)
	var mh, hh uint64 = fnvOffset, fnvOffset
	var pm, ph uint64 // the running hashes of the stored prefix
	for i, b := range st.m {
		if i == m {
			pm = mh
		}
		mh = fnvAdd(mh, b)
	}
	if m == len(st.m) {
		pm = mh
	}
	for i, b := range st.h {
		if i == h {
			ph = hh
		}
		hh = fnvAdd(hh, b)
	}
	if h == len(st.h) {
		ph = hh
	}
	keep := false
	switch {
	case !fits:
	case have != 0:
		keep = have == st.hash(m, h) || have == listsHash(pm, ph)
	default:
		// hash 0 (lists moved by migration 0009, never hashed): compare
		// the stored rows, once, rather than write them all again.
		if keep, err = s.storedAre(ctx, id, st, m, h); err != nil {
			return err
		}
	}
	from := [2]int{m, h}
	if !keep {
		if _, err := s.delAll.ExecContext(ctx, id); err != nil {
			return err
		}
		if _, err := s.delStaged.ExecContext(ctx, id); err != nil {
			return err
		}
		from = [2]int{0, 0}
	}
	for list, rows := range [][][]byte{st.m, st.h} {
		for i := from[list]; i < len(rows); i++ {
			if _, err := s.insert(ctx, id, list, i, rows[i]); err != nil {
				return err
			}
		}
	}
	next := &savedLists{m: nm, h: len(t.History), mh: mh, hh: hh, hash: listsHash(mh, hh),
		ms: slices.Clone(t.Mentions), hs: cloneRestatements(t.History), arts: make(map[string]bool, len(t.Mentions))}
	for i := range t.Mentions {
		next.arts[t.Mentions[i].Article] = true
	}
	return s.setSaved(ctx, id, next)
}

// storedAre reports whether target id's stored rows are the first m
// mentions and h history entries of st, and no more.
func (s *statementStmts) storedAre(ctx context.Context, id string, st *statements, m, h int) (bool, error) {
	rows, err := s.all.QueryContext(ctx, id)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	n := [2]int{}
	same := true
	for rows.Next() {
		var list, i int
		var data []byte
		if err := rows.Scan(&list, &i, &data); err != nil {
			return false, err
		}
		if !same {
			continue
		}
		want := [2][][]byte{st.m[:m], st.h[:h]}
		if list < 0 || list > 1 || i != n[list] || i >= len(want[list]) || string(want[list][i]) != string(data) {
			same = false
			continue
		}
		n[list]++
	}
	if err := rows.Err(); err != nil {
		return false, err
	}
	return same && n == [2]int{m, h}, nil
}

// saved returns what the writer stored of target id, in this transaction
// or before.
func (s *statementStmts) saved(id string) *savedLists {
	if v, ok := s.changed[id]; ok {
		return v
	}
	if s.reset || s.cache == nil {
		return nil
	}
	return s.cache.get(id)
}

func (s *statementStmts) setSaved(ctx context.Context, id string, next *savedLists) error {
	if _, err := s.setParts.ExecContext(ctx, id, next.m, next.h, next.hash); err != nil {
		return err
	}
	s.changed[id] = next
	return nil
}

// storedArticles returns the articles of target id's stored mentions.
func (s *statementStmts) storedArticles(ctx context.Context, id string) (map[string]bool, error) {
	rows, err := s.arts.QueryContext(ctx, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var a sql.NullString
		if err := rows.Scan(&a); err != nil {
			return nil, err
		}
		out[a.String] = true
	}
	return out, rows.Err()
}

// reportsApart is the row a target's keys column lists instead of its
// report keys (one an article that states it: thousands for a busy pair's
// target, rewritten with the column at each save): they are those of the
// articles of its stored mentions. No key is empty-prefixed with a NUL.
var reportsApart = [2]string{"\x00reports", ""}

// reportKeys returns the report keys target id's save adds and those it
// drops: from had (its keys column) when it lists them, else from its
// stored mentions, which only the new ones follow when the writer's memory
// says so (probe).
func (s *statementStmts) reportKeys(ctx context.Context, id string, t *accord.Target, had map[[2]string]bool) (ins, del []string, err error) {
	var old map[string]bool
	if had[reportsApart] && bounded(t) {
		delete(had, reportsApart)
		ins, err := s.boundedReportKeys(ctx, id, t)
		return ins, nil, err
	}
	if had[reportsApart] {
		delete(had, reportsApart)
		p, err := s.probe(ctx, id, t)
		if err != nil {
			return nil, nil, err
		}
		if p.appendable {
			m := max(p.m, 0)
			seen := map[string]bool{}
			for _, ev := range t.Mentions[m:] {
				if !p.saved.arts[ev.Article] && !seen[ev.Article] {
					seen[ev.Article] = true
					ins = append(ins, accord.KeyReport+ev.Article)
				}
			}
			return ins, nil, nil
		}
		if old, err = s.storedArticles(ctx, id); err != nil {
			return nil, nil, err
		}
	} else {
		old = map[string]bool{}
		for r := range had {
			// A dated report row (written before migration 0009) stays in
			// had: it goes, and the article's row is written undated.
			if a, ok := strings.CutPrefix(r[0], accord.KeyReport); ok && r[1] == "" {
				delete(had, r)
				old[a] = true
			}
		}
	}
	seen := map[string]bool{}
	for _, ev := range t.Mentions {
		if seen[ev.Article] {
			continue
		}
		seen[ev.Article] = true
		if !old[ev.Article] {
			ins = append(ins, accord.KeyReport+ev.Article)
		}
	}
	for a := range old {
		if !seen[a] {
			del = append(del, accord.KeyReport+a)
		}
	}
	return ins, del, nil
}

// expandReports puts back in had the report keys its reportsApart row
// stands for, read from target id's stored mentions.
func (s *statementStmts) expandReports(ctx context.Context, id string, had map[[2]string]bool) error {
	if !had[reportsApart] {
		return nil
	}
	delete(had, reportsApart)
	arts, err := s.storedArticles(ctx, id)
	if err != nil {
		return err
	}
	for a := range arts {
		had[[2]string{accord.KeyReport + a, ""}] = true
	}
	return nil
}
