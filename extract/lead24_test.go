package extract

import (
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
)

// wantEngagements fails t unless f's engagements are want (engagementSummary).
func wantEngagements(t *testing.T, f *accord.ArticleFacts, want []string) {
	t.Helper()
	if got := engagementSummary(f); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("engagements\n got %q\nwant %q", got, want)
	}
}

// TestOfficeOfCountryWithoutArticle checks that a counterpart named only by
// an office of a country, without the article agency English often drops
// ("a phone conversation with Prime Minister of Japan, on the occasion of
// …", a title chain's "… and Prime Minister of Japan"), is that office's
// holder on the day, while a name after the office is still the holder's
// own mention (the subject invented; the holder is the office table's).
func TestOfficeOfCountryWithoutArticle(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string
	}{
		{"after with, a comma and a lower-case word",
			"TALLINN — Prime Minister Arvo Kask of Estonia on Monday had a phone conversation with Prime Minister of Japan, on the occasion of the new year.",
			[]string{"phone_call 2019-01-07 Arvo Kask+Shinzō Abe"}},
		{"after a title chain's and",
			"TALLINN — Prime Minister Arvo Kask of Estonia on Monday had a phone conversation with President of the Liberal Democratic Party and Prime Minister of Japan, on the occasion of the new year.",
			[]string{"phone_call 2019-01-07 Arvo Kask+Shinzō Abe"}},
		{"with the article and a comma",
			"TALLINN — Prime Minister Arvo Kask of Estonia on Monday had a phone conversation with the Prime Minister of Japan, on the occasion of the new year.",
			[]string{"phone_call 2019-01-07 Arvo Kask+Shinzō Abe"}},
		{"a name after the comma is the holder's own mention",
			"TALLINN — Prime Minister Arvo Kask of Estonia on Monday had a phone conversation with Prime Minister of Japan, Taro Hoshino.",
			[]string{"phone_call 2019-01-07 Arvo Kask+Taro Hoshino"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Estonian PM holds phone talks", "2019-01-08", tt.body)), tt.want)
		})
	}
}

// TestHeadlinePastTenseVerbs checks that a title-case headline's verb in
// the past tense, as some governments' English headlines write it
// ("President A Talked about …", "Minister B Received …"), ends the name
// before it (names invented).
func TestHeadlinePastTenseVerbs(t *testing.T) {
	x := newX(t)
	tests := []struct{ title, want string }{
		{"Meeting Vice President Jonas Berg, President Adi Prawira Talked about Cooperation in Three Sectors", "Adi Prawira"},
		{"Foreign Minister Sari Wulan Received the Ambassador of Peru", "Sari Wulan"},
		{"President Adi Prawira Held a Meeting with Prime Minister Jonas Berg", "Adi Prawira"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			f := x.Extract(article(tt.title, "2018-11-14", "The two sides discussed cooperation."))
			var names []string
			for _, a := range f.Actors {
				if a.Type == "person" {
					names = append(names, a.Name)
				}
			}
			found := false
			for _, n := range names {
				if n == tt.want {
					found = true
				}
				if strings.HasPrefix(n, tt.want+" ") {
					t.Errorf("person %q runs past the name into the headline's verb", n)
				}
			}
			if !found {
				t.Errorf("persons %q, want %q", names, tt.want)
			}
		})
	}
}

// TestCounterpartsSign checks that two persons who sign a document as one
// subject sign with each other when the second is the first's
// "counterpart", a day between the subject and the verb, and that an
// action programme, plan or roadmap is a document signed; one person who
// signs alone signs nothing with anyone (names invented).
func TestCounterpartsSign(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a counterpart and a weekday before the verb",
			"TALLINN — Estonian Foreign Minister Arvo Kask and his Latvian counterpart Jonas Berg on Wednesday signed an action programme to implement the partnership.",
			[]string{"signing 2025-11-26 Arvo Kask+Jonas Berg"}},
		{"a counterpart and a roadmap",
			"TALLINN — Estonian Foreign Minister Arvo Kask and his Latvian counterpart Jonas Berg signed a roadmap for cooperation.",
			[]string{"signing 2025-11-26 Arvo Kask+Jonas Berg"}},
		{"an action plan",
			"TALLINN — Estonian Foreign Minister Arvo Kask and his Latvian counterpart Jonas Berg today signed an action plan.",
			[]string{"signing 2025-11-26 Arvo Kask+Jonas Berg"}},
		{"one signer",
			"TALLINN — Estonian Foreign Minister Arvo Kask on Wednesday signed an action programme.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Ministers sign", "2025-11-26", tt.body)), tt.want)
		})
	}
}

// TestWrapUpDates checks that the contacts a wrap-up report tells without a
// day of their own are dated by the visit it reports over, when the day the
// visit ended is before the report's, and not otherwise (names invented).
func TestWrapUpDates(t *testing.T) {
	x := newX(t)
	const done = "Latvian Prime Minister Jonas Berg left Tallinn on February 28 evening, concluding his three-day official visit to Estonia. "
	tests := []struct {
		name, day, body string
		want            []string
	}{
		{"published the next month", "2025-03-01",
			done + "During the visit, Estonian Prime Minister Arvo Kask held talks with his Latvian counterpart. They witnessed the signing of cooperation documents.",
			[]string{"signing 2025-02 Arvo Kask+Jonas Berg", "talks 2025-02 Arvo Kask+Jonas Berg", "visit 2025-02 Arvo Kask+Jonas Berg"}},
		{"published the same month", "2025-02-28",
			done + "During the visit, Estonian Prime Minister Arvo Kask held talks with his Latvian counterpart.",
			[]string{"talks 2025-02-28 Arvo Kask+Jonas Berg", "visit 2025-02 Arvo Kask+Jonas Berg"}},
		// The visit ended the day before the report, in its month: the
		// report's day is after the visit, not the contacts' day.
		{"published the next day, the same month", "2025-02-21",
			"Latvian Prime Minister Jonas Berg left Tallinn on February 20 evening, concluding his three-day official visit to Estonia. During the visit, Estonian Prime Minister Arvo Kask held talks with his Latvian counterpart.",
			[]string{"talks 2025-02 Arvo Kask+Jonas Berg", "visit 2025-02 Arvo Kask+Jonas Berg"}},
		{"a day of its own stays", "2025-03-01",
			done + "On February 26, Estonian Prime Minister Arvo Kask held talks with his Latvian counterpart.",
			[]string{"talks 2025-02-26 Arvo Kask+Jonas Berg", "visit 2025-02 Arvo Kask+Jonas Berg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantEngagements(t, x.Extract(article("Latvian PM wraps up visit", tt.day, tt.body)), tt.want)
		})
	}
}

// TestForeignMinisterByOffice checks that a foreign minister named only by
// an office qualified by a country ("the Vietnamese Foreign Minister and
// the US Secretary of State held talks") is that office's holder on the
// day, as leaders already were (the office table's holders; no name
// written in the text); and that a snapshot's open term of a foreign
// minister is not trusted thirty months after it began.
func TestForeignMinisterByOffice(t *testing.T) {
	x := newX(t)
	f := x.Extract(article("Ministers hold talks", "2023-04-16",
		"Following the ceremony, the Vietnamese Foreign Minister and the US Secretary of State held talks in Hanoi on April 15."))
	want := []string{"talks 2023-04-15 Antony Blinken+Bùi Thanh Sơn"}
	if got := engagementSummary(f); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("engagements\n got %q\nwant %q", got, want)
	}
	// The same office four years on: the snapshot's open term is not
	// trusted, and the side stays the country.
	f = x.Extract(article("Ministers hold talks", "2025-06-16",
		"Following the ceremony, the Vietnamese Foreign Minister and Prime Minister Arvo Kask of Estonia held talks in Hanoi on June 15."))
	for _, a := range f.Actors {
		if a.Name == "Bùi Thanh Sơn" {
			t.Errorf("a snapshot's open term trusted four years on: %q", a.Name)
		}
	}
}

// TestSpouseIsNoSide checks that a leader "and his wife B" who conclude a
// visit make the leader the side, not the spouse named nearer the verb
// (the spouse and the host invented; the leader is the office table's,
// whose country the table gives).
func TestSpouseIsNoSide(t *testing.T) {
	x := newX(t)
	for _, body := range []string{
		"According to the agency, Prime Minister Pham Minh Chinh and his wife Nguyen Thi Hoa, along with a high-ranking delegation, have just concluded an official visit to New Zealand at the invitation of New Zealand Prime Minister Jonas Berg.",
		"Prime Minister Pham Minh Chinh and his wife Nguyen Thi Hoa have just concluded an official visit to New Zealand at the invitation of New Zealand Prime Minister Jonas Berg.",
	} {
		f := x.Extract(article("Joint press statement", "2024-03-11", body))
		want := []string{"visit 2024-03 Jonas Berg+Pham Minh Chinh"}
		if got := engagementSummary(f); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("engagements\n got %q\nwant %q", got, want)
		}
	}
}

// TestCountedModelNumbers checks that a count of items named with a
// maker's model number ("50 Boeing 787 jets", "100 Boeing 737-MAX jets")
// is a count of those items, the model number a modifier and not another
// amount, and that engines are counted (the buyer is a firm of the data's
// list; the figures invented).
func TestCountedModelNumbers(t *testing.T) {
	x := newX(t)
	tests := []struct {
		body   string
		value  float64
		metric string
	}{
		{"Korean Air will buy 50 Boeing 787 jets.", 50, "jets"},
		{"Korean Air will buy 40 American-made Boeing 737-MAX jets.", 40, "jets"},
		{"Korean Air will buy 120 LEAP engines.", 120, "engines"},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			a := article("Fact Sheet: Commercial Deals", "2019-02-28", tt.body)
			a.URL = "https://www.whitehouse.gov/briefings-statements/fact-sheet-commercial-deals/"
			f := x.Extract(a)
			if len(f.Targets) != 1 {
				t.Fatalf("targets %+v, want one", f.Targets)
			}
			g := f.Targets[0]
			if g.Value != tt.value || g.Unit != "count" || !strings.Contains(g.Metric, tt.metric) || strings.Join(g.Holders, ",") != "KR" {
				t.Errorf("target %s %v %s %v, want %s %v count KR", g.Metric, g.Value, g.Unit, g.Holders, tt.metric, tt.value)
			}
		})
	}
}
