package main

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"runtime/debug"
)

// version and commit may be set at link time (-ldflags "-X main.version=v1.2.0
// -X main.commit=abc123"), for builds without module or VCS information.
var (
	version = ""
	commit  = ""
)

func runVersion(_ context.Context, args []string) error {
	f := newFlags("version", "")
	if _, err := f.parse(args); err != nil {
		return err
	}
	v, c, dirty := buildVersion()
	if dirty {
		c += " (modified)"
	}
	fmt.Fprintf(os.Stdout, "accord %s, commit %s\n", v, c)
	return nil
}

// buildVersion reads the version and commit the Go toolchain stamped into
// the binary: the module version for `go install …@version`, the VCS
// revision for a build inside a clone. What it cannot know it says so.
func buildVersion() (ver, rev string, dirty bool) {
	bi, _ := debug.ReadBuildInfo()
	return versionOf(bi, version, commit)
}

// pseudo matches the commit at the end of a pseudo-version
// (v0.0.0-20261126141021-5fe88e847743): what `go install …@latest` of an
// untagged commit records instead of VCS settings.
var pseudo = regexp.MustCompile(`\d{14}-([0-9a-f]{12})(\+dirty)?$`)

func versionOf(bi *debug.BuildInfo, ver, rev string) (string, string, bool) {
	dirty := false
	if bi != nil {
		if ver == "" && bi.Main.Version != "" {
			ver = bi.Main.Version // "(devel)" in a clone without VCS stamping
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if rev == "" {
					rev = s.Value
				}
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if m := pseudo.FindStringSubmatch(ver); rev == "" && m != nil {
		rev = m[1]
	}
	if ver == "" {
		ver = "(devel)"
	}
	if rev == "" {
		rev = "unknown"
	}
	return ver, rev, dirty
}
