package view

import (
	"cmp"
	"context"
	"slices"
	"strings"

	accord "github.com/accordhq/accord"
)

// gathering reports whether an engagement is a gathering of more than two
// countries. A relationship's views name its first report only (a line of
// a timeline, an entry of a list) and count it apart from the contacts,
// whose areas they count: a summit both countries attended has dozens of
// reports, and a busy pair attends hundreds of gatherings together.
func gathering(e *accord.Engagement) bool { return len(uniq(e.Countries)) > 2 }

// pairIDs splits the articles a relationship's part of the record cites
// into those its views read whole (the reports and recollections of its
// contacts and invitations: titles and areas) and those they only name:
// the first reports of the latest n gatherings a and b both attended (n <
// 0: all), by (date, id), and with targets the articles of its targets'
// statements; each once, the first not in the second.
func pairIDs(rec *accord.Record, a, b string, n int, targets bool) (whole, named []string) {
	seen := map[string]bool{}
	add := func(ids []string, evs []accord.Evidence) []string {
		for _, ev := range evs {
			if ev.Article != "" && !seen[ev.Article] {
				seen[ev.Article] = true
				ids = append(ids, ev.Article)
			}
		}
		return ids
	}
	var gs []*accord.Engagement
	for _, list := range [][]accord.Engagement{rec.Engagements, rec.Pending} {
		for i := range list {
			e := &list[i]
			switch {
			case e.Status == accord.StatusPending || !gathering(e):
				whole = add(whole, e.Reports)
				whole = add(whole, e.Refs)
			case slices.Contains(e.Countries, a) && slices.Contains(e.Countries, b):
				gs = append(gs, e)
			}
		}
	}
	slices.SortFunc(gs, func(x, y *accord.Engagement) int {
		return cmp.Or(strings.Compare(x.Date, y.Date), strings.Compare(x.ID, y.ID))
	})
	if n >= 0 && len(gs) > n {
		gs = gs[len(gs)-n:]
	}
	for _, e := range gs {
		if len(e.Reports) > 0 {
			named = add(named, e.Reports[:1])
		}
	}
	if targets {
		for _, t := range rec.Targets {
			for _, h := range t.History {
				named = add(named, []accord.Evidence{h.Evidence})
			}
		}
	}
	return whole, named
}

// PairArticles returns the articles the views of the relationship of a and
// b cite from its part of the record (PairPart): those reporting its
// contacts and invitations with their areas, and without areas the first
// report of the latest n gatherings of more countries both attended (n <
// 0: every one; the views list the latest, or count them) and the
// articles stating its targets' history, all that the views show of them
// (see gathering; a target's statement names its article). A busy pair's
// gatherings and targets cite more than a thousand articles besides.
func PairArticles(ctx context.Context, s accord.ViewReader, rec *accord.Record, a, b string, n int) (map[string]*accord.ArticleInfo, error) {
	return pairArticles(ctx, s, rec, a, b, n, true)
}

// PairPageArticles is PairArticles for the relationship's pages (page,
// brief page, charts), without the articles of its targets' statements:
// these pages show a statement by its quote, linked to its article by id,
// never its article's title. A busy pair's targets cite nearly a thousand
// articles, each two lookups at a random place of the store: a third of
// the page's reads.
func PairPageArticles(ctx context.Context, s accord.ViewReader, rec *accord.Record, a, b string, n int) (map[string]*accord.ArticleInfo, error) {
	return pairArticles(ctx, s, rec, a, b, n, false)
}

func pairArticles(ctx context.Context, s accord.ViewReader, rec *accord.Record, a, b string, n int, targets bool) (map[string]*accord.ArticleInfo, error) {
	whole, named := pairIDs(rec, strings.ToUpper(a), strings.ToUpper(b), n, targets)
	infos, err := s.ArticleInfos(ctx, whole)
	if err != nil {
		return nil, err
	}
	heads, err := articleHeads(ctx, s, named)
	if err != nil {
		return nil, err
	}
	for id, a := range heads {
		if infos[id] == nil {
			infos[id] = &accord.ArticleInfo{Article: *a}
		}
	}
	return infos, nil
}

// PairTimelineText is PairTimelineMax as WriteTimeline shows it: the
// gatherings both attended with their first report's title only (the JSON
// form, PairTimelineMax, titles every report).
func PairTimelineText(ctx context.Context, s Reader, a, b, from, to string, max int) (*Timeline, error) {
	// Without the gatherings' actors: the text names none of their
	// participants; as lines, with their first reports' heads, where the
	// store has them.
	lines := map[string]*accord.Article{}
	rec, w, _, err := pairPartOpts(ctx, s, a, b, from, to, max, pairOpts{noGatheringActors: true, lines: lines})
	if err != nil {
		return nil, err
	}
	whole, named := pairIDs(rec, strings.ToUpper(a), strings.ToUpper(b), -1, false)
	ids := whole
	for _, id := range named {
		if lines[id] == nil {
			ids = append(ids, id)
		}
	}
	arts, err := articleHeads(ctx, s, ids)
	if err != nil {
		return nil, err
	}
	for id, h := range lines {
		if arts[id] == nil {
			arts[id] = h
		}
	}
	t := DyadTimeline(rec, arts, a, b, from, to)
	if w.Partial() {
		t.Window = &w
	}
	return t, nil
}

// ArticleHeads returns the articles among ids, without their areas when
// the store can leave them out (accord.HeadReader).
func ArticleHeads(ctx context.Context, s accord.ViewReader, ids []string) (map[string]*accord.Article, error) {
	return articleHeads(ctx, s, ids)
}
