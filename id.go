package accord

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ArticleID derives an article's stable id from its content: published date
// and body text. File names, URLs and titles take no part, so the same
// article read from two places (one statement filed under two sections, its
// headline cased differently) is one article.
func ArticleID(published, body string) string {
	h := sha256.New()
	h.Write([]byte(published))
	h.Write([]byte{0})
	h.Write([]byte(strings.TrimSpace(body)))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// HashID returns a short stable id for an entity from the parts that define
// it, with a prefix naming the kind ("e" engagement, "t" target, "p" person).
func HashID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + "_" + hex.EncodeToString(h.Sum(nil))[:12]
}

// Fold returns s without diacritics, in lower case, with runs of anything
// but letters and digits as single spaces: the form names are compared in.
// "Tô Lâm" → "to lam"; "Đà Nẵng" → "da nang"; "Choi Young-sam" → "choi young sam".
func Fold(s string) string {
	if folded(s) {
		return s // most keys are folded already: no copy
	}
	if ascii(s) {
		return foldASCII(s)
	}
	return foldUnicode(s)
}

// folded reports whether s is its own Fold: lower-case ASCII letters and
// digits, single spaces between them.
func folded(s string) bool {
	prev := byte(' ') // no leading space
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if prev == ' ' {
				return false
			}
		} else if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
		prev = c
	}
	return prev != ' ' || s == ""
}

func foldUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(latinize(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case r == '\'' || r == '’':
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// ascii reports whether s is all ASCII.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldASCII is Fold of an ASCII string, byte by byte: most names and
// metrics are ASCII, and Fold runs at every comparison of them (issue 10:
// 3 % of an ingest's CPU, most of it in the Unicode decomposition).
func foldASCII(s string) string {
	return string(AppendFoldASCII(make([]byte, 0, len(s)), s))
}

// AppendFoldASCII appends Fold of the ASCII string s to b, byte by byte,
// for callers that fold into a buffer of their own (the tokenizer).
func AppendFoldASCII(b []byte, s string) []byte {
	n0 := len(b)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'':
			continue
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			space = true
			continue
		}
		if space && len(b) > n0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return b
}

// ActorKey is the article-local key of an actor: its type and folded
// canonical name ("person:to lam", "country:VN" for countries by code).
func ActorKey(t ActorType, name string) string {
	if t == Country {
		return string(t) + ":" + strings.ToUpper(name)
	}
	return string(t) + ":" + Fold(name)
}

// latinLookalike maps Cyrillic letters drawn like Latin ones to those.
// Publishers' pages now and then carry one inside a Latin name (a keyboard
// slip, a copy from a Cyrillic source); folded alike, the name is one.
var latinLookalike = map[rune]rune{
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x',
	'і': 'i', 'ј': 'j', 'ѕ': 's', 'к': 'k', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w',
}

// latinize rewrites the Cyrillic lookalikes of each word that mixes Latin
// and Cyrillic letters ("Niinistӧ" typed with a Cyrillic letter is
// "Niinistö"); a word all in Cyrillic keeps its own letters.
func latinize(s string) string {
	var b []byte
	start := 0
	flush := func(end int) {
		w := s[start:end]
		if mixedScript(w) {
			if b == nil {
				b = append(make([]byte, 0, len(s)), s[:start]...)
			}
			for _, r := range norm.NFD.String(w) { // "ӧ" is "о" and a diaeresis
				if l, ok := latinLookalike[unicode.ToLower(r)]; ok {
					if unicode.IsUpper(r) {
						l = unicode.ToUpper(l)
					}
					r = l
				}
				b = utf8.AppendRune(b, r)
			}
		} else if b != nil {
			b = append(b, w...)
		}
	}
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			flush(i)
			if b != nil {
				b = utf8.AppendRune(b, r)
			}
			_, n := utf8.DecodeRuneInString(s[i:]) // an invalid byte is one wide, not RuneLen(U+FFFD)
			start = i + n
		}
	}
	flush(len(s))
	if b == nil {
		return s
	}
	return string(b)
}

// mixedScript reports whether word w has both Latin and Cyrillic letters.
func mixedScript(w string) bool {
	latin, cyrillic := false, false
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			latin = latin || 'a' <= r|0x20 && r|0x20 <= 'z'
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic = true
		case unicode.Is(unicode.Latin, r):
			latin = true
		}
	}
	return latin && cyrillic
}
