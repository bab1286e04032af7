package extract

import "testing"

// TestHostWelcome checks that a host's welcome of the guest to the host
// country in remarks ("Welcome to C, Madam President", "we are delighted
// to welcome you to C") makes the remarks' contact part of the guest's
// visit to C; that a welcome to a building or a meeting makes none; and
// that a guest's thanks for a welcome said at home make none (names
// invented).
func TestHostWelcome(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"the host's welcome to the country in a turn",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: Welcome to Chile, Madam President. We will discuss trade and energy.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"the host's delight to welcome the guest to the country",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: Madam President, we are delighted to welcome you to Chile. We will discuss trade.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"the host's welcome to the capital",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: Welcome to Santiago, Lena. We will discuss trade.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"the host welcomes the guest by name to a venue and to the country",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: I want to welcome President Varga to the Palace and welcome her to Chile. We will discuss trade.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"the host welcomes the guest and the delegation",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: I wish to warmly welcome you and your accompanying delegation to Chile. We will discuss trade.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"the host's welcome to the guest to the country in remarks without turns",
			"Opening Remarks by President Karl Obst of Chile at Joint Press Conference Following Chile-Norway Summit",
			"I extend my warmest welcome to President Lena Varga of Norway to Chile. We discussed trade.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "press_conference 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"a welcome to a building only",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: Welcome to the Palace, Lena. We will discuss trade.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
		{"a welcome to a venue named after the country",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: It is great to welcome you here to the Chile Parliament. We will discuss trade.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
		{"a welcome to the city of a forum",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: Madam President, I am honoured to welcome you to Santiago. We will discuss trade.\n\nPRESIDENT VARGA: Thank you for the invitation to take part in this Pacific Rim Forum.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
		{"a welcome to the country and to a group summit",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: It is fantastic to welcome you to Chile, to the Ocean Leaders Summit. We will discuss trade.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
		{"a welcome to a city that is not the capital",
			"Remarks by Prime Minister Karl Obst of Australia and President Lena Varga of Norway Before Bilateral Meeting",
			"PRIME MINISTER OBST: Madam President, it is a great pleasure to welcome you to Sydney. We will discuss trade.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
		{"the guest's welcome said at home is not the host's",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT VARGA: Welcome to Chile, everyone, I said to my team last year. We will discuss trade.\n\nPRESIDENT OBST: Thank you, Lena.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article(tt.title, "2023-05-10", tt.body)), tt.want)
		})
	}
}
