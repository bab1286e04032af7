package ingest_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/ingest"
	"github.com/accordhq/accord/sqlite"
)

// markStore checks, each time the consolidation mark is written, that a mark
// naming the store's current generation leaves no stored article
// unconsolidated: storing runs ahead of consolidation, and a run that stops
// after such a mark would never consolidate what was stored ahead.
type markStore struct {
	*sqlite.DB
	mu           sync.Mutex
	stored       map[string]bool
	consolidated map[string]bool
	marks, held  int
	bad          []string
}

func (m *markStore) PutArticles(ctx context.Context, batch []*accord.ArticleFacts) ([]accord.PutResult, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	res, err := m.DB.PutArticles(ctx, batch)
	for _, f := range batch {
		m.stored[f.Article.ID] = true
	}
	return res, err
}

func (m *markStore) SetMeta(ctx context.Context, key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if key == "consolidated" {
		m.marks++
		if gen, _, _ := strings.Cut(value, " "); gen == "held" {
			m.held++
		} else if g, err := accord.GenerationOf(ctx, m.DB); err == nil && strconv.FormatInt(g, 10) == gen {
			for id := range m.stored {
				if !m.consolidated[id] {
					m.bad = append(m.bad, fmt.Sprintf("mark %q at generation %s: %s stored, not consolidated", value, gen, id))
					break
				}
			}
		}
	}
	return m.DB.SetMeta(ctx, key, value)
}

func TestPipelineMarkWhileStoringAhead(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := &markStore{DB: db, stored: map[string]bool{}, consolidated: map[string]bool{}}
	p := &ingest.Pipeline{
		Store:     s,
		BatchSize: 3,
		// A slow merge: the next batches are stored meanwhile.
		Consolidate: func(ctx context.Context, _ accord.Store, added []*accord.ArticleFacts, _ []string) error {
			time.Sleep(5 * time.Millisecond)
			s.mu.Lock()
			for _, f := range added {
				s.consolidated[f.Article.ID] = true
			}
			s.mu.Unlock()
			return nil
		},
	}
	// New versions of six files, a day apart: every batch replaces the
	// articles of the batch before the last, so that it is consolidated at
	// once, none held back, and the mark names a generation.
	var arts []*accord.Article
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 120 {
		a := report(day.AddDate(0, 0, i).Format(time.DateOnly), "Chile", "Japan")
		a.File = "f" + strconv.Itoa(i%6) + ".txt"
		arts = append(arts, a)
	}
	if _, err := p.Ingest(ctx, arts); err != nil {
		t.Fatal(err)
	}
	for _, b := range s.bad {
		t.Error(b)
	}
	if s.held == 0 || s.marks == s.held {
		t.Errorf("%d marks, %d of them held: want both kinds", s.marks, s.held)
	}
	if len(s.consolidated) != len(arts) {
		t.Errorf("%d of %d articles consolidated", len(s.consolidated), len(arts))
	}
	if st, err := db.Stats(ctx); err != nil || st.Articles != 6 {
		t.Errorf("%d articles stored (%v), want the six files' latest", st.Articles, err)
	}
}
