package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestGenerate(t *testing.T) {
	var a, b, c bytes.Buffer
	if err := generate(&a, 200, 1); err != nil {
		t.Fatal(err)
	}
	if err := generate(&b, 200, 1); err != nil {
		t.Fatal(err)
	}
	if err := generate(&c, 200, 2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("same seed, different corpus")
	}
	if bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("different seeds, same corpus")
	}
	sc := bufio.NewScanner(&a)
	sc.Buffer(nil, 1<<20)
	ids := map[string]bool{}
	for n := 1; sc.Scan(); n++ {
		var it Item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		if ids[it.ID] {
			t.Errorf("line %d: id %s again", n, it.ID)
		}
		ids[it.ID] = true
		if _, err := time.Parse(time.DateOnly, it.Published); err != nil {
			t.Errorf("line %d: published %q", n, it.Published)
		}
		for _, s := range []string{it.Title, it.Text} {
			if s == "" || strings.ContainsAny(s, "{}") {
				t.Errorf("line %d: unfilled or empty text %q", n, s)
			}
		}
		if it.URL == "" || it.Source == "" || !strings.HasSuffix(it.Text, "— "+it.Source) {
			t.Errorf("line %d: url %q, source %q", n, it.URL, it.Source)
		}
	}
	if len(ids) != 200 {
		t.Errorf("%d items, want 200", len(ids))
	}
}

func TestNewGeneratorInvalid(t *testing.T) {
	for _, data := range []string{"", "word\n[titles]\nx", "[titles]\nPresident"} {
		if _, err := newGenerator(data, 1); err == nil {
			t.Errorf("newGenerator(%q): no error", data)
		}
	}
}

func BenchmarkGenerate(b *testing.B) {
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := generate(&buf, 100, 1); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(100*b.N)/b.Elapsed().Seconds(), "articles/s")
}
