package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/google/go-cmp/cmp"
)

// TestPatronymicTransliterated: both sides' readouts of one call, one
// writing the other side's leader "Hamad bin Rashid", the other "Hamed bin
// Rashid Al Fahim" (a given name transliterated another way, the family
// name left out), are one call; a patronymic naming another father stays
// apart. Invented persons; the countries are real.
func TestPatronymicTransliterated(t *testing.T) {
	host := party{"Tom Baker", "US"}
	tests := []struct {
		name string
		a, b string
		want []string
	}{
		{"a given name spelled two ways", "Hamad bin Rashid", "Hamed bin Rashid Al Fahim", []string{"phone_call 2024-03-11 AE,US"}},
		{"another father", "Hamad bin Rashid", "Hamad bin Saeed Al Fahim", []string{"phone_call 2024-03-11 AE,US", "phone_call 2024-03-11 AE,US"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts := docs([]report{
				{published: "2024-03-11", typ: accord.PhoneCall, date: "2024-03-11", persons: []party{host, {tt.a, "AE"}}, home: "US"},
				{published: "2024-03-11", typ: accord.PhoneCall, date: "2024-03-11", persons: []party{{tt.b, "AE"}, host}, home: "AE"},
			})
			rec := consolidate.Build(facts)
			if d := cmp.Diff(tt.want, summary(rec)); d != "" {
				t.Errorf("engagements (-want +got):\n%s", d)
			}
			checkOrders(t, facts, rec)
			checkArrivals(t, facts, rec, true) // which name form stays follows arrival
		})
	}
}
