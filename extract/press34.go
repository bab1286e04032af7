package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	accord "github.com/accordhq/accord"
)

// maxTitleCaseLabelWords bounds a speaker's label of office, country and
// name: "President of the Republic of A B C D".
const maxTitleCaseLabelWords = 10

// officeNameLabel reports whether a line opens with a speaker's label in
// title case that gives the office, the country and the holder's name
// before the colon, as the Kremlin's transcripts do: "President of A
// B C:", "Prime Minister of D E F (retranslated):". Every word is
// capitalised but the office's links ("of", "the", "and"), one of them
// stands inside it, and the name's two last words close it.
func officeNameLabel(line string) bool {
	c := strings.IndexByte(line, ':')
	if c < 0 || c > 120 {
		return false
	}
	label := strings.TrimSpace(line[:c])
	// "(retranslated)", "(via interpreter)": a note on the speech.
	if strings.HasSuffix(label, ")") {
		if o := strings.LastIndexByte(label, '('); o > 0 {
			label = strings.TrimSpace(label[:o])
		}
	}
	if strings.ContainsAny(label, ",.;()[]0123456789") {
		return false
	}
	words := strings.Fields(label)
	if len(words) < 4 || len(words) > maxTitleCaseLabelWords {
		return false
	}
	link := false
	for k, w := range words {
		switch w {
		case "of", "the", "and":
			// The office's links, never the name's.
			if k == 0 || k >= len(words)-2 {
				return false
			}
			link = link || w == "of"
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return link
}

// groupPressAfterTalks reads the press statements a readout tells of the
// two sides it names by office alone, in a plural ("Following the talks,
// the presidents of the two countries made statements for the press"),
// when no press conference was read: the sides are the two persons of
// the document's one held talks or meeting, on its day. A readout whose
// talks are told in the transcript below it names them only there.
func (d *doc) groupPressAfterTalks(held []eng) []eng {
	if slices.ContainsFunc(held, func(e eng) bool { return e.typ == accord.PressConference }) {
		return held
	}
	pair := -1
	for k, e := range held {
		if class(e.typ) != "talks" || e.status != accord.StatusHeld || len(e.persons) != 2 || len(e.codes) > 0 || len(e.date) != len("2006-01-02") {
			continue
		}
		if pair >= 0 && !(held[pair].date == e.date && sameSet(held[pair].persons, e.persons)) {
			return held // two different contacts: whose press event is unsaid
		}
		if pair < 0 {
			pair = k
		}
	}
	if pair < 0 {
		return held
	}
	// The sentences are read only for a document with such a pair (both
	// reads are pure: the order of the checks changes no answer).
	sent := d.groupPressSentence()
	if sent < 0 {
		sent = d.passivePressSentence() // press36.go
	}
	if sent < 0 {
		return held
	}
	t := held[pair]
	return append(held, eng{typ: accord.PressConference, date: t.date, status: accord.StatusHeld,
		persons: slices.Clone(t.persons), place: t.place, sent: sent})
}

// groupPressSentence returns the sentence that tells, in the past, a plural
// of offices making statements to the press ("the presidents made
// statements for the media", "the leaders of the two countries made
// press statements"), naming no person; -1 if none.
func (d *doc) groupPressSentence() int {
	for k := 0; k+3 < len(d.toks); k++ {
		if !d.lx.is(&d.toks[k], fStatementWords) {
			continue
		}
		// "statements for the press", "statements to the media", "press
		// statements".
		press := k > 0 && d.lx.pressAudiences[d.toks[k-1].fold]
		if !press {
			if f := d.toks[k+1].fold; (f == "for" || f == "to") && d.toks[k+2].fold == "the" && d.lx.pressAudiences[d.toks[k+3].fold] {
				press = true
			}
		}
		if !press {
			continue
		}
		s := d.toks[k].sent
		from, to := d.sentToks(s)
		if d.question(from, to) || d.mentionWithin(s, from, to) {
			continue
		}
		// The plural subject, then its past verb before the statements:
		// "the presidents of the two countries made".
		subj, made := false, false
		for _, sp := range d.spans {
			if sp.kind == kGroup && sp.i >= from && sp.i < k {
				subj = true
			}
		}
		for q := from; q < k; q++ {
			if d.lx.pressStatementVerbs[d.toks[q].fold] {
				made = true
			}
			if d.lx.is(&d.toks[q], fFuture) {
				return -1 // "will make statements": ahead
			}
		}
		if subj && made {
			return s
		}
	}
	return -1
}

// sameSet reports whether two person lists hold the same persons.
func sameSet(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for _, p := range a {
		if !slices.Contains(b, p) {
			return false
		}
	}
	return true
}

// homeLabelSpeaker returns the person named by the first speaker's label
// of a government's transcript when of that government's country and the
// label gives office, country and name ("President of Russia A B:" on the
// Kremlin's site, officeNameLabel), else -1: the home side of remarks to
// a guest the text addresses by office alone ("Mr Prime Minister").
func (d *doc) homeLabelSpeaker(h home) int {
	if !h.government || h.country == "" {
		return -1
	}
	for _, m := range d.mentions {
		if m.person < 0 || m.j >= len(d.toks) || d.toks[m.j].text != ":" && d.toks[m.j].text != "(" {
			continue
		}
		from, _ := d.sentToks(m.sent)
		line := d.text[d.toks[from].start:]
		if nl := strings.LastIndexByte(d.text[:d.toks[m.i].start], '\n'); nl >= 0 && nl+1 > d.toks[from].start {
			line = d.text[nl+1:]
		}
		if !officeNameLabel(line) {
			continue
		}
		if d.persons[m.person].country == h.country {
			return m.person
		}
		return -1
	}
	return -1
}

// jointRemarksCue reports whether a headline names remarks two sides
// deliver together before the press: "A and B deliver joint remarks", "A
// delivers remarks with B" (knowledge joint_remarks_cues).
func (d *doc) jointRemarksCue() bool {
	low := strings.ToLower(d.text)
	for _, c := range d.lx.jointRemarksCues {
		if wordAt(low, c) {
			return true
		}
	}
	return false
}

// afterOwnMeetingCue reports whether a headline names remarks made after
// the two sides' own meeting: "Remarks With Foreign Minister A After Their
// Meeting" (after_own_meeting_cues). Over a transcript opened by a
// speaker's label the two stand before the press together; remarks one
// speaker gives alone, unlabelled, tell the meeting only, as the golds
// code them. Remarks "Before Their Meeting" open a meeting, and "after
// Bilateral Meeting" sprays name no joint occasion: neither is read.
func (d *doc) afterOwnMeetingCue() bool {
	if !slices.ContainsFunc(d.toks, func(t token) bool { return d.lx.remarksWords[t.fold] }) {
		return false
	}
	low := strings.ToLower(d.text)
	for _, c := range d.lx.afterOwnMeetingCues {
		if wordAt(low, c) {
			return true
		}
	}
	return false
}

// wordAt reports whether phrase c stands in s between word boundaries.
func wordAt(s, c string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], c)
		if i < 0 {
			return false
		}
		i += off
		if (i == 0 || !isLetter(s[i-1])) && (i+len(c) == len(s) || !isLetter(s[i+len(c)])) {
			return true
		}
		off = i + 1
	}
}

// saidAtPress reports whether the reporting verb at toks[v] places its
// speaker at the press event tr it names next: "A said November 4 at a
// news conference in C with B and D". The speaker is then a side of it,
// not one who reports others' contact.
func (d *doc) saidAtPress(v int, tr trigger) bool {
	if tr.typ != accord.PressConference || tr.i <= v+1 {
		return false
	}
	at := -1
	for k := v + 1; k < tr.i; k++ {
		switch f := d.toks[k].fold; {
		case f == "at":
			at = k
		case at < 0 && (f == "," || f == "that" || f == "after" || f == "before" || d.lx.is(&d.toks[k], fReporting)):
			return false // another clause before the place of speech
		case at >= 0 && !d.lx.pressArticles[f]:
			return false
		}
	}
	return at >= 0
}
