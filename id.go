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
	if ascii(s) {
		return foldASCII(s)
	}
	return foldUnicode(s)
}

func foldUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
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
	b := make([]byte, 0, len(s))
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
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}

// ActorKey is the article-local key of an actor: its type and folded
// canonical name ("person:to lam", "country:VN" for countries by code).
func ActorKey(t ActorType, name string) string {
	if t == Country {
		return string(t) + ":" + strings.ToUpper(name)
	}
	return string(t) + ":" + Fold(name)
}
