package area

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/internal/reading"
)

// readWords renders split's words: the fold, ^ for upper, | before a
// broken one.
func readWords(buf []byte, words []word) string {
	var b strings.Builder
	for _, w := range words {
		if w.broken {
			b.WriteByte('|')
		}
		b.Write(buf[w.fs:w.fe])
		if w.upper {
			b.WriteByte('^')
		}
		b.WriteByte(' ')
	}
	return b.String()
}

// asciiSpans is a reading that finds runs of ASCII letters and digits,
// cut after every cut-th letter (a glued word read as two), folded by
// accord.Fold.
func asciiSpans(text string, cut int) []reading.Word {
	var out []reading.Word
	for i := 0; i < len(text); {
		c := text[i]
		if !('a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9') {
			i++
			continue
		}
		j := i
		for j < len(text) && ('a' <= text[j]|0x20 && text[j]|0x20 <= 'z' || '0' <= text[j] && text[j] <= '9') && (cut == 0 || j-i < cut) {
			j++
		}
		out = append(out, readWord(text, i, j, accord.Fold(text[i:j])))
		i = j
	}
	return out
}

// readWord is a reading's word text[i:j] folded to f, flagged as the
// extract package's tokenizer flags it.
func readWord(text string, i, j int, f string) reading.Word {
	w := reading.Word{Start: i, End: j, Fold: f, Plain: f == strings.ToLower(text[i:j])}
	for k := i; k < j; k++ {
		switch c := text[k]; {
		case 'a' <= c && c <= 'z':
			w.Lower = true
		case 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		default:
			w.Plain = false
		}
	}
	return w
}

func TestSplitSpans(t *testing.T) {
	for _, tc := range []struct {
		text  string
		spans []reading.Word // nil: asciiSpans(text, 0)
		want  string
	}{
		{text: "Zorvan and Pellit signed", want: "zorvan and pellit signed "},
		{text: "the QXR's plan", want: "the qxr^ plan "},
		{text: "they don't agree", want: "they dont agree "},
		{text: "rock 'n' roll", want: "rock n roll "},
		{text: "a''b c", want: "ab c "},
		{text: "Velmar, trade. Energy", want: "velmar |trade |energy "},
		{text: "X.Y.-made", want: "x^ |y^ |made "},
		{text: "Ðà Nẵng talks", want: "ða nang talks "},
		{text: "the Quorvel’s aid", want: "the quorvel aid "},
		{text: "talks 's", want: "talks "},
		{text: "ZentaBlor", spans: []reading.Word{readWord("ZentaBlor", 0, 5, "zenta"), readWord("ZentaBlor", 5, 9, "blor")}, want: "zentablor "},
		{text: "Zenta Blor", spans: []reading.Word{readWord("Zenta Blor", 0, 5, "zenta"), readWord("Zenta Blor", 6, 10, "blxr")}, want: "zenta blor "},
		{text: "Zenta Blor", spans: []reading.Word{readWord("Zenta Blor", 6, 10, "blor"), readWord("Zenta Blor", 0, 5, "zenta")}, want: "zenta blor "},
		{text: "naïve plan", want: "naive plan "},
		{text: "AI 2030", want: "ai^ 2030^ "},
	} {
		spans := tc.spans
		if spans == nil {
			spans = asciiSpans(tc.text, 0)
		}
		buf, words := splitSpans(tc.text, spans, nil, nil)
		if got := readWords(buf, words); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
		ob, ow := splitOld(tc.text, nil, nil)
		if got, old := readWords(buf, words), readWords(ob, ow); got != old {
			t.Errorf("%q: got %q, split read %q", tc.text, got, old)
		}
	}
}

// FuzzSplitSpans checks that words given by another reading change
// nothing: the same words as the text read alone, by the split of before.
func FuzzSplitSpans(f *testing.F) {
	for _, s := range []string{"the QXR's plan", "a''b 'n' x’s", "X.Y.-made Ðà", "ZentaBlor, trade.", "o\u0301k 12,5 AI", "“quoted” — dash… end"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, text string, cut uint8) {
		if !utf8.ValidString(text) {
			return
		}
		once.Do(func() { m = build() })
		ob, ow := splitOld(text, nil, nil)
		want := readWords(ob, ow)
		for _, spans := range [][]reading.Word{asciiSpans(text, int(cut%8)), fuzzSpans(text, cut)} {
			buf, words := splitSpans(text, spans, nil, nil)
			if got := readWords(buf, words); got != want {
				t.Fatalf("%q with %v: got %q, want %q", text, spans, got, want)
			}
		}
	})
}

// fuzzSpans is a reading that takes letters, digits, hyphens and
// apostrophes, with a fold lower-cased some of the time only.
func fuzzSpans(text string, seed uint8) []reading.Word {
	var out []reading.Word
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' {
				break
			}
			j += n
		}
		f := strings.ToLower(text[i:j])
		if (i+int(seed))%3 == 0 {
			f = text[i:j]
		}
		out = append(out, readWord(text, i, j, f))
		i = j
	}
	return out
}

// splitOld is split as it was before spans (session 19), the oracle of the tests.
func splitOld(text string, buf []byte, words []word) ([]byte, []word) {
	// No closure for a word's end: one that captures buf and words keeps
	// them in memory, not registers, at every byte.
	in, broken := false, false
	var w word
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
				if !in {
					in, w, broken = true, word{fs: len(buf), upper: true, broken: broken}, false
				}
				// The run of ASCII letters and digits: found, copied whole,
				// then its capitals lowered, if it has any.
				start, capital := i, false
			run:
				for ; i < len(text); i++ {
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
			in, w, broken = true, word{fs: len(buf), upper: true, broken: broken}, false
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
	if in {
		if w.fe = len(buf); w.fe > w.fs {
			words = append(words, w)
		}
	}
	return buf, words
}
