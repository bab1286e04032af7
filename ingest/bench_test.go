package ingest_test

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/ingest"
	"github.com/accordhq/accord/read"
	"github.com/accordhq/accord/sqlite"
)

const whitehouse = "../../shared/corpus/whitehouse"

func corpus(b *testing.B) string {
	if _, err := os.Stat(whitehouse); err != nil {
		b.Skip("whitehouse corpus not found beside the project")
	}
	return whitehouse
}

// BenchmarkIngestWhitehouse measures read + store of the whole corpus into a
// fresh SQLite store, without extraction (the core issue's floor).
func BenchmarkIngestWhitehouse(b *testing.B) {
	benchIngest(b, false)
}

// BenchmarkIngestWhitehouseFull adds extraction and consolidation: the
// pipeline as `accord ingest` runs it.
func BenchmarkIngestWhitehouseFull(b *testing.B) {
	benchIngest(b, true)
}

func benchIngest(b *testing.B, full bool) {
	dir := corpus(b)
	ctx := context.Background()
	var sum *ingest.Summary
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := filepath.Join(b.TempDir(), "b"+strconv.Itoa(i)+".db")
		s, err := sqlite.Open(ctx, db)
		if err != nil {
			b.Fatal(err)
		}
		p := &ingest.Pipeline{Store: s}
		if full {
			x, err := extract.New()
			if err != nil {
				b.Fatal(err)
			}
			p.Extract, p.Consolidate = x.Extract, consolidate.Apply
		}
		b.StartTimer()
		sum, err = p.Run(ctx, []string{dir}, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.StopTimer()
	secs := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(sum.Articles)/secs, "articles/s")
	b.ReportMetric(float64(sum.Bytes)/(1<<20)/secs, "MB/s")
	b.ReportMetric(peakRSS(), "peak-MB")
	b.ReportMetric(0, "ns/op")
}

// peakRSS is the process's peak resident memory in MB (Linux VmHWM).
func peakRSS() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := bytes.CutPrefix(sc.Bytes(), []byte("VmHWM:")); ok {
			kb, _ := strconv.Atoi(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(v), []byte("kB")))))
			return float64(kb) / 1024
		}
	}
	return 0
}

var _ accord.Store = (*sqlite.DB)(nil)

// BenchmarkExtractWhitehouse measures extraction alone, on one goroutine
// (articles/s per core), over the corpus as package read gives it.
func BenchmarkExtractWhitehouse(b *testing.B) {
	dir := corpus(b)
	var arts []*accord.Article
	var size int64
	err := read.Walk(context.Background(), []string{dir}, nil, func(it read.Item) error {
		arts = append(arts, it.Articles...)
		for _, a := range it.Articles {
			size += int64(len(a.Body))
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			x.Extract(a)
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractStream streams the corpus once and four times through read
// and extraction, facts discarded, and reports the peak live heap: it must
// not grow with the corpus (x4 ≈ x1).
func BenchmarkExtractStream(b *testing.B) {
	dir := corpus(b)
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, k := range []int{1, 4} {
		b.Run("x"+strconv.Itoa(k), func(b *testing.B) {
			paths := make([]string, k)
			for i := range paths {
				paths[i] = dir
			}
			var peak uint64
			var ms runtime.MemStats
			n := 0
			for i := 0; i < b.N; i++ {
				runtime.GC()
				err := read.Walk(context.Background(), paths, nil, func(it read.Item) error {
					for _, a := range it.Articles {
						x.Extract(a)
						n++
						if n%500 == 0 {
							runtime.GC() // live heap, not garbage not yet collected
							runtime.ReadMemStats(&ms)
							peak = max(peak, ms.HeapAlloc)
						}
					}
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-live-heap-MB")
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
