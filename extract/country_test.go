package extract

import (
	"testing"

	accord "github.com/accordhq/accord"
)

func TestOutletHome(t *testing.T) {
	x := newX(t)
	tests := []struct {
		source, url, want string
		government        bool
	}{
		{"VNA/VNS", "", "VN", false},
		{"(Xinhua)", "", "CN", false},
		{"Yonhap News Agency", "", "KR", false},
		{"", "https://www.whitehouse.gov/briefings-statements/2025/08/x/", "US", true},
		{"", "https://bidenwhitehouse.archives.gov/briefing-room/", "US", true},
		{"", "https://www.mofa.go.jp/press/release/", "JP", true},
		{"", "https://www.gov.uk/government/news/x", "GB", true},
		{"", "https://www.fmprc.gov.cn/eng/", "CN", true},
		{"", "https://www.governo.it/en/articolo/x", "IT", true},
		{"", "https://www.government.nl/latest/news/x", "NL", true},
		{"", "https://www.regjeringen.no/en/aktuelt/x", "NO", true},
		{"", "https://president.ie/en/diary/x", "IE", true},
		{"", "https://en.vietnamplus.vn/x.html", "VN", false},
		{"Reuters", "https://www.reuters.com/world/", "", false},
		{"", "https://example.com/gov.uk", "", false},
		{"", "::not a url", "", false},
	}
	for _, tt := range tests {
		h := x.lx.outlets.home(&accord.Article{Source: tt.source, URL: tt.url})
		if h.country != tt.want || h.country != "" && h.government != tt.government {
			t.Errorf("home(%q, %q) = %+v, want %s government=%v", tt.source, tt.url, h, tt.want, tt.government)
		}
	}
}

// TestInferCountries checks the rules that give a country to persons the
// text names without one, and those that must leave it empty.
func TestInferCountries(t *testing.T) {
	x := newX(t)
	const wh = "https://www.whitehouse.gov/briefings-statements/2025/01/x/"
	tests := []struct {
		name, source, url, title, body string
		person, want                   string
	}{
		{"bilateral", "", "", "",
			"Party General Secretary Nguyen Van Binh and President of the Republic of Korea (RoK) Kim Min-su held talks on Monday to lift Viet Nam–RoK ties.",
			"Nguyen Van Binh", "VN"},
		{"home of a government site", "", wh, "Readout of President Smith's Call with President Doe of France",
			"President John Smith spoke today with President Jane Doe of France.",
			"John Smith", "US"},
		{"no such office at home", "", wh, "",
			"Prime Minister John Smith spoke today with President Jane Doe of France.",
			"John Smith", ""},
		{"distinct office in the lead", "", wh, "",
			"Vice President Jane Roe spoke to reporters today.",
			"Jane Roe", "US"},
		{"distinct office of another body is that body's", "", wh, "",
			"European Commission Executive Vice President Jane Roe spoke to reporters today.",
			"Jane Roe", "EU"},
		{"hosts abroad are not home", "", wh, "",
			"Secretary Jane Roe visited Israel this week. She met with National Security Advisor Avi Cohen.",
			"Avi Cohen", ""},
		{"agency credit and distinct title", "VNA/VNS", "", "",
			"Party General Secretary Nguyen Van Binh received a delegation of business leaders in Ha Noi on Monday.",
			"Nguyen Van Binh", "VN"},
		{"agency on others' contacts", "Xinhua", "", "",
			"President Jane Doe of France met President John Roe in Paris today.",
			"John Roe", ""},
		{"government host by its domain", "", "https://www.mofa.go.jp/press/", "",
			"Prime Minister Taro Yamada met with President Jane Doe of France today.",
			"Taro Yamada", "JP"},
		{"sides of a meeting", "", "", "",
			"The representative from the Chinese side for this meeting was Wang Lei, Vice Premier of the State Council, and the representatives from the U.S. side were John Smith, Secretary of Treasury, and Jane Roe, Trade Representative.",
			"Wang Lei", "CN"},
		{"second side of a meeting", "", "", "",
			"The representative from the Chinese side for this meeting was Wang Lei, Vice Premier of the State Council, and the representatives from the U.S. side were John Smith, Secretary of Treasury, and Jane Roe, Trade Representative.",
			"Jane Roe", "US"},
		{"a delegation led by", "", "", "",
			"Mexico's delegation was led by Secretary of Foreign Affairs Ana Lopez.",
			"Ana Lopez", "MX"},
		{"a side that acts is no list", "", "", "",
			"The Chinese side welcomed Secretary Jane Roe.",
			"Jane Roe", ""},
		{"the author of a government's release", "", wh, "Readout of Vice President Roe's Meeting with Labor Leaders",
			"Today, Vice President Jane Roe met with labor leaders. She thanked them.",
			"Jane Roe", "US"},
		{"the author of a ministry's remarks", "", "https://dfa.gov.ph/statements/x", "Remarks of the Secretary for Foreign Affairs Juan A. Cruz at the Joint Press Briefing",
			"I welcome the Minister to Manila.",
			"Juan A. Cruz", "PH"},
		{"not the author: the first person has a country", "", wh, "Statement of President Jane Doe of France",
			"President Jane Doe of France praised the work of President John Smith.",
			"John Smith", ""},
		{"a joint statement is no one's release", "", wh, "Joint Statement from France and the United States",
			"President Jane Doe and President John Smith met today in Paris.",
			"Jane Doe", ""},
		{"a domestic office anywhere in the text", "", wh, "Readout of a Meeting with Labor Leaders",
			"Officials discussed the bill. Later, Senator Mary Poe praised it.",
			"Mary Poe", "US"},
		{"a domestic office of a place", "", wh, "",
			"Officials met labor leaders. They were joined by Governor of Okinawa Taro Yamada.",
			"Taro Yamada", ""},
		{"the body before a title", "", "", "",
			"Today, White House Gender Policy Council Director Jane Roe met advocates.",
			"Jane Roe", "US"},
		{"a body of no country", "", "", "",
			"Goodwill Industries Chairman John Smith spoke.",
			"John Smith", ""},
		{"the leader's administration", "", wh, "Readout of a Meeting with Labor Leaders",
			"Officials met labor leaders to discuss the Smith-Roe Administration's agenda. President Smith thanked them.",
			"Smith", "US"},
		{"no administration named", "", wh, "Readout of a Meeting with Labor Leaders",
			"Officials met labor leaders. They discussed President Doe's war.",
			"Doe", ""},
		{"a domestic release's people are its country's", "", wh, "Readout of a Roundtable on Apprenticeships",
			"Officials met apprenticeship leaders. Maria Vale, President of the Builders Guild, thanked them.",
			"Maria Vale", "US"},
		{"not when the release names another country", "", wh, "Readout of a Roundtable on Apprenticeships",
			"Officials discussed apprenticeships in Brazil. Maria Vale, President of the Builders Guild, thanked them.",
			"Maria Vale", ""},
		{"not an international body's official", "", wh, "",
			"The Vice President spoke by phone today with World Health Organization Director-General Dr. Ana Doe.",
			"Ana Doe", ""},
		{"a fellow traveller is not facing the other side", "", wh, "",
			"National Security Advisor John Smith met with National Security Advisor Kim Min-su of the Republic of Korea today. They discussed the upcoming State Visit of President Park Ji-hoon of the Republic of Korea and First Lady Lee Soo-jin.",
			"Lee Soo-jin", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, "2025-01-10", tt.body)
			a.Source, a.URL = tt.source, tt.url
			p, ok := persons(x.Extract(a))[tt.person]
			if !ok {
				t.Fatalf("no person %q in %v", tt.person, keys(persons(x.Extract(a))))
			}
			if p.Country != tt.want {
				t.Errorf("%s: country %q, want %q", tt.person, p.Country, tt.want)
			}
		})
	}
}

// TestEngagementCountries checks that an engagement lists the country of
// every participant, and that a contact at home is no engagement.
func TestEngagementCountries(t *testing.T) {
	x := newX(t)
	const wh = "https://www.whitehouse.gov/briefings-statements/2025/01/x/"
	tests := []struct {
		name, title, body string
		want              []string // countries of each engagement
	}{
		{"both sides", "Readout of President Smith's Call with President Doe of France",
			"President John Smith spoke today with President Jane Doe of France.",
			[]string{"FR US"}},
		{"at home", "",
			"Vice President Jane Roe met with Senator John Doe at the White House today.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(tt.title, "2025-01-10", tt.body)
			a.URL = wh
			var got []string
			for _, e := range x.Extract(a).Engagements {
				s := ""
				for i, c := range e.Countries {
					if i > 0 {
						s += " "
					}
					s += c
				}
				got = append(got, s)
			}
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
				t.Errorf("engagement countries %q, want %q", got, tt.want)
			}
		})
	}
}
