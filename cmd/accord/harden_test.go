package main

import (
	"bufio"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/sqlite"
)

// TestStdinDocumentsAreKept: each document piped to `ingest -` is a new
// article; none replaces the one before (they were all once stored under
// the key "-").
func TestStdinDocumentsAreKept(t *testing.T) {
	db := filepath.Join(t.TempDir(), "in.db")
	docs := []string{
		" date 2025-03-01 PARIS — The foreign ministers of France and Chile held talks on trade. — AFP",
		" date 2025-03-02 NAIROBI — The presidents of Kenya and India met on energy cooperation. — KNA",
		"Title line\n\nPublished 2025-03-03. The leaders of Japan and Brazil spoke by phone.",
	}
	for i, d := range docs {
		out, stderr, code := accordCmd(t, d, "ingest", "--db", db, "-")
		if code != 0 && i < 2 {
			t.Fatalf("doc %d: exit %d %s%s", i, code, out, stderr)
		}
		if strings.Contains(out, "replaced 1") {
			t.Errorf("doc %d replaced an earlier one:\n%s", i, out)
		}
	}
	feed := `{"title":"A","published":"2025-04-01","text":"The two ministers met in Lima."}` + "\n"
	if _, stderr, code := accordCmd(t, feed, "ingest", "--db", db, "-"); code != 0 {
		t.Fatal(stderr)
	}
	feed2 := `{"title":"B","published":"2025-04-02","text":"The two presidents met in Quito."}` + "\n"
	if out, stderr, code := accordCmd(t, feed2, "ingest", "--db", db, "-"); code != 0 || !strings.Contains(out, "stored 1, replaced 0") {
		t.Fatalf("second feed from stdin: exit %d\n%s%s", code, out, stderr)
	}
	if n := countArticles(t, db); n < 4 {
		t.Errorf("%d articles after four different stdin documents", n)
	}
}

// TestUploadNameReuse: an upload reusing a name is stored beside the
// earlier one unless replace=1, and the response says which.
func TestUploadNameReuse(t *testing.T) {
	db := smallStore(t)
	addr := freeAddr(t)
	cmd := exec.Command(bin, "serve", "--db", db, "--addr", addr)
	cmd.Env = append(os.Environ(), "ACCORD_DB=", "ACCORD_WRITE_TOKEN=tok")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	base := "http://" + addr
	waitUp(t, base+"/api/articles")
	post := func(query, body string) map[string]any {
		t.Helper()
		req, _ := http.NewRequest("POST", base+"/api/articles?"+query, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer tok")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var v map[string]any
		json.NewDecoder(resp.Body).Decode(&v)
		if resp.StatusCode != 201 {
			t.Fatalf("POST %s: %d %v", query, resp.StatusCode, v)
		}
		return v
	}
	total := func() float64 {
		resp, err := http.Get(base + "/api/articles")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var v map[string]any
		json.NewDecoder(resp.Body).Decode(&v)
		return v["total"].(float64)
	}
	n0 := total()
	post("name=upload.txt", " date 2025-03-01 PARIS — The foreign ministers of France and Chile held talks. — AFP")
	r := post("name=upload.txt", " date 2025-03-02 LIMA — The presidents of Peru and Japan met on trade. — AFP")
	if r["replaced"].(float64) != 0 || r["name_reused"] != true || total() != n0+2 {
		t.Errorf("a reused name: %v; %v articles, want %v", r, total(), n0+2)
	}
	r = post("name=upload.txt&replace=1", " date 2025-03-03 LIMA — The presidents of Peru and Japan met on energy. — AFP")
	if r["replaced"].(float64) != 1 || total() != n0+2 {
		t.Errorf("replace=1: %v; %v articles, want %v", r, total(), n0+2)
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func waitUp(t *testing.T, url string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for ctx.Err() == nil {
		if resp, err := http.Get(url); err == nil {
			resp.Body.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the server did not come up")
}

// TestIngestTellsPhases: the rebuild after the last batch, and a wait for
// another process's lock, each get a line on stderr.
func TestIngestTellsPhases(t *testing.T) {
	corpus := makeCorpus(t, 40) // lexical file order is not date order: a rebuild
	db := filepath.Join(t.TempDir(), "p.db")
	_, stderr, code := accordCmd(t, "", "ingest", "--batch", "5", "--db", db, corpus)
	if code != 0 {
		t.Fatal(stderr)
	}
	if !strings.Contains(stderr, "consolidating the record") || !strings.Contains(stderr, "done in") {
		t.Errorf("no consolidation lines on stderr:\n%s", stderr)
	}

	// Another process holds the record lock for a while.
	lock, err := os.OpenFile(db+"-lock", os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close()
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	lock.Truncate(0)
	lock.WriteAt([]byte("process 4242 on testhost since 10:00:00"), 0)
	// The lock is released once the ingest says it waits (or after a minute).
	doc := " date 2026-01-02 GENEVA — The foreign ministers of Chile and Kenya held talks on trade. — AGENCY"
	cmd := exec.Command(bin, "ingest", "--db", db, "-")
	cmd.Env = append(os.Environ(), "ACCORD_DB=")
	cmd.Stdin = strings.NewReader(doc)
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waiting := make(chan struct{})
	all := make(chan string)
	go func() {
		var b strings.Builder
		sc := bufio.NewScanner(errPipe)
		once := false
		for sc.Scan() {
			b.WriteString(sc.Text() + "\n")
			if !once && strings.Contains(sc.Text(), "waiting for the record lock") {
				once = true
				close(waiting)
			}
		}
		all <- b.String()
	}()
	select {
	case <-waiting:
	case <-time.After(60 * time.Second):
	}
	syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	stderr = <-all
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "waiting for the record lock held by process 4242 on testhost since 10:00:00") {
		t.Errorf("the wait for the lock was silent:\n%s", stderr)
	}
}

// TestNoEscapesPrinted: control characters stored in an article (as in a
// store written before read removed them) are printed escaped by search,
// show and the lists.
func TestNoEscapesPrinted(t *testing.T) {
	db := smallStore(t)
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	esc := "\x1b[2J\x1b]0;owned\x07\x1b]8;;https://evil.example/\x1b\\"
	body := "The foreign ministers of France and Chile held talks on trade" + esc + " and energy.\n\nA line\rforged."
	a := &accord.Article{ID: accord.ArticleID("2025-05-07", body), File: "evil\n.txt", Title: "Talks" + esc, Published: "2025-05-07", Source: "AFP\x07", Body: body}
	facts := &accord.ArticleFacts{Article: a, Actors: []accord.Actor{{ID: "a_evil", Type: accord.Person, Name: "Evil" + esc + " Person", Country: "FR", Roles: []string{"Minister" + esc}}}}
	if _, err := s.PutArticles(ctx, []*accord.ArticleFacts{facts}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, stderr, code := accordCmd(t, "", "consolidate", "--db", db); code != 0 {
		t.Fatal(stderr)
	}
	for _, args := range [][]string{
		{"search", "trade"}, {"search", "talks"}, {"show", a.ID}, {"actors"}, {"actors", "--type", "person"},
		{"events"}, {"targets"}, {"actor", "Evil"},
	} {
		out, stderr, code := accordCmd(t, "", append(args, "--db", db)...)
		if code != 0 && args[0] != "actor" {
			t.Errorf("%v: exit %d %s", args, code, stderr)
		}
		for _, c := range []string{"\x1b", "\x07", "\r"} {
			if strings.Contains(out, c) || strings.Contains(stderr, c) {
				t.Errorf("%v prints %q raw:\n%q", args, c, out)
			}
		}
	}
}

// TestMissingStore: a reading command on a store that does not exist fails
// naming it, and creates nothing.
func TestMissingStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{{"search", "x"}, {"export"}, {"events"}, {"actors"}, {"show", "x"}, {"brief", "VN", "KR"}, {"timeline", "VN", "KR"}} {
		_, stderr, code := accordCmd(t, "", append(args, "--db", db)...)
		if code != 1 || !strings.Contains(stderr, db) || !strings.Contains(stderr, "no such store") {
			t.Errorf("%v on a missing store: exit %d, %q", args, code, stderr)
		}
	}
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Errorf("reading commands created %v", es)
	}
}

// TestReadOnlyStore: a store the user may only read (file 0444 in a 0555
// folder) can be searched, exported and listed; a write says "permission
// denied". Run as root, the commands run as nobody (root may write
// anything); otherwise as the user.
func TestReadOnlyStore(t *testing.T) {
	root := os.Geteuid() == 0
	parent := t.TempDir()
	dir := filepath.Join(parent, "ro")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	if _, stderr, code := accordCmd(t, "", "ingest", "--quiet", "--db", db, seeds); code != 0 {
		t.Fatal(stderr)
	}
	os.Remove(db + "-lock")
	os.Chmod(db, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	run := func(args ...string) (string, string, int) {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "ACCORD_DB=")
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		if root {
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		}
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		return out.String(), errb.String(), code
	}
	if root {
		// nobody must reach the binary and the store.
		for _, d := range []string{filepath.Dir(bin), parent, filepath.Dir(parent)} {
			os.Chmod(d, 0o755)
		}
		if _, _, code := run("help"); code != 0 {
			t.Skip("cannot run the binary as nobody here")
		}
	}
	for _, args := range [][]string{{"search", "trade"}, {"export", "-o", "-"}, {"events"}, {"actors"}, {"brief", "VN", "KR"}} {
		out, stderr, code := run(append(args, "--db", db)...)
		if code != 0 || out == "" {
			t.Errorf("%v on a read-only store: exit %d %s", args, code, stderr)
		}
	}
	_, stderr, code := run("ingest", "--db", db, seeds)
	if code == 0 || !strings.Contains(stderr, "permission denied") {
		t.Errorf("ingest into a read-only store: exit %d, %q", code, stderr)
	}
	_, stderr, code = run("ingest", "--db", filepath.Join(dir, "new.db"), seeds)
	if code == 0 || !strings.Contains(stderr, "permission denied") {
		t.Errorf("ingest into a read-only folder: exit %d, %q", code, stderr)
	}
}

// TestCLIValidates: the reading commands check dates, country codes, pairs
// and types as the API does: exit 2 with the reason, never an empty answer.
func TestCLIValidates(t *testing.T) {
	db := smallStore(t)
	tests := []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"events", "--from", "garbage"}, "--from"},
		{[]string{"events", "--from", "2025-13-45"}, "not a date"},
		{[]string{"events", "--to", "2025-02-30"}, "not a date"},
		{[]string{"events", "--type", "duel"}, "--type"},
		{[]string{"events", "--country", "Vietnam"}, "--country"},
		{[]string{"events", "--country", "XX"}, "XX"},
		{[]string{"targets", "--from", "soon"}, "--from"},
		{[]string{"targets", "--country", "V1"}, "--country"},
		{[]string{"brief", "--since", "garbage", "VN", "KR"}, "--since"},
		{[]string{"brief", "VN", "VN"}, "two different countries"},
		{[]string{"timeline", "US", "XX"}, "XX"},
		{[]string{"timeline", "VN", "VN"}, "two different countries"},
		{[]string{"timeline", "VN", "KR", "--from", "2025-00"}, "--from"},
		{[]string{"actors", "--type", "weird"}, "--type"},
		{[]string{"actors", "--from", "yesterday"}, "--from"},
		{[]string{"search", "trade", "--country", "ZZ"}, "ZZ"},
		{[]string{"search", "trade", "--type", "duel"}, "--type"},
		{[]string{"search", "trade", "--from", "2025-13-01"}, "from"},
	}
	for _, tt := range tests {
		_, stderr, code := accordCmd(t, "", append(tt.args, "--db", db)...)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 naming %s", tt.args, code, stderr, tt.want)
		}
	}
	for _, args := range [][]string{{"events", "--from", "2025", "--to", "2025-12"}, {"timeline", "fr", "cl"}, {"actors", "--type", "person", "--country", "fr"}, {"brief", "FR", "CL", "--since", "2025-01-01"}} {
		if _, stderr, code := accordCmd(t, "", append(args, "--db", db)...); code != 0 {
			t.Errorf("%v: exit %d %s", args, code, stderr)
		}
	}
}

// TestIngestPipesAndMissingPaths: a FIFO or /dev/fd path named on the
// command line is read (as bash's <(…) gives); a named path that does not
// exist makes the exit status 1 after the rest is ingested.
func TestIngestPipesAndMissingPaths(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString(" date 2025-03-01 PARIS — The foreign ministers of France and Chile held talks on trade. — AFP")
		f.Close()
	}()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		w.WriteString(" date 2025-03-02 LIMA — The presidents of Peru and Japan met on energy. — AFP")
		w.Close()
	}()
	cmd := exec.Command(bin, "ingest", "--db", db, fifo, "/dev/fd/3")
	cmd.Env = append(os.Environ(), "ACCORD_DB=")
	cmd.ExtraFiles = []*os.File{r}
	out, err := cmd.Output()
	r.Close()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if !strings.Contains(string(out), "stored 2,") {
		t.Errorf("a FIFO and /dev/fd/3:\n%s", out)
	}
	// A typo among good paths: the good ones are ingested, the exit is 1.
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte(" date 2025-03-03 QUITO — The foreign ministers of Ecuador and Kenya held talks. — AFP"), 0o644)
	out2, stderr, code := accordCmd(t, "", "ingest", "--db", db, good, filepath.Join(dir, "typo.txt"))
	if code != 1 || !strings.Contains(out2, "stored 1,") || !strings.Contains(stderr, "typo.txt") {
		t.Errorf("a missing path among good ones: exit %d\n%s%s", code, out2, stderr)
	}
}

// TestIngestUTF16: a UTF-16 file with a BOM is read, not called binary.
func TestIngestUTF16(t *testing.T) {
	dir := t.TempDir()
	text := " date 2025-03-01 PARIS — The foreign ministers of France and Chile held talks on trade. — AFP"
	b := []byte{0xFF, 0xFE}
	for _, r := range text {
		b = append(b, byte(r), byte(r>>8))
	}
	p := filepath.Join(dir, "u16.txt")
	os.WriteFile(p, b, 0o644)
	out, stderr, code := accordCmd(t, "", "ingest", "--db", filepath.Join(dir, "u.db"), p)
	if code != 0 || !strings.Contains(out, "stored 1,") {
		t.Errorf("exit %d\n%s%s", code, out, stderr)
	}
}

// TestIngestNamedStdin: --name gives standard input a name; a reused name
// is stored beside the earlier article unless --replace.
func TestIngestNamedStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "n.db")
	docs := []string{
		" date 2025-03-01 PARIS — The foreign ministers of France and Chile held talks on trade. — AFP",
		" date 2025-03-02 LIMA — The presidents of Peru and Japan met on energy. — AFP",
		" date 2025-03-03 QUITO — The foreign ministers of Ecuador and Kenya held talks. — AFP",
	}
	if out, stderr, code := accordCmd(t, docs[0], "ingest", "--db", db, "--name", "report.txt", "-"); code != 0 || !strings.Contains(out, "stored 1,") {
		t.Fatalf("exit %d\n%s%s", code, out, stderr)
	}
	out, stderr, code := accordCmd(t, docs[1], "ingest", "--db", db, "--name", "report.txt", "-")
	if code != 0 || !strings.Contains(out, "stored 1, replaced 0") || !strings.Contains(stderr, "--replace") {
		t.Errorf("a reused name: exit %d\n%s%s", code, out, stderr)
	}
	out, stderr, code = accordCmd(t, docs[2], "ingest", "--db", db, "--name", "report.txt", "--replace", "-")
	if code != 0 || !strings.Contains(out, "stored 0, replaced 1") {
		t.Errorf("--replace: exit %d\n%s%s", code, out, stderr)
	}
	if n := countArticles(t, db); n != 2 {
		t.Errorf("%d articles, want 2", n)
	}
	if _, _, code := accordCmd(t, docs[0], "ingest", "--db", db, "--replace", "-"); code != 2 {
		t.Errorf("--replace without --name: exit %d, want 2", code)
	}
}
