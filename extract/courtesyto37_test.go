package extract

import "testing"

// TestCourtesyCallsTo37 checks that every host of "paid courtesy calls to
// A, B and C" on a visit is called on, a minister-level chairman too, as
// after "called on"; a minister the visitor held talks with beside a
// courtesy call on a leader stays a meeting. Invented names, real
// countries.
func TestCourtesyCallsTo37(t *testing.T) {
	tests := []sourcedCase{
		{"courtesy calls to three hosts, a chairman last", "News Agency", "New Zealand PM concludes Vietnam visit", "2015-11-17",
			"Hanoi (VNA) - New Zealand Prime Minister Tom Ardley left Hanoi on November 17, concluding his four-day official visit to Vietnam.\n\nDuring his stay, the New Zealand leader paid courtesy calls to Vietnamese Party General Secretary Le Van Binh, Vietnamese President Tran Van Cuong and Vietnamese National Assembly Chairman Pham Van Dat.",
			[]string{"reception 2015-11-17 Le Van Binh+Tom Ardley", "reception 2015-11-17 Tom Ardley+Tran Van Cuong", "reception 2015-11-17 Pham Van Dat+Tom Ardley"}},
		{"a courtesy call to a minister-level chairman alone", "News Agency", "New Zealand PM concludes Vietnam visit", "2015-11-17",
			"Hanoi (VNA) - New Zealand Prime Minister Tom Ardley left Hanoi on November 17, concluding his four-day official visit to Vietnam.\n\nDuring his stay, the New Zealand leader paid courtesy calls to Vietnamese President Tran Van Cuong and Vietnamese National Assembly Chairman Pham Van Dat.",
			[]string{"reception 2015-11-17 Tom Ardley+Tran Van Cuong", "reception 2015-11-17 Pham Van Dat+Tom Ardley"}},
		{"a courtesy call to a leader, talks with a minister: a meeting", "News Agency", "New Zealand PM concludes Vietnam visit", "2015-11-17",
			"Hanoi (VNA) - New Zealand Prime Minister Tom Ardley left Hanoi on November 17, concluding his four-day official visit to Vietnam.\n\nDuring his stay, the New Zealand leader paid a courtesy call to Vietnamese President Tran Van Cuong and held discussions with Vietnamese Trade Minister Pham Van Dat.",
			[]string{"reception 2015-11-17 Tom Ardley+Tran Van Cuong", "meeting 2015-11-17 Pham Van Dat+Tom Ardley"}},
	}
	runTyped(t, tests, "engagements", "reception", "meeting", "talks")
}
