package wordfilter

import (
	"fmt"
	"testing"
)

// The hashed forms answer as the plain ones: HasHash(Hash(w)) is Has(w),
// and MayHave then GetHashed is GetBytes.
func TestHashedLookups(t *testing.T) {
	words := map[string]int32{}
	var f Filter
	for i := range 2000 {
		w := fmt.Sprintf("kw%d", i)
		words[w] = int32(i + 1)
		f.Add(w)
	}
	x := NewIndex(words)
	for i := range 6000 {
		w := fmt.Sprintf("kw%d", i) // the first 2,000 indexed, the rest not
		if f.HasHash(Hash(w)) != f.Has(w) {
			t.Fatalf("HasHash(Hash(%q)) differs from Has", w)
		}
		if Hash(w) != HashBytes([]byte(w)) {
			t.Fatalf("Hash and HashBytes differ on %q", w)
		}
		b := []byte(w)
		gw, gid := x.GetBytes(b)
		var hw string
		var hid int32
		if h := HashBytes(b); x.MayHave(h) {
			hw, hid = x.GetHashed(b, h)
		}
		if gw != hw || gid != hid {
			t.Fatalf("%q: GetBytes %q %d, hashed %q %d", w, gw, gid, hw, hid)
		}
	}
}
