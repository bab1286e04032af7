package extract

import "github.com/accordhq/accord/extract/knowledge"

// pairSignedModified reports whether toks[..q] ends in a pair of signers
// (knowledge pair_signers) whose group noun (knowledge peer_group_nouns)
// carries one lowercase modifier of its field: "the defence counterparts",
// "the two trade ministers". The field narrows the pair; it adds no side.
// A count or "other" before the noun ("the three leaders", "the other
// ministers") is no pair.
func (d *doc) pairSignedModified(from, q int) bool {
	if q-1 < from || !d.lx.peerGroupNouns[d.toks[q].fold] {
		return false
	}
	m := d.toks[q-1]
	if !m.word || m.cap || m.num || m.fold == "other" || m.fold == "two" || m.fold == "both" || knowledge.TargetUnits().Numbers[m.fold] > 0 || d.lx.groupQuantifiers[m.fold] {
		return false
	}
	for _, l := range d.lx.pairSigners {
		n := len(l)
		if n < 2 || l[n-1] != d.toks[q].fold {
			continue
		}
		if k := q - n; k >= from && d.phraseAt(k, q-1, [][]string{l[:n-1]}) {
			return true
		}
	}
	return false
}
