package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/internal/wordfilter"
)

// token is a word or a punctuation mark of a text, with its byte offsets.
type token struct {
	start, end int
	text       string
	fold       string // accord.Fold form, the key of every lookup
	word       bool   // letters or digits
	cap        bool   // starts with an upper-case letter
	upper      bool   // two or more letters, all upper case: PRESIDENT
	num        bool   // digits only
	plain      bool   // ASCII letters and digits alone: fold is their lower case
	lower      bool   // has an ASCII lower-case letter (plain words)
	sent       int    // index of its sentence
	// id is fold's number in the lexicon's vocabulary (lexicon.vocab),
	// set for a doc's tokens: -1 for a word no trie or flagged set holds,
	// 0 when not looked up (tokens of a lone word), where lookups go by fold.
	id int32
}

// tokenize splits text into tokens in one pass. Words keep inner hyphens and
// apostrophes (Young-sam, d'Ivoire), dotted abbreviations (U.S.) and the
// period of an abbreviation or initial (Mr., M.); a possessive 's is a token
// of its own so that "Lâm's" is the name Lâm.
func tokenize(text string, abbr map[string]bool) []token {
	return tokenizeTo(make([]token, 0, len(text)/5+1), text, abbr, nil)
}

// tokenizeTo is tokenize appending to toks. With vocab (a doc's tokens), a
// word that needs a fold of its own and whose fold vocab holds takes the
// vocabulary's string and id: no copy ("President" is "president").
func tokenizeTo(toks []token, text string, abbr map[string]bool, vocab *wordfilter.Index) []token {
	i := 0
	for i < len(text) {
		r, n := rune(text[i]), 1
		var isWord bool
		if r < utf8.RuneSelf {
			// ASCII without a call: most of a text.
			if r == ' ' || '\t' <= r && r <= '\r' {
				i++
				continue
			}
			isWord = 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			if isSpaceRune(r) {
				i += n
				continue
			}
			isWord = isWordRune(r)
		}
		if !isWord {
			// Possessive: 's or ’s after a word.
			if (r == '\'' || r == '’') && len(toks) > 0 && toks[len(toks)-1].end == i && i+n < len(text) && (text[i+n] == 's' || text[i+n] == 'S') && !nextIsWord(text, i+n+1) {
				toks = append(toks, token{start: i, end: i + n + 1, text: text[i : i+n+1], fold: "'s"})
				i += n + 1
				continue
			}
			f := text[i : i+n]
			if r == '’' {
				f = "'" // "Dato’ Saifuddin" is "Dato' Saifuddin": one honorific, whichever apostrophe
			}
			toks = append(toks, token{start: i, end: i + n, text: text[i : i+n], fold: f})
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			c := text[j]
			if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
				j++ // an ASCII letter or digit: the common case, without decoding
				continue
			}
			var r rune
			var m int
			if c < utf8.RuneSelf {
				// ASCII, not a letter or digit: the word ends here but for
				// a joining hyphen, apostrophe or period.
				if c != '-' && c != '\'' && c != '.' {
					break
				}
				r, m = rune(c), 1
			} else if r, m = utf8.DecodeRuneInString(text[j:]); isWordRune(r) {
				j += m
				continue
			}
			if (r == '-' || r == '\'' || r == '’') && nextIsWord(text, j+m) {
				if r != '-' && j+m < len(text) && (text[j+m] == 's' || text[j+m] == 'S') && !nextIsWord(text, j+m+1) {
					break // possessive
				}
				j += m
				continue
			}
			if r == '.' && dotted(text[i:j]) && nextIsLetter(text, j+1) {
				j++ // U.S, D.C
				continue
			}
			break
		}
		// A final period belongs to abbreviations and initials.
		if j < len(text) && text[j] == '.' {
			w := text[i:j]
			if abbr[w] || dotted(w) && strings.Contains(w, ".") || isInitial(w) {
				j++
			}
		}
		t := token{start: i, end: j, text: text[i:j], word: true}
		k, plain, lower := foldable(t.text)
		t.plain, t.lower = plain, lower
		switch k {
		case foldSame:
			t.fold = t.text
		case foldASCII:
			var arr [64]byte
			b := appendFoldASCII(arr[:0], t.text)
			if vocab != nil {
				w, id := vocab.GetBytes(b)
				if id != 0 {
					t.fold, t.id = w, id
					break
				}
				t.id = -1 // as lexicon.ids numbers a word it lacks
			}
			t.fold = string(b)
		default:
			t.fold = accord.Fold(t.text)
		}
		if c := text[i]; c < utf8.RuneSelf {
			t.cap = 'A' <= c && c <= 'Z'
			t.num = '0' <= c && c <= '9'
		} else {
			r0, _ := utf8.DecodeRuneInString(t.text)
			t.cap = unicode.IsUpper(r0)
			t.num = unicode.IsDigit(r0)
		}
		if t.cap {
			t.upper = isUpperWord(t.text)
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

// Kinds of a word's fold (foldable).
const (
	foldSame  = iota // the word itself: lower-case ASCII letters and digits
	foldASCII        // ASCII, folded byte by byte (appendFoldASCII)
	foldOther        // accord.Fold
)

// foldable tells how a word folds, whether it is plain (ASCII letters and
// digits alone) and whether it has a lower-case letter (ASCII words only).
func foldable(s string) (k int, plain, lower bool) {
	k, plain = foldSame, true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z':
			lower = true
		case '0' <= c && c <= '9':
		case c >= utf8.RuneSelf:
			return foldOther, false, false
		case 'A' <= c && c <= 'Z':
			k = foldASCII
		default:
			k, plain = foldASCII, false
		}
	}
	return k, plain, lower
}

// appendFoldASCII appends accord.Fold of the ASCII string s to b.
func appendFoldASCII(b []byte, s string) []byte { return accord.AppendFoldASCII(b, s) }

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r' // unicode.IsSpace's ASCII spaces
	}
	return r == 0xa0 || unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func nextIsWord(text string, j int) bool {
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return isWordRune(r)
}

func nextIsLetter(text string, j int) bool {
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r)
}

// dotted reports whether w is single letters joined by periods: U, U.S, D.C.
func dotted(w string) bool {
	n := 0
	for i, r := range w {
		if i%2 == 0 {
			if !unicode.IsLetter(r) || r >= utf8.RuneSelf {
				return false
			}
			n++
		} else if r != '.' {
			return false
		}
	}
	return n > 0
}

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func isUpperWord(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return isUpperWordUnicode(s)
		} else if 'a' <= c && c <= 'z' {
			return false
		} else if 'A' <= c && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

func isUpperWordUnicode(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// foldToken is accord.Fold, without a copy for a word already folded
// (plain lower-case ASCII letters and digits, most of a text's words).
func foldToken(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return accord.Fold(s)
		}
	}
	return s
}
