package extract

import "testing"

// TestHeadlineMetWith37 checks a headline that tells a meeting in the past
// tense ("A met with B", as government archives and agencies title a
// transcript of the opening remarks) over a body that is only the
// transcript: the meeting of the two on the day of publication. A plan
// ("will meet with") and a headline naming one person only give none.
// Invented names, real countries. (On main: no meeting in the first two.)
func TestHeadlineMetWith37(t *testing.T) {
	const src, day = "https://archive.example.org/eng/docs/1", "2011-03-09"
	body := "Adam Kowalski: Mr Prime Minister, I am very glad to see you again. Since your visit to Warsaw, our trade has reached a record level.\n\nJaan Tamm (as translated): Thank you. I am also glad to see you."
	meeting := "meeting 2011-03-09 Adam Kowalski+Jaan Tamm"
	tests := []sourcedCase{
		{"met with", src, "Prime Minister Adam Kowalski met with Estonian Prime Minister Jaan Tamm", day, body, []string{meeting}},
		{"titled", src, "Prime Minister Adam Kowalski Met With Prime Minister of Estonia Jaan Tamm", day, body, []string{meeting}},
		{"a plan", src, "Prime Minister Adam Kowalski will meet with Estonian Prime Minister Jaan Tamm", day, body, nil},
		{"one person", src, "Prime Minister Adam Kowalski met with students in Tartu", day,
			"Adam Kowalski: Dear friends, I am very glad to see you.", nil},
	}
	runTyped(t, tests, "meetings", "meeting")
}

// TestHeadlineConversationMeal37 checks headline names of an in-person
// contact over a transcript that does not name it again: "Beginning of
// conversation with President A" (talks, a presidential site's form), "Working
// lunch with Prime Minister A" (a meeting, as the references code a
// working meal). A "telephonic conversation" is the call alone, and a
// conversation by video link no talks. Invented names, real countries.
// (On main: nothing in the first two; the call was read already.)
func TestHeadlineConversationMeal37(t *testing.T) {
	const src = "https://www.president.example.org/news/1"
	body := "President of Poland Adam Kowalski: Mr President, friends, I am very glad to see you in Warsaw. Our trade grew by a tenth last year.\n\nPresident of Estonia Jaan Tamm (as translated): Thank you very much, Mr President. I am glad to be here."
	tests := []sourcedCase{
		{"conversation", src, "Beginning of conversation with President of Estonia Jaan Tamm", "2016-07-12", body,
			[]string{"talks 2016-07-12 Adam Kowalski+Jaan Tamm"}},
		{"working lunch", src, "Working lunch with President of Estonia Jaan Tamm", "2016-07-12", body,
			[]string{"meeting 2016-07-12 Adam Kowalski+Jaan Tamm"}},
		{"telephonic", src, "Telephonic conversation with President of Estonia Jaan Tamm", "2016-07-12", body,
			[]string{"phone_call 2016-07-12 Adam Kowalski+Jaan Tamm"}},
		{"by video link", src, "Conversation with President of Estonia Jaan Tamm by video link", "2016-07-12", body, nil},
	}
	runTyped(t, tests, "contacts", "talks", "meeting", "phone_call")
}
