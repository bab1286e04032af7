package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/accordhq/accord"
)

// Article returns a markdown article with its id derived from its content,
// as package read would make it.
func Article(file, published, source, title, body string) *accord.Article {
	return &accord.Article{
		ID:        accord.ArticleID(published, body),
		File:      file,
		URL:       "https://example.org/" + file,
		Title:     title,
		Published: published,
		Source:    source,
		Format:    accord.FormatMarkdown,
		Body:      body,
	}
}

// Facts returns facts for a: one country actor per code in countries, a
// person acting for the first country, the areas, and one held engagement of
// each type between the countries, its evidence the body's first sentence.
func Facts(a *accord.Article, countries, areas []string, types ...accord.EngagementType) *accord.ArticleFacts {
	f := &accord.ArticleFacts{Article: a, Areas: areas}
	var ids []string
	for _, c := range countries {
		act := accord.Actor{ID: accord.ActorKey(accord.Country, c), Type: accord.Country, Name: c, Country: c}
		f.Actors = append(f.Actors, act)
		ids = append(ids, act.ID)
	}
	if len(countries) > 0 {
		name := "Envoy of " + countries[0]
		f.Actors = append(f.Actors, accord.Actor{
			ID:      accord.ActorKey(accord.Person, name),
			Type:    accord.Person,
			Name:    name,
			Country: countries[0],
			Roles:   []string{"Ambassador"},
		})
	}
	quote, _, _ := strings.Cut(a.Body, ". ")
	ev := accord.Evidence{Article: a.ID, Quote: quote, Start: 0, End: len(quote), Published: a.Published}
	for _, t := range types {
		f.Engagements = append(f.Engagements, accord.Engagement{
			ID:           accord.HashID("e", a.ID, string(t)),
			Type:         t,
			Date:         a.Published,
			Participants: ids,
			Countries:    countries,
			Status:       accord.StatusHeld,
			Areas:        areas,
			Reports:      []accord.Evidence{ev},
		})
	}
	return f
}

// Rich returns facts for a that use every field of ArticleFacts, for
// round-trip tests.
func Rich(a *accord.Article) *accord.ArticleFacts {
	f := Facts(a, []string{"VN", "KR"}, []string{"trade", "technology"}, accord.Talks, accord.Signing)
	ev := f.Engagements[0].Reports[0]
	f.Actors = append(f.Actors, accord.Actor{
		ID: accord.ActorKey(accord.Person, "Tô Lâm"), Type: accord.Person, Name: "Tô Lâm", Country: "VN",
		Roles: []string{"General Secretary"}, Aliases: []string{"Lâm", "General Secretary Lâm"},
		Offices: []accord.Office{{Role: "General Secretary", Country: "VN", FirstSeen: a.Published, LastSeen: a.Published}},
		Keys:    []string{"person:to lam"},
	}, accord.Actor{ID: accord.ActorKey(accord.Place, "Đà Nẵng"), Type: accord.Place, Name: "Đà Nẵng", Country: "VN", Roles: []string{}, Aliases: []string{}})
	f.Engagements[0].EndDate = "2099-12-31"
	f.Engagements[0].Place = accord.PlaceRef{Name: "Hà Nội", Country: "VN"}
	f.Engagements[0].Level = accord.LevelHeadOfState
	f.Engagements[1].Parent = f.Engagements[0].ID
	f.Engagements[1].Refs = []accord.Evidence{ev}
	f.References = []accord.Engagement{{
		ID: accord.HashID("e", "ref", a.ID), Type: accord.Visit, Date: "2025-08", Countries: []string{"VN", "KR"},
		Participants: []string{}, Status: accord.StatusMentioned, Reports: []accord.Evidence{ev},
	}}
	f.Invitations = []accord.Engagement{{
		ID: accord.HashID("e", "inv", a.ID), Type: accord.Visit, Countries: []string{"KR", "VN"},
		Status: accord.StatusPending, Reports: []accord.Evidence{ev}, ClosedBy: "e_000000000000",
	}}
	f.Targets = []accord.Target{{
		ID: accord.HashID("t", a.ID), Metric: "bilateral trade", Value: 150e9, Unit: "USD", Comparator: accord.Gte,
		Deadline: "2030", Period: "2026-2030", Qualifier: "in a more balanced manner", Holders: []string{"KR", "VN"},
		Mentions: []accord.Evidence{ev},
		History: []accord.Restatement{{Evidence: ev, Holders: []string{"KR", "VN"}, Value: 150e9, Unit: "USD",
			Comparator: accord.Gte, Deadline: "2030", Changes: []string{"value", "deadline"}}},
	}}
	return f
}

// Words used by Generate: diplomatic prose, with diacritics.
var words = strings.Fields(`the a of and to in on for with between both sides leaders minister
president prime talks meeting visit cooperation trade investment energy security defence
education technology semiconductor climate agriculture tourism culture health labour
agreed discussed reaffirmed welcomed signed expand strengthen partnership strategic
comprehensive bilateral regional international economic development infrastructure
Hà Nội Việt Nam Seoul Tokyo Washington Jakarta Canberra Đà Nẵng Huế Phú Quốc
delegation ambassador embassy official state working summit forum agenda framework
billion million percent target growth supply chain digital green transition maritime`)

// Generate returns n articles of about 3 KB of prose each, with facts,
// deterministic for a seed: data for benchmarks and load tests.
func Generate(seed uint64, n int) []*accord.ArticleFacts {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	countries := []string{"VN", "KR", "JP", "US", "AU", "ID", "FR", "IN"}
	areas := []string{"trade", "energy", "security", "technology", "education", "climate", "health"}
	out := make([]*accord.ArticleFacts, n)
	for i := range out {
		var b strings.Builder
		for b.Len() < 3000 {
			k := 8 + r.IntN(16)
			for j := range k {
				w := words[r.IntN(len(words))]
				if j == 0 {
					w = strings.ToUpper(string([]rune(w)[:1])) + string([]rune(w)[1:]) // by rune: keep the text valid UTF-8
				}
				b.WriteString(w)
				if j < k-1 {
					b.WriteByte(' ')
				}
			}
			b.WriteString(". ")
		}
		title := fmt.Sprintf("%s %s %s talks %d", words[r.IntN(len(words))], words[r.IntN(len(words))], words[r.IntN(len(words))], i)
		published := fmt.Sprintf("20%02d-%02d-%02d", 10+r.IntN(16), 1+r.IntN(12), 1+r.IntN(28))
		a := Article(fmt.Sprintf("gen-%d-%d.md", seed, i), published, []string{"VNA", "WH", "Yonhap"}[r.IntN(3)], title, strings.TrimSpace(b.String()))
		c1, c2 := countries[r.IntN(len(countries))], countries[r.IntN(len(countries))]
		out[i] = Facts(a, []string{c1, c2}, []string{areas[r.IntN(len(areas))]}, accord.EngagementTypes[r.IntN(len(accord.EngagementTypes))])
	}
	return out
}

// BenchBatch is the size of a BenchArticles batch.
const BenchBatch = 1000

// BenchArticles returns batch k (from 0) of the search benchmarks' corpus:
// Generate's articles (seed k+1, BenchBatch of them), where every word of
// the vocabulary is common (in about 98 % of articles), with rarer words
// added: "aquaculture" in one article of 200 and "xylophone" in one of
// 2,000. Titles end in their index within the batch, a number that one
// article of each batch has. A store of n articles holds batches 0 to
// n/BenchBatch-1, so that it can be filled up idempotently.
func BenchArticles(k int) []*accord.ArticleFacts {
	out := Generate(uint64(k+1), BenchBatch)
	for i, f := range out {
		g := k*BenchBatch + i
		var extra string
		if g%200 == 3 {
			extra += " Officials also discussed aquaculture."
		}
		if g%2000 == 7 {
			extra += " A xylophone was played at the dinner."
		}
		if extra == "" {
			continue
		}
		a := *f.Article
		a.Body += extra
		a.ID = accord.ArticleID(a.Published, a.Body)
		f.Article = &a
	}
	return out
}

// BenchQuery is one query of the search benchmarks.
type BenchQuery struct {
	Name  string
	Query accord.SearchQuery
}

// BenchQueries are the search benchmarks' query classes over BenchArticles:
// a common word, a rare one, one below the count cap, two words, a phrase,
// alternatives, an exclusion, filters with facets, relevance ranking and
// browsing by date.
var BenchQueries = []BenchQuery{
	{"common", accord.SearchQuery{Query: "cooperation"}},
	{"common+facets", accord.SearchQuery{Query: "cooperation", Facets: true}},
	{"rare", accord.SearchQuery{Query: "xylophone"}},
	{"uncommon+facets", accord.SearchQuery{Query: "aquaculture", Facets: true}},
	{"two-words", accord.SearchQuery{Query: "investment tourism"}},
	{"phrase", accord.SearchQuery{Query: `"official visit"`}},
	{"or", accord.SearchQuery{Query: "xylophone OR aquaculture OR semiconductor"}},
	{"exclude", accord.SearchQuery{Query: `trade -"climate change"`}},
	{"filters+facets", accord.SearchQuery{Query: "energy", From: "2015-01-01", To: "2019-12-31", Countries: []string{"VN"}, Facets: true}},
	{"relevance", accord.SearchQuery{Query: "strategic partnership", Sort: accord.SortRelevance}},
	{"relevance-phrase", accord.SearchQuery{Query: `"official visit"`, Sort: accord.SortRelevance, Facets: true}},
	{"browse", accord.SearchQuery{From: "2020-01-01", Facets: true}},
}
