package main

import (
	"regexp"
	"runtime/debug"
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

func TestVersionOf(t *testing.T) {
	mod := func(v string, settings ...debug.BuildSetting) *debug.BuildInfo {
		return &debug.BuildInfo{Main: debug.Module{Version: v}, Settings: settings}
	}
	for _, c := range []struct {
		name         string
		bi           *debug.BuildInfo
		ver, rev     string // link-time values
		wantV, wantR string
		wantModified bool
	}{
		{"go install of a tag", mod("v1.2.0"), "", "", "v1.2.0", "unknown", false},
		{"go install @latest of an untagged commit", mod("v0.0.0-20261126141021-5fe88e847743"), "", "", "v0.0.0-20261126141021-5fe88e847743", "5fe88e847743", false},
		{"build in a clone", mod("(devel)", debug.BuildSetting{Key: "vcs.revision", Value: "5fe88e847743f7c1f495509e46c51cdde23fa3f2"}, debug.BuildSetting{Key: "vcs.modified", Value: "true"}),
			"", "", "(devel)", "5fe88e847743f7c1f495509e46c51cdde23fa3f2", true},
		{"set at link time", mod("(devel)"), "v2.0.0", "abc1234", "v2.0.0", "abc1234", false},
		{"no build information", nil, "", "", "(devel)", "unknown", false},
	} {
		v, r, m := versionOf(c.bi, c.ver, c.rev)
		if v != c.wantV || r != c.wantR || m != c.wantModified {
			t.Errorf("%s: %q %q %v, want %q %q %v", c.name, v, r, m, c.wantV, c.wantR, c.wantModified)
		}
	}
}
