package postgres

import (
	"context"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
)

// statTracer sums the time of each statement, by the statement's first
// words, from the client's side (a round trip included): where an ingest
// process waits on the server. Set ACCORD_PG_TRACE to a file to get the
// table when the store closes.
type statTracer struct {
	mu   sync.Mutex
	by   map[string]*statSum
	path string
}

type statSum struct {
	n     int
	total time.Duration
}

type traceKey struct{}

type traceStart struct {
	sql string
	at  time.Time
}

var spaces = regexp.MustCompile(`\s+`)

func (t *statTracer) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	return context.WithValue(ctx, traceKey{}, traceStart{d.SQL, time.Now()})
}

func (t *statTracer) TraceQueryEnd(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryEndData) {
	s, ok := ctx.Value(traceKey{}).(traceStart)
	if !ok {
		return
	}
	el := time.Since(s.at)
	k := strings.TrimSpace(spaces.ReplaceAllString(s.sql, " "))
	if len(k) > 60 {
		k = k[:60]
	}
	t.mu.Lock()
	if t.by == nil {
		t.by = map[string]*statSum{}
	}
	v := t.by[k]
	if v == nil {
		v = &statSum{}
		t.by[k] = v
	}
	v.n++
	v.total += el
	t.mu.Unlock()
}

// write prints the sums, the longest first.
func (t *statTracer) write(w io.Writer) {
	t.mu.Lock()
	defer t.mu.Unlock()
	keys := make([]string, 0, len(t.by))
	var all time.Duration
	for k, v := range t.by {
		keys = append(keys, k)
		all += v.total
	}
	slices.SortFunc(keys, func(a, b string) int { return int(t.by[b].total - t.by[a].total) })
	fmt.Fprintf(w, "statements: %.2f s in all (pid %d)\n", all.Seconds(), os.Getpid())
	for _, k := range keys {
		v := t.by[k]
		fmt.Fprintf(w, "%8.2f s %7d %8.2f ms  %s\n", v.total.Seconds(), v.n, v.total.Seconds()*1000/float64(v.n), k)
	}
}

func (t *statTracer) close() {
	f, err := os.OpenFile(t.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return
	}
	t.write(f)
	f.Close()
}
