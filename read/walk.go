package read

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/accordhq/accord"
	"golang.org/x/text/transform"
)

// Walk reads paths (files and folders, recursively, in lexical order; "-"
// means stdin) and calls fn for each input file. Unreadable entries become
// Items with an error; Walk continues past them. It stops early only if fn
// returns an error or ctx is done.
//
// Symbolic links are followed; a link leading back into a folder being
// walked is reported as a loop. Entries whose names start with "." inside a
// folder are skipped (.git, .DS_Store), as the go tool does.
func Walk(ctx context.Context, paths []string, stdin io.Reader, fn func(Item) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			err = readInputParts("-", stdin, -1, func(it Item) error { return fn(stdinItem(it)) })
		} else {
			err = walk(ctx, p, nil, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// walk visits one path; ancestors are the folders it lies in, to catch loops.
func walk(ctx context.Context, path string, ancestors []os.FileInfo, fn func(Item) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	fi, err := os.Stat(path) // follows links
	if err != nil {
		return fn(errItem(path, err))
	}
	if !fi.IsDir() {
		if !fi.Mode().IsRegular() {
			// A pipe named on the command line (a FIFO, bash's <(…) as
			// /dev/fd/63) is read as a stream; inside a folder, where a FIFO
			// could block the walk forever, only regular files are.
			if ancestors == nil && fi.Mode().Type()&(fs.ModeNamedPipe|fs.ModeCharDevice|fs.ModeSocket) != 0 {
				return readFile(path, -1, fn)
			}
			return fn(Item{Path: path, Errs: []error{accord.ErrorAt(accord.EINVALID, path, "not a regular file (%v)", fi.Mode().Type())}})
		}
		return readFile(path, fi.Size(), fn)
	}
	for _, a := range ancestors {
		if os.SameFile(a, fi) {
			return fn(Item{Path: path, Errs: []error{accord.ErrorAt(accord.EINVALID, path, "symlink loop: leads back to a folder being read")}})
		}
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		// ReadDir returns what it could read; report the failure, go on with those.
		if ferr := fn(errItem(path, err)); ferr != nil {
			return ferr
		}
	}
	ancestors = append(ancestors[:len(ancestors):len(ancestors)], fi)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if err := walk(ctx, filepath.Join(path, e.Name()), ancestors, fn); err != nil {
			return err
		}
	}
	return nil
}

// stdinItem gives the documents read from standard input their content id
// as identity ("stdin:ID"): they have no name, so each document piped in is
// a new article rather than a replacement of the previous one (all were
// once stored under the key "-"). Feed items with a url or id keep theirs.
func stdinItem(it Item) Item {
	for _, a := range it.Articles {
		if a.Path == "" && (a.File == "-" || strings.HasPrefix(a.File, "-:")) {
			a.Path = "stdin:" + a.ID
		}
	}
	return it
}

// errItem describes a file system error in words for people.
func errItem(path string, err error) Item {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	switch {
	case errors.Is(err, syscall.ELOOP):
		msg = "symlink loop: " + msg
	case errors.Is(err, fs.ErrPermission):
		msg = "permission denied"
	case errors.Is(err, fs.ErrNotExist):
		msg = "no such file or folder"
	}
	return Item{Path: path, Errs: []error{&accord.Error{Code: accord.EINVALID, Where: path, Message: msg, Err: err}}}
}

// readFile reads and parses one file, passing its articles to fn (in
// parts, for a JSON Lines feed). size is its size as stat saw it.
func readFile(path string, size int64, fn func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(errItem(path, err))
	}
	defer f.Close()
	// A file's articles are known by its absolute path: a changed file
	// replaces its older version, and two files with one base name in two
	// folders stay two inputs. Feed items keep their own identity.
	// A pipe's name (/dev/fd/63) says nothing of what flows through it:
	// its documents are known by content, as stdin's are.
	base := filepath.Base(path)
	abs, absErr := filepath.Abs(path)
	return readInputParts(path, f, size, func(it Item) error {
		for _, a := range it.Articles {
			if a.Path != "" || a.File != base && !strings.HasPrefix(a.File, base+":") {
				continue
			}
			switch {
			case size < 0:
				a.Path = "pipe:" + a.ID
			case absErr == nil && a.File == base:
				a.Path = abs
			}
		}
		return fn(it)
	})
}

// feedPart is the number of articles of a JSON Lines feed passed on at
// once: a feed of any size is read in bounded memory.
const feedPart = 1000

// readInput reads one input whole, as one Item.
func readInput(path string, r io.Reader, size int64) Item {
	var all Item
	first := true
	_ = readInputParts(path, r, size, func(it Item) error {
		if first {
			all, first = it, false
			return nil
		}
		all.Articles = append(all.Articles, it.Articles...)
		all.Errs = append(all.Errs, it.Errs...)
		all.Size += it.Size
		return nil
	})
	all.Cont = false
	return all
}

// readInput detects the format of r from its first bytes, then streams a
// JSON Lines feed or reads a single document of at most MaxFileSize bytes.
// size is the input's size if known, else -1.
func readInputParts(path string, r io.Reader, size int64, fn func(Item) error) error {
	it, err := readInputStream(path, r, size, fn)
	if err != nil {
		return err
	}
	return fn(it)
}

// readInputStream is readInputParts but for the last part, which it returns.
func readInputStream(path string, r io.Reader, size int64, fn func(Item) error) (Item, error) {
	cr := &countReader{r: r}
	br := bufio.NewReaderSize(cr, 64<<10)
	head, err := br.Peek(4096)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return withSize(errItem(path, err), cr.n), nil
	}
	if enc := bomEncoding(head); enc != nil {
		// UTF-16 or UTF-32: decoded to UTF-8 as it is read (a feed streams).
		br = bufio.NewReaderSize(transform.NewReader(br, enc.NewDecoder()), 64<<10)
		if head, err = br.Peek(4096); err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return withSize(Item{Path: path, Errs: []error{accord.ErrorAt(accord.EINVALID, path, "invalid %s: %v", enc, err)}}, cr.n), nil
		}
	}
	if detect(path, head) == accord.FormatJSONL {
		it := Item{Path: path}
		// Lines are checked one by one; here only what makes the whole feed unreadable.
		if len(bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\uFEFF")))) == 0 {
			it.Errs = append(it.Errs, accord.ErrorAt(accord.EINVALID, path, "empty file"))
			return withSize(it, cr.n), nil
		}
		if isBinary(head) {
			it.Errs = append(it.Errs, accord.ErrorAt(accord.EINVALID, path, "binary file, not text"))
			return withSize(it, cr.n), nil
		}
		var sent int64    // bytes counted in parts passed on
		var stopped error // what fn returned to stop the walk
		_ = eachJSONLine(path, br, func(a *accord.Article, err error) error {
			if err != nil {
				it.Errs = append(it.Errs, err)
			} else {
				it.Articles = append(it.Articles, a)
			}
			if len(it.Articles) < feedPart {
				return nil
			}
			it.Size = cr.n - sent
			sent = cr.n
			if err := fn(it); err != nil {
				stopped = err
				return err
			}
			it = Item{Path: path, Cont: true}
			return nil
		})
		if stopped != nil {
			return it, stopped
		}
		it.Size = cr.n - sent
		return it, nil
	}
	if size > MaxFileSize {
		return withSize(Item{Path: path, Errs: []error{tooLarge(path, size)}}, cr.n), nil
	}
	data, err := io.ReadAll(io.LimitReader(br, MaxFileSize+1))
	if err != nil {
		return withSize(errItem(path, err), cr.n), nil
	}
	if len(data) > MaxFileSize {
		// Stdin or a file that grew: the size is not known, only that it is too much.
		return withSize(Item{Path: path, Errs: []error{accord.ErrorAt(accord.EINVALID, path, "file too large: more than %d MiB", MaxFileSize>>20)}}, cr.n), nil
	}
	arts, errs := Parse(path, data)
	return Item{Path: path, Size: cr.n, Articles: arts, Errs: errs}, nil
}

func withSize(it Item, n int64) Item {
	it.Size = n
	return it
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
