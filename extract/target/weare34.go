package target

// weAre reports whether toks[i:] opens with the contraction of "are"
// after "we" ("We're investing", with either apostrophe): leaders' spoken
// announcements in transcripts say "we're providing" as releases say "we
// are providing".
func weAre(toks []token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i-1].f == "we" && (toks[i].f == "'" || toks[i].f == "’") && toks[i+1].f == "re"
}
