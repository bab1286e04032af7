package extract

import (
	accord "github.com/accordhq/accord"
	"slices"
	"strings"
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
			if got := targetHolders(f); !slices.Equal(got, tt.want) {
				t.Errorf("holders %v, want %v (targets %+v)", got, tt.want, f.Targets)
			}
		})
	}
}

// On a government's own site, its head's title standing alone before "and"
// is its own principal, not a second title of the person named after it;
// elsewhere, and for one person's several offices, the titles stay one
// person's.
func TestJoinedTitles(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, url, body string
		person          string
		roles           []string
	}{
		{"own head and a guest", "https://www.gov.uk/government/news/pm-call",
			"The Prime Minister spoke to Chancellor Anna Weber of Germany this morning. The Prime Minister and Chancellor Weber discussed Niger.",
			"Anna Weber", []string{"Chancellor"}},
		{"one person's two offices", "https://www.whitehouse.gov/briefing-room/readout",
			"National Security Advisor Sam Reed met today with Prime Minister and Crown Prince Faisal bin Nasser in Riyadh.",
			"Faisal bin Nasser", []string{"Prime Minister", "Crown Prince"}},
		{"a title of the head's staff", "https://www.whitehouse.gov/briefing-room/readout",
			"Today, Assistant to the President and Principal Deputy National Security Advisor Sam Reed met with community leaders.",
			"Sam Reed", []string{"Principal Deputy National Security Advisor"}},
		{"deputy and minister", "https://www.gov.uk/government/news/fs-meeting",
			"The Deputy Prime Minister and Foreign Secretary Tom Hale met Foreign Minister Ana Ruiz of Chile.",
			"Tom Hale", []string{"Deputy Prime Minister", "Foreign Secretary"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article("", "2023-08-02", tt.body)
			a.URL = tt.url
			p, ok := persons(x.Extract(a))[tt.person]
			if !ok {
				t.Fatalf("no person %q", tt.person)
			}
			for _, r := range tt.roles {
				if !contains(p.Roles, r) {
					t.Errorf("roles %q, want %q", p.Roles, tt.roles)
				}
			}
			if len(p.Roles) != len(tt.roles) {
				t.Errorf("roles %q, want %q", p.Roles, tt.roles)
			}
		})
	}
}

// A country after an unknown town ("in Granada, Spain") is where a contact
// took place; Northern Ireland is in the United Kingdom.
func TestPlaceAfterTown(t *testing.T) {
	x := newX(t)
	a := article("", "2023-10-05", "The Prime Minister met Chancellor Anna Weber of Germany in Tarragona, Spain today. They discussed peace in Northern Ireland.")
	a.URL = "https://www.gov.uk/government/news/pm-meeting"
	f := x.Extract(a)
	if len(f.Engagements) != 1 || f.Engagements[0].Place.Country != "ES" {
		t.Fatalf("engagements %+v, want one in ES", f.Engagements)
	}
	for _, a := range f.Actors {
		if a.Type == "country" && a.Name == "Ireland" {
			t.Errorf("Northern Ireland read as Ireland")
		}
	}
}

// A headline capitalises its verbs; they are never a word of a name.
func TestHeadlineVerbsNotNames(t *testing.T) {
	x := newX(t)
	for _, title := range []string{
		"President Budi Holds Bilateral Meetings with State Leaders ahead of G20 Summit",
		"The President and U.S. President Ana Ruiz Agree to Postpone Exercises",
		"The President Speaks by Phone with U.S. President Ana Ruiz",
		"Prime Minister Tom Hale Meets President Ana Ruiz",
	} {
		f := x.Extract(article(title, "2022-11-15", "The leaders met today."))
		for _, a := range f.Actors {
			for _, w := range []string{"Holds", "Agree", "Speaks", "Meets"} {
				if a.Type == "person" && (strings.Contains(a.Name, w) || a.Name == w) {
					t.Errorf("%q: person %q", title, a.Name)
				}
			}
		}
	}
}

// On a government's site, "the President" after a foreign President is
// named takes him up when the headline's own principal holds another
// office, and is not the site's own President.
func TestBareTitleTakesUpForeignHolder(t *testing.T) {
	x := newX(t)
	a := article("Remarks by PM Tom Hale at the Joint Press Conference with President Ana Ruiz", "2016-08-02",
		"President Ana Ruiz, distinguished guests, I am very happy to be here. The President and I had a substantive conversation on a wide range of issues.")
	a.URL = "https://www.pmo.gov.sg/Newsroom/remarks"
	ps := persons(x.Extract(a))
	if len(ps) != 2 {
		t.Errorf("persons %v, want Tom Hale and Ana Ruiz only", keys(ps))
	}
}

// "A's visit" is A's; the ambassador who writes of it is no side of it.
func TestPossessiveVisitor(t *testing.T) {
	x := newX(t)
	f := x.Extract(article("", "2017-03-26", "Chinese Premier Wei Ming's visit to New Zealand, where he will meet Prime Minister Tom Hale, is of great significance to the partnership, Chinese Ambassador to New Zealand Chen Bo said in a published article."))
	got, ok := participantNames(f, accord.Visit)
	if !ok {
		t.Fatalf("no visit in %+v", f.Engagements)
	}
	if !slices.Contains(got, "Wei Ming") || slices.Contains(got, "Chen Bo") {
		t.Errorf("visit of %v, want Wei Ming's without Chen Bo", got)
	}
}

// A visit's host is the visitor's counterpart: of the host's people the text
// names, the one of the visitor's rank, else its head of government.
func TestVisitHostIsCounterpart(t *testing.T) {
	x := newX(t)
	tests := []struct{ name, body, visitor, host string }{
		{"a foreign minister's host", "Foreign Minister Tom Hale of New Zealand is on an official visit to the Philippines. He called on President Ana Ruiz of the Philippines and met Foreign Secretary Maria Cruz of the Philippines.", "Tom Hale", "Maria Cruz"},
		{"a prime minister's host", "Prime Minister Ravi Das of India is on an official visit to Singapore. He called on President Lim Wei of Singapore and met Prime Minister Tan Boon Hock of Singapore.", "Ravi Das", "Tan Boon Hock"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("", "2024-06-11", tt.body))
			got, ok := participantNames(f, accord.Visit)
			if !ok {
				t.Fatalf("no visit in %+v", f.Engagements)
			}
			slices.Sort(got)
			want := []string{tt.visitor, tt.host}
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("visit of %v, want %v", got, want)
			}
		})
	}
}

// On a government's site, a headline's meeting with a foreign leader, over
// a transcript its own leader speaks in, is between the two.
func TestHeadlineGuestAndHomeSpeaker(t *testing.T) {
	x := newX(t)
	a := article("Beginning of the Meeting with U.S. President Ana Ruiz", "2006-07-15",
		"July 15, 2006, Strelna\n\nVladimir Putin: Dear Madam President! Allow me to warmly welcome you.\n\nAna Ruiz: Thank you.")
	a.URL = "http://en.kremlin.ru/events/president/transcripts/1"
	f := x.Extract(a)
	if len(f.Engagements) != 1 || len(f.Engagements[0].Participants) != 2 {
		t.Fatalf("engagements %+v, want one meeting of two", f.Engagements)
	}
	if !slices.Contains(f.Engagements[0].Participants, "person:vladimir putin") {
		t.Errorf("participants %v, want Vladimir Putin among them", f.Engagements[0].Participants)
	}
}

// A publisher's name with a word of government and one country makes its
// article that government's own release, whatever address copied it.
func TestGovernmentNamedBySource(t *testing.T) {
	x := newX(t)
	tests := []struct {
		source, want string
		gov          bool
	}{
		{"Prime Minister of Canada (readout, as redistributed by a newswire)", "CA", true},
		{"New Zealand Government (release of the Prime Minister; verbatim mirror)", "NZ", true},
		{"Prime Minister's Office, 10 Downing Street (press release, as reproduced by a news site)", "GB", true},
		{"Ministry of Foreign Affairs of Japan", "JP", true},
		// A monarchy's court names its releases by its ruler's title.
		{"Kuwaiti official report of the Emir's talks (as republished by a portal)", "KW", true},
		{"Royal Court of Jordan", "JO", true},
		// The longest country name owns its words (session 33): not China
		// besides the Republic of China, not Guinea besides Papua New Guinea.
		{"Office of the President, Republic of China (Taiwan) (as redistributed by a newswire)", "TW", true},
		{"Office of the Prime Minister of Papua New Guinea (media release)", "PG", true},
		{"A newspaper of record", "", false},
		{"Ministry of Foreign Affairs of Japan and the Government of Canada", "", false},
	}
	for _, tt := range tests {
		h := x.lx.outlets.home(&accord.Article{Source: tt.source, URL: "https://mirror.example.com/page"})
		if h.country != tt.want || h.government != tt.gov {
			t.Errorf("%q: home %+v, want %s government %v", tt.source, h, tt.want, tt.gov)
		}
	}
}

// A leader visiting a third country meets another there: the visit is to
// that country, and the other leader is no side of it.
func TestVisitToThirdCountry(t *testing.T) {
	x := newX(t)
	f := x.Extract(article("", "2022-06-28", "Prime Minister Ken Sato of Japan, who is visiting Germany to attend the G7 Summit Meeting, held a meeting with Prime Minister Tom Hale of the United Kingdom."))
	for _, e := range f.Engagements {
		if e.Type == "visit" && slices.Contains(e.Participants, "person:tom hale") {
			t.Errorf("visit %+v: the other leader is no side of it", e)
		}
	}
}

// participantNames returns the names of the participants of f's first engagement
// of type typ, and whether there is one.
func participantNames(f *accord.ArticleFacts, typ accord.EngagementType) ([]string, bool) {
	names := map[string]string{}
	for _, a := range f.Actors {
		names[a.ID] = a.Name
	}
	for _, e := range f.Engagements {
		if e.Type != typ {
			continue
		}
		var got []string
		for _, p := range e.Participants {
			got = append(got, names[p])
		}
		return got, true
	}
	return nil, false
}

// targetHolders lists the holders of f's targets, in order.
func targetHolders(f *accord.ArticleFacts) []string {
	var got []string
	for _, tg := range f.Targets {
		got = append(got, tg.Holders...)
	}
	return got
}
