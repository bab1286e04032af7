package extract

// courtesyCallTo reports whether the "to" at toks[k] closes "a courtesy
// call to" or "courtesy calls to" ("paid courtesy calls to President A,
// Premier B and Chairman C"): the hosts after it are called on, as after
// "called on", whatever their rank (the golds code each a reception).
func (d *doc) courtesyCallTo(k int) bool {
	if k < 2 {
		return false
	}
	switch d.toks[k-1].fold {
	case "call", "calls", "visit", "visits":
	default:
		return false
	}
	f := d.toks[k-2].fold
	return f == "courtesy" || f == "farewell"
}
