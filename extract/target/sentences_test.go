package target

import (
	"strings"

	"github.com/accordhq/accord/extract/sentence"
)

// joinSentences writes sentences as paragraphs of one text and gives each its
// span, so a test states exactly where its sentences break.
func joinSentences(sents []string) (string, []sentence.Span) {
	text := strings.Join(sents, "\n\n")
	spans := make([]sentence.Span, 0, len(sents))
	for _, s := range sents {
		i := strings.Index(text, s)
		spans = append(spans, sentence.Span{Start: i, End: i + len(s)})
	}
	return text, spans
}
