package area

import (
	"slices"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/knowledge"
)

func TestWithExchanges(t *testing.T) {
	two := []string{"AA", "BB"}
	three := []string{"AA", "BB", "CC"}
	tests := []struct {
		name  string
		areas []string
		es    []accord.Engagement
		want  []string
	}{
		{"a visit is a high-level exchange", []string{"trade"}, []accord.Engagement{{Type: accord.Visit, Countries: two}}, []string{"diplomacy", "trade"}},
		{"a courtesy call", nil, []accord.Engagement{{Type: accord.Reception, Countries: two}}, []string{"diplomacy"}},
		{"bilateral talks in person", []string{"security"}, []accord.Engagement{{Type: accord.Talks, Countries: two}}, []string{"diplomacy", "security"}},
		{"a meeting of three countries is a gathering", []string{"security"}, []accord.Engagement{{Type: accord.Meeting, Countries: three}}, []string{"security"}},
		{"a phone call is not in person", []string{"regional_peace"}, []accord.Engagement{{Type: accord.PhoneCall, Countries: two}}, []string{"regional_peace"}},
		{"no contact", []string{"trade"}, nil, []string{"trade"}},
		{"named already", []string{"diplomacy"}, []accord.Engagement{{Type: accord.Visit, Countries: two}}, []string{"diplomacy"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WithExchanges(slices.Clone(tt.areas), tt.es)
			if !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
				t.Errorf("WithExchanges(%v) = %v, want %v", tt.areas, got, tt.want)
			}
		})
	}
}

// Every exchange names an engagement type of the contract and a known area.
func TestExchangesKnown(t *testing.T) {
	types := []accord.EngagementType{accord.PhoneCall, accord.VideoCall, accord.Talks, accord.Meeting, accord.Reception,
		accord.Visit, accord.PressConference, accord.Summit, accord.Signing, accord.Message}
	var ids []string
	for _, a := range knowledge.Areas() {
		ids = append(ids, a.ID)
	}
	for id, x := range knowledge.AreaExchanges() {
		if !slices.Contains(ids, id) {
			t.Errorf("exchanges of unknown area %q", id)
		}
		for _, s := range append(slices.Clone(x.Any), x.Bilateral...) {
			if !slices.Contains(types, accord.EngagementType(s)) {
				t.Errorf("area %s: exchange %q is not an engagement type", id, s)
			}
		}
	}
}
