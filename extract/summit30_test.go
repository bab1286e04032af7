package extract

import "testing"

// TestSummitBetweenSides checks the summits a union of states' releases
// name without a dash: "the 13th Summit between the European Union and C
// took place", "The European Union and C held their 13th Summit", a host's
// meeting of exactly the summit's sides told in the next sentence (the
// summit, not a second contact), a side's abbreviation in brackets inside
// a dashed name ("The European Union (EU)-C Summit"), and "the 28th of
// January 2014" as a day (names invented).
func TestSummitBetweenSides(t *testing.T) {
	runSourced(t, []sourcedCase{
		{name: "summit between", source: "European Council", title: "Joint Statement", published: "2016-03-30",
			body: "The 13th Summit between the European Union and Chile took place in Brussels on 30 March 2016. Mr. Tomas Berg, President of the European Commission, Mr. Karl Holt, President of the European Council, and Mr. Ana Ruiz, President of Chile, participated in the Summit.",
			want: []string{"summit 2016-03-30 Ana Ruiz+Karl Holt+Tomas Berg"}},
		{name: "held their summit", source: "European Commission", title: "EU and Chile give new momentum to their partnership", published: "2016-04-05",
			body: "The European Union and Chile held their 13th Summit on 30 March in Brussels. European Commission President Tomas Berg took part in the Summit alongside Chile's President Ana Ruiz and European Council President Karl Holt.",
			want: []string{"summit 2016-03-30 Ana Ruiz+Karl Holt+Tomas Berg"}},
		{name: "host's meeting is the summit", source: "European Council", title: "Joint press statement", published: "2015-05-29",
			body: "Chile and the European Union held their 23rd Summit in Santiago on 29 May 2015. Chilean President Ana Ruiz hosted President of the European Council Karl Holt and President of the European Commission Tomas Berg.",
			want: []string{"summit 2015-05-29 Ana Ruiz+Karl Holt+Tomas Berg"}},
		{name: "abbreviation in a dashed name and an ordinal day", source: "Europe Institute", title: "European Union-Chile Summit", published: "2018-03-21",
			body: "The EU was represented by Tomas Berg, President of the European Commission, and by Karl Holt, President of the European Council. Chile was represented by Chilean President Ana Ruiz.\n\nThe European Union (EU)-Chile Summit, which was held on the 28th of January 2014, was overshadowed by other events.",
			want: []string{"summit 2014-01-28 Ana Ruiz+Karl Holt+Tomas Berg"}},
	})
}

// TestSummitHeldWithAndHeadlineSide checks "the European Union held its
// 6th summit with C" (one side before, one after), and a headline's
// "Meeting with Mr A, Prime Minister of C" whose other side only the body's
// "After the meeting with A, President B said" gives (names invented).
func TestSummitHeldWithAndHeadlineSide(t *testing.T) {
	runSourced(t, []sourcedCase{
		{name: "held its summit with", source: "European Commission", title: "EU – Chile Summit", published: "2012-03-28",
			body: "On Wednesday 28 March the European Union held its 6th summit with Chile. The leaders discussed bilateral relations as well as regional and global issues.",
			want: []string{"summit 2012-03-28 Chile+European Union"}},
		{name: "headline's one person, the body's other side", source: "European Commission", title: "Meeting with Mr Ruiz, Prime Minister of Chile, in Santiago", published: "2012-07-26",
			body: "After the meeting with Chilean Prime Minister Ruiz, European Commission President Tomas Berg was very clear: \"Chile can make it.\"",
			want: []string{"meeting 2012-07-26 Ruiz+Tomas Berg"}},
	})
}
