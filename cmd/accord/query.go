package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/term"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/view"
)

func runSearch(ctx context.Context, args []string) error {
	f := newFlags("search", "QUERY").withJSON()
	from := f.String("from", "", "published on or after `DATE` (YYYY-MM-DD)")
	to := f.String("to", "", "published on or before `DATE`")
	source := f.String("source", "", "agency credit, e.g. VNA/VNS")
	limit := f.Int("limit", 10, "hits to show")
	offset := f.Int("offset", 0, "hits to skip")
	sortBy := f.String("sort", accord.SortNewest, "order of hits: newest, or relevance (ranks the newest 2,000 matches)")
	var countries, areas, types multi
	f.Var(&countries, "country", "articles naming this country (ISO code; repeatable)")
	f.Var(&areas, "area", "articles naming this cooperation area (repeatable)")
	f.Var(&types, "type", "articles reporting this engagement type (repeatable)")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return invalid("search: give a query, e.g. accord search '\"bilateral trade\" 2030'")
	}
	if err := checkDates("from", *from, "to", *to); err != nil {
		return err
	}
	for _, t := range types {
		if err := checkOneOf("type", t, engagementTypeNames()); err != nil {
			return err
		}
	}
	if err := checkOneOf("sort", *sortBy, []string{accord.SortNewest, accord.SortRelevance}); err != nil {
		return err
	}
	codes, err := countryCodes(countries)
	if err != nil {
		return err
	}
	store, err := openReader(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	res, err := store.Search(ctx, accord.SearchQuery{
		Query: view.ExpandCountries(strings.Join(pos, " ")), From: *from, To: *to, Source: *source,
		Countries: codes, Areas: areas, Types: types, Limit: *limit, Offset: *offset, Sort: *sortBy,
	})
	if err != nil {
		return err
	}
	if *f.json {
		for i := range res.Hits {
			res.Hits[i].Snippet = accord.Highlight(res.Hits[i].Snippet, "[", "]", nil)
		}
		return writeJSON(os.Stdout, res)
	}
	open, close := "[", "]"
	if term.IsTerminal(int(os.Stdout.Fd())) {
		open, close = "\x1b[1;33m", "\x1b[0m"
	}
	if res.Capped {
		fmt.Printf("%s articles match\n", res.TotalText())
	} else {
		fmt.Printf("%d article(s) match\n", res.Total)
	}
	for i, h := range res.Hits {
		a := h.Article
		src := ""
		if a.Source != "" {
			src = " — " + a.Source
		}
		// Input text is escaped before the highlight's own escape codes go in.
		fmt.Printf("\n%d. %s  %s%s\n   %s  %s\n", *offset+i+1, termLine(a.Published), termLine(a.Title), termLine(src), termLine(a.ID), termLine(a.File))
		fmt.Printf("   %s\n", accord.Highlight(oneLine(h.Snippet), open, close, termLine))
	}
	if shown := *offset + len(res.Hits); shown < res.Total {
		more := strconv.Itoa(res.Total - shown)
		if res.Capped {
			more = "more than " + more
		}
		fmt.Printf("\n%s more: --offset %d\n", more, shown)
	}
	return nil
}

func runShow(ctx context.Context, args []string) error {
	f := newFlags("show", "ID|FILE").withJSON()
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return invalid("show: give one article id or file name")
	}
	store, err := openReader(ctx, *f.db)
	if err != nil {
		return err
	}
	defer store.Close()
	a, err := findArticle(ctx, store, pos[0])
	if err != nil {
		return err
	}
	facts, err := store.Facts(ctx, a.ID)
	if err != nil {
		return err
	}
	facts.Article = a
	if *f.json {
		return writeJSON(os.Stdout, facts)
	}
	return buffered(func(w io.Writer) error { return view.WriteArticle(w, facts) })
}

// findArticle finds an article by id, file name, or the path of a file.
func findArticle(ctx context.Context, s accord.Store, key string) (*accord.Article, error) {
	a, err := s.Article(ctx, key)
	if err == nil || accord.ErrorCode(err) != accord.ENOTFOUND {
		return a, err
	}
	a, err = s.ArticleByFile(ctx, filepath.Base(key))
	if err == nil || accord.ErrorCode(err) != accord.ENOTFOUND {
		return a, err
	}
	if a, err = s.ArticleByFile(ctx, key); err == nil {
		return a, nil
	}
	return nil, accord.Errorf(accord.ENOTFOUND, "no article with id or file %q", key)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
