package main

import (
	"regexp"
	"testing"
)

func TestVersion(t *testing.T) {
	out, stderr, code := accordCmd(t, "", "version")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// The test binary is built without VCS stamping (GOFLAGS may say
	// -buildvcs=false): then the commit is "unknown", said plainly.
	if !regexp.MustCompile(`^accord \S+, commit (unknown|[0-9a-f]{7,40})( \(modified\))?\n$`).MatchString(out) {
		t.Errorf("accord version printed %q", out)
	}
}
