package target

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/accordhq/accord/extract/sentence"
)

type benchDoc struct {
	body, published string
	sents           []sentence.Span
}

// whitehouse reads the White House corpus with its sentences, once.
func whitehouse(b *testing.B) []benchDoc {
	files, _ := filepath.Glob(filepath.Join(whDir, "*", "*", "*.md"))
	if len(files) == 0 {
		b.Skip("no White House corpus")
	}
	var docs []benchDoc
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := parseDoc(filepath.Base(f), string(raw))
		docs = append(docs, benchDoc{d.body, d.published, split(d.body)})
	}
	return docs
}

// BenchmarkExtract measures targets over the White House corpus, reported
// as articles per second (sentence splitting not included).
func BenchmarkExtract(b *testing.B) {
	docs := whitehouse(b)
	countries := []string{"US", "FR"}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		d := docs[n%len(docs)]
		Extract("a", d.body, d.sents, d.published, countries)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
