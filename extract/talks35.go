package extract

import (
	"strings"

	accord "github.com/accordhq/accord"
)

// formatRound reports whether talks phrase tr, told again of a meeting h
// of its sentence, names the standing bilateral format h is a round of:
// "met in Lima for the Norway-Chile Strategic Dialogue", "co-chaired the
// fifth meeting of the Joint Commission", "held their first Joint
// Commission meeting". Ministries and agencies tell a dialogue's,
// commission's or consultations' round so, and the references code it as
// talks of the co-chairs; the format's name (format_round_heads) is what
// was held, the verb only says the two sides met for it.
func (d *doc) formatRound(h eng, tr trigger) bool {
	if tr.typ != accord.Talks || h.typ != accord.Meeting || h.sent != tr.sent || h.status != accord.StatusHeld {
		return false
	}
	words := strings.Fields(tr.form)
	return len(words) >= 2 && d.lx.formatRoundHeads[words[len(words)-1]]
}

// formatMeeting reports whether meeting phrase tr is a round of a standing
// bilateral format named right before it: "held their first Joint
// Commission meeting", "the Strategic Dialogue meeting". Its round is
// talks, as formatRound types "met for the Strategic Dialogue".
func (d *doc) formatMeeting(tr trigger) bool {
	if tr.typ != accord.Meeting || tr.i == 0 || tr.form != "meeting" {
		return false
	}
	prev := d.toks[tr.i-1]
	return prev.sent == tr.sent && d.lx.formatRoundHeads[prev.fold]
}
