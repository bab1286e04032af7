package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/accordhq/accord"
)

// A target whose lists leave statements out (Target.Unlisted, as a bounded
// read gives them: the first of each list and the latest) is saved by
// appending the statements after the stored ones
// (accord.StatementAppender): a long ingest keeps only the latest
// statements of the targets it merges into (issue 10). The statements kept
// after the first must be the stored ones they stand for, compared with
// the rows; the running hashes of the lists (target_parts) go on from what
// the writer remembers, or from the rows read once.

// AppendsStatements reports that SaveRecord takes targets with bounded
// lists (accord.StatementAppender).
func (db *DB) AppendsStatements() bool { return true }

// bounded reports whether t's lists leave statements out.
func bounded(t *accord.Target) bool { return t.Unlisted != (accord.Unlisted{}) }

// listPos returns the place in a list that leaves u statements out of the
// stored statement i (after the first, they are left out).
func listPos(i, u int) int {
	if i == 0 {
		return 0
	}
	return i - u
}

// probeBounded reads target id's stored counts and hash.
func (s *statementStmts) probeBounded(ctx context.Context, id string) (*probe, error) {
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
	s.probes[id] = p
	return p, nil
}

// follows reports whether t's lists can stand for what is stored of them
// (p): the stored statements left out are before the stored ones kept.
func follows(p *probe, t *accord.Target) bool {
	um, uh := t.Unlisted.Mentions, t.Unlisted.History
	ok := func(stored, u, kept int) bool {
		if u == 0 {
			return stored <= kept
		}
		return stored > u && stored-u <= kept
	}
	return p.found && p.m >= 0 && ok(p.m, um, len(t.Mentions)) && ok(p.h, uh, len(t.History))
}

// saveBounded writes the statements of t's lists after the stored ones.
func (s *statementStmts) saveBounded(ctx context.Context, id string, t *accord.Target) error {
	p, err := s.probeBounded(ctx, id)
	if err != nil {
		return err
	}
	delete(s.probes, id)
	um, uh := t.Unlisted.Mentions, t.Unlisted.History
	if !follows(p, t) {
		return fmt.Errorf("lists leave out %d and %d statements of %d and %d stored", um, uh, p.m, p.h)
	}
	// The stored statements kept must be those stored.
	rows, err := s.kept.QueryContext(ctx, id, um, uh)
	if err != nil {
		return err
	}
	n := [2]int{}
	for rows.Next() {
		var list, i int
		var data []byte
		if err := rows.Scan(&list, &i, &data); err != nil {
			rows.Close()
			return err
		}
		var v any
		switch pos := listPos(i, [2]int{um, uh}[list]); {
		case list == 0 && pos < len(t.Mentions):
			v = &t.Mentions[pos]
		case list == 1 && pos < len(t.History):
			v = &t.History[pos]
		}
		b, err := json.Marshal(v)
		if err != nil {
			rows.Close()
			return err
		}
		if v == nil || string(b) != string(data) {
			rows.Close()
			return fmt.Errorf("statement %d of list %d is not the one stored", i, list)
		}
		n[list]++
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	km, kh := listPos(p.m, um), listPos(p.h, uh) // the stored ones kept
	if n != [2]int{km, kh} {
		return fmt.Errorf("%d and %d statements kept are stored, not %d and %d", n[0], n[1], km, kh)
	}
	// The running hashes of the stored lists.
	var mh, hh uint64
	if sv := s.saved(id); sv != nil && sv.m == p.m && sv.h == p.h && sv.hash == p.have {
		mh, hh = sv.mh, sv.hh
	} else if mh, hh, err = s.storedHashes(ctx, id); err != nil {
		return err
	}
	for pos := km; pos < len(t.Mentions); pos++ {
		b, err := json.Marshal(&t.Mentions[pos])
		if err != nil {
			return err
		}
		if _, err := s.insert(ctx, id, 0, pos+um*min(pos, 1), b); err != nil {
			return err
		}
		mh = fnvAdd(mh, b)
	}
	for pos := kh; pos < len(t.History); pos++ {
		b, err := json.Marshal(&t.History[pos])
		if err != nil {
			return err
		}
		if _, err := s.insert(ctx, id, 1, pos+uh*min(pos, 1), b); err != nil {
			return err
		}
		hh = fnvAdd(hh, b)
	}
	next := &savedLists{m: len(t.Mentions) + um, h: len(t.History) + uh, mh: mh, hh: hh, hash: listsHash(mh, hh), bounded: true}
	return s.setSaved(ctx, id, next)
}

// storedHashes returns the running hashes of target id's stored lists.
func (s *statementStmts) storedHashes(ctx context.Context, id string) (mh, hh uint64, err error) {
	rows, err := s.all.QueryContext(ctx, id)
	if err != nil {
		return 0, 0, err
	}
	defer rows.Close()
	mh, hh = fnvOffset, fnvOffset
	for rows.Next() {
		var list, i int
		var data []byte
		if err := rows.Scan(&list, &i, &data); err != nil {
			return 0, 0, err
		}
		if list == 0 {
			mh = fnvAdd(mh, data)
		} else {
			hh = fnvAdd(hh, data)
		}
	}
	return mh, hh, rows.Err()
}

// boundedReportKeys returns the report keys the save of bounded target id
// adds: the articles of the mentions after the stored ones (none goes).
// One already stored may come again: its row is written once.
func (s *statementStmts) boundedReportKeys(ctx context.Context, id string, t *accord.Target) ([]string, error) {
	p, err := s.probeBounded(ctx, id)
	if err != nil {
		return nil, err
	}
	if !follows(p, t) {
		return nil, fmt.Errorf("lists leave out %d statements of %d stored", t.Unlisted.Mentions, p.m)
	}
	from := listPos(p.m, t.Unlisted.Mentions)
	seen := map[string]bool{}
	for _, ev := range t.Mentions[:from] {
		seen[ev.Article] = true
	}
	var ins []string
	for _, ev := range t.Mentions[from:] {
		if !seen[ev.Article] {
			seen[ev.Article] = true
			ins = append(ins, accord.KeyReport+ev.Article)
		}
	}
	return ins, nil
}

// whole returns t with the statements its lists leave out read back from
// target id's rows.
func whole(ctx context.Context, q querier, t *accord.Target) (*accord.Target, error) {
	um, uh := t.Unlisted.Mentions, t.Unlisted.History
	rows, err := q.QueryContext(ctx, `SELECT list, data FROM `+statementsFrom+` WHERE target = ?
		AND i >= 1 AND (list = 0 AND i <= ? OR list = 1 AND i <= ?) ORDER BY list, i`, t.ID, um, uh)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ms []accord.Evidence
	var hs []accord.Restatement
	for rows.Next() {
		var list int
		var data []byte
		if err := rows.Scan(&list, &data); err != nil {
			return nil, err
		}
		if list == 0 {
			var ev accord.Evidence
			if err := json.Unmarshal(data, &ev); err != nil {
				return nil, err
			}
			ms = append(ms, ev)
		} else {
			var r accord.Restatement
			if err := json.Unmarshal(data, &r); err != nil {
				return nil, err
			}
			hs = append(hs, r)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(ms) != um || len(hs) != uh {
		return nil, fmt.Errorf("target %s: %d and %d statements left out, %d and %d stored", t.ID, um, uh, len(ms), len(hs))
	}
	out := *t
	out.Unlisted = accord.Unlisted{}
	if um > 0 {
		out.Mentions = append(append(t.Mentions[:1:1], ms...), t.Mentions[1:]...)
	}
	if uh > 0 {
		out.History = append(append(t.History[:1:1], hs...), t.History[1:]...)
	}
	return &out, nil
}

// wholeCorrected returns c with its bounded targets that corrections name
// read whole (curate.Apply detaches statements from the lists).
func wholeCorrected(ctx context.Context, q querier, c *accord.RecordChange, corrs []accord.Correction) (*accord.RecordChange, error) {
	named := map[string]bool{}
	for _, k := range corrs {
		if accord.CorrectionKinds[k.Kind] == accord.KindTarget {
			named[k.Target] = true
		}
	}
	var out *accord.RecordChange
	for i := range c.Targets {
		t := &c.Targets[i]
		if !bounded(t) || !named[t.ID] {
			continue
		}
		w, err := whole(ctx, q, t)
		if err != nil {
			return nil, err
		}
		if out == nil {
			cp := *c
			cp.Targets = append([]accord.Target(nil), c.Targets...)
			out = &cp
		}
		out.Targets[i] = *w
	}
	if out == nil {
		return c, nil
	}
	return out, nil
}
