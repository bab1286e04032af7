package extract

import "testing"

// TestPassivePress36 checks a readout that tells the two leaders' joint
// press event in the passive, naming no one ("A signing ceremony and a
// joint press conference were held afterwards"), below head lines that
// repeat the headline and give the date: the press event is the
// meeting's two sides', on its day. A plan ("will be held"), one that did
// not take place, and a press event with two meetings read are none.
// Invented names, real countries. (On main: no press event in the first
// two.)
func TestPassivePress36(t *testing.T) {
	const src, day = "https://japan.kantei.go.jp/999_x/diplomatic/202405/03chile.html", "2024-05-03"
	head := "Japan-Chile Summit Meeting (Summary)\n\nMay 3, 2024\n[Provisional translation]\n\n"
	lead := "On May 3, Mr. TANAKA Hiro, Prime Minister of Japan, during his official visit to Chile, held a meeting with H.E. Mr. Pedro Rojas Vidal, President of the Republic of Chile. The overview of the meeting is as follows. "
	press := "press_conference 2024-05-03 Pedro Rojas Vidal+Tanaka Hiro"
	tests := []sourcedCase{
		{"were held afterwards", src, "Japan-Chile Summit Meeting (Summary)", day,
			head + lead + "A signing ceremony of memorandums of understanding and a joint press conference were held afterwards.",
			[]string{press}},
		{"followed", src, "Japan-Chile Summit Meeting (Summary)", day,
			head + lead + "A joint press announcement followed.",
			[]string{press}},
		{"ahead", src, "Japan-Chile Summit Meeting (Summary)", day,
			head + lead + "A joint press conference will be held afterwards.",
			nil},
		{"not held", src, "Japan-Chile Summit Meeting (Summary)", day,
			head + lead + "No joint press conference was held.",
			nil},
		// Two meetings read: the passive rule gives none, but the
		// sentence names no one, so the lead's principals (read past the
		// headline, date and note lines, leadfiller36.go) are its sides.
		{"two meetings", src, "Japan-Chile Summit Meeting (Summary)", day,
			head + lead + "He also met with H.E. Ms. Ana Lopez Soto, President of the Republic of Peru. A joint press conference was held afterwards.",
			[]string{press}},
	}
	pressOnly(t, tests)
}

// TestCaptionPresent36 checks a photo caption's present tense: two
// persons joined by "and" who "hold talks" or "attend a joint press
// conference" on a day the caption dates by month, not after publication,
// held that day. The bare verb after "to" or "will", a caption with no
// date or a weekday alone, and a date after publication stay plans.
// Invented names, real countries. (On main: none of the first three.)
func TestCaptionPresent36(t *testing.T) {
	const day = "2011-01-20"
	const src = "https://news.example.org/photo/1"
	tamm, kow := "Estonian President Jaan Tamm", "Polish President Adam Kowalski"
	tests := []sourcedCase{
		{"hold talks, dated", src, "Photo", day,
			tamm + " and " + kow + " hold talks in Warsaw, Poland, Jan. 19, 2011. (Photo/Li Wei)",
			[]string{"talks 2011-01-19 Adam Kowalski+Jaan Tamm"}},
		{"attend a joint press conference, dated", src, "Photo", day,
			tamm + " and " + kow + " attend a joint press conference at the Presidential Palace in Warsaw, Poland, Jan. 19, 2011.",
			[]string{"press_conference 2011-01-19 Adam Kowalski+Jaan Tamm"}},
		{"counterpart apposition, jointly", src, "Photo", day,
			tamm + " and his Polish counterpart, Adam Kowalski, jointly attend a press conference in Warsaw, Poland, Jan. 19, 2011.",
			[]string{"press_conference 2011-01-19 Adam Kowalski+Jaan Tamm"}},
		{"agreed to hold", src, "Photo", day,
			tamm + " and " + kow + " agreed to hold talks in Warsaw on Jan. 25, 2011.",
			nil},
		{"no date", src, "Photo", day,
			tamm + " and " + kow + " hold talks in Warsaw.",
			nil},
		{"weekday alone", src, "Photo", day,
			tamm + " and " + kow + " hold talks in Warsaw on Wednesday.",
			nil},
		{"after publication", src, "Photo", day,
			tamm + " and " + kow + " hold talks in Warsaw, Poland, Jan. 25, 2011.",
			nil},
	}
	runSourced(t, tests)
}

// TestPassiveMeal36 checks a meal hosted in the passive: "a state banquet
// was hosted in honour of A by B", "the dinner was hosted in his honour by
// B", "a banquet was hosted by B in honour of A" (read before as B's
// meeting), "a luncheon was given at the palace by B in honour of A": a
// reception of host and guest, as the active "B hosted a banquet in honour
// of A" is. A working lunch stays the meeting; a meal whose host is not
// named after "by" is none. Invented names, real countries. (On main: none
// of the first four is a reception.)
func TestPassiveMeal36(t *testing.T) {
	const day, src = "2023-06-23", "https://news.example.org/dinner/1"
	rec := "reception 2023-06-22 Adam Kowalski+Jaan Tamm"
	tests := []sourcedCase{
		{"hosted in honour of A by B", src, "Dinner", day,
			"A state banquet was hosted in honour of Estonian Prime Minister Jaan Tamm by Polish President Adam Kowalski on Thursday.",
			[]string{rec}},
		{"in his honour by B", src, "Dinner", day,
			"Estonian Prime Minister Jaan Tamm spoke at a state banquet hosted in his honour by Polish President Adam Kowalski on Thursday.",
			[]string{rec}},
		{"by B in honour of A", src, "Dinner", day,
			"On Thursday evening, a banquet was hosted by Polish President Adam Kowalski in honour of Estonian Prime Minister Jaan Tamm.",
			[]string{rec}},
		{"place between", src, "Dinner", day,
			"On Thursday, a state luncheon was given at the Presidential Palace in Warsaw by Polish President Adam Kowalski in honour of Estonian Prime Minister Jaan Tamm.",
			[]string{rec}},
		{"working lunch", src, "Dinner", day,
			"On Thursday, a working lunch was hosted by Polish President Adam Kowalski in honour of Estonian Prime Minister Jaan Tamm.",
			[]string{"meeting 2023-06-22 Adam Kowalski+Jaan Tamm"}},
	}
	runSourced(t, tests)
}

// TestBanquetSpeechHeadline36 checks the headline of a host's speech at a
// meal for a guest that names the meal without "State": "Speech by A at
// the Banquet hosted in honour of B", "… at the banquet in honour of B",
// "A banquet speech during B's visit": a reception of host and guest, as
// "at the State Banquet in honour of B" is. A working dinner and a speech
// at a conference are none. Invented names, real countries. (On main: no
// reception in the first three.)
func TestBanquetSpeechHeadline36(t *testing.T) {
	const day, src = "2023-06-23", "https://www.president.example.pl/speeches/1"
	body := "It is an honour to welcome you Mr. Prime Minister and your esteemed delegation on your first State Visit to Poland."
	rec := "reception 2023-06-23 Adam Kowalski+Jaan Tamm"
	tests := []sourcedCase{
		{"banquet hosted in honour of", src, "Speech by President Adam Kowalski at the Banquet hosted in honour of Estonian Prime Minister Jaan Tamm", day, body, []string{rec}},
		{"lower case, luncheon in honour of", src, "Remarks by President Adam Kowalski at the luncheon in honour of Prime Minister of Estonia Jaan Tamm", day, body, []string{rec}},
		{"banquet speech during a visit", src, "Polish President Adam Kowalski banquet speech during Estonian Prime Minister Jaan Tamm visit", day, body, []string{rec}},
		{"working dinner", src, "Remarks by President Adam Kowalski at the working dinner with Estonian Prime Minister Jaan Tamm", day, body, nil},
		{"conference speech", src, "Speech by President Adam Kowalski at the conference in honour of Estonian Prime Minister Jaan Tamm", day, body, nil},
	}
	runTyped(t, tests, "receptions", "reception")
}
