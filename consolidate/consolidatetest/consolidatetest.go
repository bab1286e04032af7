// Package consolidatetest builds hand-made article facts for tests of the
// consolidation and its views: a made-up relationship between two countries
// with a reception, a state visit with talks, a signing and a press
// conference reported by two outlets, two calls, an invitation and a
// restated trade target. Every name in it is invented.
package consolidatetest

import (
	"strings"

	accord "github.com/accordhq/accord"
)

// Doc is an article under construction: sentences joined into a body, so
// that evidence offsets are right.
type Doc struct {
	Facts *accord.ArticleFacts
	spans [][2]int
}

// NewDoc returns a document with its article, its id derived as ArticleID.
func NewDoc(file, title, published, source string, sentences ...string) *Doc {
	var b strings.Builder
	d := &Doc{}
	for i, s := range sentences {
		if i > 0 {
			b.WriteString(" ")
		}
		d.spans = append(d.spans, [2]int{b.Len(), b.Len() + len(s)})
		b.WriteString(s)
	}
	body := b.String()
	art := &accord.Article{
		ID: accord.ArticleID(published, body), File: file, Title: title,
		Published: published, Source: source, Format: accord.FormatText, Body: body,
	}
	d.Facts = &accord.ArticleFacts{Article: art, Actors: []accord.Actor{}, Areas: []string{},
		Engagements: []accord.Engagement{}, Targets: []accord.Target{}}
	return d
}

// Ev returns the evidence of sentence i.
func (d *Doc) Ev(i int) accord.Evidence {
	sp := d.spans[i]
	a := d.Facts.Article
	return accord.Evidence{Article: a.ID, Quote: a.Body[sp[0]:sp[1]], Start: sp[0], End: sp[1], Published: a.Published}
}

// Person adds a person and returns its local key.
func (d *Doc) Person(name, country string, roles []string, aliases ...string) string {
	key := accord.ActorKey(accord.Person, name)
	d.Facts.Actors = append(d.Facts.Actors, accord.Actor{ID: key, Type: accord.Person, Name: name,
		Country: country, Roles: roles, Aliases: aliases})
	return key
}

// Country adds a country and returns its local key.
func (d *Doc) Country(code, name string, aliases ...string) string {
	key := accord.ActorKey(accord.Country, code)
	d.Facts.Actors = append(d.Facts.Actors, accord.Actor{ID: key, Type: accord.Country, Name: name,
		Country: code, Roles: []string{}, Aliases: aliases})
	return key
}

// E is an engagement to add: the fields of accord.Engagement that articles
// give, with the sentence it comes from.
type E struct {
	Type         accord.EngagementType
	Date, End    string
	Place        string
	PlaceCountry string
	Participants []string
	Countries    []string
	Level        string
	Areas        []string
	Sentence     int
	// ByPublication marks a date the text does not give: the article's.
	ByPublication bool
}

func (d *Doc) eng(e E, status string) accord.Engagement {
	out := accord.Engagement{Type: e.Type, Date: e.Date, EndDate: e.End,
		Place: accord.PlaceRef{Name: e.Place, Country: e.PlaceCountry}, Participants: e.Participants,
		Countries: e.Countries, Level: e.Level, Status: status, Areas: e.Areas,
		Reports: []accord.Evidence{d.Ev(e.Sentence)}}
	if e.ByPublication {
		out.Reports[0].DateBasis = accord.DateByPublication
	}
	return out
}

// Held adds an engagement the article reports.
func (d *Doc) Held(e E) *Doc {
	d.Facts.Engagements = append(d.Facts.Engagements, d.eng(e, accord.StatusHeld))
	return d
}

// Ref adds a past event the article mentions.
func (d *Doc) Ref(e E) *Doc {
	d.Facts.References = append(d.Facts.References, d.eng(e, accord.StatusMentioned))
	return d
}

// Invite adds an invitation.
func (d *Doc) Invite(e E) *Doc {
	d.Facts.Invitations = append(d.Facts.Invitations, d.eng(e, accord.StatusPending))
	return d
}

// T is a target statement to add.
type T struct {
	Metric     string
	Value      float64
	Unit       string
	Comparator string
	Deadline   string
	Period     string
	Qualifier  string
	Holders    []string
	Sentence   int
}

// Target adds a target statement.
func (d *Doc) Target(t T) *Doc {
	cmp := t.Comparator
	if cmp == "" {
		cmp = accord.Eq
	}
	d.Facts.Targets = append(d.Facts.Targets, accord.Target{Metric: t.Metric, Value: t.Value, Unit: t.Unit,
		Comparator: cmp, Deadline: t.Deadline, Period: t.Period, Qualifier: t.Qualifier, Holders: t.Holders,
		Mentions: []accord.Evidence{d.Ev(t.Sentence)}})
	return d
}

// Areas sets the article's areas.
func (d *Doc) Areas(areas ...string) *Doc {
	d.Facts.Areas = areas
	return d
}

// The invented principals of Relationship.
const (
	Leader      = "Nguyễn Văn An"  // VN, General Secretary, later also State President
	Premier     = "Trần Minh Đức"  // VN, Prime Minister
	President   = "Park Min-jun"   // KR, President
	Ambassador  = "Kim Soo-hyun"   // KR, Ambassador to Viet Nam
	Minister    = "Lê Thị Hồng"    // VN, Minister of Foreign Affairs
	Counterpart = "Choi Dong-hyun" // KR, Minister of Foreign Affairs
)

// Relationship returns the facts of six articles on a made-up relationship
// between Viet Nam and the Republic of Korea, in no particular order.
func Relationship() []*accord.ArticleFacts {
	var out []*accord.ArticleFacts

	// 1. A reception.
	d := NewDoc("a1.txt", "Party chief receives RoK ambassador", "2025-03-14", "VNA",
		"HÀ NỘI — General Secretary Nguyễn Văn An received Ambassador Kim Soo-hyun of the Republic of Korea in Hà Nội on Friday.",
		"The two sides agreed to deepen cooperation in trade and education.")
	an := d.Person(Leader, "VN", []string{"General Secretary"}, "An", "General Secretary An")
	kim := d.Person(Ambassador, "KR", []string{"Ambassador to Viet Nam"}, "Kim")
	d.Country("VN", "Viet Nam", "Việt Nam")
	d.Country("KR", "Republic of Korea", "RoK")
	d.Held(E{Type: accord.Reception, Date: "2025-03-14", Place: "Hà Nội", PlaceCountry: "VN",
		Participants: []string{an, kim}, Countries: []string{"VN", "KR"}, Level: accord.LevelPartyLeader,
		Areas: []string{"trade", "education"}, Sentence: 0}).Areas("trade", "education")
	out = append(out, d.Facts)

	// 2. A call, with an invitation and a trade target.
	d = NewDoc("a2.txt", "Leaders hold phone talks", "2025-06-02", "VNA",
		"HÀ NỘI — General Secretary Nguyễn Văn An held phone talks with President Park Min-jun of the Republic of Korea on Monday.",
		"President Park invited General Secretary An to pay a state visit to the RoK, and the invitation was accepted with pleasure.",
		"The two leaders agreed to strive to raise bilateral trade to US$150 billion by 2030.")
	an = d.Person(Leader, "VN", []string{"General Secretary"}, "An")
	park := d.Person(President, "KR", []string{"President"}, "Park", "President Park")
	d.Country("VN", "Viet Nam")
	d.Country("KR", "Republic of Korea", "RoK")
	d.Held(E{Type: accord.PhoneCall, Date: "2025-06-02", Participants: []string{an, park},
		Countries: []string{"KR", "VN"}, Level: accord.LevelPartyLeader, Areas: []string{"trade"}, Sentence: 0})
	d.Invite(E{Type: accord.Visit, PlaceCountry: "KR", Participants: []string{an, park},
		Countries: []string{"KR", "VN"}, Sentence: 1})
	d.Target(T{Metric: "bilateral trade", Value: 150e9, Unit: "USD", Deadline: "2030", Holders: []string{"VN", "KR"}, Sentence: 2})
	d.Areas("trade", "diplomacy")
	out = append(out, d.Facts)

	// 3. The state visit, talks and signing, by the first outlet.
	d = NewDoc("a3.txt", "Viet Nam, RoK leaders hold talks in Seoul", "2025-08-11", "VNA",
		"SEOUL — General Secretary Nguyễn Văn An and President Park Min-jun held talks in Seoul on Monday as part of the Vietnamese leader's state visit to the RoK.",
		"The two leaders then witnessed the signing of cooperation documents on energy and semiconductors.",
		"They agreed to bring two-way trade turnover between the two countries to US$150 billion by 2030.")
	an = d.Person(Leader, "VN", []string{"General Secretary"}, "An")
	park = d.Person(President, "KR", []string{"President"}, "Park")
	d.Country("VN", "Viet Nam")
	d.Country("KR", "Republic of Korea")
	d.Held(E{Type: accord.Visit, Date: "2025-08", Place: "Seoul", PlaceCountry: "KR", Participants: []string{an, park},
		Countries: []string{"KR", "VN"}, Level: accord.LevelPartyLeader, Sentence: 0})
	d.Held(E{Type: accord.Talks, Date: "2025-08-11", Place: "Seoul", PlaceCountry: "KR", Participants: []string{an, park},
		Countries: []string{"KR", "VN"}, Level: accord.LevelPartyLeader, Areas: []string{"trade"}, Sentence: 0})
	d.Held(E{Type: accord.Signing, Date: "2025-08-11", Place: "Seoul", PlaceCountry: "KR", Participants: []string{an, park},
		Countries: []string{"KR", "VN"}, Level: accord.LevelPartyLeader, Areas: []string{"energy", "semiconductors"}, Sentence: 1})
	d.Target(T{Metric: "trade turnover between the two countries", Value: 150e9, Unit: "USD", Deadline: "2030", Holders: []string{"KR", "VN"}, Sentence: 2})
	d.Areas("trade", "energy", "semiconductors")
	out = append(out, d.Facts)

	// 4. The same day by a second outlet: a press conference, the talks as a
	// meeting, the visit dated by its first day, a hyphenless name.
	d = NewDoc("a4.txt", "Leaders brief the press after talks", "2025-08-11", "Asia Wire",
		"SEOUL — President Park Min Jun and General Secretary Nguyễn Văn An met the press in Seoul on Monday after their meeting.",
		"The visit, which began on Sunday, is the first by the Vietnamese leader since taking office.")
	an = d.Person(Leader, "VN", []string{"General Secretary"})
	park = d.Person("Park Min Jun", "KR", []string{"President"}, "Park")
	d.Country("VN", "Vietnam")
	d.Country("KR", "South Korea")
	d.Held(E{Type: accord.PressConference, Date: "2025-08-11", Place: "Seoul", PlaceCountry: "KR",
		Participants: []string{an, park}, Countries: []string{"KR", "VN"}, Level: accord.LevelHeadOfState, Sentence: 0})
	d.Held(E{Type: accord.Meeting, Date: "2025-08-11", Place: "Seoul", PlaceCountry: "KR",
		Participants: []string{an, park}, Countries: []string{"KR", "VN"}, Level: accord.LevelHeadOfState, Sentence: 0})
	d.Held(E{Type: accord.Visit, Date: "2025-08-10", End: "2025-08-13", PlaceCountry: "KR",
		Participants: []string{an}, Countries: []string{"KR", "VN"}, Level: accord.LevelPartyLeader, Sentence: 1})
	d.Areas("diplomacy")
	out = append(out, d.Facts)

	// 5. A call in the new year, recalling the visit; the target restated
	// with a qualifier; a new growth target; the leader now also President.
	d = NewDoc("a5.txt", "New Year phone call between leaders", "2026-01-30", "VNA",
		"HÀ NỘI — General Secretary and State President Nguyễn Văn An held phone talks with President Park Min-jun on Friday.",
		"The two leaders recalled the state visit to the RoK last August.",
		"They agreed to raise bilateral trade to US$150 billion by 2030 in a more balanced manner.",
		"Viet Nam aims for GDP growth of 10 per cent or higher in the 2026-2030 period.")
	an = d.Person(Leader, "VN", []string{"General Secretary", "State President"}, "An")
	park = d.Person(President, "KR", []string{"President"}, "Park")
	d.Country("VN", "Viet Nam")
	d.Country("KR", "Republic of Korea")
	d.Held(E{Type: accord.PhoneCall, Date: "2026-01-30", Participants: []string{an, park},
		Countries: []string{"KR", "VN"}, Level: accord.LevelHeadOfState, Areas: []string{"trade"}, Sentence: 0})
	d.Ref(E{Type: accord.Visit, Date: "2025-08", PlaceCountry: "KR", Participants: []string{an},
		Countries: []string{"KR", "VN"}, Sentence: 1})
	d.Target(T{Metric: "bilateral trade", Value: 150e9, Unit: "USD", Deadline: "2030", Qualifier: "in a more balanced manner", Holders: []string{"KR", "VN"}, Sentence: 2})
	d.Target(T{Metric: "GDP growth", Value: 10, Unit: "percent", Comparator: accord.Gte, Period: "2026-2030", Holders: []string{"VN"}, Sentence: 3})
	d.Areas("trade", "diplomacy")
	out = append(out, d.Facts)

	// 6. Foreign ministers' call; the trade goal raised.
	d = NewDoc("a6.txt", "Foreign ministers talk by phone", "2026-03-10", "VNA",
		"HÀ NỘI — Minister of Foreign Affairs Lê Thị Hồng held phone talks with her RoK counterpart Choi Dong-hyun on Tuesday.",
		"Both ministers agreed to work towards bilateral trade of US$200 billion by 2030.")
	le := d.Person(Minister, "VN", []string{"Minister of Foreign Affairs"}, "Hồng")
	choi := d.Person(Counterpart, "KR", []string{"Minister of Foreign Affairs"}, "Choi")
	d.Country("VN", "Viet Nam")
	d.Country("KR", "Republic of Korea")
	d.Held(E{Type: accord.PhoneCall, Date: "2026-03-10", Participants: []string{le, choi},
		Countries: []string{"KR", "VN"}, Level: accord.LevelMinister, Areas: []string{"diplomacy"}, Sentence: 0})
	d.Target(T{Metric: "bilateral trade", Value: 200e9, Unit: "USD", Deadline: "2030", Holders: []string{"KR", "VN"}, Sentence: 1})
	d.Areas("trade", "diplomacy")
	out = append(out, d.Facts)

	// Not in date order, on purpose.
	return []*accord.ArticleFacts{out[4], out[1], out[5], out[0], out[3], out[2]}
}
