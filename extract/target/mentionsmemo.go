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
	toks  []token
	out   []mention
	isNil bool // the read returned nil (kept as it was)
}

// mentions returns the countries the tokens name (mentionsRead), from the
// memo when one of the last runs read was the same. Callers get a copy:
// some keep and change what they are given.
func (x *extractor) mentions(toks []token) []mention {
	if len(toks) == 0 {
		return x.mentionsRead(toks)
	}
	memo := &x.mentionMemo
	for k := range memo {
		m := &memo[k]
		if len(m.toks) == len(toks) && slices.Equal(m.toks, toks) {
			if m.isNil {
				return nil
			}
			return append([]mention{}, m.out...)
		}
	}
	out := x.mentionsRead(toks)
	// The oldest entry gives its buffers to the newest, at the front.
	last := memo[len(memo)-1]
	copy(memo[1:], memo[:len(memo)-1])
	memo[0] = mentionMemo{toks: append(last.toks[:0], toks...), out: append(last.out[:0], out...), isNil: out == nil}
	return out
}
