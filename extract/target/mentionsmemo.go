package target

import "slices"

// mentionMemo keeps the countries read (mentionsRead) in the last few
// token runs asked about. The holder rules ask mentions of the same
// sentence many times over (once per amount and per rule), and each read
// matches every token against the country, programme and firm tries.
// What it reads depends only on the tokens and on the article (text,
// persons, publication day), which do not change within an extractor, so
// a run equal token for token has the same answer.
type mentionMemo struct {
	toks []token
	out  []mention
}

// mentions returns the countries the tokens name (mentionsRead), from the
// memo when the same run was read last or the time before. Callers get a
// copy: some keep and change what they are given.
func (x *extractor) mentions(toks []token) []mention {
	if len(toks) == 0 {
		return x.mentionsRead(toks)
	}
	for k := range x.mentionMemo {
		m := &x.mentionMemo[k]
		if len(m.toks) == len(toks) && slices.Equal(m.toks, toks) {
			return slices.Clone(m.out)
		}
	}
	out := x.mentionsRead(toks)
	// Replace the older entry; the newer moves to the front.
	x.mentionMemo[1] = x.mentionMemo[0]
	x.mentionMemo[0] = mentionMemo{toks: append(x.mentionMemo[1].toks[:0:0], toks...), out: slices.Clone(out)}
	return out
}
