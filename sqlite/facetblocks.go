package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"slices"
	"strings"
)

// facet_blocks (migration 0022) holds the rows of article_facets by blocks
// of keys: the block of a key is n >> blockBits, its place n & blockMask.
// A block's data is its distinct tags, each once (a count, then each as a
// length and its bytes), then one entry per article in place order: the
// place (a byte), the number of its tags and their indexes in the block's
// list (varints). A block of a busy day (150 articles of five tags, some
// sixty distinct) is about 1.5 KB: a search's facets read one such row for
// the matches of a block, not one article_facets row for each.
const (
	blockBits = 8
	blockMask = 1<<blockBits - 1
)

// blockEntry is an article's facets in a block: its place and its tags
// (article_facets.tags, joined by facetSep).
type blockEntry struct {
	place int
	tags  string
}

// encodeBlock encodes entries (in place order) as a block's data.
func encodeBlock(entries []blockEntry) []byte {
	var dict []string
	at := map[string]int{}
	var body []byte
	for _, e := range entries {
		ts := strings.Split(e.tags, facetSep)
		body = append(body, byte(e.place))
		body = binary.AppendUvarint(body, uint64(len(ts)))
		for _, t := range ts {
			i, ok := at[t]
			if !ok {
				i = len(dict)
				at[t] = i
				dict = append(dict, t)
			}
			body = binary.AppendUvarint(body, uint64(i))
		}
	}
	out := binary.AppendUvarint(nil, uint64(len(dict)))
	for _, t := range dict {
		out = binary.AppendUvarint(out, uint64(len(t)))
		out = append(out, t...)
	}
	return append(out, body...)
}

var errBlock = errors.New("facet block: bad data")

// blockReader reads a block's data: its tags with tag, then its entries
// with next.
type blockReader struct {
	data []byte
	pos  int
	// dict holds the tags' offsets and lengths in data.
	dict [][2]int
	ids  []uint64 // the current entry's tags, indexes into dict
}

func (r *blockReader) uvarint() (uint64, error) {
	v, k := binary.Uvarint(r.data[r.pos:])
	if k <= 0 {
		return 0, errBlock
	}
	r.pos += k
	return v, nil
}

// reset starts reading data, reading its list of tags.
func (r *blockReader) reset(data []byte) error {
	r.data, r.pos, r.dict = data, 0, r.dict[:0]
	if len(data) == 0 {
		return nil
	}
	n, err := r.uvarint()
	if err != nil {
		return err
	}
	for range n {
		l, err := r.uvarint()
		if err != nil || l > uint64(len(data)-r.pos) {
			return errBlock
		}
		r.dict = append(r.dict, [2]int{r.pos, int(l)})
		r.pos += int(l)
	}
	return nil
}

// tag returns the block's i'th tag.
func (r *blockReader) tag(i uint64) ([]byte, error) {
	if i >= uint64(len(r.dict)) {
		return nil, errBlock
	}
	d := r.dict[i]
	return r.data[d[0] : d[0]+d[1]], nil
}

// next reads the next entry: its place and (in r.ids) its tags; ok is
// false at the end.
func (r *blockReader) next() (place int, ok bool, err error) {
	if r.pos >= len(r.data) {
		return 0, false, nil
	}
	place = int(r.data[r.pos])
	r.pos++
	k, err := r.uvarint()
	if err != nil || k > uint64(len(r.data)-r.pos) {
		return 0, false, errBlock
	}
	r.ids = r.ids[:0]
	for range k {
		i, err := r.uvarint()
		if err != nil {
			return 0, false, err
		}
		r.ids = append(r.ids, i)
	}
	return place, true, nil
}

// count adds to local (one count per tag of the block) the tags of the
// entries whose places are in set, reading the rest of the block. Most
// indexes are one byte: they are read without a varint's loop.
func (r *blockReader) count(set *[4]uint64, local []int) error {
	data := r.data
	for r.pos < len(data) {
		place := data[r.pos]
		r.pos++
		k, err := r.uvarint()
		if err != nil || k > uint64(len(data)-r.pos) {
			return errBlock
		}
		if set[place>>6]&(1<<(place&63)) == 0 {
			// Skip its indexes: each ends at a byte below 0x80.
			for ; k > 0 && r.pos < len(data); r.pos++ {
				if data[r.pos] < 0x80 {
					k--
				}
			}
			continue
		}
		for ; k > 0; k-- {
			i := uint64(data[r.pos])
			if i < 0x80 {
				r.pos++
			} else if i, err = r.uvarint(); err != nil {
				return err
			}
			if i >= uint64(len(local)) {
				return errBlock
			}
			local[i]++
		}
	}
	return nil
}

// decodeBlock returns a block's entries, in place order.
func decodeBlock(data []byte) ([]blockEntry, error) {
	var r blockReader
	if err := r.reset(data); err != nil {
		return nil, err
	}
	var out []blockEntry
	for {
		place, ok, err := r.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		ts := make([]string, len(r.ids))
		for j, i := range r.ids {
			t, err := r.tag(i)
			if err != nil {
				return nil, err
			}
			ts[j] = string(t)
		}
		out = append(out, blockEntry{place, strings.Join(ts, facetSep)})
	}
}

// blockEdit is a change of an article_facets row: its key and new tags, or
// its deletion.
type blockEdit struct {
	n    int64
	tags string
	del  bool
}

// writeBlocks applies edits (in the order they were made to
// article_facets) to the blocks they fall in: one query reads the blocks,
// and the changed ones are written many rows a statement.
func writeBlocks(ctx context.Context, tx *sql.Tx, edits []blockEdit) error {
	if len(edits) == 0 {
		return nil
	}
	byBlock := map[int64][]blockEdit{}
	for _, e := range edits {
		byBlock[e.n>>blockBits] = append(byBlock[e.n>>blockBits], e)
	}
	bs := make([]int64, 0, len(byBlock))
	for b := range byBlock {
		bs = append(bs, b)
	}
	slices.Sort(bs)
	old := map[int64][]byte{}
	if err := eachRow(ctx, tx, `SELECT x.b, x.data FROM json_each(?) j CROSS JOIN facet_blocks x ON x.b = j.value`, bs, func(b int64, data []byte) error {
		old[b] = bytes.Clone(data)
		return nil
	}); err != nil {
		return err
	}
	var put []any
	var gone []int64
	for _, b := range bs {
		entries, err := decodeBlock(old[b])
		if err != nil {
			return err
		}
		for _, e := range byBlock[b] {
			place := int(e.n & blockMask)
			entries = slices.DeleteFunc(entries, func(x blockEntry) bool { return x.place == place })
			if !e.del {
				entries = append(entries, blockEntry{place, e.tags})
			}
		}
		if len(entries) == 0 {
			if old[b] != nil {
				gone = append(gone, b)
			}
			continue
		}
		slices.SortFunc(entries, func(x, y blockEntry) int { return x.place - y.place })
		put = append(put, b, encodeBlock(entries))
	}
	if len(gone) > 0 {
		g, err := json.Marshal(gone)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM facet_blocks WHERE b IN (SELECT value FROM json_each(?))`, string(g)); err != nil {
			return err
		}
	}
	w := newMultiRow(tx, `INSERT OR REPLACE INTO facet_blocks (b, data)`, "", 2)
	defer w.close()
	return w.exec(ctx, put)
}

// fillFacetBlocks makes facet_blocks from article_facets when it is empty
// and article_facets is not: once, after migration 0022 (a million
// articles: a few seconds).
func (db *DB) fillFacetBlocks(ctx context.Context) error {
	var need bool
	err := db.w.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM article_facets) AND NOT EXISTS (SELECT 1 FROM facet_blocks)`).Scan(&need)
	if err != nil || !need {
		return err
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT n, tags FROM article_facets ORDER BY n`)
	if err != nil {
		return err
	}
	type block struct {
		b    int64
		data []byte
	}
	var blocks []block
	var entries []blockEntry
	cur := int64(-1)
	flush := func() {
		if len(entries) > 0 {
			blocks = append(blocks, block{cur, encodeBlock(entries)})
		}
		entries = entries[:0]
	}
	for rows.Next() {
		var n int64
		var tags string
		if err := rows.Scan(&n, &tags); err != nil {
			rows.Close()
			return err
		}
		if n>>blockBits != cur {
			flush()
			cur = n >> blockBits
		}
		entries = append(entries, blockEntry{int(n & blockMask), tags})
	}
	flush()
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	st, err := tx.PrepareContext(ctx, `INSERT INTO facet_blocks (b, data) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, bl := range blocks {
		if _, err := st.ExecContext(ctx, bl.b, bl.data); err != nil {
			return err
		}
	}
	return tx.Commit()
}
