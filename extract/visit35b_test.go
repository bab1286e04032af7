package extract

import "testing"

// TestHostWelcomeForms checks a host's welcome in remarks told in forms the
// older reading stopped at: a time said before the guest ("welcome this
// morning A to C"), a title set off by commas ("welcome you, Prime Minister
// A, to C"; "A, Minister for Foreign Affairs of C, and her delegation"),
// "both" after a pair of guests, the perfect "to have welcomed A to C",
// "host A here in C" and "to have A visit C". Each is the guest's visit,
// dated by the month, besides the meeting. Looking ahead ("look forward to
// hosting you here in C", "would love to have you visit C") and a
// gathering's host ("hosting the forum here in C") stay without a visit.
// Names invented.
func TestHostWelcomeForms(t *testing.T) {
	x := newX(t)
	title := "Remarks by Prime Minister Karl Obst of Chile and Prime Minister Lena Varga of Norway"
	turn := "\n\nPRIME MINISTER VARGA: Thank you, Karl. I am glad to be with you."
	visit := []string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}
	meeting := []string{"meeting 2023-05-10 Karl Obst+Lena Varga"}
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a time before the guest",
			"PRIME MINISTER OBST: I was pleased to welcome this morning Prime Minister Varga to Santiago. We spoke of trade." + turn, visit},
		{"a title set off by commas",
			"PRIME MINISTER OBST: I am pleased to welcome you, Prime Minister Varga, to Santiago. We spoke of trade." + turn, visit},
		{"a title of the country after the name, and the delegation",
			"PRIME MINISTER OBST: I was pleased to welcome this morning Lena Varga, Prime Minister of Norway and her delegation to Santiago. We spoke of trade." + turn, visit},
		{"both after the guests",
			"PRIME MINISTER OBST: I would like to warmly welcome you and your delegation both to Chile and to the Palace. We spoke of trade." + turn, visit},
		{"the perfect",
			"PRIME MINISTER OBST: It was my pleasure and privilege to have welcomed Prime Minister Varga and her delegation to Chile. We spoke of trade." + turn, visit},
		{"host here in the country",
			"PRIME MINISTER OBST: I am absolutely delighted to host Prime Minister Varga here in Chile. We spoke of trade." + turn, visit},
		{"to have the guest visit the country",
			"PRIME MINISTER OBST: I'm sincerely delighted to have Prime Minister Varga visit Chile as the official guest of the Government of Chile. We spoke of trade." + turn, visit},
		// Right on main too: a stay ahead, a gathering's host.
		{"would love to have you visit: no visit",
			"PRIME MINISTER OBST: We would love to have you visit Chile with your family. We spoke of trade." + turn, meeting},
		{"looking ahead: no visit",
			"PRIME MINISTER OBST: I look forward to hosting you here in Chile next year. We spoke of trade." + turn, meeting},
		{"hosting a gathering: no visit",
			"PRIME MINISTER OBST: Chile is hosting the regional forum here in Santiago. We spoke of trade." + turn, meeting},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article(title, "2023-05-10", tt.body)), tt.want)
		})
	}
}
