package extract

import "testing"

// TestSeveralContactsInOne checks the sentences and lists that report
// several separate contacts at once, one engagement each, with invented
// names.
func TestSeveralContactsInOne(t *testing.T) {
	tests := []sourcedCase{
		{"the foreign ministers of several countries, one by one", "", "Minister Jan Nowak's further talks with foreign ministers", "2023-12-14",
			"On Thursday, Polish Foreign Minister Jan Nowak held further conversations with his counterparts. On his second day in office, the minister talked with the foreign ministers of France, Slovakia and Estonia.",
			[]string{"talks 2023-12-14 Estonia+Jan Nowak", "talks 2023-12-14 France+Jan Nowak", "talks 2023-12-14 Jan Nowak+Slovakia"}},
		{"the one the text names stands for the country; his first conversation is held", "", "Minister Jan Nowak's further talks with foreign ministers", "2023-12-14",
			"On Thursday, Polish Foreign Minister Jan Nowak held further conversations with his counterparts. On his second day in office, the minister talked with the foreign ministers of France, Slovakia and Estonia. Notably, he held his first conversation with French Foreign Minister Claire Dubois.",
			[]string{"talks 2023-12-14 Claire Dubois+Jan Nowak", "talks 2023-12-14 Estonia+Jan Nowak", "talks 2023-12-14 Jan Nowak+Slovakia"}},
		{"discussions with envoys of different countries are one each", "", "", "2022-11-16",
			"On November 2, 2022, Cabinet Secretary Peter Otieno of Kenya held fruitful discussions with H.E. Mary Brown, U.S. Ambassador to Kenya, and H.E. Omar Al-Hamad, Ambassador of the State of Qatar to Kenya.",
			[]string{"talks 2022-11-02 Mary Brown+Peter Otieno", "talks 2022-11-02 Omar Al-Hamad+Peter Otieno"}},
		{"a leader's listed contacts under the day's heading", "", "PM meetings with foreign leaders", "2022-09-18",
			"Prime Minister Ann Smith carried out a number of engagements with world leaders this weekend.\n\nSaturday 17th September at Chevening:\n\n• Prime Minister Tom Reid of Australia [in person]\n\n• President Carlos Mendez of Chile [phone call]\n\nSunday 18th September at Downing Street:\n\n• President Jan Kowalski of Poland [in person]",
			[]string{"meeting 2022-09-17 Ann Smith+Tom Reid", "meeting 2022-09-18 Ann Smith+Jan Kowalski", "phone_call 2022-09-17 Ann Smith+Carlos Mendez"}},
		{"courtesy calls on holders named by office, each a reception", "", "", "2018-08-24",
			"Foreign Minister Li Wen of China held talks with Foreign Minister Bat Erdene of Mongolia in Ulaanbaatar. The same day, Foreign Minister Li Wen paid courtesy calls on the President of Mongolia Kh.Temuulen and Speaker of the Parliament M.Boldoo.",
			[]string{"reception 2018-08-24 Khaltmaagiin Battulga+Li Wen", "reception 2018-08-24 Li Wen+M.Boldoo", "talks 2018-08-24 Bat Erdene+Li Wen"}},
	}
	runSourced(t, tests)
}

// TestOtherOccasions checks words that look like a contact or its date but
// belong to something else, with invented names.
func TestOtherOccasions(t *testing.T) {
	tests := []sourcedCase{
		{"'is called' names, it calls no one", "", "", "2014-09-01",
			"Prime Minister Taro Sato held a summit meeting with Prime Minister Ravi Kumar of India on Monday, September 1. Prime Minister Kumar said that the 21st century is called Asia's century.",
			[]string{"meeting 2014-09-01 Ravi Kumar+Taro Sato"}},
		{"a date after 'ahead of' is the occasion's", "", "", "2018-05-18",
			"Prime Minister Ann Smith of the United Kingdom spoke this afternoon with Canadian Prime Minister Paul Roy ahead of the G7 summit next month.",
			[]string{"phone_call 2018-05-18 Ann Smith+Paul Roy"}},
		{"a date in brackets in another time zone", "", "", "2011-05-26",
			"On Thursday, May 26, Japanese Prime Minister Taro Sato held a summit meeting with US President John Miller for approximately one hour from 6:10 P.M. local time (1:10 A.M. on May 27, JST), including a 15-minute joint press conference.",
			[]string{"meeting 2011-05-26 John Miller+Taro Sato", "press_conference 2011-05-26 John Miller+Taro Sato"}},
		{"a signing someone had facilitated is recalled", "", "", "2025-01-27",
			"Minister of Foreign Affairs Lin Wei on January 24 met outgoing British Representative John Baker. Minister Lin stated that Representative Baker had facilitated the signing of bilateral memorandums of understanding.",
			[]string{"meeting 2025-01-24 John Baker+Lin Wei"}},
		{"a meeting they were updated on is a topic; who joined them takes part", "", "", "2024-10-03",
			"Foreign Minister Mary Byrne of Ireland met UK Foreign Secretary Tom Hale in Dublin on 3rd October 2024. They were joined by Minister Sam Lee, who updated them on the meeting of Prime Minister Paul Grant and President Eva Lind in Brussels yesterday.",
			[]string{"meeting 2024-10-03 Mary Byrne+Sam Lee+Tom Hale"}},
	}
	runSourced(t, tests)
}
