package extract

import (
	"slices"
	"testing"
)

// In a transcript, "we" and "I" commit the speaker's country: a guest's
// pledge at the host's press event is the guest's, whoever publishes it.
func TestSpeakerTurnsHolders(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, body string
		want              []string // holders of the one target, nil for none
	}{
		{
			name:  "guest speaks",
			title: "Remarks by President Rivers and Prime Minister Holm of Sweden Before Bilateral Meeting",
			body: "PRESIDENT RIVERS: Welcome to the White House, Prime Minister Holm.\n\n" +
				"PRIME MINISTER HOLM: Thank you. We will provide SEK 2 billion in support to Ukraine by 2027.\n\n" +
				"PRESIDENT RIVERS: Thank you all.",
			want: []string{"SE"},
		},
		{
			name:  "host speaks",
			title: "Remarks by President Rivers and Prime Minister Holm of Sweden Before Bilateral Meeting",
			body: "PRESIDENT RIVERS: Welcome to the White House, Prime Minister Holm. We’ve committed US$3 billion in humanitarian assistance by 2026.\n\n" +
				"PRIME MINISTER HOLM: Thank you, Mr. President.\n\n" +
				"PRESIDENT RIVERS: Thank you all.",
			want: []string{"US"},
		},
		{
			name:  "journalist speaks",
			title: "Remarks by President Rivers and Prime Minister Holm of Sweden Before Bilateral Meeting",
			body: "PRESIDENT RIVERS: Welcome to the White House, Prime Minister Holm.\n\n" +
				"PRIME MINISTER HOLM: Thank you, Mr. President.\n\n" +
				"Q: Will we see US$3 billion in new tariffs by 2026?",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, "2025-03-04", tt.body)
			a.URL = "https://www.whitehouse.gov/briefing-room/speeches-remarks/2025/03/04/remarks/"
			f := x.Extract(a)
			var got []string
			for _, tg := range f.Targets {
				got = append(got, tg.Holders...)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("holders %v, want %v (targets %+v)", got, tt.want, f.Targets)
			}
		})
	}
}
