package sqlite

import (
	"context"
	"database/sql"
	"os"
	"testing"
	"time"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/storetest"
)

func TestProbeCache(t *testing.T) {
	p := os.Getenv("PROBE_DB")
	if p == "" {
		t.Skip()
	}
	ctx := context.Background()
	for _, extra := range []string{"", "&_pragma=cache_size(-32000)", os.Getenv("PROBE_EXTRA")} {
		r, err := sql.Open("sqlite", "file:"+p+"?mode=ro&_pragma=query_only(1)"+extra)
		if err != nil {
			t.Fatal(err)
		}
		r.SetMaxOpenConns(1)
		db := &DB{r: r, w: r, readOnly: true, searches: make(chan struct{}, 1)}
		for _, q := range storetest.BenchQueries {
			var ds []time.Duration
			var res *accord.SearchResults
			for range 4 {
				start := time.Now()
				res, err = db.Search(ctx, q.Query)
				ds = append(ds, time.Since(start).Round(100*time.Microsecond))
				if err != nil {
					t.Fatal(q.Name, err)
				}
			}
			t.Logf("%q %-18s %v total %d capped %v", extra, q.Name, ds, res.Total, res.Capped)
		}
		r.Close()
	}
}
