package extract

import "testing"

// TestWeekdayDateSigning37 checks a signing whose subject and verb stand
// around a weekday told with its date ("Jamaica and Kenya on Monday
// (August 5) signed", "on Monday, August 5, signed") or around "together",
// as around "on Monday": the signing of the subject's sides, of that day.
// Invented names, real countries.
func TestWeekdayDateSigning37(t *testing.T) {
	tests := []sourcedCase{
		{"countries, weekday and bracketed date", "Office of the Prime Minister", "Jamaica news", "2019-08-07",
			"The Government of Jamaica and the Republic of Kenya on Monday (August 5) signed three memoranda of understanding.",
			[]string{"signing 2019-08-05 Jamaica+Kenya"}},
		{"countries, weekday, abbreviated month", "Office of the Prime Minister", "Jamaica news", "2019-08-07",
			"Jamaica and Kenya on Monday (Aug. 5) signed three agreements.",
			[]string{"signing 2019-08-05 Jamaica+Kenya"}},
		{"countries, weekday, comma'd date", "Office of the Prime Minister", "Jamaica news", "2019-08-07",
			"Jamaica and Kenya on Monday, August 5, signed three agreements.",
			[]string{"signing 2019-08-05 Jamaica+Kenya"}},
		{"countries together", "Office of the Prime Minister", "Jamaica news", "2019-08-07",
			"Jamaica and Kenya together signed three agreements on Monday.",
			[]string{"signing 2019-08-05 Jamaica+Kenya"}},
		{"two leaders, weekday and bracketed date", "Office of the Prime Minister", "Jamaica news", "2019-08-07",
			"Prime Minister Andrew Holt of Jamaica and President Samuel Kiprono of Kenya on Monday (August 5) signed three agreements.",
			[]string{"signing 2019-08-05 Andrew Holt+Samuel Kiprono"}},
	}
	runTyped(t, tests, "engagements", "signing")
}
