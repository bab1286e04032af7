package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestRestatedPledges checks that a commitment restated in another article
// as the sum a doubling comes to, or as the same sum over the same years
// ahead for the same place, is one target, and that look-alikes are not.
func TestRestatedPledges(t *testing.T) {
	type stmt struct {
		sentence string
		t        ct.T
	}
	tests := []struct {
		name string
		a, b stmt
		want int // targets in the record
	}{
		{"a doubling, then the sum it comes to",
			stmt{"The minister welcomed Arland's work to double its climate finance commitment.",
				ct.T{Metric: "climate finance commitment", Value: 2, Unit: "times", Holders: []string{"AA"}}},
			stmt{"Arland doubled its international climate finance commitment to $4.8 billion over the next five years.",
				ct.T{Metric: "international climate finance commitment", Value: 4.8e9, Unit: "CAD", Holders: []string{"AA"}}}, 1},
		{"the sum a doubling comes to, then the doubling",
			stmt{"Arland will double its climate finance commitment to $4.8 billion.",
				ct.T{Metric: "climate finance commitment", Value: 4.8e9, Unit: "CAD", Holders: []string{"AA"}}},
			stmt{"He will highlight doubling Arland's climate finance commitment.",
				ct.T{Metric: "climate finance commitment", Value: 2, Unit: "times", Holders: []string{"AA"}}}, 1},
		{"a sum that does not say it doubles",
			stmt{"Arland will double its climate finance commitment.",
				ct.T{Metric: "climate finance commitment", Value: 2, Unit: "times", Holders: []string{"AA"}}},
			stmt{"Arland will provide a climate finance commitment of $4.8 billion.",
				ct.T{Metric: "climate finance commitment", Value: 4.8e9, Unit: "CAD", Holders: []string{"AA"}}}, 2},
		{"a tripling is not a doubling",
			stmt{"Arland will double its climate finance commitment.",
				ct.T{Metric: "climate finance commitment", Value: 2, Unit: "times", Holders: []string{"AA"}}},
			stmt{"Arland tripled its climate finance commitment to $4.8 billion.",
				ct.T{Metric: "climate finance commitment", Value: 4.8e9, Unit: "CAD", Holders: []string{"AA"}}}, 2},
		{"one pledge over the same years ahead for one place",
			stmt{"Arland will support business opportunities in Borduria worth 1 trillion yen over the next five years.",
				ct.T{Metric: "business opportunities in Borduria", Value: 1e12, Unit: "JPY", Qualifier: "over the next 5 years", Holders: []string{"AA"}}},
			stmt{"A total of 1 trillion yen will be coursed through in the next five years to fund infrastructure projects in Borduria.",
				ct.T{Metric: "funding for infrastructure projects in Borduria", Value: 1e12, Unit: "JPY", Qualifier: "over the next 5 years", Holders: []string{"AA"}}}, 1},
		{"the same sum over other spans",
			stmt{"Arland will support business opportunities in Borduria worth 1 trillion yen over the next five years.",
				ct.T{Metric: "business opportunities in Borduria", Value: 1e12, Unit: "JPY", Qualifier: "over the next 5 years", Holders: []string{"AA"}}},
			stmt{"A total of 1 trillion yen will be spent in the next three years to fund infrastructure projects in Borduria.",
				ct.T{Metric: "funding for infrastructure projects in Borduria", Value: 1e12, Unit: "JPY", Qualifier: "over the next 3 years", Holders: []string{"AA"}}}, 2},
		{"the same sum over the same span for other places",
			stmt{"Arland will provide $1 billion over the next five years for clinics in Borduria.",
				ct.T{Metric: "provision for clinics in Borduria", Value: 1e9, Unit: "USD", Qualifier: "over the next 5 years", Holders: []string{"AA"}}},
			stmt{"Arland will provide $1 billion over the next five years for ports in Syldavia.",
				ct.T{Metric: "provision for ports in Syldavia", Value: 1e9, Unit: "USD", Qualifier: "over the next 5 years", Holders: []string{"AA"}}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ct.NewDoc("a", "a", "2021-06-13", "", tt.a.sentence)
			d.Target(tt.a.t)
			e := ct.NewDoc("b", "b", "2021-10-30", "", tt.b.sentence)
			e.Target(tt.b.t)
			rec := consolidate.Build([]*accord.ArticleFacts{d.Facts, e.Facts})
			if len(rec.Targets) != tt.want {
				t.Fatalf("got %d targets, want %d: %+v", len(rec.Targets), tt.want, rec.Targets)
			}
			if tt.want == 1 {
				tg := rec.Targets[0]
				if len(tg.History) != 2 {
					t.Fatalf("history %+v, want both statements", tg.History)
				}
				if tg.Unit != tt.a.t.Unit {
					t.Errorf("unit %s, want the first statement's %s", tg.Unit, tt.a.t.Unit)
				}
				if tg.Value != tt.a.t.Value && tg.Unit != tt.b.t.Unit {
					t.Errorf("value %v %s: the latest statement in the target's own unit stands", tg.Value, tg.Unit)
				}
			}
		})
	}
}
