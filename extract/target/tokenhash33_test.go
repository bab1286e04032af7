package target

import (
	"testing"

	"github.com/accordhq/accord/extract/internal/wordfilter"
)

// Every token tokenize makes carries its word's filter hash (the tries read
// it instead of hashing the word again), including words lower-cased later
// and glued codes split off; a token literal hashes its word when asked.
func TestTokenHash(t *testing.T) {
	text := "Ruritania's PM said We'll provide AUD100 million and $US1.3 billion to Elbonia (FY2030), São Tomé’s goal."
	for _, tk := range tokenize(text, 0, len(text), nil) {
		if !tk.hashed || tk.fh != wordfilter.Hash(tk.f) || tk.hash() != wordfilter.Hash(tk.f) {
			t.Errorf("token %q: hashed %v, hash %d, want %d", tk.f, tk.hashed, tk.fh, wordfilter.Hash(tk.f))
		}
	}
	lit := token{f: "is", k: word}
	if lit.hash() != wordfilter.Hash("is") {
		t.Error("a token literal's hash is not its word's")
	}
}
