package area

import (
	"unicode"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/internal/reading"
)

// A word is one run of letters and digits of a text, folded as accord.Fold
// folds it, with its place in the folded buffer and in the text.
type word struct {
	fs, fe int  // buf[fs:fe] is the folded word
	upper  bool // no lower-case letter in the original
	title  bool // its first letter a capital in the original
	// after a mark that separates list items or sentences (comma, full
	// stop, colon, bracket, quote): a shadow does not run across it, so
	// "economic, security" is not the shadow "economic security"; a keyword
	// may ("security, economic, and humanitarian assistance")
	broken bool
	comma  bool // a comma or semicolon stands before it: it may open a list item
}

// latin caches the folded form of the Latin letters that carry diacritics
// (U+00C0–U+024F, U+1E00–U+1EFF), so that folding Vietnamese or French text
// costs a table look-up per letter.
var latin map[rune]string // built with the matcher, not at start-up

func buildLatin() map[rune]string {
	m := make(map[rune]string)
	for _, rg := range [][2]rune{{0xC0, 0x24F}, {0x1E00, 0x1EFF}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if unicode.IsLetter(r) {
				m[r] = accord.Fold(string(r))
			}
		}
	}
	return m
}

// split folds text into buf as words separated by nothing, and returns the
// words. It is accord.Fold done in one pass, keeping word boundaries:
// apostrophes join ("don't" → "dont") and a possessive s goes ("the UN's" →
// "the UN"), everything else that is not a letter or digit separates.
func split(text string, buf []byte, words []word) ([]byte, []word) {
	return splitSpans(text, nil, buf, words)
}

// splitSpans is split given the words spans (in text order) the extract
// package's reading found: the same words, the plain ones (reading.Word)
// taken as they are, not read again byte by byte.
func splitSpans(text string, spans []reading.Word, buf []byte, words []word) ([]byte, []word) {
	s := splitter{buf: buf, words: words}
	pos := 0
	for _, sp := range spans {
		if !sp.Plain || sp.Start < pos || sp.End > len(text) {
			continue // read with the text around it
		}
		// What stands between: most often a space, which changes nothing
		// when no word is open.
		if s.in || !spaces(text[pos:sp.Start]) {
			if pos = s.run(text, pos, sp.Start); pos != sp.Start || s.in {
				continue
			}
		}
		if !endsWord(text, sp.End) {
			continue
		}
		// A word of its own, as run would read it: it starts after a
		// separator and what follows ends it.
		n := len(s.buf)
		s.buf = append(s.buf, sp.Fold...)
		s.words = append(s.words, word{fs: n, fe: len(s.buf), upper: !sp.Lower, title: capitalAt(text, sp.Start), broken: s.broken, comma: s.comma})
		s.broken, s.comma = false, false
		pos = sp.End
	}
	s.run(text, pos, len(text))
	s.end()
	return s.buf, s.words
}

// capitalAt reports whether the letter at text[i] is a capital.
func capitalAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// spaces reports whether s is ASCII spaces alone.
func spaces(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			return false
		}
	}
	return true
}

// endsWord reports whether what stands at text[i] ends a word for run: the
// text's end, or a mark that is neither an apostrophe nor a letter, digit
// or combining mark.
func endsWord(text string, i int) bool {
	if i == len(text) {
		return true
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return !('a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '\'')
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r != '’' && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// splitter is split's state between the pieces of a text it reads.
type splitter struct {
	buf   []byte
	words []word
	// in a word, w; broken: a mark that ends a phrase since the last word
	in, broken bool
	comma      bool // a comma or semicolon since the last word
	w          word
}

// end closes the word being read, if any.
func (s *splitter) end() {
	if s.in {
		if s.w.fe = len(s.buf); s.w.fe > s.w.fs {
			s.words = append(s.words, s.w)
		}
		s.in = false
	}
}

// run reads text[i:to] (the whole text for what follows a word) and
// returns where it stopped: to, or past it after a possessive s.
func (s *splitter) run(text string, i, to int) int {
	// The state in locals: fields of s would be kept in memory, not
	// registers, at every byte.
	buf, words, in, broken, comma, w := s.buf, s.words, s.in, s.broken, s.comma, s.w
	for i < to {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
				if !in {
					in, w, broken, comma = true, word{fs: len(buf), upper: true, title: 'A' <= c && c <= 'Z', broken: broken, comma: comma}, false, false
				}
				// The run of ASCII letters and digits: found, copied whole,
				// then its capitals lowered, if it has any.
				start, capital := i, false
			run:
				for ; i < to; i++ {
					switch c := text[i]; {
					case 'a' <= c && c <= 'z':
						w.upper = false
					case '0' <= c && c <= '9':
					case 'A' <= c && c <= 'Z':
						capital = true
					default:
						break run
					}
				}
				n := len(buf)
				buf = append(buf, text[start:i]...)
				if capital {
					for k := n; k < len(buf); k++ {
						if 'A' <= buf[k] && buf[k] <= 'Z' {
							buf[k] += 'a' - 'A'
						}
					}
				}
				continue
			}
			i++
			if c == '\'' {
				i = possessive(text, i)
				continue // joins: don't → dont; a possessive 's goes: the UN's → the UN
			}
			if in {
				if w.fe = len(buf); w.fe > w.fs {
					words = append(words, w)
				}
				in = false
			}
			broken = broken || breaks(c)
			comma = comma || c == ',' || c == ';'
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if r == '’' {
			i = possessive(text, i)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if in {
				if w.fe = len(buf); w.fe > w.fs {
					words = append(words, w)
				}
				in = false
			}
			broken = broken || r == '“' || r == '”' || r == '—' || r == '–' || r == '…'
			continue
		}
		if !in {
			in, w, broken, comma = true, word{fs: len(buf), upper: true, title: unicode.IsUpper(r), broken: broken, comma: comma}, false, false
		}
		if unicode.IsLower(r) {
			w.upper = false
		}
		f, ok := latin[r]
		if !ok {
			f = accord.Fold(string(r))
		}
		buf = append(buf, f...)
	}
	s.buf, s.words, s.in, s.broken, s.comma, s.w = buf, words, in, broken, comma, w
	return i
}

// breaks reports whether an ASCII mark ends a phrase.
func breaks(c byte) bool {
	switch c {
	case ',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"':
		return true
	}
	return false
}

// possessive returns the index after a possessive s at text[i] (the letter
// after an apostrophe, ending the word), or i: "the Council's" reads as
// "the Council", so that a name keeps its keyword.
func possessive(text string, i int) int {
	if i >= len(text) || text[i] != 's' && text[i] != 'S' {
		return i
	}
	if r, _ := utf8.DecodeRuneInString(text[i+1:]); i+1 < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return i
	}
	return i + 1
}
