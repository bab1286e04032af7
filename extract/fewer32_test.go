package extract

import (
	"strings"
	"testing"

	"github.com/accordhq/accord"
)

// contactSummary is engagementSummary without visits: the rules tested
// here are about who met whom.
func contactSummary(f *accord.ArticleFacts) []string {
	var out []string
	for _, e := range engagementSummary(f) {
		if !strings.HasPrefix(e, "visit ") {
			out = append(out, e)
		}
	}
	return out
}

// TestPluralContacts32 checks a plural contact noun whose holder is not
// the subject before it: a possessive ("during his meetings with A and
// B, C discussed", "in my meetings with both A and B," says C) or the
// agentless passive of a ministry's release ("Bilateral discussions were
// also held with A, B and C"). The plural tells a contact with each
// guest, held by the person the possessive names (the one named after
// the list, else the report's lead) or, for the passive, by the lead.
// On main: one meeting of all three, pairs of the guests, or nothing.
// Invented names, real countries.
func TestPluralContacts32(t *testing.T) {
	const src = "Ministry of External Affairs"
	tests := []sourcedCase{
		{"his meetings with a list, holder after it", src, "Minister visits Europe", "2024-03-06",
			"Indian External Affairs Minister Ravi Menon visited Berlin on Monday. During his meetings with German Chancellor Klara Wendt and German President Otto Brenner, Menon discussed trade and investment.",
			[]string{"meeting 2024-03-06 Klara Wendt+Ravi Menon", "meeting 2024-03-06 Otto Brenner+Ravi Menon"}},
		{"my meetings with both, quoted", src, "Prime Minister in Brussels", "2024-03-06",
			"Indian Prime Minister Ravi Menon visited Brussels this week. 'This was emphasised in my meetings with both EU Commission President Klara Wendt and EU Council President Luc Marchand,' Mr Menon says.",
			[]string{"meeting 2024-03-06 Klara Wendt+Ravi Menon", "meeting 2024-03-06 Luc Marchand+Ravi Menon"}},
		{"agentless passive with a list", src, "Minister at the UN General Assembly", "2024-09-24",
			"Indian External Affairs Minister Ravi Menon met President of Kenya Amos Otieno in New York. Bilateral discussions were also held with the Foreign Minister of Germany Klara Wendt, the Foreign Minister of Brazil Joao Prado and the Foreign Minister of Armenia Aram Vardanyan.",
			[]string{"meeting 2024-09-24 Amos Otieno+Ravi Menon", "talks 2024-09-24 Aram Vardanyan+Ravi Menon", "talks 2024-09-24 Joao Prado+Ravi Menon", "talks 2024-09-24 Klara Wendt+Ravi Menon"}},
		{"a subject before the phrase keeps its own reading", src, "Minister visits Europe", "2024-03-06",
			"Indian External Affairs Minister Ravi Menon held meetings with German Chancellor Klara Wendt and French President Luc Marchand in Paris on Monday.",
			[]string{"meeting 2024-03-04 Klara Wendt+Ravi Menon", "reception 2024-03-04 Luc Marchand+Ravi Menon"}},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}

// TestAndTheyAfterGuest32 checks "He also met Minister A, and they agreed
// to deepen ties": "they" of a clause coordinated after the contact's own
// guest are its two sides, not the report's principals (on main the
// guest met the earlier sentence's guest as well). Invented names, real
// countries.
func TestAndTheyAfterGuest32(t *testing.T) {
	const src = "Ministry of External Affairs"
	tests := []sourcedCase{
		{"and they after the guest", src, "Minister meets counterparts", "2024-05-10",
			"Indian Foreign Minister Ravi Menon met Norwegian Foreign Minister Kari Lund on Monday. He also met Argentinian Foreign Minister Jorge Ruiz, and they agreed to deepen ties.",
			[]string{"meeting 2024-05-06 Kari Lund+Ravi Menon", "meeting 2024-05-06 Jorge Ruiz+Ravi Menon"}},
		{"no clause after the guest", src, "Minister meets counterparts", "2024-05-10",
			"Indian Foreign Minister Ravi Menon met Norwegian Foreign Minister Kari Lund on Monday. He also met Argentinian Foreign Minister Jorge Ruiz.",
			[]string{"meeting 2024-05-06 Kari Lund+Ravi Menon", "meeting 2024-05-06 Jorge Ruiz+Ravi Menon"}},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}

// TestAheadDayAndGerund32 checks two readings of a day's report that
// tells what is ahead: a sequel ("He then met B") takes the day of the
// contact told before, not the weekday of an event the clause puts ahead
// ("ahead of the bloc's meeting on Wednesday"); and a contact added by
// "apart from holding" to a scheduled one is scheduled too (on main: a
// meeting held last Wednesday, and the sequel dated by it). Invented
// names, real countries.
func TestAheadDayAndGerund32(t *testing.T) {
	const src = "Straits Times"
	tests := []sourcedCase{
		{"ahead of an event on a weekday", src, "Minister in Phnom Penh", "2022-08-02",
			"PHNOM PENH - Foreign Minister Ravi Menon of India met his Norwegian counterpart Kari Lund in Phnom Penh on Tuesday, ahead of an official bloc meeting on Wednesday. He then met Greek Foreign Minister Nikos Petrou.",
			[]string{"meeting 2022-08-02 Kari Lund+Ravi Menon", "meeting 2022-08-02 Nikos Petrou+Ravi Menon"}},
		{"apart from holding under a schedule", src, "Leaders at the summit", "2022-11-15",
			"Prime Minister Ravi Menon of India met Norwegian Prime Minister Kari Lund on Tuesday on the sidelines of the G20 summit in Bali. Menon is scheduled to hold talks with Lund, apart from holding a meeting with Indonesian President Budi Santoso on Wednesday. He met Greek Prime Minister Nikos Petrou.",
			[]string{"meeting 2022-11-15 Kari Lund+Ravi Menon", "meeting 2022-11-15 Nikos Petrou+Ravi Menon"}},
	}
	runSourcedBy(t, tests, "contacts", contactSummary)
}
