package outfile

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func TestRegularFiles(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	tests := []struct {
		name  string
		setup func(path string) // prepares what the path names
		check string            // the path whose content must be the output
		mode  fs.FileMode       // the mode it must have
		link  bool              // the path must still be a symlink
	}{
		{name: "new", setup: func(string) {}, mode: 0o644},
		{name: "existing 0644", setup: func(p string) { mustWrite(t, p, 0o644) }, mode: 0o644},
		{name: "existing 0640", setup: func(p string) { mustWrite(t, p, 0o640) }, mode: 0o640},
		{name: "existing 0755", setup: func(p string) { mustWrite(t, p, 0o755) }, mode: 0o755},
		{name: "symlink", setup: func(p string) {
			mustWrite(t, p+".target", 0o604)
			if err := os.Symlink(filepath.Base(p)+".target", p); err != nil {
				t.Fatal(err)
			}
		}, check: ".target", mode: 0o604, link: true},
		{name: "dangling symlink", setup: func(p string) {
			if err := os.Symlink(p+".new", p); err != nil {
				t.Fatal(err)
			}
		}, check: ".new", mode: 0o644, link: true},
		{name: "symlink chain", setup: func(p string) {
			mustWrite(t, p+".c", 0o600)
			if err := os.Symlink(p+".c", p+".b"); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(p+".b", p); err != nil {
				t.Fatal(err)
			}
		}, check: ".c", mode: 0o600, link: true},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, "out"+string(rune('a'+i)))
			tt.setup(p)
			if err := Write(p, writeString("hello\n")); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(p + tt.check)
			if err != nil || string(got) != "hello\n" {
				t.Fatalf("content %q, %v", got, err)
			}
			fi, err := os.Stat(p + tt.check)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != tt.mode {
				t.Errorf("mode %v, want %v", fi.Mode().Perm(), tt.mode)
			}
			if li, _ := os.Lstat(p); (li.Mode()&fs.ModeSymlink != 0) != tt.link {
				t.Errorf("symlink replaced: %v", li.Mode())
			}
		})
	}
	// No temporary file is left behind.
	es, _ := os.ReadDir(dir)
	for _, e := range es {
		if e.Name()[0] == '.' {
			t.Errorf("left %s", e.Name())
		}
	}
}

func TestFailedWriteKeepsOld(t *testing.T) {
	p := filepath.Join(t.TempDir(), "keep")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	if err := Write(p, func(w io.Writer) error { io.WriteString(w, "half"); return boom }); !errors.Is(err, boom) {
		t.Fatalf("err %v", err)
	}
	if got, _ := os.ReadFile(p); string(got) != "old" {
		t.Errorf("after a failed write: %q", got)
	}
}

func TestDirectory(t *testing.T) {
	if err := Write(t.TempDir(), writeString("x")); err == nil {
		t.Error("writing over a folder succeeded")
	}
}

func TestStdout(t *testing.T) {
	var b bytes.Buffer
	defer func(w io.Writer) { Stdout = w }(Stdout)
	Stdout = &b
	for _, p := range []string{"-", "", "/dev/stdout"} {
		b.Reset()
		if err := Write(p, writeString("out")); err != nil || b.String() != "out" {
			t.Errorf("%q: %q %v", p, b.String(), err)
		}
	}
}

func TestFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(p) // blocks until the writer opens it
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- string(b)
	}()
	if err := Write(p, writeString("through the pipe")); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		if s != "through the pipe" {
			t.Errorf("reader got %q", s)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the reader got nothing: the FIFO was replaced")
	}
	if fi, err := os.Lstat(p); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("FIFO replaced: %v %v", fi.Mode(), err)
	}
}

func TestCharDevice(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mknod needs root")
	}
	p := filepath.Join(t.TempDir(), "null")
	if err := syscall.Mknod(p, syscall.S_IFCHR|0o666, 1<<8|3); err != nil { // 1,3: /dev/null
		t.Skip("mknod:", err)
	}
	if err := os.Chmod(p, 0o666); err != nil {
		t.Fatal(err)
	}
	if err := Write(p, writeString("discarded")); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Lstat(p)
	if err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
		t.Fatalf("device replaced: %v %v", fi.Mode(), err)
	}
	if fi.Mode().Perm() != 0o666 {
		t.Errorf("device mode %v", fi.Mode().Perm())
	}
}

func TestFdPath(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	path := "/dev/fd/" + itoa(int(w.Fd()))
	if _, err := os.Stat("/dev/fd"); err != nil {
		t.Skip("no /dev/fd")
	}
	if err := Write(path, writeString("via fd")); err != nil {
		t.Fatal(err)
	}
	w.Close()
	b, _ := io.ReadAll(r)
	if string(b) != "via fd" {
		t.Errorf("got %q", b)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func mustWrite(t *testing.T, p string, mode fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(p, []byte("previous content, longer than the new"), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil { // past the umask
		t.Fatal(err)
	}
}
