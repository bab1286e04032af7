package extract

import (
	"strings"

	"github.com/accordhq/accord/extract/office"
)

// A speech on a government's site is often not its leader's: "The Prince
// of A's speech at the official dinner in B", "Speech by the Minister for
// Trade". Its "I" is the titled speaker's, not the Prime Minister's.

// titledSpeaker reports whether the headline names the speech's speaker
// by a title that is not the leader's (knowledge speaker_nouns): the
// title opens the headline and a speaker noun follows it ("The Prince of
// A's speech", "Minister B speaks at …"), or "by" gives it after one
// ("Remarks by the Minister for B"). A headline that names the Prime
// Minister anywhere leaves the leader's "I" as it was.
func (title *doc) titledSpeaker() bool {
	if title == nil {
		return false
	}
	found := false
	for _, s := range title.spans {
		if s.kind != kTitle {
			continue
		}
		ti := title.lx.k.Titles.Titles[s.e.id]
		if office.Class(ti.Office) == office.HeadOfGovernment {
			return false
		}
		if s.e.plural || found {
			continue
		}
		found = title.opensSpeech(s) || title.speechBy(s)
	}
	return found
}

// opensSpeech reports whether title span s opens the headline (after at
// most two words, "HRH The") and a speaker noun follows within its "of C"
// or possessive: "The Prince of A's speech at …".
func (title *doc) opensSpeech(s span) bool {
	if s.i > 2 {
		return false
	}
	for k := 0; k < s.i; k++ {
		if t := title.toks[k]; !t.word || !t.cap {
			return false
		}
	}
	for k := s.j; k < len(title.toks) && k < s.j+5; k++ {
		t := title.toks[k]
		if title.lx.speakerNouns[t.fold] {
			return true
		}
		// Only the title's own words lie between: "of A", a name, "'s".
		if t.word && !t.cap && t.fold != "of" && t.fold != "the" && t.fold != "'s" {
			return false
		}
	}
	return false
}

// speechBy reports whether "by" (or "by the") before title span s follows
// a speaker noun: "Speech by the Minister for B at …".
func (title *doc) speechBy(s span) bool {
	k := s.i - 1
	if k >= 0 && title.toks[k].fold == "the" {
		k--
	}
	if k < 1 || title.toks[k].fold != "by" {
		return false
	}
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		if title.lx.speakerNouns[title.toks[q].fold] {
			return true
		}
	}
	return false
}

// salutationAt reports whether token j opens a salutation (knowledge
// salutations): "Mrs A B Excellencies and distinguished guests", an
// address block whose lines were joined without a comma after the last
// name. A salutation is no word of a name.
func (d *doc) salutationAt(j int) bool {
	t := &d.toks[j]
	if !t.cap || !t.word {
		return false
	}
	rest := d.text[t.start:]
	if rest == "" || !d.lx.salutationFirst[rest[0]] {
		return false // most name words: no salutation opens with their letter
	}
	for _, s := range d.lx.salutations {
		if len(rest) >= len(s) && strings.EqualFold(rest[:len(s)], s) && (len(rest) == len(s) || !isLetter(rest[len(s)])) {
			return true
		}
	}
	return false
}

// firstBytes marks the bytes a phrase of a list may open with, compared
// without case (strings.EqualFold): both cases of an ASCII letter, and
// every non-ASCII byte (a folded rune such as the Kelvin sign may open
// the text). An empty phrase matches anything: all bytes.
type firstBytes [256]bool

func (f *firstBytes) add(p string) {
	if p == "" {
		for b := range f {
			f[b] = true
		}
		return
	}
	b := p[0]
	f[b] = true
	if 'a' <= b && b <= 'z' {
		f[b-'a'+'A'] = true
	}
	if 'A' <= b && b <= 'Z' {
		f[b-'A'+'a'] = true
	}
	for c := 0x80; c < 256; c++ {
		f[c] = true
	}
}
