package ingest_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/read"
)

// TestExtractCPU extracts the White House corpus ACCORD_CPU_PASSES times and
// prints articles per CPU second (user+system of the process during the
// passes): on a shared machine CPU time moves less with the load than the
// wall time BenchmarkExtractWhitehouse reports.
func TestExtractCPU(t *testing.T) {
	ps := os.Getenv("ACCORD_CPU_PASSES")
	if ps == "" {
		t.Skip()
	}
	passes, _ := strconv.Atoi(ps)
	var arts []*accord.Article
	err := read.Walk(context.Background(), []string{whitehouse}, nil, func(it read.Item) error {
		arts = append(arts, it.Articles...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts[:200] {
		x.Extract(a) // warm up
	}
	runtime.GC()
	cpu := func() float64 {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
	}
	c0, w0 := cpu(), time.Now()
	for range passes {
		for _, a := range arts {
			x.Extract(a)
		}
	}
	c, w := cpu()-c0, time.Since(w0).Seconds()
	n := float64(len(arts) * passes)
	fmt.Printf("extract-cpu articles=%d cpu=%.3fs wall=%.3fs cpu_articles/s=%.1f wall_articles/s=%.1f\n", len(arts), c, w, n/c, n/w)
}
