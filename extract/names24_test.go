package extract

import "testing"

// TestSpeakerLineName checks that a name on a line of its own (a
// speaker's header before a speech, family name in capitals French-style
// or not) is a person: the capitalised first word of the next line does
// not make it part of a longer proper name. Names invented.
func TestSpeakerLineName(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"family name in capitals", "Pierre DUVAL\n\nThank you, Mr President, for this visit.", []string{"Pierre Duval|"}},
		{"family name as written", "Pierre Duval\n\nLadies and Gentlemen, welcome.", []string{"Pierre Duval|"}},
		{"a longer proper name in one sentence stays a name", "The Pierre Duval Foundation hosted the dinner.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Speech", "2024-06-08", tc.body)))
			if len(tc.want) == 0 && len(got) > 0 {
				t.Errorf("got %q, want no person", got)
			}
			checkPersonCountries(t, got, tc.want, nil)
		})
	}
}

// TestMalayHonorificsInNames checks Malay and Bruneian styles: an
// honorific run before the name (Datuk Amar, Tun Pehin Sri, Yang Amat
// Berbahagia, Pengiran Muda), "Tun" before the father's name inside a
// name, and Tengku or Abang opening a name after an office's complement.
// Names invented.
func TestMalayHonorificsInNames(t *testing.T) {
	x := newX(t)
	for _, tc := range []struct {
		name, body string
		want       []string
		notWant    []string
	}{
		{"Tun before the father's name", "Sarawak Premier Datuk Patinggi Tan Sri Abang Kamal Tun Rahim welcomed the delegation.",
			[]string{"Abang Kamal Tun Rahim|"}, []string{"Rahim|", "Abang Kamal|"}},
		{"Tengku opens the name after an office's complement", "Minister of International Trade and Industry Tengku Faris Tengku Abdul Hamid met the delegation.",
			[]string{"Tengku Faris Tengku Abdul Hamid|"}, []string{"Abdul Hamid|"}},
		{"Datuk Amar", "Deputy Premier Datuk Amar Awang Salleh Ali Hasan also attended.",
			[]string{"Awang Salleh Ali Hasan|"}, []string{"Amar Awang Salleh Ali Hasan|"}},
		{"Tun Pehin Sri", "The Prime Minister called on the Governor, Tun Pehin Sri Dr Kamal Hakim Jaafar, today.",
			[]string{"Kamal Hakim Jaafar|"}, []string{"Sri|"}},
		{"Pengiran Muda", "His son Pengiran Muda Abdul Karim Bolkiah was present at the meeting.",
			[]string{"Abdul Karim Bolkiah|"}, []string{"Muda|"}},
		{"Dasho", "The Prime Minister met his counterpart, Dasho Karma Dorji, in Thimphu.",
			[]string{"Karma Dorji|"}, []string{"Dasho Karma Dorji|"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := personCountries(x.Extract(article("Meeting", "2023-05-02", tc.body)))
			var names []string
			for _, g := range got {
				names = append(names, g[:len(g)-len(g[indexBar(g):])]+"|")
			}
			checkPersonCountries(t, names, tc.want, tc.notWant)
		})
	}
}

// indexBar is the index of the "|" of a "name|country" entry.
func indexBar(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '|' {
			return i
		}
	}
	return len(s)
}

// TestGulfAbbreviatedHonorifics checks "HE" and "HH", the Gulf agencies'
// abbreviations of His Excellency and His Highness, before a title and a
// name: they are no part of the role. Names invented.
func TestGulfAbbreviatedHonorifics(t *testing.T) {
	x := newX(t)
	f := x.Extract(article("Amir meets President", "2025-05-14", "HH the Amir Sheikh Faisal bin Khalid Al Thani held official talks with President of Chile HE President Luis Vega at the Amiri Diwan today."))
	p, ok := persons(f)["Luis Vega"]
	if !ok {
		t.Fatalf("no Luis Vega in %q", personCountries(f))
	}
	for _, r := range p.Roles {
		if r != "President" && r != "President of Chile" {
			t.Errorf("role %q, want no honorific in it", r)
		}
	}
}
