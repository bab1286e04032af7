// Package outfile writes a command's output to the file a user named, without
// harming what that name stands for: a regular file is replaced atomically
// and keeps its permissions, while a device, a FIFO, a terminal or standard
// output is written in place, and a symlink is written through.
package outfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// Stdout is where "-" and /dev/stdout are written; a variable for tests.
var Stdout io.Writer = os.Stdout

// maxLinks bounds the symlinks followed, as the kernel does (ELOOP).
const maxLinks = 40

// Write calls write with a writer for path and makes what it wrote the
// content of path:
//   - "" and "-" mean standard output, and so does /dev/stdout;
//   - a path that does not exist, or names a regular file, is written to a
//     temporary file beside it and renamed over it once complete, so that a
//     reader never sees half a file and a failed write leaves the old one;
//   - any other existing file (a character or block device, a FIFO, a
//     socket, /dev/fd/N) is opened and written in place: replacing
//     /dev/null with a regular file breaks every program on the machine;
//   - a symlink is followed, and its target is written by these rules.
//
// An existing file keeps its permission bits (and, as root, its owner); a new
// file gets 0666 less the umask, as a shell redirection would.
func Write(path string, write func(io.Writer) error) error {
	switch path {
	case "", "-", "/dev/stdout":
		return write(Stdout)
	}
	if fd, ok := fdPath(path); ok {
		// A duplicate of the descriptor itself, as a shell does, so that its
		// offset and append mode hold: reopening it by name would write at
		// offset 0.
		dup, err := syscall.Dup(fd)
		if err != nil {
			return &fs.PathError{Op: "write", Path: path, Err: err}
		}
		f := os.NewFile(uintptr(dup), path)
		if err := write(f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	target, fi, err := resolve(path)
	if err != nil {
		return err
	}
	if fi != nil && fi.IsDir() {
		return &fs.PathError{Op: "write", Path: path, Err: syscall.EISDIR}
	}
	if fi != nil && !fi.Mode().IsRegular() {
		return direct(path, write)
	}
	return atomicWrite(target, fi, write)
}

// resolve follows the symlinks of path to the file they name. It returns
// that file's path and its information, nil when it does not exist yet (a
// new file, or a dangling symlink's target, which is then created).
func resolve(path string) (string, os.FileInfo, error) {
	// Pseudo-links such as /dev/fd/1 → "pipe:[123]" do not name a path:
	// what they open is the file itself, so decide on what Stat sees.
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return path, fi, nil
	}
	p := path
	for range maxLinks {
		fi, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return p, nil, nil
		}
		if err != nil {
			return "", nil, err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return p, fi, nil
		}
		link, err := os.Readlink(p)
		if err != nil {
			return "", nil, err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(p), link)
		}
		p = link
	}
	return "", nil, &fs.PathError{Op: "write", Path: path, Err: syscall.ELOOP}
}

// direct writes to a file that is not a regular one, in place.
func direct(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

var seq atomic.Uint64

// atomicWrite writes path through a temporary file in the same folder.
func atomicWrite(path string, old os.FileInfo, write func(io.Writer) error) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	// A new file is created with 0666 and the umask applies, as for a shell
	// redirection; os.CreateTemp would give 0600.
	perm := fs.FileMode(0o666)
	if old != nil {
		perm = 0o600 // until the old bits are copied, below
	}
	var tmp *os.File
	var err error
	for range 100 {
		name := filepath.Join(dir, "."+base+".tmp-"+strconv.Itoa(os.Getpid())+"-"+strconv.FormatUint(seq.Add(1)+uint64(time.Now().UnixNano()%1e6), 36))
		tmp, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return err
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if old != nil {
		if err := tmp.Chmod(old.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)); err != nil {
			return err
		}
		keepOwner(tmp, old)
	}
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	ok = true
	return nil
}

// keepOwner gives the temporary file the old file's owner and group, where
// the process may (as root); otherwise the new file is the writer's, as with
// any editor that saves by renaming.
func keepOwner(f *os.File, old os.FileInfo) {
	st, ok := old.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	if int(st.Uid) != os.Geteuid() || int(st.Gid) != os.Getegid() {
		_ = f.Chown(int(st.Uid), int(st.Gid))
	}
}

// fdPath returns the descriptor that /dev/stderr, /dev/fd/N or
// /proc/self/fd/N names.
func fdPath(path string) (int, bool) {
	if path == "/dev/stderr" {
		return 2, true
	}
	for _, p := range []string{"/dev/fd/", "/proc/self/fd/"} {
		if rest, ok := strings.CutPrefix(path, p); ok {
			n, err := strconv.Atoi(rest)
			return n, err == nil && n >= 0
		}
	}
	return 0, false
}
