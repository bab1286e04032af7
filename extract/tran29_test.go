package extract

import "testing"

// TestCoordinatedSummitAhead checks that a departure statement's second
// gathering, joined by "and" to a first the speaker "will leave … to
// attend", is ahead as the first is, and that a gathering recalled in the
// same form stays held (names invented).
func TestCoordinatedSummitAhead(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string
	}{
		{"the second of two gatherings a departure names",
			"Later today, I will leave Norway for Chile to attend a Pacific Forum Summit Meeting and a Norway-EU Summit.",
			nil},
		{"a union summit attended, recalled",
			"Prime Minister Sigrun Halvorsen of Norway attended a Pacific Forum Summit Meeting and the Norway-EU Summit in Brussels.",
			[]string{"summit 2023-05-10 European Union+Sigrun Halvorsen"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Remarks by the Prime Minister", "2023-05-10", tt.body)), tt.want)
		})
	}
}
