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

// TestManySidedSummit33 checks a meeting of three countries or more that
// the text calls a summit: "met in C on D for the annual Leaders' Summit",
// "a historic meeting … the first ever standalone summit between the
// leaders of our three countries" — one summit of all its parties. A
// meeting of three on the sidelines of a summit, at a named other
// gathering, or under a summit named ahead or before stays a meeting.
// Invented names, real countries.
func TestManySidedSummit33(t *testing.T) {
	const three = "President Tom Reid of the United States, Prime Minister Ana Soto of Canada and President Pedro Garza of Mexico"
	summit := "summit 2031-02-19 Ana Soto+Pedro Garza+Tom Reid"
	meeting := "meeting 2031-02-19 Ana Soto+Pedro Garza+Tom Reid"
	tests := []sourcedCase{
		{"met for the named summit", "Wire", "Leaders meet", "2031-02-20",
			three + " met in Toluca on February 19 for the annual North Coast Leaders' Summit.",
			[]string{summit}},
		{"a meeting the text calls a summit", "Wire", "Leaders open a new era", "2031-02-20",
			three + " met on Wednesday at a historic meeting in Toluca. The summit was the first of its kind.",
			[]string{summit}},
		{"on the sidelines of a summit", "Wire", "Leaders meet", "2031-02-20",
			three + " met in Toluca on February 19 on the sidelines of the North Coast Leaders' Summit.",
			[]string{meeting}},
		{"a summit ahead", "Wire", "Leaders meet", "2031-02-20",
			three + " met in Toluca on February 19 to prepare the next summit.",
			[]string{meeting}},
		{"talks of countries alone: a negotiation", "Wire", "Fact sheet: the Coral Summit", "2031-02-20",
			"The United States is engaged in security talks with Canada and Mexico. The summit was held in Toluca on Wednesday.",
			[]string{"talks 2031-02-20 Canada+Mexico+United States"}},
		{"talks of countries at a summit", "Wire", "Leaders meet", "2031-02-20",
			"The prime ministers of Canada, Mexico and the United States held talks in Toluca on Thursday at a summit of the three countries.",
			[]string{"summit 2031-02-20 Canada+Mexico+United States"}},
		{"a past summit", "Wire", "Leaders meet", "2031-02-20",
			three + " met in Toluca on February 19. They reviewed the decisions of the last summit.",
			[]string{meeting}},
	}
	runSourced(t, tests)
}

// TestChairAppositiveSummit33 checks a summit whose chair is told in an
// appositive before its attendees: "The summit, chaired by A, was also
// attended by B and C" is the summit of A, B and C, as "The summit was
// attended by B and C" is theirs. Invented names, real countries.
func TestChairAppositiveSummit33(t *testing.T) {
	tests := []sourcedCase{
		{"chaired by, was also attended by", "Wire", "Leaders meet in Astana", "2031-10-15",
			"The summit, chaired by President Tom Reid of Kazakhstan, was also attended by President Ana Soto of Armenia and President Kofi Mensah of Georgia.",
			[]string{"summit 2031-10-15 Ana Soto+Kofi Mensah+Tom Reid"}},
		{"was also attended by", "Wire", "Leaders meet in Astana", "2031-10-15",
			"The summit was also attended by President Ana Soto of Armenia and President Kofi Mensah of Georgia.",
			[]string{"summit 2031-10-15 Ana Soto+Kofi Mensah"}},
		{"an appositive of another kind", "Wire", "Leaders meet in Astana", "2031-10-15",
			"The summit, the first in a decade, drew praise from President Ana Soto of Armenia and President Kofi Mensah of Georgia.",
			nil},
	}
	runSourced(t, tests)
}
