package extract

// wordGate answers cheaply that a word is in none of a set's members:
// the trigger loop asks several small verb sets about every token, and a
// map lookup hashes the word each time. A member has its length and
// first byte marked; a word matching neither is no member. (Words of 64
// bytes or more always pass to the set.)
type wordGate struct {
	first [256]bool
	lens  uint64
	long  bool
}

func newWordGate(s set) *wordGate {
	g := &wordGate{}
	for w := range s {
		g.add(w)
	}
	return g
}

// add lets w through the gate.
func (g *wordGate) add(w string) {
	if len(w) >= 64 {
		g.long = true
		return
	}
	g.lens |= 1 << len(w)
	if w != "" {
		g.first[w[0]] = true
	}
}

// in reports whether w is in s, the set the gate was built from.
func (g *wordGate) in(s set, w string) bool {
	return g.may(w) && s[w]
}

// may reports whether w may be a member: false means surely not.
func (g *wordGate) may(w string) bool {
	if len(w) >= 64 {
		return g.long
	}
	if g.lens&(1<<len(w)) == 0 {
		return false
	}
	return w == "" || g.first[w[0]]
}
