package read

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/accordhq/accord"
)

const goodAgency = " date 2025-01-02 SEOUL — The two ministers met on Thursday. — Yonhap\n"

// TestBadInputs puts one good file among bad ones in a folder: each bad one
// gives exactly one clear error, and the walk goes on to the good one.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-good.txt", []byte(goodAgency))
	write("binary.txt", []byte("date 2025\x00\x01\x02 PNG data"))
	write("control.txt", []byte(strings.Repeat("\x01\x02\x03\x04 text", 50)))
	write("latin1.txt", []byte(" date 2025-01-02 PARIS — Le ministre est arriv\xe9 mardi."))
	write("empty.txt", nil)
	write("blank.md", []byte(" \n\t\r\n  \n"))
	write("nodate.txt", []byte("A report with no date at all.\n\nNothing else.\n"))
	write("feed.jsonl", []byte(`{"id":"1","published":"2025-01-02","text":"Fine."}`+"\n{broken\n"))
	write("badyaml.md", []byte("---\ntitle: [unclosed\ndate: 2025-01-02\n---\nText.\n"))
	write("open.md", []byte("---\ntitle: x\nText without an end to the front matter.\n"))
	// A 50 MB file: sparse, so the test writes nothing.
	f, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()

	want := map[string]string{ // file → part of its one error
		"binary.txt":  "binary file",
		"control.txt": "binary file",
		"latin1.txt":  "invalid UTF-8 at byte 48",
		"empty.txt":   "empty file",
		"blank.md":    "empty file",
		"nodate.txt":  "no publication date",
		"feed.jsonl":  "feed.jsonl:2: malformed JSON",
		"badyaml.md":  "front matter: ",
		"open.md":     "no closing --- line",
		"huge.txt":    "file too large: 52428800 bytes",
	}
	var arts []*accord.Article
	errsBy := map[string][]error{}
	err = Walk(context.Background(), []string{dir}, nil, func(it Item) error {
		arts = append(arts, it.Articles...)
		errsBy[filepath.Base(it.Path)] = append(errsBy[filepath.Base(it.Path)], it.Errs...)
		if filepath.Base(it.Path) == "huge.txt" && it.Size > 1<<20 {
			t.Errorf("huge.txt: read %d bytes before refusing it", it.Size)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for file, part := range want {
		errs := errsBy[file]
		if len(errs) != 1 {
			t.Errorf("%s: got %d errors %v, want 1", file, len(errs), errs)
			continue
		}
		e := errs[0]
		var ae *accord.Error
		if !errors.As(e, &ae) || ae.Code != accord.EINVALID || !strings.HasPrefix(ae.Where, filepath.Join(dir, file)) {
			t.Errorf("%s: got %#v, want an EINVALID *accord.Error naming the file", file, e)
		}
		if !strings.Contains(e.Error(), part) {
			t.Errorf("%s: error %q does not say %q", file, e, part)
		}
	}
	// The good agency report and the good feed line.
	if len(arts) != 2 {
		t.Errorf("got %d articles, want 2", len(arts))
	}
}

func TestWalkUnreadable(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "b-good.txt"), []byte(goodAgency), 0o644)

	t.Run("symlink to parent", func(t *testing.T) {
		sub := filepath.Join(dir, "sub")
		os.Mkdir(sub, 0o755)
		if err := os.Symlink("..", filepath.Join(sub, "up")); err != nil {
			t.Skip("no symlinks:", err)
		}
		defer os.RemoveAll(sub)
		arts, errs := walkAll(t, dir)
		if len(arts) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "symlink loop") {
			t.Errorf("got %d articles, errors %v; want 1 and one symlink loop", len(arts), errs)
		}
	})
	t.Run("symlink to itself", func(t *testing.T) {
		self := filepath.Join(dir, "self")
		if err := os.Symlink("self", self); err != nil {
			t.Skip("no symlinks:", err)
		}
		defer os.Remove(self)
		arts, errs := walkAll(t, dir)
		if len(arts) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "symlink loop") {
			t.Errorf("got %d articles, errors %v; want 1 and one symlink loop", len(arts), errs)
		}
	})
	t.Run("permission denied", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("running as root: permissions do not apply")
		}
		locked := filepath.Join(dir, "a-locked")
		os.Mkdir(locked, 0o755)
		os.WriteFile(filepath.Join(locked, "x.txt"), []byte(goodAgency), 0o644)
		noread := filepath.Join(dir, "c-noread.txt")
		os.WriteFile(noread, []byte(goodAgency), 0o644)
		os.Chmod(locked, 0)
		os.Chmod(noread, 0)
		defer os.Chmod(locked, 0o755)
		arts, errs := walkAll(t, dir)
		if len(arts) != 1 || len(errs) != 2 {
			t.Fatalf("got %d articles, errors %v; want 1 and 2", len(arts), errs)
		}
		for _, e := range errs {
			if !strings.Contains(e.Error(), "permission denied") {
				t.Errorf("error %q does not say permission denied", e)
			}
		}
	})
	t.Run("missing", func(t *testing.T) {
		_, errs := walkAll(t, filepath.Join(dir, "nope.txt"))
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), "no such file") {
			t.Errorf("got %v", errs)
		}
	})
}

func TestWalkOrderStdinAndStop(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.txt", "c/d.txt", ".hidden/e.txt", "c/.f.txt"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(goodAgency), 0o644)
	}
	var got []string
	stdin := strings.NewReader(`{"id":"s1","published":"2025-01-03","text":"From a pipe."}` + "\n")
	err := Walk(context.Background(), []string{dir, "-"}, stdin, func(it Item) error {
		rel, _ := filepath.Rel(dir, it.Path)
		if it.Path == "-" {
			rel = "-"
		}
		got = append(got, rel)
		if len(it.Errs) > 0 || len(it.Articles) != 1 || it.Size == 0 {
			t.Errorf("%s: %d articles, errors %v, size %d", it.Path, len(it.Articles), it.Errs, it.Size)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "a.txt b.txt c/d.txt -"; strings.Join(got, " ") != want {
		t.Errorf("order %q, want %q", strings.Join(got, " "), want)
	}

	stop := errors.New("stop")
	n := 0
	err = Walk(context.Background(), []string{dir}, nil, func(Item) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("fn error: Walk returned %v after %d items, want stop after 1", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n = 0
	err = Walk(ctx, []string{dir}, nil, func(Item) error { n++; return nil })
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Errorf("canceled: Walk returned %v after %d items", err, n)
	}
}

// TestJSONLStreaming checks that a feed larger than MaxFileSize is read line
// by line, and that a line over MaxLineSize is one error.
func TestJSONLStreaming(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "big.txt") // detected by content, not by name
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	line := `{"id":"x","published":"2025-01-02","text":"` + strings.Repeat("word ", 200_000) + `"}` + "\n" // 1 MB
	for range 17 {
		f.WriteString(line)
	}
	f.WriteString(`{"id":"long","published":"2025-01-02","text":"` + strings.Repeat("w", MaxLineSize) + `"}` + "\n")
	f.WriteString(`{"id":"last","published":"2025-01-02","text":"The end."}` + "\n")
	f.Close()
	arts, errs := walkAll(t, path)
	if len(arts) != 18 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "big.txt:18: line too long") {
		t.Errorf("got %d articles, errors %v; want 18 and line 18 too long", len(arts), errs)
	}
}

// TestJSONLParts: a feed is passed on in parts of feedPart articles, the
// first a new input, the others its continuation, with the bytes of each;
// and a stop asked for after the first part ends the reading there.
func TestJSONLParts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	var b strings.Builder
	const n = 2*feedPart + 10
	for i := range n {
		b.WriteString(`{"id":"a` + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + `-` + strconv.Itoa(i) + `","published":"2025-01-02","text":"The ministers met."}` + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var parts []Item
	err := Walk(context.Background(), []string{path}, nil, func(it Item) error {
		it.Articles = it.Articles[:len(it.Articles):len(it.Articles)]
		parts = append(parts, it)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var arts int
	var size int64
	for i, p := range parts {
		if p.Cont != (i > 0) {
			t.Errorf("part %d: Cont %v", i, p.Cont)
		}
		arts += len(p.Articles)
		size += p.Size
	}
	if len(parts) != 3 || arts != n || size != int64(b.Len()) {
		t.Errorf("%d parts, %d articles, %d bytes; want 3, %d, %d", len(parts), arts, size, n, b.Len())
	}
	stop := errors.New("stop")
	calls := 0
	err = Walk(context.Background(), []string{path}, nil, func(Item) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("stop: %v after %d calls", err, calls)
	}
}
