package area

import (
	"slices"
	"testing"
)

// TestVenue checks that a forum named once as the place or occasion of a
// meeting names no multilateral cooperation, while the forum's work, a
// preparation for it, or a second mention still does. Invented sentences.
func TestVenue(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"met on the sidelines", "The minister met her counterpart on the sidelines of the G20 summit.", []string{}},
		{"the margins of last year's assembly", "They last met on the margins of last year's UN General Assembly.", []string{}},
		{"an ordinal between cue and forum", "on the sidelines of the 12th ASEAN ministers meeting", []string{}},
		{"at the summit in a city", "The Prime Minister met the President at the G7 summit in Rivertown.", []string{}},
		{"at the leaders' summit", "They spoke at the 2031 G7 Leaders' Summit.", []string{}},
		{"to attend the assembly", "while visiting to attend the United Nations General Assembly", []string{}},
		{"at the forum's own summit name", "The leaders met at the East Asia Summit.", []string{}},
		{"the session of the assembly", "They met on the sidelines of the 80th session of the UN General Assembly.", []string{}},
		{"to attend the session", "He flew in to attend the 80th session of the UN General Assembly.", []string{}},
		{"during the upcoming assembly", "They will meet during the upcoming UN General Assembly.", []string{}},
		{"cooperation at the UN is multilateral", "They agreed on cooperation at the United Nations.", []string{"multilateral"}},
		{"preparing a summit is multilateral", "They discussed preparations for the upcoming G20 summit.", []string{"multilateral"}},
		{"a venue and the forum's work", "They met at the G7 summit and agreed the G7 must act together.", []string{"multilateral"}},
		{"a forum named twice as a venue", "They met at the G20 summit and again on the sidelines of the G20.", []string{"multilateral"}},
		{"support at forums is multilateral", "They will support each other at regional and international forums.", []string{"multilateral"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestForumsOfManyStates checks that the UN Security Council, talks of
// several parties and named organisations and treaties of many states are
// multilateral, not security. Invented sentences.
func TestForumsOfManyStates(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a council resolution", "They called for a new United Nations Security Council resolution.", []string{"multilateral"}},
		{"a seat on the council", "He congratulated the country on its seat on the UN Security Council.", []string{"multilateral"}},
		{"the abbreviation", "full implementation of the relevant UNSC resolutions", []string{"multilateral"}},
		{"talks of several parties", "within the framework of the Six-Party Talks", []string{"multilateral"}},
		{"an organisation of many states", "through the International Civil Aviation Organization", []string{"multilateral"}},
		{"a national council is still nothing", "at the meeting of the National Security Council", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestNationalSecurityCouncils checks that a country's own security council
// names no forum of many states. Invented sentences.
func TestNationalSecurityCouncils(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the council's secretary", "Security Council Secretary Ivan Petrov attended the talks.", []string{}},
		{"the secretary of the council", "the Secretary of the Security Council of Russia spoke", []string{}},
		{"a national council by its country", "They briefed the Russian Security Council on the talks.", []string{}},
		{"the UN's council", "They discussed the UN Security Council's response.", []string{"multilateral"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
