package extract

import "testing"

// TestSpeechVisitTold checks the visit a speech tells by address: a
// host's welcome of a guest named by office ("welcome the minister here
// to C", "welcoming the President of B to C"), a welcome said while a
// gathering of another year is named ("the bid to host the 2031 Games"),
// and a guest's "delighted to be here now in C". Names invented.
func TestSpeechVisitTold(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"the host welcomes the minister here to the capital",
			"Remarks by Chilean Foreign Minister Karl Obst With Norwegian Foreign Minister Lena Varga Before Their Meeting",
			"FOREIGN MINISTER KARL OBST: It is a great pleasure to welcome the minister here to Santiago for these consultations between Chile and Norway.\n\nFOREIGN MINISTER VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"the host welcomes the President of the guest's country",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: Madam President, we now have the pleasure of welcoming the President of Norway to Santiago. We will discuss trade.\n\nPRESIDENT VARGA: Thank you for this warm welcome.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"a welcome to the country while past Games are recalled",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: Madam President, I am delighted to welcome you to Chile. Let me congratulate you on Oslo's successful bid to host the 2031 winter Olympic Games. Chile was fortunate to host the 2019 summer Olympics in Santiago.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"the guest is delighted to be here now in the host country",
			"Remarks by President Lena Varga of Norway and President Karl Obst of Chile Before Bilateral Meeting",
			"PRESIDENT VARGA: Thank you very much, Mr President, dear Karl. We are delighted to be here now in Chile.\n\nPRESIDENT OBST: Thank you, Lena.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		// Right on both: a welcome to this year's Games is the gathering's.
		{"a welcome to the country for this year's Games is no visit",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: Madam President, I am delighted to welcome you to Chile for the 2023 Olympic Games.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
		{"a welcome of the minister to a building is no visit",
			"Remarks by Chilean Foreign Minister Karl Obst With Norwegian Foreign Minister Lena Varga Before Their Meeting",
			"FOREIGN MINISTER KARL OBST: It is an honor to welcome the minister to the Foreign Ministry.\n\nFOREIGN MINISTER VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article(tt.title, "2023-05-10", tt.body)), tt.want)
		})
	}
}

// TestPartyVisitHost checks the host a speech names by the trip of one of
// its two sides: "your visit to C today", "your first visit to the
// European Union" (a union that is a side); not a trip gone or ahead.
// Names invented.
func TestPartyVisitHost(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"the addressee's visit to the host country today",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: Madam President, I am very happy to meet with you again. I hope that your visit to Chile today will open a new chapter.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		{"the addressee's first visit to the union",
			"Remarks by President of the European Council Karl Obst after his meeting with Prime Minister of Norway Lena Varga",
			"I would like to start by warmly welcoming you in Brussels on your first visit to the European Union, our Institution. Relations between the European Union and Norway are excellent.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga", "visit 2023-05 Karl Obst+Lena Varga"}},
		// Right on both: a visit gone or ahead is not the one under way.
		{"the addressee's visit last year",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: Madam President, I am very happy to meet with you again. I remember your visit to Chile last year.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
		{"the addressee's visit ahead",
			"Remarks by President Karl Obst of Chile and President Lena Varga of Norway Before Bilateral Meeting",
			"PRESIDENT OBST: Madam President, I am very happy to meet with you again. I look forward to your visit to Chile next month.\n\nPRESIDENT VARGA: Thank you, Karl.",
			[]string{"meeting 2023-05-10 Karl Obst+Lena Varga"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article(tt.title, "2023-05-10", tt.body)), tt.want)
		})
	}
}
