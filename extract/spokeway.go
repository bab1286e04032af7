package extract

// genericSpoke reports whether a call phrase names no way of its own
// ("spoke with", "talked with"), so that a video way told after the
// counterpart ("by video conference", "via video link") is the contact's.
func genericSpoke(form string) bool {
	switch form {
	case "spoke with", "spoke to", "talked with", "speaking with", "chatted with":
		return true
	}
	return false
}
