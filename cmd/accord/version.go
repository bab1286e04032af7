package main

import (
	"context"
	"fmt"
	"os"
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
	ver, rev = version, commit
	if bi, ok := debug.ReadBuildInfo(); ok {
		if ver == "" && bi.Main.Version != "" {
			ver = bi.Main.Version // "(devel)" in a clone
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
	if ver == "" {
		ver = "(devel)"
	}
	if rev == "" {
		rev = "unknown"
	}
	return ver, rev, dirty
}
