package extract

import "testing"

// TestListLeadSubject33 checks a programme told as a list: an item opened
// by its contact verb ("• met with A and B") is the lead's subject's
// contact with all those named, never a contact of A with B; and "he" or
// "she" after a short opening frame without a comma ("In C she met A and
// B") is the subject before. An item with a subject of its own keeps it.
// Invented names, real countries.
func TestListLeadSubject33(t *testing.T) {
	const visit = "Foreign Minister Mira Tallis of New Zealand concluded a three-day visit to Chile on Thursday.\n\n"
	// The minister's call on the head of state is a reception of its own
	// (the references' convention), her meeting the foreign minister's.
	met := "meeting 2031-05-12 Ana Brisco+Mira Tallis"
	tests := []sourcedCase{
		{"the lead names the subject by office", "Wire", "Minister concludes visit to Chile", "2031-05-12",
			visit + "During the visit, the Minister:\n\n- met with Chilean President Tomas Ferrel and Foreign Minister Ana Brisco\n- opened a new embassy building\n",
			[]string{met, "reception 2031-05 Mira Tallis+Tomas Ferrel", "visit 2031-05 Mira Tallis+Tomas Ferrel"}},
		{"the lead names the subject", "Wire", "Minister concludes visit to Chile", "2031-05-12",
			visit + "In Santiago, Minister Tallis:\n\n- met with Chilean President Tomas Ferrel and Foreign Minister Ana Brisco\n- opened a new embassy building\n",
			[]string{met, "reception 2031-05 Mira Tallis+Tomas Ferrel", "visit 2031-05 Mira Tallis+Tomas Ferrel"}},
		{"an item with its own subject", "Wire", "Minister concludes visit to Chile", "2031-05-12",
			visit + "During the visit:\n\n- President Tomas Ferrel met with Foreign Minister Ana Brisco\n",
			[]string{"meeting 2031-05-12 Ana Brisco+Tomas Ferrel", "visit 2031-05 Chile+Mira Tallis"}},
		{"she after a frame without a comma", "Wire", "Minister concludes visit to Chile", "2031-05-12",
			"Foreign Minister Mira Tallis of New Zealand visited Chile this week. In Santiago she met with Chilean President Tomas Ferrel and Foreign Minister Ana Brisco.",
			[]string{met, "reception 2031-05-12 Mira Tallis+Tomas Ferrel", "visit 2031-05 Mira Tallis+Tomas Ferrel"}},
	}
	runSourced(t, tests)
}
