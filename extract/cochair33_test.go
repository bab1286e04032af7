package extract

import "testing"

// TestCoChairSummit33 checks a summit whose co-chairs are told: "The meeting
// was co-chaired by A and B" after the sentence naming the summit held, "The
// summit was co-chaired by A and B": the summit of the co-chairs (the references code a gathering of two blocs by
// its co-chairs). A co-chaired meeting with no summit named, or a summit
// named as past or ahead, stays a meeting. Invented names, real countries.
func TestCoChairSummit33(t *testing.T) {
	const chairs = "The meeting was co-chaired by the President of the European Council, Marc Dufort and the Chairperson of the Coral Union, President Kofi Mensah of Ghana."
	tests := []sourcedCase{
		{"the meeting of the summit named before", "Wire", "Union - Coral Union summit: main results", "2031-03-08",
			"The heads of state or government of the member states of the Coral Union and the European Union met for the fifth Union - Coral Union summit in Brussels on 5 and 6 March 2031. " + chairs,
			[]string{"summit 2031-03-06 Kofi Mensah+Marc Dufort"}},
		{"the summit was co-chaired", "Wire", "Leaders meet in Brussels", "2031-03-08",
			"The summit was co-chaired by the President of the European Council, Marc Dufort, and President Kofi Mensah of Ghana in Brussels on 6 March 2031.",
			[]string{"summit 2031-03-06 Kofi Mensah+Marc Dufort"}},
		{"no summit named: a meeting", "Wire", "Joint commission meets", "2031-03-08",
			"The joint commission met in Accra on 6 March 2031. " + chairs,
			[]string{"meeting 2031-03-06 Kofi Mensah+Marc Dufort"}},
		{"a past summit is another occasion", "Wire", "Joint commission meets", "2031-03-08",
			"The joint commission met in Accra on 6 March 2031 to follow up the last summit. " + chairs,
			[]string{"meeting 2031-03-06 Kofi Mensah+Marc Dufort"}},
	}
	runSourced(t, tests)
}
