package consolidate_test

import (
	"testing"

	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

func BenchmarkBuild(b *testing.B) {
	facts := ct.Synthetic(2000, 1)
	b.ReportAllocs()
	for b.Loop() {
		consolidate.Build(facts)
	}
}

// BenchmarkUpdateOne adds one article to a record of 2,000 articles' facts.
func BenchmarkUpdateOne(b *testing.B) {
	facts := ct.Synthetic(2001, 1)
	rec := consolidate.Build(facts[:2000])
	one := facts[2000:]
	b.ReportAllocs()
	for b.Loop() {
		consolidate.Update(rec, one, nil)
	}
}
