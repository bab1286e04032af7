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

// TestGuestBeingIn checks that a guest's first-person words of being in
// the host country ("a pleasure to be back in C", "wonderful to be in
// <a city of C>", "thank you for welcoming me to C") make the remarks'
// contact part of the guest's visit to C, and that the host's own words
// ("great to be back in C" said at home) make none (names invented).
func TestGuestBeingIn(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"welcoming me to the host country",
			"Remarks by President Lena Varga of Norway Prior to a Meeting With President Karl Obst of Chile",
			"Thank you for welcoming me to Chile. We will discuss trade and energy.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"a transcript guest in the host's capital",
			"Remarks by President Lena Varga of Norway and President Karl Obst of Chile Before Bilateral Meeting",
			"PRESIDENT VARGA: It is wonderful to be in Santiago. We will discuss trade.\n\nPRESIDENT OBST: Thank you, Lena.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"the inviter the guest names hosts, not the head of state also met",
			"President Lena Varga of Norway meets Governor-General Tomas Lindo and Prime Minister Karl Obst of Chile",
			"On the afternoon of May 10, President Lena Varga of Norway met with Governor-General Tomas Lindo of Chile. She then met with Prime Minister Karl Obst of Chile. The two discussed fisheries. They also discussed climate finance. They also discussed education. They also discussed health. PRESIDENT VARGA: So today I am honoured to be here in Chile at Prime Minister Obst's invitation.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "meeting 2023-05-10 Lena Varga+Tomas Lindo", "visit 2023-05-10 Karl Obst+Lena Varga"}}, // "today I am honoured to be here in Chile" is dated as "today I am honoured to be in Chile" is (turns37)
		{"the host at home",
			"Remarks by President Lena Varga of Norway and President Karl Obst of Chile Before Bilateral Meeting",
			"PRESIDENT OBST: It is good to be back in Chile after the summit. Welcome, Lena.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article(tt.title, "2023-05-10", tt.body)), tt.want)
		})
	}
}
