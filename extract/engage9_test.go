package extract

import "testing"

// TestCalledNames checks that "called" is a phone call only when someone
// named is called, with invented names.
func TestCalledNames(t *testing.T) {
	tests := []sourcedCase{
		{"'called the Summit Meeting the beginning' names the meeting, it calls no one", "", "Joint Press Statement", "2019-04-02",
			"President Marco Reyes and Prime Minister Ken Mori called the Summit Meeting the beginning of a new age of partnership during the Joint Press Statement at the Prime Minister's Office in Tokyo on April 2, 2019.",
			[]string{"meeting 2019-04-02 Ken Mori+Marco Reyes"}},
		{"a leader called by name is a call", "", "", "2019-04-02",
			"President Marco Reyes called Prime Minister Ken Mori on Tuesday to discuss the regional situation.",
			[]string{"phone_call 2019-04-02 Ken Mori+Marco Reyes"}},
		{"a programme called by its name calls no one", "", "", "2019-04-02",
			"President Marco Reyes met Prime Minister Ken Mori on Tuesday. They launched a programme called the Coastal Resilience Initiative.",
			[]string{"meeting 2019-04-02 Ken Mori+Marco Reyes"}},
	}
	runSourced(t, tests)
}
