package consolidate

// SetWindowSize sets the number of engagements an Applier keeps, for a
// test, and returns the function that restores it.
func SetWindowSize(n int) func() {
	old := windowSize
	windowSize = n
	return func() { windowSize = old }
}

// SetTailSize sets the number of latest statements an Applier keeps of a
// target's lists, for a test, and returns the function that restores it.
func SetTailSize(n int) func() {
	old := tailSize
	tailSize = n
	return func() { tailSize = old }
}
