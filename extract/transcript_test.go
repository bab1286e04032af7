package extract

import "testing"

// TestTranscripts checks the contacts a transcript records, from its
// speakers' labels and turns, with invented names.
func TestTranscripts(t *testing.T) {
	const au = "Prime Minister of Australia (transcript)"
	tests := []sourcedCase{
		{"a press conference whose host welcomes the guest after a thanks; 'to be meeting … today' is under way", au, "Press Conference - Perth", "2022-06-10",
			"TOM REID, PRIME MINISTER OF AUSTRALIA: Thank you very much for joining us. And I'm delighted to welcome Prime Minister Ana Kowhai of New Zealand, to be meeting with her here in Perth today.",
			// The host's welcome to be meeting the guest here in a city of
			// the host at a joint press conference is the guest's visit
			// (jpc33; dev73 02's gold).
			[]string{"meeting 2022-06-10 Ana Kowhai+Tom Reid", "press_conference 2022-06-10 Ana Kowhai+Tom Reid", "visit 2022-06 Ana Kowhai+Tom Reid"}},
		{"each turn's I is its speaker, not the site's leader", au, "Bilateral Press Conference", "2018-02-10",
			"PETER HALE, FOREIGN MINISTER OF NEW ZEALAND: We've had a very fruitful discussion on a range of things. Thank you very much for coming along Foreign Minister.\n\nJANE MOSS, FOREIGN MINISTER OF AUSTRALIA: Thank you Minister. I want to thank you for hosting the dinner meeting last night where I had the opportunity to meet Prime Minister Ana Kowhai of New Zealand.",
			[]string{"meeting 2018-02-09 Ana Kowhai+Jane Moss", "press_conference 2018-02-10 Jane Moss+Peter Hale", "talks 2018-02-10 Jane Moss+Peter Hale"}},
		{"the record line dates a transcript released days later", "", "Remarks by President Dan Ford and Prime Minister Ana Kowhai of New Zealand after Bilateral Meeting", "2014-06-23",
			"For Immediate Release June 23, 2014\n\nOval Office\n\nJune 20, 2014, 11:51 A.M. EDT\n\nPRESIDENT FORD: Well, it is a great pleasure to welcome Prime Minister Kowhai.\n\nPRIME MINISTER KOWHAI: Thank you, Mr. President.",
			[]string{"meeting 2014-06-20 Ana Kowhai+Dan Ford"}},
		{"two countries' leaders speaking in turns under a headline of no occasion meet", "", "Remarks in the Oval Office", "2018-02-24",
			"Washington, United States\n\nPRESIDENT DAN FORD OF THE UNITED STATES: Thank you very much, it's an honour to have Prime Minister Tom Reid here.\n\nPRIME MINISTER TOM REID OF AUSTRALIA: Thank you, and I just say thank you for your hospitality.",
			[]string{"meeting 2018-02-24 Dan Ford+Tom Reid"}},
		{"speakers of three countries are a gathering, not two sides meeting", "", "Remarks at the Declaration", "2018-02-24",
			"Vilnius, Lithuania\n\nPRESIDENT DAN FORD OF THE UNITED STATES: Thank you very much.\n\nPRIME MINISTER TOM REID OF AUSTRALIA: Thank you.\n\nPRESIDENT ANA KOWHAI OF NEW ZEALAND: Thank you all.",
			nil},
		{"a semicolon list of subjects holds its items apart", au, "Departure Doorstop", "2022-07-01",
			"Meeting with Prime Minister Luc Gagnon of Canada; NATO Summit; President Paul Mercier of France\n\nTOM REID, PRIME MINISTER: This morning I had a very successful meeting with Prime Minister Luc Gagnon.\n\nJOURNALIST: You'll meet Paul Mercier tomorrow?",
			[]string{"meeting 2022-07-01 Luc Gagnon+Tom Reid"}},
	}
	runSourced(t, tests)
}

// TestDelegationCalls checks that a delegation's calls on several hosts
// are one contact each with the visitor the lead names, with invented names.
func TestDelegationCalls(t *testing.T) {
	tests := []sourcedCase{
		{"the delegation met with several hosts of one country", "", "Senator Concludes Visit", "2023-04-15",
			"Senator Tom Hale of the United States visited Norway from April 13-15, 2023. While in Norway, the delegation met with Prime Minister Ola Dahl of Norway, Foreign Minister Kari Lund of Norway, Defence Minister Lars Moe of Norway, and Speaker Eva Berg of Norway.",
			[]string{"meeting 2023-04-15 Eva Berg+Tom Hale", "meeting 2023-04-15 Kari Lund+Tom Hale", "meeting 2023-04-15 Lars Moe+Tom Hale", "meeting 2023-04-15 Ola Dahl+Tom Hale", "visit 2023-04 Norway+Tom Hale"}},
	}
	runSourced(t, tests)
}

func TestUncontracted(t *testing.T) {
	for in, want := range map[string]string{"I'm": "I", "I’ve": "I", "we're": "we", "We've": "We", "I": "I", "d'Ivoire": "d'Ivoire", "don't": "don't"} {
		if got := uncontracted(in); got != want {
			t.Errorf("uncontracted(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParliamentaryAnswer checks that a written answer's dated contacts of
// months before are held, with the answering Minister as "I", with
// invented names.
func TestParliamentaryAnswer(t *testing.T) {
	tests := []sourcedCase{
		{"a written answer lists the meetings it is asked about", "", "Official Engagements", "2024-06-27",
			"Written answers\n\n24. To ask the Minister for Foreign Affairs the number of times he has met with his Norwegian counterpart since he took office. [27026/24]\n\nMr. Liam Byrne (Cork South, Fianna Fail)\n\nI met bilaterally with Foreign Minister Kari Lund of Norway when I visited Oslo in June 2023.\n\nIn mid-December 2023, I travelled to Oslo to meet with Foreign Minister Ola Dahl of Norway following his appointment as Foreign Minister in November.",
			[]string{"meeting 2023-06 Kari Lund+Liam Byrne", "meeting 2023-12 Liam Byrne+Ola Dahl"}},
		{"reporters asking the President put no question on the record", "", "Press Briefing", "2024-06-27",
			"Reporters asked the President about the summit.\n\nThe President met with Foreign Minister Kari Lund of Norway in June 2023.",
			nil},
	}
	runSourced(t, tests)
}
