package ingest_test

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/ingest"
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
