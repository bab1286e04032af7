package consolidate

// SetWindowSize sets the number of engagements an Applier keeps, for a
// test, and returns the function that restores it.
func SetWindowSize(n int) func() {
	old := windowSize
	windowSize = n
	return func() { windowSize = old }
}
