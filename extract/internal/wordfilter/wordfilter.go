// Package wordfilter is a Bloom filter over words: a lookup that most words
// of a text fail (they are no keyword) answers from two bits instead of
// hashing the word into a map. It has no false negatives, so a word it
// rejects is in no map built from the same words.
package wordfilter

// Filter holds 65,536 bits; with a few thousand words about 1 % of other
// words pass.
type Filter struct {
	bits [1024]uint64
}

func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func hashBytes(s []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range s {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// Add puts word w in the filter.
func (f *Filter) Add(w string) {
	h := hash(w)
	f.bits[h&0xffff>>6] |= 1 << (h & 63)
	f.bits[h>>22] |= 1 << (h >> 16 & 63)
}

// Has reports whether w may be in the filter: false means it is not.
func (f *Filter) Has(w string) bool {
	return f.has(hash(w))
}

// Hash is the hash the filter reads a word by: a caller that asks several
// filters about one word hashes it once and asks HasHash.
func Hash(w string) uint32 {
	return hash(w)
}

// HasHash is Has of the word whose Hash is h.
func (f *Filter) HasHash(h uint32) bool {
	return f.has(h)
}

// HasBytes is Has of string(w).
func (f *Filter) HasBytes(w []byte) bool {
	return f.has(hashBytes(w))
}

func (f *Filter) has(h uint32) bool {
	return f.bits[h&0xffff>>6]&(1<<(h&63)) != 0 && f.bits[h>>22]&(1<<(h>>16&63)) != 0
}

// An Index numbers a fixed set of words: the filter first, then an open
// addressed table probed by the same hash, so that a word costs one hash
// whether it is in the set or not.
type Index struct {
	f     Filter
	slots []slot
	mask  uint32
}

type slot struct {
	w  string
	id int32
}

// NewIndex indexes words, each with its number (not 0).
func NewIndex(words map[string]int32) *Index {
	n := 16
	for n < 4*len(words) {
		n *= 2
	}
	x := &Index{slots: make([]slot, n), mask: uint32(n - 1)}
	for w, id := range words {
		x.f.Add(w)
		i := hash(w) & x.mask
		for x.slots[i].id != 0 {
			i = (i + 1) & x.mask
		}
		x.slots[i] = slot{w, id}
	}
	return x
}

// Get returns w's number, 0 for a word not indexed.
func (x *Index) Get(w string) int32 {
	h := hash(w)
	if !x.f.has(h) {
		return 0
	}
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.w == w {
			return s.id
		}
	}
}

// GetBytes is Get of string(w), without the string: it returns the indexed
// word itself ("" for none) with its number.
func (x *Index) GetBytes(w []byte) (string, int32) {
	h := hashBytes(w)
	if !x.f.has(h) {
		return "", 0
	}
	return x.probe(w, h)
}

// HashBytes is Hash of string(w).
func HashBytes(w []byte) uint32 {
	return hashBytes(w)
}

// MayHave reports whether the word whose Hash is h may be indexed: false
// means it is not. Small enough to be inlined, it lets a caller turn most
// words away without a call, and look the others up by GetHashed.
func (x *Index) MayHave(h uint32) bool {
	return x.f.has(h)
}

// GetHashed is GetBytes of a word whose Hash is h and that MayHave passed.
func (x *Index) GetHashed(w []byte, h uint32) (string, int32) {
	return x.probe(w, h)
}

// probe looks w, of hash h, up in the table.
func (x *Index) probe(w []byte, h uint32) (string, int32) {
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.id == 0 {
			return "", 0
		}
		if s.w == string(w) {
			return s.w, s.id
		}
	}
}
