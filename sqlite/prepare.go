package sqlite

import (
	"cmp"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"

	"github.com/accordhq/accord"
)

// Storing an article in the one writer connection was, besides SQLite's own
// writing, work that depends on the article alone: the JSON of its facts,
// its tags, the tags column of its search entries (a subquery of the view
// articles_search over the tags just written) and its phrase pairs
// (accord_terms, called by SQLite for each title and body). An ingest on
// two cores has one writer and two extraction workers, so that work is
// done there instead (PrepareArticle, called by the workers), and the
// writer binds the results (PutPrepared). The entries are the same: the
// same tokens (terms.go), the same tags column (TestPreparedTags).

// Prepared is what PutPrepared writes of one article, computed from the
// article alone.
type Prepared struct {
	facts      []byte // JSON of the facts without the article
	tags       []tag  // rows of article_tags
	facets     string // article_facets.tags
	search     string // the tags column of articles_fts and articles_pairs
	titlePairs string // accord_terms(title)
	bodyPairs  string // accord_terms(body)
}

// PrepareArticle computes what storing f needs that depends on f alone, so
// that it can be done outside the writer, in parallel (ingest calls it in
// its extraction workers). It returns nil when f cannot be prepared (no
// article, facts that do not encode): PutPrepared then prepares it itself
// and reports why. Safe for concurrent use.
func (db *DB) PrepareArticle(f *accord.ArticleFacts) any {
	if f == nil || f.Article == nil {
		return nil
	}
	p, err := prepare(f)
	if err != nil {
		return nil
	}
	return p
}

// prepare computes the Prepared of one valid article.
func prepare(f *accord.ArticleFacts) (*Prepared, error) {
	rest := *f
	rest.Article = nil
	b, err := json.Marshal(&rest)
	if err != nil {
		return nil, factsError{err}
	}
	p := &Prepared{facts: b, tags: tags(f)}
	var facets []string
	seen := make(map[tag]bool, len(p.tags))
	var search []tag
	for _, t := range p.tags {
		if t.kind != "actor" && !seen[t] {
			seen[t] = true
			facets = append(facets, t.kind+":"+t.value)
			search = append(search, t)
		}
	}
	p.facets = strings.Join(facets, facetSep)
	p.search = searchTags(search)
	if p.titlePairs, err = pairsOf(f.Article.Title); err != nil {
		return nil, err
	}
	if p.bodyPairs, err = pairsOf(f.Article.Body); err != nil {
		return nil, err
	}
	return p, nil
}

// factsError is facts that do not encode: the article's fault, not the
// store's.
type factsError struct{ error }

// searchTags is the tags column of an article's search entries, as the view
// articles_search makes it from its rows of article_tags (migration 0010):
// hex(kind || ':' || value) of each tag but actors, in the table's key
// order (kind, value), separated by spaces. ts holds each tag once.
func searchTags(ts []tag) string {
	ts = slices.Clone(ts)
	slices.SortFunc(ts, func(a, b tag) int { return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.value, b.value)) })
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToUpper(hex.EncodeToString([]byte(t.kind + ":" + t.value))))
	}
	return b.String()
}

// pairsOf is accord_terms(text) of a stored text. SQLite hands such a
// function a text up to its first NUL byte.
func pairsOf(text string) (string, error) {
	if i := strings.IndexByte(text, 0); i >= 0 {
		text = text[:i]
	}
	toks, err := words.tokens(text)
	if err != nil {
		return "", err
	}
	return termsText(toks), nil
}
