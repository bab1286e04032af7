package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/accordhq/accord"
	"golang.org/x/text/unicode/norm"
)

func TestDetect(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"a.txt", " date 2025-01-02 HÀ NỘI — Text.", accord.FormatAgency},
		{"a.txt", "date 2025-01-02\nSEOUL — Text.", accord.FormatAgency},
		{"a.txt", "date 2025-13-02 not a date", accord.FormatText},
		{"a.txt", "---\ntitle: x\n---\nText", accord.FormatMarkdown},
		{"a.md", "\uFEFF---\r\ntitle: x\r\n---\r\nText", accord.FormatMarkdown},
		{"a.json", "\n{\"id\": 1}\n{\"id\": 2}\n", accord.FormatJSONL},
		{"a.txt", "{not json at all}\n", accord.FormatText},
		{"a.jsonl", "{broken\n", accord.FormatJSONL},
		{"a.txt", "<!DOCTYPE html><html><body>x</body></html>", accord.FormatHTML},
		{"a", "  <html lang=en><p>x", accord.FormatHTML},
		{"a.html", "Plain words in an .html file.", accord.FormatText},
		{"a.csv", "path,date\nx,2025-01-02\n", skipFormat},
		{"a.txt", "WASHINGTON, March 3, 2025 — Text.", accord.FormatText},
	}
	for _, tt := range tests {
		if got := detect(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("detect(%q, %.30q) = %q, want %q", tt.name, tt.data, got, tt.want)
		}
	}
}

func TestNormalisation(t *testing.T) {
	nfd := norm.NFD.String("HÀ NỘI — Việt Nam và Hàn Quốc.")
	tests := []struct{ name, in, body, dateline string }{
		{"bom-crlf", "\uFEFF date 2025-01-02 SEOUL — First line\r\nsame paragraph.\r\n\r\nSecond.\r\n", "First line same paragraph.\n\nSecond.", "Seoul"},
		{"nfd", " date 2025-01-02 " + nfd, "Việt Nam và Hàn Quốc.", "Hà Nội"},
		{"cr", " date 2025-01-02 PARIS — One.\rTwo.\r\rThree.", "One. Two.\n\nThree.", "Paris"},
		{"spaces", " date 2025-01-02 LIMA — A\u00a0\u00a0b\t c\u200b d\u00ade.", "A b c de.", "Lima"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := Parse("x.txt", []byte(tt.in))
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("errors %v", errs)
			}
			a := arts[0]
			if a.Body != tt.body || a.Dateline != tt.dateline {
				t.Errorf("got body %q dateline %q, want %q %q", a.Body, a.Dateline, tt.body, tt.dateline)
			}
			if !norm.NFC.IsNormalString(a.Body) || !norm.NFC.IsNormalString(a.Dateline) {
				t.Errorf("not NFC")
			}
		})
	}
}

func TestStableIDs(t *testing.T) {
	data, err := os.ReadFile("../testdata/seeds/000_80a3baf4df374104.txt")
	if err != nil {
		t.Fatal(err)
	}
	a1, _ := Parse("000.txt", data)
	a2, _ := Parse("elsewhere/copy.txt", data)
	if len(a1) != 1 || len(a2) != 1 {
		t.Fatal("seed did not parse")
	}
	if a1[0].ID != a2[0].ID {
		t.Errorf("same content, different ids: %s %s", a1[0].ID, a2[0].ID)
	}
	crlf := []byte(strings.ReplaceAll(string(data), "\n", "\r\n"))
	if a3, _ := Parse("000.txt", crlf); len(a3) != 1 || a3[0].ID != a1[0].ID {
		t.Errorf("CRLF line ends changed the id")
	}
	changed := []byte(strings.Replace(string(data), "Friday", "Thursday", 1))
	a4, _ := Parse("000.txt", changed)
	if len(a4) != 1 || a4[0].ID == a1[0].ID {
		t.Errorf("changed body kept id %s", a1[0].ID)
	}
}

func TestPlaceName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HÀ NỘI", "Hà Nội"},
		{"SEOUL", "Seoul"},
		{"DAR ES SALAAM", "Dar es Salaam"},
		{"PORT-AU-PRINCE", "Port-au-Prince"},
		{"RIO DE JANEIRO", "Rio de Janeiro"},
		{"THE HAGUE", "The Hague"},
		{"N'DJAMENA", "N'Djamena"},
		{"ST. JOHN'S", "St. John's"},
		{"ĐÀ NẴNG", "Đà Nẵng"},
		{"İSTANBUL", "İstanbul"},
		{"New York", "New York"},
		{"*Munich*", "Munich"},
	}
	for _, tt := range tests {
		if got := placeName(tt.in); got != tt.want {
			t.Errorf("placeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseDateline(t *testing.T) {
	tests := []struct {
		in                  string
		ok                  bool
		place, date, source string
		rest                string
	}{
		{"HÀ NỘI — Text.", true, "HÀ NỘI", "", "", "Text."},
		{"WASHINGTON, March 3, 2025 — Text.", true, "WASHINGTON", "2025-03-03", "", "Text."},
		{"HANOI (Jan. 5) — Text.", true, "HANOI", "--01-05", "", "Text."},
		{"LONDON (Reuters) - Text.", true, "LONDON", "", "Reuters", "Text."},
		{"WASHINGTON, D.C. — Text.", true, "WASHINGTON", "", "", "Text."},
		{"Sharm el-Sheikh, 4 November 2022 – Text.", true, "Sharm el-Sheikh", "2022-11-04", "", "Text."},
		{"The minister said — after a pause — that", false, "", "", "", ""},
		{"In 2025 — a year of change — talks", false, "", "", "", ""},
		{"No dash at all.", false, "", "", "", ""},
	}
	for _, tt := range tests {
		d, ok := parseDateline(tt.in)
		if ok != tt.ok {
			t.Errorf("parseDateline(%q): ok = %v", tt.in, ok)
			continue
		}
		if !ok {
			continue
		}
		if d.place != tt.place || d.date != tt.date || d.source != tt.source || tt.in[d.end:] != tt.rest {
			t.Errorf("parseDateline(%q) = %+v (rest %q)", tt.in, d, tt.in[d.end:])
		}
	}
}

func TestDates(t *testing.T) {
	values := map[string]string{
		"2025-03-03":                      "2025-03-03",
		"2025-03-03T23:30:00-05:00":       "2025-03-03",
		"2021-06-12 12:50:57-04:00":       "2021-06-12",
		"Mon, 03 Mar 2025 10:00:00 +0000": "2025-03-03",
		"March 3, 2025":                   "2025-03-03",
		"3 March 2025":                    "2025-03-03",
		"2025-02-30":                      "",
		"soon":                            "",
		"$13":                             "",
	}
	for in, want := range values {
		if got := parseDateValue(in); got != want {
			t.Errorf("parseDateValue(%q) = %q, want %q", in, got, want)
		}
	}
	names := map[string]string{
		"2024-07-30-readout.md":   "2024-07-30",
		"dir/report_20240730.txt": "2024-07-30",
		"x-2024-13-40.txt":        "",
		"000_80a3baf4df374104":    "",
	}
	for in, want := range names {
		if got := nameDate(in); got != want {
			t.Errorf("nameDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Dr. Smith met Mr. Lee in the U.S. capital on Monday. They talked.", "Dr. Smith met Mr. Lee in the U.S. capital on Monday."},
		{"President Joe R. Biden spoke. Then more.", "President Joe R. Biden spoke."},
		{"One sentence only", "One sentence only"},
		{"Ends with a quote.” Next one.", "Ends with a quote.”"},
		{strings.Repeat("Việt Nam ", 30) + "end.", strings.TrimSpace(strings.Repeat("Việt Nam ", 11))},
	}
	for _, tt := range tests {
		got := firstSentence(tt.in, maxTitle)
		if got != tt.want || len(got) > maxTitle || !utf8.ValidString(got) {
			t.Errorf("firstSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"wrap", "one\ntwo  three\n\nfour", "one two three\n\nfour"},
		{"link", "see [the\nreport](https://x.org/a_(b)) now", "see the report now"},
		{"ref link and image", "![logo](l.png) a [b][c] d", "a b d"},
		{"escapes", `\### \*not\* 5\. \[1\] a\_b`, "### *not* 5. [1] a_b"},
		{"emphasis", "**bold** *em* _u_ snake_case ~~x~~", "bold em u snake_case x"},
		{"heading", "# Title\nText", "Title\n\nText"},
		{"list", "Intro:\n\n-   one\n    more\n-   two\n1.  three", "Intro:\n\n• one more\n\n• two\n\n1. three"},
		{"wrapped number", "ending in FY\n2029. One more.", "ending in FY 2029. One more."},
		{"hard break", "Hotel  \nParis, France\n\nHe said  \nthat", "Hotel\n\nParis, France\n\nHe said that"},
		{"html", "a <s>x</s> [y] <b>b</b> <!-- c --> &amp; <https://x.org>", "a [y] b & https://x.org"},
		{"rule and end mark", "text\n\n* * *\n\nmore. \\###\n\n\\# \\# \\#", "text\n\nmore."},
		{"comment block", "a\n<!--\nhidden\n-->\nb", "a\n\nb"},
		{"broken comment", "a\n\n<!-->\n\nb", "a\n\nb"},
		{"comments across blank line", "x <!-- a --> y <!-- b\n\nc --> z", "x y\n\nz"},
		{"escaped comment", `a \<!-- b`, "a <!-- b"},
		{"link title", `see [the report](https://x.org/a "The title") now`, "see the report now"},
		{"link angle address", "see [it](<https://x.org/a b>) now", "see it now"},
		{"nested brackets", "see [a [b] c](https://x.org) now", "see a [b] c now"},
		{"reference definitions", "[a][1], [b][] and [C] but [sic]\n\n[1]: https://x.org\n[b]: <https://y.org> 'T'\n[c]: https://z.org", "a, b and C but [sic]"},
		{"footnote", "text[^n1] here.\n\n[^n1]: The note.", "text here.\n\nThe note."},
		{"image in link", "[![logo](l.png)](https://x.org) caption", "caption"},
		{"link glued to word", "[ties](u)between and [talk](u)s", "ties between and talks"},
		{"emphasis glued to word", "the**Forum** and un*believ*able", "the Forum and unbelievable"},
		{"struck space", "Storm<s> </s>Season", "Storm Season"},
		{"inline tags", "a<br>b <span class=\"x\">c</span> 21<sup>st</sup> m<sup>2</sup> port<sup>3</sup> x<y>z", "a b c 21st m2 port x<y>z"},
		{"html table", "<table><tr><td>a</td><td>b</td></tr></table>", "a b"},
		{"pipe table", "| A | B |\n|:--|--:|\n| 1 | 2 \\| 3 |", "A | B\n\n1 | 2 | 3"},
		{"grid table", "+---+---+\n| a | b |\n+===+===+\n| c | d |\n+---+---+", "a | b\n\nc | d"},
		{"simple table", "Name    Role\n----    ----\nAna     Chair\nBo      Host\n\nText", "Name | Role\n\nAna | Chair\n\nBo | Host\n\nText"},
		{"block quote", "Text\n> one\ntwo\n>\n> > three", "Text\n\none two\n\nthree"},
		{"quoted heading and list", "> ## Head\n> - item", "Head\n\n• item"},
		{"fences", "~~~ text\ncode\n~~~\n```go\nx\n```", "code\n\nx"},
		{"punctuation after hard break", "good  \n.  \n— and more\n\nText  \n2025 plan", "good. — and more\n\nText\n\n2025 plan"},
		{"lone backslash and empty note", "a\n\\\n[^1]:\nb", "a\n\nb"},
		{"stray table border", "Name|\n\n|\n\n—", "Name"},
	}
	for _, tt := range tests {
		if got := markdownText(tt.in); got != tt.want {
			t.Errorf("%s: markdownText(%q) =\n%q, want\n%q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestSplitGluedNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"represent90 percent", "represent 90 percent"},
		{"including the1982 convention", "including the 1982 convention"},
		{"by2030.", "by 2030."},
		{"some1,200 farms (in2024)", "some 1,200 farms (in 2024)"},
		{"Justice40 and COP26", "Justice40 and COP26"},
		{"in June2023 and Sept.2024, Local2030 Mayo2020", "in June 2023 and Sept.2024, Local2030 Mayo2020"},
		{"x86 web3 i2X mp3s", "x86 web3 i2X mp3s"},
		{"https://x.org/page12 #tag2024 a_b12", "https://x.org/page12 #tag2024 a_b12"},
		{"ab12.com and ab12cd", "ab12.com and ab12cd"},
		{"café2024 …", "café 2024 …"},
	}
	for _, tt := range tests {
		if got := splitGluedNumbers(tt.in); got != tt.want {
			t.Errorf("splitGluedNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzMarkdownText checks that markup removal never panics and always
// gives normalised paragraphs of valid UTF-8.
func FuzzMarkdownText(f *testing.F) {
	for _, s := range []string{
		"see [a](<b c>) [d][e] [f]\n\n[e]: x\n[f]: y", "a <!-- b\n\nc --> d <!--", "| a | b |\n|---|---|",
		"x  \n.  \n> > q", "[^1] [^1]: n", "a<sup>1</sup> <s> </s>b the**X** [a](u)b", "represent90 x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := splitGluedNumbers(markdownText(s))
		if !utf8.ValidString(got) || strings.Contains(got, "\n\n\n") || strings.Contains(got, "  ") || got != strings.TrimSpace(got) {
			t.Errorf("markdownText(%q) = %q: not normalised", s, got)
		}
	})
}

func TestLocationBlock(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Carbis Bay Hotel & Estate  \nSaint Ives, United Kingdom\n\n3:01 P.M. BST\n\nText.", "Saint Ives"},
		{"*Commerzbank*\n*Munich, Germany*\n\n1:22 P.M. CEST", "Munich"},
		{"Oval Office\n\n2:55 P.M. EDT\n\nText", ""},
		{"East Room\n(March 12, 2024)\n\n3:42 P.M. EDT", ""},
		{"Kantei,  \nTokyo, Japan\n\n3:21 P.M. JST", "Tokyo"},
		{"12:32 P.M. BST\n\nMODERATOR: Hi.", ""},
		{"The President met the Prime Minister, who said a great deal about many things over a long lunch.\n\nMadrid, Spain\n\n3:00 P.M. CEST", ""},
		// No time line: an italic "City, Country" line before the first speaker.
		{"*Akasaka Palace  \n*Lima, Peru**\n\nPRESIDENT VEGA: Welcome, Madam Vice President.", "Lima"},
		{"*Lima, Peru*\n\nVICE PRESIDENT ROJAS: Good morning.", "Lima"},
		{"Lima, Peru\n\nVICE PRESIDENT ROJAS: Good morning.", ""}, // not set apart in italics
		{"*Oval Office*\n\nTHE PRESIDENT: Welcome.", ""},
	}
	for _, tt := range tests {
		if got := locationBlock(tt.in); got != tt.want {
			t.Errorf("locationBlock(%.40q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTrailingCredit(t *testing.T) {
	tests := []struct{ in, rest, credit string }{
		{"Text. — VNA/VNS", "Text.", "VNA/VNS"},
		{"Text.\n\n— AFP", "Text.", "AFP"},
		{"Text. - Yonhap News Agency", "Text.", "Yonhap News Agency"},
		{"He said the talks — long and hard — went well.", "He said the talks — long and hard — went well.", ""},
		{"It was — in the end — a success", "It was — in the end — a success", ""},
		{"Text within the year. (PNA)", "Text within the year.", "PNA"},
		{"Text.\n\n(KNA/KNS)", "Text.", "KNA/KNS"},
		{"They met at the summit of the Association (ASEAN)", "They met at the summit of the Association (ASEAN)", ""},
		{"The leaders met. (Photo)", "The leaders met. (Photo)", ""},
		{"The talks ended. (END)", "The talks ended. (END)", ""},
	}
	for _, tt := range tests {
		rest, credit := trailingCredit(tt.in)
		if rest != tt.rest || credit != tt.credit {
			t.Errorf("trailingCredit(%q) = %q, %q", tt.in, rest, credit)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, dir := range []string{"testdata/formats", "../testdata/seeds"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(filepath.Base(p), data)
			}
		}
	}
	f.Add("x.md", []byte("---\ndate: 2025-01-02\n---\n[a](b"))
	f.Add("x.txt", []byte("date 2025-01-02 \xff"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		arts, errs := Parse(name, data)
		if len(arts) == 0 && len(errs) == 0 && detect(name, data) != accord.FormatJSONL {
			t.Fatalf("neither articles nor errors")
		}
		for _, a := range arts {
			if !isISODate(a.Published) {
				t.Errorf("bad date %q", a.Published)
			}
			if strings.TrimSpace(a.Body) == "" || !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
				t.Errorf("bad body or title: %q %q", a.Title, a.Body)
			}
			if a.ID != accord.ArticleID(a.Published, a.Body) || a.File == "" {
				t.Errorf("bad id or file: %q %q", a.ID, a.File)
			}
			if len(a.Title) > 4*maxTitle && a.Format == accord.FormatAgency {
				t.Errorf("title too long: %d bytes", len(a.Title))
			}
		}
		for _, e := range errs {
			if accord.ErrorCode(e) != accord.EINVALID {
				t.Errorf("error without EINVALID: %v", e)
			}
		}
	})
}

func BenchmarkParseWhitehouse(b *testing.B) {
	var files [][]byte
	var names []string
	var total int64
	filepath.WalkDir(whitehouse, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") && d.Name() != "README.md" {
			data, err := os.ReadFile(p)
			if err == nil {
				files, names = append(files, data), append(names, p)
				total += int64(len(data))
			}
		}
		return nil
	})
	if len(files) == 0 {
		b.Skip("White House corpus absent")
	}
	b.SetBytes(total)
	b.ResetTimer()
	n := 0
	for range b.N {
		for i, data := range files {
			arts, _ := Parse(names[i], data)
			n += len(arts)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
