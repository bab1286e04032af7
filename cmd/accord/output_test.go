package main

import (
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// smallStore ingests one article into a new store and returns its path.
func smallStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "small.db")
	line := `{"id":"o1","title":"Call","published":"2025-05-06","url":"https://example.org/o1","text":"The foreign ministers of France and Chile held talks in Paris on trade."}`
	if _, stderr, code := accordCmd(t, line+"\n", "ingest", "--quiet", "--db", db, "-"); code != 0 {
		t.Fatalf("ingest: %s", stderr)
	}
	return db
}

func isExport(t *testing.T, b []byte) {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil || v["schema"] == nil {
		t.Fatalf("not an export (%v): %.200q", err, b)
	}
}

// TestExportToCharDevice is the /dev/null accident: a device named by -o is
// written, not replaced by a regular file.
func TestExportToCharDevice(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mknod needs root")
	}
	db := smallStore(t)
	dev := filepath.Join(t.TempDir(), "n")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err != nil { // 1,3 is /dev/null
		t.Skip("mknod:", err)
	}
	for _, cmd := range [][]string{{"export"}, {"brief", "FR", "CL"}} {
		if _, stderr, code := accordCmd(t, "", append(cmd, "--db", db, "-o", dev)...); code != 0 {
			t.Fatalf("%s: exit %d %s", cmd[0], code, stderr)
		}
		fi, err := os.Lstat(dev)
		if err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
			t.Fatalf("%s -o DEVICE replaced the device: %v %v", cmd[0], fi.Mode(), err)
		}
	}
}

func TestExportToFIFO(t *testing.T) {
	db := smallStore(t)
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
	got := make(chan []byte, 1)
	go func() {
		f, err := os.Open(fifo) // blocks until accord opens it; leaks if it never does
		if err != nil {
			got <- nil
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- b
	}()
	if _, stderr, code := accordCmd(t, "", "export", "--db", db, "-o", fifo); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	select {
	case b := <-got:
		isExport(t, b)
	case <-time.After(20 * time.Second):
		t.Fatal("the FIFO's reader got nothing")
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v %v", fi.Mode(), err)
	}
}

func TestExportThroughSymlink(t *testing.T) {
	db := smallStore(t)
	dir := t.TempDir()
	target, link := filepath.Join(dir, "real.json"), filepath.Join(dir, "link.json")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.json", link); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := accordCmd(t, "", "export", "--db", db, "-o", link); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		t.Fatalf("the symlink was replaced: %v", err)
	}
	b, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	isExport(t, b)
}

func TestExportKeepsMode(t *testing.T) {
	db := smallStore(t)
	dir := t.TempDir()
	for _, mode := range []fs.FileMode{0o644, 0o640} {
		p := filepath.Join(dir, "out"+mode.String()+".json")
		if err := os.WriteFile(p, []byte("old"), mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
		if _, stderr, code := accordCmd(t, "", "export", "--db", db, "-o", p); code != 0 {
			t.Fatalf("exit %d %s", code, stderr)
		}
		fi, err := os.Stat(p)
		if err != nil || fi.Mode().Perm() != mode {
			t.Errorf("existing %v file became %v (%v)", mode, fi.Mode().Perm(), err)
		}
	}
	// A new file gets 0666 less the umask (022 here): 0644, not 0600.
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	p := filepath.Join(dir, "new.json")
	if _, stderr, code := accordCmd(t, "", "export", "--db", db, "-o", p); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("new file mode %v (%v), want 0644", fi.Mode().Perm(), err)
	}
}

func TestExportToStdout(t *testing.T) {
	db := smallStore(t)
	dir := t.TempDir()
	cmd := exec.Command(bin, "export", "--db", db, "-o", "-")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	isExport(t, out)
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error("-o - created a file named -")
	}
	// A descriptor named by path is written through, at its offset.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command(bin, "export", "--db", db, "-o", "/dev/fd/3")
	cmd.ExtraFiles = []*os.File{w}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	done := make(chan []byte)
	go func() { b, _ := io.ReadAll(r); done <- b }()
	if err := cmd.Run(); err != nil {
		t.Fatalf("-o /dev/fd/3: %v %s", err, stderr.String())
	}
	w.Close()
	isExport(t, <-done)
}
