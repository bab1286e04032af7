package target

// splitCue returns where a cue in the present progressive split by an
// adverb ends: "Canada is also providing $1.6 million", "Japan is now
// contributing $3 million", "we are further investing". The lexicon holds
// "is providing"; news copy puts "also", "now" or "further" between the
// auxiliary and the participle, as "will also contribute" already reads.
// Words that tell help under way ("is already providing", "is still
// providing") describe a running programme, not an announcement, and end
// nothing. 0 when toks[i] opens no such cue.
func (x *extractor) splitCue(toks []token, i int) int {
	if i+2 >= len(toks) || toks[i].f != "is" && toks[i].f != "are" {
		return 0
	}
	j := i + 1
	for j < len(toks) && j-i <= 2 && x.l.adverbs[toks[j].f] {
		if ongoingAdverb[toks[j].f] {
			return 0
		}
		j++
	}
	if j == i+1 || j >= len(toks) {
		return 0
	}
	if end, _ := x.l.cues.match([]token{toks[i], toks[j]}, 0); end == 2 {
		return j + 1
	}
	return 0
}

// ongoingAdverb are the adverbs of help already under way.
var ongoingAdverb = map[string]bool{"already": true, "still": true}

// purposeTo returns where the "to" of a purpose opened at toks[q] by "in
// order" or "so as" stands, so that the sum's purpose is read as after a
// bare "to"; q itself otherwise. A sum received ("Peru will receive $N in
// order to strengthen our military") keeps the recipient's purpose out:
// the giver's assistance is what it names.
func (x *extractor) purposeTo(toks []token, a amount, q int) int {
	if q >= len(toks) || a.ps > 0 && takeVerbs[toks[a.ps-1].f] {
		return q
	}
	if end, _ := x.l.purposeOpeners.match(toks, q); end > 0 && end < len(toks) && toks[end].f == "to" {
		return end
	}
	return q
}

// hyphened reports whether toks[k] is a hyphen written without spaces
// between two words ("Haiti-Dominican Republic").
func hyphened(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k].f == "-" && !toks[k].sp && !toks[k+1].sp
}

// capitalSubject returns where a capital city that opens a clause as the
// subject of a commitment ends, and its country: wire copy names a
// government by its seat ("Tokyo will provide $5 million", "Ottawa is also
// earmarking $1.6 million", "Beijing has pledged"). Only a capitalised name
// at a clause's start with a subject verb after it (adverbs aside) counts:
// "In Tokyo, Japan will …" and a dateline's "Tokyo, March 3" do not.
func (x *extractor) capitalSubject(toks []token, i int) (int, string) {
	if !x.capital(toks[i]) || !x.clauseStart(toks, i) {
		return 0, ""
	}
	end, code := x.l.capitals.match(toks, i)
	if end <= 0 {
		return 0, ""
	}
	j := end
	for j < len(toks) && x.l.adverbs[toks[j].f] {
		j++
	}
	if j < len(toks) && x.l.subjVerbs[toks[j].f] {
		return end, code
	}
	return 0, ""
}
