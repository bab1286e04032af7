package extract

// formatNamed reports whether the talks phrase at toks[i:j] names a standing
// format rather than a round held: a format noun right after it in the same
// sentence ("the Foreign Ministers' Dialogue mechanism", "the Strategic
// Dialogue framework"). A dialogue's round is told by the phrase alone.
func (d *doc) formatNamed(i, j int) bool {
	if j >= len(d.toks) || j <= i || d.toks[j].sent != d.toks[i].sent {
		return false
	}
	return d.lx.standingFormats[d.toks[j].fold]
}
