// Package reading is what the extract package's tokenizer found in a text,
// handed to the other extractors (areas, targets) so that they do not read
// the words it found byte by byte again.
package reading

// A Word is a word of a text, text[Start:End], with its fold (accord.Fold).
// A reading's words are in text order.
type Word struct {
	Start, End int
	Fold       string
	// Plain: the word is ASCII letters and digits alone, so that its fold
	// is their lower case and it reads the same in every extractor's
	// reading; Lower: it has a lower-case letter (plain words only).
	Plain, Lower bool
}
