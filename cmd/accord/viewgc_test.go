package main

import (
	"runtime/debug"
	"testing"
)

// TestViewGC: a one-view process collects at GOGC=400 under a 256 MB
// limit, unless GOGC or GOMEMLIMIT say otherwise.
func TestViewGC(t *testing.T) {
	gc, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	defer func() { debug.SetGCPercent(gc); debug.SetMemoryLimit(limit) }()
	for _, c := range []struct {
		gogc, gomemlimit string
		wantGC           int
		wantLimit        int64
	}{
		{"", "", 400, viewMemoryLimit},
		{"150", "", 150, viewMemoryLimit},
		{"", "90MiB", 400, 90 << 20},
	} {
		t.Setenv("GOGC", c.gogc)
		t.Setenv("GOMEMLIMIT", c.gomemlimit)
		debug.SetGCPercent(150)
		debug.SetMemoryLimit(90 << 20)
		viewGC()
		if got := debug.SetGCPercent(100); got != c.wantGC {
			t.Errorf("GOGC=%q: collector at %d %%, want %d", c.gogc, got, c.wantGC)
		}
		if got := debug.SetMemoryLimit(-1); got != c.wantLimit {
			t.Errorf("GOMEMLIMIT=%q: limit %d, want %d", c.gomemlimit, got, c.wantLimit)
		}
	}
}
