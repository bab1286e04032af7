package target

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract/internal/reading"
	"github.com/accordhq/accord/extract/internal/wordfilter"
	"github.com/accordhq/accord/extract/knowledge"
)

type kind uint8

const (
	word  kind = iota // letters, digits, inner hyphens: AH-64, two-way, U.S.
	num               // 150, 8,500, 3.2
	rng               // 2026-30, 2021–2025
	punct             // one other character: $ % , ( –
)

// A token is one word, number or sign of a sentence.
type token struct {
	s, e int // byte offsets in the text
	k    kind
	// fh is wordfilter.Hash(f) when hashed: tokenize sets it once, as the
	// tries' first-word filters ask about every token many times (token
	// literals built elsewhere are not hashed and hash f when asked).
	hashed bool
	fh     uint32
	f      string  // folded: lower case, no diacritics ("u.s.", "viet", "$")
	sp     bool    // space before it (or sentence start)
	upper  bool    // no lower-case letter
	v, v2  float64 // value of num; both ends of rng
	whole  bool    // num written without decimals or thousands separators
	lo     bool    // f is the word as written, still to be lower-cased (tokenize, inside)
}

// tokenize appends the tokens of text[s:e] to out.
func tokenize(text string, s, e int, out []token) []token {
	return tokenizeRead(text, s, e, out, nil)
}

// tokenizeRead is tokenize given the words the extract package's reading
// found in text (Context.Words): a plain word that ends where wordToken
// would end it is taken with that reading's fold, not read again.
func tokenizeRead(text string, s, e int, out []token, words []reading.Word) []token {
	from, lo := len(out), 0
	sp := true
	// The reading's first word at or after s.
	c, _ := slices.BinarySearchFunc(words, s, func(w reading.Word, s int) int { return w.Start - s })
	for i := s; i < e; {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:e])
		}
		switch {
		case isSpace(r):
			sp = true
			i += n
			continue
		case '0' <= r && r <= '9':
			out = numToken(text, i, e, sp, out)
		case 'a' <= r|0x20 && r|0x20 <= 'z' || r >= utf8.RuneSelf && unicode.IsLetter(r):
			for c < len(words) && words[c].Start < i {
				c++
			}
			var w token
			if c < len(words) && words[c].Start == i && plainWord(text, words[c], e) {
				w = token{s: i, e: words[c].End, k: word, sp: sp, f: words[c].Fold, upper: !words[c].Lower}
			} else {
				w = wordToken(text, i, e, sp)
			}
			if isLL(w.f) && !sp && len(out) > 0 && out[len(out)-1].f == "'" {
				w.f, w.lo = "will", false // "We'll provide": the cue "will"
			}
			if c := codePrefix(text, w); c > 0 {
				w.e, w.f, w.lo = i+c, strings.ToLower(text[i:i+c]), false // AUD100 million: a code, then the amount
			} else if !sp && len(out) > 0 && out[len(out)-1].f == "$" {
				if c := dollarCountry(text, w); c > 0 {
					w.e, w.f, w.lo = i+c, strings.ToLower(text[i:i+c]), false // $US1.3 million: whose dollar, then the amount
				}
			}
			if w.lo {
				lo++
			}
			out = append(out, w)
		default:
			f := text[i : i+n]
			if r == '’' || r == '‘' {
				f = "'"
			}
			out = append(out, token{s: i, e: i + n, k: punct, f: f, sp: sp})
		}
		i = out[len(out)-1].e
		sp = false
	}
	if lo > 0 {
		lowerPending(out[from:])
	}
	for k := from; k < len(out); k++ {
		out[k].fh, out[k].hashed = wordfilter.Hash(out[k].f), true
	}
	return out
}

// hash returns wordfilter.Hash(t.f), computed once by tokenize.
func (t *token) hash() uint32 {
	if t.hashed {
		return t.fh
	}
	return wordfilter.Hash(t.f)
}

// plainWord reports whether a word of the reading is plain (reading.Word)
// and ends, within e, where wordToken ends it: before a mark that is no
// letter, digit, hyphen or dot.
func plainWord(text string, w reading.Word, e int) bool {
	if !w.Plain || w.End > e {
		return false
	}
	if w.End == e {
		return true
	}
	c := text[w.End]
	if c < utf8.RuneSelf {
		return !('a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.')
	}
	r, _ := utf8.DecodeRuneInString(text[w.End:e])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
}

// isLL reports whether a word is "ll" in any case.
func isLL(f string) bool {
	return len(f) == 2 && f[0]|0x20 == 'l' && f[1]|0x20 == 'l'
}

// lowerPending lower-cases the words that wait for it, all in one string:
// one allocation a sentence, not one a capitalised word.
func lowerPending(toks []token) {
	var arr [1024]byte
	var ends [64]int
	buf, end := arr[:0], ends[:0]
	for k := range toks {
		if t := &toks[k]; t.lo {
			for i := 0; i < len(t.f); i++ {
				c := t.f[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
			end = append(end, len(buf))
		}
	}
	all := string(buf)
	prev, n := 0, 0
	for k := range toks {
		if t := &toks[k]; t.lo {
			t.f, t.lo = all[prev:end[n]], false
			prev = end[n]
			n++
		}
	}
}

// isSpace is unicode.IsSpace, ASCII without a call.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// codePrefix returns the length of an ISO currency code (three capitals)
// that word w starts with when digits follow it, as in "AUD100 million",
// or of the "FY" of a fiscal year written as one word ("FY2030"); 0
// otherwise.
func codePrefix(text string, w token) int {
	if w.e-w.s == 6 && text[w.s:w.s+2] == "FY" && isDigit(text[w.s+2]) && isDigit(text[w.s+5]) {
		return 2 // FY2030: the fiscal year's name, then the year
	}
	if w.e-w.s < 4 || !isDigit(text[w.s+3]) {
		return 0
	}
	for k := w.s; k < w.s+3; k++ {
		if text[k] < 'A' || text[k] > 'Z' {
			return 0
		}
	}
	for k := w.s + 3; k < w.e; k++ {
		if !isDigit(text[k]) && text[k] != ',' && text[k] != '.' {
			if !gluedScale(text[k:w.e]) {
				return 0
			}
			break
		}
	}
	return 3
}

// gluedScale reports whether the letters glued after a code's digits are a
// scale ("USD810m", "EUR45bn"), so that the code, the number and the scale
// are read apart as in "USD 810m".
func gluedScale(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < 'a' || s[k] > 'z' {
			return false
		}
	}
	l := lexicon()
	return l.glued[s] > 0 || l.scales[s] > 0
}

// dollarCountry returns the length of the capitals glued to a number right
// after a dollar sign, as Australian and New Zealand outlets name whose
// dollar ("$US1.3", "$NZ714", "$A7"): one to three; 0 if none.
func dollarCountry(text string, w token) int {
	c := w.s
	for c < w.e && c < w.s+3 && 'A' <= text[c] && text[c] <= 'Z' {
		c++
	}
	if c == w.s || c == w.e || !isDigit(text[c]) {
		return 0
	}
	for k := c; k < w.e; k++ {
		if !isDigit(text[k]) && text[k] != ',' && text[k] != '.' {
			return 0
		}
	}
	return c - w.s
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// numToken reads a number at text[i:], a year range (2026-30) or a word that
// starts with digits (14th, 5G).
func numToken(text string, i, e int, sp bool, out []token) []token {
	j := i
	for j < e && (isDigit(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < e && isDigit(text[j+1]) && j > i) {
		j++
	}
	digits := text[i:j]
	// A range of years: 2026-30, 2026–2030.
	if len(digits) == 4 && j < e {
		d := 0
		if text[j] == '-' {
			d = 1
		} else if strings.HasPrefix(text[j:e], "–") {
			d = len("–")
		}
		if d > 0 {
			k := j + d
			for k < e && isDigit(text[k]) {
				k++
			}
			if w := k - j - d; (w == 2 || w == 4) && (k == e || !isLetter(text, k, e)) {
				a, _ := strconv.Atoi(digits)
				b, _ := strconv.Atoi(text[j+d : k])
				if w == 2 {
					b += a / 100 * 100
				}
				return append(out, token{s: i, e: k, k: rng, f: text[i:k], sp: sp, v: float64(a), v2: float64(b)})
			}
		}
	}
	if j < e && isLetter(text, j, e) {
		// 5bn is a number and a scale; 14th, 5G are words.
		k := j
		for k < e && ('a' <= text[k] && text[k] <= 'z' || 'A' <= text[k] && text[k] <= 'Z') {
			k++
		}
		u, sc := knowledge.TargetUnits(), strings.ToLower(text[j:k])
		if u.Scales[sc] == 0 && u.GluedScales[sc] == 0 || k < e && isLetter(text, k, e) {
			w := wordToken(text, i, e, sp)
			w.f, w.lo = lowerNow(w), false // a word of digits first, seldom capitalised
			if w.f == "ll" && !sp && len(out) > 0 && out[len(out)-1].f == "'" {
				w.f = "will" // "We'll provide": the cue "will"
			}
			return append(out, w)
		}
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(digits, ",", ""), 64)
	if err != nil {
		v = 0
	}
	return append(out, token{s: i, e: j, k: num, f: digits, sp: sp, v: v, whole: !strings.ContainsAny(digits, ",.")})
}

func isLetter(text string, i, e int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:e])
	return unicode.IsLetter(r)
}

// wordToken reads a word at text[i:]: letters and digits with inner hyphens
// before a lower-case letter or digit (two-way, AH-64, but Korea-US is three
// tokens) and the dots of initials (U.S.).
func wordToken(text string, i, e int, sp bool) token {
	j := i
	dotted := false
	run := 0 // letters since the last dot
	// What the word's letters are, read on the way: lower-case or capital
	// ASCII letters, or anything not ASCII.
	lower, capital, ascii := false, false, true
	for j < e {
		c := text[j]
		if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
			j++ // an ASCII letter or digit: the common case, without decoding
			run++
			if c >= 'a' {
				lower = true
			} else if c >= 'A' {
				capital = true
			}
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[j:e])
		}
		switch {
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)):
			ascii = false
			j += n
			run++
			continue
		case r == '-' && j+1 < e:
			r2, _ := utf8.DecodeRuneInString(text[j+1 : e])
			if unicode.IsLower(r2) || unicode.IsDigit(r2) {
				j++
				run = 0
				continue
			}
		case r == '.' && run == 1 && j+1 < e:
			r2, _ := utf8.DecodeRuneInString(text[j+1 : e])
			if unicode.IsUpper(r2) {
				j++
				run = 0
				dotted = true
				continue
			}
			if dotted {
				j++ // the last dot of U.S.
			}
		case r == '.' && dotted && run == 1:
			j++
		}
		break
	}
	w := text[i:j]
	t := token{s: i, e: j, k: word, sp: sp, upper: !lower}
	if ascii {
		// strings.ToLower, later (lowerPending) when there is a capital.
		t.f, t.lo = w, capital
	} else {
		for _, r := range w {
			if unicode.IsLower(r) {
				t.upper = false
				break
			}
		}
		t.f = foldWord(w)
	}
	return t
}

// lowerNow returns a word token's f lower-cased now, not pending.
func lowerNow(t token) string {
	if t.lo {
		return strings.ToLower(t.f)
	}
	return t.f
}

// foldWord folds a word as accord.Fold does, keeping its hyphens and dots.
func foldWord(w string) string {
	var b strings.Builder
	start := 0
	for i := 0; i <= len(w); i++ {
		if i == len(w) || w[i] == '-' || w[i] == '.' {
			b.WriteString(strings.ReplaceAll(accord.Fold(w[start:i]), " ", ""))
			if i < len(w) {
				b.WriteByte(w[i])
			}
			start = i + 1
		}
	}
	return b.String()
}

// lower is strings.ToLower byte for byte, ASCII without decoding: a text
// with one curly quote otherwise goes through strings.Map rune by rune.
func lower(s string) string {
	b := make([]byte, 0, len(s)+utf8.UTFMax)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		// An invalid byte decodes as utf8.RuneError, which ToLower writes.
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	return string(b)
}
