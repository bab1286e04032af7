package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/sentence"
)

var update = flag.Bool("update", false, "rewrite golden files")

func newX(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func article(title, published, body string) *accord.Article {
	return &accord.Article{ID: accord.ArticleID(published, body), Title: title, Published: published, Body: body}
}

// personCountries lists the persons of f as "name|country", sorted.
func personCountries(f *accord.ArticleFacts) []string {
	var out []string
	for n, p := range persons(f) {
		out = append(out, n+"|"+p.Country)
	}
	slices.Sort(out)
	return out
}

func persons(f *accord.ArticleFacts) map[string]accord.Actor {
	m := map[string]accord.Actor{}
	for _, a := range f.Actors {
		if a.Type == accord.Person {
			m[a.Name] = a
		}
	}
	return m
}

func TestPersons(t *testing.T) {
	x := newX(t)
	tests := []struct {
		body    string
		name    string
		country string
		role    string
		alias   string
	}{
		{"General Secretary of the Communist Party of Việt Nam (CPV) Central Committee Tô Lâm on Friday held phone talks. Later, General Secretary Lâm spoke.", "Tô Lâm", "VN", "General Secretary of the Communist Party of Việt Nam (CPV) Central Committee", "General Secretary Lâm"},
		{"He met the President of the Republic of Korea (RoK) Lee Jae Myung. President Lee agreed.", "Lee Jae Myung", "KR", "President", "President Lee"},
		{"A reception for RoK Ambassador to Việt Nam Choi Young-sam was held. Choi thanked him.", "Choi Young-sam", "KR", "Ambassador to Việt Nam", "Choi"},
		{"President Joe Biden spoke today with President Luiz Inácio Lula da Silva of Brazil.", "Luiz Inácio Lula da Silva", "BR", "President", ""},
		{"President Joseph R. Biden, Jr. spoke today with Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar.", "Tamim Bin Hamad Al-Thani", "QA", "Amir", ""},
		{"Jake Sullivan spoke with Philippine National Security Advisor Eduardo M. Año. Mr. Sullivan and Mr. Ano met.", "Eduardo M. Año", "PH", "National Security Advisor", "Ano"},
		{"The leaders met: Prime Minister Keir Starmer of the United Kingdom and others.", "Keir Starmer", "GB", "Prime Minister", ""},
		{"The representative was He Lifeng, Vice Premier of the State Council.", "He Lifeng", "CN", "Vice Premier", ""},
		{"Vietnamese Minister of Foreign Affairs Lê Hoài Trung and his Korean counterpart Cho Hyun talked.", "Cho Hyun", "KR", "Minister of Foreign Affairs", ""},
		// A known holder of the office on the day gets the holder's name and country.
		{"PRESIDENT BIDEN:  I'm well.\n\nPRESIDENT MACRON:  Thank you.", "Joe Biden", "US", "President", "President Biden"},
		{"The partnership was announced by Presidents Lula and Biden.", "Joe Biden", "US", "President", "Biden"},
		{"Prime Ministers Kishida, Albanese and Modi met.", "Anthony Albanese", "AU", "Prime Minister", "Albanese"},
		{"He welcomed His Majesty King Abdullah II ibn Al Hussein, King of the Hashemite Kingdom of Jordan.\n\nKING ABDULLAH II:  Thank you.", "Abdullah II ibn Al Hussein", "JO", "King", "Abdullah II"},
		// A known holder named without a country gets the holder's country.
		{"It was first convened by Secretary of Energy Jennifer Granholm in 2021.", "Jennifer Granholm", "US", "", ""},
		{"Jake Sullivan spoke with South African National Security Advisor Dr. Paris Mokoena.", "Paris Mokoena", "ZA", "National Security Advisor", ""},
	}
	for _, tt := range tests {
		f := x.Extract(article("", "2025-01-01", tt.body))
		ps := persons(f)
		p, ok := ps[tt.name]
		if !ok {
			t.Errorf("%q: no person %q in %v", tt.body, tt.name, keys(ps))
			continue
		}
		if p.Country != tt.country {
			t.Errorf("%q: %s country %q, want %q", tt.body, tt.name, p.Country, tt.country)
		}
		if tt.role != "" && !contains(p.Roles, tt.role) {
			t.Errorf("%q: %s roles %q, want %q", tt.body, tt.name, p.Roles, tt.role)
		}
		if tt.alias != "" && !contains(p.Aliases, tt.alias) {
			t.Errorf("%q: %s aliases %q, want %q", tt.body, tt.name, p.Aliases, tt.alias)
		}
	}
}

func TestNotPersons(t *testing.T) {
	x := newX(t)
	body := "The Comprehensive Strategic Partnership was praised by the National Assembly. The White House and the Oval Office. Party General Secretary spoke at the Francis Scott Key Bridge. He said so."
	if ps := persons(x.Extract(article("", "2025-01-01", body))); len(ps) != 0 {
		t.Errorf("persons %v, want none", keys(ps))
	}
}

// TestNoPerson checks words that must not be read as a person.
func TestNoPerson(t *testing.T) {
	x := newX(t)
	tests := []struct{ body, not string }{
		{"It was first convened by Secretary of Energy Granholm in 2021.", "Energy Granholm"},
		{"Four suspects were arrested in San Antonio, Texas in June.", "San Antonio"},
		{"Point Loma Naval Base\nSan Diego, California\n\nPRESIDENT BIDEN:  Welcome.", "San Diego"},
		{"He welcomed His Majesty King Abdullah II ibn Al Hussein, King of the Hashemite Kingdom of Jordan.", "ibn Al Hussein"},
	}
	for _, tt := range tests {
		ps := persons(x.Extract(article("", "2025-01-01", tt.body)))
		if _, ok := ps[tt.not]; ok {
			t.Errorf("%q: person %q in %v", tt.body, tt.not, keys(ps))
		}
	}
}

// TestHeadlinePersons checks that the headline completes a person the body
// names briefly: "PRESIDENT ZELENSKYY" is President Volodymyr Zelenskyy of Ukraine.
func TestHeadlinePersons(t *testing.T) {
	x := newX(t)
	f := x.Extract(article("Remarks by President Biden and President Volodymyr Zelenskyy of Ukraine Before Bilateral Meeting", "2023-09-21",
		"PRESIDENT BIDEN:  Welcome.\n\nPRESIDENT ZELENSKYY:  Thank you so much."))
	ps := persons(f)
	p, ok := ps["Volodymyr Zelenskyy"]
	if !ok || p.Country != "UA" || !contains(p.Aliases, "Zelenskyy") {
		t.Errorf("persons %v, want Volodymyr Zelenskyy of UA with alias Zelenskyy", ps)
	}
	if len(ps) != 2 {
		t.Errorf("persons %v, want 2", keys(ps))
	}
}

func TestCountries(t *testing.T) {
	x := newX(t)
	tests := []struct {
		body string
		want []string
	}{
		{"Việt Nam and the RoK; Vietnam and Korea.", []string{"KR", "VN"}},
		{"North Korea and the DPRK.", []string{"KP"}},
		{"The U.S. and the UAE, and us.", []string{"AE", "US"}},
		{"He visited Georgia and met Jordan Smith in Chad's office.", nil},
		{"King Abdullah II of Jordan and the President of Georgia.", []string{"GE", "JO"}},
		{"Korean and Filipino companies.", []string{"KR", "PH"}},
	}
	for _, tt := range tests {
		f := x.Extract(article("", "2025-01-01", tt.body))
		var got []string
		for _, a := range f.Actors {
			if a.Type == accord.Country {
				got = append(got, a.Country)
			}
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q: countries %v, want %v", tt.body, got, tt.want)
		}
	}
}

func TestEngagements(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, title, published, body string
		want                         []string // type date participants-count
		refs, invites                int
	}{
		{"phone talks on Friday", "", "2026-01-30",
			"General Secretary Tô Lâm on Friday held phone talks with President of the Republic of Korea (RoK) Lee Jae Myung.\n\nDuring the talks, President Lee spoke.",
			[]string{"phone_call 2026-01-30 2"}, 0, 0},
		{"weekday before publication", "", "2026-03-10",
			"Minister Lê Hoài Trung and his Korean counterpart Cho Hyun talked in their phone talks on Friday.",
			[]string{"phone_call 2026-03-06 2"}, 0, 0},
		{"past visit is a reference", "", "2026-01-30",
			"President Lee Jae Myung spoke with General Secretary Tô Lâm today. He highlighted the state visit to the RoK by General Secretary Lâm in August 2025.",
			[]string{"phone_call 2026-01-30 2"}, 1, 0},
		{"invitation is pending", "", "2026-01-30",
			"President Lee Jae Myung spoke with General Secretary Tô Lâm today. Lâm invited President Lee to visit Việt Nam soon, and he accepted.",
			[]string{"phone_call 2026-01-30 2"}, 0, 1},
		{"reception excludes persons in passing", "", "2025-06-05",
			"During a reception in Hà Nội on Thursday for RoK Ambassador to Việt Nam Choi Young-sam, General Secretary Tô Lâm extended congratulations to Lee Jae Myung on his election.",
			[]string{"reception 2025-06-05 2"}, 0, 0},
		{"four leaders", "", "2024-10-18",
			"President Emmanuel Macron of France, Chancellor Olaf Scholz of Germany, Prime Minister Keir Starmer of the United Kingdom, and President Joseph R. Biden, Jr. of the United States met today in Berlin, Germany.",
			[]string{"meeting 2024-10-18 4"}, 0, 0},
		{"headline of remarks", "Remarks by President Biden and President Macron of the French Republic Before Bilateral Meeting", "2021-06-12",
			"PRESIDENT BIDEN:  I'm well.\n\nPRESIDENT MACRON:  Thank you.",
			[]string{"meeting 2021-06-12 2"}, 0, 0},
		{"dialogue between governments", "Joint Statement: 2024 Chile-Kenya High-Level Economic Dialogue", "2024-05-10",
			"This year the governments of Chile and Kenya held their second economic dialogue and agreed to expand trade.",
			[]string{"talks 2024-05-10 2"}, 0, 0},
		{"the body's report wins over the headline's countries", "Joint Statement on Chile-Kenya Economic and Trade Meeting", "2024-05-10",
			"Minister Ana Ruiz of Chile met Minister John Mwangi of Kenya in Nairobi on May 8, 2024, and the two agreed to expand trade.",
			[]string{"meeting 2024-05-08 2"}, 0, 0},
		{"month and day", "", "2024-03-12",
			"President Joseph R. Biden, Jr. welcomed President Andrzej Duda and Prime Minister Donald Tusk of Poland for a joint meeting at the White House on March 12.",
			[]string{"meeting 2024-03-12 3"}, 0, 0},
		{"visit with talks and signing", "", "2025-08-11",
			"Party General Secretary Tô Lâm and President Lee Jae Myung agreed on a vision.\n\nThe agreement was reached on Monday during talks held as part of the Vietnamese Party leader's ongoing state visit to the RoK.\n\nImmediately after the talks, the two leaders witnessed the exchange of ten cooperation documents.",
			[]string{"talks 2025-08-11 2", "visit 2025-08 2", "signing 2025-08-11 2"}, 0, 0},
		{"no engagement in a plan", "", "2025-06-05",
			"Tô Lâm and Lee Jae Myung will hold talks next month.", nil, 0, 0},
		{"virtual meeting in the headline", "Remarks by Vice President Harris and President Giammattei of the Republic of Guatemala Before Virtual Bilateral Meeting", "2021-04-26",
			"VICE PRESIDENT HARRIS:  It is my honor to be with you.\n\nPRESIDENT GIAMMATTEI:  It is my honor to meet you by Zoom.",
			[]string{"video_call 2021-04-26 2"}, 0, 0},
		{"headline of a meeting announced for later", "Statement by the Press Secretary on the Bilateral Meeting Between President Joe Biden and President Joko Widodo of Indonesia", "2023-11-07",
			"President Joseph R. Biden, Jr. will host President Joko Widodo of Indonesia for a bilateral meeting at the White House on November 13, 2023.",
			nil, 0, 1},
		{"met last month is a reference", "", "2021-04-12",
			"President Joe Biden spoke today with Prime Minister Boris Johnson of the United Kingdom. The President met last month with Chancellor Olaf Scholz of Germany.",
			[]string{"phone_call 2021-04-12 2"}, 1, 0},
		{"in May, someone else's meeting", "", "2022-11-12",
			"President Joe Biden spoke today with President Luiz Inácio Lula da Silva of Brazil. In May, Secretary of Health Xavier Becerra traveled to Bali for a ministerial meeting.",
			[]string{"phone_call 2022-11-12 2"}, 1, 0},
		{"an official's meeting is not the principals'", "", "2022-11-12",
			"President Joe Biden spoke today with President Luiz Inácio Lula da Silva of Brazil. Secretary of State Antony Blinken attended a ministerial meeting.",
			[]string{"phone_call 2022-11-12 2"}, 0, 0},
		{"meeting dated by its place, participants by side", "", "2025-04-28",
			"Reflecting on their meetings in Paris on March 3, 2025, and in Oslo on April 14 and 15, 2025;\n\nThis statement is based on the discussions that took place during the U.S.-China Economic Meeting in Oslo. The representative from the Chinese side for this meeting was Wang Lei, Vice Premier of the State Council, and the representatives from the U.S. side were John Smith, Secretary of Treasury, and Jane Roe, Trade Representative.",
			[]string{"meeting 2025-04-14 3"}, 0, 0},
		{"the body dates the headline's call", "Readout of National Security Advisor Jake Sullivan's Call with National Security Advisor Eduardo M. Año of the Philippines", "2024-04-02",
			"National Security Advisor Jake Sullivan spoke on the phone yesterday with National Security Advisor Eduardo M. Año of the Philippines.",
			[]string{"phone_call 2024-04-01 2"}, 0, 0},
		{"another day's meeting of someone else", "Remarks by President Biden and President Lula of Brazil Before Bilateral Meeting", "2023-09-20",
			"PRESIDENT BIDEN:  Welcome.\n\nPRESIDENT LULA:  Yesterday, my labor minister visited the unions, and they had a very good meeting.",
			[]string{"meeting 2023-09-20 2"}, 0, 0},
		{"a date not read is not the place's", "", "2025-04-28",
			"The forum met in Oslo on April 14, 2025. The navies of the United States and France met for a dialogue on June 13-14 in Oslo.",
			nil, 1, 0}, // not April 14: June 13-14, read as a range of days, is last June's, a meeting recalled
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article(tt.title, tt.published, tt.body))
			var got []string
			for _, e := range f.Engagements {
				got = append(got, string(e.Type)+" "+e.Date+" "+itoa(len(e.Participants)))
				for _, r := range e.Reports {
					if tt.body[r.Start:r.End] != r.Quote {
						t.Errorf("quote %q is not body[%d:%d]", r.Quote, r.Start, r.End)
					}
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("engagements %q, want %q", got, tt.want)
			}
			if len(f.References) != tt.refs || len(f.Invitations) != tt.invites {
				t.Errorf("references %d invitations %d, want %d %d", len(f.References), len(f.Invitations), tt.refs, tt.invites)
			}
		})
	}
}

func TestActorsMentions(t *testing.T) {
	x := newX(t)
	text := "President Lee Jae Myung of the Republic of Korea met APEC leaders in Seoul."
	actors, ms := x.Actors(text, sentence.Split(text), "2025-01-01")
	if len(actors) == 0 || len(ms) == 0 {
		t.Fatalf("actors %v mentions %v", actors, ms)
	}
	ids := map[string]bool{}
	for _, a := range actors {
		ids[a.ID] = true
	}
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || !ids[m.Key] {
			t.Errorf("bad mention %+v", m)
		}
	}
}

// seed reads a seed file: " date YYYY-MM-DD CITY — body — SOURCE".
var seedHeader = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2}) ([^—]+?) — `)

func readSeed(t testing.TB, path string) *accord.Article {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	m := seedHeader.FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("%s: no header", path)
	}
	body := s[len(m[0]):]
	if k := strings.LastIndex(body, " — "); k > 0 {
		body = body[:k]
	}
	a := article("", m[1], strings.TrimSpace(body))
	a.File = filepath.Base(path)
	a.Dateline = strings.TrimSpace(m[2])
	return a
}

func TestSeedsGolden(t *testing.T) {
	x := newX(t)
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	for _, path := range files {
		a := readSeed(t, path)
		f := x.Extract(a)
		got, _ := json.MarshalIndent(f, "", " ")
		golden := filepath.Join("testdata", strings.TrimSuffix(filepath.Base(path), ".txt")+".golden.json")
		if *update {
			os.MkdirAll("testdata", 0o755)
			if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
			t.Errorf("%s: facts differ from %s (run with -update and review the diff)", path, golden)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Readout of President Biden's Call with President Lula of Brazil", "2024-07-30", "President Joe Biden spoke today with President Luiz Inácio Lula da Silva of Brazil. The two leaders met on Monday.")
	f.Add("", "2026-01-30", "General Secretary Tô Lâm (CPV) on Friday held phone talks with Lee Jae Myung, President of the RoK. Lâm invited Lee to visit Việt Nam.")
	f.Add("x", "bad", "PRESIDENT X:  Y.\n\n( ) ’s 's Mr. M. of of the")
	x := newX(f)
	f.Fuzz(func(t *testing.T, title, published, body string) {
		a := article(title, published, body)
		fa := x.Extract(a)
		for _, list := range [][]accord.Engagement{fa.Engagements, fa.References, fa.Invitations} {
			for _, e := range list {
				for _, r := range append(e.Reports, e.Refs...) {
					if r.Start < 0 || r.End > len(body) || r.Start > r.End || body[r.Start:r.End] != r.Quote {
						t.Fatalf("evidence %+v outside body %q", r, body)
					}
				}
			}
		}
	})
}

// BenchmarkExtract extracts the White House corpus; articles/s is per core
// with -cpu 1.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("../../shared/corpus/whitehouse/*/*/*.md")
	if len(files) == 0 {
		b.Skip("no corpus")
	}
	var arts []*accord.Article
	var size int64
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		s := string(data)
		pub, title := "", ""
		if strings.HasPrefix(s, "---\n") {
			if k := strings.Index(s[4:], "\n---\n"); k >= 0 {
				for _, line := range strings.Split(s[4:4+k], "\n") {
					if v, ok := strings.CutPrefix(line, "date: "); ok {
						pub = strings.Trim(v, "'\"")
					}
					if v, ok := strings.CutPrefix(line, "title: "); ok {
						title = strings.Trim(v, "'\"")
					}
				}
				s = s[4+k+5:]
			}
		}
		size += int64(len(s))
		arts = append(arts, article(title, pub, s))
	}
	x := newX(b)
	b.SetBytes(size / int64(len(arts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(arts[i%len(arts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func keys(m map[string]accord.Actor) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	return string(rune('0' + n))
}

// TestActorForms: currencies are not countries, a party congress is not the
// U.S. Congress, and acronyms keep their spelling while speaker labels in
// capitals are written as names.
func TestActorForms(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		want       []string // actor keys that must be found, with a form among their name and aliases
		forms      []string
		absent     []string // actor keys that must not be found
	}{
		{"currency prefix", "The two ministers agreed to raise trade to US$150 billion and S$2 billion.",
			nil, nil, []string{"country:US", "country:SG"}},
		{"the country itself", "The US and Chile agreed to raise trade.",
			[]string{"country:US"}, nil, nil},
		{"party congress", "He congratulated the party on its 14th National Congress of the Communist Party of Chile.",
			nil, nil, []string{"organization:congress"}},
		{"the legislature", "The President will ask Congress for funding.",
			[]string{"organization:congress"}, nil, nil},
		{"acronyms as written", "Leaders met at the APEC summit hosted by the CPV in Hanoi.",
			[]string{"organization:asia pacific economic cooperation"}, []string{"APEC"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := x.Extract(article("", "2025-05-05", tt.body))
			got := map[string][]string{}
			for _, a := range f.Actors {
				got[a.ID] = append([]string{a.Name}, a.Aliases...)
			}
			for _, k := range tt.want {
				if _, ok := got[k]; !ok {
					t.Errorf("no actor %s in %v", k, got)
				}
			}
			for _, form := range tt.forms {
				found := false
				for _, fs := range got {
					for _, f := range fs {
						found = found || f == form
					}
				}
				if !found {
					t.Errorf("no actor written %q in %v", form, got)
				}
			}
			for _, k := range tt.absent {
				if _, ok := got[k]; ok {
					t.Errorf("actor %s found in %q", k, tt.body)
				}
			}
		})
	}
}

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"zelenskky", "zelenskyy", true}, // substitution
		{"zelensky", "zelenskyy", true},  // deletion
		{"zelenskyyy", "zelenskyy", true},
		{"zelesnkyy", "zelenskyy", true}, // swap
		{"zelenskyy", "zelenskyy", false},
		{"zlenskkyy", "zelenskyy", false}, // two edits
		{"macron", "macros", true},
		{"abc", "xyz", false},
	}
	for _, tt := range tests {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestMisspeltName: a one-word name one letter off a known person's is that
// person; two people it could be leave it alone.
func TestMisspeltName(t *testing.T) {
	x := newX(t)
	f := x.Extract(article("", "2023-09-21", "President Joe Biden met President Volodymyr Zelenskyy of Ukraine today. President Zelenskky thanked him."))
	for _, a := range f.Actors {
		if a.Type == accord.Person && strings.Contains(a.Name, "Zelenskky") {
			t.Errorf("the misspelling is a person of its own: %+v", a)
		}
	}
	f = x.Extract(article("", "2023-09-21", "Minister Anna Kowalski met Minister Jan Kowalsky. Minister Kowalskx spoke."))
	for _, a := range f.Actors {
		for _, al := range a.Aliases {
			if strings.Contains(al, "Kowalskx") && !strings.Contains(a.Name, "Kowalskx") {
				t.Errorf("an ambiguous misspelling joined %s", a.Name)
			}
		}
	}
}
