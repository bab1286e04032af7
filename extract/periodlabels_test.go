package extract

import (
	"strings"
	"testing"
)

// TestPeriodLabels checks that speaker labels closed by a period, as
// archives of presidential papers print remarks ("President A. Thank
// you…"), are read as labels only in a text of two titled labels or more,
// keep the text's length, and leave abbreviations and ordinary sentences
// alone (names invented).
func TestPeriodLabels(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		labels     []string // the label texts closed by a colon in the result
	}{
		{"two titled labels and a question",
			"President Harlow. Thank you very much.\nPrime Minister Vask. Thank you, Mr. President.\nQ. Mr. President, a question.",
			[]string{"President Harlow", "Prime Minister Vask", "Q"}},
		{"an abbreviation inside the label",
			"President Harlow. Thank you.\nMr. Vask. Thank you, Mr. President.\nPresident Harlow. Welcome.",
			[]string{"President Harlow", "Mr. Vask", "President Harlow"}},
		{"one titled line is a sentence, not a transcript",
			"President Harlow. That is how the guests greeted him.\nThe talks went on.",
			nil},
		{"a sentence that is no label",
			"The President met the Prime Minister. They agreed.\nPrime Minister Vask spoke. Then he left.",
			nil},
		{"a name alone is no titled label",
			"Harlow. Thank you.\nVask. Thank you.",
			nil},
		{"the speech must follow on the line",
			"President Harlow.\nPrime Minister Vask.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.lx.periodLabels(tt.body)
			if len(got) != len(tt.body) {
				t.Fatalf("length %d, want %d", len(got), len(tt.body))
			}
			var labels []string
			for _, line := range strings.Split(got, "\n") {
				if i := strings.Index(line, ": "); i > 0 && !strings.Contains(tt.body, line) {
					labels = append(labels, line[:i])
				}
			}
			if strings.Join(labels, "|") != strings.Join(tt.labels, "|") {
				t.Errorf("labels %q, want %q\n%s", labels, tt.labels, got)
			}
		})
	}
}

// TestPeriodLabelTranscript checks that the host's "I" of a transcript
// whose labels a period closes is the host: the welcome is a contact, and
// its evidence is the text as written (the guest invented; a label's
// office is checked against the office table, so the host is its holder).
func TestPeriodLabelTranscript(t *testing.T) {
	x := newX(t)
	body := "President Obama. Thank you very much. I'm honored to welcome Prime Minister Vask of Estonia to the White House today.\n\n" +
		"Prime Minister Vask. Thank you, Mr. President.\n\n" +
		"President Obama. Thank you."
	a := article("Remarks With Prime Minister Vask of Estonia", "2014-10-23", body)
	a.URL = "https://www.whitehouse.gov/briefings-statements/remarks-prime-minister-vask/"
	f := x.Extract(a)
	got := engagementSummary(f)
	if len(got) != 1 || !strings.Contains(got[0], "2014-10-23") || !strings.Contains(got[0], "Vask") || !strings.Contains(got[0], "Obama") {
		t.Fatalf("engagements %q, want one contact of Obama and Vask on 2014-10-23", got)
	}
	if q := f.Engagements[0].Reports[0].Quote; !strings.HasPrefix(q, "President Obama. ") && !strings.Contains(q, "I'm honored") {
		t.Errorf("quote %q is not the text as written", q)
	}
	for _, e := range f.Engagements {
		for _, r := range e.Reports {
			if strings.Contains(r.Quote, "Obama:") || strings.Contains(r.Quote, "Vask:") {
				t.Errorf("quote %q shows the rewritten label", r.Quote)
			}
		}
	}
}

// FuzzPeriodLabels checks that any text keeps its length and differs only
// where a period became a colon.
func FuzzPeriodLabels(f *testing.F) {
	x := newX(f)
	f.Add("President Obama. Thank you.\nPrime Minister Vask. Thank you.\nQ. A question.")
	f.Add("Mr. A. B.\n\nQ. \"Yes\"")
	f.Fuzz(func(t *testing.T, s string) {
		got := x.lx.periodLabels(s)
		if len(got) != len(s) {
			t.Fatalf("length %d, want %d", len(got), len(s))
		}
		for i := range len(s) {
			if got[i] != s[i] && !(s[i] == '.' && got[i] == ':') {
				t.Fatalf("byte %d changed from %q to %q", i, s[i], got[i])
			}
		}
	})
}
